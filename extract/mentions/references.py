"""Descriptive references: "the streamer", "the series", "the director" point back to an entity.

Trade news names a company or a title once and then describes it. A reference resolves to the
most salient earlier entity of a fitting class: salience is how often the document names it,
with a bonus for being named in the same or the previous sentence.
"""
from __future__ import annotations

from bisect import bisect_right
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from mediakg.extract.lexicon import alternation, given_names, lexicon_table, lower_words, skipping, words
from mediakg.extract.mentions.finders import film_article
from mediakg.extract.mentions.entities import EntityGroup
from mediakg.extract.mentions.source_works import source_cue
from mediakg.extract.mentions.topics import same_topic, topic_starts

# head noun of the description -> (kind of the antecedent, class the description votes for), from
# reference_heads (lexicon.json)
REFERENCE_HEADS: Mapping[str, tuple[str, ...]] = lexicon_table("reference_heads")
# Modifiers a description of a work may carry before its head: "the six-part series", "the
# 10-episode crime drama", "the animated comedy series" (format, genre and medium words).
REFERENCE_MODIFIERS = (r"new|upcoming|original|reimagined|live-action|video|anime|limited|animated|scripted|"
                       r"Korean|Japanese|American|British|French|German|Spanish|Italian|Chinese|Indian|Australian|Canadian|"
                       r"Danish|Swedish|Norwegian|Israeli|Mexican|Brazilian|"
                       r"crime|period|legal|medical|political|psychological|supernatural|romantic|family|teen|sci-fi|fantasy|"
                       r"horror|action|comedy|drama|documentary|hour-long|half-hour|\w+-(?:part|episode|hour|minute)|"
                       # "the London-based company": where a company is based describes it
                       r"[A-Z][\w.]*(?:[ -][A-Z][\w.]*)?-based")
REFERENCE_RE = skipping(
    r"\b[Tt]he (?:(?:" + REFERENCE_MODIFIERS + r")\s+)*("
    + alternation(sorted(REFERENCE_HEADS, key=len, reverse=True)) + r")(?:'s|’s)?\b")


SOURCE_HEADS = words("source_reference_heads")
# "the 2011 novel", "Perrotta's novel", "Perrotta's 2011 novel": a source described by its year or
# by its author's name (a person the document names) points back as "the novel" does.
SOURCE_REFERENCE_RE = re.compile(
    r"\b(?:[Tt]he\s+(?:1[89]\d\d|20\d\d)|([A-Z][\w\-]+)(?:'s|’s)(?:\s+(?:1[89]\d\d|20\d\d))?)"
    # "Dragt's medieval adventure novel": up to two plain words may describe the book (not a new one).
    r"(?:\s+(?!(?:new|latest|upcoming|next|forthcoming|first|second|third|other|own)\b)[a-z][\w-]*){0,2}\s+("
    + alternation(sorted(SOURCE_HEADS, key=len, reverse=True)) + r")\b")
# The words that open an adaptation's source, up to the author's name: "an adaptation of Stewart ",
# "based on the late ", "adapted from ", "based on Ana O'" (the possessive read above starts after
# a name's apostrophe).
ADAPTED_FROM_RE = re.compile(r"\b(?:(?:[Aa]daptation|[Rr]emake|[Rr]eimagining|[Rr]e-imagining|[Rr]etelling|[Vv]ersion)\s+of|[Bb]ased\s+on|[Aa]dapted\s+from|[Ii]nspired\s+by)"
                             r"\s+(?:the\s+late\s+)?(?:[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.'\u2019-]*\s+){0,3}(?:[A-Z][a-z]?['\u2019])?$")
PREDICATIVE_RE = re.compile(r"\b(?:is|was|are|were|be|been|being|became|becomes|remains|as)\s+(?:also\s+|now\s+|previously\s+|still\s+)?$", re.I)


