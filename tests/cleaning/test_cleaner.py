"""The cleaner on the embedded Sputnik scrape and on small variations of it: what is cut, what is kept, offsets."""

import pytest

from toolkit import load_article
from toolkit.cleaning.cleaner import clean


@pytest.fixture(scope="module")
def article():
    return load_article()


@pytest.mark.parametrize("leftover", ["Listen Live", "Get short URL", "Community standards", "READ MORE", "\u00a0",
                                      "Discussion", "Middle East\n", "23:23", "Hassan Rouhani, Ayatollah"])
def test_no_boilerplate_left(article, leftover):
    assert leftover not in article.text


def test_body_paragraphs_kept_whole(article):
    raw_paragraphs = [line.strip().replace("\u00a0", " ") for line in article.raw.splitlines()]
    body = [p.text for p in article.paragraphs]
    assert len(body) == 8
    assert body[0] == raw_paragraphs[5].removeprefix("MOSCOW (Sputnik) – ")
    for paragraph in body[1:]:
        assert paragraph in raw_paragraphs
    assert body[-1].endswith("the United States was not seeking war against Iran.")
    assert "’" in article.text and "–" not in article.text[:20]  # curly apostrophes kept


def test_paragraph_offsets(article):
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == p.text
    assert [p.start for p in article.paragraphs] == sorted(p.start for p in article.paragraphs)


def test_offsets_map_back_to_raw(article):
    for p in article.paragraphs:
        start, end = article.raw_span(p.start, p.end)
        assert article.raw[start:end].replace("\u00a0", " ") == p.text
    khamenei = article.text.index("Khamenei wrote")
    assert article.raw[article.to_raw(khamenei) : article.to_raw(khamenei) + 8] == "Khamenei"


def test_removed_pieces_point_into_raw(article):
    reasons = {r.reason for r in article.removed}
    assert {"timestamp", "listen-live", "section", "share", "dateline", "read-more", "related headline", "tags",
            "comments"} <= reasons
    for r in article.removed:
        assert article.raw[r.start : r.end] == r.text
    cut = {r.text for r in article.removed}
    assert "Get short URL" in cut and "MOSCOW (Sputnik) – " in cut


def test_short_text_kept_whole():
    assert clean("Hello world").text == "Hello world"


def test_page_chrome_around_article_dropped():
    menu = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Video"] * 2)
    body = "\n\n".join(
        f"Paragraph {i} of the story tells readers what the minister said about the budget." for i in range(5)
    )
    footer = "\n".join(["About us", "Contact", "Careers", "Jobs", "Terms", "Sitemap"])
    teaser = "A teaser of some other story that also reads like a sentence of prose."
    page = f"Budget row deepens - The Daily\n{menu}\nBudget row deepens\n{body}\n{footer}\n{teaser}"
    a = clean(page)
    assert a.text.startswith("Paragraph 0") and a.text.endswith("about the budget.")
    assert len(a.paragraphs) == 5
    assert "teaser" not in a.text


@pytest.mark.parametrize(
    "line",
    [
        "We baked cookies for the troops, and our soldiers loved the cookies, the general said.",
        "The group said in its newsletter that the vote would be delayed until May.",
        "Source: the health ministry said 40 people had died by Monday evening.",
    ],
)
def test_body_lines_with_boilerplate_words_are_kept(line):
    text = f"Iran will not talk, officials said on Monday in a long statement.\n\n{line}\n\nThe talks resume next week."
    assert line in clean(text).text


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Sign up for our daily newsletter", "subscribe"),
        ("Source: Reuters", "photo-credit"),
        ("We use cookies to improve your experience on our site.", "cookies"),
    ],
)
def test_boilerplate_lines_are_cut(line, reason):
    text = f"Iran will not talk, officials said on Monday in a long statement.\n\n{line}\n\nThe talks resume next week."
    article = clean(text)
    assert line not in article.text and [r.reason for r in article.removed] == [reason]
