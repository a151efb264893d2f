"""The lexicon layer: every table in ``toolkit/data``, read once, and the word lists built from them.

Each table is a tab-separated file whose ``#`` lines explain its columns; add a line to extend it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from functools import cache
from importlib.resources import files
from types import MappingProxyType


@cache
def read_table(name: str) -> tuple[Mapping[str, str], ...]:
    """Rows of a tab-separated table in ``toolkit/data`` (``#`` lines are comments), read once and read-only; an
    optional column left off the end of a row reads as "".

    >>> read_table("outlets.tsv")[0]["outlet"]
    'sputnik'
    """
    text = (files("toolkit") / "data" / name).read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE, restval="")
    return tuple(MappingProxyType(row) for row in reader)


@cache
def titles() -> dict[str, str]:
    """Title (lower case) -> kind: office, honorific, qualifier, standin or body (abbreviation and suffix rows are no
    titles).

    >>> titles()["ayatollah"], titles()["supreme leader"], titles()["ministry"], "st." in titles()
    ('honorific', 'office', 'body', False)
    """
    rows = read_table("titles.tsv")
    return {row["title"]: row["kind"] for row in rows if row["kind"] not in ("abbreviation", "suffix")}


@cache
def name_suffixes() -> frozenset[str]:
    """Words written after a surname (lower case): "jr.", "sr", "iii".

    >>> sorted(w for w in name_suffixes() if w.startswith("j"))
    ['jr', 'jr.']
    """
    return frozenset(row["title"] for row in read_table("titles.tsv") if row["kind"] == "suffix")


@cache
def title_genders() -> dict[str, str]:
    """Title (lower case) -> "m" or "f", for the titles that say it.

    >>> title_genders()["mrs"], title_genders()["madam"], "president" in title_genders()
    ('f', 'f', False)
    """
    return {row["title"]: row["gender"] for row in read_table("titles.tsv") if row.get("gender")}


def genders(roles: Iterable[str]) -> set[str]:
    """The genders a person's titles say (empty when none do).

    >>> genders(["Mr", "Foreign Secretary"])
    {'m'}
    """
    return {title_genders()[r.lower()] for r in roles if r.lower() in title_genders()}


@cache
def first_names() -> dict[str, str]:
    """First name (lower case) -> "m" or "f", for names that nearly always belong to one gender
    (``toolkit/data/first_names.tsv``).

    >>> first_names()["mary"], first_names()["john"], "leslie" in first_names()
    ('f', 'm', False)
    """
    return {row["name"]: row["gender"] for row in read_table("first_names.tsv")}


def name_genders(name: str, roles: Iterable[str] = ()) -> set[str]:
    """The genders a person's titles say, else the one their first name says (empty when neither tells).

    >>> name_genders("Mary Jones"), name_genders("Mary Jones", ["Mr"]), name_genders("Jones")
    ({'f'}, {'m'}, set())
    """
    said = genders(roles)
    words = name.split()
    if said or len(words) < 2:
        return said
    first = first_names().get(words[0].lower())
    return {first} if first else set()


@cache
def abbreviations() -> tuple[str, ...]:
    """Words (lower case, with their period) whose period does not end a sentence: every row of ``titles.tsv``
    written with a final period, titles ("sen."), abbreviations ("st.") and suffixes ("jr.") alike.

    >>> {"mr.", "sen.", "jr."} <= set(abbreviations()), "mr" in abbreviations()
    (True, False)
    """
    return tuple(row["title"] for row in read_table("titles.tsv") if row["title"].endswith("."))


@cache
def aliases() -> dict[str, tuple[str, str]]:
    """Alias (lower case, no leading "the") -> (canonical name, actor type).

    >>> aliases()["u.s."]
    ('United States', 'place')
    """
    return {row["alias"]: (row["canonical"], row["type"]) for row in read_table("aliases.tsv")}


@cache
def not_actors() -> dict[str, str]:
    """Name (lower case, no leading "the") -> what it is (disease, virus, drug, nutrient, molecule, medical term):
    names that are never actors, whatever label the model gives them.

    >>> not_actors()["covid-19"], "who" in not_actors()
    ('disease', False)
    """
    return {row["name"]: row["kind"] for row in read_table("not_actors.tsv")}


@cache
def not_sources() -> frozenset[str]:
    """Inanimate subjects (lemma, lower case) that report no one's words: "the statistics reveal", "the truth is".

    >>> "statistics" in not_sources(), "minister" in not_sources()
    (True, False)
    """
    return frozenset(row["word"] for row in read_table("not_sources.tsv"))


@cache
def instrument_verbs() -> frozenset[str]:
    """Verbs whose object the subject uses ("used the question to demand", "spent the day mocking"): the subject,
    not the object, does what the infinitive or participle after it says.

    >>> "use" in instrument_verbs(), "lead" in instrument_verbs()
    (True, False)
    """
    return frozenset(row["lemma"] for row in read_table("instrument_verbs.tsv"))


@cache
def document_nouns() -> frozenset[str]:
    """Nouns of documents and messages (lemma, lower case): "released a video that said" speaks for who released it.

    >>> "video" in document_nouns(), "candidate" in document_nouns()
    (True, False)
    """
    return frozenset(row["word"] for row in read_table("document_nouns.tsv"))


@cache
def survey_nouns() -> frozenset[str]:
    """Nouns of a poll or survey (lemma, lower case), the source of what a share of its respondents "said".

    >>> "poll" in survey_nouns(), "study" in survey_nouns()
    (True, False)
    """
    return frozenset(row["word"] for row in read_table("survey_nouns.tsv"))


@cache
def demonyms() -> dict[str, str]:
    """Demonym (lower case) -> the place it names.

    >>> demonyms()["iranian"], demonyms()["americans"]
    ('Iran', 'United States')
    """
    return {row["demonym"].lower(): row["place"] for row in read_table("demonyms.tsv")}


@cache
def places() -> frozenset[str]:
    """Lower-case names of known places: the places table, every demonym's place and every alias of a place.

    >>> {"moscow", "iran", "u.s."} <= places()
    True
    """
    known = {row["place"].lower() for row in read_table("places.tsv")}
    known |= {place.lower() for place in demonyms().values()}
    known |= {alias for alias, (_, kind) in aliases().items() if kind == "place"}
    return frozenset(known)


@cache
def type_names() -> tuple[str, ...]:
    """The actor types, in table order (the order widgets and legends show them); not to be confused with
    ``toolkit.mentions.actor_types(article)``, each actor's type in an article.

    >>> type_names()
    ('person', 'organization', 'place', 'group')
    """
    return tuple(row["type"] for row in read_table("actor_types.tsv"))


@cache
def label_types() -> dict[str, str]:
    """spaCy entity label -> the actor type it names.

    >>> label_types()["PERSON"], label_types()["LOC"], "DATE" in label_types()
    ('person', 'place', False)
    """
    return {label: row["type"] for row in read_table("actor_types.tsv") for label in row["labels"].split()}


@cache
def type_label() -> dict[str, str]:
    """Actor type -> the spaCy label it maps back to (the first of its labels).

    >>> type_label()["place"], type_label()["group"]
    ('GPE', 'NORP')
    """
    return {row["type"]: row["labels"].split()[0] for row in read_table("actor_types.tsv")}


@cache
def type_colors() -> dict[str, str]:
    """Actor type -> the colour plots draw it in.

    >>> type_colors()["person"]
    '#1f77b4'
    """
    return {row["type"]: row["color"] for row in read_table("actor_types.tsv")}


@cache
def transcript_labels() -> dict[str, str]:
    """Upper-case paragraph label that is not a speaker -> how it matches: "whole" (the whole label) or
    "first-word" (the label's first word).

    >>> transcript_labels()["UPDATE"], transcript_labels()["DEAR"]
    ('whole', 'first-word')
    """
    return {row["label"].upper(): row["match"] for row in read_table("transcript_labels.tsv")}


@cache
def elisions() -> tuple[str, ...]:
    """Words that start with an apostrophe without it opening a quote, as written after it ("'" stands for either
    apostrophe).

    >>> "em" in elisions(), "n'" in elisions()
    (True, True)
    """
    return tuple(row["elision"] for row in read_table("elisions.tsv"))


@cache
def english_words() -> frozenset[str]:
    """The commonest English function words, lower case (how English a text looks).

    >>> "the" in english_words(), "der" in english_words()
    (True, False)
    """
    return frozenset(row["word"] for row in read_table("english_words.tsv"))


@cache
def time_zones() -> dict[str, int]:
    """Time-zone abbreviation (upper case) -> its offset from UTC in seconds.

    >>> time_zones()["EST"], time_zones()["MSK"]
    (-18000, 10800)
    """
    return {row["zone"].upper(): round(float(row["hours"]) * 3600) for row in read_table("time_zones.tsv")}
