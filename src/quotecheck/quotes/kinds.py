"""Direct, partial or scare: what kind of quotation a marked span is.

A full statement in marks is ``direct``; a phrase set into the writer's own sentence
(*described it as "very useful"*) is ``partial``; marks that attribute no speech — a
title, a nickname, a so-called term — are ``scare`` and stay out of results by default.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quotecheck.quotes.indirect import REPORTING

_SCARE_BEFORE = frozenset({"so-called", "hashtag", "motto"})
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


_NAMING_BEFORE = frozenset(
    """as called titled entitled named nicknamed dubbed term terms word words phrase slogan about (""".split()
)
"""Words after which marked words are a mention someone made — the term “pivot”, a memo titled
“The Facts”, known as “Guccifer”, talks about “spoiling the party”, Rubio (“Little Marco”):
PolNeAR-style annotation credits them to whoever used the words, so they are partial quotes."""
_BYLINE_AFTER = regex.compile(r",?\s*+by\s++(?:the\s++)?(?:[A-Z][\w.&-]*+\s++){0,4}[A-Z][\w.&-]*+(?:’s|'s|’|')\s")
_BYLINE_BEFORE = regex.compile(r"(?r)by\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*(?:’s|'s|’|')\s+(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*:\s?\W?$")
_REACH = 120
_CLAIM_NOUNS = frozenset(
    """assertion assertions claim claims accusation accusations allegation allegations dictum belief beliefs
    fear fears hope hopes notion idea argument warning anxiety concern concerns suggestion insistence
    promise charge view conviction impression clear sure aware""".split()
)
"""Words that take a that-clause stating what someone holds (the assertion that …, made it clear that …)."""
_COMPLEMENTIZERS = frozenset({"that", "whether", "how", "why", "what"})
_CLAUSE_STOP = regex.compile(r"(?r)[.!?;:—()“”\"]|''")
_VOICES = frozenset("chant chants chanting cries cry shouts shout chorus strains refrain cheers screams yells".split())
"""Nouns of a crowd's or a singer's voice: chants of “Ted! Ted! Ted!”, the strains of “New York, New York.”"""
_VOICE_OF = regex.compile(r"(?r)([a-z]+)\s+of\s*$")
_WORD = regex.compile(r"[\w’'-]+")


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
    """The kind of a quotation from its words, its attribution and the words around it.

    A newsletter's linked headline and its excerpt, and a subhead in single marks, are
    scare quotes whatever they say; a term after a naming word is a partial quote.
    """
    if _linked_item(text, pieces) or _subhead(text, pieces) or _label(text, pieces):
        return "scare"
    kind = _marked_kind(text, pieces, attributed, whole_sentence, before, chained, speech_nearby, after)
    if kind == "scare" and before.lower() in _NAMING_BEFORE and (before != "(" or after == ")"):
        return "partial"
    if kind == "scare" and (_in_reported_clause(text, pieces[0][0] - 1) or (before.lower() == "of" and _voiced(text, pieces[0][0] - 1))):
        return "partial"
    return kind


def _voiced(text: str, open_at: int) -> bool:
    """True when the marks open after a voice noun and "of" (chants of “…”): words someone
    chanted, shouted or sang, so a partial quote even when they read like a title."""
    found = _VOICE_OF.search(text, max(0, open_at - 20), max(0, open_at))
    return found is not None and found.group(1) in _VOICES


def _in_reported_clause(text: str, open_at: int) -> bool:
    """True when a quotation opens within a few words of a that- or wh-clause after a reporting
    or belief word (Republicans learned that the “Solid South” no longer…, the assertion that
    “thousands” celebrated, bickering over whether the other is “qualified”): the marked words
    are part of the claim or question credited to someone."""
    lo, hi = max(0, open_at - 80), max(0, open_at)
    window = text[lo:hi].lower()
    if "that" not in window and "wh" not in window and "how" not in window:
        return False  # (most marked terms: no clause word at all, found at C speed)
    stop = _CLAUSE_STOP.search(text, lo, hi)  # (the last stop before the mark: a reverse pattern)
    words = _WORD.findall(text, stop.end() if stop else lo, hi)[-8:]
    for i in range(len(words) - 1, 0, -1):
        if words[i].lower() in _COMPLEMENTIZERS:
            low = words[i - 1].lower()
            return low in REPORTING or low in _CLAIM_NOUNS or low.endswith(("ed", "ing")) or (low in ("about", "over") and words[i].lower() != "that")
    return False


def _linked_item(text: str, pieces: Sequence[tuple[int, int]]) -> bool:
    """True for a newsletter's item: a headline set before a byline (“Pop-up show opens,” by
    DNAinfo’s Eddie Small:) or the excerpt after it (…Small: “Curators of …”) — quoted
    articles, not speech."""
    end = pieces[-1][1] + 1  # (past the closing mark)
    if text.find("by", end, end + 6) != -1 and _BYLINE_AFTER.match(text, end, min(len(text), end + _REACH)) is not None:
        return True
    start = pieces[0][0] - 1  # (the opening mark)
    if ":" not in text[max(0, start - 3) : start] or text.find("by ", max(0, start - _REACH), start) == -1:
        return False  # (a byline, "by X's Y:", ends just before the excerpt)
    return _BYLINE_BEFORE.search(text, max(0, start - _REACH), start) is not None


def _label(text: str, pieces: Sequence[tuple[int, int]]) -> bool:
    """True for a word or two ending in a colon (“Related:”): a page's label, not speech."""
    words = text[pieces[0][0] : pieces[-1][1]].split()
    return len(pieces) == 1 and 0 < len(words) <= 2 and words[-1].endswith(":")


def _subhead(text: str, pieces: Sequence[tuple[int, int]]) -> bool:
    """True for a paragraph that is only a short quotation in single marks (‘A change
    warrior.’): newspapers quote in double marks, so single ones mark a subhead."""
    start, end = pieces[0][0], pieces[-1][1]
    if len(pieces) > 1 or start < 1 or text[start - 1] not in "'‘" or text[start - 2 : start - 1] == "'":
        return False  # (two straight marks, '', are the double marks of NYT copy)
    if len(text[start:end].split()) > 8:
        return False
    head = text[max(0, start - 4) : start - 1]
    tail = text[end + 1 : end + 4]
    opens = start == 1 or ("\n" in head and not head[head.rfind("\n") :].strip())
    closes = end + 1 >= len(text) or ("\n" in tail and tail[: tail.find("\n")].strip() in ("", "."))
    return opens and closes


def _marked_kind(
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
