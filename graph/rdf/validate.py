"""Validate mediakg graphs against ontology/shapes.ttl with pySHACL, and drop what fails.

`validate_graph` checks a graph (or every named graph of a Dataset, as one union) and returns a
plain-Python `ValidationReport`; `drop_violating_facts` removes the facts and assertions that
report names, so a graph built from noisy extraction can still be published conforming.
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV, RDF, SH
from rdflib.term import Node

from mediakg.ontology import ATTRIBUTE_NAMES, MEDIA, RELATION_NAMES
from mediakg.ontology.vocabulary import ontology_text as _resource_text

OA_HAS_SELECTOR = URIRef("http://www.w3.org/ns/oa#hasSelector")

# Predicates whose triples are extracted facts: a violation naming one of them is fixed by
# dropping that triple (and its assertions). Violations on anything else (a missing label, a
# malformed document node) are a bug in the writer, not in the text, and are left alone.
FACT_PREDICATES: frozenset[URIRef] = frozenset(
    # "value" ranges over schema:MonetaryAmount, so the vocabulary lists it as neither kind.
    MEDIA[name] for name in (*RELATION_NAMES, *ATTRIBUTE_NAMES, "mentionedIn", "value")
)


@dataclass(frozen=True)
class Violation:
    """One SHACL result. Terms are strings: IRIs as-is, blank nodes as "_:id", literals by
    their lexical form. For a domain violation (the subject of a fact has the wrong type)
    `path` is the fact's predicate and `value` is None, meaning every such fact of `focus`."""

    focus: str
    path: str | None
    value: str | None
    message: str
    severity: str


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]


def load_ontology() -> Graph:
    """A fresh Graph of ontology/media.ttl."""
    return Graph().parse(data=_resource_text("media.ttl"), format="turtle")


def load_shapes() -> Graph:
    """A fresh Graph of ontology/shapes.ttl."""
    return Graph().parse(data=_resource_text("shapes.ttl"), format="turtle")


def validate_graph(
    data: Graph | Dataset,
    *,
    shapes: Graph | None = None,
    ontology: Graph | None = None,
) -> ValidationReport:
    """Validate `data` (a Dataset is checked as the union of all its graphs, since an entity's
    type and the facts about it may sit in different documents' graphs)."""
    from pyshacl import validate  # here: a build never runs pySHACL and need not import it

    shapes = load_shapes() if shapes is None else shapes
    ontology = load_ontology() if ontology is None else ontology
    union = _union(data) if isinstance(data, Dataset) else data
    # The ontology is mixed in (pySHACL copies the data first) so sh:class follows
    # rdfs:subClassOf. No RDFS inference: it would read rdfs:domain/range as "so the subject
    # must be a CreativeWork" and type a Studio that is directedBy someone as a CreativeWork,
    # hiding exactly the errors the domain shapes are there to catch.
    # allow_warnings: a shape someone marks sh:Warning is reported but does not fail the graph.
    conforms, results, _ = validate(
        union, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=True
    )
    violations = sorted(
        # Top-level results only: those of sh:node / sh:qualifiedValueShape also sit below them as
        # sh:detail, about the nested value rather than the focus the report is about.
        (_violation(results, r, shapes, union) for r in results.objects(None, SH.result)),
        key=lambda v: (v.focus, v.path or "", v.value or "", v.message),
    )
    return ValidationReport(conforms=bool(conforms), violations=tuple(violations))


def drop_violating_facts(dataset: Dataset, report: ValidationReport) -> list[Violation]:
    """Remove, in place, what each violation of `report` blames, and return those violations.

    - A violation on an assertion (or on its evidence nodes): drop the assertion with its
      evidence, and the fact it restates in the same graph unless another assertion there
      still backs it.
    - A violation on a fact (wrong subject type, object type or literal datatype): drop the
      fact triple from every graph, and every assertion that restates it.
    Others (e.g. an entity without rdfs:label) are kept and not returned. Dropping an rdf:type
    fact can expose new violations, so callers that must conform re-validate afterwards.
    """
    # Decide every violation's remedy before changing anything: several violations often
    # blame one assertion (no evidence fails four evidence constraints at once).
    plan: list[tuple[Violation, Node | None, URIRef | None]] = []
    for violation in report.violations:
        focus = _node(violation.focus)
        assertion = next(
            (a for g in dataset.graphs() if (a := _owning_assertion(g, focus)) is not None), None
        )
        # Complex paths (rendered "<a>/<b>", "^<a>") are never fact predicates.
        is_iri = violation.path is not None and not violation.path.startswith(("<", "^", "("))
        predicate = URIRef(violation.path) if is_iri else None
        if assertion is not None or predicate in FACT_PREDICATES:
            plan.append((violation, assertion, predicate))

    for violation, assertion, predicate in plan:
        for graph in list(dataset.graphs()):
            if assertion is not None:
                _drop_assertion(graph, assertion)
            elif predicate is not None:
                _drop_fact(graph, _node(violation.focus), predicate, violation.value)
    return [violation for violation, _, _ in plan]


