"""``reslens report --lineage-index``: the lineage of each resolution in the report, one-line errors."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import reslens
from reslens.cli import main
from reslens.lineage import build_index


@pytest.fixture(scope="module")
def index_file(tmp_path_factory, raw_dir):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = reslens.load_corpus([raw_dir / "A_RES_66_164.txt", raw_dir / "A_RES_74_146.txt"])
    return build_index(tables).save(tmp_path_factory.mktemp("lineage") / "lineage.parquet")


@pytest.mark.model
def test_cli_report_with_lineage_index_adds_the_lineage_section(raw_dir, tmp_path, index_file):
    out = tmp_path / "out"
    later = str(raw_dir / "A_RES_76_174.txt")
    args = ["report", later, "--out", str(out), "--lineage-index", str(index_file)]
    code = main(args)
    assert code == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Where each paragraph&#x27;s wording comes from" in page and "Table: lineage" in page
    lineage = pd.read_csv(out / "lineage.csv")
    assert (lineage["previous_doc_id"] == "A/RES/74/146").sum() >= 30


@pytest.mark.parametrize("make", ["missing", "not_an_index"])
def test_cli_report_refuses_a_bad_lineage_index_in_one_line(raw_dir, tmp_path, capsys, make):
    path = tmp_path / "lineage.parquet"
    if make == "not_an_index":
        pd.DataFrame({"a": [1]}).to_parquet(path)
    code = main(["report", str(raw_dir / "A_RES_76_174.txt"), "--out", str(tmp_path / "out"),
                 "--lineage-index", str(path)])  # fmt: skip
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and str(path) in err[0] and "lineage index" in err[0]
