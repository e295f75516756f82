"""Properties of extraction that must hold for *any* text, however hostile.

- it never raises and never hangs (a hard time limit turns a hang into a failure);
- every offset is in range and points at the words it names: ``text[q.start:q.end] ==
  q.text``, the same for each fragment, the speaker mention, the cue and every person;
- it is deterministic, and the quotes of one article do not depend on which articles were
  extracted before it, on its id, or on whether it was passed as an Article or a string;
- every quote serialises to JSON.
"""

from __future__ import annotations

import os
import time

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from invariants import check_quote_invariants
from limits import time_limit
from strategies import article_texts, articles

from quotecheck import Article, Quote, Settings, extract_quotes
from quotecheck.quotes.extract import analyze

SOAK_LOG = os.environ.get("QUOTECHECK_SOAK_LOG")
"""For long runs: a file to which every thousandth article tried is reported (progress)."""
_tried = 0

PER_ARTICLE_SECONDS = 10.0
"""Generated articles are a few KB; anything near this limit is a hang, not slowness."""

SETTINGS_VARIANTS = (
    Settings(),
    Settings().replace(extract={"include_scare": True}),
    Settings().replace(extract={"include_indirect": False}),
    Settings().replace(extract={"cue_verbs": ("opine", "quip"), "outlets": {"The Daily Planet": ["the Planet"]}}),
)


def _extract(article: Article | str, settings: Settings | None = None) -> list[Quote]:
    global _tried
    with time_limit(PER_ARTICLE_SECONDS, "extract_quotes"):
        quotes = extract_quotes(article, settings)
    _tried += 1
    if SOAK_LOG and _tried % 1000 == 0:
        with open(SOAK_LOG, "a", encoding="utf-8") as log:
            log.write(f"{time.strftime('%H:%M:%S')} {_tried} articles extracted\n")
    return quotes


@given(article=articles(), variant=st.sampled_from(SETTINGS_VARIANTS))
def test_extraction_never_raises_and_offsets_point_at_their_words(article: Article, variant: Settings) -> None:
    quotes = _extract(article, variant)
    check_quote_invariants(article, quotes)


@given(article=articles())
def test_analysis_never_raises_and_people_point_at_their_words(article: Article) -> None:
    with time_limit(PER_ARTICLE_SECONDS, "analyze"):
        analysis = analyze(article, Settings())
    assert analysis.article == article.id
    check_quote_invariants(article, list(analysis.quotes))
    for person in analysis.people:
        assert person.article == article.id
        assert 0 <= person.start <= person.end <= len(article.text)
        assert article.text[person.start : person.end] == person.text


@given(article=articles())
def test_extraction_is_deterministic(article: Article) -> None:
    assert _extract(article) == _extract(article)


@settings(max_examples=max(10, settings.default.max_examples // 2))
@given(article=articles(), others=st.lists(articles(max_paragraphs=3), min_size=1, max_size=2))
def test_an_articles_quotes_do_not_depend_on_other_articles(article: Article, others: list[Article]) -> None:
    alone = _extract(article)
    for other in others:
        _extract(other)
    assert _extract(article) == alone


@given(text=article_texts(), ident=st.from_regex(r"[a-z]{1,6}", fullmatch=True))
def test_quotes_do_not_depend_on_the_article_id_or_its_wrapping(text: str, ident: str) -> None:
    """A string, and the same text as an Article under any id, give the same quotes."""
    from_string = [attrs.evolve(q, article=ident) for q in _extract(text)]
    assert _extract(Article(id=ident, text=text)) == from_string


@settings(max_examples=max(10, settings.default.max_examples // 4))
@given(article=articles(max_paragraphs=3))
def test_extraction_of_a_batch_matches_one_by_one(article: Article) -> None:
    """The batch runner (in-process) gives each article exactly its own quotes."""
    batch = pytest.importorskip("quotecheck.batch", reason="the batch runner has not landed yet")
    other = Article(id="other", text='"We will never agree," Putin said.')
    results = list(batch.analyze_all([other, article, other], Settings(), jobs=1, quotes_only=True))
    assert [r.article for r in results] == ["other", article.id, "other"]
    assert list(results[1].quotes) == _extract(article)
    assert results[0] == results[2]


@settings(max_examples=max(10, settings.default.max_examples // 2))
@given(
    text=article_texts(max_paragraphs=3),
    outlets=st.dictionaries(st.text(min_size=1, max_size=12), st.lists(st.text(min_size=1, max_size=12), max_size=3), max_size=3),
    verbs=st.lists(st.text(min_size=1, max_size=10), max_size=3),
)
def test_user_lexicon_entries_never_break_extraction(text: str, outlets: dict[str, list[str]], verbs: list[str]) -> None:
    """Outlets and cue verbs from a config file are data, never pattern syntax: any text is safe."""
    custom = Settings().replace(extract={"outlets": outlets, "cue_verbs": verbs})
    article = Article(id="a", text=text + " " + " ".join([*outlets, *verbs]))
    check_quote_invariants(article, _extract(article, custom))
