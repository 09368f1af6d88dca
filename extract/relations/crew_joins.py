"""A person who joins or boards a work "as" a credited job: "A has boarded X as director", "A
has signed on to X as executive producer", "A joins the thriller X as a writer" (work -> person).

Boarding or joining a work names the work the person joins; the "as" phrase names the credit,
mapped to a predicate by the lexicon's crew_join_roles ("director" -> directedBy). The cast
reading of a bare boarding is roles.boarding_casts'; this module reads only a stated job. A job
that runs on ("as director of content") is a post at a company, no credit, and a hedged or denied
clause gives nothing.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc, Token

from mediakg.extract.evidence import sentence_evidence
from mediakg.extract.lexicon import lexicon_table, lower_words
from mediakg.extract.records import Fact
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.relations.engine import coordinated
from mediakg.extract.tokens import entity_of, kind_of, tokens_with


def _joined_work(verb: Token) -> Token | None:
    """The work a joining verb takes: its object ("boarded X"), or the object of "to", "onto",
    "aboard", "on" after it ("signed on to X", "come aboard X"), or a title in apposition to a
    describing object ("joined the thriller X")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "onto", "aboard", "on")
                for o in p.children if o.dep_ == "pobj"]
    for obj in objects:
        if kind_of(obj) == "work":
            return obj
        titled = [a for a in obj.children if a.dep_ == "appos" and kind_of(a) == "work"]
        if titled:
            return titled[0]
    return None


@lru_cache(maxsize=1)
def _crew_join_roles() -> dict[str, str]:
    """The lexicon's crew_join_roles as job -> predicate: built once, not on every "as" phrase."""
    return {k: v[0] for k, v in lexicon_table("crew_join_roles").items()}


def _as_role(verb: Token, work: Token) -> str:
    """The predicate the "as" phrase after the verb or the work names, or ""."""
    roles = _crew_join_roles()
    for prep in [*verb.children, *work.children, *(c for p in verb.children if p.dep_ == "prep" for c in p.children)]:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            if any(c.dep_ == "prep" for c in noun.children):
                return ""  # "as director of content": a post, not a credit
            words = [t.lower_ for t in noun.subtree if t.dep_ not in ("det", "punct")]
            return roles.get(" ".join(words), "")
    return ""


def crew_joins(doc: Doc) -> Iterator[Fact]:
    verbs = lower_words("crew_join_verbs")
    for verb in tokens_with(doc, pos=("VERB",), lemma=verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        work = _joined_work(verb)
        people = [t for s in verb.children if s.dep_ == "nsubj" for t in coordinated(s) if kind_of(t) == "person"]
        if work is None or not people:
            continue
        predicate = _as_role(verb, work)
        if not predicate or is_hedged(doc, min(p.i for p in people), work.i + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        for person in people:
            yield Fact(entity_of(work), predicate, entity_of(person), evidence, "crew_joins.as_role", 0.75)
