"""Companies: deals, ownership, production, distribution, staff (org -> org/work/facility, person -> org)."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from mediakg.extract.evidence import sentence_evidence
from mediakg.extract.lexicon import lexicon_table, lower_words, ordered_words, plural_work_nouns, words
from mediakg.extract.records import Fact
from mediakg.extract.relations.clauses import QUOTES
from mediakg.extract.relations.constructions import epithet_person, maker_epithet
from mediakg.extract.relations.engine import Default, Rule, antecedent, coordinated, names_the_next_holder, owns_next_company, relative_on_person, ent, gap, in_relative_object, kinds, lemma, names_a_unit, word, possessive, possessive_after, entity_end
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.tokens import class_of, doc_sents, entity_of, entity_tokens, kind_of, ref_of, token_table, tokens_in, tokens_with

ORG, WORK, PERSON, FACILITY = kinds("org"), kinds("work"), kinds("person"), kinds("facility")
DEAL_NOUNS = ordered_words("deal_nouns")
THE = word("the", op="?")  # "with the BBC": the article is outside the name
ROLE_WORDS = ordered_words("company_role_words")
# "its proposed purchase of", "the former owner of": a deal or a holding that is not (or no longer) one.
UNREALISED = ordered_words("unrealised_deal_words")
# Words that make a post a past one ("a former executive of Y").
PAST_POST = ordered_words("past_post_words")
# "A, a client of X": a tie to the company that is no job there (lexicon not_staff_nouns).
NOT_STAFF = ordered_words("not_staff_nouns")
# The tags of a finite verb or modal: a job title in apposition holds none.
FINITE_VERB_TAGS = ["VBZ", "VBD", "VBP", "MD"]
# "former Hulu executive X", "ex-Netflix chief X": the word right before a company that makes
# the post named after it a past one.
PAST_WORDS = ("former", "ex", "ex-")
NOT_AFTER_PAST_WORD = {"LOWER": {"NOT_IN": list(PAST_WORDS)}}
CONDITIONAL = ordered_words("conditional_deal_words")
PARENT_HEADS = ("company", "group", "firm", "conglomerate", "corporation", "co.")
# Every lemma one of ownership_clauses' readings starts from: no other word can give a fact.
OWNERSHIP_LEMMAS = frozenset({"own", "co-own", "co-owned", "parent", *PARENT_HEADS, "owner", "co-owner",
                              "acquisition", "purchase", "takeover", "part", "sell", "license", "licence"})
# "Glasshouse producer Lumen Pictures": one-word maker nouns (lexicon work_epithet_nouns).
EPITHET_NOUNS = tuple(w for ws in lexicon_table("work_epithet_nouns").values() for w in ws if " " not in w)
# "the HBO comedy X", "Hulu's new drama X": the show nouns a company's name qualifies, and up to
# three lower-case modifiers between ("hit", "single-cam", "first"), never a function word that
# would join another phrase ("Netflix and the drama X", "HBO to the film X").
SHOW_NOUNS = ordered_words("network_show_nouns")
BOOK_NOUNS = lower_words("authored_work_nouns")
SHOW_PLURALS = tuple(w for w in SHOW_NOUNS if w.endswith("s") and w not in ("series", "miniseries", "docuseries"))
SHOW_MODIFIERS = [{"TEXT": {"REGEX": "^([a-z][a-z'-]*|-)$"}, "OP": "?",
                   "POS": {"NOT_IN": ["ADP", "CCONJ", "DET", "PRON", "AUX", "PART", "SCONJ"]},
                   "TAG": {"NOT_IN": ["VBD", "VBZ", "VBP", "MD"]}}] * 4
# "produced by Dublin-based Harbour Films", "distributed by German arthouse outfit X": a place
# "-based" and lower-case descriptors may stand between "by" and the company.
BY_DESCRIPTOR = [ent("place", OP="?"), word("-", op="?"), word("based", op="?"),
                 *[{"IS_LOWER": True, "POS": {"IN": ["NOUN", "ADJ"]}, "OP": "?"}] * 2]


SALE_LEMMAS = frozenset({"acquire", "buy", "sell", "license", "pick", "snap", "nab", "land", "pre-buy", "rights", "sale", "sales"})


def _sale_sentence(token: Token) -> bool:
    """A sentence about buying, selling or licensing: "from" there names a seller."""
    return any(t.lemma_.lower() in SALE_LEMMAS for t in token.sent)


def _after_name(org: Token) -> int:
    """The index of the first token after the name a token starts (its entity's tokens)."""
    doc, j = org.doc, org.i + 1
    while j < len(doc) and entity_of(doc[j]) and entity_of(doc[j]) == entity_of(org):
        j += 1
    return j


def _with_after_comma(roles: dict[str, Token]) -> bool:
    """"A will executive produce and is handling sales, with B, which arranged financing": a
    "with" phrase set off by a comma adds another company's part, no partner in the making."""
    company = roles.get("object")
    if company is None:
        return False
    doc = company.doc
    at = next((t.i for t in reversed(doc[max(company.sent.start, company.i - 3):company.i]) if t.lower_ == "with"), None)
    return at is not None and at > 0 and doc[at - 1].text == ","


def _calling_card_object(roles: dict[str, Token]) -> bool:
    """"Netflix greenlights the next project from “Glasshouse” creator Dana Vale": a title
    standing as a person's epithet is that person's calling card, not the work ordered."""
    # ("commissioned Moonbeam producer Kestrel Studio to make X": a company's calling card too.)
    work = roles.get("object")
    return work is not None and (epithet_person(work) is not None or maker_epithet(work))


def _based_at_company(roles: dict[str, Token]) -> bool:
    """"Craig Reed's CBS-based production banner": a company before "-based" says where the
    possessed thing is based; what the person owns is the noun after it, not the company."""
    org = roles.get("object")
    return org is not None and _before_based(org)


def _before_based(org: Token) -> bool:
    """Whether a company name stands before "-based" ("CBS-based", and the NER's own
    "Harbor Studios-based"): it says where something is based, and names no party."""
    doc, j = org.doc, _after_name(org)
    return (j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ == "based") or doc[j - 1].lower_.endswith("-based")


def _qualifies_authored_work(roles: dict[str, Token]) -> bool:
    """"Dana Vale's New York Times best-selling novel", "Vale's Sunday Times bestseller": a
    company between an author's possessive and a book noun (within a few modifier words) ranks
    or publishes the book; the person owns the book, not a post at the company."""
    org = roles.get("object")
    if org is None:
        return False
    doc, j = org.doc, _after_name(org)
    for k in range(j, min(j + 4, len(doc))):
        if doc[k].lower_ in BOOK_NOUNS or doc[k].lower_.startswith("bestseller"):
            return True
        if not (doc[k].is_lower or doc[k].text == "-"):
            return False
    return False


# Platforms a person's possessive never owns: "Noah Vale's Netflix film" is a film on Netflix.
PLATFORM_CLASSES = frozenset({"StreamingService", "Broadcaster"})


def _owned_platform(roles: dict[str, Token]) -> bool:
    """"P's Netflix film" names the platform P's film runs on, no company P works at. (A bare
    name, "P's Jungleland", is left to the finders: "Shari Vale's National Amusements" owns.)"""
    org = roles.get("object")
    return org is not None and class_of(org) in PLATFORM_CLASSES


def _person_owns_veto(roles: dict[str, Token]) -> bool:
    return _based_at_company(roles) or _qualifies_authored_work(roles) or _owned_platform(roles)


def _names_its_show(org: Token) -> bool:
    """"A, executive producer of the HBO series X": the company qualifies a show noun with its
    title after it, so the "of" phrase names the show, not A's employer ("head of HBO drama",
    with no title, is a department and stays one)."""
    doc, j = org.doc, _after_name(org)
    # "creator of Hulu's Marsh Kings": the company's possessive before a title names its show.
    if j < len(doc) and doc[j].lower_ in ("'s", "\u2019s", "'", "\u2019"):
        j += 1
        if j < len(doc) and kind_of(doc[j]) == "work":
            return True
    k = j
    while k < min(j + 4, len(doc)) and doc[k].is_lower and doc[k].lower_ not in SHOW_NOUNS:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in SHOW_NOUNS:
        return False
    k += 1
    while k < len(doc) and doc[k].text in ("\u201c", '"', "\u2018", "'", ","):
        k += 1
    return k < len(doc) and kind_of(doc[k]) == "work"


# The one-word nouns a person's own company goes by ("Dana Vale's production banner, Harbour
# Films"): the lexicon's banner_nouns, which own_banners, banner_staff and banner_credits read too.
BANNER_HEADS = tuple(sorted(w for w in lower_words("banner_nouns") if " " not in w))

def _passive_agent(company: Token) -> bool:
    """ "A, which is backed by B, produced X": a company right after "by" ends a passive clause
    about another company; the comma and verb after it are that company's."""
    i = company.i
    while i > 0 and entity_of(company.doc[i - 1]) and entity_of(company.doc[i - 1]) == entity_of(company):
        i -= 1
    return i > 0 and company.doc[i - 1].lower_ == "by"


def _territory_buyer(token: Token) -> bool:
    """"deals with Arrowhead Films (UK)": the bracketed territory makes the company a buyer of a
    title (distribution.bracketed_territory), not a partner."""
    from mediakg.extract.relations.distribution import bracketed_territory
    return bracketed_territory(token)


# The nouns a bought company is described by before its name ("cartoon house X", "indie outfit X").
ACQUIRED_COMPANY_NOUNS = frozenset({"house", "studio", "outfit", "producer", "distributor", "company", "firm", "shingle", "banner",
                                    "label", "indie", "prodco", "agency", "network", "channel", "streamer", "platform", "business"})


def _from_the_title(work: Token, company: Token) -> bool:
    """Whether the "from" right after the title says where the title comes from, not whom a
    verb of trade took it from: "Sea Dogs from Snafu", not "acquired Sea Dogs from Snafu" (nor
    "licensed", "picked up", "sold ... from")."""
    prep = company.head
    while prep.dep_ in ("compound", "conj") and prep.head.i != prep.i:
        prep = prep.head
    if prep.lower_ != "from":
        return False
    return prep.head.lemma_.lower() not in TRADE_LEMMAS and work.head.lemma_.lower() not in TRADE_LEMMAS


# Verbs whose "from" names the one a work was bought, licensed or taken from.
TRADE_LEMMAS = frozenset({"acquire", "buy", "purchase", "license", "licence", "pick", "sell", "secure", "option", "obtain",
                          "snap", "nab", "grab", "take", "receive", "inherit", "rescue", "poach", "lure"})

# What may describe a title after its maker's verb: "produced the 2012 blockbuster film X" (an
# article, a year, up to two lower-case words of praise or genre, a work noun).
WORK_DESCRIPTOR = [word("the", "a", "an", "its", op="?"), {"SHAPE": "dddd", "OP": "?"}, {"IS_LOWER": True, "POS": {"IN": ["ADJ", "NOUN"]}, "OP": "?"},
                   {"IS_LOWER": True, "POS": {"IN": ["ADJ", "NOUN"]}, "OP": "?"}, {"IS_PUNCT": True, "OP": "*"}]
# What a distribution's reach may be called: "international distribution", "U.S. release".
DISTRIBUTION_SCOPES = ("international", "worldwide", "global", "domestic", "north", "u.s.", "us", "uk", "u.k.", "local", "overseas",
                       "european", "nordic", "regional", "national")


# A lower-case word of a description ("an American streaming service"), no clause or phrase word.
DESCRIBING_WORD = {"IS_LOWER": True, "LOWER": {"NOT_IN": ["and", "or", "of", "by", "with", "for", "in", "that", "which", "who"]}, "OP": "?"}


RULES = [
    # "Netflix has signed a multi-year agreement with Toho Studios", "extend our relationship with X".
    Rule("corporate.deal_with", "partnersWith", [ent("org", "subject"), *gap(8), lemma(*DEAL_NOUNS), *gap(2), word("with"), THE, ent("org", "object")],
         ORG, ORG, 0.85, coordinate=False, veto=lambda roles: _territory_buyer(roles["object"])),
    # The same with the deal named as an Agreement entity ("a multi-year agreement with X").
    # Not a company inside a relative clause on a person: "A, who spent a decade at Hulu, has
    # signed a deal with Lionsgate" is A's deal.
    Rule("corporate.agreement_with", "partnersWith", [ent("org", "subject"), *gap(8), ent("agreement"), *gap(2), word("with"), THE, ent("org", "object")],
         ORG, ORG, 0.85, coordinate=False, veto=lambda roles: any(a.dep_ == "relcl" and relative_on_person(a) for a in roles["subject"].ancestors)),
    Rule("corporate.agreement_with_nosubj", "partnersWith", [ent("agreement"), *gap(2), word("with"), THE, ent("org", "object")],
         ORG, ORG, 0.7, subject_default=Default.SENTENCE_LEFT, coordinate=False),
    # ("joined forces with", "aligned with": the same tie in other words)
    Rule("corporate.partner_with", "partnersWith", [ent("org", "subject"), *gap(3), lemma("partner", "team", "join", "ally", "align"),
                                                    word("up", "forces", op="?"), word("with"), THE, ent("org", "object")],
         ORG, ORG, 0.85),
    Rule("corporate.deal_with_nosubj", "partnersWith", [lemma(*DEAL_NOUNS), *gap(2), word("with"), THE, ent("org", "object")],
         ORG, ORG, 0.7, subject_default=Default.SENTENCE_LEFT, coordinate=False, veto=lambda roles: _territory_buyer(roles["object"])),
    Rule("corporate.between", "partnersWith", [lemma(*DEAL_NOUNS, "collaboration"), word("between"), ent("org", "subject"), word("and"), ent("org", "object")],
         ORG, ORG, 0.8, coordinate=False),
    # "Netflix and CJ ENM have extended their content partnership".
    # Not a pair after a preposition ("its deals with A and B, and other partnerships"): each is
    # a partner of the company the phrase belongs to, not of the other.
    Rule("corporate.a_and_b_deal", "partnersWith", [ent("org", "subject"), word("and"), THE, ent("org", "object"), *gap(6), lemma(*DEAL_NOUNS)],
         ORG, ORG, 0.75, coordinate=False,
         veto=lambda roles: roles["subject"].i > roles["subject"].sent.start
         and roles["subject"].doc[roles["subject"].i - 1].lower_ in ("with", "to", "for", "from", "between", "among")),
    # probeB: "A and B have teamed up on X", "A and B are partnering on", "A and B have joined
    # forces": a verb of working together whose subject is two companies makes them partners
    # (a verb, so "A and B, the team behind X" is none).
    Rule("corporate.a_and_b_team_up", "partnersWith", [ent("org", "subject"), word("and"), THE, ent("org", "object"), *gap(3),
                                                        {"LEMMA": {"IN": ["team", "partner", "ally", "collaborate"]}, "POS": "VERB"}],
         ORG, ORG, 0.75, coordinate=False),
    Rule("corporate.a_and_b_join_forces", "partnersWith", [ent("org", "subject"), word("and"), THE, ent("org", "object"), *gap(3), lemma("join"), word("forces")],
         ORG, ORG, 0.75, coordinate=False),
    # probeB: "A and B have formed a joint venture": a venture the two set up together.
    Rule("corporate.a_and_b_venture", "partnersWith", [ent("org", "subject"), word("and"), THE, ent("org", "object"), *gap(6), word("joint"), lemma("venture")],
         ORG, ORG, 0.75, coordinate=False),
    Rule("corporate.a_and_b_agreement", "partnersWith", [ent("org", "subject"), word("and"), THE, ent("org", "object"), *gap(6), ent("agreement")],
         ORG, ORG, 0.75, coordinate=False),
    # "will co-produce five originals a year with Studio Dragon", "will work with the BBC on".
    Rule("corporate.co_produce_with", "partnersWith", [ent("org", "subject"), *gap(3), lemma("co-produce", "coproduce", "collaborate", "work", "develop", "produce"), *gap(8), word("with"), THE, ent("org", "object")],
         ORG, ORG, 0.7, coordinate=False, veto=_with_after_comma),
    # The deal named by its parties: "the Netflix–Toho deal", "a Hulu/BBC co-production pact".
    Rule("corporate.a_b_deal", "partnersWith", [ent("org", "subject"), {"TEXT": {"IN": ["-", "\u2013", "\u2014", "/", "&"]}}, ent("org", "object"), *gap(2), lemma(*DEAL_NOUNS, "co-production", "venture")],
         ORG, ORG, 0.8, coordinate=False),
    Rule("corporate.set_up_at", "partnersWith", [ent("org", "subject"), *gap(6), word("set"), word("up"), word("at"), ent("org", "object")],
         ORG, ORG, 0.7, coordinate=False),
    # Production: "the AMC series “The Terror”", "a Netflix series", "Media Res will produce".
    # A network's name qualifies the show noun, with lower-case modifiers between ("the CBS
    # single-cam comedy “X”", "the Fox comedy X"): the title in apposition is the network's show.
    Rule("corporate.org_series", "produces", [ent("org", "subject"), *SHOW_MODIFIERS, word(*SHOW_NOUNS), {"IS_PUNCT": True, "OP": "*"}, ent("work", "object")],
         ORG, WORK, 0.85, coordinate=False, veto=lambda roles: _praised_by(roles["subject"])),
    # A plural show noun lists its titles: "the HBO shows “X” and “Y”", "Netflix's dramas X, Y and Z".
    # ("Disney+ hit shows X and Y": the tagger takes "hit" before a plural for a past verb.)
    Rule("corporate.org_series_list", "produces", [ent("org", "subject"), possessive(op="?"), word("hit", op="?"), *SHOW_MODIFIERS, word(*SHOW_PLURALS), {"IS_PUNCT": True, "OP": "*"}, ent("work", "object")],
         ORG, WORK, 0.8),
    # "the studio's first film “X”", "Hulu's new drama “X”", "Showtime's hit thriller X".
    Rule("corporate.org_possessive_series", "produces", [ent("org", "subject"), possessive(), *SHOW_MODIFIERS, word(*SHOW_NOUNS), {"IS_PUNCT": True, "OP": "*"}, ent("work", "object")],
         ORG, WORK, 0.75, coordinate=False),
    # The same description in apposition after the title: "X, Peacock's upcoming drama,".
    Rule("corporate.work_org_possessive_series", "produces", [ent("work", "object"), word(","), ent("org", "subject"), possessive(), *SHOW_MODIFIERS, word(*SHOW_NOUNS)],
         ORG, WORK, 0.75, coordinate=False),
    # Not when the title follows ("the HBO series “X”", "the Skydance movie, X"): that is
    # org_series's, about X alone. Not after "sequel to", "remake of", "based on": "the sequel to
    # the Pixar film" speaks of an earlier work, not the one the article is about. Partners
    # share the noun: "the Harbour/Fenwick series".
    *(Rule("corporate.org_series_ref", "produces", [{"LOWER": {"NOT_IN": ["to", "of", "on", "from"]}}, word("the", "a"),
                                                    *[{"IS_LOWER": True, "IS_PUNCT": False, "OP": "?"}] * 2,
                                                    ent("org", OP="?"), word("/", "and", op="?"), ent("org", "subject"),
                                                    word("series", "show", "drama", "film", "movie", "original"), *after],
           ORG, WORK, 0.7, object_default=Default.SENTENCE_OR_SALIENT)
      for after in ([{"_": {"mkg_kind": {"NOT_IN": ["work"]}}, "TEXT": {"NOT_IN": ["\u201c", "\"", "\u2018", "'", ","]}}],
                    [word(","), {"_": {"mkg_kind": {"NOT_IN": ["work"]}}, "TEXT": {"NOT_IN": ["\u201c", "\"", "\u2018", "'"]}}])),
    # (Not the owner of the company named next: "produced by Harbour Group's Lumen Pictures".)
    Rule("corporate.produced_by", "produces", [word("produced", "commissioned", "developed"), word("by"), *BY_DESCRIPTOR, ent("org", "subject")],
         ORG, WORK, 0.85, object_default=Default.SENTENCE_OR_SALIENT, veto=lambda roles: owns_next_company(roles["subject"])),
    Rule("corporate.will_produce", "produces", [ent("org", "subject"), word("will", "to", "would", "also", "is", "are", "has", "have", "been", "now", "currently", op="*"),
                                                word("produce", "develop", "co-produce", "producing", "developing", "co-producing", "produces", "develops", "produced", "developed"),
                                                # No object ("Media Res will produce, with ...", "will produce for
                                                # Netflix"): the work meant is the sentence's or the article's. An
                                                # object other than a work ("produce ads", "develop new stages",
                                                # "produced more than 100 titles", "over 40 films") is something else.
                                                {"POS": {"IN": ["ADP", "ADV", "CCONJ", "PUNCT", "SCONJ", "PART"]},
                                                 "LOWER": {"NOT_IN": list(ordered_words("quantity_lead_words"))}}],
         ORG, WORK, 0.75, object_default=Default.SENTENCE_OR_SALIENT),
    # "Harbour Films will produce the comedy": the object is the work (or a reference to it).
    Rule("corporate.will_produce_work", "produces", [ent("org", "subject"), word("will", "to", "would", "also", "is", "are", "has", "have", "been", "now", "currently", op="*"),
                                                     word("produce", "develop", "co-produce", "producing", "developing", "co-producing", "produces", "develops"),
                                                     ent("work", "object")],
         ORG, WORK, 0.75),
    # "Harbour Films will produce the comedy": a definite genre noun is the work already named.
    Rule("corporate.will_produce_the", "produces", [ent("org", "subject"), word("will", "to", "would", "also", "is", "are", "has", "have", "been", "now", "currently", op="*"),
                                                    word("produce", "co-produce", "producing", "co-producing", "produces"), word("the", "this"),
                                                    word(*ordered_words("work_genre_heads")), {"POS": {"IN": ["ADP", "ADV", "CCONJ", "PUNCT", "SCONJ", "PART"]}}],
         ORG, WORK, 0.75, object_default=Default.SENTENCE_OR_SALIENT),
    # "Studio Dragon previously produced “A” and “B” for the streamer".
    # "Colorline Films, which produced the 2012 blockbuster film Hunger Road": a relative clause on
    # the company, with a work's descriptor (a year, praise, a genre noun) before the title.
    Rule("corporate.produced_works", "produces", [ent("org", "subject"), word(",", op="?"), word("which", "that", op="?"),
                                                  word("previously", "also", "recently", "already", "has", "had", "have", "jointly", op="*"),
                                                  word("produced", "produces", "co-produced", "developed"), {"IS_PUNCT": True, "OP": "*"},
                                                  *WORK_DESCRIPTOR, ent("work", "object")],
         ORG, WORK, 0.8, veto=lambda roles: _passive_agent(roles["subject"])),
    Rule("corporate.series_order", "produces", [word("series", "pilot", "season"), word("order"), word("from"), ent("org", "subject")],
         ORG, WORK, 0.85, object_default=Default.SENTENCE_OR_SALIENT),
    # ("a straight-to-series order" comes as five tokens: the gap takes its hyphens.)
    Rule("corporate.gave_order", "produces", [ent("org", "subject"), *gap(7), word("series", "straight-to-series", "pilot"), word("order"), word("to", "for")],
         ORG, WORK, 0.8, object_default=Default.SENTENCE_OR_SALIENT),
    # "Netflix has given X an eight-episode order", "gave the drama X a second season": the
    # double object of giving an order (the title finder reads the same slot).
    Rule("corporate.gave_work_order", "produces", [ent("org", "subject"), *gap(3), word("given", "gave", "gives", "handed", "hands"), *gap(2), ent("work", "object"),
                                                   word("a", "an", "the"), *gap(3), word("order", "renewal", "season", "pickup", "greenlight", "light")],
         ORG, WORK, 0.75, coordinate=False),
    # tv7: "NBC has given a second-season renewal to supernatural drama X": a renewal or order
    # given "to" a show is the giver's order of it, as "NBC has renewed X" is.
    # Not "gives a series order to a drama from X showrunner A": the title after "from" is the
    # calling card of the maker of an untitled show.
    # "has given a green light to X", "a season two order for X": the green light is an order too.
    Rule("corporate.gave_renewal_to", "produces", [ent("org", "subject"), *gap(3), word("given", "gave", "gives", "handed", "hands"), *gap(5),
                                                   word("renewal", "pickup", "order", "greenlight", "light"), word("to", "for"),
                                                   *[{**t, "LOWER": {"NOT_IN": ["from", "by", "for"]}} for t in gap(3)], ent("work", "object")],
         ORG, WORK, 0.75, coordinate=False),
    # tv7: "X has been renewed for a second season at FX", "X was picked up to series by NBC":
    # the passive of ordering names the network after "at" or "by".
    Rule("corporate.renewed_at", "produces", [ent("work", "object"), {"IS_PUNCT": True, "TEXT": {"NOT_IN": [".", ";", "!", "?"]}, "OP": "?"},
                                              word("has", "have", "had", "was", "were", "been", "is", "officially", "now", "also", op="*"),
                                              word("renewed", "ordered", "greenlit", "greenlighted", "recommissioned", "commissioned"), *gap(5),
                                              word("at", "by"), THE, ent("org", "subject")],
         ORG, WORK, 0.75),
    # A network or streamer that orders a show makes it: "Hulu has ordered the drama “X”".
    Rule("corporate.ordered", "produces", [ent("org", "subject"), *gap(3), word("ordered", "greenlit", "greenlighted", "greenlights", "commissioned", "commissions", "orders", "renewed", "renews",
                                                                                       "recommissioned", "recommissions", "reupped", "re-upped", "reups"),
                                           *gap(4), ent("work", "object")],
         ORG, WORK, 0.75, coordinate=False, veto=_calling_card_object),
    # "Hulu has ordered a series adaptation of “X”", "Netflix commissioned a remake of X": the new
    # work ordered is named by its source's title (the adaptation step splits the source off and
    # keeps the order on the new work), past the five words the plain order allows.
    Rule("corporate.ordered_adaptation", "produces", [ent("org", "subject"), *gap(3),
                                                      word("ordered", "greenlit", "greenlighted", "greenlights", "commissioned", "commissions", "orders"),
                                                      word("a", "an", "the"), *gap(2), word("adaptation", "remake", "reboot", "version", "reimagining"),
                                                      word("of"), *gap(3), ent("work", "object")],
         ORG, WORK, 0.7, coordinate=False, veto=_calling_card_object),
    # probeD: "BBC One has commissioned Glasshouse from Harbour Films", "Hulu ordered the drama
    # X from Lumen Pictures": a network orders a show from the company that will make it, so the
    # company after "from" produces the work ordered (the orderer is corporate.ordered's). The
    # gaps step over no other name, so the "from" is the order's.
    Rule("corporate.ordered_from", "produces", [word("ordered", "greenlit", "greenlighted", "greenlights", "commissioned", "co-commissioned", "commissions", "orders"),
                                                *gap(4), ent("work", "object"), *gap(4), word("from"), THE, ent("org", "subject")],
         ORG, WORK, 0.75),
    # The passive: "X, a ten-part drama, has been commissioned from Harbour Films (by BBC One)":
    # the company the work is ordered from makes it; the orderer after "by" makes it too.
    Rule("corporate.ordered_from_passive", "produces", [ent("work", "object"), *gap(10), word("been", "be", "is", "was", "being"),
                                                        word("ordered", "commissioned", "co-commissioned", "greenlit"), word("from"), THE, ent("org", "subject")],
         ORG, WORK, 0.75),
    Rule("corporate.ordered_by_from_passive", "produces", [ent("work", "object"), *gap(10), word("been", "be", "is", "was", "being"),
                                                           word("ordered", "commissioned", "co-commissioned", "greenlit"), word("by"), THE, ent("org"),
                                                        word("from"), THE, ent("org", "subject")],
         ORG, WORK, 0.75),
    Rule("corporate.ordered_by_passive", "produces", [ent("work", "object"), *gap(10), word("been", "be", "is", "was", "being"),
                                                      word("ordered", "commissioned", "co-commissioned", "greenlit"), word("from"), THE, ent("org"),
                                                      word("by"), THE, ent("org", "subject")],
         ORG, WORK, 0.75),
    # probeD: "Harbour Films is producing X with Copperline Studios", "Harbour Films will
    # co-produce X with Nordlys Media": the company the work is made "with" makes it too.
    Rule("corporate.produce_work_with", "produces", [ent("org"), word("will", "to", "would", "also", "is", "are", "has", "have", "been", "now", "currently", "jointly", op="*"),
                                                     word("produce", "co-produce", "coproduce", "producing", "co-producing", "coproducing", "produces", "co-produces", "produced", "co-produced"),
                                                     *gap(3), ent("work", "object"), *gap(3), word("with"), THE, ent("org", "subject")],
         ORG, WORK, 0.7),
    # probeD: "The series hails from Harbour Films", "Glasshouse comes from Copperline Studios
    # and Nordlys Media": a work that "hails/comes from" a company is its making. The subject
    # must be the work itself (a title or "the series" resolved), so "the news comes from X" or
    # "the move comes from X" give nothing.
    Rule("corporate.hails_from", "produces", [ent("work", "object"), {"IS_PUNCT": True, "TEXT": {"NOT_IN": [".", ";", "!", "?"]}, "OP": "*"},
                                              word("which", "also", "both", "will", "now", op="*"),
                                              lemma("hail", "come"), word("from"), THE,
                                              # "hails from Ann Bell's Orbit Pictures": the banner's owner before it
                                              ent("person", OP="?"), possessive("?"), ent("org", "subject")],
         ORG, WORK, 0.75, veto=lambda roles: _before_based(roles["subject"])),
    # "Glasshouse, a six-part drama from Harbour Films": a work "from" a company is its making.
    # Not "adaptation", which comes "from" its source ("an adaptation from Penguin Books").
    Rule("corporate.series_from", "produces", [word(*(w for w in ordered_words("work_genre_heads") if w != "adaptation")), word("from"), ent("org", "subject")],
         ORG, WORK, 0.75, object_default=Default.SENTENCE_OR_SALIENT),
    # "the drama “Sea Dogs” from Snafu Pictures", "Sea Dogs, from Snafu Pictures, premieres": the
    # title itself may come "from" its makers. Not a bought work's seller ("acquired X from C"),
    # where the parse hangs "from" on the verb (see _from_the_title).
    Rule("corporate.title_from", "produces", [ent("work", "object"), {"ORTH": {"IN": ["\u201d", "\"", ","]}, "OP": "*"}, word("from"), ent("org", "subject")],
         ORG, WORK, 0.7, veto=lambda roles: not _from_the_title(roles["object"], roles["subject"])),
    # "a comedy from Mindy Vale and Harbour Films": the makers listed after "from" may name a
    # person before the company; the company is the producer all the same.
    Rule("corporate.series_from_list", "produces", [word(*(w for w in ordered_words("work_genre_heads") if w != "adaptation")), word("from"),
                                                    ent("person"), word(",", "and", "&"), ent("person", OP="?"), word(",", "and", "&", op="*"),
                                                    ent("org", "subject")],
         ORG, WORK, 0.7, object_default=Default.SENTENCE_OR_SALIENT),
    # The same apposition once "the upcoming thriller" is read as a reference to the title
    # before it (one token): "Glasshouse, the new drama from Harbour Films". Only right after a
    # comma: "acquired the thriller from Harbour Films" names the seller.
    Rule("corporate.referred_work_from", "produces", [word(","), ent("work", "object", _={"mkg_kind": "work", "mkg_ref": True}), word("from"), ent("org", "subject")],
         ORG, WORK, 0.75),
    # "Dark Harbor, from Universal and Blumhouse, opens Friday": a title and ", from" and a
    # company name its makers. In a sale the company after "from" is the seller ("Mubi bought
    # Salt Road, from Nordic Sales"), so not in a sentence of buying or selling.
    Rule("corporate.work_from", "produces", [ent("work", "object", _={"mkg_kind": "work", "mkg_ref": False}), word(","), word("from"), THE, ent("org", "subject")],
         ORG, WORK, 0.7, veto=lambda roles: _sale_sentence(roles["object"])),
    # "P directed X for Focus Features", "P made X for Fox": the company a maker's work is made
    # for is the studio or network that produced it.
    Rule("corporate.made_for", "produces", [lemma("direct", "make", "deliver", "produce", "helm", "write"), *gap(2), ent("work", "object"), word("for"),
                                            THE, ent("org", "subject")],
         ORG, WORK, 0.7, coordinate=False),
    # "X set up at Universal", "has Ana Ruiz's thriller X set up at Fox": the trade's idiom for a
    # project in development at the studio that makes it.
    Rule("corporate.set_up_at", "produces", [ent("work", "object"), *gap(2), word("set"), word("up"), word("at"), THE, ent("org", "subject")],
         ORG, WORK, 0.7, coordinate=False),
    Rule("corporate.possessive_adaptation", "produces", [ent("org", "subject"), possessive("?"), ent("work", "object"), word("adaptation", "series", "remake", "reboot")],
         ORG, WORK, 0.7, coordinate=False),
    # "Harbour Films ... is shooting X" is constructions.shooting_works: a 20-token gap cost the
    # Matcher more than every other rule together.
    # Distribution: "with global distribution via Netflix", "available on Disney+".
    Rule("corporate.distribution_via", "distributes", [word("distribution", "release", "streaming"), word("via", "on", "through", "by"), ent("org", "subject")],
         ORG, WORK, 0.75, object_default=Default.SENTENCE_OR_SALIENT),
    # "Orbit Studios will handle international distribution (of X)", "Harbour is overseeing the
    # worldwide release": the company that handles a work's distribution distributes it. (Sales
    # are a sales agent's, who distributes nothing: "handling worldwide sales" stays out.)
    Rule("corporate.handles_distribution", "distributes", [ent("org", "subject"), word("will", "is", "are", "also", "has", "been", "to", op="*"),
                                                           lemma("handle", "oversee", "manage"), word("the", op="?"),
                                                           word(*DISTRIBUTION_SCOPES, op="?"), word("theatrical", "home", "digital", op="?"),
                                                           word("distribution", "release", "releasing", "rollout"),
                                                           word("of", "for", op="?"), word("the", op="?"), ent("work", "object", OP="?")],
         ORG, WORK, 0.75, object_default=Default.SENTENCE_OR_SALIENT),
    # "will premiere on Hulu", "streams exclusively on Netflix", "is available on Disney+".
    Rule("corporate.premiere_on", "distributes", [word("premiere", "premieres", "premiering", "premiered", "stream", "streams", "streaming", "debut", "debuts", "debuted", "available", "air", "airs", "aired", "launch", "launches", "arrive", "arrives", "land", "lands"),
                                                  word("exclusively", "globally", "worldwide", op="?"), word("on", "via"), THE, ent("org", "subject")],
         ORG, WORK, 0.75, object_default=Default.SENTENCE_OR_SALIENT),
    # "X hits Netflix on Friday": a title that hits a channel or streamer is shown there.
    Rule("corporate.hits_platform", "distributes", [ent("work", "object"), {"TEXT": {"IN": ["\u201d", "\"", "\u2019", "'"]}, "OP": "?"},
                                                    word("hits", "hit", "hitting"), ent("org", "subject", _={"mkg_kind": "org", "mkg_class": {"IN": ["StreamingService", "Broadcaster"]}})],
         ORG, WORK, 0.7, coordinate=False),
    # "who stars in Salt Road on NBC", "X on Netflix": a title followed at once by "on" and a
    # channel or streamer names where it is shown (only a platform: "X on Monday" is no place).
    Rule("corporate.work_on_platform", "distributes", [ent("work", "object"), {"TEXT": {"IN": ["\u201d", "\"", "\u2019", "'"]}, "OP": "?"},
                                                       word("on"), THE, ent("org", "subject", _={"mkg_kind": "org", "mkg_class": {"IN": ["StreamingService", "Broadcaster"]}})],
         ORG, WORK, 0.7, coordinate=False),
    # "Lumen Pictures, the London-based producer of the BBC drama “X”".
    Rule("corporate.producer_of", "produces", [ent("org", "subject"), word(","), *gap(3), ent("place", OP="?"), *gap(2), word("producer", "maker", "makers", "producers", "studio"), word("of", "behind"),
                                               *gap(3), ent("org", OP="?"), *gap(2), ent("work", "object")],
         ORG, WORK, 0.75),
    # The same said with a copula: "Lumen Pictures is also the producer of films such as X and Y",
    # "The London-based company is the studio behind X".
    Rule("corporate.is_producer_of", "produces", [ent("org", "subject"), word("is", "was", "'s"), word("also", "now", op="?"), word("the", "a"), *gap(2),
                                                  word("producer", "maker", "makers", "producers", "studio"), word("of", "behind"),
                                                  *gap(3), {"IS_PUNCT": True, "OP": "?"}, ent("work", "object")],
         ORG, WORK, 0.75),
    # "the production company behind “X”".
    Rule("corporate.behind", "produces", [ent("org", "subject"), word(","), *gap(4), word("behind"), {"IS_PUNCT": True, "OP": "*"}, ent("work", "object")],
         ORG, WORK, 0.75),
    # probeD: "Alder Grove is the German distributor of X", "Alder Grove, the UK distributor of
    # X", "Neon, which is the US distributor for X": a company named a work's distributor distributes it
    # (in its territory). Not "a distributor of independent films": a work must follow.
    Rule("corporate.distributor_of", "distributes", [ent("org", "subject"), word(",", "is", "was", "will", "be", "as", "which", "has", "been", "named", "now", op="*"),
                                                     *gap(3), ent("place", OP="?"), *gap(2), word("distributor", "distributors", "releaser"), word("of", "for", "on"),
                                                     *gap(3), ent("work", "object")],
         ORG, WORK, 0.75),
    # probeD: "Neon's release of X", "Alder Grove's UK release of X": the company's release is
    # its distribution of the work.
    Rule("corporate.possessive_release_of", "distributes", [ent("org", "subject"), possessive(), *gap(2), word("release", "rerelease", "re-release"), word("of"),
                                                            *gap(2), ent("work", "object")],
         ORG, WORK, 0.75),
    # probeD: "Harbour Films previously released X and Y in Germany", "Neon distributed X": a
    # company that released a work distributed it (the active twin of distributed_by). The
    # work must follow the verb at once, so "released a statement", "released the trailer for
    # X" give nothing; nor "X's trailer", a work that only owns what was released.
    Rule("corporate.released_works", "distributes", [ent("org", "subject"), word("previously", "also", "recently", "already", "has", "had", "successfully", "originally", op="*"),
                                                     word("released", "distributed", "re-released"), {"IS_PUNCT": True, "OP": "*"}, ent("work", "object")],
         ORG, WORK, 0.75, veto=lambda roles: _possessed(roles["object"])),
    # "Neon will handle U.S. distribution of X", "C takes worldwide release for the film X":
    # a company that handles a work's distribution (a territory may stand before the noun).
    Rule("corporate.handles_distribution", "distributes", [ent("org", "subject"), word("will", "to", "also", "is", "are", "has", "have", "now", op="*"),
                                                           lemma("handle", "oversee", "take"), word("the", op="?"), ent("place", OP="?"), *gap(2),
                                                           word("distribution", "release"), word("of", "for", "on"), THE, *gap(2), ent("work", "object")],
         ORG, WORK, 0.75, coordinate=False),
    Rule("corporate.distributed_by", "distributes", [word("distributed", "released", "streamed"), word("by", "on", "via"), *BY_DESCRIPTOR, ent("org", "subject")],
         ORG, WORK, 0.8, object_default=Default.SENTENCE_OR_SALIENT),
    Rule("corporate.will_distribute", "distributes", [ent("org", "subject"), word("will", "to", "also", op="*"), word("distribute", "stream", "release")],
         ORG, WORK, 0.75, object_default=Default.SENTENCE_OR_SALIENT),
    # Ownership: "Toho's upcoming No. 1 and No. 2 stages", "owned by X".
    Rule("corporate.possessive_facility", "owns", [ent("org", "subject"), possessive(), *gap(2), ent("facility", "object")],
         ORG, FACILITY, 0.8),
    # Active present only: "X is owned by Y" is owned_by's, the other way round.
    Rule("corporate.owns", "owns", [ent("org", "subject"), *gap(2), {"LOWER": {"IN": ["own", "owns"]}, "POS": "VERB"}, *gap(2), ent(["facility", "org", "work"], "object")],
         ORG, kinds("facility", "org", "work"), 0.8),
    # "Harbor Capital's portfolio includes Mill Road Studios, Eastgate Stages and Pier Nine": what
    # a company's portfolio holds, it owns (the list's later names too).
    Rule("corporate.portfolio", "owns", [ent("org", "subject"), possessive(), word("studio", "studios", "facilities", "property", "real-estate", "media", op="?"),
                                         word("portfolio"), word("now", "also", "already", op="?"),
                                         word("includes", "include", "included", "comprises", "spans", "features", "counts"),
                                         word("the", op="?"), ent(["facility", "org"], "object")],
         ORG, kinds("facility", "org"), 0.75, list_before=False),
    # probeD: "Copperline Studios holds the rights to X", "which owns the remake rights to X": a
    # company that holds a work's rights owns it (its IP), whoever made it.
    Rule("corporate.holds_rights", "owns", [ent("org", "subject"), word(",", "which", "that", "also", "still", "now", "currently", op="*"),
                                            {"LEMMA": {"IN": ["own", "hold", "control"]}, "POS": "VERB"}, word("the", "all", op="?"), *gap(2),
                                            word("rights"), word("to", "of", "for"), *gap(3), ent("work", "object")],
         ORG, WORK, 0.75),
    # "owned by the investment firm Aermont Capital": a description may come between.
    # "Owned by Sweden's Modern Times Group, streaming service Viaplay is ...": an opening
    # participle says who owns the main clause's subject.
    Rule("corporate.owned_opening", "owns", [{"LOWER": {"IN": ["owned", "backed"]}, "IS_SENT_START": True}, word("by"), *gap(1), ent("place", OP="?"),
                                             possessive("?"), *gap(2), ent("org", "subject"),
                                             word(","), *[{"IS_LOWER": True, "POS": {"IN": ["NOUN", "ADJ", "DET"]}, "OP": "?"}] * 3,
                                             ent(["org", "facility"], "object")],
         ORG, kinds("org", "facility"), 0.8, coordinate=False),
    Rule("corporate.owned_by", "owns", [ent(["facility", "org", "work"], "object"), *gap(3), word("owned", "operated"), word("by"), *gap(3), ent("org", "subject")],
         ORG, kinds("facility", "org", "work"), 0.85),
    # "HBO Max is an American streaming service owned by X", "Y, a Tokyo studio complex operated
    # by X": the participle hangs on a noun that describes the subject (the copula's complement
    # or its apposition), so what is owned is the subject.
    Rule("corporate.described_owned_by", "owns", [ent(["facility", "org"], "object"), word("is", "was", ","), word("a", "an", "the"),
                                                  *[DESCRIBING_WORD] * 2, {"ENT_TYPE": {"IN": ["NORP", "GPE"]}, "OP": "?"}, *[DESCRIBING_WORD] * 3,
                                                  word("owned", "operated", "controlled"), word("by"), ent("org", "subject")],
         ORG, kinds("facility", "org"), 0.8, coordinate=False),
    # The words after the verb are no "by": "Y was acquired by X" is acquired_by's, read the other way.
    # Not "X abandoned its proposed purchase of Y": a deal that did not happen.
    # Nor "X would acquire Y under the proposal": a conditional deal is no deal done.
    # Not the title of "acquired Glasshouse producer Lumen Pictures": the company after the maker
    # noun is the one bought (acquires_maker below).
    # Nor "acquired Lumen Pictures' library", "acquired Ana Ruiz's drama Ember": a possessive
    # name owns what was bought; it is not the thing bought.
    Rule("corporate.acquires", "acquires", [ent("org", "subject"), *[{**t, "LOWER": {"NOT_IN": [*UNREALISED, *CONDITIONAL]}} for t in gap(3)], lemma("acquire", "buy", "purchase"),
                                            *[{**token, "LOWER": {"NOT_IN": ["by"]}} for token in gap(2)], ent(["org", "work"], "object"),
                                            {"LOWER": {"NOT_IN": [*EPITHET_NOUNS, "'s", "\u2019s"]}}],
         ORG, kinds("org", "work"), 0.85, coordinate=False, veto=lambda roles: _modifying_name(roles["object"])),
    # "X said Friday it has acquired Y", "X said on Friday that it had bought Y": a statement's date
    # between the verb of saying and "it" (the company's own pronoun) is no gap the rule above allows.
    Rule("corporate.said_it_acquired", "acquires", [ent("org", "subject"), word("said", "announced", "confirmed"), word("on", op="?"),
                                                    *[{"ENT_TYPE": {"IN": ["DATE", "TIME"]}, "OP": "?"}] * 3, word("that", op="?"), word("it"),
                                                    word("has", "had", op="?"), lemma("acquire", "buy", "purchase"),
                                                    *[{**token, "LOWER": {"NOT_IN": ["by"]}} for token in gap(2)], ent(["org", "work"], "object"),
                                                    {"LOWER": {"NOT_IN": [*EPITHET_NOUNS, "'s", "\u2019s"]}}],
         ORG, kinds("org", "work"), 0.8, coordinate=False, veto=lambda roles: _modifying_name(roles["object"])),
    # Sales copy says it from the work's side: "Copperhead has sold to Lumen Releasing (for the
    # UK)", "the film has also sold to A and B": each buyer acquires the work (and, the work being
    # a film or show, releases it: distribution.bought_releases).
    # The buyer may come with its country and what it is: "has sold to France's Canal Nova and
    # German public broadcaster WDN".
    Rule("corporate.sold_to", "acquires", [ent("work", "object"), word("has", "have", op="?"), word("also", "now", "already", op="?"),
                                           word("sold"), word("to"), ent("place", OP="?"), possessive(op="?"), {"ENT_TYPE": "NORP", "OP": "?"},
                                           *[{"IS_LOWER": True, "LOWER": {"NOT_IN": ["and", "or", "by", "for", "in", "with"]}, "OP": "?"}] * 3,
                                           ent("org", "subject")],
         ORG, WORK, 0.8),
    # "X has acquired specialist French cartoon house Studio Corvo": a description of the bought
    # company (words and a nationality) ends in a company noun right before its name.
    Rule("corporate.acquires_described", "acquires", [ent("org", "subject"), *[{**t, "LOWER": {"NOT_IN": [*UNREALISED, *CONDITIONAL]}} for t in gap(3)],
                                                      lemma("acquire", "buy", "purchase"),
                                                      *[{"IS_LOWER": True, "LOWER": {"NOT_IN": ["by", "stake", "stakes", "rights", "of", "to", "with"]}, "OP": "?"}] * 3,
                                                      {"ENT_TYPE": "NORP", "OP": "?"}, {"IS_LOWER": True, "OP": "?"},
                                                      word(*sorted(ACQUIRED_COMPANY_NOUNS)), ent("org", "object")],
         ORG, ORG, 0.8, coordinate=False),
    # "Harbour Films has acquired Glasshouse producer Lumen Pictures" (corp3).
    Rule("corporate.acquires_maker", "acquires", [ent("org", "subject"), *[{**t, "LOWER": {"NOT_IN": [*UNREALISED, *CONDITIONAL]}} for t in gap(3)], lemma("acquire", "buy", "purchase"),
                                                  *[{**token, "LOWER": {"NOT_IN": ["by"]}} for token in gap(2)], ent("work"), word(*EPITHET_NOUNS), ent("org", "object")],
         ORG, ORG, 0.8, coordinate=False),
    # An acquisition as the aim of what comes before: "X struck a deal to buy Y", and mostly
    # "X is in talks to acquire Y", "X is nearing a deal to buy Y", which hedges.py then marks.
    Rule("corporate.to_acquire", "acquires", [ent("org", "subject"), *gap(6), word("to"), lemma("acquire", "buy", "purchase"), *gap(2), ent(["org", "work"], "object")],
         ORG, kinds("org", "work"), 0.8, coordinate=False),
    # "Neon has acquired North American rights to X": the territory may be a place mention.
    Rule("corporate.acquires_rights", "acquires", [ent("org", "subject"), *gap(3), lemma("acquire", "buy", "purchase", "secure", "land", "option", "win"), *gap(2), ent("place", OP="?"), *gap(2),
                                                   word("rights"), word("to", "for"), *gap(3), ent("work", "object")],
         ORG, WORK, 0.8),
    # "IFC Films has bought all North American rights to director Mira Nair's “T”": the
    # film is named through its maker's possessive, with a role noun or a genre noun around it.
    Rule("corporate.acquires_rights_possessive", "acquires", [ent("org", "subject"), *gap(3), lemma("acquire", "buy", "purchase", "secure", "land", "pick", "snap", "take"), word("up", op="?"),
                                                              *gap(2), ent("place", OP="?"), *gap(2), word("rights"), word("to", "for"), *gap(2), ent("person"), possessive(),
                                                              *gap(3), ent("work", "object")],
         ORG, WORK, 0.8, coordinate=False),
    # "Harbour Films has optioned the novel X", "... optioned Ana Ruiz's thriller X": an option
    # buys the right to adapt a work, which news reports as an acquisition of it; the author's
    # possessive may stand before the title (it owns the book, not the option).
    Rule("corporate.optioned", "acquires", [ent("org", "subject"), *[{**t, "LOWER": {"NOT_IN": [*UNREALISED, *CONDITIONAL]}} for t in gap(3)],
                                            # (the lemmatizer makes "optioned" "optione": the forms are read)
                                            {**word("option", "options", "optioned", "optioning"), "POS": "VERB"}, *gap(3), ent("person", OP="?"), possessive(op="?"),
                                            *gap(3), ent("work", "object")],
         ORG, WORK, 0.8, coordinate=False),
    # "X has been optioned by Harbour Films": the same from the work's side.
    Rule("corporate.optioned_by", "acquires", [ent("work", "object"), *[{**t, "TEXT": {"NOT_IN": [".", ";", "!", "?", ","]}} for t in gap(3)],
                                               word("optioned"), word("by"), ent("org", "subject")],
         ORG, WORK, 0.8),
    # No comma in the gap: in "Copperline, the company behind X, has been acquired by Y" the
    # name before the comma closing an apposition is not what was bought ...
    Rule("corporate.acquired_by", "acquires", [ent(["org", "work"], "object"), *[{**t, "TEXT": {"NOT_IN": [".", ";", "!", "?", ","]}} for t in gap(3)],
                                               word("acquired", "bought", "purchased"), word("by"), ent("org", "subject")],
         ORG, kinds("org", "work"), 0.85),
    # ... but a relative clause after the comma is about it: "Copperline, which was acquired by Y".
    Rule("corporate.acquired_by_which", "acquires", [ent(["org", "work"], "object"), word(","), word("which", "that"), *gap(2),
                                                     word("acquired", "bought", "purchased"), word("by"), ent("org", "subject")],
         ORG, kinds("org", "work"), 0.85),
    # "Skydance has completed its acquisition of Paramount Global".
    # "Netflix's purchase of the documentary “X”": the work's noun and its opening quote may come
    # before the title.
    Rule("corporate.acquisition_of", "acquires", [ent("org", "subject"), possessive("?"), *[{**t, "LOWER": {"NOT_IN": list(UNREALISED)}} for t in gap(3)], word("acquisition", "purchase", "takeover"), word("of"),
                                                  word("the", op="?"), *[{"IS_LOWER": True, "POS": "NOUN", "LOWER": {"NOT_IN": ["rights", "stake", "stakes", "share", "shares", "library", "catalogue", "catalog"]}, "OP": "?"}] * 2,
                                                  {"TEXT": {"IN": ["\u201c", "\""]}, "OP": "?"}, ent(["org", "work"], "object")],
         ORG, kinds("org", "work"), 0.8),
    # "the acquisition of Copperline Studios by Harbour Films".
    # "the acquisition of UK indie Copperline Studios by Harbour Films": a place and a short
    # description may stand before the bought company's name.
    Rule("corporate.acquisition_of_by", "acquires", [{"LOWER": {"NOT_IN": list(UNREALISED)}}, word("acquisition", "purchase", "takeover"), word("of"), ent("place", OP="?"), *gap(2), ent(["org", "work"], "object"), word("by"), ent("org", "subject")],
         ORG, kinds("org", "work"), 0.8, coordinate=False),
    # "Harbour Films closed its $1.2 billion purchase of Copperline Studios": "its" is the
    # company named last before it, the amount may come between.
    Rule("corporate.its_acquisition_of", "acquires", [word("its"), *[{**t, "LOWER": {"NOT_IN": list(UNREALISED)}} for t in gap(4)], word("acquisition", "purchase", "takeover"), word("of"), ent(["org", "work"], "object")],
         ORG, kinds("org", "work"), 0.75, subject_default=Default.SENTENCE_LEFT, coordinate=False),
    # The owner named as such: "Copperline Studios' owner Harbour Films", "Hulu owner Disney",
    # "Harbour Films, the owner of Copperline Studios".
    Rule("corporate.owner_of_possessive", "owns", [ent(["facility", "org", "work"], "object"), possessive("?"), word("owner", "co-owner"), word(",", op="?"), ent("org", "subject")],
         ORG, kinds("facility", "org", "work"), 0.8, coordinate=False),
    Rule("corporate.owner_of", "owns", [ent("org", "subject"), word(","), word("the", "its", op="?"), *[{**t, "LOWER": {"NOT_IN": list(UNREALISED)}} for t in gap(2)], word("owner"), word("of"), THE, ent(["facility", "org", "work"], "object")],
         ORG, kinds("facility", "org", "work"), 0.8, coordinate=False),
    # "Studio Dragon, CJ ENM's drama production arm", "Tving, CJ ENM's own streaming service".
    Rule("corporate.possessive_arm", "subsidiaryOf", [ent("org", "subject"), word(","), ent("org", "object"), possessive(), *gap(3),
                                                      word("subsidiary", "division", "unit", "arm", "label", "imprint", "service", "platform", "streamer", "network", "channel", "studio", "studios")],
         ORG, ORG, 0.8, coordinate=False),
    # probeD: the parent may take its article ("part of the Copperline Group", "a unit of the BBC").
    # Not "part of Channel 4's commitment to diversity": a part of what the parent owns or does is
    # no part of the parent, unless that is one of its units ("part of X's production arm").
    Rule("corporate.subsidiary_of", "subsidiaryOf", [ent("org", "subject"), *gap(4), word("subsidiary", "division", "unit", "arm", "part", "label", "imprint"), word("of"), THE, ent("org", "object")],
         ORG, ORG, 0.8, veto=lambda roles: _possessed_non_unit(roles["object"])),
    # A compound "X-owned" before a name says who holds it: "Comcast-owned NBCUniversal",
    # "the Harbour Films-owned Copperline Studios". The owner is the name glued to the hyphen
    # only: in "Harbour Films and Comcast-owned Paragon" the first company is another subject.
    Rule("corporate.x_owned", "owns", [ent("org", "subject"), word("-"), word(*ordered_words("owned_compound_words")), ent(["facility", "org", "work"], "object")],
         ORG, kinds("facility", "org", "work"), 0.85, coordinate=False, list_before=False),
    # "All-Media-backed Harbour Films", "Kestrel-backed producer Harbour Films": a group's backing
    # of a production company is its stake in it, the trade's word for an owner that lets the
    # company run itself (up to two description words between: x_owned reads none). A work
    # "backed" by a company is financed, no holding: the object is a company only.
    Rule("corporate.x_backed", "owns", [ent("org", "subject"), word("-"), word("backed"),
                                        *[{"IS_LOWER": True, "POS": {"IN": ["NOUN", "ADJ"]}, "OP": "?"}] * 2, ent("org", "object")],
         ORG, ORG, 0.7, coordinate=False, list_before=False),
    # A company's possessive before another company named as its unit: "Harbour Films'
    # Copperline Studios label", "Disney's Hulu streaming service", "its Voot streaming service".
    Rule("corporate.possessive_unit", "subsidiaryOf", [ent("org", "object"), possessive("?"), ent("org", "subject"), *gap(2), word(*ordered_words("unit_nouns"))],
         ORG, ORG, 0.8, coordinate=False),
    # "Disney launched its Hulu streaming service": "its" is the company named last before it.
    Rule("corporate.its_unit", "subsidiaryOf", [word("its"), ent("org", "subject"), *gap(2), word(*ordered_words("unit_nouns"))],
         ORG, ORG, 0.7, object_default=Default.SENTENCE_LEFT, coordinate=False),
    # The parent named from the child: "Copperline Studios' parent company Harbour Films".
    Rule("corporate.parent_of_possessive", "subsidiaryOf", [ent("org", "subject"), possessive(), word("parent"), word(*PARENT_HEADS, op="?"), word(",", op="?"), ent("org", "object")],
         ORG, ORG, 0.8, coordinate=False),
    # ... or from the parent: "Harbour Films, the parent company of Copperline Studios".
    Rule("corporate.parent_of", "subsidiaryOf", [ent("org", "object"), word(","), word("the", "its", op="?"), word("parent"), word(*PARENT_HEADS, op="?"), word("of"), ent("org", "subject")],
         ORG, ORG, 0.8, coordinate=False),
    # Use of facilities: "to use their new studios", "leverage Toho's No. 1 and No. 2 stages",
    # "a long-term lease on seven soundstages at the Canadian Motion Picture Park".
    Rule("corporate.uses", "uses", [lemma("use", "leverage", "occupy", "lease", "rent", "book", "access"), *gap(5), ent("facility", "object")],
         ORG, FACILITY, 0.75, subject_default=Default.SENTENCE_LEFT),
    Rule("corporate.uses_owned", "uses", [lemma("use", "leverage", "occupy", "lease", "rent", "book", "access"), *gap(2), ent("org"), possessive(), *gap(2), ent("facility", "object")],
         ORG, FACILITY, 0.75, subject_default=Default.SENTENCE_LEFT),
    Rule("corporate.stages_at_left", "uses", [word("soundstages", "stages", "space", "lease", "leases"), word("at", "on"), ent("facility", "object")],
         ORG, FACILITY, 0.65, subject_default=Default.SENTENCE_LEFT),
    Rule("corporate.stages_at", "uses", [ent("org", "subject"), *gap(10), word("soundstages", "stages", "studios", "space"), word("at"), ent("facility", "object")],
         ORG, FACILITY, 0.75),
    # Staff: "Amy Reinhard, vp of studio operations at Netflix", "Netflix's head of X, Y",
    # "Michael Ellenberg's Media Res", "Media Res' Dani Gorin".
    # A relative clause is not a job title: "X, who was the creator of the NBC series".
    # Nor a past post: "X, a former executive of Y", "X, previously head of drama at Y"; nor a tie
    # that is no job: "X, a client of Y" (not_staff_nouns).
    # Nor a clause: a finite verb between the name and "at" ("A and B, has been renewed for a
    # season at Hulu": the name closes a list, and "at Hulu" is where the show was renewed).
    Rule("corporate.role_at", "employedBy", [ent("person", "subject"), word(","), {"LOWER": {"NOT_IN": ["who", "whose", "which", *PAST_POST, *NOT_STAFF]}, "TAG": {"NOT_IN": FINITE_VERB_TAGS}},
                                             *[{**t, "LOWER": {"NOT_IN": [*PAST_POST, *NOT_STAFF]}, "TAG": {"NOT_IN": FINITE_VERB_TAGS}} for t in gap(6)],
                                             ent("place", OP="?"), word("at", "of"), THE, ent("org", "object")],
         PERSON, ORG, 0.8, coordinate=False, list_before=False,
         veto=lambda roles: _names_its_show(roles["object"]) or in_relative_object(roles["subject"]) or names_a_unit(roles["object"])),
    # "A and B, co-founders of X": a plural title in the apposition describes every name listed.
    Rule("corporate.roles_at", "employedBy", [ent("person", "subject"), word(","), THE,
                                              *[{**t, "LOWER": {"NOT_IN": [*PAST_POST, *NOT_STAFF]}} for t in gap(2)], {"TAG": "NNS", "LOWER": {"NOT_IN": [*PAST_POST, *NOT_STAFF]}},
                                              word("at", "of"), THE, ent("org", "object")],
         PERSON, ORG, 0.8, coordinate=False,
         veto=lambda roles: _names_its_show(roles["object"]) or in_relative_object(roles["subject"])),
    # Not "former Hulu executive X": who worked there once is no staff of it now.
    # Nor "A executive produces with B": "executive" there opens a verb, not a job title.
    Rule("corporate.org_role_person", "employedBy", [NOT_AFTER_PAST_WORD, ent("org", "object"), possessive("?"), word(*(w for w in ROLE_WORDS if w != "executive")), *gap(5), ent("person", "subject")],
         PERSON, ORG, 0.7, coordinate=False),
    Rule("corporate.org_executive_person", "employedBy", [NOT_AFTER_PAST_WORD, ent("org", "object"), possessive("?"), word("executive"),
                                                          ent("person", "subject")],
         PERSON, ORG, 0.7, coordinate=False),
    Rule("corporate.org_executive_title_person", "employedBy", [NOT_AFTER_PAST_WORD, ent("org", "object"), possessive("?"), word("executive"),
                                                                {"LOWER": {"NOT_IN": ["produce", "produces", "produced", "producing", "-"]}}, *gap(3), ent("person", "subject")],
         PERSON, ORG, 0.7, coordinate=False),
    # "Netflix's film chairman A", "Fox production president A", "Hulu's new CEO A", "Universal
    # Pictures co-chairman A", "Disney's outgoing TV honcho, A": the words between a company
    # and the title before a name name the department the title heads or the post's standing,
    # both inside the company's noun phrase, so the company still holds the post (lexicon
    # title_premodifiers, title_premodified_roles). "former" before the company breaks it.
    Rule("corporate.org_qualified_role_person", "employedBy", [ent("org", "object"), possessive("?"),
                                                               word(*ordered_words("title_premodifiers"), op="?"), word(*ordered_words("title_premodifiers"), op="?"),
                                                               word(*ordered_words("title_premodified_roles")), *gap(3), word(",", op="?"), ent("person", "subject")],
         PERSON, ORG, 0.7, coordinate=False, list_before=False, veto=lambda roles: _after_past_word(roles["object"]) or _bare_executive(roles["object"])),
    Rule("corporate.person_owns_org", "employedBy", [ent("person", "subject"), possessive(), ent("org", "object")],
         PERSON, ORG, 0.65, coordinate=False, veto=_person_owns_veto),
    # "Dana Vale's Boston-based production banner, Harbour Films", "Vale's Austin-based venture
    # Kestrel": the company named in apposition to a person's banner noun is that person's.
    Rule("corporate.person_banner_apposition", "employedBy", [ent("person", "subject"), possessive(), ent(["org", "place"], OP="?"), *gap(3), word(*BANNER_HEADS, "venture"),
                                                              word(",", op="?"), ent("org", "object")],
         PERSON, ORG, 0.7, coordinate=False),
    # "Netflix's Amy Reinhard and Peter Friedlander": the possessive company holds the whole list.
    # Only the company the possessive is glued to: in "CAA and Harbour Talent's Ann Ray" she is
    # Harbour Talent's, and CAA is a party of its own.
    Rule("corporate.org_person", "employedBy", [ent("org", "object"), possessive(), ent("person", "subject")],
         PERSON, ORG, 0.7, list_before=False),
    # "David Chen, Netflix's head of drama,", "David Chen, Netflix senior vice president of
    # drama,": a company name (possessive or bare) opening the apposition of a person with a
    # job title names where the job is. "former" before the company breaks the pattern.
    # (Not "include COO A, BBC News chief B": a title right before a name is that name's, an item
    # of a list, not A's apposition.)
    Rule("corporate.person_org_role", "employedBy", [ent("person", "subject"), word(","), THE, ent("org", "object"), possessive("?"),
                                                     word(*ordered_words("job_rank_words"), op="?"),
                                                     {**word(*ROLE_WORDS), "ROLE": "title"}],
         PERSON, ORG, 0.8, coordinate=False, veto=lambda roles: names_the_next_holder(roles["title"])),
    Rule("corporate.role_comma_person", "employedBy", [word(*ROLE_WORDS), *gap(4), word(","), ent("person", "subject"), word(",")],
         PERSON, ORG, 0.6, object_default=Default.SENTENCE, coordinate=False),
]


# "his BAFTA nominated feature X", "the Emmy-winning drama X": a body that nominates or honours
# a work names no maker of it.
PRAISE_PARTICIPLES = frozenset({"nominated", "winning", "shortlisted", "honored", "honoured", "awarded"})


def _praised_by(org: Token) -> bool:
    """Whether the words after the company's name make it the body that praised the work."""
    doc, i = org.doc, entity_end(org) + 1
    if i < len(doc) and doc[i].text == "-":
        i += 1
    return i < len(doc) and doc[i].lower_ in PRAISE_PARTICIPLES


def _after_past_word(org: Token) -> bool:
    """"former Hulu production chief A": a past word before the company makes the post a past one."""
    return org.i > 0 and org.doc[org.i - 1].lower_ in PAST_WORDS


def _bare_executive(org: Token) -> bool:
    """"X executive produces with A": 'executive' right after the company may open a verb (the
    org_executive rules read that form); only a department word before it makes it a title."""
    i = org.i + 1
    if i < len(org.doc) and org.doc[i].lower_ in ("'s", "\u2019s", "'", "\u2019"):
        i += 1
    return i < len(org.doc) and org.doc[i].lower_ in ("executive", "executives", "exec", "execs")


def _sure(tokens: list[Token]) -> float:
    """A fact read through a description or a pronoun ("the streamer", "it") is less sure."""
    return 0.85 if any(ref_of(t) for t in tokens) else 1.0


def relative_deals(doc: Doc) -> Iterator[Fact]:
    """A relative clause whose object is the name it hangs on: "Copperline Studios, which Harbour
    Films acquired in 2019", "the studio that Harbour Films owns". The relative verb's subject
    acquires, owns or releases the antecedent (the lexicon's relative_company_verbs: predicate ->
    lemmas): "Glasshouse, which Harbour Films will release in the UK"."""
    table = {lemma: predicate for predicate, lemmas in lexicon_table("relative_company_verbs").items() for lemma in lemmas}
    for verb in tokens_with(doc, lemma=table):
        predicate = table.get(verb.lemma_.lower())
        if predicate is None or verb.dep_ != "relcl" or kind_of(verb.head) not in ("org", "work", "facility"):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom") for c in verb.children):
            continue
        owners = [t for c in verb.children if c.dep_ == "nsubj" for t in [c, *c.conjuncts] if kind_of(t) == "org"]
        owned = verb.head
        if predicate == "distributes" and kind_of(owned) != "work":
            continue  # only a work is released
        if not owners or is_hedged(doc, min(owned.i, verb.i), max(t.i for t in [verb, *owners]) + 1):
            continue
        for owner in owners:
            yield Fact(entity_of(owner), predicate, entity_of(owned), sentence_evidence(verb.sent),
                       "corporate.relative_deal", round(0.8 * _sure([owner, owned]), 2))


def _stake_companies(noun: Token) -> list[Token]:
    """The companies a stake is in: "a stake in X", "shares of X", "X's shares", "75% of X"."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss" and kind_of(child) == "org":
            found.append(child)
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                # "a stake in the British producer Copperline Studios": the name in apposition.
                named = pobj if kind_of(pobj) == "org" else next(
                    (c for c in pobj.children if c.dep_ in ("appos", "compound") and kind_of(c) == "org"), None)
                if named is not None:
                    found += [t for t in coordinated(named) if kind_of(t) == "org"]
                elif pobj.lemma_.lower() in lower_words("stake_nouns"):
                    found += _stake_companies(pobj)  # "three-quarters of X's shares"
    return found


def _verb_subjects(verb: Token) -> list[Token]:
    """The companies that are the verb's subject; where the parser lost the subject (a long
    opening phrase it hung the name on), the company right before the verb, with only
    auxiliaries, adverbs and a parenthesis between: "..., Harbour Films (HF) has acquired"."""
    found = [t for c in verb.children if c.dep_ == "nsubj" for t in [c, *c.conjuncts] if kind_of(t) == "org"]
    if found or any(c.dep_ == "nsubj" for c in verb.children):
        return found
    # "X is expanding by acquiring a stake in Y", "X has struck a deal to acquire a stake in
    # Y": the buying verb hangs, through a preposition or the deal noun, on the clause whose
    # subject X is. (A hedged clause, "X is in talks to acquire", is left to hedges.py.)
    node = verb
    for _ in range(4):
        if node.dep_ not in ("xcomp", "pcomp", "prep", "advcl", "acl", "dobj", "pobj") or node.head.i == node.i:
            break
        node = node.head
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            return [t for c in subjects for t in [c, *c.conjuncts] if kind_of(t) == "org"]
    doc, i, depth = verb.doc, verb.i - 1, 0
    while i >= verb.sent.start:
        token = doc[i]
        if token.text == ")":
            depth += 1
        elif token.text == "(":
            depth -= 1
        elif depth == 0 and kind_of(token):
            return [token] if kind_of(token) == "org" else []
        elif depth == 0 and token.pos_ not in ("AUX", "ADV", "PART"):
            return []
        i -= 1
    return []


# The nouns of a company's units: "part of X's production arm" is still part of X.
PART_OF_UNIT_NOUNS = frozenset({"subsidiary", "division", "unit", "arm", "label", "imprint", "group", "family", "stable", "studio",
                        "studios", "network", "networks", "portfolio", "empire"})


def _possessed_non_unit(name: Token) -> bool:
    """Whether a name stands in the possessive before a noun that is none of its units: "part of
    Channel 4's commitment", "part of Harbor's push into drama"."""
    if not possessive_after(name):
        return False
    doc, end = name.doc, entity_end(name) + 1
    nouns = [t.lower_ for t in doc[end + 1:min(end + 5, name.sent.end)] if t.pos_ == "NOUN"]
    return bool(nouns) and not PART_OF_UNIT_NOUNS.intersection(nouns)


