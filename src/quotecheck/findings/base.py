"""What every check shares: building a :class:`~quotecheck.records.Finding` and wording its message.

A finding's severity is the code's default from :data:`~quotecheck.findings.codes.CODES`
(or the check's own judgement, e.g. an error when a negation was dropped), unless
``settings.checks.severity`` overrides it; its id comes from :mod:`.ids`; its evidence
is sorted by article id and position, one per quote or mention involved.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quotecheck.config import Settings
from quotecheck.findings.codes import CODES
from quotecheck.findings.evidence import order
from quotecheck.findings.ids import finding_id
from quotecheck.records import DiffOp, Evidence, Finding

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
