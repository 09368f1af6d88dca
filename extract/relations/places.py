"""Where things are and where news was announced (org/facility/event -> place, org -> event)."""
from spacy.tokens import Token

from mediakg.extract.lexicon import lower_words
from mediakg.extract.relations.engine import Default, Rule, ent, entity_end, gap, kinds, word, possessive, possessive_after
from mediakg.extract.tokens import class_of, kind_of

LOCATABLE = kinds("org", "facility", "event")


def territory_of_a_deal(roles: dict[str, Token]) -> bool:
    """probeB: "distributed by X in North America", "X will stream the show in Japan", "released
    by X in the UK": a company that is the subject or the "by" agent of a verb of releasing,
    selling or buying (the lexicon's probeB_territory_verbs), with a country or region after
    that verb, names the territory the deal covers, not where the company is. A city ("Harbour
    Films in London") is left as a place the company is in."""
    company, place = roles.get("subject"), roles.get("object")
    if company is None or place is None or class_of(place) == "City":
        return False
    # lists10: "picked up by A for Germany, B in Italy": "in" pairs a buyer with its territory.
    from mediakg.extract.relations.distribution import in_territory_pair
    if in_territory_pair(company):
        return True
    verbs = lower_words("probeB_territory_verbs")
    # deals8: "which signed a deal to distribute X in Asia": the place hangs on the verb of the
    # deal itself, whoever that verb's subject is, so it is the territory the deal covers.
    prep = place.head
    if prep.dep_ == "prep" and prep.head.pos_ == "VERB" and prep.head.i < place.i and prep.head.lemma_.lower() in verbs:
        return True
    company = _list_head(company)
    verb = company.head
    if company.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif company.dep_ == "pobj" and verb.lower_ == "to" and verb.head.pos_ == "VERB":
        verb = verb.head  # "sold the drama X to A in Italy": the buyer's territory
    elif company.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and place.i > verb.i


def territory_of_a_platform(roles: dict[str, Token]) -> bool:
    """"streams on Netflix in Japan", "airs on BBC One in the UK", "available via Hulu in the
    U.S.": a channel or service named after "on", "via" or "through", with a country or region
    after it, is where a work can be watched in that territory, not where the company is."""
    company, place = roles.get("subject"), roles.get("object")
    if company is None or place is None or class_of(place) == "City":
        return False
    company = _list_head(company)
    # "on its drama channel Kestrel First in Chile": the name may be the compound or apposition
    # of the channel noun the preposition takes.
    while company.dep_ in ("compound", "appos", "nmod") and company.head.i != company.i:
        company = company.head
    if company.dep_ == "pobj" and company.head.lower_ in ("on", "via", "through") and place.i > company.i:
        return True
    # "the channel's distribution in Spain", "its launch in France": the place of a noun of
    # reach is where the service goes, not where the company is.
    doc = place.doc
    return place.i >= 2 and doc[place.i - 1].lower_ == "in" and doc[place.i - 2].lower_ in REACH_NOUNS


# Nouns of a company's or a service's reach, whose "in" names a market, not a seat.
REACH_NOUNS = frozenset({"distribution", "launch", "rollout", "roll-out", "expansion", "availability", "release", "presence",
                         "subscribers", "carriage", "debut", "sales"})


