"""Employment read from the parse: copulas with a job title, "headed by", hires and joins."""
import pytest

pytestmark = pytest.mark.slow


def jobs(facts):
    return {f for f in facts if f[1] in ("employedBy", "role")}


@pytest.mark.parametrize("sentence, expected", [
    ("Rita Combs is the chief executive of Tidewater Media.",
     {("Rita Combs", "employedBy", "Tidewater Media"), ("Rita Combs", "role", "chief executive")}),
    ("Omar Reyes serves as head of international at Harbour Films.",
     {("Omar Reyes", "employedBy", "Harbour Films"), ("Omar Reyes", "role", "head of international")}),
    ("Ivo Drake has been hired by Fenwick Studios as head of comedy.",
     {("Ivo Drake", "employedBy", "Fenwick Studios"), ("Ivo Drake", "role", "head of comedy")}),
    ("Led by Tom Hale and Lena Marsh, Fenwick Studios will open a London office.",
     {("Tom Hale", "employedBy", "Fenwick Studios"), ("Lena Marsh", "employedBy", "Fenwick Studios")}),
    ("Paul Vance, who runs the company, joined Fenwick Studios in 2019.",
     {("Paul Vance", "employedBy", "Fenwick Studios")}),
    # A company the small NER calls a person is one when a staff post is held "of" it or in its
    # possessive; "managing director" opens with a post word.
    ("Tom Bell, the head of Kanal Nord, said the deal was big.",
     {("Tom Bell", "employedBy", "Kanal Nord"), ("Tom Bell", "role", "head")}),
    ("\u201cWe are thrilled,\u201d said Kanal Nord's managing director, Tom Bell.",
     {("Tom Bell", "employedBy", "Kanal Nord"), ("Tom Bell", "role", "managing director")}),
])
def test_employment_forms(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Rita Combs is in talks to become the chief executive of Tidewater Media.",  # hedged
    "Rita Combs is not the chief executive of Tidewater Media.",  # denied
    "Paul Vance left London in 2019.",  # leaving a place is no job (corp4: leaving a company is, see departures)
    "Tom Bell, who wants to be the head of Kanal Nord, spoke.",  # a wish, no post
])
def test_employment_negative_twins(facts_of, sentence):
    assert not jobs(facts_of(sentence))


# --- credits branch: titles in apposition, "of" phrases, leading verbs, passive hires ---
@pytest.mark.parametrize("sentence, expected", [
    ("Rita Combs, founder and CEO of Harbour Films, will produce the film.",
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "founder and CEO")}),
    ("Tom Hale, Harbour Films' head of drama, said the show was special.",
     {("Tom Hale", "employedBy", "Harbour Films"), ("Tom Hale", "role", "head of drama")}),
    ("Larry Ellison, the founder of the software company Oracle, backed the deal.",
     {("Larry Ellison", "employedBy", "Oracle"), ("Larry Ellison", "role", "founder")}),
    ('"We love it," said Rita Combs, president, Original Programming, Harbour Films.',
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "president, Original Programming")}),
    ('"We are thrilled," said Rita Combs of Harbour Films.',
     {("Rita Combs", "employedBy", "Harbour Films")}),
    ("Rita Combs, who runs Harbour Films, will produce the film.",
     {("Rita Combs", "employedBy", "Harbour Films")}),
    ("Harbour Films is led by Tom Hale, managing director.",
     {("Tom Hale", "employedBy", "Harbour Films"), ("Tom Hale", "role", "managing director")}),
    ("Rita Combs has been promoted to president of Harbour Films.",
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "president")}),
    ("Rita Combs has been named president of Harbour Films.",
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "president")}),
    ("Rita Combs will join Harbour Films as head of comedy.",
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "head of comedy")}),
    ("Netflix co-CEO Ted Sarandos said the deal was big.",
     {("Ted Sarandos", "employedBy", "Netflix"), ("Ted Sarandos", "role", "co-CEO")}),
])
def test_titles_and_leading_verbs(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Rita Combs is in talks to join Harbour Films as head of comedy.",  # negotiating
    "Rita Combs, who reportedly runs Harbour Films, will produce the film.",  # rumoured
    "Rita Combs has not been named president of Harbour Films.",  # denied
])
def test_titles_and_leading_verbs_negative_twins(facts_of, sentence):
    assert not jobs(facts_of(sentence))


def test_leaving_a_company_is_a_past_job(facts_of):
    # The dev golds count past posts as employedBy ("left X to join Y"); once the name is found
    # (the NER had missed it here), leaving says the person worked there.
    assert jobs(facts_of("Rita Combs exits Harbour Films after five years.")) == {("Rita Combs", "employedBy", "Harbour Films")}


def test_people_coordinated_before_a_companys_possessive_run_it(facts_of):
    facts = facts_of("Rita Combs joined Tom Hale and Omar Reyes's Harbour Films last year.")
    assert {("Tom Hale", "employedBy", "Harbour Films"), ("Omar Reyes", "employedBy", "Harbour Films")} <= jobs(facts)


def test_people_before_a_works_possessive_get_no_employer(facts_of):
    facts = facts_of("Harbour Films is making Tom Hale and Omar Reyes's series \u201cLantern.\u201d")
    assert not {f for f in jobs(facts) if f[0] in ("Tom Hale", "Omar Reyes")}


# corp2: a copula subject does not take the company of a clause nested in its predicate.

def test_a_company_in_a_nested_relative_clause_is_not_the_copula_subjects(facts_of):
    facts = facts_of("Mara Lindqvist was a candidate for the post vacated by Peter Okafor, who is leaving to become president of drama at Harbour Films.")
    assert ("Mara Lindqvist", "employedBy", "Harbour Films") not in facts


def test_a_copula_post_at_a_company(facts_of):
    facts = facts_of("Mara Lindqvist is president of drama at Harbour Films.")
    assert ("Mara Lindqvist", "employedBy", "Harbour Films") in facts


# "A will become / became president of X": coming to hold a post, like the copula.
@pytest.mark.parametrize("sentence, role", [
    ("Dana Vale will become chief operating officer of Harbour Films in January.", "chief operating officer"),
    ("Dana Vale became president of Harbour Films in 2019.", "president"),
])
def test_becoming_a_post(facts_of, sentence, role):
    facts = facts_of(sentence)
    assert {f for f in facts if f[1] in ("employedBy", "role")} == {
        ("Dana Vale", "employedBy", "Harbour Films"), ("Dana Vale", "role", role)}


@pytest.mark.parametrize("sentence", [
    "Dana Vale could become president of Harbour Films if the merger closes.",  # hedged
    "Dana Vale is expected to become president of Harbour Films.",  # only expected
    "Dana Vale became a fan of Harbour Films early on.",  # no job title
])
def test_becoming_a_post_negative_twins(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "employedBy"}


# --- corp3: past posts are jobs held (employedBy), their titles (without "former") the role held there ---
@pytest.mark.parametrize("sentence, expected", [
    ("Rita Combs is a former chief executive of Tidewater Media.",
     {("Rita Combs", "employedBy", "Tidewater Media"), ("Rita Combs", "role", "chief executive")}),
    ("Larry Ellison, the former founder of the software company Oracle, backed the deal.",
     {("Larry Ellison", "employedBy", "Oracle"), ("Larry Ellison", "role", "founder")}),
    ("Former Lionsgate exec Marcus Bell said the deal was done.",
     {("Marcus Bell", "employedBy", "Lionsgate"), ("Marcus Bell", "role", "exec")}),
    ("CBS veteran Alma Ruiz has joined Harbour Films as president.",
     {("Alma Ruiz", "employedBy", "CBS"), ("Alma Ruiz", "employedBy", "Harbour Films"), ("Alma Ruiz", "role", "president")}),
    ("Marcus Bell joins Harbour Films from Tidewater Media.",
     {("Marcus Bell", "employedBy", "Harbour Films"), ("Marcus Bell", "employedBy", "Tidewater Media")}),
    # biz7: the subjectless "serving as" now also gives the past post's title, as gold roles do
    ("Dana Whitfield joins Harbour Films after most recently serving as head of drama at Tidewater Media.",
     {("Dana Whitfield", "employedBy", "Harbour Films"), ("Dana Whitfield", "employedBy", "Tidewater Media"),
      ("Dana Whitfield", "role", "head of drama")}),
    ("The magazine was run by Mara Lindqvist, a former executive of Harbour Films.",
     {("Mara Lindqvist", "employedBy", "Harbour Films"), ("Mara Lindqvist", "role", "executive")}),
])
def test_past_posts(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Marcus Bell is said to be joining Harbour Films from Tidewater Media.",  # rumoured
    "Dana Whitfield worked on Tidewater Media's shows.",  # working on a company's shows is no job there
    "Dana Whitfield worked on Glasshouse and Moonfall for Tidewater Media.",  # the works were made for it
    "Hollywood veteran Dana Holt joined the board of the company.",  # a place, not a company
    "Marcus Bell is not a former executive of Harbour Films.",  # denied
])
def test_past_posts_negative_twins(facts_of, sentence):
    assert not jobs(facts_of(sentence))


