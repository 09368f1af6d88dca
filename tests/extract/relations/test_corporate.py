"""Company rules (mediakg.extract.relations.corporate), end to end on short invented sentences:
partnerships, production, distribution, acquisitions, subsidiaries and staff."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def of(facts: set, predicate: str) -> set:
    return {f for f in facts if f[1] == predicate}


def test_a_deal_with_another_company(facts_of):
    facts = facts_of("Harbour Films has signed a multi-year partnership with Copperline Studios.")
    assert of(facts, "partnersWith") == {("Harbour Films", "partnersWith", "Copperline Studios")}


def test_the_network_series_produces_the_title(facts_of):
    facts = facts_of("The Harbour Films series \u201cSaltmarsh\u201d returns in March.")
    assert of(facts, "produces") == {("Harbour Films", "produces", "Saltmarsh")}


def test_acquired_by_points_from_buyer_to_bought(facts_of):
    facts = facts_of("Copperline Studios was acquired by Harbour Films in 2024.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


def test_an_active_acquisition(facts_of):
    facts = facts_of("Harbour Films has acquired Copperline Studios.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


@pytest.mark.parametrize("text", [
    "Harbour Films has optioned the novel The Glass Bell.",
    "Harbour Films has optioned Ruth Kane's thriller The Glass Bell.",
    "The novel The Glass Bell has been optioned by Harbour Films.",
])
def test_an_option_on_a_work_is_its_acquisition(facts_of, text):
    # An option buys the right to adapt the work: news reports it as an acquisition.
    assert of(facts_of(text), "acquires") == {("Harbour Films", "acquires", "The Glass Bell")}


def test_talks_to_option_a_work_are_no_acquisition(facts_of):
    # Twin: an option still under negotiation is not bought.
    assert of(facts_of("Harbour Films is in talks to option the novel The Glass Bell."), "acquires") == set()


def test_talks_to_acquire_are_not_an_acquisition(facts_of, reported_of):
    text = "Harbour Films is in talks to acquire Copperline Studios."
    assert of(facts_of(text), "acquires") == set()
    assert reported_of(text) == {"negotiating": {("Harbour Films", "acquires", "Copperline Studios")}}


def test_a_person_with_a_role_at_a_company(facts_of):
    facts = facts_of("Mara Quill, head of drama at Harbour Films, announced the slate.")
    assert of(facts, "employedBy") == {("Mara Quill", "employedBy", "Harbour Films")}


def test_a_relative_of_a_companys_founder_is_no_staff_of_it(facts_of):
    # "son of Bluebird Pictures founder Sam Reed": kinship is no job at the company; a bare
    # surname later is the person the article named first.
    facts = facts_of("Harbor Media was founded in 2010 by Tom Reed, son of Bluebird Pictures founder Sam Reed. "
                     "Reed will serve as chairman of Harbor Media.")
    assert of(facts, "employedBy") == {("Tom Reed", "employedBy", "Harbor Media"), ("Sam Reed", "employedBy", "Bluebird Pictures")}


def test_a_name_closing_a_list_before_a_clause_ending_at_a_company_has_no_role_there(facts_of):
    # Twin: a finite verb between the name and "at": where the show was renewed, not a job.
    facts = facts_of("The comedy, from creators Mara Quill and Tom Reyes, has been renewed for a second season at Hulu.")
    assert of(facts, "employedBy") == set()


# "A, X senior vice president of drama,": the company opens the apposition bare, with no
# possessive, and a rank word may come before the title.
@pytest.mark.parametrize("sentence, person, company", [
    ("Dana Vale, Harbour Films senior vice president of drama, said the show was a hit.", "Dana Vale", "Harbour Films"),
    ("Mark Reyes, Blue Gate Media CEO, confirmed the deal on Tuesday.", "Mark Reyes", "Blue Gate Media"),
])
def test_a_bare_company_title_apposition(facts_of, sentence, person, company):
    assert of(facts_of(sentence), "employedBy") == {(person, "employedBy", company)}


@pytest.mark.parametrize("sentence", [
    "Dana Vale, Harbour Films and Blue Gate Media will co-produce the film.",  # a list, no title
])
def test_a_bare_company_title_apposition_negative_twins(facts_of, sentence):
    assert not of(facts_of(sentence), "employedBy")


def test_a_former_executive_worked_there(facts_of):
    assert of(facts_of("Harbour Films executive Mara Quill launched a podcast."), "employedBy") == {
        ("Mara Quill", "employedBy", "Harbour Films")}
    # a past post is a job held (employedBy), and its title the role held there (without "former")
    facts = facts_of("Former Harbour Films executive Mara Quill launched a podcast.")
    assert of(facts, "employedBy") == {("Mara Quill", "employedBy", "Harbour Films")}
    assert {f for f in facts if f[1] == "role"} == {("Mara Quill", "role", "executive")}


def test_a_compound_owned_names_the_owner(facts_of):
    facts = facts_of("The deal gives Comcast-owned NBCUniversal a new slate of films.")
    assert of(facts, "owns") == {("Comcast", "owns", "NBCUniversal")}


@pytest.mark.xfail(strict=True, reason="the small NER reads an unknown 'Harbour Films-' as a PERSON and drops it")
def test_a_compound_owned_with_unknown_names(facts_of):
    facts = facts_of("The deal gives Harbour Films-owned Copperline Studios a new slate.")
    assert of(facts, "owns") == {("Harbour Films", "owns", "Copperline Studios")}


def test_a_compound_backed_is_an_owner_not_a_parent(facts_of):
    # Policy (7 Dec): a group "backing" a company holds a stake in it, which the gold reads as
    # owning it; "backed" says nothing of a unit, so no subsidiaryOf.
    facts = facts_of("The deal gives Comcast-backed NBCUniversal a new slate of films.")
    assert of(facts, "owns") == {("Comcast", "owns", "NBCUniversal")}
    assert of(facts, "subsidiaryOf") == set()


def test_a_compound_backed_film_is_no_holding(facts_of):
    # Twin: a work "backed" by a company is financed; the company holds no stake in a company.
    facts = facts_of("Comcast-backed film Night Ferry premieres in May.")
    assert of(facts, "owns") == set()


def test_a_possessive_unit_is_a_subsidiary(facts_of):
    facts = facts_of("Harbour Films' Copperline Studios label produced the drama.")
    assert of(facts, "subsidiaryOf") == {("Copperline Studios", "subsidiaryOf", "Harbour Films")}


def test_its_label_is_a_subsidiary(facts_of):
    facts = facts_of("Harbour Films launched its Copperline Pictures label in March.")
    assert of(facts, "subsidiaryOf") == {("Copperline Pictures", "subsidiaryOf", "Harbour Films")}


def test_its_deal_with_a_company_is_no_subsidiary(facts_of):
    facts = facts_of("Harbour Films said its Copperline Pictures deal closed in March.")
    assert of(facts, "subsidiaryOf") == set()


def test_a_parent_company_named_from_the_child(facts_of):
    facts = facts_of("Copperline Studios' parent company Harbour Films reported earnings.")
    assert of(facts, "subsidiaryOf") == {("Copperline Studios", "subsidiaryOf", "Harbour Films")}
    facts = facts_of("Harbour Films, the parent company of Copperline Studios, reported earnings.")
    assert of(facts, "subsidiaryOf") == {("Copperline Studios", "subsidiaryOf", "Harbour Films")}


def test_a_relative_clause_acquisition(facts_of):
    facts = facts_of("Copperline Studios, which Harbour Films acquired in 2019, produced the drama.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


def test_a_relative_clause_in_talks_is_no_acquisition(facts_of):
    facts = facts_of("Copperline Studios, which Harbour Films is in talks to acquire, produced the drama.")
    assert of(facts, "acquires") == set()


def test_a_majority_stake_is_an_acquisition(facts_of):
    facts = facts_of("Harbour Films has acquired a majority stake in Copperline Studios.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


def test_a_minority_stake_is_no_acquisition(facts_of):
    facts = facts_of("Harbour Films has acquired a minority stake in Copperline Studios.")
    assert of(facts, "acquires") == set()


def test_holding_most_shares_is_owning(facts_of):
    facts = facts_of("Tidewater Media has owned more than three-quarters of Harbour Films' voting shares.")
    assert of(facts, "owns") == {("Tidewater Media", "owns", "Harbour Films")}


def test_owning_screens_is_no_stake(facts_of):
    facts = facts_of("Harbour Films owns 40 screens in Canada.")
    assert of(facts, "owns") == set()


def test_a_majority_stake_after_a_long_opening_phrase(facts_of):
    facts = facts_of("To grow its drama output in Europe, Harbour Films (HF) has acquired a majority stake "
                     "in the Danish production company Copperline Studios.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


def test_producing_with_no_object_makes_the_work_of_the_article(facts_of):
    facts = facts_of("The comedy \u201cSaltmarsh\u201d stars Jane Roe. Harbour Films will produce the comedy.")
    assert of(facts, "produces") == {("Harbour Films", "produces", "Saltmarsh")}
    facts = facts_of("The comedy \u201cSaltmarsh\u201d stars Jane Roe. Harbour Films will produce.")
    assert of(facts, "produces") == {("Harbour Films", "produces", "Saltmarsh")}


def test_producing_something_else_makes_no_work(facts_of):
    facts = facts_of("The comedy \u201cSaltmarsh\u201d stars Jane Roe. Harbour Films will develop new sound stages in Leeds.")
    assert of(facts, "produces") == set()
    facts = facts_of("The comedy \u201cSaltmarsh\u201d stars Jane Roe. Harbour Films has produced more than 100 titles in Korea.")
    assert of(facts, "produces") == set()


def test_the_acquisition_of_a_company_by_another(facts_of):
    facts = facts_of("The acquisition of Copperline Studios by Harbour Films closed in May.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


@pytest.mark.parametrize("text", [
    "Streamly\u2019s acquisition of \u201cCopperline\u201d closed before the festival.",
    "Streamly\u2019s purchase of the documentary \u201cCopperline\u201d closed before the festival.",
])
def test_a_companys_purchase_of_a_named_work(facts_of, text):
    # The work's noun and its opening quote may stand between "of" and the title.
    assert of(facts_of(text), "acquires") == {("Streamly", "acquires", "Copperline")}


def test_a_purchase_of_a_companys_library_buys_no_company(facts_of):
    # Twin: what was bought is the library, not the company that owned it.
    assert not of(facts_of("Streamly\u2019s purchase of the library of Harbour Films closed in May."), "acquires")


def test_its_purchase_with_an_amount_between(facts_of):
    facts = facts_of("Harbour Films closed its $1.2 billion purchase of Copperline Studios on Friday.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


def test_a_proposed_purchase_is_no_acquisition(facts_of):
    facts = facts_of("Harbour Films abandoned its proposed purchase of Copperline Studios on Friday.")
    assert of(facts, "acquires") == set()


def test_the_owner_named_as_such(facts_of):
    facts = facts_of("Copperline Studios' owner Harbour Films reported earnings.")
    assert of(facts, "owns") == {("Harbour Films", "owns", "Copperline Studios")}
    facts = facts_of("Harbour Films, the owner of Copperline Studios, reported earnings.")
    assert of(facts, "owns") == {("Harbour Films", "owns", "Copperline Studios")}


def test_a_former_owner_in_apposition_owns_nothing(facts_of):
    facts = facts_of("Harbour Films, the former owner of Copperline Studios, reported earnings.")
    assert of(facts, "owns") == set()


def test_the_company_series_means_the_work_the_article_is_about(facts_of):
    facts = facts_of("Fenwick Studios has ordered the series Copperhead. The hit Netflix series premieres in May.")
    assert ("Netflix", "produces", "Copperhead") in of(facts, "produces")


def test_the_company_film_after_sequel_to_is_an_earlier_work(facts_of):
    # "the sequel to the Pixar film" speaks of the first film, not of the sequel the article names.
    facts = facts_of("Fenwick Studios moved \u201cCopperhead 2\u201d to May. The film is the sequel to the popular Pixar film.")
    assert ("Pixar", "produces", "Copperhead 2") not in facts


def test_the_company_movie_before_its_title_is_not_the_article_work(facts_of):
    facts = facts_of("Fenwick Studios moved the thriller \u201cCopperhead\u201d to May. "
                     "It also moved the sci-fi Skydance movie, The Tomorrow Pact, to June.")
    assert ("Skydance", "produces", "Copperhead") not in facts


def test_the_company_series_after_a_slashed_partner(facts_of):
    facts = facts_of("Fenwick Studios has ordered the series Copperhead. The HBO/Sky series premieres in May.")
    assert ("Sky", "produces", "Copperhead") in of(facts, "produces")


# corp2: banner credits, studio roles, parent-name suffixes, possessive staff lists.

def test_a_producer_credit_for_a_company_names_the_producing_company(facts_of):
    facts = facts_of("The thriller \u201cGlasshouse\u201d was produced by Mara Lindqvist for Harbour Films.")
    assert of(facts, "produces") == {("Harbour Films", "produces", "Glasshouse")}


def test_a_company_for_a_platform_is_no_banner(facts_of):
    # The banner reading ("produced by P for C") is for a person working for a company; a
    # company making a work for a platform is commissioned by it, and both produce it, as "a
    # Netflix series" says (commissions.made_for).
    facts = facts_of("The thriller \u201cGlasshouse\u201d was produced by Harbour Films for Netflix.")
    assert of(facts, "produces") == {("Harbour Films", "produces", "Glasshouse"), ("Netflix", "produces", "Glasshouse")}


def test_in_association_with_names_a_co_producer(facts_of):
    facts = facts_of("The thriller \u201cGlasshouse\u201d is produced by Mara Lindqvist for Harbour Films in association with Copperline Studios.")
    assert of(facts, "produces") == {("Harbour Films", "produces", "Glasshouse"), ("Copperline Studios", "produces", "Glasshouse")}


def test_respectively_pairs_each_producer_with_one_banner(facts_of):
    facts = facts_of("The thriller \u201cGlasshouse\u201d is produced by Mara Lindqvist and Tom Reyes for Harbour Films "
                     "and Copperline Studios respectively.")
    assert of(facts, "employedBy") == {("Mara Lindqvist", "employedBy", "Harbour Films"), ("Tom Reyes", "employedBy", "Copperline Studios")}


def test_without_respectively_every_producer_works_for_the_banner(facts_of):
    # Twin: one banner for two producers is both producers'.
    facts = facts_of("The thriller \u201cGlasshouse\u201d is produced by Mara Lindqvist and Tom Reyes for Harbour Films.")
    assert of(facts, "employedBy") == {("Mara Lindqvist", "employedBy", "Harbour Films"), ("Tom Reyes", "employedBy", "Harbour Films")}


def test_a_hedged_banner_credit_gives_no_fact(facts_of):
    facts = facts_of("The thriller \u201cGlasshouse\u201d could be produced by Mara Lindqvist for Harbour Films.")
    assert of(facts, "produces") == set()


def test_the_company_that_is_the_studio_produces_the_series(facts_of):
    facts = facts_of("Hulu has ordered the drama \u201cSaltmarsh\u201d. Copperline Studios is the studio.")
    assert ("Copperline Studios", "produces", "Saltmarsh") in of(facts, "produces")


def test_a_studio_described_is_no_producer(facts_of):
    facts = facts_of("The drama \u201cSaltmarsh\u201d premieres in May. Copperline Studios is a studio based in Leeds.")
    assert ("Copperline Studios", "produces", "Saltmarsh") not in facts


def test_a_holding_company_name_is_the_parent_not_a_unit(facts_of):
    facts = facts_of("Copperline Corp. said on Monday that Copperline will launch a new channel in May.")
    assert of(facts, "subsidiaryOf") == set()


def test_a_regional_arm_is_still_a_unit(facts_of):
    facts = facts_of("Netflix Japan will launch the drama in May, Netflix said.")
    assert of(facts, "subsidiaryOf") == {("Netflix Japan", "subsidiaryOf", "Netflix")}


def test_a_company_possessive_before_a_list_of_staff(facts_of):
    facts = facts_of("Netflix's Mara Lindqvist and Peter Okafor were both promoted on Monday.")
    assert of(facts, "employedBy") == {("Mara Lindqvist", "employedBy", "Netflix"), ("Peter Okafor", "employedBy", "Netflix")}


def test_a_co_production_with_companies(facts_of):
    facts = facts_of("The thriller \u201cGlasshouse\u201d was produced by Harbour Films. It is a co-production with Copperline Studios and Lumen Pictures.")
    assert {("Copperline Studios", "produces", "Glasshouse"), ("Lumen Pictures", "produces", "Glasshouse")} <= of(facts, "produces")


def test_talks_on_a_co_production_with_a_company_give_no_fact(facts_of):
    facts = facts_of("The thriller \u201cGlasshouse\u201d was produced by Harbour Films. It is reportedly a co-production with Copperline Studios.")
    assert ("Copperline Studios", "produces", "Glasshouse") not in facts


def test_a_passive_acquisition_with_a_description_between(facts_of):
    facts = facts_of("Copperline Studios, the historic British studio behind many period dramas, has been acquired by Harbour Films.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


def test_a_rumoured_passive_acquisition_gives_no_fact(facts_of):
    facts = facts_of("Copperline Studios, the historic British studio behind many period dramas, could be acquired by Harbour Films.")
    assert of(facts, "acquires") == set()


def test_a_deal_to_acquire_a_majority_stake(facts_of):
    facts = facts_of("Harbour Films has struck a deal to acquire a majority stake in the London-based production company Copperline Studios.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


def test_expanding_by_acquiring_a_majority_stake(facts_of):
    facts = facts_of("Harbour Films is expanding its drama business by acquiring a majority stake in Copperline Studios.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


def test_talks_to_acquire_a_stake_give_no_plain_fact(facts_of):
    facts = facts_of("Harbour Films is in talks to acquire a majority stake in Copperline Studios.")
    assert of(facts, "acquires") == set()


def test_a_former_post_is_a_past_employment(facts_of):
    facts = facts_of("The magazine was run by Mara Lindqvist, a former executive of Harbour Films.")
    assert of(facts, "employedBy") == {("Mara Lindqvist", "employedBy", "Harbour Films")}


def test_a_present_post_in_apposition(facts_of):
    facts = facts_of("The magazine was run by Mara Lindqvist, a senior executive of Harbour Films.")
    assert of(facts, "employedBy") == {("Mara Lindqvist", "employedBy", "Harbour Films")}


def test_an_owner_relative_clause(facts_of):
    facts = facts_of("Harbour Films, which also owns Copperline Studios, reported earnings on Monday.")
    assert of(facts, "owns") == {("Harbour Films", "owns", "Copperline Studios")}


def test_an_owner_relative_clause_denied(facts_of):
    facts = facts_of("Harbour Films, which does not own Copperline Studios, reported earnings on Monday.")
    assert of(facts, "owns") == set()


def test_the_parent_company_in_apposition(facts_of):
    facts = facts_of("Harbour Films, Copperline Studios' parent company, reported earnings on Monday.")
    assert of(facts, "subsidiaryOf") == {("Copperline Studios", "subsidiaryOf", "Harbour Films")}


def test_the_parent_company_as_a_predicate(facts_of):
    facts = facts_of("Harbour Films is the parent company of Copperline Studios.")
    assert of(facts, "subsidiaryOf") == {("Copperline Studios", "subsidiaryOf", "Harbour Films")}


def test_a_former_parent_company_gives_no_fact(facts_of):
    facts = facts_of("Harbour Films, Copperline Studios' former parent company, reported earnings on Monday.")
    assert of(facts, "subsidiaryOf") == set()


def test_part_of_a_group(facts_of):
    facts = facts_of("Copperline Studios is part of the Harbour Films group.")
    assert of(facts, "subsidiaryOf") == {("Copperline Studios", "subsidiaryOf", "Harbour Films")}


def test_a_company_sold_to_a_buyer(facts_of):
    facts = facts_of("Lumen Pictures sold Copperline Studios to Harbour Films in 2019.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


def test_a_company_that_could_be_sold_gives_no_fact(facts_of):
    facts = facts_of("Copperline Studios could be sold to Harbour Films.")
    assert of(facts, "acquires") == set()


def test_a_conditional_acquisition_is_no_fact(facts_of):
    facts = facts_of("Harbour Films would acquire Copperline Studios under the proposal.")
    assert of(facts, "acquires") == set()


def test_the_majority_owner_as_a_predicate(facts_of):
    facts = facts_of("Harbour Films is now the majority owner of Copperline Studios.")
    assert of(facts, "owns") == {("Harbour Films", "owns", "Copperline Studios")}


def test_a_former_owner_after_the_copula_owns_nothing(facts_of):
    facts = facts_of("Harbour Films was the former owner of Copperline Studios.")
    assert of(facts, "owns") == set()


def test_co_owned_by_two_companies(facts_of):
    facts = facts_of("Copperline Studios, which is co-owned by Harbour Films and Lumen Pictures, reported earnings.")
    assert of(facts, "owns") == {("Harbour Films", "owns", "Copperline Studios"), ("Lumen Pictures", "owns", "Copperline Studios")}


def test_an_acquisition_of_a_described_company_by_a_buyer(facts_of):
    facts = facts_of("These deals follow the acquisition of UK indie Copperline Studios by Harbour Films in June.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Copperline Studios")}


def test_a_proposed_acquisition_by_a_buyer_is_no_fact(facts_of):
    facts = facts_of("These deals follow the proposed acquisition of UK indie Copperline Studios by Harbour Films.")
    assert of(facts, "acquires") == set()


def test_a_stake_in_the_company_behind_works_buys_no_work(facts_of):
    facts = facts_of("Harbour Films has bought a majority stake in the company behind \u201cGlasshouse\u201d and \u201cMoonfall\u201d.")
    assert of(facts, "acquires") == set()


def test_rights_to_a_directors_film(facts_of):
    facts = facts_of("IFC Films has acquired the U.S. rights to director Mira Nair's thriller \u201cThe Reluctant Fundamentalist\u201d.")
    assert of(facts, "acquires") == {("IFC Films", "acquires", "The Reluctant Fundamentalist")}


def test_talks_for_rights_to_a_directors_film_give_no_fact(facts_of):
    facts = facts_of("IFC Films is in talks to acquire the U.S. rights to director Mira Nair's thriller \u201cThe Reluctant Fundamentalist\u201d.")
    assert of(facts, "acquires") == set()


def test_a_ranked_studio_is_no_producer(facts_of):
    facts = facts_of("Hulu has ordered the drama \u201cSaltmarsh\u201d. Copperline Studios is the biggest studio in Leeds.")
    assert ("Copperline Studios", "produces", "Saltmarsh") not in facts


def test_people_executive_producing_via_their_banner(facts_of):
    facts = facts_of("Hulu has ordered the drama \u201cSaltmarsh\u201d. Mara Lindqvist executive produces via her Harbour Films banner.")
    assert ("Harbour Films", "produces", "Saltmarsh") in of(facts, "produces")


def test_a_possible_banner_credit_gives_no_fact(facts_of):
    facts = facts_of("Hulu has ordered the drama \u201cSaltmarsh\u201d. Mara Lindqvist could executive produce via her Harbour Films banner.")
    assert ("Harbour Films", "produces", "Saltmarsh") not in facts


def test_a_company_producing_via_a_platform_makes_no_producer_of_it(facts_of):
    facts = facts_of("Hulu has ordered the drama \u201cSaltmarsh\u201d. Harbour Films will produce via Netflix.")
    assert ("Netflix", "produces", "Saltmarsh") not in facts


def test_companies_listed_before_the_verb_all_order_the_work(facts_of):
    facts = facts_of("HBO and the BBC have renewed the fantasy series \u201cCopperhead\u201d for a second season.")
    assert of(facts, "produces") == {("HBO", "produces", "Copperhead"), ("BBC", "produces", "Copperhead")}
    # Its twin: a comma alone ends the phrase before the subject, and the company in it orders nothing.
    twin = facts_of("After its deal with Sky, the BBC renewed the fantasy series \u201cCopperhead\u201d for a second season.")
    assert of(twin, "produces") == {("BBC", "produces", "Copperhead")}


# --- corp3: a majority bought is a company held ---
@pytest.mark.parametrize("sentence", [
    "Lumen Pictures bought a 51% stake in Harbour Films.",
    "Lumen Pictures has acquired a majority stake in Harbour Films.",
])
def test_a_majority_stake_bought_makes_an_owner(facts_of, sentence):
    facts = facts_of(sentence)
    assert of(facts, "acquires") == {("Lumen Pictures", "acquires", "Harbour Films")}
    assert of(facts, "owns") == {("Lumen Pictures", "owns", "Harbour Films")}


@pytest.mark.parametrize("sentence", [
    "Lumen Pictures has acquired a 25% stake in Harbour Films.",  # a minority share owns nothing
    "Lumen Pictures is in talks to acquire a controlling stake in Harbour Films.",  # negotiating
])
def test_a_majority_stake_negative_twins(facts_of, sentence):
    assert of(facts_of(sentence), "owns") == set()


# --- corp3: a title as a company's epithet ("Glasshouse producer Lumen Pictures") ---
def test_a_title_before_a_maker_noun_is_the_companys_work(facts_of):
    facts = facts_of("Harbour Films has acquired Glasshouse producer Lumen Pictures.")
    assert of(facts, "acquires") == {("Harbour Films", "acquires", "Lumen Pictures")}
    assert of(facts, "produces") == {("Lumen Pictures", "produces", "Glasshouse")}


def test_a_bought_maker_with_a_price(facts_of):
    facts = facts_of("Fenwick Studios has bought Saltmarsh producer Tidewater Media for $40 million.")
    assert of(facts, "acquires") == {("Fenwick Studios", "acquires", "Tidewater Media")}
    assert of(facts, "produces") == {("Tidewater Media", "produces", "Saltmarsh")}


@pytest.mark.parametrize("sentence", [
    "Harbour Films is in talks to acquire Glasshouse producer Lumen Pictures.",  # negotiating
    "Harbour Films producer Dana Holt will oversee the series.",  # a company's staff, no title
])
def test_a_title_before_a_maker_noun_negative_twins(facts_of, sentence):
    facts = facts_of(sentence)
    assert not of(facts, "acquires") and not of(facts, "produces")


# --- corp3: "parent (company) X" names the parent of the company spoken of before it ---
@pytest.mark.parametrize("sentence", [
    "Lumen Pictures said its parent company Fenwick Group would invest more.",
    "Lumen Pictures will grow with the backing of parent Fenwick Group.",
])
def test_a_parent_named_after_its_child(facts_of, sentence):
    assert of(facts_of(sentence), "subsidiaryOf") == {("Lumen Pictures", "subsidiaryOf", "Fenwick Group")}


@pytest.mark.parametrize("sentence", [
    "Lumen Pictures has been expanding. Its former parent Fenwick Group sold it in 2019.",  # a past parent
    "Rita Combs, co-CEO of parent company Fenwick Group, will stay on.",  # no child named before it
])
def test_a_parent_named_negative_twins(facts_of, sentence):
    assert of(facts_of(sentence), "subsidiaryOf") == set()


def test_a_title_in_an_apposition_is_not_what_was_bought(facts_of):
    facts = facts_of("Copperline Pictures, the company behind Night Harbour, has been acquired by Streamly.")
    assert ("Streamly", "acquires", "Copperline Pictures") in facts
    assert ("Streamly", "acquires", "Night Harbour") not in facts


def test_a_relative_clause_after_the_comma_says_what_was_bought(facts_of):
    facts = facts_of("Copperline Pictures, which was acquired by Streamly in 2019, made Night Harbour.")
    assert ("Streamly", "acquires", "Copperline Pictures") in facts


# corp4: acquisitions read from the parse; units and owners named after a relational noun.

def test_an_acquisition_with_an_apposition_on_the_buyer(facts_of):
    facts = facts_of("Last year, Halcyon Media Group, the British broadcaster, acquired Stonebridge Films in a $40 million deal.")
    assert of(facts, "acquires") == {("Halcyon Media Group", "acquires", "Stonebridge Films")}


def test_an_acquisition_with_a_relative_clause_on_the_buyer(facts_of):
    facts = facts_of("Tidewater Media, which is headed by Jill Amos, has acquired Bright Lane Pictures.")
    assert of(facts, "acquires") == {("Tidewater Media", "acquires", "Bright Lane Pictures")}


def test_a_phrasal_buying_verb_after_an_apposition(facts_of):
    facts = facts_of("Halcyon Media, the parent of Ashdown Films, snapped up Stonebridge Films last year.")
    assert of(facts, "acquires") == {("Halcyon Media", "acquires", "Stonebridge Films")}


def test_a_takeover_still_to_happen_is_no_acquisition(facts_of):
    facts = facts_of("The deal will see Redwood Capital, which is led by Omar Fitch, take over Stonebridge Films.")
    assert of(facts, "acquires") == set()


def test_a_denied_acquisition_after_an_apposition(facts_of):
    facts = facts_of("Halcyon Media Group, the British broadcaster, has not acquired Stonebridge Films.")
    assert of(facts, "acquires") == set()


def test_a_unit_named_after_its_noun(facts_of):
    facts = facts_of("Halcyon Media's production unit Kestrel Pictures will make the film.")
    assert of(facts, "subsidiaryOf") == {("Kestrel Pictures", "subsidiaryOf", "Halcyon Media")}


def test_a_unit_in_apposition_to_a_compound_noun(facts_of):
    facts = facts_of("The drama was announced by another Halcyon Media unit, Kestrel Pictures, on Monday.")
    assert of(facts, "subsidiaryOf") == {("Kestrel Pictures", "subsidiaryOf", "Halcyon Media")}


def test_units_listed_after_a_plural_noun(facts_of):
    facts = facts_of("He will also oversee Halcyon Media's two other production arms, Kestrel Pictures and Ashdown Films.")
    assert of(facts, "subsidiaryOf") == {("Kestrel Pictures", "subsidiaryOf", "Halcyon Media"),
                                         ("Ashdown Films", "subsidiaryOf", "Halcyon Media")}


def test_a_partner_studio_is_no_unit(facts_of):
    facts = facts_of("Halcyon Media's partner studio Kestrel Pictures will make the film.")
    assert of(facts, "subsidiaryOf") == set()


def test_owners_named_after_a_possessive(facts_of):
    facts = facts_of("It came after a deal with Riverton Films' owners Halcyon Media and Bluepeak Capital.")
    assert of(facts, "owns") == {("Halcyon Media", "owns", "Riverton Films"), ("Bluepeak Capital", "owns", "Riverton Films")}


def test_owners_named_after_a_compound(facts_of):
    facts = facts_of("The commission approved plans by Granite Studios owners Atlas Media Corporation and Bluepeak Capital.")
    assert of(facts, "owns") == {("Atlas Media Corporation", "owns", "Granite Studios"),
                                 ("Bluepeak Capital", "owns", "Granite Studios")}


def test_a_former_owner_before_the_name_owns_nothing(facts_of):
    facts = facts_of("Riverton Films' former owner Halcyon Media sold it.")
    assert of(facts, "owns") == set()


def test_an_owned_compound_opening_a_description(facts_of):
    facts = facts_of("Halcyon Media-owned US streamer Brightwater secured the first season.")
    assert of(facts, "owns") == {("Halcyon Media", "owns", "Brightwater")}
    assert of(facts, "subsidiaryOf") == {("Brightwater", "subsidiaryOf", "Halcyon Media")}


def test_an_owned_compound_before_a_unit_noun(facts_of):
    facts = facts_of("Erwich had been a candidate to head Halcyon Media-owned cable network Brightwater.")
    assert of(facts, "owns") == {("Halcyon Media", "owns", "Brightwater")}


def test_a_formerly_owned_description_is_no_ownership(facts_of):
    facts = facts_of("The formerly Halcyon Media-owned streamer Brightwater secured the first season.")
    assert of(facts, "owns") == set()


def test_a_backed_description_is_an_owner_but_no_parent(facts_of):
    facts = facts_of("Halcyon Media-backed streamer Brightwater secured the first season.")
    assert of(facts, "owns") == {("Halcyon Media", "owns", "Brightwater")} and of(facts, "subsidiaryOf") == set()


def employed(facts: set) -> set:
    return of(facts, "employedBy")


def test_producers_credited_through_their_companies(facts_of):
    facts = facts_of("Kelley executive produces through Harbour Films; Nicole Vane and Peter Sorel through Copperline Studios; "
                     "Scott Bryce and Megan Cole through Lumen Pictures.")
    assert employed(facts) == {("Kelley", "employedBy", "Harbour Films"), ("Nicole Vane", "employedBy", "Copperline Studios"),
                               ("Peter Sorel", "employedBy", "Copperline Studios"), ("Scott Bryce", "employedBy", "Lumen Pictures"),
                               ("Megan Cole", "employedBy", "Lumen Pictures")}


def test_only_the_last_pair_of_a_comma_list_is_the_banner_s(facts_of):
    facts = facts_of("Ruffalo executive produces with Dana Whitlock, Ben Marsh and Glen Hardy for Harbour Films, Wally Lamb and Anya Epps.")
    assert employed(facts) == {("Ben Marsh", "employedBy", "Harbour Films"), ("Glen Hardy", "employedBy", "Harbour Films")}


def test_producers_under_their_banner(facts_of):
    facts = facts_of("Tom Hale and Abigail Stone produced under their Harbour Films banner.")
    assert employed(facts) == {("Tom Hale", "employedBy", "Harbour Films"), ("Abigail Stone", "employedBy", "Harbour Films")}


def test_a_passive_credit_with_two_banners(facts_of):
    facts = facts_of("The film was produced by Brian Kelso for Harbour Films and Chris Fenton for Copperline Studios.")
    assert employed(facts) == {("Brian Kelso", "employedBy", "Harbour Films"), ("Chris Fenton", "employedBy", "Copperline Studios")}


def test_producing_for_a_platform_is_no_job_there(facts_of):
    assert employed(facts_of("Dana Whitlock will executive produce for Netflix.")) == set()


def test_a_rumoured_credit_gives_no_job(facts_of):
    assert employed(facts_of("Dana Whitlock is reportedly set to produce the film for Harbour Films.")) == set()


def test_a_company_name_before_parent_and_the_parent(facts_of):
    facts = facts_of("Blum is majority owner, with Wan and Halcyon Media parent Atlas Group holding the balance.")
    assert of(facts, "subsidiaryOf") == {("Halcyon Media", "subsidiaryOf", "Atlas Group")}


def test_companies_listed_before_parent_share_it(facts_of):
    facts = facts_of("Kestrel Pictures and Brightwater parent Atlas Group plans to split into two companies.")
    assert of(facts, "subsidiaryOf") == {("Kestrel Pictures", "subsidiaryOf", "Atlas Group"), ("Brightwater", "subsidiaryOf", "Atlas Group")}


def test_a_former_compound_parent_is_no_parent(facts_of):
    facts = facts_of("The former Halcyon Media parent Atlas Group sold it.")
    assert of(facts, "subsidiaryOf") == set()


def test_a_company_s_possessive_right_before_another_company(facts_of):
    facts = facts_of("The drama will air on Harbour Studios' Brightwater Television in the spring.")
    assert of(facts, "subsidiaryOf") == {("Brightwater Television", "subsidiaryOf", "Harbour Studios")}


def test_a_person_s_possessive_company_is_no_unit(facts_of):
    facts = facts_of("The deal was struck by Dana Whitlock's Brightwater Television.")
    assert of(facts, "subsidiaryOf") == set()


@pytest.mark.parametrize("text, expected", [
    ("Glasshouse, a six-part drama from Harbour Films, follows two sisters.", {("Harbour Films", "produces", "Glasshouse")}),
    ("Glasshouse is a thriller from Harbour Films and Copperline Studios.",
     {("Harbour Films", "produces", "Glasshouse"), ("Copperline Studios", "produces", "Glasshouse")}),
    # a title, a comma and "from": the makers in apposition
    ("Dark Harbor, from Universal and Blumhouse, opens Friday.",
     {("Universal Pictures", "produces", "Dark Harbor"), ("Blumhouse", "produces", "Dark Harbor")}),
])
def test_a_work_from_a_company_is_produced_by_it(facts_of, text, expected):
    # Any work or genre noun, not only "series": "a drama from", "a thriller from".
    assert of(facts_of(text), "produces") == expected


@pytest.mark.parametrize("text", [
    # a person "from" a company works there; no work is made
    "Dana Vale, a comedy writer from Harbour Films, joined the panel.",
    # an adaptation comes "from" its source
    "Glasshouse is an adaptation from Copperline Books, a publisher in Leeds.",
    # in a sale, the company after "from" is the seller
    "Mubi acquired the thriller Glasshouse, from Harbour Films, for the UK.",
])
def test_no_production_from_a_person_or_an_adaptations_source(facts_of, text):
    assert of(facts_of(text), "produces") == set()


# --- probeB: two companies as the subject of a verb of working together, or of a joint venture ---
@pytest.mark.parametrize("sentence", [
    "Harbour Films and Tidewater Media have teamed up on the drama.",
    "Harbour Films and Tidewater Media are partnering on the drama.",
    "Harbour Films and Tidewater Media have joined forces to make the drama.",
    "Harbour Films and Tidewater Media have formed a joint venture.",
])
def test_two_companies_that_team_up_are_partners(facts_of, sentence):
    assert of(facts_of(sentence), "partnersWith") == {("Harbour Films", "partnersWith", "Tidewater Media")}


@pytest.mark.parametrize("sentence", [
    "Harbour Films and Tidewater Media are in talks to team up on the drama.",  # negotiated
    "Harbour Films and Tidewater Media have not teamed up on the drama.",  # denied
    "Harbour Films and Tidewater Media could form a joint venture.",  # only possible
    "Harbour Films and Tidewater Media, the team behind the hit, are back.",  # a noun, no verb
    "Harbour Films and Tidewater Media have joined the Netflix slate.",  # joining is not joining forces
])
def test_no_team_up_when_hedged_denied_or_a_noun(facts_of, sentence):
    assert of(facts_of(sentence), "partnersWith") == set()


@pytest.mark.parametrize("text, expected", [
    # probeD: the company a show is ordered "from" makes it; the orderer makes it too.
    ("Channel 5 has commissioned \u201cBrass Meadow\u201d from Lanternfish Pictures.",
     {("Channel 5", "produces", "Brass Meadow"), ("Lanternfish Pictures", "produces", "Brass Meadow")}),
    ("Peacock ordered the thriller \u201cRed Kite\u201d from Lanternfish Pictures and Orchard Lane Media.",
     {("Peacock", "produces", "Red Kite"), ("Lanternfish Pictures", "produces", "Red Kite"),
      ("Orchard Lane Media", "produces", "Red Kite")}),
    # The passive, with the orderer after "by" before or after the "from".
    ("\u201cBrass Meadow,\u201d a ten-part drama, has been commissioned from Lanternfish Pictures by Channel 5.",
     {("Channel 5", "produces", "Brass Meadow"), ("Lanternfish Pictures", "produces", "Brass Meadow")}),
    ("\u201cBrass Meadow\u201d has been ordered by Channel 5 from Lanternfish Pictures.",
     {("Channel 5", "produces", "Brass Meadow"), ("Lanternfish Pictures", "produces", "Brass Meadow")}),
    ("\u201cBrass Meadow\u201d could be commissioned from Lanternfish Pictures.", set()),  # hedged
    # Twin: a show bought "from" a company is that company's sale, not an order: no making.
    ("Peacock acquired \u201cRed Kite\u201d from Lanternfish Pictures.", set()),
    # probeD: the company a work is produced "with" makes it too.
    ("Lanternfish Pictures is producing \u201cRed Kite\u201d with Orchard Lane Media.",
     {("Lanternfish Pictures", "produces", "Red Kite"), ("Orchard Lane Media", "produces", "Red Kite")}),
    ("Lanternfish Pictures will co-produce \u201cRed Kite\u201d with Orchard Lane Media.",
     {("Lanternfish Pictures", "produces", "Red Kite"), ("Orchard Lane Media", "produces", "Red Kite")}),
    # Twin: a co-production only under negotiation is no fact.
    ("Lanternfish Pictures is in talks to co-produce \u201cRed Kite\u201d with Orchard Lane Media.", set()),
])
def test_companies_a_work_is_ordered_from_or_made_with_produce_it(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "produces"} == expected


ROUNDUP = ("Peacock has given a pilot order to drama Brass Meadow from writer Ada Quill. Lanternfish Pictures will produce.\n\n"
           "Peacock has also ordered a pilot for thriller Red Kite, written by Omar Field. He will executive produce with Ada Quill. "
           "Orchard Lane Media and Copperline Studios will produce.\n\n"
           "The network's last order is for comedy The Tin Orchard.")


def test_an_unnamed_will_produce_in_a_roundup_paragraph_is_that_paragraphs_title(facts_of):
    # probeD: each later paragraph of a roundup is an item about the title it names, so the
    # companies that "will produce" in it make that title, not the article's first one.
    produced = {f for f in facts_of(ROUNDUP) if f[1] == "produces" and f[0] != "Peacock"}
    assert produced == {("Lanternfish Pictures", "produces", "Brass Meadow"),
                        ("Orchard Lane Media", "produces", "Red Kite"), ("Copperline Studios", "produces", "Red Kite")}


def test_an_unnamed_will_produce_in_a_paragraph_naming_no_title_stays_with_the_main_work(facts_of):
    # Twin: a later paragraph that names no other title is still about the article's work.
    text = ("Peacock has given a pilot order to drama Brass Meadow from writer Ada Quill.\n\n"
            "Ada Quill will executive produce. Lanternfish Pictures will produce.")
    assert {f for f in facts_of(text) if f[1] == "produces" and f[0] != "Peacock"} == {
        ("Lanternfish Pictures", "produces", "Brass Meadow")}


def test_the_title_of_a_pilot_order_is_no_title_in_passing(facts_of):
    # probeD: "a pilot for drama X written by A": the work ordered is what the credit is about.
    text = ("Peacock has given a pilot order to drama Brass Meadow from writer Ada Quill.\n\n"
            "Peacock has also ordered a pilot for drama Red Kite written by Omar Field.")
    assert ("Red Kite", "writtenBy", "Omar Field") in facts_of(text)
    assert ("Brass Meadow", "writtenBy", "Omar Field") not in facts_of(text)


def test_a_title_after_known_for_stays_in_passing(facts_of):
    # Twin: "for" after a calling-card phrase still names a work in passing.
    text = "Omar Field, known for the drama Red Kite, will write \u201cBrass Meadow\u201d for Peacock."
    assert ("Red Kite", "writtenBy", "Omar Field") not in facts_of(text)


@pytest.mark.parametrize("text, expected", [
    # probeD: a work that "hails from" or "comes from" companies is their making.
    ("\u201cBrass Meadow\u201d hails from Lanternfish Pictures.", {("Lanternfish Pictures", "produces", "Brass Meadow")}),
    ("The drama \u201cRed Kite\u201d comes from Lanternfish Pictures and Orchard Lane Media.",
     {("Lanternfish Pictures", "produces", "Red Kite"), ("Orchard Lane Media", "produces", "Red Kite")}),
    ("Peacock has ordered the drama \u201cRed Kite\u201d. The series hails from Orchard Lane Media.",
     {("Peacock", "produces", "Red Kite"), ("Orchard Lane Media", "produces", "Red Kite")}),
    # Twins: news or a decision that "comes from" a company is no work; a hedged origin no fact.
    ("The news comes from Peacock.", set()),
    ("\u201cBrass Meadow\u201d reportedly hails from Lanternfish Pictures.", set()),
])
def test_a_work_that_hails_from_a_company_is_its_making(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "produces"} == expected


@pytest.mark.parametrize("text, expected", [
    # probeD: a company named a work's distributor, or whose release of it is named, distributes it.
    ("Orchard Lane Media is the German distributor of \u201cBrass Meadow\u201d.", {("Orchard Lane Media", "distributes", "Brass Meadow")}),
    ("Orchard Lane Media, the UK distributor of the drama \u201cBrass Meadow\u201d, will open it in May.",
     {("Orchard Lane Media", "distributes", "Brass Meadow")}),
    ("Lanternfish Pictures' release of \u201cRed Kite\u201d grossed $5 million.", {("Lanternfish Pictures", "distributes", "Red Kite")}),
    # Twins: a distributor of films in general, a denied or negotiated role.
    ("Orchard Lane Media is a distributor of independent films such as \u201cBrass Meadow\u201d.", set()),
    ("Orchard Lane Media is not the distributor of \u201cBrass Meadow\u201d.", set()),
    ("Orchard Lane Media is in talks to become the German distributor of \u201cBrass Meadow\u201d.", set()),
])
def test_a_works_named_distributor_distributes_it(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "distributes"} == expected


@pytest.mark.parametrize("text, expected", [
    # probeD: a company that (previously) released works distributed them.
    ("Lanternfish Pictures previously released \u201cBrass Meadow\u201d and \u201cRed Kite\u201d in Germany.",
     {("Lanternfish Pictures", "distributes", "Brass Meadow"), ("Lanternfish Pictures", "distributes", "Red Kite")}),
    # Twins: a work that only owns the trailer released; a denied release.
    ("Lanternfish Pictures released Brass Meadow's first trailer on Monday.", set()),
    ("Lanternfish Pictures has not released \u201cBrass Meadow\u201d in Germany.", set()),
])
def test_a_company_that_released_works_distributes_them(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "distributes"} == expected


def test_a_festival_before_the_title_bought_leaves_the_purchase(facts_of):
    # "Sundance hit" modifies the title; the rule's gap steps over the festival's name.
    facts = facts_of("Neon has acquired Sundance hit Salt Road.")
    assert ("Neon", "acquires", "Salt Road") in facts
    assert not {f for f in facts if "Sundance Film Festival" in (f[0], f[2])}


def test_two_companies_after_with_are_partners_of_the_deals_owner_not_of_each_other(facts_of):
    # "Keel Media's deals with A and B": A and B each deal with Keel Media.
    facts = facts_of("Dana Vale will oversee Keel Media's content deals with Harbour Films and Tern Pictures, and other partnerships.")
    assert ("Harbour Films", "partnersWith", "Tern Pictures") not in facts
    assert ("Keel Media", "partnersWith", "Harbour Films") in facts


def test_two_companies_that_extend_their_deal_are_partners(facts_of):
    facts = facts_of("Harbour Films and Tern Pictures have extended their content partnership.")
    assert ("Harbour Films", "partnersWith", "Tern Pictures") in facts


@pytest.mark.parametrize("sentence", ["Apple TV+ has given a straight-to-series order to Brackwater.",
                                      "ITV has recommissioned Brackwater for a fourth series."])
def test_a_series_order_or_recommission_makes_the_network_produce(facts_of, sentence):
    # A platform that orders a show, or orders more of it, makes it.
    assert of(facts_of(sentence), "produces") == {(sentence.split(" has ")[0], "produces", "Brackwater")}


def test_a_series_order_in_talks_is_no_fact(facts_of):
    # The negative twin: a rumoured order states nothing.
    assert of(facts_of("Apple TV+ is reportedly in talks to give a series order to Brackwater."), "produces") == set()


def test_the_new_drama_from_a_company_in_apposition_is_its_production(facts_of):
    # "X, the upcoming thriller from C": the apposition refers to X and credits C.
    facts = facts_of("Brackwater, the upcoming thriller from Harbour Films, is shooting now.")
    assert of(facts, "produces") == {("Harbour Films", "produces", "Brackwater")}


def test_buying_the_thriller_from_a_company_credits_no_production(facts_of):
    # The negative twin: without the apposition's comma, "from" names the seller.
    assert of(facts_of("Neon acquired the thriller from Harbour Films."), "produces") == set()


# recall2: a network's name or possessive qualifying a show noun, with modifiers between.
@pytest.mark.parametrize("sentence, company", [
    ("Showtime's hit thriller Salt Road has added three new cast members.", "Showtime"),
    ("Dana Vale was a writer on the CBS single-cam comedy \"Salt Road.\"", "CBS"),
    ("Tom Hale (Fox comedy Salt Road) joins the cast.", "Fox"),
    ("Tom Hale starred in the Netflix limited series Salt Road.", "Netflix"),
    ("Dana Vale created HBO's \"Salt Road,\" which aired four seasons.", "HBO"),
])
def test_a_network_show_noun_with_modifiers_names_its_show(facts_of, sentence, company):
    assert (company, "produces", "Salt Road") in facts_of(sentence)


def test_a_past_verb_between_company_and_show_noun_is_no_network_show(facts_of):
    # Negative twin: "acquired comedy X" is a purchase, not the buyer's own show.
    assert ("Netflix", "produces", "Salt Road") not in facts_of("Netflix acquired comedy Salt Road last week.")
    assert ("HBO", "produces", "Salt Road") not in facts_of("HBO and the drama Salt Road were in the news.")


def test_a_plural_network_show_noun_lists_its_titles(facts_of):
    facts = facts_of("Dana Vale previously co-created the critically-acclaimed HBO shows \"Salt Road\" and \"Copperhead.\"")
    assert of(facts, "produces") == {("HBO", "produces", "Salt Road"), ("HBO", "produces", "Copperhead")}


def test_a_singular_network_show_noun_names_one_title(facts_of):
    # Negative twin: "the HBO drama X and Y" says only X is HBO's drama.
    facts = facts_of("The HBO drama \"Salt Road\" and \"Copperhead\" were both nominated.")
    assert of(facts, "produces") == {("HBO", "produces", "Salt Road")}


def test_a_role_of_a_networks_titled_show_is_no_employer(facts_of):
    facts = facts_of("Dana Vale, creator, writer and executive producer of the HBO series Salt Road, said the show will return.")
    assert ("Dana Vale", "employedBy", "HBO") not in facts
    assert ("HBO", "produces", "Salt Road") in facts


@pytest.mark.parametrize("sentence", ["Dana Vale, head of HBO drama, said the show will return.",
                                      "Dana Vale, president of programming at HBO, said the show will return."])
def test_a_role_of_a_department_or_at_a_company_is_employment(facts_of, sentence):
    assert ("Dana Vale", "employedBy", "HBO") in facts_of(sentence)


@pytest.mark.parametrize("sentence", ["Netflix has given Brackwater an eight-episode order.",
                                      "Netflix has given the drama Brackwater a second season."])
def test_giving_a_show_an_order_or_a_season_makes_the_platform_produce_it(facts_of, sentence):
    assert of(facts_of(sentence), "produces") == {("Netflix", "produces", "Brackwater")}


def test_giving_a_company_an_order_names_no_show(facts_of, entities_of):
    # The twin: the company given the order is its maker, no title.
    assert entities_of("The BBC gave Harbour Films a series order.")["Harbour Films"].type == "ProductionCompany"


@pytest.mark.parametrize("sentence", ["Harbour Films will lease Kestrel Studios, a Dublin facility with six stages, and Pinewood Ireland Studios, the company said.",
                                      "Harbour Films leases Kestrel Studios and Pinewood Ireland Studios on a production-by-production basis."])
def test_leasing_studios_is_a_deal_with_each_studio(facts_of, sentence):
    assert of(facts_of(sentence), "partnersWith") == {("Harbour Films", "partnersWith", "Kestrel Studios"),
                                                      ("Harbour Films", "partnersWith", "Pinewood Ireland Studios")}


@pytest.mark.parametrize("sentence", ["Harbour Films did not lease Kestrel Studios.",
                                      "Harbour Films may lease Kestrel Studios next year."])
def test_a_denied_or_hedged_lease_is_no_deal(facts_of, sentence):
    # The twins: no lease happened.
    assert of(facts_of(sentence), "partnersWith") == set()


@pytest.mark.parametrize("sentence", ["Harbor Media will team with Dana Vale's Kestrel Pictures to finance the thriller Frostline.",
                                      "Harbor Media has signed a first-look deal with Frostline director Dana Vale and her Kestrel Pictures banner.",
                                      "Harbor Media's pact with London-based studio operator Kestrel Pictures runs until 2027."])
def test_a_qualified_company_after_with_is_the_partner(facts_of, sentence):
    # A possessor, a descriptor or a person listed first stands between "with" and the partner.
    assert of(facts_of(sentence), "partnersWith") == {("Harbor Media", "partnersWith", "Kestrel Pictures")}


@pytest.mark.parametrize("sentence", ["Harbor Media is in talks to team with Dana Vale's Kestrel Pictures.",
                                      "Harbor Media did not sign a deal with Dana Vale's Kestrel Pictures.",
                                      "Harbor Media competes with Dana Vale's Kestrel Pictures for the rights.",
                                      "Harbor Media has signed a first-look deal with Frostline director Dana Vale."])
def test_no_partner_after_with_when_hedged_denied_rival_or_a_person(facts_of, sentence):
    # The twins: a negotiation, a denial, a verb of rivalry, a person alone (no company).
    assert of(facts_of(sentence), "partnersWith") == set()


@pytest.mark.parametrize("sentence", ["The thriller Salt Road was produced by Dublin-based Harbour Films.",
                                      "The thriller Salt Road was produced by indie outfit Harbour Films."])
def test_a_described_company_after_produced_by_produces(facts_of, sentence):
    # "-based" and lower-case descriptors stand between "by" and the company.
    assert of(facts_of(sentence), "produces") == {("Harbour Films", "produces", "Salt Road")}

# audit3: "X's CBS-based banner": the company before "-based" is where the banner is, not X's.
def test_a_company_before_based_is_not_the_owners(facts_of):
    facts = facts_of("Tracey Hale joins Harbour Studios as head of comedy after most recently serving as head of "
                     "Craig Reed's CBS-based production banner, Green Hill West.")
    assert ("Craig Reed", "employedBy", "CBS") not in facts


def test_a_possessive_company_is_the_owners(facts_of):
    # Negative twin: without "-based" the possessed company is the person's.
    facts = facts_of("Tracey Hale joins Harbour Studios after running Craig Reed's Copperline Pictures.")
    assert ("Craig Reed", "employedBy", "Copperline Pictures") in facts


# audit3: a title that is a person's epithet ("“Glasshouse” creator Dana Vale") is no work ordered.
def test_an_epithet_title_is_not_the_work_ordered(facts_of):
    facts = facts_of("Netflix greenlights next project from “Glasshouse” creator Dana Vale.")
    assert ("Netflix", "produces", "Glasshouse") not in facts


def test_the_title_ordered_is_produced(facts_of):
    # Negative twin: the title that is the order's object is the network's.
    facts = facts_of("Netflix has ordered “Glasshouse,” a drama from creator Dana Vale.")
    assert ("Netflix", "produces", "Glasshouse") in facts


@pytest.mark.parametrize("sentence", ["Dana Vale, who stars in Salt Road on NBC, will lead the new drama.",
                                      "Dana Vale worked on \u201cSalt Road\u201d on NBC."])
def test_a_title_on_a_channel_is_shown_by_it(facts_of, sentence):
    assert of(facts_of(sentence), "distributes") == {("NBC", "distributes", "Salt Road")}


def test_a_title_on_a_day_or_for_a_channel_is_not_shown_on_it(facts_of):
    # The twin: only "on" + a channel or streamer right after the title.
    assert of(facts_of("Dana Vale wrote Salt Road for NBC on Monday."), "distributes") == set()


@pytest.mark.parametrize("sentence", ["Peacock has greenlit Night Shift, a comedy from Dana Vale and Harbour Films.",
                                      "Peacock has greenlit Night Shift, a comedy from Dana Vale, Tom Hale and Harbour Films."])
def test_a_company_listed_after_people_from_whom_a_show_comes_produces_it(facts_of, sentence):
    assert of(facts_of(sentence), "produces") == {("Peacock", "produces", "Night Shift"), ("Harbour Films", "produces", "Night Shift")}


def test_a_show_from_people_only_names_no_producing_company(facts_of):
    # The twin: no company in the list.
    assert of(facts_of("Peacock has greenlit Night Shift, a comedy from Dana Vale and Tom Hale."), "produces") == {("Peacock", "produces", "Night Shift")}


@pytest.mark.parametrize("sentence", ["Neon will handle U.S. distribution of Salt Road.",
                                      "Neon will handle the U.S. release of Salt Road.",
                                      "Neon will handle North American distribution for the film Salt Road."])
def test_a_company_handling_a_works_distribution_distributes_it(facts_of, sentence):
    assert of(facts_of(sentence), "distributes") == {("Neon", "distributes", "Salt Road")}


def test_a_company_not_handling_distribution_distributes_nothing(facts_of):
    # The twin: a denied handling.
    assert of(facts_of("Neon will not handle distribution of Salt Road."), "distributes") == set()


def test_a_company_ranking_an_authors_book_is_not_the_authors_employer(facts_of):
    # precision5: "Dana Vale's New York Times best-selling novel" is the author's book
    facts = facts_of("The series is based on Dana Vale's New York Times best-selling novel.")
    assert of(facts, "employedBy") == set()


def test_a_persons_possessive_company_is_still_her_company(facts_of):
    # negative twin: no book noun after the company
    facts = facts_of("The film is produced by Dana Vale's Harbour Films and stars Tom Hale.")
    assert ("Dana Vale", "employedBy", "Harbour Films") in facts


def test_a_possessive_name_after_acquired_owns_what_was_bought(facts_of):
    # precision5: the company is the one whose film was bought, not the thing bought
    facts = facts_of("Harbour Films acquired Copperline Studios\u2019s acclaimed thriller \u201cEmber Road\u201d for North America.")
    assert ("Harbour Films", "acquires", "Copperline Studios") not in facts
    assert ("Harbour Films", "acquires", "Ember Road") in facts


def test_an_acquired_company_with_no_possessive_is_bought(facts_of):
    # negative twin
    facts = facts_of("Harbour Films acquired Copperline Studios for $40 million.")
    assert ("Harbour Films", "acquires", "Copperline Studios") in facts


def test_a_companys_possessive_in_apposition_after_a_title_names_its_maker(facts_of):
    # "X, Peacock's upcoming drama series,": the network's show, said after the title.
    facts = facts_of("Cold Harbour, Peacock's upcoming drama series, stars Dana Vale.")
    assert ("Peacock", "produces", "Cold Harbour") in facts
    # Twin: a person's role in that slot ("Peacock's drama chief") names no show of Peacock's.
    assert not {f for f in facts_of("Dana Vale, Peacock's drama chief, praised Cold Harbour.") if f[1] == "produces"}


def test_a_possessive_pronoun_gives_the_person_her_own_shingle(facts_of):
    # tv7: "A will develop ... through his A Productions shingle", no credit in the sentence
    facts = facts_of("Nora Quill will develop new dramas through her Quillhouse Entertainment shingle.")
    assert of(facts, "employedBy") == {("Nora Quill", "employedBy", "Quillhouse Entertainment")}


def test_a_deal_for_a_person_and_her_production_company(facts_of):
    # tv7: "the first studio overall for A and her X production company"
    facts = facts_of("The pact is the first studio overall for Nora Quill and her Quillhouse Entertainment production company.")
    assert ("Nora Quill", "employedBy", "Quillhouse Entertainment") in facts


def test_a_companys_own_banner_is_not_the_persons(facts_of):
    # negative twin: "its" belongs to the company before it, not to the person
    facts = facts_of("Nora Quill praised Harbour Films and its Quillhouse Entertainment banner.")
    assert ("Nora Quill", "employedBy", "Quillhouse Entertainment") not in facts


def test_a_show_renewed_at_a_network_is_the_networks(facts_of):
    # tv7: "X has been renewed for a second season at FX", "X was renewed by Hulu"
    assert ("Streamly", "produces", "Blue Harbor") in facts_of("The drama series Blue Harbor has been renewed for a second season at Streamly.")
    assert ("Streamly", "produces", "Blue Harbor") in facts_of("Blue Harbor was renewed by Streamly for a third season.")


def test_a_show_not_renewed_at_a_network_gives_no_fact(facts_of):
    # negative twin: a denied renewal
    facts = facts_of("The drama series Blue Harbor has not been renewed for a second season at Streamly.")
    assert of(facts, "produces") == set()


def test_a_renewal_given_to_a_show_is_the_givers_order(facts_of):
    # tv7: "NBC has given a second-season renewal to supernatural drama X"
    facts = facts_of("Streamly has given a second-season renewal to supernatural drama Blue Harbor, which launched last summer.")
    assert ("Streamly", "produces", "Blue Harbor") in facts


def test_a_persons_own_banner_after_and_his_is_her_company(facts_of):
    # biz7: "director A and his X banner" names the company A runs
    facts = facts_of("Universal signed a deal with director Tom Reyes and his Kestrel North Production banner.")
    assert ("Tom Reyes", "employedBy", "Kestrel North Production") in facts


@pytest.mark.parametrize("sentence", [
    # "prodco" is the trade's clipped "production company", a banner noun like the others
    "Universal signed a deal with director Tom Reyes and his Kestrel North prodco.",
    # a hedge on the deal does not reach the possessive: the banner is his either way
    "Universal is in talks with director Tom Reyes and his Kestrel North banner.",
])
def test_a_persons_own_prodco_or_hedged_banner_is_still_his_company(facts_of, sentence):
    assert ("Tom Reyes", "employedBy", "Kestrel North") in facts_of(sentence)


def test_a_person_and_his_partner_is_no_banner(facts_of):
    # negative twin: "his partner" is a person, no company of his
    facts = facts_of("Universal signed a deal with director Tom Reyes and his partner Jane Roe.")
    assert of(facts, "employedBy") == set()


def test_a_company_in_apposition_to_a_persons_banner_is_hers(facts_of):
    # biz7: "A's CBS-based production banner, X": the apposition names A's company
    facts = facts_of("Tom Reyes joins Harbor TV as senior veep of comedy after serving as head of Jane Roe's CBS-based production banner, Green Valley West.")
    assert ("Jane Roe", "employedBy", "Green Valley West") in facts


def test_a_work_in_apposition_to_a_persons_film_is_no_company(facts_of):
    # negative twin: a film noun, not a banner noun
    facts = facts_of("Jane Roe's film, Green Valley West, was a hit.")
    assert ("Jane Roe", "employedBy", "Green Valley West") not in facts


@pytest.mark.parametrize("sentence, fact", [
    # biz7: a work directed or made "for" a company is that company's production
    ("Two years ago Tom Reyes directed Quiet Orchard for Focus Features.", ("Focus Features", "produces", "Quiet Orchard")),
    # biz7: "X set up at Universal": the trade's idiom for a project at the studio making it
    ("Kestrel Films also has Tom Reyes' thriller Blue Ferry set up at Universal with Jane Roe.", ("Universal Pictures", "produces", "Blue Ferry")),
])
def test_a_work_made_for_or_set_up_at_a_company_is_its_production(facts_of, sentence, fact):
    assert fact in facts_of(sentence)


@pytest.mark.parametrize("sentence", [
    # negative twins: "for" a span of time, "for" a company's support
    "Tom Reyes directed Quiet Orchard for two years.",
    "Tom Reyes praised Quiet Orchard for Focus Features' support.",
])
def test_for_without_a_maker_gives_no_production(facts_of, sentence):
    assert of(facts_of(sentence), "produces") == set()


def test_a_persons_based_venture_named_after_it_is_hers(facts_of):
    # biz7: "A's Austin-based venture Kestrel"
    facts = facts_of("Investors in Jane Roe's Austin-based venture Kestrel include Harbor Pictures.")
    assert ("Jane Roe", "employedBy", "Kestrel") in facts


def test_a_persons_joint_venture_with_a_company_is_no_post(facts_of):
    # negative twin: the company after "with" is the partner, no venture of hers
    facts = facts_of("Jane Roe's joint venture with Harbor Pictures will fund films.")
    assert of(facts, "employedBy") == set()


# The head of the bought phrase is what is bought; a name that only qualifies it (a possessor,
# titles before a maker noun) is not (deals8 survey: 3 pages).
@pytest.mark.parametrize("sentence, bought, not_bought", [
    ("Corvid Films acquired Tallow Pictures' crime drama Frostline.", "Frostline", "Tallow Pictures"),
    ("Acorn Stream has acquired Beaumont Stories\u2019 French crime drama Balthazar.", "Balthazar", "Beaumont Stories"),
])
def test_a_possessor_of_the_bought_title_is_not_bought(facts_of, sentence, bought, not_bought):
    acquired = {f[2] for f in of(facts_of(sentence), "acquires")}
    assert bought in acquired and not_bought not in acquired


def test_titles_before_a_maker_noun_are_not_bought(facts_of):
    facts = facts_of("Kestrel Media has acquired Gray Harbor and Frostline producer Tallow Pictures.")
    assert not {f for f in of(facts, "acquires") if f[2] in ("Gray Harbor", "Frostline")}


@pytest.mark.parametrize("sentence, bought", [
    ("Corvid Films acquired 'Frostline' last week.", "Frostline"),  # a closing quote, no possessive
    ("Corvid Films has acquired Tallow Pictures.", "Tallow Pictures"),
])
def test_a_possessor_negative_twins(facts_of, sentence, bought):
    assert ("Corvid Films", "acquires", bought) in of(facts_of(sentence), "acquires")


# deals8: a maker epithet is said of every title listed before its noun ("T1 and T2 producer
# X"), and "co-producer" is a maker noun; a title's closing quote may stand before it.
@pytest.mark.parametrize("sentence, expected", [
    ('"Midnight Lantern" and "Frostline" distributor Kestrel Media is expanding.',
     {("Kestrel Media", "distributes", "Midnight Lantern"), ("Kestrel Media", "distributes", "Frostline")}),
    ('Spanish rights lie with "Gray Harbor" co-producer Telecinco.', {("Telecinco", "produces", "Gray Harbor")}),
])
def test_an_epithet_covers_every_listed_title(facts_of, sentence, expected):
    facts = facts_of(sentence)
    assert of(facts, "distributes") | of(facts, "produces") == expected


def test_an_epithet_after_listed_companies_names_no_work(facts_of):
    facts = facts_of("Kestrel Media and Tallow Pictures producer Dana Whit spoke.")
    assert of(facts, "produces") == set() and of(facts, "distributes") == set()


# --- hires33: an apposition naming a tie that is no job ---
@pytest.mark.parametrize("sentence", [
    "Rita Combs, a client of Harbour Films, will star in the film.",
    "Rita Combs and Tom Hale, longtime clients of Harbour Films, will star in the film.",
    "Rita Combs, an old friend of Tidewater Media, will star in the film.",
])
def test_a_tie_that_is_no_job_names_no_employer(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "employedBy"}


def test_a_job_apposition_still_names_the_employer(facts_of):
    # positive twin: a partner at a firm is its staff
    assert ("Rita Combs", "employedBy", "Harbour Films") in facts_of("Rita Combs, a partner at Harbour Films, will produce the film.")


# --- salelist33: "closed deals with A (UK) and B (Germany)": territory buyers, no partners ---
def test_deals_with_bracketed_territory_buyers_are_no_partnership(facts_of):
    facts = facts_of("Tamsin Reel has closed deals with Brightmoor Films (UK) and Falkvik Film (Germany).")
    assert not of(facts, "partnersWith")


def test_a_deal_with_a_company_without_a_territory_is_a_partnership(facts_of):
    # Negative twin: no bracketed territory, so the deal makes the two partners.
    facts = facts_of("Tamsin Reel has closed a deal with Brightmoor Films.")
    assert of(facts, "partnersWith") == {("Tamsin Reel", "partnersWith", "Brightmoor Films")}


# --- emp34: a department or standing word between a company and the title before a name ---
@pytest.mark.parametrize("sentence, expected", [
    ("Harbour Films' film chairman Tom Hale announced his resignation.", {("Tom Hale", "employedBy", "Harbour Films")}),
    ("Harbour Films' new CEO Tom Hale has added a content chief.", {("Tom Hale", "employedBy", "Harbour Films")}),
    ("Harbour Films production president Rita Combs has overseen such hits.", {("Rita Combs", "employedBy", "Harbour Films")}),
    ("Tidewater Media's outgoing TV honcho, Tom Hale, will leave.", {("Tom Hale", "employedBy", "Tidewater Media")}),
    ("Harbour Films co-chairman Tom Hale was stepping down.", {("Tom Hale", "employedBy", "Harbour Films")}),
])
def test_a_qualified_title_between_company_and_name(facts_of, sentence, expected):
    assert of(facts_of(sentence), "employedBy") == expected


@pytest.mark.parametrize("sentence", [
    "Netflix film director Tom Hale shot the movie in Spain.",  # a film's director, no post
    "The studio said Harbour Films executive produces the drama with Tom Hale.",  # a verb, no title
    "Harbour Films' new drama Salt Road stars Tom Hale.",  # a work, no title
])
def test_a_qualified_title_negative_twins(facts_of, sentence):
    assert not of(facts_of(sentence), "employedBy")


@pytest.mark.parametrize("sentence, role", [
    ("Harbour Films' film chairman Tom Hale announced his resignation.", "film chairman"),  # a department is part of the title
    ("Harbour Films production president Rita Combs has overseen such hits.", "production president"),
    ("Harbour Films' new CEO Tom Hale has added a content chief.", "CEO"),  # a standing word is not
])
def test_a_qualified_title_gives_the_role(facts_of, sentence, role):
    assert {f[2] for f in of(facts_of(sentence), "role")} == {role}


# "acquire ITV Studios dramas": a company before a noun of its works qualifies what was bought.
@pytest.mark.parametrize("sentence", [
    "Kestrel Media has acquired Lumen Pictures dramas for its platform.",
    "Kestrel Media acquired the Lumen Pictures library for $300 million.",
])
def test_a_companys_works_bought_are_no_company_acquisition(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "acquires" and f[2] == "Lumen Pictures"}


def test_a_company_bought_outright_is_still_acquired(facts_of):
    # Twin: nothing after the name qualifies it.
    assert ("Kestrel Media", "acquires", "Lumen Pictures") in facts_of("Kestrel Media has acquired Lumen Pictures for $300 million.")


@pytest.mark.parametrize("sentence", ["Harbor Studios is joining forces with Kestrel Media.",
                                      "Harbor Studios has aligned with Kestrel Media to launch a new label."])
def test_joining_forces_or_aligning_with_a_company_is_a_partnership(facts_of, sentence):
    assert of(facts_of(sentence), "partnersWith") == {("Harbor Studios", "partnersWith", "Kestrel Media")}


@pytest.mark.parametrize("sentence, buyer", [("The fantasy series Night Train was sold to French pubcaster Harbor Television.", "Harbor Television"),
                                             ("The drama Night Train was sold to UK broadcaster Channel 4.", "Channel 4")])
def test_a_show_sold_to_a_described_buyer_is_bought_by_it(facts_of, sentence, buyer):
    # A nationality, a country and a lower-case descriptor may stand between "to" and the buyer.
    assert (buyer, "acquires", "Night Train") in facts_of(sentence)


def test_a_film_sold_to_no_company_is_bought_by_nobody(facts_of):
    assert of(facts_of("Harbour Films sold the film Night Train to audiences in France."), "acquires") == set()


def test_a_company_describing_the_title_bought_is_not_bought(facts_of):
    facts = facts_of("Kidsplay Worldwide has pre-bought new Loop Studios preschool toon Tidepool Tots.")
    assert ("Kidsplay Worldwide", "acquires", "Tidepool Tots") in facts
    assert ("Kidsplay Worldwide", "acquires", "Loop Studios") not in facts


def test_a_company_bought_with_its_library_is_bought(facts_of):
    # Twin: no title after the company: the company itself is what is bought.
    assert ("Kidsplay Worldwide", "acquires", "Loop Studios") in facts_of("Kidsplay Worldwide has bought Loop Studios and its library.")


@pytest.mark.parametrize("sentence, expected", [
    ("Owned by Sweden's Modern Times Group, streaming service Viaplay is expanding.", ("Modern Times Group", "owns", "Viaplay")),
    ("Owned by Harbor Media, the studio Lumo Pictures is expanding.", ("Harbor Media", "owns", "Lumo Pictures")),
])
def test_an_opening_owned_by_participle_names_the_subjects_owner(facts_of, sentence, expected):
    assert expected in facts_of(sentence)


def test_an_owned_by_participle_with_a_hedge_names_no_owner(facts_of):
    assert not {f for f in facts_of("Reportedly owned by Harbor Media, the studio Lumo Pictures is expanding.") if f[1] == "owns"}


def test_producer_groups_each_for_a_company(facts_of):
    facts = facts_of("The film Cold Harbor stars Ann Lee. The film's producers are Tom Vale and Bo Grant for Northwind "
                     "Pictures and Kim Bauer for Tallis Film.")
    assert {f[2] for f in facts if f[:2] == ("Cold Harbor", "producer")} == {"Tom Vale", "Bo Grant", "Kim Bauer"}
    assert {f[0] for f in facts if f[1:] == ("produces", "Cold Harbor")} == {"Northwind Pictures", "Tallis Film"}
    assert ("Kim Bauer", "employedBy", "Tallis Film") in facts and ("Kim Bauer", "employedBy", "Northwind Pictures") not in facts


def test_producers_with_no_for_company_give_no_company(facts_of):
    # Twin: a plain producer list names no company.
    facts = facts_of("The film Cold Harbor stars Ann Lee. The film's producers are Tom Vale, Bo Grant and Kim Bauer.")
    assert not {f for f in facts if f[1] in ("produces", "employedBy")}


def test_ep_groups_split_by_semicolons_each_for_a_company(facts_of):
    # "EPs include A and B for X; C and D for Y": the short form, "include" and semicolons.
    facts = facts_of("Harbour TV has ordered the drama Salt Harbor. Other EPs include Ann Bell and Ray Moss for Tall Tree "
                     "Pictures; Joe Kim and Lea Fox for Lantern Films.")
    assert {f[2] for f in facts if f[:2] == ("Salt Harbor", "executiveProducer")} == {"Ann Bell", "Ray Moss", "Joe Kim", "Lea Fox"}
    assert ("Joe Kim", "employedBy", "Lantern Films") in facts and ("Joe Kim", "employedBy", "Tall Tree Pictures") not in facts


def test_a_last_producer_with_no_company_keeps_the_credit(facts_of):
    facts = facts_of("Harbour TV has ordered the drama Salt Harbor. Executive producers are Ed Rune for Northgate Films, "
                     "Mara Bell and Dan Zell for Scott Lane Productions, and Tom Rook.")
    assert ("Salt Harbor", "executiveProducer", "Tom Rook") in facts
    # Twin: the loose name works for no company of the list.
    assert not {f for f in facts if f[0] == "Tom Rook" and f[1] == "employedBy"}


def test_a_bought_company_after_its_description(facts_of):
    # "acquired specialist French cartoon house X": the description ends in a company noun.
    facts = facts_of("German animation producer and distributor Kolbe Media International has acquired specialist "
                     "French cartoon house Studio Corvo Animation.")
    assert ("Kolbe Media International", "acquires", "Studio Corvo Animation") in facts


def test_a_company_after_rights_is_no_company_bought(facts_of):
    # Twin: rights to a company's drama buy the drama, not the company.
    facts = facts_of("Kolbe Media has acquired the rights to the drama Salt Road from producer Harbour Films.")
    assert ("Kolbe Media", "acquires", "Harbour Films") not in facts


@pytest.mark.parametrize("text, pairs", [
    ("Netflix has boarded new series including \u201cSea Dogs\u201d from Snafu Pictures and \u201cReef Life\u201d from Rainbow Productions.",
     {("Snafu Pictures", "Sea Dogs"), ("Rainbow Productions", "Reef Life")}),
    ("\u201cSea Dogs,\u201d from Snafu Pictures, premieres in May.", {("Snafu Pictures", "Sea Dogs")}),
])
def test_a_title_from_a_company_is_its_making(facts_of, text, pairs):
    assert pairs <= {(f[0], f[2]) for f in facts_of(text) if f[1] == "produces"}


@pytest.mark.parametrize("text", ["Netflix acquired \u201cSea Dogs\u201d from Snafu Pictures.",
                                  "Netflix has picked up \u201cSea Dogs\u201d from Snafu Pictures for the UK."])
def test_a_title_bought_from_a_company_is_not_its_making(facts_of, text):
    # Twins: after a verb of trade, "from" names the seller.
    assert ("Snafu Pictures", "produces", "Sea Dogs") not in facts_of(text)


@pytest.mark.parametrize("text", ["Bright Harbor Studios has sealed a $200m joint venture with Maple Ridge Ventures.",
                                  "Bright Harbor Studios has formed a joint venture with Maple Ridge Ventures."])
def test_a_joint_venture_with_a_company_is_a_partnership(facts_of, text):
    assert ("Bright Harbor Studios", "partnersWith", "Maple Ridge Ventures") in facts_of(text)


def test_a_venture_that_denies_ties_is_no_partnership(facts_of):
    # Twin: the clause denies the tie.
    assert not {f for f in facts_of("Bright Harbor Studios has not formed a venture with Maple Ridge Ventures.") if f[1] == "partnersWith"}


def test_a_company_that_is_the_producer_of_listed_films_produces_each(facts_of):
    # "The London-based company is also the producer of films such as A, B and C": the copula says
    # what the apposition "X, the producer of A" says; "the London-based company" is X
    facts = facts_of("Harbour Films has hired Dana Vale. The London-based company is also the producer of films such as "
                     "\u201cHarbor Lights,\u201d \u201cNight Ferry\u201d and \u201cCold Spring.\u201d")
    assert {f for f in facts if f[1] == "produces"} == {
        ("Harbour Films", "produces", "Harbor Lights"), ("Harbour Films", "produces", "Night Ferry"), ("Harbour Films", "produces", "Cold Spring")}


def test_a_producer_of_a_genre_produces_no_title_named_later(facts_of):
    # negative twin: "a producer of documentaries" names no title; the founder's film is the founder's
    facts = facts_of("Harbour Films is a producer of documentaries, and its founder Dana Vale made \u201cHarbor Lights.\u201d")
    assert not {f for f in facts if f[1] == "produces"}


def test_a_work_that_has_sold_to_buyers_is_acquired_by_each(facts_of):
    # sales copy from the work's side: "X has sold to A for the UK"
    facts = facts_of("Copperhead has sold to Lumen Releasing for the UK.")
    assert ("Lumen Releasing", "acquires", "Copperhead") in facts
    assert ("Lumen Releasing", "distributes", "Copperhead") in facts


@pytest.mark.parametrize("sentence, buyer", [
    ("The drama Dark Valley has also sold to France's Canal Nova.", "Canal Nova"),
    ("The drama Dark Valley has sold to German public broadcaster WDN.", "WDN"),
])
def test_a_work_that_has_sold_to_a_described_buyer_is_acquired_by_it(facts_of, sentence, buyer):
    # The buyer's country (a possessive) and what it is may stand between "to" and its name.
    assert of(facts_of(sentence), "acquires") == {(buyer, "acquires", "Dark Valley")}


def test_a_work_sold_to_someone_in_a_companys_market_is_bought_by_nobody(facts_of):
    # Twin: a preposition between "to" and the name ends the buyer's description.
    assert of(facts_of("The drama Dark Valley has sold to the highest bidder in Canal Nova's home market."), "acquires") == set()


def test_a_company_that_sold_to_another_buys_nothing(facts_of):
    # negative twin: a company subject sold itself or something unnamed; no work is bought
    assert not {f for f in facts_of("Harbour Films sold to Netflix in 2020.") if f[1] == "acquires"}


def test_a_deal_to_distribute_a_work_distributes_it(facts_of):
    assert ("Lumen Releasing", "distributes", "Copperhead") in facts_of(
        "Lumen Releasing has inked a deal to distribute Copperhead in the UK.")


# A company's relative clause of making, with a work's year, praise or genre before the title.
@pytest.mark.parametrize("text", [
    "Colorline Films, which produced the 2012 blockbuster film Hunger Road, has signed a deal with Netflix.",
    "Colorline Films, which produced Hunger Road, has signed a deal with Netflix.",
])
def test_a_companys_relative_clause_of_making_produces(facts_of, text):
    assert ("Colorline Films", "produces", "Hunger Road") in facts_of(text)


@pytest.mark.parametrize("text", [
    "Colorline Films, which produced a documentary about Hunger Road, has a deal with Netflix.",
    "Colorline Films, which produced the sequel to Hunger Road, has a deal with Netflix.",
])
def test_a_work_about_or_after_the_title_is_not_it(facts_of, text):
    assert ("Colorline Films", "produces", "Hunger Road") not in facts_of(text)


# A company's possessive or name before any genre noun of a show or film makes the title its own:
# "Amazon Studios' ballooning adventure X", "the HBO fantasy X".
@pytest.mark.parametrize("text, fact", [
    ("Amazon Studios' ballooning adventure The Skyfarers will open the festival.", ("Amazon MGM Studios", "produces", "The Skyfarers")),
    ("The HBO fantasy Ember is a hit.", ("HBO", "produces", "Ember")),
])
def test_a_companys_genre_noun_before_a_title_makes_it_its_own(facts_of, text, fact):
    assert fact in facts_of(text)


def test_a_companys_genre_noun_with_no_title_after_it_produces_nothing(facts_of):
    # Twin: no title in apposition to the noun.
    assert not {f for f in facts_of("HBO's fantasy slate is growing, Lena Hart said.") if f[1] == "produces"}


# A company named in a relative clause on a person ("who ...") is said of that person: the deal of
# the main clause is not that company's.
@pytest.mark.parametrize("text", [
    "Lena Hart, who spent a decade at Hulu, has signed an overall deal with Lionsgate.",
    "The Vale sisters, who had a long relationship with Hulu, signed a three-year deal with Lionsgate.",
])
def test_a_company_in_a_persons_relative_clause_signs_no_deal(facts_of, text):
    assert not {f for f in facts_of(text) if f[1] == "partnersWith"}


def test_a_company_with_its_own_relative_clause_signs_the_deal(facts_of):
    # Twin: the relative clause is on the company, which is the main clause's subject.
    assert ("Hulu", "partnersWith", "Lionsgate") in facts_of("Hulu, which Lena Hart once ran, has signed an overall deal with Lionsgate.")


@pytest.mark.parametrize("text, buyers", [
    ('The drama "Cold Harbor" has been acquired by Northgate Films and Streamly, Deadline has learned.',
     {"Northgate Films", "Streamly"}),
    ('The drama "Cold Harbor" has been acquired by Northgate Films, Variety reported.', {"Northgate Films"}),
    # Twin: a third buyer after a comma and "and" is still a buyer.
    ('The drama "Cold Harbor" has been acquired by Northgate Films, Streamly and Corvane.',
     {"Northgate Films", "Streamly", "Corvane"}),
])
def test_the_news_source_after_a_list_of_buyers_is_no_buyer(facts_of, text, buyers):
    # ", Deadline has learned" names who reports the deal, not a party to it.
    assert {s for s, p, o in facts_of(text) if p == "acquires"} == buyers


def test_a_company_named_in_german_is_a_producer_not_a_person(facts_of):
    facts = facts_of('The series "Iron Coast" is produced by Lumen Filme and Gamma Film.')
    assert of(facts, "produces") == {("Lumen Filme", "produces", "Iron Coast"), ("Gamma Film", "produces", "Iron Coast")}
    assert not of(facts, "producer")


def test_a_with_phrase_after_a_comma_adds_no_production_partner(facts_of):
    # The company after ", with" arranged something else; it did not make the work with them.
    facts = facts_of("Rocket Films and Harbour Pictures will produce and are handling international sales, "
                     "with Norfolk Media Finance, which arranged the financing.")
    assert not {f for f in facts if f[1] == "partnersWith" and "Norfolk Media Finance" in f}


def test_producing_with_a_company_makes_partners(facts_of):
    # Twin: no comma, the two companies make it together.
    facts = facts_of("Rocket Films will develop the drama with Norfolk Media Finance.")
    assert ("Rocket Films", "partnersWith", "Norfolk Media Finance") in facts


def test_a_companys_calling_card_is_no_work_ordered(facts_of):
    # "commissioned Moonbeam producer Kestrel Studio to make X": Moonbeam is Kestrel's calling card.
    facts = facts_of("Netflix has commissioned Moonbeam producer Kestrel Studio to make the drama \u201cThe Long Field.\u201d")
    assert ("Netflix", "produces", "Moonbeam") not in facts
    # the company commissioned makes the work, with the network whose order it is
    assert {("Netflix", "produces", "The Long Field"), ("Kestrel Studio", "produces", "The Long Field")} <= facts


@pytest.mark.parametrize("text", [
    "Korvex Media has renewed Salt Harbour and Greyline.",
    "Korvex Media has renewed the dramas Salt Harbour and Greyline for second seasons.",
])
def test_a_network_renewing_several_shows_makes_each(facts_of, text):
    assert of(facts_of(text), "produces") == {("Korvex Media", "produces", "Salt Harbour"), ("Korvex Media", "produces", "Greyline")}


def test_a_renewed_deal_is_no_show(facts_of):
    # Twin: a renewed deal or contract names no work.
    assert not of(facts_of("Korvex Media has renewed its deal with Lumen Pictures."), "produces")


@pytest.mark.parametrize(("text", "expected"), [
    # a part of what the parent does is no part of the parent
    ("Lumen Films, which is part of Harbor Media's drama push, has hired Ana Ruiz.", set()),
    ("The slate, including Lumen Films, is part of Harbor Media's commitment to new voices.", set()),
    # twins: part of the parent, or of one of its units
    ("Lumen Films is part of Harbor Media.", {("Lumen Films", "subsidiaryOf", "Harbor Media")}),
    ("Lumen Films, which is part of Harbor Media's production arm, hired Ana Ruiz.", {("Lumen Films", "subsidiaryOf", "Harbor Media")}),
])
def test_part_of_a_companys_plan_is_no_subsidiary(facts_of, text, expected):
    assert of(facts_of(text), "subsidiaryOf") == expected


@pytest.mark.parametrize("text, makers", [
    ("The series Night Ferry hails from Ann Bell's Orbit Pictures, Tom Reyes's Kestrel Media and Harbor Studios.",
     {"Orbit Pictures", "Kestrel Media", "Harbor Studios"}),
    ("The series Night Ferry comes from Orbit Pictures and Ann Bell's Kestrel Media.", {"Orbit Pictures", "Kestrel Media"}),
])
def test_banners_after_their_owners_possessives_all_make_the_work(facts_of, text, makers):
    # Trade copy names each banner after its founder's possessive; the founders make nothing
    # themselves (they run the banners).
    facts = facts_of(text)
    assert {f for f in facts if f[1] == "produces"} == {(m, "produces", "Night Ferry") for m in makers}


def test_a_company_before_based_is_where_the_banner_is_not_its_maker(facts_of):
    facts = facts_of("The drama Night Ferry hails from Tom Reyes' Harbor Studios-based Kestrel Media.")
    assert not {f for f in facts if f[1] == "produces" and "Harbor" in f[0]}


@pytest.mark.parametrize("text, predicate", [
    ("The Orbit Studios tentpole Night Ferry will open in May.", "produces"),
    ("The Orbit Studios blockbuster Night Ferry will open in May.", "produces"),
    ("The HBO hit Night Ferry returns in May.", "produces"),
    # In a box-office line the studio named with its film releases it.
    ("The Orbit Studios blockbuster Night Ferry topped the box office with $40 million.", "distributes"),
])
def test_trade_slang_show_nouns_after_a_company_name_its_work(facts_of, text, predicate):
    company = "HBO" if "HBO" in text else "Orbit Studios"
    assert {f for f in facts_of(text) if f[1] in ("produces", "distributes")} == {(company, predicate, "Night Ferry")}


@pytest.mark.parametrize("text", ["The film was a hit for Netflix in May.", "The show is a hit in Korea and Japan."])
def test_a_hit_for_or_in_names_no_title(entities_of, text):
    assert not [e for e in entities_of(text).values() if e.type in ("Film", "Series", "CreativeWork")]


def test_a_titles_indie_before_a_company_made_it(facts_of):
    # "the Salt Road indie Lumen Pictures": the trade's word for a production company as an epithet.
    assert ("Lumen Pictures", "produces", "Salt Road") in facts_of("Harbor Studios has acquired the Salt Road indie Lumen Pictures.")
    # Twin: a star's banner is named after the star, no work ("the Dana Vale banner X").
    facts = facts_of("Harbor Studios has acquired the Dana Vale banner Lumen Pictures.")
    assert not {f for f in facts if f[1] == "produces"}


@pytest.mark.parametrize("sentence, work", [
    ("Netflix has given a green light to Salt Road 2, a sequel.", "Salt Road 2"),
    ("Netflix gave Salt Road 2 the green light.", "Salt Road 2"),
    ("Paramount+ has given a season two order for the drama Salt Road.", "Salt Road"),
])
def test_a_green_light_or_an_order_given_is_the_givers_work(facts_of, sentence, work):
    giver = sentence.split()[0]
    assert (giver, "produces", work) in facts_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Netflix has given a green light to its expansion in Spain.",
    "Netflix gave Tom Hale the green light to direct.",
])
def test_a_green_light_to_no_work_is_no_order(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "produces"}


def test_a_networks_hit_shows_are_its_own(facts_of):
    facts = facts_of("Fans love Disney+ hit shows Salt Road and Glass Harbor.")
    assert {("Disney+", "produces", "Salt Road"), ("Disney+", "produces", "Glass Harbor")} <= facts


@pytest.mark.parametrize("text", [
    "Streamly said Friday it has acquired Copperline Studios.",
    "Streamly said on Friday that it had acquired Copperline Studios.",
])
def test_a_dated_statement_that_it_acquired(facts_of, text):
    # The statement's date stands between the verb of saying and the company's own "it".
    assert of(facts_of(text), "acquires") == {("Streamly", "acquires", "Copperline Studios")}


def test_a_stated_conditional_purchase_is_no_acquisition(facts_of):
    # Twin: "would acquire ... if" is a deal not done.
    assert not of(facts_of("Streamly said Friday it would acquire Copperline Studios if regulators agree."), "acquires")


@pytest.mark.parametrize("sentence", [
    "He previously worked with Lumen on his 2011 BAFTA nominated feature Copper Moon.",
    "Her 2014 BAFTA-winning drama Copper Moon opened the festival.",
])
def test_a_body_that_praised_a_work_does_not_produce_it(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "produces"}


def test_a_network_before_a_show_noun_still_produces_it(facts_of):
    # twin of the praise veto
    assert ("HBO", "produces", "Copper Moon") in facts_of("The HBO drama Copper Moon returns in May.")


def test_a_channel_that_backed_a_drama_still_produces_it(facts_of):
    # twin of the praise veto: backing is no praise
    assert ("Channel 4", "produces", "Copper Moon") in facts_of("The Channel 4-backed drama Copper Moon returns in May.")


def test_an_order_for_an_adaptation_is_the_new_works(extraction_of):
    # "Hulu has ordered a series adaptation of “X”": the order makes the new work (split from
    # its source, which keeps the title), not the book.
    x = extraction_of("Harbour TV has ordered a series adaptation of \u201cNight Ferry\u201d starring Mia Kovac.")
    name = {e.key: f"{e.label}/{e.type}" for e in x.entities}
    made = {(name[f.subject], name[f.object], f.object.endswith("-source")) for f in x.facts if f.predicate == "produces"}
    assert made == {("Harbour TV/Organization", "Night Ferry/Series", False)}


def test_passing_on_an_adaptation_orders_nothing(facts_of):
    # Twin: a network that passed on the adaptation makes nothing.
    assert not of(facts_of("Harbour TV has passed on a series adaptation of \u201cNight Ferry.\u201d"), "produces")
