"""Decode bytes of unknown Japanese encoding, and say which one it was.

Order: BOM, ISO-2022-JP escapes, UTF-16 without BOM, strict UTF-8, then
charset-normalizer restricted to the Japanese legacy encodings. Bytes that fit
none are an error, never a silent guess.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from inventory.reasons import Reason
from scanner.extract.base import ExtractionError, SkippedObject

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_ISO2022_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b$(D")
_LEGACY = ["cp932", "euc_jp"]


class UndetectedEncoding(ExtractionError):
    default_reason = Reason.DECODE_ERROR


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise UndetectedEncoding / SkippedObject."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise UndetectedEncoding(what=f"invalid {encoding} after its byte order mark")
            return text, encoding
    if data.isascii() and any(escape in data for escape in _ISO2022_ESCAPES):
        text = _strict(data, "iso2022_jp_ext") or _strict(data, "iso2022_jp_2")
        if text is not None:
            return text, "iso2022_jp"
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = _strict(data, utf16)
        if text is not None:
            return text, utf16
    if b"\x00" in data[:8192]:
        raise SkippedObject(Reason.BINARY)
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is not None:
        return str(best), best.encoding
    decoded = _most_japanese_strict_decoding(data)
    if decoded is None:
        raise UndetectedEncoding(what="encoding not detected (not UTF-8/16, CP932, EUC-JP, ISO-2022-JP)")
    return decoded


def _japanese_share(text: str) -> float:
    """Share of characters that are kana, common kanji, ASCII or Japanese
    punctuation: the wrong legacy codec yields half-width katakana and rare kanji."""
    good = sum(1 for ch in text if ch.isascii() or "\u3000" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"
               or "\uff01" <= ch <= "\uff5e")
    return good / max(1, len(text))


def _most_japanese_strict_decoding(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer gives up on tables that are mostly digits and commas (a
    EUC-JP roster); a legacy codec that decodes every byte, and reads as Japanese,
    is then the answer."""
    scored = [(_japanese_share(text), text, encoding) for encoding in _LEGACY
              if (text := _strict(data, encoding)) is not None]
    share, text, encoding = max(scored, key=lambda s: s[0], default=(0.0, "", ""))
    return (text, encoding) if share > 0.95 else None
