"""The people of an article: who is named, with which title, and who "he" refers to.

One linear pass finds every capitalised name run outside quotations, splits it into a
title ("Russian President") and a name ("Vladimir Putin"), and records the mention.
Resolution then maps a surname, a pronoun or a description ("the Russian leader") to the
full name the article established, the way a reader would: the last compatible person
named in the writer's own voice.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs
import regex

from quotecheck.lexicon import (
    ABBREVIATIONS,
    NATIONALITIES,
    DETERMINERS,
    FEMALE_GIVEN_NAMES,
    HONORIFICS,
    LEADER_NOUNS,
    MALE_GIVEN_NAMES,
    NON_NAME_WORDS,
    ORG_WORDS,
    PREPOSITIONS,
    TITLE_WORDS,
    US_STATES,
)
from quotecheck.quotes.patterns import is_plain, plain_twin
from quotecheck.records import PersonMention

_TOK = (
    r"(?>(?:\p{Lu}\.){2,}+|(?=[MDSRGLCAJPH])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|St|Jr|Sr|Rev|Prof|Hon|Sens|Reps)\."
    r"|\p{Lu}\.(?=[ \t\u00a0]\p{Lu}[\p{Ll}’'])(?![ \t\u00a0](?:The|A|An|In|On|At|He|She|It|But|And|This|They|We|I)\b)"
    r"|\p{Lu}[\p{L}\p{M}’'\-]*+)"  # (a middle initial, "Jill A. Martin", before a capitalised word that opens no sentence)
)
_CONN = r"(?=[dvbiaelyo&])(?:de|da|di|du|del|della|der|den|van|von|bin|ibn|al|el|le|la|dos|das|y|and|of|&)"
_RUN = regex.compile(
    rf"(?=\p{{Lu}})(?<![\p{{L}}\p{{M}}\p{{N}}.’'\-]){_TOK}(?:[ \t\u00a0]++(?:{_CONN}[ \t\u00a0]++)?(?=\p{{Lu}}){_TOK})++"
)
"""Two or more capitalised words (with name particles): the runs that can hold a full
name or a titled one ("President Trump"). Surnames standing alone are found afterwards by
looking up the article's own surnames, which is far cheaper than visiting every
capitalised word. Every run starts with a capital: the look-ahead lets the engine skip to
one before trying the look-behind; the look-aheads on first letters (honorifics, particles,
the next word's capital) only spare the engine alternatives that cannot match (17 % faster)."""
_TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt",
                        "Adm", "Maj", "St", "Jr", "Sr", "Rev", "Prof", "Hon", "Sens", "Reps")


