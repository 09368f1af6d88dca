"""SPARQL over a built graph, with results as a table, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

from rdflib import Dataset, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result

from mediakg.errors import InputError
from mediakg.graph.bounded import EXIT_FAILED, run_in_child
from mediakg.graph.rdf.triples import PREFIXES
from mediakg.graph.services import ServiceRefused, check_services

EXIT_TOO_MANY, EXIT_INVALID = 67, 68


@dataclass(frozen=True)
class QueryLimits:
    """What one `mediakg query` may take: seconds, rows, address space (bytes), SERVICE endpoints."""
    timeout_s: float = 30.0
    max_results: int = 100_000
    max_memory_bytes: int = 2_000_000_000
    allow_service: tuple[str, ...] = ()


class TooManyResults(Exception):
    pass


def query_text(query: str) -> tuple[str, str]:
    """(where the query came from, its text): a .rq file path or the query itself."""
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 300 and "\n" not in query and path.is_file()):
        if not path.is_file():
            raise InputError(path, "no such query file")
        try:
            return str(path), path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"is not UTF-8 text (bad byte at offset {exc.start})") from None
        except OSError as exc:
            raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None
    return "query", query


def run_query(dataset: Dataset, query: str, *, source: str = "query") -> Result:
    """Run SPARQL over the union of the dataset's named graphs, with the project's prefixes bound."""
    try:
        prepared = prepareQuery(query, initNs=PREFIXES | {"rdf": URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#")})
    except Exception as exc:  # pyparsing raises ParseException; report the parser's words
        message = " ".join(str(exc).split())
        raise InputError(source, f"invalid SPARQL: {message[:300]}") from None
    union = Dataset(store=dataset.store, default_union=True)
    return union.query(prepared)


def check_query_services(text: str, source: str, allowed: tuple[str, ...] = ()) -> None:
    """A query naming a SERVICE endpoint not in `allowed` is a one-line InputError."""
    try:
        check_services(text, allowed, {name: str(ns) for name, ns in PREFIXES.items()})
    except ServiceRefused as exc:
        raise InputError(source, str(exc)) from None


def bounded_output(make_output: Callable[[], str], *, source: str, limits: QueryLimits) -> str:
    """make_output() run in a forked child within the limits; its text, or a one-line InputError
    saying which limit it met. (Rows are capped by make_output raising TooManyResults.)"""
    def work(out: BinaryIO) -> int:
        try:
            out.write(make_output().encode("utf-8"))
        except TooManyResults:
            return EXIT_TOO_MANY
        except InputError as exc:
            out.write(exc.problem.encode("utf-8"))
            return EXIT_INVALID
        return 0

    # Output is bounded by rows; the byte cap only guards against a runaway writer.
    ended = run_in_child(work, timeout_s=limits.timeout_s, max_output_bytes=1 << 34,
                         max_memory_bytes=limits.max_memory_bytes)
    if ended.stopped == "time":
        raise InputError(source, f"the query ran past the time limit of {limits.timeout_s:g} s (--timeout)")
    if ended.code == 0:
        return ended.output.decode("utf-8")
    if ended.code == EXIT_TOO_MANY:
        raise InputError(source, f"the answer has more than {limits.max_results} rows; add a LIMIT or raise --max-results")
    if ended.code == EXIT_INVALID:
        raise InputError(source, ended.output.decode("utf-8", "replace"))
    if ended.out_of_memory:
        raise InputError(source, f"the query needed more than {limits.max_memory_bytes / 1e9:g} GB of memory "
                                 "(--max-memory); narrow it or add a LIMIT")
    detail = ended.output.decode("utf-8", "replace") if ended.code == EXIT_FAILED else f"exit status {ended.code}"
    raise InputError(source, f"query failed: {detail or 'no message'}")


def capped(result: Result, max_results: int) -> Result:
    """The result, with TooManyResults raised as soon as it yields more than max_results rows."""
    if result.type == "SELECT":
        kept = []
        for row in result:
            kept.append(row)
            if len(kept) > max_results:
                raise TooManyResults()
        copy = Result("SELECT")
        copy.vars = result.vars
        copy.bindings = [{v: row[v] for v in result.vars if row[v] is not None} for row in kept]
        return copy
    if result.type in ("CONSTRUCT", "DESCRIBE") and len(result.graph) > max_results:
        raise TooManyResults()
    return result


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Literal):
        return str(value)
    return str(value)


def rows(result: Result) -> tuple[list[str], list[list[str]]]:
    if result.type == "ASK":
        return ["ask"], [[str(bool(result.askAnswer)).lower()]]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return ["subject", "predicate", "object"], [[_cell(x) for x in t] for t in result.graph]
    names = [str(v) for v in result.vars]
    return names, [[_cell(row[v]) for v in result.vars] for row in result]


def format_result(result: Result, fmt: str = "table") -> str:
    names, data = rows(result)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(data)
        return buffer.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(names, row)) for row in data], ensure_ascii=False, indent=1) + "\n"
    widths = [min(60, max([len(n)] + [len(r[i]) for r in data])) for i, n in enumerate(names)]
    clip = lambda text, w: text if len(text) <= w else text[: w - 1] + "…"  # noqa: E731
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(clip(c, w).ljust(w) for c, w in zip(row, widths)) for row in data]
    lines.append(f"({len(data)} row{'s' if len(data) != 1 else ''})")
    return "\n".join(lines) + "\n"
