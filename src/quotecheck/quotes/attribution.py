"""Who said each quotation, with which cue, within its own sentence.

Reads a sentence frame (words outside quotations; each quotation one token) and finds,
for every quotation, the attribution a reader would: after it (``"…," he said`` /
``said Putin``), before it (``Ushakov added, "…"``, ``X told ABC News that "…"``,
``X described it as "…"``), through a participle (``…, warning, "…"`` takes the
clause's subject), a colon lead-in, or ``according to X``.  The cue always comes from the
quotation's own sentence; attribution carried over from neighbouring sentences is the
caller's job (:mod:`quotecheck.quotes.extract`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotecheck.lexicon import (
    CLAUSE_BREAKERS,
    CUE_MODIFIERS,
    DETERMINERS,
    NON_NAME_WORDS,
    PREPOSITIONS,
    PRONOUNS,
)
from quotecheck.quotes.cues import CueLexicon
from quotecheck.quotes.tokens import Token

_AUX = frozenset({"is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must", "did", "does", "do"})
_INTRO_STARTERS = PREPOSITIONS | CLAUSE_BREAKERS | frozenset(
    {"still", "however", "meanwhile", "yet", "also", "again", "instead", "later", "earlier",
     "then", "now", "indeed", "moreover", "separately", "similarly", "likewise", "asked",
     "writing", "speaking", "overall", "finally", "first", "second", "third", "last", "next",
     "today", "yesterday", "tonight", "previously", "nevertheless", "nonetheless", "but",
     "and", "so", "thus", "therefore", "in", "at", "on", "during", "after", "before", "according"}
)
_MAX_NP = 14
_OBJECT_CUES = frozenset({"told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "informed", "assured", "urged", "warned"})
"""Cues whose following noun phrase is the listener, never an inverted speaker ("told CBS News")."""
_WINDOW = 80  # tokens searched leftwards for a cue or a clause start: keeps a sentence linear


@attrs.frozen
class Attribution:
    """What a sentence says about one quotation's source (token indices into the frame)."""

    cue: tuple[int, int] | None
    """Token range of the cue (end exclusive)."""
    subject: tuple[int, int] | None
    """Token range of the speaker's noun phrase."""
    how: str
    """How it was found: post, post-inverted, pre, participle, colon, according, split."""


def attribute(tokens: Sequence[Token], cues: CueLexicon) -> dict[int, Attribution]:
    """Attribution for each quotation token of one sentence frame, keyed by token index."""
    out: dict[int, Attribution] = {}
    quote_idx = [i for i, t in enumerate(tokens) if t.kind == "quote"]
    according = _according(tokens) if quote_idx else None
    tail = _sentence_tail(tokens, cues) if quote_idx else None
    for k in quote_idx:
        found = _split_continuation(tokens, k, out, cues) or _post(tokens, k, cues) or _pre(tokens, k, cues, according)
        if found is None and tail is not None and tail[0] > k:
            # "…a "candidate who is a lightning rod" and Clevelanders get nervous, said Christine Link."
            found = tail[1]
        if found is not None:
            out[k] = found
    return out


def _sentence_tail(tokens: Sequence[Token], cues: CueLexicon) -> tuple[int, Attribution] | None:
    """An attribution closing the sentence after its last comma (", said X." / ", X said."),
    with that comma's index; found once per sentence, for the quotations before it."""
    end = len(tokens)
    while end > 0 and tokens[end - 1].kind == "punct":
        end -= 1
    for c in range(end - 1, max(-1, end - 2 * _MAX_NP - 2), -1):
        if tokens[c].kind == "quote":
            return None
        if tokens[c].text == ",":
            found = _post_attribution(tokens, c + 1, cues)
            if found is not None and _closes_sentence(tokens, max(found[0][1], found[1][1])):
                return c, Attribution(found[0], found[1], "tail")
            return None
    return None


