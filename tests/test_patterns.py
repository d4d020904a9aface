"""The genre's patterns (reslens.patterns): examples, round trips, and linear time on hostile runs."""

from __future__ import annotations

import re
import signal
import time
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reslens import patterns as p

# --- strategies: the parts the UN composes its forms from ----------------------------------
sessions = st.one_of(
    st.integers(1, 80).map(str),
    st.integers(1, 11).map(lambda n: f"ES-{n}"),
    st.integers(1, 32).map(lambda n: f"S-{n}"),
    st.integers(1946, 2030).map(str),  # ECOSOC numbers resolutions by year
)
numbers = st.integers(1, 9999).map(str)
parts = st.sampled_from(["", "A", "B", "C", "Z", "A-B", "A-C"])
prefixes = st.sampled_from(["A/RES", "A/HRC/RES", "E/RES", "E/CN.4/RES"])
days = st.dates(min_value=date(1946, 1, 1), max_value=date(2099, 12, 31))


@st.composite
def resolution_symbols(draw) -> p.ResolutionSymbol:
    if draw(st.booleans()):  # Security Council: a running number and the year
        return p.ResolutionSymbol(
            "S/RES", draw(st.integers(1, 99999).map(str)), "", draw(st.integers(1946, 2099))
        )
    number = f"{draw(sessions)}/{draw(st.integers(1, 9999))}"
    return p.ResolutionSymbol(draw(prefixes), number, draw(parts))


# --- dates --------------------------------------------------------------------------------
@given(days)
def test_a_date_printed_the_un_way_reads_back_to_the_same_day(day):
    printed = p.un_date(day)
    assert p.DATE_LINE.match(f"  {printed}  ")["date"] == printed
    assert p.iso_date(printed) == day.isoformat()


@pytest.mark.parametrize("text", ["2011-12-19", "December 19, 2011", "31 February 2011", "19 Dec 2011"])
def test_other_date_forms_give_no_iso_date(text):
    assert p.iso_date(text) == ""


# --- symbols --------------------------------------------------------------------------------
@given(resolution_symbols())
@example(p.ResolutionSymbol("A/RES", "ES-11/4"))
@example(p.ResolutionSymbol("S/RES", "2118", "", 2013))
@example(p.ResolutionSymbol("A/HRC/RES", "58/23"))
@example(p.ResolutionSymbol("E/RES", "2023/21"))
@example(p.ResolutionSymbol("A/RES", "77/256", "A-B"))
def test_a_resolution_symbol_round_trips_and_is_found_in_running_text(symbol):
    printed = str(symbol)
    assert p.parse_resolution_symbol(printed) == symbol
    assert p.SYMBOL_LINE.match(printed)
    found = p.SYMBOL_IN_TEXT.search(f"Recalling its resolution {printed}, and")
    year = f" {found['year']}" if found["year"] else ""
    assert found["symbol"] + year == printed.removesuffix(f" {symbol.part}" if symbol.part else "")


@given(
    st.sampled_from(["A", "A/C.3", "A/HRC", "S", "E", "A/ES-10"]),
    sessions,
    numbers,
    st.sampled_from(["", "/Add.1", "/Corr.2", "/Rev.1", "/Add.1/Rev.2"]),
)
def test_a_document_symbol_ends_before_the_sentence_full_stop(series, session, number, addendum):
    symbol = f"{series}/{session}/L.{number}{addendum}"
    found = p.SYMBOL_IN_TEXT.search(f"(see {symbol}.)")
    assert found["symbol"] == symbol


def test_addenda_after_a_symbol_list_their_numbers():
    text = "A/65/53 and Corr.1 and 2, and"
    m = p.SYMBOL_IN_TEXT.search(text)
    add = p.ADDENDA.match(text, m.end())
    assert (add["kind"], re.findall(r"\d+", add["numbers"])) == ("Corr", ["1", "2"])


