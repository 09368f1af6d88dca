"""Which rules to run on a document, and their Matcher.

A Matcher starts every pattern at every token, so its cost grows with the number of rules
however few can match. Extraction runs `candidate_matcher` (at the end of this module): each
rule alone over the few windows where its words allow a match, then only the rules that
matched, together, in one Matcher built once per set of rules. A rule that is left out could
not have matched, so the facts found are the same.
"""
from __future__ import annotations

import json
import re
import threading
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from typing import Callable

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.matcher.matcher import _SetPredicate
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from mediakg.extract.relations.engine import Rule
from mediakg.extract.tokens import TokenTable, settled_memo, stored_values, token_table, word_forms, word_index_of


@dataclass(frozen=True)
class RuleInfo:
    rule: Rule  # kept here so that its id, the cache key, is not reused while cached
    pattern: str  # the Matcher pattern (without ROLE keys) as JSON


_INFO: dict[int, RuleInfo] = {}


def rule_info(rule: Rule) -> RuleInfo:
    """What matching needs to know of a rule, worked out once (rules are lists, not hashable)."""
    if id(rule) not in _INFO:
        pattern = json.dumps([{k: v for k, v in tok.items() if k != "ROLE"} for tok in rule.pattern], sort_keys=True)
        _INFO[id(rule)] = RuleInfo(rule, pattern)
    return _INFO[id(rule)]


class _Extensions(threading.local):
    """The values of the custom attributes the Matchers' set predicates read, fetched once per
    token for the document being matched (see `matches`), not once per predicate and token. Per
    thread: a predicate reads the values of the document its own thread is matching."""

    doc: Doc | None = None
    values: dict[str, list] = {}

    def load(self, doc: Doc, names: frozenset[str]) -> None:
        # As spaCy's _SetPredicate reads them: a string or int by its id, anything else never matches.
        # Kept while the document's tags are settled: the rules are pre-matched, then matched.
        kept = settled_memo(doc, "extension values")
        values = kept.get(names)
        if values is None:
            values = kept[names] = {name: _extension_values(doc, name) for name in names}
        self.values = values
        self.doc = doc

    def clear(self) -> None:
        self.doc, self.values = None, {}


def _predicate_value(value):
    return get_string_id(value) if isinstance(value, (str, int)) else None


def _extension_values(doc: Doc, name: str) -> list:
    """`token._.get(name)` of every token, as a predicate reads it: the default, then the values
    stored for the tokens that have one (see mediakg.extract.tokens), not a `token._` per token."""
    default, method, getter, _ = Token.get_extension(name)
    if method is not None or getter is not None or isinstance(default, (dict, list, set)):
        return [_predicate_value(token._.get(name)) for token in doc]
    values = [_predicate_value(default)] * len(doc)
    for i, value in stored_values(doc, name):
        values[i] = _predicate_value(value)
    return values


_LOADED = _Extensions()
_EXTENSION_NAMES: set[str] = set()  # of every compiled Matcher's extension predicates

# Token attributes whose Matcher value (spaCy's get_token_attr_for_matcher) a Token property
# gives: (IN, NOT_IN) tests reading it directly, one Python call per token and predicate.
_TOKEN_TESTS = {
    LOWER: (lambda values: lambda token: token.lower in values, lambda values: lambda token: token.lower not in values),
    LEMMA: (lambda values: lambda token: token.lemma in values, lambda values: lambda token: token.lemma not in values),
    ORTH: (lambda values: lambda token: token.orth in values, lambda values: lambda token: token.orth not in values),
}


def _fast_predicate(predicate):
    """The same test as spaCy's IN / NOT_IN predicate, without its per-call generality: these run
    once per token and predicate, and in Python. Any other predicate is kept as it is."""
    if (type(predicate) is not _SetPredicate or predicate.regex or predicate.fuzzy is not None
            or predicate.predicate not in ("IN", "NOT_IN")):
        return predicate
    values, inside = predicate.value, predicate.predicate == "IN"
    if predicate.is_extension:
        name = predicate.attr
        _EXTENSION_NAMES.add(name)

        def test(token: Token) -> bool:
            if token.doc is not _LOADED.doc:  # matched without `matches`: spaCy's own reading
                return predicate(token)
            value = _LOADED.values[name][token.i]
            return value is not None and (value in values) is inside
        return test
    tests = _TOKEN_TESTS.get(predicate.attr)
    if tests is None:
        return predicate
    return tests[0](values) if inside else tests[1](values)


