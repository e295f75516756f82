"""Who they are: ``title-conflict``.

One person given incompatible titles across the batch or within one article — the same
office in different tenses ("former President" vs "President"), or, within one article,
an office together with its deputy ("Vice President" vs "President") — built from every
titled mention
(``Analysis.people``) and every quote's speaker role.  People are matched batch-wide by
name (:func:`~quotecheck.findings.people.person_ids`); titles by office
(:mod:`.offices`), so "U.S. President Donald Trump" and "President Trump" agree.

Titles may legitimately differ when the articles are from different periods: published
more than a year apart (a month for candidates and campaign staff), or on both sides of a
known change of the office.  Articles with no date are taken to be from the same period.
A bare "President X" is also how news refers to a past president's time in office, so
against "former President X" it only counts within one article, unless it is stated as
current ("U.S. President X").  Titles led by "the" ("the former president") are the
engine's reading of a description, not a title, and are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

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
    Side = tuple[str, str]  # (office, tense): "U.S. President" and "President" are one side
    found: dict[tuple[Side, Side], tuple[str, dict[Side, list[Titled]]]] = {}
    for a, b in combinations(sorted(held), 2):
        verdict = clash(a, b)
        if verdict is None:
            continue
        why, local = verdict
        first, second = held[a], held[b]
        if local:
            shared = {t.article for t in first} & {t.article for t in second}
            first = [t for t in first if t.article in shared]
            second = [t for t in second if t.article in shared]
        elif not _together(first, second, min(a.name, b.name, key=len)):
            continue
        if not first or not second:
            continue
        sides = sorted([((a.name, a.status), first), ((b.name, b.status), second)])
        key = (sides[0][0], sides[1][0])
        entry = found.setdefault(key, (why, {}))
        for side, mentions in sides:
            entry[1].setdefault(side, []).extend(mentions)
    for (one, other), (why, mentions) in sorted(found.items()):
        shown = {side: _per_article(mentions[side]) for side in (one, other)}
        said = listing(
            f"\u201c{_written(mentions[side])}\u201d in {articles(e.article for e in shown[side])}" for side in (one, other)
        )
        yield make(
            "title-conflict",
            settings,
            message=f"{person} is called {said} ({why}).",
            evidence=[e for side in (one, other) for e in shown[side]],
            words=[Office(*one).describe(), Office(*other).describe()],
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
