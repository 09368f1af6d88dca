"""The browser pages of `mediakg serve`: an index, the query editor (YASGUI, vendored from npm into
static/yasgui/ by scripts/vendor-yasgui.sh) and the graph view drawn from the store as it is now.

Every page is sent with a Content-Security-Policy that allows only this server, so none of them
can make a request elsewhere (YASGUI would otherwise ask prefix.cc and LOV for completions).
"""
from __future__ import annotations

import hashlib
import html
import io
import json
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from importlib import resources
from typing import Callable

from mediakg.graph.query import TABLE_PREFIXES, bundled_queries
from mediakg.graph.serve.limits import Reply, text_reply
from mediakg.graph.store.protocol import Store, open_store

ASSET_PREFIX = "/assets/"
_ASSET_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
# style-src allows inline styles: CodeMirror and YASR position their widgets with style attributes.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")
FIRST_QUERY = "SELECT ?class (COUNT(?entity) AS ?entities)\nWHERE { ?entity a ?class }\nGROUP BY ?class\nORDER BY DESC(?entities)\n"


@dataclass(frozen=True)
class PageReply(Reply):
    headers: dict[str, str] = field(default_factory=dict)


def _html(body: str) -> PageReply:
    return PageReply(HTTPStatus.OK, "text/html; charset=utf-8", body.encode("utf-8"),
                     {"Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-store"})