def _after_capital(abbreviations: tuple[str, ...]) -> str:
    """``Mr|Mrs|…`` read from their second letter: grouped by the capital behind, which is checked first."""
    groups: dict[str, list[str]] = {}
    for word in abbreviations:
        groups.setdefault(word[0], []).append(word[1:])
    capitals = "".join(groups)
    return f"(?<=[{capitals}])(?:" + "|".join(f"(?<={c})(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


_TOK_AFTER_CAPITAL = (
    r"(?>\.(?:\p{Lu}\.)++|" + _after_capital(_TITLE_ABBREVIATIONS) + r"\."
    r"|\.(?=[ \t\u00a0]\p{Lu}[\p{Ll}’'])(?![ \t\u00a0](?:The|A|An|In|On|At|He|She|It|But|And|This|They|We|I)\b)"
    r"|[\p{L}\p{M}’'\-]*+)"
)
"""``_TOK`` once its first capital is read: each branch goes on from the capital (an honorific
checks the capital behind it)."""
_PLAIN_RUN = plain_twin(
    rf"\p{{Lu}}(?<![\p{{L}}\p{{M}}\p{{N}}.’'\-]\p{{Lu}}){_TOK_AFTER_CAPITAL}(?:[ \t\u00a0]++(?:{_CONN}[ \t\u00a0]++)?(?=\p{{Lu}}){_TOK})++"
)
"""``_RUN`` for plain text (most articles), where the standard library's engine finds the same
runs in less time still when the pattern opens with the capital itself: a pattern that opens
with a character class lets the engine skip to the next capital at C speed (a fifth faster
than opening with a look-ahead). ``regex`` runs that form more slowly, so ``_RUN`` keeps its own."""
_ROLE_WORDS = (
    r"former|ex-|then-|acting|deputy|special|senior|chief|top|longtime|veteran|interim|outgoing|"
    r"incoming|current|presidential|vice|assistant|associate|executive|envoy|ambassador|"
    r"diplomat|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|strategist|analyst|"
    r"candidate|nominee|hopeful|senator|lawmaker|minister|secretary|leader|director|chairman|"
    r"chairwoman|chair|officer|official|commander|general|governor|mayor|president|founder|"
    r"co-founder|campaign|manager|pollster|billionaire|businessman|businesswoman|rival|"
    r"challenger|frontrunner|front-runner|host|anchor|correspondent|columnist|economist|"
    r"attorney|lawyer|judge|press|staff|chief|counsel|activist|scientist|professor|expert|"
    r"political|national|foreign|defense|security|intelligence|military|state|federal|"
    r"Republican|Democratic|GOP|(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}’'\-]*"
)
_ROLE_BEFORE = regex.compile(rf"(?r)(?:(?:{_ROLE_WORDS})[ \t\u00a0]++)++\Z")
"""Title words right before a name. Matched backwards from the name (``match`` in reverse
is anchored at the end): a reverse ``search`` would try, and fail, at every position of its
window (40 % slower)."""
_WORD = regex.compile(r"\S+")
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}’'\-]*+")
_FEW_SURNAMES = 32
_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,}")
_ACRONYM = regex.compile(r"(?:\p{Lu}\.?){2,}")
_HYPHEN_LOWER = regex.compile(r"-\p{Ll}")
_LAST_WORD = regex.compile(r"(?r)(\p{L}+)[ \t\u00a0]+\Z")
"""The word right before a name, matched backwards (as ``_ROLE_BEFORE``)."""
_HARD_TITLES = frozenset(
    t for t in TITLE_WORDS
    if t not in {"former", "ex", "then", "u.s.", "us", "american", "british", "french", "german",
                 "chinese", "israeli", "iranian", "mexican", "canadian", "turkish", "saudi",
                 "syrian", "iraqi", "indian", "japanese", "korean", "polish", "european",
                 "russian", "ukrainian", "democratic", "republican", "independent", "gop",
                 "democrat", "white", "kremlin", "pentagon", "house", "senate", "state",
                 "national", "security", "council", "foreign", "defense", "interior",
                 "homeland", "majority", "minority", "campaign", "presidential", "first",
                 "special", "senior", "deputy", "acting", "assistant", "associate", "executive",
                 "press", "staff", "head", "vice", "prime", "chief"}
)


class NameMention(NamedTuple):
    """A person named in the writer's voice: the name as written and the title before it.

    An immutable named tuple rather than an attrs record: an article builds one per name
    run, and a tuple is built in a fraction of the time.
    """

    start: int
    end: int
    name_start: int
    name: str
    role: str | None
    possessive: bool
    after_preposition: bool
    gender: str


_START = operator.itemgetter(NameMention._fields.index("start"))
"""A mention's start, read at C speed (the sort key of a cast's mentions)."""
_LOOKBACK = 64  # mentions examined backwards for a pronoun or description: keeps look-ups O(1)


