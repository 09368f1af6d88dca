"""The `mediakg` command as a user runs it: a subprocess on small articles written here."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from mediakg.ontology import ENTITY_CLASSES, MEDIA

ID = Namespace("https://w3id.org/mediakg/id/")
OA = Namespace("http://www.w3.org/ns/oa#")

# Made-up trade news, written for these tests.
DEAL = (
    "Streamly has signed a multi-year agreement with Harbor Studios. "
    "The deal was announced in Los Angeles on Tuesday.\n"
    "Harbor Studios will produce the drama series \"Night Harbor\" for Streamly, "
    "directed by Maya Lindqvist.\n"
)
TOKYO = (
    "Netflix and Toho Studios announced a partnership to develop animated films in Tokyo.\n"
    "The streamer said the first film, \"Paper Lanterns\", will be released in 2027.\n"
)
OTHER = "Harbor Studios hired Maya Lindqvist to run its new drama unit in Vancouver.\n"

KNOWN_GRAPH = b"# a graph file from an earlier, successful build\n"
KNOWN_HTML = b"<!doctype html><title>earlier page</title>\n"

slow = pytest.mark.slow  # runs the spaCy model


def run(*args: str, cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "MEDIAKG_MODEL"}
    return subprocess.run([sys.executable, "-m", "mediakg.cli.main", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)


def one_error_line(proc: subprocess.CompletedProcess) -> str:
    """The single stderr line of a failed run."""
    assert proc.returncode != 0, proc.stdout
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("mediakg: error: "), lines[0]
    assert "Traceback" not in proc.stderr
    return lines[0]


def quads(path: Path, fmt: str) -> Dataset:
    ds = Dataset()
    ds.parse(path, format=fmt)
    return ds


def has(ds: Dataset, triple: tuple) -> bool:
    """Whether any graph of the dataset holds the triple."""
    return any(True for _ in ds.quads((*triple, None)))


def named(ds: Dataset) -> dict:
    return {g.identifier: g for g in ds.graphs() if len(g)}


def documents(ds: Dataset) -> dict:
    """The named graphs of documents (not the merge records derived from them)."""
    return {doc: g for doc, g in named(ds).items() if (doc, RDF.type, MEDIA.Document) in g}


# --------------------------------------------------------------------------------------
# One real build, shared by the read-only commands
# --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    (root / "news").mkdir()
    (root / "news" / "deal.txt").write_text(DEAL, encoding="utf-8")
    (root / "news" / "tokyo.txt").write_text(TOKYO, encoding="utf-8")
    proc = run("build", "news/deal.txt", "news/tokyo.txt", "-o", "graph.trig", "--html", "graph.html", cwd=root)
    assert proc.returncode == 0, proc.stderr
    return root, proc


@slow
def test_build_prints_the_summary(built):
    root, proc = built
    assert proc.stderr == ""
    out = proc.stdout.splitlines()
    assert out[0] == "documents read: 2"
    assert any(line.startswith("entities: ") for line in out)
    assert any(line.startswith("facts: ") for line in out)
    assert "facts rejected by validation: 0" in out
    assert out[-1] == "wrote graph.trig and graph.html"


@slow
def test_summary_counts_match_the_written_graph(built):
    root, proc = built
    ds = quads(root / "graph.trig", "trig")
    entities = {s for s, _, o, _ in ds.quads((None, RDF.type, None, None)) if o in ENTITY_CLASSES}
    facts = [p for _, _, p, _ in ds.quads((None, RDF.predicate, None, None)) if p != RDF.type]
    out = proc.stdout.splitlines()
    assert f"entities: {len(entities)}" in out
    assert f"facts: {len(facts)}" in out
    assert len(entities) >= 6 and len(facts) >= 2
    # The indented per-class and per-predicate lines add up to the totals.
    per_class = out[out.index(f"entities: {len(entities)}") + 1: out.index(f"facts: {len(facts)}")]
    assert sum(int(line.split()[-1]) for line in per_class) == len(entities)
    assert "  Studio             2" in per_class
    per_predicate = out[out.index(f"facts: {len(facts)}") + 1: out.index("facts rejected by validation: 0")]
    assert sum(int(line.split()[-1]) for line in per_predicate) == len(facts)
    assert any(line.split()[0] == "partnersWith" for line in per_predicate)


@slow
def test_build_writes_one_named_graph_per_document(built):
    root, _ = built
    ds = quads(root / "graph.trig", "trig")
    graphs = named(ds)
    assert len(graphs) == 2
    labels = {str(g.value(doc, RDFS.label)) for doc, g in graphs.items()}
    assert labels == {"deal.txt", "tokyo.txt"}
    for doc, g in graphs.items():
        assert (doc, RDF.type, MEDIA.Document) in g
        assert str(doc).startswith(f"{ID}document/")
        assert str(g.value(doc, MEDIA.contentHash)).startswith("sha256:")


@slow
def test_build_extracts_the_story(built):
    root, _ = built
    ds = quads(root / "graph.trig", "trig")
    harbor, streamly = ID["organization/harbor-studios"], ID["organization/streamly"]
    assert has(ds, (harbor, RDFS.label, Literal("Harbor Studios")))
    assert has(ds, (ID["organization/toho-studios"], RDF.type, MEDIA.Studio))
    assert has(ds, (ID["organization/netflix"], RDF.type, MEDIA.StreamingService))
    partners = {(s, o) for s, _, o, _ in ds.quads((None, MEDIA.partnersWith, None, None))}
    assert (streamly, harbor) in partners or (harbor, streamly) in partners


@slow
def test_evidence_offsets_point_into_the_input_files(built):
    root, _ = built
    ds = quads(root / "graph.trig", "trig")
    texts = {doc: (root / str(g.value(doc, MEDIA.sourcePath))).read_text("utf-8") for doc, g in named(ds).items()}
    checked = 0
    for doc, g in named(ds).items():
        for target in g.subjects(OA.hasSource, doc):
            sentence = str(g.value(target, PROV.value))
            selector = g.value(target, OA.hasSelector)
            start, end = int(g.value(selector, OA.start)), int(g.value(selector, OA.end))
            assert texts[doc][start:end] == sentence
            checked += 1
    assert checked >= 8


@slow
def test_build_also_writes_the_html_page(built):
    root, _ = built
    page = (root / "graph.html").read_text("utf-8")
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "Harbor Studios" in page and "Toho Studios" in page
    # Titled after the inputs, not after the graph file ("graph").
    assert "<title>deal, tokyo</title>" in page


@slow
def test_viz_titles_the_page_after_the_documents(built, tmp_path):
    root, _ = built
    proc = run("viz", "graph.trig", "-o", tmp_path / "view.html", cwd=root)
    assert proc.returncode == 0, proc.stderr
    assert "<title>news (2 articles)</title>" in (tmp_path / "view.html").read_text("utf-8")


@slow
def test_build_leaves_no_temporary_files(built):
    root, _ = built
    assert sorted(p.name for p in root.iterdir()) == ["graph.html", "graph.trig", "news"]


@pytest.mark.parametrize(("ext", "fmt", "quad"), [
    (".ttl", "turtle", False), (".nq", "nquads", True), (".jsonld", "json-ld", True), (".nt", "nt", False),
])
@slow
def test_build_format_follows_the_extension(tmp_path, ext, fmt, quad):
    (tmp_path / "deal.txt").write_text(DEAL, encoding="utf-8")
    proc = run("build", "deal.txt", "-o", f"out{ext}", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "documents read: 1"
    assert proc.stdout.splitlines()[-1] == f"wrote out{ext}"
    if quad:
        ds = quads(tmp_path / f"out{ext}", fmt)
        assert len(named(ds)) == 1
        assert has(ds, (ID["organization/harbor-studios"], RDF.type, MEDIA.Studio))
    else:
        g = Graph().parse(tmp_path / f"out{ext}", format=fmt)
        assert (ID["organization/harbor-studios"], RDF.type, MEDIA.Studio) in g
        assert len(set(g.subjects(RDF.type, MEDIA.Document))) == 1
    if ext == ".jsonld":
        json.loads((tmp_path / f"out{ext}").read_text("utf-8"))


@pytest.mark.parametrize("ext", [".nq", ".trig"])
@slow
def test_a_streamed_build_writes_the_graphs_of_the_in_memory_build(tmp_path, ext):
    # With --html the graph is built in memory (the page needs all of it); a plain -o .nq or
    # .trig is written document by document. Same articles, same graphs, same summary; both
    # name Harbor Studios and Maya Lindqvist, so the merge records are compared too.
    from rdflib.compare import isomorphic

    (tmp_path / "deal.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    fmt = "nquads" if ext == ".nq" else "trig"
    memory = run("build", "deal.txt", "other.txt", "-o", f"memory{ext}", "--html", "page.html", cwd=tmp_path)
    stream = run("build", "deal.txt", "other.txt", "-o", f"stream{ext}", cwd=tmp_path)
    assert memory.returncode == stream.returncode == 0, memory.stderr + stream.stderr
    assert stream.stdout.splitlines()[:-1] == memory.stdout.splitlines()[:-1]
    streamed, in_memory = named(quads(tmp_path / f"stream{ext}", fmt)), named(quads(tmp_path / f"memory{ext}", fmt))
    assert set(streamed) == set(in_memory) and len(streamed) == 3  # two documents and the merge records
    for name, graph in streamed.items():
        for g in (graph, in_memory[name]):  # the clock at writing time differs
            g.remove((None, MEDIA.extractedAt, None))
        assert isomorphic(graph, in_memory[name]), name
    merged = {o for g in streamed.values() for o in g.objects(None, MEDIA.mergedEntity)}
    assert {ID["organization/harbor-studios"], ID["person/maya-lindqvist"]} <= merged


@slow
def test_quiet_build_prints_nothing(tmp_path):
    (tmp_path / "deal.txt").write_text(DEAL, encoding="utf-8")
    proc = run("build", "-q", "deal.txt", "-o", "out.trig", "--base", "https://example.org/kg/", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "" and proc.stderr == ""
    ds = quads(tmp_path / "out.trig", "trig")
    assert has(ds, (URIRef("https://example.org/kg/organization/harbor-studios"), RDF.type, MEDIA.Studio))


@slow
def test_folders_and_globs_as_input(tmp_path):
    (tmp_path / "news" / "deep").mkdir(parents=True)
    (tmp_path / "news" / "deal.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "news" / "deep" / "tokyo.md").write_text(TOKYO, encoding="utf-8")
    (tmp_path / "news" / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "hire.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "more" / "skip.json").write_text("{}", encoding="utf-8")
    # A folder (searched recursively, .txt and .md only), a glob, and a file named twice.
    proc = run("build", "news", "more/*.txt", "news/deal.txt", "-o", "all.nq", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "documents read: 3"
    ds = quads(tmp_path / "all.nq", "nquads")
    names = {str(g.value(doc, RDFS.label)) for doc, g in documents(ds).items()}
    assert names == {"deal.txt", "tokyo.md", "hire.txt"}
    # Harbor Studios is in deal.txt and hire.txt: one node, and a merge record says so.
    merges = ds.graph(ID["merges"])
    assert {str(merges.value(m, MEDIA.mergedEntity)) for m in merges.subjects(RDF.type, MEDIA.EntityMerge)} >= {
        str(ID["organization/harbor-studios"])}


@slow
def test_html_pages_and_jsonl_articles_as_input(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><title>Deal</title></head><body><nav>Film | TV</nav>"
        f"<article><p>{TOKYO}</p></article><footer>Trade Daily</footer></body></html>", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "d-1", "text": DEAL, "url": "https://example.org/d-1", "published": "2026-05-06"}) + "\n"
        + "this line is not JSON\n"
        + json.dumps({"id": "d-2", "text": OTHER, "title": "Harbor hires"}) + "\n", encoding="utf-8")
    proc = run("build", "page.html", "feed.jsonl", "-o", "out.trig", "--processes", "1", "--batch-size", "2", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "mediakg: skipped feed.jsonl:2: is not JSON (Expecting value)\n"
    assert proc.stdout.splitlines()[:2] == ["documents read: 3", "documents skipped: 1"]
    ds = quads(tmp_path / "out.trig", "trig")
    docs = {str(g.value(doc, RDFS.label)): (doc, g) for doc, g in documents(ds).items()}
    assert set(docs) == {"page.html", "d-1", "Harbor hires"}
    doc, g = docs["d-1"]
    assert str(g.value(doc, MEDIA.sourceUrl)) == "https://example.org/d-1"
    assert str(g.value(doc, MEDIA.publishedOn)) == "2026-05-06"
    assert has(ds, (ID["organization/toho-studios"], RDF.type, MEDIA.Studio))
    page_doc, page_graph = docs["page.html"]
    assert not any("Trade Daily" in str(o) for o in page_graph.objects())


@slow
def test_build_on_a_dask_cluster(tmp_path):
    distributed = pytest.importorskip("distributed")
    (tmp_path / "deal.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "tokyo.txt").write_text(TOKYO, encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        proc = run("build", ".", "-o", "out.nq", "--executor", address, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "documents read: 2"
    ds = quads(tmp_path / "out.nq", "nquads")
    assert has(ds, (ID["organization/harbor-studios"], RDF.type, MEDIA.Studio))


@pytest.mark.parametrize(("args", "problem"), [
    (["--processes", "0"], "'0' is not a positive whole number"),
    (["--batch-size", "x"], "'x' is not a positive whole number"),
])
def test_bad_build_options_are_usage_errors(tmp_path, args, problem):
    (tmp_path / "deal.txt").write_text(DEAL, encoding="utf-8")
    proc = run("build", "deal.txt", "-o", "out.trig", *args, cwd=tmp_path)
    assert proc.returncode == 2
    assert problem in proc.stderr and not (tmp_path / "out.trig").exists()


def test_an_executor_that_is_not_dask_is_one_line(tmp_path):
    (tmp_path / "deal.txt").write_text(DEAL, encoding="utf-8")
    line = one_error_line(run("build", "deal.txt", "-o", "out.trig", "--executor", "spark://x:1", cwd=tmp_path))
    assert line == "mediakg: error: spark://x:1: unknown executor; use dask://HOST:PORT"


# --------------------------------------------------------------------------------------
# query, viz, validate
# --------------------------------------------------------------------------------------

STUDIOS = "SELECT ?studio ?label WHERE { ?studio a media:Studio ; rdfs:label ?label } ORDER BY ?label"


@slow
def test_query_string_as_table(built):
    root, _ = built
    proc = run("query", "graph.trig", STUDIOS, cwd=root)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["studio", "label"]
    assert set(lines[1]) <= {"-", " "}
    # Tables print prefixed names; CSV and JSON (below) keep whole IRIs for other tools.
    assert lines[2].split() == ["id:organization/harbor-studios", "Harbor", "Studios"]
    assert lines[3].split() == ["id:organization/toho-studios", "Toho", "Studios"]
    assert lines[-1] == "(2 rows)"


@slow
def test_query_as_csv(built):
    root, _ = built
    proc = run("query", "graph.trig", STUDIOS, "--format", "csv", cwd=root)
    assert proc.returncode == 0, proc.stderr
    assert list(csv.reader(io.StringIO(proc.stdout))) == [
        ["studio", "label"],
        [str(ID["organization/harbor-studios"]), "Harbor Studios"],
        [str(ID["organization/toho-studios"]), "Toho Studios"],
    ]


@slow
def test_query_as_json(built):
    root, _ = built
    proc = run("query", "graph.trig", STUDIOS, "--format", "json", cwd=root)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [
        {"studio": str(ID["organization/harbor-studios"]), "label": "Harbor Studios"},
        {"studio": str(ID["organization/toho-studios"]), "label": "Toho Studios"},
    ]


@slow
def test_query_from_an_rq_file(built, tmp_path):
    root, _ = built
    rq = tmp_path / "facts.rq"
    rq.write_text(
        "# every fact about Harbor Studios, with its sentence and confidence\n"
        "SELECT ?p ?o ?sentence ?confidence ?doc WHERE {\n"
        "  ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; media:confidence ?confidence ;\n"
        "     prov:wasDerivedFrom [ prov:value ?sentence ; oa:hasSource ?doc ] .\n"
        "  ?s rdfs:label \"Harbor Studios\" .\n"
        "}\n", encoding="utf-8")
    proc = run("query", "graph.trig", rq, "--format", "csv", cwd=root)
    assert proc.returncode == 0, proc.stderr
    table = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert table
    assert {row["p"] for row in table} >= {str(RDF.type)}
    for row in table:
        assert row["sentence"].strip() in DEAL
        assert Decimal(0) <= Decimal(row["confidence"]) <= Decimal(1)
        assert row["doc"].startswith(f"{ID}document/")


@slow
def test_viz_writes_html(built, tmp_path):
    root, _ = built
    proc = run("viz", "graph.trig", "-o", tmp_path / "view.html", "--title", "Harbor & friends", cwd=root)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"wrote {tmp_path / 'view.html'}"
    page = (tmp_path / "view.html").read_text("utf-8")
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "Harbor &amp; friends" in page
    assert "Maya Lindqvist" in page


@slow
def test_validate_a_built_graph_conforms(built):
    root, _ = built
    proc = run("validate", "graph.trig", cwd=root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines() == ["graph.trig: conforms"]


INVALID_GRAPH = """\
@prefix media: <https://w3id.org/mediakg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/id/person/ada-quill> a media:Person ; rdfs:label "Ada Quill" ;
    media:partnersWith <https://example.org/id/organization/lamp-pictures> .
