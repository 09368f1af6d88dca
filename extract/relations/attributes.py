"""Attributes: release years, facility areas, agreement dates and job titles (entity -> literal)."""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from mediakg.extract.evidence import document_text, sentence_evidence, sentence_text
from mediakg.extract.lexicon import lower_words, words
from mediakg.extract.mentions.finders import RUNNING_TIME
from mediakg.extract.mentions.references import SOURCE_HEADS
from mediakg.extract.mentions.titles import DATING_BRACKET_RE, YEAR_OWNER_MODIFIERS
from mediakg.extract.records import Fact
from mediakg.extract.relations.distribution import moves_into_a_stage
from mediakg.extract.relations.hedges import is_hedged
from mediakg.extract.relations.employment import title_before_name, titled_apposition
from mediakg.extract.tokens import class_of, doc_sents, entity_of, entity_tokens_within, kind_of, modifier_years, ref_of, token_table

YEAR = r"(1[89]\d\d|20\d\d)"
# The end of a run of years after the first: "1994-2004", "2019–2021", "1989–98".
RUN_END_YEAR = r"[-\u2013](?:1[89]|20)?\d\d"
RUN_END = r"(?:" + RUN_END_YEAR + r")?"
# ... and in a bracket, where the run may stand open or be spaced: "(2019 - 2021)", "(2019–)",
# "(2019-present)", or end in two digits: "(2021–23)".
BRACKET_RUN = r"(?:[-\u2013\u2014]\s*(?:(?:1[89]|20)?\d\d|present)?|\s+to\s+(?:(?:1[89]|20)\d\d|present))"
YEAR_RE = re.compile(YEAR)
# The trade's words for a maker's film, beside its title only ("her 2006 effort X", "the director's
# 2011 horror short X"): alone they are as often a company's ("its 2021 stock offering").
MAKER_WORK_NOUNS = frozenset({"effort", "outing", "offering", "short"})
# The nouns a dated work is called by: the title slots' genre and medium nouns ("the 2019
# thriller X") and a hit's own words ("the 2019 megahit X").
WORK_NOUN = "(?:" + "|".join(re.escape(w) for w in sorted(
    words("title_slot_nouns") | {"series", "show", "anime", "webtoon", "megahit", "hit"} | words("dated_work_nouns") | MAKER_WORK_NOUNS,
    key=len, reverse=True)) + ")"
# "the December 2019 debut of X", "its 2015 premiere on BBC One of X" is rarer: the year of a
# work's first showing, with the work after "of" (a book's: "the 1988 publication of X").
# "the 1954 release of the Ivo Marsh classic X": the work's noun phrase, with its maker's name and
# its noun, may stand between "of" and the title.
FIRST_SHOWING_RE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z]+\s+)?" + YEAR + r"\s+(?:world\s+)?(?:debut|premiere|launch|release|bow|publication)\s+of\s+"
                              r"(?:(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:" + "|".join(sorted(words("title_slot_nouns"), key=len, reverse=True)) + r")\s+)?$")
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# Nouns of another version of a work, or a part of it, between a credit verb and the title: the
# year of "starred in the 2013 revival of X", "appeared in season two of X in 2013" is not X's.
NEW_VERSION_RE = re.compile(r"\b(?:remake|version|revival|production|staging|season|episode|sequel|prequel|adaptation|reboot|spinoff|spin-off|musical|stage)s?\b", re.I)
ACTING_RE = re.compile(r"(?:co-)?starred|appeared|cameoed")
STAGE_RE = re.compile(r"\b(?:Broadway|West End|stage|play|musical|theat(?:er|re))\b")
# A part of a year before it: "late 2019", "mid-2019", "the spring of 2019".
SEASON_OF = r"(?:(?:early|late|mid)(?:\s+|-)|the\s+(?:spring|summer|fall|autumn|winter|end|start|beginning)\s+of\s+)?"
# "his 2015 adaptation of A's novel X", "a 2011 screen adaptation of the play X": the year of a
# screen adaptation named by its source, the title the film takes. Not a stage or musical one
# (a show made from a film), nor one of a film or series (a remake's title may be its own).
DATED_ADAPTATION_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s)\s+" + YEAR
                                 + r"\s+(?:(?:film|screen|movie|feature|big-screen|television|TV)\s+)?adaptation\s+of\s+"
                                 r"(?:(?:the|an?)\s+)?(?:(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.-]*\s+){1,3}?[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.-]*['\u2019]s?\s+)?"
                                 r"(?:(?:[a-z][\w-]*\s+)?(?:" + "|".join(sorted(words("adaptation_source_heads") - {"musical", "franchise", "game", "videogame", "podcast"}, key=len, reverse=True))
                                 + r")\s+)?(?:The\s+)?$")
# An apposition naming the work's kind, dated after the noun: ", a Korean film of 2016",
# ", a Japanese miniseries from 2015", or a maker's first film: ", Tsui's directorial debut in
# 1979". Not another work's phrase (", a sequel to the film from 2019"), nor a later showing or
# ranking (", the Netflix release in 2022", ", A's US debut in 2021", ", Netflix's biggest film in
# 2023"). The year ends the phrase: "from 2015 to 2019" is a run or a licence window.
NOUN_OF_YEAR_RE = re.compile(r"(?:[\u201d\"']?,|,[\u201d\"'])\s+(?:a|an|the|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:'s|\u2019s))\s+(?:(?!(?:to|of|for|by|with|from|in|on)\b)(?:[A-Z][\w-]*|[a-z][\w-]*)\s+){0,3}?"
                             # ("X, a surprise hit in 2019,": a hit's noun dated by "in".)
                             + r"(?:" + WORK_NOUN + r"\s+(?:of|from)|(?:directorial|feature)\s+debut\s+in|(?:hit|smash|sensation|success)\s+in)\s+" + YEAR + r"(?=\s*[,.;)\u2014]|\s*$)")
# A title inside a noun phrase, dated right after it by "from": "the BAFTA-winning “X” from 2016",
# "the TV series “X” from 2018", "his film X from 2009". The phrase opens on a determiner or a
# possessive (a verb's bare object, "will stream X from 2025", is dated by a window, not a
# release); the year ends the phrase ("from 2015 to 2019" is a run or a licence window).
TITLE_FROM_YEAR_RE = re.compile(r"[\u201d\"']?\s+from\s+" + YEAR + r"(?=\s*[,.;)\u2014]|\s*$|\s+(?:and|also|which|that|is|was|has|had|played|won)\b)")
PHRASE_OPENING_RE = re.compile(r"(?:\b(?i:the|his|her|their|its)|'s|\u2019s)\s+(?:[\w'\u2019-]+\s+){0,3}[\u201c\"]?$")
# The festivals that show new work, by the names news gives them ("Cannes", "the Berlinale",
# "the Toronto International Film Festival"): a screening there is a first showing.
FESTIVAL_NAME = (r"(?:Cannes|Berlin|Berlinale|Venice|Sundance|Toronto|TIFF|Locarno|Rotterdam|Busan|San\s+Sebastian|Tribeca|SXSW|Telluride"
                 r"|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}\s+(?:International\s+)?Film\s+Festival)\b")
# A festival's dated edition that selected a work: "selected for the 2017 Cannes Film Festival".
SELECTED_FOR_RE = re.compile(r"\b(?:selected|chosen|picked)\s+for\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+" + FESTIVAL_NAME)
# Words that make a release a showing again of an older film (a "classic" may have its first).
RESTORED_RE = re.compile(r"\b(?:restor\w*|re-?release\w*|remaster\w*|4K|re-?issue\w*)\b", re.I)
# What, between a release verb and its year, makes the year a later season's, a later format's
# or the writing's (release_years).
LATER_SHOWING_RE = re.compile(r"\b(?:its|the|a)\s+(?:[a-z]+\s+)?season\b|\bseason\s+\d|\b(?:on|to)\s+(?:DVD|Blu-ray|home\s+(?:video|entertainment)|VHS)\b"
                              r"|\bin\s+paperback\b|^(?:wrote|penned)\s+(?:the|a|an|his|her|their)\s+(?:script|screenplay|treatment|draft)\b")
# A festival's dated edition and a noun for a work it showed, right before a title: "the Cannes
# 2016 selection ", "the 2019 Sundance winner “", "Berlin 2020 competition title ".
FESTIVAL_EDITION_RE = re.compile(r"(?:(?P<y1>(?:19|20)\d\d)\s+" + FESTIVAL_NAME + r"|" + FESTIVAL_NAME + r"\s+(?P<y2>(?:19|20)\d\d))"
                                 r"\s+(?:[A-Za-z]+\s+){0,2}?(?:selection|opener|closer|winner|entry|hit|title|premiere|breakout|favou?rite|darling|sensation)"
                                 r"\s+[\u201c\"]?$")
# A run's verb with a bare range after it: "aired 1982-88", "which spanned 1965-74", "ran 1958–64".
BARE_RUN_RE = re.compile(r"\b(?:aired|ran|spanned|running)\s+(?:from\s+)?" + YEAR + r"\s*[-\u2013](?:19|20)?\d\d\b")
# Words that make a festival screening a showing again of an older film.
RESHOWING_RE = re.compile(r"\b(?:restor\w*|retrospective|anniversary|re-?release\w*|remaster\w*|Classics|classic|revival)\b", re.I)
# A job title, as a pattern fragment the role readers compose with what may follow it.
# Two titles joined by "and" are one post: "president and CEO", "executive VP and head of programming".
# A business department may stand before a manager's or a head's word: "acquisitions manager",
# "distribution executive" (not "film director" or "music producer": credits).
ROLE_DEPARTMENT = (r"(?:acquisitions|distribution|marketing|sales|finance|legal|development|programming|business affairs|"
                   r"publicity|communications|operations|strategy)\s+(?:manager|head|executive|controller)")
# A capitalised department: the lexicon's, after up to two modifiers ("Original Programming",
# "Global Scripted Content", "International Sales").
DEPARTMENT = (r"(?-i:(?:[A-Z][a-z]+\s+){0,2}(?:" + "|".join(sorted(map(re.escape, words("department_words")), key=len, reverse=True)) + r"))")
ROLE_CORE = (
    # ("exec" is the trade's short "executive": "exec VP of acquisitions".)
    r"(?:(?:senior|executive|exec|deputy|global|co-)\s*)*(?:" + ROLE_DEPARTMENT + r"|vice[- ]president|president|vp|svp|evp|ceo|cfo|coo|chief [a-z]+ officer|chief executive|head|"
    r"chairman|chairwoman|chair|founder|co-founder|director|managing director|md|general manager|manager|controller|executive|producer|partner)"
    # "of drama", "for international": the department; "for many years" is how long, no part of it.
    # The patterns are read ignoring case, so a capitalised department must be one of the trade's
    # ("Vice President of Original Programming"): "chief executive of Lumen and Harbor" runs into
    # the companies' names.
    r"(?:\s+(?:of|for)\s+(?!(?:many|several|years|more|over|nearly|almost|the\s+past)\b)"
    r"(?:(?-i:[a-z][a-z &]+?)|" + DEPARTMENT + r"(?:\s+(?:and|&)\s+" + DEPARTMENT + r")?))?")
ROLE_TITLE = r"\b(" + ROLE_CORE + r"(?:\s+and\s+" + ROLE_CORE + r")?)"
# Up to two adjectives of praise or fame, read from their endings ("critically acclaimed",
# "bestselling", "Oscar-winning", "popular") or named ("hit", "cult", "the original 1984 film X"); a noun or preposition
# ("the company in 2016 and the film X") ends the run, so no year reaches across a clause; "the
# upcoming 2026 film" is a plan, not a release.
# (A prize's name may run to two words before its hyphen: "his Golden Globe-nominated 2022 film
# X"; a critic's plain adjectives praise too: "the excellent 2005 dramedy X".)
# Any other description does the same ("the influential 1971 thriller", "the short-lived 2003
# series", "the BAFTA-winning 2019 drama"), but never a word of a plan ("the upcoming 2026 film",
# "a planned 2027 sequel") nor a function word, which opens another phrase.
PLAN_OR_FUNCTION_WORDS = (r"upcoming|forthcoming|planned|proposed|delayed|new|next|untitled|future|expected|mooted|rumou?red|potential|possible"
                          r"|of|to|in|on|for|at|with|from|by|and|or|as|than|that|is|was|are|were|be|been|has|have|had|will|would")
