"""Speakers as written → who they are: a named person, an unnamed or collective source, or unknown.

"Mr. McConnell", "Senate Majority Leader Mitch McConnell, R-Ky." and "McConnell" are one
person: honorifics, titles and party-state tags are stripped, and names are compared by
surname and, when both give them, first names ("Hillary" and "Bill" Clinton differ).
"A senior official", "U.S. officials", "sources" and institutions ("the Kremlin") are
*groups*: they never conflict with a named person.  Pronouns and bare titles ("he", "the
president") are *unknown*: the extraction engine did not resolve them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Literal

import attrs
from rapidfuzz import fuzz

from quotecheck.findings.lexicon import (
    DETERMINERS,
    GROUP_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    PRONOUNS,
    QUALIFIER_WORDS,
    TITLE_WORDS,
)

SpeakerKind = Literal["person", "group", "unknown"]

_PARTY_TAG = re.compile(r"\s*[,(]?\s*\b[RDI]\s?-\s?[A-Z][A-Za-z.]*\)?|\s*\((?:[RDI]|Dem|Rep)\.?\)")
_ORG_WORDS = frozenset(
    {
        "times", "post", "news", "press", "journal", "agency", "council", "committee", "party",
        "ministry", "department", "office", "house", "center", "centre", "institute",
        "university", "network", "tv", "radio", "reuters", "associated", "bloomberg", "cnn",
        "bbc", "fox", "abc", "nbc", "cbs", "msnbc", "npr", "tass", "ria", "interfax", "kremlin",
        "pentagon", "corporation", "foundation", "group", "union", "administration",
        "government", "campaign", "today", "herald", "tribune", "magazine", "daily",
    }
)
_BEFORE_PLACE = frozenset({"of", "from", "in", "at", "to", "for", "with", "by", "on"})
_SIMILAR_SURNAME = 85.0


@attrs.frozen
class PersonName:
    """A person's name, reduced for comparison; ``display`` is the name as cleaned."""

    display: str
    surname: str
    given: tuple[str, ...] = ()
    suffix: str = ""

    @property
    def full(self) -> bool:
        """True when first names are known, not only the surname."""
        return bool(self.given)


@attrs.frozen
class Speaker:
    """Who a quote is attributed to, classified."""

    kind: SpeakerKind
    label: str
    """The speaker as written, tidied (for messages)."""
    name: PersonName | None = None


UNKNOWN = Speaker("unknown", "")


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in word if not unicodedata.combining(c) and c != ".")


def _plain_word(token: str) -> str:
    return _fold(token.strip(",;:()\"'\u201c\u201d\u2018\u2019"))


def _name_like(token: str) -> bool:
    if not token[:1].isupper() or token.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return False
    word = _plain_word(token)
    return bool(word) and not any(word in table for table in (TITLE_WORDS, HONORIFICS, DETERMINERS, QUALIFIER_WORDS))


def _runs(tokens: list[str]) -> list[tuple[int, int]]:
    """Maximal runs ``[start, end)`` of name-like tokens (particles allowed inside)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not _name_like(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            k = j
            while k < len(tokens) and _plain_word(tokens[k]) in NAME_PARTICLES:
                k += 1
            if k < len(tokens) and (_name_like(tokens[k]) or _plain_word(tokens[k]) in NAME_SUFFIXES):
                j = k + 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _name_from(tokens: list[str]) -> PersonName | None:
    words = [t.strip(",;:()\"'\u201c\u201d") for t in tokens]
    suffix = ""
    while words and _plain_word(words[-1]) in NAME_SUFFIXES:
        suffix = _plain_word(words.pop())
    if not words:
        return None
    folded = [_plain_word(w) for w in words]
    if any(f in _ORG_WORDS for f in folded):
        return None
    given = tuple(f for f in folded[:-1] if f not in NAME_PARTICLES)
    display = " ".join(words + ([suffix.capitalize() + "."] if suffix in ("jr", "sr") else [suffix.upper()] if suffix else []))
    return PersonName(display=display, surname=folded[-1], given=given, suffix=suffix)


def classify(speaker: str | None) -> Speaker:
    """What kind of source ``speaker`` (as written) is, with the person's name when named."""
    if not speaker or not speaker.strip():
        return UNKNOWN
    label = " ".join(_PARTY_TAG.sub("", speaker).split()).strip(" ,")
    parts = [p.split() for p in label.split(",") if p.strip()]
    if not parts:
        return UNKNOWN
    first = [_plain_word(t) for t in parts[0]]
    if len(parts) == 1 and len(first) == 1 and first[0] in PRONOUNS:
        return Speaker("unknown", label)
    if any(
        _name_like(tokens[k - 1]) and _name_like(tokens[k + 1])
        for tokens in parts
        for k in range(1, len(tokens) - 1)
        if tokens[k] == "and"
    ):
        return Speaker("group", label)
    ordered = sorted(parts, key=lambda p: _plain_word(p[0]) in DETERMINERS)
    for tokens in ordered:
        for start, end in reversed(_runs(tokens)):
            before = _plain_word(tokens[start - 1]) if start else ""
            if before in _BEFORE_PLACE or before in DETERMINERS:
                continue
            name = _name_from(tokens[start:end])
            if name is not None:
                return Speaker("person", label, name)
    if first[0] == "the" and all(t[:1].islower() for t in parts[0][1:]) and first[-1] not in GROUP_WORDS:
        return Speaker("unknown", label)
    if all(_plain_word(t) in TITLE_WORDS or _plain_word(t) in HONORIFICS for t in parts[0]):
        return Speaker("unknown", label)
    return Speaker("group", label)


def same_person(a: PersonName, b: PersonName) -> bool:
    """True when the two names can be the same person.

    Surnames must agree (allowing transliteration: "Zelensky" ~ "Zelenskyy"), suffixes
    too ("Jr."), and when both give first names, the first ones must agree or be an
    initial of each other.
    """
    if a.suffix != b.suffix:
        return False
    if a.surname != b.surname and not (
        min(len(a.surname), len(b.surname)) >= 5 and fuzz.ratio(a.surname, b.surname) >= _SIMILAR_SURNAME
    ):
        return False
    if not a.given or not b.given:
        return True
    x, y = a.given[0], b.given[0]
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def resolve(name: PersonName, known: Iterable[PersonName]) -> PersonName:
    """``name`` completed from ``known`` full names when exactly one of them fits.

    Used within one article, where "McConnell" means the "Mitch McConnell" named earlier.
    """
    if name.full:
        return name
    fits = {(k.surname, k.given, k.suffix): k for k in known if k.full and same_person(name, k)}
    return next(iter(fits.values())) if len(fits) == 1 else name


def person_ids(names: Iterable[PersonName]) -> dict[PersonName, str | None]:
    """A batch-wide id for each distinct name: names of one person share it.

    Full names that can be the same person are joined; a bare surname takes the id of the
    only person of that surname in the batch, or None when several fit.  Ids are built
    from the names themselves (the longest display), so they do not depend on order.
    """
    buckets: dict[tuple[str, str], list[PersonName]] = {}
    for n in set(names):
        buckets.setdefault((n.surname, n.suffix), []).append(n)
    out: dict[PersonName, str | None] = {}
    for bucket in buckets.values():
        full = sorted((n for n in bucket if n.full), key=lambda n: (n.given, n.display))
        groups: list[list[PersonName]] = []
        for n in full:
            for g in groups:
                if any(same_person(n, m) for m in g):
                    g.append(n)
                    break
            else:
                groups.append([n])
        for g in groups:
            gid = min(g, key=lambda n: (-len(n.display), n.display)).display
            for n in g:
                out[n] = gid
        for n in bucket:
            if not n.full:
                out[n] = (
                    min(groups[0], key=lambda m: (-len(m.display), m.display)).display
                    if len(groups) == 1
                    else None if groups else n.display
                )
    return out
