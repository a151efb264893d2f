"""Cleaning: normalise the raw text (keeping a map back to it), cut boilerplate by the rules in ``toolkit/data``,
read metadata lines, and build the Article."""

from toolkit.cleaning.cleaner import clean
from toolkit.cleaning.tables import metadata_table, removed_table

__all__ = ["clean", "metadata_table", "removed_table"]