def test_staying_on_in_a_post_is_holding_it(facts_of):
    assert jobs(facts_of("Rita Combs will continue as chairman of Harbour Films.")) == {
        ("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "chairman")}
    # no post after "as": reporting to someone's boss is no title of one's own
    assert not jobs(facts_of("Rita Combs will continue to report to the head of Harbour Films."))


def roles_only(facts):
    return {v for s, p, v in facts if p == "role"}


@pytest.mark.parametrize("sentence, role", [
    # the post's scope or seat after "with" or "based": no part of its title
    ("Rita Combs has been hired by Harbour Films as its new head of series and originals with a focus on Spain.",
     "head of series and originals"),
    ("Rita Combs joined Harbour Films as head of drama based in Leeds.", "head of drama"),
    # a comma and an article open an apposition that describes the post
    ("Rita Combs joined Harbour Films as SVP, drama, a Leeds-based role.", "SVP, drama"),
    # Twins: a comma with no article keeps the department that follows it, and a hyphened
    # "-based" is part of the department
    ("Rita Combs joined Harbour Films as SVP, drama and comedy.", "SVP, drama and comedy"),
    ("Rita Combs joined Harbour Films as head of faith-based content.", "head of faith-based content"),
])
def test_a_title_after_as_ends_before_what_describes_the_post(facts_of, sentence, role):
    assert roles_only(facts_of(sentence)) == {role}


@pytest.mark.parametrize("sentence, role", [
    ("Rita Combs, co-president of Harbour Films, spoke at the launch.", "co-president"),
    # The parser hangs "co-chairman" on the name as an adjective, so no apposition carries the
    # title; the title read after the name's comma, up to "of" and the company, does.
    ("Omar Reyes, co-chairman and co-CEO of Tidewater Media, will stay on.", "co-chairman and co-CEO"),
])
def test_a_co_title_keeps_its_prefix(facts_of, sentence, role):
    roles = {f[2] for f in facts_of(sentence) if f[1] == "role"}
    assert roles == {role}


@pytest.mark.parametrize("sentence, expected", [
    # an active hire whose title names the company: the title's company and the role
    ("Harbour Films has named Lisa Marsh and Tom Hale the co-presidents of scripted programming at Tidewater Media.",
     {("Lisa Marsh", "employedBy", "Harbour Films"), ("Lisa Marsh", "employedBy", "Tidewater Media"),
      ("Tom Hale", "employedBy", "Tidewater Media"),
      ("Lisa Marsh", "role", "co-president of scripted programming"), ("Tom Hale", "role", "co-president of scripted programming")}),
    ("Tom Hale has been at Harbour Films since 2011.", {("Tom Hale", "employedBy", "Harbour Films")}),
    ("Tom Hale began his career as an assistant at Harbour Films.", {("Tom Hale", "employedBy", "Harbour Films")}),
    # the field of a career's start before the companies, and each company listed
    ("Tom Hale began his career in development at Harbour Films and Tidewater Media.",
     {("Tom Hale", "employedBy", "Harbour Films"), ("Tom Hale", "employedBy", "Tidewater Media")}),
    # a stretch of time at a company before the clause's move
    ("Lisa Marsh joins Harbour Films after eight years at Tidewater Media.",
     {("Lisa Marsh", "employedBy", "Harbour Films"), ("Lisa Marsh", "employedBy", "Tidewater Media")}),
    ("After a decade at Tidewater Media, Lisa Marsh joined Harbour Films.",
     {("Lisa Marsh", "employedBy", "Harbour Films"), ("Lisa Marsh", "employedBy", "Tidewater Media")}),
    # the company left employed her too (corp4: departures)
    ("Lisa Marsh departed Harbour Films to run Tidewater Media.",
     {("Lisa Marsh", "employedBy", "Tidewater Media"), ("Lisa Marsh", "employedBy", "Harbour Films")}),
])
def test_hires_naming_a_company_and_time_spent_there(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Tom Hale has been at Cannes since Monday.",  # a place, not a company
    "Tom Hale began his career in development in Cannes.",  # a place again
    "After years at Tidewater Media, the series moved to a new home.",  # no person's stretch
    "Tom Hale is not at Harbour Films anymore.",  # denied
    "Lisa Marsh is in talks to run Tidewater Media.",  # negotiating
    "Harbour Films has reportedly named Lisa Marsh the president of drama at Tidewater Media.",  # rumoured
])
def test_hires_naming_a_company_negative_twins(facts_of, sentence):
    assert not jobs(facts_of(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("The deal was signed with the CEO of Tidewater Media, Rita Combs, on Monday.",
     {("Rita Combs", "employedBy", "Tidewater Media"), ("Rita Combs", "role", "CEO")}),
    ("The deal was praised by the head of drama at Harbour Films, Tom Hale.",
     {("Tom Hale", "employedBy", "Harbour Films"), ("Tom Hale", "role", "head of drama")}),
    # a past title: the job, and the role held there
    ("The film was backed by the former head of Tidewater Media, Rita Combs.",
     {("Rita Combs", "employedBy", "Tidewater Media"), ("Rita Combs", "role", "head")}),
])
def test_a_title_and_company_before_the_name(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


def test_a_title_before_the_name_negative_twin(facts_of):
    # rumoured
    assert not jobs(facts_of("The deal was reportedly signed with the CEO of Tidewater Media, Rita Combs, on Monday."))


# --- departures (corp4): leaving a company says the person worked there ---
@pytest.mark.parametrize("sentence, expected", [
    ("Paul Vance left Fenwick Studios in 2019.", {("Paul Vance", "employedBy", "Fenwick Studios")}),
    ("Last week, Jill Amos departed Harbour Films, where she was head of drama, to run Copperline Studios.",
     {("Jill Amos", "employedBy", "Harbour Films"), ("Jill Amos", "employedBy", "Copperline Studios")}),
    ("Marcus Vell, who is leaving Harbour Films at the end of June, will stay on as an adviser.",
     {("Marcus Vell", "employedBy", "Harbour Films")}),
    ("Lena Ruiz left Harbour Films to join Copperline Studios last year.",
     {("Lena Ruiz", "employedBy", "Harbour Films"), ("Lena Ruiz", "employedBy", "Copperline Studios")}),
    ("Lena Ruiz stepped down from Harbour Films after a decade.", {("Lena Ruiz", "employedBy", "Harbour Films")}),
    # "exited" is a negation cue for a project, not when it is the departure from a company
    ("Dana Vale has exited Harbour Films after five years.", {("Dana Vale", "employedBy", "Harbour Films")}),
])
def test_departures(facts_of, sentence, expected):
    assert {f for f in jobs(facts_of(sentence)) if f[1] == "employedBy"} == expected


@pytest.mark.parametrize("sentence", [
    "Lena Ruiz has not left Harbour Films.",  # denied
    "Lena Ruiz could leave Harbour Films next year.",  # only possible
    "Lena Ruiz has not exited Harbour Films.",  # denied
    "The series will leave Harbour Films for Copperline Studios.",  # no person
])
def test_departure_negative_twins(facts_of, sentence):
    assert not jobs(facts_of(sentence))


# "A moves to Y from X", "A comes to Y from X", "A moves over to Y as head of drama": a job
# move names both companies (read on the words: the parse takes "to Y" for an infinitive).
@pytest.mark.parametrize("sentence, expected", [
    ("Dana Vale moves to Harbour Films from Blue Gate Media.",
     {("Dana Vale", "employedBy", "Harbour Films"), ("Dana Vale", "employedBy", "Blue Gate Media")}),
    ("Dana Vale comes to Harbour Films from Blue Gate Media.",
     {("Dana Vale", "employedBy", "Harbour Films"), ("Dana Vale", "employedBy", "Blue Gate Media")}),
    ("Dana Vale moves over to Harbour Films as head of drama.", {("Dana Vale", "employedBy", "Harbour Films")}),
])
def test_moves_between_companies(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] == "employedBy"} == expected


@pytest.mark.parametrize("sentence", [
    "Dana Vale moves to Harbour Films for her next film.",  # a project's home, no job move
    "The series moves to Harbour Films from Blue Gate Media.",  # no person
    "Dana Vale is in talks to move to Harbour Films from Blue Gate Media.",  # negotiated
    "Dana Vale moves to London from Paris.",  # places
])
def test_moves_between_companies_negative_twins(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "employedBy"}


# "left (X) to become president of Y": the purpose clause's copula names the next post.
@pytest.mark.parametrize("sentence, expected", [
    ("Tom Reyes left Harbour Films to become president of Blue Gate Media.",
     {("Tom Reyes", "employedBy", "Harbour Films"), ("Tom Reyes", "employedBy", "Blue Gate Media"), ("Tom Reyes", "role", "president")}),
    ("Dana Vale succeeds Tom Reyes, who left to become head of drama at Blue Gate Media.",
     {("Tom Reyes", "employedBy", "Blue Gate Media"), ("Tom Reyes", "role", "head of drama")}),
])
def test_leaving_to_become(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] in ("employedBy", "role")} == expected


@pytest.mark.parametrize("sentence", [
    "Tom Reyes could leave Harbour Films to become president of Blue Gate Media.",  # only possible
    "Tom Reyes left Harbour Films to become a critic of Blue Gate Media.",  # no job title
])
def test_leaving_to_become_negative_twins(facts_of, sentence):
    assert ("Tom Reyes", "employedBy", "Blue Gate Media") not in facts_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Actor Dana Whitlock has left CAA and signed with UTA.",  # a client changing agencies
    "Dana Whitlock left WME for CAA last year.",  # a talent agency is no employer left
])
def test_leaving_a_talent_agency_is_no_departure_from_a_job(facts_of, sentence):
    assert {f for f in jobs(facts_of(sentence)) if f[1] == "employedBy"} == set()


