"""The cast of an article: the runs of capitalised words that name people, with their titles."""

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.lexicon import PREPOSITIONS
from quotecheck.quotes.people import (
    _LAST_WORD,
    _PLAIN_RUN,
    _ROLE_BEFORE,
    _RUN,
    NameMention,
    _after_preposition,
    _Name,
    _names_in,
    _placed,
    _split_run,
    _trim_role_extension,
    find_cast,
)


def test_runs_with_titles_joiners_possessives_and_odd_blanks_give_these_people():
    # One run per shape: a plain name after a long title, names joined by "and" (split, and
    # one-word halves dropped), possessives, a plural title, "of" ending a name, an honorific,
    # a no-break space and a double space inside a title and a name, and a suffix.
    text = (
        "Former Russian President Dmitry Medvedev met Putin and U.S. President Donald Trump's aide, "
        "Sen. Mitch McConnell, at Iowa State University's forum.\nSenators Tim Kaine and Jane Doe of Ohio spoke; "
        "Medvedev said Trump and Kaine agreed with Mrs. Clinton, said former senator\u00a0Bob  Dole Jr. of Kansas."
    )
    cast = find_cast(text)
    assert list(cast.mentions) == [
        NameMention(0, 40, 25, "Dmitry Medvedev", "Former Russian President", False, False, ""),
        NameMention(55, 82, 70, "Donald Trump", "U.S. President", True, False, ""),
        NameMention(91, 111, 96, "Mitch McConnell", "Sen.", False, False, ""),
        NameMention(147, 165, 156, "Tim Kaine", "Senators", False, False, ""),
        NameMention(170, 178, 170, "Jane Doe", None, False, False, ""),
        NameMention(194, 202, 194, "Medvedev", None, False, False, ""),
        NameMention(236, 248, 241, "Clinton", "Mrs.", False, True, "f"),
        NameMention(255, 283, 270, "Bob Dole", "former senator\u00a0", False, False, ""),
    ]
    assert cast.resolved == ["Dmitry Medvedev", "Donald Trump", "Mitch McConnell", "Tim Kaine", "Jane Doe",
                             "Dmitry Medvedev", "Clinton", "Bob Dole"]


def test_a_title_and_blank_ending_the_line_before_a_name_are_its_role():
    # (the backward match stops before a line end as the search to ``$`` did)
    text = "He met the senator \nJohn Smith there."
    assert [(m.name, m.role) for m in find_cast(text).mentions] == [("John Smith", "senator \n")]


def test_a_word_opening_the_sentence_is_no_part_of_the_name_after_it():
    text = "When Donald Trump left, he cried. But Sen. Richard J. Durbin said so. The White House said nothing."
    cast = find_cast(text)
    assert [(m.name, m.role, text[m.start : m.end]) for m in cast.mentions] == [
        ("Donald Trump", None, "Donald Trump"),
        ("Richard J. Durbin", "Sen.", "Sen. Richard J. Durbin"),
    ]
    assert cast.antecedent("he", text.index("he cried")) == "Donald Trump"


def test_a_common_male_given_name_makes_a_man_whom_she_never_means():
    text = "Hillary Clinton hit Bernie Sanders on guns, and she claimed that he was weak."
    cast = find_cast(text)
    assert (cast.gender_of("Bernie Sanders"), cast.gender_of("Hillary Clinton")) == ("m", "f")
    assert cast.antecedent("she", text.index("she claimed")) == "Hillary Clinton"
    assert cast.antecedent("he", text.index("he was")) == "Bernie Sanders"


_PLAIN_PIECES = list("aZeMSDRGLCAJPHr s.'’-&\u00a0\t\n,(1") + ["Mr", "Mrs", "Sens", "Capt", "Jr", "de", "and", "The", "U.S.", "A. "]


@given(st.lists(st.sampled_from(_PLAIN_PIECES), max_size=60).map("".join))
def test_the_plain_run_pattern_finds_the_runs_the_unicode_one_finds(text):
    # (the plain pattern opens with the capital itself and reads honorifics from their second letter)
    assert [m.span() for m in _PLAIN_RUN.finditer(text)] == [m.span() for m in _RUN.finditer(text)]


def test_the_plain_run_pattern_reads_initials_honorifics_and_middle_initials_as_the_unicode_one():
    text = "Sen. Jane A. Roe met Mrs. Li, U.S. Gen. J.R. Doe and Capt. Mx. Ray in St. Paul; A. The end.\nDr. X"
    runs = [m.group() for m in _PLAIN_RUN.finditer(text)]
    assert runs == [m.group() for m in _RUN.finditer(text)]
    assert runs == ["Sen. Jane A. Roe", "Mrs. Li", "U.S. Gen. J.R. Doe and Capt. Mx", "St. Paul", "Dr. X"]


