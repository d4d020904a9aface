"""Theme hits as a tidy table, and the concern → response view built on it.

A resolution's preamble states concerns; its operative part acts on them.
:func:`concern_response` lines the two up per theme, so a reader sees at a glance which
concerns the text answers and which it only mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc

THEME_COLUMNS = ("doc_id", "para_id", "section", "theme", "label", "evidence", "start", "end", "rule")
CONCERN_COLUMNS = (
    "doc_id", "theme", "label", "preambular", "operative", "n_preambular", "n_operative", "unanswered",
)  # fmt: skip
RULE = "phrase_matcher"


def themes_table(docs: list[Doc], nlp: Language) -> pd.DataFrame:
    """One row per theme hit in each paragraph (``start``/``end`` are character offsets).

    Args:
        docs: paragraphs parsed by :func:`reslens.tables.nlp.parse_paragraphs` with ``nlp``.
        nlp: a pipeline with the ``reslens_themes`` pipe (``build_pipeline("blank")`` is
            enough: themes need no statistical model).

    Raises:
        ValueError: ``nlp`` has no ``reslens_themes`` pipe.

    Example:
        >>> nlp = build_pipeline("blank")
        >>> hits = themes_table(parse_paragraphs(tables.paragraphs, nlp), nlp)
        >>> hits.groupby("label").size().sort_values()
    """
    import pandas as pd

    pipe = _theme_pipe(nlp)
    rows = [
        {
            **{key: doc.user_data[key] for key in ("doc_id", "para_id", "section")},
            "theme": span.label_,
            "label": pipe.labels.get(span.label_, span.label_),
            "evidence": span.text,
            "start": span.start_char,
            "end": span.end_char,
            "rule": RULE,
        }
        for doc in docs
        for span in doc.spans.get(pipe.spans_key, [])
    ]
    return pd.DataFrame(rows, columns=list(THEME_COLUMNS)).astype({"start": "Int64", "end": "Int64"})


def concern_response(themes: pd.DataFrame) -> pd.DataFrame:
    """Per document and theme: the preambular paragraphs raising it, the operative ones acting on it.

    ``unanswered`` is true when the preamble raises a theme that no operative paragraph
    takes up: a concern stated and left without a response. Paragraph lists are joined
    with ``;`` in document order.
    """
    import pandas as pd

    from reslens.para_ids import para_sort_key

    def ids(frame: pd.DataFrame, section: str) -> list[str]:
        found = frame.loc[frame["section"] == section, "para_id"].astype(str).unique()
        return sorted(found, key=para_sort_key)

    rows = []
    for (doc_id, theme), group in themes.groupby(["doc_id", "theme"], sort=True):
        pre, op = ids(group, "preambular"), ids(group, "operative")
        rows.append(
            {
                "doc_id": doc_id,
                "theme": theme,
                "label": group["label"].iloc[0],
                "preambular": ";".join(pre),
                "operative": ";".join(op),
                "n_preambular": len(pre),
                "n_operative": len(op),
                "unanswered": bool(pre) and not op,
            }
        )
    return pd.DataFrame(rows, columns=list(CONCERN_COLUMNS))


def _theme_pipe(nlp: Language):  # noqa: ANN202 (ThemeTagger, imported lazily)
    for name, pipe in nlp.pipeline:
        if nlp.get_pipe_meta(name).factory == "reslens_themes":
            return pipe
    raise ValueError(
        "themes_table: the pipeline has no enabled 'reslens_themes' pipe; add it with nlp.add_pipe"
    )
