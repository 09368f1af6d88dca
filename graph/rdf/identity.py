"""Which mentions in different documents are one node: the identity part of an entity IRI.

Two documents share a node exactly when they mint the same IRI, so these rules decide every
cross-document merge (docs/rdf-model.md, "One node per real entity"):

- the kind (organization, person, work, facility, place, event) is part of the IRI, so a company
  and its facility, or a person and a film of the same name, never merge, while one company
  typed Organization in one article and Studio in another does;
- an organisation's legal form is not part of its identity: "Netflix, Inc." is "Netflix";
- a work whose document states its release year is qualified by it, so a film and its remake
  never merge; a series always carries its class, so it never merges with its source;
- a person named by one word only (a surname, a first name) is scoped to its document: two
  articles that each say just "Kim" may mean two people, and nothing in either says otherwise;
- so is an agreement: "a multi-year agreement" in two articles is two deals.
"""
from __future__ import annotations

import re

from mediakg.extract.records import Extraction
from mediakg.ontology import vocabulary

ORGANIZATIONS = vocabulary().under("Organization")
WORKS = vocabulary().under("CreativeWork")
# Legal forms a company name may end with; "Toho Co., Ltd." loses both.
LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:inc|incorporated|corp|corporation|co|ltd|limited|llc|l\.l\.c|plc|gmbh|ag|s\.a|n\.v|k\.k|pty)\.?)+$",
    re.IGNORECASE)


def identity_label(cls: str, label: str) -> str:
    """The part of a label that names the thing across documents."""
    if cls in ORGANIZATIONS:
        stripped = LEGAL_FORM.sub("", label).strip()
        return stripped or label  # a name that is all legal form ("Co.") stays as it is
    return label


def is_lone_name(cls: str, label: str) -> bool:
    """A person named by one word: not enough to tell two people apart across articles."""
    return cls == "Person" and len(label.split()) == 1


def release_years(extraction: Extraction) -> dict[str, str]:
    """Entity key -> the release year its document states (the first, if several)."""
    years: dict[str, str] = {}
    for fact in extraction.facts:
        if fact.is_attribute and fact.predicate == "releaseYear":
            years.setdefault(fact.subject, fact.object[:4])
    return years


def identity_qualifier(cls: str, label: str, *, year: str = "", document: str = "") -> str:
    """What the IRI adds to the label so that different things with one name stay apart:
    the class of a series, the release year of a work, the document of a lone person name or
    of an agreement."""
    parts = []
    if cls == "Series":
        parts.append("series")
    if cls in WORKS and year:
        parts.append(year)
    if (is_lone_name(cls, label) or cls == "Agreement") and document:
        parts.append(document[:8])
    return "-".join(parts)
