"""A self-contained browser view of a mediakg graph, usable at the size of a real corpus.

`render_network` turns an entity network (mediakg.graph.viz.network) into one HTML page that works
offline, from file:// or served over http: vis-network's JS and CSS are inlined from the
installed pyvis package (only that asset is used: pyvis builds its networks in quadratic time),
the app script is inlined too, and the page's Content-Security-Policy allows exactly those two
scripts and no request at all. Labels and evidence come from scraped articles: they travel as
JSON inside a non-executed script element and the page only ever shows them as text.

Small graphs are laid out by vis-network's physics; big ones are laid out here
(mediakg.graph.viz.layout) and drawn with physics off, so thousands of nodes stay interactive.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, StrictUndefined
from markupsafe import Markup
from rdflib import Dataset

from mediakg.graph.viz.layout import SIZE_MEASURES, communities, node_positions, node_sizes
from mediakg.graph.viz.network import Evidence, entity_network
from mediakg.graph.rdf.files import atomic_write_bytes
from mediakg.ontology import ENTITY_CLASS_NAMES, RELATION_NAMES

__all__ = ["PALETTE", "entity_network", "render_html", "render_network", "write_html", "write_network_html"]

# Fixed colours, so a class looks the same in every page and in the legend.
PALETTE: dict[str, str] = dict(zip(ENTITY_CLASS_NAMES, (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#393b79", "#7b4173", "#17becf", "#bcbd22", "#7f7f7f", "#637939", "#a0cbe8",
    "#9467bd",
), strict=True))
# Community colours cycle through these (Tableau 20).
COMMUNITY_COLORS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#a0cbe8", "#ffbe7d", "#ff9d9a", "#86bcb6", "#8cd17d", "#f1ce63",
    "#d4a6c8", "#fabfd2", "#d7b5a6", "#79706e",
)
LAYOUTS = ("auto", "physics", "static")
COLOR_MODES = ("class", "community")
# Above this many nodes "auto" lays out in Python: vis-network's physics no longer settles fast.
PHYSICS_MAX_NODES = 300
# vis-network draws every edge on every frame, seen or not, and a label costs more than its line;
# restyling every node on a click (to fade the rest) costs about 0.1 ms a node.
EDGE_LABELS_MAX = 600
FADE_MAX_NODES = 1000

_VIS_DIR = "lib/vis-9.1.2"  # inside the pyvis package
_HEIGHT = re.compile(r"\d+(\.\d+)?(px|%|vh|em|rem)")


def _vis_options(physics: bool) -> dict[str, Any]:
    """vis-network options. With physics, barnesHut (vis's fastest solver) stabilises a bounded
    number of iterations; without, nodes stay where the Python layout put them, edges are
    straight (curves cost a support computation per edge) and hidden while dragging."""
    options: dict[str, Any] = {
        "layout": {"improvedLayout": False},  # clusters with Kamada-Kawai: minutes on big graphs
        # Labels under 9 px on screen are not drawn; graph.js sizes them by rank after each fit
        # ("enabled" must be said: vis turns on an option object given without it).
        "nodes": {"shape": "dot", "font": {"size": 14},
                  "scaling": {"min": 8, "max": 40, "label": {"enabled": False, "drawThreshold": 9}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "font": {"size": 11, "align": "middle"}, "color": {"inherit": "from"}},
        "interaction": {"hover": True, "tooltipDelay": 150},
    }
    if physics:
        options["physics"] = {
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -8000, "centralGravity": 0.3,
                          "springLength": 160, "springConstant": 0.04, "damping": 0.09,
                          "avoidOverlap": 0.2},
            "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 25, "fit": True},
            "minVelocity": 0.75,
        }
        options["edges"]["smooth"] = {"enabled": True, "type": "continuous"}
    else:
        options["physics"] = {"enabled": False}
        options["edges"]["smooth"] = {"enabled": False}
        options["interaction"].update(hideEdgesOnDrag=True, hideEdgesOnZoom=True)
    return options


def _evidence_rows(found: list[Evidence], docs: dict[str, int]) -> list[list[Any]]:
    """[sentence, document number or None, confidence, rule] per evidence, for the side panel."""
    return [[e.sentence, docs.get(e.document), e.confidence, e.rule] for e in found]


def display_labels(g: nx.MultiDiGraph) -> dict[str, str]:
    """Node -> the label the page shows: the entity's label, and where several entities share it,
    the label with what tells them apart: "Human Vapor (film, 1960)", "Human Vapor (series)"; a
    still equal pair also gets the end of its IRI."""
    by_label: dict[str, list[str]] = {}
    for node, label in g.nodes(data="label"):
        by_label.setdefault(label, []).append(node)
    shown = {}
    for label, same in by_label.items():
        if len(same) == 1:
            shown[same[0]] = label
            continue
        for node in same:
            data = g.nodes[node]
            years = sorted(v for p, v, _ in data["attributes"] if p == "releaseYear")
            words = [re.sub(r"(?<!^)(?=[A-Z])", " ", data["cls"]).lower()] + years[:1]
            shown[node] = f"{label} ({', '.join(words)})"
        counts = Counter(shown[n] for n in same)
        for node in same:
            if counts[shown[node]] > 1:
                shown[node] = f"{shown[node][:-1]}, {node.rstrip('/').rsplit('/', 1)[-1]})"
    return shown


def page_data(g: nx.MultiDiGraph, *, layout: str = "auto", size_by: str = "pagerank",
              color_by: str = "class", seed: int = 0) -> dict[str, Any]:
    """What the page's script reads: nodes with their facts, edges with their evidence,
    documents, vis options and the initial view settings."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
    if color_by not in COLOR_MODES:
        raise ValueError(f"color_by must be one of {', '.join(COLOR_MODES)}, not {color_by!r}")
    physics = layout == "physics" or (layout == "auto" and g.number_of_nodes() <= PHYSICS_MAX_NODES)
    documents = g.graph.get("documents", {})
    doc_number = {iri: i for i, iri in enumerate(documents)}
    sizes = node_sizes(g, measure=size_by)
    positions = {} if physics else node_positions(g, seed=seed)
    groups = communities(g, seed=seed) if color_by == "community" else {}
    shown = display_labels(g)
    nodes = []
    for node, data in g.nodes(data=True):
        item = {"id": node, "label": shown[node], "name": data["label"], "cls": data["cls"], "aliases": data["aliases"],
                "value": sizes[node], "typing": _evidence_rows(data["typing"], doc_number),
                "attributes": [[p, v, _evidence_rows(found, doc_number)]
                               for p, v, found in data["attributes"]]}
        if node in groups:
            item["community"] = groups[node]
        if node in positions:
            item["x"], item["y"] = positions[node]
        nodes.append(item)
    edges = [{"from": s, "to": o, "predicate": data["predicate"], "confidence": data["confidence"],
              "status": data.get("status", ""), "evidence": _evidence_rows(data["sources"], doc_number)}
             for s, o, data in g.edges(data=True)]
    return {
        "nodes": nodes,
        "edges": edges,
        "documents": [list(documents[iri]) for iri in documents],
        "palette": PALETTE,
        "communityColors": list(COMMUNITY_COLORS),
        "colorBy": color_by,
        "physics": physics,
        "edgeLabels": g.number_of_edges() <= EDGE_LABELS_MAX,
        "fade": g.number_of_nodes() <= FADE_MAX_NODES,
        "options": _vis_options(physics),
    }


def _script_json(value: Any) -> Markup:
    """JSON that is safe inside <script>: no '<', '>' or '&' survives, so '</script>' or '<!--'
    in an article cannot end the script element; U+2028/9 are escaped for old JS parsers."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return Markup(text)


def _csp_hash(script: str) -> Markup:
    """CSP source allowing exactly this inline script, so no other script can run on the page."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return Markup(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")  # base64: nothing to escape


