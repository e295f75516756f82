#!/usr/bin/env python3
"""Write the adversarial corpus: hostile and malformed inputs quotecheck must survive.

Every entry of :data:`CORPUS` is a name, what it attacks, and a function that builds
its bytes.  Small entries are committed in ``fixtures/adversarial/`` (re-create them and
the README there with ``--small``); large ones (megabytes: a 10 MB line, a 50 MB JSONL
record) are only ever generated, into the git-ignored ``bench-data/adversarial/``::

    python scripts/make_adversarial.py            # large files into bench-data/adversarial/
    python scripts/make_adversarial.py --small    # rewrite fixtures/adversarial/ and its README
    python scripts/make_adversarial.py --scale 0.1  # large files at a tenth of their size

The generators are deterministic (fixed seeds), so a file is the same on every machine;
the tests and ``scripts/bench_scaling.py`` import them to build inputs of any size.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "adversarial"
BENCH = ROOT / "bench-data" / "adversarial"
MB = 1 << 20

PROSE = (
    'Putin said the proposal "could serve as the basis for future agreements," though he noted that '
    '"some issues still needed to be hammered out." He told his Security Council that the text '
    "“has not been discussed with us in detail.” According to Reuters, Ushakov added, "
    "“We are not ready.” Witkoff’s team didn't comment. "
)
"""An ordinary paragraph with attributed quotes, repeated to fill large files."""

DOUBLE_MARKS = ('"', "“", "”", "„", "‟", "«", "»", "‹", "›", "``", "''", "＂", "〝", "〞", "「", "」")
SINGLE_MARKS = ("'", "‘", "’", "‚", "‛", "׳", "´", "`")
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS

UNICODE_SPACES = (
    "\t", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", " ", "\x85", "\xa0", "\u1680",
    *(chr(c) for c in range(0x2000, 0x200B)), "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
    "\u180e", "\u200b", "\u2060", "\ufeff",
)
"""Every character ``str.isspace`` accepts, plus the zero-width spaces that look like one."""
DASHES = (
    "-", "\u058a", "\u05be", "\u1400", "\u1806", "\u2010", "\u2011", "\u2012", "\u2013",
    "\u2014", "\u2015", "\u2e17", "\u2e1a", "\u2e3a", "\u2e3b", "\u2e40", "\u301c", "\u3030",
    "\u30a0", "\ufe31", "\ufe32", "\ufe58", "\ufe63", "\uff0d", "\u2212", "\u2053",
)
"""Every dash punctuation character (Unicode category Pd) and the minus sign."""


@attrs.frozen
class Entry:
    """One corpus file: ``build(scale)`` returns its bytes; ``large`` ones are generated only."""

    name: str
    attacks: str
    build: Callable[[float], bytes]
    large: bool = False


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` characters."""
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def _fill_bytes(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` bytes of UTF-8."""
    return _fill(unit, size * len(unit) // len(unit.encode("utf-8")))


# --- small, committed -----------------------------------------------------------------


def marks_unbalanced(_: float = 1.0) -> bytes:
    lines = []
    for mark in ALL_MARKS:
        lines.append(f"Putin said {mark}this quotation never closes, and the paragraph just ends.")
        lines.append(f"Nothing opened here, but Lavrov said this closes{mark} anyway.")
        lines.append(f"{mark}{mark}{mark} Three in a row, then words, said Peskov {mark}")
        lines.append(f"A lone mark {mark} in the middle, and another {mark}{mark} pair with nothing inside.")
    lines.append("“Opens here” and “opens again “ and again “ and never closes")
    lines.append("”Closes first“ said Trump, ”inverted“ marks all along.")
    return _utf8("\n".join(lines) + "\n")


def marks_mismatched(_: float = 1.0) -> bytes:
    lines = []
    for a in ALL_MARKS:
        for b in ALL_MARKS:
            if a != b:
                lines.append(f"Witkoff said {a}we are close to a deal{b} on Tuesday.")
    return _utf8("\n".join(lines) + "\n")


def nested_three_deep(_: float = 1.0) -> bytes:
    text = (
        "Ushakov said, “Putin told me, ‘Trump said, “We want peace,” and I believe him,’ "
        "and that was all.”\n"
        "«Lavrov a dit : ‹ Peskov a répondu : « non », et c’est tout › » selon l’AFP.\n"
        "„Er sagte: ‚Sie riefen „Frieden“ und gingen‘, so der Sprecher“, berichtete dpa.\n"
        "\"He said 'she said \"they said 'no'\" twice' again\" Smith recalled.\n"
        "``He said `she said ``they said `no' '' twice' again'' Smith recalled.\n"
        "“One ‘two “three ‘four “five” four’ three” two’ one” said the narrator.\n"
        "“Unclosed ‘nested “deeply and the paragraph ends\n"
        "“One ‘two “three” two’ one” Trump said. “Four ‘five “six” five’ four” Putin replied.\n"
    )
    return _utf8(text)


def quote_200_paragraphs(_: float = 1.0) -> bytes:
    paras = ["Putin began a long statement on Tuesday. He said:"]
    for i in range(200):
        paras.append(f"“Paragraph {i} of the statement continues the same quotation about the peace plan and its {i} points.")
    paras[-1] += "”"
    paras.append("That was the end of the statement, Peskov said.")
    paras.append("“This quotation runs on without a closing mark")
    paras.extend(f"and paragraph {i} has no opening mark either" for i in range(200))
    return _utf8("\n".join(paras) + "\n")


def unicode_whitespace(_: float = 1.0) -> bytes:
    lines = []
    for space in UNICODE_SPACES:
        lines.append(f"Putin{space}said{space}“peace{space}is{space}close,”{space}according{space}to{space}Reuters.")
        lines.append(f"“We{space}are{space}ready,”{space}Witkoff{space}told{space}CNN.{space}{space}{space}")
        lines.append(space * 5 + "\u201cIndented quote\u201d said Lavrov" + space * 5)
    lines.append("".join(UNICODE_SPACES) * 3)
    return _utf8("\n".join(lines) + "\n")


def unicode_dashes(_: float = 1.0) -> bytes:
    lines = []
    for dash in DASHES:
        lines.append(f"The plan{dash}which Putin called “a basis{dash}a start”{dash}was revised, Ushakov{dash}Kremlin aide{dash}said.")
        lines.append(f"“We want peace {dash}{dash}” said Trump{dash}“and a deal.”")
        lines.append(f"{dash * 20}“{dash}”{dash * 20}")
    return _utf8("\n".join(lines) + "\n")


def rtl(_: float = 1.0) -> bytes:
    text = (
        "قال الرئيس بوتين: «السلام ممكن» وفقاً لوكالة رويترز.\n"
        "وأضاف لافروف: \"لسنا مستعدين بعد\"، بحسب ما نقلت وكالة تاس.\n"
        "אמר נתניהו: ״אנחנו מוכנים לשלום״ בראיון ל-CNN.\n"
        "השר אמר ׳לא׳ ו״כן״ באותו משפט.\n"
        "\u202bقال ترامب \u201cالصفقة قريبة\u201d\u202c Trump said in Arabic.\n"
        "\u2067“Witkoff said \u2066“hello”\u2069 in Hebrew: ״שלום״”\u2069 reported AP.\n"
        "\u200fRTL mark \u200e“LTR mark”\u200f\u202e reversed “text” here\u202c Putin said.\n"
        "Mixed «عربي» and «עברית» and «English» quotes, Lavrov said.\n"
    ) + "\u202e" * 50 + "“Deeply embedded overrides”" + "\u202c" * 10 + " said Peskov.\n"
    return _utf8(text)


def zero_width(_: float = 1.0) -> bytes:
    zw = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e")
    lines = []
    for z in zw:
        lines.append(f"Pu{z}tin sa{z}id {z}“peace{z} is{z} close,{z}”{z} ac{z}cording to Reu{z}ters.")
        lines.append(f"{z}“{z}”{z} “{z * 10}” said Trump{z}.")
    lines.append("Family emoji 👨\u200d👩\u200d👧\u200d👦 said “hello 👋🏽” on Telegram.")
    lines.append("“" + "\u200d" * 2000 + "” Putin said.")
    return _utf8("\n".join(lines) + "\n")


def nul_bytes(_: float = 1.0) -> bytes:
    text = (
        "\x00Putin said \x00“peace is\x00 close,”\x00 according to Reuters.\x00\n"
        "\x00\x00\x00\n"
        "“\x00” Trump said.\n"
        "Witkoff told CNN, “we\x00are\x00ready.”" + "\x00" * 500 + "\n"
    )
    return _utf8(text)


def nul_bytes_late(_: float = 1.0) -> bytes:
    """NUL bytes past the first 8 KB, where a reader's binary sniff no longer looks."""
    text = 'Putin said “peace is close,” according to Reuters. ' * 200
    return _utf8(text + "\nTrump said “we are\x00 ready\x00,” and left.\x00\n")


def lone_surrogates_jsonl(_: float = 1.0) -> bytes:
    records = [
        {"id": "lone-high", "text": 'Putin said \\"peace \\ud800 is close,\\" according to Reuters.'},
        {"id": "lone-low", "text": "\\udfff“Trump said \\udc00 this.”\\udfff"},
        {"id": "reversed-pair", "text": "Lavrov said “\\udc00\\ud800 backwards pair.”"},
        {"id": "valid-pair", "text": "Peskov said “\\ud83d\\ude00 a real emoji.”"},
        {"id": "\\ud800-in-id", "title": "\\udbff title", "text": "Ushakov said “id with a surrogate.”"},
        {"id": "surrogate-at-end", "text": "Witkoff said “it ends here\\ud800"},
    ]
    # Written by hand: json.dumps would escape the backslashes we want kept as escapes.
    lines = []
    for rec in records:
        fields = ", ".join(f'"{k}": "{v}"' for k, v in rec.items())
        lines.append("{" + fields + "}")
    return _utf8("\n".join(lines) + "\n")


def line_ends_crlf(_: float = 1.0) -> bytes:
    text = (
        "Putin said “peace is close,” according to Reuters.\r\n"
        "“This quotation continues\r\n"
        "“into the next paragraph,” Ushakov said.\r\n\r\n\r\n"
        "“Unclosed at CRLF\r\n"
        "Trump told CNN, “we are ready.”\r\n"
    ) + "\r\n" * 50 + "“End”\r\n"
    return _utf8(text)


def line_ends_cr(_: float = 1.0) -> bytes:
    return line_ends_crlf().replace(b"\r\n", b"\r")


def line_ends_mixed(_: float = 1.0) -> bytes:
    text = (
        "Putin said “one,”\rTrump said “two,”\nLavrov said “three,”\r\nPeskov said “four.”"
        "\u2028Witkoff said “five.”\u2029Ushakov said “six.”\x85Rubio said “seven.”\x0bEnd.\x0c"
        "\x1cFS\x1dGS\x1eRS said “eight.”\r\r\n\n\r"
    )
    return _utf8(text)


def html_hostile(_: float = 1.0) -> bytes:
    text = (
        "<!DOCTYPE html><html><head><title>Putin said “title quote”</title>\n"
        "<script>var s = \"Putin said \\\"not a quote\\\"\"; if (a < b && c > d) { x = '</p>'; }</script>\n"
        "<style>p::before { content: \"“\"; } /* “unclosed */</style>\n"
        "</head><body>\n"
        "<!-- Trump said “this is a comment” -- with dashes -- inside -->\n"
        "<p>Putin said <b>“peace is <i>close,”</b></i> according to Reuters.\n"
        "<p>Ushakov said &ldquo;we are not ready&rdquo; &amp; &quot;never&quot; &#8220;ever&#8221; &#x201C;hex&#x201D;.\n"
        "<p title='He said \"attr quote\"' data-x=\"“\">Attributes with marks.</p>\n"
        "<div><p>Unclosed div and <span>unclosed span “quote\n"
        "<![CDATA[ Lavrov said “cdata” ]]>\n"
        "<p>Bad entities &bogus; &#0; &#xD800; &#1114112; &#99999999999; &#; &\n"
        "<noscript><p>“No script” said Peskov.</noscript>\n"
        "<textarea>“Textarea” <p> not a tag</textarea>\n"
        "<p>Truncated tag <a href=\"http://example.com/\n"
        "<script>document.write(\"<p>“injected” said nobody</p>\")\n"
        "<p>Script never closed, everything after is script text: “Witkoff said hi.”\n"
        "</script><!-- a comment that never closes, “Rubio said nothing” \n"
    )
    return _utf8(text)


def html_deep(_: float = 1.0) -> bytes:
    """Deeply nested elements: recursion in a tree builder, quadratic closing-tag search."""
    text = "<html><body>" + "<div>" * 3000 + "<p>“Deep quote,” Putin said.</p>" + "</div>" * 10 + "<p>" * 3000 + "\n"
    return _utf8(text)


def empty(_: float = 1.0) -> bytes:
    return b""


def whitespace_only(_: float = 1.0) -> bytes:
    return _utf8("".join(UNICODE_SPACES) + "\n\r\n\r   \t\t\n" * 20)


def empty_articles_jsonl(_: float = 1.0) -> bytes:
    lines = [
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "spaces", "text": "   \t  "}),
        json.dumps({"id": "unicode-spaces", "text": "".join(UNICODE_SPACES)}),
        json.dumps({"id": "newlines", "text": "\n\n\r\n\r"}),
        "",
        "   ",
        json.dumps({"id": "null-text", "text": None}),
        json.dumps({"id": "number-text", "text": 42}),
        json.dumps({"id": "list-text", "text": ["a", "b"]}),
        json.dumps({"id": "no-text"}),
        json.dumps({"text": "no id, “but a quote,” Putin said."}),
        json.dumps({"id": "", "text": "empty id"}),
        json.dumps({"id": 7, "text": "numeric id, “quote,” Trump said."}),
        json.dumps({"id": "dup", "text": "“First,” Putin said."}),
        json.dumps({"id": "dup", "text": "“Second,” Putin said."}),
    ]
    return _utf8("\n".join(lines) + "\n")


def malformed_jsonl(_: float = 1.0) -> bytes:
    lines = [
        '{"id": "ok-1", "text": "“Fine,” Putin said."}',
        '{"id": "truncated", "text": "“Cut off',
        "not json at all “but a quote” said Trump",
        "[1, 2, 3]",
        '"just a string"',
        "null",
        '{"id": "trailing-comma", "text": "x",}',
        "{'id': 'single-quotes'}",
        '{"id": "nan", "text": NaN}',
        '{"id": "ok-2", "text": "“Still fine,” Lavrov said."}',
        '{"id": "bad-escape", "text": "\\x41 \\u12"}',
        '{"id": "control", "text": "raw\ttab and raw\x01 control"}',
        '{"id": "dup-key", "text": "first", "text": "“second,” Peskov said."}',
        "[" * 5000 + "]" * 5000,
        '{"a":' * 3000 + "1" + "}" * 3000,
        '{"id": "huge-number", "text": "x", "n": 1' + "0" * 5000 + "}",
        '{"id": "ok-3", "text": "“After the bad lines,” Witkoff said."}',
    ]
    return _utf8("\n".join(lines) + "\n")


def apostrophes(_: float = 1.0) -> bytes:
    unit = "'’‘‚‛ 'tis '90s rock'n'roll o'clock Putin's Witkoffs' don't ''' ’’’ ‘‘‘ ' ' ' "
    lines = [_fill(unit, 400) for _ in range(10)]
    lines.append("'" * 2000)
    lines.append("’" * 2000)
    return _utf8("\n".join(lines) + "\n")


def mojibake(_: float = 1.0) -> bytes:
    clean = "Putin said “peace is close,” according to Reuters. Zelenskyy’s aide said «non» — again…\n"
    double = clean.encode("utf-8").decode("cp1252", "replace").encode("utf-8")  # â€œ style
    latin1 = clean.encode("utf-8").decode("latin-1").encode("utf-8")
    invalid = b"Broken bytes \xff\xfe \xc3\x28 \xe2\x80 \xf0\x9f\x98 \xed\xa0\x80 (surrogate) \xc0\xaf (overlong) \"quote\" said Trump.\n"
    cp1252 = "Cp1252 bytes: “smart quotes” said Lavrov.\n".encode("cp1252")
    return double + latin1 + invalid + cp1252 + double * 3


def utf16_with_bom(_: float = 1.0) -> bytes:
    return "Putin said “a UTF-16 article,” according to Reuters.\n".encode("utf-16")


def utf8_bom(_: float = 1.0) -> bytes:
    return b"\xef\xbb\xbf" + _utf8("\ufeff“BOM twice,” Putin said.\n")


def control_chars(_: float = 1.0) -> bytes:
    controls = "".join(chr(c) for c in range(0x01, 0x20) if chr(c) not in "\n\r") + "\x7f" + "".join(
        chr(c) for c in range(0x80, 0xA0)
    )
    text = f"Putin said “{controls}” and “peace{controls}is close.”\n{controls * 3}\n\x1b[31m“ANSI red” said Trump\x1b[0m\n"
    return _utf8(text)


def case_traps(_: float = 1.0) -> bytes:
    text = (
        "İSTANBUL — Erdoğan said “İstanbul ﬁnal ẞ ΐ” according to Reuters.\n"
        "ǅEMAL SAID “STRASSE ß”, TOLD CNN. “ﬀ ﬁ ﬂ ﬃ ﬄ” said İlham Aliyev.\n"
        "Combining: “e\u0301\u0301\u0301” said Jose\u0301 Garci\u0301a; “\u0301” said Putin.\n"
        "Fullwidth: ＂ｆｕｌｌｗｉｄｔｈ＂ said Ｔｒｕｍｐ．\n"
        "Math: “𝐁𝐨𝐥𝐝 𝘐𝘵𝘢𝘭𝘪𝘤” said 𝐏𝐮𝐭𝐢𝐧. Astral: “😀🇺🇦” said Zelenskyy.\n"
    )
    return _utf8(text)


def backtick_quotes(_: float = 1.0) -> bytes:
    text = (
        "``We are ready,'' Putin said, ``to talk.''\n"
        "``Unclosed NYT-style quote said Trump.\n"
        "Closed only'' said Lavrov.\n"
        "```Triple''' and ```` four '''' marks.\n"
        "''Both sides use apostrophes,'' Peskov said.\n"
        + "``" * 500 + "\n" + "''" * 500 + "\n"
    )
    return _utf8(text)