def _modifying_name(name: Token) -> bool:
    """Whether a name, or the list it opens, only qualifies the head of its noun phrase: a
    possessor ("Tallow Pictures' crime drama Frostline", "Kestrel, Zellmark and Tallow's
    Frostline") or titles before a maker noun ("Gray Harbor and Frostline producer Tallow
    Pictures"). The phrase names its head; what qualifies it is not the thing bought. A bare
    apostrophe closes a quoted title as often as it marks a possessive: it is a possessive only
    after a name ending in "s" that no quote mark opens."""
    listed = coordinated(name)
    last, doc = listed[-1], name.doc
    start, end = last.i, last.i + 1
    while start > 0 and entity_of(doc[start - 1]) and entity_of(doc[start - 1]) == entity_of(last):
        start -= 1
    while end < len(doc) and entity_of(doc[end]) and entity_of(doc[end]) == entity_of(last):
        end += 1
    if end >= len(doc):
        return False
    after = doc[end]
    if after.lower_ in ("'s", "\u2019s"):
        return True
    if after.text in ("'", "\u2019"):
        quoted = start > 0 and doc[start - 1].text in ("'", "\u2018", "\u201c", '"')
        return not quoted and doc[end - 1].text[-1:] in ("s", "S")
    # "acquire ITV Studios dramas", "bought Harbour Films' library": a company before a noun of
    # its works qualifies what was bought, the works, not the company.
    if kind_of(name) == "org" and after.lower_ in _company_work_heads():
        return True
    # "pre-bought new Loop Studios preschool toon Tidepool Tots": a company before lower-case
    # descriptors of a title the phrase goes on to name qualifies that title.
    if kind_of(name) == "org":
        k = end
        while k < min(end + 4, len(doc)) and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ", "PROPN"):
            k += 1
        if k > end and k < len(doc) and kind_of(doc[k]) == "work":
            return True
    if after.text in QUOTES and end + 1 < len(doc):  # a quoted title's closing mark
        after = doc[end + 1]
    return len(listed) > 1 and kind_of(name) == "work" and after.lower_ in EPITHET_NOUNS


