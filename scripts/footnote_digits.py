"""Insert digit tokens (CO2, PM2.5, G20, 3 experts, ...) into every paragraph of texts with footnotes
and count how many the parser loses or lets move a footnote marker.

The exhaustive companion of tests/test_structure_footnote_digits.py (which samples): each token
at four places in every paragraph line of each text. Prints insertions, lost tokens and moved
footnotes per file. The default texts are the DEV texts of data/raw that have footnotes.

    PYTHONPATH=src python scripts/footnote_digits.py [FILE ...]
"""

from __future__ import annotations

import argparse
import warnings
from pathlib import Path

from reslens.errors import ResolutionError
from reslens.ingest import read_source
from reslens.model import Source
from reslens.structure import parse

ROOT = Path(__file__).resolve().parents[1]
TOKENS = ("CO2", "CO2,", "PM2.5", "G20", "3 experts", "H2O", "article 2", "SO2.", "PM10", "CH4;", "1 July",
          "2 per cent", "Goal 3", "UNAIDS2", "km2")  # fmt: skip
MIN_WORDS = 6  # a paragraph line, never the enacting formula


def probe(path: Path) -> tuple[int, int, int]:
    """(insertions, tokens lost from the text, insertions that moved a footnote) for one file."""
    source = read_source(path)
    base = parse(source)
    places = [(f.number, f.para_id) for f in base.footnotes]
    texts = {p.para_id: p.text for p in base.paragraphs}
    lines = source.text.split("\n")
    tried = lost = moved = 0
    for i, line in enumerate(lines):
        words = line.split(" ")
        if not line.startswith("\t") or len(line.split()) < MIN_WORDS:
            continue
        for at in range(1, len(words), max(1, len(words) // 4)):
            for token in TOKENS:
                text = "\n".join([*lines[:i], " ".join([*words[:at], token, *words[at:]]), *lines[i + 1 :]])
                try:
                    mutated = parse(Source(path=source.path, fmt=source.fmt, text=text))
                except ResolutionError:
                    continue
                tried += 1
                core = token.rstrip(",.;")
                lost += not _kept(core, texts, mutated.paragraphs)
                moved += [(f.number, f.para_id) for f in mutated.footnotes] != places
    return tried, lost, moved


def _kept(token: str, before: dict[str, str], paragraphs) -> bool:
    """Whether some paragraph holds ``token`` once more than it did before the insertion."""
    return any(p.text.count(token) > before.get(p.para_id, "").count(token) for p in paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    files = args.files or [
        p for p in sorted((ROOT / "data" / "raw").glob("*.txt")) if parse(read_source(p)).footnotes
    ]
    total = [0, 0, 0]
    for path in files:
        figures = probe(path)
        total = [a + b for a, b in zip(total, figures, strict=True)]
        print(f"{path.name:28} insertions {figures[0]:6}  lost {figures[1]:5}  footnote moved {figures[2]:5}")
    print(f"{'all':28} insertions {total[0]:6}  lost {total[1]:5}  footnote moved {total[2]:5}")


if __name__ == "__main__":
    main()