def _as_set_predicates(token: dict) -> dict:
    """{"_": {"mkg_kind": "work"}} as {"_": {"mkg_kind": {"IN": ["work"]}}}: the same test, but
    a Matcher with an extension compared by value reads that attribute of every token of every
    document (a `token._` each); a set predicate reads the values `matches` loads once."""
    extensions = token.get("_")
    if not isinstance(extensions, dict) or not any(isinstance(v, str) for v in extensions.values()):
        return token
    return {**token, "_": {name: {"IN": [v]} if isinstance(v, str) else v for name, v in extensions.items()}}


def _build_matcher(vocab, patterns: tuple[tuple[int, str], ...]) -> tuple[Matcher, dict[int, int]]:
    """A Matcher of these (index, RuleInfo.pattern) rules, added in the order given, and its
    match ids' rule indices. The ids map to indices here, not through the StringStore, whose
    strings a memory zone frees."""
    # Unchecked: each pattern was checked when its rule's own Matcher was built (_lone_matcher),
    # and a set's Matcher is built for about every new document, where checking costs most.
    matcher = Matcher(vocab, validate=False)
    rule_of: dict[int, int] = {}
    for index, pattern in patterns:
        matcher.add(str(index), [[_as_set_predicates(token) for token in json.loads(pattern)]])
        rule_of[get_string_id(str(index))] = index
    matcher._extra_predicates[:] = [_fast_predicate(p) for p in matcher._extra_predicates]
    return matcher, rule_of


def matches(matcher: Matcher, doc: Doc, ranges: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int, list[int]]]:
    """matcher(doc, with_alignments=True), with the custom attributes its predicates read fetched
    once per token beforehand.

    `ranges` (as candidate_matcher gives them: disjoint, in order, each holding whole matches and
    the token after each) are run instead of the whole document: a match, and every state that
    leads to it, starts inside its range and is emitted by the token after its end, so each run
    emits its range's matches, with their alignments, in the order the whole run does, and the
    ranges come in order. A state started elsewhere never matches and leaves the others' order as
    it was. The ranges are short, so the Matcher keeps the alignments as it goes.

    Over the whole document it runs without alignments: with them it copies the alignment of
    every live state at every token, most of which never match. Each match's alignment is then
    read from a run over the match and one token more (see `_alignment`)."""
    _LOADED.load(doc, frozenset(_EXTENSION_NAMES))
    try:
        if ranges is not None:
            return [(match_id, start + begin, end + begin, alignment) for begin, stop in ranges
                    for match_id, start, end, alignment in matcher(doc[begin:stop], with_alignments=True)]
        runs: dict[tuple[int, int, int], list] = {}
        return [(match_id, start, end, _alignment(matcher, doc, match_id, start, end, runs)) for match_id, start, end in matcher(doc)]
    finally:
        _LOADED.clear()


def _alignment(matcher: Matcher, doc: Doc, match_id: int, start: int, end: int, runs: dict[tuple[int, int, int], list]) -> list[int]:
    """The alignment the whole-document run gives the match (start, end): that of its first path.
    Only states started at `start` can give the match, and they emit it at the token after its
    end at the latest (or at the document's end), so a run of the rule alone over
    doc[start:end + 1] follows the same states through the same tokens and finds the same first
    path. `runs` keeps each run's matches (the predicates read the whole document's values:
    token.i is the Doc's index, in a Span too)."""
    stop = min(len(doc), end + 1)
    if (match_id, start, stop) not in runs:
        runs[match_id, start, stop] = _rule_alone(matcher, match_id)(doc[start:stop], with_alignments=True)
    for found_id, found_start, found_end, alignment in runs[match_id, start, stop]:
        if found_id == match_id and found_start == 0 and found_end == end - start:
            return alignment
    raise AssertionError(f"match {match_id} ({start}, {end}) has no alignment")  # cannot happen: the run finds it


