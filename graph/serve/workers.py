"""Query worker processes for an embedded store, kept between queries.

Opening the Oxigraph store costs more than a small query (about 23 ms against a few), so a fresh
child per query made 50 concurrent clients wait seconds. Each worker here is a forked process that
keeps the store open read-only and answers one query at a time, under the same limits as before:
its address space is capped, and past the time limit, the size limit or a client gone, the server
kills it and forks a fresh one for the next query. A read-only store sees the data as it was when
it was opened, so a worker reopens it whenever the store folder has changed since (a build or
load writing to it while it is served), and a new document is answered at once.
"""
from __future__ import annotations

import json
import os
import select
import signal
import struct
import threading
from http import HTTPStatus
from pathlib import Path
from time import monotonic
from typing import Callable

from mediakg.graph.bounded import _die_with_parent, cap_memory, write_all
from mediakg.graph.serve.limits import (MEDIA_TYPES, Limits, Reply, _malformed, _ok, _too_big, _too_slow,
                                        text_reply)
from mediakg.graph.store.protocol import StoreQueryError

_HEADER = struct.Struct(">cI")  # frame kind (b"D" data, b"E" end), then length or end code
END_MALFORMED, END_FAILED, END_MEMORY = 200, 201, 202


def folder_stamp(path: str) -> tuple:
    """What changes when the store is written: its files' names, sizes and modification times."""
    try:
        return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(path)))
    except OSError:
        return ()


def _read_exactly(fd: int, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = os.read(fd, n - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


class _FrameWriter:
    def __init__(self, fd: int) -> None:
        self.fd = fd

    def _put(self, data: bytes) -> None:
        write_all(self.fd, data)

    def write(self, data: bytes) -> int:
        if data:
            self._put(_HEADER.pack(b"D", len(data)) + bytes(data))
        return len(data)

    def end(self, code: int) -> None:
        self._put(_HEADER.pack(b"E", code))

    def flush(self) -> None:
        pass


def _serve_queries(path: str, requests: int, answers: int, max_memory_bytes: int) -> None:
    """The worker's loop: read a query, answer it in frames, until the server closes the pipe."""
    from mediakg.graph.store.oxigraph import EmbeddedStore

    cap_memory(max_memory_bytes)
    out = _FrameWriter(answers)
    store, stamp = None, None
    while True:
        try:
            (length,) = struct.unpack(">I", _read_exactly(requests, 4))
            request = json.loads(_read_exactly(requests, length))
        except EOFError:
            return
        try:
            now = folder_stamp(path)
            if store is None or now != stamp:
                store = None  # release the old handle before opening a new one
                store = EmbeddedStore.open(Path(path), read_only=True)
                stamp = now
            media_type = store.query(request["query"], output=out, results=request["results"],
                                     triples=request["graphs"])
            out.end(MEDIA_TYPES.index(media_type))
        except StoreQueryError as exc:
            out.write(str(exc).encode("utf-8"))
            out.end(END_MALFORMED)
        except MemoryError:
            out.end(END_MEMORY)
            return  # a fresh worker starts with its memory back
        except Exception as exc:  # noqa: BLE001 - say what, in the answer
            out.write(" ".join(str(exc).split())[:300].encode("utf-8"))
            out.end(END_FAILED)


class Worker:
    def __init__(self, path: str, limits: Limits) -> None:
        req_r, self.requests = os.pipe()
        self.answers, ans_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the worker: never returns into the server's code
            try:
                _die_with_parent()
                # Keep only its two pipes: a client socket or the listening socket held open here
                # would outlive the server's close of it, and a client would wait for its end.
                os.closerange(3, req_r)
                os.closerange(req_r + 1, ans_w)
                os.closerange(ans_w + 1, os.sysconf("SC_OPEN_MAX") if os.sysconf("SC_OPEN_MAX") < 65536 else 65536)
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 2)  # Rust's allocation-failure message is not the server log's business
                _serve_queries(path, req_r, ans_w, limits.max_memory_bytes)
            finally:
                os._exit(0)
        os.close(req_r)
        os.close(ans_w)

    def send(self, query: str, results: str, graphs: str) -> None:
        payload = json.dumps({"query": query, "results": results, "graphs": graphs}).encode("utf-8")
        data = memoryview(struct.pack(">I", len(payload)) + payload)
        while data:
            data = data[os.write(self.requests, data):]

    def stop(self) -> int:
        """Kill the worker and reap it: its exit code (negative for a signal)."""
        for fd in (self.requests, self.answers):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        return os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])


