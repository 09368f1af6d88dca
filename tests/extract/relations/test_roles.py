"""Credits stated as what someone is: "A will serve as director", "B is producer"."""
import pytest

pytestmark = pytest.mark.slow

ORDER = "Orchard Street has ordered the drama Copperhead from Fenwick Studios. "


def credits(facts):
    return {f for f in facts if f[1] in ("executiveProducer", "producer", "directedBy", "writtenBy")}


def test_serve_as_gives_each_role_with_a_property(facts_of):
    # "showrunner" has no property; it must neither give a fact nor stop the list.
    assert credits(facts_of(ORDER + "Mara Quill will serve as showrunner and executive producer.")) == {
        ("Copperhead", "executiveProducer", "Mara Quill")}


def test_a_copula_with_coordinated_roles_and_a_stated_work(facts_of):
    facts = facts_of("Lena Marsh will also be writer and director on the thriller Copperhead.")
    assert credits(facts) == {("Copperhead", "writtenBy", "Lena Marsh"), ("Copperhead", "directedBy", "Lena Marsh")}


def test_coordinated_people_share_the_role(facts_of):
    assert credits(facts_of(ORDER + "Ivo Drake and Ada Stone will serve as producers.")) == {
        ("Copperhead", "producer", "Ivo Drake"), ("Copperhead", "producer", "Ada Stone")}


def test_a_name_with_credits_in_parentheses_is_a_person_with_the_role(facts_of, entities_of):
    text = ORDER + "Ivo Drake (Saltmarsh) is producer."
    assert entities_of(text)["Ivo Drake"].type == "Person"
    assert ("Copperhead", "producer", "Ivo Drake") in facts_of(text)


def test_co_executive_producer_is_not_executive_producer(facts_of):
    assert not credits(facts_of(ORDER + "Ada Stone is co-executive producer."))


def test_a_copula_with_a_describes_a_person_not_a_credit(facts_of):
    assert not credits(facts_of(ORDER + "Lena Marsh is a writer and director who grew up in Leeds."))


def test_a_hedged_role_gives_no_credit(facts_of):
    assert not credits(facts_of(ORDER + "Mara Quill is expected to serve as executive producer."))
    assert not credits(facts_of(ORDER + "Mara Quill will not serve as executive producer."))


def test_a_name_fused_to_a_credit_by_a_hyphen(facts_of, entities_of):
    text = "Orchard Street has ordered the Ana Ruiz-fronted crime thriller Glasshouse."
    assert entities_of(text)["Ana Ruiz"].type == "Person"
    assert ("Glasshouse", "starring", "Ana Ruiz") in facts_of(text)
    assert ("Ember", "directedBy", "Tom Hale") in facts_of("The Tom Hale-directed feature Ember opens in May.")


def test_an_award_fused_by_a_hyphen_is_no_person(entities_of):
    # Negative twin: "-winning" is an award modifier, not a credit.
    entities = entities_of("Orchard Street has ordered the Emmy-winning crime thriller Glasshouse.")
    assert not [e for e in entities.values() if e.type == "Person"]


def test_someones_film_is_theirs_as_director(facts_of):
    text = "Tom Hale's new film Ember premiered at the festival and took $2 million at the box office."
    assert ("Ember", "directedBy", "Tom Hale") in facts_of(text)


def test_a_novel_by_someone_is_not_directed(facts_of, entities_of):
    # Negative twin: the box office of another paragraph does not make the novel a film.
    text = ("Tom Hale's new film Ember took $2 million at the box office.\n\n"
            "The novel Saltmarsh by Lena Marsh sold well.")
    assert entities_of(text)["Saltmarsh"].type == "CreativeWork"
    assert ("Saltmarsh", "directedBy", "Lena Marsh") not in facts_of(text)


@pytest.mark.parametrize("sentence, people", [
    ("The series has cast Tom Hale, Lena Marsh and Ivo Drake.", {"Tom Hale", "Lena Marsh", "Ivo Drake"}),
    ("Nina Holt will play a detective in Copperhead.", {"Nina Holt"}),
    ("Joining the cast are Ada Stone and Lucy Fenn.", {"Ada Stone", "Lucy Fenn"}),
])
def test_casting_forms(facts_of, sentence, people):
    facts = facts_of(ORDER + sentence)
    assert {o for s, p, o in facts if p == "starring" and s == "Copperhead"} == people


def test_a_past_or_hedged_part_is_no_cast_credit_on_the_new_work(facts_of):
    # Negative twins: she is only rumoured for the part; he played it in another work.
    assert not {f for f in facts_of(ORDER + "Nina Holt is in talks to play a detective in Copperhead.") if f[1] == "starring"}
    facts = facts_of(ORDER + "Tom Hale played a detective in the thriller Low Tide.")
    assert ("Copperhead", "starring", "Tom Hale") not in facts


def starring(facts):
    return {f for f in facts if f[1] == "starring"}


@pytest.mark.parametrize("sentence, expected", [
    # A name the small model calls a company at the start of a sentence is a person once a cast
    # construction holds it.
    ("Nina Holt and Ada Stone are set to star in the thriller Ember.",
     {("Ember", "starring", "Nina Holt"), ("Ember", "starring", "Ada Stone")}),
    ("Nina Holt will headline the thriller Ember.", {("Ember", "starring", "Nina Holt")}),
    ("Nina Holt will lead the thriller Ember.", {("Ember", "starring", "Nina Holt")}),
    ("Nina Holt leads the cast of Copperhead.", {("Copperhead", "starring", "Nina Holt")}),
    ("Nina Holt has joined the cast of Copperhead.", {("Copperhead", "starring", "Nina Holt")}),
    # No work named: the one the item is about.
    ("Nina Holt joins the cast as Detective Ruth Kane.", {("Copperhead", "starring", "Nina Holt")}),
    # She joins a cast the other two are in already.
    ("Nina Holt joins Ada Stone and Lucy Fenn in Copperhead.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone"),
      ("Copperhead", "starring", "Lucy Fenn")}),
    # cast33: the "in" phrase hangs on the last name of the list; a cast noun names the work in
    # its "of"; "the latest to join": the subject of "is" joins.
    ("Nina Holt joins Ada Stone, Lucy Fenn and Tom Hale in the thriller \"Ember\".",
     {("Ember", "starring", "Nina Holt"), ("Ember", "starring", "Ada Stone"),
      ("Ember", "starring", "Lucy Fenn"), ("Ember", "starring", "Tom Hale")}),
    ("Nina Holt has joined Ada Stone in the cast of Fenwick Studios' Ember.",
     {("Ember", "starring", "Nina Holt"), ("Ember", "starring", "Ada Stone")}),
    ("Nina Holt is the latest to join Ada Stone and Lucy Fenn in \"Ember\".",
     {("Ember", "starring", "Nina Holt"), ("Ember", "starring", "Ada Stone"), ("Ember", "starring", "Lucy Fenn")}),
    ("Nina Holt is the latest actress to join \"Ember\".", {("Ember", "starring", "Nina Holt")}),
    ("Nina Holt has joined Copperhead alongside Ada Stone.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone")}),
    # The character after "as" is no cast member.
    ("Copperhead stars Nina Holt as Detective Ruth Kane, Ada Stone and Lucy Fenn.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone"),
      ("Copperhead", "starring", "Lucy Fenn")}),
    ("Nina Holt (Saltmarsh) and Ada Stone round out the cast.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone")}),
])
def test_cast_joins_and_leads(facts_of, sentence, expected):
    assert starring(facts_of(ORDER + sentence)) == expected


def test_a_character_is_no_person(entities_of):
    entities = entities_of(ORDER + "Copperhead stars Nina Holt as Detective Ruth Kane, Ada Stone and Lucy Fenn.")
    assert {e.label for e in entities.values() if e.type == "Person"} == {"Nina Holt", "Ada Stone", "Lucy Fenn"}


@pytest.mark.parametrize("sentence", [
    # Negative twins: negotiated, denied, or a company that joins or leads.
    "Nina Holt is in negotiations to join the cast of Copperhead.",
    "Nina Holt is in talks to lead the thriller Ember.",
    "Nina Holt has not joined the cast of Copperhead.",
    "Nina Holt joins Fenwick Studios as head of drama.",
    "Fenwick Studios has boarded the thriller Ember.",
    "Nina Holt will lead the company's drama team.",
    # cast33 twins: a rumoured join; a person joined at a place or a company; the latest to join a company.
    "Nina Holt is in talks to join Ada Stone in the cast of Ember.",
    "Nina Holt joins Ada Stone in Toronto for the premiere of Ember.",
    "Nina Holt is the latest to join Fenwick Studios as an executive.",
])
def test_no_cast_join_when_hedged_or_not_a_cast(facts_of, sentence):
    assert not starring(facts_of(ORDER + sentence))


@pytest.mark.parametrize("sentence, expected", [
    # A fellow cast member after "alongside" / "opposite"; no work named: the item's.
    ("Ada Stone will appear alongside Nina Holt.",
     {("Copperhead", "starring", "Ada Stone"), ("Copperhead", "starring", "Nina Holt")}),
    # Only an actor "stars as": the name before it is a person even at the sentence start.
    ("Nina Holt stars as a retired detective in Copperhead.", {("Copperhead", "starring", "Nina Holt")}),
    ("Nina Holt has landed a lead role in Copperhead.", {("Copperhead", "starring", "Nina Holt")}),
    ("The cast is led by Nina Holt and Ada Stone.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone")}),
    ("Nina Holt has joined Copperhead as Detective Ruth Kane.", {("Copperhead", "starring", "Nina Holt")}),
])
def test_cast_partners_parts_and_passive_leads(facts_of, sentence, expected):
    assert starring(facts_of(ORDER + sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # Negative twins: joined or led in another capacity, or a part only hoped for.
    "Nina Holt has joined Copperhead as director.",
    "Nina Holt will lead Copperhead as showrunner.",
    "Nina Holt is eyeing a lead role in Copperhead.",
    "Ada Stone is in talks to appear alongside Nina Holt.",
])
def test_no_cast_when_another_capacity_or_hedged(facts_of, sentence):
    assert not starring(facts_of(ORDER + sentence))


@pytest.mark.parametrize("sentence, expected", [
    # The work that adds; a parenthesis of credits does not end the list.
    ("Copperhead has added Nina Holt (Saltmarsh), Ada Stone and Lucy Fenn to its cast.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone"),
      ("Copperhead", "starring", "Lucy Fenn")}),
    # The cast's "of" names the work when a company adds.
    ("Fenwick Studios has added Nina Holt and Ada Stone to the cast of the thriller Ember.",
     {("Ember", "starring", "Nina Holt"), ("Ember", "starring", "Ada Stone")}),
    ("Nina Holt and Ada Stone have been added to the cast.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone")}),
    ("Nina Holt has booked a series regular role on Copperhead.", {("Copperhead", "starring", "Nina Holt")}),
])
def test_people_added_to_a_cast(facts_of, sentence, expected):
    assert starring(facts_of(ORDER + sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # Negative twins: added to something else, or only in talks.
    "Fenwick Studios has added Nina Holt to its board of directors.",
    "Fenwick Studios is in talks to add Nina Holt and Ada Stone to the cast.",
])
def test_no_cast_addition_when_not_a_cast_or_hedged(facts_of, sentence):
    assert not starring(facts_of(ORDER + sentence))


def test_featuring_lists_a_cast_but_not_a_panels_guests(facts_of):
    assert starring(facts_of(ORDER + "Featuring Nina Holt and Ada Stone, the series follows a family.")) == {
        ("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone")}
    # Negative twin: a panel featuring people is no cast.
    assert not starring(facts_of(ORDER + "The panel featuring Nina Holt and Ada Stone drew a crowd."))


def test_two_names_fused_by_a_hyphen_are_the_stars_of_the_work(facts_of, entities_of):
    text = "Nina Holt also appeared in the Tom Hale-Lena Marsh romantic comedy Ember."
    # Nina Holt appeared in Ember too: she is in its cast (roles.past_part).
    assert {f for f in starring(facts_of(text)) if f[0] == "Ember"} == {
        ("Ember", "starring", "Tom Hale"), ("Ember", "starring", "Lena Marsh"), ("Ember", "starring", "Nina Holt")}
    assert {entities_of(text)[n].type for n in ("Tom Hale", "Lena Marsh")} == {"Person"}


def test_a_hyphenated_pair_before_no_work_and_a_double_barrelled_name(facts_of, entities_of):
    # Negative twins: a pair that modifies no work stars in nothing; "Ruiz-Soto" is one surname.
    assert not starring(facts_of("The Tom Hale-Lena Marsh partnership ended in May."))
    assert "Catherine Ruiz-Soto" in entities_of("Catherine Ruiz-Soto spoke to the press in May.")


@pytest.mark.parametrize("sentence, expected", [
    # A relative clause or a participle is said of the name it hangs on.
    ("Tom Hale, who stars in the thriller Ember, will direct the pilot.", {("Ember", "starring", "Tom Hale")}),
    ("Nina Holt, playing a nurse in the thriller Ember, won praise.", {("Ember", "starring", "Nina Holt")}),
    ("Nina Holt plays a nurse in the thriller Ember.", {("Ember", "starring", "Nina Holt")}),
])
def test_cast_clauses_on_the_parse(facts_of, sentence, expected):
    assert {f for f in starring(facts_of(sentence)) if f[0] == "Ember"} == expected


def test_a_relative_clause_that_hedges_gives_no_cast(facts_of):
    # Negative twin: the relative clause reports talks, not a part.
    assert not starring(facts_of("Tom Hale, who is in talks to star in the thriller Ember, will direct the pilot."))


# --- credits branch: a director's post at a company or on a crew is no directing credit ---
LANTERN = "Harbour Films is making the thriller \u201cLantern.\u201d "


@pytest.mark.parametrize("sentence", [
    "Tom Hale serves as director of development at Harbour Films.",
    "Tom Hale was the director of photography.",
    "Tom Hale, who is creative director at Harbour Films, praised the cast.",
])
def test_a_directors_post_is_no_credit(facts_of, sentence):
    assert not {f for f in facts_of(LANTERN + sentence) if f[1] == "directedBy"}


