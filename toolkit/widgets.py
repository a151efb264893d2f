"""The explorer dashboard: actor types, window, minimum weight and top-N controls over the network, matrix and cloud.

The callbacks are plain functions (:func:`figures`, :func:`refresh`) so they are tested without a browser.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import ipywidgets as w
import plotly.graph_objects as go

from toolkit.article import Article, as_article
from toolkit.explore import cooccurrence, terms
from toolkit.lexicon import type_names
from toolkit.plot import cooccurrence_matrix, network, tag_cloud
from toolkit.reading import load_article

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from toolkit.corpus.analysis import CorpusAnalysis
    from toolkit.corpus.explorer import Settings as CorpusSettings

ACTOR_TYPES = type_names()
WINDOWS = {"sentence": "sentence", "paragraph": "paragraph", "10 tokens": 10, "25 tokens": 25}


@dataclass(frozen=True)
class Settings:
    """What the dashboard's controls say."""

    types: tuple[str, ...] = ACTOR_TYPES
    window: str = "sentence"
    min_weight: int = 1
    top: int = 15
    cloud: str = "keywords"
    demonyms: bool = False
    seed: int = 7


def figures(article: Article | str | Doc, *, settings: Settings = Settings()) -> dict[str, go.Figure]:
    """The three figures for these settings (the callback behind every control).

    >>> from toolkit import load_article
    >>> figs = figures(load_article(), settings=Settings(types=("person",)))
    >>> sorted(figs)
    ['cloud', 'matrix', 'network']
    """
    edges = cooccurrence(article, window=WINDOWS[settings.window], types=settings.types, demonyms=settings.demonyms)
    cloud_terms = terms(article, kind=settings.cloud, demonyms=settings.demonyms).head(settings.top * 4)
    return {
        "network": network(edges, min_weight=settings.min_weight, top=settings.top, seed=settings.seed)
        .update_layout(width=560, height=460),
        "matrix": cooccurrence_matrix(edges, min_weight=settings.min_weight, top=settings.top)
        .update_layout(width=460, height=460),
        "cloud": tag_cloud(cloud_terms, seed=settings.seed),
    }


def refresh(targets: dict[str, go.FigureWidget], article: Article, settings: Settings) -> None:
    """Redraw each figure widget in place with the figures for ``settings``."""
    redraw(targets, figures(article, settings=settings))


def redraw(targets: Mapping[str, Any], drawn: dict[str, go.Figure]) -> None:
    """Put each new figure into the figure widget of the same name, in place (the page keeps its layout)."""
    for name, figure in drawn.items():
        target = targets[name]
        with target.batch_update():
            target.data = ()
            target.add_traces(list(figure.data))
            target.layout = figure.layout


def settings_from(controls: dict[str, w.ValueWidget], seed: int = Settings.seed) -> Settings:
    """Read the controls into :class:`Settings` (the layout ``seed`` is not a control: pass it through)."""
    types = tuple(kind for kind in ACTOR_TYPES if controls[kind].value)
    return Settings(types=types, window=controls["window"].value, min_weight=controls["min_weight"].value,
                    top=controls["top"].value, cloud=controls["cloud"].value,
                    demonyms=controls["demonyms"].value, seed=seed)


def controls_for(settings: Settings = Settings()) -> dict[str, w.ValueWidget]:
    """The dashboard's controls, set to ``settings``."""
    controls: dict[str, w.ValueWidget] = {kind: w.Checkbox(value=kind in settings.types, description=kind, indent=False)
                                          for kind in ACTOR_TYPES}
    controls["window"] = w.Dropdown(options=list(WINDOWS), value=settings.window, description="window")
    controls["min_weight"] = w.IntSlider(value=settings.min_weight, min=1, max=10, description="min weight")
    controls["top"] = w.IntSlider(value=settings.top, min=2, max=40, description="top N")
    controls["cloud"] = w.Dropdown(options=["keywords", "entities", "tags"], value=settings.cloud, description="cloud")
    controls["demonyms"] = w.Checkbox(value=settings.demonyms, description="demonyms as places", indent=False)
    return controls


def explore(article: Article | str | Doc | None = None, *, settings: Settings = Settings()) -> w.VBox:
    """One dashboard over an article (the embedded one by default; a string or Doc taken as it is): change a
    control, the figures follow.

    >>> box = explore()
    >>> len(box.children)
    3
    """
    article = load_article() if article is None else as_article(article)
    controls = controls_for(settings)
    targets = {name: go.FigureWidget(figure) for name, figure in figures(article, settings=settings).items()}

    def on_change(_change: object) -> None:
        refresh(targets, article, settings_from(controls, settings.seed))

    for control in controls.values():
        control.observe(on_change, names="value")
    types = w.HBox([controls[kind] for kind in ACTOR_TYPES] + [controls["demonyms"]])
    sliders = w.HBox([controls["window"], controls["min_weight"], controls["top"], controls["cloud"]])
    plots = w.HBox([targets["network"], targets["matrix"]])
    return w.VBox([w.VBox([types, sliders]), plots, targets["cloud"]])


def explore_corpus(result: CorpusAnalysis | None = None, *, settings: CorpusSettings | None = None) -> w.VBox:
    """The dashboard over a corpus run (``toolkit.analyze_corpus(...)``; by default the sample corpus, analysed
    first): outlets, dates, actor types, minimum weight and top N; the corpus network, matrix, tag cloud and the
    table of who is quoted follow. Its callbacks live in ``toolkit.corpus.explorer``, imported on first use."""
    from toolkit.corpus import explorer

    return explorer.explore_corpus(result, settings=explorer.Settings() if settings is None else settings)
