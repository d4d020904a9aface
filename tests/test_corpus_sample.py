"""The bundled corpus sample stays small and complete: every resolution with its data_extract record."""

from __future__ import annotations

import pytest

import reslens
from reslens.paths import DATA_DIR

SAMPLE = DATA_DIR / "corpus-sample"


def test_corpus_sample_stays_under_three_megabytes():
    size = sum(p.stat().st_size for p in SAMPLE.rglob("*") if p.is_file())
    assert size <= 3 * 1024 * 1024


@pytest.fixture(scope="module")
def sample() -> reslens.Tables:
    with pytest.warns(UserWarning, match="already loaded"):  # the UN publishes S/RES/2464 (2019) twice
        return reslens.load_corpus(SAMPLE)


def test_corpus_sample_reads_every_body_with_the_zip_of_session_74(sample):
    bodies = sample.documents.groupby("body").size().to_dict()
    assert bodies == {"General Assembly": 22, "Human Rights Council": 8, "Security Council": 6,
                      "Economic and Social Council": 7}  # fmt: skip
    assert {"A/RES/74/166", "A/RES/74/167", "A/RES/74/246"} <= set(sample.documents["doc_id"])
    assert sample.refused["reason"].str.contains("already loaded").all()


def test_corpus_sample_every_resolution_has_its_data_extract_record(sample):
    assert sample.documents["adoption_type"].notna().all()
    recorded = set(sample.documents.loc[sample.documents["adoption_type"] == "recorded vote", "doc_id"])
    assert recorded == set(sample.votes["doc_id"])
    assert set(sample.sponsors["doc_id"]) == set(sample.documents["doc_id"])
