"""The relation engine on hand-built parses: entity tokens are tagged by the test, not the model.

Each test builds a Doc whose words are already merged entity mentions ("Ana Lopez" is one token),
sets the token extensions the document stage would set, and runs a RuleSet of one rule taken
from the rule modules.
"""
from __future__ import annotations

import dataclasses

import pytest
import spacy
from spacy.tokens import Doc

import mediakg.extract.document  # noqa: F401  (registers mkg_entity, mkg_kind, mkg_class)
from mediakg.extract.records import Evidence, Fact
from mediakg.extract.relations import corporate, credits, places, works
from mediakg.extract.relations.engine import Default, Rule, RuleSet, coordinated, kinds, names_the_next_holder

ALL_RULES = [*credits.RULES, *works.RULES, *corporate.RULES, *places.RULES]
CLASS_OF = {"work": "CreativeWork", "person": "Person", "org": "Organization", "place": "Place",
            "facility": "Facility", "event": "Event"}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def rule(name: str) -> Rule:
    found = [r for r in ALL_RULES if r.name == name]
    assert len(found) == 1, f"rule {name!r} not found once in the rule modules"
    return found[0]


Tok = str | tuple  # "word" or ("word", key, kind) or ("word", key, kind, lemma)


def make_doc(vocab, *sentences: list[Tok]) -> Doc:
    """A Doc of one or more sentences; ("Ana Lopez", "p1", "person") is a tagged entity token."""
    words, lemmas, tags, starts = [], [], [], []
    for sentence in sentences:
        for i, tok in enumerate(sentence):
            tok = (tok,) if isinstance(tok, str) else tok
            words.append(tok[0])
            tags.append(tok[1:3] if len(tok) >= 3 and tok[1] else None)
            lemmas.append(tok[3] if len(tok) >= 4 else tok[0].lower())
            starts.append(i == 0)
    spaces = [i + 1 < len(words) and words[i + 1] not in {".", ",", ";", "!", "?", "'s"} for i in range(len(words))]
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts, lemmas=lemmas)
    for token, tag in zip(doc, tags):
        if tag:
            key, kind = tag
            token._.mkg_entity = key
            token._.mkg_kind = kind
            token._.mkg_class = CLASS_OF[kind]
    return doc


def run(rules: list[Rule] | Rule, doc: Doc, salient: dict[str, str] | None = None) -> list[Fact]:
    rules = [rules] if isinstance(rules, Rule) else rules
    return list(RuleSet(rules, salient=salient or {}).facts(doc))


def triples(facts: list[Fact]) -> set[tuple[str, str, str]]:
    return {(f.subject, f.predicate, f.object) for f in facts}


WORK = lambda w, key="w1": (w, key, "work")  # noqa: E731
PERSON = lambda w, key="p1": (w, key, "person")  # noqa: E731
ORG = lambda w, key="o1": (w, key, "org")  # noqa: E731
PLACE = lambda w, key="c1": (w, key, "place")  # noqa: E731


# --- a single rule, ends matched or inferred ---------------------------------------------------

def test_passive_directed_by_takes_the_work_of_the_sentence(vocab):
    doc = make_doc(vocab, ["The", WORK("film"), "was", "directed", "by", PERSON("Ana Lopez"), "."])
    facts = run(rule("credits.directed_by"), doc)
    assert triples(facts) == {("w1", "directedBy", "p1")}
    fact = facts[0]
    assert fact.rule == "credits.directed_by"
    assert fact.is_attribute is False
    assert fact.evidence == Evidence("The film was directed by Ana Lopez.", 0, len(doc.text))


def test_inferred_end_is_less_sure_than_a_matched_one(vocab):
    r = rule("credits.at_the_helm")
    inferred = run(r, make_doc(vocab, ["The", WORK("series"), "has", PERSON("Ana Lopez"), "at", "the", "helm", "."]))
    assert triples(inferred) == {("w1", "directedBy", "p1")}
    assert 0 < inferred[0].confidence < r.confidence

    matched = run(rule("works.known_for"), make_doc(
        vocab, [PERSON("Ana Lopez"), "is", "known", "for", WORK("Glass Garden"), "."]))
    assert triples(matched) == {("p1", "knownFor", "w1")}
    assert matched[0].confidence == rule("works.known_for").confidence


