"""Very long documents are split at paragraph or sentence boundaries, not rejected, and their
records speak of the whole text."""
from __future__ import annotations

import pytest

from mediakg.extract.runner.batch import extract_texts
from mediakg.extract.runner.chunks import merge_extractions, split_text
from mediakg.extract.records import Entity, Evidence, Extraction, Fact

# Made-up trade news, written for these tests.
PARAGRAPHS = [
    "Streamly has signed a multi-year agreement with Harbor Studios.",
    "Harbor Studios will produce the drama series \"Night Harbor\" for Streamly, directed by Maya Lindqvist.",
    "Netflix and Toho Studios announced a partnership to develop animated films in Tokyo.",
    "Harbor Studios hired Maya Lindqvist to run its new drama unit in Vancouver.",
]
FINAL = "Orbit Pictures has signed a deal with Lantern Studios to co-produce films."
LONG = "\n\n".join(PARAGRAPHS * 3 + [FINAL]) + "\n"


def test_parts_cover_the_text_exactly_and_respect_the_limit():
    parts = split_text(LONG, 200)
    assert "".join(part for _, part in parts) == LONG
    assert all(LONG[offset:offset + len(part)] == part for offset, part in parts)
    assert all(len(part) <= 200 for _, part in parts)
    assert len(parts) > 3


def test_parts_end_at_paragraph_breaks_when_there_are_some():
    parts = split_text(LONG, 200)
    assert all(part.endswith("\n\n") for _, part in parts[:-1])


def test_a_single_long_paragraph_is_cut_at_sentence_ends():
    text = " ".join(PARAGRAPHS * 4)
    parts = split_text(text, 150)
    assert "".join(p for _, p in parts) == text
    assert all(p.rstrip().endswith(".") for _, p in parts[:-1])


def test_text_without_any_break_is_cut_at_the_limit():
    parts = split_text("x" * 25, 10)
    assert [p for _, p in parts] == ["x" * 10, "x" * 10, "x" * 5]


def test_a_short_text_is_one_part():
    assert split_text("Short.", 100) == [(0, "Short.")]
    with pytest.raises(ValueError):
        split_text("Short.", 0)


def _entity(key: str, label: str, start: int, aliases=()) -> Entity:
    return Entity(key, label, "Studio", tuple(aliases), Evidence(label, start, start + len(label)), "entities.ner", 0.7)


def test_merge_joins_an_entity_named_in_two_parts_and_shifts_offsets():
    first = Extraction((_entity("e0", "Harbor Studios", 0, ["Harbor"]),), ())
    second = Extraction(
        (_entity("e0", "Orbit Films", 0), _entity("e1", "Harbor Studios", 20, ["the studio"])),
        (Fact("e1", "partnersWith", "e0", Evidence("sentence", 0, 8), "corporate.x", 0.8),),
    )
    merged = merge_extractions([(0, first), (100, second)])
    labels = [e.label for e in merged.entities]
    assert labels == ["Harbor Studios", "Orbit Films"]
    harbor = merged.entities[0]
    assert harbor.evidence.start == 0 and set(harbor.aliases) == {"Harbor", "the studio"}
    assert merged.entities[1].evidence.start == 100
    (fact,) = merged.facts
    assert (fact.subject, fact.object) == (harbor.key, merged.entities[1].key)
    assert (fact.evidence.start, fact.evidence.end) == (100, 108)


@pytest.mark.slow
def test_a_document_longer_than_the_limit_is_extracted_with_offsets_into_the_whole_text():
    (whole,) = extract_texts([LONG], max_chars=300)
    assert isinstance(whole, Extraction)
    for record in [*whole.entities, *whole.facts]:
        assert LONG[record.evidence.start:record.evidence.end] == record.evidence.sentence
    labels = [e.label for e in whole.entities]
    assert len(labels) == len(set(labels)), "an entity named in several parts is one entity"
    assert {"Harbor Studios", "Streamly", "Maya Lindqvist", "Toho Studios"} <= set(labels)
    # The last paragraph, far past the limit, is read too.
    assert {"Orbit Pictures", "Lantern Studios"} <= set(labels)
    assert any(FINAL in f.evidence.sentence and f.predicate == "partnersWith" for f in whole.facts)


@pytest.mark.slow
def test_a_crash_in_a_rule_costs_only_that_text(monkeypatch):
    import mediakg.extract.runner.batch as batch

    real = batch.extract

    def flaky(doc):
        if "Vancouver" in doc.text:
            raise KeyError("boom")
        return real(doc)

    monkeypatch.setattr(batch, "extract", flaky)
    good, bad, other = extract_texts([PARAGRAPHS[0], PARAGRAPHS[3], PARAGRAPHS[2]])
    assert isinstance(good, Extraction) and isinstance(other, Extraction)
    assert bad == "extraction failed: KeyError: 'boom'"
