"""The extraction stage on every executor: in this process, in worker processes, on Dask."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from mediakg.errors import InputError
from mediakg.extract.runner import executors
from mediakg.extract.runner.executors import batches, dask_address, extract_documents
from mediakg.extract.runner import model as model_module
from mediakg.ontology import MEDIA
from mediakg.pipeline import build_dataset
from mediakg.extract.inputs.readers import InputDocument, Skipped, read_documents

# Made-up trade news, written for these tests.
ARTICLES = {
    "deal.txt": "Streamly has signed a multi-year agreement with Harbor Studios.\n"
                "Harbor Studios will produce the drama series \"Night Harbor\" for Streamly, directed by Maya Lindqvist.\n",
    "tokyo.txt": "Netflix and Toho Studios announced a partnership to develop animated films in Tokyo.\n",
    "hire.txt": "Harbor Studios hired Maya Lindqvist to run its new drama unit in Vancouver.\n",
    "buy.txt": "Orbit Pictures acquired Lantern Studios, the company said on Monday.\n",
    "pact.txt": "Orbit Pictures has signed a deal with Lantern Studios to co-produce films.\n",
}

slow = pytest.mark.slow


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, "utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe not text")
    return tmp_path


def comparable(dataset: Dataset) -> dict:
    """Each named graph without its extraction time, the one thing two builds may differ in."""
    out = {}
    for graph in dataset.graphs():
        if len(graph):
            copy = Graph()
            for triple in graph.triples((None, None, None)):
                if triple[1] != MEDIA.extractedAt:
                    copy.add(triple)
            out[graph.identifier] = copy
    return out


def same_graphs(a: Dataset, b: Dataset) -> bool:
    left, right = comparable(a), comparable(b)
    return left.keys() == right.keys() and all(isomorphic(left[k], right[k]) for k in left)


def test_batches_group_documents_and_pass_skips_through():
    docs = [InputDocument(str(n), str(n), "x") for n in range(5)]
    skip = Skipped("bad", "is empty")
    out = list(batches([docs[0], docs[1], skip, docs[2], docs[3], docs[4]], 2))
    assert out == [[docs[0], docs[1]], skip, [docs[2], docs[3]], [docs[4]]]


def test_batches_are_cut_at_a_size_of_text_so_workers_share_the_work():
    docs = [InputDocument(str(n), str(n), "x" * 6) for n in range(5)]
    # 6 + 6 = 12 characters reach the limit of 10: a task of two; the batch size still caps it.
    assert [len(b) for b in batches(docs, 4, max_chars=10)] == [2, 2, 1]
    assert [len(b) for b in batches(docs, 1, max_chars=10)] == [1] * 5
    assert [len(b) for b in batches(docs, 4)] == [4, 1]


def test_workers_fork_only_while_no_other_thread_runs(monkeypatch):
    import sys
    import threading

    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert executors.worker_context().get_start_method() == "spawn"
    finally:
        release.set()
        thread.join()
    # Alone (other tests may leave a thread behind, so this process's count is not relied on):
    monkeypatch.setattr(executors.threading, "active_count", lambda: 1)
    expected = "fork" if sys.platform.startswith("linux") else "spawn"
    assert executors.worker_context().get_start_method() == expected


def test_batches_come_back_in_order_with_failures_as_skips():
    from concurrent.futures import Future

    from mediakg.extract.runner.executors import run_batches
    from mediakg.extract.records import Extraction

    submitted: list[Future] = []

    class Later(Future):
        """A batch whose work happens when its result is first asked for."""

        def __init__(self, texts):
            super().__init__()
            self.texts = texts

        def result(self, timeout=None):
            if not self.done():
                self.set_result(["rule crashed" if t == "bad" else Extraction() for t in self.texts])
            return super().result(timeout)

    def submit(texts):
        submitted.append(Later(texts))
        return submitted[-1]

    docs = [InputDocument(str(n), f"src{n}", "bad" if n == 2 else f"text {n}") for n in range(6)]
    stream = [docs[0], docs[1], Skipped("unreadable", "is empty"), docs[2], docs[3], docs[4], docs[5]]
    out = list(run_batches(stream, submit, batch_size=2, in_flight=2))
    assert len(submitted) == 3
    names = [item.name if isinstance(item, Skipped) else item[0].name for item in out]
    # A skip goes out in the order it was read, between the batches around it.
    assert names == ["0", "1", "unreadable", "src2", "3", "4", "5"]
    assert out[3] == Skipped("src2", "rule crashed")


def test_in_one_process_the_next_batch_is_extracted_while_the_caller_uses_the_last(monkeypatch):
    # A build makes and writes a batch's graphs while the next batch parses; the results still
    # come in input order and extraction never runs two batches at once.
    import threading

    from mediakg.extract.records import Extraction

    started = [threading.Event() for _ in range(3)]
    release = threading.Event()
    overlapped: list[bool] = []

    def fake_extract(texts, **options):
        started[int(texts[0])].set()
        if texts[0] == "1":
            release.wait(timeout=10)  # batch 1 holds the worker until the watcher lets it go
        return [Extraction() for _ in texts]

    def watcher():
        # Batch 2 is submitted while batch 1 still runs; it must wait its turn.
        started[1].wait(timeout=10)
        overlapped.append(started[2].wait(timeout=0.5))
        release.set()

    monkeypatch.setattr(executors, "extract_texts", fake_extract)
    docs = [InputDocument(str(n), f"src{n}", str(n)) for n in range(3)]
    stream = extract_documents(iter(docs), batch_size=1)
    first = next(stream)
    assert first[0].name == "0"
    # The caller still holds the first result, and the second batch is already under way.
    assert started[1].wait(timeout=10)
    threading.Thread(target=watcher, daemon=True).start()
    assert [d.name for d, _ in stream] == ["1", "2"]
    assert overlapped == [False]


@pytest.mark.parametrize("executor", ["dask://", "tcp://127.0.0.1:8786", "localhost:8786"])
def test_an_executor_that_is_not_a_dask_address_is_refused(executor):
    with pytest.raises(InputError, match="use dask://HOST:PORT"):
        dask_address(executor)
    assert dask_address("dask://127.0.0.1:8786") == "tcp://127.0.0.1:8786"


@slow
def test_two_worker_processes_give_the_same_records_in_input_order(corpus):
    stream = lambda: read_documents([corpus])  # noqa: E731 - a fresh stream per run
    local = list(extract_documents(stream(), batch_size=1))
    pooled = list(extract_documents(stream(), batch_size=1, processes=2))
    assert pooled == local
    assert [Path(item.name).name if isinstance(item, Skipped) else item[0].name for item in pooled] == sorted(
        [*ARTICLES, "broken.txt"])
    assert sum(len(item[1].facts) for item in pooled if not isinstance(item, Skipped)) >= 4


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    # Threads in this process, on loopback only: a real scheduler and worker, no extra processes.
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        yield "dask://" + cluster.scheduler_address.split("://", 1)[1]


@slow
def test_a_dask_build_is_the_same_graph_as_a_local_build(corpus, dask_cluster):
    local, local_summary = build_dataset([corpus], batch_size=2)
    remote, remote_summary = build_dataset([corpus], batch_size=2, executor=dask_cluster)
    assert remote_summary.documents == local_summary.documents == 5
    assert remote_summary.skipped == local_summary.skipped
    assert remote_summary.facts_by_predicate == local_summary.facts_by_predicate
    assert sum(remote_summary.facts_by_predicate.values()) >= 4
    assert same_graphs(local, remote)


@slow
def test_a_dask_worker_loads_the_model_once(corpus, dask_cluster, monkeypatch):
    calls = []
    real = model_module.spacy.load
    monkeypatch.setattr(model_module.spacy, "load", lambda name: calls.append(name) or real(name))
    model_module._load.cache_clear()
    try:
        _, summary = build_dataset([corpus], batch_size=1, executor=dask_cluster)
    finally:
        model_module._load.cache_clear()  # the counted copy must not serve later tests
    assert summary.documents == 5
    assert len(calls) == 1


def test_an_unreachable_scheduler_is_one_error(corpus, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(executors, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(InputError, match="cannot reach the Dask scheduler"):
        build_dataset([corpus], executor="dask://127.0.0.1:9")
