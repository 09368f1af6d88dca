"""Votes from context: companies the NER took for places or people."""
import pytest

pytestmark = pytest.mark.slow


def test_a_name_after_a_place_based_modifier_is_a_company(entities_of):
    entities = entities_of("The drama Low Tide was co-produced by Cologne-based Heimatwerk.")
    assert entities["Heimatwerk"].type in ("Organization", "ProductionCompany")
    assert entities["Cologne"].type == "City"


def test_the_agent_of_a_release_is_a_company(entities_of):
    entities = entities_of("In Austria, the festival hit Low Tide was picked up by Weltbild.")
    assert entities["Weltbild"].type in ("Organization", "Distributor")


@pytest.mark.parametrize("text, label", [
    ("Ostrander and Vellum Media jointly acquired the documentary Salt Road.", "Ostrander"),
    ("Ostrander has bought Belo Holdings for $1.5 billion.", "Ostrander"),
    ("Ostrander is handling rights for several films in the competition.", "Ostrander"),
    ("The series has been sold to Kestrel and licensed to Orvinta.", "Kestrel"),
    ("The series has been sold to Kestrel and licensed to Orvinta.", "Orvinta"),
])
def test_a_party_only_a_company_is_in_a_deal_is_a_company(entities_of, text, label):
    assert entities_of(text)[label].type == "Organization"


def test_a_subject_securing_rights_to_show_a_work_is_its_distributor(entities_of):
    entities = entities_of("Channel Marlo, meanwhile, has secured rights to show the period drama Copper Vale.")
    assert entities["Channel Marlo"].type == "Distributor"


@pytest.mark.parametrize("text, label", [
    ("Jane Roe acquired the rights to the novel Copper Vale.", "Jane Roe"),  # a producer buys rights too
    ("Ostrander picked a fight with the critics.", "Ostrander"),  # no particle, no deal
    ("Nora Fenn has sold the remake rights to Tom Vale.", "Nora Fenn"),  # the seller may be a person
])
def test_a_person_in_a_deal_sentence_stays_a_person(entities_of, text, label):
    assert entities_of(text)[label].type == "Person"


# --- company roles (types branch) ----------------------------------------------------------------

@pytest.mark.parametrize("text, label, cls", [
    # the agent of a passive release is the distributor, whatever "Film" in its name suggests
    ("In Germany, the drama Cold Harbour will be released by Lumen Film.", "Lumen Film", "Distributor"),
    # the buyer of a title's territorial rights
    ("Northlight Pictures bought the German and Austrian rights to the thriller Cold Harbour.", "Northlight Pictures", "Distributor"),
    # a release named by its distributor
    ("Directed by Ana Ruiz, the Harbour Pictures release opened in third place.", "Harbour Pictures", "Distributor"),
    # the agent of a passive production
    ("The series was co-produced by Cologne-based Heimatwerk.", "Heimatwerk", "ProductionCompany"),
    # an apposition, also for a name the NER took for a person
    ("Merman, the production company Jane Roe co-founded, signed a deal with Amazon.", "Merman", "ProductionCompany"),
    ("Lumen Films, the Berlin-based distributor, picked up the drama.", "Lumen Films", "Distributor"),
    # a descriptor before the name
    ("The indie shingle Copperline has boarded the drama.", "Copperline", "ProductionCompany"),
    ("Sales agent Lumen Films will handle the thriller at Cannes.", "Lumen Films", "Organization"),
])
def test_a_company_role_stated_in_the_text_types_it(entities_of, text, label, cls):
    assert entities_of(text)[label].type == cls


def test_the_buyer_of_a_company_is_no_distributor(entities_of):
    entities = entities_of("The company Lumen Pictures was acquired by Northlight Media in 2019.")
    assert entities["Northlight Media"].type == "ProductionCompany"


def test_two_stated_roles_leave_the_honest_organization(entities_of):
    text = "The thriller was co-produced by Lumen Films. In France, the thriller will be released by Lumen Films."
    assert entities_of(text)["Lumen Films"].type == "Organization"


def test_a_person_before_a_relative_clause_stays_a_person(entities_of):
    entities = entities_of("Merman, the production company Jane Roe co-founded, signed a deal with Amazon.")
    assert entities["Jane Roe"].type == "Person"


def test_a_name_word_that_says_the_role_outranks_a_stated_act(entities_of):
    assert entities_of("The series will be released by Harbour Broadcasting in Canada.")["Harbour Broadcasting"].type == "Broadcaster"


def test_a_plural_company_noun_types_the_companies_of_its_list(entities_of):
    text = ("The deal means that Sony now has four production ventures in the U.K. -- Copperline Pictures, "
            "Harbour Entertainment, Northgate Television and Silver Brook.")
    entities = entities_of(text)
    assert {label: entities[label].type for label in ("Northgate Television", "Silver Brook")} == {
        "Northgate Television": "ProductionCompany", "Silver Brook": "ProductionCompany"}


def test_a_plural_company_noun_without_a_list_types_nothing(entities_of):
    entities = entities_of("Sony works with production companies, and Northgate Television is one of its partners.")
    assert entities["Northgate Television"].type != "ProductionCompany"


# --- film or series from the sentence that names one work (types branch) ---------------------------

