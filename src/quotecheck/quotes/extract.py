"""Article → quote records: the pipeline that ties scanning, attribution and resolution together.

``analyze`` runs once per article: pair the quote marks, find the people, split into
paragraphs and sentences, attribute each quotation within its sentence, resolve the
speaker to the full name the article established, read the channel (outlet, platform,
audience, occasion), carry attribution to quotations that have none in their own
sentence (a continued statement), and classify each quotation as direct, partial or
scare.  Reported speech without marks becomes ``indirect`` quotes.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Sequence

import attrs
import regex

from quotecheck.config import DEFAULT_SETTINGS, Settings
from quotecheck.lexicon import DETERMINERS, DOCUMENT_LABELS, PLATFORMS, PRONOUNS
from quotecheck.quotes.attribution import Attribution, attribute, credit_line, main_clause
from quotecheck.quotes.channels import NO_CHANNEL, Channel, read_channel
from quotecheck.quotes.cues import CueLexicon, cue_lexicon
from quotecheck.quotes.dates import article_year, dates_in
from quotecheck.quotes.indirect import REPORTING_PATTERN, bare_attribution, find_reported_speech
from quotecheck.quotes.kinds import CHARACTERIZING, classify
from quotecheck.quotes.outlets import ArticleOutlets, OutletTable, outlet_table, resolve_short
from quotecheck.quotes.patterns import trie_pattern
from quotecheck.quotes.people import Cast, find_cast, person_mentions
from quotecheck.quotes.tokens import IS_WORD, LOWER, Token, frame
from quotecheck.records import Analysis, Article, Mention, Quote, Span, line_starts
from quotecheck.spans.scanner import MarkedSpan, scan
from quotecheck.spans.segment import Paragraph, paragraphs, sentences
from quotecheck.spans.spaces import plain_spaces


class ArticleTooLarge(ValueError):
    """An article longer than ``settings.extract.max_article_chars``."""


@attrs.define
class _Draft:
    """A quotation being assembled (mutable only inside one ``analyze`` call)."""

    pieces: list[tuple[int, int]]
    marks: list[tuple[int, int]]
    paragraph: int
    sentence: Span
    speaker: str | None = None
    speaker_mention: Mention | None = None
    role: str | None = None
    cue: Mention | None = None
    outlet: str | None = None
    via: str | None = None
    platform: str | None = None
    audience: str | None = None
    occasion: str | None = None
    how: str = ""
    chain: int = -1
    whole_sentence: bool = False
    before: str = ""
    after: str = ""
    kind: str = "direct"
    speech_nearby: bool = False
    main: tuple[list[Token], Attribution] | None = None
    """The sentence's subject and verb, used when a quotation that is not a scare quote has no cue."""


def extract_quotes(article: Article | str, settings: Settings | None = None) -> list[Quote]:
    """Every quote in ``article`` (an :class:`Article` or plain text), in text order.

    Scare quotes are left out unless ``settings.extract.include_scare``; reported speech
    without marks is included as ``kind="indirect"`` unless
    ``settings.extract.include_indirect`` is off.
    """
    return list(_analyze(article, settings, with_people=False).quotes)


def analyze(article: Article | str, settings: Settings | None = None) -> Analysis:
    """Quotes and titled people of one article; depends on nothing but the article and settings."""
    return _analyze(article, settings, with_people=True)


