"""The mediakg ontology: media.ttl, shapes.ttl, their vocabulary and the Python namespace MEDIA."""
from mediakg.ontology.namespace import (
    ATTRIBUTE_NAMES,
    ENTITY_CLASS_NAMES,
    ENTITY_CLASSES,
    MEDIA,
    RELATION_NAMES,
)
from mediakg.ontology.vocabulary import ONTOLOGY_IRI, Vocabulary, vocabulary

__all__ = ["ATTRIBUTE_NAMES", "ENTITY_CLASS_NAMES", "ENTITY_CLASSES", "MEDIA", "ONTOLOGY_IRI", "RELATION_NAMES",
           "Vocabulary", "vocabulary"]
