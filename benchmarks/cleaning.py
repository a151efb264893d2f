"""Cleaning accuracy on the extraction benchmark, and robustness over every shared corpus.

    python benchmarks/cleaning.py [--shared ../shared] [--skip-corpora]

Text path: ``load_article(page_text)`` against ``gold_text``; HTML path: ``load_article(html.gz)``; both as mean
bag-of-words token F1 (lower-cased ``\\w+`` tokens, multiset overlap), with raw page text and trafilatura alone
side by side on the same pages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path

import toolkit
from toolkit.reading.corpus import load_corpus

TOKEN = re.compile(r"\w+")


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


def extraction(shared: Path) -> None:
    folder = shared / "corpora" / "extraction-benchmark-dev"
    pages = [json.loads(line) for line in (folder / "pages.jsonl").open(encoding="utf-8")]
    scores: dict[str, list[tuple[float, float, float]]] = {"raw page text": [], "toolkit text path": [],
                                                           "trafilatura alone": [], "toolkit HTML path": []}
    import trafilatura

    for page in pages:
        gold = page["gold_text"]
        html_path = folder / "html" / f"{page['id']}.html.gz"
        scores["raw page text"].append(prf(page["page_text"], gold))
        scores["toolkit text path"].append(prf(toolkit.load_article(page["page_text"]).text, gold))
        html = gzip.decompress(html_path.read_bytes()).decode("utf-8", "replace")
        scores["trafilatura alone"].append(prf(trafilatura.extract(html) or "", gold))
        scores["toolkit HTML path"].append(prf(toolkit.load_article(html_path).text, gold))
    print(f"extraction-benchmark-dev: {len(pages)} pages, mean bag-of-words token scores")
    print(f"  {'system':22} {'precision':>9} {'recall':>7} {'F1':>6}")
    for name, rows in scores.items():
        p, r, f = mean(rows)
        print(f"  {name:22} {p:9.3f} {r:7.3f} {f:6.3f}")


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
