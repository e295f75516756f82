"""The installed ``quotecheck`` console script, run as a user would, and the seeds demo."""

import json
import shutil
import subprocess

import pytest

from quotecheck import __version__

pytestmark = pytest.mark.skipif(shutil.which("quotecheck") is None, reason="the console script is not installed (pip install -e .)")


def test_console_script_runs(seeds, tmp_path):
    done = subprocess.run(["quotecheck", "--version"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, f"quotecheck {__version__}\n")
    done = subprocess.run(["quotecheck", "extract", "-f", "json", "seeds"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"]["articles"] == 2


def _check_seeds(cwd):
    return subprocess.run(["quotecheck", "check", "--isolated", "seeds/"], cwd=cwd, capture_output=True, text=True, check=False)


def test_seeds_report_the_trump_title_conflict_with_both_articles(seeds, tmp_path):
    done = _check_seeds(tmp_path)
    assert done.returncode in (0, 1) and done.stderr == ""
    lines = done.stdout.splitlines()
    heading = next(i for i, line in enumerate(lines) if " title-conflict " in line and "Trump" in line)
    evidence = lines[heading + 1 : lines.index("", heading)]
    assert any("seeds/000_7a94d6b597ca2e98.txt:" in line and "Donald Trump" in line for line in evidence)
    assert any("seeds/001_d119d4398dc4a218.txt:" in line and "former President" in line for line in evidence)


def test_seeds_exit_1(seeds, tmp_path):
    assert _check_seeds(tmp_path).returncode == 1
