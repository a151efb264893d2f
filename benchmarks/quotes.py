"""Quote extraction on PolNeAR (brat standoff): toolkit.quotes beside textacy's direct_quotations, same parses.

Usage: .venv/bin/python benchmarks/quotes.py [--split dev|train] [--polnear PATH] [--limit N]
(PATH defaults to $POLNEAR or ../shared/quotes/polnear, relative to the repository root.)

Definitions
- Gold attribution: an ``E`` line of an ``.ann`` file; its content span is the extent of its Content fragments
  (first start to last end), its source the list of its Source fragments (may be empty).
- Match: a prediction and a gold attribution match when their content spans overlap by at least half of the
  shorter of the two spans.
- Matching is many-to-one: each prediction is assigned to the one gold attribution it fits best among those it
  matches, by overlap over union (so a prediction of a nested attribution goes to the nested gold, not to the
  one around it; ties: the earlier gold); several predictions may be assigned to one gold attribution (a quote split
  by "he said" in the middle is one gold attribution). Precision = predictions assigned to some gold / all
  predictions. Recall = gold attributions with at least one assigned prediction / all gold attributions; "direct"
  recall is the same over gold attributions whose content holds a quotation mark (" “ ” „ « » or '').
  For comparison the script also prints a one-to-one matching (greedy by overlap over union, each gold used once).
- Speaker accuracy: over assigned (prediction, gold) pairs whose gold has a source: the predicted speaker span
  overlaps a gold source fragment, or both end in the same word (case-insensitive); a relative pronoun and the noun
  phrase it stands for are one speaker (PolNeAR marks "who" in "Jane Doe, who said", issue 13 asks for the noun),
  on either side. A prediction without a speaker counts as wrong. "Speaker precision" is the same over the pairs
  where a speaker was predicted. Speaker accuracy is also printed per predicted kind (direct, indirect, mixed).
- Actor accuracy (issue 14): over assigned pairs whose gold source names someone (the head word of a gold source
  fragment, or a PERSON in apposition to it, lies in a PERSON, ORG or GPE entity of the spaCy parse), the predicted
  actor contains that entity's last word (case-insensitive), or that word is an acronym of the actor's capitalised
  words ("RNC" for the Republican National Committee); an empty actor counts as wrong. toolkit only (textacy
  gives no actor).
- Speed: documents per second of the extraction alone, on Docs parsed once beforehand (parsing is timed apart).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from toolkit.article import (  # noqa: E402
    Article,
    Paragraph,
    paragraph_bounds,  # noqa: E402
)
from toolkit.nlp import load_model  # noqa: E402
from toolkit.speech.cues import RELATIVE, antecedent, mention_span  # noqa: E402
from toolkit.speech.tables import quotes  # noqa: E402

QUOTE_MARK = re.compile(r"[\"“”„«»]|''")
Spans = list[tuple[int, int]]


class Gold(NamedTuple):
    content: tuple[int, int]
    sources: Spans
    direct: bool
    cue: str
    cue_spans: Spans


class Prediction(NamedTuple):
    content: tuple[int, int]
    speaker: tuple[int, int] | None
    kind: str = "direct"
    actor: str | None = None  # None: the system gives no actor
    cue: tuple[int, int] | None = None


def read_ann(path: Path, text: str) -> list[Gold]:
    """The gold attributions of one brat file."""
    spans: dict[str, Spans] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, offsets = parts[1].split(" ", 1)
            spans[parts[0]] = [tuple(map(int, piece.split())) for piece in offsets.split(";")]
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    gold = []
    for event in events:
        content = spans.get(event.get("Content", ""), [])
        if not content:
            continue
        extent = (min(s for s, _ in content), max(e for _, e in content))
        sources = [s for key, ids in event.items() if key.startswith("Source") for s in spans.get(ids, [])]
        direct = any(QUOTE_MARK.search(text[s:e]) for s, e in content)
        cue_spans = spans.get(event.get("Cue", ""), [])
        gold.append(Gold(extent, sources, direct, " ".join(text[s:e] for s, e in cue_spans), cue_spans))
    return gold


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def fit(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap over union of two spans."""
    union = max(a[1], b[1]) - min(a[0], b[0])
    return overlap(a, b) / union if union > 0 else 0.0


