"""How fast the graph page becomes usable in headless Chromium, next to pyvis's stock page.

    .venv/bin/python benchmarks/viz.py [--sizes 500 5000 20000] [--timeout 60]

For each size it builds a synthetic entity network shaped like mediakg's output (articles of a
dozen entities each, a few famous companies and people in many articles, four relations per
entity, every fact with an evidence sentence), writes it as mediakg's page and as pyvis's
stock page (default options: physics with 1,000 stabilisation iterations and improvedLayout;
only cdn_resources="in_line", as the benchmark is offline), and measures in one headless
Chromium, side by side:

- drawn: seconds from navigation until the network has finished its initial layout and drawn it;
- click: milliseconds from a click on a node until the network has selected it and redrawn;
- interactive: seconds from navigation until the first click that the network answered.

A stock page that is not drawn within --timeout seconds is reported as "> N s"; graphs above
--pyvis-max nodes are not tried with pyvis (at 20,000 nodes Chromium hung past every timeout). Not part of
the test suite: speed is machine-dependent, so only the ratios between columns mean much.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from mediakg.graph.viz.network import Evidence
from mediakg.graph.viz.page import PALETTE, render_network

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

# Rough class mix of the seed and dev articles: (class, share, IRI kind).
CLASSES = [("Person", 0.34), ("Organization", 0.06), ("Studio", 0.06), ("StreamingService", 0.03),
           ("ProductionCompany", 0.08), ("Broadcaster", 0.03), ("Distributor", 0.03),
           ("Film", 0.12), ("Series", 0.1), ("CreativeWork", 0.03), ("City", 0.04),
           ("Country", 0.02), ("Facility", 0.02), ("Event", 0.02), ("Agreement", 0.02)]
PREDICATES = {
    ("work", "Person"): ["directedBy", "writtenBy", "starring", "producer", "executiveProducer"],
    ("org", "work"): ["produces", "distributes"],
    ("org", "org"): ["partnersWith", "acquires", "subsidiaryOf"],
    ("Person", "org"): ["employedBy"],
    ("Person", "Person"): ["workedWith"],
    ("Person", "work"): ["knownFor"],
    ("work", "work"): ["basedOn"],
    ("org", "place"): ["locatedIn"],
    ("org", "Facility"): ["uses", "owns"],
    ("org", "Event"): ["announcedAt"],
}
KIND = {"Person": "Person", "Film": "work", "Series": "work", "CreativeWork": "work", "City": "place",
        "Country": "place", "Facility": "Facility", "Event": "Event", "Agreement": "org"}
FILLER = ("in a deal announced this week that the trade press described as one of the largest "
          "of the season, according to people familiar with the plans")


def _kind(cls: str) -> str:
    return KIND.get(cls, "org")


def synthetic_network(n_nodes: int, *, edges_per_node: int = 4, seed: int = 0) -> nx.MultiDiGraph:
    """An entity network of n_nodes entities in the shape entity_network returns."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph(documents={})
    popular: list[str] = []  # one entry per relation end: famous entities recur (preferential)
    classes, weights = zip(*CLASSES)
    doc = 0
    while g.number_of_nodes() < n_nodes:
        doc += 1
        iri = f"https://w3id.org/mediakg/id/document/{doc:016x}"
        g.graph["documents"][iri] = (f"article-{doc}.txt", f"https://news.example/{doc}" if doc % 2 else None)
        members = []
        for _ in range(min(10, n_nodes - g.number_of_nodes())):
            cls = rng.choices(classes, weights)[0]
            node = f"https://w3id.org/mediakg/id/{cls.lower()}/entity-{g.number_of_nodes()}"
            label = f"{cls} {g.number_of_nodes()}"
            typing = [Evidence(iri, 0, f"{label} appears {FILLER}.", 0.9, "synthetic.mention")]
            g.add_node(node, label=label, cls=cls, aliases=[f"E{g.number_of_nodes()}"],
                       evidence=typing[0].sentence, typing=typing, attributes=[])
            members.append(node)
        members += [rng.choice(popular) for _ in range(4) if popular]
        wanted = edges_per_node * min(10, len(members))
        for _ in range(wanted * 5):
            if wanted <= 0:
                break
            s, o = rng.sample(members, 2) if len(members) > 1 else (members[0], members[0])
            options = PREDICATES.get((_kind(g.nodes[s]["cls"]), _kind(g.nodes[o]["cls"])))
            options = options or PREDICATES.get((g.nodes[s]["cls"], _kind(g.nodes[o]["cls"])))
            options = options or PREDICATES.get((_kind(g.nodes[s]["cls"]), g.nodes[o]["cls"]))
            if not options or s == o:
                continue
            p = rng.choice(options)
            confidence = round(rng.uniform(0.5, 0.95), 2)
            found = [Evidence(iri, 100, f"{g.nodes[s]['label']} {p} {g.nodes[o]['label']} {FILLER}.",
                              confidence, f"synthetic.{p}")]
            g.add_edge(s, o, key=p, predicate=p, evidence=[found[0].sentence], confidence=confidence,
                       documents=[iri], sources=found)
            popular += [s, o]
            wanted -= 1
    return g


