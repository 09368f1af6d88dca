"""graph/rdf/triples.py: hand-made extraction records become the RDF shape of docs/rdf-model.md."""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from mediakg.extract.records import Entity, Evidence, Extraction, Fact
from mediakg.graph.rdf.triples import SourceDocument, add_document, new_dataset
from mediakg.graph.rdf.iris import DEFAULT_BASE
from mediakg.graph.query import run_query
from mediakg.ontology import MEDIA

ID = Namespace(DEFAULT_BASE)
OA = Namespace("http://www.w3.org/ns/oa#")
# A plain Namespace: pytest probes module globals, and rdflib's XSD warns on unknown names.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

WHEN = datetime(2026, 3, 14, 9, 26, 53, tzinfo=timezone.utc)

# A short made-up trade story; evidence offsets are computed from it, as the extractor would.
TEXT_A = (
    "Streamly has signed a multi-year agreement with Harbor Studios. "
    "Harbor Studios will produce Night Harbor, a drama series for the streamer. "
    "The series adapts the 1998 film Night Harbor and is directed by Maya Lindqvist. "
    "Filming takes place at Pier Nine Stage, which covers 1200.5 square metres."
)
TEXT_B = (
    "Harbor Studios opened a second office this spring. "
    "Maya Lindqvist joined Harbor Studios as head of drama."
)


