"""From mentions to entities (mediakg.extract.mentions.entities) on hand-built Mentions: name keys,
short forms, and class votes. No model needed."""
from __future__ import annotations

import pytest

from mediakg.extract.mentions.entities import EntityGroup, group_mentions, merge_glossed_titles, name_key
from mediakg.extract.mentions.finders import Mention


def m(start: int, text: str, cls: str, source: str = "ner", **kw) -> Mention:
    return Mention(start, start + len(text), text, cls, source, **kw)


@pytest.mark.parametrize("a,b", [
    ("The Long Road", "Long Road"),
    ("Harbour Films'", "Harbour Films"),
    ("Harbour Films\u2019s", "Harbour Films"),
    ("No.1 Stage", "No. 1 Stage"),
    ("No. 1 Soundstage", "No. 1"),
])
def test_name_key_sees_one_name(a, b):
    assert name_key(a) == name_key(b)


def test_name_key_keeps_different_names_apart():
    assert name_key("Copperhead") != name_key("Copperheads Two")
    assert name_key("No. 1 Stage") != name_key("No. 2 Stage")


def test_a_surname_and_a_company_short_form_join_their_full_names():
    groups = group_mentions([
        m(0, "Mara Quill", "Person"), m(20, "Copperline Studios", "Studio"),
        m(50, "Quill", "Person"), m(70, "Copperline", "Organization"),
    ])
    assert [(g.label, g.cls, g.aliases()) for g in groups] == [
        ("Mara Quill", "Person", ["Quill"]), ("Copperline Studios", "Studio", ["Copperline"])]


def test_a_short_form_of_a_company_with_a_non_generic_tail_stays_apart():
    groups = group_mentions([m(0, "Copperline Grill", "Organization"), m(30, "Copperline", "Organization")])
    assert sorted(g.label for g in groups) == ["Copperline", "Copperline Grill"]


def test_a_persons_full_name_before_her_eponymous_shingle_stays_a_name_of_its_own():
    # tv7: "Mara Quill ... her Mara Quill Productions shingle": the producer, no short form of the company
    groups = group_mentions([m(0, "Mara Quill Productions", "ProductionCompany"), m(40, "Mara Quill", "Organization")])
    assert sorted(g.label for g in groups) == ["Mara Quill", "Mara Quill Productions"]


def test_the_leading_name_of_a_company_not_opening_with_a_given_name_is_its_short_form():
    # negative twin: "Copperline Studios" ... "Copperline Pictures Group" style leading words stay one company
    groups = group_mentions([m(0, "Harbour Lane Productions", "ProductionCompany"), m(40, "Harbour Lane", "Organization")])
    assert [(g.label, g.aliases()) for g in groups] == [("Harbour Lane Productions", ["Harbour Lane"])]


@pytest.mark.parametrize("full, short", [
    ("Harbour Lane Productions", "HLP"),
    ("The Kestrel Picture Company", "KPC"),                      # "The" is no initial
    ("Guild of Screen and Television Writers", "GSTW"),          # nor "of", "and"
    ("Copperline Television Group", "CTVG"),                     # "Television" may give "TV"
])
def test_an_organisations_initials_are_its_short_form(full, short):
    # "UCP" after "Universal Cable Productions": capitals spelling the initials of a company
    # named in full in the article are one more name of it, wherever they come.
    groups = group_mentions([m(0, short, "Organization"), m(40, full, "ProductionCompany")])
    assert [(g.label, g.aliases()) for g in groups] == [(full, [short])]


@pytest.mark.parametrize("full, short", [
    ("Harbour Lane Productions", "HLX"),       # other letters
    ("Upper Kestrel", "UK"),                   # two letters meet too many names
    ("Harbour Lane", "HL"),
])
def test_capitals_that_are_no_initials_of_the_name_stay_apart(full, short):
    groups = group_mentions([m(0, full, "ProductionCompany"), m(40, short, "Organization")])
    assert sorted(g.label for g in groups) == sorted([full, short])


