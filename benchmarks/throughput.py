"""Corpus-run throughput and memory on BBC full text: what ``analyze_corpus`` costs beyond spaCy's own parse.

    .venv/bin/python benchmarks/throughput.py [--corpus ../shared/corpora/bbc-fulltext] [--limit N] [--repeat 2]
        [--batch-size 32] [--processes 2] [--copies 4] [--skip-dask] [--skip-memory] [--skip-textacy]

Corpus: the ``.txt`` files of the five topic folders of ``bbc-fulltext/bbc`` (2,225 articles; ``README.TXT`` is
left out), sorted by path; ``--limit N`` keeps the first N (``--limit 200`` is a quick try, the default is all).
Every timing uses the same spaCy model (``toolkit.nlp.load_model()``), ``time.perf_counter``, and articles that
were loaded and cleaned once with ``toolkit.load_corpus``, unless the row says it includes loading. Each timing
runs ``--repeat`` times (default 2), round-robin over the configurations so background load hits them alike; the
table shows the best run (and every run), since other processes may share the machine. Rows:

- ``load + clean``: ``list(toolkit.load_corpus(paths))`` (two passes: repeated-line detection, then cleaning).
- ``raw nlp.pipe``: ``for doc in nlp.pipe(texts, batch_size=B)`` over the cleaned texts; the parse alone.
- ``engine, 1 process``: ``run_local(partial(_analyze_numbered, model=None, demonyms=False), batches)`` over
  batches of ``(id, Article)`` built beforehand: the parse (one ``nlp.pipe`` per batch) and every extractor
  (entities, actors, quotes, co-occurrence, terms) with the per-batch tables, loading excluded.
- ``analyze_corpus, 1 process``: ``analyze_corpus(paths, n_process=1)`` end to end (in-memory tables); the row
  below it subtracts the best ``load + clean`` time, the other way to leave loading out.
- ``engine, P processes`` / ``analyze_corpus, P processes``: the same on a pool of ``--processes`` workers
  (forked here; with loading the main process cleans articles while the workers parse, so nothing is subtracted).
- ``dask engine``: ``run_dask`` on a LocalCluster of P single-threaded worker processes started and closed by the
  run, as ``analyze_corpus(engine="dask")`` does (its workers are spawned, so each imports toolkit and loads the
  model; the local pool's workers are forked from this process and inherit the loaded model). The fixed cost,
  starting the cluster, loading the model on every worker and closing it, is timed apart and a row without it
  follows.
- ``textacy direct_quotations``: textacy 0.13.0 (``pip install -e '.[bench]'``) on the Docs of the same parse,
  called as in ``benchmarks/quotes.py``; only the extraction is timed, failures (ValueErrors) are counted.
- memory: ``analyze_corpus(paths, out=DIR)`` (one process) in a fresh subprocess, its peak RSS (``VmHWM`` of
  ``/proc/self/status`` at the end of the run; ``ru_maxrss`` would carry the forking parent's size), then the
  same over the path list repeated ``--copies`` times (default 4); growth of the peak, and the RSS right after
  importing toolkit and loading the model for scale.

- paired batches: raw ``nlp.pipe`` and the engine (``analyze_batch``) timed on each batch in turn, which goes first
  alternating, ``--repeat`` passes summed. This machine's speed drifts by 15 % or more between whole runs of a
  minute (the same raw parse took 54 s and 71 s), so the floor is judged on this pairing; the whole-run ratio is
  printed beside it.

Floors checked (from the issue): engine throughput >= 0.90 of raw ``nlp.pipe`` (paired batches); speed-up of P=2
processes >= 1.6x on 2 cores; peak RSS growth over ``--copies`` times the corpus < 10 % and peak <= 1.5 GB. The
Dask / local ratio and textacy's speed are printed for reference.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc-fulltext"
TOPICS = ("business", "entertainment", "politics", "sport", "tech")
FLOOR_RATIO, FLOOR_SPEEDUP, FLOOR_GROWTH, FLOOR_PEAK_MB = 0.90, 1.6, 0.10, 1536


# -- corpus and machine ------------------------------------------------------------------------------------------


def corpus_paths(corpus: Path, limit: int | None) -> list[str]:
    """The article files of the five topic folders, sorted, the first ``limit`` of them."""
    root = corpus / "bbc" if (corpus / "bbc").is_dir() else corpus
    paths = sorted(str(p) for topic in TOPICS for p in (root / topic).glob("*.txt"))
    if not paths:
        raise SystemExit(f"no article under {root}/{{{','.join(TOPICS)}}}/*.txt")
    return paths[:limit]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine(nlp: Any) -> list[str]:
    import spacy

    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    try:
        import psutil

        memory = f", {psutil.virtual_memory().total / 2**30:.1f} GiB RAM"
    except ImportError:
        memory = ""
    meta = nlp.meta
    return [
        f"CPU: {cpu_model()}, {os.cpu_count()} logical cores ({usable} usable){memory}",
        f"Python {platform.python_version()} ({platform.python_implementation()}), {platform.platform()}",
        f"spaCy {spacy.__version__}, model {meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}"
        f" (pipes: {', '.join(nlp.pipe_names)})",
    ]


def load_average() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


# -- timed configurations ----------------------------------------------------------------------------------------


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its children that have ended (pool and Dask workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Timing:
    """The runs of one configuration: wall and CPU seconds each, with the load average before and after."""

    def __init__(self, label: str, docs: int) -> None:
        self.label, self.docs = label, docs
        self.runs: list[float] = []
        self.cpu: list[float] = []
        self.loads: list[str] = []
        self.end_loads: list[float] = []
        self.note = ""

    @property
    def best(self) -> float:
        return min(self.runs)

    @property
    def rate(self) -> float:
        return self.docs / self.best

    @property
    def best_cpu(self) -> float:
        return min(self.cpu)

    def measure(self, body: Callable[[], Any]) -> Any:
        before, cpu = load_average(), cpu_seconds()
        started = time.perf_counter()
        result = body()
        self.runs.append(time.perf_counter() - started)
        self.cpu.append(cpu_seconds() - cpu)
        self.loads.append(f"{before}->{load_average()}")
        self.end_loads.append(os.getloadavg()[0])
        print(f"  {self.label}: {self.runs[-1]:.1f} s, CPU {self.cpu[-1]:.1f} s (load {self.loads[-1]})",
              file=sys.stderr, flush=True)
        return result


def drain(results: Any) -> tuple[int, int]:
    """Consume an engine's results: the number of articles they cover and of those that failed."""
    covered = failed = 0
    for _, size, tables in results:
        covered += size
        failed += len(tables["failures"])
    return covered, failed


