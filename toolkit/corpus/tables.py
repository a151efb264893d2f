"""The tables of one parsed article, each row keyed by the article's id: what a corpus run stores per article."""

from __future__ import annotations

import pandas as pd

from toolkit.article import Article
from toolkit.explore.keywords import term_rows
from toolkit.explore.pairs import pair_rows
from toolkit.mentions.tables import actor_rows, entity_rows
from toolkit.reading.corpus import outlet_of
from toolkit.speech.tables import COLUMNS as QUOTE_COLUMNS
from toolkit.speech.tables import quote_rows

TABLES = ("articles", "entities", "actors", "quotes", "cooccurrence", "terms")
"""Every table of a corpus run, in the order they are written (``articles`` last: it commits the batch)."""
ARTICLE_COLUMNS = ["id", "source", "outlet", "title", "published", "section", "words"]
PAIR_COLUMNS = ["source", "target", "weight", "source_type", "target_type", "meetings", "contexts"]
TERM_COLUMNS = ["term", "weight", "count", "kind", "offsets"]
FAILURE_COLUMNS = ["article", "source", "error"]


def article_row(article_id: int, article: Article) -> dict[str, object]:
    """The ``articles`` row of one article; its outlet is the publisher a corpus names, else the one recognised.

    >>> from toolkit import load_article
    >>> row = article_row(0, load_article())
    >>> row["outlet"], row["section"], row["words"]
    ('sputnik', 'Middle East', 296)
    """
    published = pd.Timestamp(article.published).tz_convert("UTC") if article.published else pd.NaT
    outlet = article.meta.get("publisher") or outlet_of(article)
    return {"id": article_id, "source": article.source or "", "outlet": str(outlet),
            "title": article.title or "", "published": published, "section": article.section or "",
            "words": len(article.text.split())}


def article_rows(article_id: int, article: Article, *, demonyms: bool = False) -> dict[str, list[tuple]]:
    """The rows of every table for one article (parsed or not: the parse is cached on it), each a tuple that starts
    with the article's id, in the column order of :func:`empty_tables`; offsets point into the article's clean text.
    Plain tuples, so a batch builds each of its tables once (:func:`batch_tables`).

    >>> from toolkit import load_article
    >>> found = article_rows(7, load_article())
    >>> sorted(found) == sorted(TABLES), {row[0] for row in found["quotes"]}
    (True, {7})
    """
    article_id = int(article_id)
    keyed = {
        "entities": entity_rows(article, demonyms=demonyms),
        "actors": [(*row[:3], list(row[3]), list(row[4]), row[5]) for row in actor_rows(article, demonyms=demonyms)],
        "quotes": quote_rows(article, demonyms=demonyms),
        "cooccurrence": [(*row[:5], row[7], row[8]) for row in pair_rows(article, demonyms=demonyms)],
        "terms": term_rows(article, kind="keywords", demonyms=demonyms),
    }
    found = {name: [(article_id, *row) for row in rows] for name, rows in keyed.items()}
    found["articles"] = [tuple(article_row(article_id, article).values())]
    return found


def batch_tables(rows: dict[str, list[tuple]]) -> dict[str, pd.DataFrame]:
    """The tables of a batch from the rows gathered by :func:`article_rows` (every table, rows or not).

    >>> from toolkit import load_article
    >>> batch_tables(article_rows(3, load_article()))["actors"].article.unique().tolist()
    [3]
    """
    return {name: pd.DataFrame(rows[name], columns=frame.columns) if rows.get(name) else frame
            for name, frame in empty_tables().items()}


def article_tables(article_id: int, article: Article, *, demonyms: bool = False) -> dict[str, pd.DataFrame]:
    """Every table of one article, with an ``article`` id column first (:func:`article_rows` as DataFrames).

    >>> from toolkit import load_article
    >>> found = article_tables(7, load_article())
    >>> sorted(found) == sorted(TABLES), set(found["quotes"].article)
    (True, {7})
    """
    tables = batch_tables(article_rows(article_id, article, demonyms=demonyms))
    return {name: tables[name] for name in TABLES}


def empty_tables() -> dict[str, pd.DataFrame]:
    """The tables of a corpus with no article (and its ``failures`` table): the right columns, no rows.

    >>> empty_tables()["quotes"].columns[:3].tolist()
    ['article', 'kind', 'content']
    """
    from toolkit.mentions.tables import ACTOR_COLUMNS, ENTITY_COLUMNS

    columns = {"articles": ARTICLE_COLUMNS, "entities": ["article", *ENTITY_COLUMNS],
               "actors": ["article", *ACTOR_COLUMNS], "quotes": ["article", *QUOTE_COLUMNS],
               "cooccurrence": ["article", *PAIR_COLUMNS], "terms": ["article", *TERM_COLUMNS],
               "failures": FAILURE_COLUMNS}
    return {name: pd.DataFrame(columns=names) for name, names in columns.items()}
