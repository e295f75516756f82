import io
import json

import pytest

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


@pytest.mark.parametrize("count", [0, 1, 2])
@pytest.mark.parametrize("with_summary", [True, False])
def test_extract_document_is_streamed_byte_for_byte_as_one_dump(quotes, extract_summary, count, with_summary):
    """write_quotes writes record by record (any iterable, summary computed at the end),
    and the bytes are exactly those of json.dump(document, indent=2)."""
    chosen = list(quotes)[:count]
    summary = extract_summary if with_summary else None
    out = io.StringIO()
    json_doc.write_quotes(out, iter(chosen), (lambda: summary) if with_summary else None)
    whole = io.StringIO()
    json_doc._dump(whole, json_doc._document("extract", "quotes", [as_record(q) for q in chosen], summary))
    assert out.getvalue() == whole.getvalue()
