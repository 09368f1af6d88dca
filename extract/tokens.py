"""Finding a document's tagged tokens without reading every token's custom attributes.

spaCy keeps the value of a token's extension attribute (`token._.mkg_kind`) in
`doc.user_data`, under the key ("._.", name, token.idx, None), and builds a `token._` object on
every read: reading it for each token of an article costs several times more than the parse's
own attributes. The rules scan whole documents for the few tokens that name an entity many
times over, so they find them here, from the stored values, in one pass over the few entries.
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left
from functools import cached_property
from typing import Any, Callable, Hashable, Iterable

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.symbols import IDS as _SYMBOL_IDS
from spacy.tokens import Doc, Span, Token


def stored_values(doc: Doc, attr: str) -> list[tuple[int, Any]]:
    """(token index, value) of each token whose `token._.<attr>` was set, in no set order. A
    token whose value was never set reads the extension's default. Only for an attribute
    registered with a default (no getter, no method). On a settled document every attribute's
    values are read in one pass over the stored entries and kept."""
    if doc is _SETTLED.doc:
        kept = _SETTLED.found.get("stored values")
        if kept is None:
            kept = _SETTLED.found["stored values"] = _stored_by_attr(doc)
        return list(kept.get(attr, ()))
    return _stored_by_attr(doc, attr).get(attr, [])


def _stored_by_attr(doc: Doc, only: str | None = None) -> dict[str, list[tuple[int, Any]]]:
    """stored_values of every attribute (or of `only`), by attribute name."""
    entries: dict[str, tuple[list[int], list[Any]]] = {}
    for key, value in doc.user_data.items():
        if type(key) is tuple and len(key) == 4 and key[0] == "._." and key[3] is None and (only is None or key[1] == only):
            starts, values = entries.setdefault(key[1], ([], []))
            starts.append(key[2])
            values.append(value)
    if not entries:
        return {}
    # A stored value belongs to the token that starts at its character offset, if one does.
    idx = doc.to_array(IDX)
    last = len(idx) - 1
    found: dict[str, list[tuple[int, Any]]] = {}
    for attr, (starts, values) in entries.items():
        at = idx.searchsorted(starts).tolist()
        token_starts_ = idx[[min(i, last) for i in at]].tolist()
        found[attr] = [(i, value) for i, start, token_start, value in zip(at, starts, token_starts_, values)
                       if token_start == start]
    return found


def kind_of(token: Token) -> str:
    """`token._.mkg_kind`, read from the stored value as spaCy's `token._` does (key
    ("._.", name, token.idx, None), default "") without making a `token._` object: the rules'
    loops read it for many tokens."""
    return token.doc.user_data.get(("._.", "mkg_kind", token.idx, None), "")


def entity_of(token: Token) -> str:
    """`token._.mkg_entity`, read as `kind_of` reads the kind."""
    return token.doc.user_data.get(("._.", "mkg_entity", token.idx, None), "")


def set_tags(token: Token, entity: str, kind: str, ref: bool, cls: str) -> None:
    """`token._.mkg_entity, mkg_kind, mkg_ref, mkg_class = ...`, stored where (and in the order)
    spaCy's `token._` stores them, without making a `token._` object for each."""
    data, idx = token.doc.user_data, token.idx
    data["._.", "mkg_entity", idx, None] = entity
    data["._.", "mkg_kind", idx, None] = kind
    data["._.", "mkg_ref", idx, None] = ref
    data["._.", "mkg_class", idx, None] = cls


def ref_of(token: Token) -> bool:
    """`token._.mkg_ref`, read as `kind_of` reads the kind (default False)."""
    return token.doc.user_data.get(("._.", "mkg_ref", token.idx, None), False)


def class_of(token: Token) -> str:
    """`token._.mkg_class`, read as `kind_of` reads the kind."""
    return token.doc.user_data.get(("._.", "mkg_class", token.idx, None), "")


