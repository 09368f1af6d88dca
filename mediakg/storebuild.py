"""Building into a store that grows with the corpus: documents keyed by the hash of their text.

Building again parses only texts the store does not hold yet. A changed file replaces its old
named graph in the same transaction that adds the new one, so a document is always either fully
in the store or not at all, also when the process is killed; running the build again completes
it. Entities live inside the graphs of the documents that mention them, so dropping a document's
graph also drops every entity no remaining document mentions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rdflib import Dataset, URIRef

from mediakg.errors import InputError
from mediakg.extract.runner.executors import extract_documents
from mediakg.extract.records import Extraction
from mediakg.graph.rdf.triples import add_document, new_dataset
from mediakg.graph.rdf.iris import DEFAULT_BASE, content_hash, document_iri
from mediakg.graph.rdf.merges import merges_graph, merges_update
from mediakg.graph.rdf.files import format_for
from mediakg.graph.store.protocol import Store, document_index, drop_graphs, drop_update, insert_data, with_merged_default
from mediakg.graph.rdf.validate import Violation, drop_violating_facts, load_ontology, load_shapes, validate_graph
from mediakg.extract.inputs.readers import MAX_DOCUMENT_CHARS, InputDocument, Skipped, read_documents


@dataclass
class StoreBuildSummary:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    rejected: list[Violation] = field(default_factory=list)
    documents_in_store: int = 0

    def lines(self) -> list[str]:
        out = [f"documents: {len(self.added)} added, {len(self.replaced)} replaced, "
               f"{len(self.unchanged)} unchanged (skipped)",
               f"documents that could not be read: {len(self.skipped)}",
               f"facts rejected by validation: {len(self.rejected)}"]
        out += [f"  {v.focus} {v.path or ''}: {v.message}" for v in self.rejected]
        out.append(f"documents in the store: {self.documents_in_store}")
        return out


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


def document_dataset(item: InputDocument, extraction: Extraction, *, base: str) -> Dataset:
    """One document's named graph as a Dataset of its own, ready to be written in one go."""
    dataset = new_dataset()
    add_document(dataset, extraction, item.source_document(), base=base)
    return dataset


def _stale(index: dict[URIRef, tuple[str, str]], source: str, keep: URIRef) -> list[URIRef]:
    """Graphs of earlier versions of the document read from `source`."""
    return [iri for iri, (_, held) in index.items() if held == source and iri != keep]


def _write(store: Store, dataset: Dataset, stale: list[URIRef]) -> None:
    if stale:  # drop the old version and add the new one in one transaction
        store.update(" ;\n".join(drop_update(stale) + [insert_data(with_merged_default(dataset))]))
    else:
        store.add_dataset(dataset)


def _new_texts(documents: Iterable[InputDocument | Skipped], store: Store, index: dict[URIRef, tuple[str, str]],
               summary: StoreBuildSummary, *, base: str) -> Iterator[InputDocument | Skipped]:
    """The documents whose text the store lacks; the others are counted as unchanged."""
    held = {digest for digest, _ in index.values()}
    for item in documents:
        if isinstance(item, Skipped):
            yield item
            continue
        digest = content_hash(item.text)
        if digest in held:
            summary.unchanged.append(item.source)
            # An earlier version of this file left behind, e.g. the file went back to old text.
            drop_graphs(store, _stale(index, item.source, document_iri(base, digest)))
        else:
            held.add(digest)  # the same text twice is parsed once
            yield item


def build_into_store(inputs: Iterable[str | Path], store: Store, *, model: str | None = None,
                     base: str = DEFAULT_BASE, strict: bool = False, processes: int = 1,
                     batch_size: int = 64, executor: str | None = None,
                     progress: Callable[[str], None] | None = None,
                     on_skip: Callable[[Skipped], None] | None = None,
                     max_document_chars: int = MAX_DOCUMENT_CHARS) -> StoreBuildSummary:
    """Add the documents the store lacks, replace changed ones, skip unchanged ones. Inputs are
    read as a stream (the same stages as a file build); each document is written in its own
    transaction as soon as it is extracted and validated."""
    index = document_index(store)
    summary = StoreBuildSummary()
    shapes, ontology = load_shapes(), load_ontology()
    pending = _new_texts(read_documents(inputs, max_chars=max_document_chars), store, index, summary, base=base)
    for item in extract_documents(pending, model=model, processes=processes, batch_size=batch_size,
                                  executor=executor):
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            if on_skip:
                on_skip(item)
            continue
        document, extraction = item
        dataset = document_dataset(document, extraction, base=base)
        report = validate_graph(dataset, shapes=shapes, ontology=ontology)
        if not report.conforms:
            rejected = drop_violating_facts(dataset, report)
            if strict and rejected:
                first = rejected[0]
                raise InputError(document.source, f"{len(rejected)} facts violate the shapes (--strict), e.g. "
                                                  f"{first.focus} {first.path or ''}: {first.message}; "
                                                  "this and later documents not written")
            summary.rejected += rejected
        stale = _stale(index, document.source, document_iri(base, content_hash(document.text)))
        _write(store, dataset, stale)
        (summary.replaced if stale else summary.added).append(document.source)
        if progress:
            progress(f"{'replaced' if stale else 'added'} {document.source}")

    refresh_derived(store)
    summary.documents_in_store = len(document_index(store))
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
