"""Attribution rules, each on a real-shaped sentence: speaker, the words naming them, and the cue."""

import pytest

from quotecheck import Settings, extract_quotes


def quotes(text, **kw):
    return extract_quotes(text, Settings().replace(extract={"include_indirect": False, **kw}))


def record(q):
    return (q.words, q.speaker, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A mark left unpaired in a nested closing run does not hide the attribution after it.
        ("''I tell them, 'I'm sorry to tell you this,''' said Mr. Meyer, who runs a research firm.",
         [("I tell them, 'I'm sorry to tell you this", "Meyer", "Mr. Meyer", "said")]),
        # An abbreviation's period inside the subject ("(D-Ore.)", "R-Ky.,").
        ("“There’s tremendous energy in a whole host of races,” Rep. Earl Blumenauer (D-Ore.) said.",
         [("There’s tremendous energy in a whole host of races", "Earl Blumenauer", "Rep. Earl Blumenauer (D-Ore.)", "said")]),
        ('Sen. Rand Paul, R-Ky., told Fox News that polls could be "way off," and have been unreliable.',
         [("way off", "Rand Paul", "Sen. Rand Paul, R-Ky", "told")]),
        # Two names joined by "and" are one source.
        ('"Sanders is himself filled with resentment," Edward-Isaac Dovere and Gabriel Debenedetti wrote.',
         [("Sanders is himself filled with resentment", "Edward-Isaac Dovere",
           "Edward-Isaac Dovere and Gabriel Debenedetti", "wrote")]),
        # A verb outside the lexicon closing the sentence with a short clause after "and" …
        ("“Go back to Univision,” Joe Roe barked and a security guard escorted Ramos out.",
         [("Go back to Univision", "Joe Roe", "Joe Roe", "barked")]),
        # … and an attribution after a quotation closing without a comma, a participle after it.
        ('"No, Trump. -H" Clinton tweeted, quoting a reporter\'s tweet on the plan made earlier in the morning.',
         [("No, Trump. -H", "Clinton", "Clinton", "tweeted")]),
        # A subject with its party in parentheses, then a comma before the cue, after a long opening …
        ("Tuesday at a university in Berea, OH, after winning Ohio in the primary, Gov. Jane Doe (R-OH), said, "
         "“I’m getting ready to rent a covered wagon.”",
         [("I’m getting ready to rent a covered wagon.", "Jane Doe", "Gov. Jane Doe (R-OH)", "said")]),
        # … or an aside opening with a participle between it and the cue.
        ("But Jane Doe (D-Ill.), noting the size of his following, said, \"He has got a heck of an email list.\"",
         [("He has got a heck of an email list.", "Jane Doe", "Jane Doe (D-Ill.)", "said")]),
        # … and after a longer adjunct when a participle goes on with it ("riffed on …, drawing applause").
        ("\"Governor, let me help you out - the answer is no,\" the Republican vice-presidential nominee riffed on the "
         "governor's non-answer to whether the nominee was honest, drawing applause and laughs from the crowd.",
         [("Governor, let me help you out - the answer is no", "the Republican vice-presidential nominee",
           "the Republican vice-presidential nominee", "riffed")]),
        # A noun-like cue form before a title is part of the subject whose own verb follows.
        ('"We are tying their hands," state Sen. Jane Doe (D) said about halfway through the filibuster.',
         [("We are tying their hands", "Jane Doe", "state Sen. Jane Doe (D)", "said")]),
        # A pronoun and its cue set off by commas after a word that goes on with the quotation.
        ('"Most of the complexity in the tax code derives from efforts to accurately measure" income, she said, rather than from deductions for things like mortgage interest.',
         [("Most of the complexity in the tax code derives from efforts to accurately measure", None, "she", "said")]),
        # A noun-like cue form heading the subject ("report said") is no cue.
        ('"Even the chairwoman\'s computer had been hacked," the congressional report said, referring to the breach.',
         [("Even the chairwoman's computer had been hacked", "the congressional report", "the congressional report", "said")]),
        # A cue form inside a comma-set aside after the subject is the aside's; the cue closes it.
        ('"The answer you would like me to give is no," Jane Doe, who has proposed repealing the mandate, said at the time.',
         [("The answer you would like me to give is no", "Jane Doe", "Jane Doe, who has proposed repealing the mandate", "said")]),
        ("''They feel he is the one guy,'' John Roe, the president of the Indiana state firefighters union, said of his members.",
         [("They feel he is the one guy", "John Roe", "John Roe, the president of the Indiana state firefighters union", "said")]),
    ],
)
def test_post_attribution_subjects(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The attribution after a later comma, followed by an appositive.
        ('"Many would consider that an embarrassment" if she did not win by more, said David Wasserman, '
         "an elections analyst at the Cook Political Report.",
         [("Many would consider that an embarrassment", "David Wasserman", "David Wasserman", "said")]),
        # … followed by a participle that goes on with the statement, which takes the same speaker.
        ("Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the nominee “makes you want to retch.”",
         [("excesses", "Hollande", "Hollande", "said"), ("makes you want to retch.", "Hollande", "Hollande", "noting")]),
    ],
)
def test_trailing_attribution(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # … followed by a title with no article (", executive director of …").
        ("“We’re extremely happy” about the decision, said RoseAnn DeMoro, executive director of National Nurses United.",
         [("We’re extremely happy", "RoseAnn DeMoro", "RoseAnn DeMoro", "said")]),
        ('"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, said Steve Elmendorf, '
         "deputy campaign manager for John Kerry's 2004 campaign.",
         [("He can assert it, but it seems extremely unlikely", "Steve Elmendorf", "Steve Elmendorf", "said")]),
    ],
)
def test_trailing_attribution_before_a_bare_title(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Opening time phrases and datelines are not the subject.
        ('Hours later, Jane Doe returned the compliment, telling Reuters, "He is an amazing man."',
         [("He is an amazing man.", "Jane Doe", "Jane Doe", "telling")]),
        ('Eight years ago, he backed John Roe and said, "Mr. Smith has never done anything for us." ',
         [("Mr. Smith has never done anything for us.", None, "he", "said")]),
        ('WASHINGTON — Jane Doe weighed in on Monday, saying the plan is "dead on arrival."',
         [("dead on arrival.", "Jane Doe", "Jane Doe", "saying")]),
        # An adjunct between the subject and its cue belongs to the subject's phrase.
        ('Republican candidate Jane Doe on Saturday tweeted that the vote was "rigged from the start."',
         [("rigged from the start.", "Jane Doe", "Republican candidate Jane Doe on Saturday", "tweeted")]),
        ('Another intelligence source speaking to Fox News said, "The agents are investigating the donations."',
         [("The agents are investigating the donations.", "another intelligence source speaking to Fox News",
           "Another intelligence source speaking to Fox News", "said")]),
        # "NP who … said": the relative clause's head speaks.
        ('A White House official who spoke anonymously to discuss strategy said Wednesday, "Certainly there are talks."',
         [("Certainly there are talks.", "a White House official", "A White House official", "said")]),
        # A participle after the clause's object or adjunct takes the clause's subject …
        ("Jane Doe, who said last week that the judge was biased, issued a statement Tuesday saying, "
         "''I do not feel that one's heritage makes them incapable.''",
         [("I do not feel that one's heritage makes them incapable.", "Jane Doe", "Jane Doe", "saying")]),
        ('Jane Doe responded to the question on Facebook writing, "Yes, I will. That was a poor choice of words."',
         [("Yes, I will. That was a poor choice of words.", "Jane Doe", "Jane Doe", "writing")]),
        # … but a sign says its own words.
        ('Jane Doe held up a sign saying "Jews Against Trump - Because We Have Seen This Before."',
         [("Jews Against Trump - Because We Have Seen This Before.", "a sign", "a sign", "saying")]),
    ],
)
def test_subject_phrases(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A verb that is a cue only beside a quote, inside an outer cue's clause: the outer speaker's statement.
        ('John Roe said he believes the war was "a terrible mistake," although he supports the troops.',
         [("a terrible mistake", "John Roe", "John Roe", "said")]),
        ('John Roe said that he would offer "a prayer" for the eventual nominee.',
         [("a prayer", "John Roe", "John Roe", "said")]),
        # A finite verb after a bare comma belongs to the reported clause, not to the outer speaker.
        ('Jane Doe said supporters of the group, also known as ISIS or ISIL, were sharing the news and "celebrating the massacre."',
         [("celebrating the massacre.", "Jane Doe", "Jane Doe", "said")]),
        ("John Roe said she was thinking, ''Oh my God, this can't be happening.''",
         [("Oh my God, this can't be happening.", "John Roe", "John Roe", "said")]),
        # A participle qualifies the main clause, and a cue in a relative or adverbial clause is that clause's own.
        ('John Roe blasted the witness at a rally, calling her "a horrible witness."',
         [("a horrible witness.", "John Roe", "John Roe", "calling")]),
        ('John Roe said he backs a bill to curb accreditation bodies, which he called "a cartel for higher education."',
         [("a cartel for higher education.", "John Roe", "he", "called")]),
        ('John Roe warned the Fed against buying bonds, because he thought it "risks higher inflation."',
         [("risks higher inflation.", "John Roe", "he", "thought")]),
    ],
)
def test_outer_cue_of_a_reported_clause(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # No speech cue: the clause's subject and verb, past an appositive, a parenthesis or an aside.
        ('Nathan Diament, executive director of advocacy for the Orthodox Union, called the AIPAC speech a "critical moment" for him.',
         [("critical moment", "Nathan Diament", "Nathan Diament, executive director of advocacy for the Orthodox Union", "called")]),
        ("Gov. Pat McCrory (R) blamed the court's \"four liberal justices [who] blocked North Carolina protections.\"",
         [("four liberal justices [who] blocked North Carolina protections.", "Pat McCrory", "Gov. Pat McCrory", "blamed")]),
        ("Cruz, with unconcealed delight, chided Trump for raising questions about whether he met the "
         "Constitution's \"natural born\" standard for president.",
         [("natural born", "Cruz", "Cruz", "chided")]),
        # A subject phrase stops at its verb, and a document may be the source.
        ('The Rove ad hits Clinton for taking "54 times more money from Wall Street interests than from all of Iowa."',
         [("54 times more money from Wall Street interests than from all of Iowa.", "the Rove ad", "The Rove ad", "hits")]),
        # A body, a text or a group with no name may be the clause's subject too.
        ('The board saw Fiorina, then 44, as the perfect driver to speed the "grandfather of Silicon Valley" into the new millennium.',
         [("grandfather of Silicon Valley", "the board", "The board", "saw")]),
        ("The world's energy transition cannot be portrayed simply as \"Big Coal vs. virtuous wind and solar.\"",
         [("Big Coal vs. virtuous wind and solar.", "the world's energy transition", "The world's energy transition", "portrayed")]),
        # No subject for the sentence: the subordinate or relative clause holding the quotation speaks.
        ('In some respects, the confrontation echoes a controversy in June when Mr. Trump assailed a federal judge, '
         'Gonzalo P. Curiel, for his "Mexican heritage."',
         [("Mexican heritage.", "Trump", "Mr. Trump", "assailed")]),
        ("Trump, who has postured himself as the “law and order candidate,” has taken a hardline stance against terrorism.",
         [("law and order candidate", "Trump", "who", "postured")]),
        # A time or relative clause holding the quotation has its own subject and verb ("in which she called for") …
        ('Clinton has been cagey about where she stands, offering few specifics beyond an op-ed in May, in which she '
         'called for getting the federal biofuels program "back on track."',
         [("back on track.", None, "she", "called")]),
        # … but a participle clause ("before abruptly pivoting to") has none: the main clause's subject speaks.
        ("Bernie Sanders dispensed with the threat from the Islamic State in two sentences at the start of the "
         "Democratic debate before abruptly pivoting to the dangers of a ''rigged economy.''",
         [("rigged economy.", "Bernie Sanders", "Bernie Sanders", "pivoting")]),
        # "He’s" is "he is": the participle after it is a verb.
        ('He’s predicting he will do “very, very well” in the next contest.',
         [("very, very well", None, "He’s", "predicting")]),
    ],
)
def test_main_clause_without_a_speech_cue(text, expected):
    assert [record(q) for q in quotes(text)] == expected


