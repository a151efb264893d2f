"""Corpus: the same chain over many articles. ``run`` (analyze_corpus, open_corpus) batches the parse over
``engines`` (this process, worker processes, a Dask cluster), keeps each article's ``tables`` in memory or in a
Parquet ``store`` that a rerun resumes, and returns a :class:`CorpusAnalysis` (``analysis``)."""

from toolkit.corpus.analysis import CorpusAnalysis
from toolkit.corpus.run import analyze_corpus, open_corpus

__all__ = ["CorpusAnalysis", "analyze_corpus", "open_corpus"]
