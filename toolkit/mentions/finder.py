"""Entity mentions from the parse, with the small model's usual mistakes repaired.

Repairs are rules over the parse and the lexicons in ``toolkit/data``, never lists of strings from one article:

- titles before a name become roles of the person, and the model's ORG fragments inside them are dropped
  ("Iranian Supreme Leader Ayatollah Ali Khamenei" -> PERSON "Ali Khamenei", roles Supreme Leader, Ayatollah);
- a PERSON loses leading determiners and verbs; one made of a known place and a verb ("Moscow Warns" in a headline)
  is the place; a plural noun ("Scholars") is a group; a name that only modifies a common noun ("Patriot missiles")
  is a product;
- a name the model tagged ORG, GPE or NORP (or DATE, as a subject) that is the full, first or last name of a person in
  the same article ("Trump campaign", "May answered") is that person;
- a proper noun the model left untagged that is the surname of a person it named in full is that person;
- the article's own tags act as an entity ruler: a tag the model missed or cut short is tagged with the label the model
  gave that name elsewhere in the article;
- names in the alias table get the alias's type (the Pentagon is an organization); a facility that speaks or is
  cited ("according to the Pentagon") is an organization; the article's agency is an organization;
- an office set beside a name ("Jane Doe, the mayor,") is a role of the person;
- a one-word name the model took for a place or an organization right after an office in lower case ("the French
  diplomat Talleyrand") is a person;
- a name the model took for an organization or a facility that stands beside an office ("the head of the clinic,
  Beslan Matiev,"), or opens with a known first name beside a noun a person owns ("her mother, Nikki
  Collins-Moore,"), is a person;
- a one-word organization, product, facility or title that is a common word capitalised only where a sentence, quote
  or line opens ("Hotels are reopening", beside "hotels" in the text) is dropped;
- "the supreme leader", "the ministry": definite role phrases become ROLE mentions, resolved later to their holder.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from toolkit.lexicon import aliases, demonyms, first_names, not_actors, places, titles, type_label

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_TITLE_WORDS = 4
LEADING_WORD = re.compile(r"[^\W_]+")
POSSESSIVE = {"'s", "’s", "'", "’"}
MISREAD = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART"}
"""Labels the model gives some persons' names ("Nikki Collins-Moore" ORG)."""
OWNERS = {"his", "her", "their", "my", "our", "your"}
"""Possessive pronouns of persons: a noun they own names a person's relative, aide or friend."""


@dataclass
class Mention:
    """A mention ``doc[i:j]`` with its label, titles stripped off a person's name and kept as ``roles``."""

    i: int
    j: int
    label: str
    roles: list[str] = field(default_factory=list)
    key: str = ""  # for ROLE mentions: the office or body, lower case ("supreme leader")


def _without_space(doc: Doc, m: Mention) -> Mention | None:
    """The mention without white space or lone punctuation at its edges (a name the model ran into a paragraph
    break, an opening quotation mark or parenthesis), without what follows an unclosed parenthesis ("World Health
    Organization (WHO"), and without a preposition or conjunction at its end ("United Teachers of"); None if nothing
    else is left."""
    while m.i < m.j and (doc[m.i].is_space or doc[m.i].is_punct and not doc[m.i].is_alpha):
        m.i += 1
    cut = next((t.i for t in doc[m.i + 1 : m.j] if t.text == "("), None)
    if cut is not None and not any(t.text == ")" for t in doc[cut : m.j]):
        m.j = cut
    while m.j > m.i + 1 and doc[m.j - 1].pos_ in ("ADP", "CCONJ") and doc[m.j - 1].is_lower:
        m.j -= 1
    while m.j > m.i and (doc[m.j - 1].is_space or doc[m.j - 1].is_punct and doc[m.j - 1].text in "([{“‘\"'«-–—,;:"):
        m.j -= 1
    return m if m.j > m.i else None


def bare(text: str) -> str:
    """A name without a leading "the" or a trailing possessive.

    >>> bare("The United States's"), bare("the “National Defence Forces")
    ('United States', 'National Defence Forces')
    """
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.I).lstrip("“‘\"'([«")  # 'the “National Guard'
    return re.sub(r"(?:'s|’s|'|’)$", "", text).strip()


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """``bare`` in lower case: the key names are compared by.

    >>> norm("the U.S.")
    'u.s.'
    """
    return bare(text).lower()


