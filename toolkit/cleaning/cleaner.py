"""Turn a raw scrape into an Article: normalised body, lifted metadata, every cut recorded against the raw text."""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Collection
from typing import Any

from toolkit.article import Article, Paragraph, Removed
from toolkit.cleaning.boilerplate import detect_outlet, match_rule
from toolkit.cleaning.language import warn_if_not_english
from toolkit.cleaning.metadata import find_dateline, is_headline, is_prose, is_tag_line, parse_timestamp, words
from toolkit.cleaning.normalise import Line, split_lines
from toolkit.cleaning.scorer import Weights, fitted_weights, line_features, probabilities
from toolkit.errors import InputError

SHORT_HEADER = 6
"""A header of at most this many lines is read as timestamp/section/title; a longer one is page chrome."""
TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—:]{2,60}$")


def main_block(
    lines: list[Line], keep: list[bool], start_at: int = 0, weights: Weights | None = None
) -> tuple[int, int]:
    """The run of lines ``[first, last]`` most likely to be the article: each kept line from ``start_at`` on scores
    its words times how far its probability of belonging to the article (:mod:`toolkit.cleaning.scorer`) lies above
    one half; the block is the maximum-sum window of those scores, narrowed to start and end on a prose line or a
    line of an announced list (what lies above and below is read as header and trailer); a list or table opening the
    window brings the sentence that announces it. Text where no window scores above zero is kept whole."""
    kept, rows = candidates(lines, keep, start_at)
    chances = probabilities(rows, fitted_weights() if weights is None else weights)
    found = best_window([len(words(lines[i].text)) * (p - 0.5) for i, p in zip(kept, chances)])
    if not found:
        return 0, len(lines) - 1
    first, last = found
    while first > 0 and rows[first]["announced"]:
        first -= 1  # a list or table starts the block: the sentence announcing it belongs with it
    body = [k for k in range(first, last + 1) if rows[k]["announced"] or is_prose(lines[kept[k]].text)]
    return (kept[body[0]], kept[body[-1]]) if body else (kept[first], kept[last])


def candidates(lines: list[Line], keep: list[bool], start_at: int = 0) -> tuple[list[int], list[dict[str, float]]]:
    """The kept lines from ``start_at`` on (their indices) and the scorer's features of each."""
    kept = [i for i in range(start_at, len(lines)) if keep[i]]
    return kept, line_features([lines[i].text for i in kept])


def best_window(scores: list[float]) -> tuple[int, int] | None:
    """The run ``(first, last)`` of scores with the largest positive sum (None when every score is negative).

    >>> best_window([-1, 3, -1, 2, -5, 1])
    (1, 3)
    """
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        total += score
        if total <= 0:
            total, start = 0.0, i + 1
        elif total > best:
            best, best_span = total, (start, i)
    return best_span


def title_line(lines: list[Line], keep: list[bool], title: str | None) -> int:
    """Index of the line repeating the title (given, or the page's first line minus a `` - Site`` suffix); 0 if none.

    The main text of a page starts at its headline, so menus and teasers above it are left out.
    """
    if title is None and lines and TITLE_SUFFIX.search(lines[0].text):
        title = TITLE_SUFFIX.sub("", lines[0].text)
    if not title or len(words(title)) < 3:
        return 0
    return next((i for i in range(1, len(lines)) if keep[i] and lines[i].text.startswith(title)), 0)


