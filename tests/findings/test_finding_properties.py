"""Properties of the cross-check: no dependence on batch order or duplicates; evidence
that points at the quoted words; nothing across articles from a batch of one."""

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.clusters.normalize import key, words
from quotecheck.findings.crosscheck import check, cross_check

from batch_strategies import batches


@given(batches(), st.randoms(use_true_random=False))
def test_shuffling_the_batch_changes_no_finding(batch, rnd):
    analyses = [a for _, a in batch]
    shuffled = analyses[:]
    rnd.shuffle(shuffled)
    first, second = check(analyses), check(shuffled)
    assert first.findings == second.findings
    assert first.clusters == second.clusters


@given(batches(), st.data())
def test_duplicating_an_article_changes_no_finding_id(batch, data):
    analyses = [a for _, a in batch]
    ids = {f.id for f in check(analyses).findings}
    twin = data.draw(st.sampled_from(analyses))
    assert {f.id for f in check([*analyses, twin]).findings} == ids
    copy = "copy-of-" + twin.article
    renamed = attrs.evolve(
        twin,
        article=copy,
        quotes=tuple(attrs.evolve(q, article=copy) for q in twin.quotes),
        people=tuple(attrs.evolve(m, article=copy) for m in twin.people),
    )
    assert {f.id for f in check([*analyses, renamed]).findings} == ids


@given(batches())
def test_evidence_points_at_the_quoted_words(batch):
    texts = {article.id: article.text for article, _ in batch}
    for finding in check([a for _, a in batch]).findings:
        assert finding.evidence
        for ev in finding.evidence:
            text = texts[ev.article]
            assert 0 <= ev.start <= ev.end <= len(text)
            assert text[ev.start:ev.end] == ev.text


@given(batches(min_size=1, max_size=1))
def test_a_batch_of_one_article_makes_no_cross_article_finding(batch):
    for finding in check([a for _, a in batch]).findings:
        assert {ev.article for ev in finding.evidence} == {batch[0][0].id}


@settings(max_examples=15)
@given(batches(max_size=3))
def test_evidence_from_extracted_articles_points_at_the_quoted_words(batch):
    articles = [article for article, _ in batch]
    texts = {article.id: article.text for article in articles}
    for finding in cross_check(articles).findings:
        for ev in finding.evidence:
            text = texts[ev.article]
            assert 0 <= ev.start <= ev.end <= len(text)
            assert set(words(key(ev.text))) <= set(words(key(text[ev.start:ev.end])))
