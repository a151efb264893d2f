"""The article with its entities highlighted through displaCy, each mark's tooltip naming the canonical actor."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from toolkit.article import Article
from toolkit.entities import entities as entity_table

TOOLTIP = "\x00"  # placeholder for each mark's tooltip; never in the text given to displaCy
ROLE_COLOR = "#e2c6f5"
TEMPLATE = (
    '<mark class="entity" title="' + TOOLTIP + '" style="background: {bg}; padding: 0.45em 0.6em; margin: 0 0.25em; '
    'line-height: 1; border-radius: 0.35em;">{text}<span style="font-size: 0.8em; font-weight: bold; line-height: 1; '
    'border-radius: 0.35em; vertical-align: middle; margin-left: 0.5rem">{label}</span></mark>'
)


def entities(
    article: Article,
    labels: Iterable[str] | None = None,
    colors: dict[str, str] | None = None,
    *,
    demonyms: bool = False,
) -> str:
    """HTML of the article with entity mentions highlighted (all labels, or only ``labels``); hovering a mark shows
    its canonical actor (or what the label means). Escaped and deterministic; display it with ``IPython.display.HTML``
    or write it to a file.

    >>> from toolkit import load_article
    >>> html = entities(load_article(), labels=["PERSON"])
    >>> html.count("<mark"), 'title="Ali Khamenei"' in html
    (7, True)
    """
    from spacy import displacy, explain

    table = entity_table(article, demonyms=demonyms)
    if labels is not None:
        wanted = {label.upper() for label in labels}
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
