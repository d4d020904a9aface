"""The hand-checked lineage samples are complete: the precision/recall figures read every pair."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from reslens.lineage import LABELS

SAMPLES = sorted((Path(__file__).parent / "data" / "lineage").glob("sample_*.csv"))
PAIR_LABELS = set(LABELS) - {"new"}  # a judged pair has an ancestor by construction


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, keep_default_na=False, dtype=str)


def test_the_unseen_sample_of_the_current_rule_is_committed() -> None:
    assert "sample_unseen4.csv" in {path.name for path in SAMPLES}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.stem)
def test_every_sample_is_described_in_the_samples_readme(path: Path) -> None:
    """How a sample was drawn, who judged it and for which rule it is unseen live in the README."""
    assert f"`{path.name}`" in (path.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.stem)
def test_every_pair_has_a_judgement(path: Path) -> None:
    sample = _read(path)
    assert set(sample["same_lineage"]) <= {"yes", "no"}, path.name
    assert sample["pair_id"].is_unique


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.stem)
def test_yes_pairs_carry_change_labels_of_the_tool_and_no_pairs_none(path: Path) -> None:
    sample = _read(path)
    yes = sample["same_lineage"] == "yes"
    for column in ("changes", "changes_b"):  # changes_b: a second judge's labels, where there is one
        if column not in sample:
            continue
        assert (sample.loc[~yes, column] == "").all(), column
        for changes in sample.loc[yes, column]:
            assert changes and set(changes.split(";")) <= PAIR_LABELS, changes


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.stem)
def test_sample_covers_ga_sc_and_hrc_with_at_least_100_pairs(path: Path) -> None:
    sample = _read(path)
    assert len(sample) >= 100
    assert set(sample["body"]) == {"GA", "SC", "HRC"}
    both = sample.groupby("body")["same_lineage"].nunique()
    assert (both == 2).all(), "each body needs yes and no pairs for recall and precision"