@attrs.frozen(eq=False)
class Cast:
    """Every person an article names, with look-ups from surnames, pronouns and descriptions.

    Built once per article with indexes (surname → full names, each name's positions), so
    every look-up costs a dictionary access and a bisection, never a scan of the article.
    """

    mentions: tuple[NameMention, ...]
    full_names: tuple[str, ...]
    genders: dict[str, str]
    by_surname: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    positions: dict[str, list[int]] = attrs.field(factory=dict)
    starts: list[int] = attrs.field(factory=list)
    resolved: list[str] = attrs.field(factory=list)

    def canonical(self, name: str, pos: int) -> str:
        """The full name an article established for ``name`` (a surname, "Mr. X" or a full name)."""
        name = _strip_honorific(name)
        parts = name.split()
        if not parts:
            return name
        candidates = self.by_surname.get(parts[-1], ())
        if len(parts) >= 2:
            if name in candidates:
                return name
            candidates = tuple(f for f in candidates if f.endswith(name))
        if not candidates:
            return name
        if len(candidates) == 1:
            return candidates[0]
        # Several people share the surname: the one named most recently before ``pos``.
        best, best_pos = candidates[0], -1
        for cand in candidates:
            where = self.positions.get(cand, [])
            i = bisect.bisect_left(where, pos) - 1
            if i >= 0 and where[i] > best_pos:
                best, best_pos = cand, where[i]
        return best

    def gender_of(self, canonical: str) -> str:
        """"f" or "m" when the article or the given name says so ("Mrs. Clinton", "Bernie Sanders"), else ""."""
        gender = self.genders.get(canonical)
        if gender is None and " " in canonical:
            gender = "m" if canonical.split(" ", 1)[0].lower() in MALE_GIVEN_NAMES else ""
        return gender or ""

    def antecedent(self, pronoun: str, pos: int, speakers: Sequence[tuple[int, str]] = ()) -> str | None:
        """The last person compatible with ``pronoun`` named before ``pos`` in the writer's voice.

        ``speakers`` are ``(offset, canonical name)`` of speakers already attributed, in
        text order; they count as mentions at their offsets (the speaker of the last quote
        is the most salient person).
        """
        want = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(pronoun.lower())
        if want is None:
            return None
        i = bisect.bisect_left(self.starts, pos) - 1
        j = bisect.bisect_left(speakers, (pos, "")) - 1
        fallback = None  # "Obama’s speech to the convention. He told…": a possessive, if nobody else fits
        for _ in range(_LOOKBACK):
            m_pos = self.starts[i] if i >= 0 else -1
            s_pos = speakers[j][0] if j >= 0 else -1
            if m_pos < 0 and s_pos < 0:
                break
            possessive = False
            if s_pos >= m_pos:
                name, j = speakers[j][1], j - 1
            else:
                m = self.mentions[i]
                name, i = self.resolved[i], i - 1
                if m.after_preposition:
                    continue
                possessive = m.possessive
            if not any(ch.islower() for ch in name):
                continue  # a header or a credit in capitals ("FULL TEXT", "BFM TV") is nobody "she" means
            g = self.gender_of(name)
            if (want == "m" and g == "f") or (want == "f" and g == "m"):
                continue
            if not possessive:
                return name
            fallback = fallback or name
        return fallback

    def nominal(self, description: str, pos: int) -> str | None:
        """Resolve a definite description ("the Russian leader") to a named person, if one fits."""
        words = [w.strip(",.").lower() for w in description.split()]
        if not words or words[0] not in {"the", "this"}:
            return None
        head = words[-1]
        modifiers = [w for w in words[1:-1] if w not in DETERMINERS and w != "former"]
        i = bisect.bisect_left(self.starts, pos) - 1
        stop = max(-1, i - 4 * _LOOKBACK)
        while i > stop:
            m = self.mentions[i]
            i -= 1
            if not m.role:
                continue
            role_words = {w.strip(",.’'").lower() for w in m.role.replace("-", " ").split()}
            role_words |= {w[:-2] if w.endswith(("’s", "'s")) else w for w in role_words}
            head_ok = head in role_words or (head in LEADER_NOUNS and role_words & LEADER_NOUNS)
            if head_ok and all(_modifier_fits(mod, role_words) for mod in modifiers):
                return self.resolved[i + 1]
        return None


def _modifier_fits(modifier: str, role_words: set[str]) -> bool:
    if modifier in role_words:
        return True
    stem = modifier.rstrip("n").rstrip("a")  # Russian ~ Russia
    return any(w.startswith(stem) and len(stem) >= 4 for w in role_words)


_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


def _strip_honorific(name: str) -> str:
    parts = name.replace("\u00a0", " ").split()
    while parts and parts[0].lower() in HONORIFICS:
        parts = parts[1:]
    while parts and parts[-1].rstrip(",") in _SUFFIXES:
        parts = parts[:-1]
    return " ".join(parts)


