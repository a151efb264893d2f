"""Load one article from wherever it lives: the embedded sample, a file, a string of text or HTML,
a file-like object."""

from __future__ import annotations

import json
import re
from importlib.resources import files
from pathlib import Path
from typing import IO, Any

from toolkit.article import Article, Removed
from toolkit.cleaning.cleaner import clean
from toolkit.cleaning.metadata import parse_date
from toolkit.errors import InputError
from toolkit.reading import decoding
from toolkit.reading.decoding import check_size, decode, read_bytes
from toolkit.reading.html import from_html, looks_like_html

SAMPLE = "sputnik_iran_2020-07-08.txt"
TEXT_FIELDS = ("text", "body", "body_text", "content", "article", "maintext", "page_text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FILE_NAME = re.compile(r"[\w~./\\-]*[\w~-]\.[A-Za-z][A-Za-z0-9]{0,4}|\S*/\S*")
"""A single token that reads as a file name or path: when no such file exists, say so rather than clean the name."""
FULL_PAGE = re.compile(r"<!doctype html|<html\b|<head\b|<body\b", re.I)
TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>")


def sample_path() -> Path:
    """Path of the embedded sample article (a Sputnik scrape of 8 July 2020)."""
    return Path(str(files("toolkit") / "data" / "sample" / SAMPLE))


def from_record(record: dict[str, Any], *, source: str | None = None, text_field: str | None = None) -> Article:
    """An Article from a mapping with a text field (``text_field`` if the record has it, else the first of
    ``TEXT_FIELDS``); other fields become metadata.

    >>> from_record({"title": "T", "body": "It rained in Paris all day long, officials said."}).title
    'T'
    """
    field = (
        text_field
        if text_field in record
        else next((f for f in TEXT_FIELDS if isinstance(record.get(f), str) and record[f].strip()), None)
    )
    if field is None or not isinstance(record.get(field), str):
        raise InputError(
            f"{source or 'the record'} has no text field "
            f"(looked for {', '.join(filter(None, [text_field, *TEXT_FIELDS]))})"
        )
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


def from_text(text: str, *, source: str | None = None) -> Article:
    """Route decoded text: HTML to trafilatura, the rest straight to the cleaner. Text that only carries a stray tag
    or two (an embedded tweet, a link) and no page around it is read as text when trafilatura finds nothing or far
    less than the words outside the tags: the tags are cut (reason ``markup``), nothing else is lost. A JSON object
    (a record saved as ``.txt``) is read as a record; a JSON list is pointed to ``load_corpus``."""
    record = _json_record(text, source)
    if record is not None:
        return from_record(record, source=source)
    if not looks_like_html(text):
        return clean(text, source=source)
    try:
        article = from_html(text, source=source)
    except InputError:
        article = None
    if FULL_PAGE.search(text[:5000]) and article is not None:
        return article
    visible = len(TAG.sub(" ", text).split())
    if article is not None and len(article.text.split()) >= visible / 2:
        return article
    return _text_with_tags(text, source)


def _text_with_tags(text: str, source: str | None) -> Article:
    """Clean ``text`` with its tags blanked out (same length, so every offset still points into ``text``), then
    give the article back its raw text and an audit entry for each tag.

    >>> a = _text_with_tags("The mayor said <a href='x'>the plan</a> was ready, officials said on Monday.", None)
    >>> a.text, a.removed[0].reason, a.raw[a.removed[0].start:a.removed[0].end]
    ('The mayor said the plan was ready, officials said on Monday.', 'markup', "<a href='x'>")
    """
    tags = list(TAG.finditer(text))
    blanked = TAG.sub(lambda m: " " * len(m.group()), text)
    article = clean(blanked, source=source)
    cuts = [Removed(c.start, c.end, text[c.start : c.end], c.reason) for c in article.removed]
    cuts += [Removed(m.start(), m.end(), m.group(), "markup") for m in tags]
    article.raw, article.removed = text, sorted(cuts)
    return article


def _json_record(text: str, source: str | None) -> dict[str, Any] | None:
    """The JSON object ``text`` holds when it is one (else None); a JSON list is refused, naming load_corpus.

    >>> _json_record('{"title": "T", "text": "Hi"}', None)
    {'title': 'T', 'text': 'Hi'}
    """
    stripped = text.strip()
    if (stripped[:1], stripped[-1:]) not in (("{", "}"), ("[", "]")):
        return None
    try:
        record = json.loads(stripped)
    except json.JSONDecodeError:
        return None  # text that merely starts with a brace
    if isinstance(record, list):
        raise InputError(f"{source or 'the text'} holds a JSON list of {len(record)} items; use toolkit.load_corpus "
                         "for many articles (a .jsonl file, or a DataFrame)")
    return record if isinstance(record, dict) else None


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
        raise InputError(
            f"{name} holds a JSON {type(record).__name__}, expected one object with a text field "
            "(use load_corpus for lists)"
        )
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
        if not source.strip():
            raise InputError("the text is empty: pass article text, a path, a file object, or nothing for the sample")
        check_size(len(source), "the text")
        if "\n" not in source and len(source) < 4096:
            if _is_existing_path(source):
                return from_path(Path(source))
            if FILE_NAME.fullmatch(source.strip()):
                raise InputError(f"no such file: {source}")
        return from_text(source)
    if hasattr(source, "read"):
        name = str(getattr(source, "name", "the file object"))
        try:
            data = source.read(decoding.MAX_BYTES + 1)
        except UnicodeDecodeError as err:
            raise InputError(
                f"{name} does not decode in the encoding it was opened with ({err.encoding}: {err.reason} "
                f"at byte {err.start}); open it in binary mode ('rb') and the encoding is detected"
            ) from None
        check_size(len(data), name)
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
