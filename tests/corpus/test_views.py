"""Corpus views over the shipped sample corpus: sub-corpora by outlet and date, actors, mentions over time, voices,
the corpus network and keywords add up to the per-article tables; the weighted log-odds puts each outlet's own
words on its side."""

import math

import numpy as np
import pandas as pd
import pytest

import toolkit
from toolkit import InputError
from toolkit.corpus import CorpusAnalysis
from toolkit.corpus.views import (
    actor_table,
    corpus_edges,
    corpus_terms,
    log_odds,
    mentions_over_time,
    outlets,
    select,
    voice_shares,
    voices,
    voices_by_outlet,
)
from toolkit.speech.tables import said

PER_ARTICLE = ("entities", "actors", "quotes", "cooccurrence", "terms")


@pytest.fixture(scope="module")
def corpus() -> CorpusAnalysis:
    """The 60 sample articles from 7 outlets, analysed once (about half a minute)."""
    return toolkit.analyze_corpus(progress=False)


def published(corpus: CorpusAnalysis) -> pd.Series:
    return pd.Series(corpus.articles["published"].to_numpy(), index=corpus.articles["id"])


def test_select_by_outlet_keeps_every_table_of_those_articles(corpus):
    assert outlets(corpus)[0] == "Sputnik News" and len(outlets(corpus)) == 7
    two = select(corpus, outlets=["Sputnik News", "Reuters"])
    assert sorted(set(two.articles["outlet"])) == ["Reuters", "Sputnik News"] and len(two.articles) == 22
    ids = set(two.articles["id"])
    for name in PER_ARTICLE:
        kept, whole = two.table(name), corpus.table(name)
        assert set(kept["article"]) <= ids
        assert len(kept) == int(whole["article"].isin(ids).sum()) > 0
    assert len(select(corpus, outlets="RT News").articles) == 8
    assert select(corpus, outlets=[]).articles.empty and select(corpus, outlets=[]).quotes.empty
    everything = select(corpus)
    assert all(len(everything.table(name)) == len(corpus.table(name)) for name in (*PER_ARTICLE, "articles"))


def test_select_by_date_keeps_only_articles_in_range(corpus):
    dates = published(corpus)
    march = select(corpus, start="2020-03-26", end="2020-04-16")
    kept = pd.to_datetime(march.articles["published"], utc=True)
    assert kept.notna().all()
    assert kept.min() >= pd.Timestamp("2020-03-26", tz="UTC") and kept.max() < pd.Timestamp("2020-04-17", tz="UTC")
    expected = dates[(dates >= pd.Timestamp("2020-03-26", tz="UTC")) & (dates <= pd.Timestamp("2020-04-16", tz="UTC"))]
    assert sorted(march.articles["id"]) == sorted(expected.index) and len(expected) == 6
    assert set(march.quotes["article"]) <= set(expected.index)
    # an end with a time of day is exact: the two articles of 16 April (midnight UTC) fall out just before it
    before = select(corpus, start="2020-03-26", end=pd.Timestamp("2020-04-15 23:00", tz="UTC"))
    assert len(before.articles) == 4
    # the undated Reuters article is kept without dates and dropped with them
    undated = set(dates[dates.isna()].index)
    assert len(undated) == 1 and undated <= set(select(corpus, outlets="Reuters").articles["id"])
    assert not undated & set(select(corpus, outlets="Reuters", start="2020-01-01").articles["id"])


def test_select_refuses_unknown_outlets_and_bad_input(corpus):
    with pytest.raises(InputError, match="no outlet named 'Pravda'.*Sputnik News"):
        select(corpus, outlets=["Reuters", "Pravda"])
    with pytest.raises(InputError, match="not a date"):
        select(corpus, start="the Ides of March")
    with pytest.raises(InputError, match="CorpusAnalysis"):
        select(corpus.articles)


def test_actor_table_adds_up_to_the_per_article_actors(corpus):
    table = actor_table(corpus)
    assert table["actor"].is_unique and list(table.columns[:7]) == [
        "actor", "type", "mentions", "articles", "outlets", "first", "last"]
    assert table["mentions"].sum() == corpus.actors["mentions"].sum()
    rows = corpus.actors[corpus.actors["actor"] == "Donald Trump"]
    trump = table.set_index("actor").loc["Donald Trump"]
    assert trump["mentions"] == rows["mentions"].sum() and trump["articles"] == rows["article"].nunique()
    dates = published(corpus).loc[rows["article"]]
    assert (trump["first"], trump["last"]) == (dates.min(), dates.max())
    assert trump["type"] == "person" and "President" in trump["roles"]
    assert table["mentions"].is_monotonic_decreasing and table["actor"].iloc[0] == "United States"
    # an actor typed differently in different articles takes the type of most of its mentions
    mixed = corpus.actors.groupby("actor")["type"].nunique()
    for actor in mixed[mixed > 1].index:
        by_type = corpus.actors[corpus.actors["actor"] == actor].groupby("type")["mentions"].sum()
        assert by_type[table.set_index("actor").loc[actor, "type"]] == by_type.max()
    people = actor_table(corpus, types="person")
    assert set(people["type"]) == {"person"} and len(people) == int((table["type"] == "person").sum())
    with pytest.raises(InputError, match="unknown actor type 'persons'"):
        actor_table(corpus, types=["persons"])


