"""Work rules (mediakg.extract.relations.works), end to end on short invented sentences:
adaptations, authors, calling cards and collaborators."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def of(facts: set, predicate: str) -> set:
    return {f for f in facts if f[1] == predicate}


def test_known_for_a_title(facts_of):
    facts = facts_of("Mara Quill is best known for \u201cSaltmarsh.\u201d")
    assert of(facts, "knownFor") == {("Mara Quill", "knownFor", "Saltmarsh")}


def test_an_authors_novel_is_written_by_the_author(facts_of):
    facts = facts_of("Harbour Films optioned Mara Quill's novel \u201cLow Tide\u201d last year.")
    assert ("Low Tide", "writtenBy", "Mara Quill") in facts


def test_worked_with_links_two_people(facts_of):
    facts = facts_of("Mara Quill has worked with Tomas Reyne on three films.")
    assert of(facts, "workedWith") == {("Mara Quill", "workedWith", "Tomas Reyne")}


def test_a_series_based_on_a_novel_is_based_on_its_source(facts_of):
    facts = facts_of("The series \u201cCopperhead\u201d is based on the book \u201cRiver Glass\u201d by Mara Quill.")
    assert ("Copperhead", "basedOn", "River Glass") in facts


def test_an_unrelated_person_and_title_give_no_calling_card(facts_of):
    facts = facts_of("Mara Quill watched \u201cSaltmarsh\u201d at home.")
    assert of(facts, "knownFor") == set()


# --- credits branch: people stated to work together ---
@pytest.mark.parametrize("sentence, expected", [
    ("Rita Combs and Omar Reyes, who previously worked together on \u201cMoonfall\u201d and \u201cRed Harbour,\u201d will produce.",
     {("Rita Combs", "workedWith", "Omar Reyes"), ("Rita Combs", "knownFor", "Moonfall"), ("Rita Combs", "knownFor", "Red Harbour"),
      ("Omar Reyes", "knownFor", "Moonfall"), ("Omar Reyes", "knownFor", "Red Harbour")}),
    ("Tom Hale will report to Rita Combs.", {("Tom Hale", "workedWith", "Rita Combs")}),
    ("Tom Hale and Rita Combs will continue to lead Harbour Films.", {("Tom Hale", "workedWith", "Rita Combs")}),
])
def test_people_who_work_together(facts_of, sentence, expected):
    facts = facts_of(sentence)
    assert of(facts, "workedWith") | of(facts, "knownFor") == expected


@pytest.mark.parametrize("sentence", [
    "Tom Hale will exec produce alongside Rita Combs.",  # a shared credit, no stated working relation
    "Tom Hale will not report to Rita Combs.",  # denied
    "Tom Hale and Rita Combs are said to have worked together on \u201cMoonfall.\u201d",  # rumoured
    "Tom Hale and Rita Combs will lead the charge.",  # no company led
])
def test_people_who_work_together_negative_twins(facts_of, sentence):
    assert not of(facts_of(sentence), "workedWith")


# "A reteams / teams up with B": the teaming verb's "with" partner (the tagger may take a
# headline's "reteams" for a noun, and lemmatise "reteaming" as "reteame").
@pytest.mark.parametrize("sentence, expected", [
    ("Dana Vale reteams with Tom Reyes on the Netflix series Salt Road.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("Dana Vale is reteaming with director Tom Reyes for the thriller Salt Road.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("Dana Vale teams up with Tom Reyes for Salt Road.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("Salt Road reunites Dana Vale with Tom Reyes.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("Dana Vale is set to re-team with her Salt Road director Tom Reyes for Blue Harbour.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("Dana Vale will re-team with Tom Reyes for Blue Harbour.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("Dana Vale is set to re-team with her \u201cSalt Road\u201d director Tom Reyes for the drama.", {("Dana Vale", "workedWith", "Tom Reyes")}),
])
def test_teaming_with_a_person(facts_of, sentence, expected):
    assert of(facts_of(sentence), "workedWith") == expected


@pytest.mark.parametrize("sentence", [
    "Dana Vale is in talks to reteam with Tom Reyes on Salt Road.",  # under negotiation
    "Dana Vale reteams with Harbour Films on Salt Road.",  # a company, no person worked with
    "Dana Vale is in talks to re-team with Tom Reyes for Blue Harbour.",  # under negotiation
    "Dana Vale will not re-team with Tom Reyes.",  # denied
])
def test_teaming_with_a_person_negative_twins(facts_of, sentence):
    assert not of(facts_of(sentence), "workedWith")


# A collaborator noun between two people: "A's longtime collaborator B", "by her frequent
# collaborator B", "A and longtime collaborator B", "his writing partner B".
@pytest.mark.parametrize("sentence, expected", [
    ("The film was written by Dana Vale and longtime collaborator Tom Reyes.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("Dana Vale will direct from a script by her frequent collaborator Tom Reyes.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("Dana Vale's longtime collaborator Tom Reyes will produce Salt Road.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("Tom Reyes, Dana Vale's longtime collaborator, will produce Salt Road.", {("Tom Reyes", "workedWith", "Dana Vale")}),
    ("Dana Vale and her writing partner Tom Reyes will pen Salt Road.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("Written by Dana Vale and longtime collaborator Tom Reyes, Salt Road is a thriller.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("Dana Vale and Tom Reyes, a collaborator of Mia Chen, will produce.", {("Tom Reyes", "workedWith", "Mia Chen")}),
])
def test_collaborator_nouns(facts_of, sentence, expected):
    assert of(facts_of(sentence), "workedWith") == expected


@pytest.mark.parametrize("sentence", [
    "Dana Vale is looking for a new collaborator for Salt Road.",  # the noun names no one
    "Dana Vale could become a frequent collaborator of Tom Reyes.",  # hedged
    "Dana Vale and her partner Tom Reyes live in London.",  # a bare "partner" may be a spouse
])
def test_collaborator_nouns_negative_twins(facts_of, sentence):
    assert not of(facts_of(sentence), "workedWith")


# "A and B, who worked together": the relative clause of a verb done together is said of the
# whole pair, though the parse hangs "who" on the last name.
def test_who_worked_together_after_a_pair_is_said_of_both(facts_of):
    facts = facts_of("Producers Dana Vale and Tom Reyes, who worked together on Salt Road, are attached.")
    assert of(facts, "workedWith") == {("Dana Vale", "workedWith", "Tom Reyes")}
    # Twin: a verb not done together stays with its own antecedent: no pair is said to work together.
    assert not of(facts_of("Dana Vale and Tom Reyes, who directed Salt Road, are attached."), "workedWith")


# A noun for work done together names those who did it: its owners and its "with",
# "between" or "of" people.
@pytest.mark.parametrize("sentence, expected", [
    ("This is Dana Vale and Tom Reyes\u2019s fourth collaboration.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("Tom Reyes directed and Dana Vale produced. This is Reyes and Vale\u2019s fourth collaboration.", {("Tom Reyes", "workedWith", "Dana Vale")}),
    ("Salt Road marks Dana Vale\u2019s third collaboration with Tom Reyes.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("The film is the second collaboration between Dana Vale and Tom Reyes.", {("Dana Vale", "workedWith", "Tom Reyes")}),
    ("The series marks a reunion of Dana Vale and Tom Reyes.", {("Dana Vale", "workedWith", "Tom Reyes")}),
])
def test_collaboration_nouns(facts_of, sentence, expected):
    assert of(facts_of(sentence), "workedWith") == expected


@pytest.mark.parametrize("sentence", [
    "Salt Road is Dana Vale's latest collaboration.",  # one person: no pair
    "The film is the first collaboration between Netflix and Harbour Films.",  # companies: a deal, not people
    "A rumoured reunion of Dana Vale and Tom Reyes never happened.",  # hedged
])
def test_collaboration_nouns_negative_twins(facts_of, sentence):
    assert not of(facts_of(sentence), "workedWith")


def test_who_co_created_gives_calling_cards(facts_of):
    facts = facts_of("Tom Hale, who co-created \u201cMoonfall\u201d and \u201cRed Harbour\u201d for the BBC, will direct \u201cLantern.\u201d")
    assert of(facts, "knownFor") == {("Tom Hale", "knownFor", "Moonfall"), ("Tom Hale", "knownFor", "Red Harbour")}


def test_who_is_said_to_have_co_created_gives_no_calling_card(facts_of):
    facts = facts_of("Tom Hale, who reportedly co-created \u201cMoonfall,\u201d will direct \u201cLantern.\u201d")
    assert not of(facts, "knownFor")


def test_fresh_off_a_work_is_a_calling_card(facts_of):
    facts = facts_of("Tom Hale, fresh off \u201cMoonfall,\u201d will direct \u201cLantern.\u201d")
    assert of(facts, "knownFor") == {("Tom Hale", "knownFor", "Moonfall")}


def test_fresh_off_a_rumoured_work_is_no_calling_card(facts_of):
    facts = facts_of("Tom Hale, reportedly fresh off \u201cMoonfall,\u201d will direct \u201cLantern.\u201d")
    assert not of(facts, "knownFor")


def test_a_name_before_the_noun_is_the_books_author(facts_of):
    facts = facts_of("The film is based on the 2015 Mara Quill novel Low Tide.")
    assert ("Low Tide", "writtenBy", "Mara Quill") in facts


def test_by_after_an_owned_books_title_names_its_adapter(facts_of):
    # "A's novel X by B": the possessive already gave the book its author; "by" names who adapted it.
    facts = facts_of("Adapted from Mara Quill's novel Low Tide by Tomas Reyne and Ana Cole, the film stars Dana Vale.")
    assert ("Low Tide", "writtenBy", "Tomas Reyne") not in facts
    assert ("Low Tide", "writtenBy", "Ana Cole") not in facts


def test_the_novel_by_names_the_author_of_an_unowned_book(facts_of):
    # Twin: "the novel X by B" with no owner before is B's book.
    assert ("Low Tide", "writtenBy", "Tomas Reyne") in facts_of("The series is based on the novel Low Tide by Tomas Reyne.")


def test_an_owner_of_another_noun_leaves_the_books_author(facts_of):
    # Twin: "Netflix's adaptation of the novel X by B": the possessive owns the adaptation.
    facts = facts_of("Netflix's adaptation of the novel Low Tide by Tomas Reyne starts shooting in May.")
    assert ("Low Tide", "writtenBy", "Tomas Reyne") in facts


def test_the_novel_by_may_carry_a_year_and_praise(facts_of):
    facts = facts_of("Tomas Reyne will adapt Copperhead, the acclaimed 1965 novel by Mara Quill.")
    assert ("Copperhead", "writtenBy", "Mara Quill") in of(facts, "writtenBy")
    # Its twin: a book with no title named before it gives the screen work no writer.
    assert of(facts_of("The drama is based on the acclaimed novel by Mara Quill."), "writtenBy") == set()


@pytest.mark.parametrize("sentence", ["Harbour Films has acquired Mara Quill's 2015 novel Low Tide.",
                                      "Harbour Films has acquired Mara Quill's bestselling debut novel Low Tide.",
                                      "Low Tide, the 2015 novel by bestselling author Mara Quill, is the source.",
                                      "Low Tide, the novel by Mara Quill, sold a million copies."])
def test_a_book_described_by_year_and_praise_keeps_its_author(facts_of, sentence):
    # A year and adjectives between the author's possessive and "novel", or a one-token
    # description ("the 2015 novel") in apposition before "by", still name the author's book.
    assert of(facts_of(sentence), "writtenBy") == {("Low Tide", "writtenBy", "Mara Quill")}


def test_a_past_verb_between_a_possessive_and_novel_names_no_author(facts_of):
    # Negative twin: "Quill's company acquired novel X": the possessive owns the company, and the
    # novel's author is not named.
    assert of(facts_of("Mara Quill's company acquired novel Low Tide last year."), "writtenBy") == set()


def test_an_apprenticeship_under_someone_is_working_with_them(facts_of):
    facts = facts_of("Director Nina Holt began as an assistant director under Tom Hale.")
    assert of(facts, "workedWith") == {("Nina Holt", "workedWith", "Tom Hale")}


def test_under_a_companys_banner_is_no_mentor(facts_of):
    # Negative twin: the name after "under the banner of" is a company's, whatever its type.
    facts = facts_of("Director Nina Holt made the film under the banner of Tom Hale.")
    assert not of(facts, "workedWith")


@pytest.mark.parametrize("text, expected", [
    ("The script is by Kim Doe and Tom Hale, the duo behind Paper Lanterns and Cold Harbour.",
     {("Kim Doe", "knownFor", "Paper Lanterns"), ("Kim Doe", "knownFor", "Cold Harbour"),
      ("Tom Hale", "knownFor", "Paper Lanterns"), ("Tom Hale", "knownFor", "Cold Harbour")}),
    ("Copperline Pictures is the company behind Salt Road.", {("Copperline Pictures", "produces", "Salt Road")}),
    ("Tom Hale is the writer behind the drama Salt Road.", {("Tom Hale", "knownFor", "Salt Road")}),
])
def test_what_is_behind_a_work_made_it(facts_of, text, expected):
    facts = facts_of(text)
    assert expected <= facts
    assert {f for f in facts if f[1] in ("knownFor", "produces")} == expected


@pytest.mark.parametrize("text", [
    "Tom Hale, the writer reportedly behind Salt Road, will direct.",  # hedged
    "Tom Hale parked his car behind the drama Salt Road's set.",  # a place behind something
])
def test_behind_without_a_credit_gives_no_fact(facts_of, text):
    assert not {f for f in facts_of(text) if f[1] in ("knownFor", "produces")}


# --- rel6: the titles listed after a plural work noun in a "behind" phrase ---
@pytest.mark.parametrize("text", [
    'Copperline Pictures, the firm behind the films "Salt Road" and "Cold Harbour", was sold.',
    'Copperline Pictures is the company behind the films "Salt Road" and "Cold Harbour".',
    "Copperline Pictures, the production firm behind films Salt Road and Cold Harbour, has a new owner.",
])
def test_behind_a_plural_work_noun_and_its_titles(facts_of, text):
    assert {f for f in facts_of(text) if f[1] == "produces"} == {
        ("Copperline Pictures", "produces", "Salt Road"), ("Copperline Pictures", "produces", "Cold Harbour")}


@pytest.mark.parametrize("text", [
    # No title after the plural noun: the films of the next sentence are not the ones behind.
    "Copperline Pictures, the firm behind the films, was sold. Salt Road opened in June.",
    'Copperline Pictures, the firm reportedly behind the films "Salt Road" and "Cold Harbour", was sold.',  # hedged
])
def test_no_titles_behind_a_bare_plural_noun(facts_of, text):
    assert not {f for f in facts_of(text) if f[1] == "produces"}


# --- rel6: an owner noun whose "behind" phrase names a company ---
@pytest.mark.parametrize("text", [
    "Midnight Holdings, the holding company behind Copperline Pictures, was sold.",
    "Midnight Holdings is the parent company behind Copperline Pictures.",
    "Midnight Holdings is the parent company behind Copperline Studios.",
])
def test_the_holding_company_behind_a_company_owns_it(facts_of, text):
    # The company behind an owner noun is no work (no "produces"), whatever its name's suffix.
    owned = text.split("behind ")[1].split(",")[0].rstrip(".")
    facts = facts_of(text)
    assert {f for f in facts if f[1] in ("owns", "produces")} == {("Midnight Holdings", "owns", owned)}


@pytest.mark.parametrize("text", [
    "Midnight Holdings, the holding company reportedly behind Copperline Pictures, was sold.",  # rumoured
    "Harbour Films, the company behind Copperline Pictures' hit, was sold.",  # no owner noun
])
def test_no_owner_behind(facts_of, text):
    assert not {f for f in facts_of(text) if f[1] == "owns"}


@pytest.mark.parametrize("sentence, expected", [
    # The source's phrase carries a praise word, a year or its author's possessive before its title.
    ('"Glasshouse" is adapted from the bestselling novel "Salt Road" by Tom Hale.', {("Glasshouse", "basedOn", "Salt Road")}),
    ('"Glasshouse" is based on Tom Hale\'s acclaimed memoir "Salt Road."', {("Glasshouse", "basedOn", "Salt Road")}),
    ('"Glasshouse" is based on the 2019 novel "Salt Road."', {("Glasshouse", "basedOn", "Salt Road")}),
    ('Harbour Films has ordered "Glasshouse," an adaptation of Tom Hale\'s novel "Salt Road."', {("Glasshouse", "basedOn", "Salt Road")}),
])
def test_a_source_phrase_with_its_author_or_praise(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] == "basedOn"} == expected


def test_the_source_in_an_apposition_is_not_ordered(facts_of):
    facts = facts_of('Harbour Films has ordered "Glasshouse," an adaptation of Tom Hale\'s novel "Salt Road."')
    assert {f for f in facts if f[1] == "produces"} == {("Harbour Films", "produces", "Glasshouse")}
    assert ("Salt Road", "writtenBy", "Tom Hale") in facts


@pytest.mark.parametrize("sentence", [
    # Negative twins: no source noun closes the phrase before the title.
    '"Glasshouse" is based on the book by Tom Hale and stars Dana Vale in "Salt Road."',
    '"Glasshouse" is based on Tom Hale\'s novel, not on his film "Salt Road."',
])
def test_a_title_past_the_source_phrase_is_no_source(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "basedOn" and f[2] == "Salt Road"}


@pytest.mark.parametrize("text, expected", [
    # probeD: "a reimagining of", "a retelling of" name a new work by the one it reworks, as "a remake of" does.
    ("\u201cBrass Meadow,\u201d a reimagining of \u201cThe Tin Orchard,\u201d starts shooting in May.",
     {("Brass Meadow", "basedOn", "The Tin Orchard")}),
    ("\u201cBrass Meadow\u201d is a modern retelling of \u201cThe Tin Orchard\u201d.",
     {("Brass Meadow", "basedOn", "The Tin Orchard")}),
    # Twin: a reimagining only under consideration is no fact.
    ("\u201cBrass Meadow\u201d could be a reimagining of \u201cThe Tin Orchard\u201d.", set()),
    # probeD: an adaptation only negotiated, whose title the source lends, is no fact either.
    ("Peacock is in talks to make an adaptation of \u201cThe Tin Orchard\u201d.", set()),
    ("Peacock has ordered an adaptation of \u201cThe Tin Orchard\u201d.", {("The Tin Orchard", "basedOn", "The Tin Orchard")}),
])
def test_a_reimagining_is_based_on_what_it_reworks(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "basedOn"} == expected


def test_a_singular_epithet_tags_only_the_name_after_it(facts_of):
    # "X star A, B and C": only A is X's star; B and C are listed after her.
    facts = facts_of("\u201cCold Water\u201d star Lena Cho, Mara Quinn and Tom Reyes have joined the drama \u201cTern\u201d.")
    assert {f for f in facts if f[1] == "knownFor"} == {("Lena Cho", "knownFor", "Cold Water")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Based on the 2015 novel \u201cSalt Road,\u201d \u201cLow Tide\u201d follows a fisherman.", {("Low Tide", "basedOn", "Salt Road")}),
    ("Based on Tom Brill's novel \u201cSalt Road,\u201d the series \u201cLow Tide\u201d stars Dana Vale.",
     {("Low Tide", "basedOn", "Salt Road")}),
    ("Adapted from the novel \u201cSalt Road\u201d by Tom Brill, the series \u201cLow Tide\u201d premiered on HBO in 2019.",
     {("Low Tide", "basedOn", "Salt Road")}),
])
def test_an_opening_based_on_phrase_is_said_of_the_main_clauses_work(facts_of, text, expected):
    # "Based on S, T ...": the participle phrase opening the sentence describes its subject T.
    facts = facts_of(text)
    assert of(facts, "basedOn") == expected
    # The source is not the work the main clause credits or releases; its own year stays its own.
    assert not {f for f in facts if "Salt Road" in (f[0], f[2]) and f[1] in ("starring", "distributes")}
    assert not {f for f in facts if f[0] == "Low Tide" and f[1] == "releaseYear" and f[2] == "2015"}


def test_an_opening_phrase_about_a_person_gives_no_adaptation(facts_of):
    # Twin: the main clause's subject is a person, so nothing is said to be based on anything.
    assert not of(facts_of("Based on her research for \u201cSalt Road,\u201d Dana Vale wrote a new script."), "basedOn")


def test_credits_in_parentheses_inside_an_opening_phrase_are_no_source(facts_of):
    # Twin: the titles in parentheses are the writers' calling cards, and the comma between them
    # does not end the phrase; the work the sentence is about comes after the phrase.
    facts = facts_of("Based on an original story by Dana Vale (\u201cSalt Road,\u201d \u201cCopperhead\u201d), "
                     "\u201cLow Tide\u201d follows a fisherman.")
    assert not of(facts, "basedOn")
    assert not {f for f in facts if f[0] in ("Salt Road", "Copperhead") and f[1] == "writtenBy"}


@pytest.mark.parametrize(("sentence", "titles"), [
    ("Mara Quill previously co-created the acclaimed HBO shows \u201cCopperhead\u201d and \u201cSaltmarsh.\u201d", {"Copperhead", "Saltmarsh"}),
    ("Mara Quill created Copperhead for the BBC.", {"Copperhead"}),
])
def test_a_creator_is_known_for_what_she_created(facts_of, sentence, titles):
    # A show one created is a calling card, whatever network modifies the show noun.
    assert {f for f in facts_of(sentence) if f[1] == "knownFor"} == {("Mara Quill", "knownFor", t) for t in titles}


def test_a_planned_creation_is_no_calling_card(facts_of):
    # The twin: "will create" names a plan.
    assert {f for f in facts_of("Mara Quill will create a new series for Netflix.") if f[1] == "knownFor"} == set()


@pytest.mark.parametrize("sentence", ["The film is based on the 2009 novel Glass Harbour by Polish author Dana Vale.",
                                      "The novel \u201cGlass Harbour\u201d by bestselling author Dana Vale is out."])
def test_a_books_byline_names_its_author(facts_of, sentence):
    assert of(facts_of(sentence), "writtenBy") == {("Glass Harbour", "writtenBy", "Dana Vale")}


def test_a_book_bought_from_a_person_has_no_byline(facts_of):
    # The twin: "from" a person, after a comma, is no byline.
    assert of(facts_of("Harbour Films bought the novel Glass Harbour, then a bestseller, from Dana Vale."), "writtenBy") == set()


def test_rel5_collaborating_on_a_work_is_working_together(facts_of):
    # "A and B collaborated on X": the verb says they worked together without "together"
    facts = facts_of("Dina Vale and Tom Hale previously collaborated on the 2014 film Moonfall.")
    assert of(facts, "workedWith") == {("Dina Vale", "workedWith", "Tom Hale")}


@pytest.mark.parametrize("sentence", [
    "Dina Vale and Tom Hale are reportedly set to collaborate on the film Moonfall.",  # hedged
    "Dina Vale collaborated on the 2014 film Moonfall, and Tom Hale starred in it.",  # one subject only
])
def test_rel5_collaborating_negative_twins(facts_of, sentence):
    assert not of(facts_of(sentence), "workedWith")


def test_a_reboot_of_a_decade_s_series_names_the_series_not_the_decade(facts_of):
    facts = facts_of("Netflix has ordered Night Train, a reboot of the 1990s series Silver Coast.")
    assert {f for f in facts if f[1] == "basedOn"} == {("Night Train", "basedOn", "Silver Coast")}


def test_a_reworking_someone_worked_on_in_the_past_is_not_the_articles_work(facts_of):
    # "He also wrote for the Bluebird reboot of X": an earlier job's unnamed work.
    facts = facts_of("Tom Reed is an executive producer on the drama Night Train. He also wrote for the Bluebird reboot of Silver Coast.")
    assert ("Night Train", "basedOn", "Silver Coast") not in facts


# --- "behind" on the copula: "X is behind Y", "X, which has been behind series such as A and B," ---
@pytest.mark.parametrize("sentence, expected", [
    ("Harrow Films is behind the drama Red Harbour.", {("Harrow Films", "produces", "Red Harbour")}),
    ("Harrow Films, which has been behind series such as Red Harbour, Coldwater and Night Shift, is expanding.",
     {("Harrow Films", "produces", "Red Harbour"), ("Harrow Films", "produces", "Coldwater"), ("Harrow Films", "produces", "Night Shift")}),
    ("Ana Ruiz, who is behind the hit series Red Harbour, joined Harrow Films.", {("Ana Ruiz", "knownFor", "Red Harbour")}),
])
def test_what_a_name_is_behind_it_made(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] in ("produces", "knownFor")} == expected


def test_behind_a_hedge_or_a_schedule_makes_nothing(facts_of):
    assert not {f for f in facts_of("Harrow Films is reportedly behind the drama Red Harbour.") if f[1] == "produces"}


# --- collaborators: a shared possessive project, reporting to a boss in a participle ---
@pytest.mark.parametrize("sentence", [
    "Projects include Dana Orr and Tom Vance\u2019s upcoming series based on the novel Red Harbour.",
    "Dana Orr and Tom Vance's new film Red Harbour opens Friday.",
])
def test_two_owners_of_one_project_worked_together(facts_of, sentence):
    facts = facts_of(sentence)
    assert ("Dana Orr", "workedWith", "Tom Vance") in facts
    assert ("Dana Orr", "starring", "Red Harbour") not in facts and "Dana Orr" not in {f[2] for f in facts if f[1] == "knownFor"}


@pytest.mark.parametrize("sentence", ["Dana Orr and Tom Vance's wedding was in May.", "Dana Orr and Tom Vance's reported project is a drama."])
def test_owners_of_no_project_or_a_hedged_one_are_no_collaborators(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "workedWith"}


def test_reporting_to_a_boss_in_a_participle_is_working_with_them(facts_of):
    facts = facts_of("Dana Orr has been promoted to co-president of Kestrel Productions, reporting to Harbor Media chairman Ruth Cole.")
    assert ("Dana Orr", "workedWith", "Ruth Cole") in facts


def test_a_source_titled_after_a_comma_is_the_source(facts_of):
    facts = facts_of("The film Blue Orchard, based on her 2004 novel, Dry Season, became a hit.")
    assert ("Blue Orchard", "basedOn", "Dry Season") in facts
    assert ("Blue Orchard", "basedOn", "Blue Orchard") not in facts


def test_a_speaker_after_the_source_noun_is_no_title(entities_of):
    # Twin: "the novel, Ana Ruiz said," is a reporting clause.
    assert entities_of("The film Blue Orchard is based on the novel, Ana Ruiz said.")["Ana Ruiz"].type == "Person"


@pytest.mark.parametrize("text", [
    "Salt Road, Kiri Holm's debut novel, sold a million copies.",
    "Harbour Films optioned \u201cSalt Road,\u201d Kiri Holm's bestselling memoir.",
    "Salt Road, Kiri Holm's 2017 novel about a ferryman, is being adapted by Harbour Films.",
])
def test_an_authors_book_in_apposition_after_the_title(facts_of, text):
    assert ("Salt Road", "writtenBy", "Kiri Holm") in facts_of(text)


def test_an_authors_book_named_after_the_apposition_is_that_book(facts_of):
    # Negative twin: "After X, A's novel Y ..." names Y as the book, not X.
    facts = facts_of("After Salt Road, Kiri Holm's novel Blue Harbor became a hit.")
    assert ("Salt Road", "writtenBy", "Kiri Holm") not in facts


@pytest.mark.parametrize("text, titles", [
    ("Rhoda Vance, best known as the filmmaker behind such cult classics as \u201cGravebloom\u201d and \u201cBeyond the Wall,\u201d has died.",
     {"Gravebloom", "Beyond the Wall"}),
    ("Rhoda Vance is best known as the director of \u201cGravebloom.\u201d", {"Gravebloom"}),
])
def test_known_as_the_maker_of_works(facts_of, text, titles):
    assert {f[2] for f in facts_of(text) if f[:2] == ("Rhoda Vance", "knownFor")} == titles


def test_known_as_no_maker_names_no_calling_card(facts_of):
    # Twin: "a fan of X" is no maker's noun.
    assert not {f for f in facts_of("Rhoda Vance is known as a fan of \u201cGravebloom.\u201d") if f[1] == "knownFor"}


def test_a_title_set_off_with_from_a_person(facts_of):
    facts = facts_of("The original drama Champion, from Ada Fenn, tells the story of a boxer.")
    assert ("Ada Fenn", "knownFor", "Champion") in facts


def test_a_title_from_a_persons_book_is_no_calling_card(facts_of):
    # Twin: "from A's novel" names the source, not the maker.
    assert ("Ada Fenn", "knownFor", "Champion") not in facts_of("The drama Champion, from Ada Fenn's novel, premieres in May.")


def test_an_untitled_remake_is_no_other_titles_source(facts_of):
    # "attached to star in Harbour's remake of X": the remake is a work of its own, untitled; the
    # article's other title is not based on X.
    text = ("Tom Hale will star in Glass Harbor for Harbour Films. Glass Harbor shoots in May. "
            "Hale also appeared in Disney's \u201cBedtime Tales\u201d and is attached to star in Orion's remake of \u201cNight Ferry.\u201d")
    assert ("Glass Harbor", "basedOn", "Night Ferry") not in facts_of(text)


@pytest.mark.parametrize("text", [
    # Twins: the title the reworking is said of, as the copula's subject or in apposition.
    "Glass Harbor is a remake of \u201cNight Ferry.\u201d",
    "Netflix has ordered Glass Harbor, a new remake of \u201cNight Ferry.\u201d",
])
def test_a_titled_remake_is_based_on_its_source(facts_of, text):
    assert ("Glass Harbor", "basedOn", "Night Ferry") in facts_of(text)


def test_a_possessive_inside_a_title_names_no_maker(facts_of):
    # "A Babysitter's Guide to X": the article opens a title that holds the possessive.
    facts = facts_of("The new movie joins teen films like Tall Girl and A Babysitter's Guide to Monster Hunting.")
    assert not any(f[1] in ("directedBy", "writtenBy") for f in facts)
    # Twin: a person's possessive before a title names its maker.
    assert ("Low Tide", "directedBy", "Mara Quill") in facts_of("The festival opens with Mara Quill's \u201cLow Tide.\u201d")


@pytest.mark.parametrize("text", ["Lumen Releasing also bought Long Summer, a drama film by Tom Hale.",
                                  "Lumen Releasing also bought Long Summer, the debut feature by Tom Hale."])
def test_a_film_by_a_person_is_directed_by_them(facts_of, text):
    # the trade press bylines a film with its director: "X, a film by A"
    assert ("Long Summer", "directedBy", "Tom Hale") in facts_of(text)


@pytest.mark.parametrize("text", ["Lumen Releasing also bought Long Summer, a drama by Tom Hale.",
                                  "Lumen Releasing also bought Long Summer, a novel by Tom Hale.",
                                  "Lumen Releasing also bought Long Summer, a film produced by Tom Hale."])
def test_a_genre_a_book_or_a_producer_byline_is_no_direction(facts_of, text):
    # negative twins: a drama may be a series' writer's, a novel its author's, a producer produces
    assert ("Long Summer", "directedBy", "Tom Hale") not in facts_of(text)


# The founders of one company work together, in the order the text names them.
@pytest.mark.parametrize("text", [
    "Harbour Films was founded in 2007 by Lena Hart and Mark Tink.",
    "Lena Hart and Mark Tink founded Harbour Films in 2007.",
    "Lena Hart co-founded Harbour Films with Mark Tink.",
    "Harbour Films was founded in 2007 by its CEO Lena Hart and managing director Mark Tink.",
])
def test_co_founders_of_a_company_work_together(facts_of, text):
    assert ("Lena Hart", "workedWith", "Mark Tink") in facts_of(text)


@pytest.mark.parametrize("text", [
    "Lena Hart founded Harbour Films in 2007, and Mark Tink joined it in 2015.",  # one founder
    "Lena Hart could found a company with Mark Tink.",  # hedged, and no company named
    "Harbour Films was founded in 2010 by Lena Hart, daughter of Orbit founder Mark Tink.",  # a relative, named in passing
])
def test_a_lone_founder_works_with_no_one(facts_of, text):
    assert not {f for f in facts_of(text) if f[1] == "workedWith"}


def _typed(extraction) -> set:
    name = {e.key: f"{e.label}/{e.type}" + ("(source)" if e.key.endswith("-source") else "") for e in extraction.entities}
    return {(name[f.subject], f.predicate, f.object if f.is_attribute else name[f.object]) for f in extraction.facts if not f.status}


@pytest.mark.parametrize("text, companies", [
    ("AMC and Harbour TV are adapting the 1983 thriller Salt Road as a six-part series featuring Tom Reyes and Ann Bell.",
     {"AMC/Broadcaster", "Harbour TV/Organization"}),
    ("Harbour Films is rebooting Salt Road as an eight-part series starring Tom Reyes and Ann Bell.", {"Harbour Films/ProductionCompany"}),
])
def test_companies_making_a_new_version_produce_it_and_its_cast_stars_in_it(extraction_of, text, companies):
    # "A and B are adapting X as a series featuring P and Q": the makers produce the new version
    # (not the source the title also names), and the "as" phrase's cast stars in it.
    facts = _typed(extraction_of(text))
    assert {f[0] for f in facts if f[1] == "produces" and f[2] == "Salt Road/Series"} == companies
    assert {f for f in facts if f[1] == "starring"} == {("Salt Road/Series", "starring", "Tom Reyes/Person"),
                                                        ("Salt Road/Series", "starring", "Ann Bell/Person")}
    assert not {f for f in facts if f[1] == "produces" and f[2].endswith("(source)")}


@pytest.mark.parametrize("text", [
    "Harbour Films may adapt Salt Road as a series starring Tom Reyes.",  # hedged
    "Harbour Films is in talks to reboot Salt Road as a series.",  # negotiating
])
def test_a_new_version_only_planned_is_no_ones_production(facts_of, text):
    assert not of(facts_of(text), "produces")


@pytest.mark.parametrize(("sentence", "expected"), [
    # A list closed by its "and" ends before the next possessor: D alone owns X.
    ("The premieres include Sam Cole's Red Sky with Tom Hale, Jo Reyes and Mia Lund, Ana Ruiz's Blue Valley and more.",
     {("Red Sky", "directedBy", "Sam Cole"), ("Blue Valley", "directedBy", "Ana Ruiz")}),
    # Twin: the list's "and" right before the possessor joins all its names to the work.
    ("The premieres include Tom Hale, Jo Reyes and Mia Lund's Blue Valley.",
     {("Blue Valley", "directedBy", "Tom Hale"), ("Blue Valley", "directedBy", "Jo Reyes"), ("Blue Valley", "directedBy", "Mia Lund"),
      ("Tom Hale", "workedWith", "Jo Reyes"), ("Tom Hale", "workedWith", "Mia Lund"), ("Jo Reyes", "workedWith", "Mia Lund")}),
])
def test_a_possessors_list_is_joined_by_and_before_the_possessor(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] in ("directedBy", "workedWith")} == expected
