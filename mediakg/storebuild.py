"""Building into a store that grows with the corpus: documents keyed by the hash of their text.

Building again parses only texts the store does not hold yet. A changed file replaces its old
named graph in the same transaction that adds the new one, so a document is always either fully
in the store or not at all, also when the process is killed; running the build again completes
it. Entities live inside the graphs of the documents that mention them, so dropping a document's
graph also drops every entity no remaining document mentions.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable

from rdflib import Graph, URIRef

from mediakg.errors import InputError
from mediakg.extract.inputs.readers import InputDocument
from mediakg.graph.rdf.files import format_for
from mediakg.graph.rdf.iris import DEFAULT_BASE, content_hash, document_iri
from mediakg.graph.rdf.merges import merges_graph, merges_update
from mediakg.graph.store.protocol import Store, document_index, drop_graphs, drop_update, insert_data, with_merged_default
from mediakg.pipeline import BuildSummary, as_dataset, build


def refresh_derived(store: Store) -> None:
    """Recompute what is derived from the whole store after documents came or went: the merge
    records of entities that several documents mention (graph/rdf/merges.py). Their graph is copied
    into the merged default graph like every other, so queries over the store see them. The base
    is read off the stored document IRIs (`<base>document/<hash>`), so a store built with
    `--base` keeps its records under that base."""
    bases = {str(iri).rsplit("document/", 1)[0] for iri in document_index(store)} or {DEFAULT_BASE}
    for base in sorted(bases):
        graph = merges_graph(base)
        store.update(merges_update(base, before=drop_update([graph]),
                                   after=[f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"]))


def _stale(index: dict[URIRef, tuple[str, str]], source: str, keep: URIRef) -> list[URIRef]:
    """Graphs of earlier versions of the document read from `source`."""
    return [iri for iri, (_, held) in index.items() if held == source and iri != keep]


class StoreSink:
    """The build loop's sink for a store (mediakg/pipeline.py): one transaction per document.
    A text the store holds is not extracted again; a changed file's old graph is dropped in
    the transaction that adds the new one."""

    stopped = "this and later documents not written"

    def __init__(self, store: Store, *, base: str = DEFAULT_BASE) -> None:
        self.store, self.base = store, base
        self.index = document_index(store)
        self._held = {digest for digest, _ in self.index.values()}
        self.documents_in_store = len(self.index)

    def holds(self, document: InputDocument) -> bool:
        digest = content_hash(document.text)
        if digest in self._held:
            # An earlier version of this file left behind, e.g. the file went back to old text.
            drop_graphs(self.store, _stale(self.index, document.source, document_iri(self.base, digest)))
            return True
        self._held.add(digest)  # the same text twice is parsed once
        return False

    def write(self, document: InputDocument, graph: Graph) -> str:
        dataset = as_dataset(graph)
        stale = _stale(self.index, document.source, document_iri(self.base, content_hash(document.text)))
        if stale:  # drop the old version and add the new one in one transaction
            self.store.update(" ;\n".join(drop_update(stale) + [insert_data(with_merged_default(dataset))]))
        else:
            self.store.add_dataset(dataset)
        return "replaced" if stale else "added"

    def finish(self, log: sqlite3.Connection) -> None:
        refresh_derived(self.store)
        self.documents_in_store = len(document_index(self.store))

    def abort(self) -> None:
        pass  # documents written so far are whole and stay; building again completes the rest


def build_into_store(inputs: Iterable[str | Path], store: Store, *, base: str = DEFAULT_BASE,
                     **options) -> BuildSummary:
    """Add the documents the store lacks, replace changed ones, skip unchanged ones: the one
    build loop (mediakg/pipeline.py) with the store as its sink. Options as for `build`."""
    sink = StoreSink(store, base=base)
    summary = build(inputs, sink, base=base, **options)
    summary.documents_in_store = sink.documents_in_store
    return summary


def find_documents(store: Store, key: str) -> list[URIRef]:
    """The documents `key` names: a document IRI, a source path, a file name or a hash prefix."""
    index = document_index(store)
    for match in (
        lambda iri, digest, path: str(iri) == key,
        lambda iri, digest, path: path == key or Path(path) == Path(key),
        lambda iri, digest, path: Path(path).name == key,
        lambda iri, digest, path: len(key) >= 6 and digest.startswith(key.removeprefix("sha256:")),
    ):
        found = [iri for iri, (digest, path) in index.items() if match(iri, digest, path)]
        if found:
            return found
    return []


def remove_document(store: Store, key: str, *, location: str) -> list[URIRef]:
    """Drop one document's named graph (with it, its facts and the entities only it mentioned)."""
    found = find_documents(store, key)
    if not found:
        raise InputError(location, f"holds no document {key!r} (give its path, file name, IRI or hash)")
    if len(found) > 1:
        raise InputError(location, f"{len(found)} documents match {key!r}; give the path or IRI: "
                                   + ", ".join(map(str, found[:5])))
    drop_graphs(store, found)
    refresh_derived(store)
    return found


def load_into_store(path: Path, store: Store) -> None:
    """Import an RDF file (TriG, N-Quads, Turtle, N-Triples, JSON-LD) in one transaction."""
    fmt = format_for(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    store.load_file(path, fmt)
    refresh_derived(store)
