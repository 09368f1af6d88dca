"""`mediakg serve`: the SPARQL 1.1 Protocol over a store, read-only, plus the store's browser page.

GET or POST /sparql (also /query) answers queries as SPARQL JSON, XML, CSV or TSV results, and
CONSTRUCT/DESCRIBE as Turtle, N-Triples, RDF/XML or JSON-LD, chosen by the Accept header or a `format`
parameter. Updates and Graph Store writes are refused with 403; a malformed query gets 400 and the
parser's message; a query past the time limit gets 503, an answer past the size limit 413.
`/` links to the query page (`/query`, YASGUI, vendored) and the graph view (`/graph`, drawn
from the store as it is now). The Protocol's dataset parameters, content negotiation and CORS are
in protocol.py; the pages in pages.py.

What a client cannot do: make the server send requests (SERVICE is refused unless the operator
allowed the endpoint: graph/services.py), run more than `max_concurrent` queries at once (more wait
a little, then get 503 with Retry-After), grow a query past its memory cap, hold a connection open
without sending (idle and request timeouts), or hang it with a bad Content-Length (400).
"""
from __future__ import annotations

import select
import socket
import sys
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Iterable

from mediakg.graph.services import ServiceRefused, check_services
from mediakg.graph.store.protocol import QUERY_PREFIXES, Store
from mediakg.graph.serve.limits import Limits, Reply, answer_here, text_reply
from mediakg.graph.serve import pages
from mediakg.graph.serve.protocol import (CORS_HEADERS, PREFLIGHT_HEADERS, DatasetError, choose_formats, offered,
                                          query_form, with_dataset)

QUERY_PATHS = ("/sparql", "/query")
GRAPH_PATHS = ("/graph", "/graph.html")
MAX_REQUEST_BYTES = 1_000_000
WORKERS = 64  # connections served at once; more wait in the listen backlog
BACKLOG = 256  # connections the kernel queues before refusing: room for a team's bursts
IDLE_TIMEOUT_S = 20.0  # a connection that sends nothing for this long is closed
RETRY_AFTER_S = 5


def _with_headers(reply: Reply, headers: dict[str, str]) -> Reply:
    """The reply with extra headers, which _send writes after the CORS ones."""
    return pages.PageReply(reply.status, reply.content_type, reply.body, {**getattr(reply, "headers", {}), **headers})


def _runner(store: Store, limits: Limits):
    """How one query is answered: in a child process that can be killed, for a store in a folder."""
    if store.folder is not None:
        from mediakg.graph.serve.workers import WorkerPool
        pool = WorkerPool(str(store.folder), limits)
        return lambda query, results, graphs, gone=None: pool.answer(query, results=results, graphs=graphs, cancelled=gone)
    return lambda query, results, graphs, gone=None: answer_here(store, query, results=results, graphs=graphs, limits=limits)


def handler_class(store: Store, *, limits: Limits, title: str | None, quiet: bool,
                  allow_service: Iterable[str] = (), idle_timeout_s: float = IDLE_TIMEOUT_S) -> type[BaseHTTPRequestHandler]:
    run = _runner(store, limits)
    graph_page = pages.LiveGraphPage(store, title, run)
    title = title or pages.store_name(store)
    allowed = tuple(allow_service)
    # Each running query may hold a process and up to max_memory_bytes: bound how many run at once.
    slots = threading.BoundedSemaphore(max(1, limits.max_concurrent))

    class Handler(BaseHTTPRequestHandler):
        server_version = "mediakg"
        timeout = idle_timeout_s  # socket timeout: closes idle connections and stalled requests

        def _send(self, reply: Reply, *, retry_after: int | None = None) -> None:
            self.send_response(reply.status)
            if retry_after is not None:
                self.send_header("Retry-After", str(retry_after))
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            for name, value in (CORS_HEADERS | getattr(reply, "headers", {})).items():  # pages add theirs
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply.body)

        def _client_gone(self) -> bool:
            """True when the client closed its connection: its query need not run on."""
            try:
                ready, _, _ = select.select([self.connection], [], [], 0)
                return bool(ready) and self.connection.recv(1, socket.MSG_PEEK) == b""
            except (OSError, ValueError):
                return True

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
                check_services(query, allowed, QUERY_PREFIXES)
            except ServiceRefused as exc:
                return text_reply(HTTPStatus.BAD_REQUEST, str(exc))
            try:
                query = with_dataset(query, params.get("default-graph-uri", []), params.get("named-graph-uri", []))
            except DatasetError as exc:
                return text_reply(HTTPStatus.BAD_REQUEST, f"malformed query: {exc}")
            if not slots.acquire(timeout=limits.queue_wait_s):
                reply = text_reply(HTTPStatus.SERVICE_UNAVAILABLE, f"{limits.max_concurrent} queries are running; try again shortly")
                return _with_headers(reply, {"Retry-After": str(RETRY_AFTER_S)})
            try:
                return run(query, choice.results, choice.graphs, self._client_gone)
            finally:
                slots.release()

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
                if queries:  # the graph of a query's result: the same SERVICE rule as /sparql
                    try:
                        check_services(queries[0], allowed, QUERY_PREFIXES)
                    except ServiceRefused as exc:
                        return text_reply(HTTPStatus.BAD_REQUEST, str(exc))
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
            declared = (self.headers.get("Content-Length") or "0").strip()
            if not declared.isascii() or not declared.isdigit():  # "abc", "-1", "+5": never a length
                self.close_connection = True  # the body's end is unknown: nothing after it can be read
                return self._send(text_reply(HTTPStatus.BAD_REQUEST, f"Content-Length {declared[:40]!r} is not a length"))
            length = int(declared)
            if length > MAX_REQUEST_BYTES:
                self.close_connection = True
                return self._send(text_reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the request is too large"))
            try:
                body = self.rfile.read(length).decode("utf-8", "replace")
            except (TimeoutError, socket.timeout):
                self.close_connection = True
                return self._send(text_reply(HTTPStatus.REQUEST_TIMEOUT, "the request body did not arrive in time"))
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


class PooledHTTPServer(HTTPServer):
    """An HTTP server whose connections are served by a fixed pool of threads, with a deep backlog:
    a burst of clients queues instead of being refused, and no burst can start unbounded threads."""

    request_queue_size = BACKLOG

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], *, workers: int = WORKERS) -> None:
        super().__init__(address, handler)
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mediakg-serve")

    def process_request(self, request, client_address) -> None:  # noqa: ANN001 (socketserver's names)
        self.pool.submit(self._serve_one, request, client_address)

    def _serve_one(self, request, client_address) -> None:  # noqa: ANN001
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        # A client that vanished mid-answer is not the server's error: one line, no traceback.
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError, socket.timeout)):
            return
        sys.stderr.write(f"{client_address[0]} error: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}\n")

    def server_close(self) -> None:
        super().server_close()
        self.pool.shutdown(wait=False, cancel_futures=True)


def make_server(store: Store, *, host: str = "127.0.0.1", port: int = 8000, limits: Limits = Limits(),
                title: str | None = None, quiet: bool = False, allow_service: Iterable[str] = (),
                workers: int = WORKERS, idle_timeout_s: float = IDLE_TIMEOUT_S) -> PooledHTTPServer:
    handler = handler_class(store, limits=limits, title=title, quiet=quiet, allow_service=allow_service,
                            idle_timeout_s=idle_timeout_s)
    return PooledHTTPServer((host, port), handler, workers=workers)