PRAISE = (r"(?:(?!(?:" + PLAN_OR_FUNCTION_WORDS + r")\b)(?:[a-z]+(?:-[a-z]+)*|(?:[A-Z][a-z]+\s+)?[A-Z][A-Za-z]+-[a-z]+)\s+){0,2}")
# The same praise opening a sentence, capitalised and with no article: "Hit 2014 Korean comedy X".
# (Praise only: "Delayed 2025 film X", "Planned 2027 drama X" open on a plan, not a release.)
OPENING_PRAISE = (r"(?:(?:Hit|Smash|Cult|Beloved|Classic|Iconic|Seminal|Acclaimed|Celebrated|Popular|Landmark|Groundbreaking"
                  r"|Bestselling|Best-selling|Record-breaking|Critically\s+acclaimed|[A-Z][a-z]+-winning)\s+)?")
ROLE_END = r"(?=\s*(?:,|\bat\b|[.;]?$))"  # the title ends at a comma, "at" or the sentence's end (and its stop)


def _fact(subject: Token, predicate: str, value: str, sent: Span, rule: str, confidence: float) -> Fact:
    return Fact(entity_of(subject), predicate, value, sentence_evidence(sent), rule, confidence, is_attribute=True)


def _entities(sent: Span, kind: str) -> list[Token]:
    return entity_tokens_within(sent.doc, sent.start, sent.end, kind)


# "X and Y premiered in 2019 and 2021 respectively": years listed in the order of the titles
# before them, after a verb of first showing.
RESPECTIVE_YEARS_RE = re.compile(r"\b(?:premiered|premiering|released|debuted|debuting|bowed|bowing|opened|opening|came\s+out|coming\s+out|aired|airing)"
                                 r"\s+(?:(?:theatrically|respectively|first)\s+)?in\s+(" + YEAR + r"(?:\s*,\s*" + YEAR + r")*,?\s+and\s+" + YEAR + r")\s*,?\s+respectively\b")
# What may stand between two titles of one list: commas, quotes, "and".
LIST_GAP_RE = re.compile(r"[\s,\u201c\u201d\"']*(?:and\s+)?[\s\u201c\u201d\"']*")


def respective_years(doc: Doc, sent: Span, works: list[Token]) -> Iterator[Fact]:
    """ "Killerman and Boogie, released in 2019 and 2021 respectively": the n-th year dates the
    n-th title of the list right before the verb (the list must hold as many titles as years)."""
    text = sentence_text(sent)
    for match in RESPECTIVE_YEARS_RE.finditer(text):
        years = YEAR_RE.findall(match.group(1))
        at = sent.start_char + match.start()
        listed = [w for w in works if w.idx < at]
        if len(listed) < len(years):
            continue
        listed = listed[-len(years):]
        gaps = [document_text(doc)[a.idx + len(a.text):b.idx] for a, b in zip(listed, listed[1:])]
        # The titles form one list, and the last stands right before the verb ("X and Y premiered",
        # "X and Y, released in").
        tail = document_text(doc)[listed[-1].idx + len(listed[-1].text):at]
        if all(LIST_GAP_RE.fullmatch(g) for g in gaps) and re.fullmatch(r"[\s,\u201d\"']*(?:which\s+|that\s+|were\s+|both\s+)*", tail):
            for work, year in zip(listed, years):
                yield _fact(work, "releaseYear", year, sent, "attributes.respective_years", 0.75)


