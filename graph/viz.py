"""A self-contained browser view of a mediakg graph.

`entity_network` turns the RDF dataset (docs/rdf-model.md) into a networkx graph of entities
and the relations between them; `write_html` draws that graph with vis-network into one HTML
file that works offline: vis-network's JS and CSS are inlined from the installed pyvis package,
and the page's Content-Security-Policy forbids every other request. Labels and evidence come
from scraped articles, so everything taken from the data is escaped and shown as text.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
from collections import Counter, defaultdict
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, StrictUndefined
from markupsafe import Markup
from pyvis.network import Network
from rdflib import RDF, RDFS, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS
from rdflib.term import Node

from mediakg.ontology import MEDIA

OA = Namespace("http://www.w3.org/ns/oa#")

# Entity classes with their parent; only the most specific class is stored on an entity, but a
# merged graph may still give one entity several types (Organization in one article, Studio in
# another), and the view should show the most specific one.
_PARENT: dict[URIRef, URIRef | None] = {
    MEDIA.Organization: None,
    MEDIA.Studio: MEDIA.Organization,
    MEDIA.StreamingService: MEDIA.Organization,
    MEDIA.ProductionCompany: MEDIA.Organization,
    MEDIA.Broadcaster: MEDIA.Organization,
    MEDIA.Distributor: MEDIA.Organization,
    MEDIA.GovernmentBody: MEDIA.Organization,
    MEDIA.Person: None,
    MEDIA.CreativeWork: None,
    MEDIA.Film: MEDIA.CreativeWork,
    MEDIA.Series: MEDIA.CreativeWork,
    MEDIA.Facility: None,
    MEDIA.Event: None,
    MEDIA.Place: None,
    MEDIA.Country: MEDIA.Place,
    MEDIA.City: MEDIA.Place,
    MEDIA.Agreement: None,
}
ENTITY_CLASSES: frozenset[URIRef] = frozenset(_PARENT)

# Properties whose object is another entity (attributes and provenance properties are not edges).
RELATIONS: frozenset[URIRef] = frozenset({
    MEDIA.partnersWith, MEDIA.produces, MEDIA.distributes, MEDIA.directedBy, MEDIA.writtenBy,
    MEDIA.executiveProducer, MEDIA.producer, MEDIA.starring, MEDIA.basedOn, MEDIA.knownFor,
    MEDIA.employedBy, MEDIA.subsidiaryOf, MEDIA.acquires, MEDIA.owns, MEDIA.uses,
    MEDIA.locatedIn, MEDIA.announcedAt, MEDIA.workedWith,
})

# Fixed colours, so a class looks the same in every page and in the legend.
PALETTE: dict[str, str] = {
    "Organization": "#4e79a7",
    "Studio": "#f28e2b",
    "StreamingService": "#e15759",
    "ProductionCompany": "#76b7b2",
    "Broadcaster": "#59a14f",
    "Distributor": "#edc948",
    "GovernmentBody": "#b07aa1",
    "Person": "#ff9da7",
    "CreativeWork": "#9c755f",
    "Film": "#393b79",
    "Series": "#7b4173",
    "Facility": "#17becf",
    "Event": "#bcbd22",
    "Place": "#7f7f7f",
    "Country": "#637939",
    "City": "#a0cbe8",
    "Agreement": "#9467bd",
}

# vis-network options. Physics: barnesHut is vis's fastest solver; the initial stabilisation is
# bounded so a big graph is drawn after a few hundred iterations instead of freezing the tab.
# (No string value may contain a space: pyvis's set_options strips them.)
_VIS_OPTIONS: dict[str, Any] = {
    "physics": {
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -8000, "centralGravity": 0.3, "springLength": 160,
                      "springConstant": 0.04, "damping": 0.09, "avoidOverlap": 0.2},
        "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 25, "fit": True},
        "minVelocity": 0.75,
    },
    "nodes": {"shape": "dot", "scaling": {"min": 10, "max": 36}, "font": {"size": 14}},
    # "continuous" curves need no support nodes in the simulation, unlike vis's default "dynamic".
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
              "smooth": {"enabled": True, "type": "continuous"},
              "font": {"size": 11, "align": "middle"}, "color": {"inherit": "from"}},
    "interaction": {"hover": True, "tooltipDelay": 150},
}

_VIS_DIR = "lib/vis-9.1.2"  # inside the pyvis package
_HEIGHT = re.compile(r"\d+(\.\d+)?(px|%|vh|em|rem)")
_MAX_TOOLTIP_SENTENCES = 3


def _local(iri: Node) -> str:
    """The local name of an IRI: what follows the last '#' or '/'."""
    return re.split(r"[#/]", str(iri))[-1]


def _depth(cls: URIRef) -> int:
    parent = _PARENT[cls]
    return 0 if parent is None else 1 + _depth(parent)


def _evidence_index(union: Dataset) -> dict[tuple[Node, Node, Node], list[tuple[str, int, str, float | None]]]:
    """(subject, predicate, object) -> [(document, start, sentence, confidence)], sorted."""
    index: dict[tuple[Node, Node, Node], list[tuple[str, int, str, float | None]]] = defaultdict(list)
    for a in set(union.subjects(RDF.type, MEDIA.Assertion)):
        key = (union.value(a, RDF.subject), union.value(a, RDF.predicate), union.value(a, RDF.object))
        conf = union.value(a, MEDIA.confidence)
        confidence = float(conf.toPython()) if isinstance(conf, Literal) else None
        for source in union.objects(a, PROV.wasDerivedFrom):
            sentence = union.value(source, PROV.value)
            if sentence is None:
                continue
            start = union.value(union.value(source, OA.hasSelector), OA.start)
            index[key].append((
                str(union.value(source, OA.hasSource) or ""),
                int(start.toPython()) if isinstance(start, Literal) else 0,
                str(sentence),
                confidence,
            ))
    for found in index.values():
        found.sort(key=lambda e: e[:3])  # document, then position: "first" is well defined
    return index


def entity_network(dataset: Dataset) -> nx.MultiDiGraph:
    """Entities and the relations between them, over the union of all the dataset's graphs.

    Nodes are keyed by entity IRI (str) with attributes label, cls (local name of the most
    specific class), aliases (sorted list) and evidence (the first sentence of the entity's
    rdf:type assertion, or None). Edges are keyed by predicate local name with attributes
    predicate, evidence (list of sentences), confidence (max, or None) and documents (IRIs).
    Pure: the dataset is only read.
    """
    # A second Dataset over the same store sees the union of the named graphs without changing
    # the caller's default_union flag; its triples() yields a triple held by many graphs once.
    union = Dataset(store=dataset.store, default_union=True)
    evidence = _evidence_index(union)

    classes: dict[Node, list[URIRef]] = defaultdict(list)
    for s, cls in union.subject_objects(RDF.type):
        if cls in ENTITY_CLASSES:
            classes[s].append(cls)  # type: ignore[arg-type]

    g = nx.MultiDiGraph()
    for entity, found in classes.items():
        cls = min(found, key=lambda c: (-_depth(c), str(c)))  # deepest first, then by name
        labels = sorted(str(label) for label in union.objects(entity, RDFS.label))
        label = labels[0] if labels else _local(entity)
        aliases = sorted({str(a) for a in union.objects(entity, SKOS.altLabel)} - {label})
        typed = [e for c in found for e in evidence.get((entity, RDF.type, c), [])]
        g.add_node(str(entity), label=label, cls=_local(cls), aliases=aliases,
                   evidence=min(typed, key=lambda e: e[:3])[2] if typed else None)

    for s, p, o in union.triples((None, None, None)):
        if p not in RELATIONS or s not in classes or o not in classes:
            continue
        found = evidence.get((s, p, o), [])
        confidences = [e[3] for e in found if e[3] is not None]
        g.add_edge(str(s), str(o), key=_local(p), predicate=_local(p),
                   evidence=list(dict.fromkeys(e[2] for e in found)),
                   confidence=max(confidences) if confidences else None,
                   documents=sorted({e[0] for e in found if e[0]}))
    return g


def _node_title(data: dict[str, Any]) -> str:
    # Plain text: vis-network 9 shows a string title with innerText, never as HTML.
    lines = [data["label"], data["cls"]]
    if data["aliases"]:
        lines.append("also: " + ", ".join(data["aliases"]))
    if data["evidence"]:
        lines.append(f"“{data['evidence']}”")
    return "\n".join(lines)


def _edge_title(source: str, target: str, data: dict[str, Any]) -> str:
    lines = [f"{source} —{data['predicate']}→ {target}"]
    if data["confidence"] is not None:
        lines.append(f"confidence {data['confidence']:.2f}")
    sentences = data["evidence"]
    lines += [f"“{s}”" for s in sentences[:_MAX_TOOLTIP_SENTENCES]]
    if len(sentences) > _MAX_TOOLTIP_SENTENCES:
        lines.append(f"(+{len(sentences) - _MAX_TOOLTIP_SENTENCES} more)")
    return "\n".join(lines)


def _pyvis_network(g: nx.MultiDiGraph, height: str) -> Network:
    net = Network(height=height, width="100%", directed=True)
    for node, data in g.nodes(data=True):
        net.add_node(node, label=data["label"], title=_node_title(data),
                     color=PALETTE[data["cls"]], value=g.degree(node) + 1)
    # Parallel edges (two predicates between the same pair) would be drawn on top of each other;
    # bend each further one a little more.
    seen: Counter[frozenset[str]] = Counter()
    for s, o, data in g.edges(data=True):
        pair = frozenset((s, o))
        options: dict[str, Any] = {}
        if seen[pair]:
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25 * seen[pair]}
        seen[pair] += 1
        net.add_edge(s, o, label=data["predicate"],
                     title=_edge_title(g.nodes[s]["label"], g.nodes[o]["label"], data), **options)
    net.set_options(json.dumps(_VIS_OPTIONS))
    return net


def _script_json(value: Any) -> Markup:
    """JSON that is safe inside <script>: no '<', '>' or '&' survives, so '</script>' or '<!--'
    in an article cannot end the script element; U+2028/9 are escaped for old JS parsers."""
    text = json.dumps(value, ensure_ascii=False)
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return Markup(text)


def _csp_hash(script: str) -> Markup:
    """CSP source allowing exactly this inline script, so no other script can run on the page."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return Markup(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")  # base64: nothing to escape


