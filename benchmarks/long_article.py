"""Time and peak memory of extracting one long article, by its length (issue 15).

    python benchmarks/long_article.py [--sizes 100000 800000]

Each size runs in a fresh process (so peak memory is that size's own): the spaCy model is loaded
first and not timed; then one synthetic trade-news article of that many characters goes through
`extract_texts`. The goal: 800,000 characters in under 10x the time of 100,000, peak under 1.5 GB.
"""
from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time

FIRST = ["Maya", "Tomas", "Ines", "Oskar", "Leila", "Jonah", "Priya", "Mateo", "Hana", "Felix"]
LAST = ["Lindqvist", "Brandt", "Okafor", "Moreau", "Castillo", "Nakamura", "Varga", "Holm", "Reyes", "Adler"]
COMPANIES = ["Harbor Studios", "Kestrel Pictures", "Northlight Films", "Bluefin Entertainment", "Arcadia Media"]
STREAMERS = ["Netflix", "Hulu", "Peacock", "Paramount+", "Apple TV+"]
WORDS = ["Tide", "Glass", "Harbor", "Winter", "Signal", "Orchard", "Lantern", "Ember", "Atlas", "Meridian"]


def article(chars: int, seed: int = 15) -> str:
    """Made-up trade news paragraphs, cycling through names, until the text has `chars` characters."""
    rng = random.Random(seed)
    paragraphs, size = [], 0
    while size < chars:
        person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        title = f"{rng.choice(WORDS)} {rng.choice(WORDS)}"
        text = (f"{person} has been hired by {rng.choice(COMPANIES)} to direct \u201c{title}\u201d, a drama "
                f"series for {rng.choice(STREAMERS)}. The streamer said the series would premiere in "
                f"{rng.randint(2025, 2029)}. {person.split()[0]} previously directed \u201c{rng.choice(WORDS)}\u201d "
                f"for {rng.choice(COMPANIES)}, which produced it with {rng.choice(COMPANIES)}.")
        paragraphs.append(text)
        size += len(text) + 2
    return "\n\n".join(paragraphs)[:chars]


def one(chars: int) -> None:
    from mediakg.extract.runner.batch import extract_texts
    from mediakg.extract.runner.model import load_pipeline

    load_pipeline(None)
    text = article(chars)
    started = time.perf_counter()
    (result,) = extract_texts([text])
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    facts = len(result.facts) if not isinstance(result, str) else result
    print(f"{chars} {seconds:.2f} {peak} {facts}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 800_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return one(args.one)
    rows = []
    print("characters  seconds  peak GB  facts")
    for chars in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(chars)], capture_output=True, text=True, check=True)
        size, seconds, peak, facts = out.stdout.split()[-4:]
        rows.append((int(size), float(seconds), int(peak)))
        print(f"{int(size):>10,}  {float(seconds):7.2f}  {int(peak) / 1e9:7.2f}  {facts}")
    if len(rows) > 1:
        (small, t_small, _), (big, t_big, peak_big) = rows[0], rows[-1]
        print(f"time ratio {big:,} / {small:,} characters: {t_big / t_small:.1f}x "
              f"(length ratio {big / small:.0f}x); peak at {big:,}: {peak_big / 1e9:.2f} GB")


if __name__ == "__main__":
    main()
