"""Hypothesis strategies for quotecheck: news-like articles, hostile text, and batches.

The property suites need text that *looks* like news — names, cue verbs, outlets, quote
marks of every style — so that extraction actually exercises attribution, and text that
is hostile — stray and mismatched marks, odd whitespace, bidi controls, NUL bytes, CR and
CRLF line ends — so that it exercises every recovery path.  ``articles()`` mixes both;
``batches()`` builds several articles that quote the same statements with variations, so
cross-checking has clusters and findings to compute.

The vocabularies are small on purpose: repeated names and statements across the articles
of a batch are what make cross-checking interesting.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from quotecheck.records import Article

# --- vocabularies ---------------------------------------------------------------------

GIVEN_NAMES: tuple[str, ...] = (
    "Vladimir", "Donald", "Steve", "Yuri", "Marco", "Olena", "José", "Zoë", "Seán", "Mary-Jo",
    "Nguyễn", "Siobhán", "Łukasz", "Ahmed", "Noa",
)
FAMILY_NAMES: tuple[str, ...] = (
    "Putin", "Trump", "Witkoff", "Ushakov", "Rubio", "Zelenskyy", "O'Brien", "O’Neill",
    "García-Márquez", "van der Berg", "Müller", "Dmitriev", "Peskov", "Smith", "Lavrov",
)
TITLES: tuple[str, ...] = (
    "President", "former President", "Sen.", "Foreign Minister", "Kremlin spokesman",
    "Secretary of State", "Dr.", "Gov.", "special envoy", "Prime Minister",
)
CUE_VERBS: tuple[str, ...] = (
    "said", "says", "told", "added", "wrote", "asked", "noted", "warned", "insisted",
    "declared", "tweeted", "argued", "replied", "explained", "claimed", "recalled",
)
OUTLETS: tuple[str, ...] = (
    "Reuters", "the Associated Press", "AFP", "CNN", "The New York Times", "Fox News",
    "ABC News", "The Washington Post", "Politico", "BBC", "TASS", "Bloomberg",
)
WORDS: tuple[str, ...] = (
    "the", "peace", "plan", "could", "serve", "as", "basis", "for", "future", "agreements",
    "some", "issues", "still", "needed", "to", "be", "hammered", "out", "we", "are", "not",
    "ready", "talks", "will", "continue", "Moscow", "Kyiv", "Washington", "war", "deal",
    "is", "very", "close", "never", "a", "good", "meeting", "today", "it", "was", "nothing",
    "has", "been", "discussed", "with", "us", "in", "detail", "don't", "can't", "'90s",
    "rock'n'roll", "U.S.", "e.g.", "No.", "1,000", "3.5", "28-point", "so-called",
)

DOUBLE_PAIRS: tuple[tuple[str, str], ...] = (
    ('"', '"'), ("“", "”"), ("„", "“"), ("„", "”"), ("«", "»"), ("» ", " «"), ("‹", "›"),
    ("``", "''"), ("''", "''"), ("「", "」"),
)
"""Opening and closing marks as different traditions pair them."""
SINGLE_PAIRS: tuple[tuple[str, str], ...] = (("'", "'"), ("‘", "’"), ("‚", "‘"), ("‹", "›"))

QUOTE_MARKS: tuple[str, ...] = (
    '"', "“", "”", "„", "‟", "«", "»", "‹", "›", "'", "‘", "’", "‚", "‛", "``", "''",
    "「", "」", "『", "』", "〝", "〞", "＂", "״", "׳",
)
"""Every quote-like glyph we know of, paired or not."""

WHITESPACE: tuple[str, ...] = (
    " ", "\t", "\u00a0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005",
    "\u2006", "\u2007", "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000",
    "\u0085", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f",
)
"""Every Unicode space and the characters ``str.splitlines`` treats as line breaks."""
DASHES: tuple[str, ...] = (
    "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2053", "\u2e3a",
    "\u2e3b", "\u301c", "\u30a0", "\ufe58", "\ufe63", "\uff0d", "\u058a", "\u05be", "\u1806",
)
INVISIBLE: tuple[str, ...] = (
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b",
    "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\u00ad",
    "\x00", "\x7f", "\u0301", "\u034f",
)
"""Zero-width, bidi-control, soft-hyphen, combining and NUL characters."""
RTL_WORDS: tuple[str, ...] = ("قال", "السلام", "بوتين", "אמר", "שלום", "נתניהו", "«سلام»", "״שלום״")
CASE_TRAPS: tuple[str, ...] = ("İstanbul", "ß", "ẞ", "ﬁnal", "ǅ", "ΐ", "Σ", "ﬀ")
"""Characters whose lower/upper case has a different length: offset bugs hide here."""
LINE_ENDS: tuple[str, ...] = ("\n", "\r\n", "\r", "\n\n", "\r\n\r\n")

NOISE: tuple[str, ...] = QUOTE_MARKS + WHITESPACE + DASHES + INVISIBLE + RTL_WORDS + CASE_TRAPS + LINE_ENDS + (
    "...", "!", "?", "…", "(", ")", "[", "]", "—", ":", ";", "<p>", "</p>", "<!--", "-->", "&quot;",
    "\ud800", "\udfff",
)


# --- pieces ---------------------------------------------------------------------------


@st.composite
def names(draw: st.DrawFn) -> str:
    """A person as news text names them: ``Putin``, ``Vladimir Putin``, ``President Trump``."""
    family = draw(st.sampled_from(FAMILY_NAMES))
    form = draw(st.integers(0, 3))
    if form == 0:
        return family
    if form == 1:
        return f"{draw(st.sampled_from(GIVEN_NAMES))} {family}"
    if form == 2:
        return f"{draw(st.sampled_from(TITLES))} {family}"
    return f"{draw(st.sampled_from(TITLES))} {draw(st.sampled_from(GIVEN_NAMES))} {family}"


def statements(min_words: int = 1, max_words: int = 14) -> st.SearchStrategy[str]:
    """Words that could be quoted, with occasional sentence punctuation inside."""
    return st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words).map(" ".join).map(
        lambda s: s[:1].upper() + s[1:]
    )


@st.composite
def quoted(draw: st.DrawFn, words: str | None = None) -> str:
    """``words`` (or fresh words) between a pair of marks of one tradition."""
    body = words if words is not None else draw(statements())
    if draw(st.integers(0, 4)) == 0:
        inner_open, inner_close = draw(st.sampled_from(SINGLE_PAIRS))
        inner = draw(statements(1, 4))
        body = f"{body} {inner_open}{inner}{inner_close}"
    opener, closer = draw(st.sampled_from(DOUBLE_PAIRS))
    return f"{opener}{body}{closer}"


SHAPES: tuple[str, ...] = (
    "{q_comma} {who} {cue}.",
    "{who} {cue}: {q}",
    "{who} {cue} {outlet}, {q}.",
    "{split_first} {who} {cue}, {split_second}",
    "According to {outlet}, {who} {cue} that {lower}.",
    "{q} {cue} {who}, according to {outlet}.",
    "{who} {cue} the plan was {q}.",
    "In a statement to {outlet}, {who} {cue} {q}",
)
"""The common shapes of an attributed quotation, split quotes included."""


@st.composite
def attributed_sentences(draw: st.DrawFn, words: str | None = None, speaker: str | None = None) -> str:
    """One sentence with a quotation and its attribution, in one of :data:`SHAPES`."""
    body = words if words is not None else draw(statements(2))
    q = draw(quoted(body))
    half = body.split(" ")
    cut = max(1, len(half) // 2)
    opener, closer = draw(st.sampled_from(DOUBLE_PAIRS))
    return draw(st.sampled_from(SHAPES)).format(
        q=q,
        q_comma=f"{q[:-1]},{q[-1:]}",
        split_first=f"{opener}{' '.join(half[:cut])},{closer}",
        split_second=f"{opener}{' '.join(half[cut:])}.{closer}",
        lower=body.lower(),
        who=speaker if speaker is not None else draw(names()),
        cue=draw(st.sampled_from(CUE_VERBS)),
        outlet=draw(st.sampled_from(OUTLETS)),
    )


def plain_sentences() -> st.SearchStrategy[str]:
    """A sentence with no quotation."""
    return statements(3, 16).map(lambda s: s + ".")


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """Sentences joined by spaces; mostly attributed quotes and plain prose."""
    parts = draw(st.lists(st.one_of(attributed_sentences(), plain_sentences()), min_size=1, max_size=5))
    return " ".join(parts)


@st.composite
def clean_texts(draw: st.DrawFn, max_paragraphs: int = 8) -> str:
    """News-like text with well-formed quotations and ordinary line ends."""
    paras = draw(st.lists(paragraphs(), min_size=0, max_size=max_paragraphs))
    return "\n".join(paras)


@st.composite
def noisy(draw: st.DrawFn, text: str, max_insertions: int = 12) -> str:
    """``text`` with hostile pieces inserted at arbitrary offsets and line ends swapped."""
    if draw(st.booleans()):
        ending = draw(st.sampled_from(LINE_ENDS))
        text = text.replace("\n", ending)
    pieces = draw(
        st.lists(
            st.tuples(st.integers(0, max(0, len(text))), st.one_of(st.sampled_from(NOISE), st.text(max_size=3))),
            max_size=max_insertions,
        )
    )
    for pos, piece in sorted(pieces, reverse=True):
        text = text[:pos] + piece + text[pos:]
    return text


@st.composite
def article_texts(draw: st.DrawFn, max_paragraphs: int = 8, allow_surrogates: bool = True) -> str:
    """News-like text, clean or with hostile insertions, or runs of a single hostile glyph.

    ``allow_surrogates=False`` keeps lone surrogates out (what the readers could never
    produce from a UTF-8 file, and what a UTF-8 report could not carry).
    """
    base = draw(clean_texts(max_paragraphs))
    kind = draw(st.integers(0, 9))
    if kind <= 3:
        text = base
    elif kind <= 7:
        text = draw(noisy(base))
    elif kind == 8:
        glyph = draw(st.sampled_from(NOISE))
        text = glyph * draw(st.integers(0, 300))
    else:
        text = draw(st.text(max_size=300))
    if not allow_surrogates:
        text = "".join(c for c in text if not "\ud800" <= c <= "\udfff")
    return text


@st.composite
def articles(draw: st.DrawFn, max_paragraphs: int = 8, allow_surrogates: bool = True, **fields: Any) -> Article:
    """An :class:`Article` with a short id and generated (possibly hostile) text."""
    ident = fields.pop("id", None) or draw(st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True))
    text = draw(article_texts(max_paragraphs, allow_surrogates))
    outlet = fields.pop("outlet", None) or draw(st.none() | st.sampled_from(OUTLETS))
    published = fields.pop("published", None) or draw(st.none() | st.sampled_from(("2025-11-27", "2025-12-02", "2016-10-09")))
    return Article(id=ident, text=text, outlet=outlet, published=published, **fields)


# --- batches --------------------------------------------------------------------------


@st.composite
def _variant(draw: st.DrawFn, words: str) -> str:
    """The statement as another article might give it: verbatim, cut, or one word changed."""
    tokens = words.split(" ")
    how = draw(st.integers(0, 4))
    if how == 1 and len(tokens) > 3:
        start = draw(st.integers(0, len(tokens) // 2))
        return " ".join(tokens[start : start + max(2, len(tokens) - start - 1)])
    if how == 2:
        i = draw(st.integers(0, len(tokens) - 1))
        tokens[i] = draw(st.sampled_from(WORDS))
        return " ".join(tokens)
    return words


@st.composite
def batches(draw: st.DrawFn, min_size: int = 1, max_size: int = 6, hostile: bool = True) -> list[Article]:
    """Articles (unique ids) that quote a shared pool of statements with variations.

    The same words recur across articles — sometimes with another speaker or outlet, cut
    short, or with a word changed — so cross-checking finds clusters and findings.
    """
    pool = draw(st.lists(statements(5, 14), min_size=1, max_size=4, unique=True))
    speakers = draw(st.lists(names(), min_size=1, max_size=3, unique=True))
    count = draw(st.integers(min_size, max_size))
    out: list[Article] = []
    for n in range(count):
        sentences = []
        for _ in range(draw(st.integers(1, 5))):
            if draw(st.integers(0, 3)) == 0:
                sentences.append(draw(plain_sentences()))
                continue
            words = draw(_variant(draw(st.sampled_from(pool))))
            who = draw(st.sampled_from(speakers))
            sentences.append(draw(attributed_sentences(words, who)))
        text = "\n".join(sentences)
        if hostile and draw(st.integers(0, 3)) == 0:
            text = draw(noisy(text, max_insertions=4))
            text = "".join(c for c in text if not "\ud800" <= c <= "\udfff")
        out.append(
            Article(
                id=f"a{n}",
                text=text,
                outlet=draw(st.none() | st.sampled_from(OUTLETS)),
                published=draw(st.sampled_from(("2025-11-27", "2025-12-02"))),
            )
        )
    return out
