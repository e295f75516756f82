"""Direct, partial or scare: what kind of quotation a marked span is.

A full statement in marks is ``direct``; a phrase set into the writer's own sentence
(*described it as "very useful"*) is ``partial``; marks that attribute no speech — a
title, a nickname, a so-called term — are ``scare`` and stay out of results by default.
"""

from __future__ import annotations

from collections.abc import Sequence

_SCARE_BEFORE = frozenset({"so-called", "dubbed", "nicknamed", "titled", "entitled", "named", "hashtag", "term", "word", "phrase", "slogan", "motto"})
_OPENING = ("…", "...", "[", "(", "—", "-")


def classify(
    text: str,
    pieces: Sequence[tuple[int, int]],
    attributed: bool,
    whole_sentence: bool,
    before: str,
    chained: bool,
    speech_nearby: bool = False,
) -> str:
    """The kind of a quotation from its words, its attribution and the word before it.

    ``speech_nearby`` says the sentence has a speech verb even though no attribution
    could be tied to this quotation; short unattributed quotations are scare quotes
    only without one.
    """
    first = text[pieces[0][0] : pieces[0][1]].strip()
    words = sum(len(text[s:e].split()) for s, e in pieces)
    low_before = before.lower()
    if low_before in _SCARE_BEFORE and words <= 6:
        return "scare"
    if not attributed:
        if chained or len(pieces) > 1:
            return "direct"
        if words >= 4 or speech_nearby:
            starts_full = first[:1].isupper() or first[:1].isdigit()
            return "direct" if whole_sentence or (starts_full and words >= 4 and not before[:1].islower()) else "partial"
        return "scare"
    starts_full = first[:1].isupper() or first[:1].isdigit() or first.startswith(_OPENING)
    if starts_full and not (words <= 3 and before[:1].islower()):
        return "direct"
    return "partial"
