"""Quotes on the seed article and on small hand-written snippets: kinds, full content spans, cues, speakers, actors."""

import pandas as pd
import pytest

import toolkit
from toolkit.errors import InputError
from toolkit.speech.marks import find_quotes
from toolkit.speech.tables import COLUMNS, quotes


@pytest.fixture(scope="module")
def seed_table():
    return quotes(toolkit.load_article())


def row_with(table: pd.DataFrame, content_start: str) -> pd.Series:
    rows = table[table.content.str.startswith(content_start)]
    assert len(rows) == 1, f"expected one attribution starting {content_start!r}, got {len(rows)}"
    return rows.iloc[0]


def test_every_span_is_an_offset_into_the_text(seed_table):
    text = toolkit.load_article().text
    assert list(seed_table.columns) == COLUMNS
    for row in seed_table.itertuples():
        assert text[row.content_start : row.content_end] == row.content
        assert text[row.cue_start : row.cue_end] == row.cue
        assert text[row.speaker_start : row.speaker_end] == row.speaker


@pytest.mark.parametrize(
    "start, end, kind, cue, speaker, actor",
    [
        ("Iran will not hold", "no sense in such talks", "indirect", "said",
         "Iranian Supreme Leader Ayatollah Ali Khamenei", "Ali Khamenei"),
        ("Tehran is ready", "exert pressure on Iran", "indirect", "According to",
         "Iranian President Hassan Rouhani", "Hassan Rouhani"),
        ("By returning to the negotiation table", "with others & with Europeans", "direct", "wrote", "Khamenei",
         "Ali Khamenei"),
        ("Iran was not ready", "with other countries", "indirect", "said", "the supreme leader", "Ali Khamenei"),
        ("We won’t negotiate on the core issues", "our military capability", "direct", "added", "Khamenei",
         "Ali Khamenei"),
        ("that Iran does not intend", "but will continue to resist Washington", "indirect", "said",
         "Iranian Supreme Leader Ayatollah Ali Khamenei", "Ali Khamenei"),
        ("the United States was not seeking war", "war against Iran", "indirect", "saying",
         "Acting US Defense Secretary Patrick Shanahan", "Patrick Shanahan"),
        ("a clear and unmistakable message", "unmistakable message", "indirect", "called",
         "US National Security Adviser John Bolton", "John Bolton"),
        ("The new US deployments", "B-52 bombers and F-15 fighters", "indirect", "according to", "the Pentagon",
         "Pentagon"),
    ],
)
def test_seed_attributions_with_full_content(seed_table, start, end, kind, cue, speaker, actor):
    row = row_with(seed_table, start)
    assert row.content.endswith(end)
    assert (row.kind, row.cue, row.speaker, row.actor) == (kind, cue, speaker, actor)


def test_multi_sentence_quotes_are_one_attribution(seed_table):
    wrote = row_with(seed_table, "By returning")
    assert wrote.content.count(". ") == 3  # all four sentences
    added = row_with(seed_table, "We won’t negotiate on the core")
    assert added.content.count(". ") == 2  # all three sentences


@pytest.mark.parametrize(
    "text, inside",
    [
        ('He said "no deal" today.', ["no deal"]),
        ("He said “no deal” today.", ["no deal"]),
        ("Er sagte „kein Deal“ heute.", ["kein Deal"]),
        ("Il a dit «pas d'accord» hier.", ["pas d'accord"]),
        ("''It's over,'' she said.", ["It's over,"]),
        ("The voters' choice isn't Trump's, it's ours.", []),
        ("“Apparently not,“ he said.", ["Apparently not,"]),
    ],
)
def test_quote_marks(text, inside):
    assert [text[q.start : q.end] for q in find_quotes(text)] == inside


def test_unbalanced_marks_end_at_the_paragraph():
    text = 'He said "this never closes here.\n\nNext paragraph "is fine" now.'
    found = [(text[q.start : q.end], q.closed) for q in find_quotes(text)]
    assert found == [("this never closes here.", False), ("is fine", True)]


