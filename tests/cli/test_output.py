"""--output writes atomically and never over an input; check's formats through the CLI."""

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from quotecheck.reports import FORMATS, Format

SCHEMA = json.loads((Path(__file__).parents[2] / "fixtures/sarif/sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def test_output_file_gets_the_report_and_stdout_stays_empty(qc, batch, fake_check, tmp_path):
    run = qc("check", "-f", "sarif", "-o", "quotecheck.sarif", str(batch))
    assert (run.code, run.out) == (1, "")
    log = json.loads((tmp_path / "quotecheck.sarif").read_text())
    jsonschema.validate(log, SCHEMA)
    [result] = log["runs"][0]["results"]
    assert result["ruleId"] == "speaker-conflict" and result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 13}
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in result["relatedLocations"]] == [(batch / "b.txt").as_uri()]
    assert list(result["partialFingerprints"].values()) == [json.loads(qc("check", "-f", "json", str(batch)).out)["findings"][0]["id"]]


def test_github_and_junit_through_the_cli(qc, batch, fake_check):
    lines = qc("check", "-f", "github", str(batch)).out.splitlines()
    command = r"^::error file=[^,]+/[ab].txt,line=\d+,col=\d+,title=quotecheck speaker-conflict::.*we will win this war together"
    assert len(lines) == 2 and all(re.match(command, line) for line in lines)
    root = ET.fromstring(qc("check", "-f", "junit", str(batch)).out.split("\n", 1)[1])
    assert root.get("failures") == "1"


def test_machine_formats_have_no_summary_line(qc, batch, fake_check):
    for name in ("json", "jsonl", "sarif", "github", "junit"):
        assert "quotecheck: 3 articles" not in qc("check", "-f", name, str(batch)).out


def test_an_interrupted_report_leaves_the_previous_output_intact(qc, batch, fake_check, tmp_path, monkeypatch):
    previous = tmp_path / "report.json"
    qc("check", "-f", "json", "-o", str(previous), str(batch))
    before = previous.read_text()

    def half_then_fail(out, items, summary):
        out.write('{"version": 1, "findings": [')
        raise RuntimeError("serializer failed midway")

    monkeypatch.setitem(FORMATS, "json", Format("json", "broken", findings=half_then_fail))
    with pytest.raises(RuntimeError):
        qc("check", "-f", "json", "-o", str(previous), str(batch))
    assert previous.read_text() == before and json.loads(before)["findings"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch", "report.json"]


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
def test_refuses_to_write_over_an_input(qc, batch, option):
    target = batch / "a.txt"
    before = target.read_text()
    run = qc("check", option, str(target), str(batch / "a.txt"))
    assert run.code == 2 and "is an input of this run" in run.err
    run = qc("check", option, str(target), str(batch))  # found by walking the folder
    assert run.code == 2 and "is an input of this run" in run.err
    assert target.read_text() == before


def test_colour_only_on_a_terminal_without_no_color(qc, batch, fake_check, monkeypatch):
    assert "\x1b[" not in qc("check", str(batch)).out  # captured: not a terminal
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    assert "\x1b[1;31merror" in qc("check", str(batch)).out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in qc("check", str(batch)).out


def test_extract_refuses_an_output_found_inside_an_input_folder_and_leaves_it_whole(qc, batch, tmp_path):
    target = batch / "a.txt"
    before = target.read_text()
    run = qc("extract", "-f", "jsonl", "--output", str(target), str(batch))
    assert run.code == 2 and "is an input of this run" in run.err
    assert target.read_text() == before
    assert sorted(p.name for p in batch.iterdir()) == ["a.txt", "b.txt", "c.txt"]  # no temp file left


def test_extract_writes_each_article_before_reading_the_next(qc, monkeypatch):
    """extract streams: the first article's quotes are out before the second is read, so a
    2 GB batch is never held in memory (the summary line waits for the end)."""
    from quotecheck import cli
    from quotecheck.records import Article

    written_when_second_read: list[str] = []

    def articles(paths, settings, **where):
        yield Article(id="first", text='Smith said "we will win this war together" on Monday.')
        written_when_second_read.append(sys.stdout.getvalue())
        yield Article(id="second", text='Jones said "an entirely different statement here" later.')

    monkeypatch.setattr(cli, "load", articles)
    run = qc("extract", "--jobs", "1", "-f", "jsonl", "ignored.jsonl")
    assert run.code == 0
    (before,) = written_when_second_read
    assert [json.loads(line)["article"] for line in before.splitlines()] == ["first"]
    assert [json.loads(line)["article"] for line in run.out.splitlines()] == ["first", "second"]
