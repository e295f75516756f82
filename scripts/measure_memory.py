#!/usr/bin/env python3
"""Peak memory of ``quotecheck extract`` and ``quotecheck check`` on a large JSONL batch.

Each command runs in a fresh child process (so one command's peak never shows in the
other's figure), with its report sent to /dev/null.  Two figures per command:

- ``ru_maxrss``: ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` of the helper that
  ran it — on Linux the peak resident size of the *largest single process* in the tree
  (the main process or one worker), not their sum;
- ``tree peak``: the largest sum of the resident sizes of the command and its worker
  processes, sampled from ``/proc`` every 0.2 s (Linux only).

Targets: ``extract`` peaks under 500 MB; ``check`` keeps quote records, not article
texts (its peak grows with the number of quotes, not with the bytes of text).  A
safety limit on address space (``--limit-gb``, default 8) keeps a runaway run from
taking the machine down: hitting it shows as a MemoryError and a non-zero status.

    python scripts/make_big_jsonl.py                 # bench-data/big.jsonl, ~2 GB
    python scripts/measure_memory.py                 # both commands on it
    python scripts/measure_memory.py bench-data/big-200mb.jsonl --jobs 1 --commands extract
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

_RUNNER = """
import resource, subprocess, sys
limit = int(sys.argv[1])
def cap():
    if limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
status = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, preexec_fn=cap).returncode
print(status, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, flush=True)
"""
"""Runs the command as its own child and prints its exit status and ru_maxrss (KB)."""


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry))
    return tree


def _tree_rss(root: int) -> int:
    """Bytes resident in ``root`` and all its descendants, right now."""
    tree = _children()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack.extend(tree.get(pid, ()))
        try:
            with open(f"/proc/{pid}/statm", "rb") as statm:
                total += int(statm.read().split()[1]) * PAGE
        except OSError:
            continue
    return total


def measure(command: list[str], limit_bytes: int) -> tuple[int, int, int, float]:
    """(exit status, ru_maxrss bytes, sampled tree peak bytes, seconds) of one command."""
    start = time.perf_counter()
    helper = subprocess.Popen(
        [sys.executable, "-c", _RUNNER, str(limit_bytes), *command], stdout=subprocess.PIPE, text=True
    )
    peak = 0
    sampling = os.path.exists("/proc/self/statm")
    while helper.poll() is None:
        if sampling:
            peak = max(peak, _tree_rss(helper.pid))
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    output = (helper.stdout.read() if helper.stdout else "").split()
    status, maxrss_kb = (int(output[0]), int(output[1])) if len(output) == 2 else (helper.returncode, 0)
    return status, maxrss_kb * 1024, peak, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("batch", nargs="?", type=Path, default=ROOT / "bench-data" / "big.jsonl")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs for quotecheck (default 2)")
    parser.add_argument("--commands", nargs="+", default=["extract", "check"], choices=["extract", "check"])
    parser.add_argument("--limit-gb", type=float, default=8.0, help="address-space cap per process; 0 for none")
    args = parser.parse_args(argv)
    if not args.batch.exists():
        print(f"{args.batch} not found: run scripts/make_big_jsonl.py first", file=sys.stderr)
        return 2
    size_mb = args.batch.stat().st_size / (1 << 20)
    print(f"batch: {args.batch} ({size_mb:,.0f} MB), --jobs {args.jobs}", flush=True)
    failed = False
    for name in args.commands:
        command = [sys.executable, "-m", "quotecheck.cli", name, "--isolated", "--quiet", "--jobs", str(args.jobs),
                   "--format", "jsonl", str(args.batch)]
        status, maxrss, tree, seconds = measure(command, int(args.limit_gb * (1 << 30)))
        print(
            f"{name:8} exit {status}  ru_maxrss {maxrss / (1 << 20):8,.0f} MB  tree peak {tree / (1 << 20):8,.0f} MB  "
            f"{seconds:8,.0f} s  {size_mb / max(seconds, 1e-9):6.2f} MB/s",
            flush=True,
        )
        failed |= status not in (0, 1)
        if name == "extract" and maxrss >= 500 << 20:
            print("extract: OVER the 500 MB target", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
