"""Work rules (mediakg.extract.relations.works), end to end on short invented sentences:
adaptations, authors, calling cards and collaborators."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def of(facts: set, predicate: str) -> set:
    return {f for f in facts if f[1] == predicate}


def test_known_for_a_title(facts_of):
    facts = facts_of("Mara Quill is best known for \u201cSaltmarsh.\u201d")
    assert of(facts, "knownFor") == {("Mara Quill", "knownFor", "Saltmarsh")}


def test_an_authors_novel_is_written_by_the_author(facts_of):
    facts = facts_of("Harbour Films optioned Mara Quill's novel \u201cLow Tide\u201d last year.")
    assert ("Low Tide", "writtenBy", "Mara Quill") in facts


def test_worked_with_links_two_people(facts_of):
    facts = facts_of("Mara Quill has worked with Tomas Reyne on three films.")
    assert of(facts, "workedWith") == {("Mara Quill", "workedWith", "Tomas Reyne")}


def test_a_series_based_on_a_novel_is_based_on_its_source(facts_of):
    facts = facts_of("The series \u201cCopperhead\u201d is based on the book \u201cRiver Glass\u201d by Mara Quill.")
    assert ("Copperhead", "basedOn", "River Glass") in facts


def test_an_unrelated_person_and_title_give_no_calling_card(facts_of):
    facts = facts_of("Mara Quill watched \u201cSaltmarsh\u201d at home.")
    assert of(facts, "knownFor") == set()