def test_a_persons_initials_are_no_short_form():
    groups = group_mentions([m(0, "Mara Ann Quill", "Person"), m(40, "MAQ", "Organization")])
    assert sorted(g.label for g in groups) == ["MAQ", "Mara Ann Quill"]


def test_one_mislabelled_mention_does_not_decide_the_class():
    groups = group_mentions([
        m(0, "Harbour Films", "ProductionCompany", "gazetteer", canonical="Harbour Films"),
        m(40, "Harbour Films", "City"),
        m(80, "Harbour Films", "Organization"),
    ])
    assert len(groups) == 1
    assert (groups[0].label, groups[0].cls, groups[0].kind) == ("Harbour Films", "ProductionCompany", "org")


def test_the_canonical_name_labels_the_entity():
    groups = group_mentions([m(0, "HFilms", "Organization", "gazetteer", canonical="Harbour Films"),
                             m(30, "Harbour Films", "Organization")])
    assert [(g.label, g.aliases()) for g in groups] == [("Harbour Films", ["HFilms"])]


# --- a title's English gloss in brackets is one more name of the work -------------------------

def _glossed(text: str, title: str, title_cls: str, bracketed: str, bracketed_cls: str, source: str = "ner") -> list[tuple[str, str, list[str]]]:
    groups = group_mentions([m(text.index(title), title, title_cls, "quote"),
                             m(text.index(bracketed, text.index(title) + len(title)), bracketed, bracketed_cls, source)])
    return [(g.label, g.cls, g.aliases()) for g in merge_glossed_titles(text, groups)]


@pytest.mark.parametrize("text, title, bracketed", [
    # the gloss reads as a title: a function word inside it, or an article opening it
    ("\u201cKimi no Koe\u201d (Voice of the Sea) opens in May.", "Kimi no Koe", "Voice of the Sea"),
    ("\u201cForbrydelse\u201d (The Lantern) opens in May.", "Forbrydelse", "Lantern"),
])
def test_a_title_like_bracket_after_a_work_is_its_alias(text, title, bracketed):
    # The NER took the English title for a company; it is the same work, not a second entity.
    assert _glossed(text, title, "CreativeWork", bracketed, "Organization") == [(title, "CreativeWork", [bracketed])]


def test_a_bracketed_work_after_a_work_is_its_alias():
    text = "Manbiki Kazoku (Shoplifters) opens in May."
    assert _glossed(text, "Manbiki Kazoku", "Film", "Shoplifters", "Film") == [("Manbiki Kazoku", "Film", ["Shoplifters"])]


@pytest.mark.parametrize("text, bracketed, cls", [
    # a person or a company in brackets is the work's credit, not its name
    ("\u201cSalt Road\u201d (Dana Vale) opens in May.", "Dana Vale", "Person"),
    ("\u201cSalt Road\u201d (Harbour Films) opens in May.", "Harbour Films", "ProductionCompany"),
])
def test_a_name_in_brackets_after_a_work_stays_its_own_entity(text, bracketed, cls):
    assert _glossed(text, "Salt Road", "CreativeWork", bracketed, cls) == [("Salt Road", "CreativeWork", []), (bracketed, cls, [])]


def test_a_country_or_a_seller_in_brackets_after_a_quoted_title_stays_apart(entities_of):
    entities = entities_of("The lineup includes \u201cSalt Road\u201d (The Philippines) and \u201cNight Orchard\u201d (The Party Film Sales).")
    assert entities["Salt Road"].aliases == () and entities["Night Orchard"].aliases == ()
    assert entities["Philippines"].type == "Country"
    assert entities["Party Film Sales"].type not in ("CreativeWork", "Film", "Series")


def test_capitals_in_brackets_after_a_work_are_no_alias():
    # "(WT)": the working title's abbreviation, whatever the finders took it for
    text = "\u201cSalt Road\u201d (WT) opens in May."
    assert _glossed(text, "Salt Road", "CreativeWork", "WT", "CreativeWork") == [("Salt Road", "CreativeWork", []), ("WT", "CreativeWork", [])]


