"""Find the clauses of an operative paragraph: each verb by which the adopting body acts.

``Condemns ..., and urges States to ...`` has two clauses. A body verb is an operative
verb from ``verb_strength.yml`` that either opens the paragraph or follows a clause
boundary (``,`` ``;`` ``and``), possibly after sequence words and bridges (``and in
this regard further requests``), and that has no subject of its own in the parse.
``while also urging States to`` counts too (a participle after ``while``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from reslens.nlp.cues import Cues

BOUNDARIES = frozenset({",", ";", "and", ":"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
EMBEDDED_DEPS = frozenset({"relcl", "ccomp", "acl", "pcomp", "csubj", "xcomp"})


@dataclass(frozen=True)
class VerbHit:
    """One body verb: token range of the verb phrase, its lemma and its modifier."""

    start: int  # first token of the clause (the modifier, if any, or the verb)
    verb_i: int
    verb_end: int  # one past the verb phrase and a modifier after it ("requests further" -> after "further")
    lemma: str
    modifier: str
    participle: bool


def match_verb(doc: Doc, i: int, cues: Cues) -> tuple[str, int] | None:
    """Return (lemma, end) when an operative verb from the lexicon starts at token ``i``."""
    tok = doc[i]
    low = tok.lower_
    stems = _stems(low)
    heads = {tok.lemma_.lower(), *stems, low[:-3] + "e" if low.endswith("ing") else low}
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    for head in heads:
        if f"{head} {nxt}" in cues.verbs:
            return f"{head} {nxt}", i + 2
    for head in (tok.lemma_.lower(), *stems):
        if head in cues.verbs:
            return head, i + 1
    return None


def _stems(low: str) -> tuple[str, ...]:
    """Base forms a third-person ``-s``/``-es`` word may have (``observers`` has none)."""
    if low.endswith("es"):
        return low[:-1], low[:-2]
    return (low[:-1],) if low.endswith("s") else ()


def find_body_verbs(doc: Doc, cues: Cues) -> list[VerbHit]:
    """All body verbs of ``doc`` in order (see module docstring for the rule)."""
    hits: list[VerbHit] = []
    i = 0
    while i < len(doc):
        found = match_verb(doc, i, cues)
        hit = _as_body_verb(doc, i, found, cues, hits) if found else None
        if hit is None:
            i += 1
            continue
        hits.append(hit)
        i = hit.verb_end
    return hits


def _as_body_verb(
    doc: Doc, i: int, found: tuple[str, int], cues: Cues, hits: list[VerbHit]
) -> VerbHit | None:
    tok = doc[i]
    low = tok.lower_
    participle = low.endswith("ing")
    if not (low.endswith("s") or participle):
        return None
    words = [t.lower_ for t in doc[:i]]
    start, modifier = _strip_back(words, cues)
    before = words[start - 1] if start else ""
    if participle:
        if before != "while" and not words[start:i] == ["while"]:
            return None
        start = start - 1 if before == "while" else start
    elif start and before not in BOUNDARIES:
        return None
    bare_and = before == "and" and (start < 2 or words[start - 2] != ",")
    if start and not participle and not _is_clause_verb(tok, hits, strict=bare_and):
        return None
    lemma, end = found
    after = cues.longest("modifier", [t.lower_ for t in doc[end : end + 3]])
    if after and not modifier:
        modifier = " ".join(t.lower_ for t in doc[end : end + after])
    # "requests further the Director-General to": the modifier is not part of the addressee
    return VerbHit(start, i, end + after if after else end, lemma, modifier, participle)


def _strip_back(words: list[str], cues: Cues) -> tuple[int, str]:
    """Walk back over modifiers and bridges before a verb; return clause start and modifier."""
    end = len(words)
    modifier = []
    while end:
        n = cues.longest_before("modifier", words[:end])
        if n:
            modifier.insert(0, " ".join(words[end - n : end]))
            end -= n
            continue
        n = cues.longest_before("bridge", words[:end]) if words[end - 1] != "while" else 0
        if n:
            end -= n
            end -= 1 if end and words[end - 1] == "," else 0
            continue
        if words[end - 1] == "," and end > 1 and cues.longest_before("bridge", words[: end - 1]):
            end -= 1
            continue
        break
    return end, " ".join(modifier)


def _is_clause_verb(tok: Token, hits: list[VerbHit], *, strict: bool = True) -> bool:
    """Parse veto: the verb must not have its own subject nor sit in an embedded clause.

    After a comma (``, and urges``, ``, requests``) the embedded-clause test is skipped
    (``strict=False``): the parser often hangs a long paragraph's later clauses on a verb
    inside the first one. After a bare ``and`` it applies.
    """
    if any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return False
    if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("det", "poss", "amod") for c in tok.children):
        return False
    if not strict:
        return True
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if any(h.verb_i == first.i for h in hits):
        return True
    return first.dep_ not in EMBEDDED_DEPS or first is tok