def raw_pipe(nlp: Any, texts: list[str], batch_size: int) -> int:
    count = 0
    for _ in nlp.pipe(texts, batch_size=batch_size):
        count += 1
    return count


def worker_model() -> str:
    """Load the model on a Dask worker (what its first batch does)."""
    from toolkit.nlp import load_model

    return load_model().meta.get("name", "")


def textacy_pass(nlp: Any, texts: list[str], batch_size: int, repeat: int) -> dict[str, Any]:
    """textacy's direct_quotations on each Doc of one parse, called ``repeat`` times per Doc; only the calls are
    timed (best total over the repeats)."""
    from textacy.extract.triples import direct_quotations

    totals = [0.0] * repeat
    failures: Counter[str] = Counter()
    found = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        for k in range(repeat):
            started = time.perf_counter()
            try:
                triples = list(direct_quotations(doc))
            except Exception as err:  # noqa: BLE001 - counted as in benchmarks/quotes.py
                triples = []
                if k == 0:
                    failures[type(err).__name__] += 1
            totals[k] += time.perf_counter() - started
            if k == 0:
                found += len(triples)
    return {"totals": totals, "failures": failures, "quotes": found}


# -- memory (fresh subprocesses) ---------------------------------------------------------------------------------


def status_kb(field: str) -> int:
    """A ``/proc/self/status`` figure in kB: ``VmHWM`` is the peak RSS of this process since it started."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def memory_child(spec_path: str) -> None:
    """Run in a fresh interpreter: one ``analyze_corpus(..., out=DIR)``; print its peak RSS as JSON.

    The peak is ``VmHWM``, not ``getrusage(RUSAGE_SELF).ru_maxrss``: Linux carries the high-water mark of the
    process that forked (here: the benchmark, model and corpus loaded) across ``exec`` into ``ru_maxrss``, so a
    child of a large parent reports the parent's size."""
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    import toolkit
    from toolkit.nlp import load_model

    load_model()
    baseline = status_kb("VmHWM")
    with tempfile.TemporaryDirectory(prefix="throughput-store-") as out:
        started = time.perf_counter()
        toolkit.analyze_corpus(spec["paths"], out=out, progress=False, n_process=spec["processes"],
                               batch_size=spec["batch_size"])
        seconds = time.perf_counter() - started
        peak, end = status_kb("VmHWM"), status_kb("VmRSS")
        stored = sum(1 for _ in (Path(out) / "articles").glob("part-*.parquet"))
        size = sum(p.stat().st_size for p in Path(out).rglob("*.parquet"))
    print(json.dumps({"baseline_kb": baseline, "peak_kb": peak, "end_kb": end, "seconds": seconds,
                      "batches": stored, "store_bytes": size}))