def release_years(doc: Doc) -> Iterator[Fact]:
    for sent in doc_sents(doc):
        # Every year read below is written in the sentence: most sentences hold none, and this
        # search (which skips to a 1 or a 2) costs far less than the searches it spares.
        if not YEAR_RE.search(sentence_text(sent)):
            continue
        # "“Night Lanterns” is coming back. Ron Talbot's cult 1991 film is getting a remake": a
        # dated work noun with no title of its own, the subject of the main clause, refers back to
        # the one work the sentence before names.
        referred = _dated_subject(doc, sent)
        if referred is not None:
            yield _fact(referred[0], "releaseYear", referred[1], sent, "attributes.dated_reference", 0.65)
        # "X is being remade. The 1987 original starred A": a sentence that opens on a dated
        # "original" (or "version") refers back to the work the sentence before remakes or reboots.
        original = ORIGINAL_OPENING_RE.match(sentence_text(sent))
        remade = _remade_work(doc, sent) if original else None
        if remade is not None:
            yield _fact(remade, "releaseYear", original.group(1), sent, "attributes.dated_original", 0.7)
        # Inside a sentence "the 1987 original" with no title of its own ("plays the part A played
        # in the 1987 original") is the one work the article says is remade, however far back.
        inside = None if original else ORIGINAL_INSIDE_RE.search(sentence_text(sent))
        remade = _only_remade_work(doc, sent.start_char + inside.start()) if inside else None
        if remade is not None:
            yield _fact(remade, "releaseYear", inside.group(1), sent, "attributes.dated_original", 0.65)
        works = _entities(sent, "work")
        if not works:
            continue
        if "respectively" in sentence_text(sent):
            yield from respective_years(doc, sent, works)
        # "the 2012 movie X", "her 2015 drama X", "Harbour Films' 2019 feature X": a year before a
        # work noun dates the work named beside it (an article between opens another phrase:
        # "the 2019 Cannes Film Festival showed the drama X" does not date X).
        # A headline or a sentence may open on the bare year: "1987 thriller X gets a remake",
        # "Hit 2014 Korean comedy X has been remade".
        # Praise stands before the year, not between it and the noun: "the Oscar-winning 2016 film
        # X", "her bestselling 2018 novel X", "the critically acclaimed 2019 series X".
        # A relative's owner dates its noun the same way: "Ana Ruiz, whose 2014 debut X played Locarno".
        # Names of festivals, outlets and nations may stand between the year and the noun too:
        # "the 2014 French box office hit X", "the 2013 Cannes Directors' Fortnight title X", "the
        # 2019 Palme d’Or winner X".
        # A genre may be hyphened to the noun: "his 1997 horror-thriller X".
        # The words between the year and the last work noun are read whole: in "the 1994 blockbuster
        # disaster movie X" the noun next to X is "movie", not "blockbuster".
        # (The words between are a description's, not a preposition's or an event's: "the 2021
        # decision to cancel drama X", "Harbor's 2022 bid for crime drama X" date no work.)
        # A series' run dates it by its first year: "the 1994-2004 series X".
        # Trade copy drops the article after a preposition: "starred in 2015 hit X", "adapted from
        # 2012 bestseller X", "the studio behind 2021 hit X", "worked together on 2016 film X"; there the noun must follow the year at once (one name may stand
        # between: "in 2019 Netflix series X"), so "in 2015 she wrote the series X" dates nothing.
        # A credit verb drops it too: "helmed 2017 horror film X", "produced 2019 hit X"; and "of" or
        # "to" after a remake's noun: "an update of 1980 supernatural thriller X", "a sequel to 1994
        # hit X" (one modifier may stand before the noun).
        for match in re.finditer(r"(?:^" + OPENING_PRAISE + r"|(?:\b(?i:the|a|an|his|her|their|its|whose)|'s?|\u2019s?)\s+" + PRAISE
                                 # A list of quoted titles drops it after each comma: "A's 2006 effort “X,” 2009
                                 # horror adaptation “Y” and ...".
                                 + r"|(?:[\u201d\"],|,[\u201d\"])\s+(?=" + YEAR.replace("(", "(?:", 1) + r"\s+(?:[a-z][\w-]*\s+)?" + WORK_NOUN + r"\s+[\u201c\"])"
                                 + r"|\b(?:in|with|from|of|to|on|for|behind|include|includes|including|like|and|directed|helmed|produced|co-produced|wrote|co-wrote|penned|created"
                                 r"|starred|made|led|fronted|headlined|ran|shot|released|acquired|bought|nabbed|picked\s+up|distributed|remade|adapted"
                                 # (a remake's verb too: "will rework 1999 cult movie X", "is rebooting 1994 sitcom X")
                                 r"|adapt|adapting|remake|remaking|reboot|rebooting|rework|reworking|reworked|revive|reviving|revived"
                                 # (and a showing's: "the sidebar screens 2012 documentary X", "presents 1946 classic X")
                                 r"|screen|screens|screened|screening|present|presents|presented|presenting|revisit|revisits|revisited)\s+(?=" + YEAR.replace("(", "(?:", 1) + RUN_END
                                 # (A festival's or section's name of up to three words: "include 2018 Venice
                                 # Days entry X"; a hyphened genre: "2020 live-actioner X".)
                                 + r"\s+(?:(?:[A-Z][\w'\u2019-]*\s+){1,3}|(?!(?:she|he|they|it|we|the|a|an)\b)[a-z][\w-]*\s+)?(?:[a-z]+-)?" + WORK_NOUN + r"\b))" + YEAR + RUN_END
                                 + r"(?:\s+(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.-]*|d['\u2019][A-Z]\w*)){0,3}(?:\s+(?!(?i:the|a|an|of|for|to|on|in|with|by|from|at|about|decision|bid|deal|plan|move|pact|order|purchase|acquisition|sale|cancellation)\b)[\w\-]+){0,3}\s+(?:[a-z]+-)?" + WORK_NOUN + r"(?:\s+" + WORK_NOUN + r")*\b", sentence_text(sent)):
            start = sent.start_char + match.start()
            end = sent.start_char + match.end()
            if re.match(r"\s+(?:date|dates|window|slot|plan|plans|schedule)\b", document_text(doc)[end:end + 12]):
                continue  # "the sequel's 2027 release date": a date set, not the year a work came out
            # "the 2012 movie “Battleship”" names the work after; "Human Vapor, the 1960 classic" before.
            # (The work right after, not one after a comma: "Like the 2005 original, the sequel ...")
            # "In Tomas Brenner's 1967 film, “X,” he played ...": a title set off by commas on both
            # sides is in apposition to the dated noun.
            # "a 2006 Japanese film titled X": a naming participle may stand between.
            # (Or one that closes the sentence: "a TV version of the 2018 podcast, “X.”")
            after = [w for w in works if w.idx >= end and (w.idx - end <= 3 and (
                "," not in document_text(doc)[end:w.idx]
                or re.fullmatch(r",\s*[\u201c\"]?", document_text(doc)[end:w.idx])
                and re.match(r"[\u201d\"]?,|[\u201d\"]?[.!?](?:\s|[\u201d\"]|$)", document_text(doc)[w.idx + len(w.text):]))
                or re.fullmatch(r",?\s+(?:titled|called|entitled)\s+[\u201c\"]?", document_text(doc)[end:w.idx]))]
            before = [w for w in works if w.idx + len(w.text) <= start and start - (w.idx + len(w.text)) <= 3]
            # "Salt Road, Ana Ruiz's 2017 novel, ...": an owner's dated noun in apposition dates the
            # title before the owner's name ("X, the director's 2011 horror short": or a noun's).
            if not before and match.group(0)[:1] in ("'", "\u2019"):
                before = [w for w in works if w.idx + len(w.text) <= start and re.fullmatch(
                    r"[\u201d\"]?,[\u201d\"]?\s+(?:(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.\u2019'-]*\s+){0,3}[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.-]*|the\s+[a-z]+)",
                    document_text(doc)[w.idx + len(w.text):start])]
            # "“Salt Road” is a 2019 thriller": the copula's subject is what the dated noun describes
            # (the parse says it is the subject, not a title inside it: "the company behind X is a ...").
            said = [w for w in works if w.dep_ == "nsubj" and w.head.lemma_ == "be"
                    and re.fullmatch(r"[\u201d\"']?,?\s+(?:is|was)\s+", document_text(doc)[w.idx + len(w.text):start])]
            for work in after[:1] or before[-1:] or said[-1:]:
                yield _fact(work, "releaseYear", match.group(1), sent, "attributes.year_apposition", 0.85)
        # "The 2011 novel follows ...", "Perrotta's 2011 novel ...": a dated description that refers
        # back to a source dates it.
        for work in works:
            dated = re.match(r"(?:(?i:the)|[A-Z][\w\-]+(?:'s|\u2019s))\s+" + YEAR + r"\s+(?:" + "|".join(SOURCE_HEADS) + r")$", work.text)
            if ref_of(work) and dated:
                yield _fact(work, "releaseYear", dated.group(1), sent, "attributes.dated_source_reference", 0.75)
        # "X, a Korean film of 2016,", "X, a Japanese miniseries from 2015": an apposition's work
        # noun dated after it, by "of" or "from".
        for work in works:
            dated = NOUN_OF_YEAR_RE.match(document_text(doc), work.idx + len(work.text))
            if dated and dated.end() <= sent.end_char:
                yield _fact(work, "releaseYear", dated.group(1), sent, "attributes.noun_of_year", 0.75)
        for work in works:
            dated = TITLE_FROM_YEAR_RE.match(document_text(doc), work.idx + len(work.text))
            before = sentence_text(sent)[:work.idx - sent.start_char]
            if dated and dated.end() <= sent.end_char and PHRASE_OPENING_RE.search(before) and not INTENT_RE.search(before) \
                    and not _version_before(before[-40:]):
                yield _fact(work, "releaseYear", dated.group(1), sent, "attributes.title_from_year", 0.7)
        # "the December 2019 debut of Virgin Bay": a work's first showing dates it.
        for work in works:
            showing = FIRST_SHOWING_RE.search(sentence_text(sent)[:work.idx - sent.start_char].rstrip("\u201c\"") )
            # ("marked the 2023 release of the classic X with a 4K restoration": a showing again;
            # "the 2015 publication of X in English": an edition, not the book's first.)
            edition = showing and showing.group(0).rstrip().endswith("of") and "publication" in showing.group(0) \
                and re.match(r"[\u201d\"]?,?\s+in\s+", document_text(doc)[work.idx + len(work.text):work.idx + len(work.text) + 6])
            if showing and not RESTORED_RE.search(sentence_text(sent)) and not edition:
                yield _fact(work, "releaseYear", showing.group(1), sent, "attributes.first_showing", 0.75)
        # "a 2000 adaptation of A's The Silver Coast": the film made from X, called X, came out then.
        for work in works:
            adapted = DATED_ADAPTATION_RE.search(sentence_text(sent)[:work.idx - sent.start_char].rstrip("\u201c\""))
            if adapted and not INTENT_RE.search(sentence_text(sent)[:work.idx - sent.start_char]) and not is_hedged(doc, sent.start, sent.end):
                yield _fact(work, "releaseYear", adapted.group(1), sent, "attributes.dated_adaptation", 0.75)
        # "the global release of the feature X in 2019", "the premiere of X in 2015": the work's
        # showing, dated right after its title.
        for work in works:
            before = sentence_text(sent)[:work.idx - sent.start_char]
            # "plans the release of X in 2027", "hopes for a release of X": an intent, no date.
            if RELEASE_OF_RE.search(before) and not INTENT_RE.search(before):
                dated = re.match(r"[\u201d\"']?,?\s+in\s+(?:[A-Z][a-z]+\s+)?" + YEAR + r"\b",
                                 document_text(doc)[work.idx + len(work.text):work.idx + len(work.text) + 24])
                if dated and not is_hedged(doc, sent.start, sent.end):
                    yield _fact(work, "releaseYear", dated.group(1), sent, "attributes.release_of", 0.7)
        # "X became a hit after its 2021 release", "Since its debut in 2019, X has ...": "its" is the
        # work's when the work is the nearest name before it (or, with none before, the first after).
        named = None  # the sentence's works and companies, found at the first match
        for match in ITS_SHOWING_RE.finditer(sentence_text(sent)):
            at = sent.start_char + match.start()
            if named is None:
                named = [t for t in entity_tokens_within(doc, sent.start, sent.end, ("work", "org")) if not ref_of(t)]
            before = [t for t in named if t.idx < at]
            owner = before[-1] if before else next((t for t in named if t.idx > at), None)
            if owner is not None and kind_of(owner) == "work":
                yield _fact(owner, "releaseYear", next(g for g in match.groups() if g), sent, "attributes.its_showing", 0.7)
        # "Copperhead (2019)", "2019's Copperhead": a year in the title's own parenthesis or
        # possessive is its release year.
        people = _entities(sent, "person")
        for work in works:
            end = work.idx + len(work.text) - sent.start_char
            start = work.idx - sent.start_char
            # A closing quote may stand between: "“Copperhead” (2019)"; inside a credit's own
            # parenthesis the year follows a comma: "(“Copperhead,” 2019)".
            # The distributor or network may come first in the bracket: "(Focus Features, 2019)",
            # also before a series' run: "(NBC, 1994-2004)".
            # A series' run gives its first year: "(2019-2021)", "(2019–)", "(since 2019)"; a film shown
            # again gives its release first: "(1999, 2011)". The network may come
            # after the year too ("(2019, HBO)"), and a kind before it ("(TV series, 2019)").
            # A festival catalogue gives the running time after the year: "(1974, 1h52, Portugal)",
            # "(1974, 112 min.)"; or the director and the country before it: "(Ana Ruiz, France, 2019)".
            # A catalogue may give the English title in square brackets first: "Dolgie provody [The
            # Long Farewell] (Kira Muratova, 1971)".
            after = sentence_text(sent)[end:end + 110]
            # "Night Harbor by Tomas Brenner (1934, 1h22, France)": a catalogue names the maker
            # between the title and its dating bracket, which then opens on the year.
            maker = re.match(r"[\u201d\"']?\s+by\s+", after)
            if maker:
                person = next((p for p in people if p.idx == sent.start_char + end + maker.end()), None)
                dated = person is not None and DATING_BRACKET_RE.match(document_text(doc), person.idx + len(person.text))
                if dated:
                    yield _fact(work, "releaseYear", dated.group("year"), sent, "attributes.year_beside_title", 0.8)
                    continue
            gloss = re.match(r"\s*\[(?!\s*(?:1[89]|20)\d\d\s*\])[^\]\n]{1,60}\]", after)  # (a year alone is no English title)
            paren = re.match(r"[\u201d\u2019\"']?\s*[(\[]\s*(?:(?:first\s+)?(?:released|aired|premiered|published)(?:\s+in)?\s+|since\s+)?" + YEAR
                             + r"\s*(?:" + BRACKET_RUN + r"\s*|,\s*(?:1[89]|20)\d\d\s*|\s+(?:film|movie|TV\s+series|TV\s+film|series|miniseries|documentary)\s*"
                             r"|,\s*(?:dir\.|directed\s+by)\s+[^()\[\]]{1,40})?[)\]]"
                             r"|[\u201d\u2019\"']?,?[\u201d\u2019\"']?\s+" + YEAR + r"\s*[);]"
                             # "the opening of Gladiator from 2000.": "from" and a bare year that ends the
                             # phrase of a noun "of" the title (checked below: "will stream X from 2025" is a window).
                             r"|[\u201d\u2019\"']?\s+from\s+(?P<from_year>(?:1[89]|20)\d\d)(?=\s*[.,;)]|\s*$)"
                             r"|[\u201d\u2019\"']?\s*\((?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w&+.'\u2019-]*\s?|(?:series|film|movie|miniseries)\s?){1,4},\s*(?:[A-Z][\w.]*(?:[/-][A-Z][\w.]*)*,\s*)?" + YEAR + r"(?:\s*" + BRACKET_RUN + r")?\s*\)"
                             r"|[\u201d\u2019\"']?\s*\(\s*" + YEAR + r",\s*(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w&+.'\u2019-]*\s?){1,4}\)"
                             r"|[\u201d\u2019\"']?\s*\(\s*" + YEAR + r",\s*" + RUNNING_TIME + r"[^()]{0,30}\)"
                             # "X (dir. Ana Ruiz, 2011)": the maker first, then the year.
                             r"|[\u201d\u2019\"']?\s*\(\s*(?:dir\.|directed\s+by)\s+[^()\[\],]{1,30},\s*" + YEAR + r"\s*\)",
                             after[gloss.end() if gloss else 0:][:48])
            # "her 2014 Salt Road", "whose 2008 X": an owner's bare year before the title dates it too.
            # "The 1988 “Moonfall” was a hit": an article's bare year before the title does the same.
            # "the original 1974 Salt Road": remake copy's "original" may stand between.
            # "1986's low-budget X", "1990's Ana Ruiz-directed X": the modifiers a year's possessive
            # may stand before its title (titles.YEAR_OWNER_MODIFIERS; not a ranking's).
            # "Tomas Brenner's 1954 X": a maker's possessive before the bare year.
            owner = re.search(r"\b" + YEAR + r"(?:'s|\u2019s)\s+" + YEAR_OWNER_MODIFIERS + r"[\u201c\"]?$"
                              r"|(?:\b(?i:whose|his|her|their|its|the)|[A-Z][\w-]*(?:'s|\u2019s))\s+(?:original\s+)?" + YEAR + r"\s+[\u201c\"]?$",
                              sentence_text(sent)[max(0, start - 80):start])
            # (Nor "the third season of X from 2019": see _version_before.)
            before_title = sentence_text(sent)[max(0, start - 40):start]
            if paren and paren.group("from_year") and (_version_before(before_title) or not re.search(
                    r"\bof\s+(?:(?:the|a|an)\s+)?(?:[\w.\-]+\s+){0,2}?(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?(?:'s|\u2019s)\s+)?[\u201c\"]?$", before_title)):
                paren = None
            # "Netflix's 2025 X spinoff", "A's 2019 X anniversary screening": a noun after the title
            # is what the year dates (the title modifies it).
            if owner and _noun_after(doc, work):
                owner = None
            year = paren or owner
            if year:
                yield _fact(work, "releaseYear", next(g for g in year.groups() if g), sent, "attributes.year_beside_title", 0.8)
        # "The novel was originally published in May 2012", "“Sky Castle” in 2019"; a participle
        # opening the sentence ("Released in 2019, X ..."), a run that "aired from 2010 to 2014"
        # (its first year), a film that "opened in theaters in March 2019" and one that "premiered on
        # HBO on January 12, 2020" (a full date: its year).
        # Trade slang says the same: a film "bowed at Sundance in 2019", "hit theaters in 2019",
        # "came out in 2012", "was brought to the screen by A in 1982", "began airing in 2015",
        # "first streamed on Hulu in 2020"; a film that "screened at Cannes in 2012" (or "in
        # competition at Cannes") had its first showing there (a festival shows new work).
        # A maker's verb dates the title it takes as object: "directed “X” in 2012", "wrote the
        # novel X in 2018", "was adapted as X in 2007" (the adaptation's year, not the source's:
        # only "as" or "into" before the new title); only a title between the verb and the year:
        # "she directed for HBO in 2012" dates nothing.
        # A debut named by the copula: "whose debut feature was “X” in 2010".
        # "X returns after debuting in 2021", "since premiering in 2019": a participle after
        # "after" or "since" dates a first showing that is past ("before premiering in 2027" is not).
        # ("re-released", "re-aired": a showing again, no first one.)
        # A work "had its world premiere at the 2019 Berlinale" or "made its debut in Toronto in
        # 2018": the noun phrase of the first showing stands for the verb (not "its UK premiere":
        # a showing in one market may come years after the first).
        for match in re.finditer(r"\b(?<!-)(?:(?P<own>(?:had|made)\s+its\s+(?:(?:world|global|festival|theatrical|official|first)\s+)?(?:premiere|debut|bow))|[Pp]ublished|[Rr]eleased|[Pp]remiered|[Aa]ired|(?:[Oo]riginally|[Ff]irst|was|were)\s+broadcast|[Ss]eriali[sz]ed|[Dd]ebuted|[Bb]owed|hit\s+(?:theaters|theatres|cinemas|screens)|came\s+out|created|[Ll]aunched|[Oo]pened|ran"
                                 r"|brought\s+to\s+the\s+(?:big\s+|small\s+)?screen|(?:screened|shown)\s+(?=(?:(?:in|out\s+of)\s+(?:competition|competish)\s+)?(?:at|in)\s+(?:the\s+)?" + FESTIVAL_NAME + r")"
                                 # A film "played in Cannes Competition with X in 2003", "competed for the
                                 # Golden Bear at Berlin in 2014": a festival's showing, its prize or section
                                 # between.
                                 r"|(?P<festival_verb>played(?=\s+(?:at|in)\s+(?:the\s+)?" + FESTIVAL_NAME + r")|competed(?=[^.;]{0,50}?\b(?:at|in)\s+(?:the\s+)?" + FESTIVAL_NAME + r"))\s+"
                                 # "appeared in competition in Cannes in 2016", "appeared at Venice in 2019": a
                                 # festival's showing (an actor "appeared in X": the maker's verb below; a bare
                                 # "appeared in 2020 on Netflix" may be a later window).
                                 r"|appeared\s+(?=in\s+competition\b|at\s+(?:the\s+)?" + FESTIVAL_NAME + r")"
                                 # "X, a BBC drama that appeared in 2018": a relative "appeared" and a bare year
                                 # on a work is its coming out (the parse must say the clause is a work's).
                                 r"|(?:(?<=that\s)|(?<=which\s))(?P<relative>appeared)\s+(?=in\s+(?:1[89]|20)\d\d\b(?!['\u2019]))"
                                 r"|(?:began|started)\s+(?:airing|streaming|broadcasting)|first\s+streamed"
                                 r"|(?<=(?:after|since)\s)(?:debuting|premiering|airing|launching|bowing|opening)"
                                 r"|(?P<maker>(?:(?<=debut\s)|(?<=debut\sfeature\s)|(?<=feature\sdebut\s))was(?=[^,.;]{1,60}?\sin\s+(?:1[89]|20)\d\d\b)|directed|wrote|penned|made|shot|filmed|adapted\s+(?:as|into)|(?:co-)?starred\s+in|appeared\s+in|cameoed\s+in|broke\s+(?:through|out)\s+(?:with|in)))\b"
                                 # The year is the verb's own, not a relative clause's after it ("premiered at
                                 # the festival, which began in 2001").
                                 # (A platform may be named at length between: "aired simultaneously on the
                                 # South Korean cable channel tvN and Netflix in late 2019".)
                                 r"(?:(?!(?:,\s*)?(?:which|where|who|when|while|that)\b)[^.]){0,80}?\b"
                                 # "in 2019", "in May 2019", "in May of 2019", "in July, 2001", "in late 2019", "in the spring of 2019";
                                 # a run's first year: "between 1988 and 1989".
                                 r"(?:(?:in|from|between)\s+" + SEASON_OF + r"(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z]+,?\s+(?:of\s+)?)?|on\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
                                 # A festival dated by its edition: "premiered at Sundance 2019", "bowed at
                                 # the 2019 Venice Film Festival".
                                 r"|(?P<at>at)\s+(?:the\s+)?(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019.-]*\s+){0,5})"
                                 + YEAR, sentence_text(sent)):
            pos = sent.start_char + match.start()
            # The edition's "at" follows the release verb itself ("premiered at Sundance 2019"), or it
            # is some later event's ("premiered at Sundance, is up for Best Film at the 2021 Oscars").
            if match.group("at") and (match.group("maker") or not re.fullmatch(r"\S+(?:\s+(?:world|first|in|out|of|main|official|competition|selection))*\s+",
                                                                                sentence_text(sent)[match.start():match.start("at")])) \
                    and not (match.group("own") and match.end("own") + 1 == match.start("at")):
                continue
            # "X and Y premiered in 2019 and 2021 respectively": each year is one title's (respective_years).
            if re.match(r"(?:\s*,\s*\d{4})*,?\s+and\s+\d{4}\s*,?\s+respectively\b", sentence_text(sent)[match.end():]):
                continue
            # "screened at Venice in 2019 in a new restoration": an old film shown again.
            if match.group(0).startswith(("screened", "shown", "appeared", "played", "competed")) and RESHOWING_RE.search(sentence_text(sent)):
                continue
            # "premiered its second season in 2022", "launched its final season", "was released on
            # DVD in 2004", "published in paperback in 1990", "wrote the script for X in 2009": a later
            # season, a later format or the writing, not the work's first coming out.
            if LATER_SHOWING_RE.search(match.group(0)):
                continue
            # "is set to be released in 2027", "will be published in May", "will hit theaters in
            # 2027": a release still to come is a plan, not the year the work came out.
            # "nearly launched on the WB in 2003", "never aired": a showing that did not happen.
            if re.search(r"(?:\b(?:be|being|will|would|to|may|might|could|should|shall|nearly|almost|never|not)|n't)\s+$", sentence_text(sent)[:match.start()]):
                continue
            if match.group(0)[0].isupper():
                # "Released in 2019, X grossed ...": the opening participle is said of the subject
                # right after its comma, when that is a title; "Published in 2019, the novel ..." is a
                # description, and the work it points to may not be the novel.
                # "Published in 2019, the novel Salt Road ...": a work noun may stand before the title;
                # "Published in 2019, the novel ..." alone refers back to a source work named earlier.
                rest = sentence_text(sent)[match.end():]
                comma = re.match(r"[^,]*,\s*[\u201c\"]?", rest)
                # ("Released in 1992, Tomas Brenner's acidic satire X": a maker's possessive and a
                # modifier may open the noun phrase.)
                noun = re.match(r"[^,]*,\s*(?:(?i:the)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:'s|\u2019s))\s+(?:[a-z][\w-]*\s+){0,2}?" + WORK_NOUN + r"\s+[\u201c\"]?", rest)
                at = {sent.start_char + match.end() + m.end() for m in (comma, noun) if m}
                subject = [w for w in works if w.idx in at and (not ref_of(w) or _source_reference(w))]
                if subject:
                    yield _fact(subject[0], "releaseYear", match.groups()[-1], sent, "attributes.published_in", 0.7)
                continue
            # "created the megahit “X” in 2019": a work between the verb and the year is the one
            # (not after a relative "appeared", said of the noun the clause hangs on).
            inside = [w for w in works if pos < w.idx < sent.start_char + match.end()] if not match.group("relative") else []
            left = [w for w in works if w.idx < pos]
            if inside and match.group("maker") and NEW_VERSION_RE.search(sentence_text(sent)[match.end("maker"):inside[0].idx - sent.start_char]):
                continue  # "starred in the stage version of X in 2013": the year is the version's
            # "appeared in X in 2014": a part in a series is played in one of its seasons, and one on
            # the stage in one of its runs; only a film's part dates the film.
            if inside and ACTING_RE.match(match.group("maker") or "") and (
                    class_of(inside[0]) == "Series" or STAGE_RE.search(sentence_text(sent))):
                continue
            # A maker's year is said in the maker's clause: in "A, who starred in X, appeared in
            # 2014 on a panel" the year is the main verb's.
            if inside and match.group("maker"):
                maker = next((t for t in sent if t.idx == pos), None)
                year = next((t for t in sent if t.idx == sent.start_char + match.end() - 4), None)
                if maker is not None and year is not None and year not in maker.subtree:
                    continue
            if inside:
                target = inside[0]
            elif match.group("maker"):
                continue
            else:
                said_of = _verb_subject(doc, pos)
                if said_of is None and match.group("festival_verb"):
                    continue  # (a person plays or competes too: the parse must say a work did)
                if said_of is None:
                    target = left[-1] if left else works[0]
                elif kind_of(said_of) == "work":
                    target = said_of
                else:
                    continue  # the parse says what premiered, and it is no title we know
            yield _fact(target, "releaseYear", match.groups()[-1], sent, "attributes.published_in", 0.7)
            # "directed X in 2012 and Y in 2015", "X in 2012, Y in 2014 and Z in 2015": each title
            # listed after it has its own year.
            end, text = sent.start_char + match.end(), document_text(doc)
            for work in works:
                gap = text[end:work.idx]
                after = re.match(r"[\u201d\"']?,?\s+in\s+" + YEAR + r"\b", text[work.idx + len(work.text):work.idx + len(work.text) + 16])
                if work.idx > end and after and re.fullmatch(r"(?:,\s+(?:and\s+)?|\s+and\s+)[\u201c\"]?", gap):
                    yield _fact(work, "releaseYear", after.group(1), sent, "attributes.published_in", 0.7)
                    end = work.idx + len(work.text) + after.end()
        # "the Cannes 2016 selection X", "the 2019 Sundance winner X": a festival's dated edition
        # and a noun for a work it showed date the title right after them (its first showing).
        for work in works:
            edition = FESTIVAL_EDITION_RE.search(sentence_text(sent)[max(0, work.idx - sent.start_char - 70):work.idx - sent.start_char])
            if edition and not RESHOWING_RE.search(sentence_text(sent)):
                yield _fact(work, "releaseYear", edition.group("y1") or edition.group("y2"), sent, "attributes.festival_edition", 0.75)
        # "the police drama X aired 1982-88", "X, which spanned 1965-74": a run's bare range after
        # its verb dates the title before it by its first year.
        for match in BARE_RUN_RE.finditer(sentence_text(sent)):
            at = sent.start_char + match.start()
            before = [w for w in works if w.idx < at]
            # (The title is the verb's subject: only its closing quote, a comma and a relative
            # pronoun stand between; "the deal for X ran 2019-21" dates the deal.)
            said_of = _verb_subject(doc, at)
            if said_of is not None and kind_of(said_of) != "work":
                continue
            if before and re.fullmatch(r"[\u201d\"']?,?[\u201d\"']?\s*(?:(?:which|that)\s+)?", sentence_text(sent)[before[-1].idx + len(before[-1].text) - sent.start_char:match.start()]):
                yield _fact(before[-1], "releaseYear", match.group(1), sent, "attributes.bare_run", 0.7)
        # "X was selected for the 2017 Cannes Film Festival", "X, one of the projects chosen for
        # the 2019 Berlinale": a festival's dated edition selects new work, so its year is the
        # work's first showing (not a classics strand or a restoration: RESHOWING_RE).
        for match in SELECTED_FOR_RE.finditer(sentence_text(sent)):
            if RESHOWING_RE.search(sentence_text(sent)):
                break
            said_of = _verb_subject(doc, sent.start_char + match.start())
            # "X was one of the projects selected for ...": the noun the participle hangs on is
            # one of a set, and "one" is said of the copula's subject.
            if said_of is not None and said_of.dep_ == "pobj" and said_of.head.lower_ == "of" and said_of.head.head.lower_ in ("one", "among") \
                    and said_of.head.head.dep_ == "attr":
                said_of = next((c for c in said_of.head.head.head.children if c.dep_ == "nsubj" and kind_of(c) == "work"), said_of)
            if said_of is not None and kind_of(said_of) == "work":
                yield _fact(said_of, "releaseYear", match.group("year"), sent, "attributes.selected_for", 0.7)
        # "emerged in 1997 with his feature debut X", "broke out in 2005 with the thriller X", "made
        # her directorial debut in 2016 with X": a career's first or breakout work, dated by the year
        # before "with" (the year of a prize won "with" a film is the prize's: no such verb here).
        # "X was remade in 1969 as Y", "A adapted the book in 1951 as Y": the new version named
        # after "as" or "into" came out in the year before it (the remade work did not).
        for match, rule in [*((m, "attributes.debut_year") for m in DEBUT_IN_YEAR_RE.finditer(sentence_text(sent))),
                            *((m, "attributes.remade_in_year") for m in REMADE_IN_YEAR_RE.finditer(sentence_text(sent)))]:
            end = sent.start_char + match.end()
            after = [w for w in works if w.idx >= end]
            if after and re.fullmatch(DEBUT_GAP, document_text(doc)[end:after[0].idx]):
                yield _fact(after[0], "releaseYear", next(g for g in match.groups() if g), sent, rule, 0.7)
        # "In 2019, Focus Features released X", "In 2019, X premiered at Sundance": a year fronted
        # as the sentence's opening adverbial dates a past release; the work is the verb's object,
        # else its subject.
        opener = sent[0] if len(sent) > 2 and sent[0].lower_ == "in" and re.fullmatch(YEAR, sent[1].text) else None
        for verb in sent if opener is not None else ():
            # (A past tense, or a past passive; the tagger may call "remade" a present.)
            if opener.head != verb or not (verb.tag_ == "VBD" or verb.lower_ == "remade"
                                           or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)):
                continue
            # "In 2007, X was remade into Y", "In 2012, the novel was adapted as the film Y": the
            # new work came out that year, not the one remade.
            if verb.lemma_ in ("remake", "remade", "adapt", "turn"):
                said = [_named_work(p) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "as")
                        for p in c.children if p.dep_ == "pobj"]
            elif verb.lemma_ in FRONTED_ACTING_LEMMAS:
                # "In 2016, A played the poet B in the film X", "In 2011, A starred in the thriller X":
                # the part is in the title "in" names, when that is a film (a series' part is played
                # in one of its seasons, a stage part in one of its runs: "appeared in X in 2014").
                said = [_named_work(p) for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                        for p in c.children if p.dep_ == "pobj"]
                said = [p for p in said if class_of(p) == "Film" and not STAGE_RE.search(sentence_text(sent))]
            elif verb.lemma_ in FRONTED_RELEASE_LEMMAS or verb.lemma_ in FRONTED_MAKER_LEMMAS:
                said = [_named_work(c) for c in verb.children if c.dep_ == "dobj"] \
                    or [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and kind_of(c) == "work"]
                # A series is dated by its creation, not by the writing of one of its episodes.
                said = [p for p in said if verb.lemma_ not in FRONTED_MAKER_LEMMAS or verb.lemma_ in ("create", "co-create")
                        or class_of(p) != "Series"]
            else:
                continue
            said = [p for p in said if kind_of(p) == "work"]
            # Making and playing may come years before the release: a sentence that dates the work
            # otherwise, or says it came later, is left to the other readings ("In 2011, A wrote X,
            # a feature that premiered in 2013", "... but it took six years to reach screens").
            if verb.lemma_ in FRONTED_MAKER_LEMMAS | FRONTED_ACTING_LEMMAS and (
                    len(YEAR_RE.findall(sentence_text(sent))) > 1 or MADE_BEFORE_RE.search(sentence_text(sent))):
                continue
            if said:
                yield _fact(said[0], "releaseYear", sent[1].text, sent, "attributes.fronted_year", 0.7)


