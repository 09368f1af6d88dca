"""Release years read beside a title: in its parenthesis, its possessive, a dated work noun."""
import pytest

from mediakg.extract.relations.attributes import AREA_RE, area_square_metres

pytestmark = pytest.mark.slow


def years(facts):
    return {(s, v) for s, p, v in facts if p == "releaseYear"}


def test_a_year_in_the_titles_parenthesis(facts_of):
    assert years(facts_of("Mara Quill starred in the thriller Copperhead (2019).")) == {("Copperhead", "2019")}


def test_a_bare_year_after_from_ending_the_phrase(facts_of):
    # "the opening of X from 2000": box-office copy dates an older film so.
    text = "The sequel bested the \u00a36.6m start of the thriller Copperhead from 2015."
    assert years(facts_of(text)) == {("Copperhead", "2015")}


def test_a_run_from_a_year_to_another_is_no_from_year(facts_of):
    # Twin: "from 2010 to 2015" after a title is no phrase-ending year of its own.
    text = "Lumen Pictures licensed the thriller Copperhead from 2010 to 2015."
    assert ("Copperhead", "2010") not in years(facts_of(text))


def test_a_window_from_a_year_is_no_release_year(facts_of):
    # Twin: "will stream X from 2025" is when a licence starts, not when X came out.
    assert not years(facts_of("Netflix will stream the classic drama Copperhead from 2025."))


def test_a_year_before_a_work_noun_after_an_owner(facts_of, entities_of):
    text = "She also appeared in Tomas Brenner's 2015 drama Saltmarsh."
    assert years(facts_of(text)) == {("Saltmarsh", "2015")}
    # The owner and the year are not part of the title.
    assert set(entities_of(text)) == {"Tomas Brenner", "Saltmarsh"}


def test_a_year_not_beside_the_title_dates_nothing(facts_of):
    # Negative twin: the year is when the deal was signed, not when Copperhead came out.
    assert not years(facts_of("Fenwick Studios signed the deal for the thriller Copperhead in a 2019 meeting."))


def test_a_year_before_a_genre_noun_dates_each_coordinated_title(facts_of):
    # "the 2019 thriller X": a genre noun is a work noun as much as "film" is.
    assert years(facts_of("Mara Quill starred in the 2019 thriller Glasshouse and the 2021 drama Low Tide.")) == {
        ("Glasshouse", "2019"), ("Low Tide", "2021")}


def test_a_year_before_a_chain_of_modifiers_and_a_work_noun(facts_of):
    # "the 1994 blockbuster disaster movie X": the noun next to the title ends the phrase, whatever
    # work nouns ("blockbuster") stand inside it.
    assert years(facts_of("Mara Quill starred in the 1994 blockbuster disaster movie \u201cRiptide\u201d.")) == {("Riptide", "1994")}
    # Twin: the year of a record is not the year of the movie that later broke it.
    assert not years(facts_of("The 1994 box office record fell to the disaster movie \u201cRiptide\u201d last year."))


def test_a_year_before_a_run_of_work_nouns(facts_of):
    assert years(facts_of("Her 2020 horror film Copperhead was a hit.")) == {("Copperhead", "2020")}
    # Twin: the year of a slate is not the year of a title named later in the sentence.
    assert not years(facts_of("Its 2020 film slate was cut, the studio said of Copperhead."))


def test_a_year_after_a_quoted_title(facts_of):
    # The closing quote stands between the title and its parenthesis, or the year follows a comma
    # inside a credit's own parenthesis.
    assert years(facts_of("Her credits include \u201cCopperhead\u201d (2019) and \u201cLow Tide\u201d (2021).")) == {
        ("Copperhead", "2019"), ("Low Tide", "2021")}
    assert years(facts_of("Mara Quill (\u201cCopperhead,\u201d 2019) will star.")) == {("Copperhead", "2019")}
    # Twin: a year in a parenthesis of its own after other words dates nothing.
    assert not years(facts_of("Her credits include \u201cCopperhead\u201d and a short film (2019)."))


@pytest.mark.parametrize("text", [
    "She starred in \u201cCopperhead\u201d (2019\u20132021) on HBO.",  # a run: its first year
    "She starred in \u201cCopperhead\u201d (2019-) on HBO.",
    "She starred in \u201cCopperhead\u201d (2019\u201321) on HBO.",  # the run's end in two digits
    "She starred in the series Copperhead (2019-21) on HBO.",
    "She starred in \u201cCopperhead\u201d (2019, HBO).",  # the network after the year
    "She starred in the series \u201cCopperhead\u201d (TV series, 2019).",  # a kind before it
    "She first gained notice in the 2019 indie \u201cCopperhead.\u201d",  # a dated noun of the trade
    "\u201cCopperhead,\u201d a 2019 release, was a hit.",
    "\u201cCopperhead\u201d (released 2019) was a hit.",
    "The 2019 release of \u201cCopperhead\u201d was a hit.",  # a first showing opening the sentence
])
def test_a_year_in_a_titles_run_or_credit_parenthesis_dates_it(facts_of, text):
    assert years(facts_of(text)) == {("Copperhead", "2019")}


def test_a_prize_year_dates_no_work(facts_of):
    # Twin: the year of an award is not the year the work came out.
    assert not years(facts_of("She won an Emmy for \u201cCopperhead\u201d in 2019."))


def test_a_life_in_two_digit_years_dates_nothing(facts_of):
    # Twin: a bare run too long for a series is a life, its end in two digits or four.
    assert not years(facts_of("The prize honours Tomas Brenner (1931-98), who ran Harbour Films."))


def test_a_range_of_other_numbers_dates_nothing(facts_of):
    # Twin: a parenthesis of episode numbers is no run of years.
    assert not years(facts_of("She starred in \u201cCopperhead\u201d (12-14) on HBO."))


# --- works helper ---

def test_a_year_before_original_dates_the_title_after_it(facts_of):
    assert years(facts_of("The remake borrows from the 1951 Dana Holt original “The Salt Road.”")) == {
        ("The Salt Road", "1951")}


def test_a_dated_debut_of_a_title(facts_of):
    assert years(facts_of("The network followed the December 2019 debut of “Low Tide” with a second season.")) == {
        ("Low Tide", "2019")}


def test_a_release_clause_dates_its_own_subject(facts_of):
    assert years(facts_of("Fenwick's Harbour Lights, which premiered in 2015, returns in May.")) == {
        ("Harbour Lights", "2015")}


def test_a_release_clause_of_an_unnamed_work_dates_no_other_title(facts_of):
    # Negative twin: what premiered in 2022 is the untitled series, not the earlier credit.
    text = "Saltmarsh alum Ivo Brandt has been cast in the new series, which premiered in 2022."
    assert years(facts_of(text)) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Released in 2019, \u201cCopperhead\u201d grossed $40 million.", {("Copperhead", "2019")}),
    ("The drama \u201cCopperhead\u201d premiered in 2010.", {("Copperhead", "2010")}),
    ("\u201cCopperhead\u201d aired from 2010 to 2014 on HBO.", {("Copperhead", "2010")}),
    ("\u201cCopperhead\u201d opened in theaters in March 2019.", {("Copperhead", "2019")}),
    ("Launched on Starz in 2010, the drama Night Ferry ran for four seasons.", {("Night Ferry", "2010")}),
    ("The retrospective shows Paper Lanterns (1974, 1h52, Portugal) and Cold Meridian (1981, 95 min.).",
     {("Paper Lanterns", "1974"), ("Cold Meridian", "1981")}),
])
def test_a_release_verb_dates_the_work_it_is_said_of(facts_of, text, expected):
    # An opening participle, a work noun with its title in apposition, a run's first year, an opening.
    assert years(facts_of(text)) == expected


def test_an_opening_participle_before_a_description_dates_no_title(facts_of):
    # The negative twin: "the novel" after the comma is a description, not the series named before.
    text = "\u201cCopperhead\u201d is a new drama series for FX. Published in 2019, the novel was a bestseller."
    assert years(facts_of(text)) == set()


def test_an_opening_participle_dates_a_title_after_its_work_noun(facts_of):
    # "Published in 2019, the novel X ...": the work noun stands between the comma and the title.
    assert years(facts_of("Published in 2019, the novel \u201cSalt Road\u201d sold a million copies.")) == {("Salt Road", "2019")}
    # Twin: a participle about something else ("Founded in 2019, the studio") dates no title.
    assert not years(facts_of("Founded in 2019, the studio Harbour Films made \u201cSalt Road.\u201d"))


def test_a_year_opening_a_headline_dates_the_title_after_its_work_noun(facts_of):
    # Headlines drop the article: "1987 thriller X gets a remake" reads as "the 1987 thriller X".
    assert years(facts_of("1987 thriller \u201cCopperhead\u201d gets a remake at Harbour Films.")) == {("Copperhead", "1987")}
    # Twin: a year that is the sentence's subject dates nothing.
    assert not years(facts_of("2019 was a strong year for the thriller \u201cCopperhead.\u201d"))


@pytest.mark.parametrize("text", [
    "\u201cLow Tide,\u201d which is expected to be released in 2026, stars Dana Vale.",
    "The drama Low Tide is likely to premiere in 2026.",
    "The thriller Copperhead is set to shoot in 2026.",            # a shoot, not a release
    "The thriller Copperhead is set in 1985.",                     # when its story takes place
    "Dana Vale is set for a comeback in 2027.",                    # no release
    "The thriller Copperhead is due to start filming in 2026.",
])
def test_a_release_still_to_come_is_no_release_year(facts_of, text):
    # A release only expected or likely (a forecast, no date the studio has fixed) states no
    # year; nor does a date set for the making.
    assert not years(facts_of(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("\u201cCopperhead\u201d is set to be released in 2027.", {("Copperhead", "2027")}),
    ("The drama Low Tide is slated to premiere on Harbour+ in 2027.", {("Low Tide", "2027")}),
    ("The drama Low Tide is set to debut in 2027.", {("Low Tide", "2027")}),
    ("The thriller Copperhead is due to open in 2027.", {("Copperhead", "2027")}),
    ("The thriller Copperhead is due out in 2027.", {("Copperhead", "2027")}),
    ("The thriller Copperhead is due in cinemas in 2027.", {("Copperhead", "2027")}),
    ("The drama Low Tide, which Harbour Films will release in 2027, stars Dana Vale.", {("Low Tide", "2027")}),
    # "set for release in 2027": "for release" makes "in 2027" the release's date; the name a
    # release is dated for is a work, whatever the NER said
    ("Copperhead is set for release in 2027.", {("Copperhead", "2027")}),
    ("Copperhead is slated for a 2027 release.", {("Copperhead", "2027")}),
])
def test_a_release_set_slated_or_due_gives_its_year(facts_of, text, expected):
    # "set", "slated", "scheduled" and "due" fix a date on the calendar: the release verb after
    # them shares their subject, and the year may hang on either word.
    assert years(facts_of(text)) == expected


def test_a_past_release_that_came_out_gives_its_year(facts_of):
    assert years(facts_of("The thriller Copperhead, which came out in 2012, was a hit.")) == {("Copperhead", "2012")}


