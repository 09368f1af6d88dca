"""The main job: inputs -> extraction records -> one RDF dataset, validated.

Composes free functions of the stages and holds no state of its own: `read_documents`
(mediakg.extract.inputs.readers) streams the inputs, `extract_documents` (mediakg.extract.runner.executors) turns them into
records here, in worker processes or on a Dask cluster, and `add_extracted` is the sink that
writes them into a dataset. A store with another sink can reuse the first two unchanged.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Dataset
from rdflib.namespace import RDF

from mediakg.errors import InputError
from mediakg.extract.runner.executors import Extracted, extract_documents
from mediakg.graph.rdf.triples import add_document, new_dataset
from mediakg.graph.rdf.iris import DEFAULT_BASE
from mediakg.graph.rdf.merges import record_merges
from mediakg.graph.rdf.validate import Violation, drop_violating_facts, validate_graph
from mediakg.ontology import ENTITY_CLASSES
from mediakg.cli.progress import ProgressBar
from mediakg.extract.inputs.readers import MAX_DOCUMENT_CHARS, InputDocument, Skipped, expand_inputs, read_documents  # noqa: F401 - the stages' API
from mediakg.extract.inputs.readers import read_file as read_text  # noqa: F401 - kept for callers of the old name


@dataclass
class BuildSummary:
    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    entities_by_class: Counter = field(default_factory=Counter)
    facts_by_predicate: Counter = field(default_factory=Counter)
    rejected: list[Violation] = field(default_factory=list)

    def lines(self) -> list[str]:
        # Each skipped document was reported on stderr as it happened; here it is counted.
        out = [f"documents read: {self.documents}", f"documents skipped: {len(self.skipped)}"]
        out.append(f"entities: {sum(self.entities_by_class.values())}")
        out += [f"  {cls:<18} {n}" for cls, n in sorted(self.entities_by_class.items())]
        out.append(f"facts: {sum(self.facts_by_predicate.values())}")
        out += [f"  {p:<18} {n}" for p, n in sorted(self.facts_by_predicate.items())]
        out.append(f"facts rejected by validation: {len(self.rejected)}")
        out += [f"  {v.focus} {v.path or ''}: {v.message}" for v in self.rejected]
        return out


def add_extracted(dataset: Dataset, item: Extracted, *, base: str) -> None:
    """The sink: one extracted document into its named graph."""
    document, extraction = item
    add_document(dataset, extraction, document.source_document(), base=base)


def build_dataset(inputs: Iterable[str | Path], *, model: str | None = None, base: str = DEFAULT_BASE,
                  validate: bool = True, processes: int = 1, batch_size: int = 64,
                  executor: str | None = None, max_chars: int | None = None, progress: bool = False,
                  on_skip: Callable[[Skipped], None] | None = None,
                  max_document_chars: int = MAX_DOCUMENT_CHARS) -> tuple[Dataset, BuildSummary]:
    """Build the graph of the given inputs. Input names are checked before any parsing (a
    missing file fails at once); a document that cannot be read or extracted is skipped,
    passed to `on_skip` as it happens and counted in the summary. When no document at all is
    left, the build fails: an empty graph must not replace an earlier one."""
    inputs = [str(i) for i in inputs]
    documents = read_documents(inputs, max_chars=max_document_chars)
    dataset = new_dataset()
    summary = BuildSummary()
    with ProgressBar(enabled=progress) as bar:
        for item in extract_documents(documents, model=model, processes=processes, batch_size=batch_size,
                                      executor=executor, max_chars=max_chars):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                if on_skip:
                    with bar.interrupted():
                        on_skip(item)
                continue
            add_extracted(dataset, item, base=base)
            summary.documents += 1
            bar.update(len(item[1].facts))
    if not summary.documents:
        raise InputError(" ".join(inputs), f"no document could be read ({len(summary.skipped)} skipped)")
    if validate:
        report = validate_graph(dataset)
        if not report.conforms:
            summary.rejected = drop_violating_facts(dataset, report)
    record_merges(dataset, base=base)  # after validation: dropped facts never reach a record
    _count(dataset, summary)
    return dataset, summary


def _count(dataset: Dataset, summary: BuildSummary) -> None:
    seen = set()
    for s, _, o, _ in dataset.quads((None, RDF.type, None, None)):
        if o in ENTITY_CLASSES and s not in seen:
            seen.add(s)
            summary.entities_by_class[str(o).rsplit("#", 1)[-1]] += 1
    # Facts are counted by their assertion nodes, one per fact and document.
    for _, _, p, _ in dataset.quads((None, RDF.predicate, None, None)):
        if p != RDF.type:
            summary.facts_by_predicate[str(p).rsplit("#", 1)[-1]] += 1
