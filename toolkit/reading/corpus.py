"""Load many articles: lists of paths, folders, globs, JSON Lines, CSV, DataFrames, with corpus-level boilerplate."""

from __future__ import annotations

import glob
import io
import math
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from toolkit.article import Article
from toolkit.cleaning.cleaner import clean
from toolkit.errors import InputError, InputWarning, ToolkitError
from toolkit.reading.decoding import decode, read_bytes
from toolkit.reading.sources import from_path, from_record, json_object

EXTENSIONS = (".txt", ".txt.gz", ".html", ".htm", ".html.gz", ".htm.gz", ".json", ".jsonl", ".csv")
MIN_GROUP = 5
"""Outlets with fewer articles than this are too small to tell boilerplate from chance repeats."""


def _records(source: Any, text_column: str | None) -> Iterator[tuple[str, Any]]:
    """Yield ``(name, loader)`` pairs; calling ``loader()`` gives the cleaned Article (errors surface there)."""
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        _check_column(text_column, source.columns, "the DataFrame")
        for i, row in enumerate(source.to_dict("records")):
            yield from _record(f"row {i}", row, text_column)
        return
    if isinstance(source, (str, Path)):
        yield from _path_records(source, text_column)
        return
    if isinstance(source, Iterable):
        for item in source:
            yield from _records(item, text_column)
        return
    raise InputError(f"cannot load a corpus from {type(source).__name__}; pass paths, a folder, a glob, or a DataFrame")


def _path_records(source: str | Path, text_column: str | None) -> Iterator[tuple[str, Any]]:
    text = str(source)
    if any(c in text for c in "*?[") and not Path(text).exists():
        matches = sorted(glob.glob(text, recursive=True))
        if not matches:
            raise InputError(f"the pattern {text} matches no file")
        for match in matches:
            yield from _path_records(Path(match), text_column)
        return
    path = Path(source)
    if not path.exists():
        yield str(path), lambda path=path: from_path(path)  # fails there, under the caller's error policy
        return
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        others = [p for p in files if not p.name.lower().endswith(EXTENSIONS)]
        if others:
            kinds = ", ".join(sorted({p.suffix.lower() or "no extension" for p in others}))
            warnings.warn(f"{path}: {len(others)} file(s) not read, of a kind that holds no articles ({kinds}); "
                          f"read are {', '.join(EXTENSIONS)}", InputWarning, stacklevel=2)
        for child in files:
            if child not in others:
                yield from _path_records(child, text_column)
    elif path.suffix == ".jsonl":
        try:
            lines = decode(read_bytes(path), str(path))[0].splitlines()
        except ToolkitError as err:
            yield str(path), _failing(err)
            return
        for n, line in enumerate(lines, 1):
            if line.strip():
                name = f"{path}:{n}"
                yield name, lambda line=line, name=name: from_record(
                    {"corpus_file": path.stem, **json_object(line, name)}, source=name, text_field=text_column
                )
    elif path.suffix == ".csv":
        try:
            frame = read_csv(path)
        except ToolkitError as err:
            yield str(path), _failing(err)
            return
        try:
            _check_column(text_column, frame.columns, str(path))
        except ToolkitError as err:
            yield str(path), _failing(err)
            return
        for i, row in enumerate(frame.to_dict("records")):
            yield from _record(f"{path}:row {i}", row, text_column, group=path.stem)
    else:
        yield str(path), lambda path=path: from_path(path)


def read_csv(path: Path) -> Any:
    """A CSV file as a DataFrame of strings, decoded like any other file, with errors that name it."""
    import pandas as pd

    text = decode(read_bytes(path), str(path))[0]
    try:
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise InputError(f"{path} is not a readable CSV file: {err}") from None


def _check_column(text_column: str | None, columns: Iterable[str], name: str) -> None:
    if text_column is not None and text_column not in columns:
        raise InputError(f"{name} has no column {text_column!r}; its columns are {', '.join(map(str, columns))}")


def _failing(err: ToolkitError) -> Any:
    """A loader that raises ``err``: a file that cannot be read fails where the caller's error policy applies."""

    def load() -> Article:
        raise err

    return load


def _record(
    name: str, row: dict[str, Any], text_column: str | None, group: str | None = None
) -> Iterator[tuple[str, Any]]:
    row = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}
    if group and "corpus_file" not in row:
        row["corpus_file"] = group
    yield name, lambda: from_record(row, source=name, text_field=text_column)


