import pytest

from quotecheck.findings.people import by_known_surname, classify, person_ids, resolve, same_person


@pytest.mark.parametrize(
    "written, display",
    [
        ("Mr. McConnell", "McConnell"),
        ("Senate Majority Leader Mitch McConnell, R-Ky.", "Mitch McConnell"),
        ("Sen. Ted Cruz (R-Texas)", "Ted Cruz"),
        ("Putin's aide, Yuri Ushakov", "Yuri Ushakov"),
        ("Former Russian President and Security Council Deputy Chair Dmitry Medvedev", "Dmitry Medvedev"),
        ("European Commission President Ursula von der Leyen", "Ursula von der Leyen"),
        ("Secretary of State John Kerry", "John Kerry"),
        ("Donald Trump Jr.", "Donald Trump Jr."),
        ("Prime Minister Theresa May", "Theresa May"),
    ],
)
def test_named_people_lose_titles_honorifics_and_party_tags(written, display):
    speaker = classify(written)
    assert speaker.kind == "person" and speaker.name.display == display


@pytest.mark.parametrize(
    "written",
    ["a senior official", "U.S. officials", "sources", "Sources", "Officials", "the Kremlin", "the White House", "Republican primary voters"],
)
def test_unnamed_and_collective_sources_are_groups(written):
    assert classify(written).kind == "group"


@pytest.mark.parametrize(
    "written",
    [None, "", "he", "their", "the president", "President", "the Republican candidate", "Witkoff and Kushner",
     "The New York Post", "a statement Tuesday", "much of the debate", "Just"],
)
def test_pronouns_descriptions_outlets_and_non_names_are_unknown(written):
    assert classify(written).kind == "unknown"


def test_one_person_under_several_names_but_not_relatives():
    mcconnell = [classify(s).name for s in ("Mr. McConnell", "Mitch McConnell, R-Ky.", "McConnell")]
    assert all(same_person(a, b) for a in mcconnell for b in mcconnell)
    assert same_person(classify("Zelensky").name, classify("Volodymyr Zelenskyy").name)
    assert not same_person(classify("Hillary Clinton").name, classify("Bill Clinton").name)
    assert not same_person(classify("Donald Trump").name, classify("Donald Trump Jr.").name)


def test_a_bare_surname_is_completed_only_when_one_person_fits():
    full = [classify("Mitch McConnell").name, classify("Hillary Clinton").name, classify("Bill Clinton").name]
    assert resolve(classify("McConnell").name, full).display == "Mitch McConnell"
    assert resolve(classify("Clinton").name, full).display == "Clinton"


def test_person_ids_join_name_forms_and_leave_ambiguous_surnames_out():
    names = [classify(s).name for s in ("Mitch McConnell", "McConnell", "Hillary Clinton", "Bill Clinton", "Clinton")]
    ids = person_ids(names)
    assert ids[names[0]] == ids[names[1]] == "Mitch McConnell"
    assert ids[names[2]] != ids[names[3]]
    assert ids[names[4]] is None


def test_a_one_word_speaker_is_the_one_known_person_of_that_surname():
    known = [classify("Theresa May").name, classify("Jane House").name, classify("Tom House").name]
    assert classify("Theresa May").name.display == "Theresa May"  # (a month ending a name is its surname)
    assert by_known_surname(classify("May"), known).name == classify("Theresa May").name
    assert by_known_surname(classify("House"), known) == classify("House")  # two Houses: no one
    assert by_known_surname(classify("he"), known) == classify("he")
    assert by_known_surname(classify("the Pope"), known) == classify("the Pope")
    assert by_known_surname(classify("sources"), known) == classify("sources")  # a group stays a group
