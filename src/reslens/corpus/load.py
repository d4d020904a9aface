"""Read a whole corpus into one set of tables: files found, parsed in batches (in parallel
or on Dask, from the cache where possible), duplicates and refusals listed, and the
``data_extract`` votes, sponsors and subjects joined."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reslens.corpus.cache import KEY, ROW, Cache, result_key, run_fingerprint
from reslens.corpus.files import CorpusFile, find_files
from reslens.corpus.runner import check_engine, run_in_order
from reslens.corpus.steps import FileResult, structure_of_files
from reslens.errors import ResolutionError

if TYPE_CHECKING:
    import pandas as pd

    from reslens.tables import Tables

STRUCTURE_TABLES = ("documents", "paragraphs", "footnotes", "references", "leftovers")
REFUSED_COLUMNS = ["file", "reason"]
ALREADY_LOADED = "already loaded from"
FILES_PER_TASK = 100  # building the tables once per batch is what makes batches pay (not per file)


@dataclass(frozen=True)
class Refusal:
    """A file that gave no resolution: skipped (another language, a duplicate) or refused (an error)."""

    file: str
    reason: str
    error: bool  # True when the file could not be read as a resolution


@dataclass(frozen=True)
class CorpusRead:
    """The outcome of :func:`read_corpus`: the tables and what was set aside."""

    tables: Tables
    refusals: list[Refusal]
    n_files: int
    n_warned: int
    inputs: list[Path]  # the files on disk that were read (an archive once)
    n_unrecorded: int = 0  # resolutions with no data_extract record, when records were read

    @property
    def has_news(self) -> bool:
        """Whether the summary line says more than how many were read."""
        return bool(self.refusals or self.n_warned or self.n_unrecorded)

    def summary(self, *, tables_written: bool = True) -> str:
        """One line: how many resolutions from how many files, and why the rest were set aside.

        ``tables_written``: the tables go to disk, so the line points to them; else (the lineage
        index) it says which command writes them.
        """
        where = "see the {} table" if tables_written else "`reslens extract` writes them in its {} table"
        n_docs = len(self.tables.documents)
        line = f"{n_docs} resolution(s) read from {self.n_files} file(s)"
        if self.refusals:
            reasons = Counter(_reason_kind(r.reason) for r in self.refusals)
            listed = ", ".join(f"{n} {kind}" for kind, n in reasons.most_common())
            line += f"; {len(self.refusals)} set aside ({listed}): {where.format('refused')}"
        if self.n_warned:
            unplaced = f"{self.n_warned} file(s) with text the parser could not place"
            line += f"; {unplaced}: {where.format('leftovers')}"
        if self.n_unrecorded:
            line += (
                f"; {self.n_unrecorded} resolution(s) without a data_extract record (no votes or sponsors)"
            )
        return line


def read_corpus(
    paths: Iterable[str | Path],
    *,
    suffixes: Iterable[str],
    workers: int = 1,
    cache: str | Path | None = None,
    engine: str = "local",
    client: Any = None,
    metadata: str | Path | Iterable[str | Path] | None = None,
) -> CorpusRead:
    """Find, parse and tabulate every resolution under ``paths`` (see :func:`reslens.load_corpus`).

    Raises:
        ResolutionError: a path does not exist or a folder holds no supported file.
    """
    from reslens.tables import Tables

    check_engine(engine, workers)
    paths = [Path(p) for p in paths]
    for path in paths:
        if not path.exists():
            raise ResolutionError(str(path), "file not found")
    files, skipped = find_files(paths, suffixes)
    refusals = [Refusal(s.name, s.reason, error=False) for s in skipped]
    store = Cache(cache, "structure") if cache is not None else None
    results, made = _structure_results(files, workers, store, engine, client)
    kept: dict[str, str] = {}  # doc_id -> file
    keep_keys: list[str] = []
    n_warned = 0
    for result, key in results:
        if result.reason:
            refusals.append(Refusal(result.name, result.reason, error=True))
        elif result.doc_id in kept:
            already = f"{result.doc_id} {ALREADY_LOADED} {kept[result.doc_id]}"
            refusals.append(Refusal(result.name, already, error=False))
        else:
            kept[result.doc_id] = result.name
            keep_keys.append(key)
            n_warned += result.warned > 0
    tables = Tables(**_assemble(made, keep_keys, store))
    places = [p for p in paths if p.is_dir()] if metadata is None else _as_list(metadata)
    tables, n_unrecorded = _with_records(tables, places, refusals)
    refused = _refused_frame(refusals)
    inputs = list(dict.fromkeys(f.path for f in files))
    n_files = len(files) + len(skipped)
    read = CorpusRead(tables.with_tables(refused=refused), refusals, n_files, n_warned, inputs, n_unrecorded)
    return read


def _structure_results(
    files: list[CorpusFile], workers: int, store: Cache | None, engine: str, client: Any
) -> tuple[list[tuple[FileResult, str]], dict[str, list[pd.DataFrame]]]:
    """Each file's result with its key, in file order, and the rows made by this run.

    Only files the cache does not hold are parsed; the rows made carry ``_key`` and
    ``_row`` (see :mod:`reslens.corpus.cache`) and are stored as one new segment.
    """
    fingerprint = run_fingerprint("structure")
    contents: list[bytes | None] = []
    keys: list[str] = []
    early: dict[int, FileResult] = {}
    for i, file in enumerate(files):
        try:
            data = file.read_bytes()
        except ResolutionError as err:
            early[i] = FileResult(file.name, reason=err.problem)
            data = None
        contents.append(data)
        # the name too: the tables record it (documents.source), so a moved copy is its own result
        keys.append(result_key(file.name.encode() + b"\0" + (data or b""), fingerprint))
    cached = _cached_results(store, files, keys, early) if store else {}
    todo = [i for i in range(len(files)) if i not in early and i not in cached]
    batches = [todo[i : i + FILES_PER_TASK] for i in range(0, len(todo), FILES_PER_TASK)]
    tasks = [([(files[i].name, contents[i]) for i in batch],) for batch in batches]
    done: dict[int, FileResult] = {}
    made: dict[str, list[pd.DataFrame]] = {name: [] for name in STRUCTURE_TABLES}
    outputs = run_in_order(
        structure_of_files, tasks, workers=workers, engine=engine, client=client, desc="parsing"
    )
    for batch, (batch_results, layers) in zip(batches, outputs, strict=True):
        done.update(zip(batch, batch_results, strict=True))
        for n, layer in enumerate(layers):
            in_layer = zip(batch, batch_results, strict=True)
            key_of = {r.doc_id: keys[i] for i, r in in_layer if r.layer == n and not r.reason}
            for name in STRUCTURE_TABLES:
                made[name].append(_keyed(layer[name], key_of))
    if store and done:
        stored = {keys[i]: r for i, r in done.items()}
        store.store(_index(stored), {name: _concat(frames) for name, frames in made.items() if frames})
    return [(early.get(i) or cached.get(i) or done[i], keys[i]) for i in range(len(files))], made


def _cached_results(
    store: Cache, files: list[CorpusFile], keys: list[str], early: dict
) -> dict[int, FileResult]:
    """The results the cache holds (their rows are read by :func:`_assemble`)."""
    index = store.index(keys)
    by_key = {k: (d, r) for k, d, r in zip(index[KEY], index["doc_id"], index["reason"], strict=True)}
    found = {}
    for i, key in enumerate(keys):
        if i not in early and key in by_key:
            doc_id, reason = by_key[key]
            found[i] = FileResult(files[i].name, doc_id=str(doc_id or ""), reason=str(reason or ""))
    return found


def _index(results: dict[str, FileResult]) -> pd.DataFrame:
    import pandas as pd

    columns = {
        KEY: list(results),
        "doc_id": [r.doc_id for r in results.values()],
        "reason": [r.reason for r in results.values()],
    }
    return pd.DataFrame(columns, dtype="string")


def _keyed(frame: pd.DataFrame, key_of: dict[str, str]) -> pd.DataFrame:
    """``frame`` with each row's ``_key`` (by its ``doc_id``) and ``_row`` (its order in that key)."""
    keys = frame["doc_id"].map(key_of).astype("string")
    return frame.assign(**{KEY: keys, ROW: keys.groupby(keys, sort=False).cumcount()})


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    import pandas as pd

    return pd.concat(frames, ignore_index=True)


