"""Hire rules and hire roles (mediakg.extract.relations.hires), end to end on short invented
sentences: who is employed where, and the title the hire gives as the person's role."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def of(facts: set, predicate: str) -> set:
    return {f for f in facts if f[1] == predicate}


def test_org_hires_person_as_a_title(facts_of):
    facts = facts_of("Harbour Films has hired Mara Quill as president of scripted television.")
    assert of(facts, "employedBy") == {("Mara Quill", "employedBy", "Harbour Films")}
    assert of(facts, "role") == {("Mara Quill", "role", "president of scripted television")}


def test_named_role_at_org(facts_of):
    facts = facts_of("Mara Quill has been named head of drama at Copperline Studios.")
    assert of(facts, "employedBy") == {("Mara Quill", "employedBy", "Copperline Studios")}
    assert of(facts, "role") == {("Mara Quill", "role", "head of drama")}


def test_joined_a_company(facts_of):
    facts = facts_of("Mara Quill joined Harbour Films in 2019.")
    assert of(facts, "employedBy") == {("Mara Quill", "employedBy", "Harbour Films")}


@pytest.mark.parametrize("sentence", ["Harbour Films has tapped Mara Quill to direct Copperhead, a thriller.",
                                      "Harbour Films has hired Mara Quill to write the adaptation.",
                                      "Harbour Films has tapped Mara Quill to executive produce Copperhead."])
def test_hired_for_a_credit_is_no_job_at_the_company(facts_of, sentence):
    # Engaged for one work's credit, not employed by the company.
    assert of(facts_of(sentence), "employedBy") == set()


# "upped A to executive vice president": a credit word opening a job title is the post.
@pytest.mark.parametrize("sentence, role", [
    ("Harbour Films has upped Dana Vale to executive vice president.", "executive vice president"),
    ("Harbour Films has promoted Dana Vale to executive director of drama.", "executive director of drama"),
])
def test_promoted_to_an_executive_title(facts_of, sentence, role):
    facts = facts_of(sentence)
    assert {f for f in facts if f[1] in ("employedBy", "role")} == {
        ("Dana Vale", "employedBy", "Harbour Films"), ("Dana Vale", "role", role)}


def test_hired_to_run_a_unit_is_a_job(facts_of):
    # The negative twin: running the company's unit is working there.
    facts = facts_of("Harbour Films has hired Mara Quill to run its drama unit.")
    assert of(facts, "employedBy") == {("Mara Quill", "employedBy", "Harbour Films")}


def test_the_company_naming_a_series_hires_nobody(facts_of):
    facts = facts_of("Harbour Films named the series \u201cCopperhead\u201d after a river.")
    assert of(facts, "employedBy") == set()
    assert of(facts, "role") == set()


# --- probeB: a hire in the present tense of headlines and ledes gives the role too ---
@pytest.mark.parametrize("sentence, expected", [
    ("Harbour Films taps Lena Marsh as chief content officer.",
     {("Lena Marsh", "employedBy", "Harbour Films"), ("Lena Marsh", "role", "chief content officer")}),
    ("Fenwick Studios hires Lena Marsh as president of production.",
     {("Lena Marsh", "employedBy", "Fenwick Studios"), ("Lena Marsh", "role", "president of production")}),
])
def test_present_tense_hires_give_the_role(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] in ("employedBy", "role")} == expected


def test_no_present_tense_hire_role_when_rumoured(facts_of):
    # Twin: "reportedly hires" is a rumour: no stated job, no role.
    assert {f for f in facts_of("Fenwick Studios reportedly hires Lena Marsh as president of production.")
            if f[1] in ("employedBy", "role")} == set()


# recall2: an acquisition of someone's work is no hire.
@pytest.mark.parametrize("sentence", [
    "Harbour Films picked up Tom Hale's debut Copperhead for North America.",
    "Harbour Films has hired Tom Hale's producing partner Ana Ruiz as head of drama.",
])
def test_a_possessive_person_after_a_hire_verb_is_not_hired(facts_of, sentence):
    assert ("Tom Hale", "employedBy", "Harbour Films") not in facts_of(sentence)


def test_upped_as_a_verb_still_hires(facts_of):
    assert ("Tom Hale", "employedBy", "Harbour Films") in facts_of("Harbour Films has upped Tom Hale to president of drama.")


def test_a_hire_title_after_a_possessive_and_new(facts_of):
    # "appointed A as its new chief operating officer": determiners and "new" stand before the title.
    facts = facts_of("Harbour Films has appointed Dana Vale as its new chief operating officer.")
    assert ("Dana Vale", "role", "chief operating officer") in facts
    # Twin: a hire as something that is no title gives no role.
    assert not {f for f in facts_of("Harbour Films has hired Dana Vale as a consultant.") if f[1] == "role"}


def test_a_passive_hire_after_an_apposition_gives_the_new_title(facts_of):
    # "A, senior vice president at X, has been named president of drama": the apposition is the old post.
    facts = facts_of("Dana Vale, senior vice president at Harbour Films, has been named president of drama.")
    assert ("Dana Vale", "role", "president of drama") in facts
    # Twin: named to a board is no title.
    facts = facts_of("Dana Vale, who ran drama at Harbour Films, has been named to the board.")
    assert not {f for f in facts if f[1] == "role"}


# A clause after the title ("after most recently serving as ...") is the hire's circumstances.
@pytest.mark.parametrize("sentence, role", [
    ("Harbour Films hired Dana Vale as head of drama after most recently serving as head of comedy at Fox.", "head of drama"),
    ("Harbour Films named Dana Vale president of television, replacing Tom Reyes.", "president of television"),
    ("Harbour Films hired Dana Vale as head of drama while she continues to produce.", "head of drama"),
    ("Harbour Films promoted Dana Vale to head of drama as part of a wider restructuring.", "head of drama"),
    # An "and" that opens a verb phrase ends the title too; "head of drama and comedy" is one title.
    ("Harbour Films is reshaping its team. Dana Vale will become head of scripted and oversee both drama and comedy.", "head of scripted"),
    ("Harbour Films is reshaping its team. Dana Vale has been promoted to head of drama and comedy.", "head of drama and comedy"),
])
def test_a_title_ends_before_a_clause(facts_of, sentence, role):
    assert of(facts_of(sentence), "role") == {("Dana Vale", "role", role)}


def test_a_title_with_a_department_is_kept_whole(facts_of):
    facts = facts_of("Harbour Films hired Dana Vale as head of drama and comedy.")
    assert of(facts, "role") == {("Dana Vale", "role", "head of drama and comedy")}


# "A, who worked with CEO B, was named ... at C": B, inside A's relative clause, is no hire.
@pytest.mark.parametrize("sentence", [
    "Dana Vale, a former agent who worked with CEO Tom Reyes, was named head of drama at Harbour Films.",
    "Dana Vale, who worked alongside Tom Reyes, has been named head of drama at Harbour Films.",
])
def test_a_colleague_in_a_relative_clause_is_not_hired(facts_of, sentence):
    assert of(facts_of(sentence), "employedBy") == {("Dana Vale", "employedBy", "Harbour Films")}


def test_a_hire_named_after_an_apposition_is_still_hired(facts_of):
    # Negative twin: the apposition gives the person's present post; the hire is still hers.
    facts = facts_of("Tom Reyes, president of Harbour Films, was named chairman at Keel Media.")
    assert ("Tom Reyes", "employedBy", "Keel Media") in of(facts, "employedBy")


def test_a_relative_passive_naming_to_a_post_at_a_company_is_employment(facts_of):
    # "A, who has been named head of drama at C,": the relative's subject holds the post.
    facts = facts_of("Dana Vale, who has been named head of drama at Harbour Films, will oversee the slate.")
    assert {f for f in facts if f[1] == "employedBy"} == {("Dana Vale", "employedBy", "Harbour Films")}


def test_named_in_a_lawsuit_at_a_company_is_no_post(facts_of):
    # The twin: "named in" something names no post.
    facts = facts_of("Dana Vale, who has been named in the lawsuit filed at Harbour Films, declined to comment.")
    assert {f for f in facts if f[1] == "employedBy"} == set()


@pytest.mark.parametrize("text", [
    # The post held before the name, and a hire that is the means of another verb.
    "Ridgeway Channel has promoted chief creative officer Mary Jones to president of content.",
    "Halcyon Group has moved quickly by hiring BBC commissioner Mary Jones as creative director.",
])
def test_a_hire_with_the_persons_post_before_the_name(facts_of, text):
    org = text.split(" has ")[0]
    assert ("Mary Jones", "employedBy", org) in facts_of(text)


def test_a_company_that_declined_to_hire_employs_nobody(facts_of):
    # Twin: a denied hire.
    facts = facts_of("Halcyon Group has so far declined to hire BBC commissioner Mary Jones.")
    assert ("Mary Jones", "employedBy", "Halcyon Group") not in facts


def test_a_company_in_a_relative_clause_is_not_the_one_hiring(facts_of):
    # "Heyday, which was launched by A and NBCUIS in 2015, appointed B": NBCUIS is inside the
    # relative clause about Heyday; the hire is Heyday's.
    text = "Heyday Television, which was launched by Dan Hey and Nexus Media in 2015, appointed Tom Winchester as head of TV."
    assert ("Tom Winchester", "employedBy", "Nexus Media") not in facts_of(text)


@pytest.mark.parametrize("sentence", [
    # the hire's past post may stand between the verb and the name
    "Harbour Films has hired former Tidewater Media exec Dana Vale as its new head of drama.",
    # the post may be named by a noun of office
    "Harbour Films has appointed Dana Vale to the newly created role of head of drama.",
    "Harbour Films has appointed Dana Vale to the post of head of drama.",
])
def test_the_title_of_a_hire_described_or_named_by_its_office(facts_of, sentence):
    assert of(facts_of(sentence), "role") == {("Dana Vale", "role", "head of drama")}


def test_a_role_in_a_hire_of_a_possessor_names_no_post(facts_of):
    # Twin: words between the verb and a possessive name are no past post; the possessor is not hired.
    assert not of(facts_of("Harbour Films has hired the team behind Dana Vale's drama as its new producers."), "role")


# The title a person takes up, where the sentence names no company: a passive of any tense
# ("is being promoted to"), a verb of taking a post ("becomes", "will take over as", "steps up
# to") or the noun of a hire ("the appointment of A as"). The role is the person's; which company
# employs them is for the sentences around to say.
@pytest.mark.parametrize("second, role", [
    ("Dana Vale is being promoted to senior vice president of development.", "senior vice president of development"),
    ("Dana Vale had been made head of comedy.", "head of comedy"),
    ("Dana Vale becomes head of drama.", "head of drama"),
    ("Dana Vale will take over as chief operating officer.", "chief operating officer"),
    ("Dana Vale steps up to managing director.", "managing director"),
    ("The move follows the appointment of Dana Vale as head of factual.", "head of factual"),
])
def test_a_post_taken_up_gives_the_role(facts_of, second, role):
    assert of(facts_of("Harbour Films is reshaping its team. " + second), "role") == {("Dana Vale", "role", role)}


@pytest.mark.parametrize("second", [
    "Dana Vale becomes the first woman to run the studio.",      # no title after the verb
    "Dana Vale was named president of the jury.",                 # a festival's jury: a post, no job
    "Dana Vale will become a producer on the film.",              # a credit on a work
])
def test_what_a_person_becomes_is_not_always_a_post(facts_of, second):
    assert of(facts_of("Harbour Films is reshaping its team. " + second), "role") == set()


@pytest.mark.parametrize("sentence, role", [
    ("Kestrel named Dana Vale president and CEO.", "president and CEO"),                     # two titles, one post
    ("Kestrel has tapped Dana Vale to serve as co-head of television and work alongside Tom Reyes.", "co-head of television"),
    ("A year ago Dana Vale was named SVP and head of scripted development last January.", "SVP and head of scripted development"),
])
def test_a_joined_title_ends_before_a_verb_or_a_time(facts_of, sentence, role):
    assert of(facts_of(sentence), "role") == {("Dana Vale", "role", role)}


@pytest.mark.parametrize("sentence, role", [
    ("Dana Vale has previously worked for Kestrel Films as an acquisitions manager.", "acquisitions manager"),
    ("Dana Vale previously worked at Kestrel Films as head of marketing.", "head of marketing"),
])
def test_a_post_held_at_a_company_gives_the_role(facts_of, sentence, role):
    assert of(facts_of(sentence), "role") == {("Dana Vale", "role", role)}


def test_working_with_a_company_on_a_film_is_no_post(facts_of):
    # Twin: "as a producer on the film" is a credit on a work, not a title at the company.
    assert of(facts_of("Dana Vale worked with Kestrel Films as a producer on the film."), "role") == set()


@pytest.mark.parametrize("second, roles", [
    ("Dana Vale is head of originals, Southern Europe; Tom Reyes is head of originals, Northern Europe.",
     {("Dana Vale", "role", "head of originals"), ("Tom Reyes", "role", "head of originals")}),
    ("Dana Vale, who is senior vice president of development, will leave.", {("Dana Vale", "role", "senior vice president of development")}),
    ("Dana Vale remains president.", {("Dana Vale", "role", "president")}),
    # Twins: a credit on a work is no post.
    ("Dana Vale is executive producer.", set()),
    ("Dana Vale was the director of the film.", set()),
])
def test_a_post_said_by_the_copula_gives_the_role(facts_of, second, roles):
    assert of(facts_of("Harbour Films is reshuffling its team. " + second), "role") == roles


def test_a_units_head_is_a_post_whatever_the_unit_is_called(facts_of):
    assert of(facts_of("Harbour Films hired Dana Vale as head of the film division."), "role") == {
        ("Dana Vale", "role", "head of the film division")}


@pytest.mark.parametrize("sentence, role", [
    ("Harbor Films has appointed Tom Hale as CEO.", "CEO"),  # an acronym is a title at any length
    ("Harbor Films has hired Tom Hale as its new CFO.", "CFO"),
])
def test_a_short_acronym_after_as_is_the_role(facts_of, sentence, role):
    assert of(facts_of(sentence), "role") == {("Tom Hale", "role", role)}


def test_the_head_of_a_parents_named_unit_works_for_the_unit(facts_of):
    # "CEO of its X unit": the unit is a company of its own (a subsidiary), and it employs its CEO.
    facts = facts_of("Harbor Films has appointed Tom Hale as CEO of its Lumen Pictures unit.")
    assert {("Tom Hale", "employedBy", "Lumen Pictures"), ("Tom Hale", "role", "CEO"),
            ("Lumen Pictures", "subsidiaryOf", "Harbor Films")} <= facts
    assert ("Tom Hale", "employedBy", "Harbor Films") not in facts


@pytest.mark.parametrize("sentence", [
    "Harbor Group has appointed Tom Hale as CEO of its Lumen Pictures unit.",
    "Harbor Group has named Tom Hale president of its Lumen Pictures division, effective May 1.",
])
def test_a_parent_that_appoints_the_head_of_its_unit_employs_no_one(facts_of, sentence):
    facts = facts_of(sentence)
    assert ("Tom Hale", "employedBy", "Lumen Pictures") in facts
    assert ("Tom Hale", "employedBy", "Harbor Group") not in facts


@pytest.mark.parametrize("sentence, expected", [
    ("Tom Quinn and Jeff Deutchman negotiated the deal for Neon.",
     {("Tom Quinn", "employedBy", "Neon"), ("Jeff Deutchman", "employedBy", "Neon")}),
    ("Dana Ruiz negotiated the deal on behalf of Lumen Films.", {("Dana Ruiz", "employedBy", "Lumen Films")}),
])
def test_a_deals_negotiator_acts_for_the_company(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] == "employedBy"} == expected


@pytest.mark.parametrize("sentence", [
    "Dana Ruiz negotiated for better terms with Lumen Films.",  # the other side of the table
    "Dana Ruiz reportedly negotiated the deal for Neon.",  # hedged
])
def test_a_negotiation_with_a_company_or_a_hedged_one_is_no_job(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "employedBy"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Harbour Films has promoted Ana Ruiz from head of development to executive producer and hired Tom Hale to replace her.",
     {("Ana Ruiz", "employedBy", "Harbour Films"), ("Tom Hale", "employedBy", "Harbour Films")}),
    ("Kestrel Media restructured its drama team last month and has since appointed Tom Hale as head of drama.",
     {("Tom Hale", "employedBy", "Kestrel Media")}),
    # Twins: hired for a credit on a work; a hire only possible; a person as the shared subject.
    ("Kestrel Media bought the script in May and hired Tom Hale to direct it.", set()),
    ("Kestrel Media may restructure its drama team and could hire Tom Hale.", set()),
    ("Ana Ruiz left Kestrel Media in May and hired Tom Hale as her assistant.", set()),
])
def test_a_hire_verb_joined_to_a_companys_verb_shares_its_subject(facts_of, sentence, expected):
    # "X has promoted A ... and hired B": the company before the first verb hires B too.
    assert {f for f in of(facts_of(sentence), "employedBy") if f[2] != "Kestrel Media" or f[0] == "Tom Hale"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tom Hale will be replaced at Kestrel Media by deputy head of drama Jo Reyes.",
     {("Tom Hale", "employedBy", "Kestrel Media"), ("Jo Reyes", "employedBy", "Kestrel Media")}),
    ("Tom Hale was succeeded at Kestrel Media by Jo Reyes.",
     {("Tom Hale", "employedBy", "Kestrel Media"), ("Jo Reyes", "employedBy", "Kestrel Media")}),
    # Twins: a replacement only possible; no company named with "at".
    ("Tom Hale may be replaced at Kestrel Media by Jo Reyes.", set()),
    ("Tom Hale was replaced by Jo Reyes.", set()),
])
def test_replaced_at_a_company_by_a_person(facts_of, sentence, expected):
    # "A will be replaced at X by B": both the one leaving and the one coming hold the post at X.
    assert of(facts_of(sentence), "employedBy") == expected