@pytest.mark.parametrize("text, cls", [
    ("\u201cSalt Road\u201d earned $8 million from 1.1 million admissions over the weekend.", "Film"),
    ("\u201cSalt Road\u201d has been renewed, and its showrunner Jane Roe returns.", "Series"),
])
def test_a_sentence_about_one_work_says_its_medium(entities_of, text, cls):
    assert entities_of(text)["Salt Road"].type == cls


def test_a_sentence_about_two_works_says_nothing_of_either(entities_of):
    # titles4: bare quoted titles are kept now; the sentence's vote types neither, and only a
    # title with box-office words in its own clause ("Iron Bay" before "admissions") is a film.
    entities = entities_of("\u201cSalt Road\u201d and \u201cIron Bay\u201d earned $8 million from 1.1 million admissions.")
    assert entities["Salt Road"].type == "CreativeWork"


def test_a_sentence_without_medium_words_keeps_a_quoted_title_untyped(entities_of):
    # titles4: US trade copy quotes every title, so a bare quoted title-cased run is kept, but no
    # word says its medium.
    entities = entities_of("\u201cSalt Road\u201d was praised by critics at the festival.")
    assert entities["Salt Road"].type == "CreativeWork"


def test_a_quoted_phrase_of_speech_is_no_title(entities_of):
    assert "Welcome Home" not in entities_of("\u201cWelcome Home,\u201d said Dana Vale at the premiere.")


# --- works helper: descriptor nouns ---

def test_an_indie_before_a_name_is_a_production_company(entities_of):
    entities = entities_of("The drama marks the first commission for new indie Magical Orchard.")
    assert entities["Magical Orchard"].type == "ProductionCompany"


def test_a_regulator_before_a_name_is_a_government_body(entities_of):
    entities = entities_of("The film was cleared by media regulator Kestrel Board last week.")
    assert entities["Kestrel Board"].type == "GovernmentBody"


def test_a_company_without_descriptor_keeps_its_class(entities_of):
    # Negative twin: no descriptor, the name alone says nothing of the role.
    entities = entities_of("The film was cleared by Kestrel Board last week.")
    assert entities.get("Kestrel Board") is None or entities["Kestrel Board"].type != "GovernmentBody"


# --- the article's medium (a title nothing near it has typed) ------------------------------------

TV_STORY = ("Streamly has renewed the drama series Night Harbour for a second season. Its lead, Ana Ruiz, "
            "is known for {credit}. New episodes will air on the network in the spring.")
FILM_STORY = ("The film Night Harbour won the top prize at the festival on Saturday. Its director Ana Ruiz, "
              "whose credits include Paper Lanterns, thanked the jury. The movie opens in cinemas in May.")


@pytest.mark.parametrize("text, medium", [
    (TV_STORY.format(credit="Paper Lanterns"), "Series"),
    (FILM_STORY, "Film"),
])
def test_an_untyped_title_takes_the_medium_of_its_article(entities_of, text, medium):
    work = entities_of(text)["Paper Lanterns"]
    assert work.type == medium
    # The type is a guess from the article as a whole, and says so.
    assert work.rule.endswith("+article-medium") and work.confidence < 0.85


# A festival or sales-market report names its titles without "film": the festival's or market's
# own name, a sales agent, a starrer or a directorial debut say the story is about films.
MARKET_STORY = ("Pinebrook will launch sales at AFM on Copper Vale, a Nora Fenn starrer. Sales agent Tallis Rights "
                "has also screened Lina Ost's directorial debut Paper Lanterns for buyers.")


def test_a_market_report_types_its_titles_as_films(entities_of):
    entities = entities_of(MARKET_STORY)
    assert entities["Paper Lanterns"].type == "Film"
    assert entities["Paper Lanterns"].rule.endswith("+article-medium")


def test_a_report_without_market_words_keeps_the_superclass(entities_of):
    # Negative twin: the same titles in a story with no word of either medium.
    entities = entities_of("Pinebrook has news on Copper Vale, with Nora Fenn. Tallis Rights "
                           "has also shown Lina Ost's Paper Lanterns to partners.")
    assert entities["Paper Lanterns"].type == "CreativeWork"


def test_a_tv_story_that_names_a_film_once_still_types_by_its_medium(entities_of):
    # Two to one is enough: a TV story may mention films in passing and stay a TV story.
    text = TV_STORY.format(credit="Paper Lanterns") + " She also wrote two films and a feature about Cork."
    assert entities_of(text)["Paper Lanterns"].type == "Series"


@pytest.mark.parametrize("text", [
    # a book named in a TV story is no series
    TV_STORY.format(credit="the novel Paper Lanterns"),
    TV_STORY.format(credit="Paper Lanterns, the 2015 novel by Jo Marsh"),
    # an article of both media says nothing of either
    "Streamly has renewed the series Night Harbour and bought the film Salt Road. Its lead, Ana Ruiz, "
    "is known for Paper Lanterns. The movie opens in cinemas in May; new episodes of the series air in June.",
])
def test_a_source_or_a_mixed_article_keeps_the_superclass(entities_of, text):
    assert entities_of(text)["Paper Lanterns"].type == "CreativeWork"


