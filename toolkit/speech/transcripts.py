"""Interview transcripts: paragraphs that open with a speaker label ("WALLACE: ...", "Q: ...", "A: ...") are that
speaker's turns, word for word."""

from __future__ import annotations

import re

from toolkit.lexicon import transcript_labels
from toolkit.speech.record import CONFIDENCE, Attribution

LABEL = re.compile(r"[\"“]?[ \t]*([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}):[ \t]+(?=\S)")
"""A speaker label at the start of a paragraph: up to four capitalised words, a colon, then the turn."""
MIN_TURNS = 3
"""A transcript has at least this many labelled paragraphs, by at least two different speakers."""
TRAILING = " \t\"”"


def transcript_turns(text: str, bounds: list[tuple[int, int]]) -> list[Attribution]:
    """One direct attribution per labelled paragraph (cue: the colon; speaker: the label), or none when the text is
    not a transcript.

    >>> text = "Q: Were you afraid?\\nA: Every day.\\nQ: And now?\\nA: Less."
    >>> [(text[t.speaker_start:t.speaker_end], text[t.content_start:t.content_end])
    ...  for t in transcript_turns(text, [(0, 19), (20, 33), (34, 45), (46, 54)])][:2]
    [('Q', 'Were you afraid?'), ('A', 'Every day.')]
    """
    turns = []
    for start, end in bounds:
        label = LABEL.match(text, start, end)
        if label is None or not _is_speaker(label.group(1)):
            continue
        content_end = start + len(text[start:end].rstrip(TRAILING))
        if content_end <= label.end():
            continue
        colon = label.end(1)
        turns.append(Attribution("direct", label.end(), content_end, colon, colon + 1, label.start(1), colon,
                                 CONFIDENCE["transcript"], "transcript"))
    speakers = {text[t.speaker_start : t.speaker_end] for t in turns}
    return turns if len(turns) >= MIN_TURNS and len(speakers) >= 2 else []


def _is_speaker(label: str) -> bool:
    """Whether a paragraph label names a speaker: not one of ``toolkit/data/transcript_labels.tsv``, whole or by its
    first word ("DEAR ABBY:" opens a letter, "PHASE ONE:" a list).

    >>> _is_speaker("WALLACE"), _is_speaker("DEAR ABBY"), _is_speaker("UPDATE"), _is_speaker("NOTE TO READERS")
    (True, False, False, True)
    """
    label = label.rstrip(".").upper()
    labels = transcript_labels()
    return labels.get(label) != "whole" and labels.get(label.split()[0]) != "first-word"
