"""Weighted terms of an article for tag clouds: its own tags, its actors, or keywords from lemmas."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Literal

import pandas as pd

from toolkit.article import Article, as_article
from toolkit.errors import InputError
from toolkit.mentions.tables import entity_rows
from toolkit.nlp import parse

if TYPE_CHECKING:
    from spacy.tokens import Doc

KEYWORD_POS = frozenset({"NOUN", "PROPN", "ADJ"})
COLUMNS = ["term", "weight", "count", "kind", "offsets"]


def terms(
    article: Article | str | Doc,
    *,
    kind: Literal["tags", "entities", "keywords"] = "keywords",
    top: int | None = 60,
    demonyms: bool = False,
) -> pd.DataFrame:
    """Weighted terms, heaviest first: ``term``, ``weight``, ``count`` (occurrences in the text), ``kind``, ``offsets``
    (``(start, end)`` pairs into ``article.text``).

    ``tags``: the article's tag line, weighted by how often each tag occurs in the body (at least 1).
    ``entities``: canonical actors weighted by mentions. ``keywords``: lemmas of nouns, proper nouns and adjectives
    without stop words, with actors' mentions counted under their canonical name, weighted by count (names count
    1.5 times). ``top``: how many (None: all). ``demonyms``: count "Iranian" under Iran, as
    ``toolkit.actors(..., demonyms=True)`` does.

    >>> from toolkit import load_article
    >>> top = terms(load_article(), kind="tags").iloc[0]
    >>> top.term, int(top["count"])
    ('Iran', 8)
    """
    rows = term_rows(as_article(article), kind=kind, demonyms=demonyms)
    return pd.DataFrame(rows if top is None else rows[:top], columns=COLUMNS)


def term_rows(
    article: Article, *, kind: Literal["tags", "entities", "keywords"] = "keywords", demonyms: bool = False
) -> list[tuple]:
    """The rows of :func:`terms` as tuples in ``COLUMNS`` order, heaviest first, all of them.

    >>> from toolkit import load_article
    >>> term_rows(load_article(), kind="tags")[0][:3]
    ('Iran', 8.0, 8)
    """
    if kind == "tags":
        rows = _tag_rows(article)
    elif kind == "entities":
        rows = _entity_rows(article, demonyms)
    elif kind == "keywords":
        rows = _keyword_rows(article, demonyms)
    else:
        raise InputError(f"kind must be 'tags', 'entities' or 'keywords', not {kind!r}")
    return sorted(rows, key=lambda row: (-row[1], row[0]))


def _tag_rows(article: Article) -> list[tuple]:
    rows = []
    for tag in article.tags:
        spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(tag)}(?!\w)", article.text, re.IGNORECASE)]
        rows.append((tag, float(max(len(spans), 1)), len(spans), "tags", spans))
    return rows


def _entity_rows(article: Article, demonyms: bool) -> list[tuple]:
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for _, _, start, end, _, _, actor in entity_rows(article, demonyms=demonyms):
        if actor:
            found[actor].append((start, end))
    return [(actor, float(len(spans)), len(spans), "entities", spans) for actor, spans in found.items()]


def _keyword_rows(article: Article, demonyms: bool) -> list[tuple]:
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    proper: set[str] = set()
    covered = bytearray(len(article.text) + 1)  # 1 where a named actor's mention covers the character
    for _, _, start, end, _, _, actor in entity_rows(article, demonyms=demonyms):
        if actor:
            spans[actor].append((start, end))
            proper.add(actor)
            covered[start:end] = b"\x01" * (end - start)
    for token in parse(article):
        if covered[token.idx]:
            continue
        if token.pos_ in KEYWORD_POS and token.is_alpha and not token.is_stop and len(token) > 2:
            term = token.text if token.pos_ == "PROPN" else token.lemma_.lower()
            spans[term].append((token.idx, token.idx + len(token)))
            if token.pos_ == "PROPN":
                proper.add(term)
    return [
        (term, len(found) * (1.5 if term in proper else 1.0), len(found), "keywords", found)
        for term, found in spans.items()
    ]