def test_serving_as_director_is_still_a_credit(facts_of):
    assert {f for f in facts_of(LANTERN + "Tom Hale will serve as director.") if f[1] == "directedBy"} == {
        ("Lantern", "directedBy", "Tom Hale")}


@pytest.mark.parametrize("sentence", [
    "Tom Hale will make his directorial debut with \u201cLantern.\u201d",
    "\u201cLantern\u201d marks Tom Hale's directorial debut.",
    "Harbour Films is making the thriller \u201cLantern.\u201d Tom Hale will make his feature directorial debut on it.",
    # "directing" before "debut", which the parser may take for a verb
    "\u201cLantern\u201d will mark Tom Hale's feature directing debut.",
])
def test_a_directorial_debut_directs_the_work(facts_of, sentence):
    assert {f for f in facts_of(sentence) if f[1] == "directedBy"} == {("Lantern", "directedBy", "Tom Hale")}


@pytest.mark.parametrize("sentence", [
    "Tom Hale is in talks to make his directorial debut with \u201cLantern.\u201d",
    "\u201cLantern\u201d will not mark Tom Hale's feature directing debut.",
])
def test_a_directorial_debut_in_talks_is_no_credit(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "directedBy"}


@pytest.mark.parametrize("sentence, expected", [
    # A passive casting verb: the list before it may carry parentheses of credits and "all".
    ('Ada Stone ("Saltmarsh"), Nina Holt and Lucy Fenn ("Low Tide") have all been cast in Copperhead.',
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone"),
      ("Copperhead", "starring", "Lucy Fenn")}),
    # A bare work noun: the work the item is about.
    ("Ada Stone and Lucy Fenn have both been cast in the upcoming series.",
     {("Copperhead", "starring", "Ada Stone"), ("Copperhead", "starring", "Lucy Fenn")}),
    # The season's "of" names the work; the character after "as" is no one.
    ('Nina Holt has been cast as Ruth Kane in Season 3 of "Saltmarsh".', {("Saltmarsh", "starring", "Nina Holt")}),
    # The partner the casting names is in the same cast.
    ("Nina Holt has been cast opposite Ada Stone in the thriller Copperhead.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone")}),
    # Twin: a director's byline after the work is no partner.
    ("Nina Holt has been cast in the thriller Copperhead by director Ada Stone.", {("Copperhead", "starring", "Nina Holt")}),
])
def test_passive_casting(facts_of, sentence, expected):
    assert starring(facts_of(ORDER + sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # Negative twins: only rumoured, or cast in something that is not a work we know.
    "Nina Holt is reportedly being cast in the series.",
    "Nina Holt has been cast as a series regular in a pilot for another network.",
])
def test_no_passive_casting_when_hedged_or_elsewhere(facts_of, sentence):
    assert not starring(facts_of(ORDER + sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Harbour Films has cast Ana Ruiz and Tom Hale in its thriller \u201cGlasshouse.\u201d",
     {("Glasshouse", "starring", "Ana Ruiz"), ("Glasshouse", "starring", "Tom Hale")}),
    # The parse may hang the title after "the drama" on the verb: it is still the phrase's title.
    ("Harbour Films has cast Ana Ruiz in the drama Glasshouse.", {("Glasshouse", "starring", "Ana Ruiz")}),
    ("Harbour Films cast Ana Ruiz as the lead in Glasshouse.", {("Glasshouse", "starring", "Ana Ruiz")}),
])
def test_a_company_casting_players_puts_them_in_the_cast(facts_of, sentence, expected):
    assert starring(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # Negative twins: a casting only hoped for, or denied.
    "Harbour Films hopes to cast Ana Ruiz in \u201cGlasshouse.\u201d",
    "Harbour Films has not cast Ana Ruiz in \u201cGlasshouse.\u201d",
])
def test_no_casting_by_a_company_when_hoped_or_denied(facts_of, sentence):
    assert not starring(facts_of(sentence))


def test_a_casting_participle_without_a_subject_gives_no_other_cast(facts_of):
    # "Having cast A in X, ...": the participle has no subject of its own to read.
    facts = facts_of("Having cast Ana Ruiz in \u201cGlasshouse,\u201d Harbour Films began shooting in May.")
    assert starring(facts) <= {("Glasshouse", "starring", "Ana Ruiz")}


@pytest.mark.parametrize("sentence, expected", [
    # A passive "tapped/recruited" followed by a job other than acting: a hire, not a casting.
    ('Tom Hale has been tapped to direct "Glasshouse."', {("Glasshouse", "directedBy", "Tom Hale")}),
    ('Tom Hale has been tapped to write "Glasshouse."', {("Glasshouse", "writtenBy", "Tom Hale")}),
    ('Tom Hale has been recruited to produce "Glasshouse."', {("Glasshouse", "producer", "Tom Hale")}),
    ("Tom Hale has been tapped to direct Glasshouse for Harbour Films.", {("Glasshouse", "directedBy", "Tom Hale")}),
    # Twins: an acting infinitive, or none, is still a casting.
    ('Tom Hale has been tapped to play the lead in "Glasshouse."', {("Glasshouse", "starring", "Tom Hale")}),
    ('Tom Hale has been cast to play a nurse in "Glasshouse."', {("Glasshouse", "starring", "Tom Hale")}),
    ('Tom Hale has been tapped to join the cast of "Glasshouse."', {("Glasshouse", "starring", "Tom Hale")}),
])
def test_tapped_for_a_job_is_no_casting(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] in ("starring", "directedBy", "writtenBy", "producer")} == expected


@pytest.mark.parametrize("sentence, expected", [
    # A work, or a bare work noun, as the subject of transitive "star".
    ("The thriller is also set to star Nina Holt and Ada Stone.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone")}),
    ('"Saltmarsh" will star Lucy Fenn.', {("Saltmarsh", "starring", "Lucy Fenn")}),
])
def test_a_work_that_stars_people(facts_of, sentence, expected):
    assert starring(facts_of(ORDER + sentence)) == expected


def test_a_work_that_may_star_people_is_no_cast(facts_of):
    # Negative twin: the casting is only hoped for.
    assert not starring(facts_of(ORDER + "The thriller is eyeing Nina Holt and hopes to star Ada Stone."))


@pytest.mark.parametrize("sentence, expected", [
    ('"Saltmarsh" has promoted Nina Holt to series regular for its second season.',
     {("Saltmarsh", "starring", "Nina Holt")}),
    ("Ada Stone has been upgraded to series regular.", {("Copperhead", "starring", "Ada Stone")}),
])
def test_promotion_to_series_regular(facts_of, sentence, expected):
    assert starring(facts_of(ORDER + sentence)) == expected


def test_a_promotion_to_another_post_is_no_cast(facts_of):
    # Negative twin: promoted to a job, not a part.
    assert not starring(facts_of(ORDER + "Fenwick Studios has promoted Nina Holt to head of drama."))


@pytest.mark.parametrize("sentence, expected", [
    ('"Saltmarsh" alum Nina Holt has joined the cast.', {("Nina Holt", "knownFor", "Saltmarsh")}),
    ('"Saltmarsh" actress Nina Holt has joined the cast.', {("Nina Holt", "knownFor", "Saltmarsh")}),
])
def test_a_title_as_a_names_epithet_is_a_calling_card(facts_of, sentence, expected):
    facts = facts_of(ORDER + sentence)
    assert {f for f in facts if f[1] == "knownFor"} == expected
    # The calling card is not the work whose cast she joins (an "actress" epithet also puts her
    # in the old title's cast: see test_a_credit_epithet_credits_the_title).
    assert ("Copperhead", "starring", "Nina Holt") in starring(facts)


@pytest.mark.parametrize("sentence, expected", [
    ('"Saltmarsh" star Nina Holt has joined the cast.', {("Saltmarsh", "starring", "Nina Holt")}),
    ('"Saltmarsh" actor Ivo Drake will play a priest.', {("Saltmarsh", "starring", "Ivo Drake")}),
    ('"Saltmarsh" director Lena Marsh will helm the pilot.', {("Saltmarsh", "directedBy", "Lena Marsh")}),
    ('"Saltmarsh" helmer Lena Marsh will direct the pilot.', {("Saltmarsh", "directedBy", "Lena Marsh")}),
    ('"Saltmarsh" executive producer Ada Stone is on board.', {("Saltmarsh", "executiveProducer", "Ada Stone")}),
    ('"Saltmarsh" writer-director Lena Marsh is on board.',
     {("Saltmarsh", "writtenBy", "Lena Marsh"), ("Saltmarsh", "directedBy", "Lena Marsh")}),
])
def test_a_credit_epithet_credits_the_title(facts_of, sentence, expected):
    # "X star A", "X director A": the epithet names the credit the calling card is.
    facts = {f for f in facts_of(ORDER + sentence) if f[0] == "Saltmarsh"}
    assert facts == expected


def test_a_hedged_helmer_epithet_credits_nothing(facts_of):
    # Negative twin of "X helmer A": a rumoured reading gives no directing credit.
    facts = facts_of(ORDER + 'Sources say "Saltmarsh" helmer Lena Marsh may return.')
    assert ("Saltmarsh", "directedBy", "Lena Marsh") not in facts


def test_an_epithet_with_another_noun_credits_nothing(facts_of):
    # Negative twin: "alum" or "correspondent" says no credit, only a calling card.
    facts = facts_of(ORDER + '"Saltmarsh" alum Nina Holt and "Saltmarsh" correspondent Ada Stone are on board.')
    assert not {f for f in facts if f[0] == "Saltmarsh"}


def test_a_title_that_stars_someone_is_no_epithet(facts_of):
    # Negative twin: "X stars A" is a clause, not an epithet.
    facts = facts_of('"Saltmarsh" stars Nina Holt.')
    assert not {f for f in facts if f[1] == "knownFor"}


def test_a_part_with_no_title_is_in_the_items_work(facts_of):
    assert starring(facts_of(ORDER + "Nina Holt will play a retired detective.")) == {("Copperhead", "starring", "Nina Holt")}


@pytest.mark.parametrize("sentence", [
    # Negative twins: the "in" phrase names a production that is not the item's work.
    "Nina Holt will play a nurse in a pilot for another network.",
    "Nina Holt will guest star in the network's season finale.",
])
def test_a_part_in_an_unknown_production_is_not_the_items(facts_of, sentence):
    assert not starring(facts_of(ORDER + sentence))


@pytest.mark.parametrize("sentence, expected", [
    # A past part, said of a pronoun that stands for the person, is a calling card and a cast place.
    ("Nina Holt will lead Copperhead. She previously starred on the drama Saltmarsh.",
     {("Nina Holt", "knownFor", "Saltmarsh"), ("Saltmarsh", "starring", "Nina Holt")}),
    ("Nina Holt will lead Copperhead. She had a breakout role in the thriller Low Tide.",
     {("Nina Holt", "knownFor", "Low Tide"), ("Low Tide", "starring", "Nina Holt")}),
])
def test_a_past_part_is_a_calling_card(facts_of, sentence, expected):
    facts = facts_of(ORDER + sentence)
    assert {f for f in facts if f[1] == "knownFor" or (f[1] == "starring" and f[0] != "Copperhead")} == expected


@pytest.mark.parametrize("sentence", [
    # Negative twins: a part only hoped for, and one denied.
    "Nina Holt will lead Copperhead. She is in talks for a role in the thriller Low Tide.",
    "Nina Holt will lead Copperhead. She never appeared in the drama Saltmarsh.",
])
def test_no_calling_card_from_a_hoped_or_denied_part(facts_of, sentence):
    facts = facts_of(ORDER + sentence)
    assert not {f for f in facts if f[1] == "knownFor"}


@pytest.mark.parametrize("sentence, expected", [
    # The people joined, named as a cast, are in it with the subject.
    ("Nina Holt joins previously announced cast members Ada Stone and Tom Hale.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone"),
      ("Copperhead", "starring", "Tom Hale")}),
    # cast33: a subject that names no one ("the newcomers"): the people joined are in the cast.
    ("The newcomers join previously announced cast members Ada Stone and Tom Hale.",
     {("Copperhead", "starring", "Ada Stone"), ("Copperhead", "starring", "Tom Hale")}),
    # The small model takes "cast" for the verb here and the names for its object: read on the words.
    ("Nina Holt joins previously announced Ada Stone and Tom Hale.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone"),
      ("Copperhead", "starring", "Tom Hale")}),
    ("Nina Holt joins previously cast Ada Stone, Ivo Drake and Tom Hale in the drama Low Tide.",
     {("Low Tide", "starring", "Nina Holt"), ("Low Tide", "starring", "Ada Stone"),
      ("Low Tide", "starring", "Ivo Drake"), ("Low Tide", "starring", "Tom Hale")}),
])
def test_joining_a_named_cast(facts_of, sentence, expected):
    assert starring(facts_of(ORDER + sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # Negative twins: joining a person is no cast without a cast cue; a rumoured join.
    "Nina Holt joins Ada Stone at the studio.",
    "Nina Holt is in talks to join previously announced cast members Ada Stone and Tom Hale.",
    "The newcomers join company founders Ada Stone and Tom Hale at the studio.",
])
def test_joining_people_is_no_cast_without_a_cue(facts_of, sentence):
    assert not starring(facts_of(ORDER + sentence))


@pytest.mark.parametrize("sentence, expected", [
    # A returning player is in the cast of the new season's work.
    ("Ada Stone and Tom Hale are set to return for the second season.",
     {("Copperhead", "starring", "Ada Stone"), ("Copperhead", "starring", "Tom Hale")}),
    ("Ada Stone will also return as Meg.", {("Copperhead", "starring", "Ada Stone")}),
])
def test_a_returning_cast(facts_of, sentence, expected):
    assert starring(facts_of(ORDER + sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # Negative twins: another capacity, a return to a company, a denial, a negotiation.
    "Ada Stone will return as showrunner.",
    "Ada Stone returns to Fenwick Studios.",
    "Ada Stone will not return for the second season.",
    "Ada Stone is in talks to return for the second season.",
])
def test_no_returning_cast_in_another_capacity_or_denied(facts_of, sentence):
    assert not starring(facts_of(ORDER + sentence))