def test_deal_with_names_both_organisations(vocab):
    doc = make_doc(vocab, [ORG("Netflix", "o1"), "signed", "a", "multi-year", "agreement", "with", ORG("Harbor Studios", "o2"), "."])
    assert triples(run(rule("corporate.deal_with"), doc)) == {("o1", "partnersWith", "o2")}


def test_lemma_patterns_read_the_lemma(vocab):
    """corporate.acquires matches on the lemma "acquire", so "acquired" needs its lemma set."""
    doc = make_doc(vocab, [ORG("Lionsgate", "o1"), ("acquired", None, None, "acquire"), ORG("Harbor Studios", "o2"), "."])
    assert triples(run(rule("corporate.acquires"), doc)) == {("o1", "acquires", "o2")}
    no_lemma = make_doc(vocab, [ORG("Lionsgate", "o1"), ("acquired", None, None, "acquired"), ORG("Harbor Studios", "o2"), "."])
    assert run(rule("corporate.acquires"), no_lemma) == []


def test_event_in_city(vocab):
    doc = make_doc(vocab, ["The", "slate", "was", "shown", "at", ("Screen Forward", "v1", "event"), "in", PLACE("Seoul"), "."])
    assert triples(run(rule("places.in"), doc)) == {("v1", "locatedIn", "c1")}


def test_possessive_facility(vocab):
    doc = make_doc(vocab, [ORG("Harbor Studios"), "'s", "new", ("No. 5 Stage", "f1", "facility"), "."])
    doc[1].tag_ = "POS"  # the small model's tag; newer rules may read the form alone
    assert triples(run(rule("corporate.possessive_facility"), doc)) == {("o1", "owns", "f1")}


# --- coordination --------------------------------------------------------------------------------

def test_stars_a_and_b_gives_both(vocab):
    doc = make_doc(vocab, ["The", WORK("series"), "stars", PERSON("Anna Cole", "p1"), "and", PERSON("Mark Ellis", "p2"), "."])
    assert triples(run(rule("credits.starring"), doc)) == {("w1", "starring", "p1"), ("w1", "starring", "p2")}


def test_stars_a_b_and_c_gives_all_three(vocab):
    doc = make_doc(vocab, ["The", WORK("film"), "stars", PERSON("Anna Cole", "p1"), ",", PERSON("Mark Ellis", "p2"),
                           "and", PERSON("Lena Roy", "p3"), "."])
    assert triples(run(rule("credits.starring"), doc)) == {
        ("w1", "starring", "p1"), ("w1", "starring", "p2"), ("w1", "starring", "p3")}


def test_coordination_stops_at_an_entity_of_another_kind(vocab):
    doc = make_doc(vocab, ["The", WORK("film"), "stars", PERSON("Anna Cole", "p1"), "and", ORG("Hulu", "o1"), "."])
    assert triples(run(rule("credits.starring"), doc)) == {("w1", "starring", "p1")}


def test_known_for_a_and_b(vocab):
    doc = make_doc(vocab, [PERSON("Park Ji-won"), "is", "known", "for", WORK("Glass Garden", "w1"), "and",
                           WORK("Crimson Tide", "w2"), "."])
    assert triples(run(rule("works.known_for"), doc)) == {("p1", "knownFor", "w1"), ("p1", "knownFor", "w2")}


def test_coordinate_false_keeps_only_the_matched_end(vocab):
    doc = make_doc(vocab, ["The", WORK("series"), "stars", PERSON("Anna Cole", "p1"), "and", PERSON("Mark Ellis", "p2"), "."])
    single = dataclasses.replace(rule("credits.starring"), coordinate=False)
    assert triples(run(single, doc)) == {("w1", "starring", "p1")}