def test_a_sentence_about_a_pilot_does_not_make_a_novel_a_series(entities_of):
    entities = entities_of("Streamly has renewed the drama series Night Harbour for a second season. The network "
                           "has also ordered a pilot from Ana Ruiz, who wrote the novel Paper Lanterns. New "
                           "episodes will air on the channel in the spring.")
    assert entities["Paper Lanterns"].type == "CreativeWork"


# --- corp3: a name bracketed after a territory is that territory's buyer ---
@pytest.mark.parametrize("text, label", [
    ("The thriller Glasshouse has sold to the UK (Optimum Releasing) and Germany (Prokino).", "Prokino"),
    ("The drama has also sold for Turkey (Filmarti) and Mexico (Piano).", "Filmarti"),
])
def test_a_name_bracketed_after_a_territory_is_a_distributor(entities_of, text, label):
    assert entities_of(text)[label].type == "Distributor"


def test_a_territory_bracketed_after_a_city_stays_a_place(entities_of):
    assert entities_of("The film shot in Berlin (Germany) last year.")["Germany"].type == "Country"


def test_a_name_before_producer_and_a_company_is_a_work(entities_of):
    found = entities_of("Harbour Films has acquired Glasshouse producer Lumen Pictures.")
    assert found["Glasshouse"].type in ("CreativeWork", "Film", "Series")
    assert found["Lumen Pictures"].type == "ProductionCompany"


def test_a_place_before_producer_and_a_company_stays_a_place(entities_of):
    assert entities_of("US producer Lumen Pictures has secured a $50m investment.")["US"].type == "Country"


# --- given names ---------------------------------------------------------------------------------

def _ner_group(label: str, cls: str):
    from mediakg.extract.mentions.entities import EntityGroup, decide_class
    from mediakg.extract.mentions.finders import Mention

    group = EntityGroup(key="e0", mentions=[Mention(0, len(label), label, cls, "ner")], label=label)
    return group, decide_class


@pytest.mark.parametrize("label, cls", [("Barry Lowe", "Facility"), ("Sandra Whitcombe", "Organization"), ("Alan Greer", "City")])
def test_a_name_the_ner_alone_typed_that_opens_with_a_given_name_is_a_persons(label, cls):
    from mediakg.extract.mentions.votes import vote_given_names

    group, decide_class = _ner_group(label, cls)
    vote_given_names([group])
    decide_class(group)
    assert group.cls == "Person"


@pytest.mark.parametrize("label, cls", [
    ("Barry Pictures", "Organization"),  # a company word
    ("Paris Lowe", "Organization"),  # the first word is a place before a given name
    ("Marvel Stone", "Organization"),  # a word news uses for other things
    ("Lantern Hale", "Organization"),  # no given name
])
def test_a_name_without_a_given_name_or_with_a_company_word_keeps_its_type(label, cls):
    from mediakg.extract.mentions.votes import vote_given_names

    group, decide_class = _ner_group(label, cls)
    vote_given_names([group])
    decide_class(group)
    assert group.cls == cls


@pytest.mark.parametrize("label, cls", [
    # given names of other countries than the US (patterns/given_names_world.txt)
    ("Matteo Verdani", "Organization"), ("Nuria Castell", "Organization"), ("Søren Falk", "Facility"),
    ("Soren Falk", "Facility"), ("Joaquim Serra", "City"), ("Agnieszka Wolna", "Organization"),
])
def test_a_name_that_opens_with_a_given_name_of_another_country_is_a_persons(label, cls):
    from mediakg.extract.mentions.votes import vote_given_names

    group, decide_class = _ner_group(label, cls)
    vote_given_names([group])
    decide_class(group)
    assert group.cls == "Person"


@pytest.mark.parametrize("label, cls", [
    ("Matteo Pictures", "Organization"),  # a company word
    ("Canal Lindqvist", "Organization"),  # "Canal" is a given name abroad but also an English word
    ("Danish Falk", "Organization"),  # a nationality adjective
    ("Janus Harlow", "Organization"),  # the first word of a known company (a brand), not a given name
])
def test_an_international_given_name_word_with_a_company_word_or_an_english_word_keeps_its_type(label, cls):
    from mediakg.extract.mentions.votes import vote_given_names

    group, decide_class = _ner_group(label, cls)
    vote_given_names([group])
    decide_class(group)
    assert group.cls == cls


def test_a_possessor_with_an_international_given_name_directs_the_work(facts_of, entities_of):
    text = "Among the Italian films in competition, Giacomo Ferrante's \"Low Tide\" must also be considered."
    assert entities_of(text)["Giacomo Ferrante"].type == "Person"
    assert ("Low Tide", "directedBy", "Giacomo Ferrante") in facts_of(text)
    assert not any(p == "produces" for _, p, _ in facts_of(text))
    # the negative twin: a company possessor produces
    twin = "Among the Italian films in competition, Ferrante Films' \"Low Tide\" must also be considered."
    assert ("Ferrante Films", "produces", "Low Tide") in facts_of(twin)


@pytest.mark.parametrize("label, cls", [
    # three-letter given names of other countries, and names SCOWL also lists as rare words
    ("Ivo Stanek", "Facility"), ("Ugo Varani", "Organization"), ("Liv Brenna", "City"),
    ("Amir Tabrizi", "Organization"), ("Mads Kjeldsen", "Facility"), ("Serge Moulin", "Organization"),
])
def test_a_name_that_opens_with_a_short_or_rare_word_given_name_is_a_persons(label, cls):
    from mediakg.extract.mentions.votes import vote_given_names

    group, decide_class = _ner_group(label, cls)
    vote_given_names([group])
    decide_class(group)
    assert group.cls == "Person"


