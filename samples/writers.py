"""Writers of real office, mail and archive files for the sample share and tests."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path


def write_xlsx(path: Path, sheets: dict[str, list[list]], hidden: tuple[str, ...] = ()) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(xlsx_bytes(sheets, hidden))


def xlsx_bytes(sheets: dict[str, list[list]], hidden: tuple[str, ...] = ()) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
        if title in hidden:
            sheet.sheet_state = "hidden"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def write_xls(path: Path, sheets: dict[str, list[list]]) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for title, rows in sheets.items():
        sheet = book.add_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if hasattr(value, "isoformat"):
                    sheet.write(r, c, value, date_style)
                else:
                    sheet.write(r, c, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(str(path))


def write_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None,
               header: str = "", footer: str = "") -> None:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)


def write_pptx(path: Path, title: str, table: list[list[str]], notes: str = "") -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.title.text = title
    shape = slide.shapes.add_table(len(table), len(table[0]), Inches(0.5), Inches(1.5), Inches(9), Inches(3))
    for r, row in enumerate(table):
        for c, value in enumerate(row):
            shape.table.cell(r, c).text = value
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    path.parent.mkdir(parents=True, exist_ok=True)
    presentation.save(path)


def write_pdf(path: Path, pages: list[list[str]], password: str | None = None) -> None:
    """A PDF with a real Japanese text layer (CID font, no font file needed)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=password, invariant=1)
    for lines in pages:
        pdf.setFont("HeiseiKakuGo-W5", 11)
        for i, line in enumerate(lines):
            pdf.drawString(60, 780 - 20 * i, line)
        pdf.showPage()
    pdf.save()


def write_pdf_form(path: Path, fields: list[tuple[str, str]]) -> None:
    """One page of a filled-in form: labels in a left column, values in a right one
    (each its own text box for pdfminer, as in PDFs printed from forms)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("HeiseiKakuGo-W5", 11)
    for i, (label, value) in enumerate(fields):
        pdf.drawString(60, 780 - 20 * i, label)
        pdf.drawString(300, 780 - 20 * i, value)
    pdf.showPage()
    pdf.save()


def write_pdf_table(path: Path, rows: list[tuple[str, str]], value_width: int) -> None:
    """One page of a form drawn as a grid table: labels in a left column, values in a right
    column value_width points wide whose cells wrap their text, as a word processor wraps a
    number too long for its cell (pdfminer reads the wrapped lines as lines of one box)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    path.parent.mkdir(parents=True, exist_ok=True)
    style = ParagraphStyle("cell", fontName="HeiseiKakuGo-W5", fontSize=10, leading=12)
    table = Table([[Paragraph(label, style), Paragraph(value, style)] for label, value in rows], colWidths=[90, value_width])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([table])


def write_image_only_pdf(path: Path) -> None:
    """A 'scanned' page: shapes only, no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for y in range(100, 700, 30):
        pdf.rect(60, y, 400, 12, fill=1)
    pdf.showPage()
    pdf.save()


def make_eml(subject: str, sender: str, to: str, body: str, charset: str = "utf-8",
             attachments: list[tuple[str, bytes]] = (), attached_message: EmailMessage | None = None) -> bytes:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = to
    message["Date"] = "Fri, 16 Oct 2026 09:00:00 +0900"
    message.set_content(body, charset=charset)
    for name, data in attachments:
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    if attached_message is not None:
        message.add_attachment(attached_message)
    return message.as_bytes(policy=SMTP)


def _email_foss():
    """aspose-email-foss's package. Aspose.Email via .NET (samples/pst.py) installs an
    `aspose/__init__.py` with an empty __path__ over the shared namespace: the folder
    is put back on it so that both import."""
    import os

    import aspose

    folder = os.path.dirname(aspose.__file__ or "")
    if folder and folder not in aspose.__path__:
        aspose.__path__.append(folder)
    from aspose import email_foss
    return email_foss


def write_msg(path: Path, subject: str, body: str, sender: str, to: str,
              attachments: list[tuple[str, bytes]] = ()) -> None:
    msg = _email_foss().msg

    message = msg.MapiMessage.create(subject, body)
    message.set_property(msg.PropertyId.SENDER_NAME, sender.split("<")[0].strip())
    message.set_property(msg.PropertyId.SENDER_EMAIL_ADDRESS, sender.split("<")[-1].rstrip(">"))
    message.add_recipient(to)
    for name, data in attachments:
        message.add_attachment(name, data, mime_type="application/octet-stream")
    path.parent.mkdir(parents=True, exist_ok=True)
    message.save(str(path))


def mbox_bytes(messages: list[bytes]) -> bytes:
    out = io.BytesIO()
    for raw in messages:
        out.write(b"From sender@example.jp Fri Oct 16 09:00:00 2026\n")
        body = raw.replace(b"\r\n", b"\n")
        out.write(b"\n".join(b">" + line if line.startswith(b"From ") else line
                             for line in body.split(b"\n")))
        out.write(b"\n\n")
    return out.getvalue()


class _Cp932ZipInfo(zipfile.ZipInfo):
    """Names stored as CP932 bytes without the UTF-8 flag, as old Japanese
    Windows tools write them (zipfile itself would write UTF-8 with the flag)."""

    def _encodeFilenameFlags(self):  # noqa: N802 - zipfile's own hook
        return self.filename.encode("cp932"), self.flag_bits & ~0x800


def zip_bytes(members: dict[str, bytes], cp932_names: bool = False) -> bytes:
    out = io.BytesIO()
    info_class = _Cp932ZipInfo if cp932_names else zipfile.ZipInfo
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = info_class(name, date_time=(2019, 4, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue()


def encrypted_zip_bytes(members: dict[str, bytes], password: bytes) -> bytes:
    import pyzipper

    out = io.BytesIO()
    with pyzipper.AESZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED,
                             encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(password)
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def encrypt_office(source: Path, target: Path, password: str) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    with open(source, "rb") as plain, open(target, "wb") as secret:
        OOXMLFile(plain).encrypt(password, secret)
