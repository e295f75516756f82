"""IPTC ninjs articles (``.json``): one news object, or a JSON array of them.

Both generations are read: 1.x with flat keys (``headline``, ``body_text``,
``body_html``, ``versioncreated``; also the ``headline_<role>`` / ``body_<role>`` forms)
and 2.x/3.x with role-tagged lists (``headlines[]``, ``bodies[{role, contentType,
value}]``, ``versionCreated``).  Key case is ignored.  An HTML body is preferred to a
plain one (it keeps the paragraphs) and goes through the HTML reader's text extraction.
Quotes are located at the news object's line, with the body and element they sit in
(``bodies[1]/p[3]``).
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from quotecheck.config import Settings
from quotecheck.readers import html
from quotecheck.readers.decode import (
    check_article,
    clean_value,
    iso_date,
    json_failure,
    json_text,
    json_type,
    trim_body,
)
from quotecheck.readers.errors import InputError
from quotecheck.readers.sources import Source
from quotecheck.records import Anchor, Article, Origin, Span, line_starts

_LOOKS_HTML = re.compile(
    r"<(?:p|div|br|h[1-6]|span|a|em|strong|b|i|ul|ol|li|blockquote|section|article|table)(?=[\s/>])", re.IGNORECASE)
"""The start of a common tag: enough to tell an HTML body from plain text."""
_DATE_KEYS = ("versioncreated", "firstcreated", "contentcreated")
_HINT = "fix the JSON; a .json file holds one ninjs object or an array of them"


def _objects(text: str, path: str) -> Iterator[tuple[Any, int, int] | InputError]:
    """Each top-level value (the document, or each item of its array) with its start and
    end index; an error stops the walk, since JSON cannot be resumed after one."""
    decoder = json.JSONDecoder()
    pos = _skip(text, 0)
    in_array = text.startswith("[", pos)
    pos = _skip(text, pos + 1) if in_array else pos
    count = 0
    while True:
        if in_array and text.startswith("]", pos):
            if not count:
                yield _json_error(text, pos, path, "no articles: the JSON array is empty")
            pos = _skip(text, pos + 1)
            break
        if in_array and count:
            if not text.startswith(",", pos):
                yield _json_error(text, pos, path, "expected `,` or `]` after an object")
                return
            pos = _skip(text, pos + 1)
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield InputError(path, exc.lineno, exc.colno, message=f"malformed JSON: {exc.msg}", hint=_HINT)
            return
        except (ValueError, RecursionError) as exc:
            yield _json_error(text, pos, path, f"malformed JSON: {json_failure(exc)}")
            return
        yield value, pos, end
        count += 1
        pos = _skip(text, end)
        if not in_array:
            break
    if pos < len(text):
        yield _json_error(text, pos, path, "unexpected text after the JSON value")


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n\r":
        pos += 1
    return pos


def _position(text: str, index: int, starts: list[int] | None = None) -> tuple[int, int]:
    """1-based line and column of ``text[index]``."""
    if starts is None:
        starts = line_starts(text)
    line = bisect.bisect_right(starts, index)
    return line, index - starts[line - 1] + 1


def _json_error(text: str, pos: int, path: str, message: str) -> InputError:
    return InputError(path, *_position(text, pos), message=message, hint=_HINT)


def _find_value(text: str, start: int, end: int, value: str) -> int:
    """Index of the first character of string ``value`` as written in ``text[start:end]``,
    or ``start`` when its escapes make it hard to find."""
    for form in (json.dumps(value, ensure_ascii=False), json.dumps(value)):
        found = text.find(form, start, end)
        if found >= 0:
            return found + 1
    return start


def _lower(obj: dict[str, Any]) -> dict[str, Any]:
    return {str(key).lower(): value for key, value in obj.items()}


def headline(item: dict[str, Any]) -> str | None:
    """The main headline: ``headlines[]`` (role ``main`` first), ``headline``, ``headline_main``…"""
    listed = item.get("headlines")
    if isinstance(listed, list):
        entries = [_lower(h) for h in listed if isinstance(h, dict)]
        entries.sort(key=lambda h: h.get("role") != "main")
        for entry in entries:
            if value := clean_value(entry.get("value")):
                return value
    keys = ["headline", "headline_main"] + sorted(k for k in item if k.startswith("headline_") and k != "headline_main")
    for key in keys:
        if value := clean_value(item.get(key)):
            return value
    return None


def body(item: dict[str, Any]) -> tuple[str, str, bool] | None:
    """``(where, value, is_html)`` of the body to read: HTML before plain, role ``main`` first."""
    found: list[tuple[bool, bool, str, str]] = []  # (not html, not main, where, value)
    listed = item.get("bodies")
    if isinstance(listed, list):
        for i, entry in enumerate(listed):
            entry = _lower(entry) if isinstance(entry, dict) else {}
            value = entry.get("value")
            if isinstance(value, str) and value.strip():
                kind = str(entry.get("contenttype") or "").lower()
                is_html = "html" in kind or "xml" in kind or (not kind and bool(_LOOKS_HTML.search(value)))
                found.append((not is_html, entry.get("role") != "main", f"bodies[{i}]", value))
    for key, value in item.items():
        if key.startswith("body_") and isinstance(value, str) and value.strip():
            is_html = key == "body_html" or (key != "body_text" and bool(_LOOKS_HTML.search(value)))
            found.append((not is_html, key not in ("body_html", "body_text", "body_main"), key, value))
    if not found:
        return None
    not_html, _, where, value = min(found)
    return where, value, not not_html


def article(obj: Any, default_id: str, source: Source, settings: Settings,
            locate: Callable[[int], tuple[int, int]], span: tuple[int, int],
            text: str) -> Iterator[Article | InputError]:
    """The article of one ninjs object, found at ``text[span[0]:span[1]]``."""
    line, column = locate(span[0])
    if not isinstance(obj, dict):
        yield InputError(source.path, line, column, message=f"a JSON {json_type(obj)}, not a ninjs object", hint=_HINT)
        return
    item = _lower(obj)
    chosen = body(item)
    if chosen is None:
        yield InputError(source.path, line, column,
                         message="no body: expected `body_text`, `body_html` or `bodies` with a value",
                         hint="give the article's text in one of those fields")
        return
    where, raw, is_html = chosen
    at = locate(_find_value(text, span[0], span[1], raw))  # quotes are placed at the body's start
    value = json_text(raw)
    ignore: tuple[tuple[Span, tuple[str, ...]], ...] = ()
    if is_html:
        page = html.extract(value)
        body_text, ignore = page.text, page.ignore
        anchors = _dedupe(tuple(Anchor(a.offset, *at, f"{where}/{a.element}" if a.element else where)
                                for a in page.anchors))
        yield from html.problems(page, source.path, at)
    else:
        body_text, _ = trim_body(value)
        anchors = (Anchor(0, *at, where),)
    published = next((d for key in _DATE_KEYS if (d := iso_date(item.get(key)))), None)
    sources = item.get("infosources")
    outlet = sources[0].get("name") if isinstance(sources, list) and sources and isinstance(sources[0], dict) else None
    yield check_article(Article(
        id=clean_value(item.get("uri")) or default_id,
        text=body_text,
        title=headline(item),
        outlet=clean_value(outlet) or clean_value(item.get("copyrightholder")),
        published=published,
        origin=Origin(source.path, line=line, column=column, anchors=anchors, verbatim=False),
        ignore=ignore,
    ), settings, line=line)


def _dedupe(anchors: tuple[Anchor, ...]) -> tuple[Anchor, ...]:
    """Keep one anchor for each run of anchors in the same element."""
    out: list[Anchor] = []
    for anchor in anchors:
        if not out or out[-1].element != anchor.element:
            out.append(anchor)
    return tuple(out)


def parse(text: str, source: Source, settings: Settings) -> Iterator[Article | InputError]:
    """Every article of a decoded ninjs ``.json`` file, with an error for each bad object."""
    if not text.strip():
        yield InputError(source.path, message="empty article",
                         hint="give a ninjs object, or leave the file out of the batch")
        return
    starts = line_starts(text)

    def locate(index: int) -> tuple[int, int]:
        return _position(text, index, starts)

    array = text.lstrip().startswith("[")
    for found in _objects(text, source.path):
        if isinstance(found, InputError):
            yield found
            continue
        obj, start, end = found
        default_id = f"{source.id}:{locate(start)[0]}" if array else source.id
        yield from article(obj, default_id, source, settings, locate, (start, end), text)
