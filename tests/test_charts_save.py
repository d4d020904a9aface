"""Saved figures are byte-identical between runs (no date, no random SVG ids)."""

from __future__ import annotations

import subprocess
import sys

import pytest

SAVE_TWICE = """
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from reslens.charts import save_figure
fig, ax = plt.subplots()
ax.bar(["urge", "request"], [3, 5])
ax.set_title("Verbs")
save_figure(fig, "verbs", folder=sys.argv[1], formats=("svg", "png", "pdf"))
"""


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("figures")
    for run in ("first", "second"):  # separate processes: random salts and clocks differ
        subprocess.run([sys.executable, "-c", SAVE_TWICE, str(folder / run)], check=True, timeout=120)
    return folder / "first", folder / "second"


@pytest.mark.parametrize("fmt", ["svg", "png", "pdf"])
def test_the_same_figure_saved_in_two_processes_is_byte_identical(two_runs, fmt):
    first, second = (folder / f"verbs.{fmt}" for folder in two_runs)
    assert first.read_bytes() == second.read_bytes()
