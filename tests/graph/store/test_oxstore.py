"""graph/store/oxigraph.py, graph/store/protocol.py, graph/rdf/terms.py: the embedded Oxigraph store."""
from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Literal, Namespace, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import RDF, RDFS

from mediakg.graph.errors import StoreError
from mediakg.extract.records import Entity, Evidence, Extraction, Fact
from mediakg.graph.rdf.triples import SourceDocument, add_document, new_dataset
from mediakg.graph.rdf.iris import content_hash
from mediakg.graph.store.oxigraph import EmbeddedStore
from mediakg.graph.store.protocol import (StoreQueryError, document_index, drop_graphs, insert_data, open_store,
                                  query_result)
from mediakg.graph.rdf.terms import from_ox, to_ox
from mediakg.ontology import MEDIA

ID = Namespace("https://w3id.org/mediakg/id/")
BASE = str(ID)
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

# Made-up trade news, written for these tests.
TEXT_A = "Streamly signed a deal with Harbor Studios. Harbor Studios will produce Night Harbor."
TEXT_B = "Kestrel Pictures hired Maya Lindqvist."


def ev(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def document(text: str, path: str) -> Dataset:
    """One document's graph, as a build writes it."""
    if text.startswith(TEXT_A):
        s1, s2 = "Streamly signed a deal with Harbor Studios.", "Harbor Studios will produce Night Harbor."
        extraction = Extraction(
            entities=(Entity("e1", "Streamly", "StreamingService", ("Streamly",), ev(text, s1), "t.g", 0.9),
                      Entity("e2", "Harbor Studios", "Studio", ("Harbor Studios",), ev(text, s1), "t.n", 0.7),
                      Entity("e3", "Night Harbor", "Series", ("Night Harbor",), ev(text, s2), "t.t", 0.8)),
            facts=(Fact("e1", "partnersWith", "e2", ev(text, s1), "corporate.deal", 0.85),
                   Fact("e2", "produces", "e3", ev(text, s2), "works.produce", 0.8)))
    else:
        extraction = Extraction(
            entities=(Entity("e1", "Kestrel Pictures", "Studio", ("Kestrel Pictures",), ev(text, text), "t.n", 0.7),
                      Entity("e2", "Maya Lindqvist", "Person", ("Maya Lindqvist",), ev(text, text), "t.n", 0.8)),
            facts=(Fact("e2", "employedBy", "e1", ev(text, text), "corporate.hire", 0.7),))
    dataset = new_dataset()
    add_document(dataset, extraction, SourceDocument(Path(path).name, path, content_hash(text)), base=BASE)
    return dataset


def union_of(*datasets: Dataset) -> Dataset:
    out = new_dataset()
    for ds in datasets:
        for s, p, o, g in ds.quads((None, None, None, None)):
            out.graph(g).add((s, p, o))
    return out


def canonical_quads(ds: Dataset) -> dict:
    return {g.identifier: to_isomorphic(g) for g in ds.graphs() if len(g)}


@pytest.mark.parametrize("term", [
    URIRef("https://w3id.org/mediakg/id/person/maya"), BNode("b1"), Literal("plain"), Literal("Café", lang="fr"),
    Literal("2025", datatype=XSD.gYear), Literal(Decimal("0.85")), Literal(7), Literal("line\nbreak \"quoted\""),
])
def test_terms_round_trip_unchanged(term):
    assert from_ox(to_ox(term)) == term


def test_plain_strings_match_rdflib_literals_after_a_store_round_trip(tmp_path):
    store = EmbeddedStore.open(tmp_path / "st")
    ds = new_dataset()
    ds.graph(ID["g"]).add((ID["a"], RDFS.label, Literal("Harbor Studios")))
    store.add_dataset(ds)
    back = store.dataset()
    assert (ID["a"], RDFS.label, Literal("Harbor Studios"), ID["g"]) in set(back.quads((None, None, None, None)))


def test_a_store_keeps_documents_after_reopening_and_gives_back_the_same_graphs(tmp_path):
    written = union_of(document(TEXT_A, "news/a.txt"), document(TEXT_B, "news/b.txt"))
    store = EmbeddedStore.open(tmp_path / "st")
    store.add_dataset(written)
    store.close()
    reopened = open_store(tmp_path / "st", read_only=True)
    assert canonical_quads(reopened.dataset()) == canonical_quads(written)
    index = document_index(reopened)
    assert sorted(path for _, path in index.values()) == ["news/a.txt", "news/b.txt"]
    assert {digest for digest, _ in index.values()} == {content_hash(TEXT_A), content_hash(TEXT_B)}


def test_queries_see_the_union_of_documents_with_the_project_prefixes(tmp_path):
    store = EmbeddedStore.open(tmp_path / "st")
    store.add_dataset(union_of(document(TEXT_A, "a.txt"), document(TEXT_B, "b.txt")))
    result = query_result(store, "SELECT ?label WHERE { ?s a media:Studio ; rdfs:label ?label } ORDER BY ?label")
    assert [str(row[0]) for row in result] == ["Harbor Studios", "Kestrel Pictures"]
    graph = query_result(store, "CONSTRUCT WHERE { ?s media:employedBy ?o }").graph
    assert set(graph) == {(ID["person/maya-lindqvist"], MEDIA.employedBy, ID["organization/kestrel-pictures"])}
    assert query_result(store, "ASK { ?s media:partnersWith ?o }").askAnswer is True


def test_a_store_says_whether_other_processes_can_open_it(tmp_path):
    # The endpoint answers queries in killable worker processes only for a store with a folder.
    from mediakg.graph.store.sparql_http import RemoteStore

    assert open_store(tmp_path / "st").folder == tmp_path / "st"
    assert EmbeddedStore(ox.Store(), None).folder is None
    assert open_store("http://localhost:1/query").folder is None and RemoteStore.folder is None


def test_a_malformed_query_is_reported_with_the_parsers_position(tmp_path):
    store = EmbeddedStore.open(tmp_path / "st")
    with pytest.raises(StoreQueryError, match=r"1:\d+"):
        store.query("SELECT ?x WHERE { ?x ", output=io.BytesIO())


def test_dropping_a_document_drops_its_facts_and_the_entities_only_it_mentions(tmp_path):
    a, b = document(TEXT_A, "a.txt"), document(TEXT_B, "b.txt")
    store = EmbeddedStore.open(tmp_path / "st")
    store.add_dataset(union_of(a, b))
    doc_b = next(iri for iri, (_, path) in document_index(store).items() if path == "b.txt")
    drop_graphs(store, [doc_b])
    assert canonical_quads(store.dataset()) == canonical_quads(a)
    people = query_result(store, "SELECT ?p WHERE { ?p a media:Person }")
    assert list(people) == []


def test_insert_data_written_as_one_update_gives_the_same_graph(tmp_path):
    written = document(TEXT_A, "a.txt")
    store = EmbeddedStore.open(tmp_path / "st")
    store.update(insert_data(written))
    assert canonical_quads(store.dataset()) == canonical_quads(written)


def test_loading_a_broken_file_names_it_and_writes_nothing(tmp_path):
    store = EmbeddedStore.open(tmp_path / "st")
    store.add_dataset(document(TEXT_B, "b.txt"))
    before = canonical_quads(store.dataset())
    bad = tmp_path / "bad.trig"
    bad.write_text('<https://e/a> <https://e/p> "fine" .\n<https://e/b> <https://e/p> "broken ;\n', encoding="utf-8")
    with pytest.raises(StoreError, match="bad.trig: not readable as trig"):
        store.load_file(bad, "trig")
    assert canonical_quads(store.dataset()) == before


def test_a_store_in_use_by_another_writer_gets_a_one_line_reason(tmp_path):
    first = EmbeddedStore.open(tmp_path / "st")
    with pytest.raises(StoreError, match="in use by another process"):
        EmbeddedStore.open(tmp_path / "st")
    first.close()


def test_a_file_is_not_a_store(tmp_path):
    (tmp_path / "graph.trig").write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match="graph.trig: is a file, not a store folder"):
        open_store(tmp_path / "graph.trig")
    with pytest.raises(StoreError, match="no such store folder"):
        open_store(tmp_path / "missing", read_only=True)


