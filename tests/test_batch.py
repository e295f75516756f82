from quotecheck import batch
from quotecheck.config import Settings
from quotecheck.readers.errors import InputError
from quotecheck.records import Analysis, Article, Origin, Span


def _article(id, path, ignore=()):
    return Article(id=id, text='He said "hello there my friends" today.', origin=Origin(path), ignore=ignore)


def test_seen_keeps_paths_and_ignores_only_and_counts_files_as_results_return():
    marker = ((Span(0, 10), ("speaker-conflict",)),)
    items = [_article("a1", "feed.jsonl"), _article("a2", "feed.jsonl", marker), InputError("bad.txt"), _article("b", "b.txt")]
    seen = batch.Seen()
    assert list(seen.track(items)) == items
    assert seen.paths == {"feed.jsonl", "bad.txt", "b.txt"}
    assert seen.ignores == {"a2": marker}
    done = []
    for _ in items:
        seen.analysed()
        done.append(seen.files_done)
    assert done == [1, 1, 2, 3] and not seen.in_flight


def test_an_article_the_engine_fails_on_becomes_an_input_error(monkeypatch):
    def broken(article, settings):
        raise IndexError("boom")

    monkeypatch.setattr(batch, "analyze", broken)
    results = list(batch.analyze_all([_article("x", "x.txt"), InputError("y.txt")], Settings(), jobs=1))
    assert [type(r) for r in results] == [InputError, InputError]
    assert results[0].path == "x.txt" and "IndexError: boom" in results[0].message


def test_quotes_only_gives_extract_quotes():
    [result] = batch.analyze_all([_article("x", "x.txt")], Settings(), jobs=1, quotes_only=True)
    assert isinstance(result, Analysis) and [q.text for q in result.quotes] == ["hello there my friends"]
