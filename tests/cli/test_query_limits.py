"""`mediakg query` on a file and on a store is bounded: no SERVICE unless allowed, a time limit,
a row limit and a memory cap, each met with a one-line error (real processes, measured memory)."""
from __future__ import annotations

import subprocess
import sys
import threading
import time

import psutil
import pytest

from tests.graph.serve.test_serve import ENDLESS, cli, sample_graph
from tests.graph.serve.test_serve_limits import SORTED_CROSS_PRODUCT, Listener, tree_rss

LABELS = "SELECT ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label"


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    root = tmp_path_factory.mktemp("query")
    sample_graph(root / "sample.trig")
    assert cli("load", "sample.trig", "--store", "st", cwd=root).returncode == 0
    return root


@pytest.fixture(scope="module")
def listener():
    target = Listener()
    yield target
    target.server.shutdown()


WHERE = [("sample.trig",), ("--store", "st")]


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mediakg: error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("where", WHERE)
def test_service_is_refused_unless_allowed(graphs, listener, where):
    refused = cli("query", *where, f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}", cwd=graphs)
    assert "SERVICE" in one_line_error(refused) and "--allow-service" in refused.stderr
    assert listener.hits == []


def test_an_allowed_service_is_reached(graphs, listener):
    before = len(listener.hits)
    allowed = cli("query", "sample.trig", f"SELECT ?x WHERE {{ SERVICE <{listener.url}> {{ ?x ?p ?o }} }}",
                  "--allow-service", listener.url, cwd=graphs)
    assert allowed.returncode == 0, allowed.stderr
    assert "inside" in allowed.stdout and len(listener.hits) == before + 1


@pytest.mark.parametrize("where", WHERE)
def test_a_query_past_the_time_limit_stops_with_an_error(graphs, where):
    started = time.monotonic()
    result = cli("query", *where, ENDLESS, "--timeout", "2", cwd=graphs)
    assert "time limit of 2 s" in one_line_error(result)
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("where", WHERE)
def test_more_rows_than_max_results_is_an_error(graphs, where):
    assert "more than 2 rows" in one_line_error(cli("query", *where, LABELS, "--max-results", "2", cwd=graphs))
    whole = cli("query", *where, LABELS, "--format", "csv", cwd=graphs)
    assert whole.returncode == 0 and "Harbor Studios" in whole.stdout


@pytest.mark.parametrize("where", WHERE)
def test_a_sorted_cross_product_ends_at_the_memory_cap(graphs, where):
    proc = subprocess.Popen([sys.executable, "-m", "mediakg.cli.main", "query", *where, SORTED_CROSS_PRODUCT,
                             "--max-memory", "0.4", "--timeout", "120"], cwd=graphs, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    started = time.monotonic()
    while proc.poll() is None and time.monotonic() - started < 150:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.05)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 2, stderr
    assert "memory" in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert time.monotonic() - started < 120  # ended by the memory cap, not the time limit
    assert peak < 1.2e9, f"peak {peak / 1e9:.2f} GB"  # the audit saw 4.9 GB and rising
