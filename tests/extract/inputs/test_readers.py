"""Reading the inputs: every kind of file, JSON Lines articles, a lazy stream, skipped documents."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from mediakg.errors import InputError
from mediakg.extract.inputs.readers import InputDocument, Skipped, expand_inputs, read_documents

# Made-up trade news, written for these tests.
DEAL = "Streamly has signed a multi-year agreement with Harbor Studios.\n"
HIRE = "Harbor Studios hired Maya Lindqvist to run its new drama unit in Vancouver.\n"
PAGE = "<html><body><nav>Menu</nav><article><p>Orbit Pictures acquired Lantern Studios.</p></article></body></html>"


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), "utf-8")
    return path


def test_each_file_kind_becomes_a_document(tmp_path):
    (tmp_path / "a.txt").write_text(DEAL, "utf-8")
    (tmp_path / "b.md").write_text("source: https://example.org/b\n\n" + HIRE, "utf-8")
    (tmp_path / "c.html").write_text(PAGE, "utf-8")
    write_jsonl(tmp_path / "d.jsonl", [{"id": 7, "text": DEAL, "url": "https://example.org/d",
                                        "title": "A deal", "published": "2026-03-04T09:30:00Z"}])
    docs = list(read_documents([tmp_path]))
    assert docs == [
        InputDocument("a.txt", str(tmp_path / "a.txt"), DEAL),
        InputDocument("b.md", str(tmp_path / "b.md"), HIRE),
        InputDocument("c.html", str(tmp_path / "c.html"), "Orbit Pictures acquired Lantern Studios.\n"),
        InputDocument("A deal", f"{tmp_path / 'd.jsonl'}#7", DEAL, url="https://example.org/d",
                      published="2026-03-04T09:30:00Z"),
    ]
    source = docs[3].source_document()
    assert (source.url, source.published, source.name) == ("https://example.org/d", "2026-03-04T09:30:00Z", "A deal")


def test_a_jsonl_article_without_title_is_named_by_its_id(tmp_path):
    write_jsonl(tmp_path / "news.jsonl", [{"id": "vt-1", "text": DEAL}])
    (doc,) = read_documents([tmp_path / "news.jsonl"])
    assert (doc.name, doc.url, doc.published) == ("vt-1", None, None)


def test_bad_jsonl_lines_are_skipped_by_line_number(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [
        {"id": "ok-1", "text": DEAL},
        "{not json",
        ["a", "list"],
        {"id": "no-text"},
        {"id": "blank", "text": "   "},
        {"text": "no id"},
        {"id": "late", "text": HIRE, "published": "last Tuesday"},
        {"id": "ok-2", "text": HIRE},
    ])
    items = list(read_documents([path]))
    assert [d.name for d in items if isinstance(d, InputDocument)] == ["ok-1", "ok-2"]
    skipped = [s for s in items if isinstance(s, Skipped)]
    assert [s.name for s in skipped] == [f"{path}:{n}" for n in range(2, 8)]
    reasons = [s.reason for s in skipped]
    assert reasons[0].startswith("is not JSON")
    assert reasons[1] == "is not a JSON object"
    assert reasons[2] == "'text' must be a string"
    assert reasons[3] == "article blank is empty"
    assert reasons[4] == "'id' must be a non-empty string or number"
    assert reasons[5].startswith("'published' is not an ISO date")


def test_unreadable_files_are_skipped_and_reading_goes_on(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"caf\xe9 society")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.html").write_text("<html><body><script>x()</script></body></html>", "utf-8")
    (tmp_path / "d.txt").write_text(DEAL, "utf-8")
    items = list(read_documents([tmp_path]))
    assert items[:3] == [
        Skipped(str(tmp_path / "a.txt"), "is not UTF-8 text (bad byte at offset 3)"),
        Skipped(str(tmp_path / "b.txt"), "is empty"),
        Skipped(str(tmp_path / "c.html"), "has no article text"),
    ]
    assert items[3].text == DEAL


def test_names_are_checked_before_anything_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(DEAL, "utf-8")
    with pytest.raises(InputError, match="absent.txt: no such file"):
        read_documents([tmp_path / "a.txt", tmp_path / "absent.txt"])
    (tmp_path / "only.csv").write_text("a,b\n", "utf-8")
    with pytest.raises(InputError, match="no .txt, .md, .html or .jsonl file"):
        expand_inputs([str(tmp_path / "*.csv")])


def test_files_are_read_only_as_the_stream_is_consumed(tmp_path):
    (tmp_path / "a.txt").write_text(DEAL, "utf-8")
    (tmp_path / "b.txt").write_text(HIRE, "utf-8")
    stream = read_documents([tmp_path])
    assert next(stream).text == DEAL
    # Changed after the stream started: the new text is what gets read, so nothing was read ahead.
    (tmp_path / "b.txt").write_text(DEAL + HIRE, "utf-8")
    assert next(stream).text == DEAL + HIRE


def _peak_while_reading(path: Path) -> tuple[int, int]:
    """(documents read, peak traced bytes while reading them all)."""
    tracemalloc.start()
    try:
        count = sum(1 for item in read_documents([path]) if isinstance(item, InputDocument))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_a_jsonl_corpus(tmp_path):
    article = {"id": 0, "text": DEAL * 40, "url": "https://example.org/a"}  # about 2.6 kB each
    for name, size in (("small.jsonl", 200), ("big.jsonl", 20_000)):  # about 0.5 and 50 MB
        with (tmp_path / name).open("w", encoding="utf-8") as out:
            for n in range(size):
                article["id"] = n
                out.write(json.dumps(article) + "\n")
    _peak_while_reading(tmp_path / "small.jsonl")  # first use imports and caches a few things
    small = _peak_while_reading(tmp_path / "small.jsonl")
    big = _peak_while_reading(tmp_path / "big.jsonl")
    assert (small[0], big[0]) == (200, 20_000)
    # A hundred times the articles, and the peak is about the same: one article at a time.
    assert big[1] < small[1] + 100_000, (small, big)


def test_a_document_past_max_chars_is_skipped_with_a_one_line_reason(tmp_path):
    from mediakg.extract.inputs.readers import Skipped, read_documents

    (tmp_path / "long.txt").write_text("Streamly signed a deal. " * 10, encoding="utf-8")  # 240 characters
    (tmp_path / "huge.txt").write_text("x" * 1000, encoding="utf-8")  # past 4 bytes a character: not read
    (tmp_path / "short.txt").write_text("Streamly signed a deal.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"id": 1, "text": "' + "y" * 300 + '"}\n{"id": 2, "text": "ok"}\n',
                                      encoding="utf-8")
    items = list(read_documents([tmp_path], max_chars=200))
    skipped = {item.name: item.reason for item in items if isinstance(item, Skipped)}
    kept = [item.name for item in items if not isinstance(item, Skipped)]
    assert sorted(kept) == ["2", "short.txt"]
    assert set(skipped) == {str(tmp_path / "long.txt"), str(tmp_path / "huge.txt"), f"{tmp_path / 'a.jsonl'}#1"}
    assert "240 characters" in skipped[str(tmp_path / "long.txt")]
    assert all("--max-chars" in reason and "\n" not in reason for reason in skipped.values())


def test_reading_inputs_loads_no_graph_code(tmp_path):
    # Extraction never writes RDF: reading a document must not drag in the graph package.
    text = "Harbor Studios signed a deal."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    probe = ("import sys; from mediakg.extract.inputs.readers import read_documents; "
             f"docs = list(read_documents([{str(tmp_path)!r}])); "
             "print(docs[0].source_document().content_hash, any(m.startswith('mediakg.graph') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == [hashlib.sha256(text.encode("utf-8")).hexdigest(), "False"]


def test_an_apostrophe_typed_as_an_opening_quote_is_mended(tmp_path):
    # "Neon‘s The Plumber": no quotation opens inside a word, so the quote is the possessive's
    (tmp_path / "a.txt").write_text("Ravi Kohl will star in Neon\u2018s The Plumber.\n", "utf-8")
    [document] = list(read_documents([tmp_path / "a.txt"]))
    assert document.text == "Ravi Kohl will star in Neon\u2019s The Plumber.\n"


def test_an_opening_quote_before_a_word_stays(tmp_path):
    # negative twin: a quotation that opens after a space is a quotation
    (tmp_path / "a.txt").write_text("The film, \u2018The Plumber\u2019, stars Ravi Kohl.\n", "utf-8")
    [document] = list(read_documents([tmp_path / "a.txt"]))
    assert document.text == "The film, \u2018The Plumber\u2019, stars Ravi Kohl.\n"
