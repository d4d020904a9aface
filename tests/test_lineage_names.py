"""A template paragraph filled with another mission's or country's name is not the same lineage."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lineage_frames import corpus

from reslens.lineage import build_index, names, trace
from reslens.lineage.links import LinkRule
from reslens.lineage.text import TextSets, word_set_similarity, words

TEMPLATE = (
    "Requests the Secretary-General to ensure that performance data is used to evaluate {} regularly, "
    "such that the mission retains the skills and flexibility needed to carry out its mandate;"
)


def _mission(doc_id: str, date: str, mission: str, country: str, template: str = TEMPLATE) -> tuple:
    """An untitled (Security Council-like) resolution on one mission: its own paragraphs and the template."""
    return (doc_id, date, "", [
        f"Decides to extend the mandate of {mission} in {country} for one year;",
        f"Calls upon the parties in {country} to cooperate fully with {mission} and its leadership;",
        template.format(mission),
    ])  # fmt: skip


def test_lineage_names_are_capitalised_words_after_the_opening_one_without_months_or_numbers():
    found = names.names("Recalling resolution 2140 (2014) on Yemen of 26 February 2014, the CAR Government")
    assert found == {"yemen", "car", "government"}


def test_lineage_template_filled_with_another_mission_is_not_linked_but_its_own_renewal_is():
    earlier = _mission("S/RES/2414 (2018)", "2018-04-27", "MINURSO", "Western Sahara")
    other = _mission("S/RES/2433 (2018)", "2018-08-30", "UNIFIL", "Lebanon")
    index = build_index(corpus(earlier, other))
    unifil = index.paragraphs.set_index(["doc_id", "para_id"]).loc[("S/RES/2433 (2018)", "OP3")]
    assert pd.isna(unifil["previous_doc_id"])  # same words but another mission: not a version
    widened = TEMPLATE.replace("regularly", "regularly, in cooperation with the African Union")
    renewal = corpus(_mission("S/RES/2440 (2018)", "2018-10-31", "MINURSO", "Western Sahara", widened))
    lineage = trace(renewal, index).set_index("para_id")
    # a name added on one side only (the African Union) is an edit: the renewal keeps its origin
    assert (lineage.loc["OP3", "previous_doc_id"], lineage.loc["OP3", "previous_para_id"]) == (
        "S/RES/2414 (2018)",
        "OP3",
    )


def _long(n: int) -> str:
    """A generic paragraph of about 20 distinct lower-case words (no names), different for each ``n``."""
    words = " ".join(f"matter{n}x{k}" for k in range(16))
    return f"Stresses the importance of the following points for the region: {words};"


def _template_in(doc_id: str, date: str, shared: list[str], mission: str) -> tuple:
    """An untitled resolution: the ``shared`` paragraphs, then the template filled with ``mission``."""
    return (doc_id, date, "", [*shared, TEMPLATE.format(mission)])


def test_lineage_renewal_that_renames_its_mission_keeps_the_paragraph_in_its_lineage():
    """A resolution repeating most of its predecessor: a mission renamed there is the same provision."""
    shared = [_long(n) for n in range(4)]
    first = _template_in("S/RES/9001 (2006)", "2006-08-31", shared, "UNMISA")
    renewal = _template_in("S/RES/9002 (2007)", "2007-07-31", shared, "UNMISB")
    index = build_index(corpus(first, renewal))
    renamed = index.paragraphs.set_index(["doc_id", "para_id"]).loc[("S/RES/9002 (2007)", "OP5")]
    assert (renamed["previous_doc_id"], renamed["previous_para_id"]) == ("S/RES/9001 (2006)", "OP5")
    traced = trace(corpus(renewal), build_index(corpus(first))).set_index("para_id")  # the query path
    assert traced.loc["OP5", "previous_doc_id"] == "S/RES/9001 (2006)"


REWRITTEN = (
    "Requests the Secretary-General to ensure that performance data is used to evaluate {} regularly, "
    "and to report on troop rotations, logistics, medical evacuation and casualty procedures each quarter;"
)


def _one_subject(doc_id: str, date: str, own: int, template: str, mission: str) -> tuple:
    """An untitled resolution: 3 paragraphs every such resolution shares, 5 of its own, then ``template``."""
    own_paragraphs = [_long(own + n) for n in range(5)]
    return (doc_id, date, "", [*(_long(n) for n in range(3)), *own_paragraphs, template.format(mission)])


@pytest.mark.parametrize(("later_template", "linked"), [
    (TEMPLATE, True),  # the same provision with a new name, at Dice 0.97
    (REWRITTEN, False),  # a new name and half the words: at Dice 0.5-0.6 the name test still decides
], ids=["renamed", "renamed-and-rewritten"])  # fmt: skip
def test_lineage_renamed_provision_of_one_subject_links_only_at_the_link_threshold(later_template, linked):
    """Not renewals (3 of 9 paragraphs in common), but one subject: a renamed template is its provision."""
    overlap = word_set_similarity(frozenset(words(TEMPLATE.format("UNMISA"))),
                                  frozenset(words(later_template.format("UNMISB"))))  # fmt: skip
    assert (overlap >= LinkRule().threshold) is linked and overlap >= LinkRule().series_threshold
    first = _one_subject("S/RES/9001 (2006)", "2006-08-31", 10, TEMPLATE, "UNMISA")
    later = _one_subject("S/RES/9002 (2007)", "2007-07-31", 20, later_template, "UNMISB")
    index = build_index(corpus(first, later)).paragraphs.set_index(["doc_id", "para_id"])
    found = index.loc[("S/RES/9002 (2007)", "OP9"), ["previous_doc_id", "previous_para_id"]]
    assert found.fillna("none").tolist() == (["S/RES/9001 (2006)", "OP9"] if linked else ["none", "none"])
    traced = trace(corpus(later), build_index(corpus(first))).set_index("para_id")  # the query path
    assert traced.fillna({"previous_doc_id": "none"}).loc["OP9", "previous_doc_id"] == (
        "S/RES/9001 (2006)" if linked else "none"
    )


@pytest.mark.parametrize("shared", [
    [_long(0), _long(1)],  # two substantive paragraphs in common: fewer than a renewal needs
    [f"Decides to remain seized of the matter number {n};" for n in range(4)],  # short, stock
], ids=["two-shared", "short-shared"])  # fmt: skip
def test_lineage_template_of_another_mission_stays_apart_when_the_rest_in_common_is_little_or_stock(shared):
    first = _template_in("S/RES/9001 (2006)", "2006-08-31", shared, "UNMISA")
    other = _template_in("S/RES/9003 (2007)", "2007-07-31", shared, "UNMISC")
    index = build_index(corpus(first, other)).paragraphs.set_index(["doc_id", "para_id"])
    template = index.loc[("S/RES/9003 (2007)", f"OP{len(shared) + 1}")]
    assert pd.isna(template["previous_doc_id"])


capitalised = st.lists(st.sampled_from(["Mali", "Haiti", "Yemen", "UNIFIL", "MINURSO", "Kim"]), max_size=3)
plain = st.lists(st.sampled_from(["decides", "the", "mission", "committee", "shall", "freeze", "funds"]),
                 min_size=1, max_size=8)  # fmt: skip


def _words(whole: tuple[str, str]):
    return lambda n: frozenset(whole[n].lower().split())


def _apart(first: str, second: str, first_doc: str, second_doc: str) -> bool:
    """Paragraph ``first`` of a resolution also holding ``first_doc``, against ``second`` likewise."""
    texts = np.array([first, second], dtype=object)
    named = TextSets(texts, names.names)
    whole = (f"{first} {first_doc}", f"{second} {second_doc}")
    vocab = names.Vocabularies({0: np.array([0]), 1: np.array([1])}, _words(whole))
    return bool(names.different_subjects((np.array([0]), np.array([1])), (np.array([0]), np.array([1])),
                                         (named, named), (vocab, vocab))[0])  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(plain, capitalised, capitalised, st.lists(st.sampled_from(["Mali", "Haiti", "Yemen"]), max_size=2))
def test_lineage_named_apart_needs_a_foreign_name_on_both_sides(words, first_names, second_names, context):
    first = " ".join(["Decides", *words, *first_names])
    second = " ".join(["Decides", *words, *second_names])
    shared_context = " ".join(context)
    apart = _apart(first, second, shared_context, shared_context)
    assert apart == _apart(second, first, shared_context, shared_context)  # symmetric
    first_set = {n.lower() for n in first_names} - {c.lower() for c in context}
    second_set = {n.lower() for n in second_names} - {c.lower() for c in context}
    assert apart == bool(first_set - second_set and second_set - first_set)
    # a paragraph whose names all occur in the other resolution is never apart from it
    assert not _apart(first, second, " ".join(second_names), shared_context)