def _split_continuation(tokens: Sequence[Token], k: int, done: dict[int, Attribution], cues: CueLexicon) -> Attribution | None:
    """``"A," he said, "B."``: the second piece continues the first, with its attribution."""
    j = k - 1
    if j < 0 or tokens[j].text not in {",", ":", "—", "–"}:
        return None
    # Walk back over the attribution clause to a quote token directly before it.
    i = j - 1
    while i >= 0 and tokens[i].kind != "quote" and k - i <= _MAX_NP + 2:
        if tokens[i].kind == "punct" and tokens[i].text not in {",", "."}:
            return None
        i -= 1
    if i < 0 or tokens[i].kind != "quote" or i not in done or done[i].how not in {"post", "post-inverted"}:
        return None
    prev = done[i]
    return Attribution(prev.cue, prev.subject, "split")


def _post(tokens: Sequence[Token], k: int, cues: CueLexicon) -> Attribution | None:
    """``"…," he said`` / ``"…," said the official`` right after the quotation."""
    j = k + 1
    n = len(tokens)
    inner = tokens[k].text.rstrip("”\"'’‘»« \u00a0")
    ends_open = inner[-1:] in {",", "?", "!", "—", "–", "-", "…"}
    if j < n and tokens[j].text in {",", "—", "–"}:
        ends_open = True
        j += 1
    if j >= n:
        return None
    found = _post_attribution(tokens, j, cues)
    if found is not None and not ends_open and not _closes_sentence(tokens, found[0][1]):
        return None
    if found is None:
        return None
    cue, subject, how = found
    return Attribution(cue, subject, how)


def _post_attribution(
    tokens: Sequence[Token], j: int, cues: CueLexicon
) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """``said X`` or ``X said`` starting at token ``j``: (cue range, subject range, how)."""
    n = len(tokens)
    if j >= n:
        return None
    # said X
    if tokens[j].is_word and tokens[j].lower in _OBJECT_CUES:
        return None
    if tokens[j].is_word and tokens[j].lower in cues.forms and tokens[j].text[:1].islower() and _is_verb_position(tokens, j):
        end = j + 1
        stop = end
        while stop < n and stop - end < _MAX_NP and tokens[stop].kind == "word" and tokens[stop].lower not in CLAUSE_BREAKERS:
            if stop > end and tokens[stop].lower in PREPOSITIONS and tokens[stop].lower != "of":
                break
            stop += 1
        if stop > end and not _is_preposition_phrase(tokens, end):
            return (j, end), (end, stop), "post-inverted"
        return None
    # X said (an appositive may make the subject long: "Elaine C. Kamarck, a senior fellow …, wrote")
    stop = j
    while stop < n and stop - j <= 2 * _MAX_NP:
        t = tokens[stop]
        if t.kind == "quote":
            return None
        if t.is_word and t.lower in cues.forms and t.text[:1].islower() and stop > j and _is_verb_position(tokens, stop):
            subj_end = stop
            while subj_end > j and tokens[subj_end - 1].lower in CUE_MODIFIERS:
                subj_end -= 1
            if subj_end == j:
                return None
            if any(
                (tokens[x].lower in CLAUSE_BREAKERS and not (tokens[x].lower in {"and", "of"} and _comma_between(tokens, j, x)))
                or tokens[x].lower in _AUX
                for x in range(j, subj_end)
                if not _in_relative(tokens, j, x) and tokens[x].lower not in {"who", "which", "whose"}
            ):
                return None
            head = tokens[j]
            if head.lower in PREPOSITIONS or not any(
                t.capitalized or t.lower in PRONOUNS or t.lower in DETERMINERS for t in tokens[j:subj_end] if t.is_word
            ):
                return None  # "“central” to the party’s platform, reported …": no subject here
            return (stop, stop + 1), (j, subj_end), "post"
        if t.kind == "punct" and t.text not in {",", "-", "’", "'", "(", ")"}:
            return None
        if t.is_word and t.lower in CLAUSE_BREAKERS and t.lower != "who" and not (t.lower in {"and", "of"} and _comma_between(tokens, j, stop)) and not _in_relative(tokens, j, stop):
            return None
        stop += 1
    return None


