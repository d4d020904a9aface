"""Read the parts of one operative clause: addressee span, requested actions, ``that`` subject.

All functions take token offsets into a parsed Doc and bound their search by the end of
the clause, so coordinated clauses never leak into each other.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from reslens.nlp.cues import Cues

ACTORS_KEY = "reslens_actors"
NOMINAL = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
VERBAL = frozenset({"VERB", "AUX"})
FINITE_TAGS = frozenset({"VB", "VBP", "MD"})  # the verb of "that States take", "that X shall"
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def is_infinitive(doc: Doc, k: int, end: int) -> bool:
    """``to`` followed by a base-form verb (optionally after an adverb) before ``end``."""
    if doc[k].lower_ != "to" or k + 1 >= end:
        return False
    nxt = doc[k + 1]
    if nxt.pos_ == "ADV" and k + 2 < end:
        nxt = doc[k + 2]
    return nxt.tag_ == "VB" or (doc[k].dep_ == "aux" and nxt.pos_ in VERBAL)


def verb_after(doc: Doc, i: int, end: int) -> int | None:
    """Offset of the ``to`` of an infinitive that starts at ``i`` (``Decides to ...``)."""
    return i if i < end and is_infinitive(doc, i, end) else None


def skip_parenthetical(doc: Doc, i: int, end: int) -> int:
    """Offset after a parenthetical that opens the clause (``Decides, in the event of ..., to``).

    Returns ``i`` unless ``doc[i]`` is a comma and a later comma is followed by ``that``
    or an infinitive; the clause then reads on from there.
    """
    if i >= end or doc[i].text != ",":
        return i
    opens = (j for j in range(i + 2, end) if doc[j - 1].text == ",")
    return next((j for j in opens if doc[j].lower_ == "that" or is_infinitive(doc, j, end)), i)


def read_addressee(doc: Doc, i: int, end: int, cues: Cues) -> tuple[Span | None, int | None]:
    """Read the addressee written right after a directive verb.

    The span runs to the infinitive (``States to``), a colon or semicolon, or a comma that
    opens a parenthetical (``, including ...``, ``, within their mandates,``: the
    ``comma_stop`` words of ``obligation_cues.yml``); it keeps ``, as well as ...`` and
    comma lists of nouns.

    Returns:
        (addressee span or None, offset of the ``to`` of the requested action or None).
    """
    if i < end and doc[i].lower_ == "to" and not is_infinitive(doc, i, end):
        i += 1  # the verb's own preposition ("Appeals to States to ..."), like "upon" in "Calls upon"
    k = i
    to_i = None
    stops = cues.words("comma_stop")
    while k < end:
        tok = doc[k]
        if tok.text in (":", ";") or (tok.text == "." and k == end - 1):
            break
        if is_infinitive(doc, k, end):
            to_i = k
            break
        if tok.text == "," and not _comma_continues(doc, k, end, stops):
            break
        k += 1
    span = _trim(doc, i, k)
    if span is None:
        return None, None
    if to_i is None and k < end and doc[k].text == ",":
        to_i = next((j for j in range(k, end) if is_infinitive(doc, j, end)), None)
    return span, to_i


def _comma_continues(doc: Doc, k: int, end: int, stops: frozenset[str]) -> bool:
    words = [t.lower_ for t in doc[k + 1 : k + 4]]
    if words[:3] == ["as", "well", "as"]:
        return True
    if k + 1 >= end:
        return False
    nxt = doc[k + 1]
    return nxt.pos_ in NOMINAL and nxt.lower_ not in stops


def _trim(doc: Doc, i: int, k: int) -> Span | None:
    while k > i and (doc[k - 1].is_punct or doc[k - 1].lower_ in ("and", "or")):
        k -= 1
    while i < k and doc[i].is_punct:
        i += 1
    return doc[i:k] if k > i else None


def first_verb(doc: Doc, i: int, end: int, modals: frozenset[str]) -> Token | None:
    """The first verb at or after ``i`` (skipping ``to``, ``not``, adverbs and modals)."""
    for tok in doc[i:end]:
        if tok.lower_ in ("to", "not") or tok.pos_ == "ADV" or tok.lower_ in modals or tok.is_punct:
            continue
        return tok if tok.pos_ in VERBAL or tok.tag_ == "VB" else None
    return None


def read_actions(doc: Doc, i: int, end: int, cues: Cues) -> tuple[str, ...]:
    """Lemmas of the requested action starting at ``i`` and its top-level coordinated verbs.

    ``to promote and give full effect`` -> ``promote``, ``give``; verbs nested in the
    object or in a purpose clause (``to take all measures necessary to ensure``) are not
    coordinated with the head verb and are left out.
    """
    head = first_verb(doc, i, end, cues.words("modal"))
    if head is None:
        return ()
    found = [head] + _conjuncts(head, end)
    for j in range(head.i, end - 1):
        verb = _coordinated_to(doc, j, end, found)
        found += [verb] if verb is not None else []
    found += [doc[j + 3] for j in range(head.i, end - 3) if _verb_prep_and_verb(doc, j, found)]
    return tuple(dict.fromkeys(t.lemma_.lower() for t in sorted(found, key=lambda t: t.i)))


def _conjuncts(tok: Token, end: int) -> list[Token]:
    """Verbs coordinated with ``tok``, not entering relative clauses (a verb with a subject).

    A gerund coordinated with a base form is an adverbial (``by their nationals, or using
    their flagged vessels``), not a second action.
    """
    out = []
    for child in tok.children:
        if child.dep_ != "conj" or not tok.i < child.i < end:
            continue
        if not (child.pos_ in VERBAL or child.tag_ == "VB" or _bare_list_item(child)) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in child.children
        ):
            continue
        if child.tag_ == "VBG" and tok.tag_ != "VBG":  # "prohibit ... by their nationals, or using"
            continue
        out += [child] + _conjuncts(child, end)
    return out


def _bare_list_item(tok: Token) -> bool:
    """A verb of a list tagged as a noun (``develop, acquire, manufacture, possess, ... or use``).

    It hangs as a conjunct in the chain of verbs, stands alone between list punctuation
    and has no determiner or modifier of its own, so it cannot be an object.
    """
    doc = tok.doc
    return (
        tok.pos_ == "NOUN"
        and 0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].lower_ in (",", "and", "or")
        and doc[tok.i + 1].lower_ in (",", "and", "or")
        and all(c.dep_ in ("cc", "conj", "punct") for c in tok.children)
    )


def _verb_prep_and_verb(doc: Doc, j: int, found: list[Token]) -> bool:
    """``cooperate with and assist``: a found verb, its preposition, ``and``, a base verb."""
    return (
        (
            doc[j] in found
            and doc[j + 1].pos_ == "ADP"
            and j + 3 < len(doc)
            and doc[j + 2].lower_ == "and"
            and doc[j + 3].tag_ == "VB"
        )
        if j + 3 < len(doc)
        else False
    )


def _coordinated_to(doc: Doc, j: int, end: int, found: list[Token]) -> Token | None:
    """``..., and to VERB`` / ``as well as to VERB`` attached (by the parse) to a found action."""
    if not is_infinitive(doc, j, end):
        return None
    verb = doc[j + 1] if doc[j + 1].pos_ != "ADV" else doc[j + 2]
    if verb in found:
        return None
    k = j
    if doc[k - 1].text == ",":  # "and, as far as possible, to report"
        k = next((m for m in range(j - 2, max(0, j - 10), -1) if doc[m].text == ","), k)
    before = [t.lower_ for t in doc[max(0, k - 3) : k]]
    if not (
        before[-1:] in (["and"], ["or"])
        or before[-3:] == ["as", "well", "as"]
        or before[-2:] == ["and", "also"]
    ):
        return None
    if doc[j - 1].lower_ == "and" and doc[j - 2].text == ",":  # ", and to report": a new request
        return verb
    for anc in verb.ancestors:  # attached to a found action, not through a noun or adjective
        if anc in found:
            return verb
        if anc.pos_ in ("NOUN", "PROPN", "ADJ"):
            return None
    return verb if verb.dep_ == "ROOT" else None


def that_clause(doc: Doc, i: int, end: int, cues: Cues) -> tuple[Span | None, int]:
    """``Decides that X shall ...``, ``Demands that X comply ...`` -> (X, offset of its verb).

    The verb is the one ``that`` marks in the parse (its modal, if any, comes first);
    without that parse it is the first modal, else the first base-form verb, within 30
    tokens. Returns (None, i) when ``i`` is not ``that`` or no such verb is found.
    """
    if i >= end or doc[i].lower_ != "that":
        return None, i
    window = range(i + 2, min(end, i + 30))
    head = doc[i].head
    if doc[i].dep_ == "mark" and head.i in window and head.pos_ in VERBAL:
        k = min([c.i for c in head.lefts if c.dep_ in ("aux", "auxpass", "neg") and c.i > i] + [head.i])
    else:
        modals = cues.words("modal")
        k = next((k for k in window if doc[k].lower_ in modals), None) or next(
            (k for k in window if doc[k].tag_ in FINITE_TAGS and doc[k - 1].lower_ != "to"), None
        )
    subject = _trim(doc, i + 1, k) if k is not None and k > i + 1 else None
    return (subject, k) if subject is not None else (None, i)


def actor_kind(span: Span, kinds: dict[str, str]) -> str | None:
    """Kind (state, un, other) of the first actor mention overlapping ``span``, else None."""
    actor = first_actor(span)
    return kinds.get(actor.label_, "other") if actor is not None else None


def actor_id(span: Span | None) -> str:
    """Canonical id of the first actor mention overlapping ``span`` (``all States`` -> ``states``)."""
    actor = first_actor(span) if span is not None else None
    return actor.id_ if actor is not None else ""


def first_actor(span: Span) -> Span | None:
    """The first actor mention (``doc.spans["reslens_actors"]``) overlapping ``span``."""
    for actor in span.doc.spans.get(ACTORS_KEY, []):
        if actor.start < span.end and span.start < actor.end:
            return actor
    return None


def antecedent(doc: Doc, before: int, number: str) -> Span | None:
    """The nearest actor mention ending before token ``before`` whose number is ``number``.

    ``The Secretary-General ... requests him to``: ``him`` (singular) stands for the
    last singular actor named before it. A mention is plural when its head is a plural
    noun or it coordinates several actors.
    """
    for actor in reversed(doc.spans.get(ACTORS_KEY, [])):
        if actor.end <= before and _number(actor) == number:
            return actor
    return None


def _number(span: Span) -> str:
    root = span.root
    plural = root.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" and c.i < span.end for c in root.children)
    return "plural" if plural else "singular"
