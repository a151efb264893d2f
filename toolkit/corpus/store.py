"""A corpus run on disk: one Parquet file per table and batch, written so that a run killed at any moment resumes
without losing or repeating an article.

A batch is committed when its ``articles`` file exists: the other tables' files are written first, each to a
temporary name and renamed into place, and ``articles`` last. Files of a batch without its ``articles`` file are
leftovers of an interrupted run; they are ignored on reading and overwritten when the batch is redone.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pandas as pd

from toolkit.corpus.tables import empty_tables
from toolkit.errors import InputError

MANIFEST = "manifest.json"


def part_name(first_id: int) -> str:
    """The file name of a batch, by its first article id (sorting names sorts batches).

    >>> part_name(42)
    'part-000000042.parquet'
    """
    return f"part-{first_id:09d}.parquet"


def open_store(out: str | Path, settings: dict[str, Any]) -> Path:
    """Create ``out`` for a run with ``settings``, or check that an existing run was started with the same ones (a
    rerun resumes it; different settings would mix two analyses in one folder)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file; out= names a folder for the corpus tables")
    manifest = out / MANIFEST
    if manifest.exists():
        before = json.loads(manifest.read_text(encoding="utf-8"))
        if before != settings:
            changed = sorted(k for k in {*before, *settings} if before.get(k) != settings.get(k))
            raise InputError(f"{out} holds a run with other settings ({', '.join(changed)}); choose another folder "
                             "or delete it to start afresh")
        return out
    for name in empty_tables():
        (out / name).mkdir(parents=True, exist_ok=True)
    _write_atomically(manifest, json.dumps(settings, indent=1, sort_keys=True).encode("utf-8"))
    return out


def done_ids(out: Path) -> set[int]:
    """The ids of every article in a committed batch, analysed or failed.

    >>> import tempfile
    >>> done_ids(Path(tempfile.mkdtemp()))
    set()
    """
    return {int(i) for i in read_table(out, "articles")["id"]} | {
        int(i) for i in read_table(out, "failures")["article"]
    }


def write_batch(out: Path, first_id: int, tables: dict[str, pd.DataFrame]) -> None:
    """Write one batch's tables (named by its first article id), ``articles`` last, each file complete before it
    gets its name."""
    for name in [*(n for n in tables if n != "articles"), "articles"]:
        _write_atomically(out / name / part_name(first_id), _parquet_bytes(tables[name]))


def read_table(out: Path, name: str) -> pd.DataFrame:
    """One table of a run, over its committed batches in id order (an empty table with the right columns if none).

    >>> import tempfile
    >>> read_table(Path(tempfile.mkdtemp()), "quotes").empty
    True
    """
    committed = {p.name for p in (out / "articles").glob("part-*.parquet")} if (out / "articles").is_dir() else set()
    parts = [pd.read_parquet(out / name / part) for part in sorted(committed) if (out / name / part).exists()]
    parts = [part for part in parts if len(part)]
    if not parts:
        return empty_tables()[name]
    return pd.concat(parts, ignore_index=True)


def _parquet_bytes(table: pd.DataFrame) -> bytes:
    import io

    buffer = io.BytesIO()
    table.to_parquet(buffer, index=False, engine="pyarrow")
    return buffer.getvalue()


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