def test_adding_opens_a_second_statement():
    text = 'Hope Hicks confirmed it. "They are not affiliated with the campaign," she said, adding, "Mr. Trump is grateful for their support."'
    assert [record(q) for q in quotes(text)] == [
        ("They are not affiliated with the campaign", "Hope Hicks", "she", "said"),
        ("Mr. Trump is grateful for their support.", "Hope Hicks", "she", "adding"),
    ]


def test_a_lone_quote_continues_the_latest_statement_of_its_paragraph():
    text = ('"It is more about quality of life," says Gloria Garcia, a nurse. Jane Roe says people should choose '
            'the bathroom they prefer. "It is their life; they are not hurting anybody."')
    assert [record(q) for q in quotes(text)] == [
        ("It is more about quality of life", "Gloria Garcia", "Gloria Garcia", "says"),
        ("It is their life; they are not hurting anybody.", "Jane Roe", "Jane Roe", "says"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Right after a quotation ending in a comma only an attribution can follow: a verb
        # outside the lexicon is the cue when it closes the sentence …
        ('"Go back to Univision," Mr. Ramirez barked.',
         [("Go back to Univision", "Ramirez", "Mr. Ramirez", "barked")]),
        ("“They’re all here for the free stuff,” Bennett shot back with a laugh.",
         [("They’re all here for the free stuff", "Bennett", "Bennett", "shot")]),
        ("“An awful lot of analysts said no,” remembered Roy Verley, the company’s former spokesman.",
         [("An awful lot of analysts said no", "Roy Verley", "Roy Verley", "remembered")]),
        # … a question cue inverts, and a lower-case or an "and" subject is the speaker.
        ("“How big is that wall?” asked the boy, who wore a red hat.",
         [("How big is that wall?", "the boy", "the boy", "asked")]),
        ('"The harm is incalculable," federal prosecutors wrote in their filing.',
         [("The harm is incalculable", "federal prosecutors", "federal prosecutors", "wrote")]),
        ('"North Korea is run by a lunatic," the Florida senator and presidential candidate said in a statement.',
         [("North Korea is run by a lunatic", "the Florida senator and presidential candidate",
           "the Florida senator and presidential candidate", "said")]),
        # A long appositive holding a clause word or a title, closed before the cue.
        ("“We’ve had better conventions,” Bill Eastland, a delegate wearing “Ted Cruz” pins, said quietly.",
         [("We’ve had better conventions", "Bill Eastland", "Bill Eastland, a delegate wearing “Ted Cruz” pins", "said")]),
        # A closing mark typed as an opening one; "Will" as a name; "admitted".
        ("“It's unusual,“ said Larry Noble, an attorney with the Campaign Legal Center.",
         [("It's unusual", "Larry Noble", "Larry Noble", "said")]),
        ("“This might hasten the eclipse of Donald Trump,” Will wrote.",
         [("This might hasten the eclipse of Donald Trump", "Will", "Will", "wrote")]),
        ("“There is today,” Murphy admitted during an interview for the “Off Message” podcast.",
         [("There is today", "Murphy", "Murphy", "admitted")]),
    ],
)
def test_attribution_right_after_an_open_quotation(text, expected):
    assert [record(q) for q in quotes(text)][: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Not an attribution: a dash opens an appositive; "and" or a verb phrase goes on with the sentence.
        "She said 2016 “is going to be a security election” — an issue Democrats have struggled with.",
        "When he devoted his candidacy to the ''forgotten middle class,'' Mrs. Clinton has struggled to hit upon a rationale.",
        'Trump called her “an absolute disgrace,” and threatened to sue.',
    ],
)
def test_no_attribution_from_what_merely_follows_a_quotation(text):
    for q in quotes(text):
        assert q.cue is None or q.cue.text not in {"struggled", "hit", "threatened"} or q.speaker_mention.text != "and"


