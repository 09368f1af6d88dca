"""Relations from the noun-phrase and list constructions that carry most trade-news credits.

Each function reads a Doc whose entity mentions are single tokens tagged with `mkg_entity` and
`mkg_kind` (see `document.extract`) and yields plain `Fact`s. The trigger words are data, the
lexicon's `credit_list_triggers`, `credit_list_lead_triggers` and `calling_card_triggers`.

- A credit list after a trigger gives the credit to every person listed, whatever sits between
  them: parentheses of past work, a company's possessive, a role noun ("executive produced by A,
  B ("X"), Harbour Films' C and D and studio head E"). Token patterns lose such lists at the
  first parenthesis.
- A list of people or companies before a credit verb gets it too ("A, B and C will executive
  produce"; "Harbour Films, Tidewater Media and Sky Studios produce").
- A person's parenthesis names their calling cards or their company: "Jane Roe (Moonfall)".
- A title's parenthesis names the company it was made for: "Tidewater (for the BBC)".
- "credits include A, B and C", "best known for A and B": calling cards of the person before.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from mediakg.extract.evidence import document_text, sentence_evidence
from mediakg.extract.mentions.titles import credit_opening
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.lexicon import character_name_word, company_descriptor_nouns, lexicon_table, lower_words, opens_with_given_name, words
from mediakg.extract.records import Fact
from mediakg.extract.relations.engine import (entity_end, clause_verb, past_year_bracket, in_other_relative, on_company, owns_next_company, coordinated, described_work, in_passing, item_work, named_in_topic, opens_new_item, unknown_title,
                                              UNIT_NOUNS, relative_clause_of, unresolved_work_reference, untitled_work)
from mediakg.extract.tokens import (class_of, doc_sents, entity_of, entity_tokens, kind_of, lemmas_where, lower_forms, ref_of, settled_memo, token_table, tokens_at, tokens_in,
                                    tokens_with, word_indices, word_positions)

# Words that end a list of credited names: a new clause or a new role for the rest.
LIST_BREAKS = lower_words("list_break_words")


Triggers = dict[str, list[tuple[tuple[str, ...], str]]]


@lru_cache(maxsize=None)
def trigger_index(name: str, *more: str) -> Triggers:
    """A trigger table indexed by its phrases' first word: first word -> [(words, predicate)],
    longest first so "executive produced by" wins over "produced by". Scanning a sentence then
    costs one dictionary look-up a token, whatever the number of phrases. Tables named in
    `more` add their phrases to the first's."""
    index: Triggers = {}
    for predicate, phrases in [item for table in (name, *more) for item in lexicon_table(table).items()]:
        for phrase in phrases:
            words = tuple(phrase.lower().split())
            index.setdefault(words[0], []).append((words, predicate))
            # The tokenizer splits some hyphenated words ("co - production") and not others.
            split = tuple(part for word in words for part in re.split(r"(-)", word) if part)
            if split != words:
                index.setdefault(split[0], []).append((split, predicate))
    for entries in index.values():
        entries.sort(key=lambda p: -len(p[0]))
    return index


# id of a trigger table (each kept for good by trigger_index's cache) -> its phrases' first words.
_FIRST_WORDS: dict[int, frozenset[str]] = {}


def first_words(table: Triggers) -> frozenset[str]:
    """The words that open a phrase of the trigger table (its keys), made once per table."""
    if id(table) not in _FIRST_WORDS:
        _FIRST_WORDS[id(table)] = frozenset(table)
    return _FIRST_WORDS[id(table)]


def _find_triggers(sent: Span, table: Triggers) -> Iterator[tuple[int, int, str]]:
    """(start, end, predicate) of each trigger phrase in the sentence, longest match first, a
    phrase's search resuming after the end of the one before. Only the tokens that can open a
    phrase are tried: the word index finds them for the document once, and each sentence (the
    callers loop over all of them, for several tables) takes its share by bisection."""
    doc = sent.doc
    lowers = lower_forms(doc)  # read as strings: no Token made per word and table
    starts = word_positions(doc, lower=first_words(table))
    free = sent.start  # the first token no phrase found so far covers
    for i in starts[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]:
        if i < free:
            continue
        for words, predicate in table[lowers[i]]:
            end = i + len(words)
            if end <= sent.end and tuple(lowers[i:end]) == words:
                yield i, end, predicate
                free = end
                break


def _coordinated_predicates(doc: Doc, start: int, words: tuple[str, ...], table: Triggers) -> list[str]:
    """"written and directed by A": the participles coordinated before a "V by" trigger share its
    agent, so each names a credit of its own (walking back over "and", "&" and commas). A
    participle may span tokens ("co - written"); "starring" in the chain is a credit of its own
    ("starring, co-written and executive produced by A"); a participle that names no credit
    ("created, written and directed by A") is passed over."""
    predicates = []
    i = start - 1
    while i - 1 >= 0 and doc[i].lower_ in ("and", "&", ","):
        j = i - 1  # the last token of the coordinated participle
        found, first = [], j
        for k in range(max(0, j - 2), j + 1):
            tokens = tuple(t.lower_ for t in doc[k:j + 1])
            found = [p for w, p in table.get(tokens[0], ()) if w == (*tokens, *words) or (w == tokens and p == "starring")]
            if found:
                first = k
                break
        if not found and not (doc[j].tag_ == "VBN" and not kind_of(doc[j])):
            break
        predicates += found
        i = first - 1
    return predicates


def _in_parens(token: Token) -> bool:
    depth = 0
    for t in token.sent:
        if t.i >= token.i:
            break
        depth += t.text == "("
        depth -= t.text == ")"
    return depth > 0


def _outside_parens(tokens: Iterable[Token], *, backwards: bool = False) -> Iterator[Token]:
    """The tokens not inside a parenthesis, in the order given (walking back, ")" opens one)."""
    opener, closer = (")", "(") if backwards else ("(", ")")
    depth = 0
    for token in tokens:
        if token.text == opener:
            depth += 1
        elif token.text == closer:
            depth = max(0, depth - 1)
        elif not depth:
            yield token


def _next_work_item(doc: Doc, token: Token, end: int) -> bool:
    """"X, a drama written by A, a family comedy written by B and ...": a comma before an
    indefinite work noun phrase opens the slate's next project, whose credits are its own."""
    if token.text != "," or token.i + 1 >= end or doc[token.i + 1].lower_ not in ("a", "an"):
        return False
    nouns = lower_words("title_slot_nouns")
    for t in doc[token.i + 2:min(end, token.i + 7)]:
        if kind_of(t) and kind_of(t) != "person":
            return False
        if t.lower_ in nouns:
            return True
    return False


def _listed_after(doc: Doc, start: int, end: int, kind: str) -> list[Token]:
    """The entities of one kind listed from start: parenthesised asides, possessive owners and
    role nouns between them are skipped; a clause break or a verb ends the list."""
    found: list[Token] = []
    in_character = False
    joiner = 0  # tokens left of a joining phrase ("as well as", "along with")
    for token in _outside_parens(doc[start:end]):
        if joiner:
            joiner -= 1
            continue
        # "stars A as a nurse as well as B, along with C and D": these phrases join names to
        # the list as "and" does (and end a character's description).
        words_after = [t.lower_ for t in doc[token.i:min(token.i + 3, end)]]
        if found and kind == "person" and (words_after[:3] == ["as", "well", "as"] or words_after[:2] in (["along", "with"], ["together", "with"])):
            joiner = 2 if words_after[0] == "as" else 1
            in_character = False
            continue
        # "stars A as a detective and B as his partner": the character after "as" is skipped
        # up to the next "," or "and", where the list goes on.
        if in_character:
            # ("as poet and political agitator Ivan Petrov": an "and" before lower-case words
            # goes on with the description.)
            in_character = token.text not in (",", "and", ";") or (
                token.lower_ == "and" and token.i + 1 < end and doc[token.i + 1].is_lower)
            if token.text != ";":
                continue
        if token.lower_ == "as" and found and kind == "person":
            in_character = True
            continue
        # "..., and PlayStation Studios head Hermen Hulst": a job noun between a company and the
        # next name is a title the tagger took for a verb, not a clause of its own.
        job_title = (token.lower_ in lower_words("role_title_words") and token.i > start and kind_of(doc[token.i - 1]) == "org"
                     and token.i + 1 < end and kind_of(doc[token.i + 1]) == kind)
        if found and _next_work_item(doc, token, end):
            break
        # "written and directed by A, the brother of Ember director B", "by A, a longtime friend
        # of B": an apposition of a tie to someone ends the list; the name in it is no co-credit.
        if found and kind == "person" and token.text == "," and _tie_apposition(doc, token.i + 1, end):
            break
        # "features X by director A": the byline names the maker of the work right before "by"
        # (or before its parenthesis), who is no member of the list.
        if token.lower_ == "by" and kind == "person" and token.i > start and (
                kind_of(doc[token.i - 1]) == "work" or doc[token.i - 1].text == ")"):
            break
        # "features music by A", "includes a score by A": a "by" before the list's first name
        # makes that name the author of the thing named before it, no member of the list.
        if token.lower_ == "by" and kind == "person" and not found and token.i > start:
            break
        # "The cast includes A (X) as Sam; B (Y) as Lily; and C as Joe": a semicolon between
        # items that carry their own asides goes on with the list when a name of the kind opens
        # the next item (a clause after it, "; B directs", is cut below by its verb).
        if token.text == ";" and found and kind == "person" and _item_opens_after(doc, token.i + 1, end, kind):
            continue
        # "made for the ABC in Australia and the BBC in the UK": a company's territory after "in"
        # goes with it, and the list goes on after it.
        if kind == "org" and found and token.lower_ == "in" and (territory := _territory_after(doc, token.i + 1, end)):
            joiner = territory
            continue
        # "airs on BBC One and on Netflix": the preposition repeated after "and" goes on with the list.
        if kind == "org" and found and token.lower_ in ("on", "via", "for") and doc[token.i - 1].lower_ == "and" \
                and token.i + 1 < end and (kind_of(doc[token.i + 1]) == "org" or doc[token.i + 1].lower_ == "the"):
            continue
        # "Written by A, “Ember” co-stars B and C": a title that is no one's calling card opens a
        # clause of its own after the list ("by A, Ember star B" goes on with the list).
        if found and kind == "person" and kind_of(token) == "work" and epithet_person(token) is None:
            break
        # ("Booker-winning novel X", "Oscar-nominated drama X": in a list of works, a participle
        # hyphened to a word before it is a modifier, no verb of a clause.)
        hyphened = kind == "work" and token.i > start and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
        if token.lower_ in LIST_BREAKS or (token.pos_ in ("VERB", "AUX") and not kind_of(token) and not job_title and not hyphened):
            if found and found[-1].i == token.i - 1 and token.pos_ in ("VERB", "AUX"):
                found.pop()  # "..., and B directs": B opens a clause of its own
            break
        if kind_of(token) == kind:
            if kind == "person" and owns_next_company(token):
                # "produced by Will Vale's production company X", "by A and B's Harbour Films": the
                # people own the company, which holds the credit.
                if found and found[-1].i == token.i - 2 and doc[token.i - 1].lower_ in ("and", "&"):
                    found.pop()
                break
            # "produced by Harbour Group's Lumen Pictures": the owner of the company named next
            # holds no credit of its own.
            if kind == "org" and owns_next_company(doc[entity_end(token)]):
                continue
            # "featuring A and B, C's “X”": a possessive owner opens the list's next item.
            if token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS" and found:
                break
            found.append(token)
    return found


def _tie_apposition(doc: Doc, i: int, end: int) -> bool:
    """Whether an apposition opening at i is headed by a noun of a tie to someone (not_staff_nouns:
    brother, wife, friend, client ...) and "of": "the brother of", "a longtime friend of"."""
    ties = lower_words("not_staff_nouns")
    for j in range(i, min(i + 4, end - 1)):
        if doc[j].lower_ in ties and doc[j + 1].lower_ == "of":
            return True
        if doc[j].pos_ not in ("DET", "ADJ", "PRON", "ADV"):
            return False
    return False


def _territory_after(doc: Doc, i: int, end: int) -> int:
    """How many tokens a place name (with its "the") takes from i, when it is followed by the
    list's next item (a comma, "and") or its end; 0 when no place stands there."""
    j = i + 1 if i < end and doc[i].lower_ == "the" else i
    if j >= end or kind_of(doc[j]) != "place":
        return 0
    k = entity_end(doc[j]) + 1
    if k < end and doc[k].text not in (",", "and", ".", ";"):
        return 0
    return k - i


def _item_opens_after(doc: Doc, i: int, end: int, kind: str) -> bool:
    """Whether an entity of the kind opens the text at i (after an "and"), and no verb follows its name."""
    if i < end and doc[i].lower_ == "and":
        i += 1
    if i >= end or kind_of(doc[i]) != kind:
        return False
    j = entity_end(doc[i]) + 1
    return j >= end or doc[j].pos_ not in ("VERB", "AUX")


def _listed_before(doc: Doc, start: int, end: int, kind: str) -> list[Token]:
    """The entities of one kind listed right before end ("A, B and C will produce"): walk back
    over commas, "and", parentheses and auxiliaries."""
    found: list[Token] = []
    skip_to = end  # tokens from here on are a character's name, already passed
    for token in _outside_parens(reversed(doc[start:end]), backwards=True):
        if token.i >= skip_to:
            continue
        if kind_of(token) == kind:
            found.append(token)
            continue
        if token.text in (",", "and", "&") or token.pos_ in ("AUX", "PART", "ADV") or token.tag_ == "POS":
            continue
        played = _played_before(doc, token, start) if kind == "person" and found else None
        if played is not None:
            skip_to = played  # "A as Lennon, B and C star": "as Lennon" names A's part; A is listed
            continue
        if token.lower_ == "who" and not found:
            continue  # "written by A, who also executive produces": A is the one the clause is about
        # "A of Harbour Films and B from Kestrel will executive produce": the company each person
        # comes from stands after the name, inside the list.
        company = _company_after_person(doc, token, start) if kind == "person" else None
        if company is not None:
            skip_to = company
            continue
        if kind_of(token) and found:  # "Harbour Films' A and B": the owner before the list
            continue
        break
    return found[::-1]


