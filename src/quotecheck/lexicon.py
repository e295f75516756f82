"""Data only: the word lists behind attribution — cue verbs, outlets, platforms, titles.

Nothing here runs logic; :mod:`quotecheck.quotes.cues`, :mod:`quotecheck.quotes.outlets`
and :mod:`quotecheck.quotes.people` compile these tables (plus whatever the user adds in
the settings) into matchers.  Keep entries lower-case unless case matters.
"""

from __future__ import annotations

# Speech and report verbs, base form → irregular inflections (regular ones are derived).
CUE_VERBS: tuple[str, ...] = (
    "say", "tell", "add", "write", "ask", "note", "explain", "declare", "reply", "respond", "answer",
    "state", "conclude", "recall", "argue", "claim", "insist", "warn", "suggest",
    "acknowledge", "admit", "announce", "assure", "promise", "pledge", "describe", "call",
    "tweet", "post", "continue", "urge", "accuse", "shout", "chant", "remark", "emphasize",
    "emphasise", "stress", "observe", "predict", "complain", "boast", "joke", "quip",
    "concede", "confirm", "deny", "contend", "maintain", "counter", "retort", "reiterate",
    "repeat", "vow", "threaten", "caution", "mention", "comment", "testify", "charge",
    "allege", "lament", "exclaim", "scream", "yell", "whisper", "muse", "wonder", "demand",
    "proclaim", "assert", "affirm", "summarize", "summarise", "recount", "characterize",
    "characterise", "dub", "label", "brand", "term", "report", "tout", "mock", "praise",
    "criticize", "criticise", "blast", "slam", "attack", "decry", "dismiss", "brag",
    "estimate", "forecast", "advise", "agree", "disagree", "object", "protest", "plead",
    "beg", "cry", "sigh", "laugh", "interject", "interrupt", "begin", "start", "finish",
    "elaborate", "specify", "clarify", "correct", "concur", "echo", "opine", "posit",
    "theorize", "speculate", "surmise", "reason", "instruct", "order", "tease", "taunt",
    "thunder", "bellow", "rail", "fume", "gush", "rave", "marvel", "recommend", "propose",
    "hint", "imply", "indicate", "signal", "stipulate", "underscore", "highlight",
    "point", "chime", "weigh", "pipe", "sound", "spell", "put", "read", "testify",
    "inform", "reveal", "disclose", "divulge", "volunteer", "offer", "press", "quote",
    "cite", "recite", "relay", "convey", "relate", "narrate", "announce", "broadcast",
    "publish", "tell", "insist", "reassure", "guarantee", "swear", "predict", "caution",
    "acknowledge", "lecture", "preach", "argue", "debate", "challenge", "question",
    "query", "inquire", "enquire", "demand", "request", "implore", "urge", "entreat",
    "conclude", "announce", "confide", "confess", "recollect", "reflect", "reminisce",
    "emphasize", "assess", "judge", "rule", "decide", "determine", "find", "believe",
    "think", "feel", "fear", "hope", "expect", "worry",
)

# Verbs whose past tense or participle is not base+ed.
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "put": ("put", "puts", "putting"),
    "admit": ("admitted", "admits", "admitting"),
    "read": ("read", "reads", "reading"),
    "swear": ("swore", "sworn", "swears", "swearing"),
    "begin": ("began", "begun", "begins", "beginning"),
    "find": ("found", "finds", "finding"),
    "think": ("thought", "thinks", "thinking"),
    "feel": ("felt", "feels", "feeling"),
    "cry": ("cried", "cries", "crying"),
    "reply": ("replied", "replies", "replying"),
    "broadcast": ("broadcast", "broadcasts", "broadcasting"),
    "forecast": ("forecast", "forecasts", "forecasting"),
    "dub": ("dubbed", "dubs", "dubbing"),
    "quip": ("quipped", "quips", "quipping"),
    "plead": ("pleaded", "pled", "pleads", "pleading"),
    "beg": ("begged", "begs", "begging"),
    "specify": ("specified", "specifies", "specifying"),
    "clarify": ("clarified", "clarifies", "clarifying"),
    "testify": ("testified", "testifies", "testifying"),
    "concur": ("concurred", "concurs", "concurring"),
    "query": ("queried", "queries", "querying"),
    "label": ("labeled", "labelled", "labels", "labeling", "labelling"),
}

