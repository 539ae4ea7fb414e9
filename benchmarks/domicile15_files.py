"""One real file per place a record gives a value under a label, for the domicile15 matrix
(benchmarks/domicile15_matrix.py): tables with a header row (csv, xlsx with a title and with
a two-row header, docx, html, pptx, odt, rtf, fixed width), a form's label to the left (one or
two cells), above its value (pdf, docx), `label：value` and `label value` lines, JSON, XML and
YAML keys, a headerless personnel export, a sentence, a mail's body and its attached csv.

A person is (name, birth date, address); an empty person stands for a record of no one (a
company's, a product's): its other fields say so.
"""

from __future__ import annotations

import json
import re

from benchmarks.corpus import _docx, _pdf
from benchmarks.sens5_writers import odt_bytes, rtf_bytes
from samples import writers as w

PERSON_HEADS = ["氏名", "生年月日", "住所"]
THING_HEADS = ["名称", "登録日", "担当部署"]
THINGS = [("株式会社ミドリ製作所", "2019/04/01", "購買部"), ("有限会社青葉商店", "2021/10/15", "営業部"),
          ("三和フーズ株式会社", "2018/06/30", "品質管理部"), ("合同会社あさひ農園", "2022/02/01", "購買部")]


def _cp932_cell(value: str, width: int) -> str:
    return value + " " * max(1, width - len(value.encode("cp932")))


def _records(people: list) -> tuple[list[str], list[tuple]]:
    if people[0]:
        return PERSON_HEADS, people
    return THING_HEADS, [THINGS[n % len(THINGS)] for n in range(len(people))]


def _key(label: str) -> str:
    """An element's or a key's name made of the label (本籍(都道府県) → 本籍都道府県)."""
    return re.sub(r"[^\w]", "", label) or "value"


def _pptx(title: str, table: list[list[str]]) -> bytes:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "slide.pptx"
        w.write_pptx(path, title, table)
        return path.read_bytes()


def table_files(label: str, people: list, values: list[str]) -> dict[str, bytes]:
    """A header row above the records, in every table format."""
    heads, records = _records(people)
    header, rows = heads + [label], [list(r) + [v] for r, v in zip(records, values)]
    html = "<table><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>" for row in rows) + "</table>"
    widths = (30, 12, 44, 44)
    fixed = ["".join(_cp932_cell(h, n) for h, n in zip(header, widths))]
    fixed += ["".join(_cp932_cell(x, n) for x, n in zip(row, widths)) for row in rows]
    return {"hdr.csv": "\r\n".join(",".join(r) for r in [header] + rows).encode("cp932"),
            "hdr.tsv": "\n".join("\t".join(r) for r in [header] + rows).encode("utf-8"),
            "hdr.xlsx": w.xlsx_bytes({"一覧": [["名簿"], []] + [header] + rows}),
            "two.xlsx": w.xlsx_bytes({"一覧": [["基本情報", "", "", "身上"], header] + rows}),
            "tbl.docx": _docx(["一覧"], [header] + rows), "tbl.html": html.encode("utf-8"),
            "tbl.pptx": _pptx("一覧", [header] + rows), "tbl.odt": odt_bytes(["一覧"], [header] + rows),
            "tbl.rtf": rtf_bytes(["一覧"], [header] + rows),
            "fixed.txt": "\r\n".join(fixed).encode("cp932")}


def form_files(label: str, people: list, values: list[str]) -> dict[str, bytes]:
    """A form per record: label to the left (one cell, two cells), above, on a line."""
    heads, records = _records(people)
    fields = [list(zip(heads, r)) for r in records]
    left = [row for f, v in zip(fields, values) for row in [list(x) for x in f] + [[label, v], []]]
    two_left = [row for f, v in zip(fields, values) for row in [[h, "", x] for h, x in f] + [[label, "", v], []]]
    above = [line for f, v in zip(fields, values) for line in [f"{h} {x}" for h, x in f] + [label, v, ""]]
    colon = "\n\n".join("\n".join([f"{h}：{x}" for h, x in f] + [f"{label}：{v}"]) for f, v in zip(fields, values))
    space = "\n\n".join("\n".join([f"{h}　{x}" for h, x in f] + [f"{label}　{v}"]) for f, v in zip(fields, values))
    return {"left.xlsx": w.xlsx_bytes({"様式": left}), "twoleft.xlsx": w.xlsx_bytes({"様式": two_left}),
            "above.pdf": _pdf(above), "above.docx": _docx(above), "colon.txt": colon.encode("utf-8"),
            "space.txt": space.encode("cp932", "replace"), "colon.odt": odt_bytes(colon.split("\n"))}


def key_files(label: str, people: list, values: list[str]) -> dict[str, bytes]:
    """JSON, XML and YAML records with the label as a key."""
    heads, records = _records(people)
    keys = ["name", "birth_date", "address"] if people[0] else ["company", "registered", "section"]
    tag = _key(label)
    xml = "<list>" + "".join(f"<row>{''.join(f'<{k}>{x}</{k}>' for k, x in zip(keys, r))}<{tag}>{v}</{tag}></row>"
                             for r, v in zip(records, values)) + "</list>"
    yaml = "".join(f"- {keys[0]}: {r[0]}\n  {keys[1]}: {r[1]}\n  {label}: {v}\n" for r, v in zip(records, values))
    data = [dict(zip(keys, r)) | {label: v} for r, v in zip(records, values)]
    return {"obj.json": json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),
            "rec.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n' + xml).encode("utf-8"), "rec.yaml": yaml.encode("utf-8")}


def prose_files(label: str, people: list, values: list[str]) -> dict[str, bytes]:
    """A sentence per record, a mail giving them, a mail with the table attached."""
    _, records = _records(people)
    sentences = [f"{r[0]}{'様' if people[0] else ''}の{label}は{v}です。" for r, v in zip(records, values)]
    attached = table_files(label, people, values)["hdr.csv"]
    return {"prose.txt": "\n".join(sentences).encode("utf-8"),
            "mail.eml": w.make_eml("確認のお願い", "jinji@example.jp", "soumu@example.jp",
                                   "お疲れさまです。\n\n" + "\n".join(sentences) + "\n\nよろしくお願いします。"),
            "attach.eml": w.make_eml("名簿送付", "jinji@example.jp", "soumu@example.jp", "名簿を添付します。",
                                     attachments=[("meibo.csv", attached)])}


def headerless_files(label: str, people: list, values: list[str]) -> dict[str, bytes]:
    """A headerless export row: a personnel record (number, name, kana, sex, birth, address,
    the value, hire date) or a supplier's (code, name, date, section, the value)."""
    _, records = _records(people)
    if people[0]:
        rows = [f"S{n + 1:05d},{r[0]},{'ヤマダ タロウ'},{'男' if n % 2 else '女'},{r[1]},{r[2]},{v},2015/04/01"
                for n, (r, v) in enumerate(zip(records, values))]
    else:
        rows = [f"V{n + 1:05d},{r[0]},{r[1]},{r[2]},{v}" for n, (r, v) in enumerate(zip(records, values))]
    return {"nohdr.csv": "\r\n".join(rows).encode("cp932")}


def cell_files(label: str, people: list, values: list[str]) -> dict[str, bytes]:
    """Every format and placement for a label, the records and the values."""
    files = {}
    for writer in (table_files, form_files, key_files, prose_files, headerless_files):
        files |= writer(label, people, values)
    return files