# A career's first or breakout work and its year: "made her debut in 2016 with X", "came to
# wider recognition in 1969 with X" (debut_year above).
# The noun may be the subject: "Her breakthrough came in 1978 with X", "His feature debut came in
# 2004 with X"; and a run of works starts with its first: "The franchise began in 2012 with X",
# "the book series launched in 2018 with X".
DEBUT_IN_YEAR_RE = re.compile(r"\b(?:mak(?:e|es|ing)|made)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?debut\s+in\s+" + YEAR + r"\s+with\b"
                              r"|\b(?:debuted|emerged|broke\s+(?:out|through)|burst\s+onto\s+the\s+scene|took\s+off"
                              r"|c(?:ame|omes?)\s+to\s+(?:[a-z]+\s+)?(?:recognition|prominence|attention|fame)"
                              r"|(?:breakthrough|breakout|debut)\s+came"
                              r"|(?:franchise|saga|trilogy|series|cycle)\s+(?:began|started|launched|kicked\s+off))\s+in\s+" + YEAR + r"\s+with\b")
REMADE_IN_YEAR_RE = re.compile(r"\b(?:remade|adapted|rebooted|reimagined|turned)\b(?:[^.;,]{0,40}?\s)?in\s+" + YEAR + r"\s+(?:as|into)\b")
# The noun of a work's showing with "of" before its title: "the release of the feature ", "its
# premiere of ", "the US debut of ".
RELEASE_OF_RE = re.compile(r"\b(?:release|premiere|debut|bow|launch)\s+of\s+(?:(?:the|its|their|his|her|a)\s+)?(?:[a-z][\w-]*\s+){0,2}[\u201c\"]?$")
# (Lower case: "May" is a month and "Will" a name.)
INTENT_RE = re.compile(r"\b(?:will|would|shall|plans?|planned|planning|hopes?|hoping|expects?|expected|aims?|aiming|intends?|"
                       r"set|slated|eyes|eyeing|targets?|targeting|upcoming|forthcoming|could|may|might|future)\b")
