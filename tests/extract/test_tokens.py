"""The per-document word index (extract/tokens.py): the tokens it gives are those a scan of
every token with the same tests gives, in document order."""
from __future__ import annotations

import pytest
from spacy.language import Language

from mediakg.extract.tokens import doc_ents, doc_sents, fix, joined_text, lemmas_where, lower_forms, tokens_at, tokens_with, word_indices

TEXT = ("Harbour Films has hired Ana Ruiz as head of drama. Ruiz joined the company in 2019 and "
        "produced the series Glass Meridian, which the parent company Lumen Group owns.")


@pytest.fixture(scope="module")
def doc(nlp: Language):
    return nlp(TEXT)


def test_each_test_alone_is_a_scan(doc) -> None:
    assert [t.i for t in tokens_with(doc, pos=("VERB",))] == [t.i for t in doc if t.pos_ == "VERB"]
    assert [t.i for t in tokens_with(doc, lower=("parent", "series"))] == [t.i for t in doc if t.lower_ in ("parent", "series")]
    assert [t.i for t in tokens_with(doc, lemma=("hire", "join"))] == [t.i for t in doc if t.lemma_.lower() in ("hire", "join")]


def test_tests_combine_as_and(doc) -> None:
    found = tokens_with(doc, lemma=("hire", "join", "company"), pos=("VERB",))
    assert [t.lower_ for t in found] == ["hired", "joined"]


def test_union_of_two_readings_in_document_order(doc) -> None:
    found = tokens_at(doc, word_indices(doc, lower=("parent",)) | word_indices(doc, lemma=("hire",)))
    assert [t.lower_ for t in found] == ["hired", "parent"]


def test_a_word_the_text_lacks_gives_nothing(doc) -> None:
    assert tokens_with(doc, lemma=("acquire",)) == []
    assert tokens_with(doc, lower=("parent",), pos=("VERB",)) == []


def test_lemmas_by_a_property_are_those_a_scan_reads(doc) -> None:
    opening_h = lemmas_where(doc, lambda lemma: lemma.startswith("h"))
    assert opening_h == {t.lemma_.lower() for t in doc if t.lemma_.lower().startswith("h")}
    assert [t.lower_ for t in tokens_with(doc, lemma=opening_h, pos=("VERB",))] == ["hired"]


def test_a_bare_string_or_no_test_is_refused(doc) -> None:
    with pytest.raises(TypeError):
        tokens_with(doc, lower="parent")
    with pytest.raises(TypeError):
        tokens_with(doc)


def test_the_index_of_a_fixed_doc_is_kept_and_dropped_on_the_next(nlp: Language, doc) -> None:
    fix(doc)
    try:
        assert [t.lower_ for t in tokens_with(doc, lower=("parent",))] == ["parent"]
        assert doc_sents(doc) is doc_sents(doc)  # kept, not built again
        other = nlp("The parent company and its parent.")
        # Another document is read on its own, never from the fixed one's index.
        assert [t.i for t in tokens_with(other, lower=("parent",))] == [1, 5]
        assert doc_sents(other) is not doc_sents(other)
    finally:
        fix(None)
    # Retokenised once no longer fixed: read afresh.
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert [t.i for t in tokens_with(doc, lower=("parent",))] == [t.i for t in doc if t.lower_ == "parent"]
    assert [s.text for s in doc_sents(doc)] == [s.text for s in doc.sents]


def test_sentences_entities_and_forms_are_spacy_s(nlp: Language) -> None:
    other = nlp(TEXT)
    fix(other)
    try:
        assert [(s.start, s.end) for s in doc_sents(other)] == [(s.start, s.end) for s in other.sents]
        assert [(e.start, e.end, e.label_) for e in doc_ents(other)] == [(e.start, e.end, e.label_) for e in other.ents]
        assert lower_forms(other) == [t.lower_ for t in other]
    finally:
        fix(None)


def test_token_starts_cut_the_text_into_each_token_with_its_whitespace(nlp: Language) -> None:
    from mediakg.extract.tokens import token_starts

    other = nlp("Harbour Films  hires\nAna Ruiz. ")
    starts = token_starts(other)
    assert len(starts) == len(other) + 1
    assert [other.text[starts[i]:starts[i + 1]] for i in range(len(other))] == [t.text_with_ws for t in other]
    assert token_starts(nlp.make_doc("")) == [0]


def test_stored_values_of_a_settled_doc_are_those_read_one_by_one(nlp: Language) -> None:
    from mediakg.extract.tokens import settle, stored_values

    import mediakg.extract.document  # noqa: F401 - registers the mkg_* extensions

    other = nlp(TEXT)
    other[0]._.mkg_kind, other[4]._.mkg_kind, other[4]._.mkg_entity = "org", "person", "e1"
    plain = {attr: sorted(stored_values(other, attr)) for attr in ("mkg_kind", "mkg_entity", "mkg_ref")}
    settle(other)
    try:
        assert {attr: sorted(stored_values(other, attr)) for attr in plain} == plain
        assert plain["mkg_kind"] == [(0, "org"), (4, "person")] and plain["mkg_ref"] == []
    finally:
        settle(None)


def test_token_table_strings_are_the_tokens_own_when_the_kept_strings_overflow(nlp: Language, monkeypatch) -> None:
    from mediakg.extract import tokens

    monkeypatch.setattr(tokens, "_DECODED_MOST", 3)  # emptied at almost every document
    for text in (TEXT, "Lumen Group owns Glass Meridian.", TEXT):
        doc = nlp(text)
        table = tokens.TokenTable(doc)
        assert table.text == [t.text for t in doc] and table.lemma == [t.lemma_ for t in doc]
        assert table.tag == [t.tag_ for t in doc] and table.dep == [t.dep_ for t in doc]


def test_sentence_of_a_fixed_doc_is_spacy_s_and_the_hook_leaves_with_it(nlp: Language) -> None:
    doc = nlp(TEXT)
    expected = [(t.sent.start, t.sent.end) for t in doc] + [(doc[i:i + 3].sent.start, doc[i:i + 3].sent.end) for i in range(len(doc) - 3)]
    fix(doc)
    try:
        assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
        assert [(t.sent.start, t.sent.end) for t in doc] + [(doc[i:i + 3].sent.start, doc[i:i + 3].sent.end)
                                                           for i in range(len(doc) - 3)] == expected
    finally:
        fix(None)
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks


def test_joined_text_is_the_documents_text(nlp: Language) -> None:
    # Spaces, a line break, a token with no space after it and curly quotes, fixed or not.
    doc = nlp("Ana Ruiz (Moonfall) joins \u201cGlass  Meridian.\u201d\n\nHarbour Films' drama  ends")
    assert joined_text(doc) == doc.text
    fix(doc)
    try:
        assert joined_text(doc) == doc.text
    finally:
        fix(None)
