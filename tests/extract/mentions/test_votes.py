"""Votes from context: companies the NER took for places or people."""
import pytest

pytestmark = pytest.mark.slow


def test_a_name_after_a_place_based_modifier_is_a_company(entities_of):
    entities = entities_of("The drama Low Tide was co-produced by Cologne-based Heimatwerk.")
    assert entities["Heimatwerk"].type in ("Organization", "ProductionCompany")
    assert entities["Cologne"].type == "City"


def test_the_agent_of_a_release_is_a_company(entities_of):
    entities = entities_of("In Austria, the festival hit Low Tide was picked up by Weltbild.")
    assert entities["Weltbild"].type in ("Organization", "Distributor")
