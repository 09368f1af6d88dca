"""The part of a graph a page should draw: what a SPARQL query returns, or the neighbourhood of
one entity (`mediakg viz --query`, `--focus LABEL --hops N`)."""
from __future__ import annotations

import networkx as nx
from rdflib import Dataset

from mediakg.graph.errors import QueryError
from mediakg.graph.viz.network import Key, entity_network
from mediakg.graph.query import run_query


def query_triples(dataset: Dataset, query: str, *, source: str = "query") -> list[Key]:
    """The triples a CONSTRUCT (or DESCRIBE) query builds, or the rows of a SELECT of ?s ?p ?o."""
    result = run_query(dataset, query, source=source)
    if result.type == "ASK":
        raise QueryError(source, "an ASK query returns no triples; use CONSTRUCT or SELECT ?s ?p ?o")
    if result.type == "SELECT" and not {"s", "p", "o"} <= {str(v) for v in result.vars or ()}:
        raise QueryError(source, "a SELECT query must return the variables ?s ?p ?o")
    try:  # rdflib evaluates lazily: a query that parses can still fail here
        if result.type == "SELECT":
            return [(row.s, row.p, row.o) for row in result]  # type: ignore[union-attr]
        return list(result.graph)  # type: ignore[arg-type]
    except Exception as exc:
        raise QueryError(source, f"query failed: {' '.join(str(exc).split())[:300] or type(exc).__name__}") from None


def entities_named(g: nx.MultiDiGraph, name: str) -> list[str]:
    """The entities whose label or an alias is `name`, ignoring case."""
    key = name.casefold()
    return [node for node, data in g.nodes(data=True)
            if key in {n.casefold() for n in [data["label"], *data["aliases"]]}]


def neighbourhood(g: nx.MultiDiGraph, name: str, *, hops: int = 1, source: str = "graph") -> nx.MultiDiGraph:
    """Every entity within `hops` relations (either direction) of the entities named `name`,
    with the relations among them; `source` names the graph in the error when none is named so."""
    if hops < 0:
        raise ValueError(f"hops must be 0 or more, not {hops}")
    centres = entities_named(g, name)
    if not centres:
        raise QueryError(source, f"no entity is labelled {name!r}")
    undirected = g.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=hops))
    return g.subgraph(keep).copy()


def select_network(dataset: Dataset, *, query: str | None = None, query_source: str = "query",
                   focus: str | None = None, hops: int = 1, source: str = "graph") -> nx.MultiDiGraph:
    """The entity network to draw: the whole dataset, or what `query` returns, then narrowed to
    the neighbourhood of `focus` when given."""
    triples = None if query is None else query_triples(dataset, query, source=query_source)
    g = entity_network(dataset, triples=triples)
    return g if focus is None else neighbourhood(g, focus, hops=hops, source=source)
