"""A template paragraph filled with another mission's or country's name is not the same lineage."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from lineage_frames import corpus

from reslens.lineage import build_index, names, trace
from reslens.lineage.text import TextSets

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


def test_lineage_renewal_that_renames_its_mission_keeps_the_paragraph_in_its_lineage():
    """A resolution repeating most of its predecessor: a mission renamed there is the same provision."""
    shared = [
        "Expresses its deep concern at the continued violence against civilians in the region;",
        "Stresses the importance of humanitarian access to all people in need throughout the region;",
        "Reaffirms its strong commitment to the sovereignty and unity of the country and its people;",
    ]
    first = ("S/RES/1706 (2006)", "2006-08-31", "", [*shared, TEMPLATE.format("UNMIS")])
    renewal = ("S/RES/1769 (2007)", "2007-07-31", "", [*shared, TEMPLATE.format("UNAMID")])
    index = build_index(corpus(first, renewal)).paragraphs.set_index(["doc_id", "para_id"])
    renamed = index.loc[("S/RES/1769 (2007)", "OP4")]
    assert (renamed["previous_doc_id"], renamed["previous_para_id"]) == ("S/RES/1706 (2006)", "OP4")


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