def ev(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


S1, S2, S3, S4 = (
    "Streamly has signed a multi-year agreement with Harbor Studios.",
    "Harbor Studios will produce Night Harbor, a drama series for the streamer.",
    "The series adapts the 1998 film Night Harbor and is directed by Maya Lindqvist.",
    "Filming takes place at Pier Nine Stage, which covers 1200.5 square metres.",
)


def extraction_a() -> Extraction:
    entities = (
        Entity("e1", "Streamly", "StreamingService", ("Streamly", "the streamer"), ev(TEXT_A, S1), "entities.gazetteer", 0.95),
        Entity("e2", "Harbor Studios", "Studio", ("Harbor Studios",), ev(TEXT_A, S1), "entities.ner", 0.7),
        Entity("e3", "Night Harbor", "Series", ("Night Harbor", "The series"), ev(TEXT_A, S2), "entities.title", 0.8),
        Entity("e4", "Night Harbor", "Film", ("Night Harbor",), ev(TEXT_A, S3), "entities.title", 0.8),
        Entity("e5", "Maya Lindqvist", "Person", ("Maya Lindqvist",), ev(TEXT_A, S3), "entities.ner", 0.75),
        Entity("e6", "Pier Nine Stage", "Facility", ("Pier Nine Stage",), ev(TEXT_A, S4), "entities.facility", 0.6),
    )
    facts = (
        Fact("e1", "partnersWith", "e2", ev(TEXT_A, S1), "corporate.agreement", 0.85),
        Fact("e2", "produces", "e3", ev(TEXT_A, S2), "works.produce", 0.8),
        Fact("e3", "basedOn", "e4", ev(TEXT_A, S3), "works.adapts", 0.65),
        Fact("e3", "directedBy", "e5", ev(TEXT_A, S3), "credits.directed_by", 0.9),
        Fact("e4", "releaseYear", "1998", ev(TEXT_A, S3), "attributes.year_film", 0.7, is_attribute=True),
        Fact("e6", "area", "1200.5", ev(TEXT_A, S4), "attributes.area", 0.8, is_attribute=True),
    )
    return Extraction(entities, facts)


def extraction_b() -> Extraction:
    s1, s2 = "Harbor Studios opened a second office this spring.", "Maya Lindqvist joined Harbor Studios as head of drama."
    entities = (
        Entity("x1", "Harbor Studios", "Studio", ("Harbor Studios",), ev(TEXT_B, s1), "entities.ner", 0.7),
        Entity("x2", "Maya Lindqvist", "Person", ("Maya Lindqvist",), ev(TEXT_B, s2), "entities.ner", 0.75),
    )
    facts = (Fact("x2", "employedBy", "x1", ev(TEXT_B, s2), "corporate.joined", 0.75),)
    return Extraction(entities, facts)


def source(text: str, name: str) -> SourceDocument:
    return SourceDocument(name=name, source=f"articles/{name}", content_hash=sha(text))


def build_one(text: str = TEXT_A, extraction: Extraction | None = None, name: str = "harbor-deal.txt",
              dataset: Dataset | None = None) -> tuple[Dataset, URIRef]:
    dataset = new_dataset() if dataset is None else dataset
    doc = add_document(dataset, extraction or extraction_a(), source(text, name), base=DEFAULT_BASE, extracted_at=WHEN)
    return dataset, doc


def named_graphs(dataset: Dataset) -> dict[URIRef, object]:
    return {g.identifier: g for g in dataset.graphs() if len(g)}


def assertions_for(graph, s, p, o) -> list[URIRef]:
    return [a for a in graph.subjects(RDF.subject, s)
            if (a, RDF.predicate, p) in graph and (a, RDF.object, o) in graph]


# --------------------------------------------------------------------------------------
# The document and its named graph
# --------------------------------------------------------------------------------------

def test_document_iri_is_base_plus_first_16_hex_of_the_hash():
    _, doc = build_one()
    assert doc == URIRef(f"{DEFAULT_BASE}document/{sha(TEXT_A)[:16]}")


def test_each_document_is_its_own_named_graph():
    dataset, doc_a = build_one()
    dataset, doc_b = build_one(TEXT_B, extraction_b(), "harbor-office.txt", dataset)
    graphs = named_graphs(dataset)
    assert set(graphs) == {doc_a, doc_b}
    # Everything a document says lives in its graph: the employment fact only in B's graph,
    # the partnership only in A's graph.
    employed = (ID["person/maya-lindqvist"], MEDIA.employedBy, ID["organization/harbor-studios"])
    partner = (ID["organization/streamly"], MEDIA.partnersWith, ID["organization/harbor-studios"])
    assert employed in graphs[doc_b] and employed not in graphs[doc_a]
    assert partner in graphs[doc_a] and partner not in graphs[doc_b]
    # Nothing lands in the default graph.
    assert len(dataset.default_graph) == 0


def test_document_node_is_described():
    dataset, doc = build_one()
    g = dataset.graph(doc)
    assert (doc, RDF.type, MEDIA.Document) in g
    assert g.value(doc, RDFS.label) == Literal("harbor-deal.txt")
    assert g.value(doc, MEDIA.sourcePath) == Literal("articles/harbor-deal.txt")
    assert g.value(doc, MEDIA.contentHash) == Literal(f"sha256:{sha(TEXT_A)}")
    when = g.value(doc, MEDIA.extractedAt)
    assert when.datatype == XSD.dateTime
    assert when.toPython() == WHEN


def test_extracted_at_defaults_to_now_in_utc():
    dataset = new_dataset()
    before = datetime.now(timezone.utc).replace(microsecond=0)
    doc = add_document(dataset, extraction_a(), source(TEXT_A, "a.txt"), base=DEFAULT_BASE)
    when = dataset.graph(doc).value(doc, MEDIA.extractedAt)
    assert when.datatype == XSD.dateTime
    value = when.toPython()
    assert value.tzinfo is not None
    assert before <= value <= datetime.now(timezone.utc) + timedelta(seconds=1)


# --------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------

def test_entities_are_typed_labelled_and_mentioned_in_the_document():
    dataset, doc = build_one()
    g = dataset.graph(doc)
    expected = {
        ID["organization/streamly"]: (MEDIA.StreamingService, "Streamly"),
        ID["organization/harbor-studios"]: (MEDIA.Studio, "Harbor Studios"),
        ID["person/maya-lindqvist"]: (MEDIA.Person, "Maya Lindqvist"),
        ID["facility/pier-nine-stage"]: (MEDIA.Facility, "Pier Nine Stage"),
    }
    for iri, (cls, label) in expected.items():
        # Only the most specific class is stored.
        assert set(g.objects(iri, RDF.type)) == {cls}, iri
        assert set(g.objects(iri, RDFS.label)) == {Literal(label)}, iri
        assert (iri, MEDIA.mentionedIn, doc) in g


def test_aliases_become_skos_altlabels_but_the_label_itself_does_not():
    dataset, doc = build_one()
    g = dataset.graph(doc)
    assert set(g.objects(ID["organization/streamly"], SKOS.altLabel)) == {Literal("the streamer")}
    assert set(g.objects(ID["organization/harbor-studios"], SKOS.altLabel)) == set()
    assert set(g.objects(ID["person/maya-lindqvist"], SKOS.altLabel)) == set()


def test_every_entity_type_has_an_assertion_with_its_first_mention():
    dataset, doc = build_one()
    g = dataset.graph(doc)
    streamly = ID["organization/streamly"]
    [a] = assertions_for(g, streamly, RDF.type, MEDIA.StreamingService)
    assert g.value(a, MEDIA.extractionRule) == Literal("entities.gazetteer")
    assert g.value(a, MEDIA.confidence) == Literal(Decimal("0.95"))
    target = g.value(a, PROV.wasDerivedFrom)
    assert g.value(target, PROV.value) == Literal(S1)
    for entity in extraction_a().entities:
        typed = [s for s in g.subjects(RDF.type, MEDIA[entity.type]) if (s, RDFS.label, Literal(entity.label)) in g]
        assert len(typed) == 1
        assert len(assertions_for(g, typed[0], RDF.type, MEDIA[entity.type])) == 1


# --------------------------------------------------------------------------------------
# IRIs
# --------------------------------------------------------------------------------------

def test_iris_are_readable_slugs_grouped_by_kind():
    dataset, doc = build_one()
    subjects = {str(s) for s in dataset.graph(doc).subjects(RDFS.label, None)}
    assert f"{DEFAULT_BASE}organization/harbor-studios" in subjects
    assert f"{DEFAULT_BASE}organization/streamly" in subjects
    assert f"{DEFAULT_BASE}person/maya-lindqvist" in subjects
    assert f"{DEFAULT_BASE}facility/pier-nine-stage" in subjects
    for iri in subjects:
        assert re.fullmatch(r"[a-z0-9/:.\-]+", iri), iri


def test_base_option_changes_every_minted_iri():
    base = "https://example.org/kg/"
    dataset = new_dataset()
    doc = add_document(dataset, extraction_a(), source(TEXT_A, "a.txt"), base=base, extracted_at=WHEN)
    assert str(doc).startswith(f"{base}document/")
    g = dataset.graph(doc)
    assert (URIRef(f"{base}organization/harbor-studios"), RDF.type, MEDIA.Studio) in g
    minted = {str(t) for triple in g for t in triple if isinstance(t, URIRef)}
    assert not any(iri.startswith(DEFAULT_BASE) for iri in minted)


def test_same_label_same_iri_across_documents():
    dataset, doc_a = build_one()
    dataset, doc_b = build_one(TEXT_B, extraction_b(), "harbor-office.txt", dataset)
    studio = ID["organization/harbor-studios"]
    person = ID["person/maya-lindqvist"]
    for doc in (doc_a, doc_b):
        g = dataset.graph(doc)
        assert (studio, RDF.type, MEDIA.Studio) in g
        assert (person, RDF.type, MEDIA.Person) in g
    # The union joins facts from the two documents through the shared IRIs.
    assert (person, MEDIA.employedBy, studio) in dataset.graph(doc_b)
    assert (ID["work/night-harbor-series"], MEDIA.directedBy, person) in dataset.graph(doc_a)


def test_same_input_gives_identical_iris_across_runs():
    first, _ = build_one()
    second, _ = build_one()

    def iris(dataset: Dataset) -> set[URIRef]:
        return {t for s, p, o, _ in dataset.quads((None, None, None, None)) for t in (s, p, o) if isinstance(t, URIRef)}

    assert iris(first) == iris(second)
    # Assertion IRIs are stable too (a rebuild does not churn identifiers).
    assert {i for i in iris(first) if "/assertion/" in str(i)}
    assert {i for i in iris(first) if "/assertion/" in str(i)} == {i for i in iris(second) if "/assertion/" in str(i)}


def test_series_and_film_with_one_label_get_different_iris():
    dataset, doc = build_one()
    g = dataset.graph(doc)
    series = [s for s in g.subjects(RDF.type, MEDIA.Series)]
    films = [s for s in g.subjects(RDF.type, MEDIA.Film)]
    assert len(series) == 1 and len(films) == 1
    assert series[0] != films[0]
    assert str(series[0]) == f"{DEFAULT_BASE}work/night-harbor-series"
    assert "/work/night-harbor" in str(films[0])
    # Both keep their own label, and the basedOn fact links the two distinct nodes.
    assert g.value(series[0], RDFS.label) == Literal("Night Harbor")
    assert g.value(films[0], RDFS.label) == Literal("Night Harbor")
    assert (series[0], MEDIA.basedOn, films[0]) in g


def test_film_iri_does_not_depend_on_what_else_the_document_mentions():
    only_film_text = "The 1998 film Night Harbor returns to cinemas in a restored print."
    evidence = ev(only_film_text, only_film_text)
    only_film = Extraction(
        (Entity("f", "Night Harbor", "Film", ("Night Harbor",), evidence, "entities.title", 0.8),),
        (Fact("f", "releaseYear", "1998", evidence, "attributes.year_film", 0.7, is_attribute=True),),
    )
    dataset, doc_a = build_one()
    dataset, doc_b = build_one(only_film_text, only_film, "restoration.txt", dataset)
    film_in_a = set(dataset.graph(doc_a).subjects(RDF.type, MEDIA.Film))
    film_in_b = set(dataset.graph(doc_b).subjects(RDF.type, MEDIA.Film))
    assert film_in_a == film_in_b


# --------------------------------------------------------------------------------------
# Facts and assertions
# --------------------------------------------------------------------------------------

def expected_facts() -> list[tuple]:
    series, film = ID["work/night-harbor-series"], ID["work/night-harbor-film"]
    return [
        ((ID["organization/streamly"], MEDIA.partnersWith, ID["organization/harbor-studios"]), S1, "corporate.agreement", "0.85"),
        ((ID["organization/harbor-studios"], MEDIA.produces, series), S2, "works.produce", "0.8"),
        ((series, MEDIA.basedOn, film), S3, "works.adapts", "0.65"),
        ((series, MEDIA.directedBy, ID["person/maya-lindqvist"]), S3, "credits.directed_by", "0.9"),
    ]


def test_each_fact_is_a_plain_triple_in_the_document_graph():
    dataset, doc = build_one()
    g = dataset.graph(doc)
    film = next(iter(g.subjects(RDF.type, MEDIA.Film)))
    series = ID["work/night-harbor-series"]
    for (s, p, o), *_ in expected_facts():
        o = film if o == ID["work/night-harbor-film"] else o
        assert (s, p, o) in g, (s, p, o)
    assert (series, MEDIA.basedOn, film) in g


def test_each_fact_has_an_assertion_node_with_evidence():
    dataset, doc = build_one()
    g = dataset.graph(doc)
    film = next(iter(g.subjects(RDF.type, MEDIA.Film)))
    for (s, p, o), sentence, rule, confidence in expected_facts():
        o = film if o == ID["work/night-harbor-film"] else o
        found = assertions_for(g, s, p, o)
        assert len(found) == 1, (s, p, o)
        a = found[0]
        assert (a, RDF.type, MEDIA.Assertion) in g
        assert str(a).startswith(f"{DEFAULT_BASE}assertion/")
        conf = g.value(a, MEDIA.confidence)
        assert conf.datatype == XSD.decimal
        assert conf.toPython() == Decimal(confidence)
        assert g.value(a, MEDIA.extractionRule) == Literal(rule)
        [target] = list(g.objects(a, PROV.wasDerivedFrom))
        assert (target, RDF.type, OA.SpecificResource) in g
        assert g.value(target, OA.hasSource) == doc
        assert g.value(target, PROV.value) == Literal(sentence)
        [selector] = list(g.objects(target, OA.hasSelector))
        assert (selector, RDF.type, OA.TextPositionSelector) in g
        start, end = g.value(selector, OA.start).toPython(), g.value(selector, OA.end).toPython()
        assert (start, end) == (TEXT_A.index(sentence), TEXT_A.index(sentence) + len(sentence))
        # The offsets point at the sentence in the document text (0-based, end exclusive).
        assert TEXT_A[start:end] == sentence


def test_confidence_is_rounded_decimal_in_unit_interval():
    text = "Streamly has signed a multi-year agreement with Harbor Studios."
    extraction = Extraction(
        (Entity("a", "Streamly", "StreamingService", (), ev(text, text), "r", 1 / 3),
         Entity("b", "Harbor Studios", "Studio", (), ev(text, text), "r", 1.0)),
        (Fact("a", "partnersWith", "b", ev(text, text), "corporate.agreement", 2 / 3),),
    )
    dataset, doc = build_one(text, extraction)
    g = dataset.graph(doc)
    values = [o for o in g.objects(None, MEDIA.confidence)]
    assert len(values) == 3
    for value in values:
        assert value.datatype == XSD.decimal
        assert Decimal(0) <= value.toPython() <= Decimal(1)
    [a] = assertions_for(g, ID["organization/streamly"], MEDIA.partnersWith, ID["organization/harbor-studios"])
    assert g.value(a, MEDIA.confidence).toPython() == Decimal("0.667")


def test_attributes_are_typed_literals():
    dataset, doc = build_one()
    g = dataset.graph(doc)
    film = next(iter(g.subjects(RDF.type, MEDIA.Film)))
    year = g.value(film, MEDIA.releaseYear)
    assert year == Literal("1998", datatype=XSD.gYear)
    area = g.value(ID["facility/pier-nine-stage"], MEDIA.area)
    assert area.datatype == XSD.decimal
    assert area.toPython() == Decimal("1200.5")
    # Attributes have assertion nodes too, restating the literal.
    [a] = assertions_for(g, film, MEDIA.releaseYear, year)
    assert g.value(a, MEDIA.extractionRule) == Literal("attributes.year_film")
    [a] = assertions_for(g, ID["facility/pier-nine-stage"], MEDIA.area, area)
    assert g.value(g.value(a, PROV.wasDerivedFrom), PROV.value) == Literal(S4)


@pytest.mark.parametrize(("value", "datatype"), [("2026-05-01", "date"), ("2027", "gYear")])
def test_dates_are_xsd_date_or_gyear(value, datatype):
    text = "Streamly signed with Harbor Studios, and the agreement begins soon."
    extraction = Extraction(
        (Entity("a", "Streamly Harbor pact", "Agreement", (), ev(text, text), "r", 0.6),),
        (Fact("a", "startDate", value, ev(text, text), "attributes.start", 0.6, is_attribute=True),),
    )
    dataset, doc = build_one(text, extraction)
    [agreement] = dataset.graph(doc).subjects(RDF.type, MEDIA.Agreement)  # its IRI carries the document
    literal = dataset.graph(doc).value(agreement, MEDIA.startDate)
    assert literal == Literal(value, datatype=XSD[datatype])


def test_role_is_a_plain_string_on_the_person():
    text = "Maya Lindqvist, Vice President of Drama at Harbor Studios, spoke at the launch."
    extraction = Extraction(
        (Entity("p", "Maya Lindqvist", "Person", (), ev(text, text), "r", 0.8),),
        (Fact("p", "role", "Vice President of Drama", ev(text, text), "attributes.title", 0.7, is_attribute=True),),
    )
    dataset, doc = build_one(text, extraction)
    assert dataset.graph(doc).value(ID["person/maya-lindqvist"], MEDIA.role) == Literal("Vice President of Drama")


# --------------------------------------------------------------------------------------
# Rebuilding a document
# --------------------------------------------------------------------------------------

def test_adding_the_same_document_twice_replaces_its_graph():
    dataset, doc = build_one()
    size = len(dataset.graph(doc))
    later = WHEN + timedelta(days=1)
    add_document(dataset, extraction_a(), source(TEXT_A, "harbor-deal.txt"), base=DEFAULT_BASE, extracted_at=later)
    g = dataset.graph(doc)
    assert len(g) == size
    assert list(g.objects(doc, MEDIA.extractedAt)) == [Literal(later.isoformat(), datatype=XSD.dateTime)]
    assert len(list(g.subjects(RDF.type, MEDIA.Assertion))) == len(extraction_a().entities) + len(extraction_a().facts)
    assert len(list(g.subjects(RDF.type, OA.SpecificResource))) == len(extraction_a().entities) + len(extraction_a().facts)
    assert len(named_graphs(dataset)) == 1


def test_readding_with_fewer_facts_drops_the_old_ones():
    dataset, doc = build_one()
    fewer = Extraction(extraction_a().entities, extraction_a().facts[:1])
    add_document(dataset, fewer, source(TEXT_A, "harbor-deal.txt"), base=DEFAULT_BASE, extracted_at=WHEN)
    g = dataset.graph(doc)
    assert (ID["person/maya-lindqvist"], None, None) in g  # the entity is still there
    assert (None, MEDIA.directedBy, None) not in g
    assert (None, MEDIA.produces, None) not in g
    assert list(g.subjects(RDF.predicate, MEDIA.directedBy)) == []


def test_readding_one_document_leaves_the_other_alone():
    dataset, doc_a = build_one()
    dataset, doc_b = build_one(TEXT_B, extraction_b(), "harbor-office.txt", dataset)
    size_b = len(dataset.graph(doc_b))
    build_one(dataset=dataset)
    assert len(dataset.graph(doc_b)) == size_b
    assert set(named_graphs(dataset)) == {doc_a, doc_b}


# --------------------------------------------------------------------------------------
# The provenance query of docs/rdf-model.md
# --------------------------------------------------------------------------------------

DOC_QUERY = """
SELECT ?p ?o ?sentence ?confidence ?doc WHERE {
  ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; media:confidence ?confidence ;
     prov:wasDerivedFrom [ prov:value ?sentence ; oa:hasSource ?doc ] .
  ?s rdfs:label "Harbor Studios" .
}
"""


def test_every_fact_about_an_entity_with_its_sentence_and_confidence():
    dataset, doc_a = build_one()
    dataset, doc_b = build_one(TEXT_B, extraction_b(), "harbor-office.txt", dataset)
    got = {(row.p, row.o, str(row.sentence), row.confidence.toPython(), row.doc) for row in run_query(dataset, DOC_QUERY)}
    # Harbor Studios is the subject of its type (stated in both documents) and of `produces`.
    assert got == {
        (RDF.type, MEDIA.Studio, S1, Decimal("0.7"), doc_a),
        (RDF.type, MEDIA.Studio, "Harbor Studios opened a second office this spring.", Decimal("0.7"), doc_b),
        (MEDIA.produces, ID["work/night-harbor-series"], S2, Decimal("0.8"), doc_a),
    }
