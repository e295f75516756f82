"""Properties of every reader: whatever the bytes, ``load`` yields articles or errors and
never raises; HTML anchors always point inside the text and back at the right source."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.readers import InputError, load
from quotecheck.readers.html import extract
from quotecheck.records import Article, Origin

SOUP = st.lists(
    st.one_of(
        st.sampled_from([
            "<p>", "</p>", "<div>", "</div>", "<br>", "<b>", "</b>", "<li>", "<td>", "</td>", "<tr>",
            "<h1>", "</h1>", "<title>", "</title>", "<head>", "</head>", "<body>", "<script>", "</script>",
            "<!-- note -->", "<!-- quotecheck: ignore -->", "<!-- quotecheck: ignore x -->", "<!--",
            "<p/>", "</span>", "<a href='x'>", "&amp;", "&nbsp;", "&#x201C;", "&#0;", "&bogus;", "&", "<", ">",
            "\n", "  ", "\t", '"', "“", "”", "<!DOCTYPE html>", "<![CDATA[x]]>", "<?php ?>",
        ]),
        st.text(max_size=12),
    ),
    max_size=40,
).map("".join)
"""Tag soup: real tags, broken tags, comments, entities and arbitrary text between them."""


def _load_bytes(name: str, data: bytes) -> list[object]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return list(load([str(path)]))


def _check_items(items: list[object]) -> None:
    for item in items:
        assert isinstance(item, (Article, InputError)), item
        if isinstance(item, Article):
            assert item.text.strip() and "\r" not in item.text
            assert not any("\ud800" <= c <= "\udfff" for c in item.text)
            for span, _ in item.ignore:
                assert 0 <= span.start <= span.end <= len(item.text)
        else:
            assert item.message and str(item).startswith(item.path)


@given(data=st.binary(max_size=300), ext=st.sampled_from(["txt", "md", "html", "json"]))
def test_any_bytes_in_a_single_article_file_give_articles_or_errors(data, ext):
    items = _load_bytes(f"a.{ext}", data)
    assert items, "nothing yielded: the input was silently dropped"
    _check_items(items)


@given(lines=st.lists(st.one_of(st.binary(max_size=60), st.sampled_from([
    b'{"text": "ok"}', b'{"id": 1, "text": "\\ud800 x"}', b'{"text": ""}', b"[1]", b"", b"{", b'{"text": 5}',
])), max_size=8))
def test_any_bytes_in_a_jsonl_file_give_articles_or_errors(lines):
    _check_items(_load_bytes("a.jsonl", b"\n".join(lines)))


@given(soup=SOUP)
def test_soup_as_a_file_gives_an_article_or_an_error(soup):
    _check_items(_load_bytes("a.html", soup.encode("utf-8", "surrogatepass")))


def _source_char(lines: list[str], line: int, column: int) -> str:
    text = lines[line - 1]
    return text[column - 1] if column <= len(text) else "\n"


@given(soup=SOUP.map(lambda s: s.replace("\r", "")))
def test_html_anchors_are_in_range_and_point_at_their_source(soup):
    page = extract(soup)
    lines = soup.split("\n")
    offsets = [a.offset for a in page.anchors]
    assert offsets == sorted(offsets)
    assert all(0 <= a.offset < len(page.text) for a in page.anchors)
    assert not page.text or offsets[0] == 0
    for a in page.anchors:
        assert 1 <= a.line <= len(lines) and 1 <= a.column <= len(lines[a.line - 1]) + 1
    for span, _ in page.ignore:
        assert 0 <= span.start <= span.end <= len(page.text)
    if "&" in soup:
        return  # a decoded entity is placed at its `&`, not character by character
    origin = Origin("a.html", anchors=page.anchors, verbatim=True)
    for i, char in enumerate(page.text):
        if char == "\n":
            continue
        where = origin.locate(page.text, i)
        found = _source_char(lines, where.line, where.column)
        # a space stands for collapsed whitespace, or for the tag between two table cells
        assert found == char or (char == " " and found in " \t\n\f<"), (i, char, where)
