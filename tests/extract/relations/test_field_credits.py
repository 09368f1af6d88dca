"""Credits from a slate's labelled lines (mediakg.extract.relations.field_credits), end to end on
slates written for these tests."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_each_line_credits_its_items_title(facts_of):
    text = ("Glasshouse\nDirector: Mira Holt\nProducers: Ben Cole, Harbour Films\nCast: Dana Vale, Tom Hale\n"
            "Two sisters inherit a greenhouse.\nSales: Copperline Studios\n")
    assert facts_of(text) == {
        ("Glasshouse", "directedBy", "Mira Holt"),
        ("Glasshouse", "producer", "Ben Cole"),
        ("Harbour Films", "produces", "Glasshouse"),
        ("Glasshouse", "starring", "Dana Vale"),
        ("Glasshouse", "starring", "Tom Hale"),
        # no fact for the sales agent: it neither makes nor distributes the film
    }


def test_a_writer_director_line_gives_both_credits(facts_of):
    assert facts_of("\u201cTin Roof\u201d\nWriter-director: Ana Ruiz\n") == {
        ("Tin Roof", "directedBy", "Ana Ruiz"), ("Tin Roof", "writtenBy", "Ana Ruiz")}


def test_lines_without_their_heading_give_no_credit(facts_of):
    # Negative twin: the second item's heading is lost, so its lines credit nothing (not the
    # first item's title).
    text = "Glasshouse\nDirector: Mira Holt\n\nDirector: Karl Weiss\nCast: Lena Dorn\n"
    assert facts_of(text) == {("Glasshouse", "directedBy", "Mira Holt")}


# Festival guides set a director's line as "Dir. Name" and put the countries of production in
# brackets after the title: the title is the heading without them, and the abbreviation's full
# stop ends the label as a colon does.
def test_a_festival_guide_item_with_dir_and_countries(facts_of, entities_of):
    text = "Glass Orchard (Nor-Swe)\n\nDir. Lena Vik\n\nA fisherman returns home after twenty years.\n"
    assert ("Glass Orchard", "directedBy", "Lena Vik") in facts_of(text)
    assert "Nor-Swe" not in entities_of(text)


def test_a_sentence_with_a_full_stop_after_a_word_is_no_field_line(facts_of):
    # Twin: a full stop after a word that is no field label ends a sentence, not a label.
    text = "Glass Orchard\n\nLena Vik wrote it. Tom Hale produced the drama.\n"
    assert ("Glass Orchard", "directedBy", "Lena Vik") not in facts_of(text)


def test_a_persons_hyphened_title_in_brackets_is_no_country_list(facts_of):
    # Twin: a bracketed title with a hyphen is a calling card, not countries of production.
    assert ("Lena Hart", "knownFor", "Tide-Pool") in facts_of("Ember stars Lena Hart (Tide-Pool) and Tom Hale.")
