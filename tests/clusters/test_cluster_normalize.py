from hypothesis import given
from hypothesis import strategies as st

from quotecheck.clusters.normalize import ELLIPSIS, key, plain, segments, tokens, words


def test_spelling_insensitive_differences_share_one_key():
    a = "It\u2019s time \u2014 to quit attacking \u201cvarious\u201d people."
    b = "IT'S TIME -- TO QUIT ATTACKING \"VARIOUS\"   PEOPLE"
    assert key(a) == key(b) == "its time to quit attacking various people"


def test_ellipses_of_every_style_become_one_marker():
    for cut in ("\u2026", "...", ". . .", " ... "):
        assert key(f"time to quit{cut}get on") == f"time to quit {ELLIPSIS} get on"
    k = key("time to quit \u2026 get on")
    assert words(k) == ["time", "to", "quit", "get", "on"]
    assert plain(k) == "time to quit get on"
    assert segments(k) == ["time to quit", "get on"]


def test_tokens_keep_the_words_as_written_and_mark_sentence_starts():
    toks = tokens("Moscow said no. Then Kyiv\u2019s U.S. envoy left")
    assert [t.text for t in toks] == ["Moscow", "said", "no.", "Then", "Kyiv\u2019s", "U.S.", "envoy", "left"]
    assert [t.sentence_start for t in toks] == [True, False, False, True, False, False, False, False]


@given(st.text(st.characters(codec="utf-8"), max_size=80))
def test_tokens_align_with_the_matching_words(text):
    assert [t.word for t in tokens(text)] == words(key(text))
    assert [t.word for t in tokens(text, keep_ellipsis=True)] == key(text).split()
