"""Analyses → the corpus the checks read: quotes deduplicated and put in content order,
each speaker classified and named as fully as its article allows, and every titled
mention of a person.

Only quote and mention records are kept — never article texts — so the CLI can extract
in parallel processes and stream the analyses in.  Duplicates (the same article given
twice) collapse here, and everything is sorted by content (article id, offsets), so no
later step can see the order of the batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

import attrs

from quotecheck.findings.evidence import from_mention
from quotecheck.findings.people import PersonName, Speaker, by_known_surname, classify, person_ids, resolve
from quotecheck.records import Analysis, Evidence, PersonMention, Quote


class Titled(NamedTuple):
    """A person given a title somewhere in the batch: by a mention, or as a quote's speaker.

    A named tuple, and its evidence built only when a finding needs it: a batch has a
    titled mention for most of its quotes.
    """

    name: PersonName
    role: str
    source: Quote | PersonMention
    published: str | None

    @property
    def article(self) -> str:
        return self.source.article

    @property
    def start(self) -> int:
        m = self.source.speaker_mention if isinstance(self.source, Quote) else self.source
        return (m or self.source).start

    def evidence(self) -> Evidence:
        """The mention (or the quote's speaker) as evidence of the title."""
        if isinstance(self.source, PersonMention):
            return from_mention(self.source, self.published)
        quote, m = self.source, self.source.speaker_mention
        start, end, text = (quote.start, quote.end, quote.words) if m is None else (m.start, m.end, m.text)
        return Evidence(quote.article, start, end, text, quote.speaker, quote.role,
                        published=self.published, location=quote.location)


@attrs.frozen
class Corpus:
    """Everything the cross-article checks read, in content order."""

    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    """Per quote: its speaker classified, a bare surname completed from its article."""
    persons: tuple[str | None, ...]
    """Per quote: the batch-wide id of its speaker when that is a named person."""
    published: Mapping[str, str | None]
    titled: tuple[Titled, ...]
    person_ids: Mapping[PersonName, str | None]
    """Batch-wide person ids of every name (see :func:`~quotecheck.findings.people.person_ids`)."""
    articles: int


def _quote_order(q: Quote) -> tuple[int, int, str, str, str]:
    return (q.start, q.end, q.words, q.kind, q.speaker or "")


def gather(analyses: Iterable[Analysis]) -> Corpus:
    """The corpus of ``analyses``; an article given twice (same id) counts once."""
    quotes_by: dict[str, dict[tuple[int, int, str, str, str], Quote]] = {}
    people_by: dict[str, dict[tuple[int, int, str, str], PersonMention]] = {}
    published: dict[str, str | None] = {}
    for analysis in analyses:
        art = analysis.article
        quotes_by.setdefault(art, {}).update((_quote_order(q), q) for q in analysis.quotes)
        people_by.setdefault(art, {}).update(((m.start, m.end, m.name, m.role or ""), m) for m in analysis.people)
        known = published.get(art)
        if analysis.published and (known is None or analysis.published < known):
            published[art] = analysis.published
        else:
            published.setdefault(art, known)

    classified: dict[str | None, Speaker] = {}

    def speaker_of(text: str | None) -> Speaker:
        found = classified.get(text)
        if found is None:
            found = classified[text] = classify(text)
        return found

    quotes: list[Quote] = []
    speakers: list[Speaker] = []
    titled: list[Titled] = []
    for art in sorted(quotes_by):
        mentions = [people_by[art][k] for k in sorted(people_by[art])]
        article_quotes = [quotes_by[art][k] for k in sorted(quotes_by[art])]
        mention_names = [speaker_of(m.name).name for m in mentions]
        quote_speakers = [speaker_of(q.speaker) for q in article_quotes]
        known = [n for n in mention_names if n is not None and n.full]
        known += [s.name for s in quote_speakers if s.name is not None and s.name.full]
        completed: dict[PersonName, PersonName] = {}

        def complete(name: PersonName) -> PersonName:
            if name.full:
                return name
            if name not in completed:
                completed[name] = resolve(name, known)
            return completed[name]

        when = published[art]
        for q, sp in zip(article_quotes, quote_speakers):
            if sp.name is not None and not sp.name.full:
                sp = Speaker(sp.kind, sp.label, complete(sp.name))
            elif sp.kind == "unknown":
                sp = by_known_surname(sp, known)  # ("Mr. May" where the article names Theresa May)
            quotes.append(q)
            speakers.append(sp)
            if q.role and sp.name is not None:
                titled.append(Titled(sp.name, q.role, q, when))
        for m, name in zip(mentions, mention_names):
            if m.role and name is not None:
                titled.append(Titled(complete(name), m.role, m, when))

    ids = person_ids([s.name for s in speakers if s.name is not None] + [t.name for t in titled])
    return Corpus(
        quotes=tuple(quotes),
        speakers=tuple(speakers),
        persons=tuple(ids.get(s.name) if s.name is not None else None for s in speakers),
        published=published,
        titled=tuple(titled),
        person_ids=ids,
        articles=len(quotes_by),
    )
