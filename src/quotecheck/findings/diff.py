"""Two wordings → a word-level diff, and whether the change alters what was said.

The diff is ``difflib.SequenceMatcher`` over the matching words of
:mod:`quotecheck.clusters.normalize`, reported with the words as written.  A change
*matters* (the finding is an error) when a changed word is a negation, a number, a name
(a capitalised word that does not open a sentence), a modal ("could" → "will") or a
qualifier ("unless", "only", "might"); other substitutions, additions and removals are
still a change of wording.  Three kinds of difference are not changes at all: a word
spelled another way ("Zelensky" / "Zelenskyy", "realise" / "realize"), a contraction
spelled out ("We've" / "We have", "can't" / "cannot") and words left out where the
quote marks the cut with an ellipsis (or an editor's insertion in square brackets).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

import attrs
from rapidfuzz import fuzz

from quotecheck.clusters.normalize import ELLIPSIS, Token, tokens
from quotecheck.findings.lexicon import (
    CONDITIONS,
    CONTRACTED_STEMS,
    CONTRACTION_SUFFIXES,
    FUNCTION_WORDS,
    MODALS,
    NEGATIONS,
    NUMBER_WORDS,
    QUALIFIERS,
)
from quotecheck.records import DiffOp

SPELLING_SIMILARITY = 85.0
"""Two single words at least this similar (``fuzz.ratio``) are one word spelled two ways."""

_NOT_NAMES = FUNCTION_WORDS | NEGATIONS | MODALS | QUALIFIERS | CONDITIONS | {"i", "im", "ive", "ill", "id"}
"""Words that, capitalised inside a quote, open a sentence its punctuation lost."""


@attrs.frozen
class Change:
    """A word diff and what its changed words are."""

    ops: tuple[DiffOp, ...]
    reasons: tuple[str, ...]
    """Sorted kinds of meaning-bearing words changed: name, negation, modal, number, qualifier."""
    changed: bool
    """False when every difference is a spelling variant or a cut marked with an ellipsis."""


def kinds(toks: Iterable[Token], vocabulary: str = "wording") -> set[str]:
    """The kinds of meaning-bearing words among ``toks``.

    ``vocabulary="wording"`` checks every kind; ``"omission"`` only negations and the
    conditions and hedges (:data:`~quotecheck.findings.lexicon.CONDITIONS`) that a cut
    can drop from a statement.
    """
    found = set()
    for t in toks:
        w = t.word
        if w in NEGATIONS:
            found.add("negation")
        if vocabulary == "omission":
            if w in CONDITIONS:
                found.add("qualifier")
            continue
        if w in QUALIFIERS:
            found.add("qualifier")
        if w in MODALS:
            found.add("modal")
        if w in NUMBER_WORDS or any(c.isdigit() for c in w):
            found.add("number")
        if t.text[:1].isupper() and not t.sentence_start and w not in _NOT_NAMES:
            found.add("name")
    return found


def _expansions(toks: Sequence[Token]) -> set[tuple[str, ...]]:
    """Every reading of ``toks`` with contractions spelled out ("We've" → "we have";
    "it's" → "it is" or "it has"; "cannot" → "can not")."""
    readings: list[tuple[str, ...]] = [()]
    for t in toks:
        text = t.text.casefold().replace("\u2019", "'").strip(".,;:!?\"'")
        options: tuple[tuple[str, ...], ...] = ((t.word,),)
        if text == "cannot":
            options = (("can", "not"),)
        for suffix, meanings in CONTRACTION_SUFFIXES.items():
            if text.endswith(suffix) and len(text) > len(suffix):
                stem = text[: -len(suffix)]
                stem = CONTRACTED_STEMS.get(stem, stem) if suffix == "n't" else stem
                options = tuple((stem, m) for m in meanings) + (((t.word,),) if suffix == "'s" else ())
                break
        readings = [r + o for r in readings for o in options][:64]
    return set(readings)


def _same_words(old: Sequence[Token], new: Sequence[Token]) -> bool:
    """True when ``old`` and ``new`` differ only by contraction ("We have" / "We've")."""
    return bool(_expansions(old) & _expansions(new))


def _spelling(old: Sequence[Token], new: Sequence[Token]) -> bool:
    if _same_words(old, new):
        return True
    if len(old) != 1 or len(new) != 1:
        return False
    a, b = old[0], new[0]
    if kinds([a]) - {"name"} or kinds([b]) - {"name"}:
        return False
    return fuzz.ratio(a.word, b.word) >= SPELLING_SIMILARITY


def compare(old: str, new: str) -> Change:
    """The word diff from text ``old`` to text ``new`` and what it changes."""
    return compare_tokens(tokens(old, keep_ellipsis=True), tokens(new, keep_ellipsis=True))


def compare_tokens(old: Sequence[Token], new: Sequence[Token], trim_edges: bool = False) -> Change:
    """:func:`compare` on already tokenised wordings (ellipsis markers kept as tokens).

    With ``trim_edges``, words of ``old`` before the first and after the last word the two
    share are dropped: ``old`` is a stretch of a longer wording around a fragment, and its
    surplus at the edges is what the fragment leaves out, not a change.
    """
    matcher = SequenceMatcher(None, [t.word for t in old], [t.word for t in new], autojunk=False)
    opcodes = matcher.get_opcodes()
    if trim_edges:
        while opcodes and opcodes[0][0] == "delete":
            opcodes = opcodes[1:]
        while opcodes and opcodes[-1][0] == "delete":
            opcodes = opcodes[:-1]
    ops = []
    reasons: set[str] = set()
    changed = False
    for tag, i1, i2, j1, j2 in opcodes:
        a, b = old[i1:i2], new[j1:j2]
        ops.append(DiffOp(tag, " ".join(t.text for t in a), " ".join(t.text for t in b)))
        if tag == "equal":
            continue
        a = [t for t in a if t.word != ELLIPSIS]
        b = [t for t in b if t.word != ELLIPSIS]
        marked = any(t.word == ELLIPSIS for t in (*old[i1:i2], *new[j1:j2]))
        if (marked and not (a and b)) or not (a or b) or _spelling(a, b):
            continue
        changed = True
        reasons |= kinds([*a, *b])
    return Change(tuple(ops), tuple(sorted(reasons)), changed)
