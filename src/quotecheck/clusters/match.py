"""Two wordings → how they relate: the same words, a variant, or a fragment of the other.

This is the one verifier every candidate pair goes through (and the exhaustive reference
in ``scripts/bench_crosscheck.py`` too), so "the same statement" means one thing
everywhere.  Scorers are rapidfuzz's, on the plain keys of :mod:`.normalize`:

- ``fuzz.ratio`` ≥ ``threshold``: the whole wordings agree → ``variant`` (or ``same`` when
  equal);
- otherwise, when one is shorter, ``fuzz.partial_ratio`` ≥ ``max(threshold, 95)``: the
  shorter sits almost verbatim inside the longer → ``fragment``;
- an omission marked with an ellipsis ("X … Z" against "X Y Z") is ``same``: marking a
  cut is not changing the words.

``token_set_ratio`` is deliberately not used: it ignores order and repetition, so it
would call a reordered or spliced quote the same words.
"""

from __future__ import annotations

from typing import Literal

import attrs
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from quotecheck.clusters.normalize import ELLIPSIS, plain, segments, words
from quotecheck.config import MatchSettings

RelationKind = Literal["same", "variant", "fragment"]

FRAGMENT_FLOOR = 95.0
"""The least ``partial_ratio`` for a shorter wording to count as a fragment of a longer one."""


@attrs.frozen
class Relation:
    """How wording ``a`` relates to wording ``b`` (``a`` the shorter, or equal)."""

    kind: RelationKind
    score: float
    scorer: str


def relate(a: str, b: str, match: MatchSettings) -> Relation | None:
    """How the keys ``a`` and ``b`` relate, or None when they are different statements.

    Order does not matter: the shorter is taken as the possible fragment.
    """
    if a == b:
        return Relation("same", 100.0, "exact")
    pa, pb = plain(a), plain(b)
    if len(pa) > len(pb):
        a, b, pa, pb = b, a, pb, pa
    if pa == pb or ((ELLIPSIS in a or ELLIPSIS in b) and (_marked_cut(a, pb) or _marked_cut(b, pa))):
        return Relation("same", 100.0, "ellipsis")
    score = fuzz.ratio(pa, pb, score_cutoff=match.threshold)
    if score:
        return Relation("variant", score, "ratio")
    floor = max(match.threshold, FRAGMENT_FLOOR)
    if len(pa) < len(pb) * _longest_fragment(match.threshold, floor) and LCSseq.similarity(
        pa, pb, score_cutoff=fragment_overlap(len(pa), floor)
    ):
        score = fuzz.partial_ratio(pa, pb, score_cutoff=floor)
        if score:
            return Relation("fragment", score, "partial_ratio")
    return None


def fragment_overlap(length: int, floor: float) -> int:
    """The fewest characters a wording of ``length`` characters must share, in order, with a
    longer one to reach ``partial_ratio`` ≥ ``floor`` (a cheap, exact pre-check).

    A window as long as the fragment needs ``floor``% of it in common; a window cut short
    by the end of the longer wording needs a little less, ``floor / (200 − floor)`` of it,
    which is the bound used.  ``LCSseq.similarity`` is bit-parallel and far cheaper than
    ``partial_ratio`` on long wordings.
    """
    return max(1, int(length * floor / (200 - floor)))


def _longest_fragment(threshold: float, floor: float) -> float:
    """The length ratio from which a fragment would already be a variant.

    ``partial_ratio`` ≥ ``floor`` over a full-length window means the shorter wording
    ``a`` shares at least ``floor``% of its characters, in order, with the longer ``b``;
    then ``ratio`` ≥ ``2 · floor · r / (1 + r)`` with ``r = len(a) / len(b)``, which
    reaches ``threshold`` once ``r ≥ threshold / (2 · floor − threshold)``.  Past that
    length ratio a pair that failed ``ratio`` is no fragment, so ``partial_ratio`` is not
    computed (what it could still find there is two wordings overlapping at their ends).
    """
    return threshold / (2 * floor - threshold) if 2 * floor > threshold else 1.0


def _marked_cut(marked: str, other: str) -> bool:
    """True when ``marked`` has an ellipsis and each of its runs occurs in order in ``other``."""
    if ELLIPSIS not in marked:
        return False
    haystack = f" {other} "
    at = 0
    for run in segments(marked):
        found = haystack.find(f" {run} ", at)
        if found < 0:
            return False
        at = found + len(run) + 1
    return True


def aligned_window(fragment: str, whole: str) -> tuple[int, int]:
    """The word range ``[start, end)`` of ``whole`` (a key) where ``fragment`` sits best.

    From ``fuzz.partial_ratio_alignment`` on the plain keys, widened to word boundaries.
    """
    pf, pw = plain(fragment), plain(whole)
    al = fuzz.partial_ratio_alignment(pf, pw)
    start = pw.count(" ", 0, al.dest_start) if al else 0
    end = pw.count(" ", 0, max(al.dest_end - 1, 0)) + 1 if al else len(words(whole))
    return start, end