@lru_cache(maxsize=1)
def _company_work_heads() -> frozenset[str]:
    """Nouns for a company's works after its name: the plural work nouns ("dramas", "films",
    "series") and the words for a body of them ("library", "catalogue", "formats")."""
    return plural_work_nouns() | {"dramas", "comedies", "thrillers", "titles", "originals", "formats", "library", "catalog",
                                  "catalogue", "content", "programming", "programmes", "programs", "slate"}


def _possessed(work: Token) -> bool:
    """"X's trailer", "“X”'s first poster": the work only owns what the sentence speaks of."""
    after = work.doc[work.i + 1:work.i + 3]
    return any(t.lower_ in ("'s", "\u2019s", "'", "\u2019") for t in after)


def stake_deals(doc: Doc) -> Iterator[Fact]:
    """A controlling share of a company, bought or held: "Harbour Films has acquired a majority
    stake in Copperline Studios" (acquires), "Harbour Films owns 75% of Copperline Studios'
    shares" (owns). A minority stake makes no owner (the lexicon's minority_stake_words); the
    verbs are the lexicon's stake_verbs (predicate -> lemmas)."""
    table = {lemma: predicate for predicate, lemmas in lexicon_table("stake_verbs").items() for lemma in lemmas}
    nouns, minority = lower_words("stake_nouns"), lower_words("minority_stake_words")
    for verb in tokens_with(doc, lemma=table, pos=("VERB",)):
        predicate = table.get(verb.lemma_.lower())
        if predicate is None or verb.pos_ != "VERB":
            continue
        for dobj in (c for c in verb.children if c.dep_ == "dobj"):
            if dobj.lemma_.lower() not in nouns and dobj.pos_ not in ("NUM", "NOUN"):
                continue
            if any(t.lower_ in minority for t in dobj.subtree):
                continue
            # probeD: "has a majority stake in X" holds X; "has a stake in X" says too little.
            if verb.lemma_.lower() == "have" and not _majority(dobj):
                continue
            companies = _stake_companies(dobj)
            owners = _verb_subjects(verb)
            if dobj.lemma_.lower() not in nouns and not any(t.lemma_.lower() in nouns or t.text in ("%",) or t.lower_ in ("percent", "per")
                                                             for t in dobj.subtree):
                continue  # "owns 40 screens in Canada": a count of something else
            if not companies or not owners:
                continue
            ends = owners + companies
            if is_hedged(doc, min(t.i for t in ends), max(t.i for t in ends) + 1):
                continue
            # A majority bought is a company held (corp3): "acquired a 51% stake in X", "a
            # controlling interest in X" make the buyer X's owner as well.
            also = ("owns",) if predicate == "acquires" and _majority(dobj) else ()
            for owner in owners:
                for company in companies:
                    if entity_of(company) != entity_of(owner):
                        for said in (predicate, *also):
                            yield Fact(entity_of(owner), said, entity_of(company), sentence_evidence(verb.sent),
                                       "corporate.stake", round(0.8 * _sure([owner, company]), 2))


