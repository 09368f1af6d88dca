"""SPARQL over a built graph, with results as a table, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result

from mediakg.errors import InputError
from mediakg.graph.rdf.triples import PREFIXES


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
