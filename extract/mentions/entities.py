"""From mentions to entities: one entity per real thing named in a document.

Mentions are grouped when they are the same name (possessive and leading article aside), the
same gazetteer entry, or a short form of a longer name ("Katayama" for "Shinzo Katayama",
"Toho" for "Toho Studios"). The class of an entity is decided by the votes of all its mentions,
so one mislabelled mention ("Netflix" as a place) does not decide it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Iterator

from spacy.tokens import Doc

from mediakg.extract.evidence import document_text
from mediakg.extract.lexicon import given_names, place_names, words
from mediakg.extract.mentions.finders import CLASS_KIND, KIND_CLASS, Mention, resolve_overlaps
from mediakg.extract.mentions.titles import GLOSS_AFTER_RE, GLOSS_TITLE_RE

GENERIC = set(KIND_CLASS.values())


@dataclass
class EntityGroup:
    """A resolved entity while a document is being read (mutable; becomes a records.Entity)."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    short_forms: list[Mention] = field(default_factory=list)  # count for aliases, not for class
    votes: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    cls: str = ""
    label: str = ""
    typed_by: str = ""  # what decided the class when no word near a mention did ("article-medium")

    @property
    def kind(self) -> str:
        """The decided kind, or while mentions are still being grouped, the most common one."""
        if self.cls:
            return CLASS_KIND[self.cls]
        kinds = [m.kind for m in self.mentions if m.kind]
        # Ties go to the kind named first: a set's order changes with the hash seed, and so would the result.
        return max(dict.fromkeys(kinds), key=kinds.count) if kinds else ""

    @property
    def ner_only(self) -> bool:
        """Named only by the NER (or by a document match of its names): no cue, pattern or
        gazetteer vouches for the class, so context may outvote it."""
        return all(m.source in ("ner", "docmatch") for m in self.mentions)

    @property
    def cued(self) -> bool:
        return any(m.cued or m.source in ("gazetteer", "pattern") for m in self.mentions)

    def aliases(self) -> list[str]:
        forms = {m.text for m in self.mentions + self.short_forms} - {self.label}
        return sorted(forms)


@lru_cache(maxsize=8192)  # bounded: a long run's memory stays flat
def name_key(text: str) -> str:
    """What two mentions of one name share: case, a leading "the", a possessive, dots and spaces
    aside ("No.1 Stage" = "No. 1 Stage", "The Leftovers" = "Leftovers"). Kept per name: grouping
    compares each mention's key with every group's, four substitutions each time."""
    text = text.replace("\u2019", "'").casefold().strip()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s?$", "", text)
    text = re.sub(r"[\s.\-]+", "", text)
    # "No. 1" and "No.1 Stage" name one stage: the head noun is implied by the number.
    return re.sub(r"^(no\d+)(?:sound)?stage$", r"\1", text)


def _tokens(text: str) -> list[str]:
    return text.replace("\u2019", "'").split()


def add_document_matches(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Once a name is known, each of its occurrences is a mention, including the ones the NER
    missed ("Human Vapor" at the start of a sentence)."""
    forms = {m.text: m for m in mentions if m.cls and len(m.text) > 2}
    forms.update(_surnames(document_text(doc), mentions, forms))
    extra = []
    text = document_text(doc)
    for form, model in forms.items():
        for start in _occurrences(text, form):
            extra.append(replace(model, start=start, end=start + len(form), source="docmatch", cued=False))
    return resolve_overlaps(mentions + extra)


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


def _occurrences(text: str, form: str) -> Iterator[int]:
    r"""Where `form` occurs in `text` as a whole word, left to right without overlaps: what
    re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text) finds, without compiling a
    pattern for every name of every document."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            yield at
            at = text.find(form, max(end, at + 1))
        else:
            at = text.find(form, at + 1)


def _surnames(text: str, mentions: list[Mention], known: dict[str, Mention]) -> dict[str, Mention]:
    """A person named in full is then named by surname ("Hugh was previously ..."), which the NER
    misses at a sentence start. A surname that is also an ordinary word of the text ("Full",
    "Young") is left out: its other occurrences are more likely that word."""
    found = {}
    for m in mentions:
        tokens = _tokens(m.text)
        if m.kind != "person" or len(tokens) < 2 or not tokens[-1].isalpha() or len(tokens[-1]) < 3:
            continue
        surname = tokens[-1]
        if surname in known or not surname[0].isupper():
            continue
        if next(_occurrences(text, surname.lower()), None) is not None:
            continue
        found[surname] = replace(m, text=surname, canonical="")
    return found


def _eponym(tokens: list[str]) -> bool:
    """Whether the leading words of a company name are a person's full name: "Chuck Lorre" of
    "Chuck Lorre Productions" is the producer the shingle is named after, no short form of it."""
    return len(tokens) >= 2 and tokens[0].lower() in given_names()


# Words an organisation's initials skip ("Alliance of Motion Picture and Television Producers":
# AMPTP), and words that give two letters ("Warner Bros. Television Group": WBTVG).
INITIALS_SKIPPED = frozenset({"the", "of", "and", "&", "for", "de", "a"})
INITIALS_OF_WORD = {"television": ("T", "TV")}


def _initials(name: str) -> set[str]:
    """The ways an organisation's name is written in capitals ("Universal Cable Productions":
    {"UCP"})."""
    found = {""}
    for word in _tokens(name):
        letters = re.sub(r"[^\w]", "", word)
        if not letters or word.lower() in INITIALS_SKIPPED:
            continue
        choices = INITIALS_OF_WORD.get(letters.lower(), (letters[0].upper(),))
        found = {f + c for f in found for c in choices}
    return found


def _initials_shaped(mention: Mention) -> bool:
    """Whether the mention is a word of three to seven capitals, the shape of an initialism (see
    `_spells_initials_of`). Two letters ("UK", "US") would meet too many names."""
    text = mention.text
    return 3 <= len(text) <= 7 and text.isalpha() and text.isupper()


def _spells_initials_of(mention: Mention, group: EntityGroup) -> bool:
    """"UCP" after "Universal Cable Productions", "MGC" for "The Mark Gordon Company": a mention
    of initials shape (`_initials_shaped`, tested first: while mentions are grouped, a group's
    kind is counted from all its mentions on every read) that spells the initials of an
    organisation named in full in the same article is its short form."""
    return group.kind == "org" and len(_tokens(group.label)) >= 3 and mention.text in _initials(group.label)


def _short_form_of(mention: Mention, groups: list[EntityGroup]) -> EntityGroup | None:
    """The entity a short form names: a surname or given name of a person mentioned in full, the
    leading words of an organisation name whose remaining words are generic ("Studios"), or the
    initials of an organisation's name ("UCP")."""
    tokens = _tokens(mention.text)
    # The mention's shape is its own: tested once, not again with each group.
    initials = len(tokens) == 1 and _initials_shaped(mention)
    best = None
    for group in groups:
        if initials and _spells_initials_of(mention, group):
            return group
        full = _tokens(group.label)
        if len(full) <= len(tokens):
            continue
        # The words first, the group's kind only then: while mentions are being grouped, a
        # group's kind is counted from all its mentions on every read.
        # Of two people who share the name ("Tom Reed, son of Bluebird founder Sam Reed"), a bare
        # "Reed" later is the one the article named first: trade copy names its subject first
        # and a relative in passing.
        if len(tokens) == 1 and tokens[0] in (full[0], full[-1]) and group.kind == "person":
            if best is None or best.kind != "person" or min(m.start for m in group.mentions) < min(m.start for m in best.mentions):
                best = group
        elif full[: len(tokens)] == tokens and group.kind == "org" and all(
                w in words("org_suffixes") for w in full[len(tokens):]) and not _eponym(tokens):
            best = group
    return best


def group_mentions(mentions: list[Mention]) -> list[EntityGroup]:
    """Group mentions into entities, in document order."""
    groups: list[EntityGroup] = []
    by_key: dict[str, EntityGroup] = {}
    short_keys: set[str] = set()  # every later "Lumen" of "Lumen Pictures" is a short form too
    # Full names first, so that short forms can find them whichever comes first in the text.
    ordered = sorted(mentions, key=lambda m: (-len(_tokens(m.text)), m.start))
    for m in ordered:
        key = m.canonical and name_key(m.canonical) or name_key(m.text)
        group = by_key.get(key)
        if group is not None and key in short_keys:
            group.short_forms.append(m)
            continue
        if group is None and m.source != "gazetteer":
            short = _short_form_of(m, groups)
            if short is not None:
                short.short_forms.append(m)
                by_key[key] = short
                short_keys.add(key)
                continue
        if group is None:
            group = EntityGroup(key=f"e{len(groups)}")
            group.label = m.canonical or m.text
            groups.append(group)
            by_key[key] = group
        group.mentions.append(m)
    for group in groups:
        decide_class(group)
    return sorted(groups, key=lambda g: min(m.start for m in g.mentions + g.short_forms))


def decide_class(group: EntityGroup) -> None:
    """The kind with most weight wins; within it, the most specific class that has a fair share."""
    votes: dict[str, float] = defaultdict(float)
    for m in group.mentions:
        if m.cls:
            votes[m.cls] += m.weight * (1.5 if m.cued else 1.0)
    for cls, weight in group.votes.items():
        votes[cls] += weight
    if not votes:
        group.cls = ""
        return
    by_kind: dict[str, float] = defaultdict(float)
    for cls, weight in votes.items():
        by_kind[CLASS_KIND[cls]] += weight
    kind = max(by_kind, key=lambda k: by_kind[k])
    specific = {c: w for c, w in votes.items() if CLASS_KIND[c] == kind and c not in GENERIC}
    if specific and max(specific.values()) >= 0.3 * by_kind[kind]:
        group.cls = max(specific, key=lambda c: specific[c])
    else:
        group.cls = KIND_CLASS[kind]
    # The canonical label: a gazetteer name, else the longest form of the winning kind.
    canon = [m.canonical for m in group.mentions if m.canonical]
    if canon:
        group.label = canon[0]
    else:
        forms = [m.text for m in group.mentions if not m.cls or CLASS_KIND[m.cls] == kind] or [group.label]
        group.label = max(forms, key=lambda t: (len(t), t))


def honorific_titles(text: str, groups: list[EntityGroup]) -> None:
    """"Dr. Death", "Mr. Lucky": a work's title may open with an abbreviated form of address, which
    the NER leaves out of a name as it does a person's; in a title it is part of the name."""
    forms = "|".join(sorted(words("person_forms_of_address"), key=len, reverse=True))
    before = re.compile(rf"(?<![\w.])(?:{forms})\. $")
    for group in groups:
        if group.kind != "work":
            continue
        grown = [replace(m, start=m.start - len(hit.group()), text=hit.group() + m.text)
                 if (hit := before.search(text[max(0, m.start - 6):m.start])) else m for m in group.mentions]
        if grown != group.mentions:
            group.mentions = grown
            if not any(m.canonical for m in grown):
                group.label = max((m.text for m in grown), key=lambda t: (len(t), t))


