"""The running list of an "executive produces with" credit.

Trade copy closes a casting or order story with one long credit: "A executive produces with B,
C and D for Harbour Films, E, F and G." The names after the verb, with the banners they work
through set between them ("for X", "through X"), are all executive producers of the story's
work; the list runs until a word that is neither a name nor a joiner of the list.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Token

from mediakg.extract.evidence import sentence_evidence
from mediakg.extract.lexicon import lower_words
from mediakg.extract.records import Fact
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.tokens import entity_of, kind_of, ref_of, tokens_with


def _ep_verb(token: Token) -> bool:
    """"executive produces", "exec produce", "executive-producing": the verb of an EP credit."""
    if token.lemma_.lower() in ("executive-produce", "exec-produce"):
        return True
    doc = token.doc
    # "will write and executive produce with B": the bare form after "will", "to" or a first
    # verb is the same credit; the tagger often reads it as a noun there (English has no noun
    # "executive produce"), so only the past forms, a calling card or a passive, stay out.
    return (token.lemma_.lower() == "produce" and token.tag_ in ("VBZ", "VBP", "VBG", "VB", "NN")
            and token.i > 0 and doc[token.i - 1].lower_ in ("executive", "exec"))


def _listed_people(verb: Token) -> list[Token]:
    """The people named after the verb, up to the first word that is no name and no joiner
    (rec5_ep_list_joiners: "with", "and", "for", "through", punctuation); a relative clause
    ("C, who directs") ends the list too, as its verb is no joiner."""
    joiners = lower_words("rec5_ep_list_joiners")
    people: list[Token] = []
    sent = verb.sent
    i = verb.i + 1
    if i >= sent.end or verb.doc[i].lower_ not in ("with", "alongside"):
        return []  # only the "executive produces with ..." list
    for token in verb.doc[i:sent.end]:
        if kind_of(token) == "person" and not ref_of(token):
            people.append(token)
        # A name the entity finder missed ("B" of "with B, C and D") keeps the list going.
        elif kind_of(token) == "org" or token.is_punct or token.lower_ in joiners or token.tag_ in ("NNP", "NNPS"):
            continue
        else:
            # "... for X, and C and D star": names that run straight into another word (no
            # comma) are that word's subjects, a new clause, not items of the credit.
            while people and all(t.lower_ in ("and", "&") or kind_of(t) == "person" or t.tag_ in ("NNP", "NNPS")
                                 for t in verb.doc[people[-1].i + 1:token.i]):
                token = people.pop()
            break
    # "... with B, and C directs": a name that is the subject of a new clause (or listed with
    # one) is no item of the credit.
    return [p for p in people if not _clause_subject(p)]


def _clause_subject(token: Token) -> bool:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def running_ep_lists(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"A executive produces with B and C for X, D and E": A and every name of the list are the
    work's executive producers; the work is the one the sentence names before the credit, else
    the article's (constructions.work_of). A hedged credit ("is in talks to executive produce
    with B") gives nothing."""
    from mediakg.extract.relations.constructions import work_of  # constructions reads this module's neighbours
    for verb in tokens_with(doc, lemma=("executive-produce", "exec-produce", "produce")):
        if not _ep_verb(verb):
            continue
        people = _listed_people(verb)
        subjects = [t for t in doc[verb.sent.start:verb.i] if kind_of(t) == "person"][-1:]
        if not people or is_hedged(doc, verb.sent.start, people[-1].i + 1):
            continue
        work, weight = work_of(verb.sent, verb.i, salient_work)
        if not work:
            continue
        evidence = sentence_evidence(verb.sent)
        for person in [*subjects, *people]:
            if entity_of(person) != work:
                yield Fact(work, "executiveProducer", entity_of(person), evidence, "ep_lists.running", round(0.7 * weight, 2))


def _ep_noun_end(doc: Doc, i: int, end: int) -> int | None:
    """The index after the executive-producer noun that starts at i ("executive producer(s)",
    "exec producer", "EP(s)"), or None. A "co-executive producer" is a staff rank of its own
    (roles.complement leaves it out too): its one word is neither "executive" nor "exec"."""
    if i < end and doc[i].lower_ in ("ep", "eps"):
        return i + 1
    if i + 1 < end and doc[i].lower_ in ("executive", "exec") and doc[i + 1].lower_ in ("producer", "producers"):
        return i + 2
    return None


