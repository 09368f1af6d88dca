"""One document in, plain records out: `extract(doc)` and `extract_facts(doc)`."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Iterable, Iterator

from spacy.attrs import IDX
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from mediakg.extract.mentions.adaptations import drop_derived_work_credits, screen_owners, split_adaptations, unnamed_sources, unsure_series_owners
from mediakg.extract.relations.attributes import event_dates, extract_attributes
from mediakg.extract.mentions.entities import (EntityGroup, add_document_matches, decide_class, drop_lone_given_names, group_mentions, honorific_titles,
                                              merge_glossed_titles, merge_person_short_forms)
from mediakg.extract.mentions.finders import Mention, find_mentions
from mediakg.extract.evidence import document_text, evidence_at
from mediakg.extract.lexicon import lower_words, words
from mediakg.extract.records import Entity, Extraction, Fact
from mediakg.extract.mentions.votes import (company_roles, vote_appositive_works, vote_released_works, vote_described_works, vote_works_from_makers, vote_employers_before_posts, vote_showing_channels, vote_company_possessive_works, vote_made_for_companies, vote_authors, vote_credited_works,
                                            refine_work_media, settle_company_roles, vote_cast_people, vote_deal_parties,
                                            vote_company_contexts, vote_coordinated_people, vote_facility_heads, vote_listed_companies, vote_epithet_works, vote_given_names, vote_person_contexts,
                                            vote_work_media, vote_work_sentences)
from mediakg.extract.mentions.pronouns import resolve_pronouns
from mediakg.extract.mentions.references import (Reference, named_as_modifier, named_in_passing, resolve_references,
                                                 vote_descriptors)
from mediakg.extract.relations import credits, corporate, hires, places, works
from mediakg.extract.relations.clauses import clause_facts, relative_credit_chains
from mediakg.extract.relations.commissions import behind_copulas, commissioned_works, production_copulas
from mediakg.extract.relations.ownership import control_takeovers, held_lists, held_objects, owned_agents
from mediakg.extract.relations.ep_lists import as_ep_complements, running_ep_lists
from mediakg.extract.relations.plural_credits import plural_credits
from mediakg.extract.relations.distribution import (bought_releases, distributor_shows, named_distributors, platform_releases, handled_releases, release_plans, schedule_moves, territory_buyers, territory_handovers,
                                                     territory_for_buyers, territory_bracket_buyers)
from mediakg.extract.relations.deals import deal_facts, merge_definite_agreements
from mediakg.extract.relations.constructions import (calling_cards, company_copula_credits, company_credits, company_lists, company_verbs, made_for_partners,
                                                      credit_lists, as_role_credits, seller_partners, with_company_jobs,
                                                      employment_lists,
                                                      paren_credits, character_casts, character_names, possessive_works, rights_deals, shooting_works,
                                                      titled_names)
from mediakg.extract.relations.employment import departures, employment_clauses, past_posts
from mediakg.extract.relations.engine import RuleSet
from mediakg.extract.relations.roles import (cast_additions, cast_clauses, cast_joins, director_film_lists, directorial_debuts, film_bylines,
                                             hyphen_credits, paired_stars, role_complements, with_casts)
from mediakg.extract.relations.roles import cast_actives, cast_fellows, cast_passives, described_casts, copula_leads, past_parts, regular_promotions, return_nouns, returning_casts, work_epithets, work_stars
from mediakg.extract.relations.roles import apposition_role_credits, award_credits, calling_card_tallies, calling_card_works, cast_members, debut_owners, epithet_credits, group_of_work_lists, helped_works, seen_parts
from mediakg.extract.relations.roles import boarding_casts, counted_credits, drop_displaced_casts, drop_distant_credits, drop_played_parts, joining_inversions
from mediakg.extract.relations.crew_joins import crew_joins
from mediakg.extract.mentions.titles import slot_titles
from mediakg.extract.mentions.field_lines import field_line_mentions
from mediakg.extract.relations.field_credits import field_credits
from mediakg.extract.tokens import doc_sents, entity_of, entity_tokens, fix, kind_of, merge_tokens, ref_of, set_tags, settle, tokens_with

PARENT_SUFFIXES = lower_words("parent_name_suffixes")
PLACE_NAMES = words("countries") | words("regions") | words("cities")

RULES = [*credits.RULES, *works.RULES, *corporate.RULES, *places.RULES, *hires.RULES]

# "" rather than None: the Matcher's NOT_IN never matches a None value.
for _name in ("mkg_entity", "mkg_kind", "mkg_class"):
    Token.set_extension(_name, default="", force=True)
# A token that stands for an entity without naming it ("the streamer", "She"): facts read through
# it are less sure than facts between names.
Token.set_extension("mkg_ref", default=False, force=True)


# A region or a country right after a company's name, in English or in the country's own
# language ("Sky Nordics", "Sky Deutschland"), which the NER leaves out of any mention.
# The arm's word ends the name: "Company Asia Pacific" is a longer place's, joined whole below.
_ARM_AFTER_RE = re.compile(r" ([A-Z\u00c0-\u00de][\w+\u00c0-\u00ff]*)(?=[^\w-]|$)(?![^\S\n]+[A-Z\u00c0-\u00de])")


def regional_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Netflix Japan", "Walt Disney Company Asia Pacific": an organisation's name followed by a
    place is the name of its regional arm, a company of its own; so is one followed by a region
    or a country no mention holds ("Sky Nordics", "Canal+ Polska")."""
    text = document_text(doc)
    arms = words("regional_arm_words") | words("regions") | words("countries")
    out: list[Mention] = []
    joined_end = -1  # the end of an arm just joined: a mention the NER made of the arm word alone goes
    for m in mentions:
        if m.start < joined_end:
            continue
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "org" and m.kind == "place"
                and text[prev.end:m.start] == " " and not text[m.end:m.end + 1].isalnum()):
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], prev.cls, "pattern", cued=True)
            continue
        arm = _ARM_AFTER_RE.match(text, m.end) if m.kind == "org" else None
        if arm and arm.group(1) in arms:
            out.append(Mention(m.start, arm.end(), text[m.start:arm.end()], m.cls, "pattern", cued=True))
            joined_end = arm.end()
            continue
        out.append(m)
    return out


