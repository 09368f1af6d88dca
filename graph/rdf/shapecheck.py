"""The build's shape check: ontology/shapes.ttl compiled once into plain Python tests.

pySHACL re-reads the shapes, copies the data and builds its own indexes on every call, which made
validation the largest cost of a build. `compile_shapes` reads the shapes graph once, generically
(whatever node and property shapes it holds, not a fixed list), and `check_graph` runs them on
one document's graph. Its report is the one `validate.validate_graph` gives (same focus, path,
value, message and severity per result), so `drop_violating_facts` works on either;
tests/graph/rdf/test_shapecheck.py holds the two to that. `mediakg validate` keeps pySHACL.

Supported: targets sh:targetClass (instances of subclasses too), sh:targetSubjectsOf,
sh:targetObjectsOf, sh:targetNode; paths: IRIs, sequences, sh:inversePath, sh:alternativePath,
sh:zeroOrMorePath, sh:oneOrMorePath, sh:zeroOrOnePath; constraints: sh:class, sh:datatype,
sh:nodeKind, sh:minCount, sh:maxCount, sh:minInclusive, sh:maxInclusive, sh:minExclusive,
sh:maxExclusive, sh:minLength, sh:maxLength, sh:pattern (with sh:flags), sh:in, sh:lessThan,
sh:lessThanOrEquals, sh:or, sh:and, sh:not, sh:xone, sh:node; sh:message, sh:severity,
sh:deactivated. A shape using anything else raises `UnsupportedShapes` when compiled, and the
caller falls back to pySHACL: a new kind of shape is never silently skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from mediakg.graph.rdf.validate import ValidationReport, Violation, load_ontology, load_shapes, path_text, term_text


class Index:
    """A graph read once into dictionaries. rdflib's triple lookups cost tens of microseconds
    each and a document's check makes thousands; the compiled tests read this instead."""

    def __init__(self, graph: Graph) -> None:
        self.out: dict[Node, dict[Node, list[Node]]] = {}
        self.into: dict[Node, dict[Node, list[Node]]] = {}
        self.by_predicate: dict[Node, list[tuple[Node, Node]]] = {}
        for s, p, o in graph:
            self.out.setdefault(s, {}).setdefault(p, []).append(o)
            self.into.setdefault(o, {}).setdefault(p, []).append(s)
            self.by_predicate.setdefault(p, []).append((s, o))

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        return self.out.get(subject, {}).get(predicate, [])

    def subjects(self, predicate: Node, obj: Node | None = None) -> list[Node]:
        if obj is None:
            return [s for s, _ in self.by_predicate.get(predicate, ())]
        return self.into.get(obj, {}).get(predicate, [])

    def objects_of(self, predicate: Node) -> list[Node]:
        return [o for _, o in self.by_predicate.get(predicate, ())]

    def has(self, subject: Node, predicate: Node) -> bool:
        return bool(self.objects(subject, predicate))


class UnsupportedShapes(ValueError):
    """The shapes use a SHACL feature this check does not implement."""


# Predicates of a shape that are not constraints (or are read where the shape is compiled).
_STRUCTURE = {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.path, SH.property,
              SH.message, SH.severity, SH.deactivated, SH.name, SH.description, SH.order, SH.group,
              SH.defaultValue, SH.flags, RDF.type, RDFS.comment, RDFS.label}



@dataclass(frozen=True)
class Constraint:
    """One constraint component of a shape. `kind` says how results are reported: "value" (one
    per failing value node), "focus" (one per focus node, no value: the counts) or "pair" (one
    per value that fails against another property's values)."""

    kind: str
    component: URIRef
    test: Callable  # value: (graph, value) -> bool; focus: (values) -> bool; pair: (graph, focus, value) -> bool


@dataclass(frozen=True)
class CompiledShape:
    node: Node
    path: Callable[[Index, Node], list[Node]] | None  # None: a node shape, its value is the focus itself
    path_text: str | None
    constraints: tuple[Constraint, ...]
    properties: tuple["CompiledShape", ...]
    messages: tuple[str, ...]
    severity: str
    subject_predicates: tuple[URIRef, ...]  # sh:targetSubjectsOf, to name the fact of a node-level result
    targets: Callable[[Index], Iterable[Node]] | None


@dataclass(frozen=True)
class CompiledShapes:
    shapes: tuple[CompiledShape, ...]


# --- compiling -----------------------------------------------------------------------------


def compile_shapes(shapes: Graph, ontology: Graph) -> CompiledShapes:
    """Every shape of `shapes` that has targets, with the class hierarchy of `ontology` (and of
    the shapes graph) resolved once."""
    hierarchy = _subclasses(ontology + shapes)
    cache: dict[Node, CompiledShape] = {}
    roots = {s for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
             for s in shapes.subjects(p, None)}
    compiled = [_compile(shapes, node, hierarchy, cache) for node in sorted(roots, key=str)]
    return CompiledShapes(tuple(shape for shape in compiled if shape is not None))