def find_cast(text: str, quotes: Sequence[tuple[int, int]] = (), not_people: Sequence[tuple[int, int]] = ()) -> Cast:
    """Every person named outside the quotations ``(open, close)`` of ``text``.

    ``not_people`` are spans known to name something else (outlets), skipped.
    """
    opens = [q[0] for q in quotes]
    excluded = {s for s, _ in not_people}
    mentions: list[NameMention] = []
    runs: list[tuple[int, int]] = []
    names: dict[str, tuple[_Name, ...]] = {}  # the people of each run read so far (see ``_split_run``)
    for m in (_PLAIN_RUN if is_plain(text) else _RUN).finditer(text):
        start, end = m.span()
        runs.append((start, end))
        if start in excluded or (opens and _in_quote(start, quotes, opens)):
            continue
        mentions.extend(_split_run(text, start, end, names))
    # A name is a single-spaced string (see ``_strip_honorific``): a full name has a space.
    full: list[str] = []
    known: set[str] = set()
    for mention in mentions:
        if " " in mention.name and mention.name not in known:
            known.add(mention.name)
            full.append(mention.name)
    # A surname alone ("Putin publicly expressed…") is a mention of the person it names.
    run_starts = [r[0] for r in runs]
    surnames = {name.split()[-1] for name in full}

    def occurrences() -> Iterator[tuple[int, str]]:
        """Where a surname stands outside every run: most of its occurrences are in the full
        names themselves, skipped here (as part of a longer name) before they cost a yield."""
        bisect_right = bisect.bisect_right
        if len(surnames) <= _FEW_SURNAMES:
            for surname in surnames:  # a few C-speed scans beat visiting every capitalised word
                pos = text.find(surname)
                while pos != -1:
                    if (i := bisect_right(run_starts, pos) - 1) < 0 or runs[i][1] <= pos:
                        yield pos, surname
                    pos = text.find(surname, pos + len(surname))
        else:  # many people (a huge text): one pass, so the work stays linear
            for m in _CAPITALISED.finditer(text):
                word = m.group()
                core = word[:-2] if word.endswith(("’s", "'s")) else word
                if core in surnames and ((i := bisect_right(run_starts, pos := m.start()) - 1) < 0 or runs[i][1] <= pos):
                    yield pos, core

    for pos, surname in occurrences():
        end = pos + len(surname)
        before_ok = pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-’'")
        possessive = text[end : end + 2] in ("’s", "'s")
        after_ok = end == len(text) or possessive or not (text[end].isalnum() or text[end] in "-")
        if before_ok and after_ok and pos not in excluded and not _in_quote(pos, quotes, opens):
            mentions.append(NameMention(pos, end, pos, surname, None, possessive, _after_preposition(text, pos), ""))
    mentions.sort(key=_START)
    genders: dict[str, str] = {}
    for name in full:
        if name.split()[0].lower() in FEMALE_GIVEN_NAMES:
            genders[name] = "f"
    by_surname: dict[str, list[str]] = {}
    for name in full:
        by_surname.setdefault(name.split()[-1], []).append(name)
    cast = Cast(tuple(mentions), tuple(full), genders, {k: tuple(v) for k, v in by_surname.items()})
    for mention in mentions:
        if " " in mention.name:
            cast.positions.setdefault(mention.name, []).append(mention.start)
    same: dict[str, str] = {}  # a one-word name only one full name ends with resolves the same everywhere
    for mention in mentions:
        name = mention.name
        if " " not in name:
            if (known_as := same.get(name)) is not None:
                name = known_as
            else:
                name = cast.canonical(name, mention.start)
                if len(cast.by_surname.get(mention.name, ())) < 2:
                    same[mention.name] = name
        cast.resolved.append(name)
        cast.starts.append(mention.start)
        if mention.gender:
            genders.setdefault(name, mention.gender)
    return cast


def _in_quote(pos: int, quotes: Sequence[tuple[int, int]], opens: list[int]) -> bool:
    i = bisect.bisect_right(opens, pos) - 1
    return i >= 0 and quotes[i][0] < pos < quotes[i][1]


class _Name(NamedTuple):
    """A person a run names: the run's title from ``role_at``, the name at ``at``–``end``
    (offsets in the run), the name as written, and what its last word and title tell."""

    role_at: int
    at: int
    end: int
    name: str
    possessive: bool
    gender: str


def _split_run(text: str, start: int, end: int, names: dict[str, tuple[_Name, ...]] | None = None) -> list[NameMention]:
    """Split one capitalised run into people ("Putin and U.S. President Donald Trump" is two).

    ``names`` holds the people of each run already read in the article: an article repeats
    its names, and a repeated run needs only the words before it read again.
    """
    run = text[start:end]
    if names is None:
        found = _names_in(run)
    elif (found := names.get(run)) is None:
        found = names[run] = _names_in(run)
    return [_placed(text, start + n.role_at, start + n.at, start + n.end, n.name, n.possessive, n.gender) for n in found]


