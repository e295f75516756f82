"""Extraction stays linear in the input size, on the worst inputs we know of.

- the ~1 MB worst case built from the adversarial corpus extracts within 2 s per MB;
- inputs that once hit (or still hit) super-linear paths stay within their budget;
- 10 MB of one quote mark extracts without running out of memory;
- every compiled pattern at module level in ``quotecheck`` scans hostile inputs in
  linear time: each is timed on runs of the characters it mentions, and the slowest
  inputs again at 8× the length — a linear scan takes about 8× as long, a quadratic
  one 64×; and an anchored ``match(text, pos)`` costs what its match needs, not the
  length of the text.  New patterns are audited automatically as they land.

Known super-linear cases in modules owned by others are marked ``xfail(strict=True)``
with the place to fix, so the suite stays green and turns red the day they are fixed
(remove the mark then).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import signal
import time
from collections.abc import Callable, Iterator

import pytest
import regex
from adversarial_inputs import MB, load_generators, within_budget
from limits import time_limit

import quotecheck
from quotecheck import extract_quotes

GEN = load_generators()


SUPERLINEAR_INPUTS: dict[str, str] = {}
"""Input name → why it is super-linear today, naming the owner's module (xfail, strict)."""

SLOW_BUT_LINEAR: dict[str, str] = {
    "quotes in one sentence": "~3.6 s/MB (CPU) for 40,000 quotations in one sentence (`\"a\": ` repeated): "
    "quotes/attribution.py, per quotation",
}
"""Inputs over the 2 s/MB budget by a constant factor: for these the test checks linear
growth instead (a budget test a few percent over its line would fail at random)."""
_GROWTH = 4
_MAX_GROWTH_RATIO = 7.0
"""t(4n)/t(n): about 4 when linear, 16 when quadratic."""


def _param(name: str, text: str):  # type: ignore[no-untyped-def]
    marks = [pytest.mark.xfail(strict=True, reason=SUPERLINEAR_INPUTS[name])] if name in SUPERLINEAR_INPUTS else []
    return pytest.param(name, text, id=name, marks=marks)


def test_worst_case_megabyte_extracts_within_two_seconds_per_mb() -> None:
    text = GEN.worst_case(MB)
    extract_quotes('"Warm up," Putin said.')
    within_budget(lambda: extract_quotes(text), len(text.encode("utf-8")), "extracting the 1 MB worst case")


PATHOLOGICAL: dict[str, str] = {
    "double quotes": '"' * 200_000,
    "apostrophes": "'" * 200_000,
    "curly openers": "“" * 200_000,
    "opener per paragraph": "“a\n" * 70_000,
    "open then blank lines": "“" + "\n" * 200_000,
    "spaces then marks": " " * 100_000 + '"' * 100_000,
    "one long word": "a" * 200_000,
    "one long capitalised word": "A" * 200_000,
    "capitalised words": "Aa " * 70_000,
    "said runs": "Putin said " * 20_000,
    "name runs": "Vladimir Putin " * 14_000,
    "initials": "A. " * 70_000,
    "commas": "," * 200_000,
    "dashes": "—" * 200_000,
    "nested openers": "“‘" * 100_000,
    "quote said runs": '"a," Putin said. ' * 6_000,
    "no closing mark in a long paragraph": "“" + "word " * 40_000,
    "dots": "." * 200_000 + " Xx",
    "bangs and closers": "!" * 60_000 + "”" * 60_000 + " x",
    "quotes in one sentence": '"a": ' * 40_000,
    "unattributed quotes then closing brackets": '{"a":' * 12_000 + "1" + "}" * 12_000,
    "pronouns and names": "Vladimir Putin met Donald Trump. He said “yes.” " * 4_000,
}
"""About 200 KB each, stressing one path each; each must stay inside its budget."""


