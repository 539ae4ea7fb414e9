"""Every extractor on a real file made here, with the locations it reports."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from samples import writers as w
from scanner.extract.budget import Budget

pytestmark = pytest.mark.slow

MN1, MN2, MN3 = "176749365367", "861564985029", "942849815402"


CONTACT_AND_NUMBERS = ("MY_NUMBER", "PHONE", "EMAIL", "POSTAL_CODE")


def found(record, types=CONTACT_AND_NUMBERS):
    """{(uri, location, entity_type)} over the record tree, for the given types
    (these tests are about extraction and locations, not every detector)."""
    return {(o.uri, f.location, f.entity_type) for o in record.walk() for f in o.findings if f.entity_type in types}


def statuses(record):
    return {o.uri: o.status for o in record.walk()}


def test_xlsx_every_sheet_with_cell_locations_dates_and_headers(scanner, tmp_path):
    path = tmp_path / "名簿.xlsx"
    w.write_xlsx(path, {
        "社員": [["氏名", "生年月日", "個人番号", "注文番号"], ["山田 太郎", dt.date(1980, 4, 1), MN1, MN2]],
        "退職者": [["氏名", "個人番号"], ["佐藤 花子", MN3]],
    }, hidden=("退職者",))
    record = scanner.scan_bytes("名簿.xlsx", path.read_bytes())
    assert record.status == "ok" and record.format == "xlsx"
    assert found(record) == {("名簿.xlsx", "社員!C2", "MY_NUMBER"), ("名簿.xlsx", "退職者!B2", "MY_NUMBER")}


def test_xlsx_date_cells_become_iso_dates():
    from scanner.extract.table import cell_text

    assert cell_text(dt.datetime(1980, 4, 1)) == "1980-04-01"
    assert cell_text(45000.0) == "45000"


def test_xlsx_encrypted_and_corrupt(scanner, tmp_path):
    plain = tmp_path / "p.xlsx"
    w.write_xlsx(plain, {"S": [["個人番号"], [MN1]]})
    w.encrypt_office(plain, tmp_path / "e.xlsx", "pw")
    assert scanner.scan_bytes("e.xlsx", (tmp_path / "e.xlsx").read_bytes()).status == "encrypted"
    broken = scanner.scan_bytes("b.xlsx", plain.read_bytes()[:300])
    assert broken.status == "unreadable" and "corrupt" in broken.error


def test_xls_with_dates(scanner, tmp_path):
    path = tmp_path / "a.xls"
    w.write_xls(path, {"一覧": [["氏名", "生年月日", "電話番号"], ["山田", dt.date(1980, 4, 1), "090-1234-5678"]]})
    record = scanner.scan_bytes("a.xls", path.read_bytes())
    assert found(record) == {("a.xls", "一覧!C2", "PHONE")}


def test_docx_paragraphs_tables_headers_footers(scanner, tmp_path):
    path = tmp_path / "a.docx"
    w.write_docx(path, ["申告者", f"個人番号 {MN1}"], table=[["氏名", "個人番号"], ["山田", MN2]],
                 header="連絡先 03-1234-5678", footer="taro@example.jp")
    record = scanner.scan_bytes("a.docx", path.read_bytes())
    assert found(record) == {
        ("a.docx", "p2", "MY_NUMBER"), ("a.docx", "table1!B2", "MY_NUMBER"),
        ("a.docx", "header1!p1", "PHONE"), ("a.docx", "footer1!p1", "EMAIL"),
    }


def test_docx_content_controls_are_read(tmp_path):
    """Form fields (w:sdt content controls) hold the values of many Word forms."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from scanner.extract.docx import extract_docx

    document = docx.Document()
    document.add_paragraph("申込書")
    document.element.body.insert(1, parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>個人番号 {MN1}</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"))
    document.save(tmp_path / "form.docx")
    units = extract_docx((tmp_path / "form.docx").read_bytes(), Budget()).units
    assert f"個人番号 {MN1}" in units[0].text


def _docx_with_body_xml(path: Path, *elements: str) -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for element in elements:
        document.element.body.insert(len(document.element.body) - 1, parse_xml(element))
    document.save(path)
    return path.read_bytes()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def test_docx_paragraph_text_nested_in_form_fields_insertions_and_smart_tags(tmp_path):
    from scanner.extract.docx import extract_docx

    data = _docx_with_body_xml(
        tmp_path / "a.docx",
        f'<w:p {W}><w:pPr><w:tabs><w:tab w:val="left" w:pos="2000"/></w:tabs></w:pPr>'
        '<w:r><w:t>氏名</w:t><w:tab/></w:r><w:sdt><w:sdtContent><w:r><w:t>山田 太郎</w:t></w:r>'
        '</w:sdtContent></w:sdt></w:p>',
        f'<w:p {W}><w:r><w:t>個人番号 </w:t></w:r><w:ins w:id="1" w:author="a" w:date="2026-01-01T00:00:00Z">'
        f'<w:r><w:t>{MN1}</w:t></w:r></w:ins><w:del w:id="2" w:author="a" w:date="2026-01-01T00:00:00Z">'
        f'<w:r><w:delText>{MN2}</w:delText></w:r></w:del></w:p>',
        f'<w:p {W}><w:smartTag w:uri="urn:x" w:element="phone"><w:r><w:t>03-1234-5678</w:t></w:r></w:smartTag>'
        '<w:r><w:br w:type="page"/><w:t>次頁</w:t><w:br/><w:t>末行</w:t></w:r></w:p>')
    texts = [line for unit in extract_docx(data, Budget()).units for line in unit.text.split("\n")]
    assert f"個人番号 {MN1}" in texts and "氏名\t山田 太郎" in texts  # the tab stop itself is no text
    assert "03-1234-5678次頁 末行" in texts  # a page break is no text, a line break a space
    assert not any(MN2 in line for line in texts)  # deleted text is not the document's


def test_docx_text_boxes_read_once_each_as_their_own_block(tmp_path):
    from scanner.extract.docx import extract_docx

    box = f"<w:txbxContent><w:p><w:r><w:t>個人番号 {MN1}</w:t></w:r></w:p></w:txbxContent>"
    data = _docx_with_body_xml(
        tmp_path / "a.docx",
        f'<w:p {W} {MC} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:t>申込書</w:t></w:r><w:r><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r></w:p>')
    units = extract_docx(data, Budget()).units
    assert [(unit.location, unit.text) for unit in units] == [("p1", "申込書"), ("textbox1!p1", f"個人番号 {MN1}")]


def test_docx_nested_tables_read_once_inside_their_cell(tmp_path):
    import docx

    from scanner.extract.docx import extract_docx

    document = docx.Document()
    outer = document.add_table(rows=2, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "氏名", "連絡先"
    outer.cell(1, 0).text = "山田 太郎"
    inner = outer.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "電話 03-1234-5678"
    inner.cell(0, 1).add_table(rows=1, cols=1).cell(0, 0).text = f"個人番号 {MN1}"
    document.save(tmp_path / "nested.docx")
    text = "\n".join(unit.text for unit in extract_docx((tmp_path / "nested.docx").read_bytes(), Budget()).units)
    assert text.count(MN1) == 1 and text.count("03-1234-5678") == 1


def test_pptx_tables_and_notes(scanner, tmp_path):
    path = tmp_path / "a.pptx"
    w.write_pptx(path, "担当", [["氏名", "電話"], ["山田", "03-1234-5678"]], notes="携帯 090-1234-5678")
    record = scanner.scan_bytes("a.pptx", path.read_bytes())
    locations = {loc for _, loc, _ in found(record)}
    assert any(loc.startswith("slide1!") and loc.endswith("B2") for loc in locations)
    assert "slide1!notes:L1" in locations


def _deck_with_a_group_and_a_moved_slide(path: Path) -> None:
    """Three slides, the second holding a group shape, then the first moved last."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    for number in (1, 2, 3):
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(1))
        box.text_frame.text = f"第{number}版 連絡先 03-1234-56{number:02d}"
        if number == 2:
            group = slide.shapes.add_group_shape()
            group.shapes.add_textbox(Inches(1), Inches(3), Inches(6), Inches(1)).text_frame.text = "携帯 090-1234-5678"
    order = deck.slides._sldIdLst
    order.append(order[0])  # the first slide made becomes the third shown
    deck.save(path)


def test_pptx_slides_in_shown_order_groups_read(scanner, tmp_path):
    from scanner.extract.pptx import extract_pptx

    _deck_with_a_group_and_a_moved_slide(tmp_path / "deck.pptx")
    units = extract_pptx((tmp_path / "deck.pptx").read_bytes(), Budget()).units
    assert [(u.location.partition("!")[0], u.text[:3]) for u in units] == [
        ("slide1", "第2版"), ("slide1", "携帯 "), ("slide2", "第3版"), ("slide3", "第1版")]


def test_pptx_broken_slide_part_is_a_clear_error(scanner, tmp_path):
    import zipfile

    w.write_pptx(tmp_path / "a.pptx", "担当", [["氏名", "電話"], ["山田", "03-1234-5678"]])
    broken = tmp_path / "broken.pptx"
    with zipfile.ZipFile(tmp_path / "a.pptx") as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, b"<p:sld" if item.filename == "ppt/slides/slide1.xml" else data)
    record = scanner.scan_bytes("broken.pptx", broken.read_bytes())
    assert record.status == "unreadable" and "ppt/slides/slide1.xml" in record.error


def test_pdf_pages_no_text_layer_and_encrypted(scanner, tmp_path):
    w.write_pdf(tmp_path / "a.pdf", [["表紙"], ["氏名 山田太郎", f"個人番号 {MN1}"]])
    record = scanner.scan_bytes("a.pdf", (tmp_path / "a.pdf").read_bytes())
    ((uri, location, entity),) = found(record)
    assert (uri, entity) == ("a.pdf", "MY_NUMBER") and location.startswith("page2:L")
    w.write_image_only_pdf(tmp_path / "scan.pdf")
    assert scanner.scan_bytes("scan.pdf", (tmp_path / "scan.pdf").read_bytes()).status == "no_text_layer"
    w.write_pdf(tmp_path / "locked.pdf", [[f"個人番号 {MN1}"]], password="secret")
    assert scanner.scan_bytes("locked.pdf", (tmp_path / "locked.pdf").read_bytes()).status == "encrypted"


def test_pdf_form_read_row_by_row_keeps_each_label_with_its_value(scanner, tmp_path):
    # Layout analysis by position: a label and the value beside it stay together
    # (pdfminer's default box grouping reads the whole label column first).
    w.write_pdf_form(tmp_path / "form.pdf", [("氏名", "山田 太郎"), ("注文番号", MN2), ("個人番号", MN1),
                                             ("電話", "03-1234-5678")])
    record = scanner.scan_bytes("form.pdf", (tmp_path / "form.pdf").read_bytes())
    assert [(f.entity_type, f.masked) for f in record.findings if f.entity_type in CONTACT_AND_NUMBERS] == [
        ("MY_NUMBER", "1767******67"), ("PHONE", "03-1***-**78")]


@pytest.mark.parametrize("name, data", [
    ("a.csv", f"氏名,個人番号,注文番号\n山田,{MN1},{MN2}\n".encode("cp932")),
    ("a.tsv", f"氏名\t個人番号\n山田\t{MN1}\n".encode("euc_jp")),
])
def test_delimited_tables_use_the_header(scanner, name, data):
    assert found(scanner.scan_bytes(name, data)) == {(name, "B2", "MY_NUMBER")}


def test_html_text_only(scanner):
    html = "<html><script>var x='090-1234-5678'</script><p>電話 03-1234-5678</p></html>"
    record = scanner.scan_bytes("a.html", html.encode("utf-8"))
    assert [f.masked for f in record.findings] == ["03-1***-**78"]


def test_eml_headers_body_charset_attachments_and_attached_message(scanner):
    inner = w.make_eml("fw", "a@example.jp", "b@example.jp", f"個人番号 {MN3}")
    raw = w.make_eml("件名", "山田 <taro@example.jp>", "hr@example.co.jp", f"個人番号 {MN1}",
                     charset="iso-2022-jp", attachments=[("名簿.csv", f"個人番号\n{MN2}\n".encode("cp932"))],
                     attached_message=message_from_bytes(inner, policy=policy.default))
    record = scanner.scan_bytes("m.eml", raw)
    got = found(record)
    assert ("m.eml", "body:L1", "MY_NUMBER") in got
    assert ("m.eml", "header:L1", "EMAIL") in got
    assert ("m.eml!名簿.csv", "A2", "MY_NUMBER") in got
    attached = [o for o in record.walk() if o.uri.endswith(".eml") and o.uri != "m.eml"]
    assert len(attached) == 1 and ("body:L1", "MY_NUMBER") in {(f.location, f.entity_type) for f in attached[0].findings}
    # the attached message's text is not also counted in the outer message
    assert sum(1 for _, loc, t in got if t == "MY_NUMBER") == 3


def test_msg_body_and_attachments(scanner, tmp_path):
    path = tmp_path / "a.msg"
    w.write_msg(path, "件名", f"個人番号 {MN1}", "山田 <taro@example.jp>", "hr@example.co.jp",
                attachments=[("家族.csv", f"個人番号\n{MN2}\n".encode())])
    record = scanner.scan_bytes("a.msg", path.read_bytes())
    got = found(record)
    assert ("a.msg", "body:L1", "MY_NUMBER") in got and ("a.msg!家族.csv", "A2", "MY_NUMBER") in got
    assert scanner.scan_bytes("bad.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)).status == "unreadable"


def test_mbox_messages_by_index(scanner):
    mails = [w.make_eml(f"s{i}", "a@example.jp", "b@example.jp", f"From me\n個人番号 {mn}")
             for i, mn in enumerate([MN1, MN2])]
    record = scanner.scan_bytes("box.mbox", w.mbox_bytes(mails))
    assert {(u, t) for u, _, t in found(record) if t == "MY_NUMBER"} == {("box.mbox!0", "MY_NUMBER"),
                                                                        ("box.mbox!1", "MY_NUMBER")}


def test_zip_cp932_names_nesting_and_limits(scanner):
    from scanner.extract import Limits
    from scanner.objects import ObjectScanner

    inner = w.zip_bytes({"深い.txt": f"個人番号 {MN2}".encode()})
    outer = w.zip_bytes({"名簿/社員.csv": f"個人番号\n{MN1}\n".encode("cp932"), "in.zip": inner}, cp932_names=True)
    got = found(scanner.scan_bytes("a.zip", outer))
    assert got == {("a.zip!名簿/社員.csv", "A2", "MY_NUMBER"), ("a.zip!in.zip!深い.txt", "L1", "MY_NUMBER")}
    shallow = ObjectScanner(scanner.detector, Limits(max_depth=1))
    assert statuses(shallow.scan_bytes("a.zip", outer))["a.zip!in.zip!深い.txt"] == "skipped"


def test_zip_encrypted_member_and_bomb(scanner):
    secret = w.encrypted_zip_bytes({"給与.csv": MN1.encode()}, b"pw")
    assert statuses(scanner.scan_bytes("s.zip", secret))["s.zip!給与.csv"] == "encrypted"
    bomb = w.zip_bytes({"zeros.txt": b"0" * 5_000_000})
    record = scanner.scan_bytes("bomb.zip", bomb)
    assert statuses(record)["bomb.zip!zeros.txt"] == "too_large"
    assert record.children[0].reason == "bomb" and "1025:1" in record.children[0].error


def test_binaries_nobody_reads_are_skipped_and_broken_images_unreadable(scanner):
    record = scanner.scan_bytes("setup.exe", b"MZ\x90\x00" + bytes(60) + b"PE\x00\x00" + bytes(100))
    assert record.status == "skipped" and "Windows executable" in record.error
    record = scanner.scan_bytes("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(100))
    assert record.status == "unreadable" and "corrupt image" in record.error
