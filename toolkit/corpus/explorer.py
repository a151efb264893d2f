"""The corpus dashboard: outlets, a date range, actor types, minimum weight and top-N controls over the corpus
network, the co-occurrence matrix, the tag cloud and the table of who is quoted.

The callbacks are plain functions (:func:`figures`, :func:`quote_table`, :func:`settings_from`, :func:`refresh`) so
they are tested without a browser; ``toolkit.widgets.explore_corpus`` opens it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import ipywidgets as w
import pandas as pd
import plotly.graph_objects as go

from toolkit.corpus import views
from toolkit.corpus.analysis import CorpusAnalysis
from toolkit.errors import InputError
from toolkit.lexicon import type_names
from toolkit.plot import cooccurrence_matrix, network, tag_cloud
from toolkit.widgets import redraw

if TYPE_CHECKING:
    from collections.abc import Mapping

ACTOR_TYPES = type_names()
TABLE_COLUMNS = ["speaker", "type", "direct", "reported", "quotes", "articles", "outlets"]


@dataclass(frozen=True)
class Settings:
    """What the corpus dashboard's controls say: ``outlets`` (None: all), ``start`` and ``end`` dates (None: open),
    actor ``types``, the network's ``min_weight``, ``top`` (actors in the network, matrix and table; four times as
    many words in the cloud) and the layout ``seed``."""

    outlets: tuple[str, ...] | None = None
    start: date | None = None
    end: date | None = None
    types: tuple[str, ...] = ACTOR_TYPES
    min_weight: int = 1
    top: int = 15
    seed: int = 7


def selection(result: CorpusAnalysis, *, settings: Settings = Settings()) -> CorpusAnalysis:
    """The articles the settings keep (their outlets and dates), as a sub-corpus.

    >>> corpus = CorpusAnalysis(tables={"articles": pd.DataFrame({"id": [0, 1], "outlet": ["A", "B"]})})
    >>> selection(corpus, settings=Settings(outlets=("B",))).articles["id"].tolist()
    [1]
    """
    return views.select(result, outlets=settings.outlets, start=settings.start, end=settings.end)


def _types(settings: Settings) -> tuple[str, ...] | None:
    """The actor types to keep; None when every type is ticked (so actors of no known type stay too)."""
    return None if set(settings.types) >= set(ACTOR_TYPES) else settings.types


def figures(result: CorpusAnalysis, *, settings: Settings = Settings()) -> dict[str, go.Figure]:
    """The network, matrix and cloud for these settings (the callback behind every control).

    >>> import toolkit
    >>> one = toolkit.analyze_corpus([toolkit.reading.sources.sample_path()], progress=False)
    >>> sorted(figures(one, settings=Settings(types=("person",), top=5)))
    ['cloud', 'matrix', 'network']
    """
    chosen = selection(result, settings=settings)
    edges = views.corpus_edges(chosen, types=_types(settings))
    words = views.corpus_terms(chosen, top=settings.top * 4)
    return {
        "network": network(edges, min_weight=settings.min_weight, top=settings.top, seed=settings.seed)
        .update_layout(width=560, height=460),
        "matrix": cooccurrence_matrix(edges, min_weight=settings.min_weight, top=settings.top)
        .update_layout(width=460, height=460),
        "cloud": tag_cloud(words, seed=settings.seed, width=640, height=360),
    }


def quote_table(result: CorpusAnalysis, *, settings: Settings = Settings()) -> pd.DataFrame:
    """Who gets a voice in the selection: the ``top`` most quoted actors of the chosen types with their direct and
    reported attributions, and the articles and outlets quoting them.

    >>> quotes = pd.DataFrame({"article": [0, 1], "kind": ["direct", "indirect"], "speaker": ["Trump", "WHO"],
    ...                        "actor": ["Donald Trump", "WHO"]})
    >>> actors = pd.DataFrame({"article": [0, 1], "actor": ["Donald Trump", "WHO"],
    ...                        "type": ["person", "organization"], "mentions": [1, 1]})
    >>> corpus = CorpusAnalysis(tables={"articles": pd.DataFrame({"id": [0, 1], "outlet": ["A", "B"]}),
    ...                                 "quotes": quotes, "actors": actors})
    >>> quote_table(corpus, settings=Settings(types=("organization",)))[["speaker", "reported"]].values.tolist()
    [['WHO', 1]]
    """
    chosen = selection(result, settings=settings)
    return views.voices(chosen, types=_types(settings)).head(settings.top).reset_index()[TABLE_COLUMNS]


def table_html(table: pd.DataFrame) -> str:
    """The quote table as an HTML table, every cell escaped (names come from the articles).

    >>> "&lt;b&gt;" in table_html(pd.DataFrame({"speaker": ["<b>"]}))
    True
    """
    if table.empty:
        return "<p><i>No attributions to actors of these types in the selection.</i></p>"
    return table.to_html(index=False, escape=True, border=0, classes="toolkit-quotes")


def refresh(targets: Mapping[str, go.FigureWidget | w.HTML], result: CorpusAnalysis, settings: Settings) -> None:
    """Redraw each figure widget in place for ``settings`` and rewrite the quote table (``targets["quotes"]``)."""
    redraw(targets, figures(result, settings=settings))
    targets["quotes"].value = table_html(quote_table(result, settings=settings))


def _days(result: CorpusAnalysis) -> list[date]:
    """Every day from the first dated article to the last (empty when none is dated)."""
    published = pd.to_datetime(result.articles["published"], utc=True).dropna() if len(result.articles) else []
    if not len(published):
        return []
    return [stamp.date() for stamp in pd.date_range(published.min().normalize(), published.max().normalize())]


def _day(value: date | str | None) -> date | None:
    return None if value is None else pd.Timestamp(value).date()


def controls_for(result: CorpusAnalysis, settings: Settings = Settings()) -> dict[str, w.ValueWidget]:
    """The dashboard's controls for this corpus (its outlets, its days), set to ``settings``."""
    every = views.outlets(result)
    unknown = [name for name in settings.outlets or () if name not in every]
    if unknown:
        raise InputError(f"explore_corpus(): no outlet named {', '.join(map(repr, unknown))} in the corpus")
    controls: dict[str, w.ValueWidget] = {
        "outlets": w.SelectMultiple(options=every, value=tuple(every if settings.outlets is None else settings.outlets),
                                    rows=min(max(len(every), 2), 8), description="outlets"),
    }
    days = _days(result)
    if days:
        start, end = _day(settings.start), _day(settings.end)
        first = 0 if start is None else next((i for i, d in enumerate(days) if d >= start), len(days) - 1)
        last = len(days) - 1 if end is None else max((i for i, d in enumerate(days) if d <= end), default=0)
        controls["dates"] = w.SelectionRangeSlider(options=[(d.isoformat(), d) for d in days],
                                                   index=(min(first, last), last), description="dates",
                                                   layout={"width": "480px"})
    else:
        controls["dates"] = w.SelectionRangeSlider(options=[("no dates", None)], index=(0, 0), description="dates",
                                                   disabled=True)
    for kind in ACTOR_TYPES:
        controls[kind] = w.Checkbox(value=kind in settings.types, description=kind, indent=False)
    controls["min_weight"] = w.IntSlider(value=settings.min_weight, min=1, max=10, description="min weight")
    controls["top"] = w.IntSlider(value=settings.top, min=2, max=40, description="top N")
    return controls