def test_a_title_before_a_job_noun_and_a_name_is_a_calling_card(facts_of):
    # "Saltmarsh correspondent and writer Ivo Drake": Saltmarsh is his calling card, not the work
    # he is cast in.
    facts = facts_of(ORDER + 'Former "Saltmarsh" correspondent and writer Tom Hale will play a detective.')
    assert ("Tom Hale", "knownFor", "Saltmarsh") in facts
    assert starring(facts) == {("Copperhead", "starring", "Tom Hale")}


def test_a_return_for_episodes_in_a_named_season(facts_of):
    facts = facts_of(ORDER + 'Tom Hale will return for two episodes in the third season of "Saltmarsh".')
    assert starring(facts) == {("Saltmarsh", "starring", "Tom Hale")}


@pytest.mark.parametrize("sentence", [
    "Nina Holt joins the previously announced cast made up of Ivo Drake, Ada Stone and Lena Marsh.",
    "The drama already has a cast that includes Ivo Drake, Ada Stone and Lena Marsh.",
    "The thriller will shoot in Leeds, with a cast led by Ivo Drake, Ada Stone and Lena Marsh.",
    "Nina Holt will play a nurse, joining an ensemble including Ivo Drake, Ada Stone and Lena Marsh.",
])
def test_a_cast_noun_lists_its_members(facts_of, sentence):
    # "a cast made up of / that includes / led by / including A, B and C": each is in the cast.
    assert {("Copperhead", "starring", name) for name in ("Ivo Drake", "Ada Stone", "Lena Marsh")} <= starring(
        facts_of(ORDER + sentence))


def test_a_cast_members_list_goes_to_the_work_of_its_of_phrase(facts_of):
    facts = starring(facts_of(ORDER + 'The cast of "Saltmarsh", made up of Ivo Drake and Ada Stone, returns in May.'))
    assert facts == {("Saltmarsh", "starring", "Ivo Drake"), ("Saltmarsh", "starring", "Ada Stone")}


@pytest.mark.parametrize("sentence", [
    "The cast could include Ivo Drake and Ada Stone.",
    "The cast does not include Ivo Drake or Ada Stone.",
    "The cast is reportedly made up of Ivo Drake and Ada Stone.",
])
def test_a_hoped_for_or_denied_cast_list_gives_no_cast(facts_of, sentence):
    # Negative twin: a cast list that is only possible, reported or denied.
    assert not starring(facts_of(ORDER + sentence))


@pytest.mark.parametrize("sentence, expected", [
    ('Lena Marsh was recently seen in "Saltmarsh" and "Redwater".',
     {("Lena Marsh", "knownFor", "Saltmarsh"), ("Saltmarsh", "starring", "Lena Marsh"),
      ("Lena Marsh", "knownFor", "Redwater"), ("Redwater", "starring", "Lena Marsh")}),
    ('Lena Marsh, last seen in "Saltmarsh", will play a nurse.',
     {("Lena Marsh", "knownFor", "Saltmarsh"), ("Saltmarsh", "starring", "Lena Marsh")}),
    ('Lena Marsh will next be seen in "Saltmarsh".', {("Saltmarsh", "starring", "Lena Marsh")}),
])
def test_seen_in_a_title_is_a_part_in_it(facts_of, sentence, expected):
    # "A was seen in X": a past part is a calling card and a place in X's cast; a part to come
    # is only the place in the cast.
    facts = {f for f in facts_of(ORDER + sentence) if "Copperhead" not in f and f[1] in ("knownFor", "starring")}
    assert facts == expected


@pytest.mark.parametrize("sentence", [
    'Lena Marsh is rumored to be seen in "Saltmarsh".',
    'Lena Marsh has seen "Saltmarsh" in cinemas.',
])
def test_a_rumoured_or_viewers_seeing_gives_no_part(facts_of, sentence):
    # Negative twin: a rumour, or the active "has seen X" of a viewer.
    assert not {f for f in facts_of(ORDER + sentence) if "Saltmarsh" in f}


def test_alongside_shares_a_single_role(facts_of):
    # "serve as producers alongside C and D": the partners share the role.
    facts = credits(facts_of(ORDER + "Ivo Drake and Ada Stone will serve as producers alongside Lena Marsh and Tom Vale."))
    assert facts == {("Copperhead", "producer", name) for name in ("Ivo Drake", "Ada Stone", "Lena Marsh", "Tom Vale")}


def test_alongside_several_roles_gives_the_partner_none(facts_of):
    # Negative twin: with two roles, which one the partner shares is not said.
    facts = credits(facts_of(ORDER + "Ada Stone will serve as writer and producer alongside Lena Marsh."))
    assert facts == {("Copperhead", "writtenBy", "Ada Stone"), ("Copperhead", "producer", "Ada Stone")}


@pytest.mark.parametrize("sentence, expected", [
    ('Lena Marsh is part of the cast of "Saltmarsh".', {("Saltmarsh", "starring", "Lena Marsh")}),
    ('Lena Marsh will also be part of the cast for season 2 of "Saltmarsh".', {("Saltmarsh", "starring", "Lena Marsh")}),
    ("Lena Marsh will be part of the cast.", {("Copperhead", "starring", "Lena Marsh")}),
])
def test_a_copula_placing_someone_in_a_cast(facts_of, sentence, expected):
    assert starring(facts_of(ORDER + sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Lena Marsh will not be part of the cast.",
    'Lena Marsh is no longer part of the cast of "Saltmarsh".',
    "Lena Marsh is in talks to be part of the cast.",
    'Lena Marsh is a fan of the cast of "Saltmarsh".',
])
def test_a_denied_hoped_for_or_other_tie_to_a_cast_gives_none(facts_of, sentence):
    # Negative twin: denied, left, under negotiation, or not a place in the cast.
    assert not starring(facts_of(ORDER + sentence))


def test_a_calling_card_title_is_not_the_articles_work(facts_of):
    # The new work is untitled; "Saltmarsh" is named only as a calling card, so credits of
    # "the thriller" are not its.
    facts = facts_of('Fenwick Studios is developing an untitled thriller from writer Lena Marsh ("Saltmarsh"). '
                     "The thriller is executive produced by Ada Stone and Tom Vale.")
    assert ("Lena Marsh", "knownFor", "Saltmarsh") in facts
    assert not credits(facts)


def test_a_title_named_outside_a_calling_card_stays_the_articles_work(facts_of):
    # Twin: named on its own as well, the title is the work the credits are about.
    facts = facts_of('Fenwick Studios has renewed the thriller "Saltmarsh". Writer Lena Marsh ("Saltmarsh") returns. '
                     "The thriller is executive produced by Ada Stone and Tom Vale.")
    assert {f for f in credits(facts) if f[1] == "executiveProducer"} == {
        ("Saltmarsh", "executiveProducer", "Ada Stone"), ("Saltmarsh", "executiveProducer", "Tom Vale")}


def test_the_series_is_not_a_calling_card_title(facts_of):
    # "The series" after a title named only as the director's calling card is the new series.
    facts = facts_of('Netflix announced a new series from "Saltmarsh" director Lena Marsh. '
                     "The series will shoot in Leeds. The series is written by Ada Stone.")
    assert ("Saltmarsh", "directedBy", "Lena Marsh") in facts
    assert ("Saltmarsh", "writtenBy", "Ada Stone") not in facts


# cast4: "counts A among its executive producers / its cast" (roles.counted_credits).
@pytest.mark.parametrize("sentence, expected", [
    ("Harbour Films is making the drama Lantern. The series counts Tom Hale and Sarah Jones among its executive producers.",
     {("Lantern", "executiveProducer", "Tom Hale"), ("Lantern", "executiveProducer", "Sarah Jones")}),
    ("Harbour Films is making the drama Lantern, which counts Tom Hale as a producer.",
     {("Lantern", "producer", "Tom Hale")}),
    ("Omar Reyes has joined the drama Lantern, which counts among its executive producers Tom Hale and Sarah Jones.",
     {("Lantern", "executiveProducer", "Tom Hale"), ("Lantern", "executiveProducer", "Sarah Jones")}),
    ("Harbour Films is making the drama Lantern. The project counts Mia Stone among its cast.",
     {("Lantern", "starring", "Mia Stone")}),
])
def test_a_work_counts_people_among_its_credits(facts_of, sentence, expected):
    facts = facts_of(sentence)
    assert {f for f in facts if f[1] in ("executiveProducer", "producer") or (f[1] == "starring" and f[2] != "Omar Reyes")} == expected


@pytest.mark.parametrize("sentence", [
    "Harbour Films is making the drama Lantern. Sky Studios counts Tom Hale among its producers.",  # a company's staff
    "Harbour Films is making the drama Lantern. The series reportedly counts Tom Hale among its executive producers.",  # hedged
    "Harbour Films is making the drama Lantern. Tom Hale counts Sarah Jones among his closest friends.",  # no credit
])
def test_counting_without_a_work_credit_gives_nothing(facts_of, sentence):
    facts = facts_of(sentence)
    assert {f for f in facts if f[1] in ("executiveProducer", "producer", "starring")} == set()


# cast4: roles after "on board as", after a passive of placing ("slated as"), and "respectively".
@pytest.mark.parametrize("sentence, expected", [
    ("Tom Hale and Sarah Jones are on board as executive producers.",
     {("Lantern", "executiveProducer", "Tom Hale"), ("Lantern", "executiveProducer", "Sarah Jones")}),
    ("Tom Hale and Sarah Jones are slated as producers.",
     {("Lantern", "producer", "Tom Hale"), ("Lantern", "producer", "Sarah Jones")}),
    ("Tom Hale and Sarah Jones are slated as producer and executive producer respectively.",
     {("Lantern", "producer", "Tom Hale"), ("Lantern", "executiveProducer", "Sarah Jones")}),
    ("Tom Hale and Sarah Jones are writer and producer, respectively.",
     {("Lantern", "writtenBy", "Tom Hale"), ("Lantern", "producer", "Sarah Jones")}),
])
def test_roles_after_on_board_slated_and_respectively(facts_of, sentence, expected):
    facts = facts_of("Harbour Films is making the drama Lantern. " + sentence)
    assert {f for f in facts if f[1] in ("executiveProducer", "producer", "writtenBy")} == expected


@pytest.mark.parametrize("sentence", [
    "Tom Hale and Sarah Jones are reportedly slated as producers.",  # hedged
    "Tom Hale was named as chief executive of Sky Studios.",  # a post, not a credit
])
def test_placing_without_a_credit_gives_none(facts_of, sentence):
    facts = facts_of("Harbour Films is making the drama Lantern. " + sentence)
    assert {f for f in facts if f[1] in ("executiveProducer", "producer", "writtenBy", "directedBy")} == set()


def test_respectively_with_unmatched_counts_gives_no_role(facts_of):
    # two roles "respectively" over three people: which role is whose is not said
    facts = facts_of("Harbour Films is making the drama Lantern. Tom Hale, Sarah Jones and Omar Reyes are "
                     "producer and executive producer respectively.")
    assert {f for f in facts if f[1] in ("executiveProducer", "producer")} == set()


# cast4: "Jack Reed (played by A)": the passive's agent is the cast member, the character is not.
@pytest.mark.parametrize("sentence", [
    "The series follows Jack Reed (played by Tom Hale), a detective who returns home.",
    "The series follows Jack Reed (played by Moonfall's Tom Hale), a detective who returns home.",
    "The role of Jack Reed will be played by Tom Hale.",
])
def test_the_agent_of_played_by_stars(facts_of, sentence):
    facts = facts_of("Harbour Films is making the drama Lantern. " + sentence)
    assert {f for f in facts if f[1] == "starring"} == {("Lantern", "starring", "Tom Hale")}
    assert not {f for f in facts if f[0] == "Jack Reed"}


def test_a_hedged_played_by_gives_no_cast(facts_of):
    facts = facts_of("Harbour Films is making the drama Lantern. The series follows Jack Reed (reportedly played by Tom Hale), a detective.")
    assert {f for f in facts if f[1] == "starring"} == set()


# cast4: "A is set for a recurring role (opposite B) in X": a passive of placing with a part after "for".
@pytest.mark.parametrize("sentence, expected", [
    ("Tom Hale is set for a recurring role in Lantern.", {("Lantern", "starring", "Tom Hale")}),
    ("Tom Hale is set for a recurring role opposite Sarah Jones in the drama series Lantern.",
     {("Lantern", "starring", "Tom Hale"), ("Lantern", "starring", "Sarah Jones")}),
    ("Tom Hale has landed a recurring role opposite Sarah Jones in Lantern.",
     {("Lantern", "starring", "Tom Hale"), ("Lantern", "starring", "Sarah Jones")}),
    # cast33: a participle that states a role after "as" places a part there too; with no
    # "in"/"on" phrase the part is in the work the item is about.
    ("Tom Hale is set as the male lead on the drama series Lantern.", {("Lantern", "starring", "Tom Hale")}),
    ("Tom Hale is attached as the lead.", {("Lantern", "starring", "Tom Hale")}),
    ("Tom Hale is set for a recurring role.", {("Lantern", "starring", "Tom Hale")}),
])
def test_set_for_a_part(facts_of, sentence, expected):
    facts = facts_of("Harbour Films is making the drama Lantern. " + sentence)
    assert {f for f in facts if f[1] == "starring"} == expected


