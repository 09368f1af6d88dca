"""The evidence of a fact: the parsed sentence it was read from, as a plain record."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from mediakg.extract.records import Evidence


def sentence_evidence(sent: Span) -> Evidence:
    return Evidence(sent.text, sent.start_char, sent.end_char)


def evidence_at(doc: Doc, start: int, end: int) -> Evidence:
    """The sentence holding the characters start..end of the document."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return sentence_evidence(span.sent) if span is not None else Evidence("", start, start)