def test_a_fact_two_documents_state_is_answered_once_and_stays_until_both_are_gone(tmp_path):
    store = EmbeddedStore.open(tmp_path / "st")
    first, second = document(TEXT_A, "a.txt"), document(TEXT_A + " Again.", "a2.txt")
    store.add_dataset(first)
    store.add_dataset(second)
    ask = "SELECT ?o WHERE { ?s media:partnersWith ?o }"
    assert [str(r[0]) for r in query_result(store, ask)] == [str(ID["organization/harbor-studios"])]
    docs = sorted(document_index(store), key=lambda iri: document_index(store)[iri][1])
    drop_graphs(store, [docs[0]])
    assert len(list(query_result(store, ask))) == 1
    drop_graphs(store, [docs[1]])
    assert list(query_result(store, ask)) == []
    assert list(query_result(store, "SELECT * WHERE { ?s ?p ?o }")) == []  # nothing left behind


def test_a_turtle_file_loads_into_a_graph_named_after_it(tmp_path):
    turtle = tmp_path / "extra.ttl"
    turtle.write_text('<https://e/a> <https://e/p> "one" .\n_:x <https://e/p> "two" .\n', encoding="utf-8")
    store = EmbeddedStore.open(tmp_path / "st")
    store.load_file(turtle, "turtle")
    store.load_file(turtle, "turtle")  # loading twice changes nothing, blank nodes included
    rows = query_result(store, "SELECT ?o WHERE { ?s <https://e/p> ?o } ORDER BY ?o")
    assert [str(r[0]) for r in rows] == ["one", "two"]
    assert {g.identifier for g in store.dataset().graphs() if len(g)} == {URIRef(turtle.resolve().as_uri())}
