"""The mediakg ontology: media.ttl, shapes.ttl and the Python namespace MEDIA."""
from mediakg.ontology.namespace import (
    ATTRIBUTE_NAMES,
    ENTITY_CLASS_NAMES,
    ENTITY_CLASSES,
    MEDIA,
    ONTOLOGY_IRI,
    RELATION_NAMES,
)

__all__ = ["ATTRIBUTE_NAMES", "ENTITY_CLASS_NAMES", "ENTITY_CLASSES", "MEDIA", "ONTOLOGY_IRI", "RELATION_NAMES"]
