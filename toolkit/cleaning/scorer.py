"""How likely each line of a page is to belong to the article: a logistic score over a few shallow text features
(the kind boilerpipe and jusText use), with weights fitted on the extraction benchmark's dev pages by
``benchmarks/fit_cleaning.py`` and read from ``toolkit/data/main_block_weights.tsv``."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import cache

from toolkit.cleaning.metadata import BULLET, TERMINAL, is_prose, words
from toolkit.lexicon import read_table

Weights = Mapping[str, float]
FEATURES = ("bias", "log_words", "terminal", "marks", "context_prose", "density", "announced")
"""The features of a line, in the order of the weights table: a constant 1; log(1 + its words); 1 if it ends like a
sentence; menu, breadcrumb and footer marks per word; the share of prose lines among its neighbours (a line of an
announced list counts as prose there); the prose words around it, as a share of the page's densest stretch; 1 if it is
a line of a list or table that a sentence ending in a colon announces."""
MARKS = re.compile(r"[|»›•·©@]|\.\.\.$|…$")
"""Separators of menus, breadcrumbs and footers, the at sign of addresses and handles, and the ellipsis that ends a
cut-off teaser (a bullet that opens a list item is not counted)."""
CONTEXT = 2
"""How many lines on each side are a line's neighbours."""
REACH = 3
"""How many lines on each side count towards a line's prose density."""


def line_features(texts: Sequence[str]) -> list[dict[str, float]]:
    """The features of each line of ``texts``: the lines that compete for the main block, in page order.

    >>> home, said = line_features(["Home | News | Sport", "The minister said the talks would go on next week."])
    >>> home["marks"], home["terminal"], said["terminal"], said["density"], home["context_prose"]
    (0.4, 0.0, 1.0, 1.0, 1.0)
    """
    prose = [float(is_prose(text)) for text in texts]
    sizes = [len(words(text)) for text in texts]
    marks = [len(MARKS.findall(_without_bullet(text))) for text in texts]
    listed = _announced(texts, prose, marks)
    dense = density([n * p for n, p in zip(sizes, prose)], REACH)
    prose = [max(p, a) for p, a in zip(prose, listed)]  # an announced list or table reads as part of the prose
    return [
        {
            "bias": 1.0,
            "log_words": math.log1p(sizes[j]),
            "terminal": float(bool(TERMINAL.search(text))),
            "marks": marks[j] / max(sizes[j], 1),
            "context_prose": _mean(prose[max(j - CONTEXT, 0) : j] + prose[j + 1 : j + 1 + CONTEXT]),
            "density": dense[j],
            "announced": listed[j],
        }
        for j, text in enumerate(texts)
    ]


def density(values: Sequence[float], reach: int) -> list[float]:
    """The mean of each value and its ``reach`` neighbours on each side, as a share of the largest such mean. At
    the page's edges the mean is over the lines there are, so a first or last paragraph is not taken for a thin one.

    >>> [round(d, 2) for d in density([0, 6, 0, 0, 0, 3], 1)]
    [1.0, 0.67, 0.67, 0.0, 0.33, 0.5]
    """
    means = [_mean(values[max(j - reach, 0) : j + reach + 1]) for j in range(len(values))]
    top = max(means, default=0.0)
    return [m / top if top else 0.0 for m in means]


def probabilities(rows: Sequence[Mapping[str, float]], weights: Weights) -> list[float]:
    """How likely each line is to belong to the article: the logistic function of its weighted features.

    >>> [round(p, 3) for p in probabilities([{"bias": 1, "terminal": 1}, {"bias": 1, "terminal": 0}],
    ...                                     {"bias": -1, "terminal": 2})]
    [0.731, 0.269]
    """
    return [_logistic(sum(w * row[name] for name, w in weights.items())) for row in rows]


@cache
def fitted_weights() -> dict[str, float]:
    """The shipped weights, one per feature (``toolkit/data/main_block_weights.tsv``).

    >>> list(fitted_weights()) == list(FEATURES)
    True
    """
    return {row["feature"]: float(row["weight"]) for row in read_table("main_block_weights.tsv")}


def _logistic(z: float) -> float:
    """1 / (1 + e^-z), without overflow for large ``|z|``."""
    if z >= 0:
        return 1 / (1 + math.exp(-z))
    return math.exp(z) / (1 + math.exp(z))


def _without_bullet(text: str) -> str:
    """The line without the bullet that opens a list item (a separator elsewhere in the line still counts)."""
    bullet = BULLET.match(text)
    return text[bullet.end() :] if bullet else text


def _announced(texts: Sequence[str], prose: Sequence[float], marks: Sequence[int]) -> list[float]:
    """1 for each line of the list or table a sentence ending in a colon announces ("Final standings after 36
    races:"): the lines after it up to the next sentence or menu-like line (one with ``marks``)."""
    flags, on = [], False
    for text, p, m in zip(texts, prose, marks):
        if p or m:
            on = bool(p) and text.rstrip().endswith(":")
            flags.append(0.0)
        else:
            flags.append(float(on))
    return flags


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