def index_page(title: str) -> PageReply:
    t = html.escape(title)
    return _html(f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{t}</title><link rel="icon" href="data:,">
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:3em auto;padding:0 1em}}a{{font-size:1.2em}}</style>
</head><body><h1>{t}</h1>
<ul>
<li><a href="/query">Query the graph with SPARQL</a> (YASGUI, with the bundled queries as examples)</li>
<li><a href="/graph">Explore the graph</a> (drawn from the store as it is now)</li>
</ul>
<p>SPARQL 1.1 Protocol endpoint for other tools: <code>/sparql</code> (read-only).</p>
</body></html>
""")


def query_page(title: str) -> PageReply:
    """YASGUI prefilled with the project's prefixes, a first query, and a tab per bundled query."""
    config = {"prefixes": TABLE_PREFIXES, "first": FIRST_QUERY,
              "examples": [{"name": name, "query": text} for name, text in bundled_queries().items()]}
    # JSON in a non-executed script element; "</" is escaped so article-free config cannot close it.
    data = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    t = html.escape(title)
    return _html(f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{t}: SPARQL query</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="{ASSET_PREFIX}yasgui/yasgui.min.css">
<link rel="stylesheet" href="{ASSET_PREFIX}query.css">
</head><body>
<nav><b>{t}</b> <a href="/">home</a> <a href="/graph">graph view</a>
<a id="mediakg-graph-link" href="/graph" target="_blank" title="the entities and relations this CONSTRUCT (or SELECT ?s ?p ?o) returns, drawn">show this query's result as a graph</a>
<span>SPARQL endpoint: <code>/sparql</code></span></nav>
<div id="yasgui"></div>
<script type="application/json" id="mediakg-config">{data}</script>
<script src="{ASSET_PREFIX}yasgui/yasgui.min.js"></script>
<script src="{ASSET_PREFIX}query.js"></script>
</body></html>
""")


def asset(path: str) -> Reply:
    """A static file of the package (YASGUI and the query page's own script), never outside static/."""
    parts = path[len(ASSET_PREFIX):].split("/")
    suffix = "." + parts[-1].rsplit(".", 1)[-1] if "." in parts[-1] else ""
    if any(p in ("", ".", "..") for p in parts) or suffix not in _ASSET_TYPES:
        return text_reply(HTTPStatus.NOT_FOUND, "no such file")
    entry = resources.files("mediakg.graph.serve").joinpath("static", *parts)
    if not entry.is_file():
        return text_reply(HTTPStatus.NOT_FOUND, "no such file")
    return PageReply(HTTPStatus.OK, _ASSET_TYPES[suffix], entry.read_bytes(), {"Cache-Control": "max-age=3600"})


def store_name(store: Store) -> str:
    """A name for pages when no --title is given: the store folder's name or the server's URL."""
    path = getattr(store, "path", None)
    return path.name if path is not None else str(getattr(store, "url", "mediakg"))


# One scan that changes whenever a document is added, replaced or removed (document graphs are
# named by their content hash) or a file is loaded: each named graph and its size.
FINGERPRINT_QUERY = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


class LiveGraphPage:
    """The graph view of the store as it is now: redrawn when the store's named graphs change
    (checked on every request with FINGERPRINT_QUERY, run like any endpoint query), else the
    page drawn last time."""

    def __init__(self, store: Store, title: str | None, run: Callable[[str, str, str], Reply]) -> None:
        self.store, self.title, self.run = store, title, run
        self.lock = threading.Lock()
        self.fingerprint: str | None = None
        self.page: bytes = b""
        self.dataset = None
        self.page_title = title or store_name(store)

    def get(self, query: str | None = None) -> Reply:
        """The whole graph, or with `query` (a CONSTRUCT, DESCRIBE or SELECT ?s ?p ?o, as
        `mediakg viz --query`) the entities and relations it returns."""
        answer = self.run(FINGERPRINT_QUERY, "tsv", "turtle")
        if answer.status != HTTPStatus.OK:
            return answer
        fingerprint = hashlib.sha256(answer.body).hexdigest()
        with self.lock:  # one redraw at a time; requests meanwhile wait for it
            if fingerprint != self.fingerprint:
                from mediakg.graph.viz.page import render_html
                from mediakg.graph.viz.titles import dataset_title
                self.dataset = self._dataset()
                self.page_title = self.title or dataset_title(self.dataset, default=store_name(self.store))
                self.page = render_html(self.dataset, title=self.page_title).encode("utf-8")
                self.fingerprint = fingerprint
            page, dataset, title = self.page, self.dataset, self.page_title
        if query is not None:
            return self._result_page(query, dataset, title)
        return PageReply(HTTPStatus.OK, "text/html; charset=utf-8", page, {"Cache-Control": "no-store"})

    def _result_page(self, query: str, dataset, title: str) -> Reply:
        """The graph of a query's answer; the query runs like any endpoint query (in the child,
        under the limits), and the drawing reads the facts of the returned triples."""
        from rdflib import Graph
        from rdflib.query import Result

        from mediakg.graph.serve.protocol import query_form
        from mediakg.graph.viz.network import entity_network
        from mediakg.graph.viz.page import render_network

        form = query_form(query)
        if form == "ASK":
            return text_reply(HTTPStatus.BAD_REQUEST, "an ASK query returns no triples; use CONSTRUCT or SELECT ?s ?p ?o")
        answer = self.run(query, "json", "ntriples")
        if answer.status != HTTPStatus.OK:
            return answer
        try:
            if answer.content_type.startswith("application/n-triples"):
                triples = list(Graph().parse(data=answer.body.decode("utf-8"), format="nt"))
            else:
                result = Result.parse(io.BytesIO(answer.body), format="json")
                if not {"s", "p", "o"} <= {str(v) for v in result.vars or ()}:
                    return text_reply(HTTPStatus.BAD_REQUEST, "a SELECT query must return the variables ?s ?p ?o")
                triples = [(row.s, row.p, row.o) for row in result]  # type: ignore[union-attr]
        except Exception as exc:  # the store's answer, not the user's input: say what failed
            return text_reply(HTTPStatus.BAD_GATEWAY, f"the answer could not be read: {' '.join(str(exc).split())[:300]}")
        page = render_network(entity_network(dataset, triples=triples), title=f"{title}: query result")
        return PageReply(HTTPStatus.OK, "text/html; charset=utf-8", page.encode("utf-8"), {"Cache-Control": "no-store"})

    def _dataset(self):
        """The store as last committed: a store in a folder opened afresh (a read-only Oxigraph
        handle keeps the state it was opened with), a SPARQL server asked again."""
        if self.store.folder is not None:
            fresh = open_store(self.store.folder, read_only=True)
            try:
                return fresh.dataset()
            finally:
                fresh.close()
        return self.store.dataset()
