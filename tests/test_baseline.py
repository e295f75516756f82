import json

import pytest

from quotecheck.baseline import BaselineError, read_baseline, write_baseline
from quotecheck.records import Finding


def _finding(id, code="title-conflict"):
    return Finding(id=id, code=code, severity="warning", message=f"message {id}", evidence=())


def test_round_trip_is_sorted_reviewable_and_reproducible(tmp_path):
    path = tmp_path / "baseline.json"
    found = [_finding("b"), _finding("a", "speaker-conflict"), _finding("b")]
    assert write_baseline(path, found) == 2
    first = path.read_text()
    document = json.loads(first)
    assert document["version"] == 1
    assert document["findings"] == [
        {"id": "a", "code": "speaker-conflict", "message": "message a"},
        {"id": "b", "code": "title-conflict", "message": "message b"},
    ]
    assert read_baseline(path) == {"a", "b"}
    write_baseline(path, reversed(found))
    assert path.read_text() == first


@pytest.mark.parametrize("content, says", [(None, "--write-baseline"), ("{", "invalid JSON"), ('{"version": 9}', "version 1"), ('{"version": 1, "findings": [1]}', "'id'")])
def test_unusable_baselines_say_how_to_fix_them(tmp_path, content, says):
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(BaselineError, match=says):
        read_baseline(path)
