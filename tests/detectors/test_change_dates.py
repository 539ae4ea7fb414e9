"""Dates of a change in a person's record are no births (issue 12, dates10): a date's
own label decides, the label before it on its line (without a colon too: a PDF's or a
paragraph's `label value`, 【label】, key=value, the second field of a line) or its
column's date label in a space-separated table's header line; a change said after the
date (…付けで異動, 就職のため扶養削除). The real GiNZA detector; synthetic values."""

import pytest

from samples import writers as w
from scanner.crawl import crawl

B = "昭和55年4月12日"
DATES = [
    # the label before the date on its line, without a colon
    (f"氏名 山田 花子\n生年月日 {B}\n変更年月日 令和5年4月1日", {"1980-04-12"}),
    (f"氏名　山田 花子\n生年月日　{B}\n記載事項変更日　令和5年4月1日", {"1980-04-12"}),
    (f"【生年月日】{B}\n【資格喪失日】平成15年4月1日", {"1980-04-12"}),
    (f"birthday={B}\nchange_date=2023-04-01\nupdated_on=2023-04-05", {"1980-04-12"}),
    (f"氏名：山田 花子　生年月日：{B}　効力発生日：令和5年4月1日", {"1980-04-12"}),
    (f"生年月日 {B}\n年月日 令和5年4月1日", {"1980-04-12"}),
    # the header line's date labels, in order, for a row's dates
    (f"氏名 生年月日 入社日 異動日\n山田 太郎 {B} 平成15年4月1日 令和5年4月1日\n佐藤 一郎 平成2年3月4日 平成20年4月1日 "
     "令和6年4月1日", {"1980-04-12", "1990-03-04"}),
    (f"続柄 氏名 生年月日 異動日 事由\n長女 山田 美咲 平成12年5月6日 令和5年4月1日 就職", {"2000-05-06"}),
    # a change said with the date
    (f"生年月日：{B}の山田太郎は、令和5年4月1日付けで異動した。", {"1980-04-12"}),
    ("長女　山田 美咲　令和5年4月1日　就職のため扶養削除", set()),
    ("長男　山田 翔　令和4年4月1日　出生により扶養追加", {"2022-04-01"}),
    # an XML element's or a JSON key's name is the date's own label, romaji too (…_bi: 日)
    ("<member><shimei>山田 花子</shimei><tanjobi>1980-04-12</tanjobi><seinengappi_ko>2010-01-02</seinengappi_ko>"
     "<shikaku_shutoku_bi>2023-04-01</shikaku_shutoku_bi><henko_bi>2024-05-06</henko_bi></member>",
     {"1980-04-12", "2010-01-02"}),
    ('{"name": "山田 花子", "birthDate": "1980-04-12", "moveDate": "2023-04-01", "kaisei_bi": "2024-05-06"}',
     {"1980-04-12"}),
    ("<person><birth><date>1980-04-12</date></birth><changed><date>2023-04-01</date></changed></person>", {"1980-04-12"}),
    # births keep their label, however it is written
    (f"生年月日 {B}", {"1980-04-12"}),
    (f"誕生日　{B}", {"1980-04-12"}),
    (f"山田 花子（生年月日 {B}）変更日 令和5年4月1日", {"1980-04-12"}),
    (f"氏名 生年月日\n山田 太郎 {B}", {"1980-04-12"}),
]


@pytest.mark.parametrize("text,expected", DATES)
def test_a_date_s_own_label_decides(detector, text, expected):
    assert {d.value for d in detector.detect(text) if d.entity_type == "DATE_OF_BIRTH"} == expected


def _found(scanner, folder, entity: str = "DATE_OF_BIRTH") -> set[str]:
    return {f.value for entry in crawl(folder) for record in scanner.scan_entry(entry).walk()
            for f in record.findings if f.entity_type == entity}


@pytest.mark.slow
def test_a_change_notice_pdf_without_colons(scanner, tmp_path):
    w.write_pdf(tmp_path / "変更届.pdf", [["氏名変更届", "氏名 山田 花子", f"生年月日 {B}", "変更年月日 令和5年4月1日",
                                          "届出日 令和5年4月3日"]])
    assert _found(scanner, tmp_path) == {"1980-04-12"}


@pytest.mark.slow
def test_a_pdf_list_under_a_space_separated_header(scanner, tmp_path):
    w.write_pdf(tmp_path / "一覧.pdf", [["住所変更一覧", "氏名 生年月日 転居日 新住所", f"山田 花子 {B} 令和5年4月1日 中野区1-2",
                                          "佐藤 一郎 平成2年3月4日 平成15年4月1日 杉並区3-4"]])
    assert _found(scanner, tmp_path) == {"1980-04-12", "1990-03-04"}


@pytest.mark.slow
def test_a_change_notice_docx_with_bracketed_labels(scanner, tmp_path):
    w.write_docx(tmp_path / "届.docx", ["氏名変更届", "【旧氏名】山田 花子", f"【生年月日】{B}", "【改姓日】令和5年4月1日"])
    assert _found(scanner, tmp_path) == {"1980-04-12"}