# "credits include X", "known for X", "known for her roles in X and Y", "his work on X", "from the
# team behind X": a title in someone's record.
PASSING_BEFORE_RE = re.compile(r"\b(?:including|include|includes|such as|known for|seen in|starred in|appeared in|"
                               # "a comedy from the trio behind X", "from the creators of X": the
                               # new work's makers, named by their earlier one
                               r"from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:team|trio|duo|pair|people|minds|creators?|co-creators?|producers?|"
                               r"makers?|filmmakers?|writers?|director|company|outfit|studio)\s+(?:behind|of)|"
                               r"nomination for|nominated for|credits|roles? (?:in|on)|turns? in|work on)"
                               r"\s+(?:[^.;]{0,50}?(?:,|\band)\s+)?[\u201c\"]?(?:[Tt]he\s+)?"
                               # "credits include the 2018 Cannes Directors' Fortnight selection X"
                               r"(?:(?:(?:19|20)\d\d|[A-Z][\w'\u2019.-]*)\s+){0,5}(?:(?:entry|selection|title|hit|winner|film|feature|series|documentary|drama|comedy|thriller)\s+)?$")


# "her last film X", "his previous feature X", "follows his 2019 film X", "after the success of
# X", "a remake of the 2014 French box office hit X": a work the text places before the one it reports on is
# an earlier work, never the project. Up to five plain descriptors (lower-case words, a year, a
# nationality) may stand between the cue and the title.
_PAST_WORK_NOUNS = r"(?:film|movie|feature|picture|series|show|documentary|outing|effort)"
PAST_WORK_BEFORE_RE = re.compile(
    r"\b(?:(?:last|previous|prior|earlier)\s+(?:[\w-]+\s+){0,2}?" + _PAST_WORK_NOUNS
    + r"|(?:follows|following)\s+(?:up\s+)?(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?" + _PAST_WORK_NOUNS
    + r"|success\s+of|(?:remake|sequel|prequel|reboot)\s+(?:of|to)|follow-up\s+to)"
    r",?\s+[\u201c\"]?(?:(?:the|a|an|its|his|her|their)\s+)?"
    r"(?:(?:[a-z\d][\w-]*|[A-Z][a-z]+(?:ish|ese|ian|an|ch|ic))\s+){0,5}?[\u201c\"]?$")


def named_as_earlier(text: str, start: int) -> bool:
    """Whether the title at `start` is one the text places before the work it reports on ("the
    director's follow-up to X", "a sequel to X", "her last film X"): PAST_WORK_BEFORE_RE."""
    return bool(PAST_WORK_BEFORE_RE.search(text[max(0, start - 80):start]))


def named_in_passing(text: str, start: int) -> bool:
    """A title in someone's credits ("Jane Roe (Moonfall)", "known for Moonfall") is a calling
    card: it is not the work the article is about, so no description points back to it. Nor is
    an earlier work the text names as such (named_as_earlier)."""
    before = text[max(0, start - 80):start]
    in_parens = before.rfind("(") > max(before.rfind(")"), before.rfind("\n"))
    return in_parens or bool(PASSING_BEFORE_RE.search(before)) or named_as_earlier(text, start) \
        or bool(PAST_CREDIT_RELATIVE_RE.search(before))


# "A, who also produced the 2012 film X, ...": a relative clause on a person that gives a past
# credit names an earlier work of theirs, not the one the sentence goes on to report.
PAST_CREDIT_RELATIVE_RE = re.compile(
    r"\bwho\s+(?:(?:also|previously|has|had|earlier)\s+)*(?:produced|directed|wrote|created|co-wrote|co-created|penned|helmed|"
    r"co-directed|starred\s+in|appeared\s+in)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,4}?[\u201c\"]?$")


@lru_cache(maxsize=1)
def _modifier_suffix_res() -> tuple[re.Pattern, re.Pattern]:
    """The hyphened likeness suffix after a mention, and at a mention's own end; built once."""
    suffixes = "|".join(re.escape(w) for w in lower_words("prec5_title_modifier_suffixes"))
    return (re.compile(rf"[\u201d\u2019\"']?-(?:{suffixes})\b", re.I),
            re.compile(rf"[\u201d\u2019\"']?-(?:{suffixes})$", re.I))


