"""Corpus figures over real corpus views (Sputnik News and Reuters from the sample corpus): the log-odds scatter
labels each outlet's words on its side, voices and shares add up, mentions follow the weeks; the one-article plots
take the corpus tables as they are; article text is escaped; bad tables are refused."""

import pandas as pd
import pytest

import toolkit
from toolkit import InputError, plot
from toolkit.corpus import views
from toolkit.corpus.run import sample_corpus_path
from toolkit.plot._corpus import SIDE_COLORS
from toolkit.plot._network import TYPE_COLORS

OUTLETS = ("Sputnik News", "Reuters")


@pytest.fixture(scope="module")
def corpus():
    """The sample corpus's Sputnik News and Reuters articles (22), analysed once."""
    sample = pd.read_csv(sample_corpus_path(), dtype=str, keep_default_na=False)
    return toolkit.analyze_corpus(sample[sample["publisher"].isin(OUTLETS)], text_column="body_text", progress=False)


def traces(figure) -> dict[str, dict]:
    return {trace["name"]: trace for trace in figure.to_dict()["data"]}


def test_log_odds_scatter_labels_each_outlets_words_on_its_side(corpus):
    table = views.log_odds(corpus, *OUTLETS)
    figure = plot.log_odds(table, top=5)
    assert figure.to_json() == plot.log_odds(table, top=5).to_json()
    shown = traces(figure)
    assert list(shown) == ["more in Sputnik News", "more in Reuters", "no clear difference"]
    ours, theirs = shown["more in Sputnik News"], shown["more in Reuters"]
    assert ours["marker"]["color"] == SIDE_COLORS[0] and theirs["marker"]["color"] == SIDE_COLORS[1]
    assert min(ours["y"]) > 1.96 and max(theirs["y"]) < -1.96
    labels = {name: [t for t in trace["text"] if t] for name, trace in shown.items()}
    assert labels["more in Sputnik News"] == table.head(5)["term"].tolist()
    assert "Reuters" in labels["more in Reuters"] and len(labels["more in Reuters"]) == 5
    assert not labels["no clear difference"]
    notes = {note["text"]: note for note in figure.to_dict()["layout"]["annotations"]}
    assert set(notes) == set(labels["more in Sputnik News"]) | set(labels["more in Reuters"])
    assert notes["lockdown"]["ay"] < 0 < notes["Reuters"]["ay"]  # each label on its own side of zero
    at = ours["text"].index("lockdown")
    row = table.set_index("term").loc["lockdown"]
    assert ours["x"][at] == row["count_a"] + row["count_b"] and ours["y"][at] == pytest.approx(row["z"])
    layout = figure.to_dict()["layout"]
    assert layout["xaxis"]["type"] == "log"
    assert layout["yaxis"]["title"]["text"] == "z-score: ← more in Reuters · more in Sputnik News →"
    assert "Sputnik News and Reuters" in layout["title"]["text"]
    actors = plot.log_odds(views.log_odds(corpus, *OUTLETS, kind="actors"), top=3)
    assert actors.layout.title.text.startswith("Actors") and actors.layout.legend.title.text == "actors"


def test_log_odds_escapes_terms_and_names():
    table = pd.DataFrame({"term": ["<img src=x onerror=alert(1)>", "calm"], "count_a": [9, 3], "count_b": [0, 3],
                          "z": [3.0, 0.0]})
    figure = plot.log_odds(table, names=("<b>A</b>", "B & Co"))
    text = figure.to_json()
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "more in &lt;b&gt;A&lt;/b&gt;" in traces(figure) and "B &amp; Co" in figure.layout.yaxis.title.text
    with pytest.raises(InputError, match="needs the columns term, count_a, count_b, z"):
        plot.log_odds(table.drop(columns="z"))
    with pytest.raises(InputError, match="top="):
        plot.log_odds(table, top=-1)
    empty = plot.log_odds(table.iloc[:0], names=("A", "B"))
    assert not empty.data and empty.layout.annotations[0].text == "no words to compare"


