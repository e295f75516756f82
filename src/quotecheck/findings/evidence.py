"""Quotes and person mentions → :class:`~quotecheck.records.Evidence`: one article's side of a finding.

Evidence copies what a reader needs to see the article's version without opening it —
the words, speaker, role, outlet, chain, cue, audience, date and place — and the article
id and span, so the CLI can match it against inline suppressions.
"""

from __future__ import annotations

from quotecheck.records import Evidence, PersonMention, Quote


def from_quote(quote: Quote, published: str | None) -> Evidence:
    """The evidence for ``quote`` (its words are the fragments joined)."""
    return Evidence(
        article=quote.article,
        start=quote.start,
        end=quote.end,
        text=quote.words,
        speaker=quote.speaker,
        role=quote.role,
        outlet=quote.outlet,
        via=quote.via,
        cue=quote.cue.text if quote.cue else None,
        audience=quote.audience,
        published=published,
        location=quote.location,
    )


def from_mention(mention: PersonMention, published: str | None) -> Evidence:
    """The evidence for a titled mention of a person: the mention's words, name and title."""
    return Evidence(
        article=mention.article,
        start=mention.start,
        end=mention.end,
        text=mention.text,
        speaker=mention.name,
        role=mention.role,
        published=published,
        location=mention.location,
    )


def order(evidence: Evidence) -> tuple[str, int, int, str]:
    """Sort key for evidence: by article id, then position — content, not batch order."""
    return (evidence.article, evidence.start, evidence.end, evidence.text)
