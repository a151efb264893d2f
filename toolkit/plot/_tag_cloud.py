"""A tag cloud as a plotly Figure, laid out by the wordcloud package's engine (no overlaps, seeded).

The words are drawn by wordcloud itself into a PNG that fills the figure, so what you see is exactly the layout
wordcloud computed, whatever fonts the browser has; invisible points along each word carry the hover text.
"""

from __future__ import annotations

import base64
import io
import math
from html import escape

import pandas as pd
import plotly.graph_objects as go
from PIL import Image, ImageDraw, ImageFont
from wordcloud import WordCloud

from toolkit.errors import InputError, require_table

HOVER_STEP = 14
"""Pixels between two hover points along a word."""


def drawable(terms: pd.DataFrame, what: str) -> pd.DataFrame:
    """The rows a cloud can draw: a non-empty term and a finite weight above zero (NaN, 0 and negative weights are
    left out; a weight that is not a number is an error naming the function).

    >>> drawable(pd.DataFrame({"term": ["Iran", "", "US", "EU"], "weight": [2, 1, 0, float("nan")]}), "f()")
       term  weight
    0  Iran     2.0
    """
    weights = pd.to_numeric(terms["weight"], errors="coerce")
    if weights.isna().sum() > terms["weight"].isna().sum():
        raise InputError(f"{what} needs numbers in the weight column")
    keep = (weights > 0) & weights.map(math.isfinite) & (terms["term"].astype(str).str.strip() != "")
    return terms.assign(term=terms["term"].astype(str), weight=weights)[keep]


def _layout(terms: pd.DataFrame, width: int, height: int, seed: int) -> WordCloud:
    if terms.empty:
        raise InputError("no terms to draw: the article has none of this kind")
    cloud = WordCloud(
        width=width, height=height, random_state=seed, prefer_horizontal=1.0, background_color="white",
        colormap="viridis", max_words=len(terms), relative_scaling=0.5, margin=4,
    )
    return cloud.generate_from_frequencies(dict(zip(terms.term, terms.weight.astype(float))))


def word_boxes(cloud: WordCloud) -> list[tuple[str, tuple[int, int, int, int]]]:
    """Each placed word with its ink box ``(left, top, right, bottom)`` in pixels, measured as wordcloud draws it."""
    draw = ImageDraw.Draw(Image.new("L", (1, 1)))
    boxes = []
    for (word, _), size, (top, left), orientation, _ in cloud.layout_:
        font = ImageFont.TransposedFont(ImageFont.truetype(cloud.font_path, size), orientation=orientation)
        boxes.append((word, draw.textbbox((int(left), int(top)), word, font=font)))
    return boxes


def _png(cloud: WordCloud) -> bytes:
    buffer = io.BytesIO()
    cloud.to_image().quantize(colors=64).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def tag_cloud(terms: pd.DataFrame, *, width: int = 800, height: int = 420, seed: int = 7) -> go.Figure:
    """A tag cloud of ``terms`` (from :func:`toolkit.terms`): size by weight, counts on hover; an empty figure
    that says so when there are no terms.

    >>> from toolkit import load_article, terms
    >>> fig = tag_cloud(terms(load_article(), kind="tags"))
    >>> sorted(set(fig.data[0].text))[:2]
    ['Ayatollah Ali Khamenei', 'Hassan Rouhani']
    """
    require_table(terms, ("term", "weight"), "plot.tag_cloud()")
    terms = drawable(terms, "plot.tag_cloud()")
    if terms.empty:
        return _frame(go.Figure(), width, height).add_annotation(
            text="no terms of this kind in the article", x=width / 2, y=height / 2, showarrow=False)
    cloud = _layout(terms, width, height, seed)
    counts = dict(zip(terms.term, terms["count"] if "count" in terms else terms.weight))
    x, y, text, hover = [], [], [], []
    for word, (left, t, r, b) in word_boxes(cloud):
        steps = max(1, int((r - left) // HOVER_STEP))
        for k in range(steps + 1):
            x.append(left + (r - left) * k / steps)
            y.append((t + b) / 2)
            text.append(word)
            hover.append(f"{escape(word)}: {counts.get(word, 0)} in the text")
    figure = go.Figure(go.Scatter(x=x, y=y, text=text, mode="markers", hovertext=hover, hoverinfo="text",
                                  marker={"size": 14, "opacity": 0}, showlegend=False))
    figure.add_layout_image(
        source="data:image/png;base64," + base64.b64encode(_png(cloud)).decode("ascii"), xref="x", yref="y",
        x=0, y=0, sizex=width, sizey=height, xanchor="left", yanchor="top", layer="below", sizing="stretch",
    )
    return _frame(figure, width, height)


def _frame(figure: go.Figure, width: int, height: int) -> go.Figure:
    """Pixel axes matching the cloud's canvas, hidden."""
    return figure.update_layout(
        width=width, height=height, margin={"l": 0, "r": 0, "t": 0, "b": 0}, plot_bgcolor="white",
        xaxis={"visible": False, "range": [0, width], "fixedrange": True},
        yaxis={"visible": False, "range": [height, 0], "fixedrange": True},
    )


def tag_cloud_png(terms: pd.DataFrame, *, width: int = 800, height: int = 420, seed: int = 7) -> bytes:
    """The same cloud as PNG bytes, e.g. for a paper or a slide.

    >>> from toolkit import load_article, terms
    >>> tag_cloud_png(terms(load_article(), kind="tags"))[:4]
    b'\\x89PNG'
    """
    require_table(terms, ("term", "weight"), "plot.tag_cloud_png()")
    return _png(_layout(drawable(terms, "plot.tag_cloud_png()"), width, height, seed))
