"""Mention finders (mediakg.extract.mentions.finders): the pure helpers on strings and Mentions,
and the pattern finders (numbered stages, named agreements, hyphen-credited people) on parsed text."""
from __future__ import annotations

import pytest
import spacy

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from mediakg.extract.mentions.finders import (Mention, _with_leading_acronym, _without_trailing_function_words, find_mentions, is_name,
                                              longer_company_end, org_class_from_name, resolve_overlaps, title_cased)
from tests.extract.conftest import labelled_facts


@pytest.mark.parametrize("name,cls", [
    ("Copperline Studios", "Studio"),
    ("Harbour Films", "ProductionCompany"),
    ("Quill Productions", "ProductionCompany"),
    ("Ministry of Culture", "GovernmentBody"),
    ("Northern Screen Agency", "GovernmentBody"),
    ("Harbour", "Organization"),
    ("Studios of the North Ltd", "Organization"),  # the company word must end the name
    ("Maritime Broadcasting Corporation", "Broadcaster"),
    ("Northlight Releasing", "Distributor"),
    ("Network Pictures", "ProductionCompany"),  # a first word says nothing of what the company does
    # European producers name themselves in their own language
    ("Z Filme", "ProductionCompany"),
    ("Sole Produzioni", "ProductionCompany"),
    ("Luna Producciones", "ProductionCompany"),
])
def test_org_class_from_name(name, cls):
    assert org_class_from_name(name) == cls


def test_a_name_span_loses_the_function_word_that_ends_it():
    # The NER leaves "Pia Kessler with" when a known name after it was taken out of its span.
    doc = Doc(Vocab(), words=["by", "Pia", "Kessler", "with", "WME"], pos=["ADP", "PROPN", "PROPN", "ADP", "PROPN"])
    assert _without_trailing_function_words(Span(doc, 1, 4, label="ORG")).text == "Pia Kessler"
    # Twins: a span ending in a name word stays whole; one of function words only is no name.
    assert _without_trailing_function_words(Span(doc, 1, 3, label="ORG")).text == "Pia Kessler"
    assert _without_trailing_function_words(Span(doc, 3, 4, label="ORG")) is None


def test_is_name_needs_a_capital_or_a_digit_and_is_no_bare_number():
    assert is_name("Mara Quill")
    assert is_name("No. 5")
    assert not is_name("the streamer")
    assert not is_name("2024")
    assert not is_name("1h52")  # a catalogue's running time
    assert not is_name("112 min.")


# "EVP/CFO", "President/GM": job titles joined by a slash are one post, no name.
def test_slashed_job_titles_are_no_name():
    assert not is_name("EVP/CFO")
    assert not is_name("President/GM")
    assert not is_name("GM")
    assert is_name("Harbour/Keel Films")


def test_title_cased_tells_titles_from_quoted_speech():
    assert title_cased("The Long Road Home")
    assert title_cased("Salt and the Sea")  # function words may stay lower case
    assert not title_cased("we are thrilled to work with her")
    assert not title_cased("It was a great night for all of us")


@pytest.mark.parametrize("title", ["Spy no Tsuma", "Strada di Sale", "El Camino de los Reyes"])
def test_a_title_in_its_own_language_keeps_its_particles_lower_case(title):
    # Japanese particles and Romance articles and prepositions are the function words of such titles.
    assert title_cased(title)


def test_a_lower_case_particle_does_not_make_speech_a_title():
    assert not title_cased("Say no more to them")


def test_resolve_overlaps_prefers_the_stronger_source_then_the_longer_span():
    ner = Mention(0, 13, "Harbour Films", "Organization", "ner")
    quote = Mention(8, 20, "Films Tonight", "CreativeWork", "quote")
    longer_ner = Mention(30, 45, "Copperline Hall", "Organization", "ner")
    shorter_ner = Mention(30, 40, "Copperline", "Organization", "ner")
    assert resolve_overlaps([ner, quote, shorter_ner, longer_ner]) == [quote, longer_ner]


@pytest.mark.slow
def test_numbered_stages_each_name_a_facility(nlp):
    text = "Harbour Films will use the No. 1 and No. 2 stages at the lot."
    found = {(m.text, m.cls) for m in find_mentions(nlp(text)) if m.cls == "Facility"}
    assert found == {("No. 1", "Facility"), ("No. 2", "Facility")}


@pytest.mark.slow
def test_a_named_agreement_and_a_hyphen_credited_person(nlp):
    text = "The Mara Quill-directed thriller is part of a multi-year agreement with Harbour Films."
    found = {(m.text, m.cls) for m in find_mentions(nlp(text))}
    assert ("multi-year agreement", "Agreement") in found
    assert ("Mara Quill", "Person") in found


@pytest.mark.slow
def test_a_hyphen_word_that_is_no_credit_makes_no_person(nlp):
    text = "The Harbour Films-owned lot sits next to the river."
    assert not {m for m in find_mentions(nlp(text)) if m.cls == "Person"}


def _people(entities):
    return {label for label, e in entities.items() if e.type == "Person"}


def test_every_name_of_a_cast_list_is_a_person(entities_of):
    # The small NER misses or mistypes some names of a long list; a cast lists actors.
    text = "The series stars Tahj Okoro, Lou Beatty Jr. and Jo In-sung."
    assert {"Tahj Okoro", "Lou Beatty Jr.", "Jo In-sung"} <= _people(entities_of(text))


def test_a_character_and_a_credit_in_a_cast_list_are_no_people(entities_of):
    # Negative twin: "as Detective Ruth Kane" is a character, "(Saltmarsh)" a credit.
    entities = entities_of("The cast includes Nina Holt as Detective Ruth Kane and Ada Stone (Saltmarsh).")
    assert _people(entities) == {"Nina Holt", "Ada Stone"}


def test_the_speaker_after_a_cast_list_is_no_cast_member(facts_of):
    # Negative twin: the last name opens a clause of its own ("..., Fenwick Studios said").
    facts = facts_of("Orchard Street has ordered the drama Copperhead. The series stars Nina Holt and Ada Stone, Fenwick Studios said.")
    assert {o for s, p, o in facts if p == "starring"} == {"Nina Holt", "Ada Stone"}


@pytest.mark.slow
def test_festival_trophies_are_no_entities(entities_of):
    entities = entities_of("The drama Cold Harbour won the Golden Bear, and its director took a Silver Lion in Venice.")
    assert "Golden Bear" not in entities and "Silver Lion" not in entities
    assert entities["Venice"].type == "City"


@pytest.mark.slow
def test_a_metal_word_opening_a_company_name_is_no_trophy(entities_of):
    entities = entities_of("The documentary was produced by Silver Harbour Films for the BBC.")
    assert entities["Silver Harbour Films"].type == "ProductionCompany"


@pytest.mark.slow
@pytest.mark.parametrize("text, label, cls", [
    ("Netflix opened a production hub in Seoul.", "Seoul", "City"),  # a listed city
    ("The drama was shot in Langley, B.C., over the summer.", "Langley", "City"),  # a city of a listed region
    ("The show was filmed in Manhattan and Paris.", "Manhattan", "Place"),  # a borough is no city
    ("NEW YORK \u2014 The studio Paramount will merge with Skydance.", "NEW YORK", "City"),  # a dateline
])
def test_a_city_needs_a_list_or_the_text_to_place_it(entities_of, text, label, cls):
    assert entities_of(text)[label].type == cls


@pytest.mark.slow
def test_a_capitalised_word_nothing_places_is_no_city(entities_of):
    entities = entities_of("Departments include Theatre, Licensing, Publishing and Design.")
    assert not any(e.type == "City" for e in entities.values())


@pytest.mark.slow
def test_a_list_of_departments_is_no_company(entities_of):
    entities = entities_of("The company has 80 employees across departments including Theatre, Licensing, Marketing, "
                           "Finance, Operations and Design.")
    assert not any(e.type in ("Organization", "ProductionCompany") for e in entities.values())


@pytest.mark.slow
def test_a_known_name_with_a_number_opens_a_longer_company_name(entities_of):
    entities = entities_of("She previously ran Viacom 18 Digital Ventures in Mumbai.")
    assert entities["Viacom 18 Digital Ventures"].type == "Organization"
    assert "Viacom" not in entities


def test_a_name_ending_in_festival_is_an_event(entities_of):
    # works helper: "the X Film Festival" names an event even when the NER calls it a company.
    entities = entities_of("The documentary screened at the Slamdance Film Festival in January.")
    assert entities["Slamdance Film Festival"].type == "Event"


def test_a_company_named_festival_stays_a_company(entities_of):
    # Negative twin: "Festival" opens the name; its last word says company.
    entities = entities_of("Festival Films has acquired the drama.")
    assert entities["Festival Films"].type == "ProductionCompany"


def test_a_one_word_name_fused_with_fest_is_an_event(entities_of):
    # "FrightFest": a festival written as one word with "Fest", though the NER calls it a company.
    assert entities_of("The horror film premieres at GloomFest in August.")["GloomFest"].type == "Event"


def test_manifest_is_no_festival(entities_of):
    # Twin: a word that only ends in "fest" names no festival.
    entities = entities_of("Manifest acquired the drama for the UK.")
    assert all(e.type != "Event" for e in entities.values())


# --- people (branch people): characters in parentheses, headline verbs, a surname the gazetteer takes ---

def test_a_character_followed_by_its_actor_is_no_entity(entities_of):
    # "Nora (Marta Quill)": the parenthesis names the actor, the name before it a character.
    entities = entities_of("Marta Quill and Tom Brennan will lead the cast. The drama follows a young nurse, "
                           "Nora (Marta Quill), who moves north. Brennan plays Owen, Rosa's (Quill) older brother.")
    assert "Nora" not in entities and "Rosa" not in entities
    assert entities["Marta Quill"].type == "Person"
    assert _people(entities) == {"Marta Quill", "Tom Brennan"}


def test_a_lone_first_name_before_a_full_name_is_a_character(entities_of):
    # The actor is named only here; a lone first name that no full name of the article contains.
    entities = entities_of("The comedy centres on a teacher named Greta (Ilse Varnum).")
    assert "Greta" not in entities
    assert entities["Ilse Varnum"].type == "Person"


def test_a_person_with_credits_in_parentheses_stays_a_person(entities_of):
    # Negative twin: "Marta Quill (Moonfall)" is an actor with a credit; a surname with a credit too.
    entities = entities_of("Marta Quill (Moonfall) and Tom Brennan (Salt Road) will star in the drama. "
                           "Quill (Moonfall) plays a nurse.")
    assert {"Marta Quill", "Tom Brennan"} <= _people(entities)
    assert "Moonfall" not in _people(entities) and "Salt Road" not in _people(entities)


def test_a_headline_verb_ends_a_persons_name(entities_of):
    entities = entities_of("Dana Whitlow Joins Salt Road as Series Regular\n\nDana Whitlow has joined the drama.")
    assert "Dana Whitlow" in _people(entities)
    assert not any("Joins" in label for label in entities)


def test_a_headline_word_that_is_no_verb_stays_in_a_name(entities_of):
    # Negative twin: a name with no headline verb in it is kept whole.
    entities = entities_of("Dana Whitlow Peters has joined the drama.")
    assert "Dana Whitlow Peters" in _people(entities)


