"""Sentences keep a quotation whole, and abbreviations do not end sentences."""

from quotecheck.spans.scanner import scan
from quotecheck.spans.segment import paragraphs, sentences


def _sentences(text):
    spans = scan(text).spans
    return [text[s.start : s.end] for s in sentences(text, 0, len(text), spans)]


def test_sentence_boundaries_inside_a_quotation_are_ignored():
    text = 'Ushakov added, "Some are acceptable. They do require discussion." He left.'
    assert _sentences(text) == ['Ushakov added, "Some are acceptable. They do require discussion."', "He left."]


def test_abbreviations_and_initials_do_not_split():
    text = "Sen. Mitch McConnell, R-Ky., met John F. Kennedy Jr. in the U.S. Senate. Then he left."
    assert _sentences(text) == ["Sen. Mitch McConnell, R-Ky., met John F. Kennedy Jr. in the U.S. Senate.", "Then he left."]


def test_a_place_or_time_abbreviation_before_a_pronoun_or_article_ends_the_sentence():
    text = "Cox says Obama has no plan to stop attacks in the U.S. He says Americans want facts. The polls close at 7 p.m. The count follows."
    assert _sentences(text) == [
        "Cox says Obama has no plan to stop attacks in the U.S.", "He says Americans want facts.",
        "The polls close at 7 p.m.", "The count follows.",
    ]


def test_a_title_abbreviation_before_a_capital_never_ends_the_sentence():
    assert _sentences("Sen. He Jiankui met Gov. The Rock.") == ["Sen. He Jiankui met Gov. The Rock."]


def test_exclamation_inside_quote_followed_by_attribution_stays_one_sentence():
    assert _sentences('"Stop it!" Trump said. Then he left.') == ['"Stop it!" Trump said.', "Then he left."]


def test_paragraphs_are_non_blank_lines():
    text = "One.\n\n  Two.  \nThree."
    assert [(p.index, text[p.start : p.end]) for p in paragraphs(text)] == [(0, "One."), (1, "Two."), (2, "Three.")]


def test_attribution_after_an_exclamation_may_name_a_place_or_a_number():
    assert _sentences('"We need it NOW!" Trump said on Twitter. Then he left.') == ['"We need it NOW!" Trump said on Twitter.', "Then he left."]
    assert _sentences('"Who owes them money?" Trump said to a crowd of 500. He left.') == ['"Who owes them money?" Trump said to a crowd of 500.', "He left."]


def test_attribution_after_a_question_may_run_long_and_use_other_speech_verbs():
    assert _sentences('"You think I\'m going to change?" Trump asked reporters rhetorically during a news conference late last month. He left.') == [
        '"You think I\'m going to change?" Trump asked reporters rhetorically during a news conference late last month.', "He left."]
    assert _sentences("“Would it be negotiable about the 11 million?” Hannity pressed. “Maybe.”") == [
        "“Would it be negotiable about the 11 million?” Hannity pressed.", "“Maybe.”"]


def test_a_name_and_verb_opening_a_that_clause_start_a_new_sentence():
    assert _sentences("“They have been laying down sign posts everywhere.” Greene added that the Fed wants to get out of the way.") == [
        "“They have been laying down sign posts everywhere.”", "Greene added that the Fed wants to get out of the way."]


def test_attribution_after_a_question_may_set_off_its_subject_or_hold_a_title_in_quotes():
    assert _sentences('"How do we win Loudoun?" Will Estrada, the chairman for the exurb, said of the encounter. He left.') == [
        '"How do we win Loudoun?" Will Estrada, the chairman for the exurb, said of the encounter.', "He left."]
    assert _sentences('“Too forced?” He tweeted when the debate ended with a reference to the "Star Wars" sequel. He left.') == [
        '“Too forced?” He tweeted when the debate ended with a reference to the "Star Wars" sequel.', "He left."]
    assert _sentences("“What was the pivot point?” Beck questioned. “You know, it happens, right?” Trump went on, as if he didn’t hear.") == [
        "“What was the pivot point?” Beck questioned.", "“You know, it happens, right?” Trump went on, as if he didn’t hear."]
