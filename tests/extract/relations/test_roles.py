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
])
def test_a_directorial_debut_directs_the_work(facts_of, sentence):
    assert {f for f in facts_of(sentence) if f[1] == "directedBy"} == {("Lantern", "directedBy", "Tom Hale")}


def test_a_directorial_debut_in_talks_is_no_credit(facts_of):
    assert not {f for f in facts_of("Tom Hale is in talks to make his directorial debut with \u201cLantern.\u201d") if f[1] == "directedBy"}
