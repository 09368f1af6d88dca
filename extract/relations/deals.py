"""Deals as facts of their own: an agreement's parties, what it covers, kind, territory, duration
and value ("Harbor Studios signed a five-year output deal with Lumen Pictures for $18 million").

These read what the other rules have already found: the parties of an agreement are the ends of
the partnersWith or acquires facts of its sentence, so a deal the article only reports as under
negotiation gets its parties with the same status, and a denied one gets none. An acquisition
stated without an agreement word ("X acquired Y") becomes an agreement of kind "acquisition" of
its own; its plain acquires fact stays for simple queries. Word lists are data (lexicon.json:
agreement_kinds, currency_codes, amount_multipliers, deal_value_cues, deal_cover_cues,
territory_cues).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from mediakg.extract.evidence import document_text, sentence_evidence, sentence_text
from mediakg.extract.lexicon import lexicon_table, words
from mediakg.extract.mentions.entities import EntityGroup
from mediakg.extract.records import Entity, Fact
from mediakg.extract.relations.hedges import STATUSES, hedge_status
from mediakg.extract.tokens import doc_sents, entity_of, entity_tokens, kind_of, ref_of

COVERED_KINDS = frozenset({"work", "facility"})
DURATION_RE = re.compile(r"\b(multi-year|multiyear|long-term|short-term|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"\d{1,2})-year)\b", re.I)


@dataclass(frozen=True)
class Deals:
    """What deals add to a document: agreements no mention named (acquisitions) and facts."""

    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]


# --- words ---------------------------------------------------------------------------------------


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


def agreement_kind(name: str) -> str:
    """The kind a deal's name gives it: "a five-year output deal" -> "output"; "" when none."""
    for kind, phrases in lexicon_table("agreement_kinds").items():
        if re.search(r"(?<![\w-])(?:" + _alternation(phrases) + r")(?![\w-])", name, re.I):
            return kind
    return ""


def duration(name: str) -> str:
    """"a five-year output deal" -> "five-year"."""
    match = DURATION_RE.search(name)
    return match.group(1).lower() if match else ""


@lru_cache(maxsize=1)
def _money_re() -> re.Pattern[str]:
    symbols = [s for forms in lexicon_table("currency_codes").values() for s in forms]
    scales = [w for forms in lexicon_table("amount_multipliers").values() for w in forms]
    return re.compile(r"(?<![\w$])(?P<cur>" + _alternation(symbols) + r")\s?(?P<num>\d[\d,]*(?:\.\d+)?)"
                      r"(?:\s?(?P<scale>" + _alternation(scales) + r"))?(?![\w])", re.I)


def parse_amount(text: str) -> str | None:
    """"$18 million" -> "18000000 USD", "£2.5bn" -> "2500000000 GBP"; None when text is no sum."""
    match = _money_re().fullmatch(text.strip())
    return _amount_of(match) if match else None


def _amount_of(match: re.Match[str]) -> str:
    symbol = match.group("cur")
    code = next(c for c, forms in lexicon_table("currency_codes").items()
                if symbol in forms or symbol.upper() in forms)
    factor = 1
    if match.group("scale"):
        scale = match.group("scale").lower()
        factor = next(int(f) for f, forms in lexicon_table("amount_multipliers").items() if scale in forms)
    number = Decimal(match.group("num").replace(",", "")) * factor
    return f"{number.normalize():f} {code}"


def _cue_before(text: str, end: int, cues: str) -> bool:
    """Whether the words just before `end` are one of the lexicon's cues (an adverb may come between)."""
    return bool(re.search(r"(?<![\w-])(?:" + _alternation(words(cues)) + r")\s+(?:about |around |roughly |nearly |almost |"
                          r"some |an estimated |a reported |more than |over |up to |a |an |the )?$", text[max(0, end - 60):end], re.I))


def deal_amounts(sent: Span) -> Iterator[tuple[str, int, int]]:
    """The sums of a sentence that are a deal's price: (amount, start, end) in document offsets.
    "for $18 million", "worth £2.5bn", "a $40 million deal"; not "a $100 million budget"."""
    text = document_text(sent.doc)
    for match in _money_re().finditer(sentence_text(sent)):
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        after = text[end:sent.end_char]
        if _cue_before(text, start, "deal_value_cues") or re.match(
                r"\s*(?:[\w-]+\s+){0,3}?(?:deal|agreement|acquisition|pact|takeover|merger|purchase|transaction|contract)\b", after, re.I):
            yield _amount_of(match), start, end


# --- agreements and their sentences --------------------------------------------------------------


def _agreement_tokens(doc: Doc) -> dict[str, list[Token]]:
    found: dict[str, list[Token]] = {}
    for token in entity_tokens(doc, "agreement"):
        if kind_of(token) == "agreement" and entity_of(token):
            found.setdefault(entity_of(token), []).append(token)
    return found


