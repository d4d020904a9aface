"""Build ``data/corpus-sample/`` from an unpacked UN corpus, by a written rule (no hand-picking).

    python scripts/make_corpus_sample.py /work/corpus [--out data/corpus-sample]

The rule (also in ``data/corpus-sample/README.md``):

* **States**: the Democratic People's Republic of Korea, the Islamic Republic of Iran and
  Myanmar, which the General Assembly addressed by name in a country resolution in every
  session from 74 to 80. (The Syrian Arab Republic is the fourth such State; it is left
  out for size: its resolutions are the longest of the series, 120-140 KB each.)
* **GA** sessions 74-80, **HRC** sessions 54-60: every resolution whose title names one of
  the States. **SC**: every resolution adopted in 2019 or later (the years of GA sessions
  74-80) whose title or agenda item names one of the States.
* **ECOSOC**: every resolution of the years with a ``data_extract`` (2024, 2025) under the
  agenda item "Social and human rights questions: social development".

Files keep their place in the UN's folder layout; GA session 74 stays a zip file holding the
selected members only. Each ``data_extract`` file keeps exactly the lines of the selected
resolutions, byte for byte (the UN's quirks included: stray quotes, a repeated record).
A record whose XML is not in the corpus (the resolutions kept aside as unseen) is left out.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

STATES = re.compile(r"Democratic People.s Republic of Korea|Islamic Republic of Iran|\bIran\b|Myanmar")
GA_SESSIONS = range(74, 81)
HRC_SESSIONS = range(54, 61)
SC_FIRST_YEAR = 2019
ECOSOC_AGENDA = "Social and human rights questions: social development"


def record_of(line: str) -> dict | None:
    """One data_extract line as a dict; the UN wraps some lines in stray double quotes."""
    text = line.strip().strip('"')
    return json.loads(text) if text else None


def selected(body: str, record: dict) -> bool:
    """The sampling rule above, for one data_extract record."""
    title = " ".join(str(record.get("title") or record.get("resolution_title") or "").split())  # UN uses NBSP
    if body == "GAresolutions":
        return _number(record, r"A/RES/(\d+)/") in GA_SESSIONS and bool(STATES.search(title))
    if body == "HRCresolutions":
        return _number(record, r"A/HRC/RES/(\d+)/") in HRC_SESSIONS and bool(STATES.search(title))
    if body == "SCresolutions":
        named = STATES.search(" ".join(f"{title} {record.get('agenda_item_name', '')}".split()))
        return bool(named) and _number(record, r"\((\d{4})\)") >= SC_FIRST_YEAR
    if body == "ECOSOCresolutions":
        return str(record.get("agenda_item_name", "")).strip() == ECOSOC_AGENDA
    return False


def _number(record: dict, pattern: str) -> int:
    found = re.search(pattern, str(record.get("symbol", "")))
    return int(found.group(1)) if found else -1


def file_key(body: str, name: str) -> str | None:
    """The symbol key a UN file name stands for (``A/RES/76/174`` → ``76/174``), else None."""
    patterns = {
        "GAresolutions": r"^(?:A_RES_)?(\d+)_(\d+)",
        "HRCresolutions": r"^A_HRC_RES_(\d+)_(\d+)",
        "SCresolutions": r"^S_RES[_-](\d+)()",
        "ECOSOCresolutions": r"^E_RES_(\d{4})_(\d+)",
    }
    found = re.match(patterns[body], name)
    return "/".join(g for g in found.groups() if g) if found else None


def symbol_key(body: str, symbol: str) -> str:
    """The same key from a data_extract symbol."""
    if body == "SCresolutions":
        return re.search(r"S/RES/(\d+)", symbol).group(1)
    return "/".join(re.findall(r"\d+", symbol.split("RES/", 1)[1])[:2])


def build(corpus: Path, out: Path) -> dict[str, int]:
    """Copy the selected files and data_extract lines; return files written per body."""
    counts = {}
    for body_dir in sorted(p for p in corpus.iterdir() if (p / "data_extract").is_dir()):
        body = body_dir.name
        shutil.rmtree(out / body, ignore_errors=True)  # only the body folders this script writes
        lines = _selected_lines(body, body_dir / "data_extract")
        keys = {symbol_key(body, record_of(line)["symbol"]) for found in lines.values() for line in found}
        kept = set(_copy_files(body, body_dir, out / body, keys.__contains__))
        for key in sorted(keys - kept):
            print(f"{body}: {key} has a data_extract record but no XML in the corpus; left out")
        for name, found in lines.items():
            rows = [line for line in found if symbol_key(body, record_of(line)["symbol"]) in kept]
            if rows:
                target = out / body / "data_extract" / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text("".join(rows), encoding="utf-8")
        for readme in body_dir.glob("README.md"):
            shutil.copyfile(readme, out / body / readme.name)
        counts[body] = len(kept)
    return counts


def _selected_lines(body: str, folder: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.json")):
        with path.open(encoding="utf-8", newline="") as handle:
            out[path.name] = [
                line for line in handle if (rec := record_of(line)) is not None and selected(body, rec)
            ]
    return out


def _copy_files(body: str, source: Path, target: Path, wanted: Callable[[str], bool]) -> list[str]:
    """Copy the wanted XML files (and members of zip files); return their symbol keys."""
    keys = []
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source)
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as archive:
                members = [m for m in archive.namelist() if wanted(file_key(body, Path(m).name) or "")]
                if members:
                    (target / rel).parent.mkdir(parents=True, exist_ok=True)
                    with zipfile.ZipFile(target / rel, "w", zipfile.ZIP_DEFLATED) as sample:
                        for member in members:
                            sample.writestr(archive.getinfo(member), archive.read(member))
                    keys += [file_key(body, Path(m).name) for m in members]
        elif path.suffix.lower() == ".xml" and wanted(file_key(body, path.name) or ""):
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target / rel)
            keys.append(file_key(body, path.name))
    return keys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="the unpacked corpus (GAresolutions/, SCresolutions/, …)")
    default_out = Path(__file__).resolve().parents[1] / "data" / "corpus-sample"
    parser.add_argument("--out", type=Path, default=default_out, help="sample folder (body folders replaced)")
    args = parser.parse_args(argv)
    for body, n in build(args.corpus, args.out).items():
        print(f"{body}: {n} resolution file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
