"""Unquoted titles, read from the slots where trade news puts them.

UK and US trade copy often writes titles without quotes, inside noun phrases. A capitalised run is
taken for a title only where the grammar of the sentence makes it one:

- after a work noun or genre: "the crime thriller Glasshouse", "the BBC Two drama Tidewater";
- as the object of "season N of": "season two of Ironbridge";
- before a role noun and a name: "Moonfall writer Jane Roe";
- in a credit list: a person's parenthesis "(Harbour Lights, Nine Rivers)", "credits include A, B
  and C", "productions include A (for X), B (Y)".

A title run is title-case with the function words inside it, keeps digits and colons, and stops
at the slot's end. Each finder returns `Mention`s with the class its slot gives ("Series" after
"season of", "Film" after "feature") and source "cue", which outweighs the NER's guess: the small
model often calls an unquoted title a person, a company or a city.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc, Span

from mediakg.extract.evidence import document_text, sentence_text
from mediakg.extract.lexicon import alternation, may_hold, skipping, character_name_word, company_descriptor_heads, given_names, lexicon_table, lower_words, nationality_compound, opens_with_given_name, place_names, words
from mediakg.extract.mentions.finders import (AWARD_RE, RUNNING_TIME, catalogue_credit_names, GENRE_THEN_TITLE_RE, in_territory_tail_start, is_territory_tail, territory_tail_start, event_tail_start, buyer_tail_start, cast_partner_start, CLASS_KIND, MONTHS, NO_DATE, Mention, after_owner, person_span, before_maker_nationality, is_bare_year, is_name, known_name_inside,
                                              org_class_from_name, title_cased, without_placed_tail)
from mediakg.extract.tokens import doc_ents, doc_sents, token_table, tokens_with

# A capitalised word or a number, with the inner punctuation of titles ("Nine-Nine", "Mr.", "II").
# Capitals are A-Z and Latin-1's (\u00c0-\u00d6, \u00d8-\u00de) everywhere in these patterns:
# "Östlund", "Élodie" and "Ørsted" open names too.
# Words joined by a slash with no space are one ("Giri/Haji", "Frost/Nixon", "V/H/S").
# (A year cut to two digits is a title's word too: "Summer of ’42"; not a decade, "the ’90s".)
_WORD = r"(?:[A-Z\u00c0-\u00d6\u00d8-\u00de0-9]|['\u2019](?=\d\d\b))[\w'\u2019&!?.\-]*(?:/[A-Z\u00c0-\u00d6\u00d8-\u00de0-9][\w'\u2019&!?.\-]*)*"
# Lower-case words a title keeps between its capitalised ones ("Train to Busan", "Law & Order").
# A lower-case "is" or "are" is a title's word only before a capitalised word or "in"/"on" and
# one ("Fleishman is in Trouble"); before anything else it is the sentence's copula: "the
# thriller Low Tide is a Danish co-production", "the thriller Rift is from Tom Hale".
_INNER = r"(?:of|to|the|a|an|in|on|for|at|with|from|&|\+|vs\.?|de|la|le|les|des|del|della|delle|degli|dei|di|du|y|los|las|el|und|(?:is|are)(?=[^\S\n]+(?:(?:in|on)[^\S\n]+)?[A-Z])|my|our|your|his|her)"
# Spaces, never a line break: a heading ends before the next line's first word.
# A number after "from" or "to" is a range's end, no title word: "Once Upon a Time from 13 episodes to 22".
# A count with a hyphened noun after a small word is a description: "renew X for a 10-episode
# second season" ends the title before "for".
_NO_RANGE = r"(?!(?<=from[^\S\n])\d)(?!(?<=to[^\S\n])\d)(?!\d+-[a-z])"
# A month with its day after a preposition is a date, no title word (finders.NO_DATE).
TITLE_RUN_RE = re.compile(rf"{_WORD}(?:(?:[^\S\n]+{_INNER})*[^\S\n]+{_NO_RANGE}{NO_DATE}{_WORD}|:[^\S\n]+{_WORD})*")
# Names a capitalised run can hold that are not titles: months and weekdays after a work noun
# ("the series Monday") are dates.
DATE_WORDS = words("date_words")
PERSONISH = frozenset({"PERSON", "GPE", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT"})


@lru_cache(maxsize=None)
def _longest_first(*names: str) -> tuple[str, ...]:
    """The phrases of these lexicon lists, longest first (so an alternation of them takes the
    longest that matches): sorted once, not for every document. (Phrases of one length never
    match at the same place, so their order among themselves changes no match.)"""
    return tuple(sorted(frozenset().union(*map(words, names)), key=len, reverse=True))


@lru_cache(maxsize=None)
def _alternation(before: str, phrases: tuple[str, ...], after: str, *, skip: bool = False) -> re.Pattern:
    """A regex of the phrases of a lexicon list, compiled once; skip: by `skipping`, for a
    search over the whole text that would otherwise be tried at every position."""
    return (skipping if skip else re.compile)(before + alternation(phrases) + after)


def _noun_class(noun: str) -> str:
    """Only nouns that name one medium type the title: a "drama" or a "thriller" may be a film
    or a series, and a wrong subtype scores worse than the honest CreativeWork."""
    noun = noun.lower()
    if noun in lower_words("slot_series_nouns"):
        return "Series"
    if noun in lower_words("slot_film_nouns"):
        return "Film"
    return "CreativeWork"


def _ents_over(doc: Doc, start: int, end: int) -> list[Span]:
    return [e for e in doc_ents(doc) if e.start_char < end and start < e.end_char]


# The endings of nationality and group words: Danish, Japanese, Korean, Israeli, Slavic, Dutch,
# Catholic, Filipino.
NATIONALITY_ENDING_RE = re.compile(r"(?:ish|ese|an|ian|ean|i|ic|ch|ino|ina|o)$")


def _unknown_place_guess(run: str) -> bool:
    """Whether the NER's place guess for a run of words is one no list bears out: no word of it
    is a known place ("Salt Road", not "East London" or "North Wales")."""
    return len(run.split()) > 1 and not any(w in place_names() for w in [run, *run.split()])


def _reads_as_nationality(name: str) -> bool:
    """Whether a name the NER calls a nationality or group reads as one: a known nationality
    adjective, or a word with a nationality's ending."""
    return name in words("nationality_adjectives") or bool(NATIONALITY_ENDING_RE.search(name.split()[-1] if name.split() else ""))


def _titled_after_nationality(text: str, at: int, end: int) -> bool:
    """Whether a run that opens with a nationality goes on as a title ("Indian Summers", "American
    Gods"): more capitalised words that are neither nationalities nor a genre ("Israeli-American",
    "Spanish Drama"), and no lower-case noun after the run that they describe with it ("Danish WW2
    drama X" describes X)."""
    rest = [w for w in re.split(r"[\s/-]+", text[at:end]) if w]
    if not rest or all(w in words("nationality_adjectives") or w.lower() in lower_words("title_slot_nouns") for w in rest):
        return False
    return not re.match(r"[^\S\n]+[a-z]", text[end:end + 2])


def _is_other_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the run is (or opens with) a name of something other than a work: a person, a
    place, a known company. The NER is trusted only for what it sees exactly, since it often
    calls a title a person or a company when the slot says otherwise."""
    text = document_text(doc)
    for ent in _ents_over(doc, start, end):
        if CLASS_KIND.get(ent.label_, "") not in ("", "work"):  # the gazetteer knows it
            if not known_name_inside(text, ent.start_char, ent.end_char, start, end):
                return True
            continue
        # A place the NER guesses for an unknown word ("Tidewater") is no better than its other
        # guesses; a known country or region, a nationality or a date is. A nationality reads as
        # one ("Danish", "Korean", "Filipino"); the NER also calls a whole foreign-looking title
        # one ("the drama Fjordlys"), which the slot's title wins over.
        if ent.label_ in ("DATE", "TIME", "MONEY") and ent.start_char <= start:
            return True
        if ent.label_ == "NORP" and ent.start_char <= start and _reads_as_nationality(ent.text) \
                and not _titled_after_nationality(text, ent.end_char, end):
            return True
        if ent.label_ == "NORP" and ent.start_char <= start and text[start:end].split()[-1] in words("org_suffixes"):
            return True  # "Harbour Films director A": a name the NER half-read, a company's by its last word
        if ent.label_ in ("GPE", "LOC") and (ent.text in words("countries") or ent.text in words("regions")):
            return True
    return False


def _bare_possessive(text: str, start: int, end: int) -> bool:
    """Whether a run ending in "s" is a possessive written with a bare apostrophe ("Dana Gates’
    new film", "the Jones' drama"): the apostrophe, inside the run or right after it, marks the
    owner of what follows. A run opened by a single quote ("‘Damages’") closes its quote instead."""
    if start > 0 and text[start - 1] in "'\u2018":
        return False
    run = text[start:end]
    return run.endswith(("s'", "s\u2019")) or (run.endswith("s") and text[end:end + 1] in ("'", "\u2019")
                                                and not text[end + 1:end + 2].isalpha())


# One capitalised word or number joined by hyphens to lower-case ones is an adjective: "English-language",
# "Oscar-winning", "Paris-set", "BAFTA-nominated", "10-episode".
HYPHEN_ADJECTIVE_RE = re.compile(r"[A-Z0-9][\w.'\u2019]*(?:-[a-z]+)+")


# A series' format as trade copy tags it: episodes times minutes or hours ("6×60’", "8 x 30'", "3×1-hour").
FORMAT_TAG_RE = re.compile(r"\d+\s*[x×X]\s*\d+(?:\s*['\u2019\u2032]|\s*-?\s*(?:hour|hr|min|minute)s?)?")


HEADLINE_AUXILIARY_RE = re.compile(r"[^\S\n]+(?:Is|Are|Was|Were|Will|Has|Have|Had)[^\S\n]+(?:Being|Be|Been|Set|Getting|Going)\b")


SEASON_TAIL_RE = re.compile(r"[^\S\n]+for[^\S\n]+(?:a[^\S\n]+)?(?:Season|Series|Part|Volume)[^\S\n]+[\w-]+$")


def _company_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the characters start..end are a company's name: the NER's, or one ending in a
    company word ("Lumen Pictures")."""
    name = document_text(doc)[start:end]
    return name.split()[-1] in words("org_suffixes") or any(
        e.label_ == "ORG" and e.start_char == start and e.end_char == end for e in doc_ents(doc))


def _opening_date(title: str) -> bool:
    """"In 2015", "By March 2020", "Since 2019": a preposition and a date (a year, with its month
    or day) is a time adverbial. A title may open on a preposition ("In Treatment"), not be a date."""
    first, _, rest = title.partition(" ")
    dated = rest.replace(",", " ").split()
    return first in ("In", "By", "Since", "Until", "Before", "After", "During", "From", "Through") and bool(dated) \
        and is_bare_year(dated[-1]) and all(w in DATE_WORDS or w.isdigit() for w in dated[:-1])


# (Two full names set off by a comma are a list of people whatever the first name is: "with Elle
# Vale, Tom Hale and ...".)
CAST_WITH_RE = re.compile(r"[^\S\n]+with[^\S\n]+(?=[A-Z][^\s,']*[^\S\n]+[A-Z][^\s,']*(?:,|[^\S\n]+and)[^\S\n]+[A-Z]"
                          r"(?P<second>(?<=,[^\S\n][A-Z])[^\s,']*[^\S\n]+[A-Z][^\s,']*(?:,|[^\S\n]+and[^\S\n]))?)")


def _mention(doc: Doc, start: int, end: int, cls: str, *, owner: bool = False) -> Mention | None:
    """The title mention of a slot's run, or None when the run is no title. owner: the slot is
    the possessive itself ("Ember's Dana Vale"), which otherwise marks a run as no title."""
    text = document_text(doc)
    title = text[start:end].rstrip(".,:;")
    # "acquired the thriller Glasshouse for North America": the territory a work is bought or
    # sold for is no part of its title (the NER often runs the two into one name).
    territory = territory_tail_start(title)
    if territory is not None:
        title = title[:territory]
    # "distribute the thriller Glasshouse in the US": the place is where the work goes.
    title = without_placed_tail(title)
    # "has renewed X for Season 3": the season a renewal orders is no part of the title.
    title = SEASON_TAIL_RE.sub("", title)
    # "picked up the thriller Glasshouse at Cannes": the event of the sale is no part of the title.
    event = event_tail_start(doc, start, start + len(title))
    if event is not None:
        title = title[:event]
    buyer = buyer_tail_start(text, start, start + len(title))  # "sold the drama Glasshouse to Lumo Film"
    if buyer is not None:
        title = title[:buyer]
    # "the comedy Moonpie from Ana Ruiz": a full name after "from" or "by" is the work's maker.
    maker = re.search(r"\s+(?:from|by)\s+(?=[A-Z])", title)
    if maker and maker.start() > 0 and opens_with_given_name(title[maker.end():]):
        title = title[:maker.start()]
    # "since 2004's Closer with Tony Gilroy's Duplicity": a full name's possessive after "with"
    # opens a second title; "Dinner with Dana Vale" keeps its words (no possessive).
    paired = re.search(r"\s+with\s+(?=[A-Z][^\s']*\s+[A-Z][^\s']*(?:'s|\u2019s)\s)", title)
    if paired and paired.start() > 0 and opens_with_given_name(title[paired.end():]):
        title = title[:paired.start()]
    # "Ana Ruiz's Blue Valley with Tom Hale, Jo Reyes and Mia Lund": a list of full names after
    # "with" is the cast the work is shown with (one name may be a title's: "Dinner with Dana Vale").
    # (The run may end at the list's first comma: the list is read on the text after it.)
    cast = CAST_WITH_RE.search(text, start, start + len(title) + 80)
    if cast and start < cast.start() < start + len(title) and (opens_with_given_name(text[cast.end():start + len(title)])
                                                               or cast.group("second")):
        title = title[:cast.start() - start]
    end = start + len(title)
    # "opposite Dana Vale in Glasshouse, the thriller from ...": a full name and "in" open the run
    # with the cast member the work is played alongside; the title is what follows "in".
    partner = cast_partner_start(doc, start, end)
    if partner is not None:
        start += partner
    # "working with Lumen Pictures on Salt Road, a thriller": the company worked with and "on"
    # open the run; the title is what follows "on".
    partner_company = re.match(r"(.+?)[^\S\n]+on[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9\u201c\"])", text[start:end])
    if partner_company and re.search(r"\bwith[^\S\n]+$", text[max(0, start - 6):start]) \
            and (_company_name(doc, start, start + partner_company.end(1))):
        start += partner_company.end()
    cut = after_owner(doc, start, end)
    # "the comedy Dinner with Dana Vale": when what is left after the owner is a full name the
    # NER calls a person's, given name first, the slot read a cast member, no title.
    person = _full_name_at(doc, cut) if cut > start else None
    if person is not None and person.end_char == end:
        return None
    start = cut
    # "the producers of Ironbridge are Sam Holt": a sentence-case title may hold "is" or "are"
    # ("Fleishman is in Trouble"), but not before a full name: that is the copula of the clause.
    copula = _copula_before_name(doc, start, end)
    if copula is not None:
        end = copula
    # Headline case: "In Cold Blood Is Being Adapted for TV", "Salt Road Will Be Back": an
    # auxiliary pair is the headline's verb, no title's words; the title ends before it.
    verb = HEADLINE_AUXILIARY_RE.search(text, start, end)
    if verb is not None:
        end = verb.start()
    # "And Moonfall's Dana Vale joins": a conjunction opening a sentence links it to the last
    # one; it is no word of the title that follows it.
    conj = re.match(r"(?:And|But|Or|Yet|Plus)[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])", text[start:end])
    if conj and re.search(r"(?:^|[.!?][\u201d\"]?\s+|\n)$", text[max(0, start - 3):start]):
        start += conj.end()
    # "reunites Dana Vale with her Moonfall co-star": a title never opens with a lower-case
    # possessive; cutting the owner off can leave the pronoun that owns the credit.
    pronoun = re.match(r"(?:her|his|their|its|our|my|your)[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])", text[start:end])
    if pronoun:
        start += pronoun.end()
    # "The 1984 Ghostbusters was directed by ...": the article and the year date the title
    # (owner_year_titles); they are no words of it.
    dated = re.match(r"[Tt]he[^\S\n]+(?:original[^\S\n]+)?(?:1[89]|20)\d\d[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])", text[start:end])
    if dated:
        start += dated.end()
    # "all premiered at Locarno: Copper Bay (2009) ...": a place or festival the gazetteer knows
    # after "at", and a colon, open a list; the title is what follows the colon (not "a first look
    # at Dune: Part Two", a title's own subtitle).
    listed = re.match(r"([^:\s]+(?:[^\S\n][^:\s]+)?):[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])", text[start:end])
    if listed and re.search(r"\bat[^\S\n]+$", text[max(0, start - 4):start]) and (_known_place(listed.group(1)) or any(
            CLASS_KIND.get(e.label_) in ("place", "event") and e.start_char == start for e in doc_ents(doc))):
        start += listed.end()
    # "has commissioned 6-part X": the number of parts describes the work, it is no part of its title.
    parts = re.match(r"\d+-(?:part|episode|hour)\s+", text[start:end])
    if parts:
        start += parts.end()
    title = text[start:end]
    if is_bare_year(title) or FORMAT_TAG_RE.fullmatch(title):
        return None  # (a UK format tag, "(6×60’)", "8x30": the episodes and their length, no title)
    if _opening_date(title):
        return None  # "In 2015, a reboot of the film ...": the sentence's opening adverbial, no title
    if re.match(r"[^\S\n]+(?:starrer|vehicle)\b", text[end:end + 12]):
        return None  # "2015's Ada Price starrer X": the name before "starrer" is its star
    if HYPHEN_ADJECTIVE_RE.fullmatch(title):
        return None  # "Webber's English-language epic X", "the Oscar-winning drama": a modifier, no title
    if nationality_compound(title):
        return None  # "Franco-Algerian director A", "Slovak-Czech coproduction X": the maker's or the work's countries
    if all(w in words("nationality_adjectives") for w in title.split()[-1].split("/")) and re.match(r"\s+[a-z]", text[end:end + 2]):
        # "starred in Netflix Korean series X": a company and a nationality describe the work
        # named next; "the Romanian/American actor A" joins two.
        return None
    # "the J. D. Salinger drama": a lone capital before a full stop and another capitalised
    # word is a person's initial, the name's first letter, no title.
    if re.fullmatch(r"[A-Z]\.?", title) and re.match(r"\.?\s+[A-Z]", text[start + 1:]):
        return None
    if not owner and (title.endswith(("'s", "\u2019s")) or text[end:end + 2] in ("'s", "\u2019s")):
        return None  # "Min Jin Lee's novel": the owner, not the title
    if not owner and _bare_possessive(text, start, end):
        return None  # "Dana Gates’ “Salt Road”": a name in s takes a bare apostrophe as its possessive
    if not title or not is_name(title) or title in DATE_WORDS or title.split()[0] in DATE_WORDS:
        return None
    if title.lower() in lower_words("not_titles"):
        return None
    if AWARD_RE.search(title):
        return None  # "the rights to the Golden Bear": a trophy, not a work
    if title in words("festival_sections") or title in words("bare_festival_sections"):
        return None  # "the film Panorama": a festival's section in a line-up, not the film's title
    if _is_other_name(doc, start, end):
        return None
    return Mention(start, end, title, cls, "cue", cued=True)


# A work noun or genre right before a capitalised run: "the crime thriller Glasshouse".
# (Spaces within the line: a headline that ends on a work noun, "... for pan-India movie", is no
# slot for the paragraph's first word.)
GENRE_SLOT_RE = re.compile(r"\b(?P<noun>" + alternation(sorted(words("title_slot_nouns"), key=len, reverse=True))
                           + r")[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")


def genre_slot_titles(doc: Doc) -> Iterator[Mention]:
    """A capitalised run right after a lower-case work noun is the work's title: "the BBC Two
    drama Tidewater", "its comedy series Divorce". The noun says Film or Series where it can."""
    text = document_text(doc)
    for match in GENRE_SLOT_RE.finditer(text):
        if text[match.start():match.start() + 1].isupper():
            continue  # "Comedy Central", "Drama Republic": the noun opens a name
        department = re.search(r"([\w-]+)\s+(?:of|for)\s+(?:[a-z][\w-]*\s+){0,2}$", text[max(0, match.start() - 45):match.start()])
        if department and department.group(1).lower() in lower_words("role_title_words") - {"producer", "director", "editor"}:
            continue  # "head of drama Polly Hill", "EVP for comedy Jo Lee", "head of scripted series A": a department, then a person
        noun = doc.char_span(match.start(), match.end("noun"), alignment_mode="expand")
        if noun is None or (noun[-1].pos_ == "VERB" and noun[-1].lower_ in lower_words("work_nouns_also_verbs")):
            continue  # "will play Laurie", "to film Glasshouse": a verb, and its object is no title
        run = TITLE_RUN_RE.match(text, match.end())
        if not run:
            continue
        if match.group("noun") == "title" and run.group(0).split()[0].lower() in lower_words("role_title_words"):
            continue  # "holds the title President of Content": a job's title, not a work's
        end = _stop_at_company(doc, run.start(), run.end())
        if text[run.start():end].split()[-1] in words("org_suffixes"):
            continue  # "the film Harbour Films released": a relative clause's subject, a company
        if end == run.end():
            end = _joined_title_end(doc, run.start(), end)
        m = _mention(doc, run.start(), end, _noun_class(match.group("noun")))
        if m:
            yield m


# "Pride and Prejudice", "Salt and Stone": one word, "and", one word after a singular work noun.
PAIR_TAIL_RE = re.compile(r"[^\S\n]+and[^\S\n]+(?P<word>[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00ff]+)(?=[^\S\n]*[,.;:)]|[^\S\n]+(?:[a-z]|\())")


def _pair_title_end(doc: Doc, start: int, end: int) -> int:
    """Where a one-word title after a singular work noun ends when "and" and one more capitalised
    word follow it: a singular noun names one work, so "the film Salt and Stone won" is one title,
    two nouns joined as titles often are. The second word must be no name of its own (a known
    company or place, a person's surname, a frequent given name) nor an owner ("and Netflix's"),
    and a lower-case word or a punctuation mark must follow it."""
    text = document_text(doc)
    if " " in text[start:end].strip() or not text[start:end].isalpha():
        return end
    pair = PAIR_TAIL_RE.match(text, end)
    if not pair:
        return end
    word = pair.group("word")
    if word.lower() in given_names() or word in place_names() or word in DATE_WORDS or word in words("org_suffixes"):
        return end
    # The NER's guess of a person for the one word is weak, unless the article names a person
    # with it as the surname ("Dana Marlowe ... the film Glasshouse and Marlowe").
    surnames = {e[-1].text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1}
    if word in surnames or any(e.label_ in ("GPE", "NORP", "DATE") or CLASS_KIND.get(e.label_) or e.label_ == "PERSON" and len(e) > 1
                               for e in _ents_over(doc, pair.start("word"), pair.end("word"))):
        return end
    if text[start:end].lower() in given_names() or any(CLASS_KIND.get(e.label_) for e in _ents_over(doc, start, end)):
        return end
    return pair.end("word")


def _joined_title_end(doc: Doc, start: int, end: int) -> int:
    """Where a title that one work slot names ends when "and" joins more capitalised words to
    it: a singular work noun or a year's possessive names one work ("the 2009 comedy The Owl and
    the Pussycat,", "2004's Salt and Pepper,"), and a title takes "and" freely. Two words joined
    by "and" are read by _pair_title_end; a lower-case "and the" and a capitalised run are the
    title's too where _and_the_end says so, unless a company, place, event or person the article
    knows is in that run ("the film Glasshouse and the BBC,") or the run opens with a given name."""
    joined = _pair_title_end(doc, start, end)
    if joined != end:
        return joined
    text = document_text(doc)
    joined = _and_the_end(text, end, len(text))
    tail = text[end:joined].split(None, 2)[-1] if joined != end else ""
    if not tail or opens_with_given_name(tail) or tail.split()[-1] in DATE_WORDS:
        return end
    # (The NER's company guess for one word of a title is weak: "The Owl and the Pussycat".)
    if any(CLASS_KIND.get(e.label_) or e.label_ in PERSONISH | {"EVENT", "FAC", "LOC"} or e.label_ == "ORG" and len(e) > 1
           for e in _ents_over(doc, joined - len(tail), joined)):
        return end
    return joined


COMMA_GENRE_SLOT_RE = re.compile(r"(?<![A-Za-z])(?P<noun>" + alternation(sorted(words("title_slot_nouns"), key=len, reverse=True))
                                 + r"),[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")


def comma_genre_titles(doc: Doc) -> Iterator[Mention]:
    """ "its original comedy series, Everything Sucks.": a work noun, a comma and a capitalised
    run that ends the sentence is an apposition naming the work. The run must end the sentence
    (so "In the series, Dana Vale plays a cop" and "the film, Vale said" are left alone) and be no
    person named with a frequent given name, known place or known name."""
    text = document_text(doc)
    for match in COMMA_GENRE_SLOT_RE.finditer(text):
        noun = doc.char_span(match.start("noun"), match.end("noun"), alignment_mode="expand")
        if noun is None or noun[-1].pos_ not in ("NOUN", "PROPN"):
            continue
        run = TITLE_RUN_RE.match(text, match.end())
        if not run or not re.match(r"[^\S\n]*(?:[.;!?](?:\s|$)|$)", text[run.end():run.end() + 2]):
            continue
        # The NER's place guess for an unknown title ("Salt Road") is no better than its other
        # guesses; a known place, a nationality or an event is.
        if opens_with_given_name(run.group(0)) or _known_place_run(doc, run.start(), run.end(), place_names()) or any(
                e.label_ in ("NORP", "EVENT") for e in _ents_over(doc, run.start(), run.end())):
            continue
        m = _mention(doc, run.start(), run.end(), _noun_class(match.group("noun")))
        if m:
            yield m


# "the 2019 hit X", "the breakout hit X": "hit" is a noun for a successful work only after a year
# or a word that qualifies a success (hit_slot_words); bare, it may be the verb ("hit Netflix").
HIT_SLOT_RE = skipping(r"\b(?:(?:19|20)\d\d|" + alternation(sorted(words("hit_slot_words"), key=len, reverse=True))
                         + r")[^\S\n]+hit[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])", re.I)


def _has_company_word(run: str) -> bool:
    """Whether a capitalised run holds a company word ("Films", "Pictures", "Ltd")."""
    return bool(set(re.split(r"[\s&]+", run)) & (words("org_suffixes") | words("company_name_suffixes")))


def _company_run(text: str, start: int, end: int) -> bool:
    """Whether a run before a logline verb is a company's name, or the last of a list after a
    preposition ("The short from A Productions, B & C is set in ..."): a company word in the run,
    or "from"/"by"/"with", a comma or "&" right before it."""
    if _has_company_word(text[start:end]):
        return True
    # "Based on Ana Ruiz's novel, Salt Road follows ...": the comma closes an opening participle
    # clause, and the run after it is the sentence's subject.
    if SOURCE_OPENER_RE.search(text[max(0, start - 160):start]):
        return False
    return bool(re.search(r"(?:\b(?:from|by|with|and)|[,&])\s*$", text[max(0, start - 8):start]))


SOURCE_OPENER_RE = re.compile(r"(?:^|[.!?][^\S\n]+|\n)(?:Based|Adapted|Inspired|Drawn|Set)[^\S\n]+(?:on|from|by|in|against)\b[^,.;:\n]*,[^\S\n]*$")


def hit_slot_titles(doc: Doc) -> Iterator[Mention]:
    """ "The 2019 hit Glasshouse returns", "Netflix's breakout hit Salt Road": the capitalised run
    after a qualified "hit" is the work's title (the NER often calls it a company). A run that
    opens with a company or platform ("the 2019 hit Netflix series X") stops before it, and
    the genre slot reads the title after the noun."""
    text = document_text(doc)
    if not may_hold(text, ("hit",)):  # every match holds the word: without it, no search
        return
    for match in HIT_SLOT_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, match.end())
        if not run:
            continue
        m = _mention(doc, run.start(), _stop_at_company(doc, run.start(), run.end()), "CreativeWork")
        if m:
            yield m


