"""Direct quotes: the cue, colon, dash or sentence that attributes a quoted passage, and the speaker each gives.

Each repair rule has at least two sentences, worded differently, so that a rule is not proved only by the example
that motivated it; a comment names the rule (in ``toolkit/speech/direct.py`` unless said otherwise).
"""

import pandas as pd
import pytest

from toolkit.speech.tables import quotes


def row_with(table: pd.DataFrame, content_start: str) -> pd.Series:
    rows = table[table.content.str.startswith(content_start)]
    assert len(rows) == 1, f"expected one attribution starting {content_start!r}, got {len(rows)}"
    return rows.iloc[0]


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        # DASH_SPEAKER: a dash after the quote, then the name
        ("“We will never surrender to pressure from anyone at all.” — Hassan Rouhani", "Hassan Rouhani", "—"),
        # a horizontal bar (U+2015) before the name, as reader quotes are signed on some sites
        ("“The debate showed how little he knows about us. He has never visited our town.”― Rosa "
         "Martinez", "Rosa Martinez", "―"),
        ("“Every vote in this county will be counted, however long it takes.” – Marta Silva", "Marta Silva", "–"),
        ("The minister told reporters: «We are ready to talk to everyone who respects us.»", "The minister", "told"),
        # _previous_subject: a quote that is a sentence of its own after a sentence about its speaker
        ("Angela Merkel was defiant on Monday. “We will not accept these terms under any circumstances.”",
         "Angela Merkel", ""),
        ("Senator Joan Ruiz looked tired after the vote. “Nobody in this building wanted the session to end this "
         "way.”", "Senator Joan Ruiz", ""),
        ("“We will not accept these terms under any circumstances whatsoever.” Merkel repeated it twice.",
         "Merkel", "repeated"),
        # _adjacent: the cue in a short sentence right after a quote of several sentences
        ("“The harbour will stay closed for at least another week. Ships must wait outside.” The port director "
         "confirmed it.", "The port director", "confirmed"),
        ("“The mine will close by the end of the year. Nobody can save it now.” The company confirmed it on Friday.",
         "The company", "confirmed"),
        # _verb_after: a verb outside the lexicon right after the comma that closes the quote
        ("“It’s anti-growth and anti-jobs,” fumed Leonard Burman, a tax expert.", "Leonard Burman", "fumed"),
        ("“We are not going anywhere,” the tenant shrugged.", "the tenant", "shrugged"),
        ("According to the newspaper, “The city’s budget leaves its schools without enough teachers for a third "
         "year.”", "the newspaper", "According to"),
        # _verb_before: a verb outside the lexicon right before the comma that opens the quote (with its particle)
        ("The governor shot back, “I could have stayed at home, but I chose to fight for this town.”",
         "The governor", "shot"),
        ("The chairman fired back, “Nobody on this board has ever taken money from anyone.”", "The chairman", "fired"),
        ("The coach snapped, “We lost because we did not run hard enough in the second half.”", "The coach",
         "snapped"),
        # cues.mention_span: the parse attaches the closing mark (and the word before it) to the name that follows
        ("“Nobody here thinks that the plan is hunky-dory,” Maria Ortiz, a top adviser to the governor, said "
         "on Monday.", "Maria Ortiz", "said"),
        ("“The whole town thinks that the old mill is happy-go-lucky,” Peter Hall, the city engineer, said on "
         "Tuesday.", "Peter Hall", "said"),
        # _inverted_subject: the speaker after the verb that follows the quote
        ("“This is a disgrace to the whole profession,” tweeted a German teacher.", "a German teacher", "tweeted"),
        ("“Is it safe to swim here today?” asked a boy on the beach.", "a boy", "asked"),
        # _inverted_subject: a name after the verb that the parse gave to a participle after it
        ('"There is no need to panic, and nobody should," said retired nurse Mary Collins, asked about the outbreak.',
         "retired nurse Mary Collins", "said"),
        ('"The plan works, and the numbers show it," said veteran economist Carl Jensen, asked about the budget.',
         "veteran economist Carl Jensen", "said"),
        # _verb_after and _reduced: a known cue after a long subject, which the parse read as a clause on a noun
        ('"Why does the city keep ignoring us? We have asked for years!" the president of the tenants association, '
         'Rosa Diaz, tweeted Monday after the meeting.', "the president", "tweeted"),
        ('"Stay home tonight and keep off the roads! The storm is not over yet!" the chief of the county fire '
         'service, Anna Berg, wrote Sunday after the floods.', "the chief", "wrote"),
        # _name_between: the parse takes a word inside the quote for the subject of the cue
        ("“Great news for Ohio,” Reyes, a former sheriff, said Thursday.", "Reyes", "said"),
        ("“Ask Jones, not me,” police Chief Ana Ortiz told reporters.", "police Chief Ana Ortiz", "told"),
        # _name_between: a possessor is not the speaker; the phrase it owns is (or a person named beside it)
        ("“My reaction, that was outrageous,” Lopez's former campaign manager said in an interview.",
         "Lopez's former campaign manager", "said"),
        # _colon_speaker: a quote after "X ...:" with no cue verb
        ("The mayor had a message for the council: “Fund the library or explain to the children why not.”",
         "The mayor", ":"),
        ("The union had one demand for the company: “Pay every driver the same wage for the same work.”",
         "The union", ":"),
        # _colon_speaker: a person named right before the colon, when the subject is a thing; a person the subject
        # speaks about stays the object
        ("The size of the swing did not surprise Republican pollster Dana Reyes: “Late deciders always break for the "
         "challenger in a year like this one.”", "Republican pollster Dana Reyes", ":"),
        ("The result of the vote did not surprise union leader Tom Walsh: “Our members were ready for this fight "
         "from the start.”", "union leader Tom Walsh", ":"),
        ("The mayor criticized council member Jane Ortiz: “She has voted against every budget since she was "
         "elected.”", "The mayor", "criticized"),
        # _best_cue: the cue of the sentence before, when that sentence ends in a colon
        ("She then told the board:\n\n“We cannot afford another year like this one.”\n\nThe board voted the next day.",
         "She", "told"),
        ("Okafor wrote to members on Friday:\n\n“The strike will go ahead unless the company makes a new offer.” "
         "Talks resume on Monday.", "Okafor", "wrote"),
        ("She then told the board:\n\n“We cannot afford another year like this one.”", "She", "told"),
    ],
)
def test_direct_quote_speakers_around_the_quote(text, speaker, cue):
    row = quotes(text).iloc[0]
    assert (row.kind, row.speaker, row.cue) == ("direct", speaker, cue)


