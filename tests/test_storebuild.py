"""`mediakg build/remove/load/query/viz/validate --store DIR` as a user runs them: subprocesses on
small articles written here, including a build killed part-way."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, Namespace
from rdflib.compare import to_isomorphic
from rdflib.namespace import RDFS

from mediakg.graph.store.protocol import document_index, open_store
from mediakg.ontology import MEDIA

ID = Namespace("https://w3id.org/mediakg/id/")
slow = pytest.mark.slow  # runs the spaCy model

# Made-up trade news, written for these tests.
DEAL = ("Streamly has signed a multi-year agreement with Harbor Studios.\n"
        "Harbor Studios will produce the drama series \"Night Harbor\" for Streamly, directed by Maya Lindqvist.\n")
HIRE_V1 = "Harbor Studios hired Maya Lindqvist to run its new drama unit in Vancouver.\n"
HIRE_V2 = "Kestrel Pictures hired Tomas Brandt to run its new comedy unit in Toronto.\n"


def run(*args, cwd: Path, timeout: float = 240) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "MEDIAKG_MODEL"}
    return subprocess.run([sys.executable, "-m", "mediakg.cli.main", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)


def ok(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def graphs(location: Path) -> dict:
    """Each named graph of the store, canonicalised so that equal graphs compare equal."""
    store = open_store(location, read_only=True)
    try:
        dataset = store.dataset()
    finally:
        store.close()
    return {g.identifier: to_isomorphic(g) for g in dataset.graphs() if len(g)}


def document_graphs(location: Path) -> dict:
    """The named graphs of documents only (not the merge records derived from them)."""
    store = open_store(location, read_only=True)
    try:
        documents = document_index(store)
    finally:
        store.close()
    return {iri: graph for iri, graph in graphs(location).items() if iri in documents}


def labels(location: Path) -> set[str]:
    store = open_store(location, read_only=True)
    try:
        return {str(o) for _, _, o, _ in store.dataset().quads((None, RDFS.label, None, None))}
    finally:
        store.close()


@pytest.fixture()
def news(tmp_path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "deal.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "news" / "hire.txt").write_text(HIRE_V1, encoding="utf-8")
    return tmp_path


@slow
def test_building_again_skips_unchanged_and_replaces_changed_documents(news):
    first = ok(run("build", "news", "--store", "st", cwd=news))
    assert "documents: 2 added, 0 replaced, 0 unchanged" in first
    built = graphs(news / "st")
    assert "Vancouver" in labels(news / "st")

    again = ok(run("build", "news", "--store", "st", cwd=news))
    assert "documents: 0 added, 0 replaced, 2 unchanged" in again
    assert graphs(news / "st") == built  # not even the extraction time changed

    (news / "news" / "hire.txt").write_text(HIRE_V2, encoding="utf-8")
    changed = ok(run("build", "news", "--store", "st", cwd=news))
    assert "documents: 0 added, 1 replaced, 1 unchanged" in changed
    now = labels(news / "st")
    assert {"Kestrel Pictures", "Tomas Brandt", "Toronto"} <= now
    assert "Vancouver" not in now  # the old version's facts and entities are gone
    assert "Harbor Studios" in now  # still in deal.txt
    assert len(document_index(open_store(news / "st", read_only=True))) == 2


@slow
def test_remove_drops_one_documents_facts_and_entities_only_it_mentioned(news):
    ok(run("build", "news", "--store", "st", cwd=news))
    before = labels(news / "st")
    out = ok(run("remove", "news/hire.txt", "--store", "st", cwd=news))
    assert out.startswith("removed https://w3id.org/mediakg/id/document/")
    after = labels(news / "st")
    assert before - after == {"Vancouver", "hire.txt"}
    assert {"Harbor Studios", "Maya Lindqvist", "Streamly"} <= after  # deal.txt still names them
    gone = run("remove", "hire.txt", "--store", "st", cwd=news)
    assert gone.returncode == 2
    assert gone.stderr.strip() == "mediakg: error: st: holds no document 'hire.txt' (give its path, file name, IRI or hash)"


@slow
def test_merge_records_follow_the_documents_in_the_store(news):
    ok(run("build", "news", "--store", "st", cwd=news))
    merged = "SELECT ?l WHERE { ?m a media:EntityMerge ; media:mergedEntity [ rdfs:label ?l ] } ORDER BY ?l"
    # Both articles name Harbor Studios and Maya Lindqvist: one node each, with a merge record.
    assert ok(run("query", "--store", "st", merged, "--format", "csv", cwd=news)) == "l\nHarbor Studios\nMaya Lindqvist\n"
    ok(run("remove", "hire.txt", "--store", "st", cwd=news))
    assert ok(run("query", "--store", "st", merged, "--format", "csv", cwd=news)) == "l\n"


@slow
def test_store_commands_read_the_store_like_a_file(news):
    ok(run("build", "news", "--store", "st", "-o", "out/graph.trig", cwd=news))
    on_file = ok(run("query", "out/graph.trig", "SELECT ?l WHERE { ?s a media:Person ; rdfs:label ?l }", "--format", "csv", cwd=news))
    in_store = ok(run("query", "--store", "st", "SELECT ?l WHERE { ?s a media:Person ; rdfs:label ?l }", "--format", "csv", cwd=news))
    assert in_store == on_file == "l\nMaya Lindqvist\n"
    assert ok(run("validate", "--store", "st", cwd=news)).strip().endswith("st: conforms")
    ok(run("viz", "--store", "st", "-o", "page.html", cwd=news))
    assert "Harbor Studios" in (news / "page.html").read_text(encoding="utf-8")

    # A graph file loads into another store unchanged.
    ok(run("load", "out/graph.trig", "--store", "copy", cwd=news))
    assert graphs(news / "copy") == graphs(news / "st")


def test_load_rejects_a_broken_file_in_one_line_and_keeps_the_store(tmp_path):
    (tmp_path / "good.nq").write_text('<https://e/a> <https://e/p> "x" <https://e/g> .\n', encoding="utf-8")
    (tmp_path / "bad.nq").write_text('<https://e/b> <https://e/p> "y" <https://e/g> .\n<https://e/c> <oops\n', encoding="utf-8")
    ok(run("load", "good.nq", "--store", "st", cwd=tmp_path))
    bad = run("load", "bad.nq", "--store", "st", cwd=tmp_path)
    assert bad.returncode == 2
    assert bad.stderr.startswith("mediakg: error: bad.nq: not readable as nquads") and bad.stderr.count("\n") == 1
    count = ok(run("query", "--store", "st", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv", cwd=tmp_path))
    assert count == "n\n1\n"


def test_build_needs_an_output_or_a_store(tmp_path):
    (tmp_path / "a.txt").write_text(HIRE_V1, encoding="utf-8")
    proc = run("build", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "mediakg: error: build: give -o FILE, --store DIR|URL, or both"


def article(n: int) -> str:
    return (f"Studio Number{n} Films signed a deal with Streamer{n} Plus in Vancouver.\n"
            f"Studio Number{n} Films will produce the series \"Harbor Tale {n}\", directed by Maya Lind{n}son.\n")


@slow
def test_a_build_killed_part_way_leaves_whole_documents_and_running_it_again_completes_it(tmp_path):
    total = 40
    (tmp_path / "many").mkdir()
    for n in range(total):
        (tmp_path / "many" / f"a{n:02}.txt").write_text(article(n), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MEDIAKG_MODEL"}
    proc = subprocess.Popen([sys.executable, "-m", "mediakg.cli.main", "build", "many", "--store", "st"], cwd=tmp_path,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        committed, deadline = 0, time.monotonic() + 180
        while committed < 2 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            committed += line.startswith("added ")
        assert committed == 2, proc.stderr.read()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)

    killed = document_graphs(tmp_path / "st")  # the store opens after a SIGKILL
    assert 2 <= len(killed) < total

    again = ok(run("build", "many", "--store", "st", cwd=tmp_path))
    assert f"documents: {total - len(killed)} added, 0 replaced, {len(killed)} unchanged" in again
    final = document_graphs(tmp_path / "st")
    assert len(final) == total
    # Each document that was in the store when the build died was already whole.
    assert {iri: final[iri] for iri in killed} == killed


def test_a_load_killed_part_way_leaves_all_or_nothing_and_loading_again_completes_it(tmp_path):
    documents, per_document = 200, 250
    with (tmp_path / "big.nq").open("w", encoding="utf-8") as out:
        for d in range(documents):
            graph = f"<{ID}document/{d:016x}>"
            out.write(f"{graph} <{RDFS.label}> \"article {d}\" {graph} .\n")
            for n in range(per_document - 1):
                out.write(f"<{ID}work/w{d}-{n}> <{MEDIA.releaseYear}> \"{1950 + n % 70}\" {graph} .\n")
    env = {k: v for k, v in os.environ.items() if k != "MEDIAKG_MODEL"}
    proc = subprocess.Popen([sys.executable, "-m", "mediakg.cli.main", "load", "big.nq", "--store", "st"], cwd=tmp_path,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not (tmp_path / "st").is_dir() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        time.sleep(0.5)  # the store is open and the file is being read or written
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL  # it was still loading
    assert len(graphs(tmp_path / "st")) in (0, documents)  # the store opens, all or nothing

    ok(run("load", "big.nq", "--store", "st", cwd=tmp_path))
    loaded = graphs(tmp_path / "st")
    assert len(loaded) == documents
    assert all(len(g) == per_document for g in loaded.values())


def quad_count(store_dir: Path) -> tuple[int, int]:
    """(every quad, blank nodes among subjects) of a store folder, read with pyoxigraph itself."""
    import pyoxigraph as ox
    store = ox.Store.read_only(str(store_dir))
    quads = list(store)
    blank = {q.subject for q in quads if isinstance(q.subject, ox.BlankNode)}
    del store
    return len(quads), len(blank)


def test_loading_the_same_file_twice_leaves_the_store_as_one_load(tmp_path):
    from tests.graph.serve.test_serve import sample_graph

    sample_graph(tmp_path / "sample.trig")  # its evidence nodes are blank nodes
    (tmp_path / "other.ttl").write_text('_:b0 <http://www.w3.org/2000/01/rdf-schema#label> "one" .\n'
                                        '[] <http://www.w3.org/2000/01/rdf-schema#label> "two" .\n', encoding="utf-8")
    ok(run("load", "sample.trig", "--store", "st", cwd=tmp_path))
    ok(run("load", "other.ttl", "--store", "st", cwd=tmp_path))
    once = quad_count(tmp_path / "st")
    assert once[1] > 2  # the test means something: there are blank nodes to duplicate
    ok(run("load", "sample.trig", "--store", "st", cwd=tmp_path))
    ok(run("load", "other.ttl", "--store", "st", cwd=tmp_path))
    assert quad_count(tmp_path / "st") == once
    # A different file that also says _:b0 still means a different node.
    (tmp_path / "third.ttl").write_text('_:b0 <http://www.w3.org/2000/01/rdf-schema#label> "one" .\n', encoding="utf-8")
    ok(run("load", "third.ttl", "--store", "st", cwd=tmp_path))
    assert quad_count(tmp_path / "st")[1] == once[1] + 1


def test_the_store_sink_gets_the_graphs_a_file_gets_and_strict_keeps_what_was_committed(tmp_path, made_up_records):
    # The same build loop and records as a file build (tests/test_pipeline.py), into a store:
    # the same document graphs and merge records; --strict stops at the violating document
    # and keeps the documents committed before it.
    from rdflib.compare import isomorphic

    from mediakg.errors import InputError
    from mediakg.graph.rdf.files import read_dataset
    from mediakg.pipeline import FileSink, write_documents
    from mediakg.storebuild import StoreSink

    items = made_up_records[:4]
    write_documents(items, FileSink(tmp_path / "g.nq"))
    store = open_store(tmp_path / "st")
    try:
        summary = write_documents(items, StoreSink(store))
    finally:
        store.close()
    in_file = {g.identifier: g for g in read_dataset(tmp_path / "g.nq").graphs() if len(g)}
    in_store = graphs(tmp_path / "st")
    assert set(in_store) == set(in_file) and len(in_file) == 4  # three documents and the merge records
    for name, graph in in_file.items():
        for g in (graph, in_store[name]):
            g.remove((None, MEDIA.extractedAt, None))
        assert isomorphic(graph, in_store[name]), name
    assert summary.added == ["news/a.txt", "news/b.txt", "news/d.txt"] and len(summary.rejected) == 2

    store = open_store(tmp_path / "strict")
    try:
        with pytest.raises(InputError, match=r"^news/d\.txt: 2 facts violate .*; this and later documents not written$"):
            write_documents(items, StoreSink(store), strict=True)
        assert len(document_index(store)) == 2  # a.txt and b.txt were committed before
    finally:
        store.close()
