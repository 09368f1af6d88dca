"""Very long documents: split at paragraph or sentence boundaries, extracted part by part, and
the parts' records merged back into one extraction of the whole text.

spaCy refuses a text longer than the pipeline's `max_length` (the parser's memory grows with
it), but a long report or transcript is still news. Each part is parsed on its own; the merged
record speaks of the whole document, with evidence offsets into the whole text. What a part
cannot see (an antecedent in the previous part) is lost, which is why the parts are as long as
the model allows.
"""
from __future__ import annotations

import re
from dataclasses import replace

from mediakg.extract.records import Entity, Evidence, Extraction, Fact

SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+")


def _cut(window: str) -> int:
    """Where to end a part inside `window`: after the last paragraph break, else line break,
    else sentence end, else space; the whole window only when it has none of them. A break in
    the first quarter would make a tiny part, so it counts only when nothing later does."""
    floor = len(window) // 4
    for finder in (lambda w: w.rfind("\n\n") + 2, lambda w: w.rfind("\n") + 1,
                   lambda w: max((m.end() for m in SENTENCE_END.finditer(w)), default=0),
                   lambda w: w.rfind(" ") + 1):
        at = finder(window)
        if at > floor:
            return at
    return len(window)


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Parts of at most `max_chars` characters, each with its offset in `text`; they cover the
    text exactly, in order."""
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        end = start + _cut(text[start:start + max_chars])
        parts.append((start, text[start:end]))
        start = end
    parts.append((start, text[start:]))
    return parts


def _shift(evidence: Evidence, offset: int) -> Evidence:
    return Evidence(evidence.sentence, evidence.start + offset, evidence.end + offset)


def merge_extractions(parts: list[tuple[int, Extraction]]) -> Extraction:
    """One extraction from the extractions of consecutive parts (each with its text offset).
    An entity named in several parts (same label and class) becomes one, first mention first;
    a fact read in several parts is kept once, at its most confident reading."""
    entities: dict[tuple[str, str], Entity] = {}
    key_of: dict[tuple[int, str], str] = {}
    for index, (offset, extraction) in enumerate(parts):
        for entity in extraction.entities:
            identity = (entity.label, entity.type)
            if identity in entities:
                kept = entities[identity]
                aliases = tuple(sorted((set(kept.aliases) | set(entity.aliases)) - {kept.label}))
                entities[identity] = replace(kept, aliases=aliases, confidence=max(kept.confidence, entity.confidence))
            else:
                entities[identity] = replace(entity, key=f"p{index}-{entity.key}", evidence=_shift(entity.evidence, offset))
            key_of[(index, entity.key)] = entities[identity].key
    best: dict[tuple[str, str, str], Fact] = {}
    for index, (offset, extraction) in enumerate(parts):
        for fact in extraction.facts:
            subject = key_of[(index, fact.subject)]
            obj = fact.object if fact.is_attribute else key_of[(index, fact.object)]
            moved = replace(fact, subject=subject, object=obj, evidence=_shift(fact.evidence, offset))
            identity = (subject, fact.predicate, obj)
            if identity not in best or moved.rank > best[identity].rank:
                best[identity] = moved
    facts = sorted(best.values(), key=lambda f: (f.evidence.start, f.subject, f.predicate, f.object))
    return Extraction(tuple(entities.values()), tuple(facts))
