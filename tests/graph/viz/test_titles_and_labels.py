"""Page titles named after the corpus, and equal labels told apart on the page."""
from __future__ import annotations

import networkx as nx
import pytest

from mediakg.graph.viz.page import display_labels
from mediakg.graph.viz.titles import title_from_documents, title_from_inputs


@pytest.mark.parametrize("inputs, title", [
    (["seeds/"], "seeds"),
    (["news/**/*.md"], "news"),
    (["archive/2026/deal.txt"], "deal"),
    (["a.txt", "b/", "c", "d/"], "a, b, c and 1 more"),
    (["*.txt"], "articles"),
])
def test_title_from_inputs(inputs, title):
    assert title_from_inputs(inputs) == title


@pytest.mark.parametrize("sources, title", [
    ([], "mediakg"),
    (["news/toho-deal.txt"], "toho-deal"),
    (["news/a.txt", "news/b.txt", "news/a.txt"], "news (2 articles)"),
    (["news/a.txt", "archive/b.txt"], "2 articles"),
])
def test_title_from_documents(sources, title):
    assert title_from_documents(sources) == title


def node(g, iri, label, cls, year=None):
    g.add_node(iri, label=label, cls=cls, aliases=[],
               attributes=[("releaseYear", year, [])] if year else [])


def test_equal_labels_get_class_and_year():
    g = nx.MultiDiGraph()
    node(g, "id/work/human-vapor-1960", "Human Vapor", "Film", "1960")
    node(g, "id/work/human-vapor-series", "Human Vapor", "Series")
    node(g, "id/organization/netflix", "Netflix", "StreamingService")
    assert display_labels(g) == {"id/work/human-vapor-1960": "Human Vapor (film, 1960)",
                                 "id/work/human-vapor-series": "Human Vapor (series)",
                                 "id/organization/netflix": "Netflix"}


def test_labels_still_equal_get_the_end_of_their_iri():
    g = nx.MultiDiGraph()
    node(g, "id/organization/apex", "Apex", "ProductionCompany")
    node(g, "id/organization/apex-2", "Apex", "ProductionCompany")
    assert display_labels(g) == {"id/organization/apex": "Apex (production company, apex)",
                                 "id/organization/apex-2": "Apex (production company, apex-2)"}
