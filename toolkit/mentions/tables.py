"""Who is in the article: entity mentions, canonical actors, and a resolver from any mention to its actor.

The article is parsed once (``toolkit.parse``); the actor index is built once per article and option and kept with
the parse (``Article.cached``), so repeated calls are cheap and a changed text is indexed afresh. Each function takes
an Article, a string of text or a spaCy Doc.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

import pandas as pd

from toolkit.article import Article, as_article
from toolkit.mentions.finder import find_mentions
from toolkit.mentions.index import ActorIndex, build_index
from toolkit.nlp import parse, sentence_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc

ENTITY_COLUMNS = ["text", "label", "start", "end", "sentence", "paragraph", "actor"]
ACTOR_COLUMNS = ["actor", "type", "mentions", "aliases", "roles", "first_start"]


def actor_index(article: Article, *, demonyms: bool = False) -> ActorIndex:
    """The article's actors and resolved mentions, built once per option and cached on the article.

    >>> from toolkit import load_article
    >>> a = load_article()
    >>> actor_index(a) is actor_index(a)
    True
    """

    def build() -> ActorIndex:
        doc = parse(article)
        return build_index(doc, find_mentions(doc, tags=article.tags, agency=article.agency), demonyms=demonyms)

    return article.cached(("actor_index", demonyms), build)


def entities(article: Article | str | Doc, *, demonyms: bool = False) -> pd.DataFrame:
    """One row per entity mention: ``text``, ``label``, ``start``, ``end`` (offsets into ``article.text``, or into
    the string given instead of an Article),
    ``sentence``, ``paragraph`` (indexes), ``actor`` (canonical name, "" for dates, numbers...).

    Role phrases that refer back to an actor ("the supreme leader") are rows too, labelled ``ROLE``.

    >>> from toolkit import load_article
    >>> df = entities(load_article())
    >>> df[df.text == "U.S."].actor.iloc[0]
    'United States'
    """
    article = as_article(article)
    return pd.DataFrame(entity_rows(article, demonyms=demonyms), columns=ENTITY_COLUMNS)


def entity_rows(article: Article, *, demonyms: bool = False) -> list[tuple]:
    """The rows of :func:`entities` as tuples in ``ENTITY_COLUMNS`` order, built once per article and option (a
    corpus run gathers these and builds one table per batch).

    >>> from toolkit import load_article
    >>> entity_rows(load_article())[0][:4]
    ('Iran', 'GPE', 0, 4)
    """
    return article.cached(("entity_rows", demonyms), lambda: _entity_rows(article, demonyms))


def _entity_rows(article: Article, demonyms: bool) -> list[tuple]:
    index = actor_index(article, demonyms=demonyms)
    sentence_starts = sentence_bounds(parse(article))[1]
    paragraph_starts = [p.start for p in article.paragraphs] or [0]
    return [
        (
            article.text[r.start : r.end],
            r.label,
            r.start,
            r.end,
            bisect_right(sentence_starts, r.start) - 1,
            bisect_right(paragraph_starts, r.start) - 1,
            index.actors[r.actor].name if r.actor >= 0 else "",
        )
        for r in index.mentions
    ]


def actors(article: Article | str | Doc, *, demonyms: bool = False) -> pd.DataFrame:
    """One row per actor, in order of first mention: ``actor``, ``type`` (person, organization, place, group),
    ``mentions``, ``aliases`` (surface forms seen), ``roles`` (titles and offices seen), ``first_start``.

    >>> from toolkit import load_article
    >>> table = actors(load_article()).set_index("actor")
    >>> table.loc["Ali Khamenei", "roles"]
    ['Supreme Leader', 'Ayatollah']
    """
    article = as_article(article)
    rows = [(*row[:3], list(row[3]), list(row[4]), row[5]) for row in actor_rows(article, demonyms=demonyms)]
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)


def actor_rows(article: Article, *, demonyms: bool = False) -> list[tuple]:
    """The rows of :func:`actors` as tuples in ``ACTOR_COLUMNS`` order (aliases and roles as tuples), in order of
    first mention, built once per article and option.

    >>> from toolkit import load_article
    >>> actor_rows(load_article())[0][:3]
    ('Iran', 'place', 8)
    """
    return article.cached(("actor_rows", demonyms), lambda: _actor_rows(article, demonyms))


def _actor_rows(article: Article, demonyms: bool) -> list[tuple]:
    index = actor_index(article, demonyms=demonyms)
    rows = [
        (a.name, a.type, len(a.starts), tuple(a.aliases), tuple(a.roles.values()), min(a.starts))
        for a in index.actors
        if a.starts
    ]
    return sorted(rows, key=lambda row: row[5])


def actor_types(article: Article | str | Doc, *, demonyms: bool = False) -> dict[str, str]:
    """Canonical actor -> type (person, organization, place, group).

    >>> actor_types(__import__("toolkit").load_article())["Pentagon"]
    'organization'
    """
    return {a.name: a.type for a in actor_index(as_article(article), demonyms=demonyms).actors if a.starts}


def resolve_mention(article: Article | str | Doc, start: int, end: int, *, demonyms: bool = False) -> str:
    """The canonical actor for the mention ``article.text[start:end]`` (a name, surname, alias or role phrase),
    using only actors seen at or before it; "" when unknown or ambiguous.

    >>> from toolkit import load_article
    >>> a = load_article()
    >>> at = a.text.index("the supreme leader")
    >>> resolve_mention(a, at, at + len("the supreme leader"))
    'Ali Khamenei'
    """
    article = as_article(article)
    if not 0 <= start <= end <= len(article.text):
        return ""
    return actor_index(article, demonyms=demonyms).resolve(start, end)
