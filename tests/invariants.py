"""What every quote promises about its offsets, checked in one place for every suite.

The property suites (generated articles) and the adversarial corpus (hostile files) assert
the same contract: offsets in range, ``text[start:end] == words`` for the quote, each
fragment, the speaker mention and the cue, fragments in order inside their quote, and a
record that serialises to JSON.
"""

from __future__ import annotations

import json

from quotecheck import Article, Quote, as_record
from quotecheck.records import QUOTE_KINDS, Mention


def _check_mention(text: str, mention: Mention | None, what: str) -> None:
    if mention is None:
        return
    assert 0 <= mention.start <= mention.end <= len(text), f"{what} {mention} out of range"
    assert text[mention.start : mention.end] == mention.text, f"{what} {mention} does not point at its words"


def check_quote_invariants(article: Article, quotes: list[Quote]) -> None:
    """Assert everything a quote promises about its offsets (shared with the corpus tests)."""
    text = article.text
    for q in quotes:
        assert q.article == article.id
        assert 0 <= q.start <= q.end <= len(text), f"quote {q.start}:{q.end} outside a {len(text)}-char text"
        assert text[q.start : q.end] == q.text, "quote text is not article.text[start:end]"
        assert q.kind in QUOTE_KINDS
        assert q.paragraph >= 0
        assert 0 <= q.sentence.start <= q.sentence.end <= len(text)
        previous_end = q.start
        for fragment in q.fragments:
            _check_mention(text, fragment, "fragment")
            assert q.start <= fragment.start and fragment.end <= q.end, f"fragment {fragment} outside its quote"
            assert fragment.start >= previous_end, "fragments overlap or are out of order"
            previous_end = fragment.end
        _check_mention(text, q.speaker_mention, "speaker mention")
        _check_mention(text, q.cue, "cue")
        json.dumps(as_record(q), ensure_ascii=False)