def test_coordinated_helper_lists_the_entities(vocab):
    doc = make_doc(vocab, ["with", PERSON("Anna Cole", "p1"), ",", PERSON("Mark Ellis", "p2"), "and", PERSON("Lena Roy", "p3"), "."])
    assert [t._.mkg_entity for t in coordinated(doc[1])] == ["p1", "p2", "p3"]
    assert [t._.mkg_entity for t in coordinated(doc[5])] == ["p3"]


# --- defaults: the sentence, then the salient entity --------------------------------------------

def test_salient_work_fills_a_missing_subject(vocab):
    doc = make_doc(vocab, [WORK("Glass Garden", "w9"), "opens", "soon", "."], ["Critics", "agree", "."],
                   ["It", "was", "directed", "by", PERSON("Ana Lopez"), "."])
    assert triples(run(rule("credits.directed_by"), doc, salient={"work": "w9"})) == {("w9", "directedBy", "p1")}


def test_salient_work_of_another_roundup_item_fills_nothing(vocab):
    """"It was directed by X. ... Separately, Glass Garden ...": the later item's title is not
    what the earlier unnamed credit is about."""
    doc = make_doc(vocab, ["It", "was", "directed", "by", PERSON("Ana Lopez"), "."],
                   ["Separately", ",", WORK("Glass Garden", "w9"), "opens", "soon", "."])
    assert run(rule("credits.directed_by"), doc, salient={"work": "w9"}) == []


def test_without_salient_or_sentence_work_there_is_no_fact(vocab):
    doc = make_doc(vocab, ["It", "was", "directed", "by", PERSON("Ana Lopez"), "."])
    assert run(rule("credits.directed_by"), doc) == []


def test_salient_work_in_the_sentence_beats_a_nearer_one(vocab):
    doc = make_doc(vocab, ["The", WORK("series", "w2"), "echoes", WORK("Glass Garden", "w1"), "and", "was",
                           "directed", "by", PERSON("Ana Lopez"), "."])
    assert triples(run(rule("credits.directed_by"), doc, salient={"work": "w2"})) == {("w2", "directedBy", "p1")}
    assert triples(run(rule("credits.directed_by"), doc)) == {("w1", "directedBy", "p1")}


def test_sentence_work_beats_a_salient_one_elsewhere(vocab):
    doc = make_doc(vocab, ["The", WORK("film", "w1"), "was", "directed", "by", PERSON("Ana Lopez"), "."])
    assert triples(run(rule("credits.directed_by"), doc, salient={"work": "w9"})) == {("w1", "directedBy", "p1")}


def test_default_reaches_the_previous_sentence(vocab):
    """"The film opens soon. It was directed by X.": the work of the sentence before."""
    doc = make_doc(vocab, ["The", WORK("film"), "opens", "soon", "."], ["It", "was", "directed", "by", PERSON("Ana Lopez"), "."])
    facts = run(rule("credits.directed_by"), doc)
    assert triples(facts) == {("w1", "directedBy", "p1")}
    # The evidence is the sentence that states the credit, not the one that names the work.
    assert facts[0].evidence.sentence == "It was directed by Ana Lopez."
    assert doc.text[facts[0].evidence.start:facts[0].evidence.end] == "It was directed by Ana Lopez."


def test_default_goes_no_further_back_than_one_sentence(vocab):
    doc = make_doc(vocab, ["The", WORK("film"), "opens", "soon", "."], ["Tickets", "are", "on", "sale", "."],
                   ["It", "was", "directed", "by", PERSON("Ana Lopez"), "."])
    assert run(rule("credits.directed_by"), doc) == []
    # Only the work the article is about reaches further, when the article names it.
    assert triples(run(rule("credits.directed_by"), doc, salient={"work": "w1"})) == {("w1", "directedBy", "p1")}
    assert run(rule("credits.directed_by"), doc, salient={"work": "w9"}) == []


def test_sentence_default_without_salient_stays_in_the_sentence(vocab):
    """Default.SENTENCE (not ..._OR_SALIENT) never looks outside its own sentence."""
    r = rule("corporate.role_comma_person")
    assert r.object_default is Default.SENTENCE
    doc = make_doc(vocab, [ORG("Harbor Studios"), "grew", "."], ["Its", "president", ",", PERSON("Ana Lopez"), ",", "spoke", "."])
    assert run(r, doc) == []
    same = make_doc(vocab, ["The", "president", ",", PERSON("Ana Lopez"), ",", "joined", ORG("Harbor Studios"), "."])
    assert triples(run(r, same)) == {("p1", "employedBy", "o1")}


