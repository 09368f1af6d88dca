"""The evidence of a fact: the parsed sentence it was read from, as a plain record, and the
document text that every character offset counts from."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from mediakg.extract.records import Evidence
from mediakg.extract.tokens import joined_text


def sentence_evidence(sent: Span) -> Evidence:
    # The span's text is the document's between its offsets (spaCy joins it token by token).
    return Evidence(document_text(sent.doc)[sent.start_char:sent.end_char], sent.start_char, sent.end_char)


def sentence_text(sent: Span) -> str:
    """`sent.text`, cut from the kept document text: spaCy joins the span's tokens on every read,
    and a rule may read its sentence's text once per candidate."""
    return document_text(sent.doc)[sent.start_char:sent.end_char]


def evidence_at(doc: Doc, start: int, end: int) -> Evidence:
    """The sentence holding the characters start..end of the document."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return sentence_evidence(span.sent) if span is not None else Evidence("", start, start)


_TEXT_KEY = "mediakg.text"


def document_text(doc: Doc) -> str:
    """`doc.text`, kept once per Doc: spaCy joins every token again on each read of `Doc.text`,
    and the rules read it hundreds of times per article. Merging tokens into entity spans keeps
    the text as it is, so the kept copy stays right."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = joined_text(doc)
    return text