_BARE_BEFORE_AMPERSAND_RE = re.compile(r"(?:^|(?<=\s))([A-Z][\w'-]*)\s*&\s*$")


def ampersand_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Gunpowder & Sky Distribution": a name joined by "&" to a company name with a company word
    at its end is one company's name (as in "Simon & Schuster"); the NER stops at the "&" and a
    known short name ("Sky") would take the rest. Two names known alone ("Netflix & Sky") stay two."""
    text = document_text(doc)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "org" and m.kind == "org" and prev.source != "gazetteer"
                and m.source == "pattern" and re.fullmatch(r"\s*&\s*", text[prev.end:m.start])
                and re.fullmatch(r"[A-Z][\w'-]*", prev.text)):
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], m.cls, "pattern", cued=True)
            continue
        # ... or the word before "&" is no mention at all (the NER saw nothing in it).
        before = text[max(0, m.start - 40):m.start]
        bare = _BARE_BEFORE_AMPERSAND_RE.search(before) if "&" in before else None  # most have none
        if (m.kind == "org" and m.source == "pattern" and bare
                and not (prev is not None and prev.end > m.start - len(bare.group(0)))):
            start = m.start - len(bare.group(0))
            out.append(Mention(start, m.end, text[start:m.end], m.cls, "pattern", cued=True))
            continue
        out.append(m)
    return out


def own_head_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Universal Sports", "NBC News": a known company's name followed by a head word of a
    business of its own names another company; the gazetteer, matching the first word alone, would
    make it the known one. The name runs over the head word and a company suffix after it."""
    text = document_text(doc)
    heads, suffixes = words("own_head_words"), PARENT_SUFFIXES
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "org" or m.source != "gazetteer":
            out.append(m)
            continue
        end, first = m.end, True
        while True:
            # Matched in place: a copy of the text after each mention would cost the article's length.
            word = _NEXT_CAPITAL_RE.match(text, end)
            if not word or not ((first and word.group(1) in heads) or (not first and word.group(1).lower() in suffixes)):
                break
            end, first = word.end(), False
        if end == m.end:
            out.append(m)
            continue
        out.append(Mention(m.start, end, text[m.start:end], "Organization", "pattern", cued=True))
    # A mention the longer name now covers ("Sports" taken by the NER) goes with it.
    return without_covered(out)


