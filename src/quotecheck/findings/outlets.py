"""Who reported it: ``outlet-conflict``.

The same statement credited to different outlets ("according to Reuters" vs "told the
AP"), or reached through different chains (``Quote.via``: "as cited by Russian state
agencies").  A quote that names no outlet does not conflict with one that does.  Outlet
names are compared case-, article- and punctuation-insensitively, and an acronym matches
its full name ("AP" ~ "Associated Press").  Speakers must be compatible: credits for
different people's words are a ``speaker-conflict`` first.
"""

from __future__ import annotations

from collections.abc import Iterator

from quotecheck.config import Settings
from quotecheck.findings.base import attribute_conflict
from quotecheck.findings.view import ClusterView
from quotecheck.records import Finding

Credit = tuple[str | None, str | None]
"""A quote's (outlet, via), normalised."""


def outlet_key(name: str | None) -> str | None:
    """An outlet name in comparable form: casefolded, no leading "the", letters and digits only."""
    if not name:
        return None
    words = "".join(c if c.isalnum() else " " for c in name.casefold().replace(".", "")).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words) or None


def same_outlet(a: str, b: str) -> bool:
    """Equal keys, or one the acronym of the other ("ap" ~ "associated press")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return " " not in short and len(long_.split()) > 1 and short == "".join(w[0] for w in long_.split())


def clash(a: Credit, b: Credit) -> bool:
    """True when two credits name different outlets, or the same outlet via different chains."""
    (oa, va), (ob, vb) = a, b
    if oa and ob and not same_outlet(oa, ob):
        return True
    return bool(va and vb and not same_outlet(va, vb))


def check(view: ClusterView, settings: Settings) -> Iterator[Finding]:
    """The outlet findings of one cluster."""
    if not settings.checks.enabled("outlet-conflict"):
        return
    shown: dict[Credit, str] = {}

    def credit(q: int) -> Credit | None:
        quote = view.quote(q)
        key = (outlet_key(quote.outlet), outlet_key(quote.via))
        if key == (None, None):
            return None
        shown.setdefault(key, " via ".join(x for x in (quote.outlet, quote.via) if x))
        return key

    found = view.clashes(credit, clash, same_speaker=True)
    if found:
        yield attribute_conflict(
            view, "outlet-conflict", settings, found, lambda c, arts: f"{shown[c]} ({arts})", "are credited to",
            parties=[shown[c] for c in found],
        )
