"""Quote-mark scanning: text → the spans between paired quote marks.

This is the lossless low level under :func:`quotecheck.extract_quotes`: every quote mark
in the text is either paired into a :class:`MarkedSpan` or reported as a
:class:`StrayMark`, never silently ignored and never fatal.  One left-to-right pass over
the marks (found by a single compiled pattern) keeps the work linear in the text length.

Rules, in brief:
- double marks (``"`` ``“`` ``”`` ``„`` ``«`` ``»`` ``‹`` ``›`` and NYT-style ``''`` / ``````)
  open and close by their glyph where it is unambiguous, otherwise by the characters
  around them; nested double quotes are tracked on a stack;
- single marks inside an open double quote belong to it (``'peace treaty'``);
  at top level a single-quoted span is taken only with clear opening and closing
  context, and apostrophes (``don't``, ``'90s``, ``'em``) never open one;
- a quote does not run past its paragraph unless the next paragraph opens with a quote
  mark (the newspaper convention for a quotation continued across paragraphs): then the
  pieces are chained and later become one quote's fragments.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs
import regex

MarkRole = Literal["open", "close", "either"]

_MARK = re.compile(
    r"(?=[\"“”„‟«»‹›‘’‚`'])(?:(?P<run>" + "|".join(f"{re.escape(c)}{{3,}}+" for c in "\"“”„‟«»‹›‘’‚`") + r")"
    r"|''|``|[\"“”„‟«»‹›]|(?<![A-Za-z0-9])['‘’‚]|['‘’‚](?![A-Za-z0-9]))"
)
"""A quote mark, or a run of three or more identical marks (never a quotation: one stray for
the whole run keeps a page of ``\"`` as cheap as a page of letters); runs of ASCII
apostrophes are excluded, since NYT style can close a nested quote with three.  A single
mark between two ASCII letters or digits ("don't", "Putin’s") is an apostrophe whatever
the state (see ``_single_role``), so it is not even found: a third of a news text's marks.
The standard library's engine, with the look-ahead on the first character, finds the marks
in a third less time than ``regex``.  Line ends
are found between marks with ``str.find``, and only while a quotation is open or a chain
goes on: most line ends change nothing, and most of a text is line ends and no marks."""
_TAG = regex.compile(r"</?[A-Za-z][\w:-]*+(?:\s[^<>\n]{0,2000}+(?:\n[^<>\n]{0,200}+)?)?>")
"""Markup left in a text (``<tweet author="@x">``): its attribute quotes are not quotations,
even when a value runs over one line end (``tweet-date="March 9, 2016\n">``)."""

_OPEN_BEFORE = frozenset(" \t\r\u00a0\u2002\u2003\u2009\u202f([{<—–-/\u2014\u2013:;")
_CLOSE_AFTER = frozenset(" \t\r\u00a0\u2002\u2003\u2009\u202f.,;:!?)]}>—–-/\u2014\u2013…")
_DOUBLE_OPENERS = frozenset("“„‟«")
_DOUBLE_CLOSERS = frozenset("”»")
_APOSTROPHE_WORDS = regex.compile(
    r"(?:\d\d?s?|em|til|cause|n|tis|twas|bout|nuff|round|s)\b", regex.IGNORECASE
)


@attrs.frozen
class MarkedSpan:
    """Words between a pair of quote marks (marks excluded), in one paragraph.

    ``chain`` numbers the pieces of a quotation continued across paragraphs: pieces with
    the same chain are one quotation; ``-1`` means a piece that stands alone.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    """Offset of the closing mark, or of the paragraph end for a continued piece."""
    family: Literal["double", "single"] = "double"
    chain: int = -1


@attrs.frozen
class StrayMark:
    """A quote mark that could not be paired, with the reason; skipped, never fatal."""

    offset: int
    mark: str
    reason: str


@attrs.frozen
class Scan:
    """Everything the scanner found: paired spans in text order, and the stray marks."""

    spans: tuple[MarkedSpan, ...]
    stray: tuple[StrayMark, ...]


def _role(text: str, start: int, end: int, mark: str) -> MarkRole:
    """Whether a mark at ``text[start:end]`` opens or closes, judged by its neighbours."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    left_open = before in _OPEN_BEFORE or before == "\n" or before in _DOUBLE_OPENERS
    right_close = after in _CLOSE_AFTER or after == "\n" or after in _DOUBLE_CLOSERS or after in "\"'’"
    if left_open and not right_close:
        return "open"
    if mark in _DOUBLE_CLOSERS and _starts_paragraph(text, start):
        return "open"  # a paragraph never starts by closing: ” … in the case of Wyoming, …”
    if not left_open and before in ".!?…" and not after.isalnum() and mark in "“„‟":
        return "close"  # an opening glyph right after a sentence's point closes: … where voters stand.“[HuffPost.]
    if right_close and not left_open:
        return "close"
    if mark in _DOUBLE_OPENERS or mark in "‘``":
        return "open"
    if mark in _DOUBLE_CLOSERS or mark == "’":
        return "close"
    return "either"


def _single_role(text: str, start: int) -> MarkRole | None:
    """Role of a top-level single mark, or None when it is an apostrophe."""
    before = text[start - 1] if start > 0 else " "
    after = text[start + 1] if start + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return None  # don't, Putin’s
    if (before in _OPEN_BEFORE or before == "\n" or before in "\"“") and (after.isalnum() or after in "\"“"):
        if _APOSTROPHE_WORDS.match(text, start + 1, min(len(text), start + 12)):
            return None  # '90s, 'em, 'til
        return "open"
    if (after in _CLOSE_AFTER or after == "\n" or after in "\"”") and not before.isspace():
        return "close"
    return None


def scan(text: str) -> Scan:
    """Pair the quote marks of ``text``; see the module docstring for the rules."""
    spans: list[MarkedSpan] = []
    stray: list[StrayMark] = []
    stack: list[tuple[int, int, str]] = []  # (mark offset, inner start, glyph) of open doubles
    children: list[list[MarkedSpan]] = []  # completed pairs directly inside each open double
    single: tuple[int, int] | None = None  # open top-level single mark
    chain_of_open: int = -1  # chain id of the outermost open double, if continued
    resume_at = -1  # where a continued quotation's next paragraph opens, while it is awaited
    next_chain = 0
    n = len(text)

    def unwind(reason: str) -> None:
        nonlocal single
        for off, _inner, glyph in stack:
            stray.append(StrayMark(off, glyph, reason))
        # Pairs completed inside an opener that never closed are quotations in their own right.
        for kids in children:
            spans.extend(kids)
        stack.clear()
        children.clear()
        if single is not None:
            stray.append(StrayMark(single[0], text[single[0]], reason))
            single = None

    def line_end(at: int) -> None:
        """The line end at ``at``: an open quotation goes on into the next paragraph or is unwound."""
        nonlocal single, chain_of_open, next_chain, resume_at
        if not stack:
            if chain_of_open != -1 and at < resume_at:
                return  # a blank line between the paragraphs of a continued quotation
            if single is not None:
                stray.append(StrayMark(single[0], text[single[0]], "no closing mark in its paragraph"))
                single = None
            chain_of_open = -1
            return
        # An open quotation at a paragraph end: continued if the next paragraph opens with a mark.
        nxt = _next_paragraph_start(text, at + 1)
        opener = nxt is not None and _opens_paragraph(text, nxt)
        if len(stack) == 1 and (_partial_opening(text, stack[0][0], stack[0][1], at) if opener else not children[0]):
            # A quotation whose closing mark was left out ends with its paragraph: a phrase
            # (*is “really an amorphous position to have.*) before the next paragraph's
            # quotation, which is another one, or a quotation with no other after it in the
            # paragraph and no continuation (*Viguerie notes. “The number one thing …*).
            off, inner, _glyph = stack[0]
            spans.append(MarkedSpan(inner, _rstrip(text, inner, at), off, at, "double", -1))
            stack.clear()
            children.clear()
            single = None
            chain_of_open = -1
            return
        if opener and len(stack) == 1:
            off, inner, glyph = stack[0]
            if chain_of_open == -1:
                chain_of_open = next_chain
                next_chain += 1
            para_end = _rstrip(text, inner, at)
            spans.append(MarkedSpan(inner, para_end, off, at, "double", chain_of_open))
            resume_at = nxt
            stack.clear()
            children.clear()
            single = None
            # The opening mark of the next paragraph re-opens with the same chain.
            return
        unwind("no closing mark before the paragraph ends")
        chain_of_open = -1

    def line_ends(pos: int, upto: int) -> None:
        """Every line end in ``text[pos:upto]``, in order, until one would change nothing."""
        while stack or single is not None or chain_of_open != -1:
            at = text.find("\n", pos, upto)
            if at == -1:
                return
            line_end(at)
            pos = at + 1

    tags = [t.span() for t in _TAG.finditer(text)] if "<" in text else []
    tag_i = 0
    last = 0  # end of the last mark: line ends after it are not handled yet
    for m in _MARK.finditer(text):
        start, end = m.span()
        if stack or single is not None or chain_of_open != -1:
            line_ends(last, start)
        last = end
        mark = m.group()
        if end - start > 2:  # only a run is longer than two marks
            stray.append(StrayMark(start, mark[0], f"a run of {end - start} identical quote marks"))
            continue
        while tag_i < len(tags) and tags[tag_i][1] <= start:
            tag_i += 1
        if tag_i < len(tags) and tags[tag_i][0] < start:
            continue  # inside a markup tag

        if mark in "'‘’‚" and len(mark) == 1:
            if stack:
                continue  # single marks inside a double quote belong to it
            role = _single_role(text, start)
            if role == "open" and single is None:
                single = (start, end)
            elif role == "close" and single is not None:
                s0, inner = single
                if end - 1 > inner and _worth_single(text, inner, start):
                    spans.append(MarkedSpan(inner, start, s0, start, "single", -1))
                single = None
            continue

        role = _role(text, start, end, mark)
        if role == "either":
            role = "close" if stack else "open"
        if role == "open":
            if not stack:
                if single is not None:
                    stray.append(StrayMark(single[0], text[single[0]], "a double quote opened before it closed"))
                    single = None
                if chain_of_open != -1 and not _is_paragraph_opener(text, start):
                    chain_of_open = -1
            stack.append((start, end, mark))
            children.append([])
            continue
        # closing mark
        if not stack:
            stray.append(StrayMark(start, mark, "closing mark with no open quote"))
            continue
        off, inner, glyph = stack.pop()
        children.pop()
        pair = MarkedSpan(inner, start, off, start, "double", chain_of_open if not stack else -1)
        if not stack:
            spans.append(pair)
            chain_of_open = -1
        else:
            children[-1].append(pair)
    line_ends(last, n)
    if stack or single is not None:
        unwind("no closing mark before the text ends")
    spans = [s for s in spans if s.end > s.start or s.chain != -1]
    spans.sort(key=lambda s: s.start)
    return Scan(tuple(spans), tuple(sorted(stray, key=lambda s: s.offset)))


def _worth_single(text: str, inner: int, close: int) -> bool:
    """A top-level single-quoted span is a quote only if it looks like words, not a list of possessives."""
    body = text[inner:close]
    return 0 < len(body) <= 600 and any(c.isalpha() for c in body) and "\n" not in body


def _partial_opening(text: str, off: int, inner: int, end: int) -> bool:
    """True when an open quotation starts with a lowercase word after words of its paragraph:
    a phrase set into a sentence, not a statement that goes on into the next paragraph."""
    if _is_paragraph_opener(text, off):
        return False
    i = inner
    while i < end and not text[i].isalnum():
        i += 1
    return i < end and text[i].islower()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _next_paragraph_start(text: str, pos: int) -> int | None:
    n = len(text)
    while pos < n and text[pos] in " \t\r\n\u00a0":
        pos += 1
    return pos if pos < n else None


def _opens_paragraph(text: str, pos: int) -> bool:
    if text.startswith(("''", "``"), pos):
        return True
    return text[pos] in "\"“„‟«"


_LINE_BLANKS = " \t\r\u00a0"
_DIRECTION_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"


def _starts_paragraph(text: str, pos: int) -> bool:
    """True when only blanks and direction marks (U+202A…U+202E), seven at most, come before ``pos`` in its line."""
    return _is_paragraph_opener(text, pos, _LINE_BLANKS + _DIRECTION_MARKS, pos - 8)


def _is_paragraph_opener(text: str, pos: int, blanks: str = _LINE_BLANKS, floor: int = -1) -> bool:
    """True when ``pos`` is the first character of its paragraph but ``blanks`` (looked for down to ``floor``)."""
    i = pos - 1
    while i > floor and i >= 0 and text[i] in blanks:
        i -= 1
    return i < 0 or text[i] == "\n"