def _names_in(run: str) -> tuple[_Name, ...]:
    """The people a capitalised run names, at offsets in the run."""
    if "’" not in run and "'" not in run and "of" not in (split := run.split()) and "and" not in split and "&" not in split:
        found = _plain_name(run, split)  # no joiner, no possessive: one name at most
        return () if found is None else (found,)
    out: list[_Name] = []
    toks: list[tuple[int, int]] = []
    words: list[str] = []
    at = 0
    # A run holds no blank but spaces, tabs and no-break spaces between its words: ``split``
    # gives the same words as ``\S+``, and each is found from where the last one ended.
    for word in run.split():
        s = at = run.find(word, at)
        at += len(word)
        if word in _JOINERS and words and words[-1].lower() not in TITLE_WORDS:
            out.extend(_one_person(run, toks, words))
            if word == "of":
                return tuple(out)  # "Jane Doe of Ohio": what follows is a place or an organisation
            toks, words = [], []  # "Putin and Trump": two people
            continue
        toks.append((s, at))
        words.append(word)
        if word.endswith(_POSSESSIVE_ENDS):
            out.extend(_one_person(run, toks, words))  # a possessive ends a name:
            toks, words = [], []  # "Iowa State University's Dianne Bystrom" names Dianne Bystrom next
    if toks:
        out.extend(_one_person(run, toks, words))
    return tuple(out)


def _plain_name(run: str, words: list[str]) -> _Name | None:
    """The name in a run with no joiner and no possessive (``words`` are its words), if it names a person."""
    lows = run.lower().split()  # (the words lower-cased: no letter lower-cases to or from a blank)
    at = 0
    if skip := _words_before_name(words, lows):
        for word in words[:skip]:
            at = run.find(word, at) + len(word)
        at = run.find(words[skip], at)  # "When Donald Trump", "Texas Sen. Ted Cruz": as in ``_one_person``
        words, lows = words[skip:], lows[skip:]
    split = _name_start(words, lows)
    if split < 0:
        return None
    role_at = at
    if split:
        for word in words[:split]:
            at = run.find(word, at) + len(word)
        at = run.find(words[split], at)
    name = run[at:]
    if split or "  " in name or "\t" in name or "\u00a0" in name or words[-1].rstrip(",") in _SUFFIXES:
        name = _strip_honorific(name)  # (else it has no honorific, suffix or odd blank to drop)
    if not name:
        return None
    return _Name(role_at, at, len(run), name, False, _gender(lows, split) if split else "")


_POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")
_JOINERS = frozenset({"of", "and", "&"})
"""Words that end one person's name in a run when they follow a name (not a title)."""
_AND_OF = frozenset({"and", "of"})
_AND_OF_AMP = _JOINERS
_FORMER = frozenset({"former", "ex"})
_TITLE_WORDS_AND_OF = TITLE_WORDS | _AND_OF


_OPENING_WORDS = frozenset(
    w for w in NON_NAME_WORDS if w not in DETERMINERS and w not in HONORIFICS and w.rstrip(".") + "." not in HONORIFICS
    and w not in {"sen", "rep", "gov", "gen", "dr", "ms", "mrs", "lt", "col", "st", "mt"}
)
"""Capitalised words that open a sentence or a clause ("But", "When", "After"), not a name."""


def _words_before_name(words: list[str], lows: list[str]) -> int:
    """How many of a run's first words qualify or open the sentence rather than name anyone: a
    sentence opener ("But Sen. Richard J. Durbin", "When Donald Trump") and a state before a
    title ("New Jersey Gov. Chris Christie", "Texas Sen. Ted Cruz"; "Virginia Foxx" is a name)."""
    skip = 1 if len(words) > 2 and lows[0] in _OPENING_WORDS else 0
    left = len(words) - skip
    if left > 3 and (lows[skip] + lows[skip + 1]).replace(".", "") in US_STATES:
        skip += 2
    elif left > 2 and lows[skip] in US_STATES and lows[skip + 1] in _MAY_OPEN_TITLE:
        skip += 1
    return skip