def test_a_release_date_to_come_gives_its_year(facts_of):
    # The spec's releaseYear is the year of a stated release or premiere date, to come or past.
    assert years(facts_of("\u201cLow Tide\u201d will be released in theaters in March 2027.")) == {("Low Tide", "2027")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Oscar-winning 2016 drama Saltmarsh was directed by Tomas Brenner.", {("Saltmarsh", "2016")}),
    ("Ivy Marsh optioned Tomas Brenner's bestselling 2018 novel The Quiet Pier.", {("The Quiet Pier", "2018")}),
    ("Dana Vale starred in the critically acclaimed 2019 series Low Tide.", {("Low Tide", "2019")}),
])
def test_praise_before_the_year_still_dates_the_title(facts_of, text, expected):
    # "the Oscar-winning 2016 drama X": adjectives of praise stand before the year of a dated work noun.
    assert years(facts_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dana Vale starred in 2015 hit Saltmarsh.", {("Saltmarsh", "2015")}),
    ("The script is adapted from 2012 bestseller The Quiet Pier.", {("The Quiet Pier", "2012")}),
    ("Her credits include 2019 Netflix series Low Tide.", {("Low Tide", "2019")}),
    ("The show remakes the original 1984 film Copperhead.", {("Copperhead", "1984")}),
    # Twins: with no article the noun must follow the year at once; a clause between dates nothing.
    ("In 2015 she joined the series Low Tide as a writer.", set()),
    ("The company was founded in 2015 and made the film Saltmarsh.", set()),
])
def test_a_dated_noun_with_no_article_after_a_preposition_dates_the_title(facts_of, text, expected):
    # Trade copy drops the article: "starred in 2015 hit X", "from 2012 bestseller X".
    assert years(facts_of(text)) == expected


def test_a_year_after_a_noun_and_a_preposition_dates_no_later_title(facts_of):
    # Negative twin: "the company in 2016" is no dated work noun, so the later film takes no year.
    assert not years(facts_of("Tomas Brenner joined the company in 2016 and the drama Saltmarsh followed."))
    # Nor does a year still to come: "the upcoming 2027 drama X" is a plan.
    assert not years(facts_of("Dana Vale will star in the upcoming 2027 drama Saltmarsh."))


def test_trade_slang_for_a_release_dates_the_title(facts_of):
    # "bowed at Sundance in 2019", "hit theaters in 2019" say the film came out then.
    assert years(facts_of("The thriller Copperhead bowed at Sundance in 2019.")) == {("Copperhead", "2019")}
    assert years(facts_of("The thriller Copperhead hit theaters in 2019.")) == {("Copperhead", "2019")}
    # A film that "will hit theaters in 2027" has its stated release date in 2027 ...
    assert years(facts_of("The thriller Copperhead will hit theaters in 2027.")) == {("Copperhead", "2027")}
    # ... but not one that only "could" (twin).
    assert not years(facts_of("The thriller Copperhead could hit theaters in 2027."))


def test_a_past_release_clause_with_its_venue_dates_the_title(facts_of):
    # Twin of the plans: the venue or platform between the verb and the year does not matter.
    assert years(facts_of("\u201cLow Tide,\u201d which premiered on HBO in March 2021, was renewed.")) == {("Low Tide", "2021")}
    assert years(facts_of("\u201cCopperhead\u201d debuted at Sundance in 2022 and was bought by Netflix.")) == {("Copperhead", "2022")}
    assert years(facts_of("\u201cCopperhead\u201d was released in theatres in 2019.")) == {("Copperhead", "2019")}


def test_a_premiere_on_a_full_date_dates_the_title(facts_of):
    # "premiered on HBO on January 12, 2020": the year of the date is the release year.
    assert years(facts_of("\u201cLow Tide\u201d premiered on Netflix on Feb. 7, 2020.")) == {("Low Tide", "2020")}
    # A premiere still to come on a full date is the stated release date too.
    assert years(facts_of("\u201cLow Tide\u201d will premiere on HBO on January 12, 2027.")) == {("Low Tide", "2027")}


@pytest.mark.parametrize(("text", "expected"), [
    ("\u201cSalt Road\u201d is a 2019 thriller directed by Dana Vale.", {("Salt Road", "2019")}),
    ("\u201cSalt Road\u201d was a 2015 hit for Harbour Films.", {("Salt Road", "2015")}),
    # an unquoted title the copula's predicate noun makes a work
    ("Night Orchard is a 2019 South Korean drama starring Kim Min-jae.", {("Night Orchard", "2019")}),
    # Twins: the title is inside the subject, or the dated noun is no work.
    ("Her next project after \u201cSalt Road\u201d is a 2024 thriller.", set()),
    ("The company behind \u201cSalt Road\u201d is a 2019 startup.", set()),
])
def test_a_dated_work_noun_after_a_copula_dates_its_subject(facts_of, text, expected):
    # "X is a 2019 thriller": the predicate noun describes the copula's subject.
    assert years(facts_of(text)) == expected


def roles_of(facts):
    return {(s, v) for s, p, v in facts if p == "role"}


@pytest.mark.parametrize(("text", "expected"), [
    # the distributor or network first in the title's bracket, the year after its comma
    ("Her credits include Copperhead (Fenwick Pictures, 2019).", {("Copperhead", "2019")}),
    # a year fronted as the opening adverbial dates a past release, of the object or the subject
    ("In 2019, Fenwick Pictures released Copperhead.", {("Copperhead", "2019")}),
    ("In 2019, the thriller Copperhead premiered at Sundance.", {("Copperhead", "2019")}),
    # the parser may hang both the noun and the title on the verb: the title is the one dated
    ("The novel Copperhead was published in 2012.", {("Copperhead", "2012")}),
    # a run of years gives its first
    ("Low Tide, which aired from 2015 to 2019 on Streamly, starred Mara Quill.", {("Low Tide", "2015")}),
    # the work a relative clause's release verb hangs on
    ("Copperhead, which Fenwick Pictures released in 2019, was a hit.", {("Copperhead", "2019")}),
])
def test_more_forms_of_a_release_year(facts_of, text, expected):
    assert years(facts_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # names of festivals, outlets and nations between the year and the work noun
    ("Streamly will remake the 2014 Italian box office hit Copperhead.", {("Copperhead", "2014")}),
    ("Mara Quill returns to Venice after the 2013 Venice Orizzonti title Copperhead.", {("Copperhead", "2013")}),
    # the trade's clipped work nouns
    ("Mara Quill starred in the 2017 telepic Copperhead.", {("Copperhead", "2017")}),
    ("Tomas Brenner's 2016 docu Copperhead premiered at Tribeca.", {("Copperhead", "2016")}),
    # an owner's bare year before the title
    ("Director Tomas Brenner, whose 2008 Copperhead won an award, returns with a thriller.", {("Copperhead", "2008")}),
    ("The film reunites her with Tomas Brenner, who starred in her 2014 Copperhead.", {("Copperhead", "2014")}),
])
def test_a_year_before_a_title_across_names_or_after_an_owner(facts_of, text, expected):
    assert years(facts_of(text)) == expected


def test_a_year_of_a_deal_before_a_work_noun_dates_no_title(facts_of):
    # twin: the lower-case words between the year and "film" are a clause of their own
    assert not years(facts_of("The 2019 Netflix deal for the film Copperhead was big."))


@pytest.mark.parametrize("text", [
    # twins: a release that only may come; a fronted year of another act dates no work; a
    # bracket after a person holds no release
    "In 2027, Fenwick Pictures may release Copperhead.",
    "In 2019, Fenwick Pictures hired Mara Quill.",
    "Mara Quill thanked Tomas Brenner (Fenwick Pictures, 2019).",
    "Mara Quill was released from her contract in 2017.",
])
def test_a_year_of_a_plan_or_of_another_act_dates_no_work(facts_of, text):
    assert not years(facts_of(text))


def test_a_title_after_a_companys_curly_possessive_is_the_role(facts_of):
    # "A, Harbour Films’ head of drama,": the company's possessive stands before the title.
    assert roles_of(facts_of("Dana Vale, Harbour Films\u2019 head of drama, said the series was a priority.")) == {
        ("Dana Vale", "head of drama")}
    # Twin: a person's possessive names no employer's post.
    assert not roles_of(facts_of("Dana Vale, Tom Brill\u2019s producer, said the series was a priority."))


def test_a_bare_executive_is_a_description_not_a_role(facts_of):
    # "another Harbour Films executive, A": what she is, not her title.
    text = "Earlier, another high-profile Harbour Films executive, Dana Vale, chose not to move back to London."
    assert not roles_of(facts_of(text))
    # Twin: a title that says the post is still read.
    assert roles_of(facts_of("Harbour Films president Dana Vale said the deal was a milestone.")) == {("Dana Vale", "president")}


@pytest.mark.parametrize("sentence, expected", [
    ("Harbour Films has dated Tin Lantern for Aug. 16, 2026.", {("Tin Lantern", "2026")}),
    ("The thriller Tin Lantern will open on March 7, 2027, the studio said.", {("Tin Lantern", "2027")}),
    ("Harbour Films moved Tin Lantern from May 3, 2026, to Jan. 8, 2027.", {("Tin Lantern", "2027")}),
    ("The drama Tin Lantern, which opens Dec. 25, 2026, is directed by Mara Quill.", {("Tin Lantern", "2026")}),
    ("The drama Tin Lantern is slated for a 2027 release.", {("Tin Lantern", "2027")}),
    ("The drama Tin Lantern will move to March 2027.", {("Tin Lantern", "2027")}),
    # A hyphened count of episodes is the series' format, not an episode of it.
    ("Harbour TV has ordered Tin Lantern. The ten-episode series is set to premiere in 2027.", {("Tin Lantern", "2027")}),
])
def test_a_scheduled_release_date_gives_the_release_year(facts_of, sentence, expected):
    # The date a work is set to come out (dated, moved to, opening on) is its release year.
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "The drama Tin Lantern was originally set for May 3, 2026.",                          # a date it no longer has
    "The drama Tin Lantern could move to 2027.",                                          # a possibility
    "The drama Tin Lantern is reportedly eyeing a 2027 release.",                          # a hedge
    "The drama Tin Lantern returns for its second season on March 3, 2027.",              # a season, not the work
    "Harbour TV has ordered Tin Lantern. The first episode is set to premiere in 2027.",   # an episode, not the work
    "The drama Tin Lantern will premiere at the Kestrel Festival, which opens Aug. 28, 2026.",  # the festival's date
    "The thriller Tin Lantern is set in 1985.",                                            # when the story takes place
    "Harbour Films pushed the drama Tin Lantern into development in 2025.",                # a stage, not a release
    "The drama Tin Lantern will move to Peacock in 2027.",                                 # a licence window at a service
    "Vexa will carry Salt Road from 2026, while Tin Lantern will move to the streamer in 2027.",
])
def test_a_former_hedged_or_borrowed_date_gives_no_release_year(facts_of, sentence):
    assert years(facts_of(sentence)) == set()


