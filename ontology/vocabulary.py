"""The ontology's vocabulary, read from media.ttl once: the entity classes and their parents,
the relations between entities and the attributes of entities, as plain strings.

Every module that needs a list of classes or predicates takes it from here, so adding a relation
is one edit to media.ttl, one to shapes.ttl and the rules that find it (docs/ontology.md).
The answers are local names, tuples and frozensets: extraction code uses them without touching
rdflib after the first call.

What counts as what, read from the file rather than listed:
- an entity class is an owl:Class of the media namespace that is not provenance (provenance
  classes are subclasses of prov:Entity: Document, Assertion, EntityMerge);
- a relation is an owl:ObjectProperty whose domain and range are entity classes;
- an attribute is an owl:DatatypeProperty whose domain is entity classes.
Order is the order media.ttl declares the terms in, so lists shown to people stay stable.

The file is the packaged media.ttl, or the one in the folder named by MEDIAKG_ONTOLOGY_DIR, for
trying an edited ontology without reinstalling (the tests do that).
"""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS

ONTOLOGY_IRI = "https://w3id.org/mediakg/ontology#"
ONTOLOGY_DIR_ENV = "MEDIAKG_ONTOLOGY_DIR"


@dataclass(frozen=True)
class Property:
    """A relation or an attribute: local names of its domain classes and of its range (classes
    for a relation, XML Schema datatypes such as "gYear" for an attribute), in file order."""

    name: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    symmetric: bool = False


@dataclass(frozen=True)
class Vocabulary:
    terms: tuple[str, ...]  # every local name media.ttl declares, provenance included
    classes: tuple[str, ...]  # entity classes
    parents: Mapping[str, str]  # entity class -> its parent in the ontology; top-level ones absent
    relations: Mapping[str, Property]
    attributes: Mapping[str, Property]

    def root(self, cls: str) -> str:
        """The top-level class above `cls` ("Studio" -> "Organization"), or `cls` itself."""
        while cls in self.parents:
            cls = self.parents[cls]
        return cls

    @property
    def roots(self) -> tuple[str, ...]:
        return tuple(c for c in self.classes if c not in self.parents)

    def under(self, root: str) -> frozenset[str]:
        """`root` and every entity class below it."""
        return frozenset(c for c in self.classes if self.root(c) == root)

    @property
    def symmetric(self) -> frozenset[str]:
        return frozenset(name for name, p in self.relations.items() if p.symmetric)


def ontology_dir() -> Path | None:
    """The folder MEDIAKG_ONTOLOGY_DIR names, or None for the packaged files."""
    folder = os.environ.get(ONTOLOGY_DIR_ENV)
    return Path(folder) if folder else None


def ontology_text(name: str) -> str:
    """The text of media.ttl or shapes.ttl, from MEDIAKG_ONTOLOGY_DIR or the installed package."""
    return _read(ontology_dir(), name)


@cache
def _read(folder: Path | None, name: str) -> str:
    if folder is not None:
        return (folder / name).read_text(encoding="utf-8")
    # The installed package's copy, so this works outside the source tree too.
    return files("mediakg.ontology").joinpath(name).read_text(encoding="utf-8")


def vocabulary() -> Vocabulary:
    """The vocabulary of the ontology in use (parsed once per file)."""
    return parse_vocabulary(ontology_text("media.ttl"))


@cache
def parse_vocabulary(turtle: str) -> Vocabulary:
    """The vocabulary of a media.ttl text."""
    graph = Graph().parse(data=turtle, format="turtle")
    order = _declaration_order(turtle)

    def ordered(iris) -> tuple[str, ...]:
        names = {_local(i) for i in iris if isinstance(i, URIRef) and i.startswith(ONTOLOGY_IRI)}
        return tuple(sorted(names, key=lambda n: (order.get(n, len(order)), n)))

    declared = {s for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
                for s in graph.subjects(RDF.type, kind)}
    classes = ordered(c for c in graph.subjects(RDF.type, OWL.Class) if not _is_provenance(graph, c))
    parents = {name: parent for name in classes if (parent := _parent(graph, name))}

    def prop(iri: URIRef) -> Property:
        return Property(_local(iri), _members(graph, graph.value(iri, RDFS.domain)),
                        _members(graph, graph.value(iri, RDFS.range)),
                        (iri, RDF.type, OWL.SymmetricProperty) in graph)

    def of_entities(names: tuple[str, ...]) -> bool:
        return bool(names) and set(names) <= set(classes)

    relations = [prop(URIRef(ONTOLOGY_IRI + n)) for n in ordered(graph.subjects(RDF.type, OWL.ObjectProperty))]
    attributes = [prop(URIRef(ONTOLOGY_IRI + n)) for n in ordered(graph.subjects(RDF.type, OWL.DatatypeProperty))]
    return Vocabulary(
        terms=ordered(declared),
        classes=classes,
        parents=parents,
        relations={p.name: p for p in relations if of_entities(p.domain) and of_entities(p.range)},
        attributes={p.name: p for p in attributes if of_entities(p.domain)},
    )


def _local(iri: URIRef) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def _declaration_order(turtle: str) -> dict[str, int]:
    # rdflib keeps no order, so read it off the text: "media:Name a ..." starts a declaration.
    names = re.findall(r"^media:(\w+)\s+a\s", turtle, flags=re.MULTILINE)
    return {name: i for i, name in reversed(list(enumerate(names)))}


def _is_provenance(graph: Graph, cls: URIRef) -> bool:
    return PROV.Entity in graph.transitive_objects(cls, RDFS.subClassOf)


def _parent(graph: Graph, name: str) -> str | None:
    parents = [_local(p) for p in graph.objects(URIRef(ONTOLOGY_IRI + name), RDFS.subClassOf)
               if isinstance(p, URIRef) and p.startswith(ONTOLOGY_IRI)]
    if len(parents) > 1:  # root(), IRIs and scoring's half credit assume a tree
        raise ValueError(f"media:{name} has more than one parent class in the ontology: {sorted(parents)}")
    return parents[0] if parents else None


def _members(graph: Graph, node) -> tuple[str, ...]:
    """A domain or range as local names; an owl:unionOf class or datatype gives its members."""
    if node is None:
        return ()
    if isinstance(node, BNode):
        union = graph.value(node, OWL.unionOf)
        return tuple(_local(m) for m in Collection(graph, union)) if union is not None else ()
    return (_local(node),)