def _in_relative(tokens: Sequence[Token], start: int, i: int) -> bool:
    """True when token ``i`` sits in a comma-set relative clause (", who served as …,")."""
    for x in range(i - 1, start - 1, -1):
        if tokens[x].text == ",":
            return False
        if tokens[x].lower in {"who", "which", "whose"} and x > start and tokens[x - 1].text == ",":
            return True
    return False


def _comma_between(tokens: Sequence[Token], start: int, end: int) -> bool:
    return any(t.text == "," for t in tokens[start:end])


def _closes_sentence(tokens: Sequence[Token], i: int) -> bool:
    """True when only an adjunct ("on Tuesday", "in a statement") follows token ``i`` to the end."""
    rest = tokens[i:]
    return len(rest) <= 8 and all(t.kind != "quote" for t in rest)


def _is_preposition_phrase(tokens: Sequence[Token], i: int) -> bool:
    return tokens[i].lower in PREPOSITIONS and tokens[i].lower != "of"


def _pre(
    tokens: Sequence[Token], k: int, cues: CueLexicon, according: tuple[int, tuple[int, int]] | None
) -> Attribution | None:
    """A cue before the quotation in its sentence, and that cue's subject."""
    c = k - 1
    fallback: Attribution | None = None
    tried = 0
    passed = 0
    floor = max(0, k - _WINDOW)
    while c >= floor and tried < 3:
        t = tokens[c]
        if t.kind == "quote":
            # Shared cue: "described it as "A", "B" and "C"" — walk left past a few earlier quotations.
            passed += 1
            if passed > 4:
                break
            c -= 1
            continue
        if t.is_word and (t.text[:1].islower() or c == 0) and _is_verb_position(tokens, c) and (
            t.lower in cues.strong or (t.lower in cues.forms and _beside(tokens, c, k))
            or _introduces(tokens, c, k, cues) or _particle_cue(tokens, c)
        ):
            if according is not None and according[0] > c:
                break
            subject = _inverted(tokens, c, k) or _subject(tokens, c, cues)
            tried += 1
            if subject is None:
                c -= 1
                continue
            found = Attribution((c, c + 1), subject, "pre")
            if _personal(tokens, subject):
                return found
            # "…said that the platform should reiterate…": a cue whose subject is no person
            # may sit inside the reported clause of an outer cue; look further left first.
            fallback = fallback or found
        c -= 1
    if fallback is not None:
        return fallback
    if according is not None:
        start, np = according
        return Attribution((start, start + 2), np, "according")
    if k > 0 and tokens[k - 1].text == ":":
        near = k - 1
        while near > 0 and (tokens[near - 1].capitalized or (tokens[near - 1].text == "." and near - 1 > 0)):
            near -= 1
        starts_clause = near == 0 or tokens[near - 1].kind == "punct"
        if near < k - 1 and starts_clause and tokens[near].capitalized and tokens[near].lower not in NON_NAME_WORDS:
            return Attribution((k - 1, k), (near, k - 1), "colon")  # "- Michael P. McDonald: “…”"
        np = _leading_np(tokens, _main_clause_start(tokens, k - 1), k - 1)
        if np is not None:
            return Attribution((k - 1, k), np, "colon")
    return None


def _inverted(tokens: Sequence[Token], c: int, k: int) -> tuple[int, int] | None:
    """``explained CBS moderator Nancy Cordes: "…"``: the subject follows the cue."""
    if k - c < 2 or tokens[k - 1].text not in {":", ","} or k - c > _MAX_NP:
        return None
    if c > 0 and tokens[c - 1].text != ",":
        return None  # "Schilling told WEEI:": the object, not an inverted subject
    if tokens[c].lower in _OBJECT_CUES:
        return None
    span = tokens[c + 1 : k - 1]
    if span and span[0].is_word and any(t.capitalized for t in span) and all(t.is_word or t.text in {".", "’", "'", "-"} for t in span):
        if span[0].lower in PREPOSITIONS or span[0].lower in PRONOUNS:
            return None
        return (c + 1, k - 1)
    return None


