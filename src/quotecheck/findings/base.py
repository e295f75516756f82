"""What every check shares: building a :class:`~quotecheck.records.Finding` and wording its message.

A finding's severity is the code's default from :data:`~quotecheck.findings.codes.CODES`
(or the check's own judgement, e.g. an error when a negation was dropped), unless
``settings.checks.severity`` overrides it; its id comes from :mod:`.ids`; its evidence
is sorted by article id and position, one per quote or mention involved.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

from quotecheck.config import Settings
from quotecheck.findings.codes import CODES
from quotecheck.findings.evidence import order
from quotecheck.findings.ids import finding_id
from quotecheck.findings.view import ClusterView
from quotecheck.records import DiffOp, Evidence, Finding

V = TypeVar("V", bound=Hashable)

SNIPPET_WORDS = 12
LISTED_ARTICLES = 3


def make(
    code: str,
    settings: Settings,
    *,
    message: str,
    evidence: Iterable[Evidence],
    words: Iterable[str],
    parties: Iterable[str],
    severity: str | None = None,
    score: float | None = None,
    scorer: str | None = None,
    diff: Sequence[DiffOp] = (),
    cluster: str | None = None,
) -> Finding:
    """A finding of ``code``; ``words`` and ``parties`` (people, outlets) make its id."""
    unique = {(e.article, e.start, e.end): e for e in evidence}
    return Finding(
        id=finding_id(code, words, parties),
        code=code,
        severity=settings.checks.severity_for(code, severity or CODES[code].severity),
        message=message,
        evidence=tuple(sorted(unique.values(), key=order)),
        score=None if score is None else round(score, 1),
        scorer=scorer,
        diff=tuple(diff),
        cluster=cluster,
    )


def attribute_conflict(
    view: ClusterView,
    code: str,
    settings: Settings,
    found: Mapping[V, set[int]],
    side: Callable[[V, str], str],
    verb: str,
    parties: Iterable[str] = (),
) -> Finding:
    """A finding about one statement told with clashing values of one attribute (outlet,
    audience, date…): ``found`` maps each value to its quotes; ``side(value, articles)``
    words one side; ``verb`` joins the words to the sides ("are credited to")."""
    quotes = sorted(set().union(*found.values()))
    people = view.people(quotes)
    sides = listing(side(v, articles(view.quote(q).article for q in qs)) for v, qs in found.items())
    whose = f"{listing(people)}'s words" if people else "The words"
    return make(
        code,
        settings,
        message=f"{whose} {snippet(view.quote(quotes[0]).words)} {verb} {sides}.",
        evidence=view.evidence(quotes),
        words=view.keys(quotes),
        parties=[*parties, *people],
        **view.similarity(quotes),
    )


def snippet(text: str) -> str:
    """The first words of ``text`` in curly quotes, for a message."""
    ws = text.split()
    cut = " ".join(ws[:SNIPPET_WORDS]) + ("\u2026" if len(ws) > SNIPPET_WORDS else "")
    return f"\u201c{cut}\u201d"


def articles(ids: Iterable[str]) -> str:
    """``a, b and c`` — or ``a, b, c and 4 more`` — for the article ids, sorted."""
    names = sorted(set(ids))
    if len(names) > LISTED_ARTICLES + 1:
        return f"{', '.join(names[:LISTED_ARTICLES])} and {len(names) - LISTED_ARTICLES} more"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def listing(items: Iterable[str]) -> str:
    """``x``, ``x and y``, ``x, y and z`` for the distinct items, sorted."""
    names = sorted(set(items))
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
