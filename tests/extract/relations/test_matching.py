"""Rule selection and the Matcher (mediakg.extract.relations.matching) on blank-model Docs.

A costly rule (many optional tokens) runs only when every word it requires is in the document
(its gate is open); a cheap rule always runs; one compiled Matcher serves every set of rules.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from mediakg.extract.relations import credits, works
from mediakg.extract.relations.engine import Rule, ent, gap, kinds, word
from mediakg.extract.relations import matching
from mediakg.extract.relations.matching import (COSTLY_OPTIONAL_TOKENS, GATE, applicable_rules, compiled_matcher,
                                                gated_pattern, matches, rule_info)
import mediakg.extract.document  # noqa: F401 - registers the token extensions the patterns read


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


def test_one_compiled_matcher_serves_every_set_of_rules(vocab):
    rules = [CHEAP, COSTLY]
    matcher, rule_of = compiled_matcher(vocab, rules, (0, 1))
    again, _ = compiled_matcher(vocab, rules, (0, 1))
    assert again is matcher
    assert sorted(rule_of.values()) == [0, 1]
    # Another set: the same Matcher, its other rules' match ids left out.
    first, first_of = compiled_matcher(vocab, rules, (0,))
    assert first is matcher and sorted(first_of.values()) == [0]


def test_only_a_costly_rule_has_a_gate():
    assert GATE not in gated_pattern(0, CHEAP)
    assert gated_pattern(0, CHEAP) == rule_info(CHEAP).pattern
    gated = gated_pattern(1, COSTLY)
    assert f'"{GATE}": {{"IN": [1]}}' in gated


def known_doc(vocab, text: str = "Mara Quill is known for Copperhead") -> Doc:
    doc = doc_of(vocab, text)
    doc[-1]._.mkg_kind = "work"
    doc[0]._.mkg_kind = "person"
    return doc


def _matched_rules(matcher, doc, rule_of):
    return [(rule_of.get(match_id), start, end) for match_id, start, end, _ in matches(matcher, doc, rule_of)]


def test_an_open_gate_lets_the_costly_rule_match(vocab):
    matcher, rule_of = compiled_matcher(vocab, [CHEAP, COSTLY], (0, 1))
    assert _matched_rules(matcher, known_doc(vocab), rule_of) == [(1, 3, 6)]


def test_a_closed_gate_gives_the_costly_rule_nothing(vocab):
    # Its words are there, but the rule was not chosen: its states die on their first token.
    matcher, rule_of = compiled_matcher(vocab, [CHEAP, COSTLY], (0,))
    assert _matched_rules(matcher, known_doc(vocab), rule_of) == []
    # The cheap rule still runs: "directed by" + a person.
    doc = doc_of(vocab, "Copperhead was directed by Mara")
    doc[-1]._.mkg_kind = "person"
    assert _matched_rules(matcher, doc, rule_of) == [(0, 2, 5)]


def test_open_gates_find_what_an_ungated_matcher_finds_in_the_same_order(vocab):
    from spacy.matcher import Matcher
    import json

    rules = [*credits.RULES, *works.RULES]
    text = "Mara Quill is known for Copperhead , written and directed by Ana Ruiz and produced by Tom Vale"
    doc = doc_of(vocab, text)
    for i in (0, 1, 11, 12, 16, 17):
        doc[i]._.mkg_kind = "person"
    doc[5]._.mkg_kind = "work"
    plain = Matcher(vocab)
    for i, rule in enumerate(rules):
        plain.add(str(i), [json.loads(rule_info(rule).pattern)])
    expected = [(int(vocab.strings[m]), s, e) for m, s, e in plain(doc)]
    matcher, rule_of = compiled_matcher(vocab, rules, tuple(range(len(rules))))
    assert expected and _matched_rules(matcher, doc, rule_of) == expected


def test_called_without_matches_every_gate_is_open(vocab):
    matcher, rule_of = compiled_matcher(vocab, [CHEAP, COSTLY], (0,))
    # Straight through spaCy, no document loaded: the costly rule runs as any other.
    assert [(rule_of.get(m, "other"), s, e) for m, s, e in matcher(known_doc(vocab))] == [("other", 3, 6)]


def test_a_list_of_rules_is_worked_out_once(vocab):
    rules = [CHEAP, COSTLY]
    first = matching._rule_list(rules)
    assert matching._rule_list(list(rules)) is first  # the same rules: the same entry
    assert first.patterns == ((0, gated_pattern(0, CHEAP)), (1, gated_pattern(1, COSTLY)))
    assert [index for index, _ in first.costly] == [1]
    # Other rules (or the same ones in another order) are another entry, with their own indices.
    swapped = matching._rule_list([COSTLY, CHEAP])
    assert swapped is not first and [index for index, _ in swapped.costly] == [0]
    assert applicable_rules([COSTLY, CHEAP], doc_of(vocab, "Mara Quill is known in Leeds")) == (1,)


def _whole_run(matcher, doc):
    """The Matcher's own run with alignments over the whole document, every gate open."""
    matching._LOADED.load(doc, frozenset(matching._EXTENSION_NAMES), matching._ALL)
    try:
        return matcher(doc, with_alignments=True)
    finally:
        matching._LOADED.clear()


