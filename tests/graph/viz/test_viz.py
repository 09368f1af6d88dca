"""mediakg.graph.viz.page without a browser: the network extracted from RDF, and the page's HTML."""
from __future__ import annotations

import os
import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, BNode, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS

from mediakg.graph.viz import page as viz
from mediakg.graph.viz.page import entity_network, write_html
from mediakg.ontology import MEDIA

ID = Namespace("https://w3id.org/mediakg/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
# Not rdflib's XSD: pytest probes module globals, and the closed XSD namespace warns on that.
XSD_GYEAR = URIRef("http://www.w3.org/2001/XMLSchema#gYear")

# rdflib 7's own Dataset.triples reads its deprecated default_context when default_union is set.
pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")

LABEL_XSS = "Toho <img src=x onerror=alert(1)> Studios"
EVIDENCE_XSS = "Netflix said </script><script>alert(1)</script> it partners with Toho."

DOC = ID["document/0123456789abcdef"]
NETFLIX = ID["organization/netflix"]
TOHO = ID["organization/toho-studios"]
SERIES = ID["work/the-human-vapor-series"]
DIRECTOR = ID["person/shinzo-katayama"]


def _assert(g, n: int, s, p, o, sentence: str, confidence: str, start: int) -> None:
    """An assertion node in the shape of docs/rdf-model.md."""
    a, source, selector = ID[f"assertion/{n:04x}"], BNode(), BNode()
    g.add((a, RDF.type, MEDIA.Assertion))
    g.add((a, RDF.subject, s))
    g.add((a, RDF.predicate, p))
    g.add((a, RDF.object, o))
    g.add((a, MEDIA.confidence, Literal(Decimal(confidence))))  # xsd:decimal
    g.add((a, MEDIA.extractionRule, Literal("test.rule")))
    g.add((a, PROV.wasDerivedFrom, source))
    g.add((source, RDF.type, OA.SpecificResource))
    g.add((source, OA.hasSource, DOC))
    g.add((source, PROV.value, Literal(sentence)))
    g.add((source, OA.hasSelector, selector))
    g.add((selector, RDF.type, OA.TextPositionSelector))
    g.add((selector, OA.start, Literal(start)))
    g.add((selector, OA.end, Literal(start + len(sentence))))


def sample_dataset() -> Dataset:
    ds = Dataset()
    g = ds.graph(DOC)
    g.add((DOC, RDF.type, MEDIA.Document))
    g.add((DOC, RDFS.label, Literal("netflix-toho-studios.txt")))
    g.add((DOC, MEDIA.contentHash, Literal("sha256:0123456789abcdef")))
    entities = [
        (NETFLIX, MEDIA.StreamingService, "Netflix", [], "Netflix and Toho Studios signed a deal."),
        (TOHO, MEDIA.Studio, LABEL_XSS, ["Toho"], "Netflix and Toho Studios signed a deal."),
        (SERIES, MEDIA.Series, "The Human Vapor", [], "The Human Vapor is a new series."),
        (DIRECTOR, MEDIA.Person, "Shinzo Katayama", ["Katayama"], "Shinzo Katayama directs."),
    ]
    n = 0
    for entity, cls, label, aliases, sentence in entities:
        g.add((entity, RDF.type, cls))
        g.add((entity, RDFS.label, Literal(label)))
        for alias in aliases:
            g.add((entity, SKOS.altLabel, Literal(alias)))
        g.add((entity, MEDIA.mentionedIn, DOC))
        n += 1
        _assert(g, n, entity, RDF.type, cls, sentence, "0.9", 10 * n)
    facts = [
        (NETFLIX, MEDIA.partnersWith, TOHO, EVIDENCE_XSS, "0.8"),
        (NETFLIX, MEDIA.partnersWith, TOHO, "Netflix partners with Toho Studios.", "0.95"),
        (SERIES, MEDIA.directedBy, DIRECTOR, "Shinzo Katayama directs The Human Vapor.", "0.7"),
    ]
    for s, p, o, sentence, confidence in facts:
        g.add((s, p, o))
        n += 1
        _assert(g, n, s, p, o, sentence, confidence, 100 * n)
    # An attribute is a fact too, but not an edge.
    g.add((SERIES, MEDIA.releaseYear, Literal("2026", datatype=XSD_GYEAR)))
    return ds


def test_entity_network_nodes_are_the_entities_with_their_classes() -> None:
    net = entity_network(sample_dataset())
    assert dict(net.nodes(data="cls")) == {
        str(NETFLIX): "StreamingService",
        str(TOHO): "Studio",
        str(SERIES): "Series",
        str(DIRECTOR): "Person",
    }
    toho = net.nodes[str(TOHO)]
    assert toho["label"] == LABEL_XSS
    assert toho["aliases"] == ["Toho"]
    assert toho["evidence"] == "Netflix and Toho Studios signed a deal."


def test_entity_network_edges_are_the_relations_with_their_evidence() -> None:
    net = entity_network(sample_dataset())
    edges = {(s, o, k) for s, o, k in net.edges(keys=True)}
    assert edges == {(str(NETFLIX), str(TOHO), "partnersWith"),
                     (str(SERIES), str(DIRECTOR), "directedBy")}
    partners = net.edges[str(NETFLIX), str(TOHO), "partnersWith"]
    assert partners["predicate"] == "partnersWith"
    assert sorted(partners["evidence"]) == sorted([EVIDENCE_XSS, "Netflix partners with Toho Studios."])
    assert partners["confidence"] == pytest.approx(0.95)
    assert partners["documents"] == [str(DOC)]


def test_entity_network_reads_every_named_graph_and_leaves_the_dataset_alone() -> None:
    ds = sample_dataset()
    other = ds.graph(ID["document/fedcba9876543210"])
    other.add((ID["place/tokyo"], RDF.type, MEDIA.City))
    other.add((ID["place/tokyo"], RDFS.label, Literal("Tokyo")))
    other.add((TOHO, MEDIA.locatedIn, ID["place/tokyo"]))
    other.add((TOHO, RDF.type, MEDIA.Organization))  # less specific: Studio still wins
    before = len(ds)
    net = entity_network(ds)
    assert net.nodes[str(ID["place/tokyo"])]["cls"] == "City"
    assert net.nodes[str(TOHO)]["cls"] == "Studio"
    assert net.has_edge(str(TOHO), str(ID["place/tokyo"]), "locatedIn")
    assert net.edges[str(TOHO), str(ID["place/tokyo"]), "locatedIn"]["confidence"] is None
    assert len(ds) == before and not ds.default_union


@pytest.fixture
def page(tmp_path: Path) -> str:
    return write_html(sample_dataset(), tmp_path / "graph.html", title="Test <graph>").read_text()


def test_page_makes_no_external_request(page: str) -> None:
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.I)
    # The only link is the page's icon, inline, so the browser asks no server for /favicon.ico.
    assert re.findall(r"<link\b[^>]*>", page, re.I) == ['<link rel="icon" href="data:,">']
    assert not re.search(r"""\b(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(https?:)?//""", page, re.I)
    assert "default-src 'none'" in page  # the browser enforces it too


