"""Typesetting spaces read as plain spaces, without moving a single offset.

Wire copy and CMS exports set names and figures with thin, em, figure or ideographic
spaces (``Vladimir\u2009Putin``).  The patterns that find names, titles and cues spell
a space as ``[ \\t\\u00a0]``, so the analysis reads a stand-in text in which every other
horizontal Unicode space (category Zs) is a plain space.  The stand-in has the same
length and the same line ends, so every offset found in it is an offset in the article;
the words a record quotes are then sliced from the article as written.
"""

from __future__ import annotations

import re

TYPESET_SPACES = "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
"""Every Unicode space separator (category Zs) but the plain and the no-break space (which
the patterns already read).  Written out, not derived: scanning every code point cost
each run 60 ms at import; a test holds the list to ``unicodedata``."""

_TYPESET = re.compile(f"[{TYPESET_SPACES}]")
"""Any of them: a set of literal characters, which the standard library's engine scans
twice as fast as ``regex``."""
_TO_PLAIN = str.maketrans(dict.fromkeys(TYPESET_SPACES, " "))


def plain_spaces(text: str) -> str:
    """``text`` with typesetting spaces made plain; ``text`` itself when it has none."""
    if text.isascii() or _TYPESET.search(text) is None:  # (``isascii`` costs nothing: the string knows)
        return text
    return text.translate(_TO_PLAIN)
