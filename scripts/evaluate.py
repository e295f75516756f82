#!/usr/bin/env python3
"""Accuracy of quote extraction on PolNeAR and on the hand-checked seed fixture.

Usage: python scripts/evaluate.py [--split dev|train] [--polnear DIR] [--errors N]

Direct-quote task (gold = attributions whose content has quote marks):
- a system quote (direct or partial) is correct when most of its characters lie inside a
  gold content span; a gold is found when a correct system quote lies mostly inside it;
- exact: for fully quoted gold contents, the system's words equal the gold words once
  marks and edge punctuation are stripped;
- speaker: the system's speaker_mention overlaps the gold source span;
- cue: the system's cue span overlaps the gold cue span;
- outlets: for gold attributions whose source or cue names a news outlet, the share whose
  system quote names that outlet.
All-attributions task: every gold attribution (indirect included) against every system
quote; a pair matches when their overlap covers at least half of the gold content.
"""

from __future__ import annotations

import argparse
import json
import sys

import regex
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from quotecheck import Article, Quote, extract_quotes  # noqa: E402
from quotecheck.quotes.outlets import outlet_table  # noqa: E402

MARKS = "\"“”‘’'«»„`"
EDGE = MARKS + " \t\n\u00a0.,;:!?—–-…()[]"


def _norm(words: str) -> list[str]:
    """The words alone: marks, punctuation and spacing do not count against exactness."""
    return [w.strip("’'") for w in regex.findall(r"[\p{L}\p{N}][\p{L}\p{N}’'\-]*", words)]


def _spans(q: dict) -> list[tuple[int, int]]:
    return [tuple(f) for f in q.get("fragments") or [[q["start"], q["end"]]]]


def _inside(spans: list[tuple[int, int]], within: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e, we) - max(s, ws)) for s, e in spans for ws, we in within)


def _qspans(q: Quote) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in q.fragments] or [(q.start, q.end)]


def _overlaps(a: tuple[int, int] | None, spans: list[tuple[int, int]]) -> bool:
    return a is not None and any(a[0] < e and s < a[1] for s, e in spans)


def evaluate_polnear(articles: Iterable[dict], errors: int = 0) -> dict[str, float]:
    table = outlet_table()
    c = dict(sys_q=0, sys_ok=0, gold=0, found=0, exact_n=0, exact=0, spk_n=0, spk=0, cue_n=0, cue=0,
             out_n=0, out=0, all_gold=0, all_found=0, all_sys=0, all_ok=0)
    shown = 0
    for art in articles:
        text = art["text"]
        quotes = extract_quotes(Article(id=art["id"], text=text, published=art["meta"].get("publication_date")))
        marked = [q for q in quotes if q.kind in ("direct", "partial")]
        golds = art["quotes"]
        gold_direct = [g for g in golds if g["kind"] in ("direct", "mixed")]
        all_gold_spans = [s for g in golds for s in _spans(g)]
        c["sys_q"] += len(marked)
        correct = []
        for q in marked:
            spans = _qspans(q)
            size = sum(e - s for s, e in spans) or 1
            if _inside(spans, all_gold_spans) * 2 > size:
                c["sys_ok"] += 1
                correct.append(q)
            elif shown < errors:
                shown += 1
                print(f"  FP {art['id']}: {q.words[:90]!r}  speaker={q.speaker}")
        for g in gold_direct:
            c["gold"] += 1
            gspans = _spans(g)
            hits = [q for q in correct if _inside(_qspans(q), gspans) * 2 > sum(e - s for s, e in _qspans(q))]
            if not hits:
                if shown < errors:
                    shown += 1
                    print(f"  FN {art['id']}: {g['text'][:90]!r}")
                continue
            c["found"] += 1
            if g["kind"] == "direct":
                c["exact_n"] += 1
                words = " ".join(text[s:e] for q in sorted(hits, key=lambda q: q.start) for s, e in _qspans(q))
                gold_words = " ".join(text[s:e] for s, e in gspans)
                if _norm(words) == _norm(gold_words):
                    c["exact"] += 1
                elif shown < errors:
                    shown += 1
                    print(f"  WORDS {art['id']}: sys={_norm(words)[:80]!r}\n        gold={_norm(gold_words)[:80]!r}")
            for key, field, gold_spans in (
                ("spk", "speaker", [tuple(f) for f in g.get("speaker_fragments") or [[g["speaker_start"], g["speaker_end"]]]]
                 if g.get("speaker_start") is not None else None),
                ("cue", "cue", [(g["cue_start"], g["cue_end"])] if g.get("cue_start") is not None else None),
            ):
                if gold_spans is None:
                    continue
                c[key + "_n"] += 1
                mentions = [q.speaker_mention if field == "speaker" else q.cue for q in hits]
                if any(m is not None and _overlaps((m.start, m.end), gold_spans) for m in mentions):
                    c[key] += 1
                elif shown < errors:
                    shown += 1
                    print(f"  {field.upper()} {art['id']}: gold={g[field]!r} sys={[m.text if m else None for m in mentions]} in {g['text'][:60]!r}")
            named = {m.name for field in ("speaker", "cue") if g.get(field) for m in table.find(g[field]) if not m.name.startswith("?")}
            if named:
                c["out_n"] += 1
                if any(q.outlet in named for q in hits):
                    c["out"] += 1
                elif shown < errors:
                    shown += 1
                    print(f"  OUTLET {art['id']}: gold={named} sys={[q.outlet for q in hits]} cue={g.get('cue')!r} src={g.get('speaker')!r}")
        # All attributions.
        c["all_sys"] += len(quotes)
        gold_sp = [_spans(g) for g in golds]
        for g in gold_sp:
            c["all_gold"] += 1
            glen = sum(e - s for s, e in g) or 1
            if any(_inside(_qspans(q), g) * 2 >= glen for q in quotes):
                c["all_found"] += 1
        for q in quotes:
            if any(_inside(_qspans(q), g) * 2 >= (sum(e - s for s, e in g) or 1) for g in gold_sp):
                c["all_ok"] += 1
    return c


