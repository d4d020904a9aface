"""Command line: ``python -m reslens extract|report FILE … --out DIR``, ``index FILE … --out FILE``.

Bad input never shows a traceback: each bad file gets one line on stderr naming the
file and what was expected, and the exit code is 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path

from reslens.errors import ResolutionError

EXIT_BAD_INPUT = 2
MAX_ERROR_LINES = 10  # more unreadable files than this are counted in the summary line
EXAMPLES = """examples:
  python -m reslens extract data/raw/A_RES_66_164.txt --out tables
  python -m reslens extract GAresolutions/ --no-nlp --workers 2 --cache .reslens-cache --out tables
  python -m reslens report data/raw/A_RES_66_164.txt --out report
  python -m reslens index data/raw --out lineage.parquet
  python -m reslens report data/raw/A_RES_76_174.txt --lineage-index lineage.parquet --out report"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (separate so tests and docs can inspect it)."""
    parser = argparse.ArgumentParser(
        prog="reslens",
        description="Read United Nations resolutions as data.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="write the tables of one or more resolutions")
    report = sub.add_parser("report", help="write tables, charts (PNG+SVG) and an HTML report")
    index = sub.add_parser(
        "index", help="build the lineage index of a corpus (one file, for report --lineage-index)"
    )
    for cmd in (extract, report, index):
        cmd.add_argument(
            "files", nargs="+", type=Path, metavar="FILE",
            help="resolution files (ODS text, PDF, DOCX, HTML, AKN4UN XML) or folders of them",
        )  # fmt: skip
    index.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="the index file to write (.parquet)"
    )
    for cmd in (extract, report):
        cmd.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
        cmd.add_argument("--model", default=None, help="spaCy pipeline (default: en_core_web_sm 3.8.0)")
        cmd.add_argument(
            "--parquet", action="store_true",
            help="also write Parquet tables, and a dataset partitioned by body and session (DIR/parquet/)",
        )  # fmt: skip
        cmd.add_argument(
            "--lexicons", type=Path, metavar="DIR", default=None,
            help="folder with your edited copies of some lexicons (the rest are the shipped ones)",
        )  # fmt: skip
    for cmd in (extract, report, index):
        cmd.add_argument(
            "--workers", type=int, default=1, metavar="N",
            help="processes reading files and running spaCy in parallel (same tables as 1)",
        )  # fmt: skip
        cmd.add_argument(
            "--cache", type=Path, metavar="DIR", default=None,
            help="keep each file's tables here (Parquet); a second run re-does only what changed",
        )  # fmt: skip
        cmd.add_argument(
            "--engine", choices=("local", "dask"), default="local",
            help="run on local processes or on Dask (a LocalCluster of --workers processes)",
        )  # fmt: skip
        cmd.add_argument(
            "--metadata", type=Path, metavar="PATH", action="append", default=None,
            help="data_extract files or folders (votes, sponsors, subjects); default: found under the inputs",
        )  # fmt: skip
    extract.add_argument("--no-nlp", action="store_true", help="structure tables only (no spaCy: fast)")
    report.add_argument(
        "--lineage-index", type=Path, metavar="FILE", default=None,
        help="a lineage index (reslens.lineage, .parquet): add where each paragraph's wording comes from",
    )  # fmt: skip
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code (0 ok, 2 bad input)."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="reslens: %(message)s")
    warnings.showwarning = _one_line_warning
    warnings.filterwarnings("ignore", module="matplotlib")  # layout notes, not the user's concern
    try:
        if args.workers < 1:
            raise UsageError(f"--workers must be 1 or more, not {args.workers}")
        if args.command == "index":
            _check_out_file(args.out)
            return _run_index(args)
        _check_lexicons(args.lexicons)
        _check_out_dir(args.out)
        return _run(args)
    except (UsageError, ResolutionError) as err:
        print(f"reslens: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as err:  # the output folder filled up or went away while writing
        print(f"reslens: error: {err.filename or args.out}: cannot write ({err.strerror})", file=sys.stderr)
        return EXIT_BAD_INPUT


class UsageError(Exception):
    """A problem with the command's arguments or environment, reported in one line."""


def _run(args: argparse.Namespace) -> int:
    from reslens.tables.write import write_provenance, write_tables

    lineage_index = _lineage_index(getattr(args, "lineage_index", None))  # a bad file fails before the work
    read, failed = _read_all(args)
    if not len(read.tables.documents):
        return EXIT_BAD_INPUT
    tables, model = read.tables, ""
    if not getattr(args, "no_nlp", False):
        from reslens.api import analyze
        from reslens.nlp.documents import check_paragraph_lengths

        check_paragraph_lengths(tables.paragraphs)  # before the model loads: a clear error in seconds
        if args.workers == 1 and args.cache is None and args.engine == "local":
            nlp = _pipeline(args.model, args.lexicons)
            tables = analyze(tables, nlp)
        else:
            nlp = _pipeline(args.model, args.lexicons)  # fails early, in one line, on a bad model
            tables = analyze(
                tables, workers=args.workers, cache=args.cache, engine=args.engine,
                model=args.model, lexicon_dir=args.lexicons,
            )  # fmt: skip
        model = "{lang}_{name} {version}".format(**nlp.meta)
    write_tables(tables, args.out, formats=("csv", "parquet") if args.parquet else ("csv",))
    if args.parquet:
        from reslens.corpus.parquet import write_dataset

        write_dataset(tables, args.out)
    write_provenance(args.out, inputs=read.inputs, model=model, lexicon_dir=args.lexicons)
    if args.command == "report":
        from reslens.report import write_report

        corpus = any(path.is_dir() for path in args.files)  # a folder: trends across resolutions
        title = f"Corpus report: {', '.join(map(str, args.files))}" if corpus else _title(tables)
        named = dict(tables.items()) | _lineage(tables, lineage_index, args.out)
        print(f"report: {write_report(named, args.out, title=title, corpus=corpus)}")
    print(f"tables: {args.out}  ({len(tables.documents)} resolution(s))")
    return EXIT_BAD_INPUT if failed else 0


def _run_index(args: argparse.Namespace) -> int:
    """Read the inputs (structure only: the index needs no spaCy) and save their lineage index."""
    from reslens.lineage import build_index

    read, failed = _read_all(args)
    if not len(read.tables.documents):
        return EXIT_BAD_INPUT
    index = build_index(read.tables)
    path = index.save(args.out)
    print(f"lineage index: {path}  ({len(index)} paragraphs of {len(index.doc_ids)} resolution(s))")
    return EXIT_BAD_INPUT if failed else 0


def _lineage_index(path: Path | None):  # -> reslens.lineage.LineageIndex | None
    if path is None:
        return None
    from reslens.lineage import load_index

    if not path.is_file():
        raise UsageError(f"{path}: --lineage-index must be a lineage index file (.parquet), not found")
    try:
        return load_index(path)
    except (OSError, ValueError) as err:
        raise UsageError(f"{path}: expected a lineage index ({_first_line(err)})") from None


def _lineage(tables, index, out: Path) -> dict:
    """``{"lineage": trace}`` of the tables against the index (written as ``lineage.csv`` too)."""
    if index is None:
        return {}
    from reslens.lineage import trace
    from reslens.tables.write import flatten_lists

    lineage = trace(tables, index)
    flatten_lists(lineage).to_csv(out / "lineage.csv", index=False)
    return {"lineage": lineage}


def _pipeline(model: str | None, lexicon_dir: Path | None):  # -> spacy.Language (lazy import)
    from reslens.lexicons import LexiconError
    from reslens.nlp import build_pipeline

    try:
        return build_pipeline(model, lexicon_dir=lexicon_dir)
    except OSError as err:
        raise UsageError(
            f"the spaCy model could not be loaded ({_first_line(err)}); "
            "install it, or name an installed one with --model"
        ) from None
    except LexiconError as err:
        raise UsageError(str(err)) from None


def _check_out_dir(out: Path) -> None:
    """Create ``--out`` and prove it is writable before any input is read."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: --out must be a folder, but this is a file")
    try:
        _prove_writable(out)
    except OSError as err:
        raise UsageError(f"{out}: --out cannot be created or written ({err.strerror})") from None


def _check_out_file(out: Path) -> None:
    """``index --out`` names a file whose folder can be written, checked before any input is read."""
    if out.is_dir():
        raise UsageError(f"{out}: --out must name the index file (lineage.parquet), but this is a folder")
    try:
        _prove_writable(out.parent)
    except OSError as err:
        raise UsageError(f"{out}: the index cannot be written there ({err.strerror})") from None


def _prove_writable(folder: Path) -> None:
    """Create ``folder`` and write a file in it (raises OSError), so a run fails before its work."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=folder):
        pass


def _check_lexicons(folder: Path | None) -> None:
    if folder is not None and not folder.is_dir():
        raise UsageError(f"{folder}: --lexicons must be a folder of edited .yml lexicons; there is none here")


def _first_line(err: Exception) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


def _read_all(args: argparse.Namespace):  # -> (CorpusRead, failed refusals)
    """Read every input; print one line per unreadable file (at most ``MAX_ERROR_LINES``)
    and one summary line when files were set aside."""
    from reslens.api import SUPPORTED_SUFFIXES
    from reslens.corpus.load import read_corpus

    try:
        read = read_corpus(
            args.files, suffixes=SUPPORTED_SUFFIXES, workers=args.workers, cache=args.cache,
            engine=args.engine, metadata=args.metadata,
        )  # fmt: skip
    except ResolutionError as err:
        raise UsageError(str(err)) from None
    failed = [r for r in read.refusals if r.error]
    for refusal in failed[:MAX_ERROR_LINES]:
        print(f"reslens: error: {refusal.file}: {refusal.reason}", file=sys.stderr)
    if len(read.tables.documents) and (read.has_news):
        print(f"reslens: {read.summary(tables_written=args.command != 'index')}", file=sys.stderr)
    return read, failed


def _one_line_warning(message, *_args, **_kwargs) -> None:
    print(f"reslens: warning: {message}", file=sys.stderr)


def _title(tables) -> str:
    docs = tables.documents
    return "; ".join(docs["doc_id"].astype(str)) if len(docs) else "reslens report"
