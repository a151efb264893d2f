"""Load one article from wherever it lives: the embedded sample, a file, a string of text or HTML, a file-like object."""

from __future__ import annotations

import codecs
import gzip
import json
import re
from importlib.resources import files
from pathlib import Path
from typing import IO, Any

from toolkit.article import Article
from toolkit.clean import clean
from toolkit.errors import InputError
from toolkit.metadata import parse_date

SAMPLE = "sputnik_iran_2020-07-08.txt"
MAX_BYTES = 50_000_000
"""Refuse single articles larger than this (50 MB): a news article is a few kB, anything this big is not one."""
TEXT_FIELDS = ("text", "body", "body_text", "content", "article", "maintext", "page_text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
LOOKS_LIKE_HTML = re.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b)|<(?:p|div|br|span|a)\b[^>]*>.*</?(?:p|div|a|span)>", re.I | re.S)
FILE_NAME = re.compile(r"[\w~./\\-]*[\w~-]\.[A-Za-z][A-Za-z0-9]{0,4}|\S*/\S*")
"""A single token that reads as a file name or path: when no such file exists, say so rather than clean the name."""
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def sample_path() -> Path:
    """Path of the embedded sample article (a Sputnik scrape of 8 July 2020)."""
    return Path(str(files("toolkit") / "data" / "sample" / SAMPLE))


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Decode bytes to text, returning ``(text, encoding)``; binary data raises :class:`InputError`.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, then Windows-1252 where it fits and reads as Western text, else
    charset-normalizer's guess.

    >>> decode("caf\\u00e9".encode("cp1252"))
    ('café', 'cp1252')
    >>> decode("Президент России заявил".encode("cp1251"))[1]
    'cp1251'
    """
    if not data.strip():
        raise InputError(f"{name} is empty")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise InputError(f"{name} starts with a {encoding} byte-order mark but does not decode as {encoding}: {err}") from None
    if (encoding := _bomless_utf16(data)) is not None:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise InputError(f"{name} looks binary (NUL bytes and no text byte-order mark); expected text, HTML or JSON")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = "", ""
    if not text or _accented_share(text) > 0.3:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None and not text:
            raise InputError(f"{name} is not text in any encoding we recognise (binary file?)") from None
        if best is not None:
            text, encoding = str(best), best.encoding
    if _control_share(text) > 0.05:
        raise InputError(f"{name} looks binary (many control characters); expected text, HTML or JSON")
    return text, encoding


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when most odd (or even) bytes are NUL and the others are not, as in Latin-script UTF-16."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _accented_share(text: str) -> float:
    """Share of letters in Latin-1's accented range: a few percent in Western text, most of it when another
    single-byte encoding (Cyrillic, Greek...) is read as Windows-1252."""
    letters = [c for c in text[:4096] if c.isalpha()]
    return sum(1 for c in letters if "\u00c0" <= c <= "\u00ff") / max(len(letters), 1)


def _control_share(text: str) -> float:
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t\f")
    return controls / max(len(sample), 1)


def read_bytes(path: Path) -> bytes:
    """Read a file (gunzipping ``.gz``), with clear errors for missing, huge or broken files."""
    if path.is_dir():
        raise InputError(f"{path} is a folder; use toolkit.load_corpus for a folder of articles")
    if not path.is_file():
        raise InputError(f"{path} does not exist or is not a file")
    if path.stat().st_size > MAX_BYTES:
        raise InputError(f"{path} is {path.stat().st_size:,} bytes; a single article above {MAX_BYTES:,} bytes is refused (use load_corpus for collections)")
    if path.suffix != ".gz":
        return path.read_bytes()
    try:
        with gzip.open(path) as handle:
            data = handle.read(MAX_BYTES + 1)
    except (OSError, EOFError) as err:
        raise InputError(f"{path} is not a valid gzip file: {err}") from None
    _check_size(len(data), str(path))
    return data


def _check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        raise InputError(f"{name} holds more than {MAX_BYTES:,} bytes; a single article that large is refused (use "
                         "load_corpus for collections)")


def from_html(html: str, *, source: str | None = None, meta: dict[str, Any] | None = None) -> Article:
    """Extract the main text and metadata of an HTML page with trafilatura, then clean it.

    >>> from_html("<html><body><article><p>" + "The minister said the talks would go on next week. " * 3 + "</p></article></body></html>").text[:21]
    'The minister said the'
    """
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{source or 'the HTML'} holds no article text that trafilatura could find")
    found = {
        "url": doc.url, "sitename": doc.sitename, "description": doc.description,
        "categories": doc.categories, "extractor": "trafilatura",
    }
    article = clean(doc.text, source=source, title=doc.title, find_main=False, meta={**{k: v for k, v in found.items() if v}, **(meta or {})})
    article.published = article.published or parse_date(doc.date)
    article.author = article.author or doc.author
    article.tags = article.tags or [t.strip() for tag in doc.tags or [] for t in tag.split(",") if t.strip()]
    article.meta["html"] = html
    return article


def from_record(record: dict[str, Any], *, source: str | None = None, text_field: str | None = None) -> Article:
    """An Article from a mapping with a text field (``text_field`` if the record has it, else the first of
    ``TEXT_FIELDS``); other fields become metadata.

    >>> from_record({"title": "T", "body": "It rained in Paris all day long, officials said."}).title
    'T'
    """
    field = text_field if text_field in record else next((f for f in TEXT_FIELDS if isinstance(record.get(f), str) and record[f].strip()), None)
    if field is None or not isinstance(record.get(field), str):
        raise InputError(f"{source or 'the record'} has no text field (looked for {', '.join(filter(None, [text_field, *TEXT_FIELDS]))})")
    meta = {k: v for k, v in record.items() if k != field}
    text = record[field]
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    if looks_like_html(text):
        article = from_html(text, source=source, meta=meta)
    else:
        article = clean(text, source=source, title=title, meta=meta)
    article.title = article.title or title
    date = next((meta[k] for k in ("published", "publish_date", "date", "published_at") if meta.get(k)), None)
    article.published = article.published or parse_date(date)
    author = meta.get("author") or meta.get("authors")
    article.author = article.author or (author if isinstance(author, str) else None)
    return article


def looks_like_html(text: str) -> bool:
    """True for markup rather than article text.

    >>> looks_like_html("<html><body><p>Hi</p></body></html>"), looks_like_html("Iran <said> no.")
    (True, False)
    """
    return bool(LOOKS_LIKE_HTML.search(text[:5000]))


def from_text(text: str, *, source: str | None = None) -> Article:
    """Route decoded text: HTML to trafilatura, the rest straight to the cleaner."""
    if looks_like_html(text):
        return from_html(text, source=source)
    return clean(text, source=source)


def json_object(text: str, name: str) -> dict[str, Any]:
    """Parse one JSON object, with errors that name the source.

    >>> json_object('{"text": "Hi"}', "a.json")
    {'text': 'Hi'}
    """
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"{name} is not valid JSON: {err}") from None
    if not isinstance(record, dict):
        raise InputError(f"{name} holds a JSON {type(record).__name__}, expected one object with a text field (use load_corpus for lists)")
    return record


def from_path(path: Path) -> Article:
    """Load a ``.txt``, ``.html``/``.htm`` (optionally ``.gz``) or ``.json`` file."""
    text, encoding = decode(read_bytes(path), str(path))
    suffix = path.suffix if path.suffix != ".gz" else Path(path.stem).suffix
    if suffix in (".csv", ".jsonl"):
        raise InputError(f"{path} holds many articles; use toolkit.load_corpus for {suffix} files")
    if suffix == ".json":
        article = from_record(json_object(text, str(path)), source=str(path))
    elif suffix in HTML_SUFFIXES:
        article = from_html(text, source=str(path))
    else:
        article = from_text(text, source=str(path))
    article.meta["encoding"] = encoding
    return article


def load_article(source: str | Path | IO | None = None) -> Article:
    """Load and clean one article.

    ``source``: ``None`` (the embedded sample), a path (``.txt``, ``.html``, ``.htm``, ``.gz``, ``.json``),
    a string of article text or HTML, or a file-like object (text or binary).

    >>> a = load_article()
    >>> a.text[:31], a.section, a.place
    ('Iran will not hold negotiations', 'Middle East', 'MOSCOW')
    """
    if source is None:
        return from_path(sample_path())
    if isinstance(source, Path):
        return from_path(source)
    if isinstance(source, str):
        _check_size(len(source), "the text")
        if "\n" not in source and len(source) < 4096:
            if _is_existing_path(source):
                return from_path(Path(source))
            if FILE_NAME.fullmatch(source.strip()):
                raise InputError(f"no such file: {source}")
        return from_text(source)
    if hasattr(source, "read"):
        name = str(getattr(source, "name", "the file object"))
        data = source.read(MAX_BYTES + 1)
        _check_size(len(data), name)
        if isinstance(data, bytes):
            text, encoding = decode(data, name)
        else:
            text, encoding = data, "str"
        if not text.strip():
            raise InputError(f"{name} is empty")
        article = from_text(text, source=getattr(source, "name", None))
        article.meta["encoding"] = encoding
        return article
    raise InputError(f"cannot load an article from {type(source).__name__}; pass a path, text, a file object or None")


def _is_existing_path(text: str) -> bool:
    try:
        return Path(text).exists()
    except OSError:
        return False
