"""Hand-built parses shared by the relation tests of more than one module."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def missed_title_parse() -> dict[str, list]:
    """"Glasshouse is a drama. Other titles include The Teacher starring Jane Roe.": the
    participle hangs on "The Teacher", a capitalised name no entity covers (a title the finders
    missed). Words, heads, deps, tags and pos for `Doc(vocab, ...)`."""
    return {
        "words": ["Glasshouse", "is", "a", "drama", ".", "Other", "titles", "include", "The", "Teacher", "starring", "Jane Roe", "."],
        "heads": [1, 1, 3, 1, 1, 6, 7, 7, 9, 7, 9, 10, 7],
        "deps": ["nsubj", "ROOT", "det", "attr", "punct", "amod", "nsubj", "ROOT", "det", "dobj", "acl", "dobj", "punct"],
        "tags": ["NNP", "VBZ", "DT", "NN", ".", "JJ", "NNS", "VBP", "DT", "NN", "VBG", "NNP", "."],
        "pos": ["PROPN", "AUX", "DET", "NOUN", "PUNCT", "ADJ", "NOUN", "VERB", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
    }
