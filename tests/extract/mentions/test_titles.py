"""Unquoted titles read from their slots (mediakg.extract.mentions.titles), end to end.

Every sentence is written for these tests, with invented names. Each test states the exact titles
and types a reader would write down, and a negative twin where a capitalised run in the same
position is not a title (a person, a place, a company, a date, a verb's object).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def works(entities: dict) -> dict[str, str]:
    return {label: e.type for label, e in entities.items() if e.type in ("CreativeWork", "Film", "Series")}


def test_title_after_a_genre_noun(entities_of):
    assert works(entities_of("Critics praised the crime thriller Glasshouse after its first week.")) == {
        "Glasshouse": "CreativeWork"}


def test_a_headline_ending_on_a_work_noun_makes_no_title_of_the_next_paragraph(entities_of):
    # "... for new movie" closes the headline line; "After" opens the paragraph, no title.
    text = "Harbour Films hires Dana Vale for new movie\n\nAfter a long search, Harbour Films has hired Dana Vale."
    assert works(entities_of(text)) == {}


def test_title_after_a_network_and_a_series_noun(entities_of):
    entities = entities_of("The BBC Two docuseries Tidewater returns in March.")
    assert works(entities) == {"Tidewater": "Series"}
    assert entities["BBC Two"].type == "Broadcaster"


def test_a_month_after_a_genre_noun_is_no_title(entities_of):
    assert works(entities_of("The network will air the drama January through March.")) == {}


def test_the_object_of_a_verb_play_is_no_title(entities_of):
    entities = entities_of("Ana Ruiz will play Laurie in the new production.")
    assert "Laurie" not in works(entities)


def test_season_of_makes_a_series(entities_of):
    assert works(entities_of("Filming on season two of Ironbridge begins in Belfast.")) == {"Ironbridge": "Series"}


def test_title_before_a_role_noun_and_a_person(entities_of):
    entities = entities_of("Moonfall writer Jane Roe has signed with the agency.")
    assert works(entities) == {"Moonfall": "CreativeWork"}
    assert entities["Jane Roe"].type == "Person"


def test_a_place_before_star_is_no_title(entities_of):
    assert works(entities_of("The film reunites Hollywood star Jane Roe with her first director.")) == {}
    assert works(entities_of("The agency has signed Los Angeles director Tom Fenwick.")) == {}


@pytest.mark.parametrize("text", ["The agency has signed East London director Tom Fenwick.", "The agency has signed North Wales producer Tom Fenwick."])
def test_a_region_of_a_known_place_before_a_role_noun_is_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


def test_a_place_the_ner_guesses_before_a_role_noun_may_be_a_title(entities_of):
    # Twin: a run no list knows as a place, which the NER guesses one, is the credit's title.
    assert works(entities_of("The agency has signed Salt Road director Tom Fenwick.")) == {"Salt Road": "CreativeWork"}


def test_praise_before_a_role_noun_is_no_title(entities_of):
    assert works(entities_of("Emmy-winning director Jane Roe has signed with the agency.")) == {}


def test_titles_in_a_credit_list(entities_of):
    assert works(entities_of("Her credits include Nine Rivers, Red Harbour and The Long Road.")) == {
        "Nine Rivers": "CreativeWork", "Red Harbour": "CreativeWork", "The Long Road": "CreativeWork"}


def test_titles_in_a_persons_parenthesis(entities_of):
    entities = entities_of("The cast includes Jane Roe (Harbour Lights, Nine Rivers) and Sam Lee (Moonfall).")
    assert works(entities) == {"Harbour Lights": "CreativeWork", "Nine Rivers": "CreativeWork",
                               "Moonfall": "CreativeWork"}
    assert {entities["Jane Roe"].type, entities["Sam Lee"].type} == {"Person"}


@pytest.mark.parametrize("text, titles", [
    # Two single words joined by "and" opening the parenthesis are one title ...
    ("Jane Roe (Parks and Recreation) will produce.", {"Parks and Recreation"}),
    ("Jane Roe (Mia and Me, Moonfall) will produce.", {"Mia and Me", "Moonfall"}),
    # ... not the last two items of a list, nor longer names.
    ("Jane Roe (Moonfall, Salt and Stone) will produce.", {"Moonfall", "Salt", "Stone"}),
    ("Jane Roe (Moonfall and Stone Hill) will produce.", {"Moonfall", "Stone Hill"}),
])
def test_an_and_inside_a_persons_parenthesis(entities_of, text, titles):
    assert set(works(entities_of(text))) == titles


# A title may open with a nationality ("Indian Summers", "American Nights"); a nationality with
# another or a genre ("Israeli-American", "Spanish Drama"), or with words describing a noun after
# them ("Danish WW2 drama"), is no title.
@pytest.mark.parametrize("text, titles", [
    ("The drama is written by Paul Brenner (Indian Summers) and Ana Cole.", {"Indian Summers"}),
    ("Fremantle sold a slate including American Nights and Glass River to SBS.", {"American Nights", "Glass River"}),
])
def test_a_title_may_open_with_a_nationality(entities_of, text, titles):
    assert titles <= set(works(entities_of(text)))


@pytest.mark.parametrize("text, phrase", [
    ("Israeli-American producer Dana Vale will produce the adaptation.", "Israeli-American"),
    ("Lumen has picked up Danish WW2 drama Glass River for the UK.", "Danish WW2"),
    ("At last year's festival, Ana Cole's Spanish Drama \u201cGlass River\u201d won a prize.", "Spanish Drama"),
])
def test_a_nationality_and_its_describing_words_are_no_title(entities_of, text, phrase):
    assert phrase not in works(entities_of(text))


def test_a_sellers_name_after_from_ends_the_bought_title(entities_of):
    # "the rights to X from Nordlys Rights": the seller, told by its name's last word, is no part of X.
    entities = entities_of("Lumen Pictures has acquired the rights to Salt Road from Nordlys Rights.")
    assert "Salt Road" in works(entities)
    assert not [label for label in entities if "from" in label]


# Nationalities joined by a hyphen or a slash describe a maker's or a work's countries; they
# name nothing, whatever slot they stand in or the NER made of them.
@pytest.mark.parametrize("text, phrase", [
    ("The prize went to Franco-Algerian director Tomas Reyne.", "Franco-Algerian"),
    ("Ana Cole won for her part in Slovak-Czech coproduction Glass River.", "Slovak-Czech"),
])
def test_a_hyphened_nationality_compound_is_no_name(entities_of, text, phrase):
    assert phrase not in entities_of(text)


def test_a_title_opening_with_a_combining_form_stays(entities_of):
    # Twin: a combining form with a word that is no nationality opens a title.
    assert "Anglo-Saxon Attitudes" in works(entities_of("Ana Cole directed Anglo-Saxon Attitudes for ITV."))


def test_a_capitalised_job_title_of_a_department_is_no_company(facts_of, entities_of):
    # "Director Of Original Film": a job word, "of" and a department's words, written in capitals.
    text = "The drama was acquired by Netflix's Director Of Original Film Tom Reyes."
    assert "Director Of Original Film" not in entities_of(text)
    assert ("Tom Reyes", "employedBy", "Netflix") in facts_of(text)


def test_a_job_title_of_a_named_company_keeps_the_company(entities_of):
    # Twin: "Director of Harbour Films" names the company the director runs.
    assert entities_of("\u201cWe are thrilled,\u201d said Ana Cole, Director of Harbour Films.")["Harbour Films"].type == "ProductionCompany"


def test_a_company_in_a_persons_parenthesis_is_a_company(entities_of):
    entities = entities_of("Executive producers are Jane Roe (Harbour Pictures) and Sam Lee.")
    assert entities["Harbour Pictures"].type == "ProductionCompany"
    assert works(entities) == {}


def test_a_year_in_a_persons_parenthesis_is_no_title(entities_of):
    assert works(entities_of("The role went to Jane Roe (2019) after a long search.")) == {}


def test_a_catalogue_line_with_year_and_running_time_names_a_work(entities_of):
    # A festival catalogue brackets the year with the running time and the country; the running
    # time names nothing.
    entities = entities_of("The retrospective opens with Paper Lanterns (1974, 1h52, Portugal) by Marta Silvano.")
    assert works(entities) == {"Paper Lanterns": "CreativeWork"}
    assert "1h52" not in entities
    # Twin: a person's bracket with a year and a place is no catalogue line.
    assert works(entities_of("The part went to Marta Silvano (1974, Portugal) after a long search.")) == {}


def test_a_list_of_productions_with_their_networks(entities_of):
    # Made for a broadcaster, each is typed a series.
    entities = entities_of("Its productions include Tidewater (for the BBC), Red Harbour (Sky) and Coldwater (ITV).")
    assert works(entities) == {"Tidewater": "Series", "Red Harbour": "Series", "Coldwater": "Series"}
    assert entities["Sky"].type == "Broadcaster"


def test_the_object_of_joined_the_cast_of(entities_of):
    assert works(entities_of("Jane Roe has joined the cast of Glasshouse.")) == {"Glasshouse": "CreativeWork"}


def test_an_apposition_with_a_work_noun(entities_of):
    entities = entities_of("Fans lined up for Glasshouse, the Sky drama from Harbour Films.")
    assert works(entities) == {"Glasshouse": "Series"}  # a broadcaster's drama
    assert entities["Harbour Films"].type == "ProductionCompany"


def test_a_name_ending_in_a_company_word_is_a_company(entities_of):
    entities = entities_of("Harbour Films, Tidewater Media and Vale Productions produce.")
    assert {label: e.type for label, e in entities.items()} == {
        "Harbour Films": "ProductionCompany", "Tidewater Media": "ProductionCompany", "Vale Productions": "ProductionCompany"}


def test_a_company_word_before_the_full_stop_still_names_a_company(entities_of):
    # The small NER misses "Nordic Pictures" after "and"; the company word ends the sentence.
    entities = entities_of("The film is produced by Harbour Films and Nordic Pictures.")
    assert {label: e.type for label, e in entities.items()} == {
        "Harbour Films": "ProductionCompany", "Nordic Pictures": "ProductionCompany"}


def test_a_descriptor_outvotes_a_company_word(entities_of):
    assert entities_of("German distributor Harbour Films has a busy slate.")["Harbour Films"].type == "Distributor"


def test_the_series_that_stands_for_a_title_types_it(entities_of):
    entities = entities_of("Glasshouse stars Jane Roe. The series premieres in May.")
    assert works(entities) == {"Glasshouse": "Series"}


def test_a_known_company_after_a_genre_noun_is_no_title(entities_of):
    entities = entities_of("It is the only drama Netflix ordered from the studio this year.")
    assert works(entities) == {}
    assert entities["Netflix"].type == "StreamingService"


def test_a_title_after_a_companys_possessive(entities_of):
    assert works(entities_of("Critics loved HBO's Tidewater last year.")) == {"Tidewater": "Series"}


def test_a_person_or_a_job_after_a_companys_possessive_is_no_title(entities_of):
    entities = entities_of("Netflix's Ana Ruiz and Sky's Head of Drama Tom Hale spoke at the event.")
    assert works(entities) == {}


def test_a_festival_beside_a_title_makes_it_a_film(entities_of):
    entities = entities_of("Her credits include Glasshouse, which won the Golden Bear at the Berlin film festival.")
    assert works(entities) == {"Glasshouse": "Film"}


def test_a_title_without_medium_words_stays_a_creative_work(entities_of):
    entities = entities_of("Her credits include Glasshouse, which she wrote with her brother.")
    assert works(entities) == {"Glasshouse": "CreativeWork"}


def test_a_title_run_never_crosses_a_line_break(entities_of):
    text = "Orchard Street commissioned the drama Harbour Lights & More\n\nLena Marsh will direct it."
    entities = entities_of(text)
    assert not [label for label in entities if "\n" in label]
    assert entities["Lena Marsh"].type == "Person"


def test_an_authors_possessive_before_a_cue_is_not_a_title(entities_of):
    entities = entities_of("Fenwick Studios is making the first adaptation of Charles Dickens' novel Bleak Harbour.")
    assert entities["Charles Dickens"].type == "Person"


def test_a_person_joined_to_a_role_slot_title_is_cut_off(entities_of):
    entities = entities_of("The film marks a reunion for Mara Quill with Saltmarsh creator Tomas Brenner.")
    assert "Saltmarsh" in entities
    assert not [label for label in entities if "with" in label]


def test_a_department_after_of_opens_no_title_slot(entities_of):
    entities = entities_of("Orchard Street head of drama Polly Hill said the network has ordered the drama Copperhead.")
    assert entities["Polly Hill"].type == "Person"
    assert entities["Copperhead"].type == "Series"


def test_a_work_noun_after_star_of_still_opens_a_title_slot(entities_of):
    # The twin of the department rule: "star of sitcom X" names a title, not a department.
    entities = entities_of("Mara Quill, the creator and star of sitcom Low Tide, joins the cast.")
    assert entities["Low Tide"].type in ("Series", "CreativeWork")


# --- festival winners and possessive appositions (types branch) --------------------------------

def test_a_festival_trophy_winner_is_a_film(entities_of):
    entities = entities_of("Lumen Films bought the rights to the Golden Bear winner Salt and Iron by Ana Ruiz.")
    assert entities["Salt and Iron"].type == "Film"
    assert "Golden Bear" not in entities


def test_a_festival_trophy_winner_who_acts_is_no_film(entities_of):
    entities = entities_of("The Golden Bear winner Ana Ruiz returns with a new drama.")
    assert not any(e.type == "Film" for e in entities.values())


@pytest.mark.parametrize("text, label, cls", [
    ("Tom Vale's new film, The Long Night, which premiered in Berlin, was picked up by Weltwerk.", "The Long Night", "Film"),
    ("Jane Roe's new series, Harbour Lights, will air in May.", "Harbour Lights", "Series"),
    # a bare apostrophe after a name in s, a possessive determiner, a debut (a feature debut is a film)
    ("Tom Reyes' new film, Night Train, stars Lily Hart.", "Night Train", "Film"),
    ("Her new drama, Night Train, stars Lily Hart.", "Night Train", "CreativeWork"),
    ("Tom Reyes' feature directorial debut, Night Train, stars Lily Hart.", "Night Train", "Film"),
    ("Their debut, Night Train, premiered in Berlin.", "Night Train", "CreativeWork"),
    # a book is named the same way; a bare year may stand among the modifiers, and one work's
    # title may hold "and"
    ("Tom Avery's 2004 memoir, Salt and Stone, became a bestseller.", "Salt and Stone", "CreativeWork"),
    ("Her debut novel, Tidewater, was optioned by Lumen Films.", "Tidewater", "CreativeWork"),
])
def test_a_title_in_apposition_to_a_possessed_work_noun(entities_of, text, label, cls):
    assert entities_of(text)[label].type == cls


@pytest.mark.parametrize("text", [
    "Their debut, she said, was a hit in Berlin.",
    "His latest film, Lumen Pictures said, will open in May.",
    "Her latest novel, Dana Vale said, took ten years to write.",
    "His first memoir, Lumen Books said, will be out in May.",
])
def test_a_possessed_work_noun_before_an_aside_or_a_company_names_no_title(entities_of, text):
    # Twins: what follows the comma is a speaker, not the work's name.
    assert not works(entities_of(text))


@pytest.mark.parametrize("text, label, cls", [
    ("Cold Harbour, Peacock's upcoming drama series, stars Dana Vale.", "Cold Harbour", "Series"),
    ("Cold Harbour, Lumen Films' new horror film, opens on Friday.", "Cold Harbour", "Film"),
    ("Cold Harbour, Peacock's adaptation of the video game, stars Dana Vale.", "Cold Harbour", "CreativeWork"),
])
def test_a_companys_possessive_opens_an_apposition_that_names_a_title(entities_of, text, label, cls):
    # "X, Peacock's upcoming drama,": the possessive stands where "the" does.
    assert entities_of(text)[label].type == cls


@pytest.mark.parametrize("text", [
    "Dana Vale, Peacock's drama chief, praised the cast.",
    "Cold Harbour, the drama of the year, swept the awards.",
])
def test_an_apposition_naming_a_role_or_a_non_derived_of_phrase_names_no_title(entities_of, text):
    # Twins: a role after the noun ("drama chief") or "the drama of the year" classifies no title.
    assert not works(entities_of(text))


def test_a_possessed_work_noun_before_an_aside_names_no_title(entities_of):
    entities = entities_of("Jane Roe's new film, she said, is a comedy about Paris.")
    assert not any(e.type in ("Film", "Series", "CreativeWork") for e in entities.values())


def test_a_pronoun_opening_a_sentence_is_no_title(entities_of):
    entities = entities_of("\u201cGrid\u201d is a Korean drama. It is written by Lee Su-yeon.")
    assert "It" not in entities and "Grid" in entities


@pytest.mark.parametrize("text", [
    "The drama \u201cSalt Road\u201d will screen in \u201cUn Certain Regard\u201d at Cannes.",
    "The comedy Cold Harbour will premiere in Directors' Fortnight.",
    "The film will screen in Un Certain Regard alongside the drama Cold Harbour.",
])
def test_a_festival_section_is_no_title_and_no_name(entities_of, text):
    entities = entities_of(text)
    assert not any(label.startswith(("Un Certain", "Directors")) for label in entities)


def test_a_title_beside_a_festival_section_is_kept(entities_of):
    assert entities_of("The comedy Cold Harbour will premiere in Directors' Fortnight.")["Cold Harbour"].type == "CreativeWork"


def test_a_name_before_a_source_noun_is_its_author_not_its_title(entities_of):
    entities = entities_of("The series is an adaptation of the 2012 Mara Quill novel of the same name.")
    assert works(entities) == {}
    assert entities["Mara Quill"].type == "Person"
    # Its twin: the title named after the noun is the book's.
    twin = entities_of("The series is an adaptation of the Mara Quill novel Low Tide.")
    assert works(twin) == {"Low Tide": "CreativeWork"}


def test_a_makers_latest_names_its_title_in_apposition(entities_of):
    assert works(entities_of("Tomas Reyne will star in Mara Quill's latest, Copperhead, which shoots in May.")) == {
        "Copperhead": "CreativeWork"}
    assert works(entities_of("Her next, Copperhead, shoots in May.")) == {"Copperhead": "CreativeWork"}
    # Its twin: a clause in apposition is no title.
    assert works(entities_of("Mara Quill's latest, she said, is her best.")) == {}


# --- works helper: credits before a person, characters in parentheses, release clauses ---

@pytest.mark.parametrize("text, title", [
    ("Harbour of Saints alum Dana Holt has joined the cast of the thriller.", "Harbour of Saints"),
    ("The Keeper of the Lamps star Ivo Brandt also joins the cast.", "The Keeper of the Lamps"),
])
def test_a_title_with_of_before_a_credit_noun_and_a_person(entities_of, text, title):
    entities = entities_of(text)
    assert works(entities) == {title: "CreativeWork"}


def test_a_company_or_place_before_veteran_is_no_title(entities_of):
    assert works(entities_of("BBC veteran Dana Holt joined the board of the company.")) == {}
    assert works(entities_of("Hollywood veteran Dana Holt joined the board of the company.")) == {}


def test_two_titles_share_one_credit_noun(entities_of):
    entities = entities_of("Saltmarsh and 12 Lanterns star Ivo Brandt has signed with a new agency.")
    assert works(entities) == {"Saltmarsh": "CreativeWork", "12 Lanterns": "CreativeWork"}
    assert entities["Ivo Brandt"].type == "Person"


def test_a_character_in_front_of_the_actor_makes_no_title(entities_of):
    entities = entities_of("The drama follows two sisters, Grace (Nora Quinn) and Tess (Ellis Vane).")
    assert works(entities) == {}
    assert "Nora Quinn" not in works(entities)


def test_an_actor_in_front_of_a_credit_keeps_the_title(entities_of):
    # Negative twin: a person named in full, then a credit in the parenthesis.
    entities = entities_of("Sara Venn (Harbour Lights) has also joined the cast.")
    assert works(entities) == {"Harbour Lights": "CreativeWork"}


def test_of_x_fame_names_a_work(entities_of):
    entities = entities_of("Ivo Brandt, of Saltmarsh Bay fame, has joined the cast.")
    assert works(entities) == {"Saltmarsh Bay": "CreativeWork"}


def test_without_fame_the_of_phrase_is_no_title(entities_of):
    assert works(entities_of("Ivo Brandt, of Saltmarsh Bay, has joined the cast.")) == {}


@pytest.mark.parametrize("text, title", [
    ("Harbour Lights first aired in 2010 on a regional channel.", "Harbour Lights"),
    ("Fenwick's Harbour Lights, which premiered in 2015, returns in May.", "Harbour Lights"),
    ("The Long Night, released in 1999, made a star of its lead.", "The Long Night"),
])
def test_the_subject_of_a_dated_release_verb_is_a_title(entities_of, text, title):
    assert title in works(entities_of(text))


@pytest.mark.parametrize("text", [
    "Nora Quinn premiered her film in 2015 at a small festival.",
    "Nora Quinn was released in 2017 from her contract with the studio.",
    "Dana Holt, who premiered in 2012 as a stand-up, now hosts the show.",
])
def test_a_person_who_premieres_or_is_released_is_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


def test_a_years_possessive_names_a_work(entities_of):
    assert works(entities_of("2019's Harbour Lights was a hit for the network.")) == {"Harbour Lights": "CreativeWork"}


def test_a_years_possessive_before_a_festival_is_no_title(entities_of):
    entities = entities_of("2019's Sundance Film Festival drew record crowds.")
    assert works(entities) == {}


def test_a_drama_in_a_film_article_is_no_series(entities_of):
    # Film trade copy: "drama" says a work, not which medium; the film words decide nothing alone.
    text = ("Wrenfield Films has acquired the surfing drama “Low Tide” starring Ivo Brandt. "
            "The company plans a theatrical release for the film this year, and the movie opens in May.")
    assert works(entities_of(text)).get("Low Tide") in ("CreativeWork", "Film")


def test_a_drama_in_a_tv_article_is_a_series(entities_of):
    text = ("The network has ordered the drama “Low Tide” starring Ivo Brandt. "
            "The series will run for eight episodes, and a second season is planned.")
    assert works(entities_of(text)).get("Low Tide") == "Series"


def test_a_networks_possessive_inside_a_credit_parenthesis(entities_of):
    entities = entities_of("Sara Venn (Hallmark's Saltmarsh Bay) will also executive produce.")
    assert works(entities) == {"Saltmarsh Bay": "Series"}
    assert entities["Hallmark"].type == "Broadcaster"


def test_a_persons_possessive_inside_a_parenthesis_is_not_cut(entities_of):
    # Negative twin: no known company owns the credit, so nothing is cut from it.
    entities = entities_of("Sara Venn (Saltmarsh Bay) will also executive produce.")
    assert works(entities) == {"Saltmarsh Bay": "CreativeWork"}


def test_a_quoted_title_after_starred_in_is_a_work(entities_of):
    entities = entities_of("Ivo Brandt most recently co-starred in “The Salt Road: Lower Tides.”")
    assert works(entities) == {"The Salt Road: Lower Tides": "CreativeWork"}


def test_quoted_speech_after_starred_in_is_no_title(entities_of):
    # Negative twin: a quote that is not title-cased is speech, whatever verb comes before it.
    entities = entities_of("Ivo Brandt said he starred in “a very small film about my hometown.”")
    assert works(entities) == {}


@pytest.mark.parametrize("text, title", [
    ("The list also includes Mindy Kaling's Never Have I Ever.", "Never Have I Ever"),
    ("The network's new dramas include Sally Wainwright's Hot Tin Roof.", "Hot Tin Roof"),
    # A word for when the work comes may stand between; a place the NER guesses for a name no
    # one knows as a place is no better than its other guesses.
    ("Sales were brisk on Dana Vale's upcoming Salt Road.", "Salt Road"),
    ("Dana Vale's Glass River was bought for France by Pyramide.", "Glass River"),
])
def test_a_persons_possessive_owns_a_title_of_two_or_more_words(entities_of, text, title):
    assert works(entities_of(text)) == {title: "CreativeWork"}


@pytest.mark.parametrize("text", [
    "The thriller follows Badgley's Joe after he moves to a new town.",
    "The photos show Jane Roe's Los Angeles home.",
    "Jane Roe's new Netflix series will shoot in Spain.",
    "Jane Roe's latest Los Angeles restaurant opened in May.",
])
def test_a_character_or_a_place_after_a_persons_possessive_is_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


# titles33: a company buys a person's work, never the person: every title of a bought list after
# a possessive is a work, and so is a one-word one, though the NER calls it a person or a place.
@pytest.mark.parametrize("text, titles", [
    ("Arrowhead Films has acquired Dana Vale's Stonecutter.", {"Stonecutter"}),
    ("Arrowhead Films has acquired Dana Vale's Stonecutter and Peter Marsh's Tony Bellamy.", {"Stonecutter", "Tony Bellamy"}),
    ("Arrowhead Films bought UK rights to three films here - Mara Quill's Silent Harbor, Peter Marsh's Tony Bellamy "
     "and Dana Vale's Soi Garden.", {"Silent Harbor", "Tony Bellamy", "Soi Garden"}),
])
def test_every_title_of_a_bought_list_after_a_persons_possessive_is_a_work(entities_of, facts_of, text, titles):
    entities = entities_of(text)
    assert set(works(entities)) == titles
    assert {("Arrowhead Films", "acquires", t) for t in titles} <= facts_of(text)
    assert all(entities[p].type == "Person" for p in ("Dana Vale", "Peter Marsh", "Mara Quill") if p in entities)


@pytest.mark.parametrize("text", [
    # the negative twins: nothing is bought, or a person is hired, not bought
    "Dana Vale's Stonecutter is on its way to the market.",
    "Arrowhead Films has hired Dana Vale's agent Tom Hale.",
])
def test_a_one_word_run_after_a_possessive_outside_a_purchase_is_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


@pytest.mark.parametrize("owner", ["Ana Ruiz", "Ana Östlund", "Élodie Marchand"])
def test_a_possessive_owner_with_accented_capitals_is_not_cut_into_a_title(entities_of, owner):
    # Names from every European language open with capitals outside A-Z; a run of capitalised
    # words must not stop at "Ö" and leave "Ana" behind as a title.
    entities = entities_of(f"Neon has acquired the North American rights to {owner}’s social satire Salt Road "
                           "after its premiere at the Cannes Film Festival.")
    assert entities["Salt Road"].type in ("Film", "CreativeWork")
    assert not [e for e in entities.values() if e.type in ("Film", "Series", "CreativeWork") and e.label != "Salt Road"]


# --- lists after a plural work noun, a verb of developing, or a "behind" phrase -----------------

@pytest.mark.parametrize("text, expected", [
    # the tagger reads "hit shows" as a verb; after "hit" it is the plural noun
    ("Dana Vale was recently seen in the Streamly hit shows Night Harbour and The Long Quiet.",
     {"Night Harbour": "Series", "The Long Quiet": "Series"}),
    ("Kim Doe produced the films Paper Lanterns, Cold Harbour and Salt Road.",
     {"Paper Lanterns": "Film", "Cold Harbour": "Film", "Salt Road": "Film"}),
    ("At Harbour Studios, Ana Ruiz developed Night Harbour and Salt Road for the network.",
     {"Night Harbour": "CreativeWork", "Salt Road": "CreativeWork"}),
    ("The script is by Tom Hale and Kim Doe, the duo behind Paper Lanterns and Cold Harbour.",
     {"Paper Lanterns": "CreativeWork", "Cold Harbour": "CreativeWork"}),
    ("Copperline Pictures, whose output includes Night Harbour and Salt Road, has a new chief.",
     {"Night Harbour": "CreativeWork", "Salt Road": "CreativeWork"}),
    # tv7: the noun's own adjunct may stand before the "including" that opens its list
    ("Kim Doe has produced a slew of hits over her career, including Paper Lanterns, Cold Harbour and Salt Road.",
     {"Paper Lanterns": "CreativeWork", "Cold Harbour": "CreativeWork", "Salt Road": "CreativeWork"}),
])
def test_each_title_of_a_list_after_its_slot(entities_of, text, expected):
    assert works(entities_of(text)) == expected


@pytest.mark.parametrize("text", [
    # a list followed by a verb is the subject of a clause: "the films [that] Ana Ruiz directed"
    "The films Ana Ruiz directed all opened in May.",
    # "shows" after a noun is the verb
    "The report shows Harbour ahead of its rivals this quarter.",
    # "developed" as an adjective
    "Streamly is growing fastest in the developed Asian markets.",
])
def test_no_title_where_the_slot_word_is_something_else(entities_of, text):
    assert works(entities_of(text)) == {}


# --- a title as the possessive of a cast member ------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("The thriller Cold Harbour stars Ember’s Dana Vale and Tom Hale.", "Ember"),
    ("Night Harbour's Dana Vale will lead the cast of Salt Road.", "Night Harbour"),
])
def test_the_possessive_of_a_cast_member_is_a_title(entities_of, facts_of, text, title):
    assert title in works(entities_of(text))
    assert ("Dana Vale", "knownFor", title) in facts_of(text)


def test_the_possessive_of_a_speaker_outside_the_cast_is_no_title(entities_of):
    # Negative twin: the name is the subject of "said", not a cast member.
    assert works(entities_of("Harbour's Dana Vale said the cast of Salt Road is complete.")) == {"Salt Road": "CreativeWork"}


@pytest.mark.parametrize("text", [
    "Directors on the series include Dana Vale, Tom Hale and Mira Holt.",
    "Producers on the film include Dana Vale, Tom Hale and Mira Holt.",
    # a cast is people: "the series" only says whose cast it is
    "The cast of the series includes Dana Vale, Tom Hale and Mira Holt.",
    "The season one cast of the show included Dana Vale, Tom Hale and Mira Holt.",
])
def test_a_list_of_the_people_on_a_work_names_no_titles(entities_of, text):
    # "include" has "directors" for its subject; "the series" only says what they worked on.
    entities = entities_of(text)
    assert {label for label, e in entities.items() if e.type == "Person"} == {"Dana Vale", "Tom Hale", "Mira Holt"}


def test_a_credit_list_on_a_work_still_names_titles(entities_of):
    # Negative twin: "credits on the series" are titles.
    entities = entities_of("Her credits on the slate include Salt Lake and Tin Roof.")
    assert {label for label, e in entities.items() if e.type in ("CreativeWork", "Series", "Film")} == {"Salt Lake", "Tin Roof"}


def _works_typed(entities):
    return {label: e.type for label, e in entities.items() if e.type in ("CreativeWork", "Series", "Film")}


def test_a_singular_work_noun_in_apposition_joins_an_and_title(entities_of):
    # "a limited series" is one work: "Salt and Iron" before it is one title, not two.
    entities = entities_of("Dana Vale has joined the cast of Peacock's Salt and Iron, a limited series about a mining town.")
    assert _works_typed(entities) == {"Salt and Iron": "Series"}


def test_a_company_and_a_title_before_an_apposition_stay_two_names(entities_of):
    # Negative twin: "Netflix and Tidewater" joins a known company to a title.
    entities = entities_of("Netflix and Tidewater, the drama from Harbour Films, lead the list.")
    assert set(_works_typed(entities)) == {"Tidewater"}
    assert entities["Netflix"].type == "StreamingService"


def test_a_title_after_a_known_distributors_possessive_takes_its_appositions_type(entities_of):
    # "Neon's" is cut off the title though the gazetteer, not the NER, names Neon; the
    # apposition's "feature" says more than the possessive slot's bare "work".
    entities = entities_of("Dana Vale will top Neon's The Swimmer, the second feature from director Tom Hale.")
    assert _works_typed(entities) == {"The Swimmer": "Film"}


@pytest.mark.parametrize("text, expected", [
    # "such N as": the list noun sits between "such" and "as", and says the medium.
    ("She has appeared in such films as Low Tide, Harbour Lights and Fenwick.",
     {"Low Tide": "Film", "Harbour Lights": "Film", "Fenwick": "Film"}),
    ("He was seen in such other notable film titles as Low Tide and Fenwick.",
     {"Low Tide": "Film", "Fenwick": "Film"}),
    # A list whose own noun is a medium types its titles; "credits" names none.
    ("Her shows include Low Tide and Fenwick.", {"Low Tide": "Series", "Fenwick": "Series"}),
    ("The studio's movies include Low Tide and Fenwick.", {"Low Tide": "Film", "Fenwick": "Film"}),
    ("His credits include Low Tide and Fenwick.", {"Low Tide": "CreativeWork", "Fenwick": "CreativeWork"}),
])
def test_a_list_noun_types_its_titles(entities_of, text, expected):
    assert works(entities_of(text)) == expected


def test_such_as_with_no_capitalised_run_names_no_title(entities_of):
    assert works(entities_of("Such projects as these take years to finance.")) == {}


def test_a_festival_title_before_its_seller(entities_of):
    # "title" is a work noun in sales copy; the run stops before "from" and the seller.
    entities = entities_of("Lionsgate has acquired festival title Copper Moon from Nordic Films for UK release.")
    assert works(entities) == {"Copper Moon": "CreativeWork"}
    assert entities["Nordic Films"].type == "ProductionCompany"


def test_a_job_title_is_no_work(entities_of):
    assert works(entities_of("She will hold the title President of Content at the studio.")) == {}


def test_a_title_keeps_its_own_from_and_stops_before_the_channel(entities_of):
    # A later joiner opens the company: "from" inside the title stays.
    entities = entities_of("She starred in the drama Notes from Kestrel Bay for Channel 4.")
    assert set(works(entities)) == {"Notes from Kestrel Bay"}


def test_a_work_noun_phrase_then_its_title_in_commas(entities_of):
    # "the <person> biopic, T," names the biopic in an apposition closed by a comma.
    entities = entities_of("The company produced the Ada Lovelace biopic, Silver Engine, with Harbour Films.")
    assert works(entities) == {"Silver Engine": "Film"}


def test_a_person_after_the_work_noun_and_comma_is_no_title(entities_of):
    # The run is a clause's subject, not an apposition: no comma closes it.
    assert works(entities_of("In the drama, Dana Vale plays a detective.")) == {}


def test_credits_after_a_cast_name_the_ner_missed(entities_of):
    # A given name opens the run before the parenthesis: a person with a credit, whatever the NER said.
    entities = entities_of("The cast includes Dana Vale (Euphony), Tom Hale (Kestrel Bay, Glitch) and Ana Ruiz (Low Tide).")
    assert works(entities) == {"Euphony": "CreativeWork", "Kestrel Bay": "CreativeWork", "Glitch": "CreativeWork",
                               "Low Tide": "CreativeWork"}


def test_a_company_before_a_parenthesis_lists_no_credits(entities_of):
    # No given name opens "Harbour Films": its parenthesis is its parent company, not a credit.
    entities = entities_of("Harbour Films (Lumen Pictures) joined the production.")
    assert works(entities) == {}


def test_list_titles_stop_before_a_partner_company_with_its_country(entities_of):
    # "T with the UK's ITV": the company after the joiner, behind a country's possessive, is no part of T.
    entities = entities_of("The streamer has joined shows such as Greywater with the UK's ITV, Kestrel Bay for "
                           "TV2 Denmark and No Safe Harbour with France's TF1.")
    assert works(entities) == {"Greywater": "Series", "Kestrel Bay": "Series", "No Safe Harbour": "Series"}


# --- a release year in brackets dates a work ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the NER calls the first a person and the second a company; the bracketed year makes both works
    ("Her English-language debut was Paper Lanterns (2011) with Nora Vance.", {"Paper Lanterns": "CreativeWork"}),
    ("He went on to make Silent Meadow (2015) and Copper Bay (2018).",
     {"Silent Meadow": "CreativeWork", "Copper Bay": "CreativeWork"}),
    # an owner before the title is cut off
    ("Tom Hale's Blue Rivers (1998) is a classic of the genre.", {"Blue Rivers": "CreativeWork"}),
    # in a list no sentence opens, so a preposition may open a title after a semicolon or comma
    ("Her films all premiered at Locarno: Copper Bay (2009) in competition; After Marta (2012) in a sidebar.",
     {"Copper Bay": "CreativeWork", "After Marta": "CreativeWork"}),
    ("Her films include Copper Bay (2009), After Marta (2012) and Salt Road (2015).",
     {"Copper Bay": "Film", "After Marta": "Film", "Salt Road": "Film"}),
    # Twins of the colon after "at Locarno": a title's own colon is its subtitle's.
    ("She starred in Moon Base: The Last Watch (2017) and in Salt Road.", {"Moon Base: The Last Watch": "CreativeWork"}),
    ("The panel offered a first look at Moon Base: Part Two (2024) before its release.", {"Moon Base: Part Two": "CreativeWork"}),
])
def test_a_bracketed_year_after_a_name_makes_it_a_work(entities_of, text, expected):
    entities = entities_of(text)
    assert works(entities) == expected
    assert all(e.type == "Person" for label, e in entities.items() if label in ("Nora Vance", "Tom Hale"))


@pytest.mark.parametrize("text", [
    # a known festival keeps its class
    "The drama premiered at the Sundance Film Festival (2019) to good reviews.",
    # a sentence's opening preposition is no title's first word
    "In Paper Towns (2015) she played a nurse.",
    # a person the NER and a given name agree on (see test_a_year_in_a_persons_parenthesis_is_no_title)
    "The part went to Maria Olsen (2019) after a long search.",
    # a year range is a person's life, not a release
    "The prize is named after Walter Brandt (1931-2020).",
])
def test_a_bracketed_year_after_other_names_gives_no_work(entities_of, text):
    assert works(entities_of(text)) == {}


# --- a work from ", starring", a copula with a work noun, and more genre nouns ---------------------

@pytest.mark.parametrize("text, title", [
    # the NER calls the title after a person's possessive a person
    ("Also on the slate is Clint Varney's Rail Songs, starring Joel Maddox and Fiona Quill.", "Rail Songs"),
    ("The company is launching Dana Price's Nightglass starring Tom Hale.", "Nightglass"),
])
def test_the_run_before_starring_a_name_is_a_work(entities_of, text, title):
    entities = entities_of(text)
    assert entities[title].type in ("CreativeWork", "Film", "Series")
    assert all(e.type == "Person" for label, e in entities.items() if label in ("Clint Varney", "Joel Maddox", "Tom Hale", "Dana Price"))


# credits8: the name a byline's "from"/"by" gives before "starring" is the work's maker, a person.
@pytest.mark.parametrize("text, maker", [
    ("Harbor TV has ordered a drama series from Tom Vale starring Mia Lund.", "Tom Vale"),
    ("The studio also made Salt Road by Dana Price, starring Joel Maddox.", "Dana Price"),
])
def test_a_name_after_from_or_by_before_starring_is_no_work(entities_of, facts_of, text, maker):
    assert entities_of(text)[maker].type == "Person"
    assert not {f for f in facts_of(text) if f[0] == maker}


def test_a_title_after_from_before_starring_is_still_a_work(entities_of):
    # negative twin: with no "from"/"by" before it, the run before "starring" is the title
    entities = entities_of("Harbor TV has ordered Tom Vale starring Mia Lund, a drama series.")
    assert entities["Tom Vale"].type in ("CreativeWork", "Film", "Series")


def test_starring_without_a_name_after_it_gives_no_work(entities_of):
    assert works(entities_of("Jane Roe landed starring roles in two dramas.")) == {}


@pytest.mark.parametrize("text, title, cls", [
    ("The Embers is the feature debut from Icelandic director Ugla Varsdottir.", "The Embers", "CreativeWork"),
    ("Grey Meadow is a 3 x 60-minute drama set in 1930s Kenya.", "Grey Meadow", "CreativeWork"),
    ("Cold Lanes was the first film from the new banner.", "Cold Lanes", "Film"),
    ("Tin Harbour is a six-part series about a fishing town.", "Tin Harbour", "Series"),
])
def test_the_subject_of_is_a_work_noun_is_a_work(entities_of, text, title, cls):
    assert works(entities_of(text)) == {title: cls}


@pytest.mark.parametrize("text", [
    "It is a drama about grief.",  # a pronoun names no title
    "Jane Roe is the director of the film.",  # a job noun comes before the work noun
    "Tom Hale is a documentary filmmaker.",  # the work noun modifies another noun
    "In Berlin it was a film about loss.",  # an opening preposition
])
def test_a_copula_without_a_work_subject_gives_no_work(entities_of, text):
    assert works(entities_of(text)) == {}


@pytest.mark.parametrize("text, title", [
    ("Black Lantern is firing up JJ Vance's action adventure Afterglow.", "Afterglow"),
    ("Ita Morrow's debut West The Ridge is also on the slate.", "West The Ridge"),
])
def test_more_genre_nouns_open_a_title(entities_of, text, title):
    assert entities_of(text)[title].type in ("CreativeWork", "Film", "Series")


def test_debut_as_a_verb_or_before_a_day_opens_no_title(entities_of):
    assert works(entities_of("The streamer will debut on Friday, and Jane Roe makes her debut Sunday.")) == {}


# --- a known company's name inside a longer title --------------------------------------------------

@pytest.mark.parametrize("text, title", [
    # the gazetteer knows "Apple" and "Sky", but the slot reads the whole title
    ("Penned by Apple Tree Yard writer Amanda Lowe, the series is set in Nepal.", "Apple Tree Yard"),
    ("He went on to make Copper Sky (2018).", "Copper Sky"),
])
def test_a_known_company_word_inside_a_title_stays_in_it(entities_of, text, title):
    entities = entities_of(text)
    assert entities[title].type in ("CreativeWork", "Film", "Series")
    assert "Apple" not in entities and "Sky" not in entities


@pytest.mark.parametrize("text, company", [
    ("The drama Netflix Animation Studios made won an award.", "Netflix Animation Studios"),  # a company word
    ("Tidewater, made with France's TF1, returns in May.", "TF1"),  # an owner puts the company beside the title
    ("The Sky Atlantic drama Tidewater returns in May.", "Sky Atlantic"),  # the gazetteer knows the longer name
])
def test_a_known_company_beside_or_extended_into_a_company_stays_a_company(entities_of, text, company):
    entities = entities_of(text)
    assert entities[company].type not in ("CreativeWork", "Film", "Series", "Person")


# --- an apposition set off by a dash ---------------------------------------------------------------

@pytest.mark.parametrize("text, title, cls", [
    ("Ana Ruiz and Tom Vale will star in Zealot\u2014a short film directed by Sam Kerr.", "Zealot", "Film"),
    ("Next up is Lowland \u2013 a six-part drama from Harbour Films.", "Lowland", "CreativeWork"),
    ("Next up is Lowland - the new series from Harbour Films.", "Lowland", "Series"),
])
def test_a_dash_apposition_with_a_work_noun_names_a_work(entities_of, text, title, cls):
    assert entities_of(text)[title].type == cls


def test_a_dash_apposition_describing_a_person_gives_no_work(entities_of):
    entities = entities_of("Jane Roe \u2013 the drama veteran \u2013 joined the board.")
    assert works(entities) == {} and entities["Jane Roe"].type == "Person"


# --- "the drama X" in a film story ------------------------------------------------------------------

def test_the_drama_in_a_film_story_is_no_series(entities_of):
    entities = entities_of("Mark Vance has found his next feature film: he will star in the drama Stow, with Rosa Lind "
                           "making her directing debut. The film shoots in May.")
    assert entities["Stow"].type in ("CreativeWork", "Film")


def test_the_drama_in_a_tv_story_is_a_series(entities_of):
    entities = entities_of("The network has renewed the drama Tidewater for a second season. The series returns in May.")
    assert entities["Tidewater"].type == "Series"


# --- "the P-directed T" ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("The Ana Ruiz-directed Low Tide opens in May.", "Low Tide"),
    ("Critics liked the Tom Vale-produced Ember Road.", "Ember Road"),
])
def test_the_title_after_a_hyphened_credit_is_a_work(entities_of, text, title):
    entities = entities_of(text)
    assert entities[title].type in ("CreativeWork", "Film", "Series")
    assert not any(e.type == "Organization" for e in entities.values())


def test_a_company_after_a_hyphened_credit_is_no_title(entities_of):
    assert works(entities_of("The Ana Ruiz-produced Harbour Films slate grows.")) == {}


def test_a_hyphened_verb_is_no_names_credit_but_takes_its_object(entities_of):
    # "co-created" is a verb with a lower-case prefix, not a name's credit; its object is the
    # show created (a series), and the platform after "for" is no part of it.
    assert works(entities_of("She co-created Ember Road for the BBC.")) == {"Ember Road": "Series"}


def test_a_place_and_a_joiner_before_an_apposition_title_are_no_part_of_it(entities_of):
    entities = entities_of("He turns to the opioid crisis in America with Painmaker, a limited drama series for the streamer.")
    assert entities["Painmaker"].type == "Series"
    assert entities["America"].type == "Country"


# --- a copula whose predicate is headed by a work noun ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Glasshouse is a six-part drama from Harbour Films.", {"Glasshouse": "CreativeWork"}),
    ("Produced by Harbour Films, Glasshouse is a thriller set in Oslo.", {"Glasshouse": "CreativeWork"}),
    ("The Salt Road was a hit series for the BBC.", {"The Salt Road": "Series"}),
    # a nationality among the modifiers says where the work is from
    ("Night Orchard is a 2019 South Korean drama starring Kim Min-jae.", {"Night Orchard": "CreativeWork"}),
    ("Iron Valley was a 2016 Italian film about a dinner party.", {"Iron Valley": "Film"}),
])
def test_the_subject_of_a_work_noun_copula_is_a_title(entities_of, text, expected):
    assert works(entities_of(text)) == expected


@pytest.mark.parametrize("text", [
    # the work noun only modifies the head: a person described
    "Dana Vale is a drama veteran with three decades in television.",
    # a pronoun or demonstrative opens the sentence
    "It is a comedy about two sisters.",
    "This is a series that will travel.",
    # a company described by a company noun
    "Harbour Films is a production company based in Leeds.",
    # a nationality, then a job: a person described
    "Lee Soo-jin is a South Korean film director.",
    "Dana Vale is a Danish documentary filmmaker based in Oslo.",
    # a list of fields before a person's or a company's noun
    "Dana Vale is a British comedy, drama and theatre actor.",
    "Lumen Pictures is a South Korean drama, film and variety producer.",
])
def test_a_copula_that_describes_no_work_names_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


# --- what a festival's trophy is won with ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("She won the Cannes Palme d\u2019Or in 2014 with Copperhead.", {"Copperhead": "Film"}),
    ("Tomas Brenner won the Golden Lion at Venice for Night Orchard.", {"Night Orchard": "Film"}),
])
def test_what_a_festival_trophy_is_won_with_is_a_film(entities_of, text, expected):
    assert works(entities_of(text)) == expected


@pytest.mark.parametrize("text", [
    # won with people or a company: no work
    "She won the Golden Bear with Tom Bell and Harbour Films.",
    "She won the Golden Bear for Dana Vale.",
    # a prize's category after "for"
    "Dana Vale won Berlin's Silver Bear for Best Actress in 2019.",
    "Dana Vale won the Golden Lion for Lifetime Achievement in 2019.",
])
def test_people_a_trophy_is_won_with_are_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


# --- the subject of a ranking among works ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Lantern Street was one of the best K-dramas of 2021.", {"Lantern Street": "CreativeWork"}),
    ("Iron Valley is among the top 10 films on Netflix this week.", {"Iron Valley": "Film"}),
    # a relative clause's raising verb after the title, and a chart's noun
    ("Dana Vale then delivered Moonrise, which turned out to be one of the biggest blockbusters of 2021.", {"Moonrise": "CreativeWork"}),
])
def test_the_subject_of_a_ranking_among_works_is_a_title(entities_of, text, expected):
    assert works(entities_of(text)) == expected


@pytest.mark.parametrize("text", [
    # a ranking among people or companies names no work
    "Dana Vale is one of the best directors of her generation.",
    "Harbour Films is one of the biggest producers of dramas.",
    "Harbour Films is one of the top series producers in Korea.",
    "Dana Vale then joined Lumen, which became one of the biggest studios in Korea.",
])
def test_a_ranking_among_others_names_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


# --- the work a cast plays in -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Dana Vale, Tom Hale and Rita Moss star in Glasshouse.", {"Glasshouse": "CreativeWork"}),
    ("Dana Vale has been cast in Glasshouse.", {"Glasshouse": "CreativeWork"}),
    ("Dana Vale will star opposite Tom Hale in Glasshouse.", {"Glasshouse": "CreativeWork"}),
    ("Dana Vale has landed a lead role in Glasshouse.", {"Glasshouse": "CreativeWork"}),
    ("Her roles in Salt Road and Tin Roof won praise.", {"Salt Road": "CreativeWork", "Tin Roof": "CreativeWork"}),
    # a title that opens with a city is still a title
    ("Dana Vale was cast in Tokyo Vice.", {"Tokyo Vice": "CreativeWork"}),
])
def test_the_object_of_a_casting_phrase_is_a_title(entities_of, text, expected):
    assert works(entities_of(text)) == expected


@pytest.mark.parametrize("text", [
    # a known city, a festival, a month after the same phrases
    "Dana Vale starred in Paris last year.",
    "Dana Vale was cast in Paris.",
    "Dana Vale appeared in Cannes with the film.",
    "Dana Vale is cast in May.",
])
def test_a_place_or_a_date_after_a_casting_phrase_is_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


@pytest.mark.parametrize("text, expected", [
    ("Copperline Studios will distribute the thriller Glasshouse in the US.", {"Glasshouse": "Film"}),
    ("Copperline Studios will release the film Salt Road across the UK.", {"Salt Road": "Film"}),
    # Negative twins: "in the" inside a title before a word that is no known place, and a city
    # right after "in", which may be the title's own.
    ("The drama Love in the Time of Storms airs in May.", {"Love in the Time of Storms": "CreativeWork"}),
    ("The series Emily in Paris returns.", {"Emily in Paris": "Series"}),
])
def test_a_known_place_after_in_the_ends_a_title(entities_of, text, expected):
    assert works(entities_of(text)) == expected


# --- the object of a verb of making a work ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Dana Vale wrote and directed Glasshouse.", {"Glasshouse": "CreativeWork"}),
    ("Tom Hale penned the screenplay for Glasshouse.", {"Glasshouse": "CreativeWork"}),
    ("Dana Vale co-produced Salt Road and Tin Roof.", {"Salt Road": "CreativeWork", "Tin Roof": "CreativeWork"}),
    # a company's possessive before the title is its owner
    ("Dana Vale produced Harbour Films' Glasshouse.", {"Glasshouse": "CreativeWork"}),
    ("Glasshouse is written and directed by Dana Vale.", {"Glasshouse": "CreativeWork"}),
])
def test_the_object_of_a_credit_verb_is_a_title(entities_of, text, expected):
    assert works(entities_of(text)) == expected


@pytest.mark.parametrize("text", [
    # one directs actors and produces through companies
    "Dana Vale directed Tom Hale in the film.",
    "Dana Vale will produce through Harbour Films.",
    "Dana Vale directed Monday's episode.",
])
def test_a_person_a_company_or_a_date_after_a_credit_verb_is_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


@pytest.mark.parametrize("text, title", [
    ("Netflix is developing a series based on Jane Carrow's bestseller Salt Road.", "Salt Road"),
    ("The drama is based on the hit video game Ember Fall.", "Ember Fall"),
    ("The play Salt Road opened in London.", "Salt Road"),
])
def test_a_source_noun_before_a_title(entities_of, text, title):
    assert works(entities_of(text)) == {title: "CreativeWork"}


def test_play_the_verb_names_no_title(entities_of):
    # Negative twin: "play" before a character's name is the verb.
    assert works(entities_of("Dana Vale will play Laurie in the film.")) == {}


# --- probeB: "C chief A" opening a sentence: an unknown first word of a company name ---
@pytest.mark.parametrize("sentence, company, role", [
    ("Nordlys Media chief Dana Vale said the deal was exciting.", "Nordlys Media", "chief"),
    ("Halvard Pictures president Dana Vale said the deal was exciting.", "Halvard Pictures", "president"),
])
def test_a_company_opening_a_sentence_before_a_job_title(entities_of, facts_of, sentence, company, role):
    assert set(entities_of(sentence)) == {company, "Dana Vale"}
    facts = {f for f in facts_of(sentence) if f[1] in ("employedBy", "role")}
    assert facts == {("Dana Vale", "employedBy", company), ("Dana Vale", "role", role)}


def test_a_company_word_opening_a_sentence_without_a_name_after_the_title(entities_of):
    # Twin: a title word with no name after it ("head count") leaves the old guard: a
    # sentence's first common noun before a company word is no name.
    assert set(entities_of("Documentary Films head count rose this year.")) == set()


# --- probeB: a work noun after "behind" in an apposition is the object of the preposition ---
@pytest.mark.parametrize("sentence, label, cls", [
    ("Halvard Entertainment, the production company behind the film, is based in Paris.", "Halvard Entertainment", "ProductionCompany"),
    ("Halvard Entertainment, the banner behind the hit series, has a new slate.", "Halvard Entertainment", "ProductionCompany"),
])
def test_a_company_behind_a_work_is_no_work(entities_of, sentence, label, cls):
    assert entities_of(sentence)[label].type == cls


def test_an_apposition_headed_by_a_work_noun_still_names_a_work(entities_of):
    # Twin: the work noun heads the apposition itself.
    assert entities_of("Glasshouse, the Netflix film, opens in May.")["Glasshouse"].type == "Film"


@pytest.mark.parametrize("text, title", [
    # a year's possessive dates the title and is no part of it
    ("Dana Vale starred in 2019's Salt Road.", "Salt Road"),
    # "debuted in YEAR" is a release verb like "premiered"
    ("Salt Road, which debuted in 2018, was a hit for the BBC.", "Salt Road"),
])
def test_a_dated_release_names_the_title(entities_of, facts_of, text, title):
    assert works(entities_of(text)) == {title: "CreativeWork"}
    assert any(f[0] == title and f[1] == "releaseYear" for f in facts_of(text))


def test_a_person_who_debuted_is_no_title(entities_of):
    # Negative twin: "who" makes the clause a person's.
    assert works(entities_of("Dana Vale, who debuted in 2012 as a stand-up, joins the cast.")) == {}


@pytest.mark.parametrize("text, expected", [
    ("Dana Vale and Tom Hale are executive producers on Glasshouse.", {"Glasshouse": "CreativeWork"}),
    ("Dana Vale was a writer on Salt Road and Tin Roof.", {"Salt Road": "CreativeWork", "Tin Roof": "CreativeWork"}),
])
def test_the_work_a_crew_member_is_on(entities_of, text, expected):
    assert works(entities_of(text)) == expected


def test_a_crew_on_a_lower_case_work_names_no_title(entities_of):
    # Negative twin: "on the film" names no title; the list is of people.
    assert works(entities_of("Producers on the film include Dana Vale and Tom Hale.")) == {}


@pytest.mark.parametrize("text, title", [
    ("Starring Dana Vale and Tom Hale, Glasshouse follows two sisters in Leeds.", "Glasshouse"),
    # the NER may call the title a person too: the list closed by "and" ends before it
    ("Starring Dana Vale, Tom Hale and Rita Moss, Salt Road is set in Glasgow.", "Salt Road"),
    ("Also starring Dana Vale, Glasshouse opens in May.", "Glasshouse"),
])
def test_the_subject_after_a_starring_opener_is_a_title(entities_of, text, title):
    assert works(entities_of(text)) == {title: "CreativeWork"}


@pytest.mark.parametrize("text", [
    "Starring Dana Vale, the film follows two sisters.",
    "Starring Dana Vale, Tom Hale and Rita Moss, the series is set in Glasgow.",
])
def test_a_starring_opener_before_a_common_noun_names_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


@pytest.mark.parametrize("text", ["Brackwater, which stars Ilse Maren and Otto Brandt, follows two rival ferrymen.",
                                  "Brackwater, which premiered at Sundance, follows two rival ferrymen."])
def test_a_relative_clause_of_a_work_verb_makes_its_antecedent_a_title(entities_of, text):
    # "X, which stars / premiered ...": the relative clause says of X what only a work does.
    assert entities_of(text)["Brackwater"].type in ("CreativeWork", "Film", "Series")


def test_a_passive_credit_makes_a_title_of_a_name_the_ner_calls_a_person(entities_of, facts_of):
    # No person "will be distributed by" a company: the NER's PERSON guess loses to the verb.
    text = "Ferry Lane will be distributed by Harrow Films in the UK."
    assert entities_of(text)["Ferry Lane"].type == "CreativeWork"
    assert ("Harrow Films", "distributes", "Ferry Lane") in facts_of(text)


def test_a_person_before_an_active_work_verb_stays_a_person(entities_of):
    # The negative twin: people premiere and star too, so a name the NER calls a person keeps it.
    assert entities_of("Clara Benson premiered her documentary at Sundance.")["Clara Benson"].type == "Person"


def test_a_passive_credit_opening_the_sentence_names_the_work_after_it(facts_of):
    # "Directed by A, X follows ...": like a starring opener, the credit comes first and the
    # work is the subject after the comma.
    facts = facts_of("Directed by Clara Benson, Brackwater follows two rival ferrymen.")
    assert ("Brackwater", "directedBy", "Clara Benson") in facts


def test_a_passive_credit_opener_before_a_description_names_no_title(entities_of):
    entities = entities_of("Directed by Clara Benson, the film follows two rival ferrymen.")
    assert set(entities) == {"Clara Benson"}


def test_a_full_name_owning_a_listed_title_is_cut_off(entities_of):
    # "include Ana Ruiz's Glasshouse": the director's possessive is no part of the title, even
    # where the NER missed the name.
    entities = entities_of("Other titles in competition include Ana Ruiz's Glasshouse and Otto Brandt's Ferry Lane.")
    assert {"Glasshouse", "Ferry Lane"} <= set(entities)
    assert not any("'s" in label for label in entities)


def test_a_title_opening_with_an_article_keeps_its_possessive(entities_of):
    # The negative twin: "The Handmaid's Tale" is a title with a possessive inside it.
    assert "The Handmaid's Tale" in entities_of("Her credits include The Handmaid's Tale and Salt Road.")


@pytest.mark.parametrize(("text", "title", "cls"), [
    ("Apple TV+ has renewed Brackwater for a second season.", "Brackwater", "Series"),
    ("Netflix has cancelled Ferry Lane after one season.", "Ferry Lane", "Series"),
    ("The BBC has commissioned Ironmoor from Harrow Films.", "Ironmoor", "Series"),
    ("Sky has commissioned 6-part Ironmoor from Harrow Films.", "Ironmoor", "Series"),
    ("Harrow Films has boarded The Quiet Hour as co-producer.", "The Quiet Hour", "CreativeWork"),
    ("Channel 4 has ordered Ferrymead from Harrow Films.", "Ferrymead", "Series"),
    # A network orders a show: what is ordered is a series, quoted or not.
    ("Netflix ordered Brackwater last spring.", "Brackwater", "Series"),
    ("Netflix has ordered \u201cBrackwater\u201d from Harrow Films.", "Brackwater", "Series"),
    ("Mubi has picked up Ferrymead for the UK.", "Ferrymead", "CreativeWork"),
    ("Peacock snapped up Brackwater after a bidding war.", "Brackwater", "CreativeWork"),
    ("Neon released Glass Harvest in theaters last year.", "Glass Harvest", "Film"),
])
def test_the_object_of_a_verb_of_commissioning_is_a_title(entities_of, text, title, cls):
    # Only a work is renewed, cancelled, commissioned, ordered, greenlit, boarded, picked up or released.
    assert entities_of(text)[title].type == cls


def test_a_company_commissioned_to_make_a_work_is_no_title(entities_of):
    # The negative twin: a company after the verb is the maker, not the work.
    entities = entities_of("The BBC commissioned Harrow Films to make the series.")
    assert entities["Harrow Films"].type == "ProductionCompany"


@pytest.mark.parametrize("text", ["The regulator ordered Harrow Films to pay a fine.",
                                  "Netflix picked up Harrow Films in a stock deal.",
                                  "The studio released Harrow Films from its contract."])
def test_a_company_ordered_or_picked_up_is_no_title(entities_of, text):
    # The negative twin: one orders a company to do something, and buys a company whole.
    assert entities_of(text)["Harrow Films"].type == "ProductionCompany"


@pytest.mark.parametrize(("text", "cls"), [("Brackwater was commissioned by BBC One.", "Series"),
                                           ("Brackwater has been ordered by Channel 4.", "Series"),
                                           ("Brackwater will stream on Netflix in May.", "CreativeWork"),
                                           ("Netflix will stream Brackwater in the US.", "CreativeWork")])
def test_what_is_commissioned_or_streamed_is_a_work(entities_of, text, cls):
    # Only a work is commissioned by a network or streams on a service (what a broadcaster
    # commissions is a series; a streamer streams films too).
    assert works(entities_of(text)) == {"Brackwater": cls}


@pytest.mark.parametrize("text", ["Brackwater, produced by Harrow Films for ITV, stars Ana Ruiz.",
                                  "Ferry Lane, written and directed by Ana Ruiz, opens in May."])
def test_a_name_before_a_participle_of_making_is_a_work(entities_of, text):
    # Only a work is produced, written or directed by someone: the participle clause says what
    # the sentence-initial name is.
    title = text.split(",")[0]
    found = works(entities_of(text))
    assert list(found) == [title] and found[title] in ("CreativeWork", "Series")


@pytest.mark.parametrize(("text", "name", "cls"), [("Harrow Films, founded by Ana Ruiz, made the series.", "Harrow Films", "ProductionCompany"),
                                                   ("Tom Hale, directed by Ana Ruiz, was praised.", "Tom Hale", "Person")])
def test_a_company_or_person_before_a_participle_is_no_work(entities_of, text, name, cls):
    # The negative twin: companies are founded by people, and an actor is directed by someone.
    assert entities_of(text)[name].type == cls


def test_a_name_inside_the_sentence_before_a_participle_is_no_work(entities_of):
    # The negative twin: mid-sentence, the clause may describe the work named earlier.
    entities = entities_of("Harrow Films will make the drama series \u201cFerry Lane\u201d for Streamly, directed by Ana Ruiz.")
    assert works(entities) == {"Ferry Lane": "Series"}


@pytest.mark.parametrize("text", ["Curzon will release Brackwater in March.", "Brackwater will be released in the US by Neon.",
                                  "Brackwater was released in 2019 to strong reviews."])
def test_what_is_released_is_a_work_and_its_date_no_part_of_it(entities_of, text):
    # Only a work is released "in" a territory or a year; the month after the run says when.
    assert works(entities_of(text)) == {"Brackwater": "CreativeWork"}


def test_a_person_released_from_a_contract_stays_a_person(entities_of):
    # The negative twin: people are released from contracts, never "in" a territory.
    assert entities_of("Ana Ruiz was released from her contract.")["Ana Ruiz"].type == "Person"


def test_a_title_keeps_an_inner_preposition_before_a_capitalised_word(entities_of):
    # The twin of the date tail: "in" inside a title before a non-date word stays.
    assert works(entities_of("Curzon will release Murder in Marrow Street.")) == {"Murder in Marrow Street": "CreativeWork"}


def test_a_british_series_of_makes_a_series(entities_of):
    # "a second series of X": British usage for a season.
    assert works(entities_of("The BBC has commissioned a second series of Brackwater.")) == {"Brackwater": "Series"}


def test_a_series_of_a_companys_works_is_no_title(entities_of):
    # The negative twin: a company's name after "series of" names whose works they are.
    entities = entities_of("The channel has bought a new series of Harrow Films documentaries.")
    assert works(entities) == {} and entities["Harrow Films"].type == "ProductionCompany"


def test_a_company_commissioned_by_a_network_stays_a_company(entities_of):
    # The negative twin: a production company is commissioned to make the work.
    entities = entities_of("Harrow Films was commissioned by the BBC to make the series.")
    assert entities["Harrow Films"].type == "ProductionCompany"
    assert works(entities) == {}


@pytest.mark.parametrize(("text", "title"), [("Production on Brackwater is under way in Belfast.", "Brackwater"),
                                             ("Filming on The Quiet Hour wrapped in March.", "The Quiet Hour"),
                                             ("Principal photography on Ferry Lane began this week.", "Ferry Lane")])
def test_a_sentence_opening_production_phrase_names_a_work(entities_of, text, title):
    # "Production on X", "Principal photography on X": only a work is in production.
    assert entities_of(text)[title].type == "CreativeWork"


def test_a_production_phrase_before_a_day_names_no_work(entities_of):
    assert "Monday" not in entities_of("Production on Monday was halted after the storm.")


# --- "the 2019 hit X": a qualified "hit" is a work noun, the run after it a title ---
@pytest.mark.parametrize("sentence, expected", [
    ("The 2019 hit Glasshouse returns to Netflix.",
     {("Glasshouse", "CreativeWork"), ("Netflix", "StreamingService")}),
    ("The smash hit Quiet Hours grossed $40m.", {("Quiet Hours", "Film")}),
    # twins: "hit" the verb, and a company after a qualified "hit"
    ("The show hit Netflix in May.", {("Netflix", "StreamingService")}),
    ("The 2019 hit Harbour Films released was a drama.", {("Harbour Films", "ProductionCompany")}),
])
def test_hit_slot_titles(extraction_of, sentence, expected):
    assert {(e.label, e.type) for e in extraction_of(sentence).entities} == expected


# --- logline verbs: "X follows a family", "X is set in 1970s Texas" ---
@pytest.mark.parametrize("sentence, expected", [
    ("Glasshouse follows a family of farmers in Iowa.", {("Glasshouse", "CreativeWork"), ("Iowa", "Place")}),
    ("Quiet Hours revolves around a missing girl.", {("Quiet Hours", "CreativeWork")}),
    ("The Long Summer follows a young teacher.", {("The Long Summer", "CreativeWork")}),
    # twins: people, places and companies follow things too
    ("Dana Vale follows her Emmy win with a new series.", {("Dana Vale", "Person")}),
    ("Paris follows London in hosting the summit.", {("Paris", "City"), ("London", "City")}),
    ("Toronto is set in Ontario.", {("Toronto", "City"), ("Ontario", "Place")}),
    ("Harbour Films follows Netflix into the market.",
     {("Harbour Films", "ProductionCompany"), ("Netflix", "StreamingService")}),
    ("The deal follows months of talks.", set()),
])
def test_logline_verb_titles(extraction_of, sentence, expected):
    assert {(e.label, e.type) for e in extraction_of(sentence).entities} == expected


@pytest.mark.parametrize("sentence", [
    # a company list's last name before the verb: the subject is the work named before the list
    "The short from Harbour Films, Redline Media & Kite Lane is set in a small town.",
    "The film from Kite Lane Productions follows a young teacher.",
])
def test_logline_verb_no_title_from_a_company(extraction_of, sentence):
    assert not {e.label for e in extraction_of(sentence).entities if e.type in ("CreativeWork", "Film", "Series")}


@pytest.mark.parametrize("sentence, title", [
    ("Ingrid Solberg stars in the drama Fjordlys.", "Fjordlys"),
    ("Harbour Films is producing the drama Solvind.", "Solvind"),
])
def test_a_foreign_looking_title_after_a_work_noun_is_a_title(entities_of, sentence, title):
    # The NER calls such a word a nationality; the slot after a work noun says a title.
    assert title in works(entities_of(sentence))


def test_a_nationality_before_a_work_noun_is_still_no_title(entities_of):
    entities = entities_of("Netflix has bought the Danish thriller Mørkeland.")
    assert "Danish" not in entities and "Mørkeland" in works(entities)


def test_a_company_after_for_closing_the_sentence_is_no_title(entities_of):
    # The title run takes the full stop with it; the company after "for" still ends the title.
    entities = entities_of("Tom Hale directs the thriller Glasshouse for Nordlys Media.")
    assert works(entities) == {"Glasshouse": "Film"}
    assert entities["Nordlys Media"].type == "ProductionCompany"


@pytest.mark.parametrize("sentence, title, cls", [
    ("Salt Road grossed $12 million in its opening weekend.", "Salt Road", "Film"),
    ("Salt Road is set in a fishing town and follows a young nurse.", "Salt Road", "CreativeWork"),
    ("Cold Harbour has been renewed for a second season.", "Cold Harbour", "Series"),
])
def test_a_verb_no_person_takes_makes_its_subject_a_title(entities_of, sentence, title, cls):
    # The NER calls an unknown two-word title a person; a box office or a setting says a work.
    assert works(entities_of(sentence)) == {title: cls}


def test_a_relative_clause_after_a_person_leaves_the_person(entities_of):
    # "which" may describe the series named before the person, not the person.
    entities = entities_of("Dana Vale has joined the series from Tom Hale, which is based on a memoir.")
    assert entities["Tom Hale"].type == "Person"


@pytest.mark.parametrize("sentence, title", [
    ("Neon has acquired Sundance hit Salt Road.", "Salt Road"),
    ("The Berlinale winner Glasshouse opens in May.", "Glasshouse"),
    ("Mubi picked up Cannes 2023 opener The Quiet Hour for the UK.", "The Quiet Hour"),
])
def test_what_a_festival_showed_is_a_film(entities_of, sentence, title):
    assert works(entities_of(sentence)) == {title: "Film"}


def test_a_festival_winner_the_ner_calls_a_person_stays_a_person(entities_of):
    entities = entities_of("Sundance winner Dana Vale will star.")
    assert works(entities) == {} and entities["Dana Vale"].type == "Person"


@pytest.mark.parametrize("text", ["Brackwater is Mara Quill's directorial debut.",
                                  "Brackwater marks the directorial debut of Mara Quill.",
                                  "Brackwater, Mara Quill's feature directorial debut, premieres in May.",
                                  "Mara Quill makes her directorial debut with Brackwater."])
def test_a_directorial_debut_is_a_work(entities_of, text):
    # A person makes a debut; the debut is a work.
    entities = entities_of(text)
    assert works(entities) == {"Brackwater": "CreativeWork"} and entities["Mara Quill"].type == "Person"


def test_a_person_marking_a_debut_is_no_work(entities_of):
    # The negative twin: "her" debut makes the opener the person.
    assert works(entities_of("Mara Quill marks her feature debut this spring.")) == {}


@pytest.mark.parametrize("text", ["The series is titled Brackwater.", "The drama, titled Brackwater, follows a family."])
def test_a_name_after_titled_is_a_title(entities_of, text):
    assert "Brackwater" in works(entities_of(text))


def test_a_person_given_a_second_chance_is_no_title(entities_of):
    # The twin of "given X a second season": only an order, a season or a renewal makes a show.
    assert entities_of("Netflix gave Mara Quill a second chance.")["Mara Quill"].type == "Person"


def test_what_hails_from_a_company_is_a_work(entities_of):
    assert works(entities_of("Brackwater hails from Harrow Films.")) == {"Brackwater": "CreativeWork"}


def test_what_hails_from_a_city_is_no_work(entities_of):
    # The twin: people and companies hail from places.
    assert works(entities_of("Brackwater hails from Glasgow.")) == {}


# --- a territory in a parenthesis after a name (types2) ------------------------------------------

def test_a_territory_after_a_name_is_no_credit(entities_of):
    entities = entities_of("Other buyers are Falcon (Indonesia) and Salim Vale (Middle East).")
    assert entities["Middle East"].type == "Place"


def test_a_title_after_a_name_is_still_a_credit(entities_of):
    # negative twin: a city-named title is left to be a credit
    entities = entities_of("Dana Vale (Salt Road) will star in the drama.")
    assert entities["Salt Road"].type in ("CreativeWork", "Film", "Series")


def test_a_pilots_title_is_a_series(entities_of):
    # "the Syfy pilot X": a pilot is a series' first episode, its title the series'.
    found = entities_of("Dana Vale has joined the cast of Syfy's upcoming pilot Dominion.")
    assert found["Dominion"].type == "Series"


def test_a_pilot_episode_names_no_title(entities_of):
    # The twin: "pilot" before a lower-case word is no slot.
    assert set(entities_of("The pilot episode was shot in Dublin by Dana Vale.")) == {"Dublin", "Dana Vale"}

# audit3: trade copy's bare work noun opening a sentence ("Pic was produced by") refers to the
# work named before; it is no title of its own.
def test_a_sentence_opening_pic_is_the_work_named_before(facts_of, entities_of):
    text = ("Harbour Films has acquired North American rights to Salt Road. "
            "Pic was produced by Dana Vale and executive produced by Tom Reed.")
    assert "Pic" not in works(entities_of(text))
    facts = facts_of(text)
    assert {f for f in facts if f[1] in ("producer", "executiveProducer")} == {
        ("Salt Road", "producer", "Dana Vale"), ("Salt Road", "executiveProducer", "Tom Reed")}


def test_a_title_opening_a_sentence_is_still_a_title(entities_of):
    # Negative twin: a name in the same slot is the work's title.
    assert works(entities_of("Glasshouse was produced by Dana Vale.")) == {"Glasshouse": "CreativeWork"}


# audit3: a name in s before a bare apostrophe is a possessive: the owner, not a title.
def test_a_bare_apostrophe_possessive_is_no_title(facts_of, entities_of):
    text = "Harbour Films has acquired the worldwide rights to Dana Gates’ “Salt Road.” The film stars Mia Lund."
    assert "Dana Gates’" not in works(entities_of(text))
    assert ("Salt Road", "starring", "Mia Lund") in facts_of(text)


def test_a_single_quoted_title_in_s_keeps_its_closing_quote(entities_of):
    # Negative twin: "‘Glass Towers’" closes a quote; the run is the title.
    assert "Glass Towers" in works(entities_of("Netflix ordered the series after the success of ‘Glass Towers’ last year."))

# --- types3: a full name before a parenthesis of people is a character or a figure and its cast ---

def test_a_full_name_before_its_actor_is_no_credit(entities_of):
    # "the story of Nora Vale (Dana Roe)": a synopsis names the figure, then the actor playing her.
    entities = entities_of("The drama tells the story of Nora Vale (Dana Roe) and Tom Hart (Peter Lowell).")
    assert works(entities) == {}
    assert {label for label, e in entities.items() if e.type == "Person"} >= {"Dana Roe", "Peter Lowell"}


def test_two_characters_and_their_two_actors_are_no_credits(entities_of):
    entities = entities_of("The comedy follows Ada and Mia Lord (Helen Marsh and Laura Kent) on a road trip.")
    assert works(entities) == {}
    assert entities["Helen Marsh"].type == "Person" and entities["Laura Kent"].type == "Person"


def test_a_person_named_title_in_a_credit_list_stays_a_credit(entities_of):
    # Negative twin: the other parentheses of the sentence hold credits, so this one does too.
    entities = entities_of("Dana Vale (Harbour Lights), Tom Roe (Lucy Garland) and Mia Lord (Salt Road) join the cast.")
    assert works(entities) == {"Harbour Lights": "CreativeWork", "Lucy Garland": "CreativeWork",
                               "Salt Road": "CreativeWork"}


def test_a_parenthesis_of_a_title_after_a_full_name_stays_a_credit(entities_of):
    # Negative twin: a parenthesis that is no personal name is a calling card.
    entities = entities_of("Dana Vale (Harbour Lights) will play Nora in the drama.")
    assert works(entities) == {"Harbour Lights": "CreativeWork"}


# --- types3: box-office comparisons name films ---

def test_a_release_running_ahead_of_others_names_films(entities_of):
    entities = entities_of("Overseas it is running 8% ahead of The Lost Harbour, 59% ahead of Salt Road "
                           "and 30% ahead of House of Vale.")
    assert works(entities) == {"The Lost Harbour": "Film", "Salt Road": "Film", "House of Vale": "Film"}


def test_the_opening_of_a_sum_names_a_film(entities_of):
    entities = entities_of("It fell 40% from a $17 million debut, against the $44 million opening of Copper Moon.")
    assert works(entities) == {"Copper Moon": "Film"}


def test_a_percentage_ahead_of_a_holiday_or_a_festival_names_no_film(entities_of):
    # Negative twin: the comparison's object is a date or an event, not a title.
    entities = entities_of("Admissions were 12% below Christmas levels and 5% ahead of Cannes.")
    assert works(entities) == {}


def test_a_title_made_for_a_person_ends_before_the_person(entities_of):
    # types3: "the feature Salt Road for Dana Vale": the director after "for" is no part of the title.
    entities = entities_of("He can also be seen in the independent feature Salt Road for Dana Vale.")
    assert works(entities) == {"Salt Road": "Film"}
    assert entities["Dana Vale"].type == "Person"


def test_a_title_with_for_and_no_person_keeps_its_words(entities_of):
    # Negative twin: "for" inside a title before a word that names no person stays in it.
    entities = entities_of("She will star in the feature Waiting for Summer next year.")
    assert works(entities) == {"Waiting for Summer": "Film"}


def test_an_adapted_title_is_found_after_adapting(entities_of):
    # "is adapting X", "has optioned X": the object of adapting or optioning is a work.
    assert "Low Tide" in works(entities_of("Harbour Films is adapting Low Tide into a limited series."))
    assert works(entities_of("Harbour Films has optioned Low Tide.")) == {"Low Tide": "CreativeWork"}
    # Negative twin: an author adapted for the stage is a person, no title.
    assert works(entities_of("She is adapting Jane Austen for the stage.")) == {}


@pytest.mark.parametrize("sentence", ["Sony will remake the 1987 film Dark Harbor with Dana Vale directing.",
                                      "The studio won the thriller Dark Harbor with Dana Vale attached to star."])
def test_a_title_ends_before_with_and_attached_talent(entities_of, sentence):
    # "with" and a full name that a participle goes on from names talent attached to the film.
    entities = entities_of(sentence)
    assert works(entities) == {"Dark Harbor": "Film"}
    assert entities["Dana Vale"].type == "Person"


def test_a_title_that_ends_with_its_hosts_name_keeps_it(entities_of):
    # Negative twin: a talk show named "... with <host>" ends with the name; nothing goes on from it.
    entities = entities_of("HBO renewed the talk show Late Night with Dana Vale.")
    assert works(entities) == {"Late Night with Dana Vale": "Series"}


def test_a_title_ends_before_with_and_a_list_of_people(entities_of):
    # "the comedy X with A, B and C": a list of people after "with" is the cast, no part of the title.
    entities = entities_of("Vale will next appear in the heist comedy Copper Hearts with Dana Vale, Tom Hale and Ana Ruiz.")
    assert works(entities) == {"Copper Hearts": "CreativeWork"}
    assert {entities[n].type for n in ("Dana Vale", "Tom Hale", "Ana Ruiz")} == {"Person"}


def test_a_person_after_with_is_no_title(entities_of):
    # Negative twin: one name after "with" and nothing going on; the name is never read as the title.
    entities = entities_of("She will star in the comedy Dinner with Dana Vale.")
    assert "Dana Vale" not in works(entities)
    assert entities["Dana Vale"].type == "Person"


@pytest.mark.parametrize("sentence", ["Neon acquired Salt Road at Sundance.",
                                      "Neon bought the North American rights to Salt Road out of Cannes."])
def test_what_is_bought_at_a_festival_is_a_film(entities_of, sentence):
    # Companies are not bought at festivals: the unknown name bought there is a film.
    assert entities_of(sentence)["Salt Road"].type == "Film"


@pytest.mark.parametrize("sentence", ["Neon signed Dana Vale at Sundance.", "Neon acquired Harbour Films at Sundance."])
def test_a_person_or_company_at_a_festival_stays_what_it_is(entities_of, sentence):
    # The twins: a given name, a company word.
    found = entities_of(sentence)
    assert found.get("Dana Vale", found.get("Harbour Films")).type in ("Person", "ProductionCompany")


def test_a_name_whose_relative_clause_airs_on_a_streamer_is_a_work(entities_of):
    # "X, which airs on Hulu": only a show airs on a service.
    assert entities_of("Salt Road, which airs on Hulu, was created by Dana Vale.")["Salt Road"].type in ("Series", "CreativeWork")


def test_a_relative_clause_after_a_makers_name_is_about_the_work_before(entities_of):
    # The twin: "the series from Tom Hale, which airs on Hulu": Tom Hale stays a person.
    assert entities_of("The series from Tom Hale, which airs on Hulu, was renewed.")["Tom Hale"].type == "Person"


def test_a_name_that_hails_from_a_company_is_a_work(entities_of):
    # A person hails from a place; a show "hails from" its makers.
    assert entities_of("Salt Road hails from Harbour Films, with Dana Vale executive producing.")["Salt Road"].type in ("CreativeWork", "Series", "Film")


def test_a_person_who_hails_from_a_company_stays_a_person(entities_of):
    # The twin: a name opening with a given name is a person (an executive "hails from" a studio).
    assert entities_of("Dana Vale hails from Harbour Films.")["Dana Vale"].type == "Person"


def test_a_title_the_ner_ran_its_owner_into_keeps_both(entities_of):
    # "Dana Vale's The Sacrament" as one NER person: the owner is a person, the run after "'s" the work.
    found = entities_of("Dana Vale\u2019s The Sacrament, starring Lee Park, was picked up by Magnolia Pictures.")
    assert found["Dana Vale"].type == "Person" and found["The Sacrament"].type in ("CreativeWork", "Film")


@pytest.mark.parametrize("sentence", ["Neon acquired Peter Webber\u2019s English-language epic \u201cEmperor\u201d.",
                                      "Neon acquired Peter Webber\u2019s Oscar-nominated drama \u201cEmperor\u201d."])
def test_a_hyphenated_adjective_after_a_possessive_is_no_title(entities_of, sentence):
    # "English-language", "Oscar-nominated": modifiers of the work, not its title.
    found = entities_of(sentence)
    assert "Emperor" in found and not {"English-language", "Oscar-nominated"} & set(found)


@pytest.mark.parametrize("sentence", ["Tia Westmore\u2019s The Sacrament, starring Lee Park, was picked up by Magnolia Pictures.",
                                      "Harbour Films\u2019 The Ice Road has wrapped."])
def test_the_and_a_capitalised_run_after_a_possessive_is_a_title(entities_of, sentence):
    found = entities_of(sentence)
    assert {"The Sacrament", "The Ice Road"} & set(found)
    assert all(found[t].type in ("CreativeWork", "Film", "Series") for t in {"The Sacrament", "The Ice Road"} & set(found))


def test_a_company_after_a_possessive_the_is_no_title(entities_of):
    # The twin: a company word in the run ("The Film Company") names no work.
    found = entities_of("Sony\u2019s The Film Company will co-produce the series.")
    assert not any(e.type in ("CreativeWork", "Film", "Series") for e in found.values())

def test_on_after_a_persons_full_name_ends_the_name(entities_of, facts_of):
    # "alongside Tom Reyes on Salt Road": the person and the work are two names.
    text = "Amy Price will executive produce alongside Tom Reyes on Salt Road, the drama."
    entities = entities_of(text)
    assert works(entities) == {"Salt Road": entities["Salt Road"].type}
    assert entities["Tom Reyes"].type == "Person"
    assert ("Salt Road", "executiveProducer", "Amy Price") in facts_of(text)


def test_a_title_with_on_and_no_person_keeps_its_words(entities_of):
    # Negative twin: "on" inside a title whose first words name no person stays in it.
    entities = entities_of("She will star in Murder on Salt Road, the drama, next year.")
    assert "Murder on Salt Road" in works(entities)


def test_a_persons_initial_before_a_work_noun_is_no_title(facts_of, entities_of):
    # "the J. D. Salinger drama Salt Road": the initial opens the author's name; "the film" is Salt Road.
    text = "Harbour Films picked up rights to the J. D. Salinger drama Salt Road. The film was directed by Tom Reyes."
    assert set(works(entities_of(text))) == {"Salt Road"}
    assert ("Salt Road", "directedBy", "Tom Reyes") in facts_of(text)


def test_a_one_letter_title_without_a_name_after_it_stays(entities_of):
    # Negative twin: a one-letter title not followed by an initial's full stop and name.
    entities = entities_of("Harbour Films will release the horror film X in the spring, starring Dana Vale.")
    assert "X" in works(entities)


def test_an_audience_abbreviation_before_a_work_noun_is_no_title(facts_of):
    # "the YA series": YA (young adult) says whom the series is for, it is no title.
    text = "Netflix has renewed the drama Salt Road. Netflix has ordered another 10 episodes of the YA series."
    assert {f for f in facts_of(text) if f[1] == "produces"} == {("Netflix", "produces", "Salt Road")}

# titles4: a title opening the sentence, read from a verb only (or mostly) a work takes.
@pytest.mark.parametrize("text, title", [
    ("Salt Road stormed the box office this weekend with $40 million.", "Salt Road"),
    ("Weapons stormed the box office this weekend.", "Weapons"),
    ("Tidewater led the weekend box office with $12 million.", "Tidewater"),
    ("Glasshouse opened with $20 million in North America.", "Glasshouse"),
    ("SALT ROAD RISING led the weekend with $92 million.", "SALT ROAD RISING"),
])
def test_a_box_office_subject_is_a_film(entities_of, text, title):
    assert works(entities_of(text)) == {title: "Film"}


@pytest.mark.parametrize("text, title", [
    ("Salt Road has added three actors to its cast.", "Salt Road"),
    ("Salt Road has cast Dana Vale in the lead role.", "Salt Road"),
    ("Harbour Lights premieres on Netflix in March.", "Harbour Lights"),
])
def test_a_subject_that_casts_or_premieres_on_a_platform_is_a_title(entities_of, text, title):
    assert works(entities_of(text)) == {title: "CreativeWork"}


@pytest.mark.parametrize("text", [
    "Dana Vale has cast Tom Reed in her new film.",
    "Director Dana Vale has cast Tom Reed in her new film.",
    "Harbour Films has cast Tom Reed in its new film.",
    "Keel Media has added three shows to its slate.",
    "Marta Kessler added that the shoot had been long.",
    "Dana Vale premiered at Cannes with her debut.",
    "Dana Vale earned $2 million for the role.",
])
def test_a_person_or_company_that_casts_adds_or_earns_is_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


# titles4: a title the NER calls a company before "alum"/"star", and one with "and the" inside.
def test_a_phrase_title_before_alum_is_a_work_not_an_employer(facts_of, entities_of):
    text = "Call Me Later alum Dana Vale has joined the cast of Salt Road."
    assert works(entities_of(text)) == {"Call Me Later": "CreativeWork", "Salt Road": "CreativeWork"}
    assert ("Dana Vale", "employedBy", "Call Me Later") not in facts_of(text)


def test_a_company_before_alum_stays_a_company(facts_of, entities_of):
    text = "Keel Media alum Dana Vale has joined Harbour Films."
    entities = entities_of(text)
    assert works(entities) == {}
    assert entities["Keel Media"].type == "ProductionCompany"
    assert ("Dana Vale", "employedBy", "Keel Media") in facts_of(text)


def test_a_name_company_before_alum_is_no_title(entities_of):
    assert works(entities_of("Goldman Sachs alum Dana Vale has joined Keel Media as CFO.")) == {}


@pytest.mark.parametrize("text, title", [
    ("Dana Vale will star in Baker and the Beauty for Harbour Films.", "Baker and the Beauty"),
    ("Dana Vale has been cast in Baker and the Beauty.", "Baker and the Beauty"),
    ("Salt and the City alum Dana Vale has joined the cast.", "Salt and the City"),
])
def test_and_the_joins_one_title(entities_of, text, title):
    assert title in works(entities_of(text))


@pytest.mark.parametrize("text, titles", [
    ("Dana Vale has starred in Salt Road and The Office.", {"Salt Road", "The Office"}),
    ("Dana Vale stars in Salt Road and the BBC drama Tidewater.", {"Salt Road", "Tidewater"}),
    ("Dana Vale starred in Salt Road and the Keel Media film Tidewater.", {"Salt Road", "Tidewater"}),
])
def test_a_list_of_two_titles_stays_two(entities_of, text, titles):
    assert set(works(entities_of(text))) == titles


# titles4: chart places of box-office copy, and a sentence-opening title with an inner "by".
@pytest.mark.parametrize("text, title", [
    ("Salt Road opened in second place with $12 million.", "Salt Road"),
    ("Glasshouse rounded out the top five with $3 million.", "Glasshouse"),
])
def test_a_chart_place_subject_is_a_film(entities_of, text, title):
    assert works(entities_of(text)) == {title: "Film"}


def test_a_person_who_finishes_in_a_place_is_no_film(entities_of):
    assert works(entities_of("Dana Vale finished in second place at the festival.")) == {}


def test_a_sentence_opening_title_keeps_its_inner_by(entities_of):
    assert works(entities_of("Death by Lightning has added two more series regulars to its cast.")) == {
        "Death by Lightning": "CreativeWork"}


def test_a_participle_and_by_open_no_title(entities_of):
    entities = entities_of("Directed by Dana Vale, Salt Road premieres on Netflix in May.")
    assert works(entities) == {"Salt Road": "CreativeWork"}
    assert entities["Dana Vale"].type == "Person"


# titles4: a work noun, a comma and a title that ends the sentence.
def test_a_title_after_a_work_noun_and_a_comma_ends_the_sentence(entities_of):
    entities = entities_of("Keel Media also scrapped its original comedy series, Salt Road.")
    assert works(entities) == {"Salt Road": "Series"}


@pytest.mark.parametrize("text", [
    "In the series, Dana Vale plays a cop.",
    "It is a fine film, Vale said.",
])
def test_a_name_after_a_work_noun_and_a_comma_is_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


def test_a_known_place_after_a_work_noun_and_a_comma_is_no_new_title(entities_of):
    assert "Lisbon" not in works(entities_of("Keel Media also scrapped its comedy series, Lisbon."))


@pytest.mark.parametrize("text, title", [
    ("Salt Road held on to its #1 spot with $9 million.", "Salt Road"),
    ("Glasshouse debuted at No. 1 with $30 million.", "Glasshouse"),
])
def test_a_chart_number_subject_is_a_film(entities_of, text, title):
    assert works(entities_of(text)) == {title: "Film"}


def test_a_singer_who_debuts_at_number_one_is_no_film(entities_of):
    assert works(entities_of("Dana Vale debuted at No. 1 on the album chart.")) == {}


def test_a_person_released_is_no_title(entities_of):
    # "the release of X" names a work, but a person may be released too.
    assert entities_of("The release of Dana Vale from hospital was welcomed.")["Dana Vale"].type == "Person"


# --- titles5: a television role "on" a show, "X season N", initials before "star"/"alum", a
# sentence's opening conjunction ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Dana Vale will be a series regular on Tidewater, the drama.", {"Tidewater": "CreativeWork"}),
    ("Tom Reed has a recurring role on Salt Road.", {"Salt Road": "CreativeWork"}),
    ("Dana Vale guest-starred on Harbour Lights and Nine Rivers.", {"Harbour Lights": "CreativeWork", "Nine Rivers": "CreativeWork"}),
])
def test_the_show_a_television_role_is_on_is_a_title(entities_of, text, expected):
    assert works(entities_of(text)) == expected


@pytest.mark.parametrize("text", [
    # a known stage, a known broadcaster and a date after the same phrases
    "Dana Vale had a starring role on Broadway last year.",
    "Dana Vale guest starred on BBC One in the spring.",
    "Tom Reed takes the role on Monday, the studio said.",
])
def test_a_place_a_channel_or_a_date_after_role_on_is_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


@pytest.mark.parametrize("text, expected", [
    ("Marlowe season 3 is adding two new faces, the network said.", {"Marlowe": "Series"}),
    ("Filming on The Glass Orchard season two wraps in May.", {"The Glass Orchard": "Series"}),
])
def test_a_run_before_a_season_number_is_a_series(entities_of, text, expected):
    assert works(entities_of(text)) == expected


@pytest.mark.parametrize("text", [
    # a sentence-opening preposition or determiner, a year, and "series N" opening a title
    "In season 2, Dana Vale joins the cast.",
    "This season 2 finale was watched widely.",
    "The 2024 season was strong for the studio.",
])
def test_no_title_before_a_season_number_without_a_name(entities_of, text):
    assert works(entities_of(text)) == {}


@pytest.mark.parametrize("text, title", [
    ("CSI star Dana Vale has been cast in the thriller.", "CSI"),
    ("The thriller was cast last week. NCIS alum Tom Reed joins Dana Vale.", "NCIS"),
])
def test_a_shows_initials_before_a_role_noun_are_a_title(entities_of, text, title):
    assert title in works(entities_of(text))


@pytest.mark.parametrize("text", [
    "The film stars NBA star Tom Reed.",
    "WWE star Dana Vale joins the cast.",
    "BBC star Dana Vale joins the cast.",
])
def test_a_leagues_or_a_known_companys_initials_before_star_are_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


def test_a_sentence_opening_conjunction_is_no_part_of_a_title(entities_of):
    assert works(entities_of("Deadline reported the deal. And Moonfall's Dana Vale will play the lead.")) == {"Moonfall": "CreativeWork"}


def test_a_conjunction_inside_a_title_stays(entities_of):
    assert works(entities_of("Dana Vale stars in Salt And Pepper, the comedy.")) == {"Salt And Pepper": "CreativeWork"}


def test_a_sentence_opening_preposition_is_no_part_of_a_role_slot_title(entities_of):
    assert set(works(entities_of("From Glasshouse creator Dana Vale, the show stars Tom Reed."))) == {"Glasshouse"}


def test_a_preposition_inside_a_role_slot_title_stays(entities_of):
    assert "Letters from Harbour Lane" in works(entities_of("Letters from Harbour Lane star Dana Vale joins the cast."))


def test_a_number_after_from_ends_a_title(entities_of):
    entities = entities_of("The network has extended the order for its drama series Salt Road from 13 episodes.")
    assert works(entities) == {"Salt Road": "Series"}


def test_a_count_joined_by_a_hyphen_is_no_title(entities_of):
    entities = entities_of("The streamer handed out a 10-episode, straight-to-series order for Glasshouse.")
    assert "10-episode" not in works(entities)


@pytest.mark.parametrize("text, expected", [
    ("Awards went to Hoard, directed by Dana Vale; and Low Tide, written and directed by Tom Reed.",
     {"Hoard": "CreativeWork", "Low Tide": "CreativeWork"}),
    ("Principal photography is underway for A Quiet Winter, written and directed by Dana Vale.",
     {"A Quiet Winter": "CreativeWork"}),
    ("The slate includes Glasshouse, produced by Tom Reed.", {"Glasshouse": "CreativeWork"}),
])
def test_a_line_up_item_before_a_credit_participle_is_a_title(entities_of, text, expected):
    assert works(entities_of(text)) == expected


@pytest.mark.parametrize("text", [
    # a company, a person named with a given name, and a name inside a sentence with no list opener
    "The awards went to Harbour Films, produced by Tom Reed.",
    "The awards went to Tom Reed, directed by Dana Vale.",
    "She spoke with Glasshouse, directed by Dana Vale.",
])
def test_no_line_up_title_before_a_participle_without_a_work(entities_of, text):
    assert works(entities_of(text)) == {}


# A title run never reaches back over a line break: a headline's last name ends its line.
def test_a_title_subject_never_runs_over_a_line_break(entities_of):
    entities = entities_of("Harbour Thriller Picked Up by Lumen, Netflix\n\nMovie will premiere in the festival's competition.\n"
                           "The film stars Dana Vale.")
    assert not any("\n" in label for label in entities)
    assert entities["Netflix"].type == "StreamingService"


def test_a_title_subject_on_its_own_line_is_still_a_title(entities_of):
    # (negative twin: on one line the subject of "premieres" is the work's title)
    entities = entities_of("Harbour Thriller Picked Up by Lumen\n\nSalt Road premieres in the festival's competition.")
    assert works(entities) == {"Salt Road": "CreativeWork"}


# "Industry veteran Jane Roe": a sector word before a role noun says where she worked, no title.
def test_a_sector_word_before_veteran_is_no_title(entities_of):
    entities = entities_of("Dana Vale to Head Drama for Lumen\n\nIndustry veteran Dana Vale has been hired by Lumen as its head of drama.")
    assert works(entities) == {}
    assert entities["Dana Vale"].type == "Person"


def test_a_title_before_veteran_is_a_title(entities_of):
    # (negative twin: a capitalised name before the role noun is the credit)
    entities = entities_of("The Long Harbour veteran Dana Vale has been hired by Lumen as its head of drama.")
    assert works(entities) == {"The Long Harbour": "CreativeWork"}


# "Denmark's Ost Nord": a country's possessive names its company, no person's work.
def test_a_countrys_possessive_names_a_company(entities_of):
    entities = entities_of("In further new deals, Austria’s Haus Am Fluss, a buyer of “Salt Road,” has acquired Austrian rights.")
    assert works(entities) == {"Salt Road": "CreativeWork"}
    assert entities["Austria"].type == "Country"
    assert entities["Haus Am Fluss"].type == "Distributor"


def test_picture_and_epic_are_work_nouns_before_a_title(entities_of):
    entities = entities_of("The animated picture The Lantern Keeper screened in Busan, and the war epic Iron Meadow opened in Seoul.")
    assert works(entities) == {"The Lantern Keeper": "Film", "Iron Meadow": "CreativeWork"}


def test_a_company_after_the_noun_picture_is_no_title(entities_of):
    entities = entities_of("The picture Kestrel Pictures released last year earned $40 million.")
    assert works(entities) == {}
    assert entities["Kestrel Pictures"].type == "ProductionCompany"


def test_a_one_word_title_holds_a_possessive_after_a_genre_noun(entities_of):
    entities = entities_of("The medical drama Marlow's Anatomy has been renewed by ABC.")
    assert works(entities) == {"Marlow's Anatomy": "Series"}
    assert "Marlow" not in entities


def test_a_companys_possessive_before_a_title_is_still_cut_off(entities_of):
    entities = entities_of("HBO's Tidewater premieres in June with six episodes.")
    assert works(entities) == {"Tidewater": "Series"}
    assert entities["HBO"].type == "Broadcaster"


def test_a_singular_work_noun_keeps_a_title_joined_by_and(entities_of):
    entities = entities_of("The series Salt and Ember premieres on BBC One in March.")
    assert works(entities) == {"Salt and Ember": "Series"}
    entities = entities_of("The new film comes from Jules Marceau, whose last film Rust and Bonewood won prizes.")
    assert works(entities) == {"Rust and Bonewood": "Film"}


def test_and_before_a_person_or_an_owner_ends_the_title(entities_of):
    entities = entities_of("The film Tidewater and Dana Vale's documentary Glasshouse screen on Friday.")
    assert works(entities) == {"Tidewater": "Film", "Glasshouse": "Film"}
    entities = entities_of("The drama Tidewater and Netflix's comedy Glasshouse lead the slate.")
    assert works(entities) == {"Tidewater": "CreativeWork", "Glasshouse": "CreativeWork"}


def test_a_surname_the_article_names_ends_a_title_before_and(entities_of):
    entities = entities_of("Dana Marlowe directed it. The film Glasshouse and Marlowe both screen in Venice.")
    assert works(entities) == {"Glasshouse": "Film"}
    assert entities["Dana Marlowe"].type == "Person"


def test_two_words_joined_by_and_before_a_singular_work_noun_are_one_title(entities_of):
    assert works(entities_of("Harbour Screen is producing the Salt and Ember series.")) == {"Salt and Ember": "Series"}
    entities = entities_of("Harbour Screen is producing the Salt and Ember films.")
    assert "Salt and Ember" not in entities


@pytest.mark.parametrize("sentence", ["Ana Ruiz's Cold Water won the top prize.",
                                      "The jury prize went to Ana Ruiz's Salt Road."])
def test_a_title_after_a_full_names_possessive_the_ner_missed(entities_of, sentence):
    # The small NER often misses the owner or runs it into the title; a full name that opens with
    # a frequent given name, then "'s" and a title run, is a person and their work.
    entities = entities_of(sentence)
    assert entities["Ana Ruiz"].type == "Person"
    assert len(works(entities)) == 1 and set(works(entities)) <= {"Cold Water", "Salt Road"}


@pytest.mark.parametrize("sentence", ["Ana Ruiz's Los Angeles home was sold.", "Tom Hale's Keel Media will produce."])
def test_a_place_or_a_company_after_a_full_names_possessive_is_no_title(entities_of, sentence):
    # Negative twins: a place a noun follows, a company word at the run's end.
    assert works(entities_of(sentence)) == {}


@pytest.mark.parametrize("sentence", ["Netflix's Red Notice sequel is shooting in Rome.",
                                      "Netflix's Red Notice was its most watched film."])
def test_a_title_after_a_platforms_possessive_before_sequel_or_taken_for_a_building(entities_of, sentence):
    # "X's T sequel": a sequel noun after the run does not make T a modifier; the NER's
    # facility guess for an unknown name after a platform is no evidence against a title.
    assert works(entities_of(sentence)) == {"Red Notice": "CreativeWork"}


def test_a_run_before_another_noun_after_a_platforms_possessive_is_no_title(entities_of):
    # Negative twin: "Netflix's Toronto hub": the run modifies a noun that is no work.
    assert works(entities_of("Netflix's Toronto hub opened in May.")) == {}


# --- what the name does: box office and seasons -------------------------------------------------

@pytest.mark.parametrize("text, label, cls", [
    ("Glass Orchard grossed $40 million worldwide.", "Glass Orchard", "Film"),
    ("Glass Orchard opened to $12 million at the domestic box office.", "Glass Orchard", "Film"),
    ("Glass Orchard, which earned $9 million in its opening weekend, stars Dana Vale.", "Glass Orchard", "Film"),
    ("Glass Orchard ran for three seasons on HBO.", "Glass Orchard", "Series"),
    ("Glass Orchard, which ran for five seasons, ended in 2019.", "Glass Orchard", "Series"),
    ("Glass Orchard was canceled after two seasons.", "Glass Orchard", "Series"),
    ("Dana Vale starred in all four seasons of Glass Orchard.", "Glass Orchard", "Series"),
])
def test_a_name_that_takes_box_office_or_runs_for_seasons_is_a_work(entities_of, text, label, cls):
    # Only a film grosses money at the box office, only a series runs for seasons.
    assert works(entities_of(text)) == {label: cls}


@pytest.mark.parametrize("text", [
    "NBC has ordered the drama Night Shift. Drama stars Tom Reed and Ann Cole.",
    "NBC has ordered the drama Night Shift. Storyline revolves around a family in Ohio.",
])
def test_a_bare_work_noun_opening_a_clause_is_no_title(entities_of, text):
    # Trade copy's clipped style drops the article: "Drama stars A" describes the work named before.
    assert works(entities_of(text)) == {"Night Shift": "Series"}


def test_a_credits_capitalised_first_word_is_no_grossing_title(entities_of):
    # "Executive produced by A ..., the title grossed": the parser makes "Executive" the subject.
    assert works(entities_of("Executive produced by Jesse Vale and directed by Jeremy Work, the title grossed $22,000.")) == {}


@pytest.mark.parametrize("text, label, cls", [
    # only a film plays in cinemas
    ("Glass Orchard opened in theaters last Friday.", "Glass Orchard", "Film"),
    ("Glass Orchard will hit UK cinemas in May.", "Glass Orchard", "Film"),
    # the noun a relative clause hangs on is the object of its verb of making or ordering
    ("Glass Orchard, which Fenwick Pictures released last year, stars Dana Vale.", "Glass Orchard", "CreativeWork"),
    ("Glass Orchard, which Streamly renewed last week, stars Dana Vale.", "Glass Orchard", "Series"),
])
def test_a_name_released_in_cinemas_or_made_in_a_relative_clause_is_a_work(entities_of, text, label, cls):
    assert works(entities_of(text)) == {label: cls}


def test_a_run_after_an_owners_year_is_a_work(entities_of):
    # "her 2014 X": an owner dates only a work of hers by a bare year
    assert works(entities_of("Tom Hale starred in her 2014 Glass Orchard.")) == {"Glass Orchard": "CreativeWork"}


@pytest.mark.parametrize("text", [
    "She thanked the jury for her 2019 Oscar.",
    "He spoke about his 2014 Emmy nomination.",
    "Their 2019 Netflix deal ended in May.",
])
def test_an_award_or_a_modifier_after_an_owners_year_is_no_work(entities_of, text):
    # twins: an award's name, and a run a following noun governs, name no work
    assert not works(entities_of(text))


@pytest.mark.parametrize("text", [
    "Kestrel Cinemas opened new cinemas in Ohio.",
    "Harbour Films, which Streamly acquired last year, is based in Austin.",
    "Harbour Films, which Dana Vale founded, is based in Austin.",
])
def test_a_chain_opening_cinemas_or_a_company_in_a_relative_clause_is_no_work(entities_of, text):
    # Twins: a chain opens cinemas (object, no "in"); a company is acquired or founded, not released
    assert not works(entities_of(text))


@pytest.mark.parametrize("text", [
    "Dana Vale earned $2 million for the role.",
    "Tom Hale ran the company for three seasons.",
    "Glass Orchard raised $40 million from investors.",
])
def test_a_person_paid_or_running_a_company_is_no_work(entities_of, text):
    # Twins: a person earns a fee, runs a company for seasons; a company raises money.
    assert not works(entities_of(text))


@pytest.mark.parametrize("text", [
    "The Period Drama was renewed for a second season.",
    "Period Drama LANTERN Renewed for Season 3 On AMC",
])
def test_a_run_holding_a_genre_noun_is_no_performing_title(nlp, text):
    # Twins: "The Period Drama" is a description; in a title-case headline the genre words glue
    # onto the title and where it starts is unsure, so the run gives nothing.
    from mediakg.extract.mentions.titles import performance_titles
    assert [m.text for m in performance_titles(nlp(text))] == []


def test_an_including_list_after_another_plural_noun_names_no_titles(entities_of):
    # tv7 negative twin: "films in many countries, including X": the list is the countries'
    assert works(entities_of("Kim Doe has worked on films in many countries, including France and Spain.")) == {}


# adapt7: a form of address opening a title ("Dr. Death", "Mr. Lucky") is part of the title; a
# person's name keeps only the name.
def test_a_form_of_address_opening_a_title_stays_in_it(extraction_of):
    # sources32: "T, a series based on the novel by A" also splits off the novel, which bears T's title.
    found = extraction_of("Harbor Studios is developing Mr. Lucky, a series based on the novel by Jane Hollis.").entities
    assert sorted((e.label, e.type) for e in found if e.type in ("CreativeWork", "Film", "Series")) == [
        ("Mr. Lucky", "CreativeWork"), ("Mr. Lucky", "Series")]
    assert "Lucky" not in {e.label for e in found}


def test_a_form_of_address_before_a_person_stays_out_of_the_name(entities_of):
    found = entities_of("Dr. Alan Reyes joined Harbor Studios as chief scientist.")
    assert "Alan Reyes" in found and found["Alan Reyes"].type == "Person"
    assert "Dr. Alan Reyes" not in found


# adapt7: a hyphened adjective before a title ("the Strike-produced Dawn Patrol") describes the work.
def test_a_hyphened_adjective_before_a_title_is_no_part_of_it(entities_of):
    found = works(entities_of("The drama is a remake of the Falcon-produced Dawn Patrol."))
    assert "Dawn Patrol" in found and not any("Falcon" in label for label in found)


def test_a_capitalised_hyphened_title_keeps_its_words(entities_of):
    found = works(entities_of("The drama is a remake of the film Spider-Town Blues."))
    assert "Spider-Town Blues" in found


def test_a_production_companys_parenthesis_lists_its_titles(entities_of):
    # "Company (A, B)": trade copy credits a company by its titles as it credits people.
    entities = entities_of("Tom Hale and Ann Roe of Keel Media (Salt Flats, The Ferryman, Station 9) are producing.")
    assert works(entities) == {"Salt Flats": "CreativeWork", "The Ferryman": "CreativeWork", "Station 9": "CreativeWork"}


def test_a_companys_parenthesis_of_a_place_initials_or_a_person_lists_no_titles(entities_of):
    assert works(entities_of("Harbour Films Group (HFG) is producing the drama.")) == {}
    assert works(entities_of("The drama is produced by Tidewater Films (Mira Sol) and stars Ada Quill.")) == {}
    assert works(entities_of("Tidewater Films (Paris) is producing the drama.")) == {}


# deals8: a company's possessive with a unit noun names the unit, a company, right before or
# right after the noun (survey: 3 pages), however plain or person-like its name.
@pytest.mark.parametrize("sentence, unit, parent", [
    ("Gray Harbor will be released by Kestrel Media through Corvid Films' Pinebrook label.", "Pinebrook", "Corvid Films"),
    ("Frostline is the first production from Corvid Films' Infrared label.", "Infrared", "Corvid Films"),
    ("The deal was announced by the head of Halvorsen Media's production unit Red Kite.", "Red Kite", "Halvorsen Media"),
])
def test_a_possessive_unit_noun_names_a_company(entities_of, facts_of, sentence, unit, parent):
    assert entities_of(sentence)[unit].type == "Organization"
    assert (unit, "subsidiaryOf", parent) in facts_of(sentence)


@pytest.mark.parametrize("sentence, not_a_name", [
    ("Harbor Lane Media's Television division has a new chief.", "Television"),  # a department
    ("Netflix's Spanish arm bought the film.", "Spanish"),  # a nationality
    ("Corvid Films' new label will launch in May.", "new label"),
])
def test_a_possessive_unit_noun_negative_twins(entities_of, sentence, not_a_name):
    assert not_a_name not in entities_of(sentence)


# deals9: what a company buys after a person's possessive is that person's work, even when the
# NER reads the run as a person or an event (survey: 8 pages).
@pytest.mark.parametrize("sentence, title", [
    ("Corvid Films picked up Tomas Vidal's Quiet Meadow last August.", "Quiet Meadow"),
    ("Corvid Films picked up Tomas Vidal's Cold War last August.", "Cold War"),
    ("Corvid Films picked up Best Director Prize winner Tomas Vidal's Quiet Meadow last August.", "Quiet Meadow"),
])
def test_a_bought_run_after_a_persons_possessive_is_a_work(entities_of, facts_of, sentence, title):
    assert works(entities_of(sentence)) == {title: "CreativeWork"}
    assert ("Corvid Films", "acquires", title) in facts_of(sentence)


def test_a_persons_run_after_a_possessive_outside_a_purchase_stays_a_person(entities_of, facts_of):
    # Negative twin: no buying verb, so the NER's person stands and no company gets the run.
    sentence = "Corvid Films praised Tomas Vidal's Quiet Meadow last August."
    assert works(entities_of(sentence)) == {}
    assert not any(p == "acquires" for _, p, _ in facts_of(sentence))


def test_rights_to_a_country_are_a_territorys_not_a_work(entities_of, facts_of):
    text = "Velmora Film has picked up rights to the Czech Republic and Slovakia."
    entities = entities_of(text)
    assert entities["Czech Republic"].type == "Country"
    assert not any(p == "acquires" for _, p, _ in facts_of(text))


def test_rights_to_a_work_still_name_the_work(entities_of, facts_of):
    text = "Velmora Film has picked up rights to Salt Road and Copper Vale."
    assert {("Velmora Film", "acquires", "Salt Road"), ("Velmora Film", "acquires", "Copper Vale")} <= facts_of(text)


@pytest.mark.parametrize("sentence, expected", [
    ("Kestrel Sales is selling Copperline by Danish director Mara Quillby at the market.", {"Copperline": "Film"}),
    ("The line-up also holds Salt Road by Norway's Tomas Ekberg and two documentaries.", {"Salt Road": "CreativeWork"}),
    ("Neon acquired The Low Meadow by Dana Vale for the UK.", {"The Low Meadow": "CreativeWork"}),
])
def test_a_run_before_by_and_a_makers_name_is_a_work(entities_of, sentence, expected):
    # "T by [nationality] director P": the byline of a sales report or a line-up
    entities = entities_of(sentence)
    assert works(entities) == expected
    assert all(entities[name].type == "Person" for name in ("Mara Quillby", "Tomas Ekberg", "Dana Vale") if name in entities)


@pytest.mark.parametrize("sentence", [
    "Photos by Dana Vale.",                                            # a byline opening its line
    "Ana Ruiz was named Executive Producer by Tom Hale.",             # a job, not a work
    "The drama was shot in Glasgow by Tom Hale.",                     # a place
    "The series is adapted from Salt Meadow by Tomas Ekberg.",         # a source work after a preposition
    "The rights were sold to Harbour Films by Tom Hale last year.",   # a company
    "A portrait of Dana Vale by Tom Hale hangs in the lobby.",        # a person
])
def test_a_run_before_by_and_a_name_that_is_no_work(entities_of, sentence):
    assert works(entities_of(sentence)) == {}


def test_a_run_before_working_title_is_a_work(entities_of):
    entities = entities_of("The slate adds Fenwick Hollow (working title), a six-part drama for the channel.")
    assert works(entities) == {"Fenwick Hollow": "CreativeWork"}


def test_a_company_named_working_title_is_no_work(entities_of):
    entities = entities_of("Dana Vale of Working Title Films will produce the remake.")
    assert works(entities) == {}


def test_a_byline_run_after_a_lower_case_article_is_no_title_of_its_own(entities_of):
    # "Racer and the Jailbird by A": the run after "the" is the tail of a longer title
    entities = entities_of("The slate holds the Glass Orchard by Danish director Mara Quillby.")
    assert "Glass Orchard" not in works(entities)


@pytest.mark.parametrize("sentence, title", [
    ("Harbour Films will release the adaptation Copper Sky on October 23, 2026.", "Copper Sky"),
    ("Vertex is moving up its horror feature Tidewater from April 23 to April 30.", "Tidewater"),
    ("The second season of the drama Low Harbor will debut on Sept. 4.", "Low Harbor"),
])
def test_a_date_after_a_title_is_no_part_of_it(entities_of, sentence, title):
    # "X on October 23", "X from April 23 to April 30": a month with its day after the
    # preposition is a date, so the title ends before the preposition.
    assert title in works(entities_of(sentence))
    assert not any(" on " in w or " from " in w for w in works(entities_of(sentence)))


def test_a_title_ending_in_a_preposition_and_a_capitalised_word_keeps_it(entities_of):
    # Twin: "on" before a capitalised word that is no date stays inside the title.
    assert works(entities_of("Harbour Films will release the comedy Trouble on Maple Street next year.")) == {
        "Trouble on Maple Street": "CreativeWork"}


@pytest.mark.parametrize("sentence, title", [
    ("Harbour Films has dated Tin Lantern for Aug. 16, 2026.", "Tin Lantern"),
    ("Harbour Films moved Walking With Wolves from Oct. 3, 2026, to Dec. 5, 2026.", "Walking With Wolves"),
    ("Harbour Films is pushing back the release of Cold Meridian to 2027.", "Cold Meridian"),
])
def test_the_object_a_studio_puts_on_a_date_is_a_title(entities_of, sentence, title):
    # What a verb of scheduling moves to a date is a work, whatever the NER guessed.
    assert works(entities_of(sentence)) == {title: "CreativeWork"}


def test_a_person_moved_to_a_place_is_no_title(entities_of):
    # Twin: no date follows the run, and the run opens with a given name.
    entities = entities_of("Harbour Films moved Dana Vale to its London office in May.")
    assert works(entities) == {}


@pytest.mark.parametrize("sentence, title", [
    ("Cold Meridian will open June 9.", "Cold Meridian"),
    ("Harbour Films' Cold Meridian will now open on Friday, March 6.", "Cold Meridian"),
    ("Cold Meridian has moved from March 3 to May 5.", "Cold Meridian"),
])
def test_the_subject_of_a_release_verb_dated_by_month_and_day_is_a_title(entities_of, sentence, title):
    # Only a work opens, premieres or moves on a month and day; the owner is no part of it.
    assert works(entities_of(sentence)) == {title: "CreativeWork"}


@pytest.mark.parametrize("sentence", [
    "Dana Vale returns on March 4 as host of the awards.",       # a person, given name first
    "Harbour Films will open on May 5 a new office in Leeds.",   # a company
])
def test_a_person_or_company_that_returns_or_opens_on_a_date_is_no_title(entities_of, sentence):
    assert works(entities_of(sentence)) == {}


# titles33: "for <country or region>" after a bought or sold title is the territory of the deal,
# and "to <company>" the buyer: neither is part of the title (the NER often runs them into it).
@pytest.mark.parametrize("text, title", [
    ("Arrowhead Films acquired the thriller Stonecutter for North America.", "Stonecutter"),
    ("Arrowhead Films acquired the thriller Stonecutter for the UK.", "Stonecutter"),
    ("Arrowhead Films acquired Dana Vale's Stonecutter for France.", "Stonecutter"),
    ("Arrowhead Films acquired Golden Lion winner The Long Field for France.", "The Long Field"),
    ("Kestrel Media sold the thriller Stonecutter to Arrowhead Films for France.", "Stonecutter"),
])
def test_a_deals_territory_and_buyer_are_no_part_of_the_title(entities_of, text, title):
    entities = entities_of(text)
    assert set(works(entities)) == {title}
    assert all(entities[name].type not in ("CreativeWork", "Film", "Series")
               for name in ("Arrowhead Films", "UK", "France") if name in entities)


@pytest.mark.parametrize("text, title", [
    # the negative twins: "for" or "in" before a word that is no territory belongs to the title
    ("Arrowhead Films acquired the comedy Waiting for Harbour.", "Waiting for Harbour"),
    ("Arrowhead Films acquired the comedy Midnight in Paris.", "Midnight in Paris"),
])
def test_a_title_keeps_a_preposition_before_a_word_that_is_no_territory(entities_of, text, title):
    assert set(works(entities_of(text))) == {title}


# bounds33: a full name and "in" after "opposite", "alongside" or "reunites ... with" name the
# cast member and the work; an event after "at" is where a title was bought or shown. Neither
# is part of the title, though both may be run into it.
def test_a_partner_and_in_before_an_apposition_are_no_part_of_the_title(entities_of, facts_of):
    text = "Mara Quill is set to star opposite Devon Hale in Silent Harbor, the thriller from Bluefin Pictures."
    entities = entities_of(text)
    assert works(entities) == {"Silent Harbor": "CreativeWork"}
    assert entities["Mara Quill"].type == "Person" and entities["Devon Hale"].type == "Person"
    facts = facts_of(text)
    assert {("Silent Harbor", "starring", "Mara Quill"), ("Bluefin Pictures", "produces", "Silent Harbor")} <= facts
    assert not any("Devon Hale in" in s or "Devon Hale in" in o for s, _, o in facts)


def test_reunites_a_person_with_a_partner_in_a_work(entities_of):
    entities = entities_of("The film reunites Mara Quill with Devon Hale in Silent Harbor.")
    assert works(entities) == {"Silent Harbor": "CreativeWork"}
    assert entities["Devon Hale"].type == "Person"


@pytest.mark.parametrize("text", [
    "The festival reunites Mara Quill with Devon Hale in Paris.",     # a known place
    "Mara Quill had dinner with Devon Hale in Silent Harbor.",       # no reunion: "with" alone is no cast slot
])
def test_with_a_person_in_a_place_is_no_title(entities_of, text):
    assert works(entities_of(text)) == {}


def test_a_festival_after_at_ends_the_title(entities_of, facts_of):
    text = "Arrowhead Films picked up UK rights to the thriller Stonecutter at Cannes."
    entities = entities_of(text)
    assert works(entities) == {"Stonecutter": "Film"}
    assert entities["Cannes Film Festival"].type == "Event"
    assert ("Arrowhead Films", "acquires", "Stonecutter") in facts_of(text)


def test_a_festival_named_by_its_host_city_after_at_ends_the_title(entities_of):
    # "bought the drama Stonecutter at Toronto": trade copy names the festival by its city.
    entities = entities_of("Arrowhead Films bought the drama Stonecutter at Toronto.")
    assert set(works(entities)) == {"Stonecutter"}
    assert entities["Toronto"].type == "City"


@pytest.mark.parametrize("text, title", [
    # the negative twins: "in" or "at" inside a title, before no person and no event, stays
    ("Mara Quill will star in Alice in Wonderland, the fantasy from Bluefin Pictures.", "Alice in Wonderland"),
    ("The comedy reunites Mara Quill with Devon Hale in Midnight in Paris.", "Midnight in Paris"),
    ("Arrowhead Films acquired the comedy Death at a Funeral.", "Death at a Funeral"),
    ("Devon Hale directed the comedy Death at a Funeral.", "Death at a Funeral"),
])
def test_a_title_keeps_in_or_at_before_no_person_or_event(entities_of, text, title):
    assert set(works(entities_of(text))) == {title}


def test_a_person_named_alone_opposite_a_star_is_no_title(entities_of):
    entities = entities_of("Mara Quill stars opposite Devon Hale.")
    assert works(entities) == {}
    assert entities["Devon Hale"].type == "Person"


# A performer is "star" or "breakout" of a show: a run the NER guesses a company's before those
# nouns is the show, unless it names a platform, a scene or a league ("TikTok star").
@pytest.mark.parametrize("text", [
    "The four-part series, featuring Halvorsen star Dana Vale, focuses on crime.",
    "The four-part series, featuring Ravenscourt star Dana Vale, focuses on crime.",
    "The new comedy stars Ravenscourt breakout Dana Vale.",
])
def test_a_company_guess_before_star_or_breakout_is_the_show(entities_of, facts_of, text):
    show = "Halvorsen" if "Halvorsen" in text else "Ravenscourt"
    entities = entities_of(text)
    assert works(entities) == {show: "CreativeWork"}
    assert entities["Dana Vale"].type == "Person"
    assert (("Dana Vale", "knownFor", show)) in facts_of(text)


@pytest.mark.parametrize("text", [
    "The comedy will star TikTok star Dana Vale.",
    "The drama, featuring Chelsea star Dana Vale, follows two sisters.",
    "The film stars NBA star Tom Reed.",
])
def test_a_platform_or_club_before_star_is_no_show(entities_of, facts_of, text):
    assert works(entities_of(text)) == {}
    assert not any(p == "knownFor" for _, p, _ in facts_of(text))


# A medium before a plural work noun makes it the noun the tagger may read as a verb: "has
# produced TV shows A and B".
@pytest.mark.parametrize("text, expected", [
    ("Kestrel Media has produced TV shows Low Harbour and Salt Road.", {"Low Harbour": "Series", "Salt Road": "Series"}),
    ("Kestrel Media has produced television shows Low Harbour and Salt Road.", {"Low Harbour": "Series", "Salt Road": "Series"}),
    # After a preposition the determiner opens the object: "in the feature films A and B".
    ("Tom Brill appeared in the feature films Low Harbour and Salt Road last year.", {"Low Harbour": "Film", "Salt Road": "Film"}),
    # A gerund after the list says what the works did; it is no clause with the list as subject.
    ("He made two feature films Low Harbour and Salt Road premiering at Cannes.", {"Low Harbour": "Film", "Salt Road": "Film"}),
])
def test_a_medium_before_a_plural_work_noun_opens_a_title_list(entities_of, text, expected):
    assert works(entities_of(text)) == expected


def test_a_determiner_before_the_medium_makes_it_the_verbs_subject(entities_of):
    # Twin: "The TV shows A and B at home": "shows" is the verb, its objects are people.
    found = entities_of("The TV shows Dana Vale and Tom Brill at home.")
    assert not works(found)


# "W's X" in a list slot is one title when W names nothing else in the article, though the NER
# took W for a company ("the shows Harlan's Ridge, Low Harbour and Salt Road").
def test_a_one_word_possessive_title_in_a_list_stays_whole(entities_of):
    found = entities_of("Kestrel Media has produced the shows Harlan's Ridge, Low Harbour and Salt Road.")
    assert works(found) == {"Harlan's Ridge": "Series", "Low Harbour": "Series", "Salt Road": "Series"}


@pytest.mark.parametrize("text", [
    "Kestrel Media has produced the shows Hulu's Harbour, Low Harbour and Salt Road.",  # a streamer the gazetteer knows
    "Kestrel Media has produced the shows Vale's Harbour, Low Harbour and Salt Road. Vale directed both.",  # named on its own
])
def test_an_owner_is_cut_from_the_listed_title(entities_of, text):
    # Twins: an owner the gazetteer knows or the story names on its own is no word of the title.
    assert not any("'s" in title for title in works(entities_of(text)))


# --- "X is a C production", "X, a UK-Irish co-production,": only a work is a production ---------

@pytest.mark.parametrize("text", ["Night Train is a Lumen Pictures production.",
                                  "Night Train, a UK-Irish co-production, premiered in Berlin."])
def test_the_name_before_a_production_complement_is_a_work(entities_of, text):
    assert works(entities_of(text)) == {"Night Train": "CreativeWork"}


@pytest.mark.parametrize("text", ["Lumen Pictures is a production company based in Leeds.",
                                  "Ana Ruiz, a production designer, joined the crew.",
                                  "It is a Lumen Pictures production."])
def test_a_production_noun_that_heads_no_complement_names_no_work(entities_of, text):
    # Twins: "production" modifies another noun, or a pronoun is the subject.
    assert not works(entities_of(text))


# --- "X, which premiered in Berlin,": "which" is never said of a person -------------------------

@pytest.mark.parametrize("text", ["Salt Flats, which premiered in Berlin, stars Lily Hart.",
                                  "Salt Flats, which was directed by Nina Gray, opens in May."])
def test_a_name_with_a_which_clause_of_what_works_do_is_a_work(entities_of, text):
    entities = entities_of(text)
    assert entities["Salt Flats"].type in ("CreativeWork", "Film")


@pytest.mark.parametrize("text", ["Nina Gray, who directed Salt Flats, is back.",
                                  "Kestrel Voss, which produced Salt Flats, is growing."])
def test_a_who_clause_or_an_active_making_verb_names_no_work_before_it(entities_of, text):
    # Twins: "who" is said of a person; a company also produces.
    assert works(entities_of(text)) == {"Salt Flats": "CreativeWork"}


# --- "will star in X": the NER's facility guess for an unknown title is no better than its others ---

def test_the_object_of_star_in_is_a_work_even_when_the_ner_calls_it_a_facility(entities_of, facts_of):
    text = "Omar Diaz will star in Night Train."
    assert works(entities_of(text)) == {"Night Train": "CreativeWork"}
    assert ("Night Train", "starring", "Omar Diaz") in facts_of(text)


def test_a_venue_after_star_in_is_no_work(entities_of):
    # Twin: a venue word ends the run.
    assert not works(entities_of("Omar Diaz starred in the Rose Theatre revival."))


# --- "X marks the first project under ...": a project is made; its maker makes it ---------------

@pytest.mark.parametrize("text", ["Salt House marks the first project under the deal.",
                                  "Night Train is the latest film from Harbor Studios."])
def test_the_opener_of_a_first_or_latest_project_is_a_work(entities_of, text):
    label = text.split(" marks")[0].split(" is")[0]
    assert label in works(entities_of(text))


@pytest.mark.parametrize("text", ["Lumen Pictures marks its first project since the merger.",
                                  "Harbor Films is the latest company to sign with Netflix.",
                                  "Dana Vale marks her first project since 2019."])
def test_a_maker_opening_a_first_project_sentence_is_no_work(entities_of, text):
    # Twins: a company name, a possessive pronoun that makes the opener the maker, no project noun.
    assert not works(entities_of(text))


# --- "X returns to Apple TV+", "X will return for a second season": a show comes back ------------

@pytest.mark.parametrize("text, label", [("The Lantern returns to Apple TV+ on May 3.", "The Lantern"),
                                         ("Ironbridge will return for a second season on FX.", "Ironbridge"),
                                         ("Ironbridge moves to Netflix for its third season.", "Ironbridge")])
def test_a_name_returning_to_a_platform_or_for_a_season_is_a_series(entities_of, text, label):
    assert works(entities_of(text)) == {label: "Series"}


@pytest.mark.parametrize("text", ["Dana Vale returns to Netflix as head of drama.",
                                  "Tom Reyes will return for a second season.",
                                  "Lumen Pictures returns to Cannes with three films.",
                                  "Glasshouse returns to London next week."])
def test_a_person_company_or_trip_returning_is_no_series(entities_of, text):
    # Twins: people and companies return too; a city is no platform.
    assert not works(entities_of(text))


def test_a_pilot_for_names_a_series(entities_of, facts_of):
    text = "FX has ordered a pilot for Ironbridge, from writer Paul Lee."
    assert works(entities_of(text)) == {"Ironbridge": "Series"}
    assert ("FX", "produces", "Ironbridge") in facts_of(text)


@pytest.mark.parametrize("text, label", [("The producers of Ironbridge are Sam Holt and Jane Roe.", "Ironbridge"),
                                         ("Dana Vale joined the cast of Fleishman is in Trouble.", "Fleishman is in Trouble")])
def test_a_copula_before_a_full_name_ends_a_title_but_a_sentence_case_title_keeps_its_own(entities_of, text, label):
    # Twin: "Fleishman is in Trouble" holds "is" with no name after it.
    assert works(entities_of(text)) == {label: "CreativeWork"}


@pytest.mark.parametrize("text, label", [
    ("The thriller Ironbridge is from Sam Holt.", "Ironbridge"),
    ("The thriller Ironbridge is a Norwegian-Danish co-production.", "Ironbridge"),
])
def test_a_copula_after_a_genre_nouns_title_is_no_title_word(entities_of, text, label):
    # "the thriller X is ...": the copula and what follows it describe X.
    assert label in works(entities_of(text)) and not any(" is" in w for w in works(entities_of(text)))


# --- "Harbor Releasing has acquired Salt Flats": what a company buys or releases is a work -------

@pytest.mark.parametrize("text", ["Harbor Releasing has acquired Salt Flats.",
                                  "Harbor Releasing will release Salt Flats in May."])
def test_the_object_a_company_acquires_or_releases_is_a_work(entities_of, text):
    assert works(entities_of(text)) == {"Salt Flats": "CreativeWork"}


def test_the_person_a_company_hires_stays_a_person(entities_of):
    # Twin: people are hired, not bought.
    assert entities_of("Harbor Releasing has hired Kestrel Voss.")["Kestrel Voss"].type == "Person"


def test_a_seller_after_from_in_a_rights_sentence_ends_the_title(entities_of, facts_of):
    # "rights to X from Y": Y sold them, whatever place the NER took either name for.
    text = "Harbor Releasing acquired North American rights to Salt Flats from Rivet Sales."
    assert works(entities_of(text)) == {"Salt Flats": "CreativeWork"}
    assert ("Harbor Releasing", "acquires", "Salt Flats") in facts_of(text)
    assert not {f for f in facts_of(text) if f[2] == "Rivet Sales" and f[1] in ("acquires", "distributes")}


@pytest.mark.parametrize("text", ["Salt Flats will be released in the UK by Altitude.",
                                  "Salt Flats is co-produced by Lumen Pictures and Nordlys TV.",
                                  # a book's publication is its making
                                  "Salt Flats was published by Penguin in 2011."])
def test_the_subject_of_a_passive_verb_of_making_or_showing_is_a_work(entities_of, text):
    assert works(entities_of(text)) == {"Salt Flats": "CreativeWork"}


@pytest.mark.parametrize("text", ["Night Ferry is being written by Ann Bell.",
                                  "Night Ferry will be released in the UK by Orbit Pictures.",
                                  "Orbit Pictures has acquired Night Ferry."])
def test_a_sentence_opening_word_the_ner_left_out_is_the_titles_first(entities_of, text):
    # The small NER keeps only "Ferry" of a sentence-opening "Night Ferry" (a common word opens
    # it); the parse makes "Night" its compound, and the title holds both.
    found = works(entities_of(text))
    assert found == {"Night Ferry": "CreativeWork"}


def test_a_full_name_released_from_a_contract_stays_a_person(entities_of):
    # Twin: a given name opens the name.
    assert entities_of("Dana Vale was released from her contract.")["Dana Vale"].type == "Person"


def test_a_licensed_company_stays_no_work(entities_of):
    # Twin: companies are licensed and acquired too.
    assert works(entities_of("Harbour was licensed by the BBC.")) == {}


def test_a_published_author_stays_a_person(entities_of):
    # Twin: an author is published too; a given name opens the name.
    assert entities_of("Dana Vale was published in the New Yorker.")["Dana Vale"].type == "Person"


def test_international_sales_on_a_title(entities_of, facts_of):
    text = "The Match Factory handles international sales on Salt Flats."
    assert works(entities_of(text)) == {"Salt Flats": "CreativeWork"}
    # a sales agent sells the title to each territory's distributors: no distributes of its own
    assert ("The Match Factory", "distributes", "Salt Flats") not in facts_of(text)


@pytest.mark.parametrize("text", ["Lily Hart, who played Ruth in Glasshouse, will lead the cast.",
                                  "Lily Hart, who broke out in Glasshouse, will star.",
                                  "Lily Hart won an award for her performance in Glasshouse."])
def test_the_work_a_part_a_breakout_or_a_performance_is_in(entities_of, facts_of, text):
    assert works(entities_of(text)) == {"Glasshouse": "CreativeWork"}
    assert ("Lily Hart", "knownFor", "Glasshouse") in facts_of(text)


@pytest.mark.parametrize("text", ["Lily Hart broke out in Berlin last year.", "Lily Hart rose to fame in London."])
def test_a_place_one_broke_out_or_rose_to_fame_in_is_no_work(entities_of, text):
    assert not works(entities_of(text))


@pytest.mark.parametrize("text", ["Salt Flats hits Netflix on Friday.", "Salt Flats is available to stream on Hulu.",
                                  "Salt Flats is now streaming on Peacock.", "Netflix will launch Salt Flats globally on May 3.",
                                  "Apple TV+ will premiere Salt Flats on May 3."])
def test_a_show_a_platform_launches_or_that_lands_on_one_is_a_work(entities_of, text):
    assert works(entities_of(text)) == {"Salt Flats": "CreativeWork"}


@pytest.mark.parametrize("text", ["Kestrel Voss is a Netflix executive.", "Kestrel Voss joins Netflix as head of drama.",
                                  "Ana Ruiz will debut her new film at Cannes."])
def test_a_person_at_a_platform_or_debuting_a_film_stays_a_person(entities_of, text):
    # Twins: a copula with no word of showing, a hire, a maker with an object.
    assert not works(entities_of(text))


def test_the_subject_of_being_the_sequel_to_a_title_is_a_work(entities_of):
    assert works(entities_of("Night Train is the sequel to 2019's Salt Road.")) == {"Night Train": "CreativeWork", "Salt Road": "CreativeWork"}


def test_the_name_before_starrer_is_its_star_not_a_title(entities_of):
    entities = entities_of("It is his first feature since 2015's Ada Price starrer Silver Coast.")
    assert entities["Ada Price"].type == "Person"


@pytest.mark.parametrize("text", ["Harbor Network has renewed its Night Train reboot for a second season.",
                                  "Harbor Network has reupped its Night Train series."])
def test_a_title_between_a_possessive_determiner_and_a_work_noun(entities_of, facts_of, text):
    assert works(entities_of(text)) == {"Night Train": "Series"}
    assert ("Harbor Network", "produces", "Night Train") in facts_of(text)


def test_a_company_between_a_possessive_determiner_and_a_noun_stays_a_company(entities_of):
    assert entities_of("Netflix has expanded its Harbor Films deal.")["Harbor Films"].type == "ProductionCompany"


@pytest.mark.parametrize("text, label", [("Ironbridge's third season will premiere on Hulu.", "Ironbridge"),
                                         ("The Crown's final season premieres in November.", "The Crown")])
def test_the_owner_of_a_season_or_pilot_is_a_series(entities_of, text, label):
    assert works(entities_of(text)) == {label: "Series"}


@pytest.mark.parametrize("text", ["Netflix's first season of deals was a hit.", "Ana Ruiz's pilot was picked up."])
def test_a_company_or_person_owning_a_season_or_pilot_is_no_series(entities_of, text):
    assert not works(entities_of(text))


def test_names_joined_before_a_closing_possessive_in_a_rights_list_are_co_owners(entities_of):
    # "the rights to Lily Hart and Ana Cole's comic book X": both are the comic's authors.
    entities = entities_of("Harbor Pictures acquired the rights to Lily Hart and Ana Cole's comic book Night Train.")
    assert works(entities) == {"Night Train": "CreativeWork"}


def test_a_person_after_with_ends_a_title_in_a_rights_slot(entities_of):
    # "the rights to X with Lily Hart set to produce": the person is a partner, no word of X;
    # a title's own "with" stays ("Dinner with Friends").
    assert works(entities_of("Harbor Network has bought the rights to Night Train with Lily Hart set to produce.")) == {"Night Train": "Series"}
    assert works(entities_of("Dana Vale starred in Dinner with Friends.")) == {"Dinner with Friends": "CreativeWork"}


@pytest.mark.parametrize("text, label", [("Night Train, from writer/director Lily Hart (Cold Creek), is a music comedy.", "Night Train"),
                                         ("Also in competition is Paper Moon, from Tom Reyes.", "Paper Moon")])
def test_a_name_that_comes_from_a_person_is_a_work(entities_of, text, label):
    assert entities_of(text)[label].type in ("CreativeWork", "Film", "Series")


@pytest.mark.parametrize("text", ["Lily Hart, from London, joined the cast.", "Harbor Films, from producer Tom Reyes, is growing."])
def test_a_person_from_a_place_or_a_company_from_a_person_is_no_work(entities_of, text):
    assert not works(entities_of(text))


# --- runs a title slot holds that never name a work ---
def test_a_demonstrative_opening_a_project_sentence_is_no_title(entities_of, facts_of):
    text = ("This marks the first streaming series for Nora Bell under her deal with Fox. Co-created and "
            "written by Ana Ruiz and Tom Reyes, the comedy is about two sisters.")
    assert "This" not in entities_of(text)
    assert not {f for f in facts_of(text) if f[1] in ("writtenBy", "knownFor")}


def test_a_named_work_opening_a_project_sentence_is_still_a_title(entities_of):
    # Twin: the slot still reads a name.
    assert entities_of("Salt House marks the first streaming series for Nora Bell.")["Salt House"].type in ("CreativeWork", "Series")


@pytest.mark.parametrize("tag", ["6\u00d760\u2019", "8x30'", "3\u00d71-hour"])
def test_a_format_tag_in_parentheses_is_no_title(entities_of, facts_of, tag):
    text = f"Brighter ({tag}), written by Ana Ruiz, is produced by Gull Pictures for BBC1."
    assert not [label for label in entities_of(text) if label[0].isdigit()]
    assert ("Brighter", "writtenBy", "Ana Ruiz") in facts_of(text)


def test_a_place_owned_by_a_year_is_no_title(entities_of):
    assert "North London" not in {label for label, e in entities_of("The story is set in 1960\u2019s North London.").items()
                                  if e.type in ("CreativeWork", "Film", "Series")}


def test_the_buyer_a_work_is_sold_to_ends_its_title(entities_of):
    entities = entities_of("Paris-based Cinesud has sold the drama Cold Harbor to Lumo Film in Italy, Kinoplex in Germany and Rialto Films in France.")
    assert entities["Cold Harbor"].type in ("CreativeWork", "Film", "Series")
    assert not [label for label in entities if " to " in label or " in " in label]


def test_a_title_holding_to_is_whole_where_nothing_is_sold(entities_of):
    # Twin: with no verb of selling before it, "to" is a word of the title.
    assert "Welcome to Marwen" in entities_of("Harbor Films has acquired the comedy Welcome to Marwen.")


# --- a company named through its owner's possessive in a work's maker slot ---
@pytest.mark.parametrize("text", [
    "Netflix has ordered a docuseries from Jane Hill's Bluefin.",
    "Netflix has ordered a docuseries from Mark Hale\u2019s Bluefin.",
])
def test_a_name_owned_in_a_works_maker_slot_is_a_company(entities_of, text):
    assert entities_of(text)["Bluefin"].type in ("Organization", "ProductionCompany")


def test_a_source_owned_by_a_person_is_no_company(entities_of):
    # Twin: "adapted from P's X" names the source, never a company.
    entities = entities_of("The film is adapted from Jane Hill's memoir Bluefin.")
    assert entities.get("Bluefin") is None or entities["Bluefin"].type not in ("Organization", "ProductionCompany")


def test_the_subject_of_exec_produced_by_is_a_work(facts_of):
    assert facts_of("Salt Road is exec produced by Tom Vance and Kate Lowe.") == {
        ("Salt Road", "executiveProducer", "Tom Vance"), ("Salt Road", "executiveProducer", "Kate Lowe")}


@pytest.mark.parametrize("text", [
    "Kestrel Films has acquired North American rights to the thriller Cold Harbor from Paris-based sales agent Cinesud.",
    "Kestrel Films has bought the drama Cold Harbor from Harbor Films.",
])
def test_the_seller_a_work_is_bought_from_ends_its_title(entities_of, text):
    assert "Cold Harbor" in entities_of(text)


def test_a_list_the_cast_of_a_season_includes_names_people(facts_of, entities_of):
    text = "Netflix has ordered Harbour. The cast for season one of the series includes Ana Ruiz, Tom Vance and Kate Lowe."
    assert {label for label, e in entities_of(text).items() if e.type == "Person"} == {"Ana Ruiz", "Tom Vance", "Kate Lowe"}
    assert ("Harbour", "starring", "Tom Vance") in facts_of(text)


def test_a_list_a_company_of_a_season_includes_names_titles(entities_of):
    # Twin: the list noun is no cast.
    text = "Netflix has ordered Harbour. The hits of the streamer include Red Sky and Cold Feet."
    assert entities_of(text)["Red Sky"].type in ("CreativeWork", "Film", "Series")


def test_a_name_joined_to_a_possessive_owner_in_a_list_is_a_person(entities_of):
    text = "Projects include Dana Orr and Tom Vance\u2019s upcoming series based on the novel Red Harbour."
    assert entities_of(text)["Dana Orr"].type == "Person"


def test_a_company_and_a_nationality_before_a_work_noun_are_no_title(entities_of, facts_of):
    text = "Ryan Cho, who starred in Netflix Korean series Silver Gate, joins the cast."
    assert "Netflix Korean" not in entities_of(text)
    assert not {f for f in facts_of(text) if "Netflix Korean" in f}


@pytest.mark.parametrize("text", [
    "Nickelodeon on Monday greenlit two animated series, Pond Life and Grumble Gran, as part of its shorts program.",
    "Netflix has ordered two new dramas: Pond Life and Grumble Gran.",
])
def test_a_counted_plural_work_noun_lists_titles(entities_of, facts_of, text):
    entities = entities_of(text)
    assert entities["Pond Life"].type in ("Series", "CreativeWork") and entities["Grumble Gran"].type in ("Series", "CreativeWork")
    assert {f[2] for f in facts_of(text) if f[1] == "produces"} == {"Pond Life", "Grumble Gran"}


def test_a_counted_plural_company_noun_lists_no_titles(entities_of):
    # Twin: "two companies, A and B" lists companies.
    entities = entities_of("The two companies, Harbor Films and Lumo Pictures, will merge.")
    assert not [e for e in entities.values() if e.type in ("Series", "Film", "CreativeWork")]


@pytest.mark.parametrize("text, title", [
    ("Harbour (6\u00d760\u2019) is produced by Tidewater Films for BBC1.", "Harbour"),
    ("Bound (w/t) is a drama from Tidewater Films.", "Bound"),
])
def test_a_run_before_a_format_tag_or_working_title_is_a_work(entities_of, text, title):
    assert entities_of(text)[title].type in ("CreativeWork", "Series", "Film")


def test_a_person_before_a_parenthesis_is_no_work(entities_of):
    # Twin: a calling card in parentheses leaves the name a person.
    assert entities_of("Ana Ruiz (Cold Feet) is produced by nobody.")["Ana Ruiz"].type == "Person"


def test_a_star_before_a_genre_noun_in_a_credit_list_is_no_title(entities_of):
    text = ("Ryuhei Kitamura is known for movies including Godzilla: Final Wars, Bradley Cooper thriller "
            "The Midnight Meat Train, and Ruby Rose action movie Doorman.")
    entities = entities_of(text)
    assert entities["Bradley Cooper"].type == "Person"
    assert entities["The Midnight Meat Train"].type in ("CreativeWork", "Film")


def test_a_title_in_a_credit_list_stays_a_title(entities_of):
    # Twin: no genre noun after the item.
    assert entities_of("Ryuhei Kitamura is known for movies including Godzilla: Final Wars and Versus.")["Godzilla: Final Wars"].type in ("CreativeWork", "Film")


def test_a_full_name_after_from_ends_the_title_and_is_its_maker(entities_of, facts_of):
    text = "Hulu has ordered the comedy Moonpie from Ana Ruiz and Tom Vance."
    entities = entities_of(text)
    assert entities["Moonpie"].type in ("CreativeWork", "Series") and entities["Ana Ruiz"].type == "Person"
    assert ("Hulu", "produces", "Ana Ruiz") not in facts_of(text)


def test_a_person_from_a_show_keeps_the_show_as_the_title(facts_of):
    # Twin: "Tom Hale from Moonfall joins the cast of X": the cast join is X's.
    assert ("Salt Road", "starring", "Tom Hale") in facts_of("Tom Hale from Moonfall joins the cast of the drama Salt Road.")


def test_a_title_before_grad_and_a_name_is_the_persons_show(entities_of, facts_of):
    text = "The news comes after Hulu ordered the vampire drama Night Hunt, starring Gossip Girl grad Tom Vance."
    assert entities_of(text)["Gossip Girl"].type in ("CreativeWork", "Series", "Film")
    facts = facts_of(text)
    assert ("Night Hunt", "starring", "Gossip Girl") not in facts and ("Tom Vance", "knownFor", "Gossip Girl") in facts


def test_a_company_before_vet_and_a_name_stays_a_company(entities_of):
    # Twin: a company word ends the run, so the vet worked there.
    assert entities_of("The drama stars Harbor Films vet Tom Vance.")["Harbor Films"].type != "CreativeWork"


@pytest.mark.parametrize("text, title", [
    ("Glasswater follows a ferryman who returns to his island.", "Glasswater"),
    ("Salt Road follows two sisters who inherit a vineyard.", "Salt Road"),
    # after an opening source phrase, the comma closes the phrase, not a list of companies
    ("Based on Kiri Holm's novel, Salt Road follows the life of a ferryman.", "Salt Road"),
])
def test_the_subject_of_a_logline_is_a_title(entities_of, text, title):
    # "X follows a drifter who ...": a logline's subject is a work even where the NER guessed a person or a place.
    assert entities_of(text)[title].type in ("CreativeWork", "Film", "Series")


@pytest.mark.parametrize("text, person", [
    # Negative twins: a surname of a person named earlier is that person, and a frequent given
    # name opens a person's name.
    ("Harbour Films named Ana Ruiz president of film. Ruiz follows a string of executives who left this year.", "Ruiz"),
    ("Sarah Whitlock follows a long line of novelists who moved into television.", "Sarah Whitlock"),
])
def test_a_person_before_a_logline_verb_stays_a_person(entities_of, text, person):
    assert not works(entities_of(text))


def test_a_job_title_and_name_after_a_possessive_is_no_title(entities_of):
    # "Lynx's Creative Director Tessa Quill": the company's post and the one who holds it.
    entities = entities_of("The series was developed by Lynx's Creative Director Tessa Quill and executive produced by Dan Ives.")
    assert entities["Tessa Quill"].type == "Person" and not works(entities)


def test_a_title_after_a_possessive_may_open_with_a_job_word(entities_of):
    # Twin: no name follows the job word, so the run is a title.
    assert works(entities_of("The series is based on Dana Vale's Creative Minds, a memoir.")) == {"Creative Minds": "CreativeWork"}


@pytest.mark.parametrize("text", [
    "Hulu has renewed the comedy series Zany Town for a 10-episode second season.",
    "Hulu has ordered the comedy series Zany Town for a 6-part run.",
])
def test_a_count_after_a_small_word_ends_the_title(entities_of, text):
    assert works(entities_of(text)) == {"Zany Town": "Series"}


def test_a_number_in_a_title_after_a_small_word_stays(entities_of):
    # Twin: a number with no hyphened noun is part of the title.
    assert "Escape from Block 9" in works(entities_of("Hulu has ordered the comedy series Escape from Block 9."))


def test_a_season_of_a_title_from_its_makers(entities_of):
    # "a third season of X from Lark Media": the maker ends the title.
    entities = entities_of("Cartoon Network has ordered a third season of Moon Pals from Lark Media.")
    assert works(entities) == {"Moon Pals": "Series"} and "Lark Media" in entities


def test_a_series_of_a_companys_works_names_no_title(entities_of):
    # Twin: the run after "series of" is the company's name before a common noun.
    assert not works(entities_of("The BBC has ordered a new series of Harbour Films documentaries."))


def test_a_plus_sign_joins_the_words_of_a_title(entities_of):
    assert works(entities_of("The thriller Knots + Crosses is produced by Tallow Pictures.")) == {"Knots + Crosses": "CreativeWork"}


def test_a_plus_sign_joins_no_title_to_a_company(entities_of):
    # Twin: two companies joined by "+" are no title.
    assert not works(entities_of("Tallow Pictures + Harbour Films is a new venture."))


@pytest.mark.parametrize("text", ["Lark Films is filming a drama called The Salt Road.",
                                  "Lark Films is filming a new series, tentatively called The Salt Road, for River One."])
def test_a_work_noun_called_a_name_names_a_title(entities_of, text):
    assert works(entities_of(text)) == {"The Salt Road": "CreativeWork"}


def test_a_company_called_a_name_is_no_title(entities_of):
    # Twin: "a company called X" names a company.
    assert not works(entities_of("A company called Lark Films is filming in Leeds."))


def test_an_owners_possessive_before_a_title_with_an_article(entities_of):
    # "the reboot of Legendary's The Iron Tide": the owner is no part of the title.
    entities = entities_of("Rook next will be seen in the reboot of Legendary's The Iron Tide.")
    assert works(entities) == {"The Iron Tide": "CreativeWork"}


def test_a_title_with_its_own_possessive_keeps_it(entities_of):
    # Twin: no article after the possessive; the possessive is the title's own.
    assert "Grey's Anatomy" in works(entities_of("Rook next will be seen in the reboot of Grey's Anatomy."))


@pytest.mark.parametrize("text, titles", [
    ("Netflix has commissioned series such as France's Les Voisins, Brazil's Casa Verde and India's Mumbai Nights.",
     {"Les Voisins", "Casa Verde", "Mumbai Nights"}),
    ("The streamer shared details of the upcoming series: Iron Bay, Cold Fields and Dark Water.",
     {"Iron Bay", "Cold Fields", "Dark Water"}),
])
def test_titles_listed_after_a_plural_work_noun(entities_of, text, titles):
    # "series such as A, B and C", "the series: A, B and C"; a country's possessive says where
    # each is from.
    assert set(works(entities_of(text))) == titles


def test_names_listed_after_a_plural_person_noun_are_no_titles(entities_of):
    # Twin: "executives such as A and B" lists people.
    assert not works(entities_of("The streamer hired executives such as Tom Hale and Ana Ruiz."))


def test_a_headline_verb_after_a_company_is_no_part_of_the_name(entities_of):
    entities = entities_of("ICM Signs Dorian Pell\n\nDorian Pell's latest film, Salt Roads, premiered at Sundance.")
    assert "Dorian Pell" in entities and not any(label.startswith("Signs") for label in entities)


def test_a_name_before_a_companys_unit_is_no_title(facts_of, entities_of):
    # "director of the Kestrel drama division": a post in a company's unit, no directing credit.
    text = "Nils Packard will report to Alan Greer, director of the Kestrel drama division."
    assert not any(f[1] in ("directedBy", "knownFor") for f in facts_of(text))
    assert entities_of(text).get("Kestrel") is None or entities_of(text)["Kestrel"].type != "CreativeWork"
    # Twin: the director of a title is credited.
    assert ("Harbour Lights", "directedBy", "Alan Greer") in facts_of("Alan Greer, the director of Harbour Lights, will oversee it.")


def test_two_words_after_a_studios_possessive_are_a_title_unless_a_name_place_or_site(entities_of):
    # "Lionsgate's Hollow Creek": no given name, place or site word opens or closes the run.
    assert entities_of("Dropping to second was Lionsgate's Hollow Creek, which added $9 million.")["Hollow Creek"].type in (
        "CreativeWork", "Film")
    # Twins: a given name opens a person's name; a city and a site word name a facility.
    assert entities_of("Netflix's Ana Ruiz will oversee the slate.")["Ana Ruiz"].type == "Person"
    assert "Tokyo Hub" not in entities_of("Netflix's Tokyo Hub opens in May.")


@pytest.mark.parametrize("text, title", [
    # Words a slash joins with no space are one title.
    ("Joe Barton has created Giri/Haji, an eight-part crime drama.", "Giri/Haji"),
    ("Magnolia Pictures picked up North American rights to V/H/S.", "V/H/S"),
    ("Hulu has greenlit an adaptation of the bestseller 11/22/63 from Bad Robot.", "11/22/63"),
])
def test_a_slash_joined_title_is_one_title(entities_of, text, title):
    assert title in entities_of(text)


def test_slash_joined_channels_in_a_titles_parenthesis_stay_two(facts_of):
    # Twin: "(Sky/ITV)" names two channels a title was made for.
    facts = facts_of("The series Salt Road (Sky/ITV) premieres in May.")
    assert {("Sky", "produces", "Salt Road"), ("ITV", "produces", "Salt Road")} <= facts


def test_two_given_names_joined_before_a_role_noun_are_one_title(entities_of, facts_of):
    # "Mike and Molly star A": a title named after its two leads.
    text = "Mike and Molly star Ana Ruiz joins the cast."
    assert "Mike and Molly" in entities_of(text)
    assert ("Mike and Molly", "starring", "Ana Ruiz") in facts_of(text)


def test_two_one_word_titles_before_a_role_noun_stay_two(entities_of):
    # Twin: "Fringe and Lantern star A" names two titles, no given names.
    assert "Fringe and Lantern" not in entities_of("Fringe and Lantern star Ana Ruiz joins the cast.")


@pytest.mark.parametrize("text, title", [
    # Headline case: an auxiliary pair is the headline's verb, no words of the title.
    ("Netflix's Salt Road Will Be Back for Season 2", "Salt Road"),
    ("Dana Vale's The Salt Road Is Being Adapted for Television", "The Salt Road"),
])
def test_a_headline_verb_ends_the_title(entities_of, text, title):
    assert title in entities_of(text)


def test_a_title_with_a_lone_is_keeps_it(entities_of):
    # Twin: "Is" alone may be a title's word ("Fleishman Is in Trouble").
    assert "Fleishman Is in Trouble" in entities_of("FX has ordered the drama Fleishman Is in Trouble.")


def test_every_title_a_company_buys_for_a_territory(entities_of, facts_of):
    # "acquired A, B and P's C for the UK": a company is bought whole, not for a country; each item is a work
    text = "Northlight has acquired Winter Tide, Blue Hour and Ana Ruiz's Paper Moons for the UK."
    assert set(works(entities_of(text))) == {"Winter Tide", "Blue Hour", "Paper Moons"}
    assert {f for f in facts_of(text) if f[1] == "acquires"} == {
        ("Northlight", "acquires", "Winter Tide"), ("Northlight", "acquires", "Blue Hour"), ("Northlight", "acquires", "Paper Moons")}


def test_companies_bought_without_a_territory_stay_companies(entities_of):
    # negative twin: what is bought with no territory may be a company, and company words say so
    text = "Northlight has acquired Harbour Films and Blue Hour Media."
    assert works(entities_of(text)) == {}


def test_a_full_name_after_a_persons_possessive_is_a_colleague(entities_of):
    # "A's B C, who conceived the idea": the NER runs two people into one; the run after the
    # possessive opens with a given name, so it is a person, no title
    found = entities_of("Hollis Grey\u2019s George Pell, who conceived the idea, is executive producing the film.")
    assert found["George Pell"].type == "Person"


def test_a_title_after_a_persons_possessive_stays_a_title(entities_of):
    # negative twin: no given name opens the run
    assert entities_of("Ana Ruiz\u2019s Salt Road premiered at Cannes.")["Salt Road"].type in ("CreativeWork", "Film")


def test_the_work_filming_is_underway_on(entities_of, facts_of):
    text = "Filming is underway on Tove Lind's Copperhead, produced by Harbour Films."
    assert "Copperhead" in works(entities_of(text))
    assert ("Harbour Films", "produces", "Copperhead") in facts_of(text)


def test_construction_underway_on_a_studio_is_no_work(entities_of):
    # negative twin: building work is underway on a facility, not a title
    assert works(entities_of("Construction is underway on Shinfield Studios.")) == {}


@pytest.mark.parametrize("text", ["Copperhead is now streaming on Peacock.", "Copperhead is available to stream on Peacock."])
def test_the_subject_streaming_on_a_service_is_a_work(entities_of, facts_of, text):
    assert "Copperhead" in works(entities_of(text))
    assert ("Peacock", "distributes", "Copperhead") in facts_of(text)


def test_what_a_company_nabbed_for_a_territory_is_a_work(facts_of):
    assert ("Lumen Releasing", "acquires", "Copperhead") in facts_of("Lumen Releasing has nabbed Copperhead for North America.")


def test_a_person_streaming_on_a_service_stays_a_person(entities_of):
    # negative twin: a full name that opens with a given name streams as a person does
    assert works(entities_of("Dana Vale is now streaming on Twitch every night.")) == {}


def test_a_character_actor_is_no_titles_star(entities_of):
    # "Character actor P": the kind of actor, no work called "Character"
    assert "Character" not in works(entities_of("Character actor Len Vale, who played the uncle on Seinfeld, died Wednesday."))


def test_a_release_participle_after_the_object_dates_the_object_not_the_subject(entities_of, facts_of):
    # "A starred in X, released in 2019": the participle is said of X; A stays a person
    text = "Tom Hale starred in The Silent Shore, released in 2019."
    assert entities_of(text)["Tom Hale"].type == "Person"
    assert ("The Silent Shore", "starring", "Tom Hale") in facts_of(text)


def test_a_release_participle_right_after_the_subject_dates_it(entities_of):
    # negative twin: set off right after the subject, the participle is the subject's
    assert "The Long Night" in works(entities_of("The Long Night, released in 1999, was directed by Tom Hale."))


def test_what_a_network_has_greenlit_is_a_work(entities_of, facts_of):
    # the tagger takes an unknown participle after "has" for an adjective; it is still the verb
    text = "Netflix has greenlit Copperhead."
    assert "Copperhead" in works(entities_of(text))
    assert ("Netflix", "produces", "Copperhead") in facts_of(text)


def test_the_last_writer_of_a_list_is_no_subject_of_based_on(entities_of, facts_of):
    # "The film scripted by A and B is based on ...": B closes the list of writers
    text = ("Netflix has greenlit Copperhead. The film scripted by Ana Sorel and Piet Varga is based on "
            "the novel Winter Port by Gus Hale.")
    assert entities_of(text)["Piet Varga"].type == "Person"
    assert {f for f in facts_of(text) if f[1] in ("writtenBy", "basedOn")} == {
        ("Copperhead", "writtenBy", "Ana Sorel"), ("Copperhead", "writtenBy", "Piet Varga"),
        ("Copperhead", "basedOn", "Winter Port"), ("Winter Port", "writtenBy", "Gus Hale")}


def test_a_name_opening_the_sentence_before_a_makers_aside_and_a_logline_is_a_work(entities_of, facts_of):
    text = "Copperhead, from Universal Television, follows a family of smugglers."
    assert "Copperhead" in works(entities_of(text))
    assert ("Universal Television", "produces", "Copperhead") in facts_of(text)


def test_a_person_before_a_makers_aside_stays_a_person(entities_of):
    # negative twin: a full name that opens with a given name
    assert works(entities_of("Dana Vale, from Netflix, stars in the film.")) == {}


def test_the_studio_on_a_title_produces_it(facts_of):
    assert ("Universal Television", "produces", "Copperhead") in facts_of("Universal Television is the studio on Copperhead.")


@pytest.mark.parametrize(("text", "title"), [
    ("Panorama entry Headshot has sold to Australia (Madman).", "Headshot"),
    ("Harbor Films has closed deals on Ana Ruiz's Berlin Competition entry Sister with Australia (Palace).", "Sister"),
    ("Un Certain Regard selection Night Orchard went to Lumen Pictures.", "Night Orchard"),
])
def test_a_festival_sections_entry_is_a_film(entities_of, text, title):
    # A section of the programme and its noun for a work name the film after them.
    assert works(entities_of(text)).get(title) == "Film"


def test_a_person_after_a_sections_noun_is_no_film(entities_of):
    # Twin: a given name opens a person's name, whom a section may honour too.
    assert works(entities_of("Competition entry Ana Ruiz's drama impressed the jury.")) == {}


# the NER may call the last maker's full name a company: a given name still says person
@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_the_last_maker_of_a_list_before_is_produced_by_is_no_title(nlp, label):
    from spacy.tokens import Span

    from mediakg.extract.mentions.titles import verb_slot_titles

    doc = nlp("The drama series co-created by Ana Ruiz and Hugh Tamsin is produced by Lumen Studios.")
    start = next(t.i for t in doc if t.text == "Hugh")
    doc.ents = [Span(doc, start, start + 2, label=label)]
    assert {m.text for m in verb_slot_titles(doc)} == set()


def test_a_title_after_and_before_is_produced_by_is_a_title(nlp):
    # Twin: a run that opens with no given name is the work the verb is said of.
    from mediakg.extract.mentions.titles import verb_slot_titles

    doc = nlp("Harbor TV ordered the drama and Salt Road is produced by Lumen Studios.")
    assert "Salt Road" in {m.text for m in verb_slot_titles(doc)}


@pytest.mark.parametrize(("text", "title"), [
    ("Harbor TV has renewed Ana Ruiz's Sheriff of Dunmore for Season 3.", "Sheriff of Dunmore"),
    ("Lumen Studios has renewed the drama Low Tide for Season 4.", "Low Tide"),
])
def test_the_season_a_renewal_orders_is_no_part_of_the_title(entities_of, text, title):
    assert title in works(entities_of(text))


def test_a_title_with_season_inside_keeps_it(entities_of):
    # Twin: "Season" inside a title, with no "for" before it, stays in the title.
    assert "Season of the Witch" in works(entities_of("Harbor TV has acquired the drama Season of the Witch."))


@pytest.mark.parametrize("text", [
    "In 2015, a reboot of the 1982 film was led by Tessa Varn and Pia Sorel.",
    "By March 2021, a remake of the thriller was fronted by Tessa Varn.",
])
def test_an_opening_date_before_an_apposition_is_no_title(entities_of, text):
    # "In 2015, a reboot of ...": the comma closes a time adverbial, not a name in apposition.
    assert works(entities_of(text)) == {}


def test_a_title_opening_on_a_preposition_is_still_a_title(entities_of):
    # Negative twin: "In Treatment" opens on "In" but is no date.
    assert "In Treatment" in works(entities_of("In Treatment, the HBO drama, returns with Tessa Varn."))


def test_a_catalogue_entry_is_a_film_and_its_bracket_names_the_director(entities_of):
    # "Title (Director, Year)": whatever its case or its "and", the title runs from where the
    # entry opens to the bracket, and the given name opens the director's name.
    entities = entities_of("Films that will be shown include: Cold Harbour and Mist (Elena Varga, 1976), "
                           "La nuit des ports (Jean Dorval, 1939) and Written in Salt (Pia Sorel, France, 1956).")
    assert works(entities) == {"Cold Harbour and Mist": "Film", "La nuit des ports": "Film", "Written in Salt": "Film"}
    assert {label for label, e in entities.items() if e.type == "Person"} == {"Elena Varga", "Jean Dorval", "Pia Sorel"}


def test_a_persons_bracket_of_credit_and_year_keeps_the_person(entities_of):
    # Negative twin: the given name opens the name before the bracket, not the one inside it, so
    # the bracket holds her credit and its year.
    entities = entities_of("Tessa Varn (Salt Road, 2019) joins the cast.")
    assert entities["Tessa Varn"].type == "Person"
    assert works(entities) == {"Salt Road": "CreativeWork"}


def test_a_company_worked_with_on_a_title_is_no_part_of_it(entities_of):
    # "working with Lumen Pictures on Salt Road, a thriller": "on" parts the partner from the title.
    entities = entities_of("Harbour Films is working with Lumen Pictures on Salt Road, a thriller starring Dana Vale.")
    assert works(entities) == {"Salt Road": "CreativeWork"}
    assert entities["Lumen Pictures"].type == "ProductionCompany"


def test_a_title_holding_on_after_with_stays_whole(entities_of):
    # Twin: no company before "on", so the words make one title.
    assert "Love on Harbour Street" in works(entities_of("Fans fell in love with Love on Harbour Street, a comedy from Dana Vale."))


def test_prose_around_a_catalogue_bracket_is_no_title(entities_of):
    # A paragraph's sentence is no catalogue entry: the title is the name before the bracket.
    entities = entities_of("Berlin lineup announced.\nThe festival opens with Salt Road (Dana Holm, 2019), a drama set in Lisbon.")
    assert "The festival opens with Salt Road" not in entities
    assert "Salt Road" in works(entities)


def test_a_full_names_possessive_after_with_opens_a_second_title(entities_of):
    found = works(entities_of("Julia Roberts returns for the first time since 2004's Cold Orchard with Tom Reyes's Night Ferry."))
    assert set(found) == {"Cold Orchard", "Night Ferry"}
    # Twin: with no possessive the name is the title's own words.
    assert set(works(entities_of("The festival opens with 2019's Dinner with Dana Vale."))) == {"Dinner with Dana Vale"}


def test_a_name_after_a_department_with_modifiers_is_a_person(entities_of, facts_of):
    # "head of scripted series A": the department's noun may carry its own modifiers.
    text = "\u201cThis is great,\u201d Orbit Pictures' head of scripted series Ann Bell said in a statement."
    assert entities_of(text)["Ann Bell"].type == "Person"
    assert ("Ann Bell", "employedBy", "Orbit Pictures") in facts_of(text)
    # Twin: after a credit noun the run is still the work's title.
    assert works(entities_of("The producer of the comedy series Night Ferry is Ann Bell.")) == {"Night Ferry": "Series"}


@pytest.mark.parametrize("sentence, expected", [
    # A network and a run of years in the bracket: a series, dated by its first year.
    ("The revival follows Harbor Lane (NBC, 1993-2004) into a new decade.", {"Harbor Lane": "1993"}),
    # A bare run a series could have: a series too.
    ("The cast of Tin Roof (1982-1991) reunites on stage.", {"Tin Roof": "1982"}),
    # The run spelt with "to".
    ("Fans still rewatch the legal drama Tin Roof (2013 to 2018) and its spinoffs.", {"Tin Roof": "2013"}),
])
def test_a_run_of_years_in_the_bracket_names_a_series(entities_of, facts_of, sentence, expected):
    assert works(entities_of(sentence)) == {title: "Series" for title in expected}
    assert {(s, v) for s, p, v in facts_of(sentence) if p == "releaseYear"} == set(expected.items())


@pytest.mark.parametrize("sentence", [
    "The festival honours the director Marlo Venn (1931-2020) with a retrospective.",  # too long a run: a life
    "The festival honours the director Marlo Venn (1950-) with a retrospective.",  # open: a living person
])
def test_a_life_in_the_bracket_names_no_work(entities_of, facts_of, sentence):
    # Negative twin: a person's years are a run too; neither the name nor the years are a work.
    entities = entities_of(sentence)
    assert works(entities) == {}
    assert entities["Marlo Venn"].type == "Person"
    assert not {f for f in facts_of(sentence) if f[1] in ("knownFor", "releaseYear")}


@pytest.mark.parametrize("sentence, title, year", [
    ("Lumen Pictures is rebooting the 1984 Copper Kings with a new cast.", "Copper Kings", "1984"),
    ("The remake updates the original 1974 Glass Meadow for a new generation.", "Glass Meadow", "1974"),
    ("The 1988 Copper Kings was directed by Ivo Marsh.", "Copper Kings", "1988"),  # no "The 1988" in the title
])
def test_the_article_and_a_year_date_a_work(entities_of, facts_of, sentence, title, year):
    # Remake copy dates the older work so: "the 1984 X", "the original 1974 X".
    assert works(entities_of(sentence)) == {title: "CreativeWork"}
    assert (title, "releaseYear", year) in facts_of(sentence)


@pytest.mark.parametrize("sentence", [
    "She won a medal at the 2024 Paris Olympics.",
    "He covered the 2016 World Series for a local paper.",
    "The 1990 Berlin was a divided city.",
    "She met him at the 2019 Lisbon Summit.",
])
def test_the_article_and_a_year_before_an_event_or_a_place_date_no_work(entities_of, sentence):
    # Negative twin: a dated event or place takes the same article and year.
    assert works(entities_of(sentence)) == {}


def test_a_possessive_the_title_the_ner_calls_a_location(entities_of):
    # "Kiri Holm's The Long Harbor": an unknown "The ..." after a possessive is a title, even when
    # the NER guesses a location and a showing ("a restored version of") stands before the owner.
    entities = entities_of("Ana Ruiz will present a restored version of Kiri Holm's The Long Harbor at the festival.")
    assert works(entities) == {"The Long Harbor": "CreativeWork"}
    assert entities["Kiri Holm"].type == "Person"


def test_a_city_after_a_possessive_is_no_title(entities_of):
    # Negative twin: a city the NER knows keeps its place.
    assert works(entities_of("He flew to Holland's The Hague.")) == {}


@pytest.mark.parametrize("verb", ["show", "feature"])
def test_a_possessive_owner_after_a_verb_like_a_work_noun_stays_a_person(entities_of, verb):
    # "will show Kiri Holm's second film X": "show" is the verb, and the name owns the film.
    entities = entities_of(f"The festival will {verb} Kiri Holm's second film Glass Harbor.")
    assert entities["Kiri Holm"].type == "Person"
    assert works(entities) == {"Glass Harbor": "Film"}


@pytest.mark.parametrize("sentence, expected", [
    ("He helped launch series like Salt Road and Copper Kings.", {"Salt Road": "Series", "Copper Kings": "Series"}),
    ("She loves films like Salt Road.", {"Salt Road": "Film"}),
    ("Films like these rarely get made.", {}),  # twin: no capitalised run after "like"
])
def test_like_opens_a_list_after_a_plural_work_noun(entities_of, sentence, expected):
    assert works(entities_of(sentence)) == expected


def test_a_co_production_noun_names_the_title_after_it(entities_of, facts_of):
    sentence = "Lumen Films is working on Channel 4 drama Salt Road and Sky Atlantic and Canal+ co-production Glass Harbor."
    assert works(entities_of(sentence)) == {"Salt Road": "Series", "Glass Harbor": "Series"}
    assert {("Sky Atlantic", "produces", "Glass Harbor"), ("Canal+", "produces", "Glass Harbor")} <= facts_of(sentence)
    # Twin: "a co-production with" names a partner, no title.
    assert works(entities_of("The film is a co-production with Lumen Films.")) == {}


def test_a_title_before_filmmaker_is_the_persons_film(facts_of):
    facts = facts_of("Lumen Studios also struck a deal with Salt Road filmmaker Tom Hale.")
    assert {("Salt Road", "directedBy", "Tom Hale"), ("Tom Hale", "knownFor", "Salt Road")} <= facts


@pytest.mark.parametrize("sentence", [
    "Sundance Institute filmmaker Dana Vale has signed with Harbor Films.",  # an institution's filmmaker
    "Gen Z filmmaker Dana Vale has signed with Harbor Films.",  # a cohort
])
def test_an_affiliation_before_filmmaker_is_no_title(entities_of, sentence):
    assert works(entities_of(sentence)) == {}


@pytest.mark.parametrize("sentence, expected", [
    # A hyphen elsewhere in the bracket is no run of years.
    ("The retrospective opens with Glass Harbor (2019, 95 min, Franco-German) tonight.", {"Glass Harbor": "CreativeWork"}),
    ("The retrospective opens with Glass Harbor (2019, dir. Ana Ruiz-Marsh) tonight.", {"Glass Harbor": "CreativeWork"}),
    # A run after a verb of showing is a series' whatever its length; an event's run is no series.
    ("The retrospective opens with Glass Harbor (aired 1990-2010) tonight.", {"Glass Harbor": "Series"}),
    ("The Lumen Shorts Festival (2012-2019) launched many careers.", {}),
])
def test_what_a_year_bracket_says_of_the_name_before_it(entities_of, sentence, expected):
    assert works(entities_of(sentence)) == expected


@pytest.mark.parametrize("award", ["BAFTAs", "Goyas", "Independent Spirits"])
def test_the_year_of_an_award_nickname_is_no_work(entities_of, award):
    # Negative twin of "rebooting the 1984 Copper Kings": the trade's award nicknames (lexicon award_names).
    assert award not in works(entities_of(f"Salt Road won best film at the 2022 {award}."))


@pytest.mark.parametrize("description", ["comic drama", "game-changing"])
def test_an_adjective_like_a_print_medium_leaves_a_screen_series(entities_of, description):
    # Negative twin of "X, a comic-book series": only the medium's compound makes it print.
    assert works(entities_of(f"Lumen ordered Salt Road, a {description} series created by Tom Hale.")) == {"Salt Road": "Series"}


def test_a_green_light_given_by_no_company_names_no_work(entities_of):
    # Negative twin of "Netflix gave X the green light": a regulator gives a company one.
    assert works(entities_of("Regulators gave Harlow the green light to buy the company.")) == {}


def test_a_bare_comic_series_is_print(entities_of):
    assert works(entities_of("Salt Road, the comic series by Dana Vale, is being adapted.")) == {"Salt Road": "CreativeWork"}


def test_a_one_word_title_before_filmmaker_the_ner_calls_a_company(facts_of):
    assert ("Moonfall", "directedBy", "Dana Vale") in facts_of("Lumen Studios also struck a deal with Moonfall filmmaker Dana Vale.")


@pytest.mark.parametrize("sentence, title", [
    ("Her credits include the 2009 comedy The Owl and the Lantern, which won a prize.", "The Owl and the Lantern"),
    ("He made his name with the period drama Bread and the Lanterns.", "Bread and the Lanterns"),
    ("She broke out with 2004's Salt and Pepper, and her credits grew.", "Salt and Pepper"),
    ("Critics recall 2011's Copper and the Tide Line, which opened in May.", "Copper and the Tide Line"),
])
def test_and_joins_the_words_of_the_one_title_a_work_slot_names(entities_of, facts_of, sentence, title):
    # A singular work noun or a year's possessive names one work, so "and" is a word of its title.
    assert set(works(entities_of(sentence))) == {title}


@pytest.mark.parametrize("sentence, expected", [
    ("She wrote the film Glasshouse and the BBC, where she worked.", {"Glasshouse"}),
    ("2019's Ember and Parasol were both hits for the studio.", {"Ember"}),
    ("Her credits include the comedy Glasshouse and the Netflix drama Tidewater.", {"Glasshouse", "Tidewater"}),
])
def test_and_before_a_known_name_or_a_plural_verb_ends_the_title(entities_of, sentence, expected):
    # Negative twins: a company the article knows, a plural verb or a second work noun after "and"
    # say the sentence goes on past the title.
    assert set(works(entities_of(sentence))) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("She is known for producing Japanese dramas, such as Copperfield and Lantern, as well as anime hits.", {"Copperfield", "Lantern"}),
    ("The studio's recent comedies, such as Moth Hour, did well abroad.", {"Moth Hour"}),
    # Negative twin: what the comma sets off names no title.
    ("The studio's films, such as those by Dana Vale, sell well.", set()),
])
def test_a_comma_before_such_as_still_lists_the_nouns_examples(entities_of, sentence, expected):
    assert set(works(entities_of(sentence))) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In addition to acting, the Copperfield star wrote the screenplay.", {"Copperfield"}),
    ("The Lantern director, who is 45, will produce.", {"Lantern"}),
    ("The Tide of Salt creator has signed an overall deal.", {"Tide of Salt"}),
    # Negative twins: a scene, a platform, a festival, praise or a job title before the noun.
    ("The Hollywood star wrote a memoir.", set()),
    ("The Netflix director said the show will return.", set()),
    ("The Cannes filmmaker returns with a comedy.", set()),
    ("The Oscar-winning director is back.", set()),
    ("The Executive Director said the deal was done.", set()),
])
def test_a_definite_credit_description_names_the_work(entities_of, sentence, expected):
    # "the Copperfield star" describes a person by a credit, as "Copperfield star Dana Vale" does.
    assert set(works(entities_of(sentence))) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("He began as a camera operator on Tom Hale's masterpiece Lawrence of Arabia (1962).", {"Lawrence of Arabia"}),
    ("Her credits include Sophie in the Rain (2004) and Copper Moon (2009).", {"Sophie in the Rain", "Copper Moon"}),
    # Negative twin: a given name and a surname before a bracket year stay a person.
    ("The film stars Dana Vale (2019) and Tom Hale.", set()),
])
def test_a_bracket_year_after_a_given_name_and_an_inner_small_word_dates_a_title(entities_of, sentence, expected):
    assert set(works(entities_of(sentence))) == expected


@pytest.mark.parametrize("sentence, expected", [
    # twins: a company the NER names in several words, a franchise's studio before "star"
    ("He made the 2018 film Harbour Lights and the Marvel Cinematic Universe.", {"Harbour Lights"}),
    ("The Marvel star wrote a memoir.", set()),
])
def test_a_known_kind_of_name_is_no_title_word(entities_of, sentence, expected):
    assert set(works(entities_of(sentence))) == expected


@pytest.mark.parametrize("text, labels", [
    # what has "its" premiere is a work; a debut needs a first showing's word
    ("Copperhead had its world premiere at the Berlin Film Festival.", {"Copperhead"}),
    ("Lumen Films' Moth Hour will make its world debut in Toronto.", {"Moth Hour"}),
    # a festival's showings "with" runs each dated by a year
    ("Ana Ruiz played in Venice Competition with Tidewater in 2004, Moth Hour in 2007 and Salt Road in 2012.",
     {"Tidewater", "Moth Hour", "Salt Road"}),
])
def test_a_name_shown_at_a_festival_or_premiered_is_a_work(entities_of, text, labels):
    assert set(works(entities_of(text))) == labels


@pytest.mark.parametrize("text", [
    # Twins: a company's debut in a market; a person shown with at a festival.
    "Lumen made its Korean debut in 2016.",
    "Dana Vale played in Venice Competition with Tom Hale in 2004.",
])
def test_a_company_debut_or_a_person_at_a_festival_names_no_work(entities_of, text):
    assert not works(entities_of(text))


def test_what_was_published_in_a_year_is_a_work(entities_of):
    assert works(entities_of("The Glass Orchard was published by Penguin in 1988.")) == {"The Glass Orchard": "CreativeWork"}


def test_an_author_first_published_in_a_year_is_no_work(entities_of):
    # Twin: a name opening with a given name is the author's.
    assert not works(entities_of("Dana Vale was first published in 1998, aged 19."))


def test_a_seller_after_a_country_possessive_ends_the_title_bought(entities_of):
    # "from France's Playtime": the seller of the rights is no part of the title.
    entities = entities_of("Lumen Pictures has acquired UK and Ireland rights to Selin Deniz Kaya\u2019s "
                           "Cannes Competition title Dry Fields from France\u2019s Playtime.")
    assert works(entities) == {"Dry Fields": "Film"}


@pytest.mark.parametrize("text", [
    "The show is an adaptation of the Broadway musical Harbor Lights.",
    "The series is based on the West End play Salt Wives.",
])
def test_a_stage_district_before_a_stage_noun_is_no_title(entities_of, text):
    # "the Broadway musical X": the district says where the show ran; it names no work.
    assert not {"Broadway", "West End"} & set(works(entities_of(text)))


@pytest.mark.parametrize("text, expected", [
    # Twins from a probe: a streamer's or band's debut in a market; a band that played a festival;
    # a title that holds "from" and a possessive; a series named West End.
    ("Lumen Stream made its U.S. debut in 2019, offering 400 titles.", {}),
    ("The band played at Sundance with Iron Coast in 2011, the festival said.", {}),
    ("Lumen acquired Postcards from Nora's Island, the Sundance documentary.", {"Postcards from Nora's Island": "Film"}),
    ("Netflix's series West End, from Lumen Films, stars Dana Vale.", {"West End": "Series"}),
])
def test_a_market_debut_a_band_or_a_title_with_from_keeps_its_reading(entities_of, text, expected):
    assert works(entities_of(text)) == expected


@pytest.mark.parametrize("text, title", [
    ("Vera Lund produced 1986's still-bizarre Harbour Lights.", "Harbour Lights"),
    ("Her credits include 1971's romantic coming-of-age melodrama Salt Road.", "Salt Road"),
    ("He later made 1990's Tomas Brenner-directed Ember Hill for the studio.", "Ember Hill"),
])
def test_a_years_possessive_names_a_work_across_its_modifiers(entities_of, text, title):
    # Lower-case modifiers and a maker's hyphened credit may stand between the year and its title.
    assert works(entities_of(text)).get(title) in ("CreativeWork", "Film")


@pytest.mark.parametrize("text", [
    "Since 2019's deal with Netflix the studio has grown.",  # a preposition: the year owns no title
    "2023's most-watched premiere Harbour Lights drew ten million viewers.",  # a ranking, not a date
])
def test_a_years_possessive_before_a_preposition_or_a_ranking_names_no_dated_work(facts_of, entities_of, text):
    assert not works(entities_of(text)).get("Netflix")
    assert not [f for f in facts_of(text) if f[1] == "releaseYear"]


@pytest.mark.parametrize("text", [
    "Harbour Lights premiered at Sundance in 2019.",
    "Harbour Lights screened out of competition at Cannes last year.",
    "After that, Harbour Lights screened in competition at the Venice Film Festival.",
])
def test_what_premieres_or_screens_at_a_festival_is_a_work(entities_of, text):
    assert works(entities_of(text)).get("Harbour Lights") in ("CreativeWork", "Film")


@pytest.mark.parametrize("text", [
    "Lumen Films screened at Cannes in 2019.",  # a company shows its slate
    "It screened at Cannes in 2019.",
    "Harbour Lights screened at the town hall in 2019.",  # no festival
])
def test_a_company_a_pronoun_or_a_place_that_is_no_festival_gives_no_work(entities_of, text):
    assert not works(entities_of(text))


def test_a_year_cut_to_two_digits_is_a_word_of_the_title(entities_of):
    names = entities_of("Vera Lund produced 1971's Summer of \u201942 for the studio. Summer of \u201942 made her name.")
    assert "Summer of \u201942" in works(names)
    assert "Summer" not in names


def test_a_decade_cut_to_two_digits_is_no_title(entities_of):
    assert not works(entities_of("The series is set in the \u201990s in Ohio."))


@pytest.mark.parametrize("text, title", [
    ("Vera Lund has joined the cast of Il Giorno della Civetta, the Italian remake.", "Il Giorno della Civetta"),
    ("Lumen Films will distribute Il Nome degli Altri in Italy.", "Il Nome degli Altri"),
    ("Vera Lund stars in La Noche de las Brujas, a Spanish thriller.", "La Noche de las Brujas"),
    ("Harbour Films has acquired Le Temps des Cerises for France.", "Le Temps des Cerises"),
])
def test_a_romance_language_title_keeps_its_lower_case_articles(entities_of, text, title):
    assert title in works(entities_of(text))


@pytest.mark.parametrize("sentence, title", [
    ("Salt Meadow is a 1941 American film noir about a lighthouse keeper.", "Salt Meadow"),
    ("Copper Kings was a 2016 Korean drama that ran for sixteen episodes.", "Copper Kings"),
])
def test_a_name_the_copula_calls_a_dated_work_is_a_title(entities_of, sentence, title):
    # "X is a 1941 film noir": no person is a dated film, so the bare name is a title.
    assert works(entities_of(sentence)).get(title) in ("CreativeWork", "Film", "Series")


def test_a_name_the_copula_calls_a_dated_graduate_is_no_title(entities_of):
    # Twin: a year before a noun of no work ("a 1990 graduate") leaves the person alone.
    assert "Tom Hale" not in works(entities_of("Tom Hale is a 1990 graduate of the film school."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ana Ruiz has developed series including Emmy winner The Long Hour, Salt Road and Peabody nominee Red Harbour.",
     {"The Long Hour": "Series", "Salt Road": "Series", "Red Harbour": "Series"}),
    ("Her credits include Oscar-winning Blue Valley and Stone Age.", {"Blue Valley": "CreativeWork", "Stone Age": "CreativeWork"}),
    # Twin: a list of people keeps its prize-winner a person.
    ("The cast includes Emmy winner Jane Doe and Tom Hale.", {}),
])
def test_a_prize_before_a_list_item_leaves_the_title_after_it(entities_of, text, expected):
    # "series including Emmy winner X": the prize the item won stands before its title.
    assert works(entities_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The festival opens with Ana Ruiz's Blue Valley with Elle Vane, Jo Reyes and Mia Lund.", {"Blue Valley": "CreativeWork"}),
    # Twin: one word after "with" may be the title's own ("Dinner with Andre").
    ("The festival opens with the comedy Dinner with Andre.", {"Dinner with Andre": "CreativeWork"}),
])
def test_a_list_of_names_after_with_is_the_cast_not_the_title(entities_of, text, expected):
    # "A's X with B, C and D": the names after "with" are the cast the work is shown with.
    assert works(entities_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Hale stars. His credits include the breakout indie horror pic Blue Valley and Stone Age: Return.",
     {"Blue Valley": "Film", "Stone Age: Return": "CreativeWork"}),
    # Twin: a description before a name in a list of people makes no title.
    ("The cast includes the actor Tom Hale and Jo Reyes.", {}),
])
def test_a_description_before_a_list_item_leaves_the_list_going_on(entities_of, text, expected):
    # "credits include the horror pic X and Y": past the description, the list goes on to Y.
    assert works(entities_of(text)) == expected