def test_page_inlines_vis_network(page: str) -> None:
    assert "@version 9.1.2" in page and "vis-network" in page
    assert ".vis-network" in page  # the CSS
    assert "window.mediakgNetwork = network" in page


def test_page_escapes_text_from_articles(page: str) -> None:
    assert "<img src=x" not in page
    assert "</script><script>" not in page
    assert "alert(1)" in page  # the payload is kept, as inert JSON text
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    assert "Test &lt;graph&gt;" in page


def test_page_has_a_legend_of_the_classes_present(page: str) -> None:
    legend = re.search(r'<ul id="mediakg-legend"[^>]*>(.*?)</ul>', page, re.S).group(1)
    assert re.findall(r'data-class="(\w+)"', legend) == ["Studio", "StreamingService", "Person", "Series"]  # palette order
    assert "Film" not in legend
    assert "4 entities, 2 relations" in page


def test_write_html_replaces_an_existing_page_atomically(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out" / "graph.html"
    write_html(sample_dataset(), out, title="first")
    write_html(sample_dataset(), out, title="second")
    first = out.read_text()
    assert "<title>second</title>" in first
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]

    def broken(*args, **kwargs):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(viz, "render_html", broken)
    with pytest.raises(RuntimeError, match="renderer failed"):
        write_html(sample_dataset(), out, title="third")
    assert out.read_text() == first

    # A failure after the temporary file was written leaves no temporary file behind either.
    monkeypatch.undo()
    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(RuntimeError):
        write_html(sample_dataset(), out, title="fourth")
    assert out.read_text() == first
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]


