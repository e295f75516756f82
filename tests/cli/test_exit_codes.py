"""Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage/config/input errors."""

import json

import pytest


def test_findings_exit_1_and_exit_zero_exits_0(qc, batch, fake_check):
    run = qc("check", str(batch))
    assert run.code == 1
    assert "error speaker-conflict" in run.out
    assert qc("check", "--exit-zero", str(batch)).code == 0


def test_clean_batch_exits_0(qc, batch, fake_check):
    (batch / "b.txt").unlink()
    run = qc("check", str(batch))
    assert run.code == 0
    assert run.out.splitlines()[-1].startswith("quotecheck: 2 articles, 2 quotes, 0 findings (0 error, 0 warning, 0 info)")


def test_fail_on_warning_promotes_warnings(qc, batch, fake_check, tmp_path):
    (tmp_path / "quotecheck.toml").write_text('[checks.severity]\nspeaker-conflict = "warning"\n')
    assert qc("check", str(batch)).code == 0
    assert qc("check", "--fail-on", "warning", str(batch)).code == 1
    (tmp_path / "quotecheck.toml").write_text('fail-on = "info"\n[checks.severity]\nspeaker-conflict = "warning"\n')
    assert qc("check", str(batch)).code == 1
    assert qc("check", "--fail-on", "error", str(batch)).code == 0  # the flag beats the config
    assert qc("check", "--isolated", str(batch)).code == 1  # defaults: error severity, fail on error


def test_ignore_and_select_codes(qc, batch, fake_check):
    assert qc("check", "--ignore", "speaker-conflict", str(batch)).code == 0
    assert qc("check", "--select", "title-conflict,quote-truncated", str(batch)).code == 0
    assert qc("check", "--select", "speaker-conflict", str(batch)).code == 1


def test_missing_path_exits_2_and_the_rest_is_still_checked(qc, batch, fake_check):
    run = qc("check", "-f", "json", str(batch), "missing.txt")
    assert run.code == 2
    assert "missing.txt: no such file or folder" in run.err
    document = json.loads(run.out)
    assert len(document["findings"]) == 1 and document["summary"]["input_errors"] == 1
    assert qc("check", "--exit-zero", str(batch), "missing.txt").code == 2  # --exit-zero is for findings only


def test_unknown_config_key_exits_2_naming_key_and_file(qc, batch, fake_check, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.quotecheck.match]\nthreshhold = 80\n')
    run = qc("check", str(batch))
    assert run.code == 2
    assert "match.threshhold" in run.err and str(tmp_path / "pyproject.toml") in run.err
    assert qc("check", "--isolated", str(batch)).code != 2


@pytest.mark.parametrize("option", ["--config", "--baseline"])
def test_missing_config_or_baseline_file_exits_2(qc, batch, option):
    run = qc("check", option, "nowhere.json", str(batch))
    assert run.code == 2 and "nowhere.json" in run.err and run.out == ""