def _vis_asset(name: str, end_tag: str) -> Markup:
    """A vis-network file, read from the installed pyvis package, to be inlined verbatim."""
    text = files("pyvis").joinpath(f"{_VIS_DIR}/{name}").read_text(encoding="utf-8")
    if end_tag in text.lower():  # would close the inline element early; not so in vis 9.1.2
        raise RuntimeError(f"pyvis's {name} contains {end_tag!r}; it cannot be inlined")
    return Markup(text)


def render_html(dataset: Dataset, *, title: str = "mediakg", height: str = "800px") -> str:
    """The page write_html writes, as a string (e.g. for a notebook's IPython.display.HTML)."""
    if not _HEIGHT.fullmatch(height):  # it goes into a style attribute: allow only CSS lengths
        raise ValueError(f"height must be a CSS length such as '800px', not {height!r}")
    g = entity_network(dataset)
    net = _pyvis_network(g, height)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    counts = Counter(cls for _, cls in g.nodes(data="cls"))
    env = Environment(autoescape=True, undefined=StrictUndefined)
    env.filters["csp_hash"] = _csp_hash
    template = env.from_string(
        files("mediakg.graph").joinpath("templates/graph.html").read_text(encoding="utf-8"))
    return template.render(
        title=title,
        height=height,
        legend=[{"cls": cls, "color": color, "count": counts[cls]}
                for cls, color in PALETTE.items() if counts[cls]],
        n_entities=g.number_of_nodes(),
        n_relations=g.number_of_edges(),
        data=_script_json({"nodes": nodes, "edges": edges, "options": json.loads(options)}),
        vis_js=_vis_asset("vis-network.min.js", "</script"),
        vis_css=_vis_asset("vis-network.css", "</style"),
    )


def write_html(dataset: Dataset, path: Path, *, title: str = "mediakg", height: str = "800px") -> Path:
    """Write the graph page to path and return it.

    The page is rendered in full first, then written to a temporary file in the same folder and
    moved over path with os.replace, so an existing page is never left half-written.
    """
    path = Path(path)
    html = render_html(dataset, title=title, height=height)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # os.open with 0o666 lets the umask decide the mode, as for any file the user writes.
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "w",
                       encoding="utf-8") as out:
            out.write(html)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