def test_height_must_be_a_css_length(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_html(sample_dataset(), tmp_path / "g.html", height="1px;background:url(http://x)")


def test_an_empty_dataset_gives_an_empty_page(tmp_path: Path) -> None:
    assert entity_network(Dataset()).number_of_nodes() == 0
    page = write_html(Dataset(), tmp_path / "empty.html").read_text()
    assert "0 entities, 0 relations" in page
    assert "data-class=" not in page


def test_page_data_carries_each_fact_with_its_evidence_and_document() -> None:
    data = viz.page_data(entity_network(sample_dataset()))
    nodes = {n["label"]: n for n in data["nodes"]}
    assert data["documents"] == [["netflix-toho-studios.txt", None]]  # a local file: no link
    assert nodes["Shinzo Katayama"]["typing"] == [["Shinzo Katayama directs.", 0, 0.9, "test.rule"]]
    assert nodes["The Human Vapor"]["attributes"] == [["releaseYear", "2026", []]]
    partners = [e for e in data["edges"] if e["predicate"] == "partnersWith"]
    assert len(partners) == 1 and partners[0]["from"] == str(NETFLIX) and partners[0]["to"] == str(TOHO)
    assert sorted(row[0] for row in partners[0]["evidence"]) == sorted([EVIDENCE_XSS, "Netflix partners with Toho Studios."])
    assert {row[2] for row in partners[0]["evidence"]} == {0.8, 0.95}


def test_a_document_read_from_the_web_links_to_its_url() -> None:
    ds = sample_dataset()
    ds.graph(DOC).add((DOC, MEDIA.sourcePath, Literal("https://news.example/netflix-toho")))
    assert viz.page_data(entity_network(ds))["documents"] == [["netflix-toho-studios.txt", "https://news.example/netflix-toho"]]


def test_big_graphs_are_laid_out_here_and_drawn_without_physics(monkeypatch) -> None:
    net = entity_network(sample_dataset())
    small = viz.page_data(net)
    assert small["physics"] and small["options"]["physics"]["stabilization"]["iterations"] == 300
    assert not any("x" in n for n in small["nodes"])
    monkeypatch.setattr(viz, "PHYSICS_MAX_NODES", 3)  # the sample has 4 entities
    big = viz.page_data(net)
    assert not big["physics"] and big["options"]["physics"] == {"enabled": False}
    assert big["options"]["layout"]["improvedLayout"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in big["nodes"])
    assert viz.page_data(net, layout="physics")["physics"]


def test_sizes_follow_the_chosen_measure_and_options_are_checked() -> None:
    ds = sample_dataset()
    tokyo = ID["place/tokyo"]
    ds.graph(DOC).add((tokyo, RDF.type, MEDIA.City))
    ds.graph(DOC).add((TOHO, MEDIA.locatedIn, tokyo))
    net = entity_network(ds)
    by_degree = {n["label"]: n["value"] for n in viz.page_data(net, size_by="degree")["nodes"]}
    assert by_degree == {"Netflix": 1, LABEL_XSS: 2, "The Human Vapor": 1, "Shinzo Katayama": 1, "tokyo": 1}
    by_rank = {n["label"]: n["value"] for n in viz.page_data(net)["nodes"]}
    assert max(by_rank, key=by_rank.get) == LABEL_XSS
    with pytest.raises(ValueError):
        viz.page_data(net, layout="circular")
    with pytest.raises(ValueError):
        viz.page_data(net, color_by="rainbow")
    assert {"community"} <= set(viz.page_data(net, color_by="community")["nodes"][0])


def _with_rumour() -> Dataset:
    """The sample plus a fact only reported: an assertion with a status and no plain triple."""
    ds = sample_dataset()
    g = ds.graph(DOC)
    _assert(g, 99, NETFLIX, MEDIA.acquires, TOHO, "Netflix is in talks to acquire Toho Studios.", "0.8", 900)
    g.add((ID["assertion/0063"], MEDIA.status, Literal("negotiating")))
    return ds


def test_a_reported_fact_is_an_edge_marked_with_its_status() -> None:
    net = entity_network(_with_rumour())
    rumour = net.edges[str(NETFLIX), str(TOHO), "acquires:negotiating"]
    assert rumour["status"] == "negotiating"
    assert rumour["evidence"] == ["Netflix is in talks to acquire Toho Studios."]
    assert net.edges[str(NETFLIX), str(TOHO), "partnersWith"]["status"] == ""


def test_the_page_draws_rumours_dashed_behind_a_toggle_that_starts_off(tmp_path: Path) -> None:
    data = viz.page_data(entity_network(_with_rumour()))
    assert [e["status"] for e in data["edges"] if e["predicate"] == "acquires"] == ["negotiating"]
    out = tmp_path / "g.html"
    write_html(_with_rumour(), out)
    html = out.read_text(encoding="utf-8")
    toggle = re.search(r'<input type="checkbox" id="mediakg-show-reported"[^>]*>', html)
    assert toggle and "checked" not in toggle.group(0)
    assert "show rumours (1)" in html
    assert "2 relations" in html  # the rumour is no stated relation
    assert "item.dashes = true" in html
    plain = tmp_path / "plain.html"
    write_html(sample_dataset(), plain)
    assert 'id="mediakg-show-reported"' not in plain.read_text(encoding="utf-8")  # no rumour, no toggle