# --- large, generated only ------------------------------------------------------------


def no_newline(scale: float) -> bytes:
    return _utf8(_fill_bytes(PROSE, int(10 * MB * scale)))


def double_quotes(scale: float) -> bytes:
    return b'"' * int(10 * MB * scale)


def apostrophes_large(scale: float) -> bytes:
    return _utf8(_fill_bytes("'’ ‘'' don't '90s ", int(10 * MB * scale)))


def mixed_marks_large(scale: float) -> bytes:
    """Random marks, words, spaces and line ends: every recovery path, many times over."""
    rng = random.Random(5)
    pieces = (*ALL_MARKS, " ", " ", "\n", "\r\n", "said", "Putin", ",", ".", "peace", "\u200d", "—")
    size = int(10 * MB * scale)
    out: list[str] = []
    total = 0
    while total < size:
        piece = rng.choice(pieces)
        out.append(piece)
        total += len(piece.encode())
    return _utf8("".join(out))


def quote_many_paragraphs(scale: float) -> bytes:
    """One quotation continued across tens of thousands of paragraphs (newspaper style)."""
    count = int(20_000 * scale)
    paras = ["Putin began:"] + [f"“Paragraph {i} goes on about the plan." for i in range(count)]
    paras[-1] += "”"
    return _utf8("\n".join(paras) + "\n")