def _majority(stake: Token) -> bool:
    """A stake said to be a majority: a majority word ("majority", "controlling") or a share
    above half ("51%", "75 percent")."""
    words = [t for t in stake.subtree if t.i <= stake.i or t.dep_ in ("amod", "compound", "nummod")]
    if any(t.lower_ in lower_words("majority_stake_words") for t in words):
        return True
    for t in words:
        if t.like_num and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("%", "percent", "per"):
            try:
                return 50 < float(t.text.replace(",", "")) <= 100
            except ValueError:
                return False
    return False


def _production_trigger(sent: Span) -> Token | None:
    """The production verb or noun of a credit ("produced by", "produces", "co-produced",
    "executive produce"): the lexicon's banner_credit_lemmas, by lemma or by word (the first of
    the sentence's tokens the word index finds either way)."""
    lemmas = lower_words("banner_credit_lemmas")
    found = tokens_in(sent, lemma=lemmas) + tokens_in(sent, lower=lemmas)
    return min(found, key=lambda t: t.i) if found else None


def _companies_of(prep: Token) -> list[Token]:
    """The companies a preposition governs, with those coordinated with them."""
    return [t for pobj in prep.children if pobj.dep_ == "pobj" for t in coordinated(pobj) if kind_of(t) == "org"]


