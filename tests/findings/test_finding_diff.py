import pytest

from quotecheck.findings.diff import compare


@pytest.mark.parametrize(
    "old, new, reasons",
    [
        ("the plan could serve as the basis", "the plan will serve as the basis", ("modal",)),
        ("we will not accept it under any terms", "we will accept it under any terms", ("negation",)),
        ("we don't accept it under any terms", "we do accept it under any terms", ("negation",)),
        ("about 44,600 square miles of land were taken", "about 46,400 square miles of land were taken", ("number",)),
        ("the talks with Moscow went well today", "the talks with Kyiv went well today", ("name",)),
        ("they would accept it unless the plan fails", "they would accept it if the plan fails", ("qualifier",)),
        ("the talks were very productive and useful", "the talks were quite productive and useful", ()),
    ],
)
def test_changed_words_are_classified(old, new, reasons):
    change = compare(old, new)
    assert change.changed and change.reasons == reasons


@pytest.mark.parametrize(
    "old, new",
    [
        ("It\u2019s time to quit attacking people", "it's time -- to quit attacking people!"),
        ("It's time to quit attacking various people and get on", "It's time to quit \u2026 get on"),
        ("Zelensky said the talks were productive", "Zelenskyy said the talks were productive"),
    ],
)
def test_spelling_punctuation_and_marked_cuts_are_not_changes(old, new):
    assert not compare(old, new).changed


def test_the_diff_keeps_the_words_as_written():
    ops = compare("The plan could serve", "The plan will serve").ops
    assert [(o.op, o.old, o.new) for o in ops] == [("equal", "The plan", "The plan"), ("replace", "could", "will"), ("equal", "serve", "serve")]
