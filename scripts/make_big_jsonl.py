#!/usr/bin/env python3
"""Write a large JSONL batch (default ~2 GB) for memory and throughput checks.

Articles are the seeds and the PolNeAR train texts (read in place from
``../shared/data/polnear/train.jsonl``, never copied into the project), repeated until
the target size.  Each copy gets a fresh id, and every third copy a fresh vocabulary
(long words tagged with the copy's number), so the batch holds many distinct statements
and small clusters of verbatim copies, as syndicated news does — not one statement
repeated a thousand times.  Output goes to the git-ignored ``bench-data/``::

    python scripts/make_big_jsonl.py                      # bench-data/big.jsonl, ~2 GB
    python scripts/make_big_jsonl.py --mb 200 --out bench-data/big-200mb.jsonl
    python scripts/make_big_jsonl.py --articles 4000 --pad-kb 40 --out bench-data/padded.jsonl

The last form, against ``--articles 4000`` without padding, shows whether ``check``
keeps article texts: the same quotes, ten times the text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
_LONG_WORD = regex.compile(r"\b\p{Ll}{6,}\b")


def sources() -> list[tuple[str, str, str | None]]:
    """(id, text, published) of every source article: seeds, then PolNeAR train."""
    out = [(p.stem, p.read_text(encoding="utf-8"), None) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if POLNEAR.exists():
        with POLNEAR.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                out.append((record["id"].rsplit("/", 1)[-1], record["text"], record.get("meta", {}).get("publication_date")))
    else:
        print(f"{POLNEAR} not found: only the seeds are repeated", file=sys.stderr)
    return out


FILLER = "the committee met on tuesday and the weather stayed mild across the region all week. "
"""Quote-free prose: padding that adds text to an article but no quote, name or cue."""


def records(target_bytes: int, pad_bytes: int = 0, articles: int = 0) -> Iterator[str]:
    """JSONL lines until ``target_bytes`` have been produced (or ``articles`` lines, if given).

    ``pad_bytes`` of quote-free filler end each article: with ``articles`` fixed, two
    batches then hold the same quotes and differ only in how much text surrounds them.
    """
    base = sources()
    padding = "\n" + (FILLER * (pad_bytes // len(FILLER) + 1))[:pad_bytes] if pad_bytes else ""
    written = count = copy = 0
    while (count < articles) if articles else (written < target_bytes):
        tag = copy // 3
        for ident, text, published in base:
            if tag:
                text = _LONG_WORD.sub(lambda m: f"{m.group()}{tag:x}", text)
            record = {"id": f"{ident}#{copy}", "text": text + padding, "published": published}
            line = json.dumps(record, ensure_ascii=False) + "\n"
            written += len(line.encode("utf-8"))
            count += 1
            yield line
            if (count >= articles) if articles else (written >= target_bytes):
                return
        copy += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=2048, help="size in MB (default 2048)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-data" / "big.jsonl")
    parser.add_argument("--articles", type=int, default=0, help="write exactly this many articles (overrides --mb)")
    parser.add_argument("--pad-kb", type=int, default=0, help="quote-free filler to end each article with, in KB")
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for line in records(args.mb << 20, args.pad_kb << 10, args.articles):
            out.write(line)
            count += 1
    print(f"{args.out}: {count:,} articles, {args.out.stat().st_size / (1 << 20):,.0f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