def _assemble(made: dict[str, list[pd.DataFrame]], keep_keys: list[str], store: Cache | None) -> dict:
    """Each structure table: the rows of the kept files in file order, made now or cached.

    Two copies of one file share a key and the same rows; they are kept once.
    """
    from reslens.tables import structure_tables

    order = {key: n for n, key in enumerate(keep_keys)}
    empty = dict(structure_tables([]).items())
    made_keys = {k for frame in made["documents"] for k in frame[KEY].dropna()}
    from_cache = set(order) - made_keys
    out = {}
    for name in STRUCTURE_TABLES:
        pieces = [empty[name].assign(**{KEY: "", ROW: 0}), *made[name]]
        rows = store.rows(name, from_cache) if store and from_cache else None
        if rows is not None:
            pieces.append(rows)
        frame = _concat(pieces)
        frame = frame[frame[KEY].isin(order)].drop_duplicates([KEY, ROW])
        frame = frame.assign(_order=frame[KEY].map(order)).sort_values(["_order", ROW], kind="stable")
        frame = frame.drop(columns=[KEY, ROW, "_order"]).reset_index(drop=True)
        out[name] = frame.astype(empty[name].dtypes.to_dict())
    return out


def _with_records(tables: Tables, places: list[Path], refusals: list[Refusal]) -> tuple[Tables, int]:
    """The tables with the data_extract columns and tables, and how many documents have no record.

    A record joins a document by its exact symbol: a multi-part text (``A/RES/74/255 A-B``)
    whose record names only ``A/RES/74/255`` stays without one, since the votes of the
    parts differ.
    """
    from reslens.corpus import records
    from reslens.corpus.data_extract import metadata_files, read_records

    found, unreadable = read_records(metadata_files(places))
    refusals.extend(Refusal(u.file, u.reason, error=False) for u in unreadable)
    matched = records.match_records(found, tables.documents["doc_id"])
    n_unrecorded = len(tables.documents) - len(matched) if found else 0
    with_records = tables.with_tables(
        documents=records.add_agenda_names(records.add_vote_columns(tables.documents, matched), matched),
        votes=records.votes_table(matched),
        sponsors=records.sponsors_table(matched),
        subjects=records.subjects_table(matched),
    )
    return with_records, n_unrecorded


def _refused_frame(refusals: list[Refusal]) -> pd.DataFrame:
    from reslens.tables.frames import make_frame

    return make_frame([(r.file, r.reason) for r in refusals], REFUSED_COLUMNS)


def _as_list(value: str | Path | Iterable[str | Path]) -> list[Path]:
    return [Path(value)] if isinstance(value, (str, Path)) else [Path(v) for v in value]


def _reason_kind(reason: str) -> str:
    if reason.startswith("skipped:"):
        return "in another language"
    if ALREADY_LOADED in reason:
        return "already loaded from another file"
    if reason.startswith("data_extract"):
        return "unreadable data_extract parts"
    return "not readable as a resolution"
