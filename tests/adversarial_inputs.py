"""The adversarial corpus as the tests see it: its files, its generators, their texts.

The generators live in ``scripts/make_adversarial.py`` (one source for the committed
files, the generated large ones and the benchmarks); this module loads that script by
path, so the tests and the script can never disagree about what a file contains.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from limits import time_limit

T = TypeVar("T")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "adversarial"
BENCH = ROOT / "bench-data" / "adversarial"
MB = 1 << 20
SECONDS_PER_MB = 2.0
"""The budget: extraction of any input takes at most this long per megabyte…"""
FLOOR_SECONDS = 0.5
"""…plus this allowance for fixed costs (first-call pattern compilation, a slow CI box)."""


def load_generators() -> ModuleType:
    """``scripts/make_adversarial.py`` as a module (its CORPUS, generators and worst case)."""
    name = "make_adversarial"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "make_adversarial.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # attrs needs the module registered to resolve annotations
    spec.loader.exec_module(module)
    return module


def budget(size_bytes: int) -> float:
    """Seconds an input of ``size_bytes`` may take to extract."""
    return SECONDS_PER_MB * size_bytes / MB + FLOOR_SECONDS


def oversubscription() -> float:
    """How many runnable processes share each CPU right now (at least 1).

    A shared CI machine running other jobs stretches wall time; the wait before a call is
    interrupted is scaled by this, so a loaded machine does not cut short a linear path,
    while a quadratic one (10× or 100× over) is still stopped early.
    """
    try:
        load = os.getloadavg()[0]
    except OSError:
        return 1.0
    return max(1.0, load / (os.cpu_count() or 1))


def within_budget(func: Callable[[], T], size_bytes: int, what: str) -> T:
    """``func()``, asserting it costs no more than the budget for ``size_bytes``.

    The budget is checked against the CPU time of this process (:func:`time.process_time`),
    so other jobs on a shared machine do not count against it; wall time
    (:func:`time.perf_counter`) only bounds the wait: the call is interrupted once it has
    run twice its budget (stretched by the machine's load), so a hang or a quadratic path
    fails at once instead of holding up the suite.
    """
    limit = budget(size_bytes)
    patience = 2 * limit * oversubscription() + 0.5
    wall, cpu = time.perf_counter(), time.process_time()
    with time_limit(patience, what):
        result = func()
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    assert cpu <= limit, (
        f"{what}: {cpu:.2f} s of CPU ({wall:.2f} s wall) for {size_bytes / MB:.3f} MB, over the {limit:.2f} s budget"
    )
    return result


def texts_of(name: str, data: bytes) -> list[tuple[str, str]]:
    """The hostile texts a corpus file holds, as ``(label, text)`` pairs.

    The raw file decoded as UTF-8 with invalid bytes kept as lone surrogates
    (``surrogateescape``) and line ends untouched — harsher than any reader would hand
    over — and, for JSONL, each line's ``text`` field as ``json.loads`` gives it (with
    its lone surrogates).
    """
    out = [(f"{name} (raw)", data.decode("utf-8", "surrogateescape"))]
    if name.endswith(".jsonl"):
        for number, line in enumerate(data.splitlines(), 1):
            try:
                record = json.loads(line)
            except (ValueError, RecursionError):
                continue
            if isinstance(record, dict) and isinstance(record.get("text"), str):
                out.append((f"{name}:{number}", record["text"]))
    return out
