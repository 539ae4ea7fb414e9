"""The files of ids13's matrix (benchmarks/ids13_matrix.py): one real file per format ×
placement of a number's label, for records given as header words and rows of fields
(a person's stay record, or none) with the number last. Formats and layouts only, no
words of their own beyond the labels and fields they are given."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook

from benchmarks.corpus import _docx, _pdf
from benchmarks.ids5_formats import odf_bytes, rtf_bytes, zip_of
from samples import writers as w


def _book(rows: list[list], merges: tuple[str, ...] = ()) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _width_cell(value: str, width: int) -> str:
    return value + " " * max(1, width - len(value.encode("cp932")))


def _fixed_width(heads: list[str], label: str, rows: list[list[str]]) -> bytes:
    widths = [max(len(x.encode("cp932")) for x in [h] + [r[i] for r in rows]) + 2 for i, h in enumerate(heads + [label])]
    lines = ["".join(_width_cell(x, n) for x, n in zip(row, widths)).rstrip() for row in [heads + [label]] + rows]
    return "\r\n".join(lines).encode("cp932")


def _key(label: str) -> str:
    """A label as an XML element's or a YAML key's name (no blanks, no brackets)."""
    return "".join("_" if c in " 　.:：" else c for c in label if c not in "（）()").strip("_") or "number"


def tables(heads: list[str], label: str, rows: list[list[str]]) -> dict[str, bytes]:
    """A header row above the values, in every format that holds a table."""
    top = heads + [label]
    html = "<table><tr>" + "".join(f"<th>{h}</th>" for h in top) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>" for row in rows) + "</table>"
    files = {"hdr.csv": "\n".join(",".join(r) for r in [top] + rows).encode("cp932"),
             "hdr.tsv": "\n".join("\t".join(r) for r in [top] + rows).encode(),
             "hdr.xlsx": w.xlsx_bytes({"S": [["一覧"], top] + rows}), "tbl.docx": _docx(["一覧"], [top] + rows),
             "tbl.html": html.encode(), "tbl.odt": odf_bytes("text", ["一覧"], {"T": [top] + rows}),
             "tbl.rtf": rtf_bytes(["一覧"], [top] + rows), "fixed.txt": _fixed_width(heads, label, rows),
             "zip.zip": zip_of({"list.csv": "\n".join(",".join(r) for r in [top] + rows).encode("cp932")}),
             "att.eml": w.make_eml("一覧送付", "a@example.jp", "b@example.jp", "添付のとおりです。",
                                   attachments=[("list.csv", "\n".join(",".join(r) for r in [top] + rows).encode())])}
    if len(heads) > 1:  # a merged header: the label's first word over its column, 番号 under it
        word, rest = (label[:2], label[2:]) if len(label) > 3 and not label.isascii() else (label, "")
        second = [""] * len(heads) + [rest or "番号"]
        files["merged.xlsx"] = _book([["一覧"], heads + [word], second] + rows,
                                     tuple(f"{chr(65 + i)}2:{chr(65 + i)}3" for i in range(len(heads))))
        files["slide.pptx"] = _pptx(top, rows)
    return files


def _pptx(top: list[str], rows: list[list[str]]) -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "一覧"
    shape = slide.shapes.add_table(len(rows) + 1, len(top), Inches(0.5), Inches(1.5), Inches(9), Inches(3))
    for r, row in enumerate([top] + rows):
        for c, value in enumerate(row):
            shape.table.cell(r, c).text = value
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def forms(heads: list[str], label: str, rows: list[list[str]]) -> dict[str, bytes]:
    """Each record a form: key-value lines, the label left of its value (one or two
    cells), the label above its value, keys of JSON, XML and YAML, a sentence."""
    fields = [list(zip(heads + [label], row)) for row in rows]
    kv = "\n\n".join("\n".join(f"{h}：{x}" for h, x in f) for f in fields)
    xml = "<records>" + "".join("<record>" + "".join(
        f"<{_key(h)}>{escape(x)}</{_key(h)}>" for h, x in f) + "</record>" for f in fields) + "</records>"
    yaml = "\n".join("- " + "\n  ".join(f"{_key(h)}: {x}" for h, x in f) for f in fields)
    named = [row[0] if len(heads) > 1 else "申請者" for row in rows]
    return {
        "kv.txt": kv.encode(), "mail.eml": w.make_eml("確認", "a@example.jp", "b@example.jp", kv),
        "kv.docx": _docx(kv.split("\n")), "kv.odt": odf_bytes("text", kv.split("\n")),
        "left.xlsx": w.xlsx_bytes({"S": [[h, x] for f in fields for h, x in f + [("", "")]]}),
        "left2.xlsx": w.xlsx_bytes({"S": [[h, "", x] for f in fields for h, x in f + [("", "")]]}),
        "above.xlsx": w.xlsx_bytes({"S": [r for f in fields for r in ([h for h, _ in f], [x for _, x in f], [])]}),
        "above.pdf": _pdf([line for f in fields for h, x in f for line in (h, x)]),
        "obj.json": json.dumps([dict(f) for f in fields], ensure_ascii=False, indent=1).encode(),
        "rec.xml": f'<?xml version="1.0" encoding="UTF-8"?>{xml}'.encode(), "rec.yaml": yaml.encode(),
        "prose.txt": "\n".join(f"{n}さんの{label}は{row[-1]}です。" for n, row in zip(named, rows)).encode(),
        "paren.txt": "\n".join(f"{n}さんの{label}（{row[-1]}）を確認しました。" for n, row in zip(named, rows)).encode(),
    }


def _pdf_form(fields: list[tuple[str, str]]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "form.pdf"
        w.write_pdf_form(path, fields)
        return path.read_bytes()


def layouts(heads: list[str], label: str, rows: list[list[str]]) -> dict[str, bytes]:
    """A form's labels and values in two columns of a PDF, two label-value pairs to a
    row (氏名 | … | 旅券番号 | …), and a sheet with one record to a column (labels
    down the left, people across)."""
    fields = [list(zip(heads + [label], row)) for row in rows]
    pairs = [[x for pair in f[i:i + 2] for x in pair] for f in fields for i in range(0, len(f), 2)]
    pairs = [row + [""] * (4 - len(row)) for row in pairs]
    across = [[h] + [row[i] for row in rows] for i, h in enumerate(heads + [label])]
    html = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in across) + "</table>"
    return {"form.pdf": _pdf_form([pair for f in fields for pair in f]),
            "pairs.xlsx": w.xlsx_bytes({"S": pairs}), "pairs.docx": _docx(["記録"], pairs),
            "across.xlsx": w.xlsx_bytes({"S": across}), "across.html": html.encode()}


def headerless(rows: list[list[str]]) -> dict[str, bytes]:
    """A host's export with no header line: only its other fields say what the record is."""
    return {"nohdr.csv": "\n".join(",".join(r) for r in rows).encode("cp932"),
            "nohdr.tsv": "\n".join("\t".join(r) for r in rows).encode()}


def checklist(document: str, rows: list[list[str]]) -> dict[str, bytes]:
    """A copy-of-ID checklist: the document's kind in a cell or a clause of its own,
    its number under a generic label (書類番号, 番号) or in brackets after it."""
    named = [row[0] for row in rows]
    table = [["氏名", "確認書類", "書類番号", "確認日"]] + [[n, document, r[-1], "2026/11/02"] for n, r in zip(named, rows)]
    return {"check.xlsx": w.xlsx_bytes({"S": [["本人確認記録"]] + table}),
            "check.html": ("<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in table)
                           + "</table>").encode(),
            "check.txt": "\n".join(f"{n}　確認書類：{document}　番号：{r[-1]}" for n, r in zip(named, rows)).encode(),
            "visa.txt": "\n".join(f"申請人{n}は、{document}（番号 {r[-1]}、有効期限 2031年5月1日）を提示した。"
                                  for n, r in zip(named, rows)).encode()}