def merge_person_short_forms(groups: list[EntityGroup]) -> list[EntityGroup]:
    """A surname or given name alone, once classes are decided, is the person named in full
    ("Dina Vale ... played by Vale"): the small NER often calls the full name and the short one
    a company, and the votes make only the full name a person, so the short one was left as a
    company of its own. Only a one-word name the NER alone typed joins; a gazetteer company or a
    name a cue or pattern typed keeps its own entity."""
    people = [g for g in groups if g.cls == "Person" and len(_tokens(g.label)) >= 2]
    kept = []
    for group in groups:
        tokens = _tokens(group.label)
        if (group.cls != "Person" and len(tokens) == 1 and group.kind not in ("work", "agreement")
                and group.ner_only):
            first = min(m.start for m in group.mentions)
            named = [p for p in people if tokens[0] in (_tokens(p.label)[0], _tokens(p.label)[-1])]
            earlier = [p for p in named if min(m.start for m in p.mentions) < first]
            if len(named) == 1 or earlier:
                person = (earlier or named)[-1]
                person.short_forms.extend(group.mentions + group.short_forms)
                continue
        kept.append(group)
    return kept


def drop_lone_given_names(groups: list[EntityGroup], keep: set[str] = frozenset()) -> list[EntityGroup]:
    """A person named only by a frequent given name ("Kate and Tully meet as girls", "Kevin's
    family"), never in full, is a character of the story: trade copy introduces every real
    person by their full name first, and a later "Ana" of "Ana Ruiz" is already her short form
    (merge_person_short_forms). Only a name the NER alone typed is dropped; a cue or pattern
    ("showrunner Kaz", "played by Kevin") keeps it, and so does a fact (keep: the keys of the
    entities in facts): "Kelley executive produces through Harbour Films" credits a person whose
    full name the NER may have missed."""
    full = {t for g in groups if g.cls == "Person" for t in _tokens(g.label) if len(_tokens(g.label)) >= 2}
    kept = []
    for group in groups:
        tokens = _tokens(group.label)
        if (group.cls == "Person" and len(tokens) == 1 and group.key not in keep and tokens[0].lower() in given_names() and tokens[0] not in full
                and group.ner_only):
            continue
        kept.append(group)
    return kept


def merge_glossed_titles(text: str, groups: list[EntityGroup]) -> list[EntityGroup]:
    """The English title in brackets after a work's title is another name of that work, not an
    entity of its own: its group joins the work's as short forms (aliases that do not vote). Only a
    bracket that names a work itself, or a name only the NER found that reads as a title
    (GLOSS_TITLE_RE), is a gloss; a place, a name with a company word, or capitals alone stay apart
    (a person's name reads as no title: no article opens it and no function word is in it)."""
    # Each mention's group by where it stands; a bracket's name is looked up whole, and without a
    # leading article, which names leave out ("(The Voice of You)": the mention is "Voice of You").
    at: dict[tuple[int, int], EntityGroup] = {(m.start, m.end): g for g in groups for m in g.mentions}
    merged: dict[str, EntityGroup] = {}  # the gloss group's key -> the work it names
    for group in groups:
        if group.kind != "work" or group.key in merged:
            continue
        for m in group.mentions:
            bracket = GLOSS_AFTER_RE.match(text, m.end)
            if not bracket:
                continue
            start, end = bracket.span("gloss")
            article = re.match(r"(?:The|A|An)\s+", bracket.group("gloss"))
            gloss = at.get((start, end)) or (at.get((start + article.end(), end)) if article else None)
            if gloss is None or gloss is group or gloss.key in merged:
                continue
            # "X (WT)": capitals alone abbreviate a note ("working title"), not a title. "X (The
            # Philippines)", "X (The Party Film Sales)": a country or a company in brackets is the
            # work's home or its seller, however title-like its words.
            if gloss.label.isupper() or gloss.kind == "place" or gloss.label in place_names() \
                    or set(gloss.label.split()) & (words("org_suffixes") | words("company_name_suffixes")):
                continue
            if gloss.kind == "work" or (GLOSS_TITLE_RE.search(bracket.group("gloss")) and gloss.ner_only):
                merged[gloss.key] = group
    for gloss_key, work in merged.items():
        gloss = next(g for g in groups if g.key == gloss_key)
        work.short_forms.extend(gloss.mentions + gloss.short_forms)
    return [g for g in groups if g.key not in merged]
