"""Fuzzing the whole path: text -> records -> RDF -> graph file -> re-read (issue 15).

    python benchmarks/fuzz.py [--examples 10000] [--seed N] [--batch 64]

Texts are made from pieces of trade news (names, titles in quotes, credits, dates, money), mixed
with what careless input holds: combining marks and other normal forms, full-width letters,
control characters, emoji, right-to-left text, unbalanced quotes and brackets, very long tokens
and runs of punctuation. Each text is extracted (in batches, as a build does), written into a
dataset, serialised as TriG and N-Quads and read back. A crash is any extraction failure, any
exception on the way, or a file that reads back different from what was written; they are
counted by kind, with the seed and example number to repeat one. The goal: 0 crashes in 10,000.
The test suite (tests/test_fuzz.py) runs the same generator through hypothesis, a few hundred
examples a run.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

NAMES = ["Netflix", "Harbor Studios", "Kestrel Pictures", "Maya Lindqvist", "Tomas Brandt", "Pathé", "Toho",
         "Zoë Ångström", "Björk", "Gaumont", "A24", "Studio Ghibli", "Søren Kierkegaard", "François Ozon",
         "HBO Max", "Disney+", "Apple TV+", "BBC Two", "Canal+", "Mubi", "O'Brien & Sons", "Lionsgate"]
TITLES = ["Paper Lanterns", "The Human Vapor", "Tide & Glass", "Winter: Part II", "Ember", "Ça ira", "1917",
          "M*A*S*H", "Se7en", "(500) Days", "Atlas?", "\"Quoted\" Title"]
VERBS = ["hired", "acquired", "signed a deal with", "will distribute", "produced", "directed", "is developing",
         "partnered with", "reportedly acquired", "denied it would acquire", "stars in", "wrote"]
TEMPLATES = ["{a} {v} {b}.", "{a} {v} \u201c{t}\u201d.", "\u201c{t}\u201d, directed by {a}, premieres on {b} in {y}.",
             "{a} ({b}) {v} \u201c{t}\u201d for ${m} million.", "The streamer said {a} would produce \u201c{t}\u201d.",
             "{a}, {b} and {c} {v} \u201c{t}\u201d; the series returns in {y}.", "\"{t}\" is written by {a}.",
             "{a}'s \u201c{t}\u201d ({y}) was produced by {b}.", "Season {n} of \u201c{t}\u201d starts on {b}."]
NOISE = ["\u0301", "\u0308", "\u200b", "\u200f", "\ufeff", "\u00a0", "\t", "\r\n", "\n\n\n", "\x0b", "\x1f",
         "\U0001F3AC", "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644\u0641\u064a\u0644\u0645", "\uff2e\uff45\uff54",
         "\u201c", "\u201d", "\"", "(", ")", "[", "]", "...", "\u2026", "--", "&amp;", "<b>", "\\", "\ud7ff",
         "https://x.example/a?b=c", "javascript:alert(1)", "_:b0", "<http://x/>", "\"\"\"", "@prefix", "#"]


def fuzz_text(rng: random.Random) -> str:
    """One made-up text: a few sentences of trade news, perturbed."""
    sentences = []
    for _ in range(rng.randint(1, 6)):
        a, b, c = (rng.choice(NAMES) for _ in range(3))
        sentences.append(rng.choice(TEMPLATES).format(a=a, b=b, c=c, v=rng.choice(VERBS), t=rng.choice(TITLES),
                                                       y=rng.randint(1890, 2040), m=rng.randint(1, 999),
                                                       n=rng.randint(1, 12)))
    text = " ".join(sentences)
    for _ in range(rng.randint(0, 8)):
        at = rng.randint(0, len(text))
        kind = rng.random()
        if kind < 0.6:
            piece = rng.choice(NOISE)
        elif kind < 0.8:
            piece = "".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(rng.randint(1, 5)))
        elif kind < 0.9:
            piece = rng.choice(["a", "Z", ".", "\u201c", " "]) * rng.randint(10, 400)
        else:
            piece = text[rng.randint(0, len(text)):][: rng.randint(0, 80)].upper()
        text = text[:at] + piece + text[at:]
    return text if text.strip() else "Netflix."


def _shape(graph) -> Counter:
    """The graph's triples with blank nodes blanked out: equal for a graph and its re-read copy
    (whose blank nodes are new), and far cheaper than a full isomorphism test."""
    from rdflib import BNode

    return Counter(tuple(None if isinstance(term, BNode) else term for term in triple) for triple in graph)


def round_trip(text: str, extraction, folder: Path) -> None:
    """Records -> RDF -> .trig and .nq -> read back, equal to what was written. Raises on any fault."""
    from mediakg.graph.rdf.files import read_dataset, write_dataset
    from mediakg.graph.rdf.iris import content_hash
    from mediakg.graph.rdf.triples import SourceDocument, add_document, new_dataset

    if isinstance(extraction, str):
        raise RuntimeError(extraction)
    # Every evidence span must point into the text: the viewer and the store read them back.
    for record in (*extraction.entities, *extraction.facts):
        ev = record.evidence
        if not (0 <= ev.start <= ev.end <= len(text)):
            raise AssertionError(f"evidence {ev.start}-{ev.end} outside a text of {len(text)}")
    dataset = new_dataset()
    doc = add_document(dataset, extraction, SourceDocument("fuzz.txt", "fuzz.txt", content_hash(text)),
                       base="https://w3id.org/mediakg/id/")
    written = dataset.graph(doc)
    for suffix in (".trig", ".nq"):
        path = write_dataset(dataset, folder / f"fuzz{suffix}")
        back = read_dataset(path).graph(doc)
        if _shape(back) != _shape(written):
            raise AssertionError(f"{suffix} read back {len(back)} triples, {len(written)} written")


def kind_of(exc: BaseException | str) -> str:
    if isinstance(exc, str):
        return exc.split(":")[0] + ": " + exc.split(":")[1].strip() if ":" in exc else exc
    return type(exc).__name__


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    print(f"seed {seed} ({args.examples} examples; repeat with --seed {seed})", flush=True)

    from mediakg.extract.runner.batch import extract_texts
    from mediakg.extract.runner.model import load_pipeline

    load_pipeline(None)
    rng = random.Random(seed)
    crashes: Counter[str] = Counter()
    first: dict[str, str] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for start in range(0, args.examples, args.batch):
            texts = [fuzz_text(rng) for _ in range(min(args.batch, args.examples - start))]
            try:
                results = extract_texts(texts)
            except Exception as exc:  # noqa: BLE001 - a crash of the whole batch counts once per text
                results = [exc] * len(texts)
            for n, (text, result) in enumerate(zip(texts, results)):
                try:
                    if isinstance(result, BaseException):
                        raise result
                    round_trip(text, result, Path(tmp))
                except Exception as exc:  # noqa: BLE001
                    kind = kind_of(str(exc) if isinstance(result, str) else exc)
                    crashes[kind] += 1
                    first.setdefault(kind, f"example {start + n}: {text[:120]!r}\n"
                                           f"{''.join(traceback.format_exception_only(exc)).strip()[:300]}")
            done = start + len(texts)
            if done % 1000 < args.batch:
                print(f"{done} examples, {sum(crashes.values())} crashes, {time.perf_counter() - started:.0f} s",
                      flush=True)
    total = sum(crashes.values())
    print(f"crashes: {total} in {args.examples} examples (seed {seed}, {time.perf_counter() - started:.0f} s)")
    for kind, count in crashes.most_common():
        print(f"  {count:6d}  {kind}\n          first: {first[kind]}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