# _previous_subject: a quoted sentence after a sentence whose verb of speech the parse left without a subject
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Tom Reyes, who co-founded the group, said the plan would fail. “Nobody has shown us a budget that adds up "
         "to anything.”", "Tom Reyes"),
        ("Mara Lindqvist, who co-led the study, said the results were clear. “We saw the same pattern in every "
         "single region we looked at.”", "Mara Lindqvist"),
    ],
)
def test_a_quote_after_a_subjectless_verb_of_speech(text, speaker):
    row = quotes(text).iloc[-1]
    assert (row.kind, row.speaker, row.cue) == ("direct", speaker, "")


# _colon_speaker: a clause reported by a verb of speech gives that verb's subject
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Mr. Hale said that, seen from the factory floor, the whole plan looked risky: “Nobody has asked the "
         "workers what they think of it.”", "Mr. Hale"),
    ],
)
def test_colon_speaker_is_the_clause_before_the_colon(text, speaker):
    assert quotes(text).iloc[-1].speaker == speaker


# _best_cue: a short quoted title before a cue's content is not what the cue reports; the cue reports its clause
@pytest.mark.parametrize(
    "text, content",
    [
        ("Before the vote, Senator Okafor told CNN's “State of the Union” that nobody would question the count.",
         "that nobody would question the count"),
        ("The minister told the weekly “Morning Review” that the budget would be cut.", "that the budget would be cut"),
    ],
)
def test_a_quoted_title_is_not_the_cues_content(text, content):
    table = quotes(text)
    assert table[["kind", "content"]].values.tolist() == [["indirect", content]]


