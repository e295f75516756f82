from quotecheck.clusters.cluster import build_clusters
from quotecheck.config import MatchSettings
from quotecheck.records import Quote

MATCH = MatchSettings()


def quote(article, words, kind="direct"):
    return Quote(article=article, text=words, start=0, end=len(words), kind=kind)


def test_exact_variant_and_fragment_quotes_form_one_cluster():
    quotes = [
        quote("a", "It's time to quit attacking various people and get on with the work"),
        quote("b", "it\u2019s time to quit attacking various people and get on with the work!"),
        quote("c", "It's time to stop attacking various people and get on with the work"),
        quote("d", "quit attacking various people and"),
        quote("e", "Something else entirely was said by somebody here"),
    ]
    groups = build_clusters(quotes, MATCH, [None] * len(quotes))
    assert len(groups) == 1
    assert sorted(q for u in groups[0].units for q in u.quotes) == [0, 1, 2, 3]
    assert {rel.kind for _, _, rel in groups[0].edges} == {"variant", "fragment"}


def test_short_quotes_match_only_exactly_and_with_the_same_speaker():
    quotes = [quote("a", "difficult work"), quote("b", "difficult work"), quote("c", "difficult work"), quote("d", "difficult work.")]
    groups = build_clusters(quotes, MATCH, ["Putin", "Peskov", None, "Putin"])
    assert [[list(u.quotes) for u in g.units] for g in groups] == [[[0, 3]]]


def test_indirect_quotes_are_not_matched_with_direct_ones():
    words = "the plan could serve as the basis for future agreements"
    quotes = [quote("a", words), quote("b", words, kind="indirect"), quote("c", words, kind="scare")]
    assert build_clusters(quotes, MATCH, [None] * 3) == []
    two = [quote("a", words, kind="indirect"), quote("b", words, kind="indirect")]
    assert len(build_clusters(two, MATCH, [None] * 2)) == 1


def test_splitting_the_matching_between_processes_changes_nothing():
    from quotecheck.clusters.cluster import verified_pairs
    from quotecheck.clusters.normalize import key

    keys = sorted({key(f"we will {v} the {a} plan for {n} people in the coming weeks") for v in ("fund", "fix", "cut")
                   for a in ("new", "old", "bold", "odd") for n in ("many", "all", "most", "few")})
    alone = verified_pairs(keys, MATCH, workers=1)
    assert alone and verified_pairs(keys, MATCH, workers=2) == alone
