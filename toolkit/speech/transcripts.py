"""Interview transcripts: paragraphs that open with a speaker label ("WALLACE: ...", "Q: ...", "A: ...") are that
speaker's turns, word for word."""

from __future__ import annotations

import re

from toolkit.speech.record import CONFIDENCE, Attribution

LABEL = re.compile(r"[\"“]?[ \t]*([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}):[ \t]+(?=\S)")
"""A speaker label at the start of a paragraph: up to four capitalised words, a colon, then the turn."""
NOT_SPEAKERS = {"UPDATE", "BREAKING", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "READ MORE", "WATCH", "RELATED",
                "PHOTO", "PHOTOS", "VIDEO", "CORRECTION", "SOURCE", "SOURCES", "LISTEN", "CLICK HERE", "ALSO READ",
                "ADVERTISEMENT", "SEE ALSO", "MORE", "FILE", "WARNING", "TRANSCRIPT"}
NOT_SPEAKER_WORDS = {"DEAR", "PHASE", "STEP", "PART", "CHAPTER", "ROUND", "DAY", "QUESTION", "ANSWER"}
"""Capitalised labels that head a paragraph without being a speaker, whole or by their first word ("DEAR ABBY:" opens
a letter, "PHASE ONE:" a list)."""
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
    """Whether a paragraph label names a speaker.

    >>> _is_speaker("WALLACE"), _is_speaker("DEAR ABBY"), _is_speaker("UPDATE")
    (True, False, False)
    """
    label = label.rstrip(".").upper()
    return label not in NOT_SPEAKERS and label.split()[0] not in NOT_SPEAKER_WORDS
