"""The human report (``--format text``, the default).

Findings are grouped: a heading line per finding (severity, code, message), then one
indented evidence line per article — article id, ``file:line:col``, who said it, the
quote — and a one-line summary at the end.  Colour (ANSI) only when asked, i.e. when the
output is a terminal and ``NO_COLOR`` is unset; the CLI decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from quotecheck.records import Finding, Quote
from quotecheck.reports.base import Later, Summary, attribution, clip, final, place, summary_line

_STYLE = {"error": "1;31", "warning": "1;33", "info": "1;34", "code": "1", "place": "36", "dim": "2"}


def _paint(text: str, style: str, color: bool) -> str:
    return f"\x1b[{_STYLE[style]}m{text}\x1b[0m" if color else text


def write_findings(out: TextIO, findings: Sequence[Finding], summary: Summary | None, *, color: bool = False) -> None:
    """Each finding with its evidence, then the summary line (when ``summary`` is given)."""
    for finding in findings:
        severity = _paint(finding.severity, finding.severity if finding.severity in _STYLE else "code", color)
        out.write(f"{severity} {_paint(finding.code, 'code', color)} {finding.message}\n")
        for evidence in finding.evidence:
            where = _paint(place(evidence.location, "(location unknown)"), "place", color)
            out.write(f"  {evidence.article}  {where}  {attribution(evidence)}: “{clip(evidence.text)}”\n")
        out.write(_paint(f"  id {finding.id}", "dim", color) + "\n\n")
    if summary is not None:
        out.write(summary_line(summary) + "\n")


def write_quotes(out: TextIO, quotes: Iterable[Quote], summary: Later, *, color: bool = False) -> None:
    """One line per quote (``file:line:col: kind speaker: “words”``), then the summary.

    Lines are written as the quotes arrive, so a streamed batch is never held whole.
    """
    for quote in quotes:
        where = _paint(place(quote.location, f"{quote.article}@{quote.start}"), "place", color)
        out.write(f"{where}: {quote.kind} {attribution(quote)}: “{clip(quote.words)}”\n")
    shown = final(summary)
    if shown is not None:
        out.write(summary_line(shown) + "\n")
