"""graph/rdf/validate.py on small hand-built graphs in the shape of docs/rdf-model.md."""
from __future__ import annotations

import dataclasses
import hashlib
from decimal import Decimal

import pytest
from pyshacl import validate
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SH

from mediakg.graph.rdf.validate import (
    ValidationReport,
    Violation,
    drop_violating_facts,
    load_ontology,
    load_shapes,
    validate_graph,
)
from mediakg.ontology import MEDIA

ID = Namespace("https://w3id.org/mediakg/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
# A plain Namespace: pytest probes module globals, and rdflib's XSD warns on unknown names.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

DOC = ID["document/0123456789abcdef"]
STUDIO = ID["organization/toho-studios"]
STREAMER = ID["organization/netflix"]
PERSON = ID["person/shinzo-katayama"]
FILM = ID["work/the-human-vapor"]
SERIES = ID["work/the-human-vapor-series"]

RELATIONS = (
    "partnersWith produces distributes directedBy writtenBy executiveProducer producer starring "
    "basedOn knownFor employedBy subsidiaryOf acquires owns uses locatedIn announcedAt workedWith"
).split()

Triple = tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal]


def add_fact(
    graph: Graph,
    s: URIRef,
    p: URIRef,
    o,
    *,
    confidence: Literal | None = Literal(Decimal("0.8")),
    evidence: bool = True,
) -> tuple[URIRef, set[Triple]]:
    """Add a fact and its assertion node; return the assertion and every triple added."""
    digest = hashlib.sha256(f"{s} {p} {o} {graph.identifier}".encode()).hexdigest()[:16]
    assertion = ID[f"assertion/{digest}"]
    triples: set[Triple] = {
        (s, p, o),
        (assertion, RDF.type, MEDIA.Assertion),
        (assertion, RDF.subject, s),
        (assertion, RDF.predicate, p),
        (assertion, RDF.object, o),
        (assertion, MEDIA.extractionRule, Literal("test.rule")),
    }
    if confidence is not None:
        triples.add((assertion, MEDIA.confidence, confidence))
    if evidence:
        source, selector = BNode(), BNode()
        triples |= {
            (assertion, PROV.wasDerivedFrom, source),
            (source, RDF.type, OA.SpecificResource),
            (source, OA.hasSource, DOC),
            (source, PROV.value, Literal("Toho Studios made it, with Shinzo Katayama at the helm.")),
            (source, OA.hasSelector, selector),
            (selector, RDF.type, OA.TextPositionSelector),
            (selector, OA.start, Literal(10)),
            (selector, OA.end, Literal(64)),
        }
    for triple in triples:
        graph.add(triple)
    return assertion, triples


def add_entity(graph: Graph, node: URIRef, cls: URIRef, label: str) -> None:
    graph.add((node, RDFS.label, Literal(label)))
    graph.add((node, MEDIA.mentionedIn, DOC))
    add_fact(graph, node, RDF.type, cls)


def document_dataset() -> tuple[Dataset, Graph]:
    """One document graph with a Studio, a Streamer, a Person, a Film and a Series."""
    dataset = Dataset()
    graph = dataset.graph(DOC)
    graph.add((DOC, RDF.type, MEDIA.Document))
    graph.add((DOC, RDFS.label, Literal("netflix-toho-studios.txt")))
    graph.add((DOC, MEDIA.sourcePath, Literal("seeds/netflix-toho-studios.txt")))
    graph.add((DOC, MEDIA.contentHash, Literal("sha256:0123456789abcdef")))
    graph.add((DOC, MEDIA.extractedAt, Literal("2026-11-24T13:00:00+00:00", datatype=XSD.dateTime)))
    add_entity(graph, STUDIO, MEDIA.Studio, "Toho Studios")
    add_entity(graph, STREAMER, MEDIA.StreamingService, "Netflix")
    add_entity(graph, PERSON, MEDIA.Person, "Shinzo Katayama")
    add_entity(graph, FILM, MEDIA.Film, "The Human Vapor")
    add_entity(graph, SERIES, MEDIA.Series, "The Human Vapor")
    return dataset, graph


