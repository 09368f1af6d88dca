"""One name is one entity whatever its byte form: NFC and NFD, combining marks, full-width letters."""
from __future__ import annotations

import unicodedata

import pytest
from rdflib import Namespace
from rdflib.namespace import RDF, RDFS

from mediakg.extract.inputs.readers import read_documents
from mediakg.extract.records import Entity, Evidence, Extraction
from mediakg.graph.rdf.iris import content_hash
from mediakg.graph.rdf.triples import SourceDocument, add_document, new_dataset
from mediakg.graph.rdf.validate import validate_graph
from mediakg.ontology import MEDIA

ID = Namespace("https://w3id.org/mediakg/id/")
NFC = unicodedata.normalize("NFC", "Pathé Studios")
NFD = unicodedata.normalize("NFD", "Pathé Studios")
FULL_WIDTH = "Ｐａｔｈｅ Ｓｔｕｄｉｏｓ"  # folds to the same IRI slug as "Pathe Studios"


def test_the_pair_differs_in_bytes():
    assert NFC != NFD and len(NFD) == len(NFC) + 1


def graph_of(*labels: str):
    text = " ".join(f"{label} signed a deal." for label in labels)
    entities, at = [], 0
    for n, label in enumerate(labels):
        sentence = f"{label} signed a deal."
        entities.append(Entity(f"e{n}", label, "Studio", (label,), Evidence(sentence, at, at + len(sentence)), "t", 0.8))
        at += len(sentence) + 1
    dataset = new_dataset()
    doc = add_document(dataset, Extraction(entities=tuple(entities), facts=()),
                       SourceDocument("a.txt", "a.txt", content_hash(text)), base=str(ID))
    return dataset.graph(doc)


@pytest.mark.parametrize("labels", [(NFC, NFD), (NFD, NFC), ("Pathe Studios", FULL_WIDTH),
                                    ("Pathe\u0301 Studios", NFC)])
def test_two_byte_forms_of_one_name_are_one_entity_with_one_assertion(labels):
    dataset = graph_of(*labels)
    studios = set(dataset.subjects(RDF.type, MEDIA.Studio))
    assert len(studios) == 1
    (studio,) = studios
    assert len(list(dataset.objects(studio, RDFS.label))) == 1
    assertions = [a for a in dataset.subjects(RDF.subject, studio)]
    assert len(assertions) == 1
    report = validate_graph(dataset)
    assert report.conforms, [v.message for v in report.violations]


def test_labels_are_written_in_nfc():
    dataset = graph_of(NFD)
    labels = {str(o) for o in dataset.objects(None, RDFS.label)}
    assert NFC in labels and NFD not in labels


def test_readers_hand_on_nfc_text(tmp_path):
    (tmp_path / "nfd.txt").write_text(f"{NFD} hired Zoë Ångström.\n", encoding="utf-8")
    (tmp_path / "nfc.txt").write_text(f"{NFC} hired Zoë Ångström.\n", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(f'{{"id": 1, "title": "{NFD}", "text": "{NFD} hired."}}\n', encoding="utf-8")
    docs = {d.name: d for d in read_documents([tmp_path])}
    assert docs["nfd.txt"].text == docs["nfc.txt"].text == unicodedata.normalize("NFC", docs["nfd.txt"].text)
    assert docs["nfd.txt"].source_document().content_hash == docs["nfc.txt"].source_document().content_hash
    assert docs[NFC].text == f"{NFC} hired."


@pytest.mark.slow
def test_a_name_in_nfc_and_nfd_in_one_article_builds_one_entity_that_conforms(tmp_path):
    from mediakg.pipeline import build_dataset

    (tmp_path / "a.txt").write_text(f"{NFC} signed a deal with Netflix. Netflix later said {NFD} would produce "
                                    "three films.\n", encoding="utf-8")
    dataset, summary = build_dataset([tmp_path])
    labels = [str(o) for o in dataset.objects(None, RDFS.label)]
    assert NFD not in labels
    assert labels.count(NFC) <= 1
    assert not summary.rejected
