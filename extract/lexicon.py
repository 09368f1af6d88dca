"""The word lists of patterns/lexicon.json, loaded once, as frozensets for fast membership."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from re import _parser  # the parser re.compile itself uses (for `skipping`)
from types import MappingProxyType
from typing import Iterable, Mapping


@lru_cache(maxsize=1)
def lexicon() -> Mapping[str, frozenset[str]]:
    text = resources.files("mediakg.extract").joinpath("patterns/lexicon.json").read_text("utf-8")
    raw = json.loads(text)
    return MappingProxyType({k: frozenset(v) for k, v in raw.items() if not k.startswith("_") and isinstance(v, list)})


@lru_cache(maxsize=None)
def lexicon_table(name: str) -> Mapping[str, tuple[str, ...]]:
    """One table of the lexicon: a predicate (or class) to the phrases that state it, e.g.
    lexicon_table("credit_list_triggers")["starring"]."""
    text = resources.files("mediakg.extract").joinpath("patterns/lexicon.json").read_text("utf-8")
    return MappingProxyType({k: tuple(v) for k, v in json.loads(text)[name].items()})


@lru_cache(maxsize=None)
def ordered_words(name: str) -> tuple[str, ...]:
    """One list of the lexicon in its order, for Matcher patterns, e.g. ordered_words("hire_verbs")."""
    text = resources.files("mediakg.extract").joinpath("patterns/lexicon.json").read_text("utf-8")
    return tuple(json.loads(text)[name])


def words(name: str) -> frozenset[str]:
    """One list of the lexicon, e.g. words("countries")."""
    return lexicon()[name]


@lru_cache(maxsize=None)
def lower_words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in words(name))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every known country, region and city: one set, made once (rules test words against it for
    each name, and the union of the three lists costs more than the test)."""
    return words("countries") | words("regions") | words("cities")


@lru_cache(maxsize=1)
def plural_work_nouns() -> frozenset[str]:
    """"films", "shows", "series": the plural work nouns of every medium (plural_title_slot_nouns),
    lower-case, one set."""
    return frozenset(w.lower() for nouns in lexicon_table("plural_title_slot_nouns").values() for w in nouns)


@lru_cache(maxsize=1)
def company_descriptor_heads() -> Mapping[str, tuple[str, ...]]:
    """Nouns that describe a company before its name or in apposition ("the production banner X",
    "X, the Berlin-based distributor") and the class each gives ("" = Organization): the shared
    table and its additions (more_company_descriptor_heads), one mapping."""
    return MappingProxyType({**lexicon_table("company_descriptor_heads"), **lexicon_table("more_company_descriptor_heads")})


@lru_cache(maxsize=1)
def company_descriptor_nouns() -> frozenset[str]:
    """The head nouns of the company descriptors, lower case ("banner" of "production banner",
    "house" of "production house")."""
    return frozenset(k.split()[-1].lower() for k in company_descriptor_heads())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Frequent given names, lower case: the US Census list (patterns/given_names.txt) and the
    names of other countries (patterns/given_names_world.txt), since trade news reports festivals,
    sales and co-productions from everywhere ("Stefano Sollima's Adagio", "Nuria Muñoz")."""
    names: set[str] = set()
    for file in ("patterns/given_names.txt", "patterns/given_names_world.txt"):
        text = resources.files("mediakg.extract").joinpath(file).read_text("utf-8")
        names.update(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(names)


def character_name_word(item: str) -> bool:
    """Whether a parenthesis item after a cast member is one word that is a frequent given name
    or a known place ("Paris", "Tokyo", "Nora"): a character's name in a cast list, no title."""
    return " " not in item and (item.lower() in given_names() or item in place_names())


def nationality_compound(run: str) -> bool:
    """Whether a run is nationalities joined by hyphens or slashes ("Franco-Algerian",
    "Slovak-Czech", "French/Belgian"): an adjective of a maker's or a work's countries, no name."""
    parts = re.split(r"[-/]", run)
    return len(parts) > 1 and all(p in words("nationality_adjectives") or p in words("nationality_combining_forms")
                                  or (p[:1].isupper() and re.search(r"(?:ish|ese|ian|ean)$", p) is not None) for p in parts)


# A hyphened given name after a Korean family name ("Jang Jae-hyun").
KOREAN_NAME_RE = re.compile(r"[A-Z][a-z]+-[a-z]+")


def opens_with_given_name(name: str) -> bool:
    """Whether a name's first word is a frequent given name ("Tom Bernard", not "Salt Road"), or
    a Korean family name before a hyphened given name ("Jang Jae-hyun")."""
    words_ = name.split()
    if len(words_) == 2 and words_[0].lower() in lower_words("korean_family_names") and KOREAN_NAME_RE.fullmatch(words_[1]):
        return True
    return bool(words_) and words_[0].lower() in given_names()


def alternation(phrases: Iterable[str]) -> str:
    """The regex `"|".join(map(re.escape, phrases))`, the phrases tried in the same order and the
    same one matching, with the phrases that open with the same letter grouped: "(?:s(?:eries|
    eason)|f(?:ilm|eature))". Python's re tries every alternative at every position of the text;
    grouped, it tries only the phrases that open with the letter standing there.

    A phrase moves up into the group of an earlier one only past phrases that cannot match where
    it does: they open with another ASCII letter (other in lower case too, so the grouping holds
    under re.IGNORECASE as well). An empty phrase, or one that opens with any other character,
    is passed by no phrase."""
    return "|".join(_grouped(list(phrases)))


