"""Deals: an agreement's parties, what it covers and its terms; rumoured, negotiated and planned
facts kept apart from stated ones. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from mediakg.extract.relations.deals import agreement_kind, duration, parse_amount

pytestmark = pytest.mark.slow


def deal_facts(facts, predicate):
    return {(s, o) for s, p, o in facts if p == predicate}


def test_parties_both_ways_kind_duration_and_value(facts_of):
    facts = facts_of("Harbor Studios has signed a five-year output deal with Lumen Pictures for $18 million.")
    deal = "five-year output deal"
    assert deal_facts(facts, "party") == {(deal, "Harbor Studios"), (deal, "Lumen Pictures")}
    assert deal_facts(facts, "partyTo") == {("Harbor Studios", deal), ("Lumen Pictures", deal)}
    assert (deal, "agreementKind", "output") in facts
    assert (deal, "duration", "five-year") in facts
    assert (deal, "value", "18000000 USD") in facts
    assert ("Harbor Studios", "partnersWith", "Lumen Pictures") in facts


def test_territory_start_and_announcement(facts_of):
    facts = facts_of("Harbor Studios signed a multi-year licensing deal with Lumen Pictures for Latin America. "
                     "The deal, announced on Mar 3, 2025, will start in 2026.")
    deal = "multi-year licensing deal"
    assert (deal, "territory", "Latin America") in facts
    assert (deal, "agreementKind", "licensing") in facts
    assert (deal, "startDate", "2026") in facts
    assert (deal, "announcedOn", "2025-03-03") in facts


def test_where_a_deal_was_signed_is_no_territory(facts_of):
    facts = facts_of("Harbor Studios signed a licensing deal with Lumen Pictures in Madrid.")
    assert not deal_facts(facts, "territory")


def test_a_deal_covers_the_work_it_is_for(facts_of):
    facts = facts_of("Hulu struck a licensing deal with Lumen Pictures for the series \u201cBlue Hour\u201d.")
    assert ("licensing deal", "covers", "Blue Hour") in facts


def test_an_acquisition_is_an_agreement_and_keeps_its_plain_triple(facts_of, entities_of):
    text = "Lionsgate agreed to acquire Mubi for \u00a32.5bn."
    facts = facts_of(text)
    deal = "Lionsgate acquisition of Mubi"
    assert entities_of(text)[deal].type == "Agreement"
    assert ("Lionsgate", "acquires", "Mubi") in facts
    assert {(deal, "agreementKind", "acquisition"), (deal, "covers", "Mubi"), (deal, "party", "Lionsgate"),
            (deal, "party", "Mubi"), (deal, "value", "2500000000 GBP")} <= facts


def test_a_budget_is_no_deal_value(facts_of):
    facts = facts_of("Harbor Studios signed a first-look deal with Lumen Pictures. "
                     "The studio gave the film a $40 million budget.")
    assert not deal_facts(facts, "value")


def test_a_deal_named_again_with_the_is_the_same_deal(entities_of, facts_of):
    text = ("Hulu signed a multi-year agreement with Lumen Pictures. "
            "The leasing agreement gives Hulu three stages.")
    agreements = [e for e in entities_of(text).values() if e.type == "Agreement"]
    assert len(agreements) == 1
    assert ("multi-year agreement", "agreementKind", "lease") in facts_of(text)


# --- status: each cue with its twins, stated (a plain fact) and denied (nothing) ---------------

STATUS_CASES = [
    # (status, reported sentence, stated twin, denied twin, fact)
    ("negotiating", "Lionsgate is in talks to acquire Mubi.", "Lionsgate has agreed to acquire Mubi.",
     "Lionsgate denied it is in talks to acquire Mubi.", ("Lionsgate", "acquires", "Mubi")),
    ("negotiating", "Lionsgate is nearing a deal to acquire Mubi.", "Lionsgate struck a deal to acquire Mubi.",
     "Lionsgate is not nearing a deal to acquire Mubi.", ("Lionsgate", "acquires", "Mubi")),
    ("rumoured", "Harbor Studios is reportedly acquiring Lumen Pictures.", "Harbor Studios is acquiring Lumen Pictures.",
     "Harbor Studios is not acquiring Lumen Pictures.", ("Harbor Studios", "acquires", "Lumen Pictures")),
    ("rumoured", "Harbor Studios is said to have signed a partnership with Lumen Pictures.",
     "Harbor Studios has signed a partnership with Lumen Pictures.",
     "Harbor Studios denied it has signed a partnership with Lumen Pictures.",
     ("Harbor Studios", "partnersWith", "Lumen Pictures")),
    ("planned", "Harbor Studios plans to acquire Lumen Pictures.", "Harbor Studios will acquire Lumen Pictures.",
     "Harbor Studios has no plans to acquire Lumen Pictures.", ("Harbor Studios", "acquires", "Lumen Pictures")),
]


@pytest.mark.parametrize("status, reported, stated, denied, fact", STATUS_CASES, ids=[c[1] for c in STATUS_CASES])
def test_status_of_a_reported_fact_and_its_twins(facts_of, reported_of, status, reported, stated, denied, fact):
    assert fact in reported_of(reported).get(status, set())
    assert fact not in facts_of(reported)  # no plain fact for a rumour
    assert fact in facts_of(stated) and not reported_of(stated)
    assert fact not in facts_of(denied) and not reported_of(denied)


def test_a_reported_deal_has_its_parties_with_the_same_status(facts_of, reported_of):
    text = "Harbor Studios is reportedly nearing a first-look deal with Lumen Pictures."
    assert ("first-look deal", "party", "Harbor Studios") in reported_of(text)["rumoured"]
    assert not deal_facts(facts_of(text), "party")


def test_a_plan_named_as_a_noun_is_a_stated_fact(facts_of, reported_of):
    text = "Hulu outlined the company\u2019s plan to use the Pier Nine Stage."
    assert ("Hulu", "uses", "Pier Nine Stage") in facts_of(text)


# --- the words on their own ---------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("$18 million", "18000000 USD"), ("\u00a32.5bn", "2500000000 GBP"), ("\u20ac400,000", "400000 EUR"),
    ("US$1.2 billion", "1200000000 USD"), ("$75m", "75000000 USD"), ("eighteen dollars", None),
])
def test_parse_amount(text, amount):
    assert parse_amount(text) == amount


@pytest.mark.parametrize("name, kind, term", [
    ("five-year output deal", "output", "five-year"), ("multi-year first-look deal", "first-look", "multi-year"),
    ("co-production agreement", "co-production", ""), ("merger agreement", "merger", ""),
    ("new partnership", "", ""),
])
def test_kind_and_duration_from_the_name(name, kind, term):
    assert agreement_kind(name) == kind
    assert duration(name) == term
