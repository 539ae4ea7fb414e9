"""A generated share for the scale benchmarks (issue 14): N files in mixed formats
(txt, csv, xlsx, docx, pdf, eml, zip) holding synthetic people, a hundred files a
folder, deterministic for a seed.

    .venv/bin/python benchmarks/share_generator.py OUT --files 30000
    .venv/bin/python benchmarks/share_generator.py OUT --files 300000 --small

--small writes one person a file (the 300,000-file share: the walk and the
inventory are measured, not the extractors). `change(root, files, fraction)` rewrites
that fraction of the files, spread over the share (the rescan after 1% changed).
Office files are written from one template each with their XML part replaced
(openpyxl or python-docx for every file would take longer than the scans).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from samples.synth import Person, make_person  # noqa: E402
from samples.writers import make_eml, xlsx_bytes, zip_bytes  # noqa: E402

FORMATS = ("txt", "csv", "xlsx", "docx", "pdf", "eml", "zip", "txt", "csv", "eml")  # in turn: 20% txt, csv, eml
HEADER = ["氏名", "フリガナ", "電話", "メール", "個人番号"]
SHEET = "xl/worksheets/sheet1.xml"
DOCUMENT = "word/document.xml"


def _row(person: Person) -> list[str]:
    return [person.name, person.kana, person.mobile, person.email, person.my_number]


def _lines(people: list[Person]) -> list[str]:
    return [f"担当 {p.name} ({p.kana}) 電話 {p.phone} 携帯 {p.mobile} 個人番号 {p.my_number_spaced}" for p in people]


def _replaced(template: bytes, part: str, xml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, xml.encode() if info.filename == part else source.read(info))
    return out.getvalue()


class Writers:
    """One writer per format, from templates built once."""

    def __init__(self) -> None:
        self.xlsx_template = xlsx_bytes({"名簿": [HEADER]})
        self.docx_template = self._docx_template()

    @staticmethod
    def _docx_template() -> bytes:
        import docx

        out = io.BytesIO()
        docx.Document().save(out)
        return out.getvalue()

    def text(self, people: list[Person]) -> bytes:
        return ("議事録\n出席者と連絡先\n" + "\n".join(_lines(people)) + "\n").encode("utf-8")

    def csv(self, people: list[Person]) -> bytes:
        return "\n".join(",".join(row) for row in [HEADER] + [_row(p) for p in people]).encode("utf-8") + b"\n"

    def xlsx(self, people: list[Person]) -> bytes:
        cells = lambda r, row: "".join(  # noqa: E731
            f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>' for c, v in enumerate(row))
        rows = "".join(f'<row r="{r}">{cells(r, row)}</row>'
                       for r, row in enumerate([HEADER] + [_row(p) for p in people], start=1))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns='
               f'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>')
        return _replaced(self.xlsx_template, SHEET, xml)

    def docx(self, people: list[Person]) -> bytes:
        paragraphs = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in ["連絡先一覧", *_lines(people)])
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w='
               f'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{paragraphs}</w:body></w:document>')
        return _replaced(self.docx_template, DOCUMENT, xml)

    def pdf(self, people: list[Person]) -> bytes:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
        out = io.BytesIO()
        pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
        pdf.setFont("HeiseiKakuGo-W5", 10)
        for i, line in enumerate(["連絡先一覧", *_lines(people)]):
            pdf.drawString(40, 800 - 16 * i, line)
        pdf.showPage()
        pdf.save()
        return out.getvalue()

    def eml(self, people: list[Person]) -> bytes:
        first = people[0]
        return make_eml("連絡先の件", f"{first.name} <{first.email}>", "soumu@example.co.jp",
                        "お疲れさまです。\n" + "\n".join(_lines(people)) + "\n")

    def zip(self, people: list[Person]) -> bytes:
        half = max(1, len(people) // 2)
        return zip_bytes({"名簿/一覧.csv": self.csv(people[:half]), "名簿/メモ.txt": self.text(people[half:] or people)})


def path_of(root: Path, index: int) -> Path:
    return root / f"部署{index // 10_000:02d}" / f"{(index // 100) % 100:02d}" / f"{index:06d}.{FORMATS[index % 10]}"


def write_file(root: Path, index: int, writers: Writers, small: bool, seed: int) -> Path:
    rng = random.Random(seed * 1_000_003 + index)
    people = [make_person(rng, index * 10 + k) for k in range(1 if small else rng.randint(3, 8))]
    kind = FORMATS[index % 10]
    write: Callable[[list[Person]], bytes] = getattr(writers, "text" if kind == "txt" else kind)
    path = path_of(root, index)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(write(people))
    return path


def generate(root: Path, files: int, small: bool = False, seed: int = 14) -> None:
    writers = Writers()
    for index in range(files):
        write_file(root, index, writers, small, seed)


def change(root: Path, files: int, fraction: float = 0.01, small: bool = False, seed: int = 14) -> int:
    """Rewrite `fraction` of the files, evenly spread, with other people (new size and
    mtime); returns how many."""
    writers, step = Writers(), max(1, round(1 / fraction))
    changed = 0
    for index in range(step // 2, files, step):
        path = write_file(root, index, writers, small, seed + 1)
        stat = path.stat()
        os.utime(path, (stat.st_atime, stat.st_mtime + 1))
        changed += 1
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=30_000)
    parser.add_argument("--small", action="store_true", help="one person a file (the 300,000-file share)")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    generate(args.out, args.files, args.small, args.seed)
    print(f"{args.files} files under {args.out}")


if __name__ == "__main__":
    main()