def _company_after_person(doc: Doc, token: Token, start: int) -> int | None:
    """Where the "of"/"from"/"at" stands when the token ends a company's name that follows a
    person's ("A of Harbour Films", "B from the Kestrel Company"), else None."""
    if kind_of(token) != "org":
        return None
    j = token.i
    while j > start and kind_of(doc[j - 1]) == "org" and entity_of(doc[j - 1]) == entity_of(token):
        j -= 1
    if j > start and doc[j - 1].lower_ == "the":
        j -= 1
    if j - 1 > start and doc[j - 1].lower_ in ("of", "from", "at") and kind_of(doc[j - 2]) == "person":
        return j - 1
    return None


def _played_before(doc: Doc, token: Token, start: int) -> int | None:
    """Where "as" stands when the token ends the part a person plays ("A as Lennon", "A as Meg
    Vale"): two capitalised words at most between the "as" and the token, a person before it."""
    for j in range(token.i - 1, max(start, token.i - 3) - 1, -1):
        if doc[j].lower_ == "as":
            between = doc[j + 1:token.i + 1]
            # (not a job: "named A as Head, and B and C star" lists no A)
            if j > start and kind_of(doc[j - 1]) == "person" and all(t.is_title and t.text not in words("capitalised_role_words")
                                                                     for t in between):
                return j
            return None
        if not doc[j].is_title:
            return None
    return None


def work_of(sent: Span, before: int, salient: str) -> tuple[str, float]:
    """The work a credit list is about: the nearest work named before it in the sentence that is
    not a calling card ("Jane Roe (Moonfall)") or named in passing, else the article's work when
    the item of the article that holds the sentence names it."""
    if untitled_work(sent.doc, before):
        return "", 0.0
    described = described_work(sent, before, frozenset({"work"}))
    if described is not None and epithet_person(described) is None:
        return entity_of(described), 1.0
    item = item_work(sent, before, frozenset({"work"}))  # "X, starring A; and Y, ...": X's list
    if item is not None:
        return entity_of(item), 1.0
    for token in reversed(sent.doc[sent.start:before]):
        if kind_of(token) == "work" and not _in_parens(token) and not in_passing(token) and not _in_aside(token, before) \
                and epithet_person(token) is None and not card_reference(token):
            return entity_of(token), 1.0
    # "The White Lotus' A and B have been cast in the upcoming series": a sentence that names the
    # article's work only as someone's calling card is about another work.
    mentions = [t for t in sent if entity_of(t) == salient]
    if mentions and all(epithet_person(t) is not None or _in_parens(t) for t in mentions):
        return "", 0.0
    paragraph = paragraph_work(sent, salient)
    if paragraph is not None:
        return entity_of(paragraph), 0.8
    subject = subject_work_before(sent)
    if subject is not None and entity_of(subject) != salient:
        return entity_of(subject), 0.8
    if salient and named_in_topic(sent.doc, salient, sent.start_char) and not unresolved_work_reference(sent) \
            and not opens_new_item(sent.doc, salient, sent.start_char):
        return salient, 0.8
    return "", 0.0


