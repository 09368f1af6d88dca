"""Adaptations: one title, two works. News about "the series based on the novel “X”" uses the
same name for the adaptation and its source; when an article speaks of both, the source becomes
an entity of its own and the adaptation is basedOn it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from mediakg.extract.evidence import document_text, evidence_at, sentence_evidence
from mediakg.extract.lexicon import lexicon_table, lower_words, words
from mediakg.extract.mentions.entities import EntityGroup
from mediakg.extract.mentions.finders import Mention
from mediakg.extract.mentions.references import Reference
from mediakg.extract.mentions.source_works import ADAPTATION_OF, SOURCE_NOUN, source_cue
from mediakg.extract.mentions.topics import same_topic, topic_starts
from mediakg.extract.records import Fact
from mediakg.extract.relations.hedges import hedge_status
from mediakg.extract.tokens import entity_of, kind_of, modifier_years, tokens_with

# "X series", "X will become a drama", "ordered the novel X as a limited series", "turns X into a film"
# (Only a closing quote before the noun: "“X,” the series follows ..." is another clause.)
ADAPTATION_AFTER = re.compile(r"^[\u201d\u2019\"']{0,2}\s*(?:[\w\-]+\s+)?(adaptation|series|show|remake|reboot)\b"
                              r"|^\W{0,2}\s+will become an? [\w ]{0,20}?(series|show|film|movie)"
                              r"|^\W{0,2}\s+(?:as|into) an? (?:[\w\-]+\s+){0,2}(series|miniseries|show|drama|film|movie|feature)\b", re.I)
CREDITS = {"directedBy", "starring", "executiveProducer", "producer"}
# The rules whose facts are the source's once a work splits from its adaptation: its author, and
# the year a dated description ("The 1997 film helped launch her career", "The 1987 original")
# gives the work an adaptation or remake is made from (the new work has not come out).
SOURCE_FACT_RULES = {"works.authors_novel", "works.authors_title", "works.novel_by", "attributes.dated_reference", "attributes.dated_original"}
# The rules that read a work's maker from the possessive before its title ("Joe Dante's film X").
OWNER_RULES = {"works.authors_title", "roles.film_possessive"}


def _credit_on(fact: Fact, work: str) -> bool:
    """A screen credit or a production fact about the work."""
    return ((fact.subject == work and fact.predicate in CREDITS)
            or (fact.object == work and fact.predicate in ("produces", "distributes")))


def split_adaptations(doc: Doc, groups: list[EntityGroup], refs: list[Reference],
                      facts: list[Fact]) -> tuple[list[EntityGroup], list[Fact]]:
    text = document_text(doc)
    out_groups, out_facts = list(groups), list(facts)
    for group in groups:
        if group.kind != "work":
            continue
        # "T is an adaptation of the novel X": X is T's source, not a namesake of an adaptation.
        if any(f.predicate == "basedOn" and f.object == group.key for f in facts):
            continue
        cues = [(m, source_cue(text, m.start, m.end)) for m in group.mentions]
        source_mentions = [m for m, cue in cues if cue]
        # ("the original series" is a source only where the article speaks of a new version: in
        # news of an order alone it may be the streamer's "original".)
        source_refs = [r for r in refs if r.entity == group.key and re.search(SOURCE_NOUN, r.text, re.I)
                       and ("original" not in r.text.lower() or NEW_VERSION_WORDS_RE.search(text))]
        adapted_refs = [r for r in refs if r.entity == group.key and re.search(r"series|show|drama|adaptation", r.text, re.I)]
        # The words after each name that say an adaptation: read once, for the split and the medium.
        afters = [after for after in (ADAPTATION_AFTER.match(text[m.end:m.end + 40]) for m in group.mentions) if after]
        named_adaptation = adapted_refs or bool(afters)
        # "the adaptation of Quill's X" speaks of the new work by its source's name: two works.
        # Not when the phrase stands in apposition to another title ("T, the remake of the film
        # X"): the remake is named T, and X is only its source.
        named_adaptation = named_adaptation or any(re.search(ADAPTATION_OF, cue, re.I) and not re.search(ADAPTED_FROM, cue, re.I)
                                                   and not _apposed_to_other_work(text, m, cue, group, groups)
                                                   for m, cue in cues if cue)
        # "The film adaptation of X will be called Y", "adapting X into a drama titled Y": the
        # adaptation has a name of its own, another work.
        named_adaptation = named_adaptation and not any(_renamed(text, m, group, groups) for m in group.mentions)
        if source_mentions and len(source_mentions) == len(group.mentions) and not named_adaptation:
            # "a drama based on the memoir “X” starring Y": only the source is named, so the
            # credits around it belong to an unnamed adaptation, not to the book. (Not its owner's:
            # "based on Joe Dante's film X" names who directed the source.)
            out_facts = [f for f in out_facts if not _credit_on(f, group.key) or f.rule in OWNER_RULES]
            continue
        adapted = named_adaptation or any(f.subject == group.key and f.predicate in CREDITS for f in facts)
        if not (source_mentions or source_refs) or not adapted:
            continue
        cue_text = " ".join(cue for _, cue in cues if cue) + " ".join(r.text for r in source_refs)
        source = EntityGroup(key=group.key + "-source", mentions=source_mentions or group.mentions[:1])
        source.label = group.label
        source.cls = _named_source_class(text, cue_text, source.mentions)
        # "is rebooting the 1994 sitcom X": a series rebooted is a series again (a film remade may
        # come back as either: "NBC will rework the 1999 movie X" as a series, by the article's words).
        remade = re.search(REMADE_CUE, cue_text, re.I) and source.cls == "Series"
        # "adapting X as a six-part series", "will turn X into a film": the medium named after
        # the title is the new work's, whatever else the title was called.
        medium = next((after.group(2) or after.group(3) for after in afters if after.group(2) or after.group(3)), None)
        if medium:
            group.cls = "Film" if medium.lower() in ("film", "movie", "feature") else "Series"
        elif remade and not afters:
            group.cls = "Series"
        elif group.cls not in ("Series", "Film") or group.cls == source.cls:
            group.cls = "Series" if re.search(r"series|show|drama", text, re.I) else "Film"
        out_groups.append(source)
        first = min(source.mentions, key=lambda m: m.start)
        fact = Fact(group.key, "basedOn", source.key, evidence_at(doc, first.start, first.end),
                    "works.adaptation_source", 0.7)
        # probeD: "X could be an adaptation of Y", "is in talks to make an adaptation of Y": the
        # clause of the source's mention hedges the adaptation as it hedges any other fact.
        span = doc.char_span(first.start, first.end, alignment_mode="expand")
        status = hedge_status(doc, span.start, span.end) if span is not None and len(span) else ""
        out_facts.append(replace(fact, status=status) if status else fact)
        # "Published in 2019, the novel ...", "Perrotta's novel was published in 2012": a release
        # year read where the sentence refers to the source ("the novel") is the source's.
        in_source = [(m.start, m.end) for m in source_mentions] + [(r.start, r.end) for r in source_refs]
        # "an adaptation of A's 2016 novel X": a year inside the source's phrase dates the book.
        cue_years = set(re.findall(r"\b(?:19|20)\d\d\b", " ".join(cue for _, cue in cues if cue)))
        # "his films X (1973), Y (1976) and his adaptation of Dana Vale's Z (1990)": a maker's
        # adaptation named by its source's title, in a filmography that dates each work in
        # brackets, takes the bracket year (alone, "his adaptation of A's Z (1954)" may date the
        # original a remake is made from).
        made_years = {year.group(1) for m in source_mentions
                      if MAKERS_ADAPTATION_RE.search(text, max(0, m.start - 60), m.start) and not re.search(SOURCE_NOUN, text[max(0, m.start - 60):m.start], re.I)
                      and _filmography(doc, m)
                      for year in [re.match(r"[\u201d\"]?\s*\(((?:19|20)\d\d)\)", text[m.end:m.end + 10])] if year}
        for i, fact in enumerate(out_facts):
            if fact.subject == group.key and fact.predicate == "releaseYear" and fact.object in made_years:
                continue
            # (Not "a 2015 adaptation of X": that year is the adaptation's.)
            on_source = fact.subject == group.key and fact.rule != "attributes.dated_adaptation" and (
                fact.rule in SOURCE_FACT_RULES
                or (fact.predicate == "releaseYear" and (any(fact.evidence.start <= s < fact.evidence.end for s, _ in in_source)
                                                         or fact.object in cue_years or _dates_what_is_remade(text, fact))))
            if on_source:
                out_facts[i] = replace(fact, subject=source.key)
    return out_groups, out_facts


# The words after a remade work's name that say it is a series: an apposition's noun ("X, the 1994
# sitcom") or a run on a channel ("X, which ran on NBC", "X, which aired from 1994").
SERIES_NOUNS = r"\b(?:series|sitcom|show|miniseries|telenovela|soap|anime)\b"
SERIES_AFTER_RE = re.compile(r"[\u201d\"']?,\s+(?:(?:the|a|an|its|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                             + SERIES_NOUNS + r"|(?:which|that)\s+(?:originally\s+|first\s+)?(?:ran|aired)\b)", re.I)


# Words of a new version of an earlier work, anywhere in the article.
NEW_VERSION_WORDS_RE = re.compile(r"remake|remade|reboot|reviv|adapt|based on|version|reimagin|rework|sequel|prequel|spin-?off", re.I)
# The cue words of a new version of a screen work: "a remake of", "is rebooting", "will rework".
REMADE_CUE = r"remak|reboot|rework|reimagin"


def _named_source_class(text: str, cue_text: str, mentions: list[Mention]) -> str:
    """The class of a named source from the words that made it one: a book's noun makes it a
    CreativeWork ("the novel X"); a series noun a Series ("adapting the anime X", "rebooting the
    1994 sitcom X"); a film's word or a remake's a Film, unless the words after its name say it is
    a series ("remaking X, which ran on NBC", "rebooting X, the 1994 sitcom"). "based on", "an
    adaptation of" or "a reboot of" alone says nothing of its medium: a CreativeWork."""
    if re.search(r"novel|book|memoir|webtoon|manga|comic", cue_text, re.I):
        return "CreativeWork"
    if re.search(SERIES_NOUNS, cue_text, re.I):
        return "Series"
    series_after = any(SERIES_AFTER_RE.match(text, m.end) for m in mentions)
    # (A reboot or a reworking says no medium: films and series are both rebooted.)
    if not re.search(r"film|movie|classic|original|remak", cue_text, re.I):
        return "Series" if series_after and re.search(REMADE_CUE, cue_text, re.I) else "CreativeWork"
    return "Series" if series_after else "Film"


def _filmography(doc: Doc, mention: Mention) -> bool:
    """Whether the sentence of a mention dates two or more works by bracket years."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(re.findall(r"\((?:19|20)\d\d\)", span.sent.text)) >= 2


# A maker's own adaptation, named by its source: "his adaptation of Dana Vale's ", "her 1990 adaptation of ".
MAKERS_ADAPTATION_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}adaptation\s+of\s+(?:[\w.'\u2019-]+\s+){0,4}[\u201c\"]?$")


# The noun of a new version and its preposition, up to a year: "an update of 1980 ", "a remake of
# the 2014 Danish ", "a sequel to the 1994 ".
REMADE_YEAR_RE = re.compile(r"\b(?:update|redo|reboot|remake|reimagining|version|take|sequel|prequel|adaptation)\s+(?:of|on|to)\s+"
                            r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z][\w-]*\s+)?$", re.I)


def _dates_what_is_remade(text: str, fact: Fact) -> bool:
    """ "its update of 1980 supernatural thriller X": a year read after a new version's noun dates
    the work it remakes, once that work is split from its new version."""
    evidence = text[fact.evidence.start:fact.evidence.end]
    return any(REMADE_YEAR_RE.search(evidence, 0, at.start())
               for at in re.finditer(r"\b" + re.escape(str(fact.object)) + r"\b", evidence))


# "Adapted from A's novel “X”, the series ...": the adaptation is the clause's subject, not X's namesake.
ADAPTED_FROM = r"\badapted\s+from\b"
RENAMING_RE = re.compile(r"\b(?:called|titled|entitled|named|dubbed)\s+[\u201c\"']?$")


def _renamed(text: str, mention: Mention, group: EntityGroup, groups: list[EntityGroup]) -> bool:
    """Whether the sentence of a mention names another work after "called"/"titled"."""
    end = min((i for i in (text.find(". ", mention.end), text.find("\n", mention.end)) if i >= 0), default=len(text))
    return any(other is not group and other.kind == "work" and mention.end < m.start < end
               and RENAMING_RE.search(text, max(0, m.start - 16), m.start)
               for other in groups for m in other.mentions)


def _apposed_to_other_work(text: str, mention: Mention, cue: str, group: EntityGroup, groups: list[EntityGroup]) -> bool:
    """Whether the cue's noun phrase ("the English-language remake of the film") follows another
    work's name and a comma: an apposition describing that work."""
    cue_start = text.rfind(cue.strip(), max(0, mention.start - 60), mention.start)
    if cue_start < 0:
        return False
    opening = re.search(r"[\u201d\"']?,\s+(?:the|an?|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}$", text[max(0, cue_start - 80):cue_start])
    if opening is None:
        return False
    comma = cue_start - len(opening.group(0))
    return any(other is not group and other.kind == "work" and any(comma - 1 <= m.end <= comma for m in other.mentions + other.short_forms)
               for other in groups)


# "of the same name", "of the same title": the source bears the adaptation's title.
SAME_NAME_RE = re.compile(r"\bof the same (?:name|title)\b", re.I)
# A screen work's head noun to its class: "the 1982 film of the same name" is a Film.
SCREEN_SOURCE_CLASS = {noun: cls for cls, nouns in lexicon_table("adaptation_screen_sources").items() for noun in nouns}


def _source_phrase(trigger: Token) -> Token | None:
    """The head noun of what the trigger adapts: "adaptation of N", "based on N", "adapted from N"."""
    wanted = {"adaptation": "of", "remake": "of", "reboot": "of", "revival": "of", "reimagining": "of", "retelling": "of", "based": "on", "adapted": "from"}.get(trigger.lower_)
    if wanted is None:
        return None
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == wanted:
            objects = [t for t in prep.children if t.dep_ == "pobj"]
            if not objects:
                return None
            # Parse failure: in "of A's bestselling 2016 book" the parser may take the owner for
            # the object and "bestselling" for a verb (its "'s" for "is") whose object is the
            # book. The owner's noun is the next source noun within a few words.
            owner, doc = objects[0], objects[0].doc
            if owner.i + 1 < len(doc) and doc[owner.i + 1].text in ("'s", "\u2019s"):
                for t in doc[owner.i + 2:min(owner.i + 6, owner.sent.end)]:
                    if t.lower_ in words("adaptation_source_heads") or t.lower_ in SCREEN_SOURCE_CLASS:
                        return t
                    if t.pos_ in ("ADP", "PUNCT", "DET"):
                        break
            return owner
    return None


def _unnamed_source(head: Token, before: int | None = None) -> bool:
    """"the bestselling novel", "the hit video game franchise", "a short story": a source named
    only by its kind. A title inside the phrase names the source itself, and "story" alone is
    rarely a work ("based on a true story"). `before` ends the phrase (an opening phrase's comma)."""
    phrase = [t for t in head.subtree if before is None or t.i < before]
    if any(kind_of(t) == "work" for t in phrase):
        return False
    # "based on her 2004 novel, Dry Season,": a title set off by a comma right after the noun
    # names the source, found as a work or not.
    # (Not "Based on A's novel, “Low Tide” follows ...": a title a verb follows is the main
    # clause's subject, the adaptation.)
    doc, j = head.doc, head.i + 1
    # "based on A's novel “Winter of the Crown”": a title right after the noun (past its opening
    # quote) names the source, wherever the parse hangs it.
    title_at = j + 1 if j < len(doc) and doc[j].text in ("\u201c", "\"") else j
    if title_at < len(doc) and kind_of(doc[title_at]) == "work":
        return False
    if j + 1 < len(doc) and doc[j].text == "," and (doc[j + 1].is_title or doc[j + 1].text in ("\u201c", "\"")) and kind_of(doc[j + 1]) in ("", "work"):
        k = j + 1
        while k < len(doc) and (doc[k].is_title or doc[k].text in ("\u201c", "\u201d", "\"") or kind_of(doc[k]) == "work"):
            k += 1
        if k >= len(doc) or doc[k].text in (",", ".", ";", ")"):
            return False
    # "based on the books by A", "the book series by A" name several books whose titles differ
    # from the adaptation's: no one work of its title, so none is made up (the heads are singular).
    # "based on the 1982 film of the same name": a screen work is named by its kind only where the
    # phrase says the title is the adaptation's own; remade, it is as often retitled.
    # (A book, comic, podcast or stage series or show of the same name is a source too, of no
    # screen class: see _source_class.)
    if head.lower_ in SCREEN_SOURCE_CLASS:
        return SAME_NAME_RE.search(" ".join(t.text for t in phrase)) is not None
    if head.lower_ not in words("adaptation_source_heads"):
        return False
    if head.lower_ in ("franchise", "story"):
        return any(t.lower_ in words("adaptation_source_kinds") for t in phrase if t.i != head.i)
    # "based on a 2016 podcast", "adapted from a novel by A": an indefinite source is one of its
    # kind the news does not name, whose title may differ; only "of the same name" gives it the
    # adaptation's ("the 2019 book by A", "A's novel" point at the one book the adaptation keeps).
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return SAME_NAME_RE.search(" ".join(t.text for t in phrase)) is not None
    return True


def _source_class(head: Token) -> str:
    """The class of an unnamed source by its noun: "the 1982 film" a Film, "the Danish series" a
    Series; a book's, a comic's, a podcast's or the stage's series or show, or any other
    source, a CreativeWork."""
    return "CreativeWork" if _page_or_stage_kind(head) else SCREEN_SOURCE_CLASS.get(head.lower_, "CreativeWork")


def _page_or_stage_kind(head: Token) -> bool:
    """Whether a modifier of the noun says the series or show is a book's, a comic's, a
    podcast's or the stage's ("book series", "comic book series", "Broadway show")."""
    kinds = words("adaptation_source_kinds") | {"stage", "broadway", "podcast", "radio", "comic", "book", "theatre", "theater"}
    return any(t.lower_ in kinds for t in head.lefts if t.dep_ in ("compound", "amod", "nmod"))


def _adapted_work(trigger: Token) -> Token | None:
    """The work the trigger describes: "T, an adaptation of ..." (apposition), "T, based on ..."
    (a participle on T), "T is based on / is an adaptation of ..." (the clause's subject)."""
    if kind_of(trigger.head) == "work" and trigger.dep_ in ("appos", "acl", "amod", "prep"):
        return trigger.head
    # "T, which is based on the novel by A", "the project, which will be based on A's book of the
    # same name": a relative clause is said of the noun it hangs on, its relative pronoun the
    # participle's subject.
    if trigger.dep_ == "relcl" and kind_of(trigger.head) == "work" \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in trigger.children):
        return trigger.head
    # "T, a TV series based on the podcast", "T is a comedy based on the book by A": the participle
    # hangs on a common noun that is itself said of T, by apposition or as the copula's complement.
    # "T, a BBC drama that was adapted from ...", "... that premiered in 2018 and was adapted
    # from ...": a relative clause (or a verb joined to one) on such a noun is said of it too.
    noun = trigger.head
    clause = trigger.head if trigger.dep_ == "conj" and trigger.head.dep_ == "relcl" else trigger
    relative = clause.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in clause.children)
    if relative:
        noun = clause.head
    if (trigger.dep_ == "acl" or relative) and noun.pos_ == "NOUN":
        if noun.dep_ == "appos" and kind_of(noun.head) == "work":
            return noun.head
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            subjects = [t for t in noun.head.children if t.dep_ == "nsubj"]
            if len(subjects) == 1 and kind_of(subjects[0]) == "work":
                return subjects[0]
    # "ordered “X,” based on the novel by A": the parser hangs the participle on the verb, yet the
    # title right before its comma is what it describes.
    from mediakg.extract.relations.engine import item_work  # the relations import this module's package

    from mediakg.extract.relations.works import opening_adaptation

    # "Based on A's novel, T follows ...": the opening phrase is said of the main clause's subject.
    opening = opening_adaptation(trigger.sent)
    if opening is not None and trigger.i < opening[0].i:
        return opening[0]
    item = item_work(trigger.sent, trigger.i, frozenset({"work"}))
    if item is not None and trigger.lower_ in ("based", "adapted"):
        return item
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and kind_of(child) == "work":
            return child
        # "The film T is based on ...": the parse makes the genre noun the subject and the
        # title its apposition.
        if child.dep_ in ("nsubj", "nsubjpass"):
            titled = [c for c in child.children if c.dep_ == "appos" and kind_of(c) == "work"]
            if titled:
                return titled[0]
    return None


