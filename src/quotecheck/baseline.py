"""Baseline files: the findings a project has accepted, so CI fails only on new ones.

A baseline is a small JSON document meant to be committed and reviewed::

    {
      "version": 1,
      "tool": "quotecheck",
      "findings": [
        {"id": "…", "code": "title-conflict", "message": "…"}
      ]
    }

Only ``id`` is used for matching (see :func:`quotecheck.suppress.drop_baselined`);
``code`` and ``message`` are there so a reviewer can read what was accepted.  Findings
are sorted by code and id so that re-recording an unchanged batch gives the same bytes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

from quotecheck.atomic import atomic_writer
from quotecheck.records import Finding

BASELINE_VERSION = 1


class BaselineError(ValueError):
    """A baseline file cannot be used; the message names the file and what to do."""


def baseline_document(findings: Iterable[Finding]) -> dict[str, Any]:
    """The JSON-ready baseline recording ``findings`` (one entry per distinct id)."""
    entries = {f.id: {"id": f.id, "code": f.code, "message": f.message} for f in findings}
    ordered = sorted(entries.values(), key=lambda e: (e["code"], e["id"]))
    return {"version": BASELINE_VERSION, "tool": "quotecheck", "findings": ordered}


def write_baseline(path: str | os.PathLike[str], findings: Iterable[Finding]) -> int:
    """Record ``findings`` in ``path`` atomically; returns how many ids were written."""
    document = baseline_document(findings)
    with atomic_writer(path) as out:
        json.dump(document, out, indent=2, ensure_ascii=False)
        out.write("\n")
    return len(document["findings"])


def read_baseline(path: str | os.PathLike[str]) -> frozenset[str]:
    """The finding ids recorded in the baseline ``path``."""
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline not found; create it with --write-baseline {path}") from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: not a quotecheck baseline (invalid JSON: {exc}); re-create it with --write-baseline") from None
    if not isinstance(document, dict) or document.get("version") != BASELINE_VERSION:
        raise BaselineError(
            f"{path}: not a version {BASELINE_VERSION} quotecheck baseline; re-create it with --write-baseline"
        )
    entries = document.get("findings")
    if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("id"), str) for e in entries):
        raise BaselineError(f"{path}: 'findings' must be a list of objects with an 'id'; re-create it with --write-baseline")
    return frozenset(e["id"] for e in entries)
