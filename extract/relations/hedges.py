"""Hedged and denied statements: "in talks to acquire", "reportedly directs", "is not involved".

News reports rumours, negotiations and denials in the same words as facts. A relation read from
such a clause is never a plain triple (the rule is: never weaken), so that every plain triple in
the graph is something the article states. What the clause says instead is its status
(`hedge_status`): "rumoured", "negotiating" or "planned" facts are kept apart, as assertions with
that status, by the rules that ask for it; a denied or merely possible ("could") one is dropped.
The cue lists are data (patterns/lexicon.json: status_cues, hedge_cues, negation_cues,
trailing_hedge_cues, negation_exceptions).

Scope is the clause of the match: from the clause's start (the sentence start or a boundary such
as ";", "while", "but") to the end of the match, because a hedge governs what follows it
("X will reportedly play Y") but not a fact stated before it in the same sentence ("A of “B” will
reportedly play C" still says A is known for B). A few cues come after what they hedge ("...,
sources say"); those are looked for up to the clause's end. A relative clause or apposition that
holds nothing of the match is an aside and hedges nothing ("X, which could run long, is directed
by Y").
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from mediakg.extract.evidence import document_text
from mediakg.extract.lexicon import alternation, lexicon_table, words
from mediakg.extract.tokens import entity_tokens_within, lower_forms, ref_of, settled_memo, token_starts, token_table

# What a fact is when its clause holds a cue of status_cues (lexicon.json): kept, apart from the
# plain triples, as an assertion with this status.
STATUSES = ("rumoured", "negotiating", "planned")
DENIED, UNCERTAIN = "denied", "uncertain"  # left out entirely


def _status_words() -> set[str]:
    return {c for cues in lexicon_table("status_cues").values() for c in cues}


def _cue_re(names: tuple[str, ...], *, statuses: bool = False) -> re.Pattern[str]:
    cues = sorted({c for n in names for c in words(n)} | (_status_words() if statuses else set()), key=len, reverse=True)
    # "n't" is glued to its verb ("isn't"), every other cue is a whole word or phrase.
    glued = [c for c in cues if c.startswith("n'")]
    whole = [c for c in cues if not c.startswith("n'")]
    # Tried as two lists, each grouped by first letter (`alternation`: the same cue matches):
    # a glued cue and a whole one never match at one place, as neither opens the other.
    assert not any(g.lower().startswith(w.lower()) or w.lower().startswith(g.lower()) for g in glued for w in whole)
    parts = ([r"\b(?:" + alternation(whole) + r")\b"] if whole else []) + ([alternation(glued)] if glued else [])
    # Every cue starts with one of these letters: a pattern that opens with the class lets re
    # skip, in C, to the next place one of them stands, instead of trying the alternatives at
    # every character. It only narrows where they are tried: the same cue matches.
    opens = "(?=[" + "".join(sorted({re.escape(c[0].lower()) for c in cues})) + "])"
    return re.compile(opens + "(?:" + "|".join(parts) + ")", re.I)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (_cue_re(("hedge_cues", "negation_cues"), statuses=True), _cue_re(("trailing_hedge_cues",)),
            _cue_re(("negation_exceptions",)))


def _clause(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token indices of the clause around tokens start..end (end exclusive)."""
    sent = doc[start].sent
    boundaries = words("clause_boundaries")
    lowers = lower_forms(doc)  # the words as strings: no Token made for each
    left = next((i + 1 for i in range(start - 1, sent.start - 1, -1) if lowers[i] in boundaries), sent.start)
    right = next((i for i in range(end, sent.end) if lowers[i] in boundaries), sent.end)
    return left, right


def _asides(doc: Doc, left: int, right: int, start: int, end: int) -> set[int]:
    """Tokens of a relative clause or apposition that holds nothing of the match: "Netflix, which
    has not disclosed the budget, will stream X" states that Netflix streams X."""
    aside: set[int] = set()
    deps = token_table(doc).dep  # the dependency labels as strings: a Token only for an aside's head
    for i in range(left, right):
        if deps[i] not in ASIDE_DEPS:
            continue
        token = doc[i]
        span = range(token.left_edge.i, token.right_edge.i + 1)
        if not any(start <= i < end for i in span):
            aside.update(span)
    return aside


