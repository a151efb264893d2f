"""Actor extraction over real corpora: are two different people ever merged into one actor, and what does it cost?

    python benchmarks/actor_merges.py [--shared ../shared] [--limit N]

Corpora (read at run time, never copied): PolNeAR dev texts (``quotes/polnear/dev/text/*.txt``) and BBC full text
(``corpora/bbc-fulltext``). For every person actor, the full names (two words or more) it gathered must share one first
name; any actor that does not is printed as a wrong merge. Surnames resolved while two people with that surname were
in play are counted too. Speed: articles/second of ``nlp.pipe`` alone, and of ``nlp.pipe`` followed by
``toolkit.actors`` on the same Docs (no second parse), as a ratio.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import toolkit
from toolkit.mentions.tables import actor_index
from toolkit.nlp import load_model

CORPORA = {"polnear-dev": "quotes/polnear/dev/text/*.txt", "bbc-fulltext": "corpora/bbc-fulltext/bbc/*/*.txt"}


def wrong_merges(article: toolkit.Article) -> list[tuple[str, list[str]]]:
    """Person actors whose full-name forms carry two different first names."""
    found = []
    for actor in actor_index(article).actors:
        full = [alias for alias in actor.aliases if len(alias.split()) > 1]
        if actor.type == "person" and len({name.split()[0].lower() for name in full}) > 1:
            found.append((actor.name, full))
    return found


def shared_surnames(article: toolkit.Article) -> int:
    """Surname-only person mentions in articles where two or more actors share that surname."""
    index = actor_index(article)
    people = [a for a in index.actors if a.type == "person" and len(a.name.split()) > 1]
    surnames = {a.name.split()[-1].lower() for a in people}
    clashing = {s for s in surnames if sum(a.name.split()[-1].lower() == s for a in people) > 1}
    return sum(article.text[r.start : r.end].lower() in clashing for r in index.mentions if r.label == "PERSON")


def run(name: str, paths: list[Path]) -> None:
    articles = []
    for path in paths:
        try:
            articles.append(toolkit.load_article(path))
        except toolkit.ToolkitError as err:
            print(f"  skipped {path.name}: {err}")
    nlp = load_model()
    texts = [a.text for a in articles]

    began = time.perf_counter()
    docs = list(nlp.pipe(texts))
    pipe_seconds = time.perf_counter() - began

    began = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        article.doc = doc  # parsed once, as toolkit.parse would cache it
        toolkit.actors(article)
    actor_seconds = time.perf_counter() - began

    merges = [(a.source, m) for a in articles for m in wrong_merges(a)]
    actors = sum(len(toolkit.actors(a)) for a in articles)
    people = sum((toolkit.actors(a).type == "person").sum() for a in articles)
    clashes = sum(shared_surnames(a) for a in articles)
    print(f"{name}: {len(articles)} articles, {actors} actors ({people} persons)")
    print(f"  merges of two different first names: {len(merges)}")
    for source, (actor, names) in merges:
        print(f"    {Path(source or '?').name}: {actor} <- {names}")
    print(f"  surname mentions where two people share the surname: {clashes}")
    raw_rate = len(articles) / pipe_seconds
    toolkit_rate = len(articles) / (pipe_seconds + actor_seconds)
    print(f"  articles/s: nlp.pipe {raw_rate:.1f}, nlp.pipe + actors {toolkit_rate:.1f} "
          f"(ratio {toolkit_rate / raw_rate:.3f}; actors alone {len(articles) / actor_seconds:.0f} articles/s)")

def main() -> None:
    default = os.environ.get("TOOLKIT_SHARED", str(Path(__file__).resolve().parents[1] / ".." / "shared"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(default), help="the shared data folder (../shared)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles per corpus")
    args = parser.parse_args()
    for name, pattern in CORPORA.items():
        paths = sorted(args.shared.glob(pattern))[: args.limit]
        if not paths:
            print(f"{name}: no files under {args.shared / pattern}")
            continue
        run(name, paths)


if __name__ == "__main__":
    main()