def _status(doc: Doc, first: int, last: int) -> str | None:
    """The status of a statement spanning tokens first..last; None when it is denied or uncertain."""
    status = hedge_status(doc, min(first, last), max(first, last) + 1)
    return status if not status or status in STATUSES else None


def _fact(subject: str, predicate: str, obj: str, sent: Span, rule: str, confidence: float, status: str,
          attribute: bool = False) -> Fact:
    return Fact(subject, predicate, obj, sentence_evidence(sent), rule, round(confidence, 2), attribute, status)


def _party_facts(agreement: str, org: str, sent: Span, rule: str, confidence: float, status: str) -> list[Fact]:
    """Both directions, so "whose party is Netflix" and "what is Netflix party to" are plain triples."""
    return [_fact(agreement, "party", org, sent, rule, confidence, status),
            _fact(org, "partyTo", agreement, sent, rule, confidence, status)]


def _in_sentence(fact: Fact, sent: Span) -> bool:
    return fact.evidence.start == sent.start_char


def _territory(sent: Span, token: Token) -> Token | None:
    """"a UK distribution deal", "a licensing deal with X for Latin America": a place beside the
    deal. Not "signed in Tokyo": where a deal was made is no territory of it."""
    doc = sent.doc
    before = [t for t in doc[max(sent.start, token.i - 2):token.i] if not t.is_punct]
    if before and kind_of(before[-1]) == "place":
        return before[-1]
    for t in doc[token.i + 1:min(sent.end, token.i + 8)]:
        if t.text in (".", ";") or kind_of(t) in ("work", "facility", "event", "person"):
            break
        if kind_of(t) == "place" and doc[t.i - 1].lower_ in words("territory_cues"):
            return t
    return None


def _covered(sent: Span, token: Token) -> list[Token]:
    """Works and facilities the sentence says the deal is for: "a licensing deal for “Blue Hour”",
    "a lease on the Riverside Stages", "a deal with X to distribute “Y”"."""
    doc = sent.doc
    text = document_text(doc)
    covered = []
    for t in doc[token.i + 1:sent.end]:
        if kind_of(t) in COVERED_KINDS and t.i - token.i <= 12:
            opener = text[token.idx + len(token.text):t.idx]
            if re.search(r"(?<![\w-])(?:" + _alternation(words("deal_cover_cues")) + r")\b", opener, re.I) \
                    and not any(kind_of(doc[i]) in COVERED_KINDS for i in range(token.i + 1, t.i)):
                covered.append(t)
                covered.extend(c for c in _listed(t) if c is not t)
                break
    return covered


def _listed(token: Token) -> list[Token]:
    from mediakg.extract.relations.engine import coordinated  # the engine imports nothing of this module

    return coordinated(token)


def agreement_facts(doc: Doc, facts: list[Fact]) -> Iterator[Fact]:
    """Parties, kind, duration, territory, value and what is covered, for each agreement a
    sentence names ("a five-year output deal") or refers to ("the deal")."""
    relations = [f for f in facts if not f.is_attribute and f.predicate in ("partnersWith", "acquires")]
    for key, tokens in _agreement_tokens(doc).items():
        for token in tokens:
            if not ref_of(token):
                if kind := agreement_kind(token.text):
                    yield _fact(key, "agreementKind", kind, token.sent, "deals.kind", 0.85, "", True)
                if term := duration(token.text):
                    yield _fact(key, "duration", term, token.sent, "deals.duration", 0.85, "", True)
        for sent in {t.sent.start: t.sent for t in tokens}.values():
            token = next(t for t in tokens if t.sent.start == sent.start)
            for fact in (f for f in relations if _in_sentence(f, sent)):
                ends = [fact.subject, fact.object]
                if fact.predicate == "acquires":
                    yield _fact(key, "agreementKind", "acquisition", sent, "deals.acquisition_kind", 0.75, fact.status, True)
                    yield _fact(key, "covers", fact.object, sent, "deals.acquired", fact.confidence, fact.status)
                    ends = [e for e in ends if _kind(doc, e) == "org"]
                for org in ends:
                    yield from _party_facts(key, org, sent, "deals.party", fact.confidence, fact.status)
            yield from _terms(doc, key, token, sent)


def _terms(doc: Doc, key: str, token: Token, sent: Span) -> Iterator[Fact]:
    place = _territory(sent, token)
    if place is not None and (status := _status(doc, token.i, place.i)) is not None:
        yield _fact(key, "territory", entity_of(place), sent, "deals.territory", 0.75, status)
    for amount, start, end in deal_amounts(sent):
        last = doc.char_span(start, end, alignment_mode="expand")
        if last is not None and (status := _status(doc, token.i, last.end - 1)) is not None:
            yield _fact(key, "value", amount, sent, "deals.value", 0.8, status, True)
    for work in _covered(sent, token):
        if (status := _status(doc, token.i, work.i)) is not None:
            yield _fact(key, "covers", entity_of(work), sent, "deals.covers", 0.75, status)


