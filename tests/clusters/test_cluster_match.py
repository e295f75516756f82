from quotecheck.clusters.match import aligned_window, relate
from quotecheck.clusters.normalize import key
from quotecheck.config import MatchSettings

MATCH = MatchSettings()
WHOLE = key("It's time to quit attacking various people and get on with the work of the Senate")


def test_equal_keys_are_the_same_words():
    assert relate(WHOLE, WHOLE, MATCH).kind == "same"


def test_a_cut_marked_with_an_ellipsis_is_the_same_words():
    rel = relate(key("It's time to quit \u2026 get on with the work of the Senate"), WHOLE, MATCH)
    assert (rel.kind, rel.scorer) == ("same", "ellipsis")


def test_one_word_substituted_is_a_variant():
    rel = relate(key("It's time to stop attacking various people and get on with the work of the Senate"), WHOLE, MATCH)
    assert rel.kind == "variant" and MATCH.threshold <= rel.score < 100


def test_a_verbatim_part_is_a_fragment_and_its_place_is_found():
    part = key("quit attacking various people")
    rel = relate(part, WHOLE, MATCH)
    assert (rel.kind, rel.scorer, rel.score) == ("fragment", "partial_ratio", 100.0)
    assert relate(WHOLE, part, MATCH) == rel
    assert aligned_window(part, WHOLE) == (3, 7)


def test_different_statements_do_not_relate():
    assert relate(key("We should be ready for any surprises from the Kremlin"), WHOLE, MATCH) is None


def test_the_threshold_decides_variants():
    strict = MatchSettings(threshold=99)
    assert relate(key("It's time to stop attacking various people and get on with the work of the Senate"), WHOLE, strict) is None
