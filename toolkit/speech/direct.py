"""Attribute a quoted passage: the cue verb around it, a colon before it, a dash after it, the sentence it sits in
or follows, with the speaker each gives."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from toolkit.lexicon import abbreviations, first_names
from toolkit.nlp import sentence_bounds, text_of, token_at
from toolkit.speech.cues import (
    REPORTING,
    SPOKEN,
    Cue,
    cue_lexicon,
    reporter,
    spoken,
    subject_of,
)
from toolkit.speech.marks import DOUBLE_MARK, QuoteSpan
from toolkit.speech.record import CONFIDENCE, Attribution, proper_run, speaker_span

MIN_QUOTE_WORDS = 6
"""A quoted passage of fewer words with no cue of its own is read as a scare quote or a title, not speech."""
MIXED_MIN_WORDS = 3
"""A reported clause holding a quote is "mixed" when at least this many of its words lie outside the marks."""
MAX_TAIL_WORDS = 12
"""At most this many words may follow a quote in its sentence for the verb among them to count as its cue."""
MAX_SPLIT_GAP = 4
"""At most this many words between a quote and a cue right after it, or a cue and the second half of a split
quote."""
DASH_SPEAKER = re.compile(r"\s*[—–―-]{1,2}\s*(?=[A-Z])")
LINE_LABEL = re.compile(r"[ \t]*([A-Z][^\s:]*(?: [^\s:]+){0,5}):[ \t]")
"""Up to six words from a capital to a colon at the start of a line."""


def abbreviation_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A regex for the words (lower case, with their period) and the initials whose period does not end a sentence:
    each word with a capital first letter, a single capital ("J."), dotted capitals ("U.S.").

    >>> abbreviation_pattern(["sen.", "mr."]).sub("_", "Mr. Smith met Sen. J. Doe at noon.")
    '_ Smith met _ _ Doe at noon.'
    """
    written = sorted({w[:1].upper() + w[1:-1] for w in words}, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "".join(re.escape(w) + "|" for w in written) + r"[A-Z]|(?:[A-Z]\.)+[A-Z])\.")


ABBREVIATION = abbreviation_pattern(abbreviations())
"""A title or initial whose period does not end a sentence ("Mr.", "Sen.", "U.S.", "J."); the words are the
abbreviations of ``toolkit/data/titles.tsv``."""


def attribute_quote(
    q: QuoteSpan, doc: Doc, cues: list[Cue], marks: list[QuoteSpan], used: set[int], inside: list[bool]
) -> Attribution | None:
    """The attribution of one quoted passage: by a cue verb around it, a colon before it, a dash after it; a long
    passage with none of these is kept without a speaker; a short one is left to the reported speech around it."""
    text = text_of(doc)
    content_end = q.end - 1 if text[q.end - 1] == "," else q.end
    sents = _sentences_around(q, doc)
    cue = _best_cue(q, cues, sents, used) or _verb_after(q, doc) or _verb_before(q, doc)
    if cue is not None:
        used.add(cue.token.i)
        cue = _outer_cue(cue, q, cues) or cue
        subject = subject_of(cue.token)
        if subject is None or inside[subject.i]:
            subject = _name_between(doc, _quote_before(cue, marks), cue.token, inside)
        if subject is None and not text[q.outer_end : cue.start].strip(" ,"):
            subject = _inverted_subject(cue.token)
        speaker = speaker_span(subject)
        label = _label_speaker(q, doc) if speaker[0] < 0 else None
        if label is not None:  # "Bernie Sanders: 'It Is Not A Radical Idea' To Ask ...": the headline names him
            return Attribution("direct", q.start, content_end, *label, CONFIDENCE["colon"])
        outside = _words_outside(doc, cue.content_start, cue.content_end, marks)
        holds = 0 <= cue.content_start < q.outer_start and cue.content_end >= q.end
        if holds and outside >= MIXED_MIN_WORDS:
            return Attribution(
                "mixed", cue.content_start, cue.content_end, cue.start, cue.end, *speaker, CONFIDENCE["mixed"]
            )
        return Attribution("direct", q.start, content_end, cue.start, cue.end, *speaker, CONFIDENCE["cue"])
    colon = _colon_speaker(q, doc, inside) or _label_speaker(q, doc)
    if colon is not None:
        return Attribution("direct", q.start, content_end, *colon, CONFIDENCE["colon"])
    dash = DASH_SPEAKER.match(text, q.outer_end)
    if dash is not None and q.closed:
        head = doc.char_span(dash.end(), dash.end() + 1, alignment_mode="expand")
        if head is not None and head[0].pos_ == "PROPN":
            name = proper_run(head[0])
            cue_start = dash.start() + len(dash.group()) - len(dash.group().lstrip())
            return Attribution("direct", q.start, content_end, cue_start, len(dash.group().rstrip()) + dash.start(),
                               name.start_char, name.end_char, CONFIDENCE["dash"])
    if _short(q, text):
        return None
    previous = _sentence_subject(q, doc, inside) or _previous_subject(q, doc)
    if previous is not None:
        return Attribution("direct", q.start, content_end, -1, -1, *previous, CONFIDENCE["previous"])
    return Attribution("direct", q.start, content_end, confidence=CONFIDENCE["none"])


