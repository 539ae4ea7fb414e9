"""Pretty-printed JSON (a web form's submissions, an API's export) read as fields:
each `"key": "value",` line becomes `key: value`, so a key is the label right
before its value as in a form (`"birthday": "1983-04-11"` → `birthday: 1983-04-11`),
not a quoted word a quote and a colon away. One line for one line: locations keep."""

from __future__ import annotations

import json
import re

from detectors.export_headers import glossed

_PAIR = re.compile(r'^([ \t]*)"([^"\n]{1,40})":[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|([-0-9.][^,\n]*|true|false|null))[ \t]*,?[ \t]*$',
                   re.MULTILINE)
_STARTS = ("{", "[")
# the comma before the next key of one-line JSON: a tab there (same length) ends the
# field, so a key's context is its own (`"created": …` after `"birth_date": …` is no birth)
_NEXT_KEY = re.compile(r',(?=[ \t]*\{?[ \t]*"[^"\n]{1,40}"[ \t]*:)')
_BARE_KEYS = ("name", "title")  # keys of anything, not only of people
_SPACED_NAME = re.compile(r"[\u4e00-\u9fff々ぁ-ゖ]{1,5}[ \u3000][\u4e00-\u9fff々ぁ-ゖ]{1,5}|[ァ-ヶー]{2,8}[ \u3000][ァ-ヶー]{2,8}")


def looks_like_json(text: str) -> bool:
    """A text that opens as JSON and has key/value lines (pretty-printed)."""
    return text.lstrip("\ufeff \t\r\n")[:1] in _STARTS and (_PAIR.search(text, 0, 4096) is not None
                                                          or _NEXT_KEY.search(text, 0, 4096) is not None)


def _field(match: re.Match) -> str:
    value = match[3]
    if match[2].lower() in _BARE_KEYS and (value is None or not _SPACED_NAME.fullmatch(value)):
        return match[0]  # "name": "卓上ライト": a product's as often as a person's, unless spaced as one
    if value is not None and "\\" in value:
        try:
            value = json.loads(f'"{value}"')
        except ValueError:
            pass
    return f"{match[1]}{glossed(match[2])}: {value if value is not None else match[4]}"


def json_as_fields(text: str) -> str:
    return _NEXT_KEY.sub("\t", _PAIR.sub(_field, text))
