"""Exact findings on small hand-written batches, one family of checks at a time."""

from quotecheck.config import Settings
from quotecheck.findings.crosscheck import check
from quotecheck.records import Analysis

from builders import analysis, q, said

MCCONNELL = "It's time to quit attacking various people and get on with the work of the Senate"
PUTIN = "The proposal could serve as the basis for future agreements"


def codes(report):
    return [(f.code, f.severity) for f in report.findings]


def test_different_people_saying_the_same_words_is_a_speaker_conflict():
    report = check([said(MCCONNELL, "Mitch McConnell", "nyt"), said(MCCONNELL, "Paul Ryan", "usat")])
    assert codes(report) == [("speaker-conflict", "error")]
    finding = report.findings[0]
    assert "Mitch McConnell (nyt)" in finding.message and "Paul Ryan (usat)" in finding.message
    assert [(e.article, e.speaker) for e in finding.evidence] == [("nyt", "Mitch McConnell"), ("usat", "Paul Ryan")]
    assert finding.cluster == report.clusters[0].id and len(finding.id) == 12


def test_one_person_under_several_names_is_no_conflict():
    batch = [
        said(MCCONNELL, "Mr. McConnell", "a"),
        said(MCCONNELL.upper(), "Senate Majority Leader Mitch McConnell, R-Ky.", "b"),
        said(MCCONNELL.replace("'", "\u2019") + "!", "McConnell", "c"),
    ]
    report = check(batch)
    assert report.findings == () and len(report.clusters) == 1 and len(report.clusters[0].quotes) == 3


def test_an_unnamed_source_is_only_info():
    report = check([said(MCCONNELL, "Mitch McConnell", "a"), said(MCCONNELL, "a senior Republican official", "b")])
    assert codes(report) == [("speaker-anonymous", "info")]
    assert "Mitch McConnell" in report.findings[0].message and "elsewhere" in report.findings[0].message


def test_unknown_speakers_never_conflict():
    assert check([said(MCCONNELL, "Mitch McConnell", "a"), said(MCCONNELL, None, "b"), said(MCCONNELL, "he", "c")]).findings == ()


def test_a_surname_that_is_also_a_common_word_names_the_person_the_article_names():
    # ("May" and "House" are a month and an institution on their own; the article names the people)
    text = f"Prime Minister Theresa May spoke. \u201c{MCCONNELL},\u201d Mrs. May said."
    may = analysis("a", text, q(MCCONNELL, "Mrs. May"), people=(("Theresa May", "Prime Minister", "Prime Minister Theresa May"),))
    text = f"Jane House spoke. \u201c{MCCONNELL},\u201d House said."
    house = analysis("b", text, q(MCCONNELL, "House"), people=(("Jane House", None, "Jane House"),))
    report = check([may, house])
    assert codes(report) == [("speaker-conflict", "error")]
    assert [e.speaker for e in report.findings[0].evidence] == ["Mrs. May", "House"]
    assert "Theresa May (a)" in report.findings[0].message and "Jane House (b)" in report.findings[0].message
    # (with no such person in the article the word stays no one: nothing to compare)
    assert check([said(MCCONNELL, "Mrs. May", "c"), said(MCCONNELL, "House", "d")]).findings == ()


def test_the_same_words_attributed_twice_within_one_article():
    text = f"\u201c{MCCONNELL},\u201d McConnell said. Later Ryan said: \u201c{MCCONNELL}.\u201d"
    report = check([analysis("a", text, q(MCCONNELL, "Mitch McConnell"), q(MCCONNELL, "Paul Ryan"))])
    assert codes(report) == [("speaker-conflict", "error")]
    assert "within a" in report.findings[0].message
    assert [e.start for e in report.findings[0].evidence] == [1, text.rindex(MCCONNELL)]


def test_a_speaker_quoting_someone_else_in_nested_marks_is_no_conflict():
    comey = "extremely careless in their handling of very sensitive, highly classified information"
    tweet = f"Crooked Hillary Clinton and her team \u2018were {comey}.\u2019 Not fit!"
    report = check([said(tweet, "Donald Trump", "a"), said(comey, "James Comey", "b")])
    assert "speaker-conflict" not in {f.code for f in report.findings}


def test_short_quotes_by_different_people_are_not_linked():
    report = check([said("difficult work", "Vladimir Putin", "a"), said("difficult work", "Yuri Ushakov", "b")])
    assert report.findings == () and report.clusters == ()


