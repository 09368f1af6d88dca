"""`mediakg serve`: the SPARQL 1.1 Protocol over a store, read-only, plus the store's browser page.

GET or POST /sparql (also /query) answers queries as SPARQL JSON, XML, CSV or TSV results, and
CONSTRUCT/DESCRIBE as Turtle, N-Triples, RDF/XML or JSON-LD, chosen by the Accept header or a `format`
parameter. Updates and Graph Store writes are refused with 403; a malformed query gets 400 and the
parser's message; a query past the time limit gets 503, an answer past the size limit 413.
`/` links to the query page (`/query`, YASGUI, vendored) and the graph view (`/graph`, drawn
from the store as it is now). The Protocol's dataset parameters, content negotiation and CORS are
in protocol.py; the pages in pages.py.
"""
from __future__ import annotations

import sys
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from mediakg.graph.store.protocol import Store
from mediakg.graph.serve.limits import Limits, Reply, answer_here, answer_in_child, text_reply
from mediakg.graph.serve import pages
from mediakg.graph.serve.protocol import (CORS_HEADERS, PREFLIGHT_HEADERS, DatasetError, choose_formats, offered,
                                          query_form, with_dataset)

QUERY_PATHS = ("/sparql", "/query")
GRAPH_PATHS = ("/graph", "/graph.html")
MAX_REQUEST_BYTES = 1_000_000


def _runner(store: Store, limits: Limits):
    """How one query is answered: in a child process that can be killed, for an embedded store."""
    from mediakg.graph.store.oxigraph import EmbeddedStore

    if isinstance(store, EmbeddedStore) and store.path is not None:
        path = str(store.path)
        return lambda query, results, graphs: answer_in_child(path, query, results=results, graphs=graphs, limits=limits)
    return lambda query, results, graphs: answer_here(store, query, results=results, graphs=graphs, limits=limits)


def handler_class(store: Store, *, limits: Limits, title: str | None, quiet: bool) -> type[BaseHTTPRequestHandler]:
    run = _runner(store, limits)
    graph_page = pages.LiveGraphPage(store, title, run)
    title = title or pages.store_name(store)

    class Handler(BaseHTTPRequestHandler):
        server_version = "mediakg"

        def _send(self, reply: Reply) -> None:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            for name, value in (CORS_HEADERS | getattr(reply, "headers", {})).items():  # pages add theirs
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply.body)

        def _query(self, params: dict[str, list[str]], body_query: str | None) -> None:
            if "update" in params:
                return self._send(text_reply(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused"))
            queries = ([body_query] if body_query is not None else []) + params.get("query", [])
            if len(queries) != 1:
                return self._send(text_reply(HTTPStatus.BAD_REQUEST, "give exactly one query (the `query` parameter)"))
            self._send(self._answer(queries[0], params))

        def _answer(self, query: str, params: dict[str, list[str]]) -> Reply:
            """The Protocol's points: formats by query form (406 when none fits), the dataset."""
            form = query_form(query)
            fmt = (params.get("format") or params.get("output") or [None])[0]
            choice = choose_formats(self.headers.get("Accept", ""), fmt, form)
            if choice is None:
                return text_reply(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer a {form or 'query'} in the Accept "
                                                             f"header's types; this endpoint serves {offered(form)}")
            try:
                query = with_dataset(query, params.get("default-graph-uri", []), params.get("named-graph-uri", []))
            except DatasetError as exc:
                return text_reply(HTTPStatus.BAD_REQUEST, f"malformed query: {exc}")
            return run(query, choice.results, choice.graphs)

        def do_GET(self) -> None:  # noqa: N802 (the http.server naming)
            url = urllib.parse.urlsplit(self.path)
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            page = self._page(url.path, params)
            if page is not None:
                return self._send(page)
            if url.path in QUERY_PATHS:
                return self._query(params, None)
            self._send(text_reply(HTTPStatus.NOT_FOUND, f"no such page; SPARQL is at {QUERY_PATHS[0]}"))

        do_HEAD = do_GET

        def _page(self, path: str, params: dict[str, list[str]]) -> Reply | None:
            """The browser pages: the index, the query editor (/query or /sparql without a query)
            and the graph view; None for a SPARQL request."""
            if path == "/":
                return pages.index_page(title)
            if path in GRAPH_PATHS:
                queries = params.get("query", [])
                return graph_page.get(queries[0] if queries else None)
            if path.startswith(pages.ASSET_PREFIX):
                return pages.asset(path)
            if path in QUERY_PATHS and not params.get("query") and "update" not in params:
                if path == "/query" or "text/html" in self.headers.get("Accept", ""):
                    return pages.query_page(title)
            return None

        def do_OPTIONS(self) -> None:  # noqa: N802: a CORS preflight (a query editor on another origin)
            self.send_response(HTTPStatus.NO_CONTENT)
            for name, value in PREFLIGHT_HEADERS.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_REQUEST_BYTES:
                return self._send(text_reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the request is too large"))
            body = self.rfile.read(length).decode("utf-8", "replace")
            kind = self.headers.get_content_type()
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            if kind == "application/sparql-update" or url.path == "/update":
                return self._send(text_reply(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused"))
            if url.path not in QUERY_PATHS:
                return self._send(text_reply(HTTPStatus.NOT_FOUND, f"no such endpoint; SPARQL is at {QUERY_PATHS[0]}"))
            if kind == "application/sparql-query":
                return self._query(params, body)
            if kind == "application/x-www-form-urlencoded":
                return self._query(params | urllib.parse.parse_qs(body, keep_blank_values=True), None)
            self._send(text_reply(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                             "send application/sparql-query or application/x-www-form-urlencoded"))

        def _read_only(self) -> None:
            self._send(text_reply(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only"))

        do_PUT = do_DELETE = do_PATCH = _read_only

        def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
            if not quiet:
                sys.stderr.write(f"{self.address_string()} {format % args}\n")

    return Handler


def make_server(store: Store, *, host: str = "127.0.0.1", port: int = 8000, limits: Limits = Limits(),
                title: str | None = None, quiet: bool = False) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, port), handler_class(store, limits=limits, title=title, quiet=quiet))
    server.daemon_threads = True
    return server