# A work's own dated showing: "its 2021 release", "its 2019 Sundance premiere", "its debut in 2019".
# Not "launch", which is as often a company's ("ahead of its launch in India").
# ("its 1994–2009 run": a run's years, not "its 2021 Netflix run", a later streaming window.)
AFTER_ITS = r"(?:(?<=after\s)|(?<=following\s)|(?<=since\s))its\s+"
FIRST_SHOWING_NOUN = r"(?:(?:world|global|international|festival|official|first)\s+)?(?:premiere|debut|bow)"
ITS_SHOWING_RE = re.compile(r"\b[Ii]ts\s+(?:" + MONTH + r"\s+)?" + YEAR + r"(?:\s+(?:[A-Z][\w-]*\s+){0,2}(?:[a-z]+\s+)?(?:release|debut|premiere|bow|opening)\b"
                            r"|" + RUN_END_YEAR + r"\s+(?:[A-Z][\w-]*\s+){0,2}run\b)"
                            r"(?!\s+(?:on|at)\s+(?:the\s+)?(?:stock|Nasdaq|NYSE|London\s+Stock|market|exchange|bourse))"
                            r"|\b[Ii]ts\s+(?:[a-z]+\s+)?(?:release|debut|premiere|bow)\s+(?:[a-z]+\s+)?in\s+" + SEASON_OF + r"(?:[A-Z][a-z]+\s+(?:of\s+)?)?" + YEAR
                            # "during its original run from December 2009 to 2012", "its run from 2009 to
                            # 2014": a run from a year to another, its first year (not "its Netflix run", a window,
                            # nor "extending its run from 2024 to 2027", a renewal).
                            + r"|\b(?<!extend\s)(?<!extends\s)(?<!extended\s)(?<!extending\s)[Ii]ts\s+(?:original\s+|first\s+|initial\s+)?(?:[a-z]+-season\s+)?run\s+(?:from|between)\s+(?:" + MONTH + r"\s+)?" + YEAR
                            + r"(?=\s+(?:to|and|until|through)\s+(?:" + MONTH + r"\s+)?(?:1[89]|20)\d\d\b)"
                            # "after its world premiere at the 2018 Sundance Film Festival", "since its premiere
                            # at Cannes in 2019": a first showing, past, at a festival's dated edition (not
                            # "its UK premiere", a showing in one market; not "ahead of" or "will have" it).
                            + r"|" + AFTER_ITS + FIRST_SHOWING_NOUN + r"\s+(?:at|in)\s+(?:the\s+)?" + YEAR + r"\s+(?=" + FESTIVAL_NAME + r")"
                            + r"|" + AFTER_ITS + FIRST_SHOWING_NOUN + r"\s+(?:at|in)\s+(?:the\s+)?" + FESTIVAL_NAME + r"\s+(?:in\s+)?" + YEAR)
# Between "with" and the title: a determiner and up to three lower-case words ("his feature debut").
DEBUT_GAP = r"\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}[\u201c\"]?"
# "The 1987 original", "The 2015 Norwegian original", "Its 1987 version": a nation's or a medium's
# word may stand between the year and the noun.
ORIGINAL_OPENING_RE = re.compile(r"[\u201c\"]?(?:The|Its)\s+" + YEAR + r"\s+(?:[A-Z][a-z]+(?:-[a-z]+)?\s+|(?:film|movie|TV|series)\s+)?(?:original|version)\b")
# ... and inside a sentence after a preposition: "in the 1987 original", "than the 2015 Danish
# original"; a title right after it is the original's own name (dated beside it elsewhere).
ORIGINAL_INSIDE_RE = re.compile(r"\b(?:in|than|of|from|with|like|to|as)\s+the\s+" + YEAR
                                + r"\s+(?:[A-Z][a-z]+(?:-[a-z]+)?\s+|(?:film|movie|TV|series)\s+)?original\b(?![\s\u201c\"]*[A-Z\u201c\"])")
# What remakes a work, right before its title: "is remaking X", "a reboot of X", "a new version of X".
REMAKE_BEFORE_RE = re.compile(r"\b(?:remak(?:e|es|ing)|reboot(?:s|ing)?|re-?imagin(?:e|es|ing)|(?:remake|reboot|reimagining|new\s+version)\s+of)"
                              r"\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z][\w-]*\s+){0,3}[\u201c\"]?$", re.I)


# The nouns a dated description of a work ends on ("the 1991 film", "Ruske's 1991 fantasy
# musical"); not a book's ("the 2011 novel" refers back to a source: dated_source_reference).
DESCRIPTION_NOUNS = frozenset((words("title_slot_nouns") | words("dated_work_nouns") | {"series", "show", "hit", "megahit"})
                              - set(SOURCE_HEADS) - {"adaptation", "reboot", "remake", "reimagining", "retelling", "sequel", "prequel",
                                                     "spinoff", "spin-off", "title", "release", "debut", "feature debut", "directorial debut"})


def _version_before(before: str) -> bool:
    """Whether the words before a title dated "from YEAR" name a part or a new version of it ("the
    third season of X from 2019", "the 4K restoration of X from 2019"): the year is theirs."""
    return bool(NEW_VERSION_RE.search(before) or RESTORED_RE.search(before))


def _noun_after(doc: Doc, work: Token) -> bool:
    """Whether a common noun follows the title (past its closing quote): "X spinoff"."""
    i = work.i + 1
    while i < len(doc) and doc[i].text in ("\u201d", "\"", "'"):
        i += 1
    return i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].is_lower


def _dated_subject(doc: Doc, sent: Span) -> tuple[Token, str] | None:
    """The work and year of a dated description that is the main clause's subject ("The 1997
    film helped launch her career"), when the sentence before names exactly one work; None else.
    A new work's description is no earlier one ("the upcoming 2027 film"), and a description
    that names its title ("the 1997 film X") is read where it stands."""
    if sent.start == 0:
        return None
    for noun in sent:
        # (The parser may hang the subject on a passive's auxiliary: "That 2013 movie, which
        # starred A, is itself based on B".)
        verb = noun.head.head if noun.head.dep_ in ("aux", "auxpass") else noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ROOT" or noun.lower_ not in DESCRIPTION_NOUNS or kind_of(noun):
            continue
        years = modifier_years(noun)
        owned = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "this", "every", "each") for c in noun.children)
        if len(years) != 1 or not owned or any(kind_of(t) == "work" or t.lower_ in ("new", "upcoming", "next", "latest", "forthcoming")
                                               for t in noun.subtree) or any(c.dep_ == "appos" for c in noun.children):
            return None
        before = doc[sent.start - 1].sent
        named = {entity_of(w): w for w in _entities(before, "work") if not ref_of(w)}
        return (next(iter(named.values())), years[0]) if len(named) == 1 else None
    return None


def _remade_work(doc: Doc, sent: Span) -> Token | None:
    """The one work the sentence before names as the one remade ("Orion is remaking X."), or None."""
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    text = document_text(doc)
    remade = [w for w in _entities(before, "work") if REMAKE_BEFORE_RE.search(text[max(before.start_char, w.idx - 60):w.idx])]
    return remade[0] if len(remade) == 1 else None


def _only_remade_work(doc: Doc, pos: int) -> Token | None:
    """The work the text before `pos` says is remade or rebooted ("Orion is remaking X", "a new
    version of X"), when that is one work however often it is named; None for none or two."""
    text = document_text(doc)
    remade = {}
    for sent in doc_sents(doc):
        if sent.start_char >= pos:
            break
        for work in _entities(sent, "work"):
            if work.idx < pos and REMAKE_BEFORE_RE.search(text[max(sent.start_char, work.idx - 60):work.idx]):
                remade.setdefault(entity_of(work), work)
    return next(iter(remade.values())) if len(remade) == 1 else None


# The verbs of a work's first showing or publication, as lemmas (fronted_year above); the
# lemmatizer gives "premiered" as "premier".
# A director's verb dates its object too, as "directed X in 2012" does after the title.
FRONTED_RELEASE_LEMMAS = frozenset({"release", "premiere", "premier", "debut", "publish", "air", "broadcast", "bow", "open", "direct"})
# So do a writer's and a creator's ("In 1989 he wrote X", "In 2000, A created the series X": news
# dates a work by the year its maker made it; a script is no work: "wrote the script for X" dates
# nothing), and an actor's part ("In 2016, A played B in the film X"), unless the sentence says
# the work came out later.
FRONTED_MAKER_LEMMAS = frozenset({"write", "co-write", "pen", "create", "co-create"})
FRONTED_ACTING_LEMMAS = frozenset({"play", "star", "co-star", "appear"})
MADE_BEFORE_RE = re.compile(r"\b(?:later|took|until|before|finally|eventually|yet\s+to)\b")


