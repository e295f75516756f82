"""Attribution on small real-shaped sentences: each construction the extractor handles."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck import Article, Settings, extract_quotes


def one(text, **kw):
    quotes = [q for q in extract_quotes(text, Settings().replace(extract={"include_indirect": False, **kw}))]
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ('"We will win," Senator Jane Doe said.', "Jane Doe", "said"),
        ('"We will win," said Sen. Jane Doe of Ohio.', "Jane Doe", "said"),
        ('Jane Doe, a senior adviser, told reporters, "We will win."', "Jane Doe", "told"),
        ('Mayor Jane Doe spoke first. "We will win," she said.', "Jane Doe", "said"),
        ('Mayor Jane Doe spoke first. She was blunt: "We will win this time."', "Jane Doe", ":"),
        ('According to Jane Doe, the city "will win the bid."', "Jane Doe", "According to"),
        ('Jane Doe spoke first, warning, "We will win this time."', "Jane Doe", "warning"),
        ('"We will win this time." Jane Doe said.', "Jane Doe", "said"),
        ('"We will win this time," spokesman Joe Roe said.', "Joe Roe", "said"),
        ('"We will win," Jane Doe, a senior fellow at the Brookings Institution and a superdelegate, wrote.', "Jane Doe", "wrote"),
        ('Governor Jane Doe (R-OK) said the plan is "trying to campaign as a healer."', "Jane Doe", "said"),
        ('In other words, explained moderator Jane Doe: "What does that have to do with it?"', "Jane Doe", "explained"),
        ('Polls were wrong - Jane Doe: "The caucus was a surprise to everyone this year."', "Jane Doe", ":"),
        ('Jane Doe called on him to resign and said, "His mind is shot!"', "Jane Doe", "said"),
        ('Jane Doe cracked, "I am a progressive who gets things done."', "Jane Doe", "cracked"),
        ('Jane Doe said the plan hurt voters who complained it "would be disqualifying in a primary."', "Jane Doe", "said"),
        ('The columnist Jane Doe went so far as to say: "Twitter as we know it is over."', "Jane Doe", "say"),
        ('Voters want a "candidate who is a lightning rod" and get nervous, said Jane Doe.', "Jane Doe", "said"),
        ('When Jane Doe pointed out that "the plan is dead," the room went quiet.', "Jane Doe", "pointed"),
        ('"It is unusual," Jane Doe, who served as chief of staff in the administration, told CBS News.', "Jane Doe", "told"),
        ('Jane Doe, its acting chair, told the Reuters news agency simply, "We lost."', "Jane Doe", "told"),
        ('Jane Doe wrote to her 20,000 Twitter followers, "It is time to end this for good."', "Jane Doe", "wrote"),
        ('The imam left early, Jane Doe said, adding, "He was not very religious."', "Jane Doe", "adding"),
        # (a colon lead-in's cue is its clause's verb where there is one)
        ('Senate Leader Jane Doe, R-Ky., delivered a blunt message to Trump: "It is time to quit attacking people."', "Jane Doe", "delivered"),
        ("On Tuesday, Ms. Doe deflected questions before saying, ''It is time to get on message.''", "Doe", "saying"),
        ('"Besides that, not a single accomplishment," Jane Doe answers.', "Jane Doe", "answers"),
        # (a quoted title after "of" is a word of the appositive)
        ('Jane Doe, the co-author of "Going Viral," about the spread of rumors, said the nation had "a unifying story" then.', "Jane Doe", "said"),
        # (a clause after the cue, "said the candidate could be", is no inverted speaker; a relative clause in one is)
        ("Jane Doe, citing ''the unique magic of Trump,'' said the candidate could be competitive in Pennsylvania.", "Jane Doe", "citing"),
        ("''It is vastly different here,'' said a Mexican official who was not authorized to speak publicly.",
         "a Mexican official who was not authorized", "said"),
        # (an inch mark closes the quotation early: the stray closer after the comma is stepped over)
        ("“I admit, he’s taller than me; he’s like 6’2”,” Jane Doe said Sunday in Virginia.", "Jane Doe", "said"),
        # (a participle after a verb and its object takes the main clause's subject, not the object clause's)
        ("Jane Doe repeated accusations that Rubio recites the same campaign points, calling him a “talented guy.”", "Jane Doe", "calling"),
        # (a comma-set time clause or a long lower-case appositive stands between the subject and its cue)
        ("Jane Doe, when asked what is wrong with the plan, responded that the businessman “is right about the problems.”", "Jane Doe", "responded"),
        ("Ms. Doe, in response to Mr. Roe's use of a crude reference to describe her loss to Barack Obama in 2008, accused him of a ''penchant for sexism.''",
         "Doe", "accused"),
    ],
)
def test_attribution_forms(text, speaker, cue):
    q = one(text)
    assert (q.speaker, q.cue.text) == (speaker, cue)


def test_markup_attributes_are_not_quotes():
    text = '<tweet author="@jdoe" id="1">Vote today</tweet> Jane Doe said, "We will win."'
    assert [q.words for q in extract_quotes(text, Settings().replace(extract={"include_indirect": False}))] == ["We will win."]


def test_titles_used_as_modifiers_are_scare_quotes():
    text = 'The "Avatar" star thanked fans. She appeared on "Fox and Friends" on Monday.'
    quotes = extract_quotes(text, Settings().replace(extract={"include_scare": True, "include_indirect": False}))
    assert [(q.words, q.kind) for q in quotes] == [("Avatar", "scare"), ("Fox and Friends", "scare")]


def test_outlet_in_the_source_and_inverted_credit():
    q = one('"We will win," said Jane Doe, executive director of the group, reports USA Today.')
    assert (q.speaker, q.outlet) == ("Jane Doe", "USA Today")
    q = one('"We will win," wrote the Washington Post’s Jane Doe.')
    assert q.outlet == "The Washington Post"


@pytest.mark.parametrize(
    "text, mention, role",
    [
        ("Jane Doe, the editor in chief of the paper, The Daily Planet, said it was \"both religious and political.\"",
         "Jane Doe, the editor in chief of the paper, The Daily Planet", "the editor in chief of the paper, The Daily Planet"),
        ('Jane Doe, meanwhile, who sits on no committee, said she is "prepared to fight."', "Jane Doe", None),
        ('On Monday, Jane Doe, an aide, said it was "a good day for us all."', "Jane Doe, an aide", "an aide"),
    ],
)
def test_appositive_chains_and_asides(text, mention, role):
    q = one(text)
    assert (q.speaker, q.speaker_mention.text, q.role) == ("Jane Doe", mention, role)


def test_a_bare_attribution_sentence_introduces_the_next_quote():
    q = one("Iowa State University's Jane Doe agreed. \"Mainstream Republicans are running out of time.\"")
    assert (q.speaker, q.speaker_mention.text, q.cue.text, q.role) == (
        "Jane Doe", "Iowa State University's Jane Doe", "agreed", "Iowa State University's")


def test_a_quote_after_reported_speech_continues_it():
    quotes = extract_quotes('Jane Doe says the problem is money. "Super PACs have all the cash this year."')
    direct = [q for q in quotes if q.kind == "direct"]
    assert [(q.speaker, q.cue.text) for q in direct] == [("Jane Doe", "says")]


def test_a_quote_opening_a_paragraph_takes_the_lead_sentence_closing_the_one_before():
    text = ("Jane Doe was joined by a television chef on Monday.\n\n"
            "Doe praised the governor’s leadership in the aftermath of the storm.\n\n"
            "“We need someone who’s going to cut through the noise and bring people together.”")
    q = one(text)
    assert (q.speaker, q.speaker_mention.text, q.cue.text) == ("Jane Doe", "Doe", "praised")


def test_a_colon_lead_in_after_a_quotation_is_read_in_its_own_sentence():
    text = ("“It is going to be close to two million dollars. This is what I am up against. Wealthy donors "
            "who are just trying to preserve the status quo.” She went on to say:\n\n"
            "“None of them will come out and support the nominee, not one of them.”")
    quotes = extract_quotes(text, Settings().replace(extract={"include_indirect": False}))
    assert [(q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None) for q in quotes] == [
        (None, None), ("She", "say")]


def test_split_quote_is_one_statement_with_two_fragments():
    text = '"We will win," Jane Doe said, "and then we rest."'
    q = one(text)
    assert [f.text for f in q.fragments] == ["We will win", "and then we rest."]
    assert q.words == "We will win and then we rest."
    assert text[q.start : q.end] == q.text


def test_quote_continued_across_paragraphs_is_one_quote():
    text = 'Jane Doe said: "First we win.\n"Then we rest."'
    q = one(text)
    assert [f.text for f in q.fragments] == ["First we win.", "Then we rest."]
    assert q.speaker == "Jane Doe"


def test_outlet_is_the_channel_not_the_speaker():
    q = one('As Al Jazeera reported, Ivan Petrov told reporters that "the talks failed."')
    assert (q.speaker, q.outlet, q.audience) == ("Ivan Petrov", "Al Jazeera", "reporters")


def test_scare_quotes_are_left_out_by_default_and_available_on_request():
    text = "The so-called \"peace dividend\" never came."
    assert extract_quotes(text, Settings().replace(extract={"include_indirect": False})) == []
    assert one(text, include_scare=True).kind == "scare"


def test_indirect_speech_is_reported_without_marks():
    quotes = extract_quotes("Jane Doe said the plan could serve as a basis for talks.")
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("indirect", "Jane Doe", "the plan could serve as a basis for talks")]


def test_extra_cue_verbs_come_from_settings():
    text = 'Jane Doe opined, "We will win this time."'
    assert one(text, cue_verbs=("opine",)).cue.text == "opined"


def test_article_too_large_is_refused_with_the_setting_named():
    from quotecheck.quotes.extract import ArticleTooLarge

    with pytest.raises(ArticleTooLarge, match="max-article-chars"):
        extract_quotes("x" * 20, Settings().replace(extract={"max_article_chars": 10}))


_ALPHABET = st.sampled_from(list("ab Jane Doe said told , . : \n \"“”‘’'«»") + ["said", "Jane Doe", "according to", "Reuters", "he"])


@settings(max_examples=200)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_any_text_extracts_and_offsets_point_at_the_words(text):
    quotes = extract_quotes(Article(id="a", text=text), Settings().replace(extract={"include_scare": True}))
    for q in quotes:
        assert text[q.start : q.end] == q.text
        for f in q.fragments:
            assert text[f.start : f.end] == f.text


@given(st.text(max_size=200), st.text(max_size=200))
def test_extraction_of_an_article_does_not_depend_on_other_articles(a, b):
    first = extract_quotes(Article(id="a", text=a))
    extract_quotes(Article(id="b", text=b))
    assert extract_quotes(Article(id="a", text=a)) == first


def test_a_show_title_closing_the_sentence_is_no_quote():
    q = one("“I have always said that I expect to be vetted,” he said on “Meet the Press.”")
    assert (q.words, q.outlet) == ("I have always said that I expect to be vetted", "Meet the Press")


def test_a_batch_kept_by_check_holds_each_quote_text_once_and_one_said():
    """Memory of `check` on big batches: a one-piece quote shares its fragment's string,
    and cue words are interned (one "said" for millions of quotes)."""
    import sys

    first, second = extract_quotes('Ann Lee said "we will win" today. Bob Ray said "we will lose" later.')
    assert first.text is first.fragments[0].text and second.text is second.fragments[0].text
    assert first.cue.text is second.cue.text is sys.intern("said")


def test_a_convention_is_no_antecedent_and_a_lone_possessive_is():
    """'He' after 'Obama’s speech to the Democratic National Convention' is Obama: an
    event or organisation is never a person, and a possessive is the antecedent when no
    one else is named (a named subject still wins over it)."""
    text = (
        "President Barack Obama\u2019s speech to the Democratic National Convention drew cheers.\n\n"
        "He told his audience: \u201cI can say with confidence there was never a better candidate.\u201d"
    )
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.speaker_mention.text, quote.cue.text) == ("Barack Obama", "He", "told")
    text = "Jane Doe praised Barack Obama\u2019s speech.\n\nShe said: \u201cIt was the best one he ever gave.\u201d"
    assert [q.speaker for q in extract_quotes(text)] == ["Jane Doe"]
    text = "April Mellody, a spokeswoman for the Democratic National Convention, said \u201cwe are ready.\u201d"
    assert [q.speaker for q in extract_quotes(text)] == ["April Mellody"]


def test_a_passage_label_names_nobody():
    """'Transcript as follows:' heads a speech; it is not its speaker ("Sources say" still is one)."""
    text = "Kasich spoke in Columbus on Tuesday.\n\nTranscript as follows:\n\n\u201cYou know what? This is all I got, OK?\u201d"
    assert [(q.speaker, q.speaker_mention) for q in extract_quotes(text)] == [(None, None)]
    text = "Sources say \u201cthe deal is done and will be signed on Friday.\u201d"
    assert [q.speaker for q in extract_quotes(text)] == ["Sources"]


def test_continued_paragraph_with_its_own_attribution_is_a_quote_of_its_own():
    text = (
        "Obama said: \"There's no magic to the phrase. It's a political talking point.\n\n"
        "\"Calling a threat by a different name does not make it go away,\" Obama said."
    )
    quotes = extract_quotes(text, Settings().replace(extract={"include_indirect": False}))
    assert [(q.words, q.speaker, q.cue.text if q.cue else None) for q in quotes] == [
        ("There's no magic to the phrase. It's a political talking point.", "Obama", "said"),
        ("Calling a threat by a different name does not make it go away", "Obama", "said"),
    ]


def test_continued_paragraph_without_attribution_joins_the_quote():
    text = (
        "Obama said: \"There's no magic to the phrase.\n\n"
        "\"Calling a threat by a different name does not make it go away.\"\n\nHe left."
    )
    q = one(text)
    assert (q.speaker, len(q.fragments)) == ("Obama", 2)


@pytest.mark.parametrize(
    "text, title",
    [
        ("''It's nonsense,'' Mr. Trump said by telephone on NBC's ''Meet the Press.''", "Meet the Press."),
        ("President Obama backed her up in an interview last October on CBS' ''60 Minutes.''", "60 Minutes."),
        ("He bought the 727 from a Texas company, according to his book ''The Art of the Deal.''", "The Art of the Deal."),
        ("He also acted in the Syfy movie “Sharknado 3: Oh Hell No!”", "Sharknado 3: Oh Hell No!"),
        ("“I’m a fan,” said James Miller, a co-author of “Those Guys Have All the Fun: Inside the World of ESPN.”",
         "Those Guys Have All the Fun: Inside the World of ESPN."),
    ],
)
def test_a_title_closing_the_sentence_inside_its_marks_is_a_scare_quote(text, title):
    quotes = extract_quotes(text, Settings().replace(extract={"include_scare": True, "include_indirect": False}))
    assert [q.kind for q in quotes if q.words == title] == ["scare"]
    assert all(q.kind != "scare" for q in quotes if q.words != title)


def test_a_chant_ending_in_its_own_exclamation_is_not_a_title():
    text = "Protesters marched down Broad Street to chants of “Feel the Bern!”"
    assert one(text, include_scare=True).kind != "scare"


def test_a_quotation_after_a_programme_title_goes_on_with_the_speech_not_the_title():
    text = (
        "“We’re not winning, but it’s too soon to say,” Clinton said on ABC’s “This Week” on Sunday. "
        "“I think that’s what we’ll hear from the president.”"
    )
    quotes = extract_quotes(text, Settings().replace(extract={"include_scare": True, "include_indirect": False}))
    assert [(q.kind, q.words, q.speaker, q.cue.text if q.cue else None) for q in quotes] == [
        ("direct", "We’re not winning, but it’s too soon to say I think that’s what we’ll hear from the president.", "Clinton", "said"),
        ("scare", "This Week", "Clinton", "said"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Germany’s Chancellor Angela Merkel heralded the European Union’s deal with Turkey as a “breakthrough.”",
         ("partial", "breakthrough.", "Angela Merkel", "heralded")),
        ("Cruz blamed the anti-fracking law on “knuckleheaded Democratic politicians.”",
         ("partial", "knuckleheaded Democratic politicians.", "Cruz", "blamed")),
    ],
)
def test_a_word_credited_by_a_characterizing_verb_is_a_partial_quote(text, expected):
    q = one(text)
    assert (q.kind, q.words, q.speaker, q.cue.text if q.cue else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"Apparently there is a young man who is having some problems," Cruz said as the heckler yelled: "You suck!"',
         [("Apparently there is a young man who is having some problems", "Cruz", "said"), ("You suck!", "the heckler", "yelled")]),
        ("''We've started all those conversations,'' Mr. Manafort said, adding of Mr. Trump, ''He cares about the united team.''",
         [("We've started all those conversations", "Manafort", "said"), ("He cares about the united team.", "Manafort", "adding")]),
        ('"We will win," Jane Doe said, "and then we will govern."',
         [("We will win and then we will govern.", "Jane Doe", "said")]),
        ('The senator from Vermont said the financial system was "corrupt," noting that it is "very strange."',
         [("corrupt", "the senator from Vermont", "said"), ("very strange.", "the senator from Vermont", "noting")]),
        ("“I regard Donald as an old friend,” Jane Doe told Joe Roe, noting that she and her husband “have regularly talked with him.”",
         [("I regard Donald as an old friend", "Jane Doe", "told"), ("have regularly talked with him.", "Jane Doe", "noting")]),
    ],
)
def test_a_second_cue_between_two_quotations_makes_two_statements(text, expected):
    quotes = extract_quotes(text, Settings().replace(extract={"include_indirect": False}))
    assert [(q.words, q.speaker, q.cue.text if q.cue else None) for q in quotes] == expected


def test_an_unattributed_exclamation_is_speech_not_a_scare_quote():
    text = "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snapped photos."
    q = one(text)
    assert (q.kind, q.words) == ("direct", "This is fantastic!")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sen. Joe Roe was asked by Fox Business moderator Jane Doe whether his plan would risk “adding another expensive entitlement program.”",
         ("Jane Doe", "Fox Business moderator Jane Doe", "asked", "Fox Business")),
        ('This feature of the movement has been called "strategic ambiguity" by Jane Doe, a professor at Loyola University, and it is hard to trace.',
         ("Jane Doe", "Jane Doe, a professor at Loyola University", "called", None)),
        # (a participle opening the sentence; "a declarative answer" after the quotation is a noun, no cue)
        ("Asked by Jane Doe if Clinton “gets” race, Joe Roe avoided a declarative answer.", ("Jane Doe", "Jane Doe", "Asked", None)),
    ],
)
def test_the_agent_of_a_passive_cue_speaks(text, expected):
    q = one(text)
    assert (q.speaker, q.speaker_mention.text, q.cue.text, q.outlet) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ("what he calls "…"": the term is the speaker's; the sentence's subject and verb credit it)
        ("Ted Cruz has railed against what he calls the “Washington cartel” and cast himself as an outsider.",
         ("Ted Cruz", "Ted Cruz", "railed")),
        # (the subject is someone else's remarks: the pronoun stays the mention)
        ("Joe Roe met Ted Cruz. The remarks suggest Mr. Cruz is running against what he calls a ''corrupt'' process.",
         ("Ted Cruz", "he", "calls")),
    ],
)
def test_the_subject_of_a_sentence_naming_what_he_calls_a_term_is_its_mention(text, expected):
    q = one(text)
    assert (q.speaker, q.speaker_mention.text, q.cue.text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # (a report of a report: the outer reporting verb's subject, the same person, is the mention)
        ('His wife had warned him to calm down, but Donald Trump said he responded: "When you have incoming, you can\'t be too presidential."',
         ("Donald Trump", "Donald Trump", "responded")),
        ("Ed Jones may have said it best when he blogged: “Hillary Clinton is as close to a pre-selected candidate as this cycle will see.”",
         ("Ed Jones", "Ed Jones", "blogged")),
        # (a reason clause or an adverbial clause holds a statement of its own: the pronoun stays)
        ('In 2010, Jane Doe warned the Fed against buying bonds, because she thought it "risks higher inflation."', ("Jane Doe", "she", "thought")),
        ("When Donald Trump first described the wall in December, he said, “We are going to do a wall with a big, fat beautiful door.”",
         ("Donald Trump", "he", "said")),
    ],
)
def test_a_pronoun_reporting_inside_its_own_speakers_report_takes_the_outer_mention(text, expected):
    q = one(text)
    assert (q.speaker, q.speaker_mention.text, q.cue.text) == expected


def test_a_phrase_set_into_the_sentence_is_not_continued_by_the_next_quotation():
    text = (
        "“Everything. Everything is on the table,” Carson told the AP on Wednesday after hinting that “personnel changes” "
        "could come. “Every single thing is on the table. I’m looking carefully.”"
    )
    quotes = extract_quotes(text, Settings().replace(extract={"include_indirect": False}))
    assert [(q.kind, q.words, q.speaker, q.cue.text if q.cue else None) for q in quotes] == [
        ("direct", "Everything. Everything is on the table", "Carson", "told"),
        ("partial", "personnel changes", "Carson", "told"),
        ("direct", "Every single thing is on the table. I’m looking carefully.", "Carson", "told"),
    ]


def test_a_phrase_set_into_the_sentence_before_a_cue_is_not_the_first_half_of_a_split_quote():
    text = (
        'Remarking upon Clinton\'s "genuine empathy," Starr said, '
        '"Leave aside the unpleasantness, his genuine empathy for human beings is absolutely clear."'
    )
    quotes = extract_quotes(text, Settings().replace(extract={"include_indirect": False}))
    assert [(q.kind, q.words, q.speaker, q.cue.text if q.cue else None) for q in quotes] == [
        ("partial", "genuine empathy", "Starr", "Remarking"),
        ("direct", "Leave aside the unpleasantness, his genuine empathy for human beings is absolutely clear.", "Starr", "said"),
    ]


@pytest.mark.parametrize(
    "text, outlet",
    [
        ('"We will win," Jane Doe told Bill O’Reilly of Fox News.', "Fox News"),
        ('Jane Doe said in an interview with John Roe of The New York Times, "We will win."', "The New York Times"),
        ('"We will win," Jane Doe told John Smith of Texas.', None),
    ],
)
def test_the_outlet_of_the_journalist_told_carries_the_statement(text, outlet):
    assert one(text).outlet == outlet
