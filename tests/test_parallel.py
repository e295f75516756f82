import os

from quotecheck.parallel import ordered_map


def _square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def test_results_keep_input_order_across_processes():
    results = list(ordered_map(_square_and_pid, iter(range(100)), jobs=2, chunksize=3))
    assert [r for r, _ in results] == [n * n for n in range(100)]
    assert os.getpid() not in {pid for _, pid in results}


def test_small_streams_and_jobs_1_run_in_this_process():
    for jobs, items in ((1, range(50)), (4, range(3))):
        results = list(ordered_map(_square_and_pid, items, jobs=jobs, chunksize=8))
        assert [r for r, _ in results] == [n * n for n in items]
        assert {pid for _, pid in results} == {os.getpid()}


def test_stream_is_read_lazily():
    pulled = []

    def numbers():
        for n in range(1000):
            pulled.append(n)
            yield n

    results = ordered_map(_square_and_pid, numbers(), jobs=2, chunksize=4)
    next(results)
    assert len(pulled) < 100  # a bounded window, not the whole stream
    results.close()
