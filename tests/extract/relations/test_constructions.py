"""Credit lists, company lists, parentheses and calling cards
(mediakg.extract.relations.constructions), end to end on sentences written for these tests.

Each test states the exact facts a reader would write down; each has a twin (hedged, denied or
unrelated) that must not give them.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def only(facts: set[tuple[str, str, str]], *predicates: str) -> set[tuple[str, str, str]]:
    return {f for f in facts if f[1] in predicates}


STARS = 'Glasshouse stars Jane Roe ("Moonfall," "Nine Rivers"), Sam Lee (Red Harbour) and Mia Stone.'


def test_a_cast_list_with_parentheses_credits_everyone(facts_of):
    assert only(facts_of(STARS), "starring") == {
        ("Glasshouse", "starring", "Jane Roe"), ("Glasshouse", "starring", "Sam Lee"),
        ("Glasshouse", "starring", "Mia Stone")}


def test_parentheses_after_a_person_are_calling_cards(facts_of):
    assert only(facts_of(STARS), "knownFor") == {
        ("Jane Roe", "knownFor", "Moonfall"), ("Jane Roe", "knownFor", "Nine Rivers"),
        ("Sam Lee", "knownFor", "Red Harbour")}


def test_a_hedged_cast_list_gives_no_credit(facts_of):
    facts = facts_of("Glasshouse reportedly stars Jane Roe, Sam Lee and Mia Stone.")
    assert only(facts, "starring") == set()


EP = ("Glasshouse is directed by Tom Hale and executive produced by Jane Roe, Harbour Films' Mia Chen "
      "and Paul Ross and Sky Studios head Dan Wu.")


def test_an_executive_producer_list_skips_owners_and_role_nouns(facts_of):
    facts = facts_of(EP)
    assert only(facts, "executiveProducer") == {
        ("Glasshouse", "executiveProducer", "Jane Roe"), ("Glasshouse", "executiveProducer", "Mia Chen"),
        ("Glasshouse", "executiveProducer", "Paul Ross"), ("Glasshouse", "executiveProducer", "Dan Wu")}
    assert only(facts, "directedBy") == {("Glasshouse", "directedBy", "Tom Hale")}


def test_a_denied_credit_list_gives_no_credit(facts_of):
    facts = facts_of("Glasshouse is not executive produced by Jane Roe, Mia Chen or Paul Ross.")
    assert only(facts, "executiveProducer") == set()


def test_people_listed_before_a_credit_verb(facts_of):
    facts = facts_of("Jane Roe, Sam Lee and Tom Hale will executive produce the thriller Glasshouse.")
    assert only(facts, "executiveProducer") == {
        ("Glasshouse", "executiveProducer", "Jane Roe"), ("Glasshouse", "executiveProducer", "Sam Lee"),
        ("Glasshouse", "executiveProducer", "Tom Hale")}


@pytest.mark.parametrize("sentence", [
    "Jane Roe of Harbour Films and Sam Lee of Kestrel Pictures will executive produce the thriller Glasshouse.",
    "Jane Roe and Sam Lee from Harbour Films also executive produce the thriller Glasshouse.",
])
def test_people_listed_with_their_companies_before_a_credit_verb(facts_of, sentence):
    # "A of X and B of Y will executive produce": each name's company stands inside the list.
    assert only(facts_of(sentence), "executiveProducer") == {
        ("Glasshouse", "executiveProducer", "Jane Roe"), ("Glasshouse", "executiveProducer", "Sam Lee")}


@pytest.mark.parametrize("sentence", [
    "The chief executive of Harbour Films and Sam Lee will executive produce the thriller Glasshouse.",
    "Jane Roe of Harbour Films said Sam Lee will executive produce the thriller Glasshouse.",
])
def test_a_company_after_a_role_noun_or_a_speaker_lists_no_one(facts_of, sentence):
    # Twins: the company follows no listed person, or its person is the speaker of another clause.
    assert only(facts_of(sentence), "executiveProducer") == {("Glasshouse", "executiveProducer", "Sam Lee")}


def test_executive_producers_that_include_a_list(facts_of):
    # "a roster of executive producers that includes A, B and C": a relative clause lists them.
    facts = facts_of("The thriller Glasshouse boasts a roster of executive producers that includes Jane Roe, Sam Lee and Tom Hale.")
    assert only(facts, "executiveProducer", "producer") == {
        ("Glasshouse", "executiveProducer", "Jane Roe"), ("Glasshouse", "executiveProducer", "Sam Lee"),
        ("Glasshouse", "executiveProducer", "Tom Hale")}


def test_people_in_talks_to_executive_produce_get_no_credit(facts_of):
    facts = facts_of("Jane Roe and Sam Lee are in talks to executive produce the thriller Glasshouse.")
    assert only(facts, "executiveProducer") == set()


def test_companies_listed_before_produce(facts_of):
    facts = facts_of("The drama Glasshouse follows a lighthouse keeper. Harbour Films, Tidewater Media and Sky Studios produce.")
    assert only(facts, "produces") == {
        ("Harbour Films", "produces", "Glasshouse"), ("Tidewater Media", "produces", "Glasshouse"),
        ("Sky Studios", "produces", "Glasshouse")}


def test_companies_that_produce_something_else_are_not_credited(facts_of):
    facts = facts_of("The drama Glasshouse follows a lighthouse keeper. Harbour Films and Tidewater Media produce ads.")
    assert only(facts, "produces") == set()


def test_a_titles_parenthesis_names_who_it_was_made_for(facts_of):
    facts = facts_of("Its productions include Tidewater (for the BBC) and Red Harbour (Sky).")
    assert only(facts, "produces") == {("BBC", "produces", "Tidewater"), ("Sky", "produces", "Red Harbour")}


def test_a_titles_parenthesis_in_a_sales_report_names_its_buyer(facts_of):
    # In a sentence of sales the company beside a title bought it and releases it; it made nothing.
    facts = facts_of("Kestrel Sales has closed deals on \u201cTidewater\u201d (Lumen Releasing) and \u201cRed Harbour\u201d (Neon).")
    assert only(facts, "produces") == set()
    assert {("Lumen Releasing", "acquires", "Tidewater"), ("Neon", "acquires", "Red Harbour")} <= only(facts, "acquires")
    assert {("Lumen Releasing", "distributes", "Tidewater"), ("Neon", "distributes", "Red Harbour")} <= only(facts, "distributes")


def test_a_persons_company_in_parentheses(facts_of):
    facts = facts_of("Executive producers include Jane Roe (Harbour Pictures) and Sam Lee.")
    assert ("Jane Roe", "employedBy", "Harbour Pictures") in facts
    assert ("Sam Lee", "employedBy", "Harbour Pictures") not in facts


# precision10: a platform in a name's parenthesis is the platform of a title, no employer.
def test_a_platform_in_a_persons_parentheses_is_no_employer(facts_of):
    facts = facts_of("Executive producers include Jane Roe (Netflix) and Sam Lee.")
    assert only(facts, "employedBy") == set()
    # twin: a production company there is her employer
    facts = facts_of("Executive producers include Jane Roe (Harbour Pictures) and Sam Lee.")
    assert only(facts, "employedBy") == {("Jane Roe", "employedBy", "Harbour Pictures")}


# "A broke out in X", "rose to fame with X", "made his name with X": the work that made a
# person known is a calling card; only titles right after the phrase count.
@pytest.mark.parametrize("sentence, expected", [
    ("Dana Vale, who broke out in \u201cSalt Road,\u201d will star in Blue Harbour.", {("Dana Vale", "knownFor", "Salt Road")}),
    ("Dana Vale rose to fame with \u201cSalt Road\u201d and \u201cBlue Harbour.\u201d",
     {("Dana Vale", "knownFor", "Salt Road"), ("Dana Vale", "knownFor", "Blue Harbour")}),
    ("Tom Reyes made his name with the thriller Salt Road.", {("Tom Reyes", "knownFor", "Salt Road")}),
    # An unquoted title right after the phrase is a title by its slot.
    ("Netflix has ordered the drama Ember. Lena Hart broke out with Copperhead.", {("Lena Hart", "knownFor", "Copperhead")}),
    ("Netflix has ordered the drama Ember. Lena Hart landed her breakout role in Copperhead.", {("Lena Hart", "knownFor", "Copperhead")}),
])
def test_breakout_phrases_give_calling_cards(facts_of, sentence, expected):
    assert only(facts_of(sentence), "knownFor") == expected


@pytest.mark.parametrize("sentence", [
    "Dana Vale is hoping to break out in Salt Road.",  # a hope, no breakout
    "A fire broke out in Studio 5 at Harbour Films on Monday.",  # no person, no work
    "Dana Vale, who broke out in comedy, will star in \u201cBlue Harbour.\u201d",  # the title is not right after the phrase
])
def test_breakout_phrases_negative_twins(facts_of, sentence):
    assert not only(facts_of(sentence), "knownFor")


@pytest.mark.parametrize("text", [
    "Jane Roe joined the agency in May. Roe's credits include Nine Rivers and Red Harbour.",
    "Jane Roe has died. Roe's best known works include Nine Rivers and Red Harbour.",
])
def test_credits_include_gives_calling_cards(facts_of, text):
    facts = facts_of(text)
    assert only(facts, "knownFor") == {("Jane Roe", "knownFor", "Nine Rivers"), ("Jane Roe", "knownFor", "Red Harbour")}


# "films such as A and B" is a list of credits only as the object of a verb of making or acting,
# and they are the credits of that verb's subject (a "which" clause's company).
@pytest.mark.parametrize("text, expected", [
    ("Dana Vale is an accomplished actor, starring in features such as \u201cSalt Road\u201d and \u201cBlue Harbour.\u201d",
     {("Dana Vale", "knownFor", "Salt Road"), ("Dana Vale", "knownFor", "Blue Harbour")}),
    ("Tom Reyes joined Lumen in May. He previously co-founded Harbour Films alongside Jane Roe and worked on dramas "
     "such as Salt Road and Blue Harbour.", {("Tom Reyes", "knownFor", "Salt Road"), ("Tom Reyes", "knownFor", "Blue Harbour")}),
    ("Harbour Films, which has produced films such as Salt Road and Blue Harbour, is based in Oslo.",
     {("Harbour Films", "produces", "Salt Road"), ("Harbour Films", "produces", "Blue Harbour")}),
])
def test_a_list_after_a_verb_of_making_is_its_subjects_credits(facts_of, text, expected):
    assert only(facts_of(text), "knownFor", "produces") == expected


def test_a_list_after_another_verb_is_no_credit(facts_of):
    # Twin: whom one hires for shows says nothing of who made them.
    text = "Jane Roe will oversee staffing across Lumen, hiring for shows such as Salt Road and Blue Harbour."
    assert not only(facts_of(text), "knownFor", "produces")


def test_a_making_only_wished_for_lists_no_credit(facts_of):
    # Twin: "wants to make films such as A" credits nothing yet.
    assert not only(facts_of("Jane Roe wants to make more films such as Salt Road and Blue Harbour."), "knownFor", "produces")


def test_credits_after_with_are_the_persons_not_the_companys(facts_of):
    # ", with credits including": the list is the sentence's person's, not the company named
    # before the comma.
    facts = facts_of("Jane Roe is formerly head of drama at Harbour Films, with credits including Nine Rivers and Red Harbour.")
    assert only(facts, "knownFor") == {("Jane Roe", "knownFor", "Nine Rivers"), ("Jane Roe", "knownFor", "Red Harbour")}
    assert not only(facts, "produces")


def test_a_companys_own_credits_are_its_productions(facts_of):
    # Twin: the company owns the list noun.
    facts = facts_of("Harbour Films, whose credits include Nine Rivers and Red Harbour, is growing.")
    assert only(facts, "produces") == {("Harbour Films", "produces", "Nine Rivers"), ("Harbour Films", "produces", "Red Harbour")}


def test_a_starring_list_that_opens_the_sentence(facts_of):
    facts = facts_of("Starring Eric Vale (Red Harbour) and Mia Stone (Nine Rivers), the drama Glasshouse premieres in May.")
    assert only(facts, "starring") == {("Glasshouse", "starring", "Eric Vale"), ("Glasshouse", "starring", "Mia Stone")}


def test_a_list_of_past_employers(facts_of):
    facts = facts_of("Before joining Sky, Mia Chen worked at Harbour Pictures and Tidewater Media.")
    assert only(facts, "employedBy") == {("Mia Chen", "employedBy", "Sky"), ("Mia Chen", "employedBy", "Harbour Pictures"),
                                         ("Mia Chen", "employedBy", "Tidewater Media")}


def test_companies_a_person_merely_visited_are_no_employers(facts_of):
    facts = facts_of("Mia Chen met executives at Harbour Pictures and Tidewater Media.")
    assert only(facts, "employedBy") == set()


def test_territory_rights_make_an_acquirer_and_a_distributor(facts_of):
    facts = facts_of("Harbour Pictures has picked up German rights to the drama Glasshouse.")
    assert only(facts, "acquires", "distributes") == {("Harbour Pictures", "acquires", "Glasshouse"),
                                                      ("Harbour Pictures", "distributes", "Glasshouse")}


@pytest.mark.parametrize("sentence", [
    "Redwood Pictures closed a deal for U.S. rights to the drama The Long Winter.",
    "Redwood Pictures plunked down seven figures for North American rights to the drama The Long Winter.",
    "Redwood Pictures has inked a deal for German rights to the drama The Long Winter.",
])
def test_a_deal_closed_for_territory_rights_buys_them(facts_of, sentence):
    assert {f for f in facts_of(sentence) if f[1] in ("acquires", "distributes")} == {
        ("Redwood Pictures", "acquires", "The Long Winter"), ("Redwood Pictures", "distributes", "The Long Winter")}


@pytest.mark.parametrize("sentence", [
    # Twins: rights another verb governs, and a deal still in talks, buy nothing.
    "Redwood Pictures signed a first-look deal with Ana Ruiz, who holds the rights to The Long Winter.",
    "Redwood Pictures is in talks to close a deal for U.S. rights to the drama The Long Winter.",
])
def test_rights_the_deal_does_not_buy_make_no_acquirer(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] in ("acquires", "distributes")}


def test_rights_bought_in_a_later_clause_are_that_clauses_buyers(facts_of):
    # A semicolon list of sales: each item's verb and buyer own its rights, not the first item's.
    facts = facts_of("Harbour Pictures acquired the thriller Iron Tide; Lumen Films bought rights to the memoir The Quiet Year.")
    assert only(facts, "acquires") == {("Harbour Pictures", "acquires", "Iron Tide"), ("Lumen Films", "acquires", "The Quiet Year")}


def test_a_credit_in_a_relative_clause_stays_with_its_antecedent(facts_of):
    # "Y, which A is producing" credits Y (here a memoir, whose credits go to no work named),
    # never the work of an earlier clause.
    facts = facts_of("Harbour Pictures acquired the thriller Iron Tide; Lumen Films bought rights to the memoir"
                     " The Quiet Year, which Mira Kent and Paul Dorn are producing.")
    assert not {f for f in only(facts, "producer") if f[0] == "Iron Tide"}
    # Twin: the relative clause on the first title credits that title.
    facts = facts_of("Harbour Pictures acquired the thriller Iron Tide, which Mira Kent and Paul Dorn are producing.")
    assert {f for f in only(facts, "producer") if f[0] == "Iron Tide"} == {("Iron Tide", "producer", "Mira Kent"),
                                                                           ("Iron Tide", "producer", "Paul Dorn")}


def test_rights_to_a_novel_make_no_distributor(facts_of):
    facts = facts_of("Harbour Pictures has acquired the rights to the novel Glasshouse.")
    assert only(facts, "acquires", "distributes") == {("Harbour Pictures", "acquires", "Glasshouse")}


def test_rights_to_the_feature_are_rights_to_the_work_named_before(facts_of):
    # A sales report names its film once, then speaks of "the feature" or "the title".
    facts = facts_of("Harbour Pictures has picked up German rights to the drama \u201cGlasshouse\u201d. Tidewater Films previously acquired the North American rights to the feature.")
    assert ("Tidewater Films", "acquires", "Glasshouse") in only(facts, "acquires")
    assert ("Tidewater Films", "distributes", "Glasshouse") in only(facts, "distributes")


def test_rights_to_the_novel_are_no_rights_to_the_work_named_before(facts_of):
    facts = facts_of("Harbour Pictures has picked up German rights to the drama \u201cGlasshouse\u201d. Tidewater Films previously acquired the North American rights to the novel.")
    assert not {f for f in only(facts, "acquires", "distributes") if f[0] == "Tidewater Films"}


def test_rights_to_the_title_in_talks_are_no_deal(facts_of):
    facts = facts_of("Harbour Pictures has picked up German rights to the drama \u201cGlasshouse\u201d. Tidewater Films is in talks to acquire French rights to the title.")
    assert not {f for f in only(facts, "acquires", "distributes") if f[0] == "Tidewater Films"}


def test_rights_in_negotiation_are_no_deal(facts_of):
    facts = facts_of("Harbour Pictures is in talks to pick up German rights to the drama Glasshouse.")
    assert only(facts, "acquires", "distributes") == set()


def test_a_price_paid_for_territory_rights_buys_them(facts_of):
    # "paid $N for rights to T": the price paid names the buyer of the rights.
    facts = facts_of("Harbour Pictures paid $12 million for worldwide rights to Mia Chen's \u201cGlasshouse,\u201d a boxing drama.")
    assert only(facts, "acquires", "distributes") == {("Harbour Pictures", "acquires", "Glasshouse"),
                                                      ("Harbour Pictures", "distributes", "Glasshouse")}


def test_a_price_paid_for_a_dinner_buys_no_rights(facts_of):
    facts = facts_of("Harbour Pictures paid $120 for a dinner after the premiere of \u201cGlasshouse.\u201d")
    assert only(facts, "acquires", "distributes") == set()


def test_snared_rights_are_bought(facts_of):
    facts = facts_of("Tidewater Films snared North American rights to \u201cGlasshouse.\u201d")
    assert only(facts, "acquires", "distributes") == {("Tidewater Films", "acquires", "Glasshouse"),
                                                      ("Tidewater Films", "distributes", "Glasshouse")}


def test_snared_rights_in_talks_are_no_deal(facts_of):
    facts = facts_of("Tidewater Films is in talks to snare North American rights to \u201cGlasshouse.\u201d")
    assert only(facts, "acquires", "distributes") == set()


@pytest.mark.parametrize("text", [
    "Tidewater Films secured North and Latin America on Mia Chen's \u201cGlasshouse.\u201d",
    "Tidewater Films said it had taken the U.S. on Mia Chen's drama \u201cGlasshouse.\u201d",
    "Tidewater Films snapped up the U.K. and select territories on \u201cGlasshouse\u201d in a deal valued at $5 million.",
])
def test_territories_bought_on_a_title_are_its_rights(facts_of, text):
    # Sales reports put the territories bought as the object and the title after "on".
    assert only(facts_of(text), "acquires", "distributes") == {("Tidewater Films", "acquires", "Glasshouse"),
                                                               ("Tidewater Films", "distributes", "Glasshouse")}


def test_a_territory_on_a_day_is_no_title_bought(facts_of):
    facts = facts_of("Tidewater Films took the U.S. on Monday after a bidding war, and \u201cGlasshouse\u201d opened in Rome.")
    assert only(facts, "acquires", "distributes") == set()


def test_a_company_named_before_on_is_no_territory_bought(facts_of):
    facts = facts_of("Tidewater Films secured a loan from Harbour Pictures in France on the heels of \u201cGlasshouse.\u201d")
    assert ("Tidewater Films", "acquires", "Glasshouse") not in only(facts, "acquires")


def test_a_place_in_the_possessive_locates_a_company(facts_of):
    assert ("Harbour Pictures", "locatedIn", "Berlin") in facts_of("Berlin's Harbour Pictures has a new slate.")


def test_a_companys_possessive_title_is_its_production(facts_of):
    assert only(facts_of("Critics loved HBO's Tidewater last year."), "produces") == {("HBO", "produces", "Tidewater")}


def test_a_persons_work_list_is_not_the_grant_s(facts_of):
    facts = facts_of("Jane Roe is a playwright and a Vale Foundation fellow whose past stage work includes "
                     "The Clean Room and Red Harbour.")
    assert only(facts, "knownFor", "produces") == {("Jane Roe", "knownFor", "The Clean Room"),
                                                   ("Jane Roe", "knownFor", "Red Harbour")}


def test_a_company_list_noun_with_words_before_include(facts_of):
    facts = facts_of("Previous Sky productions in Ireland include Glasshouse and Moonfall.")
    assert only(facts, "produces") == {("Sky", "produces", "Glasshouse"), ("Sky", "produces", "Moonfall")}


@pytest.mark.parametrize("sentence", [
    "She has overseen all Harbour Films scripted series, including Glasshouse, Moonfall and Red Harbour.",
    "She has overseen Harbour Films dramas, including Glasshouse, Moonfall and Red Harbour.",
])
def test_a_companys_list_noun_before_a_comma_and_including(facts_of, sentence):
    # "the company's series, including A, B and C": a comma may set the list off; the list
    # noun's owner made them (the bare titles are works for the list noun before them).
    assert only(facts_of(sentence), "produces") == {
        ("Harbour Films", "produces", "Glasshouse"), ("Harbour Films", "produces", "Moonfall"),
        ("Harbour Films", "produces", "Red Harbour")}


def test_a_list_noun_such_as_with_no_owner_is_no_companys(facts_of):
    # Twin: "dramas such as A" after a verb of wanting credits no one.
    facts = facts_of("Harbour Films said it wants dramas such as Glasshouse and Moonfall.")
    assert only(facts, "produces", "distributes") == set()


def test_a_person_who_worked_on_a_work_is_known_for_it(facts_of):
    # "A worked on X for Y": a plain past "worked on" names A's credit as "has worked on" does
    # (and the company it was made for is no employer: test_past_posts_negative_twins).
    facts = facts_of("Dana Whitfield worked on Glasshouse for Tidewater Media.")
    assert only(facts, "knownFor", "employedBy") == {("Dana Whitfield", "knownFor", "Glasshouse")}


def test_working_on_a_deal_is_no_credit(facts_of):
    # Twin: what was worked on is no work.
    assert not only(facts_of("Dana Whitfield worked on the merger for two years."), "knownFor")


def test_a_company_verb_with_a_list_of_works(facts_of):
    facts = facts_of('Harbour Films has released "Glasshouse," "Moonfall" and "Red Harbour" in Germany.')
    assert only(facts, "distributes") == {("Harbour Films", "distributes", "Glasshouse"),
                                          ("Harbour Films", "distributes", "Moonfall"),
                                          ("Harbour Films", "distributes", "Red Harbour")}


def test_a_company_that_plans_a_release_has_released_nothing(facts_of):
    facts = facts_of('Harbour Films is reportedly planning to release "Glasshouse" in Germany.')
    assert only(facts, "distributes") == set()


def test_titles_between_a_company_and_names(facts_of):
    facts = facts_of("Harbour Pictures was founded in 2007 by its CEO Maria Lopez and managing director David Chen.")
    assert only(facts, "employedBy", "role") == {
        ("Maria Lopez", "employedBy", "Harbour Pictures"), ("Maria Lopez", "role", "CEO"),
        ("David Chen", "employedBy", "Harbour Pictures"), ("David Chen", "role", "managing director")}


def test_a_title_without_a_company_gives_no_employer(facts_of):
    facts = facts_of("The panel was led by chief executive Maria Lopez and producer David Chen.")
    assert only(facts, "employedBy") == set()


def test_a_shooting_company_produces_the_works_it_shoots(facts_of):
    facts = facts_of("Harbour Pictures has started shooting Glasshouse at its stages in Leeds.")
    assert ("Harbour Pictures", "produces", "Glasshouse") in facts


def test_a_parenthesis_after_a_comma_list_is_the_last_persons(facts_of):
    facts = facts_of('Executive producers include Maria Lopez, David Chen, Anna Berg ("Glasshouse") and Tom Hale.')
    assert only(facts, "knownFor") == {("Anna Berg", "knownFor", "Glasshouse")}


def test_a_parenthesis_after_a_pair_is_shared(facts_of):
    facts = facts_of('It comes from writers Maria Lopez and David Chen ("Glasshouse," "Moonfall").')
    assert only(facts, "knownFor") == {("Maria Lopez", "knownFor", "Glasshouse"), ("Maria Lopez", "knownFor", "Moonfall"),
                                       ("David Chen", "knownFor", "Glasshouse"), ("David Chen", "knownFor", "Moonfall")}


def test_a_co_production_between_companies(facts_of):
    facts = facts_of("Glasshouse is a co-production between Harbour Pictures, Tidewater Media and Vale Productions.")
    assert only(facts, "produces") == {("Harbour Pictures", "produces", "Glasshouse"),
                                       ("Tidewater Media", "produces", "Glasshouse"),
                                       ("Vale Productions", "produces", "Glasshouse")}


def test_a_rumoured_co_production_is_no_fact(facts_of):
    facts = facts_of("Glasshouse is reportedly a co-production between Harbour Pictures and Tidewater Media.")
    assert only(facts, "produces") == set()


def test_a_work_that_airs_on_two_channels(facts_of):
    facts = facts_of("The drama Glasshouse airs on BBC One and ITV1 in the autumn.")
    assert only(facts, "distributes") == {("BBC One", "distributes", "Glasshouse"), ("ITV1", "distributes", "Glasshouse")}


@pytest.mark.parametrize("text", [
    "The drama Glasshouse airs on BBC One in the UK and on Netflix in Japan.",
    "The drama Glasshouse airs on BBC One and on Netflix.",
])
def test_a_channel_list_goes_on_past_territories_and_a_repeated_on(facts_of, text):
    assert only(facts_of(text), "distributes") == {("BBC One", "distributes", "Glasshouse"), ("Netflix", "distributes", "Glasshouse")}


@pytest.mark.parametrize("text", [
    "The drama Glasshouse is a co-commission between HBO and Channel 4.",
    "The animated series Glasshouse is made for HBO in the US and Channel 4 in the UK.",
])
def test_the_channels_a_work_is_commissioned_or_made_for_produce_it(facts_of, text):
    assert only(facts_of(text), "produces") == {("HBO", "produces", "Glasshouse"), ("Channel 4", "produces", "Glasshouse")}


def test_a_territory_list_after_a_channel_names_no_more_channels(facts_of):
    # Twin: places after "in" are territories of the one channel, not channels.
    assert only(facts_of("The drama Glasshouse airs on BBC One in the UK and Ireland."), "distributes") == {
        ("BBC One", "distributes", "Glasshouse")}


def test_a_characters_description_with_and_names_no_player(facts_of):
    # "as poet and agitator Ivan Petrov": the "and" joins two words of the part, not two players.
    text = "The drama Copperhead stars Mara Quill as late poet and political agitator Ivan Petrov."
    assert {f for f in facts_of(text) if f[1] == "starring"} == {("Copperhead", "starring", "Mara Quill")}


@pytest.mark.parametrize("text, makers", [
    ("The comedy Glasshouse is produced by Harbour Group's Lumen Pictures.", {"Lumen Pictures"}),
    ("The comedy Glasshouse is produced by Redline Media and Harbour Group's Lumen Pictures.", {"Redline Media", "Lumen Pictures"}),
    # Twin: two companies, no owner between.
    ("The comedy Glasshouse is produced by Lumen Pictures and Harbour Group.", {"Lumen Pictures", "Harbour Group"}),
])
def test_the_owner_of_a_producing_company_produces_nothing(facts_of, text, makers):
    assert {f[0] for f in only(facts_of(text), "produces")} == makers


def test_a_cast_list_goes_on_past_each_character(facts_of):
    text = "Orchard Street has ordered the drama Copperhead. The series stars Mara Quill as a detective and Lena Marsh as a reporter."
    assert {f for f in facts_of(text) if f[1] == "starring"} == {
        ("Copperhead", "starring", "Mara Quill"), ("Copperhead", "starring", "Lena Marsh")}


def test_a_name_that_opens_a_new_clause_is_not_in_the_cast_list(facts_of):
    # Negative twin: Lena Marsh directs; she is not in the cast.
    text = "Orchard Street has ordered the drama Copperhead. The series stars Mara Quill as a detective, and Lena Marsh directs."
    assert ("Copperhead", "starring", "Lena Marsh") not in facts_of(text)
    assert ("Copperhead", "starring", "Mara Quill") in facts_of(text)


def test_a_passive_release_or_pickup_credits_the_by_agent(facts_of):
    assert ("Harbour Films", "distributes", "Copperhead") in facts_of(
        "The comedy Copperhead will be released in Germany by Harbour Films.")
    assert ("Fenwick Distribution", "acquires", "Low Tide") in facts_of(
        "The drama Low Tide was picked up by Fenwick Distribution.")


def test_a_hedged_passive_pickup_gives_no_fact(facts_of):
    assert not {f for f in facts_of("The drama Low Tide is expected to be picked up by Fenwick Distribution.")
                if f[1] in ("acquires", "distributes")}


EP_ORDER = "Orchard Street has ordered the drama Copperhead from Fenwick Studios. "


def executive_producers(facts):
    return {o for s, p, o in facts if p == "executiveProducer" and s == "Copperhead"}


@pytest.mark.parametrize("sentence, people", [
    ("Ada Stone executive produces with Paul Vance.", {"Ada Stone", "Paul Vance"}),
    ("Sam Bright exec produces for the streamer.", {"Sam Bright"}),
    ("Copperhead is written by Lena Marsh, who also executive produces.", {"Lena Marsh"}),
])
def test_executive_producer_forms(facts_of, sentence, people):
    assert executive_producers(facts_of(EP_ORDER + sentence)) == people


def test_executive_produces_is_no_job_title(facts_of):
    # "executive" opens the verb here: Paul Vance does not work for Ada Stone.
    assert not {f for f in facts_of(EP_ORDER + "Ada Stone executive produces with Paul Vance.") if f[1] == "employedBy"}


# --- credits branch: a script or story "by" someone, executive producers stated by a copula ---
def test_directed_from_a_script_by_credits_the_writer(facts_of):
    facts = facts_of("The thriller Lantern is directed by Tom Hale from a script by Rita Combs.")
    assert only(facts, "directedBy", "writtenBy") == {
        ("Lantern", "directedBy", "Tom Hale"), ("Lantern", "writtenBy", "Rita Combs")}


def test_an_original_story_by_two_writers(facts_of):
    facts = facts_of("Harbour Films is making the thriller Lantern, based on an original story by Tom Hale and Rita Combs.")
    assert only(facts, "writtenBy") == {("Lantern", "writtenBy", "Tom Hale"), ("Lantern", "writtenBy", "Rita Combs")}


def test_a_rumoured_script_gives_no_writer(facts_of):
    facts = facts_of("The thriller Lantern will reportedly be directed by Tom Hale from a script by Rita Combs.")
    assert only(facts, "directedBy", "writtenBy") == set()


@pytest.mark.parametrize("sentence, people", [
    ("Tom Hale, Rita Combs and Omar Reyes are all executive producers.", {"Tom Hale", "Rita Combs", "Omar Reyes"}),
    ("Tom Hale is also an EP.", {"Tom Hale"}),
    ("Tom Hale will exec produce alongside Rita Combs.", {"Tom Hale", "Rita Combs"}),
])
def test_executive_producers_stated_by_a_copula(facts_of, sentence, people):
    facts = facts_of("Harbour Films is making the drama Lantern. " + sentence)
    assert {o for s, p, o in facts if p == "executiveProducer" and s == "Lantern"} == people


@pytest.mark.parametrize("sentence", [
    "Tom Hale is an executive producer at Harbour Films.",  # a job title, not a credit
    "Tom Hale is not an executive producer.",  # denied
])
def test_an_executive_producer_job_or_denial_is_no_credit(facts_of, sentence):
    facts = facts_of("Harbour Films is making the drama Lantern. " + sentence)
    assert not only(facts, "executiveProducer")


def test_a_work_in_a_relative_clause_is_not_the_credited_one(facts_of):
    facts = facts_of("Harbour Films is making the drama Lantern. Tom Hale, who created Moonfall, "
                     "will make his debut from a screenplay by Rita Combs.")
    assert only(facts, "writtenBy") == {("Lantern", "writtenBy", "Rita Combs")}


def test_a_possessive_owner_ends_a_cast_list(facts_of):
    # "featuring A and B, C's “Y”": C owns the next title in the roundup, not a cast member of X.
    facts = facts_of("Other titles include Ana Ruiz\u2019s \u201cLow Tide,\u201d featuring Mara Quill and Tomas Reyne, "
                     "Lena Marsh\u2019s \u201cCopperhead,\u201d and Omar Diaz\u2019s \u201cSaltmarsh.\u201d")
    assert {f for f in facts if f[1] == "starring"} == {("Low Tide", "starring", "Mara Quill"),
                                                        ("Low Tide", "starring", "Tomas Reyne")}


def test_a_co_production_between_companies_makes_them_partners(facts_of):
    facts = facts_of("\u201cSaltmarsh\u201d is a co-production between Harbour Films and Copperline Studios.")
    assert only(facts, "partnersWith") == {("Harbour Films", "partnersWith", "Copperline Studios")}
    assert only(facts, "produces") == {("Harbour Films", "produces", "Saltmarsh"), ("Copperline Studios", "produces", "Saltmarsh")}


def test_a_co_production_of_three_companies_makes_no_pair_partners(facts_of):
    # A producers' list of three states each one's production, not a partnership between any two.
    facts = facts_of("\u201cSaltmarsh\u201d is a co-production of Harbour Films, Copperline Studios and Brisa Films.")
    assert only(facts, "partnersWith") == set()
    assert only(facts, "produces") == {("Harbour Films", "produces", "Saltmarsh"), ("Copperline Studios", "produces", "Saltmarsh"),
                                       ("Brisa Films", "produces", "Saltmarsh")}


def test_companies_that_co_produce_are_partners(facts_of):
    facts = facts_of("Harbour Films and Copperline Studios co-produce the drama \u201cSaltmarsh\u201d.")
    assert only(facts, "partnersWith") == {("Harbour Films", "partnersWith", "Copperline Studios")}


def test_companies_co_producing_an_unquoted_drama_produce_it(facts_of):
    # The parser may hang the title after "the drama" off the copula; the title names the drama.
    facts = facts_of("Harbour Films and Copperline Studios are co-producing the drama Saltmarsh.")
    assert only(facts, "produces") == {("Harbour Films", "produces", "Saltmarsh"), ("Copperline Studios", "produces", "Saltmarsh")}


def test_a_company_that_finances_and_co_produces_produces(facts_of):
    # "co-finance and co-produce": the company list is the subject of the first joined verb.
    facts = facts_of("Copperline Studios will co-finance and co-produce the drama Saltmarsh.")
    assert only(facts, "produces") == {("Copperline Studios", "produces", "Saltmarsh")}


@pytest.mark.parametrize("sentence", ["Copperline Studios has boarded the drama Saltmarsh as co-producer.",
                                      "Copperline Studios has boarded Saltmarsh, the debut of Tom Reyes."])
def test_a_company_that_boards_a_project_produces_it(facts_of, sentence):
    # A company boarding a project joins in making it.
    assert only(facts_of(sentence), "produces") == {("Copperline Studios", "produces", "Saltmarsh")}


@pytest.mark.parametrize("sentence", ["Copperline Studios has boarded international sales on the drama Saltmarsh.",
                                      "Copperline Studios has boarded the drama Saltmarsh as sales agent.",
                                      "Copperline Studios is in talks to board the drama Saltmarsh."])
def test_a_company_that_boards_sales_or_may_board_does_not_produce(facts_of, sentence):
    # Twins: boarding a work's sales is selling it; talks are no deal.
    assert only(facts_of(sentence), "produces") == set()


def test_a_company_that_finances_and_distributes_does_not_produce(facts_of):
    # The negative twin: financing joined to another verb than a making one.
    facts = facts_of("Copperline Studios will co-finance and distribute the drama Saltmarsh.")
    assert ("Copperline Studios", "produces", "Saltmarsh") not in only(facts, "produces")


def test_companies_making_something_for_a_drama_do_not_produce_it(facts_of):
    # The negative twin: the work noun is no object of the verb.
    facts = facts_of("Harbour Films and Copperline Studios produce posters for the drama Saltmarsh.")
    assert only(facts, "produces") == set()


def test_a_plain_produced_by_list_makes_no_partners(facts_of):
    facts = facts_of("\u201cSaltmarsh\u201d is produced by Harbour Films and Copperline Studios.")
    assert only(facts, "partnersWith") == set()


def test_talks_to_co_produce_make_no_partners(facts_of):
    facts = facts_of("Harbour Films and Copperline Studios are in talks to co-produce the drama \u201cSaltmarsh\u201d.")
    assert only(facts, "partnersWith", "produces") == set()


def test_a_semicolon_list_of_a_companys_works_runs_to_the_sentence_end(facts_of):
    # works helper: items parted by semicolons carry their own descriptions.
    facts = facts_of("Harbour Films' productions include “Low Tide” for the BBC; Saltmarsh, a detective "
                     "series; and the thriller Nine Rivers.")
    assert {w for s, _, w in only(facts, "produces") if s == "Harbour Films"} == {"Low Tide", "Saltmarsh", "Nine Rivers"}


def test_a_comma_list_of_works_stops_at_its_last_item(facts_of):
    # Negative twin: without semicolons the list ends where the names stop.
    facts = facts_of("Harbour Films' productions include Tidewater and Red Harbour, and its founder is now writing "
                     "the thriller Nine Rivers.")
    assert ("Harbour Films", "produces", "Nine Rivers") not in only(facts, "produces")


# cast4: a credit verb's partners after its object, and credit verbs coordinated after one subject list.
@pytest.mark.parametrize("sentence, people", [
    ("Tom Hale will executive produce the series alongside Rita Combs and Omar Reyes.", {"Tom Hale", "Rita Combs", "Omar Reyes"}),
    ("Tom Hale is executive producing Lantern, along with Rita Combs.", {"Tom Hale", "Rita Combs"}),
    ("Tom Hale and Rita Combs are writing and executive producing the series.", {"Tom Hale", "Rita Combs"}),
    # "together with", "as well as" join partners as "along with" does; the banner the credit goes
    # "via" may stand before them.
    ("Tom Hale and Omar Reyes executive produce Lantern, together with Rita Combs.", {"Tom Hale", "Omar Reyes", "Rita Combs"}),
    ("Tom Hale and Omar Reyes executive produce Lantern via Copperline Films, together with Rita Combs.", {"Tom Hale", "Omar Reyes", "Rita Combs"}),
    # partners after a passive agent
    ("Lantern is executive produced by Tom Hale alongside Rita Combs.", {"Tom Hale", "Rita Combs"}),
])
def test_executive_producers_after_an_object_or_a_coordinated_verb(facts_of, sentence, people):
    facts = facts_of("Harbour Films is making the drama Lantern. " + sentence)
    assert {o for s, p, o in facts if p == "executiveProducer" and s == "Lantern"} == people


def test_coordinated_writing_credit_keeps_its_writers(facts_of):
    facts = facts_of("Harbour Films is making the drama Lantern. Tom Hale and Rita Combs are writing and executive producing the series.")
    assert only(facts, "writtenBy") == {("Lantern", "writtenBy", "Tom Hale"), ("Lantern", "writtenBy", "Rita Combs")}


@pytest.mark.parametrize("sentence, people", [
    # "with" here opens a phrase about the show, not a partner in the credit
    ("Tom Hale will executive produce the series with a writers room led by Rita Combs.", {"Tom Hale"}),
    # a second subject for the second verb: the first list does not carry over
    ("Tom Hale is writing the series and Rita Combs is executive producing.", {"Rita Combs"}),
    # hedged
    ("Tom Hale is reportedly executive producing the series, along with Rita Combs.", set()),
    # a partner with a job of their own ("with C directing") shares no credit
    ("Lantern is executive produced by Tom Hale alongside Rita Combs directing.", {"Tom Hale"}),
    ("Lantern is executive produced by Tom Hale, with Rita Combs directing.", {"Tom Hale"}),
])
def test_no_partner_credit_without_a_shared_verb(facts_of, sentence, people):
    facts = facts_of("Harbour Films is making the drama Lantern. " + sentence)
    assert {o for s, p, o in facts if p == "executiveProducer" and s == "Lantern"} == people


# cast4: "joins executive producers A and B": the people joined hold the credit.
def test_joining_executive_producers_credits_them(facts_of):
    facts = facts_of("Harbour Films is making the drama Lantern. Tom Hale will direct the series and joins executive producers "
                     "Sarah Jones and Omar Reyes.")
    assert only(facts, "executiveProducer") == {("Lantern", "executiveProducer", "Sarah Jones"),
                                                ("Lantern", "executiveProducer", "Omar Reyes")}


def test_joining_a_company_of_producers_is_no_credit(facts_of):
    facts = facts_of("Harbour Films is making the drama Lantern. Tom Hale joins Sky Studios as head of drama.")
    assert only(facts, "executiveProducer", "producer") == set()


# cast4: participles coordinated before "executive produced by A" share its agent.
def test_coordinated_participles_before_executive_produced_by(facts_of):
    facts = facts_of("Sky has ordered \u201cLantern\u201d, a comedy starring, co-written, directed and executive produced by Tom Hale.")
    assert only(facts, "starring", "writtenBy", "directedBy", "executiveProducer") == {
        ("Lantern", "starring", "Tom Hale"), ("Lantern", "writtenBy", "Tom Hale"),
        ("Lantern", "directedBy", "Tom Hale"), ("Lantern", "executiveProducer", "Tom Hale")}


def test_an_uncredited_participle_is_passed_over(facts_of):
    facts = facts_of("Sky has ordered the drama \u201cLantern\u201d, created, written and executive produced by Tom Hale.")
    assert only(facts, "writtenBy", "executiveProducer", "directedBy") == {
        ("Lantern", "writtenBy", "Tom Hale"), ("Lantern", "executiveProducer", "Tom Hale")}


def test_a_separate_agent_is_not_shared(facts_of):
    facts = facts_of("Sky has ordered the drama \u201cLantern\u201d, starring Sarah Jones and directed by Tom Hale.")
    assert only(facts, "starring", "directedBy") == {("Lantern", "starring", "Sarah Jones"), ("Lantern", "directedBy", "Tom Hale")}


# A title right before a crew noun and a name is that person's calling card ("Ember showrunners A
# and B"), even when the noun is plural or the small model tags it a verb; it is never the work
# another credit of the sentence is about.
def test_a_crew_epithet_title_is_not_the_work_a_verb_acts_on(facts_of):
    facts = facts_of('Netflix has ordered "Glasshouse," a drama series, with "Moonfall" showrunners Jane Roe '
                     'and Tom Hale producing.')
    assert only(facts, "produces", "producer") == {
        ("Netflix", "produces", "Glasshouse"), ("Glasshouse", "producer", "Jane Roe"),
        ("Glasshouse", "producer", "Tom Hale")}
    assert ("Jane Roe", "knownFor", "Moonfall") in facts


def test_a_plural_crew_epithet_keeps_the_series_off_the_calling_card(facts_of):
    facts = facts_of('"Moonfall" creators Jane Roe and Tom Hale have added a new drama to their Netflix slate. '
                     'The series is written by Jane Roe.')
    assert only(facts, "writtenBy", "starring", "executiveProducer") == set()
    assert ("Jane Roe", "knownFor", "Moonfall") in facts


def test_a_title_introduced_with_its_creators_keeps_its_credits(facts_of):
    facts = facts_of('"Moonfall," a drama from creators Jane Roe and Tom Hale, is coming to Netflix. '
                     'The series is written by Jane Roe.')
    assert only(facts, "writtenBy") == {("Moonfall", "writtenBy", "Jane Roe")}


def test_coordinated_titles_share_the_epithet(facts_of):
    # "A and B director X": the credit noun heads the whole coordinated list, so X directed both.
    facts = facts_of('"Red Harbour" and "Moonfall" director Ana Ruiz will direct "Glasshouse," the new drama series from Netflix.')
    assert only(facts, "directedBy") == {("Red Harbour", "directedBy", "Ana Ruiz"), ("Moonfall", "directedBy", "Ana Ruiz"),
                                         ("Glasshouse", "directedBy", "Ana Ruiz")}
    assert ("Ana Ruiz", "knownFor", "Red Harbour") in facts


def test_coordinated_titles_a_verb_acts_on_are_credited(facts_of):
    facts = facts_of('The dramas "Red Harbour" and "Moonfall" will be directed by Ana Ruiz.')
    assert only(facts, "directedBy") == {("Red Harbour", "directedBy", "Ana Ruiz"), ("Moonfall", "directedBy", "Ana Ruiz")}


def test_an_epithet_in_apposition_to_a_name_is_a_calling_card(facts_of):
    facts = facts_of('The series stars Jane Roe, the "Moonfall" executive producer who now runs Harbour Films.')
    assert only(facts, "starring") == set()
    assert ("Jane Roe", "knownFor", "Moonfall") in facts


def test_a_cast_list_that_opens_the_sentence_still_credits_its_title(facts_of):
    facts = facts_of('Starring Jane Roe and Tom Hale, "Moonfall" follows two sisters.')
    assert only(facts, "starring") == {("Moonfall", "starring", "Jane Roe"), ("Moonfall", "starring", "Tom Hale")}


def _parsed(words, heads, deps, tags, pos, entities):
    import spacy
    from spacy.tokens import Doc

    import mediakg.extract.document  # noqa: F401  (registers the token extensions)
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    for i, (key, kind) in entities.items():
        doc[i]._.mkg_entity, doc[i]._.mkg_kind = key, kind
    return doc


# "Other titles include The Teacher starring A": the list's participle hangs on a capitalised name
# no entity covers (a title the finders missed), so the article's work does not take the cast.
def test_a_cast_list_on_a_missed_title_is_not_the_articles(facts_of, missed_title_parse):
    from mediakg.extract.relations.constructions import credit_lists

    p = missed_title_parse
    missed = _parsed(p["words"], p["heads"], p["deps"], p["tags"], p["pos"], {0: ("w1", "work"), 11: ("p1", "person")})
    assert list(credit_lists(missed, salient_work="w1")) == []
    # "... include the drama starring A", the drama being Glasshouse: the list is its cast.
    words = [*p["words"][:8], "the", "drama", *p["words"][10:]]  # a copy: the fixture is shared
    found = _parsed(words, p["heads"], p["deps"], p["tags"], p["pos"], {0: ("w1", "work"), 9: ("w1", "work"), 11: ("p1", "person")})
    assert {(f.subject, f.predicate, f.object) for f in credit_lists(found, salient_work="w1")} == {("w1", "starring", "p1")}


# "X, the sequel to Y, stars A": Y sits in an apposition describing X, and the credit after it is X's.
def test_a_title_inside_an_apposition_of_the_work_is_not_credited(facts_of):
    facts = facts_of('"Moonfall," the sequel to the 2019 hit "Glasshouse," stars Jane Roe and Tom Hale.')
    assert only(facts, "starring") == {("Moonfall", "starring", "Jane Roe"), ("Moonfall", "starring", "Tom Hale")}


def test_an_apposition_without_a_title_keeps_the_credit(facts_of):
    facts = facts_of('"Moonfall," the 2019 hit, stars Jane Roe and Tom Hale.')
    assert only(facts, "starring") == {("Moonfall", "starring", "Jane Roe"), ("Moonfall", "starring", "Tom Hale")}


# --- probeB: a company's possessive title with a lower-case department, or "managing" ---
@pytest.mark.parametrize("sentence, role", [
    ("Netflix's managing director Maria Lopez will oversee the deal.", "managing director"),
    ("Netflix's head of drama Maria Lopez will oversee the deal.", "head of drama"),
    ("Netflix's head of unscripted content Maria Lopez will oversee the deal.", "head of unscripted content"),
    ("Netflix's president of programming Maria Lopez said the deal was a coup.", "president of programming"),
])
def test_a_possessive_title_with_its_department(facts_of, sentence, role):
    assert only(facts_of(sentence), "employedBy", "role") == {
        ("Maria Lopez", "employedBy", "Netflix"), ("Maria Lopez", "role", role)}


# --- "Lumen Pictures co-founders A and B": a plural title before a list holds for each name ---
@pytest.mark.parametrize("sentence, expected", [
    ("Lumen Pictures co-founders Maria Lopez and Jo Lane will remain at the company.",
     {("Maria Lopez", "employedBy", "Lumen Pictures"), ("Maria Lopez", "role", "co-founder"),
      ("Jo Lane", "employedBy", "Lumen Pictures"), ("Jo Lane", "role", "co-founder")}),
    ("Lumen Pictures co-founder Maria Lopez will remain.",
     {("Maria Lopez", "employedBy", "Lumen Pictures"), ("Maria Lopez", "role", "co-founder")}),
])
def test_a_plural_or_co_title_before_names(facts_of, sentence, expected):
    assert only(facts_of(sentence), "employedBy", "role") == expected


def test_a_singular_title_before_a_list_holds_for_its_first_name_only(facts_of):
    # Twin: "chairman A and B": one chairman; B is only listed with A.
    facts = facts_of("Lumen Pictures chairman Maria Lopez and Jo Lane will remain.")
    assert ("Jo Lane", "employedBy", "Lumen Pictures") not in only(facts, "employedBy")


@pytest.mark.parametrize("sentence", [
    "Netflix's film about head of state Maria Lopez will premiere in May.",  # the subject of a work
    "Netflix's series about the life of singer Maria Lopez will premiere in May.",
    "Netflix reportedly wants its head of drama Maria Lopez to run the London office.",  # hedged
])
def test_no_possessive_title_across_a_work_or_hedge(facts_of, sentence):
    assert only(facts_of(sentence), "employedBy") == set()


CORP = ("produces", "owns", "distributes", "acquires")


@pytest.mark.parametrize("text, expected", [
    # probeD: a company's productions are what it made ...
    ("Lanternfish Pictures' productions include \u201cBrass Meadow\u201d and \u201cThe Tin Orchard\u201d.",
     {("Lanternfish Pictures", "produces", "Brass Meadow"), ("Lanternfish Pictures", "produces", "The Tin Orchard")}),
    # ... its library or catalogue what it owns, made by it or bought ...
    ("Lanternfish Pictures' library includes \u201cBrass Meadow\u201d and \u201cThe Tin Orchard\u201d.",
     {("Lanternfish Pictures", "owns", "Brass Meadow"), ("Lanternfish Pictures", "owns", "The Tin Orchard")}),
    ("Lanternfish Pictures' catalogue includes \u201cBrass Meadow\u201d and \u201cRed Kite\u201d.",
     {("Lanternfish Pictures", "owns", "Brass Meadow"), ("Lanternfish Pictures", "owns", "Red Kite")}),
    # ... its releases what it distributed ...
    ("Lanternfish Pictures' recent releases include \u201cBrass Meadow\u201d and \u201cRed Kite\u201d.",
     {("Lanternfish Pictures", "distributes", "Brass Meadow"), ("Lanternfish Pictures", "distributes", "Red Kite")}),
    # ... and its sales slate what it sells on others' behalf: no making, no fact.
    ("Lanternfish Pictures' sales slate includes \u201cBrass Meadow\u201d and \u201cThe Tin Orchard\u201d.", set()),
])
def test_a_company_list_says_what_it_did_with_the_works(facts_of, text, expected):
    assert only(facts_of(text), *CORP) == expected


@pytest.mark.parametrize("text", [
    # The works of an apposition's "behind" phrase describe the company bought, not what was bought.
    "Keel Media has acquired Harbour Films, the outfit behind the dramas Salt Road and Glass Harbour.",
    "Keel Media has bought Harbour Films, the company behind Salt Road and Glass Harbour.",
])
def test_a_company_bought_with_its_works_in_apposition_is_what_was_bought(facts_of, text):
    facts = facts_of(text)
    assert {f for f in facts if f[1] == "acquires"} == {("Keel Media", "acquires", "Harbour Films")}
    assert ("Keel Media", "produces", "Salt Road") not in facts


def test_works_bought_outright_are_still_acquired(facts_of):
    facts = facts_of("Keel Media has acquired the dramas Salt Road and Glass Harbour.")
    assert {f for f in facts if f[1] == "acquires"} == {
        ("Keel Media", "acquires", "Salt Road"), ("Keel Media", "acquires", "Glass Harbour")}


@pytest.mark.parametrize("text", [
    # Performers on music, or the guests of one episode, are no cast of the work.
    "Dana Vale directed the thriller Salt Road, which has a soundtrack featuring Mara Quinn and Tom Reyes.",
    "Salt Road has an original score featuring Mara Quinn and Tom Reyes.",
    "The Salt Road episode featuring Mara Quinn and Tom Reyes aired in May.",
])
def test_featuring_after_a_music_or_episode_noun_is_no_cast(facts_of, text):
    assert not {f for f in facts_of(text) if f[1] == "starring"}


def test_featuring_after_a_work_is_its_cast(facts_of):
    assert {f for f in facts_of("Keel Media has released the thriller Salt Road, featuring Mara Quinn and Tom Reyes.")
            if f[1] == "starring"} == {("Salt Road", "starring", "Mara Quinn"), ("Salt Road", "starring", "Tom Reyes")}


def test_a_parenthesis_after_two_names_is_the_second_ones_when_the_first_has_an_epithet(facts_of):
    # "“X” alum A and B (Y)": A is introduced by her own calling card, Y is B's.
    facts = facts_of("\u201cSalt Road\u201d alum Dana Vale and Mara Quinn (\u201cGlass Harbour\u201d) will star in the drama \u201cTern\u201d.")
    assert only(facts, "knownFor") == {("Dana Vale", "knownFor", "Salt Road"), ("Mara Quinn", "knownFor", "Glass Harbour")}


def test_a_parenthesis_after_two_bare_names_is_shared(facts_of):
    facts = facts_of("Dana Vale and Mara Quinn (\u201cGlass Harbour\u201d) will star in the drama \u201cTern\u201d.")
    assert only(facts, "knownFor") == {("Dana Vale", "knownFor", "Glass Harbour"), ("Mara Quinn", "knownFor", "Glass Harbour")}


ROUNDUP = ("Keel Media has ordered the drama \u201cSalt Road\u201d. Dana Vale writes with Tom Reyes.\n\n"
           "\u201cCold Water\u201d, a thriller, has also been ordered by Harbour Films. The six-part series follows a detective. Lena Cho stars.\n\n")


def test_a_paragraph_without_a_title_goes_on_with_the_item_before_it(facts_of):
    # A round-up item runs over two paragraphs: the second's credits are the item's title's.
    facts = facts_of(ROUNDUP + "Mara Quinn directs. Tern Pictures produces.")
    assert ("Cold Water", "directedBy", "Mara Quinn") in facts
    assert ("Salt Road", "directedBy", "Mara Quinn") not in facts
    assert ("Tern Pictures", "produces", "Cold Water") in facts


def test_a_paragraph_after_the_articles_own_work_keeps_it(facts_of):
    # Negative twin: the paragraph before is about the article's work, which the credit stays with.
    facts = facts_of("Keel Media has ordered the drama \u201cSalt Road\u201d. Dana Vale writes with Tom Reyes. "
                     "\u201cSalt Road\u201d follows a detective.\n\n\u201cSalt Road\u201d shoots in Leeds.\n\nMara Quinn directs.")
    assert ("Salt Road", "directedBy", "Mara Quinn") in facts


def test_a_paragraph_after_one_that_names_a_title_in_passing_keeps_the_articles_work(facts_of):
    # Twin: "The drama was one of the “Ten Best Shows”" heads no item of its own.
    facts = facts_of("Keel Media has ordered the drama \u201cSalt Road\u201d. Dana Vale writes with Tom Reyes.\n\n"
                     "The drama was named one of the \u201cTen Best Shows of 2024\u201d by critics.\n\n"
                     "The shoot starts in May. Mara Quinn directs.")
    assert ("Ten Best Shows of 2024", "directedBy", "Mara Quinn") not in facts
    assert ("Salt Road", "directedBy", "Mara Quinn") in facts


def test_a_filmmakers_name_the_ner_calls_a_company_makes_no_production(facts_of):
    # "Ridley Scott's “Kingdom of Heaven”": a full name only the NER calls a company is as often
    # a filmmaker's; no production is read from it.
    assert not only(facts_of("He shot big films such as Ridley Scott's \u201cKingdom of Heaven.\u201d"), "produces")


def test_a_known_or_worded_companys_possessive_title_is_its_production(facts_of):
    # Twin: a company word or a known company.
    assert only(facts_of("Critics loved Lookout Point's A Suitable Boy."), "produces") == {("Lookout Point", "produces", "A Suitable Boy")}
    assert only(facts_of("Critics loved Comedy Central's Key & Peele."), "produces") == {("Comedy Central", "produces", "Key & Peele")}


def test_a_companys_possessive_quoted_title_is_its_production(facts_of):
    assert only(facts_of("Critics loved HBO's \u201cTidewater\u201d last year."), "produces") == {("HBO", "produces", "Tidewater")}


def test_a_possessive_quoted_slogan_before_a_strategy_is_no_title(facts_of):
    # Negative twin: the quoted words qualify "strategy" with the words coordinated after them.
    facts = facts_of("The deal is likely to shape Harbour Films\u2019 \u201cStory Always\u201d and local-language strategy.")
    assert not only(facts, "produces")


def test_an_absolute_with_clause_keeps_its_object_for_its_own_subject(facts_of):
    facts = facts_of("Harbour Films has picked up North American rights to the drama Salt Road, "
                     "with Orchard Street acquiring the comedy Copperhead.")
    assert only(facts, "acquires") == {("Harbour Films", "acquires", "Salt Road"),
                                       ("Orchard Street", "acquires", "Copperhead")}


def test_a_with_phrase_without_its_own_subject_still_names_an_object(facts_of):
    # Twin: no second buyer in the "with" phrase, so both titles stay the one buyer's.
    facts = facts_of("Harbour Films has acquired the drama Salt Road and the comedy Copperhead.")
    assert only(facts, "acquires") == {("Harbour Films", "acquires", "Salt Road"), ("Harbour Films", "acquires", "Copperhead")}


def test_an_absolute_with_clause_whose_subject_is_no_known_company(facts_of):
    # The second buyer is an unknown name: the clause's own subject still keeps its object.
    facts = facts_of("Harbour Films has picked up rights to the drama Salt Road, with Zorblat acquiring the comedy Copperhead.")
    assert ("Harbour Films", "acquires", "Copperhead") not in facts
    assert ("Harbour Films", "acquires", "Salt Road") in facts


@pytest.mark.parametrize("sentence", ["Netflix has partnered with the British Broadcasting Corporation to show \u201cSalt Road.\u201d",
                                      "Netflix teamed up with the British Broadcasting Corporation to stream \u201cSalt Road\u201d in Europe."])
def test_companies_teamed_to_show_a_work_both_distribute_it(facts_of, sentence):
    # The infinitive says what the team-up is for: both partners do it.
    assert {f for f in facts_of(sentence) if f[1] == "distributes"} == {
        ("Netflix", "distributes", "Salt Road"), ("British Broadcasting Corporation", "distributes", "Salt Road")}


def test_companies_teamed_on_a_work_say_no_release(facts_of):
    # The twin: "partnered with B on X" says no what, so no release.
    assert {f for f in facts_of("Netflix partnered with the British Broadcasting Corporation on Salt Road.") if f[1] == "distributes"} == set()


def test_a_company_making_works_for_companies_partners_with_each(facts_of):
    # "producing X for A, B and C as well as Y for D": each company made for is a partner.
    facts = facts_of("In recent years Harbour Films has become a leading producer, producing drama series for the BBC, "
                     "ITV and Sky as well as films for Kestrel Pictures.")
    assert {f for f in facts if f[1] == "partnersWith"} == {("Harbour Films", "partnersWith", c) for c in ("BBC", "ITV", "Sky", "Kestrel Pictures")}


@pytest.mark.parametrize("sentence", ["Harbour Films is not producing the series for Netflix.",
                                      "Harbour Films has produced Salt Road for years."])
def test_no_partner_for_a_denied_making_or_a_for_without_a_company(facts_of, sentence):
    # The twins: a denied clause, and a "for" that governs no company.
    assert {f for f in facts_of(sentence) if f[1] == "partnersWith"} == set()

# audit3: a semicolon that opens a clause with a subject of its own ends a person's list.
LUND = ("Harbour Films has acquired U.S. rights to “Salt Road.” The film follows Anna (Mia Lund), a nurse. "
        "Lund is best known for her work in “Glass Towers”; ")


def test_a_semicolon_before_another_subject_ends_the_calling_cards(facts_of):
    facts = facts_of(LUND + "Vale is an Oscar nominee for “Deep Rivers” and was part of the cast of “Long Nights.”")
    assert {f for f in only(facts, "knownFor") if f[0] == "Mia Lund"} == {("Mia Lund", "knownFor", "Glass Towers")}


def test_semicolon_items_without_a_subject_stay_in_the_calling_cards(facts_of):
    # Negative twin: items that carry only their own descriptions still belong to the list.
    facts = facts_of(LUND + "“Deep Rivers,” a detective series; and “Long Nights.”")
    assert {f for f in only(facts, "knownFor") if f[0] == "Mia Lund"} == {
        ("Mia Lund", "knownFor", "Glass Towers"), ("Mia Lund", "knownFor", "Deep Rivers"),
        ("Mia Lund", "knownFor", "Long Nights")}


# audit3: a parenthesis holding only the initials of the name before it is the name's short form.
def test_initials_in_parentheses_are_no_calling_card(facts_of):
    facts = facts_of("The deal covers Harbour Media Berlin GmbH (HMB), which Dana Vale controls.")
    assert only(facts, "knownFor") == set()


def test_a_title_in_capitals_in_parentheses_is_a_calling_card(facts_of):
    # Negative twin: capitals that spell no initials of the name are a title.
    facts = facts_of("The cast includes Alison Reed (GLOW) and Dana Vale (Salt Road).")
    assert only(facts, "knownFor") == {("Alison Reed", "knownFor", "GLOW"), ("Dana Vale", "knownFor", "Salt Road")}


# audit3: a slate sentence lists several projects, each "a <genre> written by P": a credit list
# stops where the next project's indefinite noun phrase opens, and its credits are not the title's.
SLATE = ("Harbour TV has put in development Glasshouse, a mystery drama written and executive produced by Dana Vale, "
         "a family drama written and executive produced by Tom Reed and a chef comedy written by Sam Hale.")


def test_a_slate_credit_list_stops_at_the_next_project(facts_of):
    assert only(facts_of(SLATE), "writtenBy", "executiveProducer") == {
        ("Glasshouse", "writtenBy", "Dana Vale"), ("Glasshouse", "executiveProducer", "Dana Vale")}


def test_a_credit_list_with_an_apposition_to_a_person_goes_on(facts_of):
    # Negative twin: ", an Oscar winner," describes the person before; the list goes on.
    facts = facts_of("Glasshouse is executive produced by Dana Vale, an Oscar winner, and Tom Reed.")
    assert only(facts, "executiveProducer") == {
        ("Glasshouse", "executiveProducer", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Reed")}


def test_a_slashed_slate_credit_stays_with_its_project(facts_of):
    # "written/exec produced by": the slash joins the participles of the next project's credit.
    facts = facts_of("Harbour TV has put in development Glasshouse, a mystery drama written/executive produced by "
                     "Dana Vale, a family drama written/exec produced by Tom Reed and a chef comedy written by Sam Hale.")
    assert ("Glasshouse", "executiveProducer", "Tom Reed") not in facts
    assert ("Glasshouse", "executiveProducer", "Dana Vale") in facts


# "Its films include A": a plain list noun says what the company does with films, which its
# class tells; a distributor's films are its releases, a production company's its productions.
def test_a_distributors_plain_list_is_what_it_distributes(facts_of):
    facts = facts_of("Blue Harbour Releasing is a distributor based in Lyon. Its films include Salt Road and Red Hill.")
    assert only(facts, "distributes") == {("Blue Harbour Releasing", "distributes", "Salt Road"),
                                          ("Blue Harbour Releasing", "distributes", "Red Hill")}
    assert only(facts, "produces") == set()


def test_a_production_companys_plain_list_is_what_it_makes(facts_of):
    facts = facts_of("Harbour Films is a production company based in Lyon. Its films include Salt Road and Red Hill.")
    assert only(facts, "produces") == {("Harbour Films", "produces", "Salt Road"), ("Harbour Films", "produces", "Red Hill")}
    assert only(facts, "distributes") == set()


def test_the_titles_on_a_streamers_slate_are_what_it_distributes(facts_of):
    facts = facts_of("Further Danish titles on Netflix\u2019s slate this year have included \u201cSalt Road\u201d and \u201cRed Hill\u201d.")
    assert only(facts, "distributes") == {("Netflix", "distributes", "Salt Road"), ("Netflix", "distributes", "Red Hill")}
    assert only(facts, "produces") == set()


def test_a_streamers_productions_are_what_it_makes(facts_of):
    # Twin: the list noun says the streamer made them.
    facts = facts_of("Previous Netflix productions in Denmark include \u201cSalt Road\u201d and \u201cRed Hill\u201d.")
    assert only(facts, "produces") == {("Netflix", "produces", "Salt Road"), ("Netflix", "produces", "Red Hill")}


# "Its productions include A" points back to the company last named as a subject, not to the
# company the article is mostly about.
def test_its_list_belongs_to_the_company_last_named_as_subject(facts_of):
    text = ("Kestrel Media has bought Harbour Films. Harbour Films was founded in 2009 by Dana Vale. "
            "Its productions include Salt Road and Red Hill. Kestrel Media will keep the Harbour Films name. "
            "Kestrel Media said the deal closes in May.")
    assert only(facts_of(text), "produces") == {("Harbour Films", "produces", "Salt Road"), ("Harbour Films", "produces", "Red Hill")}


def test_its_list_with_no_company_subject_before_goes_to_the_articles_company(facts_of):
    # Twin: no company was a subject in the sentences before "Its": the article's company it is.
    text = ("Kestrel Media reported strong results. Kestrel Media grew 10%. Dana Vale praised the team. "
            "Its productions include Salt Road and Red Hill.")
    assert only(facts_of(text), "produces") == {("Kestrel Media", "produces", "Salt Road"), ("Kestrel Media", "produces", "Red Hill")}


# "picked up to series", "picked up for a second season": a network ordering (more of) a show.
@pytest.mark.parametrize("sentence", ["The drama Salt Road was picked up to series by HBO.",
                                      "HBO picked up Red Hill, the thriller from Harbour Films, for a second season.",
                                      "HBO has picked up the drama Salt Road for a third season."])
def test_a_season_pickup_is_no_purchase(facts_of, sentence):
    facts = facts_of(sentence)
    assert only(facts, "acquires") == set()
    assert only(facts, "distributes") == set()
    # ... it is the network's order of its own show, as "HBO has renewed X" says.
    assert {f[0] for f in only(facts, "produces")} >= {"HBO"}


def test_a_territory_pickup_is_still_a_purchase(facts_of):
    facts = facts_of("HBO picked up Red Hill, the thriller from Harbour Films, for North America.")
    assert ("HBO", "acquires", "Red Hill") in facts


@pytest.mark.parametrize("sentence, expected", [
    # rel5: "A, known for her role in X, stars in Y": the aside closes at the comma before the
    # main clause, so Y is no calling card
    ("Jane Roe, known for her role in Moonfall, has joined the cast of Glasshouse.",
     {("Jane Roe", "knownFor", "Moonfall")}),
    ("Jane Roe, best known for her turn in Moonfall, stars in Glasshouse.",
     {("Jane Roe", "knownFor", "Moonfall")}),
    # the list goes on past a comma that opens its next item
    ("Jane Roe is known for her roles in Moonfall, the drama Nine Rivers and Red Harbour.",
     {("Jane Roe", "knownFor", "Moonfall"), ("Jane Roe", "knownFor", "Nine Rivers"), ("Jane Roe", "knownFor", "Red Harbour")}),
])
def test_rel5_a_calling_card_aside_ends_before_the_main_clause(facts_of, sentence, expected):
    assert only(facts_of(sentence), "knownFor") == expected


def test_a_possessive_title_before_prequel_is_the_source_not_the_companys_production(facts_of):
    # precision5: the company's work is the prequel named after, not the title it comes from
    facts = facts_of("Lumen Pictures' \u201cEmber Road\u201d prequel \u201cAsh Valley\u201d opened to $12 million this weekend.")
    assert not {f for f in facts if f[0] == "Lumen Pictures" and f[2] == "Ember Road"}


def test_a_possessive_title_with_no_derived_noun_is_the_companys_production(facts_of):
    # negative twin (a production company's name stays its making, box-office line or not)
    facts = facts_of("Lumen Pictures' \u201cEmber Road\u201d opened to $12 million this weekend.")
    assert ("Lumen Pictures", "produces", "Ember Road") in facts


def test_a_possessive_title_before_reboot_is_the_reboots_own_title(facts_of):
    # a reboot or remake carries the title it renews: the company's work is that title
    facts = facts_of("Lumen Pictures' \u201cEmber Road\u201d reboot drew 9 million viewers.")
    assert ("Lumen Pictures", "produces", "Ember Road") in facts


def test_a_library_the_company_will_acquire_is_acquired_not_owned(facts_of):
    # precision5: the titles of a library being bought are not yet the buyer's
    facts = facts_of("Under the agreement, Harbour Films will acquire a library that includes titles such as "
                     "\u201cSalt Road,\u201d \u201cEmber\u201d and \u201cTidewater.\u201d")
    assert only(facts, "owns") == set()
    assert ("Harbour Films", "acquires", "Salt Road") in facts


def test_a_companys_own_library_is_what_it_owns(facts_of):
    # negative twin: no acquisition verb before the library
    facts = facts_of("Harbour Films\u2019 library includes titles such as \u201cSalt Road,\u201d \u201cEmber\u201d and \u201cTidewater.\u201d")
    assert ("Harbour Films", "owns", "Salt Road") in facts


def test_a_title_before_team_of_is_the_groups_calling_card_not_the_credited_work(facts_of):
    # precision5: "the Salt Road team of A, B" says what the team made before; the credits go
    # to the project the article is about
    facts = facts_of("Nova has ordered the comedy Glass Harbor to series. The project is led by the \u201cSalt Road\u201d "
                     "team of Lena Cho, Tom Hale and Ana Ruiz, with Joel Varga executive producing and Nina Sol starring.")
    assert ("Salt Road", "executiveProducer", "Joel Varga") not in facts
    assert ("Salt Road", "starring", "Nina Sol") not in facts
    assert ("Glass Harbor", "executiveProducer", "Joel Varga") in facts


def test_a_title_the_sentence_orders_takes_its_credits(facts_of):
    # negative twin: no group noun, so the title is the credited work
    facts = facts_of("Nova has ordered the comedy \u201cSalt Road\u201d from Lena Cho, Tom Hale and Ana Ruiz, "
                     "with Joel Varga executive producing and Nina Sol starring.")
    assert {("Salt Road", "executiveProducer", "Joel Varga"), ("Salt Road", "starring", "Nina Sol")} <= facts


# "Best Debut went to A for Night Shift, produced by B": the participle phrase after the comma
# describes the capitalised name before it, a title the finders missed, even where the parser hangs
# it on the person; the article's work does not take the credit.
_PRIZE_LEAD = ("Lena Cho's drama \u201cSaltmarsh\u201d won the Golden Gate award at the Lisbon festival on Sunday. "
               "Saltmarsh also took the audience prize.\n\n")


def test_a_credit_after_a_missed_title_and_a_comma_is_not_the_articles(facts_of):
    facts = facts_of(_PRIZE_LEAD + "Best Debut went to Mara Quill for Night Shift, produced by Tomas Reyne "
                     "and backed by the Lisbon Film Fund.\n")
    assert ("Saltmarsh", "producer", "Tomas Reyne") not in facts


def test_a_credit_after_the_articles_title_and_a_comma_is_its(facts_of):
    # Twin: the name before the comma is the article's own title.
    facts = facts_of(_PRIZE_LEAD + "Best Debut went to Mara Quill for Saltmarsh, produced by Tomas Reyne "
                     "and backed by the Lisbon Film Fund.\n")
    assert ("Saltmarsh", "producer", "Tomas Reyne") in facts


def test_writing_credits_include_gives_the_writing_credit_and_the_calling_card(facts_of):
    # tv7: "A's writing credits include HBO's X and NBC's Y"
    facts = facts_of("Dana Kirsch's writing credits include HBO's \u201cSalt Road\u201d and NBC's \u201cGlass Orchard.\u201d")
    assert ("Salt Road", "writtenBy", "Dana Kirsch") in facts and ("Glass Orchard", "writtenBy", "Dana Kirsch") in facts
    assert ("Dana Kirsch", "knownFor", "Salt Road") in facts


def test_plain_credits_include_gives_only_the_calling_card(facts_of):
    # negative twin: "credits" with no kind of credit before it says nothing of the role
    facts = facts_of("Dana Kirsch's credits include HBO's \u201cSalt Road\u201d and NBC's \u201cGlass Orchard.\u201d")
    assert ("Dana Kirsch", "knownFor", "Salt Road") in facts
    assert {f for f in facts if f[1] in ("writtenBy", "directedBy", "producer", "starring")} == set()


def test_a_production_companys_parenthesis_credits_what_it_made(facts_of):
    assert only(facts_of("Tom Hale and Ann Roe of Keel Media (Salt Flats, The Ferryman) are producing."), "produces") == {
        ("Keel Media", "produces", "Salt Flats"), ("Keel Media", "produces", "The Ferryman")}


def test_a_remark_in_a_parenthesis_after_a_company_credits_nothing(facts_of):
    # A lower-case aside that mentions a work is no credit list.
    facts = facts_of("Garvey is the police chief, according to Harbour Films (and not the mayor as in the novel Salt Flats).")
    assert only(facts, "produces") == set()


def test_a_comma_list_of_titles_before_a_credit_noun_shares_the_credit(facts_of):
    facts = facts_of("The Quiet Shore, Sunfall and Red Meridian director Tomas Brandt will direct the drama.")
    assert {("Sunfall", "directedBy", "Tomas Brandt"), ("Red Meridian", "directedBy", "Tomas Brandt")} <= only(facts, "directedBy")


def test_a_title_before_another_persons_epithet_does_not_share_it(facts_of):
    # "A star X and B director Y": A is X's calling card; the list before "director" is B alone.
    facts = facts_of("Sunfall star Ana Ruiz and Red Meridian director Tomas Brandt will team on the drama.")
    assert ("Sunfall", "directedBy", "Tomas Brandt") not in facts
    assert ("Red Meridian", "directedBy", "Tomas Brandt") in facts


def test_a_work_in_a_parenthesis_of_the_object_is_not_what_companies_produce(facts_of):
    facts = facts_of("Keel Media and Orchid Lane Pictures are producing Glass Harbor, the sci-fi pic from Tomas Brandt (Sunfall).")
    assert only(facts, "produces") == {("Keel Media", "produces", "Glass Harbor"), ("Orchid Lane Pictures", "produces", "Glass Harbor")}
    assert ("Tomas Brandt", "knownFor", "Sunfall") in facts


# --- two companies coordinated before one job title (people8) ---
@pytest.mark.parametrize("sentence", [
    "Harbor Studios and Kestrel Media chairman Dana Vale sent a memo to staff on Friday.",
    "As layoffs loom, Harbor Studios and Kestrel Media chairman Dana Vale sent a memo to staff.",
])
def test_coordinated_companies_before_a_title_both_employ_the_person(facts_of, sentence):
    facts = facts_of(sentence)
    assert {("Dana Vale", "employedBy", "Harbor Studios"), ("Dana Vale", "employedBy", "Kestrel Media")} <= facts


@pytest.mark.parametrize("sentence", [
    # negative twins: after a preposition the pair is a list whose last item is the titled name
    # ("by A and B CEO X": A is a partner), and a comma list of companies leaves the title to the last
    "The series comes from Harbor Studios and Kestrel Media chairman Dana Vale.",
    "Netflix, Harbor Studios and Kestrel Media chairman Dana Vale signed the pact.",
])
def test_a_listed_company_before_a_titled_name_is_not_its_employer(facts_of, sentence):
    facts = facts_of(sentence)
    assert ("Dana Vale", "employedBy", "Harbor Studios") not in facts


# "The film features A and B": the people after "features" are its cast; a "by" before the first
# name makes that name the author of what "features" names ("features music by A"), no cast.
def test_a_work_that_features_people_stars_them(facts_of):
    assert only(facts_of("The drama Salt Road also features Dana Vale and Tom Brill."), "starring") == {
        ("Salt Road", "starring", "Dana Vale"), ("Salt Road", "starring", "Tom Brill")}


@pytest.mark.parametrize("sentence", [
    "The thriller Salt Road features music by Dana Vale.",
    "The thriller Salt Road features a score by Dana Vale.",
])
def test_a_byline_after_features_names_no_cast(facts_of, sentence):
    assert only(facts_of(sentence), "starring") == set()


@pytest.mark.parametrize("sentence, company", [("Netflix will launch the drama Salt Flats globally on May 3.", "Netflix"),
                                               ("Netflix will debut the drama Salt Flats on March 3.", "Netflix"),
                                               ("The drama Salt Flats hits Netflix on Friday.", "Netflix")])
def test_a_platform_that_launches_or_is_hit_by_a_show_distributes_it(facts_of, sentence, company):
    assert only(facts_of(sentence), "distributes") == {(company, "distributes", "Salt Flats")}


def test_a_platform_launching_no_work_distributes_nothing(facts_of):
    assert only(facts_of("Netflix launched a games division in 2021."), "distributes") == set()


def test_an_opening_credit_list_credits_the_clause_subject_not_a_later_title(facts_of):
    # "Produced by A, the doc follows ... in B's biopic X": the doc is the article's work, X only
    # what it shows.
    text = ("Harbor Pictures has picked up the documentary Night Train. Produced by Lily Hart, the doc follows "
            "actor Tom Reed playing a singer in Sam Cole's 1999 biopic Silver Coast.")
    facts = facts_of(text)
    assert ("Silver Coast", "producer", "Lily Hart") not in facts


@pytest.mark.parametrize("sentence, fact", [
    ("Produced by Lily Hart, the drama Glasshouse premieres in May.", ("Glasshouse", "producer", "Lily Hart")),
    ("Featuring Lily Hart and Tom Reed, the drama \u201cGlasshouse\u201d is produced by Harbor Films.", ("Glasshouse", "starring", "Tom Reed")),
])
def test_an_opening_credit_list_credits_the_title_that_opens_the_clause(facts_of, sentence, fact):
    # Twin: "Produced by A, the drama X ...": the clause's subject is named (quoted or not).
    assert fact in facts_of(sentence)


@pytest.mark.parametrize("sentence", ["Harbor Films nabbed Lily Hart's directorial debut \u201cNight Train\u201d after its premiere.",
                                      "Harbor Films snagged Lily Hart's directorial debut \u201cNight Train\u201d."])
def test_a_nabbed_directorial_debut(facts_of, sentence):
    facts = facts_of(sentence)
    assert ("Harbor Films", "acquires", "Night Train") in facts
    assert ("Night Train", "directedBy", "Lily Hart") in facts


def test_a_script_written_by_the_director_of_an_untitled_film_is_not_the_articles(facts_of):
    # "in a film directed by A, who wrote the screenplay": the script is the untitled film's.
    text = ("Netflix has ordered the drama Night Train. The character is headed to the big screen in a film "
            "directed by Tom Reed, who wrote the screenplay with Ella Stone.")
    assert {f for f in facts_of(text) if f[1] == "writtenBy"} == set()


def test_a_season_picked_up_is_a_renewal_not_a_purchase(facts_of):
    facts = facts_of("HBO has picked up a fourth season of Ironbridge.")
    assert only(facts, "produces") == {("HBO", "produces", "Ironbridge")}
    assert only(facts, "acquires") == set()


def test_a_one_word_part_in_a_cast_members_parenthesis_is_no_calling_card(facts_of):
    # "Lily Hart (“Paris”)": a given name or a place in a cast list is the character she plays.
    text = "The heist crew of the series Night Train are Lily Hart (\u201cParis\u201d), Tom Reyes (\u201cLima\u201d) and Ana Cole (\u201cNora\u201d)."
    assert only(facts_of(text), "knownFor") == set()


def test_a_title_in_a_cast_members_parenthesis_is_still_a_calling_card(facts_of):
    # Twin: a title of more than one word, or no name or place, is her credit.
    assert ("Lily Hart", "knownFor", "Glass River") in facts_of("Lily Hart (Glass River) has joined the cast of Night Train.")


def test_a_one_word_name_in_a_list_of_credits_is_a_calling_card(facts_of):
    # A list of credits in the parenthesis makes its one-word name a title too: a cast list gives
    # one part to a player.
    facts = facts_of("The drama is written by Paul Brenner (Glass River, Nora) and Ana Cole.")
    assert only(facts, "knownFor") == {("Paul Brenner", "knownFor", "Glass River"), ("Paul Brenner", "knownFor", "Nora")}


@pytest.mark.parametrize("text", ["Paul Brenner (Oslo, Norway) will produce the drama.", "The drama stars Paul Brenner (Nora, 12)."])
def test_names_and_places_in_a_list_without_a_title_are_no_calling_cards(facts_of, text):
    # Twin of the list of credits: a place, a part and an age list no title.
    assert only(facts_of(text), "knownFor") == set()


def test_a_translated_title_before_a_byline_is_no_calling_card(facts_of):
    # "Nachtzug (Night Train) by Lily Hart": the parenthesis translates the title before it.
    text = "The Golden Bear went to Nachtzug (Night Train) by Lily Hart."
    assert only(facts_of(text), "knownFor") == set()


# --- "with A and B on board as executive producers": a credit named after "as" ---
@pytest.mark.parametrize("sentence, expected", [
    ("Netflix has ordered Harbour. The series hails from creator Ana Ruiz, with Tom Vance and Kate Lowe onboard as executive producers.",
     {("Harbour", "executiveProducer", "Tom Vance"), ("Harbour", "executiveProducer", "Kate Lowe")}),
    ("Harbour is produced by Tidewater Films, with Tom Vance and Kate Lowe as executive producers.",
     {("Harbour", "executiveProducer", "Tom Vance"), ("Harbour", "executiveProducer", "Kate Lowe")}),
    ("Netflix has ordered Harbour, with Tom Vance as director.", {("Harbour", "directedBy", "Tom Vance")}),
])
def test_people_on_board_as_a_credit_hold_it_on_the_sentences_work(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] in ("executiveProducer", "directedBy", "producer")} == expected


@pytest.mark.parametrize("sentence", [
    # Twins: a post at a company, a part played, and a hedge give no credit.
    "Netflix has ordered Harbour, with Tom Vance as executive producer at Harbor Films.",
    "Ana Ruiz stars in Harbour, with Tom Vance as a detective.",
    "Netflix has ordered Harbour. Tom Vance is reportedly on board as director.",
])
def test_an_as_phrase_that_names_no_credit_gives_none(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] in ("executiveProducer", "directedBy", "producer")}


# --- the seller a work or its rights are bought from is the buyer's partner in the deal ---
@pytest.mark.parametrize("sentence, seller", [
    ("Alamo Film bought the German rights for the drama Quiet Rooms from Films Boutique.", "Films Boutique"),
    ("Alamo Film has acquired North American rights to the thriller Cold Harbor from Paris-based sales agent Cinesud.", "Cinesud"),
    ("Alamo Film has bought the drama Cold Harbor from Harbor Films.", "Harbor Films"),
])
def test_a_buyer_deals_with_the_company_it_buys_a_work_from(facts_of, sentence, seller):
    assert {f for f in facts_of(sentence) if f[1] == "partnersWith"} == {("Alamo Film", "partnersWith", seller)}


@pytest.mark.parametrize("sentence", [
    # Twins: a company bought from its owner, a purchase in talks, a "from" in a relative clause.
    "Alamo Film acquired Harbor Media from its founder Tom Reyes.",
    "Alamo Film is in talks to buy the drama Cold Harbor from Harbor Films.",
    "Alamo Film acquired the drama Cold Harbor, which comes from Harbor Films.",
])
def test_no_seller_partner_without_a_stated_sale_of_a_work(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "partnersWith"}


# --- "with C distributing": an absolute clause gives its companies the job ---
@pytest.mark.parametrize("sentence, expected", [
    ("The series Salt Line is produced by Helia Media, with Hoshi Films distributing.", ("Hoshi Films", "distributes", "Salt Line")),
    ("The film Salt Line shoots in May, with Hoshi Films and Lumo Film co-producing.", ("Lumo Film", "produces", "Salt Line")),
])
def test_companies_of_a_with_clause_take_its_job(facts_of, sentence, expected):
    assert expected in facts_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The series Salt Line is produced by Helia Media, with Hoshi Films distributing the ads.",
    "The series Salt Line is produced by Helia Media, with Hoshi Films reportedly distributing.",
])
def test_a_with_clause_about_something_else_or_hedged_gives_no_job(facts_of, sentence):
    assert ("Hoshi Films", "distributes", "Salt Line") not in facts_of(sentence)


@pytest.mark.parametrize("sentence, company", [
    ("Netflix's originals include Porni, Furia and Wisting.", "Netflix"),
    ("Recent Norwegian Viaplay originals include Porni, Furia and Wisting.", "Viaplay"),
])
def test_a_companys_list_noun_right_before_include_lists_what_it_made(facts_of, sentence, company):
    assert {f for f in facts_of(sentence) if f[1] == "produces"} == {
        (company, "produces", "Porni"), (company, "produces", "Furia"), (company, "produces", "Wisting")}


def test_a_list_noun_owned_by_nobody_gives_no_maker(facts_of):
    # Twin: no company or person owns the list.
    assert not {f for f in facts_of("Recent originals include Porni, Furia and Wisting.") if f[1] in ("produces", "knownFor")}


def test_their_credits_after_a_pair_of_people_are_no_companys_works(facts_of):
    facts = facts_of("Hulu has ordered the comedy Moonpie from Ana Ruiz and Tom Vance. Their feature credits include Red Sky and Dark Road.")
    assert not {f for f in facts if f[1] == "produces" and f[2] in ("Red Sky", "Dark Road")}


def test_their_productions_after_two_companies_are_theirs(facts_of):
    # Twin: after companies, "their" list is a company's.
    facts = facts_of("Harbor Films and Lumo Pictures have merged. Their productions include Red Sky and Dark Road.")
    assert ("Harbor Films", "produces", "Red Sky") in facts


def test_the_script_is_by_a_list_of_writers(facts_of):
    facts = facts_of("Netflix has ordered the drama Salt Line. The script is by Ana Ruiz, Tom Vance and Kate Lowe.")
    assert {f for f in facts if f[1] == "writtenBy"} == {("Salt Line", "writtenBy", p) for p in ("Ana Ruiz", "Tom Vance", "Kate Lowe")}


def test_the_script_is_by_no_means_names_no_writer(facts_of):
    # Twin: "by no means" is no agent.
    assert not {f for f in facts_of("Netflix has ordered the drama Salt Line. The script is by no means finished, Ana Ruiz said.")
                if f[1] == "writtenBy"}


@pytest.mark.parametrize("text", [
    "Netflix continued its festival spree on Tuesday by acquiring the documentary Cold Water.",
    "After acquiring the documentary Cold Water, Netflix set a spring release.",
])
def test_a_gerund_after_by_or_after_is_done_by_the_clauses_subject(facts_of, text):
    assert ("Netflix", "acquires", "Cold Water") in facts_of(text)


def test_a_gerund_of_another_subject_buys_nothing_for_the_company(facts_of):
    # Twin: the gerund hangs on a noun ("a plan for acquiring"), not on the company's clause.
    facts = facts_of("Netflix rejected a plan by Harbor Media for acquiring the documentary Cold Water.")
    assert ("Netflix", "acquires", "Cold Water") not in facts


@pytest.mark.parametrize("text, makers", [
    ("Cold Water is co-produced with ZDF, Nordlicht Films and Arte France.", {"ZDF", "Nordlicht Films", "Arte France"}),
    ("Cold Water is produced by Ostra Films with Rai Cinema and Nord Film.", {"Ostra Films", "Rai Cinema", "Nord Film"}),
    ("Cold Water is produced by Ostra Films in association with Nord Film.", {"Ostra Films", "Nord Film"}),
])
def test_companies_a_production_is_made_with_make_it(facts_of, text, makers):
    assert {f[0] for f in facts_of(text) if f[1:] == ("produces", "Cold Water")} == makers


def test_a_person_after_with_is_no_maker(facts_of):
    # Twin: "with A directing" names a director, no company that produces.
    facts = facts_of("Cold Water is produced by Ostra Films with Dana Vale directing.")
    assert {f[0] for f in facts if f[1:] == ("produces", "Cold Water")} == {"Ostra Films"}


def test_a_list_a_company_is_buying_names_what_it_acquires(facts_of):
    facts = facts_of("Halcyon had a good market, with Kestrel TV acquiring a slate of titles including Salt Harbour and Cold Tide.")
    assert {f for f in facts if f[0] == "Kestrel TV" and f[1] in ("acquires", "produces")} == {
        ("Kestrel TV", "acquires", "Salt Harbour"), ("Kestrel TV", "acquires", "Cold Tide")}


def test_a_companys_investments_name_no_productions(facts_of):
    facts = facts_of("Kestrel Capital backs film. Kestrel Capital's investments include Salt Harbour and Cold Tide.")
    assert not {f for f in facts if f[1] == "produces"}
    # Twin: its productions are what it made.
    facts = facts_of("Kestrel TV's recent productions include Salt Harbour and Cold Tide.")
    assert ("Kestrel TV", "produces", "Salt Harbour") in facts


def test_a_cast_list_parted_by_semicolons_goes_on(facts_of):
    facts = facts_of("Orbit Films is making the drama Blue Harbor. The cast includes Tom Reed (Night Shift) as Sam; "
                     "Ann Cole (Red Sand) as Lily; and Ben Lowe (Hello) as Joe.")
    assert {f[2] for f in facts if f[:2] == ("Blue Harbor", "starring")} == {"Tom Reed", "Ann Cole", "Ben Lowe"}


def test_a_clause_after_a_semicolon_ends_the_cast_list(facts_of):
    # Twin: "; B directs" opens a clause of its own.
    facts = facts_of("Blue Harbor stars Tom Reed; Ann Cole directs.")
    assert ("Blue Harbor", "starring", "Ann Cole") not in facts


@pytest.mark.parametrize("text", [
    "Fenway Films has started production on Blue Harbor.",
    "Fenway Films began principal photography on Blue Harbor last week.",
    "Fenway Films has wrapped production on Blue Harbor.",
])
def test_a_company_that_starts_the_shoot_of_a_work_makes_it(facts_of, text):
    assert ("Fenway Films", "produces", "Blue Harbor") in facts_of(text)


def test_production_on_a_work_with_no_company_before_gives_no_maker(facts_of):
    # Twin: the company comes after, as the work's buyer.
    facts = facts_of("Production on Blue Harbor has started, and Fenway Films bought the rights to Red Sand.")
    assert ("Fenway Films", "produces", "Blue Harbor") not in facts


@pytest.mark.parametrize("text", [
    "The drama Red Door stars Ann Lee as a nurse, along with Ed Fay and Flo Gu.",
    "The drama Red Door stars Ann Lee, together with Ed Fay and Flo Gu.",
])
def test_along_with_goes_on_with_a_cast_list(facts_of, text):
    assert {f[2] for f in facts_of(text) if f[:2] == ("Red Door", "starring")} == {"Ann Lee", "Ed Fay", "Flo Gu"}


def test_along_with_no_name_adds_nobody(facts_of):
    # Twin: "along with her dog" joins no person.
    assert {f[2] for f in facts_of("The drama Red Door stars Ann Lee along with her dog.") if f[:2] == ("Red Door", "starring")} == {"Ann Lee"}


THREE_SHOW_SLATE = ("Larkspur has set fall dates for the new series Wren Hollow, Tin Lantern and Oak Bay. "
         "Wren Hollow is a half-hour mystery. The cast includes Iris Dunmore and Paul Feld. "
         "Tin Lantern stars Cora Pike. Tin Lantern has eight episodes. Tin Lantern was written by Ned Rusk.")


def test_an_untitled_credit_goes_on_about_the_title_the_sentence_before_is_about(facts_of):
    # "X is a mystery. The cast includes A and B.": the sentence before is about X (its subject),
    # so the untitled cast is X's, not that of the title the article names most.
    facts = facts_of(THREE_SHOW_SLATE)
    assert {("Wren Hollow", "starring", "Iris Dunmore"), ("Wren Hollow", "starring", "Paul Feld")} <= facts
    assert not {f for f in facts if f[0] == "Tin Lantern" and f[2] in ("Iris Dunmore", "Paul Feld")}


def test_a_title_named_only_as_a_calling_card_is_no_subject(facts_of):
    # Twin: the sentence before names another title only as a person's past part, so the untitled
    # credit goes to the article's main title as before.
    text = ("Tin Lantern follows a lighthouse keeper. Tin Lantern has eight episodes. "
            "Cora Pike, who starred in Wren Hollow, leads it. The cast includes Iris Dunmore. Tin Lantern was written by Ned Rusk.")
    facts = facts_of(text)
    assert ("Tin Lantern", "starring", "Iris Dunmore") in facts
    assert not any(f[0] == "Wren Hollow" and f[2] == "Iris Dunmore" for f in facts)


def test_a_character_with_its_actor_in_parentheses_credits_the_actor(facts_of, entities_of):
    # "Leo Hart (Sam Ruiz)": the name before is the part, the person in the parenthesis plays it.
    text = "In the second season of Deep Harbor, the family meets the charming Leo Hart (Sam Ruiz)."
    assert ("Deep Harbor", "starring", "Sam Ruiz") in facts_of(text)
    assert "Leo Hart" not in entities_of(text)


def test_a_characters_actor_named_by_surname_in_parentheses_plays_the_part(facts_of):
    # "Leo Hart (Ruiz)": the one word is the surname of an actor the text names in full.
    text = "Sam Ruiz spoke at the Harbor Films panel. In the second season of Deep Harbor, the family meets the charming Leo Hart (Ruiz)."
    assert ("Deep Harbor", "starring", "Sam Ruiz") in facts_of(text)


def test_a_lone_word_in_an_actors_parentheses_is_no_part_he_plays(facts_of):
    # Twin: "Peter Vale (Jackie)": one word no actor of the text is named by is a calling card,
    # even where the NER calls it a person; no one called "Jackie" joins the cast.
    text = "Harbor Films is making the drama Deep Harbor. The cast includes Peter Vale (Jackie) and Ana Cole."
    assert {f for f in facts_of(text) if f[1] == "starring"} == {("Deep Harbor", "starring", "Peter Vale"), ("Deep Harbor", "starring", "Ana Cole")}


@pytest.mark.parametrize("text", [
    # Twins: a company in the parenthesis is an employer, a title a calling card, and a lower-case
    # noun before it an apposition.
    "Netflix has renewed Deep Harbor. Its director is Jane Roe (Harbour Films).",
    "Jane Roe (Moonfall) will produce Deep Harbor.",
    "Netflix has renewed Deep Harbor, its producer said. The producer (Ana Ruiz) declined to comment.",
])
def test_a_parenthesis_without_a_lone_actor_names_no_cast(facts_of, text):
    assert not any(f[1] == "starring" and f[0] == "Deep Harbor" for f in facts_of(text))


def test_a_place_that_housed_films_made_none_of_them(facts_of):
    # "Shepperton has housed movies including A": a place where films were made, not their maker.
    text = "Shepperton Studios has housed iconic movies including Red Comet, Salt Road and Glasshouse."
    assert not any(f[1] == "produces" for f in facts_of(text))


def test_a_list_from_another_company_is_not_the_owners_production(facts_of):
    text = "Netflix has many Korean dramas. Its shows from Studio Kestrel include Glasshouse and Salt Road."
    assert ("Netflix", "produces", "Glasshouse") not in facts_of(text)
    # Twins: the company's own list, and one whose credits carry a network's possessive.
    assert ("Harbour Films", "produces", "Glasshouse") in facts_of("Harbour Films' productions include Glasshouse and Salt Road.")
    assert ("Harbour Films", "produces", "Glasshouse") in facts_of("Harbour Films' credits include Netflix's Glasshouse and Salt Road.")


def test_an_item_paragraph_skips_a_title_told_as_a_directors_past_work(facts_of):
    # "the director who also helmed The Hater ... The film will be produced by P": The Hater is the
    # director's record; the untitled film is another work, so no credit goes to The Hater.
    text = ("Harbour Films has set its slate.\n\nAna Ruiz, the Polish director who also helmed The Hater, directs from a "
            "script by Lu Chen. The film will be produced by Nick Vale.")
    assert not any(f[0] == "The Hater" and f[1] == "producer" for f in facts_of(text))


def test_an_executive_who_oversaw_such_series_as_a_list_is_known_for_them(facts_of):
    # "oversaw such series as A, B and C": the shows an executive is known by.
    facts = facts_of("As head of drama for six years, Marla Quince oversaw such series as Ridgeback, Low Tide and Copperline.")
    assert {("Marla Quince", "knownFor", t) for t in ("Ridgeback", "Low Tide", "Copperline")} <= facts
    # Twin: a festival that screened such films made none and is known for none.
    facts = facts_of("The Lantern Festival has screened such films as Ridgeback and Low Tide.")
    assert not any(f[1] in ("knownFor", "produces") for f in facts)


def test_a_titles_translation_in_parentheses_is_no_cast(facts_of):
    # "the comedy Poor Devil (Pobre Diablo)": a title and its translation, whatever the NER typed.
    facts = facts_of("Further HBO titles include the comedy Poor Devil (Pobre Diablo), about an ordinary boy.")
    assert not any(f[1] == "starring" for f in facts)


@pytest.mark.parametrize("opening", ["Rounding out the cast is", "Completing the cast is", "Others in the ensemble include"])
def test_a_cast_list_after_a_rounding_out_phrase_stars_in_the_work(facts_of, opening):
    facts = facts_of(f"Harbour Films is shooting the thriller Copperhead. {opening} Lena Hart (Quarry Road) and Omar Diaz.")
    assert only(facts, "starring") == {("Copperhead", "starring", "Lena Hart"), ("Copperhead", "starring", "Omar Diaz")}


def test_others_in_a_meeting_are_no_cast(facts_of):
    # negative twin: "others in the room" are no ensemble
    facts = facts_of("Harbour Films is shooting the thriller Copperhead. Others in the room include Lena Hart and Omar Diaz.")
    assert only(facts, "starring") == set()


@pytest.mark.parametrize("sentence", ["Lena Hart, fresh off Copperhead, will direct the drama.",
                                      "Lena Hart is coming off Copperhead.",
                                      "Lena Hart rose to fame with Copperhead.",
                                      "Lena Hart made her name with Copperhead."])
def test_a_title_someone_comes_off_or_made_their_name_with_is_their_calling_card(facts_of, sentence):
    assert ("Lena Hart", "knownFor", "Copperhead") in facts_of(sentence)


def test_a_deal_someone_is_fresh_off_names_no_calling_card(facts_of):
    # negative twin: what follows is a company, no title
    assert not {f for f in facts_of("Lena Hart, fresh off a deal with Harbour Films, will direct the drama.") if f[1] == "knownFor"}


@pytest.mark.parametrize("sentence", ["Lena Hart is the latest addition to the cast of Copperhead.",
                                      "Lena Hart and Omar Diaz are the latest additions to the cast of Copperhead."])
def test_the_latest_addition_to_a_cast_stars(facts_of, sentence):
    people = {"Lena Hart", "Omar Diaz"} & {p for p in ("Lena Hart", "Omar Diaz") if p in sentence}
    assert only(facts_of(sentence), "starring") == {("Copperhead", "starring", p) for p in people}


def test_the_latest_addition_to_a_board_stars_nowhere(facts_of):
    # negative twin: a board is no cast
    assert only(facts_of("Lena Hart is the latest addition to the board of Harbour Films."), "starring") == set()


def test_names_set_to_topline_a_described_title_star_in_it(facts_of):
    # "A and B are set to topline X, a thriller from director C": the parser takes "topline" for a name
    facts = facts_of("Lena Hart and Omar Diaz are set to topline Copperhead, a thriller from director Tove Lind.")
    assert only(facts, "starring") == {("Copperhead", "starring", "Lena Hart"), ("Copperhead", "starring", "Omar Diaz")}


def test_a_person_set_to_front_a_campaign_stars_nowhere(facts_of):
    # negative twin: what is fronted is a company's campaign, no title
    assert only(facts_of("Lena Hart is set to front the campaign for Harbour Films."), "starring") == set()


# "with executive producers A and B", "with producer A": a credit list opened by "with" after the
# work's clause; after a verb ("work with", "teamed with") the people are partners, not credits.
_ORDERED_EMBER = "Netflix has ordered the drama Ember from Blue Door. "


@pytest.mark.parametrize("sentence, facts", [
    ("The drama will be produced by Blue Door with executive producers Ann Ray and Joe Tull.",
     {("Ember", "executiveProducer", "Ann Ray"), ("Ember", "executiveProducer", "Joe Tull")}),
    ("Ann Ray directs, with producer Joe Tull.", {("Ember", "producer", "Joe Tull")}),
])
def test_a_credit_list_opened_by_with_credits_the_work(facts_of, sentence, facts):
    assert facts <= facts_of(_ORDERED_EMBER + sentence)


@pytest.mark.parametrize("sentence", [
    "Blue Door will work with producers Ann Ray and Joe Tull on a slate of films.",
    "Blue Door has teamed with producer Ann Ray.",
])
def test_working_with_producers_is_no_credit(facts_of, sentence):
    assert not {f for f in facts_of(_ORDERED_EMBER + sentence) if f[1] in ("producer", "executiveProducer")}


# A parenthesis that opens with a credit participle and "by" lists the title's own makers, and one
# that spells out the capitals before it says what they stand for: neither holds calling cards.
@pytest.mark.parametrize("text, expected", [
    ("Tide is written by Ann Lowe (Produced by Mark Tey).",
     {("Tide", "writtenBy", "Ann Lowe"), ("Tide", "producer", "Mark Tey")}),
    ("Red Moor is written by Ann Lowe (Executive produced by Mark Tey and Lucy Bain).",
     {("Red Moor", "writtenBy", "Ann Lowe"), ("Red Moor", "executiveProducer", "Mark Tey"),
      ("Red Moor", "executiveProducer", "Lucy Bain")}),
])
def test_a_credit_parenthesis_names_the_titles_makers(facts_of, text, expected):
    facts = facts_of(text)
    assert expected <= facts
    assert not {f for f in facts if f[1] == "knownFor"}


def test_a_spelled_out_acronym_is_no_calling_card(facts_of):
    facts = facts_of("The new office block in Tulsa is LEED (Leadership in Energy and Environmental Design) certified.")
    assert not {f for f in facts if f[1] == "knownFor"}


def test_a_persons_parenthesis_of_titles_stays_her_calling_cards(facts_of):
    # Twin: titles in the parenthesis, no credit participle, no spelled-out capitals.
    facts = facts_of("Ember stars Ann Lowe (Red Moor, Tide) and Tom Hale.")
    assert {("Ann Lowe", "knownFor", "Red Moor"), ("Ann Lowe", "knownFor", "Tide")} <= facts


# "A as Meg Vale, B and C star": the part after "as" is A's; A is listed with B and C.
def test_a_part_inside_a_list_before_its_verb_keeps_the_actor(facts_of):
    facts = facts_of("Netflix has ordered the drama Ember. Aaron Hale as Meg Vale, Kristin Vale and Anne Duff star in the drama Ember.")
    assert {f for f in facts if f[1] == "starring"} == {
        ("Ember", "starring", "Aaron Hale"), ("Ember", "starring", "Kristin Vale"), ("Ember", "starring", "Anne Duff")}


def test_a_job_after_as_before_the_list_is_no_part(facts_of):
    # Twin: "as Head" is a job given in another clause; the one named to it is no cast member.
    facts = facts_of("Netflix has ordered the drama Ember. Netflix named Aaron Hale as Head, and Kristin Vale and Anne Duff star in the drama Ember.")
    assert ("Ember", "starring", "Kristin Vale") in facts and ("Ember", "starring", "Anne Duff") in facts
    assert ("Ember", "starring", "Aaron Hale") not in facts


def test_a_title_before_a_cast_epithet_is_no_work_of_the_clause(facts_of):
    # "The Red Harbour star" refers to a player by a calling card; the officers played in the
    # clause are in the cast of the article's work, not of the card's title.
    facts = facts_of("Harbour Films has cast Ana Ruiz in the drama Glasshouse. The \u201cSaltmarsh\u201d and "
                     "\u201cRed Harbour\u201d star will play a detective hunted by officers played by Tom Hale and Mia Chen.")
    assert not {f for f in facts if f[1] == "starring" and f[0] in ("Saltmarsh", "Red Harbour")}
    assert ("Glasshouse", "starring", "Tom Hale") in facts


def test_coordinated_rights_share_their_title(facts_of):
    # "the U.S. rights and select international rights to X": both kinds of rights are to X.
    facts = facts_of('Harbor Films has acquired the U.S. rights and select international rights to "Paper Moons."')
    assert only(facts, "acquires") == {("Harbor Films", "acquires", "Paper Moons")}
    assert only(facts, "distributes") == {("Harbor Films", "distributes", "Paper Moons")}


def test_coordinated_remake_rights_release_nothing(facts_of):
    # Twin: rights to remake are no release.
    facts = facts_of('Harbor Films has acquired the remake rights and the sequel rights to "Paper Moons."')
    assert only(facts, "acquires") == {("Harbor Films", "acquires", "Paper Moons")}
    assert not only(facts, "distributes")


@pytest.mark.parametrize(("lead", "predicate"), [
    # the trade's short "exec" says executive producer as the full word does
    ("Exec producers are", "executiveProducer"),
    ("Executive producers are", "executiveProducer"),
    # twin: plain producers are producers
    ("Producers are", "producer"),
])
def test_a_credit_list_after_its_noun_and_are(facts_of, lead, predicate):
    facts = facts_of(f"The thriller Salt Road stars Ana Lee. {lead} Tom Hale, Mia Cole and Bo Lind.")
    credits = {f for f in facts if f[1] in ("executiveProducer", "producer")}
    assert credits == {("Salt Road", predicate, name) for name in ("Tom Hale", "Mia Cole", "Bo Lind")}


def test_an_untitled_credit_after_an_earlier_work_goes_to_the_new_one(facts_of):
    # "the director's follow-up to Salt Road": Salt Road is an earlier work, no item of the
    # article; "A and B co-produced" credits the film the paragraph is about.
    facts = facts_of("Netflix has bought the drama Night Orchard.\n\nThe film is Ana Ruiz's follow-up to Salt Road, winner "
                     "of a prize at Cannes in 2014. Tidewater Films and Lumen Films co-produced with Kite Films.")
    assert {f for f in facts if f[1] == "produces" and f[0] != "Netflix"} == {
        ("Tidewater Films", "produces", "Night Orchard"), ("Lumen Films", "produces", "Night Orchard"), ("Kite Films", "produces", "Night Orchard")}


def test_an_untitled_credit_after_an_item_that_names_its_title_goes_to_that_title(facts_of):
    # Twin: a paragraph that reports on another title of its own is about that title.
    facts = facts_of("Netflix has bought the drama Night Orchard.\n\nNetflix also bought Salt Road, winner of a prize at "
                     "Cannes in 2014. Tidewater Films and Lumen Films co-produced with Kite Films.")
    assert ("Tidewater Films", "produces", "Salt Road") in facts


def test_a_company_handling_sales_is_no_co_producer(facts_of):
    # "produced by A and B, with C handling sales": the absolute clause gives C's own job.
    facts = facts_of("The drama Girl was produced by Menuet and Topkapi Films, with Harbor Sales handling sales.")
    assert {f for f in facts if f[1] == "produces"} == {("Menuet", "produces", "Girl"), ("Topkapi Films", "produces", "Girl")}


def test_a_company_after_with_is_a_co_producer(facts_of):
    # Twin: "produced by A with B" (or "with B co-producing") makes B a maker too.
    facts = facts_of("The drama Girl was produced by Menuet, with Topkapi Films co-producing.")
    assert ("Topkapi Films", "produces", "Girl") in facts


def test_a_catalogue_entry_credits_its_director_and_year(facts_of):
    facts = facts_of("The retrospective includes Salt Road (Dana Holm, 2019) and Low Tide (Pia Sorel, France, 2021).")
    assert only(facts, "directedBy", "releaseYear") == {
        ("Salt Road", "directedBy", "Dana Holm"), ("Salt Road", "releaseYear", "2019"),
        ("Low Tide", "directedBy", "Pia Sorel"), ("Low Tide", "releaseYear", "2021")}


def test_a_titles_bracket_of_network_and_year_credits_no_director(facts_of):
    # Negative twin: the bracket names the network it was made for, no person.
    facts = facts_of("The retrospective includes Salt Road (Harbour TV, 2019).")
    assert not only(facts, "directedBy")


def test_a_list_in_a_companys_clause_is_the_companys(facts_of):
    # "X was launched by A and B and produces series including Y": the list's clause is said of
    # the company, not of the founders named before it.
    facts = facts_of("Harbour Films was launched in 2006 by Dana Vale and Tom Brill and produces series including Salt Road.")
    assert ("Harbour Films", "produces", "Salt Road") in facts
    assert not {f for f in facts if f[1] == "knownFor"}
    # Twin: a person's clause keeps her calling cards.
    assert only(facts_of("Dana Vale has credits including Salt Road."), "knownFor") == {("Dana Vale", "knownFor", "Salt Road")}


def test_a_list_in_a_relative_clause_on_a_thing_is_no_persons(facts_of):
    # "sold the unit, which produces series including X, to A": the unit's works, not A's cards.
    facts = facts_of("Harbour Films sold the unit, which produces series including Salt Road and Low Tide, to Dana Vale.")
    assert not {f for f in facts if f[1] == "knownFor"}
    # Twins: a relative clause on the person, or on the noun the copula says she is, lists hers.
    assert only(facts_of("Dana Vale, who has credits including Salt Road, joins the board."), "knownFor") == {
        ("Dana Vale", "knownFor", "Salt Road")}
    assert only(facts_of("Dana Vale is a producer that has made films including \u201cSalt Road\u201d and \u201cLow Tide.\u201d"),
                "knownFor") == {("Dana Vale", "knownFor", "Salt Road"), ("Dana Vale", "knownFor", "Low Tide")}


@pytest.mark.parametrize("text, tied", [
    ("The comedy Night Ferry is written and directed by Tom Reyes, the brother of Cold Orchard director Paul Reyes.", "Paul Reyes"),
    ("The comedy Night Ferry is directed by Tom Reyes, a longtime friend of producer Paul Hart.", "Paul Hart"),
])
def test_an_apposition_of_a_tie_to_someone_ends_a_credit_list(facts_of, text, tied):
    # The brother or the friend named in the first name's apposition holds no credit of the list.
    facts = facts_of(text)
    assert ("Night Ferry", "directedBy", "Tom Reyes") in facts
    assert not any(f[0] == "Night Ferry" and f[2] == tied for f in facts)


def test_a_credit_list_goes_on_past_a_plain_comma(facts_of):
    # Twin: names after commas with no tie between them all hold the credit.
    facts = facts_of("The comedy Night Ferry is produced by Tom Reyes, Paul Hart and Ann Bell.")
    assert {f for f in facts if f[1] == "producer"} == {("Night Ferry", "producer", p) for p in ("Tom Reyes", "Paul Hart", "Ann Bell")}


SHOOT = "Shooting has resumed on the drama Salt Road. "


def test_a_company_the_copula_calls_a_co_producer_and_that_handles_the_release(facts_of):
    facts = facts_of(SHOOT + "Harbor Pictures is a co-producer and will handle the local release.")
    assert {("Harbor Pictures", "produces", "Salt Road"), ("Harbor Pictures", "distributes", "Salt Road")} <= facts


def test_a_company_the_copula_calls_the_producer_of_a_named_work(facts_of):
    assert ("Harbor Pictures", "produces", "Salt Road") in facts_of("Harbor Pictures is a co-producer of the drama Salt Road.")


@pytest.mark.parametrize("second", [
    "Harbor Pictures will handle sales.",  # a sales agent's job, no release
    "Harbor Pictures is a producer of commercials.",  # the "of" phrase names no work
    "Harbor Pictures was not a co-producer.",  # denied
    "Harbor Pictures is reportedly the distributor.",  # rumoured
])
def test_no_company_job_on_the_work_when_not_stated(facts_of, second):
    assert not {f for f in facts_of(SHOOT + second) if f[0] == "Harbor Pictures" and f[1] in ("produces", "distributes")}


def test_a_co_production_list_opening_the_sentence_makes_the_work_after_it(facts_of):
    facts = facts_of("Co-produced with Lumen Films and Harbor Studios, \u201cSalt Road\u201d will be completed in 2027.")
    assert {("Lumen Films", "produces", "Salt Road"), ("Harbor Studios", "produces", "Salt Road")} <= facts


@pytest.mark.parametrize("second", [
    "Harbor Pictures is Spain's largest independent distributor.",  # a profile: a described job noun
    "Harbor Pictures is a London-based producer whose credits include Glass Harbor.",
    "Harbor Pictures is the biggest producer in Denmark.",
    "Harbor Pictures is also a producer, with credits on Glass Harbor.",
    "If Harbor Pictures is the distributor, the film will open in May.",  # a condition
    "Harbor Pictures was the original distributor.",  # a past job, maybe another work's
])
def test_a_company_profile_by_the_copula_is_no_credit(facts_of, second):
    assert not {f for f in facts_of(SHOOT + second) if f[0] == "Harbor Pictures" and f[1] in ("produces", "distributes")}


def test_a_joined_clause_with_its_own_subject_keeps_its_job(facts_of):
    # "X is a producer and Y will handle the release": the release is Y's, not X's.
    facts = facts_of("Harbor Films is a producer and Lumen Pictures will handle the release of \u201cSalt Road\u201d.")
    assert ("Harbor Films", "distributes", "Salt Road") not in facts


def test_joined_job_nouns_share_the_of_phrase(facts_of):
    facts = facts_of("Harbor Pictures is a producer and distributor of the drama Salt Road.")
    assert {("Harbor Pictures", "produces", "Salt Road"), ("Harbor Pictures", "distributes", "Salt Road")} <= facts


def test_a_title_opening_its_clause_with_co_stars_is_the_cast_verb(facts_of):
    # "Written by A, “X” co-stars B, C and D.": the plural noun the tagger reads is the verb.
    facts = facts_of("Written by Dana Vale, \u201cCopper Moon\u201d co-stars Tom Hale, Ana Ruiz and Lena Park.")
    assert {f for f in facts if f[1] in ("starring", "writtenBy", "knownFor")} == {
        ("Copper Moon", "starring", "Tom Hale"), ("Copper Moon", "starring", "Ana Ruiz"),
        ("Copper Moon", "starring", "Lena Park"), ("Copper Moon", "writtenBy", "Dana Vale")}


def test_a_title_before_co_stars_and_a_verb_is_a_calling_card(facts_of):
    # twin: "X co-stars A and B will reunite": the names open the clause, X is their credit
    facts = facts_of("\u201cCopper Moon\u201d co-stars Tom Hale and Ana Ruiz will reunite for a new drama.")
    assert ("Tom Hale", "knownFor", "Copper Moon") in facts
    assert not {f for f in facts if f[1] == "starring"}


def test_a_hyphened_participle_in_a_bought_titles_description_keeps_the_list(facts_of):
    # "Booker-winning novel X": the participle is the noun's modifier, no verb ending the list.
    facts = facts_of("Lumen Television has won rights to Ana Ruiz\u2019s Booker-winning novel Salt Road.")
    assert ("Lumen Television", "acquires", "Salt Road") in facts


def test_a_verb_after_the_bought_title_still_ends_the_list(facts_of):
    # Twin: a clause's own verb after the first item ends the list of what was bought.
    facts = facts_of("Lumen Television has won rights to Salt Road, and Harbor Films produced Moth Hour.")
    assert ("Lumen Television", "acquires", "Moth Hour") not in facts


def test_a_credit_in_brackets_after_each_title_is_that_titles(facts_of):
    # The bracket closes the cast list: the maker after it is no cast member, and the second
    # bracket's star is the second title's, however the parser hangs it.
    facts = facts_of("Vera Lund produced 1989's Harbour Lights (starring Tomas Brenner) and "
                     "1990's Dana Ruiz-directed Ember Hill (starring Mara Quill).")
    starring = {(s, o) for s, p, o in facts if p == "starring"}
    assert starring == {("Harbour Lights", "Tomas Brenner"), ("Ember Hill", "Mara Quill")}


def test_a_cast_list_in_brackets_still_credits_all_its_names(facts_of):
    # Twin: inside one bracket the list is read in full.
    starring = {(s, o) for s, p, o in facts_of("The drama Harbour Lights (starring Vera Lund and Tomas Brenner) opens in May.")
                if p == "starring"}
    assert starring == {("Harbour Lights", "Vera Lund"), ("Harbour Lights", "Tomas Brenner")}


@pytest.mark.parametrize("text", [
    "Vera Lund joins the Harbour Lights cast that includes Tomas Brenner, Mara Quill and Dana Ruiz.",
    "The drama Harbour Lights has an ensemble that includes Tomas Brenner, Mara Quill and Dana Ruiz.",
])
def test_a_cast_that_includes_a_list_credits_every_name(facts_of, text):
    starring = {o for s, p, o in facts_of(text) if p == "starring" and s == "Harbour Lights"}
    assert {"Tomas Brenner", "Mara Quill", "Dana Ruiz"} <= starring


def test_a_stage_cast_that_includes_names_no_title(entities_of):
    # Twin: "the Broadway cast" is a stage's, no screen work.
    entities = entities_of("Vera Lund joins the Broadway cast that includes Tomas Brenner.")
    assert "Broadway" not in {name for name, e in entities.items() if e.type in ("CreativeWork", "Film", "Series")}


@pytest.mark.parametrize("text", [
    "\u201cHarbour Lights\u201d was directed by Dana Ruiz and backed by Impact Partners, Lumen Films and Stacey Reiss Productions.",
    "The documentary Harbour Lights, which is financed by Impact Partners, Lumen Films and Stacey Reiss Productions, sold to Neon.",
])
def test_companies_backing_a_work_produce_it(facts_of, text):
    producers = {s for s, p, o in facts_of(text) if p == "produces" and o == "Harbour Lights"}
    assert {"Impact Partners", "Lumen Films", "Stacey Reiss Productions"} <= producers


@pytest.mark.parametrize("text", [
    "The drama Harbour Lights comes from Lumen Films, a banner backed by Netflix.",
    "Lumen Films, which is backed by Netflix, produced the drama Harbour Lights.",
])
def test_money_behind_a_company_is_not_behind_its_work(facts_of, text):
    assert ("Netflix", "produces", "Harbour Lights") not in facts_of(text)
    assert ("Lumen Films", "produces", "Harbour Lights") in facts_of(text)


@pytest.mark.parametrize(("sentence", "role"), [
    ("Kestrel Media's chief operating officer Tom Hale said the deal was done.", "chief operating officer"),
    ("Kestrel Media chief marketing officer Tom Hale said the deal was done.", "chief marketing officer"),
])
def test_any_field_of_a_chief_officer_before_a_name(facts_of, sentence, role):
    # "chief operating officer A": the word between "chief" and "officer" names the field headed.
    facts = facts_of(sentence)
    assert ("Tom Hale", "employedBy", "Kestrel Media") in facts
    assert ("Tom Hale", "role", role) in facts


def test_a_chief_officer_of_no_company_named_is_no_role(facts_of):
    # Twin: with no company before the title, the post is nobody's we know.
    assert not {f for f in facts_of("Chief operating officer Tom Hale said the deal was done.") if f[1] == "employedBy"}
