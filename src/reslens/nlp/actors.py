"""Actors: every mention of a State, UN organ or office, civil society group, rights-holder ...

Lexicon first, parse second. spaCy's built-in ``span_ruler`` (added by
:func:`reslens.nlp.build_pipeline` as ``reslens_actor_ruler``, fed from
``lexicons/actors.jsonl`` with ``validate=True``) finds the core mentions; the
``reslens_actors`` component then widens each with the parse (:func:`extend_mention`:
``all States``, ``persons engaged in promoting ... human rights``, ``Special Rapporteur
of the Human Rights Council on ...``), merges coordinated lists of one kind
(:func:`merge_coordinated`) and writes ``doc.spans["reslens_actors"]`` (label = actor
type, id = canonical actor id). The rule that produced each span is kept in
``doc.user_data["reslens_actor_rules"]`` (parallel to the span group).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from reslens.nlp.places import Places, is_place, is_place_phrase, load_places, shipped_places

RULER_KEY = "reslens_actor_ruler"
SPANS_KEY = "reslens_actors"
RULES_KEY = "reslens_actor_rules"
PRE_DEPS = frozenset({"det", "amod", "compound", "nummod", "predet", "quantmod", "poss"})
TITLE_LABELS = frozenset({"UN_OFFICE", "UN_ORGAN", "TREATY_BODY"})
OF_NAME_LABELS = TITLE_LABELS | {"STATE"}  # "the Government of Myanmar", "Special Rapporteur of the Council"
GENERIC_LABELS = frozenset(
    {"RIGHTS_HOLDERS", "CIVIL_SOCIETY", "NATIONAL_AUTHORITY", "NON_STATE", "PRIVATE_SECTOR"}
)
TITLE_PREPS = frozenset({"of", "on", "for"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def extend_mention(
    span: Span, *, named: Mapping[int, str] | None = None, places: Places | None = None
) -> tuple[Span, str]:
    """Widen a lexicon match with its determiners/modifiers and participle or title tails.

    Args:
        span: a lexicon match.
        named: offsets of tokens inside any lexicon match, with that match's id; an
            ``of`` tail is taken only when it names one (``Special Rapporteur of the Human
            Rights Council``, not ``the Security Council of any violation``). A State
            mention with such a tail naming one State (``the Government of Myanmar``)
            takes that State's id.
        places: place words that end a participle tail (default: the shipped lists).

    Returns:
        (the widened span with the match's label and id, rule name).
    """
    named = named or {}
    places = places or shipped_places()
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return span, "lexicon"
    root = span.root
    start = _left_start(span)
    end = span.end
    span_id = span.id_
    for tok in root.rights:
        if tok.i < span.end:
            continue
        if tok.dep_ == "acl" and tok.tag_ in PARTICIPLE_TAGS and span.label_ not in TITLE_LABELS:
            end = max(end, _phrase_end(tok, places))
        elif (
            span.label_ in OF_NAME_LABELS
            and tok.dep_ == "prep"
            and tok.i == end
            and _title_tail(root, tok, named, of_only=span.label_ not in TITLE_LABELS)
        ):
            end = max(end, tok.right_edge.i + 1)
            span_id = _named_state(span, tok, named, places) or span_id
    end = _trim_end(doc, span.end, end)
    if (start, end) == (span.start, span.end):
        return span, "lexicon"
    return Span(doc, start, end, label=span.label_, span_id=span_id), "lexicon+parse_extend"


def _named_state(span: Span, prep: Token, named: Mapping[int, str], places: Places) -> str:
    """The id of the one State an ``of`` tail of a State mention names (``of Myanmar``), else ``""``."""
    if span.label_ != "STATE":
        return ""
    ids = {named[k] for k in range(prep.i + 1, prep.right_edge.i + 1) if named.get(k) in places.country_ids}
    return ids.pop() if len(ids) == 1 else ""


def _left_start(span: Span) -> int:
    """Start after taking the match's left modifiers, nearest first, while they touch it.

    A plural noun outside the match (``in many countries persons``: a place misparsed as
    a compound) and a modifier cut off by punctuation (``where appropriate, field
    operations``) stop the walk, and so does everything left of them; coordinated
    modifiers are taken whole (``indigenous and environmental human rights defenders``).
    """
    start = pending = span.start
    coordinated = False
    for tok in sorted(span.root.lefts, key=lambda t: -t.i):
        if tok.i >= span.start:
            continue
        if tok.right_edge.i + 1 < pending:
            break
        if tok.dep_ == "cc" or (tok.text == "," and coordinated):
            coordinated, pending = True, tok.left_edge.i
            continue
        if tok.dep_ not in PRE_DEPS or (tok.dep_ == "compound" and tok.tag_ in PLURAL_TAGS):
            break
        start = pending = tok.left_edge.i
    return start


def _title_tail(root: Token, prep: Token, named: Mapping[int, str], *, of_only: bool = False) -> bool:
    """``of`` + a named actor, or (unless ``of_only``) ``on``/``for`` after a Title Case title."""
    if prep.lower_ not in (("of",) if of_only else TITLE_PREPS):
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    if prep.lower_ == "of":
        return obj.i in named
    return root.is_title


def _phrase_end(tok: Token, places: Places) -> int:
    """End of a participle phrase: its subtree, cut at a clause comma, ``and`` + preposition
    or a place adverbial (``around the world``, ``in many countries``)."""
    doc = tok.doc
    for k in range(tok.i + 1, tok.right_edge.i + 1):
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if (doc[k].text in (",", ";") and not _inside_list(doc[k])) or (
            doc[k].dep_ == "cc" and nxt is not None and nxt.pos_ in ("ADP", "SCONJ")
        ):
            return k
        if doc[k].dep_ == "prep" and is_place_phrase(doc[k], places):
            return k
    return tok.right_edge.i + 1


def _inside_list(comma: Token) -> bool:
    """A comma between conjuncts of a noun or adjective (``economic, social and cultural``)."""
    head = comma.head
    return head.pos_ in ("ADJ", "NOUN", "PROPN") and any(
        c.dep_ == "conj" and c.i > comma.i for c in head.children
    )


def _trim_end(doc: Doc, floor: int, end: int) -> int:
    while end > floor and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("and", "or")):
        end -= 1
    return end


def merge_coordinated(spans: list[Span], rules: list[str]) -> tuple[list[Span], list[str]]:
    """Merge a coordinated list of mentions into one when it names one group.

    A conjunct with its own determiner or ``other`` starts a new mention (``the Special
    Rapporteur and other special procedures``; ``defenders and their relatives``), and the
    conjuncts after it belong to that mention, not to the first (``the Office, as well as
    other bodies, offices and agencies``). A run
    without one is merged when its members share a type (``officials, agencies,
    authorities and members of the judiciary``) or a trailing participle (``individuals,
    groups and organs of society engaged in ...``).
    """
    if not spans or not spans[0].doc.has_annotation("DEP"):
        return spans, rules
    by_root = {s.root.i: n for n, s in enumerate(spans)}
    merged, merged_rules, used = [], [], set()
    for n, span in enumerate(spans):
        if n in used:
            continue
        run = [n]
        for c in sorted(span.root.conjuncts, key=lambda t: t.i):
            if c.i <= span.root.i:
                continue
            if _own_determiner(c):
                break  # a new mention starts here; later conjuncts belong to it
            if c.i in by_root and by_root[c.i] not in used:
                run.append(by_root[c.i])
        members = [spans[g] for g in run]
        shared = len({m.label_ for m in members}) == 1 or members[-1].end > members[
            -1
        ].root.i + 1 + _len_after_root(members[-1])
        if len(run) > 1 and shared and not _distinct_names(members):
            used.update(run)
            merged.append(
                Span(span.doc, members[0].start, members[-1].end, label=span.label_, span_id=span.id_)
            )
            merged_rules.append("lexicon+coordination")
        else:
            used.add(n)
            merged.append(span)
            merged_rules.append(rules[n])
    return merged, merged_rules


def _distinct_names(members: list[Span]) -> bool:
    """Named actors with different ids (``Chad and Niger``, ``the Council and the Assembly``)."""
    return len({m.id_ for m in members}) > 1 and any(m.root.pos_ == "PROPN" for m in members)


def _own_determiner(tok: Token) -> bool:
    return any(c.dep_ in ("det", "poss") or c.lower_ == "other" for c in tok.lefts)


def _len_after_root(span: Span) -> int:
    """Tokens after the root that are not a participle tail (title words like ``of society``)."""
    for k in range(span.root.i + 1, span.end):
        if span.doc[k].dep_ == "acl":
            return k - span.root.i - 1
    return span.end - span.root.i - 1


def _in_title(span: Span) -> bool:
    """A generic noun inside a Title Case name (``... of Individuals, Groups and Organs of Society``)."""
    if span.label_ not in GENERIC_LABELS or not all(t.is_title for t in span if t.is_alpha and len(t) > 3):
        return False
    doc = span.doc
    near = [
        t for t in doc[max(0, span.start - 3) : span.end + 3] if t.is_alpha and len(t) > 3 and t not in span
    ]
    return any(t.is_title for t in near)


def _in_name(span: Span, named: Mapping[int, str]) -> bool:
    """A UN organ closing a Title Case name (``Charter of the United Nations``, ``Financial
    Regulations and Rules of the United Nations``): part of a document's name, not an actor."""
    doc = span.doc
    k = span.start
    return (
        span.label_ in TITLE_LABELS
        and k >= 2
        and doc[k - 1].lower_ == "of"
        and doc[k - 2].is_title
        and k - 2 not in named
    )


def find_actors(
    doc: Doc, matches: Iterable[Span], places: Places | None = None
) -> tuple[list[Span], list[str]]:
    """Pure step: lexicon matches -> final, non-overlapping actor mentions and their rules.

    A named country after a place preposition (``in the Syrian Arab Republic``) is a
    place, not an actor, and is dropped.
    """
    places = places or shipped_places()
    matches = list(matches)
    named = {t: m.id_ for m in matches for t in range(m.start, m.end)}
    found = [
        m for m in filter_spans(matches) if not (_in_title(m) or _in_name(m, named) or is_place(m, places))
    ]
    pairs = [extend_mention(s, named=named, places=places) for s in found]
    spans, rules = merge_coordinated([p[0] for p in pairs], [p[1] for p in pairs])
    kept = filter_spans(spans)
    rule_of = {(s.start, s.end): r for s, r in zip(spans, rules, strict=True)}
    return kept, [rule_of[(s.start, s.end)] for s in kept]


class ActorTagger:
    """Adapter: ruler candidates in, ``doc.spans["reslens_actors"]`` out."""

    def __init__(self, name: str, candidates_key: str, lexicon_dir: str | None = None) -> None:
        self.name = name
        self.candidates_key = candidates_key
        self.places = load_places(lexicon_dir) if lexicon_dir else shipped_places()

    def __call__(self, doc: Doc) -> Doc:
        spans, rules = find_actors(doc, doc.spans.get(self.candidates_key, []), self.places)
        doc.spans[SPANS_KEY] = spans
        doc.user_data[RULES_KEY] = rules
        return doc


@Language.factory(
    "reslens_actors",
    default_config={"candidates_key": RULER_KEY, "lexicon_dir": None},
    assigns=["doc.spans"],
)
def make_actor_tagger(nlp: Language, name: str, candidates_key: str, lexicon_dir: str | None) -> ActorTagger:
    """Factory for the ``reslens_actors`` component (needs the ``reslens_actor_ruler`` span_ruler)."""
    return ActorTagger(name, candidates_key, lexicon_dir)