def find_mentions(doc: Doc, *, tags: list[str] | tuple[str, ...] = (), agency: str | None = None) -> list[Mention]:
    """Repaired entity mentions of ``doc`` (sorted), plus ROLE mentions for definite role phrases.

    >>> from toolkit import load_article, parse
    >>> doc = parse(load_article())
    >>> [(doc[m.i:m.j].text, m.roles) for m in find_mentions(doc) if m.label == "PERSON"][:2]
    [('Ali Khamenei', ['Supreme Leader', 'Ayatollah']), ('Hassan Rouhani', ['President'])]
    """
    spans = [m for e in doc.ents if (m := _without_space(doc, Mention(e.start, e.end, e.label_))) is not None]
    spans = _apply_tags(doc, spans, tags)
    spans = sorted(spans + _addressed_names(doc, spans), key=lambda m: (m.i, m.j))
    lower_words = {t.text for t in doc if t.is_lower}
    spans = sorted(spans + _bare_surnames(doc, spans, lower_words), key=lambda m: (m.i, m.j))
    gpe_words = {norm(doc[m.i : m.j].text) for m in spans if m.label in ("GPE", "LOC", "NORP")}
    names = _person_names(doc, spans)
    in_names = {t for e in doc.ents if len(e) > 1 for t in range(e.start, e.end)}
    inner_capitals = {t.lower_ for t in doc if t.text[:1].isupper() and t.i not in in_names and not _opens(t)}
    kept: list[Mention] = []
    for m in spans:
        _relabel(doc, m, agency)
        if _common_word(doc, m, lower_words, inner_capitals):
            continue
        if _named_relative(doc, m) or _titled_name(doc, m):
            m.label = "PERSON"
        name = norm(doc[m.i : m.j].text)
        if name in names and name not in places() | aliases().keys() and (
            m.label in ("ORG", "PRODUCT", "NORP", "GPE") or m.label == "DATE" and doc[m.i : m.j].root.dep_ == "nsubj"
        ):
            m.label = "PERSON"  # "Trump" tagged ORG, "Melania" GPE, "May answered" DATE, where those persons are named
        if m.label == "PERSON":
            kept.extend(_repair_person(doc, m, gpe_words, spans, names))
        else:
            kept.extend(_office_and_holder(doc, m))
    kept = _absorb_title_chains(doc, kept, gpe_words)
    _appositive_roles(doc, kept, gpe_words)
    kept += _role_phrases(doc, kept, gpe_words)
    return sorted(kept, key=lambda m: (m.i, m.j))


def _common_word(doc: Doc, m: Mention, lower_words: set[str], inner_capitals: set[str]) -> bool:
    """Whether a one-word name other than a person's is a common word capitalised only because it opens a sentence,
    a quote or a line ("Hotels are reopening", where the article also writes "hotels"): the word is written in lower
    case elsewhere in the article and never capitalised inside a sentence."""
    token = doc[m.i]
    if m.j - m.i != 1 or m.label not in ("ORG", "PRODUCT", "FAC", "WORK_OF_ART") or token.lower_ not in lower_words:
        return False
    if token.text[:1] in "@#":
        return False  # a handle or hashtag names its account
    return token.lower_ not in inner_capitals


def _opens(token: Token) -> bool:
    """Whether a token stands where any word is capitalised: first in its sentence or line, or after an opening
    quote mark."""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or "\n" in before.text_with_ws or before.is_quote and before.is_left_punct


def _titled_name(doc: Doc, m: Mention) -> bool:
    """Whether a one-word name the model took for a place or an organization is an office holder's (see
    :func:`titled_name`)."""
    return m.j - m.i == 1 and m.label in MISREAD | {"GPE", "LOC"} and titled_name(doc[m.i])


def titled_name(token: Token) -> bool:
    """Whether a proper noun follows an office written in lower case ("the French diplomat Talleyrand said"): the
    office holder's name, unless it is a known place or alias.

    >>> from toolkit import parse
    >>> titled_name(parse("The French diplomat Talleyrand said so.")[3])
    True
    """
    if token.i == 0 or token.pos_ != "PROPN":
        return False
    before = token.doc[token.i - 1]
    return (before.is_lower and before.pos_ == "NOUN" and titles().get(before.lower_) == "office"
            and norm(token.text) not in places() and norm(token.text) not in aliases())


