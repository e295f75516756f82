"""Plain-text articles (``.txt``): one paragraph per line, with an optional headline.

The text is the file's own (line ends normalised), so ``Origin(path, line)`` maps every
offset back to the file exactly.
"""

from __future__ import annotations

from collections.abc import Iterator

from quotecheck.config import Settings
from quotecheck.readers.decode import check_article, trim_body
from quotecheck.readers.errors import InputError
from quotecheck.readers.sources import Source
from quotecheck.records import Article, Origin

HEADLINE_MAX = 200
_SENTENCE_END = ".!?…:;"
_CLOSERS = "\"'”’»)]"


def split_headline(text: str) -> tuple[str | None, str, int]:
    """``(title, body, first body line)``: the first line is a headline when it is short,
    does not end a sentence, and a blank line and some text follow it."""
    text, line = trim_body(text)
    first, newline, rest = text.partition("\n")
    headline = first.strip()
    core = headline.rstrip(_CLOSERS)
    if (newline and headline and len(headline) <= HEADLINE_MAX
            and not (core and core[-1] in _SENTENCE_END)
            and not rest.partition("\n")[0].strip()):
        body, body_line = trim_body(rest, line + 1)
        if body:
            return headline, body, body_line
    return None, text, line


def parse(text: str, source: Source, settings: Settings) -> Iterator[Article | InputError]:
    """The one article of a decoded ``.txt`` file."""
    title, body, line = split_headline(text)
    yield check_article(Article(id=source.id, text=body, title=title, origin=Origin(source.path, line=line)), settings)
