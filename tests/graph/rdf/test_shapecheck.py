"""graph/rdf/shapecheck.py: the compiled check rejects exactly what pySHACL rejects.

The data is built here: a real document graph (graph/rdf/triples.py) with hand-made faults, plus
faults generated from shapes.ttl itself (every shape's targets given wrong values), so a shape
added to shapes.ttl is exercised without editing this file.
"""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV, RDF, RDFS, SH, XSD

from mediakg.extract.records import Entity, Evidence, Extraction, Fact
from mediakg.graph.rdf.shapecheck import UnsupportedShapes, check_graph, compile_shapes, default_shapes
from mediakg.graph.rdf.triples import OA, SourceDocument, add_document
from mediakg.graph.rdf.validate import drop_violating_facts, load_ontology, load_shapes, validate_graph
from mediakg.ontology import MEDIA

BASE = "https://w3id.org/mediakg/id/"
ID = Namespace(BASE)
EX = Namespace("https://example.org/")


def evidence(sentence: str) -> Evidence:
    return Evidence(sentence=sentence, start=0, end=len(sentence))


def sound_document() -> Graph:
    """A document graph as a build writes it, from made-up records."""
    said = evidence("Harbor Studios will produce Night Harbor, directed by Maya Lind, at Dock Stage.")
    entities = (
        Entity("s", "Harbor Studios", "Studio", (), said, "test.type", 0.9),
        Entity("w", "Night Harbor", "Series", (), said, "test.type", 0.8),
        Entity("p", "Maya Lind", "Person", (), said, "test.type", 0.8),
        Entity("f", "Dock Stage", "Facility", (), said, "test.type", 0.7),
    )
    facts = (
        Fact("s", "produces", "w", said, "test.produces", 0.8),
        Fact("w", "directedBy", "p", said, "test.directed", 0.7),
        Fact("s", "owns", "f", said, "test.owns", 0.6),
        Fact("f", "area", "860.5", said, "test.area", 0.6, is_attribute=True),
        Fact("w", "releaseYear", "2027", said, "test.year", 0.6, is_attribute=True),
        Fact("p", "role", "showrunner", said, "test.role", 0.5, is_attribute=True),
    )
    dataset = Dataset()
    doc = add_document(dataset, Extraction(entities=entities, facts=facts),
                       SourceDocument(name="a.txt", source="news/a.txt", content_hash="ab" * 32), base=BASE)
    return dataset.graph(doc)


def hand_made_faults(graph: Graph) -> None:
    """Faults a broken writer or bad extraction could make, on the real document graph."""
    doc = next(graph.subjects(RDF.type, MEDIA.Document))
    studio, series = ID["organization/harbor-studios"], ID["work/night-harbor-series"]
    person, facility = ID["person/maya-lind"], ID["facility/dock-stage"]
    graph.add((person, MEDIA.produces, series))  # wrong subject class
    graph.add((studio, MEDIA.directedBy, facility))  # wrong subject and object class
    graph.add((facility, MEDIA.area, Literal(Decimal("-3"))))  # not positive
    graph.add((series, MEDIA.releaseYear, Literal("twenty")))  # not a gYear
    graph.add((doc, MEDIA.contentHash, Literal("sha256:other")))  # two hashes
    graph.add((doc, MEDIA.publishedOn, Literal("2026", datatype=XSD.gYear)))
    graph.remove((facility, RDFS.label, None))  # an entity without a label
    assertions = sorted(graph.subjects(RDF.type, MEDIA.Assertion))
    first, second, third, fourth = assertions[:4]
    graph.set((first, MEDIA.confidence, Literal(1.5)))  # a double, and above 1
    graph.remove((second, PROV.wasDerivedFrom, None))  # no evidence
    selector = graph.value(graph.value(third, PROV.wasDerivedFrom), OA.hasSelector)
    graph.set((selector, OA.start, Literal(500)))  # starts after it ends
    graph.add((fourth, RDF.predicate, Literal("produces")))  # two predicates, one a literal


def generated_faults(graph: Graph, shapes: Graph) -> None:
    """For every shape with targets, a focus node whose values are all wrong: a token literal
    where an entity or another datatype is wanted, two where at most one is allowed, none
    where some are required."""
    bad = (Literal("zz", datatype=XSD.token), Literal("aa", datatype=XSD.token))
    for n, shape in enumerate(sorted(set(shapes.subjects(SH.targetClass, None)) | set(shapes.subjects(SH.targetSubjectsOf, None))
                                     | set(shapes.subjects(SH.targetObjectsOf, None)), key=str)):
        empty, full = EX[f"empty-{n}"], EX[f"full-{n}"]
        for cls in shapes.objects(shape, SH.targetClass):
            graph.add((empty, RDF.type, cls))
            graph.add((full, RDF.type, cls))
        for p in shapes.objects(shape, SH.targetSubjectsOf):
            for value in bad:
                graph.add((full, p, value))
        for p in shapes.objects(shape, SH.targetObjectsOf):
            graph.add((EX[f"holder-{n}"], p, full))
        for prop in shapes.objects(shape, SH.property):
            _bad_values(graph, shapes, full, shapes.value(prop, SH.path), bad)


def _bad_values(graph: Graph, shapes: Graph, focus, path, bad) -> None:
    steps = list(Collection(shapes, path)) if (path, RDF.first, None) in shapes else [path]
    node = focus
    for step in steps[:-1]:
        nxt = graph.value(node, step) or BNode()
        graph.add((node, step, nxt))
        node = nxt
    for value in bad:
        graph.add((node, steps[-1], value))