def modifier_years(noun: Token) -> list[str]:
    """The years written before a noun as its modifiers: "the 2017 novel", "A's cult 1991 film"."""
    return [t.text for t in noun.children if t.i < noun.i and t.dep_ in ("nummod", "compound", "amod", "npadvmod")
            and YEAR_FORM.fullmatch(t.text)]


YEAR_FORM = re.compile(r"(?:1[89]|20)\d\d")


class _Settled(threading.local):
    """The document whose tags are settled (see `settle`), and the tokens found in it so far."""

    doc: Doc | None = None
    found: dict = {}


_SETTLED = _Settled()


def settle(doc: Doc | None) -> None:
    """From here on nothing changes the tags of `doc` (the rules only read them): what
    entity_tokens finds in it may be kept until the next call (None: keep nothing)."""
    _SETTLED.doc, _SETTLED.found = doc, {}


def settled_memo(doc: Doc, name: Hashable) -> dict:
    """A dict to keep the answers of a pure reading of a settled document's tags and parse (one
    per token, say) while it stays settled: several rules ask the same of the same tokens. On a
    document that is not settled, a new empty dict each call (nothing is kept)."""
    if doc is not _SETTLED.doc:
        return {}
    memo = _SETTLED.found.get(("memo", name))
    if memo is None:
        memo = _SETTLED.found["memo", name] = {}
    return memo


def entity_tokens(doc: Doc, values: str | Iterable[str] | None = None, *, attr: str = "mkg_kind") -> list[Token]:
    """The tokens whose `token._.<attr>` is one of `values` (any non-empty value when None), in
    document order: the same tokens as `[t for t in doc if t._.<attr> in values]` (for values
    that are not the attribute's default)."""
    return list(_entity_positions(doc, values, attr)[1])  # a copy: the caller may change it


def entity_tokens_within(doc: Doc, start: int, end: int, values: str | Iterable[str] | None = None, *,
                         attr: str = "mkg_kind") -> list[Token]:
    """`[t for t in entity_tokens(doc, values, attr=attr) if start <= t.i < end]` (a sentence's
    people, a clause's titles): the share of the kept tokens found by bisection of their
    indices, not a test of every tagged token of the document for every sentence."""
    at, found = _entity_positions(doc, values, attr)
    return found[bisect_left(at, start):bisect_left(at, end)]


def _entity_positions(doc: Doc, values: str | Iterable[str] | None, attr: str) -> tuple[list[int], list[Token]]:
    """The indices of the tokens entity_tokens finds, in order, and those tokens; kept while
    the document is settled (shared: never changed)."""
    wanted = (values,) if isinstance(values, str) else None if values is None else frozenset(values)
    settled = doc is _SETTLED.doc
    if settled:
        kept = _SETTLED.found.get((attr, wanted))
        if kept is not None:
            return kept
    at = sorted(i for i, value in stored_values(doc, attr) if (value in wanted if wanted is not None else value))
    kept = (at, [doc[i] for i in at])
    if settled:
        _SETTLED.found[attr, wanted] = kept
    return kept


class _WordIndex:
    """Where each word of one document is: token indices by lower-case form, by lower-cased
    lemma and by part of speech. Built from the Doc's arrays, so a rule that only cares about a
    few words ("parent", the lemmas of its verbs) visits those tokens instead of making a Token
    of every word of the article and reading its strings. Each field's index is built when it is
    first asked for: the mention finders, before the entity merge, ask for no lemma."""

    def __init__(self, doc: Doc) -> None:
        self.table = token_table(doc)  # the strings of every token, decoded once
        self.pos_of = self.table.pos  # each token's part of speech, by index
        self._by: dict[str, dict[str, list[int]]] = {}

    def by(self, field: str) -> dict[str, list[int]]:
        """{word: its token indices, in order} of one field ("lower", "lemma", "pos")."""
        found = self._by.get(field)
        if found is None:
            found = self._by[field] = _positions(self._column(field))
        return found

    def _column(self, field: str) -> list[str]:
        if field == "lemma":
            # Lemmas spelt apart ("Netflix", "netflix") share one lower-cased entry.
            lowered = {form: form.lower() for form in self.lemmas}
            return [lowered[form] for form in self.table.lemma]
        return self.table.lower if field == "lower" else self.table.pos

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """The document's lemmas, as spelt (not lower-cased)."""
        return frozenset(self.table.lemma)

    def indices(self, field: str, values: Iterable[str]) -> set[int]:
        by = self.by(field)
        # Only the values the document holds, found by one set intersection in C (a lexicon list
        # may name a hundred words, an article holds a few hundred), then their tokens.
        return {i for value in by.keys() & values for i in by[value]}


