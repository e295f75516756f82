"""Quotes → clusters: every occurrence of one statement across the batch, grouped.

1. Each quote's words (fragments joined) become a key (:mod:`.normalize`); quotes with
   equal keys are one *unit* — exact duplicates are grouped by hash, never compared.
2. Units of at least ``match.min_words`` words are proposed in pairs by the n-gram index
   (:mod:`.index`) and each pair is verified by :func:`.match.relate`.
3. Union-find joins verified pairs into clusters.

Shorter quotes ("difficult work") are too common to link on their words alone: they
only join quotes with exactly the same words *and* the same speaker, so each of them is
a unit of its own per speaker, and quotes whose speaker is unknown stay alone.

Direct and partial quotes are matched with each other; indirect quotes (reported speech)
only with indirect ones, since a paraphrase is not a wording; scare quotes are never
clustered.  Units are numbered in the order of their keys, so clusters, and everything
built on them, do not depend on the order of the batch.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from multiprocessing.connection import Connection
from typing import NamedTuple

import attrs

from quotecheck.clusters.index import Index, build, candidates
from quotecheck.clusters.match import Relation, relate
from quotecheck.clusters.normalize import key as wording_key
from quotecheck.config import MatchSettings
from quotecheck.records import Quote

MATCH_CLASS: dict[str, str] = {"direct": "direct", "partial": "direct", "indirect": "indirect"}
"""Quote kind → the class it is matched within (kinds not listed are never clustered)."""


class Unit(NamedTuple):
    """Quotes with the same words (and, for short ones, the same speaker).

    A named tuple rather than an attrs record: a batch has about one per quote, and this
    is several times cheaper to build.
    """

    kind: str
    """The match class: "direct" (direct and partial quotes) or "indirect"."""
    key: str
    words: int
    quotes: tuple[int, ...]
    """Positions of the quotes in the sequence given to :func:`build_clusters`."""
    speaker: str | None = None
    """Set for short units only: the speaker they are restricted to."""


@attrs.frozen
class Group:
    """One cluster: its units and the verified relations between them."""

    units: tuple[Unit, ...]
    edges: tuple[tuple[int, int, Relation], ...]
    """``(i, j, relation)`` with ``i``, ``j`` positions in ``units``."""

    @property
    def size(self) -> int:
        return sum(len(u.quotes) for u in self.units)


def shingle_size(match: MatchSettings) -> int:
    """The n-gram size used: ``match.shingle``, but smaller than ``match.min_words`` so the
    shortest matchable wordings still have two n-grams to share."""
    return max(1, min(match.shingle, match.min_words - 1))


def verified_pairs(keys: Sequence[str], match: MatchSettings, workers: int = 1) -> list[tuple[int, int, Relation]]:
    """Every related pair ``(i, j, relation)`` among ``keys`` that the index proposes, verified.

    With ``workers`` > 1 (and ``fork`` available) the index is built once and the
    candidates are split between this process and forked ones that inherit it; the pairs,
    sorted, are the same either way.  One process is the default: it is predictable, and
    1M quotes take well under two minutes in it.
    """
    index = build(keys, shingle_size(match))
    parts = workers if workers > 1 and "fork" in multiprocessing.get_all_start_methods() else 1
    if parts == 1:
        return sorted(_verify_part(keys, index, match, (0, 1)), key=_pair)
    context = multiprocessing.get_context("fork")
    children = []
    for k in range(1, parts):
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(keys, index, match, (k, parts), send), daemon=True)
        child.start()
        send.close()
        children.append((k, receive, child))
    out = _verify_part(keys, index, match, (0, parts))
    for k, receive, child in children:
        try:
            out.extend(receive.recv())
        except EOFError:  # the child died: do its share here
            out.extend(_verify_part(keys, index, match, (k, parts)))
        child.join()
    out.sort(key=_pair)
    return out


def _pair(found: tuple[int, int, Relation]) -> tuple[int, int]:
    return found[0], found[1]


def _verify_part(
    keys: Sequence[str], index: Index, match: MatchSettings, part: tuple[int, int]
) -> list[tuple[int, int, Relation]]:
    out = []
    for i, j, _shared in candidates(index, part=part):
        rel = relate(keys[i], keys[j], match)
        if rel is not None:
            out.append((i, j, rel))
    return out


def _child(keys: Sequence[str], index: Index, match: MatchSettings, part: tuple[int, int], send: Connection) -> None:
    send.send(_verify_part(keys, index, match, part))
    send.close()


def build_units(quotes: Sequence[Quote], match: MatchSettings, speakers: Sequence[str | None]) -> list[Unit]:
    """The units of ``quotes`` in key order; ``speakers[i]`` identifies quote ``i``'s speaker."""
    found: dict[tuple[str, str, str], list[int]] = {}
    sizes: dict[str, int] = {}
    for qi, quote in enumerate(quotes):
        kind = MATCH_CLASS.get(quote.kind)
        if kind is None:
            continue
        k = wording_key(quote.words)
        n = sizes.get(k)
        if n is None:
            n = sizes[k] = len(k.split()) - k.count("\u2026")
        if n == 0:
            continue
        speaker = ""
        if n < match.min_words:
            if speakers[qi] is None:
                continue
            speaker = speakers[qi]  # type: ignore[assignment]
        found.setdefault((kind, k, speaker), []).append(qi)
    return [
        Unit(kind, k, sizes[k], tuple(found[(kind, k, s)]), s or None)
        for kind, k, s in sorted(found)
        if not s or len(found[(kind, k, s)]) > 1
    ]


def build_clusters(
    quotes: Sequence[Quote],
    match: MatchSettings,
    speakers: Sequence[str | None],
    workers: int = 1,
) -> list[Group]:
    """The clusters of two or more quotes in ``quotes``, in a content-derived order.

    ``speakers[i]`` identifies quote ``i``'s speaker (for short quotes); ``workers`` is
    passed to :func:`verified_pairs`.
    """
    units = build_units(quotes, match, speakers)
    parent = list(range(len(units)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    edges: list[tuple[int, int, Relation]] = []
    for kind in sorted({u.kind for u in units}):
        positions = [i for i, u in enumerate(units) if u.kind == kind and u.speaker is None]
        for a, b, rel in verified_pairs([units[i].key for i in positions], match, workers):
            i, j = positions[a], positions[b]
            edges.append((i, j, rel))
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    members: dict[int, list[int]] = {}
    for i in range(len(units)):
        members.setdefault(find(i), []).append(i)
    grouped: dict[int, list[tuple[int, int, Relation]]] = {}
    for i, j, rel in edges:
        grouped.setdefault(find(i), []).append((i, j, rel))
    out = []
    for root in sorted(members):
        idx = members[root]
        if len(idx) == 1 and len(units[idx[0]].quotes) < 2:
            continue
        local = {u: n for n, u in enumerate(idx)}
        out.append(
            Group(
                tuple(units[i] for i in idx),
                tuple((local[i], local[j], rel) for i, j, rel in grouped.get(root, ())),
            )
        )
    return out