def _beside(tokens: Sequence[Token], c: int, k: int) -> bool:
    """True when only a short object and a comma/colon stand between cue ``c`` and quotation ``k``."""
    between = tokens[c + 1 : k]
    return len(between) <= 3 and all(t.kind != "quote" and t.lower not in CLAUSE_BREAKERS for t in between)


def _introduces(tokens: Sequence[Token], c: int, k: int, cues: CueLexicon) -> bool:
    """A past-tense or present verb right before ", "…"" or ": "…"" ("Clinton cracked, "…"")."""
    if c + 2 != k or tokens[c + 1].text not in {",", ":"} or c == 0:
        return False
    before = tokens[c - 1]
    if not before.is_word or before.lower in cues.forms or before.lower in PREPOSITIONS or before.lower in DETERMINERS:
        return False
    return tokens[c].lower.endswith("ed")  # "cracked,"; a plural noun before a comma is far likelier than a verb in -s


def _personal(tokens: Sequence[Token], subject: tuple[int, int]) -> bool:
    """True when a subject names a person or a group by pronoun or by a capitalised name."""
    words = [t for t in tokens[subject[0] : subject[1]] if t.is_word]
    if not words:
        return False
    if len(words) == 1 and words[0].lower in PRONOUNS:
        return words[0].lower not in {"it", "who"}  # "women who complained": look for the outer cue
    return any(t.capitalized and t.lower not in DETERMINERS and t.lower not in NON_NAME_WORDS for t in words)


def _according(tokens: Sequence[Token]) -> tuple[int, tuple[int, int]] | None:
    """``according to X`` anywhere in the sentence: (index of "according", X's token range)."""
    for i in range(len(tokens) - 2):
        if tokens[i].lower == "according" and tokens[i + 1].lower == "to" and tokens[i + 2].is_word:
            end = i + 2
            n = len(tokens)
            while end < n and tokens[end].is_word and end - i < _MAX_NP and tokens[end].lower not in CLAUSE_BREAKERS:
                end += 1
            return i, (i + 2, end)
    return None


def _subject(tokens: Sequence[Token], c: int, cues: CueLexicon) -> tuple[int, int] | None:
    """The noun phrase that says the cue at ``c``."""
    j = c - 1
    while j >= 0 and tokens[j].lower in CUE_MODIFIERS and tokens[j].lower not in PRONOUNS:
        j -= 1
    if j >= 0 and tokens[j].text == ")":
        # "Governor Mary Fallin (R-OK) said": step over the parenthesis.
        opening = next((x for x in range(j - 1, max(-1, j - 10), -1) if tokens[x].text == "("), None)
        if opening is not None and opening > 0:
            inner = _subject_at(tokens, opening - 1)
            if inner is not None:
                return (inner, j + 1)
    if j < 0:
        return None
    t = tokens[j]
    verb = tokens[c].lower
    if t.is_word and (t.lower == "to" or (verb.endswith("ing") and t.lower in _SUBORDINATORS)):
        # "went so far as to say:", "led her to declare", "deflected questions before saying":
        # the subject of the clause.
        return _leading_np(tokens, _main_clause_start(tokens, c), c)
    if t.is_word and t.lower in {"and", "but", "or"}:
        # "Trump called on her to resign and said, "…"": the subject of the first verb.
        return _leading_np(tokens, _clause_start(tokens, j), j)
    if t.text == "," or (t.kind == "quote"):
        if verb.endswith("ing"):
            # A participle ("…, warning, "…"") takes the subject of its clause when that is a
            # person ("as Mrs. Clinton echoed it, saying"), else of the main clause; after
            # "…, Nefzi said, adding," it is the subject of that "said".
            if j > 0 and tokens[j - 1].is_word and tokens[j - 1].lower in cues.strong and j - 1 != c:
                said = _subject(tokens, j - 1, cues)
                if said is not None and _personal(tokens, said):
                    return said
            near = _leading_np(tokens, _clause_start(tokens, j), j)
            if near is not None and _personal(tokens, near):
                return near
            return _leading_np(tokens, _main_clause_start(tokens, c), c)
        if t.text == ",":
            return _appositive(tokens, j)
        return None
    if t.is_word and t.lower in PRONOUNS and t.lower not in {"it", "you", "him", "them", "his", "her"}:
        return (j, j + 1)
    if t.is_word and t.lower not in PREPOSITIONS and t.lower not in CLAUSE_BREAKERS and t.lower not in _AUX and t.lower not in cues.strong:
        start = _np_start(tokens, j)
        if start is not None:
            # "Putin’s aide, Yuri Ushakov" or "Another parliamentarian, Oleksandr Merezhko"
            return (start, j + 1)
    return _leading_np(tokens, _clause_start(tokens, c), c)