def _pct(a: int, b: int) -> float:
    return 100.0 * a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report_polnear(c: dict, label: str) -> None:
    p, r = _pct(c["sys_ok"], c["sys_q"]), _pct(c["found"], c["gold"])
    print(f"PolNeAR {label} — direct-quote task ({c['gold']} gold attributions with quote marks)")
    print(f"  precision {p:5.1f}  recall {r:5.1f}  F1 {_f1(p, r):5.1f}   ({c['sys_ok']}/{c['sys_q']} system quotes correct, {c['found']}/{c['gold']} gold found)")
    print(f"  exact words   {_pct(c['exact'], c['exact_n']):5.1f} %  ({c['exact']}/{c['exact_n']} fully quoted gold)")
    print(f"  speaker       {_pct(c['spk'], c['spk_n']):5.1f} %  ({c['spk']}/{c['spk_n']} found gold with a source)")
    print(f"  cue           {_pct(c['cue'], c['cue_n']):5.1f} %  ({c['cue']}/{c['cue_n']} found gold with a cue)")
    print(f"  outlet named  {_pct(c['out'], c['out_n']):5.1f} %  ({c['out']}/{c['out_n']} found gold whose source or cue names an outlet)")
    ap, ar = _pct(c["all_ok"], c["all_sys"]), _pct(c["all_found"], c["all_gold"])
    print(f"PolNeAR {label} — all-attributions task ({c['all_gold']} gold, indirect included; overlap ≥ half the gold content)")
    print(f"  precision {ap:5.1f}  recall {ar:5.1f}  F1 {_f1(ap, ar):5.1f}")


def evaluate_seeds(errors: int = 0) -> None:
    fixture = json.loads((ROOT / "fixtures" / "seeds" / "expected.json").read_text(encoding="utf-8"))
    n = found = speaker = cue = outlet = 0
    for name, expected in sorted(fixture.items()):
        text = (ROOT / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
        quotes = [q for q in extract_quotes(Article(id=name, text=text)) if q.kind in ("direct", "partial")]
        by_words = {q.words: q for q in quotes}
        for exp in expected:
            n += 1
            q = by_words.get(exp["words"])
            if q is None:
                if errors:
                    print(f"  missing in {name}: {exp['words'][:70]!r}")
                continue
            found += 1
            speaker += q.speaker == exp["speaker"]
            cue += (q.cue.text if q.cue else None) == exp["cue"]
            outlet += (q.outlet, q.via, q.platform) == (exp.get("outlet"), exp.get("via"), exp.get("platform"))
            if errors and (q.speaker != exp["speaker"] or (q.outlet, q.via, q.platform) != (exp.get("outlet"), exp.get("via"), exp.get("platform"))):
                print(f"  {name}: {exp['words'][:50]!r}: speaker {q.speaker!r} (want {exp['speaker']!r}), outlet {q.outlet!r}/{q.via!r}/{q.platform!r}")
    print(f"Seeds — {n} hand-checked quotes in the fixture")
    print(f"  found with exact words {found}/{n}   speaker {speaker}/{n}   cue {cue}/{n}   outlet/via/platform {outlet}/{n}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--polnear", default=str(ROOT.parent / "shared" / "data" / "polnear"))
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors to study")
    args = ap.parse_args(argv)
    evaluate_seeds(args.errors)
    path = Path(args.polnear) / f"{args.split}.jsonl"
    if not path.exists():
        print(f"PolNeAR not found at {path}: skipped (it lives in ../shared/data/polnear)")
        return 0
    with path.open(encoding="utf-8") as fh:
        counts = evaluate_polnear((json.loads(line) for line in fh), args.errors)
    report_polnear(counts, args.split)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
