"""JSON Lines articles (``.jsonl``, ``.ndjson``): one JSON object per line, read as a stream.

The file is read in binary chunks and split into lines here, so memory stays bounded by
one line whatever the file's size; a line too long to be an article is skipped chunk by
chunk without being stored.  Each bad line becomes an :class:`InputError` naming its line
and the next line is read.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import IO

from quotecheck.config import Settings
from quotecheck.readers.decode import (
    RAISE_LIMIT,
    SNIFF_BYTES,
    byte_limit,
    check_article,
    clean_value,
    iso_date,
    json_failure,
    json_text,
    json_type,
    sniff,
    trim_body,
    utf8_error,
)
from quotecheck.readers.errors import InputError
from quotecheck.readers.sources import Source
from quotecheck.records import Anchor, Article, Origin

CHUNK = 1 << 16
LINE_SLACK = 1 << 16
"""Bytes a line may have beyond the article bound, for its id, title and other fields."""
FIELDS = ("id", "text", "title", "outlet", "published", "url")
_FIX_LINE = "fix or remove the line: each line must be one JSON object"


def read_lines(stream: IO[bytes], limit: int, head: bytes = b"", chunk: int = CHUNK) -> Iterator[bytes | int]:
    """Each line of ``stream`` (after ``head``) without its newline, as it is read.

    A line longer than ``limit`` bytes is not kept: its length is yielded instead, once
    the rest of it has been read past.
    """
    read = getattr(stream, "read1", stream.read)  # a pipe's lines arrive as they are written
    buf = bytearray(head)
    scanned = 0  # no newline in buf[:scanned]
    skipped = 0  # bytes of an over-long line read past so far
    while True:
        newline = buf.find(b"\n", scanned)
        if newline >= 0:
            if skipped or newline > limit:
                yield skipped + newline
            else:
                yield bytes(buf[:newline])
            del buf[:newline + 1]
            scanned = skipped = 0
            continue
        if skipped or len(buf) > limit:
            skipped += len(buf)
            buf.clear()
        scanned = len(buf)
        data = read(chunk)
        if not data:
            if skipped:
                yield skipped
            elif buf:
                yield bytes(buf)
            return
        buf += data


def read(source: Source, stream: IO[bytes], settings: Settings) -> Iterator[Article | InputError]:
    """Every article of a JSONL stream, in order, with an error for each bad line."""
    head = stream.read(SNIFF_BYTES)
    error = sniff(head, source.path)
    if error is not None:
        yield error
        return
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8):]
    limit = byte_limit(settings) + LINE_SLACK
    keys = {name: settings.input.field_name(name) for name in FIELDS}
    for number, line in enumerate(read_lines(stream, limit, head), 1):
        if isinstance(line, int):
            yield InputError(
                source.path, number,
                message=f"article too large: the line is {line:,} bytes, more than {limit:,} "
                "(4 bytes per character of `extract.max_article_chars`, and room for its fields)",
                hint=RAISE_LIMIT,
            )
        elif line.strip():
            yield parse_line(line.rstrip(b"\r"), number, source, settings, keys)


def parse_line(line: bytes, number: int, source: Source, settings: Settings,
               keys: dict[str, str]) -> Article | InputError:
    """The article on one JSONL line (``keys``: article attribute → field name in the file)."""
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return utf8_error(line, exc.start, source.path, line=number)
    except json.JSONDecodeError as exc:
        return InputError(source.path, number, exc.colno, message=f"malformed JSON: {exc.msg}", hint=_FIX_LINE)
    except (ValueError, RecursionError) as exc:
        return InputError(source.path, number, message=f"malformed JSON: {json_failure(exc)}", hint=_FIX_LINE)
    if not isinstance(record, dict):
        return InputError(source.path, number, message=f"the line holds a JSON {json_type(record)}, not an object",
                          hint="give each article as one object: {\"id\": …, \"text\": …}")
    text = record.get(keys["text"])
    if not isinstance(text, str):
        what = "no" if text is None else "a non-string"
        return InputError(source.path, number, message=f"{what} `{keys['text']}` field: the article has no text",
                          hint="give the text as a string, or name your field under [tool.quotecheck.input.fields] "
                          "(e.g. text = \"body\"; `input.fields` in Python)")
    body, _ = trim_body(json_text(text))
    values = {name: clean_value(record.get(key)) for name, key in keys.items() if name != "text"}
    article = Article(
        id=values["id"] or f"{source.id}:{number}",
        text=body,
        title=values["title"],
        outlet=values["outlet"],
        published=iso_date(values["published"]),
        url=values["url"],
        origin=Origin(source.path, line=number, anchors=(Anchor(0, number, 1, keys["text"]),), verbatim=False),
    )
    return check_article(article, settings, line=number)
