"""Finding the mentions of entities in a parsed document.

Sources, strongest first: the media gazetteer (SpanRuler labels carry ontology classes), quoted
titles, title and facility cues, then the statistical NER. Each source proposes a class; the
entity stage decides the class from all the mentions of one entity together.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span, Token

from mediakg.extract.evidence import document_text
from mediakg.extract.lexicon import alternation, company_descriptor_nouns, given_names, lexicon_table, lower_words, nationality_compound, opens_with_given_name, place_names, skipping, words
from mediakg.extract.mentions.source_works import SOURCE_NOUN
from mediakg.extract.tokens import doc_ents, doc_sents, ents_within, kept_while_fixed, lower_forms, token_table, tokens_at, tokens_with, word_indices, word_positions
from mediakg.ontology.vocabulary import vocabulary

# The kind of a class is the tag of its top-level class: the short names extraction patterns use
# (ent("org", ...)); a top-level class with no short name here goes by its name in lower case.
SHORT_KIND = {"Organization": "org", "CreativeWork": "work"}


def kind_tag(root: str) -> str:
    return SHORT_KIND.get(root, root.lower())


KIND_CLASS = {kind_tag(root): root for root in vocabulary().roots}
CLASS_KIND = {cls: kind_tag(vocabulary().root(cls)) for cls in vocabulary().classes}

# OntoNotes labels of the small models that name things the ontology has a class for.
NER_CLASS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place",
             "FAC": "Facility", "WORK_OF_ART": "CreativeWork", "EVENT": "Event"}

# How much a source's word on the class counts when mentions disagree.
WEIGHT = {"gazetteer": 6.0, "pattern": 4.0, "cue": 3.0, "quote": 2.0, "ner": 1.0, "docmatch": 0.5}

APOSTROPHES = "'\u2019"
# A possessive the tokenizer may leave on its word, with either apostrophe or an opening quote.
FUSED_POSSESSIVES = ("\u2019s", "'s", "\u2018s")
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})  # the possessive clitic as the tokenizer splits it
OPEN_QUOTES = "\u201c\"\u00ab"
CLOSE_QUOTES = "\u201d\"\u201c\u00bb"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # character offsets in the document text
    end: int
    text: str
    cls: str  # proposed ontology class; "" when only the kind of thing is unknown
    source: str
    canonical: str = ""  # gazetteer canonical name, when known
    cued: bool = False  # a word around it says what it is ("the series X", "X media event")
    titled: bool = False  # written as a title (a bare double-quoted title-cased run): kept, but no word says its class

    @property
    def kind(self) -> str:
        return CLASS_KIND.get(self.cls, "")

    @property
    def weight(self) -> float:
        return WEIGHT[self.source]


def clean_span(span: Span) -> Span | None:
    """Trim what is not part of a name: a leading article, a trailing possessive, quotes, dashes."""
    doc = span.doc
    start, end = span.start, span.end
    table = token_table(doc)  # the words and tags as strings: no Token made for each test
    texts, lowers, tags = table.text, table.lower, table.tag
    # "Starring Eric Vale", "Director Ana Ruiz": the NER takes a capitalised word before a name in.
    # (The word tests come before `.sent`, which costs more than all of them.)
    # A plural possessive's apostrophe ("Harbour Films’ Salt Road") opens no name either.
    while start < end and (lowers[start] == "the" or texts[start] in OPEN_QUOTES + CLOSE_QUOTES + APOSTROPHES
                           or (end - start > 2 and lowers[start] in lower_words("name_prefix_words"))
                           # "Joining Vale are A and B": a gerund opening the sentence is no given name.
                           or (end - start > 1 and lowers[start] in lower_words("rel6_name_prefix_gerunds")
                               and start == doc[start].sent.start)
                           # "Said Vale: ...": an inverted attribution opens its sentence with the
                           # verb, capitalised there; the speaker's name follows it, then the colon
                           # or comma before the quote.
                           or (end - start > 1 and lowers[start] in lower_words("inverted_attribution_verbs")
                               and tags[start].startswith("VB") and end < len(doc) and texts[end] in (":", ",")
                               and start == doc[start].sent.start)):
        start += 1
    # probeB: "Distributor Quillon has acquired", "Indie producer Halvard": a company descriptor
    # opening the sentence is capitalised there only; it describes the name, it is no part of it
    # (lexicon probeB_sentence_descriptor_words), and alone before another descriptor noun it is none.
    if start < end and lowers[start] in lower_words("probeB_sentence_descriptor_words") and doc[start].is_title \
            and start == doc[start].sent.start:
        if end - start > 2 or (end - start == 2 and texts[end - 1] not in words("org_suffixes")):
            start += 1  # ("Banner Films", "Indie Pictures" are names)
        elif end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN":
            return None
    # adapt7: a blank line or a line break ends a name: a headline's last name and the first
    # word of the paragraph below it ("... – The Hollywood Reporter" / "Studios are ...") are two.
    brk = next((i for i in range(start + 1, end) if "\n" in texts[i] and doc[i].is_space), None)
    if brk is not None:
        end = brk
    # adapt7: "A, B and Dominic Vale - returned for ...": a hyphen with a space on both sides is a
    # dash, and a lower-case word after it is the sentence going on; a name ends before it (a
    # subtitle after such a dash opens with a capital: "Mission - Dead Reckoning").
    cut = next((i for i in range(start + 1, end - 1) if texts[i] in ("-", "--") and doc[i - 1].whitespace_
                and doc[i].whitespace_ and doc[i + 1].is_lower), None)
    if cut is not None:
        end = cut
    # ... and a line break the NER runs a name into at the end of a line ("Producers: A, Harbour Films").
    # A slash ends no name: "(Harbour/Lumen)" credits two companies, and the NER may keep it.
    # (A token is a space when its text is: spaCy's is_space is str.isspace.)
    while end > start and (tags[end - 1] == "POS" or texts[end - 1] in APOSTROPHES + CLOSE_QUOTES + ",.-&/"
                           or texts[end - 1].isspace()):
        end -= 1
    if start >= end:
        return None
    trimmed = doc[start:end]
    text = document_text(doc)[trimmed.start_char:trimmed.end_char]  # spaCy joins the tokens on each .text
    # A possessive fused on the last word ("Netflix’s") when the tokenizer kept it together.
    if text.endswith(FUSED_POSSESSIVES) and len(text) > 2:
        trimmed = doc.char_span(trimmed.start_char, trimmed.end_char - 2, alignment_mode="contract") or trimmed
    return trimmed


@lru_cache(maxsize=1)
def _placed_tail_re() -> re.Pattern:
    # Only "in the US", "across the UK": a place right after "in" may belong to the title
    # ("Emily in Paris"), and a run cut before "for the UK" is most often a buyer's name.
    places = "|".join(map(re.escape, sorted(words("countries") | words("regions") | words("cities"), key=len, reverse=True)))
    return re.compile(rf"\s+(?:in|across|throughout)\s+the\s+(?:{places})$")


@lru_cache(maxsize=1)
def _for_territory_tail_re() -> re.Pattern:
    places = "|".join(map(re.escape, sorted(words("countries") | words("regions"), key=len, reverse=True)))
    return re.compile(rf"\s+for\s+(?:the\s+)?(?:{places})$")


@lru_cache(maxsize=1)
def _in_territory_tail_re() -> re.Pattern:
    places = "|".join(map(re.escape, sorted(words("release_territories"), key=len, reverse=True)))
    return re.compile(rf"\s+(?:in|across|throughout)\s+(?:{places})$")


def in_territory_tail_start(title: str) -> int | None:
    """Where "in <territory>" ends the run after a verb of releasing or ordering a work ("will
    distribute Night Ferry in North America", "released X in France"), or None: the territory
    is where the work goes. Only there, and only a trade territory (release_territories): a title
    may end in a state or a city ("Lost in Texas", "Emily in Paris") and, rarely, a country
    ("Made in Italy", a known loss)."""
    tail = _in_territory_tail_re().search(title)
    return tail.start() if tail else None


def is_territory_tail(text: str) -> bool:
    """Whether text is no more than "for <country or region>" (" for the UK")."""
    return _for_territory_tail_re().fullmatch(text) is not None


def territory_tail_start(title: str) -> int | None:
    """Where "for <country or region>" ends a title run ("acquired the thriller Glasshouse for
    North America"), or None: the territory a work is bought or sold for is no part of its
    title, though the NER often runs the two into one name (and "for" then reads as a joiner
    after an owner)."""
    tail = _for_territory_tail_re().search(title)
    return tail.start() if tail else None


def event_tail_start(doc: Doc, start: int, end: int) -> int | None:
    """Where "at <festival or market>" ends a title run ("picked up the thriller Glasshouse at
    Cannes"), relative to start, or None: the event where a work is bought, sold or shown is no
    part of its title, and the NER or the gazetteer names the event ("Death at a Funeral" keeps
    its words: no event follows its "at")."""
    text = document_text(doc)
    for e in doc_ents(doc):
        if (e.label_ == "EVENT" or CLASS_KIND.get(e.label_) == "event") and start < e.start_char < end <= e.end_char + 1:
            joiner = re.search(r"\s+at\s+(?:the\s+)?$", text[start:e.start_char])
            if joiner and joiner.start() > 0:
                return joiner.start()
    # "bought the drama Glasshouse at Toronto": trade copy names a festival by its host city.
    hosted = re.search(r"\s+at\s+([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)$", text[start:end])
    if hosted and hosted.start() > 0 and hosted.group(1).rstrip(".") in words("cities"):
        return hosted.start()
    return None


def cast_partner_start(doc: Doc, start: int, end: int) -> int | None:
    """Where the title starts in a run that opens with a person's full name and "in" ("opposite
    Dana Vale in Glasshouse, the thriller from ..."), relative to start, or None: the name is the
    cast member a star plays alongside, the run after "in" the work they play in. A title seldom
    opens with a full name, given name first, and "in" ("Alice in Wonderland" opens with a
    single name, and "Midnight in Paris" with no person)."""
    text = document_text(doc)
    person = next((e for e in doc_ents(doc) if e.label_ == "PERSON" and e.start_char == start and len(e) >= 2
                   and e[0].lower_ in given_names() and e.end_char < end), None)
    if person is None:
        return None
    after = re.match(r"[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9\u201c\"])", text[person.end_char:end])
    return person.end_char + after.end() - start if after else None


# "release Salt Road in March", "Salt Road on Friday": a time after a title run says when, and a
# title seldom ends in a bare month, season, weekday or year after a preposition.
DATED_TAIL_RE = re.compile(r"\s+(?:in|on|from|until|by|this|next|last)\s+(?:(?:early|late|mid)[\s-]+)?"
                           r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                           r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?$")


# A verb of selling a work on, up to the slot that holds its title ("has sold the drama ");
# a verb of buying one ("has acquired the drama ").
SOLD_BEFORE_RE = re.compile(r"\b(?:sold|sells|sell|selling|pre-sold|pre-sells|licensed|licenses|licensing)\b[^.;!?\n]{0,40}$")
BOUGHT_BEFORE_RE = re.compile(r"\b(?:acquired|acquires|acquire|acquiring|bought|buys|buy|buying|picked\s+up|picks\s+up|nabbed|snapped\s+up|"
                              r"took|takes|snagged|secured|secures|licensed)\b[^.;!?\n]{0,90}$")
# What follows "from" when it names the seller, not a word of the title: a place-based
# descriptor ("from Paris-based sales agent X"), a lower-case description, a country's
# possessive ("from France's Lumen"; not "Postcards from Nora's Island"), or a company name.
SELLER_AFTER_RE = re.compile(r"\s+from\s+(?=[A-Z][\w.]*-based\b|[a-z]|(?:" + alternation(sorted(words("countries"), key=len, reverse=True))
                             + r")(?:'s|\u2019s)\s|(?:[A-Z][\w&.\-]*\s+){0,3}(?:"
                             + alternation(sorted(words("org_suffixes"), key=len, reverse=True)) + r")\b)")


def buyer_tail_start(text: str, start: int, end: int) -> int | None:
    """Where the other party of a sale ends a title run, relative to start, or None: "to <buyer>"
    after a verb of selling ("sold the drama Glasshouse to Lumo Film in Italy"), "from <seller>"
    after a verb of buying when a company or its description follows ("acquired Glasshouse from
    sales agent Cinesud", "from Harbour Films"). Neither is part of the title ("Welcome to
    Marwen" keeps its words where nothing was sold, "Letters from Iwo Jima" where no company follows)."""
    tail = None
    if SOLD_BEFORE_RE.search(text, max(0, start - 60), start):
        # The last "to": the title may hold one of its own ("sold Welcome to Marwen to Lumo Film").
        for tail in re.finditer(r"\s+to\s+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])", text[start:end]):
            pass
    if tail is None and BOUGHT_BEFORE_RE.search(text, max(0, start - 80), start):
        tail = SELLER_AFTER_RE.search(text[start:end] + text[end:end + 60])
        if tail is not None and tail.start() >= end - start:
            tail = None
    return tail.start() if tail and tail.start() > 0 else None


def without_placed_tail(title: str) -> str:
    """A title run without "in the <known place>" or a date at its end: in "distribute the
    thriller Glasshouse in the US" the place is where the work goes, in "release Glasshouse in
    March" the month is when ("Love in the Time of Storms" keeps its words)."""
    placed = _placed_tail_re().search(title) or DATED_TAIL_RE.search(title)
    return title[:placed.start()] if placed else title


# Compiled once: entity_mentions and the name tests read them for every entity.
LEADING_THE_RE = re.compile(r"^[Tt]he\s+")  # "the Studios", "The Jim Henson Company"
DATING_WORD_RE = re.compile(r"(?:1[89]|20)\d0s|\d{1,2}(?:st|nd|rd|th)-century")  # "set in 1970s Glasgow"
HYPHEN_SUFFIX_RE = re.compile(r"-([a-z]+)")  # "BAFTA-winning", "Tony-nominated"
ACRONYM_PAREN_RE = re.compile(r"\s*\(([A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00dea-z&.]{1,10})\)")  # "(BFI)"


def post_title(text: str) -> bool:
    """Whether a capitalised run opens with a job title ("EVP Creative Affairs", "Managing
    Director Global Distribution", "Executive Producers are ..."): press releases capitalise a
    post like a name, and a company's name never opens with a rank or an office."""
    bare = LEADING_THE_RE.sub("", text)
    # An opening is the whole run or the run up to a space: looked up, not compared with each.
    openings = words("post_title_openings")
    return bare in openings or any(bare[:i] in openings for i, c in enumerate(bare) if c == " ")


# A film's running time as a festival catalogue writes it: "1h52", "112 min.", "95 minutes".
RUNNING_TIME = r"\d{1,3}[^\S\n]?(?:h[^\S\n]?\d\d|min\b\.?|mins\b|minutes\b)"
RUNNING_TIME_RE = re.compile(RUNNING_TIME)


# Words of job titles: a name made of two or more of them ("Senior Vice") is a title, not a name.
TITLE_ONLY_WORDS = frozenset({"Senior", "Vice", "President", "Executive", "Chief", "Deputy", "Managing", "Director", "Officer", "Chairman",
                              "Chairwoman", "Co-Chairman", "Co-Chair", "EVP", "SVP", "VP", "CEO", "COO", "CFO", "Head", "General", "Manager"})


def is_name(text: str) -> bool:
    """A plausible proper name: has a capital or digit and is not an industry abbreviation or a weekday."""
    if not any(c.isupper() or c.isdigit() for c in text):
        return False
    # "EVP/CFO", "President/GM": job titles joined by a slash are one post, no name.
    parts = [p.strip() for p in text.split("/")]
    if len(parts) > 1 and all(p in words("not_entities") or p in words("capitalised_role_words") or p.lower() in lower_words("role_title_words") for p in parts):
        return False
    # "Lumen Pictures Senior Vice President A": the NER may take a run of title words for a name
    # (a run of two or more: "Vice" alone may be a company's or a film's name).
    if len(text.split()) > 1 and all(w in TITLE_ONLY_WORDS for w in text.split()):
        return False
    # "the Romanian/American actor": a nationality adjective describes, it names nothing.
    if all(p in words("nationality_adjectives") for p in parts):
        return False
    # "(1974, 1h52, Portugal)": the NER takes a catalogue's running time for a place.
    return text not in words("not_entities") and not text.isdigit() and not RUNNING_TIME_RE.fullmatch(text)


def _split_fused_possessive(span: Span) -> list[Span]:
    """The small models often fuse "Toho's Human Vapor" into one ORG; a possessive inside a name
    separates the owner from the thing owned."""
    parts, start = [], span.start
    table = token_table(span.doc)  # the words and tags as strings: no Token made for each
    texts, tags = table.text, table.tag
    for i in range(span.start, span.end):
        # "Orbis Studios’ Iron Coast": a plural's curly apostrophe, which the tagger reads as a
        # closing quote, is a possessive all the same between two capitalised words.
        # (A word is title-cased as spaCy's is_title reads it: str.istitle.)
        plural_mark = (texts[i] in APOSTROPHES and span.start < i < span.end - 1 and texts[i - 1].endswith("s")
                       and texts[i - 1].istitle() and texts[i + 1].istitle())
        if (tags[i] == "POS" or plural_mark) and i < span.end - 1:
            parts.append(span.doc[start:i])
            start = i + 1
        elif i < span.end - 1 and len(texts[i]) > 2 and texts[i].endswith(FUSED_POSSESSIVES) and texts[i][0].isupper():
            # "Reporter‘s David Rooney": the tokenizer keeps a possessive written with an
            # opening quote on its word; the owner ends with that word (clean_span trims it).
            parts.append(span.doc[start:i + 1])
            start = i + 1
    parts.append(span.doc[start:span.end])
    return [p for p in parts if len(p)]


def _possessive_title(doc: Doc, span: Span) -> bool:
    """Whether a name the NER read as "W's X" is one title holding a possessive ("Grey's
    Anatomy", "Schitt's Creek") rather than an owner and what it owns ("Toho's Godzilla",
    "Vale's Salt Road"): one capitalised word on each side, and the word before the possessive
    is nowhere else in the article. A name the NER calls a person is a person's after an owner
    ("Blackpink's Jisoo": a band's member). An owner is a company or person the story names on its own
    (trade copy introduces a maker before or after crediting it), while a title's inner word
    ("Grey", "Schitt") names nothing by itself."""
    toks = [t for t in span if t.text not in ("'", "\u2019", "\u2018", '"')]
    if len(toks) != 3 or not (toks[1].tag_ == "POS" or toks[1].text in FUSED_POSSESSIVES):
        return False
    owner, owned = toks[0], toks[2]
    if not (owner.is_title and owned.is_title and owner.is_alpha and owned.is_alpha):
        return False
    return _names_nothing_alone(document_text(doc), owner.text, owned.text)


def _names_nothing_alone(text: str, owner: str, owned: str) -> bool:
    """Whether "owner's owned" reads as one title: the owner word is no place or given name, the
    owned word no company word, and the article uses the owner word nowhere but in that title."""
    if owner in place_names() or owned in words("org_suffixes") or owner.lower() in given_names():
        return False
    run = re.escape(owner) + r"(?:'s|\u2019s)\s+" + re.escape(owned)
    return not re.search(r"\b" + re.escape(owner) + r"\b", re.sub(run, " ", text))


def _possessive_title_run(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is "W's X", one title holding a possessive: one capitalised word
    each side, the first no place, given name or company word's owner, and found nowhere else in
    the article (an owner is a name the story uses on its own; see _possessive_title)."""
    run = re.fullmatch(r"([A-Z][a-z]+)(?:'s|\u2019s)[^\S\n]+([A-Z][a-z]+)", text[start:end])
    return run is not None and _names_nothing_alone(text, *run.groups())


def _split_slashed(span: Span) -> list[Span]:
    """Trade copy lists names with slashes ("produced by Jane Roe/Tom Hale"), and the NER takes
    the whole list for one name. A slash between two capitalised words separates two names;
    "TV/streaming" is no list."""
    parts, start = [], span.start
    texts = token_table(span.doc).text  # the words as strings: no Token made for each
    for i in range(span.start, span.end):
        if texts[i] == "/" and span.start < i < span.end - 1 and texts[i - 1].istitle() and texts[i + 1].istitle():
            parts.append(span.doc[start:i])
            start = i + 1
    parts.append(span.doc[start:span.end])
    return [p for p in parts if len(p)]


def _split_ampersand_people(span: Span) -> list[Span]:
    """"executive producers/writers Sam Vale & Dana Roe": credits pair two people with "&", and
    the NER takes the pair for one PERSON. An "&" with a full name (two or more capitalised words)
    on each side separates two people; "Simon & Schuster" (one word a side) stays a company."""
    # The NER also calls such a pair an ORG; then both sides must open with a known given name
    # ("Peter Vale & Alex Roe"), or "Harbour Films & Tidewater Media" would be split into people.
    if span.label_ not in ("PERSON", "ORG"):
        return [span]
    if span.label_ == "ORG":
        given = given_names()
        amp = next((t.i for t in span if t.text == "&"), None)
        if amp is None or not (span.doc[span.start].lower_ in given and amp + 1 < len(span.doc) and span.doc[amp + 1].lower_ in given):
            return [span]
    if len(span) > 2 and span[-1].text == "&":
        return [span.doc[span.start:span.end - 1]]  # "Sam Vale &" before a second PERSON
    for tok in span:
        if tok.text == "&" and span.start < tok.i < span.end - 1:
            left, right = span.doc[span.start:tok.i], span.doc[tok.i + 1:span.end]
            if len(left) >= 2 and len(right) >= 2 and all(t.is_title or t.text.endswith(".") for t in [*left, *right]):
                return [left, right]
    return [span]


def _mention(span: Span, cls: str, source: str, canonical: str = "", cued: bool = False) -> Mention | None:
    cleaned = clean_span(span)
    if cleaned is None:
        return None
    # "Canadian Mia Kovac", "British Tom Reyes": a nationality before a person's name describes
    # the person and is no part of the name (two name words must follow it).
    if cls == "Person" and len(cleaned) >= 3 and cleaned[0].text in words("nationality_adjectives"):
        cleaned = cleaned[1:]
    # The span's text, cut from the kept document text (spaCy joins the tokens on each .text).
    start, end = cleaned.start_char, cleaned.end_char
    text = document_text(cleaned.doc)[start:end]
    if not is_name(text):
        return None
    return Mention(start, end, text, cls, source, canonical, cued)


def _place_class(text: str) -> str:
    if text in words("countries"):
        return "Country"
    if text in words("regions") or text in words("place_districts"):
        return "Place"
    return "City"


# What places a name: "in X", "X-based", "the town of X", "X, B.C." (a listed region or country after it).
# ... also with a decade or a century that dates the place: "set in 1970s Glasgow".
PLACED_BEFORE_RE = re.compile(r"\b(?:in|from|near|outside|across|around|throughout|(?:city|town|village|capital|suburb) of)\s+(?:the\s+)?"
                              r"(?:(?:1[89]|20)\d0s\s+|\d{1,2}(?:st|nd|rd|th)-century\s+)?$", re.I)
# Capitals in these patterns are A-Z and Latin-1's (\u00c0-\u00d6, \u00d8-\u00de): "Östlund", "Élodie".
PLACED_AFTER_RE = re.compile(r"-based\b|,\s+(?P<area>[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.]*(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.]*){0,2})")


DATELINE_RE = re.compile(r"(?:,\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.]*)?\s*(?:\([^)\n]{1,30}\)\s*)?[\u2014\u2013-]\s")


def _gpe_class(text: str, start: int, end: int) -> str:
    """A name the NER calls a geopolitical entity is a City only when a list of cities knows it
    or the text places it; otherwise the small model's guess ("Licensing", "Giovanni") is no
    place at all: "" leaves it for other evidence to claim."""
    name = text[start:end]
    if name in words("countries") or name in words("regions") or name in words("place_districts") or name in words("cities"):
        return _place_class(name)
    if name.isupper() and name.title() in words("cities"):
        return "City"
    if PLACED_BEFORE_RE.search(text, max(0, start - 20), start):
        return "City"
    # A dateline opens a line with the city the story is filed from: "NEW YORK — Paramount ...".
    if (start == 0 or text[start - 1] == "\n") and DATELINE_RE.match(text, end):
        return "City"
    after = PLACED_AFTER_RE.match(text, end)
    if after and (after.group("area") is None or after.group("area") in words("regions") or after.group("area") in words("countries")):
        return "City"
    return ""


def public_body_name(text: str) -> bool:
    """A national or regional screen agency or fund named by its place: "Screen Ireland",
    "Northern Ireland Screen", "Danish Film Institute", "Irish Language Broadcast Fund". Such
    agencies are public bodies; the small NER takes them for a place or a person."""
    text = LEADING_THE_RE.sub("", text.replace("\u2019", "'"))
    places = place_names()
    if text.startswith("Screen ") and text[len("Screen "):] in places:
        return True
    for head in words("public_screen_heads"):
        if text.endswith(" " + head):
            opening = text[:-len(head) - 1]
            first = opening.split()[0]
            return opening in places or first in places or first in words("nationality_adjectives")
    return False


SEASON_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _season_cut(ent: Span) -> Span | None:
    """The title of "Title Season 2" / "Title Season Two": the words before a capitalised
    "Season" that ends a name with a number, when at least one capitalised word comes first."""
    if len(ent) < 3 or ent[-2].text != "Season":
        return None
    number = ent[-1].text
    if not (number.isdigit() and len(number) <= 2) and number.lower() not in SEASON_NUMBERS:
        return None
    title = ent[:-2]
    if len(title) > 1 and title[-1].lower_ == "for":
        title = title[:-1]  # "renewed Low Tide for Season 4": the renewal's "for"
    if title[0].lower_ == "the":
        title = title[1:]
    return title if len(title) and title[0].is_title else None


def org_class_from_name(text: str) -> str:
    """Organisation names that say what they are ("X Studios", "Ministry of Y")."""
    if public_body_name(text):
        return "GovernmentBody"
    tokens = text.split()
    # "Aqua Talent Agency", "Abrams Artists Agency": an agency that represents talent is a
    # company, not the public body "Agency" otherwise names ("Korea Creative Content Agency").
    if any(t == "Agency" and i and tokens[i - 1] in words("talent_agency_words") for i, t in enumerate(tokens)):
        return "Organization"
    if any(w in text for w in words("government_words")):
        return "GovernmentBody"
    # "Canadian Broadcasting Corporation", "Harbour Releasing": a word of the name that says what the
    # company does outranks the generic last word ("Corporation", "Group").
    if any(t in words("broadcaster_name_words") for t in tokens[1:]):
        return "Broadcaster"
    if any(t in words("distributor_name_words") for t in tokens[1:]):
        return "Distributor"
    if tokens and tokens[-1] in words("studio_words"):
        return "Studio"
    if tokens and tokens[-1] in words("production_company_words"):
        return "ProductionCompany"
    return "Organization"


# Capitalised words after a known name, up to a company word (" Atlanta Studios"), with exactly
# 2, 1 and 0 words between, longest first: the run may go on past the
# company word into a title-cased job title and a name ("ABC Studios President Dana Vale"), and
# the trade press capitalises a title before a name, so the company ends at its own last company
# word, not at the run's last capitalised word.
LONGER_NAME_RES = tuple(re.compile(r"(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de0-9][\w&\-]*){%d}\s+([A-Z\u00c0-\u00d6\u00d8-\u00de][\w.]*)(?![\w-])" % k)
                        for k in (2, 1, 0))


# A company word grown into a compound ("Studioworks", "Filmworks", "Screenworks"): a name's last
# word as a company word is ("BBC Studioworks" is not the BBC).
COMPOUND_COMPANY_WORD_RE = re.compile(r"[A-Z][a-z]+works")


def longer_company_end(text: str, end: int) -> int | None:
    """Where the longest run of capitalised words after a known name (ending at `end`) ends when
    its last word is a company word: " Atlanta Studios" after "Pinewood", " Studios" in "ABC
    Studios President". A sentence's full stop is no part of the last word ("produced by
    Paramount Television.") unless the word is an abbreviation of its own ("Corp.")."""
    suffixes = words("org_suffixes") | words("company_name_suffixes")
    matches = [pattern.match(text, end) for pattern in LONGER_NAME_RES]
    longest = next((m for m in matches if m), None)
    for longer in matches:
        if not longer:
            continue
        last, stop = longer.group(1), longer.end()
        if last not in suffixes and last.endswith(".") and last[:-1] in suffixes:
            stop -= 1
        elif last not in suffixes and not COMPOUND_COMPANY_WORD_RE.fullmatch(last):
            continue
        # A run cut shorter than it goes is the company only when a job title goes on from it:
        # "Netflix-Toho Production Dynamics" is one name, whatever its words.
        after = text[longer.end():].split(None, 1)
        if longer is longest or (after and after[0].lower() in lower_words("role_title_words")):
            return stop
    return None


# Festivals give trophies named by a metal and an animal or object: "Golden Bear", "Silver Lion".
AWARD_RE = re.compile(r"\b(?:Awards?|Prize|Medal|Globes?|Oscars?|Emmys?|Palme d.Or)\b|\b(?:"
                      + "|".join(words("award_metals")) + r")\s+(?:" + "|".join(words("award_heads")) + r")\b")
# Festivals named by their short name before a section ("Sundance Competition"), besides the
# festival cities place_names() knows ("Venice Competition").
FESTIVAL_SHORT_NAMES = frozenset({"Sundance", "Berlinale", "Tribeca", "SXSW", "TIFF", "Slamdance", "Annecy", "Telluride", "IDFA"})
# The last word of a prize's name ("Academy Award", "Golden Globe"), which no person's name ends in.
AWARD_HEADS = frozenset({"Award", "Awards", "Prize", "Medal", "Globe", "Globes", "Emmy", "Emmys", "Oscars", "BAFTA", "BAFTAs"})
# Job nouns that open a capitalised title ("Controller of Drama", "Head of Scripted").
JOB_OPENERS = frozenset({"Controller", "Head", "President", "Chairman", "Chairwoman", "Director", "Editor", "Chief", "VP", "SVP", "EVP"})
# The capitalised nouns of a prize's winner or nominee, which describe a person ("Emmy Winner").
AWARD_PERSON_NOUNS = frozenset({"Winner", "Winners", "Nominee", "Nominees", "Laureate", "Laureates"})


def after_prize_words(span: Span) -> Span | None:
    """A person's name past the prize words before it ("Oscar Winner Clara Voss": Clara Voss);
    None when the span is only the prize ("two-time Emmy Nominee")."""
    honoured = [t.i for t in span if t.text in AWARD_PERSON_NOUNS]
    if not honoured:
        return span
    return span.doc[honoured[-1] + 1:span.end] if honoured[-1] + 1 < span.end else None
# Characters are people of the story, not of the industry: "will play Laurie", "star as Kevin".
CHARACTER_CUE = lower_words("character_cues")


# Only a part is played or portrayed: the name right after these is a character's.
PLAYING_VERBS = frozenset({"play", "plays", "playing", "played", "portray", "portrays", "portraying", "portrayed"})


def _is_character(span: Span) -> bool:
    before = [t.lower_ for t in span.doc[max(0, span.start - 2):span.start]]
    if bool(before) and (before[-1] in CHARACTER_CUE or (len(before) == 2 and before[0] == "as")):
        return True
    if " ".join(before) in lower_words("character_cue_pairs"):
        return True  # "the role of Meg", "a character named Sol"
    # "A and B will star as Ki Hoon and Sang Woo": two actors play two parts, so a name
    # coordinated with a character is a character too. With one actor ("the cast includes A as
    # Ruth and B") the name after "and" is another cast member.
    root = span.root
    if root.dep_ == "conj" and root.head.i < span.start and root.head.pos_ == "PROPN":
        first = min([root.head.i, *(c.i for c in root.head.children if c.dep_ == "compound")])
        cue = span.doc[first - 1] if first > 0 else None
        if cue is None or cue.lower_ not in CHARACTER_CUE:
            return False
        verb = cue.head if cue.lower_ == "as" else cue
        return any(c.dep_ == "nsubj" and any(g.dep_ == "cc" for g in c.subtree) for c in verb.children)
    return False


def _before_headline_verb(ent: Span) -> Span:
    """A headline capitalises its verb, and the NER runs a person's name into it: "Jane Roe Joins
    Harbour", "Tom Vale Cast as Meg". The name ends before the verb (two name words at least)."""
    verbs = words("headline_name_verbs")
    for tok in ent[2:]:
        if tok.text in verbs:
            return Span(ent.doc, ent.start, tok.i, label=ent.label_)
    # "ICM Signs Dorian Pell": the verb after the company's name opens the NER's span.
    if len(ent) >= 3 and ent[0].text in verbs and ent[0].i > 0 and ent.doc[ent[0].i - 1].text[:1].isupper():
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def _with_particles(ent: Span) -> Span:
    """"Jan van der Berg", "Ana de la Vega": the NER may keep only the words after the
    lower-case particles of a name; the given name before them belongs to it too."""
    doc, start = ent.doc, ent.start
    particles = lower_words("name_particles")
    while start > 0 and doc[start - 1].text in particles and doc[start - 1].whitespace_:
        start -= 1
    if start == ent.start or start == 0 or not (doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"):
        return ent
    start -= 1
    return Span(doc, start, ent.end, label=ent.label_)


def _with_double_surname(ent: Span) -> Span:
    """"Anna Hill-Ward's": the NER may stop a name at the hyphen of a double surname; a
    capitalised word joined to its last word by a hyphen, with no space, belongs to it."""
    doc, end = ent.doc, ent.end
    if end + 1 < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].text == "-" and doc[end].whitespace_ == "" \
            and doc[end + 1].is_title and doc[end + 1].is_alpha:
        return Span(doc, ent.start, end + 2, label=ent.label_)
    return ent


def _with_given_name(ent: Span) -> Span:
    """"Ewan Vale and Tom Hale star": the small NER may keep only the surname of a name whose
    given name it does not know. A one-word person name right after one capitalised proper noun
    that the parse makes its compound, itself no entity, no form of address ("Senator"), no date
    word and no place, after no other capitalised word, is the name's given name."""
    doc, start = ent.doc, ent.start
    if len(ent) != 1 or start == 0:
        return ent
    given = doc[start - 1]
    if not (given.whitespace_ and given.is_title and given.is_alpha and given.pos_ == "PROPN" and given.dep_ == "compound"
            and given.head.i == ent.start and not given.ent_type_ and given.text not in words("person_forms_of_address")
            and given.text not in words("date_words") and given.text not in words("capitalised_role_words")
            and given.text not in words("headline_name_verbs") and given.text not in place_names()):
        return ent
    if start >= 2 and (doc[start - 2].is_title or doc[start - 2].is_upper) and doc[start - 2].is_alpha and not doc[start - 2].is_sent_start:
        return ent  # "Law And Order McGregor": a run of capitals may be a title's or a company's
    if (start >= 2 and doc[start - 2].pos_ == "DET") or ent[-1].dep_ == "compound":
        return ent  # "the Bright Horizon programme": an article or a noun after it makes the run a name of a thing
    return Span(doc, start - 1, ent.end, label=ent.label_)


def _person_owner(ent: Span) -> bool:
    """"Salt Road's Dana Vale joins the cast", "Harbour Lights' Tom Roe will star": what owns
    an actor in trade news is the show or the company they are known by, not a person. The
    owned name must be an actor by its clause (the subject of joining or starring): in "Tom
    Vale's Harbour Lights opens" the owned name is the director's film."""
    doc = ent.doc
    if ent[-1].tag_ == "POS" or ent[-1].text in APOSTROPHES:
        after = ent.end  # the NER kept the possessive: "Harbour Lights'"
    else:
        after = ent.end + 1 if ent.end < len(doc) and doc[ent.end].tag_ == "POS" else None
    owned = next((e for e in doc_ents(doc) if e.start == after and e.label_ == "PERSON"), None) if after is not None else None
    if owned is None or owned.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = owned.root.head
    return verb.lemma_.lower() in lower_words("cast_subject_verbs") | lower_words("cast_join_verbs")


def possessive_employers(doc: Doc) -> Iterator[Mention]:
    """"Harbour Lane's Tom Reyes said", "brokered by Kestrel's Dana Vale": outside casting copy,
    what owns a person's full name in the possessive is the company they work for (a person's
    possessive never stands before another person's full name, and a show's only in a sentence
    about a cast). The NER often calls an unknown company's name a person or a place there, and
    may miss the person after it. The owned name opens with a frequent given name; the owner
    opens with none and is no known place."""
    cues = lower_words("cast_verbs") | lower_words("cast_nouns") | lower_words("cast_join_verbs")
    # The possessive markers, from the token table and the word index: no Token of every word.
    markers = {i for i, tag in enumerate(token_table(doc).tag) if tag == "POS"} | word_indices(doc, lower=("'s", "\u2019s"))
    for marker in tokens_at(doc, markers):
        j = marker.i + 1
        if j + 1 >= len(doc) or not (doc[j].is_title and doc[j].lower_ in given_names() and doc[j + 1].is_title
                                     and doc[j + 1].pos_ == "PROPN" and doc[j + 1].is_alpha):
            continue
        if any(t.lemma_.lower() in cues or t.lower_ in cues for t in marker.sent):
            continue  # "stars Ember's Dana Vale": the possessive is her show (titles.possessor_titles)
        owner = next((e for e in doc_ents(doc) if e.end in (marker.i, marker.i + 1) and e.start < marker.i), None)
        name_end = j + 2 if not (j + 2 < len(doc) and doc[j + 2].is_title and doc[j + 2].pos_ == "PROPN") else j + 3
        if not any(e.label_ == "PERSON" and e.start <= j < e.end for e in doc_ents(doc)) and not any(
                e.start < name_end and j < e.end for e in doc_ents(doc)):
            m = _mention(doc[j:name_end], "Person", "pattern")
            if m:
                yield m
        if owner is None or owner.label_ not in ("PERSON", "GPE", "LOC"):
            continue
        span = doc[owner.start:marker.i]
        if not span or span[0].lower_ in given_names() or span.text in place_names() or any(t.ent_type_ in ("DATE", "TIME") for t in span):
            continue
        m = _mention(span, "Organization", "pattern")
        if m:
            yield m


def _name_before(doc: Doc, end: int, longest: int = 3, tags: tuple[str, ...] = ("PROPN",)) -> Span | None:
    """The run of one to `longest` capitalised name words that ends at token `end` (exclusive)."""
    start = end
    while start > 0 and end - start < longest and doc[start - 1].pos_ in tags and doc[start - 1].is_title:
        start -= 1
    return doc[start:end] if start < end else None


def person_names(doc: Doc) -> list[Span]:
    """The NER's person names, each run on over a one-word company name fused to its end: in
    "Sean Vale Fox (Moonfall) will star" the NER cuts "Sean Vale" and the gazetteer takes "Fox".
    A surname is the last word of a name, so a company name right after a person's name with
    nothing between, that a parenthesis, a comma or a verb follows, is the surname."""
    ents = list(doc_ents(doc))
    names = []
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON":
            continue
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (nxt is not None and nxt.start == ent.end and len(nxt) == 1 and CLASS_KIND.get(nxt.label_) == "org"
                and nxt[0].is_title and nxt.end < len(doc) and (doc[nxt.end].text in ("(", ",") or doc[nxt.end].pos_ in ("VERB", "AUX"))):
            names.append(Span(doc, ent.start, nxt.end, label="PERSON"))
        else:
            names.append(ent)
    return names


def surname_companies(doc: Doc) -> Iterator[Mention]:
    """"Sean Vale Fox (Moonfall)": a person's name the gazetteer cut (see person_names)."""
    ents = {(e.start, e.end) for e in doc_ents(doc)}
    for span in person_names(doc):
        if (span.start, span.end) not in ents and (m := _mention(span, "Person", "pattern")):
            yield m


def character_parens(doc: Doc) -> tuple[tuple[Span, Span], ...]:
    """The pairs `_character_parens` finds, kept while the document's parse is fixed: two finders
    ask for them (the pairs read the parse alone, never the tags)."""
    return kept_while_fixed(doc, "character parens", lambda d: tuple(_character_parens(d)))


def _character_parens(doc: Doc) -> list[tuple[Span, Span]]:
    """(character, actor) pairs of "Nora (Marta Quill)", "Rosa's (Lamb) brother": a story's
    character followed by the actor who plays it in parentheses. Trade news writes a person
    with their credits in parentheses ("Marta Quill (Moonfall)"), so the parenthesis holds the
    actor only
    - when it names a person the article names in full elsewhere (a full name, or the surname
      of one);
    - when a lone first name, no part of any full name in the article, is followed by a full
      name of two or three words;
    - when a description that is no job comes before the name ("teenager Ana Vik (Ola Lund)",
      "a nurse named Nora (Marta Quill)"): a job noun introduces a person, another noun a part;
    - in a list that goes on from such a pair ("A (X), B (Y) and C (Z)"): one list, one kind."""
    full: set[str] = set()
    parts: set[str] = set()
    surnames: set[str] = set()
    people = {(e.start, e.end) for e in doc_ents(doc) if e.label_ == "PERSON"}
    for ent in person_names(doc):
        # A name in a parenthesis, or before one that holds another person's name, may be the
        # character or the actor: no evidence either way. Before a credit ("Ana Vik (Moonfall)")
        # it is a person's.
        closing = next((t.i for t in doc[ent.end:ent.end + 6] if t.text == ")"), None)
        beside = (ent.start > 0 and doc[ent.start - 1].text == "(") or (
            ent.end < len(doc) and doc[ent.end].text == "(" and closing is not None and (ent.end + 1, closing) in people)
        if len(ent) >= 2 and not beside:
            full.add(ent.text)
            parts.update(t.text for t in ent)
            surnames.add(ent[-1].text)
    jobs = lower_words("person_role_nouns") | lower_words("person_description_nouns")
    pairs: list[tuple[Span, Span]] = []
    last_close = -1
    for open_ in tokens_with(doc, lower=("(",)):
        if open_.text != "(" or open_.i < 1:
            continue
        close = next((t.i for t in doc[open_.i + 1:open_.i + 5] if t.text == ")"), None)
        if close is None or close == open_.i + 1:
            continue
        actor = doc[open_.i + 1:close]
        if not all(t.is_title and t.is_alpha and t.text not in words("org_suffixes") for t in actor):
            continue
        # "Vale (Low Tide) will play Nora": who plays a part is the actor, so the name before the
        # parenthesis is the actor and the parenthesis a credit; a character plays no one.
        verb = next((t for t in doc[close + 1:close + 4] if t.lower_ not in ("will", "is", "also", "to", "set", "has", "been", "now")), None)
        if verb is not None and verb.lower_ in PLAYING_VERBS:
            continue
        end = open_.i - 1 if doc[open_.i - 1].tag_ == "POS" else open_.i
        character = _name_before(doc, end)
        if character is None:
            continue
        full_actor = 2 <= len(actor) <= 3 and ((actor.start, actor.end) in people or all(t.pos_ == "PROPN" for t in actor))
        before = doc[character.start - 1] if character.start > 0 else None
        # The NER's word that the parenthesis names a person: a title of two capitalised words
        # looks like a name ("Thora Vale (Ghost Town)").
        ner_actor = full_actor and (actor.start, actor.end) in people
        described = (before is not None and ner_actor and before.is_lower
                     and (before.pos_ == "NOUN" or before.lower_ in ("named", "called")) and before.lower_ not in jobs)
        listed = (full_actor and last_close >= 0 and 1 <= character.start - last_close <= 3
                  and all(t.lower_ in (",", "and", "plus") for t in doc[last_close + 1:character.start]))
        if character.text in full and not (described or listed):
            continue
        if _named_as_no_person(doc, character) or _named_as_no_person(doc, actor):
            continue  # "sold it to France (Le Pacte)": a territory and its buyer, no part and actor
        named_elsewhere = actor.text in full or (len(actor) == 1 and actor.text in surnames)
        lone_first_name = len(character) == 1 and character.text not in parts and full_actor
        if named_elsewhere or lone_first_name or described or listed:
            pairs.append((character, actor))
            last_close = close
    return pairs


def _named_as_no_person(doc: Doc, span: Span) -> bool:
    """Whether the NER names the span a place, the gazetteer a company, or a list of places knows it
    (the NER's ORG is left out: it gives that label to many unknown people)."""
    if span.text in words("countries") or span.text in words("regions") or span.text in words("cities"):
        return True
    return any(e.start < span.end and span.start < e.end and (e.label_ in ("GPE", "LOC", "NORP")
                                                              or CLASS_KIND.get(e.label_) not in (None, "person"))
               for e in doc_ents(doc))


def character_actors(doc: Doc) -> Iterator[Mention]:
    """The actor of "Nora (Marta Quill)" is a person, whatever the NER took the name for."""
    for _, actor in character_parens(doc):
        m = _mention(actor, "Person", "pattern")
        if m:
            yield m


# A name right before one of these lower-case nouns names a festival's section or an award's
# category, which the ontology does not describe: "the Bright Future programme", "the World
# Cinema Dramatic Competition section", "the Best Score category".
SECTION_AFTER_RE = re.compile(r"\s+(?:section|sections|programme|program|strand|sidebar|category|categories)\b")


# A name, at most two capitalised words, then a noun only an award takes: "X TV nominations".
AWARD_HOLDER_RE = re.compile(r"(?:\s+[A-Z][\w]*){0,2}\s+(?:" + "|".join(words("award_holder_nouns")) + r")\b")


@lru_cache(maxsize=1)
def _festival_sections() -> tuple[str, ...]:
    """The lexicon's festival sections as one tuple, for one str.startswith test of them all."""
    return tuple(sorted(words("festival_sections")))


HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "as", "from", "but", "vs"})


def headline_end(text: str) -> int:
    """Where the article's headline ends (0 when it opens with no headline): a first line of at
    most twenty words, without a closing full stop, whose every word but the small ones is
    capitalised."""
    stripped = text.lstrip()
    first = stripped.split("\n", 1)[0].strip()
    tokens = re.findall(r"[^\W\d_][\w'\u2019.&-]*", first)
    # (A byline, "By Dana Vale | Harbour Post", names the writer: no headline.)
    if "\n" not in stripped or not 2 <= len(tokens) <= 20 or first.endswith((".", "!", "?", ",", ":")) or tokens[0] == "By":
        return 0
    if not all(t[0].isupper() for t in tokens if t.lower() not in HEADLINE_SMALL_WORDS):
        return 0
    return len(text) - len(stripped) + len(first)


def _headline_only(doc: Doc, ent: Span, end: int) -> bool:
    """Whether an NER name in a title-cased headline is a fragment of it: the headline capitalises
    every word, so a capitalised run there is no sign of a name ("Market Reveals Select Sales But
    Tough Business"). A real name in a headline comes back in the body (a person at least by
    surname), so one whose last word the body never repeats is taken for a fragment."""
    if ent.start_char >= end or ent.label_ not in ("ORG", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"):
        return False
    last = ent.text.split()[-1].rstrip("'\u2019s") if ent.label_ == "PERSON" else ent.text.strip()
    return re.search(rf"(?<!\w){re.escape(last)}(?!\w)", document_text(doc)[end:]) is None


def _surname_of_known_name(ent: Span) -> Span | None:
    """"Megan Fox", "Amy Sky": a one-word name the gazetteer knows, right after a frequent given
    name the tagger reads as a proper noun, is a person's surname; the gazetteer's match took the
    name from the NER, which would have called it a person's. The span with the given name."""
    if CLASS_KIND.get(ent.label_) != "org" or len(ent) != 1 or ent.start == 0:
        return None
    given = ent.doc[ent.start - 1]
    if not given.is_title or given.pos_ != "PROPN" or given.ent_type_ or given.lower_ not in given_names():
        return None
    return ent.doc[ent.start - 1:ent.end]


def _without_trailing_function_words(ent: Span) -> Span | None:
    """The NER's span without the lower-case preposition, conjunction or article that ends it: no
    name ends in "with" or "and". The NER leaves one when a gazetteer name it ran into was taken
    out of its span ("Magnolia's Dori Begley with CAA" -> "Dori Begley with")."""
    end = ent.end
    while end > ent.start and ent.doc[end - 1].text.islower() and ent.doc[end - 1].pos_ in ("ADP", "CCONJ", "DET", "SCONJ"):
        end -= 1
    if end == ent.end:
        return ent
    return Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else None


# The nouns a company is described by before its name ("podcast company X", "Indie outfit X").
DESCRIPTOR_NOUNS = frozenset({"company", "firm"}) | company_descriptor_nouns()


def _without_job_abbreviation(ent: Span) -> Span:
    """A person's span without the job abbreviation the NER ran into it ("VP Ana Ruiz" ->
    "Ana Ruiz"): an all-capital job word before at least two words. The NER may call the
    whole a company ("MD Kenji Arai"): then the rest must open with a given name, and is a person."""
    first = ent.doc[ent.start]
    if ent.end - ent.start < 3 or not first.text.isupper() or first.lower_ not in lower_words("role_title_words"):
        return ent
    if ent.label_ == "PERSON":
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    rest = ent.doc[ent.start + 1:ent.end]
    if opens_with_given_name(rest.text) or (all(t.is_title for t in rest) and not any(t.text in words("org_suffixes") for t in rest)):
        return Span(ent.doc, ent.start + 1, ent.end, label="PERSON")
    # "Tom Reyes, MD Orbit Pictures, said": British copy writes the post before the company with
    # no "of"; a company word ends the rest, which is the company.
    if rest[-1].text in words("org_suffixes"):
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def _with_leading_acronym(ent: Span) -> Span:
    """The NER's company span with the capital initials it left out before it ("CJ E&M",
    "NBC Universal"): an all-capital word of two to four letters right before the name, that
    no mention holds and that names no post or place, opens the same name."""
    if ent.start == 0:
        return ent
    prev = ent.doc[ent.start - 1]
    if (2 <= len(prev.text) <= 4 and prev.text.isalpha() and prev.text.isupper() and prev.pos_ == "PROPN" and not prev.ent_type_
            and prev.whitespace_ and prev.lower_ not in lower_words("role_title_words") and prev.text not in place_names()):
        return Span(ent.doc, ent.start - 1, ent.end, label=ent.label_)
    return ent


def _without_leading_descriptor(ent: Span) -> Span:
    """The NER's company span without the lower-case description it ran in from the sentence's
    start ("Podcast company Wondery" -> "Wondery"): a common noun of company kind right before
    a capitalised word ends the description, and the name follows it."""
    for k in range(ent.start + 1, ent.end - 1):
        token = ent.doc[k]
        if token.lower_ in DESCRIPTOR_NOUNS and token.is_lower and ent.doc[k + 1].is_title \
                and all(t.is_lower for t in ent.doc[ent.start + 1:k]) and ent.doc[ent.start].is_sent_start:
            return Span(ent.doc, k + 1, ent.end, label=ent.label_)
    return ent


# The words that make a channel of a broadcaster's name ("ABC Kids", "ZDF Neo", "BBC Prime").
CHANNEL_TAIL_RE = re.compile(r"[^\S\n]+(?:" + alternation(sorted(words("channel_name_tails"), key=len, reverse=True)) + r")\b(?![\w'\u2019-])")


def person_span(ent: Span) -> Span:
    """The NER's PERSON span as a mention reads it: a given name, a particle or a second surname
    the small NER left outside added, a headline's verb cut off. Slots that retype the NER's
    person as a work read the same words ("Night Ferry is being written by A": the NER may keep
    only "Ferry")."""
    return _with_double_surname(_with_given_name(_with_particles(_before_headline_verb(ent))))


def entity_mentions(doc: Doc) -> Iterator[Mention]:
    """Mentions from doc_ents(doc): gazetteer labels are ontology classes, NER labels are mapped."""
    def text_of(span: Span) -> str:
        # `span.text` cut from the kept document text: spaCy joins the span's tokens on every read.
        return document_text(doc)[span.start_char:span.end_char]

    honours = honour_spans(document_text(doc))
    headline = headline_end(document_text(doc))
    for ent in doc_ents(doc):
        hit = next(((s, e) for s, e in honours if s < ent.end_char and ent.start_char < e), None)
        if hit is not None:
            # "Ana Ruiz's Camera d'Or": the name ends before the honour, with the NER's label.
            if ent.start_char >= hit[0]:
                continue
            cut = doc.char_span(ent.start_char, hit[0], alignment_mode="contract", label=ent.label_)
            if cut is None or not len(cut):
                continue
            ent = cut
        if ent.label_ in ("PERSON", "ORG"):
            ent = _without_job_abbreviation(ent)
        if ent.label_ == "PERSON":
            ent = person_span(ent)
        if ent.label_ not in CLASS_KIND:
            ent = _without_trailing_function_words(ent)
            if ent is None:
                continue
            if ent.label_ == "ORG":
                ent = _with_leading_acronym(_without_leading_descriptor(ent))
        if headline and _headline_only(doc, ent, headline):
            continue
        if ent.label_ in CLASS_KIND:  # the media gazetteer
            surname = _surname_of_known_name(ent)
            if surname is not None:
                m = _mention(surname, "Person", "ner")
                if m:
                    yield m
                continue
            # A festival's name opens a company's too: "Sundance Pictures", "Tribeca Studios".
            longer = longer_company_end(document_text(doc), ent.end_char) if CLASS_KIND[ent.label_] in ("org", "event") else None
            channel = CHANNEL_TAIL_RE.match(document_text(doc), ent.end_char) if ent.label_ in ("Broadcaster", "StreamingService") else None
            if channel and not longer:
                # "ABC Kids", "ZDF Neo", "Sky Kids": a broadcaster's name and a channel word name one
                # of its channels, a broadcaster of its own, not the parent the gazetteer knows.
                span = doc.char_span(ent.start_char, channel.end(), alignment_mode="expand")
                m = _mention(span, ent.label_, "pattern", cued=True) if span is not None else None
                if m:
                    yield m
                continue
            if longer:
                # "Pinewood Atlanta Studios", "Netflix Animation Studios": a known name opens the
                # name of another company, which the name's last word types.
                # A name that says no more than "company" keeps a studio's class: a studio's
                # division named after it ("Paramount Television") is a studio too.
                span = doc.char_span(ent.start_char, longer, alignment_mode="expand")
                cls = org_class_from_name(text_of(span)) if span is not None else ""
                cls = ent.label_ if cls == "Organization" and ent.label_ == "Studio" else cls
                m = _mention(span, cls, "pattern", cued=True) if span is not None else None
            else:
                m = _mention(ent, ent.label_, "gazetteer", canonical=ent.ent_id_)
            if m:
                yield m
            continue
        cls = NER_CLASS.get(ent.label_)
        if cls is None:
            continue
        if ent.label_ in ("ORG", "PERSON", "GPE", "FAC") and " " not in text_of(ent) and text_of(ent).lower() in lower_words("role_title_words"):
            continue  # "Named Executive Vice President": a job word the NER cut from the title is no name
        if ent.label_ == "WORK_OF_ART" and NICKNAME_BEFORE_RE.search(document_text(doc)[max(0, ent.start_char - 32):ent.start_char].rstrip("\u201c\"' ")):
            continue  # the so-called “Queen of the Coast”: a nickname the NER took for a title
        if LEADING_THE_RE.sub("", text_of(ent)) in words("org_suffixes"):
            continue  # "the rebirth of the Studios": a company word alone refers back, it names nothing
        if nationality_compound(text_of(ent)):
            continue  # "Franco-Algerian director A": the NER's name for countries joined by a hyphen
        if cls in ("Person", "Place", "Facility", "Organization", "Event") and public_body_name(text_of(ent)):
            cls = "GovernmentBody"  # "Screen Ireland" is no city, "Northern Ireland Screen" no person
        if ent[-2:-1].text == "Season" and ent[:-2].text.lower() in ("", "the") and (
                ent[-1].text.isdigit() or ent[-1].lower_ in SEASON_NUMBERS):
            continue  # "the Season 2 finale": a season named by its number alone is no entity
        season = _season_cut(ent)
        if season is not None:
            # "Saltmarsh Season 2": trade news numbers a show's seasons after its title; the
            # title before "Season" is the series, whatever the NER made of the whole run.
            m = _mention(season, "Series", "pattern", cued=True)
            if m:
                yield m
            continue
        if len(ent) > 1 and ent[-1].text in words("bare_festival_sections") and (
                ent[:-1].text in place_names() or ent[:-1].text in FESTIVAL_SHORT_NAMES):
            continue  # "Omer Tal's Venice Competition title X": a festival's section, no company or work
        member = _member_of_company(ent) if cls in ("Person", "Organization") else None
        if member is not None:
            # "produced by Dana Vale of Harbour Films": news names a person by the company they
            # speak or produce for; the small model runs both into one name.
            person, company = member
            for part, part_cls in ((person, "Person"), (company, _place_class(text_of(company)) if text_of(company) in place_names()
                                                        else org_class_from_name(text_of(company)))):
                m = _mention(part, part_cls, "ner")
                if m:
                    yield m
            continue
        if cls == "Person" and ent.start > 0 and _given_name_left_out(doc[ent.start - 1]):
            # "Danielle Marie Behrens'": the small NER may leave a given name out of the person
            # it opens (calling it a place); the name before, joined by a space, is hers.
            ent = doc[ent.start - 1:ent.end]
        if cls == "Organization" and _possessed_full_name(ent):
            # "Dale Rourke's Ninth Grade": before a possessive the small model often calls a full
            # name a company; a given name and one more capitalised word, no company word, is a
            # person's name (the film's maker, not its studio).
            cls = "Person"
        if cls in ("Person", "Organization", "Facility") and len(ent) > 1 and ent[-1].text in words("place_unit_words"):
            cls = "Place"  # "in Douglas County", "Gyeonggi Province": an administrative unit is a place
        if cls in ("Person", "Organization", "Facility") and len(ent) > 1 and ent[-1].text in words("place_route_words"):
            cls = "Place"  # "on Harbour Boulevard", "the Salt Creek Valley": a road or a valley is a place
        if cls in ("Organization", "Place") and len(ent) > 1 and ent[-1].text in words("venue_name_heads"):
            cls = "Facility"  # "the Ryerson Theatre", "Roy Thomson Hall": a building people gather in
        if cls in ("Facility", "Place", "Person") and ent[-1].text in words("org_suffixes") \
                and ent[-1].text not in ("International", "Worldwide", "Channel") and len(ent) > 1:
            cls = org_class_from_name(text_of(ent))  # "Tidewater Media", "Harbour Films": the name says company
        if text_of(ent).endswith("-") and ent.end < len(doc) and not doc[ent.end - 1].whitespace_:
            # The small models cut hyphenated words: "Jung Hae-" of "Jung Hae-in", "Academy
            # Award-" of "Award-winning". Take the whole word, then judge it.
            ent = doc[ent.start:ent.end + 1]
            if doc[ent.end - 1].is_lower and len(doc[ent.end - 1]) > 3:
                continue  # "-winning", "-based": a modifier, not a name
        if DATING_WORD_RE.fullmatch(ent[0].text):
            # "set in 1970s Glasgow": the NER takes the decade into the place it dates, or
            # calls the decade alone a place.
            if len(ent) == 1:
                continue
            ent = ent[1:]
        opened = next((t.i for t in ent if t.text == "("), None)
        if opened is not None and ")" not in text_of(ent):
            # "Ana Ruiz (Moonfall": the NER ran into a parenthesis of credits; the name ends
            # before it, and the label the NER gave the whole run says little about it. A name
            # with credits is a person's unless its own words make it a company.
            ent = doc[ent.start:opened]
            if not len(ent) or not all(t.is_title for t in ent):
                continue
            named = org_class_from_name(text_of(ent))
            cls = named if named != "Organization" or ent[-1].text in words("org_suffixes") else "Person"
        # "Oscar Winner Clara Voss", "two-time Emmy Nominee": a prize's winner or nominee describes
        # the person named after it, and with no name after it names no one.
        if cls == "Person":
            ent = after_prize_words(ent)
            if ent is None:
                continue
        # Awards are not things the ontology describes; "Oscar Isaac" is a person whose given name
        # is a prize's too (a prize's name ends in its own word: "Academy Award").
        if AWARD_RE.search(text_of(ent)) and not (cls == "Person" and len(ent) > 1 and ent[-1].text not in AWARD_HEADS
                                                  and opens_with_given_name(text_of(ent))):
            continue
        if ent[0].text in JOB_OPENERS and len(ent) > 2:
            # "the BBC's Controller of Drama Commissioning Helen Farrow": a capitalised job title
            # the NER ran into the full name after it; the name is a person's, the title no company.
            named = next((t.i for t in ent[1:-1] if opens_with_given_name(doc[t.i:ent.end].text)), None)
            if named is not None:
                ent, cls = doc[named:ent.end], "Person"
        fused = [t.i for t in ent[1:-2] if t.text in words("org_suffixes")] if cls == "Person" else []
        if fused:
            # "director of Harbour Films Jane Roe": the NER ran a company and its executive into
            # one person; the company word ends the company, the two words or more after it are
            # the person.
            company, person = doc[ent.start:fused[-1] + 1], doc[fused[-1] + 1:ent.end]
            parts = [(company, org_class_from_name(text_of(company))), (person, "Person")]
            if person[0].is_lower:
                # "sold to Harbour Films for North America": a preposition after the company
                # opens a phrase of its own, no name; only a territory after it is named.
                rest = person[1:]
                parts = parts[:1]
                if text_of(rest) in words("countries"):
                    parts.append((rest, "Country"))
                elif text_of(rest) in words("regions"):
                    parts.append((rest, "Place"))
            for part, part_cls in parts:
                m = _mention(part, part_cls, "ner")
                if m:
                    yield m
            continue
        bare = LEADING_THE_RE.sub("", text_of(ent))
        if not bare.strip():
            continue  # ("The" alone before a line break: nothing left to name)
        if cls != "Person" and (SECTION_AFTER_RE.match(document_text(doc), ent.end_char) or bare.split()[0] in ("Best", "Outstanding")):
            continue  # "the Bright Future programme", "the prize for Best Musical Score": a line-up's section, an award's category
        if cls != "Person" and bare in words("bare_festival_sections") and not re.search(r"(?:'s|\u2019s|'|\u2019)\s+$", document_text(doc)[max(0, ent.start_char - 4):ent.start_char]):
            continue  # "screens in Panorama", "a Midnight Madness entry": a festival's section, not its maker or a place
        if (cls in ("Organization", "CreativeWork", "Event") and bare in words("festival_sections")) or \
                document_text(doc).startswith(_festival_sections(), ent.start_char):
            continue  # "screens in Un Certain Regard", "Directors' Fortnight": a section of a festival's line-up
        if cls in ("Organization", "Person", "Facility") and _departments_only(text_of(ent)):
            continue  # "Marketing, Finance", "Operations and Design": a company's departments, listed
        suffix = HYPHEN_SUFFIX_RE.match(document_text(doc), ent.end_char, ent.end_char + 16)
        if suffix and suffix.group(1) in words("award_modifier_suffixes"):
            continue  # "BAFTA-winning work", "Tony-nominated playwright": an award in a modifier
        if cls != "Person" and AWARD_HOLDER_RE.match(document_text(doc), ent.end_char):
            continue  # "a MacArthur Genius Grant recipient", "three BAFTA TV nominations": an award
        if cls == "Person" and suffix and suffix.group(1) not in _credit_suffixes():
            continue  # "Tony-nominated", "Emmy-winning": an award in a modifier, not a person
        if cls == "Person" and _is_character(ent):
            continue
        if cls == "Person" and _person_owner(ent):
            cls = ""  # "Salt Road's Dana Vale": a show or a company, which other evidence may type
        # ... or "Ada Vale as Meg": a person's name, "as", a name.
        as_part = ent.start > 1 and doc[ent.start - 1].lower_ == "as" and any(
            e.label_ == "PERSON" and e.end == ent.start - 1 for e in doc_ents(doc))
        if cls not in ("Place", "Event") and ent.start > 0 and (doc[ent.start - 1].lower_ in PLAYING_VERBS or as_part) and len(ent) <= 3:
            continue  # "will play Tonia", "portrays Stick": a part, whatever the NER took it for ("will play Toronto": a festival's city)
        if ent.label_ in ("ORG", "WORK_OF_ART") and _possessive_title(doc, ent):
            m = _mention(ent, "CreativeWork", "ner", cued=True)  # the shape of the name says it is a title
            if m:
                yield m
            continue
        pieces = _split_ampersand_people(ent)
        if len(pieces) > 1 and ent.label_ == "ORG":
            cls = "Person"  # "Peter Vale & Alex Roe": two given names make two people
        for parts in map(_split_fused_possessive, [p for piece in pieces for p in _split_slashed(piece)]):
            for part in parts:
                part_cls = cls
                if len(parts) > 1 and part.end == parts[-1].end:
                    # What an owner owns: a person when NER saw a person name at the end, otherwise a
                    # work when a work noun follows ("Toho's Human Vapor adaptation"), else unknown.
                    head = WORK_HEAD_RE.match(document_text(doc), part.end_char)
                    part_cls = "Person" if cls == "Person" else ("CreativeWork" if head else "")
                    if cls == "Person" and clean_span(parts[0]) is not None and clean_span(parts[0]).text in place_names() \
                            and not opens_with_given_name(text_of(part)):
                        # "Denmark's Ost For Paradis": a country's possessive most often names its
                        # company (a buyer, a broadcaster); a person after it opens with a given name.
                        part_cls = org_class_from_name(text_of(part))
                elif len(parts) > 1:
                    part_cls = "" if cls == "Person" else cls  # "Blackpink's Jisoo": the owner may be a band
                if cls == "CreativeWork" and not _inside_quotes(doc, ent.start_char):
                    part_cls = ""  # unquoted WORK_OF_ART is the small model's guess for any capitalised run
                m = _mention(part, part_cls, "ner")
                if m is None:
                    continue
                if m.text in words("countries") or m.text in words("regions"):
                    m = replace(m, cls=_place_class(m.text))
                elif m.text in words("cities") and (m.cls != "Person" or " " in m.text
                                                    or PLACED_BEFORE_RE.search(document_text(doc), max(0, m.start - 20), m.start)):
                    # "based in Hong Kong", taken for a person: a known city of two words, or one the
                    # text places ("in Florence"), is the city ("Florence" alone may be a person).
                    m = replace(m, cls="City")
                elif m.cls == "Place":
                    # LOC is a sea, a range or a region ("the Barents Sea"), never a city; nor is a county.
                    m = replace(m, cls="Place" if ent.label_ == "LOC" or m.text.split()[-1] in words("place_unit_words")
                                or m.text.split()[-1] in words("place_route_words")
                                else _gpe_class(document_text(doc), m.start, m.end))
                elif m.cls == "Person" and len(parts) == 1 and m.text.split()[-1] in words("org_suffixes"):
                    # "produced by Nordisk Film": a name ending in "Film", "Pictures", "Media" is a company.
                    m = replace(m, cls=org_class_from_name(m.text))
                elif m.cls == "Organization":
                    m = replace(m, cls=org_class_from_name(m.text))
                if m.cls in ("Organization", "Person", "Facility", "Place") and (
                        m.text.split()[-1] in words("event_name_heads") or FUSED_FEST_RE.fullmatch(m.text.split()[-1])):
                    # "the Slamdance Film Festival", "the Edinburgh TV Festival": a festival is an
                    # event; so is one whose name ends in "Fest" written as one word ("FrightFest").
                    m = replace(m, cls="Event")
                yield m


# A one-word festival name fused with "Fest" ("FrightFest", "Harbourfest"), its first part capitalised.
FUSED_FEST_RE = re.compile(r"(?!(?:Manifest|Infest)$)[A-Z][A-Za-z]{2,}(?:Fest|fest)")  # "Manifest" is a word


def _departments_only(text: str) -> bool:
    """Whether a name is only department words ("Theatre"; "Marketing, Finance"; "International and
    Local Production"): no company is named so."""
    parts = [p for p in re.split(r"\s*(?:,|&|\band\b)\s*", text) if p]

    def department(part: str) -> bool:
        # "Original Programming", "Global Drama": qualifiers, then a department word.
        tokens = part.split()
        return part in words("department_words") or (
            len(tokens) > 1 and tokens[-1] in words("department_words")
            and all(t in words("department_modifiers") or t in words("department_words") for t in tokens[:-1]))
    # "International and Local Film Production": a part of qualifiers alone shares the next
    # part's department word.
    def qualifiers(part: str) -> bool:
        return all(t in words("department_modifiers") for t in part.split())
    return bool(parts) and department(parts[-1]) and all(department(p) or qualifiers(p) for p in parts)


def _given_name_left_out(token: Token) -> bool:
    """Whether a token is a capitalised frequent given name the NER left alone or called a place,
    right before a name with only a space between."""
    return (token.is_title and token.is_alpha and token.lower_ in given_names() and token.whitespace_ == " "
            and token.ent_type_ in ("", "GPE") and token.text not in place_names())


def _possessed_full_name(ent: Span) -> bool:
    """Whether a span is a given name and a surname marked possessive: "Dale Rourke's", "Ana
    Ruiz' ". "Walt Disney Pictures'" (three words, a company word) and "Warner Bros.'" are not."""
    name = ent[:-1] if ent[-1].lower_ in POSSESSIVE_MARKS else ent
    after = ent[-1] if name is not ent else (ent.doc[ent.end] if ent.end < len(ent.doc) else None)
    return (after is not None and after.lower_ in POSSESSIVE_MARKS and len(name) == 2
            and all(t.is_title and t.is_alpha for t in name) and name[0].lower_ in given_names()
            and name[-1].text not in words("org_suffixes") and name[-1].lower_ not in DESCRIPTOR_NOUNS)


def _member_of_company(ent: Span) -> tuple[Span, Span] | None:
    """A fused "Dana Vale of Harbour Films" span as (person, company): two or three capitalised
    words opening with a given name, "of", then a capitalised name. "Bank of America", "the
    Museum of the Moving Image" open with no given name and stay whole."""
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if of is None or not 2 <= of - ent.start <= 3 or of + 1 >= ent.end:
        return None
    person, company = ent.doc[ent.start:of], ent.doc[of + 1:ent.end]
    if not all(t.is_title for t in person) or not company[0].text[:1].isupper():
        return None
    if not opens_with_given_name(person.text) or person[-1].text in words("org_suffixes"):
        return None
    return person, company


def _inside_quotes(doc: Doc, char: int) -> bool:
    return char > 0 and document_text(doc)[char - 1] in OPEN_QUOTES + "\u2018'"


# Guillemets («X») are the quotes of copy written in or translated from European languages.
# A comma or full stop before the closing quote is the sentence's (American style); an
# exclamation or question mark inside the quotes is the title's own ("Airplane!", "How Do You Live?").
QUOTE_RE = re.compile(
    r"[\u201c\"\u00ab]([^\u201c\u201d\"\u00ab\u00bb\n]{1,90}?)[,.]?[\u201d\"\u201c\u00bb]"
    r"|(?:(?<=\s)|^)[\u2018']([A-Z\u00c0-\u00d6\u00d8-\u00de0-9][^\u2018\u2019'\n]{0,88}?)[,.]?[\u2019'](?=[\s,.;:!?]|$)", re.M)
FUNCTION_WORDS = lower_words("title_function_words")


def title_cased(text: str) -> bool:
    """Titles capitalise their content words; quoted speech does not."""
    tokens = [t for t in re.split(r"[\s:\u2014-]+", text) if t]
    if not tokens or len(tokens) > 10 or not (tokens[0][0].isupper() or tokens[0][0].isdigit()):
        return False
    content = [t for t in tokens if t.lower() not in FUNCTION_WORDS]
    capital = sum(1 for t in content if t[0].isupper() or t[0].isdigit())
    return bool(content) and capital / len(content) >= 0.75


def _nearby_words(doc: Doc, start: int, end: int, before: int = 3, after: int = 2) -> tuple[list[str], list[str]]:
    left = [t.lower_ for t in doc[max(0, start - before - 2):start] if not t.is_punct][-before:]
    right = [t.lower_ for t in doc[end:end + after + 2] if not t.is_punct][:after]
    return left, right


@lru_cache(maxsize=8)
def film_article(text: str) -> bool:
    """Whether the article's words for works are mostly film words ("film", "movie",
    "theatrical") rather than series words ("series", "season", "episodes"). Cached: titles and
    references ask it of the same text many times."""
    counted = [w.lower() for w in re.findall(r"[\w-]+", text)]
    film = sum(1 for w in counted if w in lower_words("film_article_words"))
    series = sum(1 for w in counted if w in lower_words("series_article_words"))
    return film > series


def title_class_from_context(doc: Doc, span: Span) -> tuple[str, bool]:
    """The class a title's neighbours give it: "the AMC series “X”", "“X” media event", "the
    novel “X”". Returns (class, cued); class "" when a neighbour says it is not a work."""
    left, right = _nearby_words(doc, span.start, span.end, before=3, after=3)
    if any(w in lower_words("event_nouns") for w in right):
        return "Event", True
    if left and left[-1] in lower_words("series_verbs"):
        return "Series", True  # "renewed “X” for a fifth season": only series are renewed
    if right and right[0] in lower_words("box_office_verbs"):
        return "Film", True  # "“X” grossed $2m": a box-office gross is a film's
    if right and right[0] in lower_words("non_work_nouns"):
        return "", True
    if len(left) >= 2 and left[-1] == "in" and left[-2] in lower_words("performed_in_verbs"):
        return "CreativeWork", True  # "co-starred in “X”", "appeared in “X”": one acts in a work
    for words_near in (left[::-1], right):
        for w in words_near:
            # "the surfing drama “X”", "the comedic drama “X”": film trade copy calls films
            # dramas, TV copy calls series dramas. The noun says "series" only in an article
            # that speaks of series more than of films; otherwise it says a work, not which medium.
            if w in lower_words("medium_neutral_genres"):
                if w in lower_words("series_nouns") and not film_article(document_text(doc)):
                    return "Series", True
                return "CreativeWork", True
            if w in lower_words("series_nouns"):
                return "Series", True
            if w in lower_words("film_nouns"):
                return "Film", True
            if w in lower_words("source_work_nouns"):
                return "CreativeWork", True
    return "CreativeWork", False


def _bare_quoted_title(doc: Doc, match: re.Match, inner: str) -> bool:
    """Whether a title-cased run in double quotes with no work noun near it is still a title: US
    trade copy quotes every work's title ("Fans of “Salt Road” will ..."), and speech, scare
    quotes and nicknames show themselves: a speaker's verb or a word like "motto" beside the
    quote ("“Welcome Home,” said A", "called it “A Dream Come True”"), a long run, or a quote
    between two capitalised names ("Dwayne “The Rock” Johnson")."""
    text = document_text(doc)
    if len(inner.split()) > 6 or inner[-1:] in "!?":
        return False
    # "Guidelines for Electricity Retail Sales", "10 Best Books of 2017": a document or a ranking.
    names = [w.lower() for w in re.findall(r"[\w'\u2019-]+", inner) if not w.isdigit()]
    if names and (names[0] in lower_words("quote_document_words") or names[-1] in lower_words("quote_document_words")):
        return False
    speech = lower_words("quote_speech_words")
    before = re.findall(r"[\w'\u2019-]+", text[max(0, match.start() - 40):match.start()])[-3:]
    after = re.findall(r"[\w'\u2019-]+", text[match.end():match.end() + 40])[:3]
    if any(w.lower() in speech for w in before + after):
        return False
    if before and after and text[match.start() - 1:match.start()] == " " and before[-1][:1].isupper() \
            and after[0][:1].isupper() and text[match.end():match.end() + 1] == " ":
        return False  # a nickname inside a person's name
    return True


# Words that put a nickname or a phrase in quotes, not a title: "the so-called “Queen of the
# Coast”", "dubbed “the Kingmaker”", "Tom “Bird” Reed" is read by the name finders.
NICKNAME_BEFORE_RE = re.compile(r"\b(?:so-called|so\s+called|dubbed|nicknamed|self-styled|self-described)\s*$", re.I)


def quoted_titles(doc: Doc) -> Iterator[Mention]:
    """Trade news puts titles in quotes: “Pachinko”, “The Terror”. Speech is quoted too, so only
    short, title-cased quotes count."""
    found: list[Mention] = []
    for match in QUOTE_RE.finditer(document_text(doc)):
        group = 1 if match.group(1) is not None else 2
        inner = match.group(group).strip().rstrip(",.")
        # ‘Copper Moon (2013)’: a release year bracketed inside the quotes dates the title, no word of it.
        inner = re.sub(r"[^\S\n]+\((?:19|20)\d\d\)$", "", inner)
        if not title_cased(inner):
            continue
        if inner.split()[-1] in words("sure_quoted_company_suffixes"):
            continue  # “Harbour Entertainment”: a company quoted in a credit, not a title
        if inner in words("festival_sections") or AWARD_RE.search(inner):
            continue  # “Un Certain Regard”, “Golden Lion”: a festival's section or trophy, not a title
        if NICKNAME_BEFORE_RE.search(document_text(doc)[max(0, match.start() - 30):match.start()]):
            continue  # the so-called “Queen of the Coast”, nicknamed “Bird”: a nickname, no title
        start = match.start(group) + (len(match.group(group)) - len(match.group(group).lstrip()))
        span = doc.char_span(start, start + len(inner), alignment_mode="expand")
        if span is None:
            continue
        cls, cued = title_class_from_context(doc, span)
        if cls == "":
            continue
        # British copy quotes titles in single quotes (‘Salt Road’), as US copy does in double
        # ones; it also quotes a term that way, which a determiner before the quote shows ("battle
        # for the ‘Iron Throne’", "a ‘Game Changer’", "its ‘New Voices’ strand": a title takes its
        # own article inside the quotes).
        if match.group(1) is None and re.search(r"\b(?i:the|a|an|its|his|her|their|our|this|that)\s*$",
                                                document_text(doc)[max(0, match.start() - 6):match.start()]):
            continue
        titled = not cued and _bare_quoted_title(doc, match, inner)
        # A quote that is exactly a known organisation (“Netflix”) stays that organisation.
        if any(e.start_char == span.start_char and e.end_char == span.end_char and e.label_ in CLASS_KIND
               for e in doc_ents(doc)):
            continue
        found.append(Mention(span.start_char, span.end_char, inner, cls, "quote", cued=cued, titled=titled))
    yield from _share_list_cue(document_text(doc), found)


def _share_list_cue(text: str, titles: list[Mention]) -> list[Mention]:
    """Titles in one list share its cue: "five dramas -- “Moving,” “Grid” and “Rookies”"."""
    groups: list[list[Mention]] = []
    for m in titles:
        gap = text[groups[-1][-1].end:m.start] if groups else ""
        if groups and re.fullmatch(r"[\s,\u201c\u201d\"]*(?:and|or)?[\s,\u201c\u201d\"]*", gap):
            groups[-1].append(m)
        else:
            groups.append([m])
    shared = []
    for group in groups:
        cued = [m for m in group if m.cued and m.cls != "Event"]
        for m in group:
            shared.append(replace(m, cls=cued[0].cls, cued=True) if cued and not m.cued else m)
    return shared


def _word_start_re(pattern: str) -> re.Pattern[str]:
    """re.compile(pattern) for a pattern that opens with r"\b" and a letter ("\bthe film "),
    written as "t(?<=\bt)he film ": the same matches, but a pattern that opens with a letter
    lets the regex engine skip to where that letter stands, where one that opens with "\b"
    tries every position of the text (about six times slower over an article). Any other
    pattern is compiled by `skipping`."""
    if len(pattern) > 2 and pattern.startswith("\\b") and pattern[2].isalpha():
        letter = pattern[2]
        return re.compile(f"{letter}(?<=\\b{letter}){pattern[3:]}")
    return skipping(pattern)


# "the 1994 Lena Park thriller": a year and a name before a work noun date and credit a work
# the text does not title.
DATED_MAKER_RUN_RE = re.compile(r"(?:1[89]|20)\d\d\s+[A-Z]")
UNTITLED_WORK_NOUN_RE = re.compile(r"\s+(?:film|movie|novel|book|series|manga|webtoon|comic|drama|comedy|thriller|show|documentary|memoir)\b")

# The source cue "based on X" (its title may be a real person's name: see cued_titles).
BASED_ON_CUE = _word_start_re(r"\bbased on (?:the )?(?:(?:\d{4} )?(?:[A-Z][\w'’-]+ ){0,2}(?:film|movie|novel|book|series|manga|webtoon|comic|drama|comedy|thriller|show|documentary) )?")

# A run of works or a career that began with a dated work: "the saga began in 2012 with ".
FIRST_WORK_CUE = _word_start_re(r"\b(?:(?:breakthrough|breakout|debut) came|(?:franchise|saga|trilogy|series) (?:began|started|launched|kicked off))"
                                r" in (?:1[89]|20)\d\d with ")

# Unquoted titles after a cue: "known for Train to Busan and Hellbound", "the 1960 film X",
# "an adaptation of X". A title runs over capitalised words and the function words inside them.
# Each cue comes with strings one of which every match holds (most articles hold none, and the
# substring tests cost far less than the search), or () where any article may hold a match.
TITLE_CUES: list[tuple[re.Pattern[str], str, tuple[str, ...]]] = [
    # ... also "known on the TV side for turns in A, B and C".
    (_word_start_re(r"\bknown (?:on the (?:TV|television|film|small-screen|big-screen) side )?for (?:(?:his|her|their|the) )?(?:(?:work on|roles? in|turns? in) )?"), "CreativeWork", ("known ",)),
    # The work noun may follow a year and the work's nationality, language or maker ("a remake of
    # the 2014 French-Belgian film X", "based on the Danish series X"): those words are no title.
    (_word_start_re(r"\b(?:adaptation|remake|reboot) of (?:the )?(?:(?:\d{4} )?(?:[A-Z][\w'’-]+ ){0,2}(?:film|movie|novel|book|series|manga|webtoon|drama|comedy|thriller|show|documentary) )?"), "CreativeWork", ("adaptation of ", "remake of ", "reboot of ")),
    (BASED_ON_CUE, "CreativeWork", ("based on ",)),
    (_word_start_re(r"\bthe (?:\d{4} )?(?:hit |original |upcoming |new )?(?:film|movie|feature)s? "), "Film", ()),
    (_word_start_re(r"\bthe (?:\d{4} )?(?:hit |original |upcoming |new )?(?:series|show|drama|sitcom|miniseries|anime) "), "Series", ()),
    (_word_start_re(r"\bthe (?:\d{4} )?(?:novel|book|memoir|webtoon|manga) "), "CreativeWork", ()),
    # An apposition that classifies ("Human Vapor, the 1960 sci-fi classic") is titles.apposition_titles'.
    # Unquoted titles in the trade's stock phrases: "the Korean webtoon X", "the video game X",
    # "the limited series X", "was most recently seen in X", "an Oscar nomination for X",
    # "series including X and Y".
    (_word_start_re(r"\bthe (?:\d{4} )?(?:bestselling |best-selling |hit |acclaimed |original |popular |classic |[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z]+ )?(?:webtoon|manga|novel|book|memoir|comic|video game|graphic novel|light novel|podcast) "), "CreativeWork", ()),
    (_word_start_re(r"\bthe (?:\d{4} )?(?:hit |original |upcoming |new )?(?:limited |anthology |comedy |crime |drama |animated |anime |reality |horror |thriller )(?:series|show|drama|miniseries) "), "Series", ()),
    (_word_start_re(r"\bthe (?:\d{4} )?(?:docuseries|limited series|anime series|animated series|miniseries) "), "Series", ()),
    (_word_start_re(r"\bthe (?:\d{4} )?(?:hit |original |upcoming |new )?(?:documentary|animated film|animated feature|horror film|thriller) "), "Film", ()),
    (_word_start_re(r"\b(?:(?:most recently|recently|last|also|previously|next) )?(?:seen in|appears in|appeared in|co-starred in|starred in) "), "CreativeWork", ("seen in ", "appears in ", "appeared in ", "starred in ")),
    (_word_start_re(r"\b(?:nomination|nominated) for "), "CreativeWork", ("nomination for ", "nominated for ")),
    # (A comma may set the list off: "all the network's scripted series, including X and Y".)
    (_word_start_re(r"\b(?:series|shows|films|movies|titles|projects|features|dramas|comedies|originals|programmes|programs),? (?:such as|including) "), "CreativeWork", ("such as ", "including ")),
    # A career's or a franchise's first work, dated: "her breakthrough came in 1978 with X", "the
    # book series launched in 2018 with X" (not a person's name: "launched in 2018 with A as host").
    (FIRST_WORK_CUE, "CreativeWork", (" with ",)),
    # "Tom Hale's latest, Cold Harbour," / "her next, Cold Harbour": a maker's newest work, named in apposition.
    (_word_start_re(r"(?:'s|’s|\b(?:[Hh]is|[Hh]er|[Tt]heir)) (?:latest|next)(?: (?:feature|project|outing))?, "), "CreativeWork", ("latest", "next")),
    # A credit without its role: "has worked on Stormbreak and Low Tide", "Reyes worked on X". A workplace ("worked
    # on Capitol Hill") is told by its last word below: the NER's place guesses for unknown
    # titles are not trusted.
    (_word_start_re(r"\b(?:has|have|had|also|previously|recently|since|who|he|she|they|[A-Z][a-z]+) worked (?:together )?on "), "CreativeWork", ("worked ",)),
    # Making a work: "after shooting Space Force, Mixtape and Grendel at the complex".
    (_word_start_re(r"\b(?:shooting|filming|shot|filmed|wrapped|wrapping) "), "CreativeWork", ("shooting ", "filming ", "shot ", "filmed ", "wrapped ", "wrapping ")),
    (_word_start_re(r"\b(?:The |the )?(?:upcoming |new |original )"), "CreativeWork", ("upcoming ", "new ", "original ")),
]
# A month with its day after a preposition is a date, no title word: release and premiere news
# puts the date right after the title ("X on October 23", "moved X from April 23 to April 30").
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
NO_DATE = r"(?!(?:" + "|".join(rf"(?<=\b{w}[^\S\n])" for w in ("on", "from", "to", "in", "for", "until")) + rf"){MONTHS}\.?[^\S\n]+\d)"
# Words of a title are joined by spaces, never by a line break: a heading is not the next title.
TITLE_RUN_RE = re.compile(
    r"(?:[A-Z\u00c0-\u00d6\u00d8-\u00de0-9][\w'’&:!?.\-]*)(?:[^\S\n]+(?:(?:of|to|the|a|an|in|on|for|at|with|from|&|\+)[^\S\n]+)*(?!\d+-[a-z])" + NO_DATE
    + r"[A-Z\u00c0-\u00d6\u00d8-\u00de0-9][\w'’&:!?.\-]*)*")
# After "the upcoming X" only an explicit work noun makes X a title.
WORK_HEAD_RE = re.compile(r"\s+(?:live-action |animated |anime |TV |television |film |series )*(adaptation|series|film|movie|remake|reboot|sequel|show|drama)\b")


def is_bare_year(title: str) -> bool:
    """"Tom Hale's 2015 drama", "the 1990s series X": a run that is only a year or a decade dates
    a work; it is no title, nor is a run of years ("1950-", "1993-2004": a life or a series' run)."""
    return re.fullmatch(r"(?:1[89]|20)\d\d(?:[-\u2013\u2014](?:(?:1[89]|20)\d\d)?)?|(?:(?:1[89]|20)\d0|['\u2019]?\d0)s", title) is not None


def after_owner(doc: Doc, start: int, end: int) -> int:
    """Where a title run starts once an owner it opened with is cut off: "Tom Hale's 2015
    drama", "Harbour Films' Moonfall" (the NER saw the person or company with its "'s")."""
    # ... or with a person or company joined to it: "a reunion for Jane Roe with Moonfall creator".
    owner = re.match(r"(.+?)(?:(?:'s|\u2019s|'|\u2019)\s+|\s+(?:with|for|from|at|by)\s+)", document_text(doc)[start:end])
    # A title may hold a possessive after its one first word ("Grey's Anatomy", "Schitt's Creek"):
    # when the NER reads the whole run as one name and knows no owner in it, the run is that name.
    if owner and " " not in owner.group(1) and re.match(r"(?:'s|\u2019s)\s", owner.group(0)[len(owner.group(1)):]) and any(
            e.start_char == start and e.end_char == end and e.label_ in ("ORG", "WORK_OF_ART", "PERSON") for e in doc_ents(doc)) and not any(
            CLASS_KIND.get(e.label_) for e in doc_ents(doc) if e.start_char <= start < e.end_char):
        return start
    # A slot's run of one word, a possessive and one word whose first word names nothing else
    # in the article is one title ("the shows Grey's Anatomy, Criminal Minds"), as for the NER's
    # names (_possessive_title), though the NER took the first word for a company.
    # A name the gazetteer knows ("Hulu's Harbour") is an owner all the same.
    if owner and _possessive_title_run(document_text(doc), start, end) and not any(
            CLASS_KIND.get(e.label_) for e in doc_ents(doc) if e.start_char <= start < e.end_char):
        return start
    # The owner may be a name the gazetteer knows ("Neon's The Swimmer": a Distributor label).
    # ... or a place with a joiner: "the crisis in America with Painkiller, a limited series".
    # A place is no owner before "from" or "by": "rights to Salt Flats from Rivet Sales" names the
    # seller after the title, whatever place the NER took the title for.
    place_joiner = not owner.group(0).endswith(("'s ", "\u2019s ", "' ", "\u2019 ")) and not re.search(r"\s(?:from|by)\s+$", owner.group(0)) \
        if owner else False
    # "the comedy Moonpie from Ana Ruiz and Tom Vance": a full name after "from" or "by" is the
    # maker of the run before it, which is the title, not an owner of what follows.
    if owner and re.search(r"\s(?:from|by)\s+$", owner.group(0)) and opens_with_given_name(document_text(doc)[start + owner.end():end]):
        return start
    if owner and any((e.label_ in ("PERSON", "ORG") or CLASS_KIND.get(e.label_) in ("org", "person")
                      or e.label_ in ("GPE", "LOC") and place_joiner)
                     and e.start_char <= start < e.end_char
                     and e.end_char >= start + len(owner.group(1)) for e in doc_ents(doc)):
        return start + owner.end()
    # "executive produce alongside Tom Reyes on Salt Road": "on" after a person's full name
    # (given name first, as the NER names it) ends the name and opens the work it is about.
    on = re.match(r"(.+?)\s+on\s+", document_text(doc)[start:end])
    if on and any(e.label_ == "PERSON" and e.start_char == start and e.end_char == start + len(on.group(1))
                  and len(e) >= 2 and e[0].lower_ in given_names() for e in doc_ents(doc)):
        return start + on.end()
    # A possessive owner the NER missed whose last word is a company word ("Harbour Films'
    # Glasshouse"), or a year's possessive ("starred in 2019's Salt Road"): no part of the title.
    if owner and re.search(r"(?:'s|\u2019s|'|\u2019)\s+$", owner.group(0)) and (
            owner.group(1).split()[-1] in words("org_suffixes") or is_bare_year(owner.group(1))):
        return start + owner.end()
    # ... or a full name the NER missed ("include Ana Ruiz's Glasshouse"): two or three plain
    # capitalised words before the possessive are a person's name. A title holding a possessive
    # has one word before it ("Molly's Game") or opens with an article ("The Handmaid's Tale").
    if owner and re.search(r"(?:'s|\u2019s)\s+$", owner.group(0)) and re.fullmatch(
            r"(?!(?:The|A|An)\s)[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}", owner.group(1)):
        return start + owner.end()
    # adapt7: "the Strike-produced Dawn Patrol", "the Oscar-winning Glasshouse": a capitalised word
    # joined by hyphens to lower-case ones is an adjective describing the work; the title follows it.
    lead = LEADING_HYPHEN_ADJECTIVE_RE.match(document_text(doc), start, end)
    return start + lead.end() - lead.start() if lead else start


LEADING_HYPHEN_ADJECTIVE_RE = re.compile(r"[A-Z0-9][\w.'\u2019]*(?:-[a-z]+)+[^\S\n]+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de0-9\"\u201c])")


@lru_cache(maxsize=1)
def _person_apposition_re() -> re.Pattern:
    # (Not person_description_nouns: "the Booker Prize winner" describes a book as well.)
    nouns = lower_words("biopic_subject_nouns") | lower_words("person_role_nouns")
    return re.compile(r"[\u201d\"']?,\s+(?:who|whose|(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:"
                      + alternation(sorted(nouns, key=len, reverse=True)) + r")(?![\w\-]))")


def _described_person(text: str, end: int) -> bool:
    """"Dana Vale, who crossed ...", "Dana Vale, the first woman to ...": a name followed by a
    relative "who" or an apposition headed by a noun of a person names a person."""
    return bool(_person_apposition_re().match(text, end))


# " thriller The Night Train", " action movie Doorman": a genre noun after a list item, then the
# title: the item is the star the work is known by, not a title.
GENRE_THEN_TITLE_RE = re.compile(r"\s+(?:[a-z][\w\-]*\s+)?(?:thriller|drama|comedy|horror|movie|film|pic|feature|series|show|documentary|"
                                 r"starrer|vehicle|romcom|western|biopic)\s+[\u201c\"]?[A-Z]")

# What an award's name is followed by when it describes a person: "Emmy winner", "Oscar nominee".
AWARD_EPITHET_RE = re.compile(r"[\s-]+(?:winner|winners|nominee|nominees|laureate|winning|nominated)\b", re.I)


FROM_MAKER_RE = re.compile(r"[^\S\n]+from[^\S\n]+(?=[A-Z])")


def without_maker_tail(title: str) -> str:
    """"an adaptation of the book Vampire Academy from Julie Plec and ...": a "from" that a
    person's full name follows names the adaptation's makers, no words of the title ("Escape from
    New York" keeps its place)."""
    for match in FROM_MAKER_RE.finditer(title):
        rest = title[match.end():]
        if opens_with_given_name(rest) and len(rest.split()) >= 2:
            return title[:match.start()]
    return title


# Where a stage show runs, before the stage noun: "the Broadway musical X", "the West End play X".
STAGE_DISTRICTS = frozenset({"Broadway", "Off-Broadway", "West End"})
STAGE_NOUN_AFTER_RE = re.compile(r"[^\S\n]+(?:hit[^\S\n]+)?(?:musical|play|revival|production|show|stage)\b")


def cued_titles(doc: Doc) -> Iterator[Mention]:
    text = document_text(doc)
    # Only an entity that starts inside a title can rule it out (each test below reads one that
    # starts at the title or within it): found by bisection on their starts, in document order.
    ents = doc_ents(doc)
    ent_starts = [e.start_char for e in ents]
    for cue, cls, held in TITLE_CUES:
        if held and not any(part in text for part in held):
            continue  # no match without one of these: the search over the article is skipped
        for match in cue.finditer(text):
            run = TITLE_RUN_RE.match(text, match.end())
            if not run or run.group(0).startswith(("Best ", "Outstanding ")):
                continue  # "nominated for Best Director": a category, not a title
            needs_head = cue is TITLE_CUES[-1][0]
            run_end = _before_company(doc, run.start(), run.end())
            buyer = buyer_tail_start(text, run.start(), run_end)  # "sold the drama X to Lumo Film in Italy, ..."
            if buyer is not None:
                run_end = run.start() + buyer
            pieces = _split_coordinated_titles(text, run.start(), run_end, coordinate=not needs_head)
            # "based on Ana Bell and Tom Reyes's novel": a possessive closing a coordination makes
            # every name of it a co-owner of the work that follows, so none of them is a title.
            last_end = pieces[-1][1] if pieces else 0
            if len(pieces) > 1 and (text[last_end - 2:last_end] in ("'s", "’s") or text[last_end:last_end + 2] in ("'s", "’s")
                                    or text[last_end - 1:last_end + 1] in ("s'", "s’")):
                continue
            for number, (title_start, title_end) in enumerate(pieces):
                territory = territory_tail_start(text[title_start:title_end].rstrip(".,"))
                if territory is not None:
                    title_end = title_start + territory
                event = event_tail_start(doc, title_start, title_end)
                if event is not None:
                    title_end = title_start + event
                title_end = _before_company(doc, title_start, title_end)  # also "A and B" pieces
                if number and _starts_clause(doc, title_start, title_end):
                    break  # "the series A, and Dana Vale leads B": a new clause, not a list of titles
                if GENRE_THEN_TITLE_RE.match(text, title_end):
                    continue  # "including Bradley Vale thriller The Night Train": the star, the title follows
                title_start = after_owner(doc, title_start, title_end)
                title = without_placed_tail(text[title_start:title_end].rstrip(".,"))
                full, title = title, without_maker_tail(title)
                makers_follow = title != full
                if is_bare_year(title):
                    continue  # "Tom Hale's 2015 drama": a year, the title comes after the noun
                if DATED_MAKER_RUN_RE.match(title) and UNTITLED_WORK_NOUN_RE.match(text, title_end):
                    continue  # "based on the 1994 Lena Park thriller": a year and a maker, the work untitled
                title_end = title_start + len(title)
                if title.endswith(("’s", "'s", "s'", "s’")) or text[title_end:title_end + 2] in ("’s", "'s") \
                        or (title.endswith("s") and text[title_end:title_end + 1] in ("'", "’")):
                    break  # "based on Min Jin Lee’s “Pachinko”", "Dickens' novel": the owner
                if any(e.start_char == title_start and e.end_char >= title_end and CLASS_KIND.get(e.label_) not in (None, "work")
                       or e.label_ == "GPE" and e.text in words("countries") and e.start_char == title_start
                       # "starred in Paris last year": after a bare "in", a known city that is the
                       # whole run is a place (after "the film" it is a title)
                       or e.label_ == "GPE" and e.text in words("cities") and e.start_char == title_start and e.end_char >= title_end
                       and cue.pattern.endswith(r"in) ")
                       or e.label_ == "NORP" and e.start_char == title_start
                       # "a remake of the 2014 French box-office hit": a year and a nationality
                       # describe the work the noun after them names; neither is its title
                       or e.label_ == "NORP" and title_start < e.start_char < title_end and is_bare_year(text[title_start:e.start_char].strip())
                       for e in ents[bisect_left(ent_starts, title_start):bisect_left(ent_starts, max(title_end, title_start + 1))]):
                    continue  # "the new CBS ...", "the upcoming US ...": a known name, not a title
                if "worked" in cue.pattern and title.split()[-1] in words("place_name_heads"):
                    continue  # "worked on Wall Street": a workplace
                if cue is FIRST_WORK_CUE and opens_with_given_name(title):
                    continue  # "the series launched in 2018 with Dana Vale as host": a person
                if cue is BASED_ON_CUE and _described_person(text, title_end):
                    continue  # "based on Dana Vale, the first woman to ...": a biopic's real person
                if title.rstrip("’'s").lower() in FUNCTION_WORDS or not title:
                    continue
                if title in STAGE_DISTRICTS and STAGE_NOUN_AFTER_RE.match(text, title_end):
                    continue  # "an adaptation of the Broadway musical X": where the show ran, no title
                if AWARD_EPITHET_RE.match(text, title_end):
                    continue  # "based on Emmy winner Dana Vale's books": an award describing the person after it
                if title.split()[-1] in words("nationality_adjectives") and re.match(r"\s+[a-z]", text[title_end:title_end + 2]):
                    continue  # "starred in Netflix Korean series X": the company and nationality describe the work named next
                # "the upcoming Spectrum Original drama series", "a Hulu Original film": a
                # company's branded label before the work noun, not the work's title.
                if len(title.split()) > 1 and title.split()[-1] == "Original" and title.split()[0] != "The":
                    continue
                if _author_before_source_noun(doc, title_end):
                    continue  # "an adaptation of the Stephen King novel": the author, the title is unnamed
                head = WORK_HEAD_RE.match(text, title_end)
                if needs_head and not head:
                    continue
                found_cls = cls
                if cls == "Series" and match.group(0).rstrip().endswith("drama") and film_article(text):
                    # "set to star in the drama Stu": film copy calls films dramas too, so in a
                    # film article the noun says a work, not a series (see title_class_from_context).
                    found_cls = "CreativeWork"
                if head:
                    noun = head.group(1)
                    found_cls = "Series" if noun in ("series", "show", "drama") else "Film" if noun in ("film", "movie") else cls
                span = doc.char_span(title_start, title_end, alignment_mode="expand")
                if span is None:
                    continue
                m = _mention(span, found_cls, "cue", cued=True)
                if m:
                    yield m
                if makers_follow:
                    break  # "X from Julie Plec and Marguerite Vale": the rest of the run names makers
            # "known for A and B": coordinated titles after the run.


def _starts_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether a name after a title list's comma or "and" is the subject of a verb of its own:
    then the list has ended and a new clause begun ("..., and Dana Vale leads B")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.i >= span.end \
        and span.root.head.pos_ in ("VERB", "AUX")


AUTHOR_NOUN_RE = re.compile(r"\s+(?:(?:" + SOURCE_NOUN + r")s?|short story|play|graphic novel)\b")


def _author_before_source_noun(doc: Doc, end: int) -> bool:
    """Whether a run ends in a person's name that modifies a source noun: "the Stephen King
    novel", "the 2012 Ana Ruiz memoir" name the author; the book's title, if any, comes after."""
    return bool(AUTHOR_NOUN_RE.match(document_text(doc), end)) and any(
        e.label_ == "PERSON" and e.end_char == end for e in doc_ents(doc))


SENTENCE_END_RE = re.compile(r"(?<![\s.])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bVol)(?<!\bNo)"
                             r"(?<!\bBros)(?<!\bInc)(?<!\bCo)(?<!\bvs)(?<!\b[A-Z\u00c0-\u00d6\u00d8-\u00de])\.\s+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])")


def before_maker_nationality(text: str, start: int, end: int) -> int | None:
    """Where a title run stops before "from" or "by" and a nationality word that a lower-case
    noun goes on from: "Dark Harbor from Danish filmmaker Lars Vik", "Salt Road by French director
    Ana Roux". The nationality describes the maker the title comes from; no title ends in one."""
    joiner = re.search(r"\s+(?:from|by)\s+(\S+)$", text[start:end])
    if joiner and joiner.group(1) in words("nationality_adjectives") and re.match(r"\s+[a-z]", text[end:end + 3]):
        return start + joiner.start()
    return None


@lru_cache(maxsize=1)
def _company_after_joiner_re() -> re.Pattern:
    """ "for Harbour Films" at the end of a run: a joiner, then a name with a company suffix."""
    return re.compile(r"\s+(?:for|at|with|from|via|to)\s+(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w&.'\-]*\s+){0,3}(?:"
                      + alternation(sorted(words("company_name_suffixes"), key=len, reverse=True)) + r")[.,;:]?$")


def _before_company(doc: Doc, start: int, end: int) -> int:
    """Where a title run stops before the company that makes or shows it: "Gladiator II for
    Paramount Pictures", "House of the Dragon for HBO" (a title seldom ends in a company name)."""
    # "seen in Dune: Part Two. Mescal ...": a period after a word that is no abbreviation ends it.
    stop = SENTENCE_END_RE.search(document_text(doc), start, end)
    if stop:
        end = stop.start()
    for ent in doc_ents(doc):
        # ... nor in a person's name ("Little Women with Jane Roe").
        if start < ent.start_char < end and (ent.label_ in ("ORG", "PERSON") or CLASS_KIND.get(ent.label_) == "org"):
            joiner = re.search(r"\s+(?:for|at|with|from|on|by|via|to)\s+$", document_text(doc)[start:ent.start_char])
            if joiner:
                return start + joiner.start()
    # ... nor in a name with a company word the NER swallowed into the run ("the drama Glasshouse
    # for Harbour Films", read as one work of art), also where the run takes the sentence's full stop.
    cut = before_maker_nationality(document_text(doc), start, end)
    if cut is not None:
        return cut
    # ("sold the drama Glasshouse to Harbour Films": the buyer a work is sold "to" as well.)
    joined = _company_after_joiner_re().search(document_text(doc)[start:end])
    if joined:
        return start + joined.start()
    return end


def _split_coordinated_titles(text: str, start: int, end: int, *, coordinate: bool) -> list[tuple[int, int]]:
    """"Train to Busan and Hellbound" names two works; the run may also continue over ", B"."""
    pieces = [(start, end)]
    if not coordinate:
        return pieces
    follow = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)")
    pos = end
    while " and " not in text[start:pos]:  # a list ends at its "and": "A and B, and C at the helm"
        sep = follow.match(text, pos)
        if not sep:
            break
        run = TITLE_RUN_RE.match(text, sep.end())
        if not run:
            break
        pieces.append((run.start(), run.end()))
        pos = run.end()
    # A run containing " and " inside ("Train to Busan and Hellbound" matched as one) is split too.
    split: list[tuple[int, int]] = []
    for s, e in pieces:
        offset = s
        for part in re.split(r"(\s+and\s+)", text[s:e]):
            if part.strip() and not re.fullmatch(r"\s+and\s+", part):
                split.append((offset, offset + len(part)))
            offset += len(part)
    return split


FACILITY_RE = re.compile(
    r"\b(?:the\s+)?No\.\s?(\d+)(?:\s+(?:and|&)\s+No\.\s?(\d+))?\s+(?:Stage|stage|Soundstage|soundstage)s?\b"
    r"|\b(?:Stage|Soundstage|Studio)\s+(\d+)\b")
NUMBERED_RE = re.compile(r"\bNo\.\s?(\d+)")
# One to three capitalised words and a facility's head: "Saticoy Lot", "Eastgate Stages".
FACILITY_NAME_RE = skipping(r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019&-]*)(?:[^\S\n]+[A-Z][\w'\u2019&-]*){0,2})"
                              r"[^\S\n]+(?:Lot|Backlot|Stages|Soundstages|Campus)\b")


STAGES_AT_RE = skipping(r"\b(?:sound)?stages? at (?:the )?")  # "stages at the Pinewood lot"


def facility_mentions(doc: Doc) -> Iterator[Mention]:
    """Numbered stages ("No. 1 and No. 2 stages", "No.1 Stage", "Stage 5") are facilities; a
    shared head noun names each number in the coordination."""
    text = document_text(doc)
    if "tage" not in text and "Studio" not in text:  # every match names a stage or a studio
        return
    for match in FACILITY_RE.finditer(text):
        if match.group(3):
            yield Mention(match.start(), match.end(), match.group(0), "Facility", "pattern", cued=True)
            continue
        numbers = list(NUMBERED_RE.finditer(match.group(0)))
        if len(numbers) == 1:  # "No.1 Stage": the whole name
            text = match.group(0)
            lead = len(text) - len(text.lstrip()) + (4 if text.lower().startswith("the ") else 0)
            yield Mention(match.start() + lead, match.end(), text[lead:], "Facility", "pattern", cued=True)
            continue
        for number in numbers:  # "No. 1 and No. 2 stages": each number names a stage
            s = match.start() + number.start()
            e = match.start() + number.end()
            yield Mention(s, e, document_text(doc)[s:e], "Facility", "pattern", cued=True)
    # A name whose last word is a lot or its stages is a facility: "the Saticoy Lot", "Eastgate
    # Stages" (a "Studios" name is more often the company that runs them).
    for match in FACILITY_NAME_RE.finditer(text):
        lead = re.match(r"(?:The|A|An)(?:[^\S\n]+|$)", match.group(1))
        start = match.start() + (lead.end() if lead else 0)
        if start < match.start(1) + len(match.group(1)):  # a name is left once the article is off
            yield Mention(start, match.end(), text[start:match.end()], "Facility", "pattern", cued=True)
    # A named place where stages are leased or used is a facility: "soundstages at MBS Northbrook".
    for match in STAGES_AT_RE.finditer(document_text(doc)):
        run = TITLE_RUN_RE.match(document_text(doc), match.end())
        if run:
            span = doc.char_span(run.start(), run.end(), alignment_mode="expand")
            name = clean_span(span) if span is not None else None
            if name is not None and is_name(name.text):
                yield Mention(name.start_char, name.end_char, name.text, "Facility", "cue", cued=True)


def acronym_aliases(doc: Doc, mentions: Iterable[Mention]) -> Iterator[Mention]:
    """"Ministry of Economy, Trade and Industry (METI)": the parenthesised capitals name the same thing."""
    text = document_text(doc)
    for m in mentions:
        if m.cls == "Person":
            continue  # "Jane Roe (Moonfall)": a person's parenthesis names credits, not an acronym
        after = text[m.end:m.end + 16]
        match = ACRONYM_PAREN_RE.match(after)
        # "Arrowhead Films (UK)": a country or sales territory after a company is the territory
        # it bought (or its home), not another name of the company.
        if match and match.group(1) not in words("countries") | words("regions") | words("sales_territory_words"):
            s = m.end + match.start(1)
            yield Mention(s, s + len(match.group(1)), match.group(1), m.cls, m.source, m.canonical, m.cued)


AGREEMENT_RE = skipping(
    r"\b(?:(?:multi-year|multiyear|long-term|new|leasing|lease|licensing|license|licence|distribution|co-production|"
    r"coproduction|co-financing|first-look|overall|output|content|production|studio|merger|acquisition|exclusive|global|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-year)\s+)+"
    r"(?:agreement|deal|partnership|pact|lease extension)\b")
AGREEMENT_NOUNS = ("agreement", "deal", "partnership", "pact", "lease extension")


def agreement_mentions(doc: Doc) -> Iterator[Mention]:
    """A deal the article names with its kind ("a multi-year agreement", "the leasing agreement")
    is an Agreement; its dates hang on it."""
    text = document_text(doc)
    if not any(noun in text for noun in AGREEMENT_NOUNS):
        return  # every match holds one: without them the search over the article is skipped
    for match in AGREEMENT_RE.finditer(text):
        yield Mention(match.start(), match.end(), match.group(0), "Agreement", "cue", cued=True)


@lru_cache(maxsize=1)
def _credit_suffixes() -> frozenset[str]:
    return frozenset(w for suffixes in lexicon_table("credit_suffixes").values() for w in suffixes)


CREDITED_NAME_RE = re.compile(r"(?<![\w'\u2019-])(?P<name>[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019]+(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019]+){1,2})-(?P<suffix>[a-z]+)\b")


def credited_people(doc: Doc) -> Iterator[Mention]:
    """"the Ana Ruiz-fronted thriller", "a Tom Hale-directed feature": a name fused to a credit
    by a hyphen is a person's, which the NER cuts at the hyphen or misses altogether."""
    text = document_text(doc)
    # Only a credit suffix after the hyphen makes a match count: without one in the text, the
    # search over the article is skipped.
    if not any("-" + suffix in text for suffix in _credit_suffixes()):
        return
    for match in CREDITED_NAME_RE.finditer(text):
        if match.group("suffix") not in _credit_suffixes():
            continue
        # "the Harbour Films-produced drama": a name ending in a company word is a company's,
        # which credits the work as its maker (roles.hyphen_credits), never a person.
        company = match.group("name").split()[-1] in words("org_suffixes") | words("company_name_suffixes")
        span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
        if span is None or span[0].lower_ in ("the", "a", "an"):
            span = span[1:] if span is not None and len(span) > 2 else None
        if span is not None and not any(CLASS_KIND.get(e.label_) for e in ents_within(span)):
            m = _mention(span, org_class_from_name(span.text) if company else "Person", "pattern")
            if m:
                yield m


# A festival catalogue or line-up credits a film's director and year in brackets after the title:
# "Salt Road (Kiri Holm, 2019)", "Low Tide (Pia Sorel, France, 2021)". The name may hold particles
# ("Vittorio De Sica", "Lars von Trier"); a country of production may stand before the year.
NAME_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.-]+"
CATALOGUE_CREDIT_RE = re.compile(
    r"(?<=[\w\u201d\"'\]!?])[^\S\n]\((?P<name>" + NAME_WORD + r"(?:[^\S\n]+(?:(?:de|da|di|del|della|van|von|der|den|le|la|du|dos|bin)[^\S\n]+)*"
    + NAME_WORD + r"){1,3}),[^\S\n]*(?:[A-Z][\w.]*(?:[/-][A-Z][\w.]*)*,[^\S\n]*)?(?:1[89]|20)\d\d\)")


@lru_cache(maxsize=4)  # the article being read: four finders ask for its catalogue entries
def catalogue_credit_names(text: str) -> tuple[tuple[int, int], ...]:
    """Where the directors of a catalogue's "Title (Director, 2019)" entries stand: the name in
    the brackets, when it opens with a given name (a title's bracket may hold its network,
    "Salt Road (Harbour TV, 2014)", or a person's a credit, "Kiri Holm (Salt Road, 2019)")."""
    if "(" not in text:
        return ()
    return tuple(match.span("name") for match in CATALOGUE_CREDIT_RE.finditer(text) if opens_with_given_name(match.group("name")))


def catalogue_directors(doc: Doc) -> Iterator[Mention]:
    """"Salt Road (Kiri Holm, 2019)": the name in a catalogue entry's brackets is its director, a
    person, whatever the NER made of an unfamiliar name."""
    text = document_text(doc)
    for start, end in catalogue_credit_names(text):
        yield Mention(start, end, text[start:end], "Person", "pattern", cued=True)


def _name_run(doc: Doc, i: int, end: int) -> int:
    """The end of a run of capitalised name words from token i ("Nina Holt", "Jo In-sung",
    "Lou Beatty Jr."), or i when none starts there."""
    j = i
    while j < end:
        t = doc[j]
        if t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.lower() not in lower_words("org_suffixes"):
            j += 1
        elif t.text == "-" and j > i and j + 1 < end and not doc[j - 1].whitespace_ and not t.whitespace_:
            j += 2  # "In-sung": the tokenizer splits a hyphenated given name
        elif t.text == "." and j > i and doc[j - 1].text in ("Jr", "Sr"):
            j += 1
        else:
            break
    return j


def cast_listed_people(doc: Doc) -> Iterator[Mention]:
    """Names listed after a cast trigger ("starring A, B and C", "the cast includes A as Meg
    and B", the starring phrases of credit_list_triggers) are people's, though the small NER
    misses some and calls others a company or a place: a cast lists actors. Only runs of two to
    four capitalised words, outside quotes and parentheses (credits), and not the last of a list
    that a verb follows ("..., Fenwick Studios said"): that one opens a clause of its own."""
    phrases = [tuple(p.lower().split()) for p in lexicon_table("credit_list_triggers").get("starring", ())]
    # A phrase can only start at its first word (an empty one anywhere).
    firsts = None if () in phrases else frozenset(p[0] for p in phrases)
    by_first: dict[str, list[tuple[str, ...]]] = {}  # in the phrases' order
    for phrase in phrases:
        if phrase:
            by_first.setdefault(phrase[0], []).append(phrase)
    lowers = lower_forms(doc)
    # The tokens that can open a phrase, found once by the word index (each sentence takes its share).
    opening = word_positions(doc, lower=firsts) if firsts is not None else None
    for sent in doc_sents(doc):
        lowered = lowers[sent.start:sent.end]  # the words as strings, no Token made for each
        candidates = range(len(lowered)) if opening is None else \
            [i - sent.start for i in opening[bisect_left(opening, sent.start):bisect_left(opening, sent.end)]]
        for k in candidates:
            # Only the phrases that open with the word there can match there.
            options = phrases if opening is None else by_first[lowered[k]]
            length = next((len(p) for p in options if tuple(lowered[k:k + len(p)]) == p), None)
            if length is None:
                continue
            if sent[k].is_title and sent[k].ent_type_ and not sent[k].is_sent_start:
                continue  # "Focus Features and Working Title": the word is a name's, no cast verb
            yield from _cast_run(doc, sent.start + k + length, sent.end)


def _cast_run(doc: Doc, i: int, end: int) -> Iterator[Mention]:
    lead, found = 4, []
    while i < end:
        t = doc[i]
        if t.text == "(":
            while i < end and doc[i].text != ")":
                i += 1
        elif t.text in OPEN_QUOTES + CLOSE_QUOTES:
            if found and any(e.label_ == "PERSON" and (e.start, e.end) == (f.start, f.end) for f in found for e in doc_ents(doc)):
                break  # "A, B and "Update" anchors C": a list of people the NER confirms ends where a title opens
            return  # a quoted title: the list is of works
        elif t.lower_ == "as" and found:
            while i + 1 < end and doc[i + 1].text not in (",", "and", ";", "."):
                i += 1  # "A as Detective Ruth Kane": a character, no person
        elif t.text in (",", "and", "&"):
            pass
        elif not found and lead == 4 and t.lower_ in ("are", "is", "were", "was"):
            pass  # "Also starring are A and B": the copula of an inverted clause comes before its list
        elif (j := _name_run(doc, i, end)) > i:
            # one word only after an owner: "pop group Starlight's Mina"
            if 2 <= j - i <= 5 or (j - i == 1 and i > 0 and doc[i - 1].tag_ == "POS"):
                found.append(doc[i:j])
            i, lead = j - 1, 0
        elif lead and t.is_lower and t.pos_ in ("ADJ", "NOUN", "DET", "ADV"):
            lead -= 1  # "starring newcomer A", "stars popular Korean actors A and B"
        elif t.tag_ == "POS":
            if found and found[-1].end == i:
                found.pop()  # "girl band Blackpink's Jisoo": the owner is no cast member
        else:
            if found and t.pos_ in ("VERB", "AUX") and found[-1].end == i:
                found.pop()  # "..., and B directs": B opens a clause of its own
            break
        i += 1
    for span in found:
        if span[-1].i + 1 < len(doc) and doc[span[-1].i + 1].pos_ in ("VERB", "AUX"):
            continue
        span = after_prize_words(span)  # "starring Oscar Winner A": the prize describes the person after it
        if span is None:
            continue
        if any(e.label_ == "PERSON" and e.start == span.start and e.end == span.end for e in doc_ents(doc)):
            continue  # the NER has it right already
        m = _mention(span, "Person", "pattern")
        if m:
            yield m


# "the Tom Hale-Lena Marsh comedy": two full names fused by a hyphen before a lower-case word.
PAIRED_NAMES_RE = skipping(r"(?<![\w'\u2019-])(?:[Tt]he\s+)?(?P<a>[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019]+(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019]+){1,2})-"
                             r"(?P<b>[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019]+(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019]+){1,2})\s+(?=[a-z])")
CAPITAL_AFTER_HYPHEN_RE = re.compile(r"-[A-Z\u00c0-\u00d6\u00d8-\u00de]")


def paired_people(doc: Doc) -> Iterator[Mention]:
    """"the Tom Hale-Lena Marsh comedy X": two names of two words or more fused by a hyphen into
    one modifier are the two stars of the work the noun phrase names (a hyphenated surname,
    "Ana Ruiz-Soto", has one word after the hyphen). The NER takes the pair for one name."""
    text = document_text(doc)
    if not CAPITAL_AFTER_HYPHEN_RE.search(text):  # every match has one; found fast, from each "-"
        return
    for match in PAIRED_NAMES_RE.finditer(text):
        # "Anna Hill-Ward's Charles Dickens biopic": a possessive inside the second side ends a
        # double-surnamed owner, and what follows it is owned: no pair of names.
        if re.search(r"(?:'s|\u2019s)\s", match.group("b")):
            continue
        for group in ("a", "b"):
            span = doc.char_span(match.start(group), match.end(group), alignment_mode="contract")
            if span is not None and span[0].lower_ not in ("the", "a", "an"):
                m = _mention(span, "Person", "pattern")
                if m:
                    yield m


# "Chris Adrian & Eli Horowitz's novel": two full names joined by an ampersand.
AMPERSAND_NAMES_RE = re.compile(r"(?<![\w'\u2019&-])(?P<a>[A-Z\u00c0-\u00d6\u00d8-\u00de][\w\u2019'-]+(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][\w-]+){1,2})"
                                r"\s+&\s+(?P<b>[A-Z\u00c0-\u00d6\u00d8-\u00de][\w-]+(?:\s+[A-Z\u00c0-\u00d6\u00d8-\u00de][\w-]+){1,2})(?=\W|$)")


def ampersand_people(doc: Doc) -> Iterator[Mention]:
    """"Chris Adrian & Eli Horowitz": an ampersand joins two people when each side is a full
    name that opens with a frequent given name; the NER takes the pair for one company (and
    often cuts it after the second given name). A company has one name on a side ("Simon &
    Schuster") or a company word at its end ("Smith & Jones Entertainment"), and is left alone."""
    text = document_text(doc)
    if "&" not in text:
        return
    stop = words("org_suffixes") | words("company_name_suffixes")
    for match in AMPERSAND_NAMES_RE.finditer(text):
        sides = [match.group("a"), re.sub(r"(?:'s|\u2019s)$", "", match.group("b"))]
        if not all(side.split()[0].lower() in given_names() and not set(side.split()) & stop for side in sides):
            continue
        for group in ("a", "b"):
            end = match.start(group) + len(sides[0 if group == "a" else 1])
            span = doc.char_span(match.start(group), end, alignment_mode="contract")
            m = _mention(span, "Person", "pattern") if span is not None else None
            if m:
                yield m


def given_name_companies(doc: Doc) -> Iterator[Mention]:
    """"Olivia Apple", "Megan Fox": a frequent given name right before a one-word name the
    gazetteer knows is a person whose surname is a company's name. The given name must not
    open the sentence ("Will Netflix ...") nor be a month ("a June Netflix release"), and the
    gazetteer's match must be one word (a longer match is the company's full name)."""
    dates = words("date_words")
    for ent in doc_ents(doc):
        if CLASS_KIND.get(ent.label_) != "org" or len(ent) != 1 or ent.start == 0:
            continue
        given = doc[ent.start - 1]
        if (given.is_sent_start or not given.is_title or given.text in dates or given.ent_type_ in ("DATE", "TIME")
                or given.lower_ not in given_names() or not given.whitespace_):
            continue
        if ent.start > 1 and doc[ent.start - 2].is_title and not doc[ent.start - 2].is_sent_start:
            continue  # "Warner Will Apple": a longer run of names, not a given name and a surname
        m = _mention(doc[ent.start - 1:ent.end], "Person", "pattern")
        if m:
            yield m


@lru_cache(maxsize=1)
def _territory_buyer_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    territories = words("countries") | words("regions") | words("sales_territory_words")
    one = r"(?:the\s+)?(?:[A-Z][\w]*-speaking\s+)?(?:" + alternation(sorted(territories, key=len, reverse=True)) + r")"
    territory = one + r"(?:\s*(?:,|and|&)\s*" + one + r")*(?![\w\-])"
    name = r"((?:[A-Z0-9\u00c0-\u00de][\w'\u2019.&\-]*)(?:\s+[A-Z0-9\u00c0-\u00de&][\w'\u2019.&\-]*){0,3})"
    opener = alternation(sorted(words("territory_sale_openers"), key=len, reverse=True))
    return (skipping(r"\b(?:" + opener + r")\s+"), re.compile(name + r"\s+(?:for|in)\s+" + territory),
            re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)"))


def territory_buyers(doc: Doc) -> Iterator[Mention]:
    """"sold to Lumen for France, Nordisk Vale for Scandinavia and Kestrel in the Middle East": a
    sales report lists a title's buyers one per territory after the sale verb, and whoever buys
    a territory's rights to a title distributes it there. Each name of the list is a
    distributor, however the small NER tags it (a person, or nothing)."""
    text = document_text(doc)
    opener_re, item_re, gap_re = _territory_buyer_res()
    for opener in opener_re.finditer(text):
        pos = opener.end()
        while item := item_re.match(text, pos):
            span = doc.char_span(item.start(1), item.end(1), alignment_mode="contract")
            # "went to Budapest in Hungary": a known place before the territory is where someone
            # went. (The small NER's GPE tag is no guide: it takes many foreign buyers for places.)
            if span is not None and item.group(1) not in place_names():
                m = _mention(span, "Distributor", "pattern", cued=True)
                if m:
                    yield m
            gap = gap_re.match(text, item.end())
            if not gap:
                break
            pos = gap.end()


def _alternation(entry: str, capital: bool = False) -> str:
    """The words of a lexicon entry as a regex alternation; with capital, each may also open a
    sentence with a capital letter."""
    def forms(w: str) -> tuple[str, ...]:
        # "[Dd]irected by" as "Directed by|directed by": the same matches, and literal phrases group.
        upper = w[0].upper()
        return (upper + w[1:], w) if capital and w[0].isalpha() and upper != w[0] and len(upper) == 1 else (w,)
    return alternation(form for w in sorted(words(entry), key=len, reverse=True) for form in forms(w))


# "co-writer Ana Ruiz", "played by Tom Vale", "the directorial debut of Ana Ruiz"; "Tom Vale is repped by".
# "Directed by X" opens many sentences; a job noun is matched in lower case only, since a
# capitalised one is in a headline or a title ("to Head India Originals", "Star Wars").
# Two or more jobs joined by hyphens ("director-screenwriter", "actor-singer-songwriter") are one
# compound job, held by the person named next, as each of its parts would be.
_ROLE_PART = r"(?:" + _alternation("person_role_nouns") + "|" + _alternation("person_role_compound_parts") + r")"
PERSON_SLOT_BEFORE_RE = skipping(r"(?:(?<![\w-])(?:" + _ROLE_PART + r"(?:-" + _ROLE_PART + r")+|" + _alternation("person_role_nouns") + r")|\b(?:"
                                   + _alternation("person_agent_phrases", capital=True) + r"))\s+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])")
PERSON_SLOT_AFTER_RE = re.compile(r"\s+(?:" + _alternation("person_after_phrases") + r")\b")


def _title_run(doc: Doc, i: int, longest: int = 4) -> Span:
    """The capitalised words from token i, whatever the tagger made of them ("Kim Do-young":
    the small model tags "Do" a noun), a hyphenated word counting once."""
    j, count = i, 0
    while j < len(doc) and count < longest:
        t = doc[j]
        if t.text == "-" and j > i and not doc[j - 1].whitespace_ and not t.whitespace_ and j + 1 < len(doc):
            if doc[j + 1].is_lower and (doc[j + 1].pos_ == "VERB" or doc[j + 1].lower_ in _credit_suffixes()):
                return doc[i:j - 1]  # "Dubai-based", "Emmy-winning": a modifier, no name
            j += 2  # "Do-young", "Chang-Sang"
            continue
        # "Sophie de Vries", "Jan van der Berg": lower-case particles inside a name, before its last word.
        if count and t.text in lower_words("name_particles"):
            k = j
            while k < len(doc) and doc[k].text in lower_words("name_particles"):
                k += 1
            if k < len(doc) and doc[k].is_title and doc[k].text not in words("org_suffixes"):
                j = k
                continue
            break
        if not (t.is_title or (len(t) == 2 and t.text.endswith(".") and t.text[0].isupper())) or t.text in words("org_suffixes"):
            break
        j, count = j + 1, count + 1
    return doc[i:j]


# Plural job nouns, lower case, right before a capitalised name.
PLURAL_ROLE_RE = re.compile(r"(?<![\w-])(?:scribes|writers|co-writers|screenwriters|writer-directors|writer-producers|directors|co-directors"
                            r"|producers|executive producers|exec producers|creators|co-creators|showrunners|co-showrunners|co-stars"
                            r"|filmmakers|actors|actresses|co-founders|founders)\s+(?=[A-Z\u00c0-\u00d6\u00d8-\u00de])")
# Every PLURAL_ROLE_RE match holds one of these: without them its search is skipped.
PLURAL_ROLE_NOUNS = ("scribes", "writers", "directors", "producers", "creators", "showrunners", "co-stars",
                     "filmmakers", "actors", "actresses", "founders")


# A capitalised name word, also with an apostrophe or hyphen inside ("Nyong'o", "O'Brien",
# "Smith-Jones"), which str.istitle reads as two words.
NAME_WORD_RE = re.compile(r"[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00ff]+(?:['\u2019\-][A-Za-z\u00c0-\u00ff][a-z\u00df-\u00ff]*)*")


def _name_word(text: str) -> bool:
    return text.istitle() or NAME_WORD_RE.fullmatch(text) is not None


def given_name_subjects(doc: Doc) -> Iterator[Mention]:
    """"Ana Ruiz runs Harbour Films": the small NER often misses a full name opening a clause,
    most of all names outside the English-language mainstream. Two or three proper nouns that
    open with a frequent given name (patterns/given_names.txt) and are the subject of a verb
    are a person's name, when no entity covers them, no quote holds them and no company word
    ends them; so are the object of a verb one does to people ("hired / cast / stars Ana Ruiz"),
    a "by" agent and a name joined to a person by "and". The source is the weakest ("ner"), so a
    title slot reading the same run wins."""
    firsts = given_names()
    # (nor a prize's winner: "Emmy Nominee" opens with a given name)
    stop = words("org_suffixes") | words("company_name_suffixes") | AWARD_PERSON_NOUNS
    # A span the NER labels with no class of ours ("Lily Hart's" as a PRODUCT) takes nothing.
    taken = {i for e in doc_ents(doc) if e.label_ in NER_CLASS or e.label_ in CLASS_KIND for i in range(e.start, e.end)}
    for head in tokens_with(doc, pos=("PROPN",)):
        if head.i in taken or not _person_position(head):
            continue
        first = min([head.i, *(c.i for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN")])
        run = doc[first:head.i + 1]
        if not 2 <= len(run) <= 3 or any(t.i in taken or not _name_word(t.text) or t.text in stop for t in run):
            continue
        if run[0].lower_ not in firsts or (first > 0 and doc[first - 1].text in ("\u201c", "\"", "'s", "\u2019s")):
            continue
        m = _mention(run, "Person", "ner")
        if m:
            yield m


# Verbs whose object is a person: one hires, casts or names people (a title named after a
# person, "acquired Jerry Maguire", is the object of other verbs).
PERSON_OBJECT_LEMMAS = frozenset({"hire", "tap", "cast", "star", "name", "appoint", "promote", "recruit", "sign", "add",
                                  "welcome", "poach", "enlist", "elevate", "join"})


def _person_position(head) -> bool:
    """Whether a proper noun stands where trade news puts a person: the subject of a verb, the
    object of a verb of hiring or casting, a "by" agent, or a conjunct of a person (either way)."""
    verb = head.head
    # "with Ana Ruiz, Tom Hale and Leo Park serving as": the list's first item heads the
    # conjuncts, so a person among them makes it a list of people wherever it stands.
    if any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in head.children):
        return True
    if head.dep_ in ("nsubj", "nsubjpass"):
        return verb.pos_ in ("VERB", "AUX")
    if head.dep_ == "dobj":
        return verb.lemma_.lower() in PERSON_OBJECT_LEMMAS
    if head.dep_ == "pobj":
        return verb.dep_ == "agent"
    # "Ana Ruiz's directorial debut", "Ana Ruiz's new film": one makes a debut, has credits and
    # plays roles; a company owns films too, but the given name that must open the run and the
    # company words that may not end it keep those out.
    if head.dep_ == "poss":
        return verb.lemma_.lower() in PERSON_POSSESSED_LEMMAS
    # "the former BBC drama boss Ana Ruiz": a name in apposition to a job noun holds the job.
    if head.dep_ == "appos":
        return verb.lower_ in lower_words("role_title_words")
    # "A, B and Ana Ruiz star in X": after a list of names the tagger takes the plural verb for a
    # noun the last name modifies ("Ruiz star"), joined to the people before it.
    if head.dep_ == "compound" and verb.lower_ in LIST_VERBS_READ_AS_NOUNS and verb.dep_ == "conj" \
            and verb.head.ent_type_ == "PERSON" and verb.i == head.i + 1:
        return True
    # "Ana Ruiz stars in X", "Ana Ruiz stars as a nurse": a name right before a present "stars"
    # the tagger reads as a plural noun ("Ruiz stars"), which a preposition of casting follows.
    if head.dep_ == "compound" and verb.i == head.i + 1 and verb.lower_ in ("stars", "co-stars", "leads", "fronts", "headlines", "toplines") \
            and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in ("in", "as", "alongside", "opposite"):
        return True
    return head.dep_ == "conj" and verb.ent_type_ == "PERSON"


# Nouns a person's possessive goes with in credits news: a debut, credits, a role, a new film.
PERSON_POSSESSED_LEMMAS = frozenset({"debut", "credit", "role", "performance", "film", "movie", "feature", "documentary",
                                     "series", "show", "latest", "next", "effort", "outing", "deal", "pact"})


# Verbs of a cast list's subjects that the tagger reads as nouns after the last name.
LIST_VERBS_READ_AS_NOUNS = frozenset({"star", "co-star", "lead", "front", "headline", "topline"})


# Role nouns a show's title tags a person with ("Moonbeam Diner creator Teodor Vale", "X star A").
EPITHET_ROLE_NOUNS = frozenset({"creator", "co-creator", "star", "showrunner", "director", "writer", "producer", "alum", "grad",
                                "helmer", "scribe", "actor", "actress"})


def slot_people(doc: Doc) -> Iterator[Mention]:
    """A name right after a job noun ("co-writer Ana Ruiz", "showrunner Tom Vale"), after what
    only people do ("played by X", "directed by X", "the directorial debut of X"), or before
    being represented by an agency ("X is repped by WME") is a person's: only people hold a
    job, play, direct or have agents. The small NER misses such names or calls them a company,
    a place or a facility. Two to four capitalised name words, no company word, no name the
    gazetteer knows."""
    text = document_text(doc)
    spans = []
    for match in PERSON_SLOT_BEFORE_RE.finditer(text):
        tok = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if tok is not None:
            spans.append(_title_run(doc, tok.start))
    # Where each token's text ends -> the index after it (a later token wins a shared end, as
    # in a scan of the tokens), from the offset and length arrays, not a Token per word.
    offsets = doc.to_array([IDX, LENGTH])
    ends = dict(zip((offsets[:, 0] + offsets[:, 1]).tolist(), range(1, len(doc) + 1)))
    for match in PERSON_SLOT_AFTER_RE.finditer(text):
        # A given name opening a sentence is often tagged a common noun ("Pia Kessler is repped by").
        name = _name_before(doc, ends[match.start()], 4, ("PROPN", "NOUN", "ADJ")) if match.start() in ends else None
        if name is not None:
            spans.append(name)
    # "Sprague Vale will play Tonia": the subject of playing a part is an actor.
    for verb in tokens_with(doc, lower=PLAYING_VERBS, pos=("VERB",)):
        if verb.lower_ in PLAYING_VERBS and verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children):
            for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
                first = min([subj.i, *(c.i for c in subj.children if c.dep_ == "compound")])
                spans.append(doc[first:subj.i + 1])
    # "scribes Micah Vale and Noah Harp", "writer-directors A, B and C": a plural job noun takes a
    # list of people, each item a name of its own.
    # (Searched only where one of the nouns stands: most articles hold none.)
    plural_roles = PLURAL_ROLE_RE.finditer(text) if any(noun in text for noun in PLURAL_ROLE_NOUNS) else ()
    for match in plural_roles:
        at = match.end()
        while True:
            tok = doc.char_span(at, at + 1, alignment_mode="expand")
            if tok is None:
                break
            run = _title_run(doc, tok.start)
            if not len(run):
                break
            spans.append(run)
            joiner = re.match(r",\s+(?:and\s+)?|\s+and\s+|\s+&\s+", text[run.end_char:run.end_char + 8])
            if not joiner or not text[run.end_char + joiner.end():run.end_char + joiner.end() + 1].isupper():
                break
            at = run.end_char + joiner.end()
    jobs = lower_words("person_role_nouns") | lower_words("person_description_nouns")
    for span in spans:
        while len(span) and span[0].lower_ in jobs:
            span = span[1:]  # "Newcomer Rina Kato plays ...": a description opening the sentence
        # Each word capitalised, but for the second half of a hyphenated given name ("Do-young").
        words_of = [t for t in span if t.text != "-" and not (t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_)
                    and t.text not in lower_words("name_particles")]
        if not 2 <= len(words_of) <= 4 or not all(t.is_title or (len(t) == 2 and t.text.endswith(".")) for t in words_of):
            continue
        if any(CLASS_KIND.get(e.label_) or e.label_ in ("NORP", "GPE", "LOC") for e in ents_within(span)) or span[-1].text in words("org_suffixes"):
            continue  # "Iraqi filmmaker X", "directed by Netflix": a nationality, a place or a company
        if span.end + 1 < len(doc) and doc[span.end].lower_ in EPITHET_ROLE_NOUNS and doc[span.end + 1].text[:1].isupper():
            continue  # "created by Moonbeam Diner creator Teodor Vale": a title tagging the person after it
        if span[-1].text in AWARD_HEADS or span[-1].text in AWARD_PERSON_NOUNS:
            continue  # "directed by Academy Award winner Dana Holt": the prize describes the person after it
        m = _mention(span, "Person", "pattern")
        if m:
            yield m


def _title_run_before(doc: Doc, end: int) -> int:
    """The first token of the capitalised run that ends at token `end` (exclusive), a leading
    "The" left out; `end` when there is none."""
    start = end
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].text[:1].isdigit() or (
            doc[start - 1].lower_ in ("of", "the", ":") and start - 2 >= 0 and doc[start - 2].is_title and start < end)):
        start -= 1
    while start < end and (doc[start].lower_ in ("of", "the", ":") or not doc[start].is_title and not doc[start].text[:1].isdigit()):
        start += 1
    return start if end - start <= 5 else end


def franchise_titles(doc: Doc) -> Iterator[Mention]:
    """"the Iron Tide franchise", "the Iron Tide and Moon Rangers franchises", "the last two
    Iron Tide movies": a name that modifies a franchise noun, or a counted plural of works,
    is the name of a creative work (often a run of films the text does not tell apart). The
    small NER takes such names for a company or a person. A known company ("the Harbour
    Studios franchise") or an owner ("Netflix's franchise") is left alone."""
    known = {(e.start, e.end) for e in doc_ents(doc) if CLASS_KIND.get(e.label_, "") == "org"}
    # Only the nouns' own tokens (the word index), not a Token of every word.
    for tok in tokens_with(doc, lower=lower_words("franchise_nouns") | lower_words("counted_work_nouns")):
        franchise = tok.lower_ in lower_words("franchise_nouns")
        if not (franchise or tok.lower_ in lower_words("counted_work_nouns")) or tok.i == 0 or tok.text != tok.lower_:
            continue  # a capitalised noun ("Marvel Cinematic Universe", "Harbour Films") ends a name
        names = []
        start = _title_run_before(doc, tok.i)
        if start == tok.i:
            continue
        names.append((start, tok.i))
        if tok.lower_.endswith("s") and start >= 2 and doc[start - 1].lower_ in ("and", "&", ","):
            first = _title_run_before(doc, start - 1)
            if first < start - 1:
                names.append((first, start - 1))
                start = first
        if not franchise:
            opening = [t.lower_ for t in doc[max(0, start - 3):start]]
            if not any(w in lower_words("work_count_words") or w.isdigit() for w in opening):
                continue
        for s, e in names:
            if any(ks <= s and e <= ke for ks, ke in known) or (s > 0 and doc[s - 1].tag_ == "POS") or doc[e - 1].tag_ == "POS":
                continue
            if all(t.text in words("nationality_adjectives") or t.ent_type_ == "NORP" for t in doc[s:e]):
                continue  # "three French films": a nationality says where the works come from
            if doc[e - 1].text in words("org_suffixes") or doc[e - 1].text in words("company_name_suffixes"):
                continue  # "the Harbour Studios franchise": a company's franchise, the company named
            # "the last two X movies": the plural says the medium; a franchise may span several.
            m = _mention(doc[s:e], "Film" if tok.lower_ in ("movies", "films") else "CreativeWork", "pattern", cued=True)
            if m:
                yield m


# Verbs whose subject is a company in trade news only when the object is a deal's: rights, a
# stake, sales, a slate ("Brackwater has taken UK rights", "Kestrel is launching sales").
DEAL_OBJECT_VERBS = frozenset({"take", "launch"})


def deal_party_slot(token: Token) -> bool:
    """Whether the parse makes the token a party only a company is in: the subject (or a conjunct
    of it) of acquire / distribute / license / co-produce / handle sales, with a name or a deal noun
    for object; the "to" object of "sold / licensed to"; the "by" agent of a passive acquisition
    or distribution ("acquired by Kestrel")."""
    # "m4e subsidiary Telescreen and Rainbow will handle": a name in apposition to a common noun
    # fills the noun's slot.
    while (token.dep_ == "conj" or (token.dep_ == "appos" and token.head.pos_ == "NOUN")) and token.head is not token:
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in words("deal_recipient_verbs") \
            and head.head.pos_ == "VERB":
        return True
    if token.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in (
            words("acquire_agent_verbs") | words("deal_agent_verbs")):
        return head.head.lemma_.lower() not in ("pick", "snap") or any(c.lower_ == "up" for c in head.head.children)
    if token.dep_ != "nsubj" or head.pos_ != "VERB":
        return False
    lemma = head.lemma_.lower()
    if lemma not in words("deal_party_verbs") and lemma not in DEAL_OBJECT_VERBS:
        return False
    particles = {c.lower_ for c in head.children if c.dep_ == "prt"}
    if lemma in ("pick", "snap", "scoop") and "up" not in particles:
        return False  # "picked a fight", "snapped at": no deal without the particle
    if lemma in ("distribute", "co-produce", "coproduce", "co-finance"):
        return True
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    if lemma == "handle":
        return any(o.lower_ in ("rights", "sales", "distribution", "release", "releases") for o in objects)
    if lemma in DEAL_OBJECT_VERBS:
        return any(o.lower_ in ("rights", "sales", "stake") for o in objects)
    return any(o.lower_ in words("deal_party_objects") or (o.pos_ == "PROPN" and lemma in ("acquire", "buy", "purchase"))
               for o in objects)


@lru_cache(maxsize=1)
def _no_company_words() -> frozenset[str]:
    """Words a bare capitalised run in a company slot cannot be: a date, a nationality, a place
    (built once: the place list is large and two finders read it for every document)."""
    return frozenset(words("date_words") | words("nationality_adjectives") | place_names())


def deal_party_names(doc: Doc) -> Iterator[Mention]:
    """"Brackwater has acquired Gray Harbor", "Kestrel will handle world sales", "sold to Kestrel",
    "acquired by Kestrel": trade news names many small distributors and sales companies by a bare
    word the small NER does not tag at all. A run of capitalised proper nouns no entity covers, in a
    slot only a company fills (deal_party_slot), names an organisation. Not a known place, a
    name opening with a frequent given name, a word of a person's name found elsewhere (a surname
    standing for its bearer), a nationality or a date; not after a job noun ("Lionsgate honcho
    Wachsberger"). The source is the weakest ("ner"), so a title or person slot reading the same
    run wins, and the votes still type it."""
    # A number or a date the NER reads in a name ("IM Global" as CARDINAL) leaves it free.
    taken = {i for e in doc_ents(doc) if e.label_ in NER_CLASS or e.label_ in CLASS_KIND for i in range(e.start, e.end)}
    person_words = {t.text for e in doc_ents(doc) if e.label_ == "PERSON" for t in e}
    lowered = {text for text in token_table(doc).text if text.islower()}  # Token.is_lower, the lexeme's flag
    jobs = lower_words("person_role_nouns") | lower_words("person_description_nouns")
    stop = _no_company_words()
    for head in tokens_with(doc, pos=("PROPN",)):
        if head.i in taken or head.pos_ != "PROPN" or not deal_party_slot(head):
            continue
        compounds = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        if any(c.i in taken for c in compounds):
            continue  # "WME Global": the rest of a name the NER or the gazetteer has begun
        first = min([head.i, *(c.i for c in compounds if c.pos_ == "PROPN")])
        run = doc[first:head.i + 1]
        if not 1 <= len(run) <= 4 or any(t.i in taken or not (t.is_title or t.is_upper) for t in run):
            continue
        if run.text in stop or any(t.text in stop or t.text in person_words for t in run) or opens_with_given_name(run.text):
            continue
        if first > 0 and (doc[first - 1].lower_ in jobs or doc[first - 1].tag_ == "POS" or doc[first - 1].text in OPEN_QUOTES):
            continue  # "Lionsgate honcho Wachsberger"; "Ana Ruiz's Frostline"; a quoted title
        if len(run) == 1 and run[0].is_sent_start and run.text.lower() in lowered:
            continue  # a common word written with a capital only because it opens the sentence
        m = _mention(run, "Organization", "ner")
        if m:
            yield m


def role_title_companies(doc: Doc) -> Iterator[Mention]:
    """"Kestrel Media CEO Ross Kent", "Brackwater chief Dana Vale": news writes a person's
    employer as a bare name before the job title before the name, and the small NER often tags
    neither the company nor all of its words. A capitalised run no entity covers, right before an
    executive title (lexicon executive_title_words) or, when the run's last word is a company word
    ("Media", "Films"), any company post, right before a person's name, names an organisation.
    Not a place, a nationality or a name opening with a given name ("U.S. President", "French
    director", "Dana Vale chief")."""
    taken = {i for e in doc_ents(doc) if e.label_ in ("ORG", "PERSON", "WORK_OF_ART", "FAC", "EVENT") or e.label_ in CLASS_KIND
             for i in range(e.start, e.end)}
    executive, posts = lower_words("executive_title_words"), lower_words("company_role_words")
    stop = _no_company_words()
    for role in tokens_at(doc, (i for i in word_indices(doc, lower=posts) if 1 <= i < len(doc) - 2)):  # doc[1:-2]
        if not (doc[role.i + 1].is_title and doc[role.i + 1].lower_ in given_names()
                                             and doc[role.i + 2].is_title):
            continue
        start = role.i
        while start > 0 and role.i - start < 4 and (doc[start - 1].is_title or doc[start - 1].is_upper) \
                and doc[start - 1].is_alpha and doc[start - 1].i not in taken:
            start -= 1
        run = doc[start:role.i]
        if len(run) > 1 and run[0].lower_ in lower_words("former_job_words"):
            run = run[1:]  # "Former Lumen Films CEO A": the past marker is no word of the name
        if not len(run) or (role.lower_ not in executive and run[-1].text not in words("org_suffixes")):
            continue
        if run.text in stop or any(t.text in stop for t in run) or opens_with_given_name(run.text):
            continue
        if len(run) == 1 and run[0].is_sent_start and run[0].pos_ != "PROPN":
            continue  # "Former CEO Dana Vale": a capital that only opens the sentence
        m = _mention(run, org_class_from_name(run.text), "ner")
        if m:
            yield m


@lru_cache(maxsize=1)
def _award_modifier_re() -> re.Pattern[str]:
    """A name ending in an award's compound adjective ("BAFTA-winning"): compiled once, not
    joined from the lexicon for each mention."""
    return re.compile(r"-(?:" + "|".join(words("award_modifier_suffixes")) + r")$")


def find_mentions(doc: Doc, extra: Iterable[Mention] = ()) -> list[Mention]:
    """Every mention in the document, with the `extra` ones other finders give (titles read from
    their slots), overlaps resolved in favour of the stronger source and, at equal strength, the
    longer span."""
    found = [*facility_mentions(doc), *franchise_titles(doc), *quoted_titles(doc), *cued_titles(doc), *agreement_mentions(doc),
             *credited_people(doc), *cast_listed_people(doc), *paired_people(doc), *ampersand_people(doc), *given_name_companies(doc), *territory_buyers(doc), *deal_party_names(doc), *role_title_companies(doc), *possessive_employers(doc), *character_actors(doc), *surname_companies(doc), *slot_people(doc), *given_name_subjects(doc), *catalogue_directors(doc), *extra,
             *entity_mentions(doc)]
    found += list(acronym_aliases(doc, found))
    found = outside_honours(document_text(doc), found)
    # "her BAFTA-winning work": a compound adjective of an award is never a name.
    found = [m for m in found if not _award_modifier_re().search(m.text)]
    # "promoted to EVP Creative Affairs", "A, Managing Director Global Distribution at X": a post.
    found = [m for m in found if m.kind != "org" or not post_title(m.text)]
    return drop_characters(doc, resolve_overlaps(found))


@lru_cache(maxsize=4)  # the article being read: two finders ask for its honours
def honour_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text names a festival section or trophy ("Directors' Fortnight", "Camera d'Or"),
    whichever apostrophe it is written with."""
    plain = text.replace("\u2019", "'")
    spans = []
    for name in words("festival_sections") | words("festival_trophies"):
        name = name.replace("\u2019", "'")
        at = plain.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not plain[at - 1].isalnum()) and (end == len(plain) or not plain[end].isalnum()):
                spans.append((at, end))
            at = plain.find(name, at + 1)
    return tuple(spans)


def outside_honours(text: str, mentions: list[Mention]) -> list[Mention]:
    """A festival's section or trophy is no entity, and no word of it names one: the small NER
    takes "Fortnight" of "Directors' Fortnight" for a person and runs a possessive into a trophy
    ("Ana Ruiz's Camera d'Or winning debut"). A mention inside such a name is dropped; one that
    runs into it ends before it, without the possessive."""
    spans = honour_spans(text)
    if not spans:
        return mentions
    kept = []
    for m in mentions:
        hit = next(((s, e) for s, e in spans if s < m.end and m.start < e), None)
        if hit is None:
            kept.append(m)
            continue
        if m.start >= hit[0]:
            continue
        cut = re.sub(r"(?:['\u2019]s?)?\s*$", "", text[m.start:hit[0]])
        if cut and is_name(cut):
            kept.append(replace(m, end=m.start + len(cut), text=cut))
    return kept


def drop_characters(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Characters are people of the story, not of the industry: a name the article gives a
    character ("Nora (Marta Quill)") is no entity, there or anywhere else it is named alone."""
    pairs = character_parens(doc)
    spans = [(c.start_char, c.end_char) for c, _ in pairs]
    names = {c.text for c, _ in pairs}
    return [m for m in mentions
            if m.text not in names and not any(s < m.end and m.start < e for s, e in spans)]


def known_name_inside(text: str, name_start: int, name_end: int, start: int, end: int) -> bool:
    """Whether a gazetteer name (name_start:name_end) is only a word inside a longer title run
    (start:end): "Apple Tree Yard writer", "Copper Sky (2018)". The run must reach past the known
    name with capitalised words fused to it that are neither a company word ("Netflix Animation
    Studios") nor a place ("Netflix Korea"); a joiner or an owner ("with France's TF1", "the
    UK's ITV") puts the known company beside the title, not inside it."""
    if name_start <= start and name_end >= end:
        return False
    rest = (text[start:name_start] + " " + text[name_end:end]).split()
    if not rest or text[name_end:name_end + 2] in ("'s", "\u2019s"):
        return False
    places = place_names()
    return all(w[:1].isupper() and not w.endswith(("'s", "\u2019s", "'", "\u2019")) and w not in words("org_suffixes")
               and w not in words("company_name_suffixes") and w not in places for w in rest)


def resolve_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    rank = {"pattern": 0, "quote": 1, "gazetteer": 2, "cue": 3, "ner": 4, "docmatch": 5}
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []
    # Between two slots that read the same run, the one that names a subclass ("the second
    # feature" after "Neon's The Swimmer") says more than the one that only knows it is a work.
    general = ("CreativeWork", "Organization")
    # A title a slot reads that holds a known name ("Apple Tree Yard writer") outranks the
    # gazetteer's match of that one word: the slot saw the whole name (titles._known_name_inside).
    mentions = list(mentions)
    known = [(m.start, m.end) for m in mentions if m.source == "gazetteer"]
    # A title known from elsewhere in the text ("Mayor of Kingstown") outranks the NER's shorter
    # name inside one of its other occurrences (the place "Kingstown"): the NER read a piece of it.
    # (Not a company's name: "The Bureau producers" may name the company a title was named after.)
    ner_spans = [(m.start, m.end) for m in mentions if m.source == "ner" and m.kind != "org"]

    def strength(m: Mention) -> float:
        if m.source == "cue" and m.kind == "work" and any(m.start <= s and e <= m.end and known_name_inside(m.text, s - m.start, e - m.start, 0, len(m.text))
                                                           for s, e in known):
            return rank["gazetteer"] - 0.5
        if m.source == "docmatch" and m.kind == "work" and any(m.start <= s and e <= m.end and e - s < m.end - m.start for s, e in ner_spans):
            return rank["ner"] - 0.5
        return rank[m.source]

    for m in sorted(mentions, key=lambda m: (strength(m), -(m.end - m.start), m.start, m.cls in general)):
        if _overlaps_taken(taken, m.start, m.end):
            continue
        chosen.append(m)
        insort(taken, (m.start, m.end))
    return sorted(chosen, key=lambda m: m.start)


def _overlaps_taken(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether (start, end) overlaps one of `taken`, spans that overlap none of each other, in
    order: `any(start < e and s < end for s, e in taken)`, by bisection, not a pass over all of
    them (an article has hundreds of mentions). Spans that never overlap end in the order they
    start, so of those starting before `end` the last one ends latest."""
    before = bisect_left(taken, (end,))  # the spans that start before `end`
    return before > 0 and taken[before - 1][1] > start
