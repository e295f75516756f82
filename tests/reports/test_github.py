import io
import re

from quotecheck.reports import github

LINE = re.compile(r"^::(error|warning|notice) (?:file=([^,:]+),line=(\d+),col=(\d+),)?title=([^,:]+)::(.+)$")


def _lines(findings) -> list[str]:
    out = io.StringIO()
    github.write_findings(out, findings, None)
    return out.getvalue().splitlines()


def test_one_workflow_command_per_evidence_location(findings):
    lines = _lines(findings)
    assert len(lines) == sum(len(f.evidence) for f in findings)
    matches = [LINE.match(line) for line in lines]
    assert all(matches), lines
    assert [m.group(1) for m in matches] == ["warning", "warning", "error", "error", "error", "notice"]
    assert matches[0].group(2) == "seeds/000_7a94d6b597ca2e98.txt" and matches[0].group(3) == "2"
    assert matches[0].group(5) == "quotecheck title-conflict"


def test_values_are_escaped_like_the_actions_toolkit(findings):
    line = _lines(findings)[2]
    assert line.startswith("::error file=dir with space/a%3Ab.md,line=3,col=7,title=quotecheck speaker-conflict::")
    message = line.split("::", 2)[2]
    assert "50%25, really,%0Asplit: here." in message
    assert "\n" not in message


def test_evidence_without_location_has_no_file(findings):
    line = _lines(findings)[4]
    assert line.startswith("::error title=")
