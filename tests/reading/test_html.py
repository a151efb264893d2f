"""HTML pages: the main text and metadata through trafilatura, HTML given as text, pages without text, keywords."""

import gzip

import pytest

from toolkit import InputError, load_article

from .pages import FIRST, seed_html


def test_html_goes_through_trafilatura(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(seed_html().encode("utf-8")))
    article = load_article(path)
    assert article.text.startswith(FIRST)
    assert article.title == "Iran Won't Negotiate With US"
    assert article.published is not None and article.published.year == 2020
    assert article.author == "Staff Writer"
    assert "Home" not in article.text and "Privacy" not in article.text
    assert article.meta["extractor"] == "trafilatura"


def test_html_passed_as_text_is_recognised():
    assert load_article(seed_html()).text.startswith(FIRST)


def test_html_without_text_is_named(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body><div></div></body></html>")
    with pytest.raises(InputError, match="empty.html"):
        load_article(path)


def test_html_keywords_become_separate_tags():
    page = ('<html><head><meta name="keywords" content="delhi pollution, oxygen bar, air quality"></head><body>'
            "<article><p>" + "The minister said the talks would go on next week in the capital. " * 4 + "</p></article>"
            "</body></html>")
    assert load_article(page).tags == ["delhi pollution", "oxygen bar", "air quality"]