@pytest.mark.parametrize("label, cls", [
    ("Jun Ventures", "Organization"),  # a company word after a month's abbreviation
    ("Sep Holloway", "Organization"),  # "Sep" is a month's abbreviation, not a given name
    ("Ivo Pictures", "Organization"),  # a short given name before a company word
    ("Oni Press", "Organization"),  # a publisher: "Press" ends a company's name
])
def test_a_short_given_name_word_with_a_company_word_or_a_date_word_keeps_its_type(label, cls):
    from mediakg.extract.mentions.votes import vote_given_names

    group, decide_class = _ner_group(label, cls)
    vote_given_names([group])
    decide_class(group)
    assert group.cls == cls


def test_a_showrunner_and_a_director_with_a_short_given_name_are_people(facts_of, entities_of):
    text = ("The series is executive produced by Mara Quill and Devon Hale, with Ivo Stanek serving as "
            "showrunner.")
    assert entities_of(text)["Ivo Stanek"].type == "Person"
    text = "Mara Quill and Devon Hale star in Stonecutter, which Ivo Stanek directed."
    assert entities_of(text)["Ivo Stanek"].type == "Person"
    assert ("Stonecutter", "directedBy", "Ivo Stanek") in facts_of(text)
    # the negative twins: a company that opens with a given name stays a company
    assert entities_of("The Jim Henson Company will produce the series.")["Jim Henson Company"].type != "Person"
    twin = "The film is an adaptation of an upcoming Oni Press graphic novel, says the studio."
    assert entities_of(twin).get("Oni Press") is None or entities_of(twin)["Oni Press"].type != "Person"


# --- who represents talent is a company -----------------------------------------------------------

def test_a_repped_by_list_names_companies(entities_of):
    # the NER calls a law firm named after its partners a person
    entities = entities_of("Dana Ross is repped by Range Media Partners, Velvet Rope and Holloway Tremaine.")
    assert entities["Holloway Tremaine"].type == "Organization"
    assert entities["Dana Ross"].type == "Person"


def test_a_repped_by_clause_elided_after_a_semicolon_names_companies(entities_of):
    entities = entities_of("Kelly is repped by UTA and Brillstein Entertainment Partners; and Dunne by Marla Stone Management.")
    assert entities["Marla Stone Management"].type == "Organization"
    assert entities["Dunne"].type == "Person"


def test_a_person_in_a_represented_by_list_is_a_person(entities_of):
    # a lower-case noun ("attorney") names a person and ends the list of companies
    entities = entities_of("Rogers is represented by Verve and attorney Ryan Levine.")
    assert entities["Ryan Levine"].type == "Person"
    # "represented by" without the copula is not the talent-agency formula
    entities = entities_of("Dana Holt joined the board, represented by Tom Varga.")
    assert entities["Tom Varga"].type == "Person"


@pytest.mark.parametrize("text, label, cls", [
    # an agency that represents talent is a company, not a public body
    ("Pastore is repped by Abrams Artists Agency and Gold Coast Management.", "Abrams Artists Agency", "Organization"),
    ("Collins is repped by Aqua Talent Agency.", "Aqua Talent Agency", "Organization"),
    ("Pastore is repped by Abrams Artists Agency and Gold Coast Management.", "Gold Coast Management", "Organization"),
    # the negative twin: a public agency stays a government body
    ("The Korea Creative Content Agency funds the show.", "Korea Creative Content Agency", "GovernmentBody"),
])
def test_agencies_by_name(entities_of, text, label, cls):
    assert entities_of(text)[label].type == cls


# --- a lone given name is a character ----------------------------------------------------------------

def test_a_given_name_never_named_in_full_is_a_character(entities_of):
    entities = entities_of("Written by Maggie Friar, Lantern Lane centers on Kate, who moves to Ohio.")
    assert "Kate" not in entities
    assert entities["Maggie Friar"].type == "Person"


def test_a_given_name_of_a_person_named_in_full_stays_with_them(entities_of):
    # the negative twins: the full name is in the article, or a cue names the person
    entities = entities_of("Maggie Friar wrote the pilot. Maggie said the show was personal.")
    assert entities["Maggie Friar"].type == "Person"
    assert "Maggie" not in entities or entities["Maggie"].type == "Person"


@pytest.mark.parametrize("text, label, cls", [
    # "Hong" opens given names, but the whole is a known place
    ("The studio is based in Hong Kong.", "Hong Kong", "Country"),
    ("The film shoots in Florence and Los Angeles.", "Florence", "City"),
])
def test_a_known_place_is_no_person(entities_of, text, label, cls):
    assert entities_of(text)[label].type == cls


def test_a_person_named_like_a_city_stays_a_person(entities_of):
    # Negative twin: a one-word city name the NER calls a person, placed by nothing.
    assert entities_of("Florence Pugh will star in the film.")["Florence Pugh"].type == "Person"