@lru_cache(maxsize=1)
def default_shapes() -> CompiledShapes:
    """ontology/shapes.ttl compiled, once per process."""
    return compile_shapes(load_shapes(), load_ontology())


def _subclasses(graph: Graph) -> dict[Node, frozenset[Node]]:
    """Class -> itself and every class below it (rdfs:subClassOf*), as sh:class reads it."""
    below: dict[Node, set[Node]] = {}
    for sub, sup in graph.subject_objects(RDFS.subClassOf):
        below.setdefault(sup, set()).add(sub)

    def closure(cls: Node) -> frozenset[Node]:
        seen, todo = {cls}, [cls]
        while todo:
            for sub in below.get(todo.pop(), ()):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        return frozenset(seen)

    return {cls: closure(cls) for cls in set(below) | {s for v in below.values() for s in v}}


def _compile(shapes: Graph, node: Node, hierarchy: dict, cache: dict) -> CompiledShape | None:
    if node in cache:
        return cache[node]
    if shapes.value(node, SH.deactivated) == Literal(True):
        return None
    unknown = {p for p in shapes.predicates(node, None)
               if str(p).startswith(str(SH)) and p not in _STRUCTURE and p not in _COMPONENTS}
    if unknown:
        raise UnsupportedShapes(f"shape {node}: {', '.join(sorted(map(str, unknown)))} not supported")
    path_node = shapes.value(node, SH.path)
    constraints = tuple(c for p, o in shapes.predicate_objects(node) if p in _COMPONENTS
                        for c in [_COMPONENTS[p](shapes, node, o, hierarchy, cache)] if c is not None)
    severity = shapes.value(node, SH.severity)
    shape = CompiledShape(
        node=node,
        path=None if path_node is None else _path(shapes, path_node),
        path_text=None if path_node is None else path_text(shapes, path_node),
        constraints=constraints,
        properties=tuple(p for p in (_compile(shapes, prop, hierarchy, cache)
                                     for prop in shapes.objects(node, SH.property)) if p is not None),
        messages=tuple(sorted(str(m) for m in shapes.objects(node, SH.message))),
        severity=str(severity).rpartition("#")[2] if severity is not None else "Violation",
        subject_predicates=tuple(shapes.objects(node, SH.targetSubjectsOf)),
        targets=_targets(shapes, node, hierarchy),
    )
    cache[node] = shape
    return shape


def _targets(shapes: Graph, node: Node, hierarchy: dict) -> Callable[[Index], Iterable[Node]] | None:
    classes = frozenset(c for cls in shapes.objects(node, SH.targetClass) for c in hierarchy.get(cls, {cls}))
    subjects_of = tuple(shapes.objects(node, SH.targetSubjectsOf))
    objects_of = tuple(shapes.objects(node, SH.targetObjectsOf))
    nodes = tuple(shapes.objects(node, SH.targetNode))
    if not (classes or subjects_of or objects_of or nodes):
        return None

    def focus_nodes(graph: Index) -> Iterable[Node]:
        found = dict.fromkeys(nodes)
        for cls in classes:
            found.update(dict.fromkeys(graph.subjects(RDF.type, cls)))
        for p in subjects_of:
            found.update(dict.fromkeys(graph.subjects(p)))
        for p in objects_of:
            found.update(dict.fromkeys(graph.objects_of(p)))
        return found

    return focus_nodes


def _path(shapes: Graph, path: Node) -> Callable[[Index, Node], list[Node]]:
    """A SHACL path as a function from a focus node to its value nodes (each once)."""
    if isinstance(path, URIRef):
        return lambda g, n: g.objects(n, path)  # g: an Index; a graph holds each triple once
    if (path, RDF.first, None) in shapes:
        steps = [_path(shapes, step) for step in Collection(shapes, path)]

        def sequence(g: Index, n: Node) -> list[Node]:
            nodes = [n]
            for step in steps:
                nodes = list(dict.fromkeys(v for m in nodes for v in step(g, m)))
            return nodes
        return sequence
    inverse = shapes.value(path, SH.inversePath)
    if isinstance(inverse, URIRef):
        return lambda g, n: list(dict.fromkeys(g.subjects(inverse, n)))
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        options = [_path(shapes, a) for a in Collection(shapes, alternatives)]
        return lambda g, n: list(dict.fromkeys(v for option in options for v in option(g, n)))
    for key, least, most in ((SH.zeroOrMorePath, 0, None), (SH.oneOrMorePath, 1, None), (SH.zeroOrOnePath, 0, 1)):
        inner = shapes.value(path, key)
        if inner is not None:
            return _repeat(_path(shapes, inner), least, most)
    raise UnsupportedShapes(f"path {path} not supported")


