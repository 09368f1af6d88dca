"""Answering one endpoint query within a time limit and a size limit.

Oxigraph cannot cancel a running query, so on an embedded store each query runs in a worker
process (workers.py) that has the store open read-only and streams the answer through a pipe:
past the time limit or the size limit the worker is killed, and the machine gets its core back;
its address space is capped, so a cross product ends in an error, not in the machine's swap. On a SPARQL server the
request is simply abandoned (the server applies its own limits).
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from http import HTTPStatus
from time import monotonic


from mediakg.graph.store.protocol import GRAPH_TYPES, RESULT_TYPES, Store, StoreQueryError

# A child says what it wrote by its exit status: an index into MEDIA_TYPES, or one of these.
MEDIA_TYPES = tuple(RESULT_TYPES.values()) + tuple(GRAPH_TYPES.values())


@dataclass(frozen=True)
class Limits:
    timeout_s: float = 30.0
    max_result_bytes: int = 50_000_000
    max_memory_bytes: int = 1_000_000_000  # address space one query may add (embedded store)
    max_concurrent: int = 4  # queries running at once; more wait up to queue_wait_s, then 503
    queue_wait_s: float = 10.0


@dataclass(frozen=True)
class Reply:
    status: int
    content_type: str
    body: bytes


def text_reply(status: HTTPStatus, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


def _ok(media_type: str, body: bytes) -> Reply:
    # SPARQL XML results declare their encoding themselves.
    charset = "" if media_type == RESULT_TYPES["xml"] else "; charset=utf-8"
    return Reply(HTTPStatus.OK, media_type + charset, body)


def _too_slow(limits: Limits) -> Reply:
    return text_reply(HTTPStatus.SERVICE_UNAVAILABLE, f"the query ran past the time limit of {limits.timeout_s:g} s")


def _too_big(limits: Limits) -> Reply:
    return text_reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                      f"the answer is larger than the limit of {limits.max_result_bytes} bytes; add a LIMIT")


def _malformed(message: str) -> Reply:
    return text_reply(HTTPStatus.BAD_REQUEST, f"malformed query: {message}")


class _Stop(Exception):
    pass


class _BoundedBuffer:
    """Collects an answer and stops the writer (by raising from write) past either limit."""

    def __init__(self, limits: Limits) -> None:
        self.buffer = io.BytesIO()
        self.limits = limits
        self.deadline = monotonic() + limits.timeout_s
        self.too_big = self.too_slow = False

    def write(self, data: bytes) -> int:
        if monotonic() > self.deadline:
            self.too_slow = True
            raise _Stop("time limit")
        if self.buffer.tell() + len(data) > self.limits.max_result_bytes:
            self.too_big = True
            raise _Stop("size limit")
        return self.buffer.write(data)

    def flush(self) -> None:
        pass


def answer_here(store: Store, query: str, *, results: str, graphs: str, limits: Limits) -> Reply:
    """Run the query in this thread (for a SPARQL server store: the work is the server's)."""
    out = _BoundedBuffer(limits)
    try:
        media_type = store.query(query, output=out, results=results, triples=graphs)
    except StoreQueryError as exc:
        return _malformed(str(exc))
    except Exception as exc:  # our own _Stop comes back wrapped in whatever the writer raises
        if out.too_big:
            return _too_big(limits)
        if out.too_slow:
            return _too_slow(limits)
        return text_reply(HTTPStatus.BAD_GATEWAY, f"the store failed: {' '.join(str(exc).split())[:300]}")
    return _ok(media_type, out.buffer.getvalue())
