"""graph/rdf/identity.py through add_document: which mentions in two documents become one node."""
from __future__ import annotations

import hashlib

import pytest
from rdflib import Dataset, URIRef
from rdflib.namespace import RDF

from mediakg.extract.records import Entity, Evidence, Extraction, Fact
from mediakg.graph.rdf.triples import SourceDocument, add_document, new_dataset
from mediakg.graph.rdf.identity import identity_label, identity_qualifier
from mediakg.graph.rdf.iris import DEFAULT_BASE
from mediakg.ontology import MEDIA


def article(text: str, *entities: tuple[str, str], years: dict[str, str] | None = None) -> tuple[str, Extraction]:
    """A made-up one-sentence article naming (label, class) entities, keyed by position."""
    evidence = Evidence(text, 0, len(text))
    records = tuple(Entity(f"e{i}", label, cls, (label,), evidence, "test", 0.8)
                    for i, (label, cls) in enumerate(entities))
    keys = {label: f"e{i}" for i, (label, _) in enumerate(entities)}
    facts = tuple(Fact(keys[label], "releaseYear", year, evidence, "test", 0.8, is_attribute=True)
                  for label, year in (years or {}).items())
    return text, Extraction(records, facts)


def build(*articles: tuple[str, Extraction]) -> Dataset:
    dataset = new_dataset()
    for i, (text, extraction) in enumerate(articles):
        digest = hashlib.sha256(text.encode()).hexdigest()
        add_document(dataset, extraction, SourceDocument(f"a{i}.txt", f"a{i}.txt", digest), base=DEFAULT_BASE)
    return dataset


def nodes(dataset: Dataset, cls: URIRef) -> set[URIRef]:
    return {s for s, _, _, _ in dataset.quads((None, RDF.type, cls, None))}


def test_one_company_typed_differently_in_two_articles_is_one_node():
    dataset = build(article("Harbor Studios hired a new head of drama.", ("Harbor Studios", "Studio")),
                    article("Harbor Studios shares rose on Monday.", ("Harbor Studios", "Organization")))
    assert nodes(dataset, MEDIA.Studio) == nodes(dataset, MEDIA.Organization) == {
        URIRef(DEFAULT_BASE + "organization/harbor-studios")}


def test_a_legal_form_does_not_split_a_company():
    dataset = build(article("Streamly, Inc. reported its earnings.", ("Streamly, Inc.", "StreamingService")),
                    article("Streamly ordered a second season.", ("Streamly", "StreamingService")))
    assert nodes(dataset, MEDIA.StreamingService) == {URIRef(DEFAULT_BASE + "organization/streamly")}


def test_a_company_and_its_facility_stay_apart():
    dataset = build(article("Pier Nine opened in 2020.", ("Pier Nine", "Organization")),
                    article("Filming moved to Pier Nine.", ("Pier Nine", "Facility")))
    assert nodes(dataset, MEDIA.Organization) == {URIRef(DEFAULT_BASE + "organization/pier-nine")}
    assert nodes(dataset, MEDIA.Facility) == {URIRef(DEFAULT_BASE + "facility/pier-nine")}


def test_a_film_and_its_remake_stay_apart_and_each_joins_itself():
    dataset = build(article("The 1958 film Glass Tide is a classic.", ("Glass Tide", "Film"), years={"Glass Tide": "1958"}),
                    article("The 2024 film Glass Tide opens Friday.", ("Glass Tide", "Film"), years={"Glass Tide": "2024"}),
                    article("Glass Tide (1958) was restored.", ("Glass Tide", "Film"), years={"Glass Tide": "1958"}))
    assert nodes(dataset, MEDIA.Film) == {URIRef(DEFAULT_BASE + "work/glass-tide-1958"),
                                          URIRef(DEFAULT_BASE + "work/glass-tide-2024")}


def test_a_series_never_joins_the_film_it_adapts():
    dataset = build(article("The 1958 film Glass Tide is a classic.", ("Glass Tide", "Film"), years={"Glass Tide": "1958"}),
                    article("The series Glass Tide starts in May.", ("Glass Tide", "Series")))
    assert nodes(dataset, MEDIA.Film) == {URIRef(DEFAULT_BASE + "work/glass-tide-1958")}
    assert nodes(dataset, MEDIA.Series) == {URIRef(DEFAULT_BASE + "work/glass-tide-series")}


def test_two_articles_naming_only_a_surname_keep_two_people():
    dataset = build(article("Lindqvist will direct.", ("Lindqvist", "Person")),
                    article("Lindqvist scored the film.", ("Lindqvist", "Person")))
    assert len(nodes(dataset, MEDIA.Person)) == 2


def test_two_articles_each_naming_a_multi_year_agreement_keep_two_deals():
    dataset = build(article("Streamly signed a multi-year agreement with Harbor Studios.", ("multi-year agreement", "Agreement")),
                    article("Lumen Pictures signed a multi-year agreement with Hulu.", ("multi-year agreement", "Agreement")))
    assert len(nodes(dataset, MEDIA.Agreement)) == 2


def test_a_surname_never_joins_a_full_name_but_full_names_join():
    dataset = build(article("Maya Lindqvist will direct.", ("Maya Lindqvist", "Person")),
                    article("Lindqvist scored the film.", ("Lindqvist", "Person")),
                    article("Maya Lindqvist joined Harbor.", ("Maya Lindqvist", "Person")))
    people = nodes(dataset, MEDIA.Person)
    assert len(people) == 2
    assert URIRef(DEFAULT_BASE + "person/maya-lindqvist") in people


@pytest.mark.parametrize("cls,label,expected", [
    ("Studio", "Toho Co., Ltd.", "Toho"), ("Organization", "Harbor Holdings Inc.", "Harbor Holdings"),
    ("StreamingService", "Streamly", "Streamly"), ("Person", "Maya Lindqvist Inc", "Maya Lindqvist Inc"),
    ("Film", "Pictures Ltd", "Pictures Ltd"), ("Organization", "Co.", "Co."),
])
def test_identity_label(cls, label, expected):
    assert identity_label(cls, label) == expected


@pytest.mark.parametrize("cls,label,year,expected", [
    ("Series", "Glass Tide", "", "series"), ("Series", "Glass Tide", "2027", "series-2027"),
    ("Film", "Glass Tide", "1958", "1958"), ("Film", "Glass Tide", "", ""),
    ("Person", "Lindqvist", "", "abcdef01"), ("Person", "Maya Lindqvist", "", ""),
    ("Studio", "Harbor", "1999", ""),
])
def test_identity_qualifier(cls, label, year, expected):
    assert identity_qualifier(cls, label, year=year, document="abcdef0123456789") == expected