_NEXT_CAPITAL_RE = re.compile(r" ([A-Z][A-Za-z]+)(?![\w-])")


def without_covered(mentions: list[Mention]) -> list[Mention]:
    """The mentions no longer one covers (one that starts no later and ends no sooner), in their
    order: `[m for m in mentions if not any(o is not m and o.start <= m.start and m.end <= o.end
    and o is longer)]`, without comparing every pair. A longer mention covers m when it starts
    before m and ends at m's end or after, or starts with m (or before) and ends after it: so the
    latest end among the mentions starting before m, and among those starting no later, decide."""
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    latest, reach = [], -1  # latest[k]: the latest end among by_start[:k + 1]
    for m in by_start:
        reach = max(reach, m.end)
        latest.append(reach)

    def covered(m: Mention) -> bool:
        before = bisect_left(starts, m.start)  # the mentions starting before m
        if before and latest[before - 1] >= m.end:
            return True
        upto = bisect_right(starts, m.start)  # ... and those starting with it
        return latest[upto - 1] > m.end

    return [m for m in mentions if not covered(m)]


def _regional_subsidiaries(groups: list[EntityGroup], doc: Doc) -> Iterator[Fact]:
    by_label = {g.label: g for g in groups if g.kind == "org"}
    for group in groups:
        if group.kind != "org":
            continue
        for parent_label, parent in by_label.items():
            # A parent only the NER calls a company may be a person's given name ("Francesca"
            # of "Francesca Orsi", whom the small model took for an ORG).
            # "Warner Bros. Television Group" holds Warner Bros. Television, not the reverse.
            # "CBS Corp.", "Sony Group", "Lionsgate Inc.": a holding-company word after the name
            # names the parent itself (the lexicon's parent_name_suffixes), not one of its units.
            # Only a place after the parent's name makes the tie plain ("Netflix Japan", "Disney
            # Asia Pacific": a regional arm); another word shared with a second company's name
            # ("Sony Pictures Television", "CBS Studios International") says nothing of who owns
            # whom, which the text must state.
            tail = group.label[len(parent_label):].strip()
            if (parent is not group and parent.cued and group.label.startswith(parent_label + " ")
                    and tail.lower() not in PARENT_SUFFIXES and _is_place_name(tail)):
                m = group.mentions[0]
                yield Fact(group.key, "subsidiaryOf", parent.key, evidence_at(doc, m.start, m.end),
                           "corporate.regional_name", 0.8)
                break


def _is_place_name(name: str) -> bool:
    """A country, region or city the lexicon knows ("Japan", "Asia Pacific", "Seoul")."""
    return name in PLACE_NAMES


def _retag_after_merge(doc: Doc, groups: list[EntityGroup], refs: list[Reference]) -> None:
    """After merging, token indices changed: tag each token that starts at a mention's offset."""
    starts: dict[int, EntityGroup] = {}
    by_key = {g.key: g for g in groups}
    for group in groups:
        for m in group.mentions + group.short_forms:
            starts[m.start] = group
    for ref in refs:
        starts[ref.start] = by_key[ref.entity]
    ref_starts = {ref.start for ref in refs}
    # Only the tokens that start at a mention's offset: no Token made for every other word.
    at = [i for i, idx in enumerate(doc.to_array(IDX).tolist()) if idx in starts]
    for token in (doc[i] for i in at):
        group = starts.get(token.idx)
        if group is not None and group.kind:
            set_tags(token, group.key, group.kind, token.idx in ref_starts, group.cls)


