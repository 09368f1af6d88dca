"""Finding a document's tagged tokens without reading every token's custom attributes.

spaCy keeps the value of a token's extension attribute (`token._.mkg_kind`) in
`doc.user_data`, under the key ("._.", name, token.idx, None), and builds a `token._` object on
every read: reading it for each token of an article costs several times more than the parse's
own attributes. The rules scan whole documents for the few tokens that name an entity many
times over, so they find them here, from the stored values, in one pass over the few entries.
"""
from __future__ import annotations

import threading
from typing import Any, Iterable

from spacy.attrs import IDX
from spacy.tokens import Doc, Token


def stored_values(doc: Doc, attr: str) -> list[tuple[int, Any]]:
    """(token index, value) of each token whose `token._.<attr>` was set, in no set order. A
    token whose value was never set reads the extension's default. Only for an attribute
    registered with a default (no getter, no method)."""
    starts, values = [], []
    for key, value in doc.user_data.items():
        if type(key) is tuple and len(key) == 4 and key[1] == attr and key[0] == "._." and key[3] is None:
            starts.append(key[2])
            values.append(value)
    if not starts:
        return []
    # A stored value belongs to the token that starts at its character offset, if one does.
    idx = doc.to_array(IDX)
    at = idx.searchsorted(starts).tolist()
    last = len(idx) - 1
    found = idx[[min(i, last) for i in at]].tolist()
    return [(i, value) for i, start, token_start, value in zip(at, starts, found, values) if token_start == start]


class _Settled(threading.local):
    """The document whose tags are settled (see `settle`), and the tokens found in it so far."""

    doc: Doc | None = None
    found: dict = {}


_SETTLED = _Settled()


def settle(doc: Doc | None) -> None:
    """From here on nothing changes the tags of `doc` (the rules only read them): what
    entity_tokens finds in it may be kept until the next call (None: keep nothing)."""
    _SETTLED.doc, _SETTLED.found = doc, {}


def entity_tokens(doc: Doc, values: str | Iterable[str] | None = None, *, attr: str = "mkg_kind") -> list[Token]:
    """The tokens whose `token._.<attr>` is one of `values` (any non-empty value when None), in
    document order: the same tokens as `[t for t in doc if t._.<attr> in values]` (for values
    that are not the attribute's default)."""
    wanted = (values,) if isinstance(values, str) else None if values is None else frozenset(values)
    settled = doc is _SETTLED.doc
    if settled and (attr, wanted) in _SETTLED.found:
        return list(_SETTLED.found[attr, wanted])
    found = [doc[i] for i in sorted(i for i, value in stored_values(doc, attr)
                                    if (value in wanted if wanted is not None else value))]
    if settled:
        _SETTLED.found[attr, wanted] = found
        return list(found)
    return found
