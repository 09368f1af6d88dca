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
from mediakg.extract.tokens import entity_of, kind_of, tokens_with

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
    if subject is not None and kind_of(subject) in OWNABLE:
        return subject
    # "X, which is co-owned by", "X, which is majority-owned by": the small model often leaves such
    # a passive without a subject; the name right before the relative pronoun, copula and
    # qualifier is the one owned.
    skip = lower_words("rec5_owned_prefix_words")
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].lower_ in skip:
        i -= 1
    left = verb.doc[i] if i >= verb.sent.start else None
    return left if left is not None and kind_of(left) in OWNABLE else None


def owned_agents(doc: Doc) -> Iterator[Fact]:
    """"X, which is co-owned by A and Y", "X, majority-owned by Y," : the companies of the "by"
    agent own X. Not a past owner ("formerly owned by Y", rec5_past_owner_words), nor a hedged
    or denied clause ("is not owned by Y", "is reportedly owned by Y")."""
    past = lower_words("rec5_past_owner_words")
    for verb in tokens_with(doc, lower=("owned", "co-owned")):
        if verb.lower_ not in ("owned", "co-owned") or verb.tag_ != "VBN":
            continue
        # Every company the agent lists, a person among them or not ("co-owned by A and Y").
        owners = [o for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                  for o in [p, *p.conjuncts, *coordinated(p)] if kind_of(o) == "org"]
        owners = list(dict.fromkeys(owners))
        owned = _owned_thing(verb) if owners else None
        if owned is None:
            continue
        start, end = min(owned.i, verb.i), max(o.i for o in owners) + 1
        if any(t.lower_ in past for t in doc[start:end]) or is_hedged(doc, start, end):
            continue
        for owner in owners:
            if entity_of(owner) != entity_of(owned):
                yield Fact(entity_of(owner), "owns", entity_of(owned), sentence_evidence(verb.sent),
                           "ownership.owned_agent", 0.8)


def held_lists(doc: Doc) -> Iterator[Fact]:
    """"X now has four production ventures in the UK -- A, B, C and D", "The group operates three
    studios: A, B and C": a company subject of a holding verb (rel6_holding_verbs) whose object
    is a plural company noun (rel6_held_company_nouns) names, after a dash or colon, the
    companies it owns. The list must follow the object's phrase directly; a hedge or a past
    marker ("formerly had") gives nothing."""
    holding, nouns, past = lower_words("rel6_holding_verbs"), lower_words("rel6_held_company_nouns"), lower_words("rec5_past_owner_words")
    for verb in tokens_with(doc, lemma=holding):  # the holding verbs' tokens only
        if verb.lemma_.lower() not in holding or verb.pos_ not in ("VERB", "AUX"):
            continue
        owners = [s for s in verb.children if s.dep_ in ("nsubj", "csubj") and kind_of(s) == "org"]
        objects = [o for o in verb.children if o.dep_ == "dobj" and o.lower_ in nouns]
        if len(owners) != 1 or not objects:
            continue
        obj = objects[0]
        i = obj.i + 1
        # The phrase of the object may run on before the dash ("four ventures in the U.K. --"),
        # over a place but no other name.
        while i < verb.sent.end and doc[i].text not in ("--", "\u2014", "\u2013", ":", "-") \
                and kind_of(doc[i]) in ("", "place") and doc[i].text not in (".", ";", ","):
            i += 1
        if i >= verb.sent.end or doc[i].text not in ("--", "\u2014", "\u2013", ":", "-"):
            continue
        j = i + 1
        while j < verb.sent.end and doc[j].text in ("-", "--"):
            j += 1
        if j >= verb.sent.end or kind_of(doc[j]) != "org":
            continue
        owned = [t for t in coordinated(doc[j]) if entity_of(t) != entity_of(owners[0])]
        start = min(owners[0].i, verb.i)
        if any(t.lower_ in past for t in doc[start:j]) or is_hedged(doc, start, owned[-1].i + 1 if owned else j + 1):
            continue
        for company in owned:
            yield Fact(entity_of(owners[0]), "owns", entity_of(company), sentence_evidence(verb.sent), "ownership.held_list", 0.75)


