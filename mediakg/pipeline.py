"""The main job: text files -> extraction records -> one RDF dataset, validated.

Composes free functions of the stages; it holds no state of its own.
"""
from __future__ import annotations

import glob
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from rdflib import Dataset
from rdflib.namespace import RDF

from mediakg.errors import InputError
from mediakg.extract.document import extract
from mediakg.extract.model import load_pipeline
from mediakg.graph.build import SourceDocument, add_document, new_dataset
from mediakg.graph.iris import DEFAULT_BASE, content_hash
from mediakg.graph.merges import record_merges
from mediakg.graph.validate import Violation, drop_violating_facts, validate_graph
from mediakg.ontology import ENTITY_CLASSES

TEXT_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class InputText:
    path: Path
    text: str


@dataclass
class BuildSummary:
    documents: int = 0
    entities_by_class: Counter = field(default_factory=Counter)
    facts_by_predicate: Counter = field(default_factory=Counter)
    rejected: list[Violation] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"documents read: {self.documents}",
               f"entities: {sum(self.entities_by_class.values())}"]
        out += [f"  {cls:<18} {n}" for cls, n in sorted(self.entities_by_class.items())]
        out.append(f"facts: {sum(self.facts_by_predicate.values())}")
        out += [f"  {p:<18} {n}" for p, n in sorted(self.facts_by_predicate.items())]
        out.append(f"facts rejected by validation: {len(self.rejected)}")
        out += [f"  {v.focus} {v.path or ''}: {v.message}" for v in self.rejected]
        return out


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files, folders (searched recursively for .txt and .md) and globs, in a stable order."""
    paths: list[Path] = []
    for item in inputs:
        text = str(item)
        if any(c in text for c in "*?["):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True))
            files = [p for p in matches if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES]
            if not files:
                raise InputError(text, "the pattern matches no .txt or .md file")
            paths += files
            continue
        path = Path(text)
        if not path.exists():
            raise InputError(path, "no such file or folder")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not files:
                raise InputError(path, "the folder holds no .txt or .md file")
            paths += files
        else:
            paths.append(path)
    return list(dict.fromkeys(paths))


def read_text(path: Path) -> InputText:
    """The article text of one file; a first line `source: ...` (the corpus header) is dropped."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192]:
        raise InputError(path, "is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    if text.startswith("source:"):
        text = text.split("\n", 1)[1].lstrip("\n") if "\n" in text else ""
    if not text.strip():
        raise InputError(path, "is empty")
    return InputText(path, text)


def read_inputs(inputs: Iterable[str | Path]) -> Iterator[InputText]:
    for path in expand_inputs(inputs):
        yield read_text(path)


def build_dataset(inputs: Iterable[str | Path], *, model: str | None = None, base: str = DEFAULT_BASE,
                  validate: bool = True) -> tuple[Dataset, BuildSummary]:
    """Build the graph of the given inputs. All inputs are read (and checked) before any parsing,
    so a bad file fails the build at once."""
    texts = list(read_inputs(inputs))
    nlp = load_pipeline(model)
    dataset = new_dataset()
    summary = BuildSummary()
    for item, doc in zip(texts, nlp.pipe(t.text for t in texts)):
        extraction = extract(doc)
        source = SourceDocument(name=item.path.name, source=str(item.path), content_hash=content_hash(item.text))
        add_document(dataset, extraction, source, base=base)
        summary.documents += 1
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
