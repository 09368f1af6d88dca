"""Refusing SPARQL `SERVICE` (federated queries) unless the operator allowed the endpoint.

A `SERVICE <http://127.0.0.1:PORT/...>` clause makes the query engine (Oxigraph or rdflib) send an
HTTP request to an address of the query writer's choosing: a read-only endpoint would reach into
the network it runs in. So every query is checked before it runs: the endpoints its SERVICE
clauses name must all be in an explicit allow-list, and `SERVICE ?variable` is never allowed.

The check reads the query algebra from rdflib's parser, so "SERVICE" inside a comment, a string or
an IRI is not mistaken for a clause. A cheap lexical look comes first so that the common query, with
no SERVICE word at all, is not parsed twice; a query that mentions SERVICE but that rdflib cannot
parse is refused, since what Oxigraph would make of it cannot be checked.
"""
from __future__ import annotations

import re
from typing import Iterable

from rdflib import URIRef

# SPARQL applies \u and \U escapes to the whole query text before parsing (SPARQL 1.1, 19.2).
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Strings (long and short), IRIs and comments: where the word SERVICE means nothing.
_INERT = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE_WORD = re.compile(r"(?<![\w:])SERVICE(?![\w:])", re.IGNORECASE)


class ServiceRefused(Exception):
    """The query names a SERVICE endpoint that is not allowed; the message says which."""


def _unescape(text: str) -> str:
    def codepoint(match: re.Match[str]) -> str:
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except ValueError:  # past U+10FFFF: leave it for the parser to reject
            return match.group(0)
    return _CODEPOINT.sub(codepoint, text)


def mentions_service(query: str) -> bool:
    """True when the word SERVICE appears outside strings, IRIs and comments."""
    return bool(_SERVICE_WORD.search(_INERT.sub(" ", _unescape(query))))


def service_endpoints(query: str, prefixes: dict[str, str] | None = None) -> list[URIRef | None]:
    """The endpoints the query's SERVICE clauses name (None for `SERVICE ?variable`).
    Raises ServiceRefused when the query mentions SERVICE but cannot be parsed."""
    if not mentions_service(query):
        return []
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    try:
        algebra = translateQuery(parseQuery(_unescape(query)), initNs=prefixes or {}).algebra
    except Exception:  # pyparsing's and rdflib's own errors: either way, unchecked means refused
        raise ServiceRefused("SERVICE (a federated query) is refused: the query could not be checked") from None
    found: list[URIRef | None] = []
    stack: list[object] = [algebra]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                term = node.get("term")
                found.append(term if isinstance(term, URIRef) else None)
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)):
            stack.extend(node)
    return found


def check_services(query: str, allowed: Iterable[str] = (), prefixes: dict[str, str] | None = None) -> None:
    """Raise ServiceRefused, with a one-line reason, unless every SERVICE endpoint is allowed."""
    allow = {str(iri) for iri in allowed}
    for endpoint in service_endpoints(query, prefixes):
        if endpoint is None:
            raise ServiceRefused("SERVICE with a variable endpoint is refused")
        if str(endpoint) not in allow:
            hint = "; the operator can allow it with --allow-service" if not allow else " (not in --allow-service)"
            raise ServiceRefused(f"SERVICE <{endpoint}> is refused{hint}")
