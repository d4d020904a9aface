"""Whole corpora as the UN publishes them: subfolders, zip archives, other languages,
duplicates, and the data_extract votes, sponsors and subjects (no spaCy needed)."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import reslens
from reslens.cli import main
from reslens.corpus import votes_for_addressees
from reslens.corpus.data_extract import read_records
from reslens.corpus.files import other_language
from reslens.corpus.records import adoption_type, sponsors_table
from reslens.tables.frames import make_frame
from reslens.tables.nlp import OBLIGATION_COLUMNS

SAMPLE = Path(__file__).resolve().parent / "data" / "corpus"
ES_11_4 = "A/RES/ES-11/4"
GA_FILE = SAMPLE / "GAresolutions" / "Emergency sessions" / "ES-11" / "English" / "A_RES_ES-11_4_2223239E.xml"


@pytest.fixture(scope="module")
def sample() -> reslens.Tables:
    return reslens.load_corpus(SAMPLE)


def test_corpus_reads_every_subfolder_in_path_order(sample):
    assert list(sample.documents["doc_id"]) == [
        ES_11_4, "A/HRC/RES/55/1", "S/RES/2673 (2023)", "S/RES/2675 (2023)",
    ]  # fmt: skip
    assert sample.refused.empty


def test_corpus_reads_zip_members_in_place_and_skips_the_french_member(tmp_path):
    archive = tmp_path / "GAresolutions" / "ES-11" / "GA resolutions_ES-11.zip"
    archive.parent.mkdir(parents=True)
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(GA_FILE, "English/A_RES_ES-11_4_2223239E.xml")
        zipped.write(GA_FILE, "French/A_RES_ES-11_4_2223239F.xml")
    shutil.copytree(SAMPLE / "GAresolutions" / "data_extract", tmp_path / "GAresolutions" / "data_extract")
    with pytest.warns(UserWarning, match="1 in another language"):
        tables = reslens.load_corpus(tmp_path)
    assert list(tables.documents["doc_id"]) == [ES_11_4]
    assert tables.documents.loc[0, "source"] == f"{archive}/English/A_RES_ES-11_4_2223239E.xml"
    assert list(tables.refused["file"]) == [f"{archive}/French/A_RES_ES-11_4_2223239F.xml"]
    assert (tables.votes["doc_id"] == ES_11_4).sum() == 143 + 5 + 35


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("GAresolutions/74session/French/74_1.xml", "French"),
        ("data/raw/A_RES_78_216_FR.xml", "French"),
        ("SC/2023/S_RES_2672_F.xml", "French"),
        ("ES-11/A_RES_ES-11_2-2204550S.xml", "Spanish"),
        ("HRC/A_HRC_RES_54_10R.xml", "Russian"),
        ("ES-11/A_RES_ES-11_2-2204550A.xml", "Arabic"),
        ("ES-11/English/A_RES_ES-11_2-2204550E.xml", ""),
        ("GA/75session/English/75_101A-B_E.xml", ""),
        ("SC/Pre-2020/2000/S_RES_1285_N0023963.xml", ""),
        ("GA/77/A_RES_77_256_A.xml", ""),  # part A, not Arabic
    ],
)
def test_corpus_language_of_a_file_comes_from_its_folder_or_name(name, language):
    assert other_language(name) == language


def test_corpus_bundled_folder_lists_the_french_text_and_the_statement_as_refused(raw_dir):
    with pytest.warns(UserWarning, match="set aside") as caught:
        tables = reslens.load_corpus(raw_dir)
    assert len(caught) == 1  # one summary line, not one warning per file
    reasons = dict(
        zip(tables.refused["file"].map(lambda f: Path(f).name), tables.refused["reason"], strict=True)
    )
    assert reasons["A_RES_78_216_FR.xml"].startswith("skipped: French")
    assert "expected a UN resolution" in reasons["S_PRST_2005_45.xml"]
    assert "already loaded" in reasons["A_RES_74_146.xml"]
    assert not tables.documents["doc_id"].duplicated().any()


def test_corpus_votes_of_es_11_4_as_the_un_recorded_them(sample):
    votes = sample.votes[sample.votes["doc_id"] == ES_11_4]
    assert votes["vote"].value_counts().to_dict() == {"yes": 143, "abstain": 35, "no": 5}
    russia = votes[votes["member_state"] == "russian_federation"]
    assert russia[["member_state_name", "vote"]].values.tolist() == [["RUSSIAN FEDERATION", "no"]]
    document = sample.documents.set_index("doc_id").loc[ES_11_4]
    assert (document["adoption_type"], document["yes"], document["no"], document["abstain"]) == (
        "recorded vote", 143, 5, 35,
    )  # fmt: skip


def test_corpus_every_state_in_the_sample_vote_lists_maps_to_a_gazetteer_id(sample):
    assert sample.votes["member_state"].notna().all()
    assert sample.votes["member_state"].isin(["turkiye", "cote_divoire", "libya"]).any()


def test_corpus_security_council_carries_the_chapter_vii_flag_and_others_do_not(sample):
    flags = sample.documents.set_index("doc_id")["chapter_vii"]
    assert flags["S/RES/2675 (2023)"] == True and flags["S/RES/2673 (2023)"] == False  # noqa: E712
    assert pd.isna(flags[ES_11_4]) and pd.isna(flags["A/HRC/RES/55/1"])


def test_corpus_security_council_agenda_item_comes_from_its_record_and_printed_items_stay(sample):
    """SC texts print no agenda item; the Council's record names it (the series lineage groups by)."""
    agenda = sample.documents.set_index("doc_id")["agenda_item"]
    council = [d for d in agenda.index if d.startswith("S/RES/")]
    assert council and all(agenda[d] for d in council)
    assert "The situation in the Middle East" in set(agenda[council])
    printed = reslens.load(GA_FILE).documents["agenda_item"].iloc[0]
    assert agenda[ES_11_4] == printed  # a number printed on the text is kept


