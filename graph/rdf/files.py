"""Reading and writing graph files. The format follows the file extension; writes go to a
temporary file in the same folder and are renamed into place, so an existing file is never
half-overwritten."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib import Literal
from rdflib.plugins.serializers.nt import _quoteLiteral
from rdflib.term import Node

from mediakg.graph.errors import GraphFileError
from mediakg.graph.rdf.triples import PREFIXES

FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".jsonld": "json-ld", ".nt": "nt"}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}
# Formats written document by document, so a build's memory does not grow with the corpus.
STREAM_FORMATS = {"trig", "nquads"}


def format_for(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise GraphFileError(path, f"unknown graph format {suffix or '(none)'!r}; use one of {', '.join(FORMATS)}")
    return FORMATS[suffix]


def atomic_write_bytes(path: Path, data: bytes) -> None:
    stream = GraphFileStream(path)
    with stream:
        stream.write_bytes(data)
        stream.commit()


class GraphFileStream:
    """A graph file written in pieces: to a temporary file beside `path`, renamed into place by
    `commit`. Leaving the `with` block without a commit (an error, Ctrl-C) deletes the temporary
    file, so the file at `path` is either the old one or the whole new one."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.format = FORMATS.get(self.path.suffix.lower())  # None for a page or other bytes
        self._prefixes: set[bytes] = set()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            # Entered as a context manager, so closing goes through the file's own __exit__.
            self._files = contextlib.ExitStack()
            self._handle = self._files.enter_context(os.fdopen(fd, "wb"))
        except OSError as exc:
            raise GraphFileError(self.path, f"cannot be written: {exc.strerror or exc}") from None

    def __enter__(self) -> "GraphFileStream":
        return self

    def __exit__(self, *exc_info) -> None:
        self.discard()

    def write_bytes(self, data: bytes) -> None:
        try:
            self._handle.write(data)
        except OSError as exc:
            raise GraphFileError(self.path, f"cannot be written: {exc.strerror or exc}") from None

    def write_graph(self, graph: Graph) -> None:
        """Append one named graph (a document's, say; its identifier names it) in the file's format."""
        if self.format == "nquads":
            self.write_bytes(nquads_rows(graph).encode("utf-8", "replace"))
        elif self.format == "trig":
            dataset = Dataset()
            for prefix, namespace in PREFIXES.items():
                dataset.bind(prefix, namespace)
            dataset.graph(graph.identifier).addN((s, p, o, dataset.graph(graph.identifier)) for s, p, o in graph)
            self.write_bytes(self._new_prefixes_only(dataset.serialize(format="trig", encoding="utf-8")))
        else:
            raise ValueError(f"{self.format} is not written as a stream")

    def _new_prefixes_only(self, data: bytes) -> bytes:
        # Each piece declares the prefixes it uses; TriG allows a directive between graphs, so a
        # piece keeps only the declarations not yet written (a redefinition would be kept too).
        lines = data.splitlines(keepends=True)
        kept = [line for line in lines if not (line.startswith(b"@prefix") and line in self._prefixes)]
        self._prefixes.update(line for line in lines if line.startswith(b"@prefix"))
        return b"".join(kept)

    def commit(self) -> Path:
        try:
            self._files.close()
            # mkstemp makes the file owner-only; a graph file gets the usual mode (0666 less umask).
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self._tmp, 0o666 & ~umask)
            os.replace(self._tmp, self.path)
        except OSError as exc:
            self.discard()
            raise GraphFileError(self.path, f"cannot be written: {exc.strerror or exc}") from None
        return self.path

    def discard(self) -> None:
        """Drop the temporary file unless it was committed; safe to call twice."""
        self._files.close()  # a no-op once closed
        Path(self._tmp).unlink(missing_ok=True)


def nquads_rows(graph: Graph) -> str:
    """The graph's triples as N-Quads rows in its graph, as rdflib's serializer writes them
    (without copying the graph into a Dataset first). A document names its entities and
    assertions many times over, so each term is rendered once."""
    name = graph.identifier.n3()
    rendered: dict[Node, str] = {}

    def text(term: Node) -> str:
        out = rendered.get(term)
        if out is None:
            out = rendered[term] = _quoteLiteral(term) if isinstance(term, Literal) else term.n3()
        return out

    return "".join(f"{text(s)} {text(p)} {text(o)} {name} .\n" for s, p, o in graph)


def write_dataset(dataset: Dataset, path: str | Path) -> Path:
    """Serialise to `path` in the format its extension names. Triple formats (.ttl, .nt) get the
    union of the named graphs; each assertion still names its document through oa:hasSource."""
    path = Path(path)
    fmt = format_for(path)
    if fmt in QUAD_FORMATS:
        data = dataset.serialize(format=fmt, encoding="utf-8")
    else:
        union = Graph()
        for prefix, namespace in PREFIXES.items():
            union.bind(prefix, namespace)
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        data = union.serialize(format=fmt, encoding="utf-8")
    atomic_write_bytes(path, data)
    return path


def read_dataset(path: str | Path) -> Dataset:
    """Load a graph file written by mediakg (or any RDF in a known format)."""
    path = Path(path)
    fmt = format_for(path)
    if not path.exists():
        raise GraphFileError(path, "no such file")
    if path.is_dir():
        raise GraphFileError(path, "is a folder, not a graph file")
    dataset = Dataset()
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many types; the user needs the file and the reason
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise GraphFileError(path, f"not readable as {fmt}: {reason[:300]}") from None
    return dataset