def _grouped(phrases: list[str]) -> list[str]:
    """The alternatives of `alternation(phrases)`."""
    groups: list[tuple[str | None, list[str]]] = []  # (first character or None, phrases)
    for phrase in phrases:
        first = phrase[0] if phrase and phrase[0].isascii() and phrase[0].isalpha() else None
        group = None
        if first is not None:
            for earlier in reversed(groups):
                if earlier[0] == first:
                    group = earlier
                    break
                if earlier[0] is None or earlier[0].lower() == first.lower():
                    break  # it might match where the phrase does: no passing it
        if group is None:
            groups.append((first, [phrase]))
        else:
            group[1].append(phrase)
    parts = []
    for first, group in groups:
        if first is None or len(group) == 1:
            parts.extend(map(re.escape, group))
        else:
            rests = _grouped([p[1:] for p in group])
            parts.append(re.escape(first) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
    return parts



def skipping(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, opened with a lookahead of the characters every match opens
    with ("(?=[dfs])" before "\b(?:drama|film|series)"): the same matches. Python's re tries a
    pattern that opens with "\b", a lookbehind or a grouped alternation at every position of the
    text, each try a walk into the pattern; the lookahead's class fails in one test where none of
    these characters stands. Worth it only for such patterns, and where the characters are rare
    enough (a pattern that opens with a literal or a class is skipped ahead already); the pattern
    as it is when its opening characters cannot be worked out."""
    opening = _opening_class(pattern, flags)
    if opening is None:
        return re.compile(pattern, flags)
    opened = f"(?=[{opening}]){pattern}"
    # The pattern's text stays its end (some callers read it); only an alternation at its top
    # level needs a group, or the lookahead would open its first alternative alone.
    if repr(_parser.parse(opened, flags).data[1:]) != repr(_parser.parse(pattern, flags).data):
        opened = f"(?=[{opening}])(?:{pattern})"
    return re.compile(opened, flags)


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


class _NoOpening(Exception):
    """A part of a pattern whose opening characters `_opening_class` does not work out."""


def _opening_class(pattern: str, flags: int) -> str | None:
    """The inside of a character class that holds the first character of every match of the
    pattern (under the same flags), or None: when a match may be empty or open with any
    character, or the pattern holds what this reading does not know."""
    if re.compile(pattern).flags != re.compile("").flags:
        return None  # "(?i)" and the like must open the pattern: no lookahead before them
    try:
        parts, empty = _opening_of(_parser.parse(pattern, flags).data)
    except _NoOpening:
        return None
    return None if empty or not parts else "".join(sorted(parts))


def _opening_of(items) -> tuple[set[str], bool]:
    """(class parts of the characters a match of this sequence of parsed items may open with,
    whether the sequence may match the empty string)."""
    parts: set[str] = set()
    for op, av in items:
        found, empty = _opening_of_item(str(op), av)
        parts |= found
        if not empty:
            return parts, False
    return parts, True


def _opening_of_item(op: str, av) -> tuple[set[str], bool]:
    if op == "LITERAL":
        return {re.escape(chr(av))}, False
    if op == "IN":  # a class: its characters, ranges and categories, unless negated
        parts = set()
        for kind, value in av:
            kind = str(kind)
            if kind == "LITERAL":
                parts.add(re.escape(chr(value)))
            elif kind == "RANGE":
                parts.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
            elif kind == "CATEGORY" and str(value) in _CATEGORIES:
                parts.add(_CATEGORIES[str(value)])
            else:
                raise _NoOpening(kind)
        return parts, False
    if op == "BRANCH":
        parts, empty = set(), False
        for alternative in av[1]:
            found, may_be_empty = _opening_of(alternative.data)
            parts |= found
            empty = empty or may_be_empty
        return parts, empty
    if op == "SUBPATTERN":
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # "(?i:...)": its letters match in other cases too
            raise _NoOpening(op)
        return _opening_of(sub.data)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        least, _, sub = av
        found, empty = _opening_of(sub.data)
        return found, empty or least == 0
    if op == "ATOMIC_GROUP":
        return _opening_of(av.data)
    if op in ("AT", "ASSERT", "ASSERT_NOT"):  # "\b", lookarounds: they take no character
        return set(), True
    raise _NoOpening(op)

# The only characters besides ASCII letters that re.IGNORECASE matches to an ASCII letter, and
# that str.lower() does not turn into that letter: dotted capital I, dotless i, long s.
_FOLDED_APART = ("\u0130", "\u0131", "\u017f")


def may_hold(text: str, words_: Iterable[str]) -> bool:
    """False only when `text` holds none of these lower-case ASCII words in any case: then a
    regex compiled with re.IGNORECASE, each of whose matches holds one of them, finds nothing,
    and its search over the whole article may be skipped."""
    if any(c in text for c in _FOLDED_APART):
        return True
    lowered = _lowered(text)
    return any(w in lowered for w in words_)


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return text.lower()
