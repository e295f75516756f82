"""Cross-checking a batch does not depend on how the batch was put together.

- the report (findings, their ids and evidence, clusters, counts) is the same whatever
  the order of the articles;
- an article given twice (the same file named twice, the same record repeated) changes
  nothing;
- a verbatim copy under another id (syndication) may add evidence but never changes
  which findings exist: finding ids come from content, not from articles or offsets;
- it never raises or hangs, and every finding's evidence points into its own article.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from limits import time_limit
from strategies import batches

from quotecheck import Article, Settings
from quotecheck.records import Analysis, Report

crosscheck = pytest.importorskip("quotecheck.findings.crosscheck", reason="cross-checking has not landed yet")
from quotecheck.quotes.extract import analyze  # noqa: E402

SETTINGS = Settings()
BATCH_SECONDS = 30.0


def _analyses(articles: list[Article]) -> list[Analysis]:
    with time_limit(BATCH_SECONDS, "analyze"):
        return [analyze(a, SETTINGS) for a in articles]


def _check(analyses: list[Analysis]) -> Report:
    with time_limit(BATCH_SECONDS, "check"):
        return crosscheck.check(analyses, SETTINGS)


@given(articles=batches(), order=st.randoms(use_true_random=False))
def test_report_does_not_depend_on_batch_order(articles: list[Article], order) -> None:  # type: ignore[no-untyped-def]
    analyses = _analyses(articles)
    report = _check(analyses)
    shuffled = list(analyses)
    order.shuffle(shuffled)
    assert _check(shuffled) == report
    assert _check(list(reversed(analyses))) == report


@given(articles=batches(min_size=1, max_size=4), data=st.data())
def test_an_article_given_twice_changes_nothing(articles: list[Article], data: st.DataObject) -> None:
    analyses = _analyses(articles)
    report = _check(analyses)
    again = data.draw(st.lists(st.sampled_from(analyses), min_size=1, max_size=3))
    assert _check([*analyses, *again]) == report


@given(articles=batches(min_size=1, max_size=4), data=st.data())
def test_a_copy_under_another_id_keeps_the_finding_ids(articles: list[Article], data: st.DataObject) -> None:
    analyses = _analyses(articles)
    report = _check(analyses)
    original = data.draw(st.sampled_from(articles))
    copy = _analyses([attrs.evolve(original, id=original.id + "-copy")])
    with_copy = _check([*analyses, *copy])
    assert {f.id for f in with_copy.findings} == {f.id for f in report.findings}


@given(articles=batches())
def test_evidence_points_into_its_own_article(articles: list[Article]) -> None:
    texts = {a.id: a.text for a in articles}
    report = _check(_analyses(articles))
    assert len({f.id for f in report.findings}) == len(report.findings), "two findings share an id"
    for finding in report.findings:
        assert finding.evidence, f"{finding.code} finding without evidence"
        for evidence in finding.evidence:
            text = texts[evidence.article]
            assert 0 <= evidence.start <= evidence.end <= len(text)
    for cluster in report.clusters:
        for quote in cluster.quotes:
            assert texts[quote.article][quote.start : quote.end] == quote.text