class WorkerPool:
    """Up to `limits.max_concurrent` workers on the store at `path` (the caller bounds how many
    queries run at once); each query borrows an idle worker or forks a new one."""

    def __init__(self, path: str, limits: Limits) -> None:
        self.path, self.limits = path, limits
        self.idle: list[Worker] = []
        self.lock = threading.Lock()

    def answer(self, query: str, *, results: str, graphs: str,
               cancelled: Callable[[], bool] | None = None) -> Reply:
        with self.lock:
            worker = self.idle.pop() if self.idle else None
        if worker is None:
            worker = Worker(self.path, self.limits)
        try:
            worker.send(query, results, graphs)
            outcome, body, code = self._collect(worker, cancelled)
        except OSError:  # the worker died between queries (its pipe is closed)
            outcome, body, code = "dead", b"", END_FAILED
        if outcome == "ok":
            with self.lock:
                self.idle.append(worker)
        else:
            status = worker.stop()
            if outcome == "dead":
                code = END_MEMORY if status in (-signal.SIGABRT, -signal.SIGSEGV) else END_FAILED
        limits = self.limits
        if outcome == "time":
            return _too_slow(limits)
        if outcome == "size":
            return _too_big(limits)
        if outcome == "gone":
            return text_reply(HTTPStatus.SERVICE_UNAVAILABLE, "the client went away")
        if 0 <= code < len(MEDIA_TYPES):
            return _ok(MEDIA_TYPES[code], body)
        if code == END_MALFORMED:
            return _malformed(body.decode("utf-8", "replace"))
        if code == END_MEMORY:
            return text_reply(HTTPStatus.SERVICE_UNAVAILABLE,
                              f"the query needed more than the memory limit of {limits.max_memory_bytes} bytes; "
                              "narrow it or add a LIMIT")
        return text_reply(HTTPStatus.INTERNAL_SERVER_ERROR,
                          f"the query failed: {body.decode('utf-8', 'replace') or 'the query process died'}")

    def _collect(self, worker: Worker, cancelled: Callable[[], bool] | None) -> tuple[str, bytes, int]:
        """Read frames until the end frame: ("ok"|"time"|"size"|"gone"|"dead", body, end code)."""
        deadline = monotonic() + self.limits.timeout_s
        chunks, size, buffer = [], 0, b""
        while True:
            while len(buffer) >= _HEADER.size:
                kind, value = _HEADER.unpack_from(buffer)
                if kind == b"E":
                    # A memory failure ends the worker: it must not be reused.
                    return ("ok" if value != END_MEMORY else "dead"), b"".join(chunks), value
                if len(buffer) < _HEADER.size + value:
                    break
                chunks.append(buffer[_HEADER.size:_HEADER.size + value])
                buffer = buffer[_HEADER.size + value:]
                size += value
                if size > self.limits.max_result_bytes:
                    return "size", b"", 0
            remaining = deadline - monotonic()
            if remaining <= 0:
                return "time", b"", 0
            ready, _, _ = select.select([worker.answers], [], [], min(remaining, 0.5))
            if not ready:
                if cancelled is not None and cancelled():
                    return "gone", b"", 0
                continue
            data = os.read(worker.answers, 1 << 16)
            if not data:
                return "dead", b"", END_FAILED
            buffer += data

    def close(self) -> None:
        with self.lock:
            idle, self.idle = self.idle, []
        for worker in idle:
            worker.stop()
