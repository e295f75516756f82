"""Hypothesis strategies for cross-checking: batches that quote a shared pool of statements.

Each article is a few sentences ``Speaker said: “words”.``; the words are a pool statement
as another article might give it — verbatim, recased, one word changed, cut short, or
cut with an ellipsis — and the speaker, outlet, audience and titles vary within small
vocabularies, so every family of checks has something to find.  ``texts=True`` gives
articles (for :func:`cross_check`), otherwise analyses built directly from the known spans
(for :func:`check`, no extraction needed).
"""

from __future__ import annotations

from hypothesis import strategies as st

from quotecheck.records import Analysis, Article, Mention, PersonMention, Quote

STATEMENTS = (
    "The proposal could serve as the basis for future agreements",
    "We should be ready for any surprises from the Kremlin",
    "It is time to quit attacking various people and get on with the work",
    "They would not accept it unless the plan meets most of the demands",
    "There are conversations happening that were not happening a week ago",
    "difficult work",
)
SPEAKERS = ("Vladimir Putin", "Putin", "Mr. Putin", "Boris Bondarev", "Paul Ryan", "a senior official", None, "he")
OUTLETS = (None, None, "Reuters", "AP", "TASS")
AUDIENCES = (None, None, "reporters", "his Security Council")
PEOPLE = (("Donald Trump", "President"), ("Donald Trump", "former President"), ("Donald Trump", "U.S. President"),
          ("Volodymyr Zelenskyy", "Ukrainian President"))
SWAPS = ("will", "not", "never", "people", "Moscow", "many")


@st.composite
def variants(draw: st.DrawFn) -> str:
    words = draw(st.sampled_from(STATEMENTS)).split()
    how = draw(st.integers(0, 5))
    if how == 1:
        return " ".join(words).upper()
    if how == 2:
        words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(SWAPS))
    elif how == 3 and len(words) > 6:
        start = draw(st.integers(0, 2))
        words = words[start:start + draw(st.integers(5, len(words) - start))]
    elif how == 4 and len(words) > 6:
        cut = draw(st.integers(2, len(words) - 3))
        words = words[:cut] + ["\u2026"] + words[cut + 2:]
    return " ".join(words)


@st.composite
def articles(draw: st.DrawFn, article_id: str) -> tuple[Article, Analysis]:
    """One article and its analysis (quotes located at their words)."""
    parts: list[str] = []
    quotes: list[Quote] = []
    mentions: list[PersonMention] = []
    at = 0
    for name, role in draw(st.lists(st.sampled_from(PEOPLE), max_size=2)):
        written = f"{role} {name}"
        parts.append(f"{written} was there. ")
        mentions.append(PersonMention(article_id, name, role, written, at, at + len(written)))
        at += len(parts[-1])
    for _ in range(draw(st.integers(1, 4))):
        words = draw(variants())
        speaker = draw(st.sampled_from(SPEAKERS))
        opening = f"{speaker or 'Someone'} said: \u201c"
        start = at + len(opening)
        quotes.append(Quote(
            article=article_id, text=words, start=start, end=start + len(words),
            fragments=(Mention(words, start, start + len(words)),), speaker=speaker,
            outlet=draw(st.sampled_from(OUTLETS)), audience=draw(st.sampled_from(AUDIENCES)),
        ))
        parts.append(f"{opening}{words}\u201d. ")
        at += len(parts[-1])
    published = draw(st.sampled_from((None, "2025-11-27", "2025-12-02")))
    text = "".join(parts)
    return (Article(article_id, text, published=published),
            Analysis(article_id, tuple(quotes), tuple(mentions), published=published))


@st.composite
def batches(draw: st.DrawFn, min_size: int = 1, max_size: int = 5) -> list[tuple[Article, Analysis]]:
    """Articles with unique ids, each with its analysis."""
    count = draw(st.integers(min_size, max_size))
    return [draw(articles(f"art{n}")) for n in range(count)]
