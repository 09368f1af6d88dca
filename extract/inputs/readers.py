"""The first stage: the user's inputs as a lazy stream of documents.

Inputs are files, folders (searched recursively) and globs of .txt, .md and .html files, and
JSON Lines files with one article per line. Names are resolved up front (a missing file or a
folder without articles fails at once), but texts are read one at a time as the stream is
consumed, so memory does not grow with the corpus. A document that cannot be read (not UTF-8,
binary, empty, a bad JSON line) becomes a `Skipped` item in the stream, not an error: one bad
file in years of news must not stop the build.
"""
from __future__ import annotations

import glob
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from mediakg.errors import InputError
from mediakg.extract.inputs.html import html_to_text
from mediakg.extract.records import SourceDocument, content_hash

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
SUFFIX_NAMES = ".txt, .md, .html or .jsonl file"
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?")


MAX_DOCUMENT_CHARS = 2_000_000  # a longer document is skipped: past this it is not an article


def nfc(text: str) -> str:
    """Text in Unicode NFC, as every reader hands it on: a name typed with a precomposed "é" and
    one with "e" and a combining accent are one name to extraction and to the graph."""
    return unicodedata.normalize("NFC", text)


# An opening single quote between letters is an apostrophe typed the wrong way round
# ("Neon‘s The Plumber", "don‘t"): no quotation opens inside a word.
_TURNED_APOSTROPHE_RE = re.compile(r"(?<=[^\W\d_])\u2018(?=[^\W\d_])")


def mend_apostrophes(text: str) -> str:
    """The text with each apostrophe typed as an opening quote inside a word made an apostrophe,
    one character for one: offsets into the text are unchanged."""
    return _TURNED_APOSTROPHE_RE.sub("\u2019", text)


@dataclass(frozen=True)
class InputDocument:
    """One article to extract: its text and what the graph records about where it came from."""

    name: str  # a short label: the file name, or the title or id of a JSON Lines article
    source: str  # the path, or `path#id` for a JSON Lines article
    text: str
    url: str | None = None
    published: str | None = None

    def source_document(self) -> SourceDocument:
        return SourceDocument(name=self.name, source=self.source, content_hash=content_hash(self.text),
                              url=self.url, published=self.published)


@dataclass(frozen=True)
class Skipped:
    """A document left out of the build, and why; reported as `mediakg: skipped NAME: reason`."""

    name: str
    reason: str


