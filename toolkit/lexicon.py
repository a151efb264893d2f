"""The lexicons behind entities and actors (titles, aliases, demonyms, places), read once from ``toolkit/data``."""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files



def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated table in ``toolkit/data`` (``#`` lines are comments).

    >>> read_table("outlets.tsv")[0]["outlet"]
    'sputnik'
    """
    text = (files("toolkit") / "data" / name).read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def titles() -> dict[str, str]:
    """Title (lower case) -> kind: office, honorific, qualifier, standin or body.

    >>> titles()["ayatollah"], titles()["supreme leader"], titles()["ministry"]
    ('honorific', 'office', 'body')
    """
    return {row["title"]: row["kind"] for row in read_table("titles.tsv")}


@cache
def title_genders() -> dict[str, str]:
    """Title (lower case) -> "m" or "f", for the titles that say it.

    >>> title_genders()["mrs"], "president" in title_genders()
    ('f', False)
    """
    return {row["title"]: row["gender"] for row in read_table("titles.tsv") if row.get("gender")}


def genders(roles) -> set[str]:
    """The genders a person's titles say (empty when none do).

    >>> genders(["Mr", "Foreign Secretary"])
    {'m'}
    """
    return {title_genders()[r.lower()] for r in roles if r.lower() in title_genders()}


@cache
def aliases() -> dict[str, tuple[str, str]]:
    """Alias (lower case, no leading "the") -> (canonical name, actor type).

    >>> aliases()["u.s."]
    ('United States', 'place')
    """
    return {row["alias"]: (row["canonical"], row["type"]) for row in read_table("aliases.tsv")}


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