def test_an_older_work_keeps_its_own_year_beside_a_new_date(facts_of):
    # The sequel opens in 2027; the film it follows keeps the year in its possessive.
    assert years(facts_of("The sequel to 2019's Tin Lantern will open on May 5, 2027.")) == {("Tin Lantern", "2019")}


def test_an_owners_dated_noun_in_apposition_dates_the_title(facts_of):
    # "X, A's 2017 novel, ...": the year stands after the owner's possessive.
    assert years(facts_of("Salt Road, Kiri Holm's 2017 novel about a ferryman, is being adapted by Harbour Films.")) == {("Salt Road", "2017")}
    # Negative twin: the dated noun names its own title after it.
    assert years(facts_of("After Salt Road, Kiri Holm's 2017 novel Blue Harbor became a hit.")) == {("Blue Harbor", "2017")}


def test_an_articles_bare_year_before_a_title(facts_of):
    # "The 1988 “Moonfall”": the year right before the title dates it.
    assert years(facts_of("The 1988 \u201cMoonfall\u201d, written by Rhea Dunmore, also became a hit.")) == {("Moonfall", "1988")}
    # Twin: the year before an event's name dates no work.
    assert not years(facts_of("The 2019 Cannes Film Festival showed the drama Moonfall."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Dana Vale directed \u201cSalt Road\u201d in 2012.", {("Salt Road", "2012")}),
    ("Mara Quill wrote the novel Copperhead Lane in 2018, before the film deal.", {("Copperhead Lane", "2018")}),
    ("Tomas Brenner shot \u201cLow Tide\u201d in Iceland in 2016.", {("Low Tide", "2016")}),
    # Twins: no title between the maker's verb and the year, or a plan still to come.
    ("Dana Vale directed for Harbour Films in 2012 before \u201cSalt Road\u201d sold.", set()),
    ("Dana Vale will direct \u201cSalt Road\u201d in 2027.", set()),
])
def test_a_makers_past_verb_dates_the_title_it_takes(facts_of, text, expected):
    # "directed X in 2012", "wrote X in 2018": the year of making a title is its year.
    assert years(facts_of(text)) == expected


def test_a_run_dates_the_title_by_its_first_year(facts_of):
    # "X ran from 2010 to 2014": a show's run begins with its release.
    assert years(facts_of("\u201cLow Tide\u201d ran on ABC from 2010 to 2014.")) == {("Low Tide", "2010")}
    # Twin: a person who ran a company dates nothing.
    assert not years(facts_of("Dana Vale ran Harbour Films from 2010 to 2014 before \u201cLow Tide\u201d."))


def test_a_prize_winner_in_apposition_dates_the_title(facts_of):
    # "X, the 2019 Oscar winner": a prize's winner noun after a year describes the title before it.
    assert years(facts_of("Mara Quill stars in Copperhead, the 2019 Oscar winner.")) == {("Copperhead", "2019")}


def test_a_prize_winner_after_a_person_dates_no_title(facts_of):
    # negative twin: the dated winner is the person before the comma, not the work named later
    assert not years(facts_of("Mara Quill, the 2019 Oscar winner, stars in Copperhead."))


def test_a_pronoun_released_in_a_year_dates_the_last_title(facts_of):
    # "It was released in 2019": only a work is released, so "It" is the title just named.
    assert years(facts_of("Harbour Films has remade Copperhead. It was first released in 2019.")) == {("Copperhead", "2019")}


def test_a_pronoun_of_a_statement_dates_nothing(facts_of):
    # negative twin: no year follows the release, and what was released is a statement
    assert not years(facts_of("Harbour Films has remade Copperhead. It was released on Tuesday that the studio would expand."))


def test_a_network_and_year_in_brackets_make_a_dated_title(facts_of, entities_of):
    # "X (HBO, 2014)": the network or distributor may come first in a title's dating bracket.
    text = "The remake follows Copperhead (HBO, 2014)."
    assert years(facts_of(text)) == {("Copperhead", "2014")}
    assert set(entities_of(text)) == {"Copperhead", "HBO"}



def test_a_title_before_a_second_person_starts_after_the_first_name(facts_of):
    # "head of drama A alongside head of comedy, B": B's title is the one after A's name
    facts = facts_of("It was commissioned by Kestrel TV's head of drama Ruth Vance alongside head of comedy, Lena Moss.")
    assert ("Lena Moss", "head of comedy") in roles_of(facts)
    assert not any("Ruth Vance" in v for _, v in roles_of(facts))


def test_a_title_before_the_only_person_is_whole(facts_of):
    # negative twin: no other name stands before the title
    assert ("Lena Moss", "head of comedy") in roles_of(facts_of("The show was commissioned by head of comedy, Lena Moss."))


@pytest.mark.parametrize("text, title, year", [("The Silent Shore, a 2019 Sundance hit, follows a fisherman.", "The Silent Shore", "2019"),
                                               ("Copperhead, the 2012 box-office smash, gets a sequel.", "Copperhead", "2012")])
def test_a_dated_hit_in_apposition_makes_and_dates_the_title(facts_of, text, title, year):
    # ", a 2019 Sundance hit,": only a work is a hit of a year
    assert years(facts_of(text)) == {(title, year)}


def test_a_dated_prize_winner_who_is_a_person_dates_nothing(facts_of):
    # negative twin: a full name with a given name is the winner, no title
    assert not years(facts_of("Dana Vale, the 2019 Oscar winner, stars in Copperhead."))


def test_an_opening_phrase_dating_its_debut_makes_and_dates_the_subject(facts_of):
    # "Since its 2019 debut, X has ...": the subject after the comma is the work that debuted
    assert years(facts_of("Since its 2019 debut, The Silent Shore has drawn big audiences.")) == {("The Silent Shore", "2019")}


def test_an_opening_phrase_dating_a_companys_launch_makes_no_title(entities_of):
    # negative twin: a company's launch, and a name with a company word
    assert entities_of("Since its 2019 launch, Harbour Films has made ten films.")["Harbour Films"].type == "ProductionCompany"


# A first showing after "after" or "since" is past, and dates the work; before it, a plan.
@pytest.mark.parametrize("sentence, year", [
    ("Copperhead returns for a second season after debuting in 2021.", "2021"),
    ("Copperhead has run for years since premiering on HBO in 2015.", "2015"),
])
def test_a_past_first_showing_in_a_participle_dates_the_work(facts_of, sentence, year):
    assert ("Copperhead", "releaseYear", year) in facts_of("Lena Hart directed the drama Copperhead. " + sentence)


def test_a_first_showing_to_come_dates_nothing(facts_of):
    facts = facts_of("Lena Hart directed the drama Copperhead. Copperhead will shoot in May before premiering in 2027.")
    assert not {f for f in facts if f[1] == "releaseYear"}


def test_titles_listed_after_a_dated_making_have_their_own_years(facts_of):
    facts = facts_of("He directed \u201cCopperhead\u201d in 2019, \u201cSalt Road\u201d in 2020 and \u201cLow Tide\u201d in 2021.")
    assert years(facts) == {("Copperhead", "2019"), ("Salt Road", "2020"), ("Low Tide", "2021")}


def test_a_later_year_of_something_else_dates_no_title(facts_of):
    # Twin: the year after "and" belongs to another clause with no title.
    assert years(facts_of("He directed \u201cCopperhead\u201d in 2019 and moved to Paris in 2021.")) == {("Copperhead", "2019")}


def test_a_release_date_set_dates_no_work(facts_of):
    # "the sequel's 2027 release date": a date set for a work to come, no year it came out.
    facts = facts_of("\u201cCopperhead\u201d premiered in March 2022. With the film's 2027 release date, the sequel will "
                     "come five years later.")
    assert years(facts) == {("Copperhead", "2022")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Orion Street is remaking the drama Blue Valley. The 1987 original starred Mia Ross as a teacher.", {("Blue Valley", "1987")}),
    ("Harbour TV has ordered a reboot of the drama Blue Valley. The 1987 original ran for three seasons.", {("Blue Valley", "1987")}),
    ("Orion Street is remaking the drama Blue Valley. The 1987 Danish original ran for three seasons.", {("Blue Valley", "1987")}),
    # Twin: with no remake before it, "the 1987 original" refers to nothing the text names.
    ("Harbour TV has ordered the drama Blue Valley. The 1987 original starred Mia Ross.", set()),
])
def test_a_dated_original_dates_the_work_the_sentence_before_remakes(facts_of, text, expected):
    # "The 1987 original starred A": the original is the work remade or rebooted just before.
    assert years(facts_of(text)) == expected


@pytest.mark.parametrize("sentence", [
    "Lena Hart returns after \u201cCopperhead,\u201d winner of the Golden Bear at Berlin in 2014.",
    "Her drama \u201cCopperhead,\u201d which won the Palme d\u2019Or at Cannes in 2014, is back in cinemas.",
    "Her drama \u201cCopperhead\u201d took the Golden Lion in 2014.",
    # the filmmaker wins the film's prize with it or for it
    "Lena Hart, who won the Golden Bear in 2014 for \u201cCopperhead,\u201d is back.",
    "Lena Hart, who won Cannes\u2019 Palme d\u2019Or with \u201cCopperhead\u201d in 2014, is back.",
    # the festival's edition dates the prize, and "for X" may hang on the festival
    "Lena Hart won the Silver Bear at the 2014 Berlin Film Festival for her movie \u201cCopperhead,\u201d and returns.",
    "Lena Hart won the Golden Lion at Venice 2014 with \u201cCopperhead.\u201d",
])
def test_a_festivals_top_prize_won_in_a_year_dates_the_film(facts_of, sentence):
    assert years(facts_of(sentence)) == {("Copperhead", "2014")}


@pytest.mark.parametrize("sentence", [
    # Twins: a prize for a performance names no work; an edition not dated names no year; a film
    # that came out before its prize.
    "Lena Hart won the Silver Bear at the 2014 Berlin Film Festival for Best Actress.",
    "Lena Hart won the Silver Bear at the 2014 Berlin Film Festival for \u201cCopperhead,\u201d which had premiered at Sundance the year before.",
    "Lena Hart won the Silver Bear at the festival's tenth edition for \u201cCopperhead.\u201d",
])
def test_a_prize_with_no_work_or_no_year_dates_nothing(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence", [
    # praise opening the sentence, capitalised and with no article
    "Hit 2014 Korean comedy Copperhead has already been remade in China.",
    "Acclaimed 2014 drama Copperhead returns to cinemas.",
    # the platform named at length between the verb of showing and the year
    "The 16-episode \u201cCopperhead,\u201d which aired simultaneously on the Korean cable channel Kanal 9 and Netflix in late 2014, is about two sisters.",
    # a comma after the month
    "Originally released in July, 2014, \u201cCopperhead\u201d was re-released by Harbour Films on June 26, 2020.",
])
def test_more_forms_of_a_works_year(facts_of, sentence):
    assert years(facts_of(sentence)) == {("Copperhead", "2014")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Her last film, the Oscar-winning \u201cCopperhead\u201d from 2014, also played at Cannes.", {("Copperhead", "2014")}),
    ("Most recently she worked on the TV series \u201cCopperhead\u201d from 2014.", {("Copperhead", "2014")}),
    # Twins: a window of showing or licence, and a plan, are no release
    ("Harbour Films licensed the series \u201cCopperhead\u201d from 2014 to 2019.", set()),
    ("Netflix will stream the series \u201cCopperhead\u201d from 2027.", set()),
    ("Netflix bought the series \u201cCopperhead\u201d from Harbour Films.", set()),
])
def test_a_title_in_a_noun_phrase_dated_by_from(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # Twins of the opening praise, the longer reach of a verb of showing and the dated phrase:
    # a plan or a delay opens the sentence; a relative clause has its own verb; a season or a
    # restoration has its own year.
    "Delayed 2025 film Copperhead finally opens in March.",
    "Planned 2027 drama Copperhead has lost its director.",
    "\u201cCopperhead\u201d sparked a bidding war that Harbour Films finally won in 2020.",
    "Netflix acquired the third season of the series \u201cCopperhead\u201d from 2019.",
    "Harbour Films screened the 4K restoration of \u201cCopperhead\u201d from 2019.",
])
def test_a_plan_a_relative_clause_or_a_part_gives_no_release_year(facts_of, sentence):
    assert not years(facts_of(sentence))


