"""The gender of an article's people, for resolving "he" and "she": a gendered title on any mention ("Mrs. Jones",
``toolkit/data/titles.tsv``), else a first name that nearly always belongs to one gender
(``toolkit/data/first_names.tsv``), else the he/she words that follow the person as a subject, possessive or
reflexive when no other person, named or by office, stands between (the same sentence, or the next one if the
person's is the only one named), outside quotation marks (a quoted speaker's "he" is someone else)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from toolkit.lexicon import name_genders, title_genders, titles
from toolkit.nlp import parse, sentence_bounds, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from toolkit.article import Article

PRONOUN_GENDERS = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}
GENDERS = {"m": "male", "f": "female"}
MARGIN = 2
"""One gender is taken when its pronouns outnumber the other's at least this many times over."""


def person_genders(
    article: Article, rows: list[tuple[int, str, int, str]], quoted: Iterable[tuple[int, int]] = ()
) -> dict[str, str]:
    """Person actor -> "male" or "female", where the article says which. ``rows`` are the article's mentions that
    name an actor, ``(start, label, sentence, actor)`` sorted by start; ``quoted`` the spans inside quotation marks.

    >>> from toolkit.article import as_article
    >>> from toolkit.mentions.tables import entity_rows
    >>> a = as_article("Mrs. Kim Lee met Sam Hill and Tom Ford. Hill said his plan was ready. Lee disagreed.")
    >>> rows = sorted((s, lab, n, act) for _, lab, s, _, n, _, act in entity_rows(a) if act)
    >>> sorted(person_genders(a, rows).items())
    [('Kim Lee', 'female'), ('Sam Hill', 'male'), ('Tom Ford', 'male')]
    """
    persons = [r for r in rows if r[1] == "PERSON"]
    titled: dict[str, set[str]] = defaultdict(set)
    for start, _, _, actor in persons:
        said = title_gender(article.text, start)
        if said:
            titled[actor].add(said)
    votes: dict[str, Counter] = defaultdict(Counter)
    by_sentence: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for start, _, sentence, actor in persons:
        by_sentence[sentence].append((start, actor))
    doc = parse(article)
    sentence_starts = sentence_bounds(doc)[1]
    quoted = sorted(quoted)
    quote_starts = [start for start, _ in quoted]
    for token in doc:
        gender = PRONOUN_GENDERS.get(token.lower_)
        if gender is None or not _refers_back(token) or _inside(quoted, quote_starts, token.idx):
            continue
        sentence = bisect_right(sentence_starts, token.idx) - 1
        named = [(start, actor) for start, actor in by_sentence.get(sentence, []) if start < token.idx]
        if not named:
            named = by_sentence.get(sentence - 1, [])
        before = {actor for _, actor in named}
        if len(before) == 1 and not _subject_between(doc, max(named)[0], token):
            votes[before.pop()][gender] += 1
    found = {actor: said.pop() for actor, said in titled.items() if len(said) == 1}
    for actor in {r[3] for r in persons} - set(titled):
        named = name_genders(actor)
        if named:
            found[actor] = GENDERS[named.pop()]
    for actor, counts in votes.items():
        if actor in titled or actor in found:
            continue
        (top, n), *rest = counts.most_common() + [("", 0)]
        if n >= MARGIN * rest[0][1] and n > rest[0][1]:
            found[actor] = top
    return found


def _inside(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` lies in one of the sorted, disjoint ``spans`` (``starts`` their starts)."""
    k = bisect_right(starts, offset) - 1
    return k >= 0 and offset < spans[k][1]


def _subject_between(doc: Doc, start: int, pronoun: Token) -> bool:
    """Whether an office holder unnamed stands as a subject between the name at ``start`` and the pronoun: "Nessel
    said the president left after he refused" tells nothing of Nessel's gender."""
    name = token_at(doc, start)
    first = name.i if name is not None else pronoun.i
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and titles().get(t.lower_) == "office"
               for t in doc[first + 1 : pronoun.i])


def _refers_back(pronoun: Token) -> bool:
    """Whether a he/she word is likely to point back to the person named before it in its sentence: a subject, a
    possessive or a reflexive ("Hill said his plan ..."), not an object ("Hill called her")."""
    return pronoun.dep_ in ("nsubj", "nsubjpass") or pronoun.tag_ == "PRP$" or pronoun.lower_ in ("himself", "herself")


def title_gender(text: str, start: int) -> str | None:
    """The gender a title in or just before a mention at ``start`` gives ("male", "female"), else None.

    >>> title_gender("Mrs. Mary Jones", 5), title_gender("Mary Jones", 0)
    ('female', None)
    """
    words = text[max(0, start - 7) : start].split()[-1:] + text[start : start + 7].split()[:1]
    said = {title_genders().get(w.lower()) for w in words}
    return "female" if "f" in said else "male" if "m" in said else None
