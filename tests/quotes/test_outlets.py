"""Outlet finding: the fast candidate search finds exactly what the look-behind pattern finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.quotes.outlets import OutletMention, _inside_name, outlet_table

TABLE = outlet_table(())

_PIECES = ["Reuters", "CNN", "BBC", "the Post", "Fox News", "ABC News", "AP", "Bloomberg", "Michael ",
           "X", "_", "1", "é", "'s ", "’s ", " ", "-", "said", "a", "\n", "."]


def _reference(text: str, start: int, end: int) -> list[OutletMention]:
    """What ``OutletTable.find`` returned when it scanned with the look-behind pattern."""
    out = []
    for m in TABLE.pattern.finditer(text, start, end):
        if " " not in m.group() and _inside_name(text, m.start(), m.end()):
            continue
        out.append(OutletMention(TABLE.canonical[m.group()], m.start(), m.end()))
    return out


@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=30), cut=st.tuples(st.integers(0, 40), st.integers(0, 40)))
def test_find_matches_the_look_behind_scan(pieces: list[str], cut: tuple[int, int]) -> None:
    text = "".join(pieces)
    start, end = min(cut[0], len(text)), min(len(text), max(cut))
    assert TABLE.find(text, start, end) == _reference(text, start, end)
    assert TABLE.find(text) == _reference(text, 0, len(text))


def test_an_alias_after_a_letter_or_digit_is_skipped_but_the_next_one_found() -> None:
    text = "XReuters 1CNN _BBC. Reuters"
    assert [(m.name, m.start) for m in TABLE.find(text)] == [(m.name, m.start) for m in _reference(text, 0, len(text))]
    assert [m.start for m in TABLE.find(text)] == [15, 20]