def _merge(doc: Doc, groups: list[EntityGroup], refs: list[Reference]) -> None:
    spans = []
    for group in groups:
        for m in group.mentions + group.short_forms:
            spans.append(doc.char_span(m.start, m.end, alignment_mode="expand"))
    for ref in refs:
        spans.append(doc.char_span(ref.start, ref.end, alignment_mode="expand"))
    spans = [s for s in spans if s is not None and len(s) > 1]
    # A merge must not cross a sentence boundary, or the parse loses a sentence. (The kept
    # sentences' starts are the tokens spaCy marks is_sent_start: no Span and Token made per word.)
    sentence_starts = {sent.start for sent in doc_sents(doc)}
    spans = [s for s in filter_spans(spans) if sentence_starts.isdisjoint(range(s.start + 1, s.end))]
    # The kept sentences, entity spans and word index are of the tokens before the merge: kept
    # again after it (the token table carried over).
    merge_tokens(doc, spans)
    _retag_after_merge(doc, groups, refs)


def _only_in_passing(text: str, group: EntityGroup, referred: int) -> bool:
    mentions = group.mentions + group.short_forms
    return not referred and all(named_in_passing(text, m.start) or named_as_modifier(text, m.end) for m in mentions)


_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\u201d\"]?\s+|\n")
_SUM_RE = re.compile(r"\$\s?\d")


def box_office_lead(text: str, groups: list[EntityGroup]) -> str | None:
    """The work a round-up of the box-office charts is about, "" when it is about none, None when
    the article is no such round-up. A round-up has box-office words (box_office_roundup_cues) and
    sums in the sentences of three or more titles: each title is an item of its own, and the most
    named one is not what an unnamed credit means. Only a lead sentence that puts its first title
    on top of the chart (box_office_top_cues) makes the article that title's story."""
    lowered = text.lower()
    if not any(cue in lowered for cue in lower_words("box_office_roundup_cues")):
        return None
    bounds = [0, *(m.end() for m in _SENTENCE_END_RE.finditer(text)), len(text)]
    sentences = list(zip(bounds, bounds[1:]))
    works = sorted(((m.start, g.key) for g in groups if g.kind == "work" for m in g.mentions + g.short_forms))
    with_sums = [(a, b) for a, b in sentences if _SUM_RE.search(text, a, b)]
    if len({key for start, key in works if any(a <= start < b for a, b in with_sums)}) < 3:
        return None
    first = works[0][0] if works else 0
    lead = next(((a, b) for a, b in sentences if a <= first < b), (0, 0))
    sentence = lowered[lead[0]:lead[1]]
    tops = any(re.search(rf"(?<![\w#]){re.escape(cue)}(?!\w)", sentence) for cue in lower_words("box_office_top_cues"))
    return works[0][1] if works and tops else ""


