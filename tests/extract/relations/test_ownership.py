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


# --- rel6: a company that has or operates a listed set of companies ---
@pytest.mark.parametrize("text, owned", [
    ("Harbour Films now has four production ventures in the U.K. -- Copperline Studios, Tidewater Media, Saltmarsh Pictures "
     "and Silverline Productions.", {"Copperline Studios", "Tidewater Media", "Saltmarsh Pictures", "Silverline Productions"}),
    ("Harbour Films operates two labels: Copperline Studios and Tidewater Media.", {"Copperline Studios", "Tidewater Media"}),
])
def test_a_listed_set_of_held_companies(facts_of, text, owned):
    assert {f for f in facts_of(text) if f[1] == "owns"} == {("Harbour Films", "owns", o) for o in owned}


@pytest.mark.parametrize("text", [
    "Harbour Films formerly had two labels: Copperline Studios and Tidewater Media.",  # a past holding
    "Harbour Films has two partners -- Copperline Studios and Tidewater Media.",  # partners are not held
    "Harbour Films has two production ventures, and Tidewater Media has one.",  # no list after a dash
])
def test_no_held_list(facts_of, text):
    assert not {f for f in facts_of(text) if f[1] == "owns"}


@pytest.mark.parametrize("text, expected", [
    # probeD: a company that holds a work's rights owns it; one that has a majority stake owns the company.
    ("Lanternfish Pictures holds the rights to \u201cBrass Meadow\u201d.", {("Lanternfish Pictures", "owns", "Brass Meadow")}),
    ("Lanternfish Pictures, which owns the remake rights to the film \u201cBrass Meadow\u201d, will produce.",
     {("Lanternfish Pictures", "owns", "Brass Meadow")}),
    ("Lanternfish Pictures has a majority stake in Orchard Lane Media.", {("Lanternfish Pictures", "owns", "Orchard Lane Media")}),
    # Twins: a stake of no stated size, a minority one, rights no longer held.
    ("Lanternfish Pictures has a stake in Orchard Lane Media.", set()),
    ("Lanternfish Pictures has a minority stake in Orchard Lane Media.", set()),
    ("Lanternfish Pictures no longer holds the rights to \u201cBrass Meadow\u201d.", set()),
])
def test_held_rights_and_a_majority_stake_make_an_owner(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "owns"} == expected


@pytest.mark.parametrize("text, expected", [
    # probeD: "part of the Group", "a unit of the Group": the parent's name may take its article.
    ("Orchard Lane Media, part of the Lanternfish Group, backs the film.", {("Orchard Lane Media", "subsidiaryOf", "Lanternfish Group")}),
    ("Orchard Lane Media, a unit of the Lanternfish Group, backs the film.", {("Orchard Lane Media", "subsidiaryOf", "Lanternfish Group")}),
    # Twin: a denied membership.
    ("Orchard Lane Media is not part of the Lanternfish Group.", set()),
])
def test_a_unit_of_the_group_is_its_subsidiary(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "subsidiaryOf"} == expected
