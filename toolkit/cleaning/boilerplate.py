"""Boilerplate rules and outlet recognition, read once from the readable tables in ``toolkit/data``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from toolkit.lexicon import read_table


@dataclass(frozen=True)
class Rule:
    """A whole-line pattern; a line it matches is cut with ``reason``."""

    outlet: str
    reason: str
    pattern: re.Pattern[str]


@cache
def boilerplate_rules() -> tuple[Rule, ...]:
    """The boilerplate table, compiled.

    >>> any(r.reason == "share" for r in boilerplate_rules())
    True
    """
    return tuple(
        Rule(row["outlet"], row["reason"], re.compile(row["pattern"], re.IGNORECASE))
        for row in read_table("boilerplate.tsv")
    )


@cache
def _outlet_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((row["outlet"], re.compile(row["pattern"])) for row in read_table("outlets.tsv"))


def detect_outlet(raw: str, source: str | None = None) -> str | None:
    """Recognise the outlet from the source path/URL or the opening and closing of the text.

    >>> detect_outlet("MOSCOW (Sputnik) - Iran said")
    'sputnik'
    """
    probe = "\n".join(filter(None, [source, raw[:1500], raw[-1500:]]))
    for outlet, pattern in _outlet_patterns():
        if pattern.search(probe):
            return outlet
    return None


def match_rule(line: str, outlet: str | None) -> tuple[Rule, re.Match[str]] | None:
    """The first rule matching the whole line for this outlet, with its match.

    >>> match_rule("Get short URL", None)[0].reason
    'share'
    """
    for rule in boilerplate_rules():
        if rule.outlet in ("*", outlet):
            match = rule.pattern.fullmatch(line)
            if match:
                return rule, match
    return None
