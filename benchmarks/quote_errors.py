"""Quote errors on PolNeAR by category, with counts: where toolkit.quotes goes wrong (tune on train, check on dev).

Usage: .venv/bin/python benchmarks/quote_errors.py [--split train|dev] [--limit N] [--examples K]

Matching and the speaker and actor tests are those of ``benchmarks/quotes.py`` (many-to-one). Every error lands in
exactly one category, the first that applies in the order printed:

- missed (a gold attribution no prediction is assigned to), by its gold cue: quoted content, a noun cue ("his claim
  that"), "according to" / "as X reported", a cue verb in ``toolkit/data/cue_verbs.tsv``, another verb (its lemma
  counted), no cue;
- wrong speaker (assigned pairs whose gold has a source): no speaker found, a personal pronoun, a relative pronoun,
  the source of an attribution around this one (nested), a role noun where the gold names a person, other;
- wrong actor (speaker right, actor wrong, gold names someone): empty actor for a pronoun speaker, empty for
  another speaker, another actor;
- false (a prediction assigned to no gold): partly inside a gold content (boundary), a direct quote without cue,
  otherwise by cue lemma.

With ``--examples K`` the first K cases of each category are printed as a sentence of context (for reading, not
for committing: PolNeAR carries no licence).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes import (  # noqa: E402
    REPO,
    Gold,
    Prediction,
    actor_ok,
    article_of,
    load,
    many_to_one,
    overlap,
    parsed,
    speaker_ok,
    toolkit_predictions,
)

from toolkit.speech.cues import RELATIVE, cue_lexicon  # noqa: E402

PERSONAL = {"he", "she", "they", "it", "him", "her", "them", "i", "we", "you"}


def missed_category(doc, gold: Gold, lexicon: dict[str, str]) -> str:
    if gold.direct:
        return "missed: quoted content"
    if not gold.cue_spans:
        return "missed: no cue"
    start, end = gold.cue_spans[0][0], gold.cue_spans[-1][1]
    cue = doc.char_span(start, end, alignment_mode="expand")
    text = gold.cue.lower()
    if "according" in text or (cue is not None and cue.start > 0 and doc[cue.start - 1].lower_ == "as"):
        return "missed: according to / as X said"
    if cue is None or not len(cue):
        return "missed: other"
    head = cue.root
    if head.pos_ in ("NOUN", "PROPN"):
        return f"missed: noun cue ({head.lemma_.lower()})"
    if head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in lexicon:
            return f"missed: known cue verb ({head.lemma_.lower()})"
        return f"missed: other verb ({head.lemma_.lower()})"
    return f"missed: other ({head.pos_})"


def speaker_category(text: str, gold: Gold, pred: Prediction, golds: list[Gold], doc) -> str:
    if pred.speaker is None:
        return "wrong speaker: none found"
    said = text[pred.speaker[0] : pred.speaker[1]].strip().lower()
    if said in PERSONAL:
        return "wrong speaker: personal pronoun"
    if said in RELATIVE:
        return "wrong speaker: relative pronoun"
    for other in golds:
        if other is not gold and other.content[0] <= gold.content[0] and gold.content[1] <= other.content[1] and any(
            overlap(pred.speaker, s) for s in other.sources
        ):
            return "wrong speaker: source of the attribution around it"
    span = doc.char_span(*pred.speaker, alignment_mode="expand")
    gold_span = doc.char_span(*gold.sources[0], alignment_mode="expand") if gold.sources else None
    if span is not None and len(span) and span.root.ent_type_ != "PERSON" and gold_span is not None and any(
        t.ent_type_ == "PERSON" for t in gold_span
    ):
        return "wrong speaker: role or other where gold names a person"
    return "wrong speaker: other"


def actor_category(text: str, pred: Prediction) -> str:
    said = text[pred.speaker[0] : pred.speaker[1]].strip().lower() if pred.speaker else ""
    if not pred.actor:
        if said in PERSONAL:
            return "wrong actor: pronoun left empty"
        if said in RELATIVE:
            return "wrong actor: relative left empty"
        return "wrong actor: other speaker left empty"
    return "wrong actor: another actor"


def false_category(pred: Prediction, golds: list[Gold], cue_lemma: str) -> str:
    if any(overlap(pred.content, g.content) for g in golds):
        return "false: boundary (overlaps a gold content by too little)"
    if pred.kind == "direct" and not cue_lemma:
        return "false: direct quote without cue"
    return f"false: {pred.kind} ({cue_lemma or 'no cue'})"


def tally(docs, parses, examples: int) -> tuple[Counter, dict[str, list[str]]]:
    counts: Counter = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    lexicon = cue_lexicon()

    def note(category: str, text: str, span: tuple[int, int]) -> None:
        counts[category] += 1
        if len(shown[category]) < examples:
            start, end = max(0, span[0] - 120), min(len(text), span[1] + 80)
            shown[category].append(" ".join(text[start:end].split()))

    for (_, text, golds), doc in zip(docs, parses):
        article = article_of(text, doc)
        preds = toolkit_predictions(article)
        table_cues = [_cue_lemma(doc, p) for p in preds]
        pairs = many_to_one(preds, golds)
        recalled = {j for _, j in pairs}
        assigned = {i for i, _ in pairs}
        for j, gold in enumerate(golds):
            counts["gold"] += 1
            if j not in recalled:
                note(missed_category(doc, gold, lexicon), text, gold.content)
        for i, pred in enumerate(preds):
            counts["predicted"] += 1
            if i not in assigned:
                note(false_category(pred, golds, table_cues[i]), text, pred.content)
        for i, j in pairs:
            gold, pred = golds[j], preds[i]
            if not gold.sources:
                continue
            counts["pairs with source"] += 1
            if not speaker_ok(text, pred, gold, doc):
                note(speaker_category(text, gold, pred, golds, doc), text, pred.speaker or pred.content)
            elif actor_ok(doc, pred, gold) is False:
                note(actor_category(text, pred), text, pred.speaker or pred.content)
    return counts, shown


def _cue_lemma(doc, pred: Prediction) -> str:
    cue = doc.char_span(*pred.cue, alignment_mode="expand") if pred.cue else None
    return cue.root.lemma_.lower() if cue is not None and len(cue) else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--polnear", default=os.environ.get("POLNEAR", str(REPO.parent / "shared/quotes/polnear")))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--cache", default=None, help="a file to keep the parses in between runs (DocBin)")
    parser.add_argument("--top", type=int, default=12, help="categories shown per group (the rest summed)")
    args = parser.parse_args()
    docs = load(Path(args.polnear) / args.split, args.limit)
    counts, shown = tally(docs, parsed([t for _, t, _ in docs], args.cache), args.examples)
    print(f"PolNeAR {args.split}: {len(docs)} documents, {counts['gold']} gold attributions, "
          f"{counts['predicted']} predictions, {counts['pairs with source']} matched pairs with a gold source")
    for group in ("missed", "wrong speaker", "wrong actor", "false"):
        rows = sorted(((n, c) for c, n in counts.items() if c.startswith(group + ":")), reverse=True)
        total = sum(n for n, _ in rows)
        print(f"\n{group}: {total}")
        coarse: Counter = Counter()
        for n, c in rows:
            coarse[c.split(" (")[0]] += n
        for c, n in coarse.most_common():
            print(f"  {n:5d}  {c}")
        detailed = [(n, c) for n, c in rows if "(" in c][: args.top]
        if detailed:
            print("   largest detailed: " + "; ".join(f"{c.split(': ', 1)[1]} {n}" for n, c in detailed))
        for _, c in rows:
            for example in shown.get(c, []):
                print(f"    [{c}] {example}")


if __name__ == "__main__":
    main()
