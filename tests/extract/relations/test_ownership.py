"""Ownership rules (mediakg.extract.relations.ownership), end to end on short invented
sentences: an "owned by" passive in a relative clause or with a split-off prefix."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def of(facts: set, predicate: str) -> set:
    return {f for f in facts if f[1] == predicate}


@pytest.mark.parametrize("sentence, expected", [
    ("Harbour Films, which is co-owned by Tom Hale and Copperline Media, made the film.",
     {("Copperline Media", "owns", "Harbour Films")}),
    ("Harbour Films, which is jointly co-owned by Lumen Pictures and Copperline Media, made the film.",
     {("Lumen Pictures", "owns", "Harbour Films"), ("Copperline Media", "owns", "Harbour Films")}),
])
def test_the_companies_of_an_owned_by_agent_own_the_company(facts_of, sentence, expected):
    assert of(facts_of(sentence), "owns") == expected


@pytest.mark.parametrize("sentence", [
    "Harbour Films, which was once co-owned by Copperline Media, made the film.",  # a past owner
    "Harbour Films, which is reportedly co-owned by Copperline Media, made the film.",  # hedged
    "Harbour Films is not co-owned by Copperline Media.",  # denied
    "Harbour Films, which is owned by Tom Hale, made the film.",  # a person owns no company here
])
def test_a_past_hedged_denied_or_personal_owner_gives_no_ownership(facts_of, sentence):
    assert of(facts_of(sentence), "owns") == set()


# --- rel6: a company that has or operates a listed set of companies ---
@pytest.mark.parametrize("text, owned", [
    ("Harbour Films now has four production ventures in the U.K. -- Copperline Studios, Tidewater Media, Saltmarsh Pictures "
     "and Silverline Productions.", {"Copperline Studios", "Tidewater Media", "Saltmarsh Pictures", "Silverline Productions"}),
    ("Harbour Films operates two labels: Copperline Studios and Tidewater Media.", {"Copperline Studios", "Tidewater Media"}),
])
def test_a_listed_set_of_held_companies(facts_of, text, owned):
    assert {f for f in facts_of(text) if f[1] == "owns"} == {("Harbour Films", "owns", o) for o in owned}


@pytest.mark.parametrize("text", [
    "Harbour Films formerly had two labels: Copperline Studios and Tidewater Media.",  # a past holding
    "Harbour Films has two partners -- Copperline Studios and Tidewater Media.",  # partners are not held
    "Harbour Films has two production ventures, and Tidewater Media has one.",  # no list after a dash
])
def test_no_held_list(facts_of, text):
    assert not {f for f in facts_of(text) if f[1] == "owns"}


@pytest.mark.parametrize("text, expected", [
    # probeD: a company that holds a work's rights owns it; one that has a majority stake owns the company.
    ("Lanternfish Pictures holds the rights to \u201cBrass Meadow\u201d.", {("Lanternfish Pictures", "owns", "Brass Meadow")}),
    ("Lanternfish Pictures, which owns the remake rights to the film \u201cBrass Meadow\u201d, will produce.",
     {("Lanternfish Pictures", "owns", "Brass Meadow")}),
    ("Lanternfish Pictures has a majority stake in Orchard Lane Media.", {("Lanternfish Pictures", "owns", "Orchard Lane Media")}),
    # Twins: a stake of no stated size, a minority one, rights no longer held.
    ("Lanternfish Pictures has a stake in Orchard Lane Media.", set()),
    ("Lanternfish Pictures has a minority stake in Orchard Lane Media.", set()),
    ("Lanternfish Pictures no longer holds the rights to \u201cBrass Meadow\u201d.", set()),
])
def test_held_rights_and_a_majority_stake_make_an_owner(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "owns"} == expected


@pytest.mark.parametrize("text, expected", [
    # probeD: "part of the Group", "a unit of the Group": the parent's name may take its article.
    ("Orchard Lane Media, part of the Lanternfish Group, backs the film.", {("Orchard Lane Media", "subsidiaryOf", "Lanternfish Group")}),
    ("Orchard Lane Media, a unit of the Lanternfish Group, backs the film.", {("Orchard Lane Media", "subsidiaryOf", "Lanternfish Group")}),
    # Twin: a denied membership.
    ("Orchard Lane Media is not part of the Lanternfish Group.", set()),
])
def test_a_unit_of_the_group_is_its_subsidiary(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "subsidiaryOf"} == expected


# --- an owning or controlling verb over a described list; taking control of a company ---
@pytest.mark.parametrize("text, owned", [
    ("Harbour Films owns Copperline Studios, a variety of cable channels including Tidewater Pictures and Saltmarsh Films, "
     "and Spain's Silverline Entertainment.",
     {"Copperline Studios", "Tidewater Pictures", "Saltmarsh Films", "Silverline Entertainment"}),
    ("Harbour Films, which owns such assets as Tidewater Pictures, Saltmarsh Films and the Copperline Studios movie studio, "
     "reported earnings.", {"Tidewater Pictures", "Saltmarsh Films", "Copperline Studios"}),
    ("Harbour Films now controls Copperline Studios, Tidewater Pictures and Saltmarsh Films.",
     {"Copperline Studios", "Tidewater Pictures", "Saltmarsh Films"}),
])
def test_an_owning_verb_holds_every_company_its_object_lists(facts_of, text, owned):
    assert of(facts_of(text), "owns") == {("Harbour Films", "owns", o) for o in owned}


@pytest.mark.parametrize("text", [
    "Harbour Films does not own Copperline Studios, Tidewater Pictures or Saltmarsh Films.",  # denied
    "Harbour Films formerly owned Copperline Studios, Tidewater Pictures and Saltmarsh Films.",  # a past holding
    "Harbour Films could soon control Copperline Studios and Tidewater Pictures.",  # hedged
    "Harbour Films partners with Copperline Studios and Tidewater Pictures.",  # a partnership owns nothing
])
def test_no_owning_verb_over_a_list(facts_of, text):
    assert of(facts_of(text), "owns") == set()


@pytest.mark.parametrize("text, bought", [
    ("Harbour Films took full control of Copperline Studios in March.", {"Copperline Studios"}),
    ("Harbour Films takes control of Copperline Studios, Tidewater Pictures and Saltmarsh Films.",
     {"Copperline Studios", "Tidewater Pictures", "Saltmarsh Films"}),
])
def test_taking_control_of_a_company_buys_and_owns_it(facts_of, text, bought):
    facts = facts_of(text)
    assert of(facts, "acquires") == {("Harbour Films", "acquires", b) for b in bought}
    assert of(facts, "owns") == {("Harbour Films", "owns", b) for b in bought}


@pytest.mark.parametrize("text", [
    "Harbour Films is in talks to take control of Copperline Studios.",  # unfinished
    "Harbour Films could take control of Copperline Studios.",  # hedged
    "Harbour Films did not take control of Copperline Studios.",  # denied
    "Harbour Films took creative control of \u201cThe Glass Orchard\u201d.",  # control of a film is no purchase
    "Dana Vale took control of Copperline Studios in 2019.",  # a person's control is no company's
    "Harbour Films will take operational control of Copperline Studios, a stage facility.",  # running it, not buying it
])
def test_no_takeover_without_a_plain_company_control(facts_of, text):
    facts = facts_of(text)
    assert not {f for f in facts if f[1] in ("acquires", "owns") and f[0] in ("Harbour Films", "Dana Vale")}


def test_an_owned_compound_names_only_the_owner_glued_to_it(facts_of):
    # "A and B-owned C": the compound's owner is B; A is another subject of the sentence
    facts = facts_of("Northlight Media and Comcast-owned Paragon have put their weight behind the film.")
    assert {f for f in facts if f[1] == "owns"} == {("Comcast", "owns", "Paragon")}


# What a company's portfolio holds, it owns: studios and their lots alike, every item of the list.
def test_a_portfolio_owns_every_company_and_facility_it_lists(facts_of):
    facts = facts_of("Harbor Capital's portfolio includes Mill Road Studios, Eastgate Stages and Pier Nine Studios.")
    assert of(facts, "owns") == {("Harbor Capital", "owns", name) for name in ("Mill Road Studios", "Eastgate Stages", "Pier Nine Studios")}


def test_a_portfolio_company_named_as_such_is_no_listed_holding(facts_of):
    # Twin: "portfolio" as a modifier ("its portfolio company X") lists nothing after a verb.
    facts = facts_of("Harbor Capital's portfolio company Mill Road Studios has opened two new stages.")
    assert of(facts, "owns") == set()


def test_a_list_that_a_relative_clause_opens_is_not_the_owners(facts_of):
    # "which represents producers: A, B and C": the producers are the sales company's clients.
    facts = facts_of("Besides, Harbor Media co-owns the sales agency Lumen Sales, which handles the feature films of five small "
                     "Nordic producers: Sweden's Kite Films, Denmark's Paradox Pictures, the UK's Sweet Child Films, Finland's "
                     "Tidewater Film and Iceland's Inti Films.")
    assert {f for f in facts if f[1] == "owns"} == {("Harbor Media", "owns", "Lumen Sales")}


def test_a_list_that_goes_on_past_a_relative_clause_is_the_owners(facts_of):
    # Twin: "owns A, which it bought in 2019, and B" lists both.
    facts = facts_of("Harbor Media owns Lumen Films, which it bought in 2019, and Tidewater Studios.")
    assert {f for f in facts if f[1] == "owns"} == {("Harbor Media", "owns", "Lumen Films"), ("Harbor Media", "owns", "Tidewater Studios")}


@pytest.mark.parametrize("sentence, expected", [
    # The participle hangs on a noun that describes the subject: what is owned is the subject.
    ("Streamly is an American streaming service owned by Copperline Media.", {("Copperline Media", "owns", "Streamly")}),
    ("Harbour Stages, a London studio complex operated by Copperline Media, opened in May.",
     {("Copperline Media", "owns", "Harbour Stages")}),
])
def test_a_described_subject_owned_by_a_company(facts_of, sentence, expected):
    assert of(facts_of(sentence), "owns") == expected


def test_a_description_owned_by_no_company_gives_nothing(facts_of):
    # Twin: a phrase closes the description before the participle; no company owns the subject.
    assert not of(facts_of("Streamly is a service popular with fans owned by nobody."), "owns")
