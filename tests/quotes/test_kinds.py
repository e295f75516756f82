"""Direct, partial or scare: the kind of a quotation, and the helpers that decide it."""

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.quotes.kinds import _title_length, classify


@given(st.lists(st.sampled_from(["Meet", "the", "Press:", "Oh", "Hell", "No!", ":", "3:"]), max_size=20))
def test_title_length_is_eight_words_or_fourteen_with_a_subtitle(tokens):
    longest = 14 if any(t.endswith(":") for t in tokens[:-1]) else 8
    assert _title_length(tokens) == (0 < len(tokens) <= longest)


def test_a_title_with_a_subtitle_after_the_movie_is_a_scare_quote():
    text = "He starred in the movie “Sharknado 3: Oh Hell No!” last year."
    start, end = text.index("“") + 1, text.index("”")
    assert classify(text, [(start, end)], False, False, "movie", False) == "scare"


def test_a_long_attributed_statement_is_direct():
    text = "“We will win this state and we will win it big, believe me,” Trump said."
    start, end = 1, text.index("”")
    assert classify(text, [(start, end)], True, False, "", False) == "direct"


def test_a_draft_is_classified_once_while_it_stays_the_same():
    """extract._kind remembers classify's answer per article for an unchanged draft."""
    from quotecheck.quotes import extract
    from quotecheck.records import Span

    text = "He starred in the movie “Sharknado 3: Oh Hell No!” last year."
    start, end = text.index("“") + 1, text.index("”")
    draft = extract._Draft([(start, end)], [(start - 1, end + 1)], 0, Span(0, len(text)), before="movie", after="last")
    memo: dict = {}
    assert extract._kind(text, draft, memo) == "scare" == extract._kind(text, draft, memo)
    assert len(memo) == 1
    draft.pieces.append((start, end))
    assert extract._kind(text, draft, memo) == classify(text, draft.pieces, False, False, "movie", False, False, "last")
    assert len(memo) == 2