def named_as_modifier(text: str, end: int) -> bool:
    """"the "X"-inspired series Y", "an X-style thriller": a title joined by a hyphen to a
    participle or suffix of likeness (prec5_title_modifier_suffixes) modifies the noun after it; it
    names a source or a model, not the work the article is about."""
    after, at_end = _modifier_suffix_res()
    # (the quote finder may have taken the suffix into the mention: then it ends the mention)
    return bool(after.match(text[end:end + 16]) or at_end.search(text[max(0, end - 16):end]))


@dataclass(frozen=True, slots=True)
class Reference:
    start: int
    end: int
    text: str
    entity: str  # EntityGroup.key


def resolve_references(text: str, groups: list[EntityGroup], sentence_starts: list[int]) -> list[Reference]:
    refs = []
    topics = topic_starts(text)
    for match in REFERENCE_RE.finditer(text):
        kind, cls = REFERENCE_HEADS[match.group(1)]
        # "the series X" names X itself; the title cue has already made X a mention.
        if re.match(r"\s+[\u201c\"A-Z]", text[match.end():match.end() + 2]):
            continue
        # "Hugh was the showrunner on X": after a copula the description says what someone is.
        if PREDICATIVE_RE.search(text, max(0, match.start() - 16), match.start()):
            continue
        # "X, the director of “Y”": a description with its own complement is an apposition.
        if text.startswith(" of ", match.end()):
            continue
        # "Harbour Films, the outfit behind X": a description set off by a comma right after a
        # name of its kind is an apposition, which names that very entity, whatever else the
        # article names more often ("..., the studio said" is a speaker, not an apposition).
        target = _apposed_name(text, match.start(), match.end(), kind, groups)
        if target is not None:
            if cls and kind == "org":
                target.votes[cls] += 2.0
            phrase = re.sub(r"(?:'s|’s)$", "", match.group(0))
            refs.append(Reference(match.start(), match.start() + len(phrase), phrase, target.key))
            continue
        candidates = groups
        # "the original film" is the work the article's adaptation or remake was made from ("a
        # remake of the film “X” ... The original film starring A"): a named source, where the
        # article names one (else the remade title, which the original shares: "rebooting X. Like
        # the original series, ...").
        # (A screen source only: "the original series" is no novel.)
        if "original" in match.group(0).lower() and kind == "work":
            candidates = [g for g in groups if any(_screen_source_cue(source_cue(text, m.start, m.end)) for m in g.mentions)] or groups
        if match.group(1) in SOURCE_HEADS:
            # "the novel" is a work the article has named as a source ("the novel “X”"), never
            # a film or series named nearby ("an adaptation of Y's novel. ... the novel").
            candidates = [g for g in groups if any(source_cue(text, m.start, m.end) for m in g.mentions)]
        target = _antecedent(text, match.start(), kind, cls, candidates, sentence_starts, topics,
                             source=match.group(1) in SOURCE_HEADS, head=match.group(1))
        if target is None:
            continue
        # "the original movie" describes the source of an adaptation, not the adaptation.
        # "The comedic drama stars ...": in a film article "drama" says a work, not a series.
        neutral = match.group(1) in lower_words("medium_neutral_genres") and film_article(text)
        if cls and "original" not in match.group(0).lower() and not neutral:
            target.votes[cls] += 2.0
        phrase = re.sub(r"(?:'s|’s)$", "", match.group(0))
        refs.append(Reference(match.start(), match.start() + len(phrase), phrase, target.key))
    refs += _source_references(text, groups, sentence_starts, topics, refs)
    return refs


def _screen_source_cue(cue: str) -> bool:
    """Whether a source cue names a screen work's source ("a remake of the film"), no book's."""
    return bool(cue) and not re.search(r"novel|book|memoir|comic|manga|webtoon|podcast|\bplay\b|bestseller", cue, re.I)