def test_sentence_left_default_looks_only_left(vocab):
    r = rule("works.based_on")
    assert r.subject_default is Default.SENTENCE_LEFT
    left = make_doc(vocab, ["The", WORK("series", "w1"), "is", "based", "on", "the", "novel", WORK("Salt Road", "w2"), "."])
    assert triples(run(r, left)) == {("w1", "basedOn", "w2")}
    right_only = make_doc(vocab, ["Based", "on", "the", "novel", WORK("Salt Road", "w2"), ",", "the", WORK("series", "w1"),
                                  "opens", "soon", "."])
    assert ("w1", "basedOn", "w2") not in triples(run(r, right_only))


# --- kinds ---------------------------------------------------------------------------------------

def test_object_of_the_wrong_kind_gives_nothing(vocab):
    doc = make_doc(vocab, ["The", WORK("film"), "was", "directed", "by", ORG("Harbor Studios"), "."])
    assert run(rule("credits.directed_by"), doc) == []


def test_subject_of_the_wrong_kind_gives_nothing(vocab):
    doc = make_doc(vocab, [PERSON("Ana Lopez"), "lives", "in", PLACE("Lisbon"), "."])
    assert run(rule("places.in"), doc) == []


def test_engine_checks_kinds_of_matched_ends(vocab):
    """A pattern that admits more kinds than the rule's range yields no fact of the wrong kind."""
    doc = make_doc(vocab, [ORG("Harbor Studios"), "is", "based", "in", PLACE("Lisbon"), "."])
    assert triples(run(rule("places.based_in"), doc)) == {("o1", "locatedIn", "c1")}
    narrowed = dataclasses.replace(rule("places.based_in"), subject_kinds=kinds("facility"))
    assert run(narrowed, doc) == []


def test_no_default_work_of_the_wrong_kind(vocab):
    """With no work in the sentence, an organisation is not taken for one."""
    doc = make_doc(vocab, [ORG("Harbor Studios"), "said", "it", "was", "directed", "by", PERSON("Ana Lopez"), "."])
    assert run(rule("credits.directed_by"), doc) == []


def test_same_entity_at_both_ends_gives_nothing(vocab):
    doc = make_doc(vocab, [ORG("Netflix", "o1"), "signed", "a", "deal", "with", ORG("Netflix", "o1"), "."])
    doc[3].lemma_ = "deal"
    assert run(rule("corporate.deal_with"), doc) == []


def test_untagged_tokens_are_not_entities(vocab):
    doc = make_doc(vocab, ["The", "film", "was", "directed", "by", "Ana", "Lopez", "."])
    assert run(rule("credits.directed_by"), doc, salient={"work": "w1"}) == []


def test_several_rules_in_one_set(vocab):
    doc = make_doc(vocab, ["The", WORK("series"), "stars", PERSON("Anna Cole", "p1"), ",", "with", PERSON("Ana Lopez", "p2"),
                           "at", "the", "helm", "."])
    facts = run([rule("credits.starring"), rule("credits.at_the_helm")], doc)
    assert ("w1", "starring", "p1") in triples(facts)
    assert ("w1", "directedBy", "p2") in triples(facts)
    assert {f.rule for f in facts} >= {"credits.starring", "credits.at_the_helm"}


def test_a_credit_in_an_apposition_belongs_to_the_title_it_describes(facts_of):
    # She starred in Copperhead: a calling card, yet the apposition's credit is Copperhead's own.
    facts = facts_of("Mara Quill recently starred in Copperhead, a 2021 thriller directed by Tomas Brenner.")
    assert ("Copperhead", "directedBy", "Tomas Brenner") in facts
    facts = facts_of("Mara Quill recently starred in Copperhead, a 2021 thriller written and directed by Tomas Brenner.")
    assert ("Copperhead", "directedBy", "Tomas Brenner") in facts
    assert ("Copperhead", "writtenBy", "Tomas Brenner") in facts


