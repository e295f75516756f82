"""Who said it: ``speaker-conflict`` and ``speaker-anonymous``.

``speaker-conflict`` — the same words (same, variant or fragment wording) attributed to
people who cannot be one person.  A fragment counts only from ``2 × match.min_words``
words on (see :func:`_fragment_words`).  It also covers one article attributing the same words
twice to different people: the finding then has two pieces of evidence from that article.

``speaker-anonymous`` — the same words credited to a named person in one place and to an
unnamed or collective source ("a senior official", "U.S. officials", "the Kremlin")
in another.  That is not a contradiction — the source may be the same person unnamed —
so it has a code of its own, ``info`` by default, which can be disabled on its own.
Quotes whose speaker is unknown (none found, or an unresolved pronoun) never take part.
"""

from __future__ import annotations

from collections.abc import Iterator

from quotecheck.config import Settings
from quotecheck.findings.base import articles, listing, make, snippet
from quotecheck.findings.people import Speaker, same_person
from quotecheck.findings.view import ClusterView
from quotecheck.records import Finding


def check(view: ClusterView, settings: Settings) -> Iterator[Finding]:
    """The speaker findings of one cluster."""
    if settings.checks.enabled("speaker-conflict"):
        yield from _named(view, settings)
    if settings.checks.enabled("speaker-anonymous"):
        yield from _unnamed(view, settings)


def _named(view: ClusterView, settings: Settings) -> Iterator[Finding]:
    found = view.clashes(view.name, lambda a, b: not same_person(a, b), fragment_words=_fragment_words(settings))
    if not found:
        return
    quotes = sorted(set().union(*found.values()))
    people = view.people(quotes)
    arts = {view.quote(q).article for q in quotes}
    sides = [f"{name} ({articles(view.quote(q).article for q in qs)})" for name, qs in sorted(people.items())]
    where = f"within {next(iter(arts))} " if len(arts) == 1 else ""
    text = view.quote(quotes[0]).words
    yield make(
        "speaker-conflict",
        settings,
        message=f"The same words, {snippet(text)}, are attributed {where}to {listing(sides)}.",
        evidence=view.evidence(quotes),
        words=view.keys(quotes),
        parties=people,
        **view.similarity(quotes),
    )


def _unnamed(view: ClusterView, settings: Settings) -> Iterator[Finding]:
    def source(q: int) -> Speaker | None:
        sp = view.speaker(q)
        return sp if sp.kind in ("person", "group") else None

    found = view.clashes(source, lambda a, b: {a.kind, b.kind} == {"person", "group"}, fragment_words=_fragment_words(settings))
    if not found:
        return
    groups = {s.label: qs for s, qs in found.items() if s.kind == "group"}
    people = view.people(q for s, qs in found.items() if s.kind == "person" for q in qs)
    quotes = sorted(set().union(*found.values()))
    unnamed = listing(f"{label} ({articles(view.quote(q).article for q in qs)})" for label, qs in groups.items())
    named = listing(f"{name} ({articles(view.quote(q).article for q in qs)})" for name, qs in people.items())
    yield make(
        "speaker-anonymous",
        settings,
        message=f"{snippet(view.quote(quotes[0]).words)} is attributed to {unnamed}; it is attributed to {named} elsewhere.",
        evidence=view.evidence(quotes),
        words=view.keys(quotes),
        parties=[*groups, *people],
        **view.similarity(quotes),
    )


def _fragment_words(settings: Settings) -> int:
    """How long a fragment must be to tie two speakers together: twice ``match.min_words``.

    A short phrase found inside someone else's long quote ("something had to be done",
    "as big as it needs to be") is as often a coincidence, or one speaker quoting the
    other, as a misattribution.
    """
    return 2 * settings.match.min_words