# --- rel6: a copula whose complement is a company's possessive job title ---
@pytest.mark.parametrize("sentence, expected", [
    ("Rita Combs is currently Tidewater Media's head of drama.",
     {("Rita Combs", "employedBy", "Tidewater Media"), ("Rita Combs", "role", "head of drama")}),
    ("Omar Reyes is the BBC's director of content, and he oversees the slate.",
     {("Omar Reyes", "employedBy", "BBC"), ("Omar Reyes", "role", "director of content")}),
    ("Helen Marsh is now Fenwick Studios' president of production.",
     {("Helen Marsh", "employedBy", "Fenwick Studios"), ("Helen Marsh", "role", "president of production")}),
    # the places a post covers end the title's run: no "for" left at its end
    ("Helen Marsh serves as Fenwick Studios' director of production for Norway and Denmark.",
     {("Helen Marsh", "employedBy", "Fenwick Studios"), ("Helen Marsh", "role", "director of production")}),
])
def test_possessive_title_copulas(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Rita Combs is not Tidewater Media's head of drama.",  # denied
    "Rita Combs is Tidewater Media's biggest star.",  # no job title
    "Rita Combs is expected to be Tidewater Media's next head of drama.",  # hedged
])
def test_possessive_title_copula_twins(facts_of, sentence):
    assert not jobs(facts_of(sentence))


# --- rel6: taking a post ('landed the role of X at Y', 'take up the position of X at Y') ---
@pytest.mark.parametrize("sentence, expected", [
    ("Rita Combs has landed the role of head of development at Tidewater Media.",
     {("Rita Combs", "employedBy", "Tidewater Media"), ("Rita Combs", "role", "head of development")}),
    ("Omar Reyes will take up the position of head of documentaries at Harbour Films in August.",
     {("Omar Reyes", "employedBy", "Harbour Films"), ("Omar Reyes", "role", "head of documentaries")}),
    ("Rita Combs will take on the role of chief executive at Tidewater Media.",
     {("Rita Combs", "employedBy", "Tidewater Media"), ("Rita Combs", "role", "chief executive")}),
])
def test_taking_a_post(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Rita Combs is expected to take on the role of chief executive at Tidewater Media.",  # hedged
    "Rita Combs declined the role of head of drama at Tidewater Media.",  # not taken
    "Rita Combs landed the role of Captain Hook in the Tidewater Media film.",  # a part, no job
])
def test_no_post_taken(facts_of, sentence):
    assert not jobs(facts_of(sentence))


def test_a_split_co_title_after_a_possessive_company(facts_of):
    # rel6: the tokenizer splits "co-founder"; "A, X's co-founder," still works for X.
    assert ("Rita Combs", "employedBy", "Tidewater Media") in facts_of("Rita Combs, Tidewater Media's co-founder, said the film was a hit.")
    assert not jobs(facts_of("Rita Combs, Tidewater Media's co-star, said the film was a hit."))


# --- rel6: a department overseen at a company; "serve as X's title" ---
@pytest.mark.parametrize("sentence, expected", [
    ("Rita Combs will oversee the drama slate at Tidewater Media.", {("Rita Combs", "employedBy", "Tidewater Media")}),
    ("Rita Combs will lead Tidewater Media's drama team.", {("Rita Combs", "employedBy", "Tidewater Media")}),
    ("In her new role, Rita Combs will oversee drama at Tidewater Media.", {("Rita Combs", "employedBy", "Tidewater Media")}),
    ("Omar Reyes, who serves as Harbour Films' head of drama, negotiated the deal.",
     {("Omar Reyes", "employedBy", "Harbour Films"), ("Omar Reyes", "role", "head of drama")}),
    ("Omar Reyes, who is Harbour Films' president, negotiated the deal.",
     {("Omar Reyes", "employedBy", "Harbour Films"), ("Omar Reyes", "role", "president")}),
])
def test_overseen_units_and_served_titles(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Rita Combs will lead the cast of the film for Tidewater Media.",  # a cast, no department
    "Rita Combs will oversee production of the film for Tidewater Media.",  # made for, not at
    "Rita Combs is in talks to run drama at Tidewater Media.",  # negotiated
    "Omar Reyes, who is not Harbour Films' president, negotiated the deal.",  # denied
])
def test_no_overseen_unit(facts_of, sentence):
    assert not jobs(facts_of(sentence))


# --- rel6: "serve as" a title whose company hangs below it through a descriptive noun ---
@pytest.mark.parametrize("sentence, expected", [
    # biz7: "Rita Combs' production company Harbour Films" also names Combs' own company
    ("Omar Reyes served as president of Rita Combs' production company Harbour Films.",
     {("Omar Reyes", "employedBy", "Harbour Films"), ("Omar Reyes", "role", "president"), ("Rita Combs", "employedBy", "Harbour Films")}),
    ("Omar Reyes served as head of the drama department at Harbour Films.",
     {("Omar Reyes", "employedBy", "Harbour Films"), ("Omar Reyes", "role", "head of the drama department")}),
])
def test_served_titles_through_a_descriptive_noun(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Omar Reyes served as director of the film for Harbour Films.",  # a credit on a work
    "Omar Reyes is in talks to serve as president of the production company Harbour Films.",  # negotiated
])
def test_no_served_title_on_a_work(facts_of, sentence):
    assert not jobs(facts_of(sentence))


# --- rel6: "held (key) positions at X"; a pronoun after a time adverb ---
@pytest.mark.parametrize("text", [
    "Rita Combs joined Netflix in 2019. Previously, she held key positions at Harbour Films.",
    "Rita Combs joined Netflix in 2019. She held various positions at Harbour Films.",
])
def test_held_positions_at(facts_of, text):
    assert ("Rita Combs", "employedBy", "Harbour Films") in facts_of(text)


def test_no_held_positions_when_rumoured(facts_of):
    assert ("Rita Combs", "employedBy", "Harbour Films") not in facts_of("Rita Combs reportedly held key positions at Harbour Films.")


def test_a_negation_before_instead_does_not_reach_the_clause_after_it(facts_of):
    # rel6: "chose not to move ..., and instead joined A and B's X": the negation is the first
    # clause's; the owners of X after "instead" are stated plainly.
    facts = facts_of("Rita Combs chose not to move back to London, and instead joined Brian Mercer and Ron Talbot’s Lantern Entertainment as EVP.")
    assert {("Brian Mercer", "employedBy", "Lantern Entertainment"), ("Ron Talbot", "employedBy", "Lantern Entertainment")} <= facts


def test_a_negation_inside_the_clause_still_denies(facts_of):
    assert ("Rita Combs", "employedBy", "Harbour Films") not in facts_of("Rita Combs did not join Harbour Films, and instead stayed home.")


# --- probeB: taking up, leaving or inheriting a post named after "as"; "upped"/"elevated" ---
@pytest.mark.parametrize("sentence, expected", [
    ("Lena Marsh is stepping down as CEO of Tidewater Media.",
     {("Lena Marsh", "employedBy", "Tidewater Media"), ("Lena Marsh", "role", "CEO")}),
    ("Omar Reyes has stepped down as head of drama at Channel 4.",
     {("Omar Reyes", "employedBy", "Channel 4"), ("Omar Reyes", "role", "head of drama")}),
    ("Omar Reyes takes over as head of comedy at Fenwick Studios.",
     {("Omar Reyes", "employedBy", "Fenwick Studios"), ("Omar Reyes", "role", "head of comedy")}),
    # the predecessor holds the post until then: employed there too, the role the successor's
    ("Lena Marsh will succeed Paul Vance as president of Harbour Films.",
     {("Lena Marsh", "employedBy", "Harbour Films"), ("Lena Marsh", "role", "president"), ("Paul Vance", "employedBy", "Harbour Films"),
      ("Paul Vance", "role", "president")}),
    ("Rita Combs, who took over as CEO of Tidewater Media in 2020, will oversee the slate.",
     {("Rita Combs", "employedBy", "Tidewater Media"), ("Rita Combs", "role", "CEO")}),
    ("Rita Combs has been upped to president of Fenwick Studios.",
     {("Rita Combs", "employedBy", "Fenwick Studios"), ("Rita Combs", "role", "president")}),
    ("Omar Reyes was elevated to chief content officer of Tidewater Media.",
     {("Omar Reyes", "employedBy", "Tidewater Media"), ("Omar Reyes", "role", "chief content officer")}),
])
def test_posts_taken_or_left_as(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Lena Marsh is not stepping down as CEO of Tidewater Media.",  # denied
    "Lena Marsh is expected to step down as CEO of Tidewater Media.",  # hedged
    "Omar Reyes could take over as head of comedy at Fenwick Studios.",  # only possible
    "Omar Reyes took over the series from Ivo Drake at Fenwick Studios.",  # no post after "as"
])
def test_no_post_as_when_denied_hedged_or_no_title(facts_of, sentence):
    assert not jobs(facts_of(sentence))


@pytest.mark.parametrize("sentence", ["Howard Klein, who is also president of Harbour Films, executive produced The Office.",
                                      "Howard Klein, who is head of drama at Harbour Films, will produce the series."])
def test_a_relative_copula_with_a_post_at_a_company_is_employment(facts_of, sentence):
    # "A, who is president of X": the relative's subject is A.
    facts = facts_of(sentence)
    assert {f for f in facts if f[1] == "employedBy"} == {("Howard Klein", "employedBy", "Harbour Films")}


def test_a_relative_copula_about_a_work_gives_no_post(facts_of):
    # The twin: "who is the star of X" is a credit, not a post at a company.
    facts = facts_of("Howard Klein, who is the star of the Harbour Films comedy Night Shift, joins the cast.")
    assert {f for f in facts if f[1] == "employedBy"} == set()

# "president/GM of C", "EVP/CFO of C": slashed job titles are one post at C, never a company.
@pytest.mark.parametrize("sentence", ["Mark Lee, president/GM of Harbour Films, will oversee the studio.",
                                      "Mark Lee, EVP/CFO of Harbour Films, will oversee the studio."])
