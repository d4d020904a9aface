"""Charts across resolutions, on small hand-made tables in the shape of the corpus contract."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg", force=True)

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from reslens import charts  # noqa: E402
from reslens.charts.corpus_states import STANCES, sponsorship_strength  # noqa: E402
from reslens.charts.corpus_trends import document_periods  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def documents() -> pd.DataFrame:
    """Two GA sessions, SC resolutions (no session: the year of adoption or symbol), one without any date."""
    return pd.DataFrame({
        "doc_id": ["A/RES/75/1", "A/RES/75/2", "A/RES/76/1", "S/RES/2600 (2021)", "A/RES/77/9",
                   "S/RES/2515 (2020)"],
        "body": ["General Assembly"] * 3 + ["Security Council", "General Assembly", "Security Council"],
        "session": ["75", "75", "76", "", "", ""],
        "adoption_date": ["2020-12-16", "2020-12-16", "2021-12-16", "2021-10-29", "", ""],
        "adoption_type": ["recorded vote", "without a vote", "recorded vote", "recorded vote", "no vote", ""],
    })  # fmt: skip


def obligations() -> pd.DataFrame:
    rows = [("A/RES/75/1", 4), ("A/RES/75/1", 0), ("A/RES/75/2", 0), ("A/RES/75/2", 2),
            ("A/RES/76/1", 3), ("S/RES/2600 (2021)", 4), ("S/RES/2600 (2021)", None)]  # fmt: skip
    return pd.DataFrame(rows, columns=["doc_id", "strength"]).astype({"strength": "Int64"})


def test_corpus_periods_use_the_session_else_the_adoption_year():
    periods = document_periods(documents())
    assert dict(zip(periods["doc_id"], periods["period"], strict=True)) == {
        "A/RES/75/1": "75", "A/RES/75/2": "75", "A/RES/76/1": "76", "S/RES/2600 (2021)": "2021",
        "S/RES/2515 (2020)": "2020",
    }  # fmt: skip


def test_corpus_periods_name_emergency_and_special_sessions_after_the_regular_ones():
    docs = pd.DataFrame({
        "doc_id": ["A/RES/ES-11/4", "A/RES/S-32/1", "A/RES/80/1"], "session": ["11", "32", "80"],
        "body": ["General Assembly"] * 3, "adoption_date": ["2022-03-02", "", ""],
    })  # fmt: skip
    periods = document_periods(docs).sort_values("order")
    assert periods["period"].tolist() == ["80", "ES-11", "S-32"]


def test_corpus_strength_columns_are_shares_that_sum_to_100_with_counts_above():
    ax = charts.plot_strength_by_session(obligations(), documents())
    assert [t.get_text() for t in ax.get_xticklabels()] == ["75", "76", "2021"]
    tops = {}
    for bar in ax.patches:
        x = round(bar.get_x() + bar.get_width() / 2, 3)
        tops[x] = tops.get(x, 0) + bar.get_height()
    assert all(total == pytest.approx(100) for total in tops.values())
    counts = [t.get_text() for t in ax.texts if not isinstance(t, matplotlib.text.Annotation)]
    assert counts == ["4", "1", "1"]  # clauses with a level, per column
    bodies = {" ".join(t.get_text().split()) for t in ax.texts if isinstance(t, matplotlib.text.Annotation)}
    assert bodies == {"General Assembly", "Security Council"}


def test_corpus_strength_strongest_level_sits_on_the_baseline():
    ax = charts.plot_strength_by_session(obligations(), documents())
    first = [b for b in ax.patches if abs(b.get_x() + b.get_width() / 2) < 1e-9 and b.get_height()]
    session_75 = sorted(first, key=lambda b: b.get_y())
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0].startswith("0") and legend[-1].startswith("4")  # legend top-down = stack top-down
    assert session_75[0].get_y() == 0 and session_75[0].get_height() == pytest.approx(25)  # one of 4 is a 4


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["A/RES/75/1", "A/RES/75/2", "A/RES/76/1"]), st.integers(0, 4)),
                min_size=1, max_size=30))  # fmt: skip
def test_corpus_strength_every_column_sums_to_100(rows):
    ax = charts.plot_strength_by_session(pd.DataFrame(rows, columns=["doc_id", "strength"]), documents())
    tops: dict[float, float] = {}
    for bar in ax.patches:
        tops[round(bar.get_x(), 3)] = tops.get(round(bar.get_x(), 3), 0) + bar.get_height()
    assert all(total == pytest.approx(100) for total in tops.values())
    plt.close("all")


def themes() -> pd.DataFrame:
    rows = [
        ("A/RES/75/1", "PP1", "preambular", "Health"),
        ("A/RES/75/1", "PP2", "preambular", "Health"),
        ("A/RES/75/1", "PP2", "preambular", "Health"),
        ("A/RES/75/1", "PP3", "preambular", "Health"),
        ("A/RES/76/1", "PP1", "preambular", "Children"),
        ("A/RES/76/1", "OP1", "operative", "Health"),
    ]
    return pd.DataFrame(rows, columns=["doc_id", "para_id", "section", "label"])


def test_corpus_theme_trend_counts_paragraphs_per_resolution_of_the_session():
    ax = charts.plot_theme_trend(themes(), documents())
    grid = ax.images[0].get_array()
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert rows == ["Health", "Children"]
    # session 75: 3 paragraphs with Health (PP2 twice is one paragraph) over 2 resolutions
    assert grid[0, 0] == pytest.approx(1.5) and grid[0, 1] == 0 and grid[1, 1] == pytest.approx(1.0)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["75\n(2)", "76\n(1)", "2020\n(1)", "2021\n(1)"]


def test_corpus_theme_trend_section_none_counts_operative_paragraphs_too():
    ax = charts.plot_theme_trend(themes(), documents(), section=None, top=1)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Health"]
    assert ax.images[0].get_array()[0, 1] == pytest.approx(1.0)


def test_corpus_theme_trend_names_missing_columns():
    with pytest.raises(ValueError, match="section"):
        charts.plot_theme_trend(themes().drop(columns="section"), documents())


def addressed() -> pd.DataFrame:
    """Clauses addressed to States by name (the shape of reslens.corpus.votes_for_addressees)."""
    rows = [("A/RES/75/1", "iran", "no"), ("A/RES/75/1", "iran", "no"), ("A/RES/76/1", "iran", None),
            ("A/RES/75/2", "myanmar", None), ("S/RES/2600 (2021)", "myanmar", "yes")]  # fmt: skip
    return pd.DataFrame(rows, columns=["doc_id", "member_state", "vote"])


def test_corpus_addressed_states_split_clauses_by_the_states_vote():
    ax = charts.plot_addressed_states(addressed(), documents())
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Iran (Islamic Republic of)", "Myanmar"]
    by_stance = {c.get_label(): [b.get_width() for b in c] for c in ax.containers}
    assert by_stance[STANCES["no"][0]] == [2, 0]
    assert by_stance[STANCES["absent"][0]] == [1, 0]  # 76/1 had a recorded vote without Iran
    assert by_stance[STANCES["unrecorded"][0]] == [0, 1]  # 75/2 was adopted without a vote
    assert by_stance[STANCES["yes"][0]] == [0, 1]
    assert [t.get_text().strip() for t in ax.texts] == ["2 resolutions", "2 resolutions"]


def test_corpus_addressed_states_top_keeps_the_most_addressed():
    ax = charts.plot_addressed_states(addressed(), documents(), top=1)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Iran (Islamic Republic of)"]


def sponsors() -> pd.DataFrame:
    rows = [
        ("A/RES/75/1", "canada", "sponsor"),
        ("A/RES/75/1", "canada", "additional"),
        ("A/RES/75/1", "japan", "additional"),
        ("A/RES/75/2", "the President", "submitted by"),
    ]
    return pd.DataFrame(rows, columns=["doc_id", "sponsor", "kind"])


def test_corpus_sponsorship_counts_each_sponsor_once_and_not_submitters():
    rows = sponsorship_strength(obligations(), sponsors()).set_index("doc_id")
    assert rows.loc["A/RES/75/1", "sponsors"] == 2
    assert rows.loc["A/RES/75/2", "sponsors"] == 0
    assert rows.loc["A/RES/75/1", "strong_share"] == pytest.approx(50)  # a 4 and a 0
    assert rows.loc["A/RES/75/2", "strong_share"] == 0  # 0 and 2: nothing at 3 or above
    assert rows.loc["S/RES/2600 (2021)", "strong_share"] == pytest.approx(100)  # no-level clause: out


def test_corpus_sponsorship_plot_one_colour_per_body_with_counts_in_legend():
    ax = charts.plot_sponsorship_strength(obligations(), sponsors(), documents())
    assert [len(c.get_offsets()) for c in ax.collections] == [3, 1]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["General Assembly (3)", "Security Council (1)"]


@pytest.mark.parametrize(
    ("plot", "args", "reason"),
    [
        (
            charts.plot_strength_by_session,
            lambda: (obligations().iloc[:0], documents()),
            "no operative clause",
        ),
        (charts.plot_theme_trend, lambda: (themes().iloc[:0], documents()), "no theme"),
        (charts.plot_addressed_states, lambda: (addressed().iloc[:0], documents()), "addressed to a State"),
        (
            charts.plot_sponsorship_strength,
            lambda: (obligations().iloc[:0], sponsors(), documents()),
            "no resolution",
        ),
    ],
    ids=["strength", "themes", "states", "sponsors"],
)
def test_corpus_charts_refuse_to_draw_nothing_and_say_why(plot, args, reason):
    with pytest.raises(ValueError, match=reason):
        plot(*args())
