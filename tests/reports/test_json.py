import io
import json

from quotecheck.reports import json_doc, json_lines
from quotecheck.serialize import RECORD_VERSION, as_record


def test_json_document_has_version_findings_and_summary(findings, check_summary):
    out = io.StringIO()
    json_doc.write_findings(out, findings, check_summary)
    document = json.loads(out.getvalue())
    assert document["version"] == RECORD_VERSION and document["command"] == "check"
    assert document["findings"] == [as_record(f) for f in findings]
    assert document["summary"] == {
        "articles": 5, "quotes": 9, "findings": {"error": 1, "warning": 1, "info": 1}, "suppressed": 1, "input_errors": 0,
    }
    assert "seconds" not in out.getvalue()  # reproducible bytes


def test_json_document_for_extract_lists_quotes(quotes, extract_summary):
    out = io.StringIO()
    json_doc.write_quotes(out, quotes, extract_summary)
    document = json.loads(out.getvalue())
    assert document["quotes"] == [as_record(q) for q in quotes]
    assert document["summary"] == {"articles": 2, "quotes": 2, "input_errors": 0}


def test_jsonl_is_one_record_per_line_without_summary(findings, quotes, check_summary):
    for records in (findings, quotes):
        out = io.StringIO()
        json_lines.write_records(out, records, check_summary)
        lines = out.getvalue().splitlines()
        assert [json.loads(line) for line in lines] == [as_record(r) for r in records]