def merge_definite_agreements(text: str, groups: list[EntityGroup]) -> list[EntityGroup]:
    """"Netflix signed a multi-year agreement ... The leasing agreement arrives as ...": a deal
    named again with "the" after one was introduced is that deal, unless their kinds differ
    ("a new output deal ... the earlier licensing deal" are two)."""
    deals = [g for g in groups if g.kind == "agreement"]
    if len(deals) < 2:
        return groups
    first, merged = deals[0], []
    kind = agreement_kind(" ".join(m.text for m in first.mentions))
    for later in deals[1:]:
        definite = all(re.search(r"\bthe\s+$", text[max(0, m.start - 5):m.start], re.I) for m in later.mentions)
        later_kind = agreement_kind(" ".join(m.text for m in later.mentions))
        if definite and (not kind or not later_kind or kind == later_kind):
            first.short_forms.extend(later.mentions + later.short_forms)
            kind = kind or later_kind
            merged.append(later.key)
    return [g for g in groups if g.key not in merged]


def _kind(doc: Doc, key: str) -> str:
    return next((kind_of(t) for t in doc if entity_of(t) == key), "")


def acquisitions(doc: Doc, facts: list[Fact], labels: dict[str, str]) -> Deals:
    """An acquisition the text states with no agreement word in its sentence ("Harbor Studios
    acquired Lumen Pictures for $18 million") is an agreement of its own, of kind "acquisition"."""
    entities: list[Entity] = []
    out: list[Fact] = []
    sentences = {s.start_char: s for s in doc_sents(doc)}
    with_agreement = {t.sent.start_char for t in entity_tokens(doc, "agreement") if kind_of(t) == "agreement"}
    for fact in facts:
        if fact.predicate != "acquires" or fact.is_attribute or fact.status or fact.evidence.start in with_agreement:
            continue
        sent = sentences.get(fact.evidence.start)
        if sent is None:
            continue
        key = f"acquisition-{fact.subject}-{fact.object}"
        if any(e.key == key for e in entities):
            continue
        label = f"{labels[fact.subject]} acquisition of {labels[fact.object]}"
        entities.append(Entity(key, label, "Agreement", (), fact.evidence, "deals.acquisition", fact.confidence))
        out.append(_fact(key, "agreementKind", "acquisition", sent, "deals.acquisition", fact.confidence, "", True))
        out.append(_fact(key, "covers", fact.object, sent, "deals.acquired", fact.confidence, ""))
        for org in [fact.subject] + ([fact.object] if _kind(doc, fact.object) == "org" else []):
            out.extend(_party_facts(key, org, sent, "deals.party", fact.confidence, ""))
        for amount, start, end in deal_amounts(sent):
            out.append(_fact(key, "value", amount, sent, "deals.value", 0.8, "", True))
        for attribute in ("startDate", "announcedOn"):
            out.extend(_fact(key, attribute, f.object, sent, f.rule, f.confidence, "", True) for f in facts
                       if f.predicate == attribute and _in_sentence(f, sent) and f.subject != key)
    return Deals(tuple(entities), tuple(out))


def document_deal_facts(facts: list[Fact], agreements: list[str]) -> Iterator[Fact]:
    """In an article about one deal, what its parties use and where they announced is the
    deal's: "Netflix signed a deal with Toho ... Netflix will use the No. 1 stage" (the deal
    covers the stage), "The announcement came during Netflix's X event" (announced at X)."""
    if len(agreements) != 1:
        return  # several deals: which one a later sentence is about is not said
    [key] = agreements
    parties = {f.object for f in facts if f.subject == key and f.predicate == "party" and not f.status}
    for fact in facts:
        if fact.subject in parties and not fact.status:
            if fact.predicate == "uses":
                yield Fact(key, "covers", fact.object, fact.evidence, "deals.party_uses", round(fact.confidence * 0.8, 2))
            elif fact.predicate == "announcedAt":
                yield Fact(key, "announcedAt", fact.object, fact.evidence, "deals.party_announced_at",
                           round(fact.confidence * 0.8, 2))


def deal_facts(doc: Doc, facts: list[Fact], labels: dict[str, str]) -> Deals:
    """Everything deals add to a document's facts (see the module's docstring)."""
    found = list(agreement_facts(doc, facts))
    acquired = acquisitions(doc, facts, labels)
    found += acquired.facts
    named = sorted({f.subject for f in found if f.predicate == "party" and not f.status})
    found += list(document_deal_facts(found + facts, named))
    return Deals(acquired.entities, tuple(found))
