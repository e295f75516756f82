"""A progress bar on stderr, shown only where a person is watching.

It draws only when the stream is a terminal (so CI logs stay clean), not with
``--quiet``, and only for batches of more than a few files (a two-file run should not
flicker).  Messages printed meanwhile (input errors) clear the bar first.
"""

from __future__ import annotations

import time
from typing import TextIO

SHOW_ABOVE = 5
"""Batches of at most this many files get no progress bar."""
INTERVAL = 0.1
"""Seconds between redraws."""
WIDTH = 24


class Progress:
    """``update()`` after each article, ``note()`` for a message, ``close()`` at the end."""

    def __init__(self, stream: TextIO, *, total: int) -> None:
        self.stream = stream
        self.total = total
        self.enabled = total > SHOW_ABOVE and stream.isatty()
        self.drawn = 0
        self.last = 0.0

    def update(self, files: int, articles: int, errors: int) -> None:
        """Redraw (at most every INTERVAL seconds): files done of the total, counts so far."""
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < INTERVAL:
            return
        self.last = now
        filled = WIDTH * min(files, self.total) // self.total
        line = f"[{'#' * filled}{'.' * (WIDTH - filled)}] {files}/{self.total} files, {articles} articles, {errors} input errors"
        self.stream.write("\r" + line.ljust(self.drawn))
        self.stream.flush()
        self.drawn = len(line)

    def note(self, message: str) -> None:
        """Print ``message`` on its own line (the bar redraws on the next update)."""
        self.close()
        self.stream.write(message + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar, if one was drawn."""
        if self.drawn:
            self.stream.write("\r" + " " * self.drawn + "\r")
            self.stream.flush()
            self.drawn = 0
            self.last = 0.0
