"""Who says what: direct quotes, reported speech and mixed quotes, each with its cue, speaker and actor.

>>> import toolkit
>>> table = toolkit.quotes(toolkit.load_article())
>>> row = table[table.cue == "wrote"].iloc[0]
>>> row.kind, row.speaker, row.content[:27]
('direct', 'Khamenei', 'By returning to the negotia')
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

import pandas as pd
from spacy.tokens import Doc

from toolkit.article import Article, as_article
from toolkit.attribution import CONFIDENCE, Attribution, speaker_span
from toolkit.cues import RELATIVE, REPORTING, Cue, antecedent, find_cues, mention_span, subject_of
from toolkit.direct_quotes import attribute_quote
from toolkit.nlp import parse
from toolkit.quote_marks import QuoteSpan, find_quotes, paragraph_bounds
from toolkit.speakers import resolve_actors
from toolkit.transcripts import transcript_turns

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

]


def quotes(source: str | Article) -> pd.DataFrame:
    """One row per attribution: kind (direct, indirect, mixed), content, cue, speaker (surface mention) and actor,
    each span as character offsets into ``source`` (a string, as given) or ``article.text``.

    >>> import toolkit
    >>> t = toolkit.quotes('"We are ready," the minister said. She added that talks would resume.')
    >>> t[["kind", "content", "speaker"]].values.tolist()
    [['direct', 'We are ready', 'the minister'], ['indirect', 'that talks would resume', 'She']]
    """
    article = as_article(source)
    found = attributions(article)
    text = article.text
    actors = resolve_actors(article, [_referent(article, a.speaker_start, a.speaker_end) for a in found])
    rows = [
        {
            "kind": a.kind,
            "content": text[a.content_start : a.content_end],
            "content_start": a.content_start,
            "content_end": a.content_end,
            "cue": text[a.cue_start : a.cue_end] if a.cue_start >= 0 else "",
            "cue_start": a.cue_start,
            "cue_end": a.cue_end,
            "speaker": text[a.speaker_start : a.speaker_end] if a.speaker_start >= 0 else "",
            "speaker_start": a.speaker_start,
            "speaker_end": a.speaker_end,
            "actor": actor,
            "confidence": a.confidence,
        }
        for a, actor in zip(found, actors)
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


def _referent(article: Article, start: int, end: int) -> tuple[int, int]:
    """The span an actor is resolved from: the speaker, or the noun a relative pronoun ("who") stands for."""
    if start < 0 or article.text[start:end].lower() not in RELATIVE:
        return start, end
    span = parse(article).char_span(start, end)
    if span is None:
        return start, end
    head = antecedent(span[0])
    if head.i == span[0].i:
        return start, end
    noun = mention_span(head)
    return noun.start_char, noun.end_char


def attributions(article: Article) -> list[Attribution]:
    """Every attribution of the article, ordered by where its content starts."""
    text = article.text
    if not text.strip():
        return []
    bounds = [(p.start, p.end) for p in article.paragraphs] or paragraph_bounds(text)
    marks = find_quotes(text, bounds)
    doc = parse(article)
    inside = _inside_quote(doc, marks)
    cues = find_cues(doc, inside)
    used: set[int] = set()
    found = [a for q in marks if (a := attribute_quote(q, doc, cues, marks, used, inside)) is not None]
    found = _inherit_speakers(found, text, bounds)
    turns = transcript_turns(text, bounds)
    labels = [t.cue_start for t in turns]
    found = [a for a in found if not any(a.content_start <= c < a.content_end for c in labels)] + turns
    for cue in cues:
        if cue.token.i in used or cue.content_start < 0:
            continue
        reported = _reported(cue, marks)
        if reported.speaker_start >= 0 or reported.cue_class in REPORTING:
            found.append(reported)
    return _dedupe(_outermost(found))


def _inside_quote(doc: Doc, marks: list[QuoteSpan]) -> list[bool]:
    inside = [False] * len(doc)
    for q in marks:
        span = doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                inside[i] = True
    return inside


def _reported(cue: Cue, marks: list[QuoteSpan]) -> Attribution:
    speaker = speaker_span(subject_of(cue.token))
    holds_quote = any(cue.content_start <= q.outer_start and q.outer_end <= cue.content_end for q in marks)
    cls = cue.cls
    kind = "mixed" if holds_quote else "indirect"
    return Attribution(kind, cue.content_start, cue.content_end, cue.start, cue.end, *speaker, CONFIDENCE[cls], cls)


def _inherit_speakers(found: list[Attribution], text: str, bounds: list[tuple[int, int]]) -> list[Attribution]:
    """A direct quote with no speaker of its own continues the previous direct quote's speaker when it follows it
    in the same or the next paragraph and no other quote lies between them."""
    starts = [start for start, _ in bounds]
    result: list[Attribution] = []
    for a in found:
        prev = result[-1] if result else None
        if (
            a.speaker_start < 0
            and a.kind == "direct"
            and prev is not None
            and prev.speaker_start >= 0
            and bisect_right(starts, a.content_start) - bisect_right(starts, prev.content_end) <= 1
        ):
            a = replace(a, speaker_start=prev.speaker_start, speaker_end=prev.speaker_end,
                        confidence=CONFIDENCE["previous"])
        result.append(a)
    return result


def _outermost(found: list[Attribution]) -> list[Attribution]:
    """Drop what lies inside another attribution's content: reported speech whose cue is there ("Khamenei said that
    Iran does not [intend] to wage war" reports what Khamenei said, not an intention of Iran's) and a quote that is
    part of a reported clause ("Ortiz said that by refusing to use the words “budget crisis,” the council ...")."""

    def inside(a: Attribution, b: Attribution) -> bool:
        if a.cue_class:
            return b.content_start <= a.cue_start < b.content_end
        return b.cue_class != "" and b.content_start <= a.content_start and a.content_end <= b.content_end

    return [a for a in found if not any(b is not a and inside(a, b) for b in found)]


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    seen: set[tuple[int, int]] = set()
    result = []
    for a in sorted(found, key=lambda a: (a.content_start, a.content_end)):
        if (a.content_start, a.content_end) not in seen:
            seen.add((a.content_start, a.content_end))
            result.append(a)
    return result


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
    """Attributions per speaker: ``direct`` quotes and ``reported`` ones (indirect or mixed), most quoted first.

    >>> import toolkit
    >>> quote_counts(toolkit.quotes(toolkit.load_article())).loc["Ali Khamenei"].tolist()
    [2, 3]
    """
    kinds = pd.Series(["direct" if k == "direct" else "reported" for k in table["kind"]], index=table.index)
    counts = pd.crosstab(who(table), kinds).reindex(columns=["direct", "reported"], fill_value=0)
    counts.index.name, counts.columns.name = "speaker", None
    order = counts.sum(axis=1).sort_values(ascending=False, kind="stable").index
    return counts.loc[order]
