"""quotecheck: find quotes in news articles and check them across a batch.

The public API is a handful of verbs:

- :func:`extract_quotes` — an article (or a string) → its quote records;
- :func:`cross_check` — a batch of articles → clusters of the same statement and findings;
- :func:`as_record` — any record → its JSON-ready dictionary;
- :func:`load` — paths → articles and input errors (the readers behind the CLI).

All of them take an optional :class:`Settings`; none keeps global state.
"""

from quotecheck.config import Settings
from quotecheck.records import Article, Cluster, Evidence, Finding, Mention, Quote, Report, Span
from quotecheck.serialize import as_record
from quotecheck.quotes.extract import extract_quotes
from quotecheck.findings.crosscheck import cross_check
from quotecheck.readers import InputError, load

__all__ = [
    "Article",
    "Cluster",
    "Evidence",
    "Finding",
    "InputError",
    "Mention",
    "Quote",
    "Report",
    "Settings",
    "Span",
    "as_record",
    "cross_check",
    "extract_quotes",
    "load",
]

__version__ = "0.1.0"