@pytest.mark.parametrize(
    "text, expected",
    [
        # After a quotation closed without a comma, a gerund phrase or a lower-case phrase after
        # a verb goes on with the sentence: the cue before the quotation stands, or none.
        ('This weekend, Jane Doe complained that party officials were trying to "protect" John Roe by scheduling debates at odd times.',
         [("protect", "Jane Doe", "Jane Doe", "complained")]),
        ('Just shy of half, 49%, say the "sharing economy" reflects an improvement on the American economy.',
         [("sharing economy", None, None, None)]),
    ],
)
def test_no_speaker_runs_on_after_a_closed_quotation(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A quotation closing its clause (comma, dash) bounds the search for the cue of a later
        # one: the clause after it has its own subject and verb.
        ('Walking into the office to chants of "Marco! Marco!," the senator said his campaign here was "closing really strong."',
         ("closing really strong.", "the senator", "the senator", "said")),
        ('He said, "Jane Doe will build the wall" - at which point the crowd chanted "Build the wall!"',
         ("Build the wall!", "the crowd", "the crowd", "chanted")),
    ],
)
def test_a_quotation_closing_its_clause_bounds_the_cue_search(text, expected):
    assert expected in [record(q) for q in quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle after a clause opened by "after", "that" or a relative goes with the main clause …
        ("Speaking at a town hall in Salem, Trump went after Bush, calling him “a total stiff.”",
         [("a total stiff.", "Trump", "Trump", "calling")]),
        ("Jane Roe, a former governor, also attacked John Doe, with whom she clashed on Saturday, calling him a “loser.”",
         [("loser.", "Jane Roe", "Jane Roe, a former governor", "calling")]),
        # … but one opened by "as" or "where" has its own subject.
        ('Clinton spoke down the street, where dozens of union members had gathered, chanting "no contract, no peace" loudly.',
         [("no contract, no peace", "dozens of union members", "dozens of union members", "chanting")]),
        # A dateline with an agency is not the subject; "-ly" adverbs stand between subject and cue.
        ("WASHINGTON, Dec. 8 (UPI) — Jane Doe, a Clinton aide, rallied supporters, saying: “We have to be ready.”",
         [("We have to be ready.", "Jane Doe", "Jane Doe, a Clinton aide", "saying")]),
        ("Washington (AFP) – Hillary Clinton has taken a swipe at Trump, saying that “bombastic comments” do harm.",
         [("bombastic comments", "Hillary Clinton", "Hillary Clinton", "saying")]),
        ("As the race turned south, Clinton has increasingly decried “systemic racism” in her speeches.",
         [("systemic racism", "Clinton", "Clinton", "decried")]),
        # A sentence opening with a quotation and its attribution: a participle far after the
        # cue is that speaker's, and it is the later quotation's cue.
        ('"I think we need him back," Jane Roe said during a panel on her show after the senator won his primary, '
         'remarking that Mr. Doe already "paid a price."',
         [("I think we need him back", "Jane Roe", "Jane Roe", "said"), ("paid a price.", "Jane Roe", "Jane Roe", "remarking")]),
    ],
)
def test_participles_datelines_and_adverbs(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle never inverts: what follows it is its object, not its speaker.
        ("He went further on Tuesday, saying that in Mr. Clinton's career, ''there were certainly a lot of abuses.''",
         [("there were certainly a lot of abuses.", None, "He", "saying")]),
        # (The clause after "said" is Jane Roe's report, so the quoted words are hers.)
        ("Jane Roe said Mr. Doe had described his views “not only on Spanish-language television,” echoing some "
         "commentators who have suggested the opposite.",
         [("not only on Spanish-language television", "Jane Roe", "Jane Roe", "said")]),
        ("Mr. Doe had described his views “not only on Spanish-language television,” echoing some "
         "commentators who have suggested the opposite.",
         [("not only on Spanish-language television", "Doe", "Mr. Doe", "described")]),
        # An adjunct between the auxiliary and the cue ("has in the past described"); "who" is the name before it.
        ("Beck, who has in the past described Trump as “a pathological narcissistic sociopath,” spoke on Monday.",
         [("a pathological narcissistic sociopath", "Beck", "who", "described")]),
    ],
)
def test_participles_do_not_invert(text, expected):
    assert [record(q) for q in quotes(text)] == expected


