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


def test_an_installed_package_uses_data_under_the_working_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("RESLENS_DATA", raising=False)
    monkeypatch.setattr(reslens.paths, "_CLONE_DATA", tmp_path / "site-packages-has-no-data")
    monkeypatch.chdir(tmp_path)
    assert reslens.paths.data_dir() == tmp_path / "data"


def test_importing_paths_creates_nothing(reload_paths, tmp_path):
    reload_paths(RESLENS_DATA=str(tmp_path / "new"))
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("copy", sorted((ROOT / "data" / "gold").glob("*.json")), ids=lambda p: p.name)
def test_the_gold_shipped_under_data_is_identical_to_the_tests_gold(copy):
    assert copy.read_bytes() == (ROOT / "tests" / "data" / "gold" / copy.name).read_bytes()
