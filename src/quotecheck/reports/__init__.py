"""Findings and quotes → report formats, one module per format.

:data:`FORMATS` is the registry the CLI reads: for each ``--format`` name, whether it is
for people (colour, summary line) and which command's records it can write —
``findings`` for ``check``, ``quotes`` for ``extract``.  A format without a writer for a
command is a usage error for that command (``quotecheck extract --format sarif``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TextIO

import attrs

from quotecheck.reports import csv_rows, github, json_doc, json_lines, junit, sarif, text
from quotecheck.reports.base import Later, Summary

Writer = Callable[[TextIO, Iterable[Any], Later], None]
"""``write(out, records, summary)``; quote writers take any iterable and write as it arrives."""


@attrs.frozen
class Format:
    """One ``--format`` choice and the writers it has."""

    name: str
    description: str
    findings: Writer | None = None
    quotes: Writer | None = None
    human: bool = False
    """Human formats get colour on a terminal and end with the summary line."""

    def writer(self, command: str) -> Writer | None:
        """The writer for ``command`` (``check`` or ``extract``), if this format has one."""
        return self.findings if command == "check" else self.quotes

    def commands(self) -> tuple[str, ...]:
        return tuple(c for c in ("extract", "check") if self.writer(c) is not None)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", "grouped, human-readable report with a summary line", text.write_findings, text.write_quotes, human=True),
        Format("json", "one JSON document with a version field and a summary", json_doc.write_findings, json_doc.write_quotes),
        Format("jsonl", "one JSON record per line, no summary", json_lines.write_records, json_lines.write_records),
        Format("csv", "one row per quote, flat columns", quotes=csv_rows.write_quotes),
        Format("sarif", "SARIF 2.1.0 for GitHub code scanning", findings=sarif.write_findings),
        Format("github", "GitHub Actions workflow commands (annotations)", findings=github.write_findings),
        Format("junit", "JUnit XML, a testsuite per finding code", findings=junit.write_findings),
    )
}

__all__ = ["FORMATS", "Format", "Summary"]
