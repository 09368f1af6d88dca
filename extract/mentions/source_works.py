"""Whether a mention names a source work: "the novel “X”", "based on Y's “X”", "X, the 1960
classic". Adaptations split such a work from its adaptation; "the novel" refers back only to one.
"""
from __future__ import annotations

import re
from functools import lru_cache

# "the original film X" is the source of a remake; "its new original series X" is a streamer's own
# production ("an original"), so "original" counts only right after "the".
# A game is a source too ("the video game X"), but "game show X" is a television format.
SOURCE_NOUN = r"(?:novel|book|memoir|webtoon|manga|comic|bestseller|podcast|\bvideo ?game|\b(?-i:game)(?!\s+show)|\bthe original (?:[\w-]+ ){0,3}?(?:movie|film|series|sitcom|anime|show))"
# "the adaptation of Mara Quill's X", "a remake of X", "will adapt X": the phrase names the new
# work by its source. Not "adapted into X", "adapted as X": X is then the new work itself; nor
# "Best Adapted Screenplay for X", a prize's category for the film X itself.
# A remake or reboot names its new work by the old one's title the same way: "a reboot of X",
# "will remake X", "is rebooting X", "will rework X" (not "remade as X", "rebooted into X").
ADAPTATION_OF = (r"\b(?:(?:adaptation|remake|reboot|reimagining|re-imagining|retelling) of"
                 # (The verbs' forms, not the nouns: "The remake updates the original X" names no new X.)
                 r"|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )"
                 r"(?:adapt(?:s|ed|ing)?|remak(?:e|es|ing)|reboot(?:s|ed|ing)?|rework(?:s|ed|ing)?|reimagin(?:e|es|ed|ing))(?!\s+(?:as|into|screenplay)\b))\b")
# "the novel “X”", "Perrotta's novel X", "based on Min Jin Lee's “X”", "an adaptation of Quill's X"
SOURCE_BEFORE = re.compile(r"(?:" + SOURCE_NOUN + r"|based on\b[^.]{0,30}?|" + ADAPTATION_OF + r"[^.,;]{0,30}?)\W{0,3}$", re.I)
# "X, the 1960 sci-fi classic"
SOURCE_AFTER = re.compile(r"^\W{0,2},\s+(?:the|a|an)\s+(?:\d{4}\s+)?(?:[\w\-]+\s+){0,2}(classic|novel|book|film|movie|memoir|video ?game)\b", re.I)
# "X, the new film from P", "X, her debut movie": a film named new is no remake's source (a new
# novel still is a source).
# "X was first published in 1988", "X, published by Penguin in 2004", "X is a 2013 video game":
# a verb of publishing, or a predicate noun of a book or game, says this mention is the source even
# where the title also names its series ("The Last of Us is a video game released in 2013"). Not "X
# is a video game adaptation": the noun then describes the screen work.
PUBLISHED_AFTER = re.compile(r"^[\u201d\u2019\"']?(?:\s+(?:was|were|had\s+been)|,)\s+(?:first\s+|originally\s+)?published\b"
                             r"|^[\u201d\u2019\"']?,?\s+(?:is|was)\s+(?:a|an)\s+(?:(?:19|20)\d\d\s+)?(?:[\w\-]+\s+){0,3}?"
                             r"(video ?game|novel|memoir|graphic novel|manga|webtoon|comic book)\b"
                             r"(?!\s+(?:adaptation|series|show|film|movie|drama|franchise))", re.I)
NEW_FILM_RE = re.compile(r"\b(?:new|latest|upcoming|next|forthcoming|debut)\b[\w\s\-]*\b(?:film|movie)$", re.I)


# "X, a film starring P": an indefinite apposition with no year introduces the work the article is
# about; only "the 1960 film", "a 1960 film" or "the film" point back to an earlier work.
PLAIN_FILM_RE = re.compile(r"^\W{0,2},\s+an?\s+(?:(?!\d{4}\b)[\w\-]+\s+){0,2}(?:film|movie)\b", re.I)


# "an adaptation of Colson Vale's 2016 Pulitzer-winning novel X", "a series adaptation of A's
# pandemic-themed bestseller “X”": praise, a year and hyphened modifiers may stand between the
# adaptation noun and the book noun right before the title; the phrase still names the new work
# by its source's title. Only a book's noun closes it ("classic" may be a film's).
ADAPTATION_OF_BOOK = re.compile(r"\b(?:adaptation|remake|reimagining|re-imagining|retelling) of\s+[^.,;:()\u201c\u201d\"]{0,80}?"
                                r"\b(?:novel|book|memoir|bestseller|best-seller|graphic novel|novella|webtoon|manga)\W{0,3}$", re.I)


@lru_cache(maxsize=256)  # the adaptation and reference steps ask again of the same mentions
def source_cue(text: str, start: int, end: int) -> str:
    """The noun that makes this mention the source work ("novel", "classic"), or ""."""
    long_phrase = ADAPTATION_OF_BOOK.search(text[max(0, start - 110):start])
    if long_phrase:
        return long_phrase.group(0)
    before = SOURCE_BEFORE.search(text[max(0, start - 40):start])
    # "Based on a book by P, X stars A": the opening phrase ends at its comma, and the title after
    # it is the main clause's subject, the adaptation itself.
    if before and re.match(r"based on\b", before.group(0), re.I) and re.search(r",\s*[\u201c\"]?$", before.group(0)):
        before = None
    # "adapted the book in 1951 as X", "will turn the novel into X": the title after "as" or
    # "into" names the new work, not its source.
    if before and re.search(ADAPTATION_OF, before.group(0), re.I) and re.search(r"\b(?:as|into)\W{0,3}$", before.group(0)):
        before = None
    if before:
        return before.group(0)
    published = PUBLISHED_AFTER.match(text[end:end + 70])
    if published:
        return published.group(1) or "published"
    after = SOURCE_AFTER.match(text[end:end + 60])
    if after is None or NEW_FILM_RE.search(after.group(0)) or PLAIN_FILM_RE.match(after.group(0)):
        return ""
    # "will star in X, the film from P": "the film" with no year and no "original" describes X
    # itself, unless the clause before speaks of a remake or an adaptation ("remakes X, the film
    # by P"); "X, the 1960 film" dates an earlier work wherever it stands.
    if after.group(1).lower() in ("film", "movie") and not re.search(r"\d{4}|\boriginal\b", after.group(0), re.I) \
            and not re.search(r"remake|reboot|adapt|based\s+on|reimagin|retell|sequel|prequel", text[max(0, start - 120):start], re.I):
        return ""
    return after.group(1)
