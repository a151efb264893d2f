"""Loading one article from the sample, a string, a file object, a JSON file; refusing bad sources clearly."""

import io
import json

import pytest

from toolkit import InputError, load_article
from toolkit.reading.sources import sample_path

from .pages import FIRST, SEED


def test_sample_is_default_and_string_and_file_object_agree():
    default = load_article()
    assert default.source.endswith("sputnik_iran_2020-07-08.txt")
    assert load_article(SEED).text == default.text
    assert load_article(io.StringIO(SEED)).text == default.text
    assert load_article(io.BytesIO(SEED.encode("utf-16"))).text == default.text
    assert load_article(str(sample_path())).published == default.published


def test_json_object(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"title": "Iran rejects talks", "body": SEED, "url": "https://example.org/x"}))
    article = load_article(path)
    assert article.title == "Iran rejects talks" and article.text.startswith(FIRST)
    assert article.meta["url"] == "https://example.org/x"


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


def test_unsupported_type():
    with pytest.raises(InputError, match="int"):
        load_article(42)


def test_many_article_files_point_to_load_corpus(tmp_path):
    for name in ["a.csv", "a.jsonl"]:
        (tmp_path / name).write_text("text\nIt rained in Paris all day long, officials said.\n")
        with pytest.raises(InputError, match="use toolkit.load_corpus"):
            load_article(tmp_path / name)


def test_boilerplate_only_is_refused():
    with pytest.raises(InputError, match="nothing but boilerplate"):
        load_article("Share\n\nRead more")
    with pytest.raises(InputError, match="no such file"):
        load_article("notes.docx")


def test_a_folder_is_pointed_to_load_corpus(tmp_path):
    for source in (tmp_path, str(tmp_path)):
        with pytest.raises(InputError, match="is a folder; use toolkit.load_corpus"):
            load_article(source)
