"""People's credits and jobs in the forms trade news writes them (probeC inventory), each with a
negative twin: directorial debuts named by an "of" phrase; a second job joined to the first ("will
direct and executive produce"); new parts that are no calling card; joining a company's project;
plural openers ("Both will executive produce"); reunions; list openers ("EPs include"); "created
and executive produces"; past jobs on a named work; "A and B of Harbour Films"."""
import pytest

pytestmark = pytest.mark.slow


def only(facts, *predicates):
    return {f for f in facts if f[1] in predicates}


# --- "X marks the directorial debut of A": the "of" phrase says whose debut it is ---
@pytest.mark.parametrize("sentence, expected", [
    ("The thriller The Quiet Hour marks the directorial debut of Dana Vale.",
     {("The Quiet Hour", "directedBy", "Dana Vale")}),
    ("The drama Glasshouse will be the directorial debut of Tom Hale.",
     {("Glasshouse", "directedBy", "Tom Hale")}),
    ("The drama Glasshouse marks the feature directorial debut of Tom Hale and Dana Vale.",
     {("Glasshouse", "directedBy", "Tom Hale"), ("Glasshouse", "directedBy", "Dana Vale")}),
])
def test_directorial_debut_of_a_person(facts_of, sentence, expected):
    assert only(facts_of(sentence), "directedBy") == expected


@pytest.mark.parametrize("sentence", [
    "The drama Glasshouse is not the directorial debut of Tom Hale.",  # denied
    "The drama Glasshouse could mark the directorial debut of Tom Hale.",  # hedged
    "The drama Glasshouse marks the directorial debut of Harbour Films.",  # a company has no debut as director
])
def test_no_directorial_debut_of_when_denied_or_no_person(facts_of, sentence):
    assert only(facts_of(sentence), "directedBy") == set()


# --- "A's feature directorial debut, X,": the possessive names the director, the apposition the work ---
@pytest.mark.parametrize("sentence, expected", [
    ("Tom Reyes' feature directorial debut, Night Train, stars Lily Hart.",
     {("Night Train", "directedBy", "Tom Reyes")}),
    ("Dana Vale's directorial debut, Salt Flats, premiered in Berlin.",
     {("Salt Flats", "directedBy", "Dana Vale")}),
])
def test_a_possessed_directorial_debut_names_its_director(facts_of, sentence, expected):
    assert only(facts_of(sentence), "directedBy") == expected


def test_a_possessed_directorial_debut_without_a_title_directs_nothing(facts_of):
    # Twin: no work is named, and the sentence says nothing of another.
    assert only(facts_of("Tom Reyes' feature directorial debut stars Lily Hart."), "directedBy") == set()


# --- "A will direct and executive produce": a second job joined to the first shares its subject ---
GLASSHOUSE = "HBO has ordered the drama Glasshouse. "


@pytest.mark.parametrize("sentence, expected", [
    ("Dana Vale is attached to direct and executive produce.",
     {("Glasshouse", "directedBy", "Dana Vale"), ("Glasshouse", "executiveProducer", "Dana Vale")}),
    ("Dana Vale will direct the series in addition to executive producing.",
     {("Glasshouse", "directedBy", "Dana Vale"), ("Glasshouse", "executiveProducer", "Dana Vale")}),
    ("Dana Vale will direct as well as executive produce.",
     {("Glasshouse", "directedBy", "Dana Vale"), ("Glasshouse", "executiveProducer", "Dana Vale")}),
    ("Dana Vale will star and executive produce.",
     {("Glasshouse", "starring", "Dana Vale"), ("Glasshouse", "executiveProducer", "Dana Vale")}),
    # the people's company may stand between them and the verb
    ("Tom Hale and Lena Marsh of Harbour Films will also executive produce.",
     {("Glasshouse", "executiveProducer", "Tom Hale"), ("Glasshouse", "executiveProducer", "Lena Marsh")}),
])
def test_a_second_job_executive_producing(facts_of, sentence, expected):
    assert only(facts_of(GLASSHOUSE + sentence), "directedBy", "starring", "executiveProducer") == expected