@pytest.mark.parametrize("text, title, gloss, year", [
    ("Netflix will stream \u201cKimi no Koe\u201d (Voice of the Sea), a 2019 anime.", "Kimi no Koe", "Voice of the Sea", "2019"),
    ('"Spy no Tsuma" (Wife of a Spy) premiered at Venice in 2020.', "Spy no Tsuma", "Wife of a Spy", "2020"),
])
def test_a_quoted_foreign_title_and_its_gloss_are_one_work_with_its_year(entities_of, facts_of, text, title, gloss, year):
    # The particles of a title in its own language ("no") do not make it read as speech.
    entities = entities_of(text)
    assert gloss in entities[title].aliases and gloss not in entities
    assert (title, "releaseYear", year) in facts_of(text)


# --- people (branch people): a surname alone joins the person once classes are decided ---

def test_a_surname_the_ner_took_for_a_company_joins_the_person(entities_of):
    # Both "Dina Moyer" and "Moyer" are no PERSON to the small NER; the cast makes the full name a person.
    entities = entities_of("The comedy stars Dina Moyer as a nurse. The film is about a widow, played by Moyer, who falls in love.")
    assert entities["Dina Moyer"].type == "Person"
    assert "Moyer" in entities["Dina Moyer"].aliases and "Moyer" not in entities


def test_a_one_word_company_of_the_gazetteer_does_not_join_a_person(entities_of):
    # Negative twin: "Netflix" is the gazetteer's company, whatever person shares a word with it.
    entities = entities_of("Dina Netflix stars in the comedy. Netflix will release it in May.")
    assert entities["Netflix"].type == "StreamingService"


def test_a_tie_between_kinds_goes_to_the_kind_named_first():
    # "Cold Summer, initially known as Last Summer": a short form may be read once as a person's
    # and once as a title. The tie must not be settled by a set's order, which changes with the
    # hash seed from one run to the next: the same article would give different graphs.
    work = Mention(0, 6, "Summer", "Film", "ner")
    person = Mention(40, 46, "Summer", "Person", "docmatch")
    assert EntityGroup("e0", mentions=[work, person]).kind == "work"
    assert EntityGroup("e0", mentions=[person, work]).kind == "person"



# "WBD", "NBCU": the trade's short names of the two groups are the groups themselves, one node each.
def test_trade_short_names_join_their_groups(entities_of):
    entities = entities_of("Warner Bros. Discovery said Monday that Dana Vale will leave. Vale joined WBD in 2022 from NBCUniversal, "
                           "where she ran drama; NBCU did not comment.")
    assert "WBD" in entities["Warner Bros. Discovery"].aliases
    assert "NBCU" in entities["NBCUniversal"].aliases
    assert "WBD" not in entities and "NBCU" not in entities


def test_trade_short_names_of_studios_join_their_full_names(entities_of):
    # "UCP", "EOne", "20th Century Fox TV": the trade's short and former names are one node each.
    entities = entities_of("Universal Cable Productions will produce the drama with Entertainment One. UCP and EOne "
                           "declined to comment, as did 20th Century Fox TV.")
    assert "UCP" in entities["Universal Content Productions"].aliases
    assert "EOne" in entities["Entertainment One"].aliases
    assert entities["20th Television"].type == "Studio"
    assert "UCP" not in entities and "EOne" not in entities


def test_a_short_name_alone_still_names_the_group(entities_of):
    # (negative twin: with no full name, the short name is the group's own node, typed as it)
    entities = entities_of("Dana Vale joined WBD in 2022 as head of drama.")
    assert entities["Warner Bros. Discovery"].type == "Studio"


@pytest.mark.parametrize("text, label, cls", [
    # the UK's channel numbers written without a space, and names written without their accents
    ("BBC2 has ordered a six-part drama from Harbour Lane.", "BBC2", "Broadcaster"),
    ("Silex is producing the series for France Televisions.", "France Televisions", "Broadcaster"),
    ("The package was the talk of the Marche du Film this year.", "Marche du Film", "Event"),
])
def test_general_industry_names_of_the_gazetteer(entities_of, text, label, cls):
    assert entities_of(text)[label].type == cls