# The verbs that bring a book, a webtoon or a game out, as lemmas.
SOURCE_RELEASE_LEMMAS = frozenset({"publish", "release", "serialize", "serialise", "launch", "debut", "run", "come"})


def _source_years(head: Token, cut: int | None) -> list[str]:
    """The year the unnamed source came out: "based on A's 2017 novel" (a year modifying the noun),
    "based on the webtoon, which was serialized on Naver from 2015", "the novel by A, published in
    2016" (a clause on the source's phrase, not one said of a person: "A, who debuted in 2010")."""
    years = modifier_years(head)
    for verb in head.subtree:
        if (cut is not None and verb.i >= cut) or verb.dep_ not in ("relcl", "acl") or verb.lemma_ not in SOURCE_RELEASE_LEMMAS \
                or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("which", "that") for c in verb.children) \
                or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "be") for c in verb.children):
            continue
        years += [t.text for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "since")
                  for t in prep.subtree if re.fullmatch(r"(?:1[89]|20)\d\d", t.text)][:1]
    return years


def _authors(head: Token) -> list[Token]:
    """"Quill's novel", "the Mara Quill novel", "the novel by Mara Quill": the writer of the unnamed source."""
    # "the novel of the same name by A": the parser hangs "by" on "name", which still names the book.
    same_name = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for t in c.children if t.dep_ == "pobj" and t.lower_ in ("name", "title")]
    children = [*head.children, *(c for t in same_name for c in t.children)]
    # "the 1983 Tom Vale novel": a writer's name compounded with the noun owns it as a possessive does.
    out = [child for child in children if kind_of(child) == "person" and (child.dep_ == "poss" or child.dep_ == "compound" and child.i == head.i - 1)]
    # Parse failure (see _source_phrase): "A's bestselling 2016 book" with the owner hung
    # elsewhere; a person's possessive a few modifiers before the noun still owns it.
    if not out:
        doc = head.doc
        for k in range(head.i - 1, max(head.sent.start, head.i - 5) - 1, -1):
            if doc[k].text in ("'s", "\u2019s") and k > 0 and kind_of(doc[k - 1]) == "person":
                out = [doc[k - 1]]
                break
            if doc[k].pos_ not in ("ADJ", "NUM", "VERB", "ADV"):
                break
    # "the 2006 novel from author A": trade copy gives a new book "from" its writer as often as
    # "by" (only a person: "the novel from Penguin" names its publisher). Once the book has its
    # writer ("an adaptation of A's book by B", "... of A's novel from B"), "by" and "from" name
    # who makes the adaptation.
    if not out:
        out = [t for child in children if child.dep_ == "prep" and child.lower_ == "by"
               for t in child.children if t.dep_ == "pobj" and kind_of(t) == "person"]
    if not out:
        out = [t for child in head.children if child.dep_ == "prep" and child.lower_ == "from"
               for t in child.children if t.dep_ == "pobj" and kind_of(t) == "person"]
    # "the novel by A and B", "A and B's graphic novel": co-authors wrote it together.
    out += [c for a in list(out) for c in a.conjuncts if kind_of(c) == "person" and c not in out]
    return out


