"""Outlets and platforms: which news organisation a quote is credited to, and through what.

The alias table comes from :mod:`quotecheck.lexicon` plus ``settings.extract.outlets``;
it is compiled once into a single alternation (longest alias first) so finding every
outlet mention in an article is one linear scan.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

import attrs
import regex

from quotecheck.lexicon import OUTLET_SHORT_FORMS, OUTLETS, PLATFORMS
from quotecheck.quotes.patterns import trie_pattern


@attrs.frozen
class OutletMention:
    """An outlet named in the text: canonical name and where."""

    name: str
    start: int
    end: int


@attrs.frozen(eq=False)
class OutletTable:
    """Compiled outlet and platform matchers."""

    pattern: re.Pattern[str]
    """Every alias where no letter or digit comes before it."""
    canonical: dict[str, str]
    platforms: re.Pattern[str]
    platform_names: dict[str, str]
    candidates: re.Pattern[str]
    """``pattern`` without its look-behind: a pattern that opens with a literal trie lets the
    engine skip straight to the aliases' first letters (about 3x faster than testing the
    look-behind at every position); :meth:`find` checks the character before instead."""

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[OutletMention]:
        """Every outlet alias in ``text[start:end]``, as canonical names.

        The same matches as ``pattern.finditer``: a candidate with a letter or digit
        before it is passed over and the search resumes one character on, as the
        look-behind would have done.
        """
        end = len(text) if end is None else end
        out = []
        search = self.candidates.search
        pos = start
        while (m := search(text, pos, end)) is not None:
            s, e = m.span()
            if s > 0 and text[s - 1].isalnum():  # ``[^\W_]``: a letter or digit
                pos = s + 1
                continue
            pos = e
            alias = m.group()
            if " " not in alias and _inside_name(text, s, e):
                continue  # "Michael Bloomberg", "Fox Networks Group": part of another name
            out.append(OutletMention(self.canonical[alias], s, e))
        return out

    def platform_at(self, text: str, pos: int, end: int) -> tuple[str, int, int] | None:
        """The platform named at ``pos`` ("X", "Telegram"…), if any."""
        m = self.platforms.match(text, pos, end)
        if not m:
            return None
        return self.platform_names[m.group()], m.start(), m.end()


@attrs.frozen(eq=False)
class ArticleOutlets:
    """Every outlet named in one article, found once, for look-ups by span."""

    mentions: tuple[OutletMention, ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, table: OutletTable, text: str) -> ArticleOutlets:
        mentions = tuple(table.find(text))
        return cls(mentions, tuple(m.start for m in mentions))

    def between(self, start: int, end: int) -> list[OutletMention]:
        """The outlets lying wholly inside ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out


@lru_cache(maxsize=16)
def outlet_table(extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> OutletTable:
    """The outlet matcher for the built-in table extended by ``extra`` (canonical → aliases)."""
    canonical: dict[str, str] = {}
    for name, aliases in (*OUTLETS.items(), *extra):
        for alias in (name, *aliases):
            canonical.setdefault(alias, name)
    for short, targets in OUTLET_SHORT_FORMS.items():
        canonical.setdefault(short, "?" + "|".join(targets))
    pattern = _alternation(canonical)
    platform_names = {alias: name for name, aliases in PLATFORMS.items() for alias in (name, *aliases)}
    candidates = re.compile(pattern.pattern.removeprefix(_NOT_AFTER_WORD))
    return OutletTable(pattern, canonical, _alternation(platform_names), platform_names, candidates)


_NAME_BEFORE = regex.compile(r"(?r)\p{Lu}[\p{Ll}’'\-]++[ \t\u00a0]++$")
_NAME_AFTER = regex.compile(r"[ \t\u00a0]++\p{Lu}\p{Ll}")
_NOT_NAMES = frozenset({"The", "According", "Told", "On", "In", "As", "At", "By", "Via", "From", "Said", "Says", "Per"})


def _inside_name(text: str, start: int, end: int) -> bool:
    """True when a one-word alias sits inside a longer capitalised name."""
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group().split()[0] not in _NOT_NAMES:
        return True
    return _NAME_AFTER.match(text, end, min(len(text), end + 40)) is not None


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    # The standard library's engine scans a literal trie about twice as fast as ``regex``;
    # [^\W_] is a letter or digit, as \p{L}|\p{N} would be.
    body = trie_pattern(words)
    return re.compile(rf"{_NOT_AFTER_WORD}(?:{body})(?![^\W_]|[’']s\b(?=\s+[^\W\d_A-Z])|-)")


_NOT_AFTER_WORD = r"(?<![^\W_])"


def resolve_short(name: str, seen: Iterable[str]) -> str | None:
    """Resolve a short form ("?A|B" from the table) to a full outlet named earlier, else None."""
    if not name.startswith("?"):
        return name
    options = name[1:].split("|")
    last = None
    for s in seen:
        if s in options:
            last = s
    return last
