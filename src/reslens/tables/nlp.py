"""NLP tables: actors, obligations and phrase functions, one row per observation.

The tables only reshape: paragraphs are parsed once, and linked within their document,
by :func:`reslens.nlp.documents.parse_paragraphs`; every table reads those Docs.
:func:`add_phrase_functions` takes the ``paragraphs`` table and returns a new DataFrame;
inputs are never mutated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reslens.tables.frames import make_frame

if TYPE_CHECKING:
    import pandas as pd
    from spacy.tokens import Doc, Span


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


def obligations_table(docs: list[Doc]) -> pd.DataFrame:
    """One row per operative clause, as the obligations pipe stored it.

    :func:`reslens.nlp.documents.link_documents` has gathered lettered points on their
    paragraph's row and given each row its legal effect (``binding``, ``effect_note``).

    Args:
        docs: from :func:`reslens.nlp.documents.parse_paragraphs` with a parsed pipeline.
    """
    from reslens.nlp.obligations import SPANS_KEY

    rows = [
        (
            doc.user_data["doc_id"],
            doc.user_data["para_id"],
            *(row[column] for column in OBLIGATION_COLUMNS[2:]),
        )
        for doc in docs
        for row in doc.user_data.get(SPANS_KEY, [])
    ]
    return make_frame(rows, OBLIGATION_COLUMNS, integers=["strength"], booleans=["binding"])


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
