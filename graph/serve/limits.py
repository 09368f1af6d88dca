"""Answering one endpoint query within a time limit and a size limit.

Oxigraph cannot cancel a running query, so on an embedded store each query runs in a forked child
process that opens the store read-only and streams the answer through a pipe: past the time limit
or the size limit the child is killed, and the machine gets its core back. On a SPARQL server the
request is simply abandoned (the server applies its own limits).
"""
from __future__ import annotations

import ctypes
import io
import os
import select
import signal
from dataclasses import dataclass
from http import HTTPStatus
from time import monotonic

from mediakg.graph.store.protocol import GRAPH_TYPES, RESULT_TYPES, Store, StoreQueryError

# A child says what it wrote by its exit status: an index into MEDIA_TYPES, or one of these.
MEDIA_TYPES = tuple(RESULT_TYPES.values()) + tuple(GRAPH_TYPES.values())
EXIT_MALFORMED, EXIT_FAILED = 64, 65
PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>


@dataclass(frozen=True)
class Limits:
    timeout_s: float = 30.0
    max_result_bytes: int = 50_000_000


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


class _PipeWriter:
    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]
        return len(data)

    def flush(self) -> None:
        pass


def _child(path: str, query: str, results: str, graphs: str, fd: int) -> int:
    from mediakg.graph.store.oxigraph import EmbeddedStore
    from pathlib import Path

    out = _PipeWriter(fd)
    try:
        store = EmbeddedStore.open(Path(path), read_only=True)
        media_type = store.query(query, output=out, results=results, triples=graphs)
        return MEDIA_TYPES.index(media_type)
    except StoreQueryError as exc:
        out.write(str(exc).encode("utf-8"))
        return EXIT_MALFORMED
    except BaseException as exc:  # anything else: say what, in the body
        out.write(" ".join(str(exc).split())[:300].encode("utf-8"))
        return EXIT_FAILED


def _die_with_parent() -> None:
    """Ask Linux to kill this child when the server goes, so no query outlives the server."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the child still ends at its pipe's next write
        pass


def answer_in_child(path: str, query: str, *, results: str, graphs: str, limits: Limits) -> Reply:
    """Run the query in a forked child on the store folder at `path`, killing it at either limit."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the server's code
        code = EXIT_FAILED
        try:
            _die_with_parent()
            os.close(read_end)
            code = _child(path, query, results, graphs, write_end)
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        body, stopped = _collect(read_end, limits)
    finally:
        os.close(read_end)
        if stopped:
            os.kill(pid, signal.SIGKILL)
        code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    if stopped:
        return _too_slow(limits) if stopped == "time" else _too_big(limits)
    if 0 <= code < len(MEDIA_TYPES):
        return _ok(MEDIA_TYPES[code], body)
    if code == EXIT_MALFORMED:
        return _malformed(body.decode("utf-8", "replace"))
    return text_reply(HTTPStatus.INTERNAL_SERVER_ERROR,
                      f"the query failed: {body.decode('utf-8', 'replace') or f'exit status {code}'}")


def _collect(fd: int, limits: Limits) -> tuple[bytes, str]:
    """Read the child's answer until it closes the pipe: (answer, "" or "time" or "size")."""
    deadline = monotonic() + limits.timeout_s
    chunks, size = [], 0
    while True:
        remaining = deadline - monotonic()
        if remaining <= 0:
            return b"", "time"
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            continue
        data = os.read(fd, 1 << 16)
        if not data:
            return b"".join(chunks), ""
        size += len(data)
        if size > limits.max_result_bytes:
            return b"", "size"
        chunks.append(data)
