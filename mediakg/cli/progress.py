"""The progress bar of long builds: documents, facts and rate on stderr.

The caller decides whether to show it (the CLI shows it only when stderr is a terminal and the
build is not quiet), so piped and logged output stays clean.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator


class ProgressBar:
    """Documents, facts and rate on stderr; does nothing when disabled."""

    def __init__(self, *, enabled: bool) -> None:
        self.bar = None
        self.facts = 0
        if enabled:
            from tqdm import tqdm
            self.bar = tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()

    @contextmanager
    def interrupted(self) -> Iterator[None]:
        """Clear the bar while something else writes to the terminal, then draw it again."""
        if self.bar is None:
            yield
            return
        with self.bar.external_write_mode(file=sys.stderr):
            yield

    def update(self, facts: int) -> None:
        if self.bar is not None:
            self.facts += facts
            self.bar.set_postfix(facts=self.facts, refresh=False)
            self.bar.update(1)
