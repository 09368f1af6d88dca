"""The running "executive produces with" list (mediakg.extract.relations.ep_lists), end to end on
short invented sentences."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

ORDER = "HBO has ordered the drama Glasshouse. "


def eps(facts: set) -> set:
    return {f for f in facts if f[1] == "executiveProducer"}


def test_the_list_runs_past_a_banner(facts_of):
    # "A executive produces with B for X, C and D": C and D are executive producers too.
    facts = facts_of(ORDER + "Tom Hale executive produces with Peter Crane for Lumen Pictures, Dina Vale and Carl Stone.")
    assert eps(facts) == {("Glasshouse", "executiveProducer", name)
                          for name in ("Tom Hale", "Peter Crane", "Dina Vale", "Carl Stone")}


@pytest.mark.parametrize("sentence, not_eps", [
    # a new clause after the list: its subjects are no items of the credit
    ("Tom Hale executive produces with Maya Lund for Lumen Pictures, and Peter Crane and Dina Vale star.",
     {"Peter Crane", "Dina Vale"}),
    # a hedged credit gives no plain fact
    ("Tom Hale is in talks to executive produce with Maya Lund for Lumen Pictures, Dina Vale and Carl Stone.",
     {"Tom Hale", "Maya Lund", "Dina Vale", "Carl Stone"}),
])
def test_a_new_clause_or_a_hedge_ends_the_list(facts_of, sentence, not_eps):
    assert not {f for f in eps(facts_of(ORDER + sentence)) if f[2] in not_eps}


@pytest.mark.parametrize("sentence", [
    "Tom Hale will write the script and executive produce with Maya Lund and Dina Vale.",
    "Tom Hale will write and executive produce with Maya Lund and Dina Vale.",
])
def test_rel5_a_second_bare_ep_verb_runs_the_list(facts_of, sentence):
    # "will write ... and executive produce with B and C": the bare form after "will" is the same
    # credit, and B and C are its partners, not co-writers.
    facts = facts_of(ORDER + sentence)
    assert eps(facts) == {("Glasshouse", "executiveProducer", name) for name in ("Tom Hale", "Maya Lund", "Dina Vale")}
    assert not {f for f in facts if f[1] == "writtenBy" and f[2] in ("Maya Lund", "Dina Vale")}


@pytest.mark.parametrize("sentence, not_eps", [
    # a past credit with partners is a calling card of another work, not the article's
    ("Tom Hale wrote the novel and executive produced Moonfall with Maya Lund.", {"Maya Lund"}),
    # hedged
    ("Tom Hale is in talks to write and executive produce with Maya Lund.", {"Tom Hale", "Maya Lund"}),
])
def test_rel5_bare_ep_verb_negative_twins(facts_of, sentence, not_eps):
    assert not {f for f in eps(facts_of(ORDER + sentence)) if f[2] in not_eps}
