"""Scoring predicted facts against gold annotations, per predicate, per entity type and per
confidence band. Pure functions over plain records: no spaCy, no RDF.

Matching follows the shared evaluation README: labels match after normalisation (case folded,
leading "The" and trailing "'s" dropped, whitespace collapsed) against the gold label or an
alias; partnersWith is symmetric; a predicted superclass of the gold type earns half credit;
attribute values are compared after normalising years, areas and dates, and a role matches
when one contains the other.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from mediakg.evaluate.gold import GoldArticle, GoldEntity
from mediakg.ontology import vocabulary

PARENT = dict(vocabulary().parents)
UNSCORED_TYPES = frozenset({"Agreement"})  # annotated, not scored yet (see the README)
SYMMETRIC = vocabulary().symmetric
# Attributes whose value is a date or a year: "2026" matches "2026-05-01" and back.
DATED = frozenset(name for name, a in vocabulary().attributes.items() if "date" in a.range)
# Lower bounds of the confidence bands, highest first; a fact falls in the first band it reaches.
BANDS = (0.85, 0.75, 0.0)


@dataclass(frozen=True)
class PredictedEntity:
    node: str  # the IRI (or any identifier) of the predicted entity
    labels: frozenset[str]
    types: frozenset[str]  # local class names


@dataclass(frozen=True)
class PredictedFact:
    subject: str  # PredictedEntity.node
    predicate: str
    object: str  # a node for a relation, the lexical value for an attribute
    confidence: float
    is_attribute: bool = False


@dataclass
class Tally:
    """Counts behind precision and recall. The correct predictions and the found gold items are
    kept apart because half credit for a type lands on the predicted type on one side and on
    the gold type on the other."""

    correct: float = 0.0  # credit earned by predictions
    predicted: int = 0
    found: float = 0.0  # credit earned by gold items
    gold: int = 0

    def add(self, other: Tally) -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.found += other.found
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Error:
    """A missed or spurious item, written with labels so a reader can find it in the text."""

    document: str
    kind: str  # "entity", "relation" or "attribute"
    subject: str
    predicate: str = ""  # the type for an entity
    object: str = ""

    def line(self) -> str:
        if self.kind == "entity":
            return f"{self.document}: entity {self.subject} ({self.predicate})"
        arrow = f"{self.predicate} {self.object!r}" if self.kind == "attribute" else f"{self.predicate} {self.object}"
        return f"{self.document}: {self.subject} {arrow}"


@dataclass
class Score:
    """Everything `mediakg evaluate` reports, summed over articles."""

    entities: Tally = field(default_factory=Tally)
    typed: Tally = field(default_factory=Tally)
    relations: Tally = field(default_factory=Tally)
    attributes: Tally = field(default_factory=Tally)
    by_predicate: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_band: dict[float, Tally] = field(default_factory=lambda: defaultdict(Tally))
    missed: list[Error] = field(default_factory=list)
    spurious: list[Error] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("entities", "typed", "relations", "attributes"):
            getattr(self, name).add(getattr(other, name))
        for mine, theirs in ((self.by_predicate, other.by_predicate), (self.by_type, other.by_type),
                             (self.by_band, other.by_band)):
            for key, tally in theirs.items():
                mine[key].add(tally)
        self.missed += other.missed
        self.spurious += other.spurious


def norm(text: str) -> str:
    """The comparable form of a label."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"').casefold()
    text = re.sub(r"\s+", " ", text).strip(" \t\"'.,;:()[]")
    return re.sub(r"'s$", "", re.sub(r"^the ", "", text)).strip()


def norm_value(predicate: str, value: str) -> str:
    """The comparable form of an attribute value: "1960" for a year, "860.0" for an area,
    an ISO date or year prefix for dates, a normalised label for anything else."""
    value = str(value).strip()
    patterns = {"releaseYear": r"\b(?:1[89]\d\d|20\d\d)\b", "area": r"\d[\d,]*(?:\.\d+)?"}
    patterns.update(dict.fromkeys(DATED, r"\d{4}(?:-\d\d(?:-\d\d)?)?"))
    match = re.search(patterns[predicate], value) if predicate in patterns else None
    if not match:
        return norm(value)
    return str(float(match.group(0).replace(",", ""))) if predicate == "area" else match.group(0)


def value_matches(predicate: str, predicted: str, gold: str) -> bool:
    if predicted == gold:
        return True
    if predicate == "role":  # titles are written longer or shorter ("VP" of what)
        return bool(predicted and gold) and (predicted in gold or gold in predicted)
    if predicate in DATED:
        return predicted.startswith(gold) or gold.startswith(predicted)
    return False


def type_credit(gold_type: str, predicted: frozenset[str]) -> float:
    if gold_type in predicted:
        return 1.0
    parent = PARENT.get(gold_type)
    return 0.5 if parent and parent in predicted else 0.0


def band_of(confidence: float) -> float:
    return next(low for low in BANDS if confidence >= low)


def match_entities(gold: dict[str, GoldEntity], predicted: list[PredictedEntity]) -> tuple[dict[str, str], dict[str, str]]:
    """Pair predicted nodes with gold entities that share a surface form, best type fit and exact
    label first, so that same-named things (a series and the film it adapts) each find their
    node. Returns (one-to-one pairs gold id -> node, every node -> a gold id it names); a
    duplicate node still carries its facts to the gold entity it names."""
    forms = {gid: {norm(e.label), *map(norm, e.aliases)} for gid, e in gold.items()}
    candidates = []
    for entity in sorted(predicted, key=lambda e: e.node):
        labels = {norm(label) for label in entity.labels}
        for gid, surface in forms.items():
            if labels & surface:
                fit = type_credit(gold[gid].type, entity.types)
                candidates.append((-fit, norm(gold[gid].label) not in labels, entity.node, gid))
    candidates.sort()
    claimed: dict[str, str] = {}
    names: dict[str, str] = {}
    for _, _, node, gid in candidates:
        if node not in names and gid not in claimed:
            claimed[gid] = node
            names[node] = gid
    for _, _, node, gid in candidates:
        names.setdefault(node, gid)
    return claimed, names


