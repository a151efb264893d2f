"""The Article: a clean body with its metadata, an audit of cuts and a map back to the raw text."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple


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
        """Map an offset in ``text`` to the matching offset in ``raw``.

        An end offset (``len(text)`` or the end of a span) maps just past its last character.
        """
        if not self.raw_index:
            return offset
        if offset >= len(self.text):
            return self.raw_index[-1] + 1 if self.text else 0
        return self.raw_index[offset]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span ``text[start:end]`` to its span in ``raw``."""
        if end <= start:
            raw_start = self.to_raw(start)
            return raw_start, raw_start
        return self.to_raw(start), self.to_raw(end - 1) + 1

    def __repr__(self) -> str:
        head = self.text[:60].replace("\n", " ")
        return (
            f"Article(title={self.title!r}, published={self.published!r}, "
            f"paragraphs={len(self.paragraphs)}, chars={len(self.text)}, text={head!r}...)"
        )
