"""graph/serve/protocol.py: where the Protocol's graphs go in a query's text, so the store answers
over exactly them (the end-to-end checks against a server are in test_protocol.py)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from mediakg.graph.serve.protocol import DatasetError, query_form, with_dataset

G, N = "https://example.org/g", "https://example.org/n"


def store() -> ox.Store:
    s = ox.Store()
    s.add(ox.Quad(ox.NamedNode("https://example.org/a"), ox.NamedNode("https://example.org/p"), ox.Literal("in g"),
                  ox.NamedNode(G)))
    s.add(ox.Quad(ox.NamedNode("https://example.org/b"), ox.NamedNode("https://example.org/p"), ox.Literal("in n"),
                  ox.NamedNode(N)))
    s.add(ox.Quad(ox.NamedNode("https://example.org/c"), ox.NamedNode("https://example.org/p"), ox.Literal("default"),
                  ox.DefaultGraph()))
    return s


@pytest.mark.parametrize("query", [
    "SELECT ?o WHERE { ?s ?p ?o }",
    "SELECT ?o { ?s ?p ?o }",
    "PREFIX ex: <https://example.org/>\nSELECT ?o FROM ex:n FROM NAMED <https://example.org/g> WHERE { ?s ex:p ?o }",
    'SELECT ?o # a comment with WHERE { in it\nWHERE { ?s ?p ?o FILTER(?o != "}") }',
    "SELECT ?o WHERE { { SELECT ?o WHERE { ?s ?p ?o } } } LIMIT 5",
])
def test_select_sees_only_the_given_default_graph(query):
    rewritten = with_dataset(query, [G], [])
    assert [str(r["o"].value) for r in store().query(rewritten)] == ["in g"]


@pytest.mark.parametrize("query", [
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } { ?s ?p ?o }",
    "CONSTRUCT WHERE { ?s ?p ?o }",
    "DESCRIBE <https://example.org/a>",
    "DESCRIBE ?s WHERE { ?s ?p ?o }",
])
def test_construct_and_describe_see_only_the_given_graph(query):
    triples = list(store().query(with_dataset(query, [G], [])))
    assert [t.object.value for t in triples] == ["in g"]


def test_named_graphs_only():
    rewritten = with_dataset("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", [], [N])
    assert [r["g"].value for r in store().query(rewritten)] == [N]
    ask = with_dataset("ASK { ?s ?p ?o }", [], [N])  # FROM NAMED alone: an empty default graph
    assert bool(store().query(ask)) is False


def test_no_graphs_leaves_the_query_alone():
    assert with_dataset("SELECT * FROM <x:y> WHERE {}", [], []) == "SELECT * FROM <x:y> WHERE {}"


@pytest.mark.parametrize("iri", ["not an iri", "<https://x>", "relative/path"])
def test_a_graph_that_is_not_an_iri_is_refused(iri):
    with pytest.raises(DatasetError):
        with_dataset("SELECT * WHERE { ?s ?p ?o }", [iri], [])


@pytest.mark.parametrize("query, form", [("PREFIX a: <http://a/> select * {}", "SELECT"), ("ASK {}", "ASK"),
                                         ("# SELECT\nCONSTRUCT WHERE {}", "CONSTRUCT"), ("DESCRIBE <x:y>", "DESCRIBE"),
                                         ("INSERT DATA {}", None)])
def test_query_form(query, form):
    assert query_form(query) == form
