"""Every quote of the two seed articles, checked by hand (fixtures/seeds/expected.json)."""

import json
from pathlib import Path

import pytest

from quotecheck import Article, as_record, extract_quotes
from quotecheck.quotes.extract import analyze

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((ROOT / "fixtures" / "seeds" / "expected.json").read_text(encoding="utf-8"))
FIELDS = ("words", "kind", "speaker", "speaker_mention", "role", "cue", "outlet", "via", "platform", "audience", "occasion")


def _quotes(name):
    text = (ROOT / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    return text, [q for q in extract_quotes(Article(id=name, text=text)) if q.kind != "indirect"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_quotes_match_the_hand_checked_fixture(name):
    text, quotes = _quotes(name)
    got = [
        {
            "words": q.words,
            "kind": q.kind,
            "speaker": q.speaker,
            "speaker_mention": q.speaker_mention.text if q.speaker_mention else None,
            "role": q.role,
            "cue": q.cue.text if q.cue else None,
            "outlet": q.outlet,
            "via": q.via,
            "platform": q.platform,
            "audience": q.audience,
            "occasion": q.occasion,
        }
        for q in quotes
    ]
    assert got == [{k: e.get(k) for k in FIELDS} for e in EXPECTED[name]]


def test_seeds_hold_all_36_direct_and_partial_quotes():
    assert sum(len(_quotes(name)[1]) for name in EXPECTED) == 36


def test_chained_attribution_names_outlet_and_via():
    _, quotes = _quotes("001_d119d4398dc4a218")
    q = next(q for q in quotes if q.words.startswith("There were provisions"))
    record = as_record(q)
    assert (record["speaker"], record["outlet"], record["via"], record["cue"]["text"]) == (
        "Vladimir Putin", "India Today", "Russian state agencies", "told")


def test_offsets_point_at_the_quoted_words_in_the_seeds():
    for name in EXPECTED:
        text, quotes = _quotes(name)
        for q in quotes:
            assert text[q.start : q.end] == q.text
            for f in q.fragments:
                assert text[f.start : f.end] == f.text
            if q.speaker_mention:
                assert text[q.speaker_mention.start : q.speaker_mention.end] == q.speaker_mention.text
            if q.cue:
                assert text[q.cue.start : q.cue.end] == q.cue.text


def test_titled_people_are_reported_for_title_checks():
    text = (ROOT / "seeds" / "001_d119d4398dc4a218.txt").read_text(encoding="utf-8")
    people = analyze(Article(id="001", text=text)).people
    trump = [(p.role, p.text) for p in people if p.name == "Donald Trump"]
    assert trump == [("former President", "former President Donald Trump"), ("President", "President Trump")]
