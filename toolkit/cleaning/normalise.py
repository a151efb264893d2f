"""Unicode normalisation that remembers where every character came from.

Non-breaking, narrow and other exotic spaces become plain spaces, zero-width characters and soft hyphens go,
runs of spaces collapse, combining sequences are composed (NFC). Curly quotes and dashes are kept: they carry meaning.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

SPACES = frozenset("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                   "\u202f\u205f\u3000\t\v\f")
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\x7f"
                      "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                      + "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\v\f\r"))
"""Dropped from the clean text: zero-width characters, soft hyphens, control characters (NUL...) and the bidi
embedding, override and isolate controls, which would reorder the text around them when it is shown."""
LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")


class Line(NamedTuple):
    """One normalised line: ``text[i]`` came from ``raw[index[i]]``; ``start:end`` is its stripped span in raw."""

    text: str
    index: tuple[int, ...]
    start: int
    end: int


def normalise_span(raw: str, start: int, end: int) -> Line:
    """Normalise ``raw[start:end]`` into one line with a per-character map back to ``raw``.

    >>> raw = "  to\\u00a0 the\\u200b end "
    >>> line = normalise_span(raw, 0, len(raw))
    >>> line.text, line.index[:4], line.start, line.end
    ('to the end', (2, 3, 4, 6), 2, 14)
    """
    chars: list[str] = []
    index: list[int] = []
    i = last_end = start
    while i < end:
        ch = raw[i]
        if ch in INVISIBLE:
            i += 1
            continue
        if ch in SPACES or ch == " " or ch in "\r\n":
            if chars and chars[-1] != " ":
                chars.append(" ")
                index.append(i)
            i += 1
            continue
        if "\ud800" <= ch <= "\udfff":  # a lone surrogate (a "\ud800" JSON escape) cannot be encoded: U+FFFD
            chars.append("\ufffd")
            index.append(i)
            i = last_end = i + 1
            continue
        j = i + 1
        while j < end and unicodedata.combining(raw[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", raw[i:j]) if j > i + 1 else ch
        chars.extend(cluster)
        # the composed character comes from the whole cluster; marks NFC leaves apart keep their own place
        index.extend([i] + [j - len(cluster) + k for k in range(1, len(cluster))])
        i = last_end = j
    while chars and chars[-1] == " ":
        chars.pop()
        index.pop()
    if not chars:
        return Line("", (), start, start)
    return Line("".join(chars), tuple(index), index[0], last_end)


def split_lines(raw: str) -> list[Line]:
    """Split raw text into normalised lines (blank lines kept as empty ``text``).

    >>> [line.text for line in split_lines("a\\u00a0b\\r\\n\\r\\n  c")]
    ['a b', '', 'c']
    """
    lines = []
    pos = 0
    for match in LINE_BREAK.finditer(raw):
        lines.append(normalise_span(raw, pos, match.start()))
        pos = match.end()
    lines.append(normalise_span(raw, pos, len(raw)))
    return lines
