"""Loading articles and corpora from every kind of source, and refusing bad input clearly."""

import gzip
import html
import io
import json
import warnings

import pandas as pd
import pytest

from toolkit import InputError, load_article
from toolkit.reading.corpus import load_corpus, repeated_lines
from toolkit.reading.sources import sample_path

SEED = sample_path().read_text(encoding="utf-8")
FIRST = "Iran will not hold negotiations with the United States"


def seed_html() -> str:
    seed = load_article()
    paragraphs = "".join(f"<p>{html.escape(p.text)}</p>" for p in seed.paragraphs)
    return (
        "<!DOCTYPE html><html><head><title>Iran Won't Negotiate With US - Sputnik</title>"
        '<meta property="article:published_time" content="2020-07-08T23:23:00+00:00">'
        '<meta name="author" content="Staff Writer"></head><body>'
        '<nav><a href="/">Home</a><a href="/world">World</a></nav>'
        f"<article><h1>Iran Won't Negotiate With US</h1>{paragraphs}</article>"
        "<footer>All rights reserved. Privacy policy. Cookies help us deliver our services.</footer></body></html>"
    )


@pytest.mark.parametrize(
    "encoding, newline",
    [("utf-8", "\n"), ("utf-8-sig", "\n"), ("utf-16", "\n"), ("utf-8", "\r\n"), ("cp1252", "\r\n")],
)
def test_encodings_and_line_ends(tmp_path, encoding, newline):
    text = SEED.replace("\u00a0", " ") if encoding == "cp1252" else SEED
    path = tmp_path / "article.txt"
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    article = load_article(path)
    assert article.text == load_article().text
    assert article.meta["encoding"] == encoding
    assert article.tags[-1] == "Iran"


def test_sample_is_default_and_string_and_file_object_agree():
    default = load_article()
    assert default.source.endswith("sputnik_iran_2020-07-08.txt")
    assert load_article(SEED).text == default.text
    assert load_article(io.StringIO(SEED)).text == default.text
    assert load_article(io.BytesIO(SEED.encode("utf-16"))).text == default.text
    assert load_article(str(sample_path())).published == default.published


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


def test_json_object(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"title": "Iran rejects talks", "body": SEED, "url": "https://example.org/x"}))
    article = load_article(path)
    assert article.title == "Iran rejects talks" and article.text.startswith(FIRST)
    assert article.meta["url"] == "https://example.org/x"


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\xff\xfe\x00\xd8", "utf-16"),
    ],
)
def test_bad_bytes_raise_clear_errors(tmp_path, data, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=problem) as info:
        load_article(path)
    assert "bad.txt" in str(info.value)