# (id of a whole Matcher, match id) -> (that Matcher, kept so that its id is not reused while
# here; the Matcher of that rule alone). One entry per rule that matched, per whole Matcher.
_ALONE: dict[tuple[int, int], tuple[Matcher, Matcher]] = {}


def _rule_alone(matcher: Matcher, match_id: int) -> Matcher:
    """A Matcher of one rule's patterns (as the whole Matcher holds them) under its match id: a
    run of the whole Matcher over a few tokens would start all its rules at each."""
    key = (id(matcher), match_id)
    if key not in _ALONE:
        # One per rule, shared by every whole Matcher that holds it: a set's Matcher is new for
        # about every document, its rules are not.
        _ALONE[key] = (matcher, _alone(matcher.vocab, match_id, json.dumps(matcher.get(match_id)[1])))
    return _ALONE[key][1]


@lru_cache(maxsize=None)
def _alone(vocab, match_id: int, patterns: str) -> Matcher:
    """A Matcher of these patterns (JSON, as a whole Matcher holds them) under match_id."""
    alone = Matcher(vocab, validate=False)  # checked before (see _build_matcher)
    alone.add(match_id, json.loads(patterns))
    alone._extra_predicates[:] = [_fast_predicate(p) for p in alone._extra_predicates]
    return alone


# --------------------------------------------------------------------------------------
# Only the rules that match: found in small windows, then matched together in one run
# --------------------------------------------------------------------------------------
#
# A Matcher starts every pattern at every token, so its cost grows with the number of rules
# however few can match (about 4 of 164 on a real article). Its matches come out in an order
# the later steps keep (`_best` keeps the first of tied facts), and that order follows how the
# Matcher's states interleave, which no sort key of (start, rule) reproduces. But the states of
# one pattern never meet another's: a Matcher of a subset of the rules, added in the same order,
# finds those rules' matches in the same order as the Matcher of all of them. So the rules that
# match are found first, cheaply, and only they are run over the document, together.

@dataclass(frozen=True)
class _Anchor:
    """A token every match of a rule holds: its words (LOWER or LEMMA) or the kinds of entity
    it may stand for (KIND: its `mkg_kind`), and the pattern's tokens before it (nearest first)
    and after it, which bound how far a match reaches."""

    attr: str
    values: frozenset[str]
    before: tuple[dict, ...]
    after: tuple[dict, ...]
    # The most tokens each side takes, when no "*" or "+" token makes it depend on the words.
    before_width: int | None
    after_width: int | None
    # Each side's tokens as `_reach` walks them: (OP, `_repeat_test` of a "*" or "+" token).
    before_steps: tuple[tuple[str, Callable[[TokenTable, int], bool] | None], ...]
    after_steps: tuple[tuple[str, Callable[[TokenTable, int], bool] | None], ...]


def _fixed_width(tokens: list[dict]) -> int | None:
    """The most document tokens these pattern tokens take, if each takes at most one."""
    return len(tokens) if all(t.get("OP", "1") in ("1", "!", "?") for t in tokens) else None