def _person_relatives(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of relative clauses opened by "who" or "whose" (about a person)."""
    spans = []
    for token in tokens_with(doc, lower=("who", "whose")):
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:
            spans.append((clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)))
    return spans


def _salient(text: str, groups: list[EntityGroup], refs: list[Reference],
             cards: frozenset[str] = frozenset(), card_counts: Counter[str] | None = None) -> dict[str, str]:
    """The most named entity of each kind: what "the series" means when nothing nearer does.
    "The series" and "the show" name it too; at equal count, the one named fewer times as a
    calling card, then the one named first. A title named only as someone's calling card ("Ember
    star A", "A (Ember)") is not the article's work, and a title's calling-card mentions do not
    count toward it ("Director A (“Ember”, “Moonfall”) starts work on “X”. ... A co-wrote “Ember”
    ...": X is the article's work)."""
    card_counts = card_counts or Counter()
    salient: dict[str, str] = {}
    referred = Counter(r.entity for r in refs)
    lead = box_office_lead(text, groups)
    for kind in ("work", "org"):
        if kind == "work" and lead is not None:
            if lead:
                salient[kind] = lead
            continue
        # Named only in passing ("series including X"), a title is not what the article is about.
        ranked = sorted((g for g in groups if g.kind == kind and not _only_in_passing(text, g, referred[g.key])
                         and g.key not in cards),
                        key=lambda g: (-len(g.mentions + g.short_forms) - referred[g.key] + card_counts[g.key], card_counts[g.key],
                                       min(m.start for m in g.mentions + g.short_forms)))
        if ranked and (kind != "work" or _named_in_opening(text, ranked[0])):
            salient[kind] = ranked[0].key
    return salient


def _opening_end(text: str, sentences: int = 3) -> int:
    """Where the article's opening ends: its headline and lead, the first few sentences (a
    "source:" line and blank lines left aside)."""
    bounds = [0, *(m.end() for m in _SENTENCE_END_RE.finditer(text)), len(text)]
    seen = 0
    for a, b in zip(bounds, bounds[1:]):
        line = text[a:b].strip()
        if not line or line.lower().startswith("source:"):
            continue
        seen += 1
        if seen == sentences:
            return b
    return len(text)


def _named_in_opening(text: str, group: EntityGroup) -> bool:
    return min(m.start for m in group.mentions + group.short_forms) < _opening_end(text)


# "Pinebrook Films, the genre arm of Corvid Films, has acquired T": a parent named inside the
# subject's apposition only says whose the buyer is; the buyer is the subject.
_APPOSITION_GAP_RE = re.compile(r",\s+(?:the|a|an|its|which\s+is|(?:now\s+)?(?:part|owned))\b[^,;()]{0,60}?\b(?:of|by)\s+$")


def drop_apposition_parents(groups: list[EntityGroup], facts: list[Fact]) -> list[Fact]:
    """Drop a parent's acquires/distributes/produces/partnersWith fact when the same sentence gives the
    same fact to the company it owns, and names the parent in an apposition right after that
    company's name ("X, the studio arm of Y, has signed a deal with Z": X's deal, not Y's)."""
    labels = {g.key: g.label for g in groups}
    owned = {(f.subject, f.object, f.evidence.sentence) for f in facts if f.predicate == "subsidiaryOf"} \
        | {(f.object, f.subject, f.evidence.sentence) for f in facts if f.predicate == "owns"}
    held = {(f.subject, f.predicate, f.object, f.evidence.sentence) for f in facts}
    dropped = set()
    for child, parent, sentence in owned:
        child_label, parent_label = labels.get(child, ""), labels.get(parent, "")
        at = sentence.find(child_label) if child_label else -1
        parent_at = sentence.find(parent_label, at + len(child_label)) if at >= 0 and parent_label else -1
        if parent_at < 0 or not _APPOSITION_GAP_RE.search(sentence[at + len(child_label):parent_at]) \
                or not sentence[parent_at + len(parent_label):].lstrip().startswith((",", ".", ";")) \
                and sentence[parent_at + len(parent_label):].strip():
            continue
        dropped |= {(parent, p, o, sentence) for s, p, o, sent in held
                    if s == child and sent == sentence and p in ("acquires", "distributes", "produces", "partnersWith")}
    return [f for f in facts if (f.subject, f.predicate, f.object, f.evidence.sentence) not in dropped]


def _best(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per (subject, predicate, object): a stated reading over a rumoured one, then the most
    confident, first in text order."""
    best: dict[tuple[str, str, str], Fact] = {}
    for fact in facts:
        key = (fact.subject, fact.predicate, fact.object)
        if key not in best or fact.rank > best[key].rank:
            best[key] = fact
    return sorted(best.values(), key=lambda f: (f.evidence.start, f.subject, f.predicate, f.object))


def extract(doc: Doc) -> Extraction:
    """Entities and facts of one parsed document. The Doc is retokenised in place."""
    # The rules share one reading of the document's sentences, entity spans and words (see fix).
    fix(doc)
    try:
        return _extract(doc)
    finally:
        fix(None)


def _extract(doc: Doc) -> Extraction:
    settle(None)
    mentions = regional_names(doc, ampersand_names(doc, own_head_names(doc, find_mentions(doc, extra=[*slot_titles(doc), *field_line_mentions(doc)]))))
    # Again once every occurrence of a known name is a mention: the NER often swallows the place
    # of "the Walt Disney Company Asia Pacific" into the organisation the gazetteer then cuts out.
    mentions = regional_names(doc, ampersand_names(doc, own_head_names(doc, add_document_matches(doc, mentions))))
    groups = group_mentions(mentions)
    refs = resolve_references(document_text(doc), groups, [s.start_char for s in doc_sents(doc)])
    vote_descriptors(document_text(doc), groups)
    vote_coordinated_people(document_text(doc), groups)
    vote_listed_companies(document_text(doc), groups)  # "Harbour Films, Ostrava and Keel Media": a list of companies
    vote_person_contexts(document_text(doc), groups)
    vote_given_names(groups)  # "Franka Potente": a frequent given name opens a person's name
    vote_authors(document_text(doc), groups)  # "Victoria Vale's novel": a novel's owner is its author
    vote_cast_people(doc, groups)
    vote_company_contexts(document_text(doc), groups)
    vote_deal_parties(doc, groups)  # "Brackwater has acquired Gray Harbor", "sold to Kestrel": a company
    vote_facility_heads(document_text(doc), groups)  # "the Sunset Grove lot": a facility
    vote_epithet_works(document_text(doc), groups)  # "Glasshouse producer Lumen Pictures": a work
    vote_credited_works(document_text(doc), groups)  # "X, directed by P": a work
    vote_released_works(document_text(doc), groups)  # "Released in 2013, X sold ...": a work
    vote_appositive_works(document_text(doc), groups)  # "X, P's feature debut"; "X, which P will direct"
    vote_works_from_makers(document_text(doc), groups)  # "X, from Universal and Blumhouse,": a work
    vote_employers_before_posts(document_text(doc), groups)  # "Cinesud sales co-chief Marc Aubert": a company
    vote_showing_channels(document_text(doc), groups)  # "premieres on Kanal Nord": a channel
    vote_described_works(document_text(doc), groups)  # "P's noir X", "X, a sci-fi show": a work
    vote_company_possessive_works(document_text(doc), groups)  # "Netflix's Lucifer": a company's show
    vote_made_for_companies(document_text(doc), groups)  # "produced by Kalvik for Channel 4": a company
    vote_work_media(document_text(doc), groups, refs)
    vote_work_sentences(doc, groups)  # "X earned $8m from 1.1 million admissions": a film
    for group in groups:
        decide_class(group)  # references have voted ("the streamer")
    honorific_titles(document_text(doc), groups)  # "Dr. Death": the form of address is part of a title
    settle_company_roles(groups, company_roles(doc, groups))  # "released by X", "X, the production company"
    groups = merge_person_short_forms(groups)  # "played by Vale" after "Dina Vale", both once taken for companies
    groups = merge_glossed_titles(document_text(doc), groups)  # "Strada di Sale (Salt Road)": one work
    groups = merge_definite_agreements(document_text(doc), [g for g in groups if g.cls])
    refs = [r for r in refs if any(g.key == r.entity for g in groups)]
    # Pronouns tag their token for the rules but are no alias of the entity they stand for.
    pronouns = resolve_pronouns(document_text(doc), groups, [s.start_char for s in doc_sents(doc)], asides=_person_relatives(doc))
    _merge(doc, groups, refs + pronouns)
    named, card_counts = calling_card_tallies(doc)
    cards = calling_card_works(named, card_counts)
    # "The series" never stands for a title named only as someone's calling card.
    for token in entity_tokens(doc, attr="mkg_ref"):
        if ref_of(token) and kind_of(token) == "work" and entity_of(token) in cards:
            set_tags(token, "", "", False, "")
    settle(doc)  # the tags are final: the rules below only read them
    rules = RuleSet(RULES, salient=_salient(document_text(doc), groups, refs, cards, card_counts), cards=cards)
    # Deduplicate only after the split: "Perrotta's novel X" and "X was written by Perrotta" are
    # one triple before it and two facts (about the novel, about the series) after it.
    salient_work = rules.salient.get("work", "")
    facts = [*rules.facts(doc), *clause_facts(doc, salient_work=salient_work), *relative_credit_chains(doc),
             *credit_lists(doc, salient_work=salient_work), *as_role_credits(doc, salient_work=salient_work), *company_credits(doc, salient_work=salient_work), *company_copula_credits(doc, salient_work=salient_work),
             *company_lists(doc, salient_work=salient_work),
             *paren_credits(doc), *character_casts(doc, salient_work=salient_work), *calling_cards(doc, salient_org=rules.salient.get("org", "")),
             *employment_lists(doc), *rights_deals(doc, salient_work=salient_work), *seller_partners(doc), *with_company_jobs(doc, salient_work=salient_work), *possessive_works(doc), *company_verbs(doc), *made_for_partners(doc), *shooting_works(doc), *titled_names(doc),
             *role_complements(doc, salient_work=salient_work), *hyphen_credits(doc), *film_bylines(doc), *director_film_lists(doc), *cast_clauses(doc, salient_work=salient_work),
             *cast_joins(doc, salient_work=salient_work), *cast_additions(doc, salient_work=salient_work),
             *paired_stars(doc), *with_casts(doc),
             *cast_passives(doc, salient_work=salient_work), *cast_actives(doc, salient_work=salient_work),
             *work_stars(doc, salient_work=salient_work),
             *regular_promotions(doc, salient_work=salient_work), *return_nouns(doc, salient_work=salient_work), *work_epithets(doc), *described_casts(doc), *epithet_credits(doc), *apposition_role_credits(doc), *past_parts(doc), *copula_leads(doc),
             *cast_members(doc, salient_work=salient_work), *group_of_work_lists(doc), *award_credits(doc), *seen_parts(doc), *helped_works(doc), *debut_owners(doc),
             *cast_fellows(doc, salient_work=salient_work), *returning_casts(doc, salient_work=salient_work),
             *counted_credits(doc, salient_work=salient_work), *boarding_casts(doc), *crew_joins(doc), *joining_inversions(doc, salient_work=salient_work),
             *employment_clauses(doc), *past_posts(doc), *departures(doc), *works.collaborations(doc), *works.joint_owners(doc), *works.collaborator_nouns(doc), *works.collaboration_nouns(doc), *works.behind_credits(doc), *works.opening_adaptations(doc), *works.adapting_companies(doc), *directorial_debuts(doc, salient_work=salient_work),
             *platform_releases(doc), *corporate.relative_deals(doc), *corporate.stake_deals(doc),
             *corporate.banner_credits(doc, salient_work=salient_work), *corporate.producer_banner_lists(doc, salient_work=salient_work), *corporate.studio_roles(doc, salient_work=salient_work), *corporate.passive_acquisitions(doc), *corporate.ownership_clauses(doc), *corporate.epithet_makers(doc), *corporate.parent_names(doc, salient_org=rules.salient.get("org", "")), *corporate.company_acquisitions(doc), *corporate.company_leases(doc), *corporate.partners_named_after_with(doc), *corporate.named_relations(doc), *corporate.owned_descriptions(doc), *corporate.banner_staff(doc), *corporate.own_banners(doc), *corporate.compound_parents(doc), *corporate.possessive_companies(doc), *named_distributors(doc), *handled_releases(doc, salient_work=salient_work), *release_plans(doc, salient_work=salient_work), *schedule_moves(doc), *territory_buyers(doc, salient_work=salient_work), *territory_for_buyers(doc, salient_work=salient_work), *territory_handovers(doc, salient_work=salient_work), *territory_bracket_buyers(doc, salient_work=salient_work),
             *_regional_subsidiaries(groups, doc), *extract_attributes(doc), *hires.hire_roles(doc), *hires.coordinated_hires(doc), *hires.replaced_at(doc),
             *commissioned_works(doc), *behind_copulas(doc), *production_copulas(doc), *owned_agents(doc), *held_lists(doc), *held_objects(doc), *control_takeovers(doc),
             *running_ep_lists(doc, salient_work=salient_work), *as_ep_complements(doc, salient_work=salient_work), *field_credits(doc),
             *plural_credits(doc, salient_work=salient_work)]
    facts += list(event_dates(doc, facts))
    facts = drop_played_parts(doc, facts)  # "A will play astronomer B": B is a character
    facts = drop_displaced_casts(facts)  # "X, and Y starring P": P stars in Y alone
    facts = drop_distant_credits(doc, facts)  # "Producers are A and B", ten sentences after the title
    facts = drop_derived_work_credits(doc, groups, facts)  # "X prequel adds A": A joins the untitled prequel
    groups, facts = split_adaptations(doc, groups, refs, facts)
    groups, facts = unnamed_sources(doc, groups, facts, salient_work=salient_work)
    facts = screen_owners(doc, groups, facts)
    facts += list(bought_releases(facts, {g.key: g.cls for g in groups}))
    facts += credits.own_script_writers(facts)  # "A directs from her own screenplay": A wrote it too
    facts = distributor_shows(facts, {g.key: g.cls for g in groups})
    facts = drop_apposition_parents(groups, facts)  # "P, the arm of Q, acquired T": Q buys nothing
    facts = _best(facts)
    refine_work_media(document_text(doc), groups, facts, {g.key for g in groups if g.cls == "Broadcaster"})
    facts = unsure_series_owners(groups, facts)
    # A work named only in passing, with no cue and no fact, is more likely a quoted phrase.
    in_facts = {f.subject for f in facts} | {f.object for f in facts if not f.is_attribute}
    # A bare double-quoted title-cased run is a title too (quoted_titles): US trade copy quotes them all.
    kept = [g for g in groups if g.kind != "work" or g.cued or g.key in in_facts or any(m.titled for m in g.mentions)]
    characters = character_names(doc)  # "Leo Hart (Sam Ruiz)": a part, no person of the news
    # "White House Chief of Staff Nora Vell (Kim Arden)": a character's job is fiction.
    # (Only jobs: "Sean Vale (Moonfall)" with the title taken for a person is an actor, not a part.)
    facts = [f for f in facts if f.subject not in characters or f.predicate not in ("employedBy", "role", "workedWith")]
    in_facts = {f.subject for f in facts} | {f.object for f in facts if not f.is_attribute}
    kept = [g for g in kept if g.key not in characters or g.key in in_facts]
    kept = drop_lone_given_names(kept, keep=in_facts)  # "Kate and Tully meet as girls": characters, never named in full
    kept_keys = {g.key for g in kept}
    facts = [f for f in facts if f.subject in kept_keys and (f.is_attribute or f.object in kept_keys)]
    # Deals last: their parties and terms read the facts every other rule has settled.
    deals = deal_facts(doc, facts, {g.key: g.label for g in kept})
    facts = _best([*facts, *deals.facts])
    settle(None)
    ref_texts: dict[str, set[str]] = {}  # each entity's reference texts, gathered once for all records
    for ref in refs:
        ref_texts.setdefault(ref.entity, set()).add(ref.text)
    return Extraction(tuple(_entity_record(doc, g, ref_texts.get(g.key, set())) for g in kept) + deals.entities, tuple(facts))


def extract_facts(doc: Doc) -> Iterator[Fact]:
    """The facts of one parsed document (see `extract` for its entities too)."""
    yield from extract(doc).facts


def _entity_record(doc: Doc, group: EntityGroup, ref_texts: set[str]) -> Entity:
    """The record of one entity; `ref_texts` are the texts of the references to it."""
    first = min(group.mentions, key=lambda m: m.start)
    aliases = set(group.aliases()) | ref_texts
    sources = Counter(m.source for m in group.mentions)
    confidence = 0.95 if sources.get("gazetteer") else 0.85 if group.cued else 0.7
    rule = "entities." + "+".join(sorted(sources))
    if group.typed_by:
        # The class is a guess from the article as a whole: say so, and rank it below a named one.
        rule, confidence = f"{rule}+{group.typed_by}", min(confidence, 0.6)
    return Entity(group.key, group.label, group.cls, tuple(sorted(aliases - {group.label})),
                  evidence_at(doc, first.start, first.end), rule, confidence)
