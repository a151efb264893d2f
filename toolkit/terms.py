"""Weighted terms of an article for tag clouds: its own tags, its actors, or keywords from lemmas."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Literal

import pandas as pd

from toolkit.article import Article
from toolkit.nlp import parse

KEYWORD_POS = frozenset({"NOUN", "PROPN", "ADJ"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
COLUMNS = ["term", "weight", "count", "kind", "offsets"]


def terms(article: Article, kind: Literal["tags", "entities", "keywords"] = "keywords", *, top: int = 60) -> pd.DataFrame:
    """Weighted terms, heaviest first: ``term``, ``weight``, ``count`` (occurrences in the text), ``kind``, ``offsets``
    (``(start, end)`` pairs into ``article.text``).

    ``tags``: the article's tag line, weighted by how often each tag occurs in the body (at least 1).
    ``entities``: canonical actors weighted by mentions. ``keywords``: lemmas of nouns, proper nouns and adjectives
    without stop words, weighted by count (proper nouns and multi-word names count 1.5 times).

    >>> from toolkit import load_article
    >>> terms(load_article(), "tags").iloc[0][["term", "count"]].tolist()
    ['Iran', 8]
    """
    if kind == "tags":
        rows = _tag_rows(article)
    elif kind == "entities":
        rows = _entity_rows(article)
    elif kind == "keywords":
        rows = _keyword_rows(article)
    else:
        raise ValueError(f"kind must be 'tags', 'entities' or 'keywords', not {kind!r}")
    frame = pd.DataFrame(rows, columns=COLUMNS)
    if frame.empty:
        return frame
    frame = frame.sort_values(["weight", "term"], ascending=[False, True], kind="stable")
    return frame.head(top).reset_index(drop=True)


def _tag_rows(article: Article) -> list[tuple]:
    rows = []
    for tag in article.tags:
        spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(tag)}(?!\w)", article.text, re.IGNORECASE)]
        rows.append((tag, float(max(len(spans), 1)), len(spans), "tags", spans))
    return rows


def _entity_rows(article: Article) -> list[tuple]:
    from toolkit.entities import entities

    found = entities(article)
    found = found[found.actor != ""]
    return [
        (actor, float(len(group)), len(group), "entities", list(zip(group.start, group.end)))
        for actor, group in found.groupby("actor", sort=True)
    ]


def _keyword_rows(article: Article) -> list[tuple]:
    doc = parse(article)
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    proper: set[str] = set()
    in_names: set[int] = set()
    for ent in doc.ents:
        name = ent[1:] if ent[0].pos_ == "DET" else ent
        if ent.label_ in NAME_LABELS and len(name) > 1:
            spans[name.text].append((name.start_char, name.end_char))
            proper.add(name.text)
            in_names.update(range(ent.start, ent.end))
    for token in doc:
        if token.i in in_names:
            continue
        if token.pos_ in KEYWORD_POS and token.is_alpha and not token.is_stop and len(token) > 2:
            lemma = token.text if token.pos_ == "PROPN" else token.lemma_.lower()
            spans[lemma].append((token.idx, token.idx + len(token)))
            if token.pos_ == "PROPN":
                proper.add(lemma)
    return [
        (term, len(found) * (1.5 if term in proper else 1.0), len(found), "keywords", found)
        for term, found in spans.items()
    ]
