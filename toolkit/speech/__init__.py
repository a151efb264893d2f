"""Speech: who says what. Quote marks (``marks``), cue words (``cues``), direct quotes (``direct``), reported speech
and the assembly of every attribution (``finder``), interview turns (``transcripts``), the record each find is kept
in (``record``), speakers resolved to actors (``speakers``), and the quote table (``tables``)."""

from toolkit.speech.tables import quote_counts, quotes, select_speaker, who

__all__ = ["quote_counts", "quotes", "select_speaker", "who"]