def _subject_at(tokens: Sequence[Token], j: int) -> int | None:
    """Start of a noun phrase ending at ``j``, when ``j`` is a word that can end one."""
    t = tokens[j]
    if not t.is_word or t.lower in PREPOSITIONS or t.lower in CLAUSE_BREAKERS or t.lower in _AUX:
        return None
    return _np_start(tokens, j)


def _np_start(tokens: Sequence[Token], j: int) -> int | None:
    """Walk left from ``j`` over words that can belong to a noun phrase."""
    i = j
    while i >= 0 and j - i < _MAX_NP:
        t = tokens[i]
        if t.kind != "word":
            if t.text in {"-", "’", "'", "&"}:
                i -= 1
                continue
            break
        low = t.lower
        if low in CLAUSE_BREAKERS or low in _AUX:
            break
        if low in PREPOSITIONS and low != "of":
            break
        if low in DETERMINERS:
            i -= 1
            break
        i -= 1
    start = i + 1
    if start > j:
        return None
    if tokens[start].lower == "of":
        return None
    return start


def _appositive(tokens: Sequence[Token], comma: int) -> tuple[int, int] | None:
    """``X, a former aide, said`` / ``Putin’s aide, Yuri Ushakov, said``: the whole phrase.

    Walks left over comma-separated noun phrases (``Giovanni Maria Vian, the editor in
    chief of the newspaper, L'Osservatore Romano, said``), skipping comma-set adverbs and
    relative clauses (``Sanders, meanwhile, who sits at zero, said``); the leftmost
    segment contributes the noun phrase at its end.
    """
    end = comma
    start: int | None = None
    for _ in range(6):
        prev = end - 1
        while prev >= 0 and tokens[prev].text != "," and tokens[prev].kind != "quote":
            prev -= 1
        seg = tokens[prev + 1 : end]
        if not seg:
            return start and (start, comma)
        head = seg[0]
        aside = head.is_word and (
            head.lower in {"who", "which", "whose"} or (len(seg) == 1 and (head.lower.endswith("ly") or head.lower in _INTRO_STARTERS))
        )
        at_edge = prev < 0 or tokens[prev].text != ","
        if aside:
            if at_edge:
                return None
            if start is None:
                comma = prev  # an aside right before the verb is not part of the name
        elif not at_edge and _np_like(tokens, prev + 1, end) and not any(t.lower in _AUX for t in seg):
            start = prev + 1
        else:
            if head.is_word and head.lower in _INTRO_STARTERS and head.lower not in PRONOUNS:
                return (start, comma) if start is not None else None  # "On Monday, Jane Doe, an aide, said"
            base = _np_start(tokens, end - 1)
            if base is None:
                return (start, comma) if start is not None else None
            return (base, comma)
        if at_edge:
            break
        end = prev
    return (start, comma) if start is not None else None


def _np_like(tokens: Sequence[Token], start: int, end: int) -> bool:
    if end - start > _MAX_NP:
        return False
    return all(t.kind == "word" or t.text in {"-", "’", "'", "&"} for t in tokens[start:end])


def _main_clause_start(tokens: Sequence[Token], c: int) -> int:
    """Start of the sentence part holding ``c``: after the last semicolon or colon, else 0."""
    for i in range(c - 1, max(-1, c - _WINDOW), -1):
        if tokens[i].text in {";", ":"}:
            return i + 1
    return max(0, c - _WINDOW)


_SUBORDINATORS = frozenset({"before", "after", "while", "when", "by", "without", "upon", "since", "in"})

