"""Markdown articles (``.md``, ``.markdown``): simple front matter, then the body verbatim.

Front matter is ``key: value`` lines between ``---`` lines (``title``, ``outlet``,
``date`` or ``published``, ``url``, ``id``; other keys are ignored).  The body is kept
as written, markup included, so ``Origin(path, line)`` maps offsets back exactly — except
that HTML comments are blanked out (replaced by spaces, line breaks kept): they are not
shown to readers, and a quote scanner must not see their words.  Offsets do not move.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from quotecheck.config import Settings
from quotecheck.readers.decode import check_article, iso_date, trim_body
from quotecheck.readers.errors import InputError
from quotecheck.readers.sources import Source
from quotecheck.readers.suppress import parse_marker, unknown_codes
from quotecheck.records import Article, Origin, Span

_KEYS = {"title": "title", "outlet": "outlet", "date": "published", "published": "published", "url": "url", "id": "id"}


def split_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """``(fields, body, first body line)``; no fields when the text has no front matter
    (no ``---`` first line, or no closing ``---`` / ``...`` line)."""
    first, newline, _ = text.partition("\n")
    if not newline or first.rstrip(" \t") != "---":
        return {}, text, 1
    fields: dict[str, str] = {}
    pos = len(first) + 1
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.rstrip(" \t") in ("---", "..."):
            start = min(end + 1, len(text))
            return fields, text[start:], 1 + text.count("\n", 0, start)
        key, colon, value = line.partition(":")
        name = _KEYS.get(key.strip().lower())
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if colon and name and value:
            fields.setdefault(name, value)
        pos = end + 1
    return {}, text, 1


def paragraphs(text: str) -> list[Span]:
    """The spans of Markdown paragraphs: runs of lines that are not blank."""
    spans: list[Span] = []
    start: int | None = None
    pos = end = 0
    for line in text.split("\n"):
        if line.strip():
            if start is None:
                start = pos
            end = pos + len(line)
        elif start is not None:
            spans.append(Span(start, end))
            start = None
        pos += len(line) + 1
    if start is not None:
        spans.append(Span(start, end))
    return spans


def blank_comments(text: str) -> tuple[str, list[tuple[Span, tuple[str, ...]]]]:
    """The text with every closed HTML comment turned to spaces (line breaks kept), and
    each suppression comment's span with its codes."""
    parts: list[str] = []
    markers: list[tuple[Span, tuple[str, ...]]] = []
    pos = 0
    while (start := text.find("<!--", pos)) >= 0 and (close := text.find("-->", start + 4)) >= 0:
        end = close + 3
        codes = parse_marker(text[start + 4:close])
        if codes is not None:
            markers.append((Span(start, end), codes))
        parts += [text[pos:start], "\n".join(" " * len(line) for line in text[start:end].split("\n"))]
        pos = end
    parts.append(text[pos:])
    return "".join(parts), markers


def parse(text: str, source: Source, settings: Settings) -> Iterator[Article | InputError]:
    """The one article of a decoded Markdown file (and an error for each unknown ignore code)."""
    fields, body, line = split_front_matter(text)
    body, line = trim_body(body, line)
    blanked, markers = blank_comments(body)
    blocks = paragraphs(blanked)  # before the trailing blanks go: a comment may end the last line
    body = blanked.rstrip()
    origin = Origin(source.path, line=line)
    starts = [block.start for block in blocks]
    ignore: list[tuple[Span, tuple[str, ...]]] = []
    for span, codes in markers:
        where = origin.locate(blanked, span.start)
        yield from unknown_codes(codes, source.path, where.line, where.column)
        # the paragraph holding the comment, else the first one after it
        i = bisect.bisect_right(starts, span.start) - 1
        if i < 0 or span.start >= blocks[i].end:
            i = bisect.bisect_left(starts, span.end)
        if i < len(blocks):
            ignore.append((Span(blocks[i].start, min(blocks[i].end, len(body))), codes))
    article = Article(
        id=fields.get("id", source.id),
        text=body,
        title=fields.get("title"),
        outlet=fields.get("outlet"),
        published=iso_date(fields.get("published")),
        url=fields.get("url"),
        origin=origin,
        ignore=tuple(ignore),
    )
    yield check_article(article, settings)