def test_a_re_release_alone_dates_nothing(facts_of):
    # Twin: a re-release names a later showing, not the year the work came out.
    assert not years(facts_of("\u201cCopperhead\u201d was re-released by Harbour Films on June 26, 2020."))


@pytest.mark.parametrize(("sentence", "title"), [
    ("\u201cCopperhead\u201d was one of the best films of 2014.", "Copperhead"),
    ("The critics named \u201cCopperhead\u201d one of the ten best movies of 2014.", "Copperhead"),
    ("\u201cCopperhead,\u201d among the top K-dramas of 2014, returns in a remake.", "Copperhead"),
    ("The novel \u201cCopperhead\u201d was picked by the Daily Ledger as one of the \u201c20 Best Books of 2014.\u201d", "Copperhead"),
    ("\u201cCopperhead\u201d was the best film of 2014.", "Copperhead"),
    # the ranking's subject is a work, whatever the NER made of the unquoted title
    ("Lantern Street was one of the best K-dramas of 2014.", "Lantern Street"),
    # a year's chart (a press release is no release of the work), and a relative clause's raising verb
    ("\u201cCopperhead\u201d became one of the most-watched films of 2014.", "Copperhead"),
    ("\u201cCopperhead\u201d was the biggest movie of 2014, Lumen Pictures said in a press release.", "Copperhead"),
    ("\u201cCopperhead\u201d was the fifth-biggest film of 2014 in Korea.", "Copperhead"),
    ("The studio then made Copperhead, which turned out to be one of the biggest blockbusters of 2014.", "Copperhead"),
])
def test_a_ranking_of_a_years_works_dates_the_work_it_names(facts_of, sentence, title):
    assert years(facts_of(sentence)) == {(title, "2014")}


@pytest.mark.parametrize("sentence", [
    # Twins: a series ranks with a later season's year; a plan is no release; a list the work is
    # not said to be in; a person ranked; a ranking of a festival of that year.
    "Critics ranked the series \u201cCopperhead\u201d among the best comedies of 2014.",
    "\u201cCopperhead\u201d is among the most anticipated films of 2027.",
    "The best films of 2014 include \u201cCopperhead\u201d.",
    "Lena Hart, one of the best directors of 2014, made \u201cCopperhead\u201d.",
    "\u201cCopperhead\u201d was one of the best films of 2014\u2019s Cannes lineup.",
    # a chart holds an older title where the sentence speaks of its release apart or of a
    # platform; a chart to come; a series is a hit in one of its seasons
    "\u201cCopperhead\u201d was the highest-grossing film of 2019 in China, two years after its US release.",
    "\u201cCopperhead\u201d will be one of the biggest films of 2027.",
    "\u201cCopperhead\u201d was one of the most-watched films of 2020 on Netflix, where it landed after its theatrical run.",
    "The HBO drama \u201cCopperhead\u201d was one of the biggest hits of 2019, as its third season drew record ratings.",
])
def test_a_ranking_that_dates_no_release_dates_nothing(facts_of, sentence):
    assert not years(facts_of(sentence))


def test_a_chart_after_a_release_year_keeps_only_the_release(facts_of):
    # Twin: the work came out in 2016; the chart of 2020 holds it as an older title.
    assert years(facts_of("First released in 2016, \u201cCopperhead\u201d became one of the most-watched films of 2020.")) == {
        ("Copperhead", "2016")}


@pytest.mark.parametrize("sentence", [
    # Twins: an Oscar honours the year before; a person's prize that names no film dates none of hers.
    "Her drama \u201cCopperhead\u201d won the Oscar for best picture in 2014.",
    "Lena Hart, who won an honorary Golden Bear in 2014, is back in \u201cCopperhead.\u201d",
    "Lena Hart won the Oscar in 2014 for \u201cCopperhead.\u201d",
])
def test_a_prize_of_another_kind_or_holder_dates_nothing(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence", [
    "Lena Hart is known for \u201cCopperhead,\u201d which screened at Cannes in 2014.",
    "The drama \u201cCopperhead\u201d screened at the Kestrel Film Festival in 2014.",
    "The drama \u201cCopperhead\u201d was brought to the screen by Lena Hart in 2014.",
    "\u201cCopperhead,\u201d a crime drama that first aired in 2014, was made by Harbour Films.",
    "The original series, \u201cCopperhead,\u201d a crime drama that first aired in 2014 in Japan, was made by Harbour Films.",
    "Harbour TV has remade the Danish drama \u201cCopperhead,\u201d originally broadcast in Denmark in 2014.",
    "The drama \u201cCopperhead\u201d was first broadcast on Kanal 9 in 2014.",
])
def test_a_first_showing_at_a_festival_on_screen_or_on_air_dates_the_work(facts_of, sentence):
    assert years(facts_of(sentence)) == {("Copperhead", "2014")}


@pytest.mark.parametrize("sentence", [
    # Twins: a screening in a city is no festival's first showing; a relative clause on a person
    # says what that person did.
    "The drama \u201cCopperhead\u201d screened in London in 2014.",
    "A restored version of \u201cCopperhead\u201d screened at Cannes in 2014.",  # an old film shown again
    "\u201cCopperhead,\u201d a drama from a producer who first aired his work in 2014, is back.",
    "Kanal 9 will broadcast the drama \u201cCopperhead\u201d in 2027.",  # a plan, not a first showing
])
def test_a_screening_elsewhere_or_a_persons_clause_dates_nothing(facts_of, sentence):
    assert not years(facts_of(sentence))


def test_a_title_that_holds_the_next_name_is_not_the_persons(facts_of):
    # "vice-president A, director of development B,": the words after A's comma are B's title.
    facts = facts_of("The team consists of vice-president Dana Vale, director of development Tom Brill, and Ana Ruiz.")
    assert ("Dana Vale", "role", "director of development Tom Brill") not in facts
    assert not {f for f in roles_of(facts) if f[0] == "Dana Vale" and "Tom Brill" in f[1]}
    # Twin: a title with no name in it is the person's.
    assert roles_of(facts_of("Dana Vale, director of development, said the slate was full.")) == {("Dana Vale", "director of development")}


@pytest.mark.parametrize("sentence, year", [
    ("The first season of \u201cCopperhead\u201d premiered in 2019.", "2019"),
    ("\u201cCopperhead,\u201d which began airing in 2015, returns in May.", "2015"),
    ("\u201cCopperhead\u201d first streamed on Harbour+ in 2020.", "2020"),
])
def test_a_series_first_season_or_first_airing_dates_it(facts_of, sentence, year):
    assert years(facts_of(sentence)) == {("Copperhead", year)}


@pytest.mark.parametrize("sentence", [
    # Twins: a later season's premiere, and a first season still to come, date no release.
    "The second season of \u201cCopperhead\u201d premiered in 2021.",
    "The first season of \u201cCopperhead\u201d will premiere in 2027.",
])
def test_a_later_or_coming_season_dates_nothing(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence, title", [
    ("The festival opens with the 2019 Palme d\u2019Or winner Salt Road.", "Salt Road"),
    ("\u201cCopperhead,\u201d Harbour TV\u2019s 2019 hit, returns for a second season.", "Copperhead"),
])
def test_a_dated_trophy_winner_or_owners_hit_in_apposition_dates_the_title(facts_of, sentence, title):
    assert years(facts_of(sentence)) == {(title, "2019")}


def test_an_owners_dated_hit_naming_its_own_title_dates_that_title(facts_of):
    # Twin: the dated noun names the title after it, not the one before the comma.
    assert years(facts_of("After \u201cCopperhead,\u201d Harbour TV\u2019s 2019 hit \u201cLow Tide\u201d returns.")) == {("Low Tide", "2019")}


@pytest.mark.parametrize("sentence", [
    "Ana Petrova made her feature debut in 2016 with \u201cWinter Tram\u201d.",
    "The director emerged in 2016 with his feature debut \u201cWinter Tram\u201d.",
    "Tom Arkwell broke out in 2016 with the thriller \u201cWinter Tram\u201d.",
    "Ana Petrova made her feature debut with \u201cWinter Tram\u201d in 2016.",
    # the noun may be the subject: "her breakthrough came in 2016 with X"
    "Her breakthrough came in 2016 with \u201cWinter Tram\u201d.",
    # a run of works starts with its first (a bare title too, after the dated phrase)
    "The franchise began in 2016 with \u201cWinter Tram\u201d, which grossed $90 million.",
    "The saga launched in 2016 with Winter Tram.",
])
def test_a_debut_or_breakout_in_a_year_dates_the_work_it_was_made_with(facts_of, sentence):
    assert years(facts_of(sentence)) == {("Winter Tram", "2016")}


@pytest.mark.parametrize("sentence", [
    "Tom Arkwell won the top prize in 2016 with the thriller \u201cWinter Tram\u201d.",   # a prize's year, no debut
    "Ana Petrova made her debut in 2016 with a short film, then wrote \u201cWinter Tram\u201d.",  # another work between
    "The series launched in 2016 with Tom Arkwell as its host.",  # a person, no work
])
def test_a_year_with_a_work_but_no_debut_dates_nothing(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence", [
    "Harbour Films bought the novel \u201cSalt Road\u201d in 2010. In 2012, the novel was adapted into the film \u201cWinter Tram\u201d.",
    "In 2012, Kestrel Films remade \u201cSalt Road\u201d as \u201cWinter Tram\u201d.",
])
def test_a_fronted_year_dates_the_work_something_was_remade_or_adapted_into(facts_of, sentence):
    assert ("Winter Tram", "2012") in years(facts_of(sentence))
    assert ("Salt Road", "2012") not in years(facts_of(sentence))