@lru_cache(maxsize=None)
def _anchors(pattern: str) -> tuple[_Anchor, ...]:
    """The anchors of a pattern (RuleInfo.pattern): its required tokens (each taken once or more:
    "1" or "+") that name their LOWER or LEMMA words, or the kinds of entity they are. A rule
    is mostly words between entity mentions: without its kinds, a window around a common word
    ("by", "will") is run wherever the word stands, with no entity near it."""
    tokens = json.loads(pattern)
    found = []
    for k, token in enumerate(tokens):
        if token.get("OP", "1") not in ("1", "+"):
            continue
        extensions = token.get("_")
        tests = [(attr, token.get(attr)) for attr in ("LOWER", "LEMMA")]
        if isinstance(extensions, dict):
            tests.append(("KIND", extensions.get("mkg_kind")))
        for attr, value in tests:
            values = frozenset([value]) if isinstance(value, str) else \
                frozenset(value["IN"]) if isinstance(value, dict) and set(value) == {"IN"} else None
            # The default kind ("") is every untagged token's: no anchor narrows to it.
            if values is not None and not (attr == "KIND" and "" in values):
                before, after = tuple(reversed(tokens[:k])), tuple(tokens[k + 1:])
                found.append(_Anchor(attr, values, before, after, _fixed_width(tokens[:k]), _fixed_width(tokens[k + 1:]),
                                     _steps(before), _steps(after)))
    return tuple(found)


def _anchor_positions(doc: Doc, anchor: _Anchor, seen: dict) -> list[int]:
    """The tokens that can stand at the anchor, in order: its LOWER forms, its lemmas compared
    lower-cased (the word index keeps lemmas lower-cased: a few more tokens, never fewer), or
    the tokens tagged with one of its kinds (as the Matcher's predicate reads the tag: see
    `_extension_values`). `seen` keeps them for the document: many rules share an anchor
    ("will", "by", a person). The list may be shared: read it, never change it."""
    key = (anchor.attr, anchor.values)
    found = seen.get(key)
    if found is None:
        if anchor.attr == "KIND":
            by = seen.get("kinds")
            if by is None:  # the tagged tokens by kind, gathered once for every KIND anchor
                by = seen["kinds"] = {}
                for i, kind in sorted(stored_values(doc, "mkg_kind")):
                    by.setdefault(kind, []).append(i)
            found = _merged_positions(by, anchor.values)
        elif anchor.attr == "LOWER":
            found = _merged_positions(word_index_of(doc, "lower"), anchor.values)
        else:
            found = _merged_positions(word_index_of(doc, "lemma"), {v.lower() for v in anchor.values})
        seen[key] = found
    return found


def _merged_positions(by: dict[str, list[int]], values) -> list[int]:
    """The positions of these values, in order, from {value: its positions, in order}, where
    no position stands under two values (a token has one form, one lemma, one kind): the one
    list as it is (shared), or the lists merged."""
    lists = [by[value] for value in by.keys() & values]
    if len(lists) == 1:
        return lists[0]
    return sorted(chain.from_iterable(lists))  # runs already in order: a merge, for timsort


# The TokenTable column each text attribute of a pattern token reads.
_COLUMNS = (("LOWER", "lower"), ("TEXT", "text"), ("ORTH", "text"))


def _repeat_test(token: dict) -> Callable[[TokenTable, int], bool] | None:
    """A test every document token a "*" or "+" pattern token takes passes: its LOWER, TEXT or
    ORTH words (one, IN, NOT_IN, REGEX, as spaCy's predicates read them), IS_PUNCT. It reads
    token i's strings and flag from the document's TokenTable (no Token made for each word
    walked). None when it says none of these (it may take any token: the window has no bound)."""
    tests = []
    for attr, column in _COLUMNS:
        value = token.get(attr)
        if isinstance(value, str):
            tests.append(lambda table, i, v=value, c=column: getattr(table, c)[i] == v)
        elif isinstance(value, dict):
            if isinstance(value.get("IN"), list):
                tests.append(lambda table, i, s=frozenset(value["IN"]), c=column: getattr(table, c)[i] in s)
            if isinstance(value.get("NOT_IN"), list):
                tests.append(lambda table, i, s=frozenset(value["NOT_IN"]), c=column: getattr(table, c)[i] not in s)
            if isinstance(value.get("REGEX"), str):  # spaCy's _RegexPredicate: a search of the word
                tests.append(lambda table, i, r=re.compile(value["REGEX"]), c=column: r.search(getattr(table, c)[i]) is not None)
    if token.get("IS_PUNCT") is True:
        tests.append(lambda table, i: table.punct[i])
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda table, i: all(test(table, i) for test in tests)


