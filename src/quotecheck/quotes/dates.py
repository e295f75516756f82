"""Dates stated in a paragraph, as ISO 8601 (``2025-11-27``, or ``--11-27`` with no year).

A date without a year takes the year stated elsewhere in the article, or the year the
article was published, so "November 28" in a piece dated 2025 reads ``2025-11-28``.
"""

from __future__ import annotations

import regex

from quotecheck.lexicon import MONTHS

_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_DATE = regex.compile(
    rf"(?=[JFMASOND\d])\b(?:{_MONTH}[ \t\u00a0]++(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?[ \t\u00a0]++(?P<year>(?:19|20)\d\d)\b)?"
    rf"|(?P<day2>[0-3]?\d)[ \t\u00a0]++(?P<month2>January|February|March|April|May|June|July|August|September|October|November|December)(?:[ \t\u00a0]++(?P<year2>(?:19|20)\d\d))?\b"
    rf"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b)"
)
"""Every date starts with a month's capital or a digit: the look-ahead lets the engine skip
to candidate positions instead of trying three alternatives at each character (5x faster)."""
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_DIGIT = regex.compile(r"\d")


def article_year(text: str, published: str | None) -> int | None:
    """The year undated mentions should take: the publication year, else the commonest stated year."""
    if published and _YEAR.match(published):
        return int(published[:4])
    counts: dict[str, int] = {}
    for m in _YEAR.finditer(text, 0, min(len(text), 200_000)):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    if not counts:
        return None
    return int(max(sorted(counts), key=lambda y: counts[y]))


def dates_in(text: str, start: int, end: int, year: int | None) -> tuple[str, ...]:
    """ISO dates stated in ``text[start:end]``, in order of appearance, without repeats."""
    if _DIGIT.search(text, start, end) is None:
        return ()  # every date has a digit: a plain scan for one skips most paragraphs
    out: list[str] = []
    for m in _DATE.finditer(text, start, end):
        if m.group("iso"):
            iso = m.group("iso")
        else:
            month_word = (m.group("month") or m.group("month2") or "").rstrip(".").lower()
            month = MONTHS.get(month_word) or MONTHS.get(month_word[:3])
            day = int(m.group("day") or m.group("day2"))
            if not month or not 1 <= day <= 31:
                continue
            y = m.group("year") or m.group("year2")
            if y:
                iso = f"{int(y):04d}-{month:02d}-{day:02d}"
            elif year is not None:
                iso = f"{year:04d}-{month:02d}-{day:02d}"
            else:
                iso = f"--{month:02d}-{day:02d}"
        if iso not in out:
            out.append(iso)
    return tuple(out)
