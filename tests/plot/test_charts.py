"""The bar charts in toolkit.plot: mentions per actor and attributions per speaker, checked through fig.to_dict()."""

import pandas as pd
import plotly.graph_objects as go
import pytest

import toolkit
from toolkit import plot
from toolkit.plot._network import TYPE_COLORS
from toolkit.speech import quote_counts, select_speaker

HOSTILE = '<img src=x onerror="alert(1)">'


@pytest.fixture(scope="module")
def actors(seed):
    return toolkit.actors(seed)


@pytest.fixture(scope="module")
def quotes(seed):
    return toolkit.quotes(seed)


@pytest.fixture(autouse=True)
def never_shown(monkeypatch):
    """A chart function returns its figure; showing it is the caller's business."""

    def refuse(*args, **kwargs):
        raise AssertionError("a plot function called show()")

    monkeypatch.setattr(go.Figure, "show", refuse)


def bars(fig: go.Figure) -> dict[str, tuple[str, int, str]]:
    """Every bar of a vertical bar chart: actor -> (trace name, height, hover text)."""
    return {x: (trace["name"], y, hover) for trace in fig.to_dict()["data"]
            for x, y, hover in zip(trace["x"], trace["y"], trace["hovertext"], strict=True)}


def test_both_charts_are_exported():
    assert {"mentions", "quotes"} <= set(plot.__all__)
    assert plot.mentions is toolkit.plot.mentions


# plot.mentions


def test_mentions_of_the_sample_article(actors):
    fig = plot.mentions(actors)
    layout = fig.to_dict()["layout"]
    assert layout["title"]["text"] == "Mentions per actor"
    assert layout["barmode"] == "stack"
    assert layout["xaxis"]["categoryarray"][:3] == ["United States", "Iran", "Ali Khamenei"]
    assert [t["name"] for t in fig.to_dict()["data"]] == ["person", "organization", "place", "group"]
    found = bars(fig)
    assert set(found) == set(actors.actor)
    assert sum(height for _, height, _ in found.values()) == actors.mentions.sum()
    assert found["Ali Khamenei"][:2] == ("person", 5)
    assert found["Ali Khamenei"][2] == ("<b>Ali Khamenei</b> (person)<br>5 mentions<br>as: Ali Khamenei, Khamenei"
                                        "<br>roles: Supreme Leader, Ayatollah")
    assert found["Pentagon"][2] == "<b>Pentagon</b> (organization)<br>1 mention<br>as: Pentagon"
    colours = {t["name"]: t["marker"]["color"] for t in fig.to_dict()["data"]}
    assert colours == {kind: TYPE_COLORS[kind] for kind in colours}


def test_mentions_ties_keep_the_order_of_first_mention(actors):
    order = plot.mentions(actors).to_dict()["layout"]["xaxis"]["categoryarray"]
    once = [name for name in order if int(actors.set_index("actor").loc[name, "mentions"]) == 1]
    assert once == list(actors[actors.mentions == 1].sort_values("first_start").actor)


def test_mentions_top(actors):
    assert plot.mentions(actors, top=3).to_dict()["layout"]["xaxis"]["categoryarray"] == [
        "United States", "Iran", "Ali Khamenei"]
    assert set(bars(plot.mentions(actors, top=3))) == {"United States", "Iran", "Ali Khamenei"}
    assert len(bars(plot.mentions(actors, top=None))) == len(actors)


def test_mentions_is_deterministic(seed, actors):
    assert plot.mentions(actors).to_dict() == plot.mentions(toolkit.actors(seed)).to_dict()


def test_mentions_escapes_article_text():
    table = pd.DataFrame({"actor": [HOSTILE], "type": ["<i>person</i>"], "mentions": [2],
                          "aliases": [[HOSTILE, "A & B"]], "roles": [["<script>x</script>"]], "first_start": [0]})
    data = plot.mentions(table).to_dict()
    text = str(data["data"]) + str(data["layout"]["xaxis"])
    assert "<img" not in text and "<script>" not in text and "<i>" not in text
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in text
    assert "A &amp; B" in data["data"][0]["hovertext"][0]


def test_mentions_of_an_article_without_actors():
    fig = plot.mentions(toolkit.actors("nothing to see here."))
    assert fig.to_dict()["data"] == []
    assert fig.to_dict()["layout"]["annotations"][0]["text"] == "no actors in the article"


def test_mentions_needs_only_actor_type_and_mentions():
    fig = plot.mentions(pd.DataFrame({"actor": ["B", "A"], "type": ["place", "person"], "mentions": [1, 1]}))
    assert fig.to_dict()["layout"]["xaxis"]["categoryarray"] == ["B", "A"]
    assert bars(fig)["A"] == ("person", 1, "<b>A</b> (person)<br>1 mention")


