"""The result of a corpus run: its tables as DataFrames, read from disk on first use when the run was stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from toolkit.corpus import store
from toolkit.corpus.tables import empty_tables


@dataclass
class CorpusAnalysis:
    """Tables of a corpus, every row keyed by article id: ``articles`` (id, source, outlet, title, published,
    section, words), ``entities``, ``actors``, ``quotes``, ``cooccurrence`` and ``terms`` (each with an ``article``
    column), and ``failures`` (articles that could not be analysed, and documents that could not be loaded, with
    article id -1, each with the reason). Offsets point into each
    article's clean text. ``path`` is the run's folder when it was stored (tables are then read on first use).
    """

    path: Path | None = None
    tables: dict[str, pd.DataFrame] = field(default_factory=dict, repr=False)

    def table(self, name: str) -> pd.DataFrame:
        """One table by name (read from ``path`` the first time when the run was stored)."""
        if name not in self.tables:
            self.tables[name] = empty_tables()[name] if self.path is None else store.read_table(self.path, name)
        table = self.tables[name]
        if name == "failures" and len(table):  # a resumed run names the documents it could not load again
            self.tables[name] = table.drop_duplicates(ignore_index=True)
        if name == "articles" and "published" in table and table["published"].dtype == object:  # one dtype
            self.tables[name]["published"] = pd.to_datetime(self.tables[name]["published"], utc=True)
        return self.tables[name]

    articles = property(lambda self: self.table("articles"), doc="One row per article analysed.")
    entities = property(lambda self: self.table("entities"), doc="Entity mentions, as toolkit.entities.")
    actors = property(lambda self: self.table("actors"), doc="Actors per article, as toolkit.actors.")
    quotes = property(lambda self: self.table("quotes"), doc="Attributions, as toolkit.quotes.")
    cooccurrence = property(lambda self: self.table("cooccurrence"), doc="Actor pairs per article.")
    terms = property(lambda self: self.table("terms"), doc="Keywords per article, as toolkit.terms.")
    failures = property(lambda self: self.table("failures"), doc="Articles that could not be analysed.")

    def summary(self) -> str:
        """A one-screen summary: articles, outlets, dates, what was found, the most mentioned and quoted actors.

        >>> print(CorpusAnalysis().summary().splitlines()[0])
        0 articles from 0 outlets
        """
        articles, actors, quotes = self.articles, self.actors, self.quotes
        outlets = articles["outlet"].nunique() if len(articles) else 0
        lines = [f"{len(articles):,} articles from {outlets} outlet{'' if outlets == 1 else 's'}"]
        dates = pd.to_datetime(articles["published"], utc=True).dropna() if len(articles) else pd.Series([])
        if len(dates):
            lines.append(f"published {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}")
        lines.append(f"{len(self.entities):,} entity mentions, {len(actors):,} actor rows, {len(quotes):,} "
                     f"attributions ({int((quotes['kind'] == 'direct').sum()) if len(quotes) else 0} direct), "
                     f"{len(self.cooccurrence):,} actor pairs")
        if len(actors):
            top = actors.groupby("actor")["mentions"].sum().sort_values(ascending=False, kind="stable").head(8)
            lines.append("most mentioned: " + ", ".join(f"{name} ({n})" for name, n in top.items()))
        voiced = quotes[quotes["actor"] != ""] if len(quotes) else quotes
        if len(voiced):
            top = voiced["actor"].value_counts().head(8)
            lines.append("most quoted: " + ", ".join(f"{name} ({n})" for name, n in top.items()))
        unloaded = int((self.failures["article"] == -1).sum()) if len(self.failures) else 0
        if len(self.failures) > unloaded:
            lines.append(f"{len(self.failures) - unloaded} articles failed (see .failures)")
        if unloaded:
            lines.append(f"{unloaded} document{' was' if unloaded == 1 else 's were'} not loaded (see .failures)")
        if self.path is not None:
            lines.append(f"tables in {self.path}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"CorpusAnalysis({self.summary().splitlines()[0]}{f', path={str(self.path)!r}' if self.path else ''})"