@pytest.mark.parametrize("name,text", [_param(name, text) for name, text in PATHOLOGICAL.items()])
def test_pathological_input_extracts_within_budget(name: str, text: str) -> None:
    extract_quotes('"Warm up," Putin said.')
    if name not in SLOW_BUT_LINEAR:
        within_budget(lambda: extract_quotes(text), len(text.encode("utf-8")), f"extracting {name}")
        return
    # Over budget by a constant factor (see SLOW_BUT_LINEAR): it must at least grow linearly.
    times = []
    for sample in (text[: len(text) // (2 * _GROWTH)], text[: len(text) // 2]):
        start = time.process_time()
        with time_limit(30, f"extracting {name}"):
            extract_quotes(sample)
        times.append(time.process_time() - start)
    ratio = times[1] / max(times[0], 1e-3)
    assert ratio < _MAX_GROWTH_RATIO, f"{name}: x{ratio:.1f} the time for x{_GROWTH} the input ({times})"


def test_cross_check_of_a_title_full_of_spaces_within_budget() -> None:
    """A title written with a huge gap costs cross-checking no more than its bytes are worth."""
    crosscheck = pytest.importorskip("quotecheck.findings.crosscheck")
    from quotecheck import Article

    said = 'President Vladimir Putin said "we are ready to talk about the plan now."'
    batch = [
        Article(id="a", text="Former" + " " * 6_000 + said, published="2025-11-27"),
        Article(id="b", text=said, published="2025-11-27"),
    ]
    size = sum(len(a.text.encode("utf-8")) for a in batch)
    crosscheck.cross_check(batch[1:])  # warm up: the first call compiles every pattern
    within_budget(lambda: crosscheck.cross_check(batch), size, "cross-checking a title full of spaces")


def _distinct_names(n: int) -> str:
    """``n`` different people ("John Xaaaa met John Xaaab met …"), each named once."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = (f"John X{a}{b}{c}{d}" for a in letters for b in letters for c in letters for d in letters)
    return " met ".join(next(names) for _ in range(n)) + "."


def test_many_distinct_names_grow_linearly() -> None:
    """Each new full name is checked against those already seen in constant time (it once
    scanned a list of them: 600 KB of distinct names took 7 s)."""
    extract_quotes('"Warm up," Putin said.')
    times = []
    for n in (4_000, 4_000 * _GROWTH):
        text = _distinct_names(n)
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            with time_limit(30, "extracting distinct names"):
                extract_quotes(text)
            best = min(best, time.process_time() - start)
        times.append(best)
    ratio = times[1] / max(times[0], 1e-3)
    assert ratio < _MAX_GROWTH_RATIO, f"x{ratio:.1f} the time for x{_GROWTH} the names ({times})"


def test_ten_megabytes_of_one_mark_extract_without_running_out_of_memory() -> None:
    text = '"' * (10 * MB)
    within_budget(lambda: extract_quotes(text), len(text), 'extracting 10 MB of "')


# --- every module-level pattern -----------------------------------------------------

_PATTERN_TYPES = (re.Pattern, type(regex.compile("")))
_SHORT = 4_000
_LONG = 32_000
_SLOW_RATIO = 24.0
"""t(8n)/t(n): about 8 for a linear scan, about 64 for a quadratic one."""
_MIN_SECONDS = 0.05
"""Below this at the long length, a pattern is fast whatever its ratio."""
_AUDIT_SECONDS = 10.0
"""A pattern whose whole audit (a few MB of scanning) takes longer than this hangs."""
_KNOWN_AUDIT_SECONDS = 1.5
"""The same for patterns already known to be super-linear: fail them fast."""


def _modules() -> Iterator[object]:
    for info in pkgutil.walk_packages(quotecheck.__path__, "quotecheck."):
        try:
            yield importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 - a module mid-rewrite is audited once it imports
            continue


def _patterns() -> list[tuple[str, object]]:
    found: dict[str, object] = {}
    for module in _modules():
        for name, value in vars(module).items():
            if isinstance(value, _PATTERN_TYPES):
                found.setdefault(f"{module.__name__}.{name}", value)
    return sorted(found.items())


_STRUCTURE = set("()[]{}|?*+^$\\")


def _alphabet(pattern: object) -> list[str]:
    """The characters a pattern names, plus the usual suspects (spaces, marks, letters)."""
    source = pattern.pattern  # type: ignore[attr-defined]
    if isinstance(source, bytes):
        source = source.decode("latin-1")
    chars = {c for c in source if c not in _STRUCTURE}
    chars |= set(" \t\n.,!?\"'“”‘’«»-—Aa1")
    return sorted(chars)


def _inputs(chars: list[str], n: int) -> Iterator[str]:
    for c in chars:
        yield c * n
        yield (c + " ") * (n // 2)
        yield ("A" + c) * (n // 2)
        yield (c + "a") * (n // 2)
    cycle = "".join(chars)
    yield (cycle * (n // len(cycle) + 1))[:n]
    yield ("Aa" * 10 + " ") * (n // 21)


def _scan_time(pattern: object, text: str) -> float:
    """CPU seconds (of this process only, so other jobs on the machine do not count) to scan ``text``."""
    start = time.process_time()
    for _ in pattern.finditer(text):  # type: ignore[attr-defined]
        pass
    return time.process_time() - start


def _audit(pattern: object) -> str | None:
    """Why ``pattern`` is super-linear on its hostile inputs, or None when it scans linearly."""
    shorts = [(t, _scan_time(pattern, t)) for t in _inputs(_alphabet(pattern), _SHORT)]
    for short_text, short_time in sorted(shorts, key=lambda pair: pair[1], reverse=True)[:3]:
        long_text = short_text * (_LONG // _SHORT)
        long_time = min(_scan_time(pattern, long_text) for _ in range(2))
        short_time = min(short_time, *(_scan_time(pattern, short_text) for _ in range(3)))
        ratio = long_time / max(short_time, 1e-6)
        if long_time >= _MIN_SECONDS and ratio >= _SLOW_RATIO:
            return (
                f"{long_time:.3f} s at {_LONG} chars vs {short_time:.4f} s at {_SHORT} "
                f"(x{ratio:.0f} for x8 the input) on {short_text[:20]!r}..."
            )
    return None


def _in_child(func: Callable[[], str | None], seconds: float) -> str | None:
    """``func()`` run in a forked child, killed after ``seconds``.

    The standard library's ``re`` never checks for signals while it matches, so a
    catastrophically backtracking pattern cannot be interrupted in this process; a child
    can always be killed.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report and leave without running any cleanup of the parent's
        os.close(read_end)
        try:
            outcome = func()
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            outcome = f"raised {exc!r}"
        os.write(write_end, (outcome or "").encode("utf-8", "backslashreplace"))
        os._exit(0)
    os.close(write_end)
    deadline = time.monotonic() + seconds
    try:
        while os.waitpid(pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return f"still scanning after {seconds:.0f} s (catastrophic backtracking)"
            time.sleep(0.005)
        with os.fdopen(read_end, "rb") as pipe:
            read_end = -1
            return pipe.read().decode("utf-8") or None
    finally:
        if read_end != -1:
            os.close(read_end)


_SHORT_TEXT = "x " * 500
_LONG_TEXT = "x " * 500_000
"""Texts without the literals patterns look for: a pattern that searches ahead for one
scans all of the long text before it can fail."""


def _match_cost(pattern: object, text: str) -> tuple[float, int]:
    """CPU seconds per anchored ``match(text, pos)`` near the start, and the longest match."""
    longest = 0
    start = time.process_time()
    for pos in range(10, 110):
        found = pattern.match(text, pos)  # type: ignore[attr-defined]
        longest = max(longest, found.end() - pos if found else 0)
    return (time.process_time() - start) / 100, longest


def _scans_ahead(pattern: object) -> str | None:
    short, _ = _match_cost(pattern, _SHORT_TEXT)
    long, longest = _match_cost(pattern, _LONG_TEXT)
    if longest > 1_000:
        return None  # it really matches that far: the cost is the match's own
    if long > 20e-6 and long > 20 * max(short, 1e-7):
        return f"{short * 1e6:.1f} µs per match on 1 KB, {long * 1e6:.0f} µs on 1 MB (matches of at most {longest} chars)"
    return None


ANCHORED_SCANS_AHEAD: dict[str, str] = {}
"""Patterns that scan past their match position where they are used with ``match(text, pos)``."""
SAFE_ANCHORED: dict[str, str] = {
    "quotecheck.quotes.extract._ON_PLATFORM": "matched with an end position 40 characters on (`match(text, e, e + 40)`)",
    "quotecheck.quotes.channels._PLATFORM_CUE": "only `search`ed within one masked sentence (`search(masked, 0, m.end())`)",
    "quotecheck.quotes.channels._TRAILING_THE": "a reverse pattern, only applied to the short text before an outlet",
    "quotecheck.quotes.kinds._BYLINE_AFTER": "matched with an end position 120 characters on (`match(text, end, end + _REACH)`)",
    "quotecheck.quotes.kinds._VOICE_OF": "a reverse pattern, only searched in the 20 characters before a quote mark",
}
"""Patterns that scan ahead under an unbounded ``match`` but are only used on bounded text."""


def _anchored_marks(name: str) -> list:  # type: ignore[type-arg]
    if name in ANCHORED_SCANS_AHEAD:
        return [pytest.mark.xfail(strict=True, reason=ANCHORED_SCANS_AHEAD[name])]
    if name in SAFE_ANCHORED:
        return [pytest.mark.skip(reason=f"bounded in use: {SAFE_ANCHORED[name]}")]
    return []


@pytest.mark.parametrize(
    "name,pattern", [pytest.param(name, pattern, id=name, marks=_anchored_marks(name)) for name, pattern in _patterns()]
)
def test_module_pattern_match_does_not_scan_to_the_end(name: str, pattern: object) -> None:
    """``pattern.match(text, pos)`` costs what the match needs, not the length of ``text``.

    The ``regex`` module looks for a pattern's required literal before matching, and
    ``match(text, pos)`` without an end position lets it look through the whole rest of
    the text; called once per quote or cue, that is quadratic in the article.
    """
    problem = _scans_ahead(pattern)
    assert problem is None, f"{name} reads ahead of its match: {problem}"


KNOWN_SUPERLINEAR_PATTERNS: dict[str, str] = {}
"""Patterns super-linear where they are used (split/sub/finditer over whole strings)."""

SAFE_IN_USE: dict[str, str] = {
    "quotecheck.quotes.outlets._NAME_AFTER": "quadratic under finditer over whitespace, but only `match`ed right "
    "after each outlet alias, each followed by its own whitespace run: linear in use",
    "quotecheck.quotes.people._ROLE_BEFORE": "quadratic under finditer, but only ever matched backwards in an "
    "80-char window before a name (`match(text, role_start - 80, role_start)`)",
    "quotecheck.quotes.people._LAST_WORD": "quadratic under finditer, but only ever matched backwards in a 20-char "
    "window (`match(text, pos - 20, pos)`)",
    "quotecheck.spans.segment._ATTRIBUTION_AHEAD": "quadratic under finditer over whitespace, but only `match`ed "
    "at sentence boundaries, each followed by its own whitespace run: linear in use",
}
"""Patterns super-linear under finditer but applied only to bounded windows (audited by hand)."""


def _marks(name: str) -> list:  # type: ignore[type-arg]
    if name in KNOWN_SUPERLINEAR_PATTERNS:
        return [pytest.mark.xfail(strict=True, reason=KNOWN_SUPERLINEAR_PATTERNS[name])]
    if name in SAFE_IN_USE:
        return [pytest.mark.skip(reason=f"bounded in use: {SAFE_IN_USE[name]}")]
    return []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the audit isolates each pattern in a forked child")
@pytest.mark.parametrize(
    "name,pattern", [pytest.param(name, pattern, id=name, marks=_marks(name)) for name, pattern in _patterns()]
)
def test_module_pattern_scans_in_linear_time(name: str, pattern: object) -> None:
    seconds = _KNOWN_AUDIT_SECONDS if name in KNOWN_SUPERLINEAR_PATTERNS else _AUDIT_SECONDS
    problem = _in_child(lambda: _audit(pattern), seconds)
    assert problem is None, f"{name} is super-linear: {problem}"
