"""The raw scrape beside the clean article, each cut marked with its reason."""

from __future__ import annotations

from html import escape

from toolkit.article import Article, as_article

STYLE = """<style>
.tk-clean{display:flex;gap:1.5em;font:14px/1.5 system-ui,sans-serif}
.tk-clean>div{flex:1;min-width:0}
.tk-clean pre{white-space:pre-wrap;font:13px/1.5 ui-monospace,monospace;background:#f7f7f7;padding:.8em;\
border-radius:4px}
.tk-clean mark,.tk-clean span{unicode-bidi:isolate}
.tk-clean mark.tk-cut{background:#ffd6d6;text-decoration:line-through;color:#7a1f1f}
.tk-clean .tk-reason{font-size:11px;background:#7a1f1f;color:#fff;border-radius:3px;padding:0 4px;margin-left:4px}
.tk-clean p{margin:0 0 .8em}
</style>"""


def cleaning(article: Article | str) -> str:
    """HTML: the raw text with every cut struck through and labelled with its reason, beside the clean paragraphs.
    A string is cleaned first (``toolkit.load_article``), so its cuts show.

    >>> from toolkit import load_article
    >>> html = cleaning(load_article())
    >>> 'title="listen-live"' in html and html.count("<p>") == 8
    True
    """
    if not isinstance(article, Article):
        from toolkit.reading import load_article

        article = load_article(article) if isinstance(article, str) else as_article(article)
    pieces, pos = [], 0
    for cut in sorted(article.removed):
        if cut.start < pos:
            continue
        pieces.append(escape(article.raw[pos : cut.start]))
        pieces.append(
            f'<mark class="tk-cut" title="{escape(cut.reason)}">{escape(article.raw[cut.start:cut.end])}</mark>'
            f'<span class="tk-reason">{escape(cut.reason)}</span>'
        )
        pos = cut.end
    pieces.append(escape(article.raw[pos:]))
    body = "".join(f"<p>{escape(p.text)}</p>" for p in article.paragraphs)
    return (
        f'{STYLE}<div class="tk-clean tex2jax_ignore"><div><h4>Raw scrape</h4><pre>{"".join(pieces)}</pre></div>'
        f"<div><h4>Clean article</h4>{body}</div></div>"
    )
