"""The committed notebooks keep the house shape (nbval runs them separately)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
EXPECTED = [
    "01-load-and-explore", "02-actors-and-obligations", "03-operative-verbs",
    "04-concern-themes", "05-compare-resolutions", "06-teaching-workshop", "07-corpus-trends",
    "08-agreed-language",
]  # fmt: skip


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def test_notebooks_are_the_numbered_ones_of_the_course():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_open_with_title_imports_and_a_parameter_cell(path):
    cells = _cells(path)
    assert cells[0]["cell_type"] == "markdown" and "".join(cells[0]["source"]).startswith("# ")
    assert "import reslens" in "".join(cells[1]["source"]) or "from reslens" in "".join(cells[1]["source"])
    assert "parameters" in cells[2]["metadata"].get("tags", [])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_have_outputs_but_no_volatile_metadata(path):
    code = [c for c in _cells(path) if c["cell_type"] == "code"]
    assert any(c["outputs"] for c in code), "commit notebooks with their outputs"
    assert not any("execution" in c["metadata"] for c in code), "run scripts/clean_notebooks.py"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_have_a_jupytext_twin(path):
    assert path.with_suffix(".py").is_file()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_do_not_hack_sys_path(path):
    assert not any("sys.path" in "".join(c["source"]) for c in _cells(path))