def quads(dataset: Dataset) -> set[tuple]:
    """Every (s, p, o, graph name) of the dataset."""
    return {(s, p, o, g if isinstance(g, URIRef) else g.identifier) for s, p, o, g in dataset.quads()}


def focus_of(report: ValidationReport) -> set[str]:
    return {v.focus for v in report.violations}


# --- the packaged files ----------------------------------------------------------------------


def test_shapes_are_valid_shacl() -> None:
    # meta_shacl validates the shapes graph against the SHACL-for-SHACL shapes first.
    conforms, _, text = validate(Graph(), shacl_graph=load_shapes(), meta_shacl=True)
    assert conforms, text


def test_every_relation_has_domain_and_range_shapes() -> None:
    shapes = load_shapes()
    targeted = set(shapes.objects(None, SH.targetSubjectsOf))
    assert {MEDIA[r] for r in RELATIONS} <= targeted
    for relation in RELATIONS:
        shape_ids = {str(s).rpartition("#")[2] for s in shapes.subjects(SH.targetSubjectsOf, MEDIA[relation])}
        assert shape_ids == {f"{relation}-domain", f"{relation}-range"}


def test_every_constraint_has_a_message() -> None:
    # Shapes with their own message never fall back to pySHACL's technical default text:
    # every property shape, and every node shape that constrains the node itself.
    shapes = load_shapes()
    property_shapes = set(shapes.subjects(SH.path, None))
    node_level = {s for s in shapes.subjects(RDF.type, SH.NodeShape) if (s, SH.property, None) not in shapes}
    assert property_shapes and node_level
    for shape in property_shapes | node_level:
        assert shapes.value(shape, SH.message) is not None, shape


def test_loaders_return_fresh_graphs() -> None:
    first = load_ontology()
    first.remove((None, None, None))
    assert len(load_ontology()) > 0
    assert len(load_shapes()) > 0


# --- validate_graph --------------------------------------------------------------------------


def test_valid_graph_conforms() -> None:
    dataset, graph = document_dataset()
    add_fact(graph, SERIES, MEDIA.directedBy, PERSON)
    add_fact(graph, SERIES, MEDIA.basedOn, FILM)
    add_fact(graph, FILM, MEDIA.releaseYear, Literal("1960", datatype=XSD.gYear))
    add_fact(graph, PERSON, MEDIA.employedBy, STREAMER)
    add_fact(graph, PERSON, MEDIA.role, Literal("Vice President of Content"))
    report = validate_graph(dataset)
    assert report == ValidationReport(conforms=True, violations=())


def test_subclass_instance_satisfies_superclass_constraint() -> None:
    # Studio / StreamingService are Organizations and Film a CreativeWork only via
    # rdfs:subClassOf in media.ttl: the entities carry just their most specific class.
    dataset, graph = document_dataset()
    add_fact(graph, STUDIO, MEDIA.produces, FILM)
    add_fact(graph, STREAMER, MEDIA.partnersWith, STUDIO)
    add_fact(graph, STREAMER, MEDIA.distributes, SERIES)
    assert validate_graph(dataset).conforms


def test_plain_graph_is_accepted() -> None:
    dataset, graph = document_dataset()
    add_fact(graph, STUDIO, MEDIA.directedBy, FILM)
    plain = Graph()
    for triple in graph:
        plain.add(triple)
    assert validate_graph(plain) == validate_graph(dataset)


def test_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    # The fact sits in one document's graph, the types of its ends in another's.
    dataset, _ = document_dataset()
    other_doc = ID["document/fedcba9876543210"]
    other = dataset.graph(other_doc)
    other.add((other_doc, RDF.type, MEDIA.Document))
    other.add((other_doc, RDFS.label, Literal("other.txt")))
    other.add((other_doc, MEDIA.contentHash, Literal("sha256:fedcba9876543210")))
    add_fact(other, FILM, MEDIA.directedBy, PERSON)
    assert validate_graph(dataset).conforms


