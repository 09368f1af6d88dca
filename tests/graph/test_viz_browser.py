"""The graph page in headless Chromium: offline, drawn, and inert to script in the data."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from rdflib import RDF, RDFS, Dataset, Literal, Namespace
from rdflib.namespace import PROV, SKOS

from mediakg.graph.viz import entity_network, write_html
from mediakg.ontology import MEDIA

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (apt install chromium)"),
    # rdflib 7's own Dataset.triples reads its deprecated default_context when default_union is set.
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
]

ID = Namespace("https://w3id.org/mediakg/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
DOC = ID["document/0123456789abcdef"]
# Each payload would set window.__xss (or open a dialog, or fetch "x") if it ever ran as markup.
XSS_LABEL = "Toho <img src=x onerror=window.__xss=1;alert(1)> Studios"
XSS_EVIDENCE = "Netflix said </script><script>window.__xss=1;alert(1)</script> it partners with Toho."
XSS_ALIAS = "<svg onload=window.__xss=1>"
# True once the page's first layout has settled, False after 30 s.
READY = ("Promise.race([window.mediakgReady,"
         " new Promise(resolve => setTimeout(() => resolve(false), 30000))])")


def build_dataset() -> Dataset:
    ds = Dataset()
    g = ds.graph(DOC)
    g.add((DOC, RDF.type, MEDIA.Document))
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
    facts = [
        ("organization/netflix", MEDIA.partnersWith, "organization/toho-studios", XSS_EVIDENCE),
        ("organization/netflix", MEDIA.produces, "work/the-human-vapor-series", "Netflix produces it."),
        ("work/the-human-vapor-series", MEDIA.directedBy, "person/shinzo-katayama", "Katayama directs."),
        ("organization/toho-studios", MEDIA.locatedIn, "place/tokyo", "Toho Studios in Tokyo."),
    ]
    for n, (s, p, o, sentence) in enumerate(facts):
        g.add((ID[s], p, ID[o]))
        a = ID[f"assertion/{n}"]
        source = ID[f"assertion/{n}/source"]
        g.add((a, RDF.type, MEDIA.Assertion))
        g.add((a, RDF.subject, ID[s]))
        g.add((a, RDF.predicate, p))
        g.add((a, RDF.object, ID[o]))
        g.add((a, MEDIA.confidence, Literal(0.9)))
        g.add((a, PROV.wasDerivedFrom, source))
        g.add((source, OA.hasSource, DOC))
        g.add((source, PROV.value, Literal(sentence)))
    return ds


def test_page_is_offline_drawn_and_inert(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    dataset = build_dataset()
    network = entity_network(dataset)
    page_file = write_html(dataset, tmp_path / "graph.html", title="<script>window.__xss=1</script>")

    requests: list[str] = []
    failed: list[str] = []
    dialogs: list[str] = []
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.on("requestfailed", lambda r: failed.append(f"{r.url}: {r.failure}"))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            # Collect CSP violations: the page must not even try anything its policy forbids.
            page.add_init_script(
                "window.__csp = []; document.addEventListener('securitypolicyviolation',"
                " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")

            page.goto(page_file.as_uri())
            # Not wait_for_function: it evaluates its condition with eval, which the page's CSP blocks.
            assert page.evaluate(READY) is True

            assert page.evaluate("mediakgNetwork.body.data.nodes.length") == network.number_of_nodes() == 5
            assert page.evaluate("mediakgNetwork.body.data.edges.length") == network.number_of_edges() == 4
            assert page.evaluate("window.__xss") is None

            # Hover the node whose label carries the payload: its tooltip must show it as text.
            toho = str(ID["organization/toho-studios"])
            box = page.locator("#mediakg-network canvas").bounding_box()
            pos = page.evaluate(
                "id => mediakgNetwork.canvasToDOM(mediakgNetwork.getPositions([id])[id])", toho)
            page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
            tooltip = page.locator("div.vis-tooltip")
            tooltip.wait_for(state="visible", timeout=5_000)
            assert "<img src=x onerror=" in tooltip.inner_text()
            assert XSS_ALIAS in tooltip.inner_text()
            assert tooltip.locator("img, svg, script").count() == 0
            assert page.evaluate("window.__xss") is None

            legend = page.locator("#mediakg-legend li").all_inner_texts()
            assert [item.split(" (")[0] for item in legend] == [
                "Studio", "StreamingService", "Person", "Series", "City"]

            shot = page.screenshot(path=str(tmp_path / "graph.png"), full_page=True)
            assert page.evaluate("window.__csp") == []
        finally:
            browser.close()

    off_site = [u for u in requests if urlsplit(u).scheme not in {"file", "data", "blob", "about"}]
    assert off_site == []
    assert requests == [page_file.as_uri()]  # not even a file:// fetch of "x"
    assert failed == []
    assert dialogs == []
    assert errors == []
    png = (tmp_path / "graph.png").read_bytes()
    assert png == shot and png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
