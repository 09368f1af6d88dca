"""A user's own gazetteer (`mediakg build --gazetteer FILE`): read, checked line by line, and put
ahead of the built-in one. Names and lines are made up for these tests."""
from __future__ import annotations

import json

import pytest

from mediakg.errors import InputError
from mediakg.extract.document import extract
from mediakg.extract.runner.model import load_pipeline, read_gazetteer, with_gazetteer


def write(tmp_path, *lines: str):
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_each_label_and_alias_is_a_pattern_for_the_label(tmp_path):
    path = write(tmp_path, '{"label": "Kestrel Bay", "type": "StreamingService", "aliases": ["Kestrel"]}', "")
    patterns = [json.loads(p) for p in read_gazetteer(path)]
    assert patterns == [{"label": "StreamingService", "pattern": "Kestrel Bay", "id": "Kestrel Bay"},
                        {"label": "StreamingService", "pattern": "Kestrel", "id": "Kestrel Bay"}]


@pytest.mark.parametrize("bad, problem", [
    ('{"label": "Kestrel Bay", "type": "Streamer"}', '"type" must be an entity class'),
    ('{"type": "Studio"}', 'needs a "label"'),
    ('{"label": "Kestrel Bay", "type": "Studio", "aliases": "Kestrel"}', '"aliases" must be a list'),
    ('{"label": "Kestrel Bay", "type": "Studio"', "is not JSON"),
    ('["Kestrel Bay", "Studio"]', "not a JSON object"),
])
def test_a_bad_line_names_the_file_and_line(tmp_path, bad, problem):
    path = write(tmp_path, '{"label": "Harbor Lane", "type": "Studio"}', bad)
    with pytest.raises(InputError) as raised:
        read_gazetteer(path)
    assert str(raised.value).startswith(f"{path}:2: ")
    assert problem in str(raised.value)


def test_an_empty_gazetteer_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no entries"):
        read_gazetteer(write(tmp_path, ""))


@pytest.mark.slow
def test_the_users_type_wins_over_the_model_and_the_built_in_gazetteer(tmp_path):
    text = "Kestrel Bay will stream the drama \u201cSalt Roads\u201d. Netflix will distribute it in Japan."
    before = {e.label: e.type for e in extract(load_pipeline()(text)).entities}
    assert before.get("Kestrel Bay") != "StreamingService" and before["Netflix"] == "StreamingService"
    path = write(tmp_path, '{"label": "Kestrel Bay", "type": "StreamingService"}',
                 '{"label": "Netflix", "type": "Distributor"}')
    nlp = load_pipeline(with_gazetteer(None, read_gazetteer(path)))
    after = {e.label: e.type for e in extract(nlp(text)).entities}
    assert after["Kestrel Bay"] == "StreamingService"
    assert after["Netflix"] == "Distributor"