# Verbs that are cues only in a fixed phrase or construction; alone they are too common.
WEAK_CUE_VERBS: frozenset[str] = frozenset(
    {
        "point", "chime", "weigh", "pipe", "sound", "spell", "put", "read", "begin", "start",
        "finish", "find", "believe", "think", "feel", "fear", "hope", "expect", "worry",
        "order", "offer", "press", "rule", "decide", "determine", "judge", "assess", "continue",
        "call", "post", "report", "quote", "cite", "publish", "broadcast", "attack", "agree",
        "object", "question", "challenge", "debate", "reason", "signal", "indicate",
        "highlight", "echo", "relate", "request", "correct", "laugh", "sigh", "charge",
    }
)

# Multi-word cues, matched as phrases (lower case, single spaces).
CUE_PHRASES: tuple[str, ...] = (
    "according to", "in an interview with", "in an interview on", "in a statement",
    "in a interview", "in a tweet", "in a post", "in remarks", "in his remarks",
    "in her remarks", "in a speech", "in an email", "in an op-ed", "in a letter",
    "point out", "pointed out", "points out", "pointing out", "went on", "goes on",
    "go on", "going on", "put it", "chimed in", "weighed in", "spelled out",
    "quoted as saying", "was quoted", "as saying", "wrote on", "posted on", "said on",
    "wrote in", "told reporters", "asked about", "when asked", "in response",
)

