"""``reslens index`` builds a lineage index; ``report --lineage-index`` adds each resolution's lineage."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import reslens
from reslens.cli import main
from reslens.lineage import build_index, load_index


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


def test_cli_index_writes_what_build_index_makes_of_the_same_files(raw_dir, tmp_path, index_file, capsys):
    path = tmp_path / "made" / "lineage.parquet"
    earlier = [str(raw_dir / "A_RES_66_164.txt"), str(raw_dir / "A_RES_74_146.txt")]
    assert main(["index", *earlier, "--out", str(path)]) == 0
    assert f"lineage index: {path}" in capsys.readouterr().out
    made, expected = load_index(path).paragraphs, load_index(index_file).paragraphs
    assert made["previous_doc_id"].notna().any()
    pd.testing.assert_frame_equal(made, expected)


def test_cli_index_points_to_extract_for_the_files_it_set_aside(raw_dir, tmp_path, capsys):
    """The index writes no tables, so its summary names the command that lists what was set aside."""
    code = main(["index", str(raw_dir), "--out", str(tmp_path / "lineage.parquet")])
    err = capsys.readouterr().err
    assert code == 2  # the folder holds a presidential statement, which is not a resolution
    assert "S_PRST_2005_45.xml" in err and "`reslens extract` writes them in its refused table" in err
    assert len(load_index(tmp_path / "lineage.parquet").doc_ids) >= 8  # the resolutions are indexed


def test_cli_index_refuses_a_folder_as_its_output_in_one_line(raw_dir, tmp_path, capsys):
    code = main(["index", str(raw_dir / "A_RES_66_164.txt"), "--out", str(tmp_path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and str(tmp_path) in err[0] and "must name the index file" in err[0]
