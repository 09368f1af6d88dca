"""The SPARQL 1.1 Protocol points a client meets, against a real `mediakg serve` process asked with
SPARQLWrapper and plain HTTP: the dataset parameters, CONSTRUCT by Accept (an rdflib Graph back),
406, CORS; and the pages: the index, the query page's assets, and a graph view that follows the store."""
from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from pathlib import Path

import pytest
from rdflib import Graph, Namespace
from SPARQLWrapper import JSON, JSONLD, N3, POST, RDFXML, TURTLE, XML, SPARQLWrapper

from mediakg.graph.rdf.iris import content_hash
from mediakg.ontology import MEDIA
from tests.graph.serve.test_serve import TEXT, cli, sample_graph  # DOC is the sample graph's document

ID = Namespace("https://w3id.org/mediakg/id/")
# Made-up trade news, written for these tests.
DOC = ID[f"document/{content_hash(TEXT)[:16]}"]
STUDIOS = "SELECT ?label WHERE { ?s a media:Studio ; rdfs:label ?label } ORDER BY ?label"
PARTNERS = "CONSTRUCT { ?a media:partnersWith ?b } WHERE { ?a media:partnersWith ?b }"
PAIR = (ID["organization/streamly"], MEDIA.partnersWith, ID["organization/harbor-studios"])