@pytest.mark.parametrize("sentence", [
    "Tom Hale is set for a meeting with Sarah Jones.",  # no part
    "Tom Hale is reportedly set for a recurring role in Lantern.",  # hedged
    "Tom Hale is set for a lead role in Night Shift, opposite Sarah Jones.",  # a title we do not know: not Lantern
    "Tom Hale is in talks to be attached as the male lead.",  # hedged
    "Tom Hale is set as the male lead in a pilot for Fox.",  # another work, untitled: not Lantern
    "Tom Hale is set as lead producer.",  # a producing credit, no part
])
def test_set_for_something_else_gives_no_cast(facts_of, sentence):
    facts = facts_of("Harbour Films is making the drama Lantern. " + sentence)
    assert {f for f in facts if f[1] == "starring" and f[0] == "Lantern"} == set()


def test_credited_as_states_a_role(facts_of):
    facts = facts_of("Harbour Films is making the drama Lantern. Tom Hale is credited as co-creator and executive producer on the series.")
    assert {f for f in facts if f[1] == "executiveProducer"} == {("Lantern", "executiveProducer", "Tom Hale")}


# cast4: "A is coming on board for X", "A has signed on for X" (roles.boarding_casts).
@pytest.mark.parametrize("sentence", [
    "Tom Hale is coming on board for Lantern.",
    "Tom Hale has signed on for Lantern.",
    "Tom Hale has come aboard the series.",
])
def test_boarding_a_work_joins_its_cast(facts_of, sentence):
    facts = facts_of("Harbour Films is making the drama Lantern. " + sentence)
    assert {f for f in facts if f[1] == "starring"} == {("Lantern", "starring", "Tom Hale")}


@pytest.mark.parametrize("sentence", [
    "Tom Hale has signed on to direct Lantern.",  # another capacity
    "Tom Hale has come on board Lantern as an executive producer.",  # another capacity
    "Tom Hale is in talks to come aboard Lantern.",  # hedged
    "Sky Studios has signed on for Lantern.",  # a company backs the work
])
def test_boarding_in_another_capacity_is_no_cast(facts_of, sentence):
    facts = facts_of("Harbour Films is making the drama Lantern. " + sentence)
    assert {f for f in facts if f[1] == "starring"} == set()


# cast4: "best known for her role as Meg in X": the title's phrase may hang on the character.
@pytest.mark.parametrize("sentence", [
    "Tom Hale is best known for his role as Jack Reed in \u201cMoonfall\u201d.",
    "Tom Hale gained prominence in his role as Jack Reed in \u201cMoonfall\u201d.",
])
def test_a_known_role_as_a_character_in_a_title(facts_of, sentence):
    facts = facts_of("Harbour Films is making the drama Lantern. " + sentence)
    assert {f for f in facts if f[1] in ("starring", "knownFor")} == {
        ("Moonfall", "starring", "Tom Hale"), ("Tom Hale", "knownFor", "Moonfall")}


def test_a_hedged_known_role_gives_nothing(facts_of):
    facts = facts_of("Harbour Films is making the drama Lantern. Tom Hale is reportedly best known for his role as Jack Reed in \u201cMoonfall\u201d.")
    assert {f for f in facts if f[1] in ("starring", "knownFor")} == set()


# --- rel6: a title in apposition to the object joined; "cast members" lists ---
@pytest.mark.parametrize("sentence, expected", [
    # The title in apposition to a descriptive object is the work joined (no other work named).
    ('Nina Holt and Ada Stone have joined the drama series "Saltmarsh".',
     {("Saltmarsh", "starring", "Nina Holt"), ("Saltmarsh", "starring", "Ada Stone")}),
    ('Nina Holt has also joined the cast of the drama series "Saltmarsh".',
     {("Saltmarsh", "starring", "Nina Holt")}),
    # "cast members" is the cast: its list after "include(s)" / "including" stars in the item's work.
    (ORDER + "Additional cast members added today include Nina Holt, Ada Stone and Lucy Fenn.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone"),
      ("Copperhead", "starring", "Lucy Fenn")}),
    (ORDER + "They join previously announced cast members including Ada Stone and Lucy Fenn.",
     {("Copperhead", "starring", "Ada Stone"), ("Copperhead", "starring", "Lucy Fenn")}),
])
def test_joined_titles_and_cast_member_lists(facts_of, sentence, expected):
    assert starring(facts_of(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    'Nina Holt is in talks to join the drama series "Saltmarsh".',  # negotiated
    'Nina Holt has joined the drama series "Saltmarsh" as showrunner.',  # another capacity
    ORDER + "Cast members could include Nina Holt and Ada Stone.",  # hoped for
    ORDER + "The panel's members include Nina Holt and Ada Stone.",  # members of no cast
])
def test_no_joined_title_or_cast_member_list(facts_of, sentence):
    assert not starring(facts_of(sentence))


def test_a_branded_original_label_is_no_title(facts_of, entities_of):
    # "the upcoming Spectrum Original drama series X": "Spectrum Original" is the company's label
    # before the work noun; the quoted title after it is the work joined.
    sentence = 'Nina Holt has joined the cast of the upcoming Spectrum Original drama series "Salt Flats." The show follows a ranger.'
    assert starring(facts_of(sentence)) == {("Salt Flats", "starring", "Nina Holt")}
    assert "Spectrum Original" not in {label for label, e in entities_of(sentence).items() if e.type in ("Series", "Film", "CreativeWork")}


# --- rel6: "serve as" coordinated after a first verb shares its subject ---
def test_a_coordinated_serve_as_shares_the_first_verbs_subject(facts_of):
    facts = facts_of('Nina Holt and Ada Stone developed the drama "Saltmarsh" for television and will serve as '
                     "executive producers along with Lucy Fenn and Tom Hale.")
    assert credits(facts) == {("Saltmarsh", "executiveProducer", "Nina Holt"), ("Saltmarsh", "executiveProducer", "Ada Stone"),
                              ("Saltmarsh", "executiveProducer", "Lucy Fenn"), ("Saltmarsh", "executiveProducer", "Tom Hale")}


@pytest.mark.parametrize("sentence", [
    'Nina Holt developed the drama "Saltmarsh" and is in talks to serve as executive producer.',  # negotiated
    'Nina Holt wrote the drama "Saltmarsh" and is a producer by trade.',  # says what she is ("a")
])
def test_no_coordinated_serve_as_credit(facts_of, sentence):
    assert not {f for f in credits(facts_of(sentence)) if f[1] in ("executiveProducer", "producer")}


# --- rel6: inverted joins, "Joining A are B and C" ---
@pytest.mark.parametrize("sentence, expected", [
    ("Nina Holt headlines Copperhead. Joining Holt are Ada Stone and Lucy Fenn.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone"), ("Copperhead", "starring", "Lucy Fenn")}),
    ("Nina Holt headlines Copperhead. Also joining the cast is Tom Hale.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Tom Hale")}),
    # The work after "in" is the one joined.
    ('Nina Holt headlines Copperhead. Joining her in the film "Salt Road" are Ada Stone and Lucy Fenn.',
     {("Copperhead", "starring", "Nina Holt"), ("Salt Road", "starring", "Ada Stone"), ("Salt Road", "starring", "Lucy Fenn")}),
    # The cast member joined may come with lower-case modifiers.
    ("Joining the previously announced cast member Nina Holt are Ada Stone (Salt Road) and Lucy Fenn.",
     {("Copperhead", "starring", "Nina Holt"), ("Copperhead", "starring", "Ada Stone"), ("Copperhead", "starring", "Lucy Fenn")}),
])
def test_inverted_joins(facts_of, sentence, expected):
    assert starring(facts_of(ORDER + sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Joining Fenwick Studios as head of drama is Tom Hale.",  # a company joined: a hire
    "Joining the company is Tom Hale.",  # no cast
    "Joining the newly formed company is Tom Hale.",  # no cast, modifiers or not
    "Joining the cast is reportedly Tom Hale.",  # rumoured
])
def test_no_inverted_join_outside_a_cast(facts_of, sentence):
    assert ("Copperhead", "starring", "Tom Hale") not in facts_of(ORDER + sentence)


def test_a_sentence_verb_is_no_inner_word_of_a_title(entities_of):
    # rel6: "Joining Holt is The Practice star Tom Hale": the title before "star" starts after
    # the sentence's own "is"; "Love Is Blind star" keeps its capitalised "Is".
    assert "The Practice" in entities_of(ORDER + "Joining Holt is The Practice star Tom Hale.")
    assert "Love Is Blind" in entities_of("Love Is Blind star Tom Hale joins the series.")


# --- rel6: the work a lead trigger names after it ---
def test_a_lead_trigger_reaches_a_title_after_its_descriptive_phrase(facts_of):
    # "cast in the Fox drama pilot X": a company and work nouns before the title do not stop it.
    facts = facts_of(ORDER + "Tom Hale has been cast in the Fenwick Studios drama pilot “Salt Road,” which follows a ranger.")
    assert ("Salt Road", "starring", "Tom Hale") in facts
    assert ("Copperhead", "starring", "Tom Hale") not in facts


def test_a_calling_card_after_a_lead_trigger_is_not_the_credited_work(facts_of):
    # "executive-produces alongside Ember director B": Ember is B's calling card, the credit is
    # the item's work (negative twin: no credit for Ember).
    facts = facts_of(ORDER + "Lucy Fenn will executive produce alongside “Ember” director Tom Hale.")
    assert not {f for f in facts if f[0] == "Ember" and f[1] == "executiveProducer"}
    assert ("Copperhead", "executiveProducer", "Lucy Fenn") in facts


# --- rel6: a job noun the tagger takes for a verb inside a credit list; an appositive subject ---
def test_a_company_job_title_inside_an_ep_list_does_not_end_it(facts_of):
    facts = facts_of(ORDER + "The series is executive produced by Lucy Fenn, Ada Stone and Fenwick Studios head Tom Hale.")
    assert {f for f in credits(facts) if f[1] == "executiveProducer"} == {
        ("Copperhead", "executiveProducer", "Lucy Fenn"), ("Copperhead", "executiveProducer", "Ada Stone"),
        ("Copperhead", "executiveProducer", "Tom Hale")}


def test_a_list_still_ends_at_a_real_verb_after_a_company(facts_of):
    # Negative twin: "Fenwick Studios heads the project" is a clause, its subject no EP.
    facts = facts_of(ORDER + "The series is executive produced by Lucy Fenn; Fenwick Studios heads Tom Hale's unit.")
    assert ("Copperhead", "executiveProducer", "Tom Hale") not in facts


def test_a_coordinated_serve_as_shares_an_appositive_subject(facts_of):
    facts = facts_of(ORDER + "The novel's author, Nina Holt, will write the drama and serve as executive producer along with Ada Stone.")
    assert {f for f in credits(facts) if f[1] == "executiveProducer"} == {
        ("Copperhead", "executiveProducer", "Nina Holt"), ("Copperhead", "executiveProducer", "Ada Stone")}


# --- rel6: "plus C" after an aside that ends the partner list ---
def test_plus_adds_a_partner_after_an_aside(facts_of):
    facts = facts_of(ORDER + "Nina Holt will write the drama and serve as executive producer along with Ada Stone and Lucy Fenn, "
                     "who worked together on Ember, plus Tom Hale (Saltmarsh).")
    assert {f for f in credits(facts) if f[1] == "executiveProducer"} == {
        ("Copperhead", "executiveProducer", p) for p in ("Nina Holt", "Ada Stone", "Lucy Fenn", "Tom Hale")}


def test_plus_with_a_hedge_adds_nobody(facts_of):
    # Negative twin: "plus possibly C" is no stated partner.
    facts = facts_of(ORDER + "Nina Holt will write the drama and serve as executive producer along with Ada Stone and Lucy Fenn, "
                     "who worked together on Ember, plus possibly Tom Hale.")
    assert ("Copperhead", "executiveProducer", "Tom Hale") not in facts


@pytest.mark.parametrize("text, expected", [
    ("Dana Vale, Tom Hale and Rita Moss star in Glasshouse.",
     {("Glasshouse", "starring", "Dana Vale"), ("Glasshouse", "starring", "Tom Hale"), ("Glasshouse", "starring", "Rita Moss")}),
    ("Dana Vale joins Tom Hale in Glasshouse.", {("Glasshouse", "starring", "Dana Vale"), ("Glasshouse", "starring", "Tom Hale")}),
    ("Dana Vale has been cast in Glasshouse.", {("Glasshouse", "starring", "Dana Vale")}),
])
def test_the_cast_of_an_unquoted_title(facts_of, text, expected):
    # The title is found from the casting phrase alone, without quotes or a work noun.
    assert {f for f in facts_of(text) if f[1] == "starring"} == expected


def test_starring_in_a_city_gives_no_credit(facts_of):
    # Negative twin: a place after "starred in".
    assert facts_of("Dana Vale starred in Paris last year.") == set()


TWO_ITEMS = ("Harbour Films has acquired rights to Glasshouse, a thriller directed by Dana Vale. The film stars Mira Stone.\n\n"
             'Tom Hale has joined the cast of "Salt Road." ')


def test_a_later_paragraph_with_its_own_title_keeps_its_credits(facts_of):
    # A later paragraph names its own title and not the article's main one: its untitled casting is that title's.
    facts = facts_of(TWO_ITEMS + "Tom Hale will star alongside Eva Lund.")
    assert {f for f in facts if f[1] == "starring"} == {
        ("Glasshouse", "starring", "Mira Stone"), ("Salt Road", "starring", "Tom Hale"),
        ("Salt Road", "starring", "Eva Lund"), ("Salt Road", "starring", "Tom Hale")}


def test_a_later_paragraph_that_names_the_main_title_stays_with_it(facts_of):
    # Twin: the paragraph names the main work too, so the article's work keeps the credit.
    facts = facts_of("Harbour Films has acquired rights to Glasshouse, a thriller directed by Dana Vale.\n\n"
                     "Tom Hale, who starred in Salt Road, has joined Glasshouse. Tom Hale will star alongside Eva Lund.")
    assert ("Glasshouse", "starring", "Eva Lund") in facts
    assert ("Salt Road", "starring", "Eva Lund") not in facts


