"""HTML pages reduced to their article text, with the standard library's parser.

A saved news page wraps the article in navigation, menus, scripts and footers. The rule is
simple and predictable: the longest <article> element if there is one, else <main>, else the
whole <body> (or page); inside it, scripts, styles, navigation, headers, footers, asides,
figures and forms are dropped (but an article's own <header>, which holds its headline, is
kept). Block elements end a paragraph, so the extractor's sentence splitter sees the same
paragraph breaks a reader does. Nothing is fetched: links and images are ignored.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

SKIPPED = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "aside",
                     "form", "svg", "iframe", "button", "select", "figure"})
BLOCKS = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
                    "li", "ul", "ol", "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "br", "hr",
                    "title", "body"})
VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source",
                  "track", "wbr", "param"})


class _Collector(HTMLParser):
    """Collects text pieces per container (each <article>, <main>, <body>) and the <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        # Containers we are inside, with their pieces; the whole page is one, for fragments.
        self.open: list[tuple[str, list[str]]] = [("page", [])]
        self.finished: list[tuple[str, list[str]]] = []
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in VOID:
            self._break(tag)
            return
        if tag in SKIPPED and not (tag == "header" and self._in_article()):
            self.skip_depth += 1
            return
        if tag == "title":
            self.in_title = True
        if tag in ("article", "main", "body") and not self.skip_depth:
            self.open.append((tag, []))
        self._break(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        self._break(tag)

    def _in_article(self) -> bool:
        # An article's own <header> holds its headline, unlike the site's header.
        return not self.skip_depth and any(tag == "article" for tag, _ in self.open)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED and not (tag == "header" and self._in_article()):
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "title":
            self.in_title = False
        self._break(tag)
        if tag in ("article", "main", "body") and self.open and self.open[-1][0] == tag:
            self.finished.append(self.open.pop())

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.skip_depth:
            return
        for _, pieces in self.open:
            pieces.append(data)

    def _break(self, tag: str) -> None:
        if tag in BLOCKS and not self.skip_depth:
            for _, pieces in self.open:
                pieces.append("\n\n")


def _paragraphs(pieces: list[str]) -> str:
    """Joined text with spaces collapsed inside a paragraph and one blank line between them."""
    paragraphs = (" ".join(p.split()) for p in "".join(pieces).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def html_to_text(html: str) -> tuple[str, str]:
    """(article text, page title) of an HTML page; either may be empty."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    containers = collector.finished + collector.open  # an unclosed <body> still counts
    text = ""
    for kind in ("article", "main", "body", "page"):
        candidates = [_paragraphs(pieces) for tag, pieces in containers if tag == kind]
        candidates = [c for c in candidates if c.strip()]
        if candidates:
            text = max(candidates, key=len)
            break
    title = re.sub(r"\s+", " ", "".join(collector.title)).strip()
    return (text if text.strip() else ""), title
