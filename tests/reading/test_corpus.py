"""Loading many articles: folders, globs, JSON Lines, CSV and DataFrames; bad documents skipped or refused;
lines repeated across an outlet cut."""

import json
import warnings

import pandas as pd
import pytest

from toolkit import InputError
from toolkit.reading.corpus import load_corpus, repeated_lines
from toolkit.reading.sources import sample_path

from .pages import FIRST, SEED, seed_html


def test_corpus_from_folder_glob_jsonl_csv_and_dataframe(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "b.html").write_text(seed_html(), encoding="utf-8")
    lines = json.dumps({"text": SEED, "outlet": "sputnik"}) + "\n\n" + json.dumps({"body": SEED}) + "\n"
    (tmp_path / "c.jsonl").write_text(lines)
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
    stories = [
        f"Story {i}: the council met on Tuesday and voted on the budget for the year {2000 + i}." for i in range(8)
    ]
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
    story = (
        "The council met on Tuesday and voted on the budget for the coming year.\n\nThe mayor said the vote was close."
    )
    other = [f"Story {i}: a fire broke out in the old mill on the river on Sunday night." for i in range(5)]
    frame = pd.DataFrame({"text": [story] * 6 + other, "publisher": "Daily Bugle"})
    assert repeated_lines(load_corpus(frame, detect_repeated=False)) == {"Daily Bugle": frozenset()}
    assert [a.text for a in load_corpus(frame)][:6] == [story] * 6


def test_missing_paths_in_a_corpus(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        list(load_corpus(tmp_path / "typo"))
    with pytest.warns(UserWarning, match="missing.txt does not exist"):
        assert len(list(load_corpus([tmp_path / "missing.txt", sample_path()]))) == 1


def test_rows_without_text_are_skipped_with_a_warning():
    frame = pd.DataFrame({"body_text": [SEED, None], "publisher": ["Sputnik", "Sputnik"]})
    with pytest.warns(UserWarning, match="row 1.*no text field"):
        assert len(list(load_corpus(frame, text_column="body_text"))) == 1


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
            list(load_corpus(source, text_column="nope", errors="raise"))


def test_unreadable_jsonl_is_skipped_with_the_rest_of_the_folder_kept(tmp_path):
    (tmp_path / "a.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "b.jsonl").write_bytes(b"\x00\x01\x02" * 100)
    assert [a.text[:54] for a in load_corpus(tmp_path, errors="skip")] == [FIRST]
