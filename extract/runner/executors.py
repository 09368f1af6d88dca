"""The extraction stage: a stream of documents in, (document, extraction) pairs out, in input
order, without knowing where the results go.

Documents are grouped in batches; each batch runs `extract_texts` (mediakg.extract.runner.batch) in
this process (in one thread, a batch ahead of the caller), in a pool of worker processes
(`processes=N`), or on a Dask cluster
(`executor="dask://HOST:PORT"`). Only a few batches are in flight at once, so memory stays flat
however long the input stream is, and results are yielded in the order documents were read, so
every executor builds the same graph.
"""
from __future__ import annotations

import multiprocessing
import sys
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

from mediakg.errors import InputError
from mediakg.extract.runner.batch import extract_texts
from mediakg.extract.records import Extraction
from mediakg.extract.inputs.readers import InputDocument, Skipped

DASK_SCHEME = "dask://"
CONNECT_TIMEOUT = "10s"  # how long to wait for the Dask scheduler before giving up
# A task sent to a worker process (or a Dask worker) holds at most this much text, or
# `batch_size` documents, whichever comes first. Whole batches of real-length articles make a
# handful of tasks per few hundred documents, and one worker then idles while the other finishes
# the last; tasks of a few articles each keep every worker busy to the end.
TASK_CHARS = 16_000
Submit = Callable[[list[str]], Future]
Extracted = tuple[InputDocument, Extraction]

# One extraction at a time per process: a spaCy pipeline (and its memory zone) is not meant to
# be shared by threads, and a Dask worker may run several tasks in threads.
_PIPELINE_LOCK = threading.Lock()


def extract_texts_locked(texts: list[str], *, model: str | None, max_chars: int | None,
                         batch_size: int) -> list[Extraction | str]:
    """`extract_texts` for executors whose workers may run tasks in threads."""
    with _PIPELINE_LOCK:
        return extract_texts(texts, model=model, max_chars=max_chars, batch_size=batch_size)


def batches(documents: Iterable[InputDocument | Skipped], size: int,
            max_chars: int | None = None) -> Iterator[list[InputDocument] | Skipped]:
    """Documents grouped `size` at a time, or fewer once they hold `max_chars` characters of
    text; a Skipped item passes straight through."""
    batch: list[InputDocument] = []
    chars = 0
    for item in documents:
        if isinstance(item, Skipped):
            yield item
            continue
        batch.append(item)
        chars += len(item.text)
        if len(batch) >= size or (max_chars is not None and chars >= max_chars):
            yield batch
            batch = []
            chars = 0
    if batch:
        yield batch


def _results(batch: list[InputDocument] | Skipped, future: Future | None) -> Iterator[Extracted | Skipped]:
    if isinstance(batch, Skipped):
        yield batch
        return
    for document, result in zip(batch, future.result()):
        yield Skipped(document.source, result) if isinstance(result, str) else (document, result)


def run_batches(documents: Iterable[InputDocument | Skipped], submit: Submit, *, batch_size: int,
                in_flight: int, task_chars: int | None = None) -> Iterator[Extracted | Skipped]:
    """Submit batches (see `batches`), at most `in_flight` unfinished at a time, and yield
    results in input order; a skipped document waits its turn too, so every executor gives the
    same stream."""
    pending: deque[tuple[list[InputDocument] | Skipped, Future | None]] = deque()
    for item in batches(documents, batch_size, task_chars):
        pending.append((item, None if isinstance(item, Skipped) else submit([d.text for d in item])))
        while sum(future is not None for _, future in pending) >= in_flight:
            yield from _results(*pending.popleft())
        while pending and pending[0][1] is None:  # a skip with nothing before it goes out at once
            yield from _results(*pending.popleft())
    while pending:
        yield from _results(*pending.popleft())


@contextmanager
def _local(*, model, max_chars, batch_size) -> Iterator[tuple[Submit, int]]:
    # One thread extracts the next batch while the caller uses the last one (a build makes and
    # writes its graphs): much of the parse runs in NumPy's and spaCy's compiled code, which
    # lets the caller's Python run meanwhile. One thread, under the process's pipeline lock: two
    # streams in one process still take turns. While a batch parses, BLAS runs on one thread
    # for the whole process (extract_texts), the caller's NumPy work included.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mediakg-extract") as pool:
        try:
            yield (lambda texts: pool.submit(extract_texts_locked, texts, model=model, max_chars=max_chars,
                                             batch_size=batch_size)), 2
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: forked on Linux while this process runs no other thread, so
    a worker starts at once and shares the parent's loaded pipeline (copy-on-write) instead of
    importing everything and loading the model again; spawned otherwise, since a thread (a
    progress bar, a Dask client) may hold a lock that a forked child would find held forever."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


@contextmanager
def _process_pool(processes: int, *, model, max_chars, batch_size) -> Iterator[tuple[Submit, int]]:
    # Each worker loads the pipeline once, on its first batch (a forked one finds it loaded
    # when the parent had loaded it).
    with ProcessPoolExecutor(max_workers=processes, mp_context=worker_context()) as pool:
        yield (lambda texts: pool.submit(extract_texts, texts, model=model, max_chars=max_chars,
                                         batch_size=batch_size)), 2 * processes


def dask_address(executor: str) -> str:
    """`dask://HOST:PORT` -> the scheduler address `tcp://HOST:PORT`."""
    if not executor.startswith(DASK_SCHEME) or not executor[len(DASK_SCHEME):].strip("/"):
        raise InputError(executor, "unknown executor; use dask://HOST:PORT")
    return "tcp://" + executor[len(DASK_SCHEME):].strip("/")


@contextmanager
def _dask(executor: str, *, model, max_chars, batch_size) -> Iterator[tuple[Submit, int]]:
    address = dask_address(executor)
    try:
        from distributed import Client
    except ImportError:
        raise InputError(executor, "needs the Dask distributed package: pip install 'mediakg[dask]'") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except Exception as exc:  # noqa: BLE001 - OSError, TimeoutError, CommClosedError...: all mean "not there"
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise InputError(executor, f"cannot reach the Dask scheduler: {reason}") from None
    with client:
        threads = max(1, sum(client.nthreads().values()))
        # pure=False: two batches with the same texts are still two tasks, each with its result.
        yield (lambda texts: client.submit(extract_texts_locked, texts, model=model, max_chars=max_chars,
                                           batch_size=batch_size, pure=False)), 2 * threads


def extract_documents(documents: Iterable[InputDocument | Skipped], *, model: str | None = None,
                      processes: int = 1, batch_size: int = 64, executor: str | None = None,
                      max_chars: int | None = None) -> Iterator[Extracted | Skipped]:
    """(document, extraction) for each document, in input order, or a `Skipped` for a document
    that could not be read or extracted. Where results go is the caller's business."""
    if processes < 1 or batch_size < 1:
        raise ValueError("processes and batch_size must be at least 1")
    options = dict(model=model, max_chars=max_chars, batch_size=batch_size)
    # Tasks are cut by size only where they are shared out; in this process a whole batch
    # parses fastest.
    task_chars: int | None = TASK_CHARS
    if executor:
        runner = _dask(executor, **options)
    elif processes > 1:
        runner = _process_pool(processes, **options)
    else:
        runner, task_chars = _local(**options), None
    with runner as (submit, in_flight):
        yield from run_batches(documents, submit, batch_size=batch_size, in_flight=in_flight, task_chars=task_chars)