@pytest.mark.parametrize("bad", [["not", "a", "table"], None, "Ali Khamenei"])
def test_mentions_refuses_what_is_not_a_dataframe(bad):
    with pytest.raises(toolkit.InputError, match=r"plot\.mentions\(\)"):
        plot.mentions(bad)


def test_mentions_refuses_a_table_without_its_columns(actors, quotes):
    with pytest.raises(toolkit.InputError, match="missing mentions"):
        plot.mentions(actors.drop(columns="mentions"))
    with pytest.raises(toolkit.InputError, match=r"plot\.mentions\(\).*missing type, mentions"):
        plot.mentions(quotes)


@pytest.mark.parametrize("top", [0, -1, 2.5, True, "5"])
def test_mentions_refuses_a_bad_top(actors, top):
    with pytest.raises(toolkit.InputError, match="top"):
        plot.mentions(actors, top=top)


def test_mentions_options_are_keyword_only(actors):
    with pytest.raises(TypeError):
        plot.mentions(actors, 3)


# plot.quotes


def test_quotes_of_the_sample_article(quotes):
    data = plot.quotes(quotes).to_dict()
    direct, reported = data["data"]
    assert (direct["name"], reported["name"]) == ("direct", "reported")
    assert direct["orientation"] == reported["orientation"] == "h"
    speakers = ["Ali Khamenei", "Hassan Rouhani", "Iran", "John Bolton", "Patrick Shanahan", "Pentagon"]
    assert direct["y"] == reported["y"] == speakers
    assert direct["x"] == [2, 0, 0, 0, 0, 0]
    assert reported["x"] == [3, 1, 1, 1, 1, 1]
    assert sum(direct["x"]) + sum(reported["x"]) == len(quotes)
    assert direct["hovertext"][0] == "<b>Ali Khamenei</b>: 2 direct"
    assert reported["hovertext"][0] == "<b>Ali Khamenei</b>: 3 reported (indirect or mixed)"
    layout = data["layout"]
    assert layout["title"]["text"] == "Attributions per speaker"
    assert layout["barmode"] == "stack"
    assert layout["yaxis"]["autorange"] == "reversed"  # the most quoted on top
    assert layout["height"] == 200 + 30 * len(speakers)


def test_quotes_from_counts_or_table_is_the_same_figure(quotes):
    assert plot.quotes(quote_counts(quotes)).to_dict() == plot.quotes(quotes).to_dict()


def test_quotes_of_one_speaker_and_top(quotes):
    one = plot.quotes(select_speaker(quotes, "Ali Khamenei")).to_dict()["data"]
    assert [(t["y"], t["x"]) for t in one] == [(["Ali Khamenei"], [2]), (["Ali Khamenei"], [3])]
    two = plot.quotes(quotes, top=2).to_dict()["data"]
    assert two[0]["y"] == ["Ali Khamenei", "Hassan Rouhani"]
    assert len(plot.quotes(quotes, top=None).to_dict()["data"][0]["y"]) == 6


def test_quotes_is_deterministic(seed, quotes):
    assert plot.quotes(quotes).to_dict() == plot.quotes(toolkit.quotes(seed)).to_dict()


def test_quotes_escapes_article_text():
    table = pd.DataFrame({"kind": ["direct", "mixed", "indirect"], "speaker": ["he", HOSTILE, ""],
                          "actor": [HOSTILE, "", ""]})
    data = plot.quotes(table).to_dict()["data"]
    assert "<img" not in str(data)
    assert data[0]["y"] == ["&lt;img src=x onerror=&quot;alert(1)&quot;&gt;", "(no speaker)"]
    assert data[0]["x"] == [1, 0] and data[1]["x"] == [1, 1]


def test_quotes_without_attributions(quotes):
    fig = plot.quotes(quotes.iloc[:0])
    assert fig.to_dict()["data"] == []
    assert fig.to_dict()["layout"]["annotations"][0]["text"] == "no attributions in the article"


@pytest.mark.parametrize("bad", [{"kind": ["direct"]}, None, 42])
def test_quotes_refuses_what_is_not_a_dataframe(bad):
    with pytest.raises(toolkit.InputError, match=r"plot\.quotes\(\)"):
        plot.quotes(bad)


def test_quotes_refuses_a_table_without_its_columns(quotes, actors):
    with pytest.raises(toolkit.InputError, match="missing kind"):
        plot.quotes(quotes.drop(columns="kind"))
    with pytest.raises(toolkit.InputError, match=r"plot\.quotes\(\)"):
        plot.quotes(actors)


@pytest.mark.parametrize("top", [0, 1.0, False])
def test_quotes_refuses_a_bad_top(quotes, top):
    with pytest.raises(toolkit.InputError, match="top"):
        plot.quotes(quotes, top=top)


def test_quotes_options_are_keyword_only(quotes):
    with pytest.raises(TypeError):
        plot.quotes(quotes, 3)
