"""Bytes to text: byte-order marks, UTF-8, UTF-16 without BOM, Windows-1252 where it reads as Western text, else
charset-normalizer's guess; binary and oversized input refused."""

from __future__ import annotations

import codecs
import gzip
import warnings
from pathlib import Path

from toolkit.errors import InputError, InputWarning

MAX_BYTES = 50_000_000
"""Refuse single articles larger than this (50 MB): a news article is a few kB, anything this big is not one."""
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


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
                raise InputError(
                    f"{name} starts with a {encoding} byte-order mark but does not decode as {encoding}: {err}"
                ) from None
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
    if (mended := _mostly_utf8(data, name)) is not None:
        return mended, "utf-8"
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


def _mostly_utf8(data: bytes, name: str) -> str | None:
    """UTF-8 with a few bad bytes, replaced by U+FFFD with a warning that says how many and where; None when the
    bytes read better as another encoding (no valid multi-byte sequence, or as many bad bytes as good ones).

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as seen:
    ...     warnings.simplefilter("always")
    ...     text = _mostly_utf8("München “says” no.".encode() + bytes([255]), "a.txt")
    >>> text[-4:], str(seen[0].message)
    ('no.\ufffd', 'a.txt: 1 byte is not valid UTF-8 (at byte 23); read as UTF-8 with it replaced by U+FFFD')
    """
    bad: list[int] = []

    def mark(error: UnicodeDecodeError) -> tuple[str, int]:
        bad.append(error.start)
        return "\ufffd", error.start + 1

    codecs.register_error("toolkit-count", mark)
    text = data.decode("utf-8", errors="toolkit-count")
    multibyte = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if not multibyte or len(bad) >= multibyte:
        return None
    where = ", ".join(f"{b:,}" for b in bad[:5]) + (", ..." if len(bad) > 5 else "")
    noun = "byte is" if len(bad) == 1 else "bytes are"
    warnings.warn(f"{name}: {len(bad)} {noun} not valid UTF-8 (at byte {where}); read as UTF-8 with "
                  f"{'it' if len(bad) == 1 else 'them'} replaced by U+FFFD", InputWarning, stacklevel=4)
    return text


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
        raise InputError(
            f"{path} is {path.stat().st_size:,} bytes; a single article above {MAX_BYTES:,} bytes is refused "
            "(use load_corpus for collections)"
        )
    if path.suffix != ".gz":
        try:
            return path.read_bytes()
        except OSError as err:
            raise _unreadable(path, err) from None
    try:
        with gzip.open(path) as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError as err:
        raise _unreadable(path, err) from None
    except (OSError, EOFError) as err:
        raise InputError(f"{path} is not a valid gzip file: {err}") from None
    check_size(len(data), str(path))
    return data


def _unreadable(path: Path, err: OSError) -> InputError:
    return InputError(f"cannot read {path}: {err.strerror or err} (check its permissions)")


def check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        raise InputError(f"{name} holds more than {MAX_BYTES:,} bytes; a single article that large is refused (use "
                         "load_corpus for collections)")
