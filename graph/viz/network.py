"""The part of a mediakg dataset a viewer draws: entities, their relations and attributes, each
fact with the evidence that supports it (docs/rdf-model.md).

`entity_network` reads the union of the dataset's named graphs into a networkx MultiDiGraph.
Which classes are entities, which properties are relations, and how specific a class is all come
from the ontology (mediakg.ontology and media.ttl), so this module holds no vocabulary of its own.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import networkx as nx
from rdflib import RDF, RDFS, Dataset, Literal, URIRef
from rdflib.namespace import PROV, SKOS
from rdflib.term import Node

from mediakg.graph.rdf.triples import OA
from mediakg.ontology import ATTRIBUTE_NAMES, ENTITY_CLASSES, MEDIA, RELATION_NAMES, vocabulary

RELATIONS: frozenset[URIRef] = frozenset(MEDIA[name] for name in RELATION_NAMES)
ATTRIBUTES: frozenset[URIRef] = frozenset(MEDIA[name] for name in ATTRIBUTE_NAMES)
_WEB = re.compile(r"https?://\S+", re.I)


class Evidence(NamedTuple):
    """One sentence supporting a fact, from one assertion node."""
    document: str  # document IRI, "" when the assertion names none
    start: int
    sentence: str
    confidence: float | None
    rule: str


Key = tuple[Node, Node, Node]


def local_name(iri: Node) -> str:
    """What follows the last '#' or '/' of an IRI."""
    return re.split(r"[#/]", str(iri))[-1]


@cache
def class_depths() -> dict[URIRef, int]:
    """How far each entity class is below a top-level entity class in media.ttl (a merged graph
    may type one entity Organization in one article and Studio in another; the view shows the
    deepest)."""
    parents = vocabulary().parents

    def depth(cls: str) -> int:
        return 1 + depth(parents[cls]) if cls in parents else 0

    return {MEDIA[cls]: depth(cls) for cls in vocabulary().classes}


def _number(node: Node | None, kind: type) -> object:
    return kind(node.toPython()) if isinstance(node, Literal) else None


def evidence_index(union: Dataset) -> dict[Key, list[Evidence]]:
    """(subject, predicate, object) -> its evidence, sorted by document then position, so that
    "the first sentence" is well defined."""
    index: dict[Key, list[Evidence]] = defaultdict(list)
    for a in set(union.subjects(RDF.type, MEDIA.Assertion)):
        key = (union.value(a, RDF.subject), union.value(a, RDF.predicate), union.value(a, RDF.object))
        confidence = _number(union.value(a, MEDIA.confidence), float)
        rule = str(union.value(a, MEDIA.extractionRule) or "")
        for source in union.objects(a, PROV.wasDerivedFrom):
            sentence = union.value(source, PROV.value)
            if sentence is None:
                continue
            start = _number(union.value(union.value(source, OA.hasSelector), OA.start), int)
            index[key].append(Evidence(str(union.value(source, OA.hasSource) or ""), start or 0,
                                       str(sentence), confidence, rule))  # type: ignore[arg-type]
    for found in index.values():
        found.sort(key=lambda e: e[:3])
    return index


def documents(union: Dataset) -> dict[str, tuple[str, str | None]]:
    """Document IRI -> (label, URL or None). The URL is the article's media:sourceUrl (a JSON Lines
    article's `url`), else a media:sourcePath that is a web address; only http and https count,
    so a `javascript:` or `data:` URL never becomes a link. A local path is not a link a reader
    of the page could follow."""
    found = {}
    for doc in set(union.subjects(RDF.type, MEDIA.Document)):
        path = str(union.value(doc, MEDIA.sourcePath) or "")
        url = str(union.value(doc, MEDIA.sourceUrl) or "").strip()
        label = str(union.value(doc, RDFS.label) or path or local_name(doc))
        link = next((u for u in (url, path) if _WEB.fullmatch(u)), None)
        found[str(doc)] = (label, link)
    return found


def _confidence(found: Iterable[Evidence]) -> float | None:
    confidences = [e.confidence for e in found if e.confidence is not None]
    return max(confidences) if confidences else None


def entity_network(dataset: Dataset, *, triples: Iterable[Key] | None = None) -> nx.MultiDiGraph:
    """Entities and the relations between them, over the union of all the dataset's graphs.

    Nodes are keyed by entity IRI (str) with label, cls (local name of the most specific class),
    aliases (sorted), evidence (first sentence of its rdf:type assertion, or None), typing (the
    Evidence of its type) and attributes ([(predicate, value, [Evidence])]). Edges are keyed by
    predicate local name with predicate, evidence (distinct sentences), confidence (max, or
    None), documents (IRIs) and sources ([Evidence]). The graph's "documents" attribute maps
    document IRIs to (label, URL or None).

    With `triples` (e.g. a CONSTRUCT result), only the entities named in them and the relations
    among them are kept. Pure: the dataset is only read.
    """
    # A second Dataset over the same store sees the union of the named graphs without changing
    # the caller's default_union flag; its triples() yields a triple held by many graphs once.
    union = Dataset(store=dataset.store, default_union=True)
    evidence = evidence_index(union)
    depths = class_depths()

    classes: dict[Node, list[URIRef]] = defaultdict(list)
    for s, cls in union.subject_objects(RDF.type):
        if cls in ENTITY_CLASSES:
            classes[s].append(cls)  # type: ignore[arg-type]
    wanted: set[Key] | None = None
    if triples is not None:
        wanted = set(triples)
        named = {t for s, _, o in wanted for t in (s, o)}
        classes = {e: c for e, c in classes.items() if e in named}  # type: ignore[assignment]

    g = nx.MultiDiGraph(documents=documents(union))
    for entity, found in classes.items():
        cls = min(found, key=lambda c: (-depths[c], str(c)))  # deepest first, then by name
        labels = sorted(str(label) for label in union.objects(entity, RDFS.label))
        label = labels[0] if labels else local_name(entity)
        aliases = sorted({str(a) for a in union.objects(entity, SKOS.altLabel)} - {label})
        typing = sorted(e for c in found for e in evidence.get((entity, RDF.type, c), []))
        attributes = [(local_name(p), str(o), evidence.get((entity, p, o), []))
                      for p, o in sorted(union.predicate_objects(entity))
                      if p in ATTRIBUTES and (wanted is None or (entity, p, o) in wanted)]
        g.add_node(str(entity), label=label, cls=local_name(cls), aliases=aliases,
                   evidence=typing[0].sentence if typing else None, typing=typing,
                   attributes=attributes)

    relations = wanted if wanted is not None else union.triples((None, None, None))
    for s, p, o in relations:
        if p not in RELATIONS or s not in classes or o not in classes:
            continue
        found = evidence.get((s, p, o), [])
        g.add_edge(str(s), str(o), key=local_name(p), predicate=local_name(p),
                   evidence=list(dict.fromkeys(e.sentence for e in found)),
                   confidence=_confidence(found),
                   documents=sorted({e.document for e in found if e.document}), sources=found, status="")
    for (s, p, o), status in reported_facts(union).items():
        # A fact only reported (rumoured, under negotiation, planned) has no plain triple: it is
        # drawn from its assertion, marked with its status, unless a document states it plainly.
        if p not in RELATIONS or s not in classes or o not in classes or g.has_edge(str(s), str(o), local_name(p)):
            continue
        if wanted is not None and (s, p, o) not in wanted:
            continue
        found = evidence.get((s, p, o), [])
        g.add_edge(str(s), str(o), key=f"{local_name(p)}:{status}", predicate=local_name(p),
                   evidence=list(dict.fromkeys(e.sentence for e in found)), confidence=_confidence(found),
                   documents=sorted({e.document for e in found if e.document}), sources=found, status=status)
    return g


def reported_facts(union: Dataset) -> dict[Key, str]:
    """(subject, predicate, object) -> status, for the facts assertions report with a media:status."""
    found: dict[Key, str] = {}
    for a, status in union.subject_objects(MEDIA.status):
        key = (union.value(a, RDF.subject), union.value(a, RDF.predicate), union.value(a, RDF.object))
        found.setdefault(key, str(status))  # type: ignore[arg-type]
    return found