def clean(
    raw: str,
    *,
    source: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    repeated: Collection[str] = (),
    find_main: bool = True,
    meta: dict[str, Any] | None = None,
    weights: Weights | None = None,
) -> Article:
    """Clean raw article text into an :class:`Article`.

    ``repeated`` holds lines known to be boilerplate for this outlet
    (see :func:`toolkit.reading.corpus.repeated_lines`).
    ``find_main=False`` keeps every line the rules leave (for text already extracted from HTML).
    ``weights``: the main-block scorer's weights (default: the shipped fit, see :mod:`toolkit.cleaning.scorer`).

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
    cuts = _rule_cuts(lines, outlet, repeated, article.related)
    first, last = _find_main(lines, cuts, title, weights) if find_main else (0, len(lines) - 1)
    _read_header(article, lines, cuts, first)
    _read_trailer(article, lines, cuts, last)
    body = [i for i in range(first, last + 1) if i not in cuts]
    for i in body:
        if title and lines[i].text == title:
            cuts[i] = "title"
    body = [i for i in body if i not in cuts]

    if not body:
        raise InputError(
            f"{source or 'the text'} holds nothing but boilerplate: "
            f"every line was cut ({', '.join(sorted(set(cuts.values())))})"
        )
    skip = _read_dateline(article, lines[body[0]])
    _assemble(article, [lines[i] for i in body], skip)
    article.removed = sorted(
        [
            Removed(lines[i].start, lines[i].end, raw[lines[i].start : lines[i].end], reason)
            for i, reason in cuts.items()
        ]
        + article.removed
    )
    warn_if_not_english(article.text, source)
    return article


def _rule_cuts(lines: list[Line], outlet: str | None, repeated: Collection[str], related: list[str]) -> dict[int, str]:
    """Lines the outlet repeats or a boilerplate rule matches, with their reasons (titles of READ MORE lines go to
    ``related``)."""
    cuts: dict[int, str] = {}
    for i, line in enumerate(lines):
        if line.text in repeated:
            cuts[i] = "repeated in outlet"
        elif found := match_rule(line.text, outlet):
            rule, match = found
            cuts[i] = rule.reason
            if "related" in rule.pattern.groupindex and match["related"]:
                related.append(match["related"].strip())
    return cuts


def _find_main(lines: list[Line], cuts: dict[int, str], title: str | None, weights: Weights | None) -> tuple[int, int]:
    """Cut lines a page repeats (teasers, menus shown twice), then find the main block below the headline."""
    keep = _keep(lines, cuts)
    return main_block(lines, keep, title_line(lines, keep, title), weights)


def _keep(lines: list[Line], cuts: dict[int, str]) -> list[bool]:
    """Cut the lines a page repeats (not headlines); which lines are left."""
    counts = Counter(line.text for line in lines)
    for i, line in enumerate(lines):
        if i not in cuts and counts[line.text] > 1 and not is_headline(line.text):
            cuts[i] = "repeated on page"
    return [i not in cuts for i in range(len(lines))]


def page_candidates(raw: str) -> tuple[list[Line], list[int], list[dict[str, float]]]:
    """The lines of a raw text (as :func:`clean` splits it), the indices of those that compete for the main block
    and the scorer's features of each: what ``benchmarks/fit_cleaning.py`` fits the weights on.

    >>> lines, kept, rows = page_candidates("World | Sport\\nShare\\nIt rained all day in the city, officials said.")
    >>> [lines[i].text for i in kept], [row["terminal"] for row in rows]
    (['World | Sport', 'It rained all day in the city, officials said.'], [0.0, 1.0])
    """
    lines = [line for line in split_lines(raw) if line.text]
    keep = _keep(lines, _rule_cuts(lines, detect_outlet(raw), (), []))
    kept, rows = candidates(lines, keep, title_line(lines, keep, None))
    return lines, kept, rows


def _read_header(article: Article, lines: list[Line], cuts: dict[int, str], first: int) -> None:
    """Lines above the main block: timestamp, and in a short header also the section (up to three words, after a
    timestamp or title or before another line) and the title."""
    header = [i for i in range(first) if i not in cuts]
    short = len(header) <= SHORT_HEADER
    for i in header:
        text = lines[i].text
        if (stamp := parse_timestamp(text)) is not None:
            article.published = article.published or stamp
            cuts[i] = "timestamp"
        elif short and article.section is None and len(words(text)) <= 3 and not is_prose(text) and (
            article.published or article.title or i != header[-1]
        ):
            article.section = text
            cuts[i] = "section"
        elif short and article.title is None and not text.endswith("."):
            article.title = text
            cuts[i] = "title"
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
    end = line.index[found.length]
    article.removed.append(Removed(line.start, end, article.raw[line.start : end], "dateline"))
    return found.length


def _assemble(article: Article, body: list[Line], skip: int) -> None:
    """Join body lines into ``text`` (paragraphs separated by a blank line) with the map back to raw
    (one entry per character, then the raw offset where the text ends)."""
    parts: list[str] = []
    index = array("l")
    for n, line in enumerate(body):
        text, line_index = (line.text[skip:], line.index[skip:]) if n == 0 else (line.text, line.index)
        if n:
            parts.append("\n\n")
            index.extend([body[n - 1].end, body[n - 1].end])
        start = len(index)
        parts.append(text)
        index.extend(line_index)
        article.paragraphs.append(Paragraph(start, start + len(text), text))
    article.text = "".join(parts)
    index.append(body[-1].end)
    article.raw_index = index