def banner_credits(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """A producer credit names the company the producer works through: "produced by P for
    Harbour Films", "P executive produces via Harbour Films" (the person's banner), and the
    co-producers joined to the credit, "... in association with Tidewater Media". Each such
    company produces the work the credit is about. A company after "for" that follows a
    company ("produced by Harbour Films for Netflix") is the buyer or the platform, not a
    producer, so only a person's "for" counts."""
    from mediakg.extract.relations.constructions import work_of  # constructions reads this module's neighbours
    banner_preps = lower_words("banner_prepositions")
    for sent in doc_sents(doc):
        trigger = _production_trigger(sent)
        if trigger is None:
            continue
        tokens = list(sent)
        for prep in tokens:
            if prep.i <= trigger.i or prep.dep_ != "prep":
                continue
            companies: list[Token] = []
            if prep.lower_ in banner_preps:
                before = doc[prep.i - 1] if prep.i > sent.start else None
                if before is not None and kind_of(before) == "person":
                    companies = _companies_of(prep)
                # "A and B executive produce via their Harbour Films banner": "via" / "through"
                # on a production verb whose subject is a person names that person's company.
                elif prep.lower_ != "for" and prep.head.lemma_.lower() in lower_words("banner_credit_lemmas") \
                        and [kind_of(t) for t in doc[sent.start:prep.head.i] if kind_of(t)][-1:] == ["person"]:
                    # (the parser often takes "executive" of "A executive produces" for the subject)
                    companies = _companies_of(prep) or [c for o in prep.children if o.dep_ == "pobj"
                                                        and o.lemma_.lower() in lower_words("banner_nouns")
                                                        for c in o.children if c.dep_ in ("compound", "poss", "appos") and kind_of(c) == "org"]
            elif prep.lower_ == "with" and prep.i >= 2 and doc[prep.i - 1].lower_ == "association" and doc[prep.i - 2].lower_ == "in":
                companies = _companies_of(prep)
            if not companies:
                continue
            named = [t for t in tokens if kind_of(t) == "work" and t.dep_ in ("nsubjpass", "nsubj") and t.i < trigger.i]
            work, weight = (entity_of(named[0]), 1.0) if named else work_of(sent, trigger.i, salient_work)
            if not work or is_hedged(doc, trigger.i, companies[-1].i + 1):
                continue
            for company in companies:
                yield Fact(entity_of(company), "produces", work, sentence_evidence(sent), "corporate.banner_credit",
                           round(0.75 * weight * _sure([company]), 2))


def producer_banner_lists(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"The film's producers are A and B for Northwind Pictures, C for Tallis Film and D for Orbit
    Films": a producer credit whose people come in groups, each group followed by "for" and the
    company it produces through. Every person produces the work (executive produces after an
    "executive" trigger), every such company makes it, and each group works for its company."""
    from mediakg.extract.relations.constructions import work_of
    for sent in doc_sents(doc):
        trigger = next(iter(tokens_in(sent, lower=("producers", "producer", "produced", "producing", "co-producers", "eps"))), None)
        if trigger is None:
            continue
        # "EPs" is the trade's short form of "executive producers".
        executive = trigger.lower_ == "eps" or (trigger.i > sent.start and doc[trigger.i - 1].lower_ in ("executive", "exec"))
        pending: list[Token] = []
        pairs: list[tuple[list[Token], Token]] = []
        i = trigger.i + 1
        while i < sent.end and (doc[i].pos_ == "AUX" or doc[i].lower_ in ("by", "are", "is", "were", "include", "includes", "included", "also")):
            i += 1
        while i < sent.end:
            token = doc[i]
            if kind_of(token) == "person":
                pending.append(token)
            elif token.lower_ == "for" and pending and i + 1 < sent.end and kind_of(doc[i + 1]) == "org":
                pairs.append((pending, doc[i + 1]))
                pending = []
                i += 1
            elif token.lower_ not in (",", "and", ";"):  # a semicolon separates groups as a comma does
                break
            i += 1
        # "..., C and D for Lantern Films, and Tom Rook": a last name with no company of its own
        # still holds the credit.
        loose = pending if pending and i >= sent.end - 1 else []
        if len(pairs) < 2 and not (pairs and len(pairs[0][0]) > 1):
            continue  # one "A for X" is corporate.banner_credit's
        if any(t.lower_ == "respectively" for t in sent):
            continue  # "A and B for X and Y respectively": pairs by order, banner_staff's
        work, weight = work_of(sent, trigger.i, salient_work)
        if not work or is_hedged(doc, sent.start, pairs[-1][1].i + 1):
            continue
        evidence = sentence_evidence(sent)
        for group, company in pairs:
            yield Fact(entity_of(company), "produces", work, evidence, "corporate.producer_banner_list", round(0.75 * weight, 2))
            for person in group:
                yield Fact(work, "executiveProducer" if executive else "producer", entity_of(person), evidence,
                           "corporate.producer_banner_list", round(0.75 * weight, 2))
                yield Fact(entity_of(person), "employedBy", entity_of(company), evidence, "corporate.producer_banner_list", 0.7)
        for person in loose:
            yield Fact(work, "executiveProducer" if executive else "producer", entity_of(person), evidence,
                       "corporate.producer_banner_list", round(0.75 * weight, 2))


def studio_roles(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"Harbour Films is the studio", "Tidewater Media is the production company on the
    series": a company said (with "the") to be the studio or the producer of a project makes the
    work the sentence or the article is about. "Harbour Films is a studio based in London" only
    describes the company ("a", no project)."""
    from mediakg.extract.relations.constructions import work_of
    nouns = lower_words("studio_role_nouns")
    # An attribute of "be" is a child of one of its tokens: those, in document order, not every word.
    candidates = sorted((c for be in tokens_with(doc, lemma=("be",)) for c in be.children), key=lambda t: t.i)
    for attr in candidates:
        if attr.dep_ != "attr" or attr.head.lemma_ != "be" or not any(c.dep_ == "det" and c.lower_ == "the" for c in attr.children):
            continue
        head_words = {attr.lemma_.lower(), " ".join(t.lower_ for t in attr.subtree if t.i <= attr.i and t.dep_ in ("compound", "amod") or t.i == attr.i)}
        if not head_words & nouns:
            continue
        # "X is the biggest studio in Britain" ranks the company; it names no project's maker.
        if any(c.dep_ in ("amod", "nummod", "advmod") and c.lower_ not in ("lead", "production") for c in attr.children):
            continue
        companies = [t for c in attr.head.children if c.dep_ == "nsubj" for t in [c, *c.conjuncts] if kind_of(t) == "org"]
        if not companies:
            continue
        works = [t for t in attr.subtree if kind_of(t) == "work" and t.i > attr.i]
        if works:
            found = [(entity_of(works[0]), 1.0)]
        else:
            work, weight = work_of(attr.sent, companies[0].i, salient_work)
            found = [(work, weight)] if work else []
        if not found or is_hedged(doc, companies[0].i, attr.i + 1):
            continue
        for company in companies:
            for work, weight in found:
                yield Fact(entity_of(company), "produces", work, sentence_evidence(attr.sent), "corporate.studio_role",
                           round(0.75 * weight * _sure([company]), 2))


def passive_acquisitions(doc: Doc) -> Iterator[Fact]:
    """A company bought, said in the passive with whatever description between: "Copperline
    Studios, the historic studio behind X, has been acquired by Harbour Films", "Copperline
    Studios, which was bought by Harbour Films in 2019". The "by" agent acquires the subject
    (the subject a relative clause hangs on). Works bought are company_verbs' (constructions)."""
    verbs = lower_words("passive_acquisition_lemmas")
    for verb in tokens_with(doc, pos=("VERB",), lemma=verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        buyers = [t for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                  for t in coordinated(o) if kind_of(t) == "org"]
        subjects = [antecedent(c, verb) for c in verb.children if c.dep_ == "nsubjpass"]
        bought = [t for s in subjects for t in [s, *s.conjuncts] if kind_of(t) == "org" and not _modifying_name(t)]
        yield from _acquisitions(doc, verb, buyers, bought, "corporate.passive_acquisition")


def _acquisitions(doc: Doc, verb: Token, buyers: list[Token], bought: list[Token], rule: str) -> Iterator[Fact]:
    """"Each buyer acquires each company bought", unless the clause is hedged or the purchase
    not yet made ("plans to buy", "agreed to acquire")."""
    if not buyers or not bought:
        return
    ends = buyers + bought + [verb]
    if is_hedged(doc, min(t.i for t in ends), max(t.i for t in ends) + 1):
        return
    if any(t.lower_ in UNREALISED for t in doc[verb.sent.start:verb.i]):
        return
    for buyer in buyers:
        for company in bought:
            if entity_of(buyer) != entity_of(company):
                yield Fact(entity_of(buyer), "acquires", entity_of(company), sentence_evidence(verb.sent),
                           rule, round(0.8 * _sure([buyer, company]), 2))


def _copula_or_appos_subject(noun: Token) -> list[Token]:
    """The companies a predicate noun is said of: the subject of its copula ("X is the parent
    company of Y") or the name it stands in apposition to ("X, Y's parent company,")."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return [t for c in noun.head.children if c.dep_ == "nsubj" for t in [c, *c.conjuncts] if kind_of(t) == "org"]
    if noun.dep_ == "appos" and kind_of(noun.head) == "org":
        return [noun.head]
    return []


def _of_companies(noun: Token) -> list[Token]:
    """The companies of the noun's possessive or of its "of" phrase ("Y's parent", "parent of
    Y", "part of the Y group")."""
    found = [c for c in noun.children if c.dep_ == "poss" and kind_of(c) == "org"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            if kind_of(pobj) == "org":
                found += [t for t in coordinated(pobj) if kind_of(t) == "org"]
            elif pobj.lemma_.lower() in lower_words("group_nouns"):
                found += [c for c in pobj.children if c.dep_ in ("compound", "poss") and kind_of(c) == "org"]
    return found


def _after_descriptor(doc: Doc, i: int) -> Token:
    """The first name at or after i past up to three lower-case, nationality or country words
    ("French pubcaster X", "UK broadcaster X"); the token at i when none comes."""
    for j in range(i, min(i + 4, len(doc))):
        if kind_of(doc[j]) == "place" and j + 1 < len(doc) and doc[j + 1].is_lower:
            continue  # "UK broadcaster X": the country describes the buyer
        if kind_of(doc[j]):
            return doc[j]
        if not (doc[j].is_lower or doc[j].text in words("nationality_adjectives") or doc[j].ent_type_ == "NORP"):
            break
    return doc[i]


def ownership_clauses(doc: Doc) -> Iterator[Fact]:
    """Ownership said in a clause, read from the parse:
    - a relative clause on the owner: "Harbour Films, which also owns Copperline Studios";
    - the parent named by a predicate noun: "Harbour Films is the parent company of Copperline
      Studios", "Harbour Films, Copperline Studios' parent company," (subsidiaryOf);
    - membership: "Copperline Studios is part of the Harbour Films group" (subsidiaryOf);
    - a sale to a buyer: "Lumen Pictures sold Copperline Studios to Harbour Films", "Copperline
      Studios was sold to Harbour Films" (the buyer acquires it)."""
    for token in tokens_with(doc, lemma=OWNERSHIP_LEMMAS):
        lemma = token.lemma_.lower()
        facts: list[tuple[Token, str, Token]] = []
        if lemma == "own" and token.pos_ == "VERB" and token.dep_ == "relcl" and kind_of(token.head) == "org" \
                and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in token.children):
            owned = [t for c in token.children if c.dep_ == "dobj" for t in coordinated(c) if kind_of(t) in ("org", "work", "facility")]
            facts = [(token.head, "owns", o) for o in owned]
        elif token.pos_ == "NOUN" and (lemma == "parent" or (lemma in PARENT_HEADS and any(c.lower_ == "parent" for c in token.children))):
            facts = [(child, "subsidiaryOf", parent) for parent in _copula_or_appos_subject(token) for child in _of_companies(token)]
        elif token.pos_ == "NOUN" and lemma in ("owner", "co-owner") and not any(c.lower_ in UNREALISED for c in token.children):
            facts = [(owner, "owns", owned) for owner in _copula_or_appos_subject(token) for owned in _of_companies(token)]
        elif lemma in ("own", "co-own", "co-owned") and token.pos_ == "VERB" and any(c.dep_ == "agent" for c in token.children) \
                and not any(c.lower_ in lower_words("rec5_past_owner_words") for c in token.children):
            # Not "was once / formerly owned by Y": a past owner is no owner.
            owners = [t for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                      for t in coordinated(o) if kind_of(t) == "org"]
            subjects = [antecedent(c, token) for c in token.children if c.dep_ == "nsubjpass"]
            if not subjects and token.dep_ == "acl":
                subjects = [token.head]  # "Copperline Studios, co-owned by Harbour Films,"
            owned = [t for sub in subjects for t in [sub, *sub.conjuncts] if kind_of(t) in ("org", "work", "facility")]
            facts = [(o, "owns", x) for o in owners for x in owned]
        elif token.pos_ == "NOUN" and lemma in ("acquisition", "purchase", "takeover") and not any(c.lower_ in UNREALISED for c in token.children):
            # "the acquisition of UK indie Copperline Studios by Harbour Films": descriptors may
            # come before the bought company's name.
            buyers = [t for p in token.children if p.dep_ == "prep" and p.lower_ == "by"
                      for o in p.children if o.dep_ == "pobj" for t in coordinated(o) if kind_of(t) == "org"]
            facts = [(b, "acquires", x) for b in buyers for x in _of_companies(token)]
        elif token.pos_ == "NOUN" and lemma == "part" and token.dep_ == "attr":
            facts = [(child, "subsidiaryOf", parent) for child in _copula_or_appos_subject(token) for parent in _of_companies(token)]
        elif lemma in ("sell", "license", "licence") and token.pos_ == "VERB":
            # The parser may take a merged name after "to" for a verb: read "to" + company plainly.
            # A descriptor may stand before the buyer: "sold to French pubcaster X".
            buyers = [t for p in token.subtree if p.lower_ == "to" and p.i > token.i and p.i + 1 < len(doc)
                      and (p.head.i == token.i or p.head.i in range(p.i + 1, p.i + 5)) for t in coordinated(_after_descriptor(doc, p.i + 1))
                      if kind_of(t) == "org"]
            # "The fantasy series X was sold to Y": the title stands in apposition to the genre noun.
            sold = [t for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                    for t in coordinated(next((a for a in c.children if a.dep_ in ("appos", "compound") and kind_of(a) == "work"), c))
                    if kind_of(t) in ("org", "work")]
            # A film licensed to a distributor is released by it; a company sold is bought.
            facts = [(b, "distributes" if lemma != "sell" else "acquires", s) for b in buyers for s in sold
                     if lemma == "sell" or kind_of(s) == "work"]
        for subject, predicate, obj in facts:
            if entity_of(subject) == entity_of(obj):
                continue
            ends = [subject, obj, token]
            if is_hedged(doc, min(t.i for t in ends), max(t.i for t in ends) + 1):
                continue
            if any(t.lower_ in UNREALISED for t in doc[token.sent.start:token.i]):
                continue
            # "may be licensed to", "would be sold to": a modal verb makes it a possibility.
            if any(c.dep_ == "aux" and c.lower_ in CONDITIONAL for c in token.children):
                continue
            yield Fact(entity_of(subject), predicate, entity_of(obj), sentence_evidence(token.sent),
                       f"corporate.ownership_{predicate}", round(0.8 * _sure(ends), 2))


def _titles_listed_before(work: Token) -> list[Token]:
    """The titles listed before a title, joined by "and", "&" or commas, quoted or not:
    "Call The Midwife and Penny Dreadful", "“A,” “B” and “C”" (earliest first)."""
    doc, found, i, joined = work.doc, [], work.i - 1, False
    while i >= work.sent.start:
        j = i
        while j >= work.sent.start and (doc[j].text in (",", "&", *QUOTES) or doc[j].lower_ == "and"):
            joined = joined or doc[j].lower_ in ("and", "&")
            j -= 1
        if j == i or j < work.sent.start or kind_of(doc[j]) != "work" or not entity_of(doc[j]):
            break
        found.append(doc[j])
        while j > work.sent.start and entity_of(doc[j - 1]) == entity_of(doc[j]):
            j -= 1
        i = j - 1
    return list(reversed(found)) if joined else []


@lru_cache(maxsize=1)
def _epithet_noun_endings() -> frozenset[str]:
    """Every ending of every work_epithet_nouns phrase, lower-cased: the last word of a phrase
    (its last token: "producer" of "co-producer") is one of them."""
    return frozenset(noun.lower()[k:] for nouns in lexicon_table("work_epithet_nouns").values() for noun in nouns
                     for k in range(len(noun)))


def epithet_makers(doc: Doc) -> Iterator[Fact]:
    """"Glasshouse producer Lumen Pictures", "Ember distributor Neon": a title set before a maker
    noun and a company's name, as an epithet, names what the company made (or released) — the
    lexicon's work_epithet_nouns, predicate -> nouns (corp3)."""
    table = {noun: predicate for predicate, nouns in lexicon_table("work_epithet_nouns").items() for noun in nouns}
    lowers = token_table(doc).lower
    for company in entity_tokens(doc, "org"):
        # The word before the name ends the maker noun: most names have none before them.
        if company.i == 0 or lowers[company.i - 1] not in _epithet_noun_endings():
            continue
        if kind_of(company) != "org" or ref_of(company):
            continue
        for size in (1, 2, 3):  # a maker noun of up to three words ("executive producer")
            start = company.i - size
            if start < company.sent.start + 1:
                continue
            predicate = table.get(doc[start:company.i].text.lower())
            work = doc[start - 1]
            # deals8: '"Che" co-producer Telecinco': the title's closing quote comes between.
            if work.text in ('"', "\u201d", "'", "\u2019") and start - 2 >= company.sent.start and kind_of(doc[start - 2]) == "work":
                work = doc[start - 2]
            if predicate is None or kind_of(work) != "work":
                continue
            if is_hedged(doc, work.i, company.i + 1):
                continue
            # deals8: "Call The Midwife and Penny Dreadful producer X": the epithet is said of
            # every title listed before the maker noun, not of the last alone.
            for listed in [*_titles_listed_before(work), work]:
                yield Fact(entity_of(company), predicate, entity_of(listed), sentence_evidence(company.sent),
                           "corporate.epithet_maker", 0.75)


def parent_names(doc: Doc, *, salient_org: str = "") -> Iterator[Fact]:
    """"... a target set by parent RTL Group", "co-CEO of parent company Village Roadshow
    Limited", "its parent company Harbour Films": "parent (company)" before a company's name,
    with no possessive owner before it (parent_of_possessive reads "X's parent company Y"),
    names the parent of the company spoken of: the nearest company named (or referred to) before
    it in the sentence (corp3). Not a past one ("former parent"). `salient_org` is unused: the
    article's main company proved too loose a guess for the child."""
    for parent_word in tokens_with(doc, lower=("parent",)):
        if parent_word.lower_ != "parent" or parent_word.i + 1 >= len(doc):
            continue
        j = parent_word.i + 1
        if doc[j].lower_ in PARENT_HEADS:
            j += 1
        if j >= len(doc) or kind_of(doc[j]) != "org":
            continue
        parent = doc[j]
        before = doc[parent_word.i - 1] if parent_word.i > parent_word.sent.start else None
        if before is not None and (before.tag_ == "POS" or kind_of(before) or before.lower_ in PAST_POST or before.lower_ in UNREALISED):
            continue
        left = [t for t in doc[parent_word.sent.start:parent_word.i] if kind_of(t) == "org" and entity_of(t) != entity_of(parent)]
        # Only a company named (or referred to) before it in the sentence: the article's main
        # company proved too loose a guess for the child.
        child = entity_of(left[-1]) if left else ""
        weight = _sure(left[-1:])
        # The hedge is read on the name phrase alone: "aims to hit a target set by parent X"
        # plans the target, not the parenthood.
        if not child or child == entity_of(parent) or is_hedged(doc, parent_word.i, parent.i + 1):
            continue
        yield Fact(child, "subsidiaryOf", entity_of(parent), sentence_evidence(parent_word.sent), "corporate.parent_name",
                   round(0.75 * weight, 2))


def _acquired_companies(verb: Token) -> list[Token]:
    """The companies a buying verb's object names, with those coordinated with it: "acquired
    Copperline Studios", "has bought A, B and C", "bought the British producer Copperline
    Studios" (the name in apposition to a descriptor)."""
    found: list[Token] = []
    for dobj in (c for c in verb.children if c.dep_ == "dobj"):
        named = dobj if kind_of(dobj) == "org" else next(
            (c for c in dobj.children if c.dep_ in ("appos", "compound") and kind_of(c) == "org"), None)
        if named is not None:
            found += [t for t in coordinated(named) if kind_of(t) == "org"]
    return found


def company_acquisitions(doc: Doc) -> Iterator[Fact]:
    """A company buying another, read from the parse so that whatever stands between the buyer
    and its verb (an apposition, a relative clause) and a list of bought companies are read
    alike: "Halcyon Media, the British broadcaster, acquired Copperline Studios", "Harbour
    Films, which is led by Ana Ruiz, has acquired Copperline Studios and Lumen Pictures". The
    verbs are the lexicon's corp4_acquire_verbs (a phrasal verb with its particle). A deal only
    in prospect ("will buy", "agreed to acquire", "would acquire"), denied ("has not acquired")
    or hedged gives no plain fact; a stake is stake_deals'."""
    verbs = lower_words("corp4_acquire_verbs")
    stakes = lower_words("stake_nouns")
    # A verb's phrase opens with its lemma's first word: a verb whose first word opens none of
    # the phrases is passed over before its children are read for a particle.
    firsts = {v.split()[0] for v in verbs if v.split()}
    for verb in tokens_with(doc, pos=("VERB",)):
        if verb.pos_ != "VERB":
            continue
        opening = verb.lemma_.lower().split()[:1]
        if opening and opening[0] not in firsts:
            continue
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        if f"{verb.lemma_.lower()} {particle}".strip() not in verbs:
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in verb.children):
            continue
        # "will acquire", "agreed to buy", "the deal will see X take over Y": still to happen.
        if verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in ("will", "to", "'ll", *CONDITIONAL)
                                       for node in (verb, *verb.ancestors) for c in node.children):
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in stakes for c in verb.children):
            continue
        bought = [t for t in _acquired_companies(verb) if not _modifying_name(t)]
        yield from _acquisitions(doc, verb, _verb_subjects(verb), bought, "corporate.company_acquisition")


