"""Reading and writing graph files. The format follows the file extension; writes go to a
temporary file in the same folder and are renamed into place, so an existing file is never
half-overwritten."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from mediakg.graph.errors import GraphFileError
from mediakg.graph.rdf.triples import PREFIXES

FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".jsonld": "json-ld", ".nt": "nt"}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}


def format_for(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise GraphFileError(path, f"unknown graph format {suffix or '(none)'!r}; use one of {', '.join(FORMATS)}")
    return FORMATS[suffix]


def atomic_write_bytes(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise GraphFileError(path, f"cannot be written: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp makes the file owner-only; a graph file gets the usual mode (0666 less umask).
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise GraphFileError(path, f"cannot be written: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
