"""graph/rdf/files.py: graph files by extension, round trips, clear errors and atomic writes."""
from __future__ import annotations

import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from mediakg.graph.errors import GraphFileError
from mediakg.graph.rdf import files as store
from mediakg.graph.rdf.triples import new_dataset
from mediakg.graph.rdf.files import format_for, read_dataset, write_dataset
from mediakg.ontology import MEDIA

ID = Namespace("https://w3id.org/mediakg/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

DOC_A = ID["document/aaaaaaaaaaaaaaaa"]
DOC_B = ID["document/bbbbbbbbbbbbbbbb"]
EXTENSIONS = (".trig", ".nq", ".ttl", ".jsonld", ".nt")
QUAD_EXTENSIONS = (".trig", ".nq", ".jsonld")


def add_evidence(g: Graph, doc: URIRef, s, p, o, sentence: str, start: int) -> None:
    a = ID[f"assertion/{abs(hash((s, p, o, doc))) % 10**12:012d}"]
    target, selector = BNode(), BNode()
    g.add((s, p, o))
    g.add((a, RDF.type, MEDIA.Assertion))
    g.add((a, RDF.subject, s))
    g.add((a, RDF.predicate, p))
    g.add((a, RDF.object, o))
    g.add((a, MEDIA.confidence, Literal(Decimal("0.85"))))
    g.add((a, PROV.wasDerivedFrom, target))
    g.add((target, OA.hasSource, doc))
    g.add((target, PROV.value, Literal(sentence)))
    g.add((target, OA.hasSelector, selector))
    g.add((selector, OA.start, Literal(start)))
    g.add((selector, OA.end, Literal(start + len(sentence))))


def sample_dataset() -> Dataset:
    """Two documents' graphs with blank nodes, typed literals, non-ASCII and multi-line text."""
    ds = new_dataset()
    a = ds.graph(DOC_A)
    studio, streamer, film = ID["organization/cafe-lumiere-films"], ID["organization/streamly"], ID["work/quiet-tide"]
    a.add((DOC_A, RDF.type, MEDIA.Document))
    a.add((DOC_A, MEDIA.extractedAt, Literal("2026-02-01T10:00:00+00:00", datatype=XSD.dateTime)))
    a.add((studio, RDF.type, MEDIA.Studio))
    a.add((studio, RDFS.label, Literal("Café Lumière Films")))
    a.add((studio, SKOS.altLabel, Literal("Lumière")))
    a.add((streamer, RDF.type, MEDIA.StreamingService))
    a.add((film, RDF.type, MEDIA.Film))
    a.add((film, MEDIA.releaseYear, Literal("2025", datatype=XSD.gYear)))
    add_evidence(a, DOC_A, streamer, MEDIA.partnersWith, studio,
                 'Streamly and Café Lumière Films signed a "first-look" deal.\n', 0)
    b = ds.graph(DOC_B)
    b.add((DOC_B, RDF.type, MEDIA.Document))
    b.add((studio, RDF.type, MEDIA.Studio))
    b.add((studio, MEDIA.produces, film))
    b.add((ID["facility/stage-4"], MEDIA.area, Literal(Decimal("860.0"))))
    add_evidence(b, DOC_B, studio, MEDIA.produces, film, "Café Lumière Films produced Quiet Tide.", 42)
    return ds


def named(ds: Dataset) -> dict:
    return {g.identifier: g for g in ds.graphs() if len(g)}


def union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


# --------------------------------------------------------------------------------------
# Round trips
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("ext", EXTENSIONS)
def test_round_trip_keeps_every_triple(tmp_path, ext):
    original = sample_dataset()
    path = write_dataset(original, tmp_path / f"graph{ext}")
    assert path == tmp_path / f"graph{ext}" and path.stat().st_size > 0
    back = read_dataset(path)
    assert len(union(back)) == len(union(original))
    assert isomorphic(union(back), union(original))
    # Typed literals survive with their datatype.
    years = list(union(back).objects(ID["work/quiet-tide"], MEDIA.releaseYear))
    assert years == [Literal("2025", datatype=XSD.gYear)]
    assert list(union(back).objects(ID["facility/stage-4"], MEDIA.area))[0].toPython() == Decimal("860.0")
    assert Literal("Café Lumière Films") in set(union(back).objects(None, RDFS.label))


@pytest.mark.parametrize("ext", QUAD_EXTENSIONS)
def test_quad_formats_keep_the_named_graphs(tmp_path, ext):
    original = sample_dataset()
    back = read_dataset(write_dataset(original, tmp_path / f"graph{ext}"))
    before, after = named(original), named(back)
    assert set(after) == {DOC_A, DOC_B}
    for name in before:
        assert isomorphic(before[name], after[name]), name


@pytest.mark.parametrize("ext", (".ttl", ".nt"))
def test_triple_formats_write_the_union_of_the_graphs(tmp_path, ext):
    path = write_dataset(sample_dataset(), tmp_path / f"graph{ext}")
    g = Graph().parse(path, format=format_for(path))
    # The studio's type is stated in both documents but appears once; both documents' facts are there.
    assert (ID["organization/cafe-lumiere-films"], MEDIA.produces, ID["work/quiet-tide"]) in g
    assert (ID["organization/streamly"], MEDIA.partnersWith, ID["organization/cafe-lumiere-films"]) in g
    # Each assertion still names its document.
    assert set(g.objects(None, OA.hasSource)) == {DOC_A, DOC_B}


def test_turtle_output_uses_the_project_prefixes(tmp_path):
    text = write_dataset(sample_dataset(), tmp_path / "g.ttl").read_text("utf-8")
    assert "@prefix media: <https://w3id.org/mediakg/ontology#>" in text
    assert "@prefix oa: <http://www.w3.org/ns/oa#>" in text


def test_extension_is_case_insensitive(tmp_path):
    path = write_dataset(sample_dataset(), tmp_path / "GRAPH.TRIG")
    assert set(named(read_dataset(path))) == {DOC_A, DOC_B}


def test_write_creates_missing_parent_folders(tmp_path):
    path = write_dataset(sample_dataset(), tmp_path / "out" / "nested" / "g.nq")
    assert path.is_file()


def test_overwrite_replaces_the_old_content(tmp_path):
    path = tmp_path / "g.trig"
    path.write_text("old content that is not RDF", encoding="utf-8")
    write_dataset(sample_dataset(), path)
    assert set(named(read_dataset(path))) == {DOC_A, DOC_B}


def test_empty_dataset_round_trips(tmp_path):
    back = read_dataset(write_dataset(new_dataset(), tmp_path / "empty.trig"))
    assert len(union(back)) == 0


# --------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["graph.xml", "graph.rdf", "graph", "graph.trig.bak"])
def test_unknown_extension_on_write_names_the_file(tmp_path, name):
    path = tmp_path / name
    with pytest.raises(GraphFileError) as info:
        write_dataset(sample_dataset(), path)
    assert info.value.where == str(path)
    assert str(path) in str(info.value)
    assert "unknown graph format" in str(info.value)
    assert ".trig" in str(info.value)  # says what would work
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_unknown_extension_on_read_names_the_file(tmp_path):
    path = tmp_path / "graph.owl"
    path.write_text("<a> <b> <c> .\n", encoding="utf-8")
    with pytest.raises(GraphFileError) as info:
        read_dataset(path)
    assert str(path) in str(info.value) and ".owl" in str(info.value)


def test_missing_graph_file(tmp_path):
    with pytest.raises(GraphFileError) as info:
        read_dataset(tmp_path / "absent.trig")
    assert str(tmp_path / "absent.trig") in str(info.value)
    assert "no such file" in str(info.value)


def test_folder_instead_of_graph_file(tmp_path):
    (tmp_path / "looks-like.trig").mkdir()
    with pytest.raises(GraphFileError) as info:
        read_dataset(tmp_path / "looks-like.trig")
    assert "folder" in str(info.value)


GARBAGE = {
    ".trig": b"<https://example.org/a> { this is not trig at all {{{ }\n",
    ".ttl": b"@prefix broken .\n definitely not turtle ;;;\n",
    ".nq": b"just some words on a line\n",
    ".nt": b"<https://example.org/a> <https://example.org/b>\n",
    ".jsonld": b'{"@context": {, "unbalanced": [\n',
}


@pytest.mark.parametrize("ext", EXTENSIONS)
def test_garbage_graph_file_is_an_input_error_with_the_path(tmp_path, ext):
    path = tmp_path / f"broken{ext}"
    path.write_bytes(GARBAGE[ext])
    with pytest.raises(GraphFileError) as info:
        read_dataset(path)
    message = str(info.value)
    assert message.startswith(f"{path}: not readable as {format_for(path)}")
    assert "\n" not in message


@pytest.mark.parametrize("ext", (".trig", ".jsonld"))
def test_binary_graph_file_is_an_input_error(tmp_path, ext):
    path = tmp_path / f"picture{ext}"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    with pytest.raises(GraphFileError) as info:
        read_dataset(path)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_turtle_syntax_error_says_what_is_wrong(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_bytes(GARBAGE[".ttl"])
    with pytest.raises(GraphFileError) as info:
        read_dataset(path)
    assert "syntax" in info.value.problem.lower()
    assert not info.value.problem.rstrip().endswith(":")


# --------------------------------------------------------------------------------------
# Atomic writes
# --------------------------------------------------------------------------------------

KNOWN = b"@prefix media: <https://w3id.org/mediakg/ontology#> .\n# a graph written earlier\n"


def _boom(*args, **kwargs):
    raise RuntimeError("serialiser exploded")


@pytest.mark.parametrize(("ext", "target"), [(".trig", Dataset), (".nq", Dataset), (".ttl", Graph), (".nt", Graph)])
def test_failed_serialisation_leaves_the_existing_file_untouched(tmp_path, monkeypatch, ext, target):
    path = tmp_path / f"existing{ext}"
    path.write_bytes(KNOWN)
    monkeypatch.setattr(target, "serialize", _boom)
    with pytest.raises(RuntimeError, match="serialiser exploded"):
        write_dataset(sample_dataset(), path)
    assert path.read_bytes() == KNOWN
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_failure_while_writing_the_temp_file_leaves_no_trace(tmp_path, monkeypatch):
    path = tmp_path / "existing.trig"
    path.write_bytes(KNOWN)
    real_fdopen = os.fdopen

    class Failing:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()
            return False

        def write(self, data):
            self.handle.write(data[: len(data) // 2])  # half of it reaches the disk
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.os, "fdopen", lambda fd, mode="r", *a, **k: Failing(real_fdopen(fd, mode, *a, **k)))
    with pytest.raises(GraphFileError, match="cannot be written: No space left on device"):
        write_dataset(sample_dataset(), path)
    assert path.read_bytes() == KNOWN
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_failed_rename_leaves_the_existing_file_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "existing.nq"
    path.write_bytes(KNOWN)
    monkeypatch.setattr(store.os, "replace", _boom)
    with pytest.raises(RuntimeError):
        write_dataset(sample_dataset(), path)
    assert path.read_bytes() == KNOWN
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_successful_write_leaves_no_temp_file(tmp_path):
    write_dataset(sample_dataset(), tmp_path / "g.jsonld")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.jsonld"]


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_written_graph_file_mode_follows_the_umask(tmp_path, umask_022):
    path = write_dataset(sample_dataset(), tmp_path / "shared.trig")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_overwrite_keeps_a_readable_mode(tmp_path, umask_022):
    path = tmp_path / "shared.nq"
    path.write_bytes(KNOWN)
    path.chmod(0o644)
    write_dataset(sample_dataset(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
