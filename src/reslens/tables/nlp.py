"""NLP tables: actors, obligations and phrase functions, one row per observation.

Each function takes the ``paragraphs`` table (doc_id, para_id, section, number,
opening_phrase, phrase, modifier, footnotes, text, and optionally ``body``) and returns
a new DataFrame; inputs are never mutated. Paragraphs are the Docs: they are parsed once
with ``nlp.pipe`` (batched) by :func:`parse_paragraphs`, and every table reads those Docs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reslens.para_ids import is_point, parent_of
from reslens.tables.frames import make_frame

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from reslens.nlp.cues import Cues
    from reslens.nlp.obligations import Obligation

ACTOR_COLUMNS = ["doc_id", "para_id", "text", "start", "end", "actor", "actor_type", "rule"]
OBLIGATION_COLUMNS = [
    "doc_id",
    "para_id",
    "verb",
    "modifier",
    "strength",
    "addressee",
    "addressee_resolved",
    "addressee_kind",
    "addressee_id",
    "actions",
    "conditions",
    "clause",
    "rule",
    "binding",
    "effect_note",
]


def parse_paragraphs(paragraphs: pd.DataFrame, nlp: Language, *, batch_size: int = 64) -> list[Doc]:
    """Parse every paragraph once with ``nlp.pipe``; its keys go to ``doc.user_data``.

    The keys (``doc_id``, ``para_id``, ``section`` and the adopting body as
    ``reslens_body``) are set before the components run, so they can use them (the
    obligations pipe skips preambular paragraphs and names the body in ``self`` rows),
    and each table reads them back without the DataFrame.
    """
    sections = paragraphs["section"] if "section" in paragraphs else [""] * len(paragraphs)
    keys = zip(paragraphs["doc_id"], paragraphs["para_id"], sections, _bodies(paragraphs), strict=True)
    docs = []
    for text, (doc_id, para_id, section, body) in zip(
        paragraphs["text"].fillna("").astype(str), keys, strict=True
    ):
        doc = nlp.make_doc(text)
        doc.user_data.update(
            {"doc_id": doc_id, "para_id": str(para_id), "section": section, "reslens_body": body}
        )
        docs.append(doc)
    return list(nlp.pipe(docs, batch_size=batch_size))


def _bodies(paragraphs: pd.DataFrame) -> list[str]:
    """The adopting body of each paragraph: the ``body`` column, else from the symbol."""
    from reslens.structure.bodies import body_by_symbol

    given = paragraphs["body"] if "body" in paragraphs else [None] * len(paragraphs)
    out = []
    for doc_id, body in zip(paragraphs["doc_id"], given, strict=True):
        if not (isinstance(body, str) and body):
            entry = body_by_symbol(str(doc_id).upper())
            body = entry["name"] if entry else ""
        out.append(body)
    return out


def actors_table(docs: list[Doc], *, distinct: bool = True) -> pd.DataFrame:
    """One row per actor mention; with ``distinct`` only the first of equal texts in a paragraph.

    ``distinct=True`` follows the gold convention (a paragraph lists each actor once).
    A pronoun addressee (``urges them to``) is a mention too, with the id and type of the
    actor it stands for (from the obligations pipe).
    """

    from reslens.nlp.actors import RULES_KEY, SPANS_KEY

    rows = []
    for doc in docs:
        ids = (doc.user_data["doc_id"], doc.user_data["para_id"])
        rules = doc.user_data.get(RULES_KEY, [])
        found = [
            (span, f"actors.jsonl:{rules[n] if n < len(rules) else 'lexicon'}")
            for n, span in enumerate(doc.spans.get(SPANS_KEY, []))
        ]
        seen = set()
        for span, rule in sorted(found + _pronoun_mentions(doc), key=lambda p: p[0].start):
            if distinct and span.text.lower() in seen:
                continue
            seen.add(span.text.lower())
            rows.append((*ids, span.text, span.start_char, span.end_char, span.id_, span.label_, rule))
    return make_frame(rows, ACTOR_COLUMNS, integers=["start", "end"])


def _pronoun_mentions(doc: Doc) -> list[tuple[Span, str]]:
    """Pronoun addressees of the paragraph's obligations, labelled as the actor they stand for."""
    from spacy.tokens import Span

    from reslens.nlp.actors import SPANS_KEY as ACTORS
    from reslens.nlp.obligations import SPANS_KEY as OBLIGATIONS

    labels = {s.id_: s.label_ for s in doc.spans.get(ACTORS, [])}
    out = []
    for row in doc.user_data.get(OBLIGATIONS, []):
        if "+pronoun" not in row["rule"] or not row.get("addressee_id"):
            continue
        words = row["addressee"].lower().split()
        at = next(
            (
                k
                for k in range(row["start"], row["end"])
                if [t.lower_ for t in doc[k : k + len(words)]] == words
            ),
            None,
        )
        if at is not None:
            label = labels.get(row["addressee_id"], "")
            span = Span(doc, at, at + len(words), label=label, span_id=row["addressee_id"])
            out.append((span, "obligation_cues.yml:pronoun"))
    return out


