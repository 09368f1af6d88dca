"""The errors graph code raises: what they are about (a file, a store, a query, an option) and
what is wrong, in one line. The command line prints them as they are; other callers (the HTTP
endpoint, notebooks) catch them by kind without knowing the command line."""
from __future__ import annotations

from pathlib import Path


class GraphError(Exception):
    """A problem the caller can act on, said as "WHERE: PROBLEM"."""

    def __init__(self, where: str | Path, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = str(where)
        self.problem = problem


class GraphFileError(GraphError):
    """A graph file that is missing, of an unknown format, unreadable or unwritable."""


class StoreError(GraphError):
    """A store folder or SPARQL endpoint that cannot be opened, reached or loaded into."""


class QueryError(GraphError):
    """A query that is not SPARQL, is not allowed, has the wrong shape for its use, or ran past
    a limit; also a bad query option (--param, --format)."""
