"""Turn a raw scrape into an Article: normalised body, lifted metadata, every cut recorded against the raw text."""

from __future__ import annotations

from array import array
from collections.abc import Collection
from typing import Any

from toolkit.article import Article, Paragraph, Removed
from toolkit.errors import InputError
from toolkit.metadata import find_dateline, is_headline, is_prose, is_tag_line, parse_timestamp, words
from toolkit.normalise import Line, split_lines
from toolkit.rules import detect_outlet, match_rule

NON_PROSE_PENALTY = 6
"""How many words of prose one menu-like line costs when finding the main block of a page (tuned on the
extraction benchmark: benchmarks/cleaning.py)."""
SHORT_HEADER = 6
"""A header of at most this many lines is read as timestamp/section/title; a longer one is page chrome."""


def main_block(lines: list[Line], keep: list[bool]) -> tuple[int, int]:
    """The run of lines ``[first, last]`` with the most prose: each prose line scores its word count,
    each other kept line costs ``NON_PROSE_PENALTY`` (a maximum-sum window over the page).
    Text without any prose line is kept whole."""
    best, best_span = 0, (0, -1)
    total, start = 0, 0
    for i, line in enumerate(lines):
        if not keep[i] or not line.text:
            continue
        total += len(words(line.text)) if is_prose(line.text) else -NON_PROSE_PENALTY
        if total <= 0:
            total, start = 0, i + 1
        elif total > best:
            best, best_span = total, (start, i)
    return best_span if best else (0, len(lines) - 1)


def clean(
    raw: str,
    *,
    source: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    repeated: Collection[str] = (),
    meta: dict[str, Any] | None = None,
) -> Article:
    """Clean raw article text into an :class:`Article`.

    ``repeated`` holds lines known to be boilerplate for this outlet (see :func:`toolkit.corpus.repeated_lines`).

    >>> a = clean("12:00 GMT 08 July 2020\\nWorld\\n\\nPARIS (AFP) – It rained all day in the city.\\n\\nShare")
    >>> a.text, a.place, a.section, [r.reason for r in a.removed]
    ('It rained all day in the city.', 'PARIS', 'World', ['timestamp', 'section', 'dateline', 'share'])
    """
    lines = [line for line in split_lines(raw) if line.text]
    if not lines:
        raise InputError(f"{source or 'the text'} holds no text to clean (empty or whitespace only)")
    outlet = outlet or detect_outlet(raw, source)
    article = Article(raw=raw, text="", title=title, source=source, meta=dict(meta or {}))
    if outlet:
        article.meta.setdefault("outlet", outlet)
    cuts: dict[int, str] = {}

    for i, line in enumerate(lines):
        if line.text in repeated:
            cuts[i] = "repeated in outlet"
        elif found := match_rule(line.text, outlet):
            rule, match = found
            cuts[i] = rule.reason
            if "related" in rule.pattern.groupindex and match["related"]:
                article.related.append(match["related"].strip())

    first, last = main_block(lines, [i not in cuts for i in range(len(lines))])
    _read_header(article, lines, cuts, first)
    _read_trailer(article, lines, cuts, last)
    body = [i for i in range(first, last + 1) if i not in cuts]
    for i in body:
        if title and lines[i].text == title:
            cuts[i] = "title"
    body = [i for i in body if i not in cuts]

    skip = _read_dateline(article, lines[body[0]]) if body else 0
    _assemble(article, [lines[i] for i in body], skip)
    article.removed = sorted(
        [Removed(lines[i].start, lines[i].end, raw[lines[i].start : lines[i].end], reason) for i, reason in cuts.items()]
        + article.removed
    )
    return article


def _read_header(article: Article, lines: list[Line], cuts: dict[int, str], first: int) -> None:
    """Lines above the main block: timestamp, and in a short header also section and title."""
    header = [i for i in range(first) if i not in cuts]
    short = len(header) <= SHORT_HEADER
    for i in header:
        text = lines[i].text
        if (stamp := parse_timestamp(text)) is not None:
            article.published = article.published or stamp
            cuts[i] = "timestamp"
        elif short and article.title is None and is_headline(text) and len(words(text)) > 3:
            article.title = text
            cuts[i] = "title"
        elif short and article.section is None and len(words(text)) <= 4 and not is_prose(text):
            article.section = text
            cuts[i] = "section"
        elif text == article.title:
            cuts[i] = "title"
        else:
            cuts[i] = "outside main text"


def _read_trailer(article: Article, lines: list[Line], cuts: dict[int, str], last: int) -> None:
    """Lines below the main block: tag line, related headlines, the rest is page chrome."""
    for i in range(last + 1, len(lines)):
        if i in cuts:
            continue
        text = lines[i].text
        if not article.tags and is_tag_line(text):
            article.tags = [tag.strip() for tag in text.split(",") if tag.strip()]
            cuts[i] = "tags"
        elif is_headline(text):
            article.related.append(text)
            cuts[i] = "related headline"
        elif (stamp := parse_timestamp(text)) is not None and article.published is None:
            article.published = stamp
            cuts[i] = "timestamp"
        else:
            cuts[i] = "outside main text"


def _read_dateline(article: Article, line: Line) -> int:
    """Lift a dateline from the first body paragraph; return how many characters it takes."""
    found = find_dateline(line.text)
    if not found:
        return 0
    article.place, article.agency = found.place, found.agency
    article.removed.append(
        Removed(line.start, line.index[found.length - 1] + 1, article.raw[line.start : line.index[found.length - 1] + 1], "dateline")
    )
    return found.length


def _assemble(article: Article, body: list[Line], skip: int) -> None:
    """Join body lines into ``text`` (paragraphs separated by a blank line) with the map back to raw."""
    parts: list[str] = []
    index = array("l")
    for n, line in enumerate(body):
        text, line_index = (line.text[skip:], line.index[skip:]) if n == 0 else (line.text, line.index)
        if n:
            parts.append("\n\n")
            index.extend([body[n - 1].end, body[n - 1].end])
        start = sum(map(len, parts))
        parts.append(text)
        index.extend(line_index)
        article.paragraphs.append(Paragraph(start, start + len(text), text))
    article.text = "".join(parts)
    article.raw_index = index
