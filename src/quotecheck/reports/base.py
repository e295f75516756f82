"""What every report format shares: the run summary and how a place or a person is shown.

Report writers are plain functions ``write(out, items, summary)`` over records built
elsewhere, so each format can be tested with hand-built findings and quotes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeAlias

import attrs

from quotecheck.config import SEVERITIES
from quotecheck.records import Finding, Location


@attrs.frozen
class Summary:
    """Counts for one run; ``seconds`` is shown only in the human summary line, so
    machine formats are byte-identical between runs on the same input."""

    command: str
    articles: int = 0
    quotes: int = 0
    findings: tuple[tuple[str, int], ...] = ()
    """Findings reported, by severity (error, warning, info order)."""
    suppressed: int = 0
    """Findings dropped by inline markers or the baseline."""
    input_errors: int = 0
    seconds: float = 0.0


Later: TypeAlias = "Summary | Callable[[], Summary] | None"
"""A summary, or a function giving it once the records have been written (a streamed
``extract`` knows its counts only at the end), or None for no summary."""


def final(summary: Later) -> Summary | None:
    """The summary itself; call only after the last record has been written."""
    return summary() if callable(summary) else summary


def count_by_severity(findings: Iterable[Finding]) -> tuple[tuple[str, int], ...]:
    """(severity, count) for every severity, most severe first."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return tuple(counts.items())


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary_line(summary: Summary) -> str:
    """The one-line summary that ends a human-readable report."""
    parts = [_plural(summary.articles, "article"), _plural(summary.quotes, "quote")]
    if summary.command == "check":
        total = sum(n for _, n in summary.findings)
        by_level = ", ".join(f"{n} {level}" for level, n in summary.findings)
        parts.append(f"{_plural(total, 'finding')} ({by_level})")
        parts.append(f"{summary.suppressed} suppressed")
    parts.append(_plural(summary.input_errors, "input error"))
    return f"quotecheck: {', '.join(parts)} in {summary.seconds:.2f} s"


def summary_record(summary: Summary) -> dict[str, Any]:
    """The JSON form of the summary (no timing, so documents are reproducible)."""
    record: dict[str, Any] = {"articles": summary.articles, "quotes": summary.quotes}
    if summary.command == "check":
        record["findings"] = dict(summary.findings)
        record["suppressed"] = summary.suppressed
    record["input_errors"] = summary.input_errors
    return record


def place(location: Location | None, article: str) -> str:
    """``path:line:col`` when the location is known, else the article id."""
    if location is None:
        return article
    return f"{location.path}:{location.line}:{location.column}"


class Attributed(Protocol):
    speaker: str | None
    role: str | None
    outlet: str | None


def attribution(record: Attributed) -> str:
    """Who said it, as the article has it: ``Donald Trump [former President] (via Reuters)``."""
    text = record.speaker or "unattributed"
    if record.role:
        text += f" [{record.role}]"
    if record.outlet:
        text += f" (via {record.outlet})"
    return text


def clip(text: str, limit: int = 160) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
