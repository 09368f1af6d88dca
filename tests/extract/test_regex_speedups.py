"""The regex speed-ups of mediakg.extract.lexicon find what the plain forms find."""
import re

import pytest

from mediakg.extract.lexicon import alternation, may_hold, skipping

PHRASES = ["season", "seasons", "series", "Series", "sea", "", "film", "feature", "feature film", "a b", "a-c", "episode"]
TEXTS = ["The second Season of Harbour Lights, a feature film; sea views.",
         "SEASONS and series of the FILM: a-c a b", "no cue here", "episodes, seasoned sea-farers"]


@pytest.mark.parametrize("flags", [0, re.I])
@pytest.mark.parametrize("around", [(r"\b(?:", r")\b"), ("(?:", r")(\s+\w+)?"), (r"(?<![\w-])(", r")s?\s")])
def test_grouped_phrases_match_as_the_plain_alternation(flags, around):
    for phrases in (PHRASES, sorted(PHRASES, key=len, reverse=True), list(reversed(PHRASES))):
        plain = re.compile(around[0] + "|".join(map(re.escape, phrases)) + around[1], flags)
        grouped = re.compile(around[0] + alternation(phrases) + around[1], flags)
        for text in TEXTS:
            assert [(m.span(), m.groups()) for m in grouped.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_grouping_puts_phrases_with_one_first_letter_together():
    assert alternation(["series", "film", "season"]) == "se(?:ries|ason)|film"


@pytest.mark.parametrize("text, held", [
    ("The HIT show", True), ("no such word", False), ("a h\u0131t", True), ("\u0130T", True), ("", False)])
def test_may_hold_is_false_only_when_no_case_of_the_word_is_there(text, held):
    assert may_hold(text, ("hit", "it")) is held
    if not held:  # then no case-insensitive search can find the words
        assert not re.search("hit|it", text, re.I)


SKIPPED = [r"\b(?:" + alternation(PHRASES[:5]) + r")\b", r"(?<![\w-])(?:a-c|film)s?", r"a b|\bfeature", r"(?:^|(?<=\n))(?:Series|SEASONS)",
           r"\b(?:\d+|one)\s+sea", r"(?:'s|\bof)\s+", r"\bx*", r"[^a]b", r"(?i)season"]


@pytest.mark.parametrize("flags", [0, re.I])
@pytest.mark.parametrize("pattern", SKIPPED)
def test_a_skipping_pattern_matches_as_the_plain_one(pattern, flags):
    plain, skipped = re.compile(pattern, flags), skipping(pattern, flags)
    for text in TEXTS + ["1 sea of 's one  sea", "\u017feason \u0130t"]:
        assert [(m.span(), m.groups()) for m in skipped.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
        for pos in range(len(text)):
            assert bool(skipped.match(text, pos)) == bool(plain.match(text, pos))


def test_skipping_opens_with_the_first_characters_and_keeps_the_pattern_text():
    assert skipping(r"\b(?:film|series) ").pattern == r"(?=[fs])\b(?:film|series) "
    assert skipping(r"a|b").pattern == r"(?=[ab])(?:a|b)"  # a top-level alternation is grouped
    assert skipping(r"x*").pattern == r"x*"  # a match may be empty: no lookahead
