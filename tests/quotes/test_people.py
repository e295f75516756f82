"""The cast of an article: the runs of capitalised words that name people, with their titles."""

from quotecheck.quotes.people import NameMention, find_cast


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


def test_a_state_is_nobody_and_before_a_title_it_qualifies_the_title():
    text = (
        "Voters in New Hampshire spoke. New Jersey Gov. Chris Christie left. South Carolina Saturday was hot. "
        "Virginia Foxx spoke. Texas Sen. Ted Cruz said so."
    )
    assert [(m.name, m.role) for m in find_cast(text).mentions] == [
        ("Chris Christie", "Gov."), ("Virginia Foxx", None), ("Ted Cruz", "Sen."),
    ]
