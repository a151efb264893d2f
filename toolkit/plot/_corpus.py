"""Corpus figures over the tables of ``toolkit.corpus.views``: mentions over time, who gets a voice, whose voice,
and two outlets' words compared by weighted log-odds. Every text from the articles is escaped; nothing is random."""

from __future__ import annotations

import math
from html import escape

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from toolkit.errors import InputError, require_table
from toolkit.plot._mentions import check_top, empty
from toolkit.plot._network import OTHER_COLOR, TYPE_COLORS
from toolkit.plot._quotes import KIND_COLORS, KIND_WORDS

PERIOD_WORDS = {"D": "day", "W": "week", "M": "month", "MS": "month", "Q": "quarter", "Y": "year"}
SIDE_COLORS = ("#c0392b", "#2471a3")
"""Colours of the first and the second outlet in :func:`log_odds`."""
NEUTRAL_COLOR = "#b3b3b3"
PLOT_WIDTH, PLOT_HEIGHT = 760, 440
"""The plot area :func:`log_odds` assumes when it places labels (the figure is PLOT_HEIGHT + 180 pixels high)."""
LABEL_SPOTS = [(0, 18), (40, 24), (-40, 24), (0, 36), (70, 14), (-70, 14), (60, 44), (-60, 44), (0, 56),
               (95, 32), (-95, 32), (30, 70), (-30, 70), (110, 60), (-110, 60), (0, 84)]
"""Label offsets from a point, in pixels, tried in turn (away from zero: up for the first outlet, down for the
second)."""
Z_MARK = 1.96
"""|z| beyond which :func:`log_odds` colours a word as one outlet's (a two-sided 5% test)."""


def mentions_over_time(table: pd.DataFrame, *, top: int | None = None) -> go.Figure:
    """One line per actor: mentions per period, from ``toolkit.corpus.views.mentions_over_time``; ``top`` keeps the
    most mentioned actors (None: all in the table). Hover a point for the mentions and articles of that period.

    >>> table = pd.DataFrame({"actor": ["WHO", "WHO"], "period": pd.to_datetime(["2020-03-02", "2020-03-09"]),
    ...                       "mentions": [2, 0], "articles": [1, 0]})
    >>> fig = mentions_over_time(table)
    >>> [(trace.name, list(trace.y)) for trace in fig.data]
    [('WHO', [2, 0])]
    """
    require_table(table, ("actor", "period", "mentions"), "plot.mentions_over_time()")
    check_top(top, "plot.mentions_over_time()")
    unit = PERIOD_WORDS.get(str(table.attrs.get("freq", "")), "period")
    title = f"Mentions per {unit}"
    if table.empty:
        return empty(title, "no dated mentions to draw")
    totals = table.groupby("actor", sort=False)["mentions"].sum()
    order = sorted(totals.index, key=lambda name: (-totals[name], str(name)))
    if top is not None:
        order = order[:top]
    figure = go.Figure()
    for actor in order:
        rows = table[table["actor"] == actor].sort_values("period", kind="stable")
        name = escape(str(actor))
        articles = rows["articles"] if "articles" in rows else pd.Series([None] * len(rows))
        figure.add_trace(go.Scatter(
            x=list(pd.to_datetime(rows["period"])), y=[int(n) for n in rows["mentions"]], mode="lines+markers",
            name=name, hoverinfo="text",
            hovertext=[f"<b>{name}</b>, {unit} of {pd.Timestamp(p):%Y-%m-%d}: {int(n)} mentions"
                       + ("" if a is None else f" in {int(a)} articles")
                       for p, n, a in zip(rows["period"], rows["mentions"], articles, strict=True)],
        ))
    figure.update_layout(title=title, xaxis_title=f"{unit} starting", yaxis_title="mentions",
                         legend_title_text="actor", hovermode="closest", plot_bgcolor="white")
    return figure


def voices(table: pd.DataFrame, *, top: int | None = 20) -> go.Figure:
    """Who gets a voice: direct quotes stacked with reported speech per speaker (``views.voices``) or per outlet
    (``views.voices_by_outlet``), named by the table's index, most quoted at the top; ``top`` keeps the most
    quoted (None: all).

    >>> table = pd.DataFrame({"direct": [1, 4], "reported": [5, 1]}, index=pd.Index(["RT", "NPR"], name="outlet"))
    >>> fig = voices(table)
    >>> fig.layout.title.text, [(trace.name, list(trace.y), list(trace.x)) for trace in fig.data]
    ('Attributions per outlet', [('direct', ['RT', 'NPR'], [1, 4]), ('reported', ['RT', 'NPR'], [5, 1])])
    """
    require_table(table, ("direct", "reported"), "plot.voices()")
    check_top(top, "plot.voices()")
    noun = str(table.index.name or "speaker")
    title = f"Attributions per {noun}"
    if table.empty:
        return empty(title, "no attributions to draw")
    totals = table["direct"].astype(int) + table["reported"].astype(int)
    ranked = table.iloc[np.argsort(-totals.to_numpy(), kind="stable")]
    if top is not None:
        ranked = ranked.head(top)
    names = [escape(str(name)) for name in ranked.index]
    details = [_details(row) for _, row in ranked.iterrows()]
    figure = go.Figure()
    for kind in ("direct", "reported"):
        numbers = [int(n) for n in ranked[kind]]
        figure.add_trace(go.Bar(
            name=kind, y=names, x=numbers, orientation="h", marker_color=KIND_COLORS[kind], hoverinfo="text",
            hovertext=[f"<b>{name}</b>: {n} {KIND_WORDS[kind]}{extra}"
                       for name, n, extra in zip(names, numbers, details, strict=True)],
        ))
    figure.update_layout(title=title, barmode="stack", xaxis_title="attributions", yaxis={"autorange": "reversed"},
                         height=200 + 30 * len(ranked), margin={"l": 180}, legend={"title": {"text": "kind"},
                                                                                    "traceorder": "normal"})
    return figure


