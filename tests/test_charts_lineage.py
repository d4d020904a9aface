"""Lineage charts draw what the trace table says."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from reslens import charts
from reslens.charts.lineage import main_change


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def _trace() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["A/RES/76/174"] * 4, "para_id": ["OP10", "OP2", "PP1", "OP1"], "date": ["2021-12-16"] * 4,
        "first_date": ["2011-12-19", pd.NA, "2019-12-18", "2011-12-19"],
        "changes": [["verb strengthened", "reworded"], ["new"], ["unchanged"],
                    ["hedge added", "modifier added"]],
    })  # fmt: skip


def test_charts_lineage_puts_each_paragraph_at_its_first_year_in_reading_order():
    ax = charts.plot_lineage(_trace())
    points = {c.get_label().split(" (")[0]: c.get_offsets() for c in ax.collections}
    assert points["new"].tolist() == [[2021.0, 2.0]]  # OP2, third in reading order, at its own year
    assert points["unchanged"].tolist() == [[2019.0, 0.0]]
    assert points["hedge added"].tolist() == [[2011.0, 1.0]]
    assert points["verb strengthened"].tolist() == [[2011.0, 3.0]]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["PP1", "OP1", "OP2", "OP10"]


def test_charts_main_change_prefers_verb_over_wording():
    assert main_change(["reworded", "verb weakened"]) == "verb weakened"
    assert main_change("modifier added;reworded") == "modifier added"


def test_charts_hardening_counts_up_and_down_per_resolution_in_time_order():
    data = pd.concat([
        _trace(),
        pd.DataFrame({"doc_id": ["A/RES/74/146"] * 2, "para_id": ["OP1", "OP2"], "date": ["2019-12-18"] * 2,
                      "first_date": [pd.NA, pd.NA], "changes": [["verb weakened"], ["hedge removed"]]}),
    ])  # fmt: skip
    ax = charts.plot_hardening(data)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["A/RES/74/146 (2019)", "A/RES/76/174 (2021)"]
    heights = {c.get_label(): [round(b.get_height()) for b in c] for c in ax.containers}
    assert heights == {"verb strengthened": [0, 1], "hedge removed": [1, 0], "verb weakened": [-1, 0],
                       "hedge added": [0, -1]}  # fmt: skip


def test_charts_lineage_refuses_several_resolutions():
    two = pd.concat([_trace(), _trace().assign(doc_id="A/RES/74/146")])
    with pytest.raises(ValueError, match="filter to one doc_id"):
        charts.plot_lineage(two)