def test_corpus_reads_data_extract_lines_wrapped_in_quotes(sample):
    hrc = sample.sponsors[sample.sponsors["doc_id"] == "A/HRC/RES/55/1"]
    assert len(hrc) > 0 and hrc["sponsor"].isin(["albania", "austria"]).any()


def test_corpus_subjects_keep_sdg_unbis_dhlauth_and_agenda_not_the_library_title(sample):
    schemes = set(sample.subjects["scheme"])
    assert {"SDG", "UNBIS", "DHLAUTH", "agenda"} <= schemes and "DHL" not in schemes
    hrc = sample.subjects[(sample.subjects["doc_id"] == "A/HRC/RES/55/1")]
    assert ("agenda", "2 (A/HRC/55/1)") in set(zip(hrc["scheme"], hrc["term"], strict=True))


def test_corpus_data_extract_reports_what_is_not_a_record(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"symbol": "A/RES/1/1"}\nnot json at all\n"{"symbol": "A/RES/1/2"}"\n', encoding="utf-8"
    )
    records, unreadable = read_records([broken])
    assert [r["symbol"] for r in records] == ["A/RES/1/1", "A/RES/1/2"]
    assert len(unreadable) == 1 and "line 2" in unreadable[0].reason


def test_corpus_sponsors_name_the_state_behind_a_group_and_keep_submitted_by():
    record = {
        "sponsors": ["UGANDA (ON BEHALF OF THE STATES MEMBERS OF THE GROUP OF 77 AND CHINA)",
                     "submitted by the Chair of the Committee"],
        "additional_sponsors": ["THE PHILIPPINES", "Nowhere Land"],
    }  # fmt: skip
    table = sponsors_table({"A/RES/1/1": record})
    assert table[["sponsor", "kind"]].values.tolist() == [
        ["uganda", "sponsor"],
        ["the Chair of the Committee", "submitted by"],
        ["philippines", "additional"],
        ["Nowhere Land", "additional"],
    ]


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("By a recorded vote", "recorded vote"),
        ("Without a vote", "without a vote"),
        ("Adopted without vote, 4215th meeting", "without a vote"),
        ("Adopted 13-0-2, 9082nd meeting", "recorded vote"),
        ("Adopted unanimously; voting by mail", "recorded vote"),
        ("Adopted by consensus", "consensus"),
        ("", None),
    ],
)
def test_corpus_adoption_type_from_the_uns_wording(written, kind):
    assert adoption_type({"adoption_type": written}) == kind


