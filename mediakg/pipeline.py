"""The main job: inputs -> extraction records -> document graphs, checked, into a sink.

One build loop for every output. `build` composes the stages: `read_documents`
(mediakg.extract.inputs.readers) streams the inputs, the sink says which texts it already holds,
`extract_documents` (mediakg.extract.runner.executors) turns the rest into records, here, in
worker processes or on a Dask cluster, and `write_documents` turns each into its document graph,
checks it against the shapes (compiled once, graph/rdf/shapecheck.py), drops what fails (or
stops, with `strict`), and hands it to the sink:

- `DatasetSink`: one in-memory rdflib Dataset (Turtle, JSON-LD, the browser view, tests);
- `FileSink`: an N-Quads or TriG file written document by document to a temporary file that is
  renamed at the end, so memory does not grow with the corpus;
- `storebuild.StoreSink`: a persistent store, one transaction per document.

Derived graphs that need the whole corpus (the merge records) come at the end: the dataset and
the store run merges_update over what they hold; the file sink reads them off the mention log
(graph/rdf/derived.py) that the loop keeps on disk, as it does for the summary's entity counts.
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from mediakg.cli.progress import ProgressBar
from mediakg.errors import InputError
from mediakg.extract.inputs.readers import MAX_DOCUMENT_CHARS, InputDocument, Skipped, expand_inputs, read_documents  # noqa: F401 - the stages' API
from mediakg.extract.inputs.readers import read_file as read_text  # noqa: F401 - kept for callers of the old name
from mediakg.extract.records import Extraction
from mediakg.extract.runner.executors import Extracted, extract_documents
from mediakg.graph.rdf.derived import entity_counts, log_document, merge_records, open_mention_log
from mediakg.graph.rdf.files import STREAM_FORMATS, GraphFileStream, format_for
from mediakg.graph.rdf.iris import DEFAULT_BASE, content_hash, document_iri
from mediakg.graph.rdf.merges import merges_graph, record_merges
from mediakg.graph.rdf.shapecheck import CompiledShapes, UnsupportedShapes, check_graph, default_shapes
from mediakg.graph.rdf.triples import add_document, new_dataset
from mediakg.ontology.namespace import MEDIA
from mediakg.graph.rdf.validate import ValidationReport, Violation, drop_violating_facts, validate_graph


@dataclass
class BuildSummary:
    """What a build did, whatever its sink. `documents_in_store` is set by a store build only."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # texts the output already held
    skipped: list[Skipped] = field(default_factory=list)  # could not be read or extracted
    rejected: list[Violation] = field(default_factory=list)
    entities_by_class: Counter = field(default_factory=Counter)
    facts_by_predicate: Counter = field(default_factory=Counter)
    reported_by_status: Counter = field(default_factory=Counter)  # rumoured, negotiating, planned
    documents_in_store: int | None = None

    @property
    def documents(self) -> int:
        """Documents written by this build."""
        return len(self.added) + len(self.replaced)

    def lines(self) -> list[str]:
        # Each skipped document was reported on stderr as it happened; here it is counted.
        if self.documents_in_store is None:
            out = [f"documents read: {self.documents}", f"documents skipped: {len(self.skipped)}"]
            if self.unchanged:
                out.append(f"documents repeating an earlier text (written once): {len(self.unchanged)}")
        else:
            out = [f"documents: {len(self.added)} added, {len(self.replaced)} replaced, "
                   f"{len(self.unchanged)} unchanged (skipped)",
                   f"documents that could not be read: {len(self.skipped)}"]
        out.append(f"entities: {sum(self.entities_by_class.values())}")
        out += [f"  {cls:<18} {n}" for cls, n in sorted(self.entities_by_class.items())]
        out.append(f"facts: {sum(self.facts_by_predicate.values())}")
        out += [f"  {p:<18} {n}" for p, n in sorted(self.facts_by_predicate.items())]
        if self.reported_by_status:  # kept as assertions only, no plain triple (queries/rumours.rq)
            out.append(f"reported, not stated: {sum(self.reported_by_status.values())}")
            out += [f"  {s:<18} {n}" for s, n in sorted(self.reported_by_status.items())]
        out.append(f"facts rejected by validation: {len(self.rejected)}")
        out += [f"  {v.focus} {v.path or ''}: {v.message}" for v in self.rejected]
        if self.documents_in_store is not None:
            out.append(f"documents in the store: {self.documents_in_store}")
        return out


