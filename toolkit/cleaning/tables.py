"""An article's metadata and cuts as DataFrames, for notebooks and exports."""

from __future__ import annotations

import pandas as pd

from toolkit.article import Article, as_article


def metadata_table(article: Article | str) -> pd.DataFrame:
    """One row per metadata field (``field``, ``value``); lists are joined with ``; ``. A string is taken as it is
    (no cleaning, so no metadata but its paragraphs and words).

    >>> from toolkit import load_article
    >>> metadata_table(load_article()).set_index("field").loc["section", "value"]
    'Middle East'
    """
    article = as_article(article)
    fields = {
        "title": article.title, "published": article.published.isoformat() if article.published else None,
        "section": article.section, "place": article.place, "agency": article.agency, "author": article.author,
        "tags": "; ".join(article.tags), "related": "; ".join(article.related), "source": article.source,
        "paragraphs": len(article.paragraphs), "words": len(article.text.split()),
    }
    for key, value in article.meta.items():
        if key != "html" and isinstance(value, (str, int, float)) and value == value:  # value == value: not NaN
            fields.setdefault(key, value)
    return pd.DataFrame({"field": list(fields), "value": [("" if v is None else str(v)) for v in fields.values()]})


def removed_table(article: Article | str) -> pd.DataFrame:
    """One row per piece cut from the raw text: ``start``, ``end`` (offsets into ``article.raw``), ``reason``, ``text``.

    >>> from toolkit import load_article
    >>> removed_table(load_article()).reason.tolist()[:3]
    ['timestamp', 'listen-live', 'section']
    """
    return pd.DataFrame(as_article(article).removed, columns=["start", "end", "text", "reason"])[
        ["start", "end", "reason", "text"]
    ]
