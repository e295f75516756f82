"""Inline suppression comments: ``<!-- quotecheck: ignore speaker-conflict -->``.

HTML and Markdown articles may silence findings for one paragraph with such a comment;
the readers record it in ``Article.ignore``.  Codes are checked against the finding-code
registry, so a misspelt code is reported instead of silencing nothing.
"""

from __future__ import annotations

import re

from quotecheck.findings.codes import CODES
from quotecheck.readers.errors import InputError

_MARKER = re.compile(r"quotecheck\s*:\s*ignore(?![\w-])", re.IGNORECASE)


def parse_marker(comment: str) -> tuple[str, ...] | None:
    """The codes a comment's body silences (``()`` for every code), or ``None`` if it is no marker."""
    body = comment.strip()
    match = _MARKER.match(body)
    if match is None:
        return None
    return tuple(code for code in re.split(r"[\s,]+", body[match.end():]) if code)


def unknown_codes(codes: tuple[str, ...], path: str, line: int | None, column: int | None) -> list[InputError]:
    """One error for each code that names no finding (the comment silences nothing for it)."""
    return [
        InputError(path, line, column, message=f"unknown finding code `{code}` in a quotecheck: ignore comment",
                   hint="use one of " + ", ".join(sorted(CODES)) + ", or no code to silence them all")
        for code in codes
        if code not in CODES
    ]