def unnamed_sources(doc: Doc, groups: list[EntityGroup], facts: list[Fact],
                    salient_work: str = "") -> tuple[list[EntityGroup], list[Fact]]:
    """"T, an adaptation of the bestselling novel", "the film adaptation of a novel of the same
    title": the source is named only by its kind, so it bears the adaptation's title; news names a
    source whose title differs. The source becomes a work of its own, T is basedOn it, and the
    novel's author ("Quill's novel") wrote it."""
    text = document_text(doc)
    by_key = {g.key: g for g in groups}
    adapted_already = {f.subject for f in facts if f.predicate == "basedOn"}
    starts = topic_starts(text)
    out_groups, out_facts = list(groups), list(facts)
    for trigger in tokens_with(doc, lower=("adaptation", "remake", "reboot", "revival", "reimagining", "retelling", "based", "adapted")):
        head = _source_phrase(trigger)
        work = _adapted_work(trigger)
        # "Based on A's novel, T follows ...": the parse may hang T under the source's noun.
        cut = work.i if work is not None and head is not None and head.i < work.i else None
        if head is None or not _unnamed_source(head, cut):
            continue
        key = entity_of(work) if work is not None else ""
        right = max((t for t in head.subtree if cut is None or t.i < cut), key=lambda t: t.i)
        phrase = text[head.left_edge.idx:right.idx + len(right)]
        # "The film adaptation of a novel of the same title": no title in the clause, yet the
        # phrase says the adaptation is the work the item is about.
        if not key and salient_work and trigger.lower_ == "adaptation" \
                and SAME_NAME_RE.search(phrase) \
                and any(entity_of(t) == salient_work and same_topic(starts, t.idx, trigger.idx) for t in doc):
            key = salient_work
        # "A wrote the script, based on the 2006 novel by B": a script is the screen work's own, so
        # the work the item is about is adapted (its title named in the item, not only elsewhere).
        if not key and salient_work and trigger.lower_ == "based" and trigger.dep_ == "acl" \
                and trigger.head.lower_ in ("script", "screenplay", "teleplay") \
                and any(entity_of(t) == salient_work and same_topic(starts, t.idx, trigger.idx) for t in doc):
            key = salient_work
        group = by_key.get(key)
        if group is None or key in adapted_already or group.kind != "work":
            continue
        adapted_already.add(key)
        source = EntityGroup(key=key + "-source",
                             mentions=[Mention(head.left_edge.idx, right.idx + len(right),
                                               group.label, "CreativeWork", "pattern", cued=True)])
        source.label, source.cls = group.label, _source_class(head)
        # "the film adaptation", "a series adaptation": the word before names the new work's medium.
        before = trigger.doc[max(trigger.i - 2, trigger.sent.start):trigger.i].text.lower()
        group.cls = "Film" if re.search(r"\b(?:film|movie|feature)\b", before) else \
            "Series" if re.search(r"\b(?:series|show|tv|television)\b", before) else group.cls
        # A remake, reboot or revival keeps its source's medium: "a reboot of the 1994 series".
        if trigger.lower_ in ("remake", "reboot", "revival") and group.cls not in ("Film", "Series") and source.cls in ("Film", "Series"):
            group.cls = source.cls
        out_groups.append(source)
        evidence = sentence_evidence(trigger.sent)
        out_facts.append(Fact(key, "basedOn", source.key, evidence, "works.unnamed_source", 0.7))
        # "the 1994 film of the same name by A": a film's "by" names its director.
        made_by = "directedBy" if source.cls == "Film" else "writtenBy"
        out_facts += [Fact(source.key, made_by, entity_of(a), evidence, "works.unnamed_source_author", 0.7)
                      for a in _authors(head)]
        # "based on A's 2017 novel of the same name": a year modifying the source's noun dates
        # the source, not the adaptation.
        out_facts += [Fact(source.key, "releaseYear", year, evidence, "works.unnamed_source_year", 0.7, is_attribute=True)
                      for year in _source_years(head, cut)[:1]]
        # "based on the novel of the same name written by A": a writer inside the source's phrase
        # wrote the book, not the adaptation.
        in_phrase = {entity_of(t) for t in head.subtree if kind_of(t) == "person" and (cut is None or t.i < cut)}
        out_facts = [replace(f, subject=source.key) if f.subject == key and f.predicate == "writtenBy" and f.object in in_phrase
                     and f.evidence.start <= trigger.idx < f.evidence.end else f for f in out_facts]
        # "T is based on A's film of the same name. That 2013 movie starred B": a dated description
        # after the source's sentence, whose noun is of the source's kind, refers to the work made
        # earlier (not "That 2019 film" after a novel, nor "The 2024 series" after a film: those
        # are T); the credits its sentence gives are the source's too, unless the sentence also
        # speaks of T ("...; B will star in the series").
        for fact in [f for f in out_facts if f.subject == key and f.rule in DATED_DESCRIPTION_RULES
                     and f.evidence.start >= trigger.sent.end_char and _describes(text[f.evidence.start:f.evidence.end], source.cls)]:
            sentence = (fact.evidence.start, fact.evidence.end)
            names_t = any(entity_of(t) == key and sentence[0] <= t.idx < sentence[1] for t in doc)
            out_facts = [replace(f, subject=source.key) if f.subject == key and (f is fact or f.predicate in CREDITS and not names_t
                                                                                  and (f.evidence.start, f.evidence.end) == sentence) else f
                         for f in out_facts]
        # "T, based on the book series by A, will star B": A is the book's author, never T's cast
        # or crew, whatever a list rule read around the phrase.
        out_facts = [f for f in out_facts if not (f.subject == key and f.predicate in CREDITS and f.object in in_phrase
                                                  and f.evidence.start <= trigger.idx < f.evidence.end)]
    return out_groups, out_facts


