"""Topic shifts: where a news roundup moves on to another story.

Trade news often packs several items into one article and opens each with a marker
("Separately, ...", "Meanwhile, ...", "Elsewhere, ..."). A description ("the series") or an
unnamed credit after such a marker is about the new item, never about a title of an earlier one,
and never about a title that only a later item names.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from mediakg.extract.lexicon import skipping

# At the start of a sentence only: "meanwhile" inside a clause does not change the subject.
SHIFT_RE = skipping(r"(?:^|(?<=[.!?\u201d\"]\s)|(?<=\n))(?:Separately|Meanwhile|Elsewhere|In other news|"
                      r"In separate news|In a separate (?:deal|announcement|move))\b")


def topic_starts(text: str) -> list[int]:
    """Offsets where a topic begins: 0, then each sentence that opens with a shift marker."""
    return [0, *_shift_starts(text)]


@lru_cache(maxsize=8)
def _shift_starts(text: str) -> tuple[int, ...]:
    # Kept for the text: several steps of one document ask, and each search reads the whole text.
    return tuple(m.start() for m in SHIFT_RE.finditer(text))


def segment(starts: list[int], pos: int) -> int:
    """The index of the topic segment that holds offset pos."""
    return bisect.bisect_right(starts, pos) - 1


def same_topic(starts: list[int], a: int, b: int) -> bool:
    return segment(starts, a) == segment(starts, b)
