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


# -- the rest of the bad-input matrix (issue 15); the cases tested elsewhere: empty, whitespace-only, binary and
#    undecodable bytes, UTF-16 with and without BOM, Windows-1252 and -1251, CRLF and the size limit for strings,
#    gzip and file objects in test_decoding.py; a missing file and bad JSON in test_sources.py; a missing model in
#    tests/test_nlp.py; texts over spaCy's max_length in tests/test_nlp.py; the CLI in tests/test_cli.py.


def test_a_60_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "dump.txt"
    with open(path, "wb") as handle:  # sparse: 60 MB on paper, nothing written
        handle.truncate(60 * 1024 * 1024)
    with pytest.raises(InputError, match=r"dump\.txt is 62,914,560 bytes; a single article above 50,000,000 bytes"):
        toolkit.load_article(path)


def test_lone_carriage_returns_end_lines_like_newlines(tmp_path):
    path = tmp_path / "mac.txt"
    path.write_bytes((BODY + "\r\r" + "A second paragraph follows here, the mayor added.").encode())
    article = toolkit.load_article(path)
    assert "\r" not in article.text and len(article.paragraphs) == 2
    assert article.text.split("\n\n")[1] == "A second paragraph follows here, the mayor added."


def test_a_two_million_character_line_is_cleaned_and_analysed_in_pieces(monkeypatch):
    line = ("The minister said the talks in Vienna would resume next week, officials told reporters. " * 22_000)
    line = line[:2_000_000]
    article = toolkit.load_article(line)
    assert len(article.text) == len(line.rstrip()) and article.paragraphs[0].end == len(article.text)
    # the analysis of a text over spaCy's max_length: parsed in pieces cut at spaces, offsets into the whole text
    # (checked on the first 120,000 characters with a lowered max_length, the parse of 2M characters takes minutes)
    nlp = toolkit.nlp.load_model()
    monkeypatch.setattr(nlp, "max_length", 50_000)
    head = article.text[:120_000]
    found = toolkit.entities(head)
    assert len(found) > 1000 and {head[s:e] for s, e in zip(found.start, found.end)} >= {"Vienna"}
    assert (found.text == [head[s:e] for s, e in zip(found.start, found.end)]).all()


def test_html_saved_as_txt_goes_through_the_html_route(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><head><title>Schools</title></head><body><nav>Home | News</nav>"
                    f"<article><p>{BODY}</p><p>The council meets again on Friday.</p></article></body></html>")
    article = toolkit.load_article(path)
    assert article.text.startswith("The mayor of Munich") and "<" not in article.text
    assert "Home | News" not in article.text
    assert article.title == "Schools"


def test_json_saved_as_txt_is_read_as_a_record_and_a_json_list_points_to_load_corpus(tmp_path):
    path = tmp_path / "record.txt"
    path.write_text('{"title": "Schools", "published": "2020-07-08", "text": ' + f'"{BODY.strip()}"' + "}")
    article = toolkit.load_article(path)
    assert article.text == BODY.strip() and article.title == "Schools" and "{" not in article.text
    listed = tmp_path / "records.txt"
    listed.write_text(f'[{{"text": "{BODY.strip()}"}}, {{"text": "{BODY.strip()}"}}]')
    with pytest.raises(InputError, match=r"records\.txt holds a JSON list of 2 items; use toolkit.load_corpus"):
        toolkit.load_article(listed)
    assert toolkit.load_article("{Braces} open this line, the mayor said. " + BODY).text.startswith("{Braces}")


def test_non_english_text_warns_that_the_model_is_english():
    german = ("Die Stadt München will die Schulen in der nächsten Woche wieder öffnen, sagte der Bürgermeister am "
              "Montag. Die Eltern sollen bis Freitag erfahren, wie der Unterricht aussehen wird, und die Lehrer "
              "bekommen mehr Zeit für die Vorbereitung. ") * 2
    with pytest.warns(InputWarning, match=r"does not look English \(only \d+% .*TOOLKIT_SPACY_MODEL"):
        article = toolkit.load_article(german)
    assert article.text.startswith("Die Stadt München")  # loaded all the same
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        toolkit.load_article()  # the English sample is not warned about


def test_an_unreadable_file_is_a_toolkit_error(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(BODY)

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(type(path), "read_bytes", refuse)  # chmod 000 does not stop root, who runs CI here
    with pytest.raises(InputError, match=r"cannot read .*locked\.txt: Permission denied"):
        toolkit.load_article(path)


def test_a_folder_mixing_good_and_bad_files_keeps_every_good_one_and_names_every_bad_one(tmp_path):
    good = {f"good{i}.txt": BODY.replace("Munich", city) for i, city in enumerate(["Berlin", "Hamburg", "Bonn"])}
    for name, text in good.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "broken.json").write_text('{"text": ')
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with pytest.warns(InputWarning) as caught:
        result = toolkit.analyze_corpus(tmp_path, batch_size=2, progress=False)
    assert sorted(result.articles.source.map(lambda s: s.rsplit("/", 1)[-1])) == sorted(good)
    assert set(result.actors.actor) >= {"Berlin", "Hamburg", "Bonn"}
    failures = result.failures.set_index(result.failures.source.map(lambda s: s.rsplit("/", 1)[-1]))
    assert sorted(failures.index) == ["binary.txt", "broken.json", "empty.txt"]
    assert (failures.article == -1).all()
    assert "empty" in failures.loc["empty.txt", "error"] and "binary" in failures.loc["binary.txt", "error"]
    assert "not valid JSON" in failures.loc["broken.json", "error"]
    messages = " ".join(str(w.message) for w in caught)
    assert all(name in messages for name in ("empty.txt", "binary.txt", "broken.json", ".png"))
    assert "3 documents were not loaded" in result.summary()
