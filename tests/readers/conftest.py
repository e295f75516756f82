"""Helpers for the readers' tests: write an input into a temporary folder and load it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quotecheck.config import Settings
from quotecheck.readers import InputError, load
from quotecheck.records import Article

Item = Article | InputError


@pytest.fixture
def read(tmp_path: Path) -> Callable[..., list[Item]]:
    """``read(name, content, settings=None)``: write ``content`` (str as UTF-8, or bytes)
    to ``tmp_path/name`` and return everything ``load`` yields for it."""

    def read(name: str, content: str | bytes, settings: Settings | None = None) -> list[Item]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return list(load([str(path)], settings or Settings()))

    return read


@pytest.fixture
def read_one(read: Callable[..., list[Item]]) -> Callable[..., Item]:
    """Like ``read``, for an input that yields exactly one item."""

    def read_one(name: str, content: str | bytes, settings: Settings | None = None) -> Item:
        (item,) = read(name, content, settings)
        return item

    return read_one
