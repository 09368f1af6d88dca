"""Records leave the extraction stage as frozen plain data: no spaCy object survives the parse,
and evidence offsets slice the document text to the sentence the fact was read from."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from mediakg.extract.records import Entity, Evidence, Extraction, Fact

pytestmark = pytest.mark.slow

# Two sentences, each stating facts, so that evidence has to point at the right one.
TEXT = (
    "The streaming service Hulu has ordered the drama “Salt and Smoke” for next year. "
    "The series stars Anna Cole and Mark Ellis, with Carmen Ortiz at the helm."
)
PLAIN = (str, int, float, bool)


def _walk(value, path: str = "extraction"):
    """Every leaf of a record tree, with where it was found."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _walk(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]")
    else:
        yield path, value


@pytest.fixture(scope="module")
def extraction(extraction_of) -> Extraction:
    return extraction_of(TEXT)


def test_extraction_is_not_empty(extraction):
    assert extraction.entities and extraction.facts


def test_every_leaf_is_a_plain_value(extraction):
    leaves = list(_walk(extraction))
    assert leaves
    for path, value in leaves:
        assert type(value) in PLAIN, f"{path} is a {type(value).__module__}.{type(value).__name__}"


def test_no_spacy_object_anywhere(extraction):
    for path, value in _walk(extraction):
        assert not type(value).__module__.startswith(("spacy", "thinc", "numpy")), path


@pytest.mark.parametrize("cls", [Evidence, Entity, Fact, Extraction])
def test_record_classes_are_frozen_dataclasses(cls):
    assert dataclasses.is_dataclass(cls)
    assert cls.__dataclass_params__.frozen


def test_records_cannot_be_changed(extraction):
    entity = extraction.entities[0]
    fact = extraction.facts[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        entity.label = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.object = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.evidence.start = 0  # type: ignore[misc]


def test_collections_are_tuples(extraction):
    assert isinstance(extraction.entities, tuple)
    assert isinstance(extraction.facts, tuple)
    for entity in extraction.entities:
        assert isinstance(entity.aliases, tuple)


def test_extraction_survives_pickling(extraction):
    assert pickle.loads(pickle.dumps(extraction)) == extraction


def test_fact_keys_name_entities(extraction):
    keys = {e.key for e in extraction.entities}
    assert len(keys) == len(extraction.entities)
    for fact in extraction.facts:
        assert fact.subject in keys
        if not fact.is_attribute:
            assert fact.object in keys


def _evidences(extraction: Extraction) -> list[Evidence]:
    return [e.evidence for e in extraction.entities] + [f.evidence for f in extraction.facts]


def test_evidence_offsets_slice_the_document_text(extraction):
    for evidence in _evidences(extraction):
        assert 0 <= evidence.start < evidence.end <= len(TEXT)
        assert TEXT[evidence.start:evidence.end] == evidence.sentence


def test_evidence_is_the_sentence_of_the_fact(extraction):
    first, second = TEXT.split(". ", 1)
    first += "."
    labels = {e.key: e.label for e in extraction.entities}
    by_fact = {(labels[f.subject], f.predicate, labels.get(f.object, f.object)): f.evidence for f in extraction.facts}
    stars = by_fact[("Salt and Smoke", "starring", "Anna Cole")]
    assert stars.sentence == second
    assert stars.start == len(first) + 1
    helm = by_fact[("Salt and Smoke", "directedBy", "Carmen Ortiz")]
    assert helm.sentence == second


def test_entity_evidence_is_its_first_mention_sentence(extraction):
    first = TEXT.split(". ", 1)[0] + "."
    entities = {e.label: e for e in extraction.entities}
    # Named in the first sentence, referred to again ("The series") in the second.
    assert entities["Salt and Smoke"].evidence.sentence == first
    assert entities["Salt and Smoke"].evidence.start == 0
    assert entities["Anna Cole"].evidence.sentence == TEXT.split(". ", 1)[1]


def test_confidences_are_probabilities(extraction):
    for record in (*extraction.entities, *extraction.facts):
        assert isinstance(record.confidence, float)
        assert 0.0 < record.confidence <= 1.0
