"""Ownership read from the parse of an "owned by" passive, wherever the participle sits.

The token rule corporate.owned_by reads "X is owned by Y" with a short gap; the same passive
also comes in a relative clause ("X, which is co-owned by A and Y,"), as a participle on its
noun ("X, majority-owned by Y since 2019,") and with a prefix the tokenizer splits off
("co-owned", "majority-owned"). Here the participle's "by" agent owns what the passive is said
of: its passive subject, or the noun the relative clause or participle hangs from.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Token

from mediakg.extract.evidence import sentence_evidence
from mediakg.extract.lexicon import lower_words
from mediakg.extract.records import Fact
from mediakg.extract.relations.engine import antecedent, coordinated
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.tokens import tokens_with

OWNABLE = ("org", "facility", "work")


def _owned_thing(verb: Token) -> Token | None:
    """What an "owned" participle is said of: the passive subject ("X is owned by"), the noun a
    relative clause describes ("X, which is owned by"), or the noun the participle modifies
    ("X, owned by")."""
    subject = next((s for s in verb.children if s.dep_ == "nsubjpass"), None)
    if subject is not None:
        subject = antecedent(subject, verb)
    if subject is None and verb.dep_ in ("acl", "relcl"):
        subject = verb.head
    if subject is not None and subject._.mkg_kind in OWNABLE:
        return subject
    # "X, which is co-owned by": the prefix split off by the tokenizer leaves the parse without a
    # subject; the name right before the relative pronoun, copula and prefix is the one owned.
    skip = lower_words("rec5_owned_prefix_words")
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].lower_ in skip:
        i -= 1
    left = verb.doc[i] if i >= verb.sent.start else None
    return left if left is not None and left._.mkg_kind in OWNABLE else None


def owned_agents(doc: Doc) -> Iterator[Fact]:
    """"X, which is co-owned by A and Y", "X, majority-owned by Y," : the companies of the "by"
    agent own X. Not a past owner ("formerly owned by Y", rec5_past_owner_words), nor a hedged
    or denied clause ("is not owned by Y", "is reportedly owned by Y")."""
    past = lower_words("rec5_past_owner_words")
    for verb in tokens_with(doc, lower=("owned",)):
        if verb.lower_ != "owned" or verb.tag_ != "VBN":
            continue
        # Every company the agent lists, a person among them or not ("co-owned by A and Y").
        owners = [o for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                  for o in [p, *p.conjuncts, *coordinated(p)] if o._.mkg_kind == "org"]
        owners = list(dict.fromkeys(owners))
        owned = _owned_thing(verb) if owners else None
        if owned is None:
            continue
        start, end = min(owned.i, verb.i), max(o.i for o in owners) + 1
        if any(t.lower_ in past for t in doc[start:end]) or is_hedged(doc, start, end):
            continue
        for owner in owners:
            if owner._.mkg_entity != owned._.mkg_entity:
                yield Fact(owner._.mkg_entity, "owns", owned._.mkg_entity, sentence_evidence(verb.sent),
                           "ownership.owned_agent", 0.8)
