"""What was said: ``wording-changed`` and ``quote-truncated``.

Each wording of a cluster is compared with the most complete wording it relates to (the
longest, then by key — never by batch order):

- a *variant* whose words differ → ``wording-changed``: an ``error`` when a changed word
  is a negation, number, name, modal or qualifier (:mod:`.diff`), otherwise ``warning``;
- a *fragment* → ``quote-truncated``: ``warning`` when the part left out holds a negation
  or a condition ("unless", "only if", "might"), otherwise ``info``; not for an article
  that also quotes the whole statement (its headline or lede echoing its body); a fragment whose own
  words also differ from the part it quotes raises ``wording-changed`` as well.  A close
  variant that is the other's words cut short at either end ("So far, I cannot believe…"
  / "I cannot believe…") is a truncation too, not a change of wording.

Casing, punctuation, quote-mark style, dashes, whitespace, spelling variants and cuts
marked with an ellipsis are not changes.  Both codes need the speakers to be compatible
(different named people are a ``speaker-conflict``), and neither applies to indirect
quotes: a paraphrase is not a wording.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from quotecheck.clusters.match import Relation, aligned_window
from quotecheck.clusters.normalize import Token, plain, tokens
from quotecheck.config import Settings
from quotecheck.findings.base import articles, listing, make, snippet
from quotecheck.findings.diff import Change, compare_tokens, kinds
from quotecheck.findings.view import ClusterView, compatible
from quotecheck.records import DiffOp, Finding

EDGE_SLACK = 2
"""Words of context added on each side of a fragment's place before diffing it."""

MAX_SHOWN_CHANGES = 3


def check(view: ClusterView, settings: Settings) -> Iterator[Finding]:
    """The wording findings of one cluster."""
    if view.units[0].kind == "indirect":
        return
    wording = settings.checks.enabled("wording-changed")
    truncated = settings.checks.enabled("quote-truncated")
    if not (wording or truncated):
        return
    order = view.by_completeness
    for pos, u in enumerate(order[1:], start=1):
        parent, rel = next(((p, r) for p in order[:pos] if (r := view.relation(p, u)) is not None), (None, None))
        if parent is None or rel is None or rel.kind == "same":
            continue
        quotes = _agreeing(view, parent, u)
        if not quotes:
            continue
        old_text, new_text = view.quote(_first(view, parent)).words, view.quote(_first(view, u)).words
        pair = _Pair(parent, u, quotes, rel)
        cut = _cut(view.units[u].key, view.units[parent].key)
        if cut is None and rel.kind == "variant":
            change = compare_tokens(tokens(old_text, keep_ellipsis=True), tokens(new_text, keep_ellipsis=True))
            if wording and change.changed:
                yield _changed(view, settings, pair, change)
            continue
        # a fragment, or a close variant that only starts later or stops sooner: a cut
        old, new = tokens(old_text), tokens(new_text, keep_ellipsis=True)
        window = cut or aligned_window(view.units[u].key, view.units[parent].key)
        if cut is None and wording:  # not word for word: the fragment's own words may differ
            lo, hi = max(0, window[0] - EDGE_SLACK), min(len(old), window[1] + EDGE_SLACK)
            change = compare_tokens(old[lo:hi], new, trim_edges=True)
            if change.changed:
                yield _changed(view, settings, pair, change)
        if truncated and (short := _cut_short(view, pair)):
            yield _truncated(view, settings, short, old, window)


class _Pair(NamedTuple):
    """A wording (``unit``) and the more complete one it is compared with (``parent``)."""

    parent: int
    unit: int
    quotes: set[int]
    """The quotes of both whose speakers agree."""
    relation: Relation


def _cut(part: str, whole: str) -> tuple[int, int] | None:
    """The word range of ``whole`` (a key) that ``part`` is, word for word, or None."""
    p, w = f" {plain(part)} ", f" {plain(whole)} "
    at = w.find(p)
    if at < 0:
        return None
    start = w.count(" ", 0, at + 1) - 1
    return start, start + p.count(" ") - 1


def _keys(view: ClusterView, pair: _Pair) -> set[str]:
    return {view.units[pair.parent].key, view.units[pair.unit].key}


