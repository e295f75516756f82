"""The finding codes: stable names, default severities and their documentation.

Data only. ``quotecheck explain CODE`` and ``docs/findings.md`` are generated from, or
checked against, this table, so a code's meaning is written down in exactly one place.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class CodeInfo:
    """What a finding code means, when it fires, and how to tune or silence it."""

    code: str
    severity: str
    summary: str
    triggers: str = ""
    example: str = ""
    tuning: str = ""


CODES: dict[str, CodeInfo] = {
    info.code: info
    for info in (
        CodeInfo("speaker-conflict", "error", "The same words are attributed to different people."),
        CodeInfo("wording-changed", "warning", "The same speaker's statement is worded differently."),
        CodeInfo("quote-truncated", "info", "One article quotes only part of a longer statement."),
        CodeInfo("outlet-conflict", "warning", "The same statement is credited to different outlets."),
        CodeInfo("title-conflict", "warning", "One person is given incompatible titles or roles."),
        CodeInfo("context-conflict", "warning", "The same statement is placed at different occasions, audiences or dates."),
    )
}
