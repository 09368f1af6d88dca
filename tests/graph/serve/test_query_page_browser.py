"""The query page of `mediakg serve` in headless Chromium: YASGUI from the package, a query typed
and run, its answer read from the result table, and no request leaving the server."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from mediakg.graph.query import bundled_queries

CHROMIUM = Path("/usr/bin/chromium")
# Without these Chromium tries the network on its own (updates, sync, first-run pages).
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TESTS = Path(__file__).resolve().parent

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (apt install chromium)"),
]


def _sample_module():
    """test_protocol.py's small store (one made-up article), without a package for the tests."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("_protocol_sample", TESTS / "test_protocol.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def base(tmp_path_factory, stop_process):
    sample = _sample_module()
    root = tmp_path_factory.mktemp("querypage")
    sample.sample_graph(root / "sample.trig")
    assert sample.cli("load", "sample.trig", "--store", "st", cwd=root).returncode == 0
    proc, url = sample.start_server(root, "--title", "Trade news sample")
    try:
        yield url
    finally:
        stop_process(proc)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


def screenshot(page, name: str, tmp_path: Path) -> Path:
    """Into $MEDIAKG_SCREENSHOTS when set (for review), else the test's temporary folder."""
    folder = Path(os.environ.get("MEDIAKG_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    page.screenshot(path=str(path), full_page=False)
    assert path.read_bytes().startswith(b"\x89PNG") and path.stat().st_size > 10_000
    return path


def result_rows(page) -> list[list[str]]:
    return page.evaluate("""() => Array.from(document.querySelectorAll('.yasr table.dataTable tbody tr'))
        .map(tr => Array.from(tr.querySelectorAll('td')).slice(1).map(td => td.innerText.trim()))""")


def test_type_a_query_run_it_and_read_the_table(browser, base, tmp_path):
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script("window.__csp = []; document.addEventListener('securitypolicyviolation',"
                         " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
    try:
        page.goto(base + "/query")
        page.wait_for_selector(".yasqe .CodeMirror", timeout=30_000)
        assert page.title() == "Trade news sample: SPARQL query"

        # Prefilled: the project's prefixes in the editor, a tab per bundled query.
        editor_text = page.evaluate("mediakgYasgui.getTab().getYasqe().getValue()")
        assert "PREFIX media: <https://w3id.org/mediakg/ontology#>" in editor_text
        assert "PREFIX id: <https://w3id.org/mediakg/id/>" in editor_text
        tabs = [t.split("\n")[0] for t in page.locator(".tabsList .tab").all_inner_texts()]  # less the close mark
        assert {name for name in bundled_queries()} <= {t.strip() for t in tabs}

        # Type a query as a user would: select all, type, run.
        page.click(".yasqe .CodeMirror")
        page.keyboard.press("Control+A")
        page.keyboard.press("Delete")
        page.keyboard.type("PREFIX media: <https://w3id.org/mediakg/ontology#>\n"
                           "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                           "SELECT ?studio ?label WHERE { ?studio a media:Studio ; rdfs:label ?label } ORDER BY ?label")
        # Close any completion list the typing opened before running.
        page.keyboard.press("Escape")
        page.click(".yasqe_queryButton")
        page.wait_for_selector(".yasr table.dataTable tbody tr td", timeout=30_000)
        rows = result_rows(page)
        assert [r[-1] for r in rows] == ["Harbor Studios", "Kestrel Pictures"]
        assert rows[0][0] == "id:organization/harbor-studios"  # the project's prefixes shorten IRIs

        shot = screenshot(page, "query-page.png", tmp_path)
        assert shot.is_file()
        # Nothing left the server: every request went to it, and the CSP blocked nothing.
        assert requests and all(u.startswith(base + "/") for u in requests), [u for u in requests if not u.startswith(base)]
        assert page.evaluate("window.__csp") == []
        assert errors == []
    finally:
        page.close()


def test_a_bundled_example_runs_from_its_tab(browser, base):
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    try:
        page.goto(base + "/query")
        page.wait_for_selector(".yasqe .CodeMirror", timeout=30_000)
        page.locator(".tabsList .tab", has_text="partners").first.click()
        page.wait_for_function("mediakgYasgui.getTab().getName() === 'partners'", timeout=10_000)
        page.locator(".yasqe_queryButton").last.click()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            text = " ".join(" ".join(r) for r in result_rows(page))
            if "Streamly" in text:
                break
            time.sleep(0.2)
        assert "Streamly" in text and "Harbor Studios" in text
    finally:
        page.close()


def test_the_query_result_opens_as_a_graph(browser, base):
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    try:
        page.goto(base + "/query")
        page.wait_for_selector(".yasqe .CodeMirror")
        page.evaluate("mediakgYasgui.getTab().getYasqe().setValue("
                      "'CONSTRUCT { ?a media:partnersWith ?b } WHERE { ?a media:partnersWith ?b }')")
        with page.context.expect_page() as opened:
            page.click("#mediakg-graph-link")
        graph = opened.value
        graph.wait_for_load_state()
        assert graph.evaluate("window.mediakgReady") is True
        labels = graph.evaluate("mediakgNetwork.body.nodeIndices.map(id => mediakgNetwork.body.nodes[id].options.label)")
        assert sorted(labels) == ["Harbor Studios", "Streamly"]
        graph.close()
    finally:
        page.close()
