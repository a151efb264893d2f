"""HTML pages: trafilatura finds the main text and metadata, the cleaner takes it from there."""

from __future__ import annotations

import re
from typing import Any

from toolkit.article import Article
from toolkit.cleaning.cleaner import clean
from toolkit.cleaning.metadata import parse_date
from toolkit.errors import InputError

LOOKS_LIKE_HTML = re.compile(
    r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b)"
    r"|<(?:p|div|br|span|a)\b[^>]*>.*</?(?:p|div|a|span)>",
    re.I | re.S,
)


def from_html(html: str, *, source: str | None = None, meta: dict[str, Any] | None = None) -> Article:
    """Extract the main text and metadata of an HTML page with trafilatura, then clean it.

    >>> from_html("<html><body><article><p>" + "The minister said the talks would go on next week. " * 3
    ...           + "</p></article></body></html>").text[:21]
    'The minister said the'
    """
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{source or 'the HTML'} holds no article text that trafilatura could find")
    found = {
        "url": doc.url, "sitename": doc.sitename, "description": doc.description,
        "categories": doc.categories, "extractor": "trafilatura",
    }
    article = clean(
        doc.text, source=source, title=doc.title, find_main=False,
        meta={**{k: v for k, v in found.items() if v}, **(meta or {})},
    )
    article.published = article.published or parse_date(doc.date)
    article.author = article.author or doc.author
    article.tags = article.tags or [t.strip() for tag in doc.tags or [] for t in tag.split(",") if t.strip()]
    article.meta["html"] = html
    return article


def looks_like_html(text: str) -> bool:
    """True for markup rather than article text.

    >>> looks_like_html("<html><body><p>Hi</p></body></html>"), looks_like_html("Iran <said> no.")
    (True, False)
    """
    return bool(LOOKS_LIKE_HTML.search(text[:5000]))
