"""Direct, partial or scare: what kind of quotation a marked span is.

A full statement in marks is ``direct``; a phrase set into the writer's own sentence
(*described it as "very useful"*) is ``partial``; marks that attribute no speech — a
title, a nickname, a so-called term — are ``scare`` and stay out of results by default.
"""

from __future__ import annotations

from collections.abc import Sequence

_SCARE_BEFORE = frozenset({"so-called", "dubbed", "nicknamed", "titled", "entitled", "named", "hashtag", "term", "word", "phrase", "slogan", "motto"})
CHARACTERIZING = frozenset(
    """refer refers referred referring herald heralds heralded heralding hail hails hailed hailing
    slam slams slammed slamming denounce denounces denounced denouncing deride derides derided deriding
    blame blames blamed blaming identify identifies identified identifying portray portrays portrayed
    portraying deem deems deemed deeming""".split()
)
"""Verbs that credit a word to their subject without being a speech cue: Merkel heralded the deal
as a “breakthrough”, Cruz blamed the law on “knuckleheaded Democratic politicians”."""
_OPENING = ("…", "...", "[", "(", "—", "-")
_MODIFIER_BEFORE = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that"})
_MODIFIED_HEADS = frozenset(
    """star stars actress actor host singer phrase phrases crowd movement campaign slogan program
    programme show book books film movie series line comment comments remark remarks policy plan
    rule brand hashtag label meme moment era strategy approach doctrine wing caucus faction group
    event rally debate segment episode ad ads video tweet post story headline memo report bill
    act law initiative project tour song album character narrative theme label tag mantra motto
    rhetoric language argument claim claims idea notion concept issue question crowd voters""".split()
)
_TITLE_BEFORE = frozenset(
    """on in of to by from at told tells telling appeared appearing starred starring wrote
    book film movie show program song album titled entitled called""".split()
)
_TITLE_NAMING = frozenset("on of in book film movie show program song album titled entitled called starring starred".split())
"""Words before a title set with the sentence's point inside the marks (on “Meet the Press.”);
after ``of`` or ``called``, a ``!`` is the speaker's own (chants of “Feel the Bern!”)."""
_TITLE_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by", "is", "not"})


def classify(
    text: str,
    pieces: Sequence[tuple[int, int]],
    attributed: bool,
    whole_sentence: bool,
    before: str,
    chained: bool,
    speech_nearby: bool = False,
    after: str = "",
) -> str:
    """The kind of a quotation from its words, its attribution and the word before it.

    ``speech_nearby`` says the sentence has a speech verb even though no attribution
    could be tied to this quotation; short unattributed quotations are scare quotes
    only without one.
    """
    first = text[pieces[0][0] : pieces[0][1]].strip()
    words = len(first.split()) if len(pieces) == 1 else sum(len(text[s:e].split()) for s, e in pieces)
    low_before = before.lower()
    if low_before in _SCARE_BEFORE and words <= 6:
        return "scare"
    if low_before in _MODIFIER_BEFORE and after.lower() in _MODIFIED_HEADS and words <= 6 and not first.endswith((",", ".", "!", "?")):
        return "scare"  # a title or term used as a modifier: the "Avatar" star, the "wise Latina" phrase
    tokens = first.rstrip(",").split()
    possessive = low_before.endswith(("’s", "'s")) or low_before in ("'", "’")  # NBC's, CBS' “…”
    title_case = (
        len(pieces) == 1 and _title_length(tokens)
        and (not first.endswith((".", "!", "?")) or _closed_title(first, low_before, possessive))
        and all(t[:1].isupper() or t[:1].isdigit() or t.lower().rstrip(".") in _TITLE_SMALL for t in tokens)
    )
    if title_case and (not attributed or low_before in _TITLE_BEFORE or possessive):
        return "scare"  # a title: "Saturday Night Live", on "Fox News Sunday", told "Fox and Friends"
    if not attributed:
        if chained or len(pieces) > 1:
            return "direct"
        if words >= 4 or speech_nearby:
            starts_full = first[:1].isupper() or first[:1].isdigit()
            return "direct" if whole_sentence or (starts_full and words >= 4 and not before[:1].islower()) else "partial"
        if first[:1].isupper() and first.endswith(("!", "?")) and not title_case:
            return "direct"  # an exclamation or a question is said by someone: “This is fantastic!” beamed a delegate
        return "scare"
    starts_full = first[:1].isupper() or first[:1].isdigit() or first.startswith(_OPENING)
    if starts_full and not (words <= 3 and before[:1].islower()):
        return "direct"
    return "partial"


def _title_length(tokens: Sequence[str]) -> bool:
    """True when ``tokens`` are few enough for a title: up to 8 words, or 14 for a title with
    a subtitle ("Sharknado 3: Oh Hell No!"); the colon is looked for only when it matters."""
    n = len(tokens)
    return 0 < n <= 8 or (n <= 14 and any(t.endswith(":") for t in tokens[:-1]))


def _closed_title(first: str, low_before: str, possessive: bool) -> bool:
    """True when a title keeps the sentence's closing point inside American marks, after a
    word that names a work or a programme: on CBS' “60 Minutes.”, the movie “Sharknado 3: Oh Hell No!”."""
    if first.endswith(".") and not first.endswith(".."):
        return low_before in _TITLE_NAMING or possessive
    return first.endswith(("!", "?")) and (low_before in _TITLE_NAMING - {"of", "called"} or possessive)
