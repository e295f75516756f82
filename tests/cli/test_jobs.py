"""--jobs N gives byte-identical output to --jobs 1 (order kept across processes)."""

import shutil

import pytest


@pytest.fixture
def bigger_batch(seeds, batch):
    """The seeds, the small batch, and enough paraphrased copies to need several chunks."""
    for n in range(24):
        text = (seeds / "000_7a94d6b597ca2e98.txt").read_text() if n % 2 else (seeds / "001_d119d4398dc4a218.txt").read_text()
        (batch / f"copy_{n:02d}.txt").write_text(f"Copy {n} of the story.\n\n" + text.replace("Putin", "Vladimir Putin", n % 3))
    shutil.copytree(seeds, batch / "seeds")
    return batch


@pytest.mark.parametrize("fmt", ["json", "text", "sarif"])
def test_jobs_2_output_is_identical_to_jobs_1(qc, bigger_batch, fmt):
    one = qc("check", "--isolated", "--quiet", "-f", fmt, "--jobs", "1", str(bigger_batch))
    two = qc("check", "--isolated", "--quiet", "-f", fmt, "--jobs", "2", str(bigger_batch))
    assert one.out and one.out == two.out
    assert (one.code, one.err) == (two.code, two.err)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_extract_jobs_2_is_identical_too(qc, bigger_batch, fmt):
    one = qc("extract", "--isolated", "-f", fmt, "-j", "1", str(bigger_batch))
    two = qc("extract", "--isolated", "-f", fmt, "-j", "2", str(bigger_batch))
    assert one.out.count("\n") > 100 and one.out == two.out
