"""Who they are: ``title-conflict``.

One person given incompatible titles across the batch or within one article — the same
office in different tenses ("former President" vs "President"), or an office together
with its deputy ("Vice President" vs "President") — built from every titled mention
(``Analysis.people``) and every quote's speaker role.  People are matched batch-wide by
name (:func:`~quotecheck.findings.people.person_ids`); titles by office
(:mod:`.offices`), so "U.S. President Donald Trump" and "President Trump" agree.

Titles may legitimately differ when the articles are from different periods: published
more than a year apart, or on both sides of a known change of the office.  Articles with
no date are taken to be from the same period.
"""

from __future__ import annotations

from collections.abc import Iterator

from quotecheck.config import Settings
from quotecheck.findings.base import articles, listing, make
from quotecheck.findings.corpus import Corpus, Titled
from quotecheck.findings.offices import Office, clash, offices, same_period
from quotecheck.records import Evidence, Finding


def check(corpus: Corpus, settings: Settings) -> Iterator[Finding]:
    """The title findings of the batch, person by person."""
    if not settings.checks.enabled("title-conflict"):
        return
    by_person: dict[str, list[Titled]] = {}
    for t in corpus.titled:
        person = corpus.person_ids.get(t.name)
        if person is not None:
            by_person.setdefault(person, []).append(t)
    for person in sorted(by_person):
        yield from _person(person, by_person[person], settings)


def _person(person: str, titled: list[Titled], settings: Settings) -> Iterator[Finding]:
    held: dict[Office, list[Titled]] = {}
    for t in titled:
        for office in offices(t.role):
            held.setdefault(office, []).append(t)
    found: dict[tuple[Office, Office], str] = {}
    ranked = sorted(held)
    for i, a in enumerate(ranked):
        for b in ranked[i + 1:]:
            why = clash(a, b)
            if why and _together(held[a], held[b], min(a.name, b.name, key=len)):
                found[(a, b)] = why
    for (a, b), why in sorted(found.items()):
        sides = {o: _per_article(held[o]) for o in (a, b)}
        evidence = [e for o in (a, b) for e in sides[o]]
        said = listing(f"\u201c{_written(held[o])}\u201d in {articles(e.article for e in sides[o])}" for o in (a, b))
        yield make(
            "title-conflict",
            settings,
            message=f"{person} is called {said} ({why}).",
            evidence=evidence,
            words=[a.describe(), b.describe()],
            parties=[person],
        )


def _together(first: list[Titled], second: list[Titled], office: str) -> bool:
    """True when some mention of each title is from the same period."""
    dates_a = {t.published for t in first}
    dates_b = {t.published for t in second}
    return any(same_period(x, y, office) for x in dates_a for y in dates_b)


def _per_article(titled: list[Titled]) -> list[Evidence]:
    """One piece of evidence per article: its first mention with this title."""
    first: dict[str, Titled] = {}
    for t in sorted(titled, key=lambda t: (t.article, t.start)):
        first.setdefault(t.article, t)
    return [t.evidence() for t in first.values()]


def _written(titled: list[Titled]) -> str:
    """The title as most articles write it (ties: alphabetical)."""
    counts: dict[str, int] = {}
    for t in titled:
        counts[t.role] = counts.get(t.role, 0) + 1
    return min(counts, key=lambda r: (-counts[r], r))