def _source_references(text: str, groups: list[EntityGroup], sentence_starts: list[int], topics: list[int],
                       found: list[Reference]) -> list[Reference]:
    """"The 2011 novel follows ...", "Perrotta's novel was published in 2012": a source noun after
    a year or an author's possessive refers back to the one work the article has named as a
    source. The possessive is an author only when it ends a person's name in the document."""
    refs: list[Reference] = []
    if not any(head in text for head in SOURCE_HEADS):
        return refs  # every match names a source head ("novel"): without one, no slow search
    people_ends = {m.end for g in groups if g.kind == "person" for m in g.mentions + g.short_forms}
    sources: list[EntityGroup] | None = None  # found at the first reference that needs them: most articles have none
    for match in SOURCE_REFERENCE_RE.finditer(text):
        if match.group(1) and match.start(1) + len(match.group(1)) not in people_ends:
            continue
        if any(r.start < match.end() and match.start() < r.end for r in found):
            continue
        # "Perrotta's novel “The Leftovers”", "the 2011 novel X", "Hiaasen's best selling novel,
        # “Basket Case”" name the work themselves.
        if re.match(r"\s+[\u201c\"A-Z0-9]|,\s+[\u201c\"]", text[match.end():match.end() + 4]):
            continue
        if PREDICATIVE_RE.search(text, max(0, match.start() - 16), match.start()) or text.startswith(" of ", match.end()):
            continue
        if sources is None:
            sources = [g for g in groups if any(source_cue(text, m.start, m.end) for m in g.mentions)]
        # "X is an adaptation of A's 1993 novel", "based on A's novel": the phrase names X's source
        # (unnamed, split off by the adaptation step), not a source named earlier - unless that
        # source is A's own and no year tells another book ("Perrotta's novel “The Leftovers”" ...
        # "The TV adaptation of Perrotta's novel"; not "based on Perrotta's 2016 novel").
        # (Within the reference's sentence: "a series based on X. The 2016 novel ..." refers back.)
        opening = sentence_starts[_sentence_index(match.start(), sentence_starts)] if sentence_starts else 0
        if ADAPTED_FROM_RE.search(text, max(0, opening, match.start() - 60), match.start()) and not (
                match.group(1) and not re.search(r"\d", match.group(0))
                and any(match.group(1) in text[max(0, m.start - 40):m.start] for g in sources for m in g.mentions)):
            continue
        target = _antecedent(text, match.start(), "work", "", sources, sentence_starts, topics, source=True)
        if target is not None:
            refs.append(Reference(match.start(), match.end(), match.group(0), target.key))
    return refs


def _apposed_name(text: str, start: int, end: int, kind: str, groups: list[EntityGroup]) -> EntityGroup | None:
    """The entity of kind `kind` whose name ends right before ", " at `start`, unless a speech
    verb follows the description ("X, the studio said")."""
    comma = re.search(r"[\u201d\"]?,\s+$", text[max(0, start - 4):start])
    if comma is None:
        return None
    name_end = start - len(comma.group(0))
    follower = re.match(r"\s+([a-z]+)", text[end:end + 20])
    if follower is not None and follower.group(1) in lower_words("apposition_speech_verbs"):
        return None
    for group in groups:
        if group.kind == kind and any(m.end in (name_end, name_end + 1) for m in group.mentions + group.short_forms):
            return group
    return None


@lru_cache(maxsize=1)
def _untitled_opening_re() -> re.Pattern:
    """An indefinite opener, up to three lower-case words and a work noun; built once."""
    openers = "|".join(re.escape(w) for w in lower_words("prec5_untitled_openers"))
    heads = alternation(sorted((h for h, (k, _) in REFERENCE_HEADS.items() if k == "work"), key=len, reverse=True))
    return skipping(rf"\b(?:{openers})\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{heads})\b", re.I)


def _untitled_opening(text: str, pos: int, topics: list[int]) -> int | None:
    """Where the last untitled work before `pos` (in its topic) is introduced: an indefinite noun
    phrase headed by a work noun ("in an upcoming drama series from P", "on another project"),
    neither predicative ("X is a new series"), nor an apposition (", a drama series"), nor a
    compound ("a series regular") nor followed by its title ("a series titled X", "a series, X")."""
    followers = lower_words("prec5_untitled_followers")
    found = None
    for match in _untitled_opening_re().finditer(text[:pos]):
        if not same_topic(topics, match.start(), pos) or PREDICATIVE_RE.search(text, max(0, match.start() - 16), match.start()):
            continue
        if re.search(r"[,(][\"\u201d\u2019']?\s*$", text[max(0, match.start() - 4):match.start()]) or not match.group(0)[:1].islower():
            continue
        follower = re.match(r"\s*([\w.]+)", text[match.end():match.end() + 20])
        if follower is None or follower.group(1).lower() not in followers:
            continue
        found = match.start()
    return found


