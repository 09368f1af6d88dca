"""Company rules (mediakg.extract.relations.corporate), end to end on short invented sentences:
partnerships, production, distribution, acquisitions, subsidiaries and staff."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def of(facts: set, predicate: str) -> set:
    return {f for f in facts if f[1] == predicate}


def test_a_deal_with_another_company(facts_of):
    facts = facts_of("Harbour Films has signed a multi-year partnership with Copperline Studios.")
    assert of(facts, "partnersWith") == {("Harbour Films", "partnersWith", "Copperline Studios")}


def test_the_network_series_produces_the_title(facts_of):
    facts = facts_of("The Harbour Films series \u201cSaltmarsh\u201d returns in March.")
    assert of(facts, "produces") == {("Harbour Films", "produces", "Saltmarsh")}


def test_acquired_by_points_from_buyer_to_bought(facts_of):
    facts = facts_of("Copperline Studios was acquired by Harbour Films in 2024.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


def test_an_active_acquisition(facts_of):
    facts = facts_of("Harbour Films has acquired Copperline Studios.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


def test_talks_to_acquire_are_not_an_acquisition(facts_of, reported_of):
    text = "Harbour Films is in talks to acquire Copperline Studios."
    assert of(facts_of(text), "acquires") == set()
    assert reported_of(text) == {"negotiating": {("Harbour Films", "acquires", "Copperline Studios")}}


def test_a_person_with_a_role_at_a_company(facts_of):
    facts = facts_of("Mara Quill, head of drama at Harbour Films, announced the slate.")
    assert of(facts, "employedBy") == {("Mara Quill", "employedBy", "Harbour Films")}


def test_a_former_executive_is_no_staff(facts_of):
    assert of(facts_of("Harbour Films executive Mara Quill launched a podcast."), "employedBy") == {
        ("Mara Quill", "employedBy", "Harbour Films")}
    assert of(facts_of("Former Harbour Films executive Mara Quill launched a podcast."), "employedBy") == set()
