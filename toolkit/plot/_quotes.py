"""Attributions per speaker as a plotly stacked bar chart: direct quotes beside reported speech."""

from __future__ import annotations

from html import escape

import pandas as pd
import plotly.graph_objects as go

from toolkit.errors import require_table
from toolkit.plot._mentions import check_top, empty
from toolkit.speech.tables import quote_counts

KIND_COLORS = {"direct": "#e0a800", "reported": "#6c9bd2"}
KIND_WORDS = {"direct": "direct", "reported": "reported (indirect or mixed)"}


def quotes(table: pd.DataFrame, *, top: int | None = 20) -> go.Figure:
    """Attributions per speaker, most quoted at the top: direct quotes stacked with reported speech (indirect or
    mixed). ``table`` is ``toolkit.quotes(article)`` (possibly filtered) or its
    ``toolkit.speech.quote_counts(...)``; ``top`` keeps the most quoted speakers (None keeps all).

    >>> import toolkit
    >>> fig = quotes(toolkit.quotes(toolkit.load_article()), top=2)
    >>> [(trace.name, list(trace.y), list(trace.x)) for trace in fig.data]
    [('direct', ['Ali Khamenei', 'Hassan Rouhani'], [2, 0]), ('reported', ['Ali Khamenei', 'Hassan Rouhani'], [3, 1])]
    """
    if isinstance(table, pd.DataFrame) and {"direct", "reported"} <= set(table.columns):
        counts = table[["direct", "reported"]]
    else:
        require_table(table, ("kind", "speaker", "actor"), "plot.quotes()")
        counts = quote_counts(table)
    check_top(top, "plot.quotes()")
    title = "Attributions per speaker"
    if counts.empty:
        return empty(title, "no attributions in the article")
    counts = counts.iloc[counts.sum(axis=1).reset_index(drop=True).sort_values(ascending=False, kind="stable").index]
    if top is not None:
        counts = counts.head(top)
    speakers = [escape(str(s)) for s in counts.index]
    figure = go.Figure()
    for kind in ("direct", "reported"):
        numbers = [int(n) for n in counts[kind]]
        figure.add_trace(go.Bar(
            name=kind, y=speakers, x=numbers, orientation="h", marker_color=KIND_COLORS[kind], hoverinfo="text",
            hovertext=[f"<b>{s}</b>: {n} {KIND_WORDS[kind]}" for s, n in zip(speakers, numbers, strict=True)],
        ))
    figure.update_layout(
        title=title, barmode="stack", xaxis_title="attributions", yaxis={"autorange": "reversed"},
        height=200 + 30 * len(counts), margin={"l": 160},
    )
    return figure