def sentence_punctuation(scale: float) -> bytes:
    """Runs of sentence-ending punctuation (``.....``, ``!!!``, ``?!”’»``) between words."""
    return _utf8(_fill_bytes("." * 5000 + " x " + "!?…" * 2000 + "”’»)" * 500 + " y ", int(MB * scale)))


def jsonl_huge_line(scale: float) -> bytes:
    """One JSONL record whose text is 50 MB on a single line, then an ordinary one."""
    text = _fill_bytes(PROSE, int(50 * MB * scale))
    return _utf8(json.dumps({"id": "huge", "text": text}, ensure_ascii=False) + "\n" + json.dumps({"id": "after", "text": PROSE}) + "\n")


CORPUS: tuple[Entry, ...] = (
    Entry("marks-unbalanced.txt", "every quote-mark style, unbalanced: openers that never close, closers with no opener, runs of marks", marks_unbalanced),
    Entry("marks-mismatched.txt", "every ordered pair of different quote marks used as opener and closer", marks_mismatched),
    Entry("nested-three-deep.txt", "quotations nested three (and five) deep in English, French, German, straight and NYT styles", nested_three_deep),
    Entry("quote-200-paragraphs.txt", "a quotation continued across 200 paragraphs, then one that never closes across 200 more", quote_200_paragraphs),
    Entry("unicode-whitespace.txt", "every Unicode whitespace character (and zero-width spaces) between names, cues and marks", unicode_whitespace),
    Entry("unicode-dashes.txt", "every Unicode dash (category Pd) and the minus sign around quotes and appositives", unicode_dashes),
    Entry("rtl.txt", "Arabic and Hebrew text with «» and ״ marks, bidi embeddings, overrides and isolates", rtl),
    Entry("zero-width.txt", "zero-width joiners, non-joiners, spaces, word joiners, BOMs and soft hyphens inside words and marks", zero_width),
    Entry("nul-bytes.txt", "NUL bytes before, inside and after quotations", nul_bytes),
    Entry("nul-bytes-late.txt", "NUL bytes inside a quotation after 10 KB of ordinary text (past a binary sniff)", nul_bytes_late),
    Entry("lone-surrogates.jsonl", "JSON escapes for lone, reversed and valid surrogate pairs in text, id and title", lone_surrogates_jsonl),
    Entry("line-ends-crlf.txt", "CRLF line ends, with a quotation continued across paragraphs", line_ends_crlf),
    Entry("line-ends-cr.txt", "old-Mac CR-only line ends", line_ends_cr),
    Entry("line-ends-mixed.txt", "LF, CR, CRLF, U+2028/2029, NEL, VT, FF and FS/GS/RS in one file (str.splitlines breaks on all of them)", line_ends_mixed),
    Entry("html-hostile.html", "HTML with scripts, styles, comments, CDATA, bad entities, unclosed tags and a script never closed", html_hostile),
    Entry("html-deep.html", "3,000 nested unclosed <div> and 3,000 unclosed <p> elements", html_deep),
    Entry("empty.txt", "a zero-byte file", empty),
    Entry("whitespace-only.txt", "nothing but whitespace of every kind and line ends", whitespace_only),
    Entry("empty-articles.jsonl", "empty, whitespace-only, null, numeric and missing text; missing, empty, numeric and duplicate ids; blank lines", empty_articles_jsonl),
    Entry("malformed.jsonl", "truncated, non-object, single-quoted, NaN and bad-escape lines; 5,000-deep nesting (RecursionError); valid lines between", malformed_jsonl),
    Entry("apostrophes.txt", "a page of nothing but apostrophes and elisions in every style", apostrophes),
    Entry("mojibake.txt", "UTF-8 decoded as cp1252/latin-1 and re-encoded, invalid and overlong UTF-8, encoded surrogates, raw cp1252 bytes", mojibake),
    Entry("utf16-bom.txt", "a UTF-16 file with its byte-order mark (not UTF-8 at all)", utf16_with_bom),
    Entry("utf8-bom.txt", "a UTF-8 BOM, followed by a second U+FEFF in the text", utf8_bom),
    Entry("control-chars.txt", "every C0 and C1 control character and ANSI escape sequences inside quotes", control_chars),
    Entry("case-traps.txt", "characters whose case mapping changes length (İ, ß, ﬁ), combining marks, fullwidth and astral letters", case_traps),
    Entry("backtick-quotes.txt", "NYT-style ``…'' quotes: balanced, unclosed, closer only, tripled, and runs of 500", backtick_quotes),
    Entry("no-newline-10mb.txt", "10 MB of quoted prose with no newline (one paragraph)", no_newline, large=True),
    Entry("double-quotes-10mb.txt", '10 MB of nothing but " characters', double_quotes, large=True),
    Entry("apostrophes-10mb.txt", "10 MB of apostrophes and elisions", apostrophes_large, large=True),
    Entry("mixed-marks-10mb.txt", "10 MB of random marks, words, spaces and line ends", mixed_marks_large, large=True),
    Entry("quote-20000-paragraphs.txt", "one quotation continued across 20,000 paragraphs", quote_many_paragraphs, large=True),
    Entry("sentence-punctuation-1mb.txt", "1 MB of runs of sentence-ending punctuation (., !?…, closing marks)", sentence_punctuation, large=True),
    Entry("huge-line-50mb.jsonl", "a JSONL record whose text is 50 MB on one line, then an ordinary record", jsonl_huge_line, large=True),
)

