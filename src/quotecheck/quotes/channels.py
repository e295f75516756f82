"""Through what a statement reached the writer: outlet, chain, platform, audience, occasion.

Runs over a sentence with its quotations masked (so "Moscow said it was ready" inside a
quote is never read as a channel) and returns what the sentence says: "according to
Reuters", "told ABC News", "in an interview with ABC News", "as reported by Fox News",
"told India Today, as cited by Russian state agencies", "wrote on X", "told reporters",
"at an Atlantic Council event".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
import regex

from quotecheck.lexicon import PLATFORM_VERBS
from quotecheck.quotes.outlets import OutletMention, OutletTable, resolve_short

_S = r"[ \t\u00a0]++"
_DIRECT_BEFORE = regex.compile(
    rf"(?r)(?i:according{_S}to|told|tells|telling|tell|said{_S}(?:to|on)|says{_S}(?:to|on)|"
    rf"speaking{_S}(?:to|with|on)|spoke{_S}(?:to|with|on)|interview(?:ed)?{_S}(?:with|on|by)|"
    rf"interview{_S}(?:published{_S})?(?:with|on|in|to)|appear(?:ed|ing)?{_S}on|"
    rf"(?:wrote|writing|writes){_S}(?:in|for)|op-ed{_S}(?:in|for)|statement{_S}to|"
    rf"remarks{_S}to|(?:quoted|cited){_S}by|reported{_S}by|published{_S}by|"
    rf"(?:appearance|comments?){_S}(?:on|to)|citing|via|on|"
    rf"(?:provided|given|supplied|leaked|sent){_S}to|"
    rf"(?:obtained|released|provided|sponsored|hosted|moderated|organi[sz]ed|broadcast|aired|televised){_S}by|"
    rf"according{_S}to{_S}(?:an?|the)(?:{_S}[\p{{Ll}}-]++){{0,2}}|"
    rf"(?:report|reports|reporting|editorial|column|op-ed|article|story|piece|investigation|front{_S}page|headline){_S}(?:in|of|by|from|for)|"
    rf"(?:^|[,\"]){_S}(?:reported|reports|wrote|writes|said|says|noted|notes|according{_S}to)){_S}$"
)
"""A phrase that makes the outlet right after it a statement's channel ("told", "according to
the", "said on"), ending the text before the outlet.  Matched backwards from that end: a forward
search would try the whole alternation at every position of the text."""
_JOURNALIST_OF_BEFORE = regex.compile(
    rf"(?i:told|tells|telling|tell|interview(?:ed)?{_S}(?:with|by)|speaking{_S}(?:to|with)|spoke{_S}(?:to|with)){_S}"
    rf"(?:\p{{Lu}}[\p{{L}}.’'\-]*+{_S}){{0,3}}\p{{Lu}}[\p{{L}}.’'\-]*+{_S}(?i:of|from){_S}$"
)
""""told Bill O’Reilly of Fox News", "in an interview with Jane Doe of CNN": the journalist's outlet carried it
(searched forwards in a window of 70 characters before the outlet, so it stays linear)."""
_IN_A_BEFORE = regex.compile(rf"(?r)\b(?i:in|during|on){_S}(?i:an?|the|his|her|their|its)(?:{_S}[\p{{Ll}}-]++){{0,2}}{_S}$")
_MEDIUM_AFTER = regex.compile(
    rf"^(?:[’']s)?{_S}(?:[\p{{Ll}}-]++{_S})?(?i:interview|forum|town{_S}hall|debate|op-ed|column|editorial|broadcast|"
    rf"appearance|segment|program|show|article|report|podcast)\b"
)
""""in a CBS interview", "in an MSNBC forum": the outlet carried the statement."""
_POLL_AFTER = regex.compile(
    rf"^(?:[’']s)?(?:[/-]\p{{Lu}}[\p{{L}}&.]*+(?:{_S}\p{{Lu}}[\p{{L}}&.]*+){{0,2}})?{_S}(?:[\p{{Ll}}-]++{_S}){{0,2}}?(?i:poll|survey)\b"
)
""""a CNN/ORC poll", "a Washington Post-ABC News poll": the outlet asked the question."""
_REPORTED_AFTER = regex.compile(
    r"^(?:[’']s)?[ \t\u00a0]++(?i:reported|reports|has reported|quoted|quotes|said|says|wrote|writes|"
    r"noted|published|cited|first reported|obtained|learned|has learned)\b"
)
_VIA = regex.compile(
    rf"(?i:as{_S}(?:cited|quoted|reported|relayed){_S}by|citing|via){_S}(?P<via>[^,.;:\"“”]{{2,80}}?)(?=[,.;:]|{_S}(?:and|on|in|that)\b|$)"
)
_PLATFORM_CUE = regex.compile(
    rf"(?i:wrote|writing|writes|write|posted|posting|posts|post|said|saying|says|tweeted|shared|"
    rf"announced|announcing|commented|commenting|statement|message|video|post|posts|tweet|"
    rf"(?:in|on){_S}(?:a|his|her|their|its)){_S}(?:[\p{{Ll}}-]+{_S}){{0,2}}?on{_S}$"
)
_TWEET = regex.compile(r"\b(?i:tweeted|tweets|retweeted|in\s+a\s+tweet)\b")
_AUD_WORD = r"[\p{L}\p{N}][\p{L}\p{N}.’'\-]*+"
_AUDIENCE = regex.compile(
    rf"\b(?:told|tells|telling|tell|assured|assuring|assures|informed|informing|reminded|briefed|addressed|addressing)"
    rf"{_S}(?P<aud>(?:(?:the|his|her|their|its|a|an|fellow|local|foreign|some|several|many){_S})?"
    rf"{_AUD_WORD}(?:{_S}{_AUD_WORD}){{0,4}}?)"
    rf"(?={_S}(?:that|on|in|at|during|after|before|this|last|he|she|they)\b|[,.;:\"“]|{_S}[\"“]|$)"
)
_AUDIENCE_VERB_STEMS = ("told", "tell", "assur", "inform", "remind", "briefed", "address")
"""Every verb ``_AUDIENCE`` starts from holds one of these: a sentence with none is not searched."""
_AUDIENCE_STEM = re.compile("|".join(_AUDIENCE_VERB_STEMS))
"""Any of the stems, in one scan of the sentence."""
_OCCASION = regex.compile(
    rf"\b(?P<occ>(?i:at|during|in|on|before){_S}(?:(?:an?|the|his|her|their|its|a{_S}recent|this|last){_S})?"
    rf"(?:[\p{{L}}\p{{N}}’'\-]+{_S}){{0,4}}?"
    rf"(?i:event|rally|speech|address|interview|conference|briefing|debate|hearing|meeting|summit|forum|"
    rf"session|town{_S}hall|roundtable|appearance|remarks|ceremony|dinner|luncheon|gala|convention|visit|"
    rf"broadcast|podcast|program|show|op-ed|statement|letter|memo|email|post|tweet|video|call|"
    rf"testimony|lecture|sermon|fundraiser|campaign{_S}stop|stop|news{_S}conference|press{_S}conference))\b"
)


_ON = regex.compile(r"\bon[ \t\u00a0]++")
_TRAILING_THE = regex.compile(r"(?r)(?i:the)[ \t\u00a0]++$")


@attrs.frozen
class Channel:
    """What one sentence says about how its statements reached the writer."""

    outlet: str | None = None
    outlet_at: int = -1
    via: str | None = None
    platform: str | None = None
    audience: str | None = None
    occasion: str | None = None


def read_channel(
    masked: str, offset: int, table: OutletTable, seen_outlets: list[str], mentions: Sequence[OutletMention]
) -> Channel:
    """The channel named in ``masked`` (a sentence with quotations blanked out).

    ``offset`` is where the sentence starts in the article; ``mentions`` are the outlets
    the article names inside this sentence (found once per article, in article offsets);
    ``seen_outlets`` are full outlet names met earlier, to resolve short forms like "the Post".
    """
    outlet = None
    outlet_at = -1
    for found in mentions:
        if masked[found.start - offset] in '_"' and not _whole_quotation(masked, found.start - offset, found.end - offset):
            continue  # inside a quotation (unless the quotation is the outlet's name: said on “Meet the Press.”)
        mention = OutletMention(found.name, found.start - offset, found.end - offset)
        name = resolve_short(mention.name, seen_outlets)
        if name is None:
            continue
        if _cited(masked, mention):
            outlet, outlet_at = name, offset + mention.start
            break
    via = None
    if outlet is not None:
        for m in _VIA.finditer(masked):
            text = m.group("via").strip()
            if text and outlet not in text and not _is_outlet_alias(text, table, outlet):
                via = _lower_determiner(text)
                break
    platform = None
    for m in _ON.finditer(masked):
        hit = table.platform_at(masked, m.end(), min(len(masked), m.end() + 40))
        if hit and _PLATFORM_CUE.search(masked, 0, m.end()) is not None:
            platform = hit[0]
            break
    if platform is None and "tweet" in masked.lower() and _TWEET.search(masked):  # (?i) folds only ASCII into t, w, e
        platform = PLATFORM_VERBS.get("tweeted")
    audience = None
    for m in _AUDIENCE.finditer(masked) if _AUDIENCE_STEM.search(masked) else ():
        aud = m.group("aud").strip()
        if aud and not table.find(aud) and not aud.startswith(("that", "him", "her", "them")):
            audience = aud
            break
    occasion = None
    m = _OCCASION.search(masked)
    if m:
        occasion = m.group("occ")
    if outlet is None and platform is None and audience is None and occasion is None:
        return NO_CHANNEL  # (no outlet, so no via either: most sentences)
    return Channel(outlet, outlet_at, via, platform, audience, occasion)


NO_CHANNEL = Channel()
"""The channel of a sentence that names none (one immutable record for all of them)."""


def _whole_quotation(masked: str, start: int, end: int) -> bool:
    """True when a quotation holds nothing but the name at ``start:end`` (and a closing point)."""
    return start > 0 and masked[start - 1] == '"' and (masked[end : end + 1] == '"' or masked[end : end + 2] == '_"')


def _cited(masked: str, mention: OutletMention) -> bool:
    """True when the outlet is named as the channel of a statement, not merely mentioned."""
    before = masked[max(0, mention.start - 40) : mention.start]
    if mention.start > 0 and masked[mention.start - 1] == '"':
        before = before[:-1]  # said on “Meet the Press.”
    before = _TRAILING_THE.sub("", before)
    if _DIRECT_BEFORE.search(before):
        return True
    if _JOURNALIST_OF_BEFORE.search(_TRAILING_THE.sub("", masked[max(0, mention.start - 70) : mention.start])):
        return True
    after = masked[mention.end : mention.end + 30]
    if _IN_A_BEFORE.search(before) and _MEDIUM_AFTER.match(after):
        return True
    return bool(_REPORTED_AFTER.match(after) or _POLL_AFTER.match(after))


def _is_outlet_alias(text: str, table: OutletTable, outlet: str) -> bool:
    return any(m.name == outlet for m in table.find(text))


def _lower_determiner(text: str) -> str:
    first, _, rest = text.partition(" ")
    if first in {"The", "A", "An"} and rest:
        return first.lower() + " " + rest
    return text
