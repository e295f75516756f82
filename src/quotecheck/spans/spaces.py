"""Typesetting spaces read as plain spaces, without moving a single offset.

Wire copy and CMS exports set names and figures with thin, em, figure or ideographic
spaces (``Vladimir\u2009Putin``).  The patterns that find names, titles and cues spell
a space as ``[ \\t\\u00a0]``, so the analysis reads a stand-in text in which every other
horizontal Unicode space (category Zs) is a plain space.  The stand-in has the same
length and the same line ends, so every offset found in it is an offset in the article;
the words a record quotes are then sliced from the article as written.
"""

from __future__ import annotations

import unicodedata

import regex

TYPESET_SPACES = "".join(
    chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs" and chr(c) not in " \u00a0"
)
"""Every Unicode space separator but the plain and the no-break space (which the patterns
already read): U+1680, U+2000–U+200A, U+202F, U+205F, U+3000."""

_TYPESET = regex.compile(f"[{TYPESET_SPACES}]")
_TO_PLAIN = str.maketrans(dict.fromkeys(TYPESET_SPACES, " "))


def plain_spaces(text: str) -> str:
    """``text`` with typesetting spaces made plain; ``text`` itself when it has none."""
    if _TYPESET.search(text) is None:
        return text
    return text.translate(_TO_PLAIN)
