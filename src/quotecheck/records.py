"""The frozen records that flow through quotecheck: articles in, quotes out.

Every stage is a pure function over these records, so they are immutable (attrs
``frozen`` with slots) and validated on construction: a span whose ``start`` lies after
its ``end`` can never exist.  Serialisation to JSON lives in :mod:`quotecheck.serialize`,
not here.
"""

from __future__ import annotations

import bisect
from typing import Literal

import attrs

QuoteKind = Literal["direct", "partial", "indirect", "scare"]
QUOTE_KINDS: tuple[str, ...] = ("direct", "partial", "indirect", "scare")


def _check_order(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    start = getattr(instance, "start")
    if value < start:
        raise ValueError(f"{type(instance).__name__}: end {value} is before start {start}")
    if start < 0:
        raise ValueError(f"{type(instance).__name__}: start {start} is negative")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into an article's text."""

    start: int
    end: int = attrs.field(validator=_check_order)

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two ranges share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen(order=True)
class Mention:
    """A span together with the words it covers (``article.text[start:end] == text``)."""

    text: str
    start: int
    end: int = attrs.field(validator=_check_order)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@attrs.frozen
class Anchor:
    """Ties an offset in an article's extracted text to a place in its source file.

    Readers whose text is not a verbatim slice of the file (HTML, JSON) record one anchor
    per text run, so a quote can be reported at ``file:line:col`` and, for HTML, inside
    which element it sits.
    """

    offset: int
    line: int
    column: int
    element: str | None = None


@attrs.frozen
class Location:
    """Where a quote sits in the file the user gave: 1-based line and column."""

    path: str
    line: int
    column: int
    element: str | None = None


@attrs.frozen
class Origin:
    """Where an article came from, and how to map its text offsets back to the file.

    With no anchors the text is taken to be verbatim in the file from ``line``/``column``
    on (plain text, Markdown body); with anchors, each anchor maps a run of text.
    """

    path: str
    line: int = 1
    column: int = 1
    anchors: tuple[Anchor, ...] = ()
    verbatim: bool = True

    def locate(self, text: str, offset: int, starts: list[int] | None = None) -> Location:
        """Map an offset in ``text`` (the article text) to a file location.

        ``starts`` is ``line_starts(text)``; pass it when locating many offsets in one
        text, so each look-up is a bisection instead of a scan.
        """
        offset = max(0, min(offset, len(text)))
        if self.anchors:
            i = max(0, bisect.bisect_right(self.anchors, offset, key=lambda a: a.offset) - 1)
            anchor = self.anchors[i]
            if not self.verbatim:
                return Location(self.path, anchor.line, anchor.column, anchor.element)
            base_line, base_col, base_off = anchor.line, anchor.column, anchor.offset
            element = anchor.element
        else:
            base_line, base_col, base_off, element = self.line, self.column, 0, None
        if starts is None:
            starts = line_starts(text)
        base_index = bisect.bisect_right(starts, base_off) - 1
        index = bisect.bisect_right(starts, offset) - 1
        if index > base_index:
            return Location(self.path, base_line + index - base_index, offset - starts[index] + 1, element)
        return Location(self.path, base_line, base_col + offset - base_off, element)


@attrs.frozen
class Article:
    """One news article: its text and whatever metadata the reader could find.

    ``published`` is an ISO-8601 date (``YYYY-MM-DD``) when known; it lets the checks
    tell "former President" from "President" in the right period.
    """

    id: str
    text: str = attrs.field(repr=lambda t: f"<{len(t)} chars>")
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    origin: Origin | None = None
    ignore: tuple[tuple[Span, tuple[str, ...]], ...] = ()
    """Inline suppressions: spans of text whose quotes should not raise the given codes
    (an empty code tuple silences every code)."""


@attrs.frozen
class Quote:
    """One attributed statement found in an article.

    ``text`` is ``article.text[start:end]`` (marks excluded). A statement split by its
    attribution (``"A," he said, "B."``) or continued across paragraphs is one quote whose
    pieces are ``fragments``; ``words`` joins them for matching across articles.
    """

    article: str
    text: str
    start: int
    end: int = attrs.field(validator=_check_order)
    fragments: tuple[Mention, ...] = ()
    kind: QuoteKind = "direct"
    speaker: str | None = None
    speaker_mention: Mention | None = None
    role: str | None = None
    cue: Mention | None = None
    outlet: str | None = None
    via: str | None = None
    platform: str | None = None
    audience: str | None = None
    """To whom it was said, as written ("reporters", "his Security Council")."""
    occasion: str | None = None
    """Where or at what it was said ("at an Atlantic Council event", "in his nightly address")."""
    sentence: Span = Span(0, 0)
    paragraph: int = 0
    dates: tuple[str, ...] = ()
    """Dates stated in the quote's paragraph, as ISO dates where they could be resolved."""
    location: Location | None = None

    @property
    def words(self) -> str:
        """The quoted words alone: the fragments joined by a space."""
        if len(self.fragments) <= 1:
            return self.text
        return " ".join(f.text for f in self.fragments)


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` begins (for offset → line look-ups)."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


@attrs.frozen
class PersonMention:
    """A person named in an article, with the title or role the article gives them there.

    ``name`` is the canonical full name as the article establishes it ("Donald Trump"
    for "President Trump"); ``role`` is the title as written ("former President").
    Title checks across articles are built on these, since a titled person need not be
    quoted at all.
    """

    article: str
    name: str
    role: str | None
    text: str
    start: int
    end: int = attrs.field(validator=_check_order)
    location: Location | None = None


@attrs.frozen
class Analysis:
    """Everything extraction learns from one article: its quotes and its titled people."""

    article: str
    quotes: tuple[Quote, ...]
    people: tuple[PersonMention, ...] = ()
    published: str | None = None
    outlet: str | None = None


@attrs.frozen
class Evidence:
    """One article's side of a finding: the quote as that article has it."""

    article: str
    start: int
    end: int = attrs.field(validator=_check_order)
    text: str = ""
    """The quoted words as this article gives them (fragments joined)."""
    speaker: str | None = None
    role: str | None = None
    outlet: str | None = None
    via: str | None = None
    cue: str | None = None
    audience: str | None = None
    published: str | None = None
    location: Location | None = None


@attrs.frozen
class DiffOp:
    """One step of a word-level diff: ``equal``, ``replace``, ``delete`` or ``insert``."""

    op: str
    old: str
    new: str


@attrs.frozen
class Finding:
    """One inconsistency, explained with evidence from every article involved.

    ``id`` is derived from the finding's content (code, normalised words, the people and
    outlets involved), never from file order or offsets, so a baseline keyed on it
    survives edits elsewhere in an article.
    """

    id: str
    code: str
    severity: str
    message: str
    evidence: tuple[Evidence, ...]
    score: float | None = None
    scorer: str | None = None
    diff: tuple[DiffOp, ...] = ()
    cluster: str | None = None


@attrs.frozen
class Cluster:
    """Every occurrence of one statement found in the batch."""

    id: str
    quotes: tuple[Quote, ...]
    canonical: str
    """The longest (most complete) wording in the cluster."""


@attrs.frozen
class Report:
    """What ``cross_check`` returns: the clusters it built and the findings it raised."""

    findings: tuple[Finding, ...]
    clusters: tuple[Cluster, ...]
    articles: int = 0
    quotes: int = 0
