"""Descriptions that point back ("the series", "the film") and the titles they may point to."""
import pytest

from mediakg.extract.mentions.references import named_in_passing

pytestmark = pytest.mark.slow


def test_a_credit_in_parentheses_is_named_in_passing():
    text = "Mara Quill (Saltmarsh, Low Tide) joins the cast."
    assert named_in_passing(text, text.index("Saltmarsh"))
    assert named_in_passing(text, text.index("Low Tide"))
    assert not named_in_passing(text, text.index("Mara"))


def test_a_title_after_known_for_is_named_in_passing_and_one_after_a_genre_is_not():
    text = "Quill, known for Saltmarsh, will star in the thriller Copperhead."
    assert named_in_passing(text, text.index("Saltmarsh"))
    assert not named_in_passing(text, text.index("Copperhead"))


def test_titles_after_roles_in_and_a_listed_the_are_named_in_passing():
    text = "Quill, known for her roles in Saltmarsh and The Low Tide, will star in the thriller Copperhead."
    assert named_in_passing(text, text.index("Saltmarsh"))
    assert named_in_passing(text, text.index("Low Tide"))
    assert not named_in_passing(text, text.index("Copperhead"))


def test_the_series_is_not_a_title_from_someones_roles(facts_of):
    facts = facts_of("Mara Quill, known for her roles in Saltmarsh and Low Tide, joins the cast. "
                     "The series is directed by Tomas Reyne.")
    assert not {f for f in facts if f[1] == "directedBy"}


def test_the_series_never_means_a_title_named_only_as_a_calling_card(facts_of):
    # The new series is untitled: its producer must not be credited to a cast member's old show.
    facts = facts_of("Orchard Street has cast Mara Quill (Saltmarsh, Low Tide) in an untitled drama. "
                     "The series will be produced by Fenwick Studios.")
    assert not {f for f in facts if f[1] == "produces"}
    assert ("Mara Quill", "knownFor", "Saltmarsh") in facts


def test_the_series_still_means_the_title_the_article_names(facts_of):
    facts = facts_of("Orchard Street has ordered the drama Copperhead, starring Mara Quill (Saltmarsh). "
                     "The series will be produced by Fenwick Studios.")
    assert ("Fenwick Studios", "produces", "Copperhead") in facts
    assert ("Fenwick Studios", "produces", "Saltmarsh") not in facts


def test_a_streamers_original_series_is_not_the_source_of_an_adaptation(extraction_of):
    x = extraction_of("Orchard Street has unveiled the cast of its upcoming original series Copperhead. "
                      "The series is based on a book of the same name by Lena Marsh.")
    # "its original series" is the streamer's own production, not a source; the book of the same
    # name is the source, a second work under the series' title.
    works = {e.key: e.type for e in x.entities if e.label == "Copperhead"}
    assert sorted(works.values()) == ["CreativeWork", "Series"]
    series = next(k for k, t in works.items() if t == "Series")
    book = next(k for k, t in works.items() if t == "CreativeWork")
    assert {(f.subject, f.predicate, f.object) for f in x.facts if f.predicate == "basedOn"} == {(series, "basedOn", book)}


def test_the_film_may_mean_a_quoted_title_not_yet_typed(facts_of):
    facts = facts_of("Among the films in competition is Ana Ruiz\u2019s \u201cLow Tide.\u201d The film will be released by Mubi. "
                     "Another contender is \u201cCopperhead,\u201d directed by Tomas Reyne. The film features Mara Quill.")
    assert ("Copperhead", "starring", "Mara Quill") in facts
    assert ("Low Tide", "starring", "Mara Quill") not in facts


def test_the_series_does_not_mean_a_title_the_text_called_a_film(entities_of, facts_of):
    text = "Mara Quill, who directed the 2016 film Copperhead, will direct the series for Fenwick Studios."
    assert entities_of(text)["Copperhead"].type == "Film"
    # Its twin: a title called a series is what "the series" means.
    twin = "Fenwick Studios has ordered the series Copperhead. The series stars Tomas Reyne."
    assert entities_of(twin)["Copperhead"].type == "Series"
    assert ("Copperhead", "starring", "Tomas Reyne") in facts_of(twin)