def as_ep_complements(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"A will serve as writer, showrunner and executive producer", "A and B remain attached as
    executive producers", "A is set to direct and serve as an executive producer", "A has signed
    on as an EP": the complement of "as" after a linking verb names the subject's job, so a run of
    job nouns ending in the executive-producer noun makes each person of the subject an executive
    producer of the sentence's work; "alongside B" right after the noun shares the job. A past
    job ("served as", "was attached as") is a calling card, a hedge keeps the fact out, and a noun
    followed by "at" or "of" a company is a post, not a credit."""
    from mediakg.extract.relations.constructions import _listed_before, work_of  # constructions reads this module's neighbours
    links, bridges, roles = (lower_words(name) for name in ("as_ep_links", "as_ep_bridges", "as_ep_roles"))
    for as_token in tokens_with(doc, lower=("as",)):
        sent = as_token.sent
        if as_token.i == sent.start or doc[as_token.i - 1].lower_ not in links:
            continue
        i = as_token.i + 1
        while i < sent.end and doc[i].lower_ in roles and _ep_noun_end(doc, i, sent.end) is None:
            i += 1
        noun_end = _ep_noun_end(doc, i, sent.end)
        if noun_end is None:
            continue
        # Walk back from the linking word to the subject: auxiliaries, "set to", "remain", and a
        # first job verb joined by "and" ("will write and serve as").
        j = as_token.i - 2
        while j >= sent.start and (doc[j].lower_ in bridges or doc[j].pos_ in ("AUX", "PART", "ADV")
                                   or (doc[j].pos_ == "VERB" and doc[j + 1].lower_ == "and" and not kind_of(doc[j]))):
            if doc[j].lower_ in ("was", "were", "had", "served"):
                break
            j -= 1
        if any(t.lower_ in ("was", "were", "had", "served") for t in doc[j + 1:as_token.i]):
            continue  # a past job: a calling card
        people = _listed_before(doc, sent.start, j + 1, "person")
        if not people:
            continue
        after = doc[noun_end] if noun_end < sent.end else None
        named = ""
        if after is not None and after.lower_ in ("at", "of", "for", "to") and noun_end + 1 < sent.end:
            nxt = doc[noun_end + 1]
            if kind_of(nxt) == "work" or (nxt.lower_ in ("\u201c", "\"") and noun_end + 2 < sent.end and kind_of(doc[noun_end + 2]) == "work"):
                named = entity_of(nxt if kind_of(nxt) == "work" else doc[noun_end + 2])
            elif after.lower_ in ("at", "of") or kind_of(nxt) == "org":
                continue  # "executive producer at Harbour Films": a post at a company
        # "... alongside B and C": partners named right after the noun share the job; one
        # followed by an "-ing" word opens an absolute clause of its own ("with C producing").
        partners: list[Token] = []
        k = noun_end
        if k < sent.end and doc[k].lower_ == "alongside":
            k += 1
        elif k + 1 < sent.end and doc[k].lower_ == "along" and doc[k + 1].lower_ == "with":
            k += 2
        else:
            k = sent.end
        while k < sent.end and (kind_of(doc[k]) == "person" or doc[k].text in (",", "and")):
            if kind_of(doc[k]) == "person" and not ref_of(doc[k]):
                follower = doc[k + 1] if k + 1 < sent.end else None
                if follower is not None and follower.is_lower and follower.lower_.endswith("ing"):
                    break
                partners.append(doc[k])
            k += 1
        last = max([noun_end, *(p.i + 1 for p in partners)])
        if is_hedged(doc, sent.start, last):
            continue
        if named:
            work, weight = named, 1.0
        else:
            work, weight = work_of(sent, people[0].i, salient_work)
        if not work:
            continue
        evidence = sentence_evidence(sent)
        for person in [*people, *partners]:
            if entity_of(person) and entity_of(person) != work:
                yield Fact(work, "executiveProducer", entity_of(person), evidence, "ep_lists.as_ep", round(0.75 * weight, 2))