# Outlets: canonical name → aliases (matched case-sensitively as written in the text).
OUTLETS: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("Associated Press", "the Associated Press", "The Associated Press", "AP"),
    "AFP": ("Agence France-Presse", "Agence France Presse", "AFP"),
    "Bloomberg": ("Bloomberg News", "Bloomberg"),
    "ABC News": ("ABC News", "ABC's", "ABC"),
    "CBS News": ("CBS News", "CBS"),
    "NBC News": ("NBC News", "NBC"),
    "CNN": ("CNN",),
    "Fox News": ("Fox News Channel", "Fox News", "Fox"),
    "Fox Business": ("Fox Business Network", "Fox Business"),
    "MSNBC": ("MSNBC",),
    "CNBC": ("CNBC",),
    "NPR": ("National Public Radio", "NPR"),
    "PBS": ("PBS NewsHour", "PBS"),
    "C-SPAN": ("C-SPAN",),
    "BBC": ("BBC News", "BBC"),
    "Sky News": ("Sky News",),
    "Al Jazeera": ("Al Jazeera",),
    "The New York Times": ("The New York Times", "the New York Times", "New York Times", "NYT", "The Times", "the Times"),
    "The Washington Post": ("The Washington Post", "the Washington Post", "Washington Post", "WaPo", "WashPost"),
    "The Wall Street Journal": ("The Wall Street Journal", "the Wall Street Journal", "Wall Street Journal", "WSJ", "the Journal"),
    "The New York Post": ("The New York Post", "the New York Post", "New York Post", "NY Post"),
    "USA Today": ("USA Today", "USA TODAY", "USA TODAY Network"),
    "Los Angeles Times": ("Los Angeles Times", "the Los Angeles Times", "LA Times", "L.A. Times"),
    "Chicago Tribune": ("Chicago Tribune", "the Chicago Tribune"),
    "The Boston Globe": ("The Boston Globe", "the Boston Globe", "Boston Globe"),
    "New York Daily News": ("New York Daily News", "the New York Daily News", "Daily News", "NY Daily News"),
    "Politico": ("Politico", "POLITICO"),
    "The Hill": ("The Hill",),
    "Axios": ("Axios",),
    "HuffPost": ("The Huffington Post", "the Huffington Post", "Huffington Post", "HuffPost", "HuffPost Politics"),
    "Breitbart News": ("Breitbart News Network", "Breitbart News", "Breitbart"),
    "Western Journal": ("Western Journalism", "The Western Journal", "Western Journal"),
    "BuzzFeed News": ("BuzzFeed News", "BuzzFeed"),
    "Vox": ("Vox",),
    "Slate": ("Slate",),
    "Salon": ("Salon",),
    "The Atlantic": ("The Atlantic",),
    "The New Yorker": ("The New Yorker",),
    "Time": ("Time magazine", "TIME"),
    "Newsweek": ("Newsweek",),
    "The Daily Beast": ("The Daily Beast", "Daily Beast"),
    "National Review": ("National Review",),
    "The Washington Times": ("The Washington Times", "the Washington Times", "Washington Times"),
    "The Washington Examiner": ("The Washington Examiner", "the Washington Examiner", "Washington Examiner"),
    "The Weekly Standard": ("The Weekly Standard", "the Weekly Standard", "Weekly Standard"),
    "The Daily Caller": ("The Daily Caller", "the Daily Caller", "Daily Caller"),
    "The Guardian": ("The Guardian", "the Guardian"),
    "The Telegraph": ("The Telegraph", "the Telegraph", "The Daily Telegraph"),
    "The Times of London": ("The Times of London", "the Times of London"),
    "The Independent": ("The Independent",),
    "Financial Times": ("Financial Times", "the Financial Times", "FT"),
    "The Economist": ("The Economist", "the Economist"),
    "Daily Mail": ("Daily Mail", "the Daily Mail", "MailOnline"),
    "Der Spiegel": ("Der Spiegel", "Spiegel"),
    "Le Monde": ("Le Monde",),
    "India Today": ("India Today",),
    "TASS": ("TASS", "Tass"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "RT": ("Russia Today", "RT"),
    "Xinhua": ("Xinhua",),
    "Kyiv Independent": ("Kyiv Independent", "the Kyiv Independent", "The Kyiv Independent"),
    "Ukrainska Pravda": ("Ukrainska Pravda",),
    "Kyodo": ("Kyodo News", "Kyodo"),
    "Yonhap": ("Yonhap",),
    "Haaretz": ("Haaretz",),
    "The Times of Israel": ("The Times of Israel", "the Times of Israel", "Times of Israel"),
    "The Jerusalem Post": ("The Jerusalem Post", "the Jerusalem Post", "Jerusalem Post"),
    "East2West News": ("East2West News",),
    "Des Moines Register": ("The Des Moines Register", "the Des Moines Register", "Des Moines Register"),
    "The Dallas Morning News": ("The Dallas Morning News", "the Dallas Morning News", "Dallas Morning News"),
    "Miami Herald": ("Miami Herald", "the Miami Herald", "The Miami Herald"),
    "Tampa Bay Times": ("Tampa Bay Times", "the Tampa Bay Times"),
    "The Arizona Republic": ("The Arizona Republic", "the Arizona Republic", "Arizona Republic"),
    "The Detroit News": ("The Detroit News", "the Detroit News", "Detroit News"),
    "The Detroit Free Press": ("Detroit Free Press", "the Detroit Free Press"),
    "The Boston Herald": ("Boston Herald", "the Boston Herald"),
    "The Hollywood Reporter": ("The Hollywood Reporter", "Hollywood Reporter"),
    "Variety": ("Variety",),
    "Rolling Stone": ("Rolling Stone",),
    "Mother Jones": ("Mother Jones",),
    "The Intercept": ("The Intercept",),
    "ProPublica": ("ProPublica",),
    "The Daily Signal": ("The Daily Signal", "Daily Signal"),
    "Drudge Report": ("Drudge Report", "the Drudge Report"),
    "Infowars": ("Infowars", "InfoWars"),
    "Talking Points Memo": ("Talking Points Memo",),
    "Meet the Press": ("Meet the Press",),
    "Face the Nation": ("Face the Nation",),
    "Fox News Sunday": ("Fox News Sunday",),
    "State of the Union": ("CNN's State of the Union",),
    "This Week": ("ABC's This Week",),
    "Good Morning America": ("Good Morning America",),
    "Today": ("NBC's Today",),
    "60 Minutes": ("60 Minutes",),
    "Morning Joe": ("Morning Joe",),
    "Hardball": ("Hardball",),
    "The O'Reilly Factor": ("The O'Reilly Factor", "O'Reilly Factor"),
    "Hannity": ("Hannity",),
    "The Tonight Show": ("The Tonight Show",),
    "The Late Show": ("The Late Show",),
    "Univision": ("Univision",),
    "Telemundo": ("Telemundo",),
    "UPI": ("United Press International", "UPI"),
    "Forbes": ("Forbes magazine", "Forbes"),
    "Fortune": ("Fortune magazine",),
    "Business Insider": ("Business Insider",),
    "MarketWatch": ("MarketWatch",),
    "CNNMoney": ("CNNMoney", "CNN Money"),
    "Yahoo News": ("Yahoo News", "Yahoo Politics"),
    "Vanity Fair": ("Vanity Fair",),
    "Vice News": ("Vice News", "VICE News"),
    "TMZ": ("TMZ",),
    "Gawker": ("Gawker",),
    "Mediaite": ("Mediaite",),
    "TheBlaze": ("TheBlaze", "The Blaze"),
    "Newsmax": ("Newsmax",),
    "WND": ("WorldNetDaily", "WND"),
    "RedState": ("RedState",),
    "Daily Kos": ("Daily Kos",),
    "ThinkProgress": ("ThinkProgress",),
    "RealClearPolitics": ("RealClearPolitics", "Real Clear Politics"),
    "FiveThirtyEight": ("FiveThirtyEight",),
    "PolitiFact": ("PolitiFact",),
    "The New Republic": ("The New Republic", "the New Republic", "New Republic"),
    "U.S. News & World Report": ("U.S. News & World Report", "U.S. News and World Report"),
    "Newsday": ("Newsday",),
    "Houston Chronicle": ("Houston Chronicle", "the Houston Chronicle"),
    "San Francisco Chronicle": ("San Francisco Chronicle", "the San Francisco Chronicle"),
    "The Denver Post": ("The Denver Post", "the Denver Post", "Denver Post"),
    "The Seattle Times": ("The Seattle Times", "the Seattle Times", "Seattle Times"),
    "Orlando Sentinel": ("Orlando Sentinel", "the Orlando Sentinel"),
    "The Philadelphia Inquirer": ("The Philadelphia Inquirer", "the Philadelphia Inquirer", "Philadelphia Inquirer"),
    "Star Tribune": ("Star Tribune", "the Star Tribune"),
    "The Atlanta Journal-Constitution": ("The Atlanta Journal-Constitution", "the Atlanta Journal-Constitution", "Atlanta Journal-Constitution"),
    "Las Vegas Review-Journal": ("Las Vegas Review-Journal", "the Las Vegas Review-Journal"),
    "The Sacramento Bee": ("The Sacramento Bee", "the Sacramento Bee", "Sacramento Bee"),
    "The Oregonian": ("The Oregonian",),
    "The Courier-Journal": ("The Courier-Journal", "the Courier-Journal"),
    "The Kansas City Star": ("The Kansas City Star", "the Kansas City Star", "Kansas City Star"),
    "The Plain Dealer": ("The Plain Dealer", "the Plain Dealer"),
    "Milwaukee Journal Sentinel": ("Milwaukee Journal Sentinel", "the Milwaukee Journal Sentinel"),
    "New Hampshire Union Leader": ("New Hampshire Union Leader", "the New Hampshire Union Leader", "Union Leader"),
    "The Globe and Mail": ("The Globe and Mail", "the Globe and Mail"),
    "South China Morning Post": ("South China Morning Post", "the South China Morning Post"),
    "CBC News": ("CBC News", "CBC"),
    "ITV News": ("ITV News",),
    "NHK": ("NHK",),
    "La Stampa": ("La Stampa",),
    "El País": ("El País", "El Pais"),
    "The Kelly File": ("The Kelly File",),
    "Real Time with Bill Maher": ("Real Time with Bill Maher",),
}

