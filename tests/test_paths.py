"""Data paths work from a clone and from an installed package, and shipped gold copies do not drift."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

import reslens.paths

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def reload_paths(monkeypatch):
    def reload(**env):
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        return importlib.reload(reslens.paths)

    yield reload
    monkeypatch.delenv("RESLENS_DATA", raising=False)
    importlib.reload(reslens.paths)


def test_a_clone_reads_the_repository_data_folder(reload_paths, monkeypatch):
    monkeypatch.delenv("RESLENS_DATA", raising=False)
    assert reload_paths().RAW_DIR == ROOT / "data" / "raw"


def test_the_environment_variable_names_the_data_folder(reload_paths, tmp_path):
    assert reload_paths(RESLENS_DATA=str(tmp_path)).FIGURES_DIR == tmp_path / "processed" / "figures"


@pytest.fixture
def installed(monkeypatch, tmp_path):
    """reslens as `pip install .` puts it: no data/ two folders above the package."""
    monkeypatch.delenv("RESLENS_DATA", raising=False)
    monkeypatch.setattr(reslens.paths, "_CLONE_DATA", tmp_path / "site-packages-has-no-data")


def test_an_installed_package_uses_data_under_the_working_folder(installed, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert reslens.paths.data_dir() == tmp_path / "data"


def test_an_installed_package_run_from_a_clones_notebooks_finds_the_clones_data(
    installed, monkeypatch, tmp_path
):
    (tmp_path / "clone" / "data" / "raw").mkdir(parents=True)
    (tmp_path / "clone" / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "clone" / "notebooks")
    assert reslens.paths.data_dir() == tmp_path / "clone" / "data"


def test_a_data_folder_without_raw_is_not_taken_for_the_examples(installed, monkeypatch, tmp_path):
    (tmp_path / "data").mkdir()  # e.g. a user's own data/ folder above the working folder
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert reslens.paths.data_dir() == tmp_path / "work" / "data"


def test_check_inputs_passes_when_every_input_exists(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    reslens.paths.check_inputs(RESOLUTION=tmp_path / "a.txt", SERIES=[str(tmp_path / "a.txt"), tmp_path])


def test_check_inputs_names_each_missing_parameter_and_how_to_set_it(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(FileNotFoundError) as raised:
        reslens.paths.check_inputs(
            RESOLUTION=tmp_path / "gone.txt", SERIES=[tmp_path / "a.txt", tmp_path / "old.txt"], GOLD=tmp_path
        )
    message = str(raised.value)
    assert f"RESOLUTION = {tmp_path / 'gone.txt'}: no such file" in message
    assert f"SERIES = {tmp_path / 'old.txt'}: no such file" in message
    assert "a.txt:" not in message and "GOLD" not in message
    assert "Set RESOLUTION, SERIES in the parameters cell" in message and "RESLENS_DATA" in message
    assert "\n" not in message


def test_importing_paths_creates_nothing(reload_paths, tmp_path):
    reload_paths(RESLENS_DATA=str(tmp_path / "new"))
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("copy", sorted((ROOT / "data" / "gold").glob("*.json")), ids=lambda p: p.name)
def test_the_gold_shipped_under_data_is_identical_to_the_tests_gold(copy):
    assert copy.read_bytes() == (ROOT / "tests" / "data" / "gold" / copy.name).read_bytes()