# recall2: an apposition of coordinated role nouns with one "of" phrase.
@pytest.mark.parametrize("sentence, expected", [
    ("Tom Hale, the writer and director of Salt Road, will helm Copperhead for Harbour Films.",
     {("Salt Road", "writtenBy", "Tom Hale"), ("Salt Road", "directedBy", "Tom Hale")}),
    ("Tom Hale, writer and director of the drama Salt Road, will helm Copperhead.",
     {("Salt Road", "writtenBy", "Tom Hale"), ("Salt Road", "directedBy", "Tom Hale")}),
    ("Dana Vale, the creator and executive producer of Salt Road, has signed with Harbour Films.",
     {("Salt Road", "executiveProducer", "Dana Vale")}),
])
def test_coordinated_roles_in_an_apposition_credit_each(facts_of, sentence, expected):
    facts = facts_of(sentence)
    assert {f for f in credits(facts) if f[0] == "Salt Road"} == expected
    person = next(iter(expected))[2]
    assert (person, "knownFor", "Salt Road") in facts


@pytest.mark.parametrize("sentence", [
    "Dana Vale, the rumoured writer and director of Salt Road, declined to comment.",
    "Dana Vale, the writer and director of a play about the film Salt Road, declined to comment.",
    "Dana Vale, the agent and manager of Salt Road star Tom Hale, declined to comment.",
])
def test_an_apposition_that_is_no_credit_on_the_title(facts_of, sentence):
    assert not {f for f in credits(facts_of(sentence)) if f[0] == "Salt Road"}


# recall2: "added A as a series regular (on X)": a regular part is a place in the cast.
@pytest.mark.parametrize("sentence, people", [
    ("Harbour Films has added Ana Ruiz as a series regular on the drama Copperhead.", {"Ana Ruiz"}),
    ("The drama Copperhead has added Ana Ruiz as a series regular.", {"Ana Ruiz"}),
    ("The drama Copperhead has added Ana Ruiz and Tom Hale as series regulars for its second season.", {"Ana Ruiz", "Tom Hale"}),
    # Other parts in the cast: a recurring guest star, the lead.
    ("The drama Copperhead has added Ana Ruiz (Salt Road) as a recurring guest star in Season 3.", {"Ana Ruiz"}),
    ("The drama Copperhead has added Ana Ruiz as the lead.", {"Ana Ruiz"}),
])
def test_added_as_a_series_regular_stars(facts_of, sentence, people):
    assert {f for f in facts_of(sentence) if f[1] == "starring"} == {("Copperhead", "starring", p) for p in people}


@pytest.mark.parametrize("sentence", [
    "The drama Copperhead has added Ana Ruiz as an executive producer.",
    "The drama Copperhead is in talks to add Ana Ruiz as a series regular.",
])
def test_added_in_another_capacity_or_hedged_is_no_cast(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "starring"}


# recall2: "X will see / marks the return of A": a returning player is in the cast.
@pytest.mark.parametrize("sentence, people", [
    ("The second season of the drama Copperhead will see the return of Dana Vale (Salt Road).", {"Dana Vale"}),
    ("Season two of the drama Copperhead will see the return of Dana Vale, Tom Hale and Ana Ruiz.",
     {"Dana Vale", "Tom Hale", "Ana Ruiz"}),
    ("The drama Copperhead returns in May. The new season marks the return of Dana Vale.", {"Dana Vale"}),
])
def test_the_return_of_a_player_stars(facts_of, sentence, people):
    assert {f for f in facts_of(sentence) if f[1] == "starring"} == {("Copperhead", "starring", p) for p in people}


@pytest.mark.parametrize("sentence", [
    "The drama Copperhead returns in May. The new season will see the return of Dana Vale as showrunner.",
    "The drama Copperhead returns in May. Fans are hoping to see the return of Dana Vale.",
])
def test_a_return_in_another_capacity_or_hoped_for_is_no_cast(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "starring"}


# recall2: a plural epithet names every person coordinated after it.
@pytest.mark.parametrize("sentence", [
    "\"Salt Road\" creators Tom Hale and Ana Ruiz have signed with Harbour Films.",
    "It was written by Dana Vale and \"Salt Road\" producers Tom Hale and Ana Ruiz.",
])
def test_a_plural_epithet_names_each_person(facts_of, sentence):
    facts = facts_of(sentence)
    assert {("Tom Hale", "knownFor", "Salt Road"), ("Ana Ruiz", "knownFor", "Salt Road")} <= facts
    assert ("Salt Road", "writtenBy", "Dana Vale") not in facts


def test_a_singular_epithet_names_its_first_person_only(facts_of):
    facts = facts_of("\"Salt Road\" star Tom Hale and Ana Ruiz will lead the drama Copperhead.")
    assert ("Salt Road", "starring", "Tom Hale") in facts
    assert ("Salt Road", "starring", "Ana Ruiz") not in facts


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mara Quill and Tom Hale are co-writers on Copperhead.",
     {("Copperhead", "writtenBy", "Mara Quill"), ("Copperhead", "writtenBy", "Tom Hale")}),
    ("Tom Hale was a writer on the comedy Copperhead.", {("Copperhead", "writtenBy", "Tom Hale")}),
    ("Tom Hale was most recently a writer on the CBS comedy \u201cCopperhead.\u201d", {("Copperhead", "writtenBy", "Tom Hale")}),
])
def test_a_role_complement_with_a_split_prefix_a_work_noun_or_a_time_adverb(facts_of, sentence, expected):
    # "co-writers" comes as three tokens; "on the comedy X" names X; "most recently" leads the roles.
    assert {f for f in facts_of(sentence) if f[1] == "writtenBy"} == expected


def test_a_co_director_of_a_department_is_no_credit(facts_of):
    # The twin: a job title at a company.
    assert {f for f in facts_of("Mara Quill is co-director of content at Netflix.") if f[1] == "directedBy"} == set()


@pytest.mark.parametrize("sentence", ["The British comedy Salt Road by Dana Vale was picked up by Harbour Films.",
                                      "The Chilean drama Salt Road\nby Dana Vale will be released in Germany by Harbour Films."])
def test_a_film_genre_title_by_a_person_is_directed_by_them(facts_of, sentence):
    # A festival-style byline: the genre noun says film, "by" names its director (also across a line break).
    assert {f for f in facts_of(sentence) if f[1] == "directedBy"} == {("Salt Road", "directedBy", "Dana Vale")}


@pytest.mark.parametrize("sentence", ["Neon acquired Dana Vale's upcoming thriller Salt Road.",
                                      "Dana Vale's new drama Salt Road premieres at Sundance."])
def test_a_persons_film_genre_title_is_directed_by_them(facts_of, sentence):
    # The possessive byline: a film's genre noun between the possessive and the title says film.
    assert {f for f in facts_of(sentence) if f[1] == "directedBy"} == {("Salt Road", "directedBy", "Dana Vale")}


@pytest.mark.parametrize("sentence", ["Neon acquired Dana Vale's feature film debut Salt Road.",
                                      "Neon acquired Dana Vale's star vehicle Salt Road.",
                                      "Dana Vale's new series Salt Road premieres on Hulu.",
                                      # a genre noun in a sentence about television: a show's owner is its creator
                                      "The network ordered three dramas, including Dana Vale's thriller Salt Road."])
def test_a_persons_debut_vehicle_or_series_is_not_directed_by_them(facts_of, sentence):
    # The twin: an actor's debut or vehicle is hers too, and a series is its creator's.
    assert {f for f in facts_of(sentence) if f[1] == "directedBy"} == set()


def test_a_novel_by_a_person_is_not_directed_by_them(facts_of):
    # The twin: a source noun's "by" is its author, never a director.
    facts = facts_of("The series is based on the 2009 novel Glass Harbour by Irish author Dana Vale.")
    assert {f for f in facts if f[1] == "directedBy"} == set()
    assert ("Glass Harbour", "writtenBy", "Dana Vale") in facts


def test_the_cast_of_a_named_thing_not_found_as_a_work_goes_to_no_other_work(facts_of):
    # "the cast of Lantern Bay", a name no finder typed a work: its cast, never the article's title.
    facts = facts_of("Salt Road is a drama from the BBC.\n\nDana Vale (Moonfall) and Tom Hale have joined the cast of "
                     "Kestrel's new project Lantern Bay Incorporated, with production set to begin this month.")
    assert ("Salt Road", "starring", "Dana Vale") not in facts and ("Salt Road", "starring", "Tom Hale") not in facts


def test_the_cast_of_the_drama_goes_to_the_article_work(facts_of):
    # The twin: "the cast of the drama" names nothing else; the article's work is meant.
    facts = facts_of("Salt Road is a drama from the BBC.\n\nDana Vale (Moonfall) and Tom Hale have joined the cast of the drama.")
    assert {f for f in facts if f[1] == "starring"} == {("Salt Road", "starring", "Dana Vale"), ("Salt Road", "starring", "Tom Hale")}


def test_a_referred_persons_film_genre_title_is_not_credited(facts_of):
    # "the director's 2015 drama X": the reference may be resolved to another director named before.
    facts = facts_of("Tom Hale will direct a thriller for Harbour Films. He recently remade Dana Vale's 1977 classic "
                     "\u201cMoonfall\u201d. Harbour Films produced the director's 2015 drama \u201cSalt Road\u201d.")
    assert {f for f in facts if f[1] == "directedBy" and f[2] == "Salt Road"} - {("Salt Road", "directedBy", "Tom Hale")} == set()


@pytest.mark.parametrize("sentence", ["Dana Vale's sophomore directorial effort, \u201cSalt Road,\u201d has added Tom Hale to its cast.",
                                      "\u201cSalt Road\u201d marks Dana Vale's second directorial outing."])
def test_a_named_directorial_effort_or_outing_is_directed_by_its_owner(facts_of, sentence):
    assert {f for f in facts_of(sentence) if f[1] == "directedBy"} == {("Salt Road", "directedBy", "Dana Vale")}


@pytest.mark.parametrize("sentence", ["Harbour Films has acquired \u201cSalt Road.\u201d Dana Vale's next directorial project is still untitled.",
                                      "Dana Vale is reportedly in talks for her second directorial effort, \u201cSalt Road.\u201d"])
def test_an_untitled_or_hedged_directorial_project_credits_no_work(facts_of, sentence):
    # The twin: a project with no title is not the article's work, and a reported one is not stated.
    assert {f for f in facts_of(sentence) if f[1] == "directedBy"} == set()

# "A has been cast to play B, in HBO's X": the title later in the sentence is the casting's work.
def test_a_casting_naming_its_own_title_later_takes_no_earlier_work(facts_of):
    facts = facts_of("Edi Gathegi has joined the cast of The Blacklist on NBC. Dana Vale has been cast to play a "
                     "character named Lester Grimes, in HBO’s drama Salt Road from Tom Reyes.")
    assert {f for f in facts if f[1] == "starring"} == {("The Blacklist", "starring", "Edi Gathegi"),
                                                        ("Salt Road", "starring", "Dana Vale")}


def test_a_casting_naming_no_title_takes_the_items_work(facts_of):
    # Negative twin: with no title of its own, the sentence is about the work of its item.
    facts = facts_of("Edi Gathegi has joined the cast of the drama Salt Road on NBC. Dana Vale will play a nurse named Lester Grimes.")
    assert ("Salt Road", "starring", "Dana Vale") in facts


# An item may open with a phrase before its newcomer ("A week after A signed on, B has been cast
# in X"): the project it names first is still the item's, even when the finder missed its title.
_ITEM_LEAD = ("Harbor Pictures has set Copperhead for a May shoot. Copperhead stars Tomas Reyne. "
              "The Copperhead cast also includes Mara Quill.\n\n")


def test_an_item_opened_by_a_phrase_is_about_the_project_it_names(facts_of):
    facts = facts_of(_ITEM_LEAD + "A week after Lena Holt signed on, Orla Brandt has been cast in War For the "
                     "Planet of the Moths. The young actress joins Holt in the sequel, helmed by returning "
                     "Dawn of the Planet of the Moths director Dana Wirth.\n")
    assert ("Copperhead", "starring", "Orla Brandt") not in facts
    assert ("Copperhead", "directedBy", "Dana Wirth") not in facts


def test_an_item_opened_by_a_phrase_that_names_no_project_goes_on_with_the_work(facts_of):
    # Twin: the newcomer joins "the cast", nothing new, so the article's work is still meant.
    facts = facts_of(_ITEM_LEAD + "A week after the shoot began, Orla Brandt has joined the cast. "
                     "She plays a nurse.\n")
    assert ("Copperhead", "starring", "Orla Brandt") in facts


def test_a_role_on_a_companys_title_is_a_credit_on_the_title(facts_of):
    # tv7: "A recently served as executive producer on the CW's X"
    facts = facts_of("Dana Kirsch recently served as executive producer on the CW\u2019s Glass Orchard.")
    assert credits(facts) == {("Glass Orchard", "executiveProducer", "Dana Kirsch")}
    assert not {f for f in facts if f[1] == "employedBy"}


