"""Wordings → candidate pairs, from an inverted index of word n-grams (shingles).

Comparing every pair of quotes grows with the square of the batch; this index makes the
work grow near-linearly instead.  Each wording is cut into overlapping word n-grams
(``shingle`` words; a wording shorter than that is one n-gram); two wordings become a
candidate pair when they share an n-gram.  An n-gram found in more than
:data:`MAX_POSTING` distinct wordings ("we are going to") says nothing about which
statement a quote belongs to, so it is dropped altogether; dropping it whole, rather
than keeping its first few wordings, is what keeps the candidates independent of the
order of the batch.  Pairs that share too small a part of their n-grams
(:data:`MIN_SHARE`) are not proposed either: meeting on one stock phrase is chance.

Candidates are only proposals: :func:`quotecheck.clusters.match.relate` decides.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from math import ceil

import attrs

from quotecheck.clusters.normalize import words

MAX_POSTING = 48
"""An n-gram shared by more distinct wordings than this is too common to propose pairs."""

MIN_SHARE = 0.25
"""A pair must share this part of the informative n-grams of its shorter wording.

A fragment quoted verbatim shares all of them; a variant with a word changed every few
words still shares about half; a quarter leaves room for one spelling difference in a
six-word fragment.  Unrelated quotes that meet on a stock phrase share one or two.
"""

_STOP: list[int] = []
"""Posting marker for an n-gram that passed :data:`MAX_POSTING` (identity-compared)."""


def shingles(key: str, size: int) -> set[int]:
    """The hashed word n-grams of a wording key (the whole wording when it is shorter)."""
    ws = words(key)
    if len(ws) <= size:
        return {hash(tuple(ws))}
    if size == 3:
        return set(map(hash, zip(ws, ws[1:], ws[2:])))
    return set(map(hash, zip(*(ws[i:] for i in range(size)))))


@attrs.frozen
class Index:
    """The n-grams of every wording (kept so they are hashed once) and their postings.

    ``postings`` maps an n-gram to the position of the one wording holding it, to the
    sorted list of all of them, or to a shared empty marker once more than ``cap`` do
    (most n-grams occur once, so a bare int saves a list per n-gram).
    """

    grams: array
    """Every wording's n-grams, one after another; wording ``j``'s are
    ``grams[starts[j]:starts[j + 1]]``."""
    starts: array
    postings: dict[int, int | list[int]]

    def of(self, j: int) -> array:
        return self.grams[self.starts[j] : self.starts[j + 1]]


def build(keys: Sequence[str], size: int, cap: int = MAX_POSTING) -> Index:
    """The index of ``keys`` (wording keys, in a fixed content order)."""
    grams = array("q")
    starts = array("Q", [0])
    postings: dict[int, int | list[int]] = {}
    get = postings.get
    for i, key in enumerate(keys):
        mine = shingles(key, size)
        grams.extend(mine)
        starts.append(len(grams))
        for s in mine:
            p = get(s)
            if p is None:
                postings[s] = i
            elif p.__class__ is int:
                postings[s] = [p, i]  # type: ignore[list-item]
            elif p is not _STOP:
                if len(p) >= cap:  # type: ignore[arg-type]
                    postings[s] = _STOP
                else:
                    p.append(i)  # type: ignore[union-attr]
    return Index(grams, starts, postings)


def candidates(index: Index, share: float = MIN_SHARE, part: tuple[int, int] = (0, 1)) -> Iterator[tuple[int, int, int]]:
    """Pairs ``(i, j, shared)`` with ``i < j`` whose wordings share ``shared`` informative n-grams.

    A pair is proposed when ``shared`` reaches ``share`` of the informative n-grams of the
    wording with fewer of them (at least one).  Each pair is yielded once, in increasing
    ``j`` then ``i``.  ``part=(k, parts)`` yields only the pairs whose ``j % parts == k``,
    so that processes can share the work; together the parts yield every pair.
    """
    postings = index.postings
    mine_part, parts = part
    need = array("H")
    """Per wording: the least number of shared n-grams that can make it a candidate."""
    for j in range(len(index.starts) - 1):
        grams = [p for s in index.of(j) if (p := postings[s]) is not _STOP]
        here = max(1, ceil(share * len(grams)))
        need.append(here)
        if j % parts != mine_part:
            continue
        seen: Counter[int] = Counter()
        for p in grams:
            if p.__class__ is list:
                seen.update(p[: bisect_left(p, j)])  # type: ignore[index, arg-type]
        for i in sorted(i for i, n in seen.items() if n >= here or n >= need[i]):
            yield i, j, seen[i]
