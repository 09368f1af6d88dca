"""The SPARQL 1.1 Protocol points the endpoint answers beyond running a query: the RDF dataset given
by `default-graph-uri` / `named-graph-uri`, content negotiation by query form (with 406 when nothing
asked for can be served), and CORS for a query editor served from another origin.

The dataset is applied by rewriting the query's dataset clauses (FROM / FROM NAMED): the protocol's
graphs replace the query's own, as the Protocol says, and the same text works on the embedded store
(in its forked child) and on a remote SPARQL server alike, without changing how queries are run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from mediakg.graph.store.protocol import GRAPH_TYPES, RESULT_TYPES

# One token of a SPARQL query: long strings, strings, IRIs, comments, braces, parentheses, words.
_TOKEN = re.compile(r'''
    (?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
            |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\#[^\n]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<open>[{(])
  | (?P<close>[})])
  | (?P<word>[A-Za-z_][\w.-]*(?::[\w.%-]*)?|:[\w.%-]*)
  | (?P<other>\S)
''', re.VERBOSE)
FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
_MODIFIERS = {"LIMIT", "OFFSET", "ORDER", "GROUP", "HAVING", "VALUES"}


class DatasetError(ValueError):
    """A query whose dataset clauses cannot be found, or a graph IRI that is not an IRI."""


def query_form(query: str) -> str | None:
    """SELECT, CONSTRUCT, DESCRIBE or ASK (None when the text names none: the store will say why)."""
    for match in _TOKEN.finditer(query):
        if match.lastgroup == "word" and match.group().upper() in FORMS:
            return match.group().upper()
        if match.lastgroup in ("open", "iri") and match.group() == "{":
            return None
    return None


def with_dataset(query: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """The query with its FROM / FROM NAMED clauses replaced by these graphs (unchanged when both
    lists are empty)."""
    if not default_graphs and not named_graphs:
        return query
    for iri in default_graphs + named_graphs:
        if not re.fullmatch(r'[^<>"{}|^`\\\x00-\x20]+', iri) or ":" not in iri:
            raise DatasetError(f"not an absolute IRI: {iri!r}")
    tokens = [(m.lastgroup, m.group(), m.start(), m.end()) for m in _TOKEN.finditer(query)]
    form_at = next((i for i, (kind, text, _, _) in enumerate(tokens) if kind == "word" and text.upper() in FORMS), None)
    if form_at is None:
        raise DatasetError("no SELECT, CONSTRUCT, DESCRIBE or ASK in the query")
    form = tokens[form_at][1].upper()
    cuts: list[tuple[int, int]] = []  # the query's own dataset clauses, dropped
    insert_at: int | None = None
    depth, braces_seen = 0, 0
    i = form_at + 1
    while i < len(tokens):
        kind, text, start, end = tokens[i]
        if kind == "open":
            if depth == 0 and text == "{":
                braces_seen += 1
                # CONSTRUCT's first block is its template (unless it is CONSTRUCT WHERE {...}).
                is_template = form == "CONSTRUCT" and braces_seen == 1 and tokens[i - 1][1].upper() != "WHERE"
                if not is_template and insert_at is None:
                    insert_at = start
                if not is_template:
                    break
            depth += 1
        elif kind == "close":
            depth -= 1
        elif depth == 0 and kind == "word" and text.upper() == "WHERE":
            insert_at = start
            break
        elif depth == 0 and kind == "word" and text.upper() == "FROM":
            j = i + 1
            if j < len(tokens) and tokens[j][1].upper() == "NAMED":
                j += 1
            if j >= len(tokens) or tokens[j][0] not in ("iri", "word"):
                raise DatasetError("a FROM clause without a graph")
            cuts.append((start, tokens[j][3]))
            i = j
        elif depth == 0 and kind == "word" and text.upper() in _MODIFIERS and form == "DESCRIBE":
            insert_at = start  # DESCRIBE <x> LIMIT 1: no WHERE clause
            break
        i += 1
    if insert_at is None:
        if form != "DESCRIBE":
            raise DatasetError("cannot find the query's WHERE clause")
        insert_at = len(query)
    clauses = " ".join([f"FROM <{g}>" for g in default_graphs] + [f"FROM NAMED <{g}>" for g in named_graphs])
    text = query[:insert_at] + " " + clauses + "\n" + query[insert_at:]
    for start, end in sorted(cuts, reverse=True):  # all before insert_at: positions still hold
        text = text[:start] + text[end:]
    return text


# What clients ask for (Accept media types, and `format`/`output` values as SPARQLWrapper and
# others send them) -> the store's format names.
RESULT_NAMES = {"application/sparql-results+json": "json", "application/json": "json", "json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml", "xml": "xml",
                "text/csv": "csv", "csv": "csv", "text/tab-separated-values": "tsv", "tsv": "tsv"}
GRAPH_NAMES = {"text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
               "turtle": "turtle", "ttl": "turtle", "n3": "turtle", "text/n3": "turtle",
               "application/ld+json": "jsonld", "application/x-json+ld": "jsonld", "application/json": "jsonld",
               "json-ld": "jsonld", "jsonld": "jsonld", "json": "jsonld",
               "application/n-triples": "ntriples", "text/plain": "ntriples", "nt": "ntriples", "ntriples": "ntriples",
               "application/rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml",
               "xml": "rdfxml", "rdf": "rdfxml", "rdfxml": "rdfxml", "rdf+xml": "rdfxml"}
_WILDCARDS = {"*/*", "application/*", "text/*"}


@dataclass(frozen=True)
class Choice:
    results: str  # a key of RESULT_TYPES
    graphs: str  # a key of GRAPH_TYPES


def choose_formats(accept: str, fmt: str | None, form: str | None) -> Choice | None:
    """The formats to answer in, or None (406) when the client accepts none this query form has.
    A `format` parameter the endpoint knows wins over Accept; an absent Accept accepts anything."""
    names = GRAPH_NAMES if form in ("CONSTRUCT", "DESCRIBE") else RESULT_NAMES
    default = Choice("json", "turtle")
    if fmt and fmt.strip().lower() in names:
        chosen = names[fmt.strip().lower()]
        return Choice(chosen, default.graphs) if names is RESULT_NAMES else Choice(default.results, chosen)
    wanted = _by_preference(accept)
    if not wanted:
        return default
    for media in wanted:
        if media in names:
            chosen = names[media]
            return Choice(chosen, default.graphs) if names is RESULT_NAMES else Choice(default.results, chosen)
        if media in _WILDCARDS:
            return default
    return None


def _by_preference(accept: str) -> list[str]:
    wanted: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media.strip() and q > 0:
            wanted.append((-q, position, media.strip().lower()))
    return [media for _, _, media in sorted(wanted)]


def offered(form: str | None) -> str:
    """The media types a query of this form can be answered in, for a 406 message."""
    return ", ".join(GRAPH_TYPES.values() if form in ("CONSTRUCT", "DESCRIBE") else RESULT_TYPES.values())


# Read-only answers: any origin may read them (no cookies or credentials are involved).
CORS_HEADERS = {"Access-Control-Allow-Origin": "*"}
PREFLIGHT_HEADERS = CORS_HEADERS | {"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                    "Access-Control-Allow-Headers": "Accept, Content-Type",
                                    "Access-Control-Max-Age": "86400"}
