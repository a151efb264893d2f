"""Where a corpus run's batches are analysed: in this process, in a pool of worker processes, or on a Dask cluster.

Each engine maps :func:`analyze_batch` over batches of articles and yields the results in batch order, with a
bounded number of batches in flight, so memory stays flat however long the corpus. Workers load the spaCy model once
(``toolkit.nlp.load_model`` is cached per process) and send back plain tables, never Docs.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pandas as pd

from toolkit.article import Article
from toolkit.corpus.tables import TABLES, article_rows, batch_tables
from toolkit.nlp import load_model, parse_text

Batch = list[tuple[int, Article]]


def analyze_batch(batch: Batch, *, model: str | None = None, demonyms: bool = False) -> dict[str, pd.DataFrame]:
    """The tables of a batch of ``(id, article)`` pairs, parsed with one ``nlp.pipe`` call, with a ``failures``
    table of the articles that could not be analysed (``article``, ``source``, ``error``). No Doc outlives the call.

    >>> from toolkit import load_article
    >>> tables = analyze_batch([(0, load_article()), (1, load_article("Talks ended, Iran said."))])
    >>> sorted(set(tables["actors"].article)), tables["failures"].empty
    ([0, 1], True)
    """
    nlp = load_model(model)
    fits = [len(a.text) <= nlp.max_length for _, a in batch]
    piped = iter(nlp.pipe((a.text for (_, a), ok in zip(batch, fits) if ok), batch_size=max(sum(fits), 1)))
    found: dict[str, list[tuple]] = {name: [] for name in (*TABLES, "failures")}
    for (article_id, article), ok in zip(batch, fits):
        try:  # a text over spaCy's max_length is parsed in pieces, alone
            article.doc = next(piped) if ok else parse_text(nlp, article.text)
            for name, rows in article_rows(article_id, article, demonyms=demonyms).items():
                found[name].extend(rows)
        except Exception as err:  # one article's failure must not lose the batch: it is named and kept
            found["failures"].append((article_id, article.source or "", f"{type(err).__name__}: {err}"))
        finally:
            article.doc = None
    return batch_tables(found)


def run_local(work: Callable[[Batch], Any], batches: Iterable[Batch], *, n_process: int = 1) -> Iterator[Any]:
    """``work`` over the batches in this process (``n_process=1``) or a pool of ``n_process`` worker processes,
    results in batch order."""
    if n_process <= 1:
        yield from map(work, batches)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=n_process) as pool:
        yield from _in_order(pool.submit, work, batches, 2 * n_process)


def run_dask(
    work: Callable[[Batch], Any],
    batches: Iterable[Batch],
    *,
    client: Any = None,
    scheduler: str | None = None,
    n_workers: int = 2,
) -> Iterator[Any]:
    """``work`` over the batches as dask.distributed futures: on ``client``, on the cluster at ``scheduler`` (an
    address such as ``tcp://10.0.0.5:8786``), or on a local cluster of ``n_workers`` processes started here and
    closed at the end. Results in batch order."""
    from distributed import Client, LocalCluster

    owned: list[Any] = []
    if client is None:
        if scheduler:
            client = Client(scheduler)
            owned = [client]
        else:
            cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
            owned = [client, cluster]
    try:
        workers = max(len(client.scheduler_info().get("workers", {})), 1)

        def submit(function: Callable[[Batch], Any], batch: Batch) -> Any:
            return client.submit(function, batch, pure=False)

        yield from _in_order(submit, work, batches, 2 * workers)
    finally:
        for thing in owned:
            thing.close()


def _in_order(submit: Callable[..., Any], work: Callable[[Batch], Any], batches: Iterable[Batch],
              window: int) -> Iterator[Any]:
    """Submit batches, at most ``window`` in flight, and yield their results in the order submitted."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(work, batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
