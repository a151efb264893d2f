"""The Article: a clean body with its metadata, an audit of cuts and a map back to the raw text."""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from toolkit.errors import InputError


class Paragraph(NamedTuple):
    """A paragraph of ``Article.text``: ``text[start:end]``."""

    start: int
    end: int
    text: str


class Removed(NamedTuple):
    """A piece of ``Article.raw`` the cleaner cut, with why: ``raw[start:end]``."""

    start: int
    end: int
    text: str
    reason: str


@dataclass
class Article:
    """A cleaned news article.

    >>> from toolkit import load_article
    >>> a = load_article()
    >>> a.text.startswith("Iran will not hold negotiations")
    True
    >>> a.raw[a.to_raw(0):a.to_raw(4)]
    'Iran'
    """

    raw: str
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: str | None = None
    published: datetime | None = None
    section: str | None = None
    place: str | None = None
    agency: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    raw_index: array = field(default_factory=lambda: array("l"), repr=False)
    doc: Any = field(default=None, repr=False, compare=False)

    def to_raw(self, offset: int) -> int:
        """Map an offset in ``text`` (``0`` to ``len(text)``) to the matching offset in ``raw``.

        ``raw_index[i]`` is where ``text[i]`` came from; its last entry, ``raw_index[len(text)]``, is where the text
        ends in ``raw``. An Article built by hand, without a map, maps offsets to themselves.
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} is outside the text (0 to {len(self.text)})")
        return self.raw_index[offset] if self.raw_index else offset

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span ``text[start:end]`` to its span in ``raw``: from where its first character came from to where
        the next one did, so a character composed from several raw ones is covered whole."""
        return self.to_raw(start), max(self.to_raw(start), self.to_raw(end))

    def __repr__(self) -> str:
        head = self.text[:60].replace("\n", " ")
        return (
            f"Article(title={self.title!r}, published={self.published!r}, "
            f"paragraphs={len(self.paragraphs)}, chars={len(self.text)}, text={head!r}...)"
        )


def as_article(source: str | Article) -> Article:
    """An Article as given, or one around a string taken as it is (no cleaning; paragraphs are its non-empty lines,
    so every offset points into the string).

    >>> as_article("Iran said no.\\n\\nTalks end.").paragraphs[1]
    Paragraph(start=15, end=25, text='Talks end.')
    """
    if isinstance(source, Article):
        return source
    if isinstance(source, str):
        paragraphs = [Paragraph(start, end, source[start:end]) for start, end in paragraph_bounds(source)]
        return Article(raw=source, text=source, paragraphs=paragraphs)
    raise InputError(f"expected article text (str) or an Article, not {type(source).__name__}")


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``text``; a line is the largest unit a quote's marks pair within.

    >>> paragraph_bounds("One.\\n\\nTwo")
    [(0, 4), (6, 9)]
    """
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
