"""mediakg/evaluate/gold.py: gold folders are read whole and every mistake names its file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediakg.errors import InputError
from mediakg.evaluate.gold import read_gold_folder

GOLD = {
    "entities": [
        {"id": "harbor", "label": "Harbor Studios", "type": "Studio", "aliases": ["Harbor"]},
        {"id": "night-harbor", "label": "Night Harbor", "type": "Series"},
    ],
    "relations": [{"s": "harbor", "p": "produces", "o": "night-harbor", "evidence": "..."}],
    "attributes": [{"s": "night-harbor", "p": "releaseYear", "value": 2027}],
}


def folder(tmp_path: Path, gold: object, *, name: str = "story") -> Path:
    (tmp_path / f"{name}.txt").write_text("Harbor Studios will produce Night Harbor.\n", encoding="utf-8")
    text = gold if isinstance(gold, str) else json.dumps(gold)
    (tmp_path / f"{name}.gold.json").write_text(text, encoding="utf-8")
    return tmp_path


def test_reads_entities_relations_and_attributes(tmp_path):
    [article] = read_gold_folder(folder(tmp_path, GOLD))
    assert article.name == "story"
    assert article.text_path == tmp_path / "story.txt"
    assert [(e.id, e.type, e.aliases) for e in article.entities] == [
        ("harbor", "Studio", ("Harbor",)), ("night-harbor", "Series", ())]
    assert article.relations == (("harbor", "produces", "night-harbor"),)
    assert article.attributes == (("night-harbor", "releaseYear", "2027"),)


def test_texts_without_gold_are_skipped(tmp_path):
    folder(tmp_path, GOLD)
    (tmp_path / "notes.txt").write_text("no gold for this one\n", encoding="utf-8")
    assert [a.name for a in read_gold_folder(tmp_path)] == ["story"]


def broken(key: str, value: object) -> dict:
    return {**GOLD, key: value}


@pytest.mark.parametrize("gold,problem", [
    ("{not json", "is not valid JSON: Expecting property name enclosed in double quotes (line 1, column 2)"),
    ("[]", "is not a JSON object with 'entities' and 'relations'"),
    (broken("entities", {}), "'entities' must be a list"),
    ({"entities": []}, "'relations' must be a list"),
    (broken("entities", [{"id": "x", "label": "X", "type": "Spaceship"}]), "entity 1 has unknown type 'Spaceship'"),
    (broken("entities", [{"id": "x", "type": "Person"}]), "entity 1 has no 'label' string"),
    (broken("relations", [{"s": "harbor", "p": "produces", "o": "nobody"}]), "relation 1 names no entity with id 'nobody'"),
    (broken("relations", [{"s": "harbor", "p": "likes", "o": "harbor"}]), "relation 1 has unknown p 'likes'"),
    (broken("attributes", [{"s": "harbor", "p": "releaseYear"}]), "attribute 1 has no 'value'"),
])
def test_malformed_gold_names_the_file_and_the_problem(tmp_path, gold, problem):
    folder(tmp_path, gold)
    with pytest.raises(InputError) as caught:
        read_gold_folder(tmp_path)
    assert str(caught.value) == f"{tmp_path / 'story.gold.json'}: {problem}"


def test_missing_folder(tmp_path):
    with pytest.raises(InputError, match="no such folder$"):
        read_gold_folder(tmp_path / "nowhere")


def test_folder_without_pairs(tmp_path):
    (tmp_path / "story.txt").write_text("text\n", encoding="utf-8")
    with pytest.raises(InputError, match="holds no NAME.txt with a NAME.gold.json$"):
        read_gold_folder(tmp_path)


def test_gold_without_its_text(tmp_path):
    (tmp_path / "story.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    with pytest.raises(InputError, match="story.gold.json: has no story.txt beside it$"):
        read_gold_folder(tmp_path)
