"""Rule selection and the Matcher (mediakg.extract.relations.matching) on blank-model Docs.

Only the rules whose words allow a match run, together, in one Matcher per set of rules; their
matches, and their order, are those of a Matcher of every rule.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from mediakg.extract.relations import credits, works
from mediakg.extract.relations.engine import Rule, ent, gap, kinds, word
from mediakg.extract.relations import matching
from mediakg.extract.relations.matching import matches, rule_info
import mediakg.extract.document  # noqa: F401 - registers the token extensions the patterns read


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def doc_of(vocab, text: str) -> Doc:
    words = text.split()
    return Doc(vocab, words=words, lemmas=[w.lower() for w in words])


CHEAP = Rule("test.cheap", "directedBy", [word("directed"), word("by"), ent("person", "object")],
             kinds("work"), kinds("person"), 0.9)
# Long gaps of optional tokens: the Matcher would follow many states per token.
COSTLY = Rule("test.costly", "knownFor", [word("known"), *gap(9), word("for", "as"), ent("work", "object")],
              kinds("person"), kinds("work"), 0.7)


def _all_rules(vocab, rules):
    """The Matcher of every rule, as matching builds one."""
    return matching._build_matcher(vocab, tuple((i, rule_info(rule).pattern) for i, rule in enumerate(rules)))


def test_anchors_are_the_required_words_and_kinds():
    anchors = matching._anchors(rule_info(COSTLY).pattern)
    # Optional gap tokens are never required; a required entity token anchors on its kinds.
    assert [(a.attr, a.values) for a in anchors] == [("LOWER", frozenset({"known"})), ("LOWER", frozenset({"for", "as"})),
                                                     ("KIND", frozenset({"work"}))]


def test_a_rule_whose_kind_is_not_near_its_words_is_not_run(vocab):
    # "known for" stands, but no work is tagged within the rule's reach: no window, no run.
    doc = doc_of(vocab, "Copperhead is a film . Mara Quill is known for her work")
    doc[0]._.mkg_kind = "work"
    doc[5]._.mkg_kind = "person"
    assert matching._windows(doc, matching._anchors(rule_info(COSTLY).pattern), {}) == []
    assert matching.matching_rules([COSTLY], doc) == ()
    doc = known_doc(vocab)
    assert matching.matching_rules([COSTLY], doc) == (0,)


def test_rule_info_pattern_leaves_out_role_keys():
    info = rule_info(CHEAP)
    assert "ROLE" not in info.pattern
    assert '"directed"' in info.pattern


def known_doc(vocab, text: str = "Mara Quill is known for Copperhead") -> Doc:
    doc = doc_of(vocab, text)
    doc[-1]._.mkg_kind = "work"
    doc[0]._.mkg_kind = "person"
    return doc


def _matched_rules(matcher, doc, rule_of, ranges=None):
    return [(rule_of[match_id], start, end) for match_id, start, end, _ in matches(matcher, doc, ranges)]


def test_called_without_matches_a_predicate_reads_the_token(vocab):
    matcher, rule_of = _all_rules(vocab, [CHEAP, COSTLY])
    # Straight through spaCy, no document loaded: the extension is read from the token itself.
    assert [(rule_of[m], s, e) for m, s, e in matcher(known_doc(vocab))] == [(1, 3, 6)]


def test_the_matcher_of_a_set_of_rules_is_built_once(vocab):
    doc = known_doc(vocab)
    first, rule_of, _ = matching.candidate_matcher([CHEAP, COSTLY], doc)
    again, _, _ = matching.candidate_matcher([CHEAP, COSTLY], known_doc(vocab))
    assert again is first and list(rule_of.values()) == [1]


def _whole_run(matcher, doc):
    """The Matcher's own run with alignments over the whole document."""
    matching._LOADED.load(doc, frozenset(matching._EXTENSION_NAMES))
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
    matcher, rule_of = _all_rules(vocab, rules)
    found = matches(matcher, doc)
    assert found and found == _whole_run(matcher, doc)
    assert any(rule_of[m] == len(rules) - 1 for m, *_ in found)  # the costly rule, its gap included


