"""Hard time limits for tests: a hang becomes a test failure instead of a stuck CI job.

Hypothesis deadlines only report slowness after the fact; an endless loop never
returns to be measured.  :func:`time_limit` interrupts the main thread with
``SIGALRM`` (POSIX only; elsewhere it only measures), so a hang in extraction fails the
example that caused it, and Hypothesis shrinks and reports that example.
"""

from __future__ import annotations

import contextlib
import signal
import time
from collections.abc import Iterator


class Hang(Exception):
    """Raised inside the code under test when its time limit expires."""


@contextlib.contextmanager
def time_limit(seconds: float, what: str = "the call") -> Iterator[None]:
    """Fail with :class:`Hang` if the block runs longer than ``seconds`` of wall time.

    Limits nest: an inner limit never extends an outer one, and the outer one keeps
    counting (and is re-armed with what is left of it) when the inner block ends.
    """
    if not hasattr(signal, "setitimer"):
        yield
        return
    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    limit = min(seconds, outer_left) if outer_left > 0 else seconds

    def expire(signum: int, frame: object) -> None:
        raise Hang(f"{what} ran longer than {limit:.2f} s")

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left > 0:
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - started), 1e-3))
