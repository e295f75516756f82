"""The readers turn any bytes into articles and input errors, never an exception.

Whatever a file holds — random bytes, generated news text with hostile insertions, JSON
records with odd fields — :func:`quotecheck.readers.load` yields at least one item for
it (for JSONL, exactly one per non-blank line), never raises, and every article it
yields is clean: no lone surrogate, no CR line end, text that is not blank, and an
extraction that keeps its offset promises.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from invariants import check_quote_invariants
from limits import time_limit
from strategies import article_texts

from quotecheck import Article, Settings, extract_quotes

readers = pytest.importorskip("quotecheck.readers", reason="the readers have not landed yet")

EXTENSIONS = (".txt", ".md", ".html", ".jsonl", ".json")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def file_contents(draw: st.DrawFn, extension: str) -> bytes:
    """Bytes a file of this kind might hold: random, generated text, or JSON records."""
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.binary(max_size=400))
    text = draw(article_texts(max_paragraphs=3))
    if kind == 1 or extension not in (".jsonl", ".json"):
        return text.encode("utf-8", "surrogatepass")
    fields = draw(st.dictionaries(st.sampled_from(("id", "title", "outlet", "published", "url", "body")), json_values, max_size=4))
    record = {**fields, "text": text} if kind == 2 else fields
    if extension == ".json":
        return json.dumps(record).encode()
    lines = [json.dumps(record), json.dumps(draw(json_values)), draw(st.text(max_size=30))]
    return "\n".join(lines).encode("utf-8", "surrogatepass")


def _check(items: list, path: Path, content: bytes) -> None:  # type: ignore[type-arg]
    whole_file = [i for i in items if isinstance(i, readers.InputError) and i.line is None]
    if path.suffix == ".jsonl" and not whole_file:
        # One article or one error per non-blank line, nothing more and nothing less.
        body = content.removeprefix(b"\xef\xbb\xbf")
        assert len(items) == sum(1 for line in body.split(b"\n") if line.strip())
    else:
        assert items, f"nothing at all for {path.name}"
    for item in items:
        if isinstance(item, readers.InputError):
            assert item.message
            continue
        assert isinstance(item, Article)
        assert item.text.strip(), "a blank article was yielded instead of an input error"
        assert "\r" not in item.text
        assert not any("\ud800" <= c <= "\udfff" for c in item.text + item.id)
        with time_limit(10, f"extracting {item.id}"):
            check_quote_invariants(item, extract_quotes(item))


@settings(max_examples=max(10, settings.default.max_examples // 2))
@given(data=st.data(), extension=st.sampled_from(EXTENSIONS))
def test_any_file_reads_without_raising(data: st.DataObject, extension: str) -> None:
    content = data.draw(file_contents(extension))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{extension}"
        path.write_bytes(content)
        with time_limit(10, f"reading {path.name}"):
            items = list(readers.load([str(path)], Settings()))
        _check(items, path, content)