def test_a_one_word_company_name_ending_a_persons_name_is_the_surname(entities_of):
    # "Sean Vale Fox (Moonfall)": the gazetteer takes "Fox", the NER cuts the person short.
    entities = entities_of("Sean Vale Fox (Moonfall) will lead the cast of the drama.")
    assert "Sean Vale Fox" in _people(entities)


def test_a_company_after_a_persons_name_with_a_noun_after_stays_a_company(entities_of):
    # Negative twin: "Jane Roe's Fox series" - a possessive and a noun: the company is its own.
    entities = entities_of("Producer Jane Roe's Fox series was renewed.")
    assert entities["Fox"].type != "Person"


# --- people (branch people): a job noun or a person's agent phrase before a name, an agency after it ---

def _people(entities):
    return {label for label, e in entities.items() if e.type == "Person"}


def test_a_name_after_a_job_noun_or_a_persons_agent_phrase_is_a_person(entities_of):
    # The small NER calls each of these names an ORG.
    entities = entities_of("The drama was written by Tess Harwood Lane and directed by Elena Prat. "
                           "The comedy marks the feature directorial debut of Tyrrell Banks. "
                           "The villain will be played by Temuera Hollis. Pia Kessler Marsh is repped by Gersh.")
    assert {"Elena Prat", "Tyrrell Banks", "Temuera Hollis", "Pia Kessler Marsh"} <= _people(entities)


def test_a_company_after_a_persons_agent_phrase_stays_a_company(entities_of):
    # Negative twin: a company word in the name keeps it a company.
    entities = entities_of("Bank Holiday Road is produced by Elena Prat Ventures.")
    assert entities["Elena Prat Ventures"].type != "Person"


def test_characters_described_by_a_noun_and_listed_with_their_actors_are_no_entities(entities_of):
    # A noun that is no job ("teenagers") introduces parts; the list that goes on from the pair
    # is of parts too, each with its actor.
    # (The rule needs the NER's word that the first parenthesis names a person.)
    entities = entities_of("The drama follows teenagers Anna Vik (Oda Berg), Kristian Moe (Sindre Aas) "
                           "and Tora Lie (Mette Brekke).")
    assert not {"Anna Vik", "Kristian Moe", "Tora Lie"} & set(entities)
    assert {"Oda Berg", "Sindre Aas", "Mette Brekke"} <= _people(entities)


def test_a_nominee_with_a_credit_in_parentheses_is_a_person(entities_of):
    # Negative twin: "nominee" is a person's description; the parenthesis holds a title.
    entities = entities_of("The ensemble includes Emmy nominee Tora Lie (Cold Harbour).")
    assert "Tora Lie" in _people(entities)
    assert "Cold Harbour" not in _people(entities)


def test_a_part_that_is_played_is_no_entity_whatever_the_ner_took_it_for(entities_of):
    # The small NER calls some parts a company or a facility; only a part is played.
    entities = entities_of("Sprague Vale will play Tonia, a nurse, and Lex Moore portrays Stick, a con man.")
    assert "Tonia" not in entities and "Stick" not in entities
    assert {"Sprague Vale", "Lex Moore"} <= _people(entities)


def test_a_city_a_film_will_play_stays_a_city(entities_of):
    # Negative twin: a film "plays" a festival's city.
    entities = entities_of("The drama will play Toronto before it opens in Paris.")
    assert entities["Toronto"].type == "City"


def test_a_name_listed_with_people_is_a_person_though_the_ner_took_it_for_a_facility(entities_of):
    entities = entities_of("Matt Vale, Sas Goldberg and Patrick Moore have landed recurring roles on the drama.")
    assert {"Matt Vale", "Sas Goldberg", "Patrick Moore"} <= _people(entities)


def test_a_name_with_lower_case_particles_is_kept_whole(entities_of):
    entities = entities_of("The film stars Ana de la Vega, Jan van der Berg and Omar bin Rashid.")
    assert {"Ana de la Vega", "Jan van der Berg", "Omar bin Rashid"} <= _people(entities)
    assert "Berg" not in entities


def test_the_show_that_owns_an_actor_is_no_person(entities_of):
    # "Harbour Lights' Dana Whitlow has joined": the owner is the show she is known by.
    entities = entities_of("Harbour Lights' Dana Whitlow has joined the cast of the series.")
    assert _people(entities) == {"Dana Whitlow"}


def test_a_director_who_owns_a_film_stays_a_person(entities_of):
    # Negative twins: "Tom Vale's Harbour Lights opens" (a director's film); "Jane Roe's husband".
    assert "Tom Vale" in _people(entities_of("Tom Vale's Harbour Lights opens in May."))
    assert "Jane Roe" in _people(entities_of("Jane Roe's husband Tom Roe will produce."))


def test_two_actors_starring_as_two_parts_leave_no_character_entities(entities_of):
    entities = entities_of("Lee Jung Jae and Park Hae Soo will star as Ki Hoon and Sang Woo in the drama.")
    assert _people(entities) == {"Lee Jung Jae", "Park Hae Soo"}
    assert "Sang Woo" not in entities and "Ki Hoon" not in entities


def test_a_name_after_a_character_and_a_second_actor_as_a_part(entities_of):
    # Negative twin: one actor "as Ruth", then another cast member; "Ada Stone as Meg": Meg a part.
    assert "Ada Stone" in _people(entities_of("The cast includes Nina Holt as Ruth and Ada Stone."))
    entities = entities_of("Nina Holt stars as Ruth and Ada Stone as Meg.")
    assert "Meg" not in entities and {"Nina Holt", "Ada Stone"} <= _people(entities)


def test_a_name_after_a_capitalised_agent_phrase_keeps_its_hyphenated_given_name(entities_of):
    # "Directed by" opens the sentence; the small tagger makes "Do" of "Do-young" a noun.
    entities = entities_of("Directed by Kim Do-young, the release tackles the issues.")
    assert "Kim Do-young" in _people(entities) and "Kim" not in entities


def test_a_nationality_and_a_based_modifier_after_an_agent_phrase_are_no_name(entities_of):
    # Negative twin: "Iraqi Dubai-based filmmaker X": only X is the person.
    entities = entities_of("Directed by Iraqi Dubai-based filmmaker Yasir Al Yasiri, the film opens in May.")
    assert _people(entities) == {"Yasir Al Yasiri"}


def test_a_winner_and_a_capitalised_job_word_in_a_headline_name_no_person(entities_of):
    # Negative twins: a film wins too ("Golden Lion winner Salt Road"); a headline capitalises
    # its words ("to Head Harbour Original Series").
    entities = entities_of("The Golden Bear winner On Salt and Stone opens in May.")
    assert not _people(entities)
    entities = entities_of("Dana Whitlow to Head Harbour Original Series for Netflix\n\nDana Whitlow will run the slate.")
    assert _people(entities) == {"Dana Whitlow"}


def test_the_role_of_a_name_is_a_character(entities_of):
    entities = entities_of("Dana Whitlow will play the role of Meg Vale, a nurse.")
    assert _people(entities) == {"Dana Whitlow"}


def test_the_role_of_a_company_keeps_the_company(entities_of):
    # Negative twin: a gazetteer company after "the role of" is the company.
    entities = entities_of("The role of Netflix in the deal was small.")
    assert entities["Netflix"].type == "StreamingService"


def test_a_surname_whose_full_name_came_with_a_credit_marks_a_character(entities_of):
    # "Clara Vikdal (Oak)" names the actress with a credit; "Alice (Vikdal)" is her part.
    entities = entities_of("Clara Vikdal (Oak) will lead the cast. The drama follows Alice (Vikdal), a brash student.")
    assert "Alice" not in entities and "Clara Vikdal" in _people(entities)


def test_the_name_after_novels_by_is_the_authors(entities_of):
    # "the novels by X": only a person writes novels; the small NER often calls an author a company.
    assert entities_of("Based on the novels by Piers Lumley, the series is produced by Bad Wolf.")["Piers Lumley"].type == "Person"
    # Its twin: a company the gazetteer knows stays a company after "a book by".
    assert entities_of("The film is based on a book by Penguin Random House.")["Penguin Random House"].type != "Person"


def test_names_listed_with_slashes_are_each_a_person(entities_of):
    # The NER takes "Dana Vale/Tom Hale/Kim Doe" for one name; each slash separates two.
    entities = entities_of("The drama is produced by former Harbour Pictures executives Dana Vale/Tom Hale/Kim Doe.")
    assert {"Dana Vale", "Tom Hale", "Kim Doe"} <= _people(entities)
    assert not [label for label in entities if "/" in label]


@pytest.mark.parametrize("text", [
    "The drama comes from executive producers/writers Sam Vale & Dana Roe.",
    "Sam Vale & Dana Roe developed the drama for television and will serve as executive producers.",
])
def test_full_names_paired_with_an_ampersand_are_each_a_person(entities_of, text):
    # rel6: the NER takes "Sam Vale & Dana Roe" (or "Sam Vale &") for one PERSON.
    entities = entities_of(text)
    assert {"Sam Vale", "Dana Roe"} <= _people(entities)
    assert not [label for label in entities if "&" in label]


def test_a_pair_of_given_names_the_ner_calls_a_company_is_two_people(entities_of):
    # rel6: "Peter Vale & Alex Roe (Ember)" is often an ORG to the small model; two known given
    # names opening both sides make two people (and Ember their calling card, no work of theirs).
    entities = entities_of("Written by Dana Hale, and Peter Vale & Alex Roe (HBO's Ember), the untitled series follows a studio.")
    assert {"Peter Vale", "Alex Roe"} <= _people(entities)


def test_an_ampersand_between_single_words_keeps_the_company(entities_of):
    # Negative twin: "Simon & Schuster" has one word a side and is no pair of people.
    assert "Simon & Schuster" in entities_of("The novel was published by Simon & Schuster.")


def test_a_slash_between_lower_case_words_is_no_list(entities_of):
    entities = entities_of("Harbour Pictures will release the drama in TV/streaming windows.")
    assert set(entities) == {"Harbour Pictures"}


def test_a_title_list_after_a_work_noun_ends_where_a_new_clause_begins(entities_of):
    # ", and Dana Vale leads B" opens a clause with its own subject: Dana Vale is no series.
    entities = entities_of("Mira Holt stars in the series Copperhead, and Dana Vale leads Tin Roof.")
    assert entities["Copperhead"].type == "Series"
    assert entities["Dana Vale"].type == "Person"


def test_a_title_list_after_a_work_noun_names_every_title(entities_of):
    # Negative twin: a plain list after the work noun stays a list of works.
    entities = entities_of("She is known for the dramas Salt Lake, Red Harbour and Tin Roof.")
    assert {label for label, e in entities.items() if e.type in ("CreativeWork", "Series", "Film")} == {
        "Salt Lake", "Red Harbour", "Tin Roof"}


def test_titles_someone_has_worked_on(entities_of):
    entities = entities_of("The director has worked on Stormbreak and its spin-off Stormbreak Rising.")
    assert {label: e.type for label, e in entities.items()} == {
        "Stormbreak": "CreativeWork", "Stormbreak Rising": "CreativeWork"}


def test_titles_someone_has_worked_on_are_their_calling_cards(facts_of):
    facts = facts_of("Jane Roe has worked on Glasshouse and Ironbridge.")
    assert {f for f in facts if f[1] == "knownFor"} == {("Jane Roe", "knownFor", "Glasshouse"), ("Jane Roe", "knownFor", "Ironbridge")}