def start_server(root: Path, *args: str) -> tuple[subprocess.Popen, str]:
    """`mediakg serve` on a free port: the process and the base URL (http://host:port)."""
    proc = subprocess.Popen([sys.executable, "-m", "mediakg.cli.main", "serve", "--store", "st", "--port", "0",
                             "--quiet", *args], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line:
            return proc, line.split("SPARQL at ", 1)[1].split(",", 1)[0].rsplit("/", 1)[0]
        if proc.poll() is not None:
            raise AssertionError(f"the server exited: {proc.stderr.read()}")
    proc.kill()
    raise AssertionError("the server printed no address in time")


@pytest.fixture(scope="module")
def base(tmp_path_factory, stop_process):
    root = tmp_path_factory.mktemp("protocol")
    sample_graph(root / "sample.trig")
    loaded = cli("load", "sample.trig", "--store", "st", cwd=root)
    assert loaded.returncode == 0, loaded.stderr
    proc, url = start_server(root)
    try:
        yield url
    finally:
        stop_process(proc)


def client(base: str, query: str, fmt: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(base + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setTimeout(30)
    return sparql


def labels(answer: dict) -> list[str]:
    return [b["label"]["value"] for b in answer["results"]["bindings"]]


def request(url: str, *, method: str = "GET", headers: dict[str, str] | None = None, data: bytes | None = None):
    """(status, headers, body) of one HTTP request, error statuses included."""
    req = urllib.request.Request(url, method=method, headers=headers or {}, data=data)
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


# --------------------------------------------------------------------------------------
# The RDF dataset of a request
# --------------------------------------------------------------------------------------

def test_default_graph_uri_picks_the_graphs_queried(base):
    everything = client(base, STUDIOS, JSON)
    assert labels(everything.queryAndConvert()) == ["Harbor Studios", "Kestrel Pictures"]
    in_document = client(base, STUDIOS, JSON)
    in_document.addDefaultGraph(str(DOC))
    assert labels(in_document.queryAndConvert()) == ["Harbor Studios", "Kestrel Pictures"]
    unknown = client(base, STUDIOS, JSON)
    unknown.addDefaultGraph("https://example.org/no-such-graph")
    assert labels(unknown.queryAndConvert()) == []  # as Oxigraph, Fuseki and GraphDB answer


def test_named_graph_uri_limits_the_named_graphs(base):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    named = client(base, query, JSON)
    named.addNamedGraph(str(DOC))
    assert [b["g"]["value"] for b in named.queryAndConvert()["results"]["bindings"]] == [str(DOC)]
    unknown = client(base, query, JSON)
    unknown.addNamedGraph("https://example.org/no-such-graph")
    assert unknown.queryAndConvert()["results"]["bindings"] == []


def test_the_protocol_dataset_replaces_the_querys_own(base):
    query = STUDIOS.replace("WHERE", "FROM <https://example.org/no-such-graph> WHERE")
    assert labels(client(base, query, JSON).queryAndConvert()) == []
    override = client(base, query, JSON)
    override.addDefaultGraph(str(DOC))
    assert labels(override.queryAndConvert()) == ["Harbor Studios", "Kestrel Pictures"]


# --------------------------------------------------------------------------------------
# CONSTRUCT and DESCRIBE by Accept; 406
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", [XML, RDFXML, JSONLD])
def test_construct_comes_back_as_an_rdflib_graph(base, fmt):
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # SPARQLWrapper: the answer is not what it asked for
        graph = client(base, PARTNERS, fmt).queryAndConvert()
    assert isinstance(graph, Graph)
    assert set(graph) == {PAIR}


@pytest.mark.parametrize("fmt", [TURTLE, N3])
def test_construct_as_turtle_text(base, fmt):
    """SPARQLWrapper hands Turtle back as text rather than a graph."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        text = client(base, PARTNERS, fmt).queryAndConvert()
    assert set(Graph().parse(data=text, format="turtle")) == {PAIR}


@pytest.mark.parametrize("accept, rdf_format", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                                ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld")])
def test_describe_in_each_rdf_format(base, accept, rdf_format):
    query = urllib.parse.quote(f"DESCRIBE <{ID['organization/streamly']}>")
    status, headers, body = request(f"{base}/sparql?query={query}", headers={"Accept": accept})
    assert status == 200 and headers.get_content_type() == accept
    assert PAIR in Graph().parse(data=body, format=rdf_format)


@pytest.mark.parametrize("query, accept", [(STUDIOS, "image/png"), (STUDIOS, "text/turtle"),
                                           (PARTNERS, "text/csv"), ("ASK { ?s ?p ?o }", "application/rdf+xml")])
def test_an_accept_the_endpoint_cannot_serve_is_406(base, query, accept):
    status, headers, body = request(f"{base}/sparql?query={urllib.parse.quote(query)}", headers={"Accept": accept})
    assert status == 406
    assert "this endpoint serves" in body.decode()


def test_a_wildcard_or_no_accept_gets_the_default(base):
    for headers in ({"Accept": "*/*"}, {}):
        status, got, _ = request(f"{base}/sparql?query={urllib.parse.quote(STUDIOS)}", headers=headers)
        assert status == 200 and got.get_content_type() == "application/sparql-results+json"


# --------------------------------------------------------------------------------------
# CORS: a query editor served from elsewhere can use the endpoint
# --------------------------------------------------------------------------------------

def test_cors_preflight_and_answers(base):
    status, headers, _ = request(f"{base}/sparql", method="OPTIONS", headers={
        "Origin": "https://editor.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status in (200, 204)
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert {"GET", "POST"} <= {m.strip() for m in headers["Access-Control-Allow-Methods"].split(",")}
    assert "content-type" in headers["Access-Control-Allow-Headers"].lower()
    get = request(f"{base}/sparql?query={urllib.parse.quote(STUDIOS)}", headers={"Origin": "https://editor.example"})
    post = request(f"{base}/sparql", method="POST", data=STUDIOS.encode(),
                   headers={"Origin": "https://editor.example", "Content-Type": "application/sparql-query"})
    for status, headers, _ in (get, post):
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"


def test_post_through_sparqlwrapper(base):
    sparql = client(base, STUDIOS, JSON)
    sparql.setMethod(POST)
    assert labels(sparql.queryAndConvert()) == ["Harbor Studios", "Kestrel Pictures"]


# --------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------

def test_the_index_links_the_query_page_and_the_graph_view(base):
    status, headers, body = request(base + "/")
    page = body.decode()
    assert status == 200 and headers.get_content_type() == "text/html"
    assert 'href="/query"' in page and 'href="/graph"' in page


def test_a_browser_opening_the_endpoint_gets_the_query_page(base):
    status, headers, body = request(base + "/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert status == 200 and headers.get_content_type() == "text/html"
    assert "yasgui.min.js" in body.decode()


def test_the_query_page_assets_are_served_from_the_package(base):
    status, headers, body = request(base + "/query")
    page = body.decode()
    assert status == 200
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "connect-src 'self'" in headers["Content-Security-Policy"]
    for src in ("/assets/yasgui/yasgui.min.js", "/assets/yasgui/yasgui.min.css", "/assets/query.js"):
        assert src in page
        status, _, asset = request(base + src)
        assert status == 200 and len(asset) > 100
    assert "https://" not in page.split("mediakg-config")[0]  # nothing loaded from elsewhere
    assert request(base + "/assets/../graph/serve/limits.py")[0] == 404


def test_the_graph_view_follows_the_store(tmp_path, stop_process):
    sample_graph(tmp_path / "sample.trig")
    assert cli("load", "sample.trig", "--store", "st", cwd=tmp_path).returncode == 0
    proc, url = start_server(tmp_path)
    try:
        first = request(url + "/graph")[2].decode()
        assert "Kestrel Pictures" in first and "Paper Lanterns" not in first
        (tmp_path / "more.ttl").write_text(
            f'<{ID}work/paper-lanterns> a <{MEDIA.Film}> ; <http://www.w3.org/2000/01/rdf-schema#label> "Paper Lanterns" .\n'
            f'<{ID}organization/kestrel-pictures> <{MEDIA.produces}> <{ID}work/paper-lanterns> .\n', encoding="utf-8")
        loaded = cli("load", "more.ttl", "--store", "st", cwd=tmp_path)  # while the server runs
        assert loaded.returncode == 0, loaded.stderr
        assert "Paper Lanterns" in request(url + "/graph")[2].decode()
        assert request(url + "/graph")[2].decode().count("Paper Lanterns") >= 1
    finally:
        stop_process(proc)


def test_the_graph_view_of_a_query_result(base):
    status, _, body = request(f"{base}/graph?query={urllib.parse.quote(PARTNERS)}")
    page = body.decode()
    assert status == 200
    assert "Streamly" in page and "Harbor Studios" in page
    assert "Kestrel Pictures" not in page and "Maya Lindqvist" not in page
    select = "SELECT ?s ?p ?o WHERE { ?s media:employedBy ?o BIND(media:employedBy AS ?p) }"
    page = request(f"{base}/graph?query={urllib.parse.quote(select)}")[2].decode()
    assert "Maya Lindqvist" in page and "Kestrel Pictures" in page and "Streamly" not in page
    status, _, body = request(f"{base}/graph?query={urllib.parse.quote('ASK { ?s ?p ?o }')}")
    assert status == 400 and "ASK" in body.decode()