# MIN_QUOTE_WORDS: a short quote without a cue of its own is a scare quote, even in a sentence with a subject
@pytest.mark.parametrize(
    "text",
    [
        "The so-called “deal of the century” was published on Tuesday.",
        "In the end, they won, “a glorious victory” for the team.",
        "Officials hailed a “historic day” for the region on Friday.",
    ],
)
def test_short_scare_quote_alone_is_not_speech(text):
    assert quotes(text).empty


# _sentence_subject: the subject of the sentence the quote opens in
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The senator gushed about a “shared interest in keeping our rivers clean and open” in Ohio.", "The senator"),
        ("The coach reminisced about a “season that none of us will ever forget” after the final.", "The coach"),
    ],
)
def test_quote_inside_a_sentence_about_its_speaker(text, speaker):
    row = quotes(text).iloc[0]
    assert (row.kind, row.speaker) == ("direct", speaker)


# _leads_into: the second half of a split quote shares the first half's cue
@pytest.mark.parametrize(
    "text, rows",
    [
        ("“There are these small towns left behind,” Mr. Brandt said, “and we are seeing the consequences.”",
         [["There are these small towns left behind", "said", "Mr. Brandt"],
          ["and we are seeing the consequences.", "said", "Mr. Brandt"]]),
        ("“We cannot wait for the state,” the mayor told residents, “because the winter is coming soon.”",
         [["We cannot wait for the state", "told", "the mayor"],
          ["because the winter is coming soon.", "told", "the mayor"]]),
    ],
)
def test_split_quote_shares_its_cue(text, rows):
    table = quotes(text)
    assert table[["content", "cue", "speaker"]].values.tolist() == rows


# _follows, _only_subject: a speaker named at length between the halves, when the cue reports no clause of its own
@pytest.mark.parametrize(
    "text, rows",
    [
        ("“The owners, whoever they were, including my own father,” Ms. Adler, the bakery's longtime manager, said, "
         "“never closed on a Sunday.”",
         [["The owners, whoever they were, including my own father", "said", "Ms. Adler"],
          ["never closed on a Sunday.", "said", "Ms. Adler"]]),
        ("“My bosses are fine,” one of the consultants for the campaign said the two cases were quite different.",
         [["the two cases were quite different", "said", "one"]]),
    ],
)
def test_a_long_subject_between_the_halves(text, rows):
    table = quotes(text)
    assert table[["content", "cue", "speaker"]].values.tolist() == rows


# _label_speaker: a headline line "Name: 'quote'" (the name up to a preposition); a label that names no one is not
@pytest.mark.parametrize(
    "text, rows",
    [
        ("Tom Fisher: ‘You Find Me Odd Because I’m Young and I Support Cole!’\n\n"
         "BBC Director On Strike: ‘We Do Not Pay Guests To Appear On Air.’\n\n"
         "Water Rights Block Farm Deals: Ending “the dry years” is one of the first goals.",
         [[":", "Tom Fisher"], [":", "BBC Director"]]),
        ("Senator Paul Hale: ‘Nobody Told Us The Mine Would Close!’", [[":", "Senator Paul Hale"]]),
        # a name the model did not tag, known by its first name
        ("Cecile Richards: ‘I’m Sick Of Men Telling Us What To Do With Our Bodies.’\nThe leader spoke on Friday.",
         [[":", "Cecile Richards"]]),
        # a cue after the quote that finds no speaker leaves the quote to the label
        ("Bernie Sanders: ‘It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage.\nWASHINGTON — The senator "
         "spoke on Sunday.", [[":", "Bernie Sanders"]]),
    ],
)
def test_headline_label_is_the_speaker(text, rows):
    table = quotes(text)
    assert table[["cue", "speaker"]].values.tolist() == rows


# ABBREVIATION (_breaks): the period of a title does not end the sentence between a quote and its cue
@pytest.mark.parametrize(
    "text, speaker, actor",
    [
        # as the New York Times writes them
        ("''There is much bad blood between the two,'' Mr. Brandt said, ''and it's hard to see them agreeing "
         "on much this year.''", "Mr. Brandt", "Brandt"),
        ("“The county has to act before the floods return,” Dr. Alice Wong said, “or we will lose the farms along "
         "the river.”", "Dr. Alice Wong", "Alice Wong"),
    ],
)
def test_split_quote_in_double_apostrophes_after_a_title(text, speaker, actor):
    table = quotes(text)
    assert table[["cue", "speaker", "actor"]].values.tolist() == [["said", speaker, actor]] * 2


