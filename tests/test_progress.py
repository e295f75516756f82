import io

from quotecheck.progress import SHOW_ABOVE, Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_draws_only_on_a_terminal_for_more_than_a_few_files():
    assert not Progress(io.StringIO(), total=100).enabled  # CI log, a pipe
    assert not Progress(Terminal(), total=SHOW_ABOVE).enabled  # a small batch
    assert Progress(Terminal(), total=SHOW_ABOVE + 1).enabled


def test_bar_is_erased_before_messages_and_at_the_end():
    screen = Terminal()
    progress = Progress(screen, total=10)
    progress.update(5, 7, 0)
    assert "[############............] 5/10 files, 7 articles, 0 input errors" in screen.getvalue()
    progress.note("x.txt: cannot be read")
    progress.close()
    after_bar = screen.getvalue().split("input errors", 1)[1]
    assert after_bar.startswith("\r" + " " * len("[############............] 5/10 files, 7 articles, 0 input errors") + "\r")
    assert after_bar.endswith("x.txt: cannot be read\n")
