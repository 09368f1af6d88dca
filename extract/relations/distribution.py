"""Distribution read from the parse: where a work is shown, and who carries it.

- A work that premieres, streams, airs, debuts or lands on a service, or comes to one, is
  carried by that service: "The comedy will premiere all eight episodes exclusively on Netflix",
  "Saltmarsh is coming to Hulu as a limited series". The verb and its preposition are data (the
  lexicon's platform_verbs: preposition -> verb lemmas).
- A film a company buys outright is one it releases: "Harbour Films has acquired Glasshouse",
  "Glasshouse was picked up by Harbour Films" (a distributor buying a finished film at a market).
  Rights to a source work bought to adapt it are no release ("secured the rights to the novel").
"""
from __future__ import annotations

from dataclasses import replace

import re
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from mediakg.extract.evidence import document_text, sentence_evidence
from mediakg.extract.lexicon import alternation, lexicon_table, lower_words, words
from mediakg.extract.mentions.titles import BOX_OFFICE_WORDS_RE, MONEY_RE
from mediakg.extract.records import Fact
from mediakg.extract.relations.engine import clause_verb, coordinated, entity_start, in_passing
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.tokens import (TokenTable, class_of, doc_sents, entity_of, kind_of, ref_of, token_table, tokens_at, tokens_in, tokens_with,
                                    word_positions)


def _platform_table() -> dict[str, set[str]]:
    return {prep: set(lemmas) for prep, lemmas in lexicon_table("platform_verbs").items()}


def _work_subjects(verb: Token) -> list[Token]:
    """The works a verb is said of: its subject and those coordinated with it, or the title in
    apposition to a genre-noun subject ("the comedy Glasshouse"). An "and"-coordinated verb
    shares its subject ("Glasshouse wrapped in May and premieres on Netflix in June")."""
    current = verb
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children) and current.dep_ in ("conj", "xcomp") \
            and current.head.i != current.i:
        current = current.head
    heads = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Saltmarsh, which streams on Netflix", "Saltmarsh, now streaming on Netflix": the clause
    # hangs on the work it is about.
    if current.dep_ in ("relcl", "acl") and (not heads or all(h.lower_ in ("which", "that") for h in heads)):
        heads = [current.head]
    heads += [c for s in heads if kind_of(s) != "work" for c in s.children if c.dep_ in ("appos", "compound")]
    return [t for h in heads for t in coordinated(h) if kind_of(t) == "work" and not in_passing(t)]


def _platforms(verb: Token, table: dict[str, set[str]]) -> list[Token]:
    """The companies of the verb's platform preposition ("on Netflix", "to Hulu"), also through
    an adjective complement ("is available on Disney+") or an adverb ("exclusively on"). A noun
    trigger ("a June premiere on Netflix") is looked up by its lemma like a verb."""
    lemma = verb.lemma_.lower()
    holders = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "advmod"))]
    found: list[Token] = []
    for holder in holders:
        word = lemma if holder is verb else holder.lemma_.lower()
        for prep in holder.children:
            if prep.dep_ != "prep" or word not in table.get(prep.lower_, ()):
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found += [t for t in coordinated(pobj) if kind_of(t) == "org"]
    if not found:
        # "will premiere outside of the UK on Vantix": the parser may hang the platform's "on" on
        # the territory before it; it is still in the verb's own clause. Only a service or a
        # channel there: a company "on" a place may be anything.
        for prep in verb.subtree:
            if prep.dep_ == "prep" and prep.head.i != verb.i and lemma in table.get(prep.lower_, ()) \
                    and kind_of(prep.head) == "place" and (clause_verb(prep) or prep).i == verb.i:
                found += [t for o in prep.children if o.dep_ == "pobj" for t in coordinated(o)
                          if kind_of(t) == "org" and class_of(t) in ("StreamingService", "Broadcaster")]
    return found


def _noun_works(noun: Token) -> list[Token]:
    """The works a premiere noun is of: "Saltmarsh's debut on Netflix", or the subject of the
    verb it hangs on, "Saltmarsh is set for a June premiere on Netflix"."""
    owners = [c for c in noun.children if c.dep_ == "poss" and kind_of(c) == "work"]
    if owners:
        return owners
    head = noun.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:  # Tokens are views: compare indices
        head = head.head
    return _work_subjects(head) if head.pos_ in ("VERB", "AUX") else []