def test_the_pic_is_the_trade_word_for_the_film(entities_of, facts_of):
    text = "Fenwick Studios has boarded \u201cCopperhead.\u201d The pic stars Tomas Reyne."
    assert entities_of(text)["Copperhead"].type == "Film"
    assert ("Copperhead", "starring", "Tomas Reyne") in facts_of(text)


# --- works helper: "the drama" in a film article ---

def test_the_drama_in_a_film_article_votes_no_series(entities_of):
    text = ("Wrenfield has acquired the rights to “Low Tide.” The drama stars Ivo Brandt. "
            "Wrenfield buys two films a year for a theatrical release, and its movies open in May.")
    assert entities_of(text)["Low Tide"].type in ("CreativeWork", "Film")


def test_the_drama_in_a_tv_article_votes_series(entities_of):
    text = ("The network has ordered “Low Tide.” The drama stars Ivo Brandt and runs for eight episodes "
            "over one season.")
    assert entities_of(text)["Low Tide"].type == "Series"


# An untitled work introduced after a title's last mention ("has cast A in an upcoming drama
# series") is what "the series" and "the show" then mean: they point at no earlier title, and the
# credits of their sentences go to no other work.
UNTITLED = ('Tom Hale, who created "Moonfall," has cast Jane Roe in an upcoming drama series. Joining Roe in the '
            'series are Mia Stone and Dan Wu. The show, produced by Harbour Films, is set in Boston.')


def test_the_series_after_an_untitled_opening_is_no_earlier_title(facts_of):
    facts = facts_of(UNTITLED)
    assert {f for f in facts if f[1] in ("starring", "produces")} == set()
    assert ("Tom Hale", "knownFor", "Moonfall") in facts


def test_the_series_after_a_named_title_still_points_to_it(facts_of):
    facts = facts_of('Tom Hale created "Moonfall." The series is set in Boston and stars Jane Roe.')
    assert {f for f in facts if f[1] == "starring"} == {("Moonfall", "starring", "Jane Roe")}


def test_a_noun_saying_what_a_work_is_opens_no_untitled_work(facts_of):
    facts = facts_of('"Moonfall" premiered in Cannes. The picture, which screened as a first feature, stars Jane Roe.')
    assert {f for f in facts if f[1] == "starring"} == {("Moonfall", "starring", "Jane Roe")}


# A title hyphened to "-inspired", "-style" modifies the noun after it: a source or a model, never
# the work the article is about, nor what "the series" means.
def test_a_title_before_inspired_is_named_as_a_modifier():
    from mediakg.extract.mentions.references import named_as_modifier

    text = 'The "Moonfall"-inspired drama "Glasshouse" stars Mia Stone, a Moonfall veteran.'
    assert named_as_modifier(text, text.index("Moonfall") + len("Moonfall"))
    assert named_as_modifier(text, text.index("Moonfall") + len('Moonfall"-inspired'))
    assert not named_as_modifier(text, text.index("Glasshouse") + len("Glasshouse"))
    assert not named_as_modifier(text, text.rindex("Moonfall") + len("Moonfall"))


def test_the_cast_of_an_inspired_drama_is_the_dramas(facts_of):
    facts = facts_of('Tom Hale\u2019s "Moonfall"-inspired drama "Glasshouse" has found its cast. '
                     'Joining a cast that already includes Mia Stone are Jane Roe and Dan Wu.')
    assert {f for f in facts if f[1] == "starring"} == {("Glasshouse", "starring", "Mia Stone")}


ROUNDUP = ("Copperline Pictures has bought the thriller \u201cNight Ferry,\u201d starring Ines Moravec. "
           "\u201cNight Ferry\u201d marks Moravec's first lead role, and the studio plans a wide release for Night Ferry.\n\n"
           "\u201cSalt Meadow\u201d - Harrow Films has picked up rights to the drama. {first} "
           "The film is directed by Jonas Pell.")


