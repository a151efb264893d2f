"""Bytes to text: encodings and line ends, UTF-16 without a byte-order mark, single-byte Cyrillic, binary and
oversized input refused."""

import gzip
import io

import pytest

from toolkit import InputError, load_article

from .pages import FIRST, SEED


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


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(SEED.encode("utf-16-le"))
    article = load_article(path)
    assert article.meta["encoding"] == "utf-16-le" and article.text.startswith(FIRST)


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
