"""Strip volatile metadata from the committed notebooks, keeping outputs and counts.

    python scripts/clean_notebooks.py [NOTEBOOK ...]     (default: notebooks/*.ipynb)

Outputs and execution counts stay (nbval compares outputs and reads a cell without a
count as never run); per-cell execution timestamps and the exact Python version go,
so re-running a notebook changes only what it shows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
VOLATILE_CELL_KEYS = ("execution", "collapsed", "scrolled")


def clean(notebook: dict) -> dict:
    """Return the notebook without timestamps and interpreter version."""
    for cell in notebook.get("cells", []):
        for key in VOLATILE_CELL_KEYS:
            cell.get("metadata", {}).pop(key, None)
    notebook.get("metadata", {}).get("language_info", {}).pop("version", None)
    return notebook


def main(paths: list[str]) -> int:
    for path in map(Path, paths or sorted(NOTEBOOKS.glob("*.ipynb"))):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(clean(notebook), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