def _sentence_index(pos: int, starts: list[int]) -> int:
    # Sentence starts are sorted: a bisect keeps this logarithmic on a long article.
    return max(bisect_right(starts, pos) - 1, 0) if starts else 0


# Genre nouns a definite description repeats from the phrase that introduced its work
# ("sold the drama X ... the comedy Y. The comedy stars ...": the comedy is Y).
GENRE_HEADS = frozenset({"comedy", "drama", "thriller", "horror", "documentary", "docuseries", "romance", "satire",
                         "western", "biopic", "fantasy", "mystery", "sitcom", "dramedy", "musical", "animation", "romcom"})
GENRE_BEFORE_RE = re.compile(r"\b(" + "|".join(sorted(GENRE_HEADS)) + r")\s+[\u201c\"]?$", re.I)


def _introduced_genres(text: str, group: EntityGroup, pos: int) -> set[str]:
    """The genre nouns right before the group's names up to pos ("the comedy “X”")."""
    found = (GENRE_BEFORE_RE.search(text, max(0, m.start - 14), m.start) for m in group.mentions if m.end <= pos)
    return {match.group(1).lower() for match in found if match}


# How much a work named in the description's sentence or the one before outweighs (beside the
# point every recent name gets): a round-up names its main title most often, but "the show" in
# the paragraph about another title is that title. Worth three more mentions elsewhere.
RECENT_WORK_BONUS = 3.0


