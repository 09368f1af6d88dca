"""Pronouns that open a sentence: "She also developed ...", "Her credits include ...", "It is
written by ...".

Trade news introduces a person or a title and goes on about them with a pronoun at the start of
the next sentences. Only sentence-initial pronouns are resolved (or a subject pronoun right after a
short fronted phrase of time or place: "Under her watch, she ..."), to the first entity of the kind
named in the previous sentence (its subject, as a rule), or the one before it while the chain of
pronouns continues; anything subtler is left alone. A resolved pronoun is a Reference that tags its
token for the relation rules; it is never an alias of the entity.
"""
from __future__ import annotations

import re

from mediakg.extract.mentions.entities import EntityGroup
from mediakg.extract.mentions.references import Reference

# "Previously, she held ...", "Before that, he ran ...": a time adverb before the pronoun, with
# or without its comma ("Previously she produced ..."), leaves it the sentence's subject (rel6).
# "The Frostline alum will play ...", "The “Salt Road” star has joined ...": a player named by a
# calling card and an epithet noun, then a verb, goes on about the person named before.
# So does any short phrase of time or place fronted before its comma ("Under her watch, she
# developed ...", "At Lumen, he ran ...", "In 2019, she directed ...", "After joining X in 2015,
# he ..."), when a subject "he" or "she" and a verb follow: a preposition or an adverb opens it, not
# a clause of its own ("When A left, she ..." may set a new person on stage).
PERSON_PRONOUN = re.compile(r"(?:(?:Previously|Earlier|Before that|Prior to that|Most recently|Since then|Later|Currently|Until now),?\s+"
                            r"(?P<after>he|she|his|her)|(?P<opening>He|She|His|Her))\b"
                            r"|(?:Under|During|At|In|Throughout|Over|Since|As|After|Before|Following|There|Then|Today|Now|Meanwhile|Separately|Together)\b"
                            r"[^,.;:\n\u201c\u201d\"]{0,60},\s+(?P<fronted>he|she)\b(?=\s+[a-z])"
                            r"|The\s+(?:[\u201c\"][^\u201d\"\n]{1,60}[\u201d\"]\s+|(?:[A-Z0-9][\w'\u2019&:.-]*\s+){1,6})"
                            r"(?P<epithet>star|alum|alumna|alumnus|actress|actor|veteran|vet|co-star)"
                            r"(?=\s+(?:has|have|had|is|was|will|would|also|plays|played|stars|starred|joins|joined|takes|took|reprises|leads)\b)")
# "It" is a work only when a credit follows ("It is written by", "It was directed by"), since
# "It is" opens every kind of sentence.
WORK_PRONOUN = re.compile(r"It(?= (?:is|was|will be|has been|had been|is being|was being) (?:also )?"
                          r"(?:written|directed|produced|co-produced|created|penned|helmed|adapted|based|executive produced|starring"
                          r"|made by|developed by|commissioned by"
                          # "It was first released in 2019": only a work is released, aired or published.
                          r"|(?:first |originally |initially )?(?:released|published|aired|broadcast))\b"
                          # "It starred A and B", "It premiered at Sundance", "It first aired in 1972":
                          # verbs only a work takes.
                          r"| (?:also |first |originally |initially )?(?:starred|stars|co-starred|co-stars|premiered|premieres|debuted|grossed|aired|bowed)\b)")


# "It premiered at Sundance in 1999", "It was first released in 2019": a work's first showing.
FIRST_SHOWING_PRONOUN = re.compile(r"It (?:was |is |has been )?(?:also |first |originally |initially )?"
                                   r"(?:released|published|aired|broadcast|premiered|debuted|bowed)\b")


# "It owns the Kite Channel": "It" is a company only before a verb only a company takes, or a
# founding or a seat said of it ("It was founded in 2016 by A and B", "It is headquartered in
# Oslo"): no work is founded or has a seat ("It is based on" a book is a work's source; a show
# is "led by" its cast as a company is by its chief, so that says nothing).
ORG_PRONOUN = re.compile(r"It(?= (?:also |now |currently |already )?(?:owns|operates|runs|controls|has (?:also )?(?:acquired|bought))\b"
                         r"| (?:was|is|has been) (?:originally |first |jointly )?(?:founded|co-founded|formed|established|set up|headquartered|based in)\b)")