def _list_head(token: Token) -> Token:
    """The first item of the list a name stands in: a later conjunct ("acquired by A and B in
    Australia", "streams on A and B in Japan") shares its list's role in the clause."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def where_a_work_is_made(roles: dict[str, Token]) -> bool:
    """"X, from Harbour Films, is shooting in Wales", "Harbour Films will film it in Belfast", "X
    was remade by Harbour Films in France": a place after a verb of shooting, showing or remaking
    a work (the lexicon's shooting_place_verbs) is where the work is made or shown, not where the
    company is."""
    place = roles.get("object")
    if place is None or place.head.dep_ != "prep":
        return False
    verb = place.head.head
    # "X was remade by Harbour Films in France": the parser may hang the place on the agent; a
    # making verb's agent is placed where the work was made.
    if verb.dep_ == "pobj" and verb.head.lower_ == "by" and verb.head.dep_ in ("agent", "prep"):
        verb = verb.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lower_words("shooting_place_verbs") | MAKING_VERBS


# Verbs of making a new version, which place the making as shooting does ("remade": the small
# model's lemma of the participle is the word itself).
MAKING_VERBS = frozenset({"remake", "remade", "adapt", "reboot"})


def where_its_work_is(roles: dict[str, Token]) -> bool:
    """"Harbour Films productions in Ireland", "its production unit in Canada", "its investment
    in Spain": a place whose "in" hangs on a noun of the company's work or spending (the
    lexicon's place_output_nouns) says where that work is made or that money goes, not where
    the company is."""
    place = roles.get("object")
    if place is None or place.head.dep_ != "prep":
        return False
    noun = place.head.head
    return noun.pos_ == "NOUN" and noun.lower_ in lower_words("place_output_nouns")


def where_its_possession_is(roles: dict[str, Token]) -> bool:
    """"Harbor TV's screenwriting school in Perugia", "the platform's leadership in Latin
    America": a company in the possessive owns the thing placed; the place is that thing's."""
    subject = roles.get("subject")
    return subject is not None and possessive_after(subject) and entity_end(subject) + 1 < roles["object"].i


def where_its_event_is(roles: dict[str, Token]) -> bool:
    """"unveiled by Vantix at an event in Madrid", "spoke at a screening in Paris": a place whose
    "in" hangs on a gathering noun (the lexicon's place_event_nouns) is where that gathering was;
    only an event named as the subject is located by it ("the Netflix media event in Tokyo")."""
    company, place = roles.get("subject"), roles.get("object")
    if company is None or place is None or kind_of(company) == "event" or place.head.dep_ != "prep":
        return False
    noun = place.head.head
    if noun.pos_ == "NOUN" and noun.lower_ in lower_words("place_event_nouns"):
        return True
    # "Netflix held an event in London": the parser hangs "in London" on the verb whose object is
    # the gathering.
    return noun.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in lower_words("place_event_nouns") for c in noun.children)


# A modifier word inside an apposition before its head noun ("a 30,000-square-foot studio").
APPOSITION_MODIFIER = {"LOWER": {"NOT_IN": ["in", "at", "of", "for", "with", "by", ",", ";", ".", "which", "who", "that", "and", "(", ")"]},
                       "OP": "?"}
# The heads of an apposition that names a facility or a company.
APPOSITION_HEADS = tuple(sorted(lower_words("facility_nouns") | lower_words("company_head_nouns")))
# Words of a relative clause that sites a facility or company: built, opened, located...
SITING_WORDS = ("located", "based", "situated", "sited", "built", "constructed", "under", "construction", "being", "opened",
                "opening", "sits", "lies", "housed", "headquartered")


