"""Metadata lines lifted out of a scrape: dateline, timestamp, section, tags, related headlines."""

from datetime import UTC, datetime

import pytest

from toolkit import load_article
from toolkit.cleaning.cleaner import clean

SEED_TAGS = ["negotiations", "sanctions", "Hassan Rouhani", "Ayatollah Ali Khamenei", "Tehran", "United States", "Iran"]


@pytest.fixture(scope="module")
def article():
    return load_article()


def test_body_starts_after_dateline(article):
    assert article.text.startswith("Iran will not hold negotiations with the United States")
    assert (article.place, article.agency) == ("MOSCOW", "Sputnik")


def test_metadata_lifted(article):
    assert article.published == datetime(2020, 7, 8, 23, 23, tzinfo=UTC)
    assert article.section == "Middle East"
    assert article.tags == SEED_TAGS
    assert article.related == [
        "Moscow Warns of Military Confrontation Risks Amid Iran Intentions to Leave JCPOA",
        "Iran Extends Olive Branch to Persian Gulf Monarchies Amid Escalation With US",
        "Iran Calls Into Question Trump’s Claim US Not Seeking 'Regime Change' in Tehran",
        "Iran's Revolutionary Guards 'Doesn't Fear a War' as US Makes Military Moves",
    ]


def test_wrap_dateline_without_agency():
    a = clean("CLEVELAND — Police had gone to the home before, officials said on Monday.")
    assert a.place == "CLEVELAND" and a.agency is None and a.text.startswith("Police had gone")


def test_an_unknown_time_zone_is_read_without_a_warning(recwarn):
    import toolkit

    article = toolkit.load_article("12:30 AMT 08 July 2020\n\nThe minister said on Monday that the talks would "
                                   "resume next week in Vienna, officials said.")
    assert article.published is not None and article.published.year == 2020
    assert not [w for w in recwarn if "timezone" in str(w.message).lower()]