def test_no_match_no_alignment_run(vocab):
    matcher, _ = _all_rules(vocab, [CHEAP, COSTLY])
    assert matches(matcher, doc_of(vocab, "Harbour Films ordered Copperhead")) == []


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
    matcher, rule_of, ranges = matching.candidate_matcher(rules, doc)
    assert expected and _matched_rules(matcher, doc, rule_of, ranges) == expected
    # The same as the chosen Matcher's run over the whole document.
    assert _matched_rules(matcher, doc, rule_of) == expected


def test_only_rules_that_can_match_are_run_together(vocab):
    # "known ... for" with the work too far from "known": the costly rule has its words but no match.
    far = known_doc(vocab, "Mara Quill is known as a writer in Leeds and in Bath but also for Copperhead")
    assert matching.matching_rules([CHEAP, COSTLY], far) == ()
    assert matching.matching_rules([CHEAP, COSTLY], known_doc(vocab)) == (1,)
    assert matching.matching_rules([CHEAP, COSTLY], doc_of(vocab, "Harbour Films ordered Copperhead")) == ()


def test_no_rule_that_can_match_gives_no_facts(vocab):
    from mediakg.extract.relations.engine import RuleSet

    assert list(RuleSet([CHEAP, COSTLY]).facts(doc_of(vocab, "Harbour Films ordered Copperhead"))) == []


def test_the_chosen_rules_run_only_over_the_ranges_that_hold_their_matches(vocab):
    # Two credits far apart, plain words between and around: two ranges, each a match and the
    # token after it, and the matches (with alignments) of a run over the whole document.
    filler = " ".join(["and the story goes on"] * 6)
    text = f"{filler} Copperhead was directed by Mara {filler} Salt Road was directed by Ana {filler}"
    doc = doc_of(vocab, text)
    for i, token in enumerate(doc):
        if token.text in ("Mara", "Ana"):
            doc[i]._.mkg_kind = "person"
    matcher, rule_of, ranges = matching.candidate_matcher([CHEAP, COSTLY], doc)
    assert list(rule_of.values()) == [0]
    assert ranges is not None and len(ranges) == 2 and sum(stop - start for start, stop in ranges) < len(doc) // 4
    whole = matches(matcher, doc)
    assert len(whole) == 2 and matches(matcher, doc, ranges) == whole


def test_a_rule_without_bounded_ranges_runs_over_the_whole_document():
    assert matching._merged(None) is None
    assert matching._merged([(8, 12), (0, 3), (3, 5), (10, 15)]) == [(0, 5), (8, 15)]


# A run of any words but a few ("*" or "+" with NOT_IN), or of words a regex allows: the
# window around the anchor ends where the run must, not at the document's ends.
BOUNDED_RUNS = Rule("test.bounded", "directedBy", [word("tapped"), {"TEXT": {"REGEX": r"^(?:[a-z][\w'-]*|-)$"}, "OP": "*"},
                                                   {"TEXT": {"NOT_IN": [",", "."]}, "OP": "+"}, word("director"),
                                                   ent("person", "object")], kinds("work"), kinds("person"), 0.9)


def test_runs_of_words_not_in_a_list_or_matching_a_regex_bound_the_window(vocab):
    filler = " ".join(["and the story goes on ."] * 6)
    doc = doc_of(vocab, f"{filler} Copperhead tapped acclaimed Danish director Mara . {filler}")
    doc[doc.text.split().index("Mara")]._.mkg_kind = "person"
    windows = matching._windows(doc, matching._anchors(rule_info(BOUNDED_RUNS).pattern), {})
    assert windows is not None and len(windows) == 1 and windows[0][1] - windows[0][0] < 10
    assert matching.matching_rules([BOUNDED_RUNS], doc) == (0,)