def test_wrong_subject_and_object_types_are_reported_on_the_subject() -> None:
    dataset, graph = document_dataset()
    add_fact(graph, STUDIO, MEDIA.directedBy, FILM)  # a Studio directedBy a Film
    report = validate_graph(dataset)
    assert not report.conforms
    assert set(report.violations) == {
        Violation(
            focus=str(STUDIO),
            path=str(MEDIA.directedBy),
            value=None,
            message="media:directedBy goes from a CreativeWork to a Person, but its subject is not a CreativeWork.",
            severity="Violation",
        ),
        Violation(
            focus=str(STUDIO),
            path=str(MEDIA.directedBy),
            value=str(FILM),
            message="media:directedBy goes from a CreativeWork to a Person, but its object is not a Person.",
            severity="Violation",
        ),
    }


def test_union_ranges_accept_any_member_and_reject_others() -> None:
    dataset, graph = document_dataset()
    add_fact(graph, STREAMER, MEDIA.acquires, FILM)  # Organization or CreativeWork: fine
    add_fact(graph, STREAMER, MEDIA.acquires, STUDIO)
    add_fact(graph, STREAMER, MEDIA.acquires, PERSON)  # a Person: not allowed
    report = validate_graph(dataset)
    assert [(v.focus, v.path, v.value) for v in report.violations] == [
        (str(STREAMER), str(MEDIA.acquires), str(PERSON))
    ]


def test_union_domains_name_the_predicate() -> None:
    dataset, graph = document_dataset()
    place = ID["place/tokyo"]
    add_entity(graph, place, MEDIA.City, "Tokyo")
    add_fact(graph, STUDIO, MEDIA.locatedIn, place)  # Organization, Facility or Event: fine
    add_fact(graph, PERSON, MEDIA.locatedIn, place)  # a Person: not allowed
    report = validate_graph(dataset)
    assert [(v.focus, v.path, v.value) for v in report.violations] == [
        (str(PERSON), str(MEDIA.locatedIn), None)
    ]
    assert "Organization, a Facility or an Event" in report.violations[0].message


def test_validation_leaves_the_input_untouched() -> None:
    dataset, graph = document_dataset()
    add_fact(graph, STUDIO, MEDIA.directedBy, FILM)
    before = quads(dataset)
    validate_graph(dataset)
    validate_graph(graph)
    assert quads(dataset) == before


def test_confidence_out_of_range_is_reported_on_the_assertion() -> None:
    dataset, graph = document_dataset()
    assertion, _ = add_fact(graph, FILM, MEDIA.directedBy, PERSON, confidence=Literal(Decimal("1.5")))
    report = validate_graph(dataset)
    assert [(v.focus, v.path, v.value) for v in report.violations] == [
        (str(assertion), str(MEDIA.confidence), "1.5")
    ]
    assert "between 0 and 1" in report.violations[0].message


def test_confidence_must_be_a_decimal() -> None:
    dataset, graph = document_dataset()
    # Literal(0.8) is an xsd:double in rdflib; the model wants xsd:decimal.
    assertion, _ = add_fact(graph, FILM, MEDIA.directedBy, PERSON, confidence=Literal(0.8))
    report = validate_graph(dataset)
    assert focus_of(report) == {str(assertion)}
    assert any("xsd:decimal" in v.message for v in report.violations)


def test_missing_confidence_is_reported() -> None:
    dataset, graph = document_dataset()
    assertion, _ = add_fact(graph, FILM, MEDIA.directedBy, PERSON, confidence=None)
    report = validate_graph(dataset)
    assert [v.message for v in report.violations] == ["An assertion must carry exactly one media:confidence."]
    assert focus_of(report) == {str(assertion)}


def test_assertion_without_evidence_is_reported_on_the_assertion() -> None:
    dataset, graph = document_dataset()
    assertion, _ = add_fact(graph, FILM, MEDIA.directedBy, PERSON, evidence=False)
    report = validate_graph(dataset)
    assert not report.conforms
    assert focus_of(report) == {str(assertion)}
    messages = " ".join(v.message for v in report.violations)
    for piece in ("prov:wasDerivedFrom", "oa:hasSource", "prov:value", "oa:hasSelector", "oa:start", "oa:end"):
        assert piece in messages