def test_multi_paragraph_quote_continues_at_the_next_opening_mark():
    text = (
        "“The first paragraph of a long statement goes on and does not close.\n\n"
        "“The second paragraph ends it,” said Maria Lopez.\n\nAnother paragraph."
    )
    table = quotes(text)
    assert len(table) == 1
    row = table.iloc[0]
    assert row.content.startswith("The first paragraph") and row.content.endswith("The second paragraph ends it")
    assert (row.kind, row.speaker, row.cue) == ("direct", "Maria Lopez", "said")


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("“We will never surrender to pressure from anyone at all.” — Hassan Rouhani", "Hassan Rouhani", "—"),
        # a horizontal bar (U+2015) before the name, as reader quotes are signed on some sites
        ("“The debate showed how little he knows about us. He has never visited our town.”― Rosa "
         "Martinez", "Rosa Martinez", "―"),
        ("The minister told reporters: «We are ready to talk to everyone who respects us.»", "The minister", "told"),
        ("Angela Merkel was defiant on Monday. “We will not accept these terms under any circumstances.”",
         "Angela Merkel", ""),
        ("“We will not accept these terms under any circumstances whatsoever.” Merkel repeated it twice.",
         "Merkel", "repeated"),
        ("“It’s anti-growth and anti-jobs,” fumed Leonard Burman, a tax expert.", "Leonard Burman", "fumed"),
        ("According to the newspaper, “The city’s budget leaves its schools without enough teachers for a third "
         "year.”", "the newspaper", "According to"),
        # a verb outside the lexicon right before the comma that opens the quote
        ("The governor shot back, “I could have stayed at home, but I chose to fight for this town.”",
         "The governor", "shot"),
        # the parse attaches the closing mark to the name that follows it
        ("“Nobody here thinks that the plan is hunky-dory,” Maria Ortiz, a top adviser to the governor, said "
         "on Monday.", "Maria Ortiz", "said"),
    ],
)
def test_direct_quote_speakers_around_the_quote(text, speaker, cue):
    row = quotes(text).iloc[0]
    assert (row.kind, row.speaker, row.cue) == ("direct", speaker, cue)


def test_reported_speech_and_mixed_quote():
    table = quotes("Trump said the plan was “a total disaster” for American workers. Officials insisted it would work.")
    assert table[["kind", "content", "speaker"]].values.tolist() == [
        ["mixed", "the plan was “a total disaster” for American workers", "Trump"],
        ["indirect", "it would work", "Officials"],
    ]


@pytest.mark.parametrize(
    "text, content, cue, speaker",
    [
        # a question asked, whose clause holds a verb of feeling
        ("A reporter asked Ortiz how she’s feeling on election day.", "how she’s feeling on election day", "asked",
         "A reporter"),
        ("The mayor asked the council to fund a new library for the north side.",
         "to fund a new library for the north side", "asked", "The mayor"),
        ("Keller described the most loyal volunteers as seeming almost tired.", "the most loyal volunteers",
         "described", "Keller"),
    ],
)
def test_requests_and_descriptions(text, content, cue, speaker):
    row = quotes(text).iloc[0]
    assert (row.kind, row.content, row.cue, row.speaker) == ("indirect", content, cue, speaker)


def test_short_scare_quote_alone_is_not_speech():
    assert quotes("The so-called “deal of the century” was published on Tuesday.").empty
    assert quotes("In the end, they won, “a glorious victory” for the team.").empty


def test_pronouns_resolve_to_the_nearest_compatible_actor():
    table = quotes("Angela Merkel arrived in Paris on Monday. She said that the talks went well.")
    assert table[["speaker", "actor"]].values.tolist() == [["She", "Angela Merkel"]]
    table = quotes("The Pentagon released a statement. It said that more troops would be sent.")
    assert table[["speaker", "actor"]].values.tolist() == [["It", "Pentagon"]]