def _steps(tokens: tuple[dict, ...]) -> tuple[tuple[str, Callable[[TokenTable, int], bool] | None], ...]:
    """The pattern tokens as `_reach` walks them, their tests made once per pattern."""
    return tuple((token.get("OP", "1"), _repeat_test(token) if token.get("OP", "1") in ("*", "+") else None) for token in tokens)


def _reach(doc: Doc, p: int, steps: tuple[tuple[str, Callable[[TokenTable, int], bool] | None], ...], step: int) -> set[int] | None:
    """The tokens at which a match with its anchor at p can end on one side (step -1: the
    left, over the tokens before the anchor, nearest first; +1: the right): each pattern token
    (`_steps`) takes up to one document token, a "*" or "+" token a run of tokens its
    `_repeat_test` accepts. A token's other tests are left out, so the reach is never short.
    Empty: no match fits the document; None: no bound."""
    ends = {p}
    table = token_table(doc)
    length = len(doc)
    for op, test in steps:
        if op in ("1", "!"):
            ends = {e + step for e in ends}
        elif op == "?":
            ends = ends | {e + step for e in ends}
        elif op in ("*", "+"):
            if test is None:
                return None
            grown = set(ends) if op == "*" else set()
            for e in ends:
                i = e + step
                while 0 <= i < length and test(table, i):
                    grown.add(i)
                    i += step
            ends = grown
        else:
            return None  # a quantifier this reading does not know: no bound
        ends = {e for e in ends if 0 <= e < length}
    return ends


def _windows(doc: Doc, anchors: tuple[_Anchor, ...], seen: dict) -> list[tuple[int, int]] | None:
    """Token ranges that hold every match of the rule, merged; [] when it cannot match (some
    anchor's words are not in the document, or no match fits around them); None when a match's
    reach has no bound (try the whole document).

    Around each place of the rarest anchor, the range runs from the farthest token a match can
    start at to the farthest it can end at, and one token more: the Matcher may emit a match
    only on the token after its end (see `_alignment`). A range must also hold every other
    anchor's words, or no match lies in it."""
    positions = []
    for anchor in anchors:
        found = _anchor_positions(doc, anchor, seen)
        if not found:
            return []
        positions.append(found)
    rarest = min(range(len(anchors)), key=lambda k: len(positions[k]))  # the rarest anchor: fewest windows
    anchor, found = anchors[rarest], positions[rarest]
    others = positions[:rarest] + positions[rarest + 1:]
    before_width, after_width = anchor.before_width, anchor.after_width
    merged: list[tuple[int, int]] = []
    length = len(doc)
    for p in found:
        if before_width is not None:
            start = max(0, p - before_width)
        else:
            lefts = _reach(doc, p, anchor.before_steps, -1)
            if lefts is None:
                return None
            if not lefts:
                continue
            start = min(lefts)
        if after_width is not None:
            stop = min(length, p + after_width + 2)
        else:
            rights = _reach(doc, p, anchor.after_steps, 1)
            if rights is None:
                return None
            if not rights:
                continue
            stop = min(length, max(rights) + 2)
        if not all(map(_holds, others, repeat(start), repeat(stop))):
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((start, stop))
    return merged


def _holds(positions: list[int], start: int, stop: int) -> bool:
    """Whether a sorted list of token indices has one in [start, stop)."""
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < stop


@lru_cache(maxsize=None)
def _lone_matcher(vocab, pattern: str) -> Matcher:
    """A Matcher of one rule's pattern (RuleInfo.pattern) under the key "0"."""
    matcher = Matcher(vocab)
    matcher.add("0", [[_as_set_predicates(token) for token in json.loads(pattern)]])
    matcher._extra_predicates[:] = [_fast_predicate(p) for p in matcher._extra_predicates]
    return matcher


def matching_rules(rules: list[Rule], doc: Doc) -> tuple[int, ...]:
    """The indices of the rules that may match the document: each rule is run alone over the
    few windows its rarest required word allows (a rule without a bounded window, over the whole
    document). Every rule that matches is among them: a window holds the whole match and the
    token after it, so the run over the window follows the same states as the run over the
    document (the predicates read the document's values: token.i is the Doc's index)."""
    return _matching(rules, doc)[0]


