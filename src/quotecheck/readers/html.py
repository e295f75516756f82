"""HTML articles: the visible text, one paragraph per line, with anchors back to the source.

Text comes from the standard library's ``html.parser``, so tag soup is tolerated (unclosed
tags, stray end tags, truncated documents) without a new dependency.  Script, style and
head content and comments are dropped; block elements become paragraph breaks; entities
are decoded and whitespace collapsed as a browser shows it.  Each run of text that is a
verbatim slice of the source gets an :class:`~quotecheck.records.Anchor` (its line, column
and the path of its block element, e.g. ``html/body/article/p[3]``), so every offset maps
back to the exact file position and the element the quote sits in.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser

import attrs

from quotecheck.config import Settings
from quotecheck.readers.decode import check_article, iso_date
from quotecheck.readers.errors import InputError
from quotecheck.readers.sources import Source
from quotecheck.readers.suppress import parse_marker, unknown_codes
from quotecheck.records import Anchor, Article, Origin, Span, line_starts

BLOCKS = frozenset(
    "address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main nav ol p pre section "
    "summary table tbody tfoot thead tr ul".split()
)
"""Elements whose start and end break the text into paragraphs."""
CELLS = frozenset({"td", "th"})
"""Elements separated from their neighbours by a space, not a paragraph break."""
DROPPED = frozenset({"head", "title", "script", "style", "noscript", "template", "svg"})
"""Elements whose content is never article text."""
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
HEAD_CONTENT = frozenset({"title", "meta", "link", "style", "script", "base", "noscript", "template"})
MAX_DEPTH = 512
"""Deeper elements are not tracked (as in browsers), which bounds the element paths."""

_P_CLOSERS = BLOCKS - {"br", "body", "html", "li", "dd", "dt", "tr", "caption", "tbody", "tfoot", "thead"}
_BUTTON_SCOPE = frozenset({"html", "table", "td", "th", "caption", "template", "button", "object"})
_IMPLIED_END: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "tr": (frozenset({"tr"}), frozenset({"table", "tbody", "thead", "tfoot"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
}
"""Start tag → (open elements it closes, elements that stop the search), after HTML's rules."""
_META = {"article:published_time": "published", "og:site_name": "outlet", "og:url": "url"}
_WORDS = re.compile(r"[^ \t\n\f\r]+(?: [^ \t\n\f\r]+)*")
"""A stretch shown as written: no whitespace but single spaces."""
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
"""The character references ``html.unescape`` decodes (its own pattern)."""
_TAG_START = re.compile(r"<[A-Za-z/!]")


@attrs.frozen
class HtmlText:
    """What :func:`extract` finds in a document: text, anchors, metadata, suppressions."""

    text: str
    anchors: tuple[Anchor, ...] = ()
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    ignore: tuple[tuple[Span, tuple[str, ...]], ...] = ()
    markers: tuple[tuple[tuple[str, ...], int, int], ...] = ()
    """Each suppression comment's codes with its line and column in the source."""
    stopped: tuple[int, int] | None = None
    """Where the parser gave up on malformed markup, if it did: nothing after it was read."""


@attrs.define
class _Open:
    """An element the parser is inside."""

    tag: str
    path: str
    block: str | None
    """Path of the nearest block element (itself or an ancestor): where its text sits."""
    dropped: bool
    capture: str | None
    """``"title"`` or ``"h1"`` while inside the first one of those."""
    children: Counter[str] = attrs.field(factory=Counter)


