"""plotly Figures: each function returns a ``go.Figure`` and never shows it."""

from toolkit.plot._network import cooccurrence_matrix, network
from toolkit.plot._tag_cloud import tag_cloud, tag_cloud_png

__all__ = ["cooccurrence_matrix", "network", "tag_cloud", "tag_cloud_png"]
