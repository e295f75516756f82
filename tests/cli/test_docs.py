"""docs/cli.md covers every option, command, format, exit status and config key; the
integration files parse and say what they must."""

import argparse
from pathlib import Path

import pytest

from quotecheck.cli import build_parser
from quotecheck.configfile import CONFIG_KEYS
from quotecheck.reports import FORMATS

REPO = Path(__file__).resolve().parents[2]
CLI_MD = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")


def _parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def _option_strings():
    return sorted({s for p in _parsers(build_parser()) for a in p._actions for s in a.option_strings})


def _commands():
    return [name for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction) for name in a.choices]


@pytest.mark.parametrize("option", _option_strings())
def test_every_option_is_documented(option):
    assert f"`{option}" in CLI_MD


@pytest.mark.parametrize("word", [*(f"`{c} " for c in _commands()), *(f"`{f}`" for f in FORMATS), "`0`", "`1`", "`2`"])
def test_every_command_format_and_exit_status_is_documented(word):
    assert word in CLI_MD


@pytest.mark.parametrize("key", CONFIG_KEYS)
def test_every_config_key_is_documented(key):
    assert f"| `{key}` |" in CLI_MD


def test_format_table_matches_the_registry():
    for fmt in FORMATS.values():
        row = next(line for line in CLI_MD.splitlines() if line.startswith(f"| `{fmt.name}` |"))
        cells = [c.strip() for c in row.split("|")[2:4]]
        assert cells == ["yes" if fmt.writer(c) else "no" for c in ("extract", "check")]


def _yaml_pairs(text: str) -> dict[str, str]:
    """``key: value`` of a flat YAML block (PyYAML is not a test dependency)."""
    pairs = {}
    for line in text.splitlines():
        key, sep, value = line.strip().lstrip("- ").partition(": ")
        if sep and not line.lstrip().startswith("#"):
            pairs[key] = value.split("  #")[0].strip()
    return pairs


def test_pre_commit_hook():
    hook = _yaml_pairs((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert (hook["id"], hook["entry"], hook["language"]) == ("quotecheck", "quotecheck check", "python")
    assert hook["types_or"] == "[plain-text, markdown, html, json]"


def test_github_actions_example_uploads_sarif():
    text = (REPO / "docs" / "github-actions.md").read_text(encoding="utf-8")
    workflow = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert "run: quotecheck check articles/ --format sarif --output quotecheck.sarif" in workflow
    assert "uses: github/codeql-action/upload-sarif@v3" in workflow
    assert _yaml_pairs(workflow)["sarif_file"] == "quotecheck.sarif"
