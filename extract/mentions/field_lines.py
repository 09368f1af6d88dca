"""Credits set out as labelled lines, the way market and festival round-ups list their titles.

    Glasshouse
    Director: Dana Vale
    Cast: Tom Hale, Rita Moss
    Sales: Harbour Films

A line "Label: A, B and C" whose label is a credit field (the lexicon's field_line_labels: "Director",
"Key cast", "Producers", "Sales agent"...) lists the people or companies of one item; the item's
title is the heading above its fields, a short title-cased line with no full stop. This module
reads that layout from the text alone; `field_line_mentions` proposes the names it lists, and
`mediakg.extract.relations.field_credits` turns the lines into credits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc

from mediakg.extract.evidence import document_text
from mediakg.extract.lexicon import lexicon_table, lower_words, words
from mediakg.extract.mentions.finders import Mention, org_class_from_name, title_cased

# Fields whose items are people: a name the NER misses in a bare list is still a person.
PEOPLE_FIELDS = frozenset({"directedBy", "starring", "writtenBy", "executiveProducer", "writer-director"})
# Fields an item of a film market's slate has: its title is a film.
FILM_FIELDS = frozenset({"directedBy", "writer-director", "sales"})
# Fields whose items are companies.
COMPANY_FIELDS = frozenset({"sales", "distributes", "produces"})

# The label ends at a colon, or at the full stop of an abbreviation before a name ("Dir. Lena
# Vik", as festival guides set it); only a known label counts either way.
LINE_RE = re.compile(r"^[^\S\n]*(?P<label>[A-Z][A-Za-z/\- ]{0,40}?)[^\S\n]*(?::|\.(?=[^\S\n]+[A-Z]))[^\S\n]*(?P<value>\S[^\n]*)$", re.M)
# A heading's countries of production in brackets after the title: "(Nor-Swe)", "(France)".
COUNTRIES_AFTER_RE = re.compile(r"[^\S\n]*\((?:[A-Z][A-Za-z.]{1,14}(?:[^\S\n]?[-/,][^\S\n]?[A-Z][A-Za-z.]{1,14})*)\)$")
ITEM_SEP_RE = re.compile(r"\s*(?:,|;|\band\b|\s&\s|/)\s*")
QUOTES = "\u201c\u201d\"'\u2018\u2019"


@dataclass(frozen=True, slots=True)
class FieldLine:
    field: str  # the credit the label names: "directedBy", "starring", "producer", "sales"...
    start: int  # the line's character offsets
    end: int
    items: tuple[tuple[int, int], ...]  # the listed names
    title: tuple[int, int] | None  # the item's title, quotes aside; None when no heading is found


@lru_cache(maxsize=1)
def _field_of_label() -> dict[str, str]:
    return {label: field for field, labels in lexicon_table("field_line_labels").items() for label in labels}


def _items(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The names a value lists: "A, B and C"; a parenthesis, "TBD" and lower-case words aside."""
    value = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text[start:end])
    found, pos = [], 0
    for sep in [*ITEM_SEP_RE.finditer(value), None]:
        piece_end = sep.start() if sep else len(value)
        piece = value[pos:piece_end]
        stripped = piece.strip().rstrip(".")
        if stripped and stripped[0].isupper() and stripped.upper() != "TBD" and stripped.upper() != "TBA":
            lead = len(piece) - len(piece.lstrip())
            found.append((start + pos + lead, start + pos + lead + len(stripped)))
        pos = sep.end() if sep else len(value)
    return tuple(found)


def _is_heading(line: str) -> bool:
    """A title heading: a short title-cased line, quoted or not, without a sentence's full stop.
    A web page's own headings between the items ("Popular on Variety", "Related") are none."""
    bare = line.strip().strip(QUOTES).strip()
    return (bool(bare) and not bare.endswith((".", ",", ";", "!", "?")) and len(bare.split()) <= 10 and title_cased(bare)
            and not bare.lower().startswith(tuple(lower_words("page_furniture_headings"))))


def _title_above(text: str, lines: list[tuple[int, int]], index: int, field: str, fields: dict[int, str]) -> tuple[int, int] | None:
    """The heading of the item a field line belongs to: the nearest heading above it, passing the
    item's other field lines and its blurb. An item lists each field once, so a field met twice
    belongs to the item before and the search stops there (an item whose heading is lost gets no
    title)."""
    seen = {field}
    for back in range(index - 1, max(-1, index - 14), -1):
        start, end = lines[back]
        if back in fields:
            if fields[back] in seen:
                return None
            seen.add(fields[back])
            continue
        line = text[start:end]
        if _is_heading(line):
            lead = len(line) - len(line.lstrip(" \t" + QUOTES))
            bare = COUNTRIES_AFTER_RE.sub("", line.strip()).strip(QUOTES).strip()
            return (start + lead, start + lead + len(bare))
    return None


def field_lines(doc: Doc) -> tuple[FieldLine, ...]:
    """Every credit field line of the document, with the title of its item. The layout is read
    from the text alone, once: the mention finder and the credit reader both ask for it."""
    return _field_lines_of(document_text(doc))


@lru_cache(maxsize=4)
def _field_lines_of(text: str) -> tuple[FieldLine, ...]:
    if ":" not in text and "Dir." not in text:
        return ()
    labels = _field_of_label()
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    fields: dict[int, str] = {}
    parsed: dict[int, re.Match] = {}
    for index, (start, end) in enumerate(lines):
        match = LINE_RE.match(text, start, end)
        if match and match.group("label").strip().lower() in labels:
            fields[index] = labels[match.group("label").strip().lower()]
            parsed[index] = match
    found = []
    for index, field in fields.items():
        match = parsed[index]
        start, end = lines[index]
        found.append(FieldLine(field, start, end, _items(text, match.start("value"), match.end("value")),
                               _title_above(text, lines, index, field, fields)))
    return tuple(found)


def field_line_mentions(doc: Doc) -> Iterator[Mention]:
    """The titles of the items and the people their credit lines list. A title is a film when its
    item has a director or a sales agent (a market's slate), else a work of unknown medium."""
    text = document_text(doc)
    lines = field_lines(doc)
    by_title: dict[tuple[int, int], set[str]] = {}
    for line in lines:
        if line.title:
            by_title.setdefault(line.title, set()).add(line.field)
    for (start, end), item_fields in by_title.items():
        cls = "Film" if item_fields & FILM_FIELDS else "CreativeWork"
        # The layout outranks the quotes and the NER ("pattern"): it says what the heading is.
        yield Mention(start, end, text[start:end], cls, "pattern", cued=True)
    suffixes = words("company_name_suffixes")
    for line in lines:
        if line.field in COMPANY_FIELDS:
            # A sales agent, distributor or production company: the gazetteer or the name's
            # company word may say more, and outranks this.
            for start, end in line.items:
                yield Mention(start, end, text[start:end], org_class_from_name(text[start:end]), "cue")
        if line.field not in PEOPLE_FIELDS:
            continue
        for start, end in line.items:
            name = text[start:end]
            parts = name.split()
            # A person's name: two to four capitalised words, none a company word ("Film4", "Hanway Films").
            if 2 <= len(parts) <= 4 and all(p[0].isupper() for p in parts) and parts[-1] not in suffixes \
                    and not any(c.isdigit() for c in name):
                yield Mention(start, end, name, "Person", "cue")