def score_article(article: GoldArticle, entities: list[PredictedEntity], facts: list[PredictedFact]) -> Score:
    """Score one article's predictions. Facts about unscored or unknown nodes are ignored."""
    score = Score()
    gold = {e.id: e for e in article.entities if e.type not in UNSCORED_TYPES}
    scored = [e for e in entities if not e.types <= UNSCORED_TYPES]
    by_node = {e.node: e for e in scored}
    claimed, names = match_entities(gold, scored)
    label = {**{n: min(e.labels, key=lambda s: (-len(s), s)) if e.labels else n for n, e in by_node.items()},
             **{gid: e.label for gid, e in gold.items()}}
    _score_entities(article.name, gold, scored, claimed, score)

    def key(node: str) -> str:
        return names.get(node, node)

    # Relations, deduplicated after mapping nodes to gold ids; a symmetric pair counts once.
    gold_rel = {(s, p, o) for s, p, o in article.relations if s in gold and o in gold}
    predicted_rel: dict[tuple[str, str, str], float] = {}
    for fact in facts:
        if fact.is_attribute or fact.subject not in by_node or fact.object not in by_node:
            continue
        triple = (key(fact.subject), fact.predicate, key(fact.object))
        if fact.predicate in SYMMETRIC and triple[::-1] in predicted_rel:
            triple = triple[::-1]
        predicted_rel[triple] = max(fact.confidence, predicted_rel.get(triple, 0.0))

    def in_gold(t: tuple[str, str, str], pool: set | dict) -> bool:
        return t in pool or (t[1] in SYMMETRIC and (t[2], t[1], t[0]) in pool)

    for triple, confidence in predicted_rel.items():
        hit = in_gold(triple, gold_rel)
        _count_prediction(score, score.relations, triple[1], confidence, hit)
        if not hit:
            score.spurious.append(Error(article.name, "relation", label[triple[0]], triple[1], label[triple[2]]))
    for triple in gold_rel:
        hit = in_gold(triple, predicted_rel)
        _count_gold(score.relations, score.by_predicate[triple[1]], hit)
        if not hit:
            score.missed.append(Error(article.name, "relation", label[triple[0]], triple[1], label[triple[2]]))

    # Attributes: values compared after normalisation.
    gold_attr = {(s, p, norm_value(p, v)) for s, p, v in article.attributes if s in gold}
    predicted_attr: dict[tuple[str, str, str], float] = {}
    for fact in facts:
        if fact.is_attribute and fact.subject in by_node:
            triple = (key(fact.subject), fact.predicate, norm_value(fact.predicate, fact.object))
            predicted_attr[triple] = max(fact.confidence, predicted_attr.get(triple, 0.0))

    def attr_match(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
        return a[:2] == b[:2] and value_matches(a[1], a[2], b[2])

    for triple, confidence in predicted_attr.items():
        hit = any(attr_match(triple, g) for g in gold_attr)
        _count_prediction(score, score.attributes, triple[1], confidence, hit)
        if not hit:
            score.spurious.append(Error(article.name, "attribute", label[triple[0]], triple[1], triple[2]))
    for triple in gold_attr:
        hit = any(attr_match(p, triple) for p in predicted_attr)
        _count_gold(score.attributes, score.by_predicate[triple[1]], hit)
        if not hit:
            score.missed.append(Error(article.name, "attribute", label[triple[0]], triple[1], triple[2]))
    return score


def _count_prediction(score: Score, total: Tally, predicate: str, confidence: float, hit: bool) -> None:
    for tally in (total, score.by_predicate[predicate], score.by_band[band_of(confidence)]):
        tally.predicted += 1
        tally.correct += hit


def _count_gold(total: Tally, row: Tally, hit: bool) -> None:
    for tally in (total, row):
        tally.gold += 1
        tally.found += hit


def _score_entities(document: str, gold: dict[str, GoldEntity], predicted: list[PredictedEntity],
                    claimed: dict[str, str], score: Score) -> None:
    node_gold = {node: gid for gid, node in claimed.items()}
    for entity in predicted:
        gid = node_gold.get(entity.node)
        credit = type_credit(gold[gid].type, entity.types) if gid else 0.0
        score.entities.predicted += 1
        score.entities.correct += gid is not None
        score.typed.predicted += 1
        score.typed.correct += credit
        row = score.by_type[_most_specific(entity.types)]
        row.predicted += 1
        row.correct += credit
        if gid is None:
            score.spurious.append(Error(document, "entity", min(entity.labels, default=entity.node),
                                        _most_specific(entity.types)))
    for gid, entity in gold.items():
        node = claimed.get(gid)
        credit = type_credit(entity.type, next(e.types for e in predicted if e.node == node)) if node else 0.0
        score.entities.gold += 1
        score.entities.found += node is not None
        score.typed.gold += 1
        score.typed.found += credit
        score.by_type[entity.type].gold += 1
        score.by_type[entity.type].found += credit
        if node is None:
            score.missed.append(Error(document, "entity", entity.label, entity.type))


def _most_specific(types: frozenset[str]) -> str:
    """The one class a row is filed under: a class no other of the node's classes refines."""
    scored = sorted(types - UNSCORED_TYPES)
    leaves = [t for t in scored if not any(PARENT.get(u) == t for u in scored)]
    return "/".join(leaves) or "?"
