"""Page furniture and mastheads read with the genre's patterns (reslens.patterns): round trips."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from reslens.ingest.furniture import is_furniture, is_masthead, masthead_block
from reslens.patterns import ResolutionSymbol

jobs = st.tuples(
    st.integers(0, 99),
    st.integers(0, 99999),
    st.sampled_from(["", "*"]),  # a reissue
    st.sampled_from(["", " (E)"]),
    st.one_of(st.just(""), st.dates(date(1990, 1, 1), date(2099, 12, 31)).map(lambda d: f" {d:%d%m%y}")),
)
pages = st.integers(1, 300).flatmap(
    lambda n: st.sampled_from([f"{n}", f"{n}/{n + 3}", f"Page {n}", f"- {n} -", f"Page {n} of {n + 3}"])
)
symbols = st.one_of(
    st.tuples(st.sampled_from(["A/RES", "A/HRC/RES", "E/RES"]), st.integers(1, 80), st.integers(1, 999)).map(
        lambda t: str(ResolutionSymbol(t[0], f"{t[1]}/{t[2]}"))
    ),
    st.integers(1, 2800).map(lambda n: str(ResolutionSymbol("S/RES", str(n), "", 2015))),
)


def _printed(job: tuple[int, int, str, str, str]) -> str:
    year, number, star, language, day = job
    return f"{year:02d}-{number:05d}{star}{language}{day}"


@given(jobs, pages, st.booleans())
def test_a_footer_of_job_number_page_and_barcode_side_by_side_is_furniture(job, page, barcode):
    digits = f"{job[0]:02d}{job[1]:05d}"
    line = f"{_printed(job)} {page}" + (f" *{digits}* Please recycle" if barcode else "")
    assert is_furniture(line) and is_furniture(f"{page} {_printed(job)}")


@given(symbols, st.booleans(), jobs)
def test_a_masthead_gives_back_its_symbol_without_the_reissue_star_and_its_job_number(symbol, star, job):
    lines = [
        "United Nations",
        symbol + ("*" if star else ""),
        "General Assembly Distr.: General",
        _printed(job),
    ]
    assert all(is_masthead(line) for line in lines)
    block = masthead_block(lines)
    assert f"<<ODS DOC SYMBOL1>>{symbol}<<ODS DOC SYMBOL1>>" in block
    assert f"{job[0]:02d}-{job[1]:05d}" in block


@given(
    st.lists(st.integers(1, 180), min_size=1, max_size=3), st.sampled_from(["provisional agenda", "agenda"])
)
def test_a_drafts_agenda_items_become_the_agenda_item_line(items, agenda):
    listed = " and ".join(map(str, items))
    line = f"Item{'s' if len(items) > 1 else ''} {listed} of the {agenda}*"
    block = masthead_block(["United Nations", "A/80/L.1", "General Assembly Distr.: Limited", line])
    assert is_masthead(line) and f"Agenda item {listed}" in block