RULES = [
    # "media event in Tokyo", "the studio complex in Langley, B.C." (a listed place is also a place).
    Rule("places.in", "locatedIn", [ent(["org", "facility", "event"], "subject"), *gap(3), word("in", "at"), ent("place", "object")],
         LOCATABLE, kinds("place"), 0.7, veto=lambda roles: territory_of_a_deal(roles) or territory_of_a_platform(roles) or where_a_work_is_made(roles)
         or where_its_work_is(roles) or where_its_event_is(roles) or where_its_possession_is(roles)),
    # "Martini Film Studios, just outside Vancouver, British Columbia": outside the city, in its province.
    Rule("places.outside", "locatedIn", [ent(["org", "facility"], "subject"), word(","), *gap(2), word("outside", "near"), ent("place"), word(","), ent("place", "object")],
         LOCATABLE, kinds("place"), 0.75, coordinate=False),
    # "Berlin's Harbour Pictures", "Japan's Toho": a place owns its companies in the possessive.
    # The possessive binds the one place it ends: in "a coproduction between Tunisia, France and
    # Slovenia's Kestrel" the places listed before are the other partners' countries.
    Rule("places.possessive", "locatedIn", [ent("place", "object"), possessive(), ent(["org", "facility"], "subject")],
         kinds("org", "facility"), kinds("place"), 0.75, coordinate=False, list_before=False),
    # "Orisa Produzioni of Italy", "sold to Madman of Australia": sales news names a buyer with its
    # country after "of" (a country only: "Harbour Films of Soho" may be an address's part).
    Rule("places.of_country", "locatedIn", [ent("org", "subject"), word("of"), ent("place", "object")],
         kinds("org"), kinds("place"), 0.7, coordinate=False, veto=lambda roles: class_of(roles["object"]) != "Country"),
    Rule("places.based_in", "locatedIn", [ent(["org", "facility"], "subject"), *gap(3), word("based", "located", "headquartered", "situated"), word("in"), ent("place", "object")],
         LOCATABLE, kinds("place"), 0.85),
    # "Seoul-based Studio Dragon", "Paris-based sales agent X": the compound modifies the name
    # through any lower-case descriptor before it.
    Rule("places.x_based", "locatedIn", [ent("place", "object"), word("-"), word("based", "headquartered"),
                                         *[{"IS_LOWER": True, "POS": {"IN": ["NOUN", "ADJ"]}, "OP": "?"}] * 3, ent(["org", "facility"], "subject")],
         LOCATABLE, kinds("place"), 0.85),
    # "Toronto based studio X": the hyphen is often left out.
    Rule("places.x_based_open", "locatedIn", [ent("place", "object"), word("based", "headquartered"),
                                              *[{"IS_LOWER": True, "POS": {"IN": ["NOUN", "ADJ"]}, "OP": "?"}] * 3, ent(["org", "facility"], "subject")],
         LOCATABLE, kinds("place"), 0.8),
    # "Based in Dublin, Cobblestone Films employs ...": an opening participle says where the
    # subject of the main clause is.
    Rule("places.based_opening", "locatedIn", [{"LOWER": {"IN": ["based", "headquartered"]}, "IS_SENT_START": True}, word("in"), ent("place", "object"),
                                               word(","), *[{"IS_LOWER": True, "POS": {"IN": ["NOUN", "ADJ", "DET"]}, "OP": "?"}] * 3,
                                               ent(["org", "facility"], "subject")],
         LOCATABLE, kinds("place"), 0.8),
    # "Lumen Pictures, the London-based producer".
    Rule("places.comma_x_based", "locatedIn", [ent(["org", "facility"], "subject"), word(","), word("the", "a", "an", op="?"), ent("place", "object"), word("-"), word("based", "headquartered")],
         LOCATABLE, kinds("place"), 0.8),
    # "The Saticoy Lot, a 30,000-square-foot studio facility in Van Nuys", "Harbour Films, the
    # independent production company in Dublin": an apposition headed by a facility's or a
    # company's noun says where the named thing is, however many modifiers stand before the noun.
    Rule("places.apposition_in", "locatedIn", [ent(["org", "facility"], "subject"), word(","), word("a", "an", "the"), *[APPOSITION_MODIFIER] * 6,
                                               word(*APPOSITION_HEADS), word("in"), ent("place", "object")],
         LOCATABLE, kinds("place"), 0.75, coordinate=False),
    # "Eastbrook Studios, which is under construction in London", "X, which opened in Leeds in
    # 2019": a relative clause of being built, opened or sited puts the thing in the place.
    Rule("places.which_in", "locatedIn", [ent(["org", "facility"], "subject"), word(","), word("which", "that"),
                                          word("is", "are", "was", "were", "will", "be", "being", "been", "has", "have", "now", "currently", op="*"),
                                          word(*SITING_WORDS), word(*SITING_WORDS, op="?"), word("in"), ent("place", "object")],
         LOCATABLE, kinds("place"), 0.75, coordinate=False),
    Rule("places.among_in", "locatedIn", [ent("facility", "subject"), *gap(10), word("facilities", "studios", "stages"), word("in"), ent("place", "object")],
         LOCATABLE, kinds("place"), 0.65, coordinate=False),
    # "The announcement came during Netflix's “Next On Netflix 2026” media event".
    Rule("places.announced_at", "announcedAt", [word("announced", "unveiled", "revealed", "announcement", "announcements"), *gap(2), word("at", "during"), ent("org", "subject"), possessive("?"), {"IS_PUNCT": True, "OP": "*"}, ent("event", "object")],
         kinds("org"), kinds("event"), 0.8, coordinate=False),
    Rule("places.announced_at_nosubj", "announcedAt", [word("announced", "unveiled", "revealed"), word("at", "during"), {"IS_PUNCT": True, "OP": "*"}, ent("event", "object")],
         kinds("org"), kinds("event"), 0.7, subject_default=Default.SENTENCE_LEFT, coordinate=False),
]
