"""graph/store/sparql_http.py: a real `oxigraph serve` (the `oxigraph` package) on a loopback port as the store,
written and read through the SPARQL 1.1 Protocol and Update."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from rdflib import Namespace
from rdflib.compare import to_isomorphic

from mediakg.graph.errors import StoreError
from mediakg.extract.records import Entity, Evidence, Extraction, Fact
from mediakg.graph.rdf.triples import SourceDocument, add_document, new_dataset
from mediakg.graph.rdf.iris import content_hash
from mediakg.graph.store.sparql_http import RemoteStore, update_url
from mediakg.graph.store.protocol import StoreQueryError, document_index, drop_graphs, query_result

ID = Namespace("https://w3id.org/mediakg/id/")
OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
# Made-up trade news, written for these tests.
DEAL = "Streamly has signed a multi-year agreement with Harbor Studios.\n"
HIRE = "Harbor Studios hired Maya Lindqvist to run its new drama unit in Vancouver.\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_answering(url: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"oxigraph exited: {proc.stderr.read()}")
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise AssertionError("oxigraph did not answer in time")


@pytest.fixture()
def server(tmp_path, stop_process):
    """A fresh Oxigraph server persisting to a temporary folder; always stopped afterwards."""
    assert OXIGRAPH, "the oxigraph package (test extra) gives the `oxigraph` command"
    for attempt in range(3):  # another process may take the free port before oxigraph binds it
        port = free_port()
        proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "oxdata"),
                                 "--bind", f"127.0.0.1:{port}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        url = f"http://127.0.0.1:{port}/query"
        try:
            wait_until_answering(url, proc)
            break
        except AssertionError:
            proc.kill()
            proc.wait(timeout=10)
            if attempt == 2:
                raise
    try:
        yield url
    finally:
        stop_process(proc)


def document(text: str, path: str):
    ev = Evidence(text.strip(), 0, len(text.strip()))
    extraction = Extraction(
        entities=(Entity("e1", "Streamly", "StreamingService", ("Streamly",), ev, "t.g", 0.9),
                  Entity("e2", "Harbor Studios", "Studio", ("Harbor Studios",), ev, "t.n", 0.7)),
        facts=(Fact("e1", "partnersWith", "e2", ev, "corporate.deal", 0.85),))
    dataset = new_dataset()
    add_document(dataset, extraction, SourceDocument(Path(path).name, path, content_hash(text)), base=str(ID))
    return dataset


def test_the_update_endpoint_is_the_query_endpoints_sibling():
    assert update_url("http://127.0.0.1:7878/query") == "http://127.0.0.1:7878/update"
    assert update_url("http://127.0.0.1:3030/ds/sparql") == "http://127.0.0.1:3030/ds/sparql"


def test_documents_written_to_a_server_read_back_whole_and_drop_cleanly(server):
    store = RemoteStore(server)
    a, b = document(DEAL, "news/a.txt"), document(DEAL + "More.\n", "news/b.txt")
    store.add_dataset(a)
    store.add_dataset(b)
    assert sorted(path for _, path in document_index(store).values()) == ["news/a.txt", "news/b.txt"]
    partners = "SELECT ?o WHERE { ?s media:partnersWith ?o }"
    assert len(list(query_result(store, partners))) == 1  # stated twice, answered once
    back = {g.identifier: to_isomorphic(g) for g in store.dataset().graphs() if len(g)}
    assert back == {g.identifier: to_isomorphic(g) for g in (*a.graphs(), *b.graphs()) if len(g)}

    drop_graphs(store, [iri for iri, (_, path) in document_index(store).items() if path == "news/a.txt"])
    assert len(list(query_result(store, partners))) == 1
    drop_graphs(store, list(document_index(store)))
    assert list(query_result(store, "SELECT * WHERE { ?s ?p ?o }")) == []


def test_a_malformed_query_carries_the_servers_message(server):
    with pytest.raises(StoreQueryError):
        query_result(RemoteStore(server), "SELECT ?x WHERE { ?x ")


def test_an_unreachable_server_is_a_one_line_input_error():
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(StoreError, match="cannot be reached"):
        document_index(RemoteStore(url, timeout=5))


def cli(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "MEDIAKG_MODEL"}
    proc = subprocess.run([sys.executable, "-m", "mediakg.cli.main", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.mark.slow
def test_build_query_rebuild_and_remove_against_a_running_server(server, tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "deal.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "news" / "hire.txt").write_text(HIRE, encoding="utf-8")
    assert "documents: 2 added" in cli("build", "news", "--store", server, cwd=tmp_path)
    people = "SELECT ?l WHERE { ?p a media:Person ; rdfs:label ?l }"
    assert cli("query", "--store", server, people, "--format", "csv", cwd=tmp_path) == "l\nMaya Lindqvist\n"
    assert "0 added, 0 replaced, 2 unchanged" in cli("build", "news", "--store", server, cwd=tmp_path)

    cli("remove", "news/hire.txt", "--store", server, cwd=tmp_path)
    assert cli("query", "--store", server, people, "--format", "csv", cwd=tmp_path) == "l\n"
    partners = cli("query", "--store", server, "SELECT ?o WHERE { ?s media:partnersWith ?o }", "--format", "csv", cwd=tmp_path)
    assert partners.splitlines()[1:] == [str(ID["organization/harbor-studios"])]

    # What the server holds can be written out and loaded into another store unchanged.
    cli("build", "news", "--store", server, "-o", "copy.trig", cwd=tmp_path)
    cli("load", "copy.trig", "--store", "local", cwd=tmp_path)
    assert cli("query", "--store", "local", people, "--format", "csv", cwd=tmp_path) == "l\nMaya Lindqvist\n"


def test_loading_the_same_file_twice_into_a_server_leaves_it_as_one_load(server, tmp_path):
    from mediakg.graph.rdf.files import write_dataset

    write_dataset(document(DEAL, "news/a.txt"), tmp_path / "a.trig")  # its evidence nodes are blank
    (tmp_path / "b.ttl").write_text('_:x <https://e/p> "two" .\n', encoding="utf-8")
    store = RemoteStore(server)
    count = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    for name in ("a.trig", "b.ttl"):
        store.load_file(tmp_path / name, "trig" if name.endswith("trig") else "turtle")
    once = int(list(query_result(store, count))[0][0])
    for name in ("a.trig", "b.ttl"):
        store.load_file(tmp_path / name, "trig" if name.endswith("trig") else "turtle")
    assert int(list(query_result(store, count))[0][0]) == once
    derived = "SELECT (COUNT(*) AS ?n) WHERE { ?a prov:wasDerivedFrom ?t }"
    assert int(list(query_result(store, derived))[0][0]) == 3  # two entities and one fact, once each