def _details(row: pd.Series) -> str:
    """The hover's second line: the speaker's type and where the quotes are, when the table says."""
    parts = []
    if "type" in row and str(row["type"]):
        parts.append(escape(str(row["type"])))
    for column in ("articles", "outlets", "speakers"):
        if column in row and pd.notna(row[column]):
            parts.append(f"{int(row[column])} {column}")
    return "<br>" + ", ".join(parts) if parts else ""


def voice_shares(table: pd.DataFrame) -> go.Figure:
    """Whose voice: for each outlet (or the corpus), one bar split by the type of the speaker (person, organization,
    place, group, unresolved), from ``toolkit.corpus.views.voice_shares``, in the colours of the network.

    >>> table = pd.DataFrame({"type": ["person", "unresolved"], "quotes": [3, 1], "share": [0.75, 0.25]})
    >>> [(trace.name, list(trace.x)) for trace in voice_shares(table).data]
    [('person', [75.0]), ('unresolved', [25.0])]
    """
    require_table(table, ("type", "quotes", "share"), "plot.voice_shares()")
    title = "Who is quoted: attributions by type of speaker"
    if table.empty or int(table["quotes"].sum()) == 0:
        return empty(title, "no attributions to draw")
    table = (table if "outlet" in table.columns else table.assign(outlet="all outlets")).astype(
        {"outlet": str, "type": str})
    groups = list(dict.fromkeys(table["outlet"]))
    labels = [escape(g) for g in groups]
    shares = table.pivot_table(index="outlet", columns="type", values="share", aggfunc="sum", sort=False)
    counts = table.pivot_table(index="outlet", columns="type", values="quotes", aggfunc="sum", sort=False)
    figure = go.Figure()
    for kind in dict.fromkeys(table["type"]):
        percents = [round(100 * float(x), 1) for x in shares[kind].reindex(groups).fillna(0)]
        numbers = [int(n) for n in counts[kind].reindex(groups).fillna(0)]
        figure.add_trace(go.Bar(
            name=escape(kind), y=labels, x=percents, orientation="h", hoverinfo="text",
            marker_color=TYPE_COLORS.get(kind, OTHER_COLOR if kind != "unresolved" else NEUTRAL_COLOR),
            hovertext=[f"<b>{label}</b>: {n} attributions to a {escape(kind)} speaker ({s:g}%)"
                       for label, n, s in zip(labels, numbers, percents, strict=True)],
        ))
    figure.update_layout(title=title, barmode="stack", xaxis={"title": "% of attributions", "range": [0, 100]},
                         yaxis={"autorange": "reversed"}, height=200 + 34 * len(groups), margin={"l": 180},
                         legend={"title": {"text": "speaker"}, "traceorder": "normal"})
    return figure


