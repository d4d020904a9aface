"""Read the UN's ``data_extract`` files: votes, sponsors and subjects of each resolution.

Each ``UNxml/*resolutions`` repository keeps, in ``data_extract/``, one JSON record per
resolution (one file per session or year): the recorded vote (``MS_in_favour``,
``MS_against``, ``MS_abstaining`` and their counts), ``adoption_type``, ``sponsors`` and
``additional_sponsors``, ``SDGs``, the Digital Library ``subjects`` and, for the
Security Council, ``chapter_VII``. The files are meant as JSON Lines but some wrap a
record in quotes or put raw tabs inside strings; :func:`read_records` reads them all
and reports what it cannot read instead of stopping.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

#: Folder name the UN uses for these files.
DATA_EXTRACT = "data_extract"
_DECODER = json.JSONDecoder(strict=False)  # strict=False: raw tabs occur inside strings
_BETWEEN_RECORDS = re.compile(r'[\s"]*')  # whitespace, and the quotes some files wrap records in
_RECORD_LINE = re.compile(r'\n"?(?=\{)')


@dataclass(frozen=True)
class Unreadable:
    """A part of a ``data_extract`` file that is not a JSON record (a ``refused`` row)."""

    file: str
    reason: str


def metadata_files(paths: Iterable[str | Path]) -> list[Path]:
    """The ``.json``/``.jsonl`` files of every ``data_extract`` folder under ``paths`` (sorted).

    A file given directly is used as it is; a folder named ``data_extract`` gives all its
    files; any other folder is searched recursively for ``data_extract`` folders.
    """
    found: list[Path] = []
    for item in map(Path, paths):
        if item.is_file():
            found.append(item)
        elif item.is_dir():
            folders = [item] if item.name == DATA_EXTRACT else sorted(item.rglob(DATA_EXTRACT))
            for folder in folders:
                found.extend(sorted(p for p in folder.glob("*") if p.suffix.lower() in (".json", ".jsonl")))
    return found


def read_records(files: Iterable[Path]) -> tuple[list[dict], list[Unreadable]]:
    """Every record of ``files`` in file order, and what could not be read.

    A record is a JSON object; between records only whitespace and stray quotes are
    expected. Anything else is reported (file and position) and skipped to the next
    ``{``.
    """
    records: list[dict] = []
    unreadable: list[Unreadable] = []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as err:
            unreadable.append(Unreadable(str(file), f"data_extract file cannot be read: {err}"))
            continue
        for item in _objects(text, str(file)):
            (records if isinstance(item, dict) else unreadable).append(item)
    return records, unreadable


def _objects(text: str, name: str) -> Iterator[dict | Unreadable]:
    pos = 0
    while True:
        pos = _BETWEEN_RECORDS.match(text, pos).end()
        if pos >= len(text):
            return
        if text[pos] != "{":
            line = text.count("\n", 0, pos) + 1
            yield Unreadable(
                name, f"data_extract line {line}: expected a JSON record, found {text[pos : pos + 30]!r}"
            )
            pos = _next_record(text, pos)
            continue
        try:
            record, pos = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as err:
            yield Unreadable(name, f"data_extract line {err.lineno}: not valid JSON ({err.msg})")
            pos = _next_record(text, pos + 1)
            continue
        yield record


def _next_record(text: str, pos: int) -> int:
    """The start of the next line that opens a record (``{`` or ``"{``)."""
    found = _RECORD_LINE.search(text, pos)
    return found.end() if found else len(text)


def symbol_key(symbol: str) -> str:
    """The key joining a ``data_extract`` symbol to a ``doc_id`` (spaces and case ignored).

    Example:
        >>> symbol_key("S/RES/2672 (2023)") == symbol_key("s/res/2672(2023)")
        True
    """
    return re.sub(r"\s+", "", str(symbol)).upper()
