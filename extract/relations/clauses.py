"""Credits read from the parse: "Peter Vance, who ran the HBO series “X” and directed the 1999
film “Y,” directed the pilot." Token patterns cannot span a relative clause and a coordination
with names inside; the dependency tree can. A verb from the lexicon (direct_verbs, write_verbs,
produce_verbs, create_verbs) gives its subject people (through "who", coordinated verbs and
"X has been tapped / Netflix hired X to direct") and its object works.

A past credit is also a calling card: "directed the 2012 movie X" gives X directedBy P and
P knownFor X; "created" / "developed" gives only knownFor, the ontology has no creator property.
A credit for "the pilot" or "the first episode" is a credit for the work the article is about.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Token

from mediakg.extract.evidence import sentence_evidence
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.lexicon import lexicon_table, lower_words
from mediakg.extract.records import Fact
from mediakg.extract.tokens import entity_of, kind_of, ref_of, tokens_with

# A work reached from the object through these is not the object ("the remake of X": X is the source).
NOT_THE_OBJECT = frozenset({"prep", "relcl", "acl", "advcl", "pobj"})
RELATIVE = frozenset({"who", "that"})


def _predicate(verb: Token) -> str | None:
    """The credit a verb gives, "" for a verb that only makes a calling card, None for others."""
    lemma = verb.lemma_.lower()
    if lemma in lower_words("direct_verbs"):
        return "directedBy"
    if lemma in lower_words("write_verbs"):
        return "writtenBy"
    if lemma in lower_words("produce_verbs"):
        return "executiveProducer" if _executive_before(verb) else "producer"
    if lemma in lower_words("create_verbs"):
        return ""
    return None


def _executive_before(verb: Token) -> Token | None:
    """The "executive" of "executive produce(d)" or "executive-produced" before a verb."""
    doc, i = verb.doc, verb.i - 1
    if i > 0 and doc[i].text == "-":
        i -= 1
    return doc[i] if i >= 0 and i < verb.i and doc[i].lower_ in ("executive", "co-executive", "exec") else None


def _hyphened_list_lead(verb: Token) -> Token | None:
    """"A created and executive-produced X": the parser hangs the hyphened second verb on the
    title as a modifier; the verb before "and" carries the subject and the object both share."""
    if verb.dep_ != "amod" or kind_of(verb.head) != "work":
        return None
    executive = _executive_before(verb)
    j = (executive.i if executive is not None else verb.i) - 1
    if j < 1 or verb.doc[j].lower_ not in ("and", ","):
        return None
    lead = verb.doc[j - 1]
    if lead.pos_ != "VERB" or _predicate(lead) is None or not _same_form(verb, lead):
        return None
    return lead if any(c.dep_ == "dobj" and c.i == verb.head.i for c in lead.children) else None


def _with_conjuncts(token: Token) -> list[Token]:
    """The token and the names coordinated after it, up to a semicolon: a semicolon separates
    items that each have their own clause ("A (who directs the pilot); B and C through X")."""
    found = [token]
    for t in sorted((t for t in token.conjuncts if t.i > token.i), key=lambda t: t.i):
        if any(x.text == ";" for x in token.doc[found[-1].i + 1:t.i]):
            break
        found.append(t)
    return found


def _listed_verb(verb: Token) -> bool:
    """Whether a verb is the second of a list of verbs the parser hung as a complement: in
    "wrote, directed and produced X" the small models often make "directed" an xcomp of "wrote"."""
    return (verb.dep_ == "xcomp" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
            and _same_form(verb, verb.head) and not any(c.lower_ == "to" for c in verb.children))


def _same_form(verb: Token, other: Token) -> bool:
    # The tagger often reads the second of "wrote, directed" as a participle: both are past.
    past = ("VBD", "VBN")
    return verb.tag_ == other.tag_ or (verb.tag_ in past and other.tag_ in past)


def coordinated_verbs(verb: Token) -> list[Token]:
    """The verbs of the list a verb is in, itself first: "will write and direct", "wrote,
    directed and produced"."""
    root = verb
    while (root.dep_ == "conj" or _listed_verb(root)) and root.head.pos_ == "VERB" and root.head.i != root.i:
        root = root.head
    chain, todo = [], [root]
    while todo:
        node = todo.pop()
        chain.append(node)
        todo.extend(c for c in node.children if c.pos_ == "VERB" and (c.dep_ == "conj" or _listed_verb(c)))
    return [verb, *sorted((t for t in chain if t.i != verb.i), key=lambda t: t.i)]


