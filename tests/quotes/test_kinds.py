"""Which marked spans are speech (direct, partial) and which are scare quotes."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck import Settings, extract_quotes
from quotecheck.quotes.kinds import _title_length, classify

WITH_SCARE = Settings().replace(extract={"include_indirect": False, "include_scare": True})


def records(text):
    return [(q.kind, q.words, q.speaker, q.cue.text if q.cue else None) for q in extract_quotes(text, WITH_SCARE)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cruz and Trump have slammed the president for not using the term “radical Islamic terrorism.”",
         [("partial", "radical Islamic terrorism.", None, None)]),
        ("On Monday night, Clinton campaign manager Robby Mook released a memo titled “The Facts on Where the Race Stands.”",
         [("partial", "The Facts on Where the Race Stands.", "Robby Mook", "released")]),
        ("Trump spent the night taking shots at Marco Rubio (“Little Marco”) and insulting reporters.",
         [("partial", "Little Marco", "Trump", "spent")]),
        ("Marcel Lehel Lazar, 44, known online as “Guccifer,” was extradited in 2014.",
         [("partial", "Guccifer", "Marcel Lehel Lazar", "known")]),
    ],
)
def test_words_after_a_naming_word_are_a_partial_quote(text, expected):
    assert records(text) == expected


def test_a_so_called_term_stays_a_scare_quote():
    assert records("The so-called “peace dividend” never came.") == [("scare", "peace dividend", None, None)]


def test_a_paragraph_of_a_short_quotation_in_single_marks_is_a_subhead():
    text = "The plant will close next year, the company said.\n\n‘A healthy environment.’\n\nLess than a three-hour drive south, workers waited."
    assert [(k, w) for k, w, _, _ in records(text)] == [("scare", "A healthy environment.")]


def test_nyt_double_straight_marks_alone_in_a_paragraph_are_speech():
    text = "''I don't think there is anything good about it,'' said Mr. Stevens.\n\n''The lesson of 2016 is that none of the old rules apply.''"
    assert [k for k, *_ in records(text)] == ["direct", "direct"]


def test_a_newsletter_headline_and_its_excerpt_are_no_speech():
    text = (
        "BROADWAY BEAT—\"The Living Room to close at the end of December,\" by Times' Ben Sisario: "
        "\"The Living Room, a no-frills nightclub, will close.\" http://nyti.ms/1U0Xvbm."
    )
    assert [(k, w) for k, w, _, _ in records(text)] == [
        ("scare", "The Living Room to close at the end of December"),
        ("scare", "The Living Room, a no-frills nightclub, will close."),
    ]


@pytest.mark.parametrize(
    "text, words",
    [
        ("Republicans quickly learned that the “Solid South” no longer gave them a lock on the Electoral College.", "Solid South"),
        ("For example, Trump's recent evidence-free assertion that \"thousands\" of Muslim Americans celebrated.", "thousands"),
        ("After spending the past week bickering over whether the other is “qualified” to be president, Clinton spoke.", "qualified"),
        ("He talks about how his forces must be ready ''to fight tonight.''", "to fight tonight."),
    ],
)
def test_a_term_in_a_that_or_wh_clause_after_a_reporting_or_belief_word_is_a_partial_quote(text, words):
    assert [(k, w) for k, w, _, _ in records(text)] == [("partial", words)]


def test_a_term_after_a_relative_that_stays_a_scare_quote():
    text = "He signed a bill that created the “Choose Life” license plates."
    assert [(k, w) for k, w, _, _ in records(text)] == [("scare", "Choose Life")]


def test_a_quoted_label_ending_in_a_colon_is_no_speech():
    text = "“Places like Seattle can go higher,” she said.\n\n\"Related:\"\n\nHillary Clinton Put On The Defensive."
    assert [(k, w) for k, w, _, _ in records(text)] == [("direct", "Places like Seattle can go higher"), ("scare", "Related:")]


def test_words_chanted_after_a_voice_noun_are_a_partial_quote():
    text = "But their chants of “Ted! Ted! Ted! Ted” were cut short when news feeds shifted."
    assert [(k, w) for k, w, _, _ in records(text)] == [("partial", "Ted! Ted! Ted! Ted")]


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
