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