class _Extractor(HTMLParser):
    """Builds the article text from parser events; one instance reads one document."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.markup = markup
        self.starts = line_starts(markup)
        self.stack: list[_Open] = []
        self.open_tags: Counter[str] = Counter()
        self.top_children: Counter[str] = Counter()
        self.parts: list[str] = []
        self.size = 0
        self.anchors: list[Anchor] = []
        self.next_at: tuple[int, str | None] | None = None
        """(source index, element) of the character that would continue the last run."""
        self.para_start: int | None = None
        self.pending_break = False
        self.pending_space: int | None = None
        self.marks_here: list[tuple[str, ...]] = []
        self.marks_next: list[tuple[str, ...]] = []
        self.ignore: list[tuple[Span, tuple[str, ...]]] = []
        self.markers: list[tuple[tuple[str, ...], int, int]] = []
        self.captured: dict[str, list[str]] = {}
        self.meta: dict[str, str] = {}

    # -- positions -------------------------------------------------------------------
    def _index(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def _where(self, index: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, index)
        return line, index - self.starts[line - 1] + 1

    # -- tree ------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._close_implied(tag)
        if tag in ("meta", "link"):
            self._read_meta(tag, dict(attrs))
        if tag in BLOCKS:
            self._break()
        elif tag in CELLS:
            self._space(self._index())
        if tag in VOID or len(self.stack) >= MAX_DEPTH:
            return
        parent = self.stack[-1] if self.stack else None
        children = parent.children if parent else self.top_children
        children[tag] += 1
        segment = tag if children[tag] == 1 else f"{tag}[{children[tag]}]"
        path = f"{parent.path}/{segment}" if parent else segment
        capture = parent.capture if parent else None
        if tag in ("title", "h1") and tag not in self.captured:
            capture = tag
            self.captured[tag] = []
        self.stack.append(_Open(
            tag, path,
            block=path if tag in BLOCKS or tag in CELLS else (parent.block if parent else None),
            dropped=tag in DROPPED or (parent is not None and parent.dropped),
            capture=capture,
        ))
        self.open_tags[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # `</br>` is read as `<br>`, as browsers do
            self._break()
        elif self.open_tags[tag]:
            self._pop(max(i for i, e in enumerate(self.stack) if e.tag == tag))
        elif tag in BLOCKS:  # a stray block end tag still ends the paragraph, as in browsers
            self._break()

    def _close_implied(self, tag: str) -> None:
        """Close what a start tag implicitly ends: ``<p>`` after ``<p>``, ``<li>`` after ``<li>``…"""
        if self.open_tags["head"] and tag not in HEAD_CONTENT:
            self._pop(max(i for i, e in enumerate(self.stack) if e.tag == "head"))
        closes, scope = _IMPLIED_END.get(tag, (frozenset({"p"}) if tag in _P_CLOSERS else frozenset(), _BUTTON_SCOPE))
        if not any(self.open_tags[name] for name in closes):
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag in closes:
                self._pop(i)
                return
            if self.stack[i].tag in scope:
                return

    def _pop(self, index: int) -> None:
        """Close ``stack[index]`` and everything opened inside it."""
        closed = self.stack[index:]
        del self.stack[index:]
        for element in closed:
            self.open_tags[element.tag] -= 1
        if any(e.tag in BLOCKS for e in closed):
            self._break()
        elif any(e.tag in CELLS for e in closed):
            self._space(self._index())

    def _read_meta(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "link":
            if "canonical" in (attrs.get("rel") or "").lower().split() and attrs.get("href"):
                self.meta.setdefault("canonical", (attrs["href"] or "").strip())
            return
        key = _META.get((attrs.get("property") or attrs.get("name") or "").strip().lower())
        content = (attrs.get("content") or "").strip()
        if key and content:
            self.meta.setdefault(key, content)

    # -- text ------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and top.capture:
            self.captured[top.capture].append(data)
        if top is not None and top.dropped:
            return
        for piece, index, verbatim in self._pieces(data):
            self._words(piece, index, exact=verbatim)

    def _pieces(self, data: str) -> list[tuple[str, int, bool]]:
        """Split decoded ``data`` into stretches copied from the source (with their source
        index) and decoded character references (at the index of their ``&``)."""
        start = self._index()
        raw = self.markup
        if raw.startswith(data, start):
            return [(data, start, True)]
        pieces: list[tuple[str, int, bool]] = []
        done, pos = 0, start
        while done < len(data):
            left = len(data) - done
            amp = raw.find("&", pos, pos + left)
            if amp != pos:
                source = raw[pos:pos + left if amp < 0 else amp]
                expect = source
            else:
                ref = _CHARREF.match(raw, pos)
                source = ref.group() if ref else "&"
                expect = unescape(source)
            if not expect or not data.startswith(expect, done):
                # the parser passed this text through undecoded: place it all at its start
                return [(data, start, False)]
            pieces.append((expect, pos, expect == source))
            done += len(expect)
            pos += len(source)
        return pieces

    def _words(self, text: str, index: int, *, exact: bool) -> None:
        """Emit ``text`` (found at source ``index``) with its whitespace collapsed."""
        cursor = 0
        for match in _WORDS.finditer(text):
            if match.start() > cursor:
                self._space(index + cursor if exact else index)
            self._emit(match.group(), index + match.start() if exact else index)
            cursor = match.end()
        if cursor < len(text):
            self._space(index + cursor if exact else index)

    def _break(self) -> None:
        self.pending_break = True
        self.pending_space = None

    def _space(self, index: int) -> None:
        if self.para_start is not None and not self.pending_break and self.pending_space is None:
            self.pending_space = index

    def _emit(self, text: str, index: int) -> None:
        if self.pending_break:
            self.pending_break = False
            if self.para_start is not None:
                self._end_paragraph()
                self.parts.append("\n")
                self.size += 1
                self.next_at = None
            self.para_start = None
        if self.para_start is None:
            self.para_start = self.size
            self.marks_here, self.marks_next = self.marks_next, []
        elif self.pending_space is not None:
            self._put(" ", self.pending_space)
        self.pending_space = None
        self._put(text, index)

    def _put(self, text: str, index: int) -> None:
        element = self.stack[-1].block if self.stack else None
        if self.next_at != (index, element):
            line, column = self._where(index)
            self.anchors.append(Anchor(self.size, line, column, element))
        self.parts.append(text)
        self.size += len(text)
        # the next run continues this anchor only if this text stands in the source as is
        # (not a space standing for a line break, not a decoded entity)
        self.next_at = (index + len(text), element) if self.markup.startswith(text, index) else None

    def _end_paragraph(self) -> None:
        """Give the paragraph that ends here to the ignore markers that named it."""
        start = self.para_start if self.para_start is not None else self.size
        self.ignore.extend((Span(start, self.size), codes) for codes in self.marks_here)
        self.marks_here = []

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """``<![…`` other than CDATA: html.parser asserts on it; browsers read a bogus comment."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return self.parse_bogus_comment(i)

    # -- comments --------------------------------------------------------------------
    def handle_comment(self, data: str) -> None:
        codes = parse_marker(data)
        if codes is None:
            return
        self.markers.append((codes, *self._where(self._index())))
        if self.para_start is not None and not self.pending_break:
            self.marks_here.append(codes)
        else:
            self.marks_next.append(codes)

    def result(self) -> HtmlText:
        if self.para_start is not None:
            self._end_paragraph()
        title = " ".join("".join(self.captured.get("title", ())).split()) or None
        heading = " ".join("".join(self.captured.get("h1", ())).split()) or None
        return HtmlText(
            text="".join(self.parts),
            anchors=tuple(self.anchors),
            title=title or heading,
            published=self.meta.get("published"),
            outlet=self.meta.get("outlet"),
            url=self.meta.get("canonical") or self.meta.get("url"),
            ignore=tuple(self.ignore),
            markers=tuple(self.markers),
        )


_UNCLOSED = re.compile(r"<(?=[^<>]*+(?:<|\Z))")
"""A "<" with no ">" before the next "<": it opens nothing."""
_STAND_IN = "\ue000"
"""One private-use character standing in for such a "<" while the page is parsed."""


def _stand_in_unclosed(markup: str, opener: str, closer: str) -> str:
    """Stand in for the "<" of each ``opener`` after the last ``closer``: html.parser would
    rescan the rest of the page for the closer at every one of them."""
    last = markup.rfind(closer)
    start = markup.find(opener, last + len(closer) if last >= 0 else 0)
    if start == -1:
        return markup
    head, tail = markup[:start], markup[start:]
    return head + tail.replace(opener, _STAND_IN + opener[1:])


def extract(markup: str) -> HtmlText:
    """The article text of an HTML document or fragment, with anchors and metadata.

    A "<" that never closes is handed to the parser as a same-length stand-in and turned
    back into "<" in the text: html.parser before Python 3.11.13 rescans the rest of the
    document for each one (CPython gh-135462), which is quadratic on tag soup.
    """
    cut = markup.rfind("<")
    if cut >= 0 and ">" not in markup[cut:] and _TAG_START.match(markup, cut):
        markup = markup[:cut]  # a tag cut off by the end of the file: browsers drop it too
    markup = _UNCLOSED.sub(_STAND_IN, markup)
    markup = _stand_in_unclosed(markup, "<!--", "-->")
    markup = _stand_in_unclosed(markup, "<![CDATA[", "]]>")
    parser = _Extractor(markup)
    stopped = None
    try:
        parser.feed(markup)
        parser.close()
    except AssertionError:  # html.parser's last resort on markup it cannot read: keep what it read
        stopped = parser.getpos()
    page = parser.result()
    return attrs.evolve(
        page,
        text=page.text.replace(_STAND_IN, "<"),
        title=page.title and page.title.replace(_STAND_IN, "<"),
        stopped=stopped and (stopped[0], stopped[1] + 1),
    )


def problems(page: HtmlText, path: str, at: tuple[int, int] | None = None) -> Iterator[InputError]:
    """The input errors of an extracted page: unknown ignore codes, and where the parser
    gave up if it did (placed at ``at`` when the page is embedded in another file)."""
    for codes, line, column in page.markers:
        yield from unknown_codes(codes, path, *(at or (line, column)))
    if page.stopped:
        yield InputError(path, *(at or page.stopped),
                         message="malformed markup: the text after this point was not read",
                         hint="fix the markup here, or convert the page to text")


def parse(text: str, source: Source, settings: Settings) -> Iterator[Article | InputError]:
    """The one article of a decoded ``.html`` file (and an error for each unknown ignore code)."""
    page = extract(text)
    yield from problems(page, source.path)
    article = Article(
        id=source.id,
        text=page.text,
        title=page.title,
        outlet=page.outlet,
        published=iso_date(page.published),
        url=page.url,
        origin=Origin(source.path, anchors=page.anchors, verbatim=True),
        ignore=page.ignore,
    )
    yield check_article(article, settings)
