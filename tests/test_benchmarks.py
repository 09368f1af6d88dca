"""benchmarks/sparql.py still runs: a tiny graph through all three stores (the figures are not checked)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
