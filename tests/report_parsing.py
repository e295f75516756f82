"""Reading a quotecheck report back with the standard tool for its format.

Shared by the round-trip property (writers fed generated quotes and findings) and the
command-line tests on the adversarial corpus: whatever produced the report, it must parse.
:func:`parse_report` raises (an AssertionError or the parser's own error) when it does
not, and otherwise returns one parsed item per record.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from quotecheck.serialize import RECORD_VERSION

SCHEMA = Path(__file__).resolve().parent.parent / "fixtures" / "sarif" / "sarif-schema-2.1.0.json"
WORKFLOW_COMMAND = re.compile(r"^::(error|warning|notice) (?:file=[^,:]*,line=\d+,col=\d+,)?title=[^,:]*::[^\r\n]*$")
"""One GitHub Actions workflow command, with properties escaped as the toolkit does."""


@functools.cache
def sarif_validator() -> Any:
    """A validator for the SARIF 2.1.0 schema (skips the test when jsonschema is missing)."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def parse_report(name: str, command: str, out: str) -> list[Any]:
    """The records of a ``--format name`` report of ``command`` (``extract`` or ``check``).

    json: the record dicts; jsonl: one dict per line; csv: the row dicts; sarif: the
    results (after schema validation); junit: the ``<failure>`` elements; github: the
    command lines; text: the lines before the summary line.
    """
    if name == "json":
        document = json.loads(out)
        assert document["version"] == RECORD_VERSION and document["command"] == command
        return document["findings" if command == "check" else "quotes"]
    if name == "jsonl":
        lines = out.split("\n")
        assert lines[-1] == "", "jsonl ends with a newline"
        return [json.loads(line) for line in lines[:-1]]
    if name == "csv":
        return list(csv.DictReader(io.StringIO(out, newline="")))
    if name == "sarif":
        log = json.loads(out)
        sarif_validator().validate(log)
        return log["runs"][0]["results"]
    if name == "junit":
        root = ET.fromstring(out.encode("utf-8"))
        failures = root.findall(".//testcase/failure")
        assert len(failures) == int(root.get("failures", "-1"))
        return failures
    if name == "github":
        lines = out.split("\n")
        assert lines[-1] == "", "workflow commands end with a newline"
        for line in lines[:-1]:
            assert WORKFLOW_COMMAND.match(line), f"not one workflow command: {line[:120]!r}"
        return lines[:-1]
    if name == "text":
        lines = out.rstrip("\n").split("\n")
        assert out.endswith("\n") and lines[-1].startswith("quotecheck: "), "text ends with the summary line"
        return lines[:-1]
    raise AssertionError(f"format {name!r} has no parser here: add one to tests/report_parsing.py")
