"""Wordings → candidate pairs, from an inverted index of word n-grams (shingles).

Comparing every pair of quotes grows with the square of the batch; this index makes the
work grow near-linearly instead.  Each wording is cut into overlapping word n-grams
(``shingle`` words; a wording shorter than that is one n-gram); two wordings become a
candidate pair when they share an n-gram.  An n-gram found in more than
:data:`MAX_POSTING` distinct wordings ("we are going to") says nothing about which
statement a quote belongs to, so it is dropped altogether; dropping it whole, rather
than keeping its first few wordings, is what keeps the candidates independent of the
order of the batch.

Candidates are only proposals: :func:`quotecheck.clusters.match.relate` decides.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from quotecheck.clusters.normalize import words

MAX_POSTING = 48
"""An n-gram shared by more distinct wordings than this is too common to propose pairs."""

_STOP: list[int] = []
"""Posting marker for an n-gram that passed :data:`MAX_POSTING` (identity-compared)."""


def shingles(key: str, size: int) -> set[int]:
    """The hashed word n-grams of a wording key (the whole wording when it is shorter)."""
    ws = words(key)
    if len(ws) <= size:
        return {hash(tuple(ws))}
    return set(map(hash, zip(*(ws[i:] for i in range(size)))))


def build(keys: Sequence[str], size: int, cap: int = MAX_POSTING) -> dict[int, int | list[int]]:
    """The postings: n-gram → the position of the one wording holding it, or all of them.

    A single wording is stored as a bare int (most n-grams occur once), and an n-gram
    held by more than ``cap`` wordings maps to a shared empty marker.
    """
    postings: dict[int, int | list[int]] = {}
    get = postings.get
    for i, key in enumerate(keys):
        for s in shingles(key, size):
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
    return postings


def candidates(keys: Sequence[str], size: int, cap: int = MAX_POSTING) -> Iterator[tuple[int, int, int]]:
    """Pairs ``(i, j, shared)`` with ``i < j`` whose wordings share ``shared`` informative n-grams.

    Each pair is yielded once, in increasing ``i`` then ``j``.
    """
    postings = build(keys, size, cap)
    for i, key in enumerate(keys):
        seen: Counter[int] = Counter()
        for s in shingles(key, size):
            p = postings[s]
            if p.__class__ is list and p is not _STOP:
                seen.update(p)  # type: ignore[arg-type]
        for j in sorted(seen):
            if j > i:
                yield i, j, seen[j]
