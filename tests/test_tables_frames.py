"""Every table keeps its documented dtypes, for one resolution or a corpus, empty or not."""

from __future__ import annotations

import pytest

import reslens
from reslens.tables.frames import make_frame


def test_tables_dtypes_do_not_depend_on_which_resolutions_are_loaded(raw_dir):
    one = reslens.load(raw_dir / "A_RES_66_164.txt")  # GA: numeric session, no leftovers
    many = dict(reslens.load_corpus([raw_dir / "S_RES_1325_2000.txt", raw_dir / "A_RES_66_164.txt"]).items())
    for name, single in one.items():  # the corpus adds tables and vote columns, same dtypes for the rest
        assert dict(single.dtypes) == dict(many[name][single.columns].dtypes), name


def test_tables_session_is_text_so_emergency_sessions_fit(raw_dir):
    documents = reslens.load(raw_dir / "A_RES_66_164.txt").documents
    assert documents["session"].dtype == "string"
    assert documents.loc[0, "session"] == "66"


@pytest.mark.parametrize(("column", "dtype"), [("n", "Int64"), ("text", "string"), ("footnotes", "object")])
def test_tables_make_frame_gives_contract_dtypes_even_when_empty(column, dtype):
    frame = make_frame([], ["n", "text", "footnotes"], integers=["n"])
    assert str(frame[column].dtype) == dtype


def test_tables_make_frame_keeps_lists_as_lists():
    frame = make_frame([{"actions": ("promote", "give"), "n": 1}], ["actions", "n"], integers=["n"])
    assert frame.loc[0, "actions"] == ("promote", "give")
