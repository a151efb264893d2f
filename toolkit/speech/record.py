"""One attribution as offsets into the text, and the small helpers both kinds of extraction share."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from toolkit.speech.cues import antecedent, mention_span, source_behind

CONFIDENCE = {"cue": 0.95, "colon": 0.85, "dash": 0.85, "transcript": 0.85, "mixed": 0.85, "speech": 0.8,
              "writing": 0.8, "request": 0.7, "naming": 0.7, "source": 0.8, "belief": 0.6, "stance": 0.6,
              "intention": 0.6, "previous": 0.6, "none": 0.5}
"""How sure each way of finding an attribution is: a quote with its own cue verb (cue), a colon or dash, a
reported clause by its cue class, a speaker taken from the sentence before or the previous quote (previous), a
long quote with no speaker found (none)."""


@dataclass
class Attribution:
    """One attribution as character spans into the article text (-1 where absent)."""

    kind: str
    content_start: int
    content_end: int
    cue_start: int = -1
    cue_end: int = -1
    speaker_start: int = -1
    speaker_end: int = -1
    confidence: float = 0.5
    cue_class: str = ""


def proper_run(token: Token) -> Span:
    """The run of proper nouns starting at ``token`` in its sentence ("Hassan Rouhani")."""
    doc = token.doc
    end = token.i
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].sent == token.sent:
        end += 1
    return doc[token.i : end + 1]


def speaker_span(head: Token | None) -> tuple[int, int]:
    """(start, end) of the mention a speaker token heads, or of the noun phrase a relative pronoun stands for ("Tom
    Berg, who said" -> Tom Berg), through the name of whoever made a thing that speaks ("a report from the CDC");
    (-1, -1) for none or an expletive ("there")."""
    if head is None or head.lower_ == "there" or head.dep_ == "expl":
        return -1, -1
    span = mention_span(antecedent(head))
    source = source_behind(span.root)  # "according to [a tally by the Associated Press]"
    end = source.end_char if source is not None and source.start >= span.end else span.end_char
    return span.start_char, end
