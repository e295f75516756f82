import io

from quotecheck.reports import text
from quotecheck.reports.base import Summary


def test_findings_are_grouped_with_one_evidence_line_per_article(findings, check_summary):
    out = io.StringIO()
    text.write_findings(out, findings, check_summary)
    lines = out.getvalue().splitlines()
    assert lines[0] == "warning title-conflict " + findings[0].message
    assert lines[1] == "  000_7a94  seeds/000_7a94d6b597ca2e98.txt:2:7  Donald Trump [President]: “President Donald Trump”"
    assert lines[2].startswith("  001_d119  seeds/001_d119d4398dc4a218.txt:2:7  Donald Trump [former President]")
    assert "  d  (location unknown)  unattributed: “We had to go”" in lines
    assert lines[-1] == "quotecheck: 5 articles, 9 quotes, 3 findings (1 error, 1 warning, 1 info), 1 suppressed, 0 input errors in 0.25 s"
    assert "\x1b[" not in out.getvalue()


def test_colour_only_when_asked_and_no_summary_when_quiet(findings):
    out = io.StringIO()
    text.write_findings(out, findings, None, color=True)
    assert "\x1b[1;33mwarning\x1b[0m" in out.getvalue()
    assert "quotecheck:" not in out.getvalue()


def test_quotes_one_line_each(quotes):
    out = io.StringIO()
    text.write_quotes(out, quotes, Summary("extract", articles=2, quotes=2))
    lines = out.getvalue().splitlines()
    assert lines[0] == "seeds/000_7a94d6b597ca2e98.txt:2:120: direct Vladimir Putin [Russian President] (via Reuters): “could serve as the basis for future agreements”"
    assert lines[1] == '001_d119@5: partial unattributed: “very useful necessary, "really"”'
    assert lines[2] == "quotecheck: 2 articles, 2 quotes, 0 input errors in 0.00 s"