@pytest.mark.parametrize("sentence", [
    "Her career took off in 2016 with the crime thriller \u201cWinter Tram\u201d.",
    "She is best known as the director who helmed 2016 horror film \u201cWinter Tram\u201d.",   # a credit verb drops "the"
    "Harbour Films will remake his 2016 masterpiece \u201cWinter Tram\u201d as a series.",
    "Ana Reyes starred in \u201cWinter Tram\u201d (since 2016).",                                # a run still going
    "Ana Reyes starred in \u201cWinter Tram\u201d (2016, 2021).",                                # a film shown again
    "Vexa worked with Kumo Studio on the global release of the feature \u201cWinter Tram\u201d in 2016.",
    "\u201cWinter Tram\u201d was the sleeper hit of the summer when it debuted in 2016.",
])
def test_more_ways_news_dates_a_work(facts_of, sentence):
    assert years(facts_of(sentence)) == {("Winter Tram", "2016")}


@pytest.mark.parametrize("sentence", [
    "Vexa hopes for a release of the feature \u201cWinter Tram\u201d in 2027.",           # an intent, no date
    "Vexa signed 2016 deals with Ana Reyes and the drama \u201cWinter Tram\u201d.",        # the year of the deals
    "\u201cWinter Tram\u201d was sold to Vexa when its director died in 2016.",          # another subject's clause
])
def test_a_year_near_a_work_that_is_not_its_release_dates_nothing(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("text", [
    "\u201cNight Lanterns\u201d is coming back. Ron Talbot's cult 2016 film is getting the remake treatment.",
    "Mara Velling stars in \u201cNight Lanterns\u201d. The 2016 film was a hit in Spain.",
    "Vexa acquired \u201cNight Lanterns\u201d. Despite weak reviews, the 2016 thriller has a cult following.",
])
def test_a_dated_description_as_subject_refers_back_to_the_one_work_before(facts_of, text):
    assert years(facts_of(text)) == {("Night Lanterns", "2016")}


@pytest.mark.parametrize("text", [
    "Mara Velling stars in \u201cNight Lanterns\u201d and \u201cCold Harbour\u201d. The 2016 film was a hit.",  # which one?
    "Mara Velling stars in \u201cNight Lanterns\u201d. The upcoming 2027 film is her next.",                  # a new work
    "Mara Velling stars in \u201cNight Lanterns\u201d. A 2016 film made her name.",                            # no definite reference
    "Mara Velling joined \u201cNight Lanterns\u201d. She starred in the 2016 film with Tom Reyes.",              # not the subject
])
def test_a_dated_description_with_no_single_antecedent_dates_nothing(facts_of, text):
    assert not years(facts_of(text))


def test_a_dated_description_after_a_remake_dates_the_original(extraction_of):
    x = extraction_of("Greyfield Pictures is developing a remake of \u201cSalt Road\u201d, the studio said. "
                      "The 1997 film helped launch the career of Mara Velling.")
    names = {e.key: e for e in x.entities}
    dated = [(f.subject, f.object) for f in x.facts if f.predicate == "releaseYear"]
    remade = {f.object for f in x.facts if f.predicate == "basedOn"}
    assert [(s in remade, year) for s, year in dated] == [(True, "1997")]
    assert all(names[s].label == "Salt Road" for s, _ in dated)


@pytest.mark.parametrize("sentence", [
    "\u201cMoon Garden\u201d became the streamer's most-watched series after its 2016 release.",
    "Since its debut in 2016, \u201cMoon Garden\u201d has run for three seasons.",
    "Vexa picked up \u201cMoon Garden\u201d following its 2016 premiere at Sundance.",
    "Season one of \u201cMoon Garden\u201d premiered on Vexa in 2016.",
])
def test_a_works_own_dated_showing_dates_it(facts_of, sentence):
    assert years(facts_of(sentence)) == {("Moon Garden", "2016")}


@pytest.mark.parametrize("sentence", [
    "Vexa bought \u201cMoon Garden\u201d from Kestrel Films after its 2016 debut on the stock market.",  # the company's debut
    "Vexa will stream \u201cMoon Garden\u201d ahead of its 2016 launch in India.",                        # a launch: the service's
    "Vexa bought \u201cMoon Garden\u201d after its 2016 debut on the stock market.",                       # a listing, no showing
    "Season two of \u201cMoon Garden\u201d premiered on Vexa in 2016.",                                  # a later season
])
def test_a_showing_that_is_not_the_works_dates_nothing(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Vexa will make its update of 1980 supernatural thriller \u201cThe Changeling\u201d.", {("The Changeling", "1980")}),
    ("Vexa is making a sequel to 1994 hit \u201cRiptide\u201d.", {("Riptide", "1994")}),
    ("Ana Ruiz starred in 2015 crime drama \u201cRiptide\u201d.", {("Riptide", "2015")}),
    # Twin: a clause after the year ("in 2015 she wrote") is no modifier of a work noun.
    ("In 2015 she wrote the series \u201cRiptide\u201d.", set()),
])
def test_a_bare_year_and_modifier_after_of_or_to(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The shakeup comes under CEO Dana Vale and TV chief Tom Reyes.", {("Dana Vale", "CEO"), ("Tom Reyes", "TV chief")}),
    ("CEO Dana Vale gave the speech this evening.", {("Dana Vale", "CEO")}),
    ("\u201cWe are thrilled,\u201d said Dana Vale, executive VP and head of programming, Vexa.",
     {("Dana Vale", "executive VP and head of programming")}),
    ("Head of drama Dana Vale will oversee production.", {("Dana Vale", "Head of drama")}),
    ("She will report to Dana Vale, MD of content.", {("Dana Vale", "MD of content")}),
    # Twins: a past post, and a head of state's title.
    ("Former CEO Dana Vale gave the speech.", set()),
    ("President Dana Vale gave the speech.", set()),
])
def test_an_executives_title_right_before_or_after_the_name(facts_of, sentence, expected):
    assert {(s, v) for s, p, v in facts_of(sentence) if p == "role"} == expected


def test_a_month_or_a_name_is_no_intent(facts_of):
    # "May" the month and "Will" the name are not "may" and "will".
    assert years(facts_of("In May, Vexa marked the release of the feature \u201cRiptide\u201d in 2016.")) == {("Riptide", "2016")}


@pytest.mark.parametrize("sentence", [
    "Dana Vale is the director of \u201cKlown\u201d.",                            # a credit on a work
    "\u201cWe are thrilled,\u201d said Dana Vale, director and producer.",         # two credits
    "Dana Vale, the film director, who made \u201cKlown\u201d, spoke.",             # a credit's description
])
def test_a_credit_is_no_role(facts_of, sentence):
    assert {(s, v) for s, p, v in facts_of(sentence) if p == "role"} == set()


@pytest.mark.parametrize("text, year", [
    ("The reboot of Night Ferry (NBC, 1994-2004) is in the works.", "1994"),
    ("The reboot of Night Ferry (NBC, 1994\u2013) is in the works.", "1994"),
    ("The 1994-2004 series Night Ferry will be rebooted.", "1994"),
    ("Ann Bell starred in the 2019\u20132021 drama Night Ferry.", "2019"),
])
def test_a_series_run_dates_it_by_its_first_year(facts_of, text, year):
    # A run of years, in the network's bracket or before the work noun, starts with the release.
    assert years(facts_of(text)) == {("Night Ferry", year)}


def test_a_relatives_owner_dates_its_work_noun(facts_of):
    text = "Ana Ruiz, whose 2014 debut Salt Road played Locarno, returns with a second feature."
    assert years(facts_of(text)) == {("Salt Road", "2014")}


@pytest.mark.parametrize("sentence", [
    "Another Salt Road series nearly launched on the WB in 2003, but the network turned it down.",
    "Salt Road almost premiered on HBO in 2003.",
    "Salt Road never aired on HBO in 2003.",
])
def test_a_showing_that_did_not_happen_dates_nothing(facts_of, sentence):
    # Negative twin of "Salt Road premiered on HBO in 2003".
    assert not years(facts_of(sentence))
    assert years(facts_of("Salt Road premiered on HBO in 2003.")) == {("Salt Road", "2003")}


def test_a_title_before_the_name_stops_at_the_companies_it_names(facts_of):
    # "chief executive of Lumen and Harbor": the department pattern is no licence to take names.
    assert not roles_of(facts_of("The chief executive of Lumen and Harbor, Ana Ruiz, will stay on in that role."))
    # A capitalised department of the trade is still one.
    assert roles_of(facts_of("Ana Ruiz, Vice President of Original Programming, will stay on.")) == {
        ("Ana Ruiz", "Vice President of Original Programming")}


def test_a_company_noun_before_a_bare_title(facts_of):
    # "studio COO A": the noun stands for the company named before.
    assert roles_of(facts_of("Lumen Studios is booming, studio COO Tom Hale said in a statement.")) == {("Tom Hale", "COO")}


@pytest.mark.parametrize("sentence", [
    "Salt Road, which premiered at Sundance 2019, stars Tom Hale.",  # a festival dated by its edition
    "Salt Road (released 2019) stars Tom Hale.",  # the verb inside the bracket
    "Salt Road, a 2019 release, stars Tom Hale.",  # a dated release in apposition
])
def test_more_forms_of_a_first_showing_year(facts_of, sentence):
    assert years(facts_of(sentence)) == {("Salt Road", "2019")}


def test_a_year_in_a_relative_clause_after_the_release_verb_is_not_its_own(facts_of):
    # Negative twin: the festival began in 2001; the film premiered there some year unsaid.
    assert not years(facts_of("The thriller Salt Road premiered at the festival, which began in 2001."))


def test_a_dated_noun_before_another_noun_names_no_work(entities_of):
    # Negative twin: "a 2019 film graduate" describes a person.
    assert entities_of("Tom Hale, a 2019 film graduate, joins the crew.")["Tom Hale"].type == "Person"


