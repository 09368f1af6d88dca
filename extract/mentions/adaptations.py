"""Adaptations: one title, two works. News about "the series based on the novel “X”" uses the
same name for the adaptation and its source; when an article speaks of both, the source becomes
an entity of its own and the adaptation is basedOn it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from mediakg.extract.mentions.entities import EntityGroup
from mediakg.extract.evidence import document_text, evidence_at
from mediakg.extract.records import Fact
from mediakg.extract.mentions.references import Reference
from mediakg.extract.mentions.source_works import SOURCE_NOUN, source_cue

ADAPTATION_AFTER = re.compile(r"^\W{0,2}\s*(?:[\w\-]+\s+)?(adaptation|series|show|remake|reboot)\b|^\W{0,2}\s+will become an? [\w ]{0,20}?(series|show|film|movie)", re.I)
CREDITS = {"directedBy", "starring", "executiveProducer", "producer"}
SOURCE_FACT_RULES = {"works.authors_novel", "works.authors_title", "works.novel_by"}


def _credit_on(fact: Fact, work: str) -> bool:
    """A screen credit or a production fact about the work."""
    return ((fact.subject == work and fact.predicate in CREDITS)
            or (fact.object == work and fact.predicate in ("produces", "distributes")))


def split_adaptations(doc: Doc, groups: list[EntityGroup], refs: list[Reference],
                      facts: list[Fact]) -> tuple[list[EntityGroup], list[Fact]]:
    text = document_text(doc)
    out_groups, out_facts = list(groups), list(facts)
    for group in groups:
        if group.kind != "work":
            continue
        cues = [(m, source_cue(text, m.start, m.end)) for m in group.mentions]
        source_mentions = [m for m, cue in cues if cue]
        source_refs = [r for r in refs if r.entity == group.key and re.search(SOURCE_NOUN, r.text, re.I)]
        adapted_refs = [r for r in refs if r.entity == group.key and re.search(r"series|show|drama|adaptation", r.text, re.I)]
        named_adaptation = adapted_refs or any(ADAPTATION_AFTER.match(text[m.end:m.end + 40]) for m in group.mentions)
        if source_mentions and len(source_mentions) == len(group.mentions) and not named_adaptation:
            # "a drama based on the memoir “X” starring Y": only the source is named, so the
            # credits around it belong to an unnamed adaptation, not to the book.
            out_facts = [f for f in out_facts if not _credit_on(f, group.key)]
            continue
        adapted = named_adaptation or any(f.subject == group.key and f.predicate in CREDITS for f in facts)
        if not (source_mentions or source_refs) or not adapted:
            continue
        cue_text = " ".join(cue for _, cue in cues if cue) + " ".join(r.text for r in source_refs)
        source = EntityGroup(key=group.key + "-source", mentions=source_mentions or group.mentions[:1])
        source.label = group.label
        source.cls = "CreativeWork" if re.search(r"novel|book|memoir|webtoon|manga|comic", cue_text, re.I) else "Film"
        if group.cls not in ("Series", "Film") or group.cls == source.cls:
            group.cls = "Series" if re.search(r"series|show|drama", text, re.I) else "Film"
        out_groups.append(source)
        first = min(source.mentions, key=lambda m: m.start)
        out_facts.append(Fact(group.key, "basedOn", source.key, evidence_at(doc, first.start, first.end),
                              "works.adaptation_source", 0.7))
        in_source = [(m.start, m.end) for m in source_mentions]
        for i, fact in enumerate(out_facts):
            on_source = fact.subject == group.key and (
                fact.rule in SOURCE_FACT_RULES
                or (fact.predicate == "releaseYear" and any(fact.evidence.start <= s < fact.evidence.end for s, _ in in_source)))
            if on_source:
                out_facts[i] = replace(fact, subject=source.key)
    return out_groups, out_facts
