"""Obligations: who the adopting body asks to do what, and how strongly.

:func:`iter_obligations` is pure: it reads a parsed paragraph Doc and yields one
:class:`Obligation` per body verb (conventions in tests/data/gold/README.md). The
``reslens_obligations`` component is a thin adapter that stores the rows in
``doc.spans["reslens_obligations"]`` (one span per clause, label = verb) and as plain
dicts in ``doc.user_data["reslens_obligations"]`` (serialisable with DocBin).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from reslens.nlp.addressees import (
    actor_id,
    actor_kind,
    antecedent,
    read_actions,
    read_addressee,
    skip_parenthetical,
    that_clause,
    verb_after,
)
from reslens.nlp.clauses import VerbHit, find_body_verbs
from reslens.nlp.cues import Cues, load_cues
from reslens.para_ids import is_point

SPANS_KEY = "reslens_obligations"
ACTORS_KEY = "reslens_actors"


@dataclass(frozen=True)
class Obligation:
    """One operative clause of a paragraph (see tests/data/gold/README.md for the columns)."""

    verb: str
    modifier: str
    strength: int
    addressee: str
    addressee_resolved: str
    addressee_kind: str  # state | un | self | other | none
    actions: tuple[str, ...]
    conditions: tuple[str, ...]
    clause: str
    rule: str
    start: int  # token offsets of the clause in the Doc
    end: int
    addressee_id: str = ""  # canonical actor id of the resolved addressee ("states", "ohchr", the body's)


def iter_obligations(
    doc: Doc, cues: Cues, *, body: str = "", points: Sequence[Doc] = ()
) -> Iterator[Obligation]:
    """Yield the obligations of one parsed operative paragraph.

    Args:
        doc: the paragraph, parsed (tags, lemmas, dependencies); actor spans in
            ``doc.spans["reslens_actors"]`` are used to type addressees when present.
        cues: from :func:`reslens.nlp.cues.load_cues`.
        body: the adopting body, the addressee of ``self`` rows ("General Assembly").
        points: the parsed lettered sub-paragraphs when the paragraph ends with ``:``;
            their actions are gathered on the paragraph's row.

    Example:
        >>> rows = list(iter_obligations(nlp("Urges States to act;"), load_cues()))
    """
    hits = find_body_verbs(doc, cues)
    rows = []
    for n, hit in enumerate(hits):
        end = hits[n + 1].start if n + 1 < len(hits) else len(doc)
        row = _read_clause(doc, hit, end, cues, body, points if n == len(hits) - 1 else ())
        if not (hit.participle and row.addressee_kind == "none"):  # "while recognizing" only comments
            rows.append(row)
    yield from _resolve(doc, rows, cues, cues.actor_id(body) if body else "")


def _resolve(doc: Doc, rows: list[Obligation], cues: Cues, body_id: str) -> Iterator[Obligation]:
    """Share actions across ``Calls upon States and encourages X to ...``; resolve pronouns.

    A pronoun takes the previous addressee's text, kind and id; with no previous
    addressee, those of the nearest earlier actor of its number (``the Secretary-General
    ..., and requests him to``). ``self`` rows get the adopting body's id.
    """
    previous = None
    for n, row in enumerate(rows):
        if row.rule.endswith("+shared_action") and n + 1 < len(rows):
            row = replace(row, actions=rows[n + 1].actions)
        number = cues.pronoun_numbers.get(row.addressee.lower())
        if number and previous is not None:
            row = replace(
                row,
                addressee_resolved=previous.addressee_resolved,
                addressee_kind=previous.addressee_kind,
                addressee_id=previous.addressee_id,
                rule=row.rule + "+pronoun",
            )
        elif number and (actor := antecedent(doc, row.start, number)) is not None:
            resolved = _addressed(row, actor, cues.kinds, "+pronoun", row.actions)
            row = replace(resolved, addressee=row.addressee)
        if row.addressee_kind == "self":
            row = replace(row, addressee_id=body_id)
        elif row.addressee_kind != "none":
            previous = row
        yield row


def _read_clause(
    doc: Doc, hit: VerbHit, end: int, cues: Cues, body: str, points: Sequence[Doc]
) -> Obligation:
    entry = cues.verbs[hit.lemma]
    clause = doc[hit.start : end]
    base = Obligation(
        hit.lemma,
        hit.modifier,
        int(entry.get("level", 0)),
        "",
        "",
        "none",
        (),
        _conditions(clause.text, cues),
        _clause_text(clause.text),
        f"verb_strength:{hit.lemma}",
        hit.start,
        end,
    )
    if entry.get("directive") and not hit.lemma.endswith(" for"):
        return _directive(doc, hit.verb_end, end, base, points, cues)
    if entry.get("self"):
        return _self_act(doc, hit.verb_end, end, base, body, cues)
    return _noun_call(doc, hit.verb_end, end, base, cues, body)


def _addressed(
    base: Obligation, span: Span, kinds: dict[str, str], rule: str, actions: tuple[str, ...] = ()
) -> Obligation:
    """``base`` addressed to ``span``: its text, the kind and id of the actor in it, ``actions``."""
    return replace(
        base,
        addressee=span.text,
        addressee_resolved=span.text,
        addressee_kind=actor_kind(span, kinds) or "other",
        addressee_id=actor_id(span),
        actions=tuple(dict.fromkeys(actions)),
        rule=base.rule + rule,
    )


def _directive(doc: Doc, i: int, end: int, base: Obligation, points: Sequence[Doc], cues: Cues) -> Obligation:
    if i < end and doc[i].lower_ == "that":  # "Demands that all parties comply with ..."
        subject, verb_i = that_clause(doc, i, end, cues)
        if subject is not None and actor_kind(subject, cues.kinds):
            return _addressed(base, subject, cues.kinds, "+that_actor", read_actions(doc, verb_i, end, cues))
        return replace(base, rule=base.rule + "+that_thing")
    span, to_i = read_addressee(doc, i, end, cues)
    if span is not None and to_i is None and not points and end < len(doc) and doc[end - 1].lower_ == "and":
        return _addressed(base, span, cues.kinds, "+shared_action")
    if span is None or (to_i is None and not points):
        return replace(base, rule=base.rule + "+noun_object")
    actions = read_actions(doc, to_i, end, cues) if to_i is not None else ()
    actions += tuple(a for p in points for a in read_actions(p, 0, len(p), cues))
    return _addressed(base, span, cues.kinds, "+points" if points else "+to_infinitive", actions)


def _self_act(doc: Doc, i: int, end: int, base: Obligation, body: str, cues: Cues) -> Obligation:
    i = skip_parenthetical(doc, i, end)
    to_i = verb_after(doc, i, end)
    if to_i is not None:
        return _as_self(base, body, read_actions(doc, to_i, end, cues), "+self_to")
    subject, verb_i = that_clause(doc, i, end, cues)
    if subject is not None and actor_kind(subject, cues.kinds):
        return _addressed(
            base, subject, cues.kinds, "+that_actor_shall", read_actions(doc, verb_i, end, cues)
        )
    return _as_self(base, body, base.actions, "+self")


def _as_self(base: Obligation, body: str, actions: tuple[str, ...], rule: str) -> Obligation:
    """The body acting on itself (``Decides to ...``, ``Expresses its willingness to ...``)."""
    return replace(
        base, addressee_resolved=body, addressee_kind="self", actions=actions, rule=base.rule + rule
    )


def _noun_call(doc: Doc, i: int, end: int, base: Obligation, cues: Cues, body: str) -> Obligation:
    """``Reiterates its call upon States to ...`` / ``Expresses its willingness to ...``."""
    j = i
    while j < min(end, i + 5) and doc[j].pos_ in ("DET", "PRON", "ADJ", "ADV"):
        j += 1
    if j >= end:
        return base
    noun = (doc[j].lemma_.lower(),)
    if cues.has("call_noun", noun) and j + 1 < end and doc[j + 1].lower_ in ("upon", "on", "to", "that"):
        start = (
            j + 1 if doc[j + 1].lower_ == "that" else j + 2
        )  # "its demand that X ..." reads the that-clause
        return replace(_directive(doc, start, end, base, (), cues), rule=base.rule + "+call_noun")
    if cues.has("commitment_noun", noun) and doc[i].lower_ == "its":
        to_i = next((k for k in range(j + 1, end) if verb_after(doc, k, end) is not None), None)
        if to_i is not None:
            return _as_self(base, body, read_actions(doc, to_i, end, cues), "+commitment_noun")
    return base


def _clause_text(text: str) -> str:
    """The clause without the joining ``, and`` that leads into the next one."""
    return re.sub(r"[\s,;]*(?:\band)?[\s,;]*$", "", text)


def _conditions(text: str, cues: Cues) -> tuple[str, ...]:
    low = f" {' '.join(text.lower().split())} "
    return tuple(p for p, _ in cues.hedges if f" {p} " in low or f" {p}," in low or f" {p};" in low)


def obligations_as_dicts(rows: Sequence[Obligation]) -> list[dict]:
    """Rows as plain dicts (lists for tuples), for user_data and DataFrames."""
    return [{k: list(v) if isinstance(v, tuple) else v for k, v in asdict(r).items()} for r in rows]


class ObligationTagger:
    """Write :func:`iter_obligations` results into the Doc."""

    def __init__(self, nlp: Language, name: str, lexicon_dir: str | None) -> None:
        self.name = name
        self.cues = load_cues(Path(lexicon_dir) if lexicon_dir else None)

    def __call__(self, doc: Doc) -> Doc:
        section, para_id = doc.user_data.get("section", "operative"), doc.user_data.get("para_id", "")
        if section != "operative" or is_point(para_id):
            return doc  # preambular text and lettered points (gathered on their paragraph) have no clauses
        rows = list(iter_obligations(doc, self.cues, body=doc.user_data.get("reslens_body", "")))
        doc.spans[SPANS_KEY] = [Span(doc, r.start, r.end, label=r.verb) for r in rows]
        doc.user_data[SPANS_KEY] = obligations_as_dicts(rows)
        return doc


@Language.factory(
    "reslens_obligations",
    default_config={"lexicon_dir": None},
    requires=["token.dep", "token.lemma", "doc.spans"],
    assigns=["doc.spans"],
)
def make_obligation_tagger(nlp: Language, name: str, lexicon_dir: str | None) -> ObligationTagger:
    """Factory for the ``reslens_obligations`` component."""
    return ObligationTagger(nlp, name, lexicon_dir)
