"""Finding a document's tagged tokens without reading every token's custom attributes.

spaCy keeps the value of a token's extension attribute (`token._.mkg_kind`) in
`doc.user_data`, under the key ("._.", name, token.idx, None), and builds a `token._` object on
every read: reading it for each token of an article costs several times more than the parse's
own attributes. The rules scan whole documents for the few tokens that name an entity many
times over, so they find them here, from the stored values, in one pass over the few entries.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from spacy.attrs import IDX
from spacy.tokens import Doc, Token


def stored_values(doc: Doc, attr: str) -> Iterator[tuple[int, Any]]:
    """(token index, value) of each token whose `token._.<attr>` was set, in no set order. A
    token whose value was never set reads the extension's default. Only for an attribute
    registered with a default (no getter, no method)."""
    starts = [(key[2], value) for key, value in doc.user_data.items()
              if type(key) is tuple and len(key) == 4 and key[0] == "._." and key[1] == attr and key[3] is None]
    if not starts:
        return
    # A stored value belongs to the token that starts at its character offset, if one does.
    idx = doc.to_array(IDX)
    for start, value in starts:
        i = int(idx.searchsorted(start))
        if i < len(idx) and idx[i] == start:
            yield i, value


def entity_tokens(doc: Doc, values: str | Iterable[str] | None = None, *, attr: str = "mkg_kind") -> list[Token]:
    """The tokens whose `token._.<attr>` is one of `values` (any non-empty value when None), in
    document order: the same tokens as `[t for t in doc if t._.<attr> in values]` (for values
    that are not the attribute's default)."""
    wanted = (values,) if isinstance(values, str) else None if values is None else frozenset(values)
    return [doc[i] for i in sorted(i for i, value in stored_values(doc, attr)
                                   if (value in wanted if wanted is not None else value))]