def _positions(column: list[str]) -> dict[str, list[int]]:
    """{value: the indices where it stands, in order}, its keys in the order they first stand."""
    index: dict[str, list[int]] = {}
    for i, value in enumerate(column):
        found = index.get(value)
        if found is None:
            index[value] = [i]
        else:
            found.append(i)
    return index


class _Fixed(threading.local):
    """The document whose tokens, sentences and entity spans stay as they are (see `fix`), and
    what has been read of it so far."""

    doc: Doc | None = None
    found: dict = {}


_FIXED = _Fixed()


def fix(doc: Doc | None) -> None:
    """From here until the next call, nothing retokenises `doc` or moves its sentence or entity
    boundaries (tags may still change): its word index, sentences and entity spans may be kept
    and shared by every rule (None: keep nothing). Retokenising means calling this first.

    While a document is fixed, `token.sent` and `span.sent` give its kept sentences (see
    `_kept_sentence`): spaCy finds a sentence by walking its tokens to both ends on every read."""
    if _FIXED.doc is not None:
        _unhook_sentences(_FIXED.doc)
    _FIXED.doc, _FIXED.found = doc, {}
    if doc is not None:
        doc.user_token_hooks["sent"] = _kept_sentence
        doc.user_span_hooks["sent"] = _kept_sentence


def _unhook_sentences(doc: Doc) -> None:
    for hooks in (doc.user_token_hooks, doc.user_span_hooks):
        if hooks.get("sent") is _kept_sentence:
            del hooks["sent"]


def _sentence_of_tokens(doc: Doc) -> list[Span]:
    """Each token's sentence of doc_sents(doc), by token index."""
    return [sent for sent in doc_sents(doc) for _ in range(sent.start, sent.end)]


def _kept_sentence(token_or_span: Token | Span) -> Span:
    """`token.sent` or `span.sent` of the fixed document: the kept sentence that holds the token
    (a span's first token), the same span as spaCy's walk over the sentence starts finds."""
    doc = token_or_span.doc
    start = token_or_span.i if isinstance(token_or_span, Token) else token_or_span.start
    if doc is _FIXED.doc and 0 <= start < len(doc):
        return _kept(doc, "sentence of tokens", _sentence_of_tokens)[start]
    # Another thread's document, or an empty span past the end: spaCy's own walk.
    token_hook, span_hook = doc.user_token_hooks.pop("sent", None), doc.user_span_hooks.pop("sent", None)
    try:
        return doc[start:start + 1].sent if isinstance(token_or_span, Token) else token_or_span.sent
    finally:
        for hooks, hook in ((doc.user_token_hooks, token_hook), (doc.user_span_hooks, span_hook)):
            if hook is not None:
                hooks["sent"] = hook


def _kept(doc: Doc, name: Hashable, build):
    """What `build(doc)` gives, kept while `doc` is the fixed document, built afresh otherwise."""
    fixed = _FIXED  # a thread-local: each of its reads costs a lookup, and the rules call this often
    if doc is not fixed.doc:
        return build(doc)
    found = fixed.found
    value = found.get(name, _NOT_KEPT)
    if value is _NOT_KEPT:
        value = found[name] = build(doc)
    return value


_NOT_KEPT = object()


def kept_while_fixed(doc: Doc, name: Hashable, build: Callable[[Doc], Any]) -> Any:
    """What `build(doc)` gives, kept while `doc` is the fixed document (see `fix`): for a reading
    of the parse alone (tokens, sentences, entity spans, never the tags) that several finders
    share. `name` says which reading; the value is shared, so it must not be changed."""
    return _kept(doc, name, build)