# _whole_sentence and finder._inherit_speakers: a short quoted sentence after a quote continues its speaker
@pytest.mark.parametrize(
    "text, rows",
    [
        ('"That\'s the question everybody asks," Clark said. "We have a plan."',
         [["That's the question everybody asks", "Clark"], ["We have a plan.", "Clark"]]),
        ('"I will be back here in the spring," Ruiz promised. "Count on it."',
         [["I will be back here in the spring", "Ruiz"], ["Count on it.", "Ruiz"]]),
        ("“We never asked for this war,” Okafor told the crowd. “We only want to go home.”",
         [["We never asked for this war", "Okafor"], ["We only want to go home.", "Okafor"]]),
    ],
)
def test_short_quoted_sentence_continues_the_previous_speaker(text, rows):
    table = quotes(text)
    assert table[["content", "speaker"]].values.tolist() == rows


# _across_paragraphs: a cue in another paragraph is not the quote's cue
@pytest.mark.parametrize(
    "text, rows",
    [
        ("The reporter then asked, “Will you run again?”\n\n"
         "“Maybe next year, if my family agrees with me,” the senator answered.",
         [["Will you run again?", "asked", "The reporter"],
          ["Maybe next year, if my family agrees with me", "answered", "the senator"]]),
        ("She asked, “Why now?”\n\n“Because the money ran out,” the director said.",
         [["Why now?", "asked", "She"], ["Because the money ran out", "said", "the director"]]),
        ("The mayor then said, “We will rebuild.”\n\n“Not before the election,” her rival replied.",
         [["We will rebuild.", "said", "The mayor"], ["Not before the election", "replied", "her rival"]]),
    ],
)
def test_a_cue_across_a_line_break_is_not_the_quotes_cue(text, rows):
    table = quotes(text)
    assert table[["content", "cue", "speaker"]].values.tolist() == rows


# _outer_cue: a quote under a verb of belief is reported by the speaker of the cue around it
@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("The mayor said she doubted the board “could ever agree.”", "could ever agree.", "The mayor"),
        ("“You can tell when it is wrong,” said Mr. Hale, adding that he doubted the board “would get there.”",
         "would get there.", "Mr. Hale"),
        ("The coach told reporters he believed the team “could still win the title.”", "could still win the title.",
         "The coach"),
    ],
)
def test_quote_under_a_belief_verb_belongs_to_the_outer_speaker(text, content, speaker):
    row = row_with(quotes(text), content)
    assert (row.kind, row.speaker) == ("direct", speaker)


# _previous_subject: a quoted sentence after "..., Schiff said." is Schiff's, whatever label the model gives the name
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The council may be slow to act while the mayor talks to the unions, Schiff said. “The other factor is "
         "the election next spring.”", "Schiff"),
        ("The vote could slip to June, Okafor said. “Nobody wants to go home without a budget.”", "Okafor"),
    ],
)
def test_quote_after_a_reported_sentence_takes_its_speaker(text, speaker):
    row = quotes(text).iloc[-1]
    assert (row.kind, row.speaker) == ("direct", speaker)


# _colon_speaker: a bare label opening a line is a section heading, not a speaker ("Losers:", "iBuyers:")
@pytest.mark.parametrize(
    "text",
    [
        "Losers\n\niBuyers: “The whole class of companies that bet on fast resales saw the market grind to a halt.”",
        "Winners\n\nLenders: “The lenders that went digital early did well, because nobody could visit a branch.”",
    ],
)
def test_a_section_label_is_not_a_speaker(text):
    row = quotes(text).iloc[-1]
    assert (row.kind, row.speaker) == ("direct", "")


def test_a_label_with_an_owner_still_names_the_speaker():
    row = quotes("The mayor's answer: “We will fund the library and the pool, and nobody will pay more.”").iloc[0]
    assert row.speaker == "The mayor's answer"