def memory_run(paths: list[str], batch_size: int, processes: int = 1) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as spec:
        json.dump({"paths": paths, "batch_size": batch_size, "processes": processes}, spec)
    try:
        done = subprocess.run([sys.executable, __file__, "--memory-child", spec.name], capture_output=True,
                              text=True, check=False)
    finally:
        os.unlink(spec.name)
    if done.returncode != 0:
        raise RuntimeError(f"memory run failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- report ------------------------------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def row(timing: Timing, compare: str = "") -> str:
    runs = ", ".join(f"{s:.1f}" for s in timing.runs)
    rates = f"{timing.rate:>7.2f} {timing.best_cpu:>7.1f} {timing.docs / timing.best_cpu:>10.2f}" if timing.docs else (
        f"{'':>7} {timing.best_cpu:>7.1f} {'':>10}")
    return f"{timing.label:<42} {timing.docs or '':>5} {timing.best:>7.1f} {rates}  [{runs}]{compare}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="bbc-fulltext folder")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only (e.g. 200 for a quick try)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per timed configuration; the best is reported")
    parser.add_argument("--batch-size", type=int, default=32, help="as analyze_corpus's batch_size (default 32)")
    parser.add_argument("--processes", type=int, default=2, help="worker processes for the parallel rows")
    parser.add_argument("--copies", type=int, default=4, help="corpus copies for the memory-growth run")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-textacy", action="store_true")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return

    import warnings

    import toolkit
    from toolkit.corpus.engines import run_dask, run_local
    from toolkit.corpus.run import _analyze_numbered, _batched
    from toolkit.nlp import load_model

    warnings.filterwarnings("ignore", category=UserWarning, module="distributed")
    paths = corpus_paths(args.corpus, args.limit)
    nlp = load_model()
    p, size = args.processes, args.batch_size
    print(f"bbc-fulltext: {len(paths)} articles; batch_size {size}; {args.repeat} runs per timing, best shown; "
          f"load average at start {load_average()}", file=sys.stderr, flush=True)

    articles: list[Any] = []
    load = Timing("load + clean (load_corpus)", len(paths))

    def load_all() -> None:
        articles[:] = list(toolkit.load_corpus(paths))

    load.measure(load_all)
    texts = [a.text for a in articles]
    n = len(articles)
    batches = list(_batched(enumerate(articles), size))
    work = functools.partial(_analyze_numbered, model=None, demonyms=False)

    raw = Timing("raw nlp.pipe (parse only)", n)
    engine1 = Timing("engine, 1 process (run_local)", n)
    full1 = Timing("analyze_corpus, 1 process (incl. load)", n)
    engine_p = Timing(f"engine, {p} processes (run_local)", n)
    full_p = Timing(f"analyze_corpus, {p} processes (incl. load)", n)
    dask = Timing(f"dask engine, {p} workers (run_dask)", n)
    cluster = Timing("  dask cluster start + model + close", 0)

    def start_cluster() -> None:
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=p, threads_per_worker=1, processes=True, dashboard_address=None) as c:
            with Client(c) as client:
                client.run(worker_model)

    configurations: list[tuple[Timing, Callable[[], Any]]] = [
        (raw, lambda: raw_pipe(nlp, texts, size)),
        (engine1, lambda: drain(run_local(work, batches, n_process=1))),
        (full1, lambda: toolkit.analyze_corpus(paths, n_process=1, batch_size=size, progress=False)),
        (engine_p, lambda: drain(run_local(work, batches, n_process=p))),
        (full_p, lambda: toolkit.analyze_corpus(paths, n_process=p, batch_size=size, progress=False)),
    ]
    if not args.skip_dask:
        configurations += [(dask, lambda: drain(run_dask(work, batches, n_workers=p))), (cluster, start_cluster)]
    for round_ in range(args.repeat):
        print(f"round {round_ + 1} of {args.repeat}", file=sys.stderr, flush=True)
        if round_:
            load.measure(lambda: sum(1 for _ in toolkit.load_corpus(paths)))
        for timing, body in configurations:
            result = timing.measure(body)
            if isinstance(result, toolkit.CorpusAnalysis):
                result = len(result.articles) + len(result.failures), len(result.failures)
            if isinstance(result, tuple):
                if result[0] != timing.docs:
                    raise RuntimeError(f"{timing.label} covered {result[0]} articles, not {timing.docs}")
                timing.note = f"  ({result[1]} failed)" if result[1] else ""

    print("paired batches: raw nlp.pipe and the engine on each batch in turn", file=sys.stderr, flush=True)
    paired = paired_times(nlp, batches, size, args.repeat)

    quotations = None
    if not args.skip_textacy:
        print("textacy direct_quotations", file=sys.stderr, flush=True)
        quotations = textacy_pass(nlp, texts, size, args.repeat)

    memory: dict[str, Any] = {}
    if not args.skip_memory:
        print(f"memory: 1 copy, then {args.copies} copies, each in a fresh subprocess", file=sys.stderr, flush=True)
        memory["one"] = memory_run(paths, size)
        memory["many"] = memory_run(paths * args.copies, size)

    report(n, sum(len(t.split()) for t in texts), nlp, args, locals())