def _analyze(article: Article | str, settings: Settings | None, with_people: bool) -> Analysis:
    """:func:`analyze`; without ``with_people`` the analysis lists no people (quotes only)."""
    settings = settings or DEFAULT_SETTINGS
    if isinstance(article, str):
        article = Article(id="text", text=article)
    text = article.text
    limit = settings.extract.max_article_chars
    if len(text) > limit:
        raise ArticleTooLarge(
            f"article {article.id!r} has {len(text):,} characters, over the limit of {limit:,}; "
            "raise extract.max-article-chars to read it"
        )
    written = article
    text = plain_spaces(text)  # same offsets; names set with thin or em spaces read as one
    if text is not written.text:
        article = attrs.evolve(article, text=text)
    cues = cue_lexicon(settings.extract.cue_verbs)
    table = outlet_table(settings.extract.outlets)
    found = scan(text)
    marks = [(s.open_at, _close_end(text, s)) for s in found.spans]
    outlets = ArticleOutlets.of(table, text)
    outlet_spans = [(m.start, m.end) for m in outlets.mentions]
    cast = find_cast(text, marks, outlet_spans)
    year = article_year(text, article.published)

    drafts: list[_Draft] = []
    indirect: list[_Draft] = []
    speakers: list[tuple[int, str]] = []
    seen_outlets: list[str] = []
    span_starts = [s.open_at for s in found.spans]
    paras = paragraphs(text)
    para_dates: dict[int, tuple[str, ...]] = {}
    outlet_starts = [s for s, _ in outlet_spans]

    reported_before: _Draft | None = None  # a paragraph's closing reported-speech attribution
    kinds: dict[tuple, str] = {}  # classify's answers for this article (see _kind)
    for para in paras:
        lo = bisect.bisect_left(span_starts, para.start)
        hi = bisect.bisect_left(span_starts, para.end)
        pspans = found.spans[lo:hi]
        if not pspans and not _any_between(outlet_starts, para.start, para.end) and REPORTING_PATTERN.search(text, para.start, para.end) is None:
            continue  # no quotation, outlet or reporting verb: none of its sentences is read
        context: dict[str, Channel] = {}
        para_credit = _bracket_credit(text, para, outlets)
        prev_in_para: _Draft | None = None
        reported_in_para: _Draft | None = None  # the last reported-speech attribution of the paragraph
        plain_before: Span | None = None  # the sentence before, when it holds no quotation
        for sent in sentences(text, para.start, para.end, pspans):
            plain, plain_before = plain_before, None
            qlo = bisect.bisect_left(span_starts, sent.start)
            qhi = bisect.bisect_left(span_starts, sent.end)
            squotes = found.spans[qlo:qhi]
            has_outlet = _any_between(outlet_starts, sent.start, sent.end)
            if has_outlet:
                _remember_outlets(sent, outlets, seen_outlets)
            if not squotes:
                plain_before = sent
                channel = (
                    read_channel(text[sent.start : sent.end], sent.start, table, seen_outlets, outlets.between(sent.start, sent.end))
                    if has_outlet else NO_CHANNEL
                )
                # A sentence is bounded by blanks, so a search inside it sees the same word boundaries.
                reported = REPORTING_PATTERN.search(text, sent.start, sent.end) is not None
                if not (reported or channel.outlet or channel.platform):
                    continue
                tokens = frame(text, sent.start, sent.end, ())
                if channel.outlet or channel.platform:
                    subject = _sentence_subject(tokens)
                    if subject is not None:
                        name = _resolve(text, tokens, subject, cast, speakers, outlets)[0]
                        if name:
                            context[name] = channel
                if reported:
                    bare = bare_attribution(tokens, cues)
                    if bare is not None:
                        lead = _Draft([], [], para.index, sent)
                        _fill_from(lead, Attribution(bare[0], bare[1], "bare"), text, tokens, cast, speakers, outlets, channel, context)
                        if lead.speaker or lead.speaker_mention is not None:
                            reported_in_para = lead
                        continue
                    # Read even when indirect quotes are not wanted: a quotation after it may go on with it.
                    for hit in find_reported_speech(tokens, cues):
                        a, b = hit.content
                        draft = _Draft([(tokens[a].start, tokens[b - 1].end)], [], para.index, sent)
                        _fill_from(draft, Attribution(hit.cue, hit.subject, "indirect"), text, tokens, cast, speakers, outlets, channel, context)
                        if settings.extract.include_indirect:
                            indirect.append(draft)
                        if draft.speaker or draft.speaker_mention is not None:
                            reported_in_para = draft
                continue
            smarks = marks[qlo:qhi]
            if len(squotes) == 1 and squotes[0].chain != -1 and drafts and drafts[-1].chain == squotes[0].chain and _bare(text, sent, smarks[0]):
                # The next paragraph of a continued quotation, standing alone: one more fragment.
                drafts[-1].pieces.append((squotes[0].start, squotes[0].end))
                drafts[-1].marks.append(smarks[0])
                continue
            tokens = frame(text, sent.start, sent.end, smarks)
            channel = read_channel(_masked(text, sent, smarks), sent.start, table, seen_outlets, outlets.between(sent.start, sent.end))
            atts = attribute(tokens, cues)
            qtokens = [i for i, t in enumerate(tokens) if t.kind == "quote"]
            alone = not any(map(IS_WORD, tokens))  # no word outside the quotations
            speech_nearby: bool | None = None  # read once a quotation of the sentence needs it
            for i in qtokens:
                span = squotes[tokens[i].quote]
                att = atts.get(i)
                split_from: _Draft | None = None
                if att is not None and att.how == "split" and drafts and drafts[-1].sentence == sent and not _set_phrase(text, drafts[-1]):
                    if (second := _second_cue(tokens, i, att, cues)) == -1:
                        drafts[-1].pieces.append((span.start, span.end))
                        drafts[-1].marks.append(smarks[tokens[i].quote])
                        continue
                    # “A,” Cruz said as the heckler yelled: “B!”: B is a statement of its own, credited
                    # by the cue before it, to the speaker before if that cue names nobody ("adding").
                    att, split_from = _own_attribution(tokens, i, att, second, cues), drafts[-1]
                if span.chain != -1 and drafts and drafts[-1].chain == span.chain and not (
                    att is not None and drafts[-1].paragraph != para.index and drafts[-1].speaker is not None
                ):  # (a paragraph with its own attribution starts a quote of its own)
                    prev = drafts[-1]
                    prev.pieces.append((span.start, span.end))
                    prev.marks.append(smarks[tokens[i].quote])
                    if prev.speaker is None and att is not None:
                        _fill_from(prev, att, text, tokens, cast, speakers, outlets, channel, context)
                    continue
                draft = _Draft(
                    pieces=[(span.start, span.end)],
                    marks=[smarks[tokens[i].quote]],
                    paragraph=para.index,
                    sentence=sent,
                    chain=span.chain,
                    whole_sentence=alone,
                    before=_word_before(tokens, i),
                    after=tokens[i + 1].text if i + 1 < len(tokens) else "",
                )
                if speech_nearby is None:  # (a set test at C speed first: most sentences hold no cue form)
                    speech_nearby = not (cues.forms.isdisjoint(map(LOWER, tokens)) and CHARACTERIZING.isdisjoint(map(LOWER, tokens))) and any(
                        t.is_word and (t.lower in cues.forms or t.lower in CHARACTERIZING) and t.text[:1].islower() for t in tokens
                    )
                draft.speech_nearby = speech_nearby
                if att is not None:
                    _fill_from(draft, att, text, tokens, cast, speakers, outlets, channel, context)
                    if para_credit is not None and draft.outlet is None:
                        draft.outlet = para_credit[0]  # ("X said … “…” [NYT.]": reported by that outlet)
                elif alone and (credit := _credit_after(text, para, paras, smarks[tokens[i].quote])) is not None:
                    # "“…”" then a paragraph "- Bernie Sanders.": the credit line names the source.
                    _fill_from(draft, credit[1], text, credit[0], cast, speakers, outlets, channel, context)
                elif alone and reported_in_para is not None and prev_in_para is not None and reported_in_para.sentence.start > prev_in_para.sentence.start:
                    # "“…,” says X. She says people should choose. “It is their life.”": the
                    # latest statement in the paragraph goes on, not the quotation before it.
                    _inherit(draft, reported_in_para)
                elif alone and prev_in_para is not None and prev_in_para.speaker and prev_in_para.kind != "scare":
                    # A quotation standing alone after an attributed one continues it.
                    if _adjacent(text, prev_in_para, span) and prev_in_para.how in {"post", "post-inverted", "pre", "split", "colon", "continued"}:
                        prev_in_para.pieces.append((span.start, span.end))
                        prev_in_para.marks.append(smarks[tokens[i].quote])
                        continue
                    _inherit(draft, prev_in_para)
                elif alone and prev_in_para is None and reported_in_para is not None:
                    # "X says the problem is Y. "Quote."": the quote goes on with X's statement.
                    _inherit(draft, reported_in_para)
                elif (
                    alone and prev_in_para is None and reported_in_para is None and plain is not None
                    and (lead_sentence := _lead_sentence(text, plain, cues)) is not None
                ):
                    # "Clinton touted her credentials as a co-sponsor. “We need to …”": the
                    # sentence before, in the same paragraph, names who speaks.
                    _fill_from(draft, lead_sentence[1], text, lead_sentence[0], cast, speakers, outlets, channel, context)
                elif alone and prev_in_para is None and (lead := _lead_in(text, para, paras, cues, found.spans, span_starts, marks)) is not None:
                    # "X said:" closing the previous paragraph introduces this one.
                    ltokens, latt = lead
                    if not channel.outlet:  # "As Breitbart News reported, … said:" carries what it introduces
                        channel = _lead_channel(text, ltokens, table, seen_outlets, outlets) or channel
                    _fill_from(draft, latt, text, ltokens, cast, speakers, outlets, channel, context)
                elif (
                    alone and prev_in_para is None and reported_before is not None
                    and reported_before.paragraph == para.index - 1 and not text[span.start : span.end].isupper()
                ):  # (a quoted header in capitals goes on with nobody)
                    # "Carter said that … this would not happen.\n\n“That’s because …”": the
                    # quotation goes on with the statement closing the paragraph before.
                    _inherit(draft, reported_before)
                elif (
                    alone and prev_in_para is None and sent.start == para.start and not text[span.start : span.end].isupper()
                    and (closing_lead := _closing_lead(text, para, paras, found.spans, span_starts, cues)) is not None
                ):
                    # "Valastro praised Christie’s leadership …" closing the paragraph before,
                    # then "“We need someone who …”" alone: that sentence names who speaks.
                    _fill_from(draft, closing_lead[1], text, closing_lead[0], cast, speakers, outlets, channel, context)
                elif alone and prev_in_para is None and drafts and drafts[-1].speaker and drafts[-1].paragraph == para.index - 1:
                    _inherit(draft, drafts[-1])
                elif para_credit is not None and _statement_like(text[span.start : span.end]):
                    # A newsletter's "HEADLINE “…” [WaPo.]": the outlet quoted, credited in brackets.
                    draft.speaker = draft.outlet = para_credit[0]
                    draft.cue = para_credit[1]
                    draft.how = "credit"
                else:
                    _apply_channel(draft, channel, context)
                    fallback = main_clause(tokens, i, cues)
                    if fallback is not None:
                        draft.main = (tokens, fallback)
                if split_from is not None and draft.speaker is None:
                    draft.speaker, draft.speaker_mention, draft.role = split_from.speaker, split_from.speaker_mention, split_from.role
                drafts.append(draft)
                if _kind(text, draft, kinds) != "scare":
                    prev_in_para = draft  # (a title in the attribution, on “Meet the Press,” continues nothing)
        closing = reported_in_para is not None and (prev_in_para is None or reported_in_para.sentence.start > prev_in_para.sentence.start)
        reported_before = reported_in_para if closing else None
        if drafts and drafts[-1].paragraph == para.index or indirect and indirect[-1].paragraph == para.index:
            para_dates[para.index] = dates_in(text, para.start, para.end, year)  # only where a quote needs them

    starts = line_starts(text) if article.origin is not None else None
    quotes: list[Quote] = []
    for draft in drafts:
        draft.kind = _kind(text, draft, kinds)
        if draft.kind == "scare" and not settings.extract.include_scare:
            continue
        if draft.speaker is None and draft.main is not None and draft.kind != "scare":
            mtokens, matt = draft.main
            _fill_from(draft, matt, text, mtokens, cast, speakers, outlets, None, {})
        quotes.append(_build(article, draft, para_dates, starts))
    if settings.extract.include_indirect:
        for draft in indirect:
            draft.kind = "indirect"
            quotes.append(_build(article, draft, para_dates, starts))
        quotes.sort(key=lambda q: (q.start, q.end))
    people = person_mentions(article.id, text, cast) if with_people else ()
    if people and article.origin is not None:
        people = tuple(attrs.evolve(p, location=article.origin.locate(text, p.start, starts)) for p in people)
    if article is not written:
        quotes = [_as_written(q, written.text) for q in quotes]
        people = tuple(attrs.evolve(p, text=written.text[p.start : p.end]) for p in people)
    return Analysis(article=article.id, quotes=tuple(quotes), people=people, published=article.published, outlet=article.outlet)