def _short(q: QuoteSpan, text: str) -> bool:
    """Whether a quote is a phrase (under ``MIN_QUOTE_WORDS`` words, not a sentence of its own): a scare quote or a
    title rather than speech."""
    return len(text[q.start : q.end].split()) < MIN_QUOTE_WORDS and not _whole_sentence(q, text)


def _whole_sentence(q: QuoteSpan, text: str) -> bool:
    """Whether a quote is a sentence of its own after another in its paragraph ('... Clark said. "We have a
    plan."'): it starts with a capital right after a sentence ends and has its own full stop, question or
    exclamation mark. (A short quote alone on its line is a heading.)

    >>> from toolkit.speech.marks import find_quotes
    >>> text = 'Clark said so. "We have a plan." Others wrote "the plan."'
    >>> [_whole_sentence(q, text) for q in find_quotes(text, [(0, len(text))])]
    [True, False]
    """
    content = text[q.start : q.end].strip()
    before = text[: q.outer_start].rstrip(" ")
    return (
        content[:1].isupper()
        and content[-1:] in (".", "!", "?")
        and before[-1:] in (".", "!", "?", '"', "”", "’")
    )


def _outer_cue(cue: Cue, q: QuoteSpan, cues: list[Cue]) -> Cue | None:
    """The cue of speech, writing or source whose content holds both a quote and its own cue when that cue is a
    verb of belief, stance, intention or naming ("Hale said he did not think the board 'would get there'"): the
    words are reported by the outer speaker."""
    if cue.cls in REPORTING:
        return None
    start = min(q.outer_start, cue.start)
    around = [c for c in cues if c.cls in REPORTING and 0 <= c.content_start <= start
              and q.start < c.content_end and cue.end <= c.content_end and subject_of(c.token) is not None]
    return min(around, key=lambda c: c.content_end - c.content_start, default=None)


def _sentence_subject(q: QuoteSpan, doc: Doc, inside: list[bool]) -> tuple[int, int] | None:
    """The speaker of a quote that opens inside a sentence about a person ("The senator gushed about a “shared
    interest in ...”"): the subject of that sentence, when it comes before the quote and is a name or he/she."""
    token = token_at(doc, q.outer_start)
    if token is None or token.sent.start_char >= q.outer_start - 1:
        return None
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or inside[subject.i] or subject.idx > q.outer_start or inside[root.i]:
        return None
    if not (subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in ("he", "she", "they")):
        return None
    return speaker_span(subject)


