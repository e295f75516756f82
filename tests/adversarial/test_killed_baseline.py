"""Killing ``quotecheck check --write-baseline`` mid-write leaves the previous baseline readable.

A CI job can be cancelled at any moment. The command runs in a child process; a hook
signals the moment the new baseline is half-written (or completely written but not yet
in place), and the child is then killed with SIGKILL, which no cleanup code survives.
The previous baseline must still be there, byte for byte, and still load.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck.baseline import read_baseline

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

_CHILD = r"""
import json, os, sys, time
import quotecheck.baseline as baseline
from quotecheck.cli import main

def ready():
    os.write(2, b"\nKILL-ME-NOW\n")
    time.sleep(60)

if sys.argv[1] == "half-written":
    real = json.dumps
    class HalfJson:
        def __getattr__(self, name):
            return getattr(json, name)
        def dump(self, document, out, **kwargs):
            text = real(document, **kwargs)
            out.write(text[: len(text) // 2])
            out.flush()
            ready()
    baseline.json = HalfJson()
else:  # "written, not yet renamed": the content is complete, the rename has not happened
    os.fsync = lambda fd: ready()
sys.exit(main(["check", "--isolated", "--quiet", "--jobs", "1", "--format", "json",
               "--write-baseline", sys.argv[2], sys.argv[3]]))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("moment", ["half-written", "written-not-renamed"])
def test_killed_write_baseline_leaves_the_previous_baseline(tmp_path: Path, moment: str) -> None:
    batch = tmp_path / "batch"
    shutil.copytree(SEEDS, batch)
    target = tmp_path / "baseline.json"
    first = subprocess.run(
        [sys.executable, "-m", "quotecheck.cli", "check", "--isolated", "--quiet", "--jobs", "1",
         "--write-baseline", str(target), str(batch)],
        capture_output=True, text=True, timeout=120,
    )
    assert first.returncode == 0, first.stderr
    before = target.read_bytes()
    ids = read_baseline(target)
    assert ids, "the seeds raise at least one finding, so the baseline is not empty"

    # An edit so that the new baseline would differ: another article with a conflicting title.
    (batch / "extra.txt").write_text(
        'Former President Vladimir Putin said "we are ready to talk about the plan now."\n', encoding="utf-8"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, moment, str(target), str(batch)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        seen = b""
        while b"KILL-ME-NOW" not in seen:
            ready, _, _ = select.select([child.stderr], [], [], 120)
            chunk = os.read(child.stderr.fileno(), 4096) if ready else b""
            assert chunk, f"the child never reached the baseline write: {seen.decode(errors='replace')[-2000:]}"
            seen += chunk
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stderr:
            child.stderr.close()
    assert target.read_bytes() == before
    assert read_baseline(target) == ids
