"""郵便番号 (postal code): `〒123-4567`, `〒 123 - 4567` or `〒1234567`; seven digits right
before a prefecture (a host's export: `1500002 東京都渋谷区…`), a hyphenated code right
before a municipality (`060-0001 札幌市中央区…`); otherwise it needs a context
word (a 郵便番号 or 〒 column of `1500002`, or of `600001` where a sheet dropped the
leading zero of 060-0001). A form may split a code over two cells (〒（上3桁） | 〒（下4桁）,
ZIP1 | ZIP2): under a postal code's label in the first, the two read as one (own9). The
shapes and places postal11's matrix found unread (romaji and English labels, dropped
leading zeros, a code split over elements, above or after its address, in a vCard, in an
English address, in 漢数字) are in detectors/jp/postal_shapes."""

import re


from detectors.entities import POSTAL_CODE
from detectors.jp.address import PREFECTURES
from detectors.jp.base import CELL_END, CELL_START, JapanesePatternRecognizer, starts_after
from detectors.jp.postal_masters import without_town_masters
from detectors.jp.postal_records import FIELD_CODE, PATTERN_NAME, agreeing_records
from detectors.jp.postal_shapes import (AFTER_ADDRESS, AFTER_ADDRESS_NAME, AFTER_ROMAJI, AFTER_ROMAJI_NAME, KANJI_DIGITS,
                                        KANJI_MARKED, LABEL, LABEL_WORDS, LINE_ABOVE, LINE_ABOVE_NAME, OWN_LABEL,
                                        ROMAJI_PREFECTURE, SPACED_DASH, SPLIT_FIELDS, SPLIT_GATE, UNPADDED, VCARD_FIELD,
                                        VCARD_GATE, agreeing_places)
from detectors.lines import COMPOSED_HEADER
from detectors.normalize import digits_only

_END = r"[0-9]{4}(?![0-9])(?!-[0-9])"
_START = starts_after("[0-9]", "[0-9A-Za-z〒-]", "[0-9]-")  # not inside a code (C1234567)
_PREFECTURE_AFTER = rf"(?=[ \t]*(?:{'|'.join(PREFECTURES)}))"
# the code's two groups in two cells of a row, each cell's header composed before its value (own9)
_CELL = r"\t" + COMPOSED_HEADER
_SPLIT_CELL = re.compile(COMPOSED_HEADER + r"([^\t]*)")
_LABEL = LABEL
RECORD_SCORE = 0.6
_DIGIT_RUNS = re.compile("[0-9]+")
_CITY_AFTER = r"(?=[ \t]*[\u4e00-\u9fff\u3041-\u30ff]{1,6}?[市区町村][\u4e00-\u9fff\u3041-\u30ff]+[0-9一二三四五六七八九十])"


