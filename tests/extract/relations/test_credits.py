"""Credit rules (mediakg.extract.relations.credits), end to end on short invented sentences.

Each test states the exact credits a reader would write down, with a negative twin where the
same words do not credit the work (a praise word before "director", a rumour, an unrelated verb).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CREDITS = {"directedBy", "writtenBy", "producer", "executiveProducer", "starring"}


def credits(facts: set) -> set:
    return {f for f in facts if f[1] in CREDITS}


def test_passive_credits_name_director_and_writers(facts_of):
    facts = facts_of("The thriller \u201cCopperhead\u201d was directed by Mara Quill and written by Tomas Reyne.")
    assert credits(facts) == {("Copperhead", "directedBy", "Mara Quill"), ("Copperhead", "writtenBy", "Tomas Reyne")}


def test_starring_a_and_b_credits_both(facts_of):
    facts = facts_of("Harbour Films' drama \u201cSaltmarsh\u201d stars Mara Quill and Devon Ashby.")
    assert credits(facts) == {("Saltmarsh", "starring", "Mara Quill"), ("Saltmarsh", "starring", "Devon Ashby")}


# "A as Nora and B as Jack": each cast member's part, after "as", is an aside of the list.
@pytest.mark.parametrize("text", [
    "Netflix has ordered the drama \u201cSaltmarsh.\u201d Also starring will be Mara Quill as Nora and Devon Ashby as Jack.",
    "The drama \u201cSaltmarsh\u201d stars Mara Quill as Detective Nora Hale and Devon Ashby as her partner.",
])
def test_a_cast_list_with_parts_credits_every_member(facts_of, text):
    assert {("Saltmarsh", "starring", "Mara Quill"), ("Saltmarsh", "starring", "Devon Ashby")} <= credits(facts_of(text))


def test_a_part_named_by_another_person_ends_no_list(facts_of):
    # Twin: "as" before a name is no part; the name after it is no cast member.
    facts = facts_of("The drama \u201cSaltmarsh\u201d stars Mara Quill, who is as famous as Devon Ashby.")
    assert ("Saltmarsh", "starring", "Devon Ashby") not in credits(facts)


def test_a_name_after_a_part_that_opens_its_own_clause_is_no_cast_member(facts_of):
    # Twin: "and B directs" is a clause of its own, not the list's next item.
    facts = facts_of("The drama \u201cSaltmarsh\u201d stars Mara Quill as Nora and Devon Ashby directs.")
    assert ("Saltmarsh", "starring", "Devon Ashby") not in credits(facts)


def test_will_write_and_executive_produce(facts_of):
    facts = facts_of("Mara Quill will write and executive produce \u201cCopperhead\u201d for Harbour Films.")
    assert {("Copperhead", "writtenBy", "Mara Quill"), ("Copperhead", "executiveProducer", "Mara Quill")} <= credits(facts)


def test_the_director_of_an_apposition(facts_of):
    facts = facts_of("Mara Quill, the director of \u201cSaltmarsh,\u201d has signed with Harbour Films.")
    assert ("Saltmarsh", "directedBy", "Mara Quill") in facts
    assert ("Mara Quill", "knownFor", "Saltmarsh") in facts


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mara Quill, executive producer of the drama Saltmarsh, said the show would return.",
     {("Saltmarsh", "executiveProducer", "Mara Quill")}),
    ("Mara Quill, an executive producer on Saltmarsh, said it would return.",
     {("Saltmarsh", "executiveProducer", "Mara Quill")}),
    ("Mara Quill, producer of Saltmarsh, said it would return.", {("Saltmarsh", "producer", "Mara Quill")}),
])
def test_a_producing_credit_in_apposition(facts_of, sentence, expected):
    # "X, executive producer of Y" credits X on the work; the phrase is no job title for X.
    facts = facts_of(sentence)
    assert credits(facts) == expected
    assert not {f for f in facts if f[1] == "role"}


def test_a_producer_of_past_films_is_known_for_them(facts_of):
    # "A, producer of films as diverse as 1971's X ...": the apposition credits and, as
    # "the director of X" does, names a calling card (a few words may describe the titles).
    facts = facts_of("Mara Quill, producer of films as diverse as 1971's Saltmarsh, died on Monday.")
    assert {f for f in facts if f[1] in ("producer", "knownFor")} == {
        ("Saltmarsh", "producer", "Mara Quill"), ("Mara Quill", "knownFor", "Saltmarsh")}


def test_a_producer_of_a_deal_is_no_credit(facts_of):
    # Twin: a clause after the noun ("the deal that brought X") names another thing's title.
    facts = facts_of("Mara Quill, producer of the deal that brought Saltmarsh to Harbour TV, spoke on Monday.")
    assert not {f for f in facts if f[1] in ("producer", "knownFor")}


def test_a_producer_at_a_company_is_a_job_not_a_credit(facts_of):
    # The negative twin: "at" a company makes the same words a job title.
    facts = facts_of("Mara Quill, executive producer at Harbour Films, said it would return.")
    assert credits(facts) == set()
    assert ("Mara Quill", "employedBy", "Harbour Films") in facts


def test_a_director_hired_for_the_work_directs_it_but_one_only_praised_does_not(facts_of):
    # A director hired for the sentence's work directs it, praise or none before the job; one the
    # sentence only describes ("award-winning director X said") directs nothing.
    assert ("Copperhead", "directedBy", "Mara Quill") in facts_of(
        "For the thriller \u201cCopperhead,\u201d Harbour Films hired director Mara Quill.")
    assert ("Copperhead", "directedBy", "Mara Quill") in facts_of(
        "Harbour Films hired award-winning director Mara Quill for the thriller \u201cCopperhead.\u201d")
    assert credits(facts_of(
        "Harbour Films is making the thriller \u201cCopperhead.\u201d Award-winning director Mara Quill said the shoot went well.")) == set()


def test_a_denied_or_negotiated_credit_is_not_stated(facts_of):
    assert credits(facts_of("Mara Quill will direct \u201cCopperhead\u201d for Harbour Films.")) == {
        ("Copperhead", "directedBy", "Mara Quill")}
    assert credits(facts_of("Mara Quill will not direct \u201cCopperhead\u201d for Harbour Films.")) == set()
    assert credits(facts_of("Mara Quill is said to be in talks to direct \u201cCopperhead\u201d for Harbour Films.")) == set()


# --- credits branch: a job title or reputation before "director" is no credit on the work ---
LANTERN = "Harbour Films is making the thriller Lantern. "


@pytest.mark.parametrize("sentence", [
    "The company was founded by managing director Tom Hale.",
    "Creative director Tom Hale said the shoot went well.",
    "Casting director Rita Combs found the leads.",
    "Harbour Films director Tom Hale said the shoot went well.",
])
def test_a_job_title_director_directs_nothing(facts_of, sentence):
    assert not {f for f in facts_of(LANTERN + sentence) if f[1] == "directedBy"}


# A bare "director A" describes the person, whatever work the sentence is about; after "from",
# "with" or a verb of hiring it gives the work its director.
@pytest.mark.parametrize("sentence", [
    "Director Tom Hale praised the crew.",
    "The jury, led by Danish director Tom Hale, praised the crew.",
])
def test_a_bare_director_title_credits_nothing(facts_of, sentence):
    assert not {f for f in facts_of(LANTERN + sentence) if f[1] == "directedBy"}


@pytest.mark.parametrize("sentence", [
    "Lantern, from first-time director Tom Hale, opens in May.",
    "Harbour Films has hired director Tom Hale for Lantern.",
    "Lantern shoots in May with director Tom Hale at the helm.",
])
def test_a_director_title_after_from_with_or_hiring_credits_the_film(facts_of, sentence):
    assert ("Lantern", "directedBy", "Tom Hale") in facts_of(LANTERN + sentence)


def test_writing_a_memo_is_no_writing_credit(facts_of):
    assert not {f for f in facts_of("Harbour Films is making the drama Lantern. Tom Hale wrote in a memo that the shoot was over.")
                if f[1] == "writtenBy"}


def test_writing_the_script_is_a_writing_credit(facts_of):
    assert {f for f in facts_of("Harbour Films is making the drama Lantern. Tom Hale wrote the script.") if f[1] == "writtenBy"} == {
        ("Lantern", "writtenBy", "Tom Hale")}


# corp2: a credit shared "in partnership with".

def test_executive_produced_in_partnership_with(facts_of):
    facts = facts_of("\u201cSaltmarsh\u201d is executive produced by Mara Lindqvist in partnership with Peter Okafor.")
    assert {f for f in facts if f[1] == "executiveProducer"} == {("Saltmarsh", "executiveProducer", "Mara Lindqvist"),
                                                                 ("Saltmarsh", "executiveProducer", "Peter Okafor")}


def test_a_partnership_outside_the_credit_gives_no_credit(facts_of):
    facts = facts_of("\u201cSaltmarsh\u201d is directed by Mara Lindqvist in partnership with Peter Okafor.")
    assert ("Saltmarsh", "executiveProducer", "Peter Okafor") not in facts


@pytest.mark.parametrize("sentence", [
    "Neon has acquired the thriller Cold Harbour, the debut feature from Mara Quill.",
    "The thriller Cold Harbour, the new film from director Mara Quill, opens in May.",
])
def test_a_film_from_a_person_is_directed_by_them(facts_of, sentence):
    assert {f for f in facts_of(sentence) if f[1] in CREDITS} == {("Cold Harbour", "directedBy", "Mara Quill")}


@pytest.mark.parametrize("sentence", [
    # A series "from" someone is its creator's; a film "from" a company is its maker's.
    "Netflix has ordered the drama Cold Harbour, the new series from Mara Quill.",
    "The thriller Cold Harbour, the new film from Neon, opens in May.",
])
def test_a_series_from_a_person_or_a_film_from_a_company_is_no_directing_credit(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "directedBy"}


def test_a_star_noun_with_a_possessive_is_no_new_part(facts_of):
    # cast4: "the Harbour Lights star's next project": "star" is a noun, the name a calling card
    facts = facts_of("Harbour Films is making the drama Lantern. Tom Hale will star. The Sarah Jones star's next project is a comedy.")
    assert {f for f in facts if f[1] == "starring"} == {("Lantern", "starring", "Tom Hale")}


# "starring in P's X": the gerund with its "in" phrase is the subject's own part; the person
# after "in" owns the title and is no cast member.
def test_a_person_after_starring_in_is_no_cast_member(facts_of):
    facts = facts_of("Jane Roe stars in Tom Hale\u2019s \u201cMoonfall.\u201d")
    assert ("Moonfall", "starring", "Tom Hale") not in facts
    assert credits(facts) == {("Moonfall", "directedBy", "Tom Hale"), ("Moonfall", "starring", "Jane Roe")}


def test_starring_a_list_still_credits_the_cast(facts_of):
    facts = facts_of("\u201cMoonfall,\u201d starring Jane Roe and Tom Hale, debuts in May.")
    assert credits(facts) == {("Moonfall", "starring", "Jane Roe"), ("Moonfall", "starring", "Tom Hale")}


CREDIT_PREDICATES = ("directedBy", "writtenBy", "producer", "starring", "knownFor")


def _credits_only(facts):
    return {f for f in facts if f[1] in CREDIT_PREDICATES}


@pytest.mark.parametrize("sentence, expected", [
    # "write and direct": the tagger takes "direct" for an adjective; both credits stand.
    ('Dana Vale will write and direct "Salt Road" for Harbour Films.',
     {("Salt Road", "writtenBy", "Dana Vale"), ("Salt Road", "directedBy", "Dana Vale")}),
    ('Dana Vale is set to write and direct "Salt Road."',
     {("Salt Road", "writtenBy", "Dana Vale"), ("Salt Road", "directedBy", "Dana Vale")}),
    ('Harbour Films has ordered "Salt Road." Dana Vale will write and direct.',
     {("Salt Road", "writtenBy", "Dana Vale"), ("Salt Road", "directedBy", "Dana Vale")}),
    # adapt7: a co-writer is a writer of the work ("co-wrote X with B" credits both): the pair gives both jobs.
    ('Dana Vale will co-write and direct "Salt Road."',
     {("Salt Road", "writtenBy", "Dana Vale"), ("Salt Road", "directedBy", "Dana Vale")}),
    # Twin: "write and produce" gives no directing credit.
    ('Dana Vale will write and produce "Salt Road."',
     {("Salt Road", "writtenBy", "Dana Vale"), ("Salt Road", "producer", "Dana Vale")}),
])
def test_write_and_direct_credits_both(facts_of, sentence, expected):
    assert _credits_only(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "co-wrote", "co-directed", "co-produced" split by the tokenizer: the subject and a "with" partner share the credit.
    ('Dana Vale co-wrote "Glasshouse" with Tom Hale.',
     {("Glasshouse", "writtenBy", "Dana Vale"), ("Glasshouse", "writtenBy", "Tom Hale"),
      ("Dana Vale", "knownFor", "Glasshouse"), ("Tom Hale", "knownFor", "Glasshouse")}),
    ('Dana Vale co-wrote "Glasshouse."', {("Glasshouse", "writtenBy", "Dana Vale"), ("Dana Vale", "knownFor", "Glasshouse")}),
    ('Dana Vale and Tom Hale co-directed "Glasshouse."',
     {("Glasshouse", "directedBy", "Dana Vale"), ("Glasshouse", "directedBy", "Tom Hale"),
      ("Dana Vale", "knownFor", "Glasshouse"), ("Tom Hale", "knownFor", "Glasshouse")}),
    ('Dana Vale will co-direct "Glasshouse" with Tom Hale.',
     {("Glasshouse", "directedBy", "Dana Vale"), ("Glasshouse", "directedBy", "Tom Hale")}),
    ('Dana Vale co-produced "Glasshouse" with Tom Hale.',
     {("Glasshouse", "producer", "Dana Vale"), ("Glasshouse", "producer", "Tom Hale"),
      ("Dana Vale", "knownFor", "Glasshouse"), ("Tom Hale", "knownFor", "Glasshouse")}),
    ('Dana Vale co-wrote the screenplay for "Glasshouse" with Tom Hale.',
     {("Glasshouse", "writtenBy", "Dana Vale"), ("Glasshouse", "writtenBy", "Tom Hale"),
      ("Dana Vale", "knownFor", "Glasshouse"), ("Tom Hale", "knownFor", "Glasshouse")}),
])
def test_co_credits(facts_of, sentence, expected):
    assert _credits_only(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # Negative twins: what was co-written is not the title, or the title is not its object.
    'Dana Vale co-wrote a memo with Tom Hale about "Glasshouse."',
    'Dana Vale co-wrote the novel that inspired "Glasshouse."',
    'Dana Vale co-wrote the book on which "Glasshouse" is based.',
])
def test_co_writing_something_else_is_no_credit(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] in ("writtenBy", "knownFor")}


@pytest.mark.parametrize("sentence, expected", [
    # A roundup: each title's participle or "which" phrase after a comma credits that title,
    # not the article's main work nor the next title.
    ('Other titles include "Glasshouse," starring Dana Vale, and "Salt Road," directed by Tom Hale.',
     {("Glasshouse", "starring", "Dana Vale"), ("Salt Road", "directedBy", "Tom Hale")}),
    ('The lineup includes "Glasshouse," starring Dana Vale; and "Salt Road," directed by Tom Hale.',
     {("Glasshouse", "starring", "Dana Vale"), ("Salt Road", "directedBy", "Tom Hale")}),
    ('The festival opens with "Glasshouse," directed by Dana Vale, and closes with "Salt Road," starring Tom Hale.',
     {("Glasshouse", "directedBy", "Dana Vale"), ("Salt Road", "starring", "Tom Hale")}),
    ('The slate includes "Glasshouse," which stars Dana Vale, and "Salt Road," from director Tom Hale.',
     {("Glasshouse", "starring", "Dana Vale"), ("Salt Road", "directedBy", "Tom Hale")}),
])
def test_roundup_items_keep_their_own_credits(facts_of, sentence, expected):
    assert _credits_only(facts_of(sentence)) == expected


def test_a_participle_after_a_person_is_not_an_item(facts_of):
    # Twin: the comma follows a person, not a title; the sentence's work is the film.
    facts = facts_of('"Glasshouse" is a new thriller. The film, produced by Mira Stone, stars Dana Vale.')
    assert _credits_only(facts) == {("Glasshouse", "producer", "Mira Stone"), ("Glasshouse", "starring", "Dana Vale")}


@pytest.mark.parametrize("sentence, expected", [
    # "Executive producers on X are A and B": the credit noun carries its title before the list.
    ('Executive producers on "Glasshouse" are Dana Vale and Tom Hale.',
     {("Glasshouse", "executiveProducer", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Hale")}),
    ('The executive producers of "Glasshouse" include Dana Vale and Tom Hale.',
     {("Glasshouse", "executiveProducer", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Hale")}),
    ('Executive producers on Netflix\'s "Glasshouse" are Dana Vale and Tom Hale.',
     {("Glasshouse", "executiveProducer", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Hale")}),
    ('The producers of "Glasshouse" also include Dana Vale.', {("Glasshouse", "producer", "Dana Vale")}),
    ('Producers on "Glasshouse" are Harbour Films\' Dana Vale and Tom Hale.',
     {("Glasshouse", "producer", "Dana Vale"), ("Glasshouse", "producer", "Tom Hale")}),
])
def test_producers_on_a_title_are_a_list(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] in ("executiveProducer", "producer")} == expected


def test_producers_on_a_title_only_reported_are_no_credit(facts_of):
    # Negative twin: the list is only reported, and no copula opens it.
    assert not {f for f in facts_of('Executive producers on "Glasshouse" are reported to include Dana Vale.')
                if f[1] in ("executiveProducer", "producer")}


@pytest.mark.parametrize("sentence, expected", [
    # A quoted title between the credit verb and its partners: the partners share the credit.
    ('Dana Vale executive produces "Glasshouse" alongside Tom Hale.',
     {("Glasshouse", "executiveProducer", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Hale")}),
    ('Dana Vale will executive produce "Glasshouse," along with Tom Hale and Mira Stone.',
     {("Glasshouse", "executiveProducer", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Hale"),
      ("Glasshouse", "executiveProducer", "Mira Stone")}),
    # Twins: a partner with a job of their own, or a company, shares no producing credit.
    ('Dana Vale executive produces "Glasshouse," with Tom Hale directing.', {("Glasshouse", "executiveProducer", "Dana Vale")}),
    ('Dana Vale executive produces "Glasshouse" with Harbour Films.', {("Glasshouse", "executiveProducer", "Dana Vale")}),
])
def test_partners_after_a_quoted_title(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] == "executiveProducer"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # "with A directing": an absolute clause gives A the job on the sentence's work.
    ('Harbour Films is producing "Glasshouse," with Dana Vale directing.', {("Glasshouse", "directedBy", "Dana Vale")}),
    ('With Dana Vale directing, "Glasshouse" follows a nurse.', {("Glasshouse", "directedBy", "Dana Vale")}),
    ('Harbour Films has ordered "Glasshouse," with Dana Vale and Tom Hale directing.',
     {("Glasshouse", "directedBy", "Dana Vale"), ("Glasshouse", "directedBy", "Tom Hale")}),
    ('Harbour Films has ordered "Glasshouse," with Dana Vale writing and Tom Hale directing.',
     {("Glasshouse", "writtenBy", "Dana Vale"), ("Glasshouse", "directedBy", "Tom Hale")}),
    # Twin: only talks about the job, no credit.
    ('Harbour Films has ordered "Glasshouse," with Dana Vale in talks about directing.', set()),
])
def test_with_a_directing(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] in ("directedBy", "writtenBy")} == expected


@pytest.mark.parametrize("text, expected", [
    # a partner after "with" is a second executive producer, never the title
    ("Dana Vale executive produces Glasshouse with Tom Hale.",
     {("Glasshouse", "executiveProducer", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Hale")}),
    # a banner after "for" is no part of the title, though the NER reads the run as one work
    ("Dana Vale and Tom Hale exec produce the drama Glasshouse for Harbour Films.",
     {("Glasshouse", "executiveProducer", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Hale")}),
])
def test_an_unquoted_title_ends_before_a_partner_or_a_banner(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "executiveProducer"} == expected


def test_executive_producer_of_an_unquoted_title(facts_of):
    # The title after "executive producer of" is found without quotes; a company there is the
    # employer (negative twin), not a work.
    assert ("Glasshouse", "executiveProducer", "Dana Vale") in facts_of(
        "Dana Vale will serve as showrunner and executive producer of Glasshouse.")
    assert facts_of("Dana Vale, executive producer of Harbour Films, said the deal was done.") == {
        ("Dana Vale", "employedBy", "Harbour Films"), ("Dana Vale", "role", "executive producer")}


@pytest.mark.parametrize("sentence, work, person", [
    ("Dana Vale stars in the drama Glasshouse.", "Glasshouse", "Dana Vale"),
    ("Ingrid Solberg co-stars in the thriller Vargskog.", "Vargskog", "Ingrid Solberg"),
    ("Tom Hale stars in Salt Road, which premieres in May.", "Salt Road", "Tom Hale"),
])
def test_a_name_and_a_present_stars_in_credit_the_cast(facts_of, sentence, work, person):
    # The small model reads "Dana Vale stars" as one noun phrase; the surface rule reads it.
    assert credits(facts_of(sentence)) == {(work, "starring", person)}


def test_a_hedged_stars_in_is_no_cast_credit(facts_of):
    assert credits(facts_of("Dana Vale reportedly stars in the drama Glasshouse.")) == set()


def test_a_past_executive_produced_list_credits_every_name(facts_of):
    facts = facts_of("Glasshouse is a thriller directed by Ana Ruiz. Dana Vale, Tom Hale and Priya Nair executive produced the picture.")
    assert {f for f in credits(facts) if f[1] == "executiveProducer"} == {
        ("Glasshouse", "executiveProducer", p) for p in ("Dana Vale", "Tom Hale", "Priya Nair")}


def test_a_passive_executive_produced_by_is_no_lead_list(facts_of):
    facts = facts_of("Glasshouse is a thriller. Ana Ruiz's Glasshouse, executive produced by Tom Hale, opens in May.")
    assert ("Glasshouse", "executiveProducer", "Ana Ruiz") not in facts


def test_a_titles_director_in_talks_for_another_work_does_not_direct_it(facts_of):
    # "“X” director A ... to direct Y": the epithet says A directed X; Y is A's next job, here only in talks.
    text = "\u201cSalt Road\u201d director Dana Vale is in talks to direct the thriller \u201cCold Water\u201d for Keel Media."
    facts = facts_of(text)
    assert ("Salt Road", "directedBy", "Dana Vale") in facts
    assert ("Cold Water", "directedBy", "Dana Vale") not in facts


def test_director_before_a_name_still_credits_the_sentences_work(facts_of):
    # Negative twin: no title before the noun, so the sentence's work is the one directed.
    facts = facts_of("The thriller \u201cCold Water\u201d, from director Dana Vale, shoots in May.")
    assert ("Cold Water", "directedBy", "Dana Vale") in facts


def test_a_titles_director_signed_for_another_work_directs_it(facts_of):
    # Twin: the next job stated plainly is a credit.
    facts = facts_of("\u201cSalt Road\u201d director Dana Vale has signed on to direct the thriller \u201cCold Water\u201d for Keel Media.")
    assert ("Cold Water", "directedBy", "Dana Vale") in facts
    assert ("Salt Road", "directedBy", "Dana Vale") in facts


# recall2: a network's show after "stars in"; the adverb "executively produced by".
@pytest.mark.parametrize("sentence", ["Tom Hale stars in the Fox comedy Salt Road.",
                                      "Tom Hale stars in Netflix's comedy Salt Road."])
def test_stars_in_a_networks_show(facts_of, sentence):
    assert ("Salt Road", "starring", "Tom Hale") in facts_of(sentence)


def test_stars_in_a_company_name_that_is_no_show_gives_no_credit(facts_of):
    # Negative twin: the company's "ad" is what he stars in; the comedy is named after it.
    facts = facts_of("Tom Hale stars in a Harbour Films ad before the comedy Salt Road.")
    assert ("Salt Road", "starring", "Tom Hale") not in facts


@pytest.mark.parametrize("verb", ["is", "was"])
def test_executively_produced_by_is_executive_producer(facts_of, verb):
    facts = facts_of(f"The drama Copperhead {verb} executively produced by Tom Hale and Ana Ruiz.")
    assert {f for f in facts if f[1] in ("producer", "executiveProducer")} == {
        ("Copperhead", "executiveProducer", "Tom Hale"), ("Copperhead", "executiveProducer", "Ana Ruiz")}


def test_executively_produced_by_when_denied_gives_no_credit(facts_of):
    facts = facts_of("The drama Copperhead is not executively produced by Tom Hale.")
    assert not {f for f in facts if f[1] in ("producer", "executiveProducer")}


@pytest.mark.parametrize(("sentence", "people"), [
    ("Created by Mara Quill and Tomas Reyne, Copperhead follows a family in crisis.", {"Mara Quill", "Tomas Reyne"}),
    ("Copperhead was created by Mara Quill.", {"Mara Quill"}),
])
def test_a_creator_writes_the_work(facts_of, sentence, people):
    # The work a creator is named on is theirs to write, as the dev gold reads "Creating this
    # miniseries from his book" (writtenBy); no calling card of theirs.
    facts = facts_of(sentence)
    assert credits(facts) == {("Copperhead", "writtenBy", p) for p in people}
    assert {f for f in facts if f[1] == "knownFor"} == set()


def test_who_created_gives_no_writing_credit(facts_of):
    # Negative twin: a past creation told in a relative clause about the person is a calling card.
    facts = facts_of("Mara Quill, who created Copperhead, is developing a new series.")
    assert ("Mara Quill", "knownFor", "Copperhead") in facts
    assert credits(facts) == set()


def test_exec_produced_by_is_an_executive_producer_credit_only(facts_of):
    # "exec" abbreviates "executive": no plain producer credit from its "produced by".
    facts = facts_of("Netflix has ordered the drama Copperhead. The series is exec produced by Mara Quill.")
    assert credits(facts) == {("Copperhead", "executiveProducer", "Mara Quill")}


@pytest.mark.parametrize("sentence", ["Neon has acquired Salt Road, the upcoming romantic dramedy from writer-director Dana Vale.",
                                      "Neon has acquired Salt Road, the new drama from writer/director Dana Vale.",
                                      "Neon has acquired the drama Salt Road from writer-director Dana Vale."])
def test_a_genre_noun_from_a_writer_director(facts_of, sentence):
    # A film "from" its writer-director: both credits, whether a genre noun or the title stands before "from".
    assert credits(facts_of(sentence)) == {("Salt Road", "directedBy", "Dana Vale"), ("Salt Road", "writtenBy", "Dana Vale")}


# credits8: "writer-director P's “T”" (or P's genre noun after the item's title): P wrote and directed T.
@pytest.mark.parametrize("sentence", ["Neon has acquired writer-director Dana Vale's \"Salt Road\".",
                                      "Mia Lund will star opposite Tom Rusk in writer/director Dana Vale's \"Salt Road.\"",
                                      "\"Salt Road\" - Neon has pre-bought rights to writer-director Dana Vale's romantic drama."])
def test_a_writer_directors_possessive_gives_both_credits(facts_of, sentence):
    facts = facts_of(sentence)
    assert {("Salt Road", "directedBy", "Dana Vale"), ("Salt Road", "writtenBy", "Dana Vale")} <= facts


def test_a_directors_possessive_is_no_writing_credit(facts_of):
    # The twin: "director P's “T”" names the director only; "P's next project" names no work.
    assert ("Salt Road", "writtenBy", "Dana Vale") not in facts_of("Neon has acquired director Dana Vale's \"Salt Road\".")
    assert credits(facts_of("Neon has acquired Salt Road. Neon also signed writer-director Dana Vale's next project.")) == set()


def test_a_genre_noun_from_a_director_is_no_writing_credit(facts_of):
    assert credits(facts_of("Neon has acquired Salt Road, the new thriller from director Dana Vale.")) == {
        ("Salt Road", "directedBy", "Dana Vale")}


@pytest.mark.parametrize("sentence", ["Neon has acquired Salt Road, the new drama from Dana Vale.",
                                      "Neon has acquired Salt Road, the new drama from Harbour Films."])
def test_a_genre_noun_from_a_name_without_an_epithet_credits_no_director(facts_of, sentence):
    # The twin: "the drama from P" may be a series from its creator, "from C" a company's.
    assert {f for f in facts_of(sentence) if f[1] in ("directedBy", "writtenBy")} == set()


@pytest.mark.parametrize("sentence,writers", [
    ("Neon has acquired the drama Salt Road, which Dana Vale wrote and directed.", {("Salt Road", "writtenBy", "Dana Vale")}),
    ("Neon has acquired the drama Salt Road, which Dana Vale co-wrote and directed.", None)])
def test_a_past_write_and_direct_pair_in_a_relative_clause(facts_of, sentence, writers):
    # "which A wrote and directed": the second verb of the pair is a directing credit too.
    facts = credits(facts_of(sentence))
    assert ("Salt Road", "directedBy", "Dana Vale") in facts
    if writers is not None:
        assert {f for f in facts if f[1] == "writtenBy"} == writers


def test_a_denied_write_and_direct_pair_gives_no_credit(facts_of):
    # The twin: a denial states no credit.
    assert credits(facts_of("Neon has acquired the drama Salt Road, which Dana Vale did not write and direct.")) == set()


def test_a_calling_card_write_and_direct_pair_credits_only_that_work(facts_of):
    facts = credits(facts_of("Dana Vale, who wrote and directed Moonfall, will star in the drama Salt Road."))
    assert ("Salt Road", "directedBy", "Dana Vale") not in facts and ("Salt Road", "writtenBy", "Dana Vale") not in facts


def test_a_list_before_serving_as_executive_producers_credits_everyone(facts_of):
    # "with A, B and C serving as executive producers": the credit reaches back over the list.
    facts = facts_of("Night Garden is produced for Harbour Films by Keel Media with Ana Ruiz, Tom Hale and Mia Stone serving as executive producers.")
    assert {f for f in facts if f[1] == "executiveProducer"} == {("Night Garden", "executiveProducer", p) for p in ("Ana Ruiz", "Tom Hale", "Mia Stone")}
    assert ("Keel Media", "produces", "Night Garden") in facts


def test_a_comma_alone_before_a_credited_person_lists_nobody_else(facts_of):
    # Negative twin: "After meeting A, B will serve as executive producer": a comma alone
    # ends a phrase; only a list joined by "and" reaches back.
    facts = facts_of("After meeting Ana Ruiz, Tom Hale will serve as executive producer of Night Garden.")
    assert {f for f in facts if f[1] == "executiveProducer"} == {("Night Garden", "executiveProducer", "Tom Hale")}


@pytest.mark.parametrize("sentence, expected", [
    # rel5: praise between the article and the job noun leaves the apposition a credit
    ("Dina Vale, the Oscar-nominated director of Moonfall, will helm Glasshouse.",
     {("Moonfall", "directedBy", "Dina Vale"), ("Glasshouse", "directedBy", "Dina Vale")}),
    ("Dina Vale, the award-winning writer of Moonfall, will helm Glasshouse.",
     {("Moonfall", "writtenBy", "Dina Vale"), ("Glasshouse", "directedBy", "Dina Vale")}),
    # negative twin: the star of a film is no credit of the apposition's kind
    ("Dina Vale, the Oscar-nominated star of Moonfall, will helm Glasshouse.",
     {("Glasshouse", "directedBy", "Dina Vale")}),
])
def test_rel5_acclaimed_appositions(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] in ("directedBy", "writtenBy")} == expected


# --- an unnamed credit in a round-up item about a newly joined project (precision5) ----------------

ROUNDUP_HEAD = ("Casting roundup: Tom Hale joins \u201cEmber Road\u201d\n\n"
                "Tom Hale will star in Ember Road alongside Mara Quint. The drama marks the debut of writer Ana Ruiz.\n\n")


def test_an_unnamed_credit_in_an_item_about_a_newly_joined_project_is_not_the_articles(facts_of):
    facts = facts_of(ROUNDUP_HEAD + "Lena Cho has signed on for Seven Winters. "
                     "Nina Sol and Pia Lund also star, with Joel Varga directing.")
    assert not {f for f in facts if f[0] == "Ember Road" and f[2] in ("Joel Varga", "Nina Sol", "Pia Lund")}


def test_an_unnamed_credit_after_a_newcomer_joins_the_cast_is_the_articles(facts_of):
    # negative twin: "has also joined the cast" names no new project
    facts = facts_of(ROUNDUP_HEAD + "Lena Cho has also joined the cast. "
                     "Nina Sol and Pia Lund also star, with Joel Varga directing.")
    assert {("Ember Road", "directedBy", "Joel Varga"), ("Ember Road", "starring", "Nina Sol")} <= facts


# adapt7: two job verbs joined by "and" share the person and the work: both credits, and a past
# pair is the person's calling card.
@pytest.mark.parametrize("sentence", [
    "Vera Lind will direct Star Voyage. Lind most recently co-wrote and directed The Orchard.",
    "Vera Lind will direct Star Voyage. Lind directed and co-wrote The Orchard.",
])
def test_a_past_pair_of_jobs_credits_both(facts_of, sentence):
    assert {("The Orchard", "writtenBy", "Vera Lind"), ("The Orchard", "directedBy", "Vera Lind"),
            ("Vera Lind", "knownFor", "The Orchard")} <= facts_of(sentence)


def test_a_future_pair_of_jobs_credits_both_and_is_no_calling_card(facts_of):
    facts = facts_of("Vera Lind will write and direct The Orchard for Harbor Films.")
    assert {("The Orchard", "writtenBy", "Vera Lind"), ("The Orchard", "directedBy", "Vera Lind")} <= facts
    assert ("Vera Lind", "knownFor", "The Orchard") not in facts


def test_a_pair_of_jobs_on_a_source_of_the_work_credits_nothing(facts_of):
    facts = facts_of("Vera Lind co-wrote and directed the novel that inspired The Orchard.")
    assert not {f for f in facts if f[1] in ("writtenBy", "directedBy")}


def test_a_hedged_pair_of_jobs_is_no_plain_credit(facts_of):
    assert not {f for f in facts_of("Vera Lind is in talks to write and direct The Orchard.") if f[1] in ("writtenBy", "directedBy")}


@pytest.mark.parametrize("sentence, expected", [
    # the plural credit noun names each writer of its list
    ("Streamly has ordered the drama series Blue Harbor from writers Vera Lind and Tom Reyes.",
     {("Blue Harbor", "writtenBy", "Vera Lind"), ("Blue Harbor", "writtenBy", "Tom Reyes")}),
    # "writer-producer A": the hyphened pair still says writer
    ("Streamly has ordered the drama series Blue Harbor. The show comes from writer-producer Vera Lind.",
     {("Blue Harbor", "writtenBy", "Vera Lind")}),
    # the singular names one writer: the next name of the list is credited by what follows it only
    ("Streamly has ordered the drama Blue Harbor. Ana Ruiz, writer Vera Lind and Tom Reyes are all executive producers.",
     {("Blue Harbor", "writtenBy", "Vera Lind")}),
])
def test_plural_and_hyphened_writer_nouns_credit_the_writers(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] == "writtenBy"} == expected


def test_writers_signed_to_deals_credit_no_work(facts_of):
    # negative twin: no work in the sentence, the writers' deal names none
    assert not {f for f in facts_of("Streamly signed writers Vera Lind and Tom Reyes to overall deals.") if f[1] == "writtenBy"}


def test_a_sales_byline_credits_each_film_its_own_director(facts_of):
    # "T by [nationality] director P": the director made the work right before "by", and a list
    # that goes on after the byline names no cast.
    facts = credits(facts_of("Kestrel Sales is selling Copperline by Danish director Mara Quillby and also has "
                             "Low Meadow by Finnish filmmaker Tomas Ekberg."))
    assert facts == {("Copperline", "directedBy", "Mara Quillby"), ("Low Meadow", "directedBy", "Tomas Ekberg")}


def test_a_director_named_without_by_or_from_directs_nothing(facts_of):
    # Twin of the byline: a guest described as a director is no credit on the title sold.
    facts = credits(facts_of("Kestrel Sales is selling the thriller Copperline, and Danish director Mara Quillby will attend."))
    assert ("Copperline", "directedBy", "Mara Quillby") not in facts


# cast33: "A stars alongside / opposite B", "A co-stars with B": A is in the cast with B, also
# where a relative clause or an apposition stands between A and "stars".
ORDERED = "Orchard Street has ordered the drama Copperhead from Fenwick Studios. "


@pytest.mark.parametrize("sentence, expected", [
    (ORDERED + "Mara Quill stars alongside Devon Ashby and Lena Ward.",
     {("Copperhead", "starring", "Mara Quill"), ("Copperhead", "starring", "Devon Ashby"), ("Copperhead", "starring", "Lena Ward")}),
    (ORDERED + "Devon Ashby, who created the series, stars opposite Mara Quill.",
     {("Copperhead", "starring", "Devon Ashby"), ("Copperhead", "starring", "Mara Quill")}),
    ("The pair teamed on the comedy Copperhead, in which Devon Ashby co-stars with Mara Quill.",
     {("Copperhead", "starring", "Devon Ashby"), ("Copperhead", "starring", "Mara Quill")}),
])
def test_the_one_who_stars_opposite_another_is_in_the_cast(facts_of, sentence, expected):
    assert {f for f in credits(facts_of(sentence)) if f[1] == "starring"} == expected


@pytest.mark.parametrize("sentence", [
    # Negative twins: a hoped part; a past part in another work gives no part in the item's work.
    ORDERED + "Devon Ashby is in talks to star opposite Mara Quill.",
    ORDERED + "Devon Ashby starred opposite Mara Quill in Saltmarsh.",
])
def test_no_part_opposite_another_when_hoped_or_past(facts_of, sentence):
    assert not {f for f in credits(facts_of(sentence)) if f[:2] == ("Copperhead", "starring")}


@pytest.mark.parametrize("sentence, expected", [
    # "along with A and B" after a casting verb names fellow cast members.
    (ORDERED + "Mara Quill will play the detective, along with Devon Ashby and Lena Ward.",
     {("Copperhead", "starring", "Mara Quill"), ("Copperhead", "starring", "Devon Ashby"), ("Copperhead", "starring", "Lena Ward")}),
    # "with A as their mother": a fellow cast member given a part of her own.
    (ORDERED + "Mara Quill plays the older sister, with Devon Ashby as their mother.",
     {("Copperhead", "starring", "Mara Quill"), ("Copperhead", "starring", "Devon Ashby")}),
    # Negative twin: a job after "as" is no part.
    (ORDERED + "Mara Quill plays the older sister, with Devon Ashby as director.",
     {("Copperhead", "starring", "Mara Quill")}),
])
def test_fellow_cast_members_after_with(facts_of, sentence, expected):
    assert {f for f in credits(facts_of(sentence)) if f[1] == "starring"} == expected


# ep34: the people of a company named between the list and the EP verb.
def test_people_of_the_company_before_the_ep_verb(facts_of):
    facts = facts_of("Orchard Street has ordered the drama Copperhead. Ivo Drake, Ada Stone and Tomas Reyne "
                     "of the Fenwick Company will also executive produce.")
    assert {f for f in credits(facts) if f[1] == "executiveProducer"} == {
        ("Copperhead", "executiveProducer", "Ivo Drake"), ("Copperhead", "executiveProducer", "Ada Stone"),
        ("Copperhead", "executiveProducer", "Tomas Reyne")}


def test_people_of_the_company_in_talks_give_no_credit(facts_of):
    facts = facts_of("Orchard Street has ordered the drama Copperhead. Ivo Drake and Ada Stone "
                     "of the Fenwick Company are in talks to executive produce.")
    assert not {f for f in credits(facts) if f[1] == "executiveProducer"}


def test_producers_named_with_their_company_before_will_produce(facts_of):
    # "A and B of Vela Pictures will also produce": the company stands between the people and the verb.
    facts = facts_of("Orbit Films is making the drama Blue Harbor. Ben Lowe and Kay Dunn of Vela Pictures will also produce.")
    assert {f[2] for f in facts if f[:2] == ("Blue Harbor", "producer")} == {"Ben Lowe", "Kay Dunn"}
    # Twin: the company itself is no producer person.
    assert ("Blue Harbor", "producer", "Vela Pictures") not in facts


@pytest.mark.parametrize("text", [
    # A festival line: the title's countries in parentheses before its credit.
    "The top prize went to \u201cGlass Bay.\u201d The jury award went to Tin Harbor (France, Chile), directed by Ivo Caldera.",
    # The NER took the title for a company or a place: only a title is directed.
    "The top prize went to \u201cGlass Bay.\u201d The jury award was snagged by Copper Moon, directed by Ivo Caldera.",
])
def test_a_credit_after_a_missed_title_goes_to_no_other_work(facts_of, text):
    assert not any(f[1] == "directedBy" for f in facts_of(text))


def test_a_credit_after_a_known_place_stays_the_works(facts_of):
    # Twin: a place the lists know is no title; "the film" is the winner.
    facts = facts_of("The top prize went to \u201cGlass Bay.\u201d The film was shot in Iceland, directed by Ivo Caldera.")
    assert ("Glass Bay", "directedBy", "Ivo Caldera") in facts


def test_a_credit_in_an_apposition_describing_a_title_is_that_titles(facts_of):
    # "Y, an HBO crime drama starring A": the apposition describes Y, though the sentence also
    # names the article's main title.
    text = ("The 2021 film Red Comet was a hit. The success of Red Comet spawned the spinoff series The Warden, "
            "an HBO crime drama starring Kit Moreno.")
    facts = facts_of(text)
    assert ("The Warden", "starring", "Kit Moreno") in facts
    assert ("Red Comet", "starring", "Kit Moreno") not in facts


def test_a_credit_after_the_main_title_in_the_sentence_stays_its(facts_of):
    # Twin: no apposition; the main title the sentence names takes the credit.
    text = "The 2021 film Red Comet was a hit. Red Comet, which Harbour Films made, stars Kit Moreno."
    assert ("Red Comet", "starring", "Kit Moreno") in facts_of(text)


@pytest.mark.parametrize("text", [
    # A nationality or a business post before "director" describes the person, no credit.
    "The festival opens with Glass Harbor, directed by Tom Vale. The jury includes Canadian director Ivo Caldera, US actress Mia Lund and Danish producer Ole Berg.",
    "Glass Harbor is a hit for Harbour Films, whose commercial director Ivo Caldera will join Kestrel.",
])
def test_a_described_director_takes_no_credit_on_the_sentences_work(facts_of, text):
    assert not any(f[1] == "directedBy" and f[2] == "Ivo Caldera" for f in facts_of(text))


def test_a_plain_director_title_credits_the_sentences_work(facts_of):
    # Twin: "director X" with nothing describing the title gives the credit.
    assert ("Glass Harbor", "directedBy", "Ivo Caldera") in facts_of("Glass Harbor, from director Ivo Caldera, opens in May.")


def test_a_name_that_next_stars_in_a_title_with_partners(facts_of):
    # "A next stars in Y opposite B and C": an adverb may stand before "stars"; the partners are Y's cast
    facts = facts_of("Lena Hart next stars in Netflix's The Long Con opposite Ed Rask and Lia Moon.")
    assert {f for f in facts if f[1] == "starring"} == {
        ("The Long Con", "starring", "Lena Hart"), ("The Long Con", "starring", "Ed Rask"), ("The Long Con", "starring", "Lia Moon")}



def test_a_stars_in_clause_without_partners_credits_the_name_only(facts_of):
    # negative twin: "opposite" with no one after it adds nobody ("opposite the harbour")
    facts = facts_of("Lena Hart next stars in Netflix's The Long Con, set opposite the harbour of Lia Moon's hometown.")
    assert {f for f in facts if f[1] == "starring"} == {("The Long Con", "starring", "Lena Hart")}


def test_a_list_of_past_roles_goes_on_past_each_titles_aside(facts_of):
    # "“A” (for which she won an Emmy), “B” (2019), and “C”": a bracketed aside ends no list item
    facts = facts_of("Lena Hart has starred in shows like \u201cThe Ledger\u201d (for which she won an Emmy), "
                     "\u201cBorderland\u201d (2019), and \u201cThe Quiet Tower.\u201d")
    assert {f[0] for f in facts if f[1] == "starring"} == {"The Ledger", "Borderland", "The Quiet Tower"}


def test_bracketed_credits_of_two_people_stay_each_ones(facts_of):
    # negative twin: a title in one person's brackets is no item of a list of the other's titles
    facts = facts_of("Lena Hart (The Ledger) and Ed Rask (Borderland) will star.")
    assert {f for f in facts if f[1] == "knownFor"} == {("Lena Hart", "knownFor", "The Ledger"), ("Ed Rask", "knownFor", "Borderland")}


@pytest.mark.parametrize("sentence", ["Cameras are rolling on Copperhead, which Tove Lind directs from her own screenplay.",
                                      "Tove Lind will direct Copperhead from her own script."])
def test_a_director_of_their_own_script_writes_the_work(facts_of, sentence):
    assert credits(facts_of(sentence)) == {("Copperhead", "directedBy", "Tove Lind"), ("Copperhead", "writtenBy", "Tove Lind")}


def test_a_director_of_anothers_script_writes_nothing(facts_of):
    # negative twin: the script is another's
    assert credits(facts_of("Tove Lind will direct Copperhead from a script by Ana Ruiz.")) == {
        ("Copperhead", "directedBy", "Tove Lind"), ("Copperhead", "writtenBy", "Ana Ruiz")}


def test_partners_alongside_an_executive_producer_share_the_credit(facts_of):
    facts = facts_of("Hulu has ordered Copperhead. Rosa Kemp executive produces via her Northlight Films "
                     "alongside Arrowhead's Jay Bell and Ada Cole.")
    assert {f for f in facts if f[1] == "executiveProducer"} == {
        ("Copperhead", "executiveProducer", "Rosa Kemp"), ("Copperhead", "executiveProducer", "Jay Bell"),
        ("Copperhead", "executiveProducer", "Ada Cole")}


def test_a_partner_in_another_clause_is_no_executive_producer(facts_of):
    # negative twin: "while" opens another clause, whose "alongside" is a cast partner
    facts = facts_of("Hulu has ordered Copperhead. Rosa Kemp executive produces, while Jay Bell stars alongside Ada Cole.")
    assert {f for f in facts if f[1] == "executiveProducer"} == {("Copperhead", "executiveProducer", "Rosa Kemp")}


def test_names_that_headline_a_title_star_in_it(facts_of):
    assert {f for f in facts_of("Lena Hart and Omar Diaz headline Copperhead.") if f[1] == "starring"} == {
        ("Copperhead", "starring", "Lena Hart"), ("Copperhead", "starring", "Omar Diaz")}


def test_a_title_that_features_a_person_stars_them(facts_of):
    assert ("Copperhead", "starring", "Lena Hart") in facts_of("Copperhead features Lena Hart as a detective.")


def test_a_title_that_features_a_score_stars_nobody(facts_of):
    # negative twin: "features" with no person right after it names no cast
    assert not {f for f in facts_of("Copperhead features a score by Omar Diaz.") if f[1] == "starring"}


# A credit participle on a company says who runs the company: no credit on the sentence's work.
@pytest.mark.parametrize("text", [
    "Ember stars Lena Hart. The film was coproduced by Blue Door, the Danish company directed by Mark Tink and Rena Cole.",
    "Ember stars Lena Hart. The film was coproduced by Blue Door, a banner directed by Mark Tink.",
])
def test_directed_by_on_a_company_is_no_credit(facts_of, text):
    facts = facts_of(text)
    assert ("Blue Door", "produces", "Ember") in facts
    assert not {f for f in facts if f[1] == "directedBy"}


def test_directed_by_after_a_company_credits_the_work(facts_of):
    # Twin: the participle is coordinated with the film's own verb, not hung on the company.
    facts = facts_of("Ember stars Lena Hart. The film was coproduced by Blue Door and directed by Mark Tink.")
    assert ("Ember", "directedBy", "Mark Tink") in facts


# Joining a project to do a job is taking it: "has signed on to direct", "is on board to produce".
_ORDERED = "Netflix has ordered the drama Ember from Blue Door. "


@pytest.mark.parametrize("sentence, fact", [
    ("Ann Ray has signed on to direct.", ("Ember", "directedBy", "Ann Ray")),
    ("Ann Ray has come on board to direct.", ("Ember", "directedBy", "Ann Ray")),
    ("Ann Ray has been tapped to write the script.", ("Ember", "writtenBy", "Ann Ray")),
    ("Ann Ray is on board to produce.", ("Ember", "producer", "Ann Ray")),
    ("Ann Ray has been hired to star.", ("Ember", "starring", "Ann Ray")),
])
def test_a_job_taken_by_joining_is_a_credit(facts_of, sentence, fact):
    assert fact in facts_of(_ORDERED + sentence)


@pytest.mark.parametrize("sentence", [
    "Ann Ray is in talks to direct.",
    "Ann Ray has signed on to a deal with the studio.",
])
def test_talks_or_a_deal_joined_is_no_credit(facts_of, sentence):
    # Negative twins: talks are no job taken; signing on to a deal names no job at all.
    assert not {f for f in facts_of(_ORDERED + sentence) if f[2] == "Ann Ray"}


# "produced by Will Vale's production company Harbour Films": the company holds the credit, and
# the person whose possessive owns it is no producer of the work.
@pytest.mark.parametrize("text", [
    "Ember is produced by Will Vale's production company Harbour Films.",
    "Ember is produced by Jane Root's Sister Pictures.",
])
def test_a_possessive_owner_of_the_producing_company_is_no_producer(facts_of, text):
    facts = facts_of(text)
    assert {f for f in facts if f[1] == "produces" and f[2] == "Ember"}
    assert not {f for f in facts if f[1] == "producer"}


def test_people_who_produce_are_producers(facts_of):
    # Twin: no possessive, no company: the people hold the credit.
    facts = facts_of("Ember is produced by Jane Root and Tom Hale.")
    assert {("Ember", "producer", "Jane Root"), ("Ember", "producer", "Tom Hale")} <= facts


def test_a_title_in_a_parenthesis_after_a_name_is_no_credited_work(facts_of):
    # "(“Berlin Nights”)" after the company is its calling card; the series of the sentence is
    # the one the article named before.
    text = ("Written and directed by Karl Brenner (\u201cThe Orchard\u201d), the eight-part series is produced by "
            "Falkon Pictures (\u201cBerlin Nights\u201d).")
    assert ("Salt Hours", "directedBy", "Karl Brenner") in facts_of("Netflix has ordered the drama Salt Hours. " + text)
    facts = facts_of(text)
    assert not {f for f in facts if f[0] in ("Berlin Nights", "The Orchard") and f[1] in ("directedBy", "writtenBy")}


def test_a_partner_given_a_job_of_his_own_shares_no_credit(facts_of):
    # "with B as producer": an absolute clause with its own job, not "alongside B".
    facts = facts_of("Netflix has ordered the drama Glasshouse. Oona Berg also serves as executive producer, "
                     "with Dan Wyatt as producer.")
    assert ("Glasshouse", "executiveProducer", "Oona Berg") in facts
    assert ("Glasshouse", "executiveProducer", "Dan Wyatt") not in facts
    assert ("Glasshouse", "producer", "Dan Wyatt") in facts


def test_a_partner_alongside_shares_the_credit(facts_of):
    # Twin: "alongside B" shares the job.
    facts = facts_of("Netflix has ordered the drama Glasshouse. Oona Berg will executive produce alongside Dan Wyatt.")
    assert ("Glasshouse", "executiveProducer", "Dan Wyatt") in facts


def test_a_company_inside_a_relative_clause_is_no_producer(facts_of):
    # A name inside "who ran X" / "which made X" is said of the clause's antecedent.
    facts = facts_of("Netflix has ordered the drama Glasshouse. Jill Fox, who previously ran Harbour Films, will produce.")
    assert ("Harbour Films", "produces", "Glasshouse") not in facts
    facts = facts_of("Harbour Films, which made Moonfall, will produce the drama Glasshouse.")
    assert ("Harbour Films", "produces", "Glasshouse") in facts
    assert ("Moonfall", "produces", "Glasshouse") not in facts


def test_a_director_second_in_a_from_phrase_directs(facts_of):
    facts = facts_of("Universal has won an auction for the thriller \u201cThe Chase,\u201d from writer Ana Ortiz and director Tom Hale.")
    assert ("The Chase", "directedBy", "Tom Hale") in facts and ("The Chase", "writtenBy", "Ana Ortiz") in facts


def test_a_director_possessing_another_thing_directs_nothing_here(facts_of):
    # Twin: "director B's script" is B's own thing, no credit on the sentence's work.
    facts = facts_of("The thriller \u201cThe Chase\u201d came from writer Ana Ortiz and director Tom Hale's script.")
    assert ("The Chase", "directedBy", "Tom Hale") not in facts


@pytest.mark.parametrize("sentence, expected", [
    # A show's creator is known for it (the trade's credit for an originator, who may not write it).
    ("Paramount+ renewed Salt Road. Created by Tom Hale and Ana Ruiz, the first season of the series premiered in 2021.",
     {("Tom Hale", "knownFor", "Salt Road"), ("Ana Ruiz", "knownFor", "Salt Road")}),
    # A comic's creators wrote it.
    ("Lumen acquired Alien Corps, a comic-book series created by Tom Hale and Ana Ruiz.",
     {("Alien Corps", "writtenBy", "Tom Hale"), ("Alien Corps", "writtenBy", "Ana Ruiz")}),
])
def test_created_by_credits_by_the_works_medium(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] in ("knownFor", "writtenBy")} == expected


def test_a_titles_year_in_brackets_before_its_crew_noun(facts_of):
    # "“X” (2016) writer B": the calling card is B's; the director named before is no credit on it.
    facts = facts_of("Lumen will team up with director Ana Ruiz and \u201cSalt Road\u201d (2016) writer Tom Hale to develop a remake.")
    assert ("Salt Road", "writtenBy", "Tom Hale") in facts
    assert ("Salt Road", "directedBy", "Ana Ruiz") not in facts


@pytest.mark.parametrize("second", [
    "Mara Quill will star and executive produce, along with Devon Ashby.",  # B may share either job
    "Mara Quill plays the lead, with Devon Ashby as DP.",  # a job after "as"
    "Mara Quill plays the lead, with Devon Ashby as line producer.",
    "Mara Quill plays the detective, along with co-creator Devon Ashby, who wrote the pilot.",  # a crew noun before the name
])
def test_no_fellow_cast_member_when_a_job_is_said(facts_of, second):
    assert ("Copperhead", "starring", "Devon Ashby") not in facts_of(ORDERED + second)


def test_an_executive_helping_to_launch_shows_is_known_for_them(facts_of):
    facts = facts_of("Tom Hale was head of drama at the network, helping to launch series like Salt Road and Glass Harbor.")
    assert {("Tom Hale", "knownFor", "Salt Road"), ("Tom Hale", "knownFor", "Glass Harbor")} <= facts


def test_a_relatives_debut_is_its_antecedents_calling_card(facts_of):
    assert ("Tom Hale", "knownFor", "Salt Road") in facts_of("Filmmaker Tom Hale, whose 2014 debut Salt Road played Locarno, returns.")


def test_a_relatives_own_subject_played_the_part(facts_of):
    # Negative twin: "A, whose brother starred in X": the brother played, not A.
    facts = facts_of("Tom Hale, whose brother starred in Salt Road, returns.")
    assert ("Salt Road", "starring", "Tom Hale") not in facts and ("Tom Hale", "knownFor", "Salt Road") not in facts


def test_a_salient_work_in_an_opening_adverbial_clause_takes_no_credit(facts_of):
    # "After X ended its run, he made Y, ..., starring A": the cast is Y's, not the article's X's.
    text = ("Tom Hale created the sitcom \u201cSalt Road.\u201d After \u201cSalt Road\u201d ended its run in 1989, he made "
            "his feature debut with \u201cEmber,\u201d a tale of three generations, starring Jack Lemmon and Ted Danson.")
    facts = facts_of(text)
    assert {("Ember", "starring", "Jack Lemmon"), ("Ember", "starring", "Ted Danson")} <= facts
    assert not any(s == "Salt Road" and p == "starring" for s, p, o in facts)


def test_a_cast_member_before_a_box_office_verb_is_no_title(entities_of):
    # "The film starring A grossed $102m": A is in the subject's phrase, the cast, not a title.
    assert entities_of("The film starring Denzel Washington grossed $102 million.")["Denzel Washington"].type == "Person"


@pytest.mark.parametrize("sentence", [
    "Tom Hale rose to fame after starring in \u201cSalt Road\u201d and \u201cEmber.\u201d",
    "Veteran actor Tom Hale died on Monday. He rose to fame as a romantic lead after starring in \u201cSalt Road\u201d and \u201cEmber.\u201d",
])
def test_a_gerund_of_acting_after_a_preposition_is_the_subjects_part(facts_of, sentence):
    facts = facts_of(sentence)
    assert {("Salt Road", "starring", "Tom Hale"), ("Ember", "starring", "Tom Hale"),
            ("Tom Hale", "knownFor", "Salt Road"), ("Tom Hale", "knownFor", "Ember")} <= facts


def test_a_gerund_of_acting_in_a_relative_is_not_the_main_subjects(facts_of):
    # Twin: "whose son ... after starring in X": the son played, not the main clause's subject.
    facts = facts_of("Tom Hale, whose son rose to fame after starring in \u201cSalt Road,\u201d died on Monday.")
    assert not any(p == "starring" for s, p, o in facts)


def test_the_writer_of_such_hits_wrote_each(facts_of):
    facts = facts_of("\u201cEmber\u201d is scripted by Ana Ruiz, the writer of such hits as \u201cSalt Road\u201d and \u201cGlass Harbor.\u201d")
    assert {("Salt Road", "writtenBy", "Ana Ruiz"), ("Glass Harbor", "writtenBy", "Ana Ruiz")} <= facts


def test_the_writer_of_a_source_named_by_a_clause_wrote_no_adaptation(facts_of):
    # Twin: "the writer of the novel on which X is based" wrote the novel, not X.
    assert not any(p == "writtenBy" for s, p, o in facts_of("Ana Ruiz, the writer of the novel on which \u201cEmber\u201d is based, spoke."))


def test_whose_directorial_effort_names_the_antecedents_film(facts_of):
    facts = facts_of("Tomas Brenner, whose directorial effort \u201cSalt Road\u201d won a prize, is attached to \u201cEmber.\u201d")
    assert ("Salt Road", "directedBy", "Tomas Brenner") in facts


def test_a_film_shown_at_a_festival_with_its_director_is_no_part(facts_of):
    # Twin of starred_in: "played in Cannes Competition with X" says where the film was shown.
    facts = facts_of("Ana Ruiz played in Cannes Competition with Tidewater in 2004 and Moth Hour in 2007.")
    assert not {f for f in facts if f[1] in ("starring", "knownFor")}


@pytest.mark.parametrize("text", [
    "Vera Lund stars in Tomas Brenner's drama Harbour Lights.",
    "Vera Lund co-stars in Tomas Brenner's FX series Harbour Lights.",
])
def test_starring_in_a_makers_possessive_title(facts_of, text):
    assert ("Harbour Lights", "starring", "Vera Lund") in facts_of(text)


def test_starring_in_a_makers_play_names_no_screen_credit(facts_of):
    # Twin: no title after the possessive, so no starring fact.
    assert not [f for f in facts_of("Vera Lund stars in Tomas Brenner's new play at the Lyric.") if f[1] == "starring"]
