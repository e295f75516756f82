"""The loader: order, folders, globs, ids, standard input, and bad inputs in a batch."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from quotecheck.config import Settings
from quotecheck.readers import InputError, Source, discover, load
from quotecheck.records import Article


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)


def test_a_batch_with_bad_files_loads_every_good_article_and_reports_each_bad_one(tmp_path):
    write(tmp_path, {
        "a.txt": "Putin said \u201cyes.\u201d",
        "b.bin.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "c.txt": "Line one\nCaf\xe9 society\n".encode("latin-1"),
        "d.jsonl": '{"id": "d1", "text": "One."}\n{"id": "d2", "text": broken}\n{"id": "d3", "text": "Three."}\n',
        "e.md": "Trump said it.",
    })
    items = list(load([str(tmp_path)]))
    summary = [(Path(i.path).name, i.line, i.message.split(":")[0]) if isinstance(i, InputError) else i.id
               for i in items]
    assert summary == [
        "a",
        ("b.bin.txt", None, "binary file, not an article"),
        ("c.txt", 2, "not UTF-8"),
        "d1",
        ("d.jsonl", 2, "malformed JSON"),
        "d3",
        "e",
    ]


def test_paths_keep_their_order_and_folders_are_read_in_path_order(tmp_path):
    write(tmp_path, {"z.txt": "Z.", "dir/b.txt": "B.", "dir/a.txt": "A.", "dir/a/x.md": "X.", "dir/a.b.txt": "AB.",
                     "dir/.hidden.txt": "H.", "dir/.git/c.txt": "G.", "dir/notes.rtf": "R.", "dir/UP.TXT": "Up."})
    items = list(load([str(tmp_path / "z.txt"), str(tmp_path / "dir")]))
    assert [i.text for i in items] == ["Z.", "Up.", "AB.", "A.", "X.", "B."]  # "." sorts before "/"


def test_a_missing_path_and_an_unknown_explicit_file_are_errors_in_place(tmp_path):
    write(tmp_path, {"a.txt": "A.", "notes.rtf": "R."})
    items = list(load([str(tmp_path / "missing.txt"), str(tmp_path / "a.txt"), str(tmp_path / "notes.rtf")]))
    assert [(type(i).__name__, getattr(i, "message", getattr(i, "text", None))) for i in items] == [
        ("InputError", "no such file or folder"),
        ("Article", "A."),
        ("InputError", "unknown file type .rtf"),
    ]


def test_include_and_exclude_globs_filter_folders_and_exclude_applies_to_named_files(tmp_path):
    write(tmp_path, {"keep/a.txt": "A.", "keep/b.html": "<p>B.</p>", "drafts/c.txt": "C.", "d.txt": "D."})
    only_txt = Settings().replace(input={"include": ["*.txt"], "exclude": ["drafts/*"]})
    assert [i.text for i in load([str(tmp_path)], only_txt)] == ["D.", "A."]
    no_d = Settings().replace(input={"exclude": ["d.txt"]})
    assert [i.text for i in load([str(tmp_path / "d.txt"), str(tmp_path / "keep")], no_d)] == ["A.", "B."]
    html_only = Settings().replace(input={"include": ["*.html"]})
    assert [i.text for i in load([str(tmp_path / "d.txt")], html_only)] == ["D."]  # named outright


def test_shared_stems_take_the_path_as_id_whatever_the_order(tmp_path):
    write(tmp_path, {"x/story.txt": "One.", "y/story.html": "<p>Two.</p>", "other.txt": "Three."})
    ids = [a.id for a in load([str(tmp_path)])]
    root = tmp_path.as_posix()
    assert ids == ["other", f"{root}/x/story.txt", f"{root}/y/story.html"]
    reverse = [a.id for a in load([str(tmp_path / "y"), str(tmp_path / "x")])]
    assert reverse == [f"{root}/y/story.html", f"{root}/x/story.txt"]


def test_repeated_ids_inside_files_are_made_unique(tmp_path):
    write(tmp_path, {"a.jsonl": '{"id": "s", "text": "One."}\n{"id": "s", "text": "Two."}\n',
                     "b.md": "---\nid: s\n---\nThree.\n"})
    path = (tmp_path / "a.jsonl").as_posix()
    ids = [a.id for a in load([str(tmp_path)])]
    assert ids == ["s", f"s@{path}:2", f"s@{(tmp_path / 'b.md').as_posix()}"]
    assert len(set(ids)) == 3


def test_a_file_named_twice_is_read_once(tmp_path):
    write(tmp_path, {"a.txt": "A."})
    assert len(list(load([str(tmp_path / "a.txt"), str(tmp_path), str(tmp_path / "a.txt")]))) == 1


def test_stdin_is_read_in_the_format_of_its_name():
    (article,) = load(["-"], stdin=io.BytesIO(b"<p>Hello</p><script>x</script>"), stdin_name="page.html")
    assert (article.id, article.text, article.origin.path) == ("page", "Hello", "page.html")
    (plain,) = load(["-"], stdin=io.BytesIO(b"<p>Hello</p>"))
    assert (plain.id, plain.text, plain.origin.path) == ("<stdin>", "<p>Hello</p>", "<stdin>")


def test_discover_lists_inputs_without_reading_them(tmp_path):
    write(tmp_path, {"a.txt": b"\x00binary", "b.jsonl": "{}"})
    found = discover([str(tmp_path), str(tmp_path / "nope"), "-"], stdin_name="in.md")
    assert found == [
        Source((tmp_path / "a.txt").as_posix(), "txt", "a"),
        Source((tmp_path / "b.jsonl").as_posix(), "jsonl", "b"),
        InputError((tmp_path / "nope").as_posix(), message="no such file or folder",
                   hint="check the path; use `-` to read standard input"),
        Source("in.md", "md", "in", stdin=True),
    ]


def test_a_broken_symlink_is_an_error(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "target.txt")
    (error,) = load([str(tmp_path)])
    assert error.message == "broken symbolic link: its target does not exist"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_file_is_an_error(tmp_path):
    write(tmp_path, {"locked.txt": "A."})
    (tmp_path / "locked.txt").chmod(0)
    (error,) = load([str(tmp_path)])
    assert error.message == "permission denied"


def test_a_folder_with_a_known_extension_is_recursed_not_read(tmp_path):
    write(tmp_path, {"odd.txt/inner.txt": "Inner."})
    assert [a.text for a in load([str(tmp_path / "odd.txt")])] == ["Inner."]


def test_load_yields_lazily_one_input_at_a_time(tmp_path):
    write(tmp_path, {"a.txt": "A.", "b.txt": "B."})
    items = load([str(tmp_path)])
    first = next(items)
    (tmp_path / "b.txt").write_text("Changed.")
    assert isinstance(first, Article) and [i.text for i in items] == ["Changed."]


def test_an_os_error_while_opening_is_an_error_in_place(tmp_path, monkeypatch):
    import quotecheck.readers as readers

    write(tmp_path, {"a.txt": "A.", "b.txt": "B."})

    def refuse(path, mode="r"):  # type: ignore[no-untyped-def]
        if str(path).endswith("a.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, mode)

    monkeypatch.setattr(readers, "open", refuse, raising=False)
    error, article = load([str(tmp_path)])
    assert (error.path, error.message) == ((tmp_path / "a.txt").as_posix(), "permission denied")
    assert article.text == "B."
