"""Decode bytes of unknown Japanese encoding, and say which one it was.

Order: BOM, ISO-2022-JP escapes, UTF-16 without BOM, strict UTF-8, then
charset-normalizer restricted to the Japanese legacy encodings. Bytes that fit
none are an error, never a silent guess.

A long file is never decoded whole to decide: candidates are checked a step at
a time, charset-normalizer looks at the first megabyte, and its answer must
decode all of the file. The text is then read in pieces (iter_decoded).
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator

from charset_normalizer import from_bytes

from inventory.reasons import Reason
from scanner.extract.base import ExtractionError, SkippedObject

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_ISO2022_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b$(D")
_LEGACY = ["cp932", "euc_jp"]
_SAMPLE = 1024 * 1024  # bytes charset-normalizer looks at; all of the file is then checked against its answer
_STEP = 1024 * 1024  # bytes decoded at a time


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


def iter_decoded(data: bytes, codec: str) -> Iterator[str]:
    """The text of data in pieces, decoded a step at a time (never held whole)."""
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    for start in range(0, len(data), _STEP):
        yield decoder.decode(data[start:start + _STEP])
    yield decoder.decode(b"", final=True)


def _valid(data: bytes, codec: str) -> bool:
    """data decodes with codec, strictly (checked a step at a time)."""
    try:
        for _ in iter_decoded(data, codec):
            pass
        return True
    except (UnicodeDecodeError, LookupError):
        return False


def _sample(data: bytes) -> bytes:
    """The start of data that charset-normalizer looks at: cut at a line break,
    which is one byte of its own in every Japanese encoding."""
    if len(data) <= _SAMPLE:
        return data
    cut = data.rfind(b"\n", 0, _SAMPLE)
    return data[:cut + 1] if cut > 0 else data[:_SAMPLE]


def detect_encoding(data: bytes) -> str:
    """The codec that decodes all of data, or UndetectedEncoding / SkippedObject."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if not _valid(data, encoding):
                raise UndetectedEncoding(what=f"invalid {encoding} after its byte order mark")
            return encoding
    if data.isascii() and any(escape in data for escape in _ISO2022_ESCAPES):
        for codec in ("iso2022_jp_ext", "iso2022_jp_2"):
            if _valid(data, codec):
                return codec
    utf16 = _utf16_without_bom(data)
    if utf16 and _valid(data, utf16):
        return utf16
    if b"\x00" in data[:8192]:
        raise SkippedObject(Reason.BINARY)
    if _valid(data, "utf-8"):
        return "utf-8"
    sample = _sample(data)
    best = from_bytes(sample, cp_isolation=_LEGACY).best()
    if best is not None and _valid(data, best.encoding):
        return best.encoding
    codec = _most_japanese_strict_decoding(sample, data)
    if codec is None:
        raise UndetectedEncoding(what="encoding not detected (not UTF-8/16, CP932, EUC-JP, ISO-2022-JP)")
    return codec


def encoding_name(codec: str) -> str:
    """The name stored for a codec (the ISO-2022-JP variants are one encoding)."""
    return "iso2022_jp" if codec.startswith("iso2022_jp") else codec


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise UndetectedEncoding / SkippedObject."""
    codec = detect_encoding(data)
    return data.decode(codec), encoding_name(codec)


def _japanese_share(text: str, half_width_kana: bool = False) -> float:
    """Share of characters that are kana, common kanji, ASCII or Japanese
    punctuation: the wrong legacy codec yields half-width katakana and rare kanji
    (half_width_kana: they count as Japanese, the codec being the only one that reads the bytes)."""
    good = sum(1 for ch in text if ch.isascii() or "\u3000" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"
               or "\uff01" <= ch <= "\uff5e" or (half_width_kana and "\uff61" <= ch <= "\uff9f"))
    return good / max(1, len(text))


def _most_japanese_strict_decoding(sample: bytes, data: bytes) -> str | None:
    """charset-normalizer gives up on tables that are mostly digits and commas (a
    EUC-JP roster) and on a host's export in half-width katakana (ﾔﾏﾀﾞ ﾀﾛｳ); a
    legacy codec that decodes every byte, and reads as Japanese, is then the answer."""
    decodings = [(encoding, text) for encoding in _LEGACY
                 if (text := _strict(sample, encoding)) is not None and _valid(data, encoding)]
    scored = [(_japanese_share(text, half_width_kana=len(decodings) == 1), encoding) for encoding, text in decodings]
    share, encoding = max(scored, key=lambda scored_one: scored_one[0], default=(0.0, ""))
    return encoding if share > 0.95 else None
