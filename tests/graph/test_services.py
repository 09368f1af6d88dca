"""SERVICE clauses are found in the query's algebra, wherever they hide, and only there."""
from __future__ import annotations

import pytest

from mediakg.graph.services import ServiceRefused, check_services, service_endpoints
from mediakg.graph.store.protocol import QUERY_PREFIXES

TARGET = "http://127.0.0.1:7/sparql"


@pytest.mark.parametrize("query", [
    f"SELECT * WHERE {{ SERVICE <{TARGET}> {{ ?s ?p ?o }} }}",
    f"select * where {{ service silent <{TARGET}> {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{TARGET}> {{ ?s ?p ?o }} }} }} }}",
    f"SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE <{TARGET}> {{ ?s ?p ?o }} }} }}",
    f"ASK {{ FILTER NOT EXISTS {{ SERVICE <{TARGET}> {{ ?s ?p ?o }} }} }}",
    f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{TARGET}> {{ ?s ?p ?o }} }}",
    f"PREFIX t: <http://127.0.0.1:7/> SELECT * WHERE {{ SERVICE t:sparql {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ SERV\\u0049CE <{TARGET}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE { SERVICE ?where { ?s ?p ?o } VALUES ?where { <http://127.0.0.1:7/> } }",
    "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } ",  # does not parse: cannot be checked
])
def test_service_anywhere_is_refused(query):
    with pytest.raises(ServiceRefused):
        check_services(query, (), QUERY_PREFIXES)


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:7/>",
    'SELECT * WHERE { ?s rdfs:label "SERVICE <http://127.0.0.1:7/>" }',
    "SELECT * WHERE { ?s rdfs:label '''a\nSERVICE <http://x/> { }''' }",
    "SELECT * WHERE { <http://e/SERVICE> ?p ?o }",
    "SELECT ?service WHERE { ?service a media:StreamingService }",
])
def test_the_word_elsewhere_is_not_a_service(query):
    assert service_endpoints(query, QUERY_PREFIXES) == []
    check_services(query, (), QUERY_PREFIXES)


def test_only_the_allowed_endpoints_pass():
    query = f"SELECT * WHERE {{ SERVICE <{TARGET}> {{ ?s ?p ?o }} SERVICE <http://other/> {{ ?s ?p ?o }} }}"
    with pytest.raises(ServiceRefused, match="other"):
        check_services(query, [TARGET])
    check_services(query, [TARGET, "http://other/"])
