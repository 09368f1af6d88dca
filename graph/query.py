"""SPARQL over a built graph, with results as a table, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result

from mediakg.graph.errors import GraphError, GraphFileError, QueryError, StoreError
from mediakg.graph.rdf.iris import DEFAULT_BASE
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


_ERROR_KINDS = {kind.__name__: kind for kind in (GraphError, GraphFileError, QueryError, StoreError)}


RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
# The names tables print IRIs with: the project's prefixes, rdf:, and id: for minted entities.
TABLE_PREFIXES = {"id": DEFAULT_BASE, "rdf": RDF_NS} | {name: str(ns) for name, ns in PREFIXES.items()}
GRAPH_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}
_NAME = re.compile(r"[A-Za-z0-9_-]+")
# A word every SPARQL query or update starts with (after its prologue).
_SPARQL_KEYWORD = re.compile(r"\b(?:SELECT|CONSTRUCT|ASK|DESCRIBE|PREFIX|BASE|INSERT|DELETE)\b", re.IGNORECASE)


def bundled_queries() -> dict[str, str]:
    """The queries shipped in the package (queries/*.rq), by name without the extension."""
    folder = resources.files("mediakg.queries")
    return {entry.name[:-3]: entry.read_text(encoding="utf-8")
            for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".rq")}


def is_existing_file(text: str) -> bool:
    """Whether `text` names a file; text that cannot be a path (too long, a NUL) names none."""
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def query_text(query: str) -> tuple[str, str]:
    """(where the query came from, its text), by these rules in turn: a path that exists is a
    query file; a bundled query's name (works, entity-facts, ...) is that query; a name ending in
    .rq is a missing file; text with a SPARQL keyword is the query itself; anything else is an
    error. So a file in the working folder wins over a bundled query of the same name."""
    if is_existing_file(query):
        return _read_query_file(Path(query))
    bundled = bundled_queries()
    if query in bundled:
        return f"queries/{query}.rq", bundled[query]
    if query.endswith(".rq"):
        raise QueryError(query, "no such query file")
    if _SPARQL_KEYWORD.search(query):
        return "query", query
    raise QueryError(query[:80], "is neither a query file, a bundled query "
                                 f"({', '.join(bundled)}), nor SPARQL text")


def _read_query_file(path: Path) -> tuple[str, str]:
    try:
        return str(path), path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(path, f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    except OSError as exc:
        raise QueryError(path, f"cannot be read: {exc.strerror or exc}") from None


def run_query(dataset: Dataset, query: str, *, source: str = "query") -> Result:
    """Run SPARQL over the union of the dataset's named graphs, with the project's prefixes bound."""
    try:
        prepared = prepareQuery(query, initNs=PREFIXES | {"rdf": URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#")})
    except Exception as exc:  # pyparsing raises ParseException; report the parser's words
        message = " ".join(str(exc).split())
        raise QueryError(source, f"invalid SPARQL: {message[:300]}") from None
    union = Dataset(store=dataset.store, default_union=True)
    return union.query(prepared)


def fill_params(text: str, params: dict[str, str], *, source: str = "query") -> str:
    """The query with each `name=value` filled in: the values of its `VALUES ?name { ... }` block
    replaced, or, for a variable the query uses without such a block, a `VALUES` clause added at
    the end (SPARQL's own way of binding a variable from outside). A value in <...> is an IRI, a
    prefixed name with a known prefix (media:Studio) is that IRI, anything else a plain string."""
    for name, value in params.items():
        if not _NAME.fullmatch(name) or "-" in name:
            raise QueryError("--param", f"{name!r} is not a variable name")
        term = _sparql_term(value)
        block = re.compile(r"(VALUES\s+[?$]" + name + r"\s*\{)[^}]*(\})", re.IGNORECASE)
        if block.search(text):
            text = block.sub(lambda m: f"{m.group(1)} {term} {m.group(2)}", text, count=1)
        elif re.search(r"[?$]" + name + r"\b", text):
            text = text.rstrip() + f"\nVALUES ?{name} {{ {term} }}\n"
        else:
            raise QueryError(source, f"has no variable ?{name} for --param {name}=...")
    return text


def parse_params(pairs: list[str]) -> dict[str, str]:
    """`name=value` strings (from --param) as a dict; a pair without '=' is an input error."""
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise QueryError("--param", f"{pair!r} is not name=value")
        params[name.lstrip("?$")] = value
    return params


def _sparql_term(value: str) -> str:
    if re.fullmatch(r"<[^<>\"{}|^`\\\s]*>", value):
        return value
    prefix, sep, local = value.partition(":")
    if sep and prefix in TABLE_PREFIXES and re.fullmatch(r"[\w./-]*", local):
        return f"<{TABLE_PREFIXES[prefix]}{local}>"
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid SPARQL string literal


def short_name(value: str) -> str:
    """An IRI as a prefixed name (media:Studio, id:organization/netflix) when a prefix covers it."""
    for prefix, namespace in TABLE_PREFIXES.items():
        if value.startswith(namespace) and len(value) > len(namespace):
            return f"{prefix}:{value[len(namespace):]}"
    return value


def check_query_services(text: str, source: str, allowed: tuple[str, ...] = ()) -> None:
    """A query naming a SERVICE endpoint not in `allowed` is a one-line QueryError."""
    try:
        check_services(text, allowed, {name: str(ns) for name, ns in PREFIXES.items()})
    except ServiceRefused as exc:
        raise QueryError(source, str(exc)) from None


def bounded_output(make_output: Callable[[], str], *, source: str, limits: QueryLimits) -> str:
    """make_output() run in a forked child within the limits; its text, or a one-line QueryError
    saying which limit it met. (Rows are capped by make_output raising TooManyResults.) A
    GraphError make_output raises comes back as itself."""
    def work(out: BinaryIO) -> int:
        try:
            out.write(make_output().encode("utf-8"))
        except TooManyResults:
            return EXIT_TOO_MANY
        except GraphError as exc:  # its kind and what it names travel with it: "kind\0where\0problem"
            out.write(f"{type(exc).__name__}\0{exc.where}\0{exc.problem}".encode("utf-8"))
            return EXIT_INVALID
        return 0

    # Output is bounded by rows; the byte cap only guards against a runaway writer.
    ended = run_in_child(work, timeout_s=limits.timeout_s, max_output_bytes=1 << 34,
                         max_memory_bytes=limits.max_memory_bytes)
    if ended.stopped == "time":
        raise QueryError(source, f"the query ran past the time limit of {limits.timeout_s:g} s (--timeout)")
    if ended.code == 0:
        return ended.output.decode("utf-8")
    if ended.code == EXIT_TOO_MANY:
        raise QueryError(source, f"the answer has more than {limits.max_results} rows; add a LIMIT or raise --max-results")
    if ended.code == EXIT_INVALID:
        kind, where, problem = ended.output.decode("utf-8", "replace").split("\0", 2)
        raise _ERROR_KINDS.get(kind, QueryError)(where or source, problem)
    if ended.out_of_memory:
        raise QueryError(source, f"the query needed more than {limits.max_memory_bytes / 1e9:g} GB of memory "
                                 "(--max-memory); narrow it or add a LIMIT")
    detail = ended.output.decode("utf-8", "replace") if ended.code == EXIT_FAILED else f"exit status {ended.code}"
    raise QueryError(source, f"query failed: {detail or 'no message'}")


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


def _cell(value, *, short: bool = False) -> str:
    if value is None:
        return ""
    if short and isinstance(value, URIRef):
        return short_name(str(value))
    return str(value)


def rows(result: Result, *, short: bool = False) -> tuple[list[str], list[list[str]]]:
    """Column names and cells as strings; `short` writes IRIs as prefixed names."""
    if result.type == "ASK":
        return ["ask"], [[str(bool(result.askAnswer)).lower()]]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return ["subject", "predicate", "object"], [[_cell(x, short=short) for x in t] for t in result.graph]
    names = [str(v) for v in result.vars]
    return names, [[_cell(row[v], short=short) for v in result.vars] for row in result]


def graph_text(graph: Graph, fmt: str = "turtle") -> str:
    """A CONSTRUCT or DESCRIBE answer as Turtle (with the project's prefixes), N-Triples or JSON-LD."""
    out = Graph()
    for prefix, namespace in TABLE_PREFIXES.items():
        out.bind(prefix, namespace)
    for triple in graph:
        out.add(triple)
    text = out.serialize(format=GRAPH_FORMATS[fmt])
    return text if text.endswith("\n") else text + "\n"


def format_result(result: Result, fmt: str = "table") -> str:
    """Tables (the default) print prefixed names; csv and json keep whole IRIs for other tools.
    A CONSTRUCT or DESCRIBE answer prints as Turtle unless csv, json, nt or jsonld is asked for."""
    if result.type in ("CONSTRUCT", "DESCRIBE") and fmt in ("table", "turtle", "nt", "jsonld"):
        return graph_text(result.graph, "turtle" if fmt == "table" else fmt)
    if fmt in ("turtle", "nt", "jsonld"):
        raise QueryError("--format", f"{fmt} is for CONSTRUCT and DESCRIBE; a {result.type} prints as table, csv or json")
    names, data = rows(result, short=fmt == "table")
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