# Short forms that name an outlet only when the article has named its full form first.
OUTLET_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "the Post": ("The Washington Post", "The New York Post", "The Jerusalem Post"),
    "The Post": ("The Washington Post", "The New York Post", "The Jerusalem Post"),
    "the Times": ("The New York Times", "Los Angeles Times", "The Washington Times", "Financial Times"),
    "The Times": ("The New York Times", "Los Angeles Times", "The Washington Times", "Financial Times"),
    "the Journal": ("The Wall Street Journal",),
    "the Globe": ("The Boston Globe",),
    "the Examiner": ("The Washington Examiner",),
    "the Register": ("Des Moines Register",),
    "the Herald": ("Miami Herald", "The Boston Herald"),
}

# Wire and state agencies named generically ("Russian state agencies").
AGENCY_WORDS: tuple[str, ...] = ("agency", "agencies", "media", "news agency", "television", "TV", "outlets", "press")

PLATFORMS: dict[str, tuple[str, ...]] = {
    "X": ("X",),
    "Twitter": ("Twitter",),
    "Telegram": ("Telegram",),
    "Facebook": ("Facebook",),
    "Instagram": ("Instagram",),
    "Truth Social": ("Truth Social",),
    "YouTube": ("YouTube",),
    "TikTok": ("TikTok",),
    "Threads": ("Threads",),
    "Bluesky": ("Bluesky",),
    "Weibo": ("Weibo",),
    "VKontakte": ("VKontakte", "VK"),
    "LinkedIn": ("LinkedIn",),
    "Substack": ("Substack",),
    "Reddit": ("Reddit",),
    "Snapchat": ("Snapchat",),
}