def test_a_changed_modal_is_an_error_with_a_word_diff():
    report = check([said(PUTIN, "Vladimir Putin", "a"), said(PUTIN.replace("could", "will"), "Putin", "b")])
    assert codes(report) == [("wording-changed", "error")]
    finding = report.findings[0]
    assert [(d.op, d.old, d.new) for d in finding.diff if d.op != "equal"] == [("replace", "could", "will")]
    assert finding.scorer == "ratio" and 90 <= finding.score < 100
    assert "Vladimir Putin" in finding.message and "modal" in finding.message


def test_a_dropped_negation_is_an_error_and_a_plain_substitution_a_warning():
    words = "We will not accept any plan that rewards the aggression of Russia"
    dropped = check([said(words, "Oleksandr Merezhko", "a"), said(words.replace(" not", ""), "Merezhko", "b")])
    assert codes(dropped) == [("wording-changed", "error")] and "negation" in dropped.findings[0].message
    plain = check([said(words, "Oleksandr Merezhko", "a"), said(words.replace("rewards", "excuses"), "Merezhko", "b")])
    assert codes(plain) == [("wording-changed", "warning")]


def test_casing_punctuation_marks_and_marked_cuts_are_not_findings():
    batch = [
        said(MCCONNELL, "Mitch McConnell", "a"),
        said("IT\u2019S TIME \u2014 TO QUIT ATTACKING VARIOUS PEOPLE, AND GET ON WITH THE WORK OF THE SENATE", "McConnell", "b"),
        said("It's time to quit attacking various people \u2026 the work of the Senate", "McConnell", "c"),
        said("It's time to quit attacking various people ... the work of the Senate", "McConnell", "d"),
    ]
    assert check(batch).findings == ()


def test_a_fragment_is_truncated_info_or_warning_when_the_cut_holds_a_condition():
    whole = "They would not accept it unless the plan meets most of Putin's demands"
    report = check([said(whole, "Boris Bondarev", "a"), said("They would not accept it", "Bondarev", "b")])
    assert codes(report) == [("quote-truncated", "warning")]
    assert "unless the plan meets most of Putin's demands" in report.findings[0].message
    harmless = "We should be ready for any surprises from the Kremlin at any time"
    report = check([said(harmless, "Boris Bondarev", "a"), said("We should be ready for any surprises", "Bondarev", "b")])
    assert codes(report) == [("quote-truncated", "info")]
    assert [d.op for d in report.findings[0].diff] == ["equal", "delete"]


def test_a_headline_echoing_its_own_body_is_no_truncation_but_another_article_cutting_it_is():
    whole = "They would not accept it unless the plan meets most of Putin's demands"
    echo = analysis(
        "a",
        f"Bondarev: \u201cThey would not accept it\u201d\n\nBoris Bondarev said: \u201c{whole}\u201d",
        q("They would not accept it", "Bondarev"),
        q(whole, "Boris Bondarev"),
    )
    assert check([echo]).findings == ()
    report = check([echo, said("They would not accept it", "Bondarev", "b")])
    assert codes(report) == [("quote-truncated", "warning")]
    assert [e.article for e in report.findings[0].evidence] == ["a", "b"]
    assert report.findings[0].message.startswith("b quotes only part of")


def test_a_fragment_with_its_own_change_is_also_a_wording_change():
    whole = "We should be ready for any surprises from the Kremlin at any time"
    report = check([said(whole, "Boris Bondarev", "a"), said("We could be ready for any surprises from the Kremlin", "Bondarev", "b")])
    assert sorted(codes(report)) == [("quote-truncated", "info"), ("wording-changed", "error")]


def test_different_outlets_conflict_and_a_missing_one_does_not():
    report = check([said(PUTIN, "Vladimir Putin", "a", outlet="Reuters"), said(PUTIN, "Putin", "b", outlet="TASS"),
                    said(PUTIN, "Putin", "c")])
    assert codes(report) == [("outlet-conflict", "warning")]
    assert "Reuters (a)" in report.findings[0].message and "TASS (b)" in report.findings[0].message
    same = check([said(PUTIN, "Vladimir Putin", "a", outlet="AP"), said(PUTIN, "Putin", "b", outlet="the Associated Press")])
    assert same.findings == ()


