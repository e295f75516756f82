"""The code registry → the per-code reference at the end of ``docs/findings.md``.

The meaning of a code is written once, in :mod:`.codes`; the doc's reference part is
rendered from it (``python -m quotecheck.findings.doc docs/findings.md`` rewrites it in
place) and a test fails when the two drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

from quotecheck.findings.codes import CODES, CodeInfo

MARKER = "<!-- Generated from src/quotecheck/findings/codes.py by `python -m quotecheck.findings.doc docs/findings.md`; edit the registry, not this part. -->"


def section(info: CodeInfo) -> str:
    """One code's section: default severity, what triggers it, an example, how to tune it."""
    return (
        f"## `{info.code}`\n\n"
        f"{info.summary} Default severity: `{info.severity}`.\n\n"
        f"**Triggers.** {info.triggers}\n\n"
        f"**Example.** {info.example}\n\n"
        f"**Tune or silence.** {info.tuning} To silence it: `disable = [\"{info.code}\"]` under "
        f"`[tool.quotecheck.checks]` (or `--ignore {info.code}`); to change its level: "
        f"`severity = {{{info.code} = \"info\"}}`; for one place, an inline marker "
        f"`<!-- quotecheck: ignore {info.code} -->`; for findings already reviewed, a baseline.\n"
    )


def reference() -> str:
    """The generated part of the doc: the marker line, then every code in registry order."""
    return MARKER + "\n\n" + "\n".join(section(info) for info in CODES.values())


def rewrite(path: Path) -> None:
    """Replace everything after the marker in ``path`` with :func:`reference`."""
    text = path.read_text(encoding="utf-8")
    head = text.split(MARKER, 1)[0] if MARKER in text else text.rstrip() + "\n\n"
    path.write_text(head + reference(), encoding="utf-8")


if __name__ == "__main__":
    rewrite(Path(sys.argv[1]))