def test_the_film_in_a_later_item_is_the_title_that_item_names(facts_of):
    # A round-up paragraph that names its own title is about it, however often the lede's title recurs.
    facts = facts_of(ROUNDUP.format(first="Lena Ostrova stars."))
    assert ("Salt Meadow", "directedBy", "Jonas Pell") in facts
    assert ("Night Ferry", "directedBy", "Jonas Pell") not in facts


@pytest.mark.parametrize("card", ["Lena Ostrova of \u201cDeep Harbour\u201d also joins.",
                                  "Deep Harbour star Lena Ostrova also joins."])
def test_a_title_that_tags_a_person_makes_no_item(facts_of, card):
    # "P of X", "X star P": the title is P's earlier work; the paragraph is still about the lede's film.
    text = ("Copperline Pictures has bought the thriller \u201cNight Ferry,\u201d starring Ines Moravec. "
            "\u201cNight Ferry\u201d marks Moravec's first lead role.\n\n" + card + " The film is directed by Jonas Pell.")
    facts = facts_of(text)
    assert ("Night Ferry", "directedBy", "Jonas Pell") in facts
    assert ("Deep Harbour", "directedBy", "Jonas Pell") not in facts


def test_a_description_in_apposition_names_the_company_before_it(facts_of):
    # "X, the outfit behind A and B": the outfit is X, however often the buyer is named.
    facts = facts_of("Keel Media has bought Harbour Films, the outfit behind the dramas Salt Road and Glass Harbour. "
                     "Keel Media also owns Tern Pictures.")
    assert {f for f in facts if f[1] == "produces"} == {
        ("Harbour Films", "produces", "Salt Road"), ("Harbour Films", "produces", "Glass Harbour")}


def test_a_description_before_a_speech_verb_is_no_apposition(facts_of):
    # "..., the studio said": a speaker, not a description of the company before the comma.
    facts = facts_of("Keel Media has bought Harbour Films, the studio said on Monday.")
    assert ("Keel Media", "acquires", "Harbour Films") in facts
    assert not {f for f in facts if f[1] == "produces"}


# --- a company noun before a person's name (types2) ----------------------------------------------

def test_a_company_noun_before_a_full_personal_name_keeps_the_person(entities_of):
    entities = entities_of("Salt Road follows the life of British broadcaster Danny Vale and his family.")
    assert entities["Danny Vale"].type == "Person"


def test_a_company_noun_before_a_company_name_types_it(entities_of):
    # negative twin: a name that opens with no given name is the company the noun calls it
    entities = entities_of("UK broadcaster Tidewater will air Salt Road.")
    assert entities["Tidewater"].type == "Broadcaster"


def test_a_studio_noun_before_a_personal_name_types_the_company(entities_of):
    # negative twin: only a trade people ply ("broadcaster") keeps the person; a studio is a company
    entities = entities_of("Tideway has acquired the feature debut of creative studio Walter Vale.")
    assert entities["Walter Vale"].type != "Person"


# --- a round-up item that opens with a newcomer joining a new project (precision5) -----------------

ROUNDUP_HEAD = ("Casting roundup: Tom Hale joins \u201cEmber Road\u201d\n\n"
                "Tom Hale will star in Ember Road alongside Mara Quint. The film marks the debut of writer Ana Ruiz.\n\n")


def test_the_film_in_an_item_about_a_newly_joined_project_is_not_the_first_items_work(facts_of):
    facts = facts_of(ROUNDUP_HEAD + "Lena Cho has signed on for Seven Winters. "
                     "Joel Varga is directing the film, which stars Nina Sol and Pia Lund.")
    assert not {f for f in facts if f[0] == "Ember Road" and f[2] in ("Joel Varga", "Nina Sol", "Pia Lund", "Lena Cho")}
    assert ("Ember Road", "starring", "Tom Hale") in facts


def test_the_film_after_a_newcomer_joins_the_cast_is_still_the_articles_work(facts_of):
    # negative twin: "has joined the cast" names no new project, so the item goes on about Ember Road
    facts = facts_of(ROUNDUP_HEAD + "Lena Cho has joined the cast. "
                     "Joel Varga is directing the film, which stars Nina Sol and Pia Lund.")
    assert {("Ember Road", "starring", "Nina Sol"), ("Ember Road", "starring", "Pia Lund")} <= facts


