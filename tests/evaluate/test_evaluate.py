"""`mediakg evaluate` as a user runs it, on a gold folder written here."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import one_error_line, run

slow = pytest.mark.slow

# Made-up trade news and its annotation. The gold leaves out Los Angeles (so the extractor's
# entity is spurious) and claims a writing credit the text does not give (so it is missed).
DEAL = (
    "source: https://example.org/deal\n\n"
    "Streamly has signed a multi-year agreement with Harbor Studios. "
    "The deal was announced in Los Angeles on Tuesday.\n"
    "Harbor Studios will produce the drama series \"Night Harbor\" for Streamly, "
    "directed by Maya Lindqvist.\n"
)
GOLD = {
    "entities": [
        {"id": "streamly", "label": "Streamly", "type": "Organization"},
        {"id": "harbor", "label": "Harbor Studios", "type": "Studio"},
        {"id": "night-harbor", "label": "Night Harbor", "type": "Series"},
        {"id": "maya", "label": "Maya Lindqvist", "type": "Person"},
    ],
    "relations": [
        {"s": "streamly", "p": "partnersWith", "o": "harbor"},
        {"s": "harbor", "p": "produces", "o": "night-harbor"},
        {"s": "night-harbor", "p": "directedBy", "o": "maya"},
        {"s": "night-harbor", "p": "writtenBy", "o": "maya"},
    ],
}


@pytest.fixture(scope="module")
def gold_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("gold")
    (root / "deal.txt").write_text(DEAL, encoding="utf-8")
    (root / "deal.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return root


def rows(out: str) -> dict[str, list[str]]:
    """Table rows by their first column (the last row of a name wins)."""
    return {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.strip()}


@slow
def test_table_per_predicate_type_and_band(gold_dir):
    proc = run("evaluate", gold_dir, cwd=gold_dir)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("articles: 1 (deal)\n")
    table = rows(out)
    #                          P        R        F1       correct predicted found gold
    assert table["partnersWith"] == ["1.000", "1.000", "1.000", "1", "1", "1", "1"]
    assert table["directedBy"] == ["1.000", "1.000", "1.000", "1", "1", "1", "1"]
    assert table["writtenBy"] == ["0.000", "0.000", "0.000", "0", "0", "0", "1"]
    assert table["relations"] == ["1.000", "0.750", "0.857", "3", "3", "3", "4"]
    assert table["Studio"] == ["1.000", "1.000", "1.000", "1", "1", "1", "1"]
    assert table["City"] == ["0.000", "0.000", "0.000", "0", "1", "0", "0"]
    assert "entities (label)        0.800  1.000  0.889         4         5       4     4" in out
    assert "precision per confidence band (relations and attributes)" in out
    assert out.endswith("missed (1)\n  deal: Night Harbor writtenBy Maya Lindqvist\n"
                        "spurious (1)\n  deal: entity Los Angeles (City)\n")


@slow
def test_json_and_only_errors(gold_dir):
    proc = run("evaluate", gold_dir, "--format", "json", cwd=gold_dir)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["overall"]["relations"] == {"precision": 1.0, "recall": 0.75, "f1": 0.8571, "correct": 3,
                                            "predicted": 3, "found": 3, "gold": 4}
    assert sum(band["predicted"] for band in data["per_band"]) == 3
    assert data["missed"] == [{"document": "deal", "kind": "relation", "subject": "Night Harbor",
                               "predicate": "writtenBy", "object": "Maya Lindqvist"}]
    errors = run("evaluate", gold_dir, "--only-errors", cwd=gold_dir)
    assert errors.stdout == ("missed (1)\n  deal: Night Harbor writtenBy Maya Lindqvist\n"
                             "spurious (1)\n  deal: entity Los Angeles (City)\n")


def test_missing_folder_is_one_line(tmp_path):
    line = one_error_line(run("evaluate", "nowhere", cwd=tmp_path))
    assert line == "mediakg: error: nowhere: no such folder"


def test_malformed_gold_is_one_line_naming_the_file(tmp_path):
    (tmp_path / "deal.txt").write_text(DEAL, encoding="utf-8")
    (tmp_path / "deal.gold.json").write_text('{"entities": [', encoding="utf-8")
    line = one_error_line(run("evaluate", ".", cwd=tmp_path))
    assert line.startswith("mediakg: error: deal.gold.json: is not valid JSON: ")
