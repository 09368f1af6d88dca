"""Agreements and reported facts in RDF: a rumour is an assertion with a status and no plain
triple, a deal's value is a schema:MonetaryAmount, and the shapes reject a malformed amount or a
party that is not an organisation."""
from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, SDO

from mediakg.extract.records import Entity, Evidence, Extraction, Fact
from mediakg.graph.query import rows, run_query
from mediakg.graph.rdf.iris import DEFAULT_BASE
from mediakg.graph.rdf.triples import SourceDocument, add_document, entity_iris, new_dataset
from mediakg.graph.rdf.validate import drop_violating_facts, validate_graph
from mediakg.ontology import MEDIA
from tests.queries.test_queries import QUERIES

TEXT = "Harbor Studios signed a five-year output deal with Lumen Pictures for $18 million. Harbor Studios is in talks to buy Mubi."
S1, S2 = TEXT.split(". ")[0] + ".", TEXT.split(". ")[1]


def ev(sentence: str) -> Evidence:
    start = TEXT.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def build(*facts: Fact, party_type: str = "Studio") -> tuple[Dataset, dict[str, URIRef]]:
    entities = (Entity("h", "Harbor Studios", party_type, (), ev(S1), "t", 0.9),
                Entity("l", "Lumen Pictures", "ProductionCompany", (), ev(S1), "t", 0.9),
                Entity("m", "Mubi", "Distributor", (), ev(S2), "t", 0.9),
                Entity("d", "five-year output deal", "Agreement", (), ev(S1), "t", 0.9))
    dataset = new_dataset()
    digest = hashlib.sha256(TEXT.encode()).hexdigest()
    extraction = Extraction(entities, facts)
    add_document(dataset, extraction, SourceDocument("a.txt", "a.txt", digest), base=DEFAULT_BASE)
    dataset.default_union = True  # read the document's named graph as the whole
    keys = entity_iris(extraction, DEFAULT_BASE, document=digest)
    return dataset, {e.label: keys[e.key] for e in entities}


DEAL = (Fact("d", "party", "h", ev(S1), "deals.party", 0.85), Fact("h", "partyTo", "d", ev(S1), "deals.party", 0.85),
        Fact("d", "party", "l", ev(S1), "deals.party", 0.85),
        Fact("d", "agreementKind", "output", ev(S1), "deals.kind", 0.85, is_attribute=True),
        Fact("d", "value", "18000000 USD", ev(S1), "deals.value", 0.8, is_attribute=True))
RUMOUR = Fact("h", "acquires", "m", ev(S2), "corporate.to_acquire", 0.8, status="negotiating")


def test_a_negotiated_fact_is_an_assertion_with_its_status_and_no_plain_triple():
    dataset, iris = build(RUMOUR)
    fact = (iris["Harbor Studios"], MEDIA.acquires, iris["Mubi"])
    assert not any(dataset.quads((*fact, None)))
    [assertion] = [s for s, _, _, _ in dataset.quads((None, RDF.predicate, MEDIA.acquires, None))]
    assert next(dataset.quads((assertion, MEDIA.status, None, None)))[2] == Literal("negotiating")
    assert validate_graph(dataset).conforms


def test_rumours_query_lists_it_with_its_sentence():
    dataset, _ = build(*DEAL, RUMOUR)
    names, data = rows(run_query(dataset, (QUERIES / "rumours.rq").read_text(encoding="utf-8"), source="rumours.rq"))
    table = [dict(zip(names, row)) for row in data]
    assert [(r["status"], r["subject"], r["predicate"], r["object"]) for r in table] == [
        ("negotiating", "Harbor Studios", "acquires", "Mubi")]
    assert table[0]["sentence"] == S2


def test_deal_value_is_a_monetary_amount_and_the_deal_conforms():
    dataset, iris = build(*DEAL)
    amount = dataset.value(iris["five-year output deal"], MEDIA.value)
    assert (amount, RDF.type, SDO.MonetaryAmount) in dataset
    assert dataset.value(amount, SDO.value).toPython() == Decimal("18000000")
    assert str(dataset.value(amount, SDO.currency)) == "USD"
    assert (iris["Harbor Studios"], MEDIA.partyTo, iris["five-year output deal"]) in dataset
    assert validate_graph(dataset).conforms


def test_shapes_reject_a_malformed_amount_and_drop_it():
    dataset, iris = build(Fact("d", "value", "18 dollars", ev(S1), "deals.value", 0.8, is_attribute=True))
    report = validate_graph(dataset)
    assert not report.conforms
    assert any(str(MEDIA.value) == v.path for v in report.violations)
    drop_violating_facts(dataset, report)
    assert dataset.value(iris["five-year output deal"], MEDIA.value) is None


def test_shapes_reject_a_party_that_is_not_an_organisation():
    dataset, iris = build(*DEAL[:2], party_type="Person")
    report = validate_graph(dataset)
    assert not report.conforms
    assert {v.message for v in report.violations} >= {
        "media:party goes from an Agreement to an Organization, but its object is not an Organization."}


def test_shapes_reject_an_unknown_kind():
    dataset, _ = build(Fact("d", "agreementKind", "handshake", ev(S1), "deals.kind", 0.8, is_attribute=True))
    assert not validate_graph(dataset).conforms


def test_an_amount_reads_back_as_written(tmp_path):
    from mediakg.graph.rdf.files import read_dataset, write_dataset

    dataset, iris = build(Fact("d", "value", "1000000 USD", ev(S1), "deals.value", 0.8, is_attribute=True))
    amount = dataset.value(iris["five-year output deal"], MEDIA.value)
    written = dataset.value(amount, SDO.value)
    back = read_dataset(write_dataset(dataset, tmp_path / "g.trig"))
    back.default_union = True
    assert back.value(amount, SDO.value) == written