def _one_person(run: str, toks: list[tuple[int, int]], words: list[str]) -> list[_Name]:
    """Title and name of one piece of a run ("Former Russian President … Dmitry Medvedev"), or nothing.

    ``toks`` are the offsets in ``run`` of ``words``; both lists are the caller's, and may be changed.
    """
    if skip := _words_before_name(words, [w.lower() for w in words]):
        del toks[:skip], words[:skip]
    possessive = False
    last = words[-1]
    if last.endswith(_POSSESSIVE_ENDS):
        possessive = True
        s, e = toks[-1]
        cut = 1 if last.endswith(("s’", "s'")) else 2
        toks[-1] = (s, e - cut)
        words[-1] = last[: len(last) - cut]
    lows = [w.lower() for w in words]
    split = _name_start(words, lows)
    if split < 0:
        return []
    s, e = toks[split][0], toks[-1][1]
    name = run[s:e]
    if split or "  " in name or "\t" in name or "\u00a0" in name or words[-1].rstrip(",") in _SUFFIXES:
        name = _strip_honorific(name)  # (else it has no honorific, suffix or odd blank to drop)
    if not name:
        return []
    return [_Name(toks[0][0], s, e, name, possessive, _gender(lows, split) if split else "")]


def _name_start(words: list[str], lows: list[str]) -> int:
    """Which of a run's words starts the name, after its title; -1 when the words name nobody.

    ``lows`` are ``words`` lower-cased.
    """
    # Split after the last hard title ("President", "Sen.", "Chair") that has a name after it.
    split = 0
    if lows[0] in _MAY_OPEN_TITLE:  # (most runs open with a name: nothing to split off)
        split = _title_end(lows)
    elif len(words) == 1:
        return -1  # one word and no title: never a person (a surname alone is found from the full names)
    elif lows[0] in NON_NAME_WORDS:
        return -1  # "The White House" (as ``_is_person`` finds, without the other tests)
    if split and _TITLE_WORDS_AND_OF.issuperset(lows[split:]):
        return -1
    if not _is_person(words[split:] if split else words, split > 0, lows[split:] if split else lows):
        return -1
    return split


def _gender(lows: list[str], split: int) -> str:
    """The gender the last honorific of a run's title tells ("Mrs."), else ""."""
    gender = ""
    for w in lows[:split]:
        gender = HONORIFICS.get(w, gender)
    return gender


def _placed(text: str, role_start: int, s: int, e: int, name: str, possessive: bool, gender: str) -> NameMention:
    """The mention of ``name`` (``text[s:e]``, its run's title from ``role_start``), with the
    title words written before the run ("former senator") and the word before it."""
    # (At a paragraph's start the words may end before the line end, as ``$`` allowed.)
    before = role_start - 1 if text[role_start - 1 : role_start] == "\n" else role_start
    if text[before - 1 : before] in _ROLE_BLANKS:
        ext = _ROLE_BEFORE.match(text, max(0, role_start - 80), before)
        m_start = min(role_start, _trim_role_extension(text, ext.start(), role_start)) if ext else role_start
        after_preposition = _after_preposition(text, m_start)
    else:  # no blank before the run: no title words and no preposition right before it
        m_start, after_preposition = role_start, False
    role = _clean_role(text[m_start:s]) if m_start < s else None
    return NameMention(m_start, e, s, name, role, possessive, after_preposition, gender)


_ROLE_BLANKS = frozenset(" \t\u00a0")
"""The blanks ``_ROLE_BEFORE`` and ``_LAST_WORD`` need right before a name: without one, neither matches."""


def _title_end(lows: list[str]) -> int:
    """Where the name starts in a run's lower-cased words: after the last hard title
    ("President", "Sen.", "Chair") that has a name after it, and after "former"."""
    split = 0
    for k in range(len(lows) - 1):
        low = lows[k]
        if low.endswith("s") and low[:-1] in _HARD_TITLES:
            low = low[:-1]  # "Senators Mitch McConnell and …": a plural title
        if low in _HARD_TITLES or low in HONORIFICS or (low in TITLE_WORDS or low in _AND_OF) and lows[k + 1] in TITLE_WORDS:
            split = k + 1
        elif low not in TITLE_WORDS and low not in _AND_OF_AMP:
            break
    while split < len(lows) - 1 and lows[split] in _FORMER:
        split += 1
    return split


