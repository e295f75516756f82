"""Reported speech without marks: what is a statement and what only looks like one
(the sentences are the seed articles' own)."""

import pytest

from quotecheck import extract_quotes


def indirect(text):
    return [(q.speaker, q.cue.text, q.text) for q in extract_quotes(text) if q.kind == "indirect"]


def test_a_statement_after_a_comma_starts_at_its_words():
    text = "As Al Jazeera reported, Putin’s remarks underscore a willingness to keep fighting if talks stall."
    assert indirect(text) == [("Al Jazeera", "reported", "Putin’s remarks underscore a willingness to keep fighting if talks stall")]


@pytest.mark.parametrize(
    "text",
    [
        # an adjective after a possessive
        "Three men were convicted over their alleged involvement in a 2022 truck bomb attack on the bridge.",
        # verbs that report only with a that-clause
        "Former Russian diplomat Boris Bondarev echoed this sentiment in an interview with ABC News.",
        "As the diplomatic dance continues, both sides appear to be playing for time in the talks.",
        # a noun, not a verb: "reports from"
        "Overnight Russian strikes killed two people, according to reports from East2West News and the AP.",
    ],
)
def test_narrative_that_only_looks_like_reported_speech_is_none(text):
    assert indirect(text) == []


def test_a_that_clause_still_makes_agreeing_a_statement():
    text = "Jane Doe agreed that the plan could serve as a basis for talks."
    assert indirect(text) == [("Jane Doe", "agreed", "the plan could serve as a basis for talks")]