def test_voices_per_speaker_and_per_outlet(corpus):
    speakers = views.voices(corpus)
    figure = plot.voices(speakers, top=5)
    direct, reported = figure.to_dict()["data"]
    assert direct["name"] == "direct" and list(direct["y"]) == speakers.index[:5].tolist()
    assert list(direct["x"]) == speakers["direct"].head(5).tolist()
    assert list(reported["x"]) == speakers["reported"].head(5).tolist()
    assert f"{speakers['type'].iloc[0]}, {speakers['articles'].iloc[0]} articles" in direct["hovertext"][0]
    assert figure.layout.title.text == "Attributions per speaker"
    outlets = views.voices_by_outlet(corpus)
    per_outlet = plot.voices(outlets)
    assert per_outlet.layout.title.text == "Attributions per outlet"
    bars = per_outlet.to_dict()["data"]
    assert sorted(bars[0]["y"]) == sorted(OUTLETS)
    assert sum(bars[0]["x"]) + sum(bars[1]["x"]) == (~corpus.quotes["negated"]).sum()  # negated ones are no voice
    # the one-article chart takes the corpus table too
    assert [list(t.y) for t in plot.quotes(speakers, top=3).data][0] == speakers.index[:3].tolist()
    with pytest.raises(InputError, match="needs the columns direct, reported"):
        plot.voices(outlets.drop(columns="direct"))
    with pytest.raises(InputError, match="top=None or a whole number"):
        plot.voices(outlets, top=0)


def test_voice_shares_bars_add_to_a_hundred(corpus):
    shares = views.voice_shares(corpus)
    figure = plot.voice_shares(shares)
    bars = traces(figure)
    assert list(bars) == ["person", "organization", "place", "group", "unresolved"]
    assert bars["person"]["marker"]["color"] == TYPE_COLORS["person"]
    for i, outlet in enumerate(bars["person"]["y"]):
        assert sum(bar["x"][i] for bar in bars.values()) == pytest.approx(100, abs=0.3)
        quotes = views.voices_by_outlet(corpus).loc[outlet, "quotes"]
        assert f"({bars['person']['x'][i]:g}%)" in bars["person"]["hovertext"][i] and quotes > 0
    whole = plot.voice_shares(views.voice_shares(corpus, per_outlet=False))
    assert list(whole.data[0].y) == ["all outlets"]
    with pytest.raises(InputError, match="needs the columns type, quotes, share"):
        plot.voice_shares(shares.drop(columns="share"))


def test_mentions_over_time_one_line_per_actor(corpus):
    table = views.mentions_over_time(corpus, top=3)
    figure = plot.mentions_over_time(table)
    lines = figure.to_dict()["data"]
    assert [line["name"] for line in lines] == list(dict.fromkeys(table["actor"]))
    for line in lines:
        rows = table[table["actor"] == line["name"]]
        assert list(line["y"]) == rows["mentions"].tolist()
    assert figure.layout.title.text == "Mentions per week" and figure.layout.yaxis.title.text == "mentions"
    assert len(plot.mentions_over_time(table, top=1).data) == 1
    odd = pd.DataFrame({"actor": ["<i>x</i>"], "period": [pd.Timestamp("2020-03-02")], "mentions": [1]})
    assert "<i>" not in plot.mentions_over_time(odd).to_json()
    with pytest.raises(InputError, match="needs the columns actor, period, mentions"):
        plot.mentions_over_time(table.drop(columns="period"))


def test_one_article_plots_take_the_corpus_tables(corpus):
    edges = views.corpus_edges(corpus)
    network = plot.network(edges, top=10)
    nodes = [name for trace in network.data if trace.mode == "markers+text" for name in trace.text]
    assert len(nodes) == 10 and "United States" in nodes
    hover = next(trace for trace in network.data if trace.name == "edges").hovertext
    assert any(text.startswith(f"<b>{edges.source[0]} – {edges.target[0]}</b>: {edges.weight[0]}") for text in hover)
    matrix = plot.cooccurrence_matrix(edges, top=8)
    assert len(matrix.data[0].x) == 8
    cloud = plot.tag_cloud(views.corpus_terms(corpus, outlet="Reuters", top=40))
    assert "Reuters" in set(cloud.data[0].text)
    bars = plot.mentions(views.actor_table(corpus), top=4)
    assert list(bars.layout.xaxis.categoryarray) == views.actor_table(corpus)["actor"].head(4).tolist()