def _as_written(quote: Quote, text: str) -> Quote:
    """``quote`` with its words and mentions sliced from the article as written (the
    analysis read a stand-in with plain spaces; names and roles keep the plain ones)."""

    def again(m: Mention | None) -> Mention | None:
        return None if m is None else Mention(text[m.start : m.end], m.start, m.end)

    fragments = tuple(Mention(text[f.start : f.end], f.start, f.end) for f in quote.fragments)
    return attrs.evolve(
        quote,
        text=fragments[0].text if len(fragments) == 1 else text[quote.start : quote.end],
        fragments=fragments,
        speaker_mention=again(quote.speaker_mention),
        cue=again(quote.cue),
    )


def _lead_sentence(text: str, sent: Span, cues: CueLexicon) -> tuple[list[Token], Attribution] | None:
    """The subject and verb of a sentence with no quotation, when a person is its subject
    ("Clinton touted her credentials.", "Ted Cruz … tweeted a warning."): the source of a
    quotation standing alone right after it in the same paragraph."""
    tokens = frame(text, sent.start, sent.end, ())
    att = main_clause(tokens, len(tokens), cues)
    if att is None or att.subject is None:
        return None
    first = tokens[att.subject[0]]
    if first.lower in PRONOUNS and first.lower not in {"he", "she", "they"}:
        return None
    verb = tokens[att.cue[0]] if att.cue is not None else None
    if verb is None or not (verb.lower in cues.forms or (verb.lower.endswith("ed") and verb.text[:1].islower())):
        return None  # (a verb by its shape only: "seemed", "touted", "tweeted"; never "morning")
    return tokens, attrs.evolve(att, how="lead")


