"""Hand-built findings and quotes, so the report formats are tested without depending on
the extraction and cross-check engines.  They include the awkward cases: commas, colons,
percent signs, newlines and a control character in the text, a path with a space, an
evidence without a location, and every severity."""

from __future__ import annotations

import pytest

from quotecheck.records import DiffOp, Evidence, Finding, Location, Mention, Quote
from quotecheck.reports.base import Summary, count_by_severity


def _evidence(article: str, path: str | None, line: int, text: str, **kw: object) -> Evidence:
    location = Location(path, line, 7) if path else None
    return Evidence(article=article, start=10 * line, end=10 * line + len(text), text=text, location=location, **kw)


SAMPLE_FINDINGS = (
    Finding(
        id="f1a2b3c4d5e6",
        code="title-conflict",
        severity="warning",
        message="Donald Trump is called “President” in one article and “former President” in another.",
        evidence=(
            _evidence("000_7a94", "seeds/000_7a94d6b597ca2e98.txt", 2, "President Donald Trump", speaker="Donald Trump", role="President"),
            _evidence("001_d119", "seeds/001_d119d4398dc4a218.txt", 2, "former President Donald Trump", speaker="Donald Trump", role="former President"),
        ),
    ),
    Finding(
        id="0123456789ab",
        code="speaker-conflict",
        severity="error",
        message="Same words, different speakers: 50%, really,\nsplit: here.",
        evidence=(
            _evidence("a,b", "dir with space/a:b.md", 3, "We had to go, 100% sure\x0b", speaker="Vladimir Putin", outlet="Reuters"),
            _evidence("c", "c.html", 9, "We had to go, 100% sure", speaker="Yuri Ushakov"),
            _evidence("d", None, 1, "We had to go", speaker=None),
        ),
        score=97.5,
        scorer="token_set_ratio",
        diff=(DiffOp("equal", "We had to go", "We had to go"),),
    ),
    Finding(
        id="feedfacecafe",
        code="quote-truncated",
        severity="info",
        message="One article quotes only part of the statement.",
        evidence=(_evidence("x", "x.txt", 4, "no easy task", speaker="Vladimir Putin"),),
    ),
)

SAMPLE_QUOTES = (
    Quote(
        article="000_7a94",
        text="could serve as the basis for future agreements",
        start=100,
        end=146,
        fragments=(Mention("could serve as the basis for future agreements", 100, 146),),
        speaker="Vladimir Putin",
        role="Russian President",
        cue=Mention("said", 90, 94),
        outlet="Reuters",
        dates=("2025-11-27",),
        location=Location("seeds/000_7a94d6b597ca2e98.txt", 2, 120),
    ),
    Quote(
        article="001_d119",
        text="very useful",
        start=5,
        end=16,
        fragments=(Mention("very useful", 5, 16), Mention("necessary, \"really\"", 30, 49)),
        kind="partial",
    ),
)


@pytest.fixture
def findings() -> tuple[Finding, ...]:
    return SAMPLE_FINDINGS


@pytest.fixture
def quotes() -> tuple[Quote, ...]:
    return SAMPLE_QUOTES


@pytest.fixture
def check_summary() -> Summary:
    return Summary("check", articles=5, quotes=9, findings=count_by_severity(SAMPLE_FINDINGS), suppressed=1, seconds=0.25)


@pytest.fixture
def extract_summary() -> Summary:
    return Summary("extract", articles=2, quotes=2, seconds=0.25)
