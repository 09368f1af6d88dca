"""People's credits in the forms trade news writes them (probeC inventory), each with a negative twin:
directorial debuts named by an "of" phrase, ..."""
import pytest

pytestmark = pytest.mark.slow


def only(facts, *predicates):
    return {f for f in facts if f[1] in predicates}


# --- "X marks the directorial debut of A": the "of" phrase says whose debut it is ---
@pytest.mark.parametrize("sentence, expected", [
    ("The thriller The Quiet Hour marks the directorial debut of Dana Vale.",
     {("The Quiet Hour", "directedBy", "Dana Vale")}),
    ("The drama Glasshouse will be the directorial debut of Tom Hale.",
     {("Glasshouse", "directedBy", "Tom Hale")}),
    ("The drama Glasshouse marks the feature directorial debut of Tom Hale and Dana Vale.",
     {("Glasshouse", "directedBy", "Tom Hale"), ("Glasshouse", "directedBy", "Dana Vale")}),
])
def test_directorial_debut_of_a_person(facts_of, sentence, expected):
    assert only(facts_of(sentence), "directedBy") == expected


@pytest.mark.parametrize("sentence", [
    "The drama Glasshouse is not the directorial debut of Tom Hale.",  # denied
    "The drama Glasshouse could mark the directorial debut of Tom Hale.",  # hedged
    "The drama Glasshouse marks the directorial debut of Harbour Films.",  # a company has no debut as director
])
def test_no_directorial_debut_of_when_denied_or_no_person(facts_of, sentence):
    assert only(facts_of(sentence), "directedBy") == set()