# --- a past work is no project (PAST_WORK_BEFORE_RE) ---------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("The script went to the buyers of Orla Brandt's last film Saltmarsh last week.", "Saltmarsh"),
    ("The thriller follows her 2019 film \u201cSaltmarsh,\u201d which won in Venice.", "Saltmarsh"),
    ("After the success of Saltmarsh, the studio wants more.", "Saltmarsh"),
    ("Copperhead is a remake of the 2014 Danish box office hit Saltmarsh.", "Saltmarsh"),
    ("The drama is the sequel to Saltmarsh.", "Saltmarsh"),
    ("Brandt's previous feature, Saltmarsh, premiered at Cannes.", "Saltmarsh"),
])
def test_a_work_the_text_calls_earlier_is_named_in_passing(text, title):
    assert named_in_passing(text, text.index(title))


@pytest.mark.parametrize("text, title", [
    ("The script went to the buyers of Orla Brandt's new film Saltmarsh last week.", "Saltmarsh"),
    ("Orla Brandt's latest film Saltmarsh starts shooting in May.", "Saltmarsh"),
    ("After the festival, Saltmarsh opens in Paris.", "Saltmarsh"),
    ("Copperhead is a remake of the 2014 Danish hit Saltmarsh, which Lena Holt will direct.", "Copperhead"),
])
def test_a_new_work_or_the_remake_itself_is_not_named_in_passing(text, title):
    assert not named_in_passing(text, text.index(title))


def test_the_film_is_not_the_directors_last_film(facts_of):
    # The new film is untitled: its producers are not the earlier film's.
    facts = facts_of("Harbor Sales has launched sales on Orla Brandt's untitled new drama.\n\n"
                     "Buyers of Brandt's last film Saltmarsh have a first look.\n\n"
                     "The film, produced by Tomas Reyne and Lena Holt, began shooting in Lisbon.")
    assert not {f for f in facts if f[1] == "producer"}


def test_the_film_is_the_one_title_not_called_earlier(facts_of):
    # Twin: the director's film is named and new, so "the film" is it.
    facts = facts_of("Harbor Sales has launched sales on Orla Brandt's new drama Saltmarsh.\n\n"
                     "Buyers in France have a first look.\n\n"
                     "The film, produced by Tomas Reyne and Lena Holt, began shooting in Lisbon.")
    assert ("Saltmarsh", "producer", "Tomas Reyne") in facts


# --- a genre noun repeats the noun that introduced its work ---
def test_the_comedy_is_the_work_introduced_as_a_comedy_not_the_drama(facts_of):
    text = ("Cinesud has sold the drama \u201cThe Long Winter\u201d to Lumo. Northstar is selling the comedy "
            "\u201cWho Let Them Stay.\u201d The comedy stars Ann Lee.")
    starring = {f for f in facts_of(text) if f[1] == "starring"}
    assert starring == {("Who Let Them Stay", "starring", "Ann Lee")}


def test_the_comedy_is_no_work_introduced_only_as_a_drama(facts_of):
    text = ("Cinesud has sold the drama \u201cThe Long Winter\u201d to Lumo. Northstar is selling territories for "
            "Tom Reyes's \u201cWho Let Them Stay.\u201d The comedy, which stars Ann Lee, was picked up by Kinoplex for Germany.")
    facts = facts_of(text)
    assert ("The Long Winter", "starring", "Ann Lee") not in facts
    assert ("Kinoplex", "acquires", "Who Let Them Stay") in facts


def test_the_drama_still_points_back_to_the_drama(facts_of):
    # Twin: the same noun keeps its antecedent.
    text = ("Northstar is selling the comedy \u201cWho Let Them Stay.\u201d Cinesud has sold the drama "
            "\u201cThe Long Winter\u201d to Lumo. The drama stars Ann Lee.")
    assert ("The Long Winter", "starring", "Ann Lee") in facts_of(text)


