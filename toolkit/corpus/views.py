"""Corpus views: plain pandas tables over a :class:`CorpusAnalysis`, shaped for the same plot functions as one
article (``plot.network``, ``plot.cooccurrence_matrix``, ``plot.tag_cloud``, ``plot.mentions``, ``plot.quotes``) and
for the corpus figures (``plot.mentions_over_time``, ``plot.voices``, ``plot.voice_shares``, ``plot.log_odds``).

Each function takes the result first and its options keyword-only; none changes the result. :func:`select` keeps a
sub-corpus (outlets, dates) that every other view takes in turn.

>>> import toolkit
>>> from toolkit.corpus import views
>>> one = toolkit.analyze_corpus([toolkit.reading.sources.sample_path()], progress=False)
>>> views.actor_table(one)[["actor", "type", "mentions"]].head(2).values.tolist()
[['United States', 'place', 11], ['Iran', 'place', 8]]
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime
from typing import Literal

import numpy as np
import pandas as pd

from toolkit.corpus.analysis import CorpusAnalysis
from toolkit.corpus.tables import TABLES
from toolkit.errors import InputError
from toolkit.lexicon import type_names
from toolkit.speech.tables import said

ACTOR_TABLE_COLUMNS = ["actor", "type", "mentions", "articles", "outlets", "first", "last", "aliases", "roles"]
TIME_COLUMNS = ["actor", "period", "mentions", "articles"]
EDGE_COLUMNS = ["source", "target", "weight", "source_type", "target_type", "source_mentions", "target_mentions",
                "articles", "meetings", "contexts"]
TERM_COLUMNS = ["term", "weight", "count", "articles"]
LOG_ODDS_COLUMNS = ["term", "count_a", "count_b", "delta", "variance", "z"]
UNRESOLVED = "unresolved"
"""The voice type of an attribution whose speaker is no known actor ("he", "a spokesperson", no speaker)."""
DEFAULT_PRIOR = 1000.0
"""The default prior size alpha_0 of :func:`log_odds`: pseudo-counts spread over the words as in the whole corpus."""

Day = str | date | datetime | pd.Timestamp


# ---------------------------------------------------------------------------------------------------------- checks


def _require_result(result: object, what: str) -> CorpusAnalysis:
    if not isinstance(result, CorpusAnalysis):
        raise InputError(f"{what} takes the result of toolkit.analyze_corpus() (a CorpusAnalysis), "
                         f"not {type(result).__name__}")
    return result


def _names(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _check_outlets(result: CorpusAnalysis, outlets: list[str], what: str) -> None:
    known = set(result.articles["outlet"])
    unknown = [o for o in outlets if o not in known]
    if unknown:
        raise InputError(f"{what}: no outlet named {', '.join(map(repr, unknown))} in the corpus; "
                         f"its outlets are {', '.join(sorted(known)) or 'none'}")


def _check_types(types: str | Iterable[str] | None, what: str) -> list[str] | None:
    chosen = _names(types)
    if chosen is not None:
        unknown = [t for t in chosen if t not in type_names()]
        if unknown:
            raise InputError(f"{what}: unknown actor type {', '.join(map(repr, unknown))}; "
                             f"the types are {', '.join(type_names())}")
    return chosen


def _timestamp(value: Day, what: str) -> pd.Timestamp:
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError) as error:
        raise InputError(f"{what}: {value!r} is not a date") from error
    if stamp is pd.NaT:
        raise InputError(f"{what}: {value!r} is not a date")
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


# --------------------------------------------------------------------------------------------------------- helpers


def _published(result: CorpusAnalysis) -> pd.Series:
    """Article id -> publication time (UTC, NaT when unknown)."""
    articles = result.articles
    return pd.Series(pd.to_datetime(articles["published"], utc=True).to_numpy(), index=articles["id"].to_numpy(),
                     dtype="datetime64[us, UTC]")


def _outlet_of(result: CorpusAnalysis) -> pd.Series:
    """Article id -> outlet."""
    articles = result.articles
    return pd.Series(articles["outlet"].astype(str).to_numpy(), index=articles["id"].to_numpy(), dtype=object)


def _listed(cell: object) -> list:
    """A list-like cell (a list from memory, an array read back from Parquet) as a list."""
    if isinstance(cell, (list, tuple, np.ndarray)):
        return list(cell)
    return []


def _type_rank() -> dict[str, int]:
    return {kind: i for i, kind in enumerate(type_names())}


def _majority_types(actors: pd.DataFrame) -> pd.Series:
    """Actor -> the type it has in most mentions (ties: in most articles, then the lexicon's order of types)."""
    if actors.empty:
        return pd.Series(dtype=object)
    votes = (actors.groupby(["actor", "type"], sort=True)
             .agg(mentions=("mentions", "sum"), articles=("article", "nunique")).reset_index())
    votes["rank"] = votes["type"].map(_type_rank()).fillna(len(type_names()))
    best = votes.sort_values(["actor", "mentions", "articles", "rank"], ascending=[True, False, False, True],
                             kind="stable").drop_duplicates("actor")
    return pd.Series(best["type"].to_numpy(), index=best["actor"].to_numpy(), dtype=object)


def _first_seen(values: Iterable[Iterable[object]]) -> list[str]:
    seen: dict[str, None] = {}
    for cell in values:
        for value in _listed(cell):
            seen.setdefault(str(value), None)
    return list(seen)


def _kinds(table: pd.DataFrame) -> pd.Series:
    return pd.Series(np.where(table["kind"] == "direct", "direct", "reported"), index=table.index)


# ------------------------------------------------------------------------------------------------------- the views


def select(
    result: CorpusAnalysis,
    *,
    outlets: str | Iterable[str] | None = None,
    start: Day | None = None,
    end: Day | None = None,
) -> CorpusAnalysis:
    """The sub-corpus of the articles from ``outlets`` (one name or several; None: all) published between ``start``
    and ``end`` (both included; an ``end`` at midnight, such as a date, covers its whole day; naive times are
    UTC): every table keeps only those articles' rows. Undated articles are dropped once ``start`` or ``end`` is
    given; ``failures`` (articles with no outlet or date known) are kept only when nothing is filtered.

    >>> articles = pd.DataFrame({"id": [0, 1], "outlet": ["A", "B"], "published": pd.to_datetime(
    ...     ["2020-03-01 15:00", "2020-04-01 00:00"], utc=True)})
    >>> quotes = pd.DataFrame({"article": [0, 1, 1], "kind": ["direct", "direct", "indirect"]})
    >>> corpus = CorpusAnalysis(tables={"articles": articles, "quotes": quotes})
    >>> len(select(corpus, outlets="B").quotes), len(select(corpus, end="2020-03-01").quotes)
    (2, 1)
    """
    result = _require_result(result, "select()")
    chosen = _names(outlets)
    if chosen is not None:
        _check_outlets(result, chosen, "select()")
    articles = result.articles
    keep = pd.Series(True, index=articles.index)
    if chosen is not None:
        keep &= articles["outlet"].isin(chosen)
    if start is not None or end is not None:
        published = pd.to_datetime(articles["published"], utc=True)
        keep &= published.notna()
        if start is not None:
            keep &= published >= _timestamp(start, "select(start=...)")
        if end is not None:
            stop = _timestamp(end, "select(end=...)")
            keep &= (published < stop + pd.Timedelta(days=1)) if stop == stop.normalize() else (published <= stop)
    ids = set(articles.loc[keep, "id"])
    nothing_filtered = chosen is None and start is None and end is None
    tables = {"articles": articles[keep].reset_index(drop=True)}
    for name in [*TABLES, "failures"]:
        if name == "articles":
            continue
        table = result.table(name)
        if name == "failures":
            tables[name] = table if nothing_filtered else table.iloc[:0]
        else:
            tables[name] = table[table["article"].isin(ids)].reset_index(drop=True)
    return CorpusAnalysis(tables=tables)


def outlets(result: CorpusAnalysis) -> list[str]:
    """The corpus's outlets, most articles first (ties by name).

    >>> corpus = CorpusAnalysis(tables={"articles": pd.DataFrame({"id": [0, 1, 2], "outlet": ["B", "A", "B"]})})
    >>> outlets(corpus)
    ['B', 'A']
    """
    counts = _require_result(result, "outlets()").articles["outlet"].astype(str).value_counts()
    return sorted(counts.index, key=lambda name: (-counts[name], name))


def actor_table(result: CorpusAnalysis, *, types: str | Iterable[str] | None = None) -> pd.DataFrame:
    """One row per actor across the corpus, most mentioned first: ``actor``, ``type`` (the type it has in most
    mentions), ``mentions``, ``articles`` and ``outlets`` it appears in, ``first`` and ``last`` publication date
    (UTC; NaT when undated), and every ``aliases`` and ``roles`` seen. ``types`` keeps actors of those types. The
    table is what ``plot.mentions`` takes.

    >>> actors = pd.DataFrame({"article": [0, 1, 1], "actor": ["WHO", "WHO", "Trump"],
    ...                        "type": ["organization", "organization", "person"], "mentions": [2, 1, 4]})
    >>> articles = pd.DataFrame({"id": [0, 1], "outlet": ["A", "B"], "published": pd.to_datetime(
    ...     ["2020-03-01", "2020-04-01"], utc=True)})
    >>> table = actor_table(CorpusAnalysis(tables={"articles": articles, "actors": actors}))
    >>> table[["actor", "mentions", "articles", "outlets"]].values.tolist()
    [['Trump', 4, 1, 1], ['WHO', 3, 2, 2]]
    >>> str(table["first"][1].date()), str(table["last"][1].date())
    ('2020-03-01', '2020-04-01')
    """
    result = _require_result(result, "actor_table()")
    chosen = _check_types(types, "actor_table()")
    actors = result.actors
    if actors.empty:
        return pd.DataFrame(columns=ACTOR_TABLE_COLUMNS)
    actors = actors.assign(published=actors["article"].map(_published(result)),
                           outlet=actors["article"].map(_outlet_of(result)))
    grouped = actors.groupby("actor", sort=True)
    table = pd.DataFrame({
        "type": _majority_types(actors),
        "mentions": grouped["mentions"].sum(),
        "articles": grouped["article"].nunique(),
        "outlets": grouped["outlet"].nunique(),
        "first": grouped["published"].min(),
        "last": grouped["published"].max(),
        "aliases": grouped["aliases"].agg(_first_seen) if "aliases" in actors else [[] for _ in range(grouped.ngroups)],
        "roles": grouped["roles"].agg(_first_seen) if "roles" in actors else [[] for _ in range(grouped.ngroups)],
    })
    table.index.name = "actor"
    table = table.reset_index()
    if chosen is not None:
        table = table[table["type"].isin(chosen)]
    table = table.sort_values(["mentions", "articles", "actor"], ascending=[False, False, True], kind="stable")
    return table[ACTOR_TABLE_COLUMNS].reset_index(drop=True)


def mentions_over_time(
    result: CorpusAnalysis,
    *,
    actors: str | Iterable[str] | None = None,
    top: int = 5,
    freq: str = "W",
) -> pd.DataFrame:
    """Mentions of each actor per period (``freq``: a pandas period such as ``"D"``, ``"W"`` or ``"M"``), a row for
    every period between the first and last dated article, zero when the actor is not mentioned: ``actor``,
    ``period`` (its start, UTC), ``mentions``, ``articles``. ``actors``: whom to follow (default: the ``top`` most
    mentioned). Undated articles are left out. The table is what ``plot.mentions_over_time`` draws.

    >>> actors = pd.DataFrame({"article": [0, 1], "actor": ["WHO", "WHO"], "type": ["organization"] * 2,
    ...                        "mentions": [2, 1]})
    >>> articles = pd.DataFrame({"id": [0, 1], "outlet": ["A", "B"], "published": pd.to_datetime(
    ...     ["2020-03-02", "2020-03-17"], utc=True)})
    >>> mentions_over_time(CorpusAnalysis(tables={"articles": articles, "actors": actors}))["mentions"].tolist()
    [2, 0, 1]
    """
    result = _require_result(result, "mentions_over_time()")
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise InputError(f"mentions_over_time() takes top= a whole number of at least 1, not {top!r}")
    published = _published(result).dropna()
    rows = result.actors
    empty = pd.DataFrame(columns=TIME_COLUMNS)
    empty.attrs["freq"] = freq
    try:
        pd.Period("2020-01-01", freq=freq)
    except (ValueError, TypeError) as error:
        raise InputError(f"mentions_over_time(): {freq!r} is not a pandas period such as 'D', 'W' or 'M'") from error
    rows = rows[rows["article"].isin(published.index)]
    chosen = _names(actors)
    if chosen is None:
        totals = rows.groupby("actor")["mentions"].sum()
        chosen = sorted(totals.index, key=lambda name: (-totals[name], name))[:top]
    else:
        unknown = [a for a in chosen if a not in set(rows["actor"])]
        if unknown:
            raise InputError(f"mentions_over_time(): no actor named {', '.join(map(repr, unknown))} in the corpus")
    if not chosen or not len(published):
        return empty
    periods = published.dt.tz_localize(None).dt.to_period(freq)
    rows = rows[rows["actor"].isin(chosen)]
    rows = rows.assign(period=rows["article"].map(periods))
    counts = rows.groupby(["actor", "period"]).agg(mentions=("mentions", "sum"), articles=("article", "nunique"))
    every = pd.period_range(periods.min(), periods.max(), freq=periods.min().freq)
    full = pd.MultiIndex.from_product([chosen, every], names=["actor", "period"])
    table = counts.reindex(full, fill_value=0).reset_index()
    table["period"] = table["period"].dt.start_time.dt.tz_localize("UTC")
    table[["mentions", "articles"]] = table[["mentions", "articles"]].astype(int)
    table.attrs["freq"] = freq
    return table[TIME_COLUMNS]


def voices(result: CorpusAnalysis, *, types: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Who gets a voice: attributions per actor across the corpus, most quoted first, indexed by ``speaker`` (the
    actor): ``type``, ``direct`` quotes, ``reported`` speech (indirect or mixed), ``quotes`` (both), and the
    ``articles`` and ``outlets`` quoting them. Speakers that are no actor ("he", "officials") are left out (see
    :func:`voice_shares`). ``types`` keeps actors of those types. ``plot.quotes`` and ``plot.voices`` draw it.

    >>> quotes = pd.DataFrame({"article": [0, 0, 1], "kind": ["direct", "indirect", "mixed"],
    ...                        "speaker": ["Trump", "he", "WHO"], "actor": ["Donald Trump", "", "WHO"]})
    >>> actors = pd.DataFrame({"article": [0, 1], "actor": ["Donald Trump", "WHO"],
    ...                        "type": ["person", "organization"], "mentions": [3, 1]})
    >>> articles = pd.DataFrame({"id": [0, 1], "outlet": ["A", "B"]})
    >>> voices(CorpusAnalysis(tables={"articles": articles, "quotes": quotes, "actors": actors}))[
    ...     ["type", "direct", "reported"]].values.tolist()
    [['person', 1, 0], ['organization', 0, 1]]
    """
    result = _require_result(result, "voices()")
    chosen = _check_types(types, "voices()")
    columns = ["type", "direct", "reported", "quotes", "articles", "outlets"]
    quotes = said(result.quotes)
    quotes = quotes[quotes["actor"].astype(str) != ""]
    if quotes.empty:
        return pd.DataFrame(columns=columns, index=pd.Index([], name="speaker"))
    quotes = quotes.assign(voice=_kinds(quotes), outlet=quotes["article"].map(_outlet_of(result)))
    counts = pd.crosstab(quotes["actor"], quotes["voice"]).reindex(columns=["direct", "reported"], fill_value=0)
    grouped = quotes.groupby("actor")
    table = counts.assign(
        type=_majority_types(result.actors).reindex(counts.index).fillna("").astype(object),
        quotes=counts.sum(axis=1), articles=grouped["article"].nunique(), outlets=grouped["outlet"].nunique(),
    )[columns]
    table.index.name, table.columns.name = "speaker", None
    if chosen is not None:
        table = table[table["type"].isin(chosen)]
    order = table.assign(name=table.index).sort_values(["quotes", "direct", "name"], ascending=[False, False, True],
                                                       kind="stable").index
    return table.loc[order]


def voices_by_outlet(result: CorpusAnalysis) -> pd.DataFrame:
    """Attributions per outlet, indexed by ``outlet`` (every outlet, most quotes first): ``direct``, ``reported``,
    ``quotes``, ``unresolved`` (whose speaker is no actor), ``speakers`` (distinct actors quoted), ``articles``
    and ``per_article`` (quotes per article). ``plot.voices`` draws it.

    >>> quotes = pd.DataFrame({"article": [0, 0, 1], "kind": ["direct", "indirect", "mixed"],
    ...                        "speaker": ["Trump", "he", "WHO"], "actor": ["Donald Trump", "", "WHO"]})
    >>> articles = pd.DataFrame({"id": [0, 1, 2], "outlet": ["A", "B", "B"]})
    >>> voices_by_outlet(CorpusAnalysis(tables={"articles": articles, "quotes": quotes}))[
    ...     ["direct", "reported", "unresolved", "articles", "per_article"]].values.tolist()
    [[1.0, 1.0, 1.0, 1.0, 2.0], [0.0, 1.0, 0.0, 2.0, 0.5]]
    """
    result = _require_result(result, "voices_by_outlet()")
    articles = result.articles.groupby("outlet")["id"].nunique()
    quotes = said(result.quotes)
    quotes = quotes.assign(voice=_kinds(quotes), outlet=quotes["article"].map(_outlet_of(result)),
                           resolved=quotes["actor"].astype(str) != "")
    counts = pd.crosstab(quotes["outlet"], quotes["voice"]) if len(quotes) else pd.DataFrame()
    counts = counts.reindex(index=articles.index, columns=["direct", "reported"], fill_value=0)
    grouped = quotes.groupby("outlet")
    table = counts.assign(
        quotes=counts.sum(axis=1),
        unresolved=grouped["resolved"].apply(lambda r: int((~r).sum())).reindex(articles.index, fill_value=0),
        speakers=quotes[quotes["resolved"]].groupby("outlet")["actor"].nunique().reindex(articles.index,
                                                                                         fill_value=0),
        articles=articles,
    ).astype(int)
    table["per_article"] = table["quotes"] / table["articles"]
    table.index.name, table.columns.name = "outlet", None
    order = table.assign(name=table.index).sort_values(["quotes", "name"], ascending=[False, True],
                                                       kind="stable").index
    return table.loc[order]


def voice_shares(result: CorpusAnalysis, *, per_outlet: bool = True) -> pd.DataFrame:
    """Whose voice: the share of attributions whose speaker is a person, an organization, a place, a group, or no
    known actor (``unresolved``), per outlet (``per_outlet=False``: over the corpus): ``outlet``, ``type``,
    ``quotes``, ``share`` (of the outlet's attributions; 0 when it has none). Each actor counts with its type in
    that article. ``plot.voice_shares`` draws it.

    >>> quotes = pd.DataFrame({"article": [0, 0, 0, 0], "kind": ["direct"] * 4,
    ...                        "speaker": ["Trump", "he", "WHO", "Trump"], "actor": ["Trump", "", "WHO", "Trump"]})
    >>> actors = pd.DataFrame({"article": [0, 0], "actor": ["Trump", "WHO"], "type": ["person", "organization"],
    ...                        "mentions": [3, 1]})
    >>> corpus = CorpusAnalysis(tables={"articles": pd.DataFrame({"id": [0], "outlet": ["A"]}), "quotes": quotes,
    ...                                 "actors": actors})
    >>> voice_shares(corpus, per_outlet=False).set_index("type")["share"].to_dict()
    {'person': 0.5, 'organization': 0.25, 'place': 0.0, 'group': 0.0, 'unresolved': 0.25}
    """
    result = _require_result(result, "voice_shares()")
    quotes, actors = said(result.quotes), result.actors
    per_article = actors[["article", "actor", "type"]].drop_duplicates(["article", "actor"])
    typed = quotes[["article", "actor"]].merge(per_article, on=["article", "actor"], how="left")
    fallback = typed["actor"].map(_majority_types(actors))
    kind = typed["type"].where(typed["type"].notna(), fallback)
    kind = kind.where(typed["actor"].astype(str) != "", UNRESOLVED).fillna(UNRESOLVED).astype(str)
    typed = typed.assign(type=kind.to_numpy(), outlet=typed["article"].map(_outlet_of(result)).to_numpy())
    kinds = [*type_names(), *sorted(set(typed["type"]) - {*type_names(), UNRESOLVED}), UNRESOLVED]
    keys = ["outlet", "type"] if per_outlet else ["type"]
    groups = outlets(result) if per_outlet else None
    counts = typed.groupby(keys).size()
    index = pd.MultiIndex.from_product([groups, kinds], names=keys) if per_outlet else pd.Index(kinds, name="type")
    table = counts.reindex(index, fill_value=0).rename("quotes").reset_index()
    totals = table.groupby("outlet")["quotes"].transform("sum") if per_outlet else table["quotes"].sum()
    table["quotes"] = table["quotes"].astype(int)
    table["share"] = (table["quotes"] / totals).where(table["quotes"] > 0, 0.0).astype(float)
    return table


def corpus_edges(result: CorpusAnalysis, *, types: str | Iterable[str] | None = None) -> pd.DataFrame:
    """The actor network of the whole corpus: each pair's co-occurrences summed over the articles, in the columns
    of ``toolkit.cooccurrence`` (so ``plot.network``, ``plot.cooccurrence_matrix`` and ``toolkit.graph`` take it):
    ``source``, ``target``, ``weight``, each end's ``type`` (the one it has in most mentions) and corpus
    ``mentions``, ``articles`` (how many articles they meet in), ``meetings`` (``(article, start, end)``) and
    ``contexts``. ``types`` keeps pairs whose two actors are of those types. Strongest first.

    >>> pairs = pd.DataFrame({"article": [0, 1], "source": ["Iran", "Iran"], "target": ["Trump", "Trump"],
    ...                       "weight": [2, 1], "source_type": ["place"] * 2, "target_type": ["person"] * 2,
    ...                       "meetings": [[(0, 9), (20, 30)], [(5, 12)]], "contexts": [["a", "b"], ["c"]]})
    >>> actors = pd.DataFrame({"article": [0, 1, 0, 1], "actor": ["Iran", "Iran", "Trump", "Trump"],
    ...                        "type": ["place", "place", "person", "person"], "mentions": [3, 1, 2, 2]})
    >>> edges = corpus_edges(CorpusAnalysis(tables={"cooccurrence": pairs, "actors": actors}))
    >>> edges[["source", "target", "weight", "source_mentions", "articles", "contexts"]].values.tolist()
    [['Iran', 'Trump', 3, 4, 2, ['a', 'b', 'c']]]
    """
    result = _require_result(result, "corpus_edges()")
    chosen = _check_types(types, "corpus_edges()")
    pairs = result.cooccurrence
    if pairs.empty:
        return pd.DataFrame(columns=EDGE_COLUMNS)
    actors = result.actors
    kinds = _majority_types(actors)
    mentions = actors.groupby("actor")["mentions"].sum() if len(actors) else pd.Series(dtype=int)
    merged: dict[tuple[str, str], list] = {}
    for article, source, target, weight, source_type, target_type, meetings, contexts in zip(
        pairs["article"], pairs["source"], pairs["target"], pairs["weight"], pairs["source_type"],
        pairs["target_type"], pairs["meetings"], pairs["contexts"], strict=True,
    ):
        entry = merged.setdefault((source, target), [0, set(), [], [], source_type, target_type])
        entry[0] += int(weight)
        entry[1].add(int(article))
        entry[2].extend((int(article), int(span[0]), int(span[1])) for span in _listed(meetings))
        entry[3].extend(str(text) for text in _listed(contexts))
    rows = [
        (source, target, weight, kinds.get(source, source_type), kinds.get(target, target_type),
         int(mentions.get(source, 0)), int(mentions.get(target, 0)), len(articles), meetings, contexts)
        for (source, target), (weight, articles, meetings, contexts, source_type, target_type) in merged.items()
    ]
    edges = pd.DataFrame(rows, columns=EDGE_COLUMNS)
    if chosen is not None:
        edges = edges[edges["source_type"].isin(chosen) & edges["target_type"].isin(chosen)]
    edges = edges.sort_values(["weight", "source", "target"], ascending=[False, True, True], kind="stable")
    return edges.reset_index(drop=True)


def corpus_terms(result: CorpusAnalysis, *, outlet: str | None = None, top: int | None = None) -> pd.DataFrame:
    """Keywords over the corpus (or one ``outlet``'s articles), heaviest first: ``term``, ``weight`` and ``count``
    summed over the articles, ``articles`` (how many use it); ``top`` keeps the heaviest (None: all). The table
    is what ``plot.tag_cloud`` takes.

    >>> terms = pd.DataFrame({"article": [0, 1, 1], "term": ["virus", "virus", "mask"], "weight": [3.0, 1.0, 2.0],
    ...                       "count": [3, 1, 2]})
    >>> articles = pd.DataFrame({"id": [0, 1], "outlet": ["A", "B"]})
    >>> corpus = CorpusAnalysis(tables={"articles": articles, "terms": terms})
    >>> corpus_terms(corpus).values.tolist(), corpus_terms(corpus, outlet="B")["term"].tolist()
    ([['virus', 4.0, 4, 2], ['mask', 2.0, 2, 1]], ['mask', 'virus'])
    """
    result = _require_result(result, "corpus_terms()")
    if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 1):
        raise InputError(f"corpus_terms() takes top=None or a whole number of at least 1, not {top!r}")
    terms = result.terms
    if outlet is not None:
        _check_outlets(result, [outlet], "corpus_terms()")
        terms = terms[terms["article"].map(_outlet_of(result)) == outlet]
    if terms.empty:
        return pd.DataFrame(columns=TERM_COLUMNS)
    table = (terms.groupby("term").agg(weight=("weight", "sum"), count=("count", "sum"),
                                       articles=("article", "nunique")).reset_index())
    table = table.sort_values(["weight", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return table if top is None else table.head(top)


def _counts(result: CorpusAnalysis, kind: str) -> pd.DataFrame:
    """Article, outlet, term and count: keywords (``terms``) or actor mentions (``actors``)."""
    if kind == "terms":
        table = result.terms[["article", "term", "count"]]
    else:
        table = result.actors[["article", "actor", "mentions"]].set_axis(["article", "term", "count"], axis=1)
    return table.assign(outlet=table["article"].map(_outlet_of(result)))


def log_odds(
    result: CorpusAnalysis,
    outlet_a: str,
    outlet_b: str,
    *,
    kind: Literal["terms", "actors"] = "terms",
    prior: float = DEFAULT_PRIOR,
) -> pd.DataFrame:
    """Words (``kind="terms"``: keyword counts) or actors (``kind="actors"``: mentions) that set two outlets apart,
    by the weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
    Words", Political Analysis 16(4), eq. 16-22). The prior spreads ``prior`` (alpha_0) pseudo-counts over the
    words as the whole corpus uses them (alpha_w = alpha_0 * y_w / n), so rare words are pulled towards no
    difference. For each word used by either outlet: ``count_a``, ``count_b``, ``delta`` (the log-odds ratio,
    positive when ``outlet_a`` uses it more), its approximate ``variance`` (1/(y_a+alpha_w) + 1/(y_b+alpha_w)) and
    ``z`` = delta / sqrt(variance), sorted by ``z``: ``outlet_a``'s words at the top, ``outlet_b``'s at the bottom;
    |z| > 1.96 is the usual mark of a clear difference. The two names are kept in ``table.attrs["outlets"]`` for
    ``plot.log_odds``.

    >>> terms = pd.DataFrame({"article": [0, 0, 1, 1], "term": ["virus", "lockdown", "virus", "vaccine"],
    ...                       "weight": [1.0] * 4, "count": [10, 8, 10, 8]})
    >>> articles = pd.DataFrame({"id": [0, 1], "outlet": ["A", "B"]})
    >>> table = log_odds(CorpusAnalysis(tables={"articles": articles, "terms": terms}), "A", "B", prior=10)
    >>> table["term"].tolist(), [round(z, 2) for z in table["z"]]
    (['lockdown', 'virus', 'vaccine'], [2.56, 0.0, -2.56])
    """
    result = _require_result(result, "log_odds()")
    if kind not in ("terms", "actors"):
        raise InputError(f"log_odds() compares kind='terms' or kind='actors', not {kind!r}")
    for name in (outlet_a, outlet_b):
        if not isinstance(name, str):
            raise InputError(f"log_odds() takes two outlet names, not {type(name).__name__}")
    _check_outlets(result, [outlet_a, outlet_b], "log_odds()")
    if outlet_a == outlet_b:
        raise InputError(f"log_odds() compares two different outlets, not {outlet_a!r} with itself")
    if isinstance(prior, bool) or not isinstance(prior, (int, float)) or not math.isfinite(prior) or prior <= 0:
        raise InputError(f"log_odds() takes prior= a positive number (alpha_0, the prior's size), not {prior!r}")
    counts = _counts(result, kind)
    background = counts.groupby("term")["count"].sum()
    by_outlet = counts[counts["outlet"].isin([outlet_a, outlet_b])].groupby(["term", "outlet"])["count"].sum()
    wide = by_outlet.unstack("outlet").reindex(columns=[outlet_a, outlet_b]).fillna(0)
    wide = wide[wide.sum(axis=1) > 0]
    y_a, y_b = wide[outlet_a].astype(float), wide[outlet_b].astype(float)
    n_a, n_b = y_a.sum(), y_b.sum()
    alpha = background.reindex(wide.index).astype(float) * (prior / background.sum())
    delta = (np.log((y_a + alpha) / (n_a + prior - y_a - alpha))
             - np.log((y_b + alpha) / (n_b + prior - y_b - alpha)))
    variance = 1.0 / (y_a + alpha) + 1.0 / (y_b + alpha)
    table = pd.DataFrame({
        "term": wide.index.astype(str), "count_a": y_a.astype(int).to_numpy(), "count_b": y_b.astype(int).to_numpy(),
        "delta": delta.to_numpy(), "variance": variance.to_numpy(), "z": (delta / np.sqrt(variance)).to_numpy(),
    }, columns=LOG_ODDS_COLUMNS)
    table = table.sort_values(["z", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)
    table.attrs.update(outlets=(outlet_a, outlet_b), kind=kind, prior=float(prior))
    return table
