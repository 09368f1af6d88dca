"""What a reader of the graph page meets at first sight and when working with it, in headless
Chromium: everything fitted to the window with readable labels, Fit and Reset, "hide isolated",
exports of what is shown, equal labels told apart, the fact's words marked in its sentence."""
from __future__ import annotations

import csv
import io
from pathlib import Path
from xml.etree import ElementTree

import pytest
from rdflib import RDF, RDFS, Dataset, Literal, Namespace
from rdflib.namespace import PROV, XSD

from mediakg.graph.viz.page import write_html
from mediakg.ontology import MEDIA
# Helpers of the page's main browser tests (same folder; pytest puts it on sys.path).
from test_viz_browser import CHROMIUM, DRAWN_NODES, Watched, browser, open_page, screenshot, search  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (apt install chromium)"),
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
]

ID = Namespace("https://w3id.org/mediakg/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
DOC = ID["document/0123456789abcdef"]
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
# Made-up trade news for these tests.
ENTITIES = {
    "organization/netflix": (MEDIA.StreamingService, "Netflix"),
    "organization/toho-studios": (MEDIA.Studio, "Toho Studios"),
    "work/human-vapor-1960": (MEDIA.Film, "Human Vapor"),
    "work/human-vapor-series": (MEDIA.Series, "Human Vapor"),
    "person/shinzo-katayama": (MEDIA.Person, "Shinzo Katayama"),
    "place/tokyo": (MEDIA.City, "Tokyo"),
    "organization/lone-pictures": (MEDIA.Studio, "Lone Pictures"),  # no relation: isolated
}
FACTS = [
    ("organization/netflix", MEDIA.partnersWith, "organization/toho-studios",
     "Netflix has signed a multi-year agreement with Toho Studios to use their new stages."),
    ("organization/netflix", MEDIA.produces, "work/human-vapor-series",
     "Netflix will produce Human Vapor, a remake of the Toho film."),
    ("work/human-vapor-series", MEDIA.basedOn, "work/human-vapor-1960", "The series reimagines Human Vapor from 1960."),
    ("work/human-vapor-series", MEDIA.directedBy, "person/shinzo-katayama", "Shinzo Katayama directs the series."),
    ("organization/toho-studios", MEDIA.locatedIn, "place/tokyo", "Toho Studios is based in Tokyo."),
]


def dataset() -> Dataset:
    ds = Dataset()
    g = ds.graph(DOC)
    g.add((DOC, RDF.type, MEDIA.Document))
    g.add((DOC, RDFS.label, Literal("toho.txt")))
    g.add((DOC, MEDIA.sourcePath, Literal("news/toho.txt")))
    for key, (cls, label) in ENTITIES.items():
        g.add((ID[key], RDF.type, cls))
        g.add((ID[key], RDFS.label, Literal(label)))
    g.add((ID["work/human-vapor-1960"], MEDIA.releaseYear, Literal("1960", datatype=XSD.gYear)))
    for n, (s, p, o, sentence) in enumerate(FACTS):
        g.add((ID[s], p, ID[o]))
        a, source = ID[f"assertion/{n}"], ID[f"assertion/{n}/source"]
        for triple in ((a, RDF.type, MEDIA.Assertion), (a, RDF.subject, ID[s]), (a, RDF.predicate, p),
                       (a, RDF.object, ID[o]), (a, MEDIA.confidence, Literal(0.9)), (a, PROV.wasDerivedFrom, source),
                       (source, OA.hasSource, DOC), (source, PROV.value, Literal(sentence))):
            g.add(triple)
    return ds


@pytest.fixture
def page(browser, tmp_path):
    path = write_html(dataset(), tmp_path / "toho.html", title="Toho news")
    opened = open_page(browser, path.as_uri(), Watched())
    yield opened
    opened.close()


def drawn_labels(page) -> set[str]:
    return set(page.evaluate("mediakgNetwork.body.nodeIndices.map(id => mediakgNetwork.body.nodes[id].options.label)"))


def off_screen(page) -> list[str]:
    """Labels of drawn nodes whose centre lies outside the canvas."""
    return page.evaluate("""() => {
        const net = mediakgNetwork, box = net.canvas.frame.canvas.getBoundingClientRect();
        return net.body.nodeIndices.filter(id => {
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            return p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height;
        }).map(id => net.body.nodes[id].options.label);
    }""")


def label_pixels(page) -> dict[str, float]:
    """Each drawn label's font size on screen, in CSS pixels."""
    return page.evaluate("""() => Object.fromEntries(mediakgNetwork.body.nodeIndices.map(id =>
        [mediakgNetwork.body.nodes[id].options.label,
         mediakgNetwork.body.nodes[id].options.font.size * mediakgNetwork.getScale()]))""")


def test_first_view_fits_the_window_with_readable_labels(page, tmp_path):
    assert page.evaluate(DRAWN_NODES) == len(ENTITIES)
    assert off_screen(page) == []
    # The canvas fills the window below the header: nothing of the graph is below the fold.
    bottom, height = page.evaluate("[mediakgNetwork.canvas.frame.canvas.getBoundingClientRect().bottom, innerHeight]")
    assert height - 40 <= bottom <= height
    sizes = label_pixels(page)
    assert min(sizes.values()) >= 12 - 1e-6, sizes  # was about 7 px before (floating point: 11.999…)
    assert screenshot(page, "graph-first-view.png", tmp_path).is_file()


def test_equal_labels_are_told_apart(page):
    labels = drawn_labels(page)
    assert {"Human Vapor (film, 1960)", "Human Vapor (series)"} <= labels
    assert "Netflix" in labels  # a label nothing else has stays as it is
    search(page, "Human Vapor (film, 1960)")
    assert page.locator("#mediakg-panel-title").inner_text() == "Human Vapor (film, 1960)"


def test_fit_brings_everything_back_after_zoom_and_pan(page):
    page.evaluate("mediakgNetwork.moveTo({position: {x: 4000, y: 4000}, scale: 3})")
    assert off_screen(page)
    page.click("#mediakg-fit")
    assert off_screen(page) == []


def test_filtering_fits_what_is_left_and_reset_restores_everything(page):
    page.evaluate("mediakgNetwork.moveTo({position: {x: 4000, y: 4000}, scale: 3})")
    page.uncheck('#mediakg-legend input[value="City"]')
    assert page.evaluate(DRAWN_NODES) == len(ENTITIES) - 1
    assert off_screen(page) == []  # fitted after the filter
    page.uncheck('#mediakg-predicates input[value="basedOn"]')
    page.click("#mediakg-reset")
    assert page.evaluate(DRAWN_NODES) == len(ENTITIES)
    assert page.is_checked('#mediakg-legend input[value="City"]')
    assert page.is_checked('#mediakg-predicates input[value="basedOn"]')
    assert off_screen(page) == []


def test_hide_isolated(page):
    page.check("#mediakg-hide-isolated")
    assert "Lone Pictures" not in drawn_labels(page)
    assert page.evaluate(DRAWN_NODES) == len(ENTITIES) - 1
    # Hiding Person leaves no one isolated; hiding the relation to Tokyo isolates Tokyo.
    page.uncheck('#mediakg-predicates input[value="locatedIn"]')
    assert "Tokyo" not in drawn_labels(page)
    page.uncheck("#mediakg-hide-isolated")
    assert {"Lone Pictures", "Tokyo"} <= drawn_labels(page)


def _download(page, button: str) -> bytes:
    with page.expect_download() as info:
        page.click(button)
    return Path(info.value.path()).read_bytes()


def test_exports_hold_what_is_shown(page):
    page.uncheck('#mediakg-legend input[value="Person"]')
    shown = drawn_labels(page)
    assert "Shinzo Katayama" not in shown

    root = ElementTree.fromstring(_download(page, "#mediakg-export-graphml"))
    graph = root.find(f"{GRAPHML}graph")
    labels = {d.text for n in graph.findall(f"{GRAPHML}node") for d in n.findall(f"{GRAPHML}data")
              if d.get("key") == "label"}
    assert labels == shown
    predicates = sorted(d.text for e in graph.findall(f"{GRAPHML}edge") for d in e.findall(f"{GRAPHML}data")
                        if d.get("key") == "predicate")
    assert predicates == ["basedOn", "locatedIn", "partnersWith", "produces"]  # not directedBy: Person is hidden

    nodes = list(csv.DictReader(io.StringIO(_download(page, "#mediakg-export-nodes").decode("utf-8"))))
    assert {r["label"] for r in nodes} == shown
    assert {r["class"] for r in nodes if r["label"] == "Netflix"} == {"StreamingService"}
    edges = list(csv.DictReader(io.StringIO(_download(page, "#mediakg-export-edges").decode("utf-8"))))
    assert (str(ID["organization/netflix"]), str(ID["organization/toho-studios"]), "partnersWith") in {
        (r["source"], r["target"], r["predicate"]) for r in edges}
    assert len(edges) == 4

    png = _download(page, "#mediakg-export-png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5_000


def test_the_facts_words_are_marked_in_their_sentence(page):
    search(page, "Netflix")
    items = page.locator("#mediakg-facts > li")
    partners = items.filter(has_text="partnersWith")
    assert partners.locator("mark").all_inner_texts() == ["Netflix", "Toho Studios"]
    assert partners.locator("blockquote").inner_text() == \
        "“Netflix has signed a multi-year agreement with Toho Studios to use their new stages.”"


def chain(n: int, hubs: int = 3) -> Dataset:
    """n studios in a line, every tenth also partnering with one of a few hubs (so ranks differ)."""
    ds = Dataset()
    g = ds.graph(DOC)
    for i in range(n):
        g.add((ID[f"organization/s{i}"], RDF.type, MEDIA.Studio))
        g.add((ID[f"organization/s{i}"], RDFS.label, Literal(f"Studio {i}")))
        if i:
            g.add((ID[f"organization/s{i - 1}"], MEDIA.partnersWith, ID[f"organization/s{i}"]))
        if i % 10 == 0 and i >= hubs:
            g.add((ID[f"organization/s{i}"], MEDIA.partnersWith, ID[f"organization/s{i % hubs}"]))
    return ds


def test_labels_of_a_mid_sized_graph_are_readable_at_first_view(browser, tmp_path):
    path = write_html(chain(120), tmp_path / "chain.html", title="chain")
    page = open_page(browser, path.as_uri(), Watched())
    try:
        assert off_screen(page) == []
        sizes = label_pixels(page)
        assert len(sizes) == 120 and min(sizes.values()) >= 12 - 1e-6, sorted(sizes.values())[:5]
    finally:
        page.close()


def test_a_big_graph_labels_its_top_ranked_nodes_first(browser, tmp_path):
    path = write_html(chain(400), tmp_path / "big.html", title="big")
    page = open_page(browser, path.as_uri(), Watched())
    try:
        assert off_screen(page) == []
        sizes = label_pixels(page)
        threshold = page.evaluate("mediakgNetwork.body.nodes[mediakgNetwork.body.nodeIndices[0]].options.scaling.label.drawThreshold")
        shown = {label for label, px in sizes.items() if px >= threshold}
        # The hubs (most relations, top PageRank) are labelled at a readable size; most others wait.
        assert {"Studio 0", "Studio 1", "Studio 2"} <= shown
        assert min(sizes[h] for h in ("Studio 0", "Studio 1", "Studio 2")) >= 16
        assert len(shown) < 200
        page.evaluate("mediakgNetwork.moveTo({scale: mediakgNetwork.getScale() * 3})")
        zoomed = page.evaluate("""() => mediakgNetwork.body.nodeIndices.filter(id => {
            const o = mediakgNetwork.body.nodes[id].options;
            return o.font.size * mediakgNetwork.getScale() >= o.scaling.label.drawThreshold; }).length""")
        assert zoomed == 400  # zoomed in, every label is drawn
    finally:
        page.close()