def _placed_without_sieve(text, role_start, s, e, name, possessive, gender):
    """``_placed`` as it read before its blank sieve: both backward matches always run."""
    before = role_start - 1 if text[role_start - 1 : role_start] == "\n" else role_start
    ext = _ROLE_BEFORE.match(text, max(0, role_start - 80), before)
    m_start = min(role_start, _trim_role_extension(text, ext.start(), role_start)) if ext else role_start
    role = text[m_start:s].strip(" ,") or None if m_start < s else None
    return NameMention(m_start, e, s, name, role, possessive, _after_preposition(text, m_start), gender)


_NAME_PIECES = ["Sen. ", "Jane ", "Doe", "’s ", " and ", " of ", "former ", "the ", "said ", "in ", "Mrs. ",
                "President ", "\n", ". ", ", ", "\u00a0", "\t", "Jr.", "US ", "Li"]


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=30).map("".join))
def test_a_run_read_again_from_the_article_memo_gives_the_same_people(text):
    names: dict = {}
    for m in _RUN.finditer(text):
        fresh = _split_run(text, m.start(), m.end())
        assert _split_run(text, m.start(), m.end(), names) == fresh
        assert _split_run(text, m.start(), m.end(), names) == fresh


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=30).map("".join), st.data())
def test_the_blank_sieve_before_a_name_changes_no_mention(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    args = (text, start, start, end, "Jane Doe", False, "")
    assert _placed(*args) == _placed_without_sieve(*args)


def test_a_repeated_run_is_read_once_and_placed_again_with_its_own_title_words():
    text = "Jane Doe said so. The former senator\u00a0Jane Doe agreed, said Jane Doe’s aide."
    names: dict = {}
    cast = find_cast(text)
    _split_run(text, 0, 8, names)
    assert names == {"Jane Doe": (_Name(0, 0, 8, "Jane Doe", False, ""),)}
    assert [(m.start, m.role, m.possessive, m.after_preposition) for m in cast.mentions] == [
        (0, None, False, False), (22, "former senator\u00a0", False, False), (59, None, True, False)]


_BEFORE_PIECES = ["said ", "with ", "of", " ", "  ", "\t", "\u00a0", "\n", "(", "-", "ex-", "former ", "Sen.", "U.S. ",
                  "aide ", "maid ", "GOP ", "x", "Ω", "é", "’", "'", ".", "Trump ", "In ", "vice\t", "\x1c"]


@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=25).map("".join))
def test_the_word_before_a_name_is_read_as_the_backward_pattern_reads_it(before):
    text = before + "Jane Doe"
    pos = len(before)
    end = pos - 1 if text[pos - 1 : pos] == "\n" else pos
    m = _LAST_WORD.match(text, max(0, pos - 20), end)
    assert _after_preposition(text, pos) == bool(m and m.group(1).lower() in PREPOSITIONS)


def test_a_preposition_before_a_name_is_read_in_plain_and_other_text():
    assert _after_preposition("He met with Jane Doe", 12) and not _after_preposition("He said Jane", 8)
    assert _after_preposition("Zoë met with Jane Doe", 13)  # (not plain: the pattern reads it)
    assert _after_preposition("He met (with Jane", 13)  # ("(with": the pattern reads the letters)


def test_a_run_alone_gives_its_people_at_offsets_in_the_run():
    # (read from the words alone: the title words before the run are placed in the article later)
    assert _names_in("Former Russian President Dmitry Medvedev") == (_Name(0, 25, 40, "Dmitry Medvedev", False, ""),)
    assert _names_in("Putin and U.S. President Donald Trump’s") == (_Name(10, 25, 37, "Donald Trump", True, ""),)
    assert _names_in("Mrs. Clinton") == (_Name(0, 5, 12, "Clinton", False, "f"),)
    assert _names_in("Jane Doe of Ohio") == (_Name(0, 0, 8, "Jane Doe", False, ""),)
    assert _names_in("The White House") == ()


def test_a_state_is_nobody_and_before_a_title_it_qualifies_the_title():
    text = (
        "Voters in New Hampshire spoke. New Jersey Gov. Chris Christie left. South Carolina Saturday was hot. "
        "Virginia Foxx spoke. Texas Sen. Ted Cruz said so."
    )
    assert [(m.name, m.role) for m in find_cast(text).mentions] == [
        ("Chris Christie", "Gov."), ("Virginia Foxx", None), ("Ted Cruz", "Sen."),
    ]