def test_ambiguous_pronoun_leaves_the_actor_empty():
    table = quotes("Angela Merkel met Emmanuel Macron in Paris. He said that the talks went well.")
    assert table[["speaker", "actor"]].values.tolist() == [["He", ""]]


def test_string_offsets_are_kept_as_given():
    text = "\n\n   Intro line.\n\n  The mayor said that the bridge would reopen in May.  \n"
    row = quotes(text).iloc[0]
    assert text[row.content_start : row.content_end] == "that the bridge would reopen in May"
    assert text[row.speaker_start : row.speaker_end] == "The mayor"


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n ", '"', "“”", '"""', "„«»‘’'", "said said said", "\x00\x01 “unclosed", "a\n" * 50, "“" * 40 + "x"],
)
def test_never_raises_on_odd_text(text):
    table = quotes(text)
    assert list(table.columns) == COLUMNS


def test_bad_input_type_is_a_clear_error():
    with pytest.raises(InputError):
        quotes(42)


def test_speaker_picker_filter(seed_table):
    from toolkit.speech.tables import select_speaker

    khamenei = select_speaker(seed_table, "Ali Khamenei")
    assert set(khamenei.speaker) == {"Khamenei", "the supreme leader", "Iranian Supreme Leader Ayatollah Ali Khamenei"}
    assert select_speaker(seed_table, None) is seed_table
    assert select_speaker(seed_table, "Nobody").empty


def test_quote_counts_split_direct_and_reported(seed_table):
    from toolkit.speech.tables import quote_counts

    counts = quote_counts(seed_table)
    assert counts.index[0] == "Ali Khamenei"
    assert counts.loc["Ali Khamenei"].to_dict() == {"direct": 2, "reported": 3}
    assert counts.loc["Pentagon"].to_dict() == {"direct": 0, "reported": 1}
    assert counts.sum().sum() == len(seed_table)


def test_quote_inside_a_sentence_about_its_speaker():
    row = quotes("The senator gushed about a “shared interest in keeping our rivers clean and open” in Ohio.").iloc[0]
    assert (row.kind, row.speaker) == ("direct", "The senator")


def test_split_quote_shares_its_cue():
    table = quotes("“There are these small towns left behind,” Mr. Brandt said, “and we are seeing the consequences.”")
    assert table[["content", "cue", "speaker"]].values.tolist() == [
        ["There are these small towns left behind", "said", "Mr. Brandt"],
        ["and we are seeing the consequences.", "said", "Mr. Brandt"],
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the parse leaves "said" without a subject
        ("Worried by the protests in Nevada, Governor Ann Cole, the party chair, said that she would call the mayor.",
         "Governor Ann Cole"),
        # the parse takes "Of" for the subject; a fronted phrase and a relative clause stand before the name
        ("Of Cole, Fisher, who donated to Paul Keller, said, “He’s flat-out scary. I think he’s a good man.”",
         "Fisher"),
        ("On Cole, Fisher, who donated to Keller, said, “He is flat-out scary.”", "Fisher"),
        # a wire dateline taken for the subject
        ("DENVER, May 3 (UPI) — Former Governor Alan Fisher told delegates at the state convention that the "
         "budget was a mistake.", "Former Governor Alan Fisher"),
        ("Maria Lopez – a nurse for 20 years – said that the talks would fail.", "Maria Lopez"),
    ],
)
def test_speaker_the_parse_misses(text, speaker):
    assert quotes(text).iloc[0].speaker == speaker


def test_headline_label_is_the_speaker():
    table = quotes("Tom Fisher: ‘You Find Me Odd Because I’m Young and I Support Cole!’\n\n"
                   "BBC Director On Strike: ‘We Do Not Pay Guests To Appear On Air.’\n\n"
                   "Water Rights Block Farm Deals: Ending “the dry years” is one of the first goals.")
    assert table[["cue", "speaker"]].values.tolist() == [[":", "Tom Fisher"], [":", "BBC Director"]]


def test_split_quote_in_double_apostrophes_after_a_title():
    # as the New York Times writes them; the period of "Mr." does not end the sentence
    table = quotes("''There is much bad blood between the two,'' Mr. Brandt said, ''and it's hard to see them agreeing "
                   "on much this year.''")
    assert table[["cue", "speaker", "actor"]].values.tolist() == [["said", "Mr. Brandt", "Brandt"]] * 2


def test_short_quoted_sentence_continues_the_previous_speaker():
    table = quotes('"That\'s the question everybody asks," Clark said. "We have a plan."')
    assert table[["content", "speaker"]].values.tolist() == [
        ["That's the question everybody asks", "Clark"], ["We have a plan.", "Clark"]]


@pytest.mark.parametrize("pronoun, actor", [("She", "Mary Jones"), ("He", "John Smith")])
def test_pronoun_gender_from_titles(pronoun, actor):
    table = quotes(f"Mr. John Smith met Mrs. Mary Jones in Paris. {pronoun} said that the talks went well.")
    assert table[["speaker", "actor"]].values.tolist() == [[pronoun, actor]]


def test_a_cue_across_a_line_break_is_not_the_quotes_cue():
    table = quotes("The reporter then asked, “Will you run again?”\n\n"
                   "“Maybe next year, if my family agrees with me,” the senator answered.")
    assert table[["content", "cue", "speaker"]].values.tolist() == [
        ["Will you run again?", "asked", "The reporter"],
        ["Maybe next year, if my family agrees with me", "answered", "the senator"],
    ]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("The mayor said she doubted the board “could ever agree.”", "could ever agree.", "The mayor"),
        ("“You can tell when it is wrong,” said Mr. Hale, adding that he doubted the board “would get there.”",
         "would get there.", "Mr. Hale"),
    ],
)
def test_quote_under_a_belief_verb_belongs_to_the_outer_speaker(text, content, speaker):
    row = row_with(quotes(text), content)
    assert (row.kind, row.speaker) == ("direct", speaker)


# a transcript as outlets print them: turns in opening quotation marks, labels in capitals
TRANSCRIPT = """Partial transcript as follows:

