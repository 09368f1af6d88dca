"""graph/rdf/merges.py: merge records are computed from the document graphs, listed by
queries/merges.rq, and a merge can be undone."""
from __future__ import annotations

from pathlib import Path

import pytest

from rdflib import URIRef
from rdflib.namespace import RDF
from rdflib.plugins.sparql import prepareQuery

from mediakg.graph.rdf.iris import DEFAULT_BASE
from mediakg.graph.rdf.merges import merges_graph, record_merges, undo_merge_update
from mediakg.graph.query import rows, run_query
from mediakg.graph.rdf.validate import validate_graph
from mediakg.ontology import MEDIA
from tests.graph.rdf.test_identity import article, build

# rdflib 7's SPARQL UPDATE reads its own deprecated Dataset.contexts.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

QUERY = (Path(__file__).resolve().parents[3] / "queries" / "merges.rq").read_text(encoding="utf-8")
HARBOR = URIRef(DEFAULT_BASE + "organization/harbor-studios")
STREAMLY = URIRef(DEFAULT_BASE + "organization/streamly")

A = article("Harbor Studios signed with Streamly, Inc.", ("Harbor Studios", "Studio"), ("Streamly, Inc.", "StreamingService"))
B = article("Harbor Studios and Streamly renewed their pact.", ("Harbor Studios", "Organization"), ("Streamly", "StreamingService"))
C = article("Lindqvist joined Harbor Studios.", ("Lindqvist", "Person"), ("Harbor Studios", "Studio"))


def records(dataset) -> dict[URIRef, dict]:
    """Merge records by merged entity: rules, labels and documents as sets."""
    graph = dataset.graph(merges_graph(DEFAULT_BASE))
    out = {}
    for merge in graph.subjects(RDF.type, MEDIA.EntityMerge):
        out[graph.value(merge, MEDIA.mergedEntity)] = {
            "rules": {str(r) for r in graph.objects(merge, MEDIA.mergeRule)},
            "labels": {str(label) for label in graph.objects(merge, MEDIA.mergedLabel)},
            "documents": set(graph.objects(merge, MEDIA.fromDocument)),
        }
    return out


def documents(dataset) -> list[URIRef]:
    return sorted(s for s, _, _, _ in dataset.quads((None, RDF.type, MEDIA.Document, None)))


def test_each_merged_node_gets_one_record_with_rule_labels_and_documents():
    dataset = build(A, B, C)
    record_merges(dataset, base=DEFAULT_BASE)
    found = records(dataset)
    assert set(found) == {HARBOR, STREAMLY}  # the lone "Lindqvist" is in one document only
    assert found[HARBOR] == {"rules": {"identity.same-label", "identity.class-refined"},
                             "labels": {"Harbor Studios"}, "documents": set(documents(dataset))}
    assert found[STREAMLY]["rules"] == {"identity.label-variant"}
    assert found[STREAMLY]["labels"] == {"Streamly", "Streamly, Inc."}
    assert len(found[STREAMLY]["documents"]) == 2


def test_a_single_document_has_no_merges():
    dataset = build(A)
    record_merges(dataset, base=DEFAULT_BASE)
    assert records(dataset) == {}
    assert len(dataset.graph(merges_graph(DEFAULT_BASE))) == 0


def test_records_are_rewritten_when_a_document_is_removed():
    dataset = build(A, B)
    record_merges(dataset, base=DEFAULT_BASE)
    dataset.remove_graph(dataset.graph(documents(dataset)[0]))
    record_merges(dataset, base=DEFAULT_BASE)
    assert records(dataset) == {}


def test_records_conform_to_the_shapes():
    dataset = build(A, B, C)
    record_merges(dataset, base=DEFAULT_BASE)
    report = validate_graph(dataset)
    assert report.conforms, report.violations


def test_undo_splits_one_documents_mentions_off_the_node():
    dataset = build(A, B, C)
    record_merges(dataset, base=DEFAULT_BASE)
    doc = next(d for d in documents(dataset) if (HARBOR, MEDIA.mentionedIn, d) in dataset.graph(d)
               and (HARBOR, RDF.type, MEDIA.Organization) in dataset.graph(d))  # article B
    dataset.update(undo_merge_update(HARBOR, doc))
    record_merges(dataset, base=DEFAULT_BASE)
    split = URIRef(f"{HARBOR}-{str(doc).rsplit('/', 1)[-1][:8]}")
    graph = dataset.graph(doc)
    assert (split, RDF.type, MEDIA.Organization) in graph and (HARBOR, None, None) not in graph
    assert (None, RDF.subject, HARBOR) not in graph and (None, RDF.subject, split) in graph
    # Harbor is still joined across A and C, now only as a Studio.
    assert records(dataset)[HARBOR]["rules"] == {"identity.same-label"}
    assert len(records(dataset)[HARBOR]["documents"]) == 2


def test_merges_query_lists_each_merge():
    assert QUERY.startswith("# ")
    prepareQuery(QUERY)  # no prefixes bound: the file declares every prefix it uses
    dataset = build(A, B, C)
    record_merges(dataset, base=DEFAULT_BASE)
    names, data = rows(run_query(dataset, QUERY, source="merges.rq"))
    table = [dict(zip(names, row)) for row in data]
    def cells(cell: str, separator: str) -> set[str]:
        return set(cell.split(separator))

    assert [(r["entity"], cells(r["rules"], ", "), cells(r["labels"], " | "), r["documents"]) for r in table] == [
        ("Harbor Studios", {"identity.class-refined", "identity.same-label"}, {"Harbor Studios"}, "3"),
        ("Streamly", {"identity.label-variant"}, {"Streamly", "Streamly, Inc."}, "2"),
    ]
    assert [r["merge"] for r in table] == [f"{HARBOR}/merge", f"{STREAMLY}/merge"]
    assert cells(table[0]["files"], ", ") == {"a0.txt", "a1.txt", "a2.txt"}