# "Sundance hit X", "the Berlinale winner X", "Cannes 2019 opener X": a festival's name, a year,
# then a noun for a work it showed (festival_work_nouns) says the run after it is a title.
FESTIVAL_NOUN_RE = re.compile(r"(?:['\u2019]s)?(?:[^\S\n]+(?:19|20)\d\d)?[^\S\n]+(?:"
                              + alternation(sorted(words("festival_work_nouns"), key=len, reverse=True))
                              + r")[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")
FOR_TERRITORY_TAIL_RE = re.compile(r"\s+for\s+(?:the\s+)?(?:" + "|".join(sorted(map(re.escape, words("countries") | words("regions")), key=len, reverse=True)) + r")$")
# Nouns a person also earns at a festival: "Sundance winner Dana Vale" may be the actor.
PERSON_FESTIVAL_NOUNS = frozenset({"winner", "prizewinner", "breakout", "darling", "favourite", "favorite", "standout", "sensation"})


def festival_slot_titles(doc: Doc) -> Iterator[Mention]:
    """ "Neon has acquired Sundance hit Salt Road": what a festival screened is a film or show,
    though the NER calls its title a place or a company. Only a festival (the gazetteer's events
    whose name says Festival), not an award: "Oscar winner X" is as often an actor."""
    text = document_text(doc)
    for ent in doc_ents(doc):
        if ent.label_ != "Event" or "Festival" not in (ent.ent_id_ or ent.text):
            continue
        match = FESTIVAL_NOUN_RE.match(text, ent.end_char)
        run = TITLE_RUN_RE.match(text, match.end()) if match else None
        if not run:
            continue
        end = _stop_at_company(doc, run.start(), run.end())
        # "picked up Cannes opener X for the UK": the territory the work was bought for
        territory = FOR_TERRITORY_TAIL_RE.search(text[run.start():end].rstrip(".,;:"))
        if territory:
            end = run.start() + territory.start()
        noun = match.group(0).split()[-1].lower()
        if noun in PERSON_FESTIVAL_NOUNS and any(e.label_ == "PERSON" and e.start_char == run.start() for e in doc_ents(doc)):
            continue
        m = _mention(doc, run.start(), end, "Film")
        if m:
            yield m


# "played in Cannes Competition with X in 2003, Y in 2006 and Z in 2011": a filmmaker's showings
# at a festival, each work dated by its edition's year. What is played or competes "with" at a
# festival, a year after it, is a film.
# A festival section's name (festival_section_names), read by the line-up slots below.
_SECTION_NAMES = r"\b(?:" + alternation(sorted(words("festival_section_names"), key=len, reverse=True)) + r")"
SECTION_NAME_RE = re.compile(_SECTION_NAMES + r"\b")
FESTIVAL_WITH_RE = re.compile(r"\b(?:played|competed|screened|premiered|was\s+(?:selected|invited))[^\S\n]+(?:in|at|for)[^\S\n]+[^.;\n]{0,50}?"
                              r"\bwith[^\S\n]+(?=[\u201c\"]?[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")
DATED_ITEM_END_RE = re.compile(r"[\u201d\"]?[^\S\n]+in[^\S\n]+(?:1[89]|20)\d\d\b(?:[^\S\n]*,)?(?:[^\S\n]+and)?[^\S\n]*")


def festival_with_titles(doc: Doc) -> Iterator[Mention]:
    """ "Ruiz played in Venice Competition with Tidewater in 2004, Moth Hour in 2007 and The Long
    Night in 2012": every run of the list that its own year follows is a film, whatever the NER
    said. A festival the gazetteer knows or a festival's section ("Venice Competition") must be
    named before "with"; a name opening with a given name is a person shown with ("with Dana
    Vale in 2004")."""
    text = document_text(doc)
    if not may_hold(text, ("with",)):
        return
    for match in FESTIVAL_WITH_RE.finditer(text):
        # (A band "played at Sundance with X" too: a bare "played" needs the festival's section.)
        if not SECTION_NAME_RE.search(match.group(0)) and (match.group(0).startswith("played") or not any(
                e.label_ == "Event" and match.start() < e.start_char < match.end() for e in doc_ents(doc))):
            continue
        pos = match.end()
        while True:
            pos += text[pos:pos + 1] in "\u201c\""
            run = TITLE_RUN_RE.match(text, pos)
            if run is None or opens_with_given_name(run.group(0)):
                break
            # (A run may take the year in: "Tidewater in 2004" reads as one name.)
            year = re.search(r"[^\S\n]+in[^\S\n]+(?:1[89]|20)\d\d\b", run.group(0))
            end = run.start() + year.start() if year else run.end()
            dated = DATED_ITEM_END_RE.match(text, end)
            if not dated:
                break
            m = _mention(doc, run.start(), end, "Film")
            if m:
                yield m
            pos = dated.end()


# "Competition entry X", "Panorama title X", "Un Certain Regard selection X": a festival's
# section (festival_section_names) and a noun for a work it showed name the work after them,
# with no festival named (the section says it: "Ana Ruiz's Berlin Competition entry X").
SECTION_SLOT_RE = re.compile(_SECTION_NAMES
                             + r"(?:[^\S\n]+(?:19|20)\d\d)?[^\S\n]+(?:entry|title|selection|opener|closer|player|premiere)[^\S\n]+"
                             r"(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")


def section_slot_titles(doc: Doc) -> Iterator[Mention]:
    """The run after a festival section's work noun is a film: "Panorama entry Headshot"."""
    text = document_text(doc)
    for match in SECTION_SLOT_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, match.end())
        if not run or opens_with_given_name(run.group(0)):
            continue  # "Competition entry Ana Ruiz's ...": a person's name opens the run
        end = _stop_at_company(doc, run.start(), run.end())
        # "closed deals on Panorama entry X with Australia (Palace)": the territories sold follow "with".
        sold = re.search(r"[^\S\n]+with[^\S\n]+(?:the[^\S\n]+)?(?=[A-Z])", text[run.start():end])
        end = run.start() + sold.start() if sold else end
        territory = FOR_TERRITORY_TAIL_RE.search(text[run.start():end].rstrip(".,;:"))
        m = _mention(doc, run.start(), run.start() + territory.start() if territory else end, "Film")
        if m:
            yield m


# "Blind by Norwegian director Eskil Vogt", "Thelma by Norway's Joachim Trier": the byline of a
# line-up or sales report. Between "by" and the maker's name only a country's possessive, a
# nationality and the byline's role words stand.
BY_MAKER_RE = re.compile(r"[^\S\n]+by[^\S\n]+(?P<desc>(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w\-]+(?:'s|\u2019s)[^\S\n]+)?(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z]+[^\S\n]+)?"
                         r"(?:[a-z][\w\-]*[^\S\n]+){0,2})$")
# What an article's own byline or a book's credit line credits: "Photos by A (2019)", "Translated
# by A (2019, ...)" is no work.
BYLINE_CREDITS = frozenset({"photo", "photos", "photograph", "photographs", "image", "images", "words", "story", "text", "reporting",
                            "video", "illustration", "illustrations", "interview", "review", "analysis", "graphics", "translated",
                            "translation", "edited", "written", "illustrated", "compiled", "narrated", "photographed", "introduction"})
# A bracket that opens on a year, and no run of years: "(1934)", "(1934, 1h22, France)" (not a
# life, "(1931-2020)").
DATING_BRACKET_RE = re.compile(r"[^\S\n]*\([^\S\n]*(?P<year>(?:1[89]|20)\d\d)[^\S\n]*[,)]")
# Words before a run whose "by" names an author or a speaker, not a work's maker: "based on X
# by A", "an adaptation of X by A", "a statement to X by A".
BY_SOURCE_BEFORE_RE = re.compile(r"\b(?:of|on|to|at|in|from|as|for)[^\S\n]+(?:the[^\S\n]+)?$")


def byline_slot_titles(doc: Doc) -> Iterator[Mention]:
    """ "Versatile is selling Blind by Norwegian director Eskil Vogt": a name right before "by"
    and a person's full name is the work that person made; trade copy lists a line-up's or a
    sale's films so ("Thelma by Norway's Joachim Trier"), and the NER reads the bare title as a
    person or a company. Only inside a sentence (a sentence or line that opens with "X by A" is
    a byline of the article: "Photos by Dana Vale"), only before a person the NER names with two
    words or more, and only for a run that is no person (given name first), company, place,
    date, job title or the object of a preposition ("based on X by A" names a book's author).
    Film when the byline calls the maker a director, filmmaker or helmer."""
    text = document_text(doc)
    makers = lower_words("byline_words") - {"writer", "-"}
    for person in doc_ents(doc):
        if person.label_ != "PERSON" or len(person) < 2:
            continue
        head = text[max(0, person.start_char - 60):person.start_char]
        by = BY_MAKER_RE.search(head)
        if by is None or text[person.end_char:person.end_char + 2] in ("'s", "\u2019s"):
            continue
        desc = by.group("desc").split()
        caps = [w for w in desc if w[:1].isupper()]
        if caps and not (caps[-1].endswith(("'s", "\u2019s")) and caps[-1][:-2] in words("countries")
                         or _reads_as_nationality(caps[-1])):
            continue  # "by Harbour Films chief Dana Vale": the words before the name name a company
        lower = [w for w in desc if not w[:1].isupper()]
        if any(w.lower() not in lower_words("byline_words") for w in lower):
            continue  # "by the time Dana Vale", "by then-CEO Dana Vale": no byline
        by_start = person.start_char - len(head) + by.start()
        start = _run_before(text, by_start)
        if start is None:
            continue
        run = text[start:by_start]
        before = text[max(0, start - 24):start]
        # "Photos by Dana Vale" opens a line, and is the article's byline; a catalogue's entry opens
        # its line too, but dates the work after the maker: "Night Harbor by Dana Vale (1934, 1h22)".
        # A quoted title has its own finder.
        opens_line = re.search(r"(?:^|[.!?:][\u201d\"]?\s+|\n)$", before)
        if opens_line and (not DATING_BRACKET_RE.match(text, person.end_char) or text[start:by_start].lower() in BYLINE_CREDITS) \
                or re.search(r"[\u201c\"\u2018]$", before):
            continue
        if BY_SOURCE_BEFORE_RE.search(before):
            continue
        # "Racer and the Jailbird by A", "A E I O U - A Quick Alphabet by A": a lower-case article
        # or a dash before the run says the title began earlier, beyond what the run can reach.
        if re.search(r"(?:\b(?:the|a|an)|[^\S\n][-\u2013\u2014])[^\S\n]+$", before):
            continue
        if opens_with_given_name(run) or _has_company_word(run) or _known_place_run(doc, start, by_start, place_names()):
            continue
        if run.split()[-1].lower() in lower_words("paren_credit_participles"):
            continue  # "(Produced by Dana Vale)", "Executive Produced by A": a credit, no title
        if any(w.lower() in lower_words("role_title_words") or w in words("capitalised_role_words") for w in run.split()):
            continue  # "was named Executive Producer by Dana Vale": a job, not a work
        # (The NER's place guess for an unknown title, "Salt Road", is no better than its others.)
        if any(e.label_ in ("EVENT", "NORP", "DATE", "TIME") for e in _ents_over(doc, start, by_start)):
            continue
        cls = "Film" if any(w.lower() in makers for w in lower) else "CreativeWork"
        m = _mention(doc, start, by_start, cls)
        if m:
            yield m


# "Salt Road (working title)", "Ember (working title, 6x60')": the parenthesis says the run
# before it is a work's provisional title.
WORKING_TITLE_RE = re.compile(r"[^\S\n]*\((?:[Ww]orking[^\S\n]+[Tt]itle|[Ww][./]?[Tt]\.?\)|\d+[^\S\n]*[x\u00d7X][^\S\n]*\d+)")


def working_title_titles(doc: Doc) -> Iterator[Mention]:
    """A capitalised run right before "(working title)", or before a UK format tag ("Harbour
    (6×60’)", episodes times minutes), is a work's title, whatever the NER calls it ("Paradise
    Lost (working title)" is no company). Not a run the NER calls a person
    with a frequent given name first, nor a company run."""
    text = document_text(doc)
    for match in WORKING_TITLE_RE.finditer(text):
        start = _run_before(text, match.start())
        if start is None:
            continue
        start = _by_title_start(text, start)
        run = text[start:match.start()]
        if _has_company_word(run) or (opens_with_given_name(run) and any(
                e.label_ == "PERSON" and e.start_char == start for e in doc_ents(doc))):
            continue
        m = _mention(doc, start, match.start(), "CreativeWork")
        if m:
            yield m


# A title in its own language, then its English title in brackets: "Strada di Sale (Salt Road)",
# "“Spy no Tsuma” (Wife of a Spy)". The bracket holds the whole of a title-cased name, quoted or not.
GLOSS_AFTER_RE = re.compile(r"[\u201d\"]?[^\S\n]*\([^\S\n]*[\u201c\"]?(?P<gloss>[A-Z\u00c0-\u00d6\u00d8-\u00de][^()\u201c\u201d\",;\n]{1,60}?)[\u201d\"]?[^\S\n]*\)")
# What shows a bracketed name to be a title and not a credit ("X (Dana Vale)", "X (Netflix)"): an
# article opening it, or a lower-case function word inside it, as titles have and names do not.
GLOSS_TITLE_RE = re.compile(r"^(?:The|A|An)\s|\s(?:of|the|a|an|in|on|to|for|with|and|from|at|my|our|your|his|her)\s")


def gloss_titles(doc: Doc) -> Iterator[Mention]:
    """ "“Kimi no Koe” (Voice of the Sea)": a bracket right after a quoted title that reads as a
    title itself is the work's English title (entities.merge_glossed_titles makes it an alias).
    Only after a closing quote: after a bare run the bracket is as often a credit ("X (Dana Vale)")."""
    text = document_text(doc)
    for match in GLOSS_AFTER_RE.finditer(text):
        gloss = match.group("gloss").rstrip()
        if text[match.start():match.start() + 1] not in "\u201d\"" or not GLOSS_TITLE_RE.search(gloss):
            continue
        if not title_cased(gloss) or _has_company_word(gloss) or gloss.removeprefix("The ") in place_names():
            continue  # ("(The Party Film Sales)", "(The Philippines)": the work's seller or home)
        m = _mention(doc, match.start("gloss"), match.start("gloss") + len(gloss), "CreativeWork")
        if m:
            yield m


# What stands between a title bought at a festival and the festival: "at", "out of", "during".
FESTIVAL_BUY_TAIL_RE = re.compile(r"[\u201d\"]?,?\s+(?:at|out\s+of|during|following)\s+(?:the\s+|this\s+year[\u2019']s\s+)?$")


def festival_buy_titles(doc: Doc) -> Iterator[Mention]:
    """ "Neon acquired Salt Road at Sundance", "picked up Salt Road out of the Berlinale": what is
    bought at a festival (a gazetteer event) is a film, though the NER calls the unknown name a
    person; a name opening with a given name, or one with a company word, is left alone."""
    text = document_text(doc)
    verbs = _longest_first("festival_buy_verbs")
    # "bought Salt Road", "bought the North American rights to Salt Road"
    buy = _alternation(r"\b(?:", verbs, r")\s+(?:the\s+)?(?:(?:[\w.\-]+\s+){0,3}?rights\s+(?:to|for)\s+(?:the\s+)?)?"
                       r"(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9\u201c\"])")
    for ent in doc_ents(doc):
        if ent.label_ != "Event":
            continue
        sentence_start = max(text.rfind(". ", 0, ent.start_char), text.rfind("\n", 0, ent.start_char)) + 1
        before = list(buy.finditer(text, sentence_start, ent.start_char))
        if not before:
            continue
        start = before[-1].end()
        tail = FESTIVAL_BUY_TAIL_RE.search(text, start, ent.start_char)
        run = TITLE_RUN_RE.fullmatch(text, start, tail.start()) if tail else None
        if not run or opens_with_given_name(run.group(0)) or _has_company_word(run.group(0)):
            continue
        m = _mention(doc, run.start(), run.end(), "Film")
        if m:
            yield m


SEASON_SLOT_RE = re.compile(r"\b(?:" + alternation(["season", "series", "episode", "episodes"]) + r")\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+"
                            r"|\b(?:" + alternation(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "final", "new", "next", "latest"]) + r")\s+"
                            r"(?:season|seasons|series|episodes?|installment)\s+of\s+(?:the\s+)?", re.I)  # "a second series of X": British for season


def season_slot_titles(doc: Doc) -> Iterator[Mention]:
    """Only a series has seasons: "season two of Ironbridge", "the third season of X", "a
    fourth series of X"."""
    text = document_text(doc)
    if not may_hold(text, ("season", "series", "episode", "installment")):  # held by every match
        return
    for match in SEASON_SLOT_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, match.end())
        if not run:
            continue
        # "a third season of X from Lark Media": the maker after the title is no part of it.
        end = _stop_at_company(doc, run.start(), run.end())
        # "a new series of Harbour Films documentaries": a company's works, not a title.
        if end > run.start() and not _company_run(text, run.start(), end):
            m = _mention(doc, run.start(), end, "Series")
            if m:
                yield m


# "Marlowe season 3", "Harbour Lights Season Two": a season number written after a capitalised
# run numbers that run's seasons. A year ("the 2024 season") is no season number, and after
# "series N" a capital opens a title of its own ("the series 3 Body Problem").
SEASON_AFTER_RE = re.compile(r"[^\S\n]+(?:[Ss]eason|[Ss]eries)[^\S\n]+(?:[1-9]\d?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)"
                             r"(?![\w-])(?![^\S\n]+[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")


def season_after_titles(doc: Doc) -> Iterator[Mention]:
    """Only a series has numbered seasons: "Marlowe season 3 adds two faces". A preposition
    opening the sentence is no part of the run ("In season 2, ..." names nothing)."""
    text = document_text(doc)
    for match in SEASON_AFTER_RE.finditer(text):
        start = _run_before(text, match.start())
        if start is None:
            continue
        # "Filming on The Glass Orchard season 2": a capital "The" after a lower-case word
        # opens the title; the words before it are the sentence's own.
        inner_the = list(re.finditer(r"[^\S\n]+[a-z]+[^\S\n]+(?=The[^\S\n])", text[start:match.start()]))
        if inner_the:
            start += inner_the[-1].end()
        if _company_run(text, start, match.start()):
            continue
        span = doc.char_span(start, match.start(), alignment_mode="expand")
        if span is None:
            continue
        lead = 0
        while lead < len(span) and span[lead].pos_ in ("ADP", "DET", "SCONJ", "CCONJ", "ADV", "PRON") and span[lead].is_title \
                and span[lead].lower_ not in ("the", "a", "an"):
            lead += 1
        if lead >= len(span):
            continue
        m = _mention(doc, span[lead].idx, match.start(), "Series")
        if m:
            yield m


# What a filmmaker is introduced by besides a film: a lab, a fund, a school, a cohort.
FILMMAKER_AFFILIATION_RE = re.compile(r"\b(?:Institute|Labs?|Talents?|Academy|School|University|College|Fund|Foundation|Program(?:me)?|"
                                      r"Fellows?|Fellowship|Gen|Generation|Campus|Residency)\b")


ROLE_SLOT_RE = re.compile(r"\s+(?:co-)?(?:writer|creator|star|breakout|showrunner|director|filmmaker|writer-director|helmer|author|scribe|actor|actress|"
                          r"screenwriter|exec producer|executive producer|producer|" + "|".join(words("title_credit_nouns"))
                          + r")s?\s+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])")


def _and_the_start(doc: Doc, start: int) -> int:
    """Where a title run that a lower-case "and the" opens really starts: "Sex and the City
    alum", "Baker and the Beauty star" (a list's next title keeps its capital "The"). The words
    before must be a capitalised run that is no person's or known name."""
    text = document_text(doc)
    joint = re.search(r"(?<=\S)[^\S\n]+and[^\S\n]+the[^\S\n]+$", text[max(0, start - 12):start])
    if not joint:
        return start
    and_at = start - (len(text[max(0, start - 12):start]) - joint.start())
    earlier = _run_before(text, and_at)
    if earlier is None or any(e.label_ == "PERSON" or CLASS_KIND.get(e.label_, "") not in ("", "work")
                              for e in _ents_over(doc, earlier, and_at)):
        return start
    return earlier


def _phrase_title(run: str) -> bool:
    """Whether a capitalised run the NER calls an organisation reads as a phrase of English, so a
    title: a company's name is made of names and company words, never of pronouns and
    determiners ("Rescue Me", "Call Her Ishmael", "This Is Us"), which titles take freely."""
    tokens = run.split()
    return len(tokens) >= 2 and not _has_company_word(run) and any(
        w.lower() in lower_words("title_phrase_words") for w in tokens[1:])


def _acronym_title(run: str) -> bool:
    """Whether an all-capital run before "star" or "alum" reads as a show's initials ("ER star",
    "CSI alum"): a company the gazetteer knows ("BBC star") never reaches here, and a league or
    body ("NBA star") is listed as no title; the NER's ORG for bare initials is a guess."""
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&:]{1,5}", run)) and run not in words("not_title_acronyms")


def _performer_title(run: str, role: str) -> bool:
    """Whether a run the NER guessed a company's reads as the show a performer is "star" of
    ("Wallander star A", "Olympus Has Fallen star A"): a performer stars in works, and the few
    non-works that take "star" (a platform, a league, a scene: "TikTok star", "Bollywood star")
    are listed; a run with a company word is a company ("Keel Media star"). "alum" and
    "veteran" are said of employers as much as of shows, so they keep the NER's reading."""
    if role.strip().rstrip("s") not in ("star", "co-star", "breakout"):
        return False
    listed = words("star_of_not_titles") | words("not_title_acronyms")
    return not _has_company_word(run) and not any(w in listed for w in run.split())


def role_slot_titles(doc: Doc) -> Iterator[Mention]:
    """A title before a role noun and a person: "Moonfall writer Jane Roe", "Ironbridge
    creator Sam Lee". The run must hold a proper noun (the parser's PROPN) and the name after the
    role must be a person, or "Veteran director X" would make "Veteran" a title."""
    text = document_text(doc)
    people = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    for person in people:
        role = None
        for match in ROLE_SLOT_RE.finditer(text, max(0, person.start_char - 40), person.start_char + 1):
            if match.end() == person.start_char:
                role = match
        if role is None:
            continue
        # "Hollywood star", "British director", "Marvel star": a place, a nationality or (before
        # "star", the most used of these nouns) a company the NER sees is no title.
        # The run ending at the role noun: walk back over title words.
        start = _run_before(text, role.start())
        if start is None:
            continue
        start = _and_the_start(doc, start)
        # "Grace and Frankie executive producer A", "Mike & Molly star A": two given names joined
        # before the role noun are one title named after its two leads (two one-word titles would
        # rarely both be given names).
        pair = re.search(r"(?<![\w.'\u2019-])([A-Z][a-z]+)\s+(?:and|&)\s+$", text[max(0, start - 20):start])
        joined = bool(pair and re.fullmatch(r"[A-Z][a-z]+", text[start:role.start()].strip())
                      and pair.group(1).lower() in given_names() and text[start:role.start()].strip().lower() in given_names())
        if joined:
            start = start - (len(text[max(0, start - 20):start]) - pair.start(1))
        # An ORG that covers only the run's tail is a title's last word the NER misread: "The
        # Lord of the Rings star" (ORG "Rings"), "Game of Thrones alum" (ORG "Thrones").
        ner = [e for e in doc_ents(doc) if e.end_char == role.start()]
        # (A place the NER guesses for a run no list knows as a place is as weak as its other
        # guesses: "Salt Road director A".)
        if ner and ner[0].label_ in ("GPE", "LOC") and ner[0].start_char <= start and _unknown_place_guess(ner[0].text) \
                and not _has_company_word(ner[0].text):
            ner = []
        if ner and (ner[0].label_ in ("GPE", "NORP", "LOC", "FAC", "EVENT")
                    or (ner[0].label_ == "ORG" and ner[0].start_char <= start
                        and ("star" in role.group(0) or role.group(0).strip().rstrip("s") in words("title_credit_nouns"))
                        and not _phrase_title(text[max(start, ner[0].start_char):role.start()])
                        and not _acronym_title(text[start:role.start()])
                        and not _performer_title(text[start:role.start()], role.group(0)))):
            continue
        # "Keel Media alum Dana Vale": an alum or veteran of a name ending in a company word
        # worked there; the run is the company, not a work.
        if role.group(0).strip().rstrip("s") in words("title_credit_nouns") and _has_company_word(text[start:role.start()].split()[-1]):
            continue
        span = doc.char_span(start, role.start(), alignment_mode="expand")
        # "Joining Vale is The Practice star A": in a run that opens the sentence, a lower-case
        # "is" is the sentence's own verb, no inner word of a title ("Love Is Blind"); the title
        # starts after it.
        verb = next((t for t in span if t.text in ("is", "are") and t.pos_ in ("AUX", "VERB")), None) \
            if span is not None and span[0].is_sent_start else None
        if verb is not None and verb.i + 1 < span.end:
            start = doc[verb.i + 1].idx
            span = doc.char_span(start, role.start(), alignment_mode="expand")
        # "From Weeds creator Dana Vale, the show ...": a preposition opening the sentence
        # governs the whole credit phrase; the title starts after it.
        if span is not None and len(span) > 1 and span[0].is_sent_start and span[0].pos_ == "ADP" \
                and span[0].lower_ in ("from", "with", "like", "unlike", "for", "by"):
            start = span[1].idx
            span = span[1:]
        # A capital inside the sentence marks a name; at its start only the tagger or the NER can.
        if span is None or not any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ or not t.is_sent_start or _acronym_title(t.text) for t in span):
            continue
        if re.search(r"-[a-z]+$", text[start:role.start()]):
            continue  # "Emmy-winning director", "Oscar-nominated star": praise, not a title
        if "filmmaker" in role.group(0) and (FILMMAKER_AFFILIATION_RE.search(text, start, role.start())
                                             or any(e.label_ not in ("WORK_OF_ART", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "ORG")  # (the NER's guesses for a title)
                                                    for e in _ents_over(doc, start, role.start()))):
            continue  # "Sundance Institute filmmaker A", "Gen Z filmmaker A": an affiliation or a cohort, no film
        m = _mention(doc, start, role.start(), "CreativeWork")
        if m:
            yield m
            if not joined:
                yield from _coordinated_title(doc, start)


# "the Copperfield star wrote the script": "the", a capitalised run and a credit noun, with no
# name after the noun (the holder is the one the article is about).
DEFINITE_ROLE_RE = re.compile(r"\b[Tt]he[^\S\n]+(?P<run>" + TITLE_RUN_RE.pattern + r")[^\S\n]+"
                              r"(?P<role>star|co-star|director|creator|showrunner|filmmaker|helmer|actor|actress)\b")


def definite_role_titles(doc: Doc) -> Iterator[Mention]:
    """ "In addition to acting, the Copperfield star wrote the script", "the Lantern director,
    who ...": a definite description of a person by a credit names the work the credit is on,
    as "Copperfield star Dana Vale" does (role_slot_titles) when the name follows. The noun must
    end the description (a verb or a comma next), and the run must be no place, nationality,
    event, company or scene ("the Hollywood star", "the Netflix director", "the Cannes
    filmmaker"), no praise ("the Oscar-winning director") and no job title."""
    text = document_text(doc)
    if not may_hold(text, ("star", "director", "creator", "showrunner", "filmmaker", "helmer", "actor", "actress")):
        return
    for match in DEFINITE_ROLE_RE.finditer(text):
        role = doc.char_span(match.start("role"), match.end("role"), alignment_mode="expand")
        nxt = doc[role.end] if role is not None and role.end < len(doc) else None
        if nxt is None or not (nxt.text == "," or nxt.pos_ in ("VERB", "AUX")):
            continue
        start, end = match.start("run"), match.end("run")
        run = match.group("run")
        if opens_with_given_name(run) or _has_company_word(run) or HYPHEN_ADJECTIVE_RE.fullmatch(run.split()[-1]) \
                or any(w in words("star_of_not_titles") | words("not_title_acronyms") | words("capitalised_role_words") for w in run.split()):
            continue
        if any(e.label_ in ("GPE", "NORP", "LOC", "FAC", "EVENT") or CLASS_KIND.get(e.label_) for e in _ents_over(doc, start, end)):
            continue
        m = _mention(doc, start, end, "CreativeWork")
        if m:
            yield m


