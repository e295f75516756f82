"""Titles as written → offices held, and when two of them cannot both be right.

"U.S. President", "Ukrainian President" and "President" are one office, "president";
"former President", "ex-President" and "the late President" hold it in the past; "then-
President" and a dated title ("the 2012 Republican nominee") fit any period;
"President-elect" holds it in the future.  Honorifics are not offices ("Mr."), and a
possessor stays part of the office ("Bloomberg's pollster" is not "Clinton's pollster").  Two titles for one
person conflict when they put the same office in different tenses ("former President" vs
"President"), or give both an office and its deputy ("Vice President" vs "President"), in
the same period.
"""

from __future__ import annotations

import re
from datetime import date

import attrs

from quotecheck.findings.lexicon import (
    HISTORICAL_OFFICES,
    HONORIFICS,
    OFFICE_CHANGES,
    PERIOD_DAYS,
    QUALIFIER_WORDS,
    RANK_PREFIXES,
    STATUS_WORDS,
    TITLE_ABBREVIATIONS,
    TRANSIENT_PERIOD_DAYS,
    TRANSIENT_WORDS,
)

_SPLIT = re.compile(r",|;|&|\band\b")
_RELATION = re.compile(r" (?:to|for) .*")
"""Both applied to a role with its whitespace collapsed, so no pattern here scans a run
of spaces (linear on any input)."""
_WORD = re.compile(r"[^\W\d_]+(?:'s|\u2019s)?")
_DESCRIPTIONS = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "its"})
_PLACE_PREPOSITIONS = frozenset({"of", "from", "in", "at", "on"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@attrs.frozen(order=True)
class Office:
    """One office in a title: its name without qualifiers, and when it is held."""

    name: str
    status: str = "current"
    """"current", "former", "elect", or "then" (as of the events told: fits any period)."""
    explicit: bool = False
    """True when the title says outright that it is held now: a nationality or country
    ("U.S. President") or a word such as "sitting" or "incumbent"."""

    def describe(self) -> str:
        return self.name if self.status == "current" else f"{self.status} {self.name}"


def offices(role: str | None) -> tuple[Office, ...]:
    """The offices a title names ("Former Russian President and Security Council Deputy Chair"
    → former president, security council deputy chair)."""
    if not role:
        return ()
    text = " ".join(role.casefold().replace("-", " ").replace("\u2011", " ").replace(".", "").split())
    out = []
    for part in _SPLIT.split(text):
        part = _RELATION.sub("", f" {part} ").strip()
        if part.split(" ", 1)[0] in _PLACE_PREPOSITIONS:
            continue  # "…, of Florida": where, not what
        if part.split(" ", 1)[0] in _DESCRIPTIONS:
            continue  # "the former president": a description the engine tied to a name, not a title
        status = "then" if _YEAR.search(part) else "current"
        explicit = False
        kept = []
        for word in _WORD.findall(part):
            if word.endswith(("'s", "\u2019s")):
                kept.append(word.rsplit("'", 1)[0].rsplit("\u2019", 1)[0] + "'s")
            elif word in STATUS_WORDS:
                explicit = True
                if status == "current" or STATUS_WORDS[word] not in ("current", "then"):
                    status = status if status == "then" else STATUS_WORDS[word]
            elif word in QUALIFIER_WORDS:
                explicit = explicit or word not in ("the", "of", "then")
            elif word not in HONORIFICS:
                kept.append(TITLE_ABBREVIATIONS.get(word, word))
        if any(w not in RANK_PREFIXES and not w.endswith("'s") for w in kept):
            out.append(Office(" ".join(kept), status, explicit))
    return tuple(out)


def clash(a: Office, b: Office) -> tuple[str, bool] | None:
    """Why offices ``a`` and ``b`` cannot both describe one person at one time, or None.

    The flag says the clash only counts inside one article: an office and its deputy
    (the same person may have held both, one after the other), and a bare historical
    title against "former" (:data:`~quotecheck.findings.lexicon.HISTORICAL_OFFICES`).
    """
    if "then" in (a.status, b.status):
        return None
    why = f"{a.describe()} vs {b.describe()}"
    if a.name == b.name:
        if a.status == b.status:
            return None
        bare = [o for o in (a, b) if o.status == "current" and not o.explicit]
        return why, bool(bare) and a.name in HISTORICAL_OFFICES
    if a.status == b.status == "current" and (_unranked(a.name) == b.name or _unranked(b.name) == a.name):
        return why, True
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
    transient = any(w in TRANSIENT_WORDS for w in office.split())
    if (b - a).days > (TRANSIENT_PERIOD_DAYS if transient else PERIOD_DAYS):
        return False
    changes = OFFICE_CHANGES.get(office, ())
    return not any(a < d <= b for d in map(date.fromisoformat, changes))