def test_corpus_votes_for_addressees_joins_a_named_states_vote_and_sponsorship(sample):
    row = dict.fromkeys(OBLIGATION_COLUMNS, None)
    clauses = [
        {**row, "doc_id": ES_11_4, "para_id": "OP3", "verb": "demand", "strength": 5,
         "addressee": "the Russian Federation", "addressee_kind": "state",
         "addressee_id": "russian_federation"},
        {**row, "doc_id": ES_11_4, "para_id": "OP4", "verb": "call", "strength": 3, "addressee": "all States",
         "addressee_kind": "state", "addressee_id": "states"},
    ]  # fmt: skip
    obligations = make_frame(clauses, OBLIGATION_COLUMNS, integers=["strength"], booleans=["binding"])
    joined = votes_for_addressees(sample.with_tables(obligations=obligations))
    assert joined[["para_id", "member_state", "vote", "sponsored"]].values.tolist() == [
        ["OP3", "russian_federation", "no", False]
    ]


def test_cli_extract_folder_writes_one_vote_row_per_state(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(SAMPLE), "--no-nlp", "--out", str(out), "--workers", "2"]) == 0
    votes = pd.read_csv(out / "votes.csv")
    es_11_4 = votes[votes["doc_id"] == ES_11_4]
    assert es_11_4["vote"].value_counts().to_dict() == {"yes": 143, "abstain": 35, "no": 5}
    assert es_11_4.loc[es_11_4["member_state"] == "russian_federation", "vote"].tolist() == ["no"]
    assert (out / "refused.csv").exists() and (out / "subjects.csv").exists()


_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)


@given(
    records=st.lists(st.fixed_dictionaries({"symbol": _TEXT, "title": _TEXT}), max_size=6),
    wrapped=st.lists(st.booleans(), min_size=6, max_size=6),
    blank_lines=st.lists(st.integers(0, 2), min_size=6, max_size=6),
)
def test_corpus_data_extract_reads_every_record_however_the_lines_are_wrapped(records, wrapped, blank_lines):
    import json

    lines = []
    for record, quoted, blanks in zip(records, wrapped, blank_lines, strict=False):
        line = json.dumps(record, ensure_ascii=False).replace("\\t", "\t")  # raw tabs, as in the UN's files
        lines.append(f'"{line}"' if quoted else line)
        lines.extend([""] * blanks)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "session.json"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        found, unreadable = read_records([path])
    assert found == records and unreadable == []


def test_corpus_summary_counts_resolutions_without_a_data_extract_record(tmp_path):
    shutil.copytree(SAMPLE / "SCresolutions", tmp_path / "SCresolutions")
    extract = tmp_path / "SCresolutions" / "data_extract" / "2023.json"
    extract.write_text(extract.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="1 resolution\\(s\\) without a data_extract record"):
        tables = reslens.load_corpus(tmp_path)
    assert tables.documents["adoption_type"].notna().tolist() == [True, False]


def test_corpus_zip_member_larger_than_any_resolution_is_set_aside(tmp_path, monkeypatch):
    from reslens.corpus import files

    monkeypatch.setattr(files, "MAX_MEMBER_BYTES", 1000)
    archive = tmp_path / "GA.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        zipped.write(GA_FILE, "English/A_RES_ES-11_4_2223239E.xml")
    with pytest.warns(UserWarning, match="1 not readable|set aside"):
        tables = reslens.load_corpus(tmp_path)
    assert tables.documents.empty
    assert "more than any resolution" in tables.refused.loc[0, "reason"]
