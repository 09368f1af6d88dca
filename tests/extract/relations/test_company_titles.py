"""Short noun-phrase forms that tie a title to its company, end to end on invented sentences:
"the Harbour Films-produced drama X", "X is a Harbour Films production", and their twins."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def types_of(extraction) -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in extraction.entities}


# --- "the C-produced drama X": a company fused to "produced" made the work ---
@pytest.mark.parametrize("sentence, expected", [
    ("The Harbour Films-produced drama Glasshouse premieres in May.",
     {("Harbour Films", "produces", "Glasshouse")}),
    ("The Bluestone Pictures-produced thriller Salt Road opens Friday.",
     {("Bluestone Pictures", "produces", "Salt Road")}),
    ("Netflix will stream the Redline Media-produced series Quiet Hours.",
     {("Redline Media", "produces", "Quiet Hours"), ("Netflix", "distributes", "Quiet Hours")}),
])
def test_company_hyphen_produced_work(facts_of, sentence, expected):
    assert facts_of(sentence) == expected


def test_company_hyphen_produced_is_a_company_not_a_person(extraction_of):
    found = types_of(extraction_of("The Harbour Films-produced drama Glasshouse premieres in May."))
    assert ("Harbour Films", "ProductionCompany") in found
    assert not {t for label, t in found if label == "Harbour Films"} & {"Person"}


@pytest.mark.parametrize("sentence, expected", [
    # a person fused to "produced" is still the work's producer
    ("The Dana Vale-produced drama Glasshouse premieres in May.", {("Glasshouse", "producer", "Dana Vale")}),
    # no title follows: a slate, an untitled drama
    ("The Harbour Films-produced slate includes six films.", set()),
    ("The Harbour Films-produced drama was shot in Toronto.", set()),
    # money behind a work is not its production
    ("The Harbour Films-backed drama Glasshouse premieres in May.", set()),
])
def test_company_hyphen_produced_twins(facts_of, sentence, expected):
    assert facts_of(sentence) == expected