@pytest.mark.parametrize("text", [
    "He also worked on Wall Street before moving into film.",
    "She previously worked on Capitol Hill as a speechwriter.",
    "She has worked on Capitol Hill as a speechwriter.",
])
def test_a_workplace_someone_worked_on_is_no_title(entities_of, text):
    assert not [e for e in entities_of(text).values() if e.type in ("CreativeWork", "Film", "Series")]


@pytest.mark.parametrize("text", [
    "She is known on the TV side for turns in Kestrel Bay, Low Tide and Glitch.",
    "Timberman and Beverly, who worked together on Kestrel Bay, Low Tide and Glitch, will produce.",
])
def test_credits_after_known_for_turns_and_worked_together_on(entities_of, text):
    entities = entities_of(text)
    assert {label for label, e in entities.items() if e.type == "CreativeWork"} == {"Kestrel Bay", "Low Tide", "Glitch"}


# --- two people joined by an ampersand ------------------------------------------------------------

def test_an_ampersand_between_two_full_names_joins_two_people(entities_of):
    entities = entities_of("Harbour Films has secured the rights to Maria Lund & Peter Vasko's novel The Long Shore.")
    assert entities["Maria Lund"].type == "Person"
    assert entities["Peter Vasko"].type == "Person"
    assert not any("&" in label for label in entities)


@pytest.mark.parametrize("text, label", [
    ("The film is produced by Smith & Jones Entertainment.", "Smith & Jones Entertainment"),  # a company word ends it
    ("Ross is repped by Heroes & Villains.", "Heroes & Villains"),  # no given names
    ("The set was built by Mark Tate & Sons.", "Mark Tate & Sons"),  # one word on a side
])
def test_an_ampersand_inside_a_company_name_keeps_it_whole(entities_of, text, label):
    entities = entities_of(text)
    assert entities[label].type in ("Organization", "ProductionCompany")
    assert not any(e.type == "Person" for lab, e in entities.items() if lab != "Ross")


# --- a festival's section and an award's category are no organisations ---------------------------

@pytest.mark.parametrize("text, name", [
    ("It will premiere in Rotterdam in the Bright Horizon programme.", "Bright Horizon"),
    ("The film screens in the World Cinema Dramatic Competition section.", "World Cinema Dramatic Competition"),
    ("It won the prize for Best Musical Score at the festival.", "Best Musical Score"),
])
def test_sections_and_award_categories_are_not_entities(entities_of, text, name):
    assert name not in entities_of(text)


def test_a_company_before_programme_words_stays_a_company(entities_of):
    # the rule reads the NER's guesses only: a known company keeps its class, and a person stays a person
    entities = entities_of("Netflix program chief Tom Hale spoke at the event.")
    assert entities["Netflix"].type == "StreamingService"
    assert entities["Tom Hale"].type == "Person"


# --- a company and its executive run together; a person whose surname is a company's name ---------

def test_a_company_word_inside_a_person_splits_company_and_person(entities_of):
    entities = entities_of("Managing director of Harbour Films Jane Roe said the deal was done.")
    assert entities["Harbour Films"].type == "ProductionCompany"
    assert entities["Jane Roe"].type == "Person"
    assert not any(e.type in ("CreativeWork", "Film", "Series") for e in entities.values())


def test_director_of_a_work_is_still_a_title(entities_of):
    # the negative twin: no job modifier, no company word
    assert entities_of("She is the director of Moonfall, which opens in May.")["Moonfall"].type in ("CreativeWork", "Film", "Series")


@pytest.mark.parametrize("text, person", [
    ("The cast also includes Olivia Apple and Tom Hale.", "Olivia Apple"),
    ("Actress Megan Fox joined the cast on Monday.", "Megan Fox"),
])
def test_a_given_name_before_a_known_company_word_is_a_person(entities_of, text, person):
    entities = entities_of(text)
    assert entities[person].type == "Person"
    assert "Apple" not in entities and "Fox" not in entities


@pytest.mark.parametrize("text, company", [
    ("Will Netflix buy the rights?", "Netflix"),  # a sentence's first word
    ("The streamer set a June Netflix release.", "Netflix"),  # a month
])
def test_a_given_name_word_that_is_no_given_name_keeps_the_company(entities_of, text, company):
    entities = entities_of(text)
    assert entities[company].type == "StreamingService"
    assert not any(e.type == "Person" for e in entities.values())


def test_an_ampersand_name_with_a_company_word_is_one_company(entities_of):
    entities = entities_of("The film is produced by Smith & Jones Entertainment.")
    assert entities["Smith & Jones Entertainment"].type == "ProductionCompany"
    assert "Jones Entertainment" not in entities


# --- a plural job noun takes a list of people ------------------------------------------------------

@pytest.mark.parametrize("text, people", [
    ("The limited series is written by Moonfall scribes Micah Varn-Blue and Noah Harlow.", {"Micah Varn-Blue", "Noah Harlow"}),
    ("The film from writer-directors Claire Dunn and Brendan Galway centers on a bride.", {"Claire Dunn", "Brendan Galway"}),
])
def test_people_listed_after_a_plural_job_noun(entities_of, text, people):
    entities = entities_of(text)
    assert {label for label, e in entities.items() if e.type == "Person"} >= people
    assert not any(e.type in ("Film", "Organization") for label, e in entities.items() if label in people)


def test_a_company_after_a_plural_job_noun_is_no_person(entities_of):
    entities = entities_of("Executive producers Harbour Films and Lumen Media signed on.")
    assert entities["Harbour Films"].type == "ProductionCompany"
    assert not any(e.type == "Person" for e in entities.values())


def test_prods_abbreviates_productions(entities_of):
    # Deadline's abbreviation: "True Jack Prods." is a production company, not a facility or a person
    entities = entities_of("Katims executive produces via his True Lark Prods. alongside Reeves.")
    assert entities["True Lark Prods"].type == "ProductionCompany"


@pytest.mark.parametrize("text, person", [
    ("Meanwhile, director-cinematographer Elke Marsch will premiere her new feature.", "Elke Marsch"),
    ("The show comes from creator-showrunner Dana Vell.", "Dana Vell"),
])
def test_a_compound_job_noun_opens_a_persons_name(entities_of, text, person):
    assert entities_of(text)[person].type == "Person"


# --- probeB: a company descriptor opening a sentence describes the name after it ---
@pytest.mark.slow
@pytest.mark.parametrize("sentence, label, cls", [
    ("Distributor Quillon has acquired the film.", "Quillon", "Distributor"),
    ("Streamer Kestrel Plus has ordered the drama.", "Kestrel Plus", "StreamingService"),
    ("Broadcaster Tolvane has commissioned the drama.", "Tolvane", "Broadcaster"),
    ("Indie producer Halvard has optioned the novel.", "Halvard", "ProductionCompany"),
    # a two-word descriptor, whichever of the NER's guesses it ran into
    ("Production company Loma Vista has optioned the novel.", "Loma Vista", "ProductionCompany"),
    ("Indie outfit Loma Vista has optioned the novel.", "Loma Vista", "ProductionCompany"),
    ("Podcast company Wondery has optioned the novel.", "Wondery", "Organization"),
])
def test_an_opening_descriptor_is_no_part_of_the_name(extraction_of, sentence, label, cls):
    extraction = extraction_of(sentence)
    assert {(e.label, e.type) for e in extraction.entities} == {(label, cls)}
    assert not extraction.facts or all(f.is_attribute for f in extraction.facts)  # no "produces Indie"


@pytest.mark.slow
@pytest.mark.parametrize("sentence, label", [
    ("Studio Ghibli will release the film.", "Studio Ghibli"),  # "Studio" opens real names
    ("Channel 4 has commissioned the drama.", "Channel 4"),
    ("Banner Films has optioned the novel.", "Banner Films"),  # a descriptor word inside a company name
])
def test_a_name_that_opens_with_a_descriptor_word_keeps_it(extraction_of, sentence, label):
    assert {e.label for e in extraction_of(sentence).entities} == {label}


@pytest.mark.parametrize(("text", "place"), [("Set in 1970s Glasgow, the drama follows two sisters.", "Glasgow"),
                                             ("The drama is set in 1920s Berlin.", "Berlin")])
def test_a_decade_before_a_place_is_no_part_of_it(entities_of, text, place):
    # The NER runs the decade into the place it dates ("1970s Glasgow" as one facility).
    assert [(label, e.type) for label, e in entities_of(text).items()] == [(place, "City")]


@pytest.mark.parametrize("text", ["Ana Ruiz runs Harbour Films.", "Ana Ruiz was named president of Harbour Films."])
def test_a_full_name_the_ner_misses_as_a_subject_is_a_person(entities_of, text):
    # The small NER often drops a full name opening a clause; a frequent given name says person.
    assert entities_of(text)["Ana Ruiz"].type == "Person"


@pytest.mark.parametrize("text, name", [("Lily Nyong'o has joined the cast of Night Train.", "Lily Nyong'o"),
                                        ("Harbor Films has hired Ana D'Arcy as head of drama.", "Ana D'Arcy")])
def test_a_full_name_with_an_apostrophe_the_ner_misses_is_a_person(entities_of, text, name):
    # str.istitle reads "Nyong'o" as two words, the second lower-case: a name word all the same.
    assert entities_of(text)[name].type == "Person"


def test_a_given_name_before_a_company_word_stays_a_company(entities_of):
    # The negative twin: "Ana Ruiz Films" is a company named after its founder.
    entities = entities_of("Ana Ruiz Films will produce the series.")
    assert "Ana Ruiz" not in entities


@pytest.mark.parametrize("text", ["Harbour Films has hired Ana Ruiz as head of drama.",
                                  "The series was created by Ana Ruiz.",
                                  "The film stars Dana Vale and Ana Ruiz.",
                                  "The series is produced by Keel Media with Ana Ruiz, Tom Hale and Mia Stone serving as executive producers."])
def test_a_full_name_the_ner_misses_where_people_stand_is_a_person(entities_of, text):
    # The last: the first item of a list of people heads its conjuncts, wherever the list stands.
    # The object of hiring or casting, a "by" agent, a conjunct of a person.
    assert entities_of(text)["Ana Ruiz"].type == "Person"


@pytest.mark.parametrize("text", ["Ana Ruiz's directorial debut, Salt Flats, premiered in Berlin.",
                                  "Ana Ruiz's new film will open in May."])
def test_a_full_name_the_ner_misses_owning_a_debut_or_film_is_a_person(entities_of, text):
    # One makes a debut and has new films: a possessor of those nouns that opens with a given name.
    assert entities_of(text)["Ana Ruiz"].type == "Person"


def test_a_given_name_owning_a_film_before_a_company_word_stays_a_company(entities_of):
    # Twin: "Ana Ruiz Films' new film": the company word ends a company's name.
    entities = entities_of("Ana Ruiz Films' new film stars Dana Vale.")
    assert "Ana Ruiz" not in entities


def test_the_last_name_of_a_cast_list_before_star_is_a_person(facts_of, entities_of):
    # "A, B and Ana Ruiz star in X": the tagger reads "star" as a noun the last name modifies
    # ("Ruiz star"); joined to the people before it, the name is a person's and in the cast.
    text = "Dana Vale, Tom Brill and Ana Ruiz star in the drama Salt Road."
    assert entities_of(text)["Ana Ruiz"].type == "Person"
    assert {(s, o) for s, p, o in facts_of(text) if p == "starring"} == {
        ("Salt Road", "Dana Vale"), ("Salt Road", "Tom Brill"), ("Salt Road", "Ana Ruiz")}