# The rules' ids (each kept alive by _INFO, so never reused) -> each rule's index, pattern,
# anchors, and its anchors' words as (0 for LOWER, 1 for LEMMA, 2 for KIND; words): worked out
# once per rule list.
_PREPARED: dict[tuple[int, ...], list[tuple[int, str, tuple[_Anchor, ...], tuple[tuple[int, frozenset[str]], ...]]]] = {}


def _prepared(rules: list[Rule]) -> list[tuple[int, str, tuple[_Anchor, ...], tuple[tuple[int, frozenset[str]], ...]]]:
    key = tuple(map(id, rules))
    if key not in _PREPARED:
        prepared = []
        for index, rule in enumerate(rules):
            pattern = rule_info(rule).pattern
            anchors = _anchors(pattern)
            prepared.append((index, pattern, anchors, tuple((("LOWER", "LEMMA", "KIND").index(a.attr), a.values) for a in anchors)))
        _PREPARED[key] = prepared
    return _PREPARED[key]


def _matching(rules: list[Rule], doc: Doc) -> tuple[tuple[int, ...], list[tuple[int, int]] | None]:
    """matching_rules, and the token ranges that hold every match of those rules, merged and in
    order (None: the whole document)."""
    runs = []
    seen: dict = {}
    present = (*word_forms(doc), frozenset(kind for _, kind in stored_values(doc, "mkg_kind")))
    for index, pattern, anchors, words in _prepared(rules):
        # Most rules lack one of their words or kinds: a set test, before any window is worked out.
        for attr, values in words:
            if values.isdisjoint(present[attr]):
                break
        else:
            windows = _windows(doc, anchors, seen)
            if windows != []:
                runs.append((index, _lone_matcher(doc.vocab, pattern), windows))
    found = []
    ranges: list[tuple[int, int]] | None = []
    # Loaded once the Matchers exist: building one registers the attributes its predicates read.
    _LOADED.load(doc, frozenset(_EXTENSION_NAMES))
    try:
        for index, matcher, windows in runs:
            spans = [doc[:]] if windows is None else [doc[start:stop] for start, stop in windows]
            # The annotation check runs once, in the run of the chosen rules (see candidate_matcher).
            if any(matcher(span, allow_missing=True) for span in spans):
                found.append(index)
                ranges = None if windows is None or ranges is None else ranges + windows
    finally:
        _LOADED.clear()
    return tuple(found), _merged(ranges)


def _merged(ranges: list[tuple[int, int]] | None) -> list[tuple[int, int]] | None:
    """Token ranges, overlapping or touching ones joined, in document order."""
    if ranges is None:
        return None
    merged: list[tuple[int, int]] = []
    for start, stop in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((start, stop))
    return merged


@lru_cache(maxsize=512)
def _chosen(vocab, patterns: tuple[tuple[int, str], ...]) -> tuple[Matcher, dict[int, int]]:
    """The Matcher of these (index, RuleInfo.pattern) rules (`_build_matcher`), cached: one
    entry per set of matched rules."""
    return _build_matcher(vocab, patterns)


def candidate_matcher(rules: list[Rule], doc: Doc) -> tuple[Matcher, dict[int, int], list[tuple[int, int]] | None]:
    """The Matcher of the rules that may match the document (`matching_rules`), added in the
    rules' order, its match ids' rule indices, and the token ranges that hold all their matches
    (None: the whole document): pass the Matcher and the ranges to `matches`. Its matches, and
    their order, are those of a Matcher of every rule (states of different patterns never
    meet). Built once per set of rules; few rules match an article, so sets repeat."""
    chosen, ranges = _matching(rules, doc)
    matcher, rule_of = _chosen(doc.vocab, tuple((index, rule_info(rules[index]).pattern) for index in chosen))
    return matcher, rule_of, ranges