"HARPER: Good morning, Governor. Why did the council put off the vote?

"FISHER: The council seems to think this is a quiz show like “Dragons’ Den.” It is not, Anna.

"HARPER: We are short of time, so one more question. Will the mayor come?

"FISHER: The mayor has told me she is staying in Denver tomorrow."
"""


def test_transcript_turns_belong_to_their_labels():
    table = quotes(TRANSCRIPT)
    turns = [["HARPER", ":", "direct"], ["FISHER", ":", "direct"]] * 2
    assert table[["speaker", "cue", "kind"]].values.tolist() == turns
    assert table.content.iloc[1].endswith("a quiz show like “Dragons’ Den.” It is not, Anna.")
    assert table.content.iloc[3] == "The mayor has told me she is staying in Denver tomorrow."


def test_capitalised_paragraph_labels_alone_are_not_a_transcript():
    text = ("UPDATE: The minister resigned.\n\nDEAR ABBY: My son will not call.\n\nPHASE ONE: Shops reopen.\n\n"
            "PHASE TWO: Schools.")
    assert quotes(text).empty


@pytest.mark.parametrize(
    "text, content",
    [
        ("The '90s were hard. 'We survived,' Obama said.", "We survived"),
        ("In the '90s, he said 'we will fight on' and left.", None),
        ("Rock 'n' roll is dead, the critic said.", "Rock 'n' roll is dead"),
    ],
)
def test_elisions_are_not_quote_marks(text, content):
    table = quotes(text)
    assert not any(c.startswith(("90s", "n'")) for c in table.content)
    if content:
        assert content in set(table.content)


def test_they_does_not_speak_for_a_place_merely_mentioned():
    row = quotes("Protesters gathered in Paris on Monday. They said the reform was unfair.").iloc[0]
    assert (row.speaker, row.actor) == ("They", "")


def test_the_parsed_doc_still_serialises_after_quotes(seed):
    toolkit.quotes(seed)
    assert toolkit.parse(seed).to_bytes()
