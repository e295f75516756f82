"""One batch, four formats: the seed articles as .txt, .jsonl, .html and ninjs .json
(``fixtures/formats/``, written by ``scripts/make_format_fixtures.py``) must give the same
text and the same quotes, whatever the markup around them."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck import extract_quotes
from quotecheck.readers import load
from quotecheck.records import Article

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "fixtures" / "formats"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _articles(folder: str) -> list[Article]:
    items = list(load([str(FORMATS / folder)]))
    assert all(isinstance(i, Article) for i in items), items
    return items  # type: ignore[return-value]


@pytest.fixture(scope="module")
def batches() -> dict[str, list[Article]]:
    return {folder: _articles(folder) for folder in ("txt", "jsonl", "html", "ninjs")}


def test_every_format_holds_both_seeds(batches):
    for folder, articles in batches.items():
        assert len(articles) == len(SEEDS) == 2, folder


def test_every_format_gives_the_seed_text(batches):
    for i, seed in enumerate(SEEDS):
        expected = seed.read_text(encoding="utf-8")
        for folder, articles in batches.items():
            assert articles[i].text == expected, f"{folder}: {seed.name}"


def test_every_format_gives_the_same_quotes(batches):
    for i, seed in enumerate(SEEDS):
        words = {}
        for folder, articles in batches.items():
            article = articles[i]
            quotes = extract_quotes(article)
            for q in quotes:
                assert article.text[q.start:q.end] == q.text
            words[folder] = [q.words for q in quotes]
        assert words["txt"], f"{seed.name}: no quotes found at all"
        assert words["jsonl"] == words["html"] == words["ninjs"] == words["txt"], seed.name


def test_html_quotes_point_into_their_paragraph_element(batches):
    article = batches["html"][0]
    source = (FORMATS / "html" / f"{SEEDS[0].stem}.html").read_text(encoding="utf-8").split("\n")
    (quote,) = [q for q in extract_quotes(article) if q.text.startswith("could serve as the basis")]
    where = article.origin.locate(article.text, quote.start)
    assert where.element == "html/body/article/p[2]"
    assert source[where.line - 1][where.column - 1:].startswith("could serve as the basis")


def test_the_fixtures_are_what_the_script_writes(tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_format_fixtures", ROOT / "scripts" / "make_format_fixtures.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.setattr(script, "OUT", tmp_path)
    script.main()
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(FORMATS) for p in FORMATS.rglob("*") if p.is_file())
    assert written == committed
    for name in written:
        assert (tmp_path / name).read_bytes() == (FORMATS / name).read_bytes(), name