# Verbs that say the message was posted on a platform ("tweeted" names it by itself).
PLATFORM_VERBS: dict[str, str] = {"tweeted": "Twitter", "tweets": "Twitter", "tweet": "Twitter", "retweeted": "Twitter"}

PRONOUNS: dict[str, str] = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
    "they": "p", "them": "p", "i": "s", "we": "p", "it": "n", "who": "r", "you": "s",
}

HONORIFICS: dict[str, str] = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "dr": "", "dr.": "", "sir": "m", "dame": "f", "lord": "m", "lady": "f",
}

# Title words: they may precede a name and belong to the role, not the name.
TITLE_WORDS: frozenset[str] = frozenset(
    w.lower()
    for w in (
        "President", "Vice", "Prime", "Minister", "Chancellor", "Secretary", "Senator", "Sen.",
        "Sen", "Rep.", "Rep", "Representative", "Congressman", "Congresswoman", "Gov.", "Gov",
        "Governor", "Mayor", "Judge", "Justice", "Chief", "General", "Gen.", "Gen", "Lt.",
        "Col.", "Colonel", "Major", "Maj.", "Capt.", "Captain", "Admiral", "Adm.", "Sgt.",
        "Sergeant", "Ambassador", "Speaker", "Leader", "Chairman", "Chairwoman", "Chair",
        "Director", "Commissioner", "Attorney", "Prosecutor", "Sheriff", "Officer", "Pope",
        "King", "Queen", "Prince", "Princess", "Emperor", "Sheikh", "Ayatollah", "Rabbi",
        "Father", "Reverend", "Rev.", "Bishop", "Cardinal", "Pastor", "Professor", "Prof.",
        "Dr.", "Mr.", "Mrs.", "Ms.", "Sir", "Dame", "Lord", "Lady", "former", "Former",
        "ex", "then", "Deputy", "Acting", "First", "Lady", "Press", "Spokesman", "Spokeswoman",
        "Spokesperson", "Envoy", "Special", "Candidate", "Nominee", "Assemblyman", "Councilman",
        "Councilwoman", "Delegate", "Treasurer", "Comptroller", "Lieutenant", "Commander",
        "Superintendent", "Dean", "Provost", "Chancellor", "CEO", "Founder", "Co-founder",
        "Executive", "Manager", "Strategist", "Adviser", "Advisor", "Aide", "Analyst",
        "Pollster", "Economist", "Anchor", "Host", "Correspondent", "Editor", "Columnist",
        "Democratic", "Republican", "Independent", "GOP", "Democrat", "Majority", "Minority",
        "Whip", "House", "Senate", "State", "Defense", "Foreign", "Interior", "Homeland",
        "Security", "National", "Council", "Deputy", "Assistant", "Associate", "Senior",
        "Presidential", "Campaign", "Chief", "Staff", "Head", "Foreign", "Russian", "Ukrainian",
        "U.S.", "US", "American", "British", "French", "German", "Chinese", "Israeli",
        "Iranian", "Mexican", "Canadian", "Turkish", "Saudi", "Syrian", "Iraqi", "Indian",
        "Japanese", "Korean", "Polish", "European", "Kremlin", "White", "Pentagon",
    )
)

# Nouns that head a description of a speaker ("the Russian leader", "a senior official").
ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "president", "leader", "official", "officials", "minister", "spokesman", "spokeswoman",
        "spokesperson", "senator", "congressman", "congresswoman", "governor", "mayor",
        "candidate", "nominee", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
        "source", "sources", "diplomat", "diplomats", "envoy", "ambassador", "chancellor",
        "secretary", "chairman", "chairwoman", "chair", "director", "strategist", "analyst",
        "analysts", "expert", "experts", "economist", "pollster", "lawmaker", "lawmakers",
        "legislator", "parliamentarian", "representative", "general", "commander", "officer",
        "billionaire", "businessman", "businesswoman", "mogul", "tycoon", "frontrunner",
        "front-runner", "contender", "rival", "opponent", "democrat", "republican", "host",
        "anchor", "reporter", "journalist", "columnist", "editor", "author", "writer", "critic",
        "critics", "supporter", "supporters", "activist", "activists", "lawyer", "lawyers",
        "attorney", "judge", "prosecutor", "professor", "scholar", "researcher", "founder",
        "executive", "ceo", "manager", "operative", "staffer", "staffers", "veteran",
        "politician", "speaker", "whip", "king", "queen", "prince", "premier", "pope",
        "head", "chief", "deputy", "member", "members", "resident", "residents", "voter",
        "voters", "witness", "witnesses", "observer", "observers", "insider", "insiders",
        "person", "people", "man", "woman", "campaign", "administration", "government",
        "kremlin", "ministry", "department", "agency", "office", "committee", "group",
        "organization", "party", "statement", "report", "memo", "letter", "study", "poll",
        "survey", "filing", "complaint", "lawsuit", "release", "website", "ad", "spokesmen",
        "counsel", "physician", "doctor", "surgeon", "neighbor", "friend", "relative",
        "daughter", "son", "wife", "husband", "mother", "father", "brother", "sister",
        "colleague", "ally", "allies", "backer", "backers", "donor", "donors", "delegate",
        "delegates", "superdelegate", "superdelegates", "governor-elect", "president-elect",
        "senator-elect", "nominee-elect", "incumbent", "challenger", "mate", "running",
    }
)

