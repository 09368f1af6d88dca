"""RDF terms between rdflib (what the rest of mediakg speaks) and pyoxigraph (the store).

rdflib keeps a plain string literal without a datatype while Oxigraph gives it xsd:string; the
two are the same RDF term, so the conversion maps one onto the other both ways.
"""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=None if datatype in (_XSD_STRING, _LANG_STRING) else URIRef(datatype))
    raise TypeError(f"not a supported RDF term: {term!r}")


def quads_to_ox(dataset: Dataset) -> list[ox.Quad]:
    """Every quad of an rdflib Dataset; its default graph maps to the store's default graph."""
    out = []
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = ox.DefaultGraph() if g is None or g == DATASET_DEFAULT_GRAPH_ID else to_ox(g)
        out.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph))
    return out
