"""Employment read from the parse: copulas with a job title, "headed by", hires and joins."""
import pytest

pytestmark = pytest.mark.slow


def jobs(facts):
    return {f for f in facts if f[1] in ("employedBy", "role")}


@pytest.mark.parametrize("sentence, expected", [
    ("Rita Combs is the chief executive of Tidewater Media.",
     {("Rita Combs", "employedBy", "Tidewater Media"), ("Rita Combs", "role", "chief executive")}),
    ("Omar Reyes serves as head of international at Harbour Films.",
     {("Omar Reyes", "employedBy", "Harbour Films"), ("Omar Reyes", "role", "head of international")}),
    ("Ivo Drake has been hired by Fenwick Studios as head of comedy.",
     {("Ivo Drake", "employedBy", "Fenwick Studios"), ("Ivo Drake", "role", "head of comedy")}),
    ("Led by Tom Hale and Lena Marsh, Fenwick Studios will open a London office.",
     {("Tom Hale", "employedBy", "Fenwick Studios"), ("Lena Marsh", "employedBy", "Fenwick Studios")}),
    ("Paul Vance, who runs the company, joined Fenwick Studios in 2019.",
     {("Paul Vance", "employedBy", "Fenwick Studios")}),
])
def test_employment_forms(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Rita Combs is in talks to become the chief executive of Tidewater Media.",  # hedged
    "Rita Combs is not the chief executive of Tidewater Media.",  # denied
    "Rita Combs is a former chief executive of Tidewater Media.",  # no longer there
    "Paul Vance left Fenwick Studios in 2019.",  # leaving is not working there
])
def test_employment_negative_twins(facts_of, sentence):
    assert not jobs(facts_of(sentence))