def _coordinated_title(doc: Doc, start: int) -> Iterator[Mention]:
    """Two credits share one role noun: "Fringe and 12 Monkeys star Kirk Acevedo". The run before
    "and" is a title too when it is one capitalised run that opens its sentence or follows a
    comma or a determiner-free break (so "Ana Ruiz and Glasshouse star" is left alone when the
    NER calls the first run a person)."""
    text = document_text(doc)
    joint = re.search(r"(?:,\s+|\s+)and\s+$", text[max(0, start - 8):start])
    if joint is None:
        return
    end = start - (len(text[max(0, start - 8):start]) - joint.start())
    first = _run_before(text, end)
    if first is None:
        return
    if any(e.label_ == "PERSON" and e.start_char <= first and end <= e.end_char for e in doc_ents(doc)) \
            and len(text[first:end].split()) > 1:
        return  # "Ana Ruiz and Glasshouse star ...": a two-word person before "and"
    span = doc.char_span(first, end, alignment_mode="expand")
    if span is None or not (span[0].is_sent_start or text[max(0, first - 2):first].strip() in ("", ",", "(")):
        return
    m = _mention(doc, first, end, "CreativeWork")
    if m:
        yield m


def _run_before(text: str, end: int) -> int | None:
    """Where the title run that ends at `end` starts, or None. A run never reaches back over
    a sentence's end ("... Seo Kang-jun. It premieres"), nor over a line break: a headline or a
    section label ends its line ("... Acquired by Lumen, Netflix" / "Movie will premiere")."""
    head = text[max(0, end - 80):end]
    run = re.search(rf"(?:{_WORD})(?:(?:[^\S\n]+{_INNER})*[^\S\n]+{_WORD}|:[^\S\n]+{_WORD})*$", head)
    if run is None:
        return None
    start = end - len(head) + run.start()
    breaks = list(SENTENCE_BREAK_RE.finditer(text, start, end))
    return breaks[-1].end() if breaks else start


SENTENCE_BREAK_RE = re.compile(r"(?<=[a-z0-9\-])[.!?]\s+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")


def possessive_slot_titles(doc: Doc) -> Iterator[Mention]:
    """A title after a known company's possessive: "HBO's Divorce", "Harbour Films' Lantern".
    Not a person ("Netflix's Ana Ruiz"), a job title ("Sky's Head of Drama") or a company."""
    text = document_text(doc)
    for org in doc_ents(doc):
        if CLASS_KIND.get(org.label_) != "org" and org.label_ != "ORG":
            continue
        marker = re.match(r"(?:'s|\u2019s|'|\u2019)\s+(?:new\s+|upcoming\s+|hit\s+)?", text[org.end_char:org.end_char + 16])
        if not marker:
            continue
        run = TITLE_RUN_RE.match(text, org.end_char + marker.end())
        if not run or run.group(0).split()[0] in words("capitalised_role_words"):
            continue
        end = _stop_at_company(doc, run.start(), run.end())
        if text[run.start():end].split()[-1] in words("org_suffixes"):
            continue
        ents = _ents_over(doc, run.start(), end)
        if any(e.label_ in ("PERSON", "NORP", "DATE") or CLASS_KIND.get(e.label_) for e in ents):
            continue  # a person, a date or a company the gazetteer knows
        span = doc.char_span(run.start(), end, alignment_mode="expand")
        after = doc[span.end] if span is not None and span.end < len(doc) else None
        if after is not None and after.pos_ == "NOUN" and after.is_lower and after.lower_ not in lower_words("derivative_work_nouns"):
            continue  # "Netflix's Toronto hub": the run modifies a noun, it names no work ("Netflix's X sequel" does)
        words_ = text[run.start():end].split()
        # (The NER's facility guess for an unknown name after a platform is as weak as its company guess.)
        if (len(words_) == 2 and all(w[:1].isupper() for w in words_) and not any(e.label_ in ("ORG", "WORK_OF_ART", "FAC") for e in ents)
                and (opens_with_given_name(text[run.start():end]) or words_[0] in place_names()
                     or words_[1].lower() in words("facility_nouns"))):
            # "Netflix's Ana Ruiz": two capitalised words nothing calls a name of a thing may be a
            # person when they open with a given name; "Netflix's Tokyo Hub" a place or a site.
            continue
        m = _mention(doc, run.start(), end, "CreativeWork")
        if m:
            yield m


# "Ti West's The Sacrament", "HBO's The Last of Us": "The" and a capitalised word right after a
# possessive open a title whoever the owner is (no person or company is called "The ...").
POSSESSIVE_THE_RE = re.compile(r"[A-Za-z](?:'s|\u2019s|s'|s\u2019)\s+(?=The\s+[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")


def possessive_the_titles(doc: Doc) -> Iterator[Mention]:
    """A capitalised run opening with "The" right after any possessive is a work's title, even
    where the NER found no owner ("Ti West's The Sacrament, starring ..."). A run with a company
    word ("Sony's The Film Company") or one the NER calls a person, place or date is left alone."""
    text = document_text(doc)
    for match in POSSESSIVE_THE_RE.finditer(text):
        # "the adaptation of Mara Quill's The Low Tide": the source-work cues read that title.
        # (A showing of a film is no source: "a restored version of Kiri Holm's The Long Harbor".)
        if re.search(r"\bof\s+(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*$", text[max(0, match.start() - 40):match.start() + 1]) \
                and not re.search(r"\b(?:version|cut|restoration|screening|print|remaster)\s+of\s+(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*$", text[max(0, match.start() - 60):match.start() + 1]):
            continue
        run = TITLE_RUN_RE.match(text, match.end())
        if not run:
            continue
        end = _stop_at_company(doc, run.start(), run.end())
        if len(text[run.start():end].split()) < 2 or _has_company_word(text[run.start():end]):
            continue
        # The NER often calls an unknown "The ..." a location or a building ("Kiri Holm's The Long
        # Harbor"); only a city or country ("Holland's The Hague") or a known place is one there.
        if any(e.label_ in ("NORP", "DATE", "EVENT", "GPE") or e.label_ in ("LOC", "FAC") and _known_place(text[run.start():end])
               for e in _ents_over(doc, run.start(), end)):
            continue
        m = _mention(doc, run.start(), end, "CreativeWork")
        if m:
            yield m


def _known_place(name: str) -> bool:
    name = name.rstrip(".,;:")
    return name in place_names() or name.removeprefix("The ") in place_names()


# "Ana Ruiz's Cold Water": a full name that opens with a frequent given name, then "'s".
GIVEN_OWNER_RE = skipping(r"(?<![\w'\u2019])[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00ff]+(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][\w\-]+){1,2}(?=['\u2019]s\s)")


def _possessive_owners(doc: Doc) -> list[Span]:
    """The people whose possessive may own a title: the NER's people, and full names opening with
    a frequent given name that no NER person covers (the small model often misses the owner, or
    runs it into the title as one event: "Ruiz's Cold Water")."""
    people = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    covered = [(e.start_char, e.end_char) for e in people]
    stop = words("org_suffixes") | words("company_name_suffixes")
    for match in GIVEN_OWNER_RE.finditer(document_text(doc)):
        name = match.group(0).split()
        if (not opens_with_given_name(match.group(0)) or set(name) & stop or match.group(0) in place_names()
                or any(s < match.end() and match.start() < e for s, e in covered)):
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        if span is not None and (not span[0].is_sent_start or span[0].pos_ == "PROPN"):
            people.append(span)
    return people


def _bought_object(doc: Doc, start: int, end: int) -> bool:
    """Whether the run at start..end is what an acquisition verb buys, straight or through its
    rights: "picked up Ana Ruiz's Quiet Meadow", "nabbed U.S. rights to Ana Ruiz's Cold War".
    A company buys a work, never a person or an event, so the NER's person or event guess for a
    run after a person's possessive gives way there."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    # "acquired A's X, B's Y and C's Z", "rights to four films - A's X, B's Y": every conjunct of
    # the bought object, and a list in apposition to it, is bought as the first one is (the
    # parser may hang a conjunct under the next one's possessive).
    for _ in range(6):
        if head.dep_ not in ("conj", "appos", "nmod", "poss") or head.head is head:
            break
        head = head.head
    verbs = lower_words("acquire_agent_verbs") | lower_words("rights_verbs")
    if head.dep_ == "dobj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in verbs:
        return True
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ("to", "for", "on"):
        return False
    # "bought UK rights to X": the parser hangs "to X" on "rights" or on the verb itself.
    return ((prep.head.lower_ == "rights" and prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in verbs)
            or (prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in verbs
                and any(c.lower_ == "rights" and c.dep_ == "dobj" for c in prep.head.children)))


# A director's job word right before a name ("Danish filmmaker ", "director ").
DIRECTOR_OWNER_RE = re.compile(r"\b(?:" + alternation(sorted(lower_words("owner_director_jobs"), key=len, reverse=True)) + r")\s+$")


def person_possessive_titles(doc: Doc) -> Iterator[Mention]:
    """ "Sally Roe's Hot Tin Roof", "Kenji Mori's Never Say Never": what a person's possessive
    owns, when it is a capitalised run of two or more words, is their work. One word after an
    actor's possessive is most often the character they play ("Badgley's Joe"), and a run the NER
    sees as a person, place, date or company, or one followed by a noun it modifies ("Roe's Los
    Angeles home"), is no title."""
    text = document_text(doc)
    for person in _possessive_owners(doc):
        if re.search(r"\bof\s+$", text[max(0, person.start_char - 4):person.start_char]):
            continue  # "an adaptation of Mara Roe's X": the source-work cues read that title
        # The small NER often takes the "'s" into the name ("Ryan Vale's"), or runs on into the
        # title's first word ("Ryan Vale's Hot").
        inside = re.search(r"(?:'s|\u2019s)\s+(?=\S)", person.text)
        if inside and person.text[:inside.start()].removeprefix("The ") in place_names():
            continue  # "Denmark's Ost For Paradis": a country's possessive names its company (a buyer), no person's work
        if inside:
            start = person.start_char + inside.end()
        else:
            ends_owned = person.text.endswith(("'s", "\u2019s"))
            # "Ana Ruiz's upcoming Cold Water": a word saying when the work comes stands between.
            marker = re.match((r"\s" if ends_owned else r"(?:'s|\u2019s)\s") + r"(?:(?:" + alternation(words("owned_work_time_words")) + r")\s+)?",
                              text[person.end_char:person.end_char + 20])
            if not marker:
                continue
            start = person.end_char + marker.end()
        run = TITLE_RUN_RE.match(text, start)
        if not run:
            continue
        end = _stop_at_company(doc, run.start(), run.end())
        title = text[start:end].rstrip(".,:;")
        end = start + len(title)
        if title.split()[-1] in words("org_suffixes") or title.split()[0] in words("capitalised_role_words"):
            continue
        # "Lynx's Creative Director Tessa Quill": a job title and the name of the one who holds it.
        if title.split()[0].lower() in lower_words("role_title_words") and any(
                e.label_ == "PERSON" and start < e.start_char < end for e in _ents_over(doc, start, end)):
            continue
        # One word after a possessive is most often a character ("Badgley's Joe"), unless a
        # company buys it: a company buys a person's work, never their character.
        # "Danish filmmaker Nils Berg's Cold Harbor": what a director's possessive owns is a film
        # of theirs, whatever place or building the NER takes it for (not a person or a country).
        director = DIRECTOR_OWNER_RE.search(text, max(0, person.start_char - 40), person.start_char) is not None
        if len(title.split()) < 2 and not _bought_object(doc, start, end):
            continue
        # (Not the owner's own name when the NER ran it on into the title: "Vale's The Sacrament",
        # "Ruiz's Cold Water" as one event.)
        # (A place the NER guesses for a run no one knows as a place is as weak as its other guesses.)
        if any(e.label_ in (("PERSON", "GPE", "NORP", "DATE") if director else ("PERSON", "GPE", "LOC", "NORP", "DATE", "ORG", "FAC", "EVENT"))
               and not (e.label_ in ("GPE", "LOC") and _unknown_place_guess(title))
               or CLASS_KIND.get(e.label_)
               for e in _ents_over(doc, start, end) if e.start_char <= start and e.end_char >= end
               and not (inside and e.start_char == person.start_char) and not person.start_char <= e.start_char < person.end_char) \
                and not _bought_object(doc, start, end):
            continue  # the NER sees the whole run as a name of something else
        span = doc.char_span(start, end, alignment_mode="expand")
        after = doc[span.end] if span is not None and span.end < len(doc) else None
        if span is None or (after is not None and after.pos_ == "NOUN" and after.is_lower):
            continue
        # "Hollis Grey's George Pell, who conceived the idea": the NER ran two people into one
        # name, and the run after the possessive opens with a given name: a colleague, no title.
        if inside and person.label_ == "PERSON" and len(title.split()) <= 3 and opens_with_given_name(title) \
                and not _bought_object(doc, start, end):
            continue
        last = title.split()[-1]
        if len(title.split()) == 2 and any(e.label_ == "PERSON" and e.text.split()[-1].rstrip("'s\u2019") == last
                                           and not (start <= e.start_char < end) and not (inside and e.start_char == person.start_char)
                                           for e in doc_ents(doc)):
            continue  # "Ryan Vale's Ana Ruiz ... Ruiz said": a person the article names again
        m = _mention(doc, start, end, "CreativeWork")
        if m:
            yield m
            if inside:  # the owner the NER ran into the title is a person of their own
                owner_end = person.start_char + inside.start()
                yield Mention(person.start_char, owner_end, text[person.start_char:owner_end], "Person", "cue", cued=True)
            elif person.label_ != "PERSON":  # an owner the NER missed, found by the given name
                yield Mention(person.start_char, person.end_char, person.text, "Person", "cue", cued=True)


def _maker_follows(doc: Doc, pos: int) -> bool:
    """Whether a company's name opens right after `pos` (a known or NER organisation, or a
    run ending in a company word)."""
    text = document_text(doc)
    start = pos + len(text[pos:]) - len(text[pos:].lstrip())
    if any(e.start_char == start and (e.label_ == "ORG" or CLASS_KIND.get(e.label_, "") == "org") for e in doc_ents(doc)):
        return True
    run = TITLE_RUN_RE.match(text, start)
    return run is not None and _has_company_word(run.group(0))


BY_OPENER_RE = re.compile(r"(?:^|(?<=[.!?][^\S\n])|(?<=\n))(?P<word>[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019\-]*)[^\S\n]+by[^\S\n]+$")


def _by_title_start(text: str, start: int) -> int:
    """Where a sentence-opening subject with an inner "by" starts: "Death by Lightning has
    added two regulars", "Stand by Me premieres on". A run stops at "by" (after a participle it
    names a maker: "Directed by Dana Vale"), but a capitalised first word of the sentence that is
    no participle opens a title with it."""
    opener = BY_OPENER_RE.search(text[max(0, start - 30):start])
    if opener is None or opener.group("word").lower().endswith("ed") or opener.group("word").lower() in lower_words("work_participles"):
        return start
    return start - (len(text[max(0, start - 30):start]) - opener.start("word"))


def _guessed_work_subject(doc: Doc, start: int, end: int, verb_end: int, said: str) -> bool:
    """Whether the run before a verb a work takes far more often than a person ("X premieres on
    Netflix", "X has cast Dana Vale") can be a work: the NER's person guess counts only when the
    run does not open with a frequent given name ("Dana Vale has cast ..." is a director), and
    a company the NER or a company word names keeps its class ("Harbour Films has cast ...").
    The run must be the whole of any name the NER found in it ("Director Dana Vale has cast"),
    a person or a place guess that is no known place ("Salt Road follows a drifter"). A run that
    is the surname of a person named in full is that person ("Ruiz follows a string of exits").
    A verb of adding must add cast ("X has added three actors", not "X added that ...")."""
    text = document_text(doc)
    run = text[start:end]
    if not run.split() or opens_with_given_name(run) or _company_run(text, start, end):
        return False
    for ent in _ents_over(doc, start, end):
        if ent.label_ not in ("PERSON", "GPE", "LOC") or (ent.start_char, ent.end_char) != (start, end) \
                or (ent.label_ != "PERSON" and run in place_names()):
            return False
    if any(e.label_ == "PERSON" and e.start_char != start and re.search(r"\s" + re.escape(run) + r"$", e.text.removesuffix("'s"))
           for e in doc_ents(doc)) or any(opens_with_given_name(m.group(0)) for m in re.finditer(r"\b[A-Z][a-z]+\s+" + re.escape(run) + r"\b", text)):
        return False
    if said.split()[-1] in ("added", "adds"):
        rest = text[verb_end:_sentence_end(text, verb_end)].lower()
        return any(re.search(r"\b" + re.escape(w) + r"\b", rest) for w in lower_words("cast_addition_words"))
    return True


# One capitalised common noun opening a clause in trade copy's clipped style ("Drama stars A",
# "Storyline follows ...", "Logline: ..."): the noun the article's work is described by, no title.
BARE_SUBJECT_NOUNS = frozenset({"drama", "comedy", "series", "show", "film", "movie", "pic", "project", "feature", "storyline",
                                "logline", "plot", "story", "pilot", "thriller", "documentary", "docuseries", "sequel", "season"})


def verb_slot_titles(doc: Doc) -> Iterator[Mention]:
    """The subject of a verb only a work takes: "Glasshouse stars Jane Roe", "Glasshouse is
    directed by", "Glasshouse premieres in May" (the lexicon's title_subject_verbs). A name the
    NER calls a person is left alone, since people premiere and star too; not before a passive
    credit ("Salt Road will be distributed by", "is directed by"), which no person takes. A
    relative clause says the same of its antecedent ("Glasshouse, which stars Jane Roe")."""
    text = document_text(doc)
    verbs = _longest_first("title_subject_verbs")
    people = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "PERSON"]
    starts = {s for s, _ in people}
    # "Paris follows London", "Toronto is set in Ontario": a logline verb takes places as well.
    places = {(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in ("GPE", "LOC", "FAC", "NORP")}
    loglines = words("logline_verbs")
    # ... except before a verb no person takes: "Salt Road grossed $12m", "Salt Road is set in
    # Glasgow" (the NER's person guess for an unknown two-word title loses to the verb). Not
    # before "which": the series a relative clause describes may stand before the person
    # ("the series from Tom Hale, which is based on a book").
    work_only = words("work_only_subject_verbs")
    guessed = words("person_guess_subject_verbs")
    box_office = words("box_office_subject_verbs")  # only a film sells tickets
    work_only_base, work_only = work_only, work_only | box_office
    phrases = _longest_first("title_subject_verbs", "logline_verbs", "work_only_subject_verbs",
                             "person_guess_subject_verbs", "box_office_subject_verbs")
    for verb in _alternation(r"[\u201d\"]?(?:,\s+which)?\s+(?:", phrases, r")(?:\b|(?<=\$))", skip=True).finditer(text):
        start = _run_before(text, verb.start())
        said = re.sub(r"^[\u201d\"]?(?:,\s+which)?\s+", "", verb.group(0))
        if start is None:
            continue
        start = _by_title_start(text, start)
        # A relative clause after a person tagged name may describe the work before the name
        # ("the series from Tom Hale, which airs on Hulu"); one after a name led by no "from",
        # "by" or "with" is about the name itself ("Salt Road, which airs on Hulu").
        maker_before = re.search(r"\b(?:from|by|with|of|and)\s+$", text[max(0, start - 6):start]) is not None
        # "X hails from Harbour Films": a person hails from a place, only a work from its makers.
        # (An executive "hails from Netflix" too: not a name opening with a given name.)
        from_makers = (said == "hails from" and _maker_follows(doc, verb.end())
                       and not opens_with_given_name(text[start:verb.start()]))
        # "Dana Vale finished in second place": chart words a person may take too; a name the
        # NER calls a person that opens with a frequent given name is one.
        if said in box_office and said not in work_only_base and (start, verb.start()) in people \
                and opens_with_given_name(text[start:verb.start()]):
            continue
        # "Ana Ruiz will debut her new film at Cannes": a verb with a possessive object after it
        # has a maker for its subject; a work premieres or debuts with no object.
        if opens_with_given_name(text[start:verb.start()]) and re.match(r"\s+(?:her|his|their)\b", text[verb.end():verb.end() + 7]):
            continue
        # A verb of the guessed list alone ("has cast") needs the check; one that extends a
        # work's own verb ("premieres at" of "premieres") only relaxes the person guard.
        own = said in verbs or said in work_only or said in loglines or any(said.startswith(v + " ") for v in verbs)
        if not own:
            if not _guessed_work_subject(doc, start, verb.start(), verb.end(), said):
                continue
        elif ((start, verb.start()) in people and not verb.group(0).endswith(" by") and not from_makers
              and (said not in work_only or ("which" in verb.group(0) and maker_before))
              and not (said in guessed and _guessed_work_subject(doc, start, verb.start(), verb.end(), said))):
            continue
        if re.sub(r"^[\u201d\"]?(?:,\s+which)?\s+", "", verb.group(0)) in loglines and ((start, verb.start()) in places or text[start:verb.start()]
                                                             in place_names()
                                                             or _company_run(text, start, verb.start())):
            continue
        # "X hails from Lumen Pictures": a work hails from its makers, a person from a place.
        if said == "hails from" and not _maker_follows(doc, verb.end()):
            continue
        # "Guest stars include ...": "stars" (or "features") makes its subject a work only with a
        # person after it.
        if ("star" in verb.group(0) or "feature" in verb.group(0)) and not any(verb.end() < s <= verb.end() + 2 for s in starts):
            continue
        if text[start:verb.start()] in words("subject_pronouns"):
            continue  # "It is written by ...": a pronoun for the work named before, not a title
        if text[start:verb.start()].lower() in BARE_SUBJECT_NOUNS:
            continue  # "Drama stars A and B", "Storyline revolves around": a headline's bare noun, no title
        # "The film scripted by A and B is based on ...": a full name that closes a list of people
        # after "by" or "and" is the last maker, not the subject the verb is said of.
        # (The NER may call such a name a company: "co-created by A and Hugh Dillon is produced by".)
        if re.search(r"\b(?:by|and)\s+$", text[max(0, start - 5):start]) and opens_with_given_name(text[start:verb.start()]) \
                and ((start, verb.start()) in people or len(text[start:verb.start()].split()) in (2, 3)):
            continue
        # "The film starring Denzel Vale grossed $102m": a name a cast or crew word opens is in the
        # subject's phrase, not the subject.
        if re.search(r"\b(?:starring|featuring|co-starring|stars?|actor|actress|director|filmmaker)\s+$", text[max(0, start - 14):start]):
            continue
        m = _mention(doc, start, verb.start(), "Film" if said in box_office else "CreativeWork")
        if m:
            yield m


# Where a line-up's item opens inside a sentence: after a semicolon or a colon ("...; Hoard,
# directed by A; and Salt Road, written by B"), after a verb that opens a list ("include", "go
# to") or the "for" of "underway for", "production has begun on". There, as at a sentence's
# start, the participle clause after the item's name describes that name.
LIST_ITEM_OPENER_RE = re.compile(r"(?:[;:][^\S\n]+(?:and[^\S\n]+)?|\b(?:include|includes|included|including|gone\s+to|go\s+to|goes\s+to|went\s+to|"
                                 r"underway\s+(?:for|on)|begun\s+on|began\s+on|started\s+on|wrapped\s+on)[^\S\n]+)$")


def participle_slot_titles(doc: Doc) -> Iterator[Mention]:
    """A name before ", produced by", ", directed by", ", written by" (the lexicon's
    work_participles) is a work: the participle clause describes the name it follows, and only a
    work is produced, directed or written by someone. It is often the only slot a title opening
    its sentence has ("Glasshouse, produced by Harbour Films for ITV, stars Jane Roe"), and only
    there is the name surely what the clause describes: in "made for Netflix, directed by Jane
    Roe" the clause describes the work named earlier. A company run or a name the NER is sure of
    (a person) is left alone."""
    text = document_text(doc)
    phrases = _longest_first("work_participles")
    for match in _alternation(r"[\u201d\"]?,\s+(?:", phrases, r")\s+by\b", skip=True).finditer(text):
        start = _run_before(text, match.start())
        if start is None:
            continue
        # (after a list's opener, an "and" before the run joins items, not a company's names)
        opener = LIST_ITEM_OPENER_RE.search(text[max(0, start - 30):start])
        if (_has_company_word(text[start:match.start()]) if opener else _company_run(text, start, match.start())) \
                or opens_with_given_name(text[start:match.start()]):
            continue
        first = doc.char_span(start, match.start(), alignment_mode="expand")
        if first is None or not (first[0].is_sent_start or opener):
            continue
        m = _mention(doc, start, match.start(), "CreativeWork")
        if m:
            yield m


DEBUT_RE = re.compile(r"\b(?:feature\s+)?(?:directorial|directing|feature)\s+debut\b")
# What opens the sentence before the debut phrase: "X is / marks / was", or "X," in apposition.
DEBUT_SUBJECT_RE = re.compile(r"^[\u201c\"]?(?P<run>" + TITLE_RUN_RE.pattern + r")[\u201d\"]?(?:,\s+|\s+(?:is|was|marks|marked|will\s+mark|serves\s+as)\s+)")


# "X marks the first project under Dana Vale's deal with Netflix", "X is the latest series from
# Harbour Films": an ordinal or "latest" project, release or series of a deal or a maker.
PROJECT_OF_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|latest|newest|next|final|last)\s+(?:[a-z][\w\-]*\s+)?"
                           r"(?:project|projects|title|production|release|film|movie|feature|series|show|original)\s+"
                           r"(?:under|from|of|for|out\s+of|to\s+come\s+out\s+of|since)\b")


def project_slot_titles(doc: Doc) -> Iterator[Mention]:
    """The name that opens a sentence saying it "is" or "marks" a maker's first or latest
    project ("Salt House marks the first project under Dana Vale's first-look deal") is a work:
    a project is made, a company or person makes it. A possessive or "her" between the verb and
    the phrase ("Dana Vale marks her first project since ...") makes the opener the maker."""
    text = document_text(doc)
    for sent in doc_sents(doc):
        said = text[sent.start_char:sent.end_char]
        found = PROJECT_OF_RE.search(said)
        opener = DEBUT_SUBJECT_RE.match(said) if found else None
        if opener is None or opener.end() > found.start() or opener.group(0).rstrip().endswith(","):
            continue
        if re.search(r"\b(?:her|his|their|its)\b|'s\b|\u2019s\b", said[opener.end():found.start()]):
            continue
        start = sent.start_char + opener.start("run")
        run = opener.group("run")
        if opens_with_given_name(run) or _company_run(text, start, start + len(run)):
            continue
        m = _mention(doc, start, start + len(run), "CreativeWork")
        if m:
            yield m


def _names_person_or_company(doc: Doc, start: int, end: int) -> bool:
    """Whether a run a title slot caught is a person's or a company's name instead: it opens with
    a given name, ends in a company word, or holds a name the NER calls a person's or the
    gazetteer knows as no work."""
    text = document_text(doc)
    return (opens_with_given_name(text[start:end]) or _company_run(text, start, end)
            or any(e.label_ == "PERSON" or CLASS_KIND.get(e.label_) not in (None, "work") for e in _ents_over(doc, start, end)))


# "X returns to Apple TV+ on May 3", "X will move to Netflix for its third season": a show comes
# back, or moves, to a channel or streamer, or for a season.
RETURN_RE = re.compile(r"[\u201d\"]?[^\S\n]+(?:will[^\S\n]+|is[^\S\n]+set[^\S\n]+to[^\S\n]+|is[^\S\n]+)?"
                       r"(?:return|returns|returning|move|moves|moving|heads|comes[^\S\n]+back|come[^\S\n]+back)[^\S\n]+"
                       r"(?:to[^\S\n]+(?P<to>[A-Z][^\s,.;]*)|[^.;\n]{0,30}?\bfor[^\S\n]+(?:a|an|its|their)[^\S\n]+[\w\-]+[^\S\n]+season\b)")


QUOTED_RUN_RE = re.compile(r"[\u201c\"]?(?P<run>" + TITLE_RUN_RE.pattern + r")")  # a title run, its opening quote before it


