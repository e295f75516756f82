"""The JSONL reader: one article per line, streamed, each bad line an error naming it."""

from __future__ import annotations

import io
import json
import tracemalloc

from quotecheck.config import Settings
from quotecheck.readers import InputError, load
from quotecheck.readers.jsonl import read_lines
from quotecheck.records import Anchor, Article, Location, Origin


def test_each_line_is_an_article_with_its_line_as_origin(read, tmp_path):
    path = str(tmp_path / "feed.jsonl")
    lines = [
        {"id": "a1", "text": "Putin said \u201cyes.\u201d", "title": "T", "outlet": "Reuters",
         "published": "2025-11-27T10:00:00Z", "url": "https://x"},
        {"text": "No id here.", "published": "not a date"},
    ]
    first, second = read("feed.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    assert first == Article(id="a1", text="Putin said “yes.”", title="T", outlet="Reuters", published="2025-11-27",
                            url="https://x", origin=Origin(path, line=1, anchors=(Anchor(0, 1, 1, "text"),), verbatim=False))
    assert (second.id, second.published) == ("feed:2", None)
    assert second.origin.locate(second.text, 5) == Location(path, 2, 1, "text")


def test_field_names_are_mapped_by_the_settings(read_one):
    settings = Settings().replace(input={"fields": {"text": "body", "id": "guid", "title": "headline"}})
    article = read_one("m.jsonl", '{"guid": "g", "body": "Words.", "headline": "H", "text": "ignored"}', settings)
    assert (article.id, article.text, article.title) == ("g", "Words.", "H")
    assert article.origin.anchors == (Anchor(0, 1, 1, "body"),)


def test_bad_lines_are_errors_and_the_rest_still_loads(read, tmp_path):
    content = ('{"id": "ok1", "text": "One."}\n'
               '{"id": "bad", "text": "unterminated}\n'
               '\n'
               '   \n'
               '["not", "an", "object"]\n'
               '{"id": "no-text"}\n'
               '{"id": "empty", "text": "  "}\n'
               '{"id": "ok2", "text": "Two."}')
    items = read("mixed.jsonl", content)
    path = str(tmp_path / "mixed.jsonl")
    assert [(i.line, i.column, i.message) if isinstance(i, InputError) else i.id for i in items] == [
        "ok1",
        (2, 23, "malformed JSON: Unterminated string starting at"),
        (5, None, "the line holds a JSON array, not an object"),
        (6, None, "no `text` field: the article has no text"),
        (7, None, "empty article"),
        "ok2",
    ]
    assert all(i.path == path for i in items if isinstance(i, InputError))


def test_lone_surrogates_become_replacement_characters_one_for_one(read_one):
    article = read_one("s.jsonl", r'{"id": "s\udc00", "text": "a\ud800b \ud83d\ude00 c\udfff"}')
    assert article.text == "a\ufffdb \U0001F600 c\ufffd"
    assert article.id == "s\ufffd"


def test_bad_utf8_names_its_line_and_column(read):
    ok, bad = read("u.jsonl", b'{"text": "fine"}\n{"text": "caf\xe9"}\n')
    assert isinstance(ok, Article)
    assert (bad.line, bad.column) == (2, 14) and bad.message.startswith("not UTF-8: byte 0xE9")


def test_a_binary_jsonl_file_is_one_error(read_one):
    assert read_one("b.jsonl", b'{"text": "x"}\n\x00\x01\x02').message == "binary file, not an article"


class Feed(io.RawIOBase):
    """An endless JSONL stream that counts the bytes handed out."""

    def __init__(self) -> None:
        self.given = 0
        self.line = 0
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        while len(self.pending) < len(buffer):
            self.line += 1
            self.pending += json.dumps({"id": f"n{self.line}", "text": f"Article {self.line}."}).encode() + b"\n"
        n = len(buffer)
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        self.given += n
        return n


def test_articles_stream_out_before_the_input_ends():
    feed = Feed()
    articles = load(["-"], stdin=io.BufferedReader(feed), stdin_name="feed.jsonl")
    first = next(articles)
    assert (first.id, first.text, first.origin.path) == ("n1", "Article 1.", "feed.jsonl")
    assert feed.given < 1_000_000  # an endless stream: only a few chunks were read
    assert [next(articles).id for _ in range(3)] == ["n2", "n3", "n4"]


def test_an_over_long_line_is_skipped_with_an_error_and_later_lines_load(read):
    settings = Settings().replace(extract={"max_article_chars": 100})
    huge = json.dumps({"id": "huge", "text": "x" * 300_000})
    items = read("big.jsonl", '{"id": "a", "text": "Before."}\n' + huge + '\n{"id": "b", "text": "After."}\n', settings)
    before, error, after = items
    assert (before.id, after.id, after.origin.line) == ("a", "b", 3)
    assert error.line == 2 and error.message.startswith(f"article too large: the line is {len(huge):,} bytes")


def test_a_line_within_the_byte_bound_but_over_the_char_limit_is_too_large(read_one):
    settings = Settings().replace(extract={"max_article_chars": 100})
    error = read_one("c.jsonl", json.dumps({"text": "y" * 101}), settings)
    assert (error.line, error.message) == (1, "article too large: 101 characters, more than `extract.max_article_chars` (100)")


class Endless(io.RawIOBase):
    """``size`` bytes of one line with no newline, then ``tail``, produced on demand."""

    def __init__(self, size: int, tail: bytes) -> None:
        self.left = size
        self.tail = tail

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self.left:
            n = min(len(buffer), self.left)
            buffer[:n] = b"x" * n
            self.left -= n
            return n
        n = min(len(buffer), len(self.tail))
        buffer[:n] = self.tail[:n]
        self.tail = self.tail[n:]
        return n


def test_skipping_a_long_line_does_not_store_it():
    stream = io.BufferedReader(Endless(20_000_000, b"\nnext\n"))
    tracemalloc.start()
    try:
        lines = list(read_lines(stream, limit=1000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert lines == [20_000_000, b"next"]
    assert peak < 2_000_000


def test_read_lines_splits_across_chunks():
    stream = io.BytesIO(b"ab\ncd\r\n\nlast")
    assert list(read_lines(stream, limit=10, head=b"0", chunk=2)) == [b"0ab", b"cd\r", b"", b"last"]
