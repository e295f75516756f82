"""Quote wording → comparable words: what "the same words" means across articles.

Differences a reader would not call a change of wording vanish here: casing, punctuation,
curly versus straight quote marks and apostrophes, dashes and hyphens, runs of whitespace.
An ellipsis ("…", "..." or ". . .") — and an editorial insertion in square brackets,
"he [Trump] is" — is kept as a marker token, :data:`ELLIPSIS`, so that an edit the
article marks can be told from one it does not.

Two levels, as in usaddress: :func:`key` is the fast, casefolded form used for matching
(one string per wording; :func:`words`, :func:`plain` and :func:`segments` read it);
:func:`tokens` keeps each word as written (its case, and whether it opens a sentence) to
explain a change.  Both split the same way, so ``[t.word for t in tokens(s)] ==
words(key(s))``.
"""

from __future__ import annotations

import re

import attrs

ELLIPSIS = "\u2026"
"""The marker token an ellipsis becomes."""

_DOTS = re.compile(r"\.(?:\s?\.){2,}")
_BRACKETS = re.compile(r"\[[^\[\]\n]{0,80}\]")
_APOSTROPHES = "'\u2019\u2018\u02bc\u0060\u00b4\u2032"
_DELETE = _APOSTROPHES + ".,"
_SPACE = (
    '!"#$%&()*+/:;<=>?@[\\]^_{|}~'
    "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d"  # double and angle marks
    "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b"  # hyphens, dashes, minus
    "\u00a0\u2009\u200a\u202f\u2007\u3000"  # unusual spaces
)
_TABLE = str.maketrans({**{c: None for c in _DELETE}, **{c: " " for c in _SPACE}, ELLIPSIS: f" {ELLIPSIS} "})
_SPLIT_TABLE = str.maketrans({**{c: " " for c in _SPACE}, ELLIPSIS: f" {ELLIPSIS} "})
"""Splits words as :data:`_TABLE` does but deletes nothing: words as written, for display."""
_EDGE_MARKS = _APOSTROPHES + ","
_OPENING_MARKS = "\"'\u201c\u2018\u00ab"
_ABBREVIATIONS = frozenset({"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "st.", "jr.", "sr.", "lt.", "col."})


def _marks(text: str) -> str:
    """Ellipses of every style, and editorial insertions in square brackets ("he [Trump]
    said"), as one ellipsis character: both mark where an article edited the words."""
    if ".." in text or ". ." in text:
        text = _DOTS.sub(ELLIPSIS, text)
    if "[" in text:
        text = _BRACKETS.sub(f" {ELLIPSIS} ", text)
    return text


def _prepare(text: str) -> str:
    return _marks(text).translate(_TABLE)


def key(text: str) -> str:
    """The casefolded words of ``text`` joined by single spaces, ellipses kept as markers.

    Equal keys mean the same words, marked the same way: the identity of a wording.
    """
    return " ".join(_prepare(text).casefold().split())


def words(key_: str) -> list[str]:
    """The matching words of a :func:`key`, ellipsis markers dropped."""
    out = key_.split()
    if ELLIPSIS in key_:
        out = [w for w in out if w != ELLIPSIS]
    return out


def plain(key_: str) -> str:
    """A :func:`key` without its ellipsis markers: the string fuzzy scorers compare."""
    return " ".join(words(key_)) if ELLIPSIS in key_ else key_


def segments(key_: str) -> list[str]:
    """The runs of words a :func:`key` actually quotes, split at each ellipsis marker."""
    return [run.strip() for run in key_.split(ELLIPSIS) if run.strip()]


@attrs.frozen
class Token:
    """One word as written: ``text`` keeps its case; ``word`` is the matching form."""

    text: str
    word: str
    sentence_start: bool


def tokens(text: str, keep_ellipsis: bool = False) -> list[Token]:
    """The words of ``text`` as written, aligned one-to-one with :func:`words`.

    ``sentence_start`` marks a word that opens a sentence, so a capital there is not
    taken for a name when a change is classified.  With ``keep_ellipsis`` the ellipsis
    markers stay in, as tokens of their own (aligned with the :func:`key` instead).
    """
    text = _marks(text)
    out: list[Token] = []
    starts = True
    for chunk in text.split():
        starts = starts or chunk[0] in _OPENING_MARKS
        for piece in chunk.translate(_SPLIT_TABLE).split():
            word = piece.translate(_TABLE).casefold().strip()
            if not word or (word == ELLIPSIS and not keep_ellipsis):
                continue
            out.append(Token(piece.strip(_EDGE_MARKS) or piece, word, starts))
            starts = False
        starts = _ends_sentence(chunk)
    return out


def _ends_sentence(chunk: str) -> bool:
    """True when the whitespace-delimited ``chunk`` closes a sentence ("U.S." and "Mr." do not)."""
    stripped = chunk.rstrip("\"'\u201d\u2019)]")
    if stripped[-1:] in "!?":
        return True
    if stripped[-1:] != "." or stripped.endswith(".."):
        return False
    return "." not in stripped[:-1] and stripped.casefold() not in _ABBREVIATIONS