def company_leases(doc: Doc) -> Iterator[Fact]:
    """"Netflix will lease Kestrel Studios and Pinewood Ireland", "Harbour Films leases stages
    at ...": a company that leases (rents) a studio or facility from the company running it is
    in a deal with that company (the lexicon's lease_verbs). The lessor is the verb's object,
    with those coordinated with it; a denied or hedged lease gives nothing."""
    verbs = lower_words("lease_verbs")
    for verb in tokens_with(doc, lemma=verbs, pos=("VERB",)):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or any(
                c.dep_ in ("neg", "nsubjpass", "auxpass") or (c.dep_ == "aux" and c.lower_ in CONDITIONAL) for c in verb.children):
            continue  # "did not lease", "may lease": no lease (yet)
        lessees = _verb_subjects(verb)
        # "lease A, a Dublin facility, and B": the parse joins B to A, or to A's apposition
        # (a named thing joined to a description is the list's next item, not more description).
        lessors = [t for dobj in verb.children if dobj.dep_ == "dobj"
                   for t in [dobj, *dobj.conjuncts, *(c for a in dobj.children if a.dep_ == "appos" for c in a.conjuncts)]
                   if kind_of(t) in ("org", "facility")]
        if not lessees or not lessors:
            continue
        tokens = lessees + lessors
        if is_hedged(doc, min(t.i for t in tokens), max(t.i for t in tokens) + 1):
            continue
        for lessee in lessees:
            for lessor in lessors:
                if entity_of(lessor) != entity_of(lessee):
                    yield Fact(entity_of(lessee), "partnersWith", entity_of(lessor), sentence_evidence(verb.sent),
                               "corporate.lease", round(0.75 * _sure([lessee]), 2))


