"""JSON-ready forms of the records (``as_record``) — kept apart from the record classes.

The CLI, the report formats and editorial tools all consume these dictionaries, so their
keys are part of the public interface: add keys, never rename or drop them.
"""

from __future__ import annotations

from functools import singledispatch
from typing import Any

from quotecheck.records import (
    Article,
    Cluster,
    DiffOp,
    Evidence,
    Finding,
    Location,
    Mention,
    Quote,
    Span,
)

RECORD_VERSION = 1


def _mention(m: Mention | None) -> dict[str, Any] | None:
    return None if m is None else {"text": m.text, "start": m.start, "end": m.end}


def _location(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    out: dict[str, Any] = {"path": loc.path, "line": loc.line, "column": loc.column}
    if loc.element is not None:
        out["element"] = loc.element
    return out


@singledispatch
def as_record(obj: object) -> dict[str, Any]:
    """The JSON-ready dictionary form of a quotecheck record."""
    raise TypeError(f"as_record() takes a Quote, Finding, Evidence, Cluster or Article, not {type(obj).__name__}")


@as_record.register
def _(quote: Quote) -> dict[str, Any]:
    return {
        "article": quote.article,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "fragments": [{"text": f.text, "start": f.start, "end": f.end} for f in quote.fragments],
        "kind": quote.kind,
        "speaker": quote.speaker,
        "speaker_mention": _mention(quote.speaker_mention),
        "role": quote.role,
        "cue": _mention(quote.cue),
        "outlet": quote.outlet,
        "via": quote.via,
        "platform": quote.platform,
        "audience": quote.audience,
        "occasion": quote.occasion,
        "sentence": {"start": quote.sentence.start, "end": quote.sentence.end},
        "paragraph": quote.paragraph,
        "dates": list(quote.dates),
        "location": _location(quote.location),
    }


@as_record.register
def _(ev: Evidence) -> dict[str, Any]:
    return {
        "article": ev.article,
        "start": ev.start,
        "end": ev.end,
        "text": ev.text,
        "speaker": ev.speaker,
        "role": ev.role,
        "outlet": ev.outlet,
        "via": ev.via,
        "cue": ev.cue,
        "audience": ev.audience,
        "published": ev.published,
        "location": _location(ev.location),
    }


@as_record.register
def _(op: DiffOp) -> dict[str, Any]:
    return {"op": op.op, "old": op.old, "new": op.new}


@as_record.register
def _(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "code": finding.code,
        "severity": finding.severity,
        "message": finding.message,
        "score": finding.score,
        "scorer": finding.scorer,
        "cluster": finding.cluster,
        "evidence": [as_record(e) for e in finding.evidence],
        "diff": [as_record(d) for d in finding.diff],
    }


@as_record.register
def _(cluster: Cluster) -> dict[str, Any]:
    return {
        "id": cluster.id,
        "canonical": cluster.canonical,
        "quotes": [as_record(q) for q in cluster.quotes],
    }


@as_record.register
def _(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "url": article.url,
        "path": article.origin.path if article.origin else None,
        "chars": len(article.text),
    }


@as_record.register
def _(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end}
