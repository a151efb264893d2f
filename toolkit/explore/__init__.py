"""Explore: who appears with whom (``pairs``: co-occurrence tables and graphs) and what the piece is about
(``keywords``: tags, entities and keywords weighted for tag clouds)."""

from toolkit.explore.keywords import terms
from toolkit.explore.pairs import cooccurrence, export_graph, graph

__all__ = ["cooccurrence", "export_graph", "graph", "terms"]
