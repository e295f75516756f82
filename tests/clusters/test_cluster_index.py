from quotecheck.clusters.index import build, candidates, shingles
from quotecheck.clusters.normalize import key


def test_wordings_sharing_an_ngram_become_candidates_once():
    keys = [key(t) for t in ("the plan could serve as a basis", "a plan could serve as the basis", "nothing in common here at all")]
    assert [(i, j) for i, j, _ in candidates(build(keys, 3))] == [(0, 1)]


def test_a_short_wording_is_one_ngram():
    assert len(shingles("very useful", 3)) == 1


def test_an_ngram_in_too_many_wordings_proposes_nothing():
    keys = [f"we are going to win number {i}" for i in range(10)]
    assert list(candidates(build(keys, 3, cap=4))) == []
    assert list(candidates(build(keys, 3, cap=20)))


def test_candidates_do_not_depend_on_the_order_of_the_wordings():
    keys = [f"shared words here and then item {i % 7} of {i}" for i in range(30)]
    forward = {(keys[i], keys[j]) for i, j, _ in candidates(build(keys, 3, cap=12))}
    backward = list(reversed(keys))
    again = {(backward[i], backward[j]) for i, j, _ in candidates(build(backward, 3, cap=12))}
    assert {frozenset(p) for p in forward} == {frozenset(p) for p in again}


def test_postings_hold_bare_ints_for_unique_ngrams():
    postings = build(["alpha beta gamma delta"], 3).postings
    assert sorted(type(v).__name__ for v in postings.values()) == ["int", "int"]