# Leader-like heads that may refer back to a named head of state or government.
LEADER_NOUNS: frozenset[str] = frozenset(
    {"leader", "president", "premier", "chancellor", "king", "queen", "head", "minister", "ruler", "strongman", "autocrat"}
)

# Words that start a determiner phrase describing an unnamed source.
DETERMINERS: frozenset[str] = frozenset(
    {"a", "an", "the", "another", "one", "two", "three", "several", "some", "many", "most",
     "other", "others", "these", "those", "this", "that", "his", "her", "their", "its", "our",
     "both", "all", "few", "numerous", "multiple"}
)

# Adverbs and auxiliaries that may stand between a subject and its cue verb.
CUE_MODIFIERS: frozenset[str] = frozenset(
    {
        "also", "later", "then", "further", "quickly", "publicly", "privately", "repeatedly",
        "previously", "once", "has", "have", "had", "was", "were", "is", "are", "would", "will",
        "reportedly", "recently", "again", "simply", "even", "just", "still", "often",
        "frequently", "never", "not", "earlier", "first", "initially", "subsequently",
        "finally", "ultimately", "flatly", "bluntly", "openly", "angrily", "sharply",
        "explicitly", "specifically", "separately", "tersely", "curtly", "loudly", "softly",
        "quietly", "proudly", "cheerfully", "calmly", "emphatically", "repeatedly", "long",
        "herself", "himself", "themselves", "had", "did", "does", "do", "could", "can",
        "might", "may", "should", "must", "been", "being", "be", "only", "immediately",
        "now", "today", "yesterday", "similarly", "likewise", "directly", "personally",
        "confidently", "optimistically", "defiantly", "insistently", "cautiously", "however",
        "too", "already", "indeed", "apparently", "allegedly", "jokingly", "sarcastically",
    }
)

# Words that end the subject search: the cue verb's subject lies after them.
CLAUSE_BREAKERS: frozenset[str] = frozenset(
    {
        "that", "and", "but", "because", "while", "when", "although", "though", "if", "unless",
        "since", "after", "before", "so", "than", "whether", "where", "which", "whom", "whose",
        "or", "nor", "yet", "until", "once", "as", "like", "whereas", "despite", "amid",
    }
)

# Prepositions: a name right after one is not a grammatical subject.
PREPOSITIONS: frozenset[str] = frozenset(
    {
        "of", "to", "with", "by", "for", "from", "about", "against", "between", "on", "at",
        "in", "into", "onto", "over", "under", "toward", "towards", "upon", "among", "through",
        "without", "within", "behind", "beside", "besides", "beyond", "near", "across", "around",
        "along", "during", "per", "via", "including", "like", "unlike", "than", "versus", "vs",
    }
)

DOCUMENT_LABELS: frozenset[str] = frozenset(
    {"transcript", "excerpt", "excerpts", "text", "statement", "video", "audio", "update", "photo",
     "note", "related", "highlights", "quote", "quotes", "watch", "read"}
)
"""Labels that head a passage ("Transcript:", "Statement:") and name nobody."""

