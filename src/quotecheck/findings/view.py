"""One cluster as the quote checks see it: its wordings, how they relate, and who said them.

A cluster can hold wordings that are not directly related (two fragments of one long
statement), so checks compare only *related* pairs of wordings — including a wording
with itself, which is how two attributions of the same words inside one article are
caught.  Relations the index did not verify are computed on demand, for clusters of up
to :data:`FULL_COMPARISON` wordings; larger ones rely on their verified edges alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, TypeVar

from quotecheck.clusters.cluster import Group, Unit
from quotecheck.clusters.match import Relation, relate
from quotecheck.clusters.normalize import key as wording_key
from quotecheck.clusters.normalize import plain
from quotecheck.config import MatchSettings
from quotecheck.findings.corpus import Corpus
from quotecheck.findings.evidence import from_quote
from quotecheck.findings.ids import cluster_id
from quotecheck.findings.people import PersonName, Speaker, same_person
from quotecheck.records import Cluster, Evidence, Quote

_NESTED = re.compile(r"[\u2018'\u201c\"]([^\u2018\u2019'\u201c\u201d\"]{8,})[\u2019'\u201d\"]")
"""A quotation inside a quote's text, in single or double marks."""

FULL_COMPARISON = 40
"""Clusters with at most this many distinct wordings have every pair related on demand."""

SAME = Relation("same", 100.0, "exact")

V = TypeVar("V", bound=Hashable)


