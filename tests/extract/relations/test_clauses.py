"""Credits read from the dependency parse, on hand-built parses: the test fixes the tree, so
these cases hold whatever the statistical parser does with a sentence.

Entity mentions are single tokens ("Ana Lopez"), tagged as the document stage tags them.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import mediakg.extract.document  # noqa: F401  (registers the token extensions)
from mediakg.extract.relations.clauses import clause_facts, subjects

KINDS = {"Ana Lopez": ("p1", "person"), "Ben Hart": ("p2", "person"), "Night Road": ("w1", "work"),
         "Blue Hour": ("w2", "work"), "Cold Water": ("w3", "work")}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def parsed(vocab, rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """rows: (word, head index, dep, pos, tag, lemma); a head pointing at itself is the root."""
    words, heads, deps, pos, tags, lemmas = (list(col) for col in zip(*rows))
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              sent_starts=[i == 0 for i in range(len(words))])
    for token in doc:
        if token.text in KINDS:
            token._.mkg_entity, token._.mkg_kind = KINDS[token.text]
    return doc


def triples(doc: Doc, salient_work: str = "") -> set[tuple[str, str, str]]:
    return {(f.subject, f.predicate, f.object) for f in clause_facts(doc, salient_work=salient_work)}


# "Ana Lopez, who wrote Blue Hour and directed the film Night Road, joined."
RELATIVE = [
    ("Ana Lopez", 10, "nsubj", "PROPN", "NNP", "Ana Lopez"),
    (",", 0, "punct", "PUNCT", ",", ","),
    ("who", 3, "nsubj", "PRON", "WP", "who"),
    ("wrote", 0, "relcl", "VERB", "VBD", "write"),
    ("Blue Hour", 3, "dobj", "PROPN", "NNP", "Blue Hour"),
    ("and", 3, "cc", "CCONJ", "CC", "and"),
    ("directed", 3, "conj", "VERB", "VBD", "direct"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("film", 6, "dobj", "NOUN", "NN", "film"),
    ("Night Road", 8, "appos", "PROPN", "NNP", "Night Road"),
    ("joined", 10, "ROOT", "VERB", "VBD", "join"),
    (".", 10, "punct", "PUNCT", ".", "."),
]


def test_who_clause_gives_its_antecedent_as_subject(vocab):
    doc = parsed(vocab, RELATIVE)
    assert [t.text for t in subjects(doc[3])] == ["Ana Lopez"]


def test_coordinated_verb_inherits_the_subject_through_who(vocab):
    doc = parsed(vocab, RELATIVE)
    assert [t.text for t in subjects(doc[6])] == ["Ana Lopez"]


def test_past_credits_in_a_relative_clause_are_credits_and_calling_cards(vocab):
    assert triples(parsed(vocab, RELATIVE)) == {
        ("w2", "writtenBy", "p1"), ("p1", "knownFor", "w2"),
        ("w1", "directedBy", "p1"), ("p1", "knownFor", "w1"),
    }


def test_future_credit_is_not_a_calling_card(vocab):
    # "Ana Lopez will direct Night Road."
    doc = parsed(vocab, [
        ("Ana Lopez", 2, "nsubj", "PROPN", "NNP", "Ana Lopez"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("direct", 2, "ROOT", "VERB", "VB", "direct"),
        ("Night Road", 2, "dobj", "PROPN", "NNP", "Night Road"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert triples(doc) == {("w1", "directedBy", "p1")}


def test_created_gives_only_a_calling_card(vocab):
    # "Ana Lopez created Blue Hour."
    doc = parsed(vocab, [
        ("Ana Lopez", 1, "nsubj", "PROPN", "NNP", "Ana Lopez"),
        ("created", 1, "ROOT", "VERB", "VBD", "create"),
        ("Blue Hour", 1, "dobj", "PROPN", "NNP", "Blue Hour"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert triples(doc) == {("p1", "knownFor", "w2")}


def test_coordinated_subjects_each_get_the_credit(vocab):
    # "Ana Lopez and Ben Hart wrote Cold Water."
    doc = parsed(vocab, [
        ("Ana Lopez", 3, "nsubj", "PROPN", "NNP", "Ana Lopez"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Ben Hart", 0, "conj", "PROPN", "NNP", "Ben Hart"),
        ("wrote", 3, "ROOT", "VERB", "VBD", "write"),
        ("Cold Water", 3, "dobj", "PROPN", "NNP", "Cold Water"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    assert {t for t in triples(doc) if t[1] == "writtenBy"} == {("w3", "writtenBy", "p1"), ("w3", "writtenBy", "p2")}


def test_the_source_of_the_object_is_not_the_object(vocab):
    # "Ana Lopez directed the remake of Cold Water."
    doc = parsed(vocab, [
        ("Ana Lopez", 1, "nsubj", "PROPN", "NNP", "Ana Lopez"),
        ("directed", 1, "ROOT", "VERB", "VBD", "direct"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("remake", 1, "dobj", "NOUN", "NN", "remake"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("Cold Water", 4, "pobj", "PROPN", "NNP", "Cold Water"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert triples(doc) == set()


# "Ana Lopez directed the pilot."
PILOT = [
    ("Ana Lopez", 1, "nsubj", "PROPN", "NNP", "Ana Lopez"),
    ("directed", 1, "ROOT", "VERB", "VBD", "direct"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("pilot", 1, "dobj", "NOUN", "NN", "pilot"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_the_pilot_is_the_work_of_the_article(vocab):
    facts = list(clause_facts(parsed(vocab, PILOT), salient_work="w1"))
    assert [(f.subject, f.predicate, f.object) for f in facts] == [("w1", "directedBy", "p1")]
    assert facts[0].confidence < 0.75  # an inferred work is less sure than a named one


def test_the_pilot_without_a_work_of_the_article_gives_nothing(vocab):
    assert triples(parsed(vocab, PILOT)) == set()


# "Ana Lopez will direct the pilot of Blue Hour."
PILOT_OF = [
    ("Ana Lopez", 2, "nsubj", "PROPN", "NNP", "Ana Lopez"),
    ("will", 2, "aux", "AUX", "MD", "will"),
    ("direct", 2, "ROOT", "VERB", "VB", "direct"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("pilot", 2, "dobj", "NOUN", "NN", "pilot"),
    ("of", 4, "prep", "ADP", "IN", "of"),
    ("Blue Hour", 5, "pobj", "PROPN", "NNP", "Blue Hour"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "Ana Lopez will direct the pilot of a new thriller."
PILOT_OF_UNNAMED = [
    ("Ana Lopez", 2, "nsubj", "PROPN", "NNP", "Ana Lopez"),
    ("will", 2, "aux", "AUX", "MD", "will"),
    ("direct", 2, "ROOT", "VERB", "VB", "direct"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("pilot", 2, "dobj", "NOUN", "NN", "pilot"),
    ("of", 4, "prep", "ADP", "IN", "of"),
    ("a", 8, "det", "DET", "DT", "a"),
    ("new", 8, "amod", "ADJ", "JJ", "new"),
    ("thriller", 5, "pobj", "NOUN", "NN", "thriller"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_the_pilot_of_a_named_work_is_that_works(vocab):
    assert triples(parsed(vocab, PILOT_OF), salient_work="w1") == {("w2", "directedBy", "p1")}


def test_the_pilot_of_an_unnamed_work_is_not_the_articles(vocab):
    assert triples(parsed(vocab, PILOT_OF_UNNAMED), salient_work="w1") == set()


def test_negated_credit_gives_nothing(vocab):
    # "Ana Lopez did not direct Night Road."
    doc = parsed(vocab, [
        ("Ana Lopez", 3, "nsubj", "PROPN", "NNP", "Ana Lopez"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("direct", 3, "ROOT", "VERB", "VB", "direct"),
        ("Night Road", 3, "dobj", "PROPN", "NNP", "Night Road"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    assert triples(doc) == set()


def test_passive_is_left_to_the_patterns(vocab):
    # "Night Road was directed by Ana Lopez." The "by" pattern reads it; the parse rule must not
    # take the work for the director.
    doc = parsed(vocab, [
        ("Night Road", 2, "nsubjpass", "PROPN", "NNP", "Night Road"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("directed", 2, "ROOT", "VERB", "VBN", "direct"),
        ("by", 2, "agent", "ADP", "IN", "by"),
        ("Ana Lopez", 3, "pobj", "PROPN", "NNP", "Ana Lopez"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert triples(doc) == set()


def test_infinitive_takes_the_person_hired_or_tapped(vocab):
    # "Ana Lopez was tapped to direct Night Road."
    tapped = parsed(vocab, [
        ("Ana Lopez", 2, "nsubjpass", "PROPN", "NNP", "Ana Lopez"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("tapped", 2, "ROOT", "VERB", "VBN", "tap"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("direct", 2, "advcl", "VERB", "VB", "direct"),
        ("Night Road", 4, "dobj", "PROPN", "NNP", "Night Road"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert triples(tapped) == {("w1", "directedBy", "p1")}
    # "Ben Hart hired Ana Lopez to write Night Road.": the one hired writes, not the one hiring.
    hired = parsed(vocab, [
        ("Ben Hart", 1, "nsubj", "PROPN", "NNP", "Ben Hart"),
        ("hired", 1, "ROOT", "VERB", "VBD", "hire"),
        ("Ana Lopez", 1, "dobj", "PROPN", "NNP", "Ana Lopez"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("write", 1, "xcomp", "VERB", "VB", "write"),
        ("Night Road", 4, "dobj", "PROPN", "NNP", "Night Road"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert triples(hired) == {("w1", "writtenBy", "p1")}


def test_verbs_listed_before_one_object_share_it(vocab):
    # "Ana Lopez will write and direct Night Road.": the object is the second verb's in the tree.
    doc = parsed(vocab, [
        ("Ana Lopez", 2, "nsubj", "PROPN", "NNP", "Ana Lopez"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("write", 2, "ROOT", "VERB", "VB", "write"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("direct", 2, "conj", "VERB", "VB", "direct"),
        ("Night Road", 4, "dobj", "PROPN", "NNP", "Night Road"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert triples(doc) == {("w1", "writtenBy", "p1"), ("w1", "directedBy", "p1")}


def test_a_verb_list_parsed_as_a_complement_is_still_a_list(vocab):
    # "Ana Lopez wrote, directed and produced Cold Water.": the small models hang "directed" on
    # "wrote" as an xcomp; every verb of the list is hers and takes the object.
    doc = parsed(vocab, [
        ("Ana Lopez", 1, "nsubj", "PROPN", "NNP", "Ana Lopez"),
        ("wrote", 1, "ROOT", "VERB", "VBD", "write"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("directed", 1, "xcomp", "VERB", "VBN", "direct"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("produced", 3, "conj", "VERB", "VBD", "produce"),
        ("Cold Water", 5, "dobj", "PROPN", "NNP", "Cold Water"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert {t for t in triples(doc) if t[1] != "knownFor"} == {
        ("w3", "writtenBy", "p1"), ("w3", "directedBy", "p1"), ("w3", "producer", "p1")}


def test_an_earlier_verb_does_not_lend_its_object_to_a_later_one(vocab):
    # "Ana Lopez wrote Blue Hour and will direct.": what she will direct is not said.
    doc = parsed(vocab, [
        ("Ana Lopez", 1, "nsubj", "PROPN", "NNP", "Ana Lopez"),
        ("wrote", 1, "ROOT", "VERB", "VBD", "write"),
        ("Blue Hour", 1, "dobj", "PROPN", "NNP", "Blue Hour"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("will", 5, "aux", "AUX", "MD", "will"),
        ("direct", 1, "conj", "VERB", "VB", "direct"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert triples(doc) == {("w2", "writtenBy", "p1"), ("p1", "knownFor", "w2")}


# "Ana Lopez will write the screenplay with Ben Hart."
SCREENPLAY = [
    ("Ana Lopez", 2, "nsubj", "PROPN", "NNP", "Ana Lopez"),
    ("will", 2, "aux", "AUX", "MD", "will"),
    ("write", 2, "ROOT", "VERB", "VB", "write"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("screenplay", 2, "dobj", "NOUN", "NN", "screenplay"),
    ("with", 4, "prep", "ADP", "IN", "with"),
    ("Ben Hart", 5, "pobj", "PROPN", "NNP", "Ben Hart"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_the_screenplay_is_the_text_of_the_work_and_with_names_a_co_writer(vocab):
    assert triples(parsed(vocab, SCREENPLAY), salient_work="w1") == {("w1", "writtenBy", "p1"), ("w1", "writtenBy", "p2")}
    assert triples(parsed(vocab, SCREENPLAY)) == set()  # no work the article is about: no credit


def test_directing_the_screenplay_is_no_writing_credit(vocab):
    # "Ana Lopez will direct the screenplay with Ben Hart.": only writing makes the script a credit.
    rows = [row if row[0] != "write" else ("direct", 2, "ROOT", "VERB", "VB", "direct") for row in SCREENPLAY]
    assert triples(parsed(vocab, rows), salient_work="w1") == set()


SEMICOLON_CREDITS = ("HBO has ordered the drama Salt Harbour. Dana Vale executive produces through Harbour Films; "
                     "Tom Hale (who directs the first two episodes); Mira Holt and Sam Reyes through Copperline; Jo Park.")


def test_a_relative_clause_credits_only_its_own_item_of_a_semicolon_list(facts_of):
    # "who directs" belongs to Tom Hale; the names after the next semicolon are other items.
    facts = facts_of(SEMICOLON_CREDITS)
    assert {f for f in facts if f[1] == "directedBy"} == {("Salt Harbour", "directedBy", "Tom Hale")}


def test_names_coordinated_without_a_semicolon_share_the_relative_clause(facts_of):
    # Negative twin: "Tom Hale and Jo Park, who direct the pilot" both direct.
    facts = facts_of("HBO has ordered the drama Salt Harbour. Tom Hale and Jo Park, who direct the pilot, also produce.")
    assert {f for f in facts if f[1] == "directedBy"} == {("Salt Harbour", "directedBy", "Tom Hale"), ("Salt Harbour", "directedBy", "Jo Park")}


# recall2: "A, who wrote and directed X": coordinated credit verbs of a relative clause, on the
# tokens (the parser often hangs the second verb on the title).
@pytest.mark.parametrize("sentence, expected, past", [
    ("Tom Hale, who wrote and directed Salt Road, will helm Copperhead for Harbour Films.",
     {("Salt Road", "writtenBy", "Tom Hale"), ("Salt Road", "directedBy", "Tom Hale")}, True),
    ("Tom Hale, who also wrote and executive produced the drama Salt Road, will helm Copperhead.",
     {("Salt Road", "writtenBy", "Tom Hale"), ("Salt Road", "executiveProducer", "Tom Hale")}, True),
    ("Tom Hale, who will write and direct Salt Road, joined Harbour Films.",
     {("Salt Road", "writtenBy", "Tom Hale"), ("Salt Road", "directedBy", "Tom Hale")}, False),
])
def test_coordinated_credit_verbs_after_who(facts_of, sentence, expected, past):
    facts = facts_of(sentence)
    assert {f for f in facts if f[0] == "Salt Road" and f[1] in ("writtenBy", "directedBy", "executiveProducer", "producer")} == expected
    assert (("Tom Hale", "knownFor", "Salt Road") in facts) == past


@pytest.mark.parametrize("sentence", [
    "Tom Hale, who reportedly wrote and directed Salt Road, will helm Copperhead.",
    "Tom Hale, who wrote and directed a play before the film Salt Road, will helm Copperhead.",
    "Tom Hale, who praised and promoted Salt Road, will helm Copperhead.",
])
def test_no_credit_chain_when_hedged_or_on_another_object(facts_of, sentence):
    assert not {f for f in facts_of(sentence) if f[0] == "Salt Road" and f[1] in ("writtenBy", "directedBy")}


def test_previously_she_credits_the_last_named_person(facts_of):
    facts = facts_of("Harbour Films has hired Mara Quill as head of drama. "
                     "Previously she produced Salt Road and Ember for Orchard Street.")
    assert {f for f in facts if f[1] in ("producer", "knownFor")} == {
        ("Salt Road", "producer", "Mara Quill"), ("Ember", "producer", "Mara Quill"),
        ("Mara Quill", "knownFor", "Salt Road"), ("Mara Quill", "knownFor", "Ember")}


def test_executive_produces_credits_the_name_the_parser_hung_on_executive(facts_of):
    # tv7: "A executive produces X and Y": the parser reads "executive" as the verb's subject
    facts = facts_of("Dana Kirsch executive produces Blue Harbor and The Long Tide.")
    assert {f for f in facts if f[1] == "executiveProducer"} == {
        ("Blue Harbor", "executiveProducer", "Dana Kirsch"), ("The Long Tide", "executiveProducer", "Dana Kirsch")}


def test_created_and_executive_produced_credits_the_subject_of_the_first_verb(facts_of):
    # tv7: "A previously created and executive produced X and Y"
    facts = facts_of("Dana Kirsch previously created and executive produced Blue Harbor and Glass Orchard.")
    assert ("Glass Orchard", "executiveProducer", "Dana Kirsch") in facts
    assert ("Blue Harbor", "executiveProducer", "Dana Kirsch") in facts


def test_an_executive_as_subject_credits_no_one(facts_of):
    # negative twin: "The executive produces X" names no person
    facts = facts_of("The executive produces Blue Harbor and The Long Tide.")
    assert not {f for f in facts if f[1] == "executiveProducer"}


def test_created_and_hyphened_executive_produced_shares_the_first_verbs_subject_and_object(facts_of):
    # tv7: "Before that, she created and executive-produced X, Y and Z"
    facts = facts_of("Dana Kirsch joined in 2000. Before that, she created and executive-produced Blue Harbor, Salt Road and Cold Water.")
    assert {f for f in facts if f[1] == "executiveProducer"} == {
        ("Blue Harbor", "executiveProducer", "Dana Kirsch"), ("Salt Road", "executiveProducer", "Dana Kirsch"),
        ("Cold Water", "executiveProducer", "Dana Kirsch")}


def test_a_hyphened_modifier_that_is_no_credit_verb_gives_no_credit(facts_of):
    # negative twin: "the acclaimed and much-produced X" is an adjective, not a second credit
    facts = facts_of("Dana Kirsch wrote the acclaimed and much-produced Blue Harbor.")
    assert {f for f in facts if f[1] in ("producer", "executiveProducer")} == set()


def test_exec_produces_is_the_executive_producer_credit(facts_of):
    # tv7: trade shorthand "A exec produces X and Y"
    facts = facts_of("Dana Kirsch exec produces Blue Harbor and Salt Road.")
    assert {f for f in facts if f[1] == "executiveProducer"} == {
        ("Blue Harbor", "executiveProducer", "Dana Kirsch"), ("Salt Road", "executiveProducer", "Dana Kirsch")}


def test_titles_in_an_including_list_under_a_plural_work_noun_are_the_verbs_objects(facts_of):
    # tv7: "A has produced a slew of hits over her career, including X, Y and Z"
    facts = facts_of("Dana Kirsch has produced a slew of hits over her career, including Blue Harbor, Glass Orchard and Salt Road.")
    assert {f for f in facts if f[1] == "producer"} == {
        ("Blue Harbor", "producer", "Dana Kirsch"), ("Glass Orchard", "producer", "Dana Kirsch"), ("Salt Road", "producer", "Dana Kirsch")}
    assert ("Dana Kirsch", "knownFor", "Salt Road") in facts


def test_an_including_list_under_no_work_noun_is_no_credit(facts_of):
    # negative twin: "ads for brands including X": the list names companies, not the verb's works
    facts = facts_of("Tom Reyes has directed ads for brands including Harbour Films.")
    assert {f for f in facts if f[1] == "directedBy"} == set()


def test_a_relative_clause_after_a_list_of_three_is_said_of_the_last_name(facts_of):
    # "produced by A, B and C (Y), who also directed it": the clause follows, and describes, C.
    facts = facts_of("The comedy Wyvern was produced by Tessa Marlowe, Owen Pike and Ray Dunn (Tall Grass), "
                     "who also directed the film Wyvern.")
    assert {f for f in facts if f[1] == "directedBy"} == {("Wyvern", "directedBy", "Ray Dunn")}


# "Ana Lopez directed Night Road with Ben Hart."
DIRECTED_WITH = [
    ("Ana Lopez", 1, "nsubj", "PROPN", "NNP", "Ana Lopez"),
    ("directed", 1, "ROOT", "VERB", "VBD", "direct"),
    ("Night Road", 1, "dobj", "PROPN", "NNP", "Night Road"),
    ("with", 1, "prep", "ADP", "IN", "with"),
    ("Ben Hart", 3, "pobj", "PROPN", "NNP", "Ben Hart"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_directing_a_work_with_someone_names_no_co_director(vocab):
    # The people a director works "with" are mostly the cast: only the subject directed.
    assert {t for t in triples(parsed(vocab, DIRECTED_WITH)) if t[1] == "directedBy"} == {("w1", "directedBy", "p1")}


def test_co_directing_with_someone_names_the_partner(vocab):
    # Twin: "co-directed X with B" says B directed too.
    rows = [row if row[0] != "directed" else ("co-directed", 1, "ROOT", "VERB", "VBD", "direct") for row in DIRECTED_WITH]
    assert {t for t in triples(parsed(vocab, rows)) if t[1] == "directedBy"} == {("w1", "directedBy", "p1"), ("w1", "directedBy", "p2")}


def test_a_past_credit_on_the_articles_work_by_reference_is_no_calling_card(facts_of):
    # "A penned the series": the series the article is about, pointed back to, is A's credit,
    # not a calling card.
    facts = facts_of("Channel 9 has ordered the drama Salt Road. Dana Vale penned the series.")
    assert ("Salt Road", "writtenBy", "Dana Vale") in facts
    assert not {f for f in facts if f[1] == "knownFor"}
    # Twin: a title named as another work is a calling card.
    facts = facts_of("Channel 9 has ordered the drama Salt Road. Dana Vale penned the drama Low Tide.")
    assert ("Dana Vale", "knownFor", "Low Tide") in facts