def test_a_plain_company_noun_makes_a_name_taken_for_a_person_a_company(entities_of):
    assert entities_of("Netflix has ordered a drama series from Jane Hill's company Bluefin.")["Bluefin"].type in ("Organization", "ProductionCompany")


def test_a_company_noun_before_a_full_name_leaves_a_person(entities_of):
    # Twin: "company founder Ana Ruiz" is a person.
    assert entities_of("Harbor Films said company founder Ana Ruiz will step down.")["Ana Ruiz"].type == "Person"


# --- a description right after a title's introduction continues about that title ---
def test_the_film_after_a_newly_introduced_title_is_that_title(facts_of):
    text = ("Netflix is launching Red River and Blue Lake. Starring Tom Hale, Red River is directed by Mia Stone. "
            "Already streaming is thriller Salt Road, starring Ann Cole. The film is written and directed by Raj Patel.")
    facts = facts_of(text)
    assert ("Salt Road", "directedBy", "Raj Patel") in facts
    assert ("Red River", "directedBy", "Raj Patel") not in facts


def test_the_series_after_a_calling_card_is_still_the_articles_series(facts_of):
    # Twin: a title named as someone's credit is no newcomer the description could mean.
    text = ("Netflix has ordered the drama series Red River. Tom Hale is known for Salt Road. "
            "The series is written by Raj Patel.")
    facts = facts_of(text)
    assert ("Red River", "writtenBy", "Raj Patel") in facts
    assert ("Salt Road", "writtenBy", "Raj Patel") not in facts


def test_the_new_film_is_no_past_credit_named_in_a_relative_clause(facts_of):
    facts = facts_of("Ravi Anand, who also produced the 2012 film Tin Roof, produced the new film with Dana Holt.")
    assert ("Tin Roof", "producer", "Dana Holt") not in facts
    assert ("Tin Roof", "producer", "Ravi Anand") in facts


def test_the_film_after_a_past_credit_is_the_articles_film(facts_of):
    # Twin: with the article's film named, "the film" is that one.
    facts = facts_of("Harbor Films has bought the thriller Cold Creek. Ravi Anand, who also produced the 2012 film "
                     "Tin Roof, produced the film with Dana Holt.")
    assert ("Cold Creek", "producer", "Dana Holt") in facts
    assert ("Tin Roof", "producer", "Dana Holt") not in facts


@pytest.mark.parametrize("description", ["The six-part series also stars", "The 10-episode crime drama stars", "The animated comedy series stars"])
def test_a_described_work_with_format_and_genre_words_points_back(facts_of, description):
    facts = facts_of(f"Netflix has ordered the drama Fenrir. {description} Cengiz Ali and Helena Ode.")
    assert {f for f in facts if f[1] == "starring"} == {("Fenrir", "starring", "Cengiz Ali"), ("Fenrir", "starring", "Helena Ode")}


def test_a_described_work_in_a_new_item_is_no_earlier_title(facts_of):
    # Twin: an indefinite description names an untitled work, not the one named before.
    facts = facts_of("Netflix has ordered the drama Fenrir. Hulu has ordered a six-part series that stars Cengiz Ali.")
    assert ("Fenrir", "starring", "Cengiz Ali") not in facts


SHOWS = "Larkspur has set fall dates for Tin Lantern, Oak Bay and Wren Hollow. Tin Lantern stars Cora Pike. Tin Lantern has eight episodes. "


def test_the_show_is_the_title_the_sentence_before_opens_on(facts_of):
    # "Half-hour comedy Y follows a baker. Created by A, the show ...": the sentence before is
    # about Y, its opening subject, though the article names another title more often.
    facts = facts_of(SHOWS + "Half-hour comedy Oak Bay follows a baker. Created by Rina Vell, the show is executive produced by Otto Crane.")
    assert ("Oak Bay", "executiveProducer", "Otto Crane") in facts
    assert not any(f[0] == "Tin Lantern" and f[2] == "Otto Crane" for f in facts)


