"""Errors the toolkit raises on bad input, each naming the problem in plain words."""


class ToolkitError(Exception):
    """Base class for every error the toolkit raises on purpose."""


class InputError(ToolkitError, ValueError):
    """The input could not be read as an article (empty, binary, undecodable, unsupported)."""


class ModelNotFoundError(ToolkitError, OSError):
    """No spaCy English model could be loaded."""
