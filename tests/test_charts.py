"""Charts: drawn on the given Axes, columns by name, legible labels; asserted on artists."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg", force=True)

import gold_frames as gold  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from reslens import charts  # noqa: E402
from reslens.charts._style import PALETTE, shorten  # noqa: E402
from reslens.compare import align_paragraphs  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def obligations():
    return gold.obligations("A_RES_66_164")


def test_charts_verb_frequency_one_bar_per_verb_sorted(obligations):
    fig, ax = plt.subplots()
    out = charts.plot_verb_frequency(obligations, ax=ax)
    assert out is ax
    counts = obligations["verb"].value_counts()
    widths = [p.get_width() for p in ax.patches]
    assert len(ax.patches) == counts.size
    assert widths == sorted(widths, reverse=True)
    assert ax.get_yticklabels()[0].get_text() in set(counts[counts == counts.max()].index)
    assert "A/RES/66/164" in ax.get_title(loc="left")


def test_charts_verb_frequency_top_limits_bars(obligations):
    ax = charts.plot_verb_frequency(obligations, top=3)
    assert len(ax.patches) == 3
    assert "top 3" in ax.get_title(loc="left")


def test_charts_verb_strength_x_follows_reading_order():
    data = pd.DataFrame({"para_id": ["OP10", "OP2", "OP1"], "verb": ["decide", "urge", "welcome"],
                         "strength": [4, 3, 1]})  # fmt: skip
    ax = charts.plot_verb_strength(data)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["OP1", "OP2", "OP10"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["1: welcome", "3: urge", "4: decide"]
    offsets = ax.collections[0].get_offsets()
    assert list(offsets[:, 1]) == [4, 3, 1]


def test_charts_verb_strength_needs_strength_column(obligations):
    with pytest.raises(ValueError, match="strength"):
        charts.plot_verb_strength(obligations.drop(columns="strength"))


def test_charts_one_document_charts_refuse_several_documents(obligations):
    two = pd.concat([obligations, obligations.assign(doc_id="A/RES/74/146")])
    with pytest.raises(ValueError, match="one doc_id"):
        charts.plot_verb_strength(two)


def test_charts_addressee_kinds_fixed_order_and_colours(obligations):
    ax = charts.plot_addressee_kinds(obligations)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[0] == "States"
    assert sum(p.get_height() for p in ax.patches) == len(obligations)
    assert len({p.get_facecolor() for p in ax.patches}) == len(ax.patches)


def test_charts_actor_matrix_rows_and_paragraph_columns():
    actors = gold.actors("A_RES_66_164")
    paragraphs = gold.paragraphs("A_RES_66_164")
    ax = charts.plot_actor_matrix(actors, paragraphs=paragraphs)
    image = ax.images[0]
    assert image.get_array().shape == (actors["actor_type"].nunique(), len(paragraphs))
    assert [t.get_text() for t in ax.get_xticklabels()][:2] == ["PP1", "PP2"]


def test_charts_theme_matrix_splits_preamble_and_operative():
    themes = pd.DataFrame({"doc_id": "X", "para_id": ["PP1", "OP1", "OP2"], "label": ["A", "A", "B"],
                           "section": ["preambular", "operative", "operative"]})  # fmt: skip
    ax = charts.plot_theme_matrix(themes)
    sizes = {c.get_label(): len(c.get_offsets()) for c in ax.collections}
    assert sizes == {"preambular": 1, "operative": 2}
    assert any(t.get_text().strip() == "operative" for t in ax.texts)
    assert ax.lines and ax.lines[0].get_xdata()[0] == pytest.approx(0.5)


def test_charts_request_network_nodes_for_addressees_and_actions(obligations):
    ax = charts.plot_request_network(obligations, body="General Assembly", top=50)
    texts = {t.get_text() for t in ax.texts}
    assert "General Assembly" in texts
    assert {"take", "promote"} <= texts
    assert any("States" in t for t in texts)


def test_charts_request_network_accepts_semicolon_actions():
    data = pd.DataFrame({"doc_id": "X", "addressee_resolved": ["States"], "addressee_kind": ["state"],
                         "actions": ["protect;promote"]})  # fmt: skip
    ax = charts.plot_request_network(data)
    assert {"protect", "promote", "States", "X"} <= {t.get_text() for t in ax.texts}


def test_charts_citation_graph_one_edge_per_citation():
    refs = pd.concat([gold.references("A_RES_66_164"), gold.references("A_RES_74_146")])
    ax = charts.plot_citation_graph(refs, top=1000)
    assert len(ax.lines) == len(refs.drop_duplicates(["doc_id", "symbol"]))
    assert "2 documents" in ax.get_title(loc="left")


def test_charts_alignment_lines_for_matched_pairs():
    alignment = align_paragraphs(gold.paragraphs("A_RES_74_146"), gold.paragraphs("A_RES_76_174"))
    ax = charts.plot_alignment(alignment)
    joined = alignment["old_para_id"].notna() & alignment["new_para_id"].notna()
    connecting = [line for line in ax.lines if len(line.get_xdata()) == 2]
    assert len(connecting) == joined.sum()
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(label.startswith("kept (") for label in legend)


def test_charts_shorten_never_exceeds_width():
    assert len(shorten("x" * 100, 20)) == 20
    assert shorten("short") == "short"


def test_charts_palette_has_distinct_colours():
    assert len(set(PALETTE)) == len(PALETTE)


def test_charts_save_figure_writes_each_format_named_by_content(tmp_path, obligations):
    ax = charts.plot_verb_frequency(obligations)
    paths = charts.save_figure(ax.figure, "Operative verbs — A/RES/66/164", folder=tmp_path)
    assert [p.name for p in paths] == ["operative-verbs-a-res-66-164.png", "operative-verbs-a-res-66-164.svg"]
    assert all(p.stat().st_size > 1000 for p in paths)


def _text_sizes(ax):
    texts = [*ax.texts, *ax.get_xticklabels(), *ax.get_yticklabels()]
    legend = ax.get_legend()
    if legend is not None:
        texts += legend.get_texts()
    return [t.get_fontsize() for t in texts if t.get_text()]


@pytest.mark.parametrize("chart", ["verb_strength", "actor_matrix", "alignment", "request_network"])
def test_charts_text_is_legible_on_a_projector(chart, obligations):
    if chart == "verb_strength":
        ax = charts.plot_verb_strength(obligations)
    elif chart == "actor_matrix":
        ax = charts.plot_actor_matrix(gold.actors("A_RES_66_164"), paragraphs=gold.paragraphs("A_RES_66_164"))
    elif chart == "alignment":  # 47 paragraphs: the old code shrank labels to 6 pt here
        ax = charts.plot_alignment(
            align_paragraphs(gold.paragraphs("A_RES_66_164"), gold.paragraphs("A_RES_74_146"))
        )
    else:
        ax = charts.plot_request_network(obligations, body="General Assembly")
    assert min(_text_sizes(ax)) >= 10


def test_charts_alignment_reworded_and_added_are_far_apart_in_colour():
    from matplotlib.colors import to_rgb

    from reslens.charts._style import STATUS_COLORS

    a, b = to_rgb(STATUS_COLORS["reworded"]), to_rgb(STATUS_COLORS["added"])
    assert sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5 > 0.6


def test_charts_actor_matrix_more_mentions_are_darker():
    actors = pd.DataFrame({"doc_id": "X", "para_id": ["PP1", "OP1", "OP1", "OP1"], "actor_type": "STATE"})
    ax = charts.plot_actor_matrix(actors)
    image = ax.images[0]
    one, three = (image.cmap(image.norm(v)) for v in (1, 3))
    assert sum(three[:3]) < sum(one[:3])  # darker
    assert sum(one[:3]) < 2.9  # one mention is not white on the white background


def test_charts_verb_strength_dots_differ_from_the_step_line():
    from matplotlib.colors import to_rgb

    data = pd.DataFrame({"para_id": ["OP1", "OP2", "OP3"], "verb": ["welcome", "request", "decide"],
                         "strength": [0, 2, 4]})  # fmt: skip
    ax = charts.plot_verb_strength(data)
    line = to_rgb(ax.lines[0].get_color())
    dots = ax.collections[0]
    dots = dots.to_rgba(dots.get_array())[:, :3]
    for dot in dots:
        assert sum((x - y) ** 2 for x, y in zip(dot, line, strict=True)) ** 0.5 > 0.25


def test_charts_request_network_merges_forms_of_one_addressee_id():
    data = pd.DataFrame({"doc_id": "X", "addressee_resolved": ["States", "all States", "States"],
                         "addressee_id": ["states", "states", "states"], "addressee_kind": "state",
                         "actions": ["protect", "promote", "ensure"]})  # fmt: skip
    texts = [t.get_text() for t in charts.plot_request_network(data).texts]
    assert "States" in texts and "all States" not in texts
    without_id = [t.get_text() for t in charts.plot_request_network(data.drop(columns="addressee_id")).texts]
    assert "all States" in without_id


def test_charts_request_network_self_rows_are_the_body_itself():
    data = pd.DataFrame({"doc_id": "X", "addressee_resolved": ["States", "General Assembly"],
                         "addressee_kind": ["state", "self"],
                         "actions": ["protect", "consider"]})  # fmt: skip
    ax = charts.plot_request_network(data, body="General Assembly")
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("General Assembly") == 1  # the body once, on the left
    assert "itself" in texts
    assert "the body itself" in [t.get_text() for t in ax.get_legend().get_texts()]


TWO_PARAGRAPHS = pd.DataFrame({"doc_id": "E/RES/2023/21", "para_id": ["PP1", "OP1", "PP1"],
                               "section": ["preambular", "operative", "preambular"],
                               "label": ["Environment and climate", "Environment and climate",
                                         "Civic space (expression, association and assembly)"]})  # fmt: skip


@pytest.mark.parametrize("size", [(5, 3), (6.4, 4.8)])
def test_charts_theme_matrix_of_a_two_paragraph_text_keeps_its_layout(size):
    import warnings

    fig, ax = plt.subplots(figsize=size, layout="constrained")
    charts.plot_theme_matrix(TWO_PARAGRAPHS, ax=ax)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "constrained_layout not applied" is a UserWarning
        fig.canvas.draw()
    assert ax.get_window_extent().width > 0.3 * fig.bbox.width


def test_charts_new_figures_have_a_minimum_size():
    ax = charts.plot_theme_matrix(TWO_PARAGRAPHS)
    width, height = ax.figure.get_size_inches()
    assert width >= 6 and height >= 3


def test_charts_long_titles_wrap_within_the_axes():
    data = pd.DataFrame({"doc_id": "E/RES/2023/21", "para_id": ["OP1", "OP1"], "verb": ["endorse", "request"],
                         "strength": [0, 2]})  # fmt: skip
    fig, ax = plt.subplots(figsize=(8, 4), layout="constrained")
    charts.plot_verb_strength(data, ax=ax)
    fig.canvas.draw()
    title = ax.title if ax.title.get_text() else ax._left_title
    assert "\n" in title.get_text()
    assert title.get_window_extent().width <= ax.get_window_extent().width


def test_charts_short_titles_stay_on_one_line():
    ax = charts.plot_verb_frequency(pd.DataFrame({"verb": ["urge"]}), ax=plt.subplots(figsize=(12, 4))[1])
    assert "\n" not in ax.get_title(loc="left")


@pytest.mark.parametrize("chart", ["plot_verb_frequency", "plot_addressee_kinds"])
def test_charts_count_axes_have_whole_ticks(chart):
    data = pd.DataFrame({"verb": ["endorse", "request"], "addressee_kind": ["none", "un"]})
    ax = getattr(charts, chart)(data)
    ax.figure.canvas.draw()
    ticks = ax.get_xticks() if chart == "plot_verb_frequency" else ax.get_yticks()
    assert all(float(t).is_integer() for t in ticks)


def test_charts_actor_matrix_names_types_as_the_lexicon_does():
    import pandas as pd

    actors = pd.DataFrame(
        {
            "doc_id": "X",
            "para_id": ["OP1", "OP2"],
            "actor_type": ["UN_OFFICE", "NON_STATE"],
            "actor": ["a", "b"],
        }
    )
    ax = charts.plot_actor_matrix(actors)
    labels = {t.get_text() for t in ax.get_yticklabels()}
    assert {"UN offices and officials", "non-State actors"} <= labels
