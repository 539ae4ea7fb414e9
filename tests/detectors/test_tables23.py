"""Sheet-level readers (issue 12, tables23): column headers in the languages an office serving
foreign residents meets, read as the Japanese field label they stand for; a free-text column's
cells each of their own 要配慮 category, none taken for a header or a row label because it holds
a label word (〜の教会員, 宗教上の理由で〜, 本人申告：〜); a Latin name is no field word (MEI in
MEILING). Made-up people and values."""

import pytest

from detectors.export_headers import glossed
from detectors.fields import field_label_word, is_field_label
from detectors.header_words import field_label
from detectors.jp.sensitive.recognizer import SensitiveRecognizer
from samples import writers as w
from scanner.extract.table import table_layout


@pytest.mark.parametrize("header, label", [
    ("Ngày sinh", "生年月日"), ("NGAY SINH", "生年月日"), ("Ngày tháng năm sinh", "生年月日"),
    ("Ngay sinh (dd/mm/yyyy)", "生年月日"), ("出生日期", "生年月日"), ("생년월일", "生年月日"),
    ("Data de Nascimento", "生年月日"), ("Fecha de nacimiento:", "生年月日"), ("Tanggal lahir", "生年月日"),
    ("Petsa ng kapanganakan", "生年月日"), ("D.O.B.", "生年月日"),
    ("Họ và tên", "氏名"), ("Ho ten", "氏名"), ("이름", "氏名"), ("Nome completo", "氏名"),
    ("Địa chỉ", "住所"), ("Dia chi 2", "住所"), ("地址", "住所"), ("주소", "住所"), ("Endereço", "住所"),
    ("Dirección", "住所"), ("Alamat", "住所"),
    ("Số điện thoại", "電話"), ("电话号码", "電話"), ("전화번호", "電話"), ("Telefone", "電話"), ("Teléfono", "電話"),
    ("Quốc tịch", "国籍"), ("Nacionalidad", "国籍"),
    ("Ngày sinh / Date of birth", "生年月日"), ("주소・Address", "住所"),
])
def test_a_header_in_another_language_is_glossed_with_its_japanese_label(header, label):
    assert glossed(header).endswith(f" {label}")


@pytest.mark.parametrize("header", ["Name", "Ten", "Nome", "Score", "Ghi chu", "Bemerkung", "CHEN MEILING",
                                    "NGUYEN VAN SINH", "HUANG MEI"])
def test_a_word_of_no_field_and_a_name_are_not_glossed(header):
    assert glossed(header) == header


@pytest.mark.parametrize("header", ["CHEN MEILING", "Ngay sinh", "TRAN SINH"])
def test_an_abbreviation_is_read_only_beside_known_words(header):
    assert field_label(header) is None  # no 携帯電話 from chen, no 心身 from sinh
    assert field_label("KJN_NO") == "個人番号"


def test_a_latin_field_word_inside_a_longer_word_of_a_name_is_no_label():
    assert field_label_word("CHEN MEILING") is None and not is_field_label("LI MEIHUA")
    assert field_label_word("Date of Birth") == "birth" and field_label_word("Zipcode") == "zip"
    assert is_field_label("Birthday") and is_field_label("MEI")


@pytest.fixture(scope="module")
def recognizer():
    return SensitiveRecognizer()


def _told(recognizer, text):
    unread, position = [], 0
    for line in text.split("\n"):
        for cell in line.split("\t"):
            label, sep, _ = cell.partition(": ")
            if sep:
                unread.append((position, position + len(label) + 2))
            position += len(cell) + 1
    return sorted((text[p.start:p.end], p.category) for p in recognizer.phrases(text, unread))


def test_each_cell_of_a_free_text_column_has_its_own_category(recognizer):
    rows = [("RAFAEL SOUZA", "アイヌ民族の出自", "畑中"), ("DANG VAN KHOA", "カトリック教会の信徒会員", "佐伯"),
            ("LIM SORA", "自転車を盗まれ被害届を提出", "畑中"), ("NOVA REYES", "全国一般労働組合に加入", "佐伯")]
    text = "相談一覧\t\n来所者\t相談の中身\t受付\t\n" + "".join(
        f"来所者: {a}\t相談の中身: {b}\t受付: {c}\t\n" for a, b, c in rows)
    found = {phrase: category for phrase, category in _told(recognizer, text)}
    assert found.get("カトリック教会の信徒会員") == "宗教"
    assert all(category != "宗教" for phrase, category in found.items() if "カトリック" not in phrase), found
    assert all(category != "人種・民族" for phrase, category in found.items() if "アイヌ" not in phrase), found
    assert not any(phrase in ("佐伯", "畑中") for phrase in found), found


def _rows(*rows):
    return [(r, [(c, value) for c, value in enumerate(row) if value]) for r, row in enumerate(rows)]


def test_a_notes_column_whose_cells_hold_label_words_leaves_the_sheet_a_table():
    rows = _rows(["面談メモ"], ["学生", "メモ", "担当"], ["DANG VAN KHOA", "宗教上の理由で礼拝を優先", "佐伯"],
                 ["LIM SORA", "自己申告：教会の会員", "畑中"], ["NOVA REYES", "奨学金の相談", "佐伯"])
    assert table_layout(rows) == (1, False)


@pytest.mark.slow
def test_births_under_a_vietnamese_korean_or_portuguese_header(scanner):
    sheet = [["Danh sách hội viên"], ["Họ tên", "Ngày sinh", "Điện thoại"],
             ["DANG VAN KHOA", "1990/03/14", "090-1234-5678"], ["LIM SORA", "1987/11/02", "080-2345-6789"]]
    korean = [["회원 명부"], ["이름", "생년월일", "주소"], ["LIM SORA", "1987-11-02", "東京都新宿区西新宿二丁目8番1号"],
              ["PARK MINJI", "1993-05-27", "大阪府大阪市北区中之島一丁目3番20号"]]
    record = scanner.scan_bytes("membros.xlsx", w.xlsx_bytes({"VN": sheet, "KR": korean}))
    births = {f.text for o in record.walk() for f in o.findings if f.entity_type == "DATE_OF_BIRTH"}
    assert births == {"1990/03/14", "1987/11/02", "1987-11-02", "1993-05-27"}


def _phrases(recognizer, text):
    return sorted((text[p.start:p.end], p.category) for p in recognizer.phrases(text))


@pytest.mark.parametrize("text, phrase", [
    ("ご提出の問診票にあった中性脂肪 310mg/dL 要再検査について、トレーナーと共有します。", "中性脂肪 310mg/dL 要再検査"),
    ("空腹時血糖 141mg/dL 要精密検査についてはかかりつけ医にご相談ください。", "空腹時血糖 141mg/dL 要精密検査"),
])
def test_a_measured_result_spoken_of_is_found(recognizer, text, phrase):
    assert (phrase, "健康診断結果") in _phrases(recognizer, text)


@pytest.mark.parametrize("text", ["要精密検査についてのご案内を同封します。", "脂質異常症について学ぶ講座です。"])
def test_a_judgement_or_a_disease_as_a_topic_is_no_result(recognizer, text):
    assert _phrases(recognizer, text) == []
