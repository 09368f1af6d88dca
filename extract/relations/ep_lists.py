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
from mediakg.extract.tokens import tokens_with


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
        if token._.mkg_kind == "person" and not token._.mkg_ref:
            people.append(token)
        # A name the entity finder missed ("B" of "with B, C and D") keeps the list going.
        elif token._.mkg_kind == "org" or token.is_punct or token.lower_ in joiners or token.tag_ in ("NNP", "NNPS"):
            continue
        else:
            # "... for X, and C and D star": names that run straight into another word (no
            # comma) are that word's subjects, a new clause, not items of the credit.
            while people and all(t.lower_ in ("and", "&") or t._.mkg_kind == "person" or t.tag_ in ("NNP", "NNPS")
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
        subjects = [t for t in doc[verb.sent.start:verb.i] if t._.mkg_kind == "person"][-1:]
        if not people or is_hedged(doc, verb.sent.start, people[-1].i + 1):
            continue
        work, weight = work_of(verb.sent, verb.i, salient_work)
        if not work:
            continue
        evidence = sentence_evidence(verb.sent)
        for person in [*subjects, *people]:
            if person._.mkg_entity != work:
                yield Fact(work, "executiveProducer", person._.mkg_entity, evidence, "ep_lists.running", round(0.7 * weight, 2))
