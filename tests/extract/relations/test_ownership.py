"""Ownership rules (mediakg.extract.relations.ownership), end to end on short invented
sentences: an "owned by" passive in a relative clause or with a split-off prefix."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def of(facts: set, predicate: str) -> set:
    return {f for f in facts if f[1] == predicate}


@pytest.mark.parametrize("sentence, expected", [
    ("Harbour Films, which is co-owned by Tom Hale and Copperline Media, made the film.",
     {("Copperline Media", "owns", "Harbour Films")}),
    ("Harbour Films, which is jointly co-owned by Lumen Pictures and Copperline Media, made the film.",
     {("Lumen Pictures", "owns", "Harbour Films"), ("Copperline Media", "owns", "Harbour Films")}),
])
def test_the_companies_of_an_owned_by_agent_own_the_company(facts_of, sentence, expected):
    assert of(facts_of(sentence), "owns") == expected


@pytest.mark.parametrize("sentence", [
    "Harbour Films, which was once co-owned by Copperline Media, made the film.",  # a past owner
    "Harbour Films, which is reportedly co-owned by Copperline Media, made the film.",  # hedged
    "Harbour Films is not co-owned by Copperline Media.",  # denied
    "Harbour Films, which is owned by Tom Hale, made the film.",  # a person owns no company here
])
def test_a_past_hedged_denied_or_personal_owner_gives_no_ownership(facts_of, sentence):
    assert of(facts_of(sentence), "owns") == set()
