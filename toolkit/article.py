"""The Article: a clean body with its metadata, an audit of cuts and a map back to the raw text.

Offsets, everywhere in the toolkit: ``start`` and ``end`` (or ``<part>_start`` and ``<part>_end``, as in
``content_start``) are Python string offsets into ``article.text`` (or into the string or Doc text given instead of
an Article), end exclusive, so ``text[start:end]`` is the item; ``-1`` marks a part that is absent. Only
``Article.removed`` points into ``article.raw``; ``Article.raw_span`` maps any text span there.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple, TypeVar

from toolkit.errors import InputError

T = TypeVar("T")


_TEXT, _DOC = "text", "doc"
SURROGATE = re.compile("[\ud800-\udfff]")


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
    _cache: dict[Any, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def cached(self, key: Any, build: Callable[[], T]) -> T:
        """What ``build()`` returns, built once per ``key`` while the text stays the same: the one place where an
        Article keeps what is derived from its text (the parsed Doc, the actor index). ``meta`` is left to the user.

        >>> a = Article(raw="Hi.", text="Hi.")
        >>> a.cached("n", lambda: [1]) is a.cached("n", lambda: [2])
        True
        >>> a.text = "Bye."
        >>> a.cached("n", lambda: [2])
        [2]
        """
        if self._cache.get(_TEXT) is not self.text:
            self._cache = {_TEXT: self.text}
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    @property
    def doc(self) -> Any:
        """The spaCy Doc parsed from ``text`` (by ``toolkit.parse``, or given by the user), or None before parsing."""
        return self._cache.get(_DOC) if self._cache.get(_TEXT) is self.text else None

    @doc.setter
    def doc(self, doc: Any) -> None:
        if doc is not None and doc.text != self.text:
            raise InputError("the Doc's text differs from the article's text")
        self._cache = {_TEXT: self.text, _DOC: doc}

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
        the next one did, so a character composed from several raw ones is covered whole, less any invisible
        characters the cleaner dropped after the last one (a zero-width space, a control character).

        >>> index = array("l", [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11])
        >>> a = Article(raw="Talks\u200b end.", text="Talks end.", raw_index=index)
        >>> a.raw_span(0, 5), a.raw_span(5, 9)
        ((0, 5), (6, 10))
        """
        first, end = self.to_raw(start), max(self.to_raw(start), self.to_raw(end))
        while end - 1 > first and unicodedata.category(self.raw[end - 1])[0] == "C":
            end -= 1
        return first, end

    def __repr__(self) -> str:
        head = self.text[:60].replace("\n", " ")
        return (
            f"Article(title={self.title!r}, published={self.published!r}, "
            f"paragraphs={len(self.paragraphs)}, chars={len(self.text)}, text={head!r}...)"
        )


def as_article(source: Any) -> Article:
    """An Article as given; one around a string taken as it is (no cleaning; paragraphs are its non-empty lines, so
    every offset points into the string); or one around a spaCy Doc the user parsed with their own pipeline (its text
    taken as it is, the Doc kept as the article's parse).

    >>> as_article("Iran said no.\\n\\nTalks end.").paragraphs[1]
    Paragraph(start=15, end=25, text='Talks end.')
    """
    if isinstance(source, Article):
        return source
    if isinstance(source, str):
        return _around(source)
    if _is_doc(source):
        missing = [what for what, key in (("a dependency parse", "DEP"), ("named entities", "ENT_IOB"))
                   if not source.has_annotation(key)]
        if missing and len(source):
            raise InputError(f"the spaCy Doc has no {' and no '.join(missing)}; parse it with a pipeline that has a "
                             "parser and an ner component (e.g. en_core_web_sm), or pass the text instead")
        article = _around(source.text)
        article.doc = source
        return article
    raise InputError(f"expected an Article, article text (str) or a spaCy Doc, not {type(source).__name__}")


def is_one_article(source: Any) -> bool:
    """Whether ``source`` is one article (an Article, a string or a spaCy Doc) rather than a collection of them.

    >>> is_one_article("Iran said no."), is_one_article(["Iran said no."])
    (True, False)
    """
    return isinstance(source, (Article, str)) or _is_doc(source)


def _is_doc(source: Any) -> bool:
    return type(source).__name__ == "Doc" and type(source).__module__.startswith("spacy")


def _around(text: str) -> Article:
    text = SURROGATE.sub("\ufffd", text)  # lone surrogates cannot be encoded; one for one, so offsets hold
    paragraphs = [Paragraph(start, end, text[start:end]) for start, end in paragraph_bounds(text)]
    return Article(raw=text, text=text, paragraphs=paragraphs)


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``text``; a line is the largest unit a quote's marks pair within.

    >>> paragraph_bounds("One.\\n\\nTwo")
    [(0, 4), (6, 9)]
    """
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
