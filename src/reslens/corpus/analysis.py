"""The NLP step over a corpus: documents in batches, on several processes or Dask, cached.

A batch is a run of whole documents (the obligations table reads a document's preamble
to decide what is binding), so every batch gives exactly the rows the single-process
run gives for those documents; batches are put back in document order.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from reslens.corpus.cache import KEY, ROW, Cache, run_fingerprint
from reslens.corpus.runner import check_engine, run_in_order
from reslens.corpus.steps import NLP_TABLES, nlp_of_paragraphs

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language

    from reslens.tables import Tables

PARAGRAPHS_PER_TASK = 400  # about 20 s of one core: small enough to share the work evenly
FUNCTION = "phrase_function"
# The paragraph columns the NLP step reads; their content (with the body) keys the cache.
_KEYED_COLUMNS = [
    "doc_id",
    "para_id",
    "section",
    "number",
    "opening_phrase",
    "phrase",
    "modifier",
    "text",
    "body",
]


def analyze_tables(
    tables: Tables,
    *,
    nlp: Language | None = None,
    workers: int = 1,
    cache: str | None = None,
    engine: str = "local",
    client: Any = None,
    model: str | None = None,
    lexicon_dir: str | None = None,
) -> Tables:
    """See :func:`reslens.analyze`."""
    check_engine(engine, workers)
    paragraphs = tables.paragraphs.merge(tables.documents[["doc_id", "body"]], on="doc_id", how="left")
    by_doc = paragraphs.groupby("doc_id", sort=False).indices
    doc_ids = list(by_doc)
    fingerprint = _fingerprint(nlp, model, lexicon_dir)
    keys = _document_keys(paragraphs, by_doc, fingerprint)
    store = Cache(cache, "nlp") if cache is not None else None
    cached = _cached_pipes(store, keys) if store else {}
    todo = [d for d in doc_ids if keys[d] not in cached]
    batches = _batches(todo, by_doc)
    if nlp is None and batches and workers == 1 and engine == "local":
        from reslens.nlp import build_pipeline

        nlp = build_pipeline(model, lexicon_dir=lexicon_dir)  # read the lexicons as they are now
    tasks = [
        (paragraphs.iloc[_rows(batch, by_doc)].reset_index(drop=True), model, lexicon_dir, fingerprint, nlp)
        for batch in batches
    ]
    made: dict[str, dict[str, pd.DataFrame | None]] = {}
    for batch, result in zip(
        batches,
        run_in_order(nlp_of_paragraphs, tasks, workers=workers, engine=engine, client=client, desc="nlp"),
        strict=True,
    ):
        made.update(_split(batch, by_doc, result))
    if store and made:
        store.store(*_segment(made, keys))
    pipes = {
        d: set(cached[keys[d]]) if d not in made else {n for n, f in made[d].items() if f is not None}
        for d in doc_ids
    }
    frames = _assemble(doc_ids, keys, made, store, pipes)
    functions = frames.pop(FUNCTION)
    with_functions = tables.paragraphs.assign(
        **{FUNCTION: _aligned(functions, tables.paragraphs, by_doc, doc_ids)}
    )
    return tables.with_tables(paragraphs=with_functions, **frames)


def _fingerprint(nlp: Language | None, model: str | None, lexicon_dir: str | None) -> str:
    import pandas as pd

    from reslens.nlp.pipeline import DEFAULT_MODEL, MODEL_ENV

    if nlp is not None:
        described = (
            f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')} {nlp.pipe_names}"
        )
    else:
        import os

        import spacy

        name = model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
        described = f"{name} {spacy.util.get_package_version(name) or ''} spacy {spacy.__version__}"
    return run_fingerprint("nlp", described, f"pandas {pd.__version__}", lexicon_dir=lexicon_dir)


def _document_keys(paragraphs: pd.DataFrame, by_doc: dict, fingerprint: str) -> dict[str, str]:
    """One key per document: a hash of its paragraphs' content under the run fingerprint."""
    import pandas as pd

    columns = [c for c in _KEYED_COLUMNS if c in paragraphs]
    row_hashes = pd.util.hash_pandas_object(paragraphs[columns].astype("string"), index=False).to_numpy()
    return {
        doc_id: hashlib.sha256(row_hashes[rows].tobytes() + fingerprint.encode()).hexdigest()
        for doc_id, rows in by_doc.items()
    }


