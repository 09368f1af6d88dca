"""The regex speed-ups of mediakg.extract.lexicon find what the plain forms find."""
import re

import pytest

from mediakg.extract.lexicon import alternation, may_hold

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
