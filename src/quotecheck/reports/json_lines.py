"""``--format jsonl``: one :func:`~quotecheck.serialize.as_record` object per line, no summary.

Suited to streaming tools (``jq -c``, ``grep``) and to appending runs together.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from quotecheck.records import Finding, Quote
from quotecheck.reports.base import Later
from quotecheck.serialize import as_record


def write_records(out: TextIO, records: Iterable[Finding | Quote], summary: Later = None) -> None:
    """Each record as one compact JSON line (``summary`` is ignored: no summary in jsonl)."""
    for record in records:
        out.write(json.dumps(as_record(record), ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