def _named_after(noun: Token) -> list[Token]:
    """The companies a relational noun is followed by as their description, with those
    coordinated with them: "production unit Kestrel Pictures" (apposition or the name it is
    compounded into), "two production arms, Kestrel Pictures and Ashdown Films" (the parser
    often hangs a listed name on a plural noun as its conjunct)."""
    if noun.dep_ == "compound" and kind_of(noun.head) == "org" and noun.head.i > noun.i:
        return [t for t in coordinated(noun.head) if kind_of(t) == "org"]
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "appos" and kind_of(child) == "org":
            return [t for t in coordinated(child) if kind_of(t) == "org"]
        # "arms, A and B": the first name right after the comma that follows the noun.
        if (child.dep_ == "conj" and kind_of(child) == "org" and noun.tag_ in ("NNS", "NNPS")
                and child.i == noun.i + 2 and noun.doc[noun.i + 1].text == ","):
            return [t for t in coordinated(child) if kind_of(t) == "org"]
    return []


def named_relations(doc: Doc) -> Iterator[Fact]:
    """A company's possessive (or its name as a modifier) before a relational noun, and the
    names that noun describes after it:
    - a unit noun (the lexicon's unit_nouns): "Halcyon Media's production unit Kestrel Pictures",
      "another Halcyon Media unit, Kestrel Pictures", "Halcyon Media's two production arms,
      Kestrel Pictures and Ashdown Films": each name is a subsidiary of the possessor;
    - an owner noun (corp4_owner_nouns): "Riverton Films' owners Halcyon Media and Bluepeak
      Capital", "Granite Studios owners Atlas Media": each name owns the possessor.
    A past or unrealised tie ("former owner", "its one-time unit") or a partner's noun ("partner
    studio") gives nothing; neither does a hedged sentence."""
    units, owners = set(ordered_words("unit_nouns")), lower_words("corp4_owner_nouns")
    blocked = set(UNREALISED) | set(PAST_POST) | lower_words("corp4_not_unit_words")
    for noun in tokens_with(doc, pos=("NOUN",), lemma=units | owners):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or (lemma not in units and lemma not in owners):
            continue
        holders = [c for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i and kind_of(c) == "org"]
        if len(holders) != 1 or any(c.lower_ in blocked for c in noun.children):
            continue
        holder, named = holders[0], _named_after(noun)
        # "Halcyon Media-backed streamer X": a hyphened word other than "owned" after the
        # holder ("-backed", "-financed") makes it a backer, not a parent.
        if any(t.text == "-" and t.i + 1 < noun.i and doc[t.i + 1].lower_ not in lower_words("owned_compound_words")
               for t in doc[holder.i + 1:noun.i]):
            continue
        ends = [holder, *named]
        if not named or is_hedged(doc, min(t.i for t in ends), max(t.i for t in ends) + 1):
            continue
        for name in named:
            if entity_of(name) == entity_of(holder):
                continue
            fact = (name, "subsidiaryOf", holder) if lemma in units else (name, "owns", holder)
            yield Fact(entity_of(fact[0]), fact[1], entity_of(fact[2]), sentence_evidence(noun.sent),
                       f"corporate.named_{'unit' if lemma in units else 'owner'}", round(0.75 * _sure(ends), 2))


