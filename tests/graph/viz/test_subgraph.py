"""`mediakg viz --query` and `--focus LABEL --hops N`: the page draws only the part asked for."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Literal, Namespace
from rdflib.namespace import SKOS

from mediakg.graph.rdf.files import write_dataset
from mediakg.ontology import MEDIA

ID = Namespace("https://w3id.org/mediakg/id/")
DOC = ID["document/00000000000000aa"]
# A chain Streamly -> Harbor Studios -> Night Harbor -> Ana Ruiz, and Tokyo on its own.
ENTITIES = {
    "organization/streamly": (MEDIA.StreamingService, "Streamly", ["the streamer"]),
    "organization/harbor-studios": (MEDIA.Studio, "Harbor Studios", ["Harbor"]),
    "work/night-harbor-series": (MEDIA.Series, "Night Harbor", []),
    "person/ana-ruiz": (MEDIA.Person, "Ana Ruiz", []),
    "place/tokyo": (MEDIA.City, "Tokyo", []),
}
RELATIONS = [
    ("organization/streamly", MEDIA.partnersWith, "organization/harbor-studios"),
    ("organization/harbor-studios", MEDIA.produces, "work/night-harbor-series"),
    ("work/night-harbor-series", MEDIA.directedBy, "person/ana-ruiz"),
]
KNOWN_HTML = b"<!doctype html><title>an older page</title>\n"


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    ds = Dataset()
    g = ds.graph(DOC)
    g.add((DOC, RDF.type, MEDIA.Document))
    for key, (cls, label, aliases) in ENTITIES.items():
        g.add((ID[key], RDF.type, cls))
        g.add((ID[key], RDFS.label, Literal(label)))
        for alias in aliases:
            g.add((ID[key], SKOS.altLabel, Literal(alias)))
    for s, p, o in RELATIONS:
        g.add((ID[s], p, ID[o]))
    return write_dataset(ds, tmp_path_factory.mktemp("viz") / "graph.trig")


def viz(graph: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "MEDIAKG_MODEL"}
    return subprocess.run([sys.executable, "-m", "mediakg.cli.main", "viz", graph.name, "-o", str(out), *args],
                          cwd=graph.parent, env=env, capture_output=True, text=True, timeout=120)


def drawn(page: Path) -> tuple[set[str], set[tuple[str, str, str]]]:
    """The labels of the nodes and the (from, predicate, to) labels of the edges a page draws."""
    text = page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="mediakg-data">(.*?)</script>', text, re.S).group(1))
    label = {n["id"]: n["label"] for n in data["nodes"]}
    return set(label.values()), {(label[e["from"]], e["predicate"], label[e["to"]]) for e in data["edges"]}


def test_without_options_the_whole_graph_is_drawn(graph_file: Path, tmp_path: Path) -> None:
    proc = viz(graph_file, tmp_path / "all.html")
    assert proc.returncode == 0, proc.stderr
    nodes, edges = drawn(tmp_path / "all.html")
    assert nodes == {label for _, label, _ in ENTITIES.values()}
    assert len(edges) == 3


def test_construct_query_draws_what_it_returns(graph_file: Path, tmp_path: Path) -> None:
    query = tmp_path / "studio.rq"
    query.write_text("CONSTRUCT { ?s media:produces ?o } WHERE { ?s a media:Studio ; media:produces ?o }\n",
                     encoding="utf-8")
    proc = viz(graph_file, tmp_path / "q.html", "--query", str(query))
    assert proc.returncode == 0, proc.stderr
    assert drawn(tmp_path / "q.html") == ({"Harbor Studios", "Night Harbor"},
                                          {("Harbor Studios", "produces", "Night Harbor")})


def test_select_of_s_p_o_draws_its_rows(graph_file: Path, tmp_path: Path) -> None:
    query = tmp_path / "people.rq"
    query.write_text("SELECT ?s ?p ?o WHERE { ?s ?p ?o . ?o a media:Person }\n", encoding="utf-8")
    proc = viz(graph_file, tmp_path / "q.html", "--query", str(query))
    assert proc.returncode == 0, proc.stderr
    assert drawn(tmp_path / "q.html") == ({"Night Harbor", "Ana Ruiz"},
                                          {("Night Harbor", "directedBy", "Ana Ruiz")})


@pytest.mark.parametrize("hops,expected", [
    (0, {"Harbor Studios"}),
    (1, {"Streamly", "Harbor Studios", "Night Harbor"}),
    (2, {"Streamly", "Harbor Studios", "Night Harbor", "Ana Ruiz"}),
])
def test_focus_draws_the_neighbourhood_by_label_or_alias(graph_file: Path, tmp_path: Path, hops: int, expected) -> None:
    proc = viz(graph_file, tmp_path / "f.html", "--focus", "harbor", "--hops", str(hops))  # an alias, any case
    assert proc.returncode == 0, proc.stderr
    nodes, edges = drawn(tmp_path / "f.html")
    assert nodes == expected
    assert all(s in expected and o in expected for s, _, o in edges)
    assert len(edges) == len(expected) - 1  # a chain


def test_focus_and_query_combine(graph_file: Path, tmp_path: Path) -> None:
    query = tmp_path / "no-partners.rq"
    query.write_text("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?p != media:partnersWith) }\n", encoding="utf-8")
    proc = viz(graph_file, tmp_path / "f.html", "--query", str(query), "--focus", "Night Harbor", "--hops", "5")
    assert proc.returncode == 0, proc.stderr
    assert drawn(tmp_path / "f.html")[0] == {"Harbor Studios", "Night Harbor", "Ana Ruiz"}


@pytest.mark.parametrize("args,message", [
    (["--focus", "Nobody Inc"], "graph.trig: no entity is labelled 'Nobody Inc'"),
    (["--hops", "2"], "--hops: needs --focus LABEL and a number of 0 or more"),
    (["--focus", "Streamly", "--hops", "-1"], "--hops: needs --focus LABEL and a number of 0 or more"),
    (["--query", "ASK { ?s ?p ?o }"], "query: an ASK query returns no triples; use CONSTRUCT or SELECT ?s ?p ?o"),
    (["--query", "SELECT ?s WHERE { ?s ?p ?o }"], "query: a SELECT query must return the variables ?s ?p ?o"),
    (["--query", "missing.rq"], "missing.rq: no such query file"),
])
def test_bad_options_get_a_one_line_error_and_leave_the_page_alone(graph_file: Path, tmp_path: Path, args, message) -> None:
    out = tmp_path / "view.html"
    out.write_bytes(KNOWN_HTML)
    proc = viz(graph_file, out, *args)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"mediakg: error: {message}"]
    assert out.read_bytes() == KNOWN_HTML
