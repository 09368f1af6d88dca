"""The word lists of patterns/lexicon.json, loaded once, as frozensets for fast membership."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
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


def opens_with_given_name(name: str) -> bool:
    """Whether a name's first word is a frequent given name ("Tom Bernard", not "Salt Road")."""
    words_ = name.split()
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
