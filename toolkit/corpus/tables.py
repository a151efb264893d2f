"""The tables of one parsed article, each row keyed by the article's id: what a corpus run stores per article."""

from __future__ import annotations

import pandas as pd

from toolkit.article import Article
from toolkit.explore import cooccurrence, terms
from toolkit.mentions import actors, entities
from toolkit.reading.corpus import outlet_of
from toolkit.speech import quotes
from toolkit.speech.tables import COLUMNS as QUOTE_COLUMNS

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


def article_tables(article_id: int, article: Article, *, demonyms: bool = False) -> dict[str, pd.DataFrame]:
    """Every table of one article (parsed or not: the parse is cached on it), with an ``article`` id column first;
    offsets point into the article's clean text.

    >>> from toolkit import load_article
    >>> found = article_tables(7, load_article())
    >>> sorted(found) == sorted(TABLES), set(found["quotes"].article)
    (True, {7})
    """
    edges = cooccurrence(article, demonyms=demonyms)
    edges["meetings"] = [[(start, end) for _, start, end in found] for found in edges["meetings"]]
    found = {
        "articles": pd.DataFrame([article_row(article_id, article)], columns=ARTICLE_COLUMNS),
        "entities": entities(article, demonyms=demonyms),
        "actors": actors(article, demonyms=demonyms),
        "quotes": quotes(article, demonyms=demonyms)[QUOTE_COLUMNS],
        "cooccurrence": edges[PAIR_COLUMNS],
        "terms": terms(article, kind="keywords", top=None, demonyms=demonyms)[TERM_COLUMNS],
    }
    for name, table in found.items():
        if name != "articles":
            table.insert(0, "article", article_id)
    return found


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
