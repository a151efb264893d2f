"""Assembling every attribution of an article: reported speech next to quotes, mixed quotes, cues inside another
attribution's content.

Each repair rule has at least two sentences, worded differently; a comment names the rule.
"""

import pytest

from toolkit.speech.tables import quotes


# direct.MIXED_MIN_WORDS: a reported clause holding a short quote is one mixed attribution
@pytest.mark.parametrize(
    "text, rows",
    [
        ("Trump said the plan was “a total disaster” for American workers. Officials insisted it would work.",
         [["mixed", "the plan was “a total disaster” for American workers", "Trump"],
          ["indirect", "it would work", "Officials"]]),
        ("Mayor Ann Lee said the budget was “a slap in the face” to every teacher in town.",
         [["mixed", "the budget was “a slap in the face” to every teacher in town", "Mayor Ann Lee"]]),
    ],
)
def test_reported_speech_and_mixed_quote(text, rows):
    table = quotes(text)
    assert table[["kind", "content", "speaker"]].values.tolist() == rows


# _outermost: a cue inside another attribution's content is part of what was reported, not an attribution of its
# own (the seed: Khamenei "said that Iran does not intend to wage war")
@pytest.mark.parametrize(
    "text, rows",
    [
        ("Hale told reporters that the board thinks the mill should close.",
         [["that the board thinks the mill should close", "told", "Hale"]]),
        ("The mayor told the council that residents fear the river will flood again this spring.",
         [["that residents fear the river will flood again this spring", "told", "The mayor"]]),
    ],
)
def test_a_cue_inside_reported_content_is_not_another_attribution(text, rows):
    table = quotes(text)
    assert table[["content", "cue", "speaker"]].values.tolist() == rows


# _reported_by: a quote whose cue lies inside another speaker's reported words is that speaker's account
@pytest.mark.parametrize(
    "text, speakers",
    [
        ("Okafor said he is certain the senator will continue to be “a champion for working families in every corner "
         "of this state.”", ["Okafor", "Okafor"]),
        ("Berg said the report suggested the company was hiding “a much larger problem with the brakes than anyone "
         "admits.”", ["Berg", "Berg"]),
        ("“We will win this fight,” the senator said on Monday.", ["the senator"]),
    ],
)
def test_a_quote_inside_reported_words_belongs_to_the_reporter(text, speakers):
    assert quotes(text).speaker.tolist() == speakers