BY_NAME: dict[str, Entry] = {e.name: e for e in CORPUS}


def worst_case(size: int) -> str:
    """About ``size`` characters of the inputs that cost extraction the most per byte.

    A mix of the large generators' content: runs of ``"`` and apostrophes, random marks,
    continued paragraphs and prose, so one timed call covers every hot path.
    """
    share = size / 5 / (10 * MB)
    parts = [
        double_quotes(share),
        apostrophes_large(share),
        mixed_marks_large(share),
        no_newline(share),
        quote_many_paragraphs(size / 5 / (40 * 20_000)),
    ]
    return "\n".join(p.decode("utf-8") for p in parts)


def readme() -> str:
    """The README of ``fixtures/adversarial/``: every file and what it attacks."""
    lines = [
        "# Adversarial corpus",
        "",
        "Hostile and malformed inputs that quotecheck must read and extract without crashing,",
        "hanging or losing the rest of the batch. Each file attacks one thing, listed below.",
        "The small files are committed here; the large ones are generated (never committed) by",
        "",
        "    python scripts/make_adversarial.py          # into bench-data/adversarial/ (git-ignored)",
        "    python scripts/make_adversarial.py --small  # re-create this folder and README",
        "",
        "Tests: `tests/adversarial/test_adversarial_corpus.py` (every small file, within 2 s per MB) and",
        "`tests/adversarial/test_large_corpus.py` (the large ones, `pytest -m slow`).",
        "Keep files as they are: editors and formatters must not \"fix\" their bytes",
        "(line ends, BOMs, invalid UTF-8 are the point).",
        "",
        "## Committed files",
        "",
        "| file | attacks |",
        "|---|---|",
    ]
    lines += [f"| `{e.name}` | {e.attacks} |" for e in CORPUS if not e.large]
    lines += ["", "## Generated files (bench-data/adversarial/)", "", "| file | attacks |", "|---|---|"]
    lines += [f"| `{e.name}` | {e.attacks} |" for e in CORPUS if e.large]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="rewrite the committed small files and README in fixtures/adversarial/")
    parser.add_argument("--scale", type=float, default=1.0, help="size factor for the large files (default 1.0)")
    parser.add_argument("--out", type=Path, default=BENCH, help=f"folder for the large files (default {BENCH.relative_to(ROOT)})")
    parser.add_argument("names", nargs="*", help="only these corpus files")
    args = parser.parse_args(argv)
    chosen = [e for e in CORPUS if (not args.names or e.name in args.names) and e.large != args.small]
    folder = FIXTURES if args.small else args.out
    folder.mkdir(parents=True, exist_ok=True)
    for entry in chosen:
        data = entry.build(args.scale)
        (folder / entry.name).write_bytes(data)
        print(f"{folder / entry.name}: {len(data):,} bytes", file=sys.stderr)
    if args.small and not args.names:
        (FIXTURES / "README.md").write_text(readme(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
