"""Minting readable, stable IRIs: the same label and kind give the same IRI in every run."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from mediakg.extract.records import content_hash  # noqa: F401 - the document IRI is made of it
from mediakg.ontology import vocabulary

DEFAULT_BASE = "https://w3id.org/mediakg/id/"

# The IRI path groups entities by their top-level class, so "Apple" the company and a film "Apple"
# do not collide. The segment is the class name in lower case; works go by the shorter "work".
_SEGMENT_OF_ROOT = {"CreativeWork": "work"}


def _segment(cls: str) -> str:
    root = vocabulary().root(cls)
    return _SEGMENT_OF_ROOT.get(root, root.lower())


KIND_OF_CLASS = {cls: _segment(cls) for cls in vocabulary().classes}


def slug(text: str) -> str:
    """"Toho’s The Human Vapor" -> "toho-s-the-human-vapor"; "Disney+" -> "disney-plus"."""
    text = text.replace("+", " plus ").replace("&", " and ")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def label_key(label: str) -> str:
    """The part of a label that identifies the thing: no leading article, case or punctuation."""
    return slug(re.sub(r"^(?:the)\s+", "", label.strip(), flags=re.I))


def entity_iri(base: str, cls: str, label: str, *, qualifier: str = "") -> URIRef:
    path = f"{KIND_OF_CLASS[cls]}/{label_key(label)}"
    return URIRef(base + path + (f"-{slug(qualifier)}" if qualifier else ""))


def document_iri(base: str, content_hash: str) -> URIRef:
    return URIRef(f"{base}document/{content_hash[:16]}")


def assertion_iri(base: str, *parts: object) -> URIRef:
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]
    return URIRef(f"{base}assertion/{digest}")