_MAY_OPEN_TITLE = frozenset(TITLE_WORDS | HONORIFICS.keys() | _HARD_TITLES | {t + "s" for t in _HARD_TITLES} | _AND_OF_AMP | _FORMER)
"""First words after which ``_title_end`` may find a title; after any other it finds none."""


def _trim_role_extension(text: str, start: int, end: int) -> int:
    """Drop sentence-initial or non-title capitalised words from a role extension."""
    words = list(_WORD.finditer(text[start:end]))
    keep = start
    for w in words:
        low = w.group().lower()
        if low in NON_NAME_WORDS or low in DETERMINERS or low in ORG_WORDS and low not in TITLE_WORDS:
            keep = start + w.end()
            continue
        if w.group()[:1].isupper() and low not in TITLE_WORDS and not _INITIALS.fullmatch(w.group()):
            keep = start + w.end()
            continue
        break
    while keep < end and text[keep].isspace():
        keep += 1
    return keep


def _clean_role(role: str) -> str | None:
    role = role.strip(" ,")
    return role or None


def _after_preposition(text: str, pos: int) -> bool:
    """True when the word right before ``pos`` (blanks between) is a preposition ("met with Putin")."""
    end = pos - 1 if text[pos - 1 : pos] == "\n" else pos
    window = text[max(0, pos - 20) : end]
    if window.isascii():  # (most text: read with string methods, far cheaper than a ``regex`` call)
        word = _plain_word_before(window)
        if word is not None:
            return bool(word) and word.lower() in PREPOSITIONS
    m = _LAST_WORD.match(text, max(0, pos - 20), end)
    return bool(m and m.group(1).lower() in PREPOSITIONS)


def _plain_word_before(window: str) -> str | None:
    """The letters ``_LAST_WORD`` takes at the end of an ASCII ``window`` ("" when it matches
    nothing), or None when the word before the blanks holds other characters too ("(of")."""
    stripped = window.rstrip(" \t")
    if len(stripped) == len(window) or not stripped[-1:].isalpha():
        return ""  # no blank at the end, or no letter before it
    word = stripped.rsplit(None, 1)[-1]  # (ends with that letter: the blank-delimited word)
    return word if word.isalpha() else None


def _abbreviation(word: str) -> bool:
    core = word[:-1]
    return (len(core) == 1 and core.isupper()) or core.lower() in ABBREVIATIONS or "." in core


def _is_person(words: list[str], titled: bool, lower: list[str]) -> bool:
    """True when a name run plausibly names a person rather than a place or an organisation.

    ``lower`` is ``words`` lower-cased (the caller has it already).
    """
    if not words:
        return False
    if lower[-1] in NATIONALITIES:
        return False  # "Overnight Russian"
    for w in words:
        if "-" in w and _HYPHEN_LOWER.search(w):
            return False  # "States-backed", "Russian-annexed"
    lows = [w.rstrip(".") for w in lower]
    if lows[0] in NON_NAME_WORDS or lower[0] in NON_NAME_WORDS:
        return False
    if not ORG_WORDS.isdisjoint(lows):
        return False
    if len(lows) >= 2 and lows[0] + lows[1] in US_STATES:
        return False  # "New Hampshire", "South Carolina Saturday": a state (one-word states may be given names: Virginia Foxx)
    if TITLE_WORDS.issuperset(lower):
        return False
    if len(words) == 1 and len(words[0]) > 1 and not words[0].endswith(".") and _ACRONYM.fullmatch(words[0]):
        return False  # an acronym alone: NATO, CIA
    if len(words) >= 2:
        return len(words) <= 5 and "of" not in lows and "&" not in lows
    return titled


def person_mentions(article_id: str, text: str, cast: Cast) -> tuple[PersonMention, ...]:
    """The titled mentions of a cast, as records for the title checks."""
    out = []
    for m in cast.mentions:
        if not m.role:
            continue
        out.append(
            PersonMention(
                article=article_id,
                name=cast.canonical(m.name, m.start),
                role=m.role,
                text=text[m.start : m.end],
                start=m.start,
                end=m.end,
            )
        )
    return tuple(out)
