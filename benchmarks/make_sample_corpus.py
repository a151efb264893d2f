"""Rebuild the sample corpus shipped in ``toolkit/data/sample/recovery_sample.csv`` from ReCOVery in ../shared.

ReCOVery (Zhou, Mulay, Ferrara, Zafarani, CIKM 2020) is CC BY-NC-SA 4.0: the sample may be redistributed
non-commercially with attribution (``toolkit/data/sample/RECOVERY_ATTRIBUTION.md``). The choice is deterministic:
per outlet, articles of 250 to 1,200 words, spread over the outlet's dates.

    .venv/bin/python benchmarks/make_sample_corpus.py
"""

from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DATASET = ROOT.parent / "shared" / "corpora" / "recovery-covid-news" / "dataset"
OUT = ROOT / "toolkit" / "data" / "sample" / "recovery_sample.csv"
PER_OUTLET = {"sputnik_news": 12, "rt_news": 8, "press_tv": 6, "reuters": 10, "npr": 8, "nytimes": 8, "usa_today": 8}
COLUMNS = ["news_id", "url", "publisher", "publish_date", "author", "title", "body_text", "reliability"]


def main() -> None:
    chosen = []
    for outlet, count in PER_OUTLET.items():
        path = next(DATASET.glob(f"*/news-dataset*{outlet}.csv"))
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        words = frame["body_text"].str.split().str.len()
        frame = frame[(words >= 250) & (words <= 1200)].sort_values(["publish_date", "news_id"])
        step = max(len(frame) // count, 1)
        chosen.append(frame.iloc[::step].head(count)[COLUMNS])
    sample = pd.concat(chosen, ignore_index=True)
    sample.to_csv(OUT, index=False)
    print(f"{len(sample)} articles from {sample.publisher.nunique()} outlets -> {OUT} ({OUT.stat().st_size:,} bytes)")
    print(sample.publisher.value_counts().to_string())


if __name__ == "__main__":
    main()