def _named_work(noun: Token) -> Token:
    """The work a noun names: itself, or the title in apposition to it or compounded with it
    ("the film “X”", "his movie “X”", "her first short as director, X"); the noun itself when
    it names none."""
    if kind_of(noun) == "work":
        return noun
    named = next((c for c in noun.children if c.dep_ in ("appos", "compound") and kind_of(c) == "work"), None)
    if named is not None:
        return named
    # "her first feature as director, X,": the parser hangs the title on the maker's part.
    return next((a for p in noun.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"
                 for a in o.children if a.dep_ == "appos" and kind_of(a) == "work"), noun)


def _source_reference(token: Token) -> bool:
    """"the novel", "Perrotta's book": a description that points back to a source work."""
    return ref_of(token) and token.text.split()[-1].lower() in SOURCE_HEADS


def _verb_subject(doc: Doc, pos: int) -> Token | None:
    """What the release verb at `pos` is said of, read from the parse: its subject, or the noun
    a relative or participle clause hangs on ("X, which premiered in 2015"). None when the parse
    gives no subject. In "cast in the series Wednesday, which premiered in 2022" it is the
    series, not a title named earlier in the sentence."""
    verb = next((t for t in doc if t.idx == pos), None)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # Parse failure: in "The series X launched in 2018 and ran ..." the parser may take "The
    # series" for the sentence and "X launched" for a relative clause on it; a title as the
    # clause's own subject is what the verb is said of (a relative clause's subject is never the
    # noun it hangs on: "the series Netflix launched" is Netflix's act).
    titled = [c for c in subjects if kind_of(c) == "work"]
    if verb.dep_ in ("relcl", "acl") and titled:
        said_of = titled[0]
    elif verb.dep_ in ("relcl", "acl"):
        said_of = verb.head
    elif not subjects:
        return None
    else:
        # "The novel X was published": the parser may hang both the noun and the title on the
        # verb as subjects; the title is the one that names the work.
        subjects = titled or subjects
        said_of = verb.head if subjects[0].lower_ in ("which", "that") else subjects[0]
    # "X was the hit of the summer when it debuted in 2015": "it" in a clause of time on the main
    # verb is that verb's subject.
    if said_of.lower_ == "it" and verb.dep_ == "advcl":
        said_of = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and kind_of(c) == "work"), said_of)
    # "X was a hit that premiered in 2015", "... the hit of the summer when it debuted" (the parser
    # hangs the clause on the noun): the copula's complement is said of its subject.
    if kind_of(said_of) != "work" and said_of.dep_ == "attr" and said_of.head.lemma_ == "be":
        said_of = next((c for c in said_of.head.children if c.dep_ == "nsubj" and kind_of(c) == "work"), said_of)
    # "The drama “X” premiered in 2010": the work noun the verb is said of names its title in
    # apposition or as a compound.
    said_of = _named_work(said_of)
    # "The first season of X premiered in 2019": a series came out with its first season (a
    # later season's premiere is no release of the series).
    # "Season one of X", "X's first season": the numeral may hold the "of", the title be the owner.
    if said_of.lower_ == "season" and any(c.lower_ in ("first", "debut", "inaugural", "1", "one") for c in said_of.children):
        holders = [said_of, *(c for c in said_of.children if c.dep_ == "nummod")]
        said_of = next((p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" and kind_of(p) == "work"), None) \
            or next((c for c in said_of.children if c.dep_ == "poss" and kind_of(c) == "work"), said_of)
    # "“Blue Lantern,” a crime drama that first aired in 2015": the noun is itself in apposition,
    # to the title or to a noun that names it ("The original series, “Blue Lantern,” a crime drama").
    if kind_of(said_of) != "work" and said_of.dep_ == "appos":
        named = _named_work(said_of.head)
        said_of = named if kind_of(named) == "work" else said_of
    # "the book X by Dana Vale, published in 1971": a participle set off after a work's byline
    # is said of the work, though the parser hangs it on the maker.
    if verb.dep_ == "acl" and kind_of(said_of) == "person" and said_of.dep_ == "pobj" and said_of.head.lower_ == "by" \
            and kind_of(said_of.head.head) == "work" and doc[verb.i - 1].text == ",":
        said_of = said_of.head.head
    return said_of


# An area and its unit: square metres as given; square feet, acres and hectares converted to
# square metres (the graph's unit). A "million" may stand between ("1.14 million square feet").
AREA_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:\s+(?P<million>million))?[\s-]*(?:(?P<metres>m²|m2|sq\.?\s?m\b|square[\s-]met(?:er|re)s)"
                     r"|(?P<feet>sq\.?\s?ft\b|sq\.?\s?feet|square[\s-]f(?:ee|oo)t)|(?P<acres>acres?\b)|(?P<hectares>hectares?\b))")
SQUARE_METRES_PER = {"metres": 1.0, "feet": 0.09290304, "acres": 4046.8564224, "hectares": 10000.0}
# Space added to a site ("an additional 400,000 square feet", "a further 20 acres") is no area of
# it, nor is a bound or a total over several sites ("over 500,000 square feet", "in all, more
# than 40,000 m²", "260,000 square feet of total production space").
NOT_AN_AREA_BEFORE_RE = re.compile(r"\b(?:additional|extra|further|another|new|over|more\s+than|upwards\s+of|in\s+all,?|in\s+total,?|total(?:\s+of)?|combined)\s+$")
TOTAL_AFTER_RE = re.compile(r"\s+of\s+(?:total|combined)\b")


def area_square_metres(match: re.Match) -> str:
    """The area an AREA_RE match states, in square metres, as the graph writes it ("860",
    "105909")."""
    unit = next(u for u in SQUARE_METRES_PER if match.group(u))
    number = match.group(1).replace(",", "")
    if unit == "metres" and not match.group("million"):
        return number  # as written ("1200.5"), never rounded nor put in exponent form
    return f"{float(number) * (1_000_000 if match.group('million') else 1) * SQUARE_METRES_PER[unit]:.0f}"


# The verbs that put a work on the calendar: its release or premiere ("opens", "will debut",
# "hits theaters") and a studio dating or moving it ("dated X for", "moved X from ... to"). As
# lemmas; the lemmatizer gives "premiered" as "premier".
# A book's date is its publication's ("will be published in fall 2027 by A").
SCHEDULE_LEMMAS = frozenset({"open", "debut", "premiere", "premier", "bow", "release", "hit", "arrive", "land", "launch", "publish",
                             "date", "set", "schedule", "slate", "move", "shift", "push", "bump", "delay", "reschedule", "postpone"})
# "originally set for", "had been slated for", "previously dated": a date the work no longer has;
# "could open", "may move": a date that is only a possibility; "almost premiered", "never aired": none.
FORMER_OR_OPEN_DATE_WORDS = frozenset({"originally", "initially", "previously", "formerly", "once", "had", "could", "may", "might",
                                       "would", "should", "nearly", "almost", "never", "not", "n't"})


def _inside_clause(token: Token, top: Token) -> bool:
    """Whether a clause of its own stands between the token and `top` ("the festival, which
    opens in 2025": the year belongs to the festival's clause)."""
    while token != top and token.head != token:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        token = token.head
    return False


def _moves_to_a_company(verb: Token) -> bool:
    """ "X will move to Peacock in 2023", "X shifts to the streamer in 2024": a title that moves to
    a company changes hands for a licence window; the year is the move's, not the title's release."""
    return verb.lemma_ in ("move", "shift") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "onto") and any(p.dep_ == "pobj" and (kind_of(p) == "org" or p.lower_ in ("streamer", "service", "platform", "network", "channel"))
                                                                for p in c.children) for c in verb.children)


def _set_for_release(verb: Token) -> bool:
    """Whether "set" takes "for release" (or "for a release", "for its debut")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pobj" and p.lemma_ in ("release", "debut", "premiere", "bow")
                                                             for p in c.children) for c in verb.children)


def _clause_years(verb: Token) -> set[str]:
    """The years of the dates in the verb's own phrases ("opens Dec. 25, 2024", "moved to 2026",
    "is slated for a 2025 release"), not the "from" date a move leaves, nor one in a clause inside.
    "Set" dates a work only through "for", "to" or "on" ("set for Aug. 16"): "set in 1985" is
    when its story takes place."""
    years = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "conj", "cc", "punct", "relcl", "advcl", "ccomp", "xcomp", "aux", "auxpass") \
                or (child.dep_ == "prep" and child.lower_ in ("from", "after", "following", "since")):
            continue  # ("opens in May, after a festival run in 2019": the earlier showing's year)
        # ... unless it is set "for release": then "in 2027" dates the release ("set for release in 2027").
        if verb.lemma_ == "set" and not (child.dep_ == "prep" and child.lower_ in ("for", "to", "on")) \
                and not (child.dep_ == "prep" and child.lower_ == "in" and _set_for_release(verb)):
            continue
        years |= {t.text for t in child.subtree if t.ent_type_ == "DATE" and re.fullmatch(YEAR, t.text) and not _inside_clause(t, child)}
    return years


# Words that fix a date on the calendar and take the release verb as an infinitive: "X is set /
# slated / scheduled / due to premiere in 2026". Not "expected", "hoped", "likely" or "planned":
# a forecast or an intention, no date a studio has fixed.
SCHEDULING_WORDS = frozenset({"set", "slated", "scheduled", "skedded", "due"})


def _scheduling_head(verb: Token) -> Token | None:
    """The word that fixes the date of an infinitive release verb ("is set to premiere", "is due
    to be released"), which holds the verb's subject and often its date ("is set to debut in
    2026" hangs "in 2026" on "set"); None for a verb that is no such infinitive."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lower_ in SCHEDULING_WORDS and head.i < verb.i:
        return head
    return None


def _schedule_sites(sent: Span) -> Iterator[tuple[Token, Token | None]]:
    """The release verbs of a sentence, each with the word that fixes its date if it has one; and
    "due" said of a subject ("X is due in cinemas in 2026", "X is due out in 2026"), whose date
    and subject hang on the copula."""
    doc, table = sent.doc, token_table(sent.doc)  # the words and tags as strings: a Token only for a hit
    lemmas, lowers, poses, deps = table.lemma, table.lower, table.pos, table.dep
    for i in range(sent.start, sent.end):
        # The lemmatizer gives "slated" as "slat": the form is read as well.
        if (lemmas[i] in SCHEDULE_LEMMAS or lowers[i] == "slated") and poses[i] in ("VERB", "AUX"):
            if lowers[i] == "hit" and i > sent.start and (re.fullmatch(YEAR, doc[i - 1].text) or doc[i - 1].text in ("-", "'s", "\u2019s")):
                continue  # "behind 2021 hit X", "1973's mega-hit X": the noun the tagger read as a verb
            verb = doc[i]
            yield verb, _scheduling_head(verb)
        elif lowers[i] == "due" and deps[i] == "acomp" and lemmas[table.head[i]] == "be" \
                and not any(c.dep_ == "xcomp" for c in doc[i].children):
            yield doc[i].head, doc[i].head


# A new version's noun right after a title: "the X sequel", "X's reboot", "the X spinoff movie".
VERSION_AFTER_RE = re.compile(r"[\u201d\"']?(?:['\u2019]s)?\s+(?:[a-z]+\s+)?(?:sequel|prequel|reboot|remake|follow-up|spinoff|spin-off|"
                              r"adaptation|anime|revival|series|movie|film|season)\b")


def scheduled_release_years(doc: Doc) -> Iterator[Fact]:
    """ "The Quiet Year will open on March 7, 2025", "Lumen Films has dated The Quiet Year for
    Aug. 16, 2024", "moved Iron Tide from May 3, 2024, to 2026", "The Quiet Year, which opens Dec.
    25, 2024": the date a work is set to come out is its release year. Only a plain date of the
    work itself: not a season's return (a series came out with its first season), not the date a
    move leaves, not one it was "originally" set for, not one a modal or a hedge leaves open."""
    for sent in doc_sents(doc):
        # ("The ten-episode series" is the whole run: a hyphened count is its format, no episode.)
        if not _entities(sent, "work") or re.search(r"\b(?:seasons?|series\s+\d|(?<!-)episodes?)\b", sentence_text(sent), re.I):
            continue
        for verb, fixer in _schedule_sites(sent):
            said_by = [verb] if fixer is None else [verb, fixer]
            if any(c.lower_ in FORMER_OR_OPEN_DATE_WORDS for v in said_by for c in v.children if c.dep_ in ("advmod", "aux")) \
                    or moves_into_a_stage(verb) or _moves_to_a_company(verb):
                continue
            # ("was released on DVD in 2004": a later format's date, LATER_SHOWING_RE.)
            if LATER_SHOWING_RE.search(doc[verb.i:verb.right_edge.i + 1].text):
                continue
            years = _clause_years(verb)
            if fixer is not None and fixer is not verb:
                # "is set to debut in 2026": the parser may hang the date on the fixing word.
                years |= {t.text for c in fixer.children if c.dep_ == "prep" and c.lower_ in ("in", "for", "on")
                          for t in c.subtree if t.ent_type_ == "DATE" and re.fullmatch(YEAR, t.text)}
            elif fixer is verb:
                # "X is due in cinemas in 2026": the copula holds the date.
                years = {t.text for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "for")
                         for t in c.subtree if t.ent_type_ == "DATE" and re.fullmatch(YEAR, t.text)}
            if len(years) != 1 or is_hedged(doc, sent.start, sent.end):
                continue
            # The work: the object a studio dates or moves ("dated X for", "the release of X"),
            # else the subject that opens or moves ("X will open", "X has moved"), else the name a
            # relative clause hangs on ("X, which opens").
            objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            objects += [p for o in objects if o.lemma_ in ("release", "debut", "premiere", "opening", "date")
                        for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
            # The subject of "X is set to open" hangs on "set"; of "X is due to open", on the copula.
            holder = fixer.head if fixer is not None and fixer.dep_ == "acomp" else fixer or verb
            subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
            if verb.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in subjects):
                subjects = [verb.head]
            # "X, slated for a 2027 premiere, is ...": a participle set beside a name is said of it.
            if verb.dep_ == "acl" and not subjects:
                subjects = [verb.head]
            # "X, which Harbour Films will release in 2026": the relative pronoun is the object,
            # and the work is the name the clause hangs on.
            if verb.dep_ == "relcl" and any(o.lower_ in ("which", "that") for o in objects):
                objects = [verb.head]
            # "The thriller X will open": a work noun names its title in apposition or as a compound;
            # not a new version's ("the X sequel will hit screens": the sequel opens, not X).
            objects = [o if NEW_VERSION_RE.fullmatch(o.text) else _named_work(o) for o in objects]
            subjects = [t if NEW_VERSION_RE.fullmatch(t.text) else _named_work(t) for t in subjects]
            said = [t for t in objects if kind_of(t) == "work"] or \
                ([] if any(kind_of(o) for o in objects) else [t for t in subjects if kind_of(t) == "work"])
            for work in said[:1]:
                if VERSION_AFTER_RE.match(document_text(doc), work.idx + len(work.text)):
                    continue  # "the X prequel will open": the parse may not make the noun the head
                yield _fact(work, "releaseYear", years.pop(), sent, "attributes.scheduled_release", 0.7)