def paired_times(nlp: Any, batches: list[Any], size: int, repeat: int) -> tuple[float, float]:
    """Seconds of raw ``nlp.pipe`` and of the engine (``analyze_batch``: parse and every extractor), timed batch
    by batch in turn (which goes first alternates), ``repeat`` passes summed: both meet the same machine, so the
    ratio holds when the machine's speed drifts between whole runs."""
    from toolkit.corpus.engines import analyze_batch

    raw_seconds = engine_seconds = 0.0
    for k, batch in enumerate(batches * repeat):
        texts = [article.text for _, article in batch]
        steps = [("raw", lambda texts=texts: list(nlp.pipe(texts, batch_size=size))),
                 ("engine", lambda batch=batch: analyze_batch(batch))]
        for name, step in steps[:: 1 if k % 2 == 0 else -1]:
            started = time.perf_counter()
            step()
            if name == "raw":
                raw_seconds += time.perf_counter() - started
            else:
                engine_seconds += time.perf_counter() - started
    return raw_seconds, engine_seconds


def report(n: int, words: int, nlp: Any, args: argparse.Namespace, found: dict[str, Any]) -> None:
    """Print the table, the floors and the memory runs."""
    load, raw, engine1, full1 = found["load"], found["raw"], found["engine1"], found["full1"]
    engine_p, full_p, dask, cluster = found["engine_p"], found["full_p"], found["dask"], found["cluster"]
    quotations, memory, p = found["quotations"], found["memory"], args.processes
    out = print
    out(f"\nThroughput of a corpus run: bbc-fulltext, {n} articles ({words:,} words after cleaning), batch_size "
        f"{args.batch_size}")
    for line in machine(nlp):
        out(f"  {line}")
    out(f"  time.perf_counter; each timing run {args.repeat}x, round-robin over the rows; best run shown, every run "
        f"in []; CPU = user+system of this process and its ended children (workers), least over the runs; load "
        f"average (1/5/15 min) at the end: {load_average()}")
    seen = [x for t in (load, raw, engine1, full1, engine_p, full_p, dask) for x in t.end_loads]
    out(f"  1-min load average at the end of each timed run: {min(seen):.1f} to {max(seen):.1f} (on "
        f"{os.cpu_count()} cores: above that, the runs shared the CPU with other processes)")
    out(f"\n{'measurement':<42} {'docs':>5} {'best s':>7} {'docs/s':>7} {'CPU s':>7} {'docs/CPU-s':>10}  runs (s)")
    out(row(load))
    out(row(raw))
    out(row(engine1, f"  wall {engine1.rate / raw.rate:.3f}, CPU {raw.best_cpu / engine1.best_cpu:.3f} of raw "
                     f"nlp.pipe{engine1.note}"))
    out(row(full1, full1.note))
    minus, minus_cpu = full1.best - load.best, full1.best_cpu - load.best_cpu
    out(f"{'analyze_corpus, 1 process, minus load':<42} {n:>5} {minus:>7.1f} {n / minus:>7.2f} {minus_cpu:>7.1f} "
        f"{n / minus_cpu:>10.2f}  (best minus best)  wall {n / minus / raw.rate:.3f}, CPU "
        f"{raw.best_cpu / minus_cpu:.3f} of raw nlp.pipe")
    out(row(engine_p, f"  {engine1.best / engine_p.best:.2f}x engine, 1 process{engine_p.note}"))
    out(row(full_p, f"  {full1.best / full_p.best:.2f}x analyze_corpus, 1 process{full_p.note}"))
    if dask.runs:
        out(row(dask, f"  {dask.rate / engine_p.rate:.3f} of engine, {p} processes{dask.note}"))
        out(row(cluster))
        warm = dask.best - cluster.best
        out(f"{'  dask engine minus that fixed cost':<42} {n:>5} {warm:>7.1f} {n / warm:>7.2f} {'':>7} {'':>10}  "
            f"{n / warm / engine_p.rate:.3f} of engine, {p} processes")
    if quotations:
        best = min(quotations["totals"])
        errors = ", ".join(f"{k} {v}" for k, v in quotations["failures"].most_common()) or "none"
        runs = ", ".join(f"{s:.2f}" for s in quotations["totals"])
        out(f"{'textacy direct_quotations (same Docs)':<42} {n:>5} {best:>7.2f} {n / best:>7.1f} {'':>7} {'':>10}  "
            f"[{runs}] extraction only, {quotations['quotes']} quotations; failed docs: {errors}")

    raw_paired, engine_paired = found["paired"]
    out(f"{'paired batches: raw nlp.pipe | engine':<42} {n:>5} {raw_paired:>7.1f} | {engine_paired:.1f} s over "
        f"{args.repeat} passes  {raw_paired / engine_paired:.3f} of raw nlp.pipe (batch by batch in turn)")
    ratio, cpu_ratio = engine1.rate / raw.rate, raw.best_cpu / engine1.best_cpu
    speedup, cpu_speedup = engine1.best / engine_p.best, p * engine1.best_cpu / engine_p.best_cpu
    out("\nFloors (wall-clock, best run; CPU-time figures in [] are less sensitive to other processes)")
    paired_ratio = raw_paired / engine_paired
    out(f"  engine / raw nlp.pipe, paired batches {paired_ratio:6.3f}   (>= {FLOOR_RATIO:.2f})  "
        f"{verdict(paired_ratio >= FLOOR_RATIO)}   [whole runs, best of each: {ratio:.3f}, CPU {cpu_ratio:.3f}; "
        f"analyze_corpus minus load: {n / minus / raw.rate:.3f}]")
    out(f"  speed-up, {p} processes vs 1 (engine)   {speedup:6.2f}x  (>= {FLOOR_SPEEDUP}x)  "
        f"{verdict(speedup >= FLOOR_SPEEDUP)}   [analyze_corpus incl. load: {full1.best / full_p.best:.2f}x; "
        f"CPU-bound estimate {p} x CPU(1) / CPU({p}): {cpu_speedup:.2f}x]")
    if memory:
        one, many = memory["one"], memory["many"]
        growth = many["peak_kb"] / one["peak_kb"] - 1
        peak_mb = max(one["peak_kb"], many["peak_kb"]) / 1024
        out(f"  peak RSS growth, {args.copies}x the corpus        {growth:+6.1%}   (< {FLOOR_GROWTH:.0%})   "
            f"{verdict(growth < FLOOR_GROWTH)}")
        out(f"  peak RSS                            {peak_mb:6.0f} MB (<= {FLOOR_PEAK_MB} MB) "
            f"{verdict(peak_mb <= FLOOR_PEAK_MB)}")
        out("\nMemory: analyze_corpus(paths, out=DIR), 1 process, in a fresh subprocess; peak RSS = VmHWM of "
            "/proc/self/status at the end of the run")
        for label, m in ((f"1 copy ({n} articles)", one), (f"{args.copies} copies ({n * args.copies} articles)", many)):
            out(f"  {label:<26} peak {m['peak_kb'] / 1024:5.0f} MB, at the end {m['end_kb'] / 1024:5.0f} MB, after "
                f"import + model {m['baseline_kb'] / 1024:4.0f} MB; run {m['seconds']:6.1f} s, {m['batches']} "
                f"batches, {m['store_bytes'] / 2**20:.1f} MB Parquet")
    if dask.runs:
        out(f"\nDask / local engine, {p} workers: throughput ratio {dask.rate / engine_p.rate:.3f} (cluster start "
            f"and model loading included, as analyze_corpus(engine='dask') does), {n / warm / engine_p.rate:.3f} "
            "without them")

if __name__ == "__main__":
    main()
