"""Whether a text looks English, since the toolkit's spaCy model is: a share of common English function words."""

from __future__ import annotations

import re
import warnings

from toolkit.errors import InputWarning
from toolkit.lexicon import english_words

WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 40
"""Texts shorter than this are not judged (too few words to tell)."""
MIN_SHARE = 0.15
"""Of the lower-case words of 4,139 English articles of ``../shared`` (news, opinion, lists of guests), at least
23 % are on the list (``toolkit/data/english_words.tsv``); German, French, Spanish, Italian, Dutch and Indonesian
news have under 10 %, other scripts none."""


def english_share(text: str) -> float:
    """The share of the text's lower-case words that are common English function words (names, capitalised in
    most languages, are left out, so a list of names does not look foreign).

    >>> round(english_share("The minister said that the talks would go on."), 2)
    0.62
    >>> english_share("Der Minister sagte, die Gespräche gingen weiter.")
    0.0
    """
    return _share(WORD.findall(text))


def _share(words: list[str]) -> float:
    found = [w for w in words if w.islower()]
    return sum(w in english_words() for w in found) / len(found) if found else 0.0


def warn_if_not_english(text: str, source: str | None) -> float | None:
    """Warn (:class:`toolkit.errors.InputWarning`) when a text of at least ``MIN_WORDS`` words does not look
    English, and give its share of English function words (None when too short to judge)."""
    words = WORD.findall(text[:20_000])
    if len(words) < MIN_WORDS:
        return None
    share = _share(words)
    if share < MIN_SHARE:
        warnings.warn(f"{source or 'the text'} does not look English (only {share:.0%} of its words are common English "
                      "words): the spaCy model is English, so names, quotes and keywords will be unreliable; load a "
                      "model for its language with TOOLKIT_SPACY_MODEL", InputWarning, stacklevel=4)
    return share