def test_missing_file_and_bad_json(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article("nowhere/article.txt")
    bad = tmp_path / "a.json"
    bad.write_text("[1, 2")
    with pytest.raises(InputError, match="not valid JSON"):
        load_article(bad)
    listed = tmp_path / "b.json"
    listed.write_text("[1, 2]")
    with pytest.raises(InputError, match="expected one object"):
        load_article(listed)


def test_html_without_text_is_named(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body><div></div></body></html>")
    with pytest.raises(InputError, match="empty.html"):
        load_article(path)


def test_unsupported_type():
    with pytest.raises(InputError, match="int"):
        load_article(42)


def test_corpus_from_folder_glob_jsonl_csv_and_dataframe(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "b.html").write_text(seed_html(), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": SEED, "outlet": "sputnik"}) + "\n\n" + json.dumps({"body": SEED}) + "\n")
    frame = pd.DataFrame({"body_text": [SEED, SEED], "publisher": ["Sputnik", "Sputnik"], "title": ["A", "B"]})
    frame.to_csv(tmp_path / "d.csv", index=False)

    folder = list(load_corpus(tmp_path, text_column="body_text"))
    assert len(folder) == 6
    assert all(a.text.startswith(FIRST) for a in folder)
    assert [a.title for a in folder if a.meta.get("publisher")] == ["A", "B"]
    assert len(list(load_corpus(str(tmp_path / "**" / "*.txt")))) == 1
    from_frame = list(load_corpus(frame, text_column="body_text"))
    assert [a.meta["publisher"] for a in from_frame] == ["Sputnik", "Sputnik"]
    assert "body_text" not in from_frame[0].meta


def test_corpus_keeps_going_past_bad_documents(tmp_path):
    (tmp_path / "1.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "3.txt").write_text(SEED, encoding="utf-8")
    with pytest.warns(UserWarning, match="2.txt.*binary"):
        articles = list(load_corpus(tmp_path))
    assert len(articles) == 2
    with pytest.raises(InputError, match="2.txt"):
        list(load_corpus(tmp_path, errors="raise"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(list(load_corpus(tmp_path, errors="skip"))) == 2


def test_corpus_cuts_lines_repeated_across_an_outlet():
    stories = [f"Story {i}: the council met on Tuesday and voted on the budget for the year {2000 + i}." for i in range(8)]
    promo = "Download our app and never miss a story from the Daily Bugle newsroom again!"
    frame = pd.DataFrame({"text": [f"{s}\n\n{promo}" for s in stories], "publisher": "Daily Bugle"})
    assert repeated_lines(load_corpus(frame, detect_repeated=False)) == {"Daily Bugle": frozenset({promo})}
    articles = list(load_corpus(frame))
    assert all(promo not in a.text and a.removed[-1].reason == "repeated in outlet" for a in articles)
    assert all(a.removed[-1].reason == "repeated in outlet" and a.removed[-1].text == promo for a in articles)
    assert [a.text for a in articles] == stories


def test_csv_without_the_text_column(tmp_path):
    pd.DataFrame({"words": ["x"]}).to_csv(tmp_path / "x.csv", index=False)
    with pytest.raises(InputError, match="no column 'body_text'"):
        list(load_corpus(tmp_path / "x.csv", text_column="body_text", errors="raise"))


def test_copies_of_one_story_are_not_boilerplate():
    story = "The council met on Tuesday and voted on the budget for the coming year.\n\nThe mayor said the vote was close."
    other = [f"Story {i}: a fire broke out in the old mill on the river on Sunday night." for i in range(5)]
    frame = pd.DataFrame({"text": [story] * 6 + other, "publisher": "Daily Bugle"})
    assert repeated_lines(load_corpus(frame, detect_repeated=False)) == {"Daily Bugle": frozenset()}
    assert [a.text for a in load_corpus(frame)][:6] == [story] * 6


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(SEED.encode("utf-16-le"))
    article = load_article(path)
    assert article.meta["encoding"] == "utf-16-le" and article.text.startswith(FIRST)


def test_many_article_files_point_to_load_corpus(tmp_path):
    for name in ["a.csv", "a.jsonl"]:
        (tmp_path / name).write_text("text\nIt rained in Paris all day long, officials said.\n")
        with pytest.raises(InputError, match="use toolkit.load_corpus"):
            load_article(tmp_path / name)


def test_missing_paths_in_a_corpus(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        list(load_corpus(tmp_path / "typo"))
    with pytest.warns(UserWarning, match="missing.txt does not exist"):
        assert len(list(load_corpus([tmp_path / "missing.txt", sample_path()]))) == 1


def test_rows_without_text_are_skipped_with_a_warning():
    frame = pd.DataFrame({"body_text": [SEED, None], "publisher": ["Sputnik", "Sputnik"]})
    with pytest.warns(UserWarning, match="row 1.*no text field"):
        assert len(list(load_corpus(frame, text_column="body_text"))) == 1


def test_boilerplate_only_is_refused():
    with pytest.raises(InputError, match="nothing but boilerplate"):
        load_article("Share\n\nRead more")
    with pytest.raises(InputError, match="no such file"):
        load_article("notes.docx")


def test_corpus_boilerplate_pass_keeps_html_articles_whole():
    promo = "Download our app and never miss a story from the Daily Bugle newsroom again!"
    pages = [
        f"<html><body><article><h1>Ward {i}</h1><p>The council of ward {i} met on Tuesday and voted on the "
        f"budget for the coming year after a long debate.</p><p>Tax rises in ward {i}</p><p>{promo}</p>"
        "</article></body></html>"
        for i in range(6)
    ]
    articles = list(load_corpus(pd.DataFrame({"text": pages, "publisher": "Daily Bugle"})))
    assert all(f"Tax rises in ward {i}" in a.text for i, a in enumerate(articles))
    assert all(promo not in a.text and a.removed[-1].reason == "repeated in outlet" for a in articles)


def test_cyrillic_single_byte_text_is_not_read_as_windows_1252(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_bytes("Президент России заявил, что переговоры продолжатся на следующей неделе.".encode("cp1251"))
    article = load_article(path)
    assert article.text.startswith("Президент России") and article.meta["encoding"] == "cp1251"


def test_size_limit_holds_for_strings_gzip_and_file_objects(tmp_path, monkeypatch):
    import toolkit.reading.decoding

    monkeypatch.setattr(toolkit.reading.decoding, "MAX_BYTES", 10_000)
    big = SEED * 10
    (tmp_path / "big.txt.gz").write_bytes(gzip.compress(big.encode("utf-8")))
    for source in (big, tmp_path / "big.txt.gz", io.StringIO(big), io.BytesIO(big.encode("utf-8"))):
        with pytest.raises(InputError, match="more than 10,000 bytes"):
            load_article(source)
    assert load_article(SEED).text.startswith(FIRST)


@pytest.mark.parametrize(
    "content, problem",
    [
        ("body_text\ncaf\u00e9 au lait\n".encode("cp1252"), None),
        ("body_text\nIran said\n".encode("utf-16"), None),
        (b"", "empty"),
        (b"\x00\x01\x02" * 50, "binary"),
    ],
)
def test_csv_files_are_decoded_or_refused_clearly(tmp_path, content, problem):
    path = tmp_path / "c.csv"
    path.write_bytes(content)
    if problem is None:
        assert len(list(load_corpus(path, text_column="body_text", detect_repeated=False, errors="raise"))) == 1
    else:
        with pytest.raises(InputError, match=problem):
            list(load_corpus(path, errors="raise"))


def test_missing_text_column_is_an_error_not_another_column(tmp_path):
    frame = pd.DataFrame({"text": ["short"], "body_text": [SEED]})
    frame.to_csv(tmp_path / "t.csv", index=False)
    for source in (frame, tmp_path / "t.csv"):
        with pytest.raises(InputError, match="no column 'nope'"):
            list(load_corpus(source, text_column="nope"))


def test_unreadable_jsonl_is_skipped_with_the_rest_of_the_folder_kept(tmp_path):
    (tmp_path / "a.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "b.jsonl").write_bytes(b"\x00\x01\x02" * 100)
    assert [a.text[:54] for a in load_corpus(tmp_path, errors="skip")] == [FIRST]


def test_a_folder_is_pointed_to_load_corpus(tmp_path):
    for source in (tmp_path, str(tmp_path)):
        with pytest.raises(InputError, match="is a folder; use toolkit.load_corpus"):
            load_article(source)


def test_html_keywords_become_separate_tags():
    page = ('<html><head><meta name="keywords" content="delhi pollution, oxygen bar, air quality"></head><body>'
            "<article><p>" + "The minister said the talks would go on next week in the capital. " * 4 + "</p></article>"
            "</body></html>")
    assert load_article(page).tags == ["delhi pollution", "oxygen bar", "air quality"]