# A deal between two companies: the sentence after it may go on about either.
DEAL_VERB = re.compile(r"\b(?:acquir\w*|bought|buys?|buying|purchas\w*|merg\w*|took over|takes over|snapped up|sold|sells?|selling)\b", re.I)


def _several_of_kind(groups: list[EntityGroup], kind: str, start: int, end: int) -> bool:
    return sum(1 for g in groups if g.kind == kind and any(start <= m.start < end for m in g.mentions + g.short_forms)) > 1


def _first_of_kind(groups: list[EntityGroup], kind: str, start: int, end: int,
                   asides: list[tuple[int, int]] = ()) -> EntityGroup | None:
    best, best_start = None, end
    for group in groups:
        if group.kind != kind:
            continue
        for m in group.mentions + group.short_forms:
            if start <= m.start < best_start and not any(a <= m.start < b for a, b in asides):
                best, best_start = group, m.start
    return best


# "He also created Netflix comedy Lovesick.": a title a person's past making verb takes, in a
# sentence that opens on the person, is that person's record, not what "It" goes on about.
PAST_MAKING_BEFORE = re.compile(r"\b(?:created|co-created|directed|helmed|wrote|penned|produced|starred\s+in|worked\s+on)\b[^.;]{0,40}$")
PERSON_OPENING = re.compile(r"\s*(?:He|She|They)\b")


def _records(text: str, groups: list[EntityGroup], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the sentence [start, end) told as its person's record: from a past making
    verb to the sentence's end, when the sentence opens on a person (a pronoun or a name)."""
    opens_on_person = PERSON_OPENING.match(text, start) or any(
        g.kind == "person" and any(m.start == start or (start < m.start < start + 3 and not text[start:m.start].strip())
                                   for m in g.mentions + g.short_forms) for g in groups)
    if not opens_on_person:
        return []
    spans = []
    for group in groups:
        for m in group.mentions + group.short_forms:
            if group.kind == "work" and start <= m.start < end and PAST_MAKING_BEFORE.search(text, start, m.start):
                spans.append((m.start, m.end))
    return spans


def resolve_pronouns(text: str, groups: list[EntityGroup], sentence_starts: list[int],
                     asides: list[tuple[int, int]] = ()) -> list[Reference]:
    """`asides`: character spans of relative clauses about people ("A, whose credits include X,
    is behind Y"); a title inside one is a calling card, never what "It" goes on about."""
    refs: list[Reference] = []
    chain: dict[str, EntityGroup] = {}  # kind -> what the previous sentence's pronoun named
    for i, start in enumerate(sentence_starts):
        for kind, pattern in (("person", PERSON_PRONOUN), ("work", WORK_PRONOUN), ("org", ORG_PRONOUN)):
            match = pattern.match(text, start)
            if match is None:  # no pronoun opens the sentence: the chain ends, nothing to look for
                chain.pop(kind, None)
                continue
            # (A first showing said of "It" goes on about the title just named, record or not: "A
            # directed X. It premiered at Sundance in 1999.")
            skipped = [*asides, *([] if FIRST_SHOWING_PRONOUN.match(text, start) else _records(text, groups, sentence_starts[i - 1], start))] \
                if kind == "work" and i else ()
            named = _first_of_kind(groups, kind, sentence_starts[i - 1], start, skipped) if i else None
            if kind == "org" and i and _several_of_kind(groups, kind, sentence_starts[i - 1], start) \
                    and DEAL_VERB.search(text, sentence_starts[i - 1], start):
                # "Vexa has bought Lake Media. It was founded by A": buyer or bought, the text
                # does not say; after a deal between companies a company pronoun is left alone.
                chain.pop(kind, None)
                continue
            target = named or chain.get(kind)
            chain.pop(kind, None)
            if target is None:
                continue
            chain[kind] = target
            group = next((g for g in ("after", "opening", "fronted", "epithet") if g in match.re.groupindex and match.group(g)), 0)
            refs.append(Reference(match.start(group), match.end(group), match.group(group), target.key))
    return refs
