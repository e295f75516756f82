"""Data only: the word lists the checks read — what makes a change of wording matter,
how people are named and titled, and when titles legitimately change.

All entries are lower case and in the matching form of :mod:`quotecheck.clusters.normalize`
(apostrophes removed: "don't" → "dont").
"""

from __future__ import annotations

NEGATIONS: frozenset[str] = frozenset(
    {
        "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor",
        "without", "cannot", "dont", "doesnt", "didnt", "cant", "couldnt", "wont", "wouldnt",
        "shouldnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "aint",
        "mustnt", "neednt", "mightnt", "shant",
    }
)
"""Words whose loss or gain flips a statement."""

MODALS: frozenset[str] = frozenset(
    {"can", "could", "may", "might", "must", "shall", "should", "will", "would", "ll", "d", "going", "gonna"}
)
"""Words that set how certain or obliged a statement is ("could" → "will")."""

QUALIFIERS: frozenset[str] = frozenset(
    {
        "unless", "but", "only", "if", "except", "although", "though", "until", "provided",
        "maybe", "perhaps", "possibly", "probably", "likely", "unlikely", "almost", "nearly",
        "partly", "partially", "some", "all", "every", "any", "most", "few", "more", "less",
        "least", "always", "sometimes", "often", "rarely", "seldom", "yet", "still", "however",
        "whether", "allegedly", "reportedly", "apparently", "approximately", "roughly", "about",
    }
)
"""Words that limit or condition a statement ("unless", "only", "might")."""

CONDITIONS: frozenset[str] = frozenset(
    {
        "unless", "but", "only", "if", "except", "although", "though", "until", "provided",
        "however", "whether", "might", "maybe", "perhaps", "possibly", "probably", "likely",
        "unlikely",
    }
)
"""The conditions and hedges whose omission makes a truncated quote say more than was said."""

NUMBER_WORDS: frozenset[str] = frozenset(
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
        "millions", "billion", "billions", "trillion", "percent", "half", "quarter", "dozen",
        "dozens", "first", "second", "third", "once", "twice",
    }
)

HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "hon"}
)

NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})

NAME_PARTICLES: frozenset[str] = frozenset({"de", "del", "della", "der", "di", "da", "du", "van", "von", "bin", "ibn", "al", "la", "le"})
"""Lower-case words that may sit inside a name ("Ursula von der Leyen")."""

TITLE_WORDS: frozenset[str] = frozenset(
    {
        "president", "vice", "prime", "minister", "chancellor", "secretary", "senator", "sen",
        "rep", "representative", "congressman", "congresswoman", "gov", "governor", "mayor",
        "judge", "justice", "chief", "general", "gen", "lt", "col", "colonel", "major", "maj",
        "capt", "captain", "admiral", "adm", "sgt", "sergeant", "ambassador", "speaker",
        "leader", "chairman", "chairwoman", "chair", "director", "commissioner", "attorney",
        "prosecutor", "sheriff", "officer", "pope", "king", "queen", "prince", "princess",
        "emperor", "sheikh", "ayatollah", "rabbi", "father", "reverend", "bishop", "cardinal",
        "pastor", "professor", "first", "press", "spokesman", "spokeswoman", "spokesperson",
        "envoy", "special", "candidate", "nominee", "deputy", "acting", "assistant", "associate",
        "senior", "executive", "founder", "ceo", "head", "aide", "adviser", "advisor",
        "analyst", "strategist", "manager", "staff", "majority", "minority", "whip", "former",
        "ex", "then", "elect", "late", "interim", "outgoing", "incoming", "presidential",
        "democratic", "republican", "independent", "gop", "democrat", "state", "defense",
        "defence", "foreign", "interior", "homeland", "security", "national", "council",
        "house", "senate", "white", "kremlin", "pentagon", "campaign", "party", "federal",
    }
)
"""Capitalised words that belong to a title, not to the name that follows it."""

GROUP_WORDS: frozenset[str] = frozenset(
    {
        "official", "officials", "source", "sources", "aide", "aides", "spokesman", "spokeswoman",
        "spokesperson", "spokesmen", "people", "person", "diplomat", "diplomats", "analyst",
        "analysts", "expert", "experts", "critic", "critics", "lawmaker", "lawmakers",
        "observer", "observers", "insider", "insiders", "adviser", "advisers", "advisor",
        "advisors", "member", "members", "staffer", "staffers", "supporter", "supporters",
        "government", "administration", "ministry", "campaign", "committee", "agency",
        "agencies", "office", "department", "statement", "report", "reports", "media",
        "kremlin", "white", "pentagon", "residents", "witnesses", "voters",
    }
)
"""Heads of descriptions of unnamed or collective sources ("a senior official", "U.S. officials")."""

PRONOUNS: frozenset[str] = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "who", "one",
     "his", "hers", "their", "theirs", "its", "our", "my", "your", "himself", "herself", "themselves"}
)

DETERMINERS: frozenset[str] = frozenset(
    {"a", "an", "the", "another", "one", "two", "three", "four", "several", "some", "many",
     "most", "other", "these", "those", "this", "that", "his", "her", "their", "its", "our",
     "both", "all", "few", "multiple", "numerous"}
)

STATUS_WORDS: dict[str, str] = {
    "former": "former", "ex": "former", "late": "former", "onetime": "former",
    "erstwhile": "former", "retired": "former", "then": "then", "elect": "elect",
    "incoming": "elect", "designate": "elect", "outgoing": "current", "acting": "current",
    "interim": "current", "current": "current", "sitting": "current", "incumbent": "current",
}
"""Words in a title that say when the office is held; "then" fits any period."""

RANK_PREFIXES: tuple[str, ...] = ("vice", "deputy")
"""An office and its vice/deputy office cannot be held by one person at once."""

QUALIFIER_WORDS: frozenset[str] = frozenset(
    {
        "us", "u", "s", "united", "states", "america", "american", "russian", "russia",
        "ukrainian", "ukraine", "british", "uk", "french", "france", "german", "germany",
        "chinese", "china", "israeli", "israel", "iranian", "iran", "mexican", "canadian",
        "turkish", "saudi", "syrian", "iraqi", "indian", "japanese", "korean", "polish",
        "european", "eu", "nato", "un", "palestinian", "egyptian", "italian", "spanish",
        "brazilian", "australian", "belarusian", "hungarian", "dutch", "swedish", "finnish",
        "norwegian", "danish", "the", "of", "country", "nations", "s", "then",
    }
)
"""Nationality and country words dropped when comparing offices ("U.S. President" ~ "President")."""

OFFICE_CHANGES: dict[str, tuple[str, ...]] = {
    "president": (
        "2000-05-07", "2004-05-07", "2005-01-23", "2008-05-07", "2009-01-20", "2010-02-25",
        "2012-05-07", "2014-06-07", "2017-01-20", "2019-05-20", "2021-01-20", "2025-01-20",
    ),
    "prime minister": ("2010-05-11", "2016-07-13", "2019-07-24", "2022-09-06", "2022-10-25", "2024-07-05"),
}
"""Known dates an office changed hands (US, Russian and Ukrainian inaugurations; UK prime
ministers): titles dated on both sides of one may legitimately differ."""

PERIOD_DAYS = 365
"""Articles published further apart than this are taken to be in different periods."""