def _named_relative(doc: Doc, m: Mention) -> bool:
    """Whether a name the model took for something else is a person's: two or three proper nouns set beside an
    office ("the head of the clinic, Beslan Matiev,"), or opening with a known first name beside a noun a person owns
    ("her mother, Nikki Collins-Moore,")."""
    span = doc[m.i : m.j]
    words = [t for t in span if t.text != "-"]
    if m.label not in MISREAD or not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" for t in words):
        return False
    root = span.root
    beside = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    nouns = [n for n in beside if n.pos_ == "NOUN" and not m.i <= n.i < m.j]
    if any(titles().get(n.lower_) == "office" for n in nouns):
        return True
    owned = any(c.dep_ == "poss" and c.lower_ in OWNERS for n in nouns for c in n.children)
    return owned and span[0].lower_ in first_names()


def _addressed_names(doc: Doc, spans: list[Mention]) -> list[Mention]:
    """PERSON mentions the model missed after a form of address ("Mr. King", "Mrs. Hale"): the honorific and the
    capitalised words after it (at most three), where no entity lies; an entity of one word right after it becomes
    a PERSON."""
    covered = {t: m for m in spans for t in range(m.i, m.j)}
    found = []
    for token in doc:
        i = token.i + 1
        if titles().get(token.lower_) != "honorific" or token.i in covered or i >= len(doc):
            continue
        if i in covered:
            m = covered[i]
            if m.i == i and m.j == i + 1 and m.label in ("ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC", "WORK_OF_ART"):
                m.label = "PERSON"  # "Mr. Barrett" tagged ORG
            continue
        j = i
        while j < min(i + 3, len(doc)) and j not in covered and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        if j > i:
            found.append(Mention(token.i, j, "PERSON"))
    return found


def _bare_surnames(doc: Doc, spans: list[Mention], lower_words: set[str]) -> list[Mention]:
    """PERSON mentions the model missed: a proper noun outside every entity, after a person the model named in full
    with it as surname ("Nessel said" after "Attorney General Dana Nessel"); not a known place or alias, an initial
    ("C" of a "Vitamin C" taken for a person), nor a word the article also writes in lower case ("Bank" of a
    "Santander Bank"; ``lower_words`` are the article's words in lower case)."""
    covered = {t for m in spans for t in range(m.i, m.j)}
    named_at: dict[str, int] = {}  # surname -> where the first full name with it ends
    for m in spans:
        last = doc[m.j - 1]
        if (m.label == "PERSON" and m.j - m.i > 1 and _whole_word(last) and len(last) > 1 and not last.is_upper
                and last.lower_ not in lower_words and norm(doc[m.i : m.j].text) not in not_actors()):
            named_at.setdefault(last.text, m.j)
    return [Mention(t.i, t.i + 1, "PERSON") for t in doc if t.i >= named_at.get(t.text, len(doc)) and t.i not in covered
            and t.pos_ == "PROPN" and _whole_word(t) and norm(t.text) not in places() and norm(t.text) not in aliases()]


def _whole_word(token: Token) -> bool:
    """Whether a token is a word of letters not joined by a hyphen to its neighbours ("Pearl" in "Caputo-Pearl" is
    not)."""
    doc = token.doc
    joined = (token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_) or (
        token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_)
    return token.is_alpha and not joined


def _person_names(doc: Doc, spans: list[Mention]) -> set[str]:
    """Full names (two words or more, without leading titles) of the persons the model found, their first names
    and surnames, in lower case."""
    names = set()
    for m in spans:
        words = [t for t in doc[m.i : m.j] if t.is_alpha or "." in t.text or "-" in t.text]
        while words and titles().get(words[0].lower_):
            words.pop(0)
        if m.label == "PERSON" and len(words) > 1 and all(w.text[0].isupper() and w.tag_ == "NNP" for w in words):
            names |= {" ".join(w.lower_ for w in words), words[0].lower_, words[-1].lower_}
    return names


