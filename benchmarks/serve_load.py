"""Latency of `mediakg serve` under many concurrent clients (issue 15).

    python benchmarks/serve_load.py [--clients 50] [--rounds 5]

Builds the seed articles (seeds/) into a fresh store, starts `mediakg serve` as its own process
with its default limits, and has `--clients` threads each send `--rounds` simple SELECTs at once.
Prints p50/p95/max latency and the count of non-200 answers, next to one client alone.
The goal: p95 under 0.5 s for 50 concurrent clients.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = "SELECT ?s ?label WHERE { ?s rdfs:label ?label } LIMIT 10"


def ask(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": QUERY}), timeout=60) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except OSError:
        status = 0
    return time.perf_counter() - started, status


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "st"
        subprocess.run([sys.executable, "-m", "mediakg.cli.main", "build", str(ROOT / "seeds"), "--store", str(store),
                        "--quiet"], check=True)
        server = subprocess.Popen([sys.executable, "-m", "mediakg.cli.main", "serve", "--store", str(store),
                                   "--port", "0", "--quiet"], stdout=subprocess.PIPE, text=True)
        try:
            url = server.stdout.readline().split("SPARQL at ")[1].split(",")[0]
            alone = [ask(url)[0] for _ in range(20)]
            print(f"1 client: p50 {statistics.median(alone) * 1000:.0f} ms, p95 {percentile(alone, 0.95) * 1000:.0f} ms")
            results: list[tuple[float, int]] = []
            with ThreadPoolExecutor(args.clients) as pool:
                for _ in range(args.rounds):
                    results += pool.map(lambda _: ask(url), range(args.clients))
            times = [t for t, _ in results]
            failed = sum(1 for _, status in results if status != 200)
            print(f"{args.clients} concurrent clients x {args.rounds} rounds: p50 {statistics.median(times) * 1000:.0f} ms, "
                  f"p95 {percentile(times, 0.95) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms, "
                  f"{failed} of {len(results)} not 200")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
