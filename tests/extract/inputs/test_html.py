"""Saved news pages reduced to the article a reader sees."""
from __future__ import annotations

from mediakg.extract.inputs.html import html_to_text

# A made-up page, written for these tests.
PAGE = """<!doctype html>
<html><head><title>Harbor &amp; Streamly sign a deal | Trade Daily</title>
<style>body { color: red }</style><script>var tracking = "Netflix buys everything";</script></head>
<body>
<header><a href="/">Trade Daily</a></header>
<nav><ul><li>Film</li><li>TV</li><li>Streaming</li></ul></nav>
<article>
  <header><h1>Harbor Studios signs with Streamly</h1></header>
  <p>Streamly has signed a multi-year agreement
     with <a href="/harbor">Harbor Studios</a>.</p>
  <figure><img src="x.jpg"><figcaption>Photo: archive</figcaption></figure>
  <p>The deal was announced in Los&nbsp;Angeles on Tuesday.<br>More to follow.</p>
</article>
<aside><article><p>Related: Orbit Pictures names a new chief.</p></article></aside>
<footer>Copyright Trade Daily</footer>
</body></html>
"""


def test_the_article_is_kept_and_the_page_around_it_dropped():
    text, title = html_to_text(PAGE)
    assert text == (
        "Harbor Studios signs with Streamly\n\n"
        "Streamly has signed a multi-year agreement with Harbor Studios.\n\n"
        "The deal was announced in Los Angeles on Tuesday.\n\n"  # &nbsp; is a space
        "More to follow.\n"
    )
    assert title == "Harbor & Streamly sign a deal | Trade Daily"
    for noise in ("tracking", "color", "Streaming", "Copyright", "Related", "Photo"):
        assert noise not in text


def test_without_an_article_element_main_then_body_is_used():
    main = "<body><nav>Menu</nav><main><p>Orbit Pictures hired Ana Ruiz.</p></main><p>Footer text</p></body>"
    assert html_to_text(main)[0] == "Orbit Pictures hired Ana Ruiz.\n"
    body = "<body><nav>Menu</nav><div>Orbit Pictures hired Ana Ruiz.</div><div>She starts in May.</div></body>"
    assert html_to_text(body)[0] == "Orbit Pictures hired Ana Ruiz.\n\nShe starts in May.\n"


def test_a_fragment_without_body_is_read_whole():
    assert html_to_text("<p>Orbit Pictures hired Ana Ruiz.</p>")[0] == "Orbit Pictures hired Ana Ruiz.\n"


def test_a_page_with_only_scripts_has_no_text():
    assert html_to_text("<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>") == ("", "")
