"""The quote-mark scanner: pairing rules, apostrophes, continuation, stray marks."""

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.spans import scanner
from quotecheck.spans.scanner import scan


def _words(text):
    return [text[s.start : s.end] for s in scan(text).spans]


def test_straight_and_curly_double_quotes_pair_by_context():
    assert _words('He said "A," and then “B.”') == ["A,", "B."]


def test_single_quotes_inside_double_quotes_belong_to_the_quote():
    text = "“We should insist not on a 'peace treaty' but on a ceasefire agreement.”"
    assert _words(text) == ["We should insist not on a 'peace treaty' but on a ceasefire agreement."]


def test_apostrophes_and_decades_never_open_a_quote():
    text = "In the '90s they didn't know Putin’s plan, and rock 'n' roll was 'em all."
    assert scan(text).spans == ()


def test_top_level_single_quotes_pair_when_clearly_delimited():
    assert _words("the players' union said 'no way' today") == ["no way"]


def test_nyt_double_apostrophes_are_double_quotes():
    assert _words("''I'm here,'' he said. ''Really.''") == ["I'm here,", "Really."]


def test_an_unpaired_mark_is_skipped_and_reported_not_fatal():
    text = 'He said never closed” today.\nShe said "fine" today.'
    result = scan(text)
    assert [text[s.start : s.end] for s in result.spans] == ["fine"]
    assert [m.offset for m in result.stray] == [20]


def test_an_opening_mark_never_closed_before_other_quotations_is_still_reported():
    text = 'He said "A, and "B" was it.\nNext.'
    result = scan(text)
    assert [text[s.start : s.end] for s in result.spans] == ["B"]
    assert [m.offset for m in result.stray] == [8]


def test_a_quotation_whose_closing_mark_was_left_out_ends_with_its_paragraph():
    text = "Viguerie notes.\n\n“The number one thing is unity. They have not been united.\n\nMedia Research Center agrees."
    assert _words(text) == ["The number one thing is unity. They have not been united."]


def test_quote_continued_across_paragraphs_is_chained():
    text = "“First part.\n“Second part,” he said."
    spans = scan(text).spans
    assert [text[s.start : s.end] for s in spans] == ["First part.", "Second part,"]
    assert spans[0].chain == spans[1].chain != -1


def test_three_deep_nesting_is_one_outer_quote():
    assert _words("“Outer ‘inner “deep” x’ end” z") == ["Outer ‘inner “deep” x’ end"]


@given(st.text(alphabet=st.sampled_from(list('ab \n"“”‘’\'«»„`.,')), max_size=300))
def test_spans_are_in_range_ordered_and_never_overlap(text):
    result = scan(text)
    last_end = -1
    for s in result.spans:
        assert 0 <= s.start <= s.end <= len(text)
        assert s.start >= last_end
        last_end = s.end
    for m in result.stray:
        assert 0 <= m.offset < len(text)


def test_pairs_inside_an_opener_that_never_closes_are_kept():
    text = '"Trump tried to laugh it off, “Only Rosie O’Donnell.” But Kelly went on.\nNext.'
    result = scan(text)
    assert [text[s.start : s.end] for s in result.spans] == ["Only Rosie O’Donnell."]
    assert [m.offset for m in result.stray] == [0]


def test_a_run_of_identical_marks_is_one_stray_not_thousands():
    result = scan('"' * 10_000 + ' He said "yes" then.')
    assert len(result.stray) == 1 and result.stray[0].reason == "a run of 10000 identical quote marks"
    assert [s.start for s in result.spans] == [10_010]


def test_apostrophes_inside_words_change_nothing_in_an_open_single_quote():
    text = "The aide said 'Don't count on Putin's plan,' and left.\n'It's over' was all."
    assert _words(text) == ["Don't count on Putin's plan,", "It's over"]


_EVERY_MARK = regex.compile(
    r"(?P<run>" + "|".join(f"{regex.escape(c)}{{3,}}+" for c in "\"“”„‟«»‹›‘’‚`") + r")|''|``|[\"“”„‟«»‹›]|['‘’‚]"
)
"""The scanner's marks before apostrophes between two letters were left out of the scan."""


@given(st.text(alphabet=st.sampled_from(list("aZ9é \n\"“”‘’'`.,<>")), max_size=300))
def test_skipping_apostrophes_inside_words_gives_the_same_scan_as_visiting_them(text):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(scanner, "_MARK", _EVERY_MARK)
        general = scan(text)
    assert scan(text) == general


def test_blank_line_between_paragraphs_keeps_the_chain():
    text = "Obama said: “There is no magic to the phrase.\n\n“Calling a threat by a different name does not make it go away,” he said."
    spans = scan(text).spans
    assert [text[s.start : s.end] for s in spans] == [
        "There is no magic to the phrase.",
        "Calling a threat by a different name does not make it go away,",
    ]
    assert spans[0].chain == spans[1].chain != -1


def test_unclosed_phrase_ends_with_its_paragraph_and_is_not_chained():
    text = "Grayson said the idea is “really an amorphous position to have.\n\n“What we do here is, we legislate,” Grayson said."
    spans = scan(text).spans
    assert [(text[s.start : s.end], s.chain) for s in spans] == [
        ("really an amorphous position to have.", -1),
        ("What we do here is, we legislate,", -1),
    ]


def test_a_closing_glyph_opening_a_paragraph_opens_the_quote():
    text = "Cruz was favored.\n\n” … in the case of Wyoming, the Cruz train has left the station,” wrote Time magazine."
    assert _words(text) == [" … in the case of Wyoming, the Cruz train has left the station,"]


def test_direction_marks_before_a_paragraph_opening_glyph_are_blanks():
    text = "She posted.\n\n\u202a”This is why ISIS has to be destroyed,” said John Krystek."
    assert _words(text) == ["This is why ISIS has to be destroyed,"]


def test_an_opening_glyph_right_after_a_sentence_point_closes():
    text = "HuffPollster: “Polls are the only thing that give us an idea of where voters stand.“[HuffPost.]"
    assert _words(text) == ["Polls are the only thing that give us an idea of where voters stand."]


def test_an_opening_glyph_after_a_comma_before_a_word_still_opens():
    text = "Ryan said,“Look, anti-Semitic images have no place in a campaign.”"
    assert _words(text) == ["Look, anti-Semitic images have no place in a campaign."]


def test_a_markup_attribute_running_over_a_line_end_is_no_quotation():
    text = '<tweet tweet-author="@ByronYork" tweet-date="March 9, 2016\n">Stands empty.<tweet/>.\n\nHe said, "It was empty."'
    assert _words(text) == ["It was empty."]
