"""Write a file all at once or not at all.

Reports (``--output``) and baselines (``--write-baseline``) are files that CI jobs and
people read afterwards; a run that is interrupted half-way (Ctrl-C, a killed job, an
exception in a report writer) must leave the previous file intact rather than a truncated
one.  So the new content goes to a temporary file in the same directory (same file
system, so the rename is atomic) and replaces the target with :func:`os.replace` only
after it has been written completely and flushed to disk.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from typing import TextIO


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """Yield a text stream whose content replaces ``path`` when the block ends cleanly.

    If the block raises, the temporary file is removed and ``path`` is untouched.  A
    process killed outright (SIGKILL) may leave a ``.NAME.*.tmp`` file beside ``path``;
    ``path`` itself is still the old, complete file.  Newlines are written as ``\\n``.
    """
    target = os.fspath(path)
    directory, name = os.path.split(os.path.abspath(target))
    temp = os.path.join(directory, f".{name}.{secrets.token_hex(6)}.tmp")
    # os.open with mode 0o666 lets the umask decide the permissions, as open() would.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
