"""Paths → the ordered list of inputs to read: folders recursed, globs applied, ids chosen.

Only file names are gathered here, never contents, so the list is cheap even for a large
batch; the command line counts it for a progress bar, and :func:`quotecheck.readers.load`
reads it one input at a time.
"""

from __future__ import annotations

import fnmatch
import os
import posixpath
from collections import Counter
from collections.abc import Iterable

import attrs

from quotecheck.config import DEFAULT_SETTINGS, InputSettings, Settings
from quotecheck.readers.decode import EXCLUDE
from quotecheck.readers.errors import InputError

FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
"""File extension → reader format; folder recursion picks only these."""


@attrs.frozen
class Source:
    """One input to read: a file, or standard input.

    ``path`` is what messages and quote locations show; ``id`` is the article id to use
    when the input itself names none (the file stem, or the path when stems collide).
    """

    path: str
    format: str
    id: str
    stdin: bool = False


def format_of(path: str) -> str | None:
    """The reader format for a file name, by its extension (case ignored)."""
    return FORMATS.get(os.path.splitext(path)[1].lower())


def _matches(patterns: tuple[str, ...], path: str, relative: str) -> bool:
    """True when a glob matches the path as given, the path inside its folder, or the name."""
    names = (path, relative, posixpath.basename(path))
    return any(fnmatch.fnmatch(name, pattern) for pattern in patterns for name in names)


def _walk(root: str, rules: InputSettings) -> list[Source | InputError]:
    """The known-format files below ``root`` (hidden entries skipped), in path order."""
    found: list[Source | InputError] = []

    def unreadable(exc: OSError) -> None:
        found.append(InputError(_display(exc.filename or root), message=f"cannot list folder: {exc.strerror or exc}",
                                hint=f"make it readable, or {EXCLUDE}"))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            fmt = format_of(name)
            if fmt is None or name.startswith("."):
                continue
            path = _display(os.path.join(folder, name))
            relative = _display(os.path.relpath(os.path.join(folder, name), root))
            if rules.include and not _matches(rules.include, path, relative):
                continue
            if _matches(rules.exclude, path, relative):
                continue
            found.append(Source(path, fmt, _stem(path)))
    found.sort(key=lambda item: item.path)
    return found


def _display(path: str) -> str:
    """A path as shown to the user: normalised, with forward slashes."""
    return os.path.normpath(path).replace(os.sep, "/")


def _stem(path: str) -> str:
    return os.path.splitext(posixpath.basename(path))[0]


def discover(paths: Iterable[str], settings: Settings = DEFAULT_SETTINGS, *,
             stdin_name: str = "<stdin>") -> list[Source | InputError]:
    """Every input ``paths`` names, in order, and an error for each one that cannot be read.

    ``-`` is standard input, read as the format of ``stdin_name``'s extension (plain text
    when it has none).  Folders are recursed in path order, keeping files of a known
    format that ``input.include`` admits (all when empty) and ``input.exclude`` does not;
    a file named outright is read whatever ``input.include`` says, but ``input.exclude``
    still skips it.  A file named twice is read once.  Where two inputs share a stem,
    both take their path as article id, so ids do not depend on which comes first.
    """
    rules = settings.input
    items: list[Source | InputError] = []
    seen: set[str] = set()
    for given in paths:
        if given == "-":
            items.append(Source(stdin_name, format_of(stdin_name) or "txt", _stem(stdin_name), stdin=True))
            continue
        if os.path.isdir(given):
            found = _walk(given, rules)
        elif os.path.lexists(given):
            path = _display(given)
            fmt = format_of(path)
            if fmt is None:
                found = [InputError(path, message=f"unknown file type {os.path.splitext(path)[1] or '(no extension)'}",
                                    hint="name it .txt, .md, .html, .jsonl or .json after its format")]
            elif _matches(rules.exclude, path, path):
                found = []
            else:
                found = [Source(path, fmt, _stem(path))]
        else:
            found = [InputError(_display(given), message="no such file or folder",
                                hint="check the path; use `-` to read standard input")]
        for item in found:
            if isinstance(item, Source):
                if item.path in seen:
                    continue
                seen.add(item.path)
            items.append(item)
    stems = Counter(item.id for item in items if isinstance(item, Source))
    return [attrs.evolve(item, id=item.path) if isinstance(item, Source) and stems[item.id] > 1 else item
            for item in items]