def platform_releases(doc: Doc) -> Iterator[Fact]:
    """A work's premiere, stream or broadcast on a service: the service distributes it."""
    table = _platform_table()
    verbs = set().union(*table.values())
    nouns = lower_words("platform_nouns")
    # Only a platform noun, a release verb or a verb whose complement is one ("is available on")
    # can pass the tests below: the word index finds them, not a read of every noun and verb.
    parse = token_table(doc)
    said = word_positions(doc, lemma=verbs)
    can_release = {*said, *word_positions(doc, lemma=nouns), *(parse.head[i] for i in said if parse.dep[i] == "acomp")}
    for verb in tokens_at(doc, can_release.intersection(word_positions(doc, pos=("NOUN", "VERB", "AUX")))):
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in nouns:
            works, platforms = _noun_works(verb), _platforms(verb, table)
            yield from _carried(doc, verb, works, platforms)
            continue
        if verb.pos_ not in ("VERB", "AUX") or not ({verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children
                                                                             if c.dep_ == "acomp"}) & verbs:
            continue
        # "landed financing through A", "hit its budget via A": with an object other than the
        # cinemas or screens it reaches, "land", "hit" or "arrive" is no release.
        if verb.lemma_.lower() in ("land", "hit", "arrive", "open") and any(
                c.dep_ == "dobj" and c.lemma_.lower() not in RELEASE_PLACE_NOUNS for c in verb.children):
            continue
        yield from _carried(doc, verb, _work_subjects(verb), _platforms(verb, table) or _announcing_platforms(verb))


# What a work that lands, hits or opens is released into, or gets: "hits UK cinemas through A",
# "landed a series order at HBO".
RELEASE_PLACE_NOUNS = frozenset({"cinema", "theater", "theatre", "screen", "multiplex", "store", "shelf", "platform", "service", "order", "home"})

DISTRIBUTOR_NOUNS = frozenset({"distributor", "distributors"})


def named_distributors(doc: Doc) -> Iterator[Fact]:
    """A company the noun "distributor" introduces distributes the work the sentence names: "X,
    from distributor A24,", "opens via distributor Lumen Films". The work is a title or a resolved
    description ("the film") in the same sentence, not one named in passing; none, no fact."""
    for noun in tokens_with(doc, lower=tuple(DISTRIBUTOR_NOUNS)):
        if noun.lower_ not in DISTRIBUTOR_NOUNS:
            continue
        sent = noun.sent
        # (A copula's "A is the distributor of X" is the corporate rules'.)
        companies = [doc[noun.i + 1]] if noun.i + 1 < sent.end and kind_of(doc[noun.i + 1]) == "org" else []
        companies = [t for c in companies for t in coordinated(c) if kind_of(t) == "org"]
        works = [t for t in sent if kind_of(t) == "work" and not in_passing(t)]
        if not companies or not works or is_hedged(doc, max(sent.start, noun.i - 2), companies[-1].i + 1):
            continue
        work = min(works, key=lambda t: abs(t.i - noun.i))
        for company in companies:
            yield Fact(entity_of(company), "distributes", entity_of(work), sentence_evidence(sent), "distribution.named_distributor", 0.7)


# The verbs of a company's statement: "X will premiere on March 2, HBO announced".
ANNOUNCING_LEMMAS = frozenset({"announce", "say", "reveal", "confirm", "unveil"})