def _previous_subject(q: QuoteSpan, doc: Doc) -> tuple[int, int] | None:
    """The speaker of a quote that stands as its own sentence after a sentence about a person ("Merkel was
    defiant. “We will not…”"): the subject of that sentence when it is a name or he/she."""
    text = text_of(doc)
    gap = text[: q.outer_start]
    stripped = gap.rstrip()
    if not stripped or stripped[-1] not in ".!?:" or gap[len(stripped):].count("\n") > 2:
        return None
    last = doc.char_span(len(stripped) - 1, len(stripped), alignment_mode="expand")
    if last is None or not len(last):
        return None
    sent = last[0].sent
    if sent.text.lstrip()[:1] in "\"“„«'‘":
        return None
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None and spoken(root):
        subject = subject_of(root)  # "Lucy van Dorp, who co-led the work, said ...": the parse gave "said" none
    if root.idx >= q.outer_start:  # the parse ran the sentence into the quote: its verb is the quote's
        return None
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she")):
        return None
    if subject.ent_type_ not in ("", "PERSON") and not spoken(root):  # "..., Schiff said." speaks whatever its label
        return None
    return speaker_span(subject)


def _name_between(doc: Doc, start: int, cue: Token, inside: list[bool]) -> Token | None:
    """When the parse takes a word inside the quote for the cue's subject ('"... Ohio," Mr. Trump said') or finds
    none ('"...," Maria Ortiz, an adviser, said'), the speaker is the cue's own subject between the quote's end and
    the cue ('"...," the conference speaker says'; a name as that subject is left to the search for names), else the
    first name (its last word) or personal pronoun there."""
    first = token_at(doc, start)
    between = [t for t in doc[first.i : cue.i] if not inside[t.i]] if first is not None else []
    subject = next((t for t in between if t.dep_ == "nsubj" and t.head.i == cue.i and t.pos_ != "PROPN"), None)
    if subject is not None:  # '"My dear friend," the conference speaker says': the parse gave the cue two subjects
        return subject
    name = next((t for t in between if t.pos_ == "PROPN" or t.lower_ in ("he", "she", "they")), None)
    if name is None:
        return None
    name = proper_run(name)[-1]
    if name.dep_ == "poss" and name.head.i < cue.i:  # "Lopez's former campaign manager": the manager speaks
        owner = name.head
        return next((c for c in owner.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), owner)
    return name


def _quote_before(cue: Cue, marks: list[QuoteSpan]) -> int:
    """Where the quote nearest before a cue ends, or the cue's sentence starts if that is later."""
    ends = [m.outer_end for m in marks if m.outer_end <= cue.start]
    return max(ends + [cue.token.sent.start_char])


def _inverted_subject(verb: Token) -> Token | None:
    """The speaker after a verb that follows its quote ('"...," tweeted a German user'): the first noun the verb
    governs to its right, else a name right after the verb that the parse hung elsewhere ('"...," said Robin
    Maynard, half joking')."""
    governed = next((c for c in verb.rights if c.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "dative", "appos")
                     and c.pos_ in ("PROPN", "NOUN")), None)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if governed is not None or after is None or after.sent != verb.sent:
        return governed
    if after.pos_ == "PROPN" or after.is_title and after.is_alpha and not after.is_stop:
        return proper_run(after)[-1]  # "said Skelly", the name tagged an adverb
    head = after
    while head.dep_ in ("amod", "compound", "det") and head.head.i > head.i:
        head = head.head  # "said retired neurosurgeon Ben [Carson], asked about ...": the parse gave him to "asked"
    return head if head.ent_type_ == "PERSON" else None


def _sentences_around(q: QuoteSpan, doc: Doc) -> list[Span]:
    """The sentences a quote starts and ends in, the one after it and the one before it, in that order of
    preference (nearest first)."""
    bounds, starts = sentence_bounds(doc)
    first = max(bisect_right(starts, q.outer_start) - 1, 0)
    last = max(bisect_right(starts, max(q.outer_end - 1, q.outer_start)) - 1, 0)
    order = [last, first, last + 1, first - 1]
    return [doc[bounds[i][0] : bounds[i][1]] for i in dict.fromkeys(order) if 0 <= i < len(bounds)]