def test_mentions_over_time_counts_every_dated_mention(corpus):
    table = mentions_over_time(corpus)
    top = actor_table(corpus)["actor"].head(5).tolist()
    assert list(dict.fromkeys(table["actor"])) == top
    dated = corpus.actors[corpus.actors["article"].map(published(corpus)).notna()]
    for actor in top:
        rows = table[table["actor"] == actor]
        assert rows["mentions"].sum() == dated.loc[dated["actor"] == actor, "mentions"].sum()
        steps = rows["period"].diff().dropna()
        assert (steps == pd.Timedelta(days=7)).all() and len(rows) == 18  # weeks of 20 Jan to 18 May
    monthly = mentions_over_time(corpus, actors=["WHO", "China"], freq="M")
    assert monthly["period"].dt.month.unique().tolist() == [1, 2, 3, 4, 5]
    assert monthly.groupby("actor")["mentions"].sum().to_dict() == {
        "China": int(dated.loc[dated["actor"] == "China", "mentions"].sum()),
        "WHO": int(dated.loc[dated["actor"] == "WHO", "mentions"].sum()),
    }
    with pytest.raises(InputError, match="not a pandas period"):
        mentions_over_time(corpus, freq="fortnightly")
    with pytest.raises(InputError, match="no actor named 'Nobody'"):
        mentions_over_time(corpus, actors="Nobody")


def test_voices_add_up_to_the_quotes(corpus):
    quotes = said(corpus.quotes)  # negated attributions ("did not say") are no voice
    assert len(quotes) < len(corpus.quotes)
    table = voices(corpus)
    assert (table["direct"] + table["reported"] == table["quotes"]).all()
    assert table["quotes"].sum() == int((quotes["actor"] != "").sum())
    trump = quotes[quotes["actor"] == "Donald Trump"]
    assert table.index[0] == "Donald Trump" and table.loc["Donald Trump", "direct"] == (trump["kind"] == "direct").sum()
    assert table.loc["Donald Trump", "outlets"] == trump["article"].map(
        corpus.articles.set_index("id")["outlet"]).nunique()
    assert set(voices(corpus, types="organization")["type"]) == {"organization"}

    by_outlet = voices_by_outlet(corpus)
    assert sorted(by_outlet.index) == sorted(outlets(corpus)) and by_outlet["articles"].sum() == 60
    assert by_outlet["quotes"].sum() == len(quotes)
    assert by_outlet["unresolved"].sum() == int((quotes["actor"] == "").sum())
    rt = said(select(corpus, outlets="RT News").quotes)
    assert by_outlet.loc["RT News", "direct"] == (rt["kind"] == "direct").sum()
    assert math.isclose(by_outlet.loc["RT News", "per_article"], len(rt) / 8)

    shares = voice_shares(corpus)
    assert set(shares["outlet"]) == set(outlets(corpus))
    assert np.allclose(shares.groupby("outlet")["share"].sum(), 1.0)
    counted = shares.groupby("outlet")["quotes"].sum()
    assert counted.to_dict() == by_outlet["quotes"].to_dict()
    unresolved = shares[shares["type"] == "unresolved"].set_index("outlet")["quotes"]
    assert unresolved.to_dict() == by_outlet["unresolved"].to_dict()
    whole = voice_shares(corpus, per_outlet=False).set_index("type")
    assert whole.loc["person", "share"] > whole.loc["organization", "share"] > 0
    assert whole["quotes"].sum() == len(quotes)


