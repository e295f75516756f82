#!/usr/bin/env python3
"""Extraction throughput on one core, and how its time grows with input size.

Usage: python scripts/bench_extract.py [--corpus PATH.jsonl] [--repeat N]

Reads article texts (PolNeAR train by default, else the seeds repeated), extracts every
article in this one process, and prints MB/s.  Then it times batches of 1x, 2x, 4x, 8x
the corpus and single articles made by concatenating 1x..16x texts, and prints the
fitted exponent of time against size (1.0 is linear). Times are CPU seconds of this one
process (time.process_time), so other work on the machine does not inflate them.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from quotecheck import Article, extract_quotes  # noqa: E402


def load_texts(corpus: Path | None) -> list[str]:
    if corpus is not None and corpus.exists():
        with corpus.open(encoding="utf-8") as fh:
            return [json.loads(line)["text"] for line in fh if line.strip()]
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))] * 50


def run(texts: list[str]) -> float:
    """CPU seconds this process spent extracting ``texts`` (robust on a shared, busy machine)."""
    start = time.process_time()
    for i, text in enumerate(texts):
        extract_quotes(Article(id=str(i), text=text))
    return time.process_time() - start


def slope(sizes: list[float], times: list[float]) -> float:
    xs, ys = [math.log(s) for s in sizes], [math.log(t) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the fastest is kept")
    args = ap.parse_args(argv)
    texts = load_texts(args.corpus)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    run(texts[:20])  # warm up caches and compiled patterns
    best = min(run(texts) for _ in range(args.repeat))
    print(f"corpus: {len(texts)} articles, {mb:.2f} MB")
    print(f"extraction: {mb / best:.2f} MB/s on one core ({best:.2f} CPU s; {sum(map(len, texts)) / best:,.0f} chars/s)")
    sizes, times = [], []
    for k in (1, 2, 4, 8):
        batch = texts * k
        t = min(run(batch) for _ in range(max(1, args.repeat - 1)))
        sizes.append(mb * k)
        times.append(t)
        print(f"  batch {k:2d}x: {mb * k:7.2f} MB in {t:6.2f} s")
    print(f"fitted exponent, batches: {slope(sizes, times):.3f}")
    base = "\n".join(texts[:40])
    sizes, times = [], []
    for k in (1, 2, 4, 8, 16):
        article = "\n".join([base] * k)
        t = min(run([article]) for _ in range(args.repeat))
        sizes.append(len(article) / 1e6)
        times.append(t)
        print(f"  one article {k:2d}x: {len(article) / 1e6:6.2f} MB in {t:6.3f} s")
    print(f"fitted exponent, one growing article: {slope(sizes, times):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
