"""Sentence-initial pronouns (mediakg.extract.mentions.pronouns) on hand-built entity groups.

"He/She/His/Her" opening a sentence names the first person of the previous sentence, or the one
the previous pronoun named; "It" names a work only when a credit follows.
"""
from __future__ import annotations

import pytest

from mediakg.extract.mentions.entities import EntityGroup
from mediakg.extract.mentions.finders import Mention
from mediakg.extract.mentions.pronouns import resolve_pronouns


def group(key: str, text: str, name: str, cls: str) -> EntityGroup:
    start = text.index(name)
    g = EntityGroup(key=key, mentions=[Mention(start, start + len(name), name, cls, "ner")], cls=cls)
    g.label = name
    return g


def sentence_starts(text: str) -> list[int]:
    return [0, *(i + 2 for i in range(len(text)) if text.startswith(". ", i))]


def resolved(text: str, groups: list[EntityGroup]) -> list[tuple[str, str]]:
    return [(r.text, r.entity) for r in resolve_pronouns(text, groups, sentence_starts(text))]


def test_she_names_the_first_person_of_the_previous_sentence():
    text = "Mara Quill met Tomas Reyne in Leeds. She also wrote Copperhead."
    groups = [group("p1", text, "Mara Quill", "Person"), group("p2", text, "Tomas Reyne", "Person")]
    assert resolved(text, groups) == [("She", "p1")]


def test_a_chain_of_pronouns_keeps_the_person():
    text = "Mara Quill joined Harbour Films. She runs drama. Her credits include Copperhead."
    groups = [group("p1", text, "Mara Quill", "Person"), group("o1", text, "Harbour Films", "ProductionCompany")]
    assert resolved(text, groups) == [("She", "p1"), ("Her", "p1")]


def test_it_names_a_work_only_before_a_credit():
    text = "Harbour Films ordered Copperhead. It was directed by Mara Quill."
    groups = [group("o1", text, "Harbour Films", "ProductionCompany"), group("w1", text, "Copperhead", "Series")]
    assert resolved(text, groups) == [("It", "w1")]
    plain = "Harbour Films ordered Copperhead. It is a big week for the company."
    groups = [group("o1", plain, "Harbour Films", "ProductionCompany"), group("w1", plain, "Copperhead", "Series")]
    assert resolved(plain, groups) == []


def test_a_pronoun_inside_a_sentence_is_left_alone():
    text = "Mara Quill joined Harbour Films. The studio said She would direct."
    groups = [group("p1", text, "Mara Quill", "Person"), group("o1", text, "Harbour Films", "ProductionCompany")]
    assert resolved(text, groups) == []


def test_a_pronoun_with_no_person_before_is_left_alone():
    text = "Harbour Films ordered Copperhead. She said that he would direct."
    groups = [group("o1", text, "Harbour Films", "ProductionCompany"), group("w1", text, "Copperhead", "Series")]
    assert resolved(text, groups) == []


def test_the_reference_spans_the_pronoun():
    text = "Mara Quill joined Harbour Films. Her first film is Copperhead."
    groups = [group("p1", text, "Mara Quill", "Person")]
    [ref] = resolve_pronouns(text, groups, sentence_starts(text))
    assert (ref.start, ref.end, text[ref.start:ref.end]) == (text.index("Her"), text.index("Her") + 3, "Her")


def test_a_time_adverb_without_its_comma_before_the_pronoun():
    text = "Mara Quill joined Harbour Films. Previously she produced Copperhead."
    groups = [group("p1", text, "Mara Quill", "Person"), group("o1", text, "Harbour Films", "ProductionCompany")]
    assert resolved(text, groups) == [("she", "p1")]


def test_a_lower_case_pronoun_inside_a_sentence_is_left_alone():
    # Negative twin: "she" after other words is no sentence subject this reader takes.
    text = "Mara Quill joined Harbour Films. Critics say she produced Copperhead."
    groups = [group("p1", text, "Mara Quill", "Person"), group("o1", text, "Harbour Films", "ProductionCompany")]
    assert resolved(text, groups) == []


