import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.spans.spaces import TYPESET_SPACES, plain_spaces


def test_every_space_separator_but_plain_and_no_break_is_made_plain():
    zs = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs"}
    assert set(TYPESET_SPACES) == zs - {" ", "\u00a0"}
    assert plain_spaces("Vladimir\u2009Putin\u3000said\u00a0it") == "Vladimir Putin said\u00a0it"


def test_text_without_typesetting_spaces_is_returned_as_is():
    text = "Plain text,\twith a no-break\u00a0space.\n"
    assert plain_spaces(text) is text


@given(st.text())
def test_offsets_and_line_ends_never_move(text):
    plain = plain_spaces(text)
    assert len(plain) == len(text)
    assert all(a == b or (a in TYPESET_SPACES and b == " ") for a, b in zip(text, plain))