def _word_index(doc: Doc) -> _WordIndex:
    return _kept(doc, "word index", _WordIndex)


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """`tuple(doc.sents)`: each walk of doc.sents makes every sentence's Span again, and many
    rules walk them."""
    return _kept(doc, "sents", lambda d: tuple(d.sents))


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`: spaCy builds the entity Spans on every read, and the mention finders read
    them dozens of times per document."""
    return _kept(doc, "ents", lambda d: tuple(d.ents))


def ents_within(span: Span) -> list[Span]:
    """`span.ents` (the entities wholly inside the span), from the kept entity spans: spaCy
    builds every entity Span of the document again on each read."""
    found = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                found.append(ent)
            else:
                break
    return found


def token_starts(doc: Doc) -> list[int]:
    """`token.idx` of every token, then the length of the text: token i's text and whitespace
    (`text_with_ws`) are the document text from starts[i] to starts[i + 1]."""
    def build(d: Doc) -> list[int]:
        return d.to_array(IDX).tolist() + [d[-1].idx + len(d[-1].text_with_ws) if len(d) else 0]
    return _kept(doc, "token starts", build)


def lower_forms(doc: Doc) -> list[str]:
    """`token.lower_` of every token, by index: a phrase table can be looked up word by word
    without making a Token of each word."""
    return token_table(doc).lower  # the same strings, decoded once for every reading of the table


def word_indices(doc: Doc, *, lower: Iterable[str] | None = None, lemma: Iterable[str] | None = None,
                 pos: Iterable[str] | None = None) -> set[int]:
    """The indices of the tokens whose `lower_` is in `lower`, whose `lemma_.lower()` is in
    `lemma` and whose `pos_` is in `pos` (each test only when given; at least one must be)."""
    index = _word_index(doc)
    found: set[int] | None = None
    for field, values in (("lower", lower), ("lemma", lemma), ("pos", pos)):
        if values is None:
            continue
        if isinstance(values, str):
            raise TypeError(f"word_indices: {field} must be a collection of strings, not a string")
        if field == "pos" and found is not None:
            # Many words share a part of speech ("VERB", asked with a rule's verbs): the tokens
            # found by their words are tested on it, not every token of it gathered again.
            tags, wanted = index.pos_of, values if isinstance(values, (tuple, list, set, frozenset)) else tuple(values)
            found = {i for i in found if tags[i] in wanted}
            continue
        hits = index.indices(field, values)
        found = hits if found is None else found & hits
    if found is None:
        raise TypeError("word_indices needs at least one of lower, lemma, pos")
    return found


def word_index_of(doc: Doc, field: str) -> dict[str, list[int]]:
    """{word: the indices of its tokens, in order} of one field of the document's word index:
    "lower" (`lower_`), "lemma" (`lemma_.lower()`) or "pos", kept while the document is fixed.
    Shared: read it, never change it."""
    return _word_index(doc).by(field)


def word_forms(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The document's lower-case forms and its lemmas (as spelt): `{t.lower_ for t in doc}` and
    `{t.lemma_ for t in doc}`."""
    index = _word_index(doc)
    return frozenset(index.by("lower")), index.lemmas


def lemmas_where(doc: Doc, test: Callable[[str], bool]) -> frozenset[str]:
    """The document's lemmas (lower-cased, as `word_indices` takes them) that pass `test`: for a
    rule whose words are known only by a property, such as their first word."""
    return frozenset(lemma for lemma in _word_index(doc).by("lemma") if test(lemma))


def word_positions(doc: Doc, *, lower: Iterable[str] | None = None, lemma: Iterable[str] | None = None,
                   pos: Iterable[str] | None = None) -> list[int]:
    """`sorted(word_indices(doc, ...))`, kept while the document is fixed: the rules that look
    for their words sentence by sentence ask for the same words once per sentence, and each
    sentence's share is then a bisection of this list, not a pass over the whole index. The
    list is shared: read it, never change it."""
    key = ("word positions", _key_part(lower), _key_part(lemma), _key_part(pos))
    # The rules ask this hundreds of times per article, nearly always for words already found:
    # that answer is one look-up, without making the builder _kept needs for the rest.
    fixed = _FIXED
    if doc is fixed.doc:
        found = fixed.found.get(key)
        if found is not None:
            return found
    return _kept(doc, key, lambda d: sorted(word_indices(d, lower=lower, lemma=lemma, pos=pos)))


def _key_part(values: Iterable[str] | None) -> Hashable:
    """One collection of words as part of word_positions' key: a tuple or frozenset as it is,
    any other collection as a frozenset (a string is none: word_indices refuses it)."""
    kind = type(values)
    if values is None or kind is frozenset or kind is tuple:
        return values
    return None if kind is str else frozenset(values)


def tokens_at(doc: Doc, indices: Iterable[int]) -> list[Token]:
    """The tokens at these indices, in document order."""
    return [doc[i] for i in sorted(indices)]


def tokens_in(span: Span, *, lower: Iterable[str] | None = None, lemma: Iterable[str] | None = None,
              pos: Iterable[str] | None = None) -> list[Token]:
    """`tokens_with` inside one span (a sentence): the same tokens, in order, as
    `[t for t in span if ...]` with those tests, without making a Token of every word."""
    doc = span.doc
    found = word_positions(doc, lower=lower, lemma=lemma, pos=pos)
    return [doc[i] for i in found[bisect_left(found, span.start):bisect_left(found, span.end)]]


def shared_subject_verb(verb: Token) -> Token:
    """The verb whose subject `verb` has: itself, or, for a verb joined by "and" with no subject
    of its own, the first verb up its chain that has one ("X has promoted A and hired B": "hired"
    shares "promoted"'s subject)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return verb


def tokens_with(doc: Doc, *, lower: Iterable[str] | None = None, lemma: Iterable[str] | None = None,
                pos: Iterable[str] | None = None) -> list[Token]:
    """The tokens `word_indices` finds, in document order: the same tokens as
    `[t for t in doc if ...]` with those tests, for a rule to skip every other word. A rule
    keeps its own tests too: the index only narrows where it looks."""
    return [doc[i] for i in word_positions(doc, lower=lower, lemma=lemma, pos=pos)]


IDS_TO_NAMES = {v: k for k, v in _SYMBOL_IDS.items()}


class TokenTable:
    """The parse of one document as plain Python lists, by token index: `text[i]` is
    `doc[i].text`, and so on for lower_, lemma_, pos_, tag_, dep_; `head[i]` is `doc[i].head.i`
    and `punct[i]` is `doc[i].is_punct`. Every `doc[i]` makes a new Token object and every
    attribute read goes through Cython accessors; a rule's inner loop that only tests strings
    reads them here, from arrays decoded once per document, and makes Tokens only for the few
    words that pass."""

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        n = len(doc)
        array = doc.to_array(_COLUMNS).reshape(n, len(_COLUMNS))
        columns = array[:, :6].T.tolist() if n else [[]] * 6
        self.text, self.lower, self.lemma = _decoded(strings, columns[0]), _decoded(strings, columns[1]), _decoded(strings, columns[2])
        self.pos = _pos_names(columns[3])
        self.tag, self.dep = _decoded(strings, columns[4]), _decoded(strings, columns[5])
        self.head = _heads(array)
        self.punct = _punct(array)

    def merged(self, doc: Doc, ranges: list[tuple[int, int]]) -> TokenTable:
        """This table, of the tokens before a merge, after the merge of each token range (start,
        end; disjoint, in order) into one token: the table of `doc`, the document after it. A merge
        changes only the merged tokens' strings (every other token keeps its words, tags and
        label) and the tokens' indices, so only the merged tokens are decoded again."""
        array = doc.to_array(_COLUMNS).reshape(len(doc), len(_COLUMNS))
        runs, at, removed = [], [], 0  # the unchanged runs (old indices); each merged token's new index
        previous = 0
        for start, end in ranges:
            runs.append((previous, start))
            at.append(start - removed)
            removed += end - start - 1
            previous = end
        runs.append((previous, len(self.text)))
        merged = array[at, :6].T.tolist() if at else [[]] * 6
        strings = doc.vocab.strings
        table = TokenTable.__new__(TokenTable)
        for name, column in (("text", 0), ("lower", 1), ("lemma", 2), ("pos", 3), ("tag", 4), ("dep", 5)):
            old = getattr(self, name)
            new_values = _pos_names(merged[column]) if name == "pos" else _decoded(strings, merged[column])
            new: list[str] = []
            for (a, b), value in zip(runs, new_values):
                new += old[a:b]
                new.append(value)
            new += old[runs[-1][0]:runs[-1][1]]
            setattr(table, name, new)
        table.head = _heads(array)
        table.punct = _punct(array)  # a flag of each token's word: read again, as cheap as carried over
        return table


# The attributes a TokenTable reads with one `doc.to_array`: the strings' hashes first, then the
# head offsets and the punctuation flag.
_COLUMNS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, IS_PUNCT]


def _decoded(strings, hashes: list[int]) -> list[str]:
    """The strings of these hashes (see _DECODED)."""
    try:
        return list(map(_DECODED.__getitem__, hashes))
    except KeyError:  # words the process has not read yet: from the store, once each
        if len(_DECODED) > _DECODED_MOST:
            _DECODED.clear()
        _DECODED.update((h, strings[h]) for h in set(hashes) if h not in _DECODED)
        return [_DECODED[h] if h in _DECODED else strings[h] for h in hashes]


def _pos_names(ids: list[int]) -> list[str]:
    # POS is stored as a part-of-speech id, not a string hash: its name comes from the symbols.
    return [IDS_TO_NAMES[p] if p else "" for p in ids]


def _heads(array) -> list[int]:
    """Each token's head index, from the HEAD column of a TokenTable's array."""
    # HEAD is an offset from the token, negative ones stored as unsigned: read it signed.
    offsets = array[:, 6].astype(numpy.int64).tolist()
    return [i + offset for i, offset in enumerate(offsets)]  # the root's offset is 0


def _punct(array) -> list[bool]:
    """Each token's `is_punct`, from the IS_PUNCT column of a TokenTable's array."""
    return (array[:, 7] != 0).tolist()


# The strings of the hashes token tables have read, kept across documents: a string's hash is
# fixed (a memory zone frees the store's copy, never this one), and most words of an article were
# in earlier ones, so each costs a dict lookup instead of a StringStore lookup. Emptied when it
# grows past _DECODED_MOST entries, so a long run's memory stays flat.
_DECODED: dict[int, str] = {}
_DECODED_MOST = 50_000


def joined_text(doc: Doc) -> str:
    """`doc.text`: each token's text, with a space after it where the token has one. On the
    fixed document it is joined from the kept TokenTable's strings: spaCy makes a Token of every
    word to join them (about 0.1 ms an article)."""
    if doc is not _FIXED.doc:
        return doc.text
    spaces = doc.to_array(SPACY).tolist()
    return "".join([word + " " if space else word for word, space in zip(token_table(doc).text, spaces)])


def merge_tokens(doc: Doc, spans: list[Span]) -> None:
    """Merge each span (disjoint) into one token, as `doc.retokenize()` does. Retokenising ends
    what was kept of the document (see `fix`); when it was the fixed one, it is fixed again and
    its kept token table is carried over the merge (`TokenTable.merged`), not decoded again."""
    fixed = doc is _FIXED.doc
    before = _FIXED.found.get("token table") if fixed else None
    ranges = sorted((span.start, span.end) for span in spans)
    fix(None)
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    if fixed:
        fix(doc)
        if before is not None:
            _FIXED.found["token table"] = before.merged(doc, ranges)


def token_table(doc: Doc) -> TokenTable:
    """The document's TokenTable, kept while its tokens are fixed (see `fix`)."""
    return _kept(doc, "token table", TokenTable)
