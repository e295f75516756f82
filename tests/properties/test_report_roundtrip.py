"""Every output format parses back, whatever the articles contained.

Quotes and findings computed from generated (partly hostile) batches are written with
each format's writer — the same functions the CLI calls — encoded as UTF-8 the way the
CLI writes them, and parsed back with the standard tool for the format:

- ``json``: one document with ``version`` and the records, equal to ``as_record``;
- ``jsonl``: one record per line, equal to ``as_record``;
- ``csv``: a header and one row per quote whose ``text`` is the quote's words;
- ``sarif``: valid against the SARIF 2.1.0 schema, one result per finding;
- ``junit``: well-formed XML, one failing test case per finding;
- ``github``: one workflow command per evidence, each on one line;
- ``text``: ends with the summary line.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from limits import time_limit
from report_parsing import parse_report
from strategies import batches

from quotecheck import Settings, as_record
from quotecheck.records import Article, Finding, Mention, Origin, Quote

reports = pytest.importorskip("quotecheck.reports", reason="the report formats have not landed yet")
crosscheck = pytest.importorskip("quotecheck.findings.crosscheck", reason="cross-checking has not landed yet")
from quotecheck.quotes.extract import analyze  # noqa: E402
from quotecheck.reports.base import Summary, count_by_severity  # noqa: E402

PATHS = ("a.txt", "dir with space/ü,b:c%.txt", "/abs/path/x.md", "n#1?.html")
"""Article paths with characters each format must escape (URIs, workflow properties)."""


def _utf8(write: Any, items: Sequence[Any], summary: Summary) -> str:
    """What the CLI would put in a file: the writer's output, strictly UTF-8 encoded."""
    buffer = io.StringIO(newline="")
    write(buffer, items, summary)
    return buffer.getvalue().encode("utf-8").decode("utf-8")


def _plain(record: Any) -> Any:
    """``as_record`` through JSON and back (tuples become lists, as any reader sees them)."""
    return json.loads(json.dumps(as_record(record), ensure_ascii=False))


@st.composite
def located_batches(draw: st.DrawFn) -> list[Article]:
    """Batches whose articles come from files, so reports carry paths, lines and columns."""
    articles = draw(batches(min_size=2, max_size=5))
    return [attrs.evolve(a, origin=Origin(path=draw(st.sampled_from(PATHS)))) for a in articles]


def _run(articles: list[Article]) -> tuple[list[Quote], tuple[Finding, ...]]:
    with time_limit(30, "extract and check"):
        analyses = [analyze(a, Settings()) for a in articles]
        report = crosscheck.check(analyses, Settings())
    return [q for a in analyses for q in a.quotes], report.findings


def _check_parse(name: str, command: str, out: str, items: Sequence[Any]) -> None:
    records = parse_report(name, command, out)
    if name in ("json", "jsonl"):
        assert records == [_plain(i) for i in items]
    elif name == "csv":
        assert [r["text"] for r in records] == [q.words for q in items]
        assert [int(r["start"]) for r in records] == [q.start for q in items]
    elif name == "sarif":
        assert [r["partialFingerprints"]["quotecheckFindingId/v1"] for r in records] == [f.id for f in items]
    elif name == "junit":
        assert len(records) == len(items)
    elif name == "github":
        assert len(records) == sum(len(f.evidence) for f in items)


@settings(max_examples=max(15, settings.default.max_examples // 3))
@given(articles=located_batches())
def test_every_format_parses_back(articles: list[Article]) -> None:
    quotes, findings = _run(articles)
    for name, fmt in reports.FORMATS.items():
        for command, items in (("extract", quotes), ("check", list(findings))):
            write = fmt.writer(command)
            if write is None:
                continue
            summary = Summary(
                command=command,
                articles=len(articles),
                quotes=len(quotes),
                findings=count_by_severity(findings) if command == "check" else (),
            )
            _check_parse(name, command, _utf8(write, items, summary), items)


def test_csv_keeps_a_carriage_return_inside_its_row() -> None:
    words = "Peace\ris close"
    quote = Quote(article="a", text=words, start=1, end=1 + len(words), fragments=(Mention(words, 1, 1 + len(words)),))
    out = _utf8(reports.FORMATS["csv"].writer("extract"), [quote], Summary(command="extract"))
    assert [r["text"] for r in parse_report("csv", "extract", out)] == [words]
