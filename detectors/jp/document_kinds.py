"""A copy-of-ID record names the document in a field of its own (issue 12, ids13).

An 本人確認記録 or an entry checklist writes which document was shown in one cell
(確認書類: パスポート, 在留カード, 運転免許証) and its number under a label that names
no document (書類番号, 番号, 証明書No., ID): the label alone reads as another number's
(detectors.jp.number_labels), the row says whose. Shared by the passport, residence
card and licence recognizers, each with the words of its own document.
"""

from __future__ import annotations

import re

from detectors.jp.number_labels import ColumnHeaders, number_label
from detectors.lines import line_bounds

# A label that names a document's number but not which document (書類番号, 証明書No., 確認書類番号,
# 身分証明書番号, ID番号, a bare 番号 / No. / Number, a key's doc_no / document_number)
GENERIC_DOCUMENT_LABEL = re.compile(
    r"^[\s　■□●・【\[(（]*(?:本人確認|確認|提示|身分|本人)?(?:書類|証明書|証|書)?(?:の)?(?:ID)?(?:doc(?:ument)?[ _.\-]?)?[ 　]*"
    r"(?:番号|No\.?|NO\.?|no\.?|№|Number|number|ナンバー)[ 　]*[)）】\]]?[ 　]*[:：]?[ 　]*$")


def _kind_cell(kind: re.Pattern) -> re.Pattern:
    """A cell holding only the document's name, under its label or not (確認書類: パスポート), or a JSON
    object's key and value, quoted, the object's brackets around ({"doc_type": "driver_license", …}:
    a sibling key names the document whatever the writer calls the keys; leftovers20)."""
    return re.compile(rf"(?:^|\t|[{{,])[ \[{{]*(?:\"?[^\t\n:\"]{{1,12}}\"? ?: ?)?\"?(?:{kind.pattern})\"?[ 　]*"
                      rf"(?:[(（][^)）\t\n]{{0,12}}[)）])?[ }}\],]*(?=\t|\n|$)", re.MULTILINE | re.IGNORECASE)


class DocumentKinds:
    """Whether a number stands under a generic document label in a table's row that
    names the document as kind (a pattern of its names) in a cell of its own."""

    def __init__(self, kind: re.Pattern) -> None:
        self._cell = _kind_cell(kind)

    def named_in_row(self, text: str, start: int, columns: ColumnHeaders) -> bool:
        row, end = line_bounds(text, start)
        line = text[row:end]
        if "\t" not in line or self._cell.search(line) is None:
            return False
        label = number_label(text, start) or columns.header(start) or ""
        return GENERIC_DOCUMENT_LABEL.search(label.replace('"', "").strip()) is not None  # a JSON key's quotes off

    def named(self, text: str, dropped: list, score: float) -> list:
        """The results a recognizer dropped under another number's label that stand in
        a row naming its document, raised to score."""
        columns, named = ColumnHeaders(text), []
        for result in dropped:
            if self.named_in_row(text, result.start, columns):
                result.score = max(result.score, score)
                named.append(result)
        return named

    def with_named(self, text: str, results: list, kept: list, score: float) -> list:
        """kept (what a recognizer's labels kept of results) with the results it dropped
        that stand in a row naming its document, in the order of the text."""
        mine = {id(r) for r in kept}
        return sorted(kept + self.named(text, [r for r in results if id(r) not in mine], score), key=lambda r: r.start)
