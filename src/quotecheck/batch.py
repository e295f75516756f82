"""The run behind ``extract`` and ``check``: articles in, one Analysis per article out.

Articles stream from the readers into worker processes (:func:`ordered_map`); only the
:class:`~quotecheck.records.Analysis` records come back, so the parent never holds the
texts of a whole batch.  What the parent does keep per article is small: its inline
``ignore`` spans (for :mod:`quotecheck.suppress`) and the path it was read from (so
``--output`` can refuse to overwrite an input).
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Iterable, Iterator

import attrs

from quotecheck.config import Settings
from quotecheck.parallel import ordered_map
from quotecheck.quotes.extract import analyze, extract_quotes
from quotecheck.readers.errors import InputError
from quotecheck.records import Analysis, Article
from quotecheck.suppress import IgnoreSpans


def analyze_item(item: Article | InputError, settings: Settings, quotes_only: bool = False) -> Analysis | InputError:
    """The Analysis of one article (runs in a worker); input errors pass through.

    ``quotes_only`` (for ``extract``) goes through :func:`extract_quotes`, so the command
    prints exactly what the Python API returns (people are not kept).  An article the
    engine fails on becomes an InputError, so one bad article never sinks the batch.
    """
    if not isinstance(item, Article):
        return item
    try:
        if quotes_only:
            quotes = tuple(extract_quotes(item, settings))
            return Analysis(article=item.id, quotes=quotes, published=item.published, outlet=item.outlet)
        return analyze(item, settings)
    except Exception as exc:  # noqa: BLE001 - reported as an input error, the batch goes on
        path = item.origin.path if item.origin else item.id
        return InputError(
            path=path,
            message=f"article {item.id!r} could not be analysed: {type(exc).__name__}: {exc}",
            hint="it was skipped and the rest of the batch was processed; please report this with the file attached",
        )


@attrs.define
class Seen:
    """What the parent remembers of the articles streaming past: little, on purpose."""

    ignores: dict[str, IgnoreSpans] = attrs.Factory(dict)
    """Article id → its inline ignore spans (only articles that have some)."""
    paths: set[str] = attrs.Factory(set)
    """Every path read (articles' and input errors')."""
    in_flight: deque[str] = attrs.Factory(deque)
    """Paths of the items read but not yet analysed, in input order (a bounded window)."""
    files_done: int = 0
    """Files whose analysis has started, counted as results come back (for progress)."""
    _current: str | None = None

    def track(self, items: Iterable[Article | InputError]) -> Iterator[Article | InputError]:
        """Pass ``items`` through, noting each article's ignore spans and source path."""
        for item in items:
            if isinstance(item, Article):
                if item.ignore:
                    self.ignores[item.id] = item.ignore
                path = item.origin.path if item.origin is not None else item.id
            else:
                path = item.path
            self.paths.add(path)
            self.in_flight.append(path)
            yield item

    def analysed(self) -> None:
        """Note that the next item, in input order, has come back from analysis."""
        path = self.in_flight.popleft()
        if path != self._current:
            self._current = path
            self.files_done += 1


def analyze_all(
    items: Iterable[Article | InputError], settings: Settings, *, jobs: int, quotes_only: bool = False
) -> Iterator[Analysis | InputError]:
    """Analyses and input errors in input order, computed by ``jobs`` processes."""
    work = functools.partial(analyze_item, settings=settings, quotes_only=quotes_only)
    return ordered_map(work, items, jobs=jobs)
