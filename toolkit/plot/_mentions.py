"""Mentions per actor as a plotly bar chart, coloured by actor type (the colours of the network)."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

import pandas as pd
import plotly.graph_objects as go

from toolkit.errors import InputError, require_table
from toolkit.plot._network import OTHER_COLOR, TYPE_COLORS


def check_top(top: int | None, what: str) -> None:
    """Refuse a ``top`` that is not None or a whole number of at least 1."""
    if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 1):
        raise InputError(f"{what} takes top=None or a whole number of at least 1, not {top!r}")


def listed(value: object) -> list[str]:
    """A table cell holding names (a list, an array, a string or nothing) as a list of strings."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, Iterable) and not isinstance(value, (bytes, dict)):
        return [str(v) for v in value]
    return []


def empty(title: str, message: str) -> go.Figure:
    """A blank figure that says why it is blank."""
    figure = go.Figure()
    figure.add_annotation(text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False)
    return figure.update_layout(title=title, xaxis={"visible": False}, yaxis={"visible": False},
                                plot_bgcolor="white")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _hover(row: pd.Series) -> str:
    lines = [f"<b>{escape(str(row['actor']))}</b> ({escape(str(row['type']))})",
             _count(int(row["mentions"]), "mention")]
    aliases = listed(row.get("aliases"))
    if aliases:
        lines.append("as: " + ", ".join(escape(a) for a in aliases))
    roles = listed(row.get("roles"))
    if roles:
        lines.append("roles: " + ", ".join(escape(r) for r in roles))
    return "<br>".join(lines)


def mentions(actors: pd.DataFrame, *, top: int | None = 20) -> go.Figure:
    """Mentions per actor, most mentioned first (ties by first mention), one colour per actor type; hover a bar for
    the actor's aliases and roles. ``actors`` is ``toolkit.actors(article)``; ``top`` keeps the most mentioned
    (None keeps all).

    >>> import toolkit
    >>> fig = mentions(toolkit.actors(toolkit.load_article()), top=3)
    >>> list(fig.layout.xaxis.categoryarray), [trace.name for trace in fig.data]
    (['United States', 'Iran', 'Ali Khamenei'], ['person', 'place'])
    """
    require_table(actors, ("actor", "type", "mentions"), "plot.mentions()")
    check_top(top, "plot.mentions()")
    title = "Mentions per actor"
    if actors.empty:
        return empty(title, "no actors in the article")
    keys = ["mentions", "first_start"] if "first_start" in actors.columns else ["mentions"]
    ranked = actors.sort_values(keys, ascending=[False, True][: len(keys)], kind="stable")
    if top is not None:
        ranked = ranked.head(top)
    kinds = [k for k in TYPE_COLORS if k in set(ranked["type"])]
    kinds += sorted({str(k) for k in ranked["type"]} - set(kinds))
    figure = go.Figure()
    for kind in kinds:
        rows = ranked[ranked["type"].astype(str) == kind]
        figure.add_trace(go.Bar(
            x=[escape(str(a)) for a in rows["actor"]], y=[int(n) for n in rows["mentions"]], name=escape(kind),
            marker_color=TYPE_COLORS.get(kind, OTHER_COLOR), hovertext=[_hover(row) for _, row in rows.iterrows()],
            hoverinfo="text",
        ))
    figure.update_layout(
        title=title, barmode="stack", legend_title_text="type", yaxis_title="mentions",
        xaxis={"title": None, "tickangle": -30, "categoryorder": "array",
               "categoryarray": [escape(str(a)) for a in ranked["actor"]]},
    )
    return figure
