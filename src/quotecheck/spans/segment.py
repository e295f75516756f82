"""Paragraphs and sentences, with quoted words opaque.

A sentence boundary inside a quotation does not split the sentence that carries it:
``Ushakov added, "A. B. C."`` is one sentence, so the quotation stays with its
attribution.  A quotation ending in ``!``/``?``/``.`` followed by its attribution
(``"Stop!" Trump said.``, ``"Why?" Lichtman said about the effort to …``) is not split
either; one followed by a "that" clause (``"…." Greene added that …``) starts a new sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from quotecheck.lexicon import ABBREVIATIONS
from quotecheck.records import Span
from quotecheck.spans.scanner import MarkedSpan

_PARAGRAPH = regex.compile(r"[^\n]+")
_BOUNDARY = regex.compile(
    r"(?<![.!?…])[.!?…]++(?![.!?…])[\"'”’»)\]]*+(?![\"'”’»)\]])(?=[ \t\u00a0]++[\"“‘'(\[]?+[\p{Lu}\p{N}])"
)
"""A run of sentence punctuation and closing marks is tried once, from its first character
(the look-behinds keep a run of ``!!!”””`` from being rescanned at every position)."""
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}.\-]{1,12})\Z")
"""The word before a period, matched backwards from it (a reverse ``search`` would try every
position of its window)."""
_ATTRIBUTION_AHEAD = regex.compile(
    r"[ \t\u00a0]++(?:(?:he|she|they|it|we|I|He|She|They|We)[ \t\u00a0]++|(?:(?:[\p{Lu}][\p{L}.’'\-]*+|spokesman|spokeswoman|reporter|former|aide|adviser|senator)[ \t\u00a0]++){1,5}?"
    r"|(?:[\p{Lu}][\p{L}.’'\-]*+[ \t\u00a0]++){0,3}[\p{Lu}][\p{L}.’'\-]*+,[ \t\u00a0]++[^,\"“”\n]{1,80}?,[ \t\u00a0]++)"
    r"(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|replied|replies|responded|responds|continued|continues|declared|"
    r"explained|shouted|insisted|warned|noted|notes|tweeted|recalled|exclaimed|cried|yelled|pressed|answered|answers|"
    r"quipped|joked|snapped|countered|conceded|admitted|acknowledged|argued|argues|demanded|wondered|mused|interjected|"
    r"remarked|observed|announced|stated|barked|laughed|thundered|boomed|chanted|shouts|chants|questioned|went[ \t\u00a0]++on)\b"
    r"(?:[ \t\u00a0]++(?!that\b)[\"“]?+[\p{L}\p{N}][\p{L}\p{N}’'\-]*+[\"”]?+){0,24}?[ \t\u00a0]*+(?:\.|,(?![ \t\u00a0]*+[\"“'‘]))"
)


@attrs.frozen
class Paragraph:
    """A non-empty line of the text; ``index`` counts paragraphs from 0."""

    index: int
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Every non-blank line, in order (each newline ends a paragraph)."""
    out: list[Paragraph] = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Paragraph(len(out), s, e))
    return out


def sentences(text: str, start: int, end: int, quotes: Sequence[MarkedSpan] = ()) -> list[Span]:
    """Sentence spans of ``text[start:end]``; boundaries inside ``quotes`` are ignored."""
    opens = [q.open_at for q in quotes]
    out: list[Span] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        pos = m.end()
        if opens and _inside_quote(pos - 1, quotes, opens):
            continue
        dot = m.start()
        if text[dot] == "." and _is_abbreviation(text, dot) and not _closes_with_abbreviation(text, dot, end):
            continue
        if text[pos - 1] in "\"'”’»" and _ATTRIBUTION_AHEAD.match(text, pos, min(end, pos + 200)):
            continue
        s = cur
        while s < pos and text[s].isspace():
            s += 1
        if pos > s:
            out.append(Span(s, pos))
        cur = pos
    s = cur
    while s < end and text[s].isspace():
        s += 1
    if end > s:
        out.append(Span(s, end))
    return out


def _inside_quote(pos: int, quotes: Sequence[MarkedSpan], opens: list[int]) -> bool:
    """True when ``pos`` lies strictly between a quotation's opening and closing marks."""
    i = bisect.bisect_right(opens, pos) - 1
    if i < 0:
        return False
    q = quotes[i]
    return q.open_at < pos < q.close_at


_FINAL_ABBREVIATIONS = frozenset(
    {"u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "n.y", "l.a", "inc", "corp", "co", "ltd", "jr", "sr", "etc",
     "calif", "fla", "tex", "ariz", "colo", "mass", "mich", "minn", "wis", "n.h", "n.j", "s.c", "n.c"}
)
"""Abbreviations of places, times and firms that may end a sentence ("… in the U.S. He says")."""
_SENTENCE_OPENER = regex.compile(r"(?<![ \t\u00a0])[ \t\u00a0]++(?:He|She|They|We|I|It|The|This|These|Those|There|But|And|While)\b")
"""A word that opens a sentence and never continues a name or a title ("U.S. Senate", "D.C. Circuit")."""


def _closes_with_abbreviation(text: str, dot: int, end: int) -> bool:
    """True when the abbreviation before ``dot`` also ends the sentence: a pronoun or an opening
    word follows it ("attacks in the U.S. He says", "at 7 p.m. The polls")."""
    m = _WORD_BEFORE.match(text, max(0, dot - 12), dot)
    return m is not None and m.group(1).lower() in _FINAL_ABBREVIATIONS and _SENTENCE_OPENER.match(text, dot + 1, min(end, dot + 12)) is not None


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    m = _WORD_BEFORE.match(text, max(0, dot - 12), dot - 1 if text[dot - 1 : dot] == "\n" else dot)  # (as ``$`` read it)
    if not m:
        return False
    word = m.group(1).lstrip("-")
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    return word.lower() in ABBREVIATIONS
