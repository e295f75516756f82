"""Compiled patterns: word tries, and plain-text twins of Unicode patterns."""

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.quotes import people, tokens
from quotecheck.quotes.patterns import is_plain, plain_twin, trie_pattern

_PLAIN = list("aZeM rS.D'’‘“”—–…-&\u00a0\t\n,:(19")


def test_a_trie_matches_exactly_its_words_longest_first():
    pattern = regex.compile(trie_pattern(["Mr", "Mrs", "Ms"]) + r"\.")
    assert [m.group() for m in pattern.finditer("Mrs. Ms. Mr. Mx.")] == ["Mrs.", "Ms.", "Mr."]


def test_plain_text_is_ascii_with_typographic_punctuation():
    assert is_plain("“It’s over,” he said\u00a0— twice…")
    assert not is_plain("Zoë said")
    assert is_plain("Zoë said", 3)


@pytest.mark.parametrize("pattern", [people._RUN, tokens._TOKEN], ids=["name runs", "tokens"])
def test_a_twin_finds_what_its_source_finds_in_a_real_sentence(pattern):
    text = ("Former U.S. President Barack Obama and Sen. John McCain’s aide, J. Doe de la Cruz, said "
            "in The Hill: “I met Mr. Smith in D.C. at 9 a.m. —\u00a0really.” Jane A. Roe agreed.")
    twin = plain_twin(pattern.pattern)
    assert [m.span() for m in twin.finditer(text)] == [m.span() for m in pattern.finditer(text)]


@given(st.lists(st.sampled_from(_PLAIN + ["Mr", "Sen", "de", "and", "The", "U.S."]), max_size=60).map("".join))
def test_twins_find_what_their_sources_find_in_any_plain_text(text):
    for pattern in (people._RUN, tokens._TOKEN):
        assert [m.span() for m in plain_twin(pattern.pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("source", [r"\w+", r"\P{L}", r"(?r)\p{L}+$", r"\S"])
def test_a_pattern_whose_plain_reading_is_unsure_has_no_twin(source):
    with pytest.raises(ValueError):
        plain_twin(source)