def return_slot_titles(doc: Doc) -> Iterator[Mention]:
    """The name opening a sentence that "returns to" a channel or streamer, or comes back "for a
    second season", is a series: "The Lantern returns to Apple TV+ on May 3". A person returns
    too ("Dana Vale returns for season two"), so a name the NER calls a person's or that opens
    with a given name is left alone, as is a company; "to" must reach a channel or streamer."""
    text = document_text(doc)
    platforms = {"StreamingService", "Broadcaster"}
    for sent in doc_sents(doc):
        run = QUOTED_RUN_RE.match(text[sent.start_char:sent.end_char])
        if run is None:
            continue
        start, end = sent.start_char + run.start("run"), sent.start_char + run.end("run")
        found = RETURN_RE.match(text, end)
        if found is None or _names_person_or_company(doc, start, end):
            continue
        if found.group("to") and not any(e.label_ in platforms and e.start_char == found.start("to") for e in doc_ents(doc)):
            continue
        m = _mention(doc, start, end, "Series")
        if m:
            yield m


def debut_slot_titles(doc: Doc) -> Iterator[Mention]:
    """The name that opens a sentence saying it "is", "marks" or, in apposition, is someone's
    directorial or feature debut is a work: "Salt Road is Dana Vale's directorial debut", "Salt
    Road, Vale's feature debut, premieres ...". A person makes a debut; the debut is a work. A
    name the sentence's own debut phrase belongs to ("Dana Vale makes her directorial debut")
    is no opener of this form."""
    text = document_text(doc)
    for sent in doc_sents(doc):
        said = text[sent.start_char:sent.end_char]
        debut = DEBUT_RE.search(said)
        opener = DEBUT_SUBJECT_RE.match(said) if debut else None
        if opener is None or opener.end() > debut.start():
            continue
        if said[opener.end():debut.start()].strip().split()[:1] in (["her"], ["his"], ["their"]):
            continue  # "Dana Vale marks her directorial debut": the opener is the person
        start = sent.start_char + opener.start("run")
        if opens_with_given_name(text[start:start + len(opener.group("run"))]):
            continue
        m = _mention(doc, start, start + len(opener.group("run")), "CreativeWork")
        if m:
            yield m


# "Netflix has given Glasshouse an eight-episode order", "gave the drama X a second season": the
# first object of giving an order, a season or a renewal is the show that gets it.
ORDER_GIVEN_RE = re.compile(r"\b(?:given|gave|gives|giving|handed|hands)\s+(?:the\s+(?:[a-z][\w-]*\s+){1,2})?(?=[A-Z\u201c\"])")
# A film is given the green light too ("gave X the green light", "the go-ahead"): that says no medium.
ORDER_NOUN_RE = re.compile(r"\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:order|renewal|season|pickup|greenlight)|the\s+(?P<green_light>green[\s-]?light|go-ahead))\b")


def order_given_titles(doc: Doc) -> Iterator[Mention]:
    """The name between a verb of giving and "a ... order" ("given Glasshouse an eight-episode
    order", "gave the drama X a second season") is a series: only a show is given episodes,
    seasons or renewals. A company run is left alone ("gave Harbour Films a series order" names
    the maker)."""
    text = document_text(doc)
    if not any(verb in text for verb in ("give", "gave", "giving", "hand")):
        return  # every match holds one of these stems: most articles hold none
    for given in ORDER_GIVEN_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, given.end() + (1 if text[given.end()] in "\u201c\"" else 0))
        noun = ORDER_NOUN_RE.match(text, run.end() + (1 if text[run.end():run.end() + 1] in ("\u201d", "\"") else 0)) if run else None
        if noun is None:
            continue
        if _company_run(text, run.start(), run.end()) or opens_with_given_name(run.group(0)):
            continue
        # Anyone gives a green light ("Regulators gave Harlow the green light to buy ..."): only a
        # company the NER or the gazetteer names right before the verb gives a work one.
        if noun.group("green_light") and not any(e.label_ not in ("PERSON", "GPE", "LOC", "NORP", "DATE") and 0 <= given.start() - e.end_char <= 12
                                                  for e in doc_ents(doc)):
            continue
        m = _mention(doc, run.start(), run.end(), "CreativeWork" if noun.group("green_light") else "Series")
        if m:
            yield m


# ", starring Jane Roe": only a work stars someone; the participle never follows a person.
STARRING_RE = re.compile(r",?[^\S\n]+starring[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])")


def starring_slot_titles(doc: Doc) -> Iterator[Mention]:
    """ "Clint Vale's Train Dreams, starring Joel Roe": the run right before "starring" and a
    name is the work that stars them, even when the NER calls it a person (it often does with
    an unknown title after a person's possessive). A verb "stars" is left to verb_slot_titles,
    since an actor also "stars in" something."""
    text = document_text(doc)
    if "starring" not in text:
        return  # held by every match: most articles lack it, and the test costs far less than the search
    people = {e.start_char for e in doc_ents(doc) if e.label_ == "PERSON"}
    for match in STARRING_RE.finditer(text):
        if match.end() not in people and not any(match.end() < s <= match.end() + 2 for s in people):
            continue  # "starring roles": a name must follow
        start = _run_before(text, match.start())
        if start is None or text[start:match.start()] in words("subject_pronouns"):
            continue
        if text[start:match.start()].split()[0] in OPENING_PREPOSITIONS:
            continue
        # "a drama from Ryan Vale starring A", "The Lost Prince by Mia Roe, starring A": the name a
        # byline's "from"/"by" gives is the work's maker; the participle goes on with the work.
        if text[:start].rstrip().rsplit(None, 1)[-1:] in (["from"], ["by"]):
            continue
        span = doc.char_span(start, match.start(), alignment_mode="expand")
        if span is not None and len(span) == 1 and (span[0].is_stop or span[0].pos_ in ("ADV", "CCONJ", "SCONJ")):
            continue  # "Also starring Dana Vale, ...": an adverb opens the sentence, no title
        m = _mention(doc, start, match.start(), "CreativeWork")
        if m:
            yield m


# "X is the feature debut from", "X is a 3 x 60-minute adaptation of": a copula, lower-case
# modifiers, then a work noun that heads the phrase (what follows starts a complement, not a
# compound: "a documentary filmmaker" names a person). The modifiers exclude function words and
# job words, so "X is the director of the film" is not read. A nationality ("a 2019 South Korean
# drama") is a modifier too: it says where the work is from.
_NATIONALITY_MOD = r"(?:(?:South|North|East|West)[^\S\n]+)?(?:" + alternation(sorted(words("nationality_adjectives"), key=len, reverse=True)) + r")"
COPULA_WORK_RE = re.compile(r"[^\S\n]+(?:is|was)[^\S\n]+(?:a|an|the)[^\S\n]+(?P<mods>(?:(?:[a-z0-9][\w\-]*|" + _NATIONALITY_MOD + r")[^\S\n]+){0,4}?)"
                            r"(?P<noun>" + alternation(sorted(words("title_slot_nouns"), key=len, reverse=True)) + r")"
                            r"(?=[^\S\n]+(?:of|from|about|that|which|by|for|set|based|starring|directed|written|produced|following)\b|[,.;:])")
COPULA_STOP_WORDS = frozenset({"of", "the", "a", "an", "in", "on", "for", "with", "and", "to", "at", "by", "from", "x"})


def copula_work_titles(doc: Doc) -> Iterator[Mention]:
    """ "The Fires is the feature debut from Ugla Roe", "Black Lanes is a 3 x 60-minute
    adaptation of": the subject of "is a [work noun]" is that work, whatever the NER said.
    A pronoun subject ("It is a drama") names no title."""
    text = document_text(doc)
    for match in COPULA_WORK_RE.finditer(text):
        mods = match.group("mods").split()
        if any(w in COPULA_STOP_WORDS - {"x"} or w in lower_words("role_title_words") for w in mods):
            continue
        # "a British comedy, drama and theatre actor": the noun opens a list of fields that
        # modify the noun the list ends on, a person's or a company's.
        if re.match(r",\s*(?:[a-z][\w-]*\s*,\s*)*[a-z][\w-]*\s+(?:and|or|&)\s+[a-z]", text[match.end():match.end() + 80]):
            continue
        start = _run_before(text, match.start())
        if start is None or text[start:match.start()] in words("subject_pronouns"):
            continue
        if text[start:match.start()].split()[0] in OPENING_PREPOSITIONS:
            continue
        m = _mention(doc, start, match.start(), _noun_class(match.group("noun")))
        if m:
            yield m


# "Weak Heroes was one of the best K-dramas of 2021", "X is among the top 10 films on Netflix":
# only a work ranks among works. The ranking word and a plural work noun after at most two
# modifiers (not "one of the best directors": a person's ranking).
RANKED_SUBJECT_RE = re.compile(r"[\u201d\"]?,?[^\S\n]+(?:(?:which|that)[^\S\n]+)?(?:is|was|became|remains|remained|turned[^\S\n]+out[^\S\n]+to[^\S\n]+be|proved(?:[^\S\n]+to[^\S\n]+be)?)[^\S\n]+(?:one[^\S\n]+of|among)[^\S\n]+"
                               r"(?:the|[A-Z][\w.&'\u2019-]*(?:[^\S\n]+[A-Z][\w.&'\u2019-]*){0,3}(?:'s|\u2019s))[^\S\n]+(?:\d{1,3}[^\S\n]+)?"
                               r"(?:best|top|greatest|favou?rite|highest[- ]grossing|top[- ]grossing|(?:[a-z]+-)?biggest|most[- ](?:watched|viewed|streamed|popular|acclaimed|successful))"
                               r"[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:films|movies|shows|series|dramas|K-dramas|documentaries|comedies|thrillers|titles|novels|books|blockbusters)"
                               # the noun ends the phrase ("the top series producers" ranks people)
                               r"(?=[^\S\n]+(?:of|in|on|at|from|this|that|ever|so|to)\b|[^\S\n]*[,.;:)]|[^\S\n]*$)")


def ranked_subject_titles(doc: Doc) -> Iterator[Mention]:
    """The subject of "was one of the best K-dramas" is a work (RANKED_SUBJECT_RE), whatever the
    NER said of it; a pronoun names none."""
    text = document_text(doc)
    for match in RANKED_SUBJECT_RE.finditer(text):
        start = _run_before(text, match.start())
        if start is None or text[start:match.start()] in words("subject_pronouns"):
            continue
        m = _mention(doc, start, match.start(), "Film" if re.search(r"\b(?:films|movies)\b", match.group()) else "CreativeWork")
        if m:
            yield m


# "X is a Lumen Pictures production", "X, a UK-Irish co-production, ...": only a work is a
# production of someone. The noun must end the phrase ("a production company", "a production
# designer" and "a production hub" name no work), and the words before it are the makers'
# names, nationalities or "joint"; a pronoun subject ("It is a co-production") names nothing.
PRODUCTION_SLOT_RE = re.compile(r"(?:,[^\S\n]+|[^\S\n]+(?:is|was|will[^\S\n]+be)[^\S\n]+)(?:a|an)[^\S\n]+"
                                r"(?:[\w\-&'\u2019.+]+[^\S\n]+){0,6}?(?:co-?production|production)"
                                r"(?=[^\S\n]*[,.;:)]|[^\S\n]+(?:from|by|between|of|with|for|in|and|that|which)\b)")


def production_slot_titles(doc: Doc) -> Iterator[Mention]:
    """The name before "is a ... production" or an apposition "a ... production" is a work:
    "Night Train is a Lumen Pictures production", "Night Train, a UK-Irish co-production,". A
    company or person the NER or the gazetteer found there is left alone."""
    text = document_text(doc)
    if "production" not in text:
        return  # held by every match: most articles lack it, and the test costs far less than the search
    for match in PRODUCTION_SLOT_RE.finditer(text):
        start = _run_before(text, match.start())
        if start is None or text[start:match.start()] in words("subject_pronouns"):
            continue
        if text[start:match.start()].split()[0] in OPENING_PREPOSITIONS or _company_run(text, start, match.start()):
            continue
        if any((e.label_ in ("PERSON", "ORG", "GPE", "NORP") or CLASS_KIND.get(e.label_) not in (None, "work"))
               and e.start_char <= start < e.end_char for e in _ents_over(doc, start, match.start())):
            continue
        m = _mention(doc, start, match.start(), "CreativeWork")
        if m:
            yield m


# Verbs whose object, when a company does them, is a work: one acquires, releases or orders a
# film or a show; people are hired, not bought.
COMPANY_WORK_OBJECT_LEMMAS = frozenset({"acquire", "buy", "purchase", "release", "distribute", "stream", "greenlight",
                                        "commission", "order", "finance", "co-finance", "sell", "license", "nab",
                                        "premiere", "debut", "launch", "air", "broadcast"})
# Of those, the verbs no company is the object of: what is released, premiered or aired is a work
# even where the NER says company ("Netflix will launch Salt Flats"); a company is bought or sold.
SHOWING_LEMMAS = frozenset({"release", "distribute", "stream", "premiere", "debut", "launch", "air", "broadcast"})


# Verbs whose passive subject is a work: a film is released, produced or greenlit. A company is
# acquired, so "acquire" is not here; a person may be released from a contract, so the name must
# not open with a given name.
WORK_PASSIVE_LEMMAS = frozenset({"release", "produce", "co-produce", "coproduce", "direct", "write", "distribute",
                                 "finance", "co-finance", "commission", "greenlight", "renew", "cancel", "shoot", "film",
                                 "adapt", "stream", "air", "broadcast", "premiere", "screen", "develop", "order",
                                 "publish", "remake", "reboot", "option"})  # (not "acquire", "license": companies are too)


# Verbs whose subject, with a channel or streamer after them, is a show: "X hits Netflix on
# Friday", "X is now streaming on Peacock", "X airs on ITV", "X is available on Hulu".
PLATFORM_SUBJECT_LEMMAS = frozenset({"stream", "air", "hit", "premiere", "debut", "launch", "arrive", "land", "drop", "be"})
PLATFORM_COPULA_WORDS = frozenset({"available", "original", "exclusive", "streaming"})


def platform_subject_titles(doc: Doc) -> Iterator[Mention]:
    """The subject of streaming, airing or landing on a channel or streamer the gazetteer knows
    is a show, whatever person the NER took it for ("Salt Flats hits Netflix on Friday", "Salt
    Flats is available to stream on Hulu", "Salt Flats is a Netflix original"). A copula needs
    one of "available", "original", "exclusive", "streaming" in its clause: "X is a Netflix
    executive" names a person. Not a name opening with a given name."""
    platforms = {"StreamingService", "Broadcaster"}
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or opens_with_given_name(ent.text):
            continue
        head = ent.root
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in PLATFORM_SUBJECT_LEMMAS:
            continue
        after = doc[ent.end:verb.right_edge.i + 1]
        if not any(t.ent_type_ in platforms for t in after):
            continue
        if verb.lemma_.lower() == "be" and not any(t.lower_ in PLATFORM_COPULA_WORDS for t in after):
            continue
        m = _mention(doc, ent.start_char, ent.end_char, "CreativeWork")
        if m:
            yield m


# "X is slated for a 2027 release", "X is set for a summer debut": what is dated for a release.
DATED_FOR_RELEASE_RE = re.compile(r"[\u201d\"]?[^\S\n]+(?:is|was|has[^\S\n]+been|had[^\S\n]+been)[^\S\n]+(?:now[^\S\n]+)?"
                                  r"(?:set|slated|scheduled|skedded|dated|due)[^\S\n]+for[^\S\n]+(?:a|an|its)[^\S\n]+"
                                  r"(?:[\w.,]+[^\S\n]+){0,4}?(?:release|debut|premiere|bow|launch)\b")


def dated_release_subjects(doc: Doc) -> Iterator[Mention]:
    """The name a release is dated for: "Glasshouse is slated for a 2027 release", "X is set
    for a summer debut on Netflix". A name opening with a given name is left alone."""
    text = document_text(doc)
    for match in DATED_FOR_RELEASE_RE.finditer(text):
        start = _run_before(text, match.start())
        if start is None or opens_with_given_name(text[start:match.start()]) or _company_run(text, start, match.start()):
            continue
        m = _mention(doc, start, match.start(), "CreativeWork")
        if m:
            yield m


# "Salt Road is a 1941 American film noir", "Ember Hill was a 2016 Korean drama": a name the copula
# describes as a dated work is a title (a person is no "1941 film"), even one that opens with a
# given name ("Harold and Maude is a 1971 comedy").
DATED_WORK_PREDICATE_RE = re.compile(r"[\u201d\"]?,?[^\S\n]+(?:is|was)[^\S\n]+an?[^\S\n]+(?:1[89]|20)\d\d[^\S\n]+(?:(?!(?:of|the|a|an|for|at|in|from|to|with|by|on)\b)[\w'\u2019-]+[^\S\n]+){0,3}?"
                                     r"(?:film|movie|feature|series|miniseries|sitcom|drama|comedy|thriller|documentary|novel|book|memoir"
                                     r"|video[^\S\n]+game|anime|manga|podcast|musical|noir|western)\b")


def dated_work_predicate_titles(doc: Doc) -> Iterator[Mention]:
    """The subject of a copula whose complement is a dated work noun: "X is a 1941 film noir"."""
    text = document_text(doc)
    if not re.search(r"\b(?:is|was) an? (?:1[89]|20)\d\d ", text):
        return  # most articles hold no such sentence: the title search is skipped
    for match in DATED_WORK_PREDICATE_RE.finditer(text):
        start = _run_before(text, match.start())
        if start is None or _company_run(text, start, match.start()):
            continue
        m = _mention(doc, start, match.start(), "CreativeWork")
        if m:
            yield m


# "has renewed its Night Train reboot", "their Night Train series": a possessive determiner, a
# title, then a work noun: the title modifies the noun as a company's name would not (a company
# after "its" takes no work noun: "its Lumen banner" is a company noun).
OWN_TITLE_NOUN_RE = re.compile(r"\b(?:its|their|his|her)\s+[\u201c\"]?(?P<run>" + TITLE_RUN_RE.pattern + r")[\u201d\"]?\s+"
                               r"(?P<noun>reboot|remake|revival|spinoff|spin-off|series|drama|comedy|thriller|docuseries|miniseries|"
                               r"show|sitcom|sequel|prequel|adaptation|film|movie|feature)\b")


# "Ironbridge's third season", "Ironbridge's pilot": only a show has seasons, a pilot or a finale.
SHOW_PART_POSSESSIVE_RE = re.compile(r"(?P<run>" + TITLE_RUN_RE.pattern + r")(?:'s|\u2019s)\s+(?:(?:first|second|third|fourth|fifth|sixth|"
                                     r"seventh|eighth|ninth|tenth|final|last|new|latest|upcoming|next|debut|sophomore|\d+(?:st|nd|rd|th))\s+)?"
                                     r"(?:season|seasons|pilot|finale|season\s+finale|series\s+finale|episodes?)\b")
SHOW_PARTS = ("season", "pilot", "finale", "episode")  # a word of every part the pattern names


def show_part_titles(doc: Doc) -> Iterator[Mention]:
    """The owner of a season, a pilot or a finale is a series: "Ironbridge's third season will
    premiere on Hulu". A company or a person's name there is left alone ("Netflix's first
    season of X", "Ana Ruiz's pilot")."""
    text = document_text(doc)
    # Every match names one of these parts: without them, the slow search is skipped.
    if not any(part in text for part in SHOW_PARTS):
        return
    for match in SHOW_PART_POSSESSIVE_RE.finditer(text):
        start, end = match.start("run"), match.end("run")
        if _names_person_or_company(doc, start, end):
            continue
        m = _mention(doc, start, end, "Series", owner=True)
        if m:
            yield m


# "won Best Director for X", "Best Screenplay went to A for X": what an award's category is won
# for is a work.
AWARD_FOR_RE = skipping(r"\b[Bb]est\s+(?:[A-Za-z]+\s+){0,2}?(?:[Dd]irector|[Dd]irecting|[Ss]creenplay|[Aa]ctor|[Aa]ctress|[Pp]erformance)"
                          r"(?:\s+award)?(?:\s+(?:went|goes)\s+to\s+(?P<who>[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){1,2}))?\s+for\s+"
                          r"(?:(?:his|her|their)\s+(?:role|turn|work|performance)\s+in\s+)?[\u201c\"]?(?=[A-Z0-9])")


# "Night Train, from writer/director Lily Hart (Cold Creek), is a comedy", "Paper Moon, from Tom
# Reyes,": a work comes "from" its maker; a clause-opening name before ", from" and a person (a
# job word may come between) is a title.
FROM_MAKER_RE = re.compile(r",[^\S\n]+from[^\S\n]+(?:(?:[a-z][\w\-/]*|[A-Z][a-z]+-[a-z]+)[^\S\n]+){0,3}(?=[A-Z])")


def from_maker_titles(doc: Doc) -> Iterator[Mention]:
    """The name that opens a clause and comes ", from" a person is a work: "Night Train, from
    writer/director Lily Hart, is a comedy". A person comes from a place or a company, so the
    name after "from" must be a person's (the NER's, or one opening with a given name), and the
    name before must not open with a given name itself."""
    text = document_text(doc)
    for match in FROM_MAKER_RE.finditer(text):
        after = match.end()
        maker = next((e for e in doc_ents(doc) if e.start_char == after and e.label_ == "PERSON"), None)
        if maker is None and not opens_with_given_name(text[after:after + 40].split(",")[0]):
            continue
        start = _run_before(text, match.start())
        if start is None or opens_with_given_name(text[start:match.start()]) or _company_run(text, start, match.start()):
            continue
        span = doc.char_span(start, match.start(), alignment_mode="expand")
        if span is None or not (span[0].is_sent_start or (span.start > 0 and (doc[span.start - 1].text in (",", ":", "\u2014")
                                                                             or doc[span.start - 1].lemma_ == "be"))):
            continue  # "Also in competition is Paper Moon, from Tom Reyes": after the copula too
        if any(e.label_ in ("GPE", "LOC", "NORP") or CLASS_KIND.get(e.label_) not in (None, "work") for e in _ents_over(doc, start, match.start())):
            continue
        m = _mention(doc, start, match.start(), "CreativeWork")
        if m:
            yield m


def award_slot_titles(doc: Doc) -> Iterator[Mention]:
    """The title an award's category is won for: "won Best Director for Cold Creek", "Best
    Screenplay went to Sam Cole for Glass River", "best actress for her role in X"."""
    text = document_text(doc)
    for match in AWARD_FOR_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, match.end())
        if run is None or opens_with_given_name(run.group(0)) or _company_run(text, run.start(), run.end()):
            continue
        m = _mention(doc, run.start(), _stop_at_company(doc, run.start(), run.end()), "CreativeWork")
        if m:
            yield m


def own_title_noun_titles(doc: Doc) -> Iterator[Mention]:
    """"Harbor Network has renewed its Night Train reboot": the title between a possessive
    determiner and a work noun names the work. A company or a person's name there is left alone."""
    text = document_text(doc)
    for match in OWN_TITLE_NOUN_RE.finditer(text):
        start, end = match.start("run"), match.end("run")
        if _names_person_or_company(doc, start, end):
            continue
        m = _mention(doc, start, end, _noun_class(match.group("noun")))
        if m:
            yield m


def passive_work_subjects(doc: Doc) -> Iterator[Mention]:
    """"Salt Flats will be released in the UK by Altitude", "Salt Flats is co-produced by
    Lumen Pictures": the subject of a passive verb of making or showing is a work, whatever
    person the NER took it for. Not a name that opens with a given name."""
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        ent = person_span(ent)
        if opens_with_given_name(ent.text):
            continue
        head = ent.root
        if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in WORK_PASSIVE_LEMMAS:
            m = _mention(doc, ent.start_char, ent.end_char, "CreativeWork")
            if m:
                yield m


def company_object_titles(doc: Doc) -> Iterator[Mention]:
    """"Harbor Releasing has acquired Salt Flats": the object of a company's acquiring, releasing
    or ordering is a work, whatever person the NER took it for. Not a name that opens with a
    given name ("acquired Dana Vale's film" is the possessive's, and a full name stays a person's)."""
    text = document_text(doc)
    for ent in doc_ents(doc):
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        ent = person_span(ent) if ent.label_ == "PERSON" else ent
        if opens_with_given_name(ent.text):
            continue
        head = ent.root
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_.lower() not in COMPANY_WORK_OBJECT_LEMMAS or text[ent.end_char:ent.end_char + 2] in ("'s", "\u2019s"):
            continue
        if (ent.label_ == "ORG" and verb.lemma_.lower() not in SHOWING_LEMMAS) or _company_run(text, ent.start_char, ent.end_char):
            continue  # a company is bought too, and its name's last word says so
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or not any(
                any(e.label_ == "ORG" or CLASS_KIND.get(e.label_) == "org" for e in _ents_over(doc, s.idx, s.idx + len(s.text)))
                or _company_run(text, s.left_edge.idx, s.idx + len(s.text)) for s in subjects):
            continue
        m = _mention(doc, ent.start_char, ent.end_char, "CreativeWork")
        if m:
            yield m


# "Salt Flats, which premiered in Berlin, stars ...": "which" is never said of a person, and a
# relative clause saying what only a work does (premiere, star someone, be directed or based on
# something) names a work. Verbs a company does as well ("produced", "launched", "opened") are
# left out in the active voice.
WHICH_WORK_RE = re.compile(r",[^\S\n]+which[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?:(?:has|have|had|is|was|will|will[^\S\n]+be|has[^\S\n]+been)[^\S\n]+)?"
                           r"(?:premiered|premieres|debuted|debuts|bowed|bows|won|stars|starred|co-stars|follows|followed|tells|told|"
                           r"aired|airs|streams|streamed|screened|screens|grossed|topped|tops|centers|centres|chronicles|"
                           r"released|directed|produced|written|adapted|based|shot|filmed|set|renewed|cancelled|canceled)\b")


def which_work_titles(doc: Doc) -> Iterator[Mention]:
    """A name the NER calls a person's, followed by a relative "which" clause of what only a
    work does, is a work: "Salt Flats, which premiered in Berlin,", "Glasshouse, which was
    directed by Nina Gray,". Active verbs of making stay out ("Lumen, which produced X")."""
    text = document_text(doc)
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        match = WHICH_WORK_RE.match(text, ent.end_char)
        # The name must open its clause: "the series from Tom Hale, which airs on Hulu" says
        # "which" of the series before the person.
        if not match or not (ent[0].is_sent_start or (ent.start > 0 and ent.doc[ent.start - 1].pos_ in ("VERB", "AUX")
                                                      and ent.doc[ent.start - 1].lower_ not in ("starring", "featuring"))):
            continue
        verb = match.group(0).split()[-1]
        if verb in ("directed", "produced", "written", "adapted", "based", "shot", "filmed", "set", "renewed", "cancelled", "canceled", "released") \
                and not re.search(r"\b(?:is|was|will\s+be|has\s+been)\s+\w+$", match.group(0)):
            continue  # "X, which directed ...": only the passive is said of a work
        m = _mention(doc, ent.start_char, ent.end_char, "CreativeWork")
        if m:
            yield m


# Capitalised words ending in a company word: "Tidewater Media", "Harbour Lights Pictures".
# An ampersand joins the words of one name: "Smith & Jones Entertainment".
COMPANY_RUN_RE = skipping(r"(?<![\w'\u2019&-])(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w&'\u2019.\-]*\s+(?:&\s+)?){1,3}(?P<suffix>[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.]*)(?![\w-])")


def _job_title_follows(text: str, end: int) -> bool:
    """Whether a lower-case job title word (the lexicon's role_title_words) or a past post
    ("alum", past_post_nouns) and then a capitalised name follow the position: "Nordlys Media
    chief Ana Ruiz", "Keel Media alum Ana Ruiz"."""
    after = re.match(r"\s+([a-z][\w-]*)\s+(?:[a-z][\w-]*\s+){0,2}[A-Z]", text[end:end + 60])
    return bool(after) and (after.group(1) in lower_words("role_title_words") or after.group(1) in lower_words("past_post_nouns"))


DEPARTMENT_SCOPE_WORDS = frozenset({"International", "Worldwide", "Global", "Domestic", "Theatrical", "Digital", "Home",
                                    "North", "American", "Latin", "European", "Asian", "US", "U.S.", "UK", "World", "Film",
                                    "TV", "Television", "Feature", "Content", "Business", "Strategic", "Original", "Series", "Local", "Regional"})