def test_a_name_before_star_after_companies_is_no_person(entities_of):
    # Twin: "Netflix, Hulu and Amazon star Ana Ruiz": the list is companies, "Amazon" no person.
    assert entities_of("The film features Netflix, Hulu and Amazon star Ana Ruiz.")["Amazon"].type != "Person"


def test_a_title_named_like_a_person_after_another_verb_is_no_person(entities_of):
    # The negative twin: one acquires works, and a work may carry a person's name.
    entities = entities_of("Harbour Films has acquired Ana Ruiz for the UK.")
    assert "Ana Ruiz" not in entities or entities["Ana Ruiz"].type != "Person"


def test_an_inverted_cast_clause_lists_people(entities_of):
    # "Also starring are A, B and C": the copula stands between the cast phrase and its list.
    entities = entities_of("Glasshouse is a new drama from Harbour Films. Also starring are Zeynep Arslan, Emre Kaya and Defne Ayd\u0131n.")
    assert {label for label, e in entities.items() if e.type == "Person"} == {"Zeynep Arslan", "Emre Kaya", "Defne Ayd\u0131n"}


def test_a_copula_after_a_listed_cast_still_ends_the_list(entities_of):
    # "... starring A, and B is ...": a copula after a name opens a clause of its own.
    entities = entities_of("The drama Glasshouse, starring Dana Vale, is set in Tallinn.")
    assert entities["Dana Vale"].type == "Person" and entities["Tallinn"].type != "Person"


@pytest.mark.parametrize("sentence, city", [
    ("The series is set in 1970s Glasgow.", "Glasgow"),
    ("The film is set in 19th-century Lisbon.", "Lisbon"),
])
def test_a_dated_setting_is_the_city_and_the_decade_no_place(entities_of, sentence, city):
    entities = entities_of(sentence)
    assert {label: e.type for label, e in entities.items()} == {city: "City"}


@pytest.mark.parametrize("text, title", [
    # A year and a nationality or language between the cue and the work noun are no title.
    ("Glass Harbour is a remake of the 2014 French-Belgian film Cold Water.", "Cold Water"),
    ("The series is based on the Danish drama Cold Water.", "Cold Water"),
    ("Keel Media will make a Spanish-language remake of the 2019 French drama Cold Water.", "Cold Water"),
])
def test_a_nationality_before_a_sources_work_noun_is_no_title(entities_of, text, title):
    labels = set(entities_of(text))
    assert title in labels
    assert not {label for label in labels if "French" in label or "Danish" in label or "Spanish" in label}


@pytest.mark.parametrize("text", [
    "\u201cLow Tide\u201d is based on Dana Vale, the first woman to cross the Atlantic.",
    "\u201cLow Tide\u201d is based on Dana Vale, who swam the Channel in 1926.",
])
def test_a_described_person_after_based_on_is_no_source_title(facts_of, entities_of, text):
    # A biopic is based on a real person: the apposition or "who" says the name is a person's.
    assert entities_of(text)["Dana Vale"].type == "Person"
    assert not {f for f in facts_of(text) if f[1] == "basedOn"}


def test_a_title_described_as_a_prize_winner_stays_a_source(facts_of):
    # Twin: "winner" describes books too; the title after "based on" is still the source.
    assert ("Low Tide", "basedOn", "Salt Road") in facts_of("\u201cLow Tide\u201d is based on Salt Road, the Booker Prize winner.")


@pytest.mark.parametrize("text", [
    "Harbour Films has ordered a series based on Brian Cole and Cliff Shaw's graphic novel Paper Moons.",
    "The streamer ordered Cursed Ground, which will be based on Frank Mill and Tom Wheel\u2019s illustrated book of the same name.",
])
def test_co_owners_before_a_possessive_are_no_title(entities_of, facts_of, text):
    # sources32: "based on A and B's novel": the possessive closes the coordination, so A is a
    # co-author like B, not the source's title.
    entities = entities_of(text)
    people = [name for name in ("Brian Cole", "Cliff Shaw", "Frank Mill", "Tom Wheel") if name in entities]
    assert len(people) == 2 and all(entities[name].type == "Person" for name in people)
    assert not {f for f in facts_of(text) if f[1] == "basedOn" and f[2] in people}


def test_a_source_title_after_based_on_and_a_list_stays_a_title(entities_of):
    # Twin: a coordination of titles with no possessive after it still names two sources.
    entities = entities_of("The anthology is based on Salt Road and Cold Harbour, two novels by Dana Vale.")
    assert entities["Salt Road"].type in ("CreativeWork", "Film", "Series")


# --- festival sections and trophies (types2) -----------------------------------------------------

@pytest.mark.parametrize("text, gone", [
    # "Fortnight" of a festival section, curly apostrophe: no person, no work
    ("Harbour Films also picked up Directors\u2019 Fortnight pics Salt Road by Dana Vale.", "Fortnight"),
    ("Harbour Films also picked up Directors' Fortnight pics Salt Road by Dana Vale.", "Fortnight"),
    # a trophy the NER runs a possessive into
    ("Harbour Films has acquired Dana Vale\u2019s Camera d\u2019Or winning debut Salt Road.", "Camera"),
])
def test_no_word_of_a_festival_section_or_trophy_is_an_entity(entities_of, text, gone):
    entities = entities_of(text)
    assert not any(gone in label for label in entities)
    assert "Dana Vale" in entities


def test_a_name_like_a_section_word_elsewhere_stays(entities_of):
    # negative twin: "Fortnight" alone, no section named, is left to the other rules
    entities = entities_of("Dana Vale joined Harbour Films last fortnight as head of drama.")
    assert entities["Dana Vale"].type == "Person"
    assert entities["Harbour Films"].type in ("Organization", "ProductionCompany")


# --- a cast verb inside a company's name (types2) ------------------------------------------------

def test_features_in_a_company_name_lists_no_cast(entities_of):
    entities = entities_of("Dana Vale will oversee indie labels Focus Features and Working Title films.")
    assert entities["Working Title"].type == "ProductionCompany"
    assert entities["Focus Features"].type == "Studio"


def test_features_as_a_verb_still_lists_a_cast(entities_of):
    # negative twin: the lower-case verb lists actors
    entities = entities_of("The drama Salt Road features Dana Vale and Tom Roe.")
    assert entities["Dana Vale"].type == "Person" and entities["Tom Roe"].type == "Person"


# --- small name shapes of real copy (types2) -----------------------------------------------------

def test_a_nationality_before_counted_films_is_no_title(entities_of):
    entities = entities_of("Harbour Films has acquired three French films at the market.")
    assert "French" not in entities


def test_a_name_before_counted_films_is_a_title(entities_of):
    # negative twin: a title-case name before "films" after a count is the franchise
    entities = entities_of("Harbour Films has made the last two Iron Tide films.")
    assert entities["Iron Tide"].type == "Film"


def test_a_viewing_model_abbreviation_is_no_company(entities_of):
    entities = entities_of("Salt Road will be available later this year on SVOD platform Tideway.")
    assert "SVOD" not in entities


def test_a_possessive_written_with_an_opening_quote_ends_the_owner(entities_of):
    entities = entities_of("In his review, the Harbour Gazette\u2018s Dana Vale called the film a debut.")
    assert entities["Dana Vale"].type == "Person"
    assert not any("\u2018" in label for label in entities)


def test_an_administrative_area_is_a_place(entities_of):
    entities = entities_of("Harbour Films will be the lead tenant at a new studio complex in Douglas County.")
    assert entities["Douglas County"].type == "Place"


def test_a_given_name_and_surname_stays_a_person(entities_of):
    # negative twin: no area word, a person
    entities = entities_of("Harbour Films has hired Douglas Vale as head of production.")
    assert entities["Douglas Vale"].type == "Person"


# --- gazetteer: industry names of real copy (types2) ---------------------------------------------

@pytest.mark.parametrize("text, label, cls", [
    ("Before joining Harbour Films, Dana Vale managed Industrial Light and Magic.", "Industrial Light & Magic", "Organization"),
    ("Rich Vale, president of Disney Channel, will oversee the studio.", "Disney Channel", "Broadcaster"),
    ("Mossbank handles international sales on Salt Road.", "Mossbank", "Organization"),
])
def test_known_industry_names_take_their_class(entities_of, text, label, cls):
    assert entities_of(text)[label].type == cls


def test_a_company_word_alone_names_nothing(entities_of):
    # types2: "the Studios" refers back to the studio named in full
    entities = entities_of("At Walt Disney Animation Studios, Dana Vale was part of the creative rebirth of the Studios.")
    assert "Studios" not in entities
    assert entities["Walt Disney Animation Studios"].type == "Studio"


def test_a_company_word_in_a_name_still_names_it(entities_of):
    # negative twin: the word inside a name is part of it
    entities = entities_of("Dana Vale joined Harbour Studios as head of drama.")
    assert entities["Harbour Studios"].type in ("Studio", "Organization", "ProductionCompany")


# --- types3: quoted titles cued by trade slang and the box office; guillemets; roads and valleys ---

@pytest.mark.parametrize("text, title", [
    ("The studio’s new animated flick “Salt Road” opened ahead of the holdovers.", "Salt Road"),
    ("The festival closes with Dana Vale’s doc “Harbour Lights.”", "Harbour Lights"),
    ("The pic “Copper Moon” will shoot in the spring.", "Copper Moon"),
    ("Last weekend “Low Tide” grossed $3.2m from 2,100 locations.", "Low Tide"),
])
def test_a_quoted_title_cued_by_trade_slang_or_a_gross_is_a_film(entities_of, text, title):
    assert entities_of(text)[title].type == "Film"


def test_a_quoted_phrase_with_no_cue_is_still_no_work(entities_of):
    # Negative twin: a title-cased quote with no work noun and no gross stays out.
    entities = entities_of("The slogan “Stay Curious” opened the campaign.")
    assert "Stay Curious" not in entities


def test_a_title_in_guillemets_is_a_work(entities_of):
    entities = entities_of("Harbour Films has ordered a series based on the comic book «Salt Road».")
    assert entities["Salt Road"].type in ("CreativeWork", "Series")


def test_speech_in_guillemets_is_no_work(entities_of):
    # Negative twin: guillemets quote speech too; speech is not title-cased.
    entities = entities_of("Dana Vale called it «a major event for the network».")
    assert not [e for e in entities.values() if e.type in ("CreativeWork", "Film", "Series")]


@pytest.mark.parametrize("text, place", [
    ("The company is renovating a complex in the Santa Clarita Valley.", "Santa Clarita Valley"),
    ("Dana Vale is developing new stages on Santa Monica Boulevard.", "Santa Monica Boulevard"),
])
def test_a_boulevard_or_a_valley_is_a_place(entities_of, text, place):
    entities = entities_of(text)
    assert place not in entities or entities[place].type == "Place"
    assert not [e for e in entities.values() if e.label == place and e.type == "Person"]


def test_a_company_named_for_a_street_stays_a_company(entities_of):
    # Negative twin: "Street" and "Avenue" also end company names; only roads and valleys say place.
    entities = entities_of("Harbour Films acquired the drama Salt Road, with Orchard Street acquiring the comedy Copperhead.")
    assert entities["Orchard Street"].type != "Place"