# Capitalised words that do not start a person's name.
NON_NAME_WORDS: frozenset[str] = frozenset(
    w.lower()
    for w in (
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "So", "As", "If", "When", "While",
        "After", "Before", "Since", "Still", "Yet", "Meanwhile", "However", "Despite", "According",
        "Although", "Though", "Because", "For", "From", "To", "With", "Without", "By", "Of",
        "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "His",
        "Her", "Their", "Its", "Our", "My", "Your", "There", "Here", "What", "Who", "Why", "How",
        "Where", "Which", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Some", "Many", "Most", "All", "No",
        "Not", "Now", "Then", "Today",
        "Both", "Each", "Every", "Other", "Another", "One", "Two", "Three", "Also", "Even",
        "Just", "Only", "Asked", "Said", "Says", "Added", "Writing", "Speaking", "Adding", "Like", "Unlike", "Under",
        "Over", "Among", "Amid", "During", "Through", "Until", "Whether", "Instead", "Indeed",
        "Yes", "Well", "Oh", "OK", "Okay", "Thanks", "Please", "Again", "Later", "Earlier",
        "Last", "Next", "First", "Second", "Third", "Finally", "Overall", "Together", "Otherwise",
        "Nevertheless", "Nonetheless", "Moreover", "Furthermore", "Additionally", "Similarly",
        "Likewise", "Instead", "Perhaps", "Maybe", "Clearly", "Obviously", "Certainly", "Of",
        "Sen", "Rep", "Gov", "Gen", "Dr", "Ms", "Mrs", "Lt", "Col", "St", "Mt",
    )
)

# Words marking a capitalised run as an organisation or place, not a person.
ORG_WORDS: frozenset[str] = frozenset(
    w.lower()
    for w in (
        "Council", "Partnership", "Initiative", "Museum", "Party", "News", "University", "College", "School", "House", "Department",
        "Ministry", "Agency", "Committee", "Commission", "Corporation", "Corp", "Company", "Co",
        "Inc", "Institute", "Center", "Centre", "Foundation", "Association", "Union", "Court",
        "Congress", "Senate", "Parliament", "Assembly", "Army", "Navy", "Force", "Forces",
        "Guard", "Service", "Services", "Bank", "Fund", "Group", "Times", "Post", "Journal",
        "Tribune", "Herald", "Network", "Channel", "Television", "Radio", "Press", "Review",
        "Magazine", "Street", "Avenue", "Road", "Square", "City", "County", "State", "States",
        "Republic", "Kingdom", "Federation", "Kremlin", "Pentagon", "Administration",
        "Organization", "Office", "Bureau", "Board", "Authority", "Alliance", "Coalition",
        "Campaign", "Movement", "Church", "Hospital", "Airport", "Club", "Team", "League",
        "Conference", "Summit", "Forum", "Project", "Program", "Act", "Bill", "Plan", "Treaty",
        "Agreement", "Accord", "Declaration", "Report", "Study", "Poll", "Survey", "Index",
        "Cup", "Games", "Olympics", "Award", "Prize", "Day", "Week", "Year", "War", "Crisis",
        "Island", "Islands", "River", "Lake", "Mountain", "Mountains", "Valley", "Coast",
        "Sea", "Ocean", "Gulf", "Bay", "Peninsula", "Region", "Province", "District",
        "Azot", "Corporation", "Media", "Capital", "Partners", "Holdings", "Group",
        "Democrats", "Republicans", "Americans", "Russians", "Ukrainians", "Europeans",
        "Institution", "Institutions", "Society", "Trust", "Exchange", "Reserve", "Systems",
        "Convention", "Caucus", "Caucuses", "Debate", "Debates", "Primary", "Primaries", "Rally",
    )
)

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt",
        "cmdr", "adm", "maj", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vol", "vs",
        "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "ft", "mt", "pres", "rev", "hon", "prof", "gens", "sens", "govs", "dept", "est",
        "approx", "fig", "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "ph.d", "i.e", "e.g",
        "n.y", "l.a", "calif", "fla", "ariz", "ark", "colo", "conn", "del", "ga", "ill", "ind",
        "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
        "n.h", "n.j", "n.m", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn",
        "tex", "vt", "va", "wash", "wis", "wyo", "w.va", "ala", "messrs", "mmes", "op", "ed",
    }
)

# Verbs that are also common nouns ("the state", "a claim"): their base and -s forms are
# cues only beside a quote; their past and -ing forms are cues anywhere.
NOUN_LIKE_VERBS: frozenset[str] = frozenset(
    {
        "state", "claim", "charge", "promise", "pledge", "comment", "question", "report",
        "demand", "post", "tweet", "call", "answer", "attack", "order", "request", "hope",
        "fear", "vow", "joke", "boast", "note", "remark", "repeat", "rule", "sound", "point",
        "estimate", "forecast", "quote", "plea", "cry", "reply", "respond", "warn", "comment",
        "counter", "object", "protest", "judge", "reason", "signal", "offer", "press", "order",
        "mention", "tease", "taunt", "thunder", "rail", "brand", "label", "term", "blast",
        "slam", "praise", "dub", "tout", "mock", "challenge", "debate", "query", "echo",
        "hint", "caution", "dismiss", "maintain", "release", "question", "read", "rave", "marvel", "muse", "sigh", "laugh", "shout", "yell",
        "scream", "whisper", "murmur", "broadcast", "publish", "cite", "finish", "start", "begin",
    }
)

