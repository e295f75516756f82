"""The record a reader yields instead of an article when an input cannot be read.

Readers never raise on bad input: they yield an :class:`InputError` that says where the
problem is, what it is and what to do about it, and go on with the rest of the batch.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class InputError:
    """One input that could not be read as an article, in plain words.

    ``line`` and ``column`` are 1-based and ``None`` when the problem is the whole file.
    ``message`` says what is wrong; ``hint`` says what to do next.
    """

    path: str
    line: int | None = None
    column: int | None = None
    message: str = "cannot be read"
    hint: str = ""

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text
