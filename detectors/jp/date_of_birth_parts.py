"""A birth whose year, month and day stand in elements or keys of their own under a birth
element (an XML export's <birth><year>1988</year><month>3</month><day>2</day></birth>,
a JSON feed's "dob": {"year": 1988, "month": 3, "day": 2} (and the `yyyy: 1988` lines the reader
makes of pretty-printed JSON, a YAML mapping's lines), romaji or Japanese part names:
nen/tsuki/hi, 年/月/日). The birth element's name says what the date is; the parts alone
(a <delivery> with a year, a month and a day) are no birth. A JSON object's members reach
the detector a tab apart. The span runs from the year to the day."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from detectors.jp.date_of_birth import _BIRTH_LABEL, DateOfBirthRecognizer
from detectors.jp.wareki import western_date

_YEAR, _MONTH, _DAY = "(?:year|yyyy|yy|nen|年)", "(?:month|mm|tsuki|月)", "(?:day|dd|hi|日)"
_BIRTH = rf"[^<>\"\s]*(?:{_BIRTH_LABEL})[^<>\"\s]*"
_GAP = r"[\s,]*"  # between two parts: blanks, tabs, a comma


def _xml(part: str, value: str) -> str:
    return rf"<{part}>\s*{value}\s*</{part}>"


def _json(part: str, value: str) -> str:  # "year": 1988 of compact JSON, year: 1988 of pretty JSON or YAML
    return rf"\"?{part}\"?\s*:\s*\"?{value}\"?"


_Y, _M, _D = r"(?P<y>(?:18|19|20)[0-9]{2})", r"(?P<m>[0-9]{1,2})", r"(?P<d>[0-9]{1,2})"
_XML_PARTS = _GAP.join(_xml(p, v) for p, v in ((_YEAR, _Y), (_MONTH, _M), (_DAY, _D)))
_JSON_PARTS = _GAP.join(_json(p, v) for p, v in ((_YEAR, _Y), (_MONTH, _M), (_DAY, _D)))
_SHAPES = (re.compile(_XML_PARTS, re.IGNORECASE), re.compile(_JSON_PARTS, re.IGNORECASE))


def _parts(text: str, start: int = 0, end: int | None = None):
    """The first year, month and day in their elements or keys, or None."""
    end = len(text) if end is None else end
    return next((m for m in (shape.search(text, start, end) for shape in _SHAPES) if m), None)


@lru_cache(maxsize=1024)
def parts_date(value: str) -> dt.date | None:
    """The date of a year, a month and a day in their elements or keys."""
    match = _parts(value)
    return western_date(match["y"], match["m"], match["d"]) if match else None


class PartsDateOfBirthRecognizer(DateOfBirthRecognizer):
    PATTERNS = (
        ("date_parts_xml", rf"<{_BIRTH}>\s*{_XML_PARTS}", 0.7),
        ("date_parts_json", rf"(?<![^\s{{,\"])\"?{_BIRTH}\"?\s*:\s*\{{?\s*{_JSON_PARTS}", 0.7),
    )
    NEGATIVE_CONTEXT = ()  # the birth element in the match says what the date is
    PREFILTER = rf"<{_YEAR}>|\"?{_YEAR}\"?\s*:\s*\"?(?:18|19|20)[0-9]{{2}}"  # a year's key and its value

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            parts = _parts(text, result.start, result.end)
            if parts:
                result.start, result.end = parts.span()
        return results
    PARSE = staticmethod(parts_date)
