"""The line-sentence component (extract/runner/model.py): a line break starts a sentence."""
from __future__ import annotations

import spacy

from mediakg.extract.runner.model import line_sentences


def _starts(text: str) -> list[int]:
    doc = line_sentences(spacy.blank("en").make_doc(text))
    return [t.i for t in doc if t.is_sent_start]


def test_the_token_after_a_line_break_starts_a_sentence() -> None:
    # "Harbour Films hires Ana Ruiz" "\n" "The studio said ..." : the headline is a sentence.
    assert _starts("Harbour Films hires Ana Ruiz\nThe studio said so.") == [0, 6]
    # Several breaks in one whitespace token, and a break after a space.
    assert _starts("Glass Meridian\n\n\nNew season \nOut now") == [0, 3, 6]


def test_no_break_no_new_sentence() -> None:
    assert _starts("Harbour Films hires Ana Ruiz as head of drama.") == [0]
    # A break that ends the text starts nothing after it.
    assert _starts("Ana Ruiz\n") == [0]
    assert _starts("") == []


def test_a_lower_case_line_after_a_word_goes_on_with_the_sentence() -> None:
    # A copied page keeps a break where a link ended: "the drama Salt Road" "\n" "by Ana Ruiz ...".
    assert _starts("The drama Salt Road\nby Ana Ruiz opens today.") == [0]
    # The twins: after a stop, or after a blank line, a lower-case line is a new sentence.
    assert _starts("Harbour Films hires Ana Ruiz.\nlater, she said so.") == [0, 7]
    assert _starts("Salt Road\n\nby Ana Ruiz") == [0, 3]


def test_the_word_after_a_possessive_starts_no_sentence() -> None:
    # "including 1990’s Oh Carmela": the parser may take an interjection for a new sentence's
    # first word; a possessive owns the word after it.
    doc = line_sentences(spacy.blank("en").make_doc("It screens 1990\u2019s Oh Carmela and Ana Ruiz's Glass River."))
    owned = [t for t in doc if t.i > 0 and doc[t.i - 1].text in ("\u2019s", "'s")]
    assert [t.text for t in owned] == ["Oh", "Glass"]
    assert all(t.is_sent_start is False for t in owned)


def test_punctuation_after_a_possessive_is_left_to_the_parser() -> None:
    # Twin: "at Ana Ruiz's. The ..." is no possessive before a word; nothing is set.
    doc = line_sentences(spacy.blank("en").make_doc("We met at Ana Ruiz's. The deal followed."))
    assert all(t.is_sent_start is None for t in doc[1:])


def test_a_short_bracket_holds_no_sentence_start() -> None:
    # "X (2019, dir. Ana Ruiz)", "X [2019]": an abbreviation's stop or a bracket opening inside
    # a short bracket never starts a sentence.
    doc = line_sentences(spacy.blank("en").make_doc("It shows Salt Road (2019, dir. Ana Ruiz) and Glass Harbor [2021] today."))
    inside = [t for t in doc if t.text in ("(", "2019", ",", "dir", ".", "Ana", "Ruiz", ")", "[", "2021", "]") and t.i < len(doc) - 1]
    assert inside and all(t.is_sent_start is False for t in inside)


def test_a_bracket_opening_a_line_or_running_long_is_left_alone() -> None:
    # Twins: a bracket that opens a line starts its sentence; a long one may hold sentences.
    assert _starts("He left.\n(Reuters) The deal closed.") == [0, 4]  # (the line break is token 3)
    long_aside = "It closed (" + "and then it went on and on and on. " * 2 + "end)."
    doc = line_sentences(spacy.blank("en").make_doc(long_aside))
    assert all(t.is_sent_start is None for t in doc[1:])


def test_a_name_after_a_titling_abbreviation_starts_no_sentence() -> None:
    # "the novel by Emily St. John Vale", "Dr. Ana Ruiz": the abbreviation's stop titles the name.
    doc = line_sentences(spacy.blank("en").make_doc("It adapts the novel by Emily St. John Vale, with Dr. Ana Ruiz."))
    titled = [t for t in doc if t.i > 0 and doc[t.i - 1].text in ("St.", "Dr.")]
    assert [t.text for t in titled] == ["John", "Ana"]
    assert all(t.is_sent_start is False for t in titled)


def test_a_lower_case_word_after_an_abbreviation_is_left_to_the_parser() -> None:
    # Twin: no name follows, nothing is set.
    doc = line_sentences(spacy.blank("en").make_doc("They met on Main St. and talked."))
    assert all(t.is_sent_start is None for t in doc[1:])
