"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 (BOM or NUL pattern), else cp1252.

Deliberately simple instead of a statistical detector: valid UTF-8 is almost never
accidental, UTF-16 shows itself by a BOM or by NULs in every other byte, and what is
left in Western news is cp1252 (a superset of the printable Latin-1). Bytes that none
of these decode, or that decode to control characters, are refused, never garbled.
The BOM is dropped, so offsets count from the first real character.
"""

from __future__ import annotations

import codecs

from eventline.load.common import Refusal

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1c\x1d\x1e\x85")


def decode_bytes(data: bytes, fallback: str = "cp1252") -> str:
    """Decode input bytes to text, or raise `Refusal` saying why they are not text.

    `fallback` is tried after UTF-8 (an HTML page may declare its charset)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data[len(bom) :], encoding, bom=True))
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return _checked(_strict(data, utf16, bom=False))
    if b"\x00" in data:
        raise Refusal("binary file (contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        return _checked(data.decode(fallback))
    except UnicodeDecodeError:
        raise Refusal(f"undecodable text (neither UTF-8, UTF-16 nor {fallback})") from None


def strip_bom(text: str) -> str:
    """Drop a leading BOM from text that was already decoded (e.g. a text-mode stdin)."""
    return text[1:] if text.startswith("\ufeff") else text


def _strict(data: bytes, encoding: str, *, bom: bool) -> str:
    """Decode strictly, naming the encoding when that fails."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        how = "has a BOM" if bom else "looks like"
        raise Refusal(f"undecodable text ({how} {encoding} but is not valid {encoding})") from None


def utf16_without_bom(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 of mostly-ASCII text: NULs in nearly every odd or even byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.7 and even_nuls < 0.1:
        return "utf-16-le"
    if even_nuls > 0.7 and odd_nuls < 0.1:
        return "utf-16-be"
    return None


def _checked(text: str) -> str:
    """Refuse text that is mostly control characters: a binary file that happened to decode."""
    sample = text[:4096]
    controls = sum(1 for char in sample if char < " " and char not in _ALLOWED_CONTROLS)
    if "\x00" in sample or controls > max(2, len(sample) // 20):
        raise Refusal("binary file (control characters), not text")
    return text