def test_stated_work_reads_the_title_after_a_possessive_maker_the_parse_took_for_the_object():
    # tv7: the small parser may make "the CW" the object of "on" and hang the title on the verb
    import spacy
    from spacy.tokens import Doc
    import mediakg.extract.document  # noqa: F401  (registers the token extensions)
    from mediakg.extract.relations.roles import _stated_work
    words = ["Dana Kirsch", "served", "as", "executive", "producer", "on", "the", "CW", "\u2019s", "Glass Orchard", "."]
    heads = [1, 1, 1, 4, 2, 4, 7, 5, 1, 1, 1]
    deps = ["nsubj", "ROOT", "prep", "amod", "pobj", "prep", "det", "pobj", "advcl", "npadvmod", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    for i, (key, kind) in {0: ("p1", "person"), 7: ("o1", "org"), 9: ("w1", "work")}.items():
        doc[i]._.mkg_entity, doc[i]._.mkg_kind = key, kind
    assert _stated_work(doc[1], [doc[4]]).i == 9
    # negative twin: with no title after the possessive, the role names no work
    doc[9]._.mkg_kind = ""
    assert _stated_work(doc[1], [doc[4]]) is None


# adapt7: the person after a verb of playing, and the words that describe the part, is a character.
def test_a_part_named_after_play_is_no_cast_member(facts_of):
    facts = facts_of("Vera Lind will direct Star Voyage for Orbit Films. "
                     "Ivo Marsh will play astronomer Tom Reyes and Mia Dorn will play the pilot.")
    assert ("Star Voyage", "starring", "Ivo Marsh") in facts
    assert not {f for f in facts if f[2] == "Tom Reyes"}


def test_two_actors_playing_parts_are_both_cast(facts_of):
    facts = facts_of("Vera Lind will direct Star Voyage for Orbit Films. Ivo Marsh and Tom Reyes will play the astronomers.")
    assert {("Star Voyage", "starring", "Ivo Marsh"), ("Star Voyage", "starring", "Tom Reyes")} <= facts


# credits8: a title told as a person's past credit ("most recently had a role in X", "recently
# wrote the screenplay for X") is a calling card, so a later untitled credit is not X's.
def test_a_past_role_in_a_possessed_title_is_no_item_for_a_later_credit(facts_of):
    facts = facts_of("Netflix has ordered Larkspur, a drama about two sisters. Dana Roe most recently had a recurring "
                     "role in Tom Vale's Hollow Point. James Weaver will also executive produce.")
    assert ("Larkspur", "executiveProducer", "James Weaver") in facts
    assert ("Hollow Point", "executiveProducer", "James Weaver") not in facts


def test_a_screenplay_recently_written_is_no_item_for_a_later_credit(facts_of):
    facts = facts_of("Netflix has ordered Larkspur, a drama about two sisters. The pair recently wrote the screenplay "
                     "for the film \"Cold Harbor\". Eric Newman will executive produce.")
    assert ("Larkspur", "executiveProducer", "Eric Newman") in facts
    assert ("Cold Harbor", "executiveProducer", "Eric Newman") not in facts


def _card_doc(words, heads, deps, tags, lemmas, kinds):
    import spacy
    from spacy.tokens import Doc
    import mediakg.extract.document  # noqa: F401  (registers the token extensions)
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)
    for i, kind in kinds.items():
        doc[i]._.mkg_entity, doc[i]._.mkg_kind = f"e{i}", kind
    return doc


def test_past_role_phrase_reads_an_apposed_part_and_a_career_past():
    from mediakg.extract.relations.roles import past_role_phrase
    # "Cailee Moor, the lead in Sunfall": the part describes the person, a calling card
    doc = _card_doc(["Cailee Moor", ",", "the", "lead", "in", "Sunfall", "."], [0, 0, 3, 0, 3, 4, 0],
                    ["ROOT", "punct", "det", "appos", "prep", "pobj", "punct"], ["NNP", ",", "DT", "NN", "IN", "NNP", "."],
                    ["Cailee Moor", ",", "the", "lead", "in", "Sunfall", "."], {0: "person", 5: "work"})
    assert past_role_phrase(doc[5])
    # negative twin: "Cailee Moor takes the lead in Sunfall" is a part now, not a card
    doc = _card_doc(["Cailee Moor", "takes", "the", "lead", "in", "Sunfall", "."], [1, 1, 3, 1, 3, 4, 1],
                    ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"], ["NNP", "VBZ", "DT", "NN", "IN", "NNP", "."],
                    ["Cailee Moor", "take", "the", "lead", "in", "Sunfall", "."], {0: "person", 5: "work"})
    assert not past_role_phrase(doc[5])
    # "Dana Roe recently wrote the screenplay for Sunfall": a career adverb sets the past credit
    words = ["Dana Roe", "recently", "wrote", "the", "screenplay", "for", "Sunfall", "."]
    doc = _card_doc(words, [2, 2, 2, 4, 2, 4, 5, 2], ["nsubj", "advmod", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                    ["NNP", "RB", "VBD", "DT", "NN", "IN", "NNP", "."], ["Dana Roe", "recently", "write", "the", "screenplay", "for", "Sunfall", "."],
                    {0: "person", 6: "work"})
    assert past_role_phrase(doc[6])
    # negative twin: "Dana Roe will write the screenplay for Sunfall" is the credit to come
    words = ["Dana Roe", "will", "write", "the", "screenplay", "for", "Sunfall", "."]
    doc = _card_doc(words, [2, 2, 2, 4, 2, 4, 5, 2], ["nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                    ["NNP", "MD", "VB", "DT", "NN", "IN", "NNP", "."], ["Dana Roe", "will", "write", "the", "screenplay", "for", "Sunfall", "."],
                    {0: "person", 6: "work"})
    assert not past_role_phrase(doc[6])


# credits8: all that "A is best known for" goes on to name is A's record, so a later untitled credit
# is not that title's; a title the item names as the part joined is (the twin).
def test_a_title_named_after_known_for_is_no_item_for_a_later_credit(facts_of):
    facts = facts_of("Harbor TV has ordered a mystery series from Dana Roe. Mia Lund is best known for her role as Meg Rusk "
                     "in \"Mad Lanes\" and as Ann Tate in Tom Vale's \"Hollow Point.\" James Weaver will also executive produce.")
    assert not {f for f in facts if f[1] == "executiveProducer"}
    twin = facts_of("Harbor TV has ordered a mystery series from Dana Roe. Mia Lund has joined the cast of Tom Vale's "
                    "\"Hollow Point.\" James Weaver will also executive produce.")
    assert ("Hollow Point", "executiveProducer", "James Weaver") in twin


# precision10: "starring P" right after a title is that title's cast alone (roles.drop_displaced_casts).
def test_a_cast_after_a_later_title_is_not_an_earlier_titles(facts_of):
    facts = facts_of("Harbor Lane Films has taken UK rights to Tomas Vell's drama The Salt Orchard, and has also "
                     "picked up Mara Lind's Night Ferry starring Owen Pratt and Celia Marsh.")
    assert {f for f in facts if f[1] == "starring"} == {("Night Ferry", "starring", "Owen Pratt"),
                                                        ("Night Ferry", "starring", "Celia Marsh")}
    facts = facts_of("Other projects include Night Ferry starring Owen Pratt and Celia Marsh, the sequel to The Salt Orchard.")
    assert {f for f in facts if f[1] == "starring"} == {("Night Ferry", "starring", "Owen Pratt"),
                                                        ("Night Ferry", "starring", "Celia Marsh")}


def test_a_cast_after_the_only_title_stays_with_it(facts_of):
    # Negative twin: one title before "starring" keeps its cast.
    facts = facts_of("Harbor Lane Films has taken UK rights to Tomas Vell's drama The Salt Orchard, starring Owen Pratt and Celia Marsh.")
    assert {f for f in facts if f[1] == "starring"} == {("The Salt Orchard", "starring", "Owen Pratt"),
                                                        ("The Salt Orchard", "starring", "Celia Marsh")}


# --- a part already played is a calling card (names32) ------------------------------------------

def test_a_work_where_a_part_was_played_gets_no_later_credits(facts_of):
    facts = facts_of("Peacock ordered a mystery series from Dana Vale. Tom Roe most recently played a judge "
                     "in Hulu's Fairweather. Sam Hale and Nora Fenn will also executive produce.")
    assert ("Fairweather", "starring", "Tom Roe") in facts
    assert not any(f[0] == "Fairweather" and f[1] == "executiveProducer" for f in facts)


def test_a_work_where_a_part_will_be_played_keeps_its_credits(facts_of):
    facts = facts_of("Peacock has ordered the drama series Fairweather from Dana Vale. Tom Roe will play a judge "
                     "in Fairweather. Sam Hale and Nora Fenn will also executive produce.")
    assert ("Fairweather", "executiveProducer", "Sam Hale") in facts
    assert ("Fairweather", "executiveProducer", "Nora Fenn") in facts


# ep34: the role's work named at the end of a descriptive noun phrase.
@pytest.mark.parametrize("sentence", [
    "Lena Marsh is also an executive producer on Fenwick's upcoming series adaptation of \u201cSaltmarsh.\u201d",
    "Lena Marsh is currently an executive producer on the Fenwick reboot of \u201cSaltmarsh.\u201d",
    "Lena Marsh was the co-creator and original executive producer of Fenwick's popular morning show, \u201cSaltmarsh.\u201d",
])
def test_a_role_on_a_described_work_names_the_title(facts_of, sentence):
    facts = facts_of(ORDER + sentence)
    assert {f for f in credits(facts) if f[2] == "Lena Marsh"} == {("Saltmarsh", "executiveProducer", "Lena Marsh")}


@pytest.mark.parametrize("sentence", [
    # a spinoff is another work than the one it spins off
    "Lena Marsh is an executive producer on the Fenwick spinoff of \u201cSaltmarsh.\u201d",
    # a company's possessive with no title after it is a post at the company
    "Lena Marsh was the executive producer of Fenwick's news division.",
])
def test_a_role_on_another_or_no_work_gives_no_credit_to_the_title(facts_of, sentence):
    facts = facts_of(ORDER + sentence)
    assert ("Saltmarsh", "executiveProducer", "Lena Marsh") not in facts


# --- "The cast of the drama X includes A, B and C": the group noun gives the credit on its work ---
@pytest.mark.parametrize("sentence, expected", [
    ("The cast of the drama Ironbridge includes Lily Hart, Omar Diaz and Ruth King.",
     {("Ironbridge", "starring", "Lily Hart"), ("Ironbridge", "starring", "Omar Diaz"), ("Ironbridge", "starring", "Ruth King")}),
    ("Executive producers on the drama Ironbridge are Sam Holt, Jane Roe and Tom Reyes.",
     {("Ironbridge", "executiveProducer", "Sam Holt"), ("Ironbridge", "executiveProducer", "Jane Roe"),
      ("Ironbridge", "executiveProducer", "Tom Reyes")}),
    ("The stars of Ironbridge are Lily Hart and Omar Diaz.",
     {("Ironbridge", "starring", "Lily Hart"), ("Ironbridge", "starring", "Omar Diaz")}),
])
def test_a_group_of_a_work_lists_its_members(facts_of, sentence, expected):
    facts = facts_of(sentence)
    assert {f for f in facts if f[1] in ("starring", "executiveProducer")} == expected


@pytest.mark.parametrize("sentence", [
    "The cast of Ironbridge could include Lily Hart and Omar Diaz.",  # hoped for
    "Fans of Ironbridge include Lily Hart and Omar Diaz.",            # no credit group
])
def test_a_hedged_list_or_a_group_of_no_credit_gives_nothing(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] in ("starring", "executiveProducer")}


def test_a_reference_before_a_cast_verb_is_no_calling_card(facts_of):
    # "The movie co-stars A and B": the reference is the clause's subject, its verb no epithet noun.
    facts = facts_of("Harbor Releasing has acquired Night Train, a comedy from Lily Hart. The movie co-stars Tom Reed and Ada Price.")
    assert {f for f in facts if f[1] == "knownFor"} == set()
    assert {f for f in facts if f[1] == "starring"} == {("Night Train", "starring", "Tom Reed"), ("Night Train", "starring", "Ada Price")}


def test_an_untitled_show_from_a_showrunner_named_by_a_calling_card_gets_none_of_its_credits(facts_of):
    # "an order to a drama from the Night Train showrunner": Night Train is the maker's calling
    # card; the new show is untitled, so neither the order nor its producers are Night Train's.
    text = ("Bluebird Network Hands Series Order to Thriller From 'Night Train' Showrunner\n\n"
            "Lily Hart has landed a series order at Bluebird Network. The untitled series is set in a flooded "
            "city. Hart created it with Tom Reed and Ada Price. All three will also executive produce.")
    facts = facts_of(text)
    assert not {f for f in facts if f[2] == "Night Train" or f[0] == "Night Train"}


def test_a_show_given_an_order_by_name_is_still_the_givers(facts_of):
    # Twin: the title itself is what the order goes to.
    assert ("Netflix", "produces", "Night Train") in facts_of("Netflix has given a series order to the drama Night Train, from Lily Hart.")


def test_a_possessed_genre_title_with_a_hyphened_genre_is_directed_by_its_owner(facts_of):
    # "sci-fi": the tagger calls "sci" a proper noun; it modifies the genre all the same.
    assert ("Silver Coast", "directedBy", "Tom Reed") in facts_of("Bluebird Pictures acquired Tom Reed's sci-fi thriller Silver Coast.")


def test_joining_a_season_of_a_show_is_joining_its_cast(facts_of):
    assert ("Ironbridge", "starring", "Tom Reed") in facts_of("Tom Reed has joined the third season of Ironbridge.")


def test_joining_a_season_in_another_capacity_is_no_cast(facts_of):
    assert not {f for f in facts_of("Tom Reed has joined season three of Ironbridge as a writer.") if f[1] == "starring"}


# --- awards: "won Best Director for X", "Best Screenplay went to A for X" ---
@pytest.mark.parametrize("sentence, expected", [
    ("Tom Reyes won Best Director for Cold Creek, and Ana Cole won Best Actress for Night Train.",
     {("Cold Creek", "directedBy", "Tom Reyes"), ("Night Train", "starring", "Ana Cole")}),
    ("Best Screenplay went to Sam Cole for Glass River.", {("Glass River", "writtenBy", "Sam Cole")}),
    ("The Silver Bear for Best Director went to Lily Hart for \u201cNight Train\u201d.", {("Night Train", "directedBy", "Lily Hart")}),
])
def test_an_award_category_won_for_a_work_credits_its_winner(facts_of, sentence, expected):
    assert {f for f in facts_of(sentence) if f[1] in ("directedBy", "writtenBy", "starring")} == expected


def test_an_award_won_for_a_company_credits_nothing(facts_of):
    # Twin: no work after "for".
    assert not {f for f in facts_of("Lily Hart won Best Actress for Harbor Films.") if f[1] in ("directedBy", "writtenBy", "starring")}


def test_a_participle_right_after_a_title_is_said_of_that_title(facts_of):
    # "in Cold Creek directed by Ana Cole": a reduced relative on the title before it, whatever
    # work the article is about.
    text = ("The Golden Bear went to Night Train by Lily Hart, while Tom Reyes won a prize for his "
            "performance in Cold Creek directed by Ana Cole.")
    assert ("Cold Creek", "directedBy", "Ana Cole") in facts_of(text)
    assert ("Night Train", "directedBy", "Ana Cole") not in facts_of(text)


# --- a possessor introduced by a job: "filmmaker A's X", "novelist A's thriller X" ---
def test_a_directors_possessive_owns_the_film_named_after_it(facts_of):
    text = ("The lineup includes French director Lena Marchal's drama Quiet Rooms and Danish "
            "filmmaker Nils Berg's Cold Harbor.")
    assert {f for f in facts_of(text) if f[1] == "directedBy"} == {
        ("Quiet Rooms", "directedBy", "Lena Marchal"), ("Cold Harbor", "directedBy", "Nils Berg")}


@pytest.mark.parametrize(("text", "expected"), [
    # a hyphened modifier opening on a place stands between the possessive and the genre noun
    ("Harbour Releasing has bought director Nils Berg\u2019s Alaska-set thriller \u201cCold Harbor.\u201d",
     {("Cold Harbor", "directedBy", "Nils Berg")}),
    # Twin: an actor's possessive names no director, whatever stands between
    ("Harbour Releasing has bought actor Nils Berg\u2019s Alaska-set thriller \u201cCold Harbor.\u201d", set()),
])
def test_a_place_in_a_hyphened_modifier_keeps_the_directors_possessive(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "directedBy"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a festival and its section name where the film shows; what a festival shows is a film
    ("Lumen Pictures has acquired UK rights to Selin Deniz Kaya\u2019s Cannes Competition title Dry Fields from France\u2019s Playtime.",
     {("Dry Fields", "directedBy", "Selin Deniz Kaya")}),
    ("Lumen Pictures bought Marta Lind's Venice Days selection Dry Fields.", {("Dry Fields", "directedBy", "Marta Lind")}),
    # Twin: an actor's possessive names no director
    ("Lumen Pictures bought actor Tom Hale's Berlinale Panorama entry Dry Fields.", set()),
])
def test_a_festival_between_the_possessive_and_the_title_keeps_the_directors_credit(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "directedBy"} == expected


