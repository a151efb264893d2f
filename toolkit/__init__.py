"""toolkit: read news articles closely (clean text, entities, actors, quotes).

>>> import toolkit
>>> toolkit.load_article().title is None
True
"""

from toolkit import plot, render, widgets
from toolkit.article import Article, Paragraph, Removed
from toolkit.cooccurrence import cooccurrence, export_graph, graph
from toolkit.entities import actors, entities, resolve_mention
from toolkit.errors import InputError, ModelNotFoundError, ToolkitError
from toolkit.corpus import load_corpus
from toolkit.load import load_article
from toolkit.nlp import parse
from toolkit.quotes import quotes
from toolkit.terms import terms

__all__ = [
    "Article",
    "InputError",
    "ModelNotFoundError",
    "Paragraph",
    "Removed",
    "ToolkitError",
    "actors",
    "cooccurrence",
    "entities",
    "export_graph",
    "graph",
    "load_article",
    "load_corpus",
    "parse",
    "plot",
    "quotes",
    "render",
    "resolve_mention",
    "terms",
    "widgets",
]
