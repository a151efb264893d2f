"""How extraction time grows with the length of one text: 125k, 250k, 500k and 1M characters of news.

    .venv/bin/python benchmarks/scale.py [--corpus ../shared/corpora/bbc-fulltext] [--sizes 125000,250000,...]

The text is BBC full-text articles joined with blank lines (sorted by path), cut at a line end before each size.
The longest text is parsed once (``nlp.max_length`` raised for it) and each shorter one is a prefix of that Doc
(``doc[:i].as_doc()``), so only extraction is timed: entities (the actor index), actors, quotes, co-occurrence and
keywords, each on a fresh Article around the parsed Doc, with ``time.perf_counter``; best of ``--repeat`` passes
(default 5), each pass timing every size in turn, so a drift in the machine's speed meets all sizes alike.
Floor (issue 15): at most 2.5x per doubling of the text, for every stage and in total.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc-fulltext"
FLOOR = 2.5


def news_text(corpus: Path, size: int) -> str:
    """At least ``size`` characters of articles joined with blank lines."""
    parts, total = [], 0
    for path in sorted(corpus.rglob("*.txt")):
        if path.name == "README.TXT":
            continue
        try:
            text = path.read_text(encoding="utf-8").strip()
        except UnicodeDecodeError:
            continue
        parts.append(text)
        total += len(text) + 2
        if total > size:
            break
    return "\n\n".join(parts)


def stages(article) -> dict[str, float]:
    """Seconds per extraction stage on an Article whose Doc is already set."""
    from toolkit import actors, cooccurrence, entities, quotes, terms

    found = {}
    for name, run in (("entities", entities), ("actors", actors), ("quotes", quotes), ("cooccurrence", cooccurrence),
                      ("keywords", lambda a: terms(a, top=None))):
        start = time.perf_counter()
        run(article)
        found[name] = time.perf_counter() - start
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="125000,250000,500000,1000000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    from toolkit.article import as_article
    from toolkit.nlp import load_model

    nlp = load_model()
    text = news_text(args.corpus, max(sizes))
    text = text[: text.rfind("\n", 0, max(sizes)) + 1]
    nlp.max_length = len(text) + 1
    start = time.perf_counter()
    doc = nlp(text)
    print(f"parsed {len(text):,} characters ({len(doc):,} tokens) once in {time.perf_counter() - start:.0f} s")
    parts = []
    for size in sizes:
        cut = text.rfind("\n", 0, size) + 1
        end = next(t.i for t in doc if t.idx >= cut) if cut < len(text) else len(doc)
        parts.append(doc[:end].as_doc() if end < len(doc) else doc)
    best: list[dict[str, float]] = [{} for _ in parts]
    for _ in range(args.repeat):  # every size once per pass, so a drift in the machine's speed meets them all
        for part, found in zip(parts, best):
            article = as_article(part.text)
            article.doc = part
            for name, seconds in stages(article).items():
                found[name] = min(found.get(name, seconds), seconds)
    for found in best:
        found["total"] = sum(found.values())
    rows = [(len(part.text), found) for part, found in zip(parts, best)]
    names = list(rows[0][1])
    print(f"{'characters':>12} " + " ".join(f"{n:>14}" for n in names))
    worst = 0.0
    for k, (chars, best) in enumerate(rows):
        cells = []
        for name in names:
            growth = best[name] / rows[k - 1][1][name] if k and rows[k - 1][1][name] > 0 else None
            worst = max(worst, growth or 0) if name == "total" or best[name] > 0.05 else worst
            cells.append(f"{best[name]:7.2f}s" + (f" x{growth:4.2f}" if growth else "      "))
        print(f"{chars:>12,} " + " ".join(f"{c:>14}" for c in cells))
    span = (rows[-1][1]["total"] / rows[0][1]["total"]) ** (1 / max(len(rows) - 1, 1))
    print(f"largest growth per doubling (stages over 0.05 s, and the total): x{worst:.2f} "
          f"(floor <= x{FLOOR}: {'met' if worst <= FLOOR else 'NOT met'}); total, mean per doubling from the "
          f"smallest to the largest: x{span:.2f}")


if __name__ == "__main__":
    main()
