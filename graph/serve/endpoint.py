"""`mediakg serve`: the SPARQL 1.1 Protocol over a store, read-only, plus the store's browser page.

GET or POST /sparql (also /query) answers queries as SPARQL JSON, XML, CSV or TSV results, and
CONSTRUCT/DESCRIBE as Turtle, N-Triples or JSON-LD, chosen by the Accept header or a `format`
parameter. Updates and Graph Store writes are refused with 403; a malformed query gets 400 and the
parser's message; a query past the time limit gets 503, an answer past the size limit 413.
`/` (and `/graph.html`) is the browser view of the store's graph.

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

QUERY_PATHS = ("/sparql", "/query")
PAGE_PATHS = ("/", "/graph.html")
MAX_REQUEST_BYTES = 1_000_000
WORKERS = 64  # connections served at once; more wait in the listen backlog
BACKLOG = 256  # connections the kernel queues before refusing: room for a team's bursts
IDLE_TIMEOUT_S = 20.0  # a connection that sends nothing for this long is closed
RETRY_AFTER_S = 5

# Media types (and `format` parameter values) clients ask for -> the keys of RESULT_TYPES/GRAPH_TYPES.
RESULT_ALIASES = {"application/sparql-results+json": "json", "application/json": "json", "json": "json",
                  "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml", "xml": "xml",
                  "text/csv": "csv", "csv": "csv", "text/tab-separated-values": "tsv", "tsv": "tsv"}
GRAPH_ALIASES = {"text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
                 "turtle": "turtle", "application/ld+json": "jsonld", "application/x-json+ld": "jsonld",
                 "application/json": "jsonld", "json-ld": "jsonld", "jsonld": "jsonld",
                 "application/n-triples": "ntriples", "text/plain": "ntriples", "nt": "ntriples"}


def negotiate(accept: str, fmt: str | None) -> tuple[str, str]:
    """(results format, graph format) for an Accept header and an optional `format` parameter."""
    wanted: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            wanted.append((-q, position, media.strip().lower()))
    ordered = ([fmt.lower()] if fmt else []) + [media for _, _, media in sorted(wanted)]
    results = next((RESULT_ALIASES[m] for m in ordered if m in RESULT_ALIASES), "json")
    graphs = next((GRAPH_ALIASES[m] for m in ordered if m in GRAPH_ALIASES), "turtle")
    return results, graphs


class _Page:
    """The browser view, drawn once on first request: the served store does not change."""

    def __init__(self, store: Store, title: str) -> None:
        self.store, self.title = store, title
        self.lock = threading.Lock()
        self.html: bytes | None = None

    def get(self) -> bytes:
        with self.lock:
            if self.html is None:
                from mediakg.graph.viz.page import render_html
                self.html = render_html(self.store.dataset(), title=self.title).encode("utf-8")
            return self.html


def _runner(store: Store, limits: Limits):
    """How one query is answered: in a child process that can be killed, for an embedded store."""
    from mediakg.graph.store.oxigraph import EmbeddedStore

    if isinstance(store, EmbeddedStore) and store.path is not None:
        from mediakg.graph.serve.workers import WorkerPool
        pool = WorkerPool(str(store.path), limits)
        return lambda query, results, graphs, gone: pool.answer(query, results=results, graphs=graphs, cancelled=gone)
    return lambda query, results, graphs, gone: answer_here(store, query, results=results, graphs=graphs, limits=limits)


def handler_class(store: Store, *, limits: Limits, title: str, quiet: bool,
                  allow_service: Iterable[str] = (), idle_timeout_s: float = IDLE_TIMEOUT_S) -> type[BaseHTTPRequestHandler]:
    run = _runner(store, limits)
    page = _Page(store, title)
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
            fmt = (params.get("format") or params.get("output") or [None])[0]
            results, graphs = negotiate(self.headers.get("Accept", ""), fmt)
            try:
                check_services(queries[0], allowed, QUERY_PREFIXES)
            except ServiceRefused as exc:
                return self._send(text_reply(HTTPStatus.BAD_REQUEST, str(exc)))
            if not slots.acquire(timeout=limits.queue_wait_s):
                return self._send(text_reply(HTTPStatus.SERVICE_UNAVAILABLE,
                                             f"{limits.max_concurrent} queries are running; try again shortly"),
                                  retry_after=RETRY_AFTER_S)
            try:
                reply = run(queries[0], results, graphs, self._client_gone)
            finally:
                slots.release()
            self._send(reply)

        def do_GET(self) -> None:  # noqa: N802 (the http.server naming)
            url = urllib.parse.urlsplit(self.path)
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            if url.path in PAGE_PATHS:
                return self._send(Reply(HTTPStatus.OK, "text/html; charset=utf-8", page.get()))
            if url.path in QUERY_PATHS:
                return self._query(params, None)
            self._send(text_reply(HTTPStatus.NOT_FOUND, f"no such page; SPARQL is at {QUERY_PATHS[0]}"))

        do_HEAD = do_GET

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
                title: str = "mediakg", quiet: bool = False, allow_service: Iterable[str] = (),
                workers: int = WORKERS, idle_timeout_s: float = IDLE_TIMEOUT_S) -> PooledHTTPServer:
    handler = handler_class(store, limits=limits, title=title, quiet=quiet, allow_service=allow_service,
                            idle_timeout_s=idle_timeout_s)
    return PooledHTTPServer((host, port), handler, workers=workers)
