"""Quote marks: every kind of mark, unbalanced marks, quotes over several paragraphs, apostrophes of elision.

Each repair rule has at least two texts, worded differently; a comment names the rule in ``toolkit/speech/marks.py``.
"""

import pytest

from toolkit.speech.marks import find_quotes
from toolkit.speech.tables import quotes


@pytest.mark.parametrize(
    "text, inside",
    [
        ('He said "no deal" today.', ["no deal"]),
        ("He said “no deal” today.", ["no deal"]),
        ("Er sagte „kein Deal“ heute.", ["kein Deal"]),
        ("Il a dit «pas d'accord» hier.", ["pas d'accord"]),
        ("''It's over,'' she said.", ["It's over,"]),
        ("The voters' choice isn't Trump's, it's ours.", []),
        # _role: a mark typed the wrong way round pairs by the characters around it
        ("“Apparently not,“ he said.", ["Apparently not,"]),
        ("He wrote “yes“ and “no“ on the form.", ["yes", "no"]),
        ("”We are ready,” she said.", ["We are ready,"]),
        ("The mayor said ”never again” and left.", ["never again"]),
    ],
)
def test_quote_marks(text, inside):
    assert [text[q.start : q.end] for q in find_quotes(text)] == inside


def test_unbalanced_marks_end_at_the_paragraph():
    text = 'He said "this never closes here.\n\nNext paragraph "is fine" now.'
    found = [(text[q.start : q.end], q.closed) for q in find_quotes(text)]
    assert found == [("this never closes here.", False), ("is fine", True)]


# _join_continued: an unclosed quote runs on into the next paragraph when that opens with a quote mark
@pytest.mark.parametrize(
    "text, first, last, speaker",
    [
        ("“The first paragraph of a long statement goes on and does not close.\n\n"
         "“The second paragraph ends it,” said Maria Lopez.\n\nAnother paragraph.",
         "The first paragraph", "The second paragraph ends it", "Maria Lopez"),
        ("“We spent two years listening to the people of this valley.\n\n“Now it is time to act,” Mayor Ann Lee "
         "told them.", "We spent two years", "Now it is time to act", "Mayor Ann Lee"),
    ],
)
def test_multi_paragraph_quote_continues_at_the_next_opening_mark(text, first, last, speaker):
    table = quotes(text)
    assert len(table) == 1
    row = table.iloc[0]
    assert row.content.startswith(first) and row.content.endswith(last)
    assert (row.kind, row.speaker) == ("direct", speaker)


# SINGLE_OPEN: the apostrophe of a decade or an elision does not open a quote
@pytest.mark.parametrize(
    "text, content, marked",
    [
        ("The '90s were hard. 'We survived,' Obama said.", "We survived", ["We survived,"]),
        ("In the '90s, he said 'we will fight on' and left.", None, ["we will fight on"]),
        ("Rock 'n' roll is dead, the critic said.", "Rock 'n' roll is dead", []),
        ("The '80s were kind to us. 'We had money then,' Okafor recalled.", "We had money then",
         ["We had money then,"]),
        ("Fans of rock 'n' roll say the old songs still matter, a DJ said.",
         "Fans of rock 'n' roll say the old songs still matter", []),
    ],
)
def test_elisions_are_not_quote_marks(text, content, marked):
    assert [text[q.start : q.end] for q in find_quotes(text)] == marked
    table = quotes(text)
    assert not any(c.startswith(("90s", "80s", "n'")) for c in table.content)
    if content:
        assert content in set(table.content)
