"""Dropping findings the user has already looked at: inline markers and baselines.

Both are pure functions applied to the findings that cross-checking returned, so the
checks themselves never need to know about suppression:

- inline markers: an ``<!-- quotecheck: ignore CODE ... -->`` comment in an article; the
  readers turn it into ``Article.ignore`` spans;
- a baseline: a file of finding ids recorded earlier (:mod:`quotecheck.baseline`).
  Finding ids are derived from content, so edits elsewhere in an article keep them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from quotecheck.records import Finding, Span

IgnoreSpans = tuple[tuple[Span, tuple[str, ...]], ...]
"""An ``Article.ignore`` value: (span, codes) pairs; no codes means every code."""
Ignores = Mapping[str, IgnoreSpans]
"""Article id → that article's ignore spans."""


def silenced_inline(finding: Finding, ignores: Ignores) -> bool:
    """True when any evidence span lies inside an ignore span of its own article that
    names the finding's code (or names no code, which silences every code)."""
    for evidence in finding.evidence:
        quoted = Span(evidence.start, evidence.end)
        for span, codes in ignores.get(evidence.article, ()):
            if (not codes or finding.code in codes) and span.contains(quoted):
                return True
    return False


def drop_inline(findings: Iterable[Finding], ignores: Ignores) -> tuple[Finding, ...]:
    """``findings`` without those silenced by inline markers (order kept)."""
    return tuple(f for f in findings if not silenced_inline(f, ignores))


def drop_baselined(findings: Iterable[Finding], known: frozenset[str]) -> tuple[Finding, ...]:
    """``findings`` without those whose id is recorded in a baseline (order kept)."""
    return tuple(f for f in findings if f.id not in known)
