"""Interview transcripts: labelled paragraphs are their speakers' turns; capitalised labels alone are not.

Each rule has at least two texts, worded differently; a comment names the rule.
"""

import pytest

from toolkit.speech.tables import quotes

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


# transcript_turns (and finder.attributions: a quote around the labels gives way to the turns)
@pytest.mark.parametrize(
    "text, speakers, first",
    [
        ("The exchange, as broadcast:\n\n“LOPEZ: Senator, will you vote for the farm bill this week?\n\n"
         "“DIAZ: Not in its present form, and my colleagues know why.\n\n“LOPEZ: What would change your mind, then?"
         "\n\n“DIAZ: Real money for the rural clinics, nothing less.”",
         ["LOPEZ", "DIAZ", "LOPEZ", "DIAZ"], "Senator, will you vote for the farm bill this week?"),
        ("MORALES: Thank you for coming in, Doctor. How bad is the outbreak?\n\n"
         "KIM: It is serious, but we have it under control for now.\n\nMORALES: And the schools?\n\n"
         "KIM: They stay open unless the numbers double.",
         ["MORALES", "KIM", "MORALES", "KIM"], "Thank you for coming in, Doctor. How bad is the outbreak?"),
    ],
)
def test_transcripts_with_and_without_quotation_marks(text, speakers, first):
    table = quotes(text)
    assert table.speaker.tolist() == speakers and set(table.cue) == {":"}
    assert table.content.iloc[0] == first


@pytest.mark.parametrize(
    "text",
    [
        # _is_speaker: labels that head a paragraph without naming a speaker, whole or by their first word
        "UPDATE: The minister resigned.\n\nDEAR ABBY: My son will not call.\n\nPHASE ONE: Shops reopen.\n\n"
        "PHASE TWO: Schools.",
        "CORRECTION: An earlier version misspelled the mayor's name.\n\nSTEP ONE: Fill in the form.\n\n"
        "STEP TWO: Mail it.",
        # MIN_TURNS: two labelled paragraphs are not yet a transcript
        "MORALES: How bad is the outbreak in the city?\n\nKIM: It is serious, but under control.",
        "Q: Were you there that night?\n\nA: Yes, until the fire was out.",
        # ... and neither are three by one speaker
        "KIM: The first point.\n\nKIM: The second point.\n\nKIM: The third point.",
        "HALE: We start with the budget today.\n\nHALE: Then the schools.\n\nHALE: Then the roads, if time allows.",
    ],
)
def test_capitalised_paragraph_labels_alone_are_not_a_transcript(text):
    assert quotes(text).empty