def results(report) -> list[tuple]:
    return sorted((v.focus, v.path or "", v.value or "", v.message, v.severity) for v in report.violations)


def pyshacl_report(graph: Graph):
    return validate_graph(graph, shapes=load_shapes(), ontology=load_ontology())


def test_a_sound_document_passes_both_checks():
    graph = sound_document()
    assert check_graph(graph).conforms and check_graph(graph).violations == ()
    assert pyshacl_report(graph).conforms


def test_hand_made_faults_are_reported_exactly_as_pyshacl_reports_them():
    graph = sound_document()
    hand_made_faults(graph)
    expected = pyshacl_report(graph)
    assert not expected.conforms and len(expected.violations) >= 12
    assert results(check_graph(graph)) == results(expected)


def test_every_shape_of_shapes_ttl_is_violated_and_the_checks_agree():
    shapes = load_shapes()
    graph = sound_document()
    hand_made_faults(graph)
    generated_faults(graph, shapes)
    expected = pyshacl_report(graph)
    assert results(check_graph(graph)) == results(expected)
    # Every shape with a message was violated at least once, so the comparison covered it.
    # A shape reached only through sh:node (the amount of a deal) speaks through the shape that
    # points to it: its own messages are nested details, never top-level results.
    nested = {str(m) for n in shapes.objects(None, SH.node) if not any(shapes.triples((n, SH.targetClass, None)))
              for s in (n, *shapes.objects(n, SH.property)) for m in shapes.objects(s, SH.message)}
    messages = {str(m) for m in shapes.objects(None, SH.message)} - nested
    assert messages == {v.message for v in expected.violations}


def test_dropping_what_either_check_reports_leaves_the_same_graph():
    by_pyshacl, by_compiled = Dataset(), Dataset()
    faulty = _faulty()
    for dataset in (by_pyshacl, by_compiled):
        graph = dataset.graph(URIRef(f"{BASE}document/x"))
        for triple in faulty:
            graph.add(triple)
    drop_violating_facts(by_pyshacl, validate_graph(by_pyshacl))
    drop_violating_facts(by_compiled, check_graph(by_compiled.graph(URIRef(f"{BASE}document/x"))))
    assert set(by_pyshacl.quads()) == set(by_compiled.quads())
    # What is left (a missing label, two content hashes: writer faults, not facts) is kept and
    # still reported alike.
    assert results(check_graph(by_compiled.graph(URIRef(f"{BASE}document/x")))) == results(validate_graph(by_pyshacl))


def _faulty() -> list[tuple]:
    graph = sound_document()
    hand_made_faults(graph)
    # Blank nodes keep their ids, so both datasets hold the very same triples.
    return list(graph)


EXTRA_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:Code a sh:NodeShape ; sh:targetSubjectsOf ex:code ;
  sh:property [ sh:path ex:code ; sh:pattern "^[A-Z]{3}$" ; sh:minLength 3 ; sh:maxLength 3 ; sh:message "code" ] ,
              [ sh:path ex:status ; sh:in ( "open" "closed" ) ; sh:message "status" ] ,
              [ sh:path [ sh:inversePath ex:holds ] ; sh:maxCount 1 ; sh:message "one holder" ] ,
              [ sh:path [ sh:alternativePath ( ex:a ex:b ) ] ; sh:not [ sh:datatype xsd:integer ] ; sh:message "no ints" ] ,
              [ sh:path ex:part ; sh:node ex:Part ; sh:message "part" ] ,
              [ sh:path ex:low ; sh:lessThan ex:high ; sh:message "low < high" ] ,
              [ sh:path ex:kind ; sh:xone ( [ sh:datatype xsd:string ] [ sh:nodeKind sh:IRI ] ) ;
                sh:and ( [ sh:nodeKind sh:IRIOrLiteral ] ) ; sh:severity sh:Warning ; sh:message "kind" ] .
ex:Part a sh:NodeShape ; sh:property [ sh:path ex:size ; sh:minCount 1 ; sh:maxExclusive 10 ] .
"""

EXTRA_DATA = """
@prefix ex: <https://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:ok ex:code "ABC" ; ex:status "open" ; ex:a "text" ; ex:part ex:p1 ; ex:low 1 ; ex:high 2 ; ex:kind "k" .
ex:p1 ex:size 3 .
ex:bad ex:code "abcd" , "AB" ; ex:status "lost" ; ex:b 7 ; ex:part ex:p2 , ex:p3 ; ex:low 5 , "x" ; ex:high 2 ;
  ex:kind _:b .
ex:h1 ex:holds ex:bad . ex:h2 ex:holds ex:bad .
ex:p2 ex:size 30 . ex:p3 ex:name "no size" .
"""


def test_other_constraint_kinds_agree_with_pyshacl_too():
    shapes = Graph().parse(data=EXTRA_SHAPES, format="turtle")
    data = Graph().parse(data=EXTRA_DATA, format="turtle")
    compiled = compile_shapes(shapes, Graph())
    expected = validate_graph(data, shapes=shapes, ontology=Graph())
    got = check_graph(data, compiled)
    assert {v.focus for v in got.violations} == {str(EX.bad)}
    assert results(got) == results(expected)
    assert got.conforms == expected.conforms is False


def test_a_shape_the_check_cannot_compile_is_refused_not_skipped():
    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:uniqueLang true ] .
    """, format="turtle")
    with pytest.raises(UnsupportedShapes, match="uniqueLang"):
        compile_shapes(shapes, Graph())


def test_the_packaged_shapes_compile():
    assert len(default_shapes().shapes) >= 40