def _apply_tags(doc: Doc, spans: list[Mention], tags) -> list[Mention]:
    """Tag each occurrence of an article tag the model missed or cut short, with the label it gave that name."""
    labels: dict[str, Counter] = {}
    for m in spans:
        labels.setdefault(norm(doc[m.i : m.j].text), Counter())[m.label] += 1
    for tag in tags:
        if not any(c.isupper() for c in tag):
            continue
        for found in re.finditer(rf"(?<!\w){re.escape(tag)}(?!\w)", doc.text):
            span = doc.char_span(found.start(), found.end())
            if span is None:
                continue
            inside = [m for m in spans if m.i < span.end and span.start < m.j]
            sticks_out = any(m.i < span.start or m.j > span.end for m in inside)
            if sticks_out or [(m.i, m.j) for m in inside] == [(span.start, span.end)]:
                continue
            label = _label_for(span, inside, labels)
            if label:
                spans = [m for m in spans if m not in inside] + [Mention(span.start, span.end, label)]
    return sorted(spans, key=lambda m: m.i)


def _label_for(span, inside: list[Mention], labels: dict[str, Counter]) -> str:
    """The label the model gave this name elsewhere, or to its pieces here; PERSON if it starts with a title."""
    seen = labels.get(norm(span.text))
    if seen:
        return seen.most_common(1)[0][0]
    if inside and len({m.label for m in inside}) == 1:
        return inside[0].label
    if span[0].lower_ in titles() and len(span) > 1:
        return "PERSON"
    return ""


def _relabel(doc: Doc, m: Mention, agency: str | None) -> None:
    """Alias types, the agency, demonyms tagged as places, and facilities that act, in place."""
    text = doc[m.i : m.j].text
    alias = aliases().get(norm(text))
    if alias and any(c.isupper() for c in text):
        m.label = type_label()[alias[1]] if m.label not in ("GPE", "LOC") or alias[1] != "place" else m.label
    elif agency and norm(text) == agency.lower():
        m.label = "ORG"
    elif m.label in ("GPE", "LOC") and text.lower() in demonyms():
        m.label = "NORP"  # "Ukrainian troops": a demonym the model took for a place
    elif m.label == "FAC":
        root = doc[m.i : m.j].root
        cited = root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"
        if cited or root.dep_ == "nsubj":
            m.label = "ORG"


def _repair_person(doc: Doc, m: Mention, gpe_words: set[str], spans: list[Mention], names: set[str]) -> list[Mention]:
    """Strip titles, determiners and verbs off the name; drop persons built from a place and a verb ("Moscow Warns"),
    plural nouns ("Scholars") and names used as a modifier of a thing ("Patriot missiles"); a word that is no first
    name before a group is not a person ("Faulty Chinese": the group)."""
    i, j, verb = m.i, m.j, False
    after = "honorific" if i > 0 and titles().get(doc[i - 1].lower_) == "honorific" else ""
    while i < j:
        end, kind = _title_at(doc, i, j)
        if not kind and not (doc[i].pos_ == "DET" or doc[i].tag_.startswith("VB") or doc[i].is_punct):
            break
        if kind and after == "honorific" and end == j and doc[i].text[:1].isupper():
            break  # "Mr. King", "Ms. Judge": after a form of address, a last title word is the name
        verb |= doc[i].tag_.startswith("VB")
        after = kind or after
        i = max(end, i + 1)  # a title becomes a role in the title chain walk
    while j > i and (doc[j - 1].text in POSSESSIVE or doc[j - 1].is_punct or doc[j - 1].tag_.startswith("VB")):
        verb |= doc[j - 1].tag_.startswith("VB")
        j -= 1
    if i == j:
        return []
    name = norm(doc[i:j].text)
    if name not in names and (name in places() or verb and any(t.lower_ in places() for t in doc[i:j])):
        return [Mention(t.i, t.i + 1, "GPE") for t in doc[i:j] if t.lower_ in places()]
    i = next((k for k in range(i + 1, j - 1) if norm(doc[k:j].text) in names), i)  # "Crooked Hillary Clinton"
    last = doc[j - 1].lower_
    if j - i > 1 and name not in names and doc[i].lower_ not in first_names() and (
        last in demonyms() or any(n.label == "NORP" and norm(doc[n.i : n.j].text) == last for n in spans)
    ):  # "Faulty Chinese", "Radical Democrats" in a headline: a group with a capitalised word before it
        return [Mention(j - 1, j, "NORP")]
    if j - i == 1 and name not in names:
        if doc[i].tag_ in ("NNS", "NNPS") and doc[i].lemma_.lower() != doc[i].lower_:
            return [Mention(i, j, "NORP")]
        if _modifies_a_thing(doc[i]) and not _named_elsewhere(doc, doc[i], spans):
            return [Mention(i, j, "PRODUCT")]
    m.i, m.j = i, j
    return [m]