@pytest.mark.parametrize("text, label", [
    # probeD: the buyer of a territory's rights is a distributor, whatever the NER calls its name.
    ("Broad Green acquired U.S. rights to the comedy Villa Capri.", "Broad Green"),
    ("Pine Hollow has picked up UK and Irish rights to the thriller Cold Harbour.", "Pine Hollow"),
])
def test_the_buyer_of_territory_rights_is_a_company(entities_of, facts_of, text, label):
    assert entities_of(text)[label].type in ("Organization", "Distributor")
    assert any(f[0] == label and f[1] == "acquires" for f in facts_of(text))


@pytest.mark.parametrize("text, label", [
    # Twins: a person who options a novel's film rights, or an executive named for the buyer.
    ("Dana Vale has acquired the film rights to the novel The Long Shore.", "Dana Vale"),
    ("Tom Hale picked up North American rights to the drama Salt Road.", "Tom Hale"),
])
def test_a_person_who_buys_rights_stays_a_person(entities_of, text, label):
    assert entities_of(text)[label].type == "Person"


# --- "distributors include A (Spain), B (Italy)" (types2) ----------------------------------------

def test_distributors_a_sentence_says_include_are_distributors(entities_of):
    entities = entities_of("Other distributors for Salt Road include Sena (Iceland), Bim (Italy) and Falcon (Indonesia).")
    assert entities["Bim"].type == "Distributor"
    assert entities["Falcon"].type == "Distributor"
    assert entities["Indonesia"].type == "Country"  # the bracketed territory is no member


def test_include_with_people_or_a_clause_names_no_distributor(entities_of):
    # negative twins: people named in full stay people; one name and a clause is no list
    entities = entities_of("Its distributors include Dana Vale and Tom Roe, who run Harbour Films.")
    assert entities["Dana Vale"].type == "Person" and entities["Tom Roe"].type == "Person"
    entities = entities_of("The distributors include Dana Vale, who runs Harbour Films.")
    assert entities["Dana Vale"].type == "Person"


# --- authors and credited works (types2) ---------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("The series is a drama adaptation of Victoria Vale\u2019s novel for Tideway.", "Victoria Vale"),
    ("Harbour Films has acquired the rights to Zora Ann Roe\u2019s \u201cSalt Road\u201d novel.", "Zora Ann Roe"),
    ("Harbour Films will adapt Halle Roe's best-selling memoir.", "Halle Roe"),
])
def test_the_owner_of_a_novel_is_its_author(entities_of, text, label):
    assert entities_of(text)[label].type == "Person"


def test_the_owner_of_a_franchise_is_no_author(entities_of):
    # negative twin: a company's franchise says nothing of a person
    entities = entities_of("Harbour Films will expand Tideway Media's franchise.")
    assert entities["Tideway Media"].type != "Person"


def test_a_name_directed_by_someone_is_a_work(facts_of, entities_of):
    text = "Harbour Films will launch sales on Iron Tide, directed by Dana Vale."
    assert entities_of(text)["Iron Tide"].type in ("CreativeWork", "Film")
    assert ("Iron Tide", "directedBy", "Dana Vale") in facts_of(text)


def test_a_place_before_directed_by_stays_a_place(entities_of):
    # negative twin: the clause is about the work shot there
    entities = entities_of("The drama was shot in Spain, directed by Dana Vale.")
    assert entities["Spain"].type == "Country"


def test_a_platform_before_directed_by_stays_a_company(entities_of):
    # negative twin: the participle goes back to the series, not to the platform after "for"
    entities = entities_of('Harbor Studios will produce the drama series "Night Tide" for Streamly, directed by Dana Vale.')
    assert entities["Streamly"].type not in ("CreativeWork", "Film", "Series")


# --- appositions and relatives that credit a work (types2) ---------------------------------------

@pytest.mark.parametrize("text, label", [
    ("Tideway has expanded its global footprint for The Lost Tide, Dana Vale\u2019s feature directorial debut that has become a festival favorite.", "The Lost Tide"),
    ("Harbour International will be talking up Good Fortune, which Aziz Vale will direct and star in alongside Tom Roe.", "Good Fortune"),
])
def test_a_name_an_apposition_or_relative_credits_is_a_work(entities_of, text, label):
    assert entities_of(text)[label].type in ("CreativeWork", "Film", "Series")


@pytest.mark.parametrize("text, label", [
    ("Tom Roe, Dana Vale's husband, will produce the drama.", "Tom Roe"),
    ("Harbour Films, which Dana Vale founded, is selling the drama.", "Harbour Films"),
])
def test_a_person_or_company_with_an_apposition_keeps_its_kind(entities_of, text, label):
    # negative twins: a husband is no work noun; "founded" is no credit
    assert entities_of(text)[label].type not in ("CreativeWork", "Film", "Series")


def test_a_distributor_list_may_be_joined_by_semicolons(entities_of):
    entities = entities_of("Other distributors for Salt Road include Bim (Italy), Vertigo (Spain); Svensk (Scandinavia); Falcon (Indonesia).")
    assert entities["Svensk"].type == "Distributor"
    assert entities["Falcon"].type == "Distributor"
    assert entities["Spain"].type == "Country"


def test_a_manager_named_in_a_repped_by_list_stays_a_person(entities_of):
    # types3: talent is repped by agencies, firms and individual managers; a full name opening
    # with a given name is the manager.
    entities = entities_of("The actor is represented by APA, Tom Varga and Holloway Tremaine.")
    assert entities["Tom Varga"].type == "Person"
    assert entities["Holloway Tremaine"].type == "Organization"


