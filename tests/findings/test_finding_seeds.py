"""The two seed articles: the one real inconsistency between them, and nothing else."""

from pathlib import Path

from quotecheck import cross_check
from quotecheck.records import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_the_seeds_yield_the_trump_title_conflict_and_nothing_else():
    articles = [Article(id=p.name, text=p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    assert len(articles) == 2
    report = cross_check(articles)
    assert [(f.code, f.severity) for f in report.findings] == [("title-conflict", "error")]
    finding = report.findings[0]
    assert "Donald Trump" in finding.message and "former President" in finding.message
    assert {e.article for e in finding.evidence} == {a.id for a in articles}
    texts = {a.id: a.text for a in articles}
    assert sorted(texts[e.article][e.start:e.end] for e in finding.evidence) == [
        "President Trump", "U.S. President Donald Trump", "former President Donald Trump"]
