"""Positions, sizes and communities of an entity network, computed before the page is written.

vis-network's own physics is pleasant on a few hundred nodes but freezes the tab on thousands
(and its improvedLayout is slower still), so big graphs are laid out here and drawn with
physics off. networkx's spring_layout is exact Fruchterman-Reingold, quadratic per iteration
(half a minute for 5,000 nodes); `force_layout` is the same force model with the far field
approximated on a grid (a node is repelled exactly by the nodes of its own cell and by the
centre of mass of every other cell), linear in nodes times cells: a few seconds for 5,000 nodes,
about ten for 20,000.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

SIZE_MEASURES = ("pagerank", "degree")
_CHUNK = 2048  # nodes per block of the node x cell repulsion matrix: bounds its memory
_GRAVITY = 1.0  # keeps components together; the layout's radius is then about sqrt(nodes)


def _grid(pos: np.ndarray, cells: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each node's cell, and each cell's mass and centre of mass."""
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    ij = np.minimum(((pos - lo) / np.maximum(hi - lo, 1e-9) * cells).astype(int), cells - 1)
    cell = ij[:, 0] * cells + ij[:, 1]
    mass = np.bincount(cell, minlength=cells * cells).astype(float)
    centre = np.stack([np.bincount(cell, weights=pos[:, d], minlength=cells * cells)
                       for d in (0, 1)], axis=1) / np.maximum(mass, 1)[:, None]
    return cell, mass, centre


def _near(pos: np.ndarray, members: np.ndarray) -> np.ndarray:
    """Exact repulsion among the nodes of one cell (a centre of mass cannot push apart nodes
    that sit on the same side of it)."""
    p = pos[members]
    delta = p[:, None, :] - p[None, :, :]
    weight = 1.0 / np.maximum((delta ** 2).sum(axis=2), 1e-4)
    np.fill_diagonal(weight, 0.0)
    return (delta * weight[:, :, None]).sum(axis=1)


def _repulsion(pos: np.ndarray, cells: int) -> np.ndarray:
    """Fruchterman-Reingold repulsion (k^2/d with k = 1): exact within a node's own grid cell,
    from each other cell's centre of mass beyond it."""
    cell, mass, centre = _grid(pos, cells)
    force = np.empty_like(pos)
    cx, cy = centre[:, 0], centre[:, 1]
    for start in range(0, len(pos), _CHUNK):
        p, own = pos[start:start + _CHUNK], cell[start:start + _CHUNK]
        dx, dy = p[:, :1] - cx, p[:, 1:] - cy
        weight = mass / np.maximum(dx * dx + dy * dy, 1e-4)
        weight[np.arange(len(p)), own] = 0.0
        force[start:start + _CHUNK] = np.stack([(dx * weight).sum(axis=1), (dy * weight).sum(axis=1)], axis=1)
    order = np.argsort(cell, kind="stable")
    bounds = np.cumsum(mass.astype(int))
    for end, count in zip(bounds, mass.astype(int)):
        if count > 1:
            members = order[end - count:end]
            force[members] += _near(pos, members)
    return force


def _attraction(pos: np.ndarray, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Fruchterman-Reingold attraction (d^2/k) along every edge, in both directions."""
    delta = pos[u] - pos[v]
    pull = delta * np.linalg.norm(delta, axis=1)[:, None]
    n = len(pos)
    return np.stack([np.bincount(v, weights=pull[:, d], minlength=n)
                     - np.bincount(u, weights=pull[:, d], minlength=n) for d in (0, 1)], axis=1)


def force_layout(n: int, edges: np.ndarray, *, iterations: int = 50, seed: int = 0) -> np.ndarray:
    """Positions (n x 2, about one unit between neighbours) of nodes 0..n-1 joined by edges
    (m x 2 array of node numbers). Deterministic for a given seed."""
    rng = np.random.default_rng(seed)
    side = math.sqrt(max(n, 1))
    pos = rng.random((n, 2)) * side
    if n < 2:
        return pos
    edges = np.asarray(edges, dtype=int).reshape(-1, 2)
    u, v = edges[:, 0], edges[:, 1]
    cells = max(2, min(32, round(math.sqrt(n / 30))))  # about 30 nodes a cell: both parts stay cheap
    temperature, cooling = side / 8, (0.02 / 8) ** (1 / iterations)  # ends at side/400
    for _ in range(iterations):
        disp = _repulsion(pos, cells) + _attraction(pos, u, v)
        disp -= _GRAVITY * (pos - pos.mean(axis=0))
        length = np.linalg.norm(disp, axis=1)
        pos += disp * (np.minimum(length, temperature) / np.maximum(length, 1e-9))[:, None]
        temperature *= cooling
    return pos


def node_positions(g: nx.Graph, *, spacing: float = 100.0, seed: int = 0) -> dict[str, tuple[float, float]]:
    """Node -> (x, y) in pixels, about `spacing` apart, centred on the origin."""
    nodes = list(g.nodes)
    number = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(number[s], number[o]) for s, o in g.edges() if s != o], dtype=int)
    pos = force_layout(len(nodes), edges, seed=seed)
    pos = (pos - pos.mean(axis=0)) * spacing if len(nodes) else pos
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, pos)}


def node_sizes(g: nx.Graph, *, measure: str = "pagerank") -> dict[str, float]:
    """Node -> importance by PageRank or degree. Undirected: a relation's direction is a naming
    convention (a work is directedBy a person), not a vote from one entity for another."""
    if measure not in SIZE_MEASURES:
        raise ValueError(f"measure must be one of {', '.join(SIZE_MEASURES)}, not {measure!r}")
    simple = nx.Graph(g)
    if measure == "degree":
        return {node: float(degree) for node, degree in simple.degree()}
    return nx.pagerank(simple) if simple.number_of_edges() else {n: 1.0 for n in simple}


def communities(g: nx.Graph, *, seed: int = 0) -> dict[str, int]:
    """Node -> community number (Louvain on the undirected graph), largest community first."""
    found = nx.community.louvain_communities(nx.Graph(g), seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    return {node: i for i, members in enumerate(ordered) for node in members}
