"""The command line on the whole adversarial corpus: every format, no traceback, nothing lost.

``quotecheck extract`` and ``quotecheck check`` run in-process over
``fixtures/adversarial/`` with each output format they support.  The corpus holds inputs
that cannot be read (UTF-16, invalid UTF-8, NUL bytes, empty files, malformed JSONL
lines), so the exit status is 2 (input errors) and each problem is reported on stderr
with its place; everything readable is still reported, and the report parses with its
format's own tool.  Writing to ``--output`` gives the same bytes as standard output (but
for the timing in a human format's summary line).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from adversarial_inputs import FIXTURES
from limits import time_limit
from report_parsing import parse_report

cli = pytest.importorskip("quotecheck.cli", reason="the command line has not landed yet")
from quotecheck.reports import FORMATS  # noqa: E402

CASES = [(command, name) for command in ("extract", "check") for name, fmt in FORMATS.items() if fmt.writer(command)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the corpus (so no run can touch the committed files)."""
    target = tmp_path_factory.mktemp("adversarial") / "corpus"
    shutil.copytree(FIXTURES, target)
    return target


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with time_limit(60, f"quotecheck {' '.join(argv[:3])}"):
        code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("command,name", CASES, ids=[f"{c}-{n}" for c, n in CASES])
def test_every_format_survives_the_corpus(
    command: str, name: str, corpus: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = [command, "--isolated", "--jobs", "1", "--format", name, str(corpus)]
    code, out, err = _run(argv, capsys)
    assert code == 2, f"exit {code}; the corpus has unreadable inputs, so 2 is expected\n{err[-2000:]}"
    assert "Traceback" not in err and "Traceback" not in out
    for bad in ("utf16-bom.txt", "mojibake.txt", "empty.txt", "malformed.jsonl"):
        assert bad in err, f"no input error reported for {bad}"
    records = parse_report(name, command, out)
    if command == "extract":
        assert records, "the readable files of the corpus hold quotes"
    if name not in ("text", "csv", "sarif"):
        return  # one human format, the one with CRLF rows and one JSON document suffice for --output
    file_out = tmp_path / f"report.{name}"
    code_file, out_file, _ = _run([*argv[:-1], "--output", str(file_out), argv[-1]], capsys)
    assert (code_file, out_file) == (2, "")
    written = file_out.read_bytes().decode("utf-8")
    if FORMATS[name].human:  # the summary line ends with the run's timing
        written, out = written.rsplit("quotecheck: ", 1)[0], out.rsplit("quotecheck: ", 1)[0]
    assert written == out, "--output differs from standard output"
