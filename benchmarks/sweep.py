"""Every document of every shared corpus through the whole analysis: nothing may fail.

    .venv/bin/python benchmarks/sweep.py [--shared ../shared] [--processes 2] [--limit N] [--only bbc,ptc]

Corpora (``../shared/corpora/`` and ``../shared/quotes/polnear/``): BBC full text, KPCrowd, PTC, Horne 2017
(every ``.txt``, titles folders included), ReCOVery (its CSVs, ``body_text``), the extraction benchmark as whole-page
text (``pages.jsonl``, ``page_text``) and as HTML (``html/*.html.gz``), and PolNeAR train and dev texts. Each corpus
is loaded with ``toolkit.load_corpus`` (documents it cannot load are counted as failures with their reason), then
every article goes through ``entities``, ``actors``, ``quotes``, ``cooccurrence``, ``terms`` and both renderers
(``render.entities``, ``render.quotes``) on a pool of worker processes. Printed per corpus: documents, failures
(floor: 0), warnings by kind, and the time. ``--limit N`` keeps the first N documents of each corpus.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CHUNK = 16


def corpora(shared: Path) -> dict[str, tuple[Any, str | None]]:
    """Corpus name -> (what load_corpus takes, its text column)."""
    c = shared / "corpora"
    pages = [json.loads(line) for line in (c / "extraction-benchmark-dev" / "pages.jsonl").open(encoding="utf-8")]
    import pandas as pd

    return {
        "bbc": (sorted(str(p) for p in (c / "bbc-fulltext" / "bbc").glob("*/*.txt")), None),
        "kpcrowd": (sorted(str(p) for p in (c / "kpcrowd-500n").rglob("docsutf8/*.txt")), None),
        "ptc": (sorted(str(p) for p in (c / "ptc").glob("*-articles/*.txt")), None),
        "horne2017": (sorted(str(p) for p in (c / "horne2017-fakenewsdata1").rglob("*.txt")
                             if p.name != "README.txt"), None),
        "recovery": (sorted(str(p) for p in (c / "recovery-covid-news" / "dataset").rglob("*.csv")), "body_text"),
        "extraction (text)": (pd.DataFrame({"page_text": [p["page_text"] for p in pages],
                                            "source": [p["id"] for p in pages]}), "page_text"),
        "extraction (html)": (sorted(str(p) for p in (c / "extraction-benchmark-dev" / "html").glob("*.html.gz")),
                              None),
        "polnear": (sorted(str(p) for p in (shared / "quotes" / "polnear").glob("*/text/*.txt")), None),
    }


def kind_of(message: str) -> str:
    """A warning's kind: its message with names, numbers and paths left out."""
    message = re.sub(r"\S*[/\\]\S*|\d[\d,.%]*", "#", message)
    return re.sub(r"'[^']*'|\"[^\"]*\"", "…", message)[:90]


def analyse(articles: list[Any]) -> tuple[int, list[tuple[str, str]], Counter]:
    """Run the whole analysis on a chunk of articles: (done, failures, warning kinds)."""
    import toolkit

    failures, kinds = [], Counter()
    for article in articles:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                toolkit.entities(article)
                toolkit.actors(article)
                toolkit.quotes(article)
                toolkit.cooccurrence(article)
                toolkit.terms(article)
                toolkit.render.entities(article)
                toolkit.render.quotes(article)
            except Exception as err:  # counted and named: the floor is none
                failures.append((article.source or "?", f"{type(err).__name__}: {err}"[:200]))
        kinds.update(f"{w.category.__name__}: {kind_of(str(w.message))}" for w in caught)
        article.doc = None
    return len(articles), failures, kinds


def sweep(name: str, source: Any, column: str | None, pool: ProcessPoolExecutor, limit: int | None) -> dict:
    import toolkit

    start = time.perf_counter()
    skipped: list[tuple[str, str]] = []
    kinds: Counter = Counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if limit and isinstance(source, list):
            source = source[:limit]
        elif limit:
            source = source.head(limit)
        articles = list(toolkit.load_corpus(source, text_column=column, errors="skip", skipped=skipped))
    kinds.update(f"{w.category.__name__}: {kind_of(str(w.message))}" for w in caught)
    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    failures = [(doc, f"not loaded: {reason}") for doc, reason in skipped]
    done = 0
    for n, failed, found in pool.map(analyse, chunks):
        done, failures, kinds = done + n, failures + failed, kinds + found
    return {"corpus": name, "documents": len(articles) + len(skipped), "analysed": done, "failures": failures,
            "warnings": kinds, "seconds": time.perf_counter() - start}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--only", help="comma-separated corpus names")
    args = parser.parse_args()
    wanted = corpora(args.shared)
    if args.only:
        wanted = {k: v for k, v in wanted.items() if k.split()[0] in args.only.split(",") or k in args.only}
    results = []
    with ProcessPoolExecutor(max_workers=args.processes) as pool:
        for name, (source, column) in wanted.items():
            result = sweep(name, source, column, pool, args.limit)
            results.append(result)
            print(f"{name}: {result['documents']:,} documents, {result['analysed']:,} analysed, "
                  f"{len(result['failures'])} failures, {sum(result['warnings'].values())} warnings, "
                  f"{result['seconds']:.0f} s", flush=True)
            for doc, reason in result["failures"][:10]:
                print(f"    FAILED {doc}: {reason}")
            for kind, count in result["warnings"].most_common(8):
                print(f"    {count:5d} x {kind}")
    total = sum(len(r["failures"]) for r in results)
    print("\n| corpus | documents | failures | warnings | time |\n|---|---|---|---|---|")
    for r in results:
        print(f"| {r['corpus']} | {r['documents']:,} | {len(r['failures'])} | {sum(r['warnings'].values())} | "
              f"{r['seconds']:.0f} s |")
    print(f"\nfailures in all: {total} (floor 0: {'met' if total == 0 else 'NOT met'})")


if __name__ == "__main__":
    main()
