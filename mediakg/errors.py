"""The one error type users see: a file and what is wrong with it, printed on one line."""
from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input: a missing, empty, binary or unreadable file, an invalid query."""

    def __init__(self, path: str | Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem
