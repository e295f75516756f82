"""Speakers as written → who they are: a named person, an unnamed or collective source, or unknown.

"Mr. McConnell", "Senate Majority Leader Mitch McConnell, R-Ky." and "McConnell" are one
person: honorifics, titles and party-state tags are stripped, and names are compared by
surname and, when both give them, first names ("Hillary" and "Bill" Clinton differ).
"A senior official", "U.S. officials", "sources" and institutions ("the Kremlin") are
*groups*: they never conflict with a named person.  Pronouns, bare titles and other
descriptions ("he", "the president", "the Republican candidate"), two people together
("Witkoff and Kushner") and words that are no name ("Tuesday", "Just") are *unknown*:
the extraction engine did not resolve them to one person.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

import attrs
from rapidfuzz import fuzz

from quotecheck.lexicon import NON_NAME_WORDS
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

_PARTY_TAG = re.compile(r"[,(]? ?\b[RDI] ?- ?[A-Z][A-Za-z.]*\)?|\((?:[RDI]|Dem|Rep)\.?\)")
"""Party-state tags ("R-Ky.", "(D)"), matched in a speaker with its whitespace collapsed,
so the pattern never scans a run of spaces (linear on any input)."""
_ORG_HEADS = frozenset(
    {
        "times", "post", "news", "press", "journal", "agency", "council", "committee", "party",
        "ministry", "department", "office", "center", "centre", "institute",
        "university", "network", "tv", "radio", "corporation", "foundation", "group", "union",
        "administration", "government", "campaign", "herald", "tribune", "magazine", "daily",
        "today", "agencies", "media", "service", "partnership", "alliance", "coalition",
        "association", "commission", "institution", "program", "plan", "act", "bill",
    }
)
"""Last words that make a capitalised run an institution ("Fox News", "White House")."""
_ORG_NAMES = frozenset(
    {
        "reuters", "cnn", "bbc", "abc", "nbc", "cbs", "msnbc", "npr", "tass", "ria", "interfax",
        "kremlin", "pentagon", "politico", "axios", "breitbart", "huffpost",
    }
)
"""Institutions and outlets named by one word that is not also a surname ("Fox", "Bloomberg" are)."""
_BEFORE_PLACE = frozenset({"of", "from", "in", "at", "to", "for", "with", "by", "on"})
_SIMILAR_SURNAME = 85.0
_MONTH_SURNAMES = frozenset({"march", "april", "may", "june", "august"})
"""Months that are also surnames ("Theresa May"): a name after a given name, not a date."""


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
    """Casefolded, accents and periods removed: "Zelenskyy" ~ "ZELENSKYY", "Müller" ~ "Muller"."""
    if word.isascii():
        return word.lower().replace(".", "")
    word = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in word if not unicodedata.combining(c) and c != ".")


@lru_cache(maxsize=1 << 17)
def _plain_word(token: str) -> str:
    return _fold(token.strip(",;:()\"'\u201c\u201d\u2018\u2019"))


@lru_cache(maxsize=1 << 17)
def _name_like(token: str) -> bool:
    if not token[:1].isupper() or token.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return False
    word = _plain_word(token)
    return bool(word) and not any(word in table for table in (TITLE_WORDS, HONORIFICS, DETERMINERS, NON_NAME_WORDS))


def _runs(tokens: list[str]) -> list[tuple[int, int]]:
    """Maximal runs ``[start, end)`` of name-like tokens (particles allowed inside).

    A title word or a month at the very end, after a name or an honorific, is a surname
    that happens to be one ("Gregory Prince", "Mr. House", "Theresa May"); titles come
    before names.
    """

    def fits(k: int, run_start: int) -> bool:
        if _name_like(tokens[k]):
            return True
        word = _plain_word(tokens[k])
        last = k == len(tokens) - 1 and tokens[k][:1].isupper() and (
            word in TITLE_WORDS or word in _MONTH_SURNAMES
        )
        after_honorific = k > 0 and _plain_word(tokens[k - 1]) in HONORIFICS
        return last and (k > run_start or after_honorific)

    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not fits(i, i):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            k = j
            while k < len(tokens) and _plain_word(tokens[k]) in NAME_PARTICLES:
                k += 1
            if k < len(tokens) and (fits(k, i) or _plain_word(tokens[k]) in NAME_SUFFIXES):
                j = k + 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _name_from(tokens: list[str], honored: bool = False) -> PersonName | None:
    """The name in a run of capitalised tokens, or None when the run names no person.

    Nationality words open a title, not a name ("Russian", "U.S."), and institutions end
    in an organisation word ("Fox News") or are one well-known word ("Reuters") — unless
    an honorific says a person follows ("Mr. French").
    """
    words = [t.strip(",;:()\"'\u201c\u201d") for t in tokens]
    suffix = ""
    while words and _plain_word(words[-1]) in NAME_SUFFIXES:
        suffix = _plain_word(words.pop())
    if not honored:
        while words and _plain_word(words[0]) in QUALIFIER_WORDS:
            words.pop(0)
    if not words:
        return None
    folded = [_plain_word(w) for w in words]
    if not honored and (
        folded[-1] in _ORG_HEADS
        or (len(folded) == 1 and (folded[0] in _ORG_NAMES or folded[0] in TITLE_WORDS))
    ):
        return None
    given = tuple(f for f in folded[:-1] if f not in NAME_PARTICLES)
    display = " ".join(words + ([suffix.capitalize() + "."] if suffix in ("jr", "sr") else [suffix.upper()] if suffix else []))
    return PersonName(display=display, surname=folded[-1], given=given, suffix=suffix)


def classify(speaker: str | None) -> Speaker:
    """What kind of source ``speaker`` (as written) is, with the person's name when named."""
    if not speaker or not speaker.strip():
        return UNKNOWN
    label = " ".join(_PARTY_TAG.sub("", " ".join(speaker.split())).split()).strip(" ,")
    parts = [p.split() for p in label.split(",") if p.strip()]
    if not parts:
        return UNKNOWN
    first = [_plain_word(t) for t in parts[0]]
    if parts[0][0].casefold() in PRONOUNS or not any(c.isalpha() for c in label):
        return Speaker("unknown", label)
    if any(
        _name_like(tokens[k - 1]) and _name_like(tokens[k + 1])
        for tokens in parts
        for k in range(1, len(tokens) - 1)
        if tokens[k] == "and"
    ):
        return Speaker("unknown", label)  # "Witkoff and Kushner": named, but not one person
    if len(parts) == 1 and len(first) == 1 and first[0] in GROUP_WORDS and first[0].endswith("s"):
        return Speaker("group", label)  # "Sources", "Officials" opening a sentence: no one's name
    ordered = sorted(parts, key=lambda p: _plain_word(p[0]) in DETERMINERS)
    for tokens in ordered:
        for start, end in reversed(_runs(tokens)):
            before = _plain_word(tokens[start - 1]) if start else ""
            if before in _BEFORE_PLACE or before in DETERMINERS:
                continue
            name = _name_from(tokens[start:end], honored=before in HONORIFICS)
            if name is not None:
                return Speaker("person", label, name)
    if first[-1] in GROUP_WORDS and (len(first) > 1 or label[:1].islower()):
        return Speaker("group", label)  # "a senior official", "sources" — but "House" alone is someone's name
    return Speaker("unknown", label)  # "the Republican candidate", "drone attacks": no one the check can use


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


