"""Errors the toolkit raises on bad input, each naming the problem in plain words, and the input checks that raise
them."""

from __future__ import annotations


class ToolkitError(Exception):
    """Base class for every error the toolkit raises on purpose."""


class InputError(ToolkitError, ValueError):
    """The input could not be read as an article (empty, binary, undecodable, unsupported)."""


class InputWarning(UserWarning):
    """The input was read, but not exactly as given (bad bytes replaced, a document skipped...): the message says
    what and where."""


class ModelNotFoundError(ToolkitError, OSError):
    """No spaCy English model could be loaded."""


def require_table(table: object, columns: tuple[str, ...], what: str) -> None:
    """Refuse anything but a DataFrame with ``columns``, naming the function that needs it.

    >>> import pandas as pd
    >>> require_table(pd.DataFrame({"term": [], "weight": []}), ("term", "weight"), "plot.tag_cloud()")
    """
    import pandas as pd

    if not isinstance(table, pd.DataFrame):
        raise InputError(f"{what} takes a DataFrame with the columns {', '.join(columns)}, not {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise InputError(f"{what} needs the columns {', '.join(columns)}; missing {', '.join(missing)}")
