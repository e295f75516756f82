"""A batch with bad inputs in the middle: every good article processed, each bad one reported, exit 2."""

import json
from pathlib import Path

from quotecheck.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_bad_inputs_are_reported_with_their_place_and_the_rest_is_processed(tmp_path, capsys):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a_good.txt").write_text((SEEDS / "000_7a94d6b597ca2e98.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (batch / "b_binary.txt").write_bytes(b"\x00\x01\x02 not text \x00")
    (batch / "c_latin1.txt").write_bytes("Caf\xe9 owner said \"we are open\".".encode("latin-1"))
    lines = [
        json.dumps({"id": "j1", "text": 'Jane Doe said, "We will win this time."'}),
        '{"id": "j2", "text": "broken',
        json.dumps({"id": "j3", "text": '"We rest tomorrow," Jane Doe said.'}),
    ]
    (batch / "d_lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (batch / "e_good.txt").write_text((SEEDS / "001_d119d4398dc4a218.txt").read_text(encoding="utf-8"), encoding="utf-8")

    code = main(["extract", "--format", "jsonl", "--jobs", "1", str(batch)])
    out, err = capsys.readouterr()

    assert code == 2
    articles = {json.loads(line)["article"] for line in out.splitlines()}
    assert {"a_good", "e_good", "j1", "j3"} <= articles
    assert "b_binary.txt" in err and "c_latin1.txt" in err
    assert "d_lines.jsonl:2" in err