def test_different_chains_conflict():
    report = check([said(PUTIN, "Putin", "a", outlet="India Today", via="Russian state agencies"),
                    said(PUTIN, "Putin", "b", outlet="India Today", via="Reuters")])
    assert codes(report) == [("outlet-conflict", "warning")]


def test_audiences_occasions_and_dates_that_disagree_are_context_conflicts():
    report = check([said(PUTIN, "Putin", "a", audience="his Security Council"), said(PUTIN, "Putin", "b", audience="reporters"),
                    said(PUTIN, "Putin", "c", audience="Russian reporters")])
    assert codes(report) == [("context-conflict", "warning")]
    assert "his Security Council" in report.findings[0].message
    dates = check([said(PUTIN, "Putin", "a", dates=("2025-11-27",)), said(PUTIN, "Putin", "b", dates=("2025-11-21",))])
    assert codes(dates) == [("context-conflict", "warning")]


def test_former_and_current_title_in_one_period_is_a_title_conflict():
    a = analysis("a", "former President Donald Trump met. President Trump left.",
                 people=(("Donald Trump", "former President", "former President Donald Trump"),
                         ("Donald Trump", "President", "President Trump")))
    b = analysis("b", "U.S. President Donald Trump spoke.", people=(("Donald Trump", "U.S. President", "U.S. President Donald Trump"),))
    report = check([a, b])
    assert codes(report) == [("title-conflict", "error")]
    assert [(e.article, e.role) for e in report.findings[0].evidence] == [
        ("a", "former President"), ("a", "President"), ("b", "U.S. President")]


def test_compatible_titles_and_different_periods_are_no_title_conflict():
    a = analysis("a", "President Zelenskyy spoke.", people=(("Volodymyr Zelenskyy", "President", "President Zelenskyy"),))
    b = analysis("b", "Ukrainian President Volodymyr Zelenskyy spoke.",
                 people=(("Volodymyr Zelenskyy", "Ukrainian President", "Ukrainian President Volodymyr Zelenskyy"),))
    assert check([a, b]).findings == ()
    old = analysis("c", "President Obama spoke.", people=(("Barack Obama", "President", "President Obama"),), published="2016-05-01")
    new = analysis("d", "former President Obama spoke.", people=(("Barack Obama", "former President", "former President Obama"),),
                   published="2017-05-01")
    assert check([old, new]).findings == ()
    historical = analysis("e", "President Reagan signed it.", people=(("Ronald Reagan", "President", "President Reagan"),))
    later = analysis("f", "former President Ronald Reagan said.",
                     people=(("Ronald Reagan", "former President", "former President Ronald Reagan"),))
    assert check([historical, later]).findings == ()


def test_settings_disable_codes_and_override_severities():
    batch = [said(MCCONNELL, "Mitch McConnell", "a"), said(MCCONNELL, "Paul Ryan", "b")]
    assert check(batch, Settings().replace(checks={"disable": ("speaker-conflict",)})).findings == ()
    lowered = check(batch, Settings().replace(checks={"severity": {"speaker-conflict": "info"}}))
    assert codes(lowered) == [("speaker-conflict", "info")]


def test_match_settings_tune_what_counts_as_the_same_statement():
    batch = [said(PUTIN, "Vladimir Putin", "a"), said(PUTIN.replace("could", "will"), "Putin", "b")]
    assert check(batch, Settings().replace(match={"threshold": 99.0})).findings == ()
    short = [said("very useful talks", "Putin", "a"), said("very useful meetings", "Putin", "b")]
    assert check(short).findings == ()
    assert codes(check(short, Settings().replace(match={"min_words": 2, "threshold": 70.0}))) == [("wording-changed", "warning")]


def test_ids_come_from_content_only():
    one = check([said(MCCONNELL, "Mitch McConnell", "a"), said(MCCONNELL, "Paul Ryan", "b")])
    moved = check([analysis("x", f"Long preamble here. McConnell said: \u201c{MCCONNELL}\u201d", q(MCCONNELL, "Mitch McConnell")),
                   said(MCCONNELL, "Paul Ryan", "y")])
    assert [f.id for f in one.findings] == [f.id for f in moved.findings]


def test_report_counts():
    report = check([said(PUTIN, "Putin", "a"), Analysis("b", ())])
    assert (report.articles, report.quotes) == (2, 1)
