"""HTML renderers: each returns an escaped HTML string and leaves displaying to the caller."""

from toolkit.render._cleaning import cleaning

__all__ = ["cleaning"]
