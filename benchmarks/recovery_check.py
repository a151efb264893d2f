"""Actors and attributions on 20 hand-checked ReCOVery articles, a dev set the toolkit was never tuned on.

Usage: .venv/bin/python benchmarks/recovery_check.py [--corpus PATH] [--show] [--select]
(PATH defaults to ../shared/corpora/recovery-covid-news, relative to the repository root.)

Data: ReCOVery (Zhou, Mulay, Ferrara, Zafarani, "ReCOVery: A Multimodal Repository for COVID-19 News Credibility
Research", CIKM 2020; CC BY-NC-SA 4.0). ``benchmarks/data/recovery_check.json`` holds no article text: per article
the CSV file, the news_id, the SHA-1 of ``body_text`` (a changed file is reported, not scored) and character offsets
into the raw ``body_text``, with canonical actor names and types. The annotations were made by reading each text;
their conventions (what counts as an actor, a mention, an attribution) are listed in the JSON file.

Selection (``--select`` prints it again from the corpus): an article is eligible when its ``body_text`` has 300 to
1,200 words (whitespace tokens) and at least two quotation marks (" or “, counted together). Publishers are ranked by
their number of eligible articles (most first, ties by publisher name); the first 12 of the ``reliable`` folder and
the first 8 of the ``unreliable`` one are kept, one article each: the eligible one with the smallest news_id compared
as a string.

Definitions
- Gold actor: a person, organisation, place or named group the article mentions, with the raw spans of its name
  mentions (full name, surname, acronym, alias, role phrase clearly meaning it; no pronouns).
- Actors: a predicted row (``toolkit.actors``; its mentions are the ``toolkit.entities`` rows carrying its name) is
  real when one of its mentions overlaps a gold mention; precision = real rows / rows. Each real row goes to the
  gold actor it shares most overlapping mentions with (ties: more identical spans, then the same last word of the
  name, then the first gold actor); recall = gold actors with a row / gold actors; duplicates = rows beyond the
  first that go to one gold actor.
- Gold attribution: speech or writing reported in the text (direct, indirect or mixed) with its content span, cue,
  speaker span (the mention nearest the cue, possibly a pronoun; may be missing) and actor ("" when anonymous).
  Only outermost attributions are annotated (none nested inside another one's content).
- Match: a prediction (``toolkit.quotes``) and a gold attribution match when their content spans overlap by at
  least half the shorter span; each prediction goes to the matching gold it fits best (overlap over union; ties:
  the earlier gold), as in benchmarks/quotes.py. Precision = predictions assigned / predictions; recall = gold
  attributions with an assigned prediction / gold attributions.
- Speaker accuracy: over assigned pairs whose gold has a speaker, the predicted speaker span overlaps it or ends in
  the same word (case-insensitive); no predicted speaker is wrong. Actor accuracy: over assigned pairs whose gold
  actor is not empty, the predicted actor equals it (case-insensitive), contains its last word, or equals one of
  its gold mentions as written (an acronym or short name: "WHO", "Central Michigan").

``--show`` lists per article: ``+`` predicted rows and attributions matching no gold, ``-`` gold ones not found,
``=`` gold actors split over several rows, ``~`` wrong speakers and actors (with a snippet of text for reading).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
GOLD = REPO / "benchmarks" / "data" / "recovery_check.json"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "recovery-covid-news"
FOLDERS = ("reliable", 12), ("unreliable", 8)
Span = tuple[int, int]


def read_csv(corpus: Path, file: str) -> pd.DataFrame:
    return pd.read_csv(corpus / "dataset" / file, dtype=str, keep_default_na=False)


def select(corpus: Path) -> list[dict]:
    """The 20 articles of the selection rule (module docstring), in publisher rank order within each folder."""
    chosen = []
    for folder, keep in FOLDERS:
        eligible = []
        for path in sorted((corpus / "dataset" / folder).glob("*.csv")):
            table = read_csv(corpus, f"{folder}/{path.name}")
            words = table.body_text.str.split().str.len()
            marks = table.body_text.str.count('"') + table.body_text.str.count("“")
            ok = table[(words >= 300) & (words <= 1200) & (marks >= 2)]
            eligible += [(row.publisher, row.news_id, f"{folder}/{path.name}", w) for row, w in
                         zip(ok.itertuples(), words[ok.index])]
        counts = Counter(p for p, *_ in eligible)
        for publisher in sorted(counts, key=lambda p: (-counts[p], p))[:keep]:
            _, news_id, file, w = min((e for e in eligible if e[0] == publisher), key=lambda e: e[1])
            chosen.append({"file": file, "news_id": news_id, "publisher": publisher, "eligible": counts[publisher],
                           "words": int(w)})
    return chosen


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def fit(a: Span, b: Span) -> float:
    union = max(a[1], b[1]) - min(a[0], b[0])
    return overlap(a, b) / union if union > 0 else 0.0


def matches(a: Span, b: Span) -> bool:
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and overlap(a, b) >= shorter / 2


def last_word(text: str) -> str:
    words = re.findall(r"\w+", text.lower())
    return words[-1] if words else ""


def snippet(text: str, span: Span | None, width: int = 60) -> str:
    """A short piece of text around a span, for reading on screen."""
    if span is None:
        return "-"
    inner = text[span[0] : span[1]]
    inner = inner if len(inner) <= 2 * width else f"{inner[:width]} ... {inner[-width:]}"
    return " ".join(f"{text[max(0, span[0] - 25) : span[0]]}[{inner}]{text[span[1] : span[1] + 25]}".split())


def ratio(part: int, whole: int) -> str:
    return f"{part / max(whole, 1):.2f} ({part}/{whole})"


class Tally:
    """Counts of one article or of all of them."""

    FIELDS = ("rows", "real", "gold_actors", "found", "duplicates", "preds", "assigned", "gold", "recalled",
              "with_speaker", "speaker_right", "with_actor", "actor_right")

    def __init__(self) -> None:
        self.n = dict.fromkeys(self.FIELDS, 0)

    def __iadd__(self, other: Tally) -> Tally:
        for key in self.FIELDS:
            self.n[key] += other.n[key]
        return self

    def line(self) -> str:
        n = self.n
        return (f"actors P {ratio(n['real'], n['rows'])} R {ratio(n['found'], n['gold_actors'])} dup {n['duplicates']}"
                f" | quotes P {ratio(n['assigned'], n['preds'])} R {ratio(n['recalled'], n['gold'])} "
                f"speaker {ratio(n['speaker_right'], n['with_speaker'])} "
                f"actor {ratio(n['actor_right'], n['with_actor'])}")


def score_actors(text: str, rows: list[tuple[str, list[Span]]], gold: list[dict], show: list[str]) -> Tally:
    """Predicted actor rows against the gold actors (definitions in the module docstring)."""
    tally, taken, names = Tally(), Counter(), defaultdict(list)
    for name, spans in rows:
        hits = [(sum(any(overlap(s, tuple(m)) for m in g["mentions"]) for s in spans),
                 sum(list(s) in g["mentions"] for s in spans), last_word(name) == last_word(g["name"])) for g in gold]
        if not any(h[0] for h in hits):
            show.append(f"  + actor {name!r}: {snippet(text, spans[0]) if spans else 'no mention'}")
            continue
        tally.n["real"] += 1
        taken[hits.index(max(hits))] += 1
        names[hits.index(max(hits))].append(name)
    tally.n["rows"], tally.n["gold_actors"], tally.n["found"] = len(rows), len(gold), len(taken)
    tally.n["duplicates"] = sum(k - 1 for k in taken.values())
    show += [f"  - actor {g['name']!r} ({g['type']}, {len(g['mentions'])} mentions)"
             for j, g in enumerate(gold) if j not in taken]
    show += [f"  = actor {gold[j]['name']!r} split over {k} rows: {', '.join(map(repr, names[j]))}"
             for j, k in taken.items() if k > 1]
    return tally


def names_actor(text: str, predicted: str, actor: dict) -> bool:
    """Whether a predicted actor name names the gold actor: the same name, one containing its last word, or one of
    its mentions as written (an acronym or a short name: "WHO", "Central Michigan")."""
    predicted = predicted.lower()
    return (predicted == actor["name"].lower()
            or bool(re.search(rf"\b{re.escape(last_word(actor['name']))}\b", predicted))
            or any(predicted == text[s:e].lower() for s, e in actor["mentions"]))


def score_quotes(text: str, preds: list[dict], gold: list[dict], actors: list[dict], show: list[str]) -> Tally:
    """Predicted attributions against the gold ones (definitions in the module docstring)."""
    tally = Tally()
    tally.n["preds"], tally.n["gold"] = len(preds), len(gold)
    recalled = set()
    for p in preds:
        fits = [(fit(p["content"], tuple(g["content"])), -j) for j, g in enumerate(gold)
                if matches(p["content"], tuple(g["content"]))]
        if not fits:
            show.append(f"  + quote ({p['kind']}, {p['actor'] or '?'}): {snippet(text, p['content'])}")
            continue
        g = gold[-max(fits)[1]]
        tally.n["assigned"] += 1
        recalled.add(-max(fits)[1])
        if g["speaker"] is not None:
            gs, ps = tuple(g["speaker"]), p["speaker"]
            right = ps is not None and (overlap(ps, gs) > 0 or last_word(text[ps[0] : ps[1]]) == last_word(
                text[gs[0] : gs[1]]) != "")
            tally.n["with_speaker"] += 1
            tally.n["speaker_right"] += right
            if not right:
                show.append(f"  ~ speaker {snippet(text, ps, 20)} for gold {text[gs[0] : gs[1]]!r}: "
                            f"{snippet(text, tuple(g['content']), 30)}")
        if g["actor"]:
            right = names_actor(text, p["actor"], next(a for a in actors if a["name"] == g["actor"]))
            tally.n["with_actor"] += 1
            tally.n["actor_right"] += right
            if not right:
                show.append(f"  ~ actor {p['actor']!r} for gold {g['actor']!r}: {snippet(text, p['content'], 30)}")
    tally.n["recalled"] = len(recalled)
    show += [f"  - quote ({g['kind']}, {g['actor'] or '?'}): {snippet(text, tuple(g['content']))}"
             for j, g in enumerate(gold) if j not in recalled]
    return tally


def predict(text: str) -> tuple[list[tuple[str, list[Span]]], list[dict]]:
    """The toolkit's actor rows (with the raw spans of their mentions) and attributions, offsets into ``text``."""
    import toolkit

    article = toolkit.load_article(text)
    spans: dict[str, list[Span]] = {}
    for row in toolkit.entities(article).itertuples():
        if row.actor:
            spans.setdefault(row.actor, []).append(article.raw_span(row.start, row.end))
    rows = [(name, spans.get(name, [])) for name in toolkit.actors(article).actor]
    quotes = [{"kind": r.kind, "content": article.raw_span(r.content_start, r.content_end), "actor": r.actor or "",
               "speaker": article.raw_span(r.speaker_start, r.speaker_end) if r.speaker_start >= 0 else None}
              for r in toolkit.quotes(article).itertuples()]
    return rows, quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", action="store_true", help="print the misses with some context")
    parser.add_argument("--select", action="store_true", help="print the articles the selection rule gives")
    args = parser.parse_args()
    if args.select:
        for c in select(args.corpus):
            print(f"{c['file']:52} news_id {c['news_id']:>4}  {c['publisher']:28} {c['words']:5d} words "
                  f"({c['eligible']} eligible)")
        return
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    tables: dict[str, pd.DataFrame] = {}
    total, skipped = Tally(), 0
    for art in gold["articles"]:
        table = tables.setdefault(art["file"], read_csv(args.corpus, art["file"]).set_index("news_id"))
        text = table.loc[art["news_id"], "body_text"]
        label = f"{art['publisher'][:18]:18} {art['news_id']:>3}"
        if sha1(text) != art["sha1"]:
            print(f"{label} body_text changed (SHA-1 differs): not scored")
            skipped += 1
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rows, preds = predict(text)
        show: list[str] = []
        tally = score_actors(text, rows, art["actors"], show)
        tally += score_quotes(text, preds, art["attributions"], art["actors"], show)
        total += tally
        print(f"{label} {tally.line()}")
        if args.show and show:
            print("\n".join(show))
    print(f"{'TOTAL':22} {total.line()}" + (f"  ({skipped} articles not scored)" if skipped else ""))


if __name__ == "__main__":
    main()
