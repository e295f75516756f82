"""The cast of an article: the runs of capitalised words that name people, with their titles."""

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.quotes.people import _PLAIN_RUN, _RUN, NameMention, find_cast


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