def _wanted(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in SUFFIXES


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files, folders (searched recursively) and globs, in a stable order, each once. Only the
    names are listed here; a named file that is missing, or a folder or glob without an article
    file, is an InputError before any work starts."""
    paths: list[Path] = []
    for item in inputs:
        text = str(item)
        if any(c in text for c in "*?["):
            files = [p for p in sorted(Path(p) for p in glob.glob(text, recursive=True)) if _wanted(p)]
            if not files:
                raise InputError(text, f"the pattern matches no {SUFFIX_NAMES}")
            paths += files
            continue
        path = Path(text)
        if not path.exists():
            raise InputError(path, "no such file or folder")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if _wanted(p))
            if not files:
                raise InputError(path, f"the folder holds no {SUFFIX_NAMES}")
            paths += files
        else:
            paths.append(path)
    return list(dict.fromkeys(paths))


def decode(where: str | Path, data: bytes) -> str:
    """UTF-8 text of a file's bytes; an InputError names `where` and says why they are not text."""
    if b"\x00" in data[:8192]:
        raise InputError(where, "is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(where, f"is not UTF-8 text (bad byte at offset {exc.start})") from None


def _article_text(path: Path, text: str) -> tuple[str, str]:
    """(text, title) of a .txt, .md or .html file; a first line `source: ...` (the corpus
    header of plain-text files) is dropped."""
    if path.suffix.lower() in HTML_SUFFIXES:
        return html_to_text(text)
    if text.startswith("source:"):
        text = text.split("\n", 1)[1].lstrip("\n") if "\n" in text else ""
    return text, ""


def read_file(path: Path) -> InputDocument:
    """One .txt, .md or .html file as a document; an InputError if it cannot be read or is empty."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None
    text, _title = _article_text(path, decode(path, data))
    if not text.strip():
        raise InputError(path, "is empty" if path.suffix.lower() not in HTML_SUFFIXES else "has no article text")
    # A saved page is labelled by its file name like any other file: titles repeat across sites.
    return InputDocument(name=nfc(path.name), source=str(path), text=mend_apostrophes(nfc(text)))


def _optional_string(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be a string")
    return value.strip()


def json_object_line(path: str | Path, number: int, line: str) -> dict:
    """One line of a JSON Lines file as an object, or a one-line error naming file and line."""
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"is not JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise InputError(where, "is not a JSON object")
    return record


def parse_jsonl_line(path: Path, number: int, line: str) -> InputDocument:
    """One JSON Lines article: `id` and `text`, optional `url`, `title`, `published`."""
    where = f"{path}:{number}"
    record = json_object_line(path, number, line)
    try:
        article_id, text = record.get("id"), record.get("text")
        if not isinstance(article_id, (str, int)) or isinstance(article_id, bool) or str(article_id) == "":
            raise ValueError("'id' must be a non-empty string or number")
        if not isinstance(text, str):
            raise ValueError("'text' must be a string")
        url, title, published = (_optional_string(record, k) for k in ("url", "title", "published"))
    except ValueError as exc:
        raise InputError(where, str(exc)) from None
    if not text.strip():
        raise InputError(where, f"article {article_id} is empty")
    if published is not None and not ISO_DATE.fullmatch(published):
        raise InputError(where, f"'published' is not an ISO date or date-time: {published[:40]!r}")
    return InputDocument(name=nfc(title or str(article_id)), source=f"{path}#{article_id}", text=mend_apostrophes(nfc(text)),
                         url=url, published=published)


def read_jsonl(path: Path) -> Iterator[InputDocument | Skipped]:
    """The articles of a JSON Lines file, one line at a time; a bad line is skipped by number."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Skipped(str(path), f"cannot be read: {exc.strerror or exc}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                # A string, not a Path, names the line: pathlib interns every path part it parses,
                # which would keep one string per line alive for the whole run.
                yield parse_jsonl_line(path, number, decode(f"{path}:{number}", raw))
            except InputError as exc:
                yield Skipped(exc.path, exc.problem)


def read_documents(inputs: Iterable[str | Path], *,
                   max_chars: int = MAX_DOCUMENT_CHARS) -> Iterator[InputDocument | Skipped]:
    """The documents of all inputs, lazily. Names are checked before the first document is
    yielded (see `expand_inputs`); unreadable documents, and documents longer than max_chars
    characters, come out as `Skipped`."""
    paths = expand_inputs(inputs)
    return _documents(paths, max_chars)


def _too_long(length: int, max_chars: int) -> str:
    return f"is {length:,} characters long, past the limit of {max_chars:,} (--max-chars)"


def _documents(paths: list[Path], max_chars: int = MAX_DOCUMENT_CHARS) -> Iterator[InputDocument | Skipped]:
    for path in paths:
        if path.suffix.lower() in JSONL_SUFFIXES:
            for item in read_jsonl(path):
                if isinstance(item, InputDocument) and len(item.text) > max_chars:
                    item = Skipped(item.source, _too_long(len(item.text), max_chars))
                yield item
            continue
        try:
            # UTF-8 takes at most 4 bytes a character: a file past that is too long unread.
            if path.stat().st_size > 4 * max_chars:
                yield Skipped(str(path), f"is {path.stat().st_size:,} bytes, past the limit of {max_chars:,} characters (--max-chars)")
                continue
            document = read_file(path)
        except InputError as exc:
            yield Skipped(exc.path, exc.problem)
            continue
        except OSError as exc:
            yield Skipped(str(path), f"cannot be read: {exc.strerror or exc}")
            continue
        yield document if len(document.text) <= max_chars else Skipped(str(path), _too_long(len(document.text), max_chars))
