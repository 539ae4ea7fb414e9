"""全銀協 transfer files (総合振込, 給与振込, 賞与振込: the FB data a payroll system hands
to the bank) as tables. Records of 120 characters without separators: a header
(1, the company's own account), one data record (2) a payee, a trailer (8) and an
end record (9), with or without line breaks between them. Each payee's account and
name are fields of known position; without them the 7-digit account sits between
a 4-digit clearing-house code and the name, one run of digits with them."""

from __future__ import annotations

import re

from scanner.extract.table import TextTable

RECORD = 120
KINDS = ("11", "12", "21")  # 給与振込, 賞与振込, 総合振込 in the header record
# (label, first column, last column) of a data record, 1-based as the specification counts
DATA_FIELDS = (("銀行番号", 2, 5), ("銀行名", 6, 20), ("支店番号", 21, 23), ("支店名", 24, 38),
               ("預金種目", 43, 43), ("口座番号", 44, 50), ("受取人名", 51, 80), ("振込金額", 81, 90))
_LINE_BREAKS = re.compile(r"\r?\n")


def _records(text: str) -> list[str] | None:
    body = text.rstrip("\r\n\x1a")
    records = _LINE_BREAKS.split(body) if "\n" in body else [body[i:i + RECORD] for i in range(0, len(body), RECORD)]
    if len(records) < 2 or any(len(record) != RECORD for record in records):
        return None
    return records


def zengin_rows(text: str) -> TextTable | None:
    """The payees of a 全銀 transfer file as rows under their labels, each with its
    record's number (its line, when records are on lines), or None when text is not one."""
    if not text.startswith("1") or text[1:3] not in KINDS:
        return None
    records = _records(text)
    if records is None or not all(record[0] in "1289" for record in records):
        return None
    payees = [(n, [record[first - 1:last].strip() for _, first, last in DATA_FIELDS])
              for n, record in enumerate(records, start=1) if record[0] == "2"]
    if not payees:
        return None
    return TextTable([[label for label, _, _ in DATA_FIELDS]] + [row for _, row in payees],
                     [1] + [n for n, _ in payees])  # the labels stand for the header record
