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


# "as" after a linking verb, with a run of job nouns ending in the EP noun.
@pytest.mark.parametrize("sentence, names", [
    ("Tom Hale will serve as writer, showrunner and executive producer alongside Maya Lund.", {"Tom Hale", "Maya Lund"}),
    ("Tom Hale and Maya Lund will write and serve as showrunners and executive producers on the series.", {"Tom Hale", "Maya Lund"}),
    ("Tom Hale is set to direct and serve as an executive producer on the first two episodes.", {"Tom Hale"}),
    ("Tom Hale and Maya Lund remain attached as executive producers.", {"Tom Hale", "Maya Lund"}),
    ("Tom Hale has signed on as an executive producer and will direct the first episode.", {"Tom Hale"}),
])
def test_as_ep_complement(facts_of, sentence, names):
    assert eps(facts_of(ORDER + sentence)) == {("Glasshouse", "executiveProducer", name) for name in names}


@pytest.mark.parametrize("sentence", [
    # a hedged job gives no plain fact
    "Tom Hale is in talks to serve as an executive producer.",
    # a post at a company, no credit
    "Tom Hale will serve as executive producer at Lumen Pictures.",
    # a job noun of another kind after "as": no EP credit for the partner either
    "Tom Hale will serve as director alongside Maya Lund.",
    # a co-executive producer is a staff rank of its own
    "Tom Hale will serve as writer and co-executive producer.",
])
def test_as_ep_complement_negatives(facts_of, sentence):
    assert not eps(facts_of(ORDER + sentence))


def test_as_ep_partner_with_own_clause(facts_of):
    # "alongside B with C producing": C's absolute clause gives C a job of its own
    facts = facts_of(ORDER + "Tom Hale will serve as exec producer alongside Maya Lund with Dina Vale producing.")
    assert eps(facts) == {("Glasshouse", "executiveProducer", n) for n in ("Tom Hale", "Maya Lund")}


def test_a_post_at_a_company_is_no_credit(facts_of):
    # "is also an executive producer at C": the job is held at the company, no credit for the work
    assert not eps(facts_of(ORDER + "Maya Lund is also an executive producer at Lumen Pictures."))
