"""SPARQL speed: rdflib's memory store vs the mediakg store vs pyoxigraph used directly.

Generates a media graph shaped like `mediakg build` output (one named graph per document; entities
with class, label, altLabel and mentionedIn repeated in every document that names them; each fact
as a plain triple plus an assertion node with its evidence and text selector), loads it into each
of the three, runs every query of queries/ on each in one run, and prints the times side by side
with their ratios. Not part of the test suite (a test runs it on a tiny graph to keep it working).

    python benchmarks/sparql.py                 # 1M triples, a few minutes on 2 cores
    python benchmarks/sparql.py --triples 50000 --rdflib-cap 10

rdflib's query times are capped (`--rdflib-cap`, seconds; each query runs in a forked copy of the
loaded process that is killed at the cap), so a capped ratio is a lower bound, printed as ">".
"""
from __future__ import annotations

import argparse
import io
import multiprocessing
import random
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from mediakg.graph.rdf.iris import DEFAULT_BASE, assertion_iri, content_hash, document_iri, entity_iri
from mediakg.graph.store.oxigraph import EmbeddedStore
from mediakg.graph.query import run_query
from mediakg.graph.store.protocol import QUERY_PREFIXES
from mediakg.storebuild import load_into_store
from mediakg.ontology import MEDIA

QUERIES = Path(__file__).resolve().parent.parent / "queries"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV, OA = "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/oa#"
LABEL, ALT = "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel"

CLASSES = ("Studio", "StreamingService", "ProductionCompany", "Broadcaster", "Distributor", "Person", "Person",
           "Person", "Film", "Series", "CreativeWork", "City", "Country", "Facility", "Event")
# (predicate, subject classes, object classes) shaped like the extraction rules' facts.
ORGS = ("Studio", "StreamingService", "ProductionCompany", "Broadcaster", "Distributor")
WORKS = ("Film", "Series", "CreativeWork")
RELATIONS = (("partnersWith", ORGS, ORGS), ("produces", ORGS, WORKS), ("distributes", ORGS, WORKS),
             ("directedBy", WORKS, ("Person",)), ("writtenBy", WORKS, ("Person",)), ("starring", WORKS, ("Person",)),
             ("employedBy", ("Person",), ORGS), ("knownFor", ("Person",), WORKS), ("basedOn", WORKS, WORKS),
             ("subsidiaryOf", ORGS, ORGS), ("owns", ORGS, ("Facility",)), ("uses", WORKS, ("Facility",)),
             ("locatedIn", ("Facility",), ("City",)))
TRIPLES_PER_DOCUMENT = 250  # about what a trade-news article of this shape yields


def _iri(value: str) -> str:
    return f"<{value}>"


