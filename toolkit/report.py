"""A self-contained HTML report of one article: plotly is inlined, so the file opens offline."""

from __future__ import annotations

from html import escape

import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from toolkit import render
from toolkit.article import Article
from toolkit.cleaning.tables import metadata_table, removed_table
from toolkit.explore import cooccurrence, terms
from toolkit.mentions import actors, entities
from toolkit.plot import cooccurrence_matrix, network, tag_cloud
from toolkit.reading import load_article
from toolkit.speech import quotes

STYLE = """<style>
body{font:15px/1.55 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em} h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;font-size:13px} td,th{border:1px solid #ddd;padding:3px 6px;vertical-align:top}
th{background:#f3f3f3;text-align:left}
</style>"""


def _table(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, escape=True, border=0)


def _figure(figure: go.Figure, name: str) -> str:
    return figure.to_html(full_html=False, include_plotlyjs=False, div_id=f"tk-{name}", config={"responsive": True})


def _quote_table(found: pd.DataFrame) -> pd.DataFrame:
    return found[["kind", "speaker", "actor", "cue", "content"]]


def report(article: Article | str, *, demonyms: bool = False) -> str:
    """The whole report as one HTML string (escaped, deterministic). A string is loaded and cleaned first, as
    ``toolkit.load_article`` does; ``demonyms`` reaches every table, so actor names agree.

    >>> from toolkit import load_article
    >>> html = report(load_article())
    >>> html.startswith("<!DOCTYPE html>") and "Ali Khamenei" in html
    True
    """
    if not isinstance(article, Article):
        article = load_article(article)
    edges = cooccurrence(article, demonyms=demonyms)
    found = quotes(article, demonyms=demonyms)
    cloud_terms = terms(article, kind="keywords", demonyms=demonyms)
    entity_table = entities(article, demonyms=demonyms)
    first = article.text.split(".")[0]
    title = article.title or (first if len(first) <= 90 else first[:90] + "…")
    sections = [
        ("Metadata", _table(metadata_table(article))),
        ("Who is mentioned", render.entities(article, table=entity_table)
         + _table(actors(article, demonyms=demonyms).drop(columns=["first_start"], errors="ignore"))),
        ("Who says what", render.quotes(article, table=found) + _table(_quote_table(found))),
        ("Who appears with whom", _figure(network(edges), "network") + _figure(cooccurrence_matrix(edges), "matrix")
         + _table(edges[["source", "target", "weight"]])),
        ("What it is about", _figure(tag_cloud(cloud_terms), "cloud")),
        ("What the cleaner cut", render.cleaning(article) + _table(removed_table(article))),
    ]
    body = "".join(f"<h2>{escape(name)}</h2>{html}" for name, html in sections)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>{STYLE}'
        f'<script type="text/javascript">{get_plotlyjs()}</script></head>'
        f"<body><h1>{escape(title)}</h1><p>Source: {escape(article.source or 'text')}</p>{body}</body></html>"
    )
