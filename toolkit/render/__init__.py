"""HTML renderers: each returns an escaped HTML string and leaves displaying to the caller."""

from toolkit.render._cleaning import cleaning
from toolkit.render._entities import entities
from toolkit.render._quotes import quotes

__all__ = ["cleaning", "entities", "quotes"]
