"""Resolve speaker mentions to actors: names, surnames and role phrases through the entities module, pronouns to
the nearest compatible earlier actor. No actor is better than a wrong one: unsure cases resolve to ""."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from toolkit.article import Article
from toolkit.lexicon import document_nouns, titles
from toolkit.mentions.finder import MISREAD, titled_name
from toolkit.mentions.gender import PRONOUN_GENDERS, person_genders
from toolkit.nlp import parse
from toolkit.speech.cues import cue_nouns, entity_of, source_behind
from toolkit.speech.marks import article_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PERSON_PRONOUNS = {word: PRONOUN_GENDERS[word] for word in ("he", "him", "his", "she", "her")}
"""The he/she words that can be a speaker (or own the words that speak: "his remarks"), with their gender."""
GROUP_PRONOUNS = {"they", "them", "it"}
PERSON_LABELS = {"PERSON"}
GROUP_LABELS = {"ORG", "GPE", "NORP"}
THEY_LABELS = {"ORG", "NORP"}
""""They" speaks for an organisation or a group, not for a place the sentence before merely mentions."""
LOOKBACK_PARAGRAPHS = 2
"""A pronoun resolves to an actor mentioned at most this many paragraphs before it."""


def resolve_actors(article: Article, spans: list[tuple[int, int]], *, demonyms: bool = False) -> list[str]:
    """The canonical actor of each speaker span ``(start, end)`` of ``article.text`` ("" when absent or unsure).

    Pronouns resolve to the nearest earlier actor of a compatible type (he/she: a person of that gender or of none the
    article gives, see :mod:`toolkit.mentions.gender`; it/they: an organisation, country or group), looking back at most
    two paragraphs; every other mention goes through ``toolkit.mentions.tables.resolve_mention``.
    """
    if not any(start >= 0 for start, _ in spans):
        return [""] * len(spans)
    try:
        from toolkit.mentions.tables import entity_rows, resolve_mention
    except ImportError:
        return [""] * len(spans)
    rows = sorted((start, label, sentence, actor)
                  for _, label, start, _, sentence, _, actor in entity_rows(article, demonyms=demonyms) if actor)
    persons = {r[3] for r in rows if r[1] == "PERSON"}  # a role phrase naming a person counts as that person
    rows = [(s, "PERSON" if label == "ROLE" and actor in persons else label, n, actor) for s, label, n, actor in rows]
    starts = [r[0] for r in rows]
    words = [article.text[start:end].strip().lower() if start >= 0 else "" for start, end in spans]
    if any(w in PERSON_PRONOUNS for w in words):
        known = person_genders(article, rows, [(q.start, q.end) for q in article_quotes(article)])
    else:
        known = {}
    actors = []
    for (start, end), word in zip(spans, words):
        if start < 0:
            actors.append("")
        elif word in PERSON_PRONOUNS or word in GROUP_PRONOUNS:
            actors.append(pronoun_actor(article, rows, starts, start, word, known))
        else:
            actors.append(resolve_mention(article, start, end, demonyms=demonyms) or "")
    return actors


def pronoun_actor(
    article: Article,
    rows: list[tuple[int, str, int, str]],
    starts: list[int],
    start: int,
    pronoun: str,
    known: dict[str, str],
) -> str:
    """The nearest earlier actor a pronoun at ``start`` can refer to; "" if none within reach or the nearest sentence
    offers two different ones (a person ``known`` to be of the other gender is passed over). ``rows`` are the
    article's mentions that name an actor, ``(start, label, sentence, actor)`` sorted by start (``starts``), role
    phrases naming a person labelled PERSON ("The former president closed ... he said"); only the rows within reach
    are looked at."""
    labels = PERSON_LABELS if pronoun in PERSON_PRONOUNS else GROUP_LABELS if pronoun == "it" else THEY_LABELS
    gender = PERSON_PRONOUNS.get(pronoun)
    window = rows[bisect_left(starts, _reach(article, start)) : bisect_left(starts, start)]
    earlier = [r for r in window if r[1] in labels and known.get(r[3], gender) == gender]
    if not earlier:
        return ""
    nearest_sentence = max(r[2] for r in earlier)
    candidates = list(dict.fromkeys(r[3] for r in earlier if r[2] == nearest_sentence))
    return candidates[0] if len(candidates) == 1 else ""


def _reach(article: Article, start: int) -> int:
    starts = article.cached("paragraph starts", lambda: [p.start for p in article.paragraphs])
    index = bisect_left(starts, start + 1) - 1
    return starts[max(index - LOOKBACK_PARAGRAPHS, 0)] if starts else 0


def referent(article: Article, start: int, end: int) -> tuple[int, int]:
    """The span an actor is resolved from: the speaker (a relative pronoun's noun already, see
    :func:`toolkit.speech.record.speaker_span`); for a role with a name beside it, the name ("her lawyer, David
    Kendall"; "former Vermont governor Howard Dean"); for a report, survey or group with its maker named, the maker
    ("a report from the CDC").

    >>> from toolkit.article import as_article
    >>> a = as_article("Her lawyer, David Kendall, said the emails were private.")
    >>> a.text[slice(*referent(a, 0, 10))]
    'David Kendall'
    """
    if start < 0:
        return start, end
    doc = parse(article)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return start, end
    name = _name_beside(span) or source_behind(span.root) or _author(span.root)
    if name is not None:
        return name.start_char, name.end_char
    return span.start_char, span.end_char


def _author(root: Token) -> Span | None:
    """Whose words a speaker that is words is: the owner of "his remarks", "Clinton's statement", "the mayor's
    letter" (a noun of ``cue_nouns.tsv`` or ``document_nouns.tsv``); None otherwise."""
    if root.pos_ != "NOUN" or root.lemma_.lower() not in cue_nouns().keys() | document_nouns():
        return None
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    return entity_of(owner) if owner.ent_type_ else owner.doc[owner.i : owner.i + 1]


def _name_beside(span: Span) -> Span | None:
    """The person named in apposition to a role phrase (after it, or before it: "said Tom Rath, a party leader who
    ...", whatever label the model gave the name beside an office), or right after it as the head of the whole
    phrase; None when the phrase is itself a name or nothing names it."""
    root = span.root
    if root.ent_type_ == "PERSON" or root.pos_ == "PRON":
        return None
    if root.dep_ == "appos" and root.head.ent_type_ == "PERSON" and root.head.i < span.start:
        return entity_of(root.head)
    office = titles().get(root.lower_) == "office"
    linked = [c for c in root.children if c.dep_ == "appos" and (
        c.ent_type_ == "PERSON" or office and c.pos_ == "PROPN" and (c.ent_type_ in MISREAD or titled_name(c)))]
    head = root.head
    named = head.ent_type_ == "PERSON" or head.ent_type_ in MISREAD | {"GPE", "LOC"} and titled_name(head)
    if named and head.i >= span.end and head.i - span.end <= 3:
        linked.append(head)  # "former Vermont governor Howard Dean": the name heads the phrase
    for token in linked:
        entity = entity_of(token)
        if entity.start >= span.end:
            return entity
    return None
