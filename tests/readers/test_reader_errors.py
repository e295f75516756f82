"""InputError: what is wrong, where, and what to do, in one line."""

from __future__ import annotations

import attrs
import pytest

from quotecheck.readers import InputError


def test_str_gives_path_line_column_message_and_hint():
    error = InputError("a.jsonl", 3, 7, "malformed JSON: Expecting value", "fix or remove the line")
    assert str(error) == "a.jsonl:3:7: malformed JSON: Expecting value (fix or remove the line)"


def test_str_leaves_out_what_is_unknown():
    assert str(InputError("a.txt", None, None, "empty article")) == "a.txt: empty article"
    assert str(InputError("a.jsonl", 4, None, "empty article", "add text")) == "a.jsonl:4: empty article (add text)"


def test_errors_are_frozen():
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        InputError("a.txt").line = 2  # type: ignore[misc]