@pytest.mark.parametrize("sentence, expected", [
    ("In 2012, Dana Vale directed the thriller Salt Road.", {("Salt Road", "2012")}),
    # A writer's or creator's verb dates its object the same way.
    ("In 1984, Tom Hale wrote the film Night Rain.", {("Night Rain", "1984")}),
    ("In 2000, Ana Ruiz created the television series \u201cBlue Lantern.\u201d", {("Blue Lantern", "2000")}),
    # Twins: a script is no work; writing begun is no work made; a plan is no past; a sentence
    # that dates the release otherwise or says it came later; a series written (not created).
    ("In 2012, Dana Vale wrote the script for Salt Road.", set()),
    ("In 2011, Dana Vale wrote Harbor Lights, a feature that premiered at Sundance in 2013.", {("Harbor Lights", "2013")}),
    ("In 2012, Tom Hale wrote Salt Road, but it took six years to reach screens.", set()),
    ("In 2015 she wrote the series Low Tide for Netflix.", set()),
    ("In 2012, Tom Hale began writing the novel Salt Road.", set()),
    ("In 2012, Tom Hale will write the novel Salt Road.", set()),
])
def test_a_fronted_year_dates_a_makers_object(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2011, Tom Hale starred in the thriller Night Rain.", {("Night Rain", "2011")}),
    ("In 2016, Ana Ruiz played a young nurse in the film Night Rain.", {("Night Rain", "2016")}),
    # Twins: a series' part is played in one season (and a work not known for a film may be one);
    # a stage part in one run.
    ("In 2014, Tom Hale appeared in the HBO series Salt Road.", set()),
    ("In 2016, Tom Hale starred in Salt Road on HBO.", set()),
    ("In 2013, Ana Ruiz starred in the Broadway musical Night Rain.", set()),
])
def test_a_fronted_year_dates_the_film_a_part_is_played_in(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


def test_a_dated_original_before_a_comma_is_not_the_sequels(facts_of):
    # "Like the 2005 original, the sequel ...": the year is the original's, not the sequel's after the comma.
    text = "Lumen is shooting the sequel Salt Road 2. Like the 2005 original, the sequel shot mostly in caves."
    assert not years(facts_of(text))


def test_three_modifiers_before_the_dated_work_noun(facts_of):
    assert years(facts_of("Netflix has given a green light to Salt Road 2, a sequel to the 2018 hit crime action film Salt Road.")) == {
        ("Salt Road", "2018")}


def test_a_bare_controller_before_a_name(facts_of):
    assert roles_of(facts_of("For BBC One, controller Dana Vale announced three films.")) == {("Dana Vale", "controller")}


def test_a_first_showing_of_a_described_work(facts_of):
    # "the 1954 release of the Ivo Marsh classic X": the work's noun phrase stands between "of" and the title.
    text = "Toho will commemorate the 1954 release of the Ivo Marsh classic \u201cGlass Harbor\u201d with a new film."
    assert years(facts_of(text)) == {("Glass Harbor", "1954")}


@pytest.mark.parametrize("sentence, expected", [
    ("Her films include Salt Road [2019] and Glass Harbor [2021].", {("Salt Road", "2019"), ("Glass Harbor", "2021")}),
    ("Her films include Salt Road (2019, dir. Tom Hale) and more.", {("Salt Road", "2019")}),
    ("The remake of Salt Road (first released in 1999) is in the works.", {("Salt Road", "1999")}),
    ("The remake of Salt Road (1999 film) is in the works.", {("Salt Road", "1999")}),
    ("The remake of Salt Road (aired 2019-2021) is in the works.", {("Salt Road", "2019")}),
])
def test_more_brackets_that_date_a_title(facts_of, sentence, expected):
    assert expected <= years(facts_of(sentence))


@pytest.mark.parametrize("sentence", [
    "Salt Road, which premiered at Sundance, is up for Best Film at the 2021 Oscars.",  # a later ceremony's year
    "Salt Road won best film at the 2022 BAFTAs.",  # an award's edition, no work
    "The 2021 decision to cancel drama Salt Road angered fans.",  # an event's year before the noun
    "Harbor's 2022 bid for crime drama Salt Road failed.",
])
def test_a_year_of_something_else_dates_no_work(facts_of, sentence):
    assert not years(facts_of(sentence))


def test_a_release_marked_with_a_restoration_is_no_first_showing(facts_of):
    text = "Toho marked the 2023 release of the Ivo Marsh classic \u201cSalt Road\u201d with a 4K restoration."
    assert not years(facts_of(text))


def test_a_festival_edition_after_in_competition(facts_of):
    assert years(facts_of("Salt Road premiered in competition at the 2019 Venice Film Festival.")) == {("Salt Road", "2019")}


@pytest.mark.parametrize("sentence, expected", [
    # A screen adaptation named by its source takes the source's title: the year is the film's.
    ("Ines Lago starred in his 2015 adaptation of Tomas Brenner's novel Salt Road.", {("Salt Road", "2015")}),
    ("His films include a 2000 adaptation of Tomas Brenner's The Glass Harbor, with Ines Lago.", {("Glass Harbor", "2000")}),
    ("The 2011 film adaptation of the play \u201cSalt Road\u201d starred Ines Lago.", {("Salt Road", "2011")}),
])
def test_a_dated_adaptation_of_a_source_dates_the_adaptation(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "The 2011 stage adaptation of the film \u201cSalt Road\u201d starred Ines Lago.",  # a show made from the film
    "Harbour Films is planning a 2027 adaptation of the novel \u201cSalt Road.\u201d",  # a plan, no release
])
def test_a_stage_or_planned_adaptation_dates_no_title(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("He has made two features since, \u201cSalt Road\u201d and \u201cGlass Harbor,\u201d premiering in 2019 and 2021 respectively.",
     {("Salt Road", "2019"), ("Glass Harbor", "2021")}),
    ("\u201cSalt Road,\u201d \u201cEmber\u201d and \u201cGlass Harbor\u201d were released in 2015, 2017 and 2019, respectively.",
     {("Salt Road", "2015"), ("Ember", "2017"), ("Glass Harbor", "2019")}),
])
def test_years_listed_respectively_date_the_titles_in_order(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


def test_respective_years_of_prizes_date_nothing(facts_of):
    # Twin: the years of prizes won are not the years the works came out.
    assert not years(facts_of("\u201cSalt Road\u201d and \u201cEmber\u201d won prizes in 2015 and 2017 respectively."))


def test_a_catalogue_entry_dates_its_title_after_the_maker(facts_of):
    text = "Lumen Classics line-up\nSalt Road by Tomas Brenner (1934, 1h22, France)\nEmber by Maria Lopez (1961)\n"
    facts = facts_of(text)
    assert years(facts) == {("Salt Road", "1934"), ("Ember", "1961")}
    assert {("Salt Road", "directedBy", "Tomas Brenner"), ("Ember", "directedBy", "Maria Lopez")} <= facts


def test_a_byline_with_a_year_is_no_catalogue_entry(facts_of, entities_of):
    # Twin: the article's own credit line opens on what it credits, not on a title.
    text = "Harbour Films opens a studio in Leeds.\nPhotos by Maria Lopez (2019)\n"
    assert not years(facts_of(text))
    assert "Photos" not in entities_of(text)


@pytest.mark.parametrize("sentence, expected", [
    # A part of the year, or the month "of" the year, after a verb of first showing.
    ("\u201cSalt Road\u201d premiered on Netflix in March of 2012.", {("Salt Road", "2012")}),
    ("\u201cSalt Road,\u201d which aired on tvN in late 2019, was a hit.", {("Salt Road", "2019")}),
    ("\u201cSalt Road\u201d premiered on HBO in the spring of 2012.", {("Salt Road", "2012")}),
    # "its" showing dated by month and year.
    ("\u201cSalt Road\u201d was a hit after its January 2007 premiere.", {("Salt Road", "2007")}),
    ("\u201cSalt Road\u201d has drawn fans since its release in June of 2019.", {("Salt Road", "2019")}),
    # A part played in the work, dated after its title.
    ("He last starred in \u201cSalt Road\u201d in 2013.", {("Salt Road", "2013")}),
    ("She appeared in \u201cSalt Road\u201d in 2013 and \u201cEmber\u201d in 2015.", {("Salt Road", "2013"), ("Ember", "2015")}),
    # A dated noun with its title set off by commas on both sides.
    ("In Tomas Brenner's 1967 film, \u201cSalt Road,\u201d he played a veteran.", {("Salt Road", "1967")}),
    # "It" opening the next sentence with a verb only a work takes.
    ("\u201cSalt Road\u201d is returning to BBC One. It first aired in 1972.", {("Salt Road", "1972")}),
])
def test_more_release_year_forms(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "\u201cSalt Road\u201d was re-released in theaters in 1997.",  # a showing again
    "She starred in the stage version of \u201cSalt Road\u201d in 2013.",  # another version's year
    "He starred in season two of \u201cSalt Road\u201d in 2013.",  # a season's year
    "She will star in \u201cSalt Road\u201d in 2027.",  # a part to come
    "Like the 2005 original, \u201cSalt Road 2\u201d was shot on sets.",  # the comma opens the main clause
    "Lumen Pictures is back in business. It debuted in 2019.",  # "it" is the company
])
def test_release_year_forms_twins(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence, expected", [
    # From a survey of international trade copy: the article dropped after "behind", a genre
    # hyphened to its noun, a naming participle, an apposition dated after its noun.
    ("The studio is behind 2021 hit \u201cSalt Road\u201d and 2019\u2019s \u201cEmber.\u201d", {("Salt Road", "2021"), ("Ember", "2019")}),
    ("She made her name with her 1997 horror-thriller \u201cSalt Road.\u201d", {("Salt Road", "1997")}),
    ("The first adaptation was a 2006 Japanese film titled \u201cSalt Road.\u201d", {("Salt Road", "2006")}),
    ("\u201cSalt Road,\u201d a Korean film of 2016, has been remade in China.", {("Salt Road", "2016")}),
    ("\u201cSalt Road,\u201d a Japanese miniseries from 2015, has been remade.", {("Salt Road", "2015")}),
    ("\u201cSalt Road,\u201d Tomas Brenner\u2019s directorial debut in 1979, changed the genre.", {("Salt Road", "1979")}),
    ("The remake follows \u201cSalt Road,\u201d a surprise hit in 2014, into a new decade.", {("Salt Road", "2014")}),
])
def test_international_release_year_forms(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "\u201cSalt Road,\u201d Streamly\u2019s biggest film in 2023, returns.",  # a later year's ranking
    "\u201cSalt Road,\u201d the series from 2015 to 2017 on Streamly, was remade.",  # a run, no apposition's year
    "\u201cSalt Road,\u201d a modest hit in Korea in 2014, returns.",  # a place between: a later run abroad may be meant
])
def test_international_release_year_twins(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("He had roles in 1986's low-budget \u201cSalt Road\u201d and 1990's direct-to-cable \u201cEmber.\u201d",
     {("Salt Road", "1986"), ("Ember", "1990")}),  # modifiers after the year's possessive
    ("The line-up includes Tomas Brenner's 1954 \u201cSalt Road.\u201d", {("Salt Road", "1954")}),  # a maker's bare year
    ("Released in 1992, Tomas Brenner's acidic satire \u201cSalt Road\u201d was a sensation.", {("Salt Road", "1992")}),
    ("She starred in the 1989\u201398 NBC sitcom \u201cSalt Road.\u201d", {("Salt Road", "1989")}),  # a run ending in two digits
    ("\u201cSalt Road\u201d ended its 1994\u20132009 run on ABC.", {("Salt Road", "1994")}),
    ("Vera Lund created \u201cSalt Road,\u201d which aired on the Disney Channel between 1988 and 1989.", {("Salt Road", "1988")}),
])
def test_more_dated_possessives_and_runs(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


def test_a_deal_between_years_dates_no_title(facts_of):
    # Twin: "between" dates a first showing only after a verb of showing.
    assert not years(facts_of("Streamly licensed \u201cSalt Road\u201d for a window between 2020 and 2022."))


@pytest.mark.parametrize("sentence, expected", [
    # "A, TITLE of COMPANY, said": the title ends where "of" names the company, even where the
    # parser hangs the name on a title in the quote before it.
    ("\u201cWe loved working with Tom again after the success of \u2018Marigold,'\u201d "
     "Maria Lopez, exec VP of acquisitions and productions of Harbor Films, said in a statement.",
     {("Maria Lopez", "exec VP of acquisitions and productions")}),
    # Twins: "of" before a work, or before a company that owns or describes one, names a credit.
    ("\u201cWe love it,\u201d Ana Ruiz, director of Salt Road, said.", set()),
    ("\u201cWe love it,\u201d Dana Vale, director of Netflix's Salt Road, told reporters.", set()),
    ("\u201cWe are thrilled,\u201d Tom Hale, producer of the Lumen Pictures film Salt Road, said.", set()),
])
def test_a_title_after_a_name_ends_at_of_and_the_company(facts_of, sentence, expected):
    assert roles_of(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a prize's two-word name before its hyphen, and a critic's plain adjective, praise the work
    ("The studio made her Golden Globe-nominated 2022 film \u201cCopperhead.\u201d", {("Copperhead", "2022")}),
    ("Critics loved the excellent 2005 dramedy \u201cCopperhead,\u201d her second film.", {("Copperhead", "2005")}),
    # the trade's words for a maker's film, and a noun's possessive in apposition
    ("The pair co-wrote Lena Hart\u2019s 2006 effort \u201cCopperhead.\u201d", {("Copperhead", "2006")}),
    ("Tom Bell previously starred in \u201cCopperhead,\u201d the director\u2019s 2011 horror short.", {("Copperhead", "2011")}),
    # a list of quoted titles drops the owner and the article after each comma
    ("They co-wrote Lena Hart\u2019s 2006 effort \u201cCopperhead,\u201d 2009 horror adaptation \u201cSalt Road\u201d and a play.",
     {("Copperhead", "2006"), ("Salt Road", "2009")}),
    # a work's coming out: "appeared in 2018", "appeared in competition in Cannes in 2016", "shown at Cannes in 1991"
    ("She made the thriller \u201cCopperhead,\u201d which appeared in competition in Cannes in 2016.", {("Copperhead", "2016")}),
    ("She directed the drama \u201cCopperhead,\u201d which was shown at the Cannes Film Festival in 1991.", {("Copperhead", "1991")}),
    # a career's recognition
    ("Hart first came to wide recognition in 1999 with her debut feature Copperhead.", {("Copperhead", "1999")}),
])
def test_more_ways_news_dates_a_makers_earlier_work(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # Twins: a person who "appeared in 2014" is no work coming out; a sequel's or prequel's date is
    # not its source's; a company's dated offering or effort is no work; a restoration shown again.
    "Tom Bell, who starred in \u201cCopperhead,\u201d appeared in 2014 on a panel in Busan.",
    "Lumen said the \u201cCopperhead\u201d sequel will hit screens on June 5, 2027.",
    "Lumen said the \u201cCopperhead\u201d prequel will open on March 3, 2027.",
    "Lumen Pictures acquired \u201cCopperhead.\u201d The company's 2021 stock offering was oversubscribed.",
    "The restored \u201cCopperhead\u201d was shown at the Cannes Film Festival in 2019 in the Cannes Classics section.",
    "\u201cCopperhead\u201d appeared in 2020 on Netflix, two years after its theatrical run.",
])
def test_more_ways_that_date_no_earlier_work(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence, expected", [
    # a work described in apposition, its relative "appeared in YEAR" its coming out
    ("Her latest work was Copperhead, a six-part BBC drama that appeared in 2018.", {("Copperhead", "2018")}),
    ("Copperhead is a comedy which appeared in 2016 on the BBC.", {("Copperhead", "2016")}),
    # the maker's part between the work noun and the title in apposition
    ("Her first short as director, Moth Hour, premiered at Cannes in 2019.", {("Moth Hour", "2019")}),
    ("His first feature as a director, Moth Hour, premiered in 2016.", {("Moth Hour", "2016")}),
    # an author's dated book named in apposition to its noun
    ("Ana Ruiz's 1998 novel, Bread and Stone, became a bestseller.", {("Bread and Stone", "1998")}),
])
def test_a_described_work_dated_by_its_clause(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # Twins: a person who appeared in a year; a maker's part with no title after it.
    "Tom Bell, a comic who appeared in 2018 at a gala, joins the cast of Copperhead.",
    "Her first job as director, Tom Bell said, came in 2019 on Copperhead.",
])
def test_a_person_or_a_job_dated_by_its_clause_dates_no_work(facts_of, sentence):
    assert not years(facts_of(sentence))