def _cached_pipes(store: Cache, keys: dict[str, str]) -> dict[str, list[str]]:
    """The cached documents (by key) and the tables their pipeline made."""
    index = store.index(keys.values())
    return {k: str(r).split(";") if str(r) else [] for k, r in zip(index[KEY], index["reason"], strict=True)}


def _batches(doc_ids: list[str], by_doc: dict) -> list[list[str]]:
    batches, current, size = [], [], 0
    for doc_id in doc_ids:
        current.append(doc_id)
        size += len(by_doc[doc_id])
        if size >= PARAGRAPHS_PER_TASK:
            batches.append(current)
            current, size = [], 0
    return [*batches, current] if current else batches


def _rows(batch: list[str], by_doc: dict) -> list[int]:
    return [int(i) for doc_id in batch for i in by_doc[doc_id]]


def _split(batch: list[str], by_doc: dict, result: dict) -> dict[str, dict]:
    """A batch's tables, split by document (``phrase_function`` by its row positions)."""
    out: dict[str, dict] = {doc_id: {} for doc_id in batch}
    start = 0
    for doc_id in batch:
        n = len(by_doc[doc_id])
        out[doc_id][FUNCTION] = result[FUNCTION].iloc[start : start + n].reset_index(drop=True)
        start += n
    for name in NLP_TABLES:
        frame = result[name]
        groups = {} if frame is None else dict(iter(frame.groupby("doc_id", sort=False)))
        for doc_id in batch:
            out[doc_id][name] = (
                None if frame is None else groups.get(doc_id, frame.iloc[0:0]).reset_index(drop=True)
            )
    return out


def _segment(made: dict[str, dict], keys: dict[str, str]) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    import pandas as pd

    index = pd.DataFrame(
        {
            KEY: [keys[d] for d in made],
            "doc_id": list(made),
            "reason": [";".join(n for n, f in t.items() if f is not None) for t in made.values()],
        },
        dtype="string",
    )
    tables = {}
    for name in (*NLP_TABLES, FUNCTION):
        pieces = [_keyed(t[name], keys[d]) for d, t in made.items() if t.get(name) is not None]
        if pieces:
            tables[name] = pd.concat(pieces, ignore_index=True)
    return index, tables


def _keyed(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    import pandas as pd

    return frame.assign(**{KEY: pd.array([key] * len(frame), dtype="string"), ROW: range(len(frame))})


def _assemble(doc_ids: list[str], keys: dict[str, str], made: dict, store: Cache | None, pipes: dict) -> dict:
    """Each NLP table in document order; ``None`` for a table the pipeline does not make."""
    import pandas as pd

    order = {keys[d]: n for n, d in enumerate(doc_ids)}
    from_cache = {keys[d] for d in doc_ids if d not in made}
    out: dict[str, pd.DataFrame | None] = {}
    for name in (*NLP_TABLES, FUNCTION):
        if doc_ids and not all(name in pipes[d] for d in doc_ids):
            out[name] = None
            continue
        pieces = [_keyed(t[name], keys[d]) for d, t in made.items()]
        rows = store.rows(name, from_cache) if store and from_cache else None
        if rows is not None:
            pieces.append(rows)
        pieces = [p for p in pieces if len(p)] or pieces[:1]
        if not pieces:
            out[name] = None
            continue
        frame = pd.concat(pieces, ignore_index=True)
        frame = frame.assign(_order=frame[KEY].map(order)).sort_values(["_order", ROW], kind="stable")
        dtypes = pieces[0].dtypes.drop([KEY, ROW]).to_dict()
        out[name] = frame.drop(columns=[KEY, ROW, "_order"]).reset_index(drop=True).astype(dtypes)
    return out


def _aligned(
    functions: pd.DataFrame | None, paragraphs: pd.DataFrame, by_doc: dict, doc_ids: list[str]
) -> Any:
    """The ``phrase_function`` column in the row order of ``paragraphs``."""
    import pandas as pd

    values = pd.array([pd.NA] * len(paragraphs), dtype="string")
    if functions is not None:
        positions = [int(i) for d in doc_ids for i in by_doc[d]]
        values[positions] = functions[FUNCTION].to_numpy()
    return values