# --- reading the pySHACL report ------------------------------------------------------------


def _union(dataset: Dataset) -> Graph:
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _violation(results: Graph, result: Node, shapes: Graph, data: Graph) -> Violation:
    focus = results.value(result, SH.focusNode)
    path_node = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    path = path_text(results, path_node) if path_node is not None else None
    if path is None and value == focus:
        # A node-level shape on the subjects of a predicate (the "-domain" shapes): name the
        # predicate, so the violation points at facts rather than at the whole entity.
        source = results.value(result, SH.sourceShape)
        predicates = [p for p in shapes.objects(source, SH.targetSubjectsOf) if (focus, p, None) in data]
        if len(predicates) == 1:
            path, value = str(predicates[0]), None
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    severity = results.value(result, SH.resultSeverity)
    return Violation(
        focus=term_text(focus),
        path=path,
        value=None if value is None else term_text(value),
        message="; ".join(messages) or "Fails a SHACL constraint.",
        severity=str(severity).rpartition("#")[2] if severity is not None else "Violation",
    )


def term_text(node: Node) -> str:
    """A term as a report names it: IRIs as-is, blank nodes as "_:id", literals by lexical form."""
    return node.n3() if isinstance(node, BNode) else str(node)


def path_text(graph: Graph, path: Node) -> str:
    """A SHACL path as text: a plain predicate IRI as-is, anything else in SPARQL syntax."""
    if isinstance(path, URIRef):
        return str(path)
    return _sparql_path(graph, path)


def _sparql_path(graph: Graph, path: Node) -> str:
    if isinstance(path, URIRef):
        return path.n3()
    if (path, RDF.first, None) in graph:
        return "/".join(_sparql_path(graph, step) for step in Collection(graph, path))
    for key, fmt in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "({})*"),
                     (SH.oneOrMorePath, "({})+"), (SH.zeroOrOnePath, "({})?")):
        inner = graph.value(path, key)
        if inner is not None:
            return fmt.format(_sparql_path(graph, inner))
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_sparql_path(graph, a) for a in Collection(graph, alternatives)) + ")"
    return str(path)


# --- dropping -------------------------------------------------------------------------------


def _node(text: str) -> Node:
    # Inverse of _text for the nodes a focus can be: IRIs and blank nodes.
    return BNode(text[2:]) if text.startswith("_:") else URIRef(text)


def _owning_assertion(graph: Graph, node: Node) -> Node | None:
    """`node` itself if it is an assertion in `graph`, else the assertion whose evidence (or
    evidence selector) it is; only evidence links are followed, never rdf:subject/object."""
    for _ in range(3):
        if (node, RDF.type, MEDIA.Assertion) in graph:
            return node
        parent = graph.value(None, PROV.wasDerivedFrom, node) or graph.value(None, OA_HAS_SELECTOR, node)
        if parent is None:
            return None
        node = parent
    return None


def _drop_assertion(graph: Graph, assertion: Node) -> None:
    if (assertion, None, None) not in graph:
        return
    fact = tuple(graph.value(assertion, p) for p in (RDF.subject, RDF.predicate, RDF.object))
    _remove_closure(graph, assertion)
    # Another assertion in this document may back the same fact with sound evidence.
    if None not in fact and not _assertions_of(graph, *fact):
        graph.remove(fact)


def _drop_fact(graph: Graph, subject: Node, predicate: URIRef, value: str | None) -> None:
    for obj in list(graph.objects(subject, predicate)):
        # A domain violation (value None) condemns every such fact of the subject. Literals
        # are matched by lexical form, which is what the report carries.
        if value is None or term_text(obj) == value:
            for assertion in _assertions_of(graph, subject, predicate, obj):
                _remove_closure(graph, assertion)
            graph.remove((subject, predicate, obj))


def _assertions_of(graph: Graph, subject: Node, predicate: Node, obj: Node) -> list[Node]:
    return [
        a
        for a in graph.subjects(RDF.subject, subject)
        if (a, RDF.predicate, predicate) in graph and (a, RDF.object, obj) in graph
    ]


def _remove_closure(graph: Graph, node: Node) -> None:
    """Remove `node`'s triples and, recursively, those of blank nodes it owns (the evidence
    and selector); named nodes it points to (the entity, the document) stay."""
    objects = list(graph.objects(node, None))
    graph.remove((node, None, None))
    for obj in objects:
        # Skip a blank node still used elsewhere (evidence shared by two assertions).
        if isinstance(obj, BNode) and (None, None, obj) not in graph:
            _remove_closure(graph, obj)
