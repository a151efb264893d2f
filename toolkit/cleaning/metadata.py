"""Recognise metadata lines in a scrape: timestamps, datelines, tag lines, headlines."""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime
from typing import NamedTuple

from dateutil import parser as dateparser

from toolkit.lexicon import time_zones

ZONES = time_zones()
"""Zone abbreviation -> UTC offset in seconds, from ``toolkit/data/time_zones.tsv`` (dateutil knows only UTC/GMT and
the local zone)."""
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
ZONE_GLUED = re.compile(r"\b(GMT|UTC)(?=\d)")
DATE_FILLER = re.compile(
    r"(?i)^(?:[\s,|:–—\-]|published|updated|posted|last|modified|on|at|am|pm|"
    + "|".join(re.escape(zone) for zone in ZONES)
    + ")*$"
)
"""The words a timestamp line may hold besides the date: labels, "on", "at", punctuation, a time zone."""
BULLET = re.compile(r"[-•*–·▪]\s|\d{1,2}[.)]\s")
TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’\- ]{1,40}?(?:,\s*[A-Z][\w.'’ ]{1,30}?)?)"
    r"(?:,\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&/-]{1,30})\))?"
    r"\s*[–—-]+\s+(?=\S)"
)
MONTH_DAY = re.compile(r",\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$")


class Dateline(NamedTuple):
    """A dateline at the start of a paragraph: ``place``, ``agency`` and its length in characters."""

    place: str
    agency: str | None
    length: int


def parse_timestamp(line: str) -> datetime | None:
    """A timezone-aware datetime if the whole line is a date stamp (no zone given: UTC).

    >>> parse_timestamp("23:23 GMT08 July 2020")
    datetime.datetime(2020, 7, 8, 23, 23, tzinfo=datetime.timezone.utc)
    >>> parse_timestamp("Iran said on 8 July 2020 that it would not talk.") is None
    True
    """
    if len(line) > 60 or not YEAR.search(line):
        return None
    text = ZONE_GLUED.sub(r"\1 ", line)
    try:
        with warnings.catch_warnings():  # an unknown zone ("AMT") is read without one, not a warning to the user
            warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
            stamp, leftover = dateparser.parse(text, fuzzy_with_tokens=True, tzinfos=ZONES)
    except (ValueError, OverflowError):
        return None
    if not all(DATE_FILLER.match(token) for token in leftover):
        return None
    return to_utc(stamp)


def to_utc(stamp: datetime) -> datetime:
    """Make a datetime timezone-aware in UTC (naive ones are taken as UTC)."""
    if stamp.tzinfo is None:
        return stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC)


def parse_date(value: object) -> datetime | None:
    """Best-effort datetime from metadata values (ISO strings, dates, pandas timestamps).

    >>> parse_date("2020-05-22")
    datetime.datetime(2020, 5, 22, 0, 0, tzinfo=datetime.timezone.utc)
    """
    if isinstance(value, datetime):
        return to_utc(value)
    if not isinstance(value, str) or not YEAR.search(value):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
            return to_utc(dateparser.parse(value, tzinfos=ZONES))
    except (ValueError, OverflowError):
        return None


def find_dateline(paragraph: str) -> Dateline | None:
    """A leading dateline such as ``MOSCOW (Sputnik) –`` or ``CLEVELAND —``.

    >>> find_dateline("MOSCOW (Sputnik) – Iran will not")
    Dateline(place='MOSCOW', agency='Sputnik', length=19)
    """
    match = DATELINE.match(paragraph)
    if not match:
        return None
    place = MONTH_DAY.sub("", match["place"].strip(" ,"))
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters[:3]):
        return None
    if match["agency"] is None and not place.split(",")[0].isupper():
        return None
    return Dateline(place, match["agency"], match.end())


def words(line: str) -> list[str]:
    """Whitespace-separated words."""
    return line.split()


def is_prose(line: str) -> bool:
    """A sentence-like line: ends like a sentence, or is a list item, and has a few words; or is long.

    >>> is_prose("Iran will not hold negotiations with the United States."), is_prose("Middle East")
    (True, False)
    """
    n = len(words(line))
    return n >= 4 and (bool(TERMINAL.search(line)) or bool(BULLET.match(line))) or n >= 15


def is_tag_line(line: str) -> bool:
    """A comma-separated list of short keywords.

    >>> is_tag_line("negotiations, sanctions, Hassan Rouhani, Tehran")
    True
    """
    if TERMINAL.search(line):
        return False
    items = [item.strip() for item in line.split(",")]
    return len(items) >= 3 and all(0 < len(words(item)) <= 4 for item in items)


def is_headline(line: str) -> bool:
    """A title-cased line of 3 to 25 words that does not end like a sentence.

    >>> is_headline("Iran Extends Olive Branch to Persian Gulf Monarchies Amid Escalation With US")
    True
    """
    tokens = words(line)
    if not 3 <= len(tokens) <= 25 or line.endswith("."):
        return False
    long_words = [t for t in tokens if sum(c.isalpha() for c in t) >= 4]
    capitalised = [t for t in long_words if t.lstrip("'\"‘“(")[:1].isupper()]
    return bool(long_words) and len(capitalised) >= 0.7 * len(long_words)