def facility_areas(doc: Doc) -> Iterator[Fact]:
    """"No.1 Stage having an effective area of roughly 860 m²", "X will grow from 1.14 million square
    feet to 1.78 million square feet": the facility named before the number."""
    for sent in doc_sents(doc):
        facilities = _entities(sent, "facility")
        for match in AREA_RE.finditer(sentence_text(sent)):
            pos = sent.start_char + match.start()
            left = [f for f in facilities if f.idx < pos]
            said = sentence_text(sent)
            if left and not NOT_AN_AREA_BEFORE_RE.search(said[max(0, match.start() - 20):match.start()]) \
                    and not TOTAL_AFTER_RE.match(said, match.end()):
                yield _fact(left[-1], "area", area_square_metres(match), sent, "attributes.area", 0.8)


# A job title after a person's name ("A, the head of drama at X"), after a company's possessive
# ("A, Harbour Films' head of drama,"), and before the name ("Head of Drama, A"): compiled once.
# After the name, the title may also end where "of" names the company: "A, exec VP of acquisitions
# of IFC Films, said" (roles() checks that a company's name follows).
ROLE_AFTER_RE = re.compile(r",\s+(?:the\s+)?" + ROLE_TITLE + r"(?:" + ROLE_END + r"|(?P<of_company>(?=\s+of\s+(?:the\s+)?[A-Z])))", re.I)
OWNED_ROLE_AFTER_RE = re.compile(r",\s+([^,]{1,60}?)(?:'s?|\u2019s?)\s+" + ROLE_TITLE + ROLE_END, re.I)
ROLE_BEFORE_RE = re.compile(ROLE_TITLE + r",\s+$", re.I)
# An executive's title set right before the name: the acronyms, "chief ... officer", a chairman,
# "TV chief", "drama chief", "head of drama", a managing or creative director. Not a possessive's
# ("Netflix's CEO": the employment rules read it); "President" capitalised is as often a head of
# state's. (roles() leaves out a past post: "former", "ex-", "then-", "late".)
# Two titles joined by "and" are one post, read whole: "chairman and CEO A", "president and chief
# creative officer A" (a lower-case "president" may open the pair).
BARE_TITLE = (r"(?:(?:[Ss]enior|[Ee]xecutive|[Dd]eputy|[Gg]lobal|[Ii]nterim|[Aa]cting|co-)\s*)*"
              r"(?:CEO|COO|CFO|CCO|CTO|CMO|co-CEO|[Cc]hief [a-z]+ officer|chairman|chairwoman|(?:TV|television|film|drama|comedy|content|programming) chief"
              r"|[Hh]ead of [a-z]+(?: and [a-z]+)?|[Mm]anaging director|[Cc]reative director|[Cc]ontroller(?: of [a-z]+)?)")
BARE_TITLE_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s(\u201c\"]))(?<!'s )(?<!\u2019s )"
    r"((?:(?:president|founder|co-founder|" + BARE_TITLE + r")\s+and\s+)?" + BARE_TITLE + r")\s+$")


COMPANY_NOUNS = lower_words("company_head_nouns")  # "studio COO A": the noun stands for the company


def roles(doc: Doc) -> Iterator[Fact]:
    """A job title beside a person: "Amy Reinhard, vp of studio operations at Netflix",
    "Vice President of Content, Kazutaka Sakamoto,", "Luke Kang, president of the X"."""
    text = document_text(doc)
    for sent in doc_sents(doc):
        for person in _entities(sent, "person"):
            after = text[person.idx + len(person.text):sent.end_char]
            match = ROLE_AFTER_RE.match(after)
            # "A, director of Salt Road,", "A, director of Netflix's Salt Road", "A, producer of the
            # Lumen film Salt Road": a credit on a work, not a post; the company must end the phrase.
            if match and match.group("of_company") is not None and not any(
                    re.fullmatch(r"\s+of\s+(?:the\s+)?", after[match.end():t.idx - person.idx - len(person.text)])
                    and (t.i + 1 == len(doc) or doc[t.i + 1].is_punct and doc[t.i + 1].tag_ != "POS" or doc[t.i + 1].pos_ in ("VERB", "AUX"))
                    for t in _entities(sent, "org") if t.idx > person.idx):
                match = None
            if titled_apposition(person) is not None:
                continue  # the parse found the title and its company: employment gives the role
            # "A, Harbour Films’ head of drama,": the company's possessive before the title.
            owned = OWNED_ROLE_AFTER_RE.match(after)
            at = person.idx + len(person.text) + owned.start(1) if owned else -1
            offset = match.start(1) if match else 0  # where the title starts after the name
            if owned and any(t.idx == at and kind_of(t) == "org" and t.idx + len(t.text) == at + len(owned.group(1))
                             for t in sent):
                match, offset = re.match(r"(.*)", owned.group(2)), owned.start(2)
            if match and _bare_description(match.group(1)):
                continue
            title_at = person.idx + len(person.text) + offset  # where the title read starts
            if match and _names_a_work(doc, title_at, title_at + len(match.group(1))):
                continue  # "X, executive producer of the drama Y": a credit on a work (credits.ep_of), no job
            if match and _holds_a_name(sent, title_at, title_at + len(match.group(1))):
                continue  # "vice-president A, director of development B,": the title after A's comma is B's
            if match:
                title = _before_company(sent, title_at, match.group(1))
                if title:
                    yield _fact(person, "role", title, sent, "attributes.role_after", 0.75)
                continue
            # "head of drama Ruth Vance alongside head of comedy, Lena Moss": a job title holds no
            # one's name; the title before a person starts after the last name before it.
            cut = max((t.idx + len(t.text) for t in _entities(sent, "person") if t.idx < person.idx), default=sent.start_char)
            before = text[cut:person.idx]
            match = ROLE_BEFORE_RE.search(before)
            if title_before_name(person) is not None:
                continue  # "the CEO of X, A": employment gives the role without the company (corp3)
            title = _before_company(sent, cut + match.start(1), match.group(1)) if match else ""
            # "As an independent producer, A made ...": a capacity set before the subject with
            # "as" is what A worked as, no post held (employment's fronted post reads one at a company).
            if match and re.match(r"\s*[Aa]s\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", before[:match.start(1)]):
                title = ""
            if len(title) > 2 and not _bare_description(title):
                yield _fact(person, "role", title, sent, "attributes.role_before", 0.65)
                continue
            # "under CEO Jeff Shell and TV chief Mark Lazarus", "CEO David Abraham said": an
            # executive's title right before the name, with no company before it (where a company
            # stands, "Netflix CEO A", the employment rules give the title with the employer).
            bare = BARE_TITLE_BEFORE_RE.search(before)
            title = doc.char_span(cut + bare.start(1), cut + bare.end(1), alignment_mode="expand") if bare else None
            first = title[0] if title else None
            # The title opens its phrase: after a preposition, a verb, a conjunction, a determiner,
            # the sentence's start or a company's name ("TIFF CEO A"); not after a department
            # ("Harbour Films' film chairman A": the employment rules read that whole title).
            # A company noun may stand for the company named before: "studio COO A said".
            if first is not None and (first.i == sent.start or doc[first.i - 1].pos_ in ("ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", "DET", "PROPN")
                                      or doc[first.i - 1].is_title or doc[first.i - 1].lower_ in COMPANY_NOUNS) \
                    and not re.search(r"\b(?:[Ff]ormer|[Ee]x-|[Tt]hen-|[Ll]ate)\s+(?:[A-Z][\w&.'\u2019-]*\s+){0,4}$", before[:bare.start(1)]):
                yield _fact(person, "role", bare.group(1), sent, "attributes.bare_title_before", 0.6)


def _before_company(sent: Span, start: int, title: str) -> str:
    """The job title read at character start, up to the company it may run into: "chief
    executive of Lumen and Harbor" -> "chief executive" (the department pattern takes any words
    after "of"; a company's name is none)."""
    companies = [t.idx - start for t in _entities(sent, "org") if start <= t.idx < start + len(title)]
    if not companies:
        return title.strip()
    cut = re.search(r"\s+(?:of|at|for)\s+(?:the\s+)?$", title[:companies[0]])
    return title[:cut.start()].strip() if cut else ""


def _holds_a_name(sent: Span, start: int, end: int) -> bool:
    """Whether a person's name stands inside the characters start..end (a job title holds none).
    A name after "of", "at", "for" or "the" is the title's company, whatever the NER called it
    ("CEO of Ferly")."""
    text = document_text(sent.doc)
    return any(start <= t.idx < end and not re.search(r"\b(?:of|at|for|the)\s+$", text[max(start, t.idx - 5):t.idx], re.I)
               for t in _entities(sent, "person"))


def _names_a_work(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(kind_of(t) == "work" for t in span)


def _bare_description(title: str) -> bool:
    """"another Netflix executive, A": "executive" alone says what someone is, not their post;
    "A, director and producer": two credits say what someone does, not a post."""
    return title.strip().lower() == "executive" or CREDITS_ONLY_RE.fullmatch(title.strip()) is not None


CREDITS_ONLY_RE = re.compile(r"(?:(?:executive|co-)\s*)*(?:producer|director|writer)\s+and\s+(?:(?:executive|co-)\s*)*(?:producer|director|writer)", re.I)


MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
DATE = r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),\s+(\d{4})"
DATE_RE = re.compile(DATE)


