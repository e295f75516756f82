"""Baselines (written atomically, surviving unrelated edits) and inline markers."""

import json
from types import SimpleNamespace


def test_baseline_round_trip_survives_an_unrelated_edit(qc, batch, fake_check, tmp_path):
    run = qc("check", "--write-baseline", "baseline.json", str(batch))
    assert run.code == 0 and "recorded 1 findings in baseline.json" in run.err
    document = json.loads((tmp_path / "baseline.json").read_text())
    assert document["version"] == 1 and [f["code"] for f in document["findings"]] == ["speaker-conflict"]
    assert set(document["findings"][0]) == {"id", "code", "message"}

    assert qc("check", str(batch)).code == 1
    run = qc("check", "-f", "json", "--baseline", "baseline.json", str(batch))
    assert run.code == 0
    assert json.loads(run.out)["findings"] == [] and json.loads(run.out)["summary"]["suppressed"] == 1

    article = batch / "a.txt"
    article.write_text(article.read_text().replace("Opening paragraph about the talks.", "A rewritten, much longer opening paragraph.\n\nAnd another one."))
    assert qc("check", "--baseline", "baseline.json", str(batch)).code == 0
    (batch / "d.txt").write_text('Brown said "a brand new statement appears" too.\n\nLee said "a brand new statement appears".\n')
    (batch / "e.txt").write_text('Kim said "a brand new statement appears".\n')
    run = qc("check", "-f", "json", "--baseline", "baseline.json", str(batch))
    assert run.code == 1 and [len(f["evidence"]) for f in json.loads(run.out)["findings"]] == [3]


def test_inline_marker_silences_its_paragraph(qc, batch, fake_check):
    (batch / "a.txt").rename(batch / "a.md")
    text = (batch / "a.md").read_text()
    marked = text.replace("Smith said", "<!-- quotecheck: ignore speaker-conflict -->\nSmith said")
    (batch / "a.md").write_text(marked)
    assert qc("check", str(batch)).code == 0
    (batch / "a.md").write_text(text.replace("Smith said", "<!-- quotecheck: ignore title-conflict -->\nSmith said"))
    assert qc("check", str(batch)).code == 1  # a marker for another code does not silence
    (batch / "a.md").write_text(text.replace("A closing paragraph.", "<!-- quotecheck: ignore -->\nA closing paragraph."))
    assert qc("check", str(batch)).code == 1  # nor does one on another paragraph


def test_interrupted_write_baseline_leaves_the_previous_baseline(qc, batch, fake_check, tmp_path, monkeypatch):
    qc("check", "--write-baseline", "baseline.json", str(batch))
    before = (tmp_path / "baseline.json").read_text()

    def half_then_interrupt(document, out, **kwargs):
        out.write('{\n  "version": 1,\n  "findings": [')
        raise KeyboardInterrupt  # as if Ctrl-C arrived while writing

    monkeypatch.setattr("quotecheck.baseline.json", SimpleNamespace(dump=half_then_interrupt))
    run = qc("check", "--write-baseline", "baseline.json", str(batch))
    assert run.code == 130 and "interrupted" in run.err
    assert (tmp_path / "baseline.json").read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json", "batch"]


def test_real_findings_on_the_seeds_stay_baselined_after_edits_elsewhere(qc, seeds):
    first = json.loads(qc("check", "--isolated", "-f", "json", str(seeds)).out)["findings"]
    assert first, "the seeds raise at least the Trump title conflict"
    assert qc("check", "--isolated", "--write-baseline", "baseline.json", str(seeds)).code == 0
    # a new opening paragraph moves every offset and line of one article; another gets a sentence
    later = seeds / "001_d119d4398dc4a218.txt"
    later.write_text("Editor's note: this story was updated on December 3.\n" + later.read_text(encoding="utf-8"), encoding="utf-8")
    earlier = seeds / "000_7a94d6b597ca2e98.txt"
    earlier.write_text(earlier.read_text(encoding="utf-8").rstrip("\n") + " The talks resume next week.\n", encoding="utf-8")
    moved = json.loads(qc("check", "--isolated", "-f", "json", str(seeds)).out)["findings"]
    assert [f["id"] for f in moved] == [f["id"] for f in first]
    assert [e["location"]["line"] for f in moved for e in f["evidence"]] != [e["location"]["line"] for f in first for e in f["evidence"]]
    run = qc("check", "--isolated", "-f", "json", "--baseline", "baseline.json", str(seeds))
    assert run.code == 0 and json.loads(run.out)["findings"] == []