class ClusterView:
    """A :class:`~quotecheck.clusters.cluster.Group` with the corpus it came from."""

    def __init__(self, group: Group, corpus: Corpus, match: MatchSettings) -> None:
        self.units: tuple[Unit, ...] = group.units
        self.corpus = corpus
        self.match = match
        self.by_completeness = sorted(range(len(self.units)), key=lambda i: (-self.units[i].words, self.units[i].key))
        """Unit positions, most complete wording first (longest, then by key)."""
        self._relations: dict[tuple[int, int], Relation | None] = {
            (min(i, j), max(i, j)): rel for i, j, rel in group.edges
        }
        first = self.units[0]
        self.id = cluster_id(first.kind, [u.key for u in self.units], first.speaker)

    def relation(self, i: int, j: int) -> Relation | None:
        """How units ``i`` and ``j`` relate (None when they are not directly related)."""
        if i == j:
            return SAME
        pair = (min(i, j), max(i, j))
        if pair not in self._relations:
            small = len(self.units) <= FULL_COMPARISON
            self._relations[pair] = relate(self.units[i].key, self.units[j].key, self.match) if small else None
        return self._relations[pair]

    def related_pairs(self) -> Iterator[tuple[int, int, Relation]]:
        """Every related pair ``(i, j, relation)`` with ``i <= j``, self-pairs included."""
        n = len(self.units)
        for i in range(n):
            yield i, i, SAME
            for j in range(i + 1, n):
                rel = self.relation(i, j)
                if rel is not None:
                    yield i, j, rel

    def quote(self, q: int) -> Quote:
        return self.corpus.quotes[q]

    def speaker(self, q: int) -> Speaker:
        return self.corpus.speakers[q]

    def name(self, q: int) -> PersonName | None:
        """The speaker's name when the speaker is a named person."""
        return self.corpus.speakers[q].name

    def evidence(self, quotes: Iterable[int]) -> list[Evidence]:
        return [from_quote(self.quote(q), self.corpus.published.get(self.quote(q).article)) for q in quotes]

    def clashes(
        self,
        value: Callable[[int], V | None],
        clash: Callable[[V, V], bool],
        same_speaker: bool = False,
        fragment_words: int = 0,
        across: bool = False,
    ) -> dict[V, set[int]]:
        """Quotes of related wordings whose ``value`` clashes, grouped by value.

        With ``same_speaker`` only pairs whose speakers can be the same person count (an
        unnamed or unknown speaker fits anyone).  A fragment shorter than
        ``fragment_words`` words does not relate to the longer wording here, nor (when
        ``fragment_words`` is set) one the longer quote itself quotes in nested marks.  With
        ``across`` only quotes from different articles are compared.  Quotes are grouped by
        value and speaker first, so a cluster quoted in many articles costs little.
        """
        groups = [self._grouped(u, value, across) for u in range(len(self.units))]
        found: dict[V, set[int]] = {}
        for i, j, rel in self.related_pairs():
            if rel.kind == "fragment" and (
                min(self.units[i].words, self.units[j].words) < fragment_words
                or (fragment_words and self._quoted_within(i, j))
            ):
                continue
            for (va, sa, aa), qa in groups[i].items():
                for (vb, sb, ab), qb in groups[j].items():
                    if clash(va, vb) and (not same_speaker or compatible(sa, sb)) and (not across or aa != ab):
                        found.setdefault(va, set()).update(qa)
                        found.setdefault(vb, set()).update(qb)
        return found

    def _quoted_within(self, i: int, j: int) -> bool:
        """True when the longer of units ``i`` and ``j`` quotes the shorter in nested quote
        marks: its speaker is repeating someone else's words ("Trump tweeted: Crooked
        Hillary and her team 'were extremely careless…'"), not saying them."""
        short, long_ = sorted((i, j), key=lambda u: self.units[u].words)
        words = plain(self.units[short].key)
        return any(
            words in plain(wording_key(nested))
            for q in self.units[long_].quotes
            for nested in _NESTED.findall(self.quote(q).text)
        )

    def _grouped(
        self, unit: int, value: Callable[[int], V | None], by_article: bool
    ) -> dict[tuple[V, PersonName | None, str], list[int]]:
        out: dict[tuple[V, PersonName | None, str], list[int]] = {}
        for q in self.units[unit].quotes:
            v = value(q)
            if v is not None:
                out.setdefault((v, self.name(q), self.quote(q).article if by_article else ""), []).append(q)
        return out

    def people(self, quotes: Iterable[int]) -> dict[str, set[int]]:
        """The named speakers of ``quotes``, names of one person merged under its most
        complete form ("McConnell" and "Mitch McConnell" → "Mitch McConnell")."""
        found: dict[PersonName, set[int]] = {}
        for q in quotes:
            name = self.name(q)
            if name is not None:
                found.setdefault(name, set()).add(q)
        merged: dict[PersonName, set[int]] = {}
        for name in sorted(found, key=lambda n: (-len(n.given), -len(n.display), n.display)):
            home = next((m for m in merged if same_person(m, name)), name)
            merged.setdefault(home, set()).update(found[name])
        return {m.display: qs for m, qs in merged.items()}

    def keys(self, quotes: Iterable[int]) -> set[str]:
        """The wording keys the given quotes have (what a finding's id is about)."""
        involved = set(quotes)
        return {u.key for u in self.units if involved.intersection(u.quotes)}

    def similarity(self, quotes: Iterable[int]) -> dict[str, Any]:
        """``score``, ``scorer`` and ``cluster`` for a finding about ``quotes``: the weakest
        relation among their wordings, i.e. how sure "the same words" is."""
        involved = set(quotes)
        units = [i for i, u in enumerate(self.units) if involved.intersection(u.quotes)]
        relations = [self.relation(i, j) or SAME for i in units for j in units if i < j]
        weakest = min(relations, key=lambda r: r.score, default=SAME)
        return {"score": weakest.score, "scorer": weakest.scorer, "cluster": self.id}

    def record(self) -> Cluster:
        """The :class:`~quotecheck.records.Cluster` record, quotes in content order."""
        quotes = sorted((q for u in self.units for q in u.quotes))
        best = min(
            (q for q in self.units[self.by_completeness[0]].quotes),
            key=lambda q: (self.quote(q).article, self.quote(q).start),
        )
        return Cluster(self.id, tuple(self.quote(q) for q in quotes), self.quote(best).words)


def compatible(a: PersonName | None, b: PersonName | None) -> bool:
    """True unless both are named people who cannot be the same person."""
    return a is None or b is None or same_person(a, b)