def _listed_companies(noun: Token, kinds: tuple[str, ...]) -> list[Token]:
    """The names an object phrase lists: the name itself and its conjuncts, the name a head noun
    is compounded with ("the Paramount Pictures movie studio"), the names an "including",
    "like" or "such as" phrase gives ("cable channels including A and B", "such assets as A"),
    and those of a quantity noun's "of" ("a host of channels including A")."""
    found: list[Token] = []
    heads, quantities = lower_words("ownership_listing_preps"), lower_words("ownership_quantity_nouns")
    todo, seen = [noun], set()
    while todo:
        token = todo.pop(0)
        if token.i in seen:
            continue
        seen.add(token.i)
        if kind_of(token) in kinds and entity_of(token):
            found.append(token)
        else:
            found.extend(c for c in token.children if c.dep_ == "compound" and kind_of(c) in kinds and entity_of(c))
        # "owns D Sales, which represents producers: A, B and C": a list a relative clause on the
        # name opens with a colon is that clause's, however the parse hangs it ("owns A, which it
        # bought in 2019, and B" goes on with the owner's list).
        clause = min((c.left_edge.i for c in token.children if c.dep_ == "relcl"), default=len(token.doc))
        for child in token.children:
            if child.dep_ in ("conj", "appos") and child.i > clause and any(t.text == ":" for t in token.doc[clause:child.i]):
                continue
            if child.dep_ == "conj":
                todo.append(child)
            elif child.dep_ == "appos":
                todo.append(child)
            elif child.dep_ == "prep" and (child.lower_ in heads or (child.lower_ == "of" and token.lemma_.lower() in quantities)):
                todo.extend(p for p in child.children if p.dep_ == "pobj")
    return list(dict.fromkeys(found))


def _holders(verb: Token) -> list[Token]:
    """The companies a holding verb is said of: its subject, or the name a "which" clause
    describes ("X, which owns Y")."""
    subjects = [antecedent(s, verb) for s in verb.children if s.dep_ in ("nsubj", "csubj")]
    return [s for s in subjects if kind_of(s) == "org" and entity_of(s)]


def held_objects(doc: Doc) -> Iterator[Fact]:
    """"Viacom owns Paramount Pictures, cable channels including A and B, and Argentina's C",
    "X, which owns such assets as A, B and the C movie studio", "Disney now controls A, B and C":
    an active owning verb (ownership_holding_verbs; to control a company is to own it) holds every
    company its object lists, described or not; the token rule corporate.owns stops at the first
    description. A share ("controls 31% of X") is no listed name; a past marker or a hedge
    gives nothing."""
    holding, past = lower_words("ownership_holding_verbs"), lower_words("rec5_past_owner_words")
    for verb in tokens_with(doc, lemma=holding):
        if verb.lemma_.lower() not in holding or verb.pos_ != "VERB" or verb.tag_ == "VBN":
            continue
        if any(c.dep_ in ("neg", "nsubjpass", "auxpass") for c in verb.children):
            continue
        owners = _holders(verb)
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        # "owns A, channels including B, and Argentina's C": the parser may hang the list's last
        # noun on the verb as its conjunct; a noun is no second verb, so it is one more object.
        objects += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")] if objects else []
        if len(owners) != 1 or not objects:
            continue
        owned = [t for o in objects for t in _listed_companies(o, OWNABLE) if entity_of(t) != entity_of(owners[0])]
        if not owned:
            continue
        start, end = min(owners[0].i, verb.i), max(t.i for t in owned) + 1
        if any(t.lower_ in past for t in doc[start:end]) or is_hedged(doc, start, end):
            continue
        for thing in owned:
            yield Fact(entity_of(owners[0]), "owns", entity_of(thing), sentence_evidence(verb.sent),
                       "ownership.held_object", 0.75)


def control_takeovers(doc: Doc) -> Iterator[Fact]:
    """"Harbour Films takes full control of Copperline Studios", "X took control of A, B and C":
    to take control of a company is to buy it, and then to own it. Only a whole or majority
    control (ownership_control_degree_words, or none said): "creative control of the film" is no
    purchase. A hedge ("is set to", "could") or a negation gives nothing."""
    degrees = lower_words("ownership_control_degree_words")
    for verb in tokens_with(doc, lemma=("take", "assume", "gain", "seize")):
        if verb.lemma_.lower() not in ("take", "assume", "gain", "seize") or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        control = next((o for o in verb.children if o.dep_ == "dobj" and o.lower_ == "control"), None)
        if control is None or any(m.dep_ in ("amod", "compound") and m.lower_ not in degrees for m in control.children):
            continue
        owners = _holders(verb)
        if not owners and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
            owners = _holders(verb.head)  # "X agreed to take control of Y", "X bought A and took control of B"
        of = [p for c in control.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if len(owners) != 1 or not of:
            continue
        owned = [t for p in of for t in _listed_companies(p, ("org",)) if entity_of(t) != entity_of(owners[0])]
        if not owned:
            continue
        start, end = min(owners[0].i, verb.i), max(t.i for t in owned) + 1
        if is_hedged(doc, start, end):
            continue
        for thing in owned:
            for predicate in ("acquires", "owns"):
                yield Fact(entity_of(owners[0]), predicate, entity_of(thing), sentence_evidence(verb.sent),
                           "ownership.took_control", 0.75)
