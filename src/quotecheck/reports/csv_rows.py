"""``--format csv`` (``extract`` only): one row per quote, flat columns for spreadsheets.

Nested fields are flattened: the location into ``path``/``line``/``column``, the cue into
its words, dates joined by ``;``.  ``text`` is the quoted words (fragments joined).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from quotecheck.records import Quote
from quotecheck.reports.base import Later

COLUMNS: tuple[str, ...] = (
    "article", "path", "line", "column", "start", "end", "kind", "speaker", "role", "outlet",
    "via", "cue", "platform", "audience", "occasion", "paragraph", "dates", "text",
)


def quote_row(quote: Quote) -> dict[str, object]:
    """The flat CSV row of one quote (empty string for unknown values)."""
    loc = quote.location
    return {
        "article": quote.article,
        "path": loc.path if loc else "",
        "line": loc.line if loc else "",
        "column": loc.column if loc else "",
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "speaker": quote.speaker or "",
        "role": quote.role or "",
        "outlet": quote.outlet or "",
        "via": quote.via or "",
        "cue": quote.cue.text if quote.cue else "",
        "platform": quote.platform or "",
        "audience": quote.audience or "",
        "occasion": quote.occasion or "",
        "paragraph": quote.paragraph,
        "dates": ";".join(quote.dates),
        "text": quote.words,
    }


def write_quotes(out: TextIO, quotes: Iterable[Quote], summary: Later = None) -> None:
    """A header row and one row per quote (``summary`` is ignored)."""
    # RFC 4180 line ends: with "\r\n" as terminator the writer also quotes a field holding a
    # bare "\r", which readers would otherwise take for the end of the row.
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(quote_row(q) for q in quotes)
