"""Command line: ``python -m reslens extract|report FILE … --out DIR``.

Bad input never shows a traceback: each bad file gets one line on stderr naming the
file and what was expected, and the exit code is 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from reslens.errors import ResolutionError

EXIT_BAD_INPUT = 2
EXAMPLES = """examples:
  python -m reslens extract data/raw/A_RES_66_164.txt --out tables
  python -m reslens report data/raw/A_RES_66_164.txt --out report"""


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
    for cmd in (extract, report):
        cmd.add_argument(
            "files", nargs="+", type=Path, metavar="FILE",
            help="resolution files (ODS text, PDF, DOCX, HTML, AKN4UN XML) or folders of them",
        )  # fmt: skip
        cmd.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
        cmd.add_argument("--model", default=None, help="spaCy pipeline (default: en_core_web_sm 3.8.0)")
        cmd.add_argument("--parquet", action="store_true", help="also write Parquet tables")
        cmd.add_argument(
            "--lexicons", type=Path, metavar="DIR", default=None,
            help="folder with your edited copies of some lexicons (the rest are the shipped ones)",
        )  # fmt: skip
    extract.add_argument("--no-nlp", action="store_true", help="structure tables only (no spaCy: fast)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code (0 ok, 2 bad input)."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="reslens: %(message)s")
    warnings.showwarning = _one_line_warning
    warnings.filterwarnings("ignore", module="matplotlib")  # layout notes, not the user's concern
    try:
        _check_out_dir(args.out)
        return _run(args)
    except UsageError as err:
        print(f"reslens: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT


class UsageError(Exception):
    """A problem with the command's arguments or environment, reported in one line."""


def _run(args: argparse.Namespace) -> int:
    from reslens.tables import structure_tables
    from reslens.tables.write import write_provenance, write_tables

    resolutions, failed = _parse_all(args.files)
    if not resolutions:
        return EXIT_BAD_INPUT
    tables, model = structure_tables(resolutions), ""
    if not getattr(args, "no_nlp", False):
        from reslens.api import analyze

        nlp = _pipeline(args.model, args.lexicons)
        tables, model = analyze(tables, nlp), "{lang}_{name} {version}".format(**nlp.meta)
    write_tables(tables, args.out, formats=("csv", "parquet") if args.parquet else ("csv",))
    write_provenance(
        args.out, inputs=[r.source.path for r in resolutions], model=model, lexicon_dir=args.lexicons
    )
    if args.command == "report":
        from reslens.report import write_report

        corpus = any(path.is_dir() for path in args.files)  # a folder: trends across resolutions
        title = f"Corpus report: {', '.join(map(str, args.files))}" if corpus else _title(tables)
        print(f"report: {write_report(dict(tables.items()), args.out, title=title, corpus=corpus)}")
    print(f"tables: {args.out}  ({len(resolutions)} resolution(s))")
    return EXIT_BAD_INPUT if failed else 0


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
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: --out must be a folder, but this is a file")


def _first_line(err: Exception) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


def _parse_all(paths: list[Path]) -> tuple[list, list[ResolutionError]]:
    from reslens.api import collect_paths, parse_files

    failed: list[ResolutionError] = []

    def report(err: ResolutionError) -> None:
        print(f"reslens: error: {err}", file=sys.stderr)
        failed.append(err)

    try:
        found = collect_paths(paths)
    except ResolutionError as err:
        raise UsageError(str(err)) from None
    return parse_files(found, on_error=report), failed


def _one_line_warning(message, *_args, **_kwargs) -> None:
    print(f"reslens: warning: {message}", file=sys.stderr)


def _title(tables) -> str:
    docs = tables.documents
    return "; ".join(docs["doc_id"].astype(str)) if len(docs) else "reslens report"
