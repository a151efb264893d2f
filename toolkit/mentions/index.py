"""Canonical actors: one per person, organization, place or group, however the article names it.

Mentions are read left to right and each joins an actor seen before it, or starts a new one:

- a person's full name joins an earlier person with the same first and last name; different first names never join;
- a surname alone joins the nearest preceding person with that surname (or the one full name in the article with it);
- aliases ("US", "U.S.", "the United States") join through ``toolkit/data/aliases.tsv``; demonyms join their place
  when asked (``demonyms=True``);
- a role phrase ("the supreme leader", "the ministry") joins the one earlier actor that holds that role;
- an acronym joins the organization whose initials it spells ("WHO" and "World Health Organization", either first)
  or the one it follows in parentheses ("the Centers for Disease Control and Prevention (CDC)");
- names of ``toolkit/data/not_actors.tsv`` (diseases, viruses, drugs) never become actors.

Once every mention is read, an organization, place or group takes the type most of its mentions were labelled
with ("Foxconn" tagged GPE once and ORG twice is an organization).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from toolkit.lexicon import (
    aliases,
    demonyms,
    genders,
    label_types,
    name_genders,
    name_suffixes,
    not_actors,
    places,
    titles,
)
from toolkit.mentions.finder import Mention, bare, norm

if TYPE_CHECKING:
    from spacy.tokens import Doc



@dataclass
class Actor:
    """One actor: its canonical name, type, the surface forms and roles seen, and where each role was first seen."""

    name: str
    type: str
    starts: list[int] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # role key -> role as first written
    role_seen: dict[str, int] = field(default_factory=dict)  # role key -> offset where first seen

    def holds(self, key: str, before: int) -> bool:
        """Whether the actor held role ``key`` ("president", "ministry") before offset ``before``."""
        for held, seen in self.role_seen.items():
            if seen < before and (held == key or (held.endswith(" " + key) and not _has_qualifier(held))):
                return True
        return False


@dataclass
class Resolved:
    """A mention with its offsets into the text and the index of its actor in ``ActorIndex.actors`` (-1: none)."""

    start: int
    end: int
    label: str
    actor: int


def _has_qualifier(key: str) -> bool:
    return any(titles().get(word) == "qualifier" for word in key.split())


def role_key(role: str) -> str:
    """The lookup key of a role: lower case, without stand-in words or abbreviation periods.

    >>> role_key("Acting Defense Secretary"), role_key("Mr.") == role_key("Mr")
    ('defense secretary', True)
    """
    return " ".join(w.rstrip(".") for w in role.lower().split() if titles().get(w) != "standin")


@dataclass
class ActorIndex:
    """All actors of one article and every mention resolved to one of them."""

    text: str
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Resolved] = field(default_factory=list)
    full_names: list[list[str]] = field(default_factory=list)
    demonyms: bool = False
    _by_key: dict[str, int] = field(default_factory=dict)
    _by_word: dict[str, list[int]] = field(default_factory=dict, repr=False)  # person-name word -> persons
    _by_role: dict[str, set[int]] = field(default_factory=dict, repr=False)  # role key or its tail -> holders
    _bearers: dict[str, dict[tuple[str, str], str]] = field(default_factory=dict, repr=False)  # surname -> the
    # persons bearing it, by first and last name, each as first written
    _by_initials: dict[str, int] = field(default_factory=dict, repr=False)  # "WHO" -> World Health Organization
    _by_part: dict[str, set[int]] = field(default_factory=dict, repr=False)  # first or last words -> organizations
    _labels: dict[int, list[str]] = field(default_factory=dict, repr=False)  # actor -> the labels of its mentions
    _by_start: list[Resolved] = field(default_factory=list, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    _longest: int = 0

    # --- building -------------------------------------------------------------------------------------------------
    def add(self, doc: Doc, m: Mention) -> None:
        """Resolve one mention (in text order) and record it."""
        span = doc[m.i : m.j]
        start, end = span.start_char, span.end_char
        found = self._find(doc, m, start)
        if found >= 0:
            actor = self.actors[found]
            actor.starts.append(start)
            self._labels.setdefault(found, []).append(m.label)
            if m.label != "ROLE":
                surface = bare(span.text)
                if actor.name.isupper() and not surface.isupper() and actor.type != "person" and len(actor.name) > 4:
                    actor.name = surface  # "MOSCOW" in a dateline, "Moscow" in the text
                if surface.lower() not in {a.lower() for a in actor.aliases}:
                    actor.aliases.append(surface)
            if not self._shared_surname(actor, text=span.text):
                for role in m.roles:
                    self._give_role(found, role, start)
        if m.label != "ROLE" or found >= 0:
            self.mentions.append(Resolved(start, end, m.label, found))

    def _shared_surname(self, actor: Actor, text: str) -> bool:
        """Whether ``text`` is a lone surname that more than one full name in the article bears."""
        word = text.lower()
        return actor.type == "person" and " " not in word and len(self._bearers.get(word, ())) > 1

    def _give_role(self, k: int, role: str, start: int) -> None:
        key = role_key(role)
        if key and key not in self.actors[k].roles:
            self.actors[k].roles[key] = role
            self._note_role(k, key, start)

    def _note_role(self, k: int, key: str, start: int, *, keep_first: bool = False) -> None:
        """Record that actor ``k`` holds role ``key`` from ``start`` (``keep_first``: unless seen before), indexed
        by every tail of the key ("defense secretary" also under "secretary"), so a role finds its holders directly."""
        actor = self.actors[k]
        if keep_first and key in actor.role_seen:
            return
        actor.role_seen[key] = start
        words = key.split()
        for n in range(len(words)):
            self._by_role.setdefault(" ".join(words[n:]), set()).add(k)

    def _new(self, name: str, kind: str, key: str | None = None) -> int:
        self.actors.append(Actor(name, kind))
        index = len(self.actors) - 1
        if key is not None:
            self._by_key[key] = index
        if kind == "person":
            for word in set(name.lower().split()):
                self._by_word.setdefault(word, []).append(index)
        return index

    def _find(self, doc: Doc, m: Mention, start: int) -> int:
        text = doc[m.i : m.j].text
        if m.label == "ROLE":
            return self._role_holder(m.key, start)
        if norm(text).rstrip(".") in not_actors():  # "Vitamin C." at the end of a sentence
            return -1
        if ACRONYM.fullmatch(text) and norm(text) not in aliases():  # whatever the model labelled it
            letters = text.replace(".", "")
            if letters in self._by_initials:
                return self._by_initials[letters]  # "WHO" after "the World Health Organization"
            before = self.mentions[-1] if self.mentions else None
            if (before is not None and before.actor >= 0 and self.actors[before.actor].type == "organization"
                    and self.text[before.end : start].strip() == "("):
                self._by_initials[letters] = before.actor  # "the Centers for Disease Control (CDC)"
                return before.actor
        if m.label == "PERSON":
            return self._person(text.split(), start, create=True, roles=m.roles)
        word = bare(text)
        if m.label in label_types() and _could_be_surname(word):  # "Willis" tagged LOC after "Matt Willis"
            k = self._person([word], start, create=False)
            if k >= 0 and " " in self.actors[k].name and _surname(self.actors[k].name.split()) == word.lower():
                return k
            if k < 0 and m.label != "ORG" and len(self._bearers.get(word.lower(), ())) == 1:
                return self._person([word], start, create=True)  # "the Millas brothers" before "Lee-Ann Millas"
        if m.label == "NORP":
            place = demonyms().get(text.lower()) if self.demonyms else None
            if place:
                return self._named(place, "place", create=True)
            root = doc[m.i : m.j].root
            if root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("amod", "compound"):
                return self._named(text, "group", create=True)
            return -1
        if m.label in label_types():
            found = self._named(text, label_types()[m.label], create=True)
            if m.label == "ORG":
                for word in text.lower().split():
                    if titles().get(word) == "body":
                        self._note_role(found, word, start, keep_first=True)
            return found
        return -1

    def _named(self, text: str, kind: str, *, create: bool) -> int:
        """An organization, place or group by name or alias."""
        key, plain = norm(text), bare(text)
        canonical, kind = aliases().get(key, (None, kind)) if any(c.isupper() for c in text) else (None, kind)
        if not canonical and ACRONYM.fullmatch(plain):
            key = key.replace(".", "")  # "W.H.O." and "WHO" are one name
        if canonical:
            key = canonical.lower()
        if key in self._by_key:
            return self._by_key[key]
        group = self._by_key.get(_singular(key), -1)
        if group >= 0 and self.actors[group].type == "group":
            return group  # "Republicans" and "Republican" are one group
        if kind == "group":
            key = _singular(key)
        name = canonical or plain or text
        if kind == "organization" and not canonical:
            found = self._same_organization(name)
            if found >= 0:
                return found
        spelled = initials(name) if kind == "organization" else ""
        if spelled and spelled.lower() in self._by_key and self.actors[self._by_key[spelled.lower()]].name == spelled:
            found = self._by_key[spelled.lower()]  # "the World Health Organization" after "WHO"
            self.actors[found].name, self.actors[found].type = name, "organization"
            self._by_key[key], self._by_initials[spelled] = found, found
            return found
        if not create:
            return -1
        found = self._new(name, kind, key)
        if kind == "organization":
            self._register_organization(found, name, key)
        return found

    def _register_organization(self, k: int, name: str, key: str) -> None:
        """Index organization ``k`` under a name it goes by: its key, the role the name makes of it ("the ministry"),
        its initials, and the first and last words that may name it alone."""
        self._by_key[key] = k
        self._note_role(k, key, -1)
        spelled = initials(name)
        if spelled:
            self._by_initials.setdefault(spelled, k)  # "USPS" after "Postal Service", "US Postal Service"
        for part in _parts(name):
            self._by_part.setdefault(part, set()).add(k)

    def _same_organization(self, name: str) -> int:
        """The one organization seen whose name begins or ends with this one ("Ford Motor" after "Ford Motor
        Company", "Foreign Relations Committee" after "Senate Foreign Relations Committee"), or the one whose name
        this one begins or ends with (which then takes the longer name); -1 if none or several."""
        longer = self._by_part.get(name.lower(), set())
        if len(longer) == 1:
            return next(iter(longer))
        shorter = {self._by_key[part] for part in _parts(name) if part in self._by_key}
        shorter = {k for k in shorter if self.actors[k].type == "organization" and " " in self.actors[k].name}
        if len(shorter) != 1:
            return -1
        found = shorter.pop()
        self.actors[found].name = name
        self._register_organization(found, name, name.lower())
        return found

    def _person(self, words: list[str], start: int, *, create: bool, roles: list[str] = ()) -> int:
        """A person by full name, surname or (unique) first name; -1 if unknown (and not ``create``)."""
        words = [w for w in words if w not in ("'s", "’s")]
        if not words:
            return -1
        if len(words) > 1:
            wanted = _first_last(words)
            same = [k for k in self._by_word.get(_surname(words), ())
                    if _first_last(self.actors[k].name.split()) == wanted]
            if same:
                return same[0]
            return self._new(" ".join(words), "person") if create else -1
        word, said = words[0].lower(), genders(roles)
        namesakes = self._by_word.get(word, [])
        earlier = []  # (last mention before start, actor) of persons with this surname seen before
        for k in namesakes:
            a = self.actors[k]
            before = bisect_left(a.starts, start)  # starts grow in text order
            if _surname(a.name.split()) == word and before and not (said and _genders_of(a) - said):
                earlier.append((a.starts[before - 1], k))  # "Mrs Howard" is not Mr Michael Howard
        holders = [k for _, k in earlier if any(self.actors[k].holds(role_key(r), start) for r in roles)]
        if len(holders) == 1:
            return holders[0]  # "President Clinton" is the Clinton who was president
        if earlier:
            return max(earlier)[1]
        first = [k for k in namesakes if len(self.actors[k].name.split()) > 1
                 and self.actors[k].name.lower().split()[0] == word]
        if len(first) == 1:
            return first[0]  # "Donald" after "Donald Trump", when no one else is called Donald
        if not create:
            return -1
        later = [b for b in self._bearers.get(word, {}).values() if not (said and name_genders(b) - said)]
        clash = bool(namesakes) and not said  # a namesake seen before whom no title tells apart
        return self._new(later[0] if len(later) == 1 and not clash else words[0], "person")

    def _role_holder(self, key: str, start: int) -> int:
        holders = [k for k in sorted(self._by_role.get(key, ())) if self.actors[k].holds(key, start)]
        return holders[0] if len(holders) == 1 else -1

    # --- looking up -----------------------------------------------------------------------------------------------
    def _overlapping(self, start: int, end: int) -> list[Resolved]:
        """The mentions overlapping ``text[start:end]``, found by bisection over the mentions sorted by start."""
        if len(self._by_start) != len(self.mentions):
            self._by_start = sorted(self.mentions, key=lambda r: r.start)
            self._starts = [r.start for r in self._by_start]
            self._longest = max((r.end - r.start for r in self._by_start), default=0)
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [r for r in self._by_start[lo:hi] if r.start < end and start < r.end]

    def resolve(self, start: int, end: int) -> str:
        """The canonical actor for ``text[start:end]`` ("" when unknown or ambiguous)."""
        order = ["person", "organization", "group", "place"]
        inside = sorted(
            (r for r in self._overlapping(start, end)
             if r.actor >= 0 and not BASED_IN.match(self.text, r.end)),  # "the Minneapolis-based retailer"
            key=lambda r: (order.index(self.actors[r.actor].type), -r.start),
        )
        if inside and self.actors[inside[0].actor].type in ("person", "organization"):
            return self.actors[inside[0].actor].name
        text = self.text[start:end].strip()
        found = self._role_holder(role_key(" ".join(_role_words(text))), start)  # "Iran's foreign minister"
        if found < 0 and inside:
            found = inside[0].actor
        if found < 0 and any(c.isupper() for c in text):
            found = self._named(text, "", create=False)
            if found < 0 and norm(text) in aliases():
                return aliases()[norm(text)][0]
            if found < 0:
                found = self._person(text.split(), start, create=False)
        if found < 0 or min(self.actors[found].starts, default=end) > end:
            return ""
        return self.actors[found].name


BASED_IN = re.compile(r"[-‑–]based\b", re.I)
"""A name that only says where the speaker is based ("the Minneapolis-based retailer") does not speak for it."""
ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
"""A name written as initials: "WHO", "U.N.", "RNC"."""
MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def initials(name: str) -> str:
    """The initials a name of two or more capitalised words is abbreviated to ("" for other names); lower-case words
    the model ran into the name at either edge do not count ("the United Auto Workers union").

    >>> initials("Food and Drug Administration"), initials("U.S. Department of Agriculture"), initials("Iran")
    ('FDA', 'USDA', '')
    >>> initials("United Auto Workers union"), initials("all Space Launch System")
    ('UAW', 'SLS')
    >>> initials("Atlanta Journal-Constitution"), initials("Mid-American Conference")
    ('AJC', 'MAC')
    """
    words = [part for word in name.split() for part in (word.split("-") if _capitalised_parts(word) else [word])]
    while words and words[0].islower():
        words.pop(0)
    while words and words[-1].islower():
        words.pop()
    words = [w for w in words if w.lower() not in MINOR_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w.replace(".", "") if ACRONYM.fullmatch(w) else w[0] for w in words)  # "U.S. Department" -> US D


def _parts(name: str) -> list[str]:
    """The first and the last words of an organization's name (two words or more, lower case) that could name it
    alone: "ford motor" of "Ford Motor Company", "foreign relations committee" of "Senate Foreign Relations
    Committee", the last words only when they end in the kind of body it is; none for a name with a lower-case word
    in it.

    >>> _parts("Ford Motor Company")
    ['ford motor', 'motor company']
    """
    if not all(w[:1].isupper() or w in MINOR_WORDS for w in name.split()):
        return []  # "Mid-American Conference schools Akron": the model ran two names together
    words = name.lower().split()
    heads = [" ".join(words[:n]) for n in range(2, len(words))]
    body = titles().get(words[-1]) == "body"  # "New York Times" is not the "International New York Times"
    tails = [" ".join(words[n:]) for n in range(1, len(words) - 1)] if body else []
    return [p for p in heads + tails if p.split()[0] not in MINOR_WORDS and p.split()[-1] not in MINOR_WORDS]


def _singular(key: str) -> str:
    """A group's name without a plural "s" ("republicans" -> "republican"; "swiss" stays)."""
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _capitalised_parts(word: str) -> bool:
    """Whether a hyphenated word joins capitalised words ("Journal-Constitution"), each with its own initial."""
    parts = word.split("-")
    return len(parts) > 1 and all(p[:1].isupper() for p in parts)


SURNAME_START = re.compile(r"(?:[a-z]{1,3}[-'’])?[A-Z]")
"""A capital, or a particle and a capital ("al-Shamaa", "d'Alema")."""


def _could_be_surname(text: str) -> bool:
    """Whether a one-word name could be a person's surname rather than a known place, alias or demonym."""
    key = norm(text)
    return (" " not in key and SURNAME_START.match(text) is not None and not ACRONYM.fullmatch(text)
            and key not in places() and key not in aliases() and key not in demonyms())


def _settle_types(index: ActorIndex) -> None:
    """Give each organization, place or group the type most of its mentions were labelled with (the first type
    on a tie); persons and actors typed by the alias table keep theirs."""
    for k, labels in index._labels.items():
        actor = index.actors[k]
        if actor.type == "person" or norm(actor.name) in aliases():
            continue
        kinds = [label_types()[label] for label in labels if label_types().get(label, "person") != "person"]
        counts = {kind: kinds.count(kind) for kind in kinds}
        if counts and counts.get(actor.type, 0) < max(counts.values()):
            actor.type = next(kind for kind in kinds if counts[kind] == max(counts.values()))


def _genders_of(actor: Actor) -> set[str]:
    """What a person's titles, else first name, say of their gender ("Mrs Howard" is not Mr Michael Howard, nor
    Donald Trump)."""
    return name_genders(actor.name, actor.roles.values())


def _role_words(text: str) -> list[str]:
    """The words of a role phrase without determiners, possessives or place words.

    >>> _role_words("Iran's Foreign Minister")
    ['foreign', 'minister']
    """
    words = [re.sub(r"(?:'s|’s|'|’)$", "", w) for w in re.findall(r"[\w.'’-]+", text.lower())]
    skip = {"the", "a", "an", "its", "his", "her", "their", "our"}
    return [w for w in words if w and w not in skip and w not in demonyms() and w not in places()]


def _first_last(words: list[str]) -> tuple[str, str]:
    """A person's first name and last name with its suffix, which tell two persons apart ("Wayne Reese Sr." is not
    Wayne Reese Jr.; "Barack Hussein Obama" is Barack Obama)."""
    surname = _surname(words)
    suffix = [words[-1].lower().rstrip(".")] if words[-1].lower() in name_suffixes() else []
    return words[0].lower(), " ".join([surname, *suffix])


def _surname(words: list[str]) -> str:
    """The surname of a name, in lower case: its last word before a suffix.

    >>> _surname(["Wayne", "Reese", "Sr."]), _surname(["Alex", "Caputo-Pearl"])
    ('reese', 'caputo-pearl')
    """
    words = [w.lower() for w in words]
    while len(words) > 1 and words[-1] in name_suffixes():
        words.pop()
    return words[-1]


def build_index(doc: Doc, mentions: list[Mention], *, demonyms: bool = False) -> ActorIndex:
    """Resolve ``mentions`` of ``doc`` left to right into actors.

    >>> from toolkit import load_article, parse
    >>> from toolkit.mentions.finder import find_mentions
    >>> doc = parse(load_article())
    >>> index = build_index(doc, find_mentions(doc))
    >>> [a.name for a in index.actors if a.type == "person"]
    ['Ali Khamenei', 'Hassan Rouhani', 'John Bolton', 'Patrick Shanahan']
    """
    index = ActorIndex(doc.text, demonyms=demonyms)
    index.full_names = [doc[m.i : m.j].text.split() for m in mentions if m.label == "PERSON" and m.j - m.i > 1]
    for name in index.full_names:
        index._bearers.setdefault(_surname(name), {}).setdefault(_first_last(name), " ".join(name))
    for m in mentions:
        index.add(doc, m)
    _settle_types(index)
    return index