# --- resolution numbers and head lines -----------------------------------------------------
@given(sessions, st.integers(1, 9999), parts.filter(lambda s: len(s) < 2), st.booleans())
@example("ES-10", 19, "", True)
@example("S-26", 2, "", True)
def test_a_title_line_gives_back_its_number_part_and_title(session, number, part, stop):
    printed = f"{session}/{number}{' ' + part if part else ''}{'.' if stop else ''} Title of the resolution"
    m = p.TITLE_LINE.match(printed)
    assert (m["number"], m["part"] or "", m["title"]) == (
        f"{session}/{number}",
        part,
        "Title of the resolution",
    )


@given(
    st.sampled_from(["General Assembly", "Human Rights Council", "Economic and Social Council"]),
    st.one_of(st.none(), days),
)
def test_the_adopted_line_gives_back_body_and_date(body, day):
    line = f"Resolution adopted by the {body}" + (f" on {p.un_date(day)}" if day else "") + "   "
    m = p.ADOPTED_LINE.match(line)
    assert (m["body"], m["date"]) == (body, p.un_date(day) if day else None)


@pytest.mark.parametrize(
    ("line", "vote"),
    [
        ("[Adopted without a vote.]", "Adopted without a vote"),
        (
            "Adopted by a recorded vote of 31 to 2, with 14 abstentions.",
            "Adopted by a recorded vote of 31 to 2, with 14 abstentions",
        ),
        ("[without a vote]", "without a vote"),
    ],
)
def test_a_vote_note_is_read_without_its_brackets_and_full_stop(line, vote):
    assert p.VOTE_LINE.match(line)["vote"] == vote


@given(st.integers(1, 99), st.integers(0, 99999))
def test_a_job_number_reads_the_same_from_its_line_its_barcode_and_the_ods_marker(year, number):
    job = f"{year:02d}-{number:05d}"
    digits = job.replace("-", "")
    assert p.job_number(f"{job} (E)") == p.job_number(f"*{digits}*") == p.job_number(f"N{digits}E") == job
    assert re.fullmatch(p.BARCODE, f"*{digits}*") and p.FURNITURE_LINE.match(f"  *{digits}*  ")
    assert p.job_number(p.JOB_LINE.match(f"{job} (E)")["job"]) == job


languages = st.sampled_from(["", " (E)", "(E)", " (F)"])


@given(st.integers(0, 99), st.integers(0, 99999), st.booleans(), languages, st.one_of(st.none(), days))
def test_a_printed_job_number_with_reissue_star_language_and_date_reads_back(year, number, star, lang, day):
    job = f"{year:02d}-{number:05d}"
    printed = job + ("*" if star else "") + lang + (f" {day:%d%m%y}" if day else "")
    assert re.fullmatch(p.JOB, printed)
    assert p.job_number(printed) == p.job_number(p.JOB_LINE.match(f"  {printed} ")["job"]) == job
    assert p.FURNITURE_LINE.match(printed)


@given(st.integers(1, 999), st.one_of(st.none(), st.integers(1, 999)))
def test_every_printed_page_form_is_a_page_and_furniture(page, of):
    forms = [f"Page {page}", f"{page}", f"- {page} -", f"{page}/{of or page}", "/...", "../..."]
    forms += [f"Page {page} of {of}", f"{page}/{of} pages"] if of else []
    for form in forms:
        assert re.fullmatch(p.PAGE, form), form
        assert p.FURNITURE_LINE.match(f" {form}\t"), form


@pytest.mark.parametrize("barcode", ["*12345*", "*123456789*"])
def test_a_barcode_has_the_seven_digits_of_a_job_number(barcode):
    assert not p.FURNITURE_LINE.match(barcode)


@pytest.mark.parametrize(
    "line",
    [
        "The General Assembly,",
        "The Security Council,",
        "The Human Rights Council,",
        "The Economic and Social Council,",
        "The Commission on Human Rights,",
        "The Conference of the Parties,",
        "  The  Executive Board",
        "L’Assemblée générale,",
        "Le Conseil de sécurité,",
    ],
)
def test_the_enacting_formula_of_every_body_is_recognised(line):
    assert p.ENACTING_FORMULA_LINE.match(line)


@pytest.mark.parametrize(
    "line", ["The situation in the Middle East", "The General Assembly, having considered"]
)
def test_a_title_or_a_sentence_is_not_an_enacting_formula(line):
    assert not p.ENACTING_FORMULA_LINE.match(line)


