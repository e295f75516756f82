"""Files and streams → :class:`~quotecheck.records.Article` records, one at a time.

:func:`load` is the one entry point: it reads the inputs in the order given (folders in
path order), picks the reader by extension, and yields each article as soon as it is read,
so a batch is never held whole.  Whatever cannot be read is yielded as an
:class:`InputError` in its place and the batch goes on; nothing raises, nothing is dropped.
:func:`discover` lists the inputs without reading them (to count them for a progress bar).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO

import attrs

from quotecheck.config import DEFAULT_SETTINGS, Settings
from quotecheck.readers import html, jsonl, markdown, ninjs, text
from quotecheck.readers.decode import EXCLUDE, byte_limit, decode_text, read_bounded
from quotecheck.readers.errors import InputError
from quotecheck.readers.sources import FORMATS, Source, discover
from quotecheck.records import Article

__all__ = ["FORMATS", "InputError", "Source", "discover", "load"]

Parser = Callable[[str, Source, Settings], Iterator[Article | InputError]]
PARSERS: dict[str, Parser] = {"txt": text.parse, "md": markdown.parse, "html": html.parse, "json": ninjs.parse}
"""Format → reader of a whole decoded file (JSONL is streamed instead)."""


def load(paths: Iterable[str], settings: Settings = DEFAULT_SETTINGS, *, stdin_name: str = "<stdin>",
         stdin: IO[bytes] | None = None) -> Iterator[Article | InputError]:
    """Every article in ``paths``, in order, with an :class:`InputError` for each bad input.

    ``-`` reads ``stdin`` (standard input by default) as the format of ``stdin_name``'s
    extension.  Article ids are unique within the batch: an id met again (the same id in
    two records or two front matters) becomes ``id@path`` (``id@path:line`` for JSONL),
    then ``…#2``, ``…#3`` if even that repeats.
    """
    seen: set[str] = set()
    for source in discover(paths, settings, stdin_name=stdin_name):
        if isinstance(source, InputError):
            yield source
            continue
        by_line = source.format in ("jsonl", "json")
        for item in _read(source, settings, stdin):
            yield _unique(item, seen, by_line) if isinstance(item, Article) else item


def _read(source: Source, settings: Settings, stdin: IO[bytes] | None) -> Iterator[Article | InputError]:
    """The articles of one input, with its I/O failures turned into errors."""
    try:
        if source.stdin:
            yield from _read_stream(source, stdin if stdin is not None else sys.stdin.buffer, settings)
            return
        with open(source.path, "rb") as stream:
            yield from _read_stream(source, stream, settings)
    except OSError as exc:
        yield _os_error(source.path, exc)


def _read_stream(source: Source, stream: IO[bytes], settings: Settings) -> Iterator[Article | InputError]:
    if source.format == "jsonl":
        yield from jsonl.read(source, stream, settings)
        return
    data = read_bounded(stream, source.path, byte_limit(settings))
    decoded = data if isinstance(data, InputError) else decode_text(data, source.path)
    if isinstance(decoded, InputError):
        yield decoded
        return
    yield from PARSERS[source.format](decoded, source, settings)


def _os_error(path: str, exc: OSError) -> InputError:
    """An I/O failure in plain words, with what to do about it."""
    if isinstance(exc, FileNotFoundError) and os.path.islink(path):
        return InputError(path, message="broken symbolic link: its target does not exist",
                          hint="point the link at an existing file, or remove it")
    if isinstance(exc, IsADirectoryError):
        return InputError(path, message="is a folder, not a file", hint="give the folder itself to read what is in it")
    if isinstance(exc, PermissionError):
        return InputError(path, message="permission denied", hint=f"make the file readable, or {EXCLUDE}")
    return InputError(path, message=f"cannot read the file: {exc.strerror or exc}",
                      hint="check that the file is readable")


def _unique(article: Article, seen: set[str], by_line: bool) -> Article:
    """The article under an id no earlier article of the batch has (``by_line``: add the
    line to the path, for files holding many articles)."""
    new_id = article.id
    if new_id in seen and article.origin is not None:
        where = f"{article.origin.path}:{article.origin.line}" if by_line else article.origin.path
        new_id = base = f"{article.id}@{where}"
        n = 1
        while new_id in seen:
            n += 1
            new_id = f"{base}#{n}"
    seen.add(new_id)
    return article if new_id == article.id else attrs.evolve(article, id=new_id)
