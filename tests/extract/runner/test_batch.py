"""Batches of texts: the same records as one document at a time, batch after batch."""
from __future__ import annotations

import pytest

from mediakg.extract.runner.batch import extract_texts
from mediakg.extract.document import RULES, extract
from mediakg.extract.relations.matching import matching_rules

# Made-up trade news, written for these tests.
TEXTS = [
    "Streamly has signed a multi-year agreement with Harbor Studios.\n"
    "Harbor Studios will produce the drama series \"Night Harbor\" for Streamly, directed by Maya Lindqvist.\n",
    "Netflix and Toho Studios announced a partnership to develop animated films in Tokyo.\n",
    "Toho Studios has started shooting Godzilla Rises at its Tokyo lot.\n",
    "Harbor Studios hired Maya Lindqvist, head of drama at Streamly, to run its unit in Vancouver.\n",
    "Orbit Pictures acquired Lantern Studios, the company said on Monday.\n",
]

slow = pytest.mark.slow


@slow
def test_batches_give_the_records_of_one_document_at_a_time(nlp):
    one_by_one = [extract(nlp(text)) for text in TEXTS]
    # Two batches in a row: the second runs after the first batch's memory zone freed its strings.
    assert extract_texts(TEXTS[:3], batch_size=2) + extract_texts(TEXTS[3:], batch_size=2) == one_by_one
    assert extract_texts(TEXTS) == one_by_one
    assert any(f.predicate == "produces" and f.rule == "verbs.shooting" for f in one_by_one[2].facts)


@slow
def test_a_rule_runs_only_where_its_words_can_match(nlp):
    hired = next(i for i, rule in enumerate(RULES) if rule.name == "hires.named_role_at")
    assert hired not in matching_rules(RULES, nlp(TEXTS[1]))
    found = extract(nlp("Maya Lindqvist has been named head of drama at Streamly."))
    assert [(f.predicate, f.rule) for f in found.facts if f.rule.startswith("hires.")] == [("employedBy", "hires.named_role_at")]


def test_a_batch_is_parsed_on_one_blas_thread_and_the_setting_restored_after(nlp, monkeypatch):
    # A small model's matrix products gain nothing from BLAS threads and two workers would fight
    # for the cores; a program that calls extraction gets its own setting back afterwards.
    from threadpoolctl import threadpool_info

    def blas_threads() -> list[int]:
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

    seen: list[list[int]] = []
    parse = nlp.pipe

    def watched(*args, **kwargs):
        seen.append(blas_threads())
        yield from parse(*args, **kwargs)

    before = blas_threads()
    monkeypatch.setattr(nlp, "pipe", watched)
    assert extract_texts(["Maria Lund will direct the thriller."])
    assert seen and all(threads == [1] * len(before) for threads in seen)
    assert blas_threads() == before