def _antecedent(text: str, pos: int, kind: str, cls: str, groups: list[EntityGroup], starts: list[int],
                topics: list[int], source: bool = False, head: str = "") -> EntityGroup | None:
    here = _sentence_index(pos, starts)
    best, best_score = None, 0.0
    # A quoted title no word has typed yet is still a work ("Another contender is “X.” The film ...").
    named_before = [g for g in groups if (g.kind == kind or kind == "work" and not g.kind and any(m.source == "quote" for m in g.mentions))
                    and any(m.end <= pos for m in g.mentions + g.short_forms)]
    if kind == "work":
        # "the series" never means a title named only as someone's earlier credit, nor one the
        # text itself has called a film ("the 2015 film X ... will direct the series").
        named_before = [g for g in named_before
                        if any(m.end <= pos and not named_in_passing(text, m.start) and not named_as_modifier(text, m.end)
                               for m in g.mentions + g.short_forms)
                        and not (cls and described_as(text, g) - {cls})]
        # "A has cast B in an upcoming drama series. Joining B in the series are ...": an untitled
        # work introduced after a title's last mention is what "the series" now means.
        # ("the novel" is never the untitled screen work: its candidates are sources already.)
        opened = None if source else _untitled_opening(text, pos, topics)
        if opened is not None:
            named_before = [g for g in named_before if any(opened <= m.start < pos for m in g.mentions + g.short_forms)]
        named_before = _paragraph_items(text, pos, named_before)
        # "Netflix ordered the drama Y. Adapted from A's novel “X,” the series ...": a title named
        # only as a source is the screen work's namesake at best; another title named before is
        # the screen work itself.
        if not source:
            screen = [g for g in named_before
                      if not all(source_cue(text, m.start, m.end) for m in g.mentions + g.short_forms if m.end <= pos)]
            named_before = screen or named_before
        # "the comedy" is no work the text introduced only as a drama, and it is the one it
        # introduced as a comedy when there is one.
        if head.lower() in GENRE_HEADS:
            genres = {g.key: _introduced_genres(text, g, pos) for g in named_before}
            same = [g for g in named_before if head.lower() in genres[g.key]]
            named_before = same or [g for g in named_before if not genres[g.key]] or named_before
    # After "Separately, ..." the series of an earlier item is no longer "the series"; a company
    # may still be ("Meanwhile, the streamer ..."), when the new item names none of its kind.
    in_topic = [g for g in named_before
                if any(m.end <= pos and same_topic(topics, m.start, pos) for m in g.mentions + g.short_forms)]
    if in_topic or kind != "org":
        named_before = in_topic
    # "the studio" names the studio the article has named, however often the streamer is named.
    # Only for companies, whose class the gazetteer or the name usually settles; a work's class
    # is still open here (references are about to vote on it).
    if kind == "org" and cls and any(g.cls == cls for g in named_before):
        named_before = [g for g in named_before if g.cls == cls]
    if kind == "work" and not source and here > 0 and not text[starts[here]:pos].strip(" \u201c\"'"):
        # "Already streaming is the thriller Salt Road, starring Ann Cole. The film is written by
        # Raj Patel.": a description opening the sentence right after the one that introduces a
        # title (its first mention) continues about that title, however often the article named
        # another. Only one such newcomer, and one its class does not rule out.
        # (Not a title that tags a person: "Lena Vale of “Deep Harbour” joins" names her earlier work.)
        newcomers = [g for g in named_before
                     if _sentence_index(min(m.start for m in g.mentions + g.short_forms), starts) == here - 1
                     and not any(_calling_card(text, m.start, m.end) for m in g.mentions)
                     and not (cls and g.cls and g.cls not in (cls, "CreativeWork"))]
        if len(newcomers) == 1:
            return newcomers[0]
    if kind == "work" and not source and here > 0:
        # "Half-hour comedy Y follows a baker. Created by A, the show ...": the sentence before
        # opens on a title as its subject, so a description in the next sentence goes on about
        # it, however often the article named another title (a slate names each show in turn).
        opener = _sentence_opener(text, starts[here - 1], starts[here], named_before)
        if opener is not None:
            return opener
    for group in named_before:
        before = [m for m in group.mentions + group.short_forms if m.end <= pos]
        # Salience over the whole document, so a title named once in passing just before does
        # not outrank the one the article is about.
        score = float(len(group.mentions) + len(group.short_forms))
        if _sentence_index(before[-1].start, starts) >= here - 1:
            score += 1.0
            if kind == "work" and _recent_subject(text, before[-1].start, before[-1].end, pos):
                score += RECENT_WORK_BONUS
        if cls and group.cls == cls and kind == "org":  # "the studio" names the studio, not the streamer beside it
            score += 4.0
        # No class bonus for works: their class is still open here, and a title no word has
        # typed yet ("Another contender is “X.” The film ...") may be "the film" as well.
        if score > best_score:
            best, best_score = group, score
    return best


# A maker's past verb or a year before a title ("who also directed the 2008 doc X", "the
# 2019 film X") dates it, and a role noun ("one of the writers of X") makes it a person's credit:
# an earlier or other work, not the project the next words go on about.
PAST_TITLE_BEFORE_RE = re.compile(r"(?:\b(?:created|co-created|directed|helmed|wrote|penned|produced|starred\s+in|worked\s+on)\b[^.;]{0,40}"
                                  # "P, one of the writers of X,", "a longtime writer on X": someone's credit
                                  r"|\b(?:writer|creator|director|producer|showrunner|star|alum|veteran)s?\s+(?:of|on|for)\b[^.;]{0,40}"
                                  r"|\b(?:1[89]\d\d|20\d\d)\b[^.;]{0,20})$")


def _recent_subject(text: str, start: int, end: int, pos: int) -> bool:
    """Whether the title at start..end, named in the sentence of a description at pos or the one
    before, is what the description goes on about: in the same paragraph, neither someone's
    calling card ("Amy Vale of “X”"), a title in passing, nor an earlier work a maker's verb or
    a year dates."""
    return ("\n" not in text[end:pos] and not _calling_card(text, start, end) and not named_in_passing(text, start)
            and not PAST_TITLE_BEFORE_RE.search(text[max(0, start - 50):start].rstrip("\u201c\"' ")))