def test_industries_ends_a_company_name(entities_of):
    entities = entities_of("The series is produced by Alfred Marsh Industries and Harbour Films.")
    assert entities["Alfred Marsh Industries"].type in ("Organization", "ProductionCompany")


def test_a_plural_possessive_apostrophe_opens_no_name(entities_of):
    # "Harbour Films’ Salt Road": the apostrophe ends the owner; the owned name starts after it.
    entities = entities_of("Meanwhile, Harbour Films’ Salt Road topped the charts in second place.")
    assert "Salt Road" in entities
    assert not [label for label in entities if label.startswith(("\u2019", "'"))]


@pytest.mark.parametrize("text, label, cls", [
    ("The horror film debuted via New Line in 3,000 locations.", "New Line Cinema", "Studio"),
    ("The weekend generated $131m, according to Comscore.", "Comscore", "Organization"),
    ("Cineverse will release the slasher in October.", "Cineverse", "Distributor"),
    ("Warners opened the sequel in 4,000 theaters.", "Warner Bros.", "Studio"),
])
def test_industry_short_names_take_their_class(entities_of, text, label, cls):
    assert entities_of(text)[label].type == cls


def test_a_new_line_of_products_is_no_studio(entities_of):
    # Negative twin: the gazetteer matches the capitalised name only.
    entities = entities_of("Harbour Films will launch a new line of merchandise for the film.")
    assert "New Line Cinema" not in entities


def test_a_surname_and_credit_before_a_playing_verb_is_no_character(entities_of):
    # types3: "Hale (Salt Road) will play Nora": who plays a part is the actor, so the
    # parenthesis holds a credit and names no actor.
    entities = entities_of("Hale (Salt Road) will play Nora, a nurse who moves north.")
    assert not [e for e in entities.values() if e.label == "Salt Road" and e.type == "Person"]


def test_a_character_and_actor_before_another_verb_stay_a_pair(entities_of):
    # Negative twin: the character pair of a synopsis still names the actor.
    entities = entities_of("The drama follows a young nurse, Nora (Marta Quill), who moves north.")
    assert entities["Marta Quill"].type == "Person"
    assert "Nora" not in entities


def test_a_slash_ends_no_name(entities_of):
    # types3: "(Harbour/Lumen Films)" credits two companies; neither keeps the slash.
    entities = entities_of("The thriller (Harbour/Lumen Films) launched in US theaters at $40m.")
    assert "Lumen Films" in entities
    assert not [label for label in entities if label.endswith("/")]


# titles4: a bare title-cased run in double quotes is a title; speech, scare quotes and mottos are not.
@pytest.mark.parametrize("text, title", [
    ("Fans of \u201cSalt Road\u201d will get a sequel next year.", "Salt Road"),
    ("The \u201cGlass Harbor\u201d director has signed with CAA.", "Glass Harbor"),
])
def test_a_bare_quoted_title_is_kept(entities_of, text, title):
    assert entities_of(text)[title].type == "CreativeWork"


@pytest.mark.parametrize("text, phrase", [
    ("\u201cWelcome Home,\u201d said Dana Vale at the premiere.", "Welcome Home"),
    ("Dana Vale called the project \u201cA Dream Come True\u201d in an interview.", "A Dream Come True"),
    ("The company's motto, \u201cStories First\u201d, is painted on the wall.", "Stories First"),
])
def test_a_quoted_phrase_is_no_title(entities_of, text, phrase):
    assert phrase not in entities_of(text)


@pytest.mark.parametrize("sentence", ["The deal will shape Netflix\u2019s \u201cStories First\u201d and live-action strategy.",
                                      "The plant follows the ministry\u2019s \u201cGuidelines for Electricity Retail Sales.\u201d",
                                      "The novel was named one of the \u201c10 Best Books of 2017\u201d by a newspaper."])
def test_a_quoted_strategy_document_or_ranking_is_no_title(entities_of, sentence):
    # A policy, a document or a ranked list in quotes names no work.
    assert not any(e.type in ("CreativeWork", "Film", "Series") for e in entities_of(sentence).values())


# British copy quotes titles in single quotes as US copy does in double ones; a term it quotes
# takes "the" outside the quotes, and speech is told as for double quotes.
@pytest.mark.parametrize("text, title", [
    ("Venice will close with a screening of \u2018The Glass Harbor\u2019 next month.", "The Glass Harbor"),
    ("The slate includes \u2018Salt Road\u2019, \u2018Moonfall\u2019 and \u2018Nine Rivers\u2019.", "Nine Rivers"),
    ("Fans of 'Salt Road' will get a sequel next year.", "Salt Road"),
])
def test_a_bare_single_quoted_title_is_kept(entities_of, text, title):
    assert entities_of(text)[title].type == "CreativeWork"


@pytest.mark.parametrize("text, phrase", [
    ("The rival houses fight for the \u2018Glass Crown\u2019 in the finale.", "Glass Crown"),
    ("\u2018Welcome Home,\u2019 said Dana Vale at the premiere.", "Welcome Home"),
])
def test_a_single_quoted_term_or_speech_is_no_title(entities_of, text, phrase):
    assert phrase not in entities_of(text)


@pytest.mark.parametrize("text, phrase", [
    ("The show is a \u2018Game Changer\u2019 for the network.", "Game Changer"),
    ("The series opens its \u2018New Voices\u2019 strand next month.", "New Voices"),
])
def test_a_single_quoted_phrase_after_a_determiner_is_no_title(entities_of, text, phrase):
    assert phrase not in entities_of(text)


def test_a_bare_quoted_title_is_still_a_work(entities_of):
    # The twin: a short quoted title with nothing beside it is a work.
    assert entities_of("Fans of \u201cSalt Road\u201d will be pleased.")["Salt Road"].type == "CreativeWork"


# "Said Vale: ...": an inverted attribution's verb opens the sentence, capitalised; it is no
# part of the speaker's name, which joins the full name given before.
def test_an_inverted_attribution_verb_is_no_part_of_the_name(entities_of):
    entities = entities_of("Lumen has promoted Dana Vale to head of drama. Said Vale: “I am grateful to the whole team.”")
    assert "Said Vale" not in entities
    assert set(entities["Dana Vale"].aliases) >= {"Vale"}


def test_a_given_name_like_the_verb_stays_in_the_name(entities_of):
    # (negative twin: no colon or comma after the name, so "Said" opens the name)
    entities = entities_of("Said Karimov joins the cast of the Lumen drama.")
    assert "Said Karimov" in entities


def test_a_person_after_a_countrys_possessive_stays_a_person(entities_of):
    # (negative twin of the company reading: a given name opens the owned name)
    entities = entities_of("Ireland’s Sarah Quill will star in the drama, Lumen said.")
    assert entities["Sarah Quill"].type == "Person"


# A title-cased headline capitalises every word: a run the NER calls a name there, which the
# body never repeats, is a fragment of the headline ("... But Tough Business").
def test_a_headline_fragment_the_body_never_repeats_is_no_name(entities_of):
    entities = entities_of("Cannes: Buyers Find Busy Stands But Slow Business\n\n"
                           "Lumen Pictures sold its drama to Harbour Films on Monday, said Dana Vale.")
    assert "Slow Business" not in entities
    assert "Busy Stands" not in entities
    assert entities["Dana Vale"].type == "Person"


def test_a_headline_name_the_body_repeats_is_kept(entities_of):
    # (negative twin: the headline's person comes back in the body by surname)
    entities = entities_of("Dana Vale Named Head of Drama at Lumen\n\n"
                           "Lumen has hired Vale from a rival network, the company said on Monday.")
    assert entities["Dana Vale"].type == "Person"


def test_a_byline_is_no_headline(entities_of):
    # (negative twin: a byline's writer is named once and is a person)
    entities = entities_of("By Dana Vale | Harbour Post\n\nLumen has renewed the drama Salt Road for a second season.")
    assert entities["Dana Vale"].type == "Person"


def test_a_headline_person_cut_at_its_verb_is_judged_by_the_surname(entities_of):
    # "Moonfall Alum Joins ...": the cut run ends in a role noun the body never repeats; the
    # person the body names again is kept.
    entities = entities_of("Casting News: Moonfall Alum Joins Salt Road, Dana Vale Boards Lumen Pilot\n\n"
                           "Dana Vale will star in the drama.")
    assert "Moonfall Alum" not in entities
    assert entities["Dana Vale"].type == "Person"


def test_a_name_ending_in_a_venue_word_is_a_facility(entities_of):
    # "Theatre", "Hall": a building people gather in, not the company the NER took it for
    entities = entities_of("The drama world premiered at the Marlowe Quay Theatre on January 25.")
    assert entities["Marlowe Quay Theatre"].type == "Facility"


def test_a_person_named_like_a_venue_stays_a_person(entities_of):
    # Negative twin: "Hall" is a surname after a given name the NER reads as a person
    entities = entities_of("The drama stars Rebecca Hall and Tom Okafor.")
    assert entities["Rebecca Hall"].type == "Person"


# "director-screenwriter X": jobs joined by hyphens are one job, and its holder is a person even
# where the NER calls the name a company.
@pytest.mark.parametrize("sentence,name", [
    ("The jury includes French director-screenwriter Jean-Luc Marvaux and the critic Ana Ruiz.", "Jean-Luc Marvaux"),
    ("The album features singer-songwriter Tomasz Orlenko on two tracks.", "Tomasz Orlenko"),
])
def test_a_hyphenated_compound_job_names_a_person(entities_of, sentence, name):
    assert entities_of(sentence)[name].type == "Person"


def test_a_compound_job_part_alone_names_no_person(entities_of):
    # Negative twin: "producer" alone may stand before a company, and a company word ends the name.
    entities = entities_of("The series comes from producer-screenwriter Harbour Films.")
    assert entities["Harbour Films"].type != "Person"


# "Ewan Vale": the NER may keep only the surname of a name whose given name it does not know;
# the proper noun compounded to it is the given name.
def test_an_unknown_given_name_joins_the_surname(entities_of):
    entities = entities_of("The jury includes Asmae ElHariri (Morocco).")
    assert entities["Asmae ElHariri"].type == "Person"
    assert "ElHariri" not in entities


@pytest.mark.parametrize("sentence,surname", [
    ("Sir McTavish and Dana Vale are also in the film.", "McTavish"),
    ("Uncle Brannigan will star in the film.", "Brannigan"),
])
def test_a_form_of_address_is_no_given_name(entities_of, sentence, surname):
    # Negative twins: an honorific before a surname is no given name.
    entities = entities_of(sentence)
    assert entities[surname].type == "Person"


# A cast list the NER confirms as people ends where a quoted title opens ("... and "Morning
# Show" hosts ..."); the names before the quote stay people.
def test_a_cast_list_before_a_quoted_title_keeps_its_people(entities_of):
    entities = entities_of('The ensemble includes Tom Hale, Ana Ruiz, Mikey Field, Jodie Winter and "Morning Show" hosts Dana Vale and Kim Lee.')
    assert {entities[n].type for n in ("Mikey Field", "Jodie Winter", "Dana Vale")} == {"Person"}


