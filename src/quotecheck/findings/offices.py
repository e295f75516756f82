"""Titles as written → offices held, and when two of them cannot both be right.

"U.S. President", "Ukrainian President" and "President" are one office, "president";
"former President", "ex-President" and "the late President" hold it in the past; "then-
President" fits any period; "President-elect" holds it in the future.  Two titles for one
person conflict when they put the same office in different tenses ("former President" vs
"President"), or give both an office and its deputy ("Vice President" vs "President"), in
the same period.
"""

from __future__ import annotations

import re
from datetime import date

import attrs

from quotecheck.findings.lexicon import OFFICE_CHANGES, PERIOD_DAYS, QUALIFIER_WORDS, RANK_PREFIXES, STATUS_WORDS

_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_RELATION = re.compile(r"\s(?:to|for)\s.*$")
_WORD = re.compile(r"[^\W\d_]+(?:'s|\u2019s)?")


@attrs.frozen(order=True)
class Office:
    """One office in a title: its name without qualifiers, and when it is held."""

    name: str
    status: str = "current"
    """"current", "former", "elect", or "then" (as of the events told: fits any period)."""

    def describe(self) -> str:
        return self.name if self.status == "current" else f"{self.status} {self.name}"


def offices(role: str | None) -> tuple[Office, ...]:
    """The offices a title names ("Former Russian President and Security Council Deputy Chair"
    → former president, security council deputy chair)."""
    if not role:
        return ()
    text = role.casefold().replace("-", " ").replace("\u2011", " ").replace(".", "")
    out = []
    for part in _SPLIT.split(text):
        part = _RELATION.sub("", f" {part}").strip()
        status = "current"
        kept = []
        for word in _WORD.findall(part):
            if word.endswith(("'s", "\u2019s")):
                continue
            if word in STATUS_WORDS:
                if status == "current" or STATUS_WORDS[word] != "current":
                    status = STATUS_WORDS[word]
            elif word not in QUALIFIER_WORDS and word not in ("a", "an"):
                kept.append(word)
        if kept:
            out.append(Office(" ".join(kept), status))
    return tuple(out)


def clash(a: Office, b: Office) -> str | None:
    """Why offices ``a`` and ``b`` cannot both describe one person at one time, or None."""
    if "then" in (a.status, b.status):
        return None
    if a.name == b.name:
        return None if a.status == b.status else f"{a.describe()} vs {b.describe()}"
    if a.status == b.status == "current" and (_unranked(a.name) == b.name or _unranked(b.name) == a.name):
        return f"{a.describe()} vs {b.describe()}"
    return None


def _unranked(name: str) -> str:
    words = name.split()
    return " ".join(w for w in words if w not in RANK_PREFIXES) if any(w in RANK_PREFIXES for w in words) else ""


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def same_period(first: str | None, second: str | None, office: str) -> bool:
    """True unless two publication dates are far apart or straddle a known change of ``office``.

    Unknown dates are taken to be the same period: a title check should not fall silent
    just because a reader found no date.
    """
    a, b = _day(first), _day(second)
    if a is None or b is None:
        return True
    if a > b:
        a, b = b, a
    if (b - a).days > PERIOD_DAYS:
        return False
    changes = OFFICE_CHANGES.get(office, ())
    return not any(a < d <= b for d in map(date.fromisoformat, changes))