def owned_descriptions(doc: Doc) -> Iterator[Fact]:
    """"Halcyon Media-owned US streamer Brightwater", "the Halcyon Media-owned cable network
    Brightwater": an "X-owned" compound (the lexicon's owned_compound_words) that opens a
    description of a company names its owner, however many descriptive words stand between it
    and the name (x_owned reads the name right after the compound). A former owner ("formerly
    X-owned") or a hedged sentence gives nothing."""
    owned_words = lower_words("owned_compound_words")
    for owned in tokens_with(doc, lower=owned_words):
        if owned.lower_ not in owned_words or owned.i < 2 or doc[owned.i - 1].text != "-":
            continue
        owner = doc[owned.i - 2]
        if kind_of(owner) != "org" or any(t.lower_ in PAST_POST for t in doc[max(owned.sent.start, owner.i - 2):owner.i]):
            continue
        # Up through the description's nouns to the name it describes, within three steps.
        node, named = owned, None
        for _ in range(3):
            if node.dep_ not in ("amod", "compound", "nmod") or node.head.i <= node.i:
                break
            node = node.head
            if kind_of(node) == "org":
                named = node
                break
            if node.pos_ not in ("NOUN", "PROPN"):
                break
            # "X-owned US streamer, Y" / the parser's "streamer Y" as an apposition.
            named = next((c for c in node.children if c.dep_ == "appos" and c.i > node.i and kind_of(c) == "org"), None)
            if named is not None:
                break
        if named is None or named.i == owned.i + 1 or entity_of(named) == entity_of(owner):
            continue  # right after the compound, the name is x_owned's
        if is_hedged(doc, owner.i, named.i + 1):
            continue
        evidence, confidence = sentence_evidence(owned.sent), round(0.8 * _sure([owner, named]), 2)
        yield Fact(entity_of(owner), "owns", entity_of(named), evidence, "corporate.owned_description", confidence)
        # Described by a unit noun ("X-owned streamer Y"), the company is also X's unit.
        if node.lemma_.lower() in ordered_words("unit_nouns"):
            yield Fact(entity_of(named), "subsidiaryOf", entity_of(owner), evidence, "corporate.owned_unit", confidence)


def _credited_people(doc: Doc, prep: Token) -> list[Token]:
    """The people a banner preposition closes: the name right before it and a name joined to
    that one by "and" ("A and B for X"). A longer comma list is left alone: in "with C, A and B
    for X" only the last pair is sure to be X's."""
    before = doc[prep.i - 1] if prep.i > prep.sent.start else None
    if before is None or kind_of(before) != "person" or ref_of(before):
        return []
    people = [before]
    if before.i - 2 >= prep.sent.start and doc[before.i - 1].lower_ == "and" and kind_of(doc[before.i - 2]) == "person":
        people.append(doc[before.i - 2])
    return people


def _subject_people(verb: Token) -> list[Token]:
    """The people a production verb's subject names: "A and B executive produce via ..." (the
    parser often takes "executive" for the subject, with the name as its compound)."""
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    subjects += [c for s in subjects if s.lower_ in ("executive", "exec", "co-executive") for c in s.children if c.dep_ == "compound"]
    return [t for s in subjects for t in coordinated(s) if kind_of(t) == "person" and not ref_of(t)]


def banner_staff(doc: Doc) -> Iterator[Fact]:
    """A producer credit names the company each producer works for: "executive produced by A
    and B for Harbour Films", "C through Copperline Studios", "A executive produces via Harbour
    Films", "A and B produced under their Harbour Films banner". The people work for that
    company (the credit's own production fact is banner_credits'). A platform after "for"
    ("A will produce for Netflix") is the buyer, not the producer's company; a hedged credit
    gives nothing. The prepositions are the lexicon's banner_prepositions and
    corp4_banner_verb_prepositions (only after a production verb with a person subject)."""
    banner_preps = lower_words("banner_prepositions")
    verb_preps = lower_words("corp4_banner_verb_prepositions") | (banner_preps - {"for"})
    platforms = lower_words("corp4_platform_classes")
    for sent in doc_sents(doc):
        trigger = _production_trigger(sent)
        if trigger is None:
            continue
        for prep in sent:
            if prep.i <= trigger.i or prep.dep_ != "prep":
                continue
            people = _credited_people(doc, prep) if prep.lower_ in banner_preps else []
            if not people and prep.lower_ in verb_preps and prep.head.lemma_.lower() in lower_words("banner_credit_lemmas"):
                people = _subject_people(prep.head)
            if not people:
                continue
            companies = _companies_of(prep) or [c for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in lower_words("banner_nouns")
                                                for c in o.children if c.dep_ in ("compound", "poss", "appos") and kind_of(c) == "org"]
            companies = [c for c in companies if class_of(c).lower() not in platforms and not ref_of(c)]
            ends = [*people, *companies, trigger]
            if not companies or is_hedged(doc, min(t.i for t in ends), max(t.i for t in ends) + 1):
                continue
            # "produced by A and B for X and Y respectively": the n-th person works for the n-th
            # company, not every person for every company (unequal lists pair no one).
            if any(t.lower_ == "respectively" for t in doc[max(companies[-1].i, prep.i):sent.end]):
                pairs = list(zip(sorted(people, key=lambda t: t.i), sorted(companies, key=lambda t: t.i))) \
                    if len(people) == len(companies) else []
            else:
                pairs = [(person, company) for person in people for company in companies]
            for person, company in pairs:
                yield Fact(entity_of(person), "employedBy", entity_of(company), sentence_evidence(sent),
                           "corporate.banner_staff", 0.7)


# The possessive pronouns that give a banner to the person named before them.
OWNER_PRONOUNS = frozenset({"his", "her", "their"})


def _banner_at(doc: Doc, i: int, end: int, banners: frozenset[str]) -> int:
    """The end of a banner noun ("shingle", "production company") starting at i, else 0."""
    for n in (2, 1):
        words_ = doc[i:i + n]
        if i + n <= end and (" ".join(t.lemma_.lower() for t in words_) in banners or " ".join(t.lower_ for t in words_) in banners):
            return i + n
    return 0


def own_banners(doc: Doc) -> Iterator[Fact]:
    """"A will develop comedies through his A Productions shingle", "a deal for A and her Harbour
    Films production company", "B and C via their Harbour banner", "A via her banner, Harbour
    Films": a company a possessive pronoun calls the banner (the lexicon's banner_nouns) of the
    person named before it is that person's own company, so the person works for it, with or
    without a credit in the sentence (banner_staff reads the ones after a credit)."""
    banners = lower_words("banner_nouns")
    for pronoun in tokens_with(doc, lower=OWNER_PRONOUNS):
        if pronoun.lower_ not in OWNER_PRONOUNS:
            continue
        sent, i = pronoun.sent, pronoun.i + 1
        if i < sent.end and doc[i].lower_ == "own":
            i += 1
        company = None
        if i + 1 < sent.end and kind_of(doc[i]) == "org" and _banner_at(doc, i + 1, sent.end, banners):
            company = doc[i]  # "his A Productions shingle"
        elif i < sent.end and (j := _banner_at(doc, i, sent.end, banners)):
            j = j + 1 if j < sent.end and doc[j].text == "," else j
            if j < sent.end and kind_of(doc[j]) == "org":
                company = doc[j]  # "her banner, Harbour Films"
        if company is None or ref_of(company):
            continue
        before = [t for t in doc[sent.start:pronoun.i] if kind_of(t) == "person"]
        if not before:
            continue
        # "their": the people coordinated with the nearest name ("B and C via their banner").
        people = [p for p in coordinated(before[-1]) if kind_of(p) == "person"] if pronoun.lower_ == "their" else [before[-1]]
        if pronoun.lower_ == "their" and len(people) < 2 and len(before) >= 2 and doc[before[-1].i - 1].lower_ == "and":
            people = before[-2:]
        # No hedge of the clause reaches it: "may produce through her X banner" still says whose
        # company X is (the possessive presupposes it); "her former banner" does not.
        if doc[pronoun.i + 1].lower_ in PAST_POST:
            continue
        for person in people:
            yield Fact(entity_of(person), "employedBy", entity_of(company), sentence_evidence(sent), "corporate.own_banner", 0.7)


def compound_parents(doc: Doc) -> Iterator[Fact]:
    """"NBC parent Comcast", "Kestrel Pictures parent company Halcyon Media": a company's name
    used as a modifier right before "parent (company)" and the parent's name — the possessive's
    form without its "'s" (parent_of_possessive reads "Y's parent X"). Not a past parent
    ("former Y parent X", "Y's one-time parent") nor a hedged sentence."""
    blocked = set(UNREALISED) | set(PAST_POST)
    for word_ in tokens_with(doc, lower=("parent",)):
        if word_.lower_ != "parent" or word_.i < 1 or word_.i + 1 >= len(doc):
            continue
        child, j = doc[word_.i - 1], word_.i + 1
        if doc[j].lower_ in PARENT_HEADS:
            j += 1
        if j >= len(doc) or kind_of(child) != "org" or kind_of(doc[j]) != "org" or doc[j].sent != word_.sent:
            continue
        parent = doc[j]
        if entity_of(child) == entity_of(parent) or (child.i > 0 and doc[child.i - 1].lower_ in blocked):
            continue
        if is_hedged(doc, child.i, parent.i + 1):
            continue
        # "CNN and HBO parent X": companies listed before the modifier share the parent.
        children, i = [child], child.i - 1
        while i - 1 >= word_.sent.start and doc[i].lower_ in ("and", ",", "&") and kind_of(doc[i - 1]) == "org":
            children.append(doc[i - 1])
            i -= 2
        for company in children:
            if entity_of(company) != entity_of(parent):
                yield Fact(entity_of(company), "subsidiaryOf", entity_of(parent), sentence_evidence(word_.sent),
                           "corporate.compound_parent", round(0.75 * _sure([company, parent]), 2))


def possessive_companies(doc: Doc) -> Iterator[Fact]:
    """"Disney's Freeform", "Endemol Shine Group's Kudos": a company's possessive set right
    before another company's name, with no noun between, names the company it holds (a noun
    between says what the tie is: "X's partner Y" is no unit, and possessive_unit and
    named_relations read "X's Y label" and "X's unit Y"). Both names must be named, not
    referred to, and the holder typed finer than a bare Organization (a studio, a broadcaster):
    a person the NER took for a company ("Nicolas Chartier's Voltage") holds no unit, and a bare
    Organization's possession may be a holding rather than a unit ("Hudson Pacific's portfolio")."""
    for company in entity_tokens(doc, "org"):
        if kind_of(company) != "org" or ref_of(company) or company.i < 2:
            continue
        marker, holder = doc[company.i - 1], doc[company.i - 2]
        if marker.lower_ not in ("'s", "\u2019s", "'", "\u2019") or kind_of(holder) != "org" or ref_of(holder):
            continue
        if class_of(holder) in ("", "Organization") or entity_of(holder) == entity_of(company):
            continue
        if holder.i > company.sent.start and doc[holder.i - 1].lower_ in set(UNREALISED) | set(PAST_POST):
            continue
        if is_hedged(doc, holder.i, company.i + 1):
            continue
        yield Fact(entity_of(company), "subsidiaryOf", entity_of(holder), sentence_evidence(company.sent),
                   "corporate.possessive_company", round(0.7, 2))


def _with_companies(prep: Token) -> list[Token]:
    """The companies a "with" phrase names, read from the parse so that whatever qualifies
    the name is skipped: "with Dana Vale's Kestrel Pictures" (a possessor), "with Night
    Harbour outfit Corvid Films" (a descriptor after a title), "with London-based operator
    Tallow Properties", and a company in a list beside a person: "with director Dana Vale and
    her Corvid Films banner" (the company noun's own name)."""
    found: list[Token] = []
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        for item in [pobj, *pobj.conjuncts]:
            if kind_of(item) == "org":
                found.append(item)
            elif item.lemma_.lower() in BANNER_HEADS or item.lemma_.lower() in ("company", "operator", "partner"):
                found += [c for c in item.children if c.dep_ in ("compound", "appos") and kind_of(c) == "org"]
    return found


def _subject_companies(verb: Token) -> list[Token]:
    """The companies that are a verb's own subject, or, for an infinitive ("A is set to team
    with B", "A plans to partner with B"), its governing verb's. No other fallback: a verb
    joined to another by "and" may have a subject of its own the parser lost."""
    for node in (verb, verb.head if verb.dep_ == "xcomp" else None):
        subjects = [c for c in node.children if c.dep_ == "nsubj"] if node is not None else []
        if subjects:
            return [t for c in subjects for t in [c, *c.conjuncts] if kind_of(t) == "org"]
    return []


def partners_named_after_with(doc: Doc) -> Iterator[Fact]:
    """A company working "with" another is in a deal with it: the verb of working together
    ("A will team with B", "A is producing with B"; the lexicon's partner_with_verbs) or the
    deal noun a company strikes ("A has signed a first-look deal with B"), whose partner is
    the company the "with" phrase names, however the name is qualified (_with_companies). The
    surface rules need the company right after "with"; this reading reaches past a possessor
    or a descriptor. Denied, conditional or hedged deals give nothing."""
    verbs, nouns, strikes = lower_words("partner_with_verbs"), frozenset(DEAL_NOUNS), lower_words("deal_striking_verbs")
    for prep in tokens_with(doc, lower=("with",)):
        if prep.lower_ != "with" or prep.dep_ != "prep":
            continue
        head = prep.head
        lemma = head.lemma_.lower()
        if head.pos_ == "VERB" and lemma in verbs:
            clause = head
            partners = _subject_companies(head)
        elif head.pos_ == "NOUN" and (lemma in nouns or kind_of(head) == "agreement"):
            # "A has signed a deal with B", "A's pact with B": the striker is the subject of a
            # verb of making a deal whose object the deal is ("A is handling B's deals with C"
            # makes A no party), or the deal's possessor.
            clause = head.head if head.dep_ == "dobj" and head.head.lemma_.lower() in strikes else head
            partners = [c for c in head.children if c.dep_ == "poss" and kind_of(c) == "org"]
            if not partners and clause is not head:
                partners = _subject_companies(clause)
        else:
            continue
        if not partners or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in CONDITIONAL)
                               for node in {clause, head} for c in node.children):
            continue
        own = {entity_of(p) for p in partners}
        # "closed deals with A (UK) and B (Germany)": a company with the territory it took in
        # brackets bought a title from the dealer; a sale is no partnership.
        others = [t for t in _with_companies(prep) if entity_of(t) not in own and not _territory_buyer(t)]
        if not others:
            continue
        tokens = [*partners, *others]
        if is_hedged(doc, min(t.i for t in tokens), max(t.i for t in tokens) + 1):
            continue
        for partner in partners:
            for other in others:
                yield Fact(entity_of(partner), "partnersWith", entity_of(other), sentence_evidence(prep.sent),
                           "corporate.partner_named_after_with", round(0.75 * _sure([partner, other]), 2))
