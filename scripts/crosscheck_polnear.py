"""Cross-check PolNeAR: real 2016 campaign coverage from seven outlets, read as a batch.

    python scripts/crosscheck_polnear.py                 # train + dev, 5 findings per code
    python scripts/crosscheck_polnear.py --sample 12 --seed 7 --splits dev

The same statements recur across the New York Times, Washington Post, Politico,
Breitbart, HuffPost, USA Today and Western Journalism (McConnell's "it's time to quit
attacking various people…" is in both the NYT and USA Today), so the cross-check has
real clusters to build and real inconsistencies to find.  The script runs extraction and
cross-checking exactly as ``quotecheck.cross_check`` does (the corpus's own annotations
are not used), prints how many findings of each code and severity it raised, and a
seeded random sample of findings — message and evidence — to read by hand.

PolNeAR stays in ``../shared``: this script reads it there and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from quotecheck import cross_check
from quotecheck.records import Article, Finding

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


def articles(splits: Sequence[str], data: Path = DATA) -> Iterator[Article]:
    """PolNeAR articles as quotecheck articles: id, text, outlet, date and title from its metadata."""
    for split in splits:
        with open(data / f"{split}.jsonl", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                meta = record.get("meta", {})
                yield Article(
                    id=record["id"],
                    text=record["text"],
                    title=meta.get("title"),
                    outlet=meta.get("publisher"),
                    published=meta.get("publication_date"),
                )


def show(finding: Finding) -> str:
    """A finding as a reader wants it: the message, then each article's side."""
    lines = [f"[{finding.severity} {finding.code} {finding.id}] {finding.message}"]
    for e in finding.evidence:
        who = ", ".join(x for x in (e.speaker, e.role and f"role {e.role!r}", e.outlet and f"outlet {e.outlet}",
                                    e.via and f"via {e.via}", e.audience and f"to {e.audience}") if x)
        text = e.text if len(e.text) <= 160 else e.text[:157] + "..."
        lines.append(f"    {e.article} @{e.start}: \u201c{text}\u201d ({who})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--splits", nargs="+", default=["train", "dev"])
    parser.add_argument("--sample", type=int, default=5, help="findings shown per code")
    parser.add_argument("--seed", type=int, default=2016)
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        raise SystemExit(f"PolNeAR not found at {DATA}: it lives in ../shared/data/polnear beside the project")

    started = time.perf_counter()
    report = cross_check(articles(args.splits))
    took = time.perf_counter() - started
    print(f"PolNeAR {'+'.join(args.splits)}: {report.articles} articles, {report.quotes} quotes, "
          f"{len(report.clusters)} clusters of the same statement, {len(report.findings)} findings in {took:.0f} s")
    outlets = Counter(len({q.article.split('/')[-1].split('_')[0] for q in c.quotes}) for c in report.clusters)
    print("clusters by number of outlets quoting them:", dict(sorted(outlets.items())))
    counts = Counter((f.code, f.severity) for f in report.findings)
    for code in sorted({c for c, _ in counts}):
        by_level = ", ".join(f"{counts[(code, s)]} {s}" for s in ("error", "warning", "info") if counts[(code, s)])
        print(f"  {code:<18} {sum(n for (c, _), n in counts.items() if c == code):>4}  ({by_level})")

    rnd = random.Random(args.seed)
    for code in sorted({f.code for f in report.findings}):
        mine = [f for f in report.findings if f.code == code]
        print(f"\n=== {code}: {min(args.sample, len(mine))} of {len(mine)} ===")
        for finding in rnd.sample(mine, min(args.sample, len(mine))):
            print(show(finding))


if __name__ == "__main__":
    main()
