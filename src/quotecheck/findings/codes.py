"""The finding codes: stable names, default severities and their documentation.

Data only. ``quotecheck explain CODE`` and ``docs/findings.md`` are generated from, or
checked against, this table, so a code's meaning is written down in exactly one place.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class CodeInfo:
    """What a finding code means, when it fires, and how to tune or silence it."""

    code: str
    severity: str
    summary: str
    triggers: str = ""
    example: str = ""
    tuning: str = ""


_MATCH_TUNING = (
    "Statements are matched when `fuzz.ratio` of their normalised words reaches "
    "`[tool.quotecheck.match] threshold` (default 90; raise it to link fewer variants); "
    "quotes shorter than `min-words` (default 5) only match word for word and with the same speaker."
)

CODES: dict[str, CodeInfo] = {
    info.code: info
    for info in (
        CodeInfo(
            "speaker-conflict",
            "error",
            "The same words are attributed to different people.",
            triggers=(
                "Two quotes of one statement (identical, a close variant, or one a fragment of the other) "
                "whose speakers are named people who cannot be the same person. Names are compared without "
                "honorifics, titles and party-state tags, by surname and first name: \"Mr. McConnell\", "
                "\"McConnell\" and \"Senate Majority Leader Mitch McConnell, R-Ky.\" are one person. "
                "One article attributing the same words twice to different people is reported here too, "
                "with both pieces of evidence from that article. Quotes with no speaker never take part; "
                "unnamed sources are `speaker-anonymous`. A fragment ties two speakers together only from "
                "twice `min-words` words on: a short phrase inside someone else's long quote (\"something had to "
                "be done\") is as often a coincidence, or one speaker quoting the other, as a misattribution; "
                "and a fragment the longer quote itself holds in nested quote marks (\"Crooked Hillary and her "
                "team 'were extremely careless…'\") is that speaker quoting someone else."
            ),
            example=(
                "a.txt: “It's time to quit attacking various people,” said Mitch McConnell. — "
                "b.txt: “It's time to quit attacking various people,” Paul Ryan said."
            ),
            tuning=_MATCH_TUNING,
        ),
        CodeInfo(
            "speaker-anonymous",
            "info",
            "The same words are credited to a named person in one place and to an unnamed source in another.",
            triggers=(
                "Two quotes of one statement where one speaker is a named person and the other an unnamed or "
                "collective source (\"a senior official\", \"U.S. officials\", \"sources\", \"the Kremlin\"). "
                "Not a contradiction — the source may be the same person, unnamed — hence its own code and "
                "`info` severity: the message says the words are attributed to the named person elsewhere."
            ),
            example=(
                "a.txt: “Ultimately, it was not feasible with timing,” a senior U.S. official said. — "
                "b.txt: “Ultimately, it was not feasible with timing,” said Steve Witkoff."
            ),
            tuning="Disable it alone to see only contradictions between named people. " + _MATCH_TUNING,
        ),
        CodeInfo(
            "wording-changed",
            "warning",
            "The same speaker's statement is worded differently.",
            triggers=(
                "Two close variants of one statement (same or compatible speaker) whose words differ: "
                "substituted, added or removed. It is an `error` when a changed word is a negation (not, "
                "n't, never, no), a number, a name (a capitalised word inside a sentence), a modal "
                "(\"could\" → \"will\") or a qualifier (\"unless\", \"but\", \"only\", \"if\", \"might\"); "
                "otherwise a `warning`. Casing, punctuation, curly or straight marks, dashes, whitespace, "
                "one word spelled two ways (\"Zelensky\"/\"Zelenskyy\"), contractions (\"We've\"/\"We have\"), "
                "cuts marked with an ellipsis and editors' insertions in square brackets (\"he [Trump] is\") "
                "are not changes, and a quote that only starts later or stops sooner is `quote-truncated`. "
                "Also raised beside `quote-truncated` when a fragment's own words differ. Indirect quotes "
                "are never compared for wording."
            ),
            example=(
                "a.txt: Putin said the proposal “could serve as the basis for future agreements.” — "
                "b.txt: Putin said the proposal “will serve as the basis for future agreements.” "
                "(error: modal changed)"
            ),
            tuning=(
                "`severity = {wording-changed = \"...\"}` sets one severity for every such finding, "
                "overriding the error/warning judgement. " + _MATCH_TUNING
            ),
        ),
        CodeInfo(
            "quote-truncated",
            "info",
            "One article quotes only part of a longer statement.",
            triggers=(
                "A quote that sits almost verbatim (`fuzz.partial_ratio` ≥ max(threshold, 95)) inside a longer "
                "quote of the same speaker while the two are not close variants overall, or that is a close "
                "variant cut short at either end (\"So far, I cannot believe…\" / \"I cannot believe…\"). "
                "A `warning` when "
                "the part left out holds a negation or a condition or hedge (\"unless\", \"only\", \"if\", "
                "\"might\", \"probably\"), otherwise `info`. A cut marked with an ellipsis is not reported, nor a "
                "part quoted by an article that also quotes the whole statement (a headline or lede "
                "echoing its body leaves nothing out)."
            ),
            example=(
                "a.txt: “They would not accept it unless the plan meets most of Putin's demands,” Bondarev "
                "said. — b.txt: Bondarev said “they would not accept it.” (warning: the omitted part holds "
                "a qualifier)"
            ),
            tuning="Partial quoting is ordinary journalism: disable the code, or raise its severity to "
            "`warning` to review every cut. " + _MATCH_TUNING,
        ),
        CodeInfo(
            "outlet-conflict",
            "warning",
            "The same statement is credited to different outlets.",
            triggers=(
                "Two quotes of one statement (compatible speakers) citing different outlets, or the same "
                "outlet through different chains (\"as cited by Russian state agencies\"). A quote that "
                "cites no outlet never conflicts; \"AP\" matches \"Associated Press\"."
            ),
            example=(
                "a.txt: According to Reuters, Putin said the plan “could serve as the basis for future "
                "agreements.” — b.txt: Putin told TASS the plan “could serve as the basis for future agreements.”"
            ),
            tuning=_MATCH_TUNING,
        ),
        CodeInfo(
            "title-conflict",
            "error",
            "One person is given incompatible titles or roles.",
            triggers=(
                "One person (matched by name across the batch) given the same office in different tenses "
                "(\"former President\" vs \"President\", \"President-elect\" vs \"President\"), in one article or "
                "across articles from the same period, or an office together with its deputy (\"Vice "
                "President\" vs \"President\") in one article. Nationality and country words are ignored "
                "(\"U.S. President\" ~ \"President\"), abbreviations spelled out (\"Gov.\" ~ \"Governor\"), "
                "honorifics are not titles, a possessor is part of the office (\"Bloomberg's pollster\"), and "
                "\"then-\" or a year (\"2012 nominee\") fits any period. Titles dated more than a year apart "
                "(a month for candidates and campaign staff) or on both sides of a known change of the office "
                "may differ; articles without a published date are taken to be from the same period. A bare "
                "\"President X\" is also how news refers to a past president's term, so against \"former "
                "President X\" it counts within one article, or when stated as current (\"U.S. President "
                "X\"). Descriptions (\"the former president\") are not titles."
            ),
            example=(
                "001.txt: “… son-in-law to former President Donald Trump” and later “President Trump” — "
                "000.txt: “U.S. President Donald Trump”."
            ),
            tuning=(
                "Give articles a `published` date (front matter, JSON field) so titles from different "
                "periods are not compared; accept a known finding with a baseline or an inline marker."
            ),
        ),
        CodeInfo(
            "context-conflict",
            "warning",
            "The same statement is placed at different occasions, audiences or dates.",
            triggers=(
                "Two quotes of one statement (compatible speakers) whose audiences (\"told his Security "
                "Council\" vs \"told reporters\"), occasions (\"in his nightly address\" vs \"at a news "
                "conference\") or stated dates disagree. Audiences and occasions are compared by content "
                "words, so a more specific one (\"Russian reporters\") fits a general one (\"reporters\"). "
                "Dates are those stated in the quote's paragraph, so they are compared only between articles, "
                "for quotes with exactly one date each. One finding per aspect."
            ),
            example=(
                "a.txt: He told his Security Council the plan “has not been discussed with us in detail.” — "
                "b.txt: He told reporters the plan “has not been discussed with us in detail.”"
            ),
            tuning=_MATCH_TUNING,
        ),
    )
}