def subjects(verb: Token) -> list[Token]:
    """The people who do what the verb says: its subject, the subject of the verb it is
    coordinated with ("who was ... and directed"), the antecedent of "who"."""
    current = verb
    while True:
        found = [c for c in current.children if c.dep_ == "nsubj"]
        if found and _verb_half(found[0], current):
            # "A executive produces X", "A created and executive produced X": the small parser
            # reads "executive", the first half of the verb, as its subject; the doer is the
            # name hung on it or, with none, the subject of the verb it is coordinated with.
            found = [c for c in found[0].children if c.dep_ in ("compound", "nmod", "nsubj") and kind_of(c) == "person"]
        infinitive = current.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in current.children)
        # "A exec produces X": the parser may make "exec" the verb, with "produces" its complement.
        half = not found and getattr(_executive_before(current), "i", None) == current.head.i
        if found or not (current.dep_ == "conj" or _listed_verb(current) or infinitive or half) or current.head.i == current.i:
            break
        current = current.head
        if infinitive:
            # "Netflix hired X to direct": the one hired; "X has been tapped to direct": X.
            hired = [c for c in current.children if c.dep_ == "dobj" and kind_of(c) == "person"]
            found = hired or [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
            break
    if not found:
        return []
    subject = found[0]
    relative = subject.lower_ in RELATIVE and current.dep_ == "relcl"
    if relative:
        subject = current.head
    people = [t for t in _with_conjuncts(subject) if kind_of(t) == "person"]
    # "produced by A, B and C (Y), who also directed it": after a list of three or more, the
    # relative clause is said of the last name, the one it follows; a pair may share it ("A and
    # B, who created the show").
    if relative and len(people) >= 3:
        people = [t for t in people if t.i < found[0].i][-1:]
    if not people:
        return []
    return people + [t for t in _partners(verb) if t.i not in {p.i for p in people}]


def _verb_half(token: Token, verb: Token) -> bool:
    """Whether a token is the "executive" of "executive produce(s/d)" just before its verb."""
    executive = _executive_before(verb)
    return executive is not None and executive.i == token.i


def _partners(verb: Token) -> list[Token]:
    """People who share the credit through "with": "will write the script with Y", "co-wrote it
    with Y". Only on the verb or on its object, so "wrote X with Y in mind" style adjuncts of a
    clause further down are not reached."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    # "directed X with A and B": the names a director works "with" are most often the cast, not
    # co-directors (who are said to co-direct).
    if _predicate(verb) == "directedBy" and not verb.lower_.startswith("co"):
        return []
    found = []
    for holder in holders:
        for prep in holder.children:
            # "will write the script and executive produce with Y": a "with" after a second
            # credit verb is that verb's partner, whatever head the parser gave it.
            if any(t.i != verb.i and _predicate(t) is not None for t in verb.doc[verb.i + 1:prep.i]):
                continue
            if prep.dep_ == "prep" and prep.lower_ in ("with", "alongside"):
                found.extend(t for p in prep.children if p.dep_ == "pobj" for t in _with_conjuncts(p) if kind_of(t) == "person")
    return found


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "agent", "nsubjpass") for c in verb.children)


def _works_of(dobj: Token) -> list[Token]:
    """The works an object names, not those reached through a preposition or a clause."""
    works = []
    for token in dobj.subtree:
        if kind_of(token) != "work":
            continue
        path, node, nodes = [], token, []
        while node.i != dobj.i and node.head.i != node.i:
            path.append(node.dep_)
            nodes.append(node.head)
            node = node.head
        if not NOT_THE_OBJECT.intersection(path) or _example_of_plural(dobj, nodes):
            works.append(token)
    return works


def _example_of_plural(dobj: Token, path: list[Token]) -> bool:
    """"produced a slew of hits, including X", "directed episodes of shows including X": a title
    in an "including" list under a plural work noun is one of the works the verb acts on. Only
    "of" and "including" may stand on the way: "the remake of X" still names another work."""
    plurals = {n for nouns in lexicon_table("plural_title_slot_nouns").values() for n in nouns} | {"episodes"}
    preps = [t for t in path if t.dep_ == "prep"]
    return (any(t.lower_ == "including" for t in preps) and all(t.lower_ in ("including", "of") for t in preps)
            and any(t.lower_ in plurals for t in dobj.subtree if t.i < max(p.i for p in path) + 1))


def objects(verb: Token) -> tuple[list[Token], bool]:
    """The works the verb acts on, and whether its object is an episode of an unnamed work.
    Verbs listed before one object share it: "will write and direct the film X" credits both."""
    dobjs = [c for v in coordinated_verbs(verb) if v.i >= verb.i for c in v.children if c.dep_ == "dobj"]
    if not dobjs:
        return [], False
    works = next((found for found in map(_works_of, dobjs) if found), [])
    # "will write the screenplay": the text of the work the article is about, as the pilot is a part of it.
    part_of_work = lower_words("episode_nouns") | (lower_words("script_nouns") if _predicate(verb) == "writtenBy" else frozenset())
    episode = not works and dobjs[0].lower_ in part_of_work
    # "direct the pilot of X": the part's "of" phrase says whose part it is; "direct the first
    # two episodes of a new thriller" names a work the article leaves untitled, never its main one.
    owners = [p for prep in dobjs[0].children if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
              for p in prep.children if p.dep_ == "pobj"]
    if episode and owners:
        return [t for owner in owners for t in _works_of(owner)], False
    return works, episode


def _described_untitled_work(sent) -> bool:
    """Whether the sentence describes a work it does not name: an indefinite work noun with a
    participle or relative clause on it ("in a film directed by A", "a drama that follows B")."""
    nouns = lower_words("title_slot_nouns")
    return any(t.pos_ == "NOUN" and t.lower_ in nouns and not kind_of(t)
               and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
               and any(c.dep_ in ("acl", "relcl") for c in t.children) for t in sent)


def is_past(verb: Token) -> bool:
    """"starred", "has directed": a credit already earned."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _joined_to_a_present_credit(verb: Token) -> bool:
    """"A created and executive produces X": a past verb that shares its object with a present or
    future one joined to it is about the work A is on now, no calling card. A past verb with an
    object of its own ("A wrote X and will direct") keeps it: X is done, the next work unnamed."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.tag_ in ("VBZ", "VBP", "VB") for c in verb.children)


def clause_facts(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """Credits and calling cards of the verbs in the lexicon, read from the dependency parse."""
    for verb in tokens_with(doc, pos=("VERB",)):
        if verb.pos_ != "VERB" or _is_passive(verb):
            continue
        predicate = _predicate(verb)
        if predicate is None:
            continue
        people = subjects(verb)
        works, episode = objects(verb)
        lead = None if people else _hyphened_list_lead(verb)
        if lead is not None:
            people = subjects(lead)
            works, episode = objects(lead)
        if not people or not (works or (episode and salient_work and predicate)):
            continue
        span = [verb.i, *(t.i for t in people), *(t.i for t in works)]
        if is_hedged(doc, min(span), max(span) + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        rule = "clauses." + verb.lemma_.lower()
        # A person reached through "She" or "the director" is less sure than one named.
        weight = 0.85 if any(ref_of(t) for t in people) else 1.0
        # "a film directed by A, who wrote the screenplay": the script is the untitled film's.
        if episode and not works and _described_untitled_work(verb.sent):
            continue
        for person in people:
            key = entity_of(person)
            if episode:  # the pilot of the work the article is about: less sure than a named one
                yield Fact(salient_work, predicate, key, evidence, rule + "_episode", round(0.65 * weight, 2))
                continue
            for work in works:
                if predicate:
                    yield Fact(entity_of(work), predicate, key, evidence, rule, round(0.75 * weight, 2))
                # ("A penned the series": the article's own work, pointed back to, is no calling
                # card of hers; works.created reads "created" on its own.)
                if is_past(verb) and not _joined_to_a_present_credit(verb) and not (ref_of(work) and entity_of(work) == salient_work):
                    yield Fact(key, "knownFor", entity_of(work), evidence, rule + "_known", round(0.7 * weight, 2))


# Words that may stand between "who" and its first credit verb ("who also wrote", "who has
# directed", "who will write").
CHAIN_LEADS = frozenset({"also", "previously", "recently", "has", "had", "have", "will", "both", "then"})
QUOTES = frozenset({"\u201c", "\u201d", "\"", "'", "\u2018", "\u2019"})


def relative_credit_chains(doc: Doc) -> Iterator[Fact]:
    """"A, who wrote and directed X, ...", "A, who wrote, directed and produced X": a relative
    clause whose coordinated credit verbs share one object credits the person before "who" with
    each (and, in the past, makes X a calling card). Read on the tokens: the small parser often
    hangs the second verb on the title as a modifier ("directed Salt Road"), so the parse loses it."""
    for who in tokens_with(doc, lower=("who",)):
        if who.i < 2 or doc[who.i - 1].text != "," or kind_of(doc[who.i - 2]) != "person":
            continue
        person = doc[who.i - 2]
        j, future = who.i + 1, False
        while j < len(doc) and doc[j].lower_ in CHAIN_LEADS:
            future = future or doc[j].lower_ == "will"
            j += 1
        verbs: list[Token] = []
        while j < len(doc):
            if doc[j].lower_ in ("executive", "co-executive") and j + 1 < len(doc):
                j += 1
            if _predicate(doc[j]) is None or doc[j].pos_ not in ("VERB", "AUX", "ADJ") and doc[j].tag_ not in ("VBD", "VBN", "VB"):
                break
            verbs.append(doc[j])
            j += 1
            if j < len(doc) and doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "&"):
                j += 1
            if j < len(doc) and doc[j].lower_ in (",", "and", "&"):
                j += 1
                continue
            break
        if len(verbs) < 2:
            continue
        work = None
        for t in doc[j:j + 6]:
            if kind_of(t) == "work":
                work = t
                break
            # Only the words of a title's own noun phrase: "the 2019 HBO drama “X”"; "a play
            # before the film X" names another object.
            if t.is_sent_start or not (t.text in QUOTES or t.pos_ in ("DET", "ADJ", "NUM") or kind_of(t) == "org"
                                       or t.lower_ in lower_words("work_genre_heads")):
                break
        if work is None or is_hedged(doc, person.i, work.i + 1):
            continue
        evidence = sentence_evidence(work.sent)
        for verb in verbs:
            predicate = _predicate(verb)
            if predicate:
                yield Fact(entity_of(work), predicate, entity_of(person), evidence, "clauses.who_chain", 0.75)
        if not future and all(v.tag_ in ("VBD", "VBN") for v in verbs):
            yield Fact(entity_of(person), "knownFor", entity_of(work), evidence, "clauses.who_chain_known", 0.7)