def _last_sentence(text: str, para: Paragraph, spans: Sequence[MarkedSpan], span_starts: Sequence[int]) -> tuple[int, int, Span]:
    """The range of ``spans`` opening in paragraph ``para`` and its last sentence, its quotations opaque."""
    lo = bisect.bisect_left(span_starts, para.start)
    hi = bisect.bisect_left(span_starts, para.end)
    return lo, hi, sentences(text, para.start, para.end, spans[lo:hi])[-1]


def _closing_lead(
    text: str, para: Paragraph, paras: Sequence[Paragraph], spans: Sequence[MarkedSpan], span_starts: Sequence[int], cues: CueLexicon
) -> tuple[list[Token], Attribution] | None:
    """The lead sentence (:func:`_lead_sentence`) closing the previous paragraph, when it
    holds no quotation: the source of a quotation opening this paragraph alone."""
    if para.index == 0:
        return None
    lo, hi, last = _last_sentence(text, paras[para.index - 1], spans, span_starts)
    if _any_between(span_starts, last.start, last.end) or (hi > lo and spans[hi - 1].close_at > last.start):
        return None
    return _lead_sentence(text, last, cues)


def _lead_in(
    text: str, para: Paragraph, paras: Sequence[Paragraph], cues: CueLexicon,
    spans: Sequence[MarkedSpan], span_starts: Sequence[int], marks: Sequence[tuple[int, int]],
) -> tuple[list[Token], Attribution] | None:
    """The attribution of a previous paragraph ending in a colon ("Clinton said:"), read in
    that paragraph's last sentence (a quotation closing the sentence before stays opaque:
    "“… the status quo.” She went on to say:")."""
    if para.index == 0:
        return None
    prev = paras[para.index - 1]
    if text[prev.end - 1] != ":":
        return None
    lo, hi, last = _last_sentence(text, prev, spans, span_starts)
    start = max(last.start, prev.end - 400)
    inner = [m for m in marks[lo:hi] if m[0] >= start]
    tokens = frame(text, start, prev.end, inner)
    tokens.append(Token("", prev.end, prev.end, "quote", len(inner)))
    att = attribute(tokens, cues).get(len(tokens) - 1)
    if att is None or att.subject is None:
        return None
    return tokens, att


def _lead_channel(text: str, tokens: Sequence[Token], table: OutletTable, seen: list[str], outlets: ArticleOutlets) -> Channel | None:
    """The outlet a lead-in names ("As Breitbart News reported, the White House said:"), if any."""
    start, end = tokens[0].start, tokens[-1].end
    found = read_channel(text[start:end], start, table, seen, outlets.between(start, end))
    return found if found.outlet else None


