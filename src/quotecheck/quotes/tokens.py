"""Sentence frames: the words of a sentence outside its quotations, as tokens.

Attribution reads a sentence with every quotation replaced by one opaque ``QUOTE``
token, so words inside quotes ("Moscow said it was ready…") never pose as cues or
speakers.  Tokens keep their offsets into the article text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs
import regex

from quotecheck.lexicon import ABBREVIATIONS

TokenKind = Literal["word", "punct", "quote"]

_TOKEN = regex.compile(
    r"(?P<word>[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[’'\-\.&](?=[\p{L}\p{N}]))*+)|(?P<punct>[^\s\p{L}\p{N}])"
)


@attrs.frozen
class Token:
    """A word, a punctuation mark, or a whole quotation (``kind == "quote"``)."""

    text: str
    start: int
    end: int
    kind: TokenKind
    quote: int = -1
    """For quote tokens: the index of the quotation in the sentence's list."""

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def capitalized(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper()

    @property
    def possessive(self) -> bool:
        return self.kind == "word" and self.text.endswith(("’s", "'s", "s’", "s'"))


def frame(text: str, start: int, end: int, quotes: Sequence[tuple[int, int]]) -> list[Token]:
    """Tokens of ``text[start:end]`` with each ``(open, close)`` quotation as one token.

    ``quotes`` are the mark offsets (opening mark, just past the closing mark) of the
    quotations in the sentence, in order.
    """
    tokens: list[Token] = []
    pos = start
    for qi, (q_open, q_close) in enumerate(quotes):
        _words(text, pos, max(pos, q_open), tokens)
        tokens.append(Token(text[q_open:q_close], q_open, q_close, "quote", qi))
        pos = max(pos, q_close)
    _words(text, pos, end, tokens)
    return tokens


def _words(text: str, start: int, end: int, out: list[Token]) -> None:
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        if m.lastgroup == "word":
            if e < end and text[e] == "." and _takes_period(m.group()):
                e += 1
            elif out and out[-1].kind == "word" and out[-1].end == s and text[s - 1] == ".":
                pass
            out.append(Token(text[s:e], s, e, "word"))
        else:
            if out and out[-1].end > s:
                continue  # the period already joined an abbreviation
            out.append(Token(text[s:e], s, e, "punct"))


def _takes_period(word: str) -> bool:
    """True when a period after ``word`` belongs to it (an abbreviation or an initial)."""
    if len(word) == 1 and word.isupper():
        return True
    low = word.lower()
    return low in ABBREVIATIONS or "." in word