_PARTICLE_CUES = {"point": "out", "pointed": "out", "points": "out", "pointing": "out", "went": "on",
                  "goes": "on", "chimed": "in", "weighed": "in", "spelled": "out"}


def _particle_cue(tokens: Sequence[Token], c: int) -> bool:
    """"pointed out", "went on", "chimed in": a cue only with its particle."""
    want = _PARTICLE_CUES.get(tokens[c].lower)
    return want is not None and c + 1 < len(tokens) and tokens[c + 1].lower == want


def _is_verb_position(tokens: Sequence[Token], c: int) -> bool:
    """False when the word at ``c`` is a noun by position: "Putin’s demands", "the claim"."""
    if c == 0:
        return True
    prev = tokens[c - 1]
    if prev.kind != "word":
        return True
    return not (prev.possessive or prev.lower in {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those"})


def _clause_start(tokens: Sequence[Token], c: int) -> int:
    """Index where the clause holding token ``c`` begins (after a breaker or a quotation)."""
    i = c - 1
    while i >= max(0, c - _WINDOW):
        t = tokens[i]
        if t.kind == "quote" or t.text in {";", ":"}:
            return i + 1
        if t.is_word and t.lower in CLAUSE_BREAKERS and t.lower not in {"like", "that"}:
            return i + 1
        i -= 1
    return max(0, c - _WINDOW)


def _leading_np(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """The first noun phrase of ``tokens[start:end]``, skipping introductory phrases."""
    end = min(end, start + _WINDOW)
    while start < end and tokens[start].is_word and tokens[start].lower in {"but", "and", "so", "yet", "or"}:
        start += 1
    # Skip introductory segments ending in a comma: "Still,", "In his nightly address,".
    while True:
        comma = next((i for i in range(start, end) if tokens[i].text == ","), None)
        if comma is None:
            break
        first = tokens[start]
        if first.is_word and (first.lower in _INTRO_STARTERS or first.text[:1].isdigit() or first.lower.endswith("ing")):
            start = comma + 1
            continue
        break
    while start < end and tokens[start].is_word and tokens[start].lower in {"but", "and", "so", "yet", "still", "also"}:
        start += 1
    if start >= end:
        return None
    first = tokens[start]
    if first.is_word and first.lower in PRONOUNS:
        return (start, start + 1)
    if first.is_word and first.lower in PREPOSITIONS:
        return None
    i = start
    while i < end and i - start < _MAX_NP:
        t = tokens[i]
        if t.kind == "quote":
            break
        if t.is_word:
            low = t.lower
            if i > start and (low in _AUX or low in CLAUSE_BREAKERS or (low in PREPOSITIONS and low != "of")):
                break
            if i > start and t.text[:1].islower() and low.endswith("ed") and low not in {"red"}:
                break
        elif t.text == ",":
            # An appositive: "Another parliamentarian, Oleksandr Merezhko, was …"
            close = next((x for x in range(i + 1, min(end, i + _MAX_NP)) if tokens[x].text == ","), None)
            if close is not None and _np_like(tokens, i + 1, close):
                return (start, close)
            break
        elif t.text not in {"-", "’", "'", "&", "."}:
            break
        i += 1
    return (start, i) if i > start else None


def main_clause(tokens: Sequence[Token], k: int) -> Attribution | None:
    """The sentence's own subject and verb, for a quotation set into it with no speech cue.

    ``She wants the candidates "first and foremost to admit it."`` — the quotation is
    the writer's report of what "she" wants; the subject is its source, the verb its cue.
    """
    start = _main_clause_start(tokens, k)
    np = _leading_np(tokens, start, k)
    if np is None or not _personal(tokens, np):
        return None
    v = np[1]
    while v < k and tokens[v].is_word and tokens[v].lower in CUE_MODIFIERS:
        v += 1
    if v >= k or not tokens[v].is_word or not tokens[v].text[:1].islower() or tokens[v].lower in CLAUSE_BREAKERS:
        return None
    return Attribution((v, v + 1), np, "main")
