"""Actor tables on news the toolkit was never tuned on: every ReCOVery article, counted automatically.

    .venv/bin/python benchmarks/actors.py [--corpus ../shared/corpora/recovery-covid-news] [--limit N] [--show 10]

Per article (``toolkit.actors`` and ``toolkit.quotes``), summed over the corpus:

- actor rows by type;
- disease rows: actors whose name is a disease, virus or medical term of ``toolkit/data/not_actors.tsv`` (floor 0);
- organisations beside their own acronym: an organisation of two or more capitalised words and, in the same
  article, another actor spelling its initials ("Republican National Committee" and "RNC"; floor 0);
- bare surnames beside their full name: a one-word actor equal to the last word of the one person's name in the
  same article that ends so ("Carroll" beside "Will Carroll", whatever type the model gave it), known places
  ("Poland" beside "Greg Poland") and suffixes ("III") left out; floor 0. A surname whose own titles give another
  gender than the full name's first name ("Mr. Trump" beside "Lara Trump") is a second person: listed apart;
- direct quotes of three words or fewer with no cue (scare quotes and titles taken for quotes).

``--show N`` prints up to N examples of each kind.
"""

from __future__ import annotations

import argparse
import re
import time
import warnings
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "recovery-covid-news"


SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def initials(name: str) -> str:
    """The initials of a name's capitalised words ("Republican National Committee" -> "RNC"); a word in capitals
    counts whole ("US Postal Service" -> "USPS", not "UPS")."""
    words = [w for w in re.findall(r"[A-Z][\w'’-]*", name) if w.lower() not in ("of", "the", "and", "for")]
    return "".join(w if w.isupper() else w[0] for w in words)


def surname(name: str) -> str:
    """The last word of a name before a suffix ("John Leake Jr." -> "Leake")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in SUFFIXES:
        words.pop()
    return words[-1]


def check(actors, quotes, not_actors: set[str]) -> dict[str, list[str]]:
    """The problems of one article's tables, by kind, with an example each."""
    from toolkit.lexicon import aliases, genders, name_genders, places

    found: dict[str, list[str]] = {"disease": [], "acronym": [], "surname": [], "namesake": [], "short quote": []}
    names = list(actors.actor)
    for name in names:
        if name.lower().rstrip(".") in not_actors:  # "Vitamin C." ending a sentence
            found["disease"].append(name)
    acronyms = {n for n in names if re.fullmatch(r"[A-Z]{2,6}", n.replace(".", ""))}
    for row in actors[actors.type == "organization"].itertuples():
        words = re.findall(r"[A-Z][\w'’-]*", row.actor)
        if len(words) >= 2 and initials(row.actor) in acronyms and initials(row.actor) != row.actor:
            found["acronym"].append(f"{row.actor} / {initials(row.actor)}")
    persons = [n for n in actors[actors.type == "person"].actor if " " in n]
    bearers = Counter(surname(n) for n in persons)
    last = {surname(n): n for n in persons}
    for row in actors.itertuples():
        name = row.actor
        known = name.lower() in places() or name.lower() in aliases() or name.lower() in SUFFIXES  # Poland, III
        if " " not in name and bearers[name] == 1 and not known:  # with two Moores, a bare "Moore" may be either
            titled, first = genders(row.roles), name_genders(last[name])
            kind = "namesake" if titled and first and titled != first else "surname"
            found[kind].append(f"{name} / {last[name]}")
    short = quotes[(quotes.kind == "direct") & (quotes.cue == "") & (quotes.content.str.split().str.len() <= 3)]
    found["short quote"] = list(short.content)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--show", type=int, default=8)
    args = parser.parse_args()

    import toolkit
    from toolkit.lexicon import read_table

    not_actors = {row["name"].lower() for row in read_table("not_actors.tsv")}
    paths = sorted(str(p) for p in (args.corpus / "dataset").rglob("*.csv"))
    start = time.perf_counter()
    types: Counter = Counter()
    problems: dict[str, list[str]] = {}
    articles = rows = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for article in toolkit.load_corpus(paths, text_column="body_text"):
            if args.limit and articles >= args.limit:
                break
            actors, quotes = toolkit.actors(article), toolkit.quotes(article)
            articles, rows = articles + 1, rows + len(actors)
            types.update(actors.type)
            for kind, found in check(actors, quotes, not_actors).items():
                problems.setdefault(kind, []).extend(f"{found_one}" for found_one in found)
            article.doc = None
    print(f"ReCOVery: {articles:,} articles, {rows:,} actor rows, {time.perf_counter() - start:.0f} s")
    print("actor rows by type: " + ", ".join(f"{t} {n:,}" for t, n in types.most_common()))
    floors = {"disease": 0, "acronym": 0, "surname": 0}
    labels = {"disease": "disease rows", "acronym": "organisations beside their own acronym",
              "surname": "bare surnames beside their full name",
              "namesake": "  kept apart: a surname titled with the other gender (not counted)",
              "short quote": "direct quotes of <= 3 words, no cue"}
    for kind, label in labels.items():
        found = problems.get(kind, [])
        met = kind in floors and len(found) <= floors[kind]
        floor = f" (floor {floors[kind]}: {'met' if met else 'NOT met'})" if kind in floors else ""
        print(f"{label}: {len(found)}{floor}")
        for name, n in Counter(found).most_common(args.show):
            print(f"    {n:4d} x {name}")


if __name__ == "__main__":
    main()
