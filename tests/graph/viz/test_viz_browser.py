"""The graph page in headless Chromium: offline, drawn, searchable, explained, and inert to script
in the data; from file:// and served over http://127.0.0.1."""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from rdflib import RDF, RDFS, Dataset, Literal, Namespace
from rdflib.namespace import PROV, SKOS, XSD

from mediakg.graph.query import run_query
from mediakg.graph.viz import page as viz
from mediakg.graph.viz.page import entity_network, render_html, write_html
from mediakg.ontology import ENTITY_CLASSES, MEDIA

CHROMIUM = Path("/usr/bin/chromium")
# Without these Chromium tries the network on its own (updates, sync, first-run pages).
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SEEDS = Path(__file__).resolve().parents[3] / "seeds"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (apt install chromium)"),
    # rdflib 7's own Dataset.triples reads its deprecated default_context when default_union is set.
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
]

ID = Namespace("https://w3id.org/mediakg/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
DOC = ID["document/0123456789abcdef"]
WEB_DOC = ID["document/fedcba9876543210"]
ARTICLE_URL = "https://news.example/toho-deal"
# Each payload would set window.__xss (or open a dialog, or fetch "x") if it ever ran as markup.
XSS_LABEL = "Toho <img src=x onerror=window.__xss=1;alert(1)> Studios"
XSS_EVIDENCE = "Netflix said </script><script>window.__xss=1;alert(1)</script> it partners with Toho."
XSS_ALIAS = "<svg onload=window.__xss=1>"
XSS_ARTICLE = "Toho <img src=x onerror=window.__xss=1> opens a stage in Tokyo."
# True once the page's first layout is drawn, False after 30 s. (Not wait_for_function: it
# evaluates its condition with eval, which the page's CSP blocks.)
READY = ("Promise.race([window.mediakgReady,"
         " new Promise(resolve => setTimeout(() => resolve(false), 30000))])")
DRAWN_NODES = "mediakgNetwork.body.nodeIndices.length"
# An edge to a hidden node stays in vis's body, unconnected and not drawn.
DRAWN_EDGES = "Object.values(mediakgNetwork.body.edges).filter(e => e.connected).length"


def build_dataset() -> Dataset:
    """A small graph in the shape of docs/rdf-model.md whose text carries script payloads."""
    ds = Dataset()
    g = ds.graph(DOC)
    g.add((DOC, RDF.type, MEDIA.Document))
    g.add((DOC, RDFS.label, Literal("toho.txt")))
    g.add((DOC, MEDIA.sourcePath, Literal("news/toho.txt")))
    g.add((DOC, MEDIA.sourceUrl, Literal("javascript:window.__xss=1", datatype=XSD.anyURI)))  # never a link
    web = ds.graph(WEB_DOC)
    web.add((WEB_DOC, RDF.type, MEDIA.Document))
    web.add((WEB_DOC, RDFS.label, Literal("toho-deal")))
    # As a JSON Lines article records it: the path is the file's, the URL the article's.
    web.add((WEB_DOC, MEDIA.sourcePath, Literal("news/articles.jsonl#toho-deal")))
    web.add((WEB_DOC, MEDIA.sourceUrl, Literal(ARTICLE_URL, datatype=XSD.anyURI)))
    entities = {
        "organization/netflix": (MEDIA.StreamingService, "Netflix"),
        "organization/toho-studios": (MEDIA.Studio, XSS_LABEL),
        "work/the-human-vapor-series": (MEDIA.Series, "The Human Vapor"),
        "person/shinzo-katayama": (MEDIA.Person, "Shinzo Katayama"),
        "place/tokyo": (MEDIA.City, "Tokyo"),
    }
    for key, (cls, label) in entities.items():
        g.add((ID[key], RDF.type, cls))
        g.add((ID[key], RDFS.label, Literal(label)))
    g.add((ID["organization/toho-studios"], SKOS.altLabel, Literal(XSS_ALIAS)))
    g.add((ID["organization/toho-studios"], SKOS.altLabel, Literal("Toho")))
    facts = [
        ("organization/netflix", MEDIA.partnersWith, "organization/toho-studios", XSS_EVIDENCE, DOC),
        ("organization/netflix", MEDIA.produces, "work/the-human-vapor-series", "Netflix produces it.", WEB_DOC),
        ("work/the-human-vapor-series", MEDIA.directedBy, "person/shinzo-katayama", "Katayama directs.", DOC),
        ("organization/toho-studios", MEDIA.locatedIn, "place/tokyo", XSS_ARTICLE, DOC),
    ]
    for n, (s, p, o, sentence, doc) in enumerate(facts):
        graph = ds.graph(doc)
        graph.add((ID[s], p, ID[o]))
        a = ID[f"assertion/{n}"]
        source = ID[f"assertion/{n}/source"]
        graph.add((a, RDF.type, MEDIA.Assertion))
        graph.add((a, RDF.subject, ID[s]))
        graph.add((a, RDF.predicate, p))
        graph.add((a, RDF.object, ID[o]))
        graph.add((a, MEDIA.confidence, Literal(0.9)))
        graph.add((a, PROV.wasDerivedFrom, source))
        graph.add((source, OA.hasSource, doc))
        graph.add((source, PROV.value, Literal(sentence)))
    return ds


@dataclass
class Watched:
    """Everything a page asked for or complained about."""
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


def open_page(browser, url: str, watched: Watched):
    page = browser.new_page(viewport={"width": 1400, "height": 950})
    page.on("request", lambda r: watched.requests.append(r.url))
    page.on("requestfailed", lambda r: watched.failed.append(f"{r.url}: {r.failure}"))
    page.on("dialog", lambda d: (watched.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: watched.errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and watched.errors.append(m.text))
    # Collect CSP violations: the page must not even try anything its policy forbids.
    page.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
    page.goto(url)
    assert page.evaluate(READY) is True
    return page


def assert_quiet(page, watched: Watched, url: str) -> None:
    """One request (the page itself), nothing failed, no dialog, error, CSP violation or XSS."""
    assert watched.requests == [url]  # not even a fetch of "x" or of /favicon.ico
    assert watched.failed == []
    assert watched.dialogs == []
    assert watched.errors == []
    assert page.evaluate("window.__csp") == []
    assert page.evaluate("window.__xss") is None


def node_point(page, node_id: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    box = page.locator("#mediakg-network canvas").bounding_box()
    pos = page.evaluate("id => mediakgNetwork.canvasToDOM(mediakgNetwork.getPositions([id])[id])", node_id)
    return box["x"] + pos["x"], box["y"] + pos["y"]


def node_styles(page) -> dict[str, str]:
    """Label -> "focus" (ringed), "faded" or "normal", as the nodes are drawn now."""
    return page.evaluate("""() => Object.fromEntries(mediakgNetwork.body.data.nodes.get().map(n =>
        [n.label, n.borderWidth === 3 ? "focus" : String(n.color).startsWith("rgba(190") ? "faded" : "normal"]))""")


def click_empty(page) -> None:
    """Click a corner of the canvas, where no node is: deselects."""
    box = page.locator("#mediakg-network canvas").bounding_box()
    page.mouse.click(box["x"] + 3, box["y"] + 3)


def wait_for_rest(page, seconds: float = 15) -> None:
    """Wait until vis-network's physics says the nodes are at rest (or the time runs out: then
    the test goes on, and its own assertions say what is wrong). Polled from here: the page's CSP
    forbids the eval that Playwright's wait_for_function polls with."""
    for _ in range(int(seconds * 10)):
        if page.evaluate("mediakgNetwork.physics.stabilized || !mediakgNetwork.physics.physicsEnabled"):
            return
        page.wait_for_timeout(100)


def search(page, text: str) -> None:
    page.fill("#mediakg-search", text)
    page.press("#mediakg-search", "Enter")


def _words(text: str) -> str:
    return " ".join(text.split())


def panel_evidence(page) -> list[str]:
    """The evidence sentences in the side panel, white space collapsed as the browser shows it."""
    quoted = page.locator("#mediakg-facts blockquote").all_inner_texts()
    assert all(t.startswith("“") and t.endswith("”") for t in quoted)
    return [_words(t[1:-1]) for t in quoted]


def screenshot(page, name: str, tmp_path: Path) -> Path:
    """Write a screenshot for people to look at: into $MEDIAKG_SCREENSHOTS when set (CI keeps
    that folder), else the test's temporary folder."""
    folder = Path(os.environ.get("MEDIAKG_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    page.screenshot(path=str(path), full_page=True)
    png = path.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    return path


# --------------------------------------------------------------------------------------
# The seed article's graph, built with the spaCy model
# --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_dataset() -> Dataset:
    from mediakg.pipeline import build_dataset as build

    dataset, _summary = build([SEEDS])
    return dataset


def entity_count(dataset: Dataset) -> int:
    """Entities counted with SPARQL, independently of the view's own reading of the graph."""
    classes = " ".join(f"<{c}>" for c in ENTITY_CLASSES)
    rows = run_query(dataset, f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ?c VALUES ?c {{ {classes} }} }}")
    return int(next(iter(rows))[0])


def facts_of(dataset: Dataset, label: str) -> tuple[str, set[str]]:
    """The IRI of the entity with this label and the evidence sentences of its relations."""
    rows = list(run_query(dataset, """
        SELECT ?e ?sentence WHERE {
          ?e rdfs:label ?label . FILTER(STR(?label) = "%s")
          { ?a rdf:subject ?e } UNION { ?a rdf:object ?e }
          ?a rdf:predicate ?p ; prov:wasDerivedFrom/prov:value ?sentence .
          FILTER(?p != rdf:type)
        }""" % label))
    assert rows, f"the seed graph has no facts about {label}"
    return str(rows[0][0]), {_words(str(r[1])) for r in rows}


@pytest.mark.slow
def test_seed_graph_page_in_chromium(browser, seed_dataset: Dataset, tmp_path: Path) -> None:
    page_file = write_html(seed_dataset, tmp_path / "seed.html", title="Seed articles")
    url, watched = page_file.as_uri(), Watched()
    page = open_page(browser, url, watched)
    try:
        # Every entity of the graph is drawn.
        assert page.evaluate(DRAWN_NODES) == entity_count(seed_dataset) > 5

        # Searching "Netflix" selects that node and brings it to the middle of the view. (Physics
        # goes on moving the nodes for a while after the first layout, and the view does not follow
        # a node after centring on it: search once the nodes rest.)
        netflix, sentences = facts_of(seed_dataset, "Netflix")
        wait_for_rest(page)
        search(page, "netflix")
        assert page.evaluate("mediakgNetwork.getSelectedNodes()") == [netflix]
        box = page.locator("#mediakg-network canvas").bounding_box()
        x, y = node_point(page, netflix)
        # (Physics keeps nudging nodes after the first layout: near the middle, not on it.)
        assert abs(x - (box["x"] + box["width"] / 2)) < 40 and abs(y - (box["y"] + box["height"] / 2)) < 40
        assert page.locator("#mediakg-search-status").inner_text() == ""

        # Clicking it (after closing the panel) lists its facts with their evidence sentences.
        click_empty(page)
        assert page.locator("#mediakg-panel").is_hidden()
        page.mouse.click(*node_point(page, netflix))
        # vis-network reads the pointer through its gesture recogniser and may answer the click a
        # frame later: wait for the panel (a user sees it a moment later) rather than look at once
        # (looking at once failed about one run in three).
        page.locator("#mediakg-panel").wait_for(state="visible", timeout=5000)
        assert page.locator("#mediakg-panel-title").inner_text() == "Netflix"
        assert sentences <= set(panel_evidence(page))
        assert page.locator("#mediakg-facts .source").first.inner_text().startswith("confidence ")

        shot = screenshot(page, "seed-graph.png", tmp_path)
        assert shot.is_file()
        assert_quiet(page, watched, url)
    finally:
        page.close()


# --------------------------------------------------------------------------------------
# A hand-built graph whose article text carries script
# --------------------------------------------------------------------------------------

def test_page_is_offline_drawn_and_inert(browser, tmp_path: Path) -> None:
    dataset = build_dataset()
    network = entity_network(dataset)
    page_file = write_html(dataset, tmp_path / "graph.html", title="<script>window.__xss=1</script>")
    url, watched = page_file.as_uri(), Watched()
    page = open_page(browser, url, watched)
    try:
        assert page.evaluate(DRAWN_NODES) == network.number_of_nodes() == 5
        assert page.evaluate(DRAWN_EDGES) == network.number_of_edges() == 4

        # Hover the node whose label carries the payload: its tooltip shows it as text.
        toho = str(ID["organization/toho-studios"])
        page.mouse.move(*node_point(page, toho))
        tooltip = page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5_000)
        assert "<img src=x onerror=" in tooltip.inner_text()
        assert XSS_ALIAS in tooltip.inner_text()
        assert tooltip.locator("img, svg, script").count() == 0

        # Its facts panel shows the article's <img src=x onerror=...> and </script> as text.
        page.mouse.click(*node_point(page, toho))
        assert page.locator("#mediakg-panel-title").inner_text() == XSS_LABEL
        assert {XSS_EVIDENCE, XSS_ARTICLE} <= set(panel_evidence(page))
        assert page.locator("#mediakg-panel img, #mediakg-panel svg, #mediakg-panel script").count() == 0

        legend = page.locator("#mediakg-legend li").all_inner_texts()
        assert [item.split(" (")[0].strip() for item in legend] == [
            "Studio", "StreamingService", "Person", "Series", "City"]
        screenshot(page, "xss-graph.png", tmp_path)
        assert_quiet(page, watched, url)
    finally:
        page.close()


def test_a_document_with_a_url_is_a_link_and_a_search_by_alias_finds_its_entity(browser, tmp_path: Path) -> None:
    page_file = write_html(build_dataset(), tmp_path / "graph.html")
    url, watched = page_file.as_uri(), Watched()
    page = open_page(browser, url, watched)
    try:
        search(page, "Toho")  # an alias
        assert page.evaluate("mediakgNetwork.getSelectedNodes()") == [str(ID["organization/toho-studios"])]
        search(page, "Netflix")
        facts = page.locator("#mediakg-facts > li")
        produces = facts.filter(has_text="produces")
        assert produces.locator("a").get_attribute("href") == ARTICLE_URL
        assert produces.locator("a").inner_text() == "toho-deal"
        partners = facts.filter(has_text="partnersWith")
        assert partners.locator("a").count() == 0  # a local file is named, not linked
        assert "toho.txt" in partners.locator(".source").inner_text()

        # Following a fact to the other entity moves the panel there.
        partners.locator("button.entity").click()
        assert page.locator("#mediakg-panel-title").inner_text() == XSS_LABEL

        search(page, "no such company")
        assert page.locator("#mediakg-search-status").inner_text() == "no entity matches"
        assert_quiet(page, watched, url)
    finally:
        page.close()


def test_filters_and_neighbourhood_highlight_on_a_static_layout(browser, tmp_path: Path) -> None:
    page_file = tmp_path / "graph.html"
    page_file.write_text(render_html(build_dataset(), layout="static", size_by="degree",
                                     color_by="community"), encoding="utf-8")
    url, watched = page_file.as_uri(), Watched()
    page = open_page(browser, url, watched)
    try:
        assert page.evaluate("mediakgNetwork.physics.physicsEnabled") is False
        page.locator('#mediakg-legend input[value="City"]').uncheck()
        assert page.evaluate(DRAWN_NODES) == 4
        page.locator('#mediakg-predicates input[value="directedBy"]').uncheck()
        assert page.evaluate(DRAWN_EDGES) == 2  # locatedIn went with Tokyo, directedBy unticked
        page.locator('#mediakg-legend input[value="City"]').check()
        page.locator('#mediakg-predicates input[value="directedBy"]').check()
        assert page.evaluate(DRAWN_NODES) == 5 and page.evaluate(DRAWN_EDGES) == 4

        # Selecting Katayama rings him and The Human Vapor and fades everything else.
        search(page, "Shinzo Katayama")
        assert node_styles(page) == {"Netflix": "faded", XSS_LABEL: "faded", "Tokyo": "faded",
                                     "Shinzo Katayama": "focus", "The Human Vapor": "focus"}
        click_empty(page)
        assert set(node_styles(page).values()) == {"normal"}
        colours = page.evaluate("mediakgNetwork.body.data.nodes.get().map(n => n.color)")

        # Colour by class or by community.
        by_community = set(colours)
        page.select_option("#mediakg-color", "class")
        by_class = set(page.evaluate("mediakgNetwork.body.data.nodes.get().map(n => n.color)"))
        assert len(by_class) == 5 and by_class != by_community
        assert_quiet(page, watched, url)
    finally:
        page.close()


def test_a_big_graph_rings_the_neighbourhood_without_restyling_every_node(browser, tmp_path: Path, monkeypatch) -> None:
    # What a 5,000-node page does, on the small graph: no edge labels, no fading on a click.
    monkeypatch.setattr(viz, "FADE_MAX_NODES", 4)
    monkeypatch.setattr(viz, "EDGE_LABELS_MAX", 3)
    page_file = tmp_path / "graph.html"
    page_file.write_text(render_html(build_dataset(), layout="static"), encoding="utf-8")
    url, watched = page_file.as_uri(), Watched()
    page = open_page(browser, url, watched)
    try:
        assert page.evaluate("mediakgNetwork.body.data.edges.get().filter(e => e.label).length") == 0
        search(page, "Shinzo Katayama")
        assert node_styles(page) == {"Netflix": "normal", XSS_LABEL: "normal", "Tokyo": "normal",
                                     "Shinzo Katayama": "focus", "The Human Vapor": "focus"}
        assert page.locator("#mediakg-panel-title").inner_text() == "Shinzo Katayama"
        search(page, "Tokyo")
        assert node_styles(page) == {"Netflix": "normal", XSS_LABEL: "focus", "Tokyo": "focus",
                                     "Shinzo Katayama": "normal", "The Human Vapor": "normal"}
        assert_quiet(page, watched, url)
    finally:
        page.close()


# --------------------------------------------------------------------------------------
# Served over http, as `mediakg serve` will serve it
# --------------------------------------------------------------------------------------

@pytest.fixture
def served(tmp_path: Path):
    write_html(build_dataset(), tmp_path / "graph.html")
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/graph.html"
    finally:
        server.shutdown()
        server.server_close()


def test_page_served_over_http_makes_no_other_request(browser, served: str) -> None:
    watched = Watched()
    page = open_page(browser, served, watched)
    try:
        assert page.evaluate(DRAWN_NODES) == 5
        search(page, "Netflix")
        assert page.locator("#mediakg-panel-title").inner_text() == "Netflix"
        assert {urlsplit(u).netloc for u in watched.requests} == {urlsplit(served).netloc}
        assert_quiet(page, watched, served)
    finally:
        page.close()
