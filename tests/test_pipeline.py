"""A whole build through the stages: faults in the middle, article metadata, long documents."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib import namespace
from rdflib.namespace import PROV, RDF, RDFS

import mediakg.extract.runner.batch as batch
from mediakg.errors import InputError
from mediakg.graph.rdf.triples import OA
from mediakg.ontology import MEDIA
from mediakg.pipeline import build_dataset
from mediakg.cli.progress import ProgressBar
from mediakg.extract.inputs.readers import Skipped

# Made-up trade news, written for these tests.
DEAL = "Streamly has signed a multi-year agreement with Harbor Studios.\n"
TOKYO = "Netflix and Toho Studios announced a partnership to develop animated films in Tokyo.\n"
CRASH = "Orbit Pictures acquired Lantern Studios, the company said on Monday.\n"
PACT = "Orbit Pictures has signed a deal with Lantern Studios to co-produce films.\n"

slow = pytest.mark.slow


def union(dataset: Dataset) -> Graph:
    """All named graphs as one graph, to look values up across documents."""
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def documents(graph: Graph) -> dict[str, URIRef]:
    return {str(graph.value(doc, RDFS.label)): doc for doc in graph.subjects(RDF.type, MEDIA.Document)}


@slow
def test_a_failing_document_in_the_middle_is_skipped_and_counted(tmp_path, monkeypatch):
    real = batch.extract

    def crashing_rule(doc):
        if "acquired" in doc.text:
            raise IndexError("rule went past the sentence")
        return real(doc)

    monkeypatch.setattr(batch, "extract", crashing_rule)
    for name, data in [("1-deal.txt", DEAL.encode()), ("2-latin.txt", b"caf\xe9 society\n"), ("3-crash.txt", CRASH.encode()),
                       ("4-tokyo.txt", TOKYO.encode()), ("5-pact.txt", PACT.encode())]:
        (tmp_path / name).write_bytes(data)
    seen: list[Skipped] = []
    built, summary = build_dataset([tmp_path], batch_size=2, on_skip=seen.append)
    dataset = union(built)
    assert summary.documents == 3
    assert [(Path(s.name).name, s.reason) for s in summary.skipped] == [
        ("2-latin.txt", "is not UTF-8 text (bad byte at offset 3)"),
        ("3-crash.txt", "extraction failed: IndexError: rule went past the sentence"),
    ]
    assert seen == summary.skipped
    assert set(documents(dataset)) == {"1-deal.txt", "4-tokyo.txt", "5-pact.txt"}
    lines = summary.lines()
    assert lines[:2] == ["documents read: 3", "documents skipped: 2"]


def test_a_build_with_nothing_readable_fails(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.jsonl").write_text("\n\n", "utf-8")
    with pytest.raises(InputError, match="no document could be read \\(1 skipped\\)"):
        build_dataset([tmp_path])


@slow
def test_article_url_and_publication_date_are_on_the_document_node(tmp_path):
    lines = [
        {"id": "a1", "text": DEAL, "url": "https://example.org/news/a1", "published": "2026-02-03", "title": "Streamly deal"},
        {"id": "a2", "text": TOKYO, "published": "2026-02-04T08:15:00+09:00"},
        {"id": "a3", "text": PACT},
    ]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    built, summary = build_dataset([tmp_path / "feed.jsonl"])
    dataset = union(built)
    assert summary.rejected == [] and summary.documents == 3
    docs = documents(dataset)
    assert set(docs) == {"Streamly deal", "a2", "a3"}
    first = docs["Streamly deal"]
    assert dataset.value(first, MEDIA.sourceUrl) == Literal("https://example.org/news/a1", datatype=namespace.XSD.anyURI)
    assert dataset.value(first, MEDIA.publishedOn) == Literal("2026-02-03", datatype=namespace.XSD.date)
    assert str(dataset.value(first, MEDIA.sourcePath)).endswith("feed.jsonl#a1")
    assert dataset.value(docs["a2"], MEDIA.publishedOn) == Literal("2026-02-04T08:15:00+09:00", datatype=namespace.XSD.dateTime)
    assert dataset.value(docs["a3"], MEDIA.sourceUrl) is None and dataset.value(docs["a3"], MEDIA.publishedOn) is None


@slow
def test_a_document_longer_than_the_model_allows_is_split_not_rejected(tmp_path):
    text = "\n\n".join([DEAL.strip(), TOKYO.strip(), PACT.strip()] * 4) + "\n"
    (tmp_path / "long.txt").write_text(text, "utf-8")
    built, summary = build_dataset([tmp_path], max_chars=250)
    dataset = union(built)
    assert summary.documents == 1 and summary.skipped == []
    (doc,) = documents(dataset).values()
    checked = 0
    for target in dataset.subjects(OA.hasSource, doc):
        selector = dataset.value(target, OA.hasSelector)
        start, end = int(dataset.value(selector, OA.start)), int(dataset.value(selector, OA.end))
        assert text[start:end] == str(dataset.value(target, PROV.value))
        checked += 1
    assert checked >= 8
    labels = {str(label) for label in dataset.objects(None, RDFS.label)}
    assert {"Harbor Studios", "Toho Studios", "Lantern Studios"} <= labels


def test_the_progress_bar_shows_documents_facts_and_rate(capsys):
    with ProgressBar(enabled=True) as bar:
        bar.update(3)
        bar.update(4)
    err = capsys.readouterr().err
    assert "2 docs" in err and "facts=7" in err and "docs/s" in err


def test_a_skip_report_is_not_glued_to_the_progress_bar(capsys):
    with ProgressBar(enabled=True) as bar:
        bar.update(1)
        with bar.interrupted():
            print("mediakg: skipped a.txt: is empty", file=sys.stderr)
        bar.update(1)
    err = capsys.readouterr().err
    # The bar's line is wiped (a carriage return after blanks) before the report starts.
    assert "\rmediakg: skipped a.txt: is empty\n" in err
    assert err.rstrip().endswith("facts=2]")


def test_a_disabled_progress_bar_prints_nothing(capsys):
    with ProgressBar(enabled=False) as bar:
        bar.update(3)
    assert capsys.readouterr() == ("", "")


# --- one build loop, three sinks (records made here, no model) ------------------------------

from rdflib.compare import isomorphic  # noqa: E402

from mediakg.extract.inputs.readers import InputDocument  # noqa: E402
from mediakg.graph.rdf.files import read_dataset, write_dataset  # noqa: E402
from mediakg.pipeline import BuildSummary, DatasetSink, FileSink, not_held, write_documents  # noqa: E402


@pytest.fixture()
def corpus(made_up_records):
    """Four articles and a skipped file, made up in tests/conftest.py."""
    return made_up_records


def by_graph(dataset: Dataset) -> dict:
    # extractedAt is the clock at writing time: the one thing two builds may not share.
    dataset.remove((None, MEDIA.extractedAt, None, None))
    return {g.identifier: g for g in dataset.graphs() if len(g)}


def same_graphs(left: Dataset, right: Dataset) -> bool:
    a, b = by_graph(left), by_graph(right)
    return set(a) == set(b) and all(isomorphic(a[name], b[name]) for name in a)


def held_out(items: list) -> list:
    """What the loop is given after the sink dropped the text it already holds."""
    return items[:4]


@pytest.mark.parametrize("ext", [".nq", ".trig"])
def test_a_streamed_file_holds_the_same_graphs_as_the_in_memory_build(tmp_path, ext, corpus):
    memory = DatasetSink()
    in_memory = write_documents(held_out(corpus), memory)
    write_dataset(memory.dataset, tmp_path / f"memory{ext}")
    streamed = write_documents(held_out(corpus), FileSink(tmp_path / f"stream{ext}"))
    assert same_graphs(read_dataset(tmp_path / f"stream{ext}"), read_dataset(tmp_path / f"memory{ext}"))
    # The merge records (computed by SPARQL in memory, off the mention log when streamed) are there.
    records = union(read_dataset(tmp_path / f"stream{ext}"))
    merged = {str(o).rsplit("/", 1)[-1] for o in records.objects(None, MEDIA.mergedEntity)}
    assert merged == {"netflix", "harbor-studios"}  # "Kim" is two people: one per document
    rules = {str(o) for o in records.objects(None, MEDIA.mergeRule)}
    assert rules == {"identity.label-variant", "identity.same-label", "identity.class-refined"}
    assert in_memory.lines() == streamed.lines()
    assert streamed.documents == 3 and len(streamed.skipped) == 1
    assert [(v.focus.rsplit("/", 1)[-1], v.path.rsplit("#", 1)[-1]) for v in streamed.rejected] == [("maya-lind", "produces")] * 2  # its subject and its object
    assert streamed.entities_by_class == {"StreamingService": 1, "Studio": 1, "Series": 1, "Person": 3, "Facility": 1}
    assert not list(tmp_path.glob(".*.tmp"))


def test_the_same_text_twice_is_one_document_written_once(tmp_path, corpus):
    sink = FileSink(tmp_path / "g.nq")
    summary = BuildSummary()
    documents = [item if isinstance(item, Skipped) else item[0] for item in corpus]
    records = {item[0].source: item for item in corpus if not isinstance(item, Skipped)}
    pending = not_held(documents, sink, summary)
    write_documents((records[d.source] if isinstance(d, InputDocument) else d for d in pending), sink, summary=summary)
    assert summary.unchanged == ["news/a-copy.txt"]
    assert "documents repeating an earlier text (written once): 1" in summary.lines()
    labels = {str(o) for o in union(read_dataset(tmp_path / "g.nq")).objects(None, RDFS.label)}
    assert "a.txt" in labels and "a-copy.txt" not in labels


def test_strict_stops_at_the_first_violating_document_and_writes_nothing(tmp_path, corpus):
    (tmp_path / "g.nq").write_bytes(b"# an earlier graph\n")
    with pytest.raises(InputError, match=r"^news/d\.txt: 2 facts violate the shapes \(--strict\), e\.g\. .*maya-lind.*produces.*; nothing written$"):
        write_documents(held_out(corpus), FileSink(tmp_path / "g.nq"), strict=True)
    assert (tmp_path / "g.nq").read_bytes() == b"# an earlier graph\n"
    assert [p.name for p in tmp_path.iterdir()] == ["g.nq"]


def test_without_strict_the_violating_fact_is_left_out_and_listed(tmp_path, corpus):
    summary = write_documents(held_out(corpus), FileSink(tmp_path / "g.nq"))
    built = union(read_dataset(tmp_path / "g.nq"))
    person = next(s for s in built.subjects(RDFS.label, Literal("Maya Lind")))
    assert (person, MEDIA.produces, None) not in built
    assert summary.lines()[-3:] == ["facts rejected by validation: 2",
                                    *(f"  {person} {MEDIA.produces}: {v.message}" for v in summary.rejected)]
    assert {v.message for v in summary.rejected} == {
        "media:produces goes from an Organization to a CreativeWork, but its subject is not an Organization.",
        "media:produces goes from an Organization to a CreativeWork, but its object is not a CreativeWork."}


def test_an_error_part_way_leaves_the_old_file_and_no_temporary_file(tmp_path, corpus):
    (tmp_path / "g.trig").write_bytes(b"# an earlier graph\n")

    def failing():
        yield from held_out(corpus)[:2]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_documents(failing(), FileSink(tmp_path / "g.trig"))
    assert [p.name for p in tmp_path.iterdir()] == ["g.trig"]
    assert (tmp_path / "g.trig").read_bytes() == b"# an earlier graph\n"


def test_the_summary_counts_reported_facts_apart_from_stated_ones(tmp_path):
    (tmp_path / "deal.txt").write_text(
        "Harbour Films is reportedly in talks to acquire Tidewater Media.\n\n"
        "Fenwick Studios acquired Lowland Pictures in 2024.\n", encoding="utf-8")
    _, summary = build_dataset([tmp_path])
    # The rumour is kept as an assertion with its status, not counted among the facts.
    assert summary.facts_by_predicate["acquires"] == 1
    assert summary.reported_by_status == {"rumoured": 1}
    assert "reported, not stated: 1" in summary.lines()