def _first(view: ClusterView, unit: int) -> int:
    """The unit's first quote in content order: whose text stands for the wording."""
    return view.units[unit].quotes[0]


def _agreeing(view: ClusterView, a: int, b: int) -> set[int]:
    """Quotes of units ``a`` and ``b`` that have a counterpart with a compatible speaker."""
    out: set[int] = set()
    for qa in view.units[a].quotes:
        for qb in view.units[b].quotes:
            if compatible(view.name(qa), view.name(qb)):
                out.update((qa, qb))
    return out


def _cut_short(view: ClusterView, pair: _Pair) -> _Pair | None:
    """``pair`` without the fragments whose own article also quotes the whole statement
    (a lede or headline echoing the body leaves nothing out), or None if none is left."""
    whole = {q for q in view.units[pair.parent].quotes if q in pair.quotes}
    complete = {view.quote(q).article for q in whole}
    short = {q for q in view.units[pair.unit].quotes if q in pair.quotes and view.quote(q).article not in complete}
    return pair._replace(quotes=short | whole) if short else None


def _whose(view: ClusterView, quotes: set[int], opening: bool = False) -> str:
    people = view.people(quotes)
    return f"{listing(people)}'s" if people else "The" if opening else "the"


def _side(view: ClusterView, unit: int, quotes: set[int]) -> str:
    return articles(view.quote(q).article for q in view.units[unit].quotes if q in quotes)


def _shown(ops: tuple[DiffOp, ...]) -> str:
    parts = []
    for op in ops:
        if op.op == "replace":
            parts.append(f"\u201c{op.old}\u201d \u2192 \u201c{op.new}\u201d")
        elif op.op == "delete":
            parts.append(f"\u201c{op.old}\u201d left out")
        elif op.op == "insert":
            parts.append(f"\u201c{op.new}\u201d added")
    more = len(parts) - MAX_SHOWN_CHANGES
    return "; ".join(parts[:MAX_SHOWN_CHANGES]) + (f"; and {more} more" if more > 0 else "")


def _changed(view: ClusterView, settings: Settings, pair: _Pair, change: Change) -> Finding:
    what = f" ({', '.join(change.reasons)} changed)" if change.reasons else ""
    message = (
        f"{_whose(view, pair.quotes, opening=True)} statement {snippet(view.quote(_first(view, pair.parent)).words)} "
        f"({_side(view, pair.parent, pair.quotes)}) is worded differently in {_side(view, pair.unit, pair.quotes)}: "
        f"{_shown(change.ops)}{what}."
    )
    return make(
        "wording-changed", settings, message=message, evidence=view.evidence(sorted(pair.quotes)),
        words=_keys(view, pair), parties=view.people(pair.quotes), severity="error" if change.reasons else "warning",
        score=pair.relation.score, scorer=pair.relation.scorer, diff=change.ops, cluster=view.id,
    )


def _truncated(view: ClusterView, settings: Settings, pair: _Pair, whole: list[Token], window: tuple[int, int]) -> Finding:
    start, end = window
    omitted = whole[:start] + whole[end:]
    held = kinds(omitted, "omission")
    ops = tuple(
        DiffOp(op, " ".join(t.text for t in ts), " ".join(t.text for t in ts) if op == "equal" else "")
        for op, ts in (("delete", whole[:start]), ("equal", whole[start:end]), ("delete", whole[end:]))
        if ts
    )
    left_out = " \u2026 ".join(" ".join(t.text for t in ts) for ts in (whole[:start], whole[end:]) if ts)
    why = f", which holds a {' and a '.join(sorted(held))}" if held else ""
    message = (
        f"{_side(view, pair.unit, pair.quotes)} quotes only part of {_whose(view, pair.quotes)} "
        f"statement {snippet(view.quote(_first(view, pair.parent)).words)} ({_side(view, pair.parent, pair.quotes)}), "
        f"leaving out {snippet(left_out)}{why}."
    )
    return make(
        "quote-truncated", settings, message=message, evidence=view.evidence(sorted(pair.quotes)),
        words=_keys(view, pair), parties=view.people(pair.quotes), severity="warning" if held else "info",
        score=pair.relation.score, scorer=pair.relation.scorer, diff=ops, cluster=view.id,
    )
