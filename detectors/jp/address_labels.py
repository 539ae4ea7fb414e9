"""The labels of a person's address (住所, 現住所, 送付先, jusho, street …) and an
address read under its column's header: a city and its block (姫路市飾磨区清水七丁目
十九番二十一号, 大垣市林町字東651) is a person's address only with a label, and a sheet
with a two-row (merged) header, an HTML table or a form copied cell by cell keeps the
label in the header row above, not before the value (contact10)."""

from __future__ import annotations

import re

from detectors.jp.base import OWN_COLUMN_SCORE
from detectors.jp.number_labels import ColumnHeaders
from detectors.jp.row_labels import label_before

LABEL_WORDS = (r"住所(?!変更|録|一覧)|住まい|住居|居住地|番地|町名|送付先|送り先|届け?先|訪問先|転居先|転出先|引越し?先|新居|現住|居所|"
               r"実家|帰省先|宛先|(?i:address|addr|jusho|banchi|street|chome)")
ADDRESS_LABEL = re.compile(LABEL_WORDS)
LOW = 0.5  # the detector's threshold: a match below it needs a label
# what a cell of an address column holds: a block number, not a header
# (or a prefecture and its municipality: a residence column's 静岡県沼津市 is a value too, places23)
_ADDRESS_VALUE = re.compile(r"[0-9]|丁目|[一二三四五六七八九十百千]番|号|^(?!都道府県)\S{2,4}[都道府県]\S{1,10}[市区町村]$")


class AddressHeaders:
    """Whether a cell's column is headed by an address label, its headers read once a text."""

    def __init__(self, text: str) -> None:
        self._columns = ColumnHeaders(text, _ADDRESS_VALUE) if "\t" in text else None

    def says_address(self, start: int) -> bool:
        """Its column's header, or its row's label past blank cells (住所 | | 沼津市…)."""
        if self._columns is None:
            return False
        labels = (self._columns.header(start), label_before(self._columns.text, start))
        return any(label is not None and ADDRESS_LABEL.search(label) for label in labels)


def under_address_header(text: str, results: list, low: float) -> None:
    """Raise each result below `low` whose cell carries no label of its own and whose
    column's header is an address label (現住所 above a roster's column)."""
    headers = None
    for result in results:
        if result.score < low and "\t" in text:
            headers = headers or AddressHeaders(text)
            if headers.says_address(result.start):
                result.score = OWN_COLUMN_SCORE
