"""Paragraph Docs of whole documents, and what one paragraph's Doc cannot know alone.

The spaCy components see one paragraph at a time. Two facts need the paragraph's
document: a paragraph ending in ``:`` gathers the actions of its lettered points
(``OP9`` takes those of ``OP9.a``, ``OP9.b``), and whether a Security Council clause
binds depends on the preamble invoking Chapter VII. :func:`parse_paragraphs` parses
every paragraph once and then :func:`link_documents` writes both facts onto the Docs:
the rows in ``doc.user_data["reslens_obligations"]`` gain ``binding`` and
``effect_note``. The tables in :mod:`reslens.tables.nlp` only reshape what the Docs hold.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from reslens.para_ids import is_point, parent_of

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc

    from reslens.nlp.cues import Cues

OBLIGATIONS_PIPE = "reslens_obligations"
# The longest paragraph of the 43 corpus-sample and dev texts has 2,658 characters. The
# parser's time and memory grow fast with length (100,000 characters: 24 s, 540 MB), and
# spaCy refuses 1,000,000 (E088) with a traceback: refuse early, in one line, instead.
MAX_PARAGRAPH_CHARS = 50_000


def parse_paragraphs(paragraphs: pd.DataFrame, nlp: Language, *, batch_size: int = 64) -> list[Doc]:
    """Parse every paragraph once with ``nlp.pipe``, then link each document's Docs.

    The keys (``doc_id``, ``para_id``, ``section`` and the adopting body as
    ``reslens_body``) go to ``doc.user_data`` before the components run, so they can use
    them (the obligations pipe skips preambular paragraphs and names the body in
    ``self`` rows), and each table reads them back without the DataFrame.

    Raises:
        ResolutionError: a paragraph longer than :data:`MAX_PARAGRAPH_CHARS` (named by
            its document and paragraph id); nothing is parsed.
    """
    check_paragraph_lengths(paragraphs)
    texts = paragraphs["text"].fillna("").astype(str)
    sections = paragraphs["section"] if "section" in paragraphs else [""] * len(paragraphs)
    keys = zip(paragraphs["doc_id"], paragraphs["para_id"], sections, _bodies(paragraphs), strict=True)
    docs = []
    for text, (doc_id, para_id, section, body) in zip(texts, keys, strict=True):
        doc = nlp.make_doc(text)
        doc.user_data.update(
            {"doc_id": doc_id, "para_id": str(para_id), "section": section, "reslens_body": body}
        )
        docs.append(doc)
    docs = list(nlp.pipe(docs, batch_size=batch_size))
    if OBLIGATIONS_PIPE in nlp.pipe_names:
        link_documents(docs, nlp.get_pipe(OBLIGATIONS_PIPE).cues)
    return docs


def check_paragraph_lengths(paragraphs: pd.DataFrame) -> None:
    """Raise :class:`~reslens.errors.ResolutionError` for a paragraph the NLP step would choke on.

    Cheap: the CLI calls it before loading the spaCy model, so the error comes in seconds.
    """
    from reslens.errors import ResolutionError

    lengths = paragraphs["text"].fillna("").astype(str).str.len()
    if len(lengths) and (longest := int(lengths.max())) > MAX_PARAGRAPH_CHARS:
        at = int(lengths.to_numpy().argmax())
        raise ResolutionError(
            str(paragraphs["doc_id"].iloc[at]),
            f"paragraph {paragraphs['para_id'].iloc[at]} has {longest:,} characters, more than the "
            f"{MAX_PARAGRAPH_CHARS:,} the NLP step reads (extract --no-nlp gives the structure tables)",
        )


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


def link_documents(docs: list[Doc], cues: Cues) -> None:
    """Gather lettered points on their paragraph's obligations and add each row's legal effect.

    Works on the Docs in place; running it twice gives the same rows.
    """
    from spacy.tokens import Span

    from reslens.nlp.effect import legal_effect
    from reslens.nlp.obligations import SPANS_KEY, Obligation, iter_obligations, obligations_as_dicts

    points = _points(docs)
    chapter_vii = _chapter_vii(docs, cues)
    own_fields = {f.name for f in fields(Obligation)}
    for doc in docs:
        if SPANS_KEY not in doc.user_data:
            continue  # preambular paragraphs and lettered points carry no clauses of their own
        doc_id, body = doc.user_data["doc_id"], doc.user_data.get("reslens_body", "")
        own_points = points.get((doc_id, doc.user_data["para_id"]))
        if own_points:  # the actions of a lettered list live in the points' Docs
            rows = list(iter_obligations(doc, cues, body=body, points=own_points))
            doc.spans[SPANS_KEY] = [Span(doc, r.start, r.end, label=r.verb) for r in rows]
        else:
            rows = [
                Obligation(**{k: v for k, v in r.items() if k in own_fields})
                for r in doc.user_data[SPANS_KEY]
            ]
        linked = []
        for row, values in zip(rows, obligations_as_dicts(rows), strict=True):
            binding, note = legal_effect(
                cues.verbs[row.verb],
                body,
                cues.effect_defaults,
                addressee_kind=row.addressee_kind,
                chapter_vii=chapter_vii[doc_id],
            )
            linked.append({**values, "binding": binding, "effect_note": note})
        doc.user_data[SPANS_KEY] = linked


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


def _points(docs: list[Doc]) -> dict[tuple[str, str], list[Doc]]:
    """Lettered sub-paragraph Docs (``OP9.a``) keyed by their paragraph (``OP9``)."""
    out: dict[tuple[str, str], list[Doc]] = {}
    for doc in docs:
        para_id = str(doc.user_data["para_id"])
        if is_point(para_id) and doc.user_data["section"] == "operative":
            out.setdefault((doc.user_data["doc_id"], parent_of(para_id)), []).append(doc)
    return out