def _company_runs(text: str) -> Iterator[re.Match]:
    """The capitalised runs that end on a company word (the run takes a sentence's full stop
    with the last word, "... and Nordic Pictures.", and "Inc." keeps its own). A run of four
    capitalised words or more is tried again from its second word, so "Danielle Marie Behrens'
    Lantern Films" still gives its company."""
    suffixes = words("company_name_suffixes")
    pos = 0
    while (match := COMPANY_RUN_RE.search(text, pos)) is not None:
        suffix = match.group("suffix")
        if suffix in suffixes or suffix.removesuffix(".") in suffixes:
            yield match
            pos = match.end()
        else:
            pos = text.find(" ", match.start()) + 1 or match.end()
            pos = min(pos, match.end())


def suffix_companies(doc: Doc) -> Iterator[Mention]:
    """A capitalised run whose last word is a company word ("Pictures", "Films", "Media",
    "Studios", "Entertainment") names a company, typed by that word, whatever the NER said:
    the small model often calls "Harbour Films" a person."""
    text = document_text(doc)
    for match in _company_runs(text):
        suffix = match.group("suffix")
        start = match.start()
        first = text[start:].split(None, 1)[0]
        if first in words("award_category_starts") and len(text[start:match.end()].split()) == 2:
            continue  # "Best Film", "Outstanding Production": an award's category
        # "London-based", "Emmy-winning": a capitalised word with a lower-case tail modifies the name.
        # "Tom Reyes, MD Orbit Pictures, said": a post's capital abbreviation before the name.
        # ("Former Lumen Films CEO A" opening a sentence: the past marker is no word of the name.)
        if first.lower() in ("the", "a", "an", "its", "their", "his", "her") or first in words("not_entities") \
                or first.lower() in lower_words("former_job_words") \
                or re.fullmatch(r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.]*-[a-z]+", first) \
                or (first.isupper() and first.lower() in lower_words("role_title_words")):
            start += len(first) + 1
            if start >= match.start("suffix"):
                continue
        # probeB: "Hong Kong-based Harbour Films", "Copperline Studios-owned Harbour Films": a
        # hyphened participle further in ends the place or owner before it; the name follows it.
        inner = list(re.finditer(r"\S-[a-z]+ed\s+", text[start:match.start("suffix")]))
        if inner:
            start += inner[-1].end()
            if start >= match.start("suffix"):
                continue
        # "Tom Hale's Keel Media": an owner's possessive, not one name; the company is the run
        # after it, when a word stands before the company word.
        owner = list(re.finditer(r"['\u2019]s?\s+", text[start:match.start("suffix")]))
        if owner:
            start += owner[-1].end()
            if start >= match.start("suffix"):
                continue
        if "'" in text[start:match.end()] or "\u2019" in text[start:match.end()]:
            continue
        span = doc.char_span(start, match.end(), alignment_mode="expand")
        if span is None or any(t.is_sent_start for t in span[1:]):
            continue
        if span[0].is_sent_start and span[0].pos_ not in ("PROPN", "X") and not span[0].ent_type_ \
                and not (span[0].pos_ == "NOUN" and _job_title_follows(text, match.end())):
            # "Several Studios", "Both Films": a sentence's first word. probeB: a job title right
            # after the run ("Nordlys Media chief A said") makes an unknown first word a name.
            continue
        # "EVP of International Distribution", "Head of Worldwide Sales": a scope word before a
        # trade word names a department, no company.
        if all(w in DEPARTMENT_SCOPE_WORDS for w in text[start:match.start("suffix")].split()) \
                and match.group("suffix").rstrip(".") in ("Distribution", "Sales", "Acquisitions", "Marketing", "Production", "Programming"):
            continue
        # "Netflix's Director Of Original Film A": a job word, "of" and a department's scope
        # and trade words are a job title in capitals, no company.
        job = re.match(r"(\S+)\s+[Oo]f\s+", text[start:match.end()])
        if job and (job.group(1) in words("capitalised_role_words") or job.group(1).lower() in lower_words("role_title_words")) \
                and all(w in DEPARTMENT_SCOPE_WORDS for w in text[start + job.end():match.end()].rstrip(".").split()):
            continue
        end = match.end()
        if text[end - 1] == "." and match.group("suffix") not in ("Inc.", "Co.", "Corp.", "Ltd.", "Bros."):
            end -= 1  # the sentence's full stop
        # Big studios are in the gazetteer, so an unknown "X Pictures" or "X Films" is most often
        # an independent producer; a descriptor ("German distributor X") outvotes the name.
        yield Mention(start, end, text[start:end], org_class_from_name(text[start:end]), "cue")


@lru_cache(maxsize=1)
def _company_apposition_re() -> tuple[re.Pattern, dict[str, str]]:
    table = company_descriptor_heads()
    heads = alternation(sorted(table, key=len, reverse=True))
    # A few modifiers ("the London-based", "a Paris-based independent"); the head ends the
    # phrase or a relative, a "behind" or a place follows it.
    pattern = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'\-]+\s+){0,3}?(?P<noun>" + heads + r")"
                         r"(?=\s*[,.;]|\s+(?:behind|that|which|whose|with|in|and)\b)")
    return pattern, {k.lower(): (v[0] if v else "") for k, v in table.items()}


def apposition_companies(doc: Doc) -> Iterator[Mention]:
    """The name before ", the London-based production company" or ", a Paris-based sales agent"
    is a company of that kind: an apposition headed by a company noun (the lexicon's
    company_descriptor_heads) says what the name is, and is often the only word the text gives
    of an unknown company with a plain name ("Starling, the production company behind X"). A
    name the NER calls a person or place, or one the gazetteer knows, is left to them."""
    text = document_text(doc)
    pattern, classes = _company_apposition_re()
    for match in pattern.finditer(text):
        start = _run_before(text, match.start())
        if start is None or text[start:match.start()] in words("subject_pronouns"):
            continue
        span = doc.char_span(start, match.start(), alignment_mode="expand")
        if span is None or any(e.label_ in ("PERSON", "GPE", "LOC", "NORP", "DATE") or CLASS_KIND.get(e.label_, "") not in ("", "org")
                               for e in _ents_over(doc, start, match.start())):
            continue
        if span[0].is_sent_start and len(span) == 1 and (span[0].is_stop or span[0].pos_ in ("DET", "PRON", "ADV", "CCONJ")):
            continue  # "Meanwhile, the studio said"
        name = text[start:match.start()]
        if not is_name(name) or name.endswith(("'s", "\u2019s")):
            continue
        yield Mention(start, match.start(), name, classes.get(match.group("noun").lower()) or "Organization", "cue")


# "a docuseries from Jane Hill's Bluefin", "hails from Tom Reyes' Lantern": a work's maker slot,
# a person's possessive, then the name of what the person owns.
MAKER_POSSESSIVE_RE = skipping(r"\b(?:series|docuseries|show|drama|comedy|film|movie|feature|project|pilot|order|hails|comes|come)"
                                 r"\s+from\s+(?P<owner>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})(?:'s|\u2019s|'|\u2019)\s+"
                                 r"(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\b")


def maker_possessive_companies(doc: Doc) -> Iterator[Mention]:
    """The name a person's possessive owns in the maker slot of a work ("Netflix has ordered a
    docuseries from Jane Hill's Bluefin") is the person's company: a show comes from a company
    ("adapted from Jane Hill's memoir" has no such slot). A full name there is no company."""
    text = document_text(doc)
    for match in MAKER_POSSESSIVE_RE.finditer(text):
        name = match.group("name")
        owner_named = opens_with_given_name(match.group("owner")) or any(
            e.label_ == "PERSON" and e.start_char == match.start("owner") for e in _ents_over(doc, match.start("owner"), match.end("owner")))
        if not owner_named or opens_with_given_name(name) or name in place_names():
            continue
        # (The NER often runs the owner into the name: "Mark Hale’s Bluefin" as one person.)
        if any(e.label_ in ("GPE", "LOC", "NORP", "DATE") or CLASS_KIND.get(e.label_, "") not in ("", "org")
               and not (e.label_ == "PERSON" and e.start_char < match.start("name"))
               for e in _ents_over(doc, match.start("name"), match.end("name"))):
            continue
        yield Mention(match.start("name"), match.end("name"), name, org_class_from_name(name) if name.split()[-1] in words("org_suffixes") else "ProductionCompany", "cue", cued=True)


@lru_cache(maxsize=1)
def _unit_name_res() -> tuple[re.Pattern, re.Pattern]:
    units = alternation(sorted(lower_words("named_unit_nouns"), key=len, reverse=True))
    owner = r"[A-Z0-9][\w.&\-]*(?:'s|\u2019s|(?<=s)'|(?<=s)\u2019)[^\S\n]+"
    name = r"(?P<name>[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,2})"
    before = re.compile(owner + name + r"[^\S\n]+(?:" + units + r")\b")
    after = re.compile(owner + r"(?:[a-z][\w\-]*[^\S\n]+){0,2}?(?:" + units + r")[^\S\n]+" + name + r"(?![\w\-])")
    return before, after


def unit_companies(doc: Doc) -> Iterator[Mention]:
    """deals8: "Corvid Films' Infrared label", "Sony's TriStar label", "ProSieben's production
    unit Red Arrow": a company's possessive with a unit noun (the lexicon's named_unit_nouns:
    label, unit, division, arm, imprint) names the unit right before or right after that noun,
    a company, however plain or person-like its name (the NER often takes it for a person)."""
    text = document_text(doc)
    if not any(unit in text for unit in lower_words("named_unit_nouns")):
        return  # both searches need a unit noun: most articles hold none
    for pattern in _unit_name_res():
        for match in pattern.finditer(text):
            start, end = match.span("name")
            name = match.group("name")
            if not is_name(name) or name in words("not_entities") or name.endswith(("'s", "\u2019s")):
                continue
            # "Disney's Television division", "Sony's Digital unit": a department, not a name.
            if set(name.lower().replace("-", " ").split()) <= lower_words("generic_unit_words"):
                continue
            if any(e.label_ in ("GPE", "LOC", "NORP", "DATE") for e in _ents_over(doc, start, end)):
                continue
            yield Mention(start, end, name, "Organization", "cue", cued=True)


# A word that makes "director of" a job at a company: "managing director of", "Creative Director of".
JOB_MODIFIER_RE = re.compile(r"\b(?:managing|executive|general|creative|artistic|commissioning|development|programme|program"
                             r"|programming|casting|finance|marketing|technical|operations|sales|acquisitions|content|editorial)\s+$", re.I)


def _company_then_name(run: str) -> bool:
    """Whether a capitalised run holds a company word before its last word: "Harbour Films Jane
    Roe" is a company and a person run together, which a title seldom is."""
    tokens = run.split()
    return any(t in words("org_suffixes") or t in words("company_name_suffixes") for t in tokens[1:-1])


# "the Ana Ruiz-directed Low Tide": a hyphened credit modifies the title right after it. The word
# before the hyphen is a name's (capitalised): "co-created Pulling" is a verb and its object.
HYPHEN_CREDITS = ("directed", "produced", "written", "created", "helmed", "penned", "scripted", "starring")
HYPHEN_CREDIT_RE = re.compile(r"\b[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.'\u2019]*-(?:" + "|".join(HYPHEN_CREDITS) + r")[^\S\n]+(?:the[^\S\n]+)?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")


def hyphen_credit_titles(doc: Doc) -> Iterator[Mention]:
    """ "The Ana Ruiz-directed Low Tide", "the Netflix-produced Tidewater": a name fused to a
    credit participle by a hyphen modifies a work, and the capitalised run right after it is
    that work's title (the NER often calls it a company). A company word ends the run
    ("the Ana Ruiz-produced Harbour Films slate" names no title)."""
    text = document_text(doc)
    if not any("-" + credit in text for credit in HYPHEN_CREDITS):  # held by every match
        return
    for match in HYPHEN_CREDIT_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, match.end())
        if not run:
            continue
        end = _stop_at_company(doc, run.start(), run.end())
        if set(text[run.start():end].split()) & (words("org_suffixes") | words("company_name_suffixes")):
            continue
        m = _mention(doc, run.start(), end, "CreativeWork")
        if m:
            yield m


def _place_owner(text: str, start: int, end: int) -> re.Match | None:
    """"France's Les Voisins": a known place's possessive opening a list item is where the work is
    from, no part of its title."""
    owner = re.match(r"([^\s,]+(?:[^\S\n]+[^\s,]+){0,2}?)(?:'s|\u2019s)[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])", text[start:end])
    return re.compile(re.escape(owner.group(0))).match(text, start) if owner and owner.group(1) in place_names() else None


OWNER_BEFORE_ARTICLE_RE = re.compile(r"[^\s,]+(?:[^\S\n]+[^\s,]+){0,3}?(?:'s|\u2019s)[^\S\n]+(?=(?:The|A|An)[^\S\n])")


# A verb of buying a work's rights, before the list of what was bought.
BOUGHT_LIST_RE = re.compile(r"\b(?:acquired|bought|picked[^\S\n]+up|snapped[^\S\n]+up|scooped[^\S\n]+up|nabbed|snagged|grabbed|pre-bought|pre-sold|licensed)"
                            r"[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9\u201c\"])")


def bought_for_territory_titles(doc: Doc) -> Iterator[Mention]:
    """"Northlight has acquired Winter Tide, Blue Hour and Ana Ruiz's Paper Moons for the UK":
    what a company buys for a country or region is a film or a show (a company is bought whole,
    not for a territory), so each item of the list the territory closes is a title. A company
    run and a known name are left alone."""
    text = document_text(doc)
    for match in BOUGHT_LIST_RE.finditer(text):
        items = list(_list_items(text, match.end(), _sentence_end(text, match.end())))
        if not items:
            continue
        last_start, last_end = items[-1]
        tail = territory_tail_start(text[last_start:last_end].rstrip(".,;:"))
        if tail is None and not _for_territory_after(text, last_end):
            continue
        if tail is not None:
            items[-1] = (last_start, last_start + tail)
        for start, end in items:
            # No person is bought for a territory: a name that opens with a given name is still
            # a title here ("Blue Hour"); a company run is a company bought with its catalogue.
            if _has_company_word(text[start:end]):
                continue
            m = _mention(doc, start, end, "CreativeWork")  # a film or a show: the medium is other words
            if m:
                yield m


def _for_territory_after(text: str, pos: int) -> bool:
    """Whether "for <country or region>" follows pos (a closing quote or bracket aside) and ends
    its clause: "... Paper Moons” for the UK."."""
    rest = text[pos:pos + 60].lstrip("\u201d\"')")
    return is_territory_tail(re.split(r"[,.;:]", rest, maxsplit=1)[0].rstrip())


# A genre or work noun, up to two lower-case words before it, and a title after it: what follows
# a capitalised modifier ("the Berlin drama X", "the Sundance hit comedy X").
MODIFIER_BEFORE_SLOT_RE = re.compile(r"[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2}?" + GENRE_SLOT_RE.pattern[2:].replace("(?=", "[\u201c\"]?(?=", 1))


def phrase_slot_titles(doc: Doc) -> Iterator[Mention]:
    """Phrases whose object is always a work: "joined the cast of X", "on the set of X",
    "a sequel to X", "the premiere of X" (the lexicon's title_before_phrases)."""
    text = document_text(doc)
    phrases = _longest_first("title_before_phrases")
    owners = tuple(n.split()[0] for n in lower_words("rel6_owner_behind_nouns") if " " in n)
    for match in _alternation(r"\b(?:", phrases, r")\s+(?:the\s+)?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9\u201c\"])").finditer(text):
        if JOB_MODIFIER_RE.search(text[max(0, match.start() - 20):match.start()]):
            continue  # "managing director of Harbour Films": a post at a company, not a work's credit
        # "the holding company behind X", "the parent company behind X": an owner is behind a
        # company, not a work (rel6_owner_behind_nouns).
        if re.search(r"\b(?:" + "|".join(map(re.escape, owners)) + r")\s+$", text[max(0, match.start() - 20):match.start()], re.I):
            continue
        # "the duo behind A and B", "a sequel to A": the phrase may take a list.
        items = list(_list_items(text, match.end(), _sentence_end(text, match.end())))
        # "the rights to Lily Hart and Ana Cole's comic X": a possessive closing the list makes the
        # names before it co-owners of the work that follows, no titles.
        owned = next((k for k, (a, b) in enumerate(items) if k and re.match(r"[^\s,]+(?:\s+[^\s,]+){0,3}?(?:'s|\u2019s)(?:\s|$)", text[a:b])
                      and not _place_owner(text, a, b)), None)
        if owned is not None:
            items = items[owned:]
        for start, end in items:
            if _company_then_name(text[start:end]):
                continue  # "director of Harbour Films Jane Roe": a company, then its executive
            if _unit_after_re().match(text, end):
                continue  # "director of the Kestrel drama division": a name of a company's unit
            # "the reboot of Legendary's The Iron Tide": an owner's possessive before a title that
            # opens with an article is no part of it ("Grey's Anatomy" has none after it).
            owner = OWNER_BEFORE_ARTICLE_RE.match(text, start, end) or _place_owner(text, start, end)
            if owner:
                start = owner.end()
            # "the release of Dana Vale from hospital": a person is released too.
            if match.group(0).startswith(("release of", "distribution of")) and opens_with_given_name(text[start:end]):
                continue
            # "picked up rights to the Czech Republic and Slovakia": rights to a country or region
            # are a territory's, the work they cover is named elsewhere.
            if match.group(0).startswith("rights to") and text[start:end].rstrip(".,:;") in words("countries") | words("regions"):
                continue
            # "rights to the Berlin drama The Tin Crown": a name before a genre noun that a title
            # follows describes that title (its festival, place or maker); the title is after it.
            if MODIFIER_BEFORE_SLOT_RE.match(text, end):
                continue
            m = _mention(doc, start, _stop_at_company(doc, start, end), "CreativeWork")
            if m:
                yield m
            if _copula_before_name(doc, start, end) is not None:
                break  # "the producers of X are A and B": the list after the copula is of people


@lru_cache(maxsize=1)
def _unit_after_re() -> re.Pattern:
    """A company's unit after a name: "the Kestrel drama division", "the Harbour film department":
    up to two lower-case words, then a unit noun (the lexicon's named_unit_nouns and the words a
    department goes by)."""
    units = sorted(lower_words("named_unit_nouns") | {"department", "team", "group", "wing", "office"}, key=len, reverse=True)
    return re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(map(re.escape, units)) + r")s?\b")


@lru_cache(maxsize=1)
def _box_office_comparison_re() -> re.Pattern:
    comparisons = alternation(sorted(words("box_office_comparisons"), key=len, reverse=True))
    measures = alternation(sorted(words("box_office_measure_nouns"), key=len, reverse=True))
    money = r"[$\u00a3\u20ac][\d.,]+\s*(?:million|billion|[mMbB]n?|[kK])?"
    return re.compile(r"\b\d+(?:\.\d+)?\s*%\s+(?:" + comparisons + r")\s+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9\u201c\"])"
                      r"|" + money + r"\s+(?:domestic\s+|global\s+|worldwide\s+|international\s+)?(?:" + measures
                      + r")\s+(?:of|for)\s+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9\u201c\"])")


def box_office_comparison_titles(doc: Doc) -> Iterator[Mention]:
    """Box-office copy measures a release against earlier ones: "running 8% ahead of Salt Road",
    "against the $44 million opening of Low Tide". A percentage of a gross, or a sum's opening or
    run, belongs to a film; each comparison names one (the next has its own percentage)."""
    text = document_text(doc)
    if not any(sign in text for sign in "%$\u00a3\u20ac"):  # every match holds a percentage or a sum
        return
    for match in _box_office_comparison_re().finditer(text):
        item = next(_list_items(text, match.end(), _sentence_end(text, match.end())), None)
        if item is None:
            continue
        m = _mention(doc, item[0], _stop_at_company(doc, *item), "Film")
        if m:
            yield m


PLAYED_CHARACTER_IN_RE = re.compile(r"\b(?:played|plays|playing|play|portrayed|portrays|portraying)\s+(?:[A-Z][\w'\u2019.\-]*\s+){1,3}in\s+"
                                    r"(?:the\s+)?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9\u201c\"])")


def _cast_slot_starts(doc: Doc) -> Iterator[int]:
    """Where a title may follow a casting phrase: "stars in X", "was cast in X", "a lead role in
    X", and "opposite P in X" or "joins P in X" with P a person the NER found."""
    text = document_text(doc)
    phrases = _longest_first("cast_title_phrases")
    for match in _alternation(r"\b(?:", phrases, r")\s+(?:the\s+)?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9\u201c\"])").finditer(text):
        yield match.end()
    # "who played Ruth in Glasshouse": the character between the verb and "in" (one to three
    # capitalised words) is no place; what follows "in" is the work the part is in. Every match
    # holds "play" or "portray": without them the search is skipped.
    if "play" in text or "portray" in text:
        for match in PLAYED_CHARACTER_IN_RE.finditer(text):
            yield match.end()
    partner_words = ("opposite", "joins", "joined", "join", "joining", "alongside")
    for person in doc_ents(doc):
        if person.label_ != "PERSON" or person.start == 0:
            continue
        # "reunites Dana Vale with Tom Hale in Glasshouse": the pair a work reunites is cast
        # together in it, so "with" a person after "reunite" opens the cast slot too.
        if doc[person.start - 1].lower_ not in partner_words and not (
                doc[person.start - 1].lower_ == "with"
                and any(t.lemma_ == "reunite" for t in doc[person.sent.start:person.start - 1])):
            continue
        after = re.match(r"\s+in\s+(?:the\s+)?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9\u201c\"])", text[person.end_char:person.end_char + 12])
        if after:
            yield person.end_char + after.end()


def _known_place_run(doc: Doc, start: int, end: int, places: frozenset[str] | set[str]) -> bool:
    """Whether a run is a known place ("Paris") or opens with one's possessive ("London's West
    End"). A title that only opens with a city ("Tokyo Vice") is kept."""
    text = document_text(doc)
    return any(e.label_ in ("GPE", "LOC") and e.text in places and e.start_char == start
               and (e.end_char >= end - 1 or text[e.end_char:e.end_char + 2] in ("'s", "\u2019s"))
               for e in _ents_over(doc, start, end))


def cast_slot_titles(doc: Doc) -> Iterator[Mention]:
    """The object of "in" after a casting word is the work the cast plays in: "Dana Vale stars in
    Glasshouse", "Tom Hale has been cast in Salt Road", "roles in A and B", "opposite Dana Vale
    in Glasshouse". People also appear, star and are cast *in* places and events, so a run the
    NER calls a known place or an event is left alone ("starred in London's West End"); its
    place guess for an unknown word ("Glasshouse") is no better than its other guesses. So is
    its facility guess ("will star in Night Train"), unless a venue word ends the run ("starred
    in the Rose Theatre")."""
    text = document_text(doc)
    places = place_names()
    venues = words("venue_name_heads") | words("facility_nouns") | {"Broadway", "Off-Broadway"}
    for pos in _cast_slot_starts(doc):
        for start, end in _list_items(text, pos, _sentence_end(text, pos)):
            if any(e.label_ == "EVENT" or e.text.split()[-1].strip(".,;:") in venues for e in _ents_over(doc, start, end)) \
                    or text[start:end].split()[-1].strip(".,;:") in venues or text[start:end].rstrip(".,;:").endswith("West End") \
                    or _known_place_run(doc, start, end, places):
                continue
            m = _mention(doc, start, _stop_at_company(doc, start, end), "CreativeWork")
            if m:
                yield m


# (and a passive credit opening the sentence the same way: "Directed by Dana Vale, Glasshouse ...")
STARRING_OPENER_RE = re.compile(r"(?:Also\s+|Co-)?(?:[Ss]tarring|Featuring)\s|(?:Co-)?(?:Directed|Written|Produced|Created|Helmed|"
                                r"Penned|Executive[ -]produced|Written and directed)\s+by\s")


def starring_opener_titles(doc: Doc) -> Iterator[Mention]:
    """ "Starring Dana Vale and Tom Hale, Glasshouse follows two sisters": a sentence opened by a
    starring phrase names its cast first and the work as the subject after the comma that ends
    the list. The run must follow the last person of the list and be followed by a lower-case
    word (the verb), so "Starring Dana Vale, the film ..." names no title."""
    text = document_text(doc)
    for sent in doc_sents(doc):
        if not STARRING_OPENER_RE.match(text, sent.start_char):
            continue
        # The NER may call the title a person too: the title is the first run after a person
        # and a comma that a verb follows, once the list is closed by its "and" (or had one name).
        people = [e for e in doc_ents(doc) if e.label_ == "PERSON" and sent.start_char <= e.start_char < sent.end_char]
        for person in people:
            after = re.compile(r",\s+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])").match(text, person.end_char)
            if not after:
                continue
            run = TITLE_RUN_RE.match(text, after.end(), sent.end_char)
            listed = text[sent.start_char:after.start()]
            if not run or not re.match(r"\s+(?!and\b|as\b|or\b)[a-z]", text[run.end():run.end() + 6]) \
                    or not (" and " in listed or "," not in listed):
                continue
            m = _mention(doc, run.start(), run.end(), "CreativeWork")
            if m and not opens_with_given_name(m.text):
                yield m
            break


def credit_object_titles(doc: Doc) -> Iterator[Mention]:
    """The object of a verb of making a work is the work: "Dana Vale directed Glasshouse", "wrote
    and directed Salt Road", "penned the screenplay for Tin Roof" (the lexicon's credit_object_verbs).
    One also directs actors and founds companies, so a run that opens with a frequent given name
    ("directed Tom Hale in ...") or ends in a company word is left alone."""
    yield from _object_titles(doc, "credit_object_verbs", "CreativeWork")
    # A show is created or run; a film is written and directed: what a person created is a series.
    yield from _object_titles(doc, "series_credit_object_verbs", "Series")


def ordered_object_titles(doc: Doc) -> Iterator[Mention]:
    """The object of a verb of commissioning or keeping a show is the work: "Apple TV+ has renewed
    Salt Road", "the BBC has commissioned Ironbridge", "Harbour Films has boarded Glasshouse".
    Only series are renewed or cancelled (series_verbs), so those objects are series."""
    yield from _object_titles(doc, "series_verbs", "Series", territory=True)
    yield from _object_titles(doc, "work_object_verbs", "CreativeWork", territory=True)


PAIR_BEFORE_NOUN_RE = re.compile(r"(?P<first>[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00ff]+)[^\S\n]+and[^\S\n]+(?P<second>[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00ff]+)[^\S\n]+(?P<noun>"
                                 + alternation(sorted(words("title_slot_nouns"), key=len, reverse=True)) + r")\b(?!-)")


def _object_titles(doc: Doc, verb_list: str, cls: str, *, territory: bool = False) -> Iterator[Mention]:
    """The title runs after any verb of the lexicon list `verb_list`, a verb in the parse, up to
    a partner or a banner; `territory` (verbs of releasing or ordering): up to "in <territory>"."""
    text = document_text(doc)
    verbs = _longest_first(verb_list)
    firsts = given_names()
    for match in _alternation(r"\b(?:", verbs, r")\s+(?:the\s+)?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9\u201c\"])").finditer(text):
        # The verb may be the phrase's first or last word: the tagger may read "executive" (of
        # "executive produced") as an adjective, and "penned the screenplay for" ends in "for".
        phrase = re.sub(r"\s+(?:the\s+)?$", "", match.group(0))
        verb = doc.char_span(match.start(), match.start() + len(phrase), alignment_mode="expand")
        # "has greenlit X": the tagger takes a participle it does not know for an adjective; after
        # an auxiliary it is the verb still.
        after_aux = verb is not None and verb.start > 0 and doc[verb.start - 1].lower_ in ("has", "have", "had", "was", "were", "is", "been")
        if verb is None or not ({verb[0].pos_, verb[-1].pos_} & {"VERB", "AUX", "NOUN", "DET"} or after_aux):
            continue  # "Director Ana Ruiz": a capitalised role word is no verb (the match is case-sensitive)
        # "is producing the Salt and Ember series": two words joined by "and" before one singular
        # work noun name that one work (two works would take the plural noun).
        pair = PAIR_BEFORE_NOUN_RE.match(text, match.end())
        if pair and pair.group("first").lower() not in firsts and pair.group("second").lower() not in firsts \
                and not any(CLASS_KIND.get(e.label_) or e.label_ in ("GPE", "NORP", "DATE") for e in _ents_over(doc, match.end(), pair.end("second"))):
            m = _mention(doc, match.end(), pair.end("second"), _noun_class(pair.group("noun")))
            if m:
                yield m
                continue
        for start, end in _list_items(text, match.end(), _sentence_end(text, match.end())):
            end = _stop_at_company(doc, start, end)
            # "executive produces Glasshouse with Tom Hale", "produced X for Harbour Films": the
            # partner or the banner after a preposition is no part of the title.
            joined = re.search(r"\s+(?:with|for|from|at|by|alongside|through)\s+", text[start:end])
            if joined:
                end = start + joined.start()
            cut = in_territory_tail_start(text[start:end].rstrip(".,:;")) if territory else None
            if cut is not None:
                end = start + cut
            name = text[start:end].split()
            if not name or name[0].lower() in firsts or name[-1].rstrip(".,") in words("org_suffixes"):
                break
            m = _mention(doc, start, end, cls)
            if m and not opens_with_given_name(m.text):
                yield m


