"""INTERIM: pairs straight/curly double quotes only; replaced by the real engine shortly."""

from __future__ import annotations

import regex

from quotecheck.config import Settings
from quotecheck.records import Article, Mention, Quote, Span

_PAIR = regex.compile(r'["“]([^"“”\n]{1,2000})["”]')


def extract_quotes(article: Article | str, settings: Settings | None = None) -> list[Quote]:
    """Every quote in ``article`` (an :class:`Article` or plain text)."""
    if isinstance(article, str):
        article = Article(id="text", text=article)
    text = article.text
    out = []
    for m in _PAIR.finditer(text):
        s, e = m.span(1)
        out.append(Quote(article=article.id, text=text[s:e], start=s, end=e,
                         fragments=(Mention(text[s:e], s, e),), sentence=Span(m.start(), m.end())))
    return out


def analyze(article: Article | str, settings: Settings | None = None):
    """Quotes and titled people of one article (interim: people not yet found)."""
    from quotecheck.records import Analysis
    if isinstance(article, str):
        article = Article(id="text", text=article)
    return Analysis(article=article.id, quotes=tuple(extract_quotes(article, settings)), people=(),
                    published=article.published, outlet=article.outlet)
