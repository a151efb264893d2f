"""Normalisation: line ends, zero-width characters and combining accents, with every character mapped back to the
raw text."""

import pytest

from toolkit.cleaning.cleaner import clean
from toolkit.reading.sources import sample_path


def test_crlf_and_indentation_match_lf():
    raw = sample_path().read_text(encoding="utf-8")
    assert clean(raw.replace("\n", "\r\n")).text == clean(raw).text


def test_zero_width_and_decomposed_accents_normalised():
    text = clean("The cafe\u0301 owner\u200b said the protest\u00a0would go on tomorrow.").text
    assert text == "The café owner said the protest would go on tomorrow."


def test_composed_characters_map_to_their_whole_raw_span():
    a = clean("The cafe\u0301 owner said the protest would go on, cafe\u0301")
    i = a.text.index("café")
    assert a.raw[slice(*a.raw_span(i, i + 4))] == "cafe\u0301"
    assert a.raw[slice(*a.raw_span(0, len(a.text)))] == a.raw
    with pytest.raises(IndexError):
        a.to_raw(-1)


@pytest.mark.parametrize(
    "raw, word", [("Talks went on, the minister said\u1a75", "said"), ("Turnout was 70\u1ab0 percent", "70")]
)
def test_a_mark_nfc_cannot_compose_keeps_its_own_place(raw, word):
    """A combining mark with no precomposed form (found by the property test) stays a character of its own, mapped
    to itself, so the word before it maps back whole."""
    a = clean(raw)
    i = a.text.index(word)
    assert a.raw[slice(*a.raw_span(i, i + len(word)))] == word