class PostalCodeRecognizer(JapanesePatternRecognizer):
    ENTITY = POSTAL_CODE
    PATTERNS = (
        ("postal_mark", r"〒 *(?:[0-9]{3}(?: *- *| )" + _END + r"|[0-9]{7}(?![0-9])(?!-[0-9]))", 0.85),
        ("postal_before_prefecture", _START + r"[0-9]{2}-?" + _END + _PREFECTURE_AFTER, 0.6),
        # 060-0001 札幌市中央区…: a hyphenated code right before a municipality
        ("postal_before_city", _START + r"[0-9]{2}-" + _END + _CITY_AFTER, 0.6),
        ("postal_plain", _START + r"[0-9]{2}-" + _END, 0.35),
        ("postal_spaced", _START + r"[0-9]{2} " + _END, 0.35),  # 150 0002 under its own label
        ("postal_digits", _START + r"[0-9]{6}(?![0-9])(?!-[0-9])", 0.1),
        # a 郵便番号 cell of a sheet that kept the code as a number: 0600001 became 600001
        ("postal_cell_unpadded", CELL_START + r"[0-9]{5}" + CELL_END, 0.1),
        ("postal_split_cells", CELL_START + r"[0-9]{2}" + _CELL + r"[0-9]{4}" + CELL_END, 0.6),
        # a headerless record's field that agrees with its line's prefecture (see postal_records)
        (PATTERN_NAME, FIELD_CODE, 0.1),
        # postal11: a code whose leading zeros were dropped, split over two elements, above an address, in a vCard
        ("postal_unpadded", UNPADDED, 0.6),
        ("postal_split_fields", SPLIT_FIELDS, 0.6),
        (LINE_ABOVE_NAME, LINE_ABOVE, 0.6),
        ("postal_vcard", VCARD_FIELD, 0.6),
        (AFTER_ROMAJI_NAME, AFTER_ROMAJI, 0.6),
        ("postal_kanji", KANJI_MARKED, 0.85),
        ("postal_spaced_dash", SPACED_DASH, 0.6),
        (AFTER_ADDRESS_NAME, AFTER_ADDRESS, 0.6),
    )
    CONTEXT = ("郵便番号", "郵便", "〒", "住所", "所在地", "現住所", "zip", "postal", "postcode", "post code", "address", "japan",
               "ユウビン", "yubin", "yuubin", "post")
    NEGATIVE_CONTEXT = ("電話", "tel", "fax", "注文番号", "品番", "口座", "社員番号", "会員番号", "顧客番号", "コード")
    # a label right before the number: not the TEL of the line above a `〒123-4567` (its own mark)
    NEGATIVE_REACH = 10
    # ...and only before it: a label after the code is the next field's (〒123-4567　電話：…)
    negative_labels_only = True
    # a hyphen, a 〒, a number of 6-7 digits, or a postal label word (a split or unpadded code)
    PREFILTER = r"[0-9]{3} *[- ] *[0-9]{4}|〒|(?<![0-9])[0-9]{6,7}(?![0-9])|" + LABEL_WORDS
    LABELLED = {"postal_spaced": _LABEL, "postal_digits": _LABEL + "|住所", "postal_cell_unpadded": _LABEL,
                "postal_split_cells": _LABEL, "postal_unpadded": OWN_LABEL, "postal_split_fields": _LABEL,
                AFTER_ROMAJI_NAME: ROMAJI_PREFECTURE, "postal_spaced_dash": _LABEL}
    GATES = {"postal_split_cells": r"[0-9]{3}\t" + COMPOSED_HEADER + r"[0-9]{4}[\t\n]",  # two cells of 3 and 4 digits
             PATTERN_NAME: "[都道府県]", "postal_vcard": VCARD_GATE, "postal_kanji": "〒 *[〇○一二三四五六七八九]",
             AFTER_ADDRESS_NAME: "[都道府]|[^\n]県", "postal_split_fields": SPLIT_GATE,
             "postal_spaced_dash": r"[0-9] +-|- +[0-9]"}

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = agreeing_records(text, super().analyze(text, entities, nlp_artifacts, regex_flags), RECORD_SCORE)
        results = without_town_masters(text, agreeing_places(text, results))
        return [r for r in results if not _a_range_bound(text, r.start, r.end)]

    @staticmethod
    def canonical(value: str) -> str:
        if "\t" in value:  # a code split over cells: each cell's value, less its header
            value = "".join(cell.group(1) for cell in _SPLIT_CELL.finditer(value))
        runs = _DIGIT_RUNS.findall(value.translate(KANJI_DIGITS))
        if len(runs) > 2:  # split over elements or keys (<zip1>410</zip1><zip2>0801): the first and last groups
            return runs[0] + runs[-1]
        return digits_only(value.translate(KANJI_DIGITS)).zfill(7)


# a bound of a range of codes (a carrier's zone table: 〒100-0001〜〒199-9999, 410-0001から410-0099まで): no one's address
_TO = "(?:[〜～~]|から)"
_RANGE_AFTER, _RANGE_BEFORE = re.compile(rf"[ 　]*{_TO}[ 　]*(?:〒[ 　]*)?[0-9]"), re.compile(rf"[0-9][ 　]*{_TO}[ 　]*〒?[ 　]*$")


def _a_range_bound(text: str, start: int, end: int) -> bool:
    return _RANGE_AFTER.match(text, end) is not None or _RANGE_BEFORE.search(text, max(0, start - 8), start) is not None