def _best_cue(q: QuoteSpan, cues: list[Cue], sents: list[Span], used: set[int]) -> Cue | None:
    """The cue nearest the quote in its own sentences (or a short sentence right after it, or the one before
    ending in a colon) whose complement is the quote, holds it, or was not found; a cue just after the quote
    ('"...," she said') and a verb of speech or writing come first. Two halves of a quote split by "he said"
    share the cue."""
    # the sentence before a quote that ends the text moves up the list: it is never one of the quote's own
    own = {(s.start, s.end) for s in sents[:2] if s.end_char > q.outer_start}
    after = sents[2] if len(sents) > 2 and sents[2].start_char >= q.outer_end else None
    before = next((s for s in sents[1:] if s.end_char <= q.outer_start), None)
    candidates = []
    lo = bisect_left(cues, min(s.start_char for s in sents), key=lambda c: c.start)
    hi = bisect_right(cues, max(s.end_char for s in sents), key=lambda c: c.start)
    for cue in cues[lo:hi]:
        if (cue.cls == "source" or cue.token.i in used) and not _leads_into(cue, q):
            continue
        sent = cue.token.sent
        where = (sent.start, sent.end)
        if where in own and not _across_paragraphs(cue, q):
            pass
        elif after is not None and where == (after.start, after.end) and _adjacent(q, after, cue):
            pass
        elif before is not None and where == (before.start, before.end) and before.text.rstrip().endswith(":"):
            pass
        else:
            continue
        reports_quote = cue.content_start < q.end and q.start < cue.content_end
        if cue.content_start >= 0 and not reports_quote and not _leads_into(cue, q) and not _follows(cue, q):
            continue
        if cue.content_start >= q.outer_end and _short(q, text_of(cue.token.doc)):
            continue  # 'told "Morning Joe" that ...': a short quote before the cue's content is not its words
        if cue.content_start < 0 and subject_of(cue.token) is None and not (
            _follows(cue, q) and _inverted_subject(cue.token) is not None
        ):  # '"...," said Skelly': the name after the verb
            continue
        distance = min(abs(cue.start - q.outer_end), abs(q.outer_start - cue.end))
        trailing = 0 if 0 <= cue.start - q.outer_end <= 60 else 1
        unspoken = 0 if reports_quote or cue.cls in SPOKEN else 1
        candidates.append((trailing + unspoken, distance, cue.start, cue))
    return min(candidates, key=lambda c: c[:3])[3] if candidates else None


def _across_paragraphs(cue: Cue, q: QuoteSpan) -> bool:
    """Whether a line break separates a cue from a quote (the parse may join a closing mark to the next line)."""
    text = text_of(cue.token.doc)
    gap = text[q.outer_end : cue.start] if cue.start >= q.outer_end else text[cue.end : q.outer_start]
    return "\n" in gap


def _leads_into(cue: Cue, q: QuoteSpan) -> bool:
    """A cue just before a quote, in the same sentence ('"...," he said, "and ..."'): the second half of a split
    quote shares the first half's cue."""
    gap = text_of(cue.token.doc)[cue.end : q.outer_start]
    return cue.end <= q.outer_start and len(gap.split()) <= MAX_SPLIT_GAP and not _breaks(gap)


def _follows(cue: Cue, q: QuoteSpan) -> bool:
    """A cue just after a quote that ends in a comma, question or exclamation mark ('"...," Weiner said'), in the
    same sentence; its subject may run longer ('"...," Mr. Conant, the Republican consultant, said')."""
    text = text_of(cue.token.doc)
    gap = text[q.outer_end : cue.start]
    ends = text[q.end - 1 : q.outer_end + 1].strip()[:1] in (",", "?", "!")
    if not ends or q.outer_end > cue.start or _breaks(gap):
        return False
    return len(gap.split()) <= MAX_SPLIT_GAP or _only_subject(cue.token, q.outer_end) and _reports_no_clause(cue)


def _reports_no_clause(cue: Cue) -> bool:
    """Whether a cue's content is nothing or a quotation: not a reported clause of its own ('"...," one of the
    prosecutors said the cases were different' reports the clause)."""
    if cue.content_start < 0:
        return True
    before = text_of(cue.token.doc)[max(0, cue.content_start - 2) : cue.content_start]
    return DOUBLE_MARK.search(before) is not None


