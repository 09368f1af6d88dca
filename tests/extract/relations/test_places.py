"""Place rules (mediakg.extract.relations.places): end to end on short invented sentences, and on
hand-built parses (entity tokens tagged by the test) where the small NER would fuse
"London-based" into the company's name."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import mediakg.extract.document  # noqa: F401  (registers mkg_entity, mkg_kind, mkg_class)
from mediakg.extract.relations import places
from mediakg.extract.relations.engine import RuleSet

CLASS_OF = {"org": "Organization", "place": "Place", "event": "Event", "facility": "Facility"}


def located(facts: set) -> set:
    return {f for f in facts if f[1] == "locatedIn"}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def hand_built(vocab, tokens: list) -> Doc:
    """One sentence; ("Harbour Films", "o1", "org") is an entity token."""
    words = [t if isinstance(t, str) else t[0] for t in tokens]
    doc = Doc(vocab, words=words, sent_starts=[i == 0 for i in range(len(words))], lemmas=[w.lower() for w in words])
    for token, tok in zip(doc, tokens):
        if not isinstance(tok, str):
            token._.mkg_entity, token._.mkg_kind = tok[1], tok[2]
            token._.mkg_class = CLASS_OF[tok[2]]
    return doc


def triples(vocab, tokens: list) -> set:
    return {(f.subject, f.predicate, f.object) for f in RuleSet(places.RULES, salient={}).facts(hand_built(vocab, tokens))}


def test_x_based_company_on_a_hand_built_parse(vocab):
    doc = ["The", ("London", "c1", "place"), "-", "based", ("Harbour Films", "o1", "org"), "has", "a", "new", "slate", "."]
    assert triples(vocab, doc) == {("o1", "locatedIn", "c1")}


def test_a_place_possessive_owns_its_company_on_a_hand_built_parse(vocab):
    doc = [("Leeds", "c1", "place"), "'s", ("Harbour Films", "o1", "org"), "has", "a", "new", "slate", "."]
    assert triples(vocab, doc) == {("o1", "locatedIn", "c1")}


def test_announced_at_an_event_on_a_hand_built_parse(vocab):
    # The announcer is the company left in the sentence (announced_at_nosubj).
    doc = [("Harbour Films", "o1", "org"), "said", "the", "slate", "was", "unveiled", "at", ("Screen Forward", "v1", "event"), "."]
    found = triples(vocab, doc)
    assert ("o1", "announcedAt", "v1") in found
    assert not {t for t in found if t[1] == "locatedIn"}


def test_a_company_next_to_a_city_in_another_role_is_not_located_there(vocab):
    # "sold to a buyer from Leeds": no "in", "based" or possessive ties the company to the city.
    doc = [("Harbour Films", "o1", "org"), "sold", "the", "rights", "to", "a", "buyer", "from", ("Leeds", "c1", "place"), "."]
    assert triples(vocab, doc) == set()


@pytest.mark.slow
def test_comma_the_city_based_producer(facts_of):
    facts = facts_of("Harbour Films, the London-based producer of \u201cSaltmarsh,\u201d has a new slate.")
    assert located(facts) == {("Harbour Films", "locatedIn", "London")}
    assert ("Harbour Films", "produces", "Saltmarsh") in facts


@pytest.mark.slow
def test_headquartered_in(facts_of):
    facts = facts_of("Harbour Films, which is headquartered in Manchester, has a new slate.")
    assert located(facts) == {("Harbour Films", "locatedIn", "Manchester")}


@pytest.mark.slow
def test_city_based_before_the_name_through_a_descriptor(facts_of):
    # The compound modifier reaches the name through descriptor nouns, and a sentence-initial
    # "London-based" is not part of the company's name.
    assert located(facts_of("Paris-based sales agent Fenwick Pictures has boarded the thriller.")) == {
        ("Fenwick Pictures", "locatedIn", "Paris")}
    assert located(facts_of("London-based Harbour Films made the series.")) == {("Harbour Films", "locatedIn", "London")}
    # Twin: a verb between the modified noun and a later company breaks the phrase.
    assert not located(facts_of("The London-based company signed with Harbour Films."))


# --- probeB: a two-word place or owner before "-based"/"-owned" is no part of the company's name ---
@pytest.mark.slow
@pytest.mark.parametrize("sentence, entities, facts", [
    ("The film was produced by Hong Kong-based Harbour Films.",
     {"Hong Kong", "Harbour Films"}, {("Harbour Films", "locatedIn", "Hong Kong")}),
    ("The film was produced by Los Angeles-based Fenwick Pictures.",
     {"Los Angeles", "Fenwick Pictures"}, {("Fenwick Pictures", "locatedIn", "Los Angeles")}),
    ("Tidewater Media-owned Harbour Films produced the series.",
     {"Tidewater Media", "Harbour Films"}, {("Tidewater Media", "owns", "Harbour Films")}),
])
def test_two_word_modifier_before_a_company_name(extraction_of, sentence, entities, facts):
    from tests.extract.conftest import labelled_facts
    extraction = extraction_of(sentence)
    assert {e.label for e in extraction.entities} == entities
    assert {f for f in labelled_facts(extraction) if f[1] in ("locatedIn", "owns")} == facts


@pytest.mark.slow
def test_a_capitalised_hyphen_word_stays_in_the_company_name(extraction_of):
    # Twin: "Hae-In" is no "-based" participle; the company keeps its whole name.
    labels = {e.label for e in extraction_of("The film was produced by Hae-In Pictures.").entities}
    assert labels == {"Hae-In Pictures"}


# --- probeB: "in" a country after a verb of releasing or selling is the deal's territory ---
@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "The film will be distributed by Fenwick Pictures in North America.",
    "The thriller will be released by Harbour Films in the US.",
    "Fenwick Pictures will stream the show in Japan.",
])
def test_a_release_territory_is_not_where_the_company_is(facts_of, sentence):
    assert not located(facts_of(sentence))


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "The drama will stream on Corvane in North America.",
    "The series airs on BBC One in the UK and on Netflix in Japan.",
    "The film is available via Corvane in the UK.",
    # The name may be the apposition of the channel noun "on" takes.
    "Corvane will also show the series on its drama channel Corvane Plus in Chile, Peru and Bolivia.",
])
def test_a_territory_after_a_platform_is_not_where_the_platform_is(facts_of, sentence):
    # "on X in Japan": where a work can be watched through X, not where X is.
    assert not located(facts_of(sentence))


@pytest.mark.slow
def test_a_platform_subject_in_a_country_keeps_its_place(facts_of):
    # The negative twin: the company is the subject, not the object of "on".
    assert located(facts_of("Corvane, a streamer in Sweden, ordered the drama.")) == {("Corvane", "locatedIn", "Sweden")}


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expected", [
    ("Harbour Films in London will distribute the film.", {("Harbour Films", "locatedIn", "London")}),  # before the verb, a city
    ("Fenwick Pictures, a studio in Germany, produced the film.", {("Fenwick Pictures", "locatedIn", "Germany")}),  # no release verb
])
def test_a_company_placed_outside_a_release_clause_keeps_its_place(facts_of, sentence, expected):
    assert located(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", ["Brackwater, a thriller from Harbour Films, is shooting in Wales.",
                                      "Harbour Films will film the series in Belfast.",
                                      "The series from Harbour Films begins filming in Glasgow next month.",
                                      # where a work is developed or made is the work's place too
                                      "The studio unveiled a comedy for Lumen Kids developed in Latin America."])
def test_where_a_work_is_shot_is_no_company_location(facts_of, sentence):
    # The place of shooting is the work's, not the company's.
    assert {f for f in facts_of(sentence) if f[1] == "locatedIn"} == set()


def test_a_company_based_in_a_city_is_located_there(facts_of):
    # The twin: a company "in" or "based in" a city is there.
    assert ("Harbour Films", "locatedIn", "London") in facts_of("Harbour Films, based in London, made the series.")


@pytest.mark.parametrize("sentence", ["Previous Netflix productions in Ireland include Salt Road.",
                                      "Netflix opened a production unit in Canada last year.",
                                      "Netflix will make its investment in Spain over three years."])
def test_where_a_companys_work_or_money_goes_is_no_company_location(facts_of, sentence):
    # "productions in Ireland", "unit in Canada": the place is the work's or the spending's.
    assert {f for f in facts_of(sentence) if f[1] == "locatedIn"} == set()


def test_a_company_with_an_office_in_a_city_is_located_there(facts_of):
    # The twin: an office is the company's own place.
    assert ("Harbour Films", "locatedIn", "Dublin") in facts_of("Harbour Films opened an office in Dublin last year.")


# --- deals8: an "in" phrase that places something else than the company ---
@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "The film was acquired by Corvid Films and Kestrel Media in Australia.",  # a later conjunct of the agent
    "Tallow Pictures, which signed a deal last year to distribute Frostline in Asia, has grown.",  # "in" on the deal's verb
    "The town hopes to reopen a shuttered Corvid Motors plant in Detroit.",  # the plant's place, not the company's
])
def test_a_place_of_the_deal_or_of_a_plant_is_no_company_location(facts_of, sentence):
    assert not located(facts_of(sentence))


@pytest.mark.slow
@pytest.mark.parametrize("sentence, expected", [
    ("The drama was picked up by Corvid Films in Japan and by Tallow Pictures, a broadcaster in Israel.", {("Tallow Pictures", "locatedIn", "Israel")}),
    ("Corvid Motors in Detroit has opened a studio.", {("Corvid Motors", "locatedIn", "Detroit")}),
])
def test_a_company_in_a_place_keeps_it_negative_twins(facts_of, sentence, expected):
    assert located(facts_of(sentence)) == expected


# lists10: a buyer paired with its territory by "in" inside a "for" sales list is not placed there.
def test_an_in_pair_of_a_sales_list_places_no_company(facts_of):
    facts = facts_of("The drama \u201cFrostline\u201d sold to Kestrel Media for Germany and Zellmark Films in Spain.")
    assert not {f for f in facts if f[1] == "locatedIn"}


def test_a_city_after_a_for_pair_still_places_a_company(facts_of):
    # Negative twin: a city is where a company is, not a territory sold.
    facts = facts_of("Zellmark Films in London bought the drama \u201cFrostline\u201d from Kestrel Media for Germany.")
    assert ("Zellmark Films", "locatedIn", "London") in facts


# --- where a gathering was, and the territory a work is sold into, locate no company ---
@pytest.mark.parametrize("sentence", [
    "Details were unveiled by Harbor Films at an event in Madrid.",
    "Harbor Films presented the slate at a screening in Paris.",
])
def test_a_gathering_in_a_place_locates_no_company_that_held_it(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "locatedIn"}


def test_an_event_named_as_subject_keeps_its_place(facts_of):
    # Twin: the gathering itself is in the place.
    assert ("Harbor Film Festival", "locatedIn", "Madrid") in facts_of("The announcement came at the Harbor Film Festival event in Madrid.")


def test_a_buyer_a_work_is_sold_to_in_a_country_is_not_based_there(facts_of):
    facts = facts_of("Paris-based Cinesud has sold the drama Cold Harbor to Lumo Film in Italy.")
    assert ("Lumo Film", "acquires", "Cold Harbor") in facts
    assert {f for f in facts if f[1] == "locatedIn"} == {("Cinesud", "locatedIn", "Paris")}


@pytest.mark.parametrize("sentence, expected", [
    ("Toronto based studio Cobblestone Films employs 90 staff.", ("Cobblestone Films", "locatedIn", "Toronto")),
    ("Based in Dublin, Cobblestone Films employs 90 staff.", ("Cobblestone Films", "locatedIn", "Dublin")),
])
def test_a_base_stated_without_hyphen_or_in_an_opening_participle_places_the_company(facts_of, sentence, expected):
    assert expected in facts_of(sentence)


def test_an_opening_based_on_phrase_places_nothing(facts_of):
    # Twin: "Based on" names a source, no place.
    assert not {f for f in facts_of("Based in part on his life in Dublin, Cold Harbor stars Ana Ruiz.") if f[1] == "locatedIn"}


def test_the_market_of_a_services_reach_is_no_seat(facts_of):
    # "the channel's distribution in Spain, Greece and Chile": where the channel goes.
    facts = facts_of("Kelpie TV said its channel is launching on Zapnet in Austria, adding to the channel's distribution in Spain, Greece and Chile.")
    assert not {f for f in facts if f[1] == "locatedIn" and f[0] == "Kelpie TV"}


def test_a_company_in_a_place_is_seated_there(facts_of):
    # Twin: no noun of reach stands before "in".
    assert ("Kelpie TV", "locatedIn", "Spain") in facts_of("Kelpie TV is a broadcaster in Spain.")


def test_a_places_possessive_binds_only_the_place_it_ends(facts_of):
    # "between Tunisia, France and Slovenia's Kestrel": the places listed before are the other
    # partners' countries, not Kestrel's.
    facts = facts_of("Ashgrove by Mira Doss is a coproduction between Tunisia, France and Slovenia's Kestrel Production.")
    assert {f for f in facts if f[1] == "locatedIn"} == {("Kestrel Production", "locatedIn", "Slovenia")}


def test_a_company_holding_an_event_somewhere_is_not_located_there(facts_of):
    # "Netflix held an event in London": where the gathering was, not where the company is.
    assert not any(f[1] == "locatedIn" for f in facts_of("Harbour Films held an event in London last night."))
    # Twin: a company based there is located there.
    assert ("Harbour Films", "locatedIn", "London") in facts_of("Harbour Films is based in London.")


# An apposition headed by a facility's or a company's noun, or a relative clause of siting, puts
# the named thing in the place, however long the modifiers.
@pytest.mark.parametrize("text, fact", [
    ("The Saticoy Lot, a 30,000-square-foot studio facility in Van Nuys, has two stages.",
     ("Saticoy Lot", "locatedIn", "Van Nuys")),
    ("Harbour Films, the independent production company in Dublin, has a new slate.",
     ("Harbour Films", "locatedIn", "Dublin")),
    ("Eastbrook Studios, which is under construction in London, will open in May.",
     ("Eastbrook Studios", "locatedIn", "London")),
])
def test_an_apposition_or_a_siting_clause_locates_the_name(facts_of, text, fact):
    assert fact in facts_of(text)


@pytest.mark.parametrize("text", [
    "Netflix, which is available in Japan, has a new slate.",  # where a service reaches
    "Harbour Films, which is shooting in Dublin, has a new slate.",  # where a work is made
    "Harbour Films, a company with a slate of films in Dublin, is growing.",  # the modifiers end at "with"
])
def test_other_relative_clauses_and_appositions_locate_nothing(facts_of, text):
    assert not {f for f in facts_of(text) if f[1] == "locatedIn"}


def test_a_list_of_studios_and_lots_is_located_together(facts_of):
    # A lot's name ("Maple Media Campus") is a facility, a studio's a company: one list all the same.
    facts = facts_of("Its properties include Culver Studios, Maple Media Campus and Sunset Gower Studios in Los Angeles.")
    assert {("Culver Studios", "locatedIn", "Los Angeles"), ("Maple Media Campus", "locatedIn", "Los Angeles"),
            ("Sunset Gower Studios", "locatedIn", "Los Angeles")} <= facts


@pytest.mark.parametrize("text", [
    "Ana Ruiz trained at Harbor TV's screenwriting school in Toronto.",
    "Harbor TV's new studio in Toronto opens in May.",
])
def test_a_place_of_what_a_company_owns_is_not_the_companys(facts_of, text):
    # "X's school in Toronto": the school is in Toronto; X may be anywhere.
    assert not {f for f in facts_of(text) if f[1] == "locatedIn" and f[0] == "Harbor TV"}


def test_a_company_in_a_place_is_located_there(facts_of):
    # Twin: with no possessive, the company itself is placed.
    assert ("Harbor TV", "locatedIn", "Toronto") in facts_of("Ana Ruiz trained at Harbor TV in Toronto.")


def test_a_company_of_a_country_is_located_there(facts_of):
    # Sales news names a buyer with its country after "of".
    facts = facts_of("The film was bought by Kestrel Point of Malaysia and Orisa Filmes of Italy.")
    assert {f for f in facts if f[1] == "locatedIn"} == {("Kestrel Point", "locatedIn", "Malaysia"),
                                                        ("Orisa Filmes", "locatedIn", "Italy")}
    # Twin: a city after "of" may be part of an address or a name; no fact.
    assert not {f for f in facts_of("Harbour Films of Soho has a new slate.") if f[1] == "locatedIn"}


def test_a_remaking_agents_place_is_where_the_work_was_made(facts_of):
    # "remade by A in France": the place says where the remake was made, not where A is.
    assert not {f for f in facts_of("The film was remade by Harbour Films in France in 2016 as the hit \u201cTide Line.\u201d") if f[1] == "locatedIn"}
    # twin: a company named with its city before its verb is placed there
    assert ("Harbour Films", "locatedIn", "Toronto") in facts_of("Harbour Films in Toronto produced the film.")