def _inline_asset(text: str, name: str, end_tag: str) -> Markup:
    """A script or style file to be inlined verbatim."""
    if end_tag in text.lower():  # would close the inline element early; not so in vis 9.1.2
        raise RuntimeError(f"{name} contains {end_tag!r}; it cannot be inlined")
    return Markup(text)


def _vis_asset(name: str, end_tag: str) -> Markup:
    """A vis-network file, read from the installed pyvis package."""
    text = files("pyvis").joinpath(f"{_VIS_DIR}/{name}").read_text(encoding="utf-8")
    return _inline_asset(text, f"pyvis's {name}", end_tag)


def _template_text(name: str) -> str:
    return files("mediakg.graph.viz").joinpath(f"templates/{name}").read_text(encoding="utf-8")


def render_network(g: nx.MultiDiGraph, *, title: str = "mediakg", height: str = "100%",
                   layout: str = "auto", size_by: str = "pagerank", color_by: str = "class",
                   seed: int = 0) -> str:
    """The page for an entity network (see mediakg.graph.viz.network.entity_network), as a string.

    layout: "physics" (vis-network settles it in the browser), "static" (laid out here, physics
    off) or "auto" (physics up to PHYSICS_MAX_NODES nodes). size_by: "pagerank" or "degree".
    color_by: "class" or "community" (Louvain); the page can switch between them when
    communities were computed.
    """
    # "100%" (the default) fills the window below the header; a length fixes the canvas height.
    if not _HEIGHT.fullmatch(height):  # it goes into a style attribute: allow only CSS lengths
        raise ValueError(f"height must be a CSS length such as '800px', not {height!r}")
    data = page_data(g, layout=layout, size_by=size_by, color_by=color_by, seed=seed)
    counts = Counter(cls for _, cls in g.nodes(data="cls"))
    used = {p for _, _, p in g.edges(data="predicate")}
    env = Environment(autoescape=True, undefined=StrictUndefined)
    env.filters["csp_hash"] = _csp_hash
    return env.from_string(_template_text("graph.html")).render(
        title=title,
        height=height,
        legend=[{"cls": cls, "color": color, "count": counts[cls]}
                for cls, color in PALETTE.items() if counts[cls]],
        predicates=[p for p in RELATION_NAMES if p in used],
        names=sorted({name for _, d in g.nodes(data=True) for name in [d["label"], *d["aliases"]]}),
        n_entities=g.number_of_nodes(),
        n_relations=sum(1 for _, _, status in g.edges(data="status") if not status),
        n_reported=sum(1 for _, _, status in g.edges(data="status") if status),
        data=_script_json(data),
        vis_js=_vis_asset("vis-network.min.js", "</script"),
        vis_css=_vis_asset("vis-network.css", "</style"),
        app_js=_inline_asset(_template_text("graph.js"), "graph.js", "</script"),
    )