def test_a_list_of_works_before_a_quoted_title_names_no_people(entities_of):
    # Negative twin: no name the NER calls a person, so the list is of works.
    entities = entities_of('Her credits include Harbor Lights, Copper Hearts and "Dark Road".')
    assert not [e for e in entities.values() if e.type == "Person"]


def test_a_year_and_a_nationality_after_a_source_cue_are_no_title(entities_of):
    entities = entities_of("The remake of the 2014 French box-office hit will shoot in Lyon.")
    assert not any(e.type in ("CreativeWork", "Film", "Series") for e in entities.values())


def test_an_owner_before_an_executives_full_name_is_a_company(entities_of, facts_of):
    text = "Harbour Lane's Tom Reyes brokered the deal."
    entities = entities_of(text)
    assert entities["Harbour Lane"].type == "Organization"
    assert entities["Tom Reyes"].type == "Person"
    assert ("Tom Reyes", "employedBy", "Harbour Lane") in facts_of(text)


def test_a_missed_name_after_an_owners_possessive_is_a_person(entities_of, facts_of):
    text = "The deal was negotiated by Rust Harbor's Ana Ruiz."
    entities = entities_of(text)
    assert entities["Ana Ruiz"].type == "Person"
    assert entities["Rust Harbor"].type == "Organization"
    assert ("Ana Ruiz", "employedBy", "Rust Harbor") in facts_of(text)


def test_an_owner_in_a_cast_sentence_or_a_persons_possessive_is_no_company(entities_of, facts_of):
    entities = entities_of("Harbour Lane's Tom Reyes will star in the thriller.")
    assert entities["Harbour Lane"].type == "CreativeWork"
    entities = entities_of("Tom Reyes' Dana Vale will direct.")
    assert entities["Tom Reyes"].type == "Person"
    entities = entities_of("France's Marie Dubois will head the jury.")
    assert entities["France"].type == "Country"
    assert not any(p == "employedBy" for _, p, _ in facts_of("Dana Vale's husband Tom Reyes produced the film."))


# adapt7: "A, B and Dominic Vale - returned": a spaced hyphen is a dash; the name ends before it.
def test_a_spaced_dash_ends_a_name(entities_of):
    found = entities_of("Much of the cast - including Ana Ruiz, Tom Hale and Dominic Vale - returned for the sequel.")
    assert "Dominic Vale" in found and found["Dominic Vale"].type == "Person"
    assert not any("returned" in label for label in found)


def test_a_hyphen_inside_a_name_keeps_the_name_whole(entities_of):
    found = entities_of("The sequel stars Ana Ruiz, Tom Hale and Dominic Vale-Ortiz.")
    assert "Dominic Vale-Ortiz" in found and "Dominic Vale" not in found


# adapt7: a name never runs over a line break: a headline ending in a name, then the paragraph.
def test_a_name_ends_at_a_blank_line(entities_of):
    found = entities_of("Comic Books Become Source Material \u2013 The Harbor Ledger\n\nStudios are hungrier than ever "
                        "for stories, says Ana Ruiz of Harbor Studios.")
    assert not any("\n" in label for label in found)
    assert "Ana Ruiz" in found


def test_a_title_stops_before_from_and_the_makers_nationality(entities_of):
    # "X from Danish filmmaker Y": the nationality describes the maker; no title ends in one.
    entities = entities_of("Marlow Pictures picked up the thriller Dark Harbor from Danish filmmaker Lars Hovgaard.")
    assert "Dark Harbor" in entities and entities["Lars Hovgaard"].type == "Person"
    assert not any("Danish" in label for label in entities)


def test_a_title_ending_in_from_and_a_place_keeps_it(entities_of):
    # "Letters from Iran": a place after "from" can be the title's own; only a nationality word
    # that a lower-case noun goes on from is cut.
    entities = entities_of("Marlow Pictures picked up the documentary Letters From Iran last week.")
    assert "Letters From Iran" in entities


def test_a_territory_after_a_company_and_a_preposition_is_no_person(entities_of):
    # "sold to Harbour Films for North America": the NER may run company, "for" and territory
    # into one person; the preposition opens a phrase, so only the territory is named.
    entities = entities_of("The drama played several festivals before selling to Larkspur Films for North America.")
    assert entities["Larkspur Films"].type != "Person"
    assert not any(label.startswith("for ") for label in entities)
    assert entities["North America"].type == "Place"


def test_a_company_fused_with_its_executive_still_gives_the_person(entities_of):
    entities = entities_of("The director of Harbour Films Jane Roe said the drama was sold.")
    assert entities["Jane Roe"].type == "Person"


def test_buyers_listed_one_per_territory_after_a_sale_are_distributors(entities_of):
    # "sold to A for France, B for Benelux and C in the Middle East": whoever buys a territory
    # distributes the title there, whatever the NER makes of a short foreign name.
    entities = entities_of("The drama Salt Road has also sold to Vardo for France, Kelmis Film for Benelux "
                           "and Ostra Pictures in the Middle East.")
    assert entities["Vardo"].type == "Distributor"
    assert entities["Kelmis Film"].type == "Distributor"
    assert entities["Ostra Pictures"].type == "Distributor"
    assert entities["France"].type == "Country"
    assert not any(" for " in label or " in " in label for label in entities)


def test_a_name_before_for_a_territory_without_a_sale_is_no_buyer(entities_of):
    # Negative twin: no sale verb opens the list; "Kelmis Film for Benelux" says nothing of buying.
    entities = entities_of("The drama Salt Road thanks Vardo for France and Kelmis Film for Benelux in its credits.")
    assert "Vardo" not in entities or entities["Vardo"].type != "Distributor"
    assert "Kelmis Film" not in entities or entities["Kelmis Film"].type != "Distributor"


def test_a_place_before_a_territory_is_no_buyer(entities_of):
    # "went to Budapest in Hungary": the place where the crew went, not a buyer of rights.
    entities = entities_of("After the premiere, the crew of Salt Road went to Budapest in Hungary for reshoots.")
    assert "Budapest" not in entities or entities["Budapest"].type in ("City", "Place")


# deal_party_names: a bare name the NER leaves untagged, in a slot only a company fills.
@pytest.mark.slow
@pytest.mark.parametrize("text, label", [
    ("Quillmoor will handle international sales on the film.", "Quillmoor"),
    ("Ostrelle is launching international sales on the thriller at Cannes.", "Ostrelle"),
    ("m4e subsidiary Tessaline and Quillmoor will handle world distribution.", "Tessaline"),
])
def test_an_untagged_name_in_a_deal_slot_is_a_company(entities_of, text, label):
    assert entities_of(text)[label].type in ("Organization", "Distributor")


@pytest.mark.slow
def test_an_untagged_buyer_gets_the_acquisition(facts_of):
    assert ("Brackwater", "acquires", "Gray Harbor") in facts_of("Brackwater has acquired U.S. rights to the drama Gray Harbor.")


@pytest.mark.slow
@pytest.mark.parametrize("text, label", [
    ("Quillmoor will handle the questions from the press.", "Quillmoor"),  # no deal object
    ("Ostrelle is launching a new podcast this spring.", "Ostrelle"),
    ("Dana Holloway runs the label. Holloway will handle international sales on the film.", "Holloway"),  # a surname
    ("WME Global and Quillmoor Films handled domestic and foreign sales.", "Global"),  # the tail of a known name
])
def test_no_company_from_a_name_outside_a_deal_slot(entities_of, text, label):
    entity = entities_of(text).get(label)
    assert entity is None or entity.type == "Person"


@pytest.mark.slow
def test_a_person_of_a_company_is_two_entities_and_a_credit(extraction_of):
    # The small NER runs "Devon Hale of Bluefin Pictures" into one person; it names a person
    # by the company she produces for.
    extraction = extraction_of("Stonecutter is produced by Devon Hale of Bluefin Pictures.")
    types = {e.label: e.type for e in extraction.entities}
    assert types["Devon Hale"] == "Person" and types["Bluefin Pictures"] == "ProductionCompany"
    assert "Devon Hale of Bluefin Pictures" not in types
    facts = labelled_facts(extraction)
    assert ("Stonecutter", "producer", "Devon Hale") in facts
    assert ("Devon Hale", "employedBy", "Bluefin Pictures") in facts


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("The premiere was sponsored by Bank of America.", "Bank of America"),  # no given name before "of"
    ("The screening was held at the Museum of the Moving Image.", "Museum of the Moving Image"),
])
def test_a_name_with_of_and_no_person_before_it_stays_whole(entities_of, text, name):
    assert name in entities_of(text)


@pytest.mark.slow
@pytest.mark.parametrize("text, company, cls, person", [
    ("Kestrel Media CEO Ross Kent said the deal had closed.", "Kestrel Media", "ProductionCompany", "Ross Kent"),
    ("Talks were led by Dana Vale and Kestrel Media CEO Ross Kent.", "Kestrel Media", "ProductionCompany", "Ross Kent"),
    ("Brackwater chief Dana Vale said the film was a hit.", "Brackwater", "Organization", "Dana Vale"),
])
def test_a_name_before_an_executive_title_and_a_person_is_their_company(extraction_of, text, company, cls, person):
    # The small NER tags neither "Kestrel Media" nor "Brackwater" before the job title.
    extraction = extraction_of(text)
    assert {e.label: e.type for e in extraction.entities}[company] == cls
    assert (person, "employedBy", company) in labelled_facts(extraction)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron attended the premiere.",  # a nationality
    "Former CEO Dana Vale left the company in May.",  # a capital that only opens the sentence
    "Oscar-winning director Dana Vale will helm the film.",  # no company before a creative post
])
def test_no_company_before_a_title_that_follows_no_company_name(entities_of, text):
    assert {e.type for e in entities_of(text).values()} <= {"Person", "Event"}


# --- hires33: a known name opening a longer company name before a title-cased job title ---------

@pytest.mark.parametrize("text, label", [
    ("The memo came from NBC Studios President Dana Vale on Monday.", "NBC Studios"),
    ("Tom Hale will report to ABC Entertainment Chairman Rita Combs.", "ABC Entertainment"),
])
def test_a_known_name_and_company_word_before_a_capitalised_title(entities_of, text, label):
    entities = entities_of(text)
    assert label in entities
    # the company word is no name of its own
    assert label.split()[-1] not in entities


def test_a_known_name_before_a_capitalised_title_alone_stays_itself(entities_of):
    # negative twin: no company word between the known name and the title
    entities = entities_of("The memo came from NBC President Dana Vale on Monday.")
    assert "NBC" in entities and "NBC President" not in entities


# --- salelist33: a bracketed territory after a company is no acronym of it ---
@pytest.mark.parametrize("text, territory", [
    ("Brightmoor Films (UK) has picked up the thriller \u2018Copper Lantern\u2019.", "UK"),
    ("Falkvik Film (Germany) has picked up the thriller \u2018Copper Lantern\u2019.", "Germany"),
])
def test_a_bracketed_territory_after_a_company_is_a_place(entities_of, text, territory):
    assert entities_of(text)[territory].type == "Country"


def test_bracketed_initials_after_a_company_still_name_it(entities_of):
    # Negative twin: capitals that are no territory are the company's own initials.
    found = entities_of("Brightmoor Film Holdings (BFH) has picked up the thriller \u2018Copper Lantern\u2019.")
    assert "BFH" not in found or found["BFH"].type != "Country"


