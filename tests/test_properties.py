"""Property-based tests (hypothesis): any Unicode text, news-like or not, loads or is refused with a toolkit error;
every offset lies inside its text and points at what it names; clean spans map back to the raw text; the rendered
HTML shows exactly the article's text."""

import os
import re
import unicodedata
import warnings
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import toolkit
from toolkit.errors import ToolkitError

NEWS = ["The minister said", "Ali Khamenei", "Iran", "the United States", "“", "”", '"', "'", ",", ".", ":", " ",
        " ", " ", "\n", "\n\n", "\r\n", "according to", "told reporters", "he added", "She", "U.S.", "Dr.", "—",
        "<b>", "</a>", "&amp;", "\u00a0", "\u200b", "\x00", "\u202e", "\ufeff", "(Reuters) -", "Share this:", "$5",
        "2020-07-08", "Tags: Iran, US"]
RANDOM = st.text(st.characters(codec="utf-8"), max_size=40)
TEXTS = st.lists(st.one_of(st.sampled_from(NEWS), RANDOM), min_size=1, max_size=150).map("".join)
LONG = st.lists(TEXTS, min_size=1, max_size=8).map("\n\n".join)
EXAMPLES = int(os.environ.get("TOOLKIT_EXAMPLES", 100))
"""Examples per property (the analyses get half as many); ``TOOLKIT_EXAMPLES=1000`` for a long hunt."""
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=EXAMPLES // 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def load(text):
    """The article, or None when the toolkit refuses the text with its own error (never another exception)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return toolkit.load_article(text)
        except ToolkitError:
            return None


@FAST
@given(LONG)
def test_loading_and_cleaning_never_raise_and_clean_spans_map_back_to_the_raw_text(text):
    article = load(text)
    if article is None:
        return
    assert article.text and article.raw == text or article.raw  # HTML routes keep their own raw
    for removed in article.removed:
        assert 0 <= removed.start <= removed.end <= len(article.raw)
        assert article.raw[removed.start : removed.end] == removed.text
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.start < paragraph.end <= len(article.text)
    if article.meta.get("extractor") == "trafilatura":
        return  # text found by trafilatura maps to the page's text, not its markup
    for word in re.finditer(r"[A-Za-z0-9]+", article.text):
        start, end = article.raw_span(word.start(), word.end())
        assert 0 <= start <= end <= len(article.raw)
        raw = article.raw[start:end]  # the word, plus any invisible character the cleaner dropped inside it
        assert raw[0] == word.group()[0] and raw[-1] == word.group()[-1]
        assert "".join(c for c in raw if unicodedata.category(c)[0] != "C") == word.group()


@SLOW
@given(LONG)
def test_entities_quotes_and_cooccurrence_point_inside_the_text(text):
    article = load(text)
    if article is None:
        return
    n = len(article.text)
    found = toolkit.entities(article)
    assert all(0 <= s < e <= n and article.text[s:e] == t for s, e, t in zip(found.start, found.end, found.text))
    quotes = toolkit.quotes(article)
    for row in quotes.itertuples():
        assert 0 <= row.content_start <= row.content_end <= n
        assert article.text[row.content_start : row.content_end] == row.content
        for start, end, shown in ((row.cue_start, row.cue_end, row.cue), (row.speaker_start, row.speaker_end,
                                                                             row.speaker)):
            assert (start, end, shown) == (-1, -1, "") or (0 <= start < end <= n and article.text[start:end] == shown)
    edges = toolkit.cooccurrence(article)
    assert all(0 <= s < e <= n for meetings in edges.meetings for _, s, e in meetings)
    assert all(0 <= s < e <= n for spans in toolkit.terms(article).offsets for s, e in spans)


class Shown(HTMLParser):
    """The text a renderer's HTML shows: its data and line breaks, without entity labels, legend or style."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.stack, self.paragraphs = [], [], 0

    def handle_starttag(self, tag, attrs):
        css = dict(attrs).get("class") or ""
        if tag == "br":
            self.parts.append("\n")
            return
        self.stack.append((tag, css))
        if tag == "p" and "tk-legend" not in css:
            self.parts.append("\n\n" if self.paragraphs else "")
            self.paragraphs += 1

    def handle_endtag(self, tag):
        if tag != "br":
            assert self.stack.pop()[0] == tag

    def handle_data(self, data):
        tags = [tag for tag, _ in self.stack]
        label = "mark" in tags and tags[-1] == "span"
        if not ("style" in tags or label or any("tk-legend" in css for _, css in self.stack)):
            self.parts.append(data)


def shown(html):
    parser = Shown()
    parser.feed(html)
    parser.close()
    assert parser.stack == []
    return "".join(parser.parts)


def test_the_renderers_show_the_seed_text_exactly():
    article = toolkit.load_article()
    assert shown(toolkit.render.entities(article)) == article.text
    assert shown(toolkit.render.quotes(article)) == article.text


@SLOW
@given(LONG)
def test_rendered_html_parses_back_to_exactly_the_text(text):
    article = load(text)
    if article is None:
        return
    assert shown(toolkit.render.entities(article)) == article.text
    assert shown(toolkit.render.quotes(article)) == article.text


@pytest.mark.parametrize("text", ["\ud800 said Iran.", "A\u202eB said the minister.", "\x00" * 3 + "Iran said no."])
def test_hostile_characters_load_or_are_refused(text):
    article = load(text)
    assert article is None or ("\x00" not in article.text and "\u202e" not in article.text)
