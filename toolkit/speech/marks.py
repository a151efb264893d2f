"""Find quoted passages by their marks: straight, curly, guillemet, low-9 and doubled-apostrophe quotes.

Marks pair by type inside a paragraph. Apostrophes are not quote marks. An unclosed quote ends at its paragraph's
end, or runs on into the next paragraph when that paragraph opens with a quote mark (the newspaper convention for a
quote over several paragraphs). Nothing here raises on unbalanced marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from toolkit.article import paragraph_bounds
from toolkit.lexicon import elisions

if TYPE_CHECKING:
    from toolkit.article import Article

DOUBLE_MARK = re.compile(r"''|``|[\"“”„«»]")


def single_open_pattern(elisions: Iterable[str]) -> re.Pattern[str]:
    """A regex for an opening single mark that does not start a decade ("the '90s") or one of the elisions, each as
    written after its apostrophe ("'" in it stands for either apostrophe).

    >>> [bool(single_open_pattern(["em", "n'"]).match(s)) for s in ("'em", "'n' roll", "'90s", "'emergency'")]
    [False, False, False, True]
    """
    words = [re.escape(e.replace("’", "'")).replace("'", "[’']") + (r"\b" if e[-1:].isalnum() else "")
             for e in elisions]
    return re.compile(r"(?:(?<=^)|(?<=[\s(\[—–―-]))[‘'‹](?=[A-Za-z0-9])(?!" + "|".join([r"\d0s\b", *words]) + ")")


SINGLE_OPEN = single_open_pattern(elisions())
"""An opening single mark, not an elision ("the '90s", "rock 'n' roll", "'em", "'tis"): the words of
``toolkit/data/elisions.tsv``."""
SINGLE_CLOSE = re.compile(r"(?<=[^\s])[’'›](?=$|[\s.,;:!?)\]—–―-])")
OPENERS_BEFORE = " \t\n([{—–―-/"
MAX_SINGLE_QUOTE = 300
"""A single-quoted passage longer than this (characters) is taken for two apostrophes, not a quote."""


class QuoteSpan(NamedTuple):
    """A quoted passage: ``text[start:end]`` inside the marks, ``text[outer_start:outer_end]`` with them.

    ``closed`` is False when the closing mark was missing (the passage ends at its paragraph's end).
    """

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool


def article_quotes(article: Article) -> list[QuoteSpan]:
    """The quoted passages of an article's text within its paragraphs, found once and kept on the article.

    >>> from toolkit.article import as_article
    >>> a = as_article('He said "no way" today.')
    >>> [a.text[q.start:q.end] for q in article_quotes(a)]
    ['no way']
    """
    bounds = [(p.start, p.end) for p in article.paragraphs] or None
    return article.cached("quote marks", lambda: find_quotes(article.text, bounds))


def find_quotes(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Quoted passages of ``text``, in order; double quotes first, then single quotes outside them.

    >>> [text[q.start:q.end] for text in ['He said "no way" and ‘fine’.'] for q in find_quotes(text)]
    ['no way', 'fine']
    >>> find_quotes("It's the voters' choice.")
    []
    """
    paragraphs = paragraph_bounds(text) if paragraphs is None else paragraphs
    spans: list[QuoteSpan] = []
    for start, end in paragraphs:
        spans.extend(_double_quotes(text, start, end))
    spans = _join_continued(text, spans, paragraphs)
    singles = []
    for start, end in paragraphs:
        singles.extend(q for q in _single_quotes(text, start, end) if not _inside(q, spans))
    return sorted(spans + singles)


def _role(text: str, pos: int, mark: str) -> str:
    """'open', 'close' or 'either' for a double mark at ``pos``: from the characters around it first (a curly mark
    typed the wrong way round still pairs), then from the glyph."""
    before = text[pos - 1] if pos > 0 else " "
    after_pos = pos + len(mark)
    after = text[after_pos] if after_pos < len(text) else " "
    if before in OPENERS_BEFORE and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    if mark in ("“", "„", "«", "``"):
        return "open"
    if mark in ("”", "»"):
        return "close"
    return "either"


def _double_quotes(text: str, start: int, end: int) -> list[QuoteSpan]:
    spans = []
    opener: re.Match | None = None
    for mark in DOUBLE_MARK.finditer(text, start, end):
        role = _role(text, mark.start(), mark.group())
        if opener is not None and opener.group() == "„" and mark.group() == "“":
            role = "close"
        if opener is None:
            if role != "close":
                opener = mark
            continue
        if role == "open":
            spans.append(_span(text, opener.end(), mark.start(), opener.start(), mark.start(), closed=False))
            opener = mark
            continue
        spans.append(_span(text, opener.end(), mark.start(), opener.start(), mark.end(), closed=True))
        opener = None
    if opener is not None:
        spans.append(_span(text, opener.end(), end, opener.start(), end, closed=False))
    return [s for s in spans if s.end > s.start]


def _span(text: str, start: int, end: int, outer_start: int, outer_end: int, *, closed: bool) -> QuoteSpan:
    """A QuoteSpan with surrounding whitespace trimmed from the inside."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not closed:
        outer_end = end
    return QuoteSpan(start, end, outer_start, outer_end, closed)


def _join_continued(text: str, spans: list[QuoteSpan], paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Merge an unclosed quote with the next paragraph's quote when that paragraph opens with a quote mark."""
    starts = {start: i for i, (start, _) in enumerate(paragraphs)}
    opens_paragraph = {q.outer_start: q for q in spans if q.outer_start in starts}
    merged: list[QuoteSpan] = []
    skip: set[int] = set()
    for q in spans:
        if q.outer_start in skip:
            continue
        last = q
        while not last.closed:
            i = _paragraph_index(paragraphs, last.outer_start)
            if i + 1 >= len(paragraphs) or text[last.end : paragraphs[i][1]].strip():
                break
            nxt = opens_paragraph.get(paragraphs[i + 1][0])
            if nxt is None:
                break
            skip.add(nxt.outer_start)
            last = nxt
        merged.append(q if last is q else QuoteSpan(q.start, last.end, q.outer_start, last.outer_end, last.closed))
    return merged


def _paragraph_index(paragraphs: list[tuple[int, int]], pos: int) -> int:
    """Index of the last paragraph starting at or before ``pos``."""
    found = 0
    for i, (start, _) in enumerate(paragraphs):
        if start > pos:
            break
        found = i
    return found


def _single_quotes(text: str, start: int, end: int) -> list[QuoteSpan]:
    spans = []
    pos = start
    while True:
        opener = SINGLE_OPEN.search(text, pos, end)
        if opener is None:
            return spans
        closer = SINGLE_CLOSE.search(text, opener.end(), min(end, opener.end() + MAX_SINGLE_QUOTE))
        if closer is None:
            pos = opener.end()
            continue
        spans.append(_span(text, opener.end(), closer.start(), opener.start(), closer.end(), closed=True))
        pos = closer.end()


def _inside(q: QuoteSpan, spans: list[QuoteSpan]) -> bool:
    return any(s.outer_start <= q.outer_start and q.outer_end <= s.outer_end for s in spans)
