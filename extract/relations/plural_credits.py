"""Credits said of a group the previous sentence named: "A and B will write the series. Both will
executive produce." "A is co-writing it with B and C. All three also serve as executive producers."

Trade copy names the people of a credit once and goes on about them with a plural word that opens
the next sentence ("Both", "They", "The pair", "The duo", "All three"). The pronoun reader
resolves only one entity per pronoun, so these credits were lost. The group is the set of people
the previous sentence names; the opener must fit its size ("Both" two, "All three" three), so a
sentence naming other people as well gives nothing.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from mediakg.extract.evidence import sentence_evidence
from mediakg.extract.lexicon import lexicon_table
from mediakg.extract.records import Fact
from mediakg.extract.relations.engine import coordinated
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.tokens import doc_sents, entity_of, kind_of, ref_of


@lru_cache(maxsize=1)
def _opener_sizes() -> dict[str, int]:
    """Plural opener -> the group size it gives (0: any from two); built once, not per sentence."""
    return {phrase: int(size) for size, phrases in lexicon_table("probeC_plural_openers").items() for phrase in phrases}


@lru_cache(maxsize=1)
def _credit_words() -> tuple[dict[str, str], frozenset[str]]:
    """Credit phrase -> predicate, and the glue words allowed between opener and credit; built once."""
    table = lexicon_table("probeC_plural_credit_words")
    credit = {phrase: predicate for predicate, phrases in table.items() if predicate != "_glue" for phrase in phrases}
    return credit, frozenset(table["_glue"])


def _group_size(sent: Span) -> tuple[int, int] | None:
    """The size the opener gives ("Both": 2, "All three": 3; "They": 0, any from two) and the
    index of the first word after it; None when the sentence opens with no plural word for people."""
    sizes = _opener_sizes()
    words = [t.lower_ for t in sent[:3]]
    for length in (3, 2, 1):
        size = sizes.get(" ".join(words[:length])) if len(words) >= length else None
        if size is not None:
            return size, sent.start + length
    return None


def _jobs(doc: Doc, start: int, end: int) -> list[str]:
    """The credits the words after the opener state, in order: "will also executive produce",
    "serve as executive producers", "will write and direct". Only auxiliaries, "also", "and" and
    the credit words may stand between the opener and the credit, so "Both have worked on X" or
    "They are repped by Y" give nothing."""
    credit, glue = _credit_words()
    found: list[str] = []
    i = start
    while i < end:
        pair = f"{doc[i].lower_} {doc[i + 1].lower_}" if i + 1 < end else ""
        if pair in credit:
            found.append(credit[pair])
            i += 2
            continue
        if doc[i].lower_ in credit:
            found.append(credit[doc[i].lower_])
        elif doc[i].lower_ not in glue:
            break
        i += 1
    return found


def plural_credits(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """A sentence opened by "Both", "They", "The pair", "All three" and a credit verb gives that
    credit to each person the previous sentence named, for the work of the sentence (or of the
    paragraph, or of the article: constructions.work_of). A hedged or denied credit gives none."""
    from mediakg.extract.relations.constructions import work_of  # constructions reads this module's neighbours
    sents = doc_sents(doc)
    for previous, sent in zip(sents, sents[1:]):
        opened = _group_size(sent)
        if opened is None:
            continue
        size, after = opened
        clause_end = next((t.i for t in doc[after:sent.end] if t.is_punct), sent.end)
        jobs = _jobs(doc, after, clause_end)
        if not jobs:
            continue
        people: dict[str, Token] = {}
        for token in previous:
            if kind_of(token) == "person" and entity_of(token) and not ref_of(token):
                people.setdefault(entity_of(token), token)
        if len(people) < 2 or (size and len(people) != size):
            continue
        # "They": only a group the previous sentence names as one list ("A and B will write").
        if not size and {entity_of(t) for t in coordinated(next(iter(people.values())))} != set(people):
            continue
        if is_hedged(doc, sent.start, clause_end):
            continue
        work, weight = work_of(sent, sent.start, salient_work)
        if not work:
            continue
        evidence = sentence_evidence(sent)
        for predicate in dict.fromkeys(jobs):
            for key in people:
                if key != work:
                    yield Fact(work, predicate, key, evidence, "plural.credit", round(0.7 * weight, 2))