def settings_from(controls: Mapping[str, w.ValueWidget], seed: int = Settings.seed) -> Settings:
    """Read the controls into :class:`Settings`: every outlet picked reads as None (all), the date slider at
    either end as an open range; the layout ``seed`` is no control, pass it through."""
    picked = tuple(controls["outlets"].value)
    outlets = None if set(picked) >= set(controls["outlets"].options) else picked
    dates = controls["dates"]
    first, last = dates.index
    start = None if first == 0 else dates.value[0]
    end = None if last == len(dates.options) - 1 else dates.value[1]
    types = tuple(kind for kind in ACTOR_TYPES if controls[kind].value)
    return Settings(outlets=outlets, start=start, end=end, types=types, min_weight=controls["min_weight"].value,
                    top=controls["top"].value, seed=seed)


def explore_corpus(result: CorpusAnalysis | None = None, *, settings: Settings = Settings()) -> w.VBox:
    """One dashboard over a corpus run (by default the sample corpus, analysed first: about half a minute): pick
    outlets, dates, actor types, minimum weight and top N; the network, matrix, cloud and quote table follow."""
    if result is None:
        from toolkit.corpus.run import analyze_corpus

        result = analyze_corpus()
    if not isinstance(result, CorpusAnalysis):
        raise InputError(f"explore_corpus() takes the result of toolkit.analyze_corpus(), not {type(result).__name__}")
    controls = controls_for(result, settings)
    targets: dict[str, go.FigureWidget | w.HTML] = {
        name: go.FigureWidget(figure) for name, figure in figures(result, settings=settings).items()
    }
    targets["quotes"] = w.HTML(table_html(quote_table(result, settings=settings)))

    def on_change(_change: object) -> None:
        refresh(targets, result, settings_from(controls, settings.seed))

    for control in controls.values():
        control.observe(on_change, names="value")
    picks = w.HBox([controls["outlets"], w.VBox([controls["dates"], controls["min_weight"], controls["top"]])])
    types = w.HBox([controls[kind] for kind in ACTOR_TYPES])
    plots = w.HBox([targets["network"], targets["matrix"]])
    return w.VBox([w.VBox([picks, types]), plots, w.HBox([targets["cloud"], targets["quotes"]])])