# A press release capitalises a post like a name; a run opening with a rank or an office is the
# post, never a company.
@pytest.mark.slow
@pytest.mark.parametrize("text, post", [
    ("Tom Hale has been named to the newly created position of EVP Creative Affairs of Harbour Studios.",
     "EVP Creative Affairs"),
    ("\u201cWe are thrilled,\u201d said Ruth Lane, Managing Director Global Distribution at Harbour Studios.",
     "Managing Director Global Distribution"),
    ("Mira Stone joined Corvane in 2010 and became Corvane's CPO in 2015.", "CPO"),
])
def test_a_capitalised_post_is_no_company(entities_of, text, post):
    entities = entities_of(text)
    assert post not in entities
    assert not any(label.startswith(post.split()[0] + " ") for label in entities)


@pytest.mark.slow
def test_a_capitalised_post_keeps_its_company_and_holder(extraction_of):
    extraction = extraction_of("\u201cWe are thrilled,\u201d said Ruth Lane, Managing Director Global Distribution at Harbour Studios.")
    types = {e.label: e.type for e in extraction.entities}
    assert types == {"Ruth Lane": "Person", "Harbour Studios": "Studio"}
    assert ("Ruth Lane", "employedBy", "Harbour Studios") in labelled_facts(extraction)


# Negative twins: a company word after a rank-like first word that is no post stays a company,
# and a person's name after a post is still the person.
@pytest.mark.slow
@pytest.mark.parametrize("text, label, cls", [
    ("Vicelane Films will handle international sales on the drama.", "Vicelane Films", "Organization"),
    ("Executive Vice President Dana Vale said the studio would expand.", "Dana Vale", "Person"),
])
def test_no_post_cut_from_a_company_or_a_person(entities_of, text, label, cls):
    entity = entities_of(text).get(label)
    assert entity is not None and entity.type == cls


def test_post_title_reads_the_opening_only():
    from mediakg.extract.mentions.finders import post_title
    assert post_title("EVP Creative Affairs") and post_title("Managing Director Global Distribution")
    assert post_title("Head of Drama") and post_title("Executive Producers")
    assert not post_title("Headline Pictures") and not post_title("Vice Studios") and not post_title("Harbour Executive Films")


# A festival line-up names its sections bare ("screens in Panorama", "a Midnight Madness entry"):
# the section is no company and no place.
@pytest.mark.slow
@pytest.mark.parametrize("text, section", [
    ("The drama Salt Road, from first-time director Ana Ruiz, screens in Panorama.", "Panorama"),
    ("Harlow Lane Films is handling sales on the film, which premieres in Panorama next week.", "Panorama"),
    ("Tom Hale's Midnight Madness entry Salt Road opens the festival on Friday.", "Midnight Madness"),
])
def test_a_bare_festival_section_is_no_entity(entities_of, text, section):
    assert section not in entities_of(text)


# Negative twins: a company named after the word keeps its name, and a channel's possessive makes
# the name its show, not a section.
@pytest.mark.slow
def test_a_company_named_with_a_section_word_stays(entities_of):
    entities = entities_of("Panorama Films has acquired the drama Salt Road for France.")
    assert "Panorama Films" in entities and entities["Panorama Films"].type in ("Distributor", "ProductionCompany", "Organization")


# A title may hold a possessive after its one first word ("Grey's Anatomy"): when the NER reads
# "W's X" as one name and W names nothing else in the article, the run is one title, not the
# company W and what it owns.
@pytest.mark.slow
@pytest.mark.parametrize("text, title", [
    ("Cahn spent eight years on ABC's juggernaut Grey's Anatomy.", "Grey's Anatomy"),
    ("Entertainment One buys stake in 'Grey's Anatomy' producer MGC.", "Grey's Anatomy"),
    ("She starred in the hit comedy Schitt's Creek.", "Schitt's Creek"),
])
def test_a_title_holding_a_possessive_stays_one_work(entities_of, text, title):
    entities = entities_of(text)
    assert title in entities
    assert entities[title].type in ("CreativeWork", "Series", "Film")
    assert title.split("'")[0] not in entities


# Negative twins: an owner the article names on its own, or a place's or a person's possessive,
# is cut off its work.
@pytest.mark.slow
@pytest.mark.parametrize("text, start, end", [
    ("Corvel's Harbour opened strongly. Corvel said the film was its biggest.", 0, 3),
    ("Norway's Harbour opened strongly.", 0, 3),
    ("Dana's Harbour opened strongly.", 0, 3),
])
def test_an_owner_named_elsewhere_is_no_title_word(nlp, text, start, end):
    from mediakg.extract.mentions.finders import _possessive_title
    doc = nlp(text)
    assert not _possessive_title(doc, doc[start:end])


@pytest.mark.slow
def test_possessive_title_reads_one_word_each_side(nlp):
    from mediakg.extract.mentions.finders import _possessive_title
    doc = nlp("Corvel's Harbour opened strongly.")
    assert _possessive_title(doc, doc[0:3])
    doc = nlp("Corvel's Harbour Lights opened strongly.")
    assert not _possessive_title(doc, doc[0:4])


# Negative twin: a name the NER calls a person after an owner's possessive is a person (a band's
# member), never a title.
@pytest.mark.slow
def test_a_person_after_a_possessive_is_no_title(entities_of):
    entities = entities_of("The drama stars Korvana's Minji and Dae-ho Park.")
    assert "Korvana's Minji" not in entities


def test_a_full_name_the_ner_misses_owning_a_deal_is_a_person(entities_of):
    # People sign overall and first-look deals, as they make debuts.
    assert entities_of("Ana Ruiz's overall deal with Netflix runs through 2027.")["Ana Ruiz"].type == "Person"


@pytest.mark.parametrize("text, person", [("Megan Fox stars in the film.", "Megan Fox"),
                                          ("Amy Sky will direct the drama.", "Amy Sky")])
def test_a_known_one_word_name_after_a_given_name_is_a_surname(entities_of, text, person):
    # The gazetteer's "Fox" took the name from the NER, which calls "Megan Fox" a person.
    assert [(label, e.type) for label, e in entities_of(text).items()] == [(person, "Person")]


@pytest.mark.parametrize("text, label, cls", [("The show aired on Fox.", "Fox", "Broadcaster"),
                                              ("Will Sky renew the show?", "Sky", "Broadcaster")])
def test_a_known_one_word_name_without_a_given_name_before_it_stays_a_company(entities_of, text, label, cls):
    # Twins: no given name, or a sentence-opening auxiliary that is one only in spelling.
    assert entities_of(text)[label].type == cls


def test_a_full_name_in_apposition_to_a_job_noun_is_a_person(entities_of):
    # "the former BBC drama boss Ana Ruiz": the parser hangs the name on the job noun.
    assert entities_of("The former BBC drama boss Ana Ruiz has launched a company.")["Ana Ruiz"].type == "Person"


@pytest.mark.parametrize("text", ['The drama follows Rosa Vance, the so-called "Queen of the Coast."',
                                  'The press dubbed her \u201cThe Iron Lady of Soho.\u201d'])
def test_a_quoted_nickname_is_no_title(entities_of, text):
    assert not [e for e in entities_of(text).values() if e.type in ("CreativeWork", "Film", "Series")]


def test_a_job_word_alone_is_no_company(facts_of, entities_of):
    # The NER may cut "Executive" out of a capitalised title and call it a company.
    text = "Lily Hart has been named Executive Vice President, Drama, at Harbor Television, it was announced today."
    assert "Executive" not in entities_of(text)
    assert {f for f in facts_of(text) if f[1] == "employedBy"} == {("Lily Hart", "employedBy", "Harbor Television")}


def test_a_nationality_adjective_names_nothing(entities_of):
    # "the Romanian/American actor A": the NER's company and the epithet slot's title were the adjectives.
    assert set(entities_of("The Romanian/American actor Tom Reyes received the prize for Best Performance.")) == {"Tom Reyes"}


@pytest.mark.parametrize("text", ["Ana Ruiz stars in Harbour.", "Ana Ruiz stars alongside Tom Vance in the drama Harbour."])
def test_a_name_before_a_present_stars_is_a_person(facts_of, text):
    # The tagger reads "Ruiz stars" as a plural noun; the preposition of casting after it says verb.
    assert ("Harbour", "starring", "Ana Ruiz") in facts_of(text)


def test_a_company_before_stars_stays_a_company(entities_of):
    # Twin: no given name opens "Harbor Films".
    assert entities_of("Harbor Films stars in the deal.")["Harbor Films"].type != "Person"


def test_a_title_tagging_a_person_after_created_by_is_no_person(entities_of, facts_of):
    text = "Hulu has ordered Pickle Patrol, a comedy created by Moonbeam Diner creator Teodor Valsky."
    assert entities_of(text)["Moonbeam Diner"].type in ("CreativeWork", "Series", "Film")
    assert ("Moonbeam Diner", "knownFor", "Pickle Patrol") not in facts_of(text)


def test_a_person_after_created_by_is_still_a_person(entities_of):
    # Twin: no role noun after the name.
    assert entities_of("Hulu has ordered Pickle Patrol, a comedy created by Teodor Valsky.")["Teodor Valsky"].type == "Person"


@pytest.mark.parametrize("name", ["Sophie de Vries", "Jan van der Berg"])
def test_a_name_with_particles_in_a_credit_slot_is_a_person(entities_of, facts_of, name):
    text = f"The show Salt Line is executive produced by {name} and Mark Lowe."
    assert entities_of(text)[name].type == "Person"
    assert ("Salt Line", "executiveProducer", name) in facts_of(text)


def test_a_particle_ending_a_run_is_no_part_of_a_name(entities_of):
    # Twin: "de" with no capitalised word after it ends the name.
    assert "Sophie de" not in entities_of("The film is directed by Sophie de la cruz.")


def test_benelux_is_a_territory_and_benelux_films_a_company(entities_of):
    assert entities_of("The drama Cold Harbor sold to Benelux and Scandinavia.")["Benelux"].type == "Place"
    assert entities_of("Benelux Films has acquired the drama Cold Harbor.")["Benelux Films"].type != "Place"


@pytest.mark.parametrize("text, channel", [
    ("The series Salt Road was commissioned by ABC Kids in Australia.", "ABC Kids"),
    ("The drama will air on ZDF Neo from May.", "ZDF Neo"),
])
def test_a_broadcasters_channel_is_named_whole(entities_of, text, channel):
    # "ABC Kids": the known name and a channel word name the channel, not its parent.
    entities = entities_of(text)
    assert entities[channel].type == "Broadcaster"
    assert channel.split()[0] not in entities


def test_a_broadcaster_before_a_lower_case_word_stays_itself(entities_of):
    # Twin: "ABC kids' programming" is the broadcaster's, no channel is named.
    assert "ABC" in entities_of("The series Salt Road joins ABC kids' programming in May.")


@pytest.mark.parametrize("text", [
    "\u201cSnow Day\u201d is based on Emmy winner Tess Korda's children's books.",
    "\u201cSnow Day\u201d is based on BAFTA-winning author Tess Korda's children's books.",
])
def test_an_award_describing_a_person_is_no_source_title(entities_of, text):
    assert set(entities_of(text)) == {"Snow Day", "Tess Korda"}


def test_a_known_name_before_a_channels_word_is_one_company(entities_of):
    # "Fox International Channels": "Channels" is a company word, so the known name opens a longer one.
    entities = entities_of("The company was set up by former Fox International Channels boss Dana Pike.")
    assert "Fox International Channels" in entities and "International Channels" not in entities