def _repeat(step: Callable, least: int, most: int | None) -> Callable[[Index, Node], list[Node]]:
    def walk(g: Index, n: Node) -> list[Node]:
        found: dict[Node, None] = {n: None} if least == 0 else {}
        frontier, depth = [n], 0
        while frontier and (most is None or depth < most):
            depth += 1
            frontier = [v for m in frontier for v in step(g, m) if v not in found]
            found.update(dict.fromkeys(frontier))
        return list(found)
    return walk


# --- constraint components -------------------------------------------------------------------
# Each reads its parameter from the shapes graph once and returns a Constraint, following
# pySHACL's reading of the SHACL spec where the spec leaves room (noted inline).


def _class(shapes, node, cls, hierarchy, cache) -> Constraint:
    allowed = hierarchy.get(cls, frozenset({cls}))
    return Constraint("value", SH.ClassConstraintComponent,
                      lambda g, v: not isinstance(v, Literal) and any(t in allowed for t in g.objects(v, RDF.type)))


_PYTHON_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: (int,), XSD.decimal: (),
                 XSD.float: (float,), XSD.boolean: (bool,)}


def _datatype(shapes, node, datatype, hierarchy, cache) -> Constraint:
    from datetime import date, datetime, time
    from decimal import Decimal
    python = {**_PYTHON_TYPES, XSD.decimal: (Decimal,), XSD.date: (date,), XSD.time: (time,),
              XSD.dateTime: (datetime,)}.get(datatype)

    def test(g: Index, v: Node) -> bool:
        if not isinstance(v, Literal):
            return False
        if datatype == RDFS.Literal:
            return True
        if v.datatype == datatype:
            # A lexical form the datatype does not allow ("abc"^^xsd:integer) is not of it.
            return getattr(v, "ill_typed", None) is not True and (python is None or isinstance(v.value, python))
        if datatype == XSD.string and v.datatype is None and v.language is None:
            return True
        return datatype == RDF.langString and bool(v.language)
    return Constraint("value", SH.DatatypeConstraintComponent, test)


_KINDS = {SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,), SH.BlankNodeOrIRI: (BNode, URIRef),
          SH.BlankNodeOrLiteral: (BNode, Literal), SH.IRIOrLiteral: (URIRef, Literal)}


def _node_kind(shapes, node, kind, hierarchy, cache) -> Constraint:
    kinds = _KINDS[kind]
    return Constraint("value", SH.NodeKindConstraintComponent, lambda g, v: isinstance(v, kinds))


def _count(component: URIRef, ok: Callable[[int, int], bool]):
    def make(shapes, node, bound, hierarchy, cache) -> Constraint:
        limit = int(bound)
        return Constraint("focus", component, lambda values: ok(len(values), limit))
    return make


def _compare(v: Literal, bound: Literal) -> int | None:
    """-1, 0 or 1 as SPARQL orders two literals; None when they cannot be compared."""
    if isinstance(v.value, str) != isinstance(bound.value, str):
        return None  # a string is never compared with a number or a date
    try:
        if v.eq(bound):
            return 0
        return 1 if v > bound else -1
    except (TypeError, NotImplementedError):
        return None


def _range(component: URIRef, ok: Callable[[int], bool]):
    def make(shapes, node, bound, hierarchy, cache) -> Constraint:
        def test(g: Index, v: Node) -> bool:
            if not isinstance(v, Literal):
                return False  # IRIs and blank nodes never pass a range (as pySHACL reads it)
            order = _compare(v, bound)
            return order is not None and ok(order)
        return Constraint("value", component, test)
    return make


def _length(component: URIRef, ok: Callable[[int, int], bool]):
    def make(shapes, node, bound, hierarchy, cache) -> Constraint:
        limit = int(bound)
        return Constraint("value", component, lambda g, v: not isinstance(v, BNode) and ok(len(str(v)), limit))
    return make


def _pattern(shapes, node, pattern, hierarchy, cache) -> Constraint:
    flags = str(shapes.value(node, SH.flags) or "")
    compiled = re.compile(str(pattern), sum(getattr(re, f.upper(), 0) for f in flags if f in "imsx"))
    return Constraint("value", SH.PatternConstraintComponent,
                      lambda g, v: not isinstance(v, BNode) and compiled.search(str(v)) is not None)


def _in(shapes, node, members, hierarchy, cache) -> Constraint:
    allowed = frozenset(Collection(shapes, members))
    return Constraint("value", SH.InConstraintComponent, lambda g, v: v in allowed)


def _pair(component: URIRef, ok: Callable[[object, object], bool]):
    def make(shapes, node, other, hierarchy, cache) -> Constraint:
        def test(g: Index, focus: Node, v: Node) -> Iterator[bool]:
            for w in g.objects(focus, other):
                a, b = _comparable(v), _comparable(w)
                yield isinstance(a, str) == isinstance(b, str) and _safe(ok, a, b)
        return Constraint("pair", component, test)
    return make