class Sink(Protocol):
    """Where document graphs go. `stopped` says what a build that fails part-way leaves behind."""

    stopped: str

    def holds(self, document: InputDocument) -> bool:
        """Whether the output already holds this text (it is then not extracted again)."""

    def write(self, document: InputDocument, graph: Graph) -> str:
        """Take one checked document graph (named by the document IRI); "added" or "replaced"."""

    def finish(self, log: sqlite3.Connection) -> None:
        """Write what is derived from all documents, and make the output whole."""

    def abort(self) -> None:
        """The build failed: leave the output as it was before (as far as the sink can)."""


# --- the sinks -------------------------------------------------------------------------------


class DatasetSink:
    """All document graphs in one rdflib Dataset, with merge records computed by SPARQL."""

    stopped = "nothing written"

    def __init__(self, *, base: str = DEFAULT_BASE) -> None:
        self.base = base
        self.dataset = new_dataset()
        self._written: set[URIRef] = set()

    def holds(self, document: InputDocument) -> bool:
        return _seen(self._written, document, self.base)

    def write(self, document: InputDocument, graph: Graph) -> str:
        target = self.dataset.graph(graph.identifier)
        self.dataset.addN((s, p, o, target) for s, p, o in graph)
        return "added"

    def finish(self, log: sqlite3.Connection) -> None:
        record_merges(self.dataset, base=self.base)

    def abort(self) -> None:
        pass


class FileSink:
    """An N-Quads or TriG file, written document by document (graph/rdf/files.GraphFileStream)."""

    stopped = "nothing written"

    def __init__(self, path: str | Path, *, base: str = DEFAULT_BASE) -> None:
        if format_for(path) not in STREAM_FORMATS:
            raise ValueError(f"{path}: only {', '.join(sorted(STREAM_FORMATS))} are written as a stream")
        self.base = base
        self.stream = GraphFileStream(path)
        self._written: set[URIRef] = set()  # document IRIs: a few bytes each, not the graphs

    def holds(self, document: InputDocument) -> bool:
        return _seen(self._written, document, self.base)

    def write(self, document: InputDocument, graph: Graph) -> str:
        self.stream.write_graph(graph)
        return "added"

    def finish(self, log: sqlite3.Connection) -> None:
        graph = merges_graph(self.base)
        for _, triples in merge_records(log):  # one merged entity at a time: memory stays flat
            piece = Graph(identifier=graph)
            for triple in triples:
                piece.add(triple)
            self.stream.write_graph(piece)
        self.stream.commit()

    def abort(self) -> None:
        self.stream.discard()


def _seen(written: set[URIRef], document: InputDocument, base: str) -> bool:
    # The same text twice is one document node (its IRI is the text's hash): written once.
    iri = document_iri(base, content_hash(document.text))
    if iri in written:
        return True
    written.add(iri)
    return False


# --- the loop --------------------------------------------------------------------------------


def document_graph(document: InputDocument, extraction: Extraction, *, base: str) -> Graph:
    """One document's graph on its own, named by the document IRI. Its store keeps no graph
    contexts (rdflib's SimpleMemory): the loop holds one graph at a time, and adding to it is
    then about twice as fast."""
    source = document.source_document()
    graph = Graph(store="SimpleMemory", identifier=document_iri(base, source.content_hash))
    add_document(graph, extraction, source, base=base)
    return graph


def as_dataset(graph: Graph) -> Dataset:
    """A document graph as a Dataset holding it as a named graph (the store and the drop of
    violating facts work on Datasets)."""
    dataset = new_dataset()
    target = dataset.graph(graph.identifier)
    dataset.addN((s, p, o, target) for s, p, o in graph)
    return dataset


def shape_checker(shapes: CompiledShapes | None = None) -> Callable[[Graph], ValidationReport]:
    """The check a build runs per document: the compiled shapes, or pySHACL for shapes the
    compiler does not support (slower, never less strict)."""
    try:
        compiled = default_shapes() if shapes is None else shapes
    except UnsupportedShapes:
        return validate_graph
    return lambda graph: check_graph(graph, compiled)


def _count_facts(graph: Graph, summary: BuildSummary) -> None:
    # Facts are counted by their assertion nodes, one per fact and document; an assertion with a
    # status (rumoured, negotiating, planned) has no plain triple and is counted apart.
    for assertion, p in graph.subject_objects(RDF.predicate):
        if p == RDF.type:
            continue
        status = graph.value(assertion, MEDIA.status)
        if status is None:
            summary.facts_by_predicate[str(p).rsplit("#", 1)[-1]] += 1
        else:
            summary.reported_by_status[str(status)] += 1


