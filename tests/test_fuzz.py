"""Fuzzing text -> records -> RDF -> graph file -> re-read with hypothesis, a few hundred examples a
run (benchmarks/fuzz.py runs 10,000). The seed is printed; repeat a run with MEDIAKG_FUZZ_SEED=N."""
from __future__ import annotations

import importlib.util
import os
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("mediakg_fuzz", ROOT / "benchmarks" / "fuzz.py")
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)

SEED = int(os.environ.get("MEDIAKG_FUZZ_SEED") or random.SystemRandom().randrange(2**32))
EXAMPLES = int(os.environ.get("MEDIAKG_FUZZ_EXAMPLES") or 200)
print(f"\nfuzz seed {SEED} (repeat with MEDIAKG_FUZZ_SEED={SEED})")

# Free-form text as well as the trade-news generator: any code point hypothesis can think of.
ANY_TEXT = st.text(st.characters(codec="utf-8"), min_size=1, max_size=400).filter(str.strip)


@pytest.fixture(scope="module")
def folder():
    print(f"fuzz seed {SEED} (repeat with MEDIAKG_FUZZ_SEED={SEED})")  # shown with a failure's output
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


def check(text: str, folder: Path) -> None:
    from mediakg.extract.runner.batch import extract_texts

    (result,) = extract_texts([text])
    fuzz.round_trip(text, result, folder)


@pytest.mark.slow
@seed(SEED)
@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=False,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rng=st.randoms(use_true_random=False))
def test_made_up_trade_news_survives_the_whole_path(rng, folder):
    check(fuzz.fuzz_text(rng), folder)


@pytest.mark.slow
@seed(SEED)
@settings(max_examples=max(EXAMPLES // 2, 1), deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=ANY_TEXT)
def test_any_text_survives_the_whole_path(text, folder):
    check(text, folder)
