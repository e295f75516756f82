import csv
import io

from quotecheck.reports import csv_rows


def test_one_row_per_quote_with_flat_columns(quotes):
    out = io.StringIO()
    csv_rows.write_quotes(out, quotes, None)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == csv_rows.COLUMNS
    assert len(rows) == len(quotes)
    first, second = rows
    assert (first["path"], first["line"], first["column"]) == ("seeds/000_7a94d6b597ca2e98.txt", "2", "120")
    assert (first["speaker"], first["cue"], first["outlet"], first["dates"]) == ("Vladimir Putin", "said", "Reuters", "2025-11-27")
    assert second["text"] == 'very useful necessary, "really"'  # fragments joined, quotes escaped by csv
    assert second["path"] == "" and second["speaker"] == ""