def test_it_skips_a_title_inside_a_persons_relative_clause():
    # "A, whose credits include X, is behind Y. It is produced by C": X is A's calling card.
    text = "Ann Lee, whose credits include Middlemarch, is behind Low Tide. It is produced by Lark Media."
    groups = [group("w1", text, "Middlemarch", "Series"), group("w2", text, "Low Tide", "Series")]
    aside = (text.index("whose"), text.index(", is behind"))
    assert [(r.text, r.entity) for r in resolve_pronouns(text, groups, sentence_starts(text), asides=[aside])] == [("It", "w2")]
    # Twin: with no aside known, the first title is taken.
    assert resolved(text, groups) == [("It", "w1")]


def test_it_before_a_verb_only_a_work_takes():
    text = "The drama Moonfall became a hit. It starred Tessa Long and Owen Pike."
    assert resolved(text, [group("w1", text, "Moonfall", "Series")]) == [("It", "w1")]
    # Twin: "It is" before no credit opens an ordinary sentence.
    text = "The drama Moonfall became a hit. It is a good year for dramas."
    assert resolved(text, [group("w1", text, "Moonfall", "Series")]) == []


def test_it_skips_a_title_told_as_a_persons_past_making(facts_of):
    # "He also created Netflix comedy Lovesick. It will be directed by P": the title is his record,
    # "It" goes on about the drama the article is about.
    text = ("Channel 4 has ordered the drama Salt Marsh. It is written by Tom Vale, who worked on The Crown. "
            "He also created the Netflix comedy Lovesick. It will be directed by Sara Moss.")
    facts = facts_of(text)
    assert ("Lovesick", "directedBy", "Sara Moss") not in facts
    assert ("Salt Marsh", "directedBy", "Sara Moss") in facts


def test_it_premiered_goes_on_about_the_title_just_named_even_a_record(facts_of):
    # A first showing said of "It" right after a person's past making is that title's: "A
    # directed X. It premiered at Sundance in 1999." (a credit, above, is the article's drama's).
    facts = facts_of("Tom Vale directed the drama Salt Marsh. It premiered at Sundance in 1999.")
    assert ("Salt Marsh", "releaseYear", "1999") in facts


def test_it_goes_on_about_a_title_the_sentence_before_orders(facts_of):
    # Twin: a title the sentence before is about (no person's past making) is what "It" means.
    facts = facts_of("Channel 4 has ordered the comedy Lovesick. It will be directed by Sara Moss.")
    assert ("Lovesick", "directedBy", "Sara Moss") in facts


def test_it_names_a_company_before_a_verb_only_a_company_takes():
    text = "Lake Media is known for kids brands. It owns the Kite Channel."
    groups = [group("o1", text, "Lake Media", "ProductionCompany"), group("o2", text, "Kite Channel", "Broadcaster")]
    assert resolved(text, groups) == [("It", "o1")]


def test_it_before_another_verb_names_no_company():
    # Twin: "It is" opens every kind of sentence.
    text = "Lake Media is known for kids brands. It is a busy market."
    assert resolved(text, [group("o1", text, "Lake Media", "ProductionCompany")]) == []


@pytest.mark.parametrize("sentence", ["It was founded in 2016 by Dana Vale.", "It is headquartered in Oslo."])
def test_it_names_a_company_before_a_founding_or_a_seat(sentence):
    # No work is founded or has a seat.
    text = "Lake Media is known for kids brands. " + sentence
    assert resolved(text, [group("o1", text, "Lake Media", "ProductionCompany")]) == [("It", "o1")]


def test_it_led_by_names_no_company():
    # Twin: a show is led by its cast as a company by its chief; "It is led by" says nothing.
    text = "Lake Media is known for kids brands. It is led by Dana Vale."
    assert resolved(text, [group("o1", text, "Lake Media", "ProductionCompany")]) == []


