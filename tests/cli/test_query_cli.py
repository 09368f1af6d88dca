"""`mediakg query` as a user meets it: bundled queries by name, --param, prefixed names in tables,
CONSTRUCT/DESCRIBE as RDF, --version; on a small graph written here (no spaCy model needed)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF, RDFS

from mediakg.ontology import MEDIA
from tests.graph.serve.test_serve import sample_graph

ROOT = Path(__file__).resolve().parents[2]
ID = Namespace("https://w3id.org/mediakg/id/")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mediakg.cli.main", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    """A graph file in a folder with no queries/ of its own: bundled queries come from the package."""
    root = tmp_path_factory.mktemp("query")

    return sample_graph(root / "g.trig")


def test_version(tmp_path):
    proc = run("--version", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith("mediakg ") and proc.stdout.split()[1][0].isdigit()


def test_a_bundled_query_by_name_from_any_folder(graph):
    proc = run("query", graph, "partners", "--format", "csv", cwd=graph.parent)
    assert proc.returncode == 0, proc.stderr
    assert "Streamly" in proc.stdout and "Harbor Studios" in proc.stdout


def test_param_fills_entity_facts(graph):
    harbor = run("query", graph, "entity-facts", "--param", "name=Harbor Studios", "--format", "json", cwd=graph.parent)
    assert harbor.returncode == 0, harbor.stderr
    rows = json.loads(harbor.stdout)
    assert {r["entity"] for r in rows} == {str(ID["organization/harbor-studios"])}
    assert ("in", "partnersWith", "Streamly") in {(r["direction"], r["predicate"], r["other"]) for r in rows}
    maya = json.loads(run("query", graph, "entity-facts", "--param", "name=Maya Lindqvist", "--format", "json",
                          cwd=graph.parent).stdout)
    assert ("out", "employedBy", "Kestrel Pictures") in {(r["direction"], r["predicate"], r["other"]) for r in maya}


def test_param_binds_a_variable_without_values_block(graph):
    query = "SELECT ?label WHERE { ?s a ?class ; rdfs:label ?label }"
    proc = run("query", graph, query, "--param", "class=media:Person", "--format", "csv", cwd=graph.parent)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "label\nMaya Lindqvist\n"


@pytest.mark.parametrize("args, problem", [
    (["--param", "nobody"], "--param: 'nobody' is not name=value"),
    (["--param", "film=x"], "queries/entity-facts.rq: has no variable ?film"),
])
def test_bad_params_are_one_line(graph, args, problem):
    proc = run("query", graph, "entity-facts", *args, cwd=graph.parent)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"mediakg: error: {problem}" + proc.stderr.split(problem, 1)[1].rstrip("\n")]


def test_a_280_character_one_line_query_runs(graph):
    query = "SELECT ?name WHERE { ?s a media:Person ; rdfs:label ?name . FILTER(?name != \"" + "x" * 199 + "\") }"
    assert len(query) == 280
    proc = run("query", graph, query, "--format", "csv", cwd=graph.parent)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "name\nMaya Lindqvist\n"


@pytest.mark.parametrize("query, problem", [
    ("nowhere.rq", "nowhere.rq: no such query file"),
    ("nowhere", "nowhere: is neither a query file, a bundled query ("),
])
def test_a_missing_query_file_is_one_line(graph, query, problem):
    proc = run("query", graph, query, cwd=graph.parent)
    assert proc.returncode == 2
    assert len(proc.stderr.splitlines()) == 1 and proc.stderr.startswith(f"mediakg: error: {problem}")


def test_table_prints_prefixed_names(graph):
    proc = run("query", graph, "SELECT ?s ?class WHERE { ?s a ?class ; rdfs:label 'Streamly' }", cwd=graph.parent)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[2].split() == ["id:organization/streamly", "media:StreamingService"]
    assert "https://" not in proc.stdout


CONSTRUCT = "CONSTRUCT { ?a media:partnersWith ?b } WHERE { ?a media:partnersWith ?b }"


@pytest.mark.parametrize("fmt, rdf_format", [(None, "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_construct_prints_rdf(graph, fmt, rdf_format):
    proc = run("query", graph, CONSTRUCT, *(["--format", fmt] if fmt else []), cwd=graph.parent)
    assert proc.returncode == 0, proc.stderr
    parsed = Graph().parse(data=proc.stdout, format=rdf_format)
    assert set(parsed) == {(ID["organization/streamly"], MEDIA.partnersWith, ID["organization/harbor-studios"])}
    if fmt is None:
        assert "@prefix media:" in proc.stdout


def test_describe_prints_turtle(graph):
    proc = run("query", graph, f"DESCRIBE <{ID['person/maya-lindqvist']}>", cwd=graph.parent)
    assert proc.returncode == 0, proc.stderr
    parsed = Graph().parse(data=proc.stdout, format="turtle")
    assert (ID["person/maya-lindqvist"], RDFS.label, Literal("Maya Lindqvist")) in parsed
    assert (ID["person/maya-lindqvist"], RDF.type, MEDIA.Person) in parsed


def test_an_rdf_format_for_a_select_is_one_line(graph):
    proc = run("query", graph, "people", "--format", "nt", cwd=graph.parent)
    assert proc.returncode == 2
    assert proc.stderr == "mediakg: error: --format: nt is for CONSTRUCT and DESCRIBE; a SELECT prints as table, csv or json\n"


def test_the_package_build_ships_the_queries_and_the_query_page(tmp_path):
    """What an installed package holds: setuptools' build_py copies the packages and their data."""
    proc = subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py",
                           "--build-lib", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    shipped = {p.name for p in (tmp_path / "mediakg" / "queries").glob("*.rq")}
    assert shipped and shipped == {p.name for p in (ROOT / "queries").glob("*.rq")}
    # The query page's YASGUI is vendored: an installed package serves it without npm or network.
    static = tmp_path / "mediakg" / "graph" / "serve" / "static"
    assert {"yasgui/yasgui.min.js", "yasgui/yasgui.min.css", "query.js", "query.css"} <= {
        p.relative_to(static).as_posix() for p in static.rglob("*") if p.is_file()}
