"""Reading: one article from a path, text, HTML or file object; many from folders, CSV, JSON Lines or DataFrames."""

from toolkit.reading.corpus import load_corpus
from toolkit.reading.sources import load_article

__all__ = ["load_article", "load_corpus"]
