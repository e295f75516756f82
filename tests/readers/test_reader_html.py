"""The HTML reader: visible text by paragraph, metadata, anchors back to the source, tag soup."""

from __future__ import annotations

from quotecheck.readers import InputError
from quotecheck.readers.html import extract
from quotecheck.records import Article, Location, Span

PAGE = """<!DOCTYPE html>
<html>
<head>
  <title>Putin &amp; the plan</title>
  <meta property="article:published_time" content="2025-11-27T18:30:00+03:00">
  <meta property="og:site_name" content="Reuters">
  <link rel="canonical" href="https://example.com/putin-plan">
  <style>p { color: red; }</style>
</head>
<body>
<script>var s = "<p>not text</p>";</script>
<article>
  <h1>Putin weighs the plan</h1>
  <p>Putin said the   plan
     &ldquo;could serve as the basis.&rdquo;</p>
  <!-- an editor's "note" -->
  <p>He added: "Some issues<br>remain."</p>
  <noscript>Enable scripts</noscript><template><p>hidden</p></template>
</article>
</body>
</html>
"""


def test_a_page_gives_its_text_by_paragraph_and_its_metadata(read_one, tmp_path):
    article = read_one("putin.html", PAGE)
    assert isinstance(article, Article)
    assert article.text == (
        "Putin weighs the plan\n"
        "Putin said the plan “could serve as the basis.”\n"
        'He added: "Some issues\n'
        'remain."'
    )
    assert (article.id, article.title, article.outlet, article.published, article.url) == (
        "putin", "Putin & the plan", "Reuters", "2025-11-27", "https://example.com/putin-plan")
    assert article.origin.path == str(tmp_path / "putin.html")


def test_offsets_map_to_the_exact_source_position_and_element(read_one):
    article = read_one("putin.html", PAGE)
    lines = PAGE.split("\n")

    def locate(fragment: str) -> Location:
        return article.origin.locate(article.text, article.text.index(fragment))

    where = locate("could serve")
    assert (where.line, where.element) == (15, "html/body/article/p")
    assert lines[where.line - 1][where.column - 1:].startswith("could serve")
    where = locate("remain")
    assert (where.line, where.element) == (17, "html/body/article/p[2]")
    assert lines[where.line - 1][where.column - 1:].startswith("remain")
    where = locate("plan “")  # after a collapsed run of spaces
    assert lines[where.line - 1][where.column - 1:].startswith("plan\n") or lines[where.line - 1][where.column - 1:] == "plan"
    entity = locate("“could")
    assert lines[entity.line - 1][entity.column - 1:].startswith("&ldquo;")


def test_title_falls_back_to_the_first_h1():
    page = extract("<body><h1>First  <em>heading</em></h1><h1>Second</h1><p>Text.</p></body>")
    assert page.title == "First heading"
    assert page.text == "First heading\nSecond\nText."


def test_tag_soup_is_tolerated():
    soup = "<p>One <b>bold</p>\n<p>Two</i></span> <div>Three<li>Four<li>Five</ul><td>A</td><td>B</td><p>Trunc <a href"
    page = extract(soup)
    assert page.text == "One bold\nTwo\nThree\nFour\nFive\nA B\nTrunc"
    assert [(a.offset, a.element) for a in page.anchors] == [
        (0, "p"), (4, "p"), (9, "p[2]"), (13, "div"), (19, "div/li"), (24, "div/li[2]"),
        (29, "div/li[2]/td"), (30, "div/li[2]/td[2]"), (31, "div/li[2]/td[2]"), (33, "div/li[2]/p"),
    ]
    assert extract("a < b <").text == "a < b <"
    assert extract("x <!-- never closed").text == "x"


def test_a_p_start_closes_the_open_paragraph():
    page = extract("<p>One<p>Two<div>Three</div>")
    assert page.text == "One\nTwo\nThree"
    assert [a.element for a in page.anchors] == ["p", "p[2]", "div"]


def test_entities_and_whitespace_collapse_like_a_browser():
    page = extract("<p>  AT&T &amp; co&nbsp;said&#32;&#x201C;hi&#8221;\n\t now  </p>")
    assert page.text == "AT&T & co\u00a0said “hi” now"


def test_an_ignore_comment_silences_the_next_paragraph(read_one):
    article = read_one("s.html", "<p>First.</p>\n<!-- quotecheck: ignore speaker-conflict, outlet-conflict -->\n"
                                  "<p>Second \"q\".</p><p>Third.</p>")
    second = article.text.index("Second")
    assert article.ignore == ((Span(second, second + len('Second "q".')), ("speaker-conflict", "outlet-conflict")),)


def test_an_ignore_comment_inside_a_paragraph_silences_that_paragraph(read_one):
    article = read_one("s.html", "<p>First.</p><p>Second <!--quotecheck: ignore--> end.</p><p>Third.</p>")
    assert article.text == "First.\nSecond end.\nThird."
    assert article.ignore == ((Span(7, 18), ()),)


def test_an_unknown_code_is_reported_and_the_article_still_loads(read, tmp_path):
    error, article = read("s.html", "<p>A.</p>\n<!-- quotecheck: ignore speaker-conflit -->\n<p>B.</p>")
    assert isinstance(error, InputError)
    assert (error.path, error.line, error.column) == (str(tmp_path / "s.html"), 2, 1)
    assert "`speaker-conflit`" in error.message and "speaker-conflict" in error.hint
    assert article.ignore == ((Span(3, 5), ("speaker-conflit",)),)


def test_a_page_with_no_visible_text_is_empty(read_one):
    assert read_one("e.html", "<html><head><title>T</title></head><body><script>x</script></body></html>").message == "empty article"


def test_word_style_marked_sections_do_not_stop_the_parser():
    page = extract("<p>Before<![if !supportLists]>1.<![endif]> after</p><![weird]> <p>More</p><![CDATA[x]]>")
    assert page.text == "Before1. after\nMore"
    assert page.stopped is None


def test_if_the_parser_gives_up_the_rest_is_reported_not_dropped(read, monkeypatch, tmp_path):
    from quotecheck.readers import html as reader

    original = reader._Extractor.handle_data

    def choke(self, data):  # type: ignore[no-untyped-def]
        if "boom" in data:
            raise AssertionError("html.parser gave up")
        original(self, data)

    monkeypatch.setattr(reader._Extractor, "handle_data", choke)
    error, article = read("p.html", "<p>Kept.</p>\n<p>boom</p><p>Lost.</p>")
    assert (error.path, error.line, error.column) == (str(tmp_path / "p.html"), 2, 4)
    assert error.message == "malformed markup: the text after this point was not read"
    assert article.text == "Kept."
