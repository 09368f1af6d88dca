"""People the small model took for organisations, and companies it took for people or places.

The small models often tag a person's name an ORG: the second of two coordinated names ("with
Sarah Cole and Lucas Martin producing"), or a name at the start of a sentence ("Marcus Bell joined
HBO"). A name that only the NER calls an organisation, whose words do not say it is a company
("Pictures", "Media"), is taken for a person when it is listed with a person's name or when its
context is one that only people have: hired, promoted, "who", "said".
"""
from __future__ import annotations

import re
from functools import lru_cache

from mediakg.extract.mentions.entities import EntityGroup
from mediakg.extract.lexicon import words

JOINED_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*")


def _bare_org(group: EntityGroup) -> bool:
    """An organisation by the NER's word alone: no gazetteer, cue or company word in its name."""
    if group.kind != "org" or any(m.source not in ("ner", "docmatch") or m.cls != "Organization" for m in group.mentions):
        return False
    tokens = group.label.split()
    return 2 <= len(tokens) <= 3 and not any(t in words("org_suffixes") for t in tokens) and all(t[:1].isupper() for t in tokens)


# Around a name, words that only a person takes: "hired X", "X has been promoted", "X, who".
PERSON_BEFORE_RE = re.compile(r"\b(?:hired|named|appointed|tapped|promoted|poached|said|says|told)\s+$")
PERSON_AFTER_RE = re.compile(r"^(?:\s+(?:has|have|was|had)\s+been\s+(?:named|appointed|promoted|tapped|hired|upped)"
                             r"|\s+(?:joined|joins|rejoined|said|says|told|added|explained)\b|,\s+who\b|'s\s+(?:wife|husband|brother|sister)\b"
                             # a title "stars" someone, but only a person plays or portrays a part
                             r"|\s+(?:will\s+|is\s+set\s+to\s+)?(?:play|plays|portray|portrays|voice|voices)\b|\s+has\s+been\s+cast\b"
                             r"|\s+(?:will\s+)?(?:also\s+)?(?:executive|exec)[\s-]produces?\b)")


def vote_person_contexts(text: str, groups: list[EntityGroup]) -> None:
    """Bare NER organisations in a context only a person takes vote for Person."""
    for group in groups:
        if not _bare_org(group):
            continue
        for m in group.mentions:
            if PERSON_BEFORE_RE.search(text[max(0, m.start - 12):m.start]) or PERSON_AFTER_RE.match(text[m.end:m.end + 40]):
                group.votes["Person"] += 2.0 * len(group.mentions)
                break


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


def vote_work_media(text: str, groups: list[EntityGroup], refs: list) -> None:
    """Film or Series from what the article says around the title: "the series" or "the film"
    that stands for it, and the words only one medium takes near a mention ("season",
    "episodes", "renewed"; "box office", "in cinemas"). Without such words the title stays a
    CreativeWork: a wrong subtype is worse than the honest superclass."""
    by_key = {g.key: g for g in groups if g.kind == "work"}
    for ref in refs:
        group = by_key.get(ref.entity)
        if group is None:
            continue
        head = ref.text.lower().split()[-1] if ref.text.split() else ""
        if head in words("series_reference_heads"):
            group.votes["Series"] += 3.0
        elif head in words("film_reference_heads"):
            group.votes["Film"] += 3.0
    series_re = _context_re("series_context_words")
    film_re = _context_re("film_context_words")
    # Context words count only right beside the title, within its clause ("Glasshouse season
    # two", "renewed Glasshouse"): a sentence may name a film and a series side by side.
    for group in by_key.values():
        for m in group.mentions:
            before = re.split(r"[,;()\u2014]", text[max(0, m.start - 25):m.start])[-1]
            after = re.split(r"[,;()\u2014]", text[m.end:m.end + 25])[0]
            if series_re.search(before) or series_re.search(after):
                group.votes["Series"] += 1.0
            if film_re.search(before) or film_re.search(after):
                group.votes["Film"] += 1.0


@lru_cache(maxsize=None)
def _context_re(name: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words(name)), key=len, reverse=True)) + r")\b", re.I)


CLAUSE_END = r"[;()\u2014\n]|[.!?]\s"


def refine_work_media(text: str, groups: list[EntityGroup], facts: list, broadcasters: set[str]) -> None:
    """After the facts: a work still typed CreativeWork becomes a Series when a broadcaster
    makes or airs it ("HBO's Divorce", "Tidewater (for the BBC)") or a showrunner or creator
    is credited near it, and a Film when a festival or the box office is named beside it.
    Titles typed already, and the sources of adaptations, keep their class."""
    made_by_broadcaster = {f.object for f in facts if not f.is_attribute and f.predicate in ("produces", "distributes")
                           and f.subject in broadcasters}
    film_re = _context_re("film_event_words")
    series_re = _context_re("series_role_words")
    for group in groups:
        if group.kind != "work" or group.cls != "CreativeWork" or group.key.endswith("-source"):
            continue
        if group.key in made_by_broadcaster:
            group.cls = "Series"
            continue
        # The words around a mention within its own sentence and clause.
        near = [re.split(CLAUSE_END, text[max(0, m.start - 60):m.start])[-1] + " "
                + re.split(CLAUSE_END, text[m.end:m.end + 60])[0] for m in group.mentions]
        film = sum(1 for w in near if film_re.search(w))
        series = sum(1 for w in near if series_re.search(w))
        if film and not series:
            group.cls = "Film"
        elif series and not film:
            group.cls = "Series"


@lru_cache(maxsize=1)
def _company_agent_re() -> re.Pattern:
    verbs = "|".join(sorted((re.escape(v) for v in words("company_agent_verbs")), key=len, reverse=True))
    return re.compile(r"\b(?:" + verbs + r")\b[^.;]{0,30}?\bby\s+(?:the\s+)?(?:[A-Z][\w\-]*-based\s+)?$")


# "Berlin-based X", "the Cologne-based X": what a place bases is a company.
BASED_RE = re.compile(r"\b[A-Z][\w\-]*-based\s+(?:\w+\s+){0,2}$")


def vote_company_contexts(text: str, groups: list[EntityGroup]) -> None:
    """A name the NER alone calls a person or a place is a company where only a company fits:
    the agent of "released / picked up / distributed by", or a name after "Berlin-based"."""
    agent_re = _company_agent_re()
    for group in groups:
        if group.kind not in ("person", "place") or any(m.source not in ("ner", "docmatch") for m in group.mentions):
            continue
        for m in group.mentions:
            if text.startswith("-based", m.end):
                continue  # "by Berlin-based X": the place that bases the company
            before = text[max(0, m.start - 60):m.start]
            if agent_re.search(before) or BASED_RE.search(before[-40:]):
                group.votes["Organization"] += 3.0 * len(group.mentions)
                break