def test_a_middle_initial_stays_in_the_name():
    text = "“We are proud of the work,” said Jill A. Martin, a lawyer for the company. They backed Plan B. The Senate did not."
    assert [record(q) for q in quotes(text)] == [
        ("We are proud of the work", "Jill A. Martin", "Jill A. Martin", "said"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A cue word in a noun's place is no cue: "secretary of state", "press secretary".
        ("“The new plans are steps in the right direction,” Anne Richards, assistant secretary of state for "
         "population, refugees and migration, said on the same call.",
         [("The new plans are steps in the right direction", "Anne Richards",
           "Anne Richards, assistant secretary of state for population, refugees and migration", "said")]),
        ("''That would have been the fairer thing to do,'' the White House press secretary, Josh Earnest, said on Tuesday.",
         [("That would have been the fairer thing to do", "Josh Earnest",
           "the White House press secretary, Josh Earnest", "said")]),
    ],
)
def test_cue_words_in_a_nouns_place(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A cue inside the complement clause of an outer reporting verb is part of what the
        # outer speaker said: the quotation is theirs.
        ('At the Maine rally, Trump said that Romney begged him for an endorsement in 2012 and "would have dropped to his knees."',
         [("would have dropped to his knees.", "Trump", "Trump", "said")]),
        ('Rep. Gregory Meeks (D-N.Y.) said Clinton reassured them that Democrats "were not going to be like Trump."',
         [("were not going to be like Trump.", "Gregory Meeks", "Rep. Gregory Meeks (D-N.Y.)", "said")]),
        ("Mrs. Clinton said that when Ms. Warren railed against Wall Street, ''she is speaking for all of us.''",
         [("she is speaking for all of us.", "Clinton", "Mrs. Clinton", "said")]),
        # A time clause hanging on the reported clause stays inside it.
        ('Jane Doe acknowledged that she had misspoken in two recent interviews when she claimed that the director had called her statements "truthful."',
         [("truthful.", "Jane Doe", "Jane Doe", "acknowledged")]),
        # A conditional clause opened right after "that", with a relative clause set off inside it.
        ('John Roe added that if his son, who died of cancer last year, were still serving in Iraq, he would advise him that the danger had increased "a couple clicks."',
         [("a couple clicks.", "John Roe", "John Roe", "added")]),
        # … but a quotation the inner verb introduces itself is the inner speaker's.
        ('Prosecutors say that Jane Doe told one FBI agent, "I would do it again."',
         [("I would do it again.", "Jane Doe", "Jane Doe", "told")]),
        # … and "what he calls" keeps the term with its owner.
        ('Cruz said voters are tired of what Trump calls "the rigged system."',
         [("the rigged system.", "Trump", "Trump", "calls")]),
        # A pronoun owner is the sentence's named subject again: its verb is the cue …
        ('Jane Doe has railed against what she calls the "Washington cartel" and cast herself as an outsider.',
         [("Washington cartel", "Jane Doe", "Jane Doe", "railed")]),
        # … unless the "what" clause renames a noun after a dash.
        ('John Roe was more direct about the rift - what he called "our arguments this year."',
         [("our arguments this year.", "John Roe", "he", "called")]),
    ],
)
def test_outer_reporting_verb_owns_its_complement(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A weak cue word ("warns", "notes", "reported") opening a "that" clause is a verb of saying.
        ('A letter from the American Legion warns that "any further communication will be through our attorney."',
         [("any further communication will be through our attorney.", "American Legion", "A letter from the American Legion", "warns")]),
        ('Pew notes that the surveys they studied aren’t “monolithic,” with some performing better than others.',
         [("monolithic", "Pew", "Pew", "notes")]),
        ('Multiple outlets reported Wednesday that the Secret Service had “more than one conversation” with the campaign.',
         [("more than one conversation", "Multiple outlets", "Multiple outlets", "reported")]),
        # … but not a noun before a relative "that".
        ('It was an account of the 2012 attacks that left "four Americans dead."',
         [("four Americans dead.", None, None, None)]),
    ],
)
def test_weak_cue_opening_a_that_clause(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An attribution after a question mark stays in the quotation's sentence, however long.
        ("“It looks like we’re not going to have a very good relationship, who knows?” Donald Trump told Britain’s ITV "
         "television station in an interview aired on Monday when asked how ties would fare.",
         [("It looks like we’re not going to have a very good relationship, who knows?", "Donald Trump", "Donald Trump", "told")]),
        ("“Would it be negotiable about the 11 million?” Sean Hannity pressed.",
         [("Would it be negotiable about the 11 million?", "Sean Hannity", "Sean Hannity", "pressed")]),
    ],
)
def test_attribution_after_a_closed_question(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A paragraph of a dash and a name credits the quotation standing alone before it.
        ('Some of the night\'s lines:\n\n"I will look into it. I don\'t know the status."\n\n- Hillary Clinton.\n\n'
         '"The whole idea of a \'Crooked Hillary\' needs to stop."\n\n-Michelle Marks, Philadelphia.',
         [("I will look into it. I don't know the status.", "Hillary Clinton", "Hillary Clinton", "-"),
          ("The whole idea of a 'Crooked Hillary' needs to stop.", "Michelle Marks", "Michelle Marks", "-")]),
        # A dashed headline or list item is no credit line.
        ('"We will win."\n\n- Old hands -.', [("We will win.", None, None, None)]),
        ('"We will win."\n\n-Nate Cohn explains why the polls were off.', [("We will win.", None, None, None)]),
    ],
)
def test_credit_line_after_a_standalone_quotation(text, expected):
    assert [record(q) for q in quotes(text, include_scare=True)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The main verb comes after a comma-set relative clause, never "who".
        ("Stuart Stevens, who served as Mitt Romney's chief strategist during the 2012 campaign, called Trump's "
         'statements and actions on Sunday "childish."',
         [("childish.", "Stuart Stevens", "Stuart Stevens", "called")]),
        ('Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month, said in a statement that the announcements were '
         "“important preliminary steps to treating those escaping violence.”",
         [("important preliminary steps to treating those escaping violence.", "Zoe Lofgren", "Rep. Zoe Lofgren (D-Calif.)", "said")]),
        # A sentence-initial "Said X, who …," inverts its subject past the aside.
        ("Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”",
         [("We were all so proud of him.", "Dorothy Poynter", "Dorothy Poynter", "Said")]),
    ],
)
def test_relative_clause_between_subject_and_verb(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A header in capitals is no antecedent: "She" skips it for the last person named.
        ("Hillary Clinton spoke in Ohio on Monday.\n\nFULL TEXT.\n\nShe called the plan “a disaster for working families.”",
         [("a disaster for working families.", "Hillary Clinton", "She", "called")]),
        ("JANE DOE SPEAKS\n\nShe called the plan “a disaster for working families.”",
         [("a disaster for working families.", None, "She", "called")]),
    ],
)
def test_headers_in_capitals_are_no_antecedents(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A cue in a clause fronted before the main one is not the quotation's: the main clause speaks.
        ("After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary Clinton shot back, "
         "“I suppose I could have chosen to bake cookies and have teas.”",
         [("I suppose I could have chosen to bake cookies and have teas.", "Hillary Clinton", "Hillary Clinton", "shot")]),
        ("When Donald Trump suggested that Cuba would sue the U.S., Marco Rubio fired back forcefully: "
         "“If they sue us in a court in Miami, they’re going to lose.”",
         [("If they sue us in a court in Miami, they’re going to lose.", "Marco Rubio", "Marco Rubio", "fired")]),
        # … but "As X explained," is the attribution itself.
        ("As White House press secretary Josh Earnest explained, three taxes were postponed, “which sounds like a lot of money.”",
         [("which sounds like a lot of money.", "Josh Earnest", "White House press secretary Josh Earnest", "explained")]),
    ],
)
def test_cue_in_a_fronted_clause(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An opening place phrase may hold "City, State," and run on; the subject comes after it.
        ("At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs. Clinton, saying "
         "that his former rival would ''make an outstanding president.''",
         [("make an outstanding president.", "Bernie Sanders", "Senator Bernie Sanders of Vermont", "saying")]),
        ("At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her statement, saying that the "
         "country should ''be rallying our partners and allies.''",
         [("be rallying our partners and allies.", "Clinton", "Mrs. Clinton", "saying")]),
        ('Here in Columbia, Bernie Sanders stepped up his emphasis on criminal justice, saying, "We have got to do better."',
         [("We have got to do better.", "Bernie Sanders", "Bernie Sanders", "saying")]),
    ],
)
def test_opening_place_phrases_are_not_the_subject(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An opening clause led by an adverb and its conjunction is stepped over to the main subject …
        ("Shortly after the conference call ended, Jane Doe’s campaign sent out a press release saying, "
         "“The congressman owes Florida an explanation.”",
         [("The congressman owes Florida an explanation.", "Jane Doe’s campaign", "Jane Doe’s campaign", "saying")]),
        ("Ever since she endorsed the nominee this month, Ms. Doe has been a powerful surrogate, visiting "
         "headquarters to encourage young staffers with a simple message: ''Don't screw this up!''",
         [("Don't screw this up!", "Doe", "Ms. Doe", ":")]),
        # … as is an opening "Alongside …," and an "even" before the subject.
        ("Alongside calls for action, even a top GOP strategist said the candidate will have to choose a side, saying, "
         "\"At some point, she is going to have to come out.\"",
         [("At some point, she is going to have to come out.", "a top GOP strategist", "a top GOP strategist", "saying")]),
        # A pronoun contracted with "has" is the subject of the cue after it.
        ("Ever since Jane Doe announced her candidacy, she's said the same thing at every stop: \"It is not about me.\"",
         [("It is not about me.", "Jane Doe", "she's", "said")]),
        # "X was prompted to say": the passive's subject; "prompted X to state": its object.
        ("But much of the debate was so subdued that Mr. Roe was prompted to say, ''So far, I cannot believe how civil it has been.''",
         [("So far, I cannot believe how civil it has been.", "Roe", "Mr. Roe", "say")]),
        ("That record prompted Jane Doe’s Atlas of Elections, which examines bellwether counties, to state, "
         "“Vigo County is the most prominent bellwether in the country.”",
         [("Vigo County is the most prominent bellwether in the country.",
           "Jane Doe’s Atlas of Elections, which examines bellwether counties",
           "Jane Doe’s Atlas of Elections, which examines bellwether counties", "state")]),
    ],
)
def test_fronted_openings_and_contracted_subjects(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A cue after "and" takes the subject of the verb it is coordinated with.
        ('Sunday morning, Hillary Clinton slammed the shift as a debate-eve conversion and accused Sanders of a "flip-flop."',
         [("flip-flop.", "Hillary Clinton", "Hillary Clinton", "accused")]),
        ("As the crowd began to chant, Sarah Silverman was joined on stage by Al Franken and joked, “Bernie or Bust people, you’re being ridiculous.”",
         [("Bernie or Bust people, you’re being ridiculous.", "Sarah Silverman", "Sarah Silverman", "joked")]),
        # … passing over a verb whose subject sits in a complement ("said his attacks on Trump have given").
        ("Jeb Bush said his recent attacks on Donald Trump have given his campaign momentum and said that Trump was not "
         "the heir of the “party of Reagan.”",
         [("party of Reagan.", "Jeb Bush", "Jeb Bush", "said")]),
        # … past a quotation that is the first verb's object.
        ("Hillary Clinton declared “What a Super Tuesday!” and said that her campaign would continue “to break barriers.”",
         [("What a Super Tuesday!", "Hillary Clinton", "Hillary Clinton", "declared"),
          ("to break barriers.", "Hillary Clinton", "Hillary Clinton", "said")]),
        # … through a list of verbs ("looked …, furrowed his brow and said"), an irregular past ("shook").
        ('When I asked Jane Doe if she would endorse him, she looked straight into the camera, furrowed her brow and said, "I will endorse you!"',
         [("I will endorse you!", "Jane Doe", "she", "said")]),
        ("Asked whether Mr. Roe would hold a cabinet post, Mrs. Doe shook her head and said, ''No.''",
         [("No.", "Doe", "Mrs. Doe", "said")]),
        # … and in a clause of time or manner, its own subject ("as she thanked … and then boomed").
        ("Smiling broadly, Mrs. Doe drew cheers as she thanked her adopted home state and then boomed, ''There is no place like home.''",
         [("There is no place like home.", "Doe", "she", "boomed")]),
    ],
)
def test_coordinated_cue_takes_the_first_verbs_subject(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A quotation standing alone goes on with the reported statement closing the paragraph before.
        ("Ash Carter said that for decades some critics had predicted a U.S. withdrawal, but this would not happen.\n\n"
         "“That’s because this region remains the most consequential for America’s own security.”",
         [("That’s because this region remains the most consequential for America’s own security.", "Ash Carter", "Ash Carter", "said")]),
        # … but not when a quotation came after that statement in its paragraph, nor a header in capitals.
        ("Ash Carter said that the region matters.\n\n“EVENTUALLY VOTERS MAKE GOOD DECISIONS”\n\nThe talks went on.",
         []),
        # … whose subject is a pronoun the article does not resolve: the quotation has its words.
        ("And then he promised that he is staying in the race until the convention. "
         '"Let me be as clear as I can be: We are in till the last ballot is cast!"',
         [("Let me be as clear as I can be: We are in till the last ballot is cast!", None, "he", "promised")]),
    ],
)
def test_standalone_quotation_after_a_reported_statement(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A colon lead-in takes its clause's verb as the cue where there is one …
        ('Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It\'s time to quit attacking people."',
         [("It's time to quit attacking people.", "Mitch McConnell", "Senate Majority Leader Mitch McConnell, R-Ky", "delivered")]),
        ('Ted Cruz also played up his strength in a general election: "Who gives us the best chance to win?"',
         [("Who gives us the best chance to win?", "Ted Cruz", "Ted Cruz", "played")]),
        # A cue's base form after "a" and its adjectives is a noun: the clause's verb is the cue.
        ('Jane Doe delivered a snappy retort: "No one is tearing this up."',
         [("No one is tearing this up.", "Jane Doe", "Jane Doe", "delivered")]),
        # A verb after "what" has that word as its subject; it introduces nothing.
        ('Jane Doe has since apologized for what happened: "Yes, I should have used two email addresses."',
         [("Yes, I should have used two email addresses.", "Jane Doe", "Jane Doe", ":")]),
        # A colon closing a clause coordinated after a comma: that clause's subject and verb,
        # not the cue of the clause before.
        ('Jane Doe said both senators are "non-entities in the Senate," but she gave the Texan a back-handed compliment: '
         '"You never have to guess where he is."',
         [("non-entities in the Senate", "Jane Doe", "Jane Doe", "said"),
          ("You never have to guess where he is.", "Jane Doe", "she", "gave")]),
        # A cue in a relative clause on a noun before the colon is not the quotation's …
        ('Talking about energy, Jane Doe offered up this sound bite for which she later apologized: '
         '"We are going to put a lot of coal miners out of business."',
         [("We are going to put a lot of coal miners out of business.", "Jane Doe", "Jane Doe", "offered")]),
        # … but one going on with the clause before is.
        ('She said the proposals were strong, to which Joe Roe interjected: "It is just not true."',
         [("It is just not true.", "Joe Roe", "Joe Roe", "interjected")]),
        # … and the colon itself when there is none.
        ("- Michael P. McDonald: “Turnout will be high.”", [("Turnout will be high.", "Michael P. McDonald", "Michael P. McDonald", ":")]),
    ],
)
def test_colon_lead_in_cue(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A credit between a dash and the colon wins over a cue in the headline before the dash …
        ("But polls did predict the Democratic caucus - PollWatch: “Most pollsters fared much better with the results.”",
         [("Most pollsters fared much better with the results.", "PollWatch", "PollWatch", ":")]),
        ("VOTERS CARE MORE ABOUT INSPIRATION - Jane Doe and John Roe: “We found that inspiring leaders win votes.”",
         [("We found that inspiring leaders win votes.", "Jane Doe", "Jane Doe and John Roe", ":")]),
        # … and so does "from" and a source opening the clause.
        ("Turnout was there all along - More from Jane Doe: “Data collected by our firm helps confirm it.”",
         [("Data collected by our firm helps confirm it.", "Jane Doe", "Jane Doe", ":")]),
        ("Not all web panels are created equal. From the report: “In general, longer field periods produced better results.”",
         [("In general, longer field periods produced better results.", "the report", "the report", ":")]),
    ],
)
def test_dashed_credit_before_a_colon(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A quotation standing alone after a sentence whose subject is a person, in the same paragraph.
        ('Union leaders backed the bill.\n\nHillary Clinton touted her credentials as an original co-sponsor of the legislation. '
         '"We need to find ways to support workers that want a union."',
         [("We need to find ways to support workers that want a union.", "Hillary Clinton", "Hillary Clinton", "touted")]),
        # … but not after a sentence with no verb to read.
        ("Donald Trump's first tweet Sunday morning was a fairly measured comment. \"Really bad shooting in Orlando.\"",
         [("Really bad shooting in Orlando.", None, None, None)]),
        # A sentence before, its subject set off by a long appositive opening with "a".
        ('On the other side, Sen. Jane Doe (R-Tex.), a Republican candidate for president who has made religious liberty '
         'a centerpiece of her campaign, tweeted a warning. "Remember in November the Democrats who filibustered."',
         [("Remember in November the Democrats who filibustered.", "Jane Doe", "Sen. Jane Doe", "tweeted")]),
    ],
)
def test_standalone_quotation_after_a_sentence_naming_its_speaker(text, expected):
    assert [record(q) for q in quotes(text, include_scare=True)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "issued a statement saying": the clause's subject speaks, a body as well as a person.
        ("The town released a statement Wednesday saying Trump’s comments “are based on his opinion, not actual facts.”",
         [("are based on his opinion, not actual facts.", "the town", "The town", "saying")]),
        ("The company released a statement Monday saying the reports were “inaccurate and deliberately misleading.”",
         [("inaccurate and deliberately misleading.", "the company", "The company", "saying")]),
    ],
)
def test_participle_after_an_object_takes_the_clause_subject(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A naming verb with a short object before the quotation ("called X “…”", "called on X not to “…”").
        ("The rejection was complete when Donald Trump in his announcement speech called undocumented immigrants from Mexico “rapists.”",
         [("rapists.", "Donald Trump", "Donald Trump in his announcement speech", "called")]),
        ('Contrast that with Donald Trump, who has called the 12-nation TPP pact "insanity."',
         [("insanity.", "Donald Trump", "who", "called")]),
        ('But they were clearly on his mind as Barack Obama called on Americans not to "give into fear or turn against each other."',
         [("give into fear or turn against each other.", "Barack Obama", "Barack Obama", "called")]),
        # An opening adverb before a subject pronoun is no introductory phrase to skip.
        ('Then he cut into Jeb Bush, calling him a "stiff."', [("stiff.", None, "he", "calling")]),
        # A long appositive opening with "a" is stepped over to the name.
        ("Bill Millis, a North Carolina businessman who had been a member of the campaign’s three-man board before departing "
         "last month because of strategic differences, said Carson had been led astray by “insiders” running his campaign.",
         [("insiders", "Bill Millis", "Bill Millis", "said")]),
    ],
)
def test_naming_verbs_adverbs_and_long_appositives(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Every kind of cue before a quotation passes the cheap sieve ahead of the verb-position test:
        # a particle cue, a naming verb, a verb right before ', "…"', a weak cue with a that-clause,
        # and a noun by position ("press secretary") that is no cue.
        ('Warren pointed out that the bill "does nothing for workers."',
         [("does nothing for workers.", "Warren", "Warren", "pointed")]),
        ('Trump called undocumented immigrants from Mexico "rapists" and worse.',
         [("rapists", "Trump", "Trump", "called")]),
        ('After the vote, Clinton cracked, "I guess we know who won."',
         [("I guess we know who won.", "Clinton", "Clinton", "cracked")]),
        ('A letter from the governor warns that "the state will run out of money."',
         [("the state will run out of money.", "a letter from the governor", "A letter from the governor", "warns")]),
        ('The White House press secretary, Sean Spicer, said the claim was "absurd."',
         [("absurd.", "Sean Spicer", "The White House press secretary, Sean Spicer", "said")]),
    ],
)
def test_pre_cues_of_every_kind(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A quotation in the object of a verb coordinated with the first one: that nearer verb is the cue.
        ('Then he cut into Bush, calling him a "stiff" and accusing him of acting like a "spoiled child."',
         [("stiff", None, "he", "calling"), ("spoiled child.", None, "he", "accusing")]),
        ('Republican front-runner Donald Trump called the merger "a terrible deal" and ranked Fiorina as one of '
         'the worst 20 CEOs "in the history of business."',
         [("a terrible deal", "Donald Trump", "Republican front-runner Donald Trump", "called"),
          ("in the history of business.", "Donald Trump", "Republican front-runner Donald Trump", "ranked")]),
        # A second speech verb in the first one's tense opens a second statement, past a "that" clause.
        ('Rajoy said Monday that he will "try to form a stable government" and insisted that his party was '
         '"still the No. 1 force in Spain."',
         [("try to form a stable government", "Rajoy", "Rajoy", "said"),
          ("still the No. 1 force in Spain.", "Rajoy", "Rajoy", "insisted")]),
        # Participles joined by "and", or set after ", before": the nearer one holds the quotation.
        ('"There is great danger with the illegals," Trump told reporters, before insisting he had a "great relationship" with Latinos.',
         [("There is great danger with the illegals", "Trump", "Trump", "told"),
          ("great relationship", "Trump", "Trump", "insisting")]),
        ("Rubio pushed back on those claims Thursday, saying that the bill had the correct security components but was "
         'waylaid by voter mistrust - and arguing that he and Cruz shared "almost all the same views on immigration."',
         [("almost all the same views on immigration.", "Rubio", "Rubio", "arguing")]),
        # "Democrats and Republicans," in a fronted phrase opens no clause: the main subject speaks.
        ("Facing mounting criticism from Democrats and Republicans, Mr. Trump released a follow-up statement on Saturday "
         "night, describing the Khans' deceased son as a hero but insisting that Mr. Khan had ''no right'' to criticize him.",
         [("no right", "Trump", "Mr. Trump", "insisting")]),
        # A "when" clause is no aside when no comma closes its verb: its verbs are coordinated.
        ('The anxiety was underscored Wednesday when House Speaker Paul D. Ryan of Wisconsin lamented the "disheartened" '
         'state of the campaign and criticized the "identity politics" on display.',
         [("disheartened", "Paul D. Ryan", "House Speaker Paul D. Ryan of Wisconsin", "lamented"),
          ("identity politics", "Paul D. Ryan", "House Speaker Paul D. Ryan of Wisconsin", "criticized")]),
        # An attribution set aside by commas: the verb after it is the statement's, not a second cue.
        ('The golf industry, she said, is "doing much better than it has looked since 2009."',
         [("doing much better than it has looked since 2009.", None, "she", "said")]),
        # A gerund's conjunct ("for defying … and fighting") is no predicate of the subject.
        ('She applauded him for defying the establishment and fighting for liberties "over and over again."',
         [("over and over again.", None, "She", "applauded")]),
    ],
)
def test_coordinated_predicate_is_the_cue(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A cue inside the clause that a main-clause reporting verb reports: the outer speaker said it all.
        ("In his address to La Raza, Graham assures his audience he will tell the “bigots” who oppose amnesty to “shut up.”",
         [("bigots", "Graham", "Graham", "assures"), ("shut up.", "Graham", "Graham", "assures")]),
        # … but a relative clause or a second coordinated clause keeps its own cue.
        ('Amnesty International spokesman Eric Ferrero said groups of observers were dispatched with the marchers, '
         'whom he described as "peaceful."',
         [("peaceful.", "Eric Ferrero", "he", "described")]),
        ('Cruz said he would make sand "glow in the dark," and Trump vowed to "bomb the hell" out of the Islamic State.',
         [("glow in the dark", "Cruz", "Cruz", "said"), ("bomb the hell", "Trump", "Trump", "vowed")]),
    ],
)
def test_outer_reporting_verb_of_an_inner_cue(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A noun of saying owned by its speaker, whose complement holds the quotation, is the cue.
        ("Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim that "
         "President Barack Obama “founded ISIS,” saying they were nitpicking.",
         [("founded ISIS", "Donald Trump", "Donald Trump’s", "claim")]),
        ("Former US secretary of state Madeleine Albright, a Clinton supporter, fanned controversy earlier this year "
         "over her remark that “there’s a special place in hell for women who don’t help each other.”",
         [("there’s a special place in hell for women who don’t help each other.", None, "her", "remark")]),
        # … but not the occasion of a cue ("said in her opening remarks that"), nor inside an outer report.
        ("Wasserman Schultz said in her opening remarks that the platform should reiterate the party’s support "
         "for the country’s “stalwart allies.”",
         [("stalwart allies.", "Wasserman Schultz", "Wasserman Schultz", "said")]),
        ('Cruz spokeswoman Catherine Frazier said Thursday that Rubio\'s claim that Cruz is in favor of legalizing '
         'illegal immigrants is "absurd."',
         [("absurd.", "Catherine Frazier", "Cruz spokeswoman Catherine Frazier", "said")]),
    ],
)
def test_noun_of_saying_is_the_cue(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A gerund cue after "for" is the reason of the verb that takes it: that verb's subject reports it.
        ("The former secretary of state mocked Trump for calling himself the “king of debt,” noting that his tax "
         "cuts would cause the debt to skyrocket.",
         [("king of debt", "the former secretary of state", "The former secretary of state", "mocked")]),
        ("Party Chairman Reince Priebus fairly scolded Romney for suggesting during the primary season that "
         "immigrants should “self-deport.”",
         [("self-deport.", "Party Chairman Reince Priebus", "Party Chairman Reince Priebus", "scolded")]),
    ],
)
def test_verb_taking_a_gerund_cue_for_its_reason(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A time adjunct between subject and verb is no subject.
        ("Trump, who has been feuding with Republican leaders this week, on Friday described his intent to lead a "
         "“big tent” Republican Party.",
         [("big tent", "Trump", "Trump", "described")]),
        ('Sen. Dianne Feinstein (D-Calif.) last week said Clinton was not the originator of any "top secret" email chains.',
         [("top secret", "Dianne Feinstein", "Sen. Dianne Feinstein (D-Calif.)", "said")]),
    ],
)
def test_time_adjunct_before_the_cue(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An "as" clause after the quotation or opening the sentence names the source, weak verbs included.
        ("Still, the fact that the race “is a dead heat right now,” as Cruz said on Glenn Beck’s radio program on Monday, "
         "only magnifies the importance of every tactical decision.",
         [("is a dead heat right now", "Cruz", "Cruz", "said")]),
        ("As The Daily Caller reported, the Cosby Show creator and star “gave between $1,001 and $5,000” to the Clintons.",
         [("gave between $1,001 and $5,000", "The Daily Caller", "The Daily Caller", "reported")]),
    ],
)
def test_as_clause_attribution(text, expected):
    assert [record(q) for q in quotes(text)] == expected