HEADERS = [
    # a space-separated table's header after its 氏名 label: the other fields' labels
    ("氏名 生年月日 入社日 異動日\n山田 太郎 昭和55年4月12日 平成15年4月1日 令和5年4月1日", {"山田 太郎"}),
    ("No 名前 誕生日 採用年月日 退職年月日\n1 森本 陽子 1980/4/12 2003/4/1 2025/3/31", {"森本 陽子"}),
    ("氏名 住所 電話番号\n佐藤 一郎 東京都中野区中野1-2-3 03-1234-5678", {"佐藤 一郎"}),
    # a name stays a name
    ("氏名 山田 太郎", {"山田 太郎"}),
    ("氏名：春日 太郎", {"春日 太郎"}),
]


@pytest.mark.parametrize("text,expected", HEADERS)
def test_a_header_line_after_a_name_label_is_no_person(detector, text, expected):
    assert {d.text for d in detector.detect(text) if d.entity_type == "PERSON"} == expected


WORD_PARTS = [
    # a title spaced out to the page's width
    ("入 院 申 込 書\n氏名 山田 太郎", {"山田 太郎"}),
    ("感　謝　状\n佐藤 一郎 殿", {"佐藤 一郎"}),
    ("林 薫 様", {"林 薫"}),
    # a piece of a hiragana word; a hiragana name after a particle stays
    ("としょかんだより\n担当 山田 太郎", {"山田 太郎"}),
    # a building before its room
    ("東京都中野区中野1-2-3 メゾン・ド・ソレイユ 203号室\n山田 太郎 様", {"山田 太郎"}),
]


@pytest.mark.parametrize("text,expected", WORD_PARTS)
def test_parts_of_other_words_are_no_names(detector, text, expected):
    assert {d.text.replace("\u3000", " ") for d in detector.detect(text) if d.entity_type == "PERSON"} == expected


def test_a_name_spread_over_its_width_is_no_spaced_title(detector):
    text = "感　謝　状\n比　嘉　　文　乃　　殿"
    people = [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]
    assert people and all(text.index("比") <= text.index(p) for p in people)  # not 謝　状


@pytest.mark.slow
def test_a_roster_whose_header_labels_stand_one_blank_apart(scanner, tmp_path):
    rows = ["氏名 生年月日 入社日 所属", "小松 直人 1985/01/10 2010/04/01 総務課", "原田 佳奈 1985/02/11 2010/04/01 総務課"]
    (tmp_path / "名簿.txt").write_text("\n".join(rows), encoding="utf-8")
    assert _found(scanner, tmp_path, "PERSON") == {"小松直人", "原田佳奈"}
    assert _found(scanner, tmp_path) == {"1985-01-10", "1985-02-11"}


NOT_PEOPLE = [
    ("担当: 所長\n担当: 佐藤 一郎", {"佐藤 一郎"}),
    ("今月の看板犬：小太郎（柴犬・3歳）\n院長 佐藤 一郎", {"佐藤 一郎"}),
    ("ベトナム・ダナンツアー 参加者名簿\n氏名 ジョン・ホール", {"ジョン・ホール"}),
    ("飼い主：山田 花子（柴犬・3歳のオーナー）", {"山田 花子"}),
]


@pytest.mark.parametrize("text,expected", NOT_PEOPLE)
def test_values_called_like_people_that_name_something_else(detector, text, expected):
    assert {d.text for d in detector.detect(text) if d.entity_type == "PERSON"} == expected


@pytest.mark.slow
def test_a_bank_line_in_a_person_column_is_no_person(scanner, tmp_path):
    w.write_xlsx(tmp_path / "家賃.xlsx", {"s": [["部屋", "契約者", "引落口座"], ["101", "山田 太郎", "東北銀行 本店 普通 1234567"],
                                               ["102", "佐藤 花子", "東北銀行 本店 普通 2345678"],
                                               ["振込先（当社）", "あけぼの信用金庫 本店 当座", "7654321"]]})
    assert _found(scanner, tmp_path, "PERSON") == {"山田太郎", "佐藤花子"}


@pytest.mark.slow
def test_a_column_of_things_named_by_its_header_is_no_people(scanner, tmp_path):
    """A seating plan's tables (卓: 柏卓) end in their column's header, every one of them;
    a column of children headed 子 holds names that end otherwise too, and stays."""
    plan = "卓,お名前,席\n柏卓,川村 亮,1\n桐卓,大野 真理,2\n萩卓,西田 卓,3\n"
    (tmp_path / "席次.csv").write_text(plan, encoding="utf-8")
    family = "子,生年月日\n田中 美子,2012/04/01\n田中 翔,2015/06/02\n"
    (tmp_path / "扶養.csv").write_text(family, encoding="utf-8")
    assert _found(scanner, tmp_path, "PERSON") == {"川村亮", "大野真理", "西田卓", "田中美子", "田中翔"}
