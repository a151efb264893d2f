"""Helpers shared by the mentions tests: an invented snippet as an Article, and the span of a phrase in it."""

import toolkit
from toolkit import Article


def snippet(text: str) -> Article:
    return toolkit.load_article(text)


def span_of(article: Article, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(phrase, start + 1)
    return start, start + len(phrase)
