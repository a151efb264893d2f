"""Fit the main-block scorer's weights on the dev pages of the extraction benchmark and write them to
``toolkit/data/main_block_weights.tsv``.

    python benchmarks/fit_cleaning.py [--shared ../shared]

Every line that competes for the main block (``toolkit.cleaning.cleaner.page_candidates``) is one example: its
features (``toolkit.cleaning.scorer.FEATURES``), label 1 when its words occur, in order, in the page's gold text,
weighted by its word count (the benchmark scores words). The fit is a logistic regression with a light ridge penalty,
by Newton's method in numpy. Only the dev pages are used; benchmarks/cleaning.py cross-validates the same fit.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from toolkit.cleaning import scorer
from toolkit.cleaning.cleaner import page_candidates
from toolkit.cleaning.metadata import words

TOKEN = re.compile(r"\w+")
L2 = 1.0
"""Ridge penalty on the weights (not the bias), in units of one word-weighted line."""
OUT = Path(__file__).resolve().parents[1] / "toolkit" / "data" / "main_block_weights.tsv"


def dev_pages(shared: Path) -> list[dict[str, str]]:
    """The pages of ``extraction-benchmark-dev`` (id, url, page_text, gold_text)."""
    folder = shared / "corpora" / "extraction-benchmark-dev"
    return [json.loads(line) for line in (folder / "pages.jsonl").open(encoding="utf-8")]


def tokens(text: str) -> str:
    """Lower-case word tokens joined by single spaces, padded with a space on each side."""
    return " " + " ".join(TOKEN.findall(text.lower())) + " "


def examples(pages: Sequence[dict[str, str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels (the line is in the gold text) and weights (its word count) of every candidate line."""
    rows, labels, sizes = [], [], []
    for page in pages:
        gold = tokens(page["gold_text"])
        lines, kept, features = page_candidates(page["page_text"])
        for i, row in zip(kept, features):
            text = tokens(lines[i].text)
            rows.append([row[name] for name in scorer.FEATURES])
            labels.append(float(text.strip() != "" and text in gold))
            sizes.append(len(words(lines[i].text)))
    return np.array(rows), np.array(labels), np.array(sizes, dtype=float)


def fit(pages: Sequence[dict[str, str]], l2: float = L2) -> dict[str, float]:
    """Logistic-regression weights (one per feature of ``FEATURES``, the first is the bias) fitted on ``pages``."""
    x, y, size = examples(pages)
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    beta = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -500, 500)))
        gradient = x.T @ (size * (p - y)) + penalty * beta
        hessian = (x * (size * p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return {name: float(w) for name, w in zip(scorer.FEATURES, beta)}


def write(weights: dict[str, float], pages: int, path: Path = OUT) -> None:
    """Write the weights as the table ``toolkit/lexicon.read_table`` reads."""
    head = (
        "# Weights of the main-block scorer (toolkit/cleaning/scorer.py): how likely a line of a page is to belong\n"
        "# to the article is the logistic function of the sum of weight * feature (features: scorer.FEATURES).\n"
        f"# Fitted on the {pages} dev pages of the extraction benchmark by benchmarks/fit_cleaning.py (do not edit).\n"
    )
    body = "".join(f"{name}\t{w:.4f}\n" for name, w in weights.items())
    path.write_text(head + "feature\tweight\n" + body, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = parser.parse_args()
    pages = dev_pages(args.shared)
    weights = fit(pages)
    write(weights, len(pages))
    for name, w in weights.items():
        print(f"{name:16} {w:8.3f}")


if __name__ == "__main__":
    main()
