"""A claims file in UKE's layout (レセプト電算処理システム's 医科/DPC/調剤 records; issue 12,
receipt16): one record a line, its kind first (IR, RE, HO, KO, SY …), its fields by commas,
and no header, the published record layout saying what each field is. The fields that are
a person's are given the label the layout names: RE's 氏名 (5th) and 生年月日 (7th, 元号コード
then YYMMDD: 3470314), HO's 保険者番号 (2nd), 記号 (3rd) and 番号 (4th), KO's 公費負担者番号 and
受給者番号. A diagnosis's or a drug's code (SY, IY) is no one's number and stays bare."""

from __future__ import annotations

import re

from detectors.columns.dates import BIRTH_LABEL
from detectors.fields import Field, compose_rows
from scanner.extract.base import TextUnit

# the record kinds of UKE's 医科, DPC and 調剤 files
_RECORD = re.compile(r"(?:IR|RE|HO|KO|SY|SI|IY|TO|CO|SJ|GO|JD|MF|KH|GR|SN|CD|SK|HI|TR|TS|YK|CZ|SH|TK|KI|GT|BU)"
                     r"[,，]")
FIELD_LABELS = {
    "RE": {4: "氏名", 6: f"{BIRTH_LABEL}(元号コード)"},
    "HO": {1: "保険者番号", 2: "被保険者証記号", 3: "被保険者証番号"},
    "KO": {1: "公費負担者番号", 2: "公費受給者番号"},
}
SAMPLE_LINES = 20
RECORD_SHARE = 0.8
ROWS_PER_UNIT = 200


def is_uke(text: str) -> bool:
    """Most of the first lines are UKE records, a patient's (RE) or an insurance's (HO) among them."""
    lines = [line for line in text[:8192].splitlines()[:SAMPLE_LINES] if line.strip()]
    records = [line for line in lines if _RECORD.match(line)]
    return len(records) >= 4 and len(records) >= RECORD_SHARE * len(lines) and any(
        line.startswith(("RE", "HO")) for line in records)


def uke_units(text: str) -> list[TextUnit]:
    """The records as rows of fields, a person's fields under their layout's labels."""
    rows = []
    for n, line in enumerate(text.split("\n"), start=1):
        cells = re.split(r"[,，]", line.rstrip("\r"))
        labels = FIELD_LABELS.get(cells[0], {})
        fields = [Field(f"L{n}", cell.strip(), (labels.get(i, ""),)) for i, cell in enumerate(cells) if cell.strip()]
        if fields:
            rows.append((f"L{n}", fields))
    units = []
    for first in range(0, len(rows), ROWS_PER_UNIT):
        block = rows[first:first + ROWS_PER_UNIT]
        composed, spans = compose_rows(block)
        units.append(TextUnit(text=composed, location=f"{block[0][0]}-{block[-1][0]}", spans=spans))
    return units
