"""The public loading calls: one file, a corpus, duplicates and bad files."""

from __future__ import annotations

import pytest

import reslens
from reslens.errors import ResolutionError


def test_api_load_counts_numbered_paragraphs_not_lettered_points(raw_dir):
    tables = reslens.load(raw_dir / "S_RES_1325_2000.txt")
    paragraphs = tables.paragraphs
    points = paragraphs["para_id"].str.contains(r"\.[a-z]+$")
    assert points.any()
    numbered_operative = ((paragraphs["section"] == "operative") & ~points).sum()
    assert tables.documents.loc[0, "n_operative"] == numbered_operative


def test_api_load_corpus_reads_a_folder_once_per_resolution(raw_dir):
    with pytest.warns(UserWarning, match="already loaded"):
        tables = reslens.load_corpus(
            [raw_dir / "A_RES_74_146.txt", raw_dir / "A_RES_74_146.xml", raw_dir / "S_RES_1325_2000.txt"]
        )
    assert list(tables.documents["doc_id"]) == ["A/RES/74/146", "S/RES/1325 (2000)"]
    assert not tables.paragraphs.duplicated(["doc_id", "para_id"]).any()


def test_api_load_corpus_raises_on_a_bad_file_when_asked(raw_dir, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ResolutionError, match="empty"):
        reslens.load_corpus([raw_dir / "A_RES_66_164.txt", empty], errors="raise")


def test_api_load_corpus_lists_a_bad_file_in_refused_with_one_summary_warning(raw_dir, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.warns(UserWarning, match="1 set aside") as caught:
        tables = reslens.load_corpus([raw_dir / "A_RES_66_164.txt", empty])
    assert len(caught) == 1
    assert list(tables.documents["doc_id"]) == ["A/RES/66/164"]
    assert list(tables.refused["file"]) == [str(empty)]
    assert "empty" in tables.refused.loc[0, "reason"]


def test_api_load_corpus_can_skip_bad_files_with_a_warning(raw_dir, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.warns(UserWarning, match="empty"):
        tables = reslens.load_corpus([raw_dir / "A_RES_66_164.txt", empty], errors="warn")
    assert list(tables.documents["doc_id"]) == ["A/RES/66/164"]


def test_api_load_corpus_rejects_an_unknown_errors_mode(raw_dir):
    with pytest.raises(ValueError, match="errors"):
        reslens.load_corpus(raw_dir / "A_RES_66_164.txt", errors="ignore")


def test_api_analyze_phrase_functions_follow_the_pipelines_lexicons(reference_path, tmp_path):
    from reslens.api import analyze, load
    from reslens.nlp import build_pipeline

    (tmp_path / "phrase_functions.yml").write_text(
        "meta: {description: test, sources: [test]}\nentries:\n  - {phrase: recalling, function: memory}\n",
        encoding="utf-8",
    )
    tables = analyze(load(reference_path), build_pipeline("blank", lexicon_dir=tmp_path))
    recalling = tables.paragraphs[tables.paragraphs["phrase"] == "recalling"]
    assert len(recalling) > 0
    assert set(recalling["phrase_function"]) == {"memory"}
