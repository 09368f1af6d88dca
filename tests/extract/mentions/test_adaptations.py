"""Adaptations (mediakg.extract.mentions.adaptations), end to end: when an article names both a
screen adaptation and its source under one title, the source becomes an entity of its own, the
adaptation is basedOn it, and the book's author is the source's writer, not the series'."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def typed_facts(extraction) -> set[tuple[str, str, str]]:
    """Facts with each end as "label/type", so the two works of one title stay apart."""
    name = {e.key: f"{e.label}/{e.type}" for e in extraction.entities}
    return {(name[f.subject], f.predicate, f.object if f.is_attribute else name[f.object])
            for f in extraction.facts if not f.status}


def test_series_and_novel_of_one_title_are_two_works(extraction_of):
    x = extraction_of("Harbour Films is developing a series adaptation of the novel \u201cSaltmarsh\u201d by Mara Quill. "
                      "\u201cSaltmarsh\u201d will be directed by Tomas Reyne.")
    assert sorted(e.type for e in x.entities if e.label == "Saltmarsh") == ["CreativeWork", "Series"]
    facts = typed_facts(x)
    assert ("Saltmarsh/Series", "basedOn", "Saltmarsh/CreativeWork") in facts
    assert ("Saltmarsh/Series", "directedBy", "Tomas Reyne/Person") in facts
    assert ("Saltmarsh/CreativeWork", "directedBy", "Tomas Reyne/Person") not in facts


def test_the_authors_credit_moves_to_the_source(extraction_of):
    facts = typed_facts(extraction_of("Mara Quill's novel \u201cLow Tide\u201d will become a series. "
                                      "\u201cLow Tide\u201d stars Tomas Reyne."))
    assert ("Low Tide/CreativeWork", "writtenBy", "Mara Quill/Person") in facts
    assert ("Low Tide/Series", "writtenBy", "Mara Quill/Person") not in facts
    assert ("Low Tide/Series", "starring", "Tomas Reyne/Person") in facts
    assert ("Low Tide/Series", "basedOn", "Low Tide/CreativeWork") in facts


def test_a_drama_based_on_a_memoir_credits_no_cast_to_the_book(facts_of):
    # Only the source is named: the cast belongs to the unnamed drama, not to the memoir.
    assert ("Low Tide", "starring", "Mara Quill") not in facts_of(
        "Harbour Films is making a drama based on the memoir \u201cLow Tide\u201d starring Mara Quill.")
    # The twin without the source cue: the named drama has the cast.
    assert ("Low Tide", "starring", "Mara Quill") in facts_of(
        "Harbour Films is making the drama \u201cLow Tide\u201d starring Mara Quill.")


def test_a_title_without_a_source_cue_stays_one_work(extraction_of):
    x = extraction_of("The series \u201cSaltmarsh\u201d will be directed by Tomas Reyne.")
    assert [(e.label, e.type) for e in x.entities if e.label == "Saltmarsh"] == [("Saltmarsh", "Series")]
    assert not [f for f in x.facts if f.predicate == "basedOn"]


def _works(extraction, label: str) -> dict[str, str]:
    return {e.key: e.type for e in extraction.entities if e.label == label}


def test_a_source_named_only_by_its_kind_bears_the_adaptations_title(extraction_of):
    x = extraction_of("\u201cIronbridge,\u201d Harbour Films' upcoming series adaptation of the bestselling novel, "
                      "will premiere on Apple TV+ in March.")
    assert sorted(_works(x, "Ironbridge").values()) == ["CreativeWork", "Series"]
    assert ("Ironbridge/Series", "basedOn", "Ironbridge/CreativeWork") in typed_facts(x)


def test_based_on_a_game_franchise_is_a_source_of_the_same_name(extraction_of):
    x = extraction_of("The series Saltmarsh is based on the hit video game franchise.")
    assert typed_facts(x) == {("Saltmarsh/Series", "basedOn", "Saltmarsh/CreativeWork")}


def test_a_true_story_is_no_source_work(extraction_of):
    x = extraction_of("The series Saltmarsh is based on a true story.")
    assert _works(x, "Saltmarsh") and sorted(_works(x, "Saltmarsh").values()) == ["Series"]
    assert not [f for f in x.facts if f.predicate == "basedOn"]


def test_the_same_title_points_at_the_article_s_film(extraction_of):
    x = extraction_of("The film adaptation of a best-selling novel of the same title opened at number one. "
                      "Glasshouse earned $5 million in its first weekend. Glasshouse is directed by Tomas Reyne.")
    facts = typed_facts(x)
    assert ("Glasshouse/Film", "basedOn", "Glasshouse/CreativeWork") in facts
    assert ("Glasshouse/Film", "directedBy", "Tomas Reyne/Person") in facts


def test_the_adaptation_of_an_authors_title_is_a_second_work(extraction_of):
    x = extraction_of("Tomas Reyne will direct the adaptation of Mara Quill's The Low Tide.")
    facts = typed_facts(x)
    assert sorted(_works(x, "Low Tide").values()) == ["CreativeWork", "Film"]
    assert ("Low Tide/Film", "basedOn", "Low Tide/CreativeWork") in facts
    assert ("Low Tide/Film", "directedBy", "Tomas Reyne/Person") in facts


def test_a_novel_ordered_as_a_series_is_two_works(extraction_of):
    x = extraction_of("Orchard Street has ordered the novel The Low Tide as a limited series.")
    assert ("The Low Tide/Series", "basedOn", "The Low Tide/CreativeWork") in typed_facts(x)


def test_a_source_with_its_own_title_is_not_split(extraction_of):
    # The twin: the source is named, so it is that work, not a namesake of the series.
    x = extraction_of("The series Saltmarsh is an adaptation of the novel \u201cLow Water\u201d.")
    assert sorted(_works(x, "Saltmarsh").values()) == ["Series"]
    assert [(f.predicate) for f in x.facts if f.predicate == "basedOn"] == ["basedOn"]


def test_a_makers_possessive_names_a_screen_works_director_and_a_books_author(extraction_of):
    # "P's “T”" with nothing saying T is a book: the film's maker is its director.
    assert typed_facts(extraction_of("The festival opens with Mara Quill\u2019s \u201cLow Tide.\u201d")) == {
        ("Low Tide/CreativeWork", "directedBy", "Mara Quill/Person")}
    # Twin: adapting it says it is a book, so P is its author and the series is a second work.
    facts = typed_facts(extraction_of("Harbour Films will adapt Mara Quill\u2019s \u201cLow Tide\u201d as a series."))
    assert ("Low Tide/CreativeWork", "writtenBy", "Mara Quill/Person") in facts
    assert ("Low Tide/Series", "basedOn", "Low Tide/CreativeWork") in facts
    assert not {f for f in facts if f[1] == "directedBy"}


def test_a_remade_or_adapted_films_possessive_names_its_director(extraction_of):
    # A remake's source is a film, and so is a source a film noun describes: the possessive
    # names who directed it, not who wrote a book.
    facts = typed_facts(extraction_of("The remake of Mara Quill\u2019s Low Tide stars Tessa Varn."))
    assert {f for f in facts if f[1] in ("directedBy", "writtenBy")} == {("Low Tide/Film", "directedBy", "Mara Quill/Person")}
    facts = typed_facts(extraction_of("Harbour TV is developing a series based on Mara Quill\u2019s 1985 film Low Tide."))
    assert {f for f in facts if f[1] in ("directedBy", "writtenBy")} == {("Low Tide/Film", "directedBy", "Mara Quill/Person")}


@pytest.mark.parametrize("text", [
    # "T, based on the novel by A" after a verb: the parser hangs "based" on the verb, yet the title
    # right before the comma is what the participle describes; the unnamed novel bears its title.
    'Harbour Films has ordered \u201cGlasshouse,\u201d based on the 2019 novel by Tom Hale.',
    'Harbour Films has ordered "Glasshouse," based on the novel by Tom Hale.',
])
def test_a_title_before_based_on_an_unnamed_novel(extraction_of, text):
    # (What is ordered is a series: a network orders shows.)
    facts = typed_facts(extraction_of(text))
    assert ("Glasshouse/Series", "basedOn", "Glasshouse/CreativeWork") in facts
    assert ("Glasshouse/CreativeWork", "writtenBy", "Tom Hale/Person") in facts
    assert ("Glasshouse/Series", "writtenBy", "Tom Hale/Person") not in facts


def test_based_on_a_true_story_is_no_source(extraction_of):
    # Negative twin: "a true story" is no work, so no source appears.
    x = extraction_of('Harbour Films has ordered "Glasshouse," based on a true story.')
    assert not [f for f in x.facts if f.predicate == "basedOn"]


def test_a_remake_named_in_apposition_is_not_the_sources_namesake(extraction_of):
    # "T, the remake of the film X": the remake is T, X only its source; no second X.
    x = extraction_of("Keel Media released the drama Glass Harbour, the English-language remake of the 2014 Danish film Cold Water.")
    assert [e.type for e in x.entities if e.label == "Cold Water"] == ["Film"]
    assert not {f for f in typed_facts(x) if f[0].startswith("Cold Water") and f[1] == "basedOn"}


def test_an_adaptation_named_by_its_source_is_still_two_works(extraction_of):
    # Negative twin: "an adaptation of A's novel X" names the new work by its source's title.
    x = extraction_of("Keel Media has ordered an adaptation of Dana Vale's novel Cold Water. The adaptation will star Tom Reyes.")
    assert ("Cold Water/Film", "basedOn", "Cold Water/CreativeWork") in typed_facts(x)


@pytest.mark.parametrize("second", [
    "Brill's novel was published in 2014.",
    "The 2014 novel follows a fisherman.",
    "Published in 2014, the novel follows a fisherman.",
    "Brill's 2014 novel follows a fisherman.",
    "Brill's seafaring adventure novel was first published in 2014.",
])
def test_a_year_said_of_the_novel_dates_the_source_not_the_series(extraction_of, second):
    # "the novel", "the 2014 novel", "Brill's novel", "Brill's 2014 novel" refer back to the source: its year is the book's.
    x = extraction_of("Tom Brill's novel Salt Road will become a series at HBO. " + second)
    facts = typed_facts(x)
    assert ("Salt Road/CreativeWork", "releaseYear", "2014") in facts
    assert not {f for f in facts if f[0] == "Salt Road/Series" and f[1] == "releaseYear"}


@pytest.mark.parametrize("first", [
    "HBO has ordered a series based on Salt Road.",
    "HBO is developing an adaptation of Salt Road.",
])
def test_a_dated_novel_after_a_sentence_ending_in_its_adaptation_refers_back(extraction_of, first):
    # "... based on X. The 2014 novel follows ...": the adaptation phrase is the sentence before's,
    # so "the 2014 novel" is no unnamed source of its own; it is X, the source named there.
    facts = typed_facts(extraction_of(first + " The 2014 novel follows a fisherman."))
    assert ("Salt Road/CreativeWork", "releaseYear", "2014") in facts


def test_a_year_said_of_the_series_stays_off_the_novel(extraction_of):
    # Twin: the description is "the series", and a possessive that is no author's names no book.
    x = extraction_of("Tom Brill's novel Salt Road will become a series at HBO. "
                      "HBO's book was published in 2014.")
    assert not {f for f in typed_facts(x) if f[1] == "releaseYear"}
    # Nor does a dated one: "HBO's 2014 book" is no author's.
    x = extraction_of("Tom Brill's novel Salt Road will become a series at HBO. HBO's 2014 book follows a fisherman.")
    assert not {f for f in typed_facts(x) if f[1] == "releaseYear"}


def test_an_opening_phrase_naming_only_a_novel_splits_off_an_unnamed_source(extraction_of):
    # "Based on A's novel, T ...": T is the adaptation, the novel (unnamed) is A's, not T's writer.
    facts = typed_facts(extraction_of("Based on Tom Brill's novel, \u201cLow Tide\u201d follows a fisherman."))
    assert ("Low Tide/CreativeWork", "writtenBy", "Tom Brill/Person") in facts
    assert {f for f in facts if f[1] == "basedOn"} == {("Low Tide/CreativeWork", "basedOn", "Low Tide/CreativeWork")}


@pytest.mark.parametrize("text", [
    "Harbour Films will turn the hit podcast \u201cSalt Road\u201d into a series.",
    "Harbour Films will adapt the podcast Salt Road as a series.",
])
def test_a_podcast_turned_into_a_series_is_two_works(extraction_of, text):
    # A podcast is a source like a novel: the series is basedOn it.
    assert ("Salt Road/Series", "basedOn", "Salt Road/CreativeWork") in typed_facts(extraction_of(text))


def test_a_podcast_no_one_adapts_stays_one_work(extraction_of):
    # Twin: naming the podcast says nothing of an adaptation.
    x = extraction_of("Dana Vale hosts the podcast Salt Road on Spotify.")
    assert [e.label for e in x.entities if e.label == "Salt Road"] == ["Salt Road"]
    assert not {f for f in typed_facts(x) if f[1] == "basedOn"}


def test_a_writer_inside_an_unnamed_sources_phrase_wrote_the_book(extraction_of):
    # "based on the novel of the same name written by A": A is the novel's author.
    facts = typed_facts(extraction_of("\u201cLow Tide\u201d is based on the novel of the same name written by Tom Brill."))
    assert {f for f in facts if f[1] == "writtenBy"} == {("Low Tide/CreativeWork", "writtenBy", "Tom Brill/Person")}
    assert ("Low Tide/CreativeWork", "basedOn", "Low Tide/CreativeWork") in facts
    # Twin: a writer named after the source's phrase wrote the adaptation.
    x = extraction_of("\u201cLow Tide\u201d is based on the novel by Tom Brill and written by Dana Vale.")
    assert {(f.predicate, e.label) for f in x.facts for e in x.entities
            if f.predicate == "writtenBy" and e.key == f.object and not f.subject.endswith("-source")} == {("writtenBy", "Dana Vale")}


# audit3: the possessive before a film's title names its director; before a series it names its
# creator or star as often, so the director reading is less sure there.
def _owner_credit(extraction) -> set[tuple[str, str, str, float]]:
    name = {e.key: e.label for e in extraction.entities}
    return {(name[f.subject], f.predicate, name[f.object], f.confidence) for f in extraction.facts
            if f.rule == "works.authors_title"}


def test_a_possessive_before_a_film_names_its_director(extraction_of):
    x = extraction_of("Harbour Films has acquired Dana Vale’s “Salt Road.” The film stars Mia Lund and opens in cinemas in May.")
    assert _owner_credit(x) == {("Salt Road", "directedBy", "Dana Vale", 0.7)}


def test_a_possessive_before_a_series_names_no_director(extraction_of):
    # Twin: a series goes by its creator or its star as often as by its director ("Dana Vale's
    # “Salt Road”" may be her sketch show), so the same slot gives no directing credit.
    x = extraction_of("Harbour TV has ordered Dana Vale’s “Salt Road.” The series stars Mia Lund and airs on Sky in May.")
    assert _owner_credit(x) == set()


@pytest.mark.parametrize("text, expected", [
    # Unquoted: "P's T" in a festival or box-office line names the maker as well as "P's “T”" does.
    ("The festival also picked Tomas Brenner's Saltmarsh and Ivo Caldera's Copper Moon.",
     {("Saltmarsh", "directedBy", "Tomas Brenner", 0.5), ("Copper Moon", "directedBy", "Ivo Caldera", 0.5)}),
    ("Harbour Films has acquired Dana Vale's Salt Road. The film stars Mia Lund and opens in May.",
     {("Salt Road", "directedBy", "Dana Vale", 0.7)}),
    # Twins: a company after the possessive is the person's own, not a work they made.
    ("Dana Vale's Harbour Films will produce the drama.", set()),
])
def test_a_possessive_before_an_unquoted_title_names_its_maker(extraction_of, text, expected):
    assert _owner_credit(extraction_of(text)) == expected


# sources32: the work an unnamed source is said of, the plural and "book series" source nouns, and
# co-authors.
@pytest.mark.parametrize("text", [
    # A common noun in apposition to the title carries the participle.
    "Harbour Films has put in development Night Nurse, a TV series based on the book by Rena Adair.",
    # The copula's complement carries it; the title is the clause's subject.
    "Night Nurse is a thriller comedy based on the book by Rena Adair.",
])
def test_a_noun_said_of_the_title_carries_the_unnamed_source(extraction_of, text):
    facts = typed_facts(extraction_of(text))
    based = {f for f in facts if f[1] == "basedOn"}
    assert len(based) == 1 and next(iter(based))[0].startswith("Night Nurse/") \
        and next(iter(based))[2] == "Night Nurse/CreativeWork"
    assert ("Night Nurse/CreativeWork", "writtenBy", "Rena Adair/Person") in facts


@pytest.mark.parametrize("text", [
    "Night Nurse is a thriller comedy set in a small town.",
    "Night Nurse is a thriller comedy based in London.",
    "Night Nurse is a drama based on a true story.",
    "Night Nurse, a TV series about a hospital, stars Tom Quill.",
])
def test_a_noun_said_of_the_title_without_a_source_gives_none(extraction_of, text):
    # Negative twins: no source phrase (a setting, a place, a true story) splits off no work.
    x = extraction_of(text)
    assert not [f for f in x.facts if f.predicate == "basedOn"]
    assert not [e for e in x.entities if e.key.endswith("-source")]


@pytest.mark.parametrize("text", [
    # Negative twins: "the books by A", "the book series by A" are several books titled otherwise;
    # no source of the adaptation's title is made up, and "the series" alone may be another show.
    "Moss Creek, starring Dana Pell, is based on the books by author Rena Adair.",
    "The series Hollow Pines, based on the book series by Ren Adair, will premiere in May.",
    "The series Hollow Pines, based on the series by Ren Adair, will premiere in May.",
    "Ren Adair's book series sold a million copies.",
])
def test_a_plural_or_bare_series_source_gives_no_source_work(extraction_of, text):
    x = extraction_of(text)
    assert not [f for f in x.facts if f.predicate == "basedOn"]
    assert not [e for e in x.entities if e.key.endswith("-source")]


def test_co_authors_of_an_unnamed_novel_both_wrote_it(extraction_of):
    x = extraction_of('Gale Ortiz is attached to star in Peacock\'s "The Tinder Box," based on the novel by Rob Fenn and Ava Stroud.')
    writers = {f for f in typed_facts(x) if f[1] == "writtenBy"}
    assert writers == {("The Tinder Box/CreativeWork", "writtenBy", "Rob Fenn/Person"),
                       ("The Tinder Box/CreativeWork", "writtenBy", "Ava Stroud/Person")}


@pytest.mark.parametrize("text", [
    "Tomas Reyne is directing an adaptation of Mara Quill's 2016 Pulitzer-winning novel The Copper Lantern for Harbour Films.",
    "Tomas Reyne is working on a series adaptation of Mara Quill's pandemic-themed bestseller \u201cThe Copper Lantern.\u201d",
])
def test_modifiers_between_the_adaptation_and_the_book_noun_keep_two_works(extraction_of, text):
    # A year and hyphened praise words before the book's noun: the adaptation still borrows the
    # book's title, and the author and the year are the book's.
    x = extraction_of(text)
    facts = typed_facts(x)
    adaptation = next(t for t in _works(x, "The Copper Lantern").values() if t in ("Film", "Series"))
    assert sorted(_works(x, "The Copper Lantern").values()) == sorted(["CreativeWork", adaptation])
    assert (f"The Copper Lantern/{adaptation}", "basedOn", "The Copper Lantern/CreativeWork") in facts
    assert ("The Copper Lantern/CreativeWork", "writtenBy", "Mara Quill/Person") in facts
    assert (f"The Copper Lantern/{adaptation}", "writtenBy", "Mara Quill/Person") not in facts
    if "2016" in text:
        assert ("The Copper Lantern/CreativeWork", "releaseYear", "2016") in facts
        assert (f"The Copper Lantern/{adaptation}", "releaseYear", "2016") not in facts


def test_a_book_with_hyphened_praise_read_not_adapted_stays_one_work(extraction_of):
    # The negative twin: no adaptation noun before the book, so one work, its author's.
    x = extraction_of("Tomas Reyne read Mara Quill's 2016 Pulitzer-winning novel The Copper Lantern on the flight.")
    assert list(_works(x, "The Copper Lantern").values()) == ["CreativeWork"]
    assert not [f for f in x.facts if f.predicate == "basedOn"]
    assert ("The Copper Lantern/CreativeWork", "writtenBy", "Mara Quill/Person") in typed_facts(x)


def test_a_relative_clause_says_the_source_of_its_antecedent(extraction_of):
    # "T, which is based on the novel by A": the clause is said of T, which borrows the unnamed
    # novel's title; A wrote the novel.
    x = extraction_of("The Copper Lantern, which is based on the novel by Mara Quill, lands on Harbour TV on May 3.")
    assert sorted(_works(x, "The Copper Lantern").values()) == ["CreativeWork", "CreativeWork"]
    sources = [f for f in x.facts if f.predicate == "basedOn"]
    assert len(sources) == 1 and sources[0].object == sources[0].subject + "-source"
    assert (sources[0].object, "writtenBy") in {(f.subject, f.predicate) for f in x.facts}
    assert not [f for f in x.facts if f.subject == sources[0].subject and f.predicate == "writtenBy"]


def test_a_relative_clause_on_a_person_gives_no_source(extraction_of):
    # The negative twin: the clause hangs on a person, not a work, so no work borrows a title.
    x = extraction_of("The Copper Lantern stars Tomas Reyne, who is based on the novel's hero, and lands on Harbour TV on May 3.")
    assert not [f for f in x.facts if f.predicate == "basedOn"]
    assert list(_works(x, "The Copper Lantern").values()) in (["CreativeWork"], ["Series"], ["Film"])


def test_a_dated_unnamed_source_has_its_year_and_author(extraction_of):
    # "based on A's 2017 novel of the same name": the year and the author are the book's, not the film's.
    x = extraction_of("Based on Kiri Holm's 2017 novel of the same name, Salt Road follows a ferryman.")
    facts = typed_facts(x)
    assert ("Salt Road/CreativeWork", "releaseYear", "2017") in facts
    assert ("Salt Road/CreativeWork", "writtenBy", "Kiri Holm/Person") in facts
    assert not {f for f in facts if f[0] != "Salt Road/CreativeWork" and f[1] in ("releaseYear", "writtenBy")}


@pytest.mark.parametrize("text", [
    "Harbour TV has ordered \u201cSalt Road,\u201d an adaptation of Kiri Holm\u2019s bestselling 2017 book of the same name.",
    "Harbour TV has ordered \u201cSalt Road,\u201d an adaptation of Kiri Holm\u2019s acclaimed 2017 novel of the same name.",
])
def test_praise_before_a_dated_unnamed_source_keeps_its_year_and_author(extraction_of, text):
    # The parser may read "bestselling" as a verb taking the book as its object and hang the
    # owner on "of": the owner's noun a few words on is still the source.
    facts = typed_facts(extraction_of(text))
    assert ("Salt Road/CreativeWork", "releaseYear", "2017") in facts
    assert ("Salt Road/CreativeWork", "writtenBy", "Kiri Holm/Person") in facts
    assert not {f for f in facts if f[0] != "Salt Road/CreativeWork" and f[1] in ("releaseYear", "writtenBy")}


def test_an_adaptation_of_a_persons_life_makes_up_no_source(extraction_of):
    # Negative twin: the owner's noun is no source noun, so no book is made up.
    x = extraction_of("Harbour TV has ordered \u201cSalt Road,\u201d an adaptation of Kiri Holm\u2019s remarkable 2017 journey across Chile.")
    assert not [f for f in x.facts if f.predicate in ("basedOn", "releaseYear")]


def test_the_author_after_of_the_same_name(extraction_of):
    facts = typed_facts(extraction_of("Salt Road is based on the novel of the same name by Kiri Holm."))
    assert {f[2] for f in facts if f[1] == "writtenBy"} == {"Kiri Holm/Person"}
    # Negative twin: no year is said, so none is given.
    assert not {f for f in facts if f[1] == "releaseYear"}


def _label(extraction, key: str) -> str:
    return next(e.label for e in extraction.entities if e.key == key)


def _said_of(extraction, key: str) -> set[tuple[str, str]]:
    """(predicate, object label or value) of the facts whose subject is `key`."""
    return {(f.predicate, f.object if f.is_attribute else _label(extraction, f.object))
            for f in extraction.facts if f.subject == key and not f.status}


def test_a_novel_from_its_author(extraction_of):
    # "the 2006 novel from author A": "from" names the writer as "by" does.
    x = extraction_of("Salt Road is based on the 2006 novel from best-selling author Kiri Holm.")
    sources = [f for f in x.facts if f.predicate == "basedOn"]
    assert len(sources) == 1
    source = sources[0].object
    assert _said_of(x, source) == {("writtenBy", "Kiri Holm"), ("releaseYear", "2006")}


def test_a_novel_from_a_publisher_has_no_author(extraction_of):
    # Negative twin: a company after "from" published the book; no one is its writer.
    x = extraction_of("Salt Road is based on the 2006 novel from Harbour Books.")
    assert not [f for f in x.facts if f.predicate == "writtenBy"]


def test_a_book_with_its_writer_by_a_director(extraction_of):
    # "an adaptation of A's book by B": the possessive names the writer, "by B" the adaptation's maker.
    x = extraction_of("The lineup includes Salt Road, a big-screen adaptation of Kiri Holm's famous book by Tessa Varn.")
    assert {_label(x, f.object) for f in x.facts if f.predicate == "writtenBy"} == {"Kiri Holm"}


def test_a_novel_with_its_writer_from_a_producer(extraction_of):
    # Negative twin: the possessive names the book's writer, so "from B" is the adaptation's maker.
    x = extraction_of("Harbour TV landed Salt Road, an adaptation of Kiri Holm's 2006 novel from Tessa Varn.")
    assert {(_label(x, f.subject), _label(x, f.object)) for f in x.facts if f.predicate == "writtenBy"} <= {
        ("Salt Road", "Kiri Holm")}
    assert not [f for f in x.facts if f.object == next(e.key for e in x.entities if e.label == "Tessa Varn")
                and f.predicate == "writtenBy"]


def test_a_script_based_on_a_novel_adapts_the_items_work(extraction_of):
    # "A wrote the script, based on the novel by B": the script is the film's, so the film the
    # paragraph is about adapts a namesake novel that B wrote.
    x = extraction_of("Harbour Films has acquired \u201cSalt Road,\u201d starring Pia Sorel. "
                      "Tessa Varn wrote the script, based on the 2006 novel by Kiri Holm.")
    sources = [f for f in x.facts if f.predicate == "basedOn"]
    assert [_label(x, f.subject) for f in sources] == ["Salt Road"]
    assert _said_of(x, sources[0].object) == {("writtenBy", "Kiri Holm"), ("releaseYear", "2006")}


def test_a_script_based_on_a_true_story_has_no_source(extraction_of):
    # Negative twin: "a true story" is no work, so nothing is adapted.
    x = extraction_of("Harbour Films has acquired \u201cSalt Road,\u201d starring Pia Sorel. "
                      "Tessa Varn wrote the script, based on a true story.")
    assert not [f for f in x.facts if f.predicate == "basedOn"]


@pytest.mark.parametrize("text", [
    "Harbour TV's \u201cSilver Harbor\u201d prequel has added three actors to its cast. The cast also includes Tessa Varn and Pia Sorel.",
    "Tessa Varn will star in the Silver Harbor sequel for Netflix.",
    "Tessa Varn and Pia Sorel have joined the untitled Silver Harbor spinoff.",
])
def test_the_cast_of_an_untitled_prequel_is_not_the_originals(facts_of, text):
    assert not {f for f in facts_of(text) if f[1] == "starring"}


def test_a_plain_mention_of_the_original_keeps_its_credit(facts_of):
    # Negative twin: the first sentence names the original itself; only the spinoff's casting is dropped.
    facts = facts_of("Tessa Varn starred in Silver Harbor. Pia Sorel will star in the Silver Harbor spinoff.")
    assert {f for f in facts if f[1] == "starring"} == {("Silver Harbor", "starring", "Tessa Varn")}


def test_a_source_named_right_after_its_noun_is_not_unnamed(extraction_of):
    # "based on A's novel “X,”": the title after the noun names the source, so the series is no
    # adaptation of a namesake.
    x = extraction_of("Ana Ruiz has joined the cast of Salt Lines. The drama series, which is based on Edna Fry's novel "
                      "\u201cWinter Of The Crown,\u201d premieres in May.")
    assert ("Salt Lines/Series", "basedOn", "Salt Lines/CreativeWork") not in typed_facts(x)
    assert len(_works(x, "Salt Lines")) == 1


def test_a_source_named_only_by_its_noun_is_the_adaptations_namesake(extraction_of):
    # Twin: no title after the noun.
    x = extraction_of("Ana Ruiz has joined the cast of Salt Lines. The drama series, which is based on the novel, premieres in May.")
    assert ("Salt Lines/Series", "basedOn", "Salt Lines/CreativeWork") in typed_facts(x)


@pytest.mark.parametrize("text, title", [
    # "adapted into X", "adapted as X": X is the new work, not a namesake source.
    ("Her memoir was adapted into Netflix's Salt Road.", "Salt Road"),
    ("The book was previously adapted as The Golden Key in 2007.", "The Golden Key"),
])
def test_the_title_a_book_is_adapted_into_is_the_adaptation(extraction_of, text, title):
    x = extraction_of(text)
    assert [e.label for e in x.entities].count(title) == 1
    assert not any(f.predicate == "basedOn" for f in x.facts)


def test_a_year_the_book_was_adapted_as_a_title_dates_the_title(facts_of):
    assert ("The Golden Key", "releaseYear", "2007") in facts_of("The book was previously adapted as The Golden Key in 2007.")
    # Twin: the year a source is adapted is not the source's year.
    assert not any(f[1] == "releaseYear" for f in facts_of("Zell adapted his play Le Pere for the screen in 2019."))


# "an adaptation of the book X from Julie Plec and Mara Vale": a "from" with people's full names
# after it names the makers, no words of the title, and the names after it are no titles.
def test_a_from_with_makers_ends_the_source_title(facts_of, entities_of):
    text = "Netflix ordered an adaptation of YA book Vampire Academy from Julie Plec and Mara Vale."
    entities = entities_of(text)
    assert "Vampire Academy" in entities and entities["Mara Vale"].type == "Person"
    assert ("Vampire Academy", "basedOn", "Vampire Academy") in facts_of(text)


def test_a_from_inside_a_title_stays(entities_of):
    # Twin: "from" with a place after it belongs to the title.
    assert "Escape from New York" in entities_of("Netflix is remaking the film Escape from New York.")


def test_an_adapted_screenplay_prize_is_no_adaptation(facts_of):
    facts = facts_of("Thornton won Best Adapted Screenplay for Sling Blade in 1997.")
    assert not {f for f in facts if f[1] == "basedOn"}


@pytest.mark.parametrize("text", [
    "Netflix has ordered the drama \u201cMarrow Lane.\u201d Adapted from Jo Keats' novel \u201cSalt Hours,\u201d the series follows a teacher.",
    "Netflix has ordered the drama \u201cMarrow Lane.\u201d Based on the novel \u201cSalt Hours\u201d by Jo Keats, the series follows a teacher.",
])
def test_a_source_in_an_opening_phrase_is_the_titled_works_source(facts_of, text):
    # The series the main clause refers to is the title named before, not the source's namesake.
    assert {f for f in facts_of(text) if f[1] == "basedOn"} == {("Marrow Lane", "basedOn", "Salt Hours")}


@pytest.mark.parametrize("text", [
    "The film adaptation of \u201cSalt Hours\u201d will be called \u201cMarrow Lane.\u201d",
    "Netflix is adapting the novel \u201cSalt Hours\u201d into a drama titled \u201cMarrow Lane.\u201d",
])
def test_an_adaptation_with_a_name_of_its_own_is_no_namesake(extraction_of, text):
    # The adaptation is called by another title: no second "Salt Hours" based on the first.
    x = extraction_of(text)
    assert len([e for e in x.entities if e.label == "Salt Hours"]) == 1
    assert not [f for f in x.facts if f.predicate == "basedOn" and f.subject == f.object]


@pytest.mark.parametrize("author", ["Ana Dell", "Ana O'Dell"])
@pytest.mark.parametrize("year", ["", "1993 "])
def test_an_adaptation_of_an_authors_novel_is_its_own_source(extraction_of, author, year):
    # "X is an adaptation of A's (1993) novel": the phrase names X's own (unnamed) source, even where
    # the article has named another book before; it does not point back to that book.
    x = extraction_of("Kestrel Films bought rights to Tom Brill's book \u201cSalt Road\u201d. Its drama \u201cSnowfield\u201d "
                      f"premiered at Sundance.\n\n\u201cSnowfield\u201d is an adaptation of {author}'s {year}novel.")
    facts = typed_facts(x)
    assert {("Snowfield/Film", "basedOn", "Snowfield/CreativeWork"),
            ("Snowfield/CreativeWork", "writtenBy", f"{author}/Person")} <= facts
    assert {f for f in facts if f[1] == "releaseYear"} == ({("Snowfield/CreativeWork", "releaseYear", "1993")} if year else set())


@pytest.mark.parametrize("text", [
    "Vexa has ordered \u201cMoon Garden,\u201d based on the webtoon of the same name, which was serialized on Naver from 2016 to 2019.",
    "\u201cMoon Garden\u201d is based on the novel by Dana Vale, which was published in 2016.",
    "\u201cMoon Garden\u201d is based on the novel by Dana Vale, published in 2016.",
])
def test_a_clause_on_an_unnamed_source_dates_the_source(extraction_of, text):
    # The clause is said of the book or webtoon the phrase names, not of the adaptation.
    facts = typed_facts(extraction_of(text))
    assert {f for f in facts if f[1] == "releaseYear"} == {("Moon Garden/CreativeWork", "releaseYear", "2016")}
    assert ("Moon Garden/CreativeWork", "releaseYear", "2016") in facts and any(f[1] == "basedOn" for f in facts)


@pytest.mark.parametrize("text", [
    "\u201cMoon Garden\u201d is based on the novel by Dana Vale, who debuted in 2010.",           # the author's clause
    "\u201cMoon Garden\u201d is based on the novel by Dana Vale, which will be published in 2027.",  # not out yet
])
def test_a_clause_on_the_author_or_a_future_book_dates_no_source(extraction_of, text):
    facts = typed_facts(extraction_of(text))
    assert any(f[1] == "basedOn" for f in facts)
    assert not {f for f in facts if f[1] == "releaseYear"}


def test_a_year_after_a_new_versions_noun_dates_the_work_remade(extraction_of):
    # "the update of 1980 supernatural thriller X": once X splits from its series remake, the year
    # read after "update of" is the original's, not the series'.
    facts = typed_facts(extraction_of("Kestrel TV is developing a series remake of \u201cThe Changeling\u201d with Tom Reyes "
                                      "starring. Ana Ruiz will direct the update of 1980 supernatural thriller \u201cThe Changeling\u201d."))
    assert ("The Changeling/Series", "basedOn", "The Changeling/Film") in facts
    assert {f for f in facts if f[1] == "releaseYear"} == {("The Changeling/Film", "releaseYear", "1980")}


def test_an_authors_described_novel_before_its_title_names_it(extraction_of):
    # "Brill's best selling novel, “Salt Road”": the description names the book after its comma;
    # it does not point back to another one.
    facts = typed_facts(extraction_of("Tom Brill's best selling novel, \u201cSalt Road\u201d is getting a series adaptation."))
    assert any(f[1] == "writtenBy" and f[2] == "Tom Brill/Person" and f[0].startswith("Salt Road/") for f in facts)


def test_a_remakes_own_later_year_stays_on_the_remake(extraction_of):
    # Twin of the update rule: "a take on the thriller that opens in 2026" is the remake's date.
    facts = typed_facts(extraction_of("Kestrel TV is developing a series remake of \u201cSalt Road\u201d with Tom Reyes starring. "
                                      "Ana Reyes stars in \u201cSalt Road\u201d, a take on the thriller that opens in 2026."))
    assert not {f for f in facts if f[1] == "releaseYear" and f[0] == "Salt Road/Film"}


def test_a_sentence_opening_based_on_names_its_own_source(extraction_of):
    # "Based on A's 2016 novel, X ...": capitalised at the sentence's start, still X's own source.
    facts = typed_facts(extraction_of("Tom Perrotta wrote the novel \u201cThe Leftovers\u201d in 2011. "
                                      "Based on Perrotta's 2016 novel, the series \u201cGuest House\u201d premiered in 2019."))
    assert not {f for f in facts if f[0].startswith("The Leftovers") and f[2] == "2016"}
    assert not {f for f in facts if f[1] == "basedOn" and f[2].startswith("The Leftovers")}


def test_an_adaptation_of_the_authors_novel_refers_to_the_named_novel(extraction_of):
    # "The TV adaptation of Brill's novel" where Brill's novel "Salt Road" is named: the phrase is
    # the adaptation of that novel, so HBO's order is for "Salt Road" (a dated "Brill's 2016 novel"
    # would be another book: test_a_sentence_opening_based_on_names_its_own_source).
    x = extraction_of("'Salt Road' will become an HBO series\n\nThe TV adaptation of Tom Brill's novel has received a series "
                      "order from HBO.\n\nIt's now official: Tom Brill\u2019s novel \u201cSalt Road\u201d will become a series from HBO.")
    produced = {f[2] for f in typed_facts(x) if f[1] == "produces"}
    assert produced and all(p.startswith("Salt Road/") for p in produced)


@pytest.mark.parametrize("text, source", [
    ("The series Night Ferry is based on the 1982 film of the same name.", "Night Ferry/Film"),
    ("Night Ferry is an adaptation of the 1982 movie of the same title.", "Night Ferry/Film"),
    ("The film Night Ferry is based on the 1982 Danish series of the same name.", "Night Ferry/Series"),
])
def test_a_screen_work_of_the_same_name_is_the_source_with_its_year(extraction_of, text, source):
    # Remakes and adaptations of films and series name the source by its kind and "of the same
    # name": a work of the adaptation's title, of the noun's class, dated by its year.
    facts = typed_facts(extraction_of(text))
    assert {f for f in facts if f[1] in ("basedOn", "releaseYear")} == {
        (next(f[0] for f in facts if f[1] == "basedOn"), "basedOn", source), (source, "releaseYear", "1982")}


@pytest.mark.parametrize("text, new, source", [
    ("Night Ferry is a reboot of the 1994 series of the same name, which ran on NBC.", "Night Ferry/Series", "Night Ferry/Series"),
    ("Night Ferry is a revival of the 1994 sitcom of the same name.", "Night Ferry/Series", "Night Ferry/Series"),
])
def test_a_reboot_of_a_work_of_the_same_name_keeps_its_medium(extraction_of, text, new, source):
    # A reboot or revival names its source as a remake does, and is of the source's medium.
    facts = typed_facts(extraction_of(text))
    assert {f for f in facts if f[1] in ("basedOn", "releaseYear")} == {(new, "basedOn", source), (source, "releaseYear", "1994")}
    assert len({e.key for e in extraction_of(text).entities if e.label == "Night Ferry"}) == 2


@pytest.mark.parametrize("text, source", [
    ("Harbour Films will remake Night Ferry, the 1987 thriller, with Tom Reyes starring.", "Night Ferry/Film"),
    ("Harbour Films is remaking Night Ferry, the 1987 thriller.", "Night Ferry/Film"),
    ("Vexa is rebooting Night Ferry, the 1994 sitcom.", "Night Ferry/Series"),
    ("Vexa is rebooting Night Ferry, which ran on NBC from 1994 to 2001.", "Night Ferry/Series"),
])
def test_a_work_a_company_remakes_is_the_source_of_a_namesake(extraction_of, text, source):
    # "will remake X", "is rebooting X": the verb names the new work by the old one's title, as
    # "will adapt X" does; the date said of X is the old work's, and the old one's words say its medium.
    x = extraction_of(text)
    works = [e for e in x.entities if e.label == "Night Ferry"]
    assert len(works) == 2
    facts = typed_facts(x)
    dated = {f for f in facts if f[1] == "releaseYear"}
    assert dated == {(source, "releaseYear", "1994" if "1994" in text else "1987")}
    old = next(e.key for e in works if e.key.endswith("-source"))
    assert [f for f in x.facts if f.predicate == "basedOn"][0].object == old
    assert all(f.subject == old for f in x.facts if f.predicate == "releaseYear")


@pytest.mark.parametrize("text, new, source", [
    ("Vexa is rebooting the 1994 sitcom Night Ferry.", "Night Ferry/Series", "Night Ferry/Series"),
    # A trade headline drops the article after the verb: "will rework 1999 cult movie X".
    ("Vexa will rework 1999 cult movie Night Ferry as a drama series.", "Night Ferry/Series", "Night Ferry/Film"),
    ("Harbour Films will remake 1999 cult movie Night Ferry.", "Night Ferry/Film", "Night Ferry/Film"),
])
def test_the_noun_before_a_remade_title_gives_the_old_works_medium_and_year(extraction_of, text, new, source):
    # The noun between the remake's verb and the title describes the old work: its medium and year.
    x = extraction_of(text)
    old = next(e.key for e in x.entities if e.key.endswith("-source"))
    assert {(f.subject == old, f.object) for f in x.facts if f.predicate == "releaseYear"} == {(True, "1994" if "1994" in text else "1999")}
    assert ("Night Ferry/" + new.split("/")[1], "basedOn", source) in typed_facts(x)


def test_the_original_anime_series_refers_to_the_adapted_anime(extraction_of):
    # "adapting the anime X ... The original Japanese anime series launched in 1998": the anime is
    # a series, the source, and the description with its nationality and medium words refers to it.
    x = extraction_of("Vexa is adapting the anime Night Ferry as a live-action series. "
                      "The original Japanese anime series launched in 1998 and ran for 26 episodes.")
    old = next(e.key for e in x.entities if e.key.endswith("-source"))
    assert ("Night Ferry/Series", "basedOn", "Night Ferry/Series") in typed_facts(x)
    assert [(f.subject, f.object) for f in x.facts if f.predicate == "releaseYear"] == [(old, "1998")]


def test_the_original_show_in_news_of_an_order_alone_is_no_source(extraction_of):
    # Twin: with no word of a new version in the article, "the original show" makes no second work.
    x = extraction_of("Vexa has ordered Night Ferry, a new series from Tom Reyes. The original show stars Ann Bell.")
    assert len([e for e in x.entities if e.label == "Night Ferry"]) == 1
    assert not any(f.predicate == "basedOn" for f in x.facts)


def test_a_work_a_company_releases_stays_one_work(extraction_of):
    # Twin: "released X, the 1987 thriller" names one work, dated.
    x = extraction_of("Harbour Films released Night Ferry, the 1987 thriller.")
    assert len([e for e in x.entities if e.label == "Night Ferry"]) == 1
    assert not any(f.predicate == "basedOn" for f in x.facts)


def test_a_film_of_the_same_name_by_a_person_was_directed_by_them(extraction_of):
    facts = typed_facts(extraction_of("The series Night Ferry is a remake of the 1994 film of the same name by Tom Reyes."))
    assert ("Night Ferry/Film", "directedBy", "Tom Reyes/Person") in facts
    assert not any(f[1] == "writtenBy" for f in facts)


@pytest.mark.parametrize("text", [
    "The series Night Ferry is a remake of the 1982 film by Tom Reyes.",
    "Night Ferry is a remake of the Danish series.",
])
def test_a_remade_screen_work_without_the_same_name_gets_no_made_up_title(extraction_of, text):
    # A remade film or series is as often retitled: without "of the same name", no source of the
    # adaptation's title is made up.
    x = extraction_of(text)
    assert [e.type for e in x.entities if e.label == "Night Ferry"] in (["Series"], ["Film"], ["CreativeWork"])
    assert not any(f.predicate == "basedOn" for f in x.facts)


@pytest.mark.parametrize("text", [
    "The drama Night Ferry is based on the book series of the same name by Ann Bell.",
    "The film Night Ferry is based on the 2004 comic book series of the same name.",
    "The film Night Ferry is based on the Broadway show of the same name.",
])
def test_a_page_or_stage_series_of_the_same_name_is_a_source_of_no_screen_class(extraction_of, text):
    x = extraction_of(text)
    assert [e.type for e in x.entities if e.key.endswith("-source")] == ["CreativeWork"]


@pytest.mark.parametrize("text, title, year", [
    ("Starz has ordered Blue Harbor, a drama series based on Ana Ruiz's film of the same name. "
     "That 2013 movie, which starred Tom Hale, was itself adapted from a comic.", "Blue Harbor", "2013"),
    ("Hulu has ordered Low Tide, a drama based on the Danish film of the same name. That 2016 feature starred Tom Hale.",
     "Low Tide", "2016"),
])
def test_a_dated_description_after_an_unnamed_source_is_the_source(extraction_of, text, title, year):
    # "T is based on A's film of the same name. That 2013 movie starred B": the dated description
    # refers to the earlier film, and the credits of its sentence are the film's.
    facts = typed_facts(extraction_of(text))
    adaptation = next(s for s, p, o in facts if p == "basedOn" and o == f"{title}/Film")
    assert {(f"{title}/Film", "releaseYear", year), (f"{title}/Film", "starring", "Tom Hale/Person")} <= facts
    assert not {f for f in facts if f[0] == adaptation and f[1] in ("releaseYear", "starring")}


def test_credits_of_a_sentence_about_the_adaptation_stay_on_it(extraction_of):
    # Negative twin: "The series, which stars A" is the adaptation's own cast.
    facts = typed_facts(extraction_of("Starz has ordered Blue Harbor, a drama series based on Ana Ruiz's film of the same name. "
                                      "The series, which stars Tom Hale, is set in Maine."))
    assert ("Blue Harbor/Series", "starring", "Tom Hale/Person") in facts
    assert ("Blue Harbor/Film", "starring", "Tom Hale/Person") not in facts


@pytest.mark.parametrize("text, kept", [
    # Twins of the dated description: an owner's credit on the screen work stays on it; a film
    # after a novel source, or a series after a film source, is the adaptation itself; a sentence
    # that also speaks of the series keeps its credits there.
    ("Salt Road is based on the novel of the same name by Ana Ruiz. Director Dana Vale's Salt Road stars Tom Hale.",
     ("starring", "Tom Hale/Person")),
    ("Lumen Pictures' Salt Road is based on Ana Ruiz's novel of the same name. That 2019 film, which starred Tom Hale, won two Oscars.",
     ("starring", "Tom Hale/Person")),
    ("Netflix's Salt Road is based on Dana Vale's film of the same name. The 2024 series stars Tom Hale and Ana Ruiz.",
     ("releaseYear", "2024")),
    ("HBO has ordered Salt Road, a drama based on the Danish film of the same name. "
     "That 2014 movie, produced by Lumen Pictures, starred Ana Ruiz; Tom Hale will star in the series.",
     ("starring", "Tom Hale/Person")),
])
def test_a_dated_description_that_is_not_the_sources_moves_nothing(extraction_of, text, kept):
    # (By entity key: an adaptation and its source may share both label and type.)
    x = extraction_of(text)
    name = {e.key: f"{e.label}/{e.type}" for e in x.entities}
    facts = {(f.subject, f.predicate, f.object if f.is_attribute else name[f.object]) for f in x.facts if not f.status}
    adaptation, source = next((s, o) for s, p, o in ((f.subject, f.predicate, f.object) for f in x.facts) if p == "basedOn")
    assert (adaptation, *kept) in facts
    assert (source, *kept) not in facts


@pytest.mark.parametrize("text", [
    # a relative clause on the describing noun, alone or joined to a release verb
    "Her latest work was \u201cCopper Line,\u201d a BBC drama that was adapted from the 1983 Mara Quill novel of the same name.",
    "Her latest work was \u201cCopper Line,\u201d a BBC drama that premiered in 2018 and was adapted from the 1983 Mara Quill novel of the same name.",
])
def test_a_relative_clause_on_the_describing_noun_adapts_the_title(extraction_of, text):
    # The writer's name compounded with the noun ("the Mara Quill novel") is its author.
    facts = typed_facts(extraction_of(text))
    adaptation = next(f[0] for f in facts if f[1] == "basedOn")
    assert (adaptation, "basedOn", "Copper Line/CreativeWork") in facts and adaptation != "Copper Line/CreativeWork"
    assert ("Copper Line/CreativeWork", "releaseYear", "1983") in facts
    assert ("Copper Line/CreativeWork", "writtenBy", "Mara Quill/Person") in facts
    assert {f[2] for f in facts if f[0] == adaptation and f[1] == "releaseYear"} <= {"2018"}


def test_a_relative_clause_on_a_person_adapts_no_title(extraction_of):
    # Negative twin: the noun the clause hangs on describes a person, not the title.
    facts = typed_facts(extraction_of("Her latest work was \u201cCopper Line,\u201d with Tom Brill, a writer who was adapting the 1983 Kiri Holm novel."))
    assert not {f for f in facts if f[1] == "basedOn"}


def test_a_makers_adaptation_named_by_its_source_takes_the_bracket_year(extraction_of):
    # "his films X (1973), ... and his adaptation of A's Z (1990)": a filmography's year, the adaptation's.
    facts = typed_facts(extraction_of("He is best remembered for his films Moth Hour (1973), Tide Line (1976) "
                                      "and his adaptation of Mara Quill's The Lanterns (1990)."))
    assert ("The Lanterns/Film", "releaseYear", "1990") in facts
    assert ("The Lanterns/CreativeWork", "releaseYear", "1990") not in facts


@pytest.mark.parametrize("text", [
    # twins: a source noun says the year is the book's; alone, the bracket may date the original
    "He is best remembered for his films Moth Hour (1973), Tide Line (1976) and his adaptation of Mara Quill's novel The Lanterns (1990).",
    "He is now making his adaptation of Mara Quill's The Lanterns (1954).",
])
def test_a_bracket_year_after_a_source_outside_a_filmography_stays_the_sources(extraction_of, text):
    facts = typed_facts(extraction_of(text))
    assert not {f for f in facts if f[0] == "The Lanterns/Film" and f[1] == "releaseYear"}


@pytest.mark.parametrize("source_sentence, kind", [
    ("\u201cLow Tide\u201d was first published in 1988 by Penguin.", "book"),
    ("\u201cLow Tide\u201d is a 1988 video game that sold five million copies.", "game"),
])
def test_a_published_title_shared_with_its_series_takes_the_year_apart(extraction_of, source_sentence, kind):
    # The series and the book or game it adapts share a title; the year of publication is the
    # source's, not the series'.
    x = extraction_of("Harbour Films' series \u201cLow Tide\u201d stars Tomas Reyne. " + source_sentence)
    facts = typed_facts(x)
    assert ("Low Tide/Series", "basedOn", "Low Tide/CreativeWork") in facts
    assert ("Low Tide/CreativeWork", "releaseYear", "1988") in facts
    assert ("Low Tide/Series", "releaseYear", "1988") not in facts
    assert ("Low Tide/Series", "starring", "Tomas Reyne/Person") in facts


def test_a_series_called_a_video_game_adaptation_stays_one_work(extraction_of):
    x = extraction_of("Harbour Films' series \u201cLow Tide\u201d stars Tomas Reyne. "
                      "\u201cLow Tide\u201d is a video game adaptation from Dana Vale.")
    assert [e.type for e in x.entities if e.label == "Low Tide"] == ["Series"]


@pytest.mark.parametrize("text", [
    "The Harbour TV series \u201cNight Ferry,\u201d based on a 2016 podcast from Kestrel Audio, stars Mia Kovac.",
    "\u201cNight Ferry\u201d is adapted from a 2016 novel by Dana Ruiz.",
])
def test_an_indefinite_source_gets_no_made_up_title_or_year(extraction_of, text):
    # "based on a 2016 podcast": one source of its kind the news does not name (its title may
    # differ), so no second "Night Ferry" is made up, and its year dates nothing.
    x = extraction_of(text)
    assert len([e for e in x.entities if e.label == "Night Ferry"]) == 1
    assert not [f for f in x.facts if f.predicate in ("basedOn", "releaseYear")]


@pytest.mark.parametrize("text", [
    "The Harbour TV series \u201cNight Ferry,\u201d based on a 2016 podcast of the same name, stars Mia Kovac.",
    "Harbour TV's \u201cNight Ferry,\u201d based on the 2016 book by Dana Ruiz, premieres in March.",
])
def test_a_definite_or_same_named_source_keeps_the_title_with_its_year(extraction_of, text):
    # Twins: "of the same name", or "the 2016 book by A" (the one book the adaptation keeps).
    x = extraction_of(text)
    old = next(e.key for e in x.entities if e.key.endswith("-source"))
    assert [(f.subject, f.object) for f in x.facts if f.predicate == "releaseYear"] == [(old, "2016")]
