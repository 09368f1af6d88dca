"""Plain records that leave the extraction stage.

They hold strings and character offsets only, never spaCy objects: a `Token` or `Span` keeps its
whole `Doc` (and the vocab) alive, and records must travel to other processes and outlive the
parse. The graph stage turns them into triples; nothing here knows about RDF.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def content_hash(text: str) -> str:
    """The sha256 hex digest of a document's text: its identity, whatever file it came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SourceDocument:
    """What is known of a document besides its text: where it came from and what it contained."""

    name: str  # a short label, the file name
    source: str  # path or URL
    content_hash: str  # sha256 hex of the text
    url: str | None = None  # where the article was published, when the input says
    published: str | None = None  # ISO date or date-time, when the input says


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a fact was read from, with its character offsets in the document text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """One real thing named in a document, with every surface form the document uses for it."""

    key: str  # document-local identifier, referred to by Fact.subject / Fact.object
    label: str  # canonical name: the longest proper form, possessive and leading article dropped
    type: str  # local name of the most specific ontology class
    aliases: tuple[str, ...]
    evidence: Evidence  # the first mention's sentence
    rule: str  # how the type was decided
    confidence: float


@dataclass(frozen=True, slots=True)
class Fact:
    """A relation between two entities, or an attribute of one entity."""

    subject: str  # Entity.key
    predicate: str  # local name of an ontology property
    object: str  # Entity.key for a relation, the lexical value for an attribute
    evidence: Evidence
    rule: str  # the rule that produced it, "family.rule"
    confidence: float
    is_attribute: bool = False
    # "" for a fact the text states; "rumoured", "negotiating" or "planned" for one it only
    # reports as such ("in talks to acquire"): the graph keeps those off the plain triples.
    status: str = ""

    @property
    def rank(self) -> tuple[bool, float]:
        """Which of two readings of one triple to keep: a stated one over a rumour, then the surer."""
        return (not self.status, self.confidence)


@dataclass(frozen=True, slots=True)
class Extraction:
    """All that one document says: its entities and the facts between them."""

    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = field(default_factory=tuple)