def obligations_table(docs: list[Doc], cues: Cues) -> pd.DataFrame:
    """One row per operative clause; lettered points are gathered on their paragraph's row.

    Args:
        docs: from :func:`parse_paragraphs` with a parsed pipeline.
        cues: from :func:`reslens.nlp.load_cues` (the obligations pipe's ``cues``).
    """

    from reslens.nlp.obligations import SPANS_KEY, Obligation, iter_obligations

    points = _points(docs)
    chapter_vii = _chapter_vii(docs, cues)
    rows = []
    for doc in docs:
        para_id = doc.user_data["para_id"]
        if doc.user_data["section"] != "operative" or is_point(para_id):
            continue
        own_points = points.get((doc.user_data["doc_id"], para_id))
        found = (
            iter_obligations(doc, cues, body=doc.user_data["reslens_body"], points=own_points)
            if own_points  # the actions of a lettered list live in the points' Docs
            else [Obligation(**row) for row in doc.user_data.get(SPANS_KEY, [])]
        )
        rows += [
            (
                doc.user_data["doc_id"],
                para_id,
                o.verb,
                o.modifier,
                o.strength,
                o.addressee,
                o.addressee_resolved,
                o.addressee_kind,
                o.addressee_id,
                list(o.actions),
                list(o.conditions),
                o.clause,
                o.rule,
                *_effect(o, doc.user_data["reslens_body"], cues, chapter_vii[doc.user_data["doc_id"]]),
            )
            for o in found
        ]
    return make_frame(rows, OBLIGATION_COLUMNS, integers=["strength"], booleans=["binding"])


def _chapter_vii(docs: list[Doc], cues: Cues) -> dict[str, bool]:
    """doc_id -> whether its preamble says the body acts under Chapter VII."""
    from reslens.nlp.effect import acts_under_chapter_vii

    terms = cues.terms.get("binding_context", frozenset())
    out: dict[str, bool] = {}
    for doc in docs:
        doc_id = doc.user_data["doc_id"]
        preambular = doc.user_data["section"] == "preambular" and acts_under_chapter_vii([doc.text], terms)
        out[doc_id] = out.get(doc_id, False) or preambular
    return out


def _effect(o: Obligation, body: str, cues: Cues, chapter_vii: bool) -> tuple[bool | None, str]:
    """(binding, effect_note) of one row, from ``verb_strength.yml`` (:mod:`reslens.nlp.effect`)."""
    from reslens.nlp.effect import legal_effect

    return legal_effect(
        cues.verbs[o.verb],
        body,
        cues.effect_defaults,
        addressee_kind=o.addressee_kind,
        chapter_vii=chapter_vii,
    )


def _points(docs: list[Doc]) -> dict[tuple[str, str], list[Doc]]:
    """Lettered sub-paragraph Docs (``OP9.a``) keyed by their paragraph (``OP9``)."""
    out: dict[tuple[str, str], list[Doc]] = {}
    for doc in docs:
        para_id = str(doc.user_data["para_id"])
        if is_point(para_id) and doc.user_data["section"] == "operative":
            out.setdefault((doc.user_data["doc_id"], parent_of(para_id)), []).append(doc)
    return out


def add_phrase_functions(
    paragraphs: pd.DataFrame,
    *,
    lexicon_dir: str | None = None,
    functions: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Return ``paragraphs`` with a ``phrase_function`` column (from the canonical ``phrase``).

    Paragraphs with no preambular function (operative ones, unknown phrases) get a
    missing value (``pd.NA``), so ``value_counts()`` shows no blank label.

    Args:
        paragraphs: the paragraphs table.
        lexicon_dir: a folder overriding ``phrase_functions.yml``.
        functions: the mapping itself; pass the pipeline's
            (``nlp.get_pipe("reslens_phrases").functions``) so the column agrees with
            the phrase spans of a pipeline built with custom lexicons.
    """
    import pandas as pd

    from reslens.nlp.phrases import load_phrase_functions, phrase_function

    functions = functions if functions is not None else load_phrase_functions(lexicon_dir)
    phrases = paragraphs["phrase"] if "phrase" in paragraphs else paragraphs["opening_phrase"]
    found = phrases.fillna("").astype(str).map(lambda p: phrase_function(p, functions) or pd.NA)
    return paragraphs.assign(phrase_function=found.astype("string"))
