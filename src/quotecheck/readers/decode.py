"""Shared helpers for the readers: bytes → clean text, and the checks every article passes.

Every format goes through the same steps — refuse binary and non-UTF-8 input with its
position, normalise line ends, trim blank edges, refuse empty or oversized articles — so
one article gives the same text whichever format it arrives in.
"""

from __future__ import annotations

import codecs
import datetime
import os
import re
from typing import IO, Any

import regex

from quotecheck.config import Settings
from quotecheck.readers.errors import InputError
from quotecheck.records import Article

SNIFF_BYTES = 8192
"""A NUL byte in this many leading bytes marks a file as binary."""
BYTES_PER_CHAR = 4
"""The most bytes UTF-8 spends on one character: bounds a file before it is decoded."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_VISIBLE = regex.compile(r"[^\p{Z}\p{C}\s]")
"""A character that is neither whitespace, nor a control or format character (zero-width)."""
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ICONV_HINT = "convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8 FILE > FILE.utf8`"
RAISE_LIMIT = "raise `max-article-chars` under [tool.quotecheck.extract] (`extract.max_article_chars` in Python)"
"""What to do about an article over the size limit, in the config file's words and the API's."""
EXCLUDE = "add it to `exclude` under [tool.quotecheck] (`input.exclude` in Python)"
"""How to leave an input out of every run."""


def byte_limit(settings: Settings) -> int:
    """The most bytes an article's file may have before it is refused unread."""
    return settings.extract.max_article_chars * BYTES_PER_CHAR


def sniff(head: bytes, path: str) -> InputError | None:
    """An error when the first bytes of a file show it is UTF-16 or binary, else ``None``."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        return InputError(path, message="the file is UTF-16 (or UTF-32), not UTF-8",
                          hint="convert it to UTF-8, e.g. `iconv -f utf-16 -t utf-8 FILE > FILE.utf8`")
    if b"\0" in head[:SNIFF_BYTES]:
        return InputError(path, message="binary file, not an article",
                          hint=f"remove it from the batch, or {EXCLUDE}")
    return None


def read_bounded(stream: IO[bytes], path: str, limit: int) -> bytes | InputError:
    """All of ``stream``, or an error when it holds more than ``limit`` bytes.

    A regular file is measured before it is read, so an oversized one costs nothing.
    """
    try:
        size = os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, ValueError):
        size = 0  # not a plain file (a pipe or an in-memory stream): count while reading
    data = b"" if size > limit else stream.read(limit + 1)
    if size > limit or len(data) > limit:
        return InputError(
            path,
            message=f"file is larger than {limit:,} bytes (4 bytes per character of "
            "`extract.max_article_chars`)",
            hint=f"{RAISE_LIMIT}, or give the articles as JSONL, which is read line by line",
        )
    return data


def utf8_error(data: bytes, pos: int, path: str, line: int = 1, skipped: int = 0) -> InputError:
    """The error for the undecodable byte at ``data[pos]``, with its line and column.

    ``line`` is the file line ``data`` starts on; ``skipped`` counts bytes of the file
    before ``data`` (a byte-order mark), so the reported offset is the file's own.
    """
    start = data.rfind(b"\n", 0, pos) + 1
    line += data.count(b"\n", 0, start)
    column = len(data[start:pos].decode("utf-8", "replace")) + 1
    return InputError(
        path, line, column,
        message=f"not UTF-8: byte 0x{data[pos]:02X} at byte offset {skipped + pos} cannot be decoded",
        hint=_ICONV_HINT,
    )


def decode_text(data: bytes, path: str) -> str | InputError:
    """UTF-8 (with or without a byte-order mark) → text with ``\\n`` line ends."""
    error = sniff(data, path)
    if error is not None:
        return error
    skipped = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    body = data[skipped:] if skipped else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return utf8_error(body, exc.start, path, skipped=skipped)
    return normalize_newlines(text)


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``, so lines count the same in every format."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def scrub_surrogates(text: str) -> str:
    """Each lone surrogate (from a JSON ``\\ud800`` escape) → U+FFFD, one for one."""
    return _SURROGATE.sub("\ufffd", text)


def json_text(value: str) -> str:
    """A string decoded from JSON, as article text: ``\n`` line ends, no lone surrogates."""
    return scrub_surrogates(normalize_newlines(value))


def trim_body(text: str, line: int = 1) -> tuple[str, int]:
    """Drop leading blank lines and trailing whitespace; return the text and its first line.

    Only whole lines are dropped at the start, so column 1 of the result is column 1 of
    the file line returned.
    """
    first = re.search(r"\S", text)
    if first is None:
        return "", line
    start = text.rfind("\n", 0, first.start()) + 1
    return text[start:].rstrip(), line + text.count("\n", 0, start)


def clean_value(value: Any) -> str | None:
    """A metadata value as text: strings (surrogates scrubbed) and numbers; else ``None``."""
    if isinstance(value, str):
        return scrub_surrogates(value).strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def iso_date(value: Any) -> str | None:
    """The ``YYYY-MM-DD`` date a timestamp starts with (``2013-07-09T10:37:00Z``), if valid."""
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value.strip())
    if match is None:
        return None
    try:
        return datetime.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def check_article(article: Article, settings: Settings, line: int | None = None) -> Article | InputError:
    """The article itself, or the error when its text is empty (nothing visible) or too long."""
    path = article.origin.path if article.origin else article.id
    if _VISIBLE.search(article.text) is None:
        return InputError(path, line, message="empty article",
                          hint="add the article's text, or leave the input out of the batch")
    limit = settings.extract.max_article_chars
    if len(article.text) > limit:
        return InputError(
            path, line,
            message=f"article too large: {len(article.text):,} characters, more than "
            f"`extract.max_article_chars` ({limit:,})",
            hint=RAISE_LIMIT,
        )
    return article


def json_type(value: Any) -> str:
    """The JSON name of a decoded value's type (``object``, ``array``, ``string``…)."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def json_failure(exc: ValueError | RecursionError) -> str:
    """Plain words for a JSON value the decoder refuses although it parses."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return "a number too long to read" if "digits" in str(exc) else str(exc)
