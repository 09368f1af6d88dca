"""Source-work cues (mediakg.extract.mentions.source_works.source_cue): pure functions on text.

A mention is a source work when a noun before it ("the novel", "based on Y's") or an apposition
after it ("X, the 1960 classic") says so; the cue is returned, "" otherwise.
"""
from __future__ import annotations

import pytest

from mediakg.extract.mentions.source_works import source_cue


def cue(text: str, title: str) -> str:
    start = text.index(title)
    return source_cue(text, start, start + len(title))


def test_the_novel_before_a_quoted_title():
    assert cue("The series is drawn from the novel \u201cSaltmarsh\u201d by Mara Quill.", "Saltmarsh") == "novel \u201c"
    # The verb of adapting is part of the cue: the phrase also says an adaptation exists.
    assert cue("The series adapts the novel \u201cSaltmarsh\u201d by Mara Quill.", "Saltmarsh") == "adapts the novel \u201c"


def test_an_authors_memoir_before_a_title():
    assert cue("It is drawn from Quill's memoir Low Tide.", "Low Tide") == "memoir "


def test_based_on_with_an_author_between():
    assert cue("A drama based on Mara Quill's Saltmarsh is in the works.", "Saltmarsh").startswith("based on")


def test_an_apposition_after_the_title():
    assert cue("Harbour Films will restore Copperhead, the 1961 western classic, next year.", "Copperhead") == "classic"


@pytest.mark.parametrize("text", [
    "Harbour Films will remake Copperhead, the 1961 western classic.",
    "Harbour Films is rebooting Copperhead.",
    "Harbour Films will rework Copperhead as a series.",
])
def test_a_verb_of_remaking_before_the_title(text):
    # "will remake X", "is rebooting X": the verb names the new work by the old one's title.
    assert cue(text, "Copperhead").split()[0] in ("remake", "rebooting", "rework")


@pytest.mark.parametrize("text", [
    "The remake updates Copperhead for a new generation.",
    "Harbour Films remade Copperhead.",
    "Harbour Films rebooted its slate, led by Copperhead.",
])
def test_a_remakes_noun_or_a_new_title_after_as_is_no_cue(text):
    # Twins: "the remake" is a noun, "remade" is left out ("remade X" may name X as what it is
    # now), and a clause ends at its comma.
    assert cue(text, "Copperhead") == ""


def test_the_original_film_is_a_source_but_a_streamers_original_series_is_not():
    assert "the original film" in cue("It remakes the original film Copperhead.", "Copperhead").lower()
    assert cue("Harbour Films unveiled its new original series Copperhead.", "Copperhead") == ""


@pytest.mark.parametrize("text,title", [
    ("The drama Saltmarsh premieres in March.", "Saltmarsh"),
    ("Mara Quill will star in Copperhead, the new series from Harbour Films.", "Copperhead"),
    ("The novel sold well; Copperhead premieres in March.", "Copperhead"),
])
def test_no_cue_for_a_screen_work_or_a_distant_noun(text, title):
    assert cue(text, title) == ""


def test_a_title_called_a_new_film_is_no_source():
    new = "The thriller Cold Harbour, the new film from Mara Quill, opens in May."
    assert source_cue(new, new.index("Cold"), new.index("Cold") + len("Cold Harbour")) == ""
    # Its twin: a dated film in apposition is the source of a remake, and a new novel still a source.
    old = "Cold Harbour, the 1960 film by Mara Quill, was remade."
    assert source_cue(old, 0, len("Cold Harbour")) == "film"
    novel = "Cold Harbour, the new novel by Mara Quill, was optioned."
    assert source_cue(novel, 0, len("Cold Harbour")) == "novel"


def test_a_film_introduced_with_an_indefinite_apposition_is_no_source():
    # types2: "X, a film starring P" names the work the story is about
    assert cue("Tideway bought streaming rights for Salt Road, a film starring Dana Vale.", "Salt Road") == ""
    assert cue("Tideway bought Salt Road, a dark comedy film from Dana Vale.", "Salt Road") == ""


def test_a_dated_film_apposition_is_still_a_source():
    # negative twin: a year says an earlier work
    assert cue("The series honours Salt Road, a 1960 film by Dana Vale.", "Salt Road") == "film"
    assert cue("The series remakes Salt Road, the film by Dana Vale.", "Salt Road") == "remakes "


def test_the_film_in_apposition_outside_a_remake_describes_the_work_itself(facts_of):
    # "will star in X, the film from P": no remake or adaptation in the clause, so "the film" is
    # X itself and its cast stays X's.
    assert cue("Lily Hart will star in Glass Harbor, the film from Tom Reyes.", "Glass Harbor") == ""
    assert ("Glass Harbor", "starring", "Lily Hart") in facts_of("Lily Hart will star in Glass Harbor, the film from Tom Reyes.")


@pytest.mark.parametrize("sentence", [
    "Saltmarsh was first published in 1988 by Penguin.",
    "Saltmarsh, published by Penguin in 2004, sold a million copies.",
    "Saltmarsh is a 2013 video game from a small studio.",
    "Saltmarsh is an action-adventure video game.",
    "Saltmarsh was a bestselling graphic novel.",
])
def test_a_verb_of_publishing_or_a_book_or_game_predicate_marks_the_source(sentence):
    assert cue(sentence, "Saltmarsh")


@pytest.mark.parametrize("sentence", [
    # The noun describes the screen work itself.
    "Saltmarsh is a video game adaptation starring Tomas Reyne.",
    "Saltmarsh is a novel series from Harbour Films.",
    # A television format, not a game a screen work is made from.
    "Harbour Films renewed the game show Saltmarsh.",
    # Published news about the title, not the title published.
    "Saltmarsh was picked up by Netflix in 1988.",
])
def test_a_screen_work_described_by_a_book_or_game_noun_is_no_source(sentence):
    assert cue(sentence, "Saltmarsh") == ""


def test_the_video_game_before_a_title_is_a_source_cue():
    assert cue("The series is drawn from the video game Saltmarsh.", "Saltmarsh")
    assert cue("The series is drawn from the hit console game Saltmarsh.", "Saltmarsh")
    # A title that ends in "Game" is no cue for the title after it.
    assert cue("The Squid Game star Saltmarsh Vale spoke.", "Saltmarsh Vale") == ""


def test_the_subject_after_an_opening_based_on_phrase_is_no_source():
    # The phrase closes at its comma; the title after it is the adaptation the sentence is about.
    assert cue("Based on a book by Mara Quill, Saltmarsh stars Tomas Reyne.", "Saltmarsh") == ""


def test_based_on_right_before_a_title_is_still_a_source_cue():
    # Twin: with no comma between, the title is what the work is based on.
    assert cue("The drama is based on Mara Quill's Saltmarsh.", "Saltmarsh").lower().startswith("based on")