def pyvis_page(g: nx.MultiDiGraph) -> str:
    """The same graph as pyvis's stock page, built through its API."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for node, data in g.nodes(data=True):
        net.add_node(node, label=data["label"], title=data["label"], color=PALETTE[data["cls"]])
    for s, o, data in g.edges(data=True):
        net.add_edge(s, o, label=data["predicate"], title=data["evidence"][0])
    return net.generate_html()


@dataclass
class Timing:
    build: float  # seconds in Python
    drawn: float | None  # seconds from navigation, None after the timeout
    click: float | None  # milliseconds


SETTLED = """() => {
  const n = window.mediakgNetwork || window.network;
  if (!n || !n.body || !n.physics || !n.body.nodeIndices.length) return false;
  return !n.physics.physicsEnabled || n.physics.ready === true;
}"""
DRAW = """() => new Promise(resolve => {
  const n = window.mediakgNetwork || window.network;
  n.once("afterDrawing", () => resolve(performance.now() / 1000));
  n.redraw();
})"""
ARM_CLICK = """() => {
  const n = window.mediakgNetwork || window.network;
  window.__clicked = new Promise(resolve => n.once("click", () =>
    n.once("afterDrawing", () => resolve([performance.now(), n.getSelectedNodes()]))));
  return performance.now();
}"""
CLICKED = "Promise.race([window.__clicked, new Promise(resolve => setTimeout(() => resolve(null), 1000))])"
NODE_POINT = """() => {
  const n = window.mediakgNetwork || window.network;
  const ids = n.body.nodeIndices;
  const id = ids.reduce((best, i) => n.body.nodes[i].shape.radius > n.body.nodes[best].shape.radius ? i : best, ids[0]);
  n.focus(id, {scale: 1.0, animation: false});
  const p = n.canvasToDOM(n.getPositions([id])[id]);
  const box = n.canvas.frame.canvas.getBoundingClientRect();
  return [id, box.left + p.x, box.top + p.y];
}"""


def measure(browser, path: Path, *, timeout: float, keep: bool) -> tuple[float | None, float | None, float | None]:
    """(drawn, click, interactive): seconds, milliseconds, seconds; None after the timeout."""
    # page.evaluate has no timeout and a page stuck in vis-network's improvedLayout never
    # answers; wait_for_function has one, but evaluates its condition with eval, which mediakg's
    # CSP forbids: bypass the CSP for the measurement.
    context = browser.new_context(viewport={"width": 1400, "height": 950}, bypass_csp=True)
    page = context.new_page()
    # pyvis's stock page links Bootstrap from a CDN; the benchmark is offline.
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
               else route.abort())
    try:
        page.goto(path.as_uri(), wait_until="commit", timeout=timeout * 1000)
        deadline = time.monotonic() + timeout
        page.wait_for_function(SETTLED, polling=50, timeout=timeout * 1000)
        drawn = page.evaluate(DRAW)
        if drawn > timeout:
            return None, None, None
        if keep:
            page.screenshot(path=str(path.with_suffix(".png")))
        # Click the biggest node until the network answers (pyvis's stock page covers the
        # canvas with its loading bar for a while after the layout): the answer's time is when
        # the page became interactive.
        while True:
            node, x, y = page.evaluate(NODE_POINT)
            page.evaluate(DRAW)
            start = page.evaluate(ARM_CLICK)
            page.mouse.click(x, y)
            answer = page.evaluate(CLICKED)
            if answer and answer[1]:
                return drawn, answer[0] - start, answer[0] / 1000
            if time.monotonic() > deadline:
                return drawn, None, None
    except Exception as exc:  # a renderer stuck in a layout loop times out the evaluate call
        if "Timeout" in type(exc).__name__ or "imeout" in str(exc):
            return None, None, None
        raise
    finally:
        context.close()


def _seconds(value: float | None, timeout: float) -> str:
    return f"> {timeout:.0f} s" if value is None else f"{value:.2f} s"


def _millis(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a page counts as not drawn")
    # A 20,000-node stock page left Chromium hanging past every timeout; at 5,000 it already
    # does not draw within a minute.
    parser.add_argument("--pyvis-max", type=int, default=5000, help="largest graph to try with pyvis's stock page")
    parser.add_argument("--keep", type=Path, help="also write the pages (and screenshots of ours) here")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            for size in args.sizes:
                g = synthetic_network(size)
                pages = {}
                start = time.perf_counter()
                (folder / f"mediakg-{size}.html").write_text(render_network(g, title=f"{size} nodes"), encoding="utf-8")
                pages["mediakg"] = time.perf_counter() - start
                if size <= args.pyvis_max:
                    start = time.perf_counter()
                    (folder / f"pyvis-{size}.html").write_text(pyvis_page(g), encoding="utf-8")
                    pages["pyvis stock"] = time.perf_counter() - start
                for name, build in pages.items():
                    file = folder / f"{name.split()[0]}-{size}.html"
                    drawn, click, interactive = measure(browser, file, timeout=args.timeout,
                                                        keep=args.keep is not None)
                    rows.append((f"{size:,}", f"{g.number_of_edges():,}", name, f"{build:.1f} s",
                                 f"{file.stat().st_size / 1e6:.1f} MB", _seconds(drawn, args.timeout),
                                 _millis(click), _seconds(interactive, args.timeout)))
                    print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
                if size > args.pyvis_max:
                    rows.append((f"{size:,}", f"{g.number_of_edges():,}", "pyvis stock", "-", "-",
                                 f"not run (> {args.timeout:.0f} s at {args.pyvis_max:,})", "-", "-"))
        finally:
            browser.close()

    header = ("nodes", "edges", "page", "build", "size", "drawn", "click", "interactive")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
