import io
import json
from pathlib import Path

import jsonschema
import pytest

from quotecheck.findings.codes import CODES
from quotecheck.reports import sarif

SCHEMA = json.loads((Path(__file__).parents[2] / "fixtures" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _log(findings) -> dict:
    out = io.StringIO()
    sarif.write_findings(out, findings, None)
    return json.loads(out.getvalue())


@pytest.mark.parametrize("count", [0, 1, 3])
def test_output_is_valid_sarif_2_1_0(findings, count):
    jsonschema.validate(_log(findings[:count]), SCHEMA)


def test_rules_come_from_the_code_registry_and_results_point_at_them(findings):
    run = _log(findings)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(CODES)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert {r["id"]: r["defaultConfiguration"]["level"] for r in rules}["quote-truncated"] == "note"


def test_results_carry_level_locations_related_locations_and_fingerprints(findings):
    results = _log(findings)["runs"][0]["results"]
    assert [r["level"] for r in results] == ["warning", "error", "note"]
    conflict = results[1]
    region = conflict["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3, "startColumn": 7}
    assert conflict["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "dir%20with%20space/a%3Ab.md"
    # the other evidence with a location is related; the one without is only in the message
    related = conflict["relatedLocations"]
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in related] == ["c.html"]
    assert "Yuri Ushakov" in related[0]["message"]["text"]
    assert conflict["partialFingerprints"] == {sarif.FINGERPRINT_KEY: "0123456789ab"}
    assert "d: unattributed" in conflict["message"]["text"]


def test_absolute_paths_become_file_uris(tmp_path):
    assert sarif.artifact_uri(str(tmp_path / "a b.txt")).startswith("file://")
    assert sarif.artifact_uri(str(tmp_path / "a b.txt")).endswith("/a%20b.txt")
