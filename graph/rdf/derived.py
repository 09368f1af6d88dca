"""What a build derives over the whole corpus, without holding the corpus in memory.

A streamed build writes each document's graph and forgets it, yet two things need every document:
the merge records (graph/rdf/merges.py: an entity that several documents mention) and the count
of distinct entities in the summary. Both are read off a mention log, a temporary SQLite
database on disk that gets a few rows per document, so memory stays flat however long the
corpus is. `merge_quads` gives the same records as `merges.merges_update` (the SPARQL a store or
an in-memory dataset runs); tests/test_pipeline.py holds the two to that.
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from mediakg.ontology import ENTITY_CLASSES, MEDIA

_SCHEMA = """
CREATE TABLE entities (entity TEXT PRIMARY KEY, class TEXT NOT NULL);
CREATE TABLE labels (entity TEXT, document TEXT, lexical TEXT, datatype TEXT, language TEXT);
CREATE TABLE classes (entity TEXT, document TEXT, class TEXT);
CREATE INDEX labels_entity ON labels (entity);
CREATE INDEX classes_entity ON classes (entity, document);
"""


def open_mention_log() -> sqlite3.Connection:
    """An empty log. SQLite's "" database is a private temporary file, deleted on close."""
    log = sqlite3.connect("")
    log.executescript(_SCHEMA)
    return log


def log_document(log: sqlite3.Connection, graph: Graph) -> None:
    """Record a document graph's entities and, per document node, the labels and classes of the
    entities mentioned in it (the pattern merges_update matches)."""
    # The first class an entity is seen with counts it in the summary, as the old whole-dataset count did.
    log.executemany("INSERT OR IGNORE INTO entities VALUES (?, ?)",
                    [(str(s), str(o)) for s, o in graph.subject_objects(RDF.type) if o in ENTITY_CLASSES])
    labels, classes = [], []
    for doc in graph.subjects(RDF.type, MEDIA.Document):
        for entity in set(graph.subjects(MEDIA.mentionedIn, doc)):
            labels += [(str(entity), str(doc), str(label), _datatype(label), _language(label))
                       for label in graph.objects(entity, RDFS.label)]
            classes += [(str(entity), str(doc), str(cls)) for cls in graph.objects(entity, RDF.type)]
    log.executemany("INSERT INTO labels VALUES (?, ?, ?, ?, ?)", labels)
    log.executemany("INSERT INTO classes VALUES (?, ?, ?)", classes)


def _datatype(term: Node) -> str | None:
    return str(term.datatype) if isinstance(term, Literal) and term.datatype else None


def _language(term: Node) -> str | None:
    return term.language if isinstance(term, Literal) else None


def entity_counts(log: sqlite3.Connection) -> Counter:
    """Distinct entities by the local name of their class."""
    return Counter({cls.rsplit("#", 1)[-1]: n for cls, n in
                    log.execute("SELECT class, COUNT(*) FROM entities GROUP BY class")})


# Entities mentioned (with a label and a class) in more than one document, with the number of
# distinct labels and classes they have there: the subquery of merges_update.
_MERGED = """
SELECT l.entity, COUNT(DISTINCT l.lexical || '|' || IFNULL(l.datatype, '') || '|' || IFNULL(l.language, '')),
       COUNT(DISTINCT c.class)
FROM labels l JOIN classes c ON c.entity = l.entity AND c.document = l.document
GROUP BY l.entity HAVING COUNT(DISTINCT l.document) > 1 ORDER BY l.entity
"""


def merge_records(log: sqlite3.Connection) -> Iterator[tuple[URIRef, list[tuple[Node, Node, Node]]]]:
    """(entity, its merge record's triples), one merged entity at a time."""
    for entity, label_count, class_count in log.execute(_MERGED):
        node, merge = URIRef(entity), URIRef(f"{entity}/merge")
        triples = [(merge, RDF.type, MEDIA.EntityMerge), (merge, MEDIA.mergedEntity, node),
                   (merge, MEDIA.mergeRule,
                    Literal("identity.label-variant" if label_count > 1 else "identity.same-label"))]
        if class_count > 1:
            triples.append((merge, MEDIA.mergeRule, Literal("identity.class-refined")))
        rows = log.execute("SELECT document, lexical, datatype, language FROM labels WHERE entity = ?", (entity,))
        for document, lexical, datatype, language in rows.fetchall():
            triples.append((merge, MEDIA.fromDocument, URIRef(document)))
            triples.append((merge, MEDIA.mergedLabel,
                            Literal(lexical, datatype=URIRef(datatype) if datatype else None, lang=language)))
        yield node, list(dict.fromkeys(triples))