def test_slashed_job_titles_leave_the_company_after_them(facts_of, sentence):
    assert {f for f in jobs(facts_of(sentence)) if f[1] == "employedBy"} == {("Mark Lee", "employedBy", "Harbour Films")}


# --- rel5: the press-release title set as an aside, a department "arm" run for a company ---
@pytest.mark.parametrize("sentence, expected", [
    # "A, title, Company, said ...": the comma-framed company closes the title before the verb
    ("Rita Combs, managing director, Harbour Films, said the deal was important.",
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "managing director")}),
    # the title's own modifiers belong to it in the sentence-final form too
    ('"We love it," said Rita Combs, executive vice president, original programming, Harbour Films.',
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "executive vice president, original programming")}),
    # "runs X's film arm": a company's arm, wing or office is a unit of it
    ("Paul Vance, who runs Fenwick Studios' film arm, acquired the rights.",
     {("Paul Vance", "employedBy", "Fenwick Studios")}),
    ("Paul Vance, who heads the London office at Fenwick Studios, acquired the rights.",
     {("Paul Vance", "employedBy", "Fenwick Studios")}),
])
def test_rel5_aside_titles_and_units(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence, role", [
    # a capitalised department right after the job word, no "of": the parse hangs it on the name
    ('"We love it," says Rita Combs, SVP Film Production, Harbour Films.', "SVP Film Production"),
    ("Rita Combs, SVP Film Production, Harbour Films, said the deal was important.", "SVP Film Production"),
    # a lower-case department after the job word, the company after "at"
    ('"We love it," said Rita Combs, senior vp international sales and distribution at Harbour Films.',
     "senior vp international sales and distribution"),
    # a department of qualifiers joined by "and", then the company after a comma
    ('"We love it," adds Rita Combs, head of International and Local Film Production, Harbour Films.',
     "head of International and Local Film Production"),
])
def test_a_press_release_title_the_parse_scatters_is_read_from_the_words(facts_of, sentence, role):
    assert jobs(facts_of(sentence)) == {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", role)}


@pytest.mark.parametrize("sentence", [
    # Twins: a second person in the list, or a phrase of what is said, between the job word and the company
    '"We love it," said Rita Combs, producer, and Tom Bell, Harbour Films.',
    '"We love it," said Rita Combs, director, of the deal with Harbour Films.',
])
def test_a_job_word_then_another_name_or_clause_gives_no_post(facts_of, sentence):
    assert not {f for f in jobs(facts_of(sentence)) if f[1] == "employedBy" and f[0] == "Rita Combs"}


@pytest.mark.parametrize("sentence", [
    # the company of the aside is the subject of a new clause, not the close of a title list
    "Rita Combs, managing director, and Harbour Films, the distributor, said the deal was important.",
    # a hedged aside gives no fact
    "Paul Vance, who reportedly runs Fenwick Studios' film arm, acquired the rights.",
    # running a film (a work) is no unit of a company
    "Paul Vance, who runs Fenwick Studios' film Glass Harbor, acquired the rights.",
])
def test_rel5_aside_titles_and_units_negative_twins(facts_of, sentence):
    assert not {f for f in jobs(facts_of(sentence)) if f[1] == "employedBy" and f[0] in ("Rita Combs", "Paul Vance")}


@pytest.mark.parametrize("sentence, expected", [
    # one title held at each company of a list closed by "and"
    ('"We love it," said Rita Combs, president of Harbour Films, Fenwick Studios and Tidewater Media.',
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "employedBy", "Fenwick Studios"),
      ("Rita Combs", "employedBy", "Tidewater Media"), ("Rita Combs", "role", "president")}),
    # "stepping down as head of scripted for X and Y": the department adjective does not hide "for X"
    ("Rita Combs is stepping down as head of scripted for Harbour Films and Fenwick Studios.",
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "employedBy", "Fenwick Studios"),
      ("Rita Combs", "role", "head of scripted")}),
    # a fronted "At X," sets the company of the copula's title
    ("At Harbour Films, Rita Combs was senior vice president of drama.",
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "senior vice president of drama")}),
])
def test_rel5_company_lists_and_fronted_companies(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence, not_company", [
    # a comma alone does not make a list: the next company opens the main clause
    ('Rita Combs, president of Harbour Films, Fenwick Studios said on Monday.', "Fenwick Studios"),
    # a fronted place that is no company, and a hedged fronted post
    ("At the festival, Rita Combs was head of the jury.", "festival"),
    ("At Harbour Films, Rita Combs was reportedly head of drama.", "Harbour Films"),
])
def test_rel5_company_lists_and_fronted_companies_negative_twins(facts_of, sentence, not_company):
    assert not {f for f in jobs(facts_of(sentence)) if f[1] == "employedBy" and not_company in f[2]}


def test_rel5_a_press_release_title_at_a_paragraphs_end(facts_of):
    # the line break after the paragraph is no word after the company: the title list still closes there
    text = '"We love it," said Rita Combs, president, Original Programming, Harbour Films.\n\nThe series premieres in May.'
    assert jobs(facts_of(text)) == {("Rita Combs", "employedBy", "Harbour Films"),
                                    ("Rita Combs", "role", "president, Original Programming")}


def test_rel5_a_press_release_title_at_a_paragraphs_end_negative_twin(facts_of):
    # a list that names another person after the title is no press-release title
    text = '"We love it," said Rita Combs, president, and Tom Hale, Harbour Films.\n\nThe series premieres in May.'
    assert not {f for f in jobs(facts_of(text)) if f[0] == "Rita Combs" and f[1] == "employedBy"}


@pytest.mark.parametrize("sentence", ["Rita Combs spent eight years at Harbour Films.",
                                      "Rita Combs has spent a decade with Harbour Films.",
                                      "Rita Combs, who spent a decade at Harbour Films, joins Netflix.",
                                      "Rita Combs launched Harbour Films in 2010."])
def test_years_spent_at_or_launching_a_company_is_employment(facts_of, sentence):
    # Years spent at a company are a (past) job there; one who launches a company runs it.
    assert ("Rita Combs", "employedBy", "Harbour Films") in jobs(facts_of(sentence))


@pytest.mark.parametrize("sentence", ["Rita Combs spent a week at Harbour Films' offices in May.",
                                      "Netflix launched Harbour Films in Spain."])
def test_a_short_visit_or_a_company_launching_employs_nobody(facts_of, sentence):
    # Negative twins: a week's visit is no job; a company that launches another is no employee.
    assert ("Rita Combs", "employedBy", "Harbour Films") not in jobs(facts_of(sentence))
    assert not {f for f in jobs(facts_of(sentence)) if f[0] == "Netflix"}


def test_a_persons_possessive_company_is_found_and_employs_them(facts_of, entities_of):
    # "Tom Hale's Keel Media": the owner's possessive ends before the company's own name.
    sentence = "The deal was brokered by Tom Hale's Keel Media."
    assert entities_of(sentence)["Keel Media"].type == "ProductionCompany"
    assert ("Tom Hale", "employedBy", "Keel Media") in jobs(facts_of(sentence))


def test_a_company_in_the_possessive_before_a_title_is_the_titles_maker():
    # tv7: "served as executive producer on the CW's X": a post on the work, no job at the CW
    import spacy
    from spacy.tokens import Doc
    import mediakg.extract.document  # noqa: F401  (registers the token extensions)
    from mediakg.extract.relations.employment import _work_owner
    doc = Doc(spacy.blank("en").vocab, words=["on", "the", "CW", "\u2019s", "Glass Orchard", "."])
    doc[2]._.mkg_kind, doc[4]._.mkg_kind = "org", "work"
    assert _work_owner(doc[2])
    # negative twin: "the CW's head of drama" is a post at the company
    doc2 = Doc(spacy.blank("en").vocab, words=["the", "CW", "\u2019s", "head", "of", "drama"])
    doc2[1]._.mkg_kind = "org"
    assert not _work_owner(doc2[1])
    # a work noun may stand between: "on the CW's new drama X"
    doc3 = Doc(spacy.blank("en").vocab, words=["on", "the", "CW", "\u2019s", "new", "drama", "Glass Orchard", "."])
    doc3[2]._.mkg_kind, doc3[6]._.mkg_kind = "org", "work"
    assert _work_owner(doc3[2])


# adapt7: a company hyphened to a participle modifies the work after it ("Harbor Studios-produced X").
def test_a_company_hyphened_to_a_participle_is_no_employer(facts_of):
    facts = facts_of("Tom Brill is currently the showrunner and executive producer of Harbor Studios-produced Night Shift, starring Ana Vell.")
    assert ("Harbor Studios", "produces", "Night Shift") in facts
    assert not {f for f in facts if f[1] == "employedBy"}


def test_an_executive_producer_of_a_company_works_there(facts_of):
    facts = facts_of("Tom Brill is currently the executive producer of Harbor Studios, which produced Night Shift.")
    assert ("Tom Brill", "employedBy", "Harbor Studios") in facts


def test_a_title_after_as_ends_before_an_after_clause(facts_of):
    # biz7: "joins X as TITLE after serving as ...": the clause is no part of the title
    facts = facts_of("Tom Reyes joins Harbor TV as senior veep of comedy after most recently serving as head of Jane Roe's banner.")
    assert ("Tom Reyes", "role", "senior veep of comedy") in facts


def test_a_title_after_as_ends_before_where_the_hire_comes_from(facts_of):
    # "from Y" says where the hire comes from; the post is the words before it
    facts = facts_of("Tom Reyes joins Harbor TV as head of development from Kestrel Studios.")
    assert ("Tom Reyes", "role", "head of development") in facts


