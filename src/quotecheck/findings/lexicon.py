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

FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "and", "but", "or", "so", "nor", "yet", "the", "a", "an", "it", "its", "we", "they", "he",
        "she", "you", "i", "this", "that", "these", "those", "there", "here", "what", "when",
        "where", "why", "how", "who", "if", "then", "now", "not", "no", "yes", "our", "my", "your",
        "their", "his", "her", "in", "on", "at", "to", "for", "of", "with", "as", "by", "from",
        "be", "is", "are", "was", "were", "do", "does", "did", "have", "has", "had", "let", "look",
        "well", "oh", "okay", "ok", "because", "also", "just", "very", "all",
    }
)
"""Words that, capitalised inside a quote, start a sentence the punctuation lost rather
than name anyone ("a stupid wall And it's useless")."""

CONTRACTION_SUFFIXES: dict[str, tuple[str, ...]] = {
    "n't": ("not",), "'re": ("are",), "'ve": ("have",), "'ll": ("will",), "'m": ("am",),
    "'d": ("would", "had"), "'s": ("is", "has"),
}
"""Contracted endings and what they stand for ("'s" may be "is" or "has")."""

CONTRACTED_STEMS: dict[str, str] = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
"""Stems that change when contracted: "won't" is "will not", "can't" "can not"."""

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
        "senators", "representatives", "governors", "presidents", "ministers", "leaders",
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
        "kremlin", "pentagon", "residents", "witnesses", "voters", "house", "spokesmen",
        "officers", "authorities", "police", "prosecutors", "investigators", "insiders", "allies",
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

TITLE_ABBREVIATIONS: dict[str, str] = {
    "gov": "governor", "sen": "senator", "rep": "representative", "pres": "president",
    "gen": "general", "lt": "lieutenant", "sec": "secretary", "amb": "ambassador",
    "atty": "attorney", "supt": "superintendent", "cmdr": "commander", "adm": "admiral",
}
"""Abbreviated titles, spelled out so "Gov." and "Governor" are one office."""

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

TRANSIENT_WORDS: frozenset[str] = frozenset(
    {
        "candidate", "nominee", "hopeful", "contender", "frontrunner", "challenger", "rival",
        "finalist", "campaign", "manager", "aide", "adviser", "advisor", "spokesman",
        "spokeswoman", "spokesperson", "strategist", "staffer",
    }
)
"""Roles that last weeks, not years: a candidate in the primaries is a former candidate by
summer, and campaign staff come and go."""

HISTORICAL_OFFICES: frozenset[str] = frozenset({"president"})
"""Offices whose holders keep the bare title in historical references ("President Reagan
signed…"): a bare title for them only conflicts with "former" in the same article, or
when it is stated as current ("U.S. President", "sitting President")."""

TRANSIENT_PERIOD_DAYS = 30
"""Articles further apart than this may differ on a transient role."""