# The rules that date a work by a description referring back to it ("The 1997 film helped launch
# her career", "The 1987 original starred A").
DATED_DESCRIPTION_RULES = {"attributes.dated_reference", "attributes.dated_original"}
# The nouns a dated description of a source of each class ends on.
DESCRIPTION_NOUNS_OF = {"Film": r"film|movie|feature|picture|original|version", "Series": r"series|show|drama|original|version"}
DESCRIBED_RE = r"\b(?i:the|that|its)\s+(?:1[89]|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:%s)\b"


def _describes(sentence: str, cls: str) -> bool:
    """Whether a dated description in the sentence names a work of the class: "That 2013 movie"
    a Film, "The 1994 series" a Series; a book's nouns are dated where the source is named."""
    nouns = DESCRIPTION_NOUNS_OF.get(cls)
    return bool(nouns and re.search(DESCRIBED_RE % nouns, sentence))


def screen_owners(doc: Doc, groups: list[EntityGroup], facts: list[Fact]) -> list[Fact]:
    """"Marc Vale's “Low Tide”": the possessive names a work's maker. For a book (a mention cued
    as a source: "Vale's novel", "based on Vale's “X”") that is its author, as the rule reads it;
    for a screen work it is the director ("Bong Joon-ho's “Parasite”"), not its writer."""
    text = document_text(doc)
    # ("the remake of Ana Ruiz's X": a remake's source is a film, which she directed.)
    books = {g.key for g in groups if g.kind == "work"
             and (g.key.endswith("-source") or any(source_cue(text, m.start, m.end) for m in g.mentions))
             and not any(re.search(r"\bremake\b|\bre-?imagining\b", source_cue(text, m.start, m.end), re.I) for m in g.mentions)}
    return [replace(f, predicate="directedBy") if f.rule == "works.authors_title" and f.subject not in books else f
            for f in facts]


