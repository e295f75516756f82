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
    ROLE_NOUNS,
    US_STATES,
)
from quotecheck.quotes.cues import CueLexicon, cue_lexicon
from quotecheck.quotes.tokens import Token

_AUX = frozenset({"is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must", "did", "does", "do"})
_INTRO_STARTERS = PREPOSITIONS | CLAUSE_BREAKERS | frozenset(
    {"still", "however", "meanwhile", "yet", "also", "again", "instead", "later", "earlier",
     "then", "now", "indeed", "moreover", "separately", "similarly", "likewise", "asked",
     "writing", "speaking", "overall", "finally", "first", "second", "third", "last", "next",
     "today", "yesterday", "tonight", "previously", "nevertheless", "nonetheless", "but",
     "and", "so", "thus", "therefore", "in", "at", "on", "during", "after", "before", "according",
     "here", "there", "outside", "inside", "nearby", "alongside", "throughout"}
)
_MAX_NP = 14
_OBJECT_CUES = frozenset({"told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "informed", "assured", "urged", "warned"})
"""Cues whose following noun phrase is the listener, never an inverted speaker ("told CBS News")."""
_WINDOW = 80  # tokens searched leftwards for a cue or a clause start: keeps a sentence linear
_STRAY_MARKS = frozenset({"'", "’", '"', "”", "“", "‘"})


@attrs.frozen
class Attribution:
    """What a sentence says about one quotation's source (token indices into the frame)."""

    cue: tuple[int, int] | None
    """Token range of the cue (end exclusive)."""
    subject: tuple[int, int] | None
    """Token range of the speaker's noun phrase."""
    how: str
    """How it was found: post, post-inverted, pre, participle, colon, according, split, as, noun."""


def attribute(tokens: Sequence[Token], cues: CueLexicon) -> dict[int, Attribution]:
    """Attribution for each quotation token of one sentence frame, keyed by token index."""
    out: dict[int, Attribution] = {}
    quote_idx = [i for i, t in enumerate(tokens) if t.kind == "quote"]
    according = _according(tokens) if quote_idx else None
    for k in quote_idx:
        # Last: "…a "candidate who is a lightning rod" and Clevelanders get nervous, said Christine Link."
        found = (
            _split_continuation(tokens, k, out, cues) or _post(tokens, k, cues)
            or _pre(tokens, k, cues, according) or _trailing(tokens, k, cues) or _as_clause(tokens, k, cues)
        )
        if found is not None:
            out[k] = _refined(tokens, k, found, cues)
    return out


def _refined(tokens: Sequence[Token], k: int, found: Attribution, cues: CueLexicon) -> Attribution:
    """The first attribution found for quotation ``k``, checked against the other readings
    the sentence allows, in order: a poll's finding, a participle or fronted clause owning a
    post attribution, then (while it is a "pre" attribution with a cue) the readings of
    :data:`_PRE_STEPS`. Each step reads the attribution the one before it gave."""
    if found.cue is not None:
        found = _poll_opening(tokens, k, found) or found
    if found.how in {"post", "post-inverted"}:
        found = _participle_opening(tokens, k, found, cues) or _fronted_clause_cue(tokens, k, cues) or found
    for step in _PRE_STEPS:
        if found.how != "pre" or found.cue is None:
            break
        found = step(tokens, k, found, found.cue[0], cues) or found
    return found


def _strong_tail(tokens: Sequence[Token], k: int, found: Attribution, c: int, cues: CueLexicon) -> Attribution | None:
    """A closing attribution with a strong cue and a personal subject outranks a weak cue
    before the quotation ("The rejection of the treaty signals "…" for the EU, said Geert
    Wilders": the closing attribution speaks)."""
    if tokens[c].lower in cues.strong:
        return None
    tail = _trailing(tokens, k, cues)
    if tail is not None and tail.cue is not None and tail.subject is not None and tokens[tail.cue[0]].lower in cues.strong and _personal(tokens, tail.subject):
        return tail
    return None


def _owning_noun(tokens: Sequence[Token], k: int, found: Attribution, c: int, cues: CueLexicon) -> Attribution | None:
    """A noun of saying nearer the quotation than a weak cue owns it ("called Clinton’s
    assertion of a "…""; but "said Rubio’s claim that …" is the outer report)."""
    noun = speech_noun(tokens, k)
    if noun is not None and noun.cue is not None and noun.cue[0] > c and tokens[c].lower not in cues.strong:
        return noun
    return None


def _blamed(tokens: Sequence[Token], k: int, found: Attribution, c: int, cues: CueLexicon) -> Attribution | None:
    """:func:`_blamed_for` as a refinement step."""
    return _blamed_for(tokens, found, cues)


def _nearer_or_outer(tokens: Sequence[Token], k: int, found: Attribution, c: int, cues: CueLexicon) -> Attribution | None:
    """A verb coordinated with the cue nearer the quotation ("suggested …, called her "…"")
    is the cue; else, when the cue does not introduce the quotation directly, the outer
    report it sits in. Not for an attribution set aside by commas."""
    if _set_aside(tokens, found):
        return None
    near = coordinated_predicate(tokens, c, k, cues)
    if near is not None:
        return Attribution((near, near + 1), found.subject, "pre")
    if not _introduces_directly(tokens, c, k):
        return _outer_report(tokens, found, cues)
    return None


_PRE_STEPS = (_strong_tail, _owning_noun, _blamed, _nearer_or_outer)
"""The refinements of a "pre" attribution with a cue (at token ``c``), in the order they apply."""


_SURVEYS = frozenset({"poll", "polls", "survey", "surveys"})
_POLL_REACH = 16  # tokens of "In a … poll released Monday," before its comma


def _poll_opening(tokens: Sequence[Token], k: int, found: Attribution) -> Attribution | None:
    """For a sentence opening with the poll that asked ("In a national CNN/ORC poll released
    Monday, 31% of Republicans said they were “…”"), "In" as the cue and the poll as the
    source: the respondents' answers are the poll's finding. A sentence opening with
    "Asked whether “…”," quotes the question: "Asked" is its cue."""
    if tokens[0].text not in {"In", "Asked"} or any(t.text == ":" for t in tokens[:k]):
        return None  # (a cheap test first: most sentences open otherwise; "…; 1 percent said" goes on with the poll)
    start = 0
    if tokens[start].text == "Asked":
        comma = next((x for x in range(k + 1, min(len(tokens), k + 3)) if tokens[x].text == ","), None)
        inner = tokens[k].text.rstrip("”“„\"'’‘»« \u00a0")
        if (comma is not None or inner[-1:] == ",") and not any(t.text in {",", ";", ":"} for t in tokens[start:k]):
            return Attribution((start, start + 1), found.subject, "pre")
        return None
    if tokens[start].text != "In" or found.cue[0] < start:
        return None
    comma = next((x for x in range(start + 1, min(k, start + _POLL_REACH)) if tokens[x].text == ","), None)
    head = next((x for x in range(start + 1, comma or start) if tokens[x].lower in _SURVEYS or _verbish(tokens[x])), None)
    if comma is None or comma > found.cue[0] or head is None or tokens[head].lower not in _SURVEYS:
        return None  # ("In a memo released as polls closed": the poll is no head)
    if not any(t.text[:1].isdigit() or t.lower in _SHARES for t in tokens[comma + 1 : found.cue[0]]):
        return None  # (the respondents answer: "31% of Republicans", "most voters")
    return Attribution((start, start + 1), (start + 1, comma), "pre")


_SHARES = frozenset({"percent", "%", "majority", "most", "half", "third", "quarter", "plurality", "few", "many"})


def _participle_opening(tokens: Sequence[Token], k: int, post: Attribution, cues: CueLexicon) -> Attribution | None:
    """For a quotation right after a participle opening a comma-set phrase ("Citing “…,” the
    spokeswoman told"; "Mr. Manafort, citing “…,” said"), that participle as the cue: the
    quotation is its object, and the attribution after it only goes on with the sentence.
    The subject is the one the phrase qualifies: the sentence's, or the noun phrase before it."""
    p = k - 1
    if 0 < p and tokens[0].lower.endswith("ing") and tokens[0].lower in cues.forms and _closes_clause(tokens, k) and not any(
        t.text in {",", ";", ":"} or t.kind == "quote" for t in tokens[1:k]
    ):
        p = 0  # ("Citing last week's attack as a wake-up call and their “…,” Will urged")
    if p < 0 or not tokens[p].is_word or not tokens[p].lower.endswith("ing") or tokens[p].lower not in cues.forms:
        return None
    if p == 0:
        return Attribution((p, p + 1), post.subject, "pre")
    if tokens[p - 1].text != "," or not tokens[p].text[:1].islower():
        return None
    subject = _subject(tokens, p, cues)
    return Attribution((p, p + 1), subject if subject is not None else post.subject, "pre")


def _fronted_clause_cue(tokens: Sequence[Token], k: int, cues: CueLexicon) -> Attribution | None:
    """For a quotation closing a subordinate clause set before the main one ("When Maddow
    pointed out that Sanders calls it “…,” Clinton seized upon"; "But even as Trump
    claimed on Tuesday that “…,” a prosecutor said"), that clause's own subject and cue:
    the main clause after it says something else."""
    inner = tokens[k].text.rstrip("”“„\"'’‘»« \u00a0")
    if inner[-1:] != "," and not (k + 1 < len(tokens) and tokens[k + 1].text == ","):
        return None  # (the cheap test first: the quotation closes a clause)
    start = _main_clause_start(tokens, k)
    while start < k and tokens[start].is_word and tokens[start].lower in _MAIN_COORDINATORS:
        start += 1
    if start >= k or not (tokens[start].lower in _FRONTING or tokens[start].lower in {"as", "even", "because", "if"}):
        return None
    if any(t.text == "," or t.kind == "quote" for t in tokens[start:k]):
        return None
    for c in range(start + 2, k):
        t = tokens[c]
        if t.is_word and t.lower in cues.forms and t.text[:1].islower() and _is_verb_position(tokens, c):
            subject = _subject(tokens, c, cues)
            if subject is not None and subject[0] > start and _personal(tokens, subject):
                return Attribution((c, c + 1), subject, "pre")  # (the clause's own verb, before any it reports)
    return None


def _as_clause(tokens: Sequence[Token], k: int, cues: CueLexicon) -> Attribution | None:
    """An attribution in an "as" clause, after the quotation ("…," as Cruz said on Monday,)
    or opening its sentence ("As The Daily Caller reported, … "…""): the clause names the
    source and its verb is the cue, a weak one ("reported", "put it") included."""
    n = len(tokens)
    j = k + 1
    if j < n and tokens[j].text == ",":
        j += 1
    if j + 1 < n and tokens[j].lower == "as":
        found = _post_attribution(tokens, j + 1, cues, adjacent=True)
        if found is not None and found[1][0] == j + 1:
            return Attribution(found[0], found[1], "as")
    start = _main_clause_start(tokens, k)
    if start < k and tokens[start].lower == "as":
        found = _post_attribution(tokens, start + 1, cues, adjacent=True)
        if found is not None and found[1][0] == start + 1:
            end = max(found[0][1], found[1][1])
            comma = next((x for x in range(end, min(k, end + 8)) if tokens[x].text == ","), None)
            if comma is not None and all(t.is_word for t in tokens[end:comma]):
                return Attribution(found[0], found[1], "as")
    return None


_CREDIT_DASHES = frozenset({"-", "—", "–", "―"})


def credit_line(tokens: Sequence[Token]) -> Attribution | None:
    """``- Bernie Sanders.`` / ``-Michelle Marks, Philadelphia.``: a paragraph that credits
    the quotation standing alone just before it (the dash is the cue, the name the source).

    Only a dash, up to five capitalised words and the paragraph's end (or a comma and
    anything) qualify: a dashed headline or list item ("- Old hands -", "-Nate Cohn explains
    …") is no credit.
    """
    n = len(tokens)
    if n < 2 or tokens[0].kind != "punct" or tokens[0].text not in _CREDIT_DASHES:
        return None
    end = 1
    while end < n and end <= 5 and tokens[end].is_word and tokens[end].capitalized:
        end += 1
    if end == 1 or tokens[1].lower in NON_NAME_WORDS or tokens[1].lower in DETERMINERS:
        return None
    rest = tokens[end:]
    if rest and not (rest[0].text == "," or all(t.kind == "punct" and t.text in {".", "!"} for t in rest)):
        return None
    return Attribution((0, 1), (1, end), "credit")


_TRAIL = 3 * _MAX_NP  # tokens searched rightwards for a trailing attribution
_TRAIL_COMMAS = 6


def _trailing(tokens: Sequence[Token], k: int, cues: CueLexicon) -> Attribution | None:
    """An attribution after a later comma of the sentence (", said X, an analyst." /
    ", X said Tuesday, noting …"), for a quotation with none of its own.

    Only a bounded stretch after the quotation is read, so a sentence stays linear.
    """
    n = len(tokens)
    commas = 0
    for c in range(k + 1, min(n, k + 1 + _TRAIL)):
        if tokens[c].text != ",":
            continue
        commas += 1
        if commas > _TRAIL_COMMAS:
            return None
        found = _post_attribution(tokens, c + 1, cues)
        if found is not None and _ends_attribution(tokens, max(found[0][1], found[1][1])):
            return Attribution(found[0], found[1], "tail")
    return None


def _ends_attribution(tokens: Sequence[Token], i: int) -> bool:
    """True when what follows an attribution at token ``i`` belongs to it: a short adjunct
    ("on Tuesday in Paris"), then the sentence end, an appositive or relative clause
    (", an analyst at …", ", who …") or a participle going on with the statement (", noting …")."""
    n = len(tokens)
    j = i
    while j < n and j - i <= 8 and tokens[j].is_word:
        j += 1
    if all(t.kind == "punct" and t.text != "," for t in tokens[j:]):
        return True  # (stops at the first token that is not closing punctuation)
    if tokens[j].text != "," or j + 1 >= n or not tokens[j + 1].is_word:
        return False
    nxt = tokens[j + 1]
    return (
        nxt.lower in {"who", "whose", "which"} or nxt.lower in DETERMINERS or nxt.capitalized
        or nxt.text[:1].isdigit() or (nxt.lower.endswith("ing") and nxt.text[:1].islower())
        # ", executive director of …", ", deputy campaign manager for …": a title with no article.
        or any(t.is_word and t.lower in ROLE_NOUNS for t in tokens[j + 1 : min(n, j + 4)])
    )


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
    if j > 0 and tokens[j - 1].is_word and tokens[j - 1].lower.endswith("ing") and cues.is_cue(tokens[j - 1].text, beside_quote=True):
        return None  # "“A,” she said, adding, “B.”": a second statement, with its own cue
    prev = done[i]
    return Attribution(prev.cue, prev.subject, "split")


def _post(tokens: Sequence[Token], k: int, cues: CueLexicon) -> Attribution | None:
    """``"…," he said`` / ``"…," said the official`` right after the quotation."""
    j = k + 1
    n = len(tokens)
    while j < n and tokens[j].kind == "punct" and tokens[j].text in _STRAY_MARKS:
        j += 1  # a mark the scanner left unpaired in a closing run (nested ''…,''' said X)
    inner = tokens[k].text.rstrip("”“„\"'’‘»« \u00a0")  # (“It's unusual,“ said X: a closer typed as an opener)
    ends_open = inner[-1:] in {",", "?", "!", "—", "–", "-", "…"}
    adjacent = inner[-1:] in {",", "?", "!"}  # (a dash may open an appositive: "” — an issue Democrats have struggled with")
    if j < n and tokens[j].text in {",", "—", "–"}:
        ends_open = True
        adjacent = adjacent or tokens[j].text == ","
        j += 1
        while j < n and tokens[j].kind == "punct" and tokens[j].text in _STRAY_MARKS:
            j += 1  # (the real closer after the comma: “… he’s like 6’2”,” Rubio said, the first ” an inch mark)
    if j >= n:
        return None
    found = _post_attribution(tokens, j, cues, adjacent=adjacent)
    if found is not None and not ends_open and not _closes_sentence(tokens, found[0][1]) and not (
        found[2] == "post" and _personal(tokens, found[1]) and not _comma_between(tokens, found[1][0], found[0][0])
        and (tokens[found[1][0]].capitalized or tokens[found[1][0]].lower in PRONOUNS or tokens[found[1][0]].lower in DETERMINERS)
        and _ends_attribution(tokens, found[0][1])
    ) and not _parenthetical(tokens, found):  # ("… No, Trump. -H" Clinton tweeted, quoting a reporter's tweet on …": a participle goes on with it)
        return None
    if found is None or (not ends_open and _loose_subject(tokens, found[1], found[2])):
        return None
    cue, subject, how = found
    return Attribution(cue, subject, how)


def _runs_into_clause(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """True when the words after an inverted cue hold a verb of their own before any relative
    word ("said the candidate could be in a very competitive situation"): a reported clause,
    not a speaker ("said a Mexican official who was not authorized" is one)."""
    for x in range(start, stop):
        low = tokens[x].lower
        if low in {"who", "whom", "whose", "that", "which"}:
            return False
        if low in _AUX and not tokens[x].capitalized:
            return True
    return False


def _owner_of_term(tokens: Sequence[Token], subject: tuple[int, int], k: int, cues: CueLexicon) -> Attribution | None:
    """For "what he calls "…"" inside a sentence whose own subject is a name or a titled role
    ("Cruz has railed against what he calls the "…"", "The president denounced what he
    called"), that subject and its verb: the pronoun is that subject again, and the sentence
    is its statement."""
    s = subject[0]
    if subject[1] - s != 1 or tokens[s].lower not in {"he", "she", "they"} or tokens[s - 1].lower != "what":
        return None
    if s > 1 and tokens[s - 2].text in {",", "—", "–", "-"}:
        return None  # ("over the party's rift - what he called "…"": the clause renames a noun)
    main = _clause_subject_verb(tokens, _main_clause_start(tokens, k), subject[0] - 1, cues)
    if main is None or main.cue is None or main.subject is None or not any(t.capitalized for t in tokens[main.subject[0] : main.subject[1]]):
        return None
    words = tokens[main.subject[0] : main.subject[1]]
    if any(t.lower in _AUX or t.lower in cues.forms for t in words):
        return None  # ("The remarks suggest Mr. Trump is …", "so will an army of …": no clean subject)
    return main if _personal(tokens, main.subject) or words[-1].lower in ROLE_NOUNS else None  # ("The president denounced")


def _trailing_adverbial(tokens: Sequence[Token], i: int) -> bool:
    """True when the subordinator at ``i`` ("when") follows a lower-case word, not a comma
    or the sentence start ("acknowledged that she had misspoken in two interviews when she
    claimed"): its clause hangs on the reported clause before it."""
    return i > 1 and tokens[i - 1].is_word and tokens[i - 1].text[:1].islower() and tokens[i].lower in {"when", "while", "after", "before", "because", "since", "until"}


def _opened_in_complement(tokens: Sequence[Token], comma: int) -> bool:
    """True when the clause closing at ``comma`` opens right after a complementizer ("added
    that if his son were still serving in Iraq, he would …"): it sits inside the reported
    clause, so the clause after the comma is reported too."""
    for x in range(comma - 1, max(0, comma - _WINDOW), -1):
        t = tokens[x]
        if t.kind == "quote" or t.text in _SENTENCE_ENDS:
            return False
        if t.lower in _COMPLEMENT_OPENERS and x > 0 and tokens[x - 1].lower == "that":
            return True
    return False


def _closed_aside(tokens: Sequence[Token], x: int, end: int) -> bool:
    """True when the relative clause opening at ``x`` after a comma closes with a comma before ``end``."""
    return any(tokens[y].text == "," for y in range(x + 1, end))


def _closes_clause(tokens: Sequence[Token], q: int) -> bool:
    """True when the quotation at ``q`` ends its clause: it closes on a comma, question or
    exclamation mark, or a comma or dash follows it ("“Marco! Marco!,” the senator said")."""
    inner = tokens[q].text.rstrip("”“„\"'’‘»« \u00a0")
    nxt = tokens[q + 1].text if q + 1 < len(tokens) else ""
    return inner[-1:] in {",", "?", "!"} or nxt in {",", "—", "–", "-"}


def _parenthetical(tokens: Sequence[Token], found: tuple[tuple[int, int], tuple[int, int], str]) -> bool:
    """True for a pronoun and its cue set off by commas inside the sentence ("“…” income,
    he said, rather than …"): an attribution that interrupts the statement it attributes."""
    (c0, c1), (s0, s1), how = found
    return (
        how == "post" and s1 - s0 == 1 and s1 == c0 and _subject_pronoun(tokens[s0]) and s0 > 0 and tokens[s0 - 1].text == ","
        and c1 < len(tokens) and tokens[c1].text == ","
    )


def _loose_subject(tokens: Sequence[Token], subject: tuple[int, int], how: str) -> bool:
    """True when the subject found after a quotation closed without a comma is no speaker:
    a lower-case phrase after an inverted verb ("sharing economy" reflects an improvement)
    or a phrase running through a preposition into a gerund ("protect" Clinton by
    scheduling debates): the words go on with the sentence and attribute nothing."""
    words = tokens[subject[0] : subject[1]]
    if how == "post-inverted":
        return bool(words) and not words[0].capitalized and not _personal(tokens, subject)
    return any(
        t.is_word and t.lower in PREPOSITIONS and t.lower != "of" and x + 1 < len(words) and words[x + 1].lower.endswith("ing")
        for x, t in enumerate(words)
    )


def _post_attribution(
    tokens: Sequence[Token], j: int, cues: CueLexicon, adjacent: bool = False
) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """``said X`` or ``X said`` starting at token ``j``: (cue range, subject range, how).

    ``adjacent`` says that ``j`` directly follows a quotation ending open (``"…,"`` /
    ``"…?"``), the one place where English puts nothing but an attribution: there
    ``"…?" asked Mr. Manafort`` inverts a question cue, a subject may be lower-case or
    hold "and" (``federal prosecutors wrote``, ``the Florida senator and Republican
    presidential candidate said``), and any verb closing the sentence is the cue
    (``"…," Trump barked.``, ``"…," Bennett shot back with a laugh.``).
    """
    n = len(tokens)
    if j >= n:
        return None
    # said X
    if tokens[j].is_word and tokens[j].lower in _OBJECT_CUES:
        if not (adjacent and tokens[j].lower in _INVERTIBLE_OBJECT_CUES and _names_speaker(tokens, j + 1)):
            return None
    elif adjacent and _manner_inverted(tokens, j, cues):
        return (j, j + 1), _inverted_np(tokens, j + 1), "post-inverted"
    if tokens[j].is_word and tokens[j].lower.endswith("ing") and tokens[j].text[:1].islower():
        return None  # ("…," echoing some commentators who …": a participle goes with the clause before)
    if tokens[j].is_word and tokens[j].lower in cues.forms and tokens[j].text[:1].islower() and _is_verb_position(tokens, j):
        end = j + 1
        stop = end
        while stop < n and stop - end < _MAX_NP and tokens[stop].kind == "word" and tokens[stop].lower not in CLAUSE_BREAKERS:
            if stop > end and tokens[stop].lower in PREPOSITIONS and tokens[stop].lower != "of":
                break
            stop += 1
        if stop > end and not _is_preposition_phrase(tokens, end) and not all(
            tokens[x].lower.endswith("ly") and tokens[x].text[:1].islower() for x in range(end, stop)
        ) and not _modifier_before_name(tokens, j, cues) and not _runs_into_clause(tokens, end, stop):
            # ("…, said quietly.": an adverb, not an inverted subject; "…,'' said the candidate could be …": a clause)
            return (j, end), (end, stop), "post-inverted"
        if not _modifier_before_name(tokens, j, cues):
            return None
    # X said (an appositive may make the subject long: "Elaine C. Kamarck, a senior fellow …, wrote")
    stop = j
    relaxed = False  # stepped over a clause word or a title inside an appositive
    while stop < n and stop - j <= 2 * _MAX_NP:
        t = tokens[stop]
        if t.kind == "quote":
            if not (adjacent and _comma_between(tokens, j, stop) and len(t.text) <= 40):
                return None
            relaxed = True  # "Bill Eastland, wearing “Ted Cruz” campaign pins, said"
            stop += 1
            continue
        if t.is_word and t.lower in cues.forms and t.text[:1].islower() and stop > j and _is_verb_position(tokens, stop) and not _noun_before_cue(tokens, stop, cues) and not _singular_noun(tokens, stop, cues):
            later = _cue_after_aside(tokens, j, stop, cues)
            if later is not None:
                return (later, later + 1), (j, later - 1), "post"
            if relaxed:
                # "Trump, the frontrunner … after winning New Hampshire, said": only a closed appositive.
                if tokens[stop - 1].text != "," or not _personal(tokens, (j, j + 1)):
                    return None
                return (stop, stop + 1), (j, stop - 1), "post"
            subj_end = stop
            while subj_end > j and tokens[subj_end - 1].lower in CUE_MODIFIERS and not tokens[subj_end - 1].capitalized:
                subj_end -= 1
            if subj_end == j:
                return None
            if any(
                (tokens[x].lower in CLAUSE_BREAKERS and not (tokens[x].lower in {"and", "of"} and _comma_between(tokens, j, x))
                 and not _joins_names(tokens, x) and not (adjacent and tokens[x].lower == "and" and x > j and _verbless(tokens, j, subj_end)))
                or (tokens[x].lower in _AUX and not (tokens[x].capitalized and x > 0))  # ("…," Will wrote: a name)
                for x in range(j, subj_end)
                if (tokens[x].lower in CLAUSE_BREAKERS or tokens[x].lower in _AUX)  # (what the test needs: sieved first)
                and not _in_relative(tokens, j, x) and tokens[x].lower not in {"who", "which", "whose"}
            ):
                return None
            head = tokens[j]
            if head.lower in PREPOSITIONS or not (_plain_np(tokens, j, subj_end) if adjacent else False) and not any(
                t.capitalized or t.lower in PRONOUNS or t.lower in DETERMINERS for t in tokens[j:subj_end] if t.is_word
            ):
                return None  # "“central” to the party’s platform, reported …": no subject here
            if subj_end - j > 2 and tokens[subj_end - 2].text == "," and _subject_pronoun(tokens[subj_end - 1]):
                return (stop, stop + 1), (subj_end - 1, subj_end), "post"  # ("“…” income, he said": the pronoun alone)
            return (stop, stop + 1), (j, subj_end), "post"
        if adjacent and stop > j and stop - j <= 6 and _manner_verb(tokens, j, stop, cues):
            return (stop, stop + 1), (j, stop), "post"
        if t.kind == "punct" and t.text not in {",", "-", "’", "'", "(", ")", "."}:
            return None  # ("." only ends an abbreviation here: "Rep. Earl Blumenauer (D-Ore.) said")
        if (
            t.is_word and t.lower in CLAUSE_BREAKERS and t.lower != "who"
            and not (t.lower in {"and", "of"} and _comma_between(tokens, j, stop))
            and not _in_relative(tokens, j, stop) and not _joins_names(tokens, stop)
            and not (adjacent and t.lower == "and" and stop > j and _verbless(tokens, j, stop))
        ):
            if not (adjacent and _comma_between(tokens, j, stop)):
                return None
            relaxed = True
        stop += 1
    return None


def _noun_before_cue(tokens: Sequence[Token], i: int, cues: CueLexicon) -> bool:
    """True when the noun-like cue form at ``i`` heads the subject of a speech verb right
    after it ("…," the congressional report said): a noun, not the cue."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].lower in cues.weak and nxt is not None and nxt.is_word and nxt.lower in cues.strong and nxt.text[:1].islower()


def _cue_after_aside(tokens: Sequence[Token], j: int, stop: int, cues: CueLexicon) -> int | None:
    """The cue closing a comma-set aside after the subject at ``j`` when the cue form at
    ``stop`` sits inside it ("…," Cruz, who has proposed repealing the mandate, said;
    "…," Jane Doe, the president of the Indiana state union, said): the aside's verb
    or noun is not the attribution's."""
    if tokens[stop - 1].text == "," or not _comma_between(tokens, j, stop):
        return None
    for x in range(stop + 1, min(len(tokens) - 1, stop + 2 * _MAX_NP)):
        t = tokens[x]
        if t.kind == "quote" or t.text in _SENTENCE_ENDS:
            return None
        if t.text == ",":
            v = x + 1
            while v < len(tokens) and tokens[v].lower in CUE_MODIFIERS and not tokens[v].capitalized:
                v += 1
            w = tokens[v] if v < len(tokens) else None
            if w is not None and w.is_word and w.lower in cues.forms and w.text[:1].islower() and _is_verb_position(tokens, v):
                return v
    return None


def _modifier_before_name(tokens: Sequence[Token], j: int, cues: CueLexicon) -> bool:
    """True when the noun-like cue form at ``j`` qualifies the capitalized phrase after it,
    which its own speech verb follows ("…," state Sen. Jason Holsman (D) said): the word is
    part of the subject, not an inverted cue."""
    if tokens[j].lower not in cues.weak or j + 1 >= len(tokens) or not tokens[j + 1].capitalized:
        return False
    for x in range(j + 1, min(len(tokens), j + 1 + 2 * _MAX_NP)):
        t = tokens[x]
        if t.kind == "quote" or t.text in _SENTENCE_ENDS:
            return False
        if t.is_word and t.lower in cues.strong and t.text[:1].islower() and _is_verb_position(tokens, x):
            return True
    return False


_INVERTIBLE_OBJECT_CUES = frozenset({"asked", "asks", "warned", "urged"})
"""Object cues that may still invert after a quotation: ``"…?" asked the boy``, ``"…," warned Clinton``."""
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "it", "you", "reporters", "voters", "supporters"})
_PARTICLES = frozenset({"back", "out", "up", "on", "in"})
_BACK_VERBS = frozenset({"shot", "fired", "hit", "snapped", "pushed"})
"""Verbs that are speech only with "back": ``"…," Trump shot back.``"""


def _names_speaker(tokens: Sequence[Token], i: int) -> bool:
    """True when token ``i`` opens a name or a described person, not a listener ("him")."""
    if i >= len(tokens) or not tokens[i].is_word or tokens[i].lower in _OBJECT_PRONOUNS:
        return False
    return tokens[i].capitalized or tokens[i].lower in DETERMINERS


def _inverted_np(tokens: Sequence[Token], i: int) -> tuple[int, int]:
    """The inverted subject starting at ``i``: words up to a clause word or preposition (not "of")."""
    n = len(tokens)
    stop = i
    while stop < n and stop - i < _MAX_NP and tokens[stop].kind == "word" and tokens[stop].lower not in CLAUSE_BREAKERS:
        if stop > i and tokens[stop].lower in PREPOSITIONS and tokens[stop].lower != "of":
            break
        stop += 1
    return (i, stop)


def _past_or_present(t: Token, cues: CueLexicon) -> bool:
    """A lower-case finite verb form by its shape: "barked", "shot", "answers"."""
    low = t.lower
    if not t.is_word or not t.text[:1].islower() or low in _AUX or low in CLAUSE_BREAKERS or low in PREPOSITIONS:
        return False
    if cues.is_cue(low, beside_quote=True) or low in _IRREGULAR_PASTS:
        return True
    return low.endswith("ed") and len(low) > 4 and low not in ROLE_NOUNS  # (not "-s": "Trump supporters.")


_CLAUSE_OF_MANNER = frozenset({"as", "when", "after", "before", "while"})


def _closes_after_verb(tokens: Sequence[Token], v: int) -> bool:
    """True when a verb at ``v`` ends its attribution: a particle ("shot back"), then the
    sentence end, a short adjunct ("with a laugh", "on Hassan's non-answer") or a participle."""
    if v + 1 < len(tokens) and tokens[v + 1].lower in _PARTICLES and _closes_from(tokens, v + 2):
        return True
    return _closes_from(tokens, v + 1)


def _closes_from(tokens: Sequence[Token], i: int) -> bool:
    """:func:`_closes_after_verb` from token ``i``, past the verb and its particle if any."""
    if i >= len(tokens):
        return True
    nxt = tokens[i]
    if nxt.kind == "punct" and nxt.text != ",":
        return all(t.kind == "punct" for t in tokens[i:]) or nxt.text in {".", "!", "?"}
    if nxt.text == ",":
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        # ", adding …", ", as if he didn't hear her": a participle or a clause of manner or time
        return after is not None and after.is_word and after.text[:1].islower() and (
            after.lower.endswith("ing") or after.lower in _CLAUSE_OF_MANNER
        )
    # "… with a laugh", "… and a security guard escorted Ramos out": an adjunct or a short clause closing the sentence
    if not (nxt.is_word and (nxt.lower in PREPOSITIONS or nxt.lower in _CLAUSE_OF_MANNER or nxt.lower == "and")):
        return False
    if _closes_sentence(tokens, i):
        return True
    # "riffed on Hassan's non-answer to whether Clinton was honest, drawing applause": an adjunct, then a participle
    comma = next((x for x in range(i + 1, min(len(tokens), i + 16)) if tokens[x].kind != "word"), None)
    return (
        nxt.lower in PREPOSITIONS and comma is not None and tokens[comma].text == "," and comma + 1 < len(tokens)
        and tokens[comma + 1].is_word and tokens[comma + 1].text[:1].islower() and tokens[comma + 1].lower.endswith("ing")
    )


def _manner_verb(tokens: Sequence[Token], j: int, v: int, cues: CueLexicon) -> bool:
    """True when ``tokens[j:v]`` is a person and ``tokens[v]`` a verb closing the sentence:
    ``"…," Trump barked.`` — a speech verb outside the lexicon, known by its place."""
    t = tokens[v]
    if not (_past_or_present(t, cues) or (t.lower in _BACK_VERBS and v + 1 < len(tokens) and tokens[v + 1].lower == "back")):
        return False
    if not _closes_after_verb(tokens, v):
        return False
    words = tokens[j:v]
    if not all(w.is_word or w.text in {".", "’", "'", "-"} for w in words):
        return False
    if any(w.is_word and (_verbish(w) or w.lower in CLAUSE_BREAKERS or (w.lower in PREPOSITIONS and w.lower != "of") or w.lower == "to") for w in words):
        return False  # ("Mrs. Clinton has struggled to hit": no subject, no manner verb)
    return _personal(tokens, (j, v)) or (words[0].is_word and words[0].lower in DETERMINERS and words[-1].lower in ROLE_NOUNS)


def _manner_inverted(tokens: Sequence[Token], j: int, cues: CueLexicon) -> bool:
    """``"…?" reacted Trump.``: a verb outside the lexicon, then a name closing the sentence."""
    t = tokens[j]
    if not t.is_word or cues.is_cue(t.text, beside_quote=True) or not _past_or_present(t, cues) or not t.lower.endswith("ed"):
        return False
    np = _inverted_np(tokens, j + 1)
    if np[1] == np[0] or not all(tokens[x].capitalized for x in range(np[0], np[1])):
        return False
    return _ends_attribution(tokens, np[1])


def _plain_np(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True for a short lower-case noun phrase with no verb in it ("federal prosecutors")."""
    words = tokens[start:end]
    return (
        0 < len(words) <= 5 and all(t.is_word for t in words) and _verbless(tokens, start, end)
        and not any(t.lower in CLAUSE_BREAKERS or t.lower in PREPOSITIONS or t.lower == "to" for t in words)
    )


def _verbless(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when no word of ``tokens[start:end]`` reads as a verb (a subject "X and Y" holds none)."""
    return not any(_verbish(t) for t in tokens[start:end])


def _joins_names(tokens: Sequence[Token], i: int) -> bool:
    """True when token ``i`` is the "and" of a pair of names ("Jane Doe and John Roe wrote")."""
    return (
        tokens[i].lower == "and" and 0 < i < len(tokens) - 1
        and tokens[i - 1].capitalized and tokens[i + 1].capitalized and tokens[i + 1].lower not in NON_NAME_WORDS
    )


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
    credit = _dashed_credit(tokens, k)
    if credit is not None:
        return credit
    c = k - 1
    fallback: Attribution | None = None
    tried = 0
    passed = 0
    floor = max(0, k - _WINDOW)
    own = _coordinated_colon_clause(tokens, k, cues)
    weak: Attribution | None = None
    while c >= floor and tried < 3:
        t = tokens[c]
        if weak is not None and (
            t.text == ";" or t.kind == "quote"
            or (t.lower in CLAUSE_BREAKERS and t.lower != "that" and not (c + 1 < k and tokens[c + 1].lower.endswith("ing")))
        ):
            break  # the outer cue must govern the clause holding the weak one ("because he thought", "and calls" stay)
        if t.kind == "quote":
            # Shared cue: "described it as "A", "B" and "C"" — walk left past a few earlier quotations.
            passed += 1
            if passed > 4 or (fallback is not None and _closes_clause(tokens, c)):
                break  # ("“Marco!,” the senator said his campaign was "…"": a cue found stays on its side)
            c -= 1
            continue
        if t.is_word and (t.text[:1].islower() or c == 0) and (
            t.lower in cues.forms or t.lower in _PARTICLE_CUES or t.lower in _NAMING or c + 2 == k
        ) and _is_verb_position(tokens, c) and not _singular_noun(tokens, c, cues) and (  # (a cheap first sieve)
            t.lower in cues.strong or (t.lower in cues.forms and _beside(tokens, c, k))
            or _introduces(tokens, c, k, cues) or _particle_cue(tokens, c)
            or (t.lower in cues.weak and _takes_complement(tokens, c, k)) or _names_as(tokens, c, k)
        ):
            if according is not None and according[0] > c:
                break
            if weak is None and fallback is None and own is not None and c < own[0]:
                return own[1]  # ("Reid said …, but he gave the Texan a back-handed compliment: "…"")
            if weak is None and fallback is None:
                main = _after_fronted_clause(tokens, c, k, cues)
                if main is not None:
                    return main if main.cue is not None else None
            subject = _passive_agent(tokens, c, k) or _inverted(tokens, c, k) or _subject(tokens, c, cues)
            tried += 1
            if subject is None:
                c -= 1
                continue
            found = Attribution((c, c + 1), subject, "pre")
            if tokens[k - 1].text == ":" and _in_relative_clause(tokens, subject[0]):
                c -= 1  # ("this sound bite for which she later apologized: "…"": the clause qualifies a noun)
                continue
            if _personal(tokens, subject):
                strong = cues.is_cue(t.text)
                if weak is not None:
                    return found if strong else weak
                participle = t.lower.endswith("ing") and c > 0 and tokens[c - 1].lower not in _AUX
                if subject[0] > 0 and tokens[subject[0] - 1].lower in {"what", "which"}:
                    return _owner_of_term(tokens, subject, k, cues) or found  # ("what he calls "…"": the term is his)
                if strong or participle:
                    # (", calling him "…"" qualifies the main clause)
                    if not (_beside(tokens, c, k) and tokens[k - 1].text in {",", ":"}):
                        outer = _reporting_owner(tokens, subject[0], cues)
                        if outer is not None:
                            return outer
                    return found
                # "Benjamin said he believes "…"", "He said that he would offer "a prayer"": a
                # verb that is a cue only beside a quote, inside an outer cue's clause; the
                # statement is the outer speaker's.
                weak = found
                c -= 1
                continue
            # "…said that the platform should reiterate…": a cue whose subject is no person
            # may sit inside the reported clause of an outer cue; look further left first.
            fallback = fallback or found
        c -= 1
    if weak is not None:
        return weak
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
            # "McConnell, R-Ky., delivered a blunt message to Trump: "…"": the clause's verb is
            # the cue where there is one; else the colon.
            cut, v = _split_at_verb(tokens, np, cues)
            while cut[1] - cut[0] > 1 and (tokens[cut[1] - 1].lower in CUE_MODIFIERS or _adverb(tokens, cut[1] - 1)):
                cut = (cut[0], cut[1] - 1)  # ("Ted Cruz also played up")
            v = v if v is not None else _main_verb(tokens, cut[1], k - 1)
            if v is not None and _personal(tokens, cut) and not tokens[v].lower.endswith("ing") and (
                (_verbish(tokens[v]) and tokens[v].lower not in _AUX) or tokens[v].lower in cues.forms
            ):
                return Attribution((v, v + 1), cut, "colon")
            return Attribution((k - 1, k), np, "colon")
    return None


_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being", "be"})


def _passive_agent(tokens: Sequence[Token], c: int, k: int) -> tuple[int, int] | None:
    """The agent of a passive cue, who says the quotation: "Sanders was asked by host Bill
    Maher, "…"", "has been called "strategic ambiguity" by Joshua Hendrick", "Asked by Thrush
    if Clinton "gets" race, …"; the grammatical subject is the one spoken to or about."""
    if not tokens[c].lower.endswith("ed") and tokens[c].lower not in {"told", "said", "written", "known"}:
        return None
    b = c - 1
    while b > 0 and tokens[b].lower not in _PASSIVE_AUX and (tokens[b].lower in CUE_MODIFIERS or _adverb(tokens, b)):
        b -= 1
    if c > 0 and (b < 0 or tokens[b].lower not in _PASSIVE_AUX):
        return None  # (a participle opening the sentence needs no auxiliary: "Asked by Thrush if …")
    by = c + 1 if c + 1 < k and tokens[c + 1].lower == "by" else (k + 1 if k + 1 < len(tokens) and tokens[k + 1].lower == "by" and c + 1 == k else -1)
    if by < 0:
        return None
    agent = _leading_np(tokens, by + 1, k if by < k else len(tokens))
    return agent if agent is not None and _personal(tokens, agent) else None


_CREDIT_REACH = 8


def _dashed_credit(tokens: Sequence[Token], k: int) -> Attribution | None:
    """``… all along - Frank Newport and Jim Harter: "…"``, ``- More from Blumenthal and
    Cohen: "…"``, ``From the report: "…"``: a name (or "from" and a source) between a dash
    or the sentence start and the colon before the quotation credits it, whatever cue the
    words before the dash hold (a newsletter's headline, then its credit)."""
    if k < 2 or tokens[k - 1].text != ":":
        return None
    near = k - 1
    while near > 0 and k - near <= _CREDIT_REACH and tokens[near - 1].kind == "word" and (
        tokens[near - 1].capitalized or tokens[near - 1].text == "." or _joins_names(tokens, near - 1)
    ):
        near -= 1
    dashed = near > 0 and tokens[near - 1].text in _CREDIT_DASHES
    if near < k - 1 and dashed and tokens[near].capitalized and tokens[near].lower not in NON_NAME_WORDS and tokens[near].lower != "from":
        return Attribution((k - 1, k), (near, k - 1), "colon")
    # "From the report:", "More from Blumenthal and Cohen:"
    f = next((x for x in range(k - 2, max(-1, k - 2 - _CREDIT_REACH), -1) if tokens[x].lower == "from"), None)
    if f is None or f + 1 >= k - 1 or not all(t.kind == "word" or t.text in {".", "’", "'"} for t in tokens[f + 1 : k - 1]):
        return None
    opener = f - 1 if f > 0 and tokens[f - 1].lower == "more" else f
    if not (opener == 0 or tokens[opener - 1].text in _CREDIT_DASHES) or not tokens[opener].capitalized:
        return None
    return Attribution((k - 1, k), (f + 1, k - 1), "colon")


_MAIN_COORDINATORS = frozenset({"but", "and", "yet", "so"})


def _coordinated_colon_clause(tokens: Sequence[Token], k: int, cues: CueLexicon) -> tuple[int, Attribution] | None:
    """For a quotation after a colon closing a clause coordinated after a comma ("Reid said
    both are "non-entities," but he gave the Texan a back-handed compliment: "…""): the
    coordinator's index and that clause's own subject and verb, when its subject is a
    person. A cue before the coordinator belongs to the first clause, not to this quotation."""
    if k < 4 or tokens[k - 1].text != ":":
        return None
    x = k - 2
    while x > 0 and k - x <= 2 * _MAX_NP and tokens[x].kind != "quote" and tokens[x].text not in {";", ":"}:
        if tokens[x].lower in _MAIN_COORDINATORS and _ends_in_comma(tokens[x - 1]) and tokens[x + 1].is_word:
            first = tokens[x + 1]
            if not (first.lower in _SUBJECT_PRONOUNS or (first.capitalized and first.lower not in NON_NAME_WORDS and first.lower not in DETERMINERS)):
                return None
            np = _leading_np(tokens, x + 1, k - 1)
            if np is None or np[0] != x + 1 or not _personal(tokens, np):
                return None
            np, v = _split_at_verb(tokens, np, cues)
            v = v if v is not None else _main_verb(tokens, np[1], k - 1)
            if v is None or tokens[v].lower.endswith("ing") or not (_verbish(tokens[v]) or tokens[v].lower in cues.forms):
                return None
            return x, Attribution((v, v + 1), np, "colon")
        x -= 1
    return None


def _ends_in_comma(t: Token) -> bool:
    """A comma, or a quotation closing with one inside its marks ("non-entities in the Senate,")."""
    return t.text == "," or (t.kind == "quote" and t.text.rstrip("”“\"'’‘ ").endswith(","))


def _in_relative_clause(tokens: Sequence[Token], s: int) -> bool:
    """True when the subject at ``s`` opens a relative clause on a noun ("the candidate, whom
    he described as", "this sound bite for which she later apologized"); not one that goes on
    with the clause before (", to which O'Malley interjected:" is the attribution)."""
    if s < 2 or tokens[s - 1].lower not in {"which", "whom"}:
        return False
    before = tokens[s - 2]
    if before.text == ",":
        return True
    return before.lower in PREPOSITIONS and not (s >= 3 and tokens[s - 3].text == ",")


_SINGULAR_OPENERS = frozenset({"a", "an", "another"})


def _singular_noun(tokens: Sequence[Token], c: int, cues: CueLexicon) -> bool:
    """True when a cue's base form closes a phrase opened by "a"/"an" ("delivered a snappy
    retort:", "offered a quick reply"): a singular subject would take "retorts", so the
    word is a noun (unless the phrase sits after a preposition: "voters in a new poll say")."""
    low = tokens[c].lower
    if cues.base_of.get(low) != low:
        return False
    j = c - 1
    while j >= 0 and c - j <= 3 and tokens[j].is_word and tokens[j].text[:1].islower() and tokens[j].lower not in _SINGULAR_OPENERS:
        if _verbish(tokens[j]) and not tokens[j].lower.endswith("ed") or tokens[j].lower in CLAUSE_BREAKERS or tokens[j].lower in PREPOSITIONS:
            return False
        j -= 1
    # ("Voters in a new poll say": the phrase sits in an adjunct; the subject is before it)
    return j >= 0 and tokens[j].lower in _SINGULAR_OPENERS and not (j > 0 and tokens[j - 1].lower in PREPOSITIONS)


_OWNER_GAP = 6  # tokens of listener and time between an outer reporting verb and its "that"
_COMPLEMENT_OPENERS = frozenset({"when", "once", "if", "after", "before", "because", "while", "since", "until", "although", "though"})
_TELLING = frozenset({"told", "tells", "tell", "assured", "assures", "informed", "informs", "reminded", "reminds"})


def _reporting_owner(tokens: Sequence[Token], s: int, cues: CueLexicon) -> Attribution | None:
    """The outer reporting verb whose complement clause starts with the subject at ``s``
    ("Meeks said [Clinton reassured them that …]", "Trump said that [Romney begged …]",
    "he told reporters Tuesday that [he …]"), with its own personal subject.

    A quotation inside that clause is the outer speaker's report: the inner clause's verb
    is part of what was said, not a second attribution. A quotation the inner verb
    introduces itself ("he told one agent, "…"") is left to the inner verb by the caller.
    """
    j = s - 1
    if j > 0 and tokens[j].lower in _COMPLEMENT_OPENERS and tokens[j - 1].lower == "that":
        j -= 1  # "said that once [the Senate goes on recess], "…"": the clause's opener
    if j >= 0 and tokens[j].lower == "that":
        j -= 1
        lo = max(-1, j - _OWNER_GAP)
        v = j
        while v > lo and tokens[v].is_word and tokens[v].lower not in CLAUSE_BREAKERS and tokens[v].lower not in _REPORTING_PASTS:
            v -= 1
        if v > lo and v >= 0 and tokens[v].lower in _REPORTING_PASTS and (v == j or tokens[v].lower in _TELLING or all(
            tokens[x].lower in _TIME_WORDS or tokens[x].lower in _TIME_STARTERS or tokens[x].text[:1].isupper() for x in range(v + 1, j + 1)
        )):
            j = v
        else:
            return None
    elif j < 0 or tokens[j].lower not in _REPORTING_PASTS or tokens[j].lower in _TELLING:
        return None  # ("told him Clinton …": "him" is the listener, the clause is no complement)
    if not tokens[j].text[:1].islower() or not _is_verb_position(tokens, j):
        return None
    subject = _subject(tokens, j, cues)
    if subject is None or subject[1] > j or not (_personal(tokens, subject) or _common_np(tokens, subject)):
        return None
    return Attribution((j, j + 1), subject, "pre")


def _common_np(tokens: Sequence[Token], subject: tuple[int, int]) -> bool:
    """A lower-case noun phrase that can say things ("the longtime senator", "critics"),
    not a pronoun for a thing ("it", "this")."""
    words = [t for t in tokens[subject[0] : subject[1]] if t.is_word]
    return (
        bool(words) and len(words) <= 6 and words[-1].lower not in PRONOUNS and words[-1].lower not in NON_NAME_WORDS
        and words[0].lower not in {"this", "that", "it", "which", "what"} and not any(_verbish(w) for w in words)
    )


_FRONTING = frozenset({"after", "when", "while", "since", "before", "once", "although", "though", "whenever", "ever", "until"})
"""Words opening a subordinate clause set before the main clause ("After Brown criticized him, …");
not "as", whose clause is often the attribution itself ("As Josh Earnest explained, …")."""


def _after_fronted_clause(tokens: Sequence[Token], c: int, k: int, cues: CueLexicon) -> Attribution | None:
    """For a cue at ``c`` inside a clause fronted before the main one ("After Jerry Brown
    criticized Bill Clinton, Hillary shot back, "…"", "When Trump announced his candidacy,
    he infamously referred to …"), with quotation ``k`` in the main clause: the main clause's
    subject and verb. ``Attribution(None, None, …)`` when the main clause has no verb to
    read, so that the fronted cue is not taken; None when ``c`` is not in such a clause.
    """
    start = c
    while start > 0 and c - start < _WINDOW and tokens[start - 1].kind != "quote" and tokens[start - 1].text not in {";", ":"}:
        start -= 1
    first = tokens[start]
    if not first.is_word or not first.capitalized or not (
        first.lower in _FRONTING or (first.lower.endswith("ing") and start + 1 < c and first.lower not in NON_NAME_WORDS)
    ):
        return None
    if first.lower.endswith("ing") and (first.lower not in cues.base_of and not _verbish(first)):
        return None
    if any(t.text == "," for t in tokens[start:c]):
        return None  # ("When Schifano moved to Jamaica Estates, Queens, …, Freddy confided": the cue is past the clause)
    comma = next((x for x in range(c + 1, k) if tokens[x].text == "," or tokens[x].kind == "quote"), None)
    if comma is None or tokens[comma].kind == "quote" or comma + 1 >= k:
        return None
    np = _leading_np(tokens, comma + 1, k)
    if np is None or np[0] != comma + 1 or not (_personal(tokens, np) or tokens[np[1] - 1].lower in ROLE_NOUNS):
        return Attribution(None, None, "pre")
    np, v = _split_at_verb(tokens, np, cues)
    if v is None:
        # "Hillary shot back": a name, then the first lower-case word is its verb.
        v = next((x for x in range(np[0] + 1, np[1]) if tokens[x].text[:1].islower() and tokens[x - 1].capitalized), None)
        if v is not None:
            np = (np[0], v)
    v = v if v is not None else _main_verb(tokens, np[1], k)
    if v is None:
        return Attribution(None, None, "pre")
    return Attribution((v, v + 1), np, "pre")


def _inverted(tokens: Sequence[Token], c: int, k: int) -> tuple[int, int] | None:
    """``explained CBS moderator Nancy Cordes: "…"``: the subject follows the cue."""
    if k - c < 2 or tokens[k - 1].text not in {":", ","} or k - c > _MAX_NP:
        return None
    if c > 0 and tokens[c - 1].text != ",":
        return None  # "Schilling told WEEI:": the object, not an inverted subject
    if tokens[c].lower in _OBJECT_CUES or tokens[c].lower.endswith("ing"):
        return None  # (", saying that in Mr. Clinton's career, "…"": a participle's object, never its subject)
    if c == 0 and k - c <= 2 * _MAX_NP:
        # "Said Dorothy Poynter, who grew up with Ali in the neighborhood, "…"": the name before its aside.
        comma = next((x for x in range(c + 1, k - 1) if tokens[x].text == ","), None)
        if comma is not None and comma > c + 1 and all(tokens[x].capitalized or tokens[x].text == "." for x in range(c + 1, comma)):
            return (c + 1, comma)
    span = tokens[c + 1 : k - 1]
    if span and span[0].is_word and any(t.capitalized for t in span) and all(t.is_word or t.text in {".", "’", "'", "-"} for t in span):
        if span[0].lower in PREPOSITIONS or span[0].lower in PRONOUNS:
            return None
        return (c + 1, k - 1)
    return None


def _takes_complement(tokens: Sequence[Token], c: int, k: int) -> bool:
    """True when the verb at ``c`` opens a "that" clause running to quotation ``k``
    ("A letter … warns that "…"", "Pew notes that the surveys … aren't "…"", "reported
    Tuesday that"): a weak cue word is a verb of saying there, not a noun or an adjective."""
    j = c + 1
    while j < k and j - c <= 3 and tokens[j].is_word and (tokens[j].lower in _TIME_WORDS or tokens[j].lower in _TIME_STARTERS or tokens[j].lower in _WEEKDAYS or tokens[j].lower in {"on", "also", "again"}):
        j += 1
    if j >= k or tokens[j].lower != "that" or not tokens[c].text[:1].islower() or not _verb_by_context(tokens, c):
        return False
    return all(t.kind != "quote" and t.text != ";" for t in tokens[j + 1 : k])


def _verb_by_context(tokens: Sequence[Token], c: int) -> bool:
    """True when a word that may be a noun ("report", "comments", "finding") is a verb by
    what stands before it: a past form after anything but a determiner; a present form after
    a pronoun, a name, an adverb, "to", an auxiliary or "the narrator"; a participle after a
    comma or an auxiliary. ("the Board finding that", "the 2012 attacks that": nouns.)"""
    if c == 0:
        return False
    word, prev = tokens[c].lower, tokens[c - 1]
    if word.endswith("ed"):
        return True
    if word.endswith("ing"):
        return prev.text == "," or prev.lower in _AUX
    if not prev.is_word:
        return False
    if prev.lower in PRONOUNS or prev.capitalized or prev.lower in _AUX or prev.lower in {"to", "who", "also", "often"} or _adverb(tokens, c - 1):
        return True
    # "The narrator continues that": a present form in -s after a determiner and a singular noun.
    return c >= 2 and tokens[c - 2].lower in DETERMINERS and prev.text.isalpha() and not prev.lower.endswith("s") and word.endswith("s")


_NAMING = frozenset({"call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing", "label", "labels", "labeled", "labelled", "labeling", "brand", "brands", "branded", "branding"})
_NAMING_REACH = 8


def _names_as(tokens: Sequence[Token], c: int, k: int) -> bool:
    """``called undocumented immigrants from Mexico "rapists"``, ``called on Americans not to
    "give into fear"``: a naming verb, a short object with no clause in it, then the quotation."""
    if tokens[c].lower not in _NAMING or not tokens[c].text[:1].islower() or k - c - 1 > _NAMING_REACH or k - c < 2:
        return False
    return all(
        t.is_word and t.lower not in CLAUSE_BREAKERS and t.lower not in _AUX and t.lower not in _REPORTING_PASTS
        and not (_verbish(t) and t.lower.endswith("ing")) for t in tokens[c + 1 : k]
    )  # ("undocumented immigrants": an -ed adjective may stand in the object)


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"})


def _beside(tokens: Sequence[Token], c: int, k: int) -> bool:
    """True when only a short object and a comma/colon stand between cue ``c`` and quotation ``k``."""
    if k - c > 4:
        return False  # (more than three tokens between: known without copying them)
    between = tokens[c + 1 : k]
    return len(between) <= 3 and all(t.kind != "quote" and t.lower not in CLAUSE_BREAKERS for t in between)


def _introduces(tokens: Sequence[Token], c: int, k: int, cues: CueLexicon) -> bool:
    """A past-tense or present verb right before ", "…"" or ": "…"" ("Clinton cracked, "…"")."""
    if c + 2 != k or tokens[c + 1].text not in {",", ":"} or c == 0:
        return False
    before = tokens[c - 1]
    if not before.is_word or before.lower in cues.forms or before.lower in PREPOSITIONS or before.lower in DETERMINERS:
        return False
    if before.lower in {"what", "which", "who", "that"}:
        return False  # ("apologized for what happened:": the verb's subject is the relative word)
    return tokens[c].lower.endswith("ed")  # "cracked,"; a plural noun before a comma is far likelier than a verb in -s


def _personal(tokens: Sequence[Token], subject: tuple[int, int]) -> bool:
    """True when a subject names a person or a group by pronoun or by a capitalised name."""
    words = [t for t in tokens[subject[0] : subject[1]] if t.is_word]
    if not words:
        return False
    if len(words) == 1 and words[0].lower in PRONOUNS:
        return words[0].lower not in {"it", "who"}  # "women who complained": look for the outer cue
    if len(words) == 1 and _pronoun_has(words[0]):
        return True  # "he’s said"
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


_REPORTING_PASTS = frozenset({"said", "says", "told", "wrote", "added", "noted", "argued", "claimed", "insisted", "explained", "stated"})
_LY_NOUNS = frozenset({"family", "ally", "rally", "assembly", "supply", "italy", "daily", "monthly", "weekly", "belly", "bully", "lily"})


def _adverb(tokens: Sequence[Token], j: int) -> bool:
    """True for a lower-case "-ly" adverb standing before a verb ("increasingly", "pointedly")."""
    t = tokens[j]
    if not t.is_word or not t.text[:1].islower() or not t.lower.endswith("ly") or len(t.lower) <= 4 or t.lower in _LY_NOUNS:
        return False
    prev = tokens[j - 1] if j > 0 else None
    return prev is None or not (prev.is_word and (prev.lower in DETERMINERS or prev.possessive))


def _subject(tokens: Sequence[Token], c: int, cues: CueLexicon) -> tuple[int, int] | None:
    """The noun phrase that says the cue at ``c``."""
    j = c - 1
    while j >= 0 and (tokens[j].lower in CUE_MODIFIERS or _adverb(tokens, j)) and tokens[j].lower not in PRONOUNS:
        j -= 1  # ("Clinton has increasingly decried", "and pointedly saying")
    j = _before_time_adjunct(tokens, j)
    p = next((x for x in range(j, max(-1, j - 4), -1) if tokens[x].is_word and tokens[x].lower in PREPOSITIONS and tokens[x].lower != "of"), None)
    if p is not None and p > 0 and tokens[p - 1].lower in _AUX and all(tokens[x].is_word and not tokens[x].capitalized for x in range(p, j + 1)):
        j = p - 1  # "Beck, who has in the past described", "Mr. Rubio had at last described"
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
        if t.lower == "to" and (prompted := _prompted_speaker(tokens, j)) is not None:
            return prompted
        return _leading_np(tokens, _main_clause_start(tokens, c), c)
    if t.is_word and t.lower in {"and", "but", "or"}:
        # "Trump called on her to resign and said, "…"": the subject of the first verb.
        coordinated = _coordinated_subject(tokens, j)
        if coordinated is not None:
            return coordinated
        return _leading_np(tokens, _clause_start(tokens, j), j)
    if t.text == "," or (t.kind == "quote"):
        if verb.endswith("ing"):
            # A participle ("…, warning, "…"") takes the subject of its clause when that is a
            # person ("as Mrs. Clinton echoed it, saying"), else of the main clause; after
            # "…, Nefzi said, adding," it is the subject of that "said".
            said = _said_before(tokens, j, cues)
            if said is not None:
                return said
            start = _clause_start(tokens, j)
            opener = tokens[start - 1].lower if start > 0 and tokens[start - 1].is_word else None
            if opener is None or opener in _OWN_SUBJECT_OPENERS:
                near = _leading_np(tokens, start, j)
                if near is not None and opener in _COORDINATORS and not (near[1] < j and tokens[near[1]].is_word and (
                    _verbish(tokens[near[1]]) or tokens[near[1]].lower in cues.forms or tokens[near[1]].lower in CUE_MODIFIERS
                )):
                    near = None  # ("Facing criticism from Democrats and Republicans, Mr. Trump released …, describing"): no clause
                if near is not None and (_personal(tokens, near) or (
                    opener in {"as", "when", "while", "where"} and near[1] < j and _verbish(tokens[near[1]])
                    and tokens[near[1] - 1].lower not in {"it", "this", "that"}
                )):  # ("where about 50 protesters had gathered, chanting")
                    return near
            # "Trump went after Bush, calling him", "…accusations that Rubio recites …, calling
            # him", "…Trump, with whom he clashed, calling him": the main clause's subject.
            return _leading_np(tokens, _main_clause_start(tokens, c), c) or _quoted_speaker(tokens, _main_clause_start(tokens, c), cues)
        if t.text == ",":
            return _appositive(tokens, j)
        return None
    if t.is_word and t.lower in PRONOUNS and t.lower not in {"it", "you", "him", "them", "his", "her"}:
        return (j, j + 1)
    if t.is_word and _pronoun_has(t):
        return (j, j + 1)  # "he’s said the same thing": the pronoun, contracted with "has"
    if t.is_word and t.lower not in PREPOSITIONS and t.lower not in CLAUSE_BREAKERS and t.lower not in _AUX and t.lower not in cues.strong:
        start = _np_start(tokens, j)
        if start is not None:
            if verb.endswith("ing") and _adjunct_before_participle(tokens, start, j):
                # "issued a statement Tuesday saying", "responded on Facebook writing": the
                # clause's subject speaks; "held up a sign saying" and "footage of Trump
                # saying" keep the sign's and Trump's words.
                cs = _clause_start(tokens, start)
                if cs > 0 and tokens[cs - 1].lower in _FRONTING and (
                    fronted := next((x for x in range(start - 1, cs - 1, -1) if tokens[x].text == ","), None)
                ) is not None:
                    cs = fronted + 1  # ("Even before Sanders took the stage, his campaign sent out a text message saying")
                clause = _leading_np(tokens, cs, start)
                if clause is not None and (_personal(tokens, clause) or _common_np(tokens, clause)):
                    return clause  # ("The town released a statement Wednesday saying")
            head = _before_relative(tokens, start)
            if head is not None:
                return head  # "a White House official who spoke anonymously to discuss strategy said"
            # "Putin’s aide, Yuri Ushakov" or "Another parliamentarian, Oleksandr Merezhko";
            # "President Obama on Friday declared": the phrase runs through the adjunct.
            return (_through_adjuncts(tokens, start), j + 1)
    return _leading_np(tokens, _clause_start(tokens, c), c)


def _quoted_speaker(tokens: Sequence[Token], start: int, cues: CueLexicon) -> tuple[int, int] | None:
    """The speaker of a sentence that opens with a quotation and its attribution ("“…,”
    Hannity said during a panel …, remarking"): a participle later in it is that speaker's."""
    if start >= len(tokens) or tokens[start].kind != "quote":
        return None
    found = _post(tokens, start, cues)
    return found.subject if found is not None and found.subject is not None and _personal(tokens, found.subject) else None


_PROMPTING = frozenset({"prompted", "forced", "pushed", "inspired", "led", "caused", "moved", "compelled", "spurred", "encouraged", "invited"})


def _prompted_speaker(tokens: Sequence[Token], to: int) -> tuple[int, int] | None:
    """The one who speaks in "X was prompted to say" (the passive's subject, next to its verb)
    and "That record prompted Dave Leip’s Atlas … to state" (the object of a verb of
    prompting), rather than the subject the sentence opens with."""
    v = to - 1
    if v >= 1 and tokens[v].lower in _PROMPTING and tokens[v - 1].lower in {"was", "were", "is", "are", "been", "be", "being"}:
        a = v - 1
        while a > 0 and (tokens[a - 1].lower in _AUX or tokens[a - 1].lower in CUE_MODIFIERS) and not tokens[a - 1].capitalized:
            a -= 1
        start = _subject_at(tokens, a - 1) if a > 0 else None
        return (start, a) if start is not None and _personal(tokens, (start, a)) else None
    # "prompted the tabloid to do", "prompted Dave Leip’s Atlas of U.S. Presidential Elections, which …, to state"
    end = to
    if end > 0 and tokens[end - 1].text == ",":
        end -= 1
        rel = next((x for x in range(end - 1, max(-1, end - 2 * _MAX_NP), -1) if tokens[x].lower in {"who", "which"} and x > 0 and tokens[x - 1].text == ","), None)
        if rel is None:
            return None
        end = rel - 1
    start = end
    while start > 0 and end - start < _MAX_NP and tokens[start - 1].kind == "word" and tokens[start - 1].lower not in _PROMPTING:
        if tokens[start - 1].lower in CLAUSE_BREAKERS or tokens[start - 1].lower in _AUX or _verbish(tokens[start - 1]):
            return None
        start -= 1
    if start == end or start == 0 or tokens[start - 1].lower not in _PROMPTING:
        return None
    return (start, to if tokens[to - 1].text == "," else end)


_COORDINATION_REACH = 12  # tokens searched left of "and" for the verb it coordinates with


_TIME_OPENERS = frozenset({"last", "this", "next", "early", "late", "on", "earlier", "later"})


def _before_time_adjunct(tokens: Sequence[Token], j: int) -> int:
    """Index before a short time adjunct ending at ``j`` that stands between a subject and
    its verb after a parenthesis or a comma ("Dianne Feinstein (D-Calif.) last week said",
    "Trump, who …, on Friday described"), or ``j`` itself."""
    if j < 1 or not tokens[j].is_word:
        return j
    low = tokens[j].lower
    if low in _TIME_WORDS and tokens[j - 1].lower in _TIME_OPENERS and tokens[j - 1].text[:1].islower():
        i = j - 2  # "last week", "this month", "early Tuesday"
    elif low in _WEEKDAYS and tokens[j].capitalized and tokens[j - 1].lower in {"on", "late", "early"}:
        i = j - 2  # "on Friday"
    else:
        return j
    if i >= 0 and tokens[i].text in {",", ")"}:
        return i  # (after a plain name, "Jane Doe on Saturday tweeted" runs through the adjunct)
    return j


def _coordinated_subject(tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """The subject of the verb that the cue after "and" at ``j`` is coordinated with
    ("Sunday morning, Clinton slammed the shift as a debate-eve conversion and accused",
    "Asked whether …, Mrs. Clinton shook her head and said", "Silverman was joined on stage by
    Al Franken and joked"): the noun phrase opening a clause (after a comma or at the sentence
    start) before an earlier finite verb, when it names a person. A verb whose subject sits
    inside another clause ("said his attacks on Trump have given …", "who Cameron would like")
    is passed over; a comma, a quotation or a relative word ends the search.
    """
    v = j
    listed = 0  # commas of a list of verbs stepped over
    while v > 0 and j - v < _COORDINATION_REACH:
        v -= 1
        t = tokens[v]
        if t.kind != "word":
            if t.text in {"-", "’", "'", "."} or t.kind == "quote":
                continue  # (a quotation as the first verb's object: "declared “…” and said")
            return None
        if t.lower in {"which", "that", "whom"}:
            return None
        if not (_verbish(t) and not t.lower.endswith("ing")) or not _is_verb_position(tokens, v):
            continue
        while v > 0 and (tokens[v - 1].lower in _AUX or tokens[v - 1].lower in CUE_MODIFIERS or _adverb(tokens, v - 1)):
            v -= 1  # "was joined", "has long used"
        if v > 1 and tokens[v - 1].text == "," and listed < 2:
            # "he looked straight into the camera, furrowed his brow and said": a list of verbs
            listed += 1
            v -= 1
            j = v
            continue
        if v == 0 or not tokens[v - 1].is_word or tokens[v - 1].lower in PREPOSITIONS or tokens[v - 1].lower in CLAUSE_BREAKERS:
            return None
        if tokens[v - 1].lower in PRONOUNS:
            start = v - 1
            if tokens[start].lower in {"it", "him", "them", "his", "her", "you", "who"}:
                return None
        else:
            start = _np_start(tokens, v - 1)
            if start is None or not _personal(tokens, (start, v)):
                continue
        if start == 0 or tokens[start - 1].kind != "word" or tokens[start - 1].lower in _ADVERBIAL_OPENERS:
            return (start, v)  # ("as she thanked her home state and then boomed": the nearer clause's subject)
    return None


_ADVERBIAL_OPENERS = frozenset({"when", "while", "as", "after", "before", "because", "since", "although", "though", "where", "once", "until"})
"""Openers of a time, reason or manner clause: a verb coordinated inside one takes the clause's own
subject ("as she thanked … and then boomed"), and a quotation inside one is that clause's."""


_OWN_SUBJECT_OPENERS = frozenset({"as", "when", "while", "where", "whereas", "and", "but"})
"""Clause openers whose subject a following participle may take ("as Mrs. Clinton echoed it,
saying", "where protesters had gathered, chanting"); after others ("after", "that", "whom")
the participle goes with the main clause."""

_SPEAKING_THINGS = frozenset(
    """sign signs placard placards banner banners poster posters hat hats cap caps shirt shirts
    t-shirt t-shirts button buttons sticker stickers billboard billboards headline headlines
    caption voice""".split()
)
_AGENT_PREPOSITIONS = frozenset({"of", "with", "by", "from"})


def _adjunct_before_participle(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when the noun phrase ``tokens[start:end + 1]`` before a participle cue is an
    object or an adjunct of the clause ("issued [a statement] saying", "responded on
    [Facebook] writing"), not the participle's own subject ("held up [a sign] saying",
    "footage of [Trump] saying")."""
    if start == 0 or any(t.lower in _SPEAKING_THINGS for t in tokens[start : end + 1]):
        return False
    v = tokens[start - 1]
    if not v.is_word or v.text[:1].isupper() or v.lower in _AGENT_PREPOSITIONS:
        return False
    if v.lower in PREPOSITIONS:
        return True
    return (
        v.lower not in CLAUSE_BREAKERS and v.lower not in DETERMINERS and v.lower not in CUE_MODIFIERS
        and v.lower not in PRONOUNS and v.lower not in {"who", "which", "whose"} and not v.possessive
    )


def _through_adjuncts(tokens: Sequence[Token], start: int) -> int:
    """Start of the subject when the phrase before the cue is an adjunct after it:
    "Donald Trump on Saturday tweeted", "Voters in Iowa said" (at most two such phrases)."""
    for _ in range(2):
        p = start - 1
        if p < 1 or not tokens[p].is_word or tokens[p].lower not in PREPOSITIONS or tokens[p].lower == "of":
            break
        head_end = p - 1 if p > 1 and tokens[p - 1].lower.endswith("ing") and tokens[p - 1].text[:1].islower() else p
        # ("Another intelligence source speaking to Fox News said": a participle may lead in)
        before = _subject_at(tokens, head_end - 1) if head_end > 0 else None
        if before is None or any(_verbish(t) for t in tokens[before:head_end]) or not any(
            t.capitalized or t.lower in ROLE_NOUNS for t in tokens[before:head_end]
        ):
            break
        start = before
    return start


_IRREGULAR_PASTS = frozenset(
    """wore began held made took gave went came sent ran met won lost got left led brought bought
    kept spoke stood sat saw knew grew drew threw flew rose fell broke chose drove wrote told said
    thought felt found heard paid became shook struck fought caught taught sought spent meant sang
    swung hung stuck stole""".split()
)


def _verbish(t: Token) -> bool:
    """True for a lower-case word that reads as a verb ("exploited", "wore", "has")."""
    low = t.lower
    return t.is_word and t.text[:1].islower() and (
        (low.endswith(("ed", "ing")) and low not in ROLE_NOUNS) or low in _AUX or low in _IRREGULAR_PASTS
    )


def _before_relative(tokens: Sequence[Token], start: int) -> tuple[int, int] | None:
    """The head of "NP who … said" when the words before the cue end a relative clause."""
    for r in range(start - 1, max(-1, start - _MAX_NP), -1):
        t = tokens[r]
        if t.kind != "word":
            return None
        if t.lower == "who" and r > 0:
            head = _subject_at(tokens, r - 1)
            if head is not None and _personal_head(tokens, head, r):
                return (head, r)
            return None
        if t.lower in CLAUSE_BREAKERS:
            return None
    return None


def _personal_head(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when a noun phrase names or describes a person ("a White House official")."""
    words = [t for t in tokens[start:end] if t.is_word]
    return bool(words) and (words[-1].lower in ROLE_NOUNS or any(t.capitalized and t.lower not in NON_NAME_WORDS for t in words))


def _said_before(tokens: Sequence[Token], comma: int, cues: CueLexicon) -> tuple[int, int] | None:
    """The speaker of a cue closing the clause before ``comma``, for a participle after it:
    "…, Nefzi said, adding", "…, Hollande said Tuesday in Paris, noting", "…, said Jane Doe,
    adding".  Only a short adjunct may stand between that cue and the comma."""
    c = comma - 1
    while c >= 0 and comma - c <= 8 and tokens[c].is_word:
        t = tokens[c]
        if t.text[:1].islower() and cues.is_cue(t.text) and _is_verb_position(tokens, c):
            if _object_after(tokens, c + 1, comma):
                return None  # ("accusations that Rubio recites the same campaign points, calling him": not a closing cue)
            after = c + 1
            inverted = c > 0 and (tokens[c - 1].text == "," or tokens[c - 1].kind == "quote") and tokens[c].lower not in _OBJECT_CUES
            if inverted and after < comma and tokens[after].capitalized and tokens[after].lower not in NON_NAME_WORDS:
                stop = after
                while stop < comma and not (tokens[stop].lower in PREPOSITIONS and tokens[stop].lower != "of"):
                    stop += 1
                return (after, stop)  # "said Jane Doe, adding"
            said = _subject(tokens, c, cues)
            return said if said is not None and _personal(tokens, said) else None
        c -= 1
    return None


_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})


def _object_after(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when ``tokens[start:end]`` after a verb is its object ("recites the same campaign
    points"), not a time or place adjunct ("said Tuesday in Paris", "said the next day")."""
    return start < end and tokens[start].lower in _OBJECT_OPENERS and not any(
        t.lower in _TIME_WORDS or t.lower in _WEEKDAYS or t.lower in _AUX or _verbish(t) or t.kind == "quote" for t in tokens[start:end]
    )  # (a verb makes it the reported clause: "said the financial system was "corrupt," noting")


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
        if low in CLAUSE_BREAKERS or low in _AUX or low in {"who", "what", "whatever"}:
            break  # ("tired of what Trump calls": the phrase is "Trump")
        if low in PREPOSITIONS and low != "of":
            break
        if i < j and low in _REPORTING_PASTS:
            break  # "Jane Roe said Mr. Doe had described": the phrase starts after the verb
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
    given = comma
    start: int | None = None
    for _ in range(6):
        prev = end - 1
        while prev >= 0 and tokens[prev].text != "," and (tokens[prev].kind != "quote" or _title_in_phrase(tokens, prev)):
            prev -= 1
        seg = tokens[prev + 1 : end]
        if not seg:
            return start and (start, comma)
        head = seg[0]
        aside = head.is_word and (
            head.lower in {"who", "which", "whose"} or (len(seg) == 1 and (head.lower.endswith("ly") or head.lower in _INTRO_STARTERS))
            or (head.lower.endswith("ing") and head.text[:1].islower() and len(seg) > 1 and head.lower not in PREPOSITIONS)  # ", noting the size of his following,"
        )
        at_edge = prev < 0 or tokens[prev].text != ","
        if not aside and not at_edge and head.is_word and (head.lower in {"a", "an"} or (head.text[:1].islower() and not _verbish(head))) and len(seg) > _MAX_NP:
            aside = True  # ", a North Carolina businessman who had been … because of strategic differences,": a long appositive
        if not aside and not at_edge and _adverbial_aside(seg):
            aside = True  # ("Ted Cruz, when asked what is wrong, responded")
        if aside:
            if at_edge:
                return None
            if start is None:
                comma = prev  # an aside right before the verb is not part of the name
        elif not at_edge and _np_like(tokens, prev + 1, end) and not any(t.lower in _AUX for t in seg):
            start = prev + 1
        else:
            if head.is_word and head.lower in _INTRO_STARTERS and head.lower not in PRONOUNS and not (
                head.lower in _MAIN_COORDINATORS and prev < 0 and end < given and _verbless(tokens, prev + 1, end)
            ):  # ("But Sen. Richard J. Durbin (D-Ill.), noting …, said": the sentence's own subject, an aside after it)
                return (start, comma) if start is not None else None  # "On Monday, Jane Doe, an aide, said"
            last = end - 1
            if tokens[last].text == ")":
                # "Gov. John Kasich (R-OH), said": the name before its parenthesis
                opening = next((x for x in range(last - 1, max(prev, last - 10), -1) if tokens[x].text == "("), None)
                last = opening - 1 if opening is not None and opening - 1 > prev else last
            base = _np_start(tokens, last) if tokens[last].kind == "word" else None
            if base is None:
                return (start, comma) if start is not None else None
            return (base, comma)
        if at_edge:
            break
        end = prev
    return (start, comma) if start is not None else None


_ASIDE_OPENERS = frozenset({"when", "while", "after", "before", "if", "though", "although", "once", "until", "unless"})


def _adverbial_aside(seg: Sequence[Token]) -> bool:
    """True for a comma-set time or condition clause between a subject and its verb ("when
    asked about it", "after the vote"): the subject stands before it."""
    return len(seg) > 1 and seg[0].is_word and seg[0].lower in _ASIDE_OPENERS and seg[0].text[:1].islower()


def _title_in_phrase(tokens: Sequence[Token], q: int) -> bool:
    """True for a short quoted title inside a noun phrase ("the co-author of "Going Viral,"",
    "author of "The Art of the Deal""): a word of the appositive, not a statement."""
    return q > 0 and tokens[q - 1].lower == "of" and len(tokens[q].text) <= 40


def _np_like(tokens: Sequence[Token], start: int, end: int) -> bool:
    if end - start > _MAX_NP:
        return False
    return all(
        t.kind == "word" or t.text in {"-", "’", "'", "&", "."} or (t.kind == "quote" and _title_in_phrase(tokens, i))
        for i, t in enumerate(tokens[start:end], start)
    )


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
    nxt = tokens[c + 1] if c + 1 < len(tokens) else None
    if nxt is not None and tokens[c].lower in {"press", "state"} and nxt.text[:1].islower() and nxt.lower in ROLE_NOUNS:
        return False  # "the White House press secretary", "state senator": a noun before its head
    if c == 0:
        return True
    prev = tokens[c - 1]
    if prev.kind != "word":
        return True
    if prev.lower == "of" and not tokens[c].lower.endswith("ing"):
        return False  # "assistant secretary of state", "a copy of the report"
    contraction = prev.lower[:-2] in _CONTRACTED  # "He’s predicting": "is", not a possessive
    return not ((prev.possessive and not contraction) or prev.lower in {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those"})


_CONTRACTED = frozenset({"he", "she", "it", "that", "there", "who", "what", "where", "here"})


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


_TIME_WORDS = frozenset(
    """ago later earlier afterward afterwards year years month months week weeks day days night nights
    morning mornings afternoon evening weekend time times cycle season decade decades hour hours
    minute minutes moment moments""".split()
)
_TIME_STARTERS = frozenset(
    """back early late shortly soon long each every this last next one two three four five six seven
    eight nine ten hours days weeks months years minutes moments decades""".split()
)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _adverbial(tokens: Sequence[Token], start: int, comma: int) -> bool:
    """True when ``tokens[start:comma]`` is a short time phrase opening the sentence ("Hours
    later,", "Eight years ago,", "Back in 1999,", "Early in his campaign,") or any short
    phrase before a subject pronoun ("Outside the arena, they chanted")."""
    seg = tokens[start:comma]
    if not seg or len(seg) > 6 or any(t.kind == "quote" for t in seg):
        return False
    if comma + 1 < len(tokens) and tokens[comma + 1].lower in _SUBJECT_PRONOUNS and len(seg) <= 4:
        return True
    first, last = seg[0].lower, seg[-1].lower
    return last in _TIME_WORDS or (first in _TIME_STARTERS and any(t.lower in _TIME_WORDS or t.text.isdigit() or t.lower in PREPOSITIONS for t in seg[1:]))


_OPENER_ADVERBS = frozenset({"even", "ever", "long", "right", "just", "soon", "only", "shortly", "immediately", "well"})


def _modified_opener(tokens: Sequence[Token], start: int, comma: int) -> bool:
    """True when ``tokens[start:comma]`` is a subordinate clause opened by an adverb and its
    conjunction ("Even before Sanders took the stage,", "Shortly after the call ended,",
    "Ever since he announced,"): an opening to step over, like "Before …,"."""
    return (
        comma - start > 2 and tokens[start].lower in _OPENER_ADVERBS
        and (tokens[start + 1].lower in _FRONTING or tokens[start + 1].lower in {"as", "because", "if"})
    )


def _past_dateline(tokens: Sequence[Token], start: int, end: int) -> int:
    """Index after a dateline opening the sentence ("WASHINGTON —", "NEW YORK (AP) -")."""
    i = start
    while i < end and i - start < 8 and (tokens[i].text.isupper() or tokens[i].text in {",", "(", ")", "."}):
        i += 1
    if i > start and i < end and tokens[i].text in {"—", "–", "-"} and any(t.is_word and len(t.text) > 1 for t in tokens[start:i]):
        return i + 1
    # "WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –": a place, a date and an agency in parentheses.
    i = start
    while i < end and i - start < 10 and (
        tokens[i].capitalized or tokens[i].text.isdigit() or tokens[i].text in {",", "(", ")", "."}
    ):
        i += 1
    if i > start and i < end and tokens[i].text in {"—", "–", "-"}:
        agency = any(
            tokens[x].text == "(" and tokens[x + 1].text.isupper() and tokens[x + 2].text == ")" for x in range(start, i - 2)
        )
        if agency or (tokens[start].text.isupper() and len(tokens[start].text) > 1):
            return i + 1
    return start


def _leading_np(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """The first noun phrase of ``tokens[start:end]``, skipping introductory phrases."""
    end = min(end, start + _WINDOW)
    while start < end and tokens[start].is_word and tokens[start].lower in {"but", "and", "so", "yet", "or"}:
        start += 1
    start = _past_dateline(tokens, start, end)
    # Skip introductory segments ending in a comma: "Still,", "In his nightly address,".
    while True:
        comma = next((i for i in range(start, end) if tokens[i].text == ","), None)
        if comma is None:
            break
        first = tokens[start]
        if (
            first.is_word and first.lower in _INTRO_STARTERS and first.lower not in PREPOSITIONS
            and first.lower not in CLAUSE_BREAKERS and comma > start + 1
            and tokens[start + 1].lower in _SUBJECT_PRONOUNS
        ):
            start += 1  # "Then he cut into Bush, calling him …": the adverb alone, the clause has its subject
            break
        if first.is_word and (
            first.lower in _INTRO_STARTERS or first.text[:1].isdigit() or first.lower.endswith(("ing", "ed"))
            or _adverbial(tokens, start, comma) or _modified_opener(tokens, start, comma)
        ):
            start = comma + 1
            # "At a rally in Portsmouth, N.H., on Tuesday,": the state after the city is the same phrase.
            state = next((i for i in range(start, min(end, start + 5)) if tokens[i].text == ","), None)
            if state is not None and state > start and "".join(t.text for t in tokens[start:state]).lower().replace(".", "") in US_STATES:
                start = state + 1
            continue
        break
    start = _past_dateline(tokens, start, end)
    while start < end and tokens[start].is_word and tokens[start].lower in {"but", "and", "so", "yet", "still", "also", "even"}:
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
            if i > start and t.text[:1].islower() and ((low.endswith("ed") and low not in {"red"}) or low in _IRREGULAR_PASTS):
                break
        elif t.text == ",":
            # An appositive: "Another parliamentarian, Oleksandr Merezhko, was …"
            close = next((x for x in range(i + 1, min(end, i + _MAX_NP)) if tokens[x].text == ","), None)
            if close is not None and _np_like(tokens, i + 1, close) and not _aside_word(tokens[i + 1]):
                return (start, close)
            break
        elif t.text not in {"-", "’", "'", "&", "."}:
            break
        i += 1
    return (start, i) if i > start else None


def _aside_word(t: Token) -> bool:
    """True for a word opening a comma-set aside rather than an appositive: "who", "with", "famously"."""
    low = t.lower
    return low in {"who", "which", "whose"} or low in PREPOSITIONS or (low.endswith("ly") and t.text[:1].islower())


def main_clause(tokens: Sequence[Token], k: int, cues: CueLexicon | None = None) -> Attribution | None:
    """The sentence's own subject and verb, for a quotation set into it with no speech cue.

    ``She wants the candidates "first and foremost to admit it."`` — the quotation is
    the writer's report of what "she" wants; the subject is its source, the verb its cue.
    """
    cues = cues or cue_lexicon()
    found = _clause_subject_verb(tokens, _main_clause_start(tokens, k), k, cues)
    if k < len(tokens) and tokens[k].kind == "quote":
        noun = speech_noun(tokens, k)
        if noun is not None and noun.cue is not None and (found is None or found.cue is None or noun.cue[0] > found.cue[0]):
            return noun  # "fanned controversy over her remark that "…""
        if found is None:
            found = _inner_clause(tokens, k, cues)
        elif found.cue is not None:
            inner = _inner_clause(tokens, k, cues, adverbial=True)
            if inner is not None and inner.cue is not None and inner.cue[0] > found.cue[0]:
                # "As the debate progressed and Trump stood by his comment that "…""; "before pivoting to "…"" keeps the subject.
                return inner if inner.subject is not None else Attribution(inner.cue, found.subject, "main")
    return found


_SPEECH_NOUNS = frozenset(
    """claim claims remark remarks comment comments statement statements warning warnings promise promises
    pledge pledges vow vows call calls suggestion assertion assertions accusation accusations contention
    argument message admission insistence declaration description characterization allegation allegations
    complaint complaints plea demand demands threat prediction proposal slogan mantra""".split()
)
_NOUN_LINKS = frozenset({"that", "to", "for", "of", "about", "on", "against", "during", "before", "in", "at"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})


def speech_noun(tokens: Sequence[Token], k: int) -> Attribution | None:
    """A noun of saying owned by its speaker whose complement holds quotation ``k`` ("her
    claim that she "never sent …"", "Trump’s call for "a total and complete ban"", "his
    promise to be "neutral""): the noun is the cue, its possessor the source."""
    for n in range(k - 1, max(0, k - 16), -1):
        t = tokens[n]
        if t.kind == "quote" or t.text in _SENTENCE_ENDS:
            return None
        if not (t.is_word and t.lower in _SPEECH_NOUNS and n + 1 < k and tokens[n + 1].lower in _NOUN_LINKS):
            continue
        p = n - 1
        if p >= 0 and tokens[p].is_word and tokens[p].text[:1].islower() and not tokens[p].possessive and tokens[p].lower not in _POSSESSIVE_PRONOUNS:
            p -= 1  # one adjective: "his past comments", "her new remarks"
        if p < 0 or not tokens[p].is_word:
            return None
        if p > 0 and tokens[p - 1].lower == "in":
            return None  # ("said in her opening remarks that": the occasion of a cue)
        if tokens[p].lower in _POSSESSIVE_PRONOUNS:
            return Attribution((n, n + 1), (p, p + 1), "noun")
        if tokens[p].possessive and tokens[p].capitalized:
            start = p
            while start > 0 and start > p - 4 and tokens[start - 1].is_word and tokens[start - 1].capitalized and not tokens[start - 1].possessive:
                start -= 1
            return Attribution((n, n + 1), (start, p + 1), "noun")
        return None
    return None


def _inner_clause(tokens: Sequence[Token], k: int, cues: CueLexicon, adverbial: bool = False) -> Attribution | None:
    """The subject and verb of the subordinate or relative clause holding quotation ``k``
    when the sentence's own subject is none ("…, even if he reserved his passion for "…"",
    "a bill which would revoke …", "Trump, who has postured himself as the "…""): the
    clause's verb is the cue; a relative pronoun's head is left to the caller to resolve.
    With ``adverbial``, only a time, reason or relative clause counts, never a reported
    one ("whether he met", "that …"), which stays its outer verb's."""
    opener = next(
        (i for i in range(k - 1, max(-1, k - _WINDOW), -1)
         if tokens[i].kind == "quote" or tokens[i].text in {";", ":"} or (tokens[i].is_word and tokens[i].lower in _NP_OPENERS and tokens[i].lower not in _NOT_OPENING)),
        None,
    )
    if opener is None or not tokens[opener].is_word:
        return None
    low = tokens[opener].lower
    relative_object = low in {"which", "whom"} and opener > 0 and tokens[opener - 1].lower in PREPOSITIONS
    if adverbial and not (low in _ADVERBIAL_OPENERS or low == "who" or relative_object):
        return None
    if low in {"who", "which", "that"} and not relative_object:
        v = _main_verb(tokens, opener + 1, k)
        if v is None or tokens[opener].lower != "who" or not _predicate_at(tokens, v, cues):
            return None  # ("the attacks that left "…"": a thing's clause names no source)
        return Attribution((v, v + 1), (opener, opener + 1), "main")
    start = opener + 1
    while start < k and tokens[start].text == ",":
        start += 1  # ("Soon after, Mrs. Clinton agreed")
    v = start
    while v < k and tokens[v].is_word and (tokens[v].lower in CUE_MODIFIERS or _adverb(tokens, v)):
        v += 1
    if v < k and tokens[v].is_word and tokens[v].text[:1].islower() and tokens[v].lower.endswith("ing"):
        return Attribution((v, v + 1), None, "main")  # "before abruptly pivoting to": the main clause's subject
    return _clause_subject_verb(tokens, start, k, cues)


def _clause_subject_verb(tokens: Sequence[Token], start: int, k: int, cues: CueLexicon) -> Attribution | None:
    """The subject opening ``tokens[start:k]`` and its verb (or a verb coordinated with it
    that is nearer to quotation ``k``), when the subject can speak."""
    np = _leading_np(tokens, start, k)
    if np is None:
        return None
    np, v = _split_at_verb(tokens, np, cues)
    if not (_personal(tokens, np) or tokens[np[1] - 1].lower in ROLE_NOUNS):
        while np[1] - np[0] > 1 and (tokens[np[1] - 1].lower in CUE_MODIFIERS or tokens[np[1] - 1].lower in _NEGATED_MODALS or _adverb(tokens, np[1] - 1)):
            np = (np[0], np[1] - 1)  # ("The results also showed", "The transition cannot be portrayed")
        if not _common_np(tokens, np):
            return None  # ("when he", "there": no subject; "The council voted", "An early tweet quoted": a body or a text speaks too)
    v = v if v is not None else _main_verb(tokens, np[1], k)
    if v is None:
        return None
    if k < len(tokens) and tokens[k].kind == "quote":
        near = coordinated_predicate(tokens, v, k, cues)
        if near is not None:
            # "Clinton supports "…," opposes "…"": the nearest of the subject's predicates holds the quotation.
            return Attribution((near, near + 1), np, "main")
    return Attribution((v, v + 1), np, "main")


def _split_at_verb(tokens: Sequence[Token], np: tuple[int, int], cues: CueLexicon) -> tuple[tuple[int, int], int | None]:
    """A leading noun phrase cut before the verb it ran into ("Clinton responds to …",
    "The Rove ad hits Clinton"), with that verb's index (None when it holds no verb)."""
    s, e = np
    for i in range(s + 1, e):
        t = tokens[i]
        if t.text == ",":
            break  # an appositive ("Mark Jebens, a veteran of 22 years in the Marines,") holds no verb
        if not t.is_word or not t.text[:1].islower() or t.lower in ROLE_NOUNS or t.lower == "of":
            continue
        prev = tokens[i - 1]
        if prev.possessive or prev.lower in DETERMINERS:
            continue  # "Trump’s fired campaign manager"
        after_noun = prev.is_word and (prev.capitalized or prev.lower in ROLE_NOUNS or prev.text[:1].isdigit()) and not prev.lower in DETERMINERS
        if _verbish(t) or (after_noun and (cues.is_cue(t.text, beside_quote=True) or _present_verb(tokens, i))):
            return (s, i), i
    return np, None


def _present_verb(tokens: Sequence[Token], i: int) -> bool:
    """A present-tense verb by position: "-s" before an object, a preposition or a clause."""
    low = tokens[i].lower
    if not low.endswith("s") or low.endswith(("ss", "us", "is")) or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.kind == "quote" or (nxt.is_word and (
        nxt.capitalized or nxt.lower in DETERMINERS or nxt.lower in PREPOSITIONS or nxt.lower in PRONOUNS or nxt.lower == "that"
    ))


def _main_verb(tokens: Sequence[Token], v: int, k: int) -> int | None:
    """The verb after a subject ending at ``v``, stepping over what may stand between them:
    the comma closing an appositive, a parenthesis ("McCrory (R) blamed"), adverbs and a
    place ("The museum in Washington issued")."""
    for _ in range(4):
        if v >= k:
            return None
        t = tokens[v]
        if t.text == "," and v + 1 < k and tokens[v + 1].is_word:
            v += 1
            aside = tokens[v]
            if aside.lower in {"who", "which", "whose"}:
                # ", who has endorsed Clinton, said", ", who led a filibuster in June, thinks": a relative clause
                close = next((x for x in range(v + 1, min(k, v + 2 * _MAX_NP)) if tokens[x].text == "," or tokens[x].kind == "quote"), None)
                if close is None or tokens[close].kind == "quote":
                    return None
                v = close + 1
            elif aside.lower in PREPOSITIONS or (aside.lower.endswith("ly") and aside.text[:1].islower()):
                # ", with unconcealed delight,", ", during interviews on Thursday,": an aside
                close = next((x for x in range(v + 1, min(k, v + 10)) if tokens[x].text == "," or tokens[x].kind == "quote"), None)
                if close is None or tokens[close].kind == "quote":
                    return None
                v = close + 1
            elif aside.lower in {"a", "an", "the"}:
                # ", a Republican candidate for president who has made … his campaign, tweeted": an appositive
                close = next((x for x in range(v + 1, min(k, v + 2 * _MAX_NP)) if tokens[x].text in {",", ";", ":"} or tokens[x].kind == "quote"), None)
                if close is None or tokens[close].text != ",":
                    return None
                v = close + 1
        elif t.text == "(":
            close = next((x for x in range(v + 1, min(k, v + 8)) if tokens[x].text == ")"), None)
            if close is None:
                return None
            v = close + 1
        elif t.is_word and (t.lower in CUE_MODIFIERS or t.lower in _NEGATED_MODALS or (t.lower.endswith("ly") and t.text[:1].islower())):
            v += 1
        elif t.is_word and t.lower in PREPOSITIONS and t.lower != "of" and v + 1 < k and tokens[v + 1].capitalized:
            v += 1
            while v < k and (tokens[v].capitalized or tokens[v].text in {".", "-"}):
                v += 1
        else:
            break
    t = tokens[v] if v < k else None
    if t is None or not t.is_word or not t.text[:1].islower() or t.lower in CLAUSE_BREAKERS or t.lower in PREPOSITIONS or t.lower in DETERMINERS:
        return None
    if t.lower in {"who", "which", "whose"}:
        return None  # (a relative clause that runs into the quotation: no main verb before it)
    return v


_TIME_JOINERS = frozenset({"before", "after", "while"})
_NEGATED_MODALS = frozenset({"cannot", "can't", "can’t", "won't", "won’t", "wouldn't", "wouldn’t", "didn't", "didn’t", "doesn't", "doesn’t"})
_NOT_PARTICIPLES = frozenset(
    """during according including regarding concerning notwithstanding something nothing anything
    everything thing morning evening king spring string wing""".split()
)
_COORDINATORS = frozenset({"and", "but", "or"})
_NOT_OPENING = _COORDINATORS | frozenset({"as", "like", "than"})
"""Clause-breaking words that join phrases too ("ranked Fiorina as one of …")."""
_NP_OPENERS = CLAUSE_BREAKERS | frozenset({"who", "which", "whom", "how", "what", "why"})


def coordinated_predicate(tokens: Sequence[Token], v: int, k: int, cues: CueLexicon) -> int | None:
    """The verb nearest before quotation ``k`` that is coordinated with the verb at ``v``
    (same subject, joined by "and", "but", "or" or a comma: "called the merger "…" and
    ranked Fiorina …", "attacked Romney, calling him …"), or None when the quotation sits
    in ``v``'s own object. A clause opened between the two ("that", "who", "whether", or a
    bare "said [he found …] and …") keeps ``v``: a quotation inside a reported clause is the
    outer verb's, unless a second speech verb in ``v``'s tense opens a second statement."""
    for i in range(k - 1, max(v, k - _WINDOW), -1):
        t = tokens[i]
        if t.text in {";", ":", "(", ")"}:
            return None
        if not t.is_word or t.lower in _AUX:
            continue
        j = i - 1
        while j > v and tokens[j].is_word and (tokens[j].lower in CUE_MODIFIERS or _adverb(tokens, j)) and tokens[j].lower not in _COORDINATORS:
            j -= 1
        participle = t.lower.endswith("ing")
        if participle and j > v and tokens[j].lower in _TIME_JOINERS and tokens[j - 1].text == "," and t.lower in cues.forms:
            return i  # "Trump told reporters, before insisting he had a "…""
        if j <= v or not (tokens[j].lower in _COORDINATORS or tokens[j].text == ",") or not _predicate_at(tokens, i, cues):
            continue
        if participle and tokens[j].text != "," and not _after_participle(tokens, v, j):
            return None  # ("applauded him for defying … and fighting": a gerund's conjunct)
        if tokens[j].text == "," and not participle and i + 1 >= k:
            return None  # ("a second piece, entitled "…"": a participle naming the noun)
        if tokens[j].text == "," and any(tokens[x].lower in _AUX for x in range(j + 1, i)):
            continue  # ("said supporters of the group, also known as ISIS, were sharing": a finite verb after a bare comma has its own subject)
        opened = any(
            tokens[x].is_word and tokens[x].lower in _NP_OPENERS and tokens[x].lower not in _NOT_OPENING for x in range(v + 1, j)
        ) or (tokens[v].lower in cues.forms and (_subject_pronoun(tokens[v + 1]) or any(
            tokens[x].is_word and not (tokens[x].lower.endswith("ing") and tokens[x - 1].text == ",") and _predicate_at(tokens, x, cues)
            for x in range(v + 1, j)
        )))
        if opened and not _same_tense(tokens[v], t, cues):
            return None  # ("said that he would sit Putin down and tell him"; but "said that … and insisted that")
        return i
    return None


def _pronoun_has(t: Token) -> bool:
    """True for a subject pronoun contracted with "has" or "is" ("he’s said"): a subject, not a possessive."""
    return t.lower[-2:] in {"’s", "'s"} and t.lower[:-2] in _SUBJECT_PRONOUNS


def _subject_pronoun(t: Token) -> bool:
    """True for a subject pronoun, alone or contracted ("he", "she’s", "they'd"): a clause starts."""
    low = t.lower
    for mark in ("’", "'"):
        if mark in low:
            low = low.split(mark, 1)[0]
    return t.is_word and low in _SUBJECT_PRONOUNS


def _introduces_directly(tokens: Sequence[Token], c: int, k: int) -> bool:
    """True when the cue at ``c`` sets quotation ``k`` after a comma or colon with only a
    short object between ("told one FBI agent, "…""): the quotation is the inner verb's own."""
    return tokens[k - 1].text in {",", ":"} and k - c <= 8 and all(
        t.is_word and t.lower not in CLAUSE_BREAKERS for t in tokens[c + 1 : k - 1]
    )


def _outer_report(tokens: Sequence[Token], att: Attribution, cues: CueLexicon) -> Attribution | None:
    """The reporting verb of the sentence's main clause whose reported clause holds the
    attribution ``att`` ("Graham assures his audience he will tell the "…"", "Clinton said
    that she called Sanders to congratulate him on what she called "…""): the whole clause,
    quotation and all, is what the outer speaker said. A relative clause ("whom he
    described as"), a second coordinated clause (", and Trump vowed") or another sentence
    between the two keeps the inner attribution."""
    c = att.cue[0] if att.cue is not None else 0
    s = att.subject[0] if att.subject is not None and att.subject[0] < c else c
    if s == 0 or tokens[s - 1].lower in _COORDINATORS or tokens[s - 1].lower in _RELATIVES:
        return None
    if (tokens[s - 1].text == "," and not _opened_in_complement(tokens, s - 1)) or (
        tokens[s - 1].lower in _FRONTING and not _trailing_adverbial(tokens, s - 1)
    ) or tokens[s - 1].lower == "as":
        return None  # ("After Trump argued that …, Rubio said", "…, although he tweeted that"): its own clause
    floor = _main_clause_start(tokens, s)
    for r in range(floor, s):
        t = tokens[r]
        if t.kind == "quote" or t.text in _SENTENCE_ENDS:
            return None
        if not (t.is_word and t.lower in _OUTER_REPORTS and t.text[:1].islower() and _is_verb_position(tokens, r)):
            continue
        subject = _subject(tokens, r, cues)
        if subject is None or subject[1] > r or not _personal(tokens, subject):
            return None
        comp = next((x + 1 for x in range(r + 1, min(s, r + 8)) if tokens[x].lower == "that"), r + 1)
        for x in range(comp, s):
            w = tokens[x]
            if w.lower in _RELATIVES and tokens[x - 1].text == "," and _closed_aside(tokens, x, s):
                continue  # ("if his son Beau, who died last year, were still serving, he would …")
            if w.kind == "quote" or w.text in _SENTENCE_ENDS or w.lower in _RELATIVES or (w.lower in _COORDINATORS and tokens[x - 1].text == ","):
                return None
        return Attribution((r, r + 1), subject, "pre")
    return None


_OUTER_REPORTS = _REPORTING_PASTS | frozenset(
    {"say", "tell", "tells", "adds", "notes", "argues", "claims", "insists", "explains", "states", "writes",
     "assured", "assures", "acknowledged", "acknowledges"}
)
_RELATIVES = frozenset({"who", "whom", "which", "whose", "what"})
_SENTENCE_ENDS = frozenset({".", "?", "!", ";", ":"})


def _blamed_for(tokens: Sequence[Token], att: Attribution, cues: CueLexicon) -> Attribution | None:
    """For a gerund cue after "for" or "from" ("mocked Trump for calling himself the "…"",
    "barring her from publishing a "…""), the verb that takes the gerund as its reason or
    object: the quotation is what that verb's subject reports."""
    c = att.cue[0] if att.cue is not None else 0
    if c < 2 or not tokens[c].lower.endswith("ing") or tokens[c - 1].lower not in {"for", "from"}:
        return None
    for v in range(c - 2, max(-1, c - 10), -1):
        t = tokens[v]
        if not t.is_word or t.lower in CLAUSE_BREAKERS:
            return None
        if not t.lower.endswith("ing") and _predicate_at(tokens, v, cues):
            subject = _subject(tokens, v, cues)
            return Attribution((v, v + 1), subject if subject is not None else att.subject, "pre")
    return None


def _set_aside(tokens: Sequence[Token], att: Attribution) -> bool:
    """True when an attribution is a comma-set aside or an "as" clause inside the sentence
    ("The golf industry, she said, is …", "As Earnest explained, …"): the verbs after it
    are the statement's, not its speaker's."""
    if att.subject is None or att.subject[0] == 0 or att.cue is None:
        return False
    before = tokens[att.subject[0] - 1]
    if not (before.text == "," or before.lower in _FRONTING or before.lower == "as"):
        return False
    end = att.cue[1]
    return any(t.text == "," for t in tokens[end : end + 4])  # ("when Ryan lamented … and criticized" is no aside)


def _same_tense(first: Token, second: Token, cues: CueLexicon) -> bool:
    """True when ``second`` is a speech verb in the tense of ``first`` ("said … and
    insisted", "says … and adds"): a second statement of the same subject, not a verb of
    the clause that the first one reports."""
    if second.lower not in cues.strong:
        return False
    past = lambda t: t.lower.endswith("ed") or t.lower in _IRREGULAR_PASTS  # noqa: E731
    if past(first) and past(second):
        return True
    if first.lower.endswith("ing") and second.lower.endswith("ing"):
        return True  # ", saying that … - and arguing that"
    return first.lower.endswith("s") and second.lower.endswith("s") and not past(first) and not past(second)


def _after_participle(tokens: Sequence[Token], v: int, j: int) -> bool:
    """True when the last "-ing" word between ``v`` and ``j`` follows a comma (", calling
    him … and accusing"), so that an "-ing" word after "and" at ``j`` is its conjunct."""
    for x in range(j - 1, v - 1, -1):
        if tokens[x].is_word and tokens[x].lower.endswith("ing") and tokens[x].lower not in _NOT_PARTICIPLES:
            return x > 0 and tokens[x - 1].text == ","
    return False


def _predicate_at(tokens: Sequence[Token], i: int, cues: CueLexicon) -> bool:
    """True when the word at ``i`` reads as a clause's verb by its form and its neighbours."""
    t = tokens[i]
    low = t.lower
    if not t.text[:1].islower() or low in CLAUSE_BREAKERS or low in PREPOSITIONS or low in DETERMINERS or low in PRONOUNS:
        return False
    if low in _NOT_PARTICIPLES or low in ROLE_NOUNS or not _is_verb_position(tokens, i):
        return False
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.lower == "to":
        return False  # an infinitive: the verb governing it holds the clause
    if low.endswith("ing"):
        return prev is None or prev.text in {",", "—", "–"} or prev.lower in _AUX or prev.lower in _COORDINATORS or prev.lower in {"been", "be"}
    if low in _AUX:
        return True
    if (low.endswith("ed") and len(low) > 4) or low in _IRREGULAR_PASTS:
        return not _modifies_noun(tokens, i)
    if low.endswith("s") and _present_verb(tokens, i):
        nxt = tokens[i + 1]
        if nxt.is_word and nxt.lower in PREPOSITIONS and nxt.lower != "to" and low not in cues.forms:
            return False  # ("statements and actions on Sunday": a plural noun)
        return prev is not None and prev.is_word and (
            prev.lower in {"he", "she", "it", "who", "which", "that"} or prev.capitalized
            or (prev.lower not in DETERMINERS and not prev.possessive and not _modifies_noun(tokens, i))
        )
    return low in cues.forms and prev is not None and (prev.lower in _AUX or prev.lower in PRONOUNS and prev.lower in _SUBJECT_PRONOUNS)


def _modifies_noun(tokens: Sequence[Token], i: int) -> bool:
    """True when the word at ``i`` follows a lower-case noun phrase that is the object of an
    earlier word ("slammed the tax loophole called"), so that it modifies the noun; a noun
    phrase opening its clause ("the commission recognized") is the verb's subject."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or not prev.is_word or prev.capitalized or prev.lower in PRONOUNS or prev.lower in _AUX:
        return False
    if prev.lower in _COORDINATORS or prev.lower in _NP_OPENERS or _adverb(tokens, i - 1) or prev.lower in CUE_MODIFIERS:
        return False
    s = _np_start(tokens, i - 1)
    if s is None:
        return False
    before = tokens[s - 1] if s > 0 else None
    return before is not None and before.is_word and before.lower not in _NP_OPENERS and before.lower not in _INTRO_STARTERS
