"""The article with every attribution marked: content, cue and speaker in distinct colours, the actor on hover."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

import pandas as pd

from toolkit.article import Article, as_article
from toolkit.errors import require_table
from toolkit.speech.tables import COLUMNS
from toolkit.speech.tables import quotes as find_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc

LAYER = {"tk-content tk-direct": 0, "tk-content": 0, "tk-cue": 1, "tk-speaker": 2}
"""Nesting order: content outermost, the speaker innermost (so its actor shows on hover)."""

STYLE = """<style>
.tk-quotes{font:15px/1.7 system-ui,sans-serif;max-width:48em}
.tk-quotes p{margin:0 0 .9em}
.tk-quotes p span{unicode-bidi:isolate}
.tk-quotes .tk-content{background:#fff3b0}
.tk-quotes .tk-direct{background:#ffe066}
.tk-quotes .tk-cue{color:#b00020;font-weight:600;border-bottom:2px solid #b00020}
.tk-quotes .tk-speaker{background:#cfe3ff;border-radius:3px}
.tk-quotes .tk-legend span{padding:0 .4em;margin-right:.6em}
</style>"""
LEGEND = (
    '<p class="tk-legend"><span class="tk-content tk-direct">direct quote</span>'
    '<span class="tk-content">reported speech</span><span class="tk-cue">cue</span>'
    '<span class="tk-speaker">speaker (hover: actor)</span></p>'
)


def quotes(
    article: Article | str | Doc, *, table: pd.DataFrame | None = None, demonyms: bool = False
) -> str:
    """HTML of the article's paragraphs with each attribution's content, cue and speaker marked (escaped).

    ``table`` is ``toolkit.quotes(article)`` (computed when omitted, with ``demonyms``), possibly filtered, e.g. to
    one speaker.

    >>> from toolkit import load_article
    >>> html = quotes(load_article())
    >>> 'class="tk-speaker" title="Ali Khamenei"' in html
    True
    """
    article = as_article(article)
    table = find_quotes(article, demonyms=demonyms) if table is None else table
    require_table(table, COLUMNS, "render.quotes()")
    text = article.text
    marks: list[list[tuple[str, str]]] = [[] for _ in range(len(text))]
    for row in table.sort_values(["content_start", "content_end"]).itertuples():
        who = row.actor or row.speaker or "unknown speaker"
        kind = "tk-content tk-direct" if row.kind == "direct" else "tk-content"
        _mark(marks, row.content_start, row.content_end, kind, f"{row.kind} · {who}")
        _mark(marks, row.cue_start, row.cue_end, "tk-cue", f"cue of {who}")
        _mark(marks, row.speaker_start, row.speaker_end, "tk-speaker", row.actor or "actor not resolved")
    bounds = [(p.start, p.end) for p in article.paragraphs] or [(0, len(text))]
    body = "".join(f"<p>{_segments(text, marks, start, end)}</p>" for start, end in bounds)
    return f'{STYLE}<div class="tk-quotes tex2jax_ignore">{LEGEND}{body}</div>'


def _mark(marks: list[list[tuple[str, str]]], start: int, end: int, cls: str, title: str) -> None:
    if start is None or start < 0:
        return
    for i in range(max(start, 0), min(end, len(marks))):
        if (cls, title) not in marks[i]:
            marks[i].append((cls, title))


def _segments(text: str, marks: list[list[tuple[str, str]]], start: int, end: int) -> str:
    """Runs of characters with the same marks; content spans wrap cue and speaker spans."""
    pieces, i = [], start
    while i < end:
        j = i
        while j < end and marks[j] == marks[i]:
            j += 1
        chunk = escape(text[i:j])
        for cls, title in sorted(marks[i], key=lambda m: -LAYER[m[0]]):
            chunk = f'<span class="{cls}" title="{escape(title)}">{chunk}</span>'
        pieces.append(chunk)
        i = j
    return "".join(pieces)