def write_documents(items: Iterable[Extracted | Skipped], sink: Sink, *, base: str = DEFAULT_BASE,
                    strict: bool = False, summary: BuildSummary | None = None,
                    check: Callable[[Graph], ValidationReport] | None = None,
                    on_skip: Callable[[Skipped], None] | None = None,
                    on_written: Callable[[str, InputDocument], None] | None = None,
                    progress: bool = False, inputs: str = "build") -> BuildSummary:
    """The build loop: each extracted document becomes its graph, is checked (facts that
    violate the shapes are dropped and listed, or with `strict` the build stops at the first
    such document), and goes to `sink`. When no document at all could be used the build fails,
    naming `inputs`: an empty graph must not replace an earlier one."""
    summary = BuildSummary() if summary is None else summary
    check = shape_checker() if check is None else check
    log = open_mention_log()
    try:
        with ProgressBar(enabled=progress) as bar:
            for item in items:
                if isinstance(item, Skipped):
                    summary.skipped.append(item)
                    if on_skip:
                        with bar.interrupted():
                            on_skip(item)
                    continue
                document, extraction = item
                graph, rejected = _checked(document_graph(document, extraction, base=base), document, check,
                                           strict=strict, stopped=sink.stopped)
                summary.rejected += rejected
                _count_facts(graph, summary)
                log_document(log, graph)
                status = sink.write(document, graph)
                (summary.replaced if status == "replaced" else summary.added).append(document.source)
                bar.update(len(extraction.facts))
                if on_written:
                    on_written(status, document)
        if not summary.documents and not summary.unchanged:
            raise InputError(inputs, f"no document could be read ({len(summary.skipped)} skipped)")
        sink.finish(log)
        summary.entities_by_class = entity_counts(log)
    except BaseException:
        sink.abort()
        raise
    finally:
        log.close()
    return summary


def _checked(graph: Graph, document: InputDocument, check: Callable[[Graph], ValidationReport], *,
             strict: bool, stopped: str) -> tuple[Graph, list[Violation]]:
    """Check one document graph; drop what violates the shapes and return the graph left with
    what was dropped (or, `strict`, fail)."""
    report = check(graph)
    if report.conforms:
        return graph, []
    dataset = as_dataset(graph)
    rejected = drop_violating_facts(dataset, report)
    if strict and rejected:
        first = rejected[0]
        raise InputError(document.source, f"{len(rejected)} facts violate the shapes (--strict), e.g. "
                                          f"{first.focus} {first.path or ''}: {first.message}; {stopped}")
    return dataset.graph(graph.identifier), rejected


def not_held(documents: Iterable[InputDocument | Skipped], sink: Sink,
              summary: BuildSummary) -> Iterator[InputDocument | Skipped]:
    """The documents whose text the sink lacks; the others are counted as unchanged."""
    for item in documents:
        if isinstance(item, InputDocument) and sink.holds(item):
            summary.unchanged.append(item.source)
        else:
            yield item


def build(inputs: Iterable[str | Path], sink: Sink, *, model: str | None = None, base: str = DEFAULT_BASE,
          strict: bool = False, processes: int = 1, batch_size: int = 64, executor: str | None = None,
          max_chars: int | None = None, progress: bool = False,
          on_skip: Callable[[Skipped], None] | None = None,
          on_written: Callable[[str, InputDocument], None] | None = None,
          max_document_chars: int = MAX_DOCUMENT_CHARS) -> BuildSummary:
    """Build the graph of the given inputs into `sink`. Input names are checked before any
    parsing (a missing file fails at once); a document that cannot be read or extracted is
    skipped, passed to `on_skip` as it happens and counted in the summary."""
    inputs = [str(i) for i in inputs]
    summary = BuildSummary()
    try:
        pending = not_held(read_documents(inputs, max_chars=max_document_chars), sink, summary)
        items = extract_documents(pending, model=model, processes=processes, batch_size=batch_size,
                                  executor=executor, max_chars=max_chars)
    except BaseException:
        sink.abort()
        raise
    return write_documents(items, sink, base=base, strict=strict, summary=summary, on_skip=on_skip,
                           on_written=on_written, progress=progress, inputs=" ".join(inputs))


def build_dataset(inputs: Iterable[str | Path], *, base: str = DEFAULT_BASE, **options) -> tuple[Dataset, BuildSummary]:
    """`build` into one in-memory Dataset; returns it with the summary. Options as for `build`."""
    sink = DatasetSink(base=base)
    summary = build(inputs, sink, base=base, **options)
    return sink.dataset, summary