def test_closing_attribution_outranks_a_weak_cue_before_the_quote():
    # "signals" is a cue only beside a quote; the sentence's closing ", said X" names the speaker.
    text = ('The rejection of the treaty signals "the beginning of the end" for the EU, said Geert Wilders, '
            'founder of the right-wing Dutch Party for Freedom.')
    assert [record(q) for q in quotes(text)] == [
        ("the beginning of the end", "Geert Wilders", "Geert Wilders", "said"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A quotation right after a participle opening a comma-set phrase is that participle's
        # object: the participle is the cue, the subject the one the phrase qualifies.
        ("Mr. Doe, citing ''the unique magic of Trump,'' said the candidate could be in a very strong position.",
         [("the unique magic of Trump", "Doe", "Mr. Doe", "citing")]),
        ('Citing "obligations in Tennessee," the former vice president’s spokeswoman told POLITICO that he plans to skip it.',
         [("obligations in Tennessee", "the former vice president’s spokeswoman", "the former vice president’s spokeswoman", "Citing")]),
        # … also when the quotation closes the participle's phrase a few words on.
        ('Citing last week’s attack as a wake-up call for voters and their “reveries about treating the presidency as an '
         'entry-level job,” Jane Doe urged the electorate to think again.',
         [("reveries about treating the presidency as an entry-level job", "Jane Doe", "Jane Doe", "Citing")]),
    ],
)
def test_participle_opening_a_phrase_cues_its_quotation(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A quotation closing a subordinate clause set before the main one is that clause's
        # speaker's: the main clause after it says something else.
        ('Although Jane Doe admitted to the newspaper that she and the man had "been friends for some time," she claimed they had never met in person.',
         [("been friends for some time", "Jane Doe", "Jane Doe", "admitted")]),
        ('But even as John Roe claimed on Tuesday that "Petraeus got in trouble for far less," one of the former prosecutors said the two cases were different.',
         [("Petraeus got in trouble for far less", "John Roe", "John Roe", "claimed")]),
    ],
)
def test_quotation_closing_a_fronted_clause_is_that_clauses(text, expected):
    assert [record(q) for q in quotes(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Respondents' answers are the poll's finding: "In" is the cue, the poll the source …
        ('In a national CNN/ORC poll released Monday, 31% of Republicans said they were "extremely enthusiastic" about voting.',
         [("extremely enthusiastic", "a national CNN/ORC poll released Monday", "a national CNN/ORC poll released Monday", "In")]),
        # … but a poll that is no head of the opening phrase is no source.
        ('In a memo released as polls closed Tuesday, Jane Doe acknowledged the split, which is an outcome, she said, "we have long anticipated."',
         [("we have long anticipated.", "Jane Doe", "she", "said")]),
        # A sentence opening with "Asked whether “…”," quotes the question: "Asked" is its cue.
        ('Asked whether Jane Doe "has the integrity to serve effectively as president," 75 percent of Democrats said yes.',
         [("has the integrity to serve effectively as president", "75 percent of Democrats", "75 percent of Democrats", "Asked")]),
    ],
)
def test_poll_findings_and_asked_questions(text, expected):
    assert [record(q) for q in quotes(text)] == expected