# A company's possessive stands where the article does: "Glasshouse, Peacock's upcoming drama,".
OWNER_DETERMINER = r"[A-Z][\w+&.\-]*(?:\s+[A-Z][\w+&.\-]*){0,2}(?:'s|\u2019s|'|\u2019)"
# "Glasshouse, the Sky drama from Harbour Films": an apposition that classifies the name before it.
# The noun must head the apposition: "Jane Roe, the writer of the series X" and "Jane Roe, the
# drama veteran" describe a person.
# probeB: any preposition ends the apposition's head phrase ("X, the production company behind
# the film": "film" is the object of "behind", X no film), as "of"/"for" already did.
APPOSITION_RE = re.compile(r"(?:,\s+|[^\S\n]*[\u2014\u2013][^\S\n]*|[^\S\n]+-[^\S\n]+)(?:the|a|an|its|their|" + OWNER_DETERMINER + r")\s+(?:(?!(?:of|for|from|with|about|in|at|on|by|and|behind|under|via|between)\b)[\w\-\u2019']+\s+){0,4}?(?P<noun>"
                   + alternation(sorted(words("title_slot_nouns"), key=len, reverse=True))
                   + r")(?=\s*[,.;:)]|\s+(?:from|by|for|that|which|based|set|produced|starring|written|directed|"
                   r"created|airing|streaming|premiering|with|on|about|inspired|adapted|following|of)\b)")


def _joined_title_start(doc: Doc, start: int) -> int:
    """Where a title that the apposition after it classifies really starts: one work noun in the
    singular ("Salt and Iron, a limited series") says the "and" before the run joins the words
    of one title, not two titles. The words before the "and" must be a capitalised run that is
    no person or company name ("Netflix and Tidewater, the drama": two names)."""
    text = document_text(doc)
    joined = re.search(r"\s+(?:and|&)\s+$", text[max(0, start - 6):start])
    if not joined:
        return start
    and_at = start - len(joined.group(0))
    earlier = _run_before(text, and_at)
    if earlier is not None:
        earlier = after_owner(doc, earlier, and_at)  # "Peacock's Salt and Iron": the owner is no part
    if earlier is None or any((e.label_ in ("PERSON", "ORG", "GPE", "NORP") or CLASS_KIND.get(e.label_)) and e.end_char <= and_at
                              for e in _ents_over(doc, earlier, and_at)):
        return start
    return earlier


DERIVED_OF_NOUNS = {"adaptation", "remake", "reboot", "reimagining", "retelling", "sequel", "prequel", "spinoff", "spin-off"}


def apposition_titles(doc: Doc) -> Iterator[Mention]:
    """The name before an apposition whose noun phrase is headed by a work noun: "Glasshouse,
    the Sky drama from Harbour Films" (the copula's form is copula_work_titles)."""
    text = document_text(doc)
    for match in APPOSITION_RE.finditer(text):
        start = _run_before(text, match.start())
        if start is None:
            continue
        span = doc.char_span(start, match.start(), alignment_mode="expand")
        # A lone capitalised word that opens the sentence is a title only when it can be a name:
        # "Glasshouse is a thriller" (the small model may tag an unknown word NOUN), but not "It
        # is a comedy", "Meanwhile, the drama".
        if span is None or (span[0].is_sent_start and len(span) == 1 and not span[0].ent_type_
                            and (span[0].is_stop or span[0].pos_ not in ("PROPN", "NUM", "NOUN"))):
            continue
        # "X, the adaptation of Ana Ruiz's novel,": a derived work's noun takes its source after
        # "of"; any other ("X, the drama of the year") is no apposition of a title.
        if text.startswith(" of", match.end()) and match.group("noun").lower() not in DERIVED_OF_NOUNS:
            continue
        start = _joined_title_start(doc, start)
        # "X, a comic-book series created by A": the print or game medium before the noun says
        # the work is no screen series.
        print_medium = PRINT_MEDIUM_RE.search(text, match.start(), match.end("noun"))  # (its lookahead reads the noun)
        cls = "CreativeWork" if print_medium and print_medium.start() < match.start("noun") else _noun_class(match.group("noun"))
        m = _mention(doc, start, match.start(), cls)
        if m:
            yield m


# (The medium's own compound, not an adjective: "a comic drama series", "a game-changing series",
# "a book-club comedy" are screen series.)
PRINT_MEDIUM_RE = re.compile(r"(?<![\w-])(?:comic[- ]book|comics|graphic[- ]novel|book|novel|manga|webtoon|video[- ]game|board[- ]game|podcast|radio"
                             r"|comic(?=[\s-]+(?:series|strip|book))|(?:mobile\s+)?game(?=\s+series))(?![\w-])", re.I)


# "Since its 2019 debut, X has ...", "After its 2015 premiere, X ...": the opening phrase dates
# the first showing of the subject after its comma (attributes' year-apposition rule reads the year).
DATED_DEBUT_OPENER_RE = skipping(r"(?:^|(?<=[.!?][^\S\n])|(?<=\n))(?:Since|After|Following|Before|Ahead\s+of)[^\S\n]+(?:its|their)[^\S\n]+"
                                   r"(?:1[89]\d\d|20\d\d)[^\S\n]+(?:world[^\S\n]+)?(?:debut|premiere|release|launch|bow|opening),[^\S\n]+[\u201c\"]?")


def dated_debut_subject_titles(doc: Doc) -> Iterator[Mention]:
    """"Since its 2019 debut, Copperhead has drawn ...": the subject whose first showing an
    opening phrase dates is a work (a person debuts, but "its" debut is a thing's)."""
    text = document_text(doc)
    if not may_hold(text, ("debut", "premiere", "release", "launch", "bow", "opening")):
        return
    for match in DATED_DEBUT_OPENER_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, match.end())
        if run is None or _has_company_word(run.group(0)):
            continue
        m = _mention(doc, run.start(), run.end(), "CreativeWork")
        if m:
            yield m


# "Copperhead had its world premiere at Venice", "Copperhead will make its world debut in
# Toronto": what has "its" premiere is a thing, and only a work premieres. A debut or a bow
# needs a first showing's word before it ("its world debut"): a company, a channel or a band
# makes "its debut" or "its UK debut" too. (A premiere in one market may follow the first.)
OWN_SHOWING_SUBJECT_RE = re.compile(
    r"[\u201d\"]?[^\S\n]+(?:(?:will|to|has|had|is[^\S\n]+set[^\S\n]+to)[^\S\n]+)?(?:had|made|have|make|makes|has|got|gets|get)[^\S\n]+its[^\S\n]+"
    r"(?:(?:(?:world|global|festival|theatrical|official|first|big-screen)[^\S\n]+)?premiere"
    r"|(?:world|global|festival|theatrical)[^\S\n]+(?:debut|bow))\b")


def own_showing_subject_titles(doc: Doc) -> Iterator[Mention]:
    """ "Copperhead had its world premiere at the 2019 Berlin Film Festival": the subject that
    has or makes "its" premiere is a work (OWN_SHOWING_SUBJECT_RE), whatever the NER said; a
    company the article knows or one with a company word is left alone."""
    text = document_text(doc)
    if not may_hold(text, ("premiere", "debut", "bow")):
        return
    for verb in OWN_SHOWING_SUBJECT_RE.finditer(text):
        start = _run_before(text, verb.start())
        if start is None:
            continue
        # "Lumen's Copperhead had its premiere": the owner is no part of the title.
        start = _unowned_start(text, start, verb.start())
        run = text[start:verb.start()]
        if not run or _company_run(text, start, verb.start()) or run in words("subject_pronouns"):
            continue
        m = _mention(doc, start, verb.start(), "CreativeWork")
        if m:
            yield m


# "Copperhead premiered at Sundance", "Copperhead screened in competition at the 2019 Venice
# Film Festival": what premieres or screens at a festival is a work (a person "debuts" or "bows"
# there too, so only these two verbs). The festival must be one the gazetteer knows.
SHOWN_AT_FESTIVAL_RE = re.compile(r"[\u201d\"]?[^\S\n]+(?:(?:first|also|previously|originally|then)[^\S\n]+)?(?:world-premiered|premiered|screened)[^\S\n]+"
                                  r"(?:(?:in|out[^\S\n]+of)[^\S\n]+(?:competition|competish)[^\S\n]+)?(?:at|in)[^\S\n]+(?:the[^\S\n]+)?(?:(?:19|20)\d\d[^\S\n]+)?")


def festival_showing_subject_titles(doc: Doc) -> Iterator[Mention]:
    """ "Copperhead premiered at Sundance in 2019": the subject right before a festival showing's
    verb is a work, whatever the NER said; a company, a pronoun or a name that opens with a given
    name is left alone."""
    text = document_text(doc)
    if not may_hold(text, ("premiered", "screened")):
        return
    festivals = {e.start_char for e in doc_ents(doc) if e.label_ == "Event" and "Festival" in (e.ent_id_ or e.text)}
    for verb in SHOWN_AT_FESTIVAL_RE.finditer(text):
        if verb.end() not in festivals:
            continue
        start = _run_before(text, verb.start())
        if start is None:
            continue
        start = _unowned_start(text, start, verb.start())
        run = text[start:verb.start()].rstrip("\u201d\"")
        # (Not _company_run's comma: "After that, X premiered at Cannes" opens on an adverbial; the
        # end of a list of companies still ends in "and" or "&".)
        if not run or _has_company_word(run) or re.search(r"(?:\b(?:from|by|with|and)|&)\s*$", text[max(0, start - 8):start]) \
                or run in words("subject_pronouns") or opens_with_given_name(run):
            continue
        m = _mention(doc, start, start + len(run), "CreativeWork")
        if m:
            yield m


# "Dana Vale joins the Copperhead cast", "rounds out the Copperhead ensemble": a name between
# "the" and the cast that someone joins is the work the cast plays in.
JOINS_CAST_RE = re.compile(r"\b(?:join(?:s|ed|ing)?|round(?:s|ed|ing)?[^\S\n]+out|complet(?:es|ed|ing|e))[^\S\n]+the[^\S\n]+[\u201c\"]?"
                           r"(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")
CAST_NOUN_AFTER_RE = re.compile(r"[\u201d\"]?[^\S\n]+(?:cast|ensemble)\b")


def joined_cast_titles(doc: Doc) -> Iterator[Mention]:
    """ "Dana Vale joins the Copperhead cast that includes A and B": the run between "the" and
    "cast" is a work, whatever the NER said; a company ("the Netflix cast") or a name opening with
    a given name is left alone."""
    text = document_text(doc)
    if not may_hold(text, ("cast", "ensemble")):
        return
    for match in JOINS_CAST_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, match.end())
        if run is None or not CAST_NOUN_AFTER_RE.match(text, run.end()):
            continue
        name = run.group(0)
        # ("the Broadway cast", "the West End cast": a stage's, no title.)
        if _has_company_word(name) or opens_with_given_name(name) or name in words("stage_work_words") or any(
                CLASS_KIND.get(e.label_) in ("org", "place") and e.start_char < run.end() and e.end_char > run.start() for e in doc_ents(doc)):
            continue
        m = _mention(doc, run.start(), run.end(), "CreativeWork")
        if m:
            yield m


# "Copperhead, from Universal Television, follows a family": an aside naming the makers between
# a sentence-opening name and a logline verb.
MAKER_ASIDE_RE = re.compile(r",[^\S\n]+(?:from|by)[^\S\n]+[^,.;\n]{2,60},[^\S\n]+(?:follows|chronicles|tells|centers|centres|revolves|explores|is\s+set|stars)\b")


def maker_aside_subject_titles(doc: Doc) -> Iterator[Mention]:
    """"Copperhead, from Universal Television, follows a family": a name that opens the sentence,
    set off by an aside from its makers, is the subject of a verb only a story takes (what
    follows someone or is set somewhere), so it is a work. A full name with a given name is a
    person's ("Dana Vale, from Netflix, stars ...")."""
    text = document_text(doc)
    if not may_hold(text, ("from", "by")):
        return
    for match in MAKER_ASIDE_RE.finditer(text):
        start = _run_before(text, match.start())
        if start is None or not re.search(r"(?:^|[.!?][\u201d\"]?[^\S\n]+|\n)[\u201c\"]?$", text[max(0, start - 4):start]):
            continue  # only a name that opens its sentence is the subject the aside sits on
        name = text[start:match.start()].rstrip("\u201d\"")
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is None or opens_with_given_name(name) or _has_company_word(name) or all(t.pos_ in ("ADV", "SCONJ", "CCONJ") for t in span):
            continue  # "Meanwhile, from ...": an opening adverb names nothing
        m = _mention(doc, start, start + len(name), "CreativeWork")
        if m:
            yield m


# ", a 2019 Sundance hit", ", the 2012 box-office smash", ", a 2019 release,": a dated hit or work
# noun in apposition.
DATED_APPOSITION_RE = re.compile(r"[\u201d\"]?,[^\S\n]+(?:the|a|an)[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:1[89]\d\d|20\d\d)[^\S\n]+(?:[A-Z][\w'\u2019.-]*[^\S\n]+){0,2}"
                          r"(?:[a-z-]+[^\S\n]+)?(?:hit|smash|blockbuster|sensation|sleeper|breakout|darling|favorite|favourite|winner"
                          # ", a 2019 release,", ", the 2004 film,": a dated work noun that ends the apposition
                          # (not "a 2019 film graduate").
                          r"|(?:release|film|movie|feature|documentary|series|miniseries)(?=[^\S\n]*[,.;)]))\b")


def dated_hit_titles(doc: Doc) -> Iterator[Mention]:
    """"Copperhead, a 2019 Sundance hit, follows ...": what a year dates as a hit, a smash, a
    prize winner or a release in apposition is a work. A name that opens with a given name is a person ("Dana
    Vale, the 2019 Oscar winner")."""
    text = document_text(doc)
    if not may_hold(text, ("hit", "smash", "blockbuster", "sensation", "sleeper", "breakout", "darling", "favorite", "favourite", "winner",
                           "release", "film", "movie", "feature", "documentary", "series")):
        return
    for match in DATED_APPOSITION_RE.finditer(text):
        start = _run_before(text, match.start())
        if start is None or opens_with_given_name(text[start:match.start()]):
            continue
        m = _mention(doc, start, match.start(), "CreativeWork")
        if m:
            yield m


FAME_SLOT_RE = skipping(r"\bof\s+[\u201c\"]?(?P<run>" + TITLE_RUN_RE.pattern + r")[\u201d\"]?\s+fame\b")


def fame_slot_titles(doc: Doc) -> Iterator[Mention]:
    """ "Alan Roe, of Harbour Lights fame": the idiom "of X fame" names the work that made a
    person known."""
    for match in FAME_SLOT_RE.finditer(document_text(doc)):
        m = _mention(doc, match.start("run"), match.end("run"), "CreativeWork")
        if m:
            yield m


YEAR_RE = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")


def _dated_release(verb) -> bool:
    """The verb takes no object and a prepositional phrase after it holds a year: "aired in 2010",
    "was released in 2017", "premiered on BBC One in 2015"."""
    # "premiered her film in 2015", "was released from her contract in 2017"; a run of years
    # ("aired from 2015 to 2019") is a date like "in 2015".
    if any(c.dep_ in ("dobj", "obj", "attr") or (c.dep_ == "prep" and c.lower_ == "from" and not YEAR_RE.match(c.nbor().text if c.i + 1 < len(c.doc) else ""))
           for c in verb.children):
        return False
    return any(c.dep_ == "prep" and YEAR_RE.search("".join(t.text_with_ws for t in c.subtree)) for c in verb.children)


# A studio puts a work on the calendar: "has dated X for May 3", "moved X from March 3 to May 5",
# "is pushing back the release of X to 2026", "has set X for release on Aug. 16, 2024". What a
# verb of scheduling moves to a date is a work; the date must follow the run at once, so "moved
# Dana Vale to New York" or "set Dana Vale for the role" reads nothing.
SCHEDULE_OBJECT_RE = skipping(
    r"\b(?:moved|moving|moves|shifted|shifting|shifts|pushed|pushing|pushes|dated|dates|dating|set|sets|setting|slated|slates|"
    r"bumped|bumping|delayed|delaying|rescheduled|rescheduling|postponed|postponing)[^\S\n]+(?:(?:back|up|forward)[^\S\n]+)?"
    r"(?:the[^\S\n]+(?:theatrical[^\S\n]+|wide[^\S\n]+)?release[^\S\n]+(?:date[^\S\n]+)?of[^\S\n]+)?"
    r"(?:(?:its|their|the)[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){0,3}?)?[\u201c\"]?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")
SCHEDULE_DATE_AFTER_RE = re.compile(
    r"[\u201d\"]?,?[^\S\n]+(?:(?:for|from|to|until|on|into)[^\S\n]+(?:(?:a|an|its)[^\S\n]+)?(?:(?:wide|theatrical|limited|global|"
    r"worldwide|nationwide)[^\S\n]+)?(?:release[^\S\n]+(?:on[^\S\n]+)?)?)"
    rf"(?:{MONTHS}\.?[^\S\n]+\d|(?:19|20)\d\d\b)")


def schedule_object_titles(doc: Doc) -> Iterator[Mention]:
    """ "Lumen Films has dated The Quiet Year for Aug. 16, 2024", "Disney moved Iron Tide from
    March 3 to May 5": the run a verb of scheduling puts on a date is a work's title, whatever
    the NER said (it often calls an unknown title a person or a company)."""
    text = document_text(doc)
    for verb in SCHEDULE_OBJECT_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, verb.end())
        if run is None or not SCHEDULE_DATE_AFTER_RE.match(text, run.end()):
            continue
        start, end = run.start(), run.end()
        if opens_with_given_name(run.group(0)) or _company_run(text, start, end):
            continue
        m = _mention(doc, start, end, "CreativeWork")
        if m:
            yield m


# A work that opens, premieres or moves on a date: "Iron Tide will open June 9", "Iron Tide
# premieres Sunday, Oct. 4", "Iron Tide has moved from March 3 to May 5". A month with its day
# right after such a verb dates a release, and only a work has one; a person "returns" or
# "opens" too, so a run that opens with a given name is left to the NER.
SCHEDULE_SUBJECT_RE = re.compile(
    r"[\u201d\"]?[^\S\n]+(?:will[^\S\n]+(?:now[^\S\n]+|finally[^\S\n]+|instead[^\S\n]+)?(?:open|debut|premiere|bow|arrive|return|release|hit[^\S\n]+theaters)"
    r"|opens|debuts|premieres|bows|returns|arrives|(?:has[^\S\n]+)?(?:moved|shifted)(?:[^\S\n]+(?:up|back))?|is[^\S\n]+moving|jumping|jumps)"
    r"[^\S\n]+(?:on[^\S\n]+|from[^\S\n]+|to[^\S\n]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[^\S\n]+)?" + rf"{MONTHS}\.?[^\S\n]+\d")
# A month and its day: the search skips in C to the capital letters that open a month's name.
MONTH_DAY_RE = re.compile(rf"{MONTHS}\.?[^\S\n]+\d")


def _unowned_start(text: str, start: int, end: int) -> int:
    """Where a subject's title run starts once an owner's possessive and an opening quote are cut
    off ("Disney's “Iron Tide” will open": the title is Iron Tide)."""
    owner = re.search(r".*(?:'s|\u2019s|s'|s\u2019)[^\S\n]+", text[start:end])
    start = start + owner.end() if owner else start
    return end - len(text[start:end].lstrip("\u201c\""))


def schedule_subject_titles(doc: Doc) -> Iterator[Mention]:
    """ "Iron Tide will open June 9", "Iron Tide returns on March 4": the run before a release
    verb dated by a month and day is a work's title (SCHEDULE_SUBJECT_RE)."""
    text = document_text(doc)
    if not MONTH_DAY_RE.search(text):  # every match ends in a month and its day
        return
    for verb in SCHEDULE_SUBJECT_RE.finditer(text):
        start = _run_before(text, verb.start())
        if start is None:
            continue
        # "Disney's Iron Tide will open": the owner is no part of the title; "Iron Tide Season 2
        # premieres": nor is the season.
        end = verb.start()
        season = re.search(r"[^\S\n]+(?:Season|Series|Part)[^\S\n]+\d+$", text[start:end])
        end = start + season.start() if season else end
        start = _unowned_start(text, start, end)
        run = text[start:end]
        if not run or opens_with_given_name(run) or _company_run(text, start, end) or run in words("subject_pronouns"):
            continue
        m = _mention(doc, start, end, "CreativeWork")
        if m:
            yield m


PERIODICAL_RE = re.compile(r"\b(?:Gazette|Times|Magazine|Journal|Weekly|Daily|News|Post|Review|Reporter|Herald|Tribune|Quarterly|Monthly)$")


