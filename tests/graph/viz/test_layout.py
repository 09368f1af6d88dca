"""mediakg.graph.viz.layout: positions a reader can make sense of, sizes, communities."""
from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pytest

from mediakg.graph.viz.layout import communities, force_layout, node_positions, node_sizes


def two_cliques(size: int = 8) -> nx.MultiDiGraph:
    """Two dense groups joined by a single relation."""
    g = nx.MultiDiGraph()
    for group in ("a", "b"):
        for i, j in itertools.combinations(range(size), 2):
            g.add_edge(f"{group}{i}", f"{group}{j}", key="workedWith")
    g.add_edge("a0", "b0", key="partnersWith")
    return g


def test_groups_are_drawn_apart_and_nodes_do_not_pile_up() -> None:
    g = two_cliques()
    pos = node_positions(g, spacing=100)
    a = np.array([pos[n] for n in g if n.startswith("a")])
    b = np.array([pos[n] for n in g if n.startswith("b")])
    within = np.mean([np.linalg.norm(p - q) for p, q in itertools.combinations(a, 2)])
    between = np.linalg.norm(a.mean(axis=0) - b.mean(axis=0))
    assert between > 1.5 * within
    closest = min(np.linalg.norm(np.array(pos[m]) - np.array(pos[n])) for m, n in itertools.combinations(g, 2))
    assert closest > 10  # pixels: nodes stay apart


def test_layout_is_deterministic_and_depends_on_the_seed() -> None:
    g = two_cliques()
    assert node_positions(g, seed=1) == node_positions(g, seed=1)
    assert node_positions(g, seed=1) != node_positions(g, seed=2)


def test_force_layout_handles_empty_single_and_edgeless_graphs() -> None:
    assert force_layout(0, np.zeros((0, 2))).shape == (0, 2)
    assert force_layout(1, np.zeros((0, 2))).shape == (1, 2)
    pos = force_layout(50, np.zeros((0, 2)))
    assert np.isfinite(pos).all() and len({tuple(p) for p in pos.round(3)}) == 50


def test_a_big_graph_spreads_over_an_area_that_grows_with_it() -> None:
    g = nx.barabasi_albert_graph(3000, 2, seed=3)
    pos = force_layout(3000, np.array(list(g.edges())))
    assert np.isfinite(pos).all()
    spread = pos.std(axis=0).mean()
    assert 0.1 * np.sqrt(3000) < spread < 2 * np.sqrt(3000)  # about one unit between neighbours


def test_sizes_by_pagerank_or_degree_favour_the_hub() -> None:
    g = nx.MultiDiGraph()
    for leaf in "abcde":
        g.add_edge(leaf, "hub", key="employedBy")  # direction does not matter
    g.add_edge("a", "b", key="workedWith")
    for measure in ("pagerank", "degree"):
        sizes = node_sizes(g, measure=measure)
        assert max(sizes, key=sizes.get) == "hub"
        assert sizes["a"] > sizes["c"]
    assert node_sizes(g, measure="degree")["hub"] == 5
    with pytest.raises(ValueError):
        node_sizes(g, measure="betweenness")


def test_communities_split_the_two_groups() -> None:
    found = communities(two_cliques())
    assert len(set(found.values())) == 2
    assert len({found[f"a{i}"] for i in range(8)}) == 1
    assert found["a1"] != found["b1"]
