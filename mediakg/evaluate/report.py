"""`mediakg evaluate GOLD_DIR`: run the extractor on a user's annotated articles and report
precision, recall and F1 per predicate, per entity type and per confidence band, with the
missed and spurious facts.

Each article goes through the same path as `mediakg build` (extraction, graph, SHACL
filtering), so the score is the score of the graph a user would get; the spaCy model is loaded
once for all articles.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from mediakg.evaluate.gold import GoldArticle, read_gold_folder
from mediakg.ontology import ATTRIBUTE_NAMES, ENTITY_CLASSES, MEDIA, ONTOLOGY_IRI, RELATION_NAMES
from mediakg.pipeline import build_dataset
from mediakg.evaluate.scoring import BANDS, PredictedEntity, PredictedFact, Score, Tally, score_article

RELATIONS = frozenset(MEDIA[name] for name in RELATION_NAMES)
ATTRIBUTES = frozenset(MEDIA[name] for name in ATTRIBUTE_NAMES)


def _local(term: URIRef) -> str:
    return str(term)[len(ONTOLOGY_IRI):]


def predictions(dataset: Dataset) -> tuple[list[PredictedEntity], list[PredictedFact]]:
    """Entities (typed nodes with their labels) and facts (with the highest confidence any of
    their assertions gives) of a built graph, all named graphs read as one."""
    types: dict = {}
    for s, _, o, _ in dataset.quads((None, RDF.type, None, None)):
        if o in ENTITY_CLASSES:
            types.setdefault(s, set()).add(_local(o))
    entities = []
    for node, classes in types.items():
        labels = {str(o) for p in (RDFS.label, SKOS.altLabel) for _, _, o, _ in dataset.quads((node, p, None, None))}
        entities.append(PredictedEntity(str(node), frozenset(labels), frozenset(classes)))
    # Dataset.value reads the default graph only, so each assertion is gathered from the quads.
    parts: dict = {}
    for p in (RDF.subject, RDF.predicate, RDF.object, MEDIA.confidence):
        for assertion, _, o, _ in dataset.quads((None, p, None, None)):
            parts.setdefault(assertion, {})[p] = o
    confidence: dict = {}
    for part in parts.values():
        if len(part) == 4:
            triple = (part[RDF.subject], part[RDF.predicate], part[RDF.object])
            confidence[triple] = max(float(part[MEDIA.confidence]), confidence.get(triple, 0.0))
    facts = []
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        if s not in types:
            continue
        if p in RELATIONS and o in types:
            facts.append(PredictedFact(str(s), _local(p), str(o), confidence.get((s, p, o), 0.0)))
        elif p in ATTRIBUTES and isinstance(o, Literal):
            facts.append(PredictedFact(str(s), _local(p), str(o), confidence.get((s, p, o), 0.0), is_attribute=True))
    return entities, list(dict.fromkeys(facts))


def evaluate_article(article: GoldArticle, *, model: str | None = None) -> Score:
    dataset, _ = build_dataset([article.text_path], model=model)
    entities, facts = predictions(dataset)
    return score_article(article, entities, facts)


def evaluate_folder(folder: Path, *, model: str | None = None) -> tuple[list[str], Score]:
    """Score every annotated article of a folder; all gold files are checked before the first
    article is parsed, so a typo fails at once."""
    articles = read_gold_folder(folder)
    total = Score()
    for article in articles:
        total.add(evaluate_article(article, model=model))
    return [a.name for a in articles], total


def _row(name: str, tally: Tally) -> str:
    return (f"{name:<22} {tally.precision:>6.3f} {tally.recall:>6.3f} {tally.f1:>6.3f} "
            f"{tally.correct:>9g} {tally.predicted:>9} {tally.found:>7g} {tally.gold:>5}")


def _band_name(low: float) -> str:
    high = ([1.0] + [b for b in BANDS if b > low])[-1]
    return f"[{low:.2f}, {high:.2f}" + ("]" if high == 1.0 else ")")


def _band_rows(score: Score) -> list[str]:
    rows = []
    for low in BANDS:
        tally = score.by_band.get(low, Tally())
        precision = f"{tally.correct / tally.predicted:.3f}" if tally.predicted else "-"
        rows.append(f"{_band_name(low):<22} {precision:>9} {tally.correct:>9g} {tally.predicted:>9}")
    return rows


def format_table(names: list[str], score: Score, *, only_errors: bool = False) -> str:
    header = f"{'':<22} {'P':>6} {'R':>6} {'F1':>6} {'correct':>9} {'predicted':>9} {'found':>7} {'gold':>5}"
    lines: list[str] = []
    if not only_errors:
        lines += [f"articles: {len(names)} ({', '.join(names)})", "", "per predicate", header]
        predicates = [p for p in (*RELATION_NAMES, *ATTRIBUTE_NAMES) if p in score.by_predicate]
        lines += [_row(p, score.by_predicate[p]) for p in predicates]
        lines += [_row("relations", score.relations), _row("attributes", score.attributes)]
        lines += ["", "per entity type (half credit for a superclass of the gold type)", header]
        lines += [_row(t, score.by_type[t]) for t in sorted(score.by_type)]
        lines += [_row("entities (label)", score.entities), _row("entities (typed)", score.typed)]
        lines += ["", "precision per confidence band (relations and attributes)",
                  f"{'confidence':<22} {'precision':>9} {'correct':>9} {'predicted':>9}", *_band_rows(score)]
        lines.append("")
    lines += [f"missed ({len(score.missed)})", *("  " + e.line() for e in score.missed)]
    lines += [f"spurious ({len(score.spurious)})", *("  " + e.line() for e in score.spurious)]
    return "\n".join(lines) + "\n"


def _tally_json(tally: Tally) -> dict:
    return {"precision": round(tally.precision, 4), "recall": round(tally.recall, 4), "f1": round(tally.f1, 4),
            "correct": tally.correct, "predicted": tally.predicted, "found": tally.found, "gold": tally.gold}


def format_json(names: list[str], score: Score, *, only_errors: bool = False) -> str:
    errors = {key: [asdict(e) for e in items] for key, items in (("missed", score.missed), ("spurious", score.spurious))}
    if only_errors:
        return json.dumps(errors, indent=2) + "\n"
    data = {
        "articles": names,
        "overall": {name: _tally_json(getattr(score, name)) for name in ("entities", "typed", "relations", "attributes")},
        "per_predicate": {p: _tally_json(t) for p, t in sorted(score.by_predicate.items())},
        "per_type": {t: _tally_json(v) for t, v in sorted(score.by_type.items())},
        "per_band": [{"from": low, "correct": score.by_band.get(low, Tally()).correct,
                      "predicted": score.by_band.get(low, Tally()).predicted} for low in BANDS],
        **errors,
    }
    return json.dumps(data, indent=2) + "\n"
