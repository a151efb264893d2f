"""Every attribution of an article: quoted passages by their marks and cues, reported speech by its cue verbs,
interview transcripts by their labels; nested and repeated finds resolved to the outermost one."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Token

from toolkit.article import Article, paragraph_bounds
from toolkit.lexicon import not_sources
from toolkit.nlp import parse
from toolkit.speech.cues import REPORTING, Cue, earlier_speaker, find_cues, subject_of
from toolkit.speech.direct import attribute_quote
from toolkit.speech.marks import QuoteSpan, article_quotes
from toolkit.speech.record import CONFIDENCE, Attribution, speaker_span
from toolkit.speech.transcripts import transcript_turns


def attributions(article: Article) -> list[Attribution]:
    """Every attribution of the article, ordered by where its content starts."""
    text = article.text
    if not text.strip():
        return []
    bounds = [(p.start, p.end) for p in article.paragraphs] or paragraph_bounds(text)
    marks = article_quotes(article)
    doc = parse(article)
    inside = _inside_quote(doc, marks)
    cues = find_cues(doc, inside)
    used: set[int] = set()
    found = [a for q in marks if (a := attribute_quote(q, doc, cues, marks, used, inside)) is not None]
    found = _inherit_speakers(found, text, bounds)
    turns = transcript_turns(text, bounds)
    labels = sorted(t.cue_start for t in turns)
    found = [a for a in found if not _any_between(labels, a.content_start, a.content_end)] + turns
    by_start = sorted(marks, key=lambda q: q.outer_start)
    mark_starts = [q.outer_start for q in by_start]
    for cue in cues:
        if cue.token.i in used or cue.content_start < 0:
            continue
        subject = subject_of(cue.token)
        if subject is not None and inside[subject.i]:
            subject = earlier_speaker(cue.token, inside)
        if _no_source(cue, subject):
            continue
        reported = _reported(cue, subject, by_start, mark_starts)
        if reported.speaker_start >= 0 or reported.cue_class in REPORTING:
            found.append(reported)
    return _dedupe(_reported_by(_outermost(found)))


def _inside_quote(doc: Doc, marks: list[QuoteSpan]) -> list[bool]:
    inside = [False] * len(doc)
    for q in marks:
        span = doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                inside[i] = True
    return inside


def _no_source(cue: Cue, subject: Token | None) -> bool:
    """Whether the cue's subject is inanimate and reports no one's words ("the statistics reveal"; the words are
    ``toolkit/data/not_sources.tsv``); a source phrase ("according to the statistics") always names a source."""
    if cue.cls == "source" or subject is None:
        return False
    return bool({subject.lemma_.lower(), subject.lower_} & not_sources())


def _any_between(sorted_offsets: list[int], start: int, end: int) -> bool:
    """Whether any of the sorted offsets lies in ``[start, end)``."""
    i = bisect_left(sorted_offsets, start)
    return i < len(sorted_offsets) and sorted_offsets[i] < end


def _reported(cue: Cue, subject: Token | None, marks: list[QuoteSpan], starts: list[int]) -> Attribution:
    """The reported speech a cue introduces, said by ``subject``; ``marks`` sorted by where they start
    (``starts``)."""
    speaker = speaker_span(subject)
    within = marks[bisect_left(starts, cue.content_start) : bisect_left(starts, cue.content_end)]
    holds_quote = any(q.outer_end <= cue.content_end for q in within)
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
    part of a reported clause ("Ortiz said that by refusing to use the words “budget crisis,” the council ...").

    Linear after sorting: running maxima of content ends, over contents sorted by start, answer both questions.
    """
    order = sorted(range(len(found)), key=lambda i: found[i].content_start)
    starts = [found[i].content_start for i in order]
    best: list[tuple[int, int]] = []  # the furthest content end so far, and whose
    runner_up: list[int] = []  # the furthest end so far of any other attribution
    reported_end: list[int] = []  # the furthest end so far of an attribution with a cue class
    first, second, reporting = (-1, -1), -1, -1
    for i in order:
        end = found[i].content_end
        if end > first[0]:
            first, second = (end, i), first[0]
        elif end > second:
            second = end
        if found[i].cue_class:
            reporting = max(reporting, end)
        best.append(first)
        runner_up.append(second)
        reported_end.append(reporting)

    def inside_another(i: int, a: Attribution) -> bool:
        if a.cue_class:  # is the cue inside another attribution's content?
            k = bisect_right(starts, a.cue_start)
            if k == 0:
                return False
            end = runner_up[k - 1] if best[k - 1][1] == i else best[k - 1][0]
            return end > a.cue_start
        k = bisect_right(starts, a.content_start)  # is the whole quote inside a reported clause?
        return k > 0 and reported_end[k - 1] >= a.content_end

    return [a for i, a in enumerate(found) if not inside_another(i, a)]


def _reported_by(found: list[Attribution]) -> list[Attribution]:
    """A quote whose cue lies inside the words another speaker is reported to have said or written belongs to that
    speaker: the article knows it only from them ('Cruz said he is certain Rubio will [continue] to be "a champion
    ..."'; 'a fraternity brother recalled him [saying] "..."' is the brother's account). PolNeAR annotates it so."""
    reporting = [a for a in found if a.cue_class in REPORTING and a.speaker_start >= 0]
    result = []
    for a in found:
        outer = next((r for r in reporting if r is not a and r.content_start <= a.cue_start < r.content_end), None)
        if outer is not None and a.cue_start >= 0:
            a = replace(a, speaker_start=outer.speaker_start, speaker_end=outer.speaker_end)
        result.append(a)
    return result


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    seen: set[tuple[int, int]] = set()
    result = []
    for a in sorted(found, key=lambda a: (a.content_start, a.content_end)):
        if (a.content_start, a.content_end) not in seen:
            seen.add((a.content_start, a.content_end))
            result.append(a)
    return result
