"""``--format github`` (``check`` only): GitHub Actions workflow commands.

One ``::error file=…,line=…,col=…,title=…::message`` line per evidence location, so
every article involved is annotated in the pull request; ``warning`` and ``notice`` for
the lower severities.  Values are escaped as the Actions toolkit does (``%``, CR, LF,
and in properties also ``:`` and ``,``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from quotecheck.records import Finding
from quotecheck.reports.base import Summary, attribution, clip

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write_findings(out: TextIO, findings: Sequence[Finding], summary: Summary | None = None) -> None:
    """Workflow commands, one per evidence location (``summary`` is ignored)."""
    for finding in findings:
        command = COMMANDS.get(finding.severity, "warning")
        title = escape_property(f"quotecheck {finding.code}")
        for evidence in finding.evidence:
            props = []
            if evidence.location is not None:
                loc = evidence.location
                props = [f"file={escape_property(loc.path)}", f"line={loc.line}", f"col={loc.column}"]
            message = f"{finding.message} {evidence.article}: {attribution(evidence)}: “{clip(evidence.text)}”"
            out.write(f"::{command} {','.join([*props, f'title={title}'])}::{escape_data(message)}\n")
