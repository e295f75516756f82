"""The text of ``quotecheck explain CODE``: a finding code's meaning, triggers, example
and how to tune or silence it, all read from the registry in ``findings/codes.py``."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from quotecheck.findings.codes import CodeInfo


def explain_text(info: CodeInfo) -> str:
    """The full explanation of one code."""
    sections = [f"{info.code} (default severity: {info.severity})", "", info.summary]
    for title, body in (("When it fires", info.triggers), ("Example", info.example), ("Tuning", info.tuning)):
        if body:
            sections += ["", f"{title}:", textwrap.indent(body.strip(), "  ")]
    sections += [
        "",
        "Silencing:",
        f"  for one run:       quotecheck check --ignore {info.code} PATHS",
        f"  for the project:   [checks] disable = [\"{info.code}\"] in quotecheck.toml",
        "                     (or [tool.quotecheck.checks] in pyproject.toml)",
        f"  severity:          [checks.severity] {info.code} = \"warning\"",
        f"  in an article:     <!-- quotecheck: ignore {info.code} -->",
        "  accepted findings: --write-baseline FILE once, then --baseline FILE",
    ]
    return "\n".join(sections) + "\n"


def code_table(infos: Iterable[CodeInfo]) -> str:
    """One line per code: name, default severity, summary."""
    return "".join(f"{i.code:<18} {i.severity:<8} {i.summary}\n" for i in infos)