def test_a_possessive_before_a_parenthesis_of_credits_is_not_authorship(facts_of):
    facts = facts_of("Orchard Street has cast Mara Quill in Tomas Brenner's (Saltmarsh, Low Tide) new drama.")
    assert not {f for f in facts if f[1] == "writtenBy"}


def test_a_credit_on_a_described_untitled_work_goes_to_no_title(facts_of):
    # The article is about Copperhead, but "a legal drama written by P" is another, unnamed work.
    text = "Orchard Street has ordered the drama Copperhead from Fenwick Studios. "
    for clause in ("Mara Quill has joined a legal drama written by Tomas Brenner.",
                   "Nina Holt stars in an untitled thriller directed by Tomas Brenner.",
                   "Nina Holt stars in an untitled thriller written and directed by Tomas Brenner."):
        assert not {f for f in facts_of(text + clause) if "Tomas Brenner" in f}
    # Its twin: the article's own work described with "the" keeps the credit.
    assert ("Copperhead", "directedBy", "Tomas Brenner") in facts_of(
        text + "Nina Holt stars in the thriller, which is directed by Tomas Brenner.")


# --- a credit whose participle hangs on a title the finders missed ----------------------------

def _parsed(vocab, words, heads, deps, tags, pos, entities):
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    for i, (key, kind) in entities.items():
        doc[i]._.mkg_entity, doc[i]._.mkg_kind, doc[i]._.mkg_class = key, kind, CLASS_OF[kind]
    return doc


def test_a_credit_on_a_capitalised_name_no_entity_covers_is_no_other_works(vocab, missed_title_parse):
    # "Glasshouse is a drama. Other titles include The Teacher starring Jane Roe."
    p = missed_title_parse
    doc = _parsed(vocab, p["words"], p["heads"], p["deps"], p["tags"], p["pos"], {0: ("w1", "work"), 11: ("p1", "person")})
    assert run(rule("credits.starring"), doc, salient={"work": "w1"}) == []