@pytest.mark.parametrize("text", [
    "Mara Quill is known for Copperhead",  # the match ends the document
    "Mara Quill is known for Copperhead today",  # a token follows it
    "Mara Quill is known so very well for Copperhead",  # the gap's words can be taken several ways
    "Mara Quill is known for Copperhead , written and directed by Ana Ruiz and produced by Tom Vale",
])
def test_matches_gives_the_alignments_of_a_run_over_the_whole_document(vocab, text):
    rules = [*credits.RULES, *works.RULES, COSTLY]
    doc = doc_of(vocab, text)
    for i, word_ in enumerate(doc):
        if word_.text in ("Mara", "Quill", "Ana", "Ruiz", "Tom", "Vale"):
            doc[i]._.mkg_kind = "person"
        elif word_.text == "Copperhead":
            doc[i]._.mkg_kind = "work"
    matcher, rule_of = compiled_matcher(vocab, rules, tuple(range(len(rules))))
    found = matches(matcher, doc, rule_of)
    assert found and found == _whole_run(matcher, doc)
    assert any(rule_of[m] == len(rules) - 1 for m, *_ in found)  # the costly rule, its gap included


def test_no_match_no_alignment_run(vocab):
    matcher, rule_of = compiled_matcher(vocab, [CHEAP, COSTLY], (0, 1))
    assert matches(matcher, doc_of(vocab, "Harbour Films ordered Copperhead"), rule_of) == []


# Only the rules that match, run together (candidate_matcher): the same matches, in the same
# order, as a Matcher of every rule.

def _plain_matches(vocab, rules, doc):
    from spacy.matcher import Matcher
    import json

    plain = Matcher(vocab)
    for i, rule in enumerate(rules):
        plain.add(str(i), [json.loads(rule_info(rule).pattern)])
    return [(int(vocab.strings[m]), s, e) for m, s, e in plain(doc)]


def _tagged(vocab, text: str, people: tuple[int, ...], works_: tuple[int, ...]) -> Doc:
    doc = doc_of(vocab, text)
    for i in people:
        doc[i]._.mkg_kind = "person"
    for i in works_:
        doc[i]._.mkg_kind = "work"
    return doc


@pytest.mark.parametrize("text, people, works_", [
    # Credits after a title, a list of people: matches of several rules interleave.
    ("Mara Quill is known for Copperhead , written and directed by Ana Ruiz and produced by Tom Vale",
     (0, 1, 11, 12, 16, 17), (5,)),
    # A run of auxiliaries ("*" in the pattern) between the person and the verb.
    ("Ana Ruiz will also direct Copperhead and Tom Vale is set to write and direct it", (0, 1, 7, 8), (5,)),
])
def test_candidate_matcher_finds_what_a_matcher_of_every_rule_finds_in_the_same_order(vocab, text, people, works_):
    rules = [*credits.RULES, *works.RULES]
    doc = _tagged(vocab, text, people, works_)
    expected = _plain_matches(vocab, rules, doc)
    matcher, rule_of = matching.candidate_matcher(rules, doc)
    assert expected and _matched_rules(matcher, doc, rule_of) == expected


def test_only_rules_that_can_match_are_run_together(vocab):
    # "known ... for" with the work too far from "known": the costly rule has its words but no match.
    far = known_doc(vocab, "Mara Quill is known as a writer in Leeds and in Bath but also for Copperhead")
    assert matching.matching_rules([CHEAP, COSTLY], far) == ()
    assert matching.matching_rules([CHEAP, COSTLY], known_doc(vocab)) == (1,)
    assert matching.matching_rules([CHEAP, COSTLY], doc_of(vocab, "Harbour Films ordered Copperhead")) == ()


def test_no_rule_that_can_match_gives_no_facts(vocab):
    from mediakg.extract.relations.engine import RuleSet

    assert list(RuleSet([CHEAP, COSTLY]).facts(doc_of(vocab, "Harbour Films ordered Copperhead"))) == []
