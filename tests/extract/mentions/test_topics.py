"""Topic shifts in a news roundup (mediakg.extract.mentions.topics): pure functions on text."""
from __future__ import annotations

from mediakg.extract.mentions.topics import same_topic, segment, topic_starts

ROUNDUP = ("Harbour Films has ordered Copperhead. The series shoots in Leeds. "
           "Separately, Mara Quill joins Saltmarsh. Meanwhile, the drama wraps.")


def test_each_sentence_opening_marker_starts_a_topic():
    assert topic_starts(ROUNDUP) == [0, ROUNDUP.index("Separately"), ROUNDUP.index("Meanwhile")]


def test_a_marker_inside_a_clause_starts_no_topic():
    text = "Harbour Films said it will meanwhile develop Copperhead. Elsewhere in the slate, nothing changed."
    # "meanwhile" mid-sentence is no shift; "Elsewhere" opening a sentence is one.
    assert topic_starts(text) == [0, text.index("Elsewhere")]


def test_multiword_markers_and_a_marker_after_a_closing_quote():
    text = "\u201cWe are thrilled,\u201d she said. In other news, Copperhead is renewed.\nIn a separate deal, Saltmarsh sold."
    assert topic_starts(text) == [0, text.index("In other news"), text.index("In a separate deal")]


def test_same_topic_splits_at_the_marker():
    starts = topic_starts(ROUNDUP)
    copperhead, the_series = ROUNDUP.index("Copperhead"), ROUNDUP.index("The series")
    saltmarsh, the_drama = ROUNDUP.index("Saltmarsh"), ROUNDUP.index("the drama")
    assert same_topic(starts, copperhead, the_series)
    assert not same_topic(starts, copperhead, saltmarsh)
    assert not same_topic(starts, saltmarsh, the_drama)
    assert [segment(starts, p) for p in (copperhead, saltmarsh, the_drama)] == [0, 1, 2]


def test_a_text_without_markers_is_one_topic():
    text = "Harbour Films has ordered Copperhead. Mara Quill will direct it."
    assert topic_starts(text) == [0]
    assert same_topic([0], 0, len(text) - 1)