def log_odds(table: pd.DataFrame, *, top: int = 10, names: tuple[str, str] | None = None) -> go.Figure:
    """Two outlets' words (or actors) from ``toolkit.corpus.views.log_odds`` as a labelled scatter: x the word's
    count in both (log scale), y its z-score; the ``top`` words of each side are labelled (labels placed so they
    do not cover each other) and words beyond |z| = 1.96 (the dashed lines) take their outlet's colour. ``names``:
    the two outlets (default: the table's own).

    >>> table = pd.DataFrame({"term": ["lockdown", "virus", "vaccine"], "count_a": [8, 10, 0],
    ...                       "count_b": [0, 10, 8], "z": [2.6, 0.0, -2.6]})
    >>> fig = log_odds(table, top=1, names=("RT", "NPR"))
    >>> [(trace.name, list(trace.text)) for trace in fig.data]
    [('more in RT', ['lockdown']), ('more in NPR', ['vaccine']), ('no clear difference', [''])]
    """
    require_table(table, ("term", "count_a", "count_b", "z"), "plot.log_odds()")
    if isinstance(top, bool) or not isinstance(top, int) or top < 0:
        raise InputError(f"plot.log_odds() takes top= a whole number of at least 0, not {top!r}")
    a, b = names if names is not None else table.attrs.get("outlets", ("A", "B"))
    a, b = escape(str(a)), escape(str(b))
    what = "actors" if table.attrs.get("kind") == "actors" else "words"
    title = f"{what.capitalize()} that set {a} and {b} apart (weighted log-odds, informative Dirichlet prior)"
    if table.empty:
        return empty(title, f"no {what} to compare")
    table = table.assign(total=(table["count_a"].astype(int) + table["count_b"].astype(int)).clip(lower=1))
    ranked = table.sort_values(["z", "term"], ascending=[False, True], kind="stable")
    labelled = set(ranked.head(top)["term"]) | set(ranked[::-1].head(top)["term"]) if top else set()
    sides = [
        (f"more in {a}", ranked[ranked["z"] > Z_MARK], SIDE_COLORS[0]),
        (f"more in {b}", ranked[ranked["z"] < -Z_MARK], SIDE_COLORS[1]),
        ("no clear difference", ranked[ranked["z"].abs() <= Z_MARK], NEUTRAL_COLOR),
    ]
    x_range = (math.log10(ranked["total"].min()) - 0.08, math.log10(ranked["total"].max()) + 0.08)
    y_range = (min(float(ranked["z"].min()), -Z_MARK) - 0.9, max(float(ranked["z"].max()), Z_MARK) + 0.9)
    figure = go.Figure()
    for name, rows, color in sides:
        figure.add_trace(go.Scatter(
            x=[int(n) for n in rows["total"]], y=[float(z) for z in rows["z"]], mode="markers", name=name,
            text=[escape(str(t)) if t in labelled else "" for t in rows["term"]],
            marker={"color": color, "size": 7, "opacity": 0.75}, hoverinfo="text",
            hovertext=[f"<b>{escape(str(t))}</b><br>{a}: {int(n_a)} · {b}: {int(n_b)}<br>z = {z:.2f}"
                       for t, n_a, n_b, z in zip(rows["term"], rows["count_a"], rows["count_b"], rows["z"],
                                                 strict=True)],
        ))
    chosen = ranked[ranked["term"].isin(labelled)]
    points = [(str(t), math.log10(n), float(z)) for t, n, z in zip(chosen["term"], chosen["total"], chosen["z"],
                                                                     strict=True)]
    for (term, x, y), (ax, ay) in zip(points, _label_offsets(points, x_range, y_range), strict=True):
        figure.add_annotation(x=x, y=y, ax=ax, ay=ay, text=escape(term), showarrow=True, arrowhead=0,
                              arrowwidth=0.6, arrowcolor="#888888", font={"size": 11}, standoff=3)
    for mark in (Z_MARK, -Z_MARK):
        figure.add_hline(y=mark, line={"dash": "dash", "color": NEUTRAL_COLOR, "width": 1})
    ticks = [v for v in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000)
             if x_range[0] <= math.log10(v) <= x_range[1]]
    figure.update_layout(
        title=title, plot_bgcolor="white", hovermode="closest", legend_title_text=what,
        height=PLOT_HEIGHT + 180, margin={"t": 60, "b": 60},
        xaxis={"title": f"count in {a} and {b} (log scale)", "type": "log", "gridcolor": "#eeeeee",
               "range": list(x_range), "tickvals": ticks},
        yaxis={"title": f"z-score: ← more in {b} · more in {a} →", "zeroline": True, "zerolinecolor": "#999999",
               "gridcolor": "#eeeeee", "range": list(y_range)},
    )
    return figure


def _label_offsets(
    points: list[tuple[str, float, float]], x_range: tuple[float, float], y_range: tuple[float, float]
) -> list[tuple[int, int]]:
    """Where each label goes, as a pixel offset from its point: the first of a few spots, away from zero, that
    does not cover a label already placed (the strongest words are placed first), else the least covered one.
    The plot is taken as PLOT_WIDTH x PLOT_HEIGHT pixels."""
    def box(label: str, x: float, y: float, ax: int, ay: int) -> tuple[float, float, float, float]:
        px = (x - x_range[0]) / (x_range[1] - x_range[0]) * PLOT_WIDTH + ax
        py = (y_range[1] - y) / (y_range[1] - y_range[0]) * PLOT_HEIGHT + ay
        half = 3.4 * len(label) + 3
        return px - half, py - 8, px + half, py + 8

    def overlap(one: tuple[float, ...], other: tuple[float, ...]) -> float:
        width = min(one[2], other[2]) - max(one[0], other[0])
        height = min(one[3], other[3]) - max(one[1], other[1])
        return max(width, 0) * max(height, 0)

    placed: list[tuple[float, float, float, float]] = []
    offsets: dict[int, tuple[int, int]] = {}
    for i in sorted(range(len(points)), key=lambda k: -abs(points[k][2])):
        label, x, y = points[i]
        away = -1 if y >= 0 else 1
        candidates = [(ax, away * ay) for ax, ay in LABEL_SPOTS]
        costs = [sum(overlap(box(label, x, y, ax, ay), other) for other in placed) for ax, ay in candidates]
        best = costs.index(min(costs))
        offsets[i] = candidates[best]
        placed.append(box(label, x, y, *candidates[best]))
    return [offsets[i] for i in range(len(points))]