def test_corpus_edges_sum_the_per_article_pairs(corpus):
    edges = corpus_edges(corpus)
    pairs = corpus.cooccurrence
    assert edges["weight"].sum() == pairs["weight"].sum()
    assert not edges.duplicated(["source", "target"]).any() and (edges["source"] < edges["target"]).all()
    top = edges.iloc[0]
    rows = pairs[(pairs["source"] == top["source"]) & (pairs["target"] == top["target"])]
    assert (top["source"], top["target"]) == ("China", "United States")
    assert top["weight"] == rows["weight"].sum() and top["articles"] == len(rows)
    assert len(top["meetings"]) == len(top["contexts"]) == top["weight"]
    assert {article for article, _, _ in top["meetings"]} == set(rows["article"])
    mentions = actor_table(corpus).set_index("actor")["mentions"]
    assert top["source_mentions"] == mentions["China"] and top["target_mentions"] == mentions["United States"]
    graph = toolkit.graph(edges)
    assert graph.nodes["Donald Trump"]["type"] == "person"
    people = corpus_edges(corpus, types=("person",))
    assert len(people) and set(people["source_type"]) | set(people["target_type"]) == {"person"}
    one = corpus_edges(select(corpus, outlets="Press TV"))
    assert one["weight"].sum() == select(corpus, outlets="Press TV").cooccurrence["weight"].sum()


def test_corpus_terms_per_outlet_add_up(corpus):
    everything = corpus_terms(corpus)
    assert everything["count"].sum() == corpus.terms["count"].sum()
    assert everything["weight"].is_monotonic_decreasing and everything["term"].is_unique
    per_outlet = sum(corpus_terms(corpus, outlet=name)["count"].sum() for name in outlets(corpus))
    assert per_outlet == everything["count"].sum()
    rt = corpus_terms(corpus, outlet="RT News", top=20)
    assert len(rt) == 20 and "Moscow" in set(rt["term"])
    with pytest.raises(InputError, match="no outlet named 'RT'"):
        corpus_terms(corpus, outlet="RT")


def test_log_odds_puts_each_outlets_own_words_on_its_side(corpus):
    table = log_odds(corpus, "Sputnik News", "Reuters")
    assert list(table.columns) == ["term", "count_a", "count_b", "delta", "variance", "z"]
    assert table["z"].is_monotonic_decreasing and table.attrs["outlets"] == ("Sputnik News", "Reuters")
    assert table["count_a"].sum() == corpus_terms(corpus, outlet="Sputnik News")["count"].sum()
    assert table["count_b"].sum() == corpus_terms(corpus, outlet="Reuters")["count"].sum()
    # Reuters names itself in every dateline; Sputnik writes British "lockdown" and "social distancing"
    assert table["term"].iloc[-1] == "Reuters" and table["z"].iloc[-1] < -1.96
    top = table.head(5)["term"].tolist()
    assert "lockdown" in top and (table.set_index("term").loc[["lockdown", "distancing"], "z"] > 1.96).all()
    # the same comparison the other way round mirrors every z
    mirrored = log_odds(corpus, "Reuters", "Sputnik News").set_index("term")["z"]
    assert np.allclose(mirrored.loc[table["term"]].to_numpy(), -table["z"].to_numpy())
    # RT against Reuters: Moscow and "russian" are RT's
    rt = log_odds(corpus, "RT News", "Reuters").set_index("term")
    assert rt.loc["Moscow", "z"] > 1.96 and rt.loc["russian", "z"] > 1.96 and rt.loc["Reuters", "z"] < -1.96
    # by hand for one word (Monroe, Colaresi & Quinn 2008, eq. 16-22) with alpha_0 = 1000
    background = corpus.terms.groupby("term")["count"].sum()
    row = table.set_index("term").loc["lockdown"]
    alpha = 1000 * background["lockdown"] / background.sum()
    n_a, n_b = table["count_a"].sum(), table["count_b"].sum()
    delta = (math.log((row["count_a"] + alpha) / (n_a + 1000 - row["count_a"] - alpha))
             - math.log((row["count_b"] + alpha) / (n_b + 1000 - row["count_b"] - alpha)))
    assert math.isclose(row["delta"], delta) and math.isclose(row["z"], delta / math.sqrt(
        1 / (row["count_a"] + alpha) + 1 / (row["count_b"] + alpha)))
    # a stronger prior pulls a rare word's log-odds towards no difference
    strong = log_odds(corpus, "Sputnik News", "Reuters", prior=20000).set_index("term")
    assert abs(strong.loc["sport", "delta"]) < abs(table.set_index("term").loc["sport", "delta"])
    actors = log_odds(corpus, "Sputnik News", "Reuters", kind="actors")
    assert actors["term"].iloc[-1] == "Reuters" and "European Union" in actors.head(3)["term"].tolist()


def test_log_odds_refuses_bad_input(corpus):
    with pytest.raises(InputError, match="no outlet named 'Pravda'"):
        log_odds(corpus, "Pravda", "Reuters")
    with pytest.raises(InputError, match="itself"):
        log_odds(corpus, "Reuters", "Reuters")
    with pytest.raises(InputError, match="kind='terms' or kind='actors'"):
        log_odds(corpus, "RT News", "Reuters", kind="tags")
    with pytest.raises(InputError, match="positive number"):
        log_odds(corpus, "RT News", "Reuters", prior=0)
