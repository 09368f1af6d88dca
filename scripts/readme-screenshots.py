"""Development aid: write docs/query-page.png and docs/graph-page.png from the seed articles, as the
README shows them. Run with the venv's python after `mediakg build seeds/ --store out/seed-store`:

    .venv/bin/python scripts/readme-screenshots.py out/seed-store
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]


def main(store: str) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "mediakg.cli.main", "serve", "--store", store, "--port", "0",
                             "--quiet", "--title", "Seed articles"], stdout=subprocess.PIPE, text=True)
    try:
        base = proc.stdout.readline().split("SPARQL at ", 1)[1].split(",", 1)[0].rsplit("/", 1)[0]
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                         args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(base + "/query")
            page.wait_for_selector(".yasqe .CodeMirror")
            page.locator(".tabsList .tab", has_text="works").first.click()
            page.locator(".yasqe_queryButton").last.click()
            page.wait_for_selector(".yasr table.dataTable tbody tr td")
            page.screenshot(path=str(ROOT / "docs" / "query-page.png"))
            page.goto(base + "/graph")
            page.evaluate("window.mediakgReady")
            page.screenshot(path=str(ROOT / "docs" / "graph-page.png"))
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main(sys.argv[1])
