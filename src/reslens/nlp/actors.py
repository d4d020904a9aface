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

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

RULER_KEY = "reslens_actor_ruler"
SPANS_KEY = "reslens_actors"
RULES_KEY = "reslens_actor_rules"
PRE_DEPS = frozenset({"det", "amod", "compound", "nummod", "predet", "quantmod", "poss"})
TITLE_LABELS = frozenset({"UN_OFFICE", "UN_ORGAN", "TREATY_BODY"})
GENERIC_LABELS = frozenset(
    {"RIGHTS_HOLDERS", "CIVIL_SOCIETY", "NATIONAL_AUTHORITY", "NON_STATE", "PRIVATE_SECTOR"}
)
TITLE_PREPS = frozenset({"of", "on", "for"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})


def extend_mention(span: Span) -> tuple[Span, str]:
    """Widen a lexicon match with its determiners/modifiers and participle or title tails.

    Returns:
        (the widened span with the match's label and id, rule name).
    """
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return span, "lexicon"
    root = span.root
    start = min([span.start] + [t.left_edge.i for t in root.lefts if t.dep_ in PRE_DEPS and t.i < span.start])
    end = span.end
    for tok in root.rights:
        if tok.i < span.end:
            continue
        if tok.dep_ == "acl" and tok.tag_ in PARTICIPLE_TAGS:
            end = max(end, _phrase_end(tok))
        elif (
            span.label_ in TITLE_LABELS and tok.dep_ == "prep" and tok.lower_ in TITLE_PREPS and tok.i == end
        ):
            end = max(end, tok.right_edge.i + 1)
    end = _trim_end(doc, span.end, end)
    if (start, end) == (span.start, span.end):
        return span, "lexicon"
    return Span(doc, start, end, label=span.label_, span_id=span.id_), "lexicon+parse_extend"


def _phrase_end(tok: Token) -> int:
    """End of a participle phrase: its subtree, cut at a comma or at ``and`` + preposition."""
    doc = tok.doc
    for k in range(tok.i + 1, tok.right_edge.i + 1):
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if doc[k].text in (",", ";") or (
            doc[k].dep_ == "cc" and nxt is not None and nxt.pos_ in ("ADP", "SCONJ")
        ):
            return k
    return tok.right_edge.i + 1


def _trim_end(doc: Doc, floor: int, end: int) -> int:
    while end > floor and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("and", "or")):
        end -= 1
    return end


def merge_coordinated(spans: list[Span], rules: list[str]) -> tuple[list[Span], list[str]]:
    """Merge a coordinated list of mentions into one when it names one group.

    A conjunct with its own determiner or ``other`` starts a new mention (``the Special
    Rapporteur and other special procedures``; ``defenders and their relatives``). A run
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
            if c.i > span.root.i and c.i in by_root and by_root[c.i] not in used and not _own_determiner(c):
                run.append(by_root[c.i])
        members = [spans[g] for g in run]
        shared = len({m.label_ for m in members}) == 1 or members[-1].end > members[
            -1
        ].root.i + 1 + _len_after_root(members[-1])
        if len(run) > 1 and shared:
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


def find_actors(doc: Doc, matches: Iterable[Span]) -> tuple[list[Span], list[str]]:
    """Pure step: lexicon matches -> final, non-overlapping actor mentions and their rules."""
    pairs = [extend_mention(s) for s in filter_spans([m for m in matches if not _in_title(m)])]
    spans, rules = merge_coordinated([p[0] for p in pairs], [p[1] for p in pairs])
    kept = filter_spans(spans)
    rule_of = {(s.start, s.end): r for s, r in zip(spans, rules, strict=True)}
    return kept, [rule_of[(s.start, s.end)] for s in kept]


class ActorTagger:
    """Adapter: ruler candidates in, ``doc.spans["reslens_actors"]`` out."""

    def __init__(self, name: str, candidates_key: str) -> None:
        self.name = name
        self.candidates_key = candidates_key

    def __call__(self, doc: Doc) -> Doc:
        spans, rules = find_actors(doc, doc.spans.get(self.candidates_key, []))
        doc.spans[SPANS_KEY] = spans
        doc.user_data[RULES_KEY] = rules
        return doc


@Language.factory(
    "reslens_actors",
    default_config={"candidates_key": RULER_KEY},
    assigns=["doc.spans"],
)
def make_actor_tagger(nlp: Language, name: str, candidates_key: str) -> ActorTagger:
    """Factory for the ``reslens_actors`` component (needs the ``reslens_actor_ruler`` span_ruler)."""
    return ActorTagger(name, candidates_key)
