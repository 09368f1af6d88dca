"""mediakg/evaluate/scoring.py: hand-made gold and predictions, scored by the evaluation README's rules."""
from __future__ import annotations

from pathlib import Path

import pytest

from mediakg.evaluate.gold import GoldArticle, GoldEntity
from mediakg.evaluate.scoring import Error, PredictedEntity, PredictedFact, band_of, norm, norm_value, score_article

GOLD = GoldArticle(
    name="deal",
    text_path=Path("deal.txt"),
    entities=(
        GoldEntity("streamly", "Streamly", "StreamingService", ("the streamer",)),
        GoldEntity("harbor", "Harbor Studios", "Studio", ("Harbor",)),
        GoldEntity("night-harbor-series", "Night Harbor", "Series"),
        GoldEntity("night-harbor-1998", "Night Harbor", "Film"),
        GoldEntity("maya", "Maya Lindqvist", "Person"),
        GoldEntity("deal", "multi-year agreement", "Agreement"),
    ),
    relations=(
        ("streamly", "partnersWith", "harbor"),
        ("harbor", "produces", "night-harbor-series"),
        ("night-harbor-series", "basedOn", "night-harbor-1998"),
        ("night-harbor-series", "directedBy", "maya"),
        ("harbor", "announcedAt", "deal"),  # touches an Agreement: not scored
    ),
    attributes=(("night-harbor-1998", "releaseYear", "1998"), ("maya", "role", "head of drama")),
)


def entity(node: str, *labels: str, types: tuple[str, ...]) -> PredictedEntity:
    return PredictedEntity(node, frozenset(labels), frozenset(types))


PREDICTED = [
    entity("n:streamly", "Streamly", types=("Organization",)),  # superclass: half credit
    entity("n:harbor", "The Harbor Studios", types=("Studio",)),  # "The" is dropped
    entity("n:series", "Night Harbor", types=("Series",)),
    entity("n:film", "Night Harbor", types=("Film",)),
    entity("n:maya", "Maya Lindqvist", types=("Person",)),
    entity("n:pier", "Pier Nine", types=("Facility",)),  # not in the gold
    entity("n:deal", "multi-year agreement", types=("Agreement",)),
]
FACTS = [
    PredictedFact("n:harbor", "partnersWith", "n:streamly", 0.9),  # the symmetric direction
    PredictedFact("n:harbor", "produces", "n:series", 0.8),
    PredictedFact("n:series", "basedOn", "n:film", 0.7),
    PredictedFact("n:film", "directedBy", "n:maya", 0.7),  # wrong work: spurious and missed
    PredictedFact("n:harbor", "owns", "n:pier", 0.6),
    PredictedFact("n:harbor", "announcedAt", "n:deal", 0.9),  # Agreement: ignored
    PredictedFact("n:film", "releaseYear", "1998", 0.9, is_attribute=True),
    PredictedFact("n:maya", "role", "Head of Drama at Harbor", 0.8, is_attribute=True),
]


@pytest.fixture(scope="module")
def score():
    return score_article(GOLD, PREDICTED, FACTS)


def counts(tally) -> tuple:
    return tally.correct, tally.predicted, tally.found, tally.gold


def test_entities_match_by_normalised_label_and_ignore_agreements(score):
    assert counts(score.entities) == (5, 6, 5, 5)
    assert counts(score.typed) == (4.5, 6, 4.5, 5)


def test_a_superclass_earns_half_credit_on_both_sides(score):
    assert counts(score.by_type["Organization"]) == (0.5, 1, 0, 0)
    assert counts(score.by_type["StreamingService"]) == (0, 0, 0.5, 1)
    assert counts(score.by_type["Film"]) == (1, 1, 1, 1)
    assert counts(score.by_type["Facility"]) == (0, 1, 0, 0)


def test_relations_per_predicate(score):
    assert counts(score.by_predicate["partnersWith"]) == (1, 1, 1, 1)
    assert counts(score.by_predicate["basedOn"]) == (1, 1, 1, 1)
    assert counts(score.by_predicate["directedBy"]) == (0, 1, 0, 1)
    assert counts(score.by_predicate["owns"]) == (0, 1, 0, 0)
    assert "announcedAt" not in score.by_predicate
    assert counts(score.relations) == (3, 5, 3, 4)
    assert (score.relations.precision, score.relations.recall) == (0.6, 0.75)


def test_attribute_values_are_normalised_and_roles_match_by_containment(score):
    assert counts(score.by_predicate["releaseYear"]) == (1, 1, 1, 1)
    assert counts(score.by_predicate["role"]) == (1, 1, 1, 1)
    assert counts(score.attributes) == (2, 2, 2, 2)


def test_missed_and_spurious_facts_are_named_by_label(score):
    assert score.missed == [Error("deal", "relation", "Night Harbor", "directedBy", "Maya Lindqvist")]
    assert [e.line() for e in score.spurious] == [
        "deal: entity Pier Nine (Facility)",
        "deal: Night Harbor directedBy Maya Lindqvist",
        "deal: Harbor Studios owns Pier Nine",
    ]


def test_precision_per_confidence_band(score):
    bands = {low: (t.correct, t.predicted) for low, t in score.by_band.items()}
    assert bands == {0.85: (2, 2), 0.75: (2, 2), 0.0: (1, 3)}


def test_a_duplicate_node_carries_its_facts_to_the_gold_entity():
    twice = [*PREDICTED, entity("n:maya2", "Maya Lindqvist", types=("Person",))]
    facts = [PredictedFact("n:series", "directedBy", "n:maya2", 0.7)]
    score = score_article(GOLD, twice, facts)
    assert counts(score.by_predicate["directedBy"]) == (1, 1, 1, 1)
    assert counts(score.entities) == (5, 7, 5, 5)


def test_nothing_predicted_scores_zero_recall():
    score = score_article(GOLD, [], [])
    assert counts(score.relations) == (0, 0, 0, 4)
    assert score.relations.f1 == 0.0
    assert len(score.missed) == 5 + 4 + 2


@pytest.mark.parametrize("text,expected", [
    ("The Harbor Studios", "harbor studios"), ("Toho\u2019s", "toho"), ("  Night   Harbor ", "night harbor"),
])
def test_norm(text, expected):
    assert norm(text) == expected


@pytest.mark.parametrize("predicate,value,expected", [
    ("releaseYear", "the 1998 film", "1998"), ("area", "1,200.5 sq m", "1200.5"),
    ("announcedOn", "2026-01-27", "2026-01-27"), ("role", "The Head of Drama", "head of drama"),
])
def test_norm_value(predicate, value, expected):
    assert norm_value(predicate, value) == expected


@pytest.mark.parametrize("confidence,band", [(1.0, 0.85), (0.85, 0.85), (0.8, 0.75), (0.74, 0.0), (0.0, 0.0)])
def test_band_of(confidence, band):
    assert band_of(confidence) == band
