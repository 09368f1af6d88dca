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