@pytest.mark.parametrize("sentence, expected", [
    # another subject for the second verb: the first person directs only
    ("Dana Vale will direct and Tom Hale will executive produce.",
     {("Glasshouse", "directedBy", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Hale")}),
    ("Dana Vale is in talks to direct and executive produce.", set()),  # hedged
    ("Dana Vale will not direct and executive produce.", set()),  # denied
])
def test_no_second_job_for_another_subject_or_a_hedge(facts_of, sentence, expected):
    assert only(facts_of(GLASSHOUSE + sentence), "directedBy", "starring", "executiveProducer") == expected


# --- a new part in the perfect of a casting verb is no calling card ---
@pytest.mark.parametrize("sentence", [
    "Dana Vale has been cast as the lead in the HBO series Salt Road.",
    "Dana Vale has landed the lead role in the HBO series Salt Road.",
    "Dana Vale has been tapped for the lead role in the HBO series Salt Road.",
])
def test_a_new_part_is_starring_not_known_for(facts_of, sentence):
    assert only(facts_of(sentence), "starring", "knownFor") == {("Salt Road", "starring", "Dana Vale")}


@pytest.mark.parametrize("sentence", [
    "Dana Vale landed her breakout role in the HBO series Salt Road.",  # simple past: a part already played
    "Dana Vale had a breakout role in the HBO series Salt Road.",
])
def test_a_part_already_played_is_still_known_for(facts_of, sentence):
    assert only(facts_of(sentence), "starring", "knownFor") == {
        ("Salt Road", "starring", "Dana Vale"), ("Dana Vale", "knownFor", "Salt Road")}


# --- joining a company's project is no job at the company ---
@pytest.mark.parametrize("sentence", [
    "Tom Hale has also joined Copperline's upcoming reboot of Salt Road.",
    "Tom Hale stars in the drama Glasshouse. He has also joined Sony\u2019s upcoming reboot of \u201cSalt Road.\u201d",
    "Tom Hale has joined Netflix\u2019s thriller Salt Road.",
])
def test_joining_a_companys_work_is_no_employment(facts_of, sentence):
    assert only(facts_of(sentence), "employedBy") == set()


@pytest.mark.parametrize("sentence, company", [
    ("Tom Hale joined Netflix's content team in 2019.", "Netflix"),  # a team is the company's staff
    ("Tom Hale joined Copperline Studios in 2019.", "Copperline Studios"),
])
def test_joining_a_company_or_its_team_is_employment(facts_of, sentence, company):
    assert only(facts_of(sentence), "employedBy") == {("Tom Hale", "employedBy", company)}


# --- "Both will executive produce": a plural opener takes the people of the previous sentence ---
WRITERS = GLASSHOUSE + "Dana Vale and Tom Hale will write the series. "
THREE = GLASSHOUSE + "Dana Vale is co-writing the series with Tom Hale and Lena Marsh. "


@pytest.mark.parametrize("text, expected", [
    (WRITERS + "Both will executive produce.",
     {("Glasshouse", "executiveProducer", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Hale")}),
    (WRITERS + "They will also executive produce.",
     {("Glasshouse", "executiveProducer", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Hale")}),
    (WRITERS + "The pair will also direct and executive produce.",
     {("Glasshouse", "executiveProducer", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Hale"),
      ("Glasshouse", "directedBy", "Dana Vale"), ("Glasshouse", "directedBy", "Tom Hale")}),
    (THREE + "All three also serve as executive producers.",
     {("Glasshouse", "executiveProducer", "Dana Vale"), ("Glasshouse", "executiveProducer", "Tom Hale"),
      ("Glasshouse", "executiveProducer", "Lena Marsh")}),
])
def test_a_plural_opener_credits_the_group(facts_of, text, expected):
    assert only(facts_of(text), "executiveProducer", "directedBy") == expected


@pytest.mark.parametrize("text", [
    WRITERS + "Both are in talks to executive produce.",  # hedged
    WRITERS + "Both will not executive produce.",  # denied
    THREE + "Both will executive produce.",  # three people named, "both" is two of them: which?
    WRITERS + "Both have worked on Salt Road.",  # no credit verb
    GLASSHOUSE + "Dana Vale met Tom Hale at HBO. They will executive produce.",  # "They": no one list
])
def test_no_group_credit_when_hedged_or_the_group_is_unclear(facts_of, text):
    assert only(facts_of(text), "executiveProducer", "directedBy") == set()


# --- a reunion is work done together before ---
@pytest.mark.parametrize("sentence, expected", [
    ("Dana Vale reunites with Tom Hale for the thriller The Quiet Hour.", {("Dana Vale", "workedWith", "Tom Hale")}),
    ("The drama Glasshouse reunites Tom Hale and Dana Vale.", {("Tom Hale", "workedWith", "Dana Vale")}),
    ("Dana Vale reunites with her Salt Road collaborator Tom Hale.", {("Dana Vale", "workedWith", "Tom Hale")}),
    ("Dana Vale will reunite with Tom Hale and Lena Marsh on the drama Glasshouse.",
     {("Dana Vale", "workedWith", "Tom Hale"), ("Dana Vale", "workedWith", "Lena Marsh")}),
])
def test_a_reunion_is_worked_with(facts_of, sentence, expected):
    facts = facts_of(sentence)
    assert only(facts, "workedWith") == expected
    assert only(facts, "knownFor") == set()  # the reunion's work is the new one, no calling card


@pytest.mark.parametrize("sentence", [
    "Tom Hale will not reunite with Dana Vale on the drama Glasshouse.",  # denied
    "Tom Hale is in talks to reunite with Dana Vale on the drama Glasshouse.",  # hedged
    "Tom Hale reunites with Netflix for the drama Glasshouse.",  # a company is no co-worker
])
def test_no_reunion_when_denied_or_with_a_company(facts_of, sentence):
    assert only(facts_of(sentence), "workedWith") == set()


# --- list openers: "EPs include", "Executive producing are", "Producing are" ---
@pytest.mark.parametrize("sentence, predicate", [
    ("EPs include Dana Vale and Tom Hale.", "executiveProducer"),
    ("Executive producing are Dana Vale and Tom Hale.", "executiveProducer"),
    ("Executive producers also include Dana Vale and Tom Hale.", "executiveProducer"),
    ("Producing are Dana Vale and Tom Hale.", "producer"),
])
def test_credit_list_openers(facts_of, sentence, predicate):
    assert only(facts_of(GLASSHOUSE + sentence), "executiveProducer", "producer") == {
        ("Glasshouse", predicate, "Dana Vale"), ("Glasshouse", predicate, "Tom Hale")}


@pytest.mark.parametrize("sentence", [
    "EPs could include Dana Vale and Tom Hale.",  # hedged
    "EPs reportedly include Dana Vale and Tom Hale.",  # rumoured
    "Executive producing are said to be Dana Vale and Tom Hale.",
])
def test_no_credit_list_when_hedged(facts_of, sentence):
    assert only(facts_of(GLASSHOUSE + sentence), "executiveProducer", "producer") == set()


# --- "A created and executive produces X": the work A is on now, no calling card ---
@pytest.mark.parametrize("sentence", [
    "Dana Vale created and executive produces the HBO series Salt Road.",
    "Dana Vale created and will executive produce the HBO series Salt Road.",
])
def test_created_and_executive_produces_is_a_present_credit(facts_of, sentence):
    assert only(facts_of(sentence), "executiveProducer", "knownFor") == {("Salt Road", "executiveProducer", "Dana Vale")}


def test_created_alone_is_still_a_calling_card(facts_of):
    # Twin: the past alone is a work A is known for, and no executive producer credit.
    assert only(facts_of("Dana Vale created the HBO series Salt Road."), "executiveProducer", "knownFor") == {
        ("Dana Vale", "knownFor", "Salt Road")}


# --- a job held on a named work in the past is a calling card too ---
@pytest.mark.parametrize("sentence, expected", [
    ("Dana Vale was a writer on the CBS comedy Salt Road.",
     {("Salt Road", "writtenBy", "Dana Vale"), ("Dana Vale", "knownFor", "Salt Road")}),
    ("Dana Vale was a writer and producer on the CBS comedy Salt Road.",
     {("Salt Road", "writtenBy", "Dana Vale"), ("Salt Road", "producer", "Dana Vale"), ("Dana Vale", "knownFor", "Salt Road")}),
    # twins: the present or the future is the job A holds now, no calling card
    ("Dana Vale is currently a writer on the CBS comedy Salt Road.", {("Salt Road", "writtenBy", "Dana Vale")}),
    ("Dana Vale will be a writer on the CBS comedy Salt Road.", {("Salt Road", "writtenBy", "Dana Vale")}),
    ("Dana Vale is in talks to be a writer on the CBS comedy Salt Road.", set()),
])
def test_a_past_job_on_a_work_is_known_for(facts_of, sentence, expected):
    assert only(facts_of(sentence), "writtenBy", "producer", "knownFor") == expected


# --- "A and B of Harbour Films": the list before the "of" phrase shares its company ---
@pytest.mark.parametrize("sentence, people", [
    ("Tom Hale and Lena Marsh of Harbour Films will also executive produce.", {"Tom Hale", "Lena Marsh"}),
    ("Dana Vale, Tom Hale and Lena Marsh of Harbour Films will produce.", {"Dana Vale", "Tom Hale", "Lena Marsh"}),
])
def test_a_list_of_people_of_a_company(facts_of, sentence, people):
    assert only(facts_of(GLASSHOUSE + sentence), "employedBy") == {(p, "employedBy", "Harbour Films") for p in people}


def test_a_person_before_another_company_phrase_keeps_their_own(facts_of):
    # Twin: "A of Copperline Studios and B of Harbour Films": each their own company, no sharing.
    facts = facts_of(GLASSHOUSE + "Dana Vale of Copperline Studios and Tom Hale of Harbour Films will produce.")
    assert ("Dana Vale", "employedBy", "Harbour Films") not in facts
    assert ("Tom Hale", "employedBy", "Harbour Films") in facts
