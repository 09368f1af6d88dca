"""Rebuild extract/patterns/given_names_world.txt (the non-US given names the Person vote reads).

The names are the first names of Faker's person providers (MIT licence), Latin-script locales
only, filtered as the file's header says. Faker and the SCOWL word list are needed only here,
never at run time:

    python -m venv /tmp/gn && /tmp/gn/bin/pip install Faker==40.54.0   # the project's "data" extra
    apt-get install wamerican      # /usr/share/dict/american-english
    /tmp/gn/bin/python scripts/given-names-world.py > extract/patterns/given_names_world.txt.new
    mv extract/patterns/given_names_world.txt.new extract/patterns/given_names_world.txt
"""
from __future__ import annotations

import importlib
import json
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

import faker.providers.person as person

PATTERNS = Path(__file__).resolve().parent.parent / "extract" / "patterns"
# English-language lists add surnames and words ("cohen", "harper"); given_names.txt has the
# US Census names. The Icelandic list holds surnames and common nouns.
SKIPPED_LOCALES = {"en", "en_US", "en_GB", "en_NZ", "is_IS"}
NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_unisex",
                   "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")
# Given names that SCOWL also lists as rare English words (a ruler's title, a fabric, a coin, a
# dieter): trade news prints them far more often as names ("Amir", "Mads", "Serge") than as words,
# and the Person vote reads a name only at the head of a capitalised run ("Mads Vale"), never alone.
RARE_WORD_NAMES = {"amir", "emir", "mads", "dieter", "serge", "sander", "florin"}
HEADER = (PATTERNS / "given_names_world.txt").read_text(encoding="utf-8").split("\n")


def _fold(name: str) -> str:
    """The name without its accents: "Agnès" -> "Agnes"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _faker_first_names() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        if module.name in SKIPPED_LOCALES:
            continue
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        # A list, a tuple or a dict of names to weights; some locales make a name attribute a
        # property computed from the others, which adds nothing.
        lists = [getattr(provider, attribute, ()) for attribute in NAME_ATTRIBUTES]
        names = [n for names_ in lists if isinstance(names_, (list, tuple, dict)) for n in names_]
        found[module.name] = names
    return found


def main() -> None:
    lexicon = json.loads((PATTERNS / "lexicon.json").read_text(encoding="utf-8"))
    us = {line.strip() for line in (PATTERNS / "given_names.txt").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")}
    places = {w.lower() for key in ("countries", "regions", "cities") for w in lexicon[key]}
    not_given = set(lexicon["not_given_names"]) | {w.lower() for w in lexicon["nationality_adjectives"]}
    # A month's or a day's abbreviation ("Jun 5", "Sep. 12", "Sat") is a date, not a name.
    not_given |= {w[:3].lower() for w in lexicon["date_words"]} | {"sept"}
    brands = set()
    for line in (PATTERNS / "gazetteer.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if entry["label"] != "Event" and isinstance(entry["pattern"], str) and entry["pattern"].split():
            brands.add(entry["pattern"].split()[0].lower())
    english = {w.strip() for w in open("/usr/share/dict/american-english", encoding="utf-8") if w.strip()[:1].islower()}
    english |= {w[:-2] for w in english if w.endswith("'s")}
    kept: set[str] = set()
    for names in _faker_first_names().values():
        for name in names:
            # Latin script only, one word or one hyphenated pair ("Jean-Luc").
            if (not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", name) or not name[:1].isupper()
                    or not all(ord(c) < 0x250 for c in name)):
                continue
            for key in {name.lower(), _fold(name).lower()}:
                # Three-letter names are kept ("Ivo", "Ugo", "Liv"): the Person vote reads a given name
                # only at the head of a capitalised run, and English words of three letters are out.
                if (len(key) <= 2 or key in brands or key in us or key in places or key in not_given
                        or (key in english or _fold(key) in english) and key not in RARE_WORD_NAMES):
                    continue
                kept.add(key)
    header = [line for line in HEADER if line.startswith("#")]
    sys.stdout.write("\n".join([*header, *sorted(kept)]) + "\n")


if __name__ == "__main__":
    main()
