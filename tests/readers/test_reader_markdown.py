"""The Markdown reader: front matter, a verbatim body, comments blanked, suppressions."""

from __future__ import annotations

from quotecheck.readers import InputError
from quotecheck.records import Article, Location, Origin, Span

DOC = """---
title: "Putin weighs the plan"
outlet: Reuters
date: 2025-11-27
url: https://example.com/a
tags: [ukraine, peace]
---

Putin said the plan "could serve as the basis."

<!-- quotecheck: ignore speaker-conflict -->
Trump said "we are close,"
his envoy said.
"""


def test_front_matter_fields_and_a_verbatim_body(read_one, tmp_path):
    article = read_one("story.md", DOC)
    path = str(tmp_path / "story.md")
    body = DOC.split("---\n", 2)[2].lstrip("\n").rstrip()
    comment = "<!-- quotecheck: ignore speaker-conflict -->"
    assert article.text == body.replace(comment, " " * len(comment))
    trump = article.text.index("Trump")
    assert article == Article(
        id="story",
        text=article.text,
        title="Putin weighs the plan",
        outlet="Reuters",
        published="2025-11-27",
        url="https://example.com/a",
        origin=Origin(path, line=9, column=1),
        ignore=((Span(trump, len(article.text)), ("speaker-conflict",)),),
    )
    assert article.origin.locate(article.text, article.text.index("we are")) == Location(path, 12, 13)
    assert DOC.split("\n")[11][12:].startswith("we are")


def test_id_comes_from_front_matter_and_unknown_keys_are_ignored(read_one):
    article = read_one("x.md", "---\nid: reuters-123\nauthor: Jane\n---\nBody text.\n")
    assert (article.id, article.title, article.text) == ("reuters-123", None, "Body text.")


def test_without_closed_front_matter_the_whole_file_is_the_text(read_one):
    article = read_one("hr.md", "---\nNot front matter: really.\n")
    assert article.text == "---\nNot front matter: really."
    assert article.origin.line == 1


def test_a_comment_on_a_text_line_silences_its_paragraph(read_one):
    article = read_one("c.md", "First para.\n\nSecond para, <!-- quotecheck: ignore -->\nstill second.\n\nThird.")
    start = article.text.index("Second")
    end = article.text.index("still second.") + len("still second.")
    assert article.ignore == ((Span(start, end), ()),)
    assert "quotecheck" not in article.text and len(article.text) == len(
        "First para.\n\nSecond para, <!-- quotecheck: ignore -->\nstill second.\n\nThird.")


def test_a_comment_at_the_very_end_silences_the_last_paragraph(read_one):
    article = read_one("end.md", "Only para <!-- quotecheck: ignore title-conflict -->\n")
    assert article.text == "Only para"
    assert article.ignore == ((Span(0, 9), ("title-conflict",)),)


def test_an_unknown_code_is_an_error_at_the_comment(read, tmp_path):
    error, article = read("u.md", "---\ntitle: T\n---\nA.\n\n  <!-- quotecheck: ignore nonsense -->\nB.\n")
    assert isinstance(error, InputError) and isinstance(article, Article)
    assert (error.path, error.line, error.column) == (str(tmp_path / "u.md"), 6, 3)
    assert error.message == "unknown finding code `nonsense` in a quotecheck: ignore comment"


def test_a_file_of_comments_is_empty(read_one):
    assert read_one("only.md", "<!-- just a note -->\n").message == "empty article"


def test_an_unclosed_comment_stays_text_and_front_matter_may_end_with_dots(read_one):
    article = read_one("o.md", "--- \ntitle: 'Quoted'\n...\nSaid <!-- never closed\n")
    assert (article.title, article.text, article.origin.line) == ("Quoted", "Said <!-- never closed", 4)
