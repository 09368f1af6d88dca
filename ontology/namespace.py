"""The mediakg ontology as a closed rdflib namespace, built from the terms media.ttl declares.

`_fail = True` makes `MEDIA.Typo` raise instead of minting an IRI the ontology lacks; a term
added to media.ttl is in the namespace with no edit here (ontology/vocabulary.py reads the file).
"""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, DefinedNamespaceMeta, Namespace

from mediakg.ontology.vocabulary import ONTOLOGY_IRI, vocabulary


def closed_namespace(name: str, iri: str, terms: tuple[str, ...]) -> DefinedNamespaceMeta:
    """A DefinedNamespace class that knows exactly `terms`, as if each were declared in its body."""
    body = {"_NS": Namespace(iri), "_fail": True, "__annotations__": dict.fromkeys(terms, URIRef),
            "__module__": __name__}
    return DefinedNamespaceMeta(name, (DefinedNamespace,), body)


MEDIA = closed_namespace("MEDIA", ONTOLOGY_IRI, vocabulary().terms)

# The vocabulary by role, for code that must tell entities and facts from provenance nodes.
ENTITY_CLASS_NAMES: tuple[str, ...] = vocabulary().classes
RELATION_NAMES: tuple[str, ...] = tuple(vocabulary().relations)
ATTRIBUTE_NAMES: tuple[str, ...] = tuple(vocabulary().attributes)
ENTITY_CLASSES = frozenset(MEDIA[name] for name in ENTITY_CLASS_NAMES)
