"""Shared helpers for the extraction tests: one pipeline per session, facts read as labels.

`facts_of(text)` runs the whole extraction on a text and gives each fact as
(subject label, predicate, object label) for a relation or (subject label, predicate, value)
for an attribute, so a test states exactly what a reader of the sentence would write down.
"""
from __future__ import annotations

from typing import Callable

import pytest
from spacy.language import Language

from mediakg.extract.document import extract
from mediakg.extract.runner.model import load_pipeline
from mediakg.extract.records import Entity, Extraction

FactTriple = tuple[str, str, str]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default pipeline with the media gazetteer, loaded once for the whole session."""
    return load_pipeline()


@pytest.fixture(scope="session")
def extraction_of(nlp: Language) -> Callable[[str], Extraction]:
    def run(text: str) -> Extraction:
        return extract(nlp(text))

    return run


def labelled_facts(extraction: Extraction, *, status: str = "") -> set[FactTriple]:
    """The facts the text states (status ""), or those it reports with that status ("rumoured")."""
    labels = {e.key: e.label for e in extraction.entities}
    return {
        (labels[f.subject], f.predicate, f.object if f.is_attribute else labels[f.object])
        for f in extraction.facts if f.status == status
    }


@pytest.fixture(scope="session")
def facts_of(extraction_of: Callable[[str], Extraction]) -> Callable[[str], set[FactTriple]]:
    """facts_of(text) -> {(subject label, predicate, object label or literal value)}."""

    def run(text: str) -> set[FactTriple]:
        return labelled_facts(extraction_of(text))

    return run


@pytest.fixture(scope="session")
def reported_of(extraction_of: Callable[[str], Extraction]) -> Callable[[str], dict[str, set[FactTriple]]]:
    """reported_of(text) -> {status: facts}: what the text reports as rumoured, negotiated or planned."""

    def run(text: str) -> dict[str, set[FactTriple]]:
        extraction = extraction_of(text)
        return {status: found for status in {f.status for f in extraction.facts} - {""}
                if (found := labelled_facts(extraction, status=status))}

    return run


@pytest.fixture(scope="session")
def entities_of(extraction_of: Callable[[str], Extraction]) -> Callable[[str], dict[str, Entity]]:
    """entities_of(text) -> {label: Entity}."""

    def run(text: str) -> dict[str, Entity]:
        return {e.label: e for e in extraction_of(text).entities}

    return run
