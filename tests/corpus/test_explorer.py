"""The corpus dashboard over three outlets of the sample corpus: its callbacks are plain functions (figures, the
quote table, settings read from the controls, refresh in place) and the widget redraws when a control moves."""

from datetime import date
from html import escape

import pandas as pd
import pytest

import toolkit
from toolkit import InputError
from toolkit.corpus import views
from toolkit.corpus.explorer import (
    Settings,
    controls_for,
    figures,
    quote_table,
    refresh,
    selection,
    settings_from,
    table_html,
)
from toolkit.corpus.run import sample_corpus_path
from toolkit.speech.tables import said

OUTLETS = ("RT News", "Reuters", "Press TV")


@pytest.fixture(scope="module")
def corpus():
    """The sample corpus's RT News, Reuters and Press TV articles (24), analysed once."""
    sample = pd.read_csv(sample_corpus_path(), dtype=str, keep_default_na=False)
    return toolkit.analyze_corpus(sample[sample["publisher"].isin(OUTLETS)], text_column="body_text", progress=False)


def nodes(figure) -> list[str]:
    return [name for trace in figure.data if trace.mode == "markers+text" for name in trace.text]


def test_figures_follow_outlets_types_and_top(corpus):
    everything = figures(corpus, settings=Settings(top=40))
    assert sorted(everything) == ["cloud", "matrix", "network"]
    rt = figures(corpus, settings=Settings(outlets=("RT News",), top=40))
    rt_actors = {escape(a) for a in views.actor_table(views.select(corpus, outlets="RT News"))["actor"]}
    assert set(nodes(rt["network"])) <= rt_actors and set(nodes(everything["network"])) - rt_actors
    assert len(nodes(figures(corpus, settings=Settings(top=3))["network"])) == 3
    people = figures(corpus, settings=Settings(types=("person",), top=40))["network"]
    assert {trace.name for trace in people.data if trace.mode == "markers+text"} == {"person"}
    strong = figures(corpus, settings=Settings(min_weight=3, top=40))["network"]
    edges = views.corpus_edges(corpus)
    assert set(nodes(strong)) == {escape(a) for a in edges[edges.weight >= 3][["source", "target"]].stack()}
    assert len(figures(corpus, settings=Settings(top=5))["matrix"].data[0].x) == 5
    cloud_words = set(rt["cloud"].data[0].text)
    assert "Moscow" in cloud_words and cloud_words <= set(views.corpus_terms(corpus, outlet="RT News")["term"])


def test_quote_table_follows_outlets_dates_and_types(corpus):
    settings = Settings(outlets=("Reuters", "Press TV"), start=date(2020, 5, 19), end=date(2020, 5, 21), top=100)
    kept = selection(corpus, settings=settings)
    dates = pd.to_datetime(kept.articles["published"], utc=True)
    assert set(kept.articles["outlet"]) <= {"Reuters", "Press TV"} and len(kept.articles)
    assert dates.min() >= pd.Timestamp("2020-05-19", tz="UTC") and dates.max() < pd.Timestamp("2020-05-22", tz="UTC")
    table = quote_table(corpus, settings=settings)
    voiced = said(kept.quotes)
    voiced = voiced[voiced["actor"] != ""]
    assert len(voiced) < len(kept.quotes[kept.quotes["actor"] != ""])  # a negated attribution is not counted
    assert table["quotes"].sum() == len(voiced) and set(table["speaker"]) == set(voiced["actor"])
    organisations = quote_table(corpus, settings=Settings(types=("organization",), top=3))
    assert len(organisations) == 3 and set(organisations["type"]) == {"organization"}
    html = table_html(table)
    assert html.count("<tr") == len(table) + 1 and "<th>reported</th>" in html


def test_nothing_selected_gives_empty_figures(corpus):
    none = Settings(outlets=())
    shown = figures(corpus, settings=none)
    assert nodes(shown["network"]) == [] and shown["cloud"].layout.annotations
    assert quote_table(corpus, settings=none).empty
    assert "No attributions" in table_html(quote_table(corpus, settings=none))


def test_controls_round_trip(corpus):
    settings = Settings(outlets=("RT News", "Reuters"), start=date(2020, 5, 9), end=date(2020, 5, 20),
                        types=("person", "organization"), min_weight=2, top=5, seed=3)
    controls = controls_for(corpus, settings)
    assert settings_from(controls, seed=3) == settings
    assert controls["dates"].options[0][1] == date(2020, 5, 8) and controls["dates"].options[-1][1] == date(2020, 5, 24)
    assert settings_from(controls_for(corpus)) == Settings()
    with pytest.raises(InputError, match="no outlet named 'CNN'"):
        controls_for(corpus, Settings(outlets=("CNN",)))


def test_widget_redraws_when_a_control_moves(corpus):
    box = toolkit.widgets.explore_corpus(corpus, settings=Settings(top=20))
    picks, types = box.children[0].children
    outlets, (_, _, top) = picks.children[0], picks.children[1].children
    network, matrix = box.children[1].children
    cloud, quotes = box.children[2].children
    assert set(outlets.value) == set(OUTLETS) and len(types.children) == 4
    before, table_before = network.to_json(), quotes.value
    top.value = 3
    assert network.to_json() != before and len(nodes(network)) == 3
    outlets.value = ("Press TV",)
    assert quotes.value != table_before
    assert quotes.value == table_html(quote_table(corpus, settings=Settings(outlets=("Press TV",), top=3)))
    refresh({"network": network, "matrix": matrix, "cloud": cloud, "quotes": quotes}, corpus, Settings(top=2))
    assert len(nodes(network)) == 2
    with pytest.raises(InputError, match="analyze_corpus"):
        toolkit.widgets.explore_corpus(corpus.articles)
