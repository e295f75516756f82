"""Run a function over a stream in worker processes, keeping the input order.

``ordered_map(func, items, jobs=N)`` is ``map(func, items)`` spread over ``N``
processes: items go out in chunks, results come back in input order (so ``--jobs 2``
prints exactly what ``--jobs 1`` prints), and at most ``2 * jobs`` chunks are in flight,
so a long stream is never read into memory all at once — unlike
``ProcessPoolExecutor.map`` (which submits everything up front on Python 3.11).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def _apply(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [func(item) for item in chunk]


def _chunks(items: Iterator[T], size: int) -> Iterator[list[T]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _drain(buffer: list[T]) -> Iterator[T]:
    """Yield and forget the buffered items, so no reference outlives its use."""
    while buffer:
        yield buffer.pop(0)


def ordered_map(func: Callable[[T], R], items: Iterable[T], *, jobs: int, chunksize: int = 8) -> Iterator[R]:
    """``func(item)`` for each item, in input order, computed by ``jobs`` processes.

    ``func`` must be picklable (a module-level function or a ``functools.partial`` of
    one).  With ``jobs <= 1``, or when the whole stream fits in one chunk (not worth
    starting processes for), everything runs in this process.
    """
    if jobs <= 1:
        yield from map(func, items)
        return
    chunks = _chunks(iter(items), chunksize)
    head = list(itertools.islice(chunks, 2))
    if len(head) < 2:
        yield from map(func, itertools.chain.from_iterable(head))
        return
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        pending: deque[Future[list[R]]] = deque()
        for chunk in itertools.chain(_drain(head), chunks):
            pending.append(pool.submit(_apply, func, chunk))
            del chunk  # the parent keeps no reference to submitted items
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
