"""Cleaning accuracy on the extraction benchmark, and robustness over every shared corpus.

    python benchmarks/cleaning.py [--shared ../shared] [--skip-corpora]

Text path: ``load_article(page_text)`` against ``gold_text``; HTML path: ``load_article(html.gz)``; both as mean
bag-of-words token F1 (lower-cased ``\\w+`` tokens, multiset overlap), with raw page text and trafilatura alone
side by side on the same pages. The text path's main-block scorer is fitted on these same pages
(benchmarks/fit_cleaning.py), so it is also cross-validated: five folds of whole sites (host of ``url``, sorted,
dealt round-robin), weights fitted on four folds and the fifth scored with them.
"""

from __future__ import annotations

import argparse
import gzip
import re
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

from fit_cleaning import dev_pages, fit

import toolkit
from toolkit.cleaning.cleaner import clean
from toolkit.reading.corpus import load_corpus

TOKEN = re.compile(r"\w+")
FOLDS = 5
FAILED = 0.3
"""A page whose F1 is under this came out with the wrong block (or next to nothing)."""


def prf(predicted: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the multiset of tokens."""
    p, g = Counter(TOKEN.findall(predicted.lower())), Counter(TOKEN.findall(gold.lower()))
    overlap = sum((p & g).values())
    precision = overlap / max(sum(p.values()), 1)
    recall = overlap / max(sum(g.values()), 1)
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return precision, recall, f1


def mean(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    return tuple(sum(col) / len(rows) for col in zip(*rows))  # type: ignore[return-value]


def site_folds(pages: list[dict[str, str]], folds: int = FOLDS) -> list[int]:
    """The fold of each page: whole sites (hosts of ``url``), sorted by name and dealt round-robin."""
    hosts = sorted({urlparse(page["url"]).hostname or "" for page in pages})
    fold = {host: n % folds for n, host in enumerate(hosts)}
    return [fold[urlparse(page["url"]).hostname or ""] for page in pages]


def cross_validated(pages: list[dict[str, str]]) -> list[tuple[float, float, float]]:
    """Text-path scores of each page with weights fitted on the other folds (``clean(text)`` is what
    ``load_article(text)`` does with plain text)."""
    folds = site_folds(pages)
    scores: list[tuple[float, float, float]] = [(0.0, 0.0, 0.0)] * len(pages)
    for k in range(FOLDS):
        weights = fit([page for page, f in zip(pages, folds) if f != k])
        for i in (i for i, f in enumerate(folds) if f == k):
            scores[i] = prf(clean(pages[i]["page_text"], weights=weights).text, pages[i]["gold_text"])
    return scores


def extraction(shared: Path) -> None:
    folder = shared / "corpora" / "extraction-benchmark-dev"
    pages = dev_pages(shared)
    scores: dict[str, list[tuple[float, float, float]]] = {
        "raw page text": [], "toolkit text path": [], "toolkit text path, CV": cross_validated(pages),
        "trafilatura alone": [], "toolkit HTML path": [],
    }
    import trafilatura

    for page in pages:
        gold = page["gold_text"]
        html_path = folder / "html" / f"{page['id']}.html.gz"
        scores["raw page text"].append(prf(page["page_text"], gold))
        scores["toolkit text path"].append(prf(toolkit.load_article(page["page_text"]).text, gold))
        html = gzip.decompress(html_path.read_bytes()).decode("utf-8", "replace")
        scores["trafilatura alone"].append(prf(trafilatura.extract(html) or "", gold))
        scores["toolkit HTML path"].append(prf(toolkit.load_article(html_path).text, gold))
    print(f"extraction-benchmark-dev: {len(pages)} pages, mean bag-of-words token scores "
          f"(CV: {FOLDS} folds by site, weights fitted on the other four)")
    print(f"  {'system':22} {'precision':>9} {'recall':>7} {'F1':>6} {'F1<' + str(FAILED):>7}")
    for name, rows in scores.items():
        p, r, f = mean(rows)
        print(f"  {name:22} {p:9.3f} {r:7.3f} {f:6.3f} {sum(row[2] < FAILED for row in rows):7}")


def corpora(shared: Path) -> None:
    folders = {
        "seed": [shared / "seed"],
        "extraction-benchmark-dev html": [shared / "corpora" / "extraction-benchmark-dev" / "html"],
        "recovery-covid-news": [shared / "corpora" / "recovery-covid-news" / "dataset"],
        "ptc": [shared / "corpora" / "ptc"],
        "bbc-fulltext": [shared / "corpora" / "bbc-fulltext" / "bbc"],
        "horne2017-fakenewsdata1": [shared / "corpora" / "horne2017-fakenewsdata1"],
    }
    print("\nEvery shared corpus through load_corpus (errors='raise'): documents, seconds, cuts by reason")
    for name, sources in folders.items():
        started = time.perf_counter()
        reasons: Counter[str] = Counter()
        count = 0
        for article in load_corpus(sources, errors="raise", text_column="body_text"):
            count += 1
            reasons.update(r.reason for r in article.removed)
        took = time.perf_counter() - started
        top = ", ".join(f"{reason} {n}" for reason, n in reasons.most_common())
        print(f"  {name}: {count} documents in {took:.1f}s; cuts: {top}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--skip-corpora", action="store_true")
    args = parser.parse_args()
    extraction(args.shared)
    if not args.skip_corpora:
        corpora(args.shared)


if __name__ == "__main__":
    main()
