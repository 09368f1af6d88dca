"""Running one piece of query work in a forked child with a time, size and memory limit.

Neither Oxigraph nor rdflib can cancel a running query, and a cross product can fill the machine's
memory long before any time limit: so the work runs in a forked child whose address space is
capped (RLIMIT_AS) and which the parent kills at the time limit or when its output grows past the
size limit. The child streams its output through a pipe and reports how it ended by exit status.
"""
from __future__ import annotations

import ctypes
import os
import resource
import select
import signal
from dataclasses import dataclass
from time import monotonic
from typing import BinaryIO, Callable

PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
# Exit statuses a child uses to say how it ended (0..63 are left to the work itself).
EXIT_REFUSED, EXIT_FAILED, EXIT_MEMORY = 64, 65, 66


@dataclass(frozen=True)
class Ended:
    """How a child ended: its exit code (negative: killed by that signal), its output, and
    "time"/"size" when the parent stopped it at a limit."""
    code: int
    output: bytes
    stopped: str = ""

    @property
    def out_of_memory(self) -> bool:
        # Python raises MemoryError (EXIT_MEMORY); Rust (Oxigraph) aborts on a failed allocation.
        return self.code == EXIT_MEMORY or self.code == -signal.SIGABRT or self.code == -signal.SIGSEGV


def address_space_bytes() -> int:
    """This process's current virtual size: a forked child inherits it all before doing any work."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def cap_memory(budget_bytes: int) -> None:
    """Let this process grow by at most budget_bytes of address space past what it has now.
    Counted from the current size because a child of a threaded server inherits every thread's
    stack and malloc arena, which a fixed cap would already exceed."""
    if budget_bytes <= 0:
        return
    limit = address_space_bytes() + budget_bytes
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):  # a harder limit is already set: keep it
        pass


def _die_with_parent() -> None:
    """Ask Linux to kill this child when the parent goes, so no query outlives its server."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the child still ends at its pipe's next write
        pass


def write_all(fd: int, data: bytes) -> None:
    """All of `data` to a pipe, which may take it in several writes."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class PipeWriter:
    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, data: bytes) -> int:
        write_all(self.fd, data)
        return len(data)

    def flush(self) -> None:
        pass


def run_in_child(work: Callable[[BinaryIO], int], *, timeout_s: float, max_output_bytes: int,
                 max_memory_bytes: int, cancelled: Callable[[], bool] | None = None) -> Ended:
    """Fork, cap the child's memory, run work(output) there and collect what it writes.
    work returns the child's exit code; MemoryError becomes EXIT_MEMORY and any other exception
    EXIT_FAILED with its message as the output. cancelled() is asked twice a second: when it says
    True (the client went away) the child is killed and stopped is "gone"."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the parent's code
        code = EXIT_FAILED
        try:
            _die_with_parent()
            os.close(read_end)
            cap_memory(max_memory_bytes)
            # Rust's "memory allocation of N bytes failed" and backtrace would go to the user's
            # terminal or the server log; how the child ended is told by its exit status instead.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)
            os.close(devnull)
            out = PipeWriter(write_end)
            try:
                code = work(out)
            except MemoryError:
                code = EXIT_MEMORY
            except BaseException as exc:  # say what, in the output
                out.write(" ".join(str(exc).split())[:300].encode("utf-8") or type(exc).__name__.encode())
                code = EXIT_FAILED
        finally:
            os._exit(code)
    os.close(write_end)
    stopped = ""
    try:
        output, stopped = _collect(read_end, timeout_s, max_output_bytes, cancelled)
    finally:
        os.close(read_end)
        if stopped:
            os.kill(pid, signal.SIGKILL)
        code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    return Ended(code, output, stopped)


def _collect(fd: int, timeout_s: float, max_bytes: int, cancelled: Callable[[], bool] | None) -> tuple[bytes, str]:
    """Read the child's output until it closes the pipe: (output, "" or "time", "size", "gone")."""
    deadline = monotonic() + timeout_s
    chunks, size = [], 0
    while True:
        remaining = deadline - monotonic()
        if remaining <= 0:
            return b"", "time"
        ready, _, _ = select.select([fd], [], [], min(remaining, 0.5) if cancelled else remaining)
        if not ready:
            if cancelled is not None and cancelled():
                return b"", "gone"
            continue
        data = os.read(fd, 1 << 16)
        if not data:
            return b"".join(chunks), ""
        size += len(data)
        if size > max_bytes:
            return b"", "size"
        chunks.append(data)