def paragraph_work(sent: Span, salient: str) -> Token | None:
    """"Tom Hale has joined the cast of X. He will star alongside B.": a later paragraph that
    names its own title, and not the article's main work, is an item about that title, so an
    untitled credit in it is that title's (the last one named before the sentence). The first
    paragraph is the article's own. A description ("the project") names nothing: it was
    resolved to the main work by salience alone."""
    doc = sent.doc
    text = document_text(doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    if start == 0:
        return None
    works = [t for t in entity_tokens(doc, "work") if start <= t.idx < sent.start_char and not ref_of(t)]
    if not works and text[:start].strip():
        # "Y is based on a story. Lena Cho stars.\n\nMara Quinn directs.": a paragraph that names
        # no work of its own before the credit goes on with the item before it, when that item
        # opens with its own title the way a round-up heads its items (not the article's first
        # paragraph; "The novel was one of the “10 Best Books”" heads no item).
        previous = text.rfind("\n", 0, len(text[:start].rstrip())) + 1  # the previous paragraph's start
        opening = next((t for t in doc if t.idx >= previous and not t.is_space and t.text not in ("\u201c", "\"")), None)
        if previous > 0 and opening is not None and kind_of(opening) == "work" and not ref_of(opening):
            works = [t for t in entity_tokens(doc, "work") if previous <= t.idx < start and not ref_of(t)]
    if not works or (salient and any(entity_of(t) == salient for t in works)):
        return None
    from mediakg.extract.relations.roles import told_in_passing  # imports this module

    # "The pair recently wrote the screenplay for Ember. P will produce.": a title told as someone's
    # past credit heads no item.
    named = [t for t in works if _names_an_item(t) and not told_in_passing(t)]
    return named[-1] if named else None


def _names_an_item(work: Token) -> bool:
    """Whether a title is named as an item of its own, not in a parenthesis, in passing, as a
    calling card or as a past part (paragraph_work and subject_work_before read items so)."""
    from mediakg.extract.relations.roles import past_role_phrase  # imports this module

    return not _in_parens(work) and not in_passing(work) and epithet_person(work) is None and not past_role_phrase(work)


def subject_work_before(sent: Span) -> Token | None:
    """"X is a thriller. The cast includes A and B. C and D are producing.": the last sentence
    before an untitled credit that names a work, within the paragraph, is about that work when
    the work is its subject; the untitled credit goes on about it, not about the article's main
    title (a slate names each show in turn: "Y follows a baker. Created by A, the show ...").
    A sentence that names a work only in passing, in a parenthesis, as a calling card or past
    part, or where the work is no subject, decides nothing."""
    doc = sent.doc
    start = document_text(doc).rfind("\n", 0, sent.start_char) + 1
    for earlier in reversed(doc_sents(doc)):
        if earlier.start >= sent.start:
            continue
        if earlier.end_char <= start:
            return None
        named = [t for t in earlier if kind_of(t) == "work" and not ref_of(t) and _names_an_item(t)]
        if not named and not any(kind_of(t) == "work" for t in earlier):
            continue
        return next((t for t in named if _clause_subject(t)), None)
    return None


def _clause_subject(work: Token) -> bool:
    """"X is a thriller", "Half-hour comedy X follows a baker", "X, from A, stars B": the title is
    the subject of its sentence's main verb (itself, or the noun it names in apposition)."""
    node = work
    while node.dep_ in ("compound", "appos", "flat") and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass") and node.head.dep_ == "ROOT"


def epithet_person(work: Token) -> Token | None:
    """"Ember star Tom Hale", "Ember alum Tom Hale", "Ember's Tom Hale": the name a title stands
    right before, as its possessive or with an epithet noun (cast2_epithet_nouns); None when the
    title is not such a calling card. A reference ("The movie co-stars A, B and C") is the work
    the article is about, where the word after it is the clause's verb: no calling card."""
    return _kept_epithet(work)[0]


def card_reference(work: Token) -> bool:
    """"The Ember star will play a detective", "the Ember and Tide creator": a title before an
    epithet noun with no name after it refers to someone by a calling card; a credit in the
    clause is not the title's ("Ember's producers" is said of Ember: no epithet noun)."""
    person, noun = _kept_epithet(work)
    return person is None and noun


def _kept_epithet(work: Token) -> tuple[Token | None, bool]:
    # Kept per title while the tags are settled: the rules ask this about three times a title.
    memo = settled_memo(work.doc, "epithet person")
    if work.i not in memo:
        memo[work.i] = _epithet(work)
    return memo[work.i]


def _epithet(work: Token) -> tuple[Token | None, bool]:
    """The name a title is the calling card of, and whether an epithet noun follows the title."""
    if ref_of(work):
        return None, False
    doc, end = work.doc, work.sent.end
    # The words and tags as strings (a word is lower-case as spaCy's is_lower reads it:
    # str.islower): a Token made only for a tag's read.
    table = token_table(doc)
    texts, lowers, tags, poses = table.text, table.lower, table.tag, table.pos
    j = work.i + 1
    while j < end and texts[j] in ("\u201d", "\"") :
        j += 1
    j = past_year_bracket(doc, j, end)  # "“Ember” (2016) writer A"
    # "Ember and Stone Hill director Ana Ruiz", "Ember, Stone Hill and Tide star A": titles
    # coordinated before the epithet share it.
    while j + 1 < end and lowers[j] in (",", "and", "&"):
        k = j + 1 if lowers[j + 1] not in ("and", "&") else j + 2
        while k < end and texts[k] in ("\u201c", "\"") :
            k += 1
        if k >= end or kind_of(doc[k]) != "work":
            break
        j = k + 1
        while j < end and texts[j] in ("\u201d", "\"") :
            j += 1
    marked = False
    if j < end and (tags[j] == "POS" or lowers[j] in ("'s", "\u2019s")
                    or (texts[j] in ("'", "\u2019") and work.text.endswith("s"))):
        j, marked = j + 1, True
    epithets = lower_words("cast2_epithet_nouns")
    # A crew noun is an epithet whatever its tag ("Ember scribe A", taken for a verb) and in the
    # plural ("Ember creators A and B"): unlike "stars", none of them reads as a clause's verb.
    crew = lower_words("prec5_card_epithet_nouns")
    # "Ember stars Tom Hale" is a clause: an epithet is a noun, not a verb. Any job noun will do
    # ("Ember correspondent and writer Tom Hale"), joined by "and" or a hyphen.
    start = j
    while j < end and j - start < 5 and not kind_of(doc[j]) and (lowers[j] in crew or poses[j] not in ("VERB", "AUX") and (
            lowers[j] in epithets or (poses[j] == "NOUN" and tags[j] == "NN" and texts[j].islower())
            or (j > start and lowers[j] in ("and", "&", "-")))):
        j += 1
    # (a plural, "Ember stars A", is the verb the small model took for a noun)
    noun = j > start and lowers[j - 1] in epithets | crew and poses[j - 1] not in ("VERB", "AUX")
    marked = marked or any(lowers[i] in epithets or lowers[i] in crew or tags[i] == "NN" for i in range(start, j))
    if marked and j < end and kind_of(doc[j]) == "person":
        if _cast_clause(doc, work, start, j):
            return None, False
        return doc[j], noun
    # "the Ember team of A, B and C", "the Ember duo of A and B": a group noun names its members
    # after "of"; the title is what the group is known for.
    if (marked and j + 1 < end and j > start and doc[j].lower_ == "of" and doc[j - 1].lower_ in lower_words("group_epithet_nouns")
            and kind_of(doc[j + 1]) == "person"):
        return doc[j + 1], noun
    # "A, the Ember executive producer who ...": the epithet is a noun in apposition to the name.
    head = doc[j - 1] if j > start else None
    if (head is not None and head.dep_ == "appos" and kind_of(head.head) == "person"
            and any(t.lower_ in crew or t.lower_ in epithets for t in doc[start:j])):
        return head.head, noun
    return None, noun


def _cast_clause(doc: Doc, work: Token, start: int, name: int) -> bool:
    """"Written by A, “Ember” co-stars B, C and D.": a bare "stars" or "co-stars" after a title
    that opens its clause, with the cast list ending the sentence, is the clause's verb (the
    tagger reads the plural noun), not an epithet ("Ember co-stars B and C will reunite")."""
    if name - start != 1 or doc[start].lower_ not in ("stars", "co-stars"):
        return False
    before = work.i - 1
    while before >= work.sent.start and doc[before].text in ("\u201c", "\""):
        before -= 1
    if before >= work.sent.start and doc[before].text != ",":
        return False
    last = max(t.i for t in coordinated(doc[name]))
    return last + 1 >= work.sent.end or doc[last + 1].text in (".", ";", "!")


def _in_aside(token: Token, trigger: int) -> bool:
    """"A, who created X, will direct from a script by B": X sits in a relative clause about A
    that ends before the credit, so the credit is not X's."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "relcl" and not node.left_edge.i <= trigger <= node.right_edge.i:
            return True
        # "X, her follow-up to Y, sold to B", "X, the sequel to Y, stars A": Y sits in an
        # apposition that describes the work X and ends before the credit, which is X's.
        if (node.i != token.i and node.dep_ == "appos" and kind_of(node.head) == "work"
                and not node.left_edge.i <= trigger <= node.right_edge.i):
            return True
        node = node.head
    return False


def _subject_after_list(doc: Doc, after: int, end: int) -> Token | None:
    """The work that opens the main clause after a sentence-opening credit list: "Starring A and B,
    Glasshouse follows ...", "Produced by A, the drama Glasshouse ...". Only the clause's first
    noun phrase: "Produced by A, the doc follows P in Q's biopic X" names no subject (the doc is
    the article's work; X is only what it follows)."""
    i = after
    while i < end and (doc[i].text in (",", "(", ")", "\u201c", "\"") or _in_parens(doc[i])):
        i += 1
    while i < end and not kind_of(doc[i]) and (doc[i].is_lower and doc[i].pos_ in ("DET", "ADJ", "NOUN", "NUM")
                                                 or doc[i].text in ("\u201c", "\"")) and i - after < 7:
        i += 1
    if i < end and kind_of(doc[i]) == "work" and epithet_person(doc[i]) is None:  # "A, the Ember producer": a calling card
        return doc[i]
    return None


def credit_lists(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"The series stars A (X), B and C", "executive produced by A, Harbour Films' B and C":
    every person of the list gets the credit; the work is the one the sentence is about."""
    after_table = trigger_index("credit_list_triggers", "credit_list_triggers_more", "cast4_credit_list_triggers")
    before_table = trigger_index("credit_list_lead_triggers", "credit_list_lead_triggers_more")
    for sent in doc_sents(doc):
        for start, end, predicate in _find_triggers(sent, after_table):
            # "a panel featuring A and B": a participle on a noun that is no work names guests
            if doc[start].dep_ == "acl" and doc[start].head.lower_ in lower_words("non_cast_heads"):
                continue
            if on_company(doc[start]):
                continue  # "Blue Door, the Danish company directed by A": A runs the company
            if doc[start].lower_ == "with" and start > sent.start and doc[start - 1].pos_ == "VERB":
                continue  # "will work with producers A and B", "teamed with producer A": partners, no credit
            # "X (starring A) and Y, directed by B": a trigger in brackets lists only up to the
            # closing bracket; the names after it belong to the sentence.
            limit = sent.end
            if _in_parens(doc[start]):
                limit = next((i for i in range(end, sent.end) if doc[i].text == ")"), sent.end)
            people = _listed_after(doc, end, limit, "person")
            # "executive produced by A alongside B and C": partners after the agent list share
            # the credit; one followed by an "-ing" word opens a clause of its own ("with C producing").
            partner = _partner_opening(doc, people[-1].i + 1, sent.end) if people else None
            if partner is not None and doc[people[-1].i + 1].lower_ != "with":
                partners = _listed_after(doc, partner, sent.end, "person")
                after = partners[-1].i + 1 if partners else sent.end
                if not (after < sent.end and (doc[after].tag_ == "VBG" or (doc[after].is_lower and doc[after].lower_.endswith("ing")))):
                    people += partners
            # "Starring A (X) and B (Y), Glasshouse follows ...": a list that opens the sentence
            # credits the work named right after it.
            named = None
            if people and not any(kind_of(t) == "work" and not _in_parens(t) for t in doc[sent.start:start]):
                named = _subject_after_list(doc, people[-1].i + 1, sent.end)
            by = tuple(t.lower_ for t in doc[start + 1:end])
            # "written and executive produced by A": the shared tail is the "by"
            for shared in dict.fromkeys([predicate, *(_coordinated_predicates(doc, start, ("by",), after_table) if by[-1:] == ("by",) else [])]):
                yield from _credits(doc, sent, start, end, shared, people, salient_work, "lists.after", named)
        previous: tuple[int, list[Token]] | None = None  # the last lead trigger's end and subjects
        for start, end, predicate in _find_triggers(sent, before_table):
            if end < sent.end and doc[end].tag_ == "POS":
                continue  # "the Ray Donovan star's next project": a noun, no credit verb
            if end < sent.end and doc[end].lower_ == "by":
                continue  # "Vale's Glasshouse, executive produced by B": a passive, its people come after
            if end < sent.end and doc[end].lower_ == "at" and doc[end - 1].lower_ in ("producer", "producers"):
                continue  # "A is a co-executive producer at Harbour Films": a post at a company, no credit
            people = _listed_before(doc, sent.start, start, "person")
            # "A and B are writing and executive producing the series": verbs coordinated after
            # one subject list share it.
            if not people and previous is not None and _coordinated_verbs(doc, previous[0], start):
                people = list(previous[1])
            previous = (end, list(people))
            # "A will executive produce alongside B and C", "A is executive producing the series,
            # along with B": the partners share the credit.
            partner = _partner_start(doc, end, sent.end)
            if people and partner is not None:
                partners = _listed_after(doc, partner, sent.end, "person")
                # "with B directing", "with B as producer": an absolute clause gives B a job of its
                # own, no shared credit.
                after = partners[-1].i + 1 if partners else sent.end
                # (the tagger often takes the "-ing" word for a noun: read it by its form)
                if not (after < sent.end and (doc[after].tag_ == "VBG" or doc[after].lower_ == "as"
                                              or (doc[after].is_lower and doc[after].lower_.endswith("ing")))):
                    people += partners
            # "A and B star in Glasshouse": the work after the trigger, when one follows.
            named = _work_after_lead(doc, end, sent.end)
            if named is None and _other_name_after_lead(doc, end, sent.end):
                continue
            yield from _credits(doc, sent, start, end, predicate, people, salient_work, "lists.before", named)


# The credit a role noun after "as" names ("on board as executive producers", "as director").
AS_ROLE_PREDICATES = {"producer": "producer", "producers": "producer", "director": "directedBy", "directors": "directedBy",
                      "co-director": "directedBy", "writer": "writtenBy", "writers": "writtenBy", "screenwriter": "writtenBy",
                      "screenwriters": "writtenBy", "co-writer": "writtenBy", "star": "starring", "stars": "starring"}
# The words that put a team on a project before "as": "with A on board as ...", "A are attached as ...".
ABOARD_WORDS = ("onboard", "aboard", "attached", "board")


def _as_role(doc: Doc, i: int, end: int) -> tuple[str, int] | None:
    """The predicate of the role noun phrase that starts at doc[i] ("executive producers",
    "director") and where it ends, or None. A post at a company ("as executive producer at X")
    is no credit."""
    while i < end and doc[i].lower_ in ("the", "a", "an", "its", "both", "co"):
        i += 1
    if i < end and doc[i].lower_ in ("executive", "exec", "co-executive") and i + 1 < end and doc[i + 1].lower_ in ("producer", "producers"):
        predicate, last = "executiveProducer", i + 1
    elif i < end and doc[i].lower_ in AS_ROLE_PREDICATES:
        predicate, last = AS_ROLE_PREDICATES[doc[i].lower_], i
    else:
        return None
    if last + 1 < end and doc[last + 1].lower_ in ("at", "for", "of", "with"):
        return None  # "as executive producer at Harbour Films": a post
    return predicate, last + 1


def as_role_credits(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"with A and B on board as executive producers", "with A as director", "A and B are attached
    as producers": the people a "with" phrase (or a clause that puts them on board) names before
    "as" and a credit's role noun hold that credit on the work the sentence is about."""
    for sent in doc_sents(doc):
        for token in tokens_in(sent, lower=("as",)):
            if token.i + 1 >= sent.end:
                continue
            role = _as_role(doc, token.i + 1, sent.end)
            if role is None:
                continue
            j = token.i - 1
            while j > sent.start and doc[j].lower_ in (*ABOARD_WORDS, "on", "also", "both", "respectively", ","):
                j -= 1
            aboard = j < token.i - 1 and any(t.lower_ in ABOARD_WORDS for t in doc[j + 1:token.i])
            if kind_of(doc[j]) != "person":
                continue
            people = _listed_before(doc, sent.start, j + 1, "person")
            opener = min(p.i for p in people) - 1 if people else j
            with_phrase = opener >= sent.start and doc[opener].lower_ == "with"
            # (Not "A joined Harbour Films as producer": a post, read by the employment rules; nor
            # "cast A as the star", where the part is the verb's.)
            if not people or not (with_phrase or aboard):
                continue
            yield from _credits(doc, sent, token.i, role[1], role[0], people, salient_work, "lists.as_role")


def _work_after_lead(doc: Doc, end: int, sent_end: int) -> Token | None:
    """The work a lead trigger names after it: "A and B star in Glasshouse", "A has been cast in
    the Fox drama pilot “Glasshouse”" (a descriptive phrase before the title). Not a title that is
    someone's calling card ("A executive produces alongside Ember director B"): that credit is the
    work the sentence is about. The search stops at a clause break or a verb."""
    for t in doc[end:min(end + 10, sent_end)]:
        if kind_of(t) == "work":
            return t if epithet_person(t) is None else None
        # "the Fox drama pilot X", "HBO's X": a company modifying the work noun does not end it.
        modifier = kind_of(t) == "org" and modifies_phrase(t)
        if (kind_of(t) and not modifier) or t.text in (",", ";", ":", "(") or t.pos_ in ("VERB", "AUX"):
            return None
    return None


def _other_name_after_lead(doc: Doc, end: int, sent_end: int) -> bool:
    """"A and B have joined the cast of Syfy's pilot Dominion", where "Dominion" was not found as
    a work (typed a company or a place, or no entity at all): the trigger's own object names what the credit
    is for, so no other work of the sentence or the article takes it. A company that only
    modifies the phrase ("HBO's", "the Fox drama") and a person ("star alongside B") do not."""
    # Only the object of "cast of", "star in", "appear on": a "for" or "with" phrase names a
    # company the credit is for or with ("exec produces for the streamer").
    opening = doc[end] if end < sent_end and doc[end].lower_ in ("of", "in", "on") else doc[end - 1]
    if opening.lower_ not in ("of", "in", "on"):
        return False
    for t in doc[opening.i + 1:min(end + 8, sent_end)]:
        if kind_of(t) == "work" or t.text in (",", ";", ":", "(") or t.pos_ in ("VERB", "AUX"):
            return False
        if modifies_phrase(t):
            continue  # "Syfy's", "the Fox drama": a modifier of the phrase
        if kind_of(t) == "person":
            return False
        if names_no_work(t):
            return True
    return False


def modifies_phrase(token: Token) -> bool:
    """A word that modifies the noun phrase it stands in ("Syfy's", "the Fox drama"), not its head."""
    doc = token.doc
    return token.dep_ in ("compound", "poss", "nmod", "amod") or (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS")


def names_no_work(token: Token) -> bool:
    """A name heading its phrase that is not a work or a person: a company or a place ("Dominion"
    typed a company) or a capitalised word no entity covers. A name that only modifies ("Syfy's",
    "the HBO drama") or opens the sentence is not."""
    if modifies_phrase(token) or token.i == token.sent.start:
        return False
    if kind_of(token) in ("person", "work") or ref_of(token):
        return False
    return bool(kind_of(token)) or (token.pos_ == "PROPN" and token.is_title)


def _coordinated_verbs(doc: Doc, end: int, start: int) -> bool:
    """"are writing and executive producing", "will write, direct and executive produce": only
    commas, "and" and other verbs between one trigger's end and the next trigger's start."""
    between = doc[end:start]
    return len(between) > 0 and any(t.lower_ in ("and", "&") for t in between) and all(
        t.lower_ in (",", "and", "&", "also") or (t.pos_ == "VERB" and not kind_of(t)) for t in between)


def _partner_start(doc: Doc, end: int, sent_end: int) -> int | None:
    """Where the partners of a credit verb start: right after "alongside", "with" or "along with",
    which may follow the verb's object ("the series", "it", the title) and a comma."""
    i = end
    quotes = ("\"", "\u201c", "\u201d")
    # The title keeps its quotes: "executive produces “X” alongside B".
    if i + 1 < sent_end and doc[i].text in quotes and kind_of(doc[i + 1]) == "work":
        i += 1
    if i < sent_end and (kind_of(doc[i]) == "work" or doc[i].lower_ == "it"):
        i += 1
        while i + 1 < sent_end and doc[i].text in quotes + (",",) and doc[i + 1].text in quotes + (",",):
            i += 1  # the closing quote and a comma inside it: "“X,” along with B"
        if i < sent_end and doc[i].text in quotes:
            i += 1
    elif i + 1 < sent_end and doc[i].pos_ == "DET" and doc[i + 1].lower_ in lower_words("cast4_credit_objects"):
        i += 2
    # "A and B executive produce via Harbour Films, as well as C": the banner the credit goes
    # through stands between the verb and its partners.
    if i + 1 < sent_end and doc[i].lower_ in ("via", "through", "for") and kind_of(doc[i + 1]) == "org":
        i += 2
    if i < sent_end and doc[i].text == ",":
        i += 1
    return _partner_opening(doc, i, sent_end)


def _partner_opening(doc: Doc, i: int, sent_end: int) -> int | None:
    """Where the names after a partner word at i start: "alongside", "with", "along with",
    "together with", "as well as" join people to the credit just stated."""
    if i < sent_end and doc[i].lower_ in ("alongside", "with"):
        return i + 1
    if i + 1 < sent_end and doc[i].lower_ in ("along", "together") and doc[i + 1].lower_ == "with":
        return i + 2
    if i + 2 < sent_end and doc[i].lower_ == "as" and doc[i + 1].lower_ == "well" and doc[i + 2].lower_ == "as":
        return i + 3
    return None


def _said_of_company(participle: Token) -> bool:
    """Whether a participle ("backed", "financed") hangs on a company or a company noun, or is
    the verb of a clause whose subject is one ("Lumen, which is backed by A")."""
    head = participle.head if participle.dep_ in ("acl", "relcl", "amod") else None
    subjects = [c for c in participle.children if c.dep_ in ("nsubj", "nsubjpass")]
    if participle.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in subjects):
        subjects = [participle.head]
    described = [t for t in [head, *subjects] if t is not None]
    return any(kind_of(t) == "org" or t.lower_ in company_descriptor_nouns() | {"company", "firm", "outfit", "venture"} for t in described)


def company_lists(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"X is a co-production between A, B and C", "produced by A and B", "airs on A and B":
    every company of the list after the trigger makes (or carries) the work the sentence is
    about (the lexicon's company_list_triggers)."""
    table = trigger_index("company_list_triggers", "company_list_triggers_corp2")
    for sent in doc_sents(doc):
        for start, end, predicate in _find_triggers(sent, table):
            companies = _listed_after(doc, end, sent.end, "org")
            if not companies:
                continue
            # "a banner backed by Netflix", "Lumen, which is financed by Apollo": money behind a
            # company, not behind the work.
            if doc[start].lower_ in ("backed", "financed", "co-financed") and _said_of_company(doc[start]):
                continue
            if predicate == "produces":
                companies += _co_producers_after(doc, companies[-1], sent.end)
            # "Co-produced with A and B, X will ...": a list that opens the sentence names the
            # makers of the work right after it (as credit_lists reads people).
            named = None
            if not any(kind_of(t) == "work" and not _in_parens(t) for t in doc[sent.start:start]):
                named = _subject_after_list(doc, entity_end(companies[-1]) + 1, sent.end)
            work, weight = (entity_of(named), 1.0) if named is not None else work_of(sent, start, salient_work)
            if not work or is_hedged(doc, start, companies[-1].i + 1):
                continue
            evidence = sentence_evidence(sent)
            for company in companies:
                yield Fact(entity_of(company), predicate, work, evidence, f"lists.companies.{predicate}",
                           round(0.75 * weight, 2))
            yield from _joint_partners(doc, start, end, companies, evidence)


# What joins more makers to a production's list: "produced by A with B", "in association with
# B", "in co-production with B", "together with B".
CO_PRODUCER_OPENERS = (("with",), ("in", "association", "with"), ("in", "co-production", "with"), ("in", "coproduction", "with"),
                       ("together", "with"), ("alongside",), ("in", "partnership", "with"))


def _co_producers_after(doc: Doc, last: Token, sent_end: int) -> list[Token]:
    """The companies a production list goes on to after its last maker: "produced by A with B
    and C" makes B and C makers too (a person after "with" is no company, and is not taken)."""
    i = entity_end(last) + 1
    if i < sent_end and doc[i].text == ",":
        i += 1
    for opener in CO_PRODUCER_OPENERS:
        if tuple(t.lower_ for t in doc[i:i + len(opener)]) == opener:
            listed = _listed_after(doc, i + len(opener), sent_end, "org")
            # "with The Match Factory handling sales": an absolute clause gives the company's own
            # job, which is no production unless it says so ("with B co-producing").
            after = entity_end(listed[-1]) + 1 if listed else sent_end
            # (The tagger may call the participle a noun: "handling" is read by its ending.)
            if after < sent_end and doc[after].is_lower and doc[after].lower_.endswith("ing") and not doc[after].lower_.endswith("producing"):
                return []
            return listed
    return []


def _joint_partners(doc: Doc, start: int, end: int, companies: list[Token], evidence) -> Iterator[Fact]:
    """"a co-production between A and B", "A and B co-produce": companies that make a work
    together are partners (the lexicon's joint_work_words name the joint verbs and nouns)."""
    # The words joined: the lexicon lists one-word forms ("co-producing") and hyphen splits.
    joined = "".join(t.lower_ for t in doc[max(0, start - 2):end])
    if not any(w in joined for w in lower_words("joint_work_words")):
        return
    # Two makers of a co-production are partners in it; three or more are a producers' list
    # ("a co-production with A, B, C and D"), which states no partnership between any two of them.
    keys = list(dict.fromkeys(entity_of(c) for c in companies))
    if len(keys) == 2:
        yield Fact(keys[0], "partnersWith", keys[1], evidence, "lists.joint_work", 0.7)


def _credits(doc: Doc, sent: Span, start: int, end: int, predicate: str, people: list[Token],
             salient_work: str, rule: str, named: Token | None = None) -> Iterator[Fact]:
    if not people:
        return
    first = min([start, *(p.i for p in people)])
    if named is None and unknown_title(doc, start):
        return  # "... include The Teacher starring A": a title the finders missed has the credit
    work, weight = (entity_of(named), 1.0) if named is not None else work_of(sent, first, salient_work)
    if not work or is_hedged(doc, first, max(end, people[-1].i + 1)):
        return
    # "created by A": a film's or a series' creator is known for it (the trade's credit for a
    # show's originator, who may not write it); a comic's or a game's creator wrote it.
    if predicate == "writtenBy" and doc[start].lower_ in ("created", "co-created") and _screen_work(doc, work):
        predicate = "knownFor"
    evidence = sentence_evidence(sent)
    for person in people:
        sure = weight * (0.85 if ref_of(person) else 1.0)
        # "created by A": a creator is known for the work (a person -> work predicate), where
        # the other credits run work -> person.
        subject, obj = (entity_of(person), work) if predicate == "knownFor" else (work, entity_of(person))
        yield Fact(subject, predicate, obj, evidence, f"{rule}.{predicate}", round(0.8 * sure, 2))


def _screen_work(doc: Doc, work: str) -> bool:
    """Whether the entity is a film or a series, as its mentions are typed."""
    return any(class_of(t) in ("Film", "Series") for t in entity_tokens(doc, "work") if entity_of(t) == work)


def _verb_run_start(doc: Doc, verb: Token) -> int:
    """Where the verbs a company list is the subject of begin: "A will co-finance and co-produce X"
    joins the money to the making (the list ends before the first of the joined verbs)."""
    start, floor = verb.i, verb.sent.start
    joined = lower_words("company_credit_verbs") | lower_words("joined_making_verbs")
    while True:
        if start - 2 >= floor and doc[start - 1].lower_ == "and" and doc[start - 2].lemma_.lower() in joined:
            start -= 2
            continue
        return start


def company_credits(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"Harbour Films, Tidewater Media and Sky Studios produce": companies listed before a
    production verb without an object make the work the sentence (or the article) is about;
    with a work object they make that work."""
    for token in tokens_with(doc, pos=("VERB",), lemma=lower_words("company_credit_verbs")):
        if token.pos_ != "VERB" or token.lemma_.lower() not in lower_words("company_credit_verbs"):
            continue
        if any(c.dep_ in ("auxpass", "agent", "nsubjpass") for c in token.children):
            continue  # "is produced by" is the passive's, read by the rules
        verb_start = _verb_run_start(doc, token)
        # "Jill Fox, who previously ran Harbour Films, will produce", "A, which made Moonfall, will
        # produce": a name inside a relative clause is said of its antecedent, no subject of the verb.
        companies = [c for c in _listed_before(doc, token.sent.start, verb_start, "org")
                     if not in_other_relative(c, token.i)]
        if not companies:
            continue
        dobj = [c for c in token.children if c.dep_ == "dobj"]
        # A work in a parenthesis of the object ("Glass Harbor, the pic from A (Sunfall)") is a
        # calling card of someone named there, not what the companies make; so is one in passing
        # ("are developing a comedy from the team behind Sunfall").
        objects = [t for c in dobj for t in c.subtree if kind_of(t) == "work" and not _in_parens(t) and not in_passing(t)] \
            or _titled_noun(dobj)
        if dobj and not objects:
            continue  # "Harbour Films and Tidewater Media produce ads": something else
        if objects:
            works = [(entity_of(t), 1.0) for t in objects]
        else:
            work, weight = work_of(token.sent, companies[0].i, salient_work)
            works = [(work, weight)] if work else []
        if not works or is_hedged(doc, companies[0].i, token.i + 1):
            continue
        evidence = sentence_evidence(token.sent)
        for work, weight in works:
            for company in companies:
                yield Fact(entity_of(company), "produces", work, evidence, "lists.companies_produce",
                           round(0.75 * weight, 2))
        yield from _joint_partners(doc, token.i, token.i + 1, companies, evidence)


# The nouns a company is said to be of a work by the copula, and the fact each gives.
COMPANY_JOB_NOUNS = {"producer": "produces", "co-producer": "produces", "coproducer": "produces",
                     "distributor": "distributes", "co-distributor": "distributes"}
# What a company "handles" of a work that makes it its distributor (not "sales": an agent's).
HANDLED_RELEASE_NOUNS = frozenset({"release", "distribution", "rollout"})


def company_copula_credits(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"Lumen Film is a co-producer and will handle the local release": a company the copula
    calls a producer or a distributor, or that handles a release, holds that job on the work
    its "of" phrase names, else on the work the sentence (or the item) is about. Only the bare
    job noun, said now or to come, is such a credit: a described one is a profile ("is Spain's
    largest distributor", "a London-based producer whose credits include X"), a past one may be
    another work's ("was the original distributor"), and a condition states nothing ("If X is
    the distributor, ...")."""
    for verb in tokens_with(doc, lemma=("be", "handle")):
        # "X is a co-producer and will handle ...": a joined verb with no subject of its own is the first's.
        head = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
        companies = [p for s in head.children if s.dep_ == "nsubj" for p in coordinated(s) if kind_of(p) == "org" and not ref_of(p)]
        if not companies or not _said_now(verb) or any(c.dep_ == "mark" for c in (*verb.children, *head.children)):
            continue
        if verb.lemma_ == "be":
            if any(c.dep_ == "prep" and c.lower_ in ("with", "in", "behind") for c in verb.children):
                continue  # "is also a producer, with credits on Y": the parse hangs the profile on the verb
            # "a producer and distributor of X": each joined job noun, the "of" phrase on the last.
            nouns = [n for c in verb.children if c.dep_ == "attr" and c.lower_ in COMPANY_JOB_NOUNS and _bare_job_noun(c)
                     for n in (c, *(j for j in c.children if j.dep_ == "conj" and j.lower_ in COMPANY_JOB_NOUNS))]
            jobs = [(COMPANY_JOB_NOUNS[n.lower_], n) for n in nouns]
        else:
            jobs = [("distributes", o) for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in HANDLED_RELEASE_NOUNS]
        for predicate, noun in jobs:
            # The work is the "of" phrase's own noun or its apposition ("of the drama X"); one in a
            # list of examples ("a distributor of independent films such as X") is not its.
            objects = [o for n in (noun, *(j for j in noun.children if j.dep_ == "conj"))
                       for prep in n.children if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "for")
                       for o in prep.children if o.dep_ == "pobj"]
            named = [t for o in objects for t in (o, *(c for c in o.children if c.dep_ == "appos")) if kind_of(t) == "work"]
            if objects and not named:
                continue  # "a producer of ads", "the distributor for the region": no work we know
            works = [(entity_of(t), 1.0) for t in named] or [work_of(verb.sent, companies[0].i, salient_work)]
            if not works[0][0] or is_hedged(doc, companies[0].i, noun.i + 1):
                continue
            for work, weight in works:
                for company in companies:
                    yield Fact(entity_of(company), predicate, work, sentence_evidence(verb.sent), "lists.company_copula", round(0.7 * weight, 2))


def _said_now(verb: Token) -> bool:
    """A present tense or a future: "is", "are", "will handle" (not "was", "had handled")."""
    return verb.tag_ in ("VBZ", "VBP") or any(c.lower_ == "will" for c in verb.children if c.dep_ == "aux")


def _bare_job_noun(noun: Token) -> bool:
    """ "a co-producer", "the distributor": only an article before it, and after it nothing but
    an "of"/"on"/"for" phrase ("Spain's largest distributor", "a producer whose credits ...",
    "the biggest producer in Denmark" describe a company)."""
    return all(t.dep_ == "det" and t.lower_ in ("a", "an", "the") for t in noun.lefts) \
        and all(t.dep_ == "prep" and t.lower_ in ("of", "on", "for") or t.is_punct or t.dep_ == "cc"
                or t.dep_ == "conj" and t.lower_ in COMPANY_JOB_NOUNS for t in noun.rights)


# The "-ing" word of an absolute "with" clause and the fact it gives its companies.
WITH_COMPANY_JOBS = {"distributing": "distributes", "releasing": "distributes", "producing": "produces", "co-producing": "produces",
                     "coproducing": "produces"}


def with_company_jobs(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"X is produced by Helia Media, with Hoshi Films distributing", "with A and B co-producing":
    an absolute clause gives the companies it names that job on the work the sentence is about
    (the people of such a clause are credits.with_directing's)."""
    for sent in doc_sents(doc):
        for token in tokens_in(sent, lower=("with",)):
            # The companies right after "with", joined by commas and "and", up to the "-ing" word.
            companies, after = [], token.i + 1
            while after < sent.end and (kind_of(doc[after]) == "org" or (companies and doc[after].lower_ in (",", "and"))):
                if kind_of(doc[after]) == "org":
                    companies.append(doc[after])
                after += 1
            if not companies:
                continue
            job = WITH_COMPANY_JOBS.get(doc[after].lower_) if after < sent.end else None
            # The "-ing" word ends the clause ("with A producing the ads" is something else).
            if job is None or (after + 1 < sent.end and not (doc[after + 1].is_punct or doc[after + 1].lower_ in ("in", "and", "for", "worldwide", "internationally"))):
                continue
            work, weight = work_of(sent, token.i, salient_work)
            if not work or is_hedged(doc, sent.start, after + 1):
                continue
            for company in companies:
                yield Fact(entity_of(company), job, work, sentence_evidence(sent), f"lists.with_{job}", round(0.75 * weight, 2))


def _titled_noun(nouns: list[Token]) -> list[Token]:
    """The title right after a work noun ("co-producing the drama Tidewater"), which the parser
    sometimes hangs elsewhere: a title after "the drama" names the drama whatever the parse says."""
    doc = nouns[0].doc if nouns else None
    found = []
    for noun in nouns:
        after = max(t.i for t in noun.subtree) + 1
        if noun.lemma_.lower() in lower_words("rec5_work_nouns") and after < len(doc) and kind_of(doc[after]) == "work":
            found.append(doc[after])
    return found


def _paren_after(token: Token) -> list[Token] | None:
    """The tokens of a parenthesis right after a token (quotes aside), or None."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and doc[i].text in ("\u201d", "\"", "\u2019"):
        i += 1
    if i >= len(doc) or doc[i].text != "(":
        return None
    inner = []
    for t in doc[i + 1:min(len(doc), i + 40)]:
        if t.text == ")":
            return inner
        if t.text == "(":
            return None
        inner.append(t)
    return None


def _before_parens(doc: Doc) -> set[int]:
    """The indices of the tokens `_paren_after` can find a parenthesis after: each token right
    before a "(", or before closing quotes that come right before one."""
    lowers = lower_forms(doc)
    found: set[int] = set()
    for opening in word_indices(doc, lower=("(",)):
        i = opening - 1
        while i >= 0:
            found.add(i)
            if lowers[i] not in ("\u201d", "\"", "\u2019"):
                break
            i -= 1
    return found


def _initials_after(token: Token, inner: list[Token]) -> bool:
    """Whether a parenthesis holds only the initials of the name before it ("Harbour Films
    Group (HFG)"): an abbreviation introduced for later use, no calling card, whatever the name
    was typed. A title in capitals ("(GLOW)") spells no initials of the name."""
    if len(inner) != 1 or not inner[0].text.isupper() or not 2 <= len(inner[0].text) <= 6:
        return False
    # The capitalised run the parenthesis follows (the name as written, whatever span it was
    # given); its initials may go on with a legal suffix the short form drops ("GmbH", "Ltd").
    start = token.i
    while start > token.sent.start and token.doc[start - 1].text[:1].isupper():
        start -= 1
    initials = "".join(w[0] for t in token.doc[start:token.i + 1] for w in t.text.split())  # a name may be one merged token
    return initials.startswith(inner[0].text)


def _spelled_out(token: Token, inner: list[Token]) -> bool:
    """Whether a parenthesis spells out the capitals before it ("LEED (Leadership in Energy and
    Environmental Design)"): the initials of its capitalised words are those letters."""
    letters = token.text
    if not (letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 6):
        return False
    # (a token may be a merged name of several words: "Environmental Design")
    return "".join(w[0] for t in inner for w in t.text.split() if w[:1].isupper()) == letters


# The companies a person's parenthesis names as her employer ("Jane Roe (Harbour Films)"): a
# maker. A platform there ("Salt Road (Netflix)") marks the name before as a title, and a name
# with no company evidence is more often the title she is known for ("Jane Roe (Moonfall)").
PAREN_EMPLOYERS = frozenset({"ProductionCompany", "Studio", "Distributor"})


def paren_credits(doc: Doc) -> Iterator[Fact]:
    """"Jane Roe (Moonfall, Nine Rivers)": the works are her calling cards; "Jane Roe (Harbour
    Films)": the company is where she works. A person coordinated right before ("A and B (X)")
    shares the parenthesis. "Tidewater (for the BBC)", "Red Harbour (Sky/ITV)": a title's
    parenthesis holding only companies names who it was made for."""
    for token in tokens_at(doc, _before_parens(doc)):
        inner = _paren_after(token)
        if not inner:
            continue
        evidence = sentence_evidence(token.sent)
        # "Jack Reed (played by Moonfall's A)": the works are the actor's, and the name before is a character.
        if inner[0].lower_ in lower_words("cast4_paren_played_words"):
            continue
        if kind_of(token) == "person" and _initials_after(token, inner):
            continue  # "Filmbetriebe Berlin Brandenburg GmbH (FBB)": the name's own short form
        if _spelled_out(token, inner):
            continue  # "LEED (Leadership in Energy and Environmental Design)": what the letters stand for
        if credit_opening(document_text(doc)[inner[0].idx:inner[-1].idx + len(inner[-1].text)]):
            continue  # "X (Produced by A and B)": the title's own credits, no one's calling cards
        if kind_of(token) == "person":
            people = [token, *_partners_before(token)]
            # "Nachtzug (Night Train) by Lily Hart": a byline after the parenthesis makes the name
            # before it a title; the parenthesis is its translation.
            close = inner[-1].i + 1
            if close + 1 < len(doc) and doc[close].text == ")" and doc[close + 1].lower_ == "by":
                continue
            # "(Indian Summers, Vera)": beside a title that is no name or place, a one-word name is a credit, no part.
            listed = any(kind_of(t) == "work" and not character_name_word(t.text) for t in inner) \
                and any(t.text in (",", ";", "/") for t in inner)
            for person in people:
                for t in inner:
                    if kind_of(t) == "work" and not listed and character_name_word(t.text) and entity_of(t) not in (
                            entity_of(doc[t.i - 1]), entity_of(doc[t.i + 1]) if t.i + 1 < len(doc) else ""):
                        continue  # "Lily Hart (“Paris”)": the part she plays
                    if kind_of(t) == "work":
                        yield Fact(entity_of(person), "knownFor", entity_of(t), evidence, "parens.known_for", 0.7)
                    elif kind_of(t) == "org" and len([x for x in inner if kind_of(x)]) == 1 and class_of(t) in PAREN_EMPLOYERS:
                        yield Fact(entity_of(person), "employedBy", entity_of(t), evidence, "parens.company", 0.6)
        elif kind_of(token) == "org" and entity_of(token) and not _initials_after(token, inner):
            # "Tidewater Films (Salt Flats, The Ferryman)": a production company's parenthesis
            # of titles lists what it made, as a person's lists her calling cards.
            kinds = [kind_of(t) for t in inner if kind_of(t)]
            rest = [t for t in inner if not kind_of(t) and t.lower_ not in (",", ";", "/", "and", "&")]
            if kinds and all(k == "work" for k in kinds) and not rest:
                for t in inner:
                    if kind_of(t) == "work":
                        yield Fact(entity_of(token), "produces", entity_of(t), evidence, "parens.company_credits", 0.6)
        elif kind_of(token) == "work":
            # "Salt Road (Ana Ruiz, 2019)", "(Ana Ruiz, France, 2019)": a catalogue entry credits
            # its director and year (mentions.finders.catalogue_directors finds the name).
            fields = [t for t in inner if t.text != ","]
            if len(fields) in (2, 3) and kind_of(fields[0]) == "person" and re.fullmatch(r"(?:1[89]|20)\d\d", fields[-1].text) \
                    and (len(fields) == 2 or kind_of(fields[1]) == "place"):
                yield Fact(entity_of(token), "directedBy", entity_of(fields[0]), evidence, "parens.catalogue_director", 0.7)
                continue
            companies = [t for t in inner if kind_of(t) == "org"]
            rest = [t for t in inner if not kind_of(t) and t.lower_ not in ("for", "with", "the", "/", "and", "&", ",")]
            if companies and not rest:
                # "closed deals on X (Lionsgate) and Y (Neon)": in a sentence of sales the company
                # in a title's bracket is the buyer, who releases the work, not who made it.
                sold = not any(t.lower_ == "for" for t in inner) and SALE_WORDS_RE.search(token.sent.text)
                for company in companies:
                    if sold:
                        yield Fact(entity_of(company), "acquires", entity_of(token), evidence, "parens.bought_by", 0.6)
                        yield Fact(entity_of(company), "distributes", entity_of(token), evidence, "parens.bought_by", 0.6)
                    else:
                        yield Fact(entity_of(company), "produces", entity_of(token), evidence, "parens.made_for", 0.6)


# Words of a sale made: "closed deals on", "sold", "pre-sold", "buyers", "picked up" (not a sales
# agent's "sales" or "rights", which a slate of its own productions may name).
SALE_WORDS_RE = re.compile(r"\b(?:deals|sold|pre-?sold|acquired|bought|buyers|picked\s+up|pick-?ups)\b", re.I)


def _sole_person(inner: list[Token]) -> Token | None:
    """The person a parenthesis holds and nothing else ("(Mira Colt)"), or None."""
    people = {entity_of(t) for t in inner if kind_of(t) == "person"}
    if len(people) != 1 or any(entity_of(t) not in people for t in inner):
        return None
    return inner[0]


def _plays_a_part(before: Token, inner: Span) -> bool:
    """Whether "Name (Person)" reads as a part and its actor: the name before is a person's or an
    untyped name no work noun introduces ("the drama Poor Devil (Pobre Diablo)" is a title and
    its translation), and the parenthesis holds a full name that opens with a given name, or one
    word (the actor's surname, "Spencer James (Ezra)")."""
    doc = before.doc
    if kind_of(before) not in ("person", ""):
        return False
    start = before.i
    while start > before.sent.start and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start:
        start -= 1
    if start > before.sent.start and doc[start - 1].lower_ in lower_words("title_slot_nouns"):
        return False
    words_ = inner.text.split()
    if len(words_) == 1:
        # "Spencer James (Ezra)": the one word is the surname of an actor the text names in full;
        # "Peter Sarsgaard (Jackie)" names a calling card the NER took for a person.
        key = entity_of(inner[0])
        return any(entity_of(t) == key and " " in t.text for t in entity_tokens(doc, "person"))
    return opens_with_given_name(inner.text)


def character_casts(doc: Doc, *, salient_work: str) -> Iterator[Fact]:
    """"the scheming Dr. Vance (Mira Colt) and Leo Hart (Sam Ruiz)": a name followed by a
    parenthesis that holds only a person's name is a character, and the person in the parenthesis
    plays it: a cast member of the work the sentence is about. A company or a title in the
    parenthesis is an employer or a calling card (paren_credits), and a lower-case noun before it
    ("the director (Ana Ruiz)") is an apposition, no character."""
    for i in word_indices(doc, lower=("(",)):
        before = doc[i - 1] if i > 0 else None
        if before is None or not before.text[:1].isupper() or kind_of(before) in ("org", "work", "place", "facility", "event"):
            continue
        close = next((t.i for t in doc[i + 1:min(len(doc), i + 8)] if t.text == ")"), None)
        actor = _sole_person(list(doc[i + 1:close])) if close is not None else None
        if actor is None or entity_of(actor) == entity_of(before) or not _plays_a_part(before, doc[i + 1:close]):
            continue
        sent = doc[i].sent
        work, weight = work_of(sent, i, salient_work)
        if work and not is_hedged(doc, sent.start, sent.end):
            yield Fact(work, "starring", entity_of(actor), sentence_evidence(sent), "parens.character_cast", round(0.7 * weight, 2))


def character_names(doc: Doc) -> set[str]:
    """The people named only as characters: every mention stands right before a parenthesis
    that holds only another person's name ("Leo Hart (Sam Ruiz)")."""
    seen: dict[str, bool] = {}
    for token in entity_tokens(doc, "person"):
        if kind_of(token) != "person" or ref_of(token):
            continue
        end = token.i
        while end + 1 < len(doc) and entity_of(doc[end + 1]) == entity_of(token):
            end += 1
        if end > token.i and entity_of(doc[token.i - 1]) == entity_of(token):
            continue
        close = next((t.i for t in doc[end + 2:min(len(doc), end + 9)] if t.text == ")"), None)
        played = (end + 1 < len(doc) and doc[end + 1].text == "(" and close is not None
                  and (actor := _sole_person(list(doc[end + 2:close]))) is not None and entity_of(actor) != entity_of(token))
        seen[entity_of(token)] = seen.get(entity_of(token), True) and played
    return {key for key, only in seen.items() if only}


def _partners_before(person: Token) -> list[Token]:
    """"A and B (X)": A shares the parenthesis. In a comma list ("A, B, C (X)") the
    parenthesis is C's alone: each name of such lists carries its own."""
    doc = person.doc
    i = person.i - 1
    if i > person.sent.start and doc[i].lower_ == "and" and kind_of(doc[i - 1]) == "person":
        # "Moonfall alum A and B (X)": A, tagged by an epithet of her own, is introduced by it,
        # so the parenthesis after B is B's alone.
        if not any(kind_of(t) == "work" and getattr(epithet_person(t), "i", None) == i - 1 for t in doc[person.sent.start:i - 1]):
            return [doc[i - 1]]
    return []


def _credit_of_list(doc: Doc, start: int) -> str | None:
    """"Her writing credits include A": the word before "credits" says which credit the listed
    works are (the lexicon's credit_list_modifiers); "executive producing" is the EP credit."""
    if start < 1 or doc[start].lower_ != "credits":
        return None
    word = doc[start - 1].lower_
    credit = next((p for p, ws in lexicon_table("credit_list_modifiers").items() if word in ws), None)
    if credit == "producer" and start >= 2 and doc[start - 2].lower_ in ("executive", "exec"):
        return "executiveProducer"
    return credit


def calling_cards(doc: Doc, *, salient_org: str = "") -> Iterator[Fact]:
    """"Her credits include A, B and C", "Roe, whose credits include A", "best known for A and
    B", "Roe broke out in A": the works listed are calling cards of the person the sentence is
    about. A company's
    list ("Harbour Films' productions include A and B", "its slate includes A") names what it
    made."""
    table = trigger_index("calling_card_triggers", "breakout_triggers", "credit_verb_list_triggers")
    for sent in doc_sents(doc):
        for start, end, trigger in [*_find_triggers(sent, table), *_list_noun_includes(sent)]:
            if trigger == "credit_verb_list" and not _made_or_played(doc[start]):
                continue  # "hiring for shows such as A": a list that is no one's credit
            owner = _verb_subject_owner(doc[start]) if trigger == "credit_verb_list" else None
            if owner is None and doc[start].lower_ == "worked" and end - start == 2:
                # A bare "worked on" (no "has" before it) may be a second verb of its clause: the
                # credit is its subject's ("He co-founded X with A and worked on B": his, not A's).
                owner = _working_subject(doc[start])
                if owner is None:
                    continue
            owner = _owner(doc, sent, start, salient_org) if owner is None else owner
            if not owner or is_hedged(doc, start, end):
                continue
            key, kind, by_ref = owner
            stop = _new_clause_after_semicolon(doc, end, sent.end)
            if trigger == "breakout":
                # "A broke out in X", "rose to fame with X": the work that made a person known.
                # Only the titles right after the phrase: it is common outside credits.
                if kind != "person":
                    continue
                works = _listed_after(doc, end, stop, "work")
            else:
                works = _listed_after(doc, end, stop, "work") or _works_in_list(doc, end, _aside_end(doc, start, end, stop))
            if any(t.text == ";" for t in doc[end:stop]):
                # "included A from X; B, a detective series; and C": semicolons part items
                # that carry their own descriptions, so the list runs to the sentence's end.
                works = list(dict.fromkeys([*works, *_works_in_list(doc, end, stop)]))
            evidence = sentence_evidence(sent)
            credit = _credit_of_list(doc, start) if kind == "person" else None
            for work in works:
                if kind == "person":
                    yield Fact(key, "knownFor", entity_of(work), evidence, "lists.calling_cards", 0.6 if by_ref else 0.7)
                    if credit:
                        yield Fact(entity_of(work), credit, key, evidence, "lists.calling_card_credit", 0.6 if by_ref else 0.7)
                elif _personal_list(doc, start, work.i):
                    # "Roe is best known for her work in A": "her"/"his" says the list is a
                    # person's, whatever the owner was typed; a company's list reads "its".
                    continue
                elif predicate := _company_list_predicate(doc, sent, start, end):
                    if predicate == "produces" and not _made_list(doc, sent, start, end):
                        # "Its films include A": a plain list says what the company does with
                        # films, which its class tells; a distributor's films, and the titles on a
                        # streamer's slate, are its releases ("Netflix productions include A" and
                        # "its originals include A" say it made them).
                        cls = _class_of(doc, key)
                        predicate = next((p for p, classes in lexicon_table("company_list_classes").items() if cls in classes), predicate)
                    yield Fact(key, predicate, entity_of(work), evidence, "lists.company_works", 0.55 if by_ref else 0.65)


def _list_verb(noun: Token) -> Token:
    """The verb a list noun is the object of, straight or through its preposition."""
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def _made_or_played(noun: Token) -> bool:
    """"starred in features such as A", "has produced films such as A", "worked on dramas such
    as A": the list noun is the object of a verb of making or acting (straight, or through its
    preposition), so the works listed are the credits of the verb's subject."""
    head = _list_verb(noun)
    # ("wants to make more films such as A": a making only wished for, no credit.)
    return noun.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in lower_words("credit_list_verbs") \
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def _subject_through_and(verb: Token) -> Token | None:
    """A verb's subject, through "and" to the first verb's ("He co-founded X with A and worked on
    B": "He")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


def _working_subject(verb: Token) -> tuple[str, str, bool] | None:
    """The person a bare "worked" is said of: its subject (_subject_through_and), or the noun a
    "who" clause hangs on."""
    subject = _subject_through_and(verb)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is not None and kind_of(subject) == "person" and entity_of(subject):
        return entity_of(subject), "person", bool(ref_of(subject))
    return None


def _verb_subject_owner(noun: Token) -> tuple[str, str, bool] | tuple[()] | None:
    """Whose credits a list after a verb of making is: the verb's subject ("He co-founded X with
    A and worked on dramas such as B": his, not A's), through "and" to the first verb."""
    verb = _list_verb(noun)
    subject = _subject_through_and(verb)
    if subject is not None and subject.lower_ == "which" and verb.dep_ == "relcl":
        # "Motlys, which has produced films such as A": "which" is said of a company, never of
        # a person, whatever the name before was typed. () stands for no owner.
        return (entity_of(verb.head), "org", bool(ref_of(verb.head))) if kind_of(verb.head) == "org" else ()
    if subject is not None and kind_of(subject) in ("person", "org") and entity_of(subject):
        return entity_of(subject), kind_of(subject), bool(ref_of(subject))
    return None


def _aside_end(doc: Doc, start: int, end: int, stop: int) -> int:
    """Where an aside holding the trigger closes: "Roe, known for her role in A, stars in B" sets
    the calling cards between commas, and the comma before the main clause's words ("stars",
    "has joined", "will") ends them; a comma going on with the list ("A, B and C") does not."""
    if start < 1 or not (doc[start - 1].text == "," or doc[start - 1].lower_ in ("who", "whose")
                         or (start >= 2 and doc[start - 2].lower_ == "who")):
        return stop
    for t in doc[end:stop]:
        if t.text != "," or t.i + 1 >= stop:
            continue
        after = doc[t.i + 1]
        if not kind_of(after) and after.text[:1].islower() and after.lower_ not in ASIDE_LIST_WORDS:
            return t.i
    return stop


# Words that may open the next item of a calling-card list after its comma ("A, the 2019 film B
# and C"): the list goes on past them.
ASIDE_LIST_WORDS = frozenset({"and", "or", "the", "a", "an", "as", "his", "her", "their", "its", "plus", "including"})


def _new_clause_after_semicolon(doc: Doc, start: int, end: int) -> int:
    """Where a semicolon opens a clause of its own ("known for A; Vale starred in B"): a
    subject after it, with its own verb, says the works beyond belong to someone else."""
    for t in doc[start:end]:
        if t.text != ";":
            continue
        first = t.i + 1
        while first < end and doc[first].lower_ in ("and", "but", "while"):
            first += 1
        subject = next((u for u in doc[first:min(end, first + 5)] if u.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.head.i > subject.i and subject.head.pos_ in ("VERB", "AUX"):
            return t.i
    return end


def _personal_list(doc: Doc, start: int, end: int) -> bool:
    """Whether a personal possessive ("her", "his") stands between a list's trigger and its work."""
    return any(t.lower_ in ("her", "his") for t in doc[start:end])


def _company_list_predicate(doc: Doc, sent: Span, start: int, end: int) -> str:
    """What a company's list says it did with the works: its library or catalogue is what it
    owns, its releases what it distributed, its acquisitions what it bought; its sales slate
    sells others' films, so nothing (""); any other list (productions, credits, slate) is
    what it made. Read on the words of the list noun's phrase, just before "include"."""
    words = {t.lower_ for t in doc[max(sent.start, start - 3):end]}
    # "Shepperton has housed iconic movies including A", "the festival hosted premieres including
    # A": a place where films were made or shown says nothing of who made them.
    if any(t.lemma_.lower() in ("house", "host", "welcome") and t.pos_ == "VERB"
           for t in doc[max(sent.start, start - 5):start]):
        return ""
    # "Its shows from Studio Dragon include A": another company named as the maker of the list.
    if any(t.lower_ == "from" and t.i + 1 < end and kind_of(doc[t.i + 1]) == "org" for t in doc[max(sent.start, start - 6):end]):
        return ""
    # "Kestrel TV acquiring a slate of titles including A and B": a list the company is buying
    # names what it acquires, whatever the list noun.
    if any(t.lemma_.lower() in lower_words("passive_acquisition_lemmas") and t.pos_ == "VERB"
           for t in doc[max(sent.start, start - 6):start]):
        return "acquires"
    for predicate, cues in lexicon_table("company_list_kinds").items():
        if words & {w.lower() for w in cues}:
            # "Harbour Films will acquire a library that includes A and B": a library the
            # company is buying is what it acquires, not what it owns yet.
            if predicate == "owns" and any(t.lemma_.lower() in lower_words("passive_acquisition_lemmas")
                                           for t in doc[max(sent.start, start - 4):start]):
                return "acquires"
            return "" if predicate == "none" else predicate
    return "produces"


MADE_LIST_WORDS = frozenset({"production", "productions", "co-productions", "coproductions", "original", "originals", "commissions"})


def _made_list(doc: Doc, sent: Span, start: int, end: int) -> bool:
    """Whether the list noun's phrase says the company made the works ("productions", "originals")."""
    return any(t.lower_ in MADE_LIST_WORDS for t in doc[max(sent.start, start - 3):end])


def _class_of(doc: Doc, key: str) -> str:
    """The class the mentions of entity `key` were given ("" when none is tagged)."""
    return next((class_of(t) for t in entity_tokens(doc) if entity_of(t) == key and class_of(t)), "")


def _list_noun_includes(sent: Span) -> list[tuple[int, int, str]]:
    """"productions in Canada include", "recent Sky titles including", "Viaplay originals
    include": a list noun up to four words before "include" opens a list (the phrase table holds
    the common adjacent forms; any other list noun right before it opens one too)."""
    found = []
    nouns = lower_words("list_nouns")
    for token in tokens_in(sent, lower=lower_words("include_forms")):
        before = sent.doc[max(sent.start, token.i - 5):token.i]
        if any(t.lower_ in nouns for t in before):
            noun = next(t for t in before if t.lower_ in nouns)
            found.append((noun.i, token.i + 1, "knownFor"))
    return found


def _works_in_list(doc: Doc, start: int, end: int) -> list[Token]:
    """Works of a list that may hold verbs the tagger invents inside titles: up to the sentence end."""
    return [t for t in doc[start:end] if kind_of(t) == "work" and not _in_parens(t)]


def _owner(doc: Doc, sent: Span, trigger: int, salient_org: str) -> tuple[str, str, bool] | None:
    """Whose credits they are. A company only when it owns the list noun itself ("Harbour
    Films' productions include", "Harbour Films productions include", "its slate includes":
    then the company the article is about);
    otherwise the nearest person before the trigger ("Roe's credits", "her credits" resolved,
    "a grant recipient whose work includes" goes back to the person, not the grant)."""
    close = [t for t in doc[max(sent.start, trigger - 4):trigger]]
    for i, token in enumerate(close):
        # "Harbour Films' productions", "previous Harbour Films productions include".
        # ("Quill, EVP at Dovetail Pictures, with credits including": a comma or "with" after the
        # company hands the list back to the sentence's person.)
        if kind_of(token) == "org" and not any(kind_of(t) or t.lower_ == "with" for t in close[i + 1:]):
            return entity_of(token), "org", bool(ref_of(token))
    # "Harbour Films, which has produced films such as A and B": a relative clause on a company
    # whose verb is one of making lists what the company made.
    antecedent = _relative_antecedent(doc[trigger])
    if antecedent is not None and kind_of(antecedent) == "org" \
            and relative_clause_of(doc[trigger]).lemma_.lower() in lower_words("made_for_verbs"):
        return entity_of(antecedent), "org", bool(ref_of(antecedent))
    if any(t.lower_ == "their" for t in close) and _people_pair_before(doc, sent):
        return None  # "... from A and B. Their credits include X": the pair's, not a company's
    if any(t.lower_ in ("its", "their") for t in close):
        subject = _last_company_subject(doc, sent)
        if subject is not None:
            return entity_of(subject), "org", True
        if salient_org:
            return salient_org, "org", True
    for token in reversed(doc[sent.start:trigger]):
        if kind_of(token) == "person" and not _in_parens(token):
            # "X was launched by A and B and produces series including Y": the clause that holds
            # the list is said of a company, not of the people named before it.
            clause_subject = _subject_of_clause(doc[trigger])
            if clause_subject is not None and kind_of(clause_subject) == "org" and clause_subject.i < token.i:
                return entity_of(clause_subject), "org", bool(ref_of(clause_subject))
            # "sold the unit, which produces series including Y, to A": a relative clause on a
            # company or a unit, not on the person, lists its works ("A is a producer that has
            # made films including Y" still lists hers).
            antecedent = _relative_antecedent(doc[trigger])
            if antecedent is not None and antecedent.i > token.i and antecedent.dep_ != "attr" and (
                    kind_of(antecedent) == "org" or antecedent.lower_ in company_descriptor_nouns() | UNIT_NOUNS):
                return None
            return entity_of(token), "person", bool(ref_of(token))
    return None


def _relative_antecedent(token: Token) -> Token | None:
    """The noun a "which"/"that" relative clause holding the token hangs on, or None."""
    clause = relative_clause_of(token)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in clause.children):
        return None
    return clause.head


def _subject_of_clause(token: Token) -> Token | None:
    """The subject of the finite verb whose clause holds the token (through "and" to the first of
    two coordinated verbs), or None."""
    token = clause_verb(token)
    if token is None or token.dep_ in ("acl", "relcl", "advcl", "xcomp"):
        return None
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and token.dep_ == "conj":
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects else None


def _people_pair_before(doc: Doc, sent: Span) -> bool:
    """Whether the sentence before (or this one, before its list) names people joined by "and":
    "their" then most likely points to them."""
    sents = doc_sents(doc)
    at = next((i for i, s in enumerate(sents) if s.start == sent.start), None)
    spans = [sents[at - 1]] if at else []
    for span in spans:
        for t in span:
            if kind_of(t) == "person" and t.i + 2 < span.end and doc[t.i + 1].lower_ == "and" and kind_of(doc[t.i + 2]) == "person":
                return True
    return False


def _last_company_subject(doc: Doc, sent: Span, back: int = 2) -> Token | None:
    """The company "its" at a sentence's start points back to: the last one named as a clause's
    subject in the sentences just before ("Left Bank was founded in 2007 ... Its productions
    include X"), not the company the article is mostly about. None when no company was a subject
    there (then the article's company is the best guess)."""
    sents = doc_sents(doc)
    at = next((i for i, s in enumerate(sents) if s.start == sent.start), None)
    for earlier in reversed(sents[max(0, at - back):at] if at is not None else ()):
        subjects = [t for t in earlier if kind_of(t) == "org" and not ref_of(t) and t.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[-1]
    return None


def employment_lists(doc: Doc) -> Iterator[Fact]:
    """Where a person has worked, listed: "Roe previously worked at Harbour Films and Tidewater
    Media", "Before joining Sky, Roe ran drama at Harbour Films". Each company of the list gets
    an employedBy, past or present (the ontology does not date employment)."""
    after = trigger_index("employment_list_triggers")
    before = trigger_index("employment_lead_triggers")
    for sent in doc_sents(doc):
        for start, end, _ in _find_triggers(sent, after):
            person = next((t for t in reversed(doc[sent.start:start]) if kind_of(t) == "person" and not _in_parens(t)), None)
            companies = _listed_after(doc, end, sent.end, "org")
            yield from _employments(doc, sent, person, companies, start, end)
        for start, end, _ in _find_triggers(sent, before):
            # "Before joining Sky, Roe ...": the company first, the person after the comma.
            companies = _listed_after(doc, end, sent.end, "org")[:1]
            person = next((t for t in doc[end:sent.end] if kind_of(t) == "person" and not _in_parens(t)), None)
            yield from _employments(doc, sent, person, companies, start, end)


def _employments(doc: Doc, sent: Span, person: Token | None, companies: list[Token], start: int, end: int) -> Iterator[Fact]:
    if person is None or not companies or is_hedged(doc, start, end):
        return
    evidence = sentence_evidence(sent)
    for company in companies:
        yield Fact(entity_of(person), "employedBy", entity_of(company), evidence, "lists.employment",
                   0.6 if ref_of(person) else 0.7)


def _rights_reference(doc: Doc, after: int, end: int, salient_work: str, sent: Span, verb: Token) -> list[tuple[str, float]]:
    """"Tidewater has picked up German rights to the feature": a sales report names its film once
    and then speaks of it as "the film", "the feature", "the title"; rights to such a noun are
    rights to the work the sentence (or the article) is about. A source noun ("the novel") is
    none of these heads, so rights to adapt stay out."""
    i = after + 1 if after < end and doc[after].lower_ in ("the", "this") else after
    if i >= end or doc[i].lower_ not in lower_words("film_reference_heads") | {"title"} or kind_of(doc[i]):
        return []
    # "rights to the film adaptation": a noun going on after the head names another thing.
    if i + 1 < end and doc[i + 1].pos_ in ("NOUN", "PROPN"):
        return []
    work, weight = work_of(sent, verb.i, salient_work)
    return [(work, weight)] if work else []


def _territory_on(token: Token) -> bool:
    """"Harbor Lane secured North America on Salt Road", "took the U.S. on Salt Road", "snapped
    up US and select territories on Salt Road": sales reports name the territories bought as the
    verb's object and the title after "on", the same deal as "rights to" it (a place or
    "territories"/"world" right before "on")."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "on":
        return False
    return kind_of(token) == "place" or token.ent_type_ in ("GPE", "LOC") or token.lower_ in ("territories", "world")


def rights_deals(doc: Doc, *, salient_work: str = "") -> Iterator[Fact]:
    """"Harbour Films has picked up German rights to Glasshouse and Moonfall": the buyer acquires
    each work; territory or distribution rights also make it the works' distributor there."""
    for sent in doc_sents(doc):
        # Only the words "rights" and those before an "on" can be the sale's: found in the index.
        rights = tokens_in(sent, lower=("rights",)) or \
            [doc[i - 1] for i in sorted(word_indices(doc, lower=("on",))) if sent.start < i <= sent.end and _territory_on(doc[i - 1])]
        if not rights:
            continue
        # The verb of buying nearest before the rights is the sale's: "A acquired X; B bought
        # rights to Y" is B's purchase, not A's.
        verb = next((t for t in reversed(doc[sent.start:rights[0].i]) if t.lemma_.lower() in lower_words("rights_verbs")), None)
        if verb is None or is_hedged(doc, verb.i, rights[0].i + 1):
            continue
        # "signed a deal with A, who holds the rights to X": rights another verb governs are not
        # the ones the deal bought.
        governor = next((a for a in rights[0].ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governor is not None and governor.i != verb.i and governor.lemma_.lower() not in lower_words("rights_verbs"):
            continue
        if rights[0].lower_ != "rights" and any(kind_of(t) in ("org", "work", "person") for t in doc[verb.i + 1:rights[0].i]):
            continue
        buyer = next((t for t in reversed(doc[sent.start:verb.i]) if kind_of(t) == "org" and not _in_parens(t)), None)
        # "the U.S. rights and select international rights to X": coordinated rights share the "to".
        last = next((r for r in rights[1:] if doc[rights[0].i + 1].lower_ == "and" and r.i + 1 < sent.end
                     and doc[r.i + 1].lower_ in ("to", "for") and not any(kind_of(t) for t in doc[rights[0].i:r.i])), rights[0])
        if buyer is None or last.i + 1 >= sent.end or doc[last.i + 1].lower_ not in ("to", "for", "on"):
            continue
        works = [(entity_of(t), 1.0) for t in _listed_after(doc, last.i + 2, sent.end, "work")]
        referred = not works
        if referred:
            works = _rights_reference(doc, last.i + 2, sent.end, salient_work, sent, verb)
        if not works:
            continue
        between = doc[verb.i:last.i]
        territorial = any(kind_of(t) == "place" or t.lower_ in lower_words("territory_rights_words") or t.ent_type_ in ("NORP", "GPE")
                          for t in between)
        evidence = sentence_evidence(sent)
        for work, weight in works:
            yield Fact(entity_of(buyer), "acquires", work, evidence, "lists.rights_reference" if referred else "lists.rights",
                       round(0.8 * weight, 2))
            # Territory rights bought are rights to release the work there (a film referred to
            # is a finished one on the market, so any rights to it are to release it).
            if territorial or referred and not any(t.lower_ in lower_words("adaptation_rights_words") for t in between):
                yield Fact(entity_of(buyer), "distributes", work, evidence, "lists.rights_territory", round(0.7 * weight, 2))


# Verbs of buying a work or its rights whose "from" phrase names the seller.
SELLER_VERBS = frozenset({"acquire", "buy", "purchase", "pick", "license", "take", "nab", "snap", "secure", "land", "pre-buy"})


def seller_partners(doc: Doc) -> Iterator[Fact]:
    """"Alamo Film bought the German rights for X from Films Boutique", "Kestrel acquired X from
    sales agent Cinesud": a company that buys a work or its rights from another company deals
    with it; the two are partners in that deal (the buyer acquires the work by other rules).
    Not a company bought from its owner ("acquired Harbor Media from its founder"): only a work
    or rights as what is bought."""
    for verb in tokens_with(doc, pos=("VERB",), lemma=SELLER_VERBS):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SELLER_VERBS or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue
        # What is bought and where it comes from, in the verb's own clause (no other verb between).
        own = [t for t in verb.subtree if (clause_verb(t) or verb).i == verb.i]
        if not any(kind_of(t) == "work" or t.lower_ == "rights" for t in own):
            continue
        buyers = [t for c in verb.children if c.dep_ == "nsubj" for t in [c, *c.conjuncts] if kind_of(t) == "org"]
        sellers = [o for p in own if p.dep_ == "prep" and p.lower_ == "from"
                   for o in p.children if o.dep_ == "pobj" and kind_of(o) == "org"]
        if not buyers or not sellers or is_hedged(doc, min(b.i for b in buyers), sellers[-1].i + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        for buyer in buyers:
            for seller in sellers:
                if entity_of(buyer) != entity_of(seller):
                    yield Fact(entity_of(buyer), "partnersWith", entity_of(seller), evidence, "lists.seller", 0.7)


def possessive_works(doc: Doc) -> Iterator[Fact]:
    """"HBO's Divorce", "Harbour Films' Lantern": a company's possessive before a title names
    the company that made it (trade news writes a network's or a studio's show this way); the
    title may open with its quote mark ("HBO's “Divorce”")."""
    for token in entity_tokens(doc, "work"):
        if kind_of(token) != "work" or token.i < 2:
            continue
        quoted = (token.i >= 3 and doc[token.i - 1].text in ("\u201c", '"', "\u2018", "'")
                  and doc[token.i - 2].lower_ in ("'s", "\u2019s", "'", "\u2019"))
        at = token.i - 1 if quoted else token.i
        marker, owner = doc[at - 1], doc[at - 2]
        if quoted and _quoted_modifier(token) or _derived_from(token):
            continue
        if marker.lower_ in ("'s", "\u2019s", "'", "\u2019") and kind_of(owner) == "org" and not _name_of_no_sure_company(owner) \
                and not is_hedged(doc, owner.i, token.i + 1):
            yield Fact(entity_of(owner), "produces", entity_of(token), sentence_evidence(token.sent),
                       "lists.possessive_work", 0.6)


def _name_of_no_sure_company(owner: Token) -> bool:
    """"Ritesh Batra's The Lunchbox", "Bo Burnham's Eighth Grade": a name of two words or more
    that only the NER calls a company (no known company, no company word in it) is as often a
    filmmaker's, whose possessive title is no company's production."""
    doc, i = owner.doc, owner.i
    while i > 0 and entity_of(doc[i - 1]) == entity_of(owner):
        i -= 1
    name = doc[i:owner.i + 1].text.split()  # (the merge makes a name one token)
    return (class_of(owner) == "Organization" and len(name) >= 2 and all(w[:1].isupper() for w in name)
            and not any(w in words("org_suffixes") or w in words("company_name_suffixes") for w in name))


def _derived_from(token: Token) -> bool:
    """"Harbour Films' “Ember” prequel", "Lumen's Ember sequel “Ash”": a title before a noun of a
    derived work (derivative_work_nouns) only says what the company's new work comes from."""
    doc, j = token.doc, token.i
    while j < len(doc) and entity_of(doc[j]) == entity_of(token):
        j += 1
    while j < len(doc) and doc[j].text in ("\u201d", '"', "\u2019", "'"):
        j += 1
    return j < len(doc) and doc[j].lower_ in lower_words("derivative_work_nouns")


def _quoted_modifier(token: Token) -> bool:
    """"Netflix's “Creative First” and live-action strategy": a quoted phrase that, with the
    lower-case words coordinated after it, qualifies a noun that names no work (non_work_nouns)
    is a slogan, not the company's title."""
    doc, j = token.doc, token.i
    while j < len(doc) and entity_of(doc[j]) == entity_of(token):
        j += 1
    while j < len(doc) and doc[j].text in ("\u201d", '"', "\u2019", "'", ","):
        j += 1
    for t in doc[j:j + 5]:
        if t.lower_ in lower_words("non_work_nouns"):
            return True
        if not (t.lower_ in ("and", "or", "-") or t.is_lower):
            return False
    return False


def maker_epithet(work: Token) -> bool:
    """Whether a title stands as the epithet of a company: "Glasshouse producer Lumen Pictures"."""
    doc = work.doc
    nouns = {w for ws in lexicon_table("work_epithet_nouns").values() for w in ws if " " not in w}
    return work.i + 2 < len(doc) and doc[work.i + 1].lower_ in nouns and kind_of(doc[work.i + 2]) == "org"


def company_verbs(doc: Doc) -> Iterator[Fact]:
    """A company subject and the works its verb acts on, read from the parse: "Harbour Films
    has released Glasshouse, Moonfall and Red Harbour", "Sky has had a hand in releasing films
    from A to B", "the streamer commissioned A and B". The verb's lemma gives the predicate (the
    lexicon's company_work_verbs; a phrasal verb is written with its particle, "pick up"); the
    works are those of its object phrase and of the prepositions hanging from it, not those
    named in passing inside a relative clause. In the passive the company is the "by" agent
    and the works the subject: "Glasshouse will be released in Germany by Harbour Films"."""
    table = {lemma: predicate for predicate, lemmas in lexicon_table("company_work_verbs").items() for lemma in lemmas}
    # Only a verb whose lemma opens an entry can find one, with its particle or without: those
    # verbs' tokens, not a Token (and its children) of every verb. (A lemma of no word at all
    # is kept: its entry would be its particle's.)
    openers = {key.split()[0] for key in table if key.split()}
    lemmas = lemmas_where(doc, lambda lemma: not lemma.split() or lemma.split()[0] in openers)
    for verb in tokens_with(doc, lemma=lemmas, pos=("VERB", "NOUN")):
        # "Nickelodeon greenlit two series": the tagger may read a verb it does not know as a noun
        # at the root; with a subject and an object it is still the clause's verb.
        as_verb = verb.pos_ == "VERB" or (verb.pos_ == "NOUN" and verb.dep_ == "ROOT" and {"nsubj", "dobj"} <= {c.dep_ for c in verb.children})
        if not as_verb:
            continue
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        predicate = table.get(f"{verb.lemma_.lower()} {particle}".strip()) or table.get(verb.lemma_.lower())
        if predicate is None:
            continue
        # "X has bought a majority stake in the company behind “A” and “B”": a stake is bought
        # in a company (corporate.stake_deals), never in the works that describe it.
        if predicate == "acquires" and any(c.dep_ == "dobj" and c.lemma_.lower() in lower_words("stake_nouns") for c in verb.children):
            continue
        # "picked up to series", "picked up for a second season": a network ordering (more of) a
        # show picks it up; that is an order or a renewal, not a purchase: the network's show,
        # as "HBO has renewed X" says.
        if predicate == "acquires" and particle == "up" and _season_order(verb):
            predicate = "produces"
        # "HBO has picked up a fourth season of X": a season picked up is a renewal, the network's
        # order of more of its show (produces, as "HBO has renewed X"), no purchase.
        if predicate == "acquires" and any(c.dep_ == "dobj" and c.lower_ in ("season", "seasons", "installment", "instalment", "episodes")
                                           for c in verb.children):
            predicate = "produces"
        if verb.lemma_.lower() == "board" and _boards_sales(verb):
            continue
        if _is_passive(verb):
            companies, works = _agents(verb), _passive_subjects(verb)
        else:
            companies, works = _company_subjects(verb), _verb_works(verb)
            companies += [t for t in _teamed_partners(verb) if t.i not in {c.i for c in companies}]
        # "acquired Glasshouse producer Lumen Pictures": the title is the bought company's epithet (corp3).
        works = [w for w in works if not maker_epithet(w)]
        if not companies or not works or is_hedged(doc, min(t.i for t in companies + works), max(t.i for t in companies + works) + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        weight = 0.85 if any(ref_of(t) for t in companies) else 1.0
        for company in companies:
            for work in works:
                yield Fact(entity_of(company), predicate, entity_of(work), evidence,
                           f"verbs.{verb.lemma_.lower()}", round(0.7 * weight, 2))


# What a company may board besides the making of a work: its sales, rights or distribution.
BOARDED_TRADE_LEMMAS = frozenset({"sale", "sales", "right", "rights", "distribution", "agent", "distributor", "seller"})


def _boards_sales(verb: Token) -> bool:
    """Whether "board" is said of a work's trade, not its making: "boarded international sales on
    X", "boarded X as sales agent" (the sales agent's rule reads those). A company that boards a
    project ("boarded X as co-producer", "has boarded X") joins in making it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # The "as" phrase hangs from the verb or, as the parser often has it, from the object.
    as_roles = [w for head in (verb, *objects) for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "as"
                for p in prep.children if p.dep_ == "pobj" for w in p.subtree]
    return any(t.lemma_.lower() in BOARDED_TRADE_LEMMAS or t.lower_ in BOARDED_TRADE_LEMMAS
               for t in (*objects, *as_roles))


def _season_order(verb: Token) -> bool:
    """Whether a "to"/"for" phrase of the verb names a series or season ("to series", "for a
    second season", "for season two")."""
    nouns = lower_words("season_order_nouns")
    return any(prep.dep_ == "prep" and prep.lower_ in ("to", "for") and pobj.dep_ == "pobj" and pobj.lower_ in nouns
               for prep in verb.children for pobj in prep.children)


def _agents(verb: Token) -> list[Token]:
    """The companies of a passive verb's "by" phrase, with those coordinated with them."""
    return [t for agent in verb.children if agent.dep_ == "agent"
            for pobj in agent.children if pobj.dep_ == "pobj" for t in coordinated(pobj) if kind_of(t) == "org"]


def _passive_subjects(verb: Token) -> list[Token]:
    """The works a passive verb is about: its subject and the subjects coordinated with it, or
    the title in apposition to a genre noun subject ("the British comedy Glasshouse ... was")."""
    heads = [s for s in verb.children if s.dep_ == "nsubjpass"]
    heads += [c for s in heads if kind_of(s) != "work" for c in s.children if c.dep_ in ("appos", "compound")]
    return [t for head in heads for t in coordinated(head) if kind_of(t) == "work" and not in_passing(t)]


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children)


# Verbs whose object does what the infinitive after it says: "commissioned A to make X".
COMMISSIONING_LEMMAS = frozenset({"commission", "hire", "tap", "enlist", "task", "recruit", "engage"})


def _company_subjects(verb: Token) -> list[Token]:
    """The companies that do what the verb says: its subject with the subjects coordinated with
    it, going up through "has had a hand in releasing", "helped produce", "plans to stream"."""
    current = verb
    hired: list[Token] = []
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            found = [subject, *subject.conjuncts]
            return hired + [t for t in found if kind_of(t) == "org"]
        # "Netflix has commissioned Kestrel Studio to make X": the company a commissioning verb
        # takes as its object does the making too (with the commissioner, whose order it is).
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in COMMISSIONING_LEMMAS:
            hired += [t for c in current.head.children if c.dep_ == "dobj" for t in (c, *c.conjuncts) if kind_of(t) == "org"]
        # "Netflix continued its spree by acquiring X", "after buying X, Lumen ...": a gerund
        # after "by", "after" or "before" is done by the subject of the clause it hangs on.
        gerund_prep = current.dep_ == "prep" and current.lower_ in ("by", "after", "before")
        if (current.dep_ not in ("xcomp", "pcomp", "advcl", "conj", "ccomp") and not gerund_prep) or current.head.i == current.i:
            return []
        current = current.head
    return []


# The path from a "for" phrase up to a making verb: through its object and the objects listed
# with it ("series for the BBC as well as films for Sony"), never into a clause of its own.
MADE_FOR_PATH = frozenset({"dobj", "conj", "prep", "appos"})


def made_for_partners(doc: Doc) -> Iterator[Fact]:
    """"Harbour Films has produced drama series for the BBC, ITV and Sky", "it makes films for
    Lumen Pictures": a company that makes something for another company (the lexicon's
    made_for_verbs) works in a deal with it. The "for" hangs on the verb or on its object; each
    company it governs is a partner. A hedged or denied clause gives nothing."""
    verbs = lower_words("made_for_verbs")
    for verb in tokens_with(doc, lemma=verbs, pos=("VERB",)):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or _is_passive(verb):
            continue
        makers = [t for t in _company_subjects(verb) if not ref_of(t) or entity_of(t)]
        if not makers:
            continue
        clients = []
        for prep in verb.subtree:
            if prep.lower_ != "for" or prep.dep_ != "prep":
                continue
            node, path = prep.head, []
            while node.i != verb.i and node.head.i != node.i:
                path.append(node.dep_)
                node = node.head
            if node.i == verb.i and MADE_FOR_PATH.issuperset(path):
                clients += [t for pobj in prep.children if pobj.dep_ == "pobj"
                            for t in [pobj, *pobj.conjuncts] if kind_of(t) == "org" and not ref_of(t)]
        clients = [c for c in clients if all(entity_of(c) != entity_of(m) for m in makers)]
        if not clients or is_hedged(doc, min(t.i for t in makers + clients), max(t.i for t in makers + clients) + 1):
            continue
        evidence = sentence_evidence(verb.sent)
        for maker in makers:
            for client in dict.fromkeys(entity_of(c) for c in clients):
                yield Fact(entity_of(maker), "partnersWith", client, evidence, "verbs.made_for", 0.65)


def _teamed_partners(verb: Token) -> list[Token]:
    """"A has partnered with B to stream X", "A teamed up with B to produce X": the infinitive
    says what the team-up is for, so the companies A teamed with do it too (the lexicon's
    partnering_verbs); "A partnered with B on X" reads no infinitive and gives nothing here."""
    head = verb.head
    if (verb.dep_ not in ("xcomp", "advcl") or not any(c.lower_ == "to" for c in verb.children)
            or head.i == verb.i or head.lemma_.lower() not in lower_words("partnering_verbs")):
        return []
    return [t for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("with", "alongside")
            for pobj in prep.children if pobj.dep_ == "pobj" for t in coordinated(pobj) if kind_of(t) == "org"]


def _verb_works(verb: Token) -> list[Token]:
    """Works in the verb's object phrase and prepositional phrases, not in a relative clause or
    a parenthesis, and not named in passing ("known for")."""
    works = []
    for child in verb.children:
        if child.dep_ not in ("dobj", "prep", "dative", "attr", "oprd", "npadvmod"):
            continue
        # A phrase fronted before the verb is a setting, not what the verb acts on: "With
        # Cinespace having hosted A and B, Netflix has made a choice" makes neither A nor B.
        if child.i < verb.i:
            continue
        # "picked up A, with Orchard Street acquiring B": an absolute "with" clause has its own
        # subject and verb; what that verb acts on is that subject's, not this verb's.
        if child.dep_ == "prep" and child.lower_ == "with" and any(
                t.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in t.children) for t in child.subtree):
            continue
        for token in child.subtree:
            # "with Ember showrunners A and B producing": a title that is a person's epithet is
            # their calling card, not what the verb acts on.
            if kind_of(token) != "work" or _in_parens(token) or in_passing(token) or epithet_person(token) is not None:
                continue
            path, node = [], token
            while node.i != child.i and node.head.i != node.i:
                path.append(node.dep_)
                node = node.head
            # "ordered X, an adaptation of A's novel Y": a title inside a phrase of an apposition
            # is what the apposition says of the object (its source), not a second object.
            # So too one apposition further up: "acquired X, the company behind A and B" buys X,
            # and A and B only describe it (any apposition with a phrase below it on the path).
            if any(dep == "appos" and "prep" in path[:k] for k, dep in enumerate(path)):
                continue
            if not {"relcl", "acl", "advcl"}.intersection(path):
                works.append(token)
    return works


def shooting_works(doc: Doc) -> Iterator[Fact]:
    """"Toho Studios has started shooting Godzilla Rises at its lot": the company named last
    before a shooting verb (within 20 words of its sentence) makes the works right after it."""
    shooting = lower_words("shooting_words")
    # "Fenway Films has started production on X", "began principal photography on X": the noun
    # of the shoot and its "on" name the work as a shooting verb's object does.
    nouns = frozenset({"production", "photography", "filming", "shooting"})
    for verb in tokens_with(doc, lower=shooting | nouns):
        if verb.lower_ not in shooting | nouns:
            continue
        if verb.lower_ in nouns and verb.i + 1 < verb.sent.end and doc[verb.i + 1].lower_ == "on":
            verb = doc[verb.i + 1]  # the work comes after "on"
        elif verb.lower_ not in shooting:
            continue
        company = None
        for token in reversed(doc[max(verb.sent.start, verb.i - 20):verb.i]):
            if kind_of(token):
                company = token if kind_of(token) == "org" else None
                break
        after = verb.i + 1
        while after < verb.sent.end and doc[after].is_punct:
            after += 1
        if company is None or after >= verb.sent.end or kind_of(doc[after]) != "work":
            continue
        if is_hedged(doc, company.i, after + 1):
            continue
        for work in coordinated(doc[after]):
            yield Fact(entity_of(company), "produces", entity_of(work), sentence_evidence(verb.sent),
                       "verbs.shooting", 0.65)


def _title_department(doc: Doc, i: int, roles: frozenset[str] | set[str]) -> bool:
    """probeB: "Netflix's head of drama A", "X's president of unscripted content A": a lower-case
    word (one or two) right after the "of"/"for" of a job title is the department the title
    runs, part of the title, as a capitalised one ("Vice President of Drama") already is. Two
    departments may share the title: "head of business development and commercial affairs A"."""
    token = doc[i]
    if not token.is_alpha or not token.is_lower or token.pos_ in ("DET", "PRON", "ADP", "AUX", "CCONJ") or token.lower_ in ("of", "for"):
        return False
    joined, words = False, 1  # one "and" at most; up to two words in each department
    for j in range(i - 1, max(token.sent.start, i - 6), -1):
        if doc[j].lower_ in ("of", "for"):
            return j - 1 >= token.sent.start and doc[j - 1].lower_ in roles
        if doc[j].lower_ in ("and", "&") and not joined:
            joined, words = True, 0
            continue
        words += 1
        if not (doc[j].is_alpha and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ")) or words > 2:
            return False
    return False


def _inflected_role(token: Token, roles: frozenset[str] | set[str]) -> bool:
    """A job noun the role words hold by its lemma: a plural ("Lumen co-founders A and B") or a
    "co-" title kept as one token ("co-founder", which the tagger may read as a verb)."""
    return token.lemma_.lower() in roles and (token.tag_ == "NNS" or token.lower_.startswith("co-")
                                              or (token.lower_.endswith("s") and not token.lemma_.lower().endswith("s")))


def _chief_officer_word(doc: Doc, i: int) -> bool:
    """The word of a "chief ... officer" title ("chief operating officer", "chief marketing
    officer"): any lower-case word there names the field the officer heads."""
    return 0 < i < len(doc) - 1 and doc[i - 1].lower_ == "chief" and doc[i + 1].lower_ == "officer" and doc[i].is_lower and doc[i].is_alpha


# Words of a post's standing before a title ("Hulu's new CEO A"): no part of the job title.
STANDING_WORDS = frozenset({"new", "outgoing", "incoming", "longtime", "current", "top", "founding"})


def titled_names(doc: Doc) -> Iterator[Fact]:
    """A job title between a company and a name: "Harbour Films head Ana Ruiz", "Sky's Vice
    President of Drama Tom Hale", "founded by its CEO Ana Ruiz and managing director Tom Hale".
    The person works for the company and holds the title ("its" is the company named before it
    in the sentence). A title after "and" shares the owner of the title before it."""
    roles = lower_words("role_title_words") | lower_words("press_staff_nouns")
    last_owner: dict[int, Token] = {}  # sentence start -> owner of the previous title
    for person in entity_tokens(doc, "person"):
        if kind_of(person) != "person" or ref_of(person) or " " not in person.text:
            continue  # a one-word "person" after a title is often a department the NER misread
        sent = person.sent
        i = person.i - 1
        while i >= sent.start and i > person.i - 9 and not kind_of(doc[i]) and (
                doc[i].lower_ in roles or doc[i].lower_ in ("of", "for", "and", "&", "-") or doc[i].is_title
                or doc[i].is_upper and doc[i].is_alpha and len(doc[i]) <= 3  # "chief TV critic A"
                or _title_department(doc, i, roles) or _chief_officer_word(doc, i)) \
                and doc[i].lower_ not in ("'s", "\u2019s") and (doc[i].pos_ not in ("VERB", "AUX", "DET", "PRON")
                                                          # "Lumen Studios head A": the tagger may take the
                                                          # bare title for a verb ("head", "chair").
                                                          or (doc[i].tag_ in ("VBG", "VB", "VBP") and doc[i].lower_ in roles)) \
                or _inflected_role(doc[i], roles) and i > person.i - 9:
            # probeB: "X's managing director A": the parser takes "managing" for a verb.
            i -= 1
        first = i + 1
        while first < person.i and doc[first].lower_ in ("of", "for", "and", "&"):
            first += 1
        if doc[person.i - 1].lower_ in ("and", "&", "of", "for"):
            continue  # "X's head of drama and A": the title is another's, A joins the list
        if first >= person.i or not (doc[first].lower_ in roles or _inflected_role(doc[first], roles)):
            continue
        last = doc[person.i - 1]
        plural = last.lemma_.lower() in roles and last.lower_.endswith("s") and not last.lemma_.lower().endswith("s")
        # The role of each person of "co-founders A and B" is one "co-founder".
        title = doc[first:person.i - 1].text_with_ws + last.text[:-1] if plural else doc[first:person.i].text
        owner = None
        j = first - 1
        # emp34: "Netflix's film chairman A", "Fox production president A", "Hulu's new CEO A":
        # up to two lower-case department or standing words between the company and the title
        # (lexicon title_premodifiers); a department word is part of the title, a standing word
        # ("new", "outgoing") is not.
        premods = lower_words("title_premodifiers")
        k = j
        while k >= sent.start and k > j - 2 and doc[k].is_lower and doc[k].lower_ in premods:
            k -= 1
        if k < j and k >= sent.start and doc[first].lower_ in lower_words("title_premodified_roles") and (kind_of(doc[k]) == "org" or doc[k].lower_ in ("'s", "\u2019s", "'", "\u2019")):
            kept = [t for t in doc[k + 1:first] if t.lower_ not in STANDING_WORDS]
            title = " ".join([*(t.text for t in kept), title]) if kept else title
            j = k
        possessed = j >= sent.start and doc[j].lower_ in ("'s", "\u2019s", "'", "\u2019")
        if possessed:
            j -= 1
        if doc[person.i - 1].lower_ in lower_words("press_staff_nouns") and not possessed:
            continue  # "Netflix critic A" criticises Netflix; "The Post's critic A" writes for it
        if j >= sent.start and kind_of(doc[j]) == "org":
            owner = doc[j]
        elif j >= sent.start and doc[j].lower_ in ("its", "their"):
            owner = next((t for t in reversed(doc[sent.start:j]) if kind_of(t) == "org"), None)
        elif j >= sent.start and doc[j].lower_ == "and":
            owner = last_owner.get(sent.start)
        if owner is None or is_hedged(doc, owner.i, person.i + 1):
            continue
        if owner.i > sent.start and doc[owner.i - 1].lower_ in lower_words("former_job_words"):
            continue  # "former Harbour Films executive X": not on its staff now
        last_owner[sent.start] = owner
        evidence = sentence_evidence(sent)
        people = [person, *(c for c in person.conjuncts if kind_of(c) == "person" and not ref_of(c))] if plural else [person]
        for each in people:
            yield Fact(entity_of(each), "employedBy", entity_of(owner), evidence, "titles.employed", 0.7)
            yield Fact(entity_of(each), "role", title, evidence, "titles.role", 0.7, is_attribute=True)
        other = _coordinated_owner(doc, owner)
        if other is not None:
            yield Fact(entity_of(person), "employedBy", entity_of(other), evidence, "titles.employed", 0.65)


# Before the first of two coordinated owners, words that make "A and B" a list of its own with
# the titled name its last item: "produced by A and B CEO X", "deals with A and B chief X".
LIST_OPENERS = frozenset({"by", "from", "with", "between", "and", "&", "of", "for", "via", "alongside", "including", "to", "at", "as"})


def _coordinated_owner(doc: Doc, owner: Token) -> Token | None:
    """"Disney TV Studios and ABC Entertainment chairman A", "HBO Max and HBO programming chief
    A": two companies coordinated before one job title are both the person's employers (one
    executive runs both units). Not where the pair follows a preposition or a list ("produced
    by A and B CEO X": A is a co-producer, X is B's), nor after a past marker."""
    sent = owner.sent
    i = owner.i - 1
    if i - 1 < sent.start or doc[i].lower_ not in ("and", "&") or kind_of(doc[i - 1]) != "org" or not entity_of(doc[i - 1]):
        return None
    first = doc[i - 1]
    if entity_of(first) == entity_of(owner):
        return None
    k = first.i - 1
    if k >= sent.start:
        before = doc[k]
        if before.lower_ in LIST_OPENERS or before.lower_ in lower_words("former_job_words") or kind_of(before):
            return None
        if before.text == "," and k - 1 >= sent.start and kind_of(doc[k - 1]) == "org":
            return None  # "A, B and C CEO X": a list of companies, the title C's alone
    return first