def _credit_after(text: str, para: Paragraph, paras: Sequence[Paragraph], mark: tuple[int, int]) -> tuple[list[Token], Attribution] | None:
    """The credit line ("- Bernie Sanders.") in the paragraph after one that a quotation closes."""
    if para.index + 1 >= len(paras) or text[mark[1] : para.end].strip():
        return None
    nxt = paras[para.index + 1]
    if nxt.end - nxt.start > 120 or text[nxt.start] not in "-—–―":
        return None
    tokens = frame(text, nxt.start, nxt.end, ())
    att = credit_line(tokens)
    return None if att is None else (tokens, att)


def _statement_like(words: str) -> bool:
    """True for quoted words that read as a statement, not a term or a headline's phrase
    ("“MAKING THEM SMALLER”", "“Justice League”"): four words or more, not all capitals."""
    return len(words.split()) >= 4 and not words.isupper()


def _bracket_credit(text: str, para: Paragraph, outlets: ArticleOutlets) -> tuple[str, Mention] | None:
    """The outlet credited in brackets at a paragraph's end ("“…” [NYT.]", "… 9 p.m. EST.
    [AP.]"), with the credit as a cue: a newsletter's item quotes that outlet. Only a bracket
    that holds nothing but an outlet's name counts."""
    if text[para.end - 1] != "]":
        return None
    opening = text.rfind("[", max(para.start, para.end - 48), para.end)
    if opening == -1:
        return None
    inner_end = para.end - 2 if text[para.end - 2] == "." else para.end - 1
    named = outlets.between(opening + 1, inner_end)
    if len(named) != 1 or named[0].start != opening + 1 or named[0].end < inner_end:
        return None
    name = resolve_short(named[0].name, [])
    if name is None:
        return None
    return name, Mention(text[opening : para.end], opening, para.end)


def _close_end(text: str, span: MarkedSpan) -> int:
    """Offset just past a quotation's closing mark (its paragraph end when continued)."""
    at = span.close_at
    if at >= len(text) or text[at] == "\n":
        return at
    return at + (2 if text.startswith(("''", "``"), at) else 1)


_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
_ON_PLATFORM = regex.compile(
    r"[ \t\u00a0]++on[ \t\u00a0]++(?:" + trie_pattern(a for names in PLATFORMS.values() for a in names) + r")\b"
)
"""The platform after a cue ("wrote on X"), which belongs to the cue."""




def _bare(text: str, sent: Span, mark: tuple[int, int]) -> bool:
    """True when a sentence holds nothing but one quotation (no words outside its marks)."""
    return _WORD_CHAR.search(text, sent.start, mark[0]) is None and _WORD_CHAR.search(text, mark[1], sent.end) is None


