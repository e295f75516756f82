"""The plain-text reader: headlines, verbatim text, offsets back to the file, bad bytes."""

from __future__ import annotations

from pathlib import Path

from quotecheck.config import Settings
from quotecheck.readers import InputError
from quotecheck.records import Article, Location, Origin

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_headline_becomes_the_title_and_offsets_map_to_file_lines(read_one, tmp_path):
    content = 'Peace talks resume in Geneva\n\n\nPutin said "the plan could work."\nTrump said "maybe."\n'
    article = read_one("talks.txt", content)
    assert article == Article(
        id="talks",
        text='Putin said "the plan could work."\nTrump said "maybe."',
        title="Peace talks resume in Geneva",
        origin=Origin(str(tmp_path / "talks.txt"), line=4, column=1),
    )
    offset = article.text.index("maybe")
    assert article.origin.locate(article.text, offset) == Location(str(tmp_path / "talks.txt"), 5, 13)
    file_line = content.split("\n")[4]
    assert file_line[13 - 1:].startswith("maybe")


def test_first_line_is_text_when_it_ends_a_sentence_or_no_blank_line_follows(read_one):
    assert read_one("a.txt", "Putin spoke on Tuesday.\n\nHe said more.").title is None
    assert read_one("b.txt", 'He said "yes"\nand left.').title is None
    assert read_one("c.txt", ("Long " * 41).strip() + "\n\nBody.").title is None  # 204 chars
    assert read_one("d.txt", 'Putin: "Plan could work"\n\nBody.').title == 'Putin: "Plan could work"'
    assert read_one("e.txt", 'Was it "over?"\n\nBody.').title is None  # closing mark after `?`


def test_a_headline_with_nothing_after_it_is_the_text(read_one):
    article = read_one("only.txt", "Just a headline\n\n")
    assert (article.title, article.text) == (None, "Just a headline")


def test_seed_articles_are_read_whole_with_the_stem_as_id():
    from quotecheck.readers import load

    for seed in sorted(SEEDS.glob("*.txt")):
        (article,) = load([str(seed)])
        assert article.id == seed.stem
        assert article.title is None
        assert article.text == seed.read_text(encoding="utf-8").rstrip()
        assert article.origin == Origin(str(seed), line=1, column=1)


def test_leading_blank_lines_are_skipped_and_counted(read_one):
    article = read_one("lead.txt", "\n  \n\nPutin said it.\n")
    assert article.text == "Putin said it."
    assert article.origin.line == 4


def test_crlf_and_bom_read_like_plain_utf8(read_one):
    plain = read_one("plain.txt", "First line\nSecond “line”\n")
    crlf = read_one("crlf.txt", b"\xef\xbb\xbfFirst line\r\nSecond \xe2\x80\x9cline\xe2\x80\x9d\r\n")
    assert crlf.text == plain.text == "First line\nSecond “line”"
    assert crlf.origin.locate(crlf.text, crlf.text.index("line”")) == Location(crlf.origin.path, 2, 9)


def test_latin1_file_is_an_error_naming_line_column_and_offset(read_one, tmp_path):
    error = read_one("latin.txt", "First line\nCaf\xe9 Putin said.\n".encode("latin-1"))
    assert error == InputError(
        str(tmp_path / "latin.txt"), 2, 4,
        message="not UTF-8: byte 0xE9 at byte offset 14 cannot be decoded",
        hint="convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8 FILE > FILE.utf8`",
    )


def test_bad_byte_offset_counts_the_byte_order_mark(read_one):
    error = read_one("bom.txt", b"\xef\xbb\xbfab\xff")
    assert (error.line, error.column) == (1, 3)
    assert "byte offset 5" in error.message


def test_binary_utf16_empty_and_invisible_files_are_errors(read_one):
    assert read_one("bin.txt", b"PK\x03\x04\x00\x00 zip").message == "binary file, not an article"
    assert "UTF-16" in read_one("u16.txt", "Putin said".encode("utf-16")).message
    assert read_one("empty.txt", b"").message == "empty article"
    assert read_one("blank.txt", " \n\t\n\u200b\u00a0\n").message == "empty article"


def test_article_longer_than_the_setting_is_refused_with_the_setting_named(read_one):
    settings = Settings().replace(extract={"max_article_chars": 10})
    error = read_one("long.txt", "x" * 11, settings)
    assert error.message == "article too large: 11 characters, more than `extract.max_article_chars` (10)"
    assert "raise `max-article-chars` under [tool.quotecheck.extract]" in error.hint
    assert "`extract.max_article_chars` in Python" in error.hint
    assert isinstance(read_one("fits.txt", "x" * 10, settings), Article)


def test_file_larger_than_the_byte_bound_is_refused_unread(read_one):
    settings = Settings().replace(extract={"max_article_chars": 10})
    error = read_one("huge.txt", "x" * 41, settings)
    assert error.message.startswith("file is larger than 40 bytes")