def release_clause_titles(doc: Doc) -> Iterator[Mention]:
    """ "Harbour Lights first aired in 2010", "Harbour Lights, which premiered in 2015,", "The Long
    Night, released in 1999,", "The Glass Orchard was published by Penguin in 1988": a name that
    is the subject of an intransitive release verb dated by a year is a work's title, whatever the
    NER said (it often calls a title a person). A person
    premieres or releases something (an object), and is never "aired" or "released in" a year."""
    verbs = lower_words("release_verbs")
    for verb in tokens_with(doc, lower=verbs, pos=("VERB", "AUX")):
        if verb.lower_ not in verbs or verb.pos_ not in ("VERB", "AUX") or not _dated_release(verb):
            continue
        if verb.dep_ in ("relcl", "acl"):
            if any(c.lower_ in ("who", "whom") for c in verb.children):
                continue  # "Dana Holt, who premiered in 2012 as a stand-up": a person
            subject = verb.head  # "X, which premiered in 2015", "X, released in 1999"
        else:
            # "X, released in 1999, was directed by": a participle clause of the main verb.
            owner = verb.head if verb.dep_ == "advcl" and verb.tag_ == "VBN" else verb
            subjects = [c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                continue
            subject = subjects[0]
            # "A starred in X, released in 2019": a participle after the main verb's object is
            # said of the object, not of the subject; only one set off right after the subject
            # ("X, released in 1999, was directed by") dates it.
            if owner is not verb and any(t.pos_ in ("VERB", "AUX") for t in doc[subject.i + 1:verb.i]):
                continue
        run = _run_ending_on(doc, subject) if subject.pos_ == "PROPN" and subject.i < verb.i else None
        if run is None:
            continue
        # (An author "was first published in 1998" too: a name opening with a given name, or a
        # surname alone, is hers; a periodical is published too: "The Harbor Gazette".)
        name = document_text(doc)[run[0]:run[1]]
        if verb.lower_ == "published" and (opens_with_given_name(name) or " " not in name or PERIODICAL_RE.search(name)):
            continue
        m = _mention(doc, run[0], run[1], "CreativeWork")
        if m:
            yield m


# What only a film does: a box-office verb with a sum of money ("grossed $40 million", "opened to
# $12 million", "earned $9 million in its opening weekend"). A person may "earn $2 million" for a
# role, so a verb other than "gross" needs a box-office word in its sentence too.
BOX_OFFICE_VERBS = frozenset({"gross", "earn", "open", "debut", "bow", "take", "collect", "rake", "haul"})
BOX_OFFICE_WORDS_RE = re.compile(r"\b(?:box[ -]office|weekend|domestic(?:ally)?|worldwide|globally|theaters|theatres|cinemas|screens|admissions)\b", re.I)
MONEY_RE = re.compile(r"[$\u00a3\u20ac\u00a5]\s?\d|\b\d[\d.,]*\s+(?:million|billion)\b")
# What only a series does: it "ran for three seasons", "is renewed for a fourth season", "was
# canceled after two seasons".
SEASON_RE = re.compile(r"\bseasons?\b", re.I)
# "X opened in theaters", "hit cinemas", "was released theatrically": only a film plays in
# cinemas; the noun must follow the verb (with "in"/"into" and a market word at most), so "AMC
# opened new cinemas" or a cinema chain's own name is no such release.
THEATRICAL_VERBS = frozenset({"open", "hit", "arrive", "debut", "bow", "land", "release", "play", "roll"})
THEATRICAL_RE = re.compile(r"(?:out\s+)?(?:(?:in|into|to|at)\s+)?(?:(?:U\.S\.|US|UK|North\s+American|domestic|local)\s+)?(?:theaters|theatres|cinemas|movie\s+theaters|multiplexes)\b|theatrically\b")
# A verb of making, ordering or releasing a work, read in a relative clause whose "which"/"that"
# is its object: "X, which Focus Features released in 2019", "X, which she directed". Verbs
# whose object may be a company (acquire, buy, launch, run) are not among them.
RELATIVE_WORK_VERBS = frozenset({"release", "direct", "write", "pen", "co-write", "co-direct", "helm", "produce", "executive-produce",
                                 "commission", "order", "greenlight", "stream", "distribute", "adapt", "option", "shoot", "film"})
RELATIVE_SERIES_VERBS = frozenset({"renew", "cancel"})
SEASON_VERBS = frozenset({"run", "renew", "cancel", "end"})
# Every verb performance_titles reads a subject of.
_PERFORMING_VERBS = BOX_OFFICE_VERBS | SEASON_VERBS | THEATRICAL_VERBS


def _run_ending_on(doc: Doc, token) -> tuple[int, int] | None:
    """The capitalised run that ends on `token`, as character offsets, the owner's possessive
    cut ("Netflix's Harbour Lights, which premiered": the owner is no part of the title)."""
    text = document_text(doc)
    end = token.idx + len(token.text)
    start = _run_before(text, end)
    if start is None:
        return None
    owner = re.search(r".*(?:'s|\u2019s|s'|s\u2019)\s+", text[start:end])
    return (start + owner.end() if owner else start), end


def _subject_run(doc: Doc, verb) -> tuple[int, int] | None:
    """The capitalised run that ends on the verb's proper-noun subject (_run_ending_on)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("which", "that")]
    if verb.dep_ in ("relcl", "acl") and not subjects:
        subjects = [verb.head]  # "X, which grossed $40 million", "X, renewed for a second season"
    subject = subjects[0] if subjects else None
    if subject is None or subject.pos_ != "PROPN" or subject.i >= verb.i:
        return None
    return _run_ending_on(doc, subject)


def _performing_name(doc: Doc, run: tuple[int, int] | None) -> bool:
    """Whether a run read from what it does may be a title: not a name that opens with a given
    name (left to the NER), and not a run with a genre noun in it ("The Period Drama was renewed",
    a headline's "Musical Drama X Renewed for Season 2": it holds the description, and where the
    title starts is unsure)."""
    name = document_text(doc)[run[0]:run[1]] if run else ""
    # ("Executive produced by A, the title grossed ...": the credit's capitalised first word.)
    return bool(name) and not opens_with_given_name(name) and not {w.lower() for w in name.split()} & lower_words("title_slot_nouns") \
        and name.lower() not in ("executive", "co-executive", "exec")


def performance_titles(doc: Doc) -> Iterator[Mention]:
    """ "X grossed $40 million", "X opened to $12 million at the box office", "X hit theaters": a
    film; "X ran for three seasons", "X was renewed for a fourth season", "four seasons of X": a
    series; "X, which Focus Features released": a work. What the name does says it is a work,
    whatever the NER said (it often calls an unknown title a person); a name that opens with a
    given name is left to the NER ("Jane Roe earned $2 million")."""
    table = token_table(doc)
    for sent in doc_sents(doc):
        said = sentence_text(sent)
        # Only a verb of earning, running or opening can say what its subject is: the others are
        # passed over on the table's strings, without making their Tokens.
        for i in range(sent.start, sent.end):
            if table.pos[i] not in ("VERB", "AUX") or table.lemma[i] not in _PERFORMING_VERBS:
                continue
            verb = doc[i]
            cls = ""
            tail = "".join(t.text_with_ws for t in verb.subtree if t.i > verb.i)
            if verb.lemma_ in BOX_OFFICE_VERBS and MONEY_RE.search(tail) and (verb.lemma_ == "gross" or BOX_OFFICE_WORDS_RE.search(said)):
                cls = "Film"
            elif verb.lemma_ in SEASON_VERBS and SEASON_RE.search(tail):
                cls = "Series"
            elif verb.lemma_ in THEATRICAL_VERBS and THEATRICAL_RE.match(document_text(doc), verb.idx + len(verb.text) + len(verb.whitespace_)):
                cls = "Film"
            run = _subject_run(doc, verb) if cls else None
            if not _performing_name(doc, run):
                continue
            m = _mention(doc, run[0], run[1], cls)
            if m:
                yield m
        # "X, which Focus Features released in 2019", "X, which HBO renewed": the noun a relative
        # clause hangs on is the object of its verb of making or ordering, so a work.
        for i in range(sent.start, sent.end):
            if table.dep[i] != "relcl" or table.lemma[i] not in RELATIVE_WORK_VERBS | RELATIVE_SERIES_VERBS:
                continue
            verb = doc[i]
            if not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children) \
                    or verb.head.pos_ != "PROPN" or verb.head.i >= verb.i:
                continue
            run = _run_ending_on(doc, verb.head)
            # "Her 2014 Salt Road, which ...": an owner and a year opening the sentence date the title.
            dated = OWNER_YEAR_RE.match(document_text(doc), run[0]) if run else None
            run = (dated.end(), run[1]) if dated else run
            if not _performing_name(doc, run):
                continue
            m = _mention(doc, run[0], run[1], "Series" if verb.lemma_ in RELATIVE_SERIES_VERBS else "CreativeWork")
            if m:
                yield m
        # "starred in all four seasons of X": a count of seasons belongs to a series.
        for match in re.finditer(r"\bseasons\s+of\s+(?:the\s+)?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])", said):
            run = TITLE_RUN_RE.match(said, match.end())
            if run:
                start = sent.start_char + run.start()
                m = _mention(doc, start, _stop_at_company(doc, start, sent.start_char + run.end()), "Series")
                if m:
                    yield m


# What may stand between a year's possessive and the title it dates: up to three lower-case
# modifiers ("1986's still-bizarre X", "1971's romantic coming-of-age melodrama X"), never a
# preposition or a conjunction ("2019's deal with Netflix" owns no title), and a maker's name
# hyphened to a credit ("1990's Ana Ruiz-directed X"). Not a ranking's superlative: "2023's
# most-watched series X" ranks a year's shows, it does not date X.
YEAR_OWNER_MODIFIERS = (r"(?:(?!(?:most|best|top|biggest|highest|largest|worst|of|to|for|by|with|from|in|on|at|and|or|as|than|that|is|was)\b|[a-z]+est\b)[a-z][\w-]*\s+){0,3}"
                        r"(?:(?:[A-Z][\w.'\u2019]*\s+){1,3}?[A-Z][\w.'\u2019]*-(?:directed|produced|starring|led|fronted|penned|written|helmed)\s+)?")
YEAR_OWNER_RE = skipping(r"\b(?:1[89]\d\d|20\d\d)(?:'s|\u2019s)\s+" + YEAR_OWNER_MODIFIERS + r"(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")


def year_owner_titles(doc: Doc) -> Iterator[Mention]:
    """ "2019's Harbour Lights": a year owns only a work released in it (an event the gazetteer
    knows, "2019's Cannes Film Festival", is left to it)."""
    text = document_text(doc)
    for match in YEAR_OWNER_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, match.end())
        # "set in 1960's North London": a year owns a place as it stood then, which the NER knows.
        if run and any(e.label_ in ("GPE", "LOC") and e.start_char <= run.start() < e.end_char for e in doc_ents(doc)) \
                and run.group(0).split()[-1].rstrip(".,;:") in place_names():
            continue
        if run:
            end = _stop_at_company(doc, run.start(), run.end())
            if end == run.end() and not PLURAL_AFTER_RE.match(text, end):
                end = _joined_title_end(doc, run.start(), end)  # a year owns one work: "2004's Salt and Pepper,"
            m = _mention(doc, run.start(), end, "CreativeWork")
            if m:
                yield m


# "2019's Joker and Parasite were": a plural verb after the pair says two works, not one title.
PLURAL_AFTER_RE = re.compile(r"[^\S\n]+and[^\S\n]+[\w'\u2019 ]+?[^\S\n]+(?:were|are|have|both)\b")


# "whose 2008 Harbour Lights won", "starred in her 2014 Salt Road": a possessive determiner
# dates what it owns by a bare year only when that is a work of the owner's. The article does
# too, in remake copy: "rebooting the 1984 Ghostbusters", "the original 1974 Salt Road"; but
# "the 2024 Olympics", "the 2019 Toronto Film Festival" are dated events (EVENT_RUN_HEADS).
OWNER_YEAR_RE = skipping(r"\b(?:[Ww]hose|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?P<article>[Tt]he)(?:\s+original)?)\s+(?:1[89]\d\d|20\d\d)\s+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")
EVENT_RUN_HEADS = frozenset({"olympics", "games", "cup", "bowl", "open", "championship", "championships", "series",
                             "election", "elections", "census", "fest", "festivals", "awards", "week", "season"})


def owner_year_titles(doc: Doc) -> Iterator[Mention]:
    """ "whose 2008 Harbour Lights won an award", "who starred in her 2014 Salt Road": the run after
    an owner's year is a work of the owner's. A run the next noun governs is a modifier ("her 2014
    Emmy nomination", "their 2019 Netflix deal"), and an award's name is no work ("his 2019 Oscar")."""
    text = document_text(doc)
    awards = words("award_names")
    for match in OWNER_YEAR_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, match.end())
        if not run:
            continue
        end = _stop_at_company(doc, run.start(), run.end())
        after = doc.char_span(end, len(text), alignment_mode="expand")
        name = text[run.start():end].rstrip(".,:;")
        if (after is not None and len(after) and after[0].pos_ in ("NOUN", "PROPN")) or name in awards:
            continue
        if match.group("article") and (_dated_event(name) or _company_name(doc, run.start(), end)
                                       # (The NER's EVENT is no guide: it takes "1984 Ghostbusters" for one; the
                                       # trade's awards are in the lexicon: "the 2022 BAFTAs".)
                                       or any(e.label_ == "ORG" and e.start_char == run.start() for e in doc_ents(doc))
                                       or any(e.label_ in ("GPE", "LOC") and e.start_char == run.start() and e.end_char >= run.start() + len(name)
                                              for e in doc_ents(doc))):
            continue  # "the 2024 Paris Olympics", "the 2019 Netflix", "the 1990 Berlin": no work
        m = _mention(doc, run.start(), end, "CreativeWork")
        if m:
            yield m


def _dated_event(name: str) -> bool:
    """ "Cannes Film Festival", "Paris Olympics", "World Series": a name that ends on an event's word."""
    last = name.split()[-1].lower()
    return last in EVENT_RUN_HEADS or last in words("event_nouns")


# A bare year in brackets right after a name: "Insomnia (1997)", "Paper Lanterns (2011)"; the
# network or distributor may come first in the bracket: "Salt Road (HBO, 2014)"; a catalogue
# gives the running time after the year, and maybe a country: "Paper Lanterns (1974, 1h52, Portugal)".
# A series' run may stand for the year: "Salt Road (HBO, 2014-2019)", "Salt Road (2014-2016)",
# its end year perhaps in two digits: "Salt Road (2014–16)", or after "to": "(2013 to 2018)".
# The bracket may be square ("Salt Road [2019]"), say the release ("(first released in 1999)",
# "(aired 2019-2021)"), name the medium after the year ("(1999 film)", "(2019 TV series)") or the
# director after it ("(2019, dir. Ana Ruiz)").
YEAR_PAREN_RE = re.compile(r"[^\S\n][(\[](?P<field>(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w&+.'\u2019-]*[^\S\n]?){1,4},[^\S\n]*)?"
                           r"(?:(?:first[^\S\n]+)?(?:released|premiered|aired)(?:[^\S\n]+in)?[^\S\n]+)?(?P<first>1[89]\d\d|20\d\d)"
                           r"(?:[^\S\n]+(?P<medium>film|movie|TV[^\S\n]+series|TV[^\S\n]+film|series|miniseries|documentary))?"
                           r"(?:[)\]]|,[^\S\n]*" + RUNNING_TIME + r"[^()\n]{0,30}\)|,[^\S\n]*(?:dir\.|directed[^\S\n]+by)[^\S\n]+[^()\[\]\n]{1,40}\)"
                           r"|(?P<run>[-\u2013\u2014]|[^\S\n]+to[^\S\n]+(?=(?:1[89]|20)\d\d|present))[^\S\n]*(?P<last>(?:1[89]|20)?\d\d|present)?[)\]])")
# A bare run longer than this may be a life ("Dana Holt (1931-2020)"); a series seldom runs longer.
SERIES_RUN_YEARS = 15
# Words that open a sentence's adverbial ("In 2011 ...", "With Moonfall (2019) she ...") rather
# than a title: a run that starts with one is left alone, whichever it is.
OPENING_PREPOSITIONS = frozenset({"In", "On", "At", "With", "For", "From", "After", "Before", "Since", "Like", "As", "By", "And", "But"})


def year_paren_titles(doc: Doc) -> Iterator[Mention]:
    """ "her debut was Prozac Lanes (2001)": trade copy dates a work by its release year in
    brackets right after the title; a person or a company is not dated that way (a person's
    years are a range, "(1931-2020)"). The year says nothing of the medium, so the title is a
    CreativeWork for the media votes to refine. A name the gazetteer knows ("Sundance (2019)")
    is left to it (see _mention)."""
    text = document_text(doc)
    catalogue = catalogue_credit_names(text)
    for match in YEAR_PAREN_RE.finditer(text):
        start = _run_before(text, match.start())
        # (Inside a list, after a comma, semicolon or colon, no sentence opens: "Daniel & Ana
        # (2009) at Directors' Fortnight; After Lucía (2012) at Un Certain Regard".)
        if start is None or text[start:match.start()].split()[0] in OPENING_PREPOSITIONS \
                and not re.search(r"[,;:][^\S\n]*$", text[max(0, start - 3):start]):
            continue
        first = text[start:match.start()].split()[0]
        # (Two names joined by "&" are a title's, not one person's: "Daniel & Ana (2009)".)
        # (Nor a run with an inner lower-case word: "Lawrence of Arabia (1962)", "Sophie in the Rain (2004)".)
        if first.lower() in given_names() and not _not_a_person(doc, start, match.start()) \
                and not re.search(r"[^\S\n](?:&|of|the|in|on|and|from|to|with|for|at)[^\S\n]", text[start:match.start()]):
            continue  # "Jane Roe (2019)": a name the NER and a given name both make a person's
        field = re.match(r"[^\S\n]\(([^,()]+),", match.group(0))
        if first.lower() in given_names() and field and not opens_with_given_name(field.group(1)):
            continue  # "Jane Roe (Copperhead, 2019)": a person's credit and its year, the name before no title
        if any(s <= start < e for s, e in catalogue):
            continue  # inside a catalogue's brackets: "(Kiri Holm, 2019)" names the director
        if _life_span(match):
            continue
        # Only a series runs over years: "(2014-2016)", "(NBC, 1993-2004)".
        medium = (match.group("medium") or "").lower()
        if match.group("run") and _dated_event(text[start:match.start()]):
            continue  # "The Lumen Shorts Festival (2012-2019)": an event's run of editions
        kind = "Series" if match.group("run") or medium.endswith("series") \
            else "Film" if medium.endswith(("film", "movie")) else "CreativeWork"
        m = _mention(doc, start, match.start(), kind)
        if m:
            yield m


def _life_span(match: re.Match) -> bool:
    """Whether a bare run of years in brackets may be a person's life rather than a series' run:
    open ("(1950-)") or longer than a series runs ("(1931-2020)"). With a network before it
    ("(NBC, 1993-2004)") or a verb of showing ("(aired 1990-2010)") a run is a series' whatever
    its length."""
    if match.group("field") or not match.group("run") or re.search(r"(?:released|premiered|aired)", match.group(0)):
        return False
    last = match.group("last")
    if last is None or last == "present":
        return True
    first = match.group("first")
    end = int(last)
    if len(last) == 2:  # "(2014–16)": the end in the century of the start, or the next ("(1998–03)")
        end += int(first) // 100 * 100 + (100 if end < int(first) % 100 else 0)
    return end - int(first) > SERIES_RUN_YEARS


# Where a catalogue's entry opens: after the colon that opens the list ("Films include: X (A,
# 1976)") or after the bracket that closes the entry before ("X (A, 1976), Y (B, 1939) and Z").
# (Not a line's start: "The festival opens with X (A, 2019)" is prose around the entry.)
CATALOGUE_ENTRY_START_RE = re.compile(r"(?::[^\S\n]+|\)[^\S\n]*[,;][^\S\n]*(?:and[^\S\n]+)?|\)[^\S\n]+and[^\S\n]+)$")


def catalogue_titles(doc: Doc) -> Iterator[Mention]:
    """ "Films shown include: Mikey and Nicky (Elaine May, 1976), La règle du jeu (Jean Renoir,
    1939)": a catalogue entry's title is everything from where the entry opens to its bracket of
    director and year, whatever its case or its "and" ("La règle du jeu"); a film, since a director
    and a year credit it."""
    text = document_text(doc)
    for start, _ in catalogue_credit_names(text):
        bracket = text.rfind("(", 0, start)
        opening = max(text.rfind(c, 0, bracket) for c in (":", ")"))
        if opening < 0 or "\n" in text[opening:bracket]:
            continue  # the entry's opening is in another paragraph: no list holds it
        run_start = opening + 1
        while run_start < bracket and text[run_start] in " ,;\t":
            run_start += 1
        if text.startswith("and ", run_start):
            run_start += 4
        title = text[run_start:bracket].strip()
        # A title is a few words (a run of prose after a colon is no entry's).
        if not CATALOGUE_ENTRY_START_RE.search(text, 0, run_start) or not title or len(title.split()) > 8 \
                or not (title[0].isupper() or title[0] in "\u201c\"'") or re.search(r"[.;]\s", title):
            continue
        # "Dolgie provody [The Long Farewell]": the English title in square brackets is the same film's.
        title = re.sub(r"[^\S\n]*\[[^\]]*\]$", "", title).strip("\u201c\u201d\"' ")
        at = text.find(title, run_start)
        if title and at >= 0:
            yield Mention(at, at + len(title), title, "Film", "cue", cued=True)


def _not_a_person(doc: Doc, start: int, end: int) -> bool:
    return not any(e.label_ == "PERSON" and e.start_char <= start and end <= e.end_char + 1 for e in doc_ents(doc))


TITLE_AND_RUN_RE = re.compile(rf"{_WORD}(?:(?:[^\S\n]+(?:{_INNER}|and))*[^\S\n]+{_WORD}|:[^\S\n]+{_WORD})*")


def award_winner_titles(doc: Doc) -> Iterator[Mention]:
    """A festival's trophy goes to a film: "the Golden Bear winner T", "Palme d'Or-winning T".
    Trophies of festivals only (festival_trophies): a Golden Globe or an Emmy winner may be a
    series or a person. A name the NER calls a person is the winning director."""
    text = document_text(doc)
    trophies = _longest_first("festival_trophies")
    for match in _alternation(r"\b(?:", trophies, r")(?:\s+winner|-winning|\s+winning|\s+winner,)\s+(?:film\s+)?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])", skip=True).finditer(text):
        # One winner, one title: "and" may join its words ("On Land and Sea").
        run = TITLE_AND_RUN_RE.match(text, match.end())
        if not run:
            continue
        end = _stop_at_company(doc, run.start(), run.end())
        after = next((t for t in doc if t.idx >= end and not t.is_space), None)
        words_ = text[run.start():end].split()
        if len(words_) == 2 and after is not None and after.pos_ in ("VERB", "AUX"):
            continue  # "the Golden Bear winner Ana Ruiz returns": two names and a verb, a person
        if _not_a_person(doc, run.start(), end):
            m = _mention(doc, run.start(), end, "Film")
            if m:
                yield m


def trophy_with_titles(doc: Doc) -> Iterator[Mention]:
    """"A won the Palme d'Or in 2018 with Shoplifters", "won Cannes' Golden Lion for X": what a
    festival's trophy is won with or for is the film. A name the NER calls a person is not one."""
    text = document_text(doc)
    trophies = _longest_first("festival_trophies")
    pattern = _alternation(r"\b(?:won|took|scooped|claimed|landed|picked\s+up)\s+(?:the\s+|[A-Z][\w-]*(?:'s|\u2019s|'|\u2019)\s+)?(?:[A-Z][\w-]*\s+)?(?:",
                           trophies, r")(?:\s+(?:at|in)\s+[^,.;:()\n]{1,30}?)?\s+(?:with|for)\s+[\u201c\"]?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])", skip=True)
    for match in pattern.finditer(text):
        run = TITLE_RUN_RE.match(text, match.end())
        if run is None or _has_company_word(run.group(0)) or not _not_a_person(doc, run.start(), run.end()):
            continue
        # "won Berlin's Silver Bear for Best Actress": a prize's category, no film.
        if run.group(0).split()[0] in words("award_category_starts") or run.group(0).startswith(("Lifetime", "Career", "Best", "Outstanding")):
            continue
        m = _mention(doc, run.start(), _stop_at_company(doc, run.start(), run.end()), "Film")
        if m:
            yield m


# "Aki Ray's new film, The Long Night": a work noun after a possessive, then its title in apposition.
# So does a definite noun phrase ending in a work noun: "the Aung San Suu Kyi biopic, The Lady,".
# The possessive may be a name ending in s with a bare apostrophe ("Tom Reyes' debut feature,") or
# a possessive determiner ("her new drama,"), and a debut is a work too ("his feature directorial
# debut, Night Train,"): up to two such modifiers before the noun.
# The maker's part may follow the noun: "her first short as director, Moth Hour,".
# A book is named the same way ("Avery's 2004 memoir, Salt and Stone,", "her debut novel, X,"),
# and a bare year may date the work among the modifiers.
_NOUN_COMMA = (r"(?P<noun>film|movie|feature|short|documentary|series|show|miniseries|drama|comedy|thriller|biopic|docuseries|sequel|remake|adaptation|debut"
               r"|novel|graphic\s+novel|novella|memoir|book|bestseller|best-seller|play|comic|manga|webtoon|podcast|video\s+game)"
               r"(?:\s+as\s+(?:an?\s+)?(?:director|writer|writer-director|filmmaker|helmer|producer|showrunner|creator))?,\s+"
               r"(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")
POSSESSIVE_NOUN_COMMA_RE = skipping(
    r"(?:(?:'s|\u2019s|(?<=s)'|(?<=s)\u2019)|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|\b[Tt]he(?:\s+[\w\-'\u2019]+){0,5}?)"
    r"(?:\s+(?:new|latest|upcoming|next|debut|first|second|third|final|last|feature|directorial|sophomore|previous|recent|breakout|hit|acclaimed|forthcoming"
    r"|best-?selling|award-winning|(?:1[89]|20)\d\d)){0,2}\s+"
    + _NOUN_COMMA)
# What every match of it holds, found several times faster: most articles have none, and then
# the slow search (it tries its possessives at every "the" and "'s") is skipped.
NOUN_COMMA_RE = re.compile(_NOUN_COMMA)


def possessive_noun_titles(doc: Doc) -> Iterator[Mention]:
    """ "Ana Ruiz's new film, The Long Night, ..." names the film in an apposition that ends
    at a comma, a line's end or a relative pronoun."""
    text = document_text(doc)
    if not NOUN_COMMA_RE.search(text):
        return
    for match in POSSESSIVE_NOUN_COMMA_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, match.end())
        # A singular noun names one work, which may hold "and" ("his 2004 novel, Salt and Stone,").
        end = _joined_title_end(doc, run.start(), run.end()) if run else 0
        if not run or not re.match(r"\s*(?:[,;.\n(]|which\b|that\b|$)", text[end:end + 8]):
            continue
        # The slot outranks the NER, which often calls an unquoted title a person. A feature
        # debut is a film ("his feature directorial debut, X,").
        cls = _noun_class(match.group("noun"))
        if match.group("noun") == "debut" and re.search(r"\bfeature\s", match.group(0)):
            cls = "Film"
        m = _mention(doc, run.start(), end, cls)
        if m:
            yield m


# "credits include", "productions in Canada include", "films such as", "best known for".
LIST_TRIGGER_RE = re.compile(
    r"\b(?:" + alternation(sorted(words("list_nouns"), key=len, reverse=True)) + r")"
    r"(?:\s+(?!include|includes|included|including)[\w'\u2019\-]+){0,3}?(?:\s+(?:also\s+|have\s+|has\s+)?(?:include|includes|included|including)"
    # ("Japanese dramas, such as X and Y": the comma sets off the examples of the list noun.)
    r"|,?\s+such\s+as)"
    r"(?:\s+such\s+fare\s+as|\s+the\s+likes\s+of)?\s+"
    r"|\b(?:best|perhaps\s+best|widely|well|also)\s+known\s+for\s+(?:(?:his|her|their)\s+(?:work|roles?)\s+(?:on|in)\s+)?"
    # "such films as A, B and C", "such other notable titles as A": the list noun between "such" and "as".
    r"|\bsuch\s+(?:[\w\-]+\s+){0,3}?(?:" + alternation(sorted(words("list_nouns"), key=len, reverse=True)) + r")\s+as\s+")
PAREN_RE = re.compile(r"\s*\([^()\n]{0,80}\)")
LIST_SEP_RE = re.compile(r"\s*(?:,|;)\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
OPEN_Q = "\u201c\"\u2018'"
CLOSE_Q = "\u201d\"\u2019'"


AND_THE_RE = re.compile(r"[^\S\n]+and[^\S\n]+the[^\S\n]+")
# The rest of such a title: capitalised words and the inner words of a noun phrase only, so that
# "for Harbour Films" after it stays out.
AND_THE_TAIL_RE = re.compile(rf"{_WORD}(?:(?:[^\S\n]+(?:of|the|a|an|&))*[^\S\n]+{_WORD})*")


def _and_the_end(text: str, end: int, limit: int) -> int:
    """Where a title run that goes on with "and the" and a capitalised run ends: "Baker and the
    Beauty", "Sex and the City". A list's next title keeps its own capital "The" ("A and The
    Office"), so a lower-case "the" joins one title's words. The run after it must end the
    phrase (punctuation, or a preposition or verb of the title_end_words), or "Salt Road and the
    BBC drama Tidewater" names two works; a company word makes it a company ("and the Keel Media")."""
    joint = AND_THE_RE.match(text, end, limit)
    if not joint:
        return end
    run = AND_THE_TAIL_RE.match(text, joint.end(), limit)
    if not run or _has_company_word(run.group(0)):
        return end
    follower = re.match(r"[^\S\n]*([a-z][\w-]*|[.,;:)!?\u201d\"]|$)", text[run.end():limit] if run.end() < limit else "")
    if follower is None or (follower.group(1)[:1].isalpha() and follower.group(1) not in lower_words("title_end_words")):
        return end
    return run.end()


# A prize an item of a list won, before its title: "series including Emmy winner X, Y and Peabody
# nominee Z", "films such as Oscar-winning X". The item is the title after it.
ITEM_PRIZE_RE = re.compile(r"(?:" + alternation(sorted(words("award_names"), key=len, reverse=True))
                           + r")(?:[^\S\n]+(?:winners?|nominees?)|-(?:winning|nominated))[^\S\n]+(?=[\u201c\"A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")


# A lower-case description of an item ending on a work noun, before its title: "credits include
# the breakout indie horror pic X and Y" (the genre slot reads X; the list goes on to Y).
ITEM_DESCRIPTION_RE = re.compile(r"(?:(?:the|a|an)[^\S\n]+)?(?:[a-z][\w-]*[^\S\n]+){0,4}?(?:"
                                 + alternation(sorted(words("title_slot_nouns"), key=len, reverse=True))
                                 + r")[^\S\n]+(?=[\u201c\"A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")


def _list_items(text: str, pos: int, limit: int) -> Iterator[tuple[int, int]]:
    """The title runs of a list from pos: "A (for X), B (Y) and C", quotes, parentheses, a prize
    before an item ("Emmy winner A") and a description ending on a work noun ("the horror pic A")
    aside."""
    while pos < limit:
        lead = ITEM_PRIZE_RE.match(text, pos, limit) or ITEM_DESCRIPTION_RE.match(text, pos, limit)
        if lead:
            pos = lead.end()
        while pos < limit and text[pos] in OPEN_Q:
            pos += 1
        run = TITLE_RUN_RE.match(text, pos, limit)
        if not run:
            return
        item_end = run.end()
        # "A and B" inside one run: a list's "and" separates its last item.
        inner_and = re.search(r"\s+and\s+", text[run.start():item_end])
        if inner_and:
            item_end = run.start() + inner_and.start()
        item_end = _and_the_end(text, item_end, limit)
        yield run.start(), item_end
        pos = item_end
        while pos < limit and text[pos] in CLOSE_Q:
            pos += 1
        paren = PAREN_RE.match(text, pos)
        if paren:
            pos = paren.end()
        sep = LIST_SEP_RE.match(text, pos)
        if not sep:
            return
        pos = sep.end()


def _people_own_the_list(doc: Doc, start: int) -> bool:
    """Whether the list noun only says what people worked on: in "directors on the series include
    A, B and C" the subject of "include" is "directors", and in "the cast of the series included
    A, B and C" it is "cast" (a cast is people), so the list names people, not titles."""
    noun = doc.char_span(start, start + 1, alignment_mode="expand")
    if noun is None or noun.root.dep_ != "pobj":
        return False
    people = (lower_words("person_role_nouns") | lower_words("person_description_nouns")
              | lower_words("people_list_nouns") | lower_words("cast_nouns"))
    # The nouns the preposition hangs on, up to the verb: "directors (on (the series))", "the
    # cast (for (season one (of (the series))))".
    for owner in noun.root.ancestors:
        if owner.pos_ in ("VERB", "AUX"):
            return False
        if owner.pos_ in ("NOUN", "PROPN") and owner.lemma_.lower() in people:
            return True
    return False


def _list_class(trigger: str) -> str:
    """The medium a list's own noun names: "her films include", "such shows as" (Film, Series);
    "credits include", "projects such as" name none and leave the superclass."""
    classes = {_noun_class(w if w == "series" else w.removesuffix("s")) for w in re.findall(r"[\w\-]+", trigger.lower())}
    classes.discard("CreativeWork")
    return classes.pop() if len(classes) == 1 else "CreativeWork"


# " and Phil Ross's upcoming series": a name joined to a possessive owner of an untitled project,
# which shares it ("and Phil Ross's Night Shift" is the list's next title, with its owner).
CO_OWNER_AFTER_RE = re.compile(r"\s+and\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}(?:'s|\u2019s)\s+[a-z]")


def list_slot_titles(doc: Doc) -> Iterator[Mention]:
    """Titles in a credit list: "her credits include A, B and C", "productions include such fare
    as A (for X), B (Y)", "best known for A and B", "such films as A and B"."""
    text = document_text(doc)
    for match in LIST_TRIGGER_RE.finditer(text):
        if _people_own_the_list(doc, match.start()):
            continue
        yield from _list_item_mentions(doc, match.end(), _list_class(match.group(0)))


def _list_item_mentions(doc: Doc, pos: int, cls: str) -> Iterator[Mention]:
    """The title mentions of a list that starts at pos and runs to the sentence's end, leaving out
    the names that own or star in an item rather than name one."""
    text = document_text(doc)
    for start, end in _list_items(text, pos, _sentence_end(text, pos)):
        if CO_OWNER_AFTER_RE.match(text, end):
            continue  # "include Taika Vale and Phil Ross's upcoming series": a co-owner, no title
        if GENRE_THEN_TITLE_RE.match(text, end):
            continue  # "including Bradley Vale thriller The Night Train": the star, the title follows the genre
        m = _mention(doc, start, _stop_at_company(doc, start, end), cls)
        if m:
            yield m


# "greenlit two animated series, A and B", "ordered three new dramas: A, B and C": a counted
# plural work noun whose list follows after a comma or colon.
_COUNTED_NOUN = (r"(?P<noun>series|shows|films|movies|dramas|comedies|features|documentaries|"
                 r"docuseries|thrillers|titles|originals|pilots)\s*(?:,|:|\u2014|\u2013|-)\s*(?=[\u201c\"A-Z])")
COUNTED_WORKS_RE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+pair\s+of|a\s+trio\s+of|a\s+duo\s+of)\s+"
                              r"(?:[a-z][\w\-]*\s+){0,3}?" + _COUNTED_NOUN)