def unsure_series_owners(groups: list[EntityGroup], facts: list[Fact]) -> list[Fact]:
    """A TV series goes by its creator or its star as often as by its director ("Tracey Vale's
    “Salt Road”" for the comedian's own sketch show, "Taylor Roe's Mayor of Kingstown" for its
    creator): for a work known, once the media are settled, to be a series, the possessive does
    not say who directed it, and no directing credit is given; for a work of unknown medium it
    names its director only some of the time (a less sure credit)."""
    films = {g.key for g in groups if g.cls == "Film"}
    series = {g.key for g in groups if g.cls == "Series"}
    owned = [f for f in facts if not (f.rule == "works.authors_title" and f.predicate == "directedBy" and f.subject in series)]
    return [replace(f, confidence=SCREEN_OWNER_UNSURE) if f.rule == "works.authors_title" and f.predicate == "directedBy"
            and f.subject not in films else f for f in owned]


SCREEN_OWNER_UNSURE = 0.5


# "the “Silver Harbor” prequel", "the Silver Harbor spinoff": a title modifying a noun of a derived
# work (the lexicon's derivative_work_nouns, as constructions._derived_from reads them) names the
# work the new one derives from; the new one is untitled.
DERIVED_AFTER = re.compile(r"^[\u201d\u2019\"']?\s+(?:" + "|".join(map(re.escape, sorted(lower_words("derivative_work_nouns"))))
                           + r")s?\b", re.I)


def drop_derived_work_credits(doc: Doc, groups: list[EntityGroup], facts: list[Fact]) -> list[Fact]:
    """Credits said of an untitled prequel, sequel or spinoff are not the original's: in "HBO's
    “X” prequel has added A to its cast" A joins the new show. For a work named that way, a
    screen credit whose sentence names it only as the modifier of such a noun, or not at all
    (the fallback to the article's work), is dropped; a sentence naming the work plainly keeps
    its credits ("A starred in X")."""
    text = document_text(doc)
    kept = list(facts)
    for group in groups:
        if group.kind != "work":
            continue
        spans = group.mentions + group.short_forms
        derived = [m for m in spans if DERIVED_AFTER.match(text[m.end:m.end + 16])]
        if not derived:
            continue
        plain = [m for m in spans if m not in derived]
        kept = [f for f in kept if not (f.subject == group.key and f.predicate in CREDITS and not f.is_attribute
                                        and not any(f.evidence.start <= m.start < f.evidence.end for m in plain))]
    return kept
