"""Names listed together are the same kind of thing: "with Sarah Cole and Lucas Martin producing".

The small models often tag the second of two coordinated person names an ORG. A name that only
the NER calls an organisation, whose words do not say it is a company ("Pictures", "Media"), and
that is joined by "and" or a comma to a person's name, is taken for a person.
"""
from __future__ import annotations

import re

from mediakg.extract.entities import EntityGroup
from mediakg.extract.lexicon import words

JOINED_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*")


def _bare_org(group: EntityGroup) -> bool:
    """An organisation by the NER's word alone: no gazetteer, cue or company word in its name."""
    if group.kind != "org" or any(m.source not in ("ner", "docmatch") or m.cls != "Organization" for m in group.mentions):
        return False
    tokens = group.label.split()
    return 2 <= len(tokens) <= 3 and not any(t in words("org_suffixes") for t in tokens) and all(t[:1].isupper() for t in tokens)


def vote_coordinated_people(text: str, groups: list[EntityGroup]) -> None:
    people = [m for g in groups if g.kind == "person" for m in g.mentions]
    for group in groups:
        if not _bare_org(group):
            continue
        for m in group.mentions:
            for p in people:
                gap = text[p.end:m.start] if p.end <= m.start else text[m.end:p.start]
                if len(gap) < 8 and JOINED_RE.fullmatch(gap):
                    group.votes["Person"] += 2.0 * len(group.mentions)
                    break
