"""`mediakg serve` as a real process, asked by a real SPARQL client (SPARQLWrapper)."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from xml.etree import ElementTree

import pytest
from rdflib import Graph, Namespace
from SPARQLWrapper import CSV, GET, JSON, JSONLD, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from mediakg.extract.records import Entity, Evidence, Extraction, Fact
from mediakg.graph.rdf.triples import SourceDocument, add_document, new_dataset
from mediakg.graph.rdf.iris import content_hash
from mediakg.graph.rdf.files import write_dataset
from mediakg.ontology import MEDIA

ID = Namespace("https://w3id.org/mediakg/id/")
# Made-up trade news, written for these tests.
TEXT = "Streamly signed a deal with Harbor Studios. Kestrel Pictures hired Maya Lindqvist."
STUDIOS = "SELECT ?label WHERE { ?s a media:Studio ; rdfs:label ?label } ORDER BY ?label"
# Four unconstrained patterns: on ~100 triples that is 10^8 rows to count, far past any limit here.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TIMEOUT_S = 5  # long enough for a small query on a busy machine, short for the test


def cli(*args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mediakg.cli.main", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def sample_graph(path: Path) -> Path:
    def ev(sentence):
        start = TEXT.index(sentence)
        return Evidence(sentence, start, start + len(sentence))
    s1, s2 = "Streamly signed a deal with Harbor Studios.", "Kestrel Pictures hired Maya Lindqvist."
    extraction = Extraction(
        entities=(Entity("e1", "Streamly", "StreamingService", ("Streamly",), ev(s1), "t.g", 0.9),
                  Entity("e2", "Harbor Studios", "Studio", ("Harbor Studios",), ev(s1), "t.n", 0.7),
                  Entity("e3", "Kestrel Pictures", "Studio", ("Kestrel Pictures",), ev(s2), "t.n", 0.7),
                  Entity("e4", "Maya Lindqvist", "Person", ("Maya Lindqvist",), ev(s2), "t.n", 0.8)),
        facts=(Fact("e1", "partnersWith", "e2", ev(s1), "corporate.deal", 0.85),
               Fact("e4", "employedBy", "e3", ev(s2), "corporate.hire", 0.7)))
    dataset = new_dataset()
    add_document(dataset, extraction, SourceDocument("deal.txt", "news/deal.txt", content_hash(TEXT)), base=str(ID))
    return write_dataset(dataset, path)


def read_line(proc: subprocess.Popen, timeout: float) -> str:
    """The server's first line (its address), waiting at most `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited: {proc.stderr.read()}")
        line = proc.stdout.readline()
        if line:
            return line
        time.sleep(0.05)
    raise AssertionError("the server printed no address in time")


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory, stop_process):
    root = tmp_path_factory.mktemp("serve")
    sample_graph(root / "sample.trig")
    loaded = cli("load", "sample.trig", "--store", "st", cwd=root)
    assert loaded.returncode == 0, loaded.stderr
    proc = subprocess.Popen([sys.executable, "-m", "mediakg.cli.main", "serve", "--store", "st", "--port", "0",
                             "--timeout", str(TIMEOUT_S), "--max-result-bytes", "20000", "--quiet"],
                            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = read_line(proc, timeout=60)
        url = line.split("SPARQL at ", 1)[1].split(",", 1)[0]
        yield url
    finally:
        stop_process(proc)


def client(url: str, query: str, fmt: str, method: str = GET) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    sparql.setTimeout(30)
    return sparql


def test_it_listens_on_loopback_by_default(endpoint):
    assert endpoint.startswith("http://127.0.0.1:")


@pytest.mark.parametrize("method", [GET, POST])
def test_select_as_json_by_get_and_post(endpoint, method):
    data = client(endpoint, STUDIOS, JSON, method).queryAndConvert()
    assert [b["label"]["value"] for b in data["results"]["bindings"]] == ["Harbor Studios", "Kestrel Pictures"]


def test_select_as_xml(endpoint):
    document = client(endpoint, STUDIOS, XML).queryAndConvert()
    ns = "{http://www.w3.org/2005/sparql-results#}"
    tree = ElementTree.fromstring(document.toxml())
    assert [e.text for e in tree.iter(f"{ns}literal")] == ["Harbor Studios", "Kestrel Pictures"]


@pytest.mark.parametrize("fmt, delimiter, header", [(CSV, ",", "label"), (TSV, "\t", "?label")])
def test_select_as_csv_and_tsv(endpoint, fmt, delimiter, header):
    text = client(endpoint, STUDIOS, fmt).queryAndConvert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert rows[0] == [header]
    assert [r[0].strip('"') for r in rows[1:] if r] == ["Harbor Studios", "Kestrel Pictures"]


def test_ask(endpoint):
    assert client(endpoint, "ASK { ?p media:employedBy ?o }", JSON).queryAndConvert()["boolean"] is True


@pytest.mark.parametrize("fmt, rdf_format", [(TURTLE, "turtle"), (JSONLD, "json-ld")])
def test_construct_as_turtle_and_json_ld(endpoint, fmt, rdf_format):
    response = client(endpoint, "CONSTRUCT WHERE { ?p media:employedBy ?o }", fmt).query().response
    graph = Graph().parse(data=response.read().decode("utf-8"), format=rdf_format)
    assert set(graph) == {(ID["person/maya-lindqvist"], MEDIA.employedBy, ID["organization/kestrel-pictures"])}


def test_a_malformed_query_is_a_400_with_the_parsers_message(endpoint):
    with pytest.raises(QueryBadFormed, match="malformed query: error at 1:"):
        client(endpoint, "SELECT ?x WHERE { ?x ", JSON).query()


def post(url: str, body: bytes, content_type: str) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def count_triples(url: str) -> int:
    data = client(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", JSON).queryAndConvert()
    return int(data["results"]["bindings"][0]["n"]["value"])


def test_updates_are_refused_and_change_nothing(endpoint):
    before = count_triples(endpoint)
    sparql = client(endpoint, "CLEAR ALL", JSON, POST)
    with pytest.raises(urllib.error.HTTPError) as refused:
        sparql.query()
    assert refused.value.code == 403
    assert post(endpoint, b"DROP ALL", "application/sparql-update")[0] == 403
    assert post(endpoint, b"update=DROP+ALL", "application/x-www-form-urlencoded")[0] == 403
    assert count_triples(endpoint) == before > 0


def test_a_query_past_the_time_limit_gets_503_and_the_server_keeps_answering(endpoint):
    started = time.monotonic()
    status, message = post(endpoint, ENDLESS.encode("utf-8"), "application/sparql-query")
    assert status == 503, message
    assert "time limit" in message
    assert time.monotonic() - started < TIMEOUT_S + 10
    assert count_triples(endpoint) > 0


def test_an_answer_past_the_size_limit_gets_413(endpoint):
    status, message = post(endpoint, b"SELECT * WHERE { ?s ?p ?o }", "application/sparql-query")
    assert status == 413, message
    assert "LIMIT" in message
    small = client(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 3", JSON).queryAndConvert()
    assert len(small["results"]["bindings"]) == 3


def test_the_browser_page_of_the_store_is_served_offline(endpoint):
    base = endpoint.rsplit("/", 1)[0]
    with urllib.request.urlopen(base + "/graph", timeout=60) as response:
        assert response.headers.get_content_type() == "text/html"
        page = response.read().decode("utf-8")
    assert "Kestrel Pictures" in page and "Maya Lindqvist" in page
    assert "Content-Security-Policy" in page
    assert "src=\"http" not in page and "href=\"http" not in page


def test_no_query_outlives_a_stopped_server(tmp_path):
    sample_graph(tmp_path / "sample.trig")
    assert cli("load", "sample.trig", "--store", "st", cwd=tmp_path).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "mediakg.cli.main", "serve", "--store", "st", "--port", "0",
                             "--timeout", "600", "--quiet"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = read_line(proc, timeout=60).split("SPARQL at ", 1)[1].split(",", 1)[0]
        request = urllib.request.Request(url, data=ENDLESS.encode("utf-8"), method="POST",
                                         headers={"Content-Type": "application/sparql-query"})
        with pytest.raises((TimeoutError, urllib.error.URLError)):
            urllib.request.urlopen(request, timeout=2)  # the query is now running in a child
        children = child_pids(proc.pid)
        assert children, "the query runs in a child process"
    finally:
        proc.kill()
        proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() and "Z" not in state(pid) for pid in children):
        assert time.monotonic() < deadline, "a query child outlived the server"
        time.sleep(0.1)


def child_pids(pid: int) -> list[int]:
    """Children of any thread of the process (the server forks from its request threads)."""
    return [int(p) for task in Path(f"/proc/{pid}/task").iterdir()
            for p in (task / "children").read_text().split()]


def state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return "Z"


def test_documents_added_while_serving_are_answered_at_once(tmp_path):
    sample_graph(tmp_path / "sample.trig")
    assert cli("load", "sample.trig", "--store", "st", cwd=tmp_path).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "mediakg.cli.main", "serve", "--store", "st", "--port", "0", "--quiet"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = read_line(proc, timeout=60).split("SPARQL at ", 1)[1].split(",", 1)[0]
        before = count_triples(url)
        (tmp_path / "more.nt").write_text(f'<{ID}work/tide> <{MEDIA.releaseYear}> "2027" .\n', encoding="utf-8")
        loaded = cli("load", "more.nt", "--store", "st", cwd=tmp_path)  # the server does not lock the store
        assert loaded.returncode == 0, loaded.stderr
        assert count_triples(url) == before + 1
    finally:
        proc.kill()
        proc.wait(timeout=10)
