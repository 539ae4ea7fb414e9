"""XML elements and attributes, and `key: value` lines (YAML, an .ini, a host's
dump), whose key is a host export's header word: the key glossed with the Japanese
label it stands for, right before its value, as a table's header is
(`<KOJIN_NO>123456789018</KOJIN_NO>` → `KOJIN_NO 個人番号: 123456789018`,
`SHIMEI="河合 大輔"` → `SHIMEI 氏名: 河合 大輔` between tabs, `ZYUSYO: 川越市…` →
`ZYUSYO 住所: 川越市…`). Only keys that gloss are rewritten; one line for one line,
so locations keep."""

from __future__ import annotations

import re
from html import unescape

from detectors.export_headers import glossed

_KEY = r"[^\W\d_][\w\-.]{0,39}"
_ELEMENT = re.compile(rf"<({_KEY})(?:\s[^<>]*)?>([^<>\n]{{1,200}})</\1>")
_ATTRIBUTE = re.compile(rf"(?<=\s)({_KEY})=(\"[^\"<>\n]{{1,200}}\"|'[^'<>\n]{{1,200}}')")
_KEY_LINE = re.compile(rf"^([ \t]*(?:- )?)({_KEY})([ \t]*[:=][ \t]*)(\S[^\n]*)$", re.MULTILINE)
_MARKUP = re.compile(r"<[A-Za-z?!]")


def _label(key: str) -> str | None:
    """The key glossed, or a Japanese key as it is (a Japanese element's name is its
    field's label); None for others."""
    label = glossed(key)
    return label if label != key or not key.isascii() else None


def _element(match: re.Match) -> str:
    label = _label(match[1]) if not _part(match[1], match[2]) else None
    return f"\t{label}: {unescape(match[2])}\t" if label else match[0]


def _attribute(match: re.Match) -> str:
    label = _label(match[1]) if not _part(match[1], match[2][1:-1]) else None
    return f"\t{label}: {unescape(match[2][1:-1])}\t" if label else match[0]


def _part(key: str, value: str) -> bool:
    """A numbered key holding a few digits (<yubin1>031</yubin1><yubin2>0801</yubin2>): one part
    of a value split over elements, which the detectors read as the markup stands."""
    return key[-1].isdigit() and value.isdigit() and len(value) <= 4


def _key_line(match: re.Match) -> str:
    label = glossed(match[2])
    if label == match[2]:
        return match[0]  # a Japanese key is the label already
    value = match[4].strip()
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return f"{match[1]}{label}: {value}"


def keyed_as_fields(text: str) -> str:
    """The text with each glossed key right before its value."""
    if _MARKUP.search(text, 0, 4096):
        return _ATTRIBUTE.sub(_attribute, _ELEMENT.sub(_element, text))
    return _KEY_LINE.sub(_key_line, text) if _key_value_file(text[:4096]) else text


def _key_value_file(head: str) -> bool:
    """A file of key/value lines (YAML, an .ini, a dump), not a letter with a TEL: line:
    half its lines or more are such lines."""
    lines = sum(1 for line in head.splitlines() if line.strip())
    return lines > 0 and len(_KEY_LINE.findall(head)) * 2 >= lines