def _only_subject(verb: Token, start: int) -> bool:
    """Whether all the words from ``start`` to ``verb`` are the verb's subject, with its apposition."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.idx >= start), None)
    if subject is None:
        return False
    words = [t for t in verb.doc[subject.left_edge.i : verb.i] if not t.is_punct]
    return subject.left_edge.idx >= start and all(t.i <= subject.right_edge.i for t in words) and not text_of(
        verb.doc)[start : subject.left_edge.idx].strip(" ,")


def _breaks(gap: str) -> bool:
    """Whether a sentence or a line ends within ``gap``; the period of a title or initial does not count.

    >>> _breaks(" Mr. Brandt "), _breaks(" he said. Then ")
    (False, True)
    """
    return any(c in ABBREVIATION.sub(" ", gap) for c in ".!?\n")


def _verb_after(q: QuoteSpan, doc: Doc) -> Cue | None:
    """A verb right after a quote that ends in a comma, question or exclamation mark, with its subject just before
    or after it ('"...," he mocked', '"...?" asked the boy'): the position makes it a cue even when the verb is not
    in the lexicon. At most ``MAX_TAIL_WORDS`` words may follow the quote in its sentence; for a cue of the lexicon
    after a long quote, at most that many before the cue ('"...!" the nominee of the party, Jane Doe, tweeted ...')."""
    text = text_of(doc)
    if not q.closed or text[q.end - 1 : q.outer_end + 1].strip()[:1] not in (",", "?", "!"):
        return None
    after = token_at(doc, q.outer_end)
    word = next((t for t in doc[after.i :] if not t.is_space and not t.is_punct), None) if after is not None else None
    if word is None or "\n" in text[q.outer_end : word.idx]:
        return None
    tail = [t for t in word.sent if t.idx >= q.outer_end]
    verb = next((t for t in tail if t.pos_ == "VERB" and (_subject_in(t, tail) or _reduced(t, word))), None)
    known = verb is not None and verb.lemma_.lower() in cue_lexicon() and not _short(q, text)
    counted = [t for t in tail if t.i < verb.i] if known else tail  # a known cue may end a long sentence
    if verb is None or len([t for t in counted if not t.is_punct]) > MAX_TAIL_WORDS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), verb.head)
    if word.i not in (verb.i, subject.left_edge.i):
        return None
    return Cue(verb, verb.idx, verb.idx + len(verb), -1, -1, "speech")


def _verb_before(q: QuoteSpan, doc: Doc) -> Cue | None:
    """A verb with a subject right before the comma or colon that opens a quoted sentence ('Hillary shot back, "I
    suppose ..."'), or a quoted passage after "as X put it,": the position makes it a cue even when the verb is not
    in the lexicon."""
    mark = doc.char_span(q.outer_start, q.outer_start + 1, alignment_mode="expand")
    if mark is None or not len(mark) or mark[0].i < 2:
        return None
    i = mark[0].i - 1
    while i > 0 and doc[i].is_space:
        i -= 1
    if doc[i].text not in (",", ":"):
        return None
    verb = doc[i - 1]
    put_it = verb.lower_ == "it" and verb.dep_ == "dobj" and any(t.lower_ == "as" for t in verb.head.lefts)
    if not (put_it or text_of(doc)[q.start : q.start + 1].isupper()):
        return None
    if verb.pos_ != "VERB" and verb.dep_ in ("prt", "advmod") or put_it:
        verb = verb.head  # "Hillary shot back", "As Trevidic put it"
    if verb.dep_ == "pcomp":  # "Ortiz apologized for what [happened]:": the verb the phrase hangs on speaks
        verb = next((a for a in verb.ancestors if a.pos_ == "VERB"), verb)
    if verb.pos_ != "VERB" or verb.i >= i or not _subject_in(verb, list(verb.sent)):
        return None
    return Cue(verb, verb.idx, verb.idx + len(verb), -1, -1, "speech")


def _reduced(verb: Token, first: Token) -> bool:
    """Whether the parse read a verb of speech after a quote as a clause on the noun before it ('"...!" the
    nominee, Donald Trump, [tweeted] Sunday'), the noun phrase opening the words after the quote."""
    return verb.dep_ == "acl" and spoken(verb) and verb.head.left_edge.i == first.i and verb.head.dep_ == "ROOT"


def _subject_in(verb: Token, tail: list[Token]) -> bool:
    indices = {t.i for t in tail}
    return any(c.dep_ == "nsubj" and c.i in indices for c in verb.children)


def _adjacent(q: QuoteSpan, after: Span, cue: Cue) -> bool:
    """A cue in the sentence after a quote counts when the sentence is short and starts right after the quote."""
    gap = text_of(after.doc)[q.outer_end : after.start_char]
    return not gap.strip() and "\n" not in gap and len(after) <= 12 and cue.content_start < 0


def _colon_speaker(q: QuoteSpan, doc: Doc, inside: list[bool]) -> tuple[int, int, int, int] | None:
    """(cue_start, cue_end, speaker_start, speaker_end) when the quote follows "X:" in its sentence or the
    sentence before: the subject of the last verb before the colon outside quotation marks, or of the verb
    of speech reporting that verb's clause."""
    text = text_of(doc)
    before = text[: q.outer_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    token = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if token is None:
        return None
    sent = token[0].sent
    last = next(((t, subject) for t in reversed(sent[: token[0].i - sent.start])
                 if t.pos_ == "VERB" and not inside[t.i] and (subject := subject_of(t)) is not None), None)
    outer = reporter(last[0]) if last else None  # "Amar said a deal was possible: '...'" -> Amar
    if outer is not None and (outer.i > token[0].i or inside[outer.i]):
        outer = None  # the parse hung the clause on a verb inside the quote
    if last is None and (sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws) and not any(
        c.dep_ in ("det", "poss") for c in sent.root.children
    ):  # a bare label opening a line ("Losers:", "iBuyers:") is a heading, unless _label_speaker names it
        return None
    head = subject_of(outer) if outer is not None else last[1] if last else sent.root
    if head is None or head.pos_ not in ("PROPN", "NOUN", "PRON") or head.i > token[0].i:
        return None
    named = doc[token[0].i - 1] if token[0].i > sent.start else head
    if head.ent_type_ != "PERSON" and head.pos_ != "PRON" and named.ent_type_ == "PERSON" and named.dep_ != "pobj":
        head = named  # "The timing does not surprise pollster Daron Shaw: '...'": the person, not the thing
    return colon, colon + 1, *speaker_span(head)


def _label_speaker(q: QuoteSpan, doc: Doc) -> tuple[int, int, int, int] | None:
    """(cue_start, cue_end, speaker_start, speaker_end) for a quote in a headline-style line that opens with a
    name and a colon ("Tom Fisher: 'You Find Me Odd'", "BBC Director On Strike: 'We Do Not Pay'"): the
    name (at most four words, up to a preposition) is the speaker."""
    text = text_of(doc)
    line = text.rfind("\n", 0, q.outer_start) + 1
    label = LINE_LABEL.match(text, line, q.outer_start)
    if label is None:
        return None
    span = doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    end = next((t.i for t in span if t.pos_ == "ADP" or t.is_punct), span.end)
    name = doc[span.start : end]
    named = any(t.ent_type_ in ("PERSON", "ORG") for t in name) or len(name) > 1 and name[0].lower_ in first_names()
    if not 0 < len(name) <= 4 or name[-1].pos_ != "PROPN" or not named:  # "Cecile Richards:", untagged
        return None
    colon = label.end(1)
    return colon, colon + 1, name.start_char, name.end_char


def _words_outside(doc: Doc, start: int, end: int, marks: list[QuoteSpan]) -> int:
    if start < 0:
        return 0
    text = text_of(doc)
    for q in marks:
        if start <= q.start and q.end <= end:
            text = text[: q.outer_start] + " " * (q.outer_end - q.outer_start) + text[q.outer_end :]
    return len(text[start:end].split())
