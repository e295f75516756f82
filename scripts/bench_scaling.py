#!/usr/bin/env python3
"""How extraction (and cross-checking) time grows with input size: the fitted exponent.

For each kind of input, the text is built at 1×, 2×, 4×, 8× and 16× a base size, timed
(best of ``--repeat`` runs, in CPU seconds of this process, :func:`time.process_time`, so
other work on a shared machine does not bend the curve), and the least-squares slope of
log(time) against log(size) is printed: 1.0 is linear, 2.0 quadratic.  The target for
extraction is an exponent of at most 1.1 on ordinary and adversarial text alike.

Inputs:
- ``ordinary``: the seed articles and PolNeAR train texts (read in place from
  ``../shared/data/polnear/train.jsonl``; never copied), joined into one long text;
- ``adversarial``: ``make_adversarial.worst_case`` (marks, apostrophes, random marks,
  prose, continued paragraphs), and each large generator of the corpus on its own;
- ``check``: cross-checking batches of 1×…16× distinct PolNeAR articles (the analyses
  are computed first; only ``check`` is timed).

    python scripts/bench_scaling.py                  # base 64 KB, all kinds
    python scripts/bench_scaling.py --base-kb 256 --repeat 3
    python scripts/bench_scaling.py --only ordinary worst-case
    python scripts/bench_scaling.py --corpus         # s/MB for each adversarial file
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_adversarial as gen  # noqa: E402

from quotecheck import Article, Settings, extract_quotes  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
FACTORS = (1, 2, 4, 8, 16)


def fitted_exponent(sizes: list[float], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) against log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-9)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx


def polnear_texts() -> Iterator[tuple[str, str]]:
    """(id, text) of each PolNeAR train article, read line by line from ../shared."""
    if not POLNEAR.exists():
        return
    with POLNEAR.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield record["id"], record["text"]


def ordinary_text(size: int) -> str:
    """The first ``size`` characters of the seeds and PolNeAR texts, cut at a paragraph."""
    parts: list[str] = []
    total = 0
    sources = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for text in [*sources, *(t for _, t in polnear_texts())]:
        parts.append(text)
        total += len(text) + 1
        if total >= size:
            break
    else:
        while total < size:  # no PolNeAR here: repeat what there is
            parts.extend(sources)
            total += sum(len(s) + 1 for s in sources)
    text = "\n".join(parts)[:size]
    cut = text.rfind("\n")
    return text[:cut] if cut > size // 2 else text


def _from_generator(build: Callable[[float], bytes], nominal: int) -> Callable[[int], str]:
    return lambda size: build(size / nominal).decode("utf-8")


KINDS: dict[str, Callable[[int], str]] = {
    "ordinary": ordinary_text,
    "worst-case": gen.worst_case,
    "double-quotes": _from_generator(gen.double_quotes, 10 * gen.MB),
    "apostrophes": _from_generator(gen.apostrophes_large, 10 * gen.MB),
    "mixed-marks": _from_generator(gen.mixed_marks_large, 10 * gen.MB),
    "no-newline": _from_generator(gen.no_newline, 10 * gen.MB),
    "many-paragraphs": _from_generator(gen.quote_many_paragraphs, 40 * 20_000),
    "sentence-punctuation": _from_generator(gen.sentence_punctuation, gen.MB),
    "quotes-in-one-sentence": lambda size: ('"a": ' * (size // 5 + 1))[:size],
}
"""Input kind → builder of about ``size`` characters of it."""


def best_time(func: Callable[[], object], repeat: int, cap: float) -> float:
    """The fastest of ``repeat`` runs (a single run when one already takes over ``cap`` s)."""
    best = math.inf
    for _ in range(repeat):
        start = time.process_time()
        func()
        best = min(best, time.process_time() - start)
        if best > cap:
            break
    return best


def bench_extract(kind: str, base: int, repeat: int, cap: float) -> tuple[list[int], list[float]]:
    build = KINDS[kind]
    sizes, seconds = [], []
    for factor in FACTORS:
        text = build(base * factor)
        elapsed = best_time(lambda: extract_quotes(text), repeat, cap)
        sizes.append(len(text))
        seconds.append(elapsed)
        rate = len(text.encode("utf-8", "surrogatepass")) / gen.MB / max(elapsed, 1e-9)
        print(f"  {kind:24} {factor:3}x {len(text):>10,} chars {elapsed:9.3f} s {rate:9.2f} MB/s", flush=True)
        if elapsed > cap * 4:
            print(f"  {kind:24} stopping: {elapsed:.1f} s at {factor}x", flush=True)
            break
    return sizes, seconds


def bench_check(base_articles: int, repeat: int, cap: float) -> tuple[list[int], list[float]] | None:
    try:
        from quotecheck.findings.crosscheck import check
        from quotecheck.quotes.extract import analyze
    except ImportError as exc:
        print(f"  check: cross-checking is not available ({exc})")
        return None
    settings = Settings()
    articles = [Article(id=i, text=t) for i, t in polnear_texts()]
    if not articles:
        print(f"  check: {POLNEAR} not found; skipped")
        return None
    analyses = [analyze(a, settings) for a in articles[: base_articles * FACTORS[-1]]]
    sizes, seconds = [], []
    for factor in FACTORS:
        batch = analyses[: base_articles * factor]
        elapsed = best_time(lambda: check(batch, settings), repeat, cap)
        sizes.append(len(batch))
        seconds.append(elapsed)
        quotes = sum(len(a.quotes) for a in batch)
        print(f"  {'check':24} {factor:3}x {len(batch):>6} articles {quotes:>7} quotes {elapsed:9.3f} s", flush=True)
    return sizes, seconds


def time_corpus(cap: float) -> None:
    """Seconds per MB to extract each adversarial file (committed and generated ones).

    Each file is decoded as the tests do (UTF-8, invalid bytes kept as lone surrogates,
    line ends untouched) and extracted as one article; a run over ``cap`` seconds is
    interrupted and shown as a lower bound.
    """
    import signal

    folders = [gen.FIXTURES, gen.BENCH]
    print(f"{'file':34} {'MB':>8} {'seconds':>9} {'s/MB':>8}")
    for entry in gen.CORPUS:
        path = next((f / entry.name for f in folders if (f / entry.name).exists()), None)
        if path is None:
            print(f"{entry.name:34} not generated (run scripts/make_adversarial.py)")
            continue
        data = path.read_bytes()
        text = data.decode("utf-8", "surrogateescape")
        megabytes = max(len(data), 1) / gen.MB

        def expire(signum: int, frame: object) -> None:
            raise TimeoutError

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, cap)
        start = time.process_time()  # CPU seconds: the wall-clock alarm above is only a safety cap
        failure = ""
        try:
            extract_quotes(text)
            over = ""
        except TimeoutError:
            over = ">"
        except Exception as exc:  # noqa: BLE001 - a figure for every file, and the error by name
            over, failure = "", f"  {type(exc).__name__}"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        elapsed = time.process_time() - start
        print(f"{entry.name:34} {megabytes:8.3f} {over:>1}{elapsed:8.3f} {over:>1}{elapsed / megabytes:7.2f}{failure}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-kb", type=int, default=64, help="size of the 1x input in KB (default 64)")
    parser.add_argument("--base-articles", type=int, default=50, help="articles in the 1x cross-check batch (default 50)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size; the best is kept (default 2)")
    parser.add_argument("--cap", type=float, default=30.0, help="seconds after which a size is run once, not repeated")
    parser.add_argument("--max-exponent", type=float, default=1.1, help="target exponent for extraction (default 1.1)")
    parser.add_argument("--only", nargs="*", choices=[*KINDS, "check"], help="only these kinds")
    parser.add_argument("--corpus", action="store_true", help="instead: seconds per MB for each adversarial file")
    args = parser.parse_args(argv)
    if args.corpus:
        extract_quotes('"Warm up," Putin said.')
        time_corpus(args.cap * 10)
        return 0
    chosen = args.only or [*KINDS, "check"]
    extract_quotes('"Warm up," Putin said.')
    results: dict[str, float] = {}
    for kind in chosen:
        print(f"{kind}:", flush=True)
        if kind == "check":
            measured = bench_check(args.base_articles, args.repeat, args.cap)
            if measured is None:
                continue
        else:
            measured = bench_extract(kind, args.base_kb * 1024, args.repeat, args.cap)
        if len(measured[0]) >= 2:
            results[kind] = fitted_exponent(*measured)
            print(f"  {kind:24} fitted exponent {results[kind]:.2f}", flush=True)
    print("\nfitted exponents (log time vs log size; 1.0 = linear):")
    failed = False
    for kind, exponent in results.items():
        verdict = "ok" if exponent <= args.max_exponent else f"OVER {args.max_exponent}"
        if kind == "check":
            verdict = "(cross-check; no target)"
        else:
            failed |= exponent > args.max_exponent
        print(f"  {kind:24} {exponent:5.2f}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
