from quotecheck.records import Evidence, Finding, Span
from quotecheck.suppress import drop_baselined, drop_inline, silenced_inline


def _finding(code="speaker-conflict", spans=(("a", 10, 20), ("b", 50, 60)), id="f1"):
    evidence = tuple(Evidence(article=art, start=s, end=e) for art, s, e in spans)
    return Finding(id=id, code=code, severity="error", message="m", evidence=evidence)


def test_marker_naming_the_code_silences_when_any_evidence_lies_inside():
    finding = _finding()
    assert silenced_inline(finding, {"b": ((Span(40, 70), ("speaker-conflict",)),)})
    assert silenced_inline(finding, {"a": ((Span(0, 100), ()),)})  # no codes: every code


def test_marker_for_another_code_article_or_place_does_not_silence():
    finding = _finding()
    assert not silenced_inline(finding, {"b": ((Span(40, 70), ("title-conflict",)),)})
    assert not silenced_inline(finding, {"c": ((Span(0, 100), ()),)})
    assert not silenced_inline(finding, {"a": ((Span(15, 100), ()),)})  # overlaps, not inside


def test_drop_functions_keep_order():
    kept, silenced, old = _finding(id="k1"), _finding(spans=(("z", 1, 2),), id="s"), _finding(id="k2")
    assert drop_inline([kept, silenced, old], {"z": ((Span(0, 5), ()),)}) == (kept, old)
    assert drop_baselined([kept, silenced, old], frozenset({"s", "k2"})) == (kept,)
