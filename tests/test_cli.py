"""The command line as a user meets it: tables out, one-line errors, exit code 2."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from reslens.cli import main


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reslens", *args], capture_output=True, text=True, timeout=300
    )


def test_cli_extract_writes_structure_tables(reference_path, tmp_path):
    assert main(["extract", str(reference_path), "--out", str(tmp_path), "--no-nlp"]) == 0
    written = {p.name for p in tmp_path.iterdir()}
    assert {"documents.csv", "paragraphs.csv", "footnotes.csv", "references.csv"} <= written
    docs = pd.read_csv(tmp_path / "documents.csv")
    assert list(docs["doc_id"]) == ["A/RES/66/164"]


def test_cli_extract_several_files_share_one_set_of_tables(raw_dir, tmp_path):
    files = [str(raw_dir / "A_RES_66_164.txt"), str(raw_dir / "S_RES_1325_2000.txt")]
    assert main(["extract", *files, "--out", str(tmp_path), "--no-nlp"]) == 0
    paragraphs = pd.read_csv(tmp_path / "paragraphs.csv")
    assert set(paragraphs["doc_id"]) == {"A/RES/66/164", "S/RES/1325 (2000)"}


def test_cli_extract_writes_parquet_on_request(reference_path, tmp_path):
    main(["extract", str(reference_path), "--out", str(tmp_path), "--no-nlp", "--parquet"])
    frame = pd.read_parquet(tmp_path / "paragraphs.parquet")
    assert frame["para_id"].iloc[0] == "PP1"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"Shopping list\n\nmilk, eggs, bread\n", "resolution"),
    ],
    ids=["empty", "binary-junk", "not-a-resolution"],
)
def test_cli_bad_input_gives_one_line_and_exit_code_2(tmp_path, content, expected):
    bad = tmp_path / "input.txt"
    bad.write_bytes(content)
    result = _run("extract", str(bad), "--out", str(tmp_path / "out"), "--no-nlp")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and expected in lines[0].lower()
    assert "Traceback" not in result.stderr


def test_cli_truncated_resolution_says_operative_part_is_missing(reference_path, tmp_path):
    text = reference_path.read_text(encoding="utf-8")
    cut = tmp_path / "cut.txt"
    cut.write_text(text[: text.index("1.\tCalls upon")], encoding="utf-8")
    result = _run("extract", str(cut), "--out", str(tmp_path / "out"), "--no-nlp")
    assert result.returncode == 2 and "operative" in result.stderr.lower()


def test_cli_missing_file_exits_2_naming_it(tmp_path):
    missing = tmp_path / "nowhere.txt"
    result = _run("extract", str(missing), "--out", str(tmp_path / "out"), "--no-nlp")
    assert result.returncode == 2 and str(missing) in result.stderr


def test_cli_writes_good_files_and_still_fails_for_a_bad_one(reference_path, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    code = main(["extract", str(reference_path), str(bad), "--out", str(tmp_path / "out"), "--no-nlp"])
    assert code == 2
    assert (tmp_path / "out" / "paragraphs.csv").exists()


def test_cli_without_arguments_shows_usage_and_exits_2():
    result = _run()
    assert result.returncode == 2 and "usage" in result.stderr.lower()


def test_cli_unknown_model_is_one_line_exit_2(reference_path, tmp_path):
    result = _run("extract", str(reference_path), "--out", str(tmp_path), "--model", "no_such_model_xyz")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "no_such_model_xyz" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_cli_out_that_is_a_file_is_refused(reference_path, tmp_path):
    target = tmp_path / "tables.csv"
    target.write_text("x")
    assert main(["extract", str(reference_path), "--out", str(target), "--no-nlp"]) == 2


def test_cli_folder_without_resolutions_says_so(tmp_path, capsys):
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "out"), "--no-nlp"]) == 2
    assert "no supported files" in capsys.readouterr().err


def test_cli_records_provenance_next_to_the_tables(reference_path, tmp_path):
    import hashlib
    import json

    main(["extract", str(reference_path), "--out", str(tmp_path), "--no-nlp"])
    record = json.loads((tmp_path / "provenance.json").read_text())
    assert record["inputs"][str(reference_path)] == hashlib.sha256(reference_path.read_bytes()).hexdigest()
    assert {"actors", "themes", "verb_strength"} <= set(record["lexicons"])


def test_cli_parquet_keeps_list_columns_as_lists(reference_path, tmp_path):
    main(["extract", str(reference_path), "--out", str(tmp_path), "--no-nlp", "--parquet"])
    footnotes = pd.read_parquet(tmp_path / "paragraphs.parquet").set_index("para_id")["footnotes"]
    assert list(footnotes["PP2"]) == [1, 2]


def test_cli_report_on_a_folder_draws_the_corpus_charts_not_one_set_per_text(tmp_path):
    from reslens.paths import DATA_DIR

    folder = DATA_DIR / "corpus-sample" / "SCresolutions"  # 6 resolutions, one published twice
    assert main(["report", str(folder), "--out", str(tmp_path), "--model", "blank"]) == 0
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Corpus: 6 resolutions" in page and "<td>Security Council</td>" in page
    assert "Concerns raised, by session and body" in page  # themes need no statistical model
    assert "the obligations table is empty or missing" in page  # a blank pipeline finds no verbs: said
    assert "Verb strength along the text" not in page