def test_a_title_after_as_keeps_its_own_and(facts_of):
    # negative twin: "of drama and comedy" is the title's own
    facts = facts_of("Tom Reyes joins Harbor TV as executive vice president of drama and comedy.")
    assert ("Tom Reyes", "role", "executive vice president of drama and comedy") in facts


def test_a_subjectless_serving_as_is_said_of_the_main_subject(facts_of):
    # biz7: "A joins X as ... after serving as head of Y": A held the post at Y
    facts = facts_of("Tom Reyes joins Kestrel TV as senior veep of comedy after most recently serving as head of Harbor Films.")
    assert ("Tom Reyes", "employedBy", "Harbor Films") in facts and ("Tom Reyes", "role", "head") in facts


@pytest.mark.parametrize("sentence", [
    # negative twins: no post after "as"; a participle with its own subject
    "Tom Reyes praised Kestrel TV after serving lunch to the head of Harbor Films.",
    "Tom Reyes joins Kestrel TV after Jane Roe served as head of Harbor Films.",
])
def test_no_post_of_the_main_subject_without_a_subjectless_serving_as(facts_of, sentence):
    assert ("Tom Reyes", "employedBy", "Harbor Films") not in facts_of(sentence)


# --- past posts premodifying a name, read off the words before it (people8) ---
@pytest.mark.parametrize("sentence, company", [
    # the parser takes the job noun for "named"'s complement and the name for its apposition
    ("The network named former Harbor News president Dana Vale executive chairman of Kestrel Media.", "Harbor News"),
    # trade slang for a company's chief is a job noun
    ("Former Tidewell Pictures honcho Dana Vale will be selling the film.", "Tidewell Pictures"),
    # coordinated companies each employed the person
    ("Former Netflix and Kestrel Media executive Dana Vale was picked to lead the unit.", "Netflix"),
    ("Former Netflix and Kestrel Media executive Dana Vale was picked to lead the unit.", "Kestrel Media"),
    # the hedge of the clause is not the premodifier's: the past post is presupposed
    ("Tidewell Television reportedly hired former Kestrel Media executive Dana Vale.", "Kestrel Media"),
])
def test_a_past_post_premodifying_the_name(facts_of, sentence, company):
    assert ("Dana Vale", "employedBy", company) in facts_of(sentence)


@pytest.mark.parametrize("sentence, company", [
    # negative twins: a word that is no job ("star") ends no post, and a past marker before
    # another noun phrase is no premodifier of the name
    ("Former Kestrel Media star Dana Vale joined the cast of the drama.", "Kestrel Media"),
    ("Dana Vale, a former lawyer, joined Tidewell Television and Harbor Films cameraman Tom Reyes.", "Harbor Films"),
])
def test_no_past_post_without_a_premodifying_run(facts_of, sentence, company):
    facts = facts_of(sentence)
    assert ("Dana Vale", "employedBy", company) not in facts


# --- hires33: tenure "with" a company over a stretch of time; "who has been at X" ---
@pytest.mark.parametrize("sentence, expected", [
    ("Tom Hale has been with Harbour Films since 2011.", {("Tom Hale", "employedBy", "Harbour Films")}),
    ("Rita Combs had been with Tidewater Media for a decade.", {("Rita Combs", "employedBy", "Tidewater Media")}),
    ("Rita Combs, who has been at Tidewater Media since 2012, will oversee drama.",
     {("Rita Combs", "employedBy", "Tidewater Media")}),
    # a second verb sharing the relative's subject
    ("Rita Combs, who has run the studio since 2015 and been at Tidewater Media for 17 years, will stay.",
     {("Rita Combs", "employedBy", "Tidewater Media")}),
    ("Tom Hale will report to NBC Studios President Rita Combs.",
     {("Rita Combs", "employedBy", "NBC Studios"), ("Rita Combs", "role", "President")}),
])
def test_tenure_at_a_company(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Tom Hale was with Harbour Films executives in Cannes.",  # company kept, no stretch of time
    "Tom Hale was with Harbour Films in Cannes last week.",  # "with" without a stretch of time
    "The project has been with Harbour Films since 2019.",  # a project, not a person
    "Rita Combs, who has been with Tom Hale since 2001, spoke.",  # a person, not a company
])
def test_tenure_at_a_company_negative_twins(facts_of, sentence):
    assert not jobs(facts_of(sentence))


# --- hires33: "headed by" / "run by" said of a company through its apposition or past a coordination ---
@pytest.mark.parametrize("sentence, expected", [
    ("Ivo Drake has teamed with Harbour Films, the London-based production company run by Rita Combs and Tom Hale, on the film.",
     {("Rita Combs", "employedBy", "Harbour Films"), ("Tom Hale", "employedBy", "Harbour Films")}),
    ("Kestrel Media closed Germany and Harbour Films, headed by Rita Combs and Tom Hale, for the U.K.",
     {("Rita Combs", "employedBy", "Harbour Films"), ("Tom Hale", "employedBy", "Harbour Films")}),
])
def test_a_leading_participle_on_a_described_company(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # the participle is on a work, not on the company's apposition
    "Ivo Drake has teamed with Harbour Films, the London-based production company, on a film directed by Rita Combs.",
    # the participle is on a noun below the apposition, not on the company's describing noun
    "Ivo Drake has teamed with Harbour Films, the London-based partner of a festival run by Rita Combs, on the film.",
])
def test_a_leading_participle_on_a_described_company_negative_twins(facts_of, sentence):
    assert not {f for f in jobs(facts_of(sentence)) if f[0] == "Rita Combs"}


# --- emp34: a relative's passive hire, and leaving a post named after "as" ---
@pytest.mark.parametrize("sentence, expected", [
    ("The move follows a promotion for Rita Combs, who was named president of Harbour Films last week.",
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "president")}),
    ("Rita Combs will depart as head of Harbour Films in June.",
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "head")}),
    ("Tom Hale exits as president of Harbour Films after a decade.",
     {("Tom Hale", "employedBy", "Harbour Films"), ("Tom Hale", "role", "president")}),
    ("Tom Hale was forced out as CEO of Harbour Films in May.",
     {("Tom Hale", "employedBy", "Harbour Films"), ("Tom Hale", "role", "CEO")}),
    ("The biggest story was Tom Hale, who was forced out as CEO of Harbour Films following allegations.",
     {("Tom Hale", "employedBy", "Harbour Films"), ("Tom Hale", "role", "CEO")}),
])
def test_relative_hires_and_leaving_a_post(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "The film stars Rita Combs, who was named best actress at Cannes.",  # an award, no post
    "Tom Hale will not depart as head of Harbour Films.",  # denied
    "Tom Hale could depart as head of Harbour Films, sources say.",  # hedged
    "Tom Hale departed as a free agent after the season.",  # no job title, no company
])
def test_relative_hires_and_leaving_a_post_negative_twins(facts_of, sentence):
    assert not jobs(facts_of(sentence))


