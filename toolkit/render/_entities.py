"""The article with its entities highlighted through displaCy, each mark's tooltip naming the canonical actor."""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING

from toolkit.article import Article, as_article
from toolkit.errors import InputError, require_table
from toolkit.mentions.tables import entities as entity_table

if TYPE_CHECKING:
    import pandas as pd
    from spacy.tokens import Doc

TOOLTIP = "\x00"  # placeholder for each mark's tooltip; never in the text given to displaCy
ROLE_COLOR = "#e2c6f5"
CSS_COLOR = re.compile(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(?:rgb|rgba|hsl|hsla)\([0-9.,%\s]+\)")
"""A colour displaCy may put in a style attribute: a name, a hex code or rgb()/hsl(); nothing that could close it."""
TEMPLATE = (
    '<mark class="entity" title="' + TOOLTIP + '" style="background: {bg}; padding: 0.45em 0.6em; margin: 0 0.25em; '
    'line-height: 1; border-radius: 0.35em; unicode-bidi: isolate;">{text}<span style="font-size: 0.8em; '
    'font-weight: bold; line-height: 1; '
    'border-radius: 0.35em; vertical-align: middle; margin-left: 0.5rem">{label}</span></mark>'
)


def entities(
    article: Article | str | Doc,
    *,
    labels: str | Iterable[str] | None = None,
    colors: dict[str, str] | None = None,
    table: pd.DataFrame | None = None,
    demonyms: bool = False,
) -> str:
    """HTML of the article with entity mentions highlighted (all labels, or only ``labels``); hovering a mark shows
    its canonical actor (or what the label means). Escaped and deterministic; display it with ``IPython.display.HTML``
    or write it to a file.

    ``table`` is ``toolkit.entities(article)`` (computed when omitted, with ``demonyms``), possibly filtered.

    >>> from toolkit import load_article
    >>> html = entities(load_article(), labels=["PERSON"])
    >>> html.count("<mark"), 'title="Ali Khamenei"' in html
    (7, True)
    """
    from spacy import displacy, explain

    article = as_article(article)
    bad = [f"{label}: {color!r}" for label, color in (colors or {}).items() if not CSS_COLOR.fullmatch(str(color))]
    if bad:
        raise InputError(f"colors must be CSS colours (a name, #hex, rgb()/hsl()); got {', '.join(bad)}")
    if table is None:
        table = entity_table(article, demonyms=demonyms)
    require_table(table, ("text", "label", "start", "end", "actor"), "render.entities()")
    if labels is not None:
        wanted = {labels.upper()} if isinstance(labels, str) else {label.upper() for label in labels}
        table = table[table.label.isin(wanted)]
    spans = [{"start": int(r.start), "end": int(r.end), "label": escape(r.label)} for r in table.itertuples()]
    tooltips = [r.actor or explain(r.label) or r.label for r in table.itertuples()]
    options = {"colors": {"ROLE": ROLE_COLOR, **(colors or {})}, "template": TEMPLATE}
    text = article.text.replace(TOOLTIP, "\ufffd")
    html = displacy.render({"text": text, "ents": spans, "title": None}, style="ent", manual=True, jupyter=False,
                           options=options)
    pieces = html.split(TOOLTIP)
    html = pieces[0] + "".join(escape(tip) + piece for tip, piece in zip(tooltips, pieces[1:], strict=True))
    return f'<div class="tex2jax_ignore">{html}</div>'
