"""``--format sarif`` (``check`` only): SARIF 2.1.0 for GitHub code scanning and IDEs.

- one rule per registered finding code (``findings/codes.py``), so ``quotecheck
  explain``'s text also shows up in the code-scanning UI;
- one result per finding: level ``error``/``warning``/``note``; the first evidence
  location as the primary location, the other articles' evidence as
  ``relatedLocations``; ``partialFingerprints`` keyed on the content-derived finding id,
  so code scanning tracks a finding across commits even when lines move.

Columns are counted in Unicode code points (``columnKind``), as quotecheck counts them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any, TextIO
from urllib.parse import quote as percent_encode

from quotecheck import __version__
from quotecheck.findings.codes import CODES, CodeInfo
from quotecheck.records import Evidence, Finding
from quotecheck.reports.base import Summary, attribution, clip

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "quotecheckFindingId/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A relative path as a percent-encoded relative URI (``/`` separators); an
    absolute path as a ``file://`` URI."""
    if os.path.isabs(path):
        return PurePath(path).as_uri()
    return percent_encode(PurePath(path).as_posix())


def _rule(info: CodeInfo) -> dict[str, Any]:
    help_text = "\n\n".join(t for t in (info.summary, info.triggers, info.example, info.tuning) if t)
    return {
        "id": info.code,
        "name": "".join(word.capitalize() for word in info.code.split("-")),
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.triggers or info.summary},
        "help": {"text": f"{help_text}\n\nRun `quotecheck explain {info.code}` for details."},
        "defaultConfiguration": {"level": LEVELS.get(info.severity, "warning")},
    }


def _location(evidence: Evidence, index: int | None = None) -> dict[str, Any] | None:
    loc = evidence.location
    if loc is None:
        return None
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(loc.path)},
            "region": {"startLine": loc.line, "startColumn": loc.column},
        },
    }
    if index is not None:
        location["id"] = index
        location["message"] = {"text": f"{evidence.article}: {attribution(evidence)}: “{clip(evidence.text)}”"}
    return location


def _result(finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    primary = [loc for loc in (_location(e) for e in finding.evidence[:1]) if loc]
    related = [loc for i, e in enumerate(finding.evidence[1:], 1) if (loc := _location(e, i))]
    lines = [f"{e.article}: {attribution(e)}: “{clip(e.text)}”" for e in finding.evidence]
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": "\n".join([finding.message, *lines])},
        "locations": primary,
        "partialFingerprints": {FINGERPRINT_KEY: finding.id},
    }
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    if related:
        result["relatedLocations"] = related
    return result


def sarif_document(findings: Sequence[Finding]) -> dict[str, Any]:
    """The SARIF log (a dict) for ``findings``."""
    rules = [_rule(info) for info in CODES.values()]
    rule_index = {rule["id"]: i for i, rule in enumerate(rules)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "quotecheck",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, rule_index) for f in findings],
            }
        ],
    }


def write_findings(out: TextIO, findings: Sequence[Finding], summary: Summary | None = None) -> None:
    """The SARIF log as indented JSON (``summary`` is ignored)."""
    json.dump(sarif_document(findings), out, indent=2, ensure_ascii=False)
    out.write("\n")