def _any_between(sorted_starts: Sequence[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(sorted_starts, start)
    return i < len(sorted_starts) and sorted_starts[i] < end


def _masked(text: str, sent: Span, marks: Sequence[tuple[int, int]]) -> str:
    """The sentence with each quotation blanked to ``"___"`` of the same length."""
    parts: list[str] = []
    pos = sent.start
    for o, c in marks:
        parts.append(text[pos:o])
        parts.append('"' + "_" * max(0, c - o - 2) + '"' if c - o >= 2 else '"' * (c - o))
        pos = c
    parts.append(text[pos : sent.end])
    return "".join(parts)


def _remember_outlets(sent: Span, outlets: ArticleOutlets, seen: list[str]) -> None:
    for m in outlets.between(sent.start, sent.end):
        if not m.name.startswith("?") and m.name not in seen:
            seen.append(m.name)


def _word_before(tokens: Sequence[Token], i: int) -> str:
    j = i - 1
    return tokens[j].text if j >= 0 else ""


def _quote_before(tokens: Sequence[Token], i: int) -> int:
    """Index of the quotation token before ``tokens[i]``, or -1."""
    j = i - 1
    while j >= 0 and tokens[j].kind != "quote":
        j -= 1
    return j


def _second_cue(tokens: Sequence[Token], i: int, att: Attribution, cues: CueLexicon) -> int:
    """The last cue other than the split attribution's own between the quotation at ``tokens[i]``
    and the one before it (“A,” he said, then predicted: “B.” is two statements), else -1."""
    j = _quote_before(tokens, i)
    own = range(*att.cue) if att.cue is not None else range(0)
    for k in range(i - 1, j, -1):
        if k not in own and tokens[k].is_word and tokens[k].lower in cues.forms and tokens[k].text[:1].islower():
            return k
    return -1


def _own_attribution(tokens: Sequence[Token], i: int, split: Attribution, second: int, cues: CueLexicon) -> Attribution:
    """The attribution of the quotation at ``tokens[i]``: the ``second`` cue, with the subject
    the words after the split attribution's cue give it ("as the heckler yelled:"), or none
    ("adding of Mr. Trump,")."""
    j = _quote_before(tokens, i)
    if split.cue is not None:
        j = max(j, split.cue[1] - 1)
    att = attribute(tokens[j + 1 : i + 1], cues).get(i - j - 1)
    subject = None
    if att is not None and att.cue is not None and att.cue[0] + j + 1 <= second < att.cue[1] + j + 1 and att.subject is not None:
        head = tokens[att.subject[0] + j + 1]
        if head.text[:1].isupper() or head.lower in DETERMINERS or head.lower in PRONOUNS:
            subject = (att.subject[0] + j + 1, att.subject[1] + j + 1)
        if subject is not None and split.cue is not None and subject[0] == split.cue[1] and tokens[second].lower.endswith("ing"):
            subject = None  # ("“A,” Gingrich told O’Reilly, noting that “B”": the listener says nothing; the teller goes on)
    return Attribution((second, second + 1), subject, "pre")


def _kind(text: str, draft: _Draft, memo: dict[tuple, str]) -> str:
    """The kind of a draft as attributed so far (:func:`classify`), remembered in the article's
    ``memo`` by what decides it: a draft is classified when made (a scare quote, a title or a
    term, is one a quotation standing alone after it cannot go on with) and again at the end,
    mostly unchanged."""
    key = (
        tuple(draft.pieces), draft.speaker is not None or draft.cue is not None,
        draft.whole_sentence, draft.before, draft.chain != -1, draft.speech_nearby, draft.after,
    )
    kind = memo.get(key)
    if kind is None:
        kind = memo[key] = classify(text, draft.pieces, *key[1:])
    return kind


def _set_phrase(text: str, draft: _Draft) -> bool:
    """True when a quotation is a phrase set into the writer's sentence (Remarking upon
    Clinton's “genuine empathy,” Starr said, “…”): it opens in lowercase after words of its
    sentence, so the quotation after the cue is a statement of its own, not its second half."""
    start = draft.pieces[0][0]
    return text[start : start + 1].islower() and draft.marks[0][0] > draft.sentence.start


def _adjacent(text: str, prev: _Draft, span: MarkedSpan) -> bool:
    """True when nothing but the previous quotation's attribution lies between the two, and
    the previous one is a statement: a phrase set into the writer's sentence (hinting that
    “personnel changes” could come. “Every single thing …”) is not continued by the next."""
    return span.open_at - prev.marks[-1][1] < 200 and not _set_phrase(text, prev)


def _inherit(draft: _Draft, prev: _Draft) -> None:
    """A statement continued from ``prev``: same source, cue and channel (the attribution
    that covers it is ``prev``'s, so its mention and cue are this quote's too)."""
    draft.speaker = prev.speaker
    draft.speaker_mention = prev.speaker_mention
    draft.cue = prev.cue
    draft.role = prev.role
    draft.outlet, draft.via, draft.platform = prev.outlet, prev.via, prev.platform
    draft.audience, draft.occasion = prev.audience, prev.occasion
    draft.how = "continued"


def _fill_from(
    draft: _Draft,
    att: Attribution,
    text: str,
    tokens: Sequence[Token],
    cast: Cast,
    speakers: list[tuple[int, str]],
    outlets: ArticleOutlets,
    channel: Channel | None,
    context: dict[str, Channel],
) -> None:
    """Speaker, role, cue and (unless ``channel`` is None) channel from an attribution."""
    draft.how = att.how
    if att.cue is not None:
        a, b = att.cue
        s, e = tokens[a].start, tokens[b - 1].end
        on = _ON_PLATFORM.match(text, e, min(len(text), e + 40))
        if on is not None:
            e = on.end()  # "wrote on X", "posted on Telegram": the platform belongs to the cue
        # Interned: a batch repeats a few cue words millions of times, and `check` keeps every quote.
        draft.cue = Mention(sys.intern(text[s:e]), s, e)
    if att.subject is not None:
        name, role, mention, outlet = _resolve(text, tokens, att.subject, cast, speakers, outlets)
        if name and mention is not None and att.subject[1] - att.subject[0] == 1 and tokens[att.subject[0]].lower in {"he", "she"}:
            mention = _reporting_subject(text, tokens, att.subject[0], name, cast, speakers, outlets, cue_lexicon()) or mention
        draft.speaker, draft.role, draft.speaker_mention = name, role, mention
        if outlet:
            draft.outlet = outlet
        elif mention is not None and draft.outlet is None:
            # An outlet in the source itself: "the Washington Post’s Ishaan Tharoor wrote" (its
            # journalist); "a former editor at The New York Times, said" names a past employer.
            named = outlets.between(mention.start, mention.end)
            if named and "former" not in text[mention.start : named[0].start].lower() and (resolved := resolve_short(named[0].name, [])) is not None:
                draft.outlet = resolved
            elif not named and tokens:
                draft.outlet = _appositive_outlet(text, mention.end, tokens[-1].end, outlets)
        if name and mention is not None and _is_named(name):
            bisect.insort(speakers, (mention.start, name))
    if att.how == "according" and draft.speaker is not None and draft.outlet is not None and draft.speaker == draft.outlet:
        draft.speaker = draft.outlet
    if channel is not None:
        _apply_channel(draft, channel, context)


_APPOSITIVE = regex.compile(r",[ \t\u00a0]++(?i:an?|the|one|currently|now)\b[^,;:\"“”\n]{0,160}+")
_WORKS_AT = regex.compile(r"(?r)\b(?:at|for)[ \t\u00a0]++(?:the[ \t\u00a0]++)?$")
_STAFF_ROLE = regex.compile(
    r"(?<![ \t\u00a0])[’']?s?[ \t\u00a0]++(?:political[ \t\u00a0]++|senior[ \t\u00a0]++|chief[ \t\u00a0]++)?"
    r"(?:analyst|contributor|host|anchor|reporter|correspondent|columnist|editor|commentator|moderator|writer)\b"
)


def _appositive_outlet(text: str, end: int, limit: int, outlets: ArticleOutlets) -> str | None:
    """The outlet a source works for, named in its appositive ("Rick Tyler, … currently a
    political analyst at MSNBC", "Jane Doe, a CNN contributor"), unless a past employer."""
    m = _APPOSITIVE.match(text, end, limit)
    if m is None:
        return None
    for found in outlets.between(m.start(), m.end()):
        conjunct = text[max(m.start(), text.rfind(" and ", m.start(), found.start)) : found.start]
        if "former" in conjunct.lower() or " ex-" in conjunct.lower():
            continue
        if _WORKS_AT.search(text, m.start(), found.start) or _STAFF_ROLE.match(text, found.end, min(limit, found.end + 40)):
            return resolve_short(found.name, [])
    return None


def _apply_channel(draft: _Draft, channel: Channel, context: dict[str, Channel]) -> None:
    """Outlet, platform and audience from the sentence, else from earlier in the paragraph."""
    # A new audience or occasion in this sentence is a different channel: inherit nothing.
    inherited = None if (channel.audience or channel.occasion) else context.get(draft.speaker or "")
    if draft.outlet is None:
        draft.outlet = channel.outlet or (inherited.outlet if inherited else None)
        if channel.outlet:
            draft.via = channel.via
        elif inherited:
            draft.via = inherited.via
    draft.platform = channel.platform or (inherited.platform if inherited else None)
    draft.audience = channel.audience
    draft.occasion = channel.occasion
    if draft.speaker and (channel.outlet or channel.platform):
        context[draft.speaker] = channel


def _is_named(name: str) -> bool:
    return name[:1].isupper() and name.split()[0].lower() not in DETERMINERS


def _sentence_subject(tokens: Sequence[Token]) -> tuple[int, int] | None:
    from quotecheck.quotes.attribution import _leading_np

    return _leading_np(tokens, 0, len(tokens))


def _resolve(
    text: str,
    tokens: Sequence[Token],
    rng: tuple[int, int],
    cast: Cast,
    speakers: Sequence[tuple[int, str]],
    outlets: ArticleOutlets,
) -> tuple[str | None, str | None, Mention | None, str | None]:
    """(speaker, role, mention, outlet) for the noun phrase ``tokens[rng]``."""
    a, b = rng
    while b > a and tokens[b - 1].kind == "punct" and not (tokens[b - 1].text == ")" and any(t.text == "(" for t in tokens[a:b])):
        b -= 1
    if b <= a:
        return None, None, None, None
    s, e = tokens[a].start, tokens[b - 1].end
    mention = Mention(text[s:e], s, e)
    phrase = mention.text
    # An outlet as the source: "The New York Post reports".
    found = outlets.between(s, e)
    if found and found[0].start - s <= 4 and found[0].end >= e - 1:
        name = resolve_short(found[0].name, [])
        if name is not None:
            return name, None, mention, name
    pron = tokens[a].lower
    if pron[-2:] in {"’s", "'s"} and pron[:-2] in {"he", "she", "it"}:
        pron = pron[:-2]  # "He’s predicting": the pronoun, contracted with "is"
    if b - a == 1 and pron in PRONOUNS:
        pron = {"his": "he", "her": "she"}.get(pron, pron)  # "his claim that …": the owner of a noun of saying
        if pron in {"he", "she"}:
            return cast.antecedent(pron, s, speakers), None, mention, None
        if pron == "who":
            # "Beck, who has in the past described …": the head before the comma, else the latest speaker.
            if a >= 2 and tokens[a - 1].text == "," and (head := _head_before(tokens, a - 1)) is not None:
                name = _resolve(text, tokens, head, cast, speakers, outlets)[0]
                if name:
                    return name, None, mention, None
            return (speakers[-1][1] if speakers else None), None, mention, None
        return None, None, mention, None
    # A named person inside the phrase (not a possessive like "Putin’s aide").
    best = None
    i = max(0, bisect.bisect_left(cast.starts, s) - 1)
    while i < len(cast.mentions) and cast.mentions[i].start < e:
        m = cast.mentions[i]
        i += 1
        if m.end > s and not m.possessive:
            best = m
            break  # the head name comes first: "Jane Doe, a fellow at the Brookings Institution"
    if best is not None:
        name = cast.canonical(best.name, best.start)
        if best.start < s:
            s = best.start
            mention = Mention(text[s:e], s, e)
        role = _role_of(text, s, e, best)
        return name, role, mention, None
    words = [t for t in tokens[a:b] if t.is_word]
    if len(words) == 1 and b - a <= 2 and words[0].lower in DOCUMENT_LABELS:
        return None, None, None, None  # "Transcript:" heads a passage and names nobody
    named_end = b
    if b - a > 2 and tokens[b - 1].text == ")" and (opening := next((x for x in range(b - 2, a, -1) if tokens[x].text == "("), None)) is not None:
        named_end = opening  # "Sen. Jane Doe (D-Ill.)": the name before its party and state
        words = [t for t in tokens[a:named_end] if t.is_word]
    if words and all(t.capitalized for t in words) and words[0].lower not in DETERMINERS and len(words) <= 4:
        from quotecheck.quotes.people import _strip_honorific

        name = _strip_honorific(text[s : tokens[named_end - 1].end])
        if name.endswith(("’s", "'s")) and tokens[named_end - 1].possessive:
            name = name[:-2]  # "Donald Trump’s claim that …": the owner of a noun of saying
        return cast.canonical(name, s), None, mention, None
    nominal = cast.nominal(phrase, s)
    if nominal is not None:
        return nominal, phrase, mention, None
    head = [t for t in tokens[a:b] if t.text != "."]
    comma = next((x for x, t in enumerate(head) if t.text == ","), None)
    if comma and comma <= 4 and all(t.capitalized and t.lower not in DETERMINERS for t in head[:comma]):
        # "Bill Eastland, a delegate wearing …": a name the cast did not know, before its appositive.
        from quotecheck.quotes.people import _strip_honorific

        return cast.canonical(_strip_honorific(text[tokens[a].start : head[comma - 1].end]), s), _describe(text[head[comma].end : e].strip(" ,")), mention, None
    return _describe(phrase), _describe(phrase), mention, None


_OWN_CLAUSE = frozenset({"which", "who", "whom", "what", "but", "and", "or", "yet", "though", "although", "while", "whereas", "because"})
"""Words opening a clause of its own: a pronoun after them is no reporting verb's complement subject."""
_ADVERBIAL_CLAUSE = frozenset({"when", "after", "as", "while", "before", "since", "because", "if", "once", "until", "though", "although", "whereas"})
"""Words opening an adverbial clause: a reporting verb inside one governs nothing after it."""


def _reporting_subject(
    text: str, tokens: Sequence[Token], a: int, name: str, cast: Cast, speakers: Sequence[tuple[int, str]], outlets: ArticleOutlets,
    cues: CueLexicon,
) -> Mention | None:
    """The subject of a reporting verb governing the clause of pronoun ``a`` when it names the
    same person ("Trump said he responded: "…"", "Clinton acknowledged that … when she claimed"):
    the statement is that outer report's."""
    from quotecheck.quotes.attribution import _subject

    for c in range(a - 1, -1, -1):
        t = tokens[c]
        if t.kind == "quote" or t.text in {";", ":"} or t.lower in _OWN_CLAUSE:
            return None
        if t.is_word and t.text[:1].islower() and t.lower in cues.strong and not t.lower.endswith("ing"):
            subject = _subject(tokens, c, cues)
            if subject is None or subject[1] > c or (subject[0] > 0 and tokens[subject[0] - 1].lower in _ADVERBIAL_CLAUSE):
                return None  # ("When Trump announced his candidacy, he …": the clause is his aside, not a report)
            outer, _, outer_mention, _ = _resolve(text, tokens, subject, cast, speakers, outlets)
            return outer_mention if outer == name else None
    return None


def _head_before(tokens: Sequence[Token], comma: int) -> tuple[int, int] | None:
    """The capitalised name ending just before ``comma`` ("Beck" in "Beck, who …"), if any."""
    i = comma
    while i > 0 and comma - i < 5 and (tokens[i - 1].capitalized or tokens[i - 1].text == "."):
        i -= 1
    return (i, comma) if i < comma and tokens[i].capitalized else None


def _role_of(text: str, s: int, e: int, best) -> str | None:
    """The words of the phrase around the name: its title or appositive, as written."""
    before = text[s : best.name_start].strip(" ,")
    after = text[best.end : e].strip(" ,")
    if best.role and best.role.endswith(before):
        before = best.role
    parts = [p for p in (before, after) if p]
    return ", ".join(parts) if parts else None


def _describe(phrase: str) -> str:
    first, _, rest = phrase.partition(" ")
    if first in {"A", "An", "The", "Another", "One", "Two", "Some", "Several", "Many", "Other"} and rest:
        return first.lower() + " " + rest
    return phrase


def _build(article: Article, draft: _Draft, para_dates: dict[int, tuple[str, ...]], starts: list[int] | None) -> Quote:
    text = article.text
    if len(draft.pieces) == 1:
        fragments = (_trim(text, *draft.pieces[0]),)  # (kept even when empty, as below)
    else:
        fragments = tuple(_trim(text, s, e) for s, e in draft.pieces)
        fragments = tuple(f for f in fragments if f.end > f.start) or fragments[:1]
    start, end = fragments[0].start, fragments[-1].end
    location = article.origin.locate(text, start, starts) if article.origin is not None else None
    return Quote(
        article=article.id,
        # One piece: the quote's text is its fragment's (one string, not two, in a batch kept by `check`).
        text=fragments[0].text if len(fragments) == 1 else text[start:end],
        start=start,
        end=end,
        fragments=fragments,
        kind=draft.kind,  # type: ignore[arg-type]
        speaker=draft.speaker,
        speaker_mention=draft.speaker_mention,
        role=draft.role,
        cue=draft.cue,
        outlet=draft.outlet,
        via=draft.via,
        platform=draft.platform,
        audience=draft.audience,
        occasion=draft.occasion,
        sentence=draft.sentence,
        paragraph=draft.paragraph,
        dates=para_dates.get(draft.paragraph, ()),
        location=location,
    )


def _trim(text: str, s: int, e: int) -> Mention:
    """A piece's words: surrounding space and a trailing comma (sentence punctuation) dropped."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and text[e - 1] == ",":
        e -= 1
        while e > s and text[e - 1].isspace():
            e -= 1
    return Mention(text[s:e], s, e)
