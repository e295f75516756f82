"""Sentence frames: the words of a sentence outside its quotations, as tokens.

Attribution reads a sentence with every quotation replaced by one opaque ``QUOTE``
token, so words inside quotes ("Moscow said it was ready…") never pose as cues or
speakers.  Tokens keep their offsets into the article text.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from typing import Literal, NamedTuple

import regex

from quotecheck.lexicon import ABBREVIATIONS
from quotecheck.quotes.patterns import is_plain, plain_twin

TokenKind = Literal["word", "punct", "quote"]

_TOKEN = regex.compile(
    r"(\s*+)(?:([\p{L}\p{N}][\p{L}\p{M}\p{N}]*+(?:[’'\-\.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*+)*+)(\.?+)|([^\s\p{L}\p{N}])|\Z)"
)
"""Blank space, then a word, one punctuation mark, or the end.  Every character is blank, in
a word or a mark of its own, so ``findall`` yields the pieces back to back and offsets follow
from their lengths (no match objects: tokenising is the hottest loop of extraction).  The
end-of-text branch takes trailing blanks in one match: without it a long run of blanks at the
end would be rescanned from every position (quadratic).  A word is a letter or digit, then
letters, marks and digits, with ``’ ' - . &`` only between two of them ("U.S", "don’t"); a
period right after it is taken along (it may belong to the word: see ``_words``)."""


_PLAIN_TOKEN = plain_twin(_TOKEN.pattern)
"""``_TOKEN`` for plain text (most news text), where the standard library's engine finds the
same pieces a third faster."""


class _TokenFields(NamedTuple):
    text: str
    start: int
    end: int
    kind: TokenKind
    quote: int
    lower: str
    is_word: bool


class Token(_TokenFields):
    """A word, a punctuation mark, or a whole quotation (``kind == "quote"``).

    ``quote`` is, for quote tokens, the index of the quotation in the sentence's list.
    ``lower`` and ``is_word`` are computed once here, since attribution reads them for
    every token it visits.  An immutable named tuple rather than an attrs record: a
    sentence frame builds one per word, and a tuple is built in half the time.
    """

    __slots__ = ()

    def __new__(cls, text: str, start: int, end: int, kind: TokenKind, quote: int = -1) -> Token:
        return tuple.__new__(cls, (text, start, end, kind, quote, text.lower(), kind == "word"))

    @property
    def capitalized(self) -> bool:
        return self.is_word and self.text[:1].isupper()

    @property
    def possessive(self) -> bool:
        return self.is_word and self.text.endswith(("’s", "'s", "s’", "s'"))


TEXT = operator.itemgetter(Token._fields.index("text"))
LOWER = operator.itemgetter(Token._fields.index("lower"))
IS_WORD = operator.itemgetter(Token._fields.index("is_word"))
"""Token fields read at C speed over a whole frame (``any(map(IS_WORD, tokens))``)."""


def frame(text: str, start: int, end: int, quotes: Sequence[tuple[int, int]]) -> list[Token]:
    """Tokens of ``text[start:end]`` with each ``(open, close)`` quotation as one token.

    ``quotes`` are the mark offsets (opening mark, just past the closing mark) of the
    quotations in the sentence, in order.
    """
    tokens: list[Token] = []
    pattern = _PLAIN_TOKEN if is_plain(text, start, end) else _TOKEN
    pos = start
    for qi, (q_open, q_close) in enumerate(quotes):
        _words(text, pos, max(pos, q_open), tokens, pattern)
        tokens.append(Token(text[q_open:q_close], q_open, q_close, "quote", qi))
        pos = max(pos, q_close)
    _words(text, pos, end, tokens, pattern)
    return tokens


def _words(text: str, start: int, end: int, out: list[Token], pattern: re.Pattern[str] | regex.Pattern[str] = _TOKEN) -> None:
    """Append the words and punctuation of ``text[start:end]`` to ``out``.

    A period that belongs to the word before it (an abbreviation or an initial) joins
    that word and is not a token of its own.  ``pattern`` is ``_TOKEN``, or
    ``_PLAIN_TOKEN`` when the text is plain.
    """
    append = out.append
    new = tuple.__new__  # Token's own fields, built inline: this loop runs once per word
    pos = start
    for blank, word, period, mark in pattern.findall(text, start, end):
        s = pos + len(blank)
        if word:
            pos = e = s + len(word)
            if not period:
                append(new(Token, (word, s, e, "word", -1, word.lower(), True)))
            elif _takes_period(word):
                pos = e + 1
                word = text[s:pos]
                append(new(Token, (word, s, pos, "word", -1, word.lower(), True)))
            else:
                append(new(Token, (word, s, e, "word", -1, word.lower(), True)))
                pos = e + 1
                append(new(Token, (".", e, pos, "punct", -1, ".", False)))
        elif mark:
            pos = s + 1
            append(new(Token, (mark, s, pos, "punct", -1, mark.lower(), False)))


def _takes_period(word: str) -> bool:
    """True when a period after ``word`` belongs to it (an abbreviation or an initial)."""
    if len(word) == 1 and word.isupper():
        return True
    low = word.lower()
    return low in ABBREVIATIONS or "." in word
