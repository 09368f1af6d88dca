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


# --- "X is a C production": the copula classes the work as the company's product ---
@pytest.mark.parametrize("sentence, expected", [
    ("\u201cGlasshouse\u201d is a Harbour Films production.", {("Harbour Films", "produces", "Glasshouse")}),
    ("\u201cGlasshouse\u201d is a Harbour Films and Redline Media co-production.",
     {("Harbour Films", "produces", "Glasshouse"), ("Redline Media", "produces", "Glasshouse")}),
    ("\u201cSalt Road\u201d was a Harbour Films, Redline Media and Bluestone Pictures production.",
     {("Harbour Films", "produces", "Salt Road"), ("Redline Media", "produces", "Salt Road"),
      ("Bluestone Pictures", "produces", "Salt Road")}),
    # the channel it is made for commissioned it, as in "produced by Harbour Films for Netflix"
    ("\u201cGlasshouse\u201d is a Harbour Films production for Netflix.",
     {("Harbour Films", "produces", "Glasshouse"), ("Netflix", "produces", "Glasshouse")}),
    # unquoted, and in apposition; "in association with" names a co-producer
    ("Night Train is a Harbour Films production in association with Redline Media.",
     {("Harbour Films", "produces", "Night Train"), ("Redline Media", "produces", "Night Train")}),
    ("Night Train, a Harbour Films production, opens in May.", {("Harbour Films", "produces", "Night Train")}),
    # companies joined by a slash; a relative "which is" standing for the title
    ("\u201cGlasshouse\u201d is a Harbour Films/Redline Media co-production.",
     {("Harbour Films", "produces", "Glasshouse"), ("Redline Media", "produces", "Glasshouse")}),
    ("\u201cGlasshouse,\u201d which is a Harbour Films production, shoots in May.", {("Harbour Films", "produces", "Glasshouse")}),
    # the copula of "the thriller X is a ... co-production" is no word of the title
    ("The thriller Glasshouse is a Norwegian-Danish co-production between Harbour Films and Redline Media.",
     {("Harbour Films", "produces", "Glasshouse"), ("Redline Media", "produces", "Glasshouse"),
      ("Harbour Films", "partnersWith", "Redline Media")}),
])
def test_work_is_a_company_production(facts_of, sentence, expected):
    assert facts_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "\u201cGlasshouse\u201d is not a Harbour Films production.",    # denied
    "The series is a Harbour Films production.",                  # a reference with no title to point to
    "Harbour Films is a production company.",                     # the company's own kind
    "Dana Vale is a Harbour Films production executive.",         # a job, not a product
    "Night Train, a Harbour Films production executive said, is done.",  # the apposition's twin
    "\u201cGlasshouse,\u201d which is not a Harbour Films production, shoots in May.",  # denied in the relative
])
def test_work_is_a_company_production_twins(facts_of, sentence):
    assert facts_of(sentence) == set()


# --- "C, the studio behind X, ...": an apposition the small model parses as the verb's subject ---
@pytest.mark.parametrize("sentence, expected", [
    ("Harbour Films, the studio behind Glasshouse, has signed a deal with Netflix.",
     {("Harbour Films", "produces", "Glasshouse"), ("Harbour Films", "partnersWith", "Netflix")}),
    ("Harbour Films, the company behind \u201cSalt Road\u201d and \u201cGlasshouse,\u201d is expanding.",
     {("Harbour Films", "produces", "Salt Road"), ("Harbour Films", "produces", "Glasshouse")}),
    ("Harbour Films, the banner behind \u201cGlasshouse,\u201d is expanding.", {("Harbour Films", "produces", "Glasshouse")}),
    ("Dana Vale, the director behind \u201cGlasshouse,\u201d signed with CAA.", {("Dana Vale", "knownFor", "Glasshouse")}),
])
def test_company_the_studio_behind_work(facts_of, sentence, expected):
    assert facts_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # nothing titled behind it
    ("Harbour Films, the force behind the scenes, has signed a deal with Netflix.",
     {("Harbour Films", "partnersWith", "Netflix")}),
    # hedged or denied
    ("Harbour Films, the studio reportedly behind \u201cGlasshouse,\u201d is expanding.", set()),
    ("Harbour Films, the studio that was not behind \u201cGlasshouse,\u201d is expanding.", set()),
    # a company behind a company is its owner only for an owner noun
    ("Dana Vale, the woman behind Harbour Films, is expanding.", set()),
])
def test_company_the_studio_behind_work_twins(facts_of, sentence, expected):
    assert facts_of(sentence) == expected


# --- "A toplines X": the third person of "topline", as "headlines" and "fronts" ---
@pytest.mark.parametrize("sentence, expected", [
    ("Dana Vale toplines \u201cGlasshouse.\u201d", {("Glasshouse", "starring", "Dana Vale")}),
    ("Dana Vale and Milo Brandt toplines \u201cGlasshouse.\u201d",
     {("Glasshouse", "starring", "Dana Vale"), ("Glasshouse", "starring", "Milo Brandt")}),
    ("Dana Vale toplines the Harbour Films drama \u201cGlasshouse.\u201d",
     {("Glasshouse", "starring", "Dana Vale"), ("Harbour Films", "produces", "Glasshouse")}),
    # twins: no work, or only reported
    ("Milo Brandt toplines the lineup at Sundance.", set()),
    ("Milo Brandt reportedly toplines \u201cSalt Road.\u201d", set()),
])
def test_toplines(facts_of, sentence, expected):
    assert facts_of(sentence) == expected


# --- "A is the lead in X": a cast noun as the copula's complement, with its title ---
@pytest.mark.parametrize("sentence, expected", [
    ("Dana Vale is the lead in \u201cGlasshouse.\u201d", {("Glasshouse", "starring", "Dana Vale")}),
    ("Dana Vale will be the lead in \u201cSalt Road.\u201d", {("Salt Road", "starring", "Dana Vale")}),
    ("Dana Vale and Milo Brandt are the leads in \u201cGlasshouse.\u201d",
     {("Glasshouse", "starring", "Dana Vale"), ("Glasshouse", "starring", "Milo Brandt")}),
    ("Dana Vale is the star of \u201cGlasshouse.\u201d",
     {("Glasshouse", "starring", "Dana Vale"), ("Dana Vale", "knownFor", "Glasshouse")}),
])
def test_copula_lead(facts_of, sentence, expected):
    assert facts_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Dana Vale is the lead on the project.", set()),                     # no title
    ("Dana Vale is the lead of the Harbour Films team.", set()),          # a team, not a cast
    ("Dana Vale is not the lead in \u201cGlasshouse.\u201d", set()),         # denied
    ("Dana Vale is in talks to be the lead in \u201cSalt Road.\u201d", set()),  # negotiated
    ("Dana Vale is the lead producer at Harbour Films.",                  # another noun's modifier
     {("Dana Vale", "employedBy", "Harbour Films"), ("Dana Vale", "role", "producer")}),
])
def test_copula_lead_twins(facts_of, sentence, expected):
    assert facts_of(sentence) == expected