def _with_repeated(article: Article, repeated: frozenset[str]) -> Article:
    """Re-clean an article with the corpus's repeated lines (no-op when none of its lines repeat)."""
    if not repeated or not any(p.text in repeated for p in article.paragraphs):
        return article
    again = clean(article.raw, source=article.source, title=article.title, repeated=repeated, meta=article.meta,
                  find_main=article.meta.get("extractor") != "trafilatura")
    for field in ("published", "author", "place", "agency", "section"):
        setattr(again, field, getattr(again, field) or getattr(article, field))
    again.tags = again.tags or article.tags
    return again


def outlet_of(article: Article) -> str:
    """The group an article's boilerplate is shared with: its outlet, publisher, file or folder.

    >>> from toolkit import load_article
    >>> outlet_of(load_article())
    'sputnik'
    """
    for key in ("outlet", "publisher", "sitename", "corpus_file"):
        if article.meta.get(key):
            return str(article.meta[key])
    return str(Path(article.source).parent) if article.source else ""


def repeated_lines(
    articles: Iterable[Article], *, min_share: float = 0.05, min_count: int = 3
) -> dict[str, frozenset[str]]:
    """Paragraphs that recur across one outlet's articles: at least ``min_count`` articles and ``min_share`` of them.

    Copies of one story (same longest paragraph: reposts, updates) count once, so their shared body is not taken
    for boilerplate.

    >>> from toolkit.cleaning.cleaner import clean
    >>> docs = [clean(f"Story {i} is about the weather in town today.\\n\\nFollow our live feed for more!")
    ...         for i in range(6)]
    >>> repeated_lines(docs)[""]
    frozenset({'Follow our live feed for more!'})
    """
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    sizes: Counter[str] = Counter()
    stories: set[tuple[str, str]] = set()
    for article in articles:
        group = outlet_of(article)
        story = max((p.text for p in article.paragraphs), key=len, default="")
        if (group, story) in stories:
            continue
        stories.add((group, story))
        sizes[group] += 1
        seen[group].update({p.text for p in article.paragraphs})
    found = {}
    for group, counts in seen.items():
        if sizes[group] < MIN_GROUP:
            continue
        floor = max(min_count, min_share * sizes[group])
        found[group] = frozenset(line for line, n in counts.items() if n >= floor)
    return found


def load_corpus(
    source: Any,
    *,
    text_column: str | None = None,
    detect_repeated: bool = True,
    errors: Literal["warn", "raise", "skip"] = "warn",
    progress: bool = False,
    skipped: list[tuple[str, str]] | None = None,
) -> Iterator[Article]:
    """Load and clean every article of a corpus, lazily.

    ``source``: a folder (recursive, by extension), a glob, a path or list of paths, a ``.jsonl`` or ``.csv`` file
    (``text_column`` names the text column, e.g. ReCOVery's ``body_text``, and a table without it is an error; JSON
    records without it fall back to the usual text fields; other columns become ``meta``), or a pandas DataFrame.
    With ``detect_repeated``, a first pass finds lines repeated across one outlet's articles and the second pass
    cuts them (reason ``repeated in outlet``). ``progress`` shows tqdm bars. A broken document is skipped with a
    warning (``errors="warn"``), silently (``"skip"``), or stops the run (``"raise"``); articles already yielded
    stay yours. ``skipped``: a list that receives ``(document, reason)`` for every document skipped.

    >>> from toolkit.reading.sources import sample_path
    >>> [a.place for a in load_corpus([sample_path()])]
    ['MOSCOW']
    """
    if errors not in ("warn", "raise", "skip"):
        raise InputError(f"errors must be 'warn', 'raise' or 'skip', not {errors!r}")
    if isinstance(source, Iterator):
        source = list(source)
    if isinstance(source, (str, Path)) and not any(c in str(source) for c in "*?[") and not Path(source).exists():
        raise InputError(f"no such file or folder: {source}")
    repeated: dict[str, frozenset[str]] = {}
    if detect_repeated:
        first_pass = _load_all(source, text_column, {}, "skip", progress and "finding repeated lines")
        repeated = repeated_lines(first_pass)
    yield from _load_all(source, text_column, repeated, errors, progress and "cleaning", skipped)


def _load_all(
    source: Any, text_column: str | None, repeated: dict[str, frozenset[str]], errors: str, progress: str | bool,
    skipped: list[tuple[str, str]] | None = None,
) -> Iterator[Article]:
    from tqdm.auto import tqdm

    for name, load in tqdm(_records(source, text_column), desc=progress or None, disable=not progress, unit=" docs"):
        try:
            article = load()
            if repeated:
                article = _with_repeated(article, repeated.get(outlet_of(article), frozenset()))
        except ToolkitError as err:
            if errors == "raise":
                raise
            if errors == "warn":
                warnings.warn(f"skipped {name}: {err}", InputWarning, stacklevel=3)
            if skipped is not None:
                skipped.append((str(name), str(err)))
            continue
        yield article