@pytest.mark.parametrize("text, person", [
    ("She is reunited with her imaginary friend (Brit actor Colin Marsh), who causes havoc.", "Colin Marsh"),
    ("Aussie actress Mia Lane has joined the cast of Salt Road.", "Mia Lane"),
])
def test_a_short_nationality_before_a_job_is_no_title(entities_of, text, person):
    # "Brit actor A": like "British actor A", the word says where A is from; it names no show.
    entities = entities_of(text)
    assert person in entities and not {"Brit", "Aussie"} & set(entities)


@pytest.mark.parametrize("text", ["Orbis Studios\u2019 Iron Coast was the hit of the market.",
                                  "Orbis Studios' Iron Coast was the hit of the market."])
def test_a_plurals_possessive_apostrophe_ends_the_company(entities_of, text):
    # The tagger reads the curly apostrophe as a closing quote; it still ends the owner's name.
    entities = entities_of(text)
    assert "Orbis Studios" in entities
    assert not any("Iron Coast" in label and e.type not in ("CreativeWork", "Film", "Series") for label, e in entities.items())


def test_a_quote_closing_a_title_is_no_possessive(entities_of):
    # Twin: "the drama ‘Iron Coast’ Harbour ..." is no plural's possessive (no "s" before it).
    assert "Iron Coast" in entities_of("Harbour Films has sold the drama \u2018Iron Coast\u2019 to Lumo Films.")


def test_a_double_surname_before_a_possessive_is_one_person(entities_of):
    entities = entities_of("Anna Hill-Ward's Charles Dickens biopic Ink Boy stars Tom Reed and Kay Dunn.")
    assert entities["Anna Hill-Ward"].type == "Person"
    assert not any(label.startswith("Ward") for label in entities)


def test_two_names_fused_by_a_hyphen_are_still_a_pair(entities_of):
    # Twin: no possessive inside the second side; the two stars of the work.
    entities = entities_of("The Tom Hale-Lena Marsh comedy Ink Boy opens in May.")
    assert {"Tom Hale", "Lena Marsh"} <= set(entities)


def test_artists_ends_a_companys_name(entities_of):
    # "Far Artists", like "United Artists": a capitalised "Artists" closing a run is a company word.
    facts_entities = entities_of("Tempo Pictures and Far Artists are producing Iron Bay.")
    assert facts_entities["Far Artists"].type in ("Organization", "ProductionCompany")


def test_artists_in_lower_case_names_no_company(entities_of):
    # Twin: the common noun makes no name.
    assert set(entities_of("Tempo Pictures hired artists for Iron Bay.")) <= {"Tempo Pictures", "Iron Bay"}


# A prize's winner or nominee ("Oscar Winner", "Emmy Nominee") describes the person named after
# it; it is no person itself, nor part of the name.
@pytest.mark.slow
def test_a_prize_winner_before_a_name_is_no_part_of_it(entities_of, facts_of):
    text = "Ember stars Oscar Winner Clara Voss and BAFTA Nominee Tom Hale."
    assert {"Clara Voss", "Tom Hale"} <= set(entities_of(text))
    assert {("Ember", "starring", "Clara Voss"), ("Ember", "starring", "Tom Hale")} <= facts_of(text)
    assert not {label for label in entities_of(text) if "Winner" in label or "Nominee" in label}


@pytest.mark.slow
def test_a_prize_winner_alone_is_no_person(entities_of):
    labels = set(entities_of("The series will star Golden Globe Winner and two-time Emmy Nominee, Clara Voss, alongside Tom Hale."))
    assert {"Clara Voss", "Tom Hale"} <= labels
    assert not {label for label in labels if "Winner" in label or "Nominee" in label}


@pytest.mark.slow
def test_a_person_named_like_a_prize_is_kept(entities_of, facts_of):
    # Twin: "Oscar Isaac" opens with a prize's name, and no winner word follows it.
    assert entities_of("Oscar Isaac stars in Ember.")["Oscar Isaac"].type == "Person"


@pytest.mark.slow
def test_a_full_name_before_a_possessive_is_a_person_not_a_company(extraction_of):
    # The small NER sometimes calls "Given Surname's" a company; a company's possessive would
    # make what follows its production or its property.
    extraction = extraction_of("The film is in the vein of Dale Rourke's Ninth Grade, the studio said.")
    assert {e.label: e.type for e in extraction.entities}["Dale Rourke"] == "Person"
    assert not {f for f in labelled_facts(extraction) if f[1] in ("produces", "owns")}


@pytest.mark.slow
def test_a_company_name_before_a_possessive_stays_a_company(facts_of):
    # Negative twin: a company word ends the name.
    assert ("Dale Rourke Films", "produces", "Ninth Grade") in facts_of(
        "The film is in the vein of Dale Rourke Films' \u201cNinth Grade,\u201d critics said.")


@pytest.mark.slow
def test_a_dated_makers_work_noun_names_no_title(extraction_of):
    # "based on the 1994 Lena Park thriller": the year and the author describe an untitled book.
    extraction = extraction_of("Her credits include the Hulu series Cold Water, based on the 1994 Lena Park thriller.")
    assert not [e for e in extraction.entities if e.label.startswith("1994")]
    assert not [f for f in extraction.facts if f.predicate == "basedOn"]


@pytest.mark.slow
def test_a_given_name_the_ner_leaves_out_opens_the_person_and_the_company_after_is_found(extraction_of):
    # The small NER calls "Danielle" a place and runs "Marie Behrens'" alone; the company after
    # the possessive is a run of its own.
    extraction = extraction_of("Danielle Marie Behrens' Lantern Films produced the film.")
    types = {e.label: e.type for e in extraction.entities}
    assert types.get("Danielle Marie Behrens") == "Person" and types.get("Lantern Films") == "ProductionCompany"


@pytest.mark.slow
def test_a_city_before_a_name_stays_a_city(extraction_of):
    # Twin: a known place before the name is no given name left out.
    types = {e.label: e.type for e in extraction_of("In Paris Marie Behrens spoke about the film.").entities}
    assert types.get("Paris") == "City" and types.get("Marie Behrens") == "Person"


def _org_after(words: list[str], pos: list[str]) -> Span:
    """The ORG span of the last word, in a Doc built by hand with its tags."""
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=["O"] * (len(words) - 1) + ["B-ORG"])
    return doc.ents[0]


def test_capital_initials_the_ner_left_out_open_the_company_name():
    # "co-produce with CJ E&M": the small NER tags "E&M" alone.
    ent = _org_after(["with", "CJ", "E&M"], ["ADP", "PROPN", "PROPN"])
    assert _with_leading_acronym(ent).text == "CJ E&M"


@pytest.mark.parametrize("word", ["CEO", "US"])
def test_a_post_or_a_place_before_a_company_is_no_initials_of_it(word):
    # Twin: a job abbreviation or a country code stays out of the name.
    ent = _org_after(["the", word, "Tideworks"], ["DET", "PROPN", "PROPN"])
    assert _with_leading_acronym(ent).text == "Tideworks"


def test_a_company_word_grown_into_a_compound_ends_a_longer_name():
    # "BBC Studioworks" is another company than the BBC the gazetteer knows.
    assert longer_company_end("BBC Studioworks has renewed its deal.", 3) == len("BBC Studioworks")
    assert longer_company_end("BBC Worldwide Lab said so.", 3) is None  # no company word at the end


def test_a_title_known_from_elsewhere_outranks_the_ners_place_inside_it():
    # "Mayor of Kingstown" named with a cue once; at its other occurrences the NER reads only the
    # place "Kingstown". The known title is the mention.
    title = Mention(0, 18, "Mayor of Kingstown", "Series", "docmatch")
    place = Mention(9, 18, "Kingstown", "City", "ner")
    assert resolve_overlaps([place, title]) == [title]


def test_a_known_title_inside_a_longer_ner_name_stays_out():
    # Twin: the known title "Paris" inside the NER's person "Paris Hale" is not that title.
    title = Mention(0, 5, "Paris", "Film", "docmatch")
    person = Mention(0, 10, "Paris Hale", "Person", "ner")
    assert resolve_overlaps([title, person]) == [person]


@pytest.mark.parametrize("run, cut", [
    ("Night Ferry in North America", "Night Ferry"),
    ("Night Ferry in the UK", "Night Ferry"),
    ("Night Ferry across Germany", "Night Ferry"),
    ("Emily in Paris", "Emily in Paris"),  # a city after "in" stays the title's
    ("Love in the Time of Storms", "Love in the Time of Storms"),
])
def test_a_territory_after_in_ends_a_released_title(run, cut):
    from mediakg.extract.mentions.finders import in_territory_tail_start

    start = in_territory_tail_start(run)
    assert (run if start is None else run[:start]) == cut


@pytest.mark.parametrize("text", ["Marketing, Finance", "International and Local Film Production", "Global and Regional Sales"])
def test_department_names_joined_by_and_are_no_company(text):
    # qualifiers alone before "and" share the department word of the part after it
    from mediakg.extract.mentions.finders import _departments_only
    assert _departments_only(text)


@pytest.mark.parametrize("text", ["International and Harbour Films", "Local and Regional"])
def test_a_company_or_bare_qualifiers_are_no_department_list(text):
    from mediakg.extract.mentions.finders import _departments_only
    assert not _departments_only(text)



@pytest.mark.parametrize("text, title", [
    ("Tom Brill will remake his film \u2018Save the Blue Harbour!\u2019, his first commercial hit.", "Save the Blue Harbour!"),
    ("The studio released \u201cHow Do We Sleep?\u201d in 2023.", "How Do We Sleep?"),
    # the sentence's own comma or full stop inside the quotes is no part of the title
    ("The studio released \u201cCopper Moon,\u201d a drama, in 2023.", "Copper Moon"),
])
def test_a_quoted_titles_own_exclamation_or_question_mark_is_kept(entities_of, text, title):
    assert title in entities_of(text)


@pytest.mark.parametrize("text, title, year", [
    ("Director Tom Brill met audiences again with \u2018Copper Moon: A Lantern Boy (2013)\u2019 ten years later.", "Copper Moon: A Lantern Boy", "2013"),
    ("Tom Brill made \u201cSalt Road (2011)\u201d for Lumen Films.", "Salt Road", "2011"),
])
def test_a_year_bracketed_inside_the_quotes_dates_the_title(entities_of, facts_of, text, title, year):
    assert title in entities_of(text)
    assert (title, "releaseYear", year) in facts_of(text)


@pytest.mark.parametrize("text", [
    "The film stars Canadian Mia Kovac and Tom Reyes.",
    "It stars Tom Reyes and Canadian Mia Kovac (Salt Road).",
])
def test_a_nationality_before_a_persons_name_is_no_part_of_it(entities_of, text):
    # "Canadian Mia Kovac": the adjective describes the person; the name is "Mia Kovac".
    people = {label for label, e in entities_of(text).items() if e.type == "Person"}
    assert "Mia Kovac" in people and not any(p.startswith("Canadian") for p in people)


def test_a_nationality_and_a_trade_noun_before_a_name_leave_the_name_whole(entities_of):
    # Twin: "British actor Tom Reyes": the name after the trade noun is kept whole.
    assert "Tom Reyes" in entities_of("The film stars British actor Tom Reyes.")
