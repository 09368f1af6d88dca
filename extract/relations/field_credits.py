"""Credits from labelled lines ("Director: Dana Vale", "Key cast: A, B"): see
`mediakg.extract.mentions.field_lines` for how the layout is read.

Each listed name gets the credit its label names on the item's title. A company in a
"Producers" line makes the title (produces); a person in it is a producer. A "Distributor" line
distributes the title; a "Sales" line names the sales agent, which neither makes nor distributes
the film, so it gives no fact.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Token

from mediakg.extract.evidence import evidence_at
from mediakg.extract.mentions.field_lines import field_lines
from mediakg.extract.records import Fact
from mediakg.extract.tokens import entity_of, kind_of, ref_of

# (predicate, the listed name's kind, whether the name is the fact's subject)
READINGS = {
    "directedBy": [("directedBy", "person", False)],
    "starring": [("starring", "person", False)],
    "writtenBy": [("writtenBy", "person", False)],
    "writer-director": [("directedBy", "person", False), ("writtenBy", "person", False)],
    "executiveProducer": [("executiveProducer", "person", False)],
    "producer": [("producer", "person", False), ("produces", "org", True)],
    "produces": [("produces", "org", True)],
    "distributes": [("distributes", "org", True)],
}


def _entity_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if entity_of(t) and not ref_of(t)), None)


def field_credits(doc: Doc) -> Iterator[Fact]:
    for line in field_lines(doc):
        if not line.title or line.field not in READINGS:
            continue
        work = _entity_at(doc, *line.title)
        if work is None or kind_of(work) != "work":
            continue
        evidence = evidence_at(doc, line.start, line.end)
        for start, end in line.items:
            named = _entity_at(doc, start, end)
            if named is None or entity_of(named) == entity_of(work):
                continue
            for predicate, kind, named_is_subject in READINGS[line.field]:
                if kind_of(named) != kind:
                    continue
                subject, obj = (named, work) if named_is_subject else (work, named)
                yield Fact(entity_of(subject), predicate, entity_of(obj), evidence, "field_credits." + line.field, 0.8)