def test_selector_end_before_start_is_reported() -> None:
    dataset, graph = document_dataset()
    assertion, triples = add_fact(graph, FILM, MEDIA.directedBy, PERSON)
    selector = next(s for s, p, _ in triples if p == OA.start)
    graph.set((selector, OA.end, Literal(3)))
    report = validate_graph(dataset)
    assert [v.focus for v in report.violations] == [selector.n3()]


def test_attribute_datatypes() -> None:
    dataset, graph = document_dataset()
    add_fact(graph, FILM, MEDIA.releaseYear, Literal("1960"))  # a plain string, not xsd:gYear
    report = validate_graph(dataset)
    assert [(v.focus, v.path, v.value) for v in report.violations] == [
        (str(FILM), str(MEDIA.releaseYear), "1960")
    ]


def test_entity_without_label_is_reported() -> None:
    dataset, graph = document_dataset()
    graph.remove((PERSON, RDFS.label, None))
    report = validate_graph(dataset)
    assert [(v.focus, v.path) for v in report.violations] == [(str(PERSON), str(RDFS.label))]


def test_report_types_are_frozen() -> None:
    report = validate_graph(document_dataset()[0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = False  # type: ignore[misc]


# --- drop_violating_facts --------------------------------------------------------------------


def test_drop_violating_facts_removes_exactly_the_bad_facts_and_their_assertions() -> None:
    dataset, graph = document_dataset()
    add_fact(graph, FILM, MEDIA.directedBy, PERSON)  # valid, must survive
    _, wrong_types = add_fact(graph, STUDIO, MEDIA.directedBy, FILM)
    _, wrong_confidence = add_fact(graph, SERIES, MEDIA.starring, PERSON, confidence=Literal(Decimal("1.5")))
    _, no_evidence = add_fact(graph, FILM, MEDIA.writtenBy, PERSON, evidence=False)
    _, wrong_datatype = add_fact(graph, FILM, MEDIA.releaseYear, Literal("1960"))
    bad = wrong_types | wrong_confidence | no_evidence | wrong_datatype

    before = quads(dataset)
    report = validate_graph(dataset)
    dropped = drop_violating_facts(dataset, report)

    assert before - quads(dataset) == {(s, p, o, graph.identifier) for s, p, o in bad}
    assert quads(dataset) <= before
    assert set(dropped) == set(report.violations)
    assert validate_graph(dataset).conforms


def test_drop_keeps_a_fact_another_assertion_backs() -> None:
    # Two assertions of one fact in the same document; only the one with bad confidence goes.
    dataset, graph = document_dataset()
    good, good_triples = add_fact(graph, FILM, MEDIA.directedBy, PERSON)
    bad = ID["assertion/bad"]
    for p, o in [(RDF.type, MEDIA.Assertion), (RDF.subject, FILM), (RDF.predicate, MEDIA.directedBy),
                 (RDF.object, PERSON), (MEDIA.confidence, Literal(Decimal("-0.1")))]:
        graph.add((bad, p, o))
    source = graph.value(good, PROV.wasDerivedFrom)
    graph.add((bad, PROV.wasDerivedFrom, source))  # shares the evidence node

    drop_violating_facts(dataset, validate_graph(dataset))

    assert (bad, None, None) not in graph
    assert all(t in graph for t in good_triples)  # the fact and the shared evidence survive
    assert validate_graph(dataset).conforms


def test_drop_removes_a_wrongly_typed_fact_from_every_graph() -> None:
    dataset, graph = document_dataset()
    other = dataset.graph(ID["document/fedcba9876543210"])
    _, in_first = add_fact(graph, STUDIO, MEDIA.starring, PERSON)
    _, in_second = add_fact(other, STUDIO, MEDIA.starring, PERSON)
    before = quads(dataset)
    drop_violating_facts(dataset, validate_graph(dataset))
    removed = before - quads(dataset)
    assert removed == {(*t, graph.identifier) for t in in_first} | {(*t, other.identifier) for t in in_second}


def test_drop_leaves_non_fact_violations_alone() -> None:
    dataset, graph = document_dataset()
    graph.remove((PERSON, RDFS.label, None))
    before = quads(dataset)
    assert drop_violating_facts(dataset, validate_graph(dataset)) == []
    assert quads(dataset) == before
