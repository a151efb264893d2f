"""Who says what: direct quotes, reported speech and mixed quotes, each with its cue, speaker and actor.

>>> import toolkit
>>> table = toolkit.quotes(toolkit.load_article())
>>> row = table[table.cue == "wrote"].iloc[0]
>>> row.kind, row.speaker, row.content[:27]
('direct', 'Khamenei', 'By returning to the negotia')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from toolkit.article import Article, as_article
from toolkit.nlp import parse, token_at
from toolkit.speech.finder import attributions
from toolkit.speech.speakers import referent, resolve_actors

if TYPE_CHECKING:
    from spacy.tokens import Doc

COLUMNS = [
    "kind",
    "content",
    "content_start",
    "content_end",
    "cue",
    "cue_start",
    "cue_end",
    "speaker",
    "speaker_start",
    "speaker_end",
    "actor",
    "confidence",
    "negated",
]


def quotes(article: Article | str | Doc, *, demonyms: bool = False) -> pd.DataFrame:
    """One row per attribution: kind (direct, indirect, mixed), content, cue, speaker (surface mention) and actor,
    each span as character offsets into ``article.text`` (or the string or Doc text given instead); ``negated``
    when the cue is denied ("did not say that ...": kept for the record, left out of :func:`quote_counts` and the
    corpus voices, see :func:`said`).
    ``demonyms``: resolve actors as ``toolkit.actors(..., demonyms=True)`` does, so the names agree.

    >>> import toolkit
    >>> t = toolkit.quotes('"We are ready," the minister said. She added that talks would resume.')
    >>> t[["kind", "content", "speaker"]].values.tolist()
    [['direct', 'We are ready', 'the minister'], ['indirect', 'that talks would resume', 'She']]
    """
    return pd.DataFrame(quote_rows(as_article(article), demonyms=demonyms), columns=COLUMNS)


def quote_rows(article: Article, *, demonyms: bool = False) -> list[tuple]:
    """The rows of :func:`quotes` as tuples in ``COLUMNS`` order (a corpus run gathers these and builds one table
    per batch).

    >>> from toolkit import load_article
    >>> quote_rows(load_article())[0][:2]
    ('indirect', 'Iran will not hold negotiations with the United States as there is no sense in such talks')
    """
    found = attributions(article)
    text = article.text
    doc = parse(article) if found else None
    spans = [referent(article, a.speaker_start, a.speaker_end) for a in found]
    actors = resolve_actors(article, spans, demonyms=demonyms)
    return [
        (
            a.kind,
            text[a.content_start : a.content_end],
            a.content_start,
            a.content_end,
            text[a.cue_start : a.cue_end] if a.cue_start >= 0 else "",
            a.cue_start,
            a.cue_end,
            text[a.speaker_start : a.speaker_end] if a.speaker_start >= 0 else "",
            a.speaker_start,
            a.speaker_end,
            actor,
            a.confidence,
            a.cue_start >= 0 and _denied(doc, a.cue_start),
        )
        for a, actor in zip(found, actors)
    ]


def _denied(doc: Doc, cue_start: int) -> bool:
    """Whether the cue at ``cue_start`` is negated ("did not mention", "never said")."""
    cue = token_at(doc, cue_start)
    return cue is not None and any(child.dep_ == "neg" for child in cue.children)


def said(table: pd.DataFrame) -> pd.DataFrame:
    """The attributions of a quote table that were said: without the negated ones ("did not say that ...").

    >>> import toolkit
    >>> t = toolkit.quotes("The mayor said the plan would work. She did not say when it would start.")
    >>> t.negated.tolist(), len(said(t))
    ([False, True], 1)
    """
    return table[~table["negated"].astype(bool)] if "negated" in table and len(table) else table


def who(table: pd.DataFrame) -> pd.Series:
    """Who each attribution belongs to: the actor, else the speaker as written, else "(no speaker)"."""
    return table["actor"].where(table["actor"] != "", table["speaker"]).replace("", "(no speaker)")


def select_speaker(table: pd.DataFrame, name: str | None) -> pd.DataFrame:
    """The rows of ``toolkit.quotes(...)`` said by ``name`` (an actor, or a speaker without actor); all for None.

    >>> import toolkit
    >>> t = toolkit.quotes(toolkit.load_article())
    >>> sorted(set(select_speaker(t, "Ali Khamenei").cue))
    ['added', 'said', 'wrote']
    """
    return table if not name else table[who(table) == name]


def quote_counts(table: pd.DataFrame) -> pd.DataFrame:
    """Attributions per speaker: ``direct`` quotes and ``reported`` ones (indirect or mixed), most quoted first;
    negated ones are not counted.

    >>> import toolkit
    >>> quote_counts(toolkit.quotes(toolkit.load_article())).loc["Ali Khamenei"].tolist()
    [2, 3]
    """
    table = said(table)
    kinds = pd.Series(["direct" if k == "direct" else "reported" for k in table["kind"]], index=table.index)
    counts = pd.crosstab(who(table), kinds).reindex(columns=["direct", "reported"], fill_value=0)
    counts.index.name, counts.columns.name = "speaker", None
    order = counts.sum(axis=1).sort_values(ascending=False, kind="stable").index
    return counts.loc[order]