def _text(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _typed(value: str, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


class _Writer:
    """N-Quads lines of one document graph, in the shape graph/rdf/triples.py writes them."""

    def __init__(self, out: io.TextIOBase, graph: str, number: int) -> None:
        self.out, self.graph, self.number, self.count, self.blank = out, graph, number, 0, 0

    def quad(self, s: str, p: str, o: str) -> None:
        self.out.write(f"{s} {p} {o} {self.graph} .\n")
        self.count += 1

    def assertion(self, doc: str, s: str, p: str, o: str, sentence: str, start: int, confidence: float, rule: str) -> None:
        a = _iri(assertion_iri(DEFAULT_BASE, doc, s, p, o))
        self.blank += 1
        target, selector = f"_:t{self.number}x{self.blank}", f"_:s{self.number}x{self.blank}"
        for pred, obj in ((f"{RDF}type", _iri(str(MEDIA.Assertion))), (f"{RDF}subject", s), (f"{RDF}predicate", p),
                          (f"{RDF}object", o), (str(MEDIA.confidence), _typed(f"{confidence:.2f}", "decimal")),
                          (str(MEDIA.extractionRule), _text(rule)), (f"{PROV}wasDerivedFrom", target)):
            self.quad(a, _iri(pred), obj)
        self.quad(target, _iri(f"{RDF}type"), _iri(f"{OA}SpecificResource"))
        self.quad(target, _iri(f"{OA}hasSource"), doc)
        self.quad(target, _iri(f"{PROV}value"), _text(sentence))
        self.quad(target, _iri(f"{OA}hasSelector"), selector)
        self.quad(selector, _iri(f"{RDF}type"), _iri(f"{OA}TextPositionSelector"))
        self.quad(selector, _iri(f"{OA}start"), _typed(str(start), "integer"))
        self.quad(selector, _iri(f"{OA}end"), _typed(str(start + len(sentence)), "integer"))


def generate(path: Path, triples: int, *, seed: int = 7) -> int:
    """Write about `triples` quads as N-Quads; returns how many."""
    rng = random.Random(seed)
    documents = max(1, triples // TRIPLES_PER_DOCUMENT)
    pool_size = max(20, documents * 4)
    pool = [(CLASSES[i % len(CLASSES)], "Netflix" if i == 0 else f"Name{i} {CLASSES[i % len(CLASSES)]}")
            for i in range(pool_size)]
    pool[0] = ("StreamingService", "Netflix")
    by_class: dict[str, list[int]] = {}
    for i, (cls, _) in enumerate(pool):
        by_class.setdefault(cls, []).append(i)
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for d in range(documents):
            text = f"generated article {d}"
            doc = _iri(document_iri(DEFAULT_BASE, content_hash(text)))
            w = _Writer(out, doc, d)
            w.quad(doc, _iri(f"{RDF}type"), _iri(str(MEDIA.Document)))
            w.quad(doc, _iri(LABEL), _text(f"article-{d}.txt"))
            w.quad(doc, _iri(str(MEDIA.sourcePath)), _text(f"news/article-{d}.txt"))
            w.quad(doc, _iri(str(MEDIA.contentHash)), _text(f"sha256:{content_hash(text)}"))
            w.quad(doc, _iri(str(MEDIA.extractedAt)), _typed("2026-11-24T13:00:00+00:00", "dateTime"))
            # Popular entities recur across documents, as studios and streamers do in trade news.
            chosen = {0} if rng.random() < 0.1 else set()
            while len(chosen) < 8:
                chosen.add(min(int(rng.paretovariate(0.6)) - 1, pool_size - 1) if rng.random() < 0.5
                           else rng.randrange(pool_size))
            offset = 0
            for i in sorted(chosen):
                cls, label = pool[i]
                iri = _iri(entity_iri(DEFAULT_BASE, cls, label))
                sentence = f"{label} was named in article {d} as a {cls.lower()} of note."
                w.quad(iri, _iri(f"{RDF}type"), _iri(str(MEDIA[cls])))
                w.quad(iri, _iri(LABEL), _text(label))
                if i % 3 == 0:
                    w.quad(iri, _iri(ALT), _text(label.split()[0]))
                w.quad(iri, _iri(str(MEDIA.mentionedIn)), doc)
                w.assertion(doc, iri, _iri(f"{RDF}type"), _iri(str(MEDIA[cls])), sentence, offset,
                            rng.uniform(0.5, 1.0), "entities.ner")
                offset += len(sentence) + 1
            members = [(pool[i][0], _iri(entity_iri(DEFAULT_BASE, *pool[i]))) for i in chosen]
            facts = 0
            for _ in range(40):
                if facts == 6:
                    break
                predicate, subjects, objects = rng.choice(RELATIONS)
                s = [iri for cls, iri in members if cls in subjects]
                o = [iri for cls, iri in members if cls in objects]
                if not s or not o:
                    continue
                subject, obj = rng.choice(s), rng.choice(o)
                sentence = f"In article {d}, one {predicate} the other, sources said."
                w.quad(subject, _iri(str(MEDIA[predicate])), obj)
                w.assertion(doc, subject, _iri(str(MEDIA[predicate])), obj, sentence, offset, rng.uniform(0.5, 1.0),
                            f"generated.{predicate}")
                offset += len(sentence) + 1
                facts += 1
            written += w.count
    return written


def _timed(action) -> tuple[float, object]:
    started = time.perf_counter()
    value = action()
    return time.perf_counter() - started, value


def _rdflib_query_in_child(dataset: Dataset, text: str, conn) -> None:
    seconds, rows = _timed(lambda: len(run_query(dataset, text).serialize(format="json")))
    conn.send((seconds, rows))


def rdflib_query(dataset: Dataset, text: str, cap: float) -> float | None:
    """Seconds for rdflib to answer (and serialise) the query, or None past the cap. The query
    runs in a forked copy of this process, which shares the loaded graph and can be killed."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_rdflib_query_in_child, args=(dataset, text, child))
    process.start()
    child.close()
    try:
        if parent.poll(cap):
            return parent.recv()[0]
        return None
    finally:
        process.kill()
        process.join()


def best_of(repeats: int, action) -> float:
    return min(_timed(action)[0] for _ in range(repeats))


def _ratio(slow: float | None, fast: float, cap: float) -> str:
    if fast <= 0:
        return "-"
    return f">{cap / fast:.0f}x" if slow is None else f"{slow / fast:.1f}x"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rdflib-cap", type=float, default=30.0, help="seconds an rdflib query may take")
    parser.add_argument("--repeats", type=int, default=3, help="runs per Oxigraph query; the best counts")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "media.nq"
        seconds, count = _timed(lambda: generate(data, args.triples))
        print(f"generated {count} triples in {seconds:.1f} s ({data.stat().st_size / 1e6:.0f} MB of N-Quads)")

        direct = ox.Store(str(Path(tmp) / "pyoxigraph"))
        load_direct = _timed(lambda: direct.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS))[0]
        # The same layout as the mediakg store (the merge of the documents in the default graph),
        # so both answer the same queries with the same rows. Querying pyoxigraph with
        # use_default_graph_as_union instead repeats every row once per document stating it.
        default = ox.DefaultGraph()
        direct.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, default) for q in direct)
        store = EmbeddedStore.open(Path(tmp) / "mediakg")
        load_store = _timed(lambda: load_into_store(data, store))[0]
        load_rdflib, dataset = _timed(lambda: Dataset().parse(str(data), format="nquads"))
        print(f"\nload              rdflib {load_rdflib:7.2f} s   mediakg store {load_store:6.2f} s   "
              f"pyoxigraph bulk {load_direct:6.2f} s   mediakg/pyoxigraph {load_store / load_direct:.2f}x")

        print(f"\n{'query':<20}{'rdflib':>10}{'mediakg':>10}{'pyoxigraph':>12}{'rdflib/mediakg':>16}{'mediakg/pyox':>14}")
        totals = [0.0, 0.0, 0.0]
        capped = False
        for path in sorted(QUERIES.glob("*.rq")):
            text = path.read_text(encoding="utf-8")
            ours = best_of(args.repeats, lambda: store.query(text, output=io.BytesIO()))
            theirs = best_of(args.repeats, lambda: direct.query(text, prefixes=QUERY_PREFIXES)
                             .serialize(format=ox.QueryResultsFormat.JSON))
            slow = rdflib_query(dataset, text, args.rdflib_cap)
            capped |= slow is None
            totals = [totals[0] + (args.rdflib_cap if slow is None else slow), totals[1] + ours, totals[2] + theirs]
            shown = f">{args.rdflib_cap:.0f}" if slow is None else f"{slow:.3f}"
            print(f"{path.stem:<20}{shown:>10}{ours:>10.3f}{theirs:>12.3f}"
                  f"{_ratio(slow, ours, args.rdflib_cap):>16}{ours / theirs:>13.2f}x")
        mark = ">" if capped else ""
        print(f"{'all queries':<20}{mark + f'{totals[0]:.3f}':>10}{totals[1]:>10.3f}{totals[2]:>12.3f}"
              f"{mark + f'{totals[0] / totals[1]:.1f}x':>16}{totals[1] / totals[2]:>13.2f}x")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
