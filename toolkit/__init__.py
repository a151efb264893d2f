"""toolkit: read news articles closely (clean text, entities, actors, quotes).

The stages, in the order an article goes through them: ``reading`` (sources, decoding, HTML, corpora), ``cleaning``
(normalisation with its offset map, boilerplate, metadata), ``nlp`` (the spaCy model, one parse per article),
``mentions`` (entities and actors), ``speech`` (quotes and their speakers), ``explore`` (co-occurrence, terms), then
``corpus`` (the same chain over many articles, batched, stored, resumable, on Dask), ``render`` (HTML), ``plot``
(plotly figures), ``widgets``, ``report`` and ``cli``. Everything below is imported when
first used, so ``import toolkit`` stays light.

>>> import toolkit
>>> toolkit.load_article().title is None
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from toolkit import plot, render, widgets
    from toolkit.article import Article, Paragraph, Removed
    from toolkit.corpus import CorpusAnalysis, analyze_corpus, open_corpus
    from toolkit.errors import InputError, ModelNotFoundError, ToolkitError
    from toolkit.explore import cooccurrence, export_graph, graph, terms
    from toolkit.mentions import actors, entities, resolve_mention
    from toolkit.nlp import parse
    from toolkit.reading import load_article, load_corpus
    from toolkit.speech import quotes

_EXPORTS = {
    "Article": "toolkit.article",
    "Paragraph": "toolkit.article",
    "Removed": "toolkit.article",
    "InputError": "toolkit.errors",
    "ModelNotFoundError": "toolkit.errors",
    "ToolkitError": "toolkit.errors",
    "load_article": "toolkit.reading",
    "load_corpus": "toolkit.reading",
    "parse": "toolkit.nlp",
    "entities": "toolkit.mentions",
    "actors": "toolkit.mentions",
    "resolve_mention": "toolkit.mentions",
    "quotes": "toolkit.speech",
    "cooccurrence": "toolkit.explore",
    "graph": "toolkit.explore",
    "export_graph": "toolkit.explore",
    "terms": "toolkit.explore",
    "analyze_corpus": "toolkit.corpus",
    "open_corpus": "toolkit.corpus",
    "CorpusAnalysis": "toolkit.corpus",
}
_SUBPACKAGES = ("plot", "render", "widgets")
_STAGES = ("article", "errors", "lexicon", "reading", "cleaning", "nlp", "mentions", "speech", "explore", "corpus",
           "report", "cli")

__all__ = [
    "Article", "CorpusAnalysis", "InputError", "ModelNotFoundError", "Paragraph", "Removed", "ToolkitError", "actors",
    "analyze_corpus", "cooccurrence", "entities", "export_graph", "graph", "load_article", "load_corpus",
    "open_corpus", "parse", "plot", "quotes", "render", "resolve_mention", "terms", "widgets",
]


def __getattr__(name: str) -> Any:
    """Import an exported name (or the ``plot``, ``render`` and ``widgets`` modules) on first use."""
    if name in _SUBPACKAGES or name in _STAGES:
        return importlib.import_module(f"toolkit.{name}")
    if name not in _EXPORTS:
        raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