def render_html(dataset: Dataset, *, title: str = "mediakg", height: str = "100%",
                layout: str = "auto", size_by: str = "pagerank", color_by: str = "class") -> str:
    """The page of a whole dataset (what write_html writes and `mediakg serve` serves)."""
    return render_network(entity_network(dataset), title=title, height=height, layout=layout,
                          size_by=size_by, color_by=color_by)


def _write_page(path: Path, html: str) -> Path:
    # The page is rendered in full before this; it goes to a temporary file that then replaces
    # path, so an existing page is never left half-written.
    path = Path(path)
    atomic_write_bytes(path, html.encode("utf-8"))
    return path


def write_network_html(g: nx.MultiDiGraph, path: Path, *, title: str = "mediakg", height: str = "100%",
                       layout: str = "auto", size_by: str = "pagerank", color_by: str = "class") -> Path:
    """Write the page of an entity network to path and return path."""
    return _write_page(path, render_network(g, title=title, height=height, layout=layout,
                                            size_by=size_by, color_by=color_by))


def write_html(dataset: Dataset, path: Path, *, title: str = "mediakg", height: str = "100%",
               layout: str = "auto", size_by: str = "pagerank", color_by: str = "class") -> Path:
    """Write the page of a whole dataset to path and return path."""
    return _write_page(path, render_html(dataset, title=title, height=height, layout=layout,
                                         size_by=size_by, color_by=color_by))