def test_a_company_pronoun_carries_its_founders(facts_of):
    facts = facts_of("Lake Media has six labels. It was founded in 2016 by Dana Vale and Tom Reyes.")
    assert {f for f in facts if f[1] == "employedBy"} == {("Dana Vale", "employedBy", "Lake Media"), ("Tom Reyes", "employedBy", "Lake Media")}


def test_a_company_pronoun_after_two_companies_names_neither(facts_of):
    # Twin: buyer or bought, the text does not say.
    facts = facts_of("Vexa Studios has bought Lake Media. It was founded in 2016 by Dana Vale and Tom Reyes.")
    assert {f for f in facts if f[1] == "employedBy"} == set()


def test_it_based_on_a_book_names_no_company():
    # Twin: a work is based on its source.
    text = "Lake Media is known for kids brands. It is based on a novel."
    assert resolved(text, [group("o1", text, "Lake Media", "ProductionCompany")]) == []


def test_a_company_pronoun_carries_its_ownership(facts_of):
    facts = facts_of("Lake Media is known for kids brands. It owns the Kite Channel and Pine Studios.")
    assert {f for f in facts if f[1] == "owns"} == {("Lake Media", "owns", "Kite Channel"), ("Lake Media", "owns", "Pine Studios")}


def test_it_names_a_work_before_a_making_passive(facts_of):
    facts = facts_of("Vexa has ordered the drama Lantern Hill. It is being made by Redwall Pictures.")
    assert ("Redwall Pictures", "produces", "Lantern Hill") in facts


def test_a_calling_card_epithet_names_the_person_before(facts_of):
    # "The “Frostline” alum has been cast ...": the player the sentence before named.
    facts = facts_of("Mika Rood is staying at Netflix. The \u201cFrostline\u201d alum has been cast as Captain Vox "
                     "in Season 3 of \u201cIron Tide.\u201d")
    assert ("Iron Tide", "starring", "Mika Rood") in facts


def test_a_calling_card_epithet_before_a_name_is_no_reference():
    # Twin: "The Frostline star Tom Hale" names the person itself.
    text = "Mika Rood joined Netflix. The Frostline star Tom Hale has joined too."
    groups = [group("p1", text, "Mika Rood", "Person"), group("p2", text, "Tom Hale", "Person")]
    assert resolved(text, groups) == []


@pytest.mark.parametrize("opening", ["Under her watch, she", "At Harbour Films, she", "In 2019, she",
                                     "After joining the company in 2015, she", "There, she"])
def test_a_fronted_phrase_of_time_or_place_before_the_subject_pronoun(opening):
    # "Under her watch, she developed ...": a short phrase before the comma leaves "she" the subject.
    text = f"Mara Quill joined Harbour Films. {opening} developed Copperhead."
    groups = [group("p1", text, "Mara Quill", "Person"), group("o1", text, "Harbour Films", "ProductionCompany")]
    assert resolved(text, groups) == [("she", "p1")]


@pytest.mark.parametrize("opening", ["When Tomas Reyne left, she", "Although the drama flopped, she"])
def test_a_fronted_clause_before_the_pronoun_is_left_alone(opening):
    # Twin: a clause of its own ("When A left,") may set a new person on stage.
    text = f"Mara Quill joined Harbour Films. {opening} developed Copperhead."
    groups = [group("p1", text, "Mara Quill", "Person"), group("o1", text, "Harbour Films", "ProductionCompany")]
    assert resolved(text, groups) == []


def test_a_fronted_pronoun_carries_the_persons_credits(facts_of):
    text = "Mara Quill joined Harbour Films in 2015. During her tenure there, she developed Copperhead and Low Tide."
    assert {f for f in facts_of(text) if f[1] == "knownFor"} == {("Mara Quill", "knownFor", "Copperhead"),
                                                                  ("Mara Quill", "knownFor", "Low Tide")}
