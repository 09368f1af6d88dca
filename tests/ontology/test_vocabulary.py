"""ontology/vocabulary.py: the classes and predicates every module uses come from media.ttl, so a
relation added to a copy of media.ttl and shapes.ttl is written, checked and scored with no code edit."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from mediakg.ontology.vocabulary import ONTOLOGY_DIR_ENV, parse_vocabulary, vocabulary

MEDIA_TTL = files("mediakg.ontology").joinpath("media.ttl").read_text(encoding="utf-8")
SHAPES_TTL = files("mediakg.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8")

# A relation the packaged ontology lacks, as one would add it: a declaration and its two shapes.
CO_FINANCES = """
media:coFinances a owl:ObjectProperty ;
    rdfs:label "co-finances"@en ;
    rdfs:comment "The organization puts money into the work alongside others."@en ;
    rdfs:domain media:Organization ;
    rdfs:range media:CreativeWork .
"""
CO_FINANCES_SHAPES = """
mshape:coFinances-domain a sh:NodeShape ;
    sh:targetSubjectsOf media:coFinances ;
    sh:class media:Organization ;
    sh:message "media:coFinances goes from an Organization, but its subject is not one." .

mshape:coFinances-range a sh:NodeShape ;
    sh:targetSubjectsOf media:coFinances ;
    sh:property [ sh:path media:coFinances ; sh:class media:CreativeWork ;
                  sh:message "media:coFinances goes to a CreativeWork, but its object is not one." ] .
"""


def test_roles_are_read_from_the_file() -> None:
    vocab = vocabulary()
    assert vocab.classes[:2] == ("Organization", "Studio")  # the file's order
    assert "Document" not in vocab.classes and "EntityMerge" not in vocab.classes  # provenance
    assert vocab.root("Studio") == "Organization" and vocab.root("Country") == "Place"
    assert vocab.under("CreativeWork") == {"CreativeWork", "Film", "Series"}
    assert vocab.symmetric == {"partnersWith"}
    # mentionedIn and fromDocument point at documents: provenance, not relations between entities.
    assert "mentionedIn" not in vocab.relations and "fromDocument" not in vocab.relations
    assert vocab.relations["owns"].range == ("Facility", "Organization", "CreativeWork")
    assert vocab.attributes["startDate"].range == ("date", "gYear")
    assert "contentHash" not in vocab.attributes


def test_an_added_declaration_is_a_relation() -> None:
    vocab = parse_vocabulary(MEDIA_TTL + CO_FINANCES)
    assert list(vocab.relations)[-1] == "coFinances"
    assert vocab.relations["coFinances"].domain == ("Organization",)
    assert "coFinances" in vocab.terms and "coFinances" not in vocabulary().terms


def test_a_class_with_two_parents_in_the_ontology_is_refused() -> None:
    with pytest.raises(ValueError, match="Series"):
        parse_vocabulary(MEDIA_TTL + "\nmedia:Series rdfs:subClassOf media:Film .\n")


# Writes a document with a coFinances fact, validates it, reads it back and scores it.
PROBE = """
import json
from pathlib import Path
from mediakg.evaluate.gold import parse_gold
from mediakg.evaluate.report import predictions
from mediakg.evaluate.scoring import score_article
from mediakg.extract.records import Entity, Evidence, Extraction, Fact
from mediakg.graph.rdf.iris import DEFAULT_BASE
from mediakg.graph.rdf.triples import SourceDocument, add_document, new_dataset
from mediakg.graph.rdf.validate import validate_graph

text = "Harbor Studios co-finances Night Harbor with Maya Lindqvist."
ev = Evidence(text, 0, len(text))
entities = (Entity("h", "Harbor Studios", "Studio", (), ev, "test", 0.9),
            Entity("n", "Night Harbor", "Film", (), ev, "test", 0.9),
            Entity("m", "Maya Lindqvist", "Person", (), ev, "test", 0.9))
facts = (Fact("h", "coFinances", "n", ev, "test", 0.9), Fact("m", "coFinances", "n", ev, "test", 0.9))
dataset = new_dataset()
try:
    add_document(dataset, Extraction(entities, facts), SourceDocument("a", "a.txt", "0" * 64), base=DEFAULT_BASE)
except AttributeError as exc:
    print(json.dumps({"error": str(exc)}))
    raise SystemExit
report = validate_graph(dataset)
gold = parse_gold(Path("g.json"), {
    "entities": [{"id": "h", "label": "Harbor Studios", "type": "Studio"},
                 {"id": "n", "label": "Night Harbor", "type": "Film"}],
    "relations": [{"s": "h", "p": "coFinances", "o": "n"}]}, name="g", text_path=Path("g.txt"))
score = score_article(gold, *predictions(dataset))
print(json.dumps({
    "violations": sorted(v.message for v in report.violations),
    "scored": {"tp": score.by_predicate["coFinances"].correct, "predicted": score.by_predicate["coFinances"].predicted},
}))
"""


def probe(env: dict[str, str]) -> dict:
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120, check=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def edited_ontology(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("ontology")
    (folder / "media.ttl").write_text(MEDIA_TTL + CO_FINANCES, encoding="utf-8")
    (folder / "shapes.ttl").write_text(SHAPES_TTL + CO_FINANCES_SHAPES, encoding="utf-8")
    return folder


def test_a_relation_added_to_the_ontology_files_is_written_checked_and_scored(edited_ontology: Path) -> None:
    result = probe({**os.environ, ONTOLOGY_DIR_ENV: str(edited_ontology)})
    # The Organization -> Film fact is fine; the Person -> Film one breaks the new domain shape.
    assert result["violations"] == ["media:coFinances goes from an Organization, but its subject is not one."]
    # The Person's fact is spurious for the scorer, the Studio's is the gold one.
    assert result["scored"] == {"tp": 1.0, "predicted": 2}


def test_the_packaged_ontology_has_no_such_relation() -> None:
    env = {k: v for k, v in os.environ.items() if k != ONTOLOGY_DIR_ENV}
    assert "coFinances" in probe(env)["error"]