@pytest.mark.parametrize("sentence", ["Dark Harbor, from Universal and Blumhouse, opens Friday.",
                                      "Red Tide, from Harbour Films, premieres on Hulu in May."])
def test_a_name_from_its_makers_is_a_work(entities_of, sentence):
    # "X, from <company>,": trade news names a production's makers after "from".
    title = sentence.split(",")[0]
    assert entities_of(sentence)[title].type == "CreativeWork"


def test_a_person_from_a_company_stays_a_person(entities_of):
    # Negative twin: a full name opening with a given name, "from" an agency, is a person.
    entities = entities_of("Jane Roe, from CAA, said the deal was done.")
    assert entities["Jane Roe"].type == "Person"


# --- a genre noun that describes a title (types5) ---------------------------------------------------

@pytest.mark.parametrize("text, label, cls", [
    # a genre noun right before the name, after its maker's possessive
    ("Critics also praised Dana Okafor's noir Harbour Of Salt at the festival.", "Harbour Of Salt", "CreativeWork"),
    ("Critics also praised the noir Marrow Point at the festival.", "Marrow Point", "CreativeWork"),
    # an apposition whose head is a film noun, after a few modifiers
    ("Tomas Ek's Brannholm, a $12 million period film, will shoot in the spring.", "Brannholm", "Film"),
    # an apposition whose head is a show noun, with its complement
    ("The channel scored its best ratings with Quillmore, a sci-fi show co-produced with AMC.", "Quillmore", "Series"),
])
def test_a_name_a_genre_noun_describes_is_a_work(entities_of, text, label, cls):
    assert entities_of(text)[label].type == cls


@pytest.mark.parametrize("text, label", [
    # "of drama": a field of someone's job, no description of the name after it
    ("The BBC's head of drama Marisol Quintero said the slate was full.", "Marisol Quintero"),
    # a job after the genre noun: the apposition describes a person
    ("Marisol Quintero, a drama teacher from Leeds, wrote the script.", "Marisol Quintero"),
])
def test_a_person_beside_a_genre_noun_stays_a_person(entities_of, text, label):
    assert entities_of(text)[label].type == "Person"


def test_a_company_behind_a_series_is_no_work(entities_of):
    entities = entities_of("Lumen Pictures, the company behind the series, signed a deal with Amazon.")
    assert entities["Lumen Pictures"].type != "CreativeWork" and entities["Lumen Pictures"].type not in ("Film", "Series")


def test_a_medium_word_inside_a_company_name_types_no_title(entities_of):
    # "Season" of the company's name is no season of a show: the film stays unsubtyped
    entities = entities_of('Harbour Lane, the producer of "The Quiet Lantern," changed its name to Ninth Season.')
    assert entities["The Quiet Lantern"].type == "CreativeWork"


def test_a_medium_word_beside_a_title_still_types_it(entities_of):
    entities = entities_of('Harbour Lane, the producer of "The Quiet Lantern," said a second season is planned.')
    assert entities["The Quiet Lantern"].type == "Series"


def test_a_name_that_will_direct_is_a_person(entities_of):
    # only a person directs; the NER took the name (opening with a city) for a company
    assert entities_of("Paris Okonkwo will direct and executive produce.")["Paris Okonkwo"].type == "Person"


def test_a_company_that_directs_its_money_stays_a_company(entities_of):
    # Negative twin: a company word in the name keeps the company, whatever verb follows
    assert entities_of("Harbour Vale Media will direct its money to films.")["Harbour Vale Media"].type != "Person"


def test_a_title_that_calls_itself_a_movie_is_a_film(entities_of):
    entities = entities_of("Rough Draft, the company behind The Pebbleton Movie, made the short.")
    assert entities["The Pebbleton Movie"].type == "Film"


def test_a_title_named_for_its_makers_is_no_film_by_that(entities_of):
    # Negative twin: without "Movie" the title's own words say nothing of its medium
    entities = entities_of("Rough Draft, the company behind The Pebbleton Family, made the short.")
    assert entities.get("The Pebbleton Family") is None or entities["The Pebbleton Family"].type != "Film"


def test_a_country_before_the_agent_of_a_passive_stays_a_country(entities_of):
    # "acquired by U.S. distributors": the country modifies the agent noun, it is no company
    entities = entities_of("Twelve films have been acquired by U.S. distributors out of Cannes.")
    assert entities["U.S."].type == "Country"


def test_a_name_after_by_is_still_a_company(entities_of):
    # Negative twin: the agent itself, a name the NER took for a place, is the company
    assert entities_of("In Austria, the festival hit Low Tide was picked up by Weltbild.")["Weltbild"].type in ("Organization", "Distributor")


@pytest.mark.parametrize("text, label, cls", [
    # a public broadcaster named by the trade's word for it
    ("Tolvane, the Nordic pubcaster, ordered the drama.", "Tolvane", "Broadcaster"),
    # the trade's video-on-demand words for a streamer before its name
    ("French SVOD service Corvane has acquired the drama Salt Road.", "Corvane", "StreamingService"),
    ("Nordic AVOD platform Corvane has acquired the drama Salt Road.", "Corvane", "StreamingService"),
])
def test_more_company_descriptors_type_the_name(entities_of, text, label, cls):
    assert entities_of(text)[label].type == cls


