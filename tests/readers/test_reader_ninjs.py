"""The ninjs reader: IPTC 1.x flat and 2.x/3.x role-tagged objects, and arrays of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.readers import InputError, load
from quotecheck.records import Article, Location

NINJS = Path(__file__).resolve().parents[2] / "fixtures" / "ninjs"
PARAGRAPHS = [
    "GROSSETO, Italy (AP) -- The trial of the captain of the shipwrecked Costa Concordia cruise liner has begun",
    "The sole defendant, Francesco Schettino,",
    "His lawyer, Domenico Pepe, told reporters that, as expected,",
    "Pepe said some 1,000 witnesses are expected to eventually testify.",
]


@pytest.mark.parametrize("name, body", [
    ("ninjs-1.6-005_complex_text_article.json", "body_richtext"),
    ("ninjs-2.2-005_complex_text_article.json", "bodies[1]"),
    ("ninjs-3.1-005_complex_text_article.json", "bodies[1]"),
])
def test_official_examples_read_their_html_body(name, body):
    (article,) = load([str(NINJS / name)])
    assert isinstance(article, Article)
    assert article.id == "http://ninjs.example.com/newsitems/20130709med123"
    assert article.title == "Captain of wrecked cruise ship on trial in Italy"
    assert article.published == "2013-07-09"
    paragraphs = article.text.split("\n")
    assert [p[:len(start)] for p, start in zip(paragraphs, PARAGRAPHS)] == PARAGRAPHS
    assert len(paragraphs) == 4 and paragraphs[-1].endswith("Schettino has denied wrongdoing.")
    where = article.origin.locate(article.text, article.text.index("told reporters"))
    assert where.element == f"{body}/p[3]"
    source_line = (NINJS / name).read_text().split("\n")[where.line - 1]
    assert source_line[where.column - 1:].startswith("<p>GROSSETO")


def test_all_versions_give_the_same_text():
    articles = list(load(sorted(str(p) for p in NINJS.glob("*.json"))))
    assert len(articles) == 6 and all(isinstance(a, Article) for a in articles)
    # the simple 1.6 example has a double space in its HTML body; a browser collapses it
    assert len({a.text for a in articles}) == 1


def test_a_plain_text_body_is_read_when_there_is_no_html(read_one, tmp_path):
    item = {"uri": "u1", "headline": "H", "body_text": "Line one.\n\nLine two.", "versioncreated": "2020-02-03T00:00:00Z",
            "copyrightholder": "The Agency"}
    article = read_one("one.json", json.dumps(item, indent=1))
    assert (article.id, article.title, article.text, article.published, article.outlet) == (
        "u1", "H", "Line one.\n\nLine two.", "2020-02-03", "The Agency")
    assert article.origin.locate(article.text, 0) == Location(str(tmp_path / "one.json"), 4, 16, "body_text")


def test_an_array_gives_each_object_its_line_and_a_default_id(read, tmp_path):
    items = [
        {"bodies": [{"role": "main", "contentType": "text/plain", "value": "First."}],
         "infosources": [{"name": "AP", "role": "source"}]},
        {"headlines": [{"role": "sub", "value": "Sub"}, {"role": "main", "value": "Main"}],
         "bodies": [{"role": "main", "contenttype": "text/plain", "value": "Second."}]},
    ]
    first, second = read("batch.json", "[\n" + ",\n".join(json.dumps(i) for i in items) + "\n]\n")
    assert (first.id, first.text, first.outlet, first.origin.line) == ("batch:2", "First.", "AP", 2)
    assert (second.id, second.title, second.origin.line) == ("batch:3", "Main", 3)


def test_bad_objects_are_errors_and_the_good_ones_still_load(read, tmp_path):
    path = str(tmp_path / "mixed.json")
    good, not_object, no_body, broken = read("mixed.json", '[{"body_text": "Good."},\n 42,\n {"headline": "H"},\n {"body_text": "x" oops}]')
    assert isinstance(good, Article) and good.text == "Good."
    assert not_object == InputError(path, 2, 2, "a JSON number, not a ninjs object",
                                    "fix the JSON; a .json file holds one ninjs object or an array of them")
    assert (no_body.line, no_body.message) == (3, "no body: expected `body_text`, `body_html` or `bodies` with a value")
    assert (broken.line, broken.column) == (4, 20) and broken.message.startswith("malformed JSON")


@pytest.mark.parametrize("content, message", [
    ("", "empty article"),
    ("  \n", "empty article"),
    ("[]", "no articles: the JSON array is empty"),
])
def test_documents_with_no_usable_object(read_one, content, message):
    assert read_one("bad.json", content).message == message


def test_text_after_the_object_is_reported_after_its_article(read):
    article, error = read("two.json", '{"body_text": "a"}\n{"x": 1}')
    assert article.text == "a"
    assert (error.line, error.column, error.message) == (2, 1, "unexpected text after the JSON value")


def test_an_html_body_keeps_its_suppression_markers(read):
    item = {"body_html": "<p>One.</p><!-- quotecheck: ignore bogus-code --><p>Two \"q\".</p>"}
    error, article = read("s.json", json.dumps(item))
    assert (error.line, error.column) == (1, 16)
    assert error.message == "unknown finding code `bogus-code` in a quotecheck: ignore comment"
    assert article.text == 'One.\nTwo "q".'
    assert [(span.start, span.end, codes) for span, codes in article.ignore] == [(5, 13, ("bogus-code",))]
