"""Commission rules (mediakg.extract.relations.commissions), end to end on short invented
sentences: a title made "for" a channel or streamer, and "X is behind Y"."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def of(facts: set, predicate: str) -> set:
    return {f for f in facts if f[1] == predicate}


@pytest.mark.parametrize("sentence, expected", [
    ("Copperline developed \u201cStone Hill\u201d for Netflix.", {("Netflix", "produces", "Stone Hill")}),
    ("Ana Ruiz developed Glasshouse for Apple TV+ last year.", {("Apple TV+", "produces", "Glasshouse")}),
    ("Since then the company has made \u201cRed Harbour\u201d for ITV2 and \u201cBigheads\u201d for ITV.",
     {("ITV2", "produces", "Red Harbour")}),
    ("Tom Hale previously directed two episodes of Glasshouse for Hulu.", {("Hulu", "produces", "Glasshouse")}),
    ("The studio is currently shooting Nazareth, a new drama for Fox.", {("Fox", "produces", "Nazareth")}),
])
def test_a_title_made_for_a_platform_is_produced_by_it(facts_of, sentence, expected):
    assert of(facts_of(sentence), "produces") == expected


@pytest.mark.parametrize("sentence", [
    "Copperline is reportedly developing \u201cStone Hill\u201d for Netflix.",  # hedged
    "Harbour Films acquired \u201cStone Hill\u201d for the UK.",  # a territory, not a platform
    "Copperline sold \u201cStone Hill\u201d for $5 million.",  # a price
])
def test_a_hedged_or_non_platform_for_gives_no_commission(facts_of, sentence):
    assert of(facts_of(sentence), "produces") == set()


@pytest.mark.parametrize("sentence", [
    "Stone Hill is produced by Copperline Films for Channel 4.",
    "Stone Hill, produced by Copperline Films for Channel 4, stars Ana Ruiz.",
    "The drama Stone Hill was made by Copperline Films for Channel 4.",
])
def test_a_title_made_by_a_company_for_a_platform_in_the_passive(facts_of, sentence):
    # The passive puts the maker between the work and "for": both produce it.
    assert of(facts_of(sentence), "produces") == {("Copperline Films", "produces", "Stone Hill"),
                                                  ("Channel 4", "produces", "Stone Hill")}


def test_a_passive_for_a_price_or_a_company_is_no_commission(facts_of):
    # The negative twin: "for" a sum, or for a producer's banner, names no commissioning platform.
    assert of(facts_of("Stone Hill was produced by Copperline Films for $2 million."), "produces") == {
        ("Copperline Films", "produces", "Stone Hill")}
    assert ("Harbour Films", "produces", "Stone Hill") not in facts_of(
        "Stone Hill was written by Ana Ruiz for Harbour Films.")


def test_for_after_a_later_title_does_not_credit_an_earlier_one(facts_of):
    # "created X and co-created Y for BBC": the platform goes with the title next to it, not X.
    facts = facts_of("Mara Quill created HBO\u2019s \u201cDivorce\u201d and co-created \u201cPulling\u201d for BBC.")
    assert ("BBC", "produces", "Divorce") not in facts


@pytest.mark.parametrize("sentence, expected", [
    ("Lumen Pictures is behind \u201cStone Hill.\u201d", {("Lumen Pictures", "produces", "Stone Hill")}),
    ("Lumen Pictures is behind hit shows including Stone Hill and Blue Lake.",
     {("Lumen Pictures", "produces", "Stone Hill"), ("Lumen Pictures", "produces", "Blue Lake")}),
])
def test_a_company_behind_works_produces_them(facts_of, sentence, expected):
    assert of(facts_of(sentence), "produces") == expected


@pytest.mark.parametrize("sentence", [
    "Lumen Pictures is said to be behind \u201cStone Hill.\u201d",
    "Lumen Pictures is not behind \u201cStone Hill.\u201d",
    "The team behind the deal is in London.",
])
def test_a_hedged_or_denied_behind_gives_nothing(facts_of, sentence):
    assert of(facts_of(sentence), "produces") == set()


def test_a_work_noun_object_with_its_title_made_for_a_platform(facts_of):
    # "produced the series X for HBO": the object is the noun the title stands in apposition to.
    assert ("HBO", "produces", "Salt Road") in facts_of("Lumen Films produced the Emmy-winning series Salt Road for HBO.")