def test_a_vod_word_describing_another_name_types_no_company(entities_of):
    # Negative twin: the SVOD service is the broadcaster's, Norvik is described by "broadcaster"
    entities = entities_of("Salt Road will stream on the SVOD service of broadcaster Norvik.")
    assert entities["Norvik"].type == "Broadcaster"
    assert entities["Salt Road"].type != "StreamingService"


def test_a_person_described_by_a_company_job_stays_a_person(entities_of):
    # Negative twin: "the company president" is the person's job, no description of a company
    assert entities_of("Marisol Quintero, the company president, said so.")["Marisol Quintero"].type == "Person"


def test_a_place_before_a_company_name_in_apposition_stays_a_place(entities_of):
    # Negative twin: "the Harbour Lane Story Company" is a name, not a description of the place
    entities = entities_of("Headquartered in the UK, the Harbour Lane Story Company employs 26 people.")
    assert entities["UK"].type == "Country"


def test_a_name_in_apposition_to_a_production_banner_is_a_production_company(entities_of):
    # biz7: "A's Boston-based production banner, X": X is the banner, whatever the NER says
    entities = entities_of("Jane Roe's Boston-based production banner, Green Valley West, made the film.")
    assert entities["Green Valley West"].type == "ProductionCompany"


def test_a_name_after_a_production_office_is_no_company(entities_of):
    # negative twin: no banner noun before the comma
    entities = entities_of("Tom Reyes moved to the production office, Green Valley West said.")
    assert entities["Green Valley West"].type != "ProductionCompany"


def test_a_name_between_a_possessive_pronoun_and_a_banner_noun_is_a_production_company(entities_of):
    # "his X banner": the name the pronoun opens and the banner noun closes is the owner's company
    entities = entities_of("Tom Reyes will produce through his Green Valley West banner.")
    assert entities["Green Valley West"].type == "ProductionCompany"


def test_a_name_between_a_possessive_pronoun_and_a_work_noun_is_no_company(entities_of):
    # negative twin: "her X series" closes on a work noun, not a banner noun
    entities = entities_of("Jane Roe will produce her Green Valley West series next year.")
    assert entities["Green Valley West"].type != "ProductionCompany"


@pytest.mark.parametrize("text, cls", [
    # biz7: a plural medium noun heading a list types every title of the list
    ("Its TV productions include Quiet Orchard and Blue Ferry.", "Series"),
    ("Other film projects include Quiet Orchard and Blue Ferry.", "Film"),
])
def test_a_medium_noun_heading_a_list_types_its_titles(entities_of, text, cls):
    entities = entities_of(text)
    assert entities["Quiet Orchard"].type == cls and entities["Blue Ferry"].type == cls


def test_a_book_noun_heading_a_list_gives_no_screen_medium(entities_of):
    # negative twin: books are no films or series
    entities = entities_of("Her books include Quiet Orchard and Blue Ferry.")
    assert all(e.type not in ("Film", "Series") for e in entities.values())


@pytest.mark.parametrize("text, label", [
    # biz7: "the NAME lot / complex / property": the name is the site's
    ("The company already occupies offices on the Sunset Grove lot.", "Sunset Grove"),
    ("The bar lies near the Harbor Point Cinemas complex.", "Harbor Point Cinemas"),
    ("Streamly will rent three buildings at the Academy Row property.", "Academy Row"),
])
def test_a_name_before_a_site_noun_is_a_facility(entities_of, text, label):
    assert entities_of(text)[label].type == "Facility"


def test_a_company_before_a_team_is_no_facility(entities_of):
    # negative twin: "team" is no site noun
    assert entities_of("Streamly met the Harbor Films team.")["Harbor Films"].type != "Facility"


def test_a_full_name_the_agent_regex_reaches_past_a_verb_stays_a_person(entities_of):
    # "financed by X and produced by P": the agent of "financed" reaches "P" across "produced".
    entities = entities_of("The picture was financed by Tallow Media and produced by Nora Fenn, Tom Vale and Ana Ruiz.")
    assert entities["Nora Fenn"].type == "Person"
    assert entities["Tallow Media"].type == "ProductionCompany"


def test_a_one_word_agent_after_a_financier_is_still_a_company(entities_of):
    entities = entities_of("The picture was financed by Tallow Media and picked up by Kestrel.")
    assert entities["Kestrel"].type == "Organization"


# --- a company's possessive before a one-word name (names32) -------------------------------------

def test_a_one_word_name_after_a_platform_possessive_is_its_show(extraction_of):
    ex = extraction_of("Most recently he played a priest in Netflix's Judas.")
    entities = {e.label: e for e in ex.entities}
    assert entities["Judas"].type in ("CreativeWork", "Series")
    assert not any(f.predicate == "employedBy" for f in ex.facts)


@pytest.mark.parametrize("text, label", [
    ("Hulu's Tabrizi said the streamer would keep investing.", "Tabrizi"),  # only a person says
    ("Netflix's Amir Tabrizi and Mads Olsen will oversee the slate.", "Amir Tabrizi"),  # a rare given name
    ("Netflix's Amir Tabrizi and Mads Olsen will oversee the slate.", "Mads Olsen"),
    ("Amir Tabrizi runs drama there. Netflix's Tabrizi told the room the slate was full.", "Amir Tabrizi"),
])
def test_a_person_after_a_platform_possessive_stays_a_person(entities_of, text, label):
    assert entities_of(text)[label].type == "Person"