@pytest.mark.parametrize("text", [
    "Harbour Releasing has bought director Nils Berg\u2019s dark comic thriller \u201cCold Harbor.\u201d",
    "Harbour Releasing has bought director Nils Berg\u2019s game-changing thriller \u201cCold Harbor.\u201d",
])
def test_a_book_word_that_is_no_noun_before_the_title_keeps_the_directors_credit(facts_of, text):
    # Twin of the book-noun guard: only a book noun right before the title makes the owner its writer.
    assert ("Cold Harbor", "directedBy", "Nils Berg") in facts_of(text)


def test_a_book_noun_after_a_possessive_names_its_writer_even_of_a_work_typed_film(facts_of):
    # The next sentence calls the adaptation "the film", which may type the book's title a film;
    # "A's 2020 novel X" still says A wrote X, not that A directed it.
    facts = facts_of("Ana Vidal adapted the screenplay from Ruth Kane\u2019s 2020 novel Sisters. The film is a co-production.")
    assert ("Sisters", "writtenBy", "Ruth Kane") in facts
    assert ("Sisters", "directedBy", "Ruth Kane") not in facts


def test_a_director_who_owns_the_next_title_directs_no_earlier_one(facts_of):
    # Twin of the job-noun credit ("director A" of the sentence's work): a possessive says whose
    # film follows, not that A made the title before.
    text = ("The debuts include Lily Hart's animated picture The Glass King, US director Tom Reyes's "
            "Children of the Northern Sea and Ana Cole's Neighbouring Lights.")
    facts = facts_of(text)
    assert ("Children of the Northern Sea", "directedBy", "Tom Reyes") in facts
    assert ("The Glass King", "directedBy", "Tom Reyes") not in facts


@pytest.mark.parametrize("job, expected", [
    ("novelist", {("The Glass Bell", "writtenBy", "Ruth Kane")}),
    ("actor", set()),
    ("producer", set()),
    ("actress-director", {("The Glass Bell", "directedBy", "Ruth Kane")}),
])
def test_the_owners_job_says_which_credit_a_possessed_thriller_gives(facts_of, job, expected):
    facts = facts_of(f"Harbor Films has picked up {job} Ruth Kane's thriller The Glass Bell.")
    assert {f for f in facts if f[1] in ("directedBy", "writtenBy")} == expected


@pytest.mark.parametrize("verb, expected", [
    ("has optioned", {("The Glass Bell", "writtenBy", "Ruth Kane")}),
    ("is based on", {("The Glass Bell", "writtenBy", "Ruth Kane")}),
    # Twin: a finished thriller bought is a film, and its owner's possessive names its director.
    ("has picked up", {("The Glass Bell", "directedBy", "Ruth Kane")}),
])
def test_an_optioned_or_adapted_thriller_is_a_book_its_owner_wrote(facts_of, verb, expected):
    # What is optioned or adapted is a book: "has optioned A's thriller X" credits A as its author.
    facts = facts_of(f"Harbor Films {verb} Ruth Kane's thriller The Glass Bell.")
    assert {f for f in facts if f[1] in ("directedBy", "writtenBy") and f[0] == "The Glass Bell"} == expected


# A director's film may be named by more genre words than one: a tale, a piece, a hyphened
# compound ("coming-of-age drama").
@pytest.mark.parametrize("genre", ["vampire tale", "coming-of-age drama", "period piece", "sci-fi epic"])
def test_a_possessed_film_after_any_genre_phrase_is_the_owners(facts_of, genre):
    facts = facts_of(f"The competition line-up includes Tom Reed's {genre} Ironwood.")
    assert ("Ironwood", "directedBy", "Tom Reed") in facts


@pytest.mark.parametrize("job, expected", [
    ("Actor", set()),
    ("Novelist", {("Ironwood", "writtenBy", "Tom Reed")}),
    ("Director", {("Ironwood", "directedBy", "Tom Reed")}),
])
def test_a_job_opening_the_sentence_says_which_credit_a_possessed_work_gives(facts_of, job, expected):
    # Twin: the job word is capitalised when it opens the sentence; an actor's film is no direction.
    facts = facts_of(f"{job} Tom Reed's vampire tale Ironwood is in competition at Venice.")
    assert {f for f in facts if f[1] in ("directedBy", "writtenBy")} == expected


def test_a_job_of_coordinated_works_is_held_in_each(facts_of):
    facts = facts_of("Ana Ruiz was also the director of Paper Kites and Storm: Reckoning.")
    assert {f for f in facts if f[1] == "directedBy"} == {("Paper Kites", "directedBy", "Ana Ruiz"), ("Storm: Reckoning", "directedBy", "Ana Ruiz")}


def test_a_name_opening_the_next_clause_holds_no_job_of_the_first(facts_of):
    # Twin: ", and Y starred in Z" is a clause of its own.
    facts = facts_of("Ana Ruiz was the director of Paper Kites, and Tom Vance starred in Storm: Reckoning.")
    assert {f for f in facts if f[1] == "directedBy"} == {("Paper Kites", "directedBy", "Ana Ruiz")}


@pytest.mark.parametrize("text", [
    "Ama Rook and Ben Fane, who have joined the series Empire Road, are newcomers.",
    "Ama Rook and Ben Fane are among the actors who have joined the series Empire Road.",
    "Ama Rook and Ben Fane are among six actors who have joined Dara Voss's \u201cEmpire Road\u201d series at Netflix.",
])
def test_a_relative_clause_of_joining_casts_its_antecedent(facts_of, text):
    # "who have joined X": the relative pronoun is the names it follows, or those the copula
    # says are "among" the actors.
    assert {f for f in facts_of(text) if f[1] == "starring"} == {("Empire Road", "starring", "Ama Rook"), ("Empire Road", "starring", "Ben Fane")}


def test_a_relative_clause_of_joining_after_a_common_noun_casts_nobody(facts_of):
    # Twin: the antecedent is no person.
    assert not {f for f in facts_of("The producers, who have joined the series Empire Road, are newcomers.") if f[1] == "starring"}


def test_a_title_in_a_persons_past_relative_clause_is_a_calling_card(facts_of):
    # "A, the director who won acclaim for her drama X, directs ...": X is A's earlier work, so
    # "the film" after it and the credits with no title are the article's film's.
    facts = facts_of("Orbit Films has begun production on the thriller Night Tide. Lena Vos, the Dutch director who won "
                     "acclaim for her drama Cold Milk, directs from a screenplay by Tim Hurd. The film will be produced by Kim Abbott.")
    assert ("Night Tide", "producer", "Kim Abbott") in facts
    assert not {f for f in facts if f[0] == "Cold Milk" and f[1] in ("producer", "writtenBy")}


def test_a_title_in_a_persons_future_relative_clause_is_the_work(facts_of):
    # Twin: "who will direct X" names the new work, which "the film" then means.
    facts = facts_of("Lena Vos, who will direct the thriller Night Tide, said the film is personal. The film will be produced by Kim Abbott.")
    assert ("Night Tide", "producer", "Kim Abbott") in facts


@pytest.mark.parametrize("text", [
    "His breakthrough was \u201cThe Long Draw,\u201d a 1966 western with Ray Dunn and Cal Mercer.",
    "The Long Draw, a western with Ray Dunn and Cal Mercer, opens in May.",
    "\u201cThe Long Draw\u201d is a thriller with Ray Dunn and Cal Mercer.",
])
def test_a_works_description_with_people_names_its_cast(facts_of, text):
    assert {f for f in facts_of(text) if f[1] == "starring"} == {("The Long Draw", "starring", "Ray Dunn"),
                                                                ("The Long Draw", "starring", "Cal Mercer")}


@pytest.mark.parametrize("text", [
    "\u201cThe Long Draw\u201d is a thriller with Ray Dunn directing.",
    "\u201cThe Long Draw\u201d is a novel with Ray Dunn as its hero.",
])
def test_a_with_clause_of_a_job_or_a_book_names_no_cast(facts_of, text):
    # Twins: "with A directing" gives a job; a book has no cast.
    assert not {f for f in facts_of(text) if f[1] == "starring"}


def test_a_role_in_a_persons_relative_clause(facts_of):
    # "A, who was a writer on X, ...": "who" is A.
    facts = facts_of("Lara Quinn, who was a writer on \u201cDusty Lane,\u201d will run the show.")
    assert ("Lara Quinn", "knownFor", "Dusty Lane") in facts


def test_a_role_in_a_relative_clause_about_no_person(facts_of):
    # Twin: the clause is about the company, which holds no writer's role.
    facts = facts_of("Harbour TV, which was a backer of \u201cDusty Lane,\u201d will air the show.")
    assert not {f for f in facts if f[1] in ("knownFor", "writtenBy")}


DISTANT = ("Harbour Films has acquired the thriller Glass Harbor. The company was founded in 2004 in Leeds. "
           "It has offices in London and Dublin. Its chief executive is Ana Ruiz. The company employs 40 people. {credit}")


def test_an_untitled_credit_far_from_the_last_title_is_left_out(facts_of):
    # "Producers are A and B" four sentences after the only title: more often a project the
    # finders missed than that title.
    facts = facts_of(DISTANT.format(credit="Producers are Tom Hale and Mia Lund."))
    assert not any(f[1] == "producer" for f in facts)


@pytest.mark.parametrize("credit", [
    # Twins: the sentence names the work by a description resolved to it, or by its title.
    "The thriller is produced by Tom Hale and Mia Lund.",
    "Glass Harbor is produced by Tom Hale and Mia Lund.",
])
def test_a_far_credit_that_names_its_work_is_kept(facts_of, credit):
    assert ("Glass Harbor", "producer", "Tom Hale") in facts_of(DISTANT.format(credit=credit))


def test_an_untitled_credit_right_after_the_title_is_kept(facts_of):
    facts = facts_of("Harbour Films has acquired the thriller Glass Harbor. Producers are Tom Hale and Mia Lund.")
    assert ("Glass Harbor", "producer", "Tom Hale") in facts


@pytest.mark.parametrize("text, facts", [
    # A festival line-up: "X by A" names a film and its director, quoted or not.
    ("\u201cIron Fist\u201d by Lau Wing will close the festival.", {("Iron Fist", "directedBy", "Lau Wing")}),
    ("The competition includes Ashfall by Mira Doss and Salt Lake by Tom Vale.",
     {("Ashfall", "directedBy", "Mira Doss"), ("Salt Lake", "directedBy", "Tom Vale")}),
    # "line-up" is three tokens; a programme's or a restoration's words make a line-up too.
    ("The line-up includes Night Ferry by Tom Reyes, Cold Orchard by Ann Bell and Dust Market by Paul Hart.",
     {("Night Ferry", "directedBy", "Tom Reyes"), ("Cold Orchard", "directedBy", "Ann Bell"), ("Dust Market", "directedBy", "Paul Hart")}),
    ("The retrospective strand offers Night Ferry by Tom Reyes.", {("Night Ferry", "directedBy", "Tom Reyes")}),
])
def test_a_byline_in_a_festival_line_up_names_the_director(facts_of, text, facts):
    assert facts <= facts_of(text)


@pytest.mark.parametrize("text", [
    "The festival will screen an adaptation of the novel \u201cIron Fist\u201d by Lau Wing.",
    "The publisher's autumn line-up includes Night Ferry by Tom Reyes.",
    "Orbit Pictures will bring Night Ferry by Ann Bell to the screen.",
    "Orbit Pictures acquired Night Ferry by Ann Bell for the big screen.",
])
def test_a_byline_with_a_source_noun_names_the_author(facts_of, text):
    # Twin: a novel or a publisher in the sentence makes the byline an author's.
    assert not any(f[1] == "directedBy" for f in facts_of(text))


