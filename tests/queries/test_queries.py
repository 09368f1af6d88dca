"""The ready queries in queries/: each parses on its own (full PREFIX declarations), runs on the
seed graph and returns the rows it promises."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, BNode, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS
from rdflib.plugins.sparql import prepareQuery

from mediakg.cli.main import main
from mediakg.graph.query import query_text, rows, run_query
from mediakg.graph.rdf.files import write_dataset
from mediakg.ontology import MEDIA
from mediakg.pipeline import build_dataset, read_text

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ROOT / "queries"
ALL = sorted(QUERIES.glob("*.rq"))
ID = Namespace("https://w3id.org/mediakg/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
VALUES_NAME = re.compile(r'VALUES \?name \{ "[^"]*" \}')

pytestmark = [
    pytest.mark.slow,
    # rdflib 7's own Dataset.triples reads its deprecated default_context when default_union is set.
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*"),
]


@pytest.fixture(scope="module")
def seed_graph() -> Dataset:
    dataset, summary = build_dataset([ROOT / "seeds"])
    assert summary.documents >= 1
    return dataset


def table(dataset: Dataset, name_or_text: str) -> list[dict[str, str]]:
    """Rows of a query (a file in queries/ or SPARQL text) as dicts of strings ('' when unbound)."""
    if name_or_text.endswith(".rq"):
        source, text = query_text(str(QUERIES / name_or_text))
    else:
        source, text = "query", name_or_text
    names, data = rows(run_query(dataset, text, source=source))
    return [dict(zip(names, row)) for row in data]


def names(cell: str) -> set[str]:
    return {n.strip() for n in cell.split(",") if n.strip()}


def entity_facts(name: str) -> str:
    """entity-facts.rq with its one VALUES line edited, as a user would."""
    text = (QUERIES / "entity-facts.rq").read_text(encoding="utf-8")
    assert len(VALUES_NAME.findall(text)) == 1
    return VALUES_NAME.sub(f'VALUES ?name {{ "{name}" }}', text)


def test_the_expected_queries_exist():
    assert {p.name for p in ALL} >= {"works.rq", "partners.rq", "entity-facts.rq", "people.rq",
                                     "organizations.rq", "low-confidence.rq"}


# Merge records need two documents naming one thing; tests/graph/rdf/test_merges.py runs merges.rq.
# The seed states everything it says; rumours.rq is run on a rumour below.
ON_SEEDS = [p for p in ALL if p.name not in ("merges.rq", "rumours.rq")]


@pytest.mark.parametrize("path", ON_SEEDS, ids=[p.name for p in ON_SEEDS])
def test_query_parses_standalone_and_returns_rows(path, seed_graph):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), "each query starts with a comment saying what it answers"
    prepareQuery(text)  # no prefixes bound: the file must declare every prefix it uses
    result = table(seed_graph, path.name)
    assert result, f"{path.name} returns no rows on the seed graph"
    assert all(any(cell for cell in row.values()) for row in result)


def test_works_lists_director_and_cast(seed_graph):
    result = table(seed_graph, "works.rq")
    credited = [r for r in result if "Shinzo Katayama" in names(r["directors"])]
    assert len(credited) == 1, result
    work = credited[0]
    assert {"Shun Oguri", "Yu Aoi"} <= names(work["cast"])
    assert "Vapor" in work["title"]
    assert work["work"].startswith("https://w3id.org/mediakg/id/work/")
    # One row per work, ordered by title.
    assert len({r["work"] for r in result}) == len(result)
    titles = [r["title"].lower() for r in result]
    assert titles == sorted(titles)
    for r in result:
        assert set(r["type"].split(", ")) <= {"CreativeWork", "Film", "Series"}


def test_works_through_the_cli(seed_graph, tmp_path, capsys):
    graph = write_dataset(seed_graph, tmp_path / "seeds.trig")
    assert main(["query", str(graph), str(QUERIES / "works.rq"), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("title,type,year,directors,writers,cast,work\n")
    assert "Shinzo Katayama" in out and "Shun Oguri" in out and "Yu Aoi" in out


def test_partners_lists_each_pair_once(seed_graph):
    result = table(seed_graph, "partners.rq")
    pairs = [frozenset((r["partner1"], r["partner2"])) for r in result]
    assert pairs.count(frozenset({"Netflix", "Toho Studios"})) == 1
    assert len(set(pairs)) == len(pairs)
    row = next(r for r in result if {r["partner1"], r["partner2"]} == {"Netflix", "Toho Studios"})
    assert 0 <= float(row["confidence"]) <= 1 and int(row["documents"]) >= 1
    assert row["a"] < row["b"]


def test_entity_facts_for_netflix_carry_their_evidence(seed_graph):
    result = table(seed_graph, "entity-facts.rq")
    assert len(result) >= 3
    netflix = URIRef(result[0]["entity"])
    assert {r["entity"] for r in result} == {str(netflix)}
    union = Dataset(store=seed_graph.store, default_union=True)
    # The text that matched: the label, or an alias ("the streamer") the extractor resolved.
    mentions = {str(m).casefold() for m in (*union.objects(netflix, RDFS.label),
                                            *union.objects(netflix, SKOS.altLabel))}
    assert "netflix" in mentions
    texts: dict[str, str] = {}
    for r in result:
        sentence = r["sentence"]
        assert sentence.strip()
        assert any(m in sentence.casefold() for m in mentions), (sentence, mentions)
        assert 0 <= Decimal(r["confidence"]) <= 1
        assert r["rule"] and r["predicate"] and r["other"]
        assert r["direction"] in {"in", "out"}
        # The sentence is the document's text at the selector's offsets.
        doc = URIRef(r["document"])
        if r["document"] not in texts:
            source = union.value(doc, MEDIA.sourcePath)
            texts[r["document"]] = read_text(Path(source)).text
        assert texts[r["document"]][int(r["start"]):int(r["end"])] == sentence
    confidences = [Decimal(r["confidence"]) for r in result]
    assert confidences == sorted(confidences, reverse=True)
    facts = {(r["direction"], r["predicate"], r["other"]) for r in result}
    assert ("out", "partnersWith", "Toho Studios") in facts
    assert ("out", "type", "StreamingService") in facts
    assert any(d == "in" for d, _, _ in facts), "facts with Netflix as object are missing"


def test_entity_facts_for_another_entity_by_editing_one_line(seed_graph):
    result = table(seed_graph, entity_facts("Toho Studios"))
    assert {r["entity"] for r in result} == {"https://w3id.org/mediakg/id/organization/toho-studios"}
    assert ("in", "partnersWith", "Netflix") in {(r["direction"], r["predicate"], r["other"]) for r in result}
    assert table(seed_graph, entity_facts("No Such Entity")) == []


def test_people(seed_graph):
    people = {r["name"]: r for r in table(seed_graph, "people.rq")}
    assert {"Shinzo Katayama", "Shun Oguri", "Yu Aoi"} <= set(people)
    assert any(re.fullmatch(r".*Vapor \(director\)", c) for c in people["Shinzo Katayama"]["credits"].split(", "))
    employed = [r for r in people.values() if r["organizations"]]
    assert employed and all(r["person"].startswith("https://w3id.org/mediakg/id/person/") for r in employed)
    assert any("Netflix" in names(r["organizations"]) and r["roles"] for r in employed)
    assert any(r["knownFor"] for r in people.values())


def test_organizations(seed_graph):
    result = table(seed_graph, "organizations.rq")
    by_name = {r["name"]: r for r in result}
    assert by_name["Netflix"]["class"] == "StreamingService"
    assert by_name["Toho Studios"]["class"] == "Studio"
    assert any(r["produces"] for r in result) and any(r["owns"] for r in result)
    assert [r["class"] for r in result] == sorted(r["class"] for r in result)


def test_low_confidence_is_below_the_threshold_with_evidence(seed_graph):
    result = table(seed_graph, "low-confidence.rq")
    assert result
    confidences = [Decimal(r["confidence"]) for r in result]
    assert all(0 <= c < Decimal("0.7") for c in confidences)
    assert confidences == sorted(confidences)
    assert all(r["sentence"].strip() and r["document"] and r["assertion"] for r in result)
    # Every assertion below 0.7 is listed.
    expected = table(seed_graph, "SELECT ?a WHERE { ?a media:confidence ?c FILTER(?c < 0.7) }")
    assert {r["assertion"] for r in result} == {r["a"] for r in expected}


# A hand-made graph for what the seeds do not show: a partnership stated in both directions,
# and the threshold's edge.
def _fact(g, n: int, s, p, o, confidence: str, sentence: str, doc) -> None:
    g.add((s, p, o))
    a, source = ID[f"assertion/{n}"], BNode()
    for triple in ((a, RDF.type, MEDIA.Assertion), (a, RDF.subject, s), (a, RDF.predicate, p),
                   (a, RDF.object, o), (a, MEDIA.confidence, Literal(Decimal(confidence))),
                   (a, MEDIA.extractionRule, Literal("test.rule")), (a, PROV.wasDerivedFrom, source),
                   (source, OA.hasSource, doc), (source, PROV.value, Literal(sentence))):
        g.add(triple)


@pytest.fixture()
def two_documents() -> Dataset:
    ds = Dataset()
    netflix, toho = ID["organization/netflix"], ID["organization/toho-studios"]
    for n, (doc, s, o, conf) in enumerate([(ID["document/a"], netflix, toho, "0.7"),
                                           (ID["document/b"], toho, netflix, "0.69")]):
        g = ds.graph(doc)
        g.add((netflix, RDF.type, MEDIA.StreamingService))
        g.add((netflix, RDFS.label, Literal("Netflix")))
        g.add((toho, RDF.type, MEDIA.Studio))
        g.add((toho, RDFS.label, Literal("Toho Studios")))
        _fact(g, n, s, MEDIA.partnersWith, o, conf, f"{s} partners with {o}.", doc)
    return ds


def test_partners_once_when_stated_both_ways(two_documents):
    result = table(two_documents, "partners.rq")
    assert [(r["partner1"], r["partner2"], r["confidence"], r["documents"]) for r in result] == [
        ("Netflix", "Toho Studios", "0.7", "2")]


def test_entity_facts_both_directions_and_threshold(two_documents):
    facts = table(two_documents, "entity-facts.rq")
    assert sorted((r["direction"], r["other"], r["confidence"]) for r in facts) == [
        ("in", "Toho Studios", "0.69"), ("out", "Toho Studios", "0.7")]
    low = table(two_documents, "low-confidence.rq")
    assert [(r["subject"], r["object"], r["confidence"]) for r in low] == [("Toho Studios", "Netflix", "0.69")]


def test_deals_on_the_seed_has_parties_what_it_covers_start_and_announcement(seed_graph):
    [deal] = table(seed_graph, "deals.rq")
    assert names(deal["parties"]) == {"Netflix", "Toho Studios"}
    assert names(deal["covers"]) == {"No.1 Stage", "No.2 Stage"}
    assert deal["startDate"] == "2028"
    assert deal["announcedOn"] == "2026-01-27"
    assert deal["announcedAt"] == "Next On Netflix 2026"
    assert deal["duration"] == "multi-year"
    assert deal["sentence"].startswith("Netflix has signed a multi-year agreement with Toho Studios")


def test_the_seed_states_every_fact_it_holds(seed_graph):
    assert table(seed_graph, "rumours.rq") == []
