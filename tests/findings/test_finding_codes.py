"""The code registry and docs/findings.md say the same thing."""

import re
from pathlib import Path

from quotecheck.config import SEVERITIES
from quotecheck.findings.codes import CODES
from quotecheck.findings.doc import MARKER, reference

DOC = Path(__file__).resolve().parents[2] / "docs" / "findings.md"


def test_every_code_is_documented_in_full():
    for code, info in CODES.items():
        assert info.code == code and info.severity in SEVERITIES
        assert info.summary and info.triggers and info.example and info.tuning, code


def test_every_code_has_a_section_in_the_findings_doc_and_no_other_code_does():
    sections = re.findall(r"^## `([a-z-]+)`", DOC.read_text(encoding="utf-8"), flags=re.M)
    assert sections == list(CODES)


def test_the_reference_part_of_the_doc_is_the_registry_rendered():
    text = DOC.read_text(encoding="utf-8")
    assert MARKER in text, "run: python -m quotecheck.findings.doc docs/findings.md"
    assert text.split(MARKER, 1)[1] == reference().split(MARKER, 1)[1], "run: python -m quotecheck.findings.doc docs/findings.md"
    for code, info in CODES.items():
        assert f"Default severity: `{info.severity}`" in text.split(f"## `{code}`", 1)[1].split("\n## ", 1)[0]
