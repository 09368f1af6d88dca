"""The benchmarks still run: a tiny graph through all three stores, and the graph stage's measures (the figures are not checked)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_sparql_benchmark_prints_the_three_way_comparison_for_every_query():
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "sparql.py"), "--triples", "3000",
                           "--rdflib-cap", "30", "--repeats", "1"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert any(line.startswith("load ") and "mediakg/pyoxigraph" in line for line in lines)
    rows = {line.split()[0]: line.split()[1:] for line in lines if line.split() and line.split()[0] in
            {p.stem for p in (ROOT / "queries").glob("*.rq")}}
    assert set(rows) == {p.stem for p in (ROOT / "queries").glob("*.rq")}
    assert all(len(cells) == 5 and cells[3].endswith("x") and cells[4].endswith("x") for cells in rows.values())
    assert any(line.startswith("all queries") for line in lines)


@pytest.mark.slow
def test_the_graph_stage_benchmark_prints_the_build_memory_and_ratio_rows(tmp_path):
    # Two made-up articles in a folder stand in for --corpus; tiny counts keep it short (the
    # figures are not checked, only that the measures run and are reported).
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("source: made up\n\nStreamly has signed a deal with Harbor Studios.\n", "utf-8")
    (corpus / "b.txt").write_text("Harbor Studios hired Maya Lind to run its drama unit in Vancouver.\n", "utf-8")
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract.py"), "--only", "build",
                           "--build-memory-docs", "4,8", "--corpus", str(corpus), "--corpus-docs", "4", "--repeat", "1"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    rows = {line.split("|")[1].strip(): line.split("|")[3].strip() for line in proc.stdout.splitlines()
            if line.startswith("| ") and "---" not in line}
    assert rows["peak RSS, build to .nq of 8 two-sentence docs"].endswith("x 4 docs (goal <= 1.10)")
    assert rows["real-length: mediakg build to .nq, 1 process"].endswith("x the time of extraction (goal <= 1.2)")
