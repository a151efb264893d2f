"""toolkit: read news articles closely (clean text, entities, actors, quotes).

>>> import toolkit
>>> toolkit.load_article().title is None
True
"""

from toolkit import render
from toolkit.article import Article, Paragraph, Removed
from toolkit.entities import actors, entities, resolve_mention
from toolkit.errors import InputError, ModelNotFoundError, ToolkitError
from toolkit.load import load_article
from toolkit.nlp import parse
from toolkit.quotes import quotes

__all__ = [
    "Article",
    "actors",
    "entities",
    "resolve_mention",
    "InputError",
    "ModelNotFoundError",
    "Paragraph",
    "Removed",
    "load_article",
    "ToolkitError",
    "parse",
    "render",
    "quotes",
]
