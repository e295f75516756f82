import io
import xml.etree.ElementTree as ET

from quotecheck.findings.codes import CODES
from quotecheck.reports import junit


def _root(findings) -> ET.Element:
    out = io.StringIO()
    junit.write_findings(out, findings, None)
    text = out.getvalue()
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(text.split("\n", 1)[1])


def test_a_suite_per_code_and_a_failing_case_per_finding(findings):
    root = _root(findings)
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == list(CODES)
    assert root.get("failures") == "3"
    failing = suites["speaker-conflict"].findall("testcase")
    assert len(failing) == 1 and failing[0].find("failure").get("type") == "speaker-conflict"
    assert "c.html:9:7 c: Yuri Ushakov" in failing[0].find("failure").text
    assert "\x0b" not in failing[0].find("failure").text  # not allowed in XML 1.0
    clean = suites["outlet-conflict"]
    assert clean.get("failures") == "0" and clean.find("testcase/failure") is None
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites.values()) == len(CODES) - 3 + 3


def test_no_findings_is_all_passing(findings):
    root = _root(())
    assert root.get("failures") == "0" and root.find(".//failure") is None
