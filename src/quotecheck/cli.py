"""The ``quotecheck`` command: extract quotes, cross-check a batch, explain a finding code.

It behaves like the linters users already run in CI (ruff, flake8, Vale)::

    quotecheck check articles/                   # findings, exit 1 if any error
    quotecheck check --format sarif -o qc.sarif articles/
    quotecheck extract --format csv article.html
    quotecheck explain speaker-conflict

Exit status: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 a usage
or config error, or any input that could not be read (the rest of the batch is still
processed and reported).  ``docs/cli.md`` documents every option; a test holds the two
together.

This module only wires things up: settings come from :mod:`quotecheck.configfile`,
articles from :mod:`quotecheck.readers`, analyses from :mod:`quotecheck.batch`,
suppression from :mod:`quotecheck.suppress` and :mod:`quotecheck.baseline`, output from
:mod:`quotecheck.reports` (written atomically by :mod:`quotecheck.atomic`).
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO

import attrs

from quotecheck import __version__
from quotecheck.atomic import atomic_writer
from quotecheck.baseline import BaselineError, read_baseline, write_baseline
from quotecheck.batch import Seen, analyze_all
from quotecheck.config import DEFAULT_SETTINGS, SEVERITIES, Settings
from quotecheck.configfile import ConfigError, known_code, load_settings
from quotecheck.findings.codes import CODES
from quotecheck.findings.crosscheck import check
from quotecheck.progress import Progress
from quotecheck.readers import discover, load
from quotecheck.records import Analysis, Finding
from quotecheck.reports import FORMATS
from quotecheck.reports.base import Later, Summary, count_by_severity
from quotecheck.reports.explain import code_table, explain_text
from quotecheck.suppress import drop_baselined, drop_inline


class UsageError(Exception):
    """The command line asks for something that cannot be done; exit status 2."""


# -- the parser ---------------------------------------------------------------------------


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes >= 1, got {value!r}")
    return jobs


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(f"expected a similarity from 0 to 100, got {value!r}")
    return number


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _format_help(command: str) -> str:
    names = [f"{f.name} ({f.description})" for f in FORMATS.values() if f.writer(command)]
    return "output format: " + "; ".join(names) + ". Default: text"


def _add_input_options(parser: argparse.ArgumentParser, command: str) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to read; - reads standard input")
    parser.add_argument("-f", "--format", default="text", choices=list(FORMATS), metavar="FORMAT", help=_format_help(command))
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (atomically) instead of standard output")
    parser.add_argument("--stdin-name", metavar="NAME", help="file name to report for -, and whose extension picks its reader")
    config = parser.add_mutually_exclusive_group()
    config.add_argument("--config", metavar="FILE", help="read settings from FILE instead of searching for pyproject.toml / quotecheck.toml")
    config.add_argument("--isolated", "--no-config", dest="isolated", action="store_true", help="ignore every config file; use the defaults and flags only")
    parser.add_argument("-j", "--jobs", type=_jobs, metavar="N", help="analyse articles in N processes (default: all cores; 1 = in this process)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")


def _add_check_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--fail-on", choices=SEVERITIES, metavar="LEVEL", help="exit 1 when a finding is at or above LEVEL: error, warning or info (default: fail-on from config, else error)")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings (input errors still exit 2)")
    parser.add_argument("--select", action="append", metavar="CODES", help="raise only these finding codes (comma-separated, repeatable)")
    parser.add_argument("--ignore", action="append", metavar="CODES", help="never raise these finding codes (comma-separated, repeatable)")
    parser.add_argument("--threshold", type=_threshold, metavar="N", help="similarity 0-100 for two quotes to count as one statement (overrides match.threshold)")
    parser.add_argument("--baseline", metavar="FILE", help="skip findings recorded in FILE")
    parser.add_argument("--write-baseline", metavar="FILE", help="record the current findings in FILE (atomically) and exit 0 for them")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``quotecheck`` command."""
    parser = argparse.ArgumentParser(
        prog="quotecheck",
        description="Find quotes in news articles and cross-check them across a batch.",
        epilog="Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage, config or input error. See docs/cli.md.",
    )
    parser.add_argument("--version", action="version", version=f"quotecheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    extract = commands.add_parser("extract", help="print the quotes found in each article", description="Print every quote: speaker, cue, outlet, location.")
    _add_input_options(extract, "extract")

    check = commands.add_parser("check", help="extract and cross-check a batch, print findings", description="Cross-check the quotes of a batch of articles and report inconsistencies.")
    _add_input_options(check, "check")
    _add_check_options(check)

    explain = commands.add_parser("explain", help="explain a finding code", description="Explain what a finding code means, when it fires and how to tune it.")
    explain.add_argument("code", nargs="?", metavar="CODE", help="a finding code; omit to list every code")
    return parser


# -- settings -----------------------------------------------------------------------------


def _codes(values: Iterable[str] | None, option: str) -> set[str]:
    codes = set()
    for value in values or ():
        for code in filter(None, (c.strip() for c in value.split(","))):
            try:
                codes.add(known_code(code, option))
            except ConfigError as exc:
                raise UsageError(str(exc)) from None
    return codes


def resolve_settings(args: argparse.Namespace) -> Settings:
    """Config file (unless ``--isolated``) with the command-line flags on top."""
    settings = DEFAULT_SETTINGS if args.isolated else load_settings(args.config)[0]
    if args.command != "check":
        return settings
    if args.fail_on:
        settings = settings.replace(fail_on=args.fail_on)
    if args.threshold is not None:
        settings = settings.replace(match={"threshold": args.threshold})
    selected, ignored = _codes(args.select, "--select"), _codes(args.ignore, "--ignore")
    if selected or ignored:
        # --select means "only these", so it overrides the config's disable list.
        disabled = set(CODES) - selected if selected else set(settings.checks.disable)
        settings = settings.replace(checks={"disable": sorted(disabled | ignored)})
    return settings


# -- running ------------------------------------------------------------------------------


def refuse_input_target(target: str | None, option: str, inputs: Iterable[str]) -> None:
    """Raise UsageError when ``target`` (an output file) is one of the ``inputs``."""
    if target is None:
        return
    real, name = os.path.realpath(target), os.path.basename(os.path.realpath(target))
    for path in inputs:
        # comparing names first spares a realpath() per input of a large batch
        if path != "-" and (os.path.basename(path) == name or os.path.islink(path)) and os.path.realpath(path) == real:
            raise UsageError(
                f"{option} {target} is an input of this run; refusing to overwrite it. "
                "Write elsewhere, or leave it out of the inputs with exclude = [...] in the config"
            )


_RANK = {level: i for i, level in enumerate(SEVERITIES)}


def at_or_above(severity: str, threshold: str) -> bool:
    """True when ``severity`` is as severe as ``threshold`` or more (error > warning > info)."""
    return _RANK.get(severity, len(SEVERITIES)) <= _RANK[threshold]


@attrs.define
class Tally:
    """Counts kept while the batch streams past (for the summary, known only at the end)."""

    articles: int = 0
    quotes: int = 0
    input_errors: int = 0


def _analyses(args: argparse.Namespace, settings: Settings, seen: Seen, tally: Tally, err: TextIO, out: TextIO) -> Iterator[Analysis]:
    """Every article's Analysis as it comes back; input errors are printed to ``err`` and counted.

    A generator, so ``extract`` can write each article's quotes and forget them: the run
    holds one window of articles, never the batch.
    """
    where = {"stdin_name": args.stdin_name} if args.stdin_name else {}
    # Listing the inputs costs a second walk of the folders: only for a person watching,
    # and not when extract streams its lines to that same terminal (they would interleave).
    streams_to_terminal = args.command == "extract" and not args.output and out.isatty()
    watched = not args.quiet and err.isatty() and not streams_to_terminal
    progress = Progress(err, total=len(discover(args.paths, settings, **where)) if watched else 0)
    try:
        stream = seen.track(load(args.paths, settings, **where))
        for result in analyze_all(stream, settings, jobs=args.jobs or default_jobs(), quotes_only=args.command == "extract"):
            seen.analysed()
            if isinstance(result, Analysis):
                tally.articles += 1
                tally.quotes += len(result.quotes)
                progress.update(seen.files_done, tally.articles, tally.input_errors)
                yield result
            else:
                tally.input_errors += 1
                progress.note(str(result))
                progress.update(seen.files_done, tally.articles, tally.input_errors)
    finally:
        progress.close()


def _cross_check(analyses: Sequence[Analysis], settings: Settings) -> tuple[Finding, ...]:
    """The findings of the batch (a seam: the CLI tests put a stand-in here)."""
    return check(analyses, settings).findings


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``extract`` or ``check`` as the parsed ``args`` ask; returns the exit status."""
    started = time.monotonic()
    fmt = FORMATS[args.format]
    writer = fmt.writer(args.command)
    if writer is None:
        usable = ", ".join(f.name for f in FORMATS.values() if f.writer(args.command))
        other = "check" if args.command == "extract" else "extract"
        raise UsageError(f"--format {fmt.name} is for `quotecheck {other}`; `quotecheck {args.command}` writes: {usable}")
    if args.paths.count("-") > 1:
        raise UsageError("- (standard input) can be given only once")
    settings = resolve_settings(args)
    write_to = [(getattr(args, "output", None), "--output"), (getattr(args, "write_baseline", None), "--write-baseline")]
    named_inputs = [*args.paths, *([args.stdin_name] if args.stdin_name and "-" in args.paths else [])]
    for target, option in write_to:
        refuse_input_target(target, option, named_inputs)
    known = read_baseline(args.baseline) if getattr(args, "baseline", None) else frozenset()

    seen, tally = Seen(), Tally()
    analyses = _analyses(args, settings, seen, tally, err, out)

    def summary(findings: Sequence[Finding] = (), suppressed: int = 0) -> Summary:
        return Summary(
            args.command,
            articles=tally.articles,
            quotes=tally.quotes,
            findings=count_by_severity(findings) if args.command == "check" else (),
            suppressed=suppressed,
            input_errors=tally.input_errors,
            seconds=time.monotonic() - started,
        )

    def inputs_untouched() -> None:
        for target, option in write_to:
            refuse_input_target(target, option, seen.paths)

    items: Sequence[Finding] = ()
    if args.command == "extract":
        # Streamed: each article's quotes are written as it comes back, and the summary
        # (and the check that --output is not an input) waits for the end of the stream.
        quotes = (q for a in analyses for q in a.quotes)
        _write_report(args, fmt.human, writer, quotes, summary, out, before_commit=inputs_untouched)
    else:
        kept = list(analyses)
        inputs_untouched()
        raised = _cross_check(kept, settings)
        found = drop_inline(raised, seen.ignores)
        if args.write_baseline:
            recorded = write_baseline(args.write_baseline, found)
            err.write(f"quotecheck: recorded {recorded} findings in {args.write_baseline}\n")
            known = known | {f.id for f in found}
        items = drop_baselined(found, known)
        _write_report(args, fmt.human, writer, items, summary(items, len(raised) - len(items)), out)

    if tally.input_errors:
        return 2
    if args.command == "check" and not args.exit_zero and any(at_or_above(f.severity, settings.fail_on) for f in items):
        return 1
    return 0


def _write_report(
    args: argparse.Namespace,
    human: bool,
    writer: Any,
    items: Iterable[Any],
    summary: Later,
    out: TextIO,
    before_commit: Callable[[], None] | None = None,
) -> None:
    """Write the report to ``--output`` (atomically) or ``out``; colour only on a terminal.

    ``before_commit`` runs after the last item is written and before ``--output``
    replaces its target; if it raises, the target is left as it was.
    """
    shown: Later = summary
    if human:
        color = not args.output and out.isatty() and not os.environ.get("NO_COLOR")
        writer = functools.partial(writer, color=color)
        shown = None if args.quiet else summary
    if args.output:
        with atomic_writer(args.output) as stream:
            writer(stream, items, shown)
            if before_commit is not None:
                before_commit()
    else:
        writer(out, items, shown)
        if before_commit is not None:
            before_commit()


def explain(code: str | None, out: TextIO, err: TextIO) -> int:
    """``quotecheck explain [CODE]``: the code's explanation, or the list of codes."""
    if code is None:
        out.write(code_table(CODES.values()))
        return 0
    if code not in CODES:
        err.write(f"quotecheck: error: unknown finding code {code!r}; known codes:\n{code_table(CODES.values())}")
        return 2
    out.write(explain_text(CODES[code]))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the console script exits with it)."""
    out, err = sys.stdout, sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, --version (0) and usage errors (2)
        return exit_.code if isinstance(exit_.code, int) else 2
    if args.command == "explain":
        return explain(args.code, out, err)
    try:
        return run(args, out, err)
    except (UsageError, ConfigError, BaselineError) as exc:
        err.write(f"quotecheck: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        err.write("quotecheck: interrupted; no file was left half-written\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
