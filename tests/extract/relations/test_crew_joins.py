"""Joining or boarding a work as a credited job (mediakg.extract.relations.crew_joins), end to end
on invented sentences, with twins where the job is a post at a company or the join is hedged."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CREDITS = {"directedBy", "writtenBy", "producer", "executiveProducer", "starring"}


def credits(facts: set) -> set:
    return {f for f in facts if f[1] in CREDITS}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mara Quill has boarded Copperhead as director.", ("Copperhead", "directedBy", "Mara Quill")),
    ("Mara Quill has signed on to Copperhead as executive producer.", ("Copperhead", "executiveProducer", "Mara Quill")),
    ("Mara Quill has joined the thriller Copperhead as a writer.", ("Copperhead", "writtenBy", "Mara Quill")),
    ("Mara Quill has come aboard Copperhead as a producer.", ("Copperhead", "producer", "Mara Quill")),
])
def test_joining_a_work_as_a_job_credits_the_job(facts_of, sentence, expected):
    assert credits(facts_of(sentence)) == {expected}


def test_joining_a_company_as_a_post_is_no_credit(facts_of):
    # The twin: "as director of content" at a company is a job there.
    facts = facts_of("Mara Quill has joined Netflix as director of content.")
    assert credits(facts) == set()
    assert ("Mara Quill", "employedBy", "Netflix") in facts


def test_talks_to_board_a_work_give_no_credit(facts_of):
    assert credits(facts_of("Mara Quill is in talks to board Copperhead as director.")) == set()


def test_people_joining_together_as_a_plural_job_are_all_credited(facts_of):
    facts = facts_of("Mara Quill and Tom Hale have boarded Copperhead as executive producers.")
    assert credits(facts) == {("Copperhead", "executiveProducer", "Mara Quill"), ("Copperhead", "executiveProducer", "Tom Hale")}
