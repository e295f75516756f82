import pytest

from quotecheck.records import Origin, Span, line_starts


def test_span_rejects_end_before_start():
    with pytest.raises(ValueError):
        Span(5, 4)


def test_origin_locates_offsets_after_the_body_start():
    text = "ab\ncd\nef"
    origin = Origin(path="a.txt", line=3, column=1)
    loc = origin.locate(text, 4)
    assert (loc.line, loc.column) == (4, 2)
    assert origin.locate(text, 1, line_starts(text)).line == 3
