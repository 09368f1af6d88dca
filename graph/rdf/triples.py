"""Facts to triples: the one place where extraction records become RDF (see docs/rdf-model.md).

Each document is its own named graph holding its entities, its facts, and an assertion node per
fact that carries the evidence sentence, its offsets, the rule and the confidence.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timezone
from decimal import Decimal

from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SDO, SKOS, XSD

from mediakg.extract.records import Evidence, Extraction, SourceDocument
from mediakg.graph.rdf.identity import identity_label, identity_qualifier, release_years
from mediakg.graph.rdf.iris import assertion_iri, document_iri, entity_iri, label_key
from mediakg.ontology import MEDIA, vocabulary

OA = Namespace("http://www.w3.org/ns/oa#")
PREFIXES = {"media": MEDIA._NS, "prov": PROV, "oa": OA, "skos": SKOS, "rdfs": RDFS, "xsd": XSD, "schema": SDO}


def new_dataset() -> Dataset:
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    return dataset


# Lexical forms of the datatypes an attribute's range may offer in a union ("a date or a year").
_LEXICAL = {"date": r"\d{4}-\d\d-\d\d", "gYear": r"-?\d{4,}", "dateTime": r"\d{4}-\d\d-\d\dT.+"}


def _literal(predicate: str, value: str) -> Literal:
    """The value typed as media.ttl's range says; of a union, the first datatype whose lexical
    form the value has, else the last one (so the SHACL check reports a malformed value)."""
    datatypes = vocabulary().attributes[predicate].range
    if datatypes == ("decimal",):
        return Literal(Decimal(value))
    if datatypes == ("string",):
        return Literal(value)
    fits = [d for d in datatypes if d in _LEXICAL and re.fullmatch(_LEXICAL[d], value)]
    return Literal(value, datatype=XSD[fits[0] if fits else datatypes[-1]])


def amount_iri(base: str, value: str) -> URIRef:
    """The node of a sum of money, "18000000 USD": a value, so one IRI per amount and currency."""
    number, _, currency = value.partition(" ")
    return URIRef(f"{base}amount/{number}-{currency.lower()}")


def _amount(graph: Graph, iri: URIRef, value: str) -> None:
    """A schema:MonetaryAmount: the number as xsd:decimal and the ISO 4217 currency code."""
    number, _, currency = value.partition(" ")
    graph.add((iri, RDF.type, SDO.MonetaryAmount))
    # The canonical xsd:decimal form ("18000000.0"): what Turtle writes back, so a graph reads
    # back equal to the one written.
    lexical = format(Decimal(number), "f")
    graph.add((iri, SDO.value, Literal(lexical if "." in lexical else lexical + ".0", datatype=XSD.decimal)))
    graph.add((iri, SDO.currency, Literal(currency)))


def nfc(text: str) -> str:
    """Text in Unicode NFC: "é" as one code point or as "e" and a combining accent is one label."""
    return unicodedata.normalize("NFC", text) if isinstance(text, str) else text


def _assert(graph: Graph, iri: URIRef, triple: tuple, evidence: Evidence, doc: URIRef, rule: str,
            confidence: float, status: str = "") -> None:
    """The assertion node: restates the triple and says where, how and how surely it was read,
    and, for a fact the text only reports as rumoured, negotiated or planned, that status."""
    s, p, o = triple
    graph.add((iri, RDF.type, MEDIA.Assertion))
    if status:
        graph.add((iri, MEDIA.status, Literal(status)))
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
        if fact.predicate == "value":  # a sum of money is a node of its own, not a literal
            obj = amount_iri(base, fact.object)
            _amount(graph, obj, fact.object)
        else:
            obj = _literal(fact.predicate, nfc(fact.object)) if fact.is_attribute else iris[fact.object]
        # A rumoured, negotiated or planned fact is only its assertion: default queries, which
        # read plain triples, see what the text states and nothing else.
        if not fact.status:
            graph.add((subject, predicate, obj))
        assertion = assertion_iri(base, doc, subject, predicate, obj)
        if assertion not in asserted:
            asserted.add(assertion)
            _assert(graph, assertion, (subject, predicate, obj), fact.evidence, doc, fact.rule, fact.confidence,
                    fact.status)
    return doc
