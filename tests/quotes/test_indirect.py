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


@pytest.mark.parametrize(
    "text, expected",
    [
        # The attribution after the last comma takes everything before it (commas inside too).
        ("The plan, as drafted, is dead and buried for now, the mayor said on Monday.",
         [("the mayor", "said", "The plan, as drafted, is dead and buried for now")]),
        ("Putin is ready to talk, but the plan is dead for now, the Kremlin said.",
         [("the Kremlin", "said", "Putin is ready to talk, but the plan is dead for now")]),
        # Else the first lower-case reporting verb with a subject: "told reporters" is passed
        # over for "said", and "said of" for the that-clause after it.
        ("Yes, he said, but Warren later told reporters that the bill says nothing about wages or hours.",
         [(None, "said", "but Warren later told reporters that the bill says nothing about wages or hours")]),
        ("In Ohio, Kasich said of the plan that it was fine, and Trump says the deal will bring jobs back to the state.",
         [("Kasich", "said", "it was fine, and Trump says the deal will bring jobs back to the state")]),
    ],
)
def test_the_last_comma_and_the_first_reporting_verb_are_read(text, expected):
    assert indirect(text) == expected
