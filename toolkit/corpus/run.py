"""Analyse a whole corpus: each article parsed once, in batches, on one or more cores or a Dask cluster, with its
tables kept in memory or streamed to Parquet and resumable after an interruption."""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from toolkit.article import Article
from toolkit.corpus import store
from toolkit.corpus.analysis import CorpusAnalysis
from toolkit.corpus.engines import Batch, analyze_batch, run_dask, run_local
from toolkit.corpus.tables import empty_tables
from toolkit.errors import InputError
from toolkit.reading import load_corpus

SAMPLE_CORPUS = "recovery_sample.csv"
SAMPLE_TEXT_COLUMN = "body_text"
ENGINES = ("local", "dask")


def sample_corpus_path() -> Path:
    """The small sample corpus shipped with the package (ReCOVery articles, CC BY-NC-SA 4.0; see the attribution
    file beside it)."""
    return Path(str(files("toolkit") / "data" / "sample" / SAMPLE_CORPUS))


def analyze_corpus(
    source: Any = None,
    *,
    n_process: int = 1,
    batch_size: int = 32,
    engine: Literal["local", "dask"] = "local",
    out: str | Path | None = None,
    progress: bool = True,
    client: Any = None,
    scheduler: str | None = None,
    text_column: str | None = None,
    errors: Literal["warn", "raise", "skip"] = "warn",
    model: str | None = None,
    demonyms: bool = False,
) -> CorpusAnalysis:
    """Entities, actors, quotes, co-occurrence and keywords of every article of a corpus, each article parsed once.

    ``source``: anything ``toolkit.load_corpus`` takes (a folder, glob, list of paths, ``.csv``/``.jsonl``, a
    DataFrame); none: the sample corpus in the package. Articles are parsed with ``nlp.pipe`` in batches of
    ``batch_size``, on ``n_process`` worker processes (``engine="local"``) or as Dask futures
    (``engine="dask"``: on ``client``, on the cluster at ``scheduler``, else on a local cluster of ``n_process``
    workers, at least 2). With ``out=DIR`` each batch's tables go to Parquet files in DIR as soon as they are ready,
    memory stays flat, and running the same call again after an interruption resumes where it stopped; the result
    then reads its tables from DIR on first use (``toolkit.open_corpus(DIR)`` reopens it later). ``errors`` applies
    to documents that cannot be loaded (as in ``load_corpus``); an article that cannot be analysed is kept in the
    ``failures`` table with the reason, and the run goes on.

    >>> result = analyze_corpus([toolkit_sample := __import__("toolkit").reading.sources.sample_path()],
    ...                         progress=False)
    >>> result.articles[["id", "outlet", "words"]].values.tolist()
    [[0, 'sputnik', 296]]
    >>> result.quotes.groupby("article").size().tolist()
    [10]
    """
    if engine not in ENGINES:
        raise InputError(f"engine must be 'local' or 'dask', not {engine!r}")
    if errors not in ("warn", "raise", "skip"):
        raise InputError(f"errors must be 'warn', 'raise' or 'skip', not {errors!r}")
    for name, value in (("n_process", n_process), ("batch_size", batch_size)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InputError(f"{name} must be a whole number of at least 1, not {value!r}")
    if source is None:
        source, text_column = sample_corpus_path(), text_column or SAMPLE_TEXT_COLUMN
    skipped: list[tuple[str, str]] = []
    loaded = load_corpus(source, text_column=text_column, errors=errors, skipped=skipped)
    first = next(loaded, None)  # a missing or unreadable source fails here, before anything is written
    stream = itertools.chain([] if first is None else [first], loaded)
    path, done = None, set()
    if out is not None:
        settings = {"source": _describe(source), "text_column": text_column, "model": model, "demonyms": demonyms}
        path = store.open_store(out, settings)
        done = store.done_ids(path)
    numbered = ((i, a) for i, a in enumerate(stream) if i not in done)
    work = functools.partial(_analyze_numbered, model=model, demonyms=demonyms)
    batches = _batched(numbered, batch_size)
    if engine == "dask":
        results = run_dask(work, batches, client=client, scheduler=scheduler, n_workers=max(n_process, 2))
    else:
        results = run_local(work, batches, n_process=n_process)
    kept: dict[str, list[pd.DataFrame]] = defaultdict(list)
    next_id = 0

    def keep(first_id: int, tables: dict[str, pd.DataFrame]) -> None:
        tables["failures"] = _with_skipped(tables["failures"], skipped)
        if path is not None:
            store.write_batch(path, first_id, tables)
        else:
            for name, table in tables.items():
                kept[name].append(table)

    with _progress_bar(progress, len(done)) as bar:
        for first_id, size, tables in results:
            keep(first_id, tables)
            next_id = first_id + size
            bar.update(size)
    if skipped:  # documents that failed to load after the last batch: a batch of their own
        keep(max([next_id - 1, *done], default=-1) + 1, empty_tables())
    if path is not None:
        return CorpusAnalysis(path=path)
    return CorpusAnalysis(tables={name: _concat(kept[name], empty) for name, empty in empty_tables().items()})


def open_corpus(out: str | Path) -> CorpusAnalysis:
    """Reopen a finished or partial run stored with ``analyze_corpus(..., out=DIR)``, without parsing anything.

    >>> import tempfile
    >>> open_corpus(tempfile.mkdtemp()).articles.empty
    True
    """
    path = Path(out)
    if not path.is_dir():
        raise InputError(f"no corpus run in {out}: the folder does not exist")
    return CorpusAnalysis(path=path)


def _analyze_numbered(batch: Batch, *, model: str | None, demonyms: bool) -> tuple[int, int, dict[str, pd.DataFrame]]:
    """The batch's first id and size with its tables (a module-level function, so worker processes can run it)."""
    return batch[0][0], len(batch), analyze_batch(batch, model=model, demonyms=demonyms)


def _with_skipped(failures: pd.DataFrame, skipped: list[tuple[str, str]]) -> pd.DataFrame:
    """The batch's failures and the documents skipped while loading since the last batch (article id -1: they were
    never numbered), emptying ``skipped``."""
    if not skipped:
        return failures
    rows = pd.DataFrame([(-1, name, f"not loaded: {reason}") for name, reason in skipped], columns=failures.columns)
    skipped.clear()
    return pd.concat([failures, rows], ignore_index=True) if len(failures) else rows


def _batched(numbered: Iterable[tuple[int, Article]], size: int) -> Iterator[Batch]:
    iterator = iter(numbered)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _concat(parts: list[pd.DataFrame], empty: pd.DataFrame) -> pd.DataFrame:
    parts = [part for part in parts if len(part)]
    return pd.concat(parts, ignore_index=True) if parts else empty


def _describe(source: Any) -> Any:
    """What a run's source was, for its manifest: paths as text, a DataFrame by its shape."""
    if isinstance(source, (str, Path)):
        return str(source)
    if isinstance(source, pd.DataFrame):
        return f"DataFrame of {len(source)} rows, columns {', '.join(map(str, source.columns))}"
    if isinstance(source, Iterable):
        return [_describe(item) for item in source]
    return type(source).__name__


def _progress_bar(enabled: bool, initial: int) -> Any:
    from tqdm.auto import tqdm

    return tqdm(desc="analysing", unit=" articles", initial=initial, disable=not enabled, smoothing=0.1)
