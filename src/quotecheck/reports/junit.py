"""``--format junit`` (``check`` only): JUnit XML for CI dashboards.

A ``<testsuite>`` per finding code (every registered code, so a clean check shows as a
passing test), a failing ``<testcase>`` per finding with the evidence in the failure
text.  Characters XML 1.0 cannot carry are dropped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import TextIO

from quotecheck.findings.codes import CODES
from quotecheck.records import Finding
from quotecheck.reports.base import Summary, attribution, place

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def junit_tree(findings: Sequence[Finding]) -> ET.Element:
    """The ``<testsuites>`` element for ``findings``."""
    by_code: dict[str, list[Finding]] = {code: [] for code in CODES}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding)
    root = ET.Element("testsuites", name="quotecheck", tests="0", failures=str(len(findings)))
    total = 0
    for code, found in by_code.items():
        suite = ET.SubElement(root, "testsuite", name=code, failures=str(len(found)), errors="0", skipped="0")
        if not found:
            ET.SubElement(suite, "testcase", classname=f"quotecheck.{code}", name=f"no {code} findings")
        for finding in found:
            case = ET.SubElement(suite, "testcase", classname=f"quotecheck.{code}", name=_xml(f"{finding.id}: {finding.message}"))
            failure = ET.SubElement(case, "failure", type=code, message=_xml(f"{finding.severity}: {finding.message}"))
            failure.text = _xml(
                "\n".join(f"{place(e.location, e.article)} {e.article}: {attribution(e)}: “{e.text}”" for e in finding.evidence)
            )
        suite.set("tests", str(len(suite)))
        total += len(suite)
    root.set("tests", str(total))
    return root


def write_findings(out: TextIO, findings: Sequence[Finding], summary: Summary | None = None) -> None:
    """The JUnit XML document (``summary`` is ignored)."""
    root = junit_tree(findings)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
