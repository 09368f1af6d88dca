"""Twins for rules added on 6 Dec (late session), from a helper's probe with invented sentences:
each reading must give no wrong fact."""
import pytest

pytestmark = pytest.mark.slow


def test_a_one_word_title_word_name_stays_a_name(facts_of):
    # A run of two or more title words is no name; one alone ("Vice") may be a film's.
    assert ("Vice", "directedBy", "Adam McKay") in facts_of("The drama \u201cVice\u201d was directed by Adam McKay.")


def test_a_gerund_of_acting_is_not_the_objects_part(facts_of):
    facts = facts_of("Ana Ruiz met her husband Tom Hale while appearing in \u201cSalt Road.\u201d")
    assert ("Salt Road", "starring", "Tom Hale") not in facts


def test_a_sales_agents_own_slate_names_makers_not_buyers(facts_of):
    facts = facts_of("The sales agent\u2019s slate includes \u201cSalt Road\u201d (Lumen Pictures) and \u201cEmber\u201d (Kestrel Films).")
    assert not any(p in ("acquires", "distributes") for s, p, o in facts)


def test_a_two_word_title_before_the_next_name_is_that_names(facts_of):
    facts = facts_of("Possible successors include COO Rita Combs, Kanal Nord chief executive Tom Bell and others.")
    assert ("Rita Combs", "employedBy", "Kanal Nord") not in facts


@pytest.mark.parametrize("sentence", [
    "Netflix's 2025 \u201cSalt Road\u201d spinoff is in the works.",  # the year dates the spinoff
    "It was 2023's most-watched series \u201cSalt Road.\u201d",  # a ranking's year
    "\u201cSalt Road\u201d ended its 2021 Netflix run.",  # a streaming window
    "\u201cSalt Road,\u201d a sequel to the film from 2019, opens.",  # another work's year
    "\u201cSalt Road,\u201d the Netflix release in 2022, was a hit.",  # a later release
    "She appeared in the series \u201cSalt Road\u201d in 2014.",  # a season's part
    "She appeared in \u201cSalt Road\u201d on Broadway in 2014.",  # a stage run
])
def test_years_of_something_else_date_no_title(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "releaseYear"}


@pytest.mark.parametrize("text, label", [
    ("Ryusuke Hamaguchi premiered in Venice last year.", "Ryusuke Hamaguchi"),  # a place, no year: the director's premiere
    ("Lumen Cinemas sold 4.2 million tickets last year.", "Lumen Cinemas"),  # a company word: a chain
])
def test_names_that_premiere_or_sell_tickets_without_a_works_cue(entities_of, text, label):
    assert entities_of(text)[label].type not in ("CreativeWork", "Film", "Series")


@pytest.mark.parametrize("text", [
    "French film director Tom Hale died on Sunday. His favourite movie, \u201cEmber,\u201d came out in 1950.",
    "Casting director Tom Hale died on Sunday. His latest movie, \u201cEmber,\u201d came out in August.",
])
def test_a_pronouns_film_that_is_not_the_directors_own(facts_of, text):
    assert not any(p == "directedBy" for s, p, o in facts_of(text))


def test_a_credit_line_with_a_year_is_no_catalogue_entry(entities_of):
    text = "Lumen Classics line-up\nTranslated by Maria Lopez (2019, Penguin)\nSalt Road by Tomas Brenner (1934, 1h22, France)\n"
    assert "Translated" not in entities_of(text)


def test_a_unit_the_hire_comes_from_is_no_employer(facts_of):
    facts = facts_of("Harbor Group has appointed Tom Hale, formerly of its Lumen Pictures unit, as CEO.")
    assert ("Tom Hale", "employedBy", "Lumen Pictures") not in facts
