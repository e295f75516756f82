import os
import signal
import subprocess
import sys

import pytest

from quotecheck.atomic import atomic_writer


def test_replaces_the_file_when_the_block_ends(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old\n")
    with atomic_writer(target) as out:
        out.write("new\n")
        assert target.read_text() == "old\n"  # nothing visible until the end
    assert target.read_text() == "new\n"
    assert os.listdir(tmp_path) == ["report.json"]


def test_an_exception_midway_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as out:
            out.write("half of the new")
            raise RuntimeError("serializer failed")
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["report.json"]


def test_a_killed_process_leaves_the_old_file_intact(tmp_path):
    target = tmp_path / "baseline.json"
    target.write_text('{"version": 1}\n')
    script = (
        "import sys, time\n"
        "from quotecheck.atomic import atomic_writer\n"
        "with atomic_writer(sys.argv[1]) as out:\n"
        "    out.write('{\"version\": 1, \"findings\": [' * 1000); out.flush()\n"
        "    print('writing', flush=True); time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(target)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline() == "writing\n"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert target.read_text() == '{"version": 1}\n'


def test_new_files_get_ordinary_permissions(tmp_path):
    with atomic_writer(tmp_path / "new.txt") as out:
        out.write("x")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o666 & ~umask