ASIDE_DEPS = frozenset({"relcl", "appos", "parataxis"})


def _quotations(doc: Doc, left: int, right: int, start: int, end: int) -> set[int]:
    """Tokens of a quotation that holds nothing of the match: in "“We could not be prouder,”
    said A, chief executive of X" the speaker's words deny nothing of who A is."""
    quoted: set[int] = set()
    opened = None
    for i in range(left, right):
        text = doc[i].text
        if text == "\u201c" or (text == '"' and opened is None):
            opened = i
        elif opened is not None and text in ("\u201d", '"'):
            if not any(opened <= j <= i for j in range(start, end)):
                quoted.update(range(opened, i + 1))
            opened = None
    return quoted


def _text(doc: Doc, first: int, last: int, skip: set[int]) -> str:
    """The text of tokens first..last (each with its whitespace), the tokens in skip blanked."""
    if first >= last:
        return ""
    text, starts = document_text(doc), token_starts(doc)
    # A token's text and whitespace run up to where the next token starts (or the text ends).
    if not skip.intersection(range(first, last)):
        return text[starts[first]:starts[last]]
    return "".join(" " * (starts[i + 1] - starts[i]) if i in skip else text[starts[i]:starts[i + 1]]
                   for i in range(first, last))


def hedge_cues(doc: Doc, start: int, end: int) -> list[str]:
    """Every hedge or negation that makes the statement of tokens start..end (end exclusive) not a
    plain fact, in text order; [] when there is none."""
    if start >= end:
        return []
    # The rules ask again for statements already read (a clause of several matches): on a
    # settled document the answer is kept (the tags it reads no longer change).
    memo = settled_memo(doc, "hedge cues")
    found = memo.get((start, end))
    if found is None:
        found = memo[start, end] = _hedge_cues(doc, start, end)
    return list(found)  # a copy: the caller may change it


def _hedge_cues(doc: Doc, start: int, end: int) -> list[str]:
    cues, trailing, exceptions = _patterns()
    left, right = _clause(doc, start, end)
    aside = _asides(doc, left, right, start, end)
    if "\u201c" in doc[left:right].text or '"' in doc[left:right].text:
        aside |= _quotations(doc, left, right, start, end)
    # A title's own words negate nothing: "adapting the novel Don't Look Back", "Never Let Me Go".
    aside.update(t.i for t in entity_tokens_within(doc, left, right, "work") if not ref_of(t))
    found = [m.group(0) for m in cues.finditer(exceptions.sub(" ", _text(doc, left, end, aside)))]
    return found + [m.group(0) for m in trailing.finditer(_text(doc, end, max(end, right), aside))]


def hedge_cue(doc: Doc, start: int, end: int) -> str:
    """The first hedge or negation that makes the statement of tokens start..end not a plain
    fact, or "" when there is none."""
    found = hedge_cues(doc, start, end)
    return found[0] if found else ""


def cue_status(cue: str) -> str:
    """The status a cue gives a fact: one of STATUSES, DENIED, or UNCERTAIN ("could")."""
    lowered = cue.lower()
    if lowered in {c.lower() for c in words("negation_cues")} or lowered.startswith("n'") or "denied" in lowered:
        return DENIED
    for status, cues in lexicon_table("status_cues").items():
        if lowered in {c.lower() for c in cues}:
            return status
    return UNCERTAIN


def hedge_status(doc: Doc, start: int, end: int) -> str:
    """"" for a plain fact, else what the clause makes of it. A denial anywhere in the clause
    wins ("X denied it is in talks to buy Y" is no negotiation), then the first cue decides."""
    return cues_status(hedge_cues(doc, start, end))


def cues_status(cues: list[str]) -> str:
    """hedge_status of a statement whose hedge_cues are known."""
    statuses = [cue_status(c) for c in cues]
    if not statuses:
        return ""
    return DENIED if DENIED in statuses else statuses[0]


def is_hedged(doc: Doc, start: int, end: int) -> bool:
    return bool(hedge_cue(doc, start, end))
