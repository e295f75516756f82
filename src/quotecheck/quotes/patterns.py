"""Word lists → compact regular expressions, and Unicode patterns → plain-text twins.

A plain alternation of hundreds of literals (``Reuters|Associated Press|…``) makes the
regex engine try every branch at every position; factoring common prefixes into a trie
(``A(?:P|FP|ssociated Press)``) lets it reject a position at its first character, which
makes the outlet and reporting-verb scans several times faster on long texts.

Most news text is ASCII with curly quotes, dashes and no-break spaces ("plain"). There a
``regex`` pattern's Unicode classes reduce to ASCII ranges, and the same pattern written
for the standard library's engine finds the same matches, often a third faster:
:func:`plain_twin` writes it, :func:`is_plain` says when it may be used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching exactly ``words``, longest match first, prefixes factored."""
    trie: dict[str, dict] = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict[str, dict]) -> str:
    ends_here = "" in node
    branches = [regex.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body


PLAIN_CHARACTERS = "\x00-\x7f’‘“”—–…\u00a0"
"""ASCII, curly quotes, dashes, the ellipsis and the no-break space: the alphabet of plain text."""
_NOT_PLAIN = re.compile(f"[^{PLAIN_CHARACTERS}]")
_PLAIN_CLASSES = {"Lu": "A-Z", "Ll": "a-z", "L": "A-Za-z", "N": "0-9", "M": ""}
"""The Unicode classes a twin may hold, as they read in plain text (no combining mark in it)."""
_PLAIN_BLANKS = "\\t\\n\\v\\f\\r \\u00a0"
"""``\\s`` in plain text (``regex`` counts neither ``\\x1c``–``\\x1f`` nor ``\\x85`` blank)."""


def is_plain(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when ``text[start:end]`` holds only plain characters (see :data:`PLAIN_CHARACTERS`)."""
    if start == 0 and end is None and text.isascii():
        return True  # (``isascii`` costs nothing: the string knows)
    return _NOT_PLAIN.search(text, start, len(text) if end is None else end) is None


def plain_twin(source: str) -> re.Pattern[str]:
    """The standard library's equivalent of the ``regex`` pattern ``source`` on plain text.

    ``\\p{Lu}``, ``\\p{Ll}``, ``\\p{L}``, ``\\p{N}``, ``\\p{M}``, ``\\d`` and ``\\s`` are
    rewritten (inside a class or alone); ``\\b`` and case-insensitive groups read plain text
    alike in both engines.  Any other Unicode-dependent escape, or a reverse pattern, is
    refused, so a twin never silently differs from its source.
    """
    out: list[str] = []
    i, n, in_class = 0, len(source), False
    while i < n:
        ch = source[i]
        if ch == "\\":
            nxt = source[i + 1]
            if nxt == "p":
                close = source.index("}", i)
                body = _PLAIN_CLASSES[source[i + 3 : close]]
                out.append(body if in_class else f"[{body}]" if body else "(?!)")
                i = close + 1
                continue
            if nxt == "s":
                out.append(_PLAIN_BLANKS if in_class else f"[{_PLAIN_BLANKS}]")
                i += 2
                continue
            if nxt == "d":
                out.append("0-9" if in_class else "[0-9]")
                i += 2
                continue
            if nxt in "PSwWDN":
                raise ValueError(f"plain_twin: \\{nxt} has no plain reading here")
            out.append(source[i : i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            i += 1
            if source.startswith("^", i):
                out.append("^")
                i += 1
            continue
        if ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    twin = "".join(out)
    if "(?r)" in twin:
        raise ValueError("plain_twin: a reverse pattern has no twin")
    return re.compile(twin)