def _office_and_holder(doc: Doc, m: Mention) -> list[Mention]:
    """A name the model ran on from an office into its holder ("Secretary of [Defense Jim Mattis]"): the body, and
    the person from the first name on (``toolkit/data/first_names.tsv``); else the mention as it is."""
    if m.i < 2 or doc[m.i - 1].lower_ != "of" or titles().get(doc[m.i - 2].lower_) != "office":
        return [m]
    start = next((k for k in range(m.i + 1, m.j - 1) if doc[k].lower_ in first_names()
                  and all(t.pos_ == "PROPN" for t in doc[k : m.j])), None)
    return [m] if start is None else [Mention(m.i, start, m.label), Mention(start, m.j, "PERSON")]


def _title_at(doc: Doc, i: int, limit: int) -> tuple[int, str]:
    """The longest title starting at token ``i`` (before ``limit``): (end, kind), or (i, "")."""
    lead = LEADING_WORD.match(doc[i].lower_) if i < limit else None
    if lead is None or lead.group() not in _title_leads():  # no title starts with this word: skip the lookups
        return i, ""
    for n in range(min(MAX_TITLE_WORDS, limit - i), 0, -1):
        kind = titles().get(doc[i : i + n].text.lower())
        if kind and kind != "body":
            return i + n, kind
    return i, ""


def _title_leads() -> frozenset[str]:
    """Every prefix of the first word of every title: a token whose first word is none of these starts no title
    (built again whenever the titles table is read again)."""
    table = titles()
    if _LEADS.get("table") is not table:
        words = [m.group() for key in table if (m := LEADING_WORD.match(key))]
        _LEADS.update(table=table, leads=frozenset(word[:n] for word in words for n in range(1, len(word) + 1)))
    return _LEADS["leads"]


_LEADS: dict[str, object] = {}


def _modifies_a_thing(token: Token) -> bool:
    head = token.head
    return (
        token.dep_ in ("compound", "amod", "nmod")
        and head.pos_ == "NOUN"
        and head.text.islower()
        and head.lower_ not in titles()
    )


def _named_elsewhere(doc: Doc, token: Token, spans: list[Mention]) -> bool:
    """Whether the word is part of a longer person name, or a person on its own, elsewhere in the article."""
    for m in spans:
        if m.label == "PERSON" and not m.i <= token.i < m.j:
            words = [t.lower_ for t in doc[m.i : m.j]]
            if token.lower_ in words and (len(words) > 1 or not _modifies_a_thing(doc[m.i])):
                return True
    return False


def _is_place_word(token: Token, gpe_words: set[str]) -> bool:
    low = token.lower_
    return low in demonyms() or low in places() or low in gpe_words or token.ent_type_ in ("GPE", "NORP", "LOC")


def _office_start(doc: Doc, end: int, gpe_words: set[str], stop: set[int]) -> tuple[int, str]:
    """If an office or honorific ends at token ``end`` (exclusive), where it starts (with the words that qualify it,
    "National Security" before "Adviser") and its kind; else (end, "")."""
    for n in range(min(MAX_TITLE_WORDS, end), 0, -1):
        kind = titles().get(doc[end - n : end].text.lower())
        if kind and kind != "body":
            break
    else:
        return end, ""
    start = end - n
    if kind == "office":
        while start > 0 and end - start < MAX_TITLE_WORDS + 2:
            t = doc[start - 1]
            qualifies = t.pos_ in ("ADJ", "NOUN", "PROPN") and t.is_alpha and titles().get(t.lower_) != "honorific"
            if not qualifies or _is_place_word(t, gpe_words) or t.i in stop or t.lower_ in aliases():
                break
            start -= 1
    return start, kind


