"""Word/PowerPoint 97-2003, RTF and OpenDocument read with Japanese text intact
(fixtures made by LibreOffice from generated files: samples/legacy.py)."""

from __future__ import annotations

import pytest

from samples.legacy import LEGACY_DIR, LEGACY_PEOPLE
from scanner.extract.base import EncryptedObject, ExtractionError
from scanner.extract.budget import Budget
from scanner.extract.legacy_office import extract_doc, extract_ppt
from scanner.extract.odf import extract_odf
from scanner.extract.rtf import extract_rtf, rtf_text

HEAD, CHILD = LEGACY_PEOPLE[0], LEGACY_PEOPLE[1]
CONTACTS = LEGACY_PEOPLE[2:5]


def texts(extraction) -> dict[str, str]:
    return {unit.location: unit.text for unit in extraction.units}


def cell_of(extraction, value: str) -> str:
    table = next(u for u in extraction.units if u.spans and value in u.text)
    return next(s.location for s in table.spans if table.text[s.start:s.end] == value)


def everything(extraction) -> str:
    return "\n".join(unit.text for unit in extraction.units)


def _word_form_is_complete(text: str) -> None:
    for value in (HEAD.name, HEAD.my_number_spaced, HEAD.address, HEAD.mobile, CHILD.name, CHILD.my_number,
                  "総務部 保管", HEAD.email):  # body, table, header, footer
        assert value in text, value


def test_word_97_body_table_header_and_footer():
    extraction = extract_doc((LEGACY_DIR / "扶養控除申告書_旧.doc").read_bytes())
    assert extraction.format == "doc"
    _word_form_is_complete(everything(extraction))
    assert cell_of(extraction, CHILD.my_number) == "table1!C2"  # labelled by its header, like docx


def test_powerpoint_97_slides_tables_and_notes():
    extraction = extract_ppt((LEGACY_DIR / "緊急連絡先_旧.ppt").read_bytes())
    slides = texts(extraction)
    assert set(slides) == {"slide1:", "slide1!notes:"}
    for person in CONTACTS:
        assert person.name in slides["slide1:"] and person.mobile in slides["slide1:"]
    assert LEGACY_PEOPLE[5].my_number in slides["slide1!notes:"]
    assert "Click to edit" not in everything(extraction)  # masters are not content


def test_rtf_from_word_processors_and_shift_jis_escapes():
    from_word = extract_rtf((LEGACY_DIR / "扶養控除申告書_RTF.rtf").read_bytes())
    _word_form_is_complete(everything(from_word))
    assert cell_of(from_word, CHILD.my_number) == "table1!C2"
    body = "氏名 山田太郎 電話 03-1234-5678".encode("cp932")
    escaped = "".join(chr(b) if b < 128 else f"\\'{b:02x}" for b in body)  # 山 is \'8eR: a letter as trail byte
    rtf = ("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}{\\f1 Arial;}}"
           "{\\header\\f0 " + "".join(f"\\'{b:02x}" for b in "総務部".encode("cp932")) + "\\par}"
           "{\\*\\generator Word;}\\f0 " + escaped + "\\par{\\field{\\*\\fldinst HYPERLINK x}{\\fldrslt\\f1 link}}"
           "\\u23665\\'3f\\uc2\\u30000??\\par}")
    assert rtf_text(rtf.encode("latin-1")) == "総務部\n氏名 山田太郎 電話 03-1234-5678\nlink山田\n"


def test_rtf_character_past_the_basic_plane_comes_as_a_surrogate_pair():
    # Word writes 𠮷 (U+20BB7) as \\u-10174?\\u-8265?; a lone half becomes U+FFFD, never a
    # surrogate that UTF-8 cannot store
    rtf = "{\\rtf1\\ansi\\ansicpg932 \\u-10174?\\u-8265?\\u30000? \\u-10174?x\\par}"
    text = rtf_text(rtf.encode("ascii"))
    assert text == "𠮷田 \ufffdx\n"
    text.encode("utf-8")


def test_opendocument_text_with_tables_and_headers():
    extraction = extract_odf((LEGACY_DIR / "扶養控除申告書_ODF.odt").read_bytes(), Budget())
    assert extraction.format == "odt"
    _word_form_is_complete(everything(extraction))
    assert cell_of(extraction, CHILD.my_number) == "Table1!C2"


def test_opendocument_spreadsheet_cells_and_presentation_notes():
    sheet = extract_odf((LEGACY_DIR / "職員名簿_ODF.ods").read_bytes(), Budget())
    assert sheet.format == "ods"
    unit = sheet.units[0]
    located = {unit.text[s.start:s.end]: s.location for s in unit.spans}
    assert located[HEAD.my_number] == "職員!C2" and located[LEGACY_PEOPLE[2].phone] == "職員!B4"
    slides = texts(extract_odf((LEGACY_DIR / "緊急連絡先_ODF.odp").read_bytes(), Budget()))
    assert LEGACY_PEOPLE[5].my_number in slides["slide1!notes:"]
    assert "Click to edit" not in "".join(slides.values())


@pytest.mark.parametrize("reader, name", [(extract_doc, "a.doc"), (extract_ppt, "a.ppt"),
                                          (lambda data: extract_odf(data, Budget()), "a.odt")])
def test_corrupt_legacy_and_odf_files_say_so(reader, name):
    with pytest.raises(ExtractionError) as caught:
        reader(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600) if name != "a.odt" else b"PK\x03\x04broken")
    assert "corrupt" in str(caught.value) and not isinstance(caught.value, EncryptedObject)


def test_encrypted_opendocument_is_encrypted():
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("META-INF/manifest.xml",
                         '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                         '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
                         '</manifest:file-entry></manifest:manifest>')
        package.writestr("content.xml", b"\x00encrypted")
    with pytest.raises(EncryptedObject):
        extract_odf(out.getvalue(), Budget())


def test_word_97_with_its_encryption_flag_is_encrypted():
    data = bytearray((LEGACY_DIR / "扶養控除申告書_旧.doc").read_bytes())
    start = bytes(data).find(b"\xec\xa5")  # the FIB's wIdent, at the start of the WordDocument stream
    data[start + 0x0B] |= 0x01  # fEncrypted: bit 8 of the flags word at 0x0A
    with pytest.raises(EncryptedObject):
        extract_doc(bytes(data))
