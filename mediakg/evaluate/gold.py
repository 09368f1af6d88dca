"""Gold annotation folders: NAME.txt beside NAME.gold.json, read into plain records.

The format is the shared evaluation one (entities with id, label, type and aliases; relations
s/p/o; attributes s/p/value). Every problem is an InputError naming the file, so a user with a
hand-written gold file learns what to fix.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from mediakg.errors import InputError
from mediakg.ontology import ATTRIBUTE_NAMES, ENTITY_CLASS_NAMES, RELATION_NAMES

GOLD_SUFFIX = ".gold.json"


@dataclass(frozen=True)
class GoldEntity:
    id: str
    label: str
    type: str  # local name of an ontology class
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article: its text file and what a careful reader takes from it."""

    name: str
    text_path: Path
    entities: tuple[GoldEntity, ...]
    relations: tuple[tuple[str, str, str], ...]  # (subject id, predicate, object id)
    attributes: tuple[tuple[str, str, str], ...]  # (subject id, predicate, value)


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(NAME.txt, NAME.gold.json) pairs of a folder, by name. A gold file without its text is an
    error rather than a silent skip: the user meant it to be scored."""
    if not folder.exists():
        raise InputError(folder, "no such folder")
    if not folder.is_dir():
        raise InputError(folder, "is not a folder")
    pairs = []
    for gold in sorted(folder.glob("*" + GOLD_SUFFIX)):
        text = gold.with_name(gold.name[: -len(GOLD_SUFFIX)] + ".txt")
        if not text.is_file():
            raise InputError(gold, f"has no {text.name} beside it")
        pairs.append((text, gold))
    if not pairs:
        raise InputError(folder, f"holds no NAME.txt with a NAME{GOLD_SUFFIX}")
    return pairs


def _field(path: Path, where: str, item: object, key: str, *, choices: tuple[str, ...] = ()) -> str:
    if not isinstance(item, dict):
        raise InputError(path, f"{where} is not an object")
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InputError(path, f"{where} has no {key!r} string")
    if choices and value not in choices:
        raise InputError(path, f"{where} has unknown {key} {value!r}")
    return value


def _list(path: Path, data: dict, key: str, *, required: bool) -> list:
    if key not in data and not required:
        return []
    value = data.get(key)
    if not isinstance(value, list):
        raise InputError(path, f"{key!r} must be a list")
    return value


def parse_gold(path: Path, data: object, *, name: str, text_path: Path) -> GoldArticle:
    """Check the structure of decoded gold JSON and turn it into a GoldArticle."""
    if not isinstance(data, dict):
        raise InputError(path, "is not a JSON object with 'entities' and 'relations'")
    entities = []
    for i, item in enumerate(_list(path, data, "entities", required=True), 1):
        where = f"entity {i}"
        aliases = item.get("aliases", []) if isinstance(item, dict) else []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise InputError(path, f"{where} has 'aliases' that are not a list of strings")
        entities.append(GoldEntity(_field(path, where, item, "id"), _field(path, where, item, "label"),
                                   _field(path, where, item, "type", choices=ENTITY_CLASS_NAMES),
                                   tuple(aliases)))
    ids = {e.id for e in entities}

    def known(where: str, item: dict, key: str) -> str:
        value = _field(path, where, item, key)
        if value not in ids:
            raise InputError(path, f"{where} names no entity with id {value!r}")
        return value

    relations = tuple(
        (known(f"relation {i}", r, "s"), _field(path, f"relation {i}", r, "p", choices=RELATION_NAMES),
         known(f"relation {i}", r, "o"))
        for i, r in enumerate(_list(path, data, "relations", required=True), 1))
    attributes = []
    for i, a in enumerate(_list(path, data, "attributes", required=False), 1):
        where = f"attribute {i}"
        subject = known(where, a, "s")
        predicate = _field(path, where, a, "p", choices=ATTRIBUTE_NAMES)
        value = a.get("value")
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise InputError(path, f"{where} has no 'value'")
        attributes.append((subject, predicate, str(value)))
    return GoldArticle(name, text_path, tuple(entities), relations, tuple(attributes))


def read_gold(text_path: Path, gold_path: Path) -> GoldArticle:
    try:
        raw = gold_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(gold_path, f"cannot be read: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(gold_path, f"is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    return parse_gold(gold_path, data, name=gold_path.name[: -len(GOLD_SUFFIX)], text_path=text_path)


def read_gold_folder(folder: Path) -> list[GoldArticle]:
    """Every annotated article of a folder, all checked before any is scored."""
    return [read_gold(text, gold) for text, gold in gold_pairs(Path(folder))]
