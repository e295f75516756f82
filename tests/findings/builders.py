"""Hand-written batches for the finding tests: analyses built from short texts.

``analysis("a", 'Putin said “the plan could work.”', Q("the plan could work.", "Putin"))``
locates each quote's words in the text, so every span points at the quoted words, as
the extraction engine's would.
"""

from __future__ import annotations

from typing import Any

import attrs

from quotecheck.records import Analysis, Mention, PersonMention, Quote


@attrs.frozen
class Q:
    """A quote to place in a text: its words, speaker and any other Quote fields."""

    words: str
    speaker: str | None = None
    fields: dict[str, Any] = attrs.field(factory=dict)


def q(words: str, speaker: str | None = None, **fields: Any) -> Q:
    return Q(words, speaker, fields)


def analysis(
    article: str,
    text: str,
    *quotes: Q,
    people: tuple[tuple[str, str, str], ...] = (),
    published: str | None = None,
) -> Analysis:
    """An analysis of ``text``: ``quotes`` located in order, ``people`` as (name, role, as written)."""
    records = []
    at = 0
    for spec in quotes:
        start = text.index(spec.words, at)
        end = start + len(spec.words)
        at = end
        records.append(
            Quote(article=article, text=spec.words, start=start, end=end,
                  fragments=(Mention(spec.words, start, end),), speaker=spec.speaker, **spec.fields)
        )
    mentions = []
    for name, role, written in people:
        start = text.index(written)
        mentions.append(PersonMention(article, name, role, written, start, start + len(written)))
    return Analysis(article, tuple(records), tuple(mentions), published=published)


def said(words: str, speaker: str | None, article: str, **fields: Any) -> Analysis:
    """The smallest article: ``Speaker said: “words”`` with one quote."""
    text = f"{speaker or 'Someone'} said: \u201c{words}\u201d"
    return analysis(article, text, q(words, speaker, **fields))
