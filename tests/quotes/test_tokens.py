"""Sentence frames: words, marks and whole quotations as tokens, with their offsets."""

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.quotes import tokens
from quotecheck.quotes.patterns import is_plain
from quotecheck.quotes.tokens import Token, frame


def _general(text: str, start: int, end: int, quotes) -> list[Token]:
    """The frame as the ``regex`` pattern alone reads it (no plain-text fast path)."""
    out: list[Token] = []
    pos = start
    for qi, (o, c) in enumerate(quotes):
        tokens._words(text, pos, max(pos, o), out, tokens._TOKEN)
        out.append(Token(text[o:c], o, c, "quote", qi))
        pos = max(pos, c)
    tokens._words(text, pos, end, out, tokens._TOKEN)
    return out


def test_a_plain_sentence_gives_the_same_tokens_as_the_general_pattern():
    text = "“It’s over,” U.S. Sen. John F. Kennedy’s ex-aide said\u00a0— at 9 a.m. — of AT&T’s plan… (really)."
    quotes = [(0, 12)]
    assert is_plain(text)
    got = frame(text, 0, len(text), quotes)
    assert got == _general(text, 0, len(text), quotes)
    assert [t.text for t in got] == [
        "“It’s over,”", "U.S.", "Sen.", "John", "F.", "Kennedy’s", "ex-aide", "said", "—", "at", "9",
        "a.m.", "—", "of", "AT&T’s", "plan", "…", "(", "really", ")", ".",
    ]


def test_a_sentence_with_other_letters_is_read_by_the_general_pattern():
    text = "Café owner Zoë\u2009Ångström said: naïve."
    assert not is_plain(text)
    assert [t.text for t in frame(text, 0, len(text), ())] == ["Café", "owner", "Zoë", "Ångström", "said", ":", "naïve", "."]


@given(st.text(alphabet=st.sampled_from(list("aZ9 .-'’&\t\u00a0“”—…,(\n")), max_size=120))
def test_the_plain_path_gives_the_same_tokens_as_the_general_pattern(text):
    assert frame(text, 0, len(text), ()) == _general(text, 0, len(text), ())