def _announcing_platforms(verb: Token) -> list[Token]:
    """"Deep Harbor will premiere on March 2, HBO announced": a service or a channel that
    announces a work's premiere is where it premieres (a studio or producer announcing it is
    not: only a StreamingService or Broadcaster counts)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ANNOUNCING_LEMMAS:
        return []
    return [t for c in verb.head.children if c.dep_ == "nsubj" for t in coordinated(c)
            if kind_of(t) == "org" and class_of(t) in ("StreamingService", "Broadcaster")]


def _carried(doc: Doc, trigger: Token, works: list[Token], platforms: list[Token]) -> Iterator[Fact]:
    if not works or not platforms:
        return
    ends = works + platforms + [trigger]
    if is_hedged(doc, min(t.i for t in ends), max(t.i for t in ends) + 1):
        return
    evidence = sentence_evidence(trigger.sent)
    sure = 0.85 if any(ref_of(t) for t in ends) else 1.0
    for platform in platforms:
        for work in works:
            yield Fact(entity_of(platform), "distributes", entity_of(work), evidence,
                       "distribution.platform", round(0.75 * sure, 2))


def bought_releases(facts: list[Fact], classes: dict[str, str]) -> Iterator[Fact]:
    """A finished film or series a company buys it releases: every plain `acquires` fact whose
    object is a Film or Series (not a novel or a play bought to adapt: the source-work nouns, nor
    rights bought "to develop" or "to adapt" it) gives a `distributes` fact too, as does one
    whose object is a work of no decided medium. `classes` maps
    entity keys to their decided class."""
    adapting = lower_words("adaptation_rights_words")
    for fact in facts:
        # "Harbour Films has acquired the thriller Glasshouse": a title left at CreativeWork (a
        # genre noun that fits film and series alike) is still a finished work bought to be
        # shown; only a source work is bought to be made into one, and its nouns (novel, book,
        # play, format, franchise) stay out through adaptation_rights_words below.
        if fact.predicate != "acquires" or fact.status or classes.get(fact.object) not in ("Film", "Series", "CreativeWork"):
            continue
        if any(w.strip(".,;:!?\u201c\u201d\"'").lower() in adapting for w in fact.evidence.sentence.split()):
            continue
        yield Fact(fact.subject, "distributes", fact.object, fact.evidence, "distribution.bought", round(fact.confidence * 0.85, 2))


# Rules that read a company's show from its name before the title ("Kelso's drama X", "the
# Kelso series X"): the name says whose the show is, which for a distributor is a release.
OWNER_SHOW_RULES = frozenset({"lists.possessive_work", "corporate.org_possessive_series", "corporate.work_org_possessive_series",
                              "corporate.org_series", "corporate.org_series_list"})


def box_office_line(sentence: str) -> bool:
    """Whether a sentence reports a film's takings ("Sony's Hitch took A$2m from 168 screens",
    "topped the box office"): a sum of money with a box-office verb and a box-office word, as
    titles.py reads what only a film does; money raised, a budget or presales are no takings."""
    if NOT_TAKINGS_RE.search(sentence):
        return False
    return bool(BOX_OFFICE_RE.search(sentence)
                or MONEY_RE.search(sentence) and BOX_OFFICE_WORDS_RE.search(sentence) and TAKINGS_RE.search(sentence))


BOX_OFFICE_RE = re.compile(r"\bbox[ -]office\b", re.I)
# Words of money that is no takings: a budget, financing, presales.
NOT_TAKINGS_RE = re.compile(r"\b(?:budget|financ\w*|presales?|pre-sales?|raised|funding|cost)\b", re.I)
TAKINGS_RE = re.compile(r"\b(?:grossed|grosses|grossing|took|takes|taking|earned|earns|earning|collected|opened|opening|debuted|bowed|"
                        r"added|drew|cume|haul|takings)\b", re.I)


def distributor_shows(facts: list[Fact], classes: dict[str, str]) -> list[Fact]:
    """"Kelso Distribution's drama X was acquired by K7": a distributor's show is one it sells or
    releases, not one it made; the owner-name rules say produces of any company, so for a
    Distributor the fact becomes distributes. So it does in a box-office line ("Sony's Hitch
    took $5m from 300 screens", "the Paramount blockbuster X"): a film's takings are reported
    under the company that releases it."""
    return [replace(f, predicate="distributes") if f.rule in OWNER_SHOW_RULES and f.predicate == "produces"
            and (classes.get(f.subject) == "Distributor"
                 # a production company's name there is still its making ("Blumhouse's X topped ...")
                 or classes.get(f.subject) != "ProductionCompany" and box_office_line(f.evidence.sentence)) else f for f in facts]


def _verb_companies(verb: Token) -> list[Token]:
    """The company subject of the verb, up through "is currently handling", "will also handle",
    "and will handle" (a verb joined to another shares its subject), or the name a relative
    clause hangs on ("X, which handles sales")."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        if subjects:
            if subjects[0].lower_ in ("which", "that") and current.dep_ == "relcl":
                return [current.head] if kind_of(current.head) == "org" else []
            return [t for s in subjects for t in [s, *s.conjuncts] if kind_of(t) == "org"]
        if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
            return []
        current = current.head
    return []


def handled_releases(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """A work's release named as handled by a company, in the passive: "the German release of
    Frostline is handled by Harbour Films", "distribution is handled by Harbour Films" (the
    lexicon's handled_release_nouns in the subject). The company puts the work before an
    audience: it distributes it. A sales agent's handling of sales ("international sales are
    handled by X", "X is handling world sales") sells the work to the distributors of each
    territory and releases nothing itself, so it gives no fact."""
    from mediakg.extract.relations.constructions import work_of
    subjects = lower_words("handled_release_nouns")
    for verb in tokens_with(doc, pos=("VERB",), lemma=frozenset({"handle"})):
        if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_.lower() != "handle":
            continue
        agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        companies = [t for p in agents for t in [p, *p.conjuncts] if kind_of(t) == "org"]
        if not companies or not any(t.lemma_.lower() in subjects for t in doc[max(verb.sent.start, verb.i - 8):verb.i]):
            continue
        work, weight = work_of(verb.sent, companies[0].i, salient_work)
        if not work or is_hedged(doc, verb.sent.start, companies[-1].i + 1):
            continue
        for company in companies:
            yield Fact(entity_of(company), "distributes", work, sentence_evidence(verb.sent), "distribution.handled_release",
                       round(0.7 * weight, 2))


def _speaks_of_sale(table: TokenTable, sent: Span, cues: frozenset[str]) -> bool:
    """Whether a word of the sentence (its lemma or its form) is one of the sale cues."""
    # The word index keeps the lemmas lower-cased: the same test, without a pass over the words.
    return bool(tokens_in(sent, lemma=cues) or tokens_in(sent, lower=cues))


def names_its_own_title(sent: Span, before: int) -> bool:
    """Whether a sentence names, before `before`, a title no finder found: a maker's possessive
    before a capitalised name no entity holds ("Laurent Roe's Foxfire ... closed deals in Italy
    (Teodora)"), or such a name as the clause's subject ("Elles was picked up in CIS (Maywin)").
    A sales round-up's item is about that title, not the article's main one."""
    doc = sent.doc
    for t in doc[sent.start:before]:
        # (the tagger takes a one-word title for a common noun as often as for a name)
        if kind_of(t) or not t.text[:1].isupper() or t.pos_ not in ("PROPN", "NOUN") or t.i == sent.start:
            continue
        after_maker = t.i > sent.start + 1 and doc[t.i - 1].tag_ == "POS" and (kind_of(doc[t.i - 2]) == "person" or doc[t.i - 2].ent_type_ == "PERSON")
        if after_maker or (t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON")):
            return True
    return False


def territory_buyers(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """Sales reports list each territory sold with its buyer in brackets: "the film has sold to
    France (Le Pacte), Italy (Lucky Red) and Japan (Kino)". A company bracketed after a country,
    in a sentence that speaks of a sale (the lexicon's territory_sale_cues), releases the work
    the sentence (or the article) is about in that country."""
    from mediakg.extract.relations.constructions import work_of
    cues = lower_words("territory_sale_cues")
    table = token_table(doc)  # the words' strings, read without a Token for each
    for sent in doc_sents(doc):
        if not _speaks_of_sale(table, sent, cues):
            continue
        # The brackets first (plain strings), the tags only of the word inside them.
        buyers = [doc[i] for i in range(sent.start + 2, sent.end - 1) if table.text[i - 1] == "(" and table.text[i + 1] == ")"
                  and kind_of(doc[i]) == "org" and kind_of(doc[i - 2]) == "place"]
        if not buyers:
            continue
        if is_hedged(doc, sent.start, buyers[-1].i + 1):
            continue
        first = buyers[0]
        for buyer in buyers:
            # "X sold to France (A); while Y was bought for Germany (B)": a title named between
            # two buyers starts a new list, whose buyers bought it.
            if any(kind_of(t) == "work" for t in doc[first.i:buyer.i - 1]):
                first = buyer
            work, weight = work_of(sent, first.i - 2, salient_work)
            if not work or (weight < 1.0 and names_its_own_title(sent, first.i - 2)):
                continue  # (a round-up's item names its film, which no finder found: not the article's)
            # A buyer buys: the territory's distributor acquired the work it releases (corp3).
            for predicate in ("distributes", "acquires"):
                yield Fact(entity_of(buyer), predicate, work, sentence_evidence(sent), "distribution.territory_buyer",
                           round(0.7 * weight, 2))


def _pair_at(doc: Doc, token: Token, end: int) -> tuple[str, int] | None:
    """"Medusa for Italy", "TF1 in France", "Soda Pictures for the U.K. and Canada": a company
    followed by "for" or "in" and a country or region (not a city); the preposition and the
    index after the pair's last place."""
    if kind_of(token) != "org" or token.i + 2 >= end or doc[token.i + 1].lower_ not in ("for", "in"):
        return None
    i = token.i + 2
    if doc[i].lower_ == "the" and i + 1 < end:
        i += 1
    # "for Benelux": a sales territory the place finder does not name (sales_territory_words).
    territory = kind_of(doc[i]) == "place" or (not kind_of(doc[i]) and doc[i].text in words("sales_territory_words"))
    if not territory or class_of(doc[i]) == "City":
        return None
    last = i
    while last + 2 < end and doc[last + 1].text in (",", "and") and kind_of(doc[last + 2]) == "place":
        last += 2
    return doc[token.i + 1].lower_, last + 1


def territory_pair_buyers(sent) -> list[Token]:
    """Sales lists pair each buyer with its territory, and writers vary the preposition inside
    one list: "picked up by A for Germany, B in Italy and C in France". In a chain of such
    pairs joined by commas and "and", one "for" pair makes the list one of territories sold,
    so every company of the chain is a buyer for its territory, the "in" ones too (their "in"
    names the territory bought, not where the company is). A lone "B in Italy" is left alone."""
    doc = sent.doc
    chains: list[list[tuple[Token, str]]] = []
    current: list[tuple[Token, str]] = []
    i = sent.start
    while i < sent.end:
        pair = _pair_at(doc, doc[i], sent.end)
        if pair is None:
            i += 1
            continue
        current.append((doc[i], pair[0]))
        j = pair[1]
        while j < sent.end and doc[j].lower_ in (",", "and", "the"):
            j += 1
        if j < sent.end and j > pair[1] and _pair_at(doc, doc[j], sent.end):
            i = j
            continue
        chains.append(current)
        current = []
        i = pair[1]
    # A chain of "in" pairs only is a list of buyers too when it is what a sale went "to" or was
    # picked up "by": "sold to A in Canada, B in Australia and C in New Zealand".
    return [company for chain in chains if len(chain) > 1 and (any(prep == "for" for _, prep in chain)
                                                              or doc[entity_start(chain[0][0]) - 1].lower_ in ("to", "by"))
            for company, _ in chain]


def in_territory_pair(company: Token) -> bool:
    """Whether a company is one of the buyers of a territory-pair sales list (see above), in a
    sentence that speaks of a sale."""
    sent = company.sent
    if not _speaks_of_sale(token_table(company.doc), sent, lower_words("territory_sale_cues")):
        return False
    return any(t.i == company.i for t in territory_pair_buyers(sent))


def territory_for_buyers(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """Sales reports also name each buyer before its territory: "deals with Curzon for the
    U.K., Bac Films for France", "sold it to Paramount for Spain". A company followed by "for"
    and a country or region, in a sentence that speaks of a sale (territory_sale_cues), bought
    the work the sentence (or the article) is about for that territory, and releases it there.
    A buyer buys: both acquires and distributes."""
    cues = lower_words("territory_sale_cues")
    table = token_table(doc)
    for sent in doc_sents(doc):
        if not _speaks_of_sale(table, sent, cues):
            continue
        buyers = []
        # "for" after the word first (a string), then whether the word is a company.
        for i in range(sent.start, sent.end - 2):
            if table.lower[i + 1] != "for":
                continue
            token = doc[i]
            if kind_of(token) != "org":
                continue
            place = doc[token.i + 3] if doc[token.i + 2].lower_ == "the" and token.i + 3 < sent.end else doc[token.i + 2]
            # "acquired Salt Road by Ana Ruiz for the UK": a name in a work's byline made it.
            if token.i >= sent.start + 2 and doc[token.i - 1].lower_ == "by" and kind_of(doc[token.i - 2]) == "work":
                continue
            # "acquired it from Nordic Films for the UK": the company after "from" sold the work.
            if kind_of(place) == "place" and not (token.dep_ == "pobj" and token.head.lower_ == "from"):
                buyers.append(token)
        # "picked up by A for Germany, B in Italy": the "in" pairs of a "for" list buy too.
        buyers += [t for t in territory_pair_buyers(sent)
                   if t not in buyers and not (t.dep_ == "pobj" and t.head.lower_ == "from")]
        buyers.sort(key=lambda t: t.i)
        if buyers:
            yield from _territory_buyer_facts(sent, buyers, salient_work, "distribution.territory_for_buyer")


# "Benelux going to A", "with Brazil going to A": a territory handed to its buyer.
HANDED_WORDS = frozenset({"going"})
# "A taking Brazil", "A picking up Spain", "A acquiring rights for Thailand": a buyer taking a territory.
TAKING_WORDS = frozenset({"taking", "picking", "acquiring", "snapping", "nabbing", "grabbing", "buying"})


def territory_handovers(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """Sales reports hand each territory to its buyer in absolute clauses: "with Benelux going to
    A, B taking Brazil and C acquiring rights for Thailand". After "with", in a sentence that speaks of a sale
    (territory_sale_cues), a company a territory goes to, or a company taking (the rights for) a
    territory, bought the work the sentence (or the article) is about and releases it there."""
    cues = lower_words("territory_sale_cues")
    table = token_table(doc)
    for sent in doc_sents(doc):
        if not _speaks_of_sale(table, sent, cues):
            continue
        # Only in an absolute clause opened by "with" (the "-ing" forms below have no tense).
        opener = next((t.i for t in sent if t.lower_ == "with"), None)
        if opener is None:
            continue
        buyers = []
        for token in sent:
            if kind_of(token) != "org" or token.i + 2 >= sent.end or token.i < opener:
                continue
            before = doc[token.i - 2:token.i] if token.i - 2 >= sent.start else None
            # "Benelux going to A"
            if before is not None and before[0].lower_ in HANDED_WORDS and before[1].lower_ == "to" and token.i - 3 >= sent.start \
                    and kind_of(doc[token.i - 3]) == "place":
                buyers.append(token)
                continue
            # "A taking Brazil", "A acquiring rights for Thailand", "A picking up Spain"
            if doc[token.i + 1].lower_ in TAKING_WORDS:
                rest = [t for t in doc[token.i + 2:min(token.i + 6, sent.end)]]
                place = next((t for t in rest if kind_of(t) == "place"), None)
                between = rest[:rest.index(place)] if place is not None else []
                if place is not None and all(t.lower_ in ("up", "rights", "for", "the", "in") for t in between):
                    buyers.append(token)
        if buyers:
            yield from _territory_buyer_facts(sent, buyers, salient_work, "distribution.territory_handover")


def _territory_buyer_facts(sent: Span, buyers: list[Token], salient_work: str, rule: str) -> Iterator[Fact]:
    """Each buyer of a territory acquires the work the sentence (or the article) is about and
    releases it there, unless the sale is hedged or a modal makes it a possibility ("may be
    licensed to X for the U.K.")."""
    from mediakg.extract.relations.constructions import work_of
    work, weight = work_of(sent, buyers[0].i, salient_work)
    if not work or is_hedged(sent.doc, sent.start, buyers[-1].i + 3):
        return
    if any(t.dep_ == "aux" and t.lower_ in lower_words("conditional_deal_words") for t in sent):
        return
    for buyer in buyers:
        for predicate in ("acquires", "distributes"):
            yield Fact(entity_of(buyer), predicate, work, sentence_evidence(sent), rule, round(0.7 * weight, 2))


@lru_cache(maxsize=1)
def _bracket_territory_re() -> re.Pattern:
    territories = words("countries") | words("regions") | words("sales_territory_words")
    one = r"(?:the\s+)?(?:" + alternation(sorted(territories, key=len, reverse=True)) + r")"
    return re.compile(r"\s*\(\s*" + one + r"(?:\s*(?:,|and|&|/)\s*" + one + r")*\s*\)")


def bracketed_territory(token: Token) -> bool:
    """Whether the company a token names is followed by a territory in brackets, "Arrowhead
    Films (UK)", "Norvik Film (Australia/New Zealand)": the way sales news names a buyer with
    the territory it took."""
    if kind_of(token) != "org":
        return False
    end = token.i
    while end + 1 < len(token.doc) and entity_of(token.doc[end + 1]) == entity_of(token):
        end += 1
    # The kept text: spaCy joins every token again on each read of Doc.text.
    return bool(_bracket_territory_re().match(document_text(token.doc), token.doc[end].idx + len(token.doc[end].text)))


def _listed_object(token: Token) -> bool:
    """Whether a bracketed company stands where a sales list names its buyers: the object of a
    preposition or a verb ("deals with A (UK)", "buyers include A (UK)", "licensed by A (Mexico)"),
    or a name listed with one. A subject is the agent of its own verb, whose object is the work
    bought or sold ("A (UK) acquired Salt Road", "A (UK) sold it to B", left to the verb's rules);
    a modifier is no party ("the A (Romania) version"). "acquired it from Nordlys (Norway)": the
    company after "from" sold the work."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ == "pobj":
        return token.head.lower_ != "from"
    return token.dep_ in ("dobj", "attr", "appos")


def territory_bracket_buyers(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """Sales reports name each buyer with the territory it took in brackets: "closed deals on
    Salt Road with Arrowhead Films (UK) and Norvik Film (Germany)", "buyers include A (France),
    B (Benelux)". In a sentence that speaks of a sale (territory_sale_cues), a company followed
    by a bracketed country or region bought the work the sentence (or the article) is about for
    that territory and releases it there: acquires and distributes. A co-production report
    brackets each partner's country the same way ("co-produced with A (France)"): a sentence
    with a co-production word (coproduction_cue_words) gives no sale; nor does a hedged one."""
    cues, coproduction = lower_words("territory_sale_cues"), lower_words("coproduction_cue_words")
    table = token_table(doc)
    for sent in doc_sents(doc):
        if not any(table.text[i] == "(" for i in range(sent.start, sent.end)):
            continue
        if not _speaks_of_sale(table, sent, cues) or _speaks_of_sale(table, sent, coproduction):
            continue
        buyers = [doc[i] for i in range(sent.start, sent.end - 2) if table.text[i + 1] == "(" and bracketed_territory(doc[i])]
        # "acquired it from Nordlys (Norway)": the company after "from" sold the work.
        buyers = [t for t in buyers if _listed_object(_entity_root(t))]
        if buyers:
            yield from _territory_buyer_facts(sent, buyers, salient_work, "distribution.territory_bracket_buyer")


def _entity_root(token: Token) -> Token:
    """The token of a name the parse hangs the rest of it on (its head lies outside the name)."""
    key = entity_of(token)
    while token.head is not token and entity_of(token.head) == key and key:
        token = token.head
    return token


def release_plans(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """A company that plans, sets or eyes a release of a work is its distributor: "Harbour Films
    is planning a fall theatrical release for Glasshouse", "Harbour Films has set a March 3
    release date". The verb (release_plan_verbs) takes a release noun (release_plan_nouns) as
    its object, or "date" compounded with one; its subject is the company. The work is the one
    named after "for"/"of"; with none, the one the sentence (or the article) is about. A "for"
    or "of" phrase naming something else ("a release for its slate") is no known work."""
    from mediakg.extract.relations.constructions import work_of
    verbs, nouns, other = lower_words("release_plan_verbs"), lower_words("release_plan_nouns"), lower_words("non_film_release_words")
    for verb in tokens_with(doc, pos=("VERB",), lemma=verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and (
            c.lemma_.lower() in nouns or c.lower_ == "date" and any(m.lemma_.lower() in nouns for m in c.children if m.dep_ == "compound"))]
        # Not "a press release", "an album release": a release of no film.
        objects = [o for o in objects if not any(m.lower_ in other for m in o.subtree if m.i < o.i)]
        if not objects:
            continue
        companies = _verb_companies(verb)
        if not companies:
            continue
        phrases = [p for holder in (objects[0], verb) for p in holder.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                   for p in p.children if p.dep_ == "pobj"]
        # "for the drama Glasshouse": the title may stand in apposition to a work noun
        works = [t for p in phrases for t in [*coordinated(p), *(c for c in p.children if c.dep_ in ("appos", "compound"))]
                 if kind_of(t) == "work"]
        if phrases and not works:
            # "a release for the film": a work noun stands for the work the sentence is about
            if not all(p.lower_ in lower_words("work_genre_heads") for p in phrases):
                continue
        if works:
            found = [(entity_of(w), 1.0) for w in works]
        else:
            work, weight = work_of(verb.sent, companies[0].i, salient_work)
            found = [(work, weight)] if work else []
        if not found or is_hedged(doc, min(verb.i, companies[0].i), max([objects[0].i, *(p.i for p in phrases)]) + 1):
            continue
        for company in companies:
            for work, weight in found:
                yield Fact(entity_of(company), "distributes", work, sentence_evidence(verb.sent), "distribution.release_plan",
                           round(0.7 * weight, 2))


def moves_into_a_stage(verb: Token) -> bool:
    """Whether a moving verb takes its work "into" something: "moved X into production in
    March", "pushed X into development": a stage of the making, whatever date goes with it,
    not a place on the release calendar."""
    return any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children)


def schedule_moves(doc: Doc) -> Iterator[Fact]:
    """A company that dates, moves or opens a work on the calendar releases it: "Lumen Films has
    dated Glass Harbor for May 3", "Vertex moved Glass Harbor from March 3 to May 5", "Vertex is
    pushing back the release of Glass Harbor to 2026", "Vertex is opening Glass Harbor on May 5".
    Only a studio sets its own film's date, so the verb (schedule_verbs) needs a date in its own
    phrases ("moved X to Netflix" is no date), a company subject and the work as its object (or
    the object's "of" phrase: "the release of X"). Hedged moves ("could move", "is said to be
    moving") give nothing."""
    # The lemmatizer gives "slated" as "slat".
    verbs = lower_words("schedule_verbs") | {"slat"}
    # The verbs of a relative clause that gives a work its new date ("..., which will now open on").
    dating = lower_words("schedule_verbs") | {"release", "premiere", "debut", "bow"}
    for verb in tokens_with(doc, pos=("VERB",), lemma=verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        dated = [c for c in verb.children if (c.dep_ == "prep" and c.lower_ in ("to", "for", "on", "from", "until", "in"))
                 or c.dep_ == "npadvmod"]
        # "has postponed its thriller X, which will now open on May 27": the new date may stand in
        # a relative clause on the object.
        dated += [r for o in verb.children if o.dep_ == "dobj" for r in o.children
                  if r.dep_ == "relcl" and r.lemma_.lower() in dating]
        if not any(t.ent_type_ == "DATE" for c in dated for t in c.subtree) or moves_into_a_stage(verb):
            continue
        companies = _verb_companies(verb)
        if not companies:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [p for o in objects if o.lemma_.lower() in lower_words("release_plan_nouns") | {"date", "debut", "premiere", "opening"}
                    for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
        works = [t for o in objects for t in [o, *(c for c in o.children if c.dep_ in ("appos",))] if kind_of(t) == "work"]
        if not works or is_hedged(doc, min(verb.i, companies[0].i), max(w.i for w in works) + 1):
            continue
        for company in companies:
            for work in works:
                yield Fact(entity_of(company), "distributes", entity_of(work), sentence_evidence(verb.sent), "distribution.schedule_move", 0.65)
