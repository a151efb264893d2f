"""Bad input gets a clear toolkit error or warning naming the problem, and nothing already read is lost."""

import io
import warnings

import pandas as pd
import pytest

import toolkit
from toolkit.errors import InputError, InputWarning

BODY = "The mayor of Munich said on Monday that the city would reopen its schools next week. " * 3


def test_mostly_valid_utf8_is_utf8_with_the_bad_bytes_replaced_and_named(tmp_path):
    path = tmp_path / "munich.txt"
    path.write_bytes(("München “reopens” its schools. " + BODY).encode() + b"\xff" + b" More to follow.")
    with pytest.warns(InputWarning, match=r"1 byte is not valid UTF-8 \(at byte \d+\)"):
        article = toolkit.load_article(path)
    assert article.text.startswith("München “reopens”") and "\ufffd" in article.text
    assert article.meta["encoding"] == "utf-8"


def test_windows_1252_without_any_utf8_sequence_stays_windows_1252(tmp_path):
    path = tmp_path / "cafe.txt"
    path.write_bytes(("Le café est fermé, a dit le maire. " + BODY).encode("cp1252"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = toolkit.load_article(path)
    assert article.text.startswith("Le café est fermé") and article.meta["encoding"] == "cp1252"


def test_a_lone_surrogate_is_replaced_and_every_analysis_runs(tmp_path):
    path = tmp_path / "escaped.json"
    path.write_text('{"text": "The minister said \\ud800 the talks would resume next week."}')
    article = toolkit.load_article(path)
    assert "\ufffd" in article.text
    assert toolkit.quotes(article).loc[0, "speaker"] == "The minister"
    assert len(toolkit.entities("Ann Lee said \ud800 no.")) >= 1


def test_nul_bytes_anywhere_and_bidi_overrides_do_not_reach_the_clean_text(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes((BODY * 60).encode() + b"\x00\x00" + b" The end\xe2\x80\xae of it.")
    article = toolkit.load_article(path)
    assert "\x00" not in article.text and "\u202e" not in article.text and article.text.endswith("The end of it.")
    start = article.text.index("The end")
    assert article.raw[slice(*article.raw_span(start, start + 7))].startswith("The end")


def test_empty_text_says_so():
    with pytest.raises(InputError, match="the text is empty"):
        toolkit.load_article("")
    with pytest.raises(InputError, match="the text is empty"):
        toolkit.load_article("   \n ")


def test_a_text_file_object_opened_with_the_wrong_encoding(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(("Le café est fermé. " + BODY).encode("cp1252"))
    with open(path, encoding="utf-8") as handle, pytest.raises(InputError, match="open it in binary mode"):
        toolkit.load_article(handle)
    with open(path, "rb") as handle:
        assert toolkit.load_article(handle).text.startswith("Le café")
    assert toolkit.load_article(io.StringIO(BODY)).text.startswith("The mayor")


def test_a_csv_without_the_text_column_is_one_failure_not_the_end_of_the_run(tmp_path):
    pd.DataFrame({"body_text": [BODY, BODY.replace("Munich", "Berlin")]}).to_csv(tmp_path / "good.csv", index=False)
    pd.DataFrame({"text": [BODY]}).to_csv(tmp_path / "other.csv", index=False)
    with pytest.warns(InputWarning, match=r"other\.csv has no column 'body_text'"):
        found = list(toolkit.load_corpus(tmp_path, text_column="body_text", errors="warn"))
    assert [("Berlin" in a.text) for a in found] == [False, True]
    with pytest.raises(InputError, match="other.csv has no column"):
        list(toolkit.load_corpus(tmp_path, text_column="body_text", errors="raise"))


def test_an_unknown_error_policy_is_refused():
    with pytest.raises(InputError, match="errors must be"):
        list(toolkit.load_corpus([], errors="bogus"))


def test_a_file_of_another_kind_in_a_corpus_folder_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.warns(InputWarning, match=r"1 file\(s\) not read.*\(\.png\)"):
        found = list(toolkit.load_corpus(tmp_path))
    assert len(found) == 1


def test_plain_text_with_a_stray_tag_or_two_is_read_as_text_with_the_tags_cut():
    text = ('Residents can read the <a href="https://example.org/plan">full plan</a> online, officials said.\n\n'
            + BODY)
    article = toolkit.load_article(text)  # trafilatura finds no article in it: read as text, not refused
    assert article.text.startswith("Residents can read the full plan online") and "<" not in article.text
    assert article.raw == text
    markup = [r for r in article.removed if r.reason == "markup"]
    assert [text[r.start : r.end] for r in markup] == ['<a href="https://example.org/plan">', "</a>"]
    start = article.text.index("full plan")
    assert text[slice(*article.raw_span(start, start + 9))] == "full plan"


def test_a_whole_html_page_still_goes_through_trafilatura():
    page = ("<html><head><title>Bridge</title></head><body><nav>Home | News | Sport</nav><article><p>"
            + BODY + "</p></article></body></html>")
    article = toolkit.load_article(page)
    assert article.meta.get("extractor") == "trafilatura" and "Home | News" not in article.text