def test_a_title_opening_a_sentence_as_a_calling_card_is_no_antecedent(facts_of):
    # Twin: "Oak Bay star A ..." opens on the star, not on Oak Bay; the show stays the main title.
    facts = facts_of(SHOWS + "Oak Bay star Nell Farrow joins the cast. The show is executive produced by Otto Crane.")
    assert ("Tin Lantern", "executiveProducer", "Otto Crane") in facts


def test_companies_producing_go_on_about_the_title_the_sentence_before_is_about(facts_of):
    facts = facts_of(SHOWS + "Oak Bay is a half-hour comedy. Rookwood Pictures and Tamsin Films are producing.")
    assert {("Rookwood Pictures", "produces", "Oak Bay"), ("Tamsin Films", "produces", "Oak Bay")} <= facts
    assert not any(f[2] == "Tin Lantern" and f[1] == "produces" for f in facts)



RENEWALS = ("HBO has renewed Salt Road and Copperhead. Salt Road stars Ana Ruiz. "
            "Salt Road is produced by Harbour Films, and Salt Road airs on Sundays.\n\n")


def test_the_show_in_a_roundups_later_paragraph_is_the_title_that_paragraph_names(facts_of):
    # A round-up names its main title most often; "the show" right after another title is that title.
    facts = facts_of(RENEWALS + "In May, Copperhead, the network's legal drama, returns with eight episodes. "
                     "The show is executive produced by Tom Hale and Mia Ross.")
    assert {f for f in facts if f[1] == "executiveProducer"} == {
        ("Copperhead", "executiveProducer", "Tom Hale"), ("Copperhead", "executiveProducer", "Mia Ross")}


def test_a_calling_card_just_named_is_not_the_show(facts_of):
    # negative twin: a cast member's credit named in the sentence before is her record, not the show
    facts = facts_of(RENEWALS + "Lena Cho of “Copperhead” joins the cast of Salt Road. "
                     "The show is executive produced by Tom Hale and Mia Ross.")
    assert {f for f in facts if f[1] == "executiveProducer"} == {
        ("Salt Road", "executiveProducer", "Tom Hale"), ("Salt Road", "executiveProducer", "Mia Ross")}


def test_a_writers_credit_in_apposition_is_not_the_remake(facts_of):
    # negative twin: "one of the writers of X" names the writer's other film, not what "the remake" is
    facts = facts_of("Harbour Films is remaking the thriller Salt Road. Salt Road was a hit for Harbour Films in 1990, "
                     "and the thriller Salt Road made Ana Ruiz a star.\n\n"
                     "Tom Hale, one of the writers of the film “Copperhead,” will pen the remake.")
    assert ("Salt Road", "writtenBy", "Tom Hale") in facts
    assert ("Copperhead", "writtenBy", "Tom Hale") not in facts


def test_a_title_naming_the_makers_of_a_new_work_is_named_in_passing(facts_of):
    # "a comedy from the trio behind X": X names the makers; the untitled comedy's credits are not X's
    facts = facts_of("Starz is developing a dark comedy from the trio behind Ashgrove. "
                     "Kit Marlow executive produces via his Redfield banner.")
    assert not {f for f in facts if f[1] in ("executiveProducer", "produces")}


def test_the_makers_of_a_named_new_work_credit_that_work(facts_of):
    # negative twin: the new comedy has a title, and the credits go to it
    facts = facts_of("Starz has ordered Copperhead, a dark comedy from the trio behind Ashgrove. "
                     "Kit Marlow executive produces via his Redfield banner.")
    assert ("Copperhead", "executiveProducer", "Kit Marlow") in facts
    assert ("Ashgrove", "executiveProducer", "Kit Marlow") not in facts


def test_a_described_title_in_someones_credits_is_a_calling_card(facts_of):
    # "whose credits include the 2018 Cannes ... selection X": X is a card, so the unnamed
    # credits that follow are the new project's, not X's.
    facts = facts_of("Ana Ruiz will direct a new thriller for Harbor Films. Ruiz, whose credits include the 2018 Cannes "
                     "Directors' Fortnight selection Salt Road, also writes. Tom Hale is producing.")
    assert ("Ana Ruiz", "knownFor", "Salt Road") in facts
    assert ("Salt Road", "producer", "Tom Hale") not in facts
