"""``--format json``: one JSON document with a ``version`` field, the records and a summary.

The records are the :func:`~quotecheck.serialize.as_record` forms, so the keys are the
public interface documented in ``docs/cli.md``.  Timing is left out so the same input
gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from quotecheck import __version__
from quotecheck.records import Finding, Quote
from quotecheck.reports.base import Later, Summary, final, summary_record
from quotecheck.serialize import RECORD_VERSION, as_record


def _document(command: str, key: str, records: list[dict[str, Any]], summary: Summary | None) -> dict[str, Any]:
    document: dict[str, Any] = {"version": RECORD_VERSION, "quotecheck": __version__, "command": command, key: records}
    if summary is not None:
        document["summary"] = summary_record(summary)
    return document


def _dump(out: TextIO, document: dict[str, Any]) -> None:
    json.dump(document, out, indent=2, ensure_ascii=False)
    out.write("\n")


def write_findings(out: TextIO, findings: Sequence[Finding], summary: Summary | None) -> None:
    """``{"version", "quotecheck", "command": "check", "findings": [...], "summary": {...}}``."""
    _dump(out, _document("check", "findings", [as_record(f) for f in findings], summary))


def write_quotes(out: TextIO, quotes: Iterable[Quote], summary: Later) -> None:
    """``{"version", "quotecheck", "command": "extract", "quotes": [...], "summary": {...}}``.

    Written record by record as the quotes arrive (a streamed batch is never held whole),
    byte for byte what ``json.dump(document, indent=2)`` writes for the whole document.
    """
    head = json.dumps(_document("extract", "quotes", [], None), indent=2, ensure_ascii=False)
    out.write(head[: -len("[]\n}")])
    opened = False
    for quote in quotes:
        out.write(",\n" if opened else "[\n")
        opened = True
        out.write(_indented(json.dumps(as_record(quote), indent=2, ensure_ascii=False), "    "))
    out.write("\n  ]" if opened else "[]")
    shown = final(summary)
    if shown is not None:
        out.write(',\n  "summary": ' + _indented(json.dumps(summary_record(shown), indent=2, ensure_ascii=False), "  ")[2:])
    out.write("\n}\n")


def _indented(text: str, margin: str) -> str:
    """``text`` with every line moved right by ``margin`` (JSON strings hold no raw newline)."""
    return margin + text.replace("\n", "\n" + margin)
