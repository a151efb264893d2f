"""The quote table on the seed article: columns, offsets, full content spans, the speaker filter and counts; odd
input never raises."""

import pandas as pd
import pytest

import toolkit
from toolkit.errors import InputError
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


def test_the_parsed_doc_still_serialises_after_quotes(seed):
    toolkit.quotes(seed)
    assert toolkit.parse(seed).to_bytes()


# tables._denied: a negated cue is kept with negated=True and left out of the counts (issue 14)
@pytest.mark.parametrize(
    "text, cue",
    [
        ("The governor did not mention that schools would stay closed until May.", "mention"),
        ("Asked twice, the spokesman never said whether the talks had failed.", "said"),
    ],
)
def test_a_negated_cue_is_flagged_and_not_counted(text, cue):
    from toolkit.speech.tables import quote_counts

    table = quotes(text)
    assert table.cue.tolist() == [cue] and table.negated.tolist() == [True]
    assert quote_counts(table).empty


# finder._no_source: subjects that report no one's words (toolkit/data/not_sources.tsv) make no attribution
@pytest.mark.parametrize(
    "text",
    [
        "The statistics reveal that infections are falling in the north.",
        "The truth is that the fund will run dry, and the statistics show it will happen by June.",
    ],
)
def test_subjects_that_are_no_source_make_no_attribution(text):
    assert quotes(text).empty
    assert quotes("Prices rose by 4 percent, according to official statistics.").cue.tolist() == ["according to"]