# --- emp34: time spent at a company, and a subjectless "joining X" said of the clause's subject ---
@pytest.mark.parametrize("sentence, expected", [
    ("Tom Hale has spent over two decades at Harbour Films.", {("Tom Hale", "employedBy", "Harbour Films")}),
    ("After spending nine years at Harbour Films, Tom Hale said he would leave.", {("Tom Hale", "employedBy", "Harbour Films")}),
    ("Tom Hale shared the news 12 years after first joining Harbour Films as president.",
     {("Tom Hale", "employedBy", "Harbour Films"), ("Tom Hale", "role", "president")}),
    ("Rita Combs has spent two decades at Kestrel Media, joining Harbour Films as CEO in 2014.",
     {("Rita Combs", "employedBy", "Kestrel Media"), ("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "CEO")}),
])
def test_time_spent_and_joining_participles(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "After spending a weekend at Harbour Films, Tom Hale said he loved the lot.",  # a weekend is a visit
    "Tom Hale spent two decades in London before moving to Rome.",  # a place, no company
    "Tom Hale was spotted joining Rita Combs at the premiere.",  # joining a person
])
def test_time_spent_and_joining_participles_negative_twins(facts_of, sentence):
    assert not jobs(facts_of(sentence))


def test_a_company_name_qualifying_a_unit_is_no_employer(facts_of):
    # "head of U.S. Television operations for X": the name before "operations" is the department's.
    facts = facts_of("Lily Hart, most recently the head of U.S. Television operations for Bluebird Media, "
                     "has been named President of Harbor News.")
    employers = {f[2] for f in facts if f[1] == "employedBy"}
    assert "U.S. Television" not in employers and "Harbor News" in employers


def test_the_predecessor_one_succeeds_in_a_post_held_it_at_the_company(facts_of):
    facts = facts_of("Maria Chen will succeed Joe Park as president of Harbor Studios.")
    assert {f for f in facts if f[1] == "employedBy"} == {("Maria Chen", "employedBy", "Harbor Studios"),
                                                         ("Joe Park", "employedBy", "Harbor Studios")}
    assert ("Joe Park", "role", "president") in facts  # a post once held is a role held there too


# --- posts the parser hangs away from their title ---
def test_a_role_taken_with_its_company_on_a_department_word(facts_of):
    facts = facts_of("Clara Voss takes the new role of head of scripted at Northgate Studios and will join in March.")
    assert {f for f in facts if f[0] == "Clara Voss"} == {
        ("Clara Voss", "employedBy", "Northgate Studios"), ("Clara Voss", "role", "head of scripted")}


def test_a_part_taken_in_a_work_is_no_post(facts_of):
    # Twin: "the role of a nurse" is a part in a film, not a job at the studio.
    assert not {f for f in facts_of("Clara Voss has taken the role of a nurse in the thriller Cold Harbor at Northgate Studios.")
                if f[1] == "employedBy"}


def test_a_promotion_from_one_post_to_another_names_the_new_one(facts_of):
    facts = facts_of("Sam Tate has been upped from senior vp comedy to president of comedy at Arden Studios.")
    assert {f for f in facts if f[0] == "Sam Tate"} == {
        ("Sam Tate", "employedBy", "Arden Studios"), ("Sam Tate", "role", "president of comedy")}


@pytest.mark.parametrize("sentence, people", [
    ("Nikos Alexiou and Petros Dimas of Greek outfit Lykos Films are producing.", {"Nikos Alexiou", "Petros Dimas"}),
    ("Nikos Alexiou of the London-based banner Lykos Films is producing.", {"Nikos Alexiou"}),
])
def test_a_person_of_a_described_company_works_there(facts_of, sentence, people):
    assert {f[0] for f in facts_of(sentence) if f[1:] == ("employedBy", "Lykos Films")} == people


def test_a_person_of_a_work_works_at_no_company_named_later(facts_of):
    # Twin: "of the hit series X" names a calling card; the company comes with another verb.
    assert ("Nikos Alexiou", "employedBy", "Lykos Films") not in facts_of("Nikos Alexiou of the hit series Cold Harbor praised Lykos Films.")


# --- posts around a name: "content head A at C", "negotiated by A for C" ---
def test_a_job_title_before_a_name_and_at_a_company_after_it_is_a_post(facts_of):
    facts = facts_of("The series is overseen by content head Laura Pinto at Solera Media.")
    assert {f for f in facts if f[0] == "Laura Pinto"} == {("Laura Pinto", "employedBy", "Solera Media"), ("Laura Pinto", "role", "content head")}


def test_negotiators_act_for_the_company_after_their_for(facts_of):
    facts = facts_of("The deal was negotiated by Ann Marsh for Kestrel Films and Tom Vance for Lumo Pictures.")
    assert {f for f in facts if f[1] == "employedBy"} == {("Ann Marsh", "employedBy", "Kestrel Films"), ("Tom Vance", "employedBy", "Lumo Pictures")}


@pytest.mark.parametrize("sentence", ["The film was sold by Ann Marsh for Kestrel Films.", "Ana Ruiz will star for Netflix.", "Director Tom Reyes at Cannes said it."])
def test_a_for_or_at_with_no_deal_or_no_title_is_no_post(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "employedBy"}


def test_people_joined_by_and_before_a_possessive_share_the_company(facts_of):
    facts = facts_of("Ada Crane and Tom Rivet's Rivet Prods. is producing the drama.")
    assert {f[0] for f in facts if f[1:] == ("employedBy", "Rivet Prods")} == {"Ada Crane", "Tom Rivet"}


def test_a_comma_before_a_possessive_separates_list_items(facts_of):
    # Twin: "from writer A, B's company and C": A is an item of the list, not B's partner.
    facts = facts_of("Netflix has ordered an untitled drama pilot from writer Ada Crane, Tom Rivet's Rivet Prods. and Lionsgate TV.")
    assert ("Ada Crane", "employedBy", "Rivet Prods") not in facts


def test_the_head_of_a_capitalised_division_works_for_its_parent(facts_of):
    # "president of HBO Programming": the division's name holds its parent's.
    assert ("Jo Park", "employedBy", "HBO") in facts_of("The show is a hit, according to Jo Park, president of HBO Programming.")


def test_a_lower_case_unit_after_a_company_names_no_employer(facts_of):
    # Twin: "head of HBO operations at Lark Media": the lower-case unit is a department's
    # description, not the employer.
    facts = facts_of("Jo Park, head of HBO operations at Lark Media, will speak.")
    assert ("Jo Park", "employedBy", "HBO") not in facts


def test_founders_in_a_description_set_off_after_a_company(facts_of):
    facts = facts_of("Harbor Media has taken a stake in Lantern Films, the indie co-founded by Jo Pike and Sam Reyes.")
    assert {f[0] for f in facts if f[1:] == ("employedBy", "Lantern Films")} == {"Jo Pike", "Sam Reyes"}


def test_a_description_of_no_company_names_no_founder(facts_of):
    # Twin: the description after the comma is of a work, not of a company.
    facts = facts_of("Harbor Media has taken a stake in Lantern Films' drama Salt Road, a thriller written by Jo Pike.")
    assert ("Jo Pike", "employedBy", "Lantern Films") not in facts


def test_the_creator_of_a_companys_show_is_not_its_employee(facts_of):
    # "creator of Hulu's Marsh Kings": the possessive names the show's network, not an employer.
    facts = facts_of("Wen Li, creator of Hulu's Marsh Kings, created the new show.")
    assert not any(f[1] == "employedBy" for f in facts)
    assert ("Wen Li", "knownFor", "Marsh Kings") in facts
    # Twin: a post at the company itself is employment.
    assert ("Wen Li", "employedBy", "Hulu") in facts_of("Wen Li, head of drama at Hulu, created the new show.")


# A company's possessive holds the people listed after it, and only the company it is glued to.
@pytest.mark.parametrize("sentence, expected", [
    ("Netflix's Amy Reinhard and Peter Friedlander announced the deal.",
     {("Amy Reinhard", "employedBy", "Netflix"), ("Peter Friedlander", "employedBy", "Netflix")}),
    ("CAA and Harbour Talent's Ann Ray brokered the deal.", {("Ann Ray", "employedBy", "Harbour Talent")}),
])
def test_a_possessive_company_holds_the_people_after_it(facts_of, sentence, expected):
    assert {f for f in jobs(facts_of(sentence)) if f[1] == "employedBy"} == expected


# A person's possessive names her company, never a platform: that is where her film runs.
@pytest.mark.parametrize("sentence, expected", [
    ("It is produced by Jane Root's Harbour Films.", {("Jane Root", "employedBy", "Harbour Films")}),
    ("Noah Vale's Netflix film Marriage Plot explores a divorce.", set()),
    ("Noah Vale's HBO series Marriage Plot explores a divorce.", set()),
])
def test_a_persons_possessive_names_a_company_never_a_platform(facts_of, sentence, expected):
    assert {f for f in jobs(facts_of(sentence)) if f[1] == "employedBy"} == expected


def test_a_capitalised_job_title_run_into_a_name_is_her_job(facts_of):
    # The NER takes "Controller of Drama Commissioning Helen Farrow" for one company; the title is
    # her job at the possessive company, and no company of its own.
    facts = facts_of("The drama was commissioned by the BBC's Controller of Drama Commissioning Helen Farrow.")
    assert ("Helen Farrow", "employedBy", "BBC") in facts
    assert not {f for f in facts if f[1] == "subsidiaryOf"}


@pytest.mark.parametrize(("text", "role"), [
    ("Northstar TV's senior MD Kenji Arai said the deal was done.", "senior MD"),
    ("Northstar TV's senior VP Kenji Arai said the deal was done.", "senior VP"),
])
def test_a_job_abbreviation_the_ner_ran_into_a_name_is_the_persons_role(facts_of, text, role):
    # The NER reads "MD Kenji Arai" as one name (a company's, even): the abbreviation is the post.
    facts = facts_of(text)
    assert {f for f in facts if f[1] == "employedBy"} == {("Kenji Arai", "employedBy", "Northstar TV")}
    assert ("Kenji Arai", "role", role) in facts


def test_an_abbreviation_before_a_company_name_stays_in_it(entities_of):
    # Twin: a company's name after a job word keeps its own words ("CEO Studios" is no person).
    entities = entities_of("The deal was signed by Harbour Films and EP Harbour Studios.")
    assert not any(e.type == "Person" for e in entities.values())


def test_a_department_before_the_role_word_is_part_of_the_title(facts_of):
    # "distribution manager for X": the department says which manager.
    facts = facts_of("The film is in demand, according to Dana Vale, distribution manager for Harbour Films, its sales agent.")
    assert ("Dana Vale", "role", "distribution manager") in facts
    # Twin: an adjective before the role word is no part of it.
    facts = facts_of("The deal was struck by Dana Vale, the new director of Harbour Films.")
    assert ("Dana Vale", "role", "director") in facts


def test_a_company_established_by_people_employs_them(facts_of):
    # "established by" says who set the company up, as "founded by" does.
    facts = facts_of("Harbour Films was established by Dana Vale and Tom Brill in 2006.")
    assert {f for f in facts if f[1] == "employedBy"} == {("Dana Vale", "employedBy", "Harbour Films"),
                                                         ("Tom Brill", "employedBy", "Harbour Films")}
    # Twin: what is established by a non-person employs no one.
    assert not {f for f in facts_of("The rules were established by the board of Harbour Films in 2006.") if f[1] == "employedBy"}


def test_a_companys_team_is_made_of_its_staff(facts_of):
    # "X's team consists of A, B and C": the team's members work for X.
    facts = facts_of("Harbour Films\u2019 team consists of the producers Dana Vale and Tom Brill, vice-president Ana Ruiz, and Lena Moss.")
    assert {f for f in facts if f[1] == "employedBy"} == {(p, "employedBy", "Harbour Films") for p in
                                                         ("Dana Vale", "Tom Brill", "Ana Ruiz", "Lena Moss")}
    # Twin: a cast is no company's staff.
    assert not {f for f in facts_of("The cast consists of Dana Vale and Tom Brill.") if f[1] == "employedBy"}


@pytest.mark.parametrize("sentence", [
    "Dana Vale, who had served as interim head of all of Kestrel Films, will also run its studio.",
    "Dana Vale, head of all of Kestrel Films, spoke at the event.",
])
def test_head_of_all_of_a_company_is_its_head(facts_of, sentence):
    # "all" is no department: the post is head of the whole company.
    facts = facts_of(sentence)
    assert ("Dana Vale", "employedBy", "Kestrel Films") in facts
    assert {f for f in facts if f[1] == "role"} == {("Dana Vale", "role", "head")}


@pytest.mark.parametrize("text, role", [
    ("Tom Reyes, MD Orbit Pictures, added that the deal was good.", "MD"),
    ("\u201cAnn is great,\u201d said Tom Reyes, CEO Orbit Pictures.", "CEO"),
])
def test_a_capital_post_right_before_the_company_is_held_there(facts_of, text, role):
    # British copy: "A, MD Company," with no "of"; the post's abbreviation is no part of the name.
    facts = facts_of(text)
    assert ("Tom Reyes", "employedBy", "Orbit Pictures") in facts
    assert ("Tom Reyes", "role", role) in facts


def test_a_capital_post_before_a_company_that_goes_on_is_no_post_there(facts_of):
    # Twin: the company is the first of a list, not the closing of an aside.
    facts = facts_of("The deal with Tom Reyes, CEO Orbit Pictures and Kanal Nord was signed.")
    assert not {f for f in facts if f[1] == "employedBy"}


@pytest.mark.parametrize("sentence, person, employer, role", [
    # Split at its hyphen, "vice-president" parsed as three appositions and lost the title.
    ("Ana Ruiz, senior vice-president of acquisitions at Lumen Pictures, said the film was strong.",
     "Ana Ruiz", "Lumen Pictures", "senior vice-president of acquisitions"),
    ("Tom Hale, vice-president of acquisitions at Toronto-based Lumen Media, said so.",
     "Tom Hale", "Lumen Media", "vice-president of acquisitions"),
    ("Lumen Pictures vice-chairman Tom Hale said so.", "Tom Hale", "Lumen Pictures", "vice-chairman"),
])
def test_a_hyphenated_vice_title_is_one_post(facts_of, sentence, person, employer, role):
    facts = facts_of(sentence)
    assert (person, "employedBy", employer) in facts
    assert {f for f in facts if f[1] == "role"} == {(person, "role", role)}


@pytest.mark.parametrize("sentence, role", [
    # The tagger may take a bare "head" or "chair" between a company and a name for a verb.
    ("Lumen Studios head Dana Vale called the deal a milestone.", "head"),
    ("In a statement, Harbor Films chair Tom Hale praised the team.", "chair"),
    # Two departments may share one title.
    ("The deal was signed by Lumen Pictures' head of business development and commercial affairs Tom Hale.",
     "head of business development and commercial affairs"),
    ("The deal was signed by Lumen Pictures' head of sales and acquisitions Tom Hale.", "head of sales and acquisitions"),
])
def test_a_title_between_a_company_and_a_name(facts_of, sentence, role):
    assert {f[2] for f in facts_of(sentence) if f[1] == "role"} == {role}


def test_a_title_ending_in_and_is_not_the_next_names(facts_of):
    # Negative twin: "X's head of drama and A" lists A beside a title; the title is not A's.
    assert not {f for f in facts_of("The deal was signed by Lumen Pictures' head of drama and Tom Hale.") if f[1] == "role"}


@pytest.mark.parametrize("sentence, role", [
    # British copy runs the post, its company and the name together with no comma.
    ("Managing director of Lumen Studios Tom Hale said the deal was done.", "Managing director"),
    ("\u201cIt is a great deal,\u201d said head of drama at Lumen Studios Tom Hale.", "head of drama"),
])
def test_a_post_of_a_company_right_before_the_name(facts_of, sentence, role):
    facts = facts_of(sentence)
    assert ("Tom Hale", "employedBy", "Lumen Studios") in facts
    assert {f for f in facts if f[1] == "role"} == {("Tom Hale", "role", role)}


@pytest.mark.parametrize("sentence", [
    "The former head of drama at Lumen Studios Tom Hale joins the board.",  # a past post
    "The film was shot at Lumen Studios Tom Hale said.",  # no post before the company
])
def test_no_present_post_before_the_company_and_name(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] in ("employedBy", "role")}


def test_a_publications_staff_noun_after_its_possessive_is_a_post(facts_of):
    facts = facts_of("The Harbor Post's chief TV critic Dana Vale ranked the series highly.")
    assert {("Dana Vale", "employedBy", "Harbor Post"), ("Dana Vale", "role", "chief TV critic")} <= facts


def test_a_post_for_a_company_opening_the_sentence(facts_of):
    facts = facts_of("Programme director for Lumen Studios Ana Berg added that the series was strong.")
    assert {("Ana Berg", "employedBy", "Lumen Studios"), ("Ana Berg", "role", "Programme director")} <= facts


def test_a_credit_on_a_work_in_apposition_is_no_post(facts_of):
    # "A, a producer on hit series X": the title, cut before the work, is a credit, no job title.
    facts = facts_of("The remake is planned with Rock and Ruz, co-founded by Miguel Ruz, a producer on hit Netflix sci-fi series \u201cBlack Mirror.\u201d")
    assert ("Miguel Ruz", "employedBy", "Rock and Ruz") in facts
    assert not {f for f in facts if f[1] == "role"}


def test_a_critic_of_a_company_is_not_its_staff(facts_of):
    # Negative twin of "The Post's chief TV critic A": without the possessive, A criticises Netflix.
    assert not {f for f in facts_of("Outspoken Netflix critic Dana Vale said the streamer had lost its way.") if f[1] in ("employedBy", "role")}


def test_a_late_founders_post_is_past(facts_of):
    assert ("Tom Hale", "employedBy", "Lumen Pictures") not in facts_of("The late founder of Lumen Pictures Tom Hale is honoured at the gala.")


@pytest.mark.parametrize("sentence, expected", [
    # Two titles joined by "and" before the name are one post, read whole (not also its last title).
    ("Harbour Films chairman and CEO Rita Combs released a statement.",
     {("Rita Combs", "employedBy", "Harbour Films"), ("Rita Combs", "role", "chairman and CEO")}),
    ("He will report to president and chief creative officer Rita Combs.",
     {("Rita Combs", "role", "president and chief creative officer")}),
    # A run of title words is no company's name: "Senior Vice President" is the post at Harbour Films.
    ("Lumen Pictures Senior Vice President Rita Combs said the deal closed.",
     {("Rita Combs", "employedBy", "Lumen Pictures"), ("Rita Combs", "role", "Senior Vice President")}),
])
def test_titles_before_the_name_read_whole(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


def test_a_title_before_the_next_name_in_a_list_is_that_names(facts_of):
    # "A, BBC News chief B": the company and title after A's comma open the next item, B's.
    facts = facts_of("Possible successors include COO Rita Combs, Kanal Nord chief Tom Bell and others.")
    assert ("Rita Combs", "employedBy", "Kanal Nord") not in facts
    assert ("Tom Bell", "employedBy", "Kanal Nord") in facts


@pytest.mark.parametrize("sentence", [
    # a verb coordinated with no subject of its own shares its neighbour's, and the parser may hang
    # "as" on the company joined
    "Dana Vale left Netflix in May and joined Harbour Films as head of drama.",
    # a describing noun names its person in apposition; the first verb's "not" is its own
    "Earlier, one more senior Lumen executive, Dana Vale, opted not to return to Paris, and instead joined "
    "Harbour Films as head of drama.",
])
def test_a_coordinated_join_borrows_its_subject(facts_of, sentence):
    facts = facts_of(sentence)
    assert ("Dana Vale", "employedBy", "Harbour Films") in facts
    assert roles_only(facts) == {"head of drama"}


@pytest.mark.parametrize("sentence", [
    # Twins: a negation or hope before the first verb, a hedge on the joined verb.
    "Dana Vale did not leave Netflix and join Harbour Films as head of drama.",
    "Dana Vale hopes to leave Netflix and join Harbour Films as head of drama.",
    "Dana Vale left Netflix and reportedly joined Harbour Films as head of drama.",
])
def test_a_hedged_coordinated_join_gives_no_post(facts_of, sentence):
    facts = facts_of(sentence)
    assert ("Dana Vale", "employedBy", "Harbour Films") not in facts
    assert not roles_only(facts)


def test_a_persons_partner_in_apposition_is_no_post(facts_of):
    # "his longtime producing partner": a person's partner, not a job at the company named next.
    facts = facts_of("Lumen is signing Tom Hale, his longtime producing partner, Ana Ruiz and their banner Copperline Films to a deal.")
    assert not {f for f in facts if f[0] == "Tom Hale" and f[1] == "role"}
    # twin: a company's own post in apposition stays one
    assert ("Tom Hale", "role", "head of drama") in facts_of("Tom Hale, Lumen Films' head of drama, said the deal closed.")


@pytest.mark.parametrize("sentence, role", [
    ("Lena Park and Tom Hale have been named co-presidents of Harbour Films.", "co-president"),
    ("Lena Park and Tom Hale were promoted to co-heads of drama at Harbour Films.", "co-head of drama"),
])
def test_two_people_named_to_a_shared_post_each_hold_it(facts_of, sentence, role):
    facts = facts_of(sentence)
    for person in ("Lena Park", "Tom Hale"):
        assert (person, "employedBy", "Harbour Films") in facts
        assert (person, "role", role) in facts


def test_one_person_named_to_a_plural_noun_holds_no_post(facts_of):
    # twin: a plural job noun after one name is no post of that one person
    assert not {f for f in facts_of("Lena Park has been named among the presidents of Harbour Films.") if f[1] == "role"}


def test_a_unit_after_a_job_title_is_no_holder(facts_of):
    # twin of names_the_next_holder: a department named after the title is the title's own
    facts = facts_of("\u201cWe love it,\u201d said Dana Vale, Lumen Films' vice president Original Series.")
    assert ("Dana Vale", "employedBy", "Lumen Films") in facts


def test_a_department_the_tagger_reads_as_a_participle_stays_in_the_title(facts_of):
    # "scripted" is a department here, not a verb: the post is "vp scripted".
    facts = facts_of("Before joining Hulu, Dana Ruiz was vp scripted at Lumen Films, where she launched its drama slate.")
    assert ("Dana Ruiz", "employedBy", "Lumen Films") in facts
    assert ("Dana Ruiz", "role", "vp scripted") in facts


@pytest.mark.parametrize("sentence, company, role", [
    ("The show will fill the void created by Dana Ruiz, who departed last year to serve as president of Lumen Films.",
     "Lumen Films", "president"),
    ("Dana Ruiz left Netflix in 2019 to serve as head of drama at Lumen Films.", "Lumen Films", "head of drama"),
])
def test_an_infinitive_of_serving_takes_its_subject_from_the_clause(facts_of, sentence, company, role):
    facts = facts_of(sentence)
    assert ("Dana Ruiz", "employedBy", company) in facts
    assert ("Dana Ruiz", "role", role) in facts


def test_a_hoped_for_post_is_no_employment(facts_of):
    # Twin: a wish to serve states no post.
    assert not [f for f in facts_of("Dana Ruiz hopes to serve as president of Lumen Films one day.") if f[1] in ("employedBy", "role")]


@pytest.mark.parametrize("sentence, expected", [
    ("Former Lumen Films CEO Tomas Brenner has launched a new company.",
     {("Tomas Brenner", "employedBy", "Lumen Films"), ("Tomas Brenner", "role", "CEO")}),
    ("Dana Ruiz remains president of Harbour Pictures.",
     {("Dana Ruiz", "employedBy", "Harbour Pictures"), ("Dana Ruiz", "role", "president")}),
    ("Dana Ruiz was elected president of Lumen Films on Thursday.",
     {("Dana Ruiz", "employedBy", "Lumen Films"), ("Dana Ruiz", "role", "president")}),
])
def test_former_opening_a_sentence_remaining_and_elected_posts(facts_of, sentence, expected):
    assert jobs(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Dana Ruiz remains hopeful about Lumen Films.",  # no post after the copula
    "Dana Ruiz remains a fan of Lumen Films.",
])
def test_remaining_without_a_post_is_no_job(facts_of, sentence):
    assert not jobs(facts_of(sentence))


@pytest.mark.parametrize("sentence, company, role", [
    ("Dana Ruiz will replace Tomas Brenner as CEO of Harbour Pictures.", "Harbour Pictures", "CEO"),
    ("Dana Ruiz will succeed Tomas Brenner as CEO of Harbour Pictures.", "Harbour Pictures", "CEO"),
    ("Dana Ruiz replaces Tomas Brenner as head of drama at Lumen Films.", "Lumen Films", "head of drama"),
])
def test_a_successor_and_a_predecessor_both_hold_the_post(facts_of, sentence, company, role):
    assert jobs(facts_of(sentence)) == {("Dana Ruiz", "employedBy", company), ("Dana Ruiz", "role", role),
                                        ("Tomas Brenner", "employedBy", company), ("Tomas Brenner", "role", role)}


@pytest.mark.parametrize("sentence", [
    "Dana Ruiz will not replace Tomas Brenner as CEO of Harbour Pictures.",  # denied
    "Dana Ruiz could replace Tomas Brenner as CEO of Harbour Pictures.",  # hedged
    "The robot will replace the old one as the mascot of Lumen Films.",  # no post
])
def test_a_denied_or_hedged_succession_or_no_post_is_no_job(facts_of, sentence):
    assert not jobs(facts_of(sentence))


@pytest.mark.parametrize("sentence, company, role", [
    ("Dana Ruiz joins Lumen Films from Harbour Pictures, where she was head of acquisitions.", "Harbour Pictures", "head of acquisitions"),
    ("Dana Ruiz moves to Lumen Films from Harbour Pictures, where she had been head of drama since 2015.", "Harbour Pictures", "head of drama"),
])
def test_a_post_in_a_where_clause_on_the_former_employer(facts_of, sentence, company, role):
    facts = jobs(facts_of(sentence))
    assert ("Dana Ruiz", "employedBy", company) in facts
    assert ("Dana Ruiz", "role", role) in facts


def test_a_where_clause_with_no_post_gives_no_role(facts_of):
    # Twin: a guest holds no post.
    facts = jobs(facts_of("Dana Ruiz joins Lumen Films from Harbour Pictures, where she was a frequent guest."))
    assert not {f for f in facts if f[1] == "role"}


@pytest.mark.parametrize("sentence, person, company, role", [
    ("Tomas Brenner's exit as CEO of Lumen Films surprised the industry.", "Tomas Brenner", "Lumen Films", "CEO"),
    ("Dana Ruiz announced her departure as head of drama at Lumen Films.", "Dana Ruiz", "Lumen Films", "head of drama"),
    ("Dana Ruiz is stepping down from her role as general director of Lumen Films after 30 years.", "Dana Ruiz", "Lumen Films",
     "general director"),
])
def test_a_post_named_by_a_noun_of_leaving_or_holding(facts_of, sentence, person, company, role):
    assert jobs(facts_of(sentence)) == {(person, "employedBy", company), (person, "role", role)}


@pytest.mark.parametrize("sentence", [
    "Dana Ruiz plays a detective in her role as the lead of Harbour Lights.",  # a part, no post
    "Tomas Brenner's rumoured exit as CEO of Lumen Films was denied.",  # rumoured and denied
])
def test_a_part_or_a_rumoured_exit_is_no_post(facts_of, sentence):
    assert not jobs(facts_of(sentence))


@pytest.mark.parametrize(("sentence", "role"), [
    ("Kestrel Media, led by president Tom Hale, is the result of a merger.", "president"),
    ("Kestrel Media is run by chief executive Tom Hale.", "chief executive"),
    ("Kestrel Media is led by CEO Tom Hale.", "CEO"),
    # Twins: a founder's calling before the name is no post there; no title, no role.
    ("Kestrel Media was founded by producer Tom Hale.", None),
    ("Kestrel Media, led by Tom Hale, is the result of a merger.", None),
])
def test_a_title_between_led_by_and_the_name_is_the_role(facts_of, sentence, role):
    # "led by president A": the lower-case title before the leader's name is the post held.
    facts = facts_of(sentence)
    assert ("Tom Hale", "employedBy", "Kestrel Media") in facts
    assert {f[2] for f in facts if f[1] == "role"} == ({role} if role else set())


@pytest.mark.parametrize(("text", "expected"), [
    ("As VP of production at Kestrel Media during the 1990s, Tom Hale oversaw dozens of films.",
     {("Tom Hale", "employedBy", "Kestrel Media"), ("Tom Hale", "role", "VP of production")}),
    ("Tom Hale moved to London in 1990. As head of drama at Kestrel Media, he commissioned \u201cBlue Valley.\u201d",
     {("Tom Hale", "employedBy", "Kestrel Media"), ("Tom Hale", "role", "head of drama")}),
    # Twins: a capacity with no company is no post; "as" a child is no job at all.
    ("As an independent producer, Tom Hale made \u201cBlue Valley\u201d for Kestrel Media.", set()),
    ("As a child in Kestrel Bay, Tom Hale loved films.", set()),
])
def test_a_post_fronted_with_as_is_the_subjects(facts_of, text, expected):
    # "As head of drama at X, A commissioned ...": the post set before the subject is the subject's.
    assert {f for f in facts_of(text) if f[1] in ("employedBy", "role")} == expected


def test_the_post_after_and_formerly_is_the_one_at_the_company(facts_of):
    # "a producer of films and formerly a top executive at X": the title at X is the second.
    facts = facts_of("Tom Hale, a producer of films and formerly a top executive at Kestrel Media, died Monday.")
    assert {f for f in facts if f[1] in ("employedBy", "role")} == {("Tom Hale", "employedBy", "Kestrel Media"), ("Tom Hale", "role", "executive")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Hale joined the BBC in 2008 and was previously head of development at Kestrel Media.",
     {("Tom Hale", "employedBy", "BBC"), ("Tom Hale", "employedBy", "Kestrel Media"), ("Tom Hale", "role", "head of development")}),
    ("Tom Hale became Kestrel Media's head of drama in 1988.",
     {("Tom Hale", "employedBy", "Kestrel Media"), ("Tom Hale", "role", "head of drama")}),
    # Twins: a joined copula with no post; the possessed post of someone else met.
    ("Tom Hale left Kestrel Media in 2008 and is now a consultant.", {("Tom Hale", "employedBy", "Kestrel Media")}),
    ("Tom Hale met Kestrel Media's head of drama in 1988.", set()),
])
def test_a_copula_joined_to_a_verb_or_become_with_a_possessed_title(facts_of, text, expected):
    # "A joined X and was previously head of development at Y": the joined copula shares A;
    # "A became X's head of drama": becoming holds the possessed post as "is" does.
    assert {f for f in facts_of(text) if f[1] in ("employedBy", "role")} == expected
