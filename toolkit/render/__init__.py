"""HTML renderers: each returns an escaped HTML string and leaves displaying to the caller."""

from toolkit.render._cleaning import cleaning
from toolkit.render._entities import entities

__all__ = ["cleaning", "entities"]