def _absorb_title_chains(doc: Doc, spans: list[Mention], gpe_words: set[str]) -> list[Mention]:
    """Walk left from each person over titles and nationality words; titles become roles, and the model's ORG
    fragments inside them go, unless the name stands without a title somewhere in the article or is a known alias."""
    independent = {norm(doc[m.i : m.j].text) for m in spans if m.j == len(doc) or not _title_at(doc, m.j, len(doc))[1]}
    known = independent | aliases().keys()
    protected = {
        t
        for m in spans
        if m.label not in ("PERSON", "ORG") or norm(doc[m.i : m.j].text) in known
        for t in range(m.i, m.j)
    }
    dropped: set[int] = set()
    added: list[Mention] = []
    by_start = sorted(range(len(spans)), key=lambda k: spans[k].i)  # the spans before a chain, found by bisection
    starts = [spans[k].i for k in by_start]
    longest = max((m.j - m.i for m in spans), default=0)
    for m in spans:
        if m.label != "PERSON":
            continue
        pos, chain_start, left_roles = m.i, m.i, []
        while pos > 0:
            start, kind = _office_start(doc, pos, gpe_words, protected)
            if kind:
                if kind in ("qualifier", "standin") and left_roles:
                    left_roles[-1] = f"{doc[start:pos].text} {left_roles[-1]}"
                elif kind in ("office", "honorific"):
                    left_roles.append(doc[start:pos].text)
                pos = chain_start = start
            elif doc[pos - 1].text in POSSESSIVE and pos > 1 and _is_place_word(doc[pos - 2], gpe_words):
                pos -= 2
            elif _is_place_word(doc[pos - 1], gpe_words) or doc[pos - 1].lower_ in aliases():
                pos -= 1
            else:
                break
        m.roles = left_roles[::-1] + m.roles
        for k in by_start[bisect_left(starts, chain_start - longest) : bisect_left(starts, m.i)]:
            other = spans[k]
            if (
                other.label in ("ORG", "PERSON")
                and other.i not in protected
                and other.i < m.i
                and other.j > chain_start
            ):
                dropped.add(k)
                added += [Mention(t.i, t.i + 1, "GPE") for t in doc[other.i : other.j]
                          if t.lower_ in places() or t.lower_ in gpe_words]
    return [m for k, m in enumerate(spans) if k not in dropped] + added


def _appositive_roles(doc: Doc, spans: list[Mention], gpe_words: set[str]) -> None:
    """Give a person the office set beside the name ("Jane Doe, the mayor,"; "Tom Reyes, a spokesman for the
    airline,"; "the senator, Maria Lopez,"), so "the mayor" later refers back to her."""
    for m in spans:
        if m.label != "PERSON":
            continue
        root = doc[m.i : m.j].root
        beside = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        for noun in beside:
            if titles().get(noun.lower_) != "office" or noun.pos_ != "NOUN" or m.i <= noun.i < m.j:
                continue
            words = [t.text for t in noun.lefts if t.dep_ in ("compound", "amod") and t.pos_ in ("NOUN", "ADJ")
                     and not _is_place_word(t, gpe_words)]
            role = " ".join([*words, noun.text])
            if role not in m.roles:
                m.roles.append(role)


def _role_phrases(doc: Doc, spans: list[Mention], gpe_words: set[str]) -> list[Mention]:
    """Definite role phrases outside any entity: "the supreme leader", "the Iranian president", "the ministry"."""
    taken = {t for m in spans for t in range(m.i, m.j)}
    person_starts = {m.i for m in spans if m.label == "PERSON"}
    found = []
    for token in doc:
        kind = titles().get(token.lower_)
        if kind not in ("office", "body") or token.i in taken or token.pos_ not in ("NOUN", "PROPN"):
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.i in person_starts):
            continue  # a title before a name, not a phrase of its own
        start, words = token.i, [token.lower_]
        while start > 0 and doc[start - 1].i not in taken and doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN"):
            if not _is_place_word(doc[start - 1], gpe_words):
                words.insert(0, doc[start - 1].lower_)
            start -= 1
        if start > 0 and doc[start - 1].lower_ == "the":
            found.append(Mention(start - 1, token.i + 1, "ROLE", key=" ".join(words)))
    return found
