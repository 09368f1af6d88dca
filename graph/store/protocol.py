"""Where `--store` points: a folder (an embedded Oxigraph store) or the URL of a SPARQL 1.1
server. Both kinds answer the same few calls, so the commands above them need not care which:

    query(text, output=, results=, triples=) -> media type written to output
    update(text)                  one SPARQL Update, applied atomically
    add_dataset(dataset)          an rdflib Dataset's quads, added atomically
    load_file(path, fmt)          an RDF file, added atomically
    dataset()                     every named graph, as an rdflib Dataset
    close()

How the data is laid out: each document is its own named graph, and the store's default graph
holds the merge of all of them (each triple once), so plain SPARQL over the default graph sees the
same answers as over a graph file. Oxigraph's (and most servers') "union default graph" would
repeat a triple once per document that states it. Every write keeps the two in step in one
transaction: adding a graph adds its triples to the default graph too; dropping it removes from
the default graph the triples no other named graph still states.
"""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import BinaryIO, Protocol

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result

from mediakg.graph.rdf.triples import PREFIXES

# What a query's answer can be written as: results of SELECT/ASK, and graphs of CONSTRUCT/DESCRIBE.
RESULT_TYPES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values"}
GRAPH_TYPES = {"turtle": "text/turtle", "ntriples": "application/n-triples", "jsonld": "application/ld+json",
               "rdfxml": "application/rdf+xml"}
LOADED_GRAPH = URIRef("urn:x-mediakg:loaded")  # where loaded triples without a graph go, unless told
QUERY_PREFIXES = {name: str(ns) for name, ns in PREFIXES.items()} | {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}


class StoreQueryError(Exception):
    """The store refused a query or update as malformed; the message is the parser's."""


class Store(Protocol):
    # Capability, as rdflib stores declare theirs: the folder another process can open this
    # store from, read-only, to answer queries it can kill; None for a store in memory or on
    # a server. The endpoint runs queries in such processes only when there is a folder.
    @property
    def folder(self) -> Path | None: ...

    def query(self, text: str, *, output: BinaryIO, results: str = "json", triples: str = "ntriples") -> str: ...
    def update(self, text: str) -> None: ...
    def add_dataset(self, dataset: Dataset) -> None: ...
    def load_file(self, path: Path, fmt: str) -> None: ...
    def dataset(self) -> Dataset: ...
    def close(self) -> None: ...


def is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def open_store(location: str | Path, *, read_only: bool = False) -> Store:
    """The store at a folder or a SPARQL server URL."""
    text = str(location)
    if is_url(text):
        from mediakg.graph.store.sparql_http import RemoteStore
        return RemoteStore(text)
    from mediakg.graph.store.oxigraph import EmbeddedStore
    return EmbeddedStore.open(Path(text), read_only=read_only)


def query_result(store: Store, text: str) -> Result:
    """A query's answer as an rdflib Result, for the formatting the file-based commands use."""
    buffer = io.BytesIO()
    media_type = store.query(text, output=buffer, results="json", triples="ntriples")
    body = buffer.getvalue()
    if media_type in GRAPH_TYPES.values():
        result = Result("CONSTRUCT")
        result.graph = Graph().parse(data=body.decode("utf-8"), format="nt")
        return result
    return Result.parse(io.BytesIO(body), format="json")


def select_rows(store: Store, text: str) -> list[dict[str, object]]:
    """SELECT solutions as plain dicts of the SPARQL JSON results (type, value, datatype…)."""
    buffer = io.BytesIO()
    store.query(text, output=buffer, results="json")
    data = json.loads(buffer.getvalue())
    return data["results"]["bindings"]


def document_index(store: Store) -> dict[URIRef, tuple[str, str]]:
    """Every document named graph in the store: IRI -> (content hash hex, source path)."""
    rows = select_rows(store, """
        SELECT ?doc ?hash ?path WHERE {
          GRAPH ?doc { ?doc a media:Document ; media:contentHash ?hash ; media:sourcePath ?path }
        }""")
    return {URIRef(r["doc"]["value"]): (r["hash"]["value"].removeprefix("sha256:"), r["path"]["value"])
            for r in rows}


def drop_update(graphs: list[URIRef]) -> list[str]:
    """The update operations that drop named graphs and their share of the merged default graph."""
    operations = []
    for g in graphs:
        operations.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} "
                          f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != <{g}>) }} }}")
        operations.append(f"DROP SILENT GRAPH <{g}>")
    return operations


def drop_graphs(store: Store, graphs: list[URIRef]) -> None:
    """Drop named graphs in one update, so either all go or none does."""
    if graphs:
        store.update(" ;\n".join(drop_update(graphs)))


def with_merged_default(dataset: Dataset, *, loose_triples_to: URIRef = LOADED_GRAPH) -> Dataset:
    """The dataset's named graphs plus their merge as the default graph, as the store keeps them.
    Triples outside any named graph (a Turtle file's) go into the named graph `loose_triples_to`,
    so that removing a graph later can tell what else still states them."""
    out = Dataset()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        out.graph(loose_triples_to if g is None or g == DATASET_DEFAULT_GRAPH_ID else g).add((s, p, o))
        out.add((s, p, o))
    return out


def insert_data(dataset: Dataset) -> str:
    """One INSERT DATA for every quad of the dataset. N-Triples is valid SPARQL term syntax, and a
    blank node label stands for one blank node throughout one INSERT DATA."""
    blocks = []
    for graph in dataset.graphs():
        if not len(graph):
            continue
        body = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        if graph.identifier == DATASET_DEFAULT_GRAPH_ID:
            blocks.append(body)
        else:
            blocks.append(f"GRAPH <{graph.identifier}> {{\n{body}}}")
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}" if blocks else ""
