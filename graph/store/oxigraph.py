"""The embedded store: an Oxigraph (RocksDB) folder through pyoxigraph.

Every write is one Oxigraph transaction, so a process killed part-way leaves each write either
fully applied or not at all, and the folder opens again as it was at the last commit.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset

from mediakg.graph.errors import StoreError
from mediakg.graph.rdf.triples import new_dataset
from mediakg.graph.store.protocol import GRAPH_TYPES, QUERY_PREFIXES, RESULT_TYPES, StoreQueryError, with_merged_default
from mediakg.graph.rdf.terms import from_ox, quads_to_ox

_OX_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE,
               "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}


def _content_blank_nodes(quads: list[ox.Quad], digest: str) -> list[ox.Quad]:
    """The quads with each blank node renamed from the file's content hash and the order in which
    the node first appears. Two files that both say _:b0 still get two different nodes, while
    loading the same file again names the same nodes, so it adds nothing (a load that a killed
    process left half-done, then retried, leaves the store as one load would)."""
    names: dict[str, ox.BlankNode] = {}

    def rename(term):
        if isinstance(term, ox.BlankNode):
            node = names.get(term.value)
            if node is None:
                node = names[term.value] = ox.BlankNode(f"l{digest[:24]}n{len(names)}")
            return node
        return term

    return [ox.Quad(rename(q.subject), q.predicate, rename(q.object), rename(q.graph_name)) for q in quads]


class EmbeddedStore:
    def __init__(self, store: ox.Store, path: Path | None, *, read_only: bool = False) -> None:
        self.store = store
        self.path = path
        self.read_only = read_only

    @property
    def folder(self) -> Path | None:
        return self.path  # None for an in-memory store

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> "EmbeddedStore":
        if path.exists() and not path.is_dir():
            raise StoreError(path, "is a file, not a store folder")
        if read_only and not path.is_dir():
            raise StoreError(path, "no such store folder")
        try:
            store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as exc:
            reason = " ".join(str(exc).split())
            if "lock" in reason.lower():
                reason = "is in use by another process (a build, load or serve writing to it)"
            raise StoreError(path, f"cannot be opened as a store: {reason[:300]}") from None
        return cls(store, path, read_only=read_only)

    def query(self, text: str, *, output: BinaryIO, results: str = "json", triples: str = "ntriples") -> str:
        try:
            answer = self.store.query(text, prefixes=QUERY_PREFIXES)
        except SyntaxError as exc:
            raise StoreQueryError(" ".join(str(exc).split())) from None
        if isinstance(answer, ox.QueryTriples):
            media_type = GRAPH_TYPES[triples]
            answer.serialize(output, ox.RdfFormat.from_media_type(media_type))
        else:
            media_type = RESULT_TYPES[results]
            answer.serialize(output, ox.QueryResultsFormat.from_media_type(media_type))
        return media_type

    def update(self, text: str) -> None:
        try:
            self.store.update(text, prefixes=QUERY_PREFIXES)
        except SyntaxError as exc:
            raise StoreQueryError(" ".join(str(exc).split())) from None

    def add_dataset(self, dataset: Dataset) -> None:
        self.store.extend(quads_to_ox(with_merged_default(dataset)))

    def load_file(self, path: Path, fmt: str) -> None:
        """Parsed by Oxigraph (fast), then written with the default-graph copies in one go."""
        loose = ox.NamedNode(path.resolve().as_uri())
        try:
            data = path.read_bytes()
            quads = list(ox.parse(data, format=_OX_FORMATS[fmt], base_iri=loose.value))
        except SyntaxError as exc:
            raise StoreError(path, f"not readable as {fmt}: {' '.join(str(exc).split())[:300]}") from None
        quads = _content_blank_nodes(quads, hashlib.sha256(data).hexdigest())
        default = ox.DefaultGraph()
        named = [q if not isinstance(q.graph_name, ox.DefaultGraph) else ox.Quad(q.subject, q.predicate, q.object, loose)
                 for q in quads]
        self.store.extend(named + [ox.Quad(q.subject, q.predicate, q.object, default) for q in named])

    def dataset(self) -> Dataset:
        """The named graphs; the default graph is only their merge."""
        dataset = new_dataset()
        for quad in self.store:
            if not isinstance(quad.graph_name, ox.DefaultGraph):
                dataset.graph(from_ox(quad.graph_name)).add(
                    (from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
        return dataset

    def close(self) -> None:
        if not self.read_only:
            self.store.flush()
        # RocksDB's lock is released only when the last reference goes.
        del self.store