def by_known_surname(speaker: Speaker, known: Iterable[PersonName]) -> Speaker:
    """``speaker`` as the one person in ``known`` whose surname it is, when it is unknown only
    because its one word is also a title, month or common word ("Mr. May", "House", "Pope"
    where the article names Theresa May, Jane House or Jim Pope).

    Used within one article, like :func:`resolve`; with no such person, or several, the
    speaker stays unknown.
    """
    if speaker.kind != "unknown" or speaker.name is not None:
        return speaker
    tokens = speaker.label.split()
    if len(tokens) == 2 and _plain_word(tokens[0]) in HONORIFICS:
        tokens = tokens[1:]
    surname = _plain_word(tokens[0]) if len(tokens) == 1 and tokens[0][:1].isupper() else ""
    if not surname or surname in PRONOUNS:
        return speaker
    fits = {(k.surname, k.given, k.suffix): k for k in known if k.full and k.surname == surname}
    return Speaker("person", speaker.label, next(iter(fits.values()))) if len(fits) == 1 else speaker


def person_ids(names: Iterable[PersonName]) -> dict[PersonName, str | None]:
    """A batch-wide id for each distinct name: names of one person share it.

    Full names with the same surname, suffix and first name are one person, and a first
    initial joins the only first name it fits; a bare surname takes the id of the only
    person of that surname in the batch, or None when several fit.  Ids are built from
    the names themselves (the longest display), so they do not depend on order.
    """
    buckets: dict[tuple[str, str], list[PersonName]] = {}
    for n in set(names):
        buckets.setdefault((n.surname, n.suffix), []).append(n)
    out: dict[PersonName, str | None] = {}
    for bucket in buckets.values():
        by_first: dict[str, list[PersonName]] = {}
        for n in bucket:
            if n.full and len(n.given[0]) > 1:
                by_first.setdefault(n.given[0], []).append(n)
        for n in bucket:
            if n.full and len(n.given[0]) == 1:
                fits = [first for first in by_first if first.startswith(n.given[0])]
                by_first.setdefault(fits[0] if len(fits) == 1 else n.given[0], []).append(n)
        ids = {first: _longest(group) for first, group in by_first.items()}
        for first, group in by_first.items():
            for n in group:
                out[n] = ids[first]
        for n in bucket:
            if not n.full:
                out[n] = next(iter(ids.values())) if len(ids) == 1 else None if ids else n.display
    return out


def _longest(names: list[PersonName]) -> str:
    return min(names, key=lambda n: (-len(n.display), n.display)).display