def test_a_person_who_appeared_in_a_year_in_a_work_dates_nothing(facts_of):
    # twin of the relative "appeared in YEAR": an actress's appearance is no work's release
    assert not years(facts_of("She cast an actress that appeared in 2019 in \u201cCopper Moon\u201d."))


@pytest.mark.parametrize("sentence, expected", [
    ("The thriller \u201cCopper Moon\u201d has been selected for the 2019 Venice Film Festival.", {("Copper Moon", "2019")}),
    ("Their series Salt Road: Blue Tide was one of the first television projects selected for the 2017 Cannes Film Festival lineup.",
     {("Salt Road: Blue Tide", "2017")}),
    # Twins: a restoration shown again; a person selected for a festival's programme.
    ("The restored \u201cCopper Moon\u201d was selected for the 2019 Cannes Film Festival classics lineup.", set()),
    ("Dana Vale, who directed \u201cCopper Moon,\u201d was selected for the 2019 Berlinale Talents program.", set()),
])
def test_a_festivals_dated_edition_that_selected_a_work_dates_it(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the noun phrase of a first showing stands for the release verb, a festival's edition after it
    ("Copperhead had its world premiere at the 2019 Toronto Film Festival.", {("Copperhead", "2019")}),
    ("Lumen Films' Moth Hour made its world debut in Toronto in 2018.", {("Moth Hour", "2018")}),
    # a festival's showing: a work played or competed there, its prize or section between
    ("\u201cMoth Hour,\u201d which competed for the Golden Lion at the Venice Film Festival in 2016, sold well.", {("Moth Hour", "2016")}),
    ("Ana Ruiz played in Venice Competition with Tidewater in 2004, Moth Hour in 2007 and Salt Road in 2012.",
     {("Tidewater", "2004"), ("Moth Hour", "2007"), ("Salt Road", "2012")}),
    # a prize's year stands though other titles in the sentence carry their own years
    ("Ana Ruiz won the Golden Lion for \u201cSalt Road\u201d in 2015, and played in Venice Competition with \u201cTidewater\u201d in 2004.",
     {("Salt Road", "2015"), ("Tidewater", "2004")}),
    # a debut named by the copula
    ("Ana Ruiz, whose debut feature was \u201cSalt\u201d in 2011, returns with a thriller.", {("Salt", "2011")}),
    # a dated festival's or section's entry or winner, and a hyphened genre, after a verb that drops the article
    ("Her credits include 2018 Critics\u2019 Week entry \u201cSalt,\u201d a hit in France.", {("Salt", "2018")}),
    ("Lumen bought 2019 Venice winner \u201cCopperhead.\u201d", {("Copperhead", "2019")}),
    ("Hits include 2021 live-actioner Salt Road and 2019 toon Moth Hour.", {("Salt Road", "2021"), ("Moth Hour", "2019")}),
])
def test_a_first_showing_at_a_festival_dates_the_work(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # Twins: a premiere still to come; a person's debut or festival showing; a year said of no title.
    "\u201cCopperhead\u201d will have its premiere at the 2027 Berlinale.",
    "Dana Vale made her debut in Berlin in 2012.",
    "Dana Vale, the star of \u201cMoth Hour,\u201d competed at the Venice Film Festival in 2016 with a short.",
    "Ana Ruiz won the Golden Lion for \u201cSalt Road\u201d at Venice, and played in Venice with a short in 2004.",
    "Her debut was in 2015 on Broadway, before \u201cSalt.\u201d",
])
def test_a_showing_that_is_planned_or_a_persons_dates_no_work(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence, expected", [
    # a book's year: its publication, in a bracket or a noun phrase, or as the passive's subject
    ("Lumen will adapt The Glass Orchard (published 1988).", {("The Glass Orchard", "1988")}),
    ("Sales rose after the 1988 publication of \u201cThe Glass Orchard.\u201d", {("The Glass Orchard", "1988")}),
    ("The Glass Orchard was published by Penguin in 1988.", {("The Glass Orchard", "1988")}),
    # a catalogue's bracket that names the maker before the year
    ("Lumen Films has acquired Night Shift (dir. Ana Ruiz, 2011) for France.", {("Night Shift", "2011")}),
])
def test_a_books_publication_and_a_makers_bracket_date_the_work(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


def test_an_author_first_published_in_a_year_dates_no_work(facts_of):
    # Twin: an author "was first published" when her work was; the name is hers.
    assert not years(facts_of("Dana Vale was first published in 1998, aged 19."))


@pytest.mark.parametrize("sentence, expected", [
    # a participle set off after a work's byline is said of the work, not of its maker
    ("The movie is based on the children's book The Red Kite by Dana Vale, published in 1971.", {("The Red Kite", "1971")}),
    ("The film is Salt Road by Ana Ruiz, released in 2019 by Lumen.", {("Salt Road", "2019")}),
    # Twin: a person's own participle dates no work
    ("The drama stars Dana Vale, born in 1971.", set()),
])
def test_a_participle_after_a_works_byline_dates_the_work(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # trade copy drops the article after "on" and "for" too
    ("The trio previously worked together on 2016 film \u201cThe Age of Steam.\u201d", {("The Age of Steam", "2016")}),
    ("Lumen picked up rights for 2019 Sundance hit Copperhead.", {("Copperhead", "2019")}),
    # Twin: a year that dates a plan, not a work
    ("The deal runs for 2025 film releases such as Copperhead.", set()),
])
def test_a_dated_work_noun_after_on_or_for_dates_the_title(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # Twins from a probe of the festival and book rules: a showing in one market, a role played in
    # a festival's city, a restoration, a year of another clause, an edition's year, a periodical.
    "Glass Houses had its UK premiere on BBC Two in 2019.",
    "Night Train, the restored classic, played in Cannes Classics in 2021.",
    "Tom Hale, whose debut feature was \u201cTidewater\u201d, signed with CAA in 2010.",
    "Since the 2015 publication of \u201cThe Glass Orchard\u201d in English, the novel has sold a million copies.",
    "The Hollywood Gazette was first published in 1930 and is now owned by Lumen Media.",
    "Vale was first published in 1998, when she was 22.",
])
def test_a_later_showing_edition_or_other_clause_dates_no_work(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Vera Lund produced 1986's still-bizarre Harbour Lights and 1990's Tomas Brenner-directed Ember Hill.",
     {("Harbour Lights", "1986"), ("Ember Hill", "1990")}),
    ("Her credits include 1971's romantic coming-of-age melodrama Salt Road.", {("Salt Road", "1971")}),
    ("The director's latest pic, \u201cEmber Hill,\u201d screened in competition at Venice in 2011.", {("Ember Hill", "2011")}),
    ("Harbour Lights screened out of competition at Cannes in 2019.", {("Harbour Lights", "2019")}),
])
def test_a_years_possessive_across_modifiers_and_a_showing_in_competition(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


def test_a_showing_in_competition_of_a_restoration_dates_nothing(facts_of):
    # Twin: a restored film shown again at a festival came out long before.
    assert not years(facts_of("Harbour Lights screened in competition at Venice in 2011 in a new 4K restoration."))


def test_a_hyphened_hit_after_a_years_possessive_is_no_release_verb(facts_of):
    # "mega-hit" is a noun the tagger may read as the verb "hit (theaters)": the later year in
    # the sentence is another title's.
    facts = facts_of("She produced 1973's mega-hit The Long Way Home, then 1975's Ember Hill.")
    assert years(facts) == {("The Long Way Home", "1973"), ("Ember Hill", "1975")}


def test_a_smash_hit_still_hits_theaters(facts_of):
    # Twin: the verb "hit theaters" after the noun dates the film it is said of.
    assert years(facts_of("Lumen's smash-hit sequel Harbour Lights will hit theaters in 2027.")) == {("Harbour Lights", "2027")}


@pytest.mark.parametrize("sentence, expected", [
    ("Netflix has bought Harbour Lights, Vera Lund's film that won a jury prize after its world premiere "
     "at the 2018 Sundance Film Festival.", {("Harbour Lights", "2018")}),
    ("The drama Harbour Lights won the jury prize after its premiere at Cannes in 2019.", {("Harbour Lights", "2019")}),
])
def test_its_first_showing_at_a_dated_festival_edition(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


def test_its_premiere_in_one_market_dates_nothing(facts_of):
    # Twin: a national premiere may come years after the film's first showing.
    assert not years(facts_of("The drama Harbour Lights won a prize after its UK premiere at the 2019 London Film Festival."))


@pytest.mark.parametrize("sentence", [
    "The drama Harbour Lights opens in May after its UK premiere at the 2019 London Film Festival.",
    "The drama Harbour Lights opens in theaters in May, after a festival run in 2019.",
])
def test_an_earlier_showing_after_a_scheduled_opening_is_not_its_date(facts_of, sentence):
    # "after ..." dates what came before the opening, not the opening itself.
    assert not years(facts_of(sentence))


def test_a_scheduled_opening_with_its_own_date_and_an_after_phrase(facts_of):
    # Twin: the opening's own date still dates the film.
    assert years(facts_of("The drama Harbour Lights will open on May 5, 2027, after a festival run.")) == {("Harbour Lights", "2027")}


@pytest.mark.parametrize("sentence, expected", [
    ("Paramount is remaking the influential 1971 thriller \u201cSalt Road.\u201d", {("Salt Road", "1971")}),
    ("Netflix revived the short-lived 2003 series \u201cEmber Hill.\u201d", {("Ember Hill", "2003")}),
    ("The BAFTA-winning 2019 drama \u201cHarbour Lights\u201d will be remade.", {("Harbour Lights", "2019")}),
    ("The low-budget 1999 horror film \u201cHarbour Lights\u201d was a surprise hit.", {("Harbour Lights", "1999")}),
])
def test_any_description_before_a_dated_work_noun(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "The upcoming 2026 film \u201cHarbour Lights\u201d stars Vera Lund.",
    "Lumen Films announced a planned 2027 sequel \u201cHarbour Lights 2\u201d.",
])
def test_a_planned_work_before_its_year_is_not_dated(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence", [
    "\u201cEmber Hill\u201d premiered its second season on Netflix in 2022.",
    "\u201cEmber Hill\u201d launched its final season in 2023.",
    "\u201cEmber Hill\u201d was released on DVD in 2004.",
    "The novel \u201cEmber Hill\u201d was published in paperback in 1990.",
    "Dana Ruiz wrote the script for \u201cEmber Hill\u201d in 2009.",
])
def test_a_later_season_format_or_the_writing_is_not_the_release(facts_of, sentence):
    assert not years(facts_of(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("The Cannes 2016 selection \u201cEmber Hill\u201d marked her debut.", {("Ember Hill", "2016")}),
    ("Neon acquired Sundance 2019 winner \u201cSalt Road\u201d.", {("Salt Road", "2019")}),
    ("Set in Los Angeles, the police drama \u201cEmber Hill\u201d aired 1982-88 and starred Mia Kovac.", {("Ember Hill", "1982")}),
    ("He is best remembered for \u201cSalt Road,\u201d which ran from 1958-64, and \u201cEmber Hill,\u201d which spanned 1965-74.",
     {("Salt Road", "1958"), ("Ember Hill", "1965")}),
    ("Mia Kovac broke through with \u201cEmber Hill\u201d in 1999.", {("Ember Hill", "1999")}),
])
def test_a_festival_edition_a_bare_run_and_a_breakthrough_date_the_work(facts_of, sentence, expected):
    assert years(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Netflix's deal for \u201cEmber Hill\u201d ran 2019-21.",  # the deal's run
    "The Cannes 2016 selection was announced on Thursday, and \u201cEmber Hill\u201d was not on it.",
    "The Cannes 2019 selection \u201cEmber Hill\u201d screened in a new 4K restoration.",  # shown again
])
def test_a_deals_run_or_a_festival_edition_apart_from_the_title_dates_nothing(facts_of, sentence):
    assert not years(facts_of(sentence))


