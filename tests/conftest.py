"""Shared fixtures: the seed article (loaded once) and the spaCy pipeline."""

import pytest

import toolkit
from toolkit.nlp import load_model


@pytest.fixture(scope="session")
def seed() -> toolkit.Article:
    """The embedded Sputnik article, cleaned; parsed on first use and reused by every test."""
    return toolkit.load_article()


@pytest.fixture(scope="session")
def nlp():
    return load_model()