# _inverted_subject: a name right after the verb that the parse hung on a participle after it
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The union agreed to a new wage system. ''I'm more skilled with my hands than I am with my brain,'' said "
         "Robin Maynard, half joking. He holds two degrees.", "Robin Maynard"),
        ("“We have waited for this bridge for twenty years,” said Anna Kowalski, laughing. She lives nearby.",
         "Anna Kowalski"),
        # a name after the verb that the model tagged an adverb ("-ly" surnames)
        ("“Having access to the voter file is valuable,” said Skelly, explaining he worked closely with the team.",
         "Skelly"),
        ("“The plan has worked well for all of us,” said Early, explaining he had worked on it for years.", "Early"),
    ],
)
def test_inverted_speaker_hung_on_a_participle(text, speaker):
    assert quotes(text).iloc[0].speaker == speaker


# _verb_before: "as X put it," before a quoted passage, even one that starts in lower case
@pytest.mark.parametrize(
    "text, speaker",
    [
        ('As the prosecutor Marc Trevidic put it, "apart from the wrong crowd and some jogging, there was not much '
         'to complain about."', "the prosecutor Marc Trevidic"),
        ('As one farmer put it, "too little rain in spring and far too much of it in the autumn."', "one farmer"),
    ],
)
def test_as_someone_put_it(text, speaker):
    row = quotes(text).iloc[0]
    assert (row.kind, row.speaker, row.cue) == ("direct", speaker, "put")


# _verb_before: the verb of a clause inside a prepositional phrase before the colon is not the cue; the verb it
# hangs on is
@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("Ortiz has since apologized for what happened: “Yes, I should have used two addresses, one for home and one "
         "for work.”", "Ortiz", "apologized"),
        ("The coach later spoke about what went wrong: “We lost our shape in the second half and never found it "
         "again.”", "The coach", "spoke"),
    ],
)
def test_verb_before_a_colon_skips_a_clause_inside_a_phrase(text, speaker, cue):
    row = quotes(text).iloc[0]
    assert (row.speaker, row.cue) == (speaker, cue)


def test_colon_speaker_ignores_a_verb_inside_the_quote_that_the_parse_hangs_the_clause_on():
    """A parse that makes the clause before the colon a complement of a verb inside the quote (seen on a ReCOVery
    letter with an unclosed quote) must not hand the speaker to that verb, nor fail when it has no subject."""
    from spacy.tokens import Doc

    from toolkit.nlp import load_model
    from toolkit.speech.direct import _colon_speaker
    from toolkit.speech.marks import find_quotes

    words = ["A", "note", "appears", ":", "“", "Mamma", "wrote", "that", "it", "was", "over", ".", "”"]
    spaces = [True, True, False, True, False, True, True, True, True, True, False, False, False]
    heads = [1, 2, 6, 2, 6, 6, 6, 9, 9, 6, 9, 6, 6]
    deps = ["det", "nsubj", "ccomp", "punct", "punct", "dep", "ROOT", "mark", "nsubj", "ccomp", "acomp", "punct",
            "punct"]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "SCONJ", "PRON", "AUX", "ADV", "PUNCT", "PUNCT"]
    lemmas = ["a", "note", "appear", ":", "“", "Mamma", "write", "that", "it", "be", "over", ".", "”"]
    doc = Doc(load_model().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * 12)
    q = find_quotes(doc.text, [(0, len(doc.text))])[0]
    inside = [t.idx >= q.outer_start for t in doc]
    assert _colon_speaker(q, doc, inside) == (14, 15, 0, 6)  # "A note", not Mamma's verb


# _colon_speaker and reporter: an adverbial clause inside a reported clause is reported too ("said that if viewed
# ..., a deal might be possible: '...'")
def test_the_colon_speaker_climbs_an_adverbial_clause_to_the_reporter():
    text = ('Mr. Amar said that if viewed through the lens of strategy, some kind of grand bargain might be possible: '
            '"In business, the question always is whether the bid and the ask overlap."')
    row = quotes(text).iloc[-1]
    assert (row.kind, row.speaker) == ("direct", "Mr. Amar")


# _name_between: the cue's own subject after the quote, when the parse gave it a second one inside the quote
def test_the_subject_after_the_quote_beats_one_inside_it():
    text = "“Welcome, all of you,” the keynote speaker says into the microphone with a cheering crowd behind her."
    assert quotes(text).iloc[-1].speaker == "the keynote speaker"