def test_a_series_opening_a_sentence_with_its_title_then_launched(facts_of):
    # Parse failure: "The series X launched in 2018 and ran ..." may read "X launched" as a relative
    # clause on "The series"; the title is still what launched.
    assert years(facts_of("The series Winter Tram launched in 2018 and ran for three seasons.")) == {("Winter Tram", "2018")}


def test_what_a_company_launched_is_no_title_of_its_own(facts_of):
    # Twin: "the series Netflix launched in 2018" is the company's act; no year for a company.
    assert not years(facts_of("The series Harbour Films launched in 2018 ran for three seasons."))


@pytest.mark.parametrize("sentence, expected", [
    ("\u201cSalt Road\u201d was remade in 1969 as \u201cWinter Tram\u201d.", {("Winter Tram", "1969")}),
    ("Tom Arkwell adapted the book in 1951 as \u201cWinter Tram\u201d.", {("Winter Tram", "1951")}),
])
def test_a_new_version_named_after_as_is_dated_by_the_year_before_it(facts_of, sentence, expected):
    # "X was remade in 1969 as Y": Y came out in 1969, X did not; Y after "as" is the new work
    # itself, not the source of an adaptation.
    x = facts_of(sentence)
    assert years(x) == expected
    assert not {f for f in x if f[1] == "basedOn" and f[0] == f[2]}


@pytest.mark.parametrize("sentence", [
    # a showing's verb drops the article as a credit verb does
    "The sidebar also screens 2012 documentary \u201cWinter Tram.\u201d",
    # a dated noun, a comma and the title closing the sentence
    "Harbour TV is developing a series version of the 2012 podcast, \u201cWinter Tram.\u201d",
])
def test_more_dated_nouns_before_a_title(facts_of, sentence):
    assert years(facts_of(sentence)) == {("Winter Tram", "2012")}


def test_a_dated_noun_and_a_comma_before_a_clause_date_no_title(facts_of):
    # Twin: after "the 2012 podcast," a clause goes on; the title in it is no apposition.
    assert not years(facts_of("After the 2012 podcast, \u201cWinter Tram\u201d was adapted for television by Harbour TV."))


@pytest.mark.parametrize("sentence", [
    "\u201cWinter Tram\u201d drew ten million viewers during its original run from December 2009 to May 2012.",
    "During its run from 2009 to 2012, \u201cWinter Tram\u201d drew big audiences on Harbour TV.",
])
def test_a_run_from_a_year_to_another_dates_the_work_by_its_first(facts_of, sentence):
    assert years(facts_of(sentence)) == {("Winter Tram", "2009")}


def test_extending_a_run_dates_nothing(facts_of):
    # Twin: a renewal that extends the run names years still to come.
    assert not years(facts_of("Harbour TV renewed \u201cWinter Tram,\u201d extending its run from 2024 to 2027."))


@pytest.mark.parametrize(("text", "expected"), [
    ("\u201cHarbour Lights,\u201d slated for a 2027 premiere, is produced by Mill Studios for Lumen.", {("Harbour Lights", "2027")}),
    ("The drama Harbour Lights, set for a 2028 release, stars Ana Ruiz.", {("Harbour Lights", "2028")}),
    # Twins: a setting is no release; a date the work no longer has is none; the participle is
    # said of the noun it follows, here the sequel, not the title inside its phrase.
    ("\u201cHarbour Lights,\u201d set in 1974 Lisbon, stars Ana Ruiz.", set()),
    ("\u201cHarbour Lights,\u201d originally slated for a 2026 premiere, has been delayed.", set()),
    ("The sequel to \u201cHarbour Lights,\u201d slated for a 2027 release, stars Ana Ruiz.", set()),
])
def test_a_scheduling_participle_beside_a_title_dates_it(facts_of, text, expected):
    # "X, slated for a 2027 premiere,": the participle set off after a name is said of it.
    assert years(facts_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The novel \u201cSalt Orchard\u201d will be published in fall 2027 by Penguin.", {("Salt Orchard", "2027")}),
    ("Penguin will publish Mia Ross\u2019s memoir \u201cLong Way Back\u201d in 2028.", {("Long Way Back", "2028")}),
    # Twins: a date left open; a company's publication that is no work.
    ("The novel \u201cSalt Orchard\u201d could be published in 2027.", set()),
    ("Penguin published its annual results in 2024.", set()),
])
def test_a_publication_date_set_dates_the_book(facts_of, text, expected):
    # A book's release is its publication: "will be published in fall 2027" fixes its year.
    assert years(facts_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Orion Street is remaking \u201cBlue Valley.\u201d Ana Ruiz will play the part Tom Hale played in the 1987 original.",
     {("Blue Valley", "1987")}),
    ("Orion Street is remaking \u201cBlue Valley.\u201d The new film shoots in Lisbon. It is darker than the 1987 Danish original.",
     {("Blue Valley", "1987")}),
    ("\u201cSalt Road\u201d is a reboot of \u201cBlue Valley.\u201d Fans of the 1987 original will know the story.",
     {("Blue Valley", "1987")}),
    # Twins: no remake named before it; two remade works; a sequel's original is not named.
    ("Orion Street has a new drama, \u201cBlue Valley.\u201d Ana Ruiz plays the part Tom Hale played in the 1987 original.", set()),
    ("Orion Street is remaking \u201cBlue Valley\u201d and rebooting \u201cRed Sky.\u201d Ana Ruiz starred in the 1987 original.", set()),
    ("Lumen is shooting the sequel \u201cSalt Road 2.\u201d It is darker than the 2005 original.", set()),
])
def test_a_dated_original_inside_a_sentence_dates_the_one_work_remade(facts_of, text, expected):
    # "played in the 1987 original": with no title of its own, the original is the work remade.
    assert years(facts_of(text)) == expected


@pytest.mark.parametrize(("said", "square_metres"), [
    ("1,234,567.5 m\u00b2", "1234567.5"),  # metres as written, never in exponent form
    ("860 m\u00b2", "860"),
    ("1.2 million sq ft", "111484"),
    ("a 3-acre lot", "12141"),
    ("2 hectares", "20000"),
])
def test_an_area_is_written_in_square_metres(said, square_metres):
    assert area_square_metres(AREA_RE.search(said)) == square_metres