# Up to three words before the title that opens a sentence: its descriptor ("Half-hour comedy
# Y", "The new drama Y", "Netflix's thriller Y").
OPENER_PREFIX_RE = re.compile(r"[\s\u201c\"'*]*(?:[\w\u2019'-]+\s+){0,3}?[\u201c\"]?$")
# The subject's verb right after the title: a copula or a verb in the present or past.
OPENER_VERB_RE = re.compile(r"[\u201d\"]?\s+(?:is|was|follows|followed|centers|centres|tells|stars|starred|"
                            r"has|had|will|premieres|premiered|debuts|debuted|focuses|explores|revolves|marks)\b")


def _sentence_opener(text: str, start: int, end: int, works: list[EntityGroup]) -> EntityGroup | None:
    """The work a sentence opens on as its subject ("Half-hour comedy Y follows a baker", "Y is a
    thriller"), when one of works: its first mention in the sentence stands within three words of
    the start and a verb follows it. A title in passing or as a calling card opens nothing."""
    first = min(((m.start, g) for g in works for m in g.mentions + g.short_forms if start <= m.start < end),
                key=lambda t: t[0], default=None)
    if first is None:
        return None
    pos, group = first
    mention = next(m for m in group.mentions + group.short_forms if m.start == pos)
    if not OPENER_PREFIX_RE.fullmatch(text, start, pos) or _calling_card(text, mention.start, mention.end):
        return None
    return group if OPENER_VERB_RE.match(text, mention.end) else None


# "Amy Vale of “X”", "X's Amy Vale", "X star Amy Vale": a title that tags a person names her
# earlier work, not the item the paragraph is about.
CARD_BEFORE_RE = re.compile(r"[A-Z][\w’'-]+\s+of\s+[\u201c\"]?$")
CARD_AFTER_RE = re.compile(r"[\u201d\"]?(?:[’']s?\s+|\s+(?:star|alum|actor|actress|creator|co-creator|director|writer|showrunner|(?:executive\s+)?producer)s?\s+)[A-Z]")


def _calling_card(text: str, start: int, end: int) -> bool:
    return bool(CARD_BEFORE_RE.search(text, max(0, start - 40), start) or CARD_AFTER_RE.match(text, end))


# A round-up item that opens with a newcomer: "Lena Cho has signed on for", "Tom Hale has been
# cast in", "Ana Ruiz joins", "Mara Quinn has boarded".
JOIN_OPENING_RE = re.compile(r"\b(?:join(?:s|ed)?|sign(?:s|ed)? on|(?:been|is|was) cast|board(?:s|ed)?|land(?:s|ed)?)\b")
MONTHS = frozenset("january february march april may june july august september october november december".split())


def _joins_new_project(text: str, start: int, opening: int, works: list[EntityGroup]) -> bool:
    """Whether the paragraph at start opens with a person who joins something it names for the
    first time ("Lena Cho has signed on for Stone Hill."): a round-up item about that project.
    "Tom Hale has joined the cast." names no new project; a name in parentheses is a calling
    card; a name the article gave before (the streamer, the main work) is no new item."""
    del works  # the title may be one the finder missed ("has signed on for Stone Hill")
    head = re.match(r"(?:[A-Z][\w\u2019'.-]*\s+){1,3}", text[opening:opening + 60])
    if head is None:
        return False
    end = re.compile(r"[.!?][\u201d\"]?(?:\s|$)").search(text, opening + head.end())
    end = end.start() if end else len(text)
    join = JOIN_OPENING_RE.search(text, opening + head.end(), end)
    if join is None:
        return False
    rest = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group(0)), text[join.end():end])
    for cap in re.finditer(r"\b[A-Z][\w\u2019'-]*", rest):
        word = cap.group(0)
        if word.lower() in MONTHS or word in ("The", "A", "An"):
            continue
        if text.find(word, 0, start) >= 0:
            continue  # a name the article gave before: the streamer, the main work
        return True
    return False