<https://example.org/id/organization/lamp-pictures> a media:Studio ; rdfs:label "Lamp Pictures" .
"""


def test_validate_reports_violations_and_exits_1(tmp_path):
    (tmp_path / "bad-shape.ttl").write_text(INVALID_GRAPH, encoding="utf-8")
    proc = run("validate", "bad-shape.ttl", cwd=tmp_path)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    violation = lines[0]
    assert "https://example.org/id/person/ada-quill" in violation
    assert str(MEDIA.partnersWith) in violation
    assert "its subject is not an Organization" in violation
    assert lines[-1].startswith("bad-shape.ttl: 1 violation")


@pytest.mark.parametrize("command", [[], ["build"], ["query"], ["viz"], ["validate"]])
def test_help(tmp_path, command):
    proc = run(*command, "--help", cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.startswith("usage: mediakg")
    assert proc.stderr == ""


def test_console_script_is_installed(tmp_path):
    script = Path(sys.executable).parent / "mediakg"
    if not script.exists():
        pytest.skip("no console script next to this interpreter")
    proc = subprocess.run([str(script), "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    for command in ("build", "query", "viz", "validate"):
        assert command in proc.stdout


def test_no_command_is_a_usage_error(tmp_path):
    proc = run(cwd=tmp_path)
    assert proc.returncode == 2
    assert "usage: mediakg" in proc.stderr


# --------------------------------------------------------------------------------------
# Bad input: one line naming the file and the problem, non-zero exit, outputs untouched
# --------------------------------------------------------------------------------------

def _setup_bad(tmp_path: Path, case: str) -> list[str]:
    """Create the files of a bad-input case; return the INPUT arguments."""
    if case == "missing":
        return ["absent.txt"]
    if case == "empty":
        (tmp_path / "empty.txt").write_bytes(b"")
        return ["empty.txt"]
    if case == "blank":
        (tmp_path / "blank.txt").write_bytes(b"  \n\t\n\n")
        return ["blank.txt"]
    if case == "header-only":
        (tmp_path / "header.txt").write_bytes(b"source: https://example.org/a-story\n\n")
        return ["header.txt"]
    if case == "binary":
        (tmp_path / "clip.txt").write_bytes(b"GIF89a\x01\x00\x01\x00\x00\xff\x00,\x00\x00")
        return ["clip.txt"]
    if case == "latin-1":
        (tmp_path / "cafe.txt").write_bytes(b"Harbor Studios opened a caf\xe9 on the lot.\n")
        return ["cafe.txt"]
    if case == "empty-folder":
        (tmp_path / "inbox").mkdir()
        (tmp_path / "inbox" / "list.csv").write_text("a,b\n", encoding="utf-8")
        (tmp_path / "inbox" / "readme").write_text("no suffix\n", encoding="utf-8")
        return ["inbox"]
    if case == "glob-nothing":
        (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
        return ["stories/*.txt"]
    if case == "good-then-bad":
        (tmp_path / "deal.txt").write_text(DEAL, encoding="utf-8")
        (tmp_path / "clip.txt").write_bytes(b"\x00\x01\x02binary")
        return ["deal.txt", "clip.txt"]
    raise AssertionError(case)


# Named inputs that are not there fail the build at once, before any parsing.
BAD_INPUTS = {
    "missing": ("absent.txt", "no such file"),
    "empty-folder": ("inbox", "no .txt, .md, .html or .jsonl file"),
    "glob-nothing": ("stories/*.txt", "matches no .txt, .md, .html or .jsonl file"),
}
# A document that cannot be read is skipped (issue 6); when nothing is left the build fails.
UNREADABLE = {
    "empty": ("empty.txt", "is empty"),
    "blank": ("blank.txt", "is empty"),
    "header-only": ("header.txt", "is empty"),
    "binary": ("clip.txt", "binary"),
    "latin-1": ("cafe.txt", "not UTF-8"),
}


def _keeps_old_output(tmp_path: Path, inputs: list[str]) -> subprocess.CompletedProcess:
    """Run a build over earlier outputs; assert they and the folder are untouched."""
    (tmp_path / "out.trig").write_bytes(KNOWN_GRAPH)
    (tmp_path / "out.html").write_bytes(KNOWN_HTML)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    proc = run("build", *inputs, "-o", "out.trig", "--html", "out.html", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    assert (tmp_path / "out.trig").read_bytes() == KNOWN_GRAPH
    assert (tmp_path / "out.html").read_bytes() == KNOWN_HTML
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    return proc


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_fails_cleanly_and_keeps_the_old_output(tmp_path, case):
    proc = _keeps_old_output(tmp_path, _setup_bad(tmp_path, case))
    line = one_error_line(proc)
    name, problem = BAD_INPUTS[case]
    assert line.startswith(f"mediakg: error: {name}: "), line
    assert problem in line


@pytest.mark.parametrize("case", list(UNREADABLE))
def test_only_unreadable_documents_is_skipped_then_fails_and_keeps_the_old_output(tmp_path, case):
    proc = _keeps_old_output(tmp_path, _setup_bad(tmp_path, case))
    name, problem = UNREADABLE[case]
    skipped, error = proc.stderr.splitlines()
    assert skipped.startswith(f"mediakg: skipped {name}: ") and problem in skipped, skipped
    assert error == f"mediakg: error: {name}: no document could be read (1 skipped)"


@slow
def test_a_bad_document_among_good_ones_is_skipped_and_counted(tmp_path):
    inputs = _setup_bad(tmp_path, "good-then-bad")
    proc = run("build", *inputs, "-o", "out.trig", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "mediakg: skipped clip.txt: is a binary file, not text\n"
    out = proc.stdout.splitlines()
    assert out[:2] == ["documents read: 1", "documents skipped: 1"]
    assert out[2].startswith("entities: ")  # the skip was reported on stderr, not listed again
    ds = quads(tmp_path / "out.trig", "trig")
    assert [str(g.value(doc, RDFS.label)) for doc, g in named(ds).items()] == ["deal.txt"]


def test_unknown_output_extension(tmp_path):
    (tmp_path / "deal.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "out.rdf").write_bytes(KNOWN_GRAPH)
    proc = run("build", "deal.txt", "-o", "out.rdf", cwd=tmp_path)
    line = one_error_line(proc)
    assert "out.rdf" in line and "unknown graph format" in line and ".trig" in line
    assert (tmp_path / "out.rdf").read_bytes() == KNOWN_GRAPH
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deal.txt", "out.rdf"]


def test_missing_model_is_one_line_naming_it(tmp_path):
    (tmp_path / "deal.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "out.trig").write_bytes(KNOWN_GRAPH)
    proc = run("build", "deal.txt", "-o", "out.trig", "--model", "no_such_model", cwd=tmp_path)
    line = one_error_line(proc)
    assert "no_such_model" in line and "not installed" in line
    assert (tmp_path / "out.trig").read_bytes() == KNOWN_GRAPH


@slow
def test_invalid_sparql_string(built):
    root, _ = built
    proc = run("query", "graph.trig", "SELECT ?x WHERE { ?x a media:Studio", cwd=root)
    line = one_error_line(proc)
    assert "invalid SPARQL" in line
    assert proc.stdout == ""


@slow
def test_invalid_sparql_in_an_rq_file_names_the_file(built, tmp_path):
    root, _ = built
    (tmp_path / "typo.rq").write_text("SELEC ?x WHERE { ?x ?p ?o }\n", encoding="utf-8")
    proc = run("query", "graph.trig", tmp_path / "typo.rq", cwd=root)
    line = one_error_line(proc)
    assert f"{tmp_path / 'typo.rq'}: invalid SPARQL" in line


@slow
def test_missing_rq_file(built):
    root, _ = built
    proc = run("query", "graph.trig", "not-there.rq", cwd=root)
    assert one_error_line(proc) == "mediakg: error: not-there.rq: no such query file"


@slow
def test_non_utf8_rq_file_is_one_line(built, tmp_path):
    root, _ = built
    (tmp_path / "latin.rq").write_bytes(b'SELECT ?s WHERE { ?s rdfs:label "Caf\xe9" }\n')
    proc = run("query", "graph.trig", tmp_path / "latin.rq", cwd=root)
    assert "latin.rq" in one_error_line(proc)


@pytest.mark.parametrize("command", ["query", "viz", "validate"])
def test_unreadable_graph_file(tmp_path, command):
    (tmp_path / "broken.trig").write_bytes(b"this is { not @ a graph <<<\n")
    (tmp_path / "view.html").write_bytes(KNOWN_HTML)
    args = {"query": ["ASK { ?s ?p ?o }"], "viz": ["-o", "view.html"], "validate": []}[command]
    proc = run(command, "broken.trig", *args, cwd=tmp_path)
    line = one_error_line(proc)
    assert line.startswith("mediakg: error: broken.trig: not readable as trig")
    assert proc.returncode == 2
    assert (tmp_path / "view.html").read_bytes() == KNOWN_HTML


@pytest.mark.parametrize("command", ["query", "viz", "validate"])
def test_missing_graph_file(tmp_path, command):
    args = {"query": ["ASK { ?s ?p ?o }"], "viz": ["-o", "view.html"], "validate": []}[command]
    proc = run(command, "nowhere.trig", *args, cwd=tmp_path)
    assert one_error_line(proc) == "mediakg: error: nowhere.trig: no such file"
    assert not (tmp_path / "view.html").exists()


def test_graph_file_with_unknown_extension(tmp_path):
    (tmp_path / "graph.owl").write_text("<a> <b> <c> .\n", encoding="utf-8")
    line = one_error_line(run("validate", "graph.owl", cwd=tmp_path))
    assert "graph.owl" in line and "unknown graph format" in line


@slow
def test_output_path_that_is_a_folder_is_one_line(tmp_path):
    (tmp_path / "deal.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "out.trig").mkdir()
    proc = run("build", "deal.txt", "-o", "out.trig", cwd=tmp_path)
    line = one_error_line(proc)
    assert "out.trig" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deal.txt", "out.trig"]


@slow
def test_a_page_that_cannot_be_written_leaves_the_graph_file_as_it_was(tmp_path):
    (tmp_path / "deal.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "out.trig").write_bytes(KNOWN_GRAPH)
    (tmp_path / "blocker").write_text("a file where the page's folder would be", encoding="utf-8")
    proc = run("build", "deal.txt", "-o", "out.trig", "--html", "blocker/graph.html", cwd=tmp_path)
    line = one_error_line(proc)
    assert "blocker" in line and "cannot be written" in line
    assert (tmp_path / "out.trig").read_bytes() == KNOWN_GRAPH


@slow
def test_build_with_a_gazetteer_fixes_a_type(tmp_path):
    (tmp_path / "a.txt").write_text("Kestrel Bay will stream the drama \"Salt Roads\" across Europe.\n", encoding="utf-8")
    (tmp_path / "mine.jsonl").write_text('{"label": "Kestrel Bay", "type": "StreamingService", "aliases": []}\n',
                                         encoding="utf-8")
    plain = run("build", "a.txt", "-o", "plain.nq", "-q", cwd=tmp_path)
    mine = run("build", "a.txt", "-o", "mine.nq", "-q", "--gazetteer", "mine.jsonl", cwd=tmp_path)
    assert plain.returncode == mine.returncode == 0, plain.stderr + mine.stderr
    kestrel = ID["organization/kestrel-bay"]
    assert not has(quads(tmp_path / "plain.nq", "nquads"), (kestrel, RDF.type, MEDIA.StreamingService))
    assert has(quads(tmp_path / "mine.nq", "nquads"), (kestrel, RDF.type, MEDIA.StreamingService))


def test_build_with_a_bad_gazetteer_line_is_one_error_naming_file_and_line(tmp_path):
    (tmp_path / "a.txt").write_text("Kestrel Bay will stream a drama.\n", encoding="utf-8")
    (tmp_path / "mine.jsonl").write_text('{"label": "Kestrel Bay", "type": "StreamingService"}\n{"label": "Harbor"}\n',
                                         encoding="utf-8")
    line = one_error_line(run("build", "a.txt", "-o", "out.nq", "--gazetteer", "mine.jsonl", cwd=tmp_path))
    assert "mine.jsonl:2:" in line and '"type" must be an entity class' in line
    assert not (tmp_path / "out.nq").exists()