# --- "produced by X for Y": the maker of a commission is a company (names32) ---------------------

@pytest.mark.parametrize("text, label", [
    ("Produced by Vaca for Netflix, the film follows a spy.", "Vaca"),
    ("The original version, produced by Moskito for Nelonen, was sold.", "Moskito"),
])
def test_a_one_word_maker_of_a_commission_is_a_company(extraction_of, text, label):
    ex = extraction_of(text)
    assert {e.label: e for e in ex.entities}[label].type in ("Organization", "ProductionCompany")
    assert not any(f.predicate == "employedBy" for f in ex.facts)


@pytest.mark.parametrize("text, label", [
    ("The series was produced by Dana Vale for Channel 4.", "Dana Vale"),
    ("The series was produced by Amir Tabrizi for Channel 4.", "Amir Tabrizi"),  # a rare given name
    ("Vaca was hired by Netflix last year.", "Vaca"),  # no maker's credit
])
def test_a_person_credited_for_a_channel_stays_a_person(entities_of, text, label):
    assert entities_of(text)[label].type == "Person"


@pytest.mark.parametrize("text, label", [
    ("The series is produced by Kudos and Harbour Films.", "Kudos"),
    ("The film is produced by Mammoth, with Netflix distributing.", "Mammoth"),
])
def test_a_one_word_maker_no_person_bears_is_a_company(entities_of, text, label):
    # "produced by Kudos and Harbour Films", "produced by Mammoth": a one-word maker listed
    # beside a company, or whose name no person of the article bears, is a company.
    assert entities_of(text)[label].type in ("Organization", "ProductionCompany")


def test_a_surname_after_produced_by_stays_the_persons(facts_of):
    # Twin: a surname the full name introduced is the person's short form, credited as producer.
    facts = facts_of("Dana Vale wrote the drama Low Tide. The drama is produced by Vale for Channel 4.")
    assert ("Low Tide", "producer", "Dana Vale") in facts


def test_a_full_name_the_ner_took_for_an_unknown_place_is_a_persons(entities_of):
    # the small NER calls these names a GPE or a LOC; no list of places knows them
    assert entities_of("Ivo Stanek will direct.")["Ivo Stanek"].type == "Person"
    text = "Josh Vale is attached as the male lead, with Tess Arden cast as Ruth, the female lead."
    assert entities_of(text)["Tess Arden"].type == "Person"
    # the negative twin: known places that open with a given name stay places
    places = entities_of("The film will shoot in Santa Monica and Hong Kong.")
    assert places["Santa Monica"].type == "City"
    assert places["Hong Kong"].type != "Person"



# --- a name right before a company post and a full name is the company ---
def test_a_name_before_a_company_post_and_a_full_name_is_a_company(entities_of, facts_of):
    text = "According to Cinesud sales co-chief Marc Aubert, the film sold well."
    assert entities_of(text)["Cinesud"].type == "Organization"
    assert ("Marc Aubert", "employedBy", "Cinesud") in facts_of(text)


def test_a_country_before_a_post_stays_a_place(entities_of):
    # Twin: "US sales chief A" says where the post is.
    assert entities_of("US sales chief Ana Ruiz said it.")["US"].type == "Country"


def test_a_name_directed_by_someone_is_a_title_unless_a_given_name_opens_it(entities_of):
    # "opens with Glass Harbor, directed by P": only a work is directed by someone.
    assert entities_of("The festival opens with Glass Harbor, directed by Tom Vale.")["Glass Harbor"].type in ("CreativeWork", "Film")
    # Twin: a cast member's name before the participle stays a person's.
    assert entities_of("The film stars Tom Hale, directed by Ana Ruiz.")["Tom Hale"].type == "Person"


@pytest.mark.slow
def test_a_country_before_a_company_role_stays_a_country(extraction_of):
    # "Indie U.S. distributor Lumo Films": the role is Lumo's; the U.S. employs no one.
    extraction = extraction_of("Indie U.S. distributor Lumo Films bought the film. U.S. director Dana Kettle won the Jury Prize.")
    assert {e.label: e.type for e in extraction.entities}["U.S."] == "Country"
    assert not [f for f in extraction.facts if f.predicate == "employedBy"]


WORK_TYPES = ("CreativeWork", "Film", "Series")


@pytest.mark.parametrize("text, label", [
    # Only a work comes out, grosses or sells tickets: the NER's person is a title.
    ("Released in 2013, Paper Lanterns sold more than 12 million tickets.", "Paper Lanterns"),
    ("Night Ferry premiered in 2019 on Netflix.", "Night Ferry"),
    ("Night Ferry grossed $40 million in China.", "Night Ferry"),
])
def test_a_name_that_comes_out_or_grosses_is_a_title(entities_of, text, label):
    assert entities_of(text)[label].type in WORK_TYPES


def test_a_person_who_premieres_stays_a_person(entities_of):
    # Twin: a name a given name opens is the director at a premiere, not the film.
    assert entities_of("Dana Vale premiered in Cannes last year.")["Dana Vale"].type == "Person"
