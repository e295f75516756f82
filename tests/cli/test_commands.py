"""The command surface: --version, explain, extract in every format, stdin, usage errors."""

import csv
import io
import json

import pytest

from quotecheck import __version__
from quotecheck.findings.codes import CODES


def test_version(qc):
    run = qc("--version")
    assert (run.code, run.out) == (0, f"quotecheck {__version__}\n")


def test_no_command_is_a_usage_error(qc):
    run = qc()
    assert run.code == 2 and "COMMAND" in run.err


def test_explain_a_code_lists_meaning_and_how_to_silence(qc):
    run = qc("explain", "speaker-conflict")
    assert run.code == 0
    assert CODES["speaker-conflict"].summary in run.out
    assert "--ignore speaker-conflict" in run.out and "<!-- quotecheck: ignore speaker-conflict -->" in run.out


def test_explain_unknown_code_exits_2_listing_known_codes(qc):
    run = qc("explain", "speaker-confict")
    assert run.code == 2
    assert "unknown finding code 'speaker-confict'" in run.err
    assert all(code in run.err for code in CODES)


def test_explain_without_code_lists_all(qc):
    run = qc("explain")
    assert run.code == 0 and [line.split()[0] for line in run.out.splitlines()] == list(CODES)


def test_extract_json_and_jsonl(qc, batch):
    document = json.loads(qc("extract", "--format", "json", "--isolated", str(batch)).out)
    assert document["version"] == 1 and document["command"] == "extract"
    assert document["summary"] == {"articles": 3, "quotes": 3, "input_errors": 0}
    assert [q["text"] for q in document["quotes"]] == [
        "we will win this war together", "we will win this war together", "something entirely different here"
    ]
    lines = qc("extract", "-f", "jsonl", "--isolated", str(batch)).out.splitlines()
    assert [json.loads(line) for line in lines] == document["quotes"]


def test_extract_csv_and_text(qc, batch):
    rows = list(csv.DictReader(io.StringIO(qc("extract", "-f", "csv", str(batch)).out)))
    assert [r["article"] for r in rows] == ["a", "b", "c"]
    run = qc("extract", str(batch))
    assert run.code == 0
    assert run.out.count("“we will win this war together”") == 2
    assert run.out.splitlines()[-1].startswith("quotecheck: 3 articles, 3 quotes, 0 input errors in ")
    assert "quotecheck:" not in qc("extract", "--quiet", str(batch)).out


def test_stdin_with_a_name(qc, monkeypatch):
    piped = io.TextIOWrapper(io.BytesIO('She said "read from standard input" twice.\n'.encode()))
    monkeypatch.setattr("sys.stdin", piped)
    document = json.loads(qc("extract", "-f", "json", "--stdin-name", "piped.txt", "-").out)
    assert [q["text"] for q in document["quotes"]] == ["read from standard input"]


@pytest.mark.parametrize(
    "argv, says",
    [
        (["extract", "--format", "sarif", "x.txt"], "--format sarif is for `quotecheck check`"),
        (["check", "--format", "csv", "x.txt"], "--format csv is for `quotecheck extract`"),
        (["check", "--format", "yaml", "x.txt"], "invalid choice"),
        (["check", "--jobs", "0", "x.txt"], "--jobs"),
        (["check", "--threshold", "120", "x.txt"], "--threshold"),
        (["check", "--select", "nope", "x.txt"], "--select: unknown finding code 'nope'"),
        (["check", "--config", "a.toml", "--isolated", "x.txt"], "not allowed with"),
        (["check", "-", "-"], "only once"),
    ],
)
def test_nonsense_combinations_exit_2_with_a_clear_message(qc, argv, says):
    run = qc(*argv)
    assert run.code == 2 and says in run.err and run.out == ""
