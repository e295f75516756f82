"""The one immutable settings object, shared by the Python API and the command line.

``Settings()`` holds the documented defaults; ``settings.replace(...)`` (or
``attrs.evolve``) derives a changed copy.  Nothing in quotecheck reads global mutable
state: every stage takes the settings it needs as an argument.  Reading settings from
``pyproject.toml`` / ``quotecheck.toml`` lives in :mod:`quotecheck.configfile`.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value)


def _outlet_table(value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Accept ``{"Canonical": ["alias", ...]}`` or pairs; store as sorted pairs."""
    items = value.items() if isinstance(value, dict) else value
    return tuple(sorted((str(k), tuple(str(a) for a in v)) for k, v in items))


def _severity_table(value: Any) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, dict) else value
    table = tuple(sorted((str(k), str(v)) for k, v in items))
    for code, sev in table:
        if sev not in SEVERITIES:
            raise ValueError(f"severity for {code!r} must be one of {', '.join(SEVERITIES)}, not {sev!r}")
    return table


@attrs.frozen
class ExtractSettings:
    """How quotes are found and attributed."""

    cue_verbs: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Extra speech verbs (base form, e.g. "opine") on top of the built-in lexicon."""
    outlets: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(default=(), converter=_outlet_table)
    """Extra outlets: canonical name → aliases, added to (or extending) the built-in table."""
    include_scare: bool = False
    """Return scare quotes (titles, nicknames, so-called terms) from ``extract_quotes``."""
    include_indirect: bool = True
    """Return reported speech without quote marks (``kind="indirect"``)."""
    max_article_chars: int = 50_000_000
    """Articles longer than this are refused with an error naming them."""


@attrs.frozen
class MatchSettings:
    """How the same statement is recognised across articles."""

    threshold: float = 90.0
    """Minimum rapidfuzz similarity (0-100) for two quotes to be one statement."""
    min_words: int = 5
    """Quotes shorter than this only match exactly, and only with the same speaker."""
    shingle: int = 3
    """Word n-gram size for the candidate index."""


@attrs.frozen
class CheckSettings:
    """Which findings are raised, and how severe they are."""

    disable: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Finding codes that are never raised."""
    severity: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_severity_table)
    """Per-code severity overrides: code → error | warning | info."""

    def severity_for(self, code: str, default: str) -> str:
        """The configured severity of ``code``, or ``default`` when not overridden."""
        for name, sev in self.severity:
            if name == code:
                return sev
        return default

    def enabled(self, code: str) -> bool:
        return code not in self.disable


@attrs.frozen
class InputSettings:
    """Which files are read and how JSON fields map onto articles."""

    include: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    exclude: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    fields: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=lambda v: tuple(sorted((str(k), str(x)) for k, x in (v.items() if isinstance(v, dict) else v)))
    )
    """JSONL field mapping: article attribute (id, text, title, outlet, published, url) → key in the file."""

    def field_name(self, attribute: str) -> str:
        for name, key in self.fields:
            if name == attribute:
                return key
        return attribute


@attrs.frozen
class Settings:
    """Everything that can be configured, with documented defaults."""

    extract: ExtractSettings = ExtractSettings()
    match: MatchSettings = MatchSettings()
    checks: CheckSettings = CheckSettings()
    input: InputSettings = InputSettings()
    fail_on: Severity = "error"

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied (sections may be given as dicts of overrides)."""
        resolved: dict[str, Any] = {}
        for key, value in changes.items():
            current = getattr(self, key)
            if attrs.has(type(current)) and isinstance(value, dict):
                resolved[key] = attrs.evolve(current, **value)
            else:
                resolved[key] = value
        return attrs.evolve(self, **resolved)


DEFAULT_SETTINGS = Settings()
