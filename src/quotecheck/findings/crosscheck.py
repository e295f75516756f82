"""Analyses → a :class:`~quotecheck.records.Report`: the whole cross-article check.

:func:`check` works on quote records only (the CLI extracts in parallel processes and
must not keep article texts in memory); :func:`cross_check` is the convenience that
extracts each article first.  The flow: gather the analyses into a corpus in content
order (:mod:`.corpus`), cluster the quotes (:mod:`quotecheck.clusters`), run each family
of quote checks on each cluster, run the title check on the batch, then merge findings
with the same id and sort them by content.  Nothing depends on the order of the batch
or on an article given twice.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator

import attrs

from quotecheck.clusters.cluster import build_clusters
from quotecheck.config import DEFAULT_SETTINGS, Settings
from quotecheck.findings import context, outlets, speakers, titles, wording
from quotecheck.findings.corpus import gather
from quotecheck.findings.evidence import order
from quotecheck.findings.view import ClusterView
from quotecheck.quotes.extract import analyze
from quotecheck.records import Analysis, Article, Finding, Report

QUOTE_CHECKS: tuple[Callable[[ClusterView, Settings], Iterator[Finding]], ...] = (
    speakers.check,
    wording.check,
    outlets.check,
    context.check,
)
"""The checks run on every cluster, one per family of findings."""


def check(analyses: Iterable[Analysis], settings: Settings = DEFAULT_SETTINGS, *, workers: int = 1) -> Report:
    """Cross-check the quotes and titled people of ``analyses``.

    ``workers`` > 1 splits the search for matching statements between that many
    processes (on POSIX, by ``fork``); the report is the same whatever it is.
    """
    collecting = gc.isenabled()
    gc.disable()  # millions of small acyclic records: the cyclic collector would rescan them over and over
    try:
        return _check(analyses, settings, workers)
    finally:  # _check's intermediate records are freed by now, so turning it back on costs nothing
        if collecting:
            gc.enable()


def _check(analyses: Iterable[Analysis], settings: Settings, workers: int) -> Report:
    corpus = gather(analyses)
    clusters = []
    findings: list[Finding] = []
    for group in build_clusters(corpus.quotes, settings.match, corpus.persons, workers):
        view = ClusterView(group, corpus, settings.match)
        clusters.append(view.record())
        for run in QUOTE_CHECKS:
            findings.extend(run(view, settings))
    findings.extend(titles.check(corpus, settings))
    return Report(
        findings=merge(findings),
        clusters=tuple(sorted(clusters, key=lambda c: c.id)),
        articles=corpus.articles,
        quotes=len(corpus.quotes),
    )


def cross_check(articles: Iterable[Article], settings: Settings | None = None) -> Report:
    """Extract the quotes of each article, then :func:`check` them across the batch."""
    settings = settings or DEFAULT_SETTINGS
    return check((analyze(article, settings) for article in articles), settings)


def merge(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Findings with one id merged (their evidence joined), sorted by where they first show."""
    by_id: dict[str, Finding] = {}
    for f in findings:
        known = by_id.get(f.id)
        if known is None:
            by_id[f.id] = f
        else:
            joined = {(e.article, e.start, e.end): e for e in (*known.evidence, *f.evidence)}
            by_id[f.id] = attrs.evolve(known, evidence=tuple(sorted(joined.values(), key=order)))
    return tuple(sorted(by_id.values(), key=_position))


def _position(f: Finding) -> tuple[str, int, str, str]:
    first = f.evidence[0] if f.evidence else None
    return (first.article if first else "", first.start if first else 0, f.code, f.id)