def matches(pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    shorter = min(pred[1] - pred[0], gold[1] - gold[0])
    return shorter > 0 and overlap(pred, gold) >= shorter / 2


def many_to_one(preds: list[Prediction], gold: list[Gold]) -> list[tuple[int, int]]:
    """(prediction index, gold index) pairs: each prediction to the matching gold it fits best."""
    pairs = []
    for i, p in enumerate(preds):
        best = max(
            ((fit(p.content, g.content), -j, j) for j, g in enumerate(gold) if matches(p.content, g.content)),
            default=None,
        )
        if best is not None:
            pairs.append((i, best[2]))
    return pairs


def one_to_one(preds: list[Prediction], gold: list[Gold]) -> list[tuple[int, int]]:
    """(prediction index, gold index) pairs, greedy by fit, each prediction and each gold used once."""
    candidates = sorted(
        ((fit(p.content, g.content), i, j) for i, p in enumerate(preds) for j, g in enumerate(gold)
         if matches(p.content, g.content)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def last_word(text: str, span: tuple[int, int]) -> str:
    words = re.findall(r"\w+", text[span[0] : span[1]].lower())
    return words[-1] if words else ""


def speaker_ok(text: str, pred: Prediction, gold: Gold, doc=None) -> bool:
    if pred.speaker is None:
        return False
    said = [pred.speaker, *([_noun_of(doc, pred.speaker)] if doc is not None else [])]
    sources = [*gold.sources, *([_noun_of(doc, s) for s in gold.sources] if doc is not None else [])]
    return any(overlap(p, s) > 0 or last_word(text, p) == last_word(text, s) != "" for p in said for s in sources)


def _noun_of(doc, span: tuple[int, int]) -> tuple[int, int]:
    """The noun phrase a relative pronoun stands for ("Jane Doe, [who] said" -> Jane Doe); the span itself
    otherwise."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or len(tokens) != 1 or tokens[0].lower_ not in RELATIVE:
        return span
    noun = mention_span(antecedent(tokens[0]))
    return noun.start_char, noun.end_char


NAMING = ("PERSON", "ORG", "GPE")


def named_entity(doc, span: tuple[int, int]):
    """The PERSON, ORG or GPE entity a gold source names: the one its head word lies in, else a PERSON in
    apposition to the head ("one of the family's attorneys, Justin Bamberg"); None if it names no one."""
    source = doc.char_span(span[0], span[1], alignment_mode="expand")
    if source is None or not len(source):
        return None
    head = source.root
    candidates = [head] + [c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    for token in candidates:
        if token.ent_type_ in NAMING:
            return next((e for e in doc.ents if e.start <= token.i < e.end), None)
    return None


def actor_ok(doc, pred: Prediction, gold: Gold) -> bool | None:
    """Whether the predicted actor names the gold source's entity; None when the gold source names no one."""
    entities = [e for e in (named_entity(doc, s) for s in gold.sources) if e is not None]
    if not entities:
        return None
    words = {re.findall(r"\w+", e.text.lower())[-1] for e in entities if re.findall(r"\w+", e.text)}
    spelled = "".join(w[0] for w in re.split(r"[\s-]+", pred.actor or "") if w[:1].isupper())  # "RNC" names the
    # Committee, "HP" Hewlett-Packard
    return bool(pred.actor) and any(re.search(rf"\b{re.escape(w)}\b", pred.actor.lower()) or w == spelled.lower()
                                    for w in words)


class Tally:
    def __init__(self) -> None:
        self.preds = self.assigned = self.gold = self.recalled = 0
        self.direct = self.direct_recalled = self.with_source = self.speaker_right = self.speaker_given = 0
        self.named = self.actor_right = 0
        self.by_kind: dict[str, list[int]] = {}  # predicted kind -> [with source, speaker right]

    def add(self, text: str, preds: list[Prediction], gold: list[Gold], pairs: list[tuple[int, int]],
            doc=None) -> None:
        self.preds += len(preds)
        self.assigned += len({i for i, _ in pairs})
        recalled = {j for _, j in pairs}
        self.gold += len(gold)
        self.recalled += len(recalled)
        self.direct += sum(g.direct for g in gold)
        self.direct_recalled += sum(gold[j].direct for j in recalled)
        for i, j in pairs:
            if gold[j].sources:
                right = speaker_ok(text, preds[i], gold[j], doc)
                self.with_source += 1
                self.speaker_given += preds[i].speaker is not None
                self.speaker_right += right
                kind = self.by_kind.setdefault(preds[i].kind, [0, 0])
                kind[0], kind[1] = kind[0] + 1, kind[1] + right
                if doc is not None and preds[i].actor is not None:
                    ok = actor_ok(doc, preds[i], gold[j])
                    if ok is not None:
                        self.named += 1
                        self.actor_right += ok

    def row(self) -> dict[str, float]:
        return {
            "precision": self.assigned / max(self.preds, 1),
            "recall": self.recalled / max(self.gold, 1),
            "direct recall": self.direct_recalled / max(self.direct, 1),
            "speaker accuracy": self.speaker_right / max(self.with_source, 1),
            "speaker precision": self.speaker_right / max(self.speaker_given, 1),
            "actor accuracy": self.actor_right / self.named if self.named else None,
        }


def article_of(text: str, doc) -> Article:
    """The PolNeAR text as an Article (already clean: text and raw are the same) with its parse."""
    article = Article(raw=text, text=text, paragraphs=[Paragraph(s, e, text[s:e]) for s, e in paragraph_bounds(text)])
    article.doc = doc
    return article


def toolkit_predictions(article: Article) -> list[Prediction]:
    table = quotes(article)
    return [
        Prediction((r.content_start, r.content_end), (r.speaker_start, r.speaker_end) if r.speaker_start >= 0 else None,
                   r.kind, r.actor, (r.cue_start, r.cue_end) if r.cue_start >= 0 else None)
        for r in table.itertuples()
    ]


def textacy_predictions(doc) -> list[Prediction]:
    from textacy.extract.triples import direct_quotations

    preds = []
    for triple in direct_quotations(doc):
        content = (triple.content.start_char, triple.content.end_char)
        speaker = (triple.speaker[0].idx, triple.speaker[-1].idx + len(triple.speaker[-1])) if triple.speaker else None
        preds.append(Prediction(content, speaker))
    return preds


def load(split_dir: Path, limit: int | None) -> list[tuple[str, str, list[Gold]]]:
    docs = []
    for path in sorted((split_dir / "text").glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        ann = split_dir / "attributions" / (path.stem + ".ann")
        docs.append((path.stem, text, read_ann(ann, text) if ann.exists() else []))
    return docs


def parsed(texts: list[str], cache: str | None) -> list:
    """Each text parsed by the toolkit's model; with ``cache`` (a file path) the Docs are kept there as a DocBin
    and read back on the next run with the same texts (for quick iteration; delete the file after a model change)."""
    from spacy.tokens import DocBin

    nlp = load_model()
    if cache and Path(cache).exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs
    docs = list(nlp.pipe(texts))
    if cache:
        DocBin(docs=docs).to_disk(cache)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--polnear", default=os.environ.get("POLNEAR", str(REPO.parent / "shared/quotes/polnear")))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--cache", default=None, help="a file to keep the parses in between runs (DocBin)")
    args = parser.parse_args()
    docs = load(Path(args.polnear) / args.split, args.limit)
    started = time.perf_counter()
    articles = [article_of(text, doc) for (_, text, _), doc in zip(docs, parsed([t for _, t, _ in docs], args.cache))]
    parse_seconds = time.perf_counter() - started

    systems = {"toolkit.quotes": lambda a: toolkit_predictions(a),
               "textacy direct_quotations": lambda a: textacy_predictions(a.doc)}
    print(f"PolNeAR {args.split}: {len(docs)} documents, {sum(len(g) for *_, g in docs)} gold attributions "
          f"({sum(g.direct for *_, gs in docs for g in gs)} with quotation marks); parsing {parse_seconds:.1f} s")
    header = (f"{'system':28} {'precision':>9} {'recall':>7} {'direct':>7} {'speaker':>8} {'spk P':>6} {'1:1 P':>6} "
              f"{'1:1 R':>6} {'actor':>6} {'errors':>6} {'docs/s':>7}")
    print(header)
    kinds: list[tuple[str, Tally]] = []
    for name, predict in systems.items():
        many, one, errors, seconds = Tally(), Tally(), 0, 0.0
        for (stem, text, gold), article in zip(docs, articles):
            started = time.perf_counter()
            try:
                preds = predict(article)
            except Exception as err:  # noqa: BLE001 - the benchmark counts failures instead of stopping
                errors += 1
                preds = []
                if os.environ.get("VERBOSE"):
                    print(f"  {name} failed on {stem}: {type(err).__name__}: {err}", file=sys.stderr)
            seconds += time.perf_counter() - started
            many.add(text, preds, gold, many_to_one(preds, gold), article.doc)
            one.add(text, preds, gold, one_to_one(preds, gold))
        m, o = many.row(), one.row()
        actor = f"{m['actor accuracy']:6.3f}" if m["actor accuracy"] is not None else f"{'-':>6}"
        print(f"{name:28} {m['precision']:9.3f} {m['recall']:7.3f} {m['direct recall']:7.3f} "
              f"{m['speaker accuracy']:8.3f} {m['speaker precision']:6.3f} {o['precision']:6.3f} {o['recall']:6.3f} "
              f"{actor} {errors:6d} {len(docs) / max(seconds, 1e-9):7.1f}")
        kinds.append((name, many))
    for name, many in kinds:
        per_kind = ", ".join(f"{kind} {right / total:.3f} ({total})"
                             for kind, (total, right) in sorted(many.by_kind.items()))
        print(f"speaker accuracy by kind, {name}: {per_kind}" + (f"; actor accuracy over {many.named} pairs whose "
              f"gold source names someone: {many.actor_right / many.named:.3f}" if many.named else ""))


if __name__ == "__main__":
    main()