# What every match of it holds, searched for several times faster: most articles have none.
COUNTED_NOUN_RE = re.compile(_COUNTED_NOUN)


def counted_list_titles(doc: Doc) -> Iterator[Mention]:
    """The items of a list after a counted plural work noun ("Nickelodeon greenlit two animated
    series, Pond Life and Grumble Gran,") are those works: the count says how many titles follow.
    The noun says their medium."""
    if not COUNTED_NOUN_RE.search(document_text(doc)):
        return
    for match in COUNTED_WORKS_RE.finditer(document_text(doc)):
        yield from _list_item_mentions(doc, match.end(), _list_class(match.group("noun")))


# "based on her 2004 novel, Dry Season, ...": a source noun and a comma before its title.
SOURCE_APPOSITION_RE = skipping(r"\b(?:novel|book|memoir|play|comic|novella|short\s+story|graphic\s+novel)\s*,\s+[\u201c\"]?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])")


def source_apposition_titles(doc: Doc) -> Iterator[Mention]:
    """The capitalised run set off by commas right after a source noun is the source's title
    ("based on her 2004 novel, Dry Season, the film ..."); a full name the NER calls a person's
    ("the novel, Ana Ruiz said,") is the speaker, which _mention leaves out."""
    text = document_text(doc)
    if "," not in text or not any(noun in text for noun in ("novel", "book", "memoir", "play", "comic", "story")):
        return  # every match holds one of these nouns: without them the search is skipped
    for match in SOURCE_APPOSITION_RE.finditer(text):
        run = TITLE_RUN_RE.match(text, match.end())
        if not run or not re.match(r"[\u201d\"]?\s*[,.;)]", text[run.end():run.end() + 3]):
            continue
        m = _mention(doc, run.start(), run.end(), "CreativeWork")
        if m and not re.match(r"\s*,?\s*(?:said|says|told|added|explained)\b", text[m.end:m.end + 12]):
            yield m


def possessor_titles(doc: Doc) -> Iterator[Mention]:
    """Casting copy introduces a player by the show they are known for, in the possessive: "the
    film stars Ember’s Dana Vale and Saltmarsh’s Tom Hale". In a sentence about a cast, the
    capitalised run whose possessive stands right before a person's name is that title, unless
    it names a known company or place or ends in a company word. (A person's possessive never
    stands before another person's full name.)"""
    text = document_text(doc)
    cues = lower_words("cast_verbs") | lower_words("cast_nouns")
    for person in doc_ents(doc):
        if person.label_ != "PERSON" or person.start < 2 or len(person) < 2 or person[-1].text in words("org_suffixes"):
            continue
        marker = doc[person.start - 1]
        # "'s", or a bare apostrophe that ends its word ("The White Lotus' Leo Woodall")
        if marker.lower_ not in ("'s", "\u2019s", "'", "\u2019") or (marker.text in ("'", "\u2019") and not marker.whitespace_):
            continue
        # The name must be in the cast: after a cast word ("stars A's B"), or the subject of a
        # cast verb ("A's B will lead the cast"). "Harbour's Dana Vale said the cast ..." is a
        # company's person.
        head = person.root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        verb = head.head
        cue_at = [t.i for t in person.sent if t.lemma_.lower() in cues or t.lower_ in cues]
        # One joins a company too: "join" counts only in a sentence that speaks of a cast.
        if not ((cue_at and cue_at[0] < marker.i)
                or (head.dep_ in ("nsubj", "nsubjpass") and (verb.lemma_.lower() in cues or (
                    cue_at and verb.lemma_.lower() in lower_words("cast_join_verbs"))))):
            continue
        start = _run_before(text, marker.idx)
        if start is None or start < person.sent.start_char:
            continue
        title = text[start:marker.idx]
        if title.split()[-1] in words("org_suffixes") or title.split()[0] in words("capitalised_role_words"):
            continue
        m = _mention(doc, start, marker.idx, "CreativeWork", owner=True)
        if m:
            yield m


@lru_cache(maxsize=1)
def _plural_slot_re() -> re.Pattern:
    nouns = [n for group in lexicon_table("plural_title_slot_nouns").values() for n in group]
    triggers = sorted(map(re.escape, nouns + sorted(words("development_verbs"))), key=len, reverse=True)
    # "a slew of hits over his career, including A and B": a few lower-case words may stand
    # between the noun and an "including" that opens its list.
    # "series like A and B": "like" opens the list right after the noun.
    return skipping(r"\b(?P<word>" + "|".join(triggers) + r")(?:(?P<gap>(?:\s+[a-z]+){1,5}),?\s+(?:including|such as)|\s+like)?\s+"
                      r"(?=[\u201c\"]?[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])")


# Words before a plural work noun that make it the noun, not a verb ("TV shows X and Y").
PLURAL_NOUN_MODIFIERS = frozenset({"hit", "tv", "television", "streaming", "scripted", "unscripted", "reality", "animated", "feature"})


def plural_slot_titles(doc: Doc) -> Iterator[Mention]:
    """A plural work noun or a verb of developing before a list of capitalised runs: "the hit
    shows A and B", "the films A, B and C", "she developed A, B and C". Each item is a title;
    the noun says which medium where it can. A list followed by a verb is a clause's subject
    ("the films Ana Ruiz directed"), not titles."""
    text = document_text(doc)
    cls_of = {noun: cls for cls, nouns in lexicon_table("plural_title_slot_nouns").items() for noun in nouns}
    for match in _plural_slot_re().finditer(text):
        word = match.group("word")
        if word[0].isupper():
            continue  # "Films Boutique", "Shows Inc.": the word opens a name
        token = doc.char_span(match.start("word"), match.end("word"), alignment_mode="expand")
        if token is None:
            continue
        verb = word.lower() not in cls_of
        if verb and token[-1].pos_ != "VERB":
            continue  # "the developed world": an adjective
        if match.group("gap"):
            gap = doc.char_span(match.end("word"), match.end("gap"), alignment_mode="expand")
            # Only the noun's own adjuncts ("over his career"): another plural noun in between
            # ("shows for networks including A") is the head the list belongs to; a verb
            # of developing takes its list as its object, never through "including".
            if verb or gap is None or any(t.tag_ in ("NNS", "NNPS") or t.pos_ in ("VERB", "AUX") for t in gap):
                continue
        before = doc[token.start - 1] if token.start > 0 else None
        # The tagger often reads "hit shows" as a verb; after a determiner, an adjective, "hit"
        # or a medium ("TV shows", "television series") the word is the plural noun, while "the
        # data shows X" is a verb.
        # A determiner before the medium makes it the subject of the verb: "The TV shows A"; not
        # after a preposition or a verb, whose object it is ("in the feature films A and B").
        medium = before is not None and before.lower_ in PLURAL_NOUN_MODIFIERS and not (
            before.lower_ != "hit" and before.i > 0 and doc[before.i - 1].pos_ == "DET"
            and not (before.i > 1 and doc[before.i - 2].pos_ in ("ADP", "VERB")))
        if not verb and token[-1].pos_ != "NOUN" and not (
                before is not None and (before.pos_ in ("DET", "ADJ", "NUM") or medium)):
            continue
        items = list(_list_items(text, match.end(), _sentence_end(text, match.end())))
        if not items:
            continue
        after = doc.char_span(items[-1][0], items[-1][1], alignment_mode="expand")
        # (A gerund says what the listed works do: "the films A and B premiering in 2019".)
        if after is not None and after.end < len(doc) and doc[after.end].pos_ in ("VERB", "AUX") and doc[after.end].tag_ != "VBG":
            continue
        for start, end in items:
            m = _mention(doc, start, _stop_at_company(doc, start, end), "CreativeWork" if verb else cls_of[word.lower()])
            if m:
                yield m


def _sentence_end(text: str, pos: int) -> int:
    stop = re.compile(r"[.!?;](?=\s+[A-Z\u00c0-\u00d6\u00d8-\u00de\u201c\"]|\s*$)|\n").search(text, pos)
    return stop.end() if stop else len(text)


def _named_before_parens(doc: Doc) -> list[Span]:
    """People the NER missed or called a company in a cast list: two or three capitalised words
    before a parenthesis, opening with a frequent given name ("..., Mack Rowe (Low Tide) and").
    A name the gazetteer knows in the run ("Olivia Apple") is left to the NER's reading."""
    people = []
    # The parentheses found in the text, not by walking every token of the article.
    for match in re.finditer(r"\(", document_text(doc)):
        paren = doc.char_span(match.start(), match.end())
        if paren is None or paren.start < 2:
            continue
        paren = paren[0]
        for size in (2, 3):
            if paren.i - size < 0:
                break
            run = doc[paren.i - size:paren.i]
            if not all(t.is_title and t.pos_ == "PROPN" for t in run):
                continue
            if run[0].lower_ not in given_names() or (run.start > 0 and doc[run.start - 1].is_title and not doc[run.start - 1].is_sent_start):
                continue
            if any(CLASS_KIND.get(t.ent_type_, "") not in ("", "person") or t.ent_type_ == "PERSON" for t in run):
                continue
            people.append(run)
    return people


# Countries of production abbreviated and joined by hyphens, as festival guides write them:
# "Nor-Swe", "Col-Sp-Uru-Arg-Fr" (each piece a known short form, so "Giri/Haji" stays a title).
COUNTRY_CODES = lower_words("country_short_forms")
COUNTRY_CODES_RE = re.compile(r"[A-Z][A-Za-z]{1,4}\.?(?:-[A-Z][A-Za-z]{1,4}\.?)+")


def credit_opening(inner: str) -> bool:
    """Whether a parenthesis opens with a credit participle and its "by" ("Produced by A",
    "Executive produced by A"): a list of the title's makers, no titles and no calling cards."""
    words_ = inner.lower().split()[:4]
    return "by" in words_ and any(w in lower_words("paren_credit_participles") for w in words_[:words_.index("by")])


def person_paren_titles(doc: Doc, not_people: list[tuple[int, int]] = ()) -> Iterator[Mention]:
    """A parenthesis after a person lists their calling cards: "Jane Roe (Harbour Lights, Nine
    Rivers)", "Sam Lee (“Moonfall”)". A company in it ("(Harbour Films)") is where they work and
    is typed by its name; a year or a lower-case remark is neither."""
    text = document_text(doc)
    catalogue = catalogue_credit_names(text)
    for person in [*(e for e in doc_ents(doc) if e.label_ == "PERSON"), *_named_before_parens(doc)]:
        if any(s < person.end_char and person.start_char < e for s, e in not_people):
            continue
        paren = re.match(r"\s*\(([^()\n]{1,160})\)", text[person.end_char:person.end_char + 170])
        if not paren:
            continue
        inner_start = person.end_char + paren.start(1)
        inner = paren.group(1)
        if not (inner[0].isupper() or inner[0] in OPEN_Q or inner[0].isdigit()):
            continue
        if _character_and_actor(doc, person, inner_start, inner_start + len(inner)):
            continue
        # "Nachtzug (Night Train) by Lily Hart": a byline after the parenthesis makes the name
        # before it a title and the parenthesis its translation, no calling card.
        if re.match(r"\s+by\s+[A-Z]", text[person.end_char + paren.end():person.end_char + paren.end() + 6]):
            continue
        if credit_opening(inner):
            continue  # "Ann Lowe (Executive produced by A, B)": the makers of the title before, no titles
        if any(s == inner_start for s, _ in catalogue):
            continue  # "Salt Road (Kiri Holm, 2019)": a catalogue's director and year; the name before is the title
        if COUNTRY_CODES_RE.fullmatch(inner.strip()) and all(p.strip(".").lower() in COUNTRY_CODES for p in inner.strip().split("-")):
            continue  # "Glass Orchard (Nor-Swe)": a festival guide's countries of production, no credit
        items = [p.strip().strip(OPEN_Q + CLOSE_Q + " ,") for p in re.split(r"[,;/]", inner)]
        # "(Indian Summers, Vera)": beside a title that is no name or place, a one-word given
        # name is a credit too ("(Oslo, Norway)", "(Nora, 12)" list no title).
        credit_list = any(i and not i.isdigit() and title_cased(i) and not character_name_word(i)
                          and i not in words("countries") for i in items)
        for piece in re.finditer(r"[^,;/]+", inner):
            item = piece.group(0).strip().strip(OPEN_Q + CLOSE_Q + " ,")
            if not item or item.isdigit() or not title_cased(item):
                continue
            if character_name_word(item) and not (credit_list and len(items) > 1):
                continue  # "Lily Hart (“Paris”)": a one-word given name or place alone is the part she plays
            start = inner_start + piece.start() + piece.group(0).index(item)
            end = start + len(item)
            # "(Hallmark's Chesapeake Bay)": a credit names the network that made it; the title
            # is what the possessive owns.
            owner = re.match(r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w+&.\-]*(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][\w+&.\-]*)?(?:'s|\u2019s|'|\u2019)\s+[\u201c\"]?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])", item)
            if owner and any(e.start_char == start and CLASS_KIND.get(e.label_) == "org" for e in doc_ents(doc)):
                start += owner.end()
                item = text[start:end]
            # "(Parks and Recreation)", "(Mia and Me, Glasshouse)": two single words joined by
            # "and" opening the parenthesis are one title (a list of credits reads "A, B and C").
            first = not inner[:piece.start()].strip(OPEN_Q + CLOSE_Q + " ")
            pair = first and re.fullmatch(r"\S+\s+and\s+\S+", text[start:end])
            for s, e in ([(start, end)] if pair else _split_and(text, start, end)):
                last = text[s:e].split()[-1]
                if text[s:e] in words("countries") or text[s:e] in words("regions") or text[s:e] in words("sales_territory_words"):
                    continue  # "Salim Vale (Middle East)": the territory a buyer takes, no credit ("(Brooklyn)" may be one)
                if last in words("org_suffixes"):
                    # "(Inspire Entertainment)": a company; the slot says no more of its class.
                    yield Mention(s, e, text[s:e], org_class_from_name(text[s:e]), "cue", cued=True)
                    continue
                m = _mention(doc, s, e, "CreativeWork")
                if m:
                    yield m



def company_paren_titles(doc: Doc) -> Iterator[Mention]:
    """A parenthesis after a production company lists what it made, as a person's lists her
    calling cards: "Tidewater Films (Salt Flats, The Ferryman) is producing". Trade copy credits
    a company by its titles the way it credits people. A parenthesis naming a place ("(UK)"), a
    short form of the name ("(HFG)"), a person or a lower-case remark lists no work."""
    text = document_text(doc)
    for paren in re.finditer(r"\(([^()\n]{1,160})\)", text):
        # The company right before: the NER may have run its name on into the parenthesis.
        # A known company (the gazetteer's), or any capitalised name ending in a company
        # suffix ("Tidewater Films"); the NER's ORG alone is too loose a cue.
        known = any(e.start_char < paren.start() <= e.end_char + 1 and CLASS_KIND.get(e.label_) == "org" for e in doc_ents(doc))
        before = text[max(0, paren.start() - 40):paren.start()].split()
        if not known and not (before and before[-1][:1].isupper() and before[-1] in words("org_suffixes")):
            continue
        inner_start = paren.start(1)
        inner = paren.group(1)
        if not (inner[0].isupper() or inner[0] in OPEN_Q or inner[0].isdigit()) or ":" in inner:
            continue
        pieces = [(inner_start + m.start() + m.group(0).index(m.group(0).strip()), m.group(0).strip())
                  for m in re.finditer(r"[^,;/]+", inner) if m.group(0).strip()]
        items = [(start, item.strip(OPEN_Q + CLOSE_Q)) for start, item in pieces]
        if not items or any(not title_cased(item) or item.isdigit() for _, item in items):
            continue
        if len(items) == 1 and items[0][1].isupper() and len(items[0][1]) <= 6:
            continue  # "Harbour Films Group (HFG)": the name's own initials
        places = words("countries") | words("regions") | words("cities") | words("sales_territory_words")
        if any(item in places or item.split()[-1] in words("org_suffixes") for _, item in items):
            continue  # "(UK)", "(Paris)", "(Benelux)", "(Sony Pictures)": a territory or a partner, no credit
        if any(PERSONAL_NAME_RE.fullmatch(item) and opens_with_given_name(item) for _, item in items):
            continue  # "Harbour Films (Jane Roe)": the person behind it, no credit
        for start, item in items:
            start = text.index(item, start)
            m = _mention(doc, start, start + len(item), "CreativeWork")
            if m:
                yield m


PERSONAL_NAME_RE = re.compile(r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.\-]+(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.\-]+){1,2}")


def _actors_only(inner: str) -> bool:
    """Whether a parenthesis holds only people named in full, each opening with a frequent given
    name: "(Dana Vale)", "(Dana Vale and Tom Roe)". (The NER's PERSON is no evidence here: the
    small model calls many a title in a credit a person.)"""
    parts = [p for p in re.split(r"\s*(?:,|&|\band\b)\s*", inner.strip()) if p]
    return bool(parts) and all(PERSONAL_NAME_RE.fullmatch(p) and p.split()[0].lower() in given_names() for p in parts)


def _character_and_actor(doc: Doc, outer: Span, start: int, end: int) -> bool:
    """ "Maddie (JoAnna Garcia Swisher)": trade copy names a real person in full at first
    mention, so a one-word name before a parenthesis is a character, and the parenthesis holds
    the actor who plays them, not a credit. A one-word name that is the surname of a person named
    in full earlier ("Roe (Harbour Lights)") is that person, and keeps its credits.
    A synopsis names a real figure or a character in full and the actor after it: "the story of
    Nora Vale (Dana Roe)", "Tess and Ann Vale (Dana Roe and Mia Lord)". A parenthesis of people
    alone after a full name is that cast, unless the sentence's other parentheses hold credits
    ("Dana Vale (Salt Road), Tom Roe (Mia Lord)": a credit list, where a title may look like a name)."""
    if len(outer) in (2, 3) and outer.text[:1].isupper():
        text = document_text(doc)
        if not _actors_only(text[start:end]):
            return False
        sentence = outer.sent
        others = [m for m in re.finditer(r"\(([^()\n]{1,160})\)", text[sentence.start_char:sentence.end_char])
                  if sentence.start_char + m.start(1) != start]
        return all(_actors_only(m.group(1)) for m in others)
    if len(outer) != 1 or not outer.text[:1].isupper():
        return False
    surname = re.compile(r"\s" + re.escape(outer.text) + r"$")
    if any(e.label_ == "PERSON" and e.end_char <= outer.start_char and surname.search(e.text) for e in doc_ents(doc)):
        return False
    # The parenthesis must look like a personal name: two or three capitalised words, no digits.
    return re.fullmatch(r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.\-]+(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.\-]+){1,2}", document_text(doc)[start:end]) is not None


def _split_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts = re.split(r"(\s+and\s+)", text[start:end])
    if len(parts) == 1 or not all(p.strip()[:1].isupper() or p.strip()[:1].isdigit() for p in parts[::2]):
        return [(start, end)]
    out, pos = [], start
    for p in parts:
        if p.strip() and not re.fullmatch(r"\s+and\s+", p):
            out.append((pos, pos + len(p)))
        pos += len(p)
    return out


# Words of a sale in the clause before a title: "acquired rights to X from Y", "picked up X from Y".
PURCHASE_BEFORE_RE = re.compile(r"\b(?:rights|acquired|acquires|acquire|bought|buys|picked\s+up|picks\s+up|licensed|nabbed|snapped\s+up)\b[^.;]*$")


def _stop_at_company(doc: Doc, start: int, end: int) -> int:
    """A title run stops before "for", "at", "from" or "on" and a company: "Glasshouse for
    Harbour Films" (a title seldom ends in a company's name)."""
    text = document_text(doc)
    stop = re.compile(r"(?<![\s.])(?<!\b[A-Z\u00c0-\u00d6\u00d8-\u00de])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)\.\s+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])").search(text, start, end)
    if stop:
        end = stop.start()
    # Any joiner may open the company ("Letters from Harbour Town for Channel 4": "from" is the
    # title's own); the company is the rest, or the rest's first stretch up to the next joiner
    # ("Copper Moon from Nordic Sales for UK release": the seller, then what the sale is for).
    for joiner in re.finditer(r"\s+(?:for|at|from|on|with|via|by|to)\s+", text[start:end]):
        rest_start = start + joiner.end()
        rest = text[rest_start:end].rstrip(".,").split()
        first = re.split(r"\s+(?:for|at|from|on|with|via|by|to|in)\s+", text[rest_start:end].rstrip(".,"))[0]
        first_end = rest_start + len(first)
        first = first.split()
        # A known company anywhere in that stretch also ends the title: "Greywater with the UK's ITV".
        # So does a name after "from" the NER calls a place but no gazetteer or place list knows:
        # "rights to Salt Flats from Rivet Sales" (a seller; "Letters from Iwo Jima" is a known place).
        # "the rights to Night Train with Lily Hart set to produce": a person after "with" is a
        # partner in the deal, no word of the title.
        # ("Late Night with Dana Vale" ends with its host: nothing goes on from the name there.)
        person = next((e for e in doc_ents(doc) if e.start_char == rest_start and e.label_ == "PERSON"), None)
        name_end = person.end_char if person is not None else rest_start + len(" ".join(first[:2])) if opens_with_given_name(text[rest_start:end]) else None
        if joiner.group(0).strip() == "with" and name_end is not None and re.match(r"[^\S\n]+[a-z]", text[name_end:name_end + 3]):
            return start + joiner.start()
        unknown_place = joiner.group(0).strip() == "from" and PURCHASE_BEFORE_RE.search(text[max(0, start - 80):start]) \
            and any(e.start_char == rest_start and e.label_ == "GPE" and e.text not in place_names() and e.end_char >= first_end - 1
                    for e in doc_ents(doc))
        # "the rights to Salt Flats from Nordlys Rights": a purchase's seller, by its name's last word.
        seller = joiner.group(0).strip() == "from" and first and first[-1] in words("seller_name_suffixes") \
            and PURCHASE_BEFORE_RE.search(text[max(0, start - 80):start])
        if unknown_place or seller or (rest and rest[-1] in words("org_suffixes")) or (first and first[-1] in words("org_suffixes")) or any(
                (e.start_char == rest_start and (e.label_ == "ORG" or CLASS_KIND.get(e.label_) == "org")
                 or CLASS_KIND.get(e.label_) == "org" and rest_start <= e.start_char and e.end_char <= first_end)
                for e in doc_ents(doc)):
            return start + joiner.start()
        # "Dark Harbor from Danish filmmaker Lars Vik": a nationality word that a lower-case noun
        # goes on from describes the maker the title comes from; no title ends in one.
        if before_maker_nationality(text, start, end) is not None:
            return start + joiner.start()
        # "the feature Salt Road for Dana Vale": a title made for a director or a star; the person
        # the NER names in full, given name first, right after "for" or "from" is no part of it.
        person = _full_name_at(doc, rest_start)
        if joiner.group(0).strip() in ("for", "from") and person is not None:
            return start + joiner.start()
        # "the thriller Dark Harbor with Dana Vale directing": "with" and a full name that a
        # participle or "as" goes on from is an attached talent, no part of the title ("Late
        # Night with Dana Vale." ends with the name and keeps it).
        if joiner.group(0).strip() == "with" and person is not None and person.end < len(doc) and (
                doc[person.end].tag_ in ("VBG", "VBN") or doc[person.end].text.endswith("ing")
                or doc[person.end].lower_ in ("as", "attached", "set", "on", "in", "to") or _lists_people(doc, person.end)):
            return start + joiner.start()
    return end


def _copula_before_name(doc: Doc, start: int, end: int) -> int | None:
    """Where "is"/"are" before a person's full name cuts a run ("Ironbridge are Sam Holt"), or None."""
    text = document_text(doc)
    copula = re.search(r"[^\S\n]+(?:is|are|was|were)[^\S\n]+", text[start:end])
    if copula is None:
        return None
    after = start + copula.end()
    if _full_name_at(doc, after) is None and not opens_with_given_name(text[after:end]):
        return None
    return start + copula.start()


def _full_name_at(doc: Doc, start: int) -> Span | None:
    """The person the NER names in full, given name first, from character start, if any."""
    return next((e for e in doc_ents(doc) if e.label_ == "PERSON" and e.start_char == start and len(e) >= 2
                 and e[0].lower_ in given_names()), None)


def _lists_people(doc: Doc, i: int) -> bool:
    """Whether token i goes on a list of people: "comedy Harbor Lights with Dana Vale, Tom Hale
    and Ana Ruiz" names the cast after "with", since a title seldom lists two names."""
    j = i + (doc[i].text == ",") if i < len(doc) else i
    if j < len(doc) and doc[j].lower_ == "and":
        j += 1
    return j > i and any(e.label_ == "PERSON" and e.start == j for e in doc_ents(doc))


def slot_titles(doc: Doc) -> list[Mention]:
    """Every unquoted title the slots give. A list slot outranks a person's parenthesis: in
    "include A (for X), Red Harbour (Sky)" the NER may call "Red Harbour" a person, but the list
    says it is a title, so "(Sky)" lists no calling card."""
    listed = [*list_slot_titles(doc), *counted_list_titles(doc), *source_apposition_titles(doc)]
    claimed = [(m.start, m.end) for m in listed]
    people = [m for m in person_paren_titles(doc, not_people=claimed)]
    return [*listed, *people, *company_paren_titles(doc), *season_slot_titles(doc), *season_after_titles(doc), *genre_slot_titles(doc), *comma_genre_titles(doc), *role_slot_titles(doc), *definite_role_titles(doc),
            *verb_slot_titles(doc), *participle_slot_titles(doc), *debut_slot_titles(doc), *project_slot_titles(doc), *return_slot_titles(doc), *order_given_titles(doc), *bought_for_territory_titles(doc), *possessive_slot_titles(doc), *phrase_slot_titles(doc), *cast_slot_titles(doc), *credit_object_titles(doc), *ordered_object_titles(doc), *starring_opener_titles(doc), *apposition_titles(doc), *maker_aside_subject_titles(doc), *dated_hit_titles(doc), *dated_debut_subject_titles(doc), *own_showing_subject_titles(doc), *festival_showing_subject_titles(doc), *joined_cast_titles(doc), *production_slot_titles(doc), *which_work_titles(doc), *company_object_titles(doc), *own_title_noun_titles(doc), *show_part_titles(doc), *award_slot_titles(doc), *from_maker_titles(doc), *passive_work_subjects(doc), *dated_release_subjects(doc), *dated_work_predicate_titles(doc), *platform_subject_titles(doc), *suffix_companies(doc), *apposition_companies(doc), *maker_possessive_companies(doc), *unit_companies(doc),
            *award_winner_titles(doc), *trophy_with_titles(doc), *possessive_noun_titles(doc), *fame_slot_titles(doc),
            *release_clause_titles(doc), *schedule_object_titles(doc), *schedule_subject_titles(doc), *performance_titles(doc), *year_owner_titles(doc), *owner_year_titles(doc), *year_paren_titles(doc), *catalogue_titles(doc), *starring_slot_titles(doc), *copula_work_titles(doc), *ranked_subject_titles(doc), *hyphen_credit_titles(doc), *hit_slot_titles(doc), *festival_slot_titles(doc), *festival_with_titles(doc), *section_slot_titles(doc), *festival_buy_titles(doc), *byline_slot_titles(doc), *working_title_titles(doc), *gloss_titles(doc), *person_possessive_titles(doc), *possessive_the_titles(doc), *plural_slot_titles(doc),
            *possessor_titles(doc), *box_office_comparison_titles(doc)]