def _paragraph_items(text: str, pos: int, works: list[EntityGroup]) -> list[EntityGroup]:
    """"X leads the cast of Y. ... \n\n“Z” - Harbour Films has bought the thriller. The film ...":
    a later paragraph that opens with a title, the way a round-up heads its items, is about that
    title, so "the film" there is it, however often the article names its main work. The first
    paragraph is the article's own; a paragraph that opens otherwise, or with the main work,
    leaves the choice to salience (a title named inside a paragraph may be an earlier credit)."""
    start = text.rfind("\n", 0, pos) + 1
    if start == 0 or not works:
        return works
    main = max(works, key=lambda g: len(g.mentions) + len(g.short_forms))
    opening = re.match(r"[\s\u201c\"'*]*", text[start:start + 8]).end() + start
    if _joins_new_project(text, start, opening, works) and not any(start <= m.start < pos for m in main.mentions):
        # "Lena Cho has signed on for Stone Hill. The film ...": an item about the project just
        # joined, whether or not its title was found; only a work named in it may be "the film".
        return [g for g in works if any(start <= m.start < pos and not _calling_card(text, m.start, m.end)
                                        for m in g.mentions)]
    here = [g for g in works if any(m.start == opening and not _calling_card(text, m.start, m.end) for m in g.mentions)]
    if not here or main in here:
        return works
    return here


# A screen-work noun right before a title says which kind of work it is: "the 2015 film X".
# ("drama" is left out: trade news calls films and series dramas alike.)
WORK_DESCRIPTOR_RE = re.compile(r"\b(" + "|".join(re.escape(h) for h, (k, c) in REFERENCE_HEADS.items()
                                                  if k == "work" and c in ("Film", "Series") and h != "drama") + r")\s+$")


def described_as(text: str, group: EntityGroup) -> set[str]:
    """The screen-work classes (Film, Series) the nouns right before a work's names give it."""
    found = (WORK_DESCRIPTOR_RE.search(text, max(0, m.start - 16), m.start) for m in group.mentions)
    return {REFERENCE_HEADS[match.group(1)][1] for match in found if match}


def vote_descriptors(text: str, groups: list[EntityGroup]) -> None:
    """A description right before a name says what it is: "the streaming service Tideway",
    "UK broadcaster Channel 9", "distributor Neon". It votes like a reference does, so that a name
    the NER took for a person or a place still becomes the company the article calls it."""
    for group in groups:
        for m in group.mentions:
            match = DESCRIPTOR_RE.search(text, max(0, m.start - 40), m.start)
            # "the production company Jane Roe co-founded": the name is the subject of a relative
            # clause about the company, not the company.
            # "British broadcaster Danny Vale": a noun of a trade that people also ply, before a name
            # the NER calls a person that opens with a frequent given name and holds no company
            # word, says what the person does ("creative studio Walter Vale" is a company).
            if match and match.group(1) in words("person_trade_descriptors") and m.source == "ner" and m.cls == "Person" \
                    and _person_named(m.text):
                continue
            if match and not CLAUSE_SUBJECT_RE.match(text, m.end):
                kind, cls = REFERENCE_HEADS[match.group(1)]
                if cls and kind == "org":
                    # An explicit descriptor outweighs what a name's last word suggests
                    # ("German distributor Harbour Films"), not the gazetteer's entry.
                    group.votes[cls] += 4.5
                elif kind == "org" and m.cls == "Person" and not _person_named(m.text):
                    # "Jane Hill's company Bluefin": a plain company noun makes a name the NER
                    # took for a person's an organisation (not a full name: "company founder Ana Ruiz").
                    group.votes["Organization"] += 4.5


def _person_named(name: str) -> bool:
    """Two or three capitalised words, the first a frequent given name, none a company word."""
    tokens = name.split()
    return (2 <= len(tokens) <= 3 and tokens[0].lower() in given_names() and all(t[:1].isupper() for t in tokens)
            and not any(t in words("org_suffixes") or t in words("company_name_suffixes") for t in tokens))


# A verb with no object right after the name ("X co-founded, signed", "X set up in 2019 is")
# ends a relative clause about the company the descriptor names.
CLAUSE_SUBJECT_RE = re.compile(r"\s+(?:co-)?(?:[a-z]+ed|set up|started|built|ran)\s*(?:,|\s+(?:in|with|and|after)\b)")
DESCRIPTOR_RE = re.compile(
    r"\b(" + alternation(sorted((h for h, (k, _) in REFERENCE_HEADS.items() if k == "org"), key=len, reverse=True))
    + r")\s+$")
