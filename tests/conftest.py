"""Helpers shared by tests in several folders (pytest imports test modules by folder, so a
shared helper is offered as a fixture rather than a module to import)."""
from __future__ import annotations

import subprocess
from typing import Callable

import pytest


def _stop(proc: subprocess.Popen) -> None:
    """Ask a server process to end, and kill it if it has not within ten seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def stop_process() -> Callable[[subprocess.Popen], None]:
    return _stop


# --- made-up extraction records: the build loop without the model ---------------------------

def _said(text):
    from mediakg.extract.records import Evidence
    return Evidence(sentence=text, start=0, end=len(text))


def _record(name: str, text: str, entities: list[tuple], facts: list[tuple] = ()):
    """A document and its extraction: entities (key, label, type), facts (s, p, o[, attribute])."""
    from mediakg.extract.inputs.readers import InputDocument
    from mediakg.extract.records import Entity, Extraction, Fact
    return (InputDocument(name=name, source=f"news/{name}", text=text),
            Extraction(entities=tuple(Entity(k, label, cls, (), _said(text), "test.type", 0.9) for k, label, cls in entities),
                       facts=tuple(Fact(s, p, o, _said(text), f"test.{p}", 0.8, is_attribute=bool(rest))
                                   for s, p, o, *rest in facts)))


@pytest.fixture()
def made_up_records() -> list:
    """What extraction yields for five made-up articles: entities shared under the identity
    rules (a legal form, a class refined from Organization to Studio, a one-word person name
    that never merges), a fact that violates the shapes, a skipped file, and a text given twice."""
    from mediakg.extract.inputs.readers import InputDocument, Skipped
    first = _record("a.txt", "Netflix, Inc. signed with Harbor Studios; Kim directs.",
                    [("n", "Netflix, Inc.", "StreamingService"), ("h", "Harbor Studios", "Studio"), ("k", "Kim", "Person"),
                     ("w", "Night Harbor", "Series")],
                    [("n", "partnersWith", "h"), ("w", "directedBy", "k"), ("h", "produces", "w")])
    return [
        first,
        _record("b.txt", "Netflix and Harbor Studios extend their deal; Kim returns.",
                [("n", "Netflix", "StreamingService"), ("h", "Harbor Studios", "Organization"), ("k", "Kim", "Person")],
                [("n", "partnersWith", "h")]),
        Skipped(name="c.txt", reason="is empty"),
        _record("d.txt", "Harbor Studios built Dock Stage in 2027.",
                [("h", "Harbor Studios", "Studio"), ("f", "Dock Stage", "Facility"), ("p", "Maya Lind", "Person")],
                [("h", "owns", "f"), ("f", "area", "860.5", True), ("p", "produces", "f")]),  # a Person cannot produce
        (InputDocument(name="a-copy.txt", source="news/a-copy.txt", text=first[0].text), first[1]),
    ]