@given(
    st.integers(1, 999),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1).filter(
        lambda t: t.strip() and not t[0].isspace()
    ),
)
def test_a_footnote_line_gives_back_its_number_and_stripped_text(n, text):
    m = p.FOOTNOTE_LINE.match(f"{n} {text}  ")
    if m:  # a footnote whose text is a month and year is a date line instead
        assert (int(m["n"]), m["text"]) == (n, text.strip())
    else:
        assert re.match(rf"(?:{'|'.join(p.MONTHS)}) \d{{4}}\s*$", text)


def test_a_date_line_is_not_a_footnote():
    assert not p.FOOTNOTE_LINE.match("4 April 2025")


@pytest.mark.parametrize(
    ("line", "committee", "report"),
    [
        ("[on the report of the Third Committee (A/66/462/Add.2)]", "Third Committee", "A/66/462/Add.2"),
        ("[without reference to a Main Committee (A/66/L.51 and Add.1)]", None, "A/66/L.51 and Add.1"),
    ],
)
def test_the_report_line_gives_committee_and_report(line, committee, report):
    m = p.REPORT_LINE.match(line)
    assert (m["committee"], m["report"]) == (committee, report)


COVER = p.cover_line("General Assembly|Security Council")


@pytest.mark.parametrize(
    "line",
    ["United Nations", "A/RES/66/164", "S/RES/2118 (2013)", "General Assembly Distr.: General",
     "Distr.: General", "19 December 2011", "Sixty-sixth session", "Sixty-sixth session Agenda item 69 (b)",
     "Original: English"],
)  # fmt: skip
def test_every_line_of_a_cover_block_is_a_cover_line(line):
    assert COVER.match(line)


def test_a_paragraph_is_not_a_cover_line():
    assert not COVER.match("Urges States to act;")


# --- linear time ------------------------------------------------------------------------
LINE_PATTERNS = [
    p.DATE_LINE,
    p.SYMBOL_LINE,
    p.TITLE_LINE,
    p.NUMBER_LINE,
    p.SC_TITLE_LINE,
    p.ADOPTED_LINE,
    p.SC_ADOPTED_LINE,
    p.MEETING_LINE,
    p.VOTE_LINE,
    p.VOTE_OPEN,
    p.STAR_NOTE_LINE,
    p.ENACTING_FORMULA_LINE,
    p.FOOTNOTE_LINE,
    p.PARAGRAPH_START,
    p.JOB_LINE,
    p.FURNITURE_LINE,
    p.RESOLUTION_SYMBOL,
]
SEARCH_PATTERNS = [p.SYMBOL_IN_TEXT, p.ODS_JOB, p.ODS_SYMBOL, p.STAR_MARK, p.ADDENDA]
RUN = 200_000  # a quadratic pattern needs ~10^10 steps here (minutes); a linear one, milliseconds


def _hostile_lines() -> list[str]:
    """Prefixes that get each pattern some way in, then a long whitespace run and a stray character."""
    leads = [
        "",
        "1 ",
        "* ",
        "12 Note",
        "Resolution adopted by the General",
        "[Adopted by",
        "66/164. Title",
        "The General",
        "A/RES/66/164",
        "89th plenary meeting,",
        "11-46866",
        "<<ODS JOB NO>>",
        "Please recycle",
    ]
    return [
        lead + ws * RUN + tail for lead in leads for ws in (" ", "\t ", "\u00a0") for tail in ("x", ".]", "")
    ]


def _alarm(signum, frame):  # pragma: no cover - only on failure
    raise TimeoutError("pattern did not finish: worse than linear on a whitespace run")


@pytest.mark.parametrize("pattern", LINE_PATTERNS + SEARCH_PATTERNS, ids=lambda r: r.pattern[:40])
def test_no_pattern_is_worse_than_linear_on_long_whitespace_runs(pattern):
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(20)
    try:
        start = time.perf_counter()
        for line in _hostile_lines():
            pattern.match(line)
            if pattern in SEARCH_PATTERNS:
                list(pattern.finditer(line))
        elapsed = time.perf_counter() - start
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert elapsed < 10, f"{elapsed:.1f} s for {len(_hostile_lines())} lines of {RUN:,} characters"
