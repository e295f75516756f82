"""The outlet a statement reached the writer through, on real-shaped sentences."""

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quotecheck import Settings, extract_quotes


def outlets(text):
    quotes = extract_quotes(text, Settings().replace(extract={"include_indirect": False}))
    return [(q.words, q.outlet) for q in quotes]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "in a CBS interview", "in an MSNBC forum": the outlet carried the statement.
        ('"I do not think he could ever run for governor," Jane Doe said in an MSNBC interview.',
         [("I do not think he could ever run for governor", "MSNBC")]),
        ('Jane Doe acknowledged in an MSNBC forum Monday night "it will be very hard for us to win."',
         [("it will be very hard for us to win.", "MSNBC")]),
        # A report, editorial or front page in an outlet.
        ("''This deal is all about the cloud,'' Jane Doe said in a recent report in The New York Times.",
         [("This deal is all about the cloud", "The New York Times")]),
        ("“There are invertebrates with more spine than the senator,” reads a Wednesday editorial in The Des Moines Register.",
         [("There are invertebrates with more spine than the senator", "Des Moines Register")]),
        # A quotation that is nothing but the outlet's name is the channel, not a hidden mention.
        ("“I have always said that I expect to be vetted,” he said on “Meet the Press.”",
         [("I have always said that I expect to be vetted", "Meet the Press")]),
        # An account, audio or a statement an outlet obtained, released or hosted.
        ("“Delegates should be able to vote the way they see fit,” Walker said, according to an Associated Press account.",
         [("Delegates should be able to vote the way they see fit", "AP")]),
        ("''We're still winning hearts and minds every day,'' Mr. Pence said during the closed-door session, "
         "according to audio obtained by The Washington Post.",
         [("We're still winning hearts and minds every day", "The Washington Post")]),
        ('"I think it is great. Let people sort them through," Clinton said at a town hall sponsored by CNN in Iowa this week.',
         [("I think it is great. Let people sort them through", "CNN")]),
        ("Based on the statement released by Fox News, it seems Ailes “has spoken to Donald Trump a few times.”",
         [("has spoken to Donald Trump a few times.", "Fox News")]),
        # A poll the outlet ran, alone or with a partner.
        ('In a national CNN/ORC poll released Monday, 31% of Republicans said they were "extremely enthusiastic" about voting.',
         [("extremely enthusiastic", "CNN")]),
        ('In a September Washington Post-ABC News poll, 75 percent of Republicans said "most people in politics" cannot be trusted.',
         [("most people in politics", "ABC News")]),
        # The outlet as the writer, after the quotation.
        ("“In the case of Wyoming, the Cruz train has already left the station,” wrote Time magazine.",
         [("In the case of Wyoming, the Cruz train has already left the station", "Time")]),
        # The outlet a source works for, in its appositive; not a past employer, not a mere mention.
        ("''I do think Fox News helped Trump enormously,'' said Rick Tyler, a former senior aide to Mr. Cruz "
         "and currently a political analyst at MSNBC.",
         [("I do think Fox News helped Trump enormously", "MSNBC")]),
        ("“We will win,” said Jane Doe, a CNN contributor.", [("We will win", "CNN")]),
        ("“We will win,” said Jane Doe, a frequent critic of The New York Times.", [("We will win", None)]),
        # An outlet merely named is no channel.
        ('Jane Doe, a former editor at The New York Times, said the plan "will not work."',
         [("will not work.", None)]),
    ],
)
def test_outlet_cited(text, expected):
    assert outlets(text) == expected


def test_bracketed_credit_ending_a_newsletter_item():
    text = (
        "TOP STORIES.\n\n"
        "HOW CHINA’S DECLINE AFFECTS THE WORLD “China’s economic slowdown is fostering a cycle of decline "
        "and panic across much of the world.” [WaPo.]\n\n"
        "FEELING THE BERN As the race tightens, Jane Doe said her rival is in “serious trouble with voters.” [NYT.]\n\n"
        "HOW ‘MAKING THEM SMALLER’ WORKS Critics see “A VERY DIFFERENT FUTURE” here. [NYT.]\n"
    )
    quotes = extract_quotes(text, Settings().replace(extract={"include_indirect": False}))
    assert [(q.words, q.speaker, q.outlet, q.cue.text if q.cue else None) for q in quotes] == [
        ("China’s economic slowdown is fostering a cycle of decline and panic across much of the world.",
         "The Washington Post", "The Washington Post", "[WaPo.]"),
        ("serious trouble with voters.", "Jane Doe", "The New York Times", "said"),
    ]


def test_a_lead_in_paragraph_credits_the_outlet_of_what_it_introduces():
    text = (
        "The media pushed the narrative.\n\n"
        "As Breitbart News reported, even on Friday morning, the Obama White House was refusing to call the shooting terrorism:\n\n"
        '"The Obama administration is still reluctant to call the attack in California an act of terrorism."'
    )
    quotes = extract_quotes(text, Settings().replace(extract={"include_indirect": False}))
    assert [(q.words, q.speaker, q.cue.text if q.cue else None, q.outlet) for q in quotes] == [
        ("The Obama administration is still reluctant to call the attack in California an act of terrorism.",
         "the Obama White House", ":", "Breitbart News"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Forbes says it tracks an additional 500 billionaire ''family fortunes.''", [("family fortunes.", "Forbes")]),
        ("''I think he's a tremendous guy,'' Mr. Gingrich told Newsmax on Friday.", [("I think he's a tremendous guy", "Newsmax")]),
        ("“The race is tightening,” The New Republic reported.", [("The race is tightening", "The New Republic")]),
        ("Steve Forbes said the flat tax “is the answer.”", [("is the answer.", None)]),
    ],
)
def test_widely_known_outlets_are_in_the_table(text, expected):
    assert outlets(text) == expected


_PIECES = ["according", "to", "told", "the", "a", "an", "said", "on", "via", "reported", "by", "Big", "big-time",
           "op-ed", "in", ",", '"', " ", "  ", "\t", "\u00a0", "x", "Tells", "front", "page", "\n", "ACCORDING", "THE"]


@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_the_reverse_channel_phrase_finds_what_a_forward_search_finds(pieces):
    """``_DIRECT_BEFORE`` is matched backwards for speed; a forward search must agree."""
    from quotecheck.quotes import channels

    before = "".join(pieces)
    forward = regex.compile(channels._DIRECT_BEFORE.pattern.replace("(?r)", "", 1))
    assert (channels._DIRECT_BEFORE.search(before) is None) == (forward.search(before) is None)
