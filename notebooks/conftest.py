"""nbval-only hooks: compare text outputs, not HTML renderings of DataFrames."""

import os

os.environ.setdefault("MPLBACKEND", "Agg")


def pytest_collectstart(collector):
    if collector.fspath and collector.fspath.ext == ".ipynb":
        collector.skip_compare += ("text/html", "application/javascript", "stderr")