# Given names that are mostly women's, so "he" does not resolve to them (and "she" prefers them).
MALE_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    aaron adam alan albert alex alexander andrew anthony antonio arthur barack barney ben benjamin
    bernard bernie bill billy bob bobby brad bradley brandon brian bruce bryan carl carlos charles
    charlie chris christopher chuck clarence cory craig dan daniel danny darrell dave david dennis
    dick don donald doug douglas duncan dwight ed eddie edward eric ernest eugene frank franklin
    fred frederick gary gene george gerald glenn gordon greg gregory harold harry henry howard ian
    jack jacob jake james jared jason jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john
    johnny jon jonathan jose joseph josh joshua juan justin keith ken kenneth kevin kyle larry lawrence
    leon louis luis marco mark martin matt matthew michael mike mitch mitt nathan neil
    newt nicholas nick oliver patrick paul pete peter phil philip ralph rand randy raymond reince
    ricardo richard rick ricky rob robert roger ron ronald roy rudy russell ryan samuel scott sean
    sergei sherrod stephen steve steven ted thomas tim timothy todd tom tony travis trey vladimir
    walter wayne william willie xi
    """.split()
)
"""Common male given names: a full name starting with one is "he", never "she"."""

FEMALE_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    abigail alexandria alice alicia alison amanda amy ana andrea angela ann anna anne annie
    barbara betsy betty beverly brenda carly carol caroline catherine chelsea cheryl christina
    christine claire condoleezza cynthia dana debbie deborah debra diana diane donna dorothy
    elaine elena elise elizabeth ellen emily emma erin eva evelyn frances gina grace gretchen
    hannah heather heidi helen hillary hope huma ivanka jan jane janet janice jean jeanne
    jennifer jessica jill joan joanne jodi joni josephine joyce judith judy julia julie kamala
    karen kate katherine kathleen kathy katie katrina kay kayleigh kellyanne kelly kim
    kimberly kirsten kristen laura lauren linda lindsey lisa lois loretta lori louise lynn
    madeleine marcia margaret maria marie marine marsha martha mary megan megyn melania
    melissa michele michelle mika minnie molly nancy natalie nicole nikki nina olivia pam
    pamela patricia patty paula peggy penny rachel rebecca rita roberta rose ruth samantha
    sandra sara sarah sharon sheila shirley sonia stephanie susan susana suzanne sylvia tammy
    tatiana teresa theresa tiffany tina tulsi ursula valerie vanessa veronica victoria
    virginia wanda wendy whitney yulia zoe angela marine giorgia kaja ursula annalena
    olena olga svetlana irina natalia yevgenia maria zakharova
    amber ashley brittany courtney crystal erica erika gabrielle holly jacqueline jasmine jenna
    kara kristin lily lucy mallory maya meghan monica natasha nora paige sabrina sophia tara dianne marianne
    """.split()
)

NATIONALITIES: frozenset[str] = frozenset(
    """
    american russian ukrainian british english french german chinese israeli palestinian
    iranian iraqi syrian turkish saudi mexican canadian indian pakistani afghan japanese
    korean polish european african asian arab kurdish belarusian georgian hungarian italian
    spanish dutch swedish finnish norwegian danish greek czech romanian bulgarian serbian
    croatian lithuanian latvian estonian moldovan cuban venezuelan brazilian egyptian libyan
    yemeni qatari emirati jordanian lebanese nigerian kenyan australian irish scottish welsh
    western eastern northern southern soviet chechen crimean kyrgyz kazakh uzbek
    """.split()
)


# US states and their AP-style abbreviations, as read after a city ("Ames, Iowa,", "Portsmouth,
# N.H.,"): compared lower-cased with dots and spaces removed.
US_STATES: frozenset[str] = frozenset(
    w.lower().replace(".", "").replace(" ", "")
    for w in (
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
        "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
        "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
        "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
        "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
        "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
        "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "D.C.",
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
        "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
        "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.",
        "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
    )
)