def test_an_acting_prize_for_a_directors_title_credits_the_cast(facts_of):
    # "won best actress for Tove Lund's Cold Water": the director's possessive stands before the title.
    facts = facts_of("Petra Holm won best actress for Tove Lund's Cold Water.")
    assert ("Cold Water", "starring", "Petra Holm") in facts
    # Twin: another person's name that is no possessive says nothing of the title.
    facts = facts_of("Petra Holm won best actress for working with Tove Lund on Cold Water.")
    assert ("Cold Water", "starring", "Petra Holm") not in facts


# A name in apposition to a noun of parts ("as the iconic characters, Pop Vale and his wife Ma")
# is a character, no cast member, however the tagger typed it.
def test_a_name_after_a_noun_of_parts_is_a_character(facts_of):
    facts = facts_of("Netflix has ordered the drama Ember. It will star Bradley Vale and Joanna Scott "
                     "as the iconic fictional characters, Pop Larkin and his wife Ma.")
    assert {("Ember", "starring", "Bradley Vale"), ("Ember", "starring", "Joanna Scott")} <= facts
    assert ("Ember", "starring", "Pop Larkin") not in facts


def test_people_joined_by_others_in_a_series_all_star(facts_of):
    # "A and B are joined by C in X": the passive of "C joins A and B in X".
    facts = facts_of("Harbour TV has ordered the limited series Salt Road. Dana Vale and Tom Brill are also joined "
                     "by Ana Ruiz in the four-episode series.")
    assert {f for f in facts if f[1] == "starring"} == {("Salt Road", "starring", "Dana Vale"), ("Salt Road", "starring", "Tom Brill"),
                                                       ("Salt Road", "starring", "Ana Ruiz")}


def test_people_joined_by_others_at_an_event_star_in_nothing(facts_of):
    # Twin: joined "in the announcement", no work: no cast.
    facts = facts_of("Harbour TV has ordered Salt Road. Its chief Dana Vale was joined by Tom Brill in the announcement.")
    assert not {f for f in facts if f[1] == "starring"}


def test_taking_on_a_role_casts_in_the_items_work(facts_of):
    # "A is taking on the role of activist B": a part in the work the item is about.
    facts = facts_of("Harbour TV has ordered the limited series Salt Road. Dana Vale is taking on the role of activist Nora Brath.")
    assert {f for f in facts if f[1] == "starring"} == {("Salt Road", "starring", "Dana Vale")}


@pytest.mark.parametrize("sentence", [
    # Twins: the role is a job, not a part.
    "Harbour TV has ordered the limited series Salt Road. Dana Vale took on the role of chief content officer at Lumen Films.",
    "Harbour TV has ordered the limited series Salt Road. Dana Vale is taking on the role of president.",
    "Harbour TV has ordered the limited series Salt Road. Dana Vale takes on a new role as head of drama at the network.",
    "Harbour TV has ordered the limited series Salt Road. Dana Vale is taking on a bigger role at the company.",
])
def test_taking_on_a_jobs_role_casts_no_one(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[1] == "starring"}


@pytest.mark.parametrize("text, stars", [
    ("The comedy Night Ferry, with Ann Bell and Tom Reyes, opened third with $5 million.", {"Ann Bell", "Tom Reyes"}),
    ("Also new was \u201cNight Ferry,\u201d with Ann Bell.", {"Ann Bell"}),
])
def test_an_aside_opening_with_with_after_a_title_lists_its_stars(facts_of, text, stars):
    assert {f for f in facts_of(text) if f[1] == "starring"} == {("Night Ferry", "starring", p) for p in stars}


@pytest.mark.parametrize("text", [
    "The comedy Night Ferry, with Ann Bell directing, opened third.",
    "The comedy Night Ferry, with Ann Bell at the helm, opened third.",
    "The comedy Night Ferry, with Ann Bell as producer, opened third.",
    "The comedy Night Ferry could open, with Ann Bell, in May.",
    "Orbit Pictures recently produced Night Ferry, with Ann Bell, for Kanal Nord.",
    "The comedy Night Ferry, with Ann Bell, who also directed, opened third.",
    "Orbit Pictures has optioned the rights to Night Ferry, with Ann Bell, the author, set to write.",
    "Orbit Pictures is developing a remake of Night Ferry, with Ann Bell.",
    "Netflix has picked up Night Ferry, with Ann Bell.",
])
def test_with_a_crew_word_or_away_from_the_title_names_no_star(facts_of, text):
    assert not {f for f in facts_of(text) if f[1] == "starring"}


def test_a_directors_film_named_after_a_resolved_pronoun(facts_of):
    # "Director A died. His latest movie, X, ...": the article introduced A as a director.
    facts = facts_of("French film director Tom Hale died on Sunday. His latest movie, \u201cEmber,\u201d came out in August.")
    assert {("Ember", "directedBy", "Tom Hale"), ("Tom Hale", "knownFor", "Ember")} <= facts


def test_an_actors_film_after_a_pronoun_names_no_director(facts_of):
    # Twin: an actor's "his latest movie" may be one he starred in.
    facts = facts_of("Veteran actor Tom Hale died on Sunday. His latest movie, \u201cEmber,\u201d came out in August.")
    assert not any(p == "directedBy" for s, p, o in facts)


def test_a_filmmakers_debut_in_her_possessive_is_hers_to_direct(facts_of):
    facts = facts_of("India returns with Mumbai-based filmmaker Ana Ruiz\u2019s ambitious fiction feature debut Salt Road.")
    assert ("Salt Road", "directedBy", "Ana Ruiz") in facts


def test_an_actors_debut_in_his_possessive_names_no_director(facts_of):
    # Twin: an actor's feature debut may be his first part.
    assert not any(p == "directedBy" for s, p, o in facts_of("Actor Tom Hale\u2019s feature debut Salt Road is out."))


# --- a director's own films listed, and a director's pronoun-owned dated film ---------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Romanian director Ion Pascu is making his first French-language film. His films include Tidewater and The Vault.",
     {("Tidewater", "directedBy", "Ion Pascu"), ("The Vault", "directedBy", "Ion Pascu")}),
    ("Romanian director Ion Pascu is making his first French-language film. His previous fiction features, such as "
     "\u201cTidewater,\u201d \u201cSalt Flats\u201d and \u201cThe Vault,\u201d were all shot in Romania.",
     {("Tidewater", "directedBy", "Ion Pascu"), ("Salt Flats", "directedBy", "Ion Pascu"), ("The Vault", "directedBy", "Ion Pascu")}),
    # Twins: an actor's films, and a director's credits (which may be produced or written), name no director
    ("Romanian actor Ion Pascu is making his first French-language film. His films include Tidewater and The Vault.", set()),
    ("Director Ion Pascu's credits include \u201cTidewater\u201d and \u201cThe Vault.\u201d", set()),
])
def test_a_directors_own_films_listed_are_his_to_direct(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "directedBy"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a preposition, or with a year alone before the title
    ("French director Marc Duval has died aged 91. He first attracted attention with his 1955 documentary Night Rain, "
     "a portrait of a war. His 1959 Glass Moon was Oscar nominated.",
     {("Night Rain", "directedBy", "Marc Duval"), ("Glass Moon", "directedBy", "Marc Duval")}),
    # Twin: an actor's dated film is not his to direct
    ("French actor Marc Duval has died aged 91. His 1959 Glass Moon was Oscar nominated.", set()),
])
def test_a_directors_pronoun_owns_his_dated_film(facts_of, text, expected):
    assert {f for f in facts_of(text) if f[1] == "directedBy"} == expected


@pytest.mark.parametrize("text", [
    # Twins from a probe of the possessive, list and pronoun rules: a producer's festival title
    # directed by another; "his" read back to a woman; a favourite list; a clause crediting the
    # items otherwise; "her" read back to a man; a year alone on a series; an actor's own film;
    # a car.
    "Producer Tom Hale has a busy May. Hale's Cannes Competition title Night Train is directed by Ana Ruiz.",
    "Director Ana Ruiz praised actor Tom Hale. His films include Tidewater and Moth Hour.",
    "Director Ana Ruiz is back. Her favourite films include Vertigo and Jaws.",
    "Director Ana Ruiz is back. Her films have included Tidewater, which she produced, and Moth Hour, which she wrote.",
    "Director Tom Hale cast Dana Vale. She first drew notice with her 1995 documentary Salt Road.",
    "Director Ana Ruiz has signed with CAA. Her 2019 Glass Houses starred Tom Hale.",
    "Director Tom Hale is back. He first appeared in his 1985 Salt Road, a film by his father.",
])
def test_a_probed_near_miss_gives_no_wrong_director(facts_of, text):
    wrong = {("Night Train", "Tom Hale"), ("Tidewater", "Ana Ruiz"), ("Moth Hour", "Ana Ruiz"), ("Vertigo", "Ana Ruiz"),
             ("Jaws", "Ana Ruiz"), ("Salt Road", "Tom Hale"), ("Glass Houses", "Ana Ruiz"), ("Ford Mustang", "Tom Hale")}
    assert not {(f[0], f[2]) for f in facts_of(text) if f[1] == "directedBy"} & wrong


@pytest.mark.xfail(strict=True, reason="a dated possession that is no work ('His 1959 Ford Mustang') is typed a work before the "
                                       "director's pronoun reads it as his film; nothing tells a car's name from a title here")
def test_a_directors_dated_possession_that_is_no_work_is_not_his_film(facts_of):
    facts = facts_of("Director Tom Hale died on Sunday. His 1959 Ford Mustang sold at auction.")
    assert ("Ford Mustang", "directedBy", "Tom Hale") not in facts


def test_an_associate_producer_on_a_dated_title_is_its_producer(facts_of):
    # "associate producer" is a screen credit; the year's possessive before the title is no object.
    facts = facts_of("Tomas Brenner was an associate producer on 1973's Harbour Lights.")
    assert ("Harbour Lights", "producer", "Tomas Brenner") in facts


def test_an_associate_director_is_a_crew_job_not_the_direction(facts_of):
    # Twin: the crew job gives no directedBy.
    assert not [f for f in facts_of("Dana Ruiz was the associate director of Harbour Lights.") if f[1] == "directedBy"]


def test_a_hyphened_writer_producer_on_a_list_of_titles_holds_both_credits(facts_of):
    facts = facts_of("Dana Ruiz was previously a writer-producer on \u201cHarbour Lights,\u201d \u201cEmber Hill\u201d and \u201cSalt Road.\u201d")
    for title in ("Harbour Lights", "Ember Hill", "Salt Road"):
        assert (title, "writtenBy", "Dana Ruiz") in facts
        assert (title, "producer", "Dana Ruiz") in facts


def test_a_hyphened_job_modifier_still_makes_a_post(facts_of):
    # Twin: "art-director" is a crew job, not a director's credit.
    assert not [f for f in facts_of("Dana Ruiz was the art-director on Harbour Lights.") if f[1] == "directedBy"]


def test_titles_after_a_past_role_on_are_in_the_persons_record():
    from mediakg.extract.relations.roles import told_in_passing
    # "Dana Ruiz was previously a writer-producer on Ember and the CW's Tide .": the parse need not
    # chain the list; every title after the past role's "on" is a calling card, so an untitled
    # credit in the next sentence does not fall back to it.
    words = ["Dana Ruiz", "was", "previously", "a", "writer", "-", "producer", "on", "Ember", "and", "the", "CW", "\u2019s", "Tide", "."]
    heads = [1, 1, 1, 6, 6, 6, 1, 6, 7, 1, 11, 13, 11, 1, 1]
    deps = ["nsubj", "ROOT", "advmod", "det", "compound", "punct", "attr", "prep", "pobj", "cc", "det", "poss", "case", "conj", "punct"]
    tags = ["NNP", "VBD", "RB", "DT", "NN", "HYPH", "NN", "IN", "NNP", "CC", "DT", "NNP", "POS", "NNP", "."]
    lemmas = ["Dana Ruiz", "be", "previously", "a", "writer", "-", "producer", "on", "Ember", "and", "the", "CW", "'s", "Tide", "."]
    doc = _card_doc(words, heads, deps, tags, lemmas, {0: "person", 8: "work", 11: "org", 13: "work"})
    assert told_in_passing(doc[13]) and told_in_passing(doc[8])
    # Twin: a role still to come ("will be a writer on") names the work the article is about.
    words2 = ["Dana Ruiz", "will", "be", "a", "writer", "on", "Tide", "."]
    doc2 = _card_doc(words2, [2, 2, 2, 4, 2, 4, 5, 2], ["nsubj", "aux", "ROOT", "det", "attr", "prep", "pobj", "punct"],
                     ["NNP", "MD", "VB", "DT", "NN", "IN", "NNP", "."], ["Dana Ruiz", "will", "be", "a", "writer", "on", "Tide", "."],
                     {0: "person", 6: "work"})
    assert not told_in_passing(doc2[6])


def test_a_quoted_one_character_title_opening_odd_text_is_read_without_a_crash(extraction_of):
    # Found by the fuzz test: a title token that opens the document before its sentence's start
    # once crashed the byline reading (an index of -1); the text gives one odd work and no fact.
    x = extraction_of('0\u00ab0"0')
    assert not isinstance(x, str) and not x.facts


@pytest.mark.parametrize(("text", "known"), [
    ("Ana Ruiz directed \u201cSalt Road\u201d last year. Her 2000 feature directorial debut \u201cStone Age\u201d won a prize.", True),
    ("\u201cStone Age\u201d marked Ana Ruiz\u2019s directorial debut.", True),
    # Twins: a debut to come is no calling card yet.
    ("Ana Ruiz\u2019s upcoming directorial debut \u201cStone Age\u201d shoots in May.", False),
    ("\u201cStone Age\u201d will mark Ana Ruiz\u2019s directorial debut.", False),
])
def test_a_directorial_debut_done_is_a_calling_card(facts_of, text, known):
    # "Her 2000 feature directorial debut X won ...": a dated or past debut is the director's calling card.
    facts = facts_of(text)
    assert ("Stone Age", "directedBy", "Ana Ruiz") in facts
    assert (("Ana Ruiz", "knownFor", "Stone Age") in facts) is known
