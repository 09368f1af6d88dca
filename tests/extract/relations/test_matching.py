"""Rule selection and Matcher caching (mediakg.extract.relations.matching) on blank-model Docs.

A costly rule (many optional tokens) runs only when every word it requires is in the document;
a cheap rule always runs; compiled Matchers are shared between calls for the same rules.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from mediakg.extract.relations import credits, works
from mediakg.extract.relations.engine import Rule, ent, gap, kinds, word
from mediakg.extract.relations import matching
from mediakg.extract.relations.matching import (COSTLY_OPTIONAL_TOKENS, applicable_rules, compiled_matcher,
                                                rule_info)


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def doc_of(vocab, text: str) -> Doc:
    words = text.split()
    return Doc(vocab, words=words, lemmas=[w.lower() for w in words])


CHEAP = Rule("test.cheap", "directedBy", [word("directed"), word("by"), ent("person", "object")],
             kinds("work"), kinds("person"), 0.9)
COSTLY = Rule("test.costly", "knownFor", [word("known"), *gap(COSTLY_OPTIONAL_TOKENS), word("for", "as"), ent("work", "object")],
              kinds("person"), kinds("work"), 0.7)


def test_rule_info_reads_required_words_and_cost():
    cheap, costly = rule_info(CHEAP), rule_info(COSTLY)
    assert not cheap.costly
    assert costly.costly
    assert ("LOWER", frozenset({"known"})) in costly.required
    assert ("LOWER", frozenset({"for", "as"})) in costly.required
    # Optional gap tokens are never required.
    assert all(values for _, values in costly.required)
    assert len(costly.required) == 2


def test_rule_info_pattern_leaves_out_role_keys():
    info = rule_info(CHEAP)
    assert "ROLE" not in info.pattern
    assert '"directed"' in info.pattern


def test_a_costly_rule_runs_only_when_its_words_are_present(vocab):
    rules = [CHEAP, COSTLY]
    assert applicable_rules(rules, doc_of(vocab, "Mara Quill is known for Copperhead")) == (0, 1)
    assert applicable_rules(rules, doc_of(vocab, "Mara Quill is known in Leeds")) == (0,)
    assert applicable_rules(rules, doc_of(vocab, "Harbour Films ordered Copperhead")) == (0,)


def test_the_real_rule_modules_keep_most_rules_cheap(vocab):
    rules = [*credits.RULES, *works.RULES]
    chosen = applicable_rules(rules, doc_of(vocab, "Harbour Films ordered Copperhead"))
    # Every rule the bare sentence cannot match but is cheap still runs; only costly ones drop.
    dropped = set(range(len(rules))) - set(chosen)
    assert all(rule_info(rules[i]).costly for i in dropped)
    assert len(chosen) > len(rules) // 2


def test_compiled_matcher_is_cached_and_maps_ids_to_rule_indices(vocab):
    rules = [CHEAP, COSTLY]
    matcher, rule_of = compiled_matcher(vocab, rules, (0, 1))
    again, _ = compiled_matcher(vocab, rules, (0, 1))
    assert again is matcher
    assert sorted(rule_of.values()) == [0, 1]
    # A set of rules asked for the first time runs on the Matcher of all the rules, its other
    # rules' match ids left out; asked for again, it gets a Matcher of its own.
    matching._ASKED.clear()
    first, first_of = compiled_matcher(vocab, rules, (0,))
    assert first is matcher and sorted(first_of.values()) == [0]
    other, other_of = compiled_matcher(vocab, rules, (0,))
    assert other is not matcher and sorted(other_of.values()) == [0]
