"""Facts to triples: the one place where extraction records become RDF (see docs/rdf-model.md).

Each document is its own named graph holding its entities, its facts, and an assertion node per
fact that carries the evidence sentence, its offsets, the rule and the confidence.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from mediakg.extract.records import Evidence, Extraction
from mediakg.graph.rdf.identity import identity_label, identity_qualifier, release_years
from mediakg.graph.rdf.iris import assertion_iri, document_iri, entity_iri, label_key
from mediakg.ontology import MEDIA

OA = Namespace("http://www.w3.org/ns/oa#")
PREFIXES = {"media": MEDIA._NS, "prov": PROV, "oa": OA, "skos": SKOS, "rdfs": RDFS, "xsd": XSD}


@dataclass(frozen=True)
class SourceDocument:
    """What the graph records of a document: where it came from and what it contained."""

    name: str  # a short label, the file name
    source: str  # path or URL
    content_hash: str  # sha256 hex of the text
    url: str | None = None  # where the article was published, when the input says
    published: str | None = None  # ISO date or date-time, when the input says


def new_dataset() -> Dataset:
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    return dataset


def _literal(predicate: str, value: str) -> Literal:
    if predicate == "releaseYear":
        return Literal(value, datatype=XSD.gYear)
    if predicate == "area":
        return Literal(Decimal(value))
    if predicate in ("startDate", "announcedOn"):
        return Literal(value, datatype=XSD.date if re.fullmatch(r"\d{4}-\d\d-\d\d", value) else XSD.gYear)
    return Literal(value)


def nfc(text: str) -> str:
    """Text in Unicode NFC: "é" as one code point or as "e" and a combining accent is one label."""
    return unicodedata.normalize("NFC", text) if isinstance(text, str) else text


def _assert(graph: Graph, iri: URIRef, triple: tuple, evidence: Evidence, doc: URIRef, rule: str,
            confidence: float) -> None:
    """The assertion node: restates the triple and says where, how and how surely it was read."""
    s, p, o = triple
    graph.add((iri, RDF.type, MEDIA.Assertion))
    graph.add((iri, RDF.subject, s))
    graph.add((iri, RDF.predicate, p))
    graph.add((iri, RDF.object, o))
    graph.add((iri, MEDIA.confidence, Literal(Decimal(str(round(confidence, 3))))))
    graph.add((iri, MEDIA.extractionRule, Literal(rule)))
    target, selector = BNode(), BNode()
    graph.add((iri, PROV.wasDerivedFrom, target))
    graph.add((target, RDF.type, OA.SpecificResource))
    graph.add((target, OA.hasSource, doc))
    graph.add((target, PROV.value, Literal(evidence.sentence)))
    graph.add((target, OA.hasSelector, selector))
    graph.add((selector, RDF.type, OA.TextPositionSelector))
    graph.add((selector, OA.start, Literal(evidence.start)))
    graph.add((selector, OA.end, Literal(evidence.end)))


def entity_iris(extraction: Extraction, base: str, *, document: str = "") -> dict[str, URIRef]:
    """IRIs for a document's entities, decided by the rules of graph/rdf/identity.py (label, kind,
    a series' class, a work's release year, the `document` hash for a one-word person name) so
    that every document mints the same IRI for the same thing and only for it. Any other clash
    within one document (two same-named works of other classes) is told apart by class."""
    years = release_years(extraction)

    def plain(entity):
        qualifier = identity_qualifier(entity.type, entity.label, year=years.get(entity.key, ""), document=document)
        return entity_iri(base, entity.type, identity_label(entity.type, entity.label), qualifier=qualifier)

    counts: dict[URIRef, int] = {}
    for entity in extraction.entities:
        counts[plain(entity)] = counts.get(plain(entity), 0) + 1
    return {e.key: plain(e) if counts[plain(e)] == 1 or e.type == "Series"
            else entity_iri(base, e.type, identity_label(e.type, e.label), qualifier=e.type) for e in extraction.entities}


def add_document(dataset: Dataset | Graph, extraction: Extraction, source: SourceDocument, *,
                 base: str, extracted_at: datetime | None = None) -> URIRef:
    """Write one document's extraction into its own named graph; returns the document IRI.
    A graph already there for the same text is replaced, never merged into. Given a Graph
    instead of a Dataset, writes into it: the document's graph on its own (a build loop checks
    and writes one document at a time)."""
    doc = document_iri(base, source.content_hash)
    if isinstance(dataset, Dataset):
        dataset.remove_graph(dataset.graph(doc))
        graph = dataset.graph(doc)
    else:
        graph = dataset
    when = extracted_at or datetime.now(timezone.utc)
    graph.add((doc, RDF.type, MEDIA.Document))
    graph.add((doc, RDFS.label, Literal(source.name)))
    graph.add((doc, MEDIA.sourcePath, Literal(source.source)))
    graph.add((doc, MEDIA.contentHash, Literal(f"sha256:{source.content_hash}")))
    graph.add((doc, MEDIA.extractedAt, Literal(when.isoformat(timespec="seconds"), datatype=XSD.dateTime)))
    if source.url:
        graph.add((doc, MEDIA.sourceUrl, Literal(source.url, datatype=XSD.anyURI)))
    if source.published:
        kind = XSD.date if re.fullmatch(r"\d{4}-\d\d-\d\d", source.published) else XSD.dateTime
        graph.add((doc, MEDIA.publishedOn, Literal(source.published, datatype=kind)))

    iris = entity_iris(extraction, base, document=source.content_hash)
    # Two records can name one IRI (the same name in two byte forms, or full-width letters, which
    # the IRI's slug folds): the first writes the label and each assertion, later ones only add
    # what is new, so an assertion IRI never carries two assertions (which SHACL would reject).
    labelled: dict[URIRef, str] = {}
    asserted: set[URIRef] = set()
    for entity in extraction.entities:
        iri = iris[entity.key]
        cls = MEDIA[entity.type]
        label = nfc(entity.label)
        graph.add((iri, RDF.type, cls))
        first_label = labelled.setdefault(iri, label)
        if first_label == label:
            graph.add((iri, RDFS.label, Literal(label)))
        for alias in map(nfc, tuple(entity.aliases) + (() if first_label == label else (label,))):
            if label_key(alias) != label_key(first_label):
                graph.add((iri, SKOS.altLabel, Literal(alias)))
        graph.add((iri, MEDIA.mentionedIn, doc))
        assertion = assertion_iri(base, doc, iri, RDF.type, cls)
        if assertion not in asserted:
            asserted.add(assertion)
            _assert(graph, assertion, (iri, RDF.type, cls), entity.evidence, doc, entity.rule, entity.confidence)

    for fact in extraction.facts:
        subject = iris[fact.subject]
        predicate = MEDIA[fact.predicate]
        obj = _literal(fact.predicate, nfc(fact.object)) if fact.is_attribute else iris[fact.object]
        graph.add((subject, predicate, obj))
        assertion = assertion_iri(base, doc, subject, predicate, obj)
        if assertion not in asserted:
            asserted.add(assertion)
            _assert(graph, assertion, (subject, predicate, obj), fact.evidence, doc, fact.rule, fact.confidence)
    return doc
