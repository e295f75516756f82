"""Fixtures for the command-line tests: run ``quotecheck.cli.main`` in-process in a
scratch directory, a small batch of articles, and a stand-in cross-check.

The stand-in (``fake_check``) raises a ``speaker-conflict`` for every quote whose words
appear in more than one article, with an id derived from the words, and honours the
settings' disable list and severity overrides.  It lets the CLI's own behaviour (exit
codes, suppression, baselines, output) be tested whatever stage the real cross-check
engine is at; the seeds test runs the real one.
"""

from __future__ import annotations

import hashlib
import shutil
from collections import defaultdict
from pathlib import Path

import attrs
import pytest

from quotecheck import cli
from quotecheck.records import Evidence, Finding

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


@attrs.frozen
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def qc(tmp_path, monkeypatch, capsys):
    """``qc("check", "a.txt")`` runs the CLI in ``tmp_path`` and returns a :class:`Run`."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)

    def run(*argv: str) -> Run:
        capsys.readouterr()
        code = cli.main(list(argv))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


ARTICLES = {
    "a.txt": 'Opening paragraph about the talks.\n\nSmith said "we will win this war together" on Monday.\n\nA closing paragraph.\n',
    "b.txt": 'Jones told reporters "we will win this war together" after the meeting.\n',
    "c.txt": 'Nobody else says "something entirely different here" at all.\n',
}


@pytest.fixture
def batch(tmp_path) -> Path:
    """Three small articles in ``tmp_path/batch``; a.txt and b.txt share one quote."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def seeds(tmp_path) -> Path:
    """A copy of the project's seed articles in ``tmp_path/seeds``."""
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))


def _fake_check(analyses, settings):
    by_words = defaultdict(list)
    for analysis in analyses:
        for quote in analysis.quotes:
            by_words[quote.words].append(quote)
    code = "speaker-conflict"
    found = []
    for words, quotes in by_words.items():
        if len({q.article for q in quotes}) < 2 or not settings.checks.enabled(code):
            continue
        found.append(
            Finding(
                id=hashlib.sha256(f"{code}\0{words}".encode()).hexdigest()[:16],
                code=code,
                severity=settings.checks.severity_for(code, "error"),
                message=f"“{words}” is attributed to different people.",
                evidence=tuple(Evidence(q.article, q.start, q.end, q.words, location=q.location) for q in quotes),
            )
        )
    return tuple(found)


@pytest.fixture
def fake_check(monkeypatch):
    """Replace the cross-check behind ``quotecheck check`` with the stand-in above."""
    monkeypatch.setattr(cli, "_cross_check", _fake_check)