def iso_date(text: str) -> str | None:
    """"Jan 27, 2026" -> "2026-01-27"."""
    match = DATE_RE.search(text)
    if not match:
        return None
    month = MONTHS[match.group(1)[:3].lower()]
    return f"{match.group(3)}-{month:02d}-{int(match.group(2)):02d}"


def agreement_dates(doc: Doc) -> Iterator[Fact]:
    """"The deal, announced on Jan 27, 2026, will start from 2028": dates of the agreement named
    (or referred to as "the deal") in the sentence."""
    for sent in doc_sents(doc):
        agreements = _entities(sent, "agreement")
        if not agreements:
            continue
        announced = re.search(r"\bannounced (?:on )?(" + DATE + ")", sentence_text(sent))
        if announced:
            yield _fact(agreements[0], "announcedOn", iso_date(announced.group(1)), sent, "attributes.announced_on", 0.8)
        start = re.search(r"\b(?:start|starts|begin|begins|commence|commences|run|runs|take effect)\s+(?:from|in)\s+" + YEAR, sentence_text(sent))
        if start:
            yield _fact(agreements[0], "startDate", start.group(1), sent, "attributes.start_date", 0.75)


# A festival's top prize won in a year: "X, winner of the Golden Bear at Berlin in 2014", "X, which
# won the Palme d'Or in 2019", "X took the Golden Lion at Venice in 2016". A festival shows a film
# in its first year, so the prize's year is the film's, also when its maker is said to win it "with"
# or "for" the film ("A won Cannes' Palme d'Or with X in 2018"). Not the Oscars or Emmys, which
# honour the year before, nor a prize of a person that names no film.
FESTIVAL_WIN_RE = re.compile(
    r"\b(?:(?P<noun>winner\s+of)|won|took|scooped|picked\s+up|claimed|landed)\s+(?:the\s+|a\s+|[A-Z][\w-]*(?:'s|\u2019s|'|\u2019)\s+)?(?:[A-Z][\w-]*\s+)?(?:"
    + "|".join(re.escape(t) for t in sorted(words("festival_trophies"), key=len, reverse=True))
    # The year the prize was won in, or the festival's edition it was won at: "won the Palme d'Or
    # in 2018", "won the Silver Bear at the 2012 Berlin Film Festival", "at Cannes 2018".
    + r")\b[^.,;:()]{0,40}?\b(?:in\s+(?P<in_year>(?:1[89]|20)\d\d)|at\s+(?:the\s+)?(?P<edition>(?:1[89]|20)\d\d)\s+(?=[A-Z])"
    r"|at\s+(?:the\s+)?" + FESTIVAL_NAME + r"(?:\s+(?:Film\s+)?Festival)?\s+(?P<festival_year>(?:1[89]|20)\d\d))\b")
# What says the film came out before the prize: another year in the sentence, or an earlier showing.
EARLIER_SHOWING_RE = re.compile(r"\bhad\s+(?:premiered|debuted|opened|bowed)\b|\b(?:the\s+year|years?)\s+(?:before|earlier)\b")


def _won_with(doc: Doc, pos: int) -> list[Token]:
    """ "A won the Palme d'Or with X in 2018", "... for X": the work a filmmaker won a film's prize
    with, the object of "with" or "for" on the verb, the prize or the festival (the parser hangs it on any)."""
    verb = next((t for t in doc if t.idx == pos), None)
    if verb is None:
        return []
    # (Or on the festival the prize was won at: "won X at the 2012 Berlin Film Festival for Y".)
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj"),
               *(p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in") for p in c.children if p.dep_ == "pobj")]
    # ("for his movie “X”": the title may be in apposition to the work noun the preposition takes.)
    objects = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "for")
               for p in c.children if p.dep_ == "pobj"]
    objects = [_named_work(p) for p in objects]
    return [p for p in objects if kind_of(p) == "work"]


def festival_win_years(doc: Doc) -> Iterator[Fact]:
    """A festival's top prize won in a year dates the film that won it (FESTIVAL_WIN_RE): the
    title before "winner of", or the subject of "won", when the parse says it is a work."""
    text = document_text(doc)
    for sent in doc_sents(doc):
        works = _entities(sent, "work")
        if not works:
            continue
        for match in FESTIVAL_WIN_RE.finditer(sentence_text(sent)):
            pos = sent.start_char + match.start()
            if match.group("noun"):
                # "Salt Road, winner of ...": the noun is in apposition to the title before its comma.
                said = [w for w in works if re.fullmatch(r"[\u201d\"']?,?[\u201d\"']?\s+(?:the\s+)?", text[w.idx + len(w.text):pos])]
            else:
                subject = _verb_subject(doc, pos)
                said = [subject] if subject is not None and kind_of(subject) == "work" else _won_with(doc, pos)
            for work in said[-1:]:
                year = match.group("in_year") or match.group("edition") or match.group("festival_year")
                # (A year right after another title, "Y in 2003", is that title's: "won X for Z in
                # 2014, and played Cannes with Y in 2003" still dates Z.)
                others = {y.group(0) for y in YEAR_RE.finditer(sentence_text(sent))
                          if not any(w is not work and text[w.idx + len(w.text):sent.start_char + y.start()] in (" in ", "\u201d in ", '" in ')
                                     for w in works)}
                if others - {year} or EARLIER_SHOWING_RE.search(sentence_text(sent)):
                    continue  # "won X at the 2016 Locarno festival for Y, a 2015 documentary": Y came out before
                yield _fact(work, "releaseYear", year, sent, "attributes.festival_win", 0.65)


# A ranking of a year's works names works that came out that year: "X was one of the best films
# of 2019", "X, among the top 10 K-dramas of 2021,", "named one of the “10 Best Books of 2017”",
# "X was the best film of 2019" (singular after "the": the work is the ranking's one). The year
# follows "of" and ends the phrase (not "of 2019's festival"); a plan ("the most anticipated films
# of 2027") or a decade names no release.
# A year's chart does the same ("the seventh-biggest movie of 2015", "one of the most-watched
# films of 2020", "one of the biggest blockbusters of 2023"), except where the sentence speaks of
# the work's release apart from it, names another year, or names the platform the chart is of
# (each holds older titles: "first released in 2016, it became one of the most-watched films of
# 2020", "the highest-grossing film of 2019 in China, two years after its US release", "one of
# the most-watched films of 2020 on Netflix").
_RANKED = (r"(?:best|top|greatest|favou?rite|(?P<chart>(?:[a-z]+-)?biggest|(?:highest|top)[- ]grossing"
           r"|most[- ](?:watched|viewed|streamed|successful|popular)))")
CHART_VETO_RE = re.compile(r"(?<!press\s)\b(?:releas\w*|premier\w*|debut\w*|opened|bowed|theatrical|hit\s+theat\w+)\b"
                           r"|\b(?:years?|decades?)\s+(?:after|later|earlier)\b|\bon\s+(?:[A-Z][\w+]*|home\s+video|streaming|DVD|VOD)\b", re.I)
# A series ranks with a year of its run, which need not be its first ("ranked the series among the
# best comedies of 2017" of its second season): the nouns are those of a work that comes out once,
# and the K-drama's, a one-season form.
_RANKED_NOUNS = r"(?:films?|movies?|pictures?|books?|novels?|documentar(?:y|ies)|K-dramas?|debuts?|releases?|blockbusters?)"
BEST_OF_YEAR_RE = re.compile(
    r"(?:\b(?P<one>one|among)\s+(?:of\s+)?(?:(?:the|[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}(?:'s|\u2019s))\s+)?"
    r"|\b(?P<the>the)\s+)[\u201c\"]?(?:(?:\d{1,3}|ten|five|twenty|fifty)\s+)?(?i:" + _RANKED + r")\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>(?i:" + _RANKED_NOUNS + r"))\s+of\s+(?:the\s+year\s+)?(?P<year>" + YEAR[1:] + r"\b(?![\u2019']s|\s*[-\u2013])")


def _ranked_work(token: Token) -> Token | None:
    """The work a ranking phrase is said of: the title it stands in apposition to ("X, one of
    ..."), else the subject of its clause ("X was one of ...", "X was featured as one of ..."), else
    the object a verb of naming ranks ("the paper named X one of ...")."""
    if token.dep_ in ("appos", "prep") and kind_of(token.head) == "work":
        return token.head  # "X, one of ...", "X, among ...": the phrase hangs on the title
    node = token
    while node.dep_ in ("pobj", "prep", "attr", "oprd", "npadvmod") and node.head is not node:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    # "X turned out to be one of ...", "X proved to be one of ...": the subject is the raising verb's.
    while node.dep_ == "xcomp" and node.head is not node:
        node = node.head
    for deps in (("nsubj", "nsubjpass"), ("dobj", "oprd")):
        for said in (c for c in node.children if c.dep_ in deps and c is not token):
            # "X, which turned out to be one of ...": a relative pronoun stands for the noun its
            # clause hangs on.
            if said.lower_ in ("which", "that") and node.dep_ == "relcl":
                said = node.head
            # "The novel “X” was featured as one of ...": the noun names its title in apposition.
            work = _named_work(said)
            if kind_of(work) == "work":
                return work
    return None


def best_of_years(doc: Doc) -> Iterator[Fact]:
    """A ranking of a year's works dates the work it names (BEST_OF_YEAR_RE), read from the parse."""
    for sent in doc_sents(doc):
        if not _entities(sent, "work"):
            continue
        for match in BEST_OF_YEAR_RE.finditer(sentence_text(sent)):
            head = "one" if match.group("one") else "noun"
            pos = sent.start_char + match.start(head)
            token = next((t for t in sent if t.idx == pos), None)
            # After "the" the noun is singular ("the biggest film of 2019"): a plural one is a list
            # the work is not said to be one of ("the best films of 2019 include ...").
            if token is None or head == "noun" and match.group("noun").lower().endswith("s"):
                continue
            work = _ranked_work(token)
            # Any ranking: one hoped for is no release ("X will be one of the best films of 2027"),
            # and a year read before it dates the work already ("Released in 2016, X was one of
            # the best films of 2017" ranks by a later release abroad).
            before = sentence_text(sent)[:match.start()]
            chart_veto = match.group("chart") and (CHART_VETO_RE.search(sentence_text(sent)) or len(YEAR_RE.findall(sentence_text(sent))) > 1)
            if work is not None and not YEAR_RE.search(before) and not INTENT_RE.search(before) and not chart_veto:
                yield _fact(work, "releaseYear", match.group("year"), sent, "attributes.best_of_year", 0.6)


def extract_attributes(doc: Doc) -> Iterator[Fact]:
    yield from release_years(doc)
    yield from festival_win_years(doc)
    yield from best_of_years(doc)
    yield from scheduled_release_years(doc)
    yield from facility_areas(doc)
    yield from roles(doc)
    yield from agreement_dates(doc)


ANNOUNCING_RE = re.compile(r"\b(?:announced|unveiled|revealed|presented|held|took place|kicked off|opened)\b")


def event_dates(doc: Doc, facts: list[Fact]) -> Iterator[Fact]:
    """The date of an event at which news was announced: "the slate was unveiled at the X event on
    Mar 3, 2025", or, when the event's sentence has no date, the one announcement date the
    article gives ("The deal, announced on Mar 3, 2025" with "announced at X")."""
    events = {f.object for f in facts if f.predicate == "announcedAt"}
    dated = set()
    for sent in doc_sents(doc):
        announcing = ANNOUNCING_RE.search(sentence_text(sent))
        in_sentence = [t for t in _entities(sent, "event") if announcing or entity_of(t) in events]
        date = iso_date(sentence_text(sent))
        if in_sentence and date and not _entities(sent, "agreement"):
            dated.add(entity_of(in_sentence[0]))
            yield _fact(in_sentence[0], "announcedOn", date, sent, "attributes.event_date", 0.7)
    announced = {f.object for f in facts if f.predicate == "announcedOn"}
    if len(announced) != 1:
        return  # none, or several announcements: which one was the event's is not said
    [date] = announced
    for fact in facts:
        if fact.predicate == "announcedAt" and fact.object not in dated:
            dated.add(fact.object)
            yield Fact(fact.object, "announcedOn", date, fact.evidence, "attributes.event_announcement_date", 0.6,
                       is_attribute=True)
