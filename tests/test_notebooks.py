"""The committed notebooks keep the house shape (nbval runs them separately), and take
their inputs as papermill parameters."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
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
def test_notebooks_and_their_jupytext_twins_hold_the_same_cells(path):
    import jupytext

    as_percent = jupytext.writes(jupytext.read(path), fmt="py:percent")
    without_header = re.sub(r"\A# ---\n(?:#.*\n)*?# ---\n\n", "", as_percent)
    assert without_header == path.with_suffix(".py").read_text(encoding="utf-8"), "run jupytext --sync"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_do_not_hack_sys_path(path):
    assert not any("sys.path" in "".join(c["source"]) for c in _cells(path))


def _run_with_papermill(name: str, parameters: dict, folder: Path) -> list[dict]:
    """Run a committed notebook with ``parameters`` from ``folder``; return the executed cells."""
    import papermill

    out = folder / f"{name}.ipynb"
    papermill.execute_notebook(
        ROOT / "notebooks" / f"{name}.ipynb", out, parameters=parameters, cwd=folder, progress_bar=False
    )
    return _cells(out)


def _stdout_of(cells: list[dict], source_part: str) -> str:
    (cell,) = [c for c in cells if source_part in "".join(c["source"])]
    return "".join("".join(o.get("text", "")) for o in cell["outputs"] if o.get("name") == "stdout")


def test_papermill_runs_a_notebook_on_the_resolution_its_parameter_names(tmp_path):
    other = ROOT / "data" / "raw" / "S_RES_1325_2000.txt"
    cells = _run_with_papermill("01-load-and-explore", {"RESOLUTION": str(other)}, tmp_path)
    shown = _stdout_of(cells, "document = tables.documents.iloc[0]")
    assert "S/RES/1325 (2000)" in shown and "Security Council" in shown
    assert "66/164" not in shown  # the default resolution


def test_a_notebook_whose_input_is_missing_stops_naming_the_parameter_to_set(tmp_path):
    import papermill

    with pytest.raises(papermill.PapermillExecutionError) as raised:
        _run_with_papermill("03-operative-verbs", {"RESOLUTION": str(tmp_path / "gone.txt")}, tmp_path)
    assert raised.value.ename == "FileNotFoundError"
    message = raised.value.evalue
    assert "RESOLUTION = " in message and "Set RESOLUTION in the parameters cell" in message