def _comparable(term: Node) -> object:
    # As pySHACL compares property pairs: IRIs and string literals by their text, others by value.
    if isinstance(term, URIRef) or (isinstance(term, Literal) and isinstance(term.value, str)):
        return str(term)
    return term


def _safe(ok: Callable, a: object, b: object) -> bool:
    try:
        return bool(ok(a, b))
    except TypeError:
        return False


def _shape_list(component: URIRef, combine: Callable[[list[bool]], bool]):
    def make(shapes, node, members, hierarchy, cache) -> Constraint:
        nodes = list(Collection(shapes, members)) if (members, RDF.first, None) in shapes else [members]
        compiled = [_compile(shapes, m, hierarchy, cache) for m in nodes]
        return Constraint("value", component,
                          lambda g, v: combine([s is None or not _failures(g, v, s) for s in compiled]))
    return make


_COMPONENTS = {
    SH["class"]: _class,
    SH.datatype: _datatype,
    SH.nodeKind: _node_kind,
    SH.minCount: _count(SH.MinCountConstraintComponent, lambda n, limit: n >= limit),
    SH.maxCount: _count(SH.MaxCountConstraintComponent, lambda n, limit: n <= limit),
    SH.minInclusive: _range(SH.MinInclusiveConstraintComponent, lambda order: order >= 0),
    SH.maxInclusive: _range(SH.MaxInclusiveConstraintComponent, lambda order: order <= 0),
    SH.minExclusive: _range(SH.MinExclusiveConstraintComponent, lambda order: order > 0),
    SH.maxExclusive: _range(SH.MaxExclusiveConstraintComponent, lambda order: order < 0),
    SH.minLength: _length(SH.MinLengthConstraintComponent, lambda n, limit: n >= limit),
    SH.maxLength: _length(SH.MaxLengthConstraintComponent, lambda n, limit: n <= limit),
    SH.pattern: _pattern,
    SH["in"]: _in,
    SH.lessThan: _pair(SH.LessThanConstraintComponent, lambda a, b: a < b),
    SH.lessThanOrEquals: _pair(SH.LessThanOrEqualsConstraintComponent, lambda a, b: a <= b),
    SH["or"]: _shape_list(SH.OrConstraintComponent, any),
    SH["and"]: _shape_list(SH.AndConstraintComponent, all),
    SH["xone"]: _shape_list(SH.XoneConstraintComponent, lambda results: sum(results) == 1),
    SH["not"]: _shape_list(SH.NotConstraintComponent, lambda results: not results[0]),
    SH.node: _shape_list(SH.NodeConstraintComponent, all),
}


# --- checking --------------------------------------------------------------------------------


def _failures(graph: Index, focus: Node, shape: CompiledShape) -> list[tuple[CompiledShape, Node | None]]:
    """(shape, value) for each result `shape` gives on `focus`; value None for a count."""
    values = [focus] if shape.path is None else shape.path(graph, focus)
    found: list[tuple[CompiledShape, Node | None]] = []
    for constraint in shape.constraints:
        if constraint.kind == "focus":
            if not constraint.test(values):
                found.append((shape, None))
        elif constraint.kind == "pair":
            found += [(shape, v) for v in values for ok in constraint.test(graph, focus, v) if not ok]
        else:
            found += [(shape, v) for v in values if not constraint.test(graph, v)]
    for prop in shape.properties:
        for value in values:
            found += _failures(graph, value, prop)
    return found


def check_graph(graph: Graph, compiled: CompiledShapes | None = None) -> ValidationReport:
    """Check one graph (a document's) against the compiled shapes; the report reads as pySHACL's."""
    compiled = default_shapes() if compiled is None else compiled
    index = Index(graph)
    violations = []
    for shape in compiled.shapes:
        for focus in shape.targets(index):
            for source, value in _failures(index, focus, shape):
                violations.append(_violation(index, focus, source, value))
    violations.sort(key=lambda v: (v.focus, v.path or "", v.value or "", v.message))
    return ValidationReport(conforms=all(v.severity != "Violation" for v in violations), violations=tuple(violations))


def _violation(graph: Index, focus: Node, shape: CompiledShape, value: Node | None) -> Violation:
    path = shape.path_text
    if path is None and value == focus:
        # A node-level result on the subject of a fact names the fact's predicate (as validate.py does).
        predicates = [p for p in shape.subject_predicates if graph.has(focus, p)]
        if len(predicates) == 1:
            path, value = str(predicates[0]), None
    return Violation(focus=term_text(focus), path=path, value=None if value is None else term_text(value),
                     message="; ".join(shape.messages) or f"Fails a SHACL constraint of {shape.node}.",
                     severity=shape.severity)
