"""Read quotecheck settings from ``pyproject.toml`` or ``quotecheck.toml``.

The same immutable :class:`~quotecheck.config.Settings` drives the command line and the
Python API, so both get their configuration here::

    settings, source = load_settings()          # nearest config file from the cwd up
    settings, source = load_settings("ci.toml") # exactly this file

Where settings come from, as in the linters users already run (ruff, flake8):

- ``[tool.quotecheck]`` in a ``pyproject.toml``, or top-level keys in a
  ``quotecheck.toml``; the schema is the same.
- Searching starts in the current directory and walks up; the nearest file wins.  A
  ``pyproject.toml`` without a ``[tool.quotecheck]`` table is skipped; in one directory a
  ``quotecheck.toml`` wins over a ``pyproject.toml``.
- Unknown keys, unknown finding codes and values of the wrong type are errors
  (:class:`ConfigError`) naming the file and the key, never silently ignored.

Keys are kebab-case in TOML and map onto the Settings sections (see ``docs/cli.md``).
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from quotecheck.config import DEFAULT_SETTINGS, SEVERITIES, Settings
from quotecheck.findings.codes import CODES

CONFIG_NAMES: tuple[str, ...] = ("quotecheck.toml", "pyproject.toml")
"""File names searched for in each directory, in order of preference."""

INPUT_FIELD_NAMES: tuple[str, ...] = ("id", "text", "title", "outlet", "published", "url")
"""Article attributes that ``[input.fields]`` may map onto keys of a JSON input."""


class ConfigError(ValueError):
    """A configuration file cannot be used; the message names the file, key and fix."""


# -- value checkers: (value, where) -> converted value, or ConfigError --------------------

Checker = Callable[[Any, str], Any]


def _expect(kind: str, value: Any, where: str) -> ConfigError:
    return ConfigError(f"{where}: expected {kind}, got {type(value).__name__} {value!r}")


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _expect("true or false", value, where)
    return value


def _int_at_least(minimum: int) -> Checker:
    def check(value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise _expect(f"an integer >= {minimum}", value, where)
        return value

    return check


def _percentage(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        raise _expect("a number from 0 to 100", value, where)
    return float(value)


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _expect("a list of strings", value, where)
    return tuple(value)


def _severity(value: Any, where: str) -> str:
    if value not in SEVERITIES:
        raise _expect(f"one of {', '.join(SEVERITIES)}", value, where)
    return str(value)


def known_code(code: str, where: str) -> str:
    """``code`` if it is a registered finding code, else a ConfigError listing them."""
    if code not in CODES:
        raise ConfigError(f"{where}: unknown finding code {code!r}{_did_you_mean(code, CODES)}; known codes: {', '.join(CODES)}")
    return code


def _codes(value: Any, where: str) -> tuple[str, ...]:
    return tuple(known_code(code, where) for code in _str_list(value, where))


def _table(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _expect("a table", value, where)
    return value


def _severity_table(value: Any, where: str) -> dict[str, str]:
    return {known_code(code, where): _severity(level, f"{where}.{code}") for code, level in _table(value, where).items()}


def _outlets(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    return {name: _str_list(aliases, f"{where}.{name}") for name, aliases in _table(value, where).items()}


def _input_fields(value: Any, where: str) -> dict[str, str]:
    fields = {}
    for name, key in _table(value, where).items():
        if name not in INPUT_FIELD_NAMES:
            raise ConfigError(f"{where}: unknown article field {name!r}; fields: {', '.join(INPUT_FIELD_NAMES)}")
        if not isinstance(key, str):
            raise _expect("a string (the key in the input file)", key, f"{where}.{name}")
        fields[name] = key
    return fields


# -- the schema: TOML key -> (Settings section or None for top level, attribute, checker) --

_SCHEMA: dict[str, dict[str, tuple[str | None, str, Checker]]] = {
    "": {
        "fail-on": (None, "fail_on", _severity),
        "include": ("input", "include", _str_list),
        "exclude": ("input", "exclude", _str_list),
    },
    "extract": {
        "cue-verbs": ("extract", "cue_verbs", _str_list),
        "include-scare": ("extract", "include_scare", _bool),
        "include-indirect": ("extract", "include_indirect", _bool),
        "max-article-chars": ("extract", "max_article_chars", _int_at_least(1)),
    },
    "match": {
        "threshold": ("match", "threshold", _percentage),
        "min-words": ("match", "min_words", _int_at_least(1)),
        "shingle": ("match", "shingle", _int_at_least(1)),
    },
    "checks": {
        "disable": ("checks", "disable", _codes),
        "severity": ("checks", "severity", _severity_table),
    },
    "input": {
        "fields": ("input", "fields", _input_fields),
    },
}
# Tables whose own keys are free-form (outlet names), mapped as a whole.
_FREE_TABLES: dict[str, tuple[str, str, Checker]] = {"outlets": ("extract", "outlets", _outlets)}

CONFIG_KEYS: tuple[str, ...] = tuple(
    [key if not section else f"{section}.{key}" for section, keys in _SCHEMA.items() for key in keys] + list(_FREE_TABLES)
)
"""Every key a config file may hold, dotted (``match.threshold``); ``docs/cli.md`` lists each."""


def _did_you_mean(key: str, choices: Any) -> str:
    close = difflib.get_close_matches(key, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def settings_from_table(table: Mapping[str, Any], source: str, base: Settings = DEFAULT_SETTINGS) -> Settings:
    """Settings from a parsed ``[tool.quotecheck]`` table (or ``quotecheck.toml`` document).

    ``source`` names the file in error messages.  Keys not set keep ``base``'s values.
    """
    changes: dict[str, Any] = {}

    def put(section: str | None, attribute: str, value: Any) -> None:
        if section is None:
            changes[attribute] = value
        else:
            changes.setdefault(section, {})[attribute] = value

    for key, value in table.items():
        if key in _FREE_TABLES:
            section, attribute, check = _FREE_TABLES[key]
            put(section, attribute, check(value, f"{source}: {key}"))
        elif key in _SCHEMA[""]:
            section, attribute, check = _SCHEMA[""][key]
            put(section, attribute, check(value, f"{source}: {key}"))
        elif key in _SCHEMA and key:
            for sub, subvalue in _table(value, f"{source}: [{key}]").items():
                if sub not in _SCHEMA[key]:
                    raise ConfigError(
                        f"{source}: unknown key {key}.{sub!s}{_did_you_mean(sub, _SCHEMA[key])}; "
                        f"[{key}] accepts: {', '.join(_SCHEMA[key])}"
                    )
                section, attribute, check = _SCHEMA[key][sub]
                put(section, attribute, check(subvalue, f"{source}: {key}.{sub}"))
        else:
            top = [*_SCHEMA[""], *(f"[{s}]" for s in _SCHEMA if s), *(f"[{t}]" for t in _FREE_TABLES)]
            raise ConfigError(
                f"{source}: unknown key {key!r}{_did_you_mean(key, [*_SCHEMA, *_FREE_TABLES])}; "
                f"the top level accepts: {', '.join(top)}"
            )
    return base.replace(**changes)


def read_table(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The quotecheck table of a config file: ``[tool.quotecheck]`` of a ``pyproject.toml``
    (``None`` when it has none), or the whole document of any other TOML file."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found; check the --config path") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = document.get("tool", {}).get("quotecheck")
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: tool.quotecheck must be a table")
        return table
    return document


def find_config(start: str | os.PathLike[str] | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file at or above ``start`` (default: the cwd) and its table."""
    directory = Path(start if start is not None else os.getcwd()).resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                table = read_table(candidate)
                if table is not None:
                    return candidate, table
    return None


def load_settings(
    path: str | os.PathLike[str] | None = None, start: str | os.PathLike[str] | None = None
) -> tuple[Settings, str | None]:
    """The settings to use and the config file they came from (``None``: defaults).

    With ``path``, that file is read (a ``pyproject.toml`` must have a
    ``[tool.quotecheck]`` table); otherwise the nearest config file at or above
    ``start`` (default: the current directory).  Raises :class:`ConfigError`.
    """
    if path is not None:
        table = read_table(path)
        if table is None:
            raise ConfigError(f"{path}: has no [tool.quotecheck] table; add one or name another file with --config")
        return settings_from_table(table, os.fspath(path)), os.fspath(path)
    found = find_config(start)
    if found is None:
        return DEFAULT_SETTINGS, None
    where, table = found
    return settings_from_table(table, str(where)), str(where)
