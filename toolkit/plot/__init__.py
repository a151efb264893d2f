"""plotly Figures: each function returns a ``go.Figure`` and never shows it."""

from toolkit.plot._corpus import log_odds, mentions_over_time, voice_shares, voices
from toolkit.plot._mentions import mentions
from toolkit.plot._network import cooccurrence_matrix, network
from toolkit.plot._quotes import quotes
from toolkit.plot._tag_cloud import tag_cloud, tag_cloud_png

__all__ = ["cooccurrence_matrix", "log_odds", "mentions", "mentions_over_time", "network", "quotes", "tag_cloud",
           "tag_cloud_png", "voice_shares", "voices"]