def test_a_credit_on_the_works_own_noun_still_reads_it(vocab):
    # "Glasshouse is a drama. The series, starring Jane Roe, debuts in May." ("series" stands for Glasshouse)
    words = ["Glasshouse", "is", "a", "drama", ".", "The", "series", ",", "starring", "Jane Roe", ",", "debuts", "."]
    heads = [1, 1, 3, 1, 1, 6, 11, 6, 6, 8, 6, 11, 11]
    deps = ["nsubj", "ROOT", "det", "attr", "punct", "det", "nsubj", "punct", "acl", "dobj", "punct", "ROOT", "punct"]
    tags = ["NNP", "VBZ", "DT", "NN", ".", "DT", "NN", ",", "VBG", "NNP", ",", "VBZ", "."]
    pos = ["PROPN", "AUX", "DET", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = _parsed(vocab, words, heads, deps, tags, pos, {0: ("w1", "work"), 6: ("w1", "work"), 9: ("p1", "person")})
    assert triples(run(rule("credits.starring"), doc, salient={"work": "w1"})) == {("w1", "starring", "p1")}


# audit3: "a family drama written by P" credits the described work, even when the sentence names
# the article's main work earlier.
def test_a_described_untitled_work_keeps_its_credit_from_the_main_work(facts_of):
    facts = facts_of("Harbour TV has ordered Glasshouse from Dana Vale, and a chef comedy written by Sam Hale.")
    assert ("Glasshouse", "writtenBy", "Sam Hale") not in facts


def test_a_described_title_keeps_its_credit(facts_of):
    # Negative twin: "Glasshouse, a legal drama written by P" describes the title itself.
    assert ("Glasshouse", "writtenBy", "Dana Vale") in facts_of("Glasshouse, a legal drama written by Dana Vale, premieres in May.")


def test_rel5_executive_produced_by_after_a_title_is_that_titles(facts_of):
    # "X, executive produced by A, ...; and Y": the participle phrase right after a title's comma
    # is that title's, the job word "executive" being part of the participle.
    facts = facts_of("Upcoming Harbour Films series include Glasshouse, executive produced by Jane Roe and Sam Lee, "
                     "which was renewed last month; and the anthology Moonfall, based on a novel.")
    assert {f for f in facts if f[1] == "executiveProducer"} == {
        ("Glasshouse", "executiveProducer", "Jane Roe"), ("Glasshouse", "executiveProducer", "Sam Lee")}


def test_a_work_a_sale_is_on_is_not_named_in_passing(facts_of):
    # "sales on X" names the work sold, unlike "her work on X" (a calling card).
    facts = facts_of("Bavaro Sales closed several territory sales on the drama Cold Harbor, with Kinoplex Films taking Brazil.")
    assert ("Kinoplex Films", "acquires", "Cold Harbor") in facts


def test_a_title_inside_a_relative_clause_takes_no_main_clause_credit(facts_of):
    # "A, who has written books including X, and B will executive produce": X is A's calling
    # card; the unnamed credit is the article's series'.
    facts = facts_of("Harbour TV has ordered the drama series Salt Road. Jo Mills, who has written more than 20 books, "
                     "including the bestsellers \u201cTiny Boats\u201d and \u201cMoon Pie,\u201d and Carl Ennis will executive produce.")
    eps = {f for f in facts if f[1] == "executiveProducer"}
    assert eps and all(f[0] == "Salt Road" for f in eps)


def test_a_title_in_the_credits_own_relative_clause_keeps_it(facts_of):
    # Twin: the relative clause that holds the credit verb is said of its own title.
    facts = facts_of("The series Salt Road, which Carl Ennis will executive produce, premieres in May.")
    assert ("Salt Road", "executiveProducer", "Carl Ennis") in facts


def test_the_work_a_partnership_is_on_takes_the_next_sentences_credits(facts_of):
    # "are joining forces on X": X is what the sentence reports, not a title named in passing,
    # so the unnamed credits after it are X's, not the article's first work's.
    facts = facts_of("Harbor Lane Pictures is producing Saltmarsh, a drama starring Lena Ortiz. Kestrel Media and Dune Films "
                     "are joining forces on The Glass Orchard, a thriller starring Tom Reyes. Ana Ruiz directs from a script by Paul Kemp.")
    assert ("The Glass Orchard", "directedBy", "Ana Ruiz") in facts
    assert ("Saltmarsh", "directedBy", "Ana Ruiz") not in facts


def test_a_work_someone_worked_on_is_still_in_passing(facts_of):
    # Twin: "worked on X" names a past credit; the unnamed credit stays with the article's work.
    facts = facts_of("Harbor Lane Pictures is producing the drama Saltmarsh. Lena Ortiz previously worked on The Glass Orchard. "
                     "Ana Ruiz directs from a script by Paul Kemp.")
    assert ("The Glass Orchard", "directedBy", "Ana Ruiz") not in facts


def test_a_new_clause_after_an_object_list_is_no_item(facts_of):
    # "on X starring A and B, and C returns as director": C opens a new clause.
    text = ("Kris Vale makes her debut behind the camera on North Star starring Mia Lund and Sara Moss, "
            "and Tom Hale returns for a second stint as director.")
    facts = facts_of(text)
    assert {("North Star", "starring", "Mia Lund"), ("North Star", "starring", "Sara Moss")} <= facts
    assert ("North Star", "starring", "Tom Hale") not in facts


@pytest.mark.parametrize("text", [
    # Twins: an Oxford comma in an object list, and a subject list whose verb follows its last name.
    "North Star stars Mia Lund, Sara Moss, and Tom Hale.",
    "Harbour Films said Mia Lund, Sara Moss, and Tom Hale will star in North Star.",
])
def test_an_oxford_comma_list_keeps_its_last_item(facts_of, text):
    assert ("North Star", "starring", "Tom Hale") in facts_of(text)


@pytest.mark.parametrize("text", [
    # A person's work with no title of its own: no other title takes its cast.
    "Warner moved The Lantern to 2027. Ana Ruiz's movie stars Mia Cole and Dan Frost.",
    "Ana Ruiz directed Glasshouse. Her new film stars Mia Cole and Dan Frost.",
])
def test_a_persons_untitled_work_gives_no_other_title_its_cast(facts_of, text):
    assert not any(f[1] == "starring" for f in facts_of(text))


def test_the_film_after_a_title_takes_its_cast(facts_of):
    # Twin: "the film" goes back to the title.
    assert ("Glasshouse", "starring", "Mia Cole") in facts_of("Ana Ruiz directed Glasshouse. The film stars Mia Cole.")


def test_credits_in_a_whose_clause_on_an_untitled_work_go_nowhere(facts_of):
    # "A, whose untitled project will be directed by B and star C, penned the series": the
    # clause credits A's other, unnamed project, not the series the sentence is about.
    facts = facts_of("Channel 9 has ordered Opposite Tide. Matt Hale, whose untitled spy project will be directed "
                     "by Tom Brill and star Dana Vale, penned the series.")
    assert not {f for f in facts if f[1] in ("directedBy", "starring")}


def test_credits_in_a_whose_clause_go_to_the_work_it_names(facts_of):
    # Twin: the clause's subject names its title, which takes its credit.
    facts = facts_of("Channel 9 has ordered Opposite Tide. Matt Hale, whose drama \u201cLow Harbour\u201d will be "
                     "directed by Tom Brill, penned the series.")
    assert {f for f in facts if f[1] == "directedBy"} == {("Low Harbour", "directedBy", "Tom Brill")}


def test_credits_in_a_whose_clause_on_a_character_stay_with_the_work(facts_of):
    # "whose character is written by B": a character is no untitled work; the credit is the work's.
    facts = facts_of("\u201cSalt Road\u201d stars Dana Vale, whose character is written by Tom Brill as a grieving widow.")
    assert ("Salt Road", "writtenBy", "Tom Brill") in facts


@pytest.mark.parametrize("words, kinds_at, expected", [
    # "vice-chair Kiro Vale": a name right after a title holds it, whatever the NER called it.
    (["Lumen", "\u2019s", "vice-chair", "Kiro Vale", ","], {0: "org", 3: "org"}, True),
    (["Lumen", "\u2019s", "chief", "executive", "Kiro Vale", ","], {0: "org", 4: "person"}, True),
    # Negative twins: the title's company after "of" or "at", a territory after the title.
    (["Lumen", "\u2019s", "head", "of", "Harbour Films", ","], {0: "org", 4: "org"}, False),
    (["Lumen", "\u2019s", "director", "Japan", ","], {0: "org", 3: "place"}, False),
])
def test_a_bare_name_after_a_job_title_is_the_titles_holder(words, kinds_at, expected):
    pos = ["PROPN" if i in kinds_at else "NOUN" if w[0].islower() else "PUNCT" for i, w in enumerate(words)]
    pos = [("ADP" if w == "of" else "PART" if w == "\u2019s" else p) for w, p in zip(words, pos)]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    for i, kind in kinds_at.items():
        doc[i]._.mkg_kind = kind
    title = next(t for t in doc if t.text in ("vice-chair", "executive", "head", "director"))
    assert names_the_next_holder(title) is expected


def test_a_list_of_titles_each_with_its_makers_possessive_and_as_well_as(facts_of):
    # "as well as" joins the last item as "and" does; a maker's possessive opens each item.
    facts = facts_of("Vera Lund can currently be seen in Dana Ruiz's Ember Hill, Mara Quill's Salt Road, "
                     "as well as Ivo Marsh's Copper Sky.")
    assert {s for s, p, o in facts if p == "starring" and o == "Vera Lund"} == {"Ember Hill", "Salt Road", "Copper Sky"}


def test_as_well_as_before_a_verb_joins_no_title(facts_of):
    # Twin: "as well as directing it" continues no list of titles.
    facts = facts_of("Vera Lund stars in Ember Hill as well as directing it.")
    assert {s for s, p, o in facts if p == "starring"} == {"Ember Hill"}
