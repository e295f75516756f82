"""Reported speech without quote marks: ``Putin said the plan could serve as a basis``.

Found only in sentences with no quotation, from a reporting verb with a subject: the
content runs from after the verb (and its "that", or the listener of "told") to the
sentence end, or — for ``The plan is dead, officials said.`` — from the sentence start
to the comma before the attribution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quotecheck.lexicon import CLAUSE_BREAKERS
from quotecheck.quotes.attribution import _post_attribution, _subject
from quotecheck.quotes.cues import CueLexicon
from quotecheck.quotes.patterns import trie_pattern
from quotecheck.quotes.tokens import LOWER, TEXT, Token

REPORTING = frozenset(
    """said says say told tells added adds argued argues claimed claims insisted insists warned
    warns noted notes stated states explained explains announced announces acknowledged
    acknowledges admitted admits suggested suggests predicted predicts asserted asserts
    contended contends maintained maintains confirmed confirms denied denies reported reports
    wrote writes declared declares promised promises vowed vows conceded concedes estimated
    believes believed thinks thought argue claim insist warn note explain announce
    acknowledge admit suggest predict assert contend maintain confirm deny report write
    declare promise vow concede recalled recalls testified testifies charged alleged
    alleges complained complains countered counters responded replied replies
    agreed agrees echoed echoes continued continues concluded concludes explained
    """.split()
)
_THAT_ONLY = frozenset("echoed echoes continued continues concluded concludes agreed agrees".split())
"""Verbs that report a statement only with a that-clause ("agreed that …"); otherwise
they take an object or carry on a narrative ("echoed this sentiment", "continues,")."""
_POSSESSIVES = frozenset({"their", "its", "his", "her", "our", "my", "your"})
_MIN_WORDS = 4
REPORTING_PATTERN = re.compile(r"\b(?:" + trie_pattern(REPORTING) + r")\b")
"""Finds a sentence worth reading for reported speech, in one compiled scan (the standard
library's engine scans a literal trie about twice as fast as ``regex``)."""


@attrs.frozen
class ReportedSpeech:
    """Token ranges (end exclusive) of a reported statement's content, cue and subject."""

    content: tuple[int, int]
    cue: tuple[int, int]
    subject: tuple[int, int] | None


def find_reported_speech(tokens: Sequence[Token], cues: CueLexicon) -> list[ReportedSpeech]:
    """Reported statements in one quotation-free sentence frame."""
    n = len(tokens)
    end = n
    while end > 0 and tokens[end - 1].kind == "punct":
        end -= 1
    texts = list(map(TEXT, tokens))  # (token fields read at C speed, then searched there)
    # "The plan is dead, officials said." — content first, attribution after the last comma.
    c = n - 1 - texts[::-1].index(",") if "," in texts else -1
    if c >= _MIN_WORDS:
        post = _post_attribution(tokens, c + 1, cues)
        if post is not None and max(post[0][1], post[1][1]) >= end - 3:
            content = (_skip_intro(tokens, 0, c), c)
            if sum(1 for t in tokens[content[0] : content[1]] if t.is_word) >= _MIN_WORDS:
                return [ReportedSpeech(content, post[0], post[1])]
    lows = list(map(LOWER, tokens))
    verbs = REPORTING.intersection(lows)
    for c, low in enumerate(lows):
        if low not in verbs:
            continue
        t = tokens[c]
        if not (t.is_word and t.text[:1].islower()):
            continue
        subject = _subject(tokens, c, cues)
        if subject is None or (subject[1] - subject[0] == 1 and tokens[subject[0]].lower in _POSSESSIVES):
            continue  # ("their alleged involvement": an adjective after a possessive, no speaker)
        start = c + 1
        window = tokens[start : start + 8]
        that = next((k for k, w in enumerate(window) if w.lower == "that"), None)
        if that is not None and all(w.is_word for w in window[:that]):
            start += that + 1
        elif t.lower in _THAT_ONLY:
            continue  # "echoed this sentiment", "the dance continues, both sides …": no statement
        elif t.lower in {"told", "tells", "tell"}:
            continue  # "told reporters" with no that-clause: the listener, not a statement
        elif start < end and tokens[start].lower in {"of", "about", "to", "for", "from", "with", "on", "in", "at", "by", "so", "yes", "no"}:
            continue  # ("said of the plan", "talked about"; but "said that for decades …" is a statement)
        while start < end and tokens[start].kind == "punct":
            start += 1  # "As Al Jazeera reported, Putin’s remarks …": the content starts at its words
        if sum(1 for w in tokens[start:end] if w.is_word) >= _MIN_WORDS:
            return [ReportedSpeech((start, end), (c, c + 1), subject)]
    return []


def bare_attribution(tokens: Sequence[Token], cues: CueLexicon) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A sentence that is only a source and a cue ("Dianne Bystrom agreed."): (cue, subject).

    It says who speaks in the quotation that follows.
    """
    found = _post_attribution(tokens, 0, cues)
    if found is None:
        return None
    cue, subject, _ = found
    rest = [t for t in tokens[max(cue[1], subject[1]) :] if t.is_word]
    return (cue, subject) if len(rest) <= 4 else None


def _skip_intro(tokens: Sequence[Token], start: int, end: int) -> int:
    first = tokens[start] if start < end else None
    if first is not None and first.is_word and first.lower in CLAUSE_BREAKERS | {"but", "and"}:
        return start + 1
    return start
