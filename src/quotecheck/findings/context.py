"""Where, to whom and when it was said: ``context-conflict``.

The same statement placed before different audiences ("told his Security Council" vs
"told reporters"), at different occasions, or on different stated dates, from
``Quote.audience``, ``Quote.occasion`` and ``Quote.dates``.  Audiences and occasions are
compared by their content words, so "reporters" fits "Russian reporters" (one says more,
not something else).  Dates are the ones stated in the quote's paragraph, so they are
only compared between articles, for quotes with exactly one date each.  A missing value
never conflicts, and speakers must be compatible.  Each aspect is a finding of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from quotecheck.clusters.normalize import key
from quotecheck.config import Settings
from quotecheck.findings.base import attribute_conflict
from quotecheck.findings.lexicon import DETERMINERS
from quotecheck.findings.view import ClusterView
from quotecheck.records import Finding, Quote

_FILLER = DETERMINERS | {"to", "at", "in", "on", "during", "with", "before", "of", "for", "by"}

ASPECTS: tuple[tuple[str, str, Callable[[Quote], tuple[str, ...]]], ...] = (
    ("audience", "said to", lambda q: (q.audience,) if q.audience else ()),
    ("occasion", "said", lambda q: (q.occasion,) if q.occasion else ()),
    ("date", "dated", lambda q: tuple(q.dates) if len(q.dates) == 1 else ()),
)
"""(aspect, how a message introduces it, the quote's values for it).  Dates are those
stated in the quote's paragraph, so only a quote with exactly one is taken to be dated."""


def _content(values: tuple[str, ...], aspect: str) -> frozenset[str]:
    if aspect == "date":
        return frozenset(v[:10] for v in values)
    return frozenset(w for v in values for w in key(v).split() if w not in _FILLER)


def _clash(aspect: str) -> Callable[[frozenset[str], frozenset[str]], bool]:
    if aspect == "date":
        return lambda a, b: not (a & b)
    return lambda a, b: not (a <= b or b <= a)


def check(view: ClusterView, settings: Settings) -> Iterator[Finding]:
    """The context findings of one cluster, one per aspect in conflict."""
    if not settings.checks.enabled("context-conflict"):
        return
    for aspect, verb, values in ASPECTS:
        shown: dict[frozenset[str], str] = {}

        def value(q: int) -> frozenset[str] | None:
            raw = values(view.quote(q))
            content = _content(raw, aspect) if raw else None
            if content:
                shown.setdefault(content, ", ".join(raw))
            return content or None

        found = view.clashes(value, _clash(aspect), same_speaker=True, across=aspect == "date")
        if found:
            yield attribute_conflict(
                view, "context-conflict", settings, found, lambda v, arts: f"{verb} {shown[v]} in {arts}", "are",
                parties=[aspect, *(shown[v] for v in found)],
            )
