"""Labelled credit lines of a slate (mediakg.extract.mentions.field_lines): the layout read from
the text, then the names it lists, end to end. Every slate here is written for these tests."""
from __future__ import annotations

import pytest

from mediakg.extract.mentions.field_lines import field_lines

pytestmark = pytest.mark.slow

SLATE = """Market preview: the packages to watch

\u201cSalt and Iron\u201d
Director: Mira Holt
Producers: Ben Cole, Harbour Films
Key cast: Dana Vale, Tom Hale
A miner's daughter runs for mayor.
Sales: Copperline Studios

The Long Night

Director: Ana Ruiz

Cast: Rita Moss and Jonas Berg

Sales agent: Nordlys Pictures
"""


def _read(nlp, text):
    doc = nlp(text)
    return [(line.field, doc.text[slice(*line.title)] if line.title else None, [doc.text[s:e] for s, e in line.items])
            for line in field_lines(doc)]


def test_each_field_line_belongs_to_the_heading_above_its_item(nlp):
    assert _read(nlp, SLATE) == [
        ("directedBy", "Salt and Iron", ["Mira Holt"]),
        ("producer", "Salt and Iron", ["Ben Cole", "Harbour Films"]),
        ("starring", "Salt and Iron", ["Dana Vale", "Tom Hale"]),
        ("sales", "Salt and Iron", ["Copperline Studios"]),
        ("directedBy", "The Long Night", ["Ana Ruiz"]),
        ("starring", "The Long Night", ["Rita Moss", "Jonas Berg"]),
        ("sales", "The Long Night", ["Nordlys Pictures"]),
    ]


def test_an_item_whose_heading_is_lost_gets_no_title(nlp):
    # The second "Director" line starts another item; the page's own heading is no title.
    text = "Glasshouse\nDirector: Mira Holt\nCast: Dana Vale\n\nPopular on Screenland\n\nDirector: Karl Weiss\nCast: Lena Dorn\n"
    assert [title for _, title, _ in _read(nlp, text)] == ["Glasshouse", "Glasshouse", None, None]


@pytest.mark.parametrize("text", [
    # a colon in prose, and a label that is no credit field
    "Dana Vale said: We are thrilled to be in Berlin.\n",
    "Glasshouse\nPremise: Two sisters inherit a greenhouse.\nGenre: Thriller\n",
])
def test_prose_and_other_labels_are_no_credit_lines(nlp, text):
    assert _read(nlp, text) == []


def test_the_slates_names_and_types(entities_of):
    entities = {label: e.type for label, e in entities_of(SLATE).items()}
    assert {label for label, t in entities.items() if t == "Person"} == {
        "Mira Holt", "Ben Cole", "Dana Vale", "Tom Hale", "Ana Ruiz", "Rita Moss", "Jonas Berg"}
    # an item with a director or a sales agent is a film on a market's slate
    assert entities["Salt and Iron"] == "Film" and entities["The Long Night"] == "Film"
