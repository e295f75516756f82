"""A regression floor on real annotated news (PolNeAR dev, first 30 articles)."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"

pytestmark = pytest.mark.skipif(not DEV.exists(), reason=f"PolNeAR is not at {DEV} (it lives in ../shared beside the project)")


def test_direct_quote_figures_stay_above_the_floor():
    sys.path.insert(0, str(ROOT / "scripts"))
    from evaluate import evaluate_polnear

    with DEV.open(encoding="utf-8") as fh:
        articles = [json.loads(line) for _, line in zip(range(30), fh)]
    c = evaluate_polnear(articles)
    precision, recall = c["sys_ok"] / c["sys_q"], c["found"] / c["gold"]
    assert precision > 0.85 and recall > 0.9
    assert c["exact"] / c["exact_n"] > 0.9
    assert c["spk"] / c["spk_n"] > 0.65
