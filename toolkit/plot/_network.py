"""The actor network and the co-occurrence matrix as plotly Figures (seeded, deterministic)."""

from __future__ import annotations

import math
from html import escape

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

from toolkit.errors import require_table
from toolkit.explore.pairs import graph
from toolkit.lexicon import type_colors

TYPE_COLORS = type_colors()
"""Actor type -> colour, from ``toolkit/data/actor_types.tsv``."""
OTHER_COLOR = "#7f7f7f"


def _hover_contexts(contexts: list[str], limit: int = 3) -> str:
    shown = "<br>".join(f"• {escape(text[:140])}" for text in contexts[:limit])
    more = f"<br>… and {len(contexts) - limit} more" if len(contexts) > limit else ""
    return shown + more


def network(edges: pd.DataFrame, *, min_weight: int = 1, top: int | None = None, seed: int = 7) -> go.Figure:
    """The co-occurrence network: node size by mentions, colour by actor type, edge width by weight; hovering an
    edge's midpoint shows the sentences where the two actors meet.

    >>> from toolkit import cooccurrence, load_article
    >>> fig = network(cooccurrence(load_article()))
    >>> fig.layout.title.text
    'Actors appearing together'
    """
    require_table(edges, ("source", "target", "weight"), "plot.network()")
    kept = edges[edges.weight >= min_weight]
    if top is not None:
        mentions = pd.concat([
            kept[["source", "source_mentions"]].set_axis(["actor", "mentions"], axis=1),
            kept[["target", "target_mentions"]].set_axis(["actor", "mentions"], axis=1),
        ]).groupby("actor").mentions.max()
        chosen = set(mentions.sort_values(ascending=False, kind="stable").head(top).index)
        kept = kept[kept.source.isin(chosen) & kept.target.isin(chosen)]
    g = graph(kept)
    positions = nx.spring_layout(g, seed=seed, weight="weight") if len(g) else {}
    figure = go.Figure()
    top_weight = max((d["weight"] for *_, d in g.edges(data=True)), default=1)
    mid_x, mid_y, mid_text = [], [], []
    for row in kept.itertuples():
        (x0, y0), (x1, y1) = positions[row.source], positions[row.target]
        figure.add_trace(go.Scatter(
            x=[x0, x1], y=[y0, y1], mode="lines", hoverinfo="skip", showlegend=False,
            line={"width": 1 + 7 * row.weight / top_weight, "color": "rgba(120,120,120,0.55)"},
        ))
        mid_x.append((x0 + x1) / 2)
        mid_y.append((y0 + y1) / 2)
        mid_text.append(
            f"<b>{escape(row.source)} – {escape(row.target)}</b>: {row.weight}<br>{_hover_contexts(row.contexts)}"
        )
    figure.add_trace(go.Scatter(x=mid_x, y=mid_y, mode="markers", hovertext=mid_text, hoverinfo="text",
                                marker={"size": 8, "opacity": 0}, showlegend=False, name="edges"))
    by_type: dict[str, list[str]] = {}
    for node, data in g.nodes(data=True):
        by_type.setdefault(data["type"], []).append(node)
    for kind in sorted(by_type):
        nodes = by_type[kind]
        figure.add_trace(go.Scatter(
            x=[positions[n][0] for n in nodes], y=[positions[n][1] for n in nodes], mode="markers+text",
            text=[escape(n) for n in nodes], textposition="top center", name=kind,
            hovertext=[f"<b>{escape(n)}</b> ({kind})<br>{g.nodes[n]['mentions']} mentions" for n in nodes],
            hoverinfo="text",
            marker={"size": [12 + 6 * math.sqrt(g.nodes[n]["mentions"]) for n in nodes],
                    "color": TYPE_COLORS.get(kind, OTHER_COLOR), "line": {"width": 1, "color": "white"}},
        ))
    figure.update_layout(
        title="Actors appearing together", showlegend=True, plot_bgcolor="white", hovermode="closest",
        xaxis={"visible": False}, yaxis={"visible": False}, margin={"l": 10, "r": 10, "t": 40, "b": 10},
    )
    return figure


def cooccurrence_matrix(edges: pd.DataFrame, *, min_weight: int = 1, top: int | None = None) -> go.Figure:
    """A symmetric heatmap of co-occurrence weights, actors ordered by their total weight.

    >>> from toolkit import cooccurrence, load_article
    >>> fig = cooccurrence_matrix(cooccurrence(load_article()))
    >>> list(fig.data[0].x) == list(fig.data[0].y)
    True
    """
    require_table(edges, ("source", "target", "weight"), "plot.cooccurrence_matrix()")
    kept = edges[edges.weight >= min_weight]
    both = pd.concat([kept[["source", "target", "weight"]],
                      kept[["target", "source", "weight"]].set_axis(["source", "target", "weight"], axis=1)])
    totals = both.groupby("source").weight.sum().sort_values(ascending=False, kind="stable")
    order = list(totals.index[:top] if top is not None else totals.index)
    matrix = both.pivot_table(index="source", columns="target", values="weight", aggfunc="sum", fill_value=0)
    matrix = matrix.reindex(index=order, columns=order, fill_value=0)
    labels = [escape(name) for name in order]
    figure = go.Figure(go.Heatmap(
        z=matrix.values, x=labels, y=labels, colorscale="Blues", hoverongaps=False,
        hovertemplate="%{y} – %{x}: %{z}<extra></extra>",
    ))
    figure.update_layout(title="Co-occurrence matrix", yaxis={"autorange": "reversed"},
                         margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return figure
